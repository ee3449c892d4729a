#include "pipeline/ingest.h"

#include <libexif/exif-data.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <openssl/evp.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>

#include "pipeline/file_structure.h"

namespace docval {
namespace {

// ---------------------------------------------------------------------------------------------
// Small helpers

constexpr int kMinPlausibleDpi = 50;
constexpr int kMaxPlausibleDpi = 2400;

std::string Mebibytes(uint64_t bytes) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", static_cast<double>(bytes) / (1 << 20));
  return buffer;
}

std::string HexDigest(const unsigned char* digest, unsigned int length) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * length);
  for (unsigned int i = 0; i < length; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 15];
  }
  return hex;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  }
  return true;
}

bool ContainsNoCase(std::string_view haystack, std::string_view needle) {
  for (size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
    if (StartsWithNoCase(haystack.substr(i), needle)) return true;
  }
  return false;
}

// Skips a UTF-8 byte order mark and leading whitespace.
std::string_view SkipBomAndSpace(std::string_view s) {
  if (StartsWith(s, "\xEF\xBB\xBF")) s.remove_prefix(3);
  while (!s.empty() && (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\n'))
    s.remove_prefix(1);
  return s;
}

// UTF-16 text (after its BOM) narrowed to ASCII by dropping the zero bytes, enough to sniff
// markup; other characters become '?'.
std::string NarrowUtf16(std::string_view s, bool little_endian) {
  std::string out;
  for (size_t i = 0; i + 1 < s.size(); i += 2) {
    const unsigned char lo = little_endian ? s[i] : s[i + 1];
    const unsigned char hi = little_endian ? s[i + 1] : s[i];
    out.push_back(hi == 0 && lo < 0x80 ? static_cast<char>(lo) : '?');
  }
  return out;
}

Status Truncated(std::string_view what) {
  return Status::Refused(kRefusalTruncated,
                         std::string("파일이 중간에 잘렸습니다(") + std::string(what) +
                             "). 업로드가 끝까지 되지 않은 것으로 보이니 원본 파일을 다시 "
                             "올리도록 요청하세요.");
}

Status ImageCorrupt(FileFormat format, std::string_view detail) {
  std::string message = std::string("이미지 파일(") + std::string(ToString(format)) +
                        ")이 손상되어 열 수 없습니다";
  if (!detail.empty()) message.append("(").append(detail).append(")");
  message += ". 원본을 다시 스캔하거나 촬영해 올리도록 요청하세요.";
  return Status::Refused(kRefusalImageCorrupt, message);
}

Status TooManyPixels(long long width, long long height, int64_t cap) {
  return Status::Refused(
      kRefusalTooManyPixels,
      "이미지가 너무 큽니다(" + std::to_string(width) + "×" + std::to_string(height) +
          " 픽셀, 한도 " + std::to_string(cap) +
          " 픽셀). 300dpi 정도로 다시 스캔하거나 크기를 줄여 올리도록 요청하세요.");
}

bool OverPixelCap(long long width, long long height, int64_t cap) {
  return width <= 0 || height <= 0 || width > cap / std::max<long long>(height, 1) ||
         width * height > cap;
}

// An image's dpi tag is believed only when the page it implies is paper-sized: phone cameras
// tag 3000×4000 photos with 72 dpi (a 55-inch page), and believing it would upscale the
// photo fourfold and call it a low-resolution scan.
constexpr double kMaxPaperInches = 17.5;  // A3's long side is 16.5 in

int PlausibleDpi(int dpi, int width, int height) {
  if (dpi < kMinPlausibleDpi || dpi > kMaxPlausibleDpi) return 0;
  if (std::max(width, height) > kMaxPaperInches * dpi) return 0;
  return dpi;
}

// ---------------------------------------------------------------------------------------------
// Images

// Makes the decoded image one of the depths the header promises (1, 8 grey, 32 RGB).
PixPtr NormalizeDepth(PixPtr pix) {
  if (pixGetColormap(pix.get()) != nullptr)
    pix.reset(pixRemoveColormap(pix.get(), REMOVE_CMAP_BASED_ON_SRC));
  if (pix && pixGetDepth(pix.get()) == 32 && pixGetSpp(pix.get()) == 4)
    pix.reset(pixAlphaBlendUniform(pix.get(), 0xffffff00));  // transparent → white paper
  if (pix) {
    const int depth = pixGetDepth(pix.get());
    if (depth != 1 && depth != 8 && depth != 32) pix.reset(pixConvertTo8(pix.get(), 0));
  }
  return pix;
}

struct ExifTurn {
  bool mirror = false;  // flip left-right first
  int degrees = 0;      // then turn clockwise
};

// EXIF orientation 1-8 as "mirror, then turn clockwise"; {false, 0} when absent or invalid.
ExifTurn ReadExifTurn(std::string_view jpeg) {
  ExifData* exif = exif_data_new_from_data(reinterpret_cast<const unsigned char*>(jpeg.data()),
                                           static_cast<unsigned int>(jpeg.size()));
  if (exif == nullptr) return {};
  int orientation = 1;
  if (ExifEntry* entry = exif_data_get_entry(exif, EXIF_TAG_ORIENTATION);
      entry != nullptr && entry->format == EXIF_FORMAT_SHORT && entry->components >= 1) {
    orientation = exif_get_short(entry->data, exif_data_get_byte_order(exif));
  }
  exif_data_unref(exif);
  switch (orientation) {
    case 2: return {true, 0};
    case 3: return {false, 180};
    case 4: return {true, 180};
    case 5: return {true, 270};
    case 6: return {false, 90};
    case 7: return {true, 90};
    case 8: return {false, 270};
    default: return {};
  }
}

PixPtr ApplyTurn(PixPtr pix, const ExifTurn& turn) {
  if (turn.mirror) pix.reset(pixFlipLR(nullptr, pix.get()));
  if (pix && turn.degrees != 0) pix.reset(pixRotateOrth(pix.get(), turn.degrees / 90));
  return pix;
}

IngestedPage PageFromPix(PixPtr pix, int number) {
  IngestedPage page;
  page.number = number;
  page.source = Source::kOcr;
  page.width = pixGetWidth(pix.get());
  page.height = pixGetHeight(pix.get());
  page.dpi = PlausibleDpi(pixGetXRes(pix.get()), page.width, page.height);
  page.image = std::move(pix);
  return page;
}

// Structure check for the single-image formats; OK when complete or when the decoder should
// judge a malformed structure itself.
Status CheckImageEnding(FileFormat format, std::string_view bytes) {
  FileEnding ending = FileEnding::kComplete;
  std::string_view marker;
  switch (format) {
    case FileFormat::kJpeg:
      ending = CheckJpegEnding(bytes);
      marker = "JPEG 끝 표시(EOI) 없음";
      break;
    case FileFormat::kPng:
      ending = CheckPngEnding(bytes);
      marker = "PNG 끝 표시(IEND) 없음";
      break;
    case FileFormat::kWebp:
      ending = CheckRiffEnding(bytes);
      marker = "WebP 선언 길이보다 짧음";
      break;
    case FileFormat::kBmp:
      ending = CheckBmpEnding(bytes);
      marker = "BMP 선언 길이보다 짧음";
      break;
    default:
      break;
  }
  return ending == FileEnding::kTruncated ? Truncated(marker) : Status::OK();
}

Status IngestSingleImage(FileFormat format, std::string_view bytes, const IngestOptions& options,
                         IngestedFile* out) {
  if (Status s = CheckImageEnding(format, bytes); !s.ok()) return s;
  const auto* data = reinterpret_cast<const l_uint8*>(bytes.data());

  long long width = 0, height = 0;
  if (format == FileFormat::kGif) {
    // Leptonica's header reader decodes a GIF fully; our block walk does not.
    const GifLayout gif = ScanGif(bytes);
    if (gif.ending == FileEnding::kTruncated) return Truncated("GIF 끝 표시(0x3B) 없음");
    if (gif.ending == FileEnding::kMalformed) return ImageCorrupt(format, "GIF 구조 오류");
    width = gif.width;
    height = gif.height;
  } else {
    l_int32 header_format = 0, w = 0, h = 0, bps = 0, spp = 0, iscmap = 0;
    if (pixReadHeaderMem(data, bytes.size(), &header_format, &w, &h, &bps, &spp, &iscmap) != 0)
      return ImageCorrupt(format, "헤더를 읽을 수 없음");
    width = w;
    height = h;
  }
  if (OverPixelCap(width, height, options.max_pixels))
    return TooManyPixels(width, height, options.max_pixels);

  PixPtr pix(pixReadMem(data, bytes.size()));
  if (!pix) return ImageCorrupt(format, "");
  pix = NormalizeDepth(std::move(pix));
  if (!pix) return ImageCorrupt(format, "");

  ExifTurn turn;
  if (format == FileFormat::kJpeg) {
    turn = ReadExifTurn(bytes);
    pix = ApplyTurn(std::move(pix), turn);
    if (!pix) return Status::Internal("EXIF 방향 보정 중 Leptonica 오류");
  }
  IngestedPage page = PageFromPix(std::move(pix), 1);
  page.exif_rotated_degrees = turn.degrees;
  page.exif_mirrored = turn.mirror;
  out->pages.push_back(std::move(page));
  return Status::OK();
}

Status IngestTiff(std::string_view bytes, const IngestOptions& options, IngestedFile* out) {
  const auto* data = reinterpret_cast<const l_uint8*>(bytes.data());
  const TiffLayout layout = ScanTiff(bytes, static_cast<size_t>(options.max_pdf_pages));
  if (layout.ending == FileEnding::kTruncated) return Truncated("TIFF 데이터가 파일 끝을 넘음");

  std::vector<TiffPageSize> pages = layout.pages;
  if (layout.ending == FileEnding::kMalformed) {
    // BigTIFF or an odd layout: trust libtiff for one page, still capped from its header.
    l_int32 header_format = 0, w = 0, h = 0, bps = 0, spp = 0, iscmap = 0;
    if (pixReadHeaderMem(data, bytes.size(), &header_format, &w, &h, &bps, &spp, &iscmap) != 0)
      return ImageCorrupt(FileFormat::kTiff, "헤더를 읽을 수 없음");
    pages = {TiffPageSize{w, h}};
  }
  if (pages.size() > static_cast<size_t>(options.max_pdf_pages)) {
    return Status::Refused(kRefusalTooManyPages,
                           "TIFF 페이지가 너무 많습니다(한도 " +
                               std::to_string(options.max_pdf_pages) +
                               "쪽). 해당 증빙 페이지만 따로 올리도록 요청하세요.");
  }
  for (const TiffPageSize& size : pages) {
    if (OverPixelCap(size.width, size.height, options.max_pixels))
      return TooManyPixels(size.width, size.height, options.max_pixels);
  }
  for (size_t i = 0; i < pages.size(); ++i) {
    PixPtr pix(pixReadMemTiff(data, bytes.size(), static_cast<l_int32>(i)));
    if (pix) pix = NormalizeDepth(std::move(pix));
    if (!pix) {
      return ImageCorrupt(FileFormat::kTiff,
                          std::to_string(i + 1) + "쪽을 풀 수 없음");
    }
    out->pages.push_back(PageFromPix(std::move(pix), static_cast<int>(i) + 1));
  }
  return Status::OK();
}

// ---------------------------------------------------------------------------------------------
// PDF

// Poppler reports errors through one process-wide callback; each thread keeps its own last
// message so concurrent documents do not mix them up.
thread_local std::string t_poppler_last_error;

void RecordPopplerError(const std::string& message, void* /*closure*/) {
  t_poppler_last_error = message;
}

void InstallPopplerErrorSink() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(RecordPopplerError, nullptr); });
}

