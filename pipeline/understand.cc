#include "pipeline/understand.h"

namespace docval {

void UnderstandDocument(const Knowledge& knowledge, OcrEngine* ocr, ReadResult* read,
                        const ExtractOptions& options) {
  Document& doc = read->doc;
  std::string xml_root = doc.source == Source::kXml ? XmlRootName(read->xml) : "";
  Classification cls = Classify(doc, knowledge, xml_root);
  doc.doc_type = cls.type;
  doc.confidence = cls.confidence;
  const DocTypeSpec* spec = knowledge.Find(cls.type);
  if (!spec || spec->fields.empty()) return;
  if (doc.source == Source::kXml) {
    // Ingest already refused malformed XML; a failure here leaves the fields empty, which
    // validation reports as FIELD_NOT_FOUND.
    (void)ExtractXmlFields(*spec, read->xml, &doc);
    return;
  }
  std::vector<PageContext> pages;
  for (size_t i = 0; i < read->images.size(); ++i) {
    PageContext ctx;
    ctx.image = read->images[i].image.get();
    ctx.dpi = read->images[i].dpi;
    ctx.grid = i < read->grids.size() ? &read->grids[i] : nullptr;
    pages.push_back(ctx);
  }
  ExtractFields(*spec, pages, ocr, options, &doc);
}

}  // namespace docval
