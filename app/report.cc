#include "app/report.h"

#include <openssl/evp.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "models/json.h"
#include "pipeline/pix.h"

namespace docval {
namespace fs = std::filesystem;

std::string NowIso8601() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buf[40];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S%z", &local);
  const std::string s(buf);
  if (s.size() < 2) return s;
  // +0900 → +09:00 (built by concatenation: GCC 12 misreports string::insert with -Wrestrict)
  return s.substr(0, s.size() - 2) + ":" + s.substr(s.size() - 2);
}

std::string Base64Encode(std::string_view bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3), '\0');
  // EVP_EncodeBlock takes an int length; thumbnails are far below 2 GB, but split anyway in
  // whole 3-byte groups so the output is the same as one call.
  constexpr size_t kChunk = 3 * (1 << 20);
  size_t written = 0;
  for (size_t pos = 0; pos < bytes.size(); pos += kChunk) {
    const size_t n = std::min(kChunk, bytes.size() - pos);
    written += EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data() + written),
                               reinterpret_cast<const unsigned char*>(bytes.data() + pos),
                               static_cast<int>(n));
  }
  out.resize(written);
  return out;
}

nlohmann::json CaseToJson(const CaseOutcome& c) {
  nlohmann::json docs = nlohmann::json::array();
  for (const UploadOutcome& u : c.uploads) {
    nlohmann::json d = ToJson(u.doc, false);
    if (!u.status.ok()) {
      d["refused"] = {{"reason", u.status.reason()}, {"message", u.status.message()}};
      d.erase("source");
    }
    d["size"] = u.upload.size;
    if (!u.notes.empty()) d["notes"] = u.notes;
    docs.push_back(std::move(d));
  }
  nlohmann::json flags = nlohmann::json::array();
  for (const Flag& f : c.flags) flags.push_back(ToJson(f));
  return {{"case_id", c.case_id},
          {"status", ToString(c.status)},
          {"documents", std::move(docs)},
          {"flags", std::move(flags)}};
}

nlohmann::json ReportToJson(const BatchResult& result, const std::string& generated_at) {
  nlohmann::json cases = nlohmann::json::array();
  for (const CaseOutcome& c : result.cases) cases.push_back(CaseToJson(c));
  nlohmann::json j = {{"generated_at", generated_at},
                      {"version", DOCVAL_VERSION},
                      {"cases", std::move(cases)}};
  if (!result.stray_files.empty()) j["stray_files"] = result.stray_files;
  return j;
}

namespace {

std::string Escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += ch;
    }
  }
  return out;
}