std::string Utf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

int CountNonSpaceCodePoints(std::string_view utf8) {
  int count = 0;
  for (unsigned char c : utf8) {
    const bool continuation = (c & 0xC0) == 0x80;
    if (!continuation && c != ' ' && c != '\t' && c != '\r' && c != '\n') ++count;
  }
  return count;
}

// A word box in points (top-left origin) with its UTF-8 text.
struct PdfWord {
  std::string text;
  double left, top, right, bottom;
  double font_size = 0;
};

// Drops the glyphs of a watermark drawn across the page at a slant ("IBK기업은행" tiled at 30°
// behind a bank's letter): the text layer gives each glyph as a word of its own in a large
// font, and they fall into the body's lines ("받는 I B 분"). A glyph is on a slant when the
// nearest glyphs of its font stand beside it a little higher or lower and none on its own
// line; a letter-spaced title's glyphs stand on one line. Only a pattern of them is a
// watermark: half a dozen or more in one font larger than the lines' text (a table's short
// captions, stacked with their left edges aligned, may look slanted one by one). Glyphs run
// together into a word of three ("IBK") count too.
void DropWatermarkGlyphs(std::vector<PdfWord>* words) {
  const size_t n = words->size();
  std::vector<bool> slanted(n, false);
  for (size_t i = 0; i < n; ++i) {
    const PdfWord& a = (*words)[i];
    if (CountNonSpaceCodePoints(a.text) > 3) continue;
    const double em = a.font_size;
    bool on_line = false, on_slant = false;
    for (size_t j = 0; j < n && !on_line; ++j) {
      const PdfWord& b = (*words)[j];
      if (j == i || std::abs(b.font_size - em) > 0.05 * em) continue;
      const double dx = (b.left + b.right - a.left - a.right) / 2;
      const double dy = (b.top + b.bottom - a.top - a.bottom) / 2;
      // Glyphs of one font on one line share their box's top or bottom (Latin and Hangul
      // boxes differ in height). A spaced title's next glyph may stand two ems on; a slant's
      // stands within one and a half, a little higher or lower ("I" and "B" a fifth of an em).
      const bool level = std::abs(b.top - a.top) < 0.1 * em || std::abs(b.bottom - a.bottom) < 0.1 * em;
      if (level)
        on_line = std::abs(dx) < 3 * em;
      else if (std::abs(dx) > 0.25 * em && std::hypot(dx, dy) < 1.6 * em)
        on_slant = true;
    }
    slanted[i] = on_slant && !on_line;
  }
  std::vector<double> line_sizes;
  std::map<long, size_t> slanted_by_size;  // font size in hundredths → glyphs
  for (size_t i = 0; i < n; ++i) {
    if (slanted[i])
      ++slanted_by_size[std::lround((*words)[i].font_size * 100)];
    else
      line_sizes.push_back((*words)[i].font_size);
  }
  if (line_sizes.empty()) return;
  std::nth_element(line_sizes.begin(), line_sizes.begin() + line_sizes.size() / 2, line_sizes.end());
  const double usual = line_sizes[line_sizes.size() / 2];
  size_t i = 0;
  std::erase_if(*words, [&](const PdfWord& w) {
    if (!slanted[i++]) return false;
    return slanted_by_size[std::lround(w.font_size * 100)] >= 6 && w.font_size > 1.2 * usual;
  });
}

