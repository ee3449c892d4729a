// report.html: crops of flagged fields inlined as data: URLs, every text escaped;
// report.json: the shape CONTRACT.md promises.
#include "app/report.h"

#include <gtest/gtest.h>
#include <openssl/evp.h>

#include <string>
#include <vector>

#include "pipeline/pix.h"

namespace docval {
namespace {

const char* kHostile = "SS-1/<script>alert(1)</script>.jpg";
const char* kDataUrl = "data:image/png;base64,";

// A 1000×750 page whose thumbnail is at 40 %: 400×300, white with a dark block where the
// total amount is printed.
std::string ThumbnailPng() {
  PixPtr pix(pixCreate(400, 300, 8));
  pixSetAll(pix.get());
  BOX* block = boxCreate(200, 100, 80, 20);
  pixClearInRect(pix.get(), block);
  boxDestroy(&block);
  l_uint8* bytes = nullptr;
  size_t size = 0;
  EXPECT_EQ(pixWriteMem(&bytes, &size, pix.get(), IFF_PNG), 0);
  std::string png(reinterpret_cast<const char*>(bytes), size);
  lept_free(bytes);
  return png;
}

Flag MakeTestFlag(FlagCode code, Severity severity, const std::string& field) {
  Flag f;
  f.code = code;
  f.severity = severity;
  f.doc_type = "tax_invoice";
  f.file = kHostile;
  f.field = field;
  f.expected = "3300000";
  f.found = "3310000";
  f.message = "합계금액이 계약금액과 다릅니다 \"<b>\" & 'x'";
  return f;
}

BatchResult OneCase() {
  UploadOutcome u;
  u.upload.case_id = "SS-1";
  u.upload.file = kHostile;
  u.upload.size = 1234;
  u.doc.file = kHostile;
  u.doc.sha256 = "abc";
  u.doc.doc_type = DocType::kTaxInvoice;
  Page page;
  page.width = 1000;
  page.height = 750;
  page.thumbnail_png = ThumbnailPng();
  page.thumbnail_scale_percent = 40;
  u.doc.pages.push_back(page);
  Field total;
  total.value = "3310000";
  total.confidence = 0.9f;
  total.page = 1;
  total.bbox = {500, 250, 200, 50};
  u.doc.fields["total_amount"] = total;
  u.doc.fields["issue_date"].value = "2026-05-12";  // read, but without a box

  CaseOutcome c;
  c.case_id = "SS-1";
  c.has_folder = true;
  c.uploads.push_back(u);
  c.flags.push_back(MakeTestFlag(FlagCode::kAmountMismatch, Severity::kError, "total_amount"));
  c.flags.push_back(MakeTestFlag(FlagCode::kLowQuality, Severity::kWarning, ""));
  c.flags.push_back(MakeTestFlag(FlagCode::kDateOutOfRange, Severity::kError, "issue_date"));
  c.status = CaseStatus::kBlocked;
  BatchResult result;
  result.cases.push_back(c);
  return result;
}

// The images in `html`, decoded, in order.
std::vector<PixPtr> InlineImages(const std::string& html) {
  std::vector<PixPtr> out;
  for (size_t pos = html.find(kDataUrl); pos != std::string::npos;
       pos = html.find(kDataUrl, pos + 1)) {
    const size_t start = pos + std::string(kDataUrl).size();
    const std::string b64 = html.substr(start, html.find('"', start) - start);
    std::string bytes(b64.size(), '\0');
    int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(bytes.data()),
                            reinterpret_cast<const unsigned char*>(b64.data()),
                            static_cast<int>(b64.size()));
    if (n < 0) return {};
    n -= static_cast<int>(b64.size() - b64.find_last_not_of('=') - 1);  // padding
    out.emplace_back(pixReadMem(reinterpret_cast<const l_uint8*>(bytes.data()), n));
  }
  return out;
}

TEST(ReportTest, Base64MatchesRfc4648) {
  EXPECT_EQ(Base64Encode(""), "");
  EXPECT_EQ(Base64Encode("f"), "Zg==");
  EXPECT_EQ(Base64Encode("fo"), "Zm8=");
  EXPECT_EQ(Base64Encode("foo"), "Zm9v");
  EXPECT_EQ(Base64Encode("foobar"), "Zm9vYmFy");
  EXPECT_EQ(Base64Encode(std::string("\xff\x00\x10", 3)), "/wAQ");
}

TEST(ReportTest, HtmlInlinesTheFieldCropAndAPageViewAndEscapesText) {
  const std::string html = ReportToHtml(OneCase(), "2026-11-21T03:00:00+09:00");
  // The hostile file name never reaches the page as markup.
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("SS-1/&lt;script&gt;alert(1)&lt;/script&gt;.jpg"), std::string::npos);
  EXPECT_NE(html.find("&quot;&lt;b&gt;&quot; &amp; &#39;x&#39;"), std::string::npos);
  // Self-contained: no external references.
  EXPECT_EQ(html.find("src=\"http"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);

  // The amount crop and the low-quality page view; no image for the date without a box.
  std::vector<PixPtr> images = InlineImages(html);
  ASSERT_EQ(images.size(), 2u);
  ASSERT_TRUE(images[0]);
  ASSERT_TRUE(images[1]);
  // The field box at 40 % is 80×20 at (200, 100); with a 24 px margin on every side: 128×68.
  EXPECT_EQ(pixGetWidth(images[0].get()), 128);
  EXPECT_EQ(pixGetHeight(images[0].get()), 68);
  // The dark block is in the middle of the crop, paper around it.
  l_uint32 centre = 255, corner = 0;
  pixGetPixel(images[0].get(), 64, 34, &centre);
  pixGetPixel(images[0].get(), 2, 2, &corner);
  EXPECT_LT(centre, 64u);
  EXPECT_GT(corner, 192u);
  EXPECT_EQ(pixGetWidth(images[1].get()), 160);
}

TEST(ReportTest, NoImageWithoutThumbnail) {
  BatchResult result = OneCase();
  result.cases[0].uploads[0].doc.pages[0].thumbnail_png.clear();
  const std::string html = ReportToHtml(result, "2026-11-21T03:00:00+09:00");
  EXPECT_EQ(html.find(kDataUrl), std::string::npos);
  EXPECT_NE(html.find("AMOUNT_MISMATCH"), std::string::npos);
}

TEST(ReportTest, JsonHasTheContractShape) {
  const nlohmann::json j = ReportToJson(OneCase(), "2026-11-21T03:00:00+09:00");
  EXPECT_EQ(j.at("generated_at"), "2026-11-21T03:00:00+09:00");
  EXPECT_TRUE(j.at("version").is_string());
  ASSERT_EQ(j.at("cases").size(), 1u);
  const nlohmann::json& c = j["cases"][0];
  EXPECT_EQ(c.at("case_id"), "SS-1");
  EXPECT_EQ(c.at("status"), "BLOCKED");
  ASSERT_EQ(c.at("documents").size(), 1u);
  const nlohmann::json& d = c["documents"][0];
  for (const char* key : {"file", "sha256", "doc_type", "source", "pages", "confidence", "fields"})
    EXPECT_TRUE(d.contains(key)) << key;
  EXPECT_EQ(d.at("file"), kHostile);  // JSON keeps the name as it is
  EXPECT_EQ(d.at("pages"), 1);
  const nlohmann::json& total = d.at("fields").at("total_amount");
  EXPECT_EQ(total.at("value"), "3310000");
  EXPECT_EQ(total.at("page"), 1);
  EXPECT_EQ(total.at("bbox"), nlohmann::json({500, 250, 200, 50}));
  // Thumbnails are for the HTML only.
  EXPECT_EQ(j.dump().find("thumbnail"), std::string::npos);
  ASSERT_EQ(c.at("flags").size(), 3u);
  const nlohmann::json& f = c["flags"][0];
  for (const char* key :
       {"code", "severity", "doc_type", "file", "field", "expected", "found", "message"})
    EXPECT_TRUE(f.contains(key)) << key;
  EXPECT_EQ(f.at("code"), "AMOUNT_MISMATCH");
  EXPECT_EQ(f.at("severity"), "error");
}

// Pages left unread (the first held all the document needed) are listed in the JSON and noted
// under the flagged file in the HTML; a document read whole has neither.
TEST(ReportTest, UnreadPagesAreListedAndNotedUnderTheFlaggedFile) {
  BatchResult whole = OneCase();
  EXPECT_FALSE(ReportToJson(whole, "t")["cases"][0]["documents"][0].contains("unread_pages"));
  EXPECT_EQ(ReportToHtml(whole, "t").find("읽지 않음"), std::string::npos);

  BatchResult result = OneCase();
  Document& doc = result.cases[0].uploads[0].doc;
  for (int number : {2, 3}) {
    Page unread;
    unread.number = number;
    unread.unread = true;
    doc.pages.push_back(unread);
  }
  const nlohmann::json d = ReportToJson(result, "t")["cases"][0]["documents"][0];
  EXPECT_EQ(d.at("pages"), 3);
  EXPECT_EQ(d.at("unread_pages"), nlohmann::json({2, 3}));
  const std::string html = ReportToHtml(result, "t");
  EXPECT_NE(html.find("2–3쪽 읽지 않음"), std::string::npos);
  // The crop still comes from the page that was read.
  EXPECT_NE(html.find(kDataUrl), std::string::npos);
}

}  // namespace
}  // namespace docval