const char* kStyle = R"(
body{font-family:"Noto Sans CJK KR","NanumGothic",sans-serif;margin:2em;color:#222}
h1{font-size:1.4em} h2{font-size:1.15em;margin-top:2em}
table{border-collapse:collapse;margin:.5em 0} td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}
th{background:#f4f4f4} .READY{color:#137333} .REVIEW{color:#b06000} .BLOCKED{color:#c5221f}
.error{color:#c5221f;font-weight:bold} .warning{color:#b06000} .muted{color:#777;font-size:.9em}
img.crop{max-width:480px;max-height:240px;border:1px solid #ccc} img.page{width:160px;border:1px solid #ccc}
)";

// Margin around a field's box in a crop, so the label printed next to the value shows too.
constexpr int kCropMarginPx = 24;       // thumbnail pixels, at least
constexpr int kPageViewWidthPx = 160;   // whole-page views

bool IsAboutWholePage(const Flag& f) {
  return f.code == FlagCode::kLowQuality || f.code == FlagCode::kUnknownDocument ||
         f.code == FlagCode::kSignatureMissing ||
         (f.code == FlagCode::kDuplicateDocument && f.field == "page_image");
}

std::string PngDataImg(PIX* pix, const char* css_class, const std::string& alt) {
  l_uint8* bytes = nullptr;
  size_t size = 0;
  if (pixWriteMem(&bytes, &size, pix, IFF_PNG) != 0) return "";
  std::string png(reinterpret_cast<const char*>(bytes), size);
  lept_free(bytes);
  return "<img class=\"" + std::string(css_class) + "\" alt=\"" + Escape(alt) +
         "\" src=\"data:image/png;base64," + Base64Encode(png) + "\">";
}

// The upload `f` is about, or null.
const UploadOutcome* FlaggedUpload(const CaseOutcome& c, const Flag& f) {
  if (f.file.empty()) return nullptr;
  const UploadOutcome* upload = nullptr;
  for (const UploadOutcome& u : c.uploads)
    if (u.doc.file == f.file || u.upload.file == f.file) upload = &u;
  return upload;
}

// "3쪽 읽지 않음" / "2–4쪽 읽지 않음" under the file a flag is about, when pages of it went
// unread: an operator checking the flag by eye then knows what docval did not look at.
std::string UnreadPagesNote(const CaseOutcome& c, const Flag& f) {
  const UploadOutcome* upload = FlaggedUpload(c, f);
  if (upload == nullptr) return "";
  const std::vector<int> unread = UnreadPageNumbers(upload->doc);
  if (unread.empty()) return "";
  std::string pages = std::to_string(unread.front());
  if (unread.size() > 1) pages += "–" + std::to_string(unread.back());
  return "<br><span class=\"muted\">" + pages +
         "쪽 읽지 않음 (앞쪽에서 종류와 항목을 모두 찾음)</span>";
}

// The <img> to show next to `f`, or "" (see ReportToHtml in report.h).
std::string FlagImage(const CaseOutcome& c, const Flag& f) {
  const UploadOutcome* upload = FlaggedUpload(c, f);
  if (upload == nullptr || upload->doc.pages.empty()) return "";
  const Document& doc = upload->doc;
  const Field* field = nullptr;
  if (auto it = doc.fields.find(f.field); !f.field.empty() && it != doc.fields.end())
    field = &it->second;
  const bool crop = field != nullptr && !field->bbox.empty() && field->page >= 1 &&
                    field->page <= static_cast<int>(doc.pages.size());
  if (!crop && !IsAboutWholePage(f)) return "";
  const Page& page = doc.pages[crop ? field->page - 1 : 0];
  if (page.thumbnail_png.empty() || page.thumbnail_scale_percent <= 0) return "";
  PixPtr thumb(pixReadMem(reinterpret_cast<const l_uint8*>(page.thumbnail_png.data()),
                          page.thumbnail_png.size()));
  if (!thumb) return "";
  if (!crop) {
    const float factor = std::min(1.0f, float(kPageViewWidthPx) / pixGetWidth(thumb.get()));
    PixPtr small(pixScale(thumb.get(), factor, factor));
    return small ? PngDataImg(small.get(), "page", f.file) : "";
  }
  const double scale = page.thumbnail_scale_percent / 100.0;
  const BBox& b = field->bbox;
  const int margin = std::max(kCropMarginPx, static_cast<int>(b.h * scale));
  PixPtr cut = ClipPix(thumb.get(), {static_cast<int>(b.x * scale) - margin,
                                     static_cast<int>(b.y * scale) - margin,
                                     static_cast<int>(b.w * scale) + 2 * margin,
                                     static_cast<int>(b.h * scale) + 2 * margin});
  return cut ? PngDataImg(cut.get(), "crop", f.file + " · " + f.field) : "";
}

}  // namespace

std::string ReportToHtml(const BatchResult& result, const std::string& generated_at) {
  std::map<std::string, int> by_status, by_code;
  for (const CaseOutcome& c : result.cases) {
    ++by_status[std::string(ToString(c.status))];
    for (const Flag& f : c.flags) ++by_code[std::string(ToString(f.code))];
  }
  std::ostringstream h;
  h << "<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>docval 검증 보고서"
    << "</title><style>" << kStyle << "</style></head><body>";
  h << "<h1>docval 검증 보고서</h1><p class=\"muted\">생성 " << Escape(generated_at)
    << " · 버전 " << DOCVAL_VERSION << " · 사례 " << result.cases.size() << "건</p>";
  h << "<table><tr><th>상태</th><th>사례 수</th></tr>";
  for (const char* s : {"READY", "REVIEW", "BLOCKED"})
    h << "<tr><td class=\"" << s << "\">" << s << "</td><td>" << by_status[s] << "</td></tr>";
  h << "</table>";
  if (!by_code.empty()) {
    h << "<table><tr><th>플래그</th><th>건수</th></tr>";
    for (const auto& [code, n] : by_code)
      h << "<tr><td>" << Escape(code) << "</td><td>" << n << "</td></tr>";
    h << "</table>";
  }
  for (const CaseOutcome& c : result.cases) {
    if (c.flags.empty()) continue;
    h << "<h2 id=\"" << Escape(c.case_id) << "\">" << Escape(c.case_id) << " — <span class=\""
      << ToString(c.status) << "\">" << ToString(c.status) << "</span></h2>";
    if (c.has_case_row)
      h << "<p class=\"muted\">" << Escape(c.row.shop_name) << " · " << Escape(c.row.supplier_name)
        << " · 계약금액 " << c.row.contract_amount << "원</p>";
    h << "<table><tr><th>코드</th><th>서류</th><th>파일</th><th>항목</th><th>기대값</th>"
      << "<th>읽은 값</th><th>설명</th><th>이미지</th></tr>";
    for (const Flag& f : c.flags) {
      h << "<tr><td class=\"" << ToString(f.severity) << "\">" << ToString(f.code) << "</td><td>"
        << Escape(f.doc_type) << "</td><td>" << Escape(f.file) << UnreadPagesNote(c, f)
        << "</td><td>" << Escape(f.field)
        << "</td><td>" << Escape(f.expected) << "</td><td>" << Escape(f.found) << "</td><td>"
        << Escape(f.message) << "</td><td>" << FlagImage(c, f) << "</td></tr>";
    }
    h << "</table>";
  }
  h << "</body></html>\n";
  return h.str();
}

namespace {

Status WriteAtomically(const fs::path& path, const std::string& content) {
  fs::path tmp = path;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IOError("쓸 수 없습니다: " + tmp.string());
    out << content;
    if (!out.flush()) return Status::IOError("쓰기 실패: " + tmp.string());
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) return Status::IOError(path.string() + ": " + ec.message());
  return Status::OK();
}

}  // namespace

Status WriteReports(const BatchResult& result, const std::string& out_dir) {
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) return Status::IOError("출력 폴더를 만들 수 없습니다: " + out_dir + ": " + ec.message());
  std::string generated_at = NowIso8601();
  // Names are made UTF-8 at discovery; replacing (not throwing on) any invalid byte left in
  // other text (a case id from the cases file) keeps one odd string from losing the report.
  const std::string json = ReportToJson(result, generated_at)
                               .dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  Status s = WriteAtomically(fs::path(out_dir) / "report.json", json + "\n");
  if (!s.ok()) return s;
  return WriteAtomically(fs::path(out_dir) / "report.html", ReportToHtml(result, generated_at));
}

}  // namespace docval