// Groups words into lines: a word joins the current line when its vertical extent overlaps
// the line's first word by at least half the smaller height. Fills `line`, orders words
// top-to-bottom then left-to-right, and builds the page text.
void BuildTextPage(std::vector<PdfWord> words, double scale, IngestedPage* page) {
  std::sort(words.begin(), words.end(), [](const PdfWord& a, const PdfWord& b) {
    return a.top + a.bottom < b.top + b.bottom;
  });
  std::vector<std::vector<PdfWord>> lines;
  double line_top = 0, line_bottom = 0;
  for (PdfWord& word : words) {
    if (!lines.empty()) {
      const double overlap = std::min(line_bottom, word.bottom) - std::max(line_top, word.top);
      const double smaller = std::min(line_bottom - line_top, word.bottom - word.top);
      if (overlap >= 0.5 * smaller) {
        lines.back().push_back(std::move(word));
        continue;
      }
    }
    line_top = word.top;
    line_bottom = word.bottom;
    lines.emplace_back();
    lines.back().push_back(std::move(word));
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    std::vector<PdfWord>& line = lines[i];
    std::stable_sort(line.begin(), line.end(),
                     [](const PdfWord& a, const PdfWord& b) { return a.left < b.left; });
    if (i > 0) page->text += '\n';
    for (size_t j = 0; j < line.size(); ++j) {
      const PdfWord& w = line[j];
      if (j > 0) page->text += ' ';
      page->text += w.text;
      Word out;
      out.text = w.text;
      out.confidence = 1.0f;
      out.line = static_cast<int>(i);
      out.bbox.x = static_cast<int>(std::floor(w.left * scale));
      out.bbox.y = static_cast<int>(std::floor(w.top * scale));
      out.bbox.w = static_cast<int>(std::ceil(w.right * scale)) - out.bbox.x;
      out.bbox.h = static_cast<int>(std::ceil(w.bottom * scale)) - out.bbox.y;
      page->words.push_back(std::move(out));
    }
  }
}

