// The perceptual hash finds the same page after re-compression, re-scan noise, a brightness
// change and 0.9× scaling, and keeps different pages apart. The distances are printed: they
// are the measurements behind kPerceptualHashMatchDistance. "Different" means a different kind
// of page here; the same form filled twice is the hash's known limit (last test suite).
#include "pipeline/phash.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "pipeline/pix.h"
#include "samples/generator/canvas.h"
#include "samples/generator/degrade.h"
#include "samples/generator/plan.h"
#include "samples/generator/render.h"
#include "samples/generator/sample_util.h"

namespace docval {
namespace {

using samplegen::Rng;

std::vector<std::string> InvoiceLines(const std::string& shop, const std::string& amount,
                                      int items) {
  std::vector<std::string> lines = {"전자세금계산서 (공급받는자 보관용)",
                                    "승인번호 20260512-41000012-7c9a2f31",
                                    "공급자 (주)스마트포스  120-81-47521",
                                    "공급받는자 " + shop + "  123-45-67890",
                                    "작성일자 2026년 05월 12일"};
  for (int i = 1; i <= items; ++i)
    lines.push_back("품목 " + std::to_string(i) + "  무인 키오스크 설치  1  " + amount);
  lines.push_back("합계금액 " + amount + "원");
  lines.push_back("위 금액을 청구함");
  return lines;
}

std::vector<std::string> ReceiptLines() {
  return {"이체확인증",
          "거래일시 2026.06.10 14:22:05",
          "출금계좌 신한은행 110-987-654321",
          "보내는 분 김민준",
          "받는 분 (주)스마트포스",
          "입금계좌 국민은행 123456-01-234567",
          "이체금액 ₩990,000",
          "수수료 0원",
          "메모 키오스크 자부담금",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "위 내용이 정상 처리되었음을 확인합니다.",
          "주식회사 신한은행"};
}

PixPtr Render(const std::vector<std::string>& lines) {
  samplegen::TextLinesOptions options;
  options.dpi = 200;
  options.point_size = 14;
  options.margin_pt = 48;
  PixPtr pix;
  Status s = samplegen::RenderTextLines(lines, options, &pix);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return pix;
}

PixPtr JpegRoundTrip(PIX* pix, int quality) {
  l_uint8* bytes = nullptr;
  size_t size = 0;
  if (pixWriteMemJpeg(&bytes, &size, pix, quality, 0) != 0) return nullptr;
  PixPtr back(pixReadMem(bytes, size));
  lept_free(bytes);
  return back;
}

// A re-scan: paper tint, blur, sensor noise, contrast loss — and darker by `darker` levels.
PixPtr Rescan(PIX* pix, double noise_sigma, int darker, uint64_t seed) {
  samplegen::ScanLook look;
  look.noise_sigma = noise_sigma;
  look.blur_sigma = 0.8;
  look.paper_level = 246 - darker;
  look.ink_gain = 0.9;
  Rng rng(seed);
  return samplegen::SimulateScan(pix, look, rng);
}

int Distance(PIX* a, PIX* b) { return HammingDistance(PerceptualHash(a), PerceptualHash(b)); }

class PerceptualHashTest : public ::testing::Test {
 protected:
  void SetUp() override {
    original_ = Render(InvoiceLines("행복분식", "3,300,000", 6));
    ASSERT_TRUE(original_);
    // What was uploaded first: a JPEG at quality 85.
    uploaded_ = JpegRoundTrip(original_.get(), 85);
    ASSERT_TRUE(uploaded_);
    ASSERT_NE(PerceptualHash(uploaded_.get()), 0u);
  }
  PixPtr original_, uploaded_;
};

TEST_F(PerceptualHashTest, SamePageSurvivesRecompressionNoiseBrightnessAndScale) {
  struct Variant {
    const char* name;
    PixPtr pix;
  };
  std::vector<Variant> variants;
  variants.push_back({"jpeg q30", JpegRoundTrip(uploaded_.get(), 30)});
  variants.push_back({"png (lossless)", ClonePix(original_.get())});
  variants.push_back({"rescan noise 6", Rescan(uploaded_.get(), 6, 0, 1)});
  variants.push_back({"rescan noise 12, -20 grey", Rescan(uploaded_.get(), 12, 20, 2)});
  variants.push_back({"scale 0.9", PixPtr(pixScale(uploaded_.get(), 0.9f, 0.9f))});
  variants.push_back({"scale 1.1", PixPtr(pixScale(uploaded_.get(), 1.1f, 1.1f))});
  {
    // Framed differently on the scanner bed: 1.5 % of the page cut off at the top and left.
    const int w = pixGetWidth(uploaded_.get()), h = pixGetHeight(uploaded_.get());
    BOX* keep = boxCreate(w * 15 / 1000, h * 15 / 1000, w, h);
    variants.push_back({"cropped 1.5 % top-left", PixPtr(pixClipRectangle(uploaded_.get(), keep,
                                                                          nullptr))});
    boxDestroy(&keep);
  }
  variants.push_back({"rotated 0.5 degree", PixPtr(pixRotate(uploaded_.get(), 0.5f * 3.14159f / 180,
                                                             L_ROTATE_AREA_MAP, L_BRING_IN_WHITE,
                                                             0, 0))});
  {
    PixPtr scaled(pixScale(uploaded_.get(), 0.9f, 0.9f));
    PixPtr noisy = Rescan(scaled.get(), 12, 20, 3);
    variants.push_back({"scale 0.9 + rescan + jpeg q40", JpegRoundTrip(noisy.get(), 40)});
  }
  int worst = 0;
  for (const Variant& v : variants) {
    ASSERT_TRUE(v.pix) << v.name;
    const int d = Distance(uploaded_.get(), v.pix.get());
    std::printf("same page, %-32s distance %2d\n", v.name, d);
    worst = std::max(worst, d);
    EXPECT_LE(d, kPerceptualHashMatchDistance) << v.name;
  }
  std::printf("same page: worst distance %d (threshold %d)\n", worst,
              kPerceptualHashMatchDistance);
}

TEST_F(PerceptualHashTest, DifferentDocumentsAreFarApart) {
  struct Other {
    const char* name;
    PixPtr pix;
  };
  std::vector<Other> others;
  others.push_back({"transfer receipt", Render(ReceiptLines())});
  others.push_back({"inspection form", Render({"검수확인서", "", "상호 행복분식", "대표자 김민준",
                                               "사업자등록번호 123-45-67890", "", "", "",
                                               "설치일 2026-06-07", "검수일 2026-06-09", "",
                                               "위와 같이 검수하였음을 확인합니다.", "",
                                               "확인자 김민준 (서명)"})});
  int nearest = 64;
  for (const Other& o : others) {
    ASSERT_TRUE(o.pix) << o.name;
    const int d = Distance(uploaded_.get(), o.pix.get());
    std::printf("different page, %-28s distance %2d\n", o.name, d);
    nearest = std::min(nearest, d);
    // "Well above": at least twice the threshold, so noise on both sides cannot close the gap.
    EXPECT_GT(d, 2 * kPerceptualHashMatchDistance) << o.name;
  }
  std::printf("different pages: nearest distance %d\n", nearest);
}

// The hash's known limit, measured on the generator's forms: the same layout filled for two
// different cases hashes alike (distance 2–8 at 150 dpi), because 8×8 DCT frequencies see where
// the ink is, not which digits it spells. This is why CheckDuplicates (validators/duplicates.h)
// accepts an image match only when the two documents' read fields agree. Should this test
// start failing, the hash has become discriminative and that guard can be revisited.
TEST(PerceptualHashFormTest, SameLayoutDifferentCasesHashAlike) {
  samplegen::GeneratorOptions options;
  options.cases = 8;
  options.defect_rate = 0;
  samplegen::SamplePlan plan;
  ASSERT_TRUE(samplegen::PlanSampleSet(options, &plan).ok());
  // First page of every rendered document, by layout.
  std::map<std::string, std::vector<uint64_t>> by_layout;
  for (const samplegen::PlannedCase& pc : plan.cases) {
    for (const samplegen::DocumentSpec& spec : pc.documents) {
      if (spec.layout.empty() || spec.layout == "nts_xml" || spec.doc_type == DocType::kOther ||
          spec.doc_type == DocType::kUnknown)
        continue;
      if (by_layout[spec.layout].size() >= 3) continue;
      std::vector<PixPtr> pages;
      std::vector<std::vector<std::string>> lines;
      if (!samplegen::RenderPages(spec, 150, false, &pages, &lines).ok() || pages.empty()) continue;
      by_layout[spec.layout].push_back(PerceptualHash(pages[0].get()));
    }
  }
  int pairs = 0, nearest = 64, farthest = 0;
  for (const auto& [layout, hashes] : by_layout) {
    for (size_t i = 0; i < hashes.size(); ++i)
      for (size_t j = i + 1; j < hashes.size(); ++j) {
        const int d = HammingDistance(hashes[i], hashes[j]);
        std::printf("layout %-24s cases %zu/%zu distance %2d\n", layout.c_str(), i, j, d);
        nearest = std::min(nearest, d);
        farthest = std::max(farthest, d);
        ++pairs;
      }
  }
  std::printf("same layout, different cases: %d pairs, distance %d..%d\n", pairs, nearest,
              farthest);
  ASSERT_GT(pairs, 0);
  EXPECT_LE(nearest, kPerceptualHashMatchDistance);
}

TEST(PerceptualHashEdgeTest, BlankTinyAndNullImagesHaveNoHash) {
  EXPECT_EQ(PerceptualHash(nullptr), 0u);
  PixPtr blank(pixCreate(800, 1100, 8));
  pixSetAll(blank.get());  // white
  EXPECT_EQ(PerceptualHash(blank.get()), 0u);
  PixPtr tiny(pixCreate(40, 40, 8));
  pixSetAllArbitrary(tiny.get(), 128);
  pixSetPixel(tiny.get(), 3, 3, 0);
  EXPECT_EQ(PerceptualHash(tiny.get()), 0u);
}

TEST(PerceptualHashEdgeTest, DepthDoesNotChangeTheHash) {
  PixPtr gray = Render({"검수확인서", "상호 행복분식", "대표자 김민준", "설치일 2026-06-07"});
  ASSERT_TRUE(gray);
  PixPtr rgb(pixConvertTo32(gray.get()));
  EXPECT_LE(Distance(gray.get(), rgb.get()), 1);
}

TEST(PerceptualHashEdgeTest, HammingDistanceCountsBits) {
  EXPECT_EQ(HammingDistance(0, 0), 0);
  EXPECT_EQ(HammingDistance(0b1011, 0b0001), 2);
  EXPECT_EQ(HammingDistance(~uint64_t{0}, 0), 64);
}

}  // namespace
}  // namespace docval
