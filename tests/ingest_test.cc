// Ingest tests on fixtures built here: images written by Leptonica, PDFs drawn with Cairo and
// Pango (Korean text layer) and encrypted with qpdf, ZIP/OLE2/XML bytes assembled by hand.
#include "pipeline/ingest.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <gtest/gtest.h>
#include <pango/pangocairo.h>
// Opt in to qpdf's std::shared_ptr API (silences its PointerHolder transition warning).
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace docval {
namespace {

// ---------------------------------------------------------------------------------------------
// Fixture builders

// A grey page, white with a black block in its top-left quarter: asymmetric, so every turn
// and mirror moves the block to a different corner.
PixPtr MakeMarkedPage(int width, int height) {
  PixPtr pix(pixCreate(width, height, 8));
  BOX* block = boxCreate(0, 0, width / 4, height / 4);
  pixSetAll(pix.get());              // for 8 bpp "set" is white
  pixClearInRect(pix.get(), block);  // and "clear" is black
  boxDestroy(&block);
  return pix;
}

std::string WriteImage(PIX* pix, int format) {
  l_uint8* data = nullptr;
  size_t size = 0;
  EXPECT_EQ(pixWriteMem(&data, &size, pix, format), 0) << "format " << format;
  std::string bytes(reinterpret_cast<char*>(data), size);
  lept_free(data);
  return bytes;
}

int GrayAt(PIX* pix, int x, int y) {
  l_uint32 value = 0;
  pixGetPixel(pix, x, y, &value);
  if (pixGetDepth(pix) == 32) {
    l_int32 r, g, b;
    extractRGBValues(value, &r, &g, &b);
    return (r + g + b) / 3;
  }
  if (pixGetDepth(pix) == 1) return value ? 0 : 255;
  return static_cast<int>(value);
}

enum class Corner { kTopLeft, kTopRight, kBottomLeft, kBottomRight };

// Which corner of `pix` holds the black block (checked at the centre of each corner's
// eighth-size region).
std::vector<Corner> DarkCorners(PIX* pix) {
  const int w = pixGetWidth(pix), h = pixGetHeight(pix);
  const int left = w / 8, right = w - 1 - w / 8, top = h / 8, bottom = h - 1 - h / 8;
  std::vector<Corner> dark;
  if (GrayAt(pix, left, top) < 64) dark.push_back(Corner::kTopLeft);
  if (GrayAt(pix, right, top) < 64) dark.push_back(Corner::kTopRight);
  if (GrayAt(pix, left, bottom) < 64) dark.push_back(Corner::kBottomLeft);
  if (GrayAt(pix, right, bottom) < 64) dark.push_back(Corner::kBottomRight);
  return dark;
}

// Inserts an EXIF APP1 segment (big-endian TIFF, one IFD entry: Orientation) after SOI.
std::string WithExifOrientation(const std::string& jpeg, int orientation) {
  std::string tiff = std::string("MM\0*", 4) + std::string("\0\0\0\x08", 4);
  tiff += std::string("\0\x01", 2);                         // one entry
  tiff += std::string("\x01\x12\0\x03\0\0\0\x01", 8);       // Orientation, SHORT, count 1
  tiff += std::string("\0", 1) + static_cast<char>(orientation) + std::string("\0\0", 2);
  tiff += std::string("\0\0\0\0", 4);                       // no next IFD
  const std::string payload = std::string("Exif\0\0", 6) + tiff;
  const size_t length = payload.size() + 2;
  std::string segment = "\xFF\xE1";
  segment += static_cast<char>(length >> 8);
  segment += static_cast<char>(length & 0xFF);
  segment += payload;
  return jpeg.substr(0, 2) + segment + jpeg.substr(2);
}

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

void ShowText(cairo_t* cr, const char* font, const char* text, double x, double y) {
  PangoLayout* layout = pango_cairo_create_layout(cr);
  PangoFontDescription* description = pango_font_description_from_string(font);
  pango_layout_set_font_description(layout, description);
  pango_layout_set_text(layout, text, -1);
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, layout);
  pango_font_description_free(description);
  g_object_unref(layout);
}

// A born-digital A4 page with two lines of Korean text at known positions (points).
std::string MakeTextPdf() {
  std::string pdf;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(AppendToString, &pdf, 595, 842);
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 0, 0, 0);
  ShowText(cr, "NanumGothic 12", "전자세금계산서 공급가액 3,000,000원", 72, 100);
  ShowText(cr, "NanumGothic 12", "승인번호 20260512-41000000-12345678", 72, 200);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_surface_destroy(surface);
  return pdf;
}