// Poppler's GRAY8 rendering to an 8-bit Pix.
PixPtr PixFromPopplerImage(const poppler::image& image, int dpi) {
  const int width = image.width(), height = image.height();
  PixPtr pix(pixCreate(width, height, 8));
  if (!pix) return nullptr;
  pixSetResolution(pix.get(), dpi, dpi);
  l_uint32* rows = pixGetData(pix.get());
  const int words_per_line = pixGetWpl(pix.get());
  for (int y = 0; y < height; ++y) {
    const auto* src = reinterpret_cast<const unsigned char*>(image.const_data()) +
                      static_cast<size_t>(y) * image.bytes_per_row();
    l_uint32* dst = rows + static_cast<size_t>(y) * words_per_line;
    for (int x = 0; x < width; ++x) SET_DATA_BYTE(dst, x, src[x]);
  }
  return pix;
}

Status PdfDamaged(std::string_view detail) {
  std::string message = "PDF 파일이 손상되어 열 수 없습니다";
  if (!detail.empty()) message.append("(").append(detail).append(")");
  message += ". 원본 PDF를 다시 저장해 올리도록 요청하세요.";
  return Status::Refused(kRefusalPdfDamaged, message);
}

Status IngestPdf(std::string_view bytes, const IngestOptions& options, IngestedFile* out) {
  if (!PdfHasEofMarker(bytes)) return Truncated("PDF 끝 표시(%%EOF) 없음");
  InstallPopplerErrorSink();
  t_poppler_last_error.clear();
  // load_from_raw_data does not copy: `bytes` outlives the document.
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) return PdfDamaged(t_poppler_last_error);
  if (document->is_locked()) {
    return Status::Refused(kRefusalPdfEncrypted,
                           "열람 암호가 걸린 PDF입니다. 암호를 해제한(보호되지 않은) PDF를 다시 "
                           "보내 달라고 요청하세요.");
  }
  const int page_count = document->pages();
  if (page_count <= 0) {
    return Status::Refused(kRefusalPdfNoPages,
                           "페이지가 없는 PDF입니다. 내용이 들어 있는 PDF를 다시 요청하세요.");
  }
  if (page_count > options.max_pdf_pages) {
    return Status::Refused(kRefusalPdfTooManyPages,
                           "PDF가 " + std::to_string(page_count) + "쪽으로 너무 깁니다(한도 " +
                               std::to_string(options.max_pdf_pages) +
                               "쪽). 해당 증빙 페이지만 따로 올리도록 요청하세요.");
  }

  const int dpi = options.pdf_dpi;
  const double scale = dpi / 72.0;
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  // Grey: every later step works on grey, and Poppler renders grey in half the time of colour.
  renderer.set_image_format(poppler::image::format_gray8);

  for (int index = 0; index < page_count; ++index) {
    std::unique_ptr<poppler::page> page(document->create_page(index));
    if (!page) return PdfDamaged(std::to_string(index + 1) + "쪽을 읽을 수 없음");
    IngestedPage out_page;
    out_page.number = index + 1;
    out_page.dpi = dpi;
    // Text boxes and renderings both follow the page's /Rotate, so swap the crop box sides
    // for quarter turns.
    const poppler::rectf box = page->page_rect(poppler::crop_box);
    const bool quarter_turn = page->orientation() == poppler::page::landscape ||
                              page->orientation() == poppler::page::seascape;
    const double width_pt = quarter_turn ? box.height() : box.width();
    const double height_pt = quarter_turn ? box.width() : box.height();
    const long long width_px = std::llround(width_pt * scale);
    const long long height_px = std::llround(height_pt * scale);
    out_page.width = static_cast<int>(std::min<long long>(width_px, INT32_MAX));
    out_page.height = static_cast<int>(std::min<long long>(height_px, INT32_MAX));

    std::vector<PdfWord> words;
    int characters = 0;
    for (const poppler::text_box& text_box : page->text_list(poppler::page::text_list_include_font)) {
      std::string text = Utf8(text_box.text());
      const int count = CountNonSpaceCodePoints(text);
      if (count == 0) continue;
      characters += count;
      const poppler::rectf r = text_box.bbox();
      words.push_back(PdfWord{std::move(text), r.left(), r.top(), r.right(), r.bottom(),
                              text_box.get_font_size()});
    }
    DropWatermarkGlyphs(&words);
    if (characters >= options.min_text_layer_chars) {
      out_page.source = Source::kPdfText;
      BuildTextPage(std::move(words), scale, &out_page);
      const int coarse = options.text_page_render_dpi;
      if (coarse > 0 && !OverPixelCap(width_px, height_px, options.max_pixels)) {
        const poppler::image image = renderer.render_page(page.get(), coarse, coarse);
        if (image.is_valid()) {
          // Pixel-replicated: ink detection needs no smooth edges, and smooth upscaling of
          // a full page costs more than the rendering.
          PixPtr gray = PixFromPopplerImage(image, coarse);
          if (gray) {
            if (dpi % coarse == 0) {
              out_page.image.reset(pixExpandReplicate(gray.get(), dpi / coarse));
            } else {
              const float up = static_cast<float>(dpi) / coarse;
              out_page.image.reset(pixScaleBySampling(gray.get(), up, up));
            }
            if (out_page.image) pixSetResolution(out_page.image.get(), dpi, dpi);
          }
        }
      }
    } else {
      if (OverPixelCap(width_px, height_px, options.max_pixels))
        return TooManyPixels(width_px, height_px, options.max_pixels);
      out_page.source = Source::kOcr;
      const poppler::image image = renderer.render_page(page.get(), dpi, dpi);
      if (!image.is_valid()) {
        return PdfDamaged(std::to_string(index + 1) + "쪽을 그릴 수 없음" +
                          (t_poppler_last_error.empty() ? "" : ": " + t_poppler_last_error));
      }
      out_page.image = PixFromPopplerImage(image, dpi);
      if (!out_page.image) return Status::Internal("렌더링한 PDF 쪽을 담을 메모리가 부족합니다");
      out_page.width = image.width();
      out_page.height = image.height();
    }
    out->pages.push_back(std::move(out_page));
  }
  return Status::OK();
}

