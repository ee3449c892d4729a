#include "samples/generator/odd_files.h"

#include <leptonica/allheaders.h>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/Pl_Flate.hh>

#include <array>
#include <exception>
#include <filesystem>
#include <fstream>
#include <map>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/pix.h"
#include "samples/generator/artifacts.h"
#include "samples/generator/plan.h"
#include "samples/generator/render.h"

namespace docval::samplegen {
namespace {

namespace fs = std::filesystem;

// Page images are drawn at this resolution: enough for OCR, cheap to read back.
constexpr int kImageDpi = 150;
// The pixel-bomb side: 20,000 px, i.e. 4,800 pt at the 300 dpi docval rasterises PDFs at.
constexpr int kHugeSidePx = 20000;
constexpr int kHugeSidePt = 4800;
constexpr int kManyPages = 100;
// Names in report.json that would only appear if something outside the upload root was read.
constexpr std::string_view kOutsideMarker = "outside_secret";

// ---------------------------------------------------------------------------------------------
// Bits and bytes

class BitWriter {
 public:
  // `stuff_ff`: JPEG entropy data, where a 0xFF byte is followed by a stuffed 0x00.
  explicit BitWriter(bool stuff_ff = false) : stuff_ff_(stuff_ff) {}
  void Put(uint32_t bits, int count) {
    for (int i = count - 1; i >= 0; --i) PutBit((bits >> i) & 1u);
  }
  void PutBit(uint32_t bit) {
    current_ = static_cast<uint8_t>((current_ << 1) | bit);
    if (++filled_ == 8) Flush();
  }
  // Completes the last byte with `pad` bits.
  std::string Finish(uint32_t pad) {
    while (filled_ != 0) PutBit(pad);
    return std::move(bytes_);
  }

 private:
  void Flush() {
    bytes_.push_back(static_cast<char>(current_));
    if (stuff_ff_ && current_ == 0xFF) bytes_.push_back('\0');
    current_ = 0;
    filled_ = 0;
  }
  bool stuff_ff_;
  std::string bytes_;
  uint8_t current_ = 0;
  int filled_ = 0;
};

void PutBe16(std::string& out, uint32_t v) {
  out.push_back(static_cast<char>((v >> 8) & 0xff));
  out.push_back(static_cast<char>(v & 0xff));
}
void PutBe32(std::string& out, uint32_t v) {
  PutBe16(out, v >> 16);
  PutBe16(out, v & 0xffff);
}

uint32_t Crc32(std::string_view bytes) {
  static const std::array<uint32_t, 256> kTable = [] {
    std::array<uint32_t, 256> table{};
    for (uint32_t i = 0; i < 256; ++i) {
      uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      table[i] = c;
    }
    return table;
  }();
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char b : bytes) crc = kTable[(crc ^ b) & 0xff] ^ (crc >> 8);
  return crc ^ 0xFFFFFFFFu;
}

std::string Hex(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned char c : bytes) {
    hex.push_back(kHex[c >> 4]);
    hex.push_back(kHex[c & 15]);
  }
  return hex;
}

// ---------------------------------------------------------------------------------------------
// TIFF: where a page's strips are (to lift G4 data out of Leptonica's TIFF, and to damage one
// page of a multi-page file).

struct Strip {
  uint32_t offset = 0, length = 0;
};

class TiffReader {
 public:
  explicit TiffReader(std::string_view bytes) : bytes_(bytes) {
    little_ = bytes.size() >= 2 && bytes[0] == 'I';
  }
  // Strips of page `index` (0-based); false when the structure is not what we wrote.
  bool PageStrips(int index, std::vector<Strip>* strips) const {
    uint32_t ifd = U32(4);
    for (int page = 0; page < index && ifd != 0; ++page) ifd = U32(ifd + 2 + 12 * U16(ifd));
    if (ifd == 0 || ifd + 2 > bytes_.size()) return false;
    std::vector<uint32_t> offsets, lengths;
    const uint32_t entries = U16(ifd);
    for (uint32_t i = 0; i < entries; ++i) {
      const uint32_t entry = ifd + 2 + 12 * i;
      const uint32_t tag = U16(entry);
      if (tag == 273) offsets = Values(entry);
      if (tag == 279) lengths = Values(entry);
    }
    if (offsets.empty() || offsets.size() != lengths.size()) return false;
    strips->clear();
    for (size_t i = 0; i < offsets.size(); ++i) {
      if (static_cast<uint64_t>(offsets[i]) + lengths[i] > bytes_.size()) return false;
      strips->push_back({offsets[i], lengths[i]});
    }
    return true;
  }

 private:
  uint32_t Byte(uint64_t at) const {
    return at < bytes_.size() ? static_cast<uint8_t>(bytes_[at]) : 0;
  }
  uint32_t U16(uint64_t at) const {
    return little_ ? Byte(at) | Byte(at + 1) << 8 : Byte(at) << 8 | Byte(at + 1);
  }
  uint32_t U32(uint64_t at) const {
    return little_ ? U16(at) | U16(at + 2) << 16 : U16(at) << 16 | U16(at + 2);
  }
  // SHORT or LONG values of an IFD entry, inline when they fit in 4 bytes.
  std::vector<uint32_t> Values(uint32_t entry) const {
    const uint32_t type = U16(entry + 2), count = U32(entry + 4);
    const uint32_t size = type == 3 ? 2 : 4;
    if ((type != 3 && type != 4) || count > 1'000'000) return {};
    const uint64_t at = count * size <= 4 ? entry + 8 : U32(entry + 8);
    std::vector<uint32_t> values;
    for (uint32_t i = 0; i < count; ++i)
      values.push_back(size == 2 ? U16(at + 2 * i) : U32(at + 4 * i));
    return values;
  }