// A scanner-style PDF: pages with a black rectangle and no text at all.
std::string MakeImageOnlyPdf(double width_pt, double height_pt, int pages) {
  std::string pdf;
  cairo_surface_t* surface =
      cairo_pdf_surface_create_for_stream(AppendToString, &pdf, width_pt, height_pt);
  cairo_t* cr = cairo_create(surface);
  for (int i = 0; i < pages; ++i) {
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_rectangle(cr, 0, 0, width_pt / 4, height_pt / 4);  // top-left quarter
    cairo_fill(cr);
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_surface_destroy(surface);
  return pdf;
}

std::string Encrypt(const std::string& pdf, const char* user_password,
                    const char* owner_password) {
  QPDF qpdf;
  qpdf.processMemoryFile("fixture", pdf.data(), pdf.size());
  QPDFWriter writer(qpdf);
  writer.setOutputMemory();
  writer.setR6EncryptionParameters(user_password, owner_password, true, true, true, true, true,
                                   true, qpdf_r3p_full, true);
  writer.write();
  std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

uint32_t Crc32(std::string_view data) {
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char c : data) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
  }
  return ~crc;
}

void PutLe(std::string* out, uint32_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out->push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

// A stored (uncompressed) ZIP archive.
std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& entries) {
  std::string zip, directory;
  for (const auto& [name, content] : entries) {
    const uint32_t offset = static_cast<uint32_t>(zip.size());
    const uint32_t crc = Crc32(content);
    zip += "PK\x03\x04";
    PutLe(&zip, 20, 2);  // version needed
    PutLe(&zip, 0, 2);   // flags
    PutLe(&zip, 0, 2);   // stored
    PutLe(&zip, 0, 4);   // time, date
    PutLe(&zip, crc, 4);
    PutLe(&zip, content.size(), 4);
    PutLe(&zip, content.size(), 4);
    PutLe(&zip, name.size(), 2);
    PutLe(&zip, 0, 2);
    zip += name + content;
    directory += "PK\x01\x02";
    PutLe(&directory, 20, 2);
    PutLe(&directory, 20, 2);
    PutLe(&directory, 0, 2);
    PutLe(&directory, 0, 2);
    PutLe(&directory, 0, 4);
    PutLe(&directory, crc, 4);
    PutLe(&directory, content.size(), 4);
    PutLe(&directory, content.size(), 4);
    PutLe(&directory, name.size(), 2);
    PutLe(&directory, 0, 2);  // extra
    PutLe(&directory, 0, 2);  // comment
    PutLe(&directory, 0, 2);  // disk
    PutLe(&directory, 0, 2);  // internal attributes
    PutLe(&directory, 0, 4);  // external attributes
    PutLe(&directory, offset, 4);
    directory += name;
  }
  const uint32_t directory_offset = static_cast<uint32_t>(zip.size());
  zip += directory;
  zip += "PK\x05\x06";
  PutLe(&zip, 0, 4);
  PutLe(&zip, entries.size(), 2);
  PutLe(&zip, entries.size(), 2);
  PutLe(&zip, directory.size(), 4);
  PutLe(&zip, directory_offset, 4);
  PutLe(&zip, 0, 2);
  return zip;
}

std::string Utf16Le(std::string_view ascii) {
  std::string out;
  for (char c : ascii) {
    out.push_back(c);
    out.push_back('\0');
  }
  return out;
}

// An OLE2 compound file laid out like a HWP 5 document: header sector, a directory sector
// naming the HWP streams, and a mini-stream sector whose FileHeader carries the signature.
std::string MakeOle2(const std::vector<std::string>& stream_names, std::string_view first_stream) {
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  ole.resize(512, '\0');
  std::string directory;
  std::vector<std::string> names = {"Root Entry"};
  names.insert(names.end(), stream_names.begin(), stream_names.end());
  for (const std::string& name : names) {
    std::string entry = Utf16Le(name);
    entry.resize(128, '\0');
    directory += entry;
  }
  directory.resize(512, '\0');
  ole += directory;
  std::string stream(first_stream);
  stream.resize(512, '\0');
  ole += stream;
  return ole;
}

bool HasHangul(const std::string& text) {
  // Hangul syllables U+AC00..U+D7A3 start with UTF-8 lead bytes 0xEA..0xED.
  return std::any_of(text.begin(), text.end(), [](char c) {
    const unsigned char b = static_cast<unsigned char>(c);
    return b >= 0xEA && b <= 0xED;
  });
}

// Expects a refusal with `reason`, a Korean message, and size/sha256 still recorded.
void ExpectRefused(const std::string& bytes, std::string_view reason,
                   const IngestOptions& options = IngestOptions()) {
  IngestedFile file;
  const Status status = IngestBytes(bytes, options, &file);
  ASSERT_TRUE(status.IsRefused()) << status.ToString();
  EXPECT_EQ(status.reason(), reason) << status.ToString();
  EXPECT_TRUE(HasHangul(status.message())) << status.message();
  EXPECT_EQ(file.size, bytes.size());
  EXPECT_EQ(file.sha256, Sha256Hex(bytes));
  EXPECT_TRUE(file.pages.empty());
}