// ---------------------------------------------------------------------------------------------
// XML

// True when the bytes hold `ascii` as ASCII/UTF-8 or as UTF-16 in either byte order.
bool ContainsMarkup(std::string_view bytes, std::string_view ascii) {
  if (bytes.find(ascii) != std::string_view::npos) return true;
  if (ContainsUtf16Le(bytes, ascii)) return true;
  std::string big_endian;
  for (char c : ascii) {
    big_endian.push_back('\0');
    big_endian.push_back(c);
  }
  return bytes.find(big_endian) != std::string_view::npos;
}

Status XmlForbidden() {
  return Status::Refused(kRefusalXmlForbidden,
                         "DTD(<!DOCTYPE>/<!ENTITY>)가 들어 있는 XML은 보안상 읽지 않습니다. "
                         "국세청 홈택스에서 받은 원본 전자세금계산서 XML을 다시 요청하세요.");
}

struct XmlDocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct XmlParserCtxtDeleter {
  void operator()(xmlParserCtxt* context) const { xmlFreeParserCtxt(context); }
};

std::string_view TrimXmlSpace(std::string_view s) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

Status IngestXml(std::string_view bytes, const IngestOptions& options, IngestedFile* out) {
  if (bytes.size() > options.max_xml_bytes) {
    return Status::Refused(kRefusalXmlTooLarge,
                           "XML 파일이 너무 큽니다(" + Mebibytes(bytes.size()) + " MiB, 한도 " +
                               Mebibytes(options.max_xml_bytes) +
                               " MiB). 전자세금계산서 한 건의 원본 XML을 다시 요청하세요.");
  }
  // DTDs never occur in NTS XML; refusing them up front defeats XXE and entity expansion.
  if (ContainsMarkup(bytes, "<!DOCTYPE") || ContainsMarkup(bytes, "<!ENTITY"))
    return XmlForbidden();

  static std::once_flag init_once;
  std::call_once(init_once, [] { xmlInitParser(); });
  std::unique_ptr<xmlParserCtxt, XmlParserCtxtDeleter> context(xmlNewParserCtxt());
  if (!context) return Status::Internal("libxml2 파서를 만들 수 없습니다");
  // NONET: never fetch anything. Deliberately without NOENT and DTDLOAD.
  const int parse_options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  std::unique_ptr<xmlDoc, XmlDocDeleter> doc(xmlCtxtReadMemory(
      context.get(), bytes.data(), static_cast<int>(bytes.size()), "upload.xml", nullptr,
      parse_options));
  if (!doc || !context->wellFormed) {
    std::string detail;
    if (const xmlError* error = xmlCtxtGetLastError(context.get()); error != nullptr) {
      detail = std::to_string(error->line) + "행: ";
      if (error->message != nullptr) detail += TrimXmlSpace(error->message);
    }
    return Status::Refused(kRefusalXmlMalformed,
                           "XML 형식이 올바르지 않습니다(" + detail +
                               "). 국세청 홈택스에서 받은 원본 XML을 다시 요청하세요.");
  }
  // Catches a DTD the byte scan could not see (an encoding other than UTF-8/16).
  if (doc->intSubset != nullptr || doc->extSubset != nullptr) return XmlForbidden();

  IngestedPage page;
  page.number = 1;
  page.source = Source::kXml;
  page.dpi = 0;
  // Iterative walk: the depth limit is ours to enforce, not the stack's.
  struct Pending {
    xmlNode* node;
    int depth;
  };
  std::vector<Pending> stack;
  stack.push_back({xmlDocGetRootElement(doc.get()), 1});
  while (!stack.empty()) {
    const Pending item = stack.back();
    stack.pop_back();
    for (xmlNode* node = item.node; node != nullptr; node = node->next) {
      if (node->type == XML_ELEMENT_NODE) {
        if (item.depth > options.max_xml_depth) {
          return Status::Refused(kRefusalXmlTooDeep,
                                 "XML 중첩이 " + std::to_string(options.max_xml_depth) +
                                     "단계를 넘습니다. 정상적인 전자세금계산서 XML이 아니니 "
                                     "국세청 홈택스에서 받은 원본 XML을 다시 요청하세요.");
        }
        // Push the remaining siblings first and the children last, so the children are
        // walked next: document order.
        if (node->next != nullptr) stack.push_back({node->next, item.depth});
        if (node->children != nullptr) stack.push_back({node->children, item.depth + 1});
        break;
      }
      if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) &&
          node->content != nullptr) {
        const std::string_view text =
            TrimXmlSpace(reinterpret_cast<const char*>(node->content));
        if (text.empty()) continue;
        Word word;
        word.text = std::string(text);
        word.confidence = 1.0f;
        word.line = static_cast<int>(page.words.size());
        if (!page.text.empty()) page.text += '\n';
        page.text += word.text;
        page.words.push_back(std::move(word));
      }
    }
  }
  out->pages.push_back(std::move(page));
  out->xml = std::string(bytes);
  return Status::OK();
}

