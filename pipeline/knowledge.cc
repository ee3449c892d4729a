#include "pipeline/knowledge.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <regex>

namespace docval {
namespace fs = std::filesystem;
namespace {

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, DocFree>;

// Knowledge files are ours, but still parsed without network or entity expansion.
constexpr int kParseOptions = XML_PARSE_NONET | XML_PARSE_NOBLANKS;

std::string Attr(xmlNode* node, const char* name) {
  xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!v) return "";
  std::string s(reinterpret_cast<char*>(v));
  xmlFree(v);
  return s;
}

std::string Text(xmlNode* node) {
  xmlChar* v = xmlNodeGetContent(node);
  if (!v) return "";
  std::string s(reinterpret_cast<char*>(v));
  xmlFree(v);
  return s;
}

bool Is(xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE &&
         xmlStrcmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

FieldType ParseFieldType(const std::string& s) {
  if (s == "amount") return FieldType::kAmount;
  if (s == "date") return FieldType::kDate;
  if (s == "period_start") return FieldType::kPeriodStart;
  if (s == "period_end") return FieldType::kPeriodEnd;
  if (s == "brn") return FieldType::kBrn;
  if (s == "account") return FieldType::kAccount;
  if (s == "bank") return FieldType::kBank;
  if (s == "code") return FieldType::kCode;
  if (s == "signature") return FieldType::kSignature;
  return FieldType::kName;  // the schema admits nothing else
}

Phrase ParsePhrase(xmlNode* node) {
  Phrase p;
  p.text = Text(node);
  std::string w = Attr(node, "weight");
  if (!w.empty()) p.weight = std::atof(w.c_str());
  return p;
}

Status ParseDoctype(xmlDoc* doc, const std::string& path, DocTypeSpec* out) {
  xmlNode* root = xmlDocGetRootElement(doc);
  auto type = ParseDocType(Attr(root, "id"));
  if (!type) return Status::InvalidArgument(path + ": 알 수 없는 서류 종류 id '" +
                                            Attr(root, "id") + "'");
  out->type = *type;
  out->name = Attr(root, "name");
  for (xmlNode* n = root->children; n; n = n->next) {
    if (Is(n, "title")) out->titles.push_back(ParsePhrase(n));
    if (Is(n, "keyword")) out->keywords.push_back(ParsePhrase(n));
    if (Is(n, "caption")) out->captions.push_back(Text(n));
    if (Is(n, "totals-row")) out->totals_rows.push_back(Text(n));
    if (Is(n, "namespace")) out->namespaces.emplace_back(Attr(n, "prefix"), Attr(n, "uri"));
    if (Is(n, "xml-root")) out->xml_root = Text(n);
    if (Is(n, "section")) {
      SectionSpec s;
      s.name = Attr(n, "name");
      for (xmlNode* a = n->children; a; a = a->next)
        if (Is(a, "anchor")) s.anchors.push_back(Text(a));
      out->sections.push_back(std::move(s));
    }
    if (Is(n, "sum")) {
      SumRule rule;
      rule.total = Attr(n, "total");
      std::string parts = Attr(n, "parts");
      for (size_t start = 0; start < parts.size();) {
        size_t end = parts.find(' ', start);
        if (end == std::string::npos) end = parts.size();
        if (end > start) rule.parts.push_back(parts.substr(start, end - start));
        start = end + 1;
      }
      out->sums.push_back(std::move(rule));
    }
    if (Is(n, "starts-with")) out->echoes.push_back({Attr(n, "field"), Attr(n, "digits-of")});
    if (Is(n, "field")) {
      FieldSpec f;
      f.name = Attr(n, "name");
      f.type = ParseFieldType(Attr(n, "type"));
      f.section = Attr(n, "section");
      f.whitelist = Attr(n, "whitelist");
      std::string occurrence = Attr(n, "occurrence");
      if (!occurrence.empty()) f.occurrence = std::atoi(occurrence.c_str());
      f.timed = Attr(n, "timed") == "true";
      f.right_of = Attr(n, "right-of");
      for (xmlNode* c = n->children; c; c = c->next) {
        if (Is(c, "label")) {
          (Attr(c, "value") == "above"    ? f.labels_below_value
           : Attr(c, "value") == "before" ? f.labels_after_value
                                          : f.labels)
              .push_back(Text(c));
          if (f.labels.size() > f.label_types.size()) {
            f.label_types.push_back(Attr(c, "type").empty() ? f.type : ParseFieldType(Attr(c, "type")));
            f.label_sections.push_back(Attr(c, "section"));
          }
        }
        for (auto [element, target] : {std::pair{"pattern", &f.pattern},
                                       std::pair{"reread-pattern", &f.reread_pattern}}) {
          if (!Is(c, element)) continue;
          *target = Text(c);
          try {
            std::regex check(*target);
          } catch (const std::regex_error& e) {
            return Status::InvalidArgument(path + ": 필드 '" + f.name + "'의 " + element +
                                           "이(가) 올바른 정규식이 아닙니다: " + e.what());
          }
        }
        if (Is(c, "pattern") && !Attr(c, "trust").empty())
          f.pattern_trust = std::atof(Attr(c, "trust").c_str());
        if (Is(c, "xpath")) f.xpath = Text(c);
        if (Is(c, "known")) f.known_values.push_back(Text(c));
      }
      for (const std::string& section : f.label_sections) {
        bool known = section.empty() ||
                     std::any_of(out->sections.begin(), out->sections.end(),
                                 [&](const SectionSpec& spec) { return spec.name == section; });
        if (!known)
          return Status::InvalidArgument(path + ": 필드 '" + f.name + "'의 레이블이 없는 구역 '" +
                                         section + "'을(를) 가리킵니다");
      }
      // Read in order: the field a value stands right of must have been read before it.
      if (!f.right_of.empty() &&
          std::none_of(out->fields.begin(), out->fields.end(),
                       [&](const FieldSpec& earlier) { return earlier.name == f.right_of; }))
        return Status::InvalidArgument(path + ": 필드 '" + f.name + "'의 right-of가 앞에 정의된 필드가 아닌 '" +
                                       f.right_of + "'을(를) 가리킵니다");
      out->fields.push_back(std::move(f));
    }
  }
  return Status::OK();
}

void CollectSchemaError(void* ctx, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
void CollectSchemaError(void* ctx, const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  auto* errors = static_cast<std::string*>(ctx);
  if (errors->size() < 2000) *errors += buf;
}

}  // namespace

std::string DefaultDoctypeDir() { return std::string(DOCVAL_DATA_DIR) + "/doctypes"; }

Status Knowledge::Load(const std::string& dir, Knowledge* out) {
  *out = Knowledge();
  std::string xsd_path = dir + "/doctype.xsd";
  std::string errors;
  xmlSchemaParserCtxt* pctx = xmlSchemaNewParserCtxt(xsd_path.c_str());
  if (!pctx) return Status::InvalidArgument(xsd_path + ": 스키마를 열 수 없습니다");
  xmlSchemaSetParserErrors(pctx, CollectSchemaError, CollectSchemaError, &errors);
  xmlSchema* schema = xmlSchemaParse(pctx);
  xmlSchemaFreeParserCtxt(pctx);
  if (!schema) return Status::InvalidArgument(xsd_path + ": 스키마 오류: " + errors);
  std::unique_ptr<xmlSchema, void (*)(xmlSchema*)> schema_guard(schema, xmlSchemaFree);

  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.path().extension() == ".xml") files.push_back(entry.path());
  if (ec) return Status::IOError(dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  if (files.empty()) return Status::NotFound(dir + ": 서류 지식 파일(*.xml)이 없습니다");

  for (const fs::path& file : files) {
    XmlDocPtr doc(xmlReadFile(file.c_str(), nullptr, kParseOptions));
    if (!doc) return Status::InvalidArgument(file.string() + ": XML 구문 오류");
    xmlSchemaValidCtxt* vctx = xmlSchemaNewValidCtxt(schema);
    errors.clear();
    xmlSchemaSetValidErrors(vctx, CollectSchemaError, CollectSchemaError, &errors);
    int rc = xmlSchemaValidateDoc(vctx, doc.get());
    xmlSchemaFreeValidCtxt(vctx);
    if (rc != 0)
      return Status::InvalidArgument(file.string() + ": 스키마 위반: " + errors);
    DocTypeSpec spec;
    Status s = ParseDoctype(doc.get(), file.string(), &spec);
    if (!s.ok()) return s;
    out->types_.push_back(std::move(spec));
  }
  return Status::OK();
}

const Knowledge& Knowledge::Default() {
  static const Knowledge* knowledge = [] {
    auto* k = new Knowledge();
    Status s = Load(DefaultDoctypeDir(), k);
    if (!s.ok()) {
      std::fprintf(stderr, "docval: 서류 지식 데이터를 불러올 수 없습니다: %s\n",
                   s.ToString().c_str());
      std::abort();
    }
    return k;
  }();
  return *knowledge;
}

const DocTypeSpec* Knowledge::Find(DocType type) const {
  for (const DocTypeSpec& spec : types_)
    if (spec.type == type) return &spec;
  return nullptr;
}

}  // namespace docval