class TempDir {
 public:
  TempDir() {
    path_ = std::filesystem::temp_directory_path() /
            ("ingest_test_" + std::to_string(::getpid()) + "_" +
             std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& bytes) const {
    const std::string path = (path_ / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

 private:
  std::filesystem::path path_;
};

// ---------------------------------------------------------------------------------------------
// Images

struct ImageCase {
  int leptonica_format;
  FileFormat expected;
};

TEST(IngestImages, EveryFormatOpensWithItsSize) {
  const std::array<ImageCase, 6> cases = {{{IFF_JFIF_JPEG, FileFormat::kJpeg},
                                           {IFF_PNG, FileFormat::kPng},
                                           {IFF_TIFF_ZIP, FileFormat::kTiff},
                                           {IFF_BMP, FileFormat::kBmp},
                                           {IFF_WEBP, FileFormat::kWebp},
                                           {IFF_GIF, FileFormat::kGif}}};
  PixPtr page = MakeMarkedPage(240, 160);
  for (const ImageCase& c : cases) {
    SCOPED_TRACE(ToString(c.expected));
    const std::string bytes = WriteImage(page.get(), c.leptonica_format);
    IngestedFile file;
    ASSERT_TRUE(IngestBytes(bytes, IngestOptions(), &file).ok());
    EXPECT_EQ(file.format, c.expected);
    ASSERT_EQ(file.pages.size(), 1u);
    const IngestedPage& p = file.pages[0];
    EXPECT_EQ(p.source, Source::kOcr);
    ASSERT_TRUE(p.image);
    EXPECT_EQ(p.width, 240);
    EXPECT_EQ(p.height, 160);
    EXPECT_EQ(pixGetWidth(p.image.get()), 240);
    const int depth = pixGetDepth(p.image.get());
    EXPECT_TRUE(depth == 1 || depth == 8 || depth == 32) << depth;
    EXPECT_EQ(pixGetColormap(p.image.get()), nullptr);
    EXPECT_EQ(DarkCorners(p.image.get()), std::vector<Corner>{Corner::kTopLeft});
    EXPECT_EQ(file.size, bytes.size());
    EXPECT_EQ(file.sha256, Sha256Hex(bytes));
  }
}

TEST(IngestImages, KeepsPlausibleDpiAndCallsImplausibleUnknown) {
  PixPtr page = MakeMarkedPage(120, 80);
  pixSetResolution(page.get(), 150, 150);
  IngestedFile file;
  ASSERT_TRUE(IngestBytes(WriteImage(page.get(), IFF_PNG), IngestOptions(), &file).ok());
  EXPECT_EQ(file.pages[0].dpi, 150);
  pixSetResolution(page.get(), 1, 1);
  ASSERT_TRUE(IngestBytes(WriteImage(page.get(), IFF_PNG), IngestOptions(), &file).ok());
  EXPECT_EQ(file.pages[0].dpi, 0);
  // A phone photo tagged 72 dpi: 3000 px would be a 42-inch page, so the tag means nothing.
  PixPtr photo = MakeMarkedPage(3000, 2000);
  pixSetResolution(photo.get(), 72, 72);
  ASSERT_TRUE(IngestBytes(WriteImage(photo.get(), IFF_PNG), IngestOptions(), &file).ok());
  EXPECT_EQ(file.pages[0].dpi, 0);
  // The same tag on a page-sized image (an A4 scanned at 72 dpi, 595×842) is believed.
  PixPtr scan = MakeMarkedPage(595, 842);
  pixSetResolution(scan.get(), 72, 72);
  ASSERT_TRUE(IngestBytes(WriteImage(scan.get(), IFF_PNG), IngestOptions(), &file).ok());
  EXPECT_EQ(file.pages[0].dpi, 72);
}

TEST(IngestImages, MultiPageTiffGivesEveryPage) {
  PIXA* pixa = pixaCreate(3);
  const int sizes[3][2] = {{100, 150}, {200, 120}, {64, 64}};
  for (const auto& size : sizes) {
    PixPtr page = MakeMarkedPage(size[0], size[1]);
    pixaAddPix(pixa, page.get(), L_CLONE);
  }
  l_uint8* data = nullptr;
  size_t length = 0;
  ASSERT_EQ(pixaWriteMemMultipageTiff(&data, &length, pixa), 0);
  pixaDestroy(&pixa);
  const std::string bytes(reinterpret_cast<char*>(data), length);
  lept_free(data);

  IngestedFile file;
  const Status status = IngestBytes(bytes, IngestOptions(), &file);
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(file.format, FileFormat::kTiff);
  ASSERT_EQ(file.pages.size(), 3u);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(file.pages[i].number, i + 1);
    EXPECT_EQ(file.pages[i].width, sizes[i][0]);
    EXPECT_EQ(file.pages[i].height, sizes[i][1]);
    EXPECT_EQ(DarkCorners(file.pages[i].image.get()), std::vector<Corner>{Corner::kTopLeft});
  }

  IngestOptions two_pages;
  two_pages.max_pdf_pages = 2;
  ExpectRefused(bytes, kRefusalTooManyPages, two_pages);
}

struct ExifCase {
  int orientation;
  int degrees;
  bool mirrored;
  bool swaps_sides;
  Corner block;  // where the stored top-left block must appear on the upright page
};

TEST(IngestImages, ExifOrientationComesOutUpright) {
  // Stored 200x100 with the block top-left. Each orientation says how to display it.
  const ExifCase cases[] = {
      {1, 0, false, false, Corner::kTopLeft},
      {2, 0, true, false, Corner::kTopRight},
      {3, 180, false, false, Corner::kBottomRight},
      {4, 180, true, false, Corner::kBottomLeft},
      {5, 270, true, true, Corner::kTopLeft},
      {6, 90, false, true, Corner::kTopRight},
      {7, 90, true, true, Corner::kBottomRight},
      {8, 270, false, true, Corner::kBottomLeft},
  };
  PixPtr stored = MakeMarkedPage(200, 100);
  const std::string jpeg = WriteImage(stored.get(), IFF_JFIF_JPEG);
  for (const ExifCase& c : cases) {
    SCOPED_TRACE("orientation " + std::to_string(c.orientation));
    IngestedFile file;
    ASSERT_TRUE(IngestBytes(WithExifOrientation(jpeg, c.orientation), IngestOptions(), &file).ok());
    const IngestedPage& page = file.pages[0];
    EXPECT_EQ(page.exif_rotated_degrees, c.degrees);
    EXPECT_EQ(page.exif_mirrored, c.mirrored);
    EXPECT_EQ(page.width, c.swaps_sides ? 100 : 200);
    EXPECT_EQ(page.height, c.swaps_sides ? 200 : 100);
    EXPECT_EQ(DarkCorners(page.image.get()), std::vector<Corner>{c.block});
  }
}

TEST(IngestImages, TruncatedImagesAreRefusedAsTruncated) {
  PixPtr page = MakeMarkedPage(300, 200);
  for (int format : {IFF_JFIF_JPEG, IFF_PNG, IFF_TIFF_ZIP, IFF_BMP, IFF_WEBP, IFF_GIF}) {
    SCOPED_TRACE("leptonica format " + std::to_string(format));
    const std::string bytes = WriteImage(page.get(), format);
    ExpectRefused(bytes.substr(0, bytes.size() * 6 / 10), kRefusalTruncated);
  }
}

TEST(IngestImages, JpegWithTrailingBytesAfterEoiIsNotTruncated) {
  PixPtr page = MakeMarkedPage(100, 100);
  IngestedFile file;
  EXPECT_TRUE(IngestBytes(WriteImage(page.get(), IFF_JFIF_JPEG) + "trailing camera data",
                          IngestOptions(), &file)
                  .ok());
}

TEST(IngestImages, CorruptImageRefused) {
  PixPtr page = MakeMarkedPage(100, 100);
  std::string png = WriteImage(page.get(), IFF_PNG);
  // Keep the chunk structure, scramble the compressed pixels inside IDAT.
  const size_t idat = png.find("IDAT");
  ASSERT_NE(idat, std::string::npos);
  for (size_t i = idat + 4; i < idat + 40 && i < png.size() - 12; ++i) png[i] = '\x5A';
  ExpectRefused(png, kRefusalImageCorrupt);
}

TEST(IngestImages, PixelCapRefusesHugeHeaderBeforeDecoding) {
  PixPtr page = MakeMarkedPage(64, 64);
  std::string jpeg = WriteImage(page.get(), IFF_JFIF_JPEG);
  // SOF0: FF C0, length(2), precision(1), height(2), width(2).
  const size_t sof = jpeg.find("\xFF\xC0");
  ASSERT_NE(sof, std::string::npos);
  for (size_t i : {sof + 5, sof + 7}) {
    jpeg[i] = '\xEA';  // 60000
    jpeg[i + 1] = '\x60';
  }
  std::string gif = WriteImage(page.get(), IFF_GIF);
  gif[6] = gif[8] = '\x60';  // logical screen 60000 x 60000
  gif[7] = gif[9] = '\xEA';

  for (const std::string* bytes : {&jpeg, &gif}) {
    const auto start = std::chrono::steady_clock::now();
    ExpectRefused(*bytes, kRefusalTooManyPixels);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(500));
  }
}

TEST(IngestImages, ContentDecidesNotTheExtension) {
  TempDir dir;
  PixPtr page = MakeMarkedPage(90, 60);
  const std::string path = dir.Write("세금계산서.pdf", WriteImage(page.get(), IFF_PNG));
  IngestedFile file;
  const Status status = IngestFile(path, IngestOptions(), &file);
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(file.format, FileFormat::kPng);
  ASSERT_EQ(file.pages.size(), 1u);
  EXPECT_EQ(file.pages[0].width, 90);
}

// ---------------------------------------------------------------------------------------------
// PDF

TEST(IngestPdf, TextLayerGivesKoreanWordsWithBoxesAt300Dpi) {
  const std::string pdf = MakeTextPdf();
  IngestedFile file;
  const Status status = IngestBytes(pdf, IngestOptions(), &file);
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(file.format, FileFormat::kPdf);
  ASSERT_EQ(file.pages.size(), 1u);
  const IngestedPage& page = file.pages[0];
  EXPECT_EQ(page.source, Source::kPdfText);
  EXPECT_EQ(page.dpi, 300);
  EXPECT_NEAR(page.width, 595 * 300 / 72, 1);
  EXPECT_NEAR(page.height, 842 * 300 / 72, 1);
  // A coarse picture in the words' frame, for signature ink and report crops.
  ASSERT_TRUE(page.image);
  EXPECT_NEAR(pixGetWidth(page.image.get()), page.width, 3);
  EXPECT_NEAR(pixGetHeight(page.image.get()), page.height, 3);
  IngestOptions no_picture;
  no_picture.text_page_render_dpi = 0;
  IngestedFile bare;
  ASSERT_TRUE(IngestBytes(pdf, no_picture, &bare).ok());
  EXPECT_FALSE(bare.pages[0].image);

  const auto find = [&](std::string_view text) -> const Word* {
    for (const Word& w : page.words)
      if (w.text == text) return &w;
    return nullptr;
  };
  const Word* title = find("전자세금계산서");
  const Word* approval = find("20260512-41000000-12345678");
  ASSERT_NE(title, nullptr) << page.text;
  ASSERT_NE(approval, nullptr) << page.text;
  // Text placed at (72 pt, 100 pt) in 12 pt type: x = 300 px, top near 417 px, ~50 px tall.
  EXPECT_NEAR(title->bbox.x, 300, 8);
  EXPECT_NEAR(title->bbox.y, 417, 30);
  EXPECT_GT(title->bbox.h, 25);
  EXPECT_LT(title->bbox.h, 90);
  EXPECT_GT(title->bbox.w, 5 * title->bbox.h);  // seven syllables side by side
  EXPECT_NEAR(approval->bbox.y, 833, 30);
  EXPECT_FLOAT_EQ(title->confidence, 1.0f);
  EXPECT_EQ(title->line, 0);
  EXPECT_EQ(approval->line, 1);
  EXPECT_EQ(page.text,
            "전자세금계산서 공급가액 3,000,000원\n승인번호 20260512-41000000-12345678");
}

// A bank's letter behind a watermark: its name tiled across the page at a slant in large
// light type, as banks print them, over a letter-spaced title and a line of body text.
std::string MakeWatermarkedPdf() {
  std::string pdf;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(AppendToString, &pdf, 595, 842);
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 0.9, 0.9, 0.9);
  for (double y = -40; y < 842; y += 110)
    for (double x = -60; x < 595; x += 150) {
      cairo_save(cr);
      cairo_translate(cr, x, y);
      cairo_rotate(cr, -0.5);
      ShowText(cr, "NanumGothic 26", "IBK기업은행", 0, 0);
      cairo_restore(cr);
    }
  cairo_set_source_rgb(cr, 0, 0, 0);
  ShowText(cr, "NanumGothic 24", "이   체   확   인   서", 170, 120);
  ShowText(cr, "NanumGothic 10", "2. 위 금액은 같은 날 받는 분 디지털스토어(주)의 IBK기업은행 계좌", 60, 300);
  ShowText(cr, "NanumGothic 10", "073-596453-76-147(으)로 입금되었으며, 받는 분 통장에는 표시됩니다.", 60, 320);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_surface_destroy(surface);
  return pdf;
}