// ---------------------------------------------------------------------------------------------
// Formats we recognise only to refuse them

Status HwpRefusal() {
  return Status::Refused(kRefusalHwp, "한글(HWP) 문서입니다. PDF로 변환해 다시 올려 주세요.");
}

Status OfficeRefusal(std::string_view application) {
  return Status::Refused(kRefusalOffice, std::string(application) +
                                             " 문서입니다. PDF로 변환해 다시 올려 주세요.");
}

Status RefuseZip(std::string_view bytes) {
  const std::vector<std::string> names = ZipEntryNames(bytes);
  const auto has = [&](std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  const auto has_prefix = [&](std::string_view prefix) {
    return std::any_of(names.begin(), names.end(),
                       [&](const std::string& n) { return StartsWith(n, prefix); });
  };
  // HWPX and ODF store their "mimetype" entry first and uncompressed, so its content is
  // readable in the raw bytes.
  if (has("mimetype") && bytes.find("application/hwp+zip") != std::string_view::npos)
    return HwpRefusal();
  if (has_prefix("Contents/section") && has("version.xml")) return HwpRefusal();
  if (has_prefix("word/")) return OfficeRefusal("워드(Word)");
  if (has_prefix("xl/")) return OfficeRefusal("엑셀(Excel)");
  if (has_prefix("ppt/")) return OfficeRefusal("파워포인트(PowerPoint)");
  if (has("[Content_Types].xml")) return OfficeRefusal("오피스(Office)");
  if (has("mimetype") &&
      bytes.find("application/vnd.oasis.opendocument") != std::string_view::npos)
    return OfficeRefusal("오픈오피스(ODF)");
  return Status::Refused(kRefusalArchive,
                         "압축 파일(ZIP, 항목 " + std::to_string(names.size()) +
                             "개)입니다. 압축을 풀어 증빙 파일(PDF나 이미지)을 하나씩 올리도록 "
                             "요청하세요.");
}

// OLE2 compound files: HWP 5, and the pre-2007 Office formats. Stream names sit in the
// directory as UTF-16LE; the HWP FileHeader stream starts with an ASCII signature.
Status RefuseOle2(std::string_view bytes) {
  if (ContainsUtf16Le(bytes, "HwpSummaryInformation") ||
      bytes.find("HWP Document File") != std::string_view::npos)
    return HwpRefusal();
  if (ContainsUtf16Le(bytes, "WordDocument")) return OfficeRefusal("워드(Word)");
  if (ContainsUtf16Le(bytes, "Workbook")) return OfficeRefusal("엑셀(Excel)");
  if (ContainsUtf16Le(bytes, "PowerPoint Document")) return OfficeRefusal("파워포인트(PowerPoint)");
  return OfficeRefusal("오피스(OLE 복합 문서)");
}

Status ReadAll(const std::string& path, std::string* bytes, uint64_t max_bytes,
               IngestedFile* out) {
  std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) {
    const int error = errno;
    if (error == ENOENT) return Status::NotFound("파일이 없습니다: " + path);
    return Status::IOError("파일을 열 수 없습니다: " + path + ": " + std::strerror(error));
  }
  struct stat info {};
  if (fstat(fileno(file.get()), &info) != 0 || !S_ISREG(info.st_mode))
    return Status::IOError("일반 파일이 아닙니다: " + path);
  const uint64_t size = static_cast<uint64_t>(info.st_size);
  // Too large to hold in memory for decoding, but still hashed for the report.
  if (size > max_bytes) {
    std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> context(EVP_MD_CTX_new(),
                                                               &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
      return Status::Internal("SHA-256을 준비할 수 없습니다");
    std::vector<char> buffer(1 << 20);
    uint64_t total = 0;
    while (size_t got = std::fread(buffer.data(), 1, buffer.size(), file.get())) {
      EVP_DigestUpdate(context.get(), buffer.data(), got);
      total += got;
    }
    if (std::ferror(file.get())) return Status::IOError("파일을 읽을 수 없습니다: " + path);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context.get(), digest, &length);
    out->size = total;
    out->sha256 = HexDigest(digest, length);
    return Status::OK();
  }
  bytes->resize(size);
  if (size > 0 && std::fread(bytes->data(), 1, size, file.get()) != size)
    return Status::IOError("파일을 끝까지 읽을 수 없습니다: " + path);
  return Status::OK();
}

