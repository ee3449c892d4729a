#include "models/json.h"

#include <cmath>

namespace docval {
namespace {
// Confidences are printed with 3 decimals: more digits are noise and bloat reports.
double Round3(float v) { return std::round(static_cast<double>(v) * 1000.0) / 1000.0; }
}  // namespace

nlohmann::json ToJson(const BBox& box) { return {box.x, box.y, box.w, box.h}; }

nlohmann::json ToJson(const Word& word) {
  nlohmann::json j = {{"text", word.text}, {"confidence", Round3(word.confidence)}};
  if (!word.bbox.empty()) j["bbox"] = ToJson(word.bbox);
  if (word.line >= 0) j["line"] = word.line;
  return j;
}

nlohmann::json ToJson(const Page& page, bool with_words) {
  nlohmann::json j = {{"page", page.number},
                      {"source", ToString(page.source)},
                      {"width", page.width},
                      {"height", page.height},
                      {"dpi", page.dpi},
                      {"rotated_degrees", page.rotated_degrees}};
  if (page.unread) j["unread"] = true;
  if (with_words) {
    nlohmann::json words = nlohmann::json::array();
    for (const Word& w : page.words) words.push_back(ToJson(w));
    j["words"] = std::move(words);
  }
  j["text"] = page.text;
  return j;
}

nlohmann::json ToJson(const Field& field) {
  nlohmann::json j = {{"value", field.value}, {"confidence", Round3(field.confidence)}};
  if (field.page > 0) j["page"] = field.page;
  if (!field.bbox.empty()) j["bbox"] = ToJson(field.bbox);
  return j;
}

nlohmann::json ToJson(const Flag& flag) {
  return {{"code", ToString(flag.code)}, {"severity", ToString(flag.severity)},
          {"doc_type", flag.doc_type},   {"file", flag.file},
          {"field", flag.field},         {"expected", flag.expected},
          {"found", flag.found},         {"message", flag.message}};
}

nlohmann::json ToJson(const Document& doc, bool with_pages) {
  nlohmann::json fields = nlohmann::json::object();
  for (const auto& [name, field] : doc.fields) fields[name] = ToJson(field);
  nlohmann::json j = {{"file", doc.file},
                      {"sha256", doc.sha256},
                      {"format", doc.format},
                      {"doc_type", ToString(doc.doc_type)},
                      {"source", ToString(doc.source)},
                      {"pages", static_cast<int>(doc.pages.size())},
                      {"confidence", Round3(doc.confidence)},
                      {"fields", std::move(fields)}};
  if (const std::vector<int> unread = UnreadPageNumbers(doc); !unread.empty())
    j["unread_pages"] = unread;
  if (with_pages) {
    nlohmann::json pages = nlohmann::json::array();
    for (const Page& p : doc.pages) pages.push_back(ToJson(p, true));
    j["page_details"] = std::move(pages);
  }
  return j;
}

}  // namespace docval