TEST(IngestPdf, ASlantedWatermarkIsNoPartOfTheText) {
  IngestedFile file;

  ASSERT_TRUE(IngestBytes(MakeWatermarkedPdf(), IngestOptions(), &file).ok());
  ASSERT_EQ(file.pages.size(), 1u);
  const IngestedPage& page = file.pages[0];
  ASSERT_EQ(page.source, Source::kPdfText);
  // The title's spaced syllables and the body's lines are kept whole, with nothing of the
  // watermark between their words.
  EXPECT_NE(page.text.find("이 체 확 인 서"), std::string::npos) << page.text;
  EXPECT_NE(page.text.find("받는 분 디지털스토어(주)의 IBK기업은행 계좌\n073-596453-76-147(으)로"),
            std::string::npos)
      << page.text;
  for (const Word& w : page.words) EXPECT_NE(w.text, "IB") << page.text;
}

TEST(IngestPdf, ImageOnlyPageIsRasterisedForOcr) {
  // 144 x 72 pt at 150 dpi is exactly 300 x 150 pixels.
  const std::string pdf = MakeImageOnlyPdf(144, 72, 1);
  IngestOptions options;
  options.pdf_dpi = 150;
  IngestedFile file;
  const Status status = IngestBytes(pdf, options, &file);
  ASSERT_TRUE(status.ok()) << status.ToString();
  ASSERT_EQ(file.pages.size(), 1u);
  const IngestedPage& page = file.pages[0];
  EXPECT_EQ(page.source, Source::kOcr);
  ASSERT_TRUE(page.image);
  EXPECT_EQ(page.width, 300);
  EXPECT_EQ(page.height, 150);
  EXPECT_EQ(pixGetWidth(page.image.get()), 300);
  EXPECT_EQ(pixGetHeight(page.image.get()), 150);
  EXPECT_EQ(pixGetXRes(page.image.get()), 150);
  EXPECT_EQ(page.dpi, 150);
  EXPECT_EQ(DarkCorners(page.image.get()), std::vector<Corner>{Corner::kTopLeft});
}