Status FileTooLarge(uint64_t size, uint64_t limit) {
  return Status::Refused(kRefusalTooLarge,
                         "파일이 너무 큽니다(" + Mebibytes(size) + " MiB, 한도 " +
                             Mebibytes(limit) +
                             " MiB). 해상도를 낮추거나 나누어 다시 올리도록 요청하세요.");
}

}  // namespace

// -----------------------------------------------------------------------------------------------

std::string_view ToString(FileFormat format) {
  switch (format) {
    case FileFormat::kUnknown: return "unknown";
    case FileFormat::kJpeg: return "jpeg";
    case FileFormat::kPng: return "png";
    case FileFormat::kTiff: return "tiff";
    case FileFormat::kBmp: return "bmp";
    case FileFormat::kWebp: return "webp";
    case FileFormat::kGif: return "gif";
    case FileFormat::kPdf: return "pdf";
    case FileFormat::kXml: return "xml";
    case FileFormat::kHtml: return "html";
    case FileFormat::kZip: return "zip";
    case FileFormat::kOle2: return "ole2";
    case FileFormat::kJp2: return "jp2";
    case FileFormat::kPnm: return "pnm";
  }
  return "unknown";
}

FileFormat SniffFormat(std::string_view head) {
  if (StartsWith(head, "\xFF\xD8\xFF")) return FileFormat::kJpeg;
  if (StartsWith(head, "\x89PNG\r\n\x1a\n")) return FileFormat::kPng;
  if (StartsWith(head, std::string_view("II*\0", 4)) ||
      StartsWith(head, std::string_view("MM\0*", 4)) ||
      StartsWith(head, std::string_view("II+\0", 4)) ||
      StartsWith(head, std::string_view("MM\0+", 4)))
    return FileFormat::kTiff;
  if (StartsWith(head, "GIF87a") || StartsWith(head, "GIF89a")) return FileFormat::kGif;
  if (head.size() >= 12 && StartsWith(head, "RIFF") && head.substr(8, 4) == "WEBP")
    return FileFormat::kWebp;
  if (StartsWith(head, "BM") && head.size() >= 26) {
    // "BM" alone is too weak (a text file may start so); require a known DIB header size.
    const uint32_t dib_size = static_cast<uint8_t>(head[14]) | static_cast<uint8_t>(head[15]) << 8 |
                              static_cast<uint32_t>(static_cast<uint8_t>(head[16])) << 16 |
                              static_cast<uint32_t>(static_cast<uint8_t>(head[17])) << 24;
    if (dib_size == 12 || dib_size == 40 || dib_size == 52 || dib_size == 56 ||
        dib_size == 64 || dib_size == 108 || dib_size == 124)
      return FileFormat::kBmp;
  }
  if (StartsWith(head, std::string_view("\0\0\0\x0CjP  \r\n\x87\n", 12)) ||
      StartsWith(head, "\xFF\x4F\xFF\x51"))
    return FileFormat::kJp2;
  if (StartsWith(head, "PK\x03\x04") || StartsWith(head, "PK\x05\x06")) return FileFormat::kZip;
  if (StartsWith(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return FileFormat::kOle2;
  // Readers accept a PDF header anywhere in the first 1 KiB.
  if (head.substr(0, 1024).find("%PDF-") != std::string_view::npos) return FileFormat::kPdf;
  if (head.size() >= 3 && head[0] == 'P' && head[1] >= '1' && head[1] <= '6' &&
      (head[2] == ' ' || head[2] == '\n' || head[2] == '\r' || head[2] == '\t'))
    return FileFormat::kPnm;

  // Markup: look at the text after any byte order mark.
  std::string narrowed;
  std::string_view text = head.substr(0, 1024);
  if (StartsWith(text, "\xFF\xFE") || StartsWith(text, "\xFE\xFF")) {
    narrowed = NarrowUtf16(text.substr(2), text[0] == '\xFF');
    text = narrowed;
  }
  text = SkipBomAndSpace(text);
  if (text.empty() || text[0] != '<') return FileFormat::kUnknown;
  if (StartsWithNoCase(text, "<!DOCTYPE html") || ContainsNoCase(text, "<html") ||
      StartsWithNoCase(text, "<head") || StartsWithNoCase(text, "<body"))
    return FileFormat::kHtml;
  if (StartsWith(text, "<?xml") || StartsWith(text, "<!--") || StartsWith(text, "<!DOCTYPE") ||
      (text.size() > 1 && (std::isalpha(static_cast<unsigned char>(text[1])) || text[1] == '_' ||
                           static_cast<unsigned char>(text[1]) >= 0x80)))
    return FileFormat::kXml;
  return FileFormat::kUnknown;
}

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1)
    return std::string();
  return HexDigest(digest, length);
}

