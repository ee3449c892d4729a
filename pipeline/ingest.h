// Ingest: open one upload by its content (magic bytes, never the extension) and turn it into
// pages, or refuse it with a reason.
//
// Images (JPEG, PNG, TIFF incl. multi-page, BMP, WebP, GIF) are decoded with Leptonica and
// turned upright by their EXIF orientation. PDFs go through Poppler: a page with a real text
// layer yields words with boxes (Source::kPdfText); other pages are rasterised for OCR.
// XML is parsed by libxml2 with network, DTD loading and entity expansion off.
//
// Failure: a Status with code kRefused, a stable reason() (see kRefusal* below) and a Korean
// message() an operator can act on (what the file is and what to ask the supplier for).
// A missing path is kNotFound; IO problems on our side are kIOError.
//
// Decisions worth knowing:
// - Structure is checked before decoding, because decoders paper over a cut-off file (libjpeg
//   fills the rest grey): JPEG must reach its EOI marker, PNG its IEND chunk, GIF its trailer,
//   TIFF strips and IFDs must lie inside the file, WebP/BMP their declared size. A PDF without
//   "%%EOF" in its last 1 KiB is refused as truncated too, even when Poppler could reconstruct
//   it: a cut-off upload may silently miss pages, so it has to be sent again.
// - The pixel cap is checked from the header (or our own walk of GIF/TIFF structure, and the
//   page box for PDFs) before any pixels are allocated.
// - A PDF page "has a text layer" when Poppler finds >= min_text_layer_chars characters on it;
//   a scanner PDF carrying its own invisible OCR layer therefore counts as text, not image.
// - EXIF orientation is applied to JPEGs only. dpi is the file's own resolution when it is
//   plausible (50..2400), else 0 = unknown; callers choose their own assumption.
// - Only the first frame of an animated GIF is read. TIFF pages count against max_pdf_pages.
// Thread safety: IngestFile/IngestBytes may be called from several threads at once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "models/document.h"
#include "models/status.h"
#include "pipeline/pix.h"

namespace docval {

struct IngestOptions {
  int pdf_dpi = 300;                          // rasterisation of image-only PDF pages
  int64_t max_pixels = 120'000'000;           // per decoded image / rendered page (bomb guard)
  int max_pdf_pages = 50;                     // also caps the pages of a multi-page TIFF
  uint64_t max_file_bytes = 64ull << 20;      // 64 MiB
  uint64_t max_xml_bytes = 8ull << 20;
  int max_xml_depth = 64;
  // A PDF page counts as having a text layer when it has at least this many
  // non-space characters; fewer means a scanner PDF (image only) and is rasterised.
  int min_text_layer_chars = 20;
  // Text-layer pages are also rendered, coarsely (this dpi, then scaled to `pdf_dpi` so the
  // picture matches the word boxes), for what only a picture shows: a signature or seal, and
  // the report's crops. 0 = no picture for text-layer pages.
  int text_page_render_dpi = 100;
};

// Stable reason codes for refusals (Status::reason()).
inline constexpr std::string_view kRefusalEmpty = "empty_file";
inline constexpr std::string_view kRefusalTooLarge = "file_too_large";
inline constexpr std::string_view kRefusalTruncated = "truncated";
inline constexpr std::string_view kRefusalImageCorrupt = "image_corrupt";
inline constexpr std::string_view kRefusalTooManyPixels = "too_many_pixels";
inline constexpr std::string_view kRefusalPdfEncrypted = "pdf_encrypted";
inline constexpr std::string_view kRefusalPdfDamaged = "pdf_damaged";
inline constexpr std::string_view kRefusalPdfNoPages = "pdf_no_pages";
inline constexpr std::string_view kRefusalPdfTooManyPages = "pdf_too_many_pages";
inline constexpr std::string_view kRefusalTooManyPages = "too_many_pages";  // multi-page TIFF
inline constexpr std::string_view kRefusalXmlMalformed = "xml_malformed";
inline constexpr std::string_view kRefusalXmlForbidden = "xml_dtd_forbidden";
inline constexpr std::string_view kRefusalXmlTooLarge = "xml_too_large";
inline constexpr std::string_view kRefusalXmlTooDeep = "xml_too_deep";
inline constexpr std::string_view kRefusalHtml = "html_page";
inline constexpr std::string_view kRefusalArchive = "archive";
inline constexpr std::string_view kRefusalOffice = "office_document";
inline constexpr std::string_view kRefusalHwp = "hwp_document";
inline constexpr std::string_view kRefusalUnsupported = "unsupported_format";

// Container formats recognised by their first bytes. JPEG 2000 and PNM are decoded through
// Leptonica like the other images; HTML, ZIP and OLE2 are recognised only to be refused.
enum class FileFormat { kUnknown, kJpeg, kPng, kTiff, kBmp, kWebp, kGif, kPdf, kXml,
                        kHtml, kZip, kOle2, kJp2, kPnm };
// "jpeg", "png", "tiff", "bmp", "webp", "gif", "pdf", "xml", "html", "zip", "ole2", "jp2",
// "pnm", "unknown" (the report's Document::format).
std::string_view ToString(FileFormat format);
// `head` is the start of the file; the first 1 KiB is enough (a PDF header may sit up to
// 1 KiB in, and HTML/XML are told apart there). Passing the whole file is fine.
FileFormat SniffFormat(std::string_view head);

struct IngestedPage {
  int number = 1;              // 1-based
  Source source = Source::kOcr;
  // The page to OCR, upright; null for XML pages. For text-layer pages a coarse 8-bit picture
  // in the words' frame (see text_page_render_dpi), never OCRed. Depth 1, 8 (grey) or 32 (RGB,
  // spp 3): colormaps are removed and an alpha channel is flattened onto white. Rasterised
  // PDF pages are 32-bit RGB so that a red seal stays distinguishable.
  PixPtr image;
  int width = 0, height = 0;   // pixels at `dpi`
  int dpi = 300;               // from the file, or the rasterisation dpi; 0 when unknown
  // Clockwise turn applied from the EXIF orientation (0, 90, 180, 270). For the mirrored
  // orientations (2, 4, 5, 7) the image was first flipped left-right, then turned by this.
  int exif_rotated_degrees = 0;
  bool exif_mirrored = false;
  // kPdfText: one word per Poppler text box, confidence 1, boxes at `dpi`, `line` = index of
  // the baseline group top to bottom. kXml: one word per non-blank text node (trimmed), box
  // empty, confidence 1, `line` = its index.
  std::vector<Word> words;
  std::string text;            // lines in reading order joined by '\n' (words in a line by ' ')
};

struct IngestedFile {
  FileFormat format = FileFormat::kUnknown;
  uint64_t size = 0;
  std::string sha256;          // lowercase hex of the original bytes
  std::vector<IngestedPage> pages;
  std::string xml;             // the original bytes when format == kXml (parsed later with XPath)
};

// Reads `path` (never modifies it). On refusal `out->size` and `out->sha256` are still set
// when the bytes could be read, so refused uploads can be reported and de-duplicated.
Status IngestFile(const std::string& path, const IngestOptions& options, IngestedFile* out);
// Same, on bytes already in memory. `bytes` must stay alive for the call only; the result
// owns everything it holds.
Status IngestBytes(std::string_view bytes, const IngestOptions& options, IngestedFile* out);

// Lowercase hex SHA-256 (OpenSSL EVP).
std::string Sha256Hex(std::string_view bytes);

}  // namespace docval