  std::string_view bytes_;
  bool little_ = true;
};

std::string LeptonicaBytes(l_uint8* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  return bytes;
}

// T.6 data of a 1-bit image, taken from the single strip of Leptonica's G4 TIFF.
Status G4Data(PIX* bitmap, std::string* g4) {
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMemTiff(&data, &size, bitmap, IFF_TIFF_G4) != 0)
    return Status::Internal("G4 TIFF를 쓸 수 없습니다");
  const std::string tiff = LeptonicaBytes(data, size);
  std::vector<Strip> strips;
  if (!TiffReader(tiff).PageStrips(0, &strips) || strips.size() != 1)
    return Status::Internal("G4 TIFF의 스트립이 하나가 아닙니다");
  *g4 = tiff.substr(strips[0].offset, strips[0].length);
  return Status::OK();
}

// ---------------------------------------------------------------------------------------------
// Hand-written PDFs

class PdfBuilder {
 public:
  int Reserve() {
    objects_.emplace_back();
    return static_cast<int>(objects_.size());
  }
  void Set(int number, std::string body) { objects_[number - 1] = std::move(body); }
  int Add(std::string body) {
    const int number = Reserve();
    Set(number, std::move(body));
    return number;
  }
  int AddStream(const std::string& dictionary_entries, std::string_view data) {
    return Add("<< " + dictionary_entries + " /Length " + std::to_string(data.size()) +
               " >>\nstream\n" + std::string(data) + "\nendstream");
  }
  std::string Finish(int catalog) const {
    std::string pdf = "%PDF-1.5\n%\xE2\xE3\xCF\xD3\n";
    std::vector<size_t> offsets;
    for (size_t i = 0; i < objects_.size(); ++i) {
      offsets.push_back(pdf.size());
      pdf += std::to_string(i + 1) + " 0 obj\n" + objects_[i] + "\nendobj\n";
    }
    const size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects_.size() + 1) + "\n0000000000 65535 f \n";
    for (size_t offset : offsets) pdf += Pad(static_cast<int64_t>(offset), 10) + " 00000 n \n";
    pdf += "trailer\n<< /Size " + std::to_string(objects_.size() + 1) + " /Root " +
           std::to_string(catalog) + " 0 R >>\nstartxref\n" + std::to_string(xref) +
           "\n%%EOF\n";
    return pdf;
  }

 private:
  std::vector<std::string> objects_;
};

std::string Ref(int number) { return std::to_string(number) + " 0 R"; }

// A PDF whose pages each draw one image XObject over the whole page.
std::string ImagePagesPdf(const std::vector<std::string>& image_dictionaries,
                          const std::vector<std::string>& image_data,
                          const std::vector<std::pair<double, double>>& page_sizes_pt) {
  PdfBuilder pdf;
  const int catalog = pdf.Reserve();
  const int pages = pdf.Reserve();
  std::string kids;
  for (size_t i = 0; i < image_data.size(); ++i) {
    const auto [w, h] = page_sizes_pt[i];
    const int image = pdf.AddStream(image_dictionaries[i], image_data[i]);
    char matrix[96];
    std::snprintf(matrix, sizeof matrix, "q %.2f 0 0 %.2f 0 0 cm /Im1 Do Q", w, h);
    const int content = pdf.AddStream("", matrix);
    char box[64];
    std::snprintf(box, sizeof box, "[0 0 %.2f %.2f]", w, h);
    kids += Ref(pdf.Add("<< /Type /Page /Parent " + Ref(pages) + " /MediaBox " + box +
                        " /Resources << /XObject << /Im1 " + Ref(image) + " >> >> /Contents " +
                        Ref(content) + " >>")) +
            " ";
  }
  pdf.Set(pages, "<< /Type /Pages /Kids [" + kids + "] /Count " +
                     std::to_string(image_data.size()) + " >>");
  pdf.Set(catalog, "<< /Type /Catalog /Pages " + Ref(pages) + " >>");
  return pdf.Finish(catalog);
}

std::string ZeroPagePdf() {
  PdfBuilder pdf;
  const int pages = pdf.Add("<< /Type /Pages /Kids [] /Count 0 >>");
  const int catalog = pdf.Add("<< /Type /Catalog /Pages " + Ref(pages) + " >>");
  return pdf.Finish(catalog);
}