Status IngestFile(const std::string& path, const IngestOptions& options, IngestedFile* out) {
  *out = IngestedFile();
  std::string bytes;
  if (Status s = ReadAll(path, &bytes, options.max_file_bytes, out); !s.ok()) return s;
  if (out->size > options.max_file_bytes) return FileTooLarge(out->size, options.max_file_bytes);
  return IngestBytes(bytes, options, out);
}

Status IngestBytes(std::string_view bytes, const IngestOptions& options, IngestedFile* out) {
  *out = IngestedFile();
  out->size = bytes.size();
  out->sha256 = Sha256Hex(bytes);
  if (bytes.empty()) {
    return Status::Refused(kRefusalEmpty, "빈 파일입니다(0바이트). 다시 업로드를 요청하세요.");
  }
  if (bytes.size() > options.max_file_bytes)
    return FileTooLarge(bytes.size(), options.max_file_bytes);

  out->format = SniffFormat(bytes.substr(0, 1024));
  Status status;
  switch (out->format) {
    case FileFormat::kJpeg:
    case FileFormat::kPng:
    case FileFormat::kBmp:
    case FileFormat::kWebp:
    case FileFormat::kGif:
    case FileFormat::kJp2:
    case FileFormat::kPnm:
      status = IngestSingleImage(out->format, bytes, options, out);
      break;
    case FileFormat::kTiff:
      status = IngestTiff(bytes, options, out);
      break;
    case FileFormat::kPdf:
      status = IngestPdf(bytes, options, out);
      break;
    case FileFormat::kXml:
      status = IngestXml(bytes, options, out);
      break;
    case FileFormat::kHtml:
      status = Status::Refused(kRefusalHtml,
                               "웹페이지(HTML) 파일입니다. 화면을 저장한 파일이 아니라 원본 "
                               "증빙(PDF, 이미지 또는 국세청 XML)을 다시 요청하세요.");
      break;
    case FileFormat::kZip:
      status = RefuseZip(bytes);
      break;
    case FileFormat::kOle2:
      status = RefuseOle2(bytes);
      break;
    case FileFormat::kUnknown:
      status = Status::Refused(kRefusalUnsupported,
                               "지원하지 않는 파일 형식입니다. PDF, JPEG, PNG, TIFF 이미지나 "
                               "국세청 전자세금계산서 XML로 다시 요청하세요.");
      break;
  }
  if (!status.ok()) out->pages.clear();
  return status;
}

}  // namespace docval