TEST(IngestPdf, RenderSizeCheckedAgainstPixelCap) {
  IngestOptions options;
  options.max_pixels = 1000 * 1000;  // A4 at 300 dpi is 8.7 megapixels
  ExpectRefused(MakeImageOnlyPdf(595, 842, 1), kRefusalTooManyPixels, options);
}

TEST(IngestPdf, OwnerPasswordOnlyPdfIsRead) {
  const std::string pdf = Encrypt(MakeTextPdf(), "", "owner-secret");
  IngestedFile file;
  const Status status = IngestBytes(pdf, IngestOptions(), &file);
  ASSERT_TRUE(status.ok()) << status.ToString();
  ASSERT_EQ(file.pages.size(), 1u);
  EXPECT_NE(file.pages[0].text.find("전자세금계산서"), std::string::npos);
}

TEST(IngestPdf, UserPasswordPdfIsRefusedAsEncrypted) {
  ExpectRefused(Encrypt(MakeTextPdf(), "user-secret", "owner-secret"), kRefusalPdfEncrypted);
}

TEST(IngestPdf, TruncatedPdfIsRefusedAsTruncated) {
  const std::string pdf = MakeTextPdf();
  ExpectRefused(pdf.substr(0, pdf.size() * 7 / 10), kRefusalTruncated);
}