// `count` A4 pages, each with one line of Helvetica text: a text layer, nothing to rasterise.
std::string ManyTextPagesPdf(int count) {
  PdfBuilder pdf;
  const int catalog = pdf.Reserve();
  const int pages = pdf.Reserve();
  const int font =
      pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  std::string kids;
  for (int i = 1; i <= count; ++i) {
    const int content = pdf.AddStream(
        "", "BT /F1 14 Tf 72 770 Td (docval odd corpus: page " + std::to_string(i) + " of " +
                std::to_string(count) + ") Tj ET");
    kids += Ref(pdf.Add("<< /Type /Page /Parent " + Ref(pages) +
                        " /MediaBox [0 0 595 842] /Resources << /Font << /F1 " + Ref(font) +
                        " >> >> /Contents " + Ref(content) + " >>")) +
            " ";
  }
  pdf.Set(pages, "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(count) + " >>");
  pdf.Set(catalog, "<< /Type /Catalog /Pages " + Ref(pages) + " >>");
  return pdf.Finish(catalog);
}

std::string HugePagePdf() {
  const std::string side = std::to_string(kHugeSidePx);
  return ImagePagesPdf({"/Type /XObject /Subtype /Image /Width " + side + " /Height " + side +
                        " /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode "
                        "/DecodeParms << /K -1 /Columns " + side + " /Rows " + side + " >>"},
                       {AllWhiteG4(kHugeSidePx)}, {{kHugeSidePt, kHugeSidePt}});
}

std::pair<double, double> PageSizePt(PIX* image, int dpi) {
  return {pixGetWidth(image) * 72.0 / dpi, pixGetHeight(image) * 72.0 / dpi};
}

std::string BilevelImageDictionary(PIX* bitmap, const std::string& filter) {
  return "/Type /XObject /Subtype /Image /Width " + std::to_string(pixGetWidth(bitmap)) +
         " /Height " + std::to_string(pixGetHeight(bitmap)) +
         " /ColorSpace /DeviceGray /BitsPerComponent 1 " + filter;
}

std::string CcittPdf(PIX* bitmap, const std::string& g4) {
  const std::string filter = "/Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns " +
                             std::to_string(pixGetWidth(bitmap)) + " /Rows " +
                             std::to_string(pixGetHeight(bitmap)) + " /BlackIs1 false >>";
  return ImagePagesPdf({BilevelImageDictionary(bitmap, filter)}, {g4},
                       {PageSizePt(bitmap, kImageDpi)});
}

std::string Jbig2Pdf(PIX* bitmap, const std::string& g4) {
  return ImagePagesPdf(
      {BilevelImageDictionary(bitmap, "/Filter /JBIG2Decode")},
      {Jbig2MmrStream(pixGetWidth(bitmap), pixGetHeight(bitmap), g4)},
      {PageSizePt(bitmap, kImageDpi)});
}

// Offsets in the classic xref table moved by a few bytes and startxref pointing nowhere: what
// a careless editor or a byte-level transfer error leaves. Readers must rebuild or refuse.
std::string DamageXref(std::string pdf) {
  const size_t startxref = pdf.rfind("startxref");
  if (startxref == std::string::npos) return pdf;
  const size_t table = pdf.rfind("\nxref\n", startxref);
  if (table != std::string::npos) {
    size_t line = pdf.find('\n', table + 6) + 1;  // after the subsection header
    while (line < startxref && pdf.compare(line, 7, "trailer") != 0) {
      const size_t end = pdf.find('\n', line);
      if (end == std::string::npos) break;
      if (end - line >= 18 && pdf[line + 10] == ' ') {
        const int64_t offset = std::stoll(pdf.substr(line, 10));
        if (offset > 0) pdf.replace(line, 10, Pad(offset + 17, 10));
      }
      line = end + 1;
    }
  }
  const size_t number = pdf.find_first_of("0123456789", startxref);
  const size_t number_end = pdf.find_first_not_of("0123456789", number);
  if (number != std::string::npos && number_end != std::string::npos) {
    const int64_t value = std::stoll(pdf.substr(number, number_end - number));
    pdf.replace(number, number_end - number, std::to_string(value + 5));
  }
  return pdf;
}

// The file cut in the middle of its longest stream, as an interrupted upload leaves it.
std::string CutMidStream(const std::string& pdf) {
  size_t best_start = 0, best_length = 0;
  for (size_t at = pdf.find("stream\n"); at != std::string::npos;
       at = pdf.find("stream\n", at + 7)) {
    if (at >= 3 && pdf.compare(at - 3, 3, "end") == 0) continue;
    const size_t end = pdf.find("endstream", at);
    if (end == std::string::npos) break;
    if (end - at > best_length) {
      best_start = at + 7;
      best_length = end - best_start;
    }
  }
  return pdf.substr(0, best_start + best_length / 2);
}

// ---------------------------------------------------------------------------------------------
// Images

// A PNG of kHugeSidePx² white 1-bit pixels: tiny on disk (deflated), 50 MB once decoded.
std::string HugePng() {
  std::string png = "\x89PNG\r\n\x1a\n";
  const auto chunk = [&](std::string_view type, std::string_view data) {
    PutBe32(png, static_cast<uint32_t>(data.size()));
    std::string typed(type);
    typed.append(data);
    png += typed;
    PutBe32(png, Crc32(typed));
  };
  std::string header;
  PutBe32(header, kHugeSidePx);
  PutBe32(header, kHugeSidePx);
  header += std::string("\x01\x00\x00\x00\x00", 5);  // 1 bit, grey, deflate, no filter/interlace
  chunk("IHDR", header);
  Pl_Buffer buffer("idat");
  Pl_Flate deflate("deflate", &buffer, Pl_Flate::a_deflate);
  std::string row(1 + (kHugeSidePx + 7) / 8, '\xFF');
  row[0] = '\0';  // filter type None
  for (int y = 0; y < kHugeSidePx; ++y)
    deflate.write(reinterpret_cast<unsigned char*>(row.data()), row.size());
  deflate.finish();
  std::shared_ptr<Buffer> idat = buffer.getBufferSharedPointer();
  chunk("IDAT", std::string_view(reinterpret_cast<const char*>(idat->getBuffer()),
                                 idat->getSize()));
  chunk("IEND", "");
  return png;
}

// A scanned-page look in CMYK blocks: paper, black text bars and a red seal.
std::string CmykPageInk(int width, int height) {
  const int bw = (width + 7) / 8, bh = (height + 7) / 8;
  std::string ink(static_cast<size_t>(bw) * bh * 4, '\0');
  for (int by = 0; by < bh; ++by) {
    for (int bx = 0; bx < bw; ++bx) {
      char* px = &ink[(static_cast<size_t>(by) * bw + bx) * 4];
      const bool text_row = by >= 6 && by < bh - 6 && by % 4 == 0;
      const bool in_margin = bx < 5 || bx >= bw - 5;
      if (text_row && !in_margin && (bx * 7 + by * 3) % 11 != 0) px[3] = '\xE0';
      const int dx = bx - bw * 3 / 4, dy = by - bh * 4 / 5;
      if (dx * dx + dy * dy <= 16) {
        px[1] = '\xD0';  // magenta + yellow: a red seal
        px[2] = '\xC0';
      }
    }
  }
  return ink;
}

// Pages of a multi-page TIFF with the strips of page `damaged` (0-based) overwritten by
// `noise`: the IFDs stay intact, so only decoding that page fails.
Status TiffWithCorruptPage(const std::vector<PixPtr>& pages, size_t damaged, Rng& rng,
                           std::string* out) {
  std::unique_ptr<PIXA, void (*)(PIXA*)> pixa(pixaCreate(0), [](PIXA* p) { pixaDestroy(&p); });
  for (const PixPtr& page : pages) pixaAddPix(pixa.get(), page.get(), L_CLONE);
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixaWriteMemMultipageTiff(&data, &size, pixa.get()) != 0)
    return Status::Internal("다중 페이지 TIFF를 쓸 수 없습니다");
  *out = LeptonicaBytes(data, size);
  std::vector<Strip> strips;
  if (!TiffReader(*out).PageStrips(static_cast<int>(damaged), &strips))
    return Status::Internal("TIFF 페이지 구조를 읽을 수 없습니다");
  for (const Strip& strip : strips)
    for (uint32_t i = 0; i < strip.length; ++i)
      (*out)[strip.offset + i] = static_cast<char>(rng.Next() & 0xff);
  return Status::OK();
}

