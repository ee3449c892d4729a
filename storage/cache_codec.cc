#include "storage/cache_codec.h"

#include <openssl/evp.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>

namespace docval {
namespace {

using nlohmann::json;

// A float's shortest exact decimal (9 significant digits round-trip any float); nlohmann would
// otherwise print the widened double, twice as long, for every word.
double Compact(float v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.9g", static_cast<double>(v));
  return std::strtod(buf, nullptr);
}

// Thumbnails are PNG bytes; JSON text needs them in base64.
std::string Base64(std::string_view bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3), '\0');
  int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                          reinterpret_cast<const unsigned char*>(bytes.data()),
                          static_cast<int>(bytes.size()));
  out.resize(static_cast<size_t>(n));
  return out;
}

std::string FromBase64(std::string_view text) {
  if (text.size() % 4 != 0) throw std::invalid_argument("base64");
  std::string out(3 * text.size() / 4, '\0');
  int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                          reinterpret_cast<const unsigned char*>(text.data()),
                          static_cast<int>(text.size()));
  if (n < 0) throw std::invalid_argument("base64");
  // EVP_DecodeBlock counts the '=' padding as zero bytes.
  size_t padding = 0;
  for (size_t i = text.size(); i > 0 && text[i - 1] == '='; --i) ++padding;
  out.resize(static_cast<size_t>(n) - padding);
  return out;
}

json EncodeBox(const BBox& b) { return {b.x, b.y, b.w, b.h}; }

BBox DecodeBox(const json& j) {
  BBox b;
  b.x = j.at(0).get<int>();
  b.y = j.at(1).get<int>();
  b.w = j.at(2).get<int>();
  b.h = j.at(3).get<int>();
  return b;
}

json EncodePage(const Page& p, Thumbnails thumbnails) {
  // Words as [text, confidence, x, y, w, h, line]: pages carry hundreds of them.
  json words = json::array();
  for (const Word& w : p.words)
    words.push_back({w.text, Compact(w.confidence), w.bbox.x, w.bbox.y, w.bbox.w, w.bbox.h,
                     w.line});
  json page = {{"number", p.number},
          {"source", ToString(p.source)},
          {"width", p.width},
          {"height", p.height},
          {"dpi", p.dpi},
          {"rotated_degrees", p.rotated_degrees},
          {"mean_brightness", Compact(p.mean_brightness)},
          {"mean_word_confidence", Compact(p.mean_word_confidence)},
          // As text: a 64-bit hash does not survive JSON readers that use doubles.
          {"perceptual_hash", std::to_string(p.perceptual_hash)},
          {"thumbnail_scale_percent", p.thumbnail_scale_percent},
          {"words", std::move(words)},
          {"text", p.text}};
  if (thumbnails == Thumbnails::kInline) page["thumbnail_png"] = Base64(p.thumbnail_png);
  if (p.unread) page["unread"] = true;
  return page;
}

Source DecodeSource(const json& j) {
  std::optional<Source> s = ParseSource(j.get<std::string>());
  if (!s) throw std::invalid_argument("source");
  return *s;
}

Page DecodePage(const json& j) {
  Page p;
  p.number = j.at("number").get<int>();
  p.source = DecodeSource(j.at("source"));
  p.width = j.at("width").get<int>();
  p.height = j.at("height").get<int>();
  p.dpi = j.at("dpi").get<int>();
  p.rotated_degrees = j.at("rotated_degrees").get<int>();
  p.mean_brightness = j.at("mean_brightness").get<float>();
  p.mean_word_confidence = j.at("mean_word_confidence").get<float>();
  p.perceptual_hash = std::stoull(j.at("perceptual_hash").get<std::string>());
  if (j.contains("thumbnail_png"))
    p.thumbnail_png = FromBase64(j.at("thumbnail_png").get<std::string>());
  p.thumbnail_scale_percent = j.at("thumbnail_scale_percent").get<int>();
  for (const json& w : j.at("words")) {
    Word word;
    word.text = w.at(0).get<std::string>();
    word.confidence = w.at(1).get<float>();
    word.bbox = {w.at(2).get<int>(), w.at(3).get<int>(), w.at(4).get<int>(), w.at(5).get<int>()};
    word.line = w.at(6).get<int>();
    p.words.push_back(std::move(word));
  }
  p.text = j.at("text").get<std::string>();
  p.unread = j.value("unread", false);
  return p;
}

}  // namespace

std::string EncodeCachedDocument(const Document& doc, Thumbnails thumbnails) {
  json pages = json::array();
  for (const Page& p : doc.pages) pages.push_back(EncodePage(p, thumbnails));
  json fields = json::object();
  for (const auto& [name, f] : doc.fields)
    fields[name] = {{"value", f.value},
                    {"confidence", Compact(f.confidence)},
                    {"page", f.page},
                    {"bbox", EncodeBox(f.bbox)}};
  json j = {{"format", doc.format},
            {"doc_type", ToString(doc.doc_type)},
            {"confidence", Compact(doc.confidence)},
            {"source", ToString(doc.source)},
            {"pages", std::move(pages)},
            {"fields", std::move(fields)}};
  return j.dump();
}

Status DecodeCachedDocument(std::string_view text, Document* doc) {
  Document d;
  try {
    json j = json::parse(text);
    d.format = j.at("format").get<std::string>();
    std::optional<DocType> type = ParseDocType(j.at("doc_type").get<std::string>());
    if (!type) return Status::Corruption("캐시된 문서의 doc_type을 알 수 없습니다");
    d.doc_type = *type;
    d.confidence = j.at("confidence").get<float>();
    d.source = DecodeSource(j.at("source"));
    for (const json& p : j.at("pages")) d.pages.push_back(DecodePage(p));
    for (const auto& [name, f] : j.at("fields").items()) {
      Field field;
      field.value = f.at("value").get<std::string>();
      field.confidence = f.at("confidence").get<float>();
      field.page = f.at("page").get<int>();
      field.bbox = DecodeBox(f.at("bbox"));
      d.fields.emplace(name, std::move(field));
    }
  } catch (const std::exception& e) {
    return Status::Corruption(std::string("캐시된 문서를 해석할 수 없습니다: ") + e.what());
  }
  *doc = std::move(d);
  return Status::OK();
}

std::optional<Source> ParseSource(std::string_view name) {
  for (Source s : {Source::kXml, Source::kPdfText, Source::kOcr})
    if (ToString(s) == name) return s;
  return std::nullopt;
}

std::optional<Severity> ParseSeverity(std::string_view name) {
  for (Severity s : {Severity::kError, Severity::kWarning})
    if (ToString(s) == name) return s;
  return std::nullopt;
}

std::string EncodeThumbnails(const Document& doc) {
  std::string out;
  for (const Page& p : doc.pages) {
    if (&p != &doc.pages.front()) out += ' ';
    out += p.thumbnail_png.empty() ? "-" : Base64(p.thumbnail_png);
  }
  return out;
}

Status AttachThumbnails(std::string_view text, Document* doc) {
  size_t page = 0;
  try {
    while (!text.empty() && page < doc->pages.size()) {
      const size_t end = std::min(text.find(' '), text.size());
      const std::string_view one = text.substr(0, end);
      doc->pages[page++].thumbnail_png = one == "-" ? std::string() : FromBase64(one);
      text.remove_prefix(std::min(end + 1, text.size()));
    }
  } catch (const std::exception&) {
    return Status::Corruption("캐시된 문서의 쪽 그림을 읽을 수 없습니다");
  }
  return Status::OK();
}

}  // namespace docval