TEST(IngestPdf, DamagedPdfIsRefused) {
  ExpectRefused("%PDF-1.7\nthis is not a pdf body at all\n%%EOF\n", kRefusalPdfDamaged);
}

TEST(IngestPdf, TooManyPagesRefused) {
  IngestOptions options;
  options.max_pdf_pages = 2;
  ExpectRefused(MakeImageOnlyPdf(144, 72, 3), kRefusalPdfTooManyPages, options);
  IngestedFile file;
  ASSERT_TRUE(IngestBytes(MakeImageOnlyPdf(144, 72, 2), options, &file).ok());
  EXPECT_EQ(file.pages.size(), 2u);
  EXPECT_EQ(file.pages[1].number, 2);
}

TEST(IngestPdf, ZeroPagePdfRefused) {
  QPDF empty;
  empty.emptyPDF();
  QPDFWriter writer(empty);
  writer.setOutputMemory();
  writer.write();
  std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
  const std::string pdf(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
  ExpectRefused(pdf, kRefusalPdfNoPages);
}

TEST(IngestPdf, RotatedPageIsRenderedUpright) {
  // /Rotate 90 turns the 144 x 72 pt page into a 72 x 144 pt portrait one, the block moving
  // from the top-left to the top-right corner.
  const std::string pdf = MakeImageOnlyPdf(144, 72, 1);
  QPDF qpdf;
  qpdf.processMemoryFile("fixture", pdf.data(), pdf.size());
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(qpdf).getAllPages())
    page.rotatePage(90, false);
  QPDFWriter writer(qpdf);
  writer.setOutputMemory();
  writer.write();
  std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
  const std::string rotated(reinterpret_cast<const char*>(buffer->getBuffer()),
                            buffer->getSize());

  IngestOptions options;
  options.pdf_dpi = 150;
  IngestedFile file;
  ASSERT_TRUE(IngestBytes(rotated, options, &file).ok());
  const IngestedPage& page = file.pages[0];
  EXPECT_EQ(page.width, 150);
  EXPECT_EQ(page.height, 300);
  ASSERT_TRUE(page.image);
  EXPECT_EQ(pixGetWidth(page.image.get()), 150);
  EXPECT_EQ(DarkCorners(page.image.get()), std::vector<Corner>{Corner::kTopRight});
}

// ---------------------------------------------------------------------------------------------
// XML

constexpr char kSignedInvoice[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<TaxInvoice xmlns=\"urn:kr:or:kec:standard:Tax:ReusableAggregateBusinessInformationEntity"
    "SchemaModule:1:0\" xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">\n"
    "  <TaxInvoiceDocument>\n"
    "    <IssueID>2026051241000000a1b2c3d4</IssueID>\n"
    "    <IssueDateTime>20260512</IssueDateTime>\n"
    "  </TaxInvoiceDocument>\n"
    "  <TaxInvoiceTradeSettlement><InvoicerParty><ID>1208147521</ID>"
    "<NameText>(주)스마트포스</NameText></InvoicerParty></TaxInvoiceTradeSettlement>\n"
    "  <ds:Signature><ds:SignedInfo><ds:CanonicalizationMethod "
    "Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/></ds:SignedInfo>"
    "<ds:SignatureValue>c2lnbmF0dXJl</ds:SignatureValue></ds:Signature>\n"
    "</TaxInvoice>\n";

TEST(IngestXml, SignedInvoiceIsReadWithoutAlteration) {
  const std::string xml = kSignedInvoice;
  IngestedFile file;
  const Status status = IngestBytes(xml, IngestOptions(), &file);
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(file.format, FileFormat::kXml);
  EXPECT_EQ(file.xml, xml);
  ASSERT_EQ(file.pages.size(), 1u);
  const IngestedPage& page = file.pages[0];
  EXPECT_EQ(page.source, Source::kXml);
  EXPECT_FALSE(page.image);
  std::vector<std::string> texts;
  for (const Word& w : page.words) {
    texts.push_back(w.text);
    EXPECT_TRUE(w.bbox.empty());
    EXPECT_FLOAT_EQ(w.confidence, 1.0f);
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"2026051241000000a1b2c3d4", "20260512",
                                             "1208147521", "(주)스마트포스", "c2lnbmF0dXJl"}));
  EXPECT_EQ(page.text, "2026051241000000a1b2c3d4\n20260512\n1208147521\n(주)스마트포스\n"
                       "c2lnbmF0dXJl");
}