std::string EncodePix(PIX* pix, int format) {
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMem(&data, &size, pix, format) != 0) return "";
  return LeptonicaBytes(data, size);
}

// ---------------------------------------------------------------------------------------------
// XML

std::string BillionLaughs() {
  std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    const std::string previous = i == 1 ? "lol" : "lol" + std::to_string(i - 1);
    xml += " <!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) xml += "&" + previous + ";";
    xml += "\">\n";
  }
  return xml + "]>\n<TaxInvoice>&lol9;</TaxInvoice>\n";
}

std::string Utf16Le(std::string_view ascii) {
  std::string out = "\xFF\xFE";
  for (char c : ascii) {
    out.push_back(c);
    out.push_back('\0');
  }
  return out;
}

std::string Xxe() {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<!DOCTYPE TaxInvoice [\n <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n"
         " <!ENTITY remote SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n]>\n"
         "<TaxInvoice xmlns=\"urn:kr:or:kec:standard:Tax:"
         "ReusableAggregateBusinessInformationEntitySchemaModule:1:0\">\n"
         "  <TaxInvoiceDocument><IssueID>&xxe;</IssueID></TaxInvoiceDocument>\n"
         "  <Remote>&remote;</Remote>\n</TaxInvoice>\n";
}

// ---------------------------------------------------------------------------------------------
// The corpus

struct OddFile {
  std::string case_id;
  std::string name;        // raw bytes; may be invalid UTF-8
  std::string what;        // what it is, for odd_truth.json
  std::string expect;      // "read" | "refused" | "either"
  std::string reason;      // the refusal reason when expect == "refused"
  std::string format;      // the container docval should detect ("" when refused)
  std::string bytes;
  std::string link_target; // non-empty: a symbolic link to this, not a file
};

// The demo plan's first complete set of readable documents, one per checked type.
struct Sources {
  Case case_data;
  std::map<DocType, DocumentSpec> specs;
};

Status PickSources(uint64_t seed, Sources* out) {
  GeneratorOptions options = PresetOptions(Preset::kDemo);
  options.seed = seed;
  SamplePlan plan;
  if (Status s = PlanSampleSet(options, &plan); !s.ok()) return s;
  const DocType wanted[] = {DocType::kTaxInvoice, DocType::kTransferReceipt,
                            DocType::kBankbookCopy, DocType::kGuaranteePolicy,
                            DocType::kInspectionForm};
  for (const PlannedCase& pc : plan.cases) {
    if (!pc.in_cases_file) continue;
    if (out->specs.empty()) out->case_data = pc.data;
    for (const DocumentSpec& doc : pc.documents) {
      if (doc.broken != Broken::kNone || doc.layout.empty() || doc.layout == "nts_xml") continue;
      out->specs.emplace(doc.doc_type, doc);  // keeps the first of each type
    }
  }
  for (DocType type : wanted) {
    if (!out->specs.count(type))
      return Status::Internal("데모 계획에 " + std::string(ToString(type)) + " 문서가 없습니다");
  }
  return Status::OK();
}

Status TextPdf(const DocumentSpec& spec, std::string* pdf) {
  std::vector<std::vector<std::string>> lines;
  return RenderTextPdf(spec, pdf, &lines);
}

Status FirstPage(const DocumentSpec& spec, int dpi, bool color, PixPtr* page) {
  std::vector<PixPtr> pages;
  std::vector<std::vector<std::string>> lines;
  if (Status s = RenderPages(spec, dpi, color, &pages, &lines); !s.ok()) return s;
  if (pages.empty()) return Status::Internal("그린 페이지가 없습니다");
  *page = std::move(pages.front());
  return Status::OK();
}

// 85 Hangul syllables: 255 bytes in UTF-8, the longest name ext4 allows.
std::string LongestKoreanName() {
  static constexpr std::string_view kSyllables[] = {"보", "조", "금", "증", "빙", "서",
                                                   "류", "스", "캔", "본", "최", "종"};
  std::string name;
  for (int i = 0; i < 85; ++i) name += kSyllables[i % std::size(kSyllables)];
  return name;
}

Status WriteFile(const fs::path& path, std::string_view bytes) {
  std::error_code error;
  fs::create_directories(path.parent_path(), error);
  if (error) return Status::IOError("폴더를 만들 수 없습니다: " + path.parent_path().string());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return Status::IOError("파일을 쓸 수 없습니다: " + path.string());
  return Status::OK();
}

Status MakeLink(const fs::path& link, const std::string& target) {
  std::error_code error;
  fs::create_directories(link.parent_path(), error);
  fs::remove(link, error);  // a link left by an earlier run; never follows it
  fs::create_symlink(target, link, error);
  if (error)
    return Status::IOError("심볼릭 링크를 만들 수 없습니다: " + link.string() + ": " +
                           error.message());
  return Status::OK();
}

// Text for JSON: file names may hold bytes that are not UTF-8.
// Invalid sequences become U+FFFD; file_hex keeps the exact bytes.
std::string Printable(const std::string& raw) {
  return nlohmann::json::parse(
             nlohmann::json(raw).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
      .get<std::string>();
}

Status BuildCorpus(uint64_t seed, std::vector<OddFile>* files, Sources* sources) {
  if (Status s = PickSources(seed, sources); !s.ok()) return s;
  Rng rng(seed ^ 0x0dd0dd0dd0dd0ddULL);
  const auto& spec = [&](DocType type) -> const DocumentSpec& { return sources->specs.at(type); };
  const std::string pdf_case = "ODD-PDF-01", image_case = "ODD-IMG-02", misc_case = "ODD-MISC-03",
                    name_case = "ODD-NAME-04";
  const auto add = [&](const std::string& case_id, std::string name, std::string what,
                       std::string expect, std::string reason, std::string format,
                       std::string bytes) {
    files->push_back({case_id, std::move(name), std::move(what), std::move(expect),
                      std::move(reason), std::move(format), std::move(bytes), ""});
  };
  Status s;
  std::string invoice_pdf, receipt_pdf, bankbook_pdf, guarantee_pdf, inspection_pdf;
  for (auto [type, pdf] : {std::pair{DocType::kTaxInvoice, &invoice_pdf},
                           std::pair{DocType::kTransferReceipt, &receipt_pdf},
                           std::pair{DocType::kBankbookCopy, &bankbook_pdf},
                           std::pair{DocType::kGuaranteePolicy, &guarantee_pdf},
                           std::pair{DocType::kInspectionForm, &inspection_pdf}}) {
    if (s = TextPdf(spec(type), pdf); !s.ok()) return s;
  }
  const std::string invoice_xml = TaxInvoiceXml(spec(DocType::kTaxInvoice), rng);

  // PDFs.
  std::string encrypted;
  if (s = EncryptPdf(invoice_pdf, "4821", rng, &encrypted); !s.ok()) return s;
  add(pdf_case, "암호_열람.pdf", "열람 암호(user password)가 걸린 AES-256 PDF", "refused",
      "pdf_encrypted", "", encrypted);
  if (s = EncryptPdf(bankbook_pdf, "", rng, &encrypted); !s.ok()) return s;
  add(pdf_case, "암호_소유자만.pdf", "소유자 암호만 있는 PDF (열람 암호 없음)", "read", "", "pdf",
      encrypted);
  add(pdf_case, "xref_손상.pdf", "xref 오프셋과 startxref가 틀린 PDF", "either", "", "pdf",
      DamageXref(receipt_pdf));
  add(pdf_case, "중간절단.pdf", "스트림 중간에서 잘린 PDF", "refused", "truncated", "",
      CutMidStream(guarantee_pdf));
  add(pdf_case, "0쪽.pdf", "페이지가 없는 PDF (/Count 0)", "refused", "pdf_no_pages", "",
      ZeroPagePdf());
  add(pdf_case, "100쪽.pdf", "텍스트 100쪽 PDF", "refused", "pdf_too_many_pages", "",
      ManyTextPagesPdf(kManyPages));
  add(pdf_case, "초대형_20000px.pdf", "20,000×20,000 px (300dpi) 페이지, CCITT 이미지",
      "refused", "too_many_pixels", "", HugePagePdf());
  PixPtr page;
  if (s = FirstPage(spec(DocType::kInspectionForm), kImageDpi, false, &page); !s.ok()) return s;
  PixPtr bitmap(pixConvertTo1(page.get(), 160));
  std::string g4;
  if (!bitmap || !(s = G4Data(bitmap.get(), &g4)).ok())
    return s.ok() ? Status::Internal("1비트 변환 실패") : s;
  add(pdf_case, "JBIG2_스캔.pdf", "JBIG2(MMR) 흑백 이미지 PDF", "read", "", "pdf",
      Jbig2Pdf(bitmap.get(), g4));
  if (s = FirstPage(spec(DocType::kGuaranteePolicy), kImageDpi, false, &page); !s.ok()) return s;
  bitmap.reset(pixConvertTo1(page.get(), 160));
  if (!bitmap || !(s = G4Data(bitmap.get(), &g4)).ok())
    return s.ok() ? Status::Internal("1비트 변환 실패") : s;
  add(pdf_case, "CCITT_팩스.pdf", "CCITT G4 흑백 이미지 PDF", "read", "", "pdf",
      CcittPdf(bitmap.get(), g4));

  // Images.
  add(image_case, "CMYK.jpg", "CMYK JPEG (Adobe, 반전 잉크)", "read", "", "jpeg",
      FlatBlockCmykJpeg(800, 1120, CmykPageInk(800, 1120)));
  if (s = FirstPage(spec(DocType::kTaxInvoice), kImageDpi, true, &page); !s.ok()) return s;
  {
    l_uint8* data = nullptr;
    size_t size = 0;
    if (pixWriteMemJpeg(&data, &size, page.get(), 75, 1) != 0)
      return Status::Internal("프로그레시브 JPEG를 쓸 수 없습니다");
    add(image_case, "progressive.jpg", "프로그레시브 JPEG", "read", "", "jpeg",
        LeptonicaBytes(data, size));
  }
  if (s = FirstPage(spec(DocType::kTransferReceipt), kImageDpi, false, &page); !s.ok()) return s;
  PixPtr deep(pixConvert8To16(page.get(), 8));
  const std::string png16 = deep ? EncodePix(deep.get(), IFF_PNG) : "";
  if (png16.empty()) return Status::Internal("16비트 PNG를 쓸 수 없습니다");
  add(image_case, "16bit.png", "16비트 회색조 PNG", "read", "", "png", png16);
  {
    std::vector<PixPtr> pages;
    for (DocType type : {DocType::kBankbookCopy, DocType::kTransferReceipt,
                         DocType::kInspectionForm}) {
      if (s = FirstPage(spec(type), 100, false, &page); !s.ok()) return s;
      pages.push_back(std::move(page));
    }
    std::string tiff;
    if (s = TiffWithCorruptPage(pages, 1, rng, &tiff); !s.ok()) return s;
    add(image_case, "다중쪽_2쪽손상.tif", "3쪽 TIFF, 2쪽 압축 데이터 손상", "refused",
        "image_corrupt", "", tiff);
  }
  if (s = FirstPage(spec(DocType::kBankbookCopy), kImageDpi, false, &page); !s.ok()) return s;
  add(image_case, "스캔본.pdf", "이름만 .pdf인 PNG 이미지", "read", "", "png",
      EncodePix(page.get(), IFF_PNG));
  add(image_case, "세금계산서.jpg", "이름만 .jpg인 PDF", "read", "", "pdf", invoice_pdf);
  add(image_case, "초대형_20000px.png", "20,000×20,000 px PNG (압축 후 수십 KB)", "refused",
      "too_many_pixels", "", HugePng());

  // Not documents at all.
  add(misc_case, "웹페이지.pdf", "저장한 웹페이지(HTML)", "refused", "html_page", "",
      SavedWebPage(spec(DocType::kTaxInvoice)));
  add(misc_case, "첨부파일.zip", "ZIP 압축 파일", "refused", "archive", "",
      ZipArchive("세금계산서.pdf", invoice_pdf));
  add(misc_case, "bomb.xml", "XML 폭탄(billion laughs)", "refused", "xml_dtd_forbidden", "",
      BillionLaughs());
  add(misc_case, "bomb_utf16.xml", "UTF-16LE XML 폭탄", "refused", "xml_dtd_forbidden", "",
      Utf16Le(BillionLaughs()));
  add(misc_case, "xxe.xml", "외부 엔티티(XXE) XML", "refused", "xml_dtd_forbidden", "", Xxe());
  add(misc_case, "빈파일.pdf", "0바이트 파일", "refused", "empty_file", "", "");
  {
    std::string noise(4096, '\0');
    for (char& c : noise) c = static_cast<char>(rng.Next() & 0xff);
    noise[0] = '\x01';  // no format's magic starts so
    add(misc_case, "random.bin", "무작위 바이트", "refused", "unsupported_format", "", noise);
  }
  add(misc_case, "세금계산서.xml", "국세청 전자세금계산서 XML", "read", "", "xml", invoice_xml);

  // Hostile names. "\xBD\xBA\xC4\xB5_\xC3\xB7\xBA\xCE" is 스캔_첨부 in EUC-KR, as a Windows
  // ZIP tool leaves it.
  add(name_case, "\xBD\xBA\xC4\xB5_\xC3\xB7\xBA\xCE.pdf", "UTF-8이 아닌 파일 이름 (EUC-KR)",
      "read", "", "pdf", guarantee_pdf);
  add(name_case, LongestKoreanName(), "255바이트 한글 파일 이름 (확장자 없음)", "read", "",
      "pdf", inspection_pdf);
  add(name_case, "--help.pdf", "옵션처럼 보이는 이름", "read", "", "pdf", bankbook_pdf);
  add(name_case, "-rf.jpg", "옵션처럼 보이는 이름 (내용은 XML)", "read", "", "xml", invoice_xml);
  add(name_case, "견적서 \"최종\" '수정' (2).pdf", "공백과 따옴표가 든 이름", "read", "", "pdf",
      receipt_pdf);
  add(name_case, "<script>alert(1)<img src=x onerror=alert(2)>.pdf",
      "HTML 태그가 든 이름 (내용도 HTML)", "refused", "html_page", "",
      SavedWebPage(spec(DocType::kTaxInvoice)));
  add(name_case, "줄\n바꿈\t탭.xml", "제어 문자(줄바꿈, 탭)가 든 이름", "read", "", "xml",
      invoice_xml);
  files->push_back({name_case, "passwd.pdf", "/etc/passwd를 가리키는 심볼릭 링크", "refused",
                    "symlink", "", "", "/etc/passwd"});
  files->push_back({name_case, "linked_dir", "업로드 폴더 밖 폴더를 가리키는 심볼릭 링크",
                    "refused", "symlink", "", "", "../../outside_root/secret_dir"});
  return Status::OK();
}

}  // namespace

std::string AllWhiteG4(int height) {
  // Against an all-white reference line, an all-white row is one vertical-0 code ("1").
  BitWriter bits;
  for (int y = 0; y < height; ++y) bits.PutBit(1);
  bits.Put(0x001, 12);  // EOFB: two EOL codes
  bits.Put(0x001, 12);
  return bits.Finish(0);
}

std::string Jbig2MmrStream(int width, int height, std::string_view g4) {
  std::string out;
  const auto segment = [&](uint32_t number, uint8_t type, const std::string& data) {
    PutBe32(out, number);
    out.push_back(static_cast<char>(type));  // 1-byte page association, no retention bits
    out.push_back('\0');                     // no referred-to segments
    out.push_back('\x01');                   // page 1
    PutBe32(out, static_cast<uint32_t>(data.size()));
    out += data;
  };
  std::string page_info;
  PutBe32(page_info, static_cast<uint32_t>(width));
  PutBe32(page_info, static_cast<uint32_t>(height));
  PutBe32(page_info, 0);  // resolution unknown
  PutBe32(page_info, 0);
  page_info.push_back('\0');  // flags: default pixel 0 (white), OR combination
  PutBe16(page_info, 0);      // not striped
  segment(0, 48, page_info);
  std::string region;
  PutBe32(region, static_cast<uint32_t>(width));
  PutBe32(region, static_cast<uint32_t>(height));
  PutBe32(region, 0);  // x, y
  PutBe32(region, 0);
  region.push_back('\0');    // combination operator OR
  region.push_back('\x01');  // generic region flags: MMR
  region.append(g4);
  segment(1, 38, region);  // immediate generic region
  return out;
}

std::string FlatBlockCmykJpeg(int width, int height, std::string_view ink) {
  const int bw = (width + 7) / 8, bh = (height + 7) / 8;
  std::string jpeg = "\xFF\xD8";
  // APP14 "Adobe", transform 0: the four channels are CMYK as stored.
  jpeg += "\xFF\xEE";
  PutBe16(jpeg, 14);
  jpeg += "Adobe";
  PutBe16(jpeg, 100);
  PutBe16(jpeg, 0);
  PutBe16(jpeg, 0);
  jpeg.push_back('\0');
  // One quantisation table of ones: a flat block's DC is exactly 8 × (sample − 128).
  jpeg += "\xFF\xDB";
  PutBe16(jpeg, 67);
  jpeg.push_back('\0');
  jpeg += std::string(64, '\x01');
  jpeg += "\xFF\xC0";
  PutBe16(jpeg, 8 + 3 * 4);
  jpeg.push_back('\x08');
  PutBe16(jpeg, static_cast<uint32_t>(height));
  PutBe16(jpeg, static_cast<uint32_t>(width));
  jpeg.push_back('\x04');
  for (char id = 1; id <= 4; ++id) jpeg += std::string{id, '\x11', '\0'};
  // Huffman tables: DC categories 0..11 as 4-bit codes (code = category); AC has only the
  // end-of-block symbol, code "0".
  jpeg += "\xFF\xC4";
  PutBe16(jpeg, 2 + 17 + 12 + 17 + 1);
  jpeg.push_back('\x00');
  for (int length = 1; length <= 16; ++length) jpeg.push_back(length == 4 ? '\x0C' : '\0');
  for (char category = 0; category < 12; ++category) jpeg.push_back(category);
  jpeg.push_back('\x10');
  for (int length = 1; length <= 16; ++length) jpeg.push_back(length == 1 ? '\x01' : '\0');
  jpeg.push_back('\0');
  jpeg += "\xFF\xDA";
  PutBe16(jpeg, 6 + 2 * 4);
  jpeg.push_back('\x04');
  for (char id = 1; id <= 4; ++id) jpeg += std::string{id, '\0'};
  jpeg += std::string("\x00\x3F\x00", 3);

  BitWriter bits(/*stuff_ff=*/true);
  int predictor[4] = {0, 0, 0, 0};
  for (int block = 0; block < bw * bh; ++block) {
    for (int channel = 0; channel < 4; ++channel) {
      const size_t at = static_cast<size_t>(block) * 4 + channel;
      const int sample = 255 - (at < ink.size() ? static_cast<uint8_t>(ink[at]) : 0);
      const int dc = 8 * (sample - 128);
      const int diff = dc - predictor[channel];
      predictor[channel] = dc;
      int category = 0;
      for (int magnitude = diff < 0 ? -diff : diff; magnitude != 0; magnitude >>= 1) ++category;
      bits.Put(static_cast<uint32_t>(category), 4);
      if (category > 0) {
        const int value = diff >= 0 ? diff : diff + (1 << category) - 1;
        bits.Put(static_cast<uint32_t>(value), category);
      }
      bits.PutBit(0);  // end of block
    }
  }
  jpeg += bits.Finish(1);
  jpeg += "\xFF\xD9";
  return jpeg;
}

Status GenerateOddCorpus(uint64_t seed, const std::string& out_dir, GenerationSummary* summary) {
  std::vector<OddFile> files;
  Sources sources;
  Status s;
  try {
    s = BuildCorpus(seed, &files, &sources);
  } catch (const std::exception& error) {  // qpdf reports failures by throwing
    s = Status::Internal(std::string("이상 파일을 만들 수 없습니다: ") + error.what());
  }
  if (!s.ok()) return s;

  const fs::path root(out_dir);
  const fs::path uploads = root / "uploads";
  GenerationSummary totals;
  nlohmann::ordered_json entries = nlohmann::ordered_json::array();
  for (const OddFile& file : files) {
    const fs::path path = uploads / file.case_id / file.name;
    s = file.link_target.empty() ? WriteFile(path, file.bytes) : MakeLink(path, file.link_target);
    if (!s.ok()) return s;
    const std::string relative = file.case_id + "/" + file.name;
    nlohmann::ordered_json entry = {{"file", Printable(relative)},
                                    {"file_hex", Hex(relative)},
                                    {"what", file.what},
                                    {"expect", file.expect}};
    if (!file.reason.empty()) entry["reason"] = file.reason;
    if (!file.format.empty()) entry["format"] = file.format;
    if (!file.link_target.empty()) entry["link_target"] = file.link_target;
    entries.push_back(std::move(entry));
    ++totals.documents;
    totals.bytes += file.bytes.size();
  }

  // What the links point at. Anything named kOutsideMarker in a report was read through one.
  Rng outside_rng(seed);
  const std::string outside_xml =
      TaxInvoiceXml(sources.specs.at(DocType::kTaxInvoice), outside_rng);
  const std::string linked_case = "ODD-LINK-05";
  for (const fs::path& path :
       {root / "outside_root" / "secret_dir" / (std::string(kOutsideMarker) + "_1.xml"),
        root / "outside_root" / "linked_case" / (std::string(kOutsideMarker) + "_2.xml")}) {
    if (s = WriteFile(path, outside_xml); !s.ok()) return s;
  }
  if (s = MakeLink(uploads / linked_case, "../outside_root/linked_case"); !s.ok()) return s;

  SamplePlan plan;
  for (const std::string& case_id : std::vector<std::string>{
           "ODD-PDF-01", "ODD-IMG-02", "ODD-MISC-03", "ODD-NAME-04", linked_case}) {
    PlannedCase pc;
    pc.data = sources.case_data;
    pc.data.case_id = case_id;
    plan.cases.push_back(std::move(pc));
    ++totals.cases;
  }
  const std::string csv = CasesCsv(plan);
  if (s = WriteFile(root / "cases.csv", csv); !s.ok()) return s;
  nlohmann::ordered_json truth = {{"generator", "docval-samplegen"},
                                  {"preset", "odd"},
                                  {"seed", seed},
                                  {"files", std::move(entries)},
                                  {"linked_case_folders", {linked_case}},
                                  {"outside_marker", kOutsideMarker}};
  const std::string truth_text = truth.dump(2) + "\n";
  if (s = WriteFile(root / "odd_truth.json", truth_text); !s.ok()) return s;
  totals.bytes += csv.size() + truth_text.size();
  if (summary != nullptr) *summary = totals;
  return Status::OK();
}

}  // namespace docval::samplegen