TEST(IngestXml, DtdAndEntitiesAreForbidden) {
  ExpectRefused("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaa\">]><r>&a;</r>",
                kRefusalXmlForbidden);
  ExpectRefused(
      "<?xml version=\"1.0\"?><!DOCTYPE r SYSTEM \"file:///etc/passwd\"><r/>",
      kRefusalXmlForbidden);
  ExpectRefused("<r><!ENTITY x SYSTEM \"http://example.invalid/\"></r>", kRefusalXmlForbidden);
  // The same in UTF-16LE: the byte scan must not be fooled by the encoding.
  ExpectRefused("\xFF\xFE" + Utf16Le("<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
                                     "<!DOCTYPE r [<!ENTITY a \"b\">]><r>&a;</r>"),
                kRefusalXmlForbidden);
}

TEST(IngestXml, MalformedRefused) {
  ExpectRefused("<?xml version=\"1.0\"?><TaxInvoice><IssueID>1</TaxInvoice>",
                kRefusalXmlMalformed);
}

TEST(IngestXml, TooDeepRefused) {
  std::string deep;
  for (int i = 0; i < 100; ++i) deep += "<a>";
  deep += "x";
  for (int i = 0; i < 100; ++i) deep += "</a>";
  ExpectRefused(deep, kRefusalXmlTooDeep);
  IngestOptions options;
  options.max_xml_depth = 100;
  IngestedFile file;
  EXPECT_TRUE(IngestBytes(deep, options, &file).ok());
}

TEST(IngestXml, TooLargeRefused) {
  IngestOptions options;
  options.max_xml_bytes = 100;
  ExpectRefused(kSignedInvoice, kRefusalXmlTooLarge, options);
}

// ---------------------------------------------------------------------------------------------
// Refused formats

TEST(IngestRefusals, EmptyFile) {
  ExpectRefused("", kRefusalEmpty);
  IngestedFile file;
  const Status status = IngestBytes("", IngestOptions(), &file);
  EXPECT_EQ(status.message(), "빈 파일입니다(0바이트). 다시 업로드를 요청하세요.");
  EXPECT_EQ(file.sha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(IngestRefusals, HtmlPage) {
  ExpectRefused("<!DOCTYPE html>\n<html><body>홈택스 조회 화면</body></html>", kRefusalHtml);
  ExpectRefused("\xEF\xBB\xBF  <HTML><HEAD><TITLE>x</TITLE></HEAD></HTML>", kRefusalHtml);
}

TEST(IngestRefusals, ZipArchive) {
  ExpectRefused(MakeZip({{"세금계산서.pdf", "%PDF-1.4 ..."}, {"통장사본.jpg", "jpeg"}}),
                kRefusalArchive);
}

TEST(IngestRefusals, OfficeZip) {
  ExpectRefused(MakeZip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w/>"}}),
                kRefusalOffice);
  ExpectRefused(MakeZip({{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<w/>"}}),
                kRefusalOffice);
}

TEST(IngestRefusals, HwpxZip) {
  ExpectRefused(MakeZip({{"mimetype", "application/hwp+zip"},
                         {"Contents/section0.xml", "<hs:sec/>"}}),
                kRefusalHwp);
}

TEST(IngestRefusals, Ole2HwpAndOffice) {
  const std::string hwp =
      MakeOle2({"FileHeader", "DocInfo", "\x05HwpSummaryInformation", "BodyText"},
               std::string("HWP Document File", 17));
  ExpectRefused(hwp, kRefusalHwp);
  IngestedFile file;
  EXPECT_EQ(IngestBytes(hwp, IngestOptions(), &file).message(),
            "한글(HWP) 문서입니다. PDF로 변환해 다시 올려 주세요.");
  ExpectRefused(MakeOle2({"WordDocument", "1Table"}, "\xEC\xA5"), kRefusalOffice);
}

TEST(IngestRefusals, RandomBytes) {
  std::mt19937 random(20260512);
  std::string bytes(4096, '\0');
  for (char& c : bytes) c = static_cast<char>(random() & 0xFF);
  bytes[0] = '\x13';  // a random first byte could be '<' or a magic byte; pin it
  ExpectRefused(bytes, kRefusalUnsupported);
}

TEST(IngestRefusals, TooLargeFileStillHashedFromDisk) {
  TempDir dir;
  const std::string bytes(5000, 'x');
  const std::string path = dir.Write("big.jpg", bytes);
  IngestOptions options;
  options.max_file_bytes = 4096;
  IngestedFile file;
  const Status status = IngestFile(path, options, &file);
  EXPECT_EQ(status.reason(), kRefusalTooLarge);
  EXPECT_TRUE(HasHangul(status.message()));
  EXPECT_EQ(file.size, 5000u);
  EXPECT_EQ(file.sha256, Sha256Hex(bytes));
}

TEST(IngestRefusals, MissingFileIsNotFound) {
  IngestedFile file;
  EXPECT_EQ(IngestFile("/nonexistent/upload.pdf", IngestOptions(), &file).code(),
            Status::Code::kNotFound);
}

// ---------------------------------------------------------------------------------------------
// Basics

TEST(IngestBasics, Sha256OfKnownString) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(IngestBasics, SniffFormatByMagicBytes) {
  EXPECT_EQ(SniffFormat("\xFF\xD8\xFF\xE0"), FileFormat::kJpeg);
  EXPECT_EQ(SniffFormat(std::string_view("MM\0*\0\0\0\x08", 8)), FileFormat::kTiff);
  EXPECT_EQ(SniffFormat("junk before %PDF-1.7\n"), FileFormat::kPdf);
  EXPECT_EQ(SniffFormat("  <?xml version=\"1.0\"?><a/>"), FileFormat::kXml);
  EXPECT_EQ(SniffFormat("<TaxInvoice/>"), FileFormat::kXml);
  EXPECT_EQ(SniffFormat("<?xml version=\"1.0\"?><html xmlns=\"x\">"), FileFormat::kHtml);
  EXPECT_EQ(SniffFormat("P6\n10 10\n255\n"), FileFormat::kPnm);
  EXPECT_EQ(SniffFormat("hello"), FileFormat::kUnknown);
  EXPECT_EQ(SniffFormat("BMW 520d 견적서 - 2026년 5월 12일 발행"), FileFormat::kUnknown);
  EXPECT_EQ(ToString(FileFormat::kJpeg), "jpeg");
  EXPECT_EQ(ToString(FileFormat::kXml), "xml");
}

TEST(IngestBasics, DamagedBytesAreReadOrRefusedNeverAnythingElse) {
  PixPtr page = MakeMarkedPage(120, 90);
  PIXA* pixa = pixaCreate(2);
  pixaAddPix(pixa, page.get(), L_CLONE);
  pixaAddPix(pixa, page.get(), L_CLONE);
  l_uint8* data = nullptr;
  size_t length = 0;
  ASSERT_EQ(pixaWriteMemMultipageTiff(&data, &length, pixa), 0);
  pixaDestroy(&pixa);
  const std::string tiff(reinterpret_cast<char*>(data), length);
  lept_free(data);
  const std::vector<std::string> fixtures = {
      WithExifOrientation(WriteImage(page.get(), IFF_JFIF_JPEG), 6),
      WriteImage(page.get(), IFF_PNG),
      WriteImage(page.get(), IFF_GIF),
      WriteImage(page.get(), IFF_WEBP),
      WriteImage(page.get(), IFF_BMP),
      tiff,
      MakeTextPdf(),
      MakeZip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w/>"}}),
      kSignedInvoice};
  IngestOptions options;
  options.pdf_dpi = 72;  // a damaged text layer makes the page rasterise; keep that cheap
  std::mt19937 random(7);
  for (const std::string& original : fixtures) {
    for (int round = 0; round < 60; ++round) {
      std::string bytes = original;
      // Overwrite a few bytes, mostly near the start where the structure lives; sometimes cut.
      for (int k = 0; k < 4; ++k) {
        const size_t span = std::min<size_t>(bytes.size(), round % 2 ? 256 : bytes.size());
        bytes[random() % span] = static_cast<char>(random() & 0xFF);
      }
      if (round % 5 == 0) bytes.resize(random() % bytes.size() + 1);
      IngestedFile file;
      const Status status = IngestBytes(bytes, options, &file);
      ASSERT_TRUE(status.ok() || status.IsRefused()) << status.ToString();
      ASSERT_EQ(file.sha256, Sha256Hex(bytes));
      if (status.IsRefused()) {
        ASSERT_TRUE(HasHangul(status.message())) << status.ToString();
      }
    }
  }
}

TEST(IngestBasics, ConcurrentCallsGiveTheirOwnResults) {
  const std::string text_pdf = MakeTextPdf();
  const std::string locked_pdf = Encrypt(text_pdf, "user-secret", "owner-secret");
  const std::string damaged_pdf = "%PDF-1.7\nnot really\n%%EOF\n";
  PixPtr page = MakeMarkedPage(200, 100);
  const std::string jpeg = WithExifOrientation(WriteImage(page.get(), IFF_JFIF_JPEG), 6);
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 6; ++i) {
        IngestedFile file;
        switch ((t + i) % 4) {
          case 0:
            if (!IngestBytes(text_pdf, IngestOptions(), &file).ok() ||
                file.pages[0].source != Source::kPdfText)
              ++failures;
            break;
          case 1:
            if (IngestBytes(locked_pdf, IngestOptions(), &file).reason() != kRefusalPdfEncrypted)
              ++failures;
            break;
          case 2:
            if (IngestBytes(damaged_pdf, IngestOptions(), &file).reason() != kRefusalPdfDamaged)
              ++failures;
            break;
          case 3:
            if (!IngestBytes(jpeg, IngestOptions(), &file).ok() || file.pages[0].width != 100)
              ++failures;
            break;
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
}

}  // namespace
}  // namespace docval
