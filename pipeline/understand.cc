#include "pipeline/understand.h"

#include <algorithm>
#include <map>

#include "pipeline/layout.h"

namespace docval {
namespace {

// Large type this many times the page's usual line height is a heading.
constexpr int kHeadingHeightPercent = 150;

// Title second look. A title in large type may come back garbled from the page's read ("이체:
// = 히 0 1" for 이체확인서: its big glyphs read in one block with the small English line under
// it). Each line of large type in the top quarter of the first page is read again alone, as
// one line, and replaces the page's words there when read more surely. True when any did.
bool RereadLargeTopLines(OcrEngine* ocr, const PageImage& image, Page* page) {
  if (!ocr || !image.image || page->source != Source::kOcr) return false;
  const std::vector<TextRow> rows = BuildRows(*page);
  if (rows.size() < 3) return false;
  std::vector<int> heights;
  for (const TextRow& row : rows) heights.push_back(row.box.h);
  const int usual = Median(std::move(heights));
  const int page_h = static_cast<int>(pixGetHeight(image.image.get()));
  std::vector<const Word*> replaced;             // pointers into page->words
  std::map<int, std::vector<Word>> reads;        // by the line of the row they replace
  for (const TextRow& row : rows) {
    if (row.box.y >= page_h / 4 || 100 * row.box.h < kHeadingHeightPercent * usual) continue;
    const BBox region = PaddedInside(row.box, row.box.h / 4, image.image.get());
    RegionOptions one_line;
    one_line.scale = 1.0f;
    OcrResult read;
    if (!ocr->ReadRegion(image.image.get(), image.dpi, region, one_line, &read).ok() || read.words.empty())
      continue;
    double row_confidence = 0;
    for (const Word* w : row.words) row_confidence += w->confidence;
    if (read.mean_confidence <= row_confidence / row.words.size()) continue;
    const int line = row.words.front()->line;
    replaced.insert(replaced.end(), row.words.begin(), row.words.end());
    for (Word& w : read.words) w.line = line;
    std::vector<Word>& at_line = reads[line];
    at_line.insert(at_line.end(), read.words.begin(), read.words.end());
  }
  if (reads.empty()) return false;
  std::sort(replaced.begin(), replaced.end());
  std::vector<Word> words;
  for (const Word& w : page->words) {
    if (auto read = reads.find(w.line); read != reads.end()) {
      words.insert(words.end(), read->second.begin(), read->second.end());
      reads.erase(read);
    }
    if (!std::binary_search(replaced.begin(), replaced.end(), &w)) words.push_back(w);
  }
  page->words = std::move(words);
  page->text = LinesText(page->words);
  return true;
}

// A type named this surely by the pages read is not named otherwise by the rest: past its
// title at the top, more pages only add keywords to the competing titled types; without it,
// they would need more evidence for another type than the first page holds for this one.
constexpr float kSureTitledType = 0.75f;
constexpr float kSureType = 0.9f;
// A field read this surely, second looks included, is not read better from a later page.
constexpr float kSureField = 0.75f;

// What extraction needs of each page beside its words: the image for second looks and the
// table cells.
std::vector<PageContext> PageContexts(const ReadResult& read) {
  std::vector<PageContext> pages;
  for (size_t i = 0; i < read.images.size(); ++i) {
    PageContext ctx;
    ctx.image = read.images[i].image.get();
    ctx.dpi = read.images[i].dpi;
    ctx.grid = i < read.grids.size() ? &read.grids[i] : nullptr;
    pages.push_back(ctx);
  }
  return pages;
}

bool TitledOnTop(const Classification& cls) {
  return std::any_of(cls.scores.begin(), cls.scores.end(), [](const ClassifyScore& s) { return s.title_on_top; });
}

}  // namespace

Classification UnderstandDocument(const Knowledge& knowledge, OcrEngine* ocr, ReadResult* read,
                                  const ExtractOptions& options) {
  Document& doc = read->doc;
  std::string xml_root = doc.source == Source::kXml ? XmlRootName(read->xml) : "";
  Classification cls = Classify(doc, knowledge, xml_root);
  if (doc.source != Source::kXml && !TitledOnTop(cls) && !doc.pages.empty() && !read->images.empty() &&
      RereadLargeTopLines(ocr, read->images[0], &doc.pages[0]))
    cls = Classify(doc, knowledge, xml_root);
  doc.doc_type = cls.type;
  doc.confidence = cls.confidence;
  const DocTypeSpec* spec = knowledge.Find(cls.type);
  if (!spec || spec->fields.empty()) return cls;
  if (doc.source == Source::kXml) {
    // Ingest already refused malformed XML; a failure here leaves the fields empty, which
    // validation reports as FIELD_NOT_FOUND.
    (void)ExtractXmlFields(*spec, read->xml, &doc);
    return cls;
  }
  ExtractFields(*spec, PageContexts(*read), ocr, options, &doc);
  return cls;
}

bool HasWhatItNeeds(const Knowledge& knowledge, const Classification& cls,
                    const Document& understood) {
  if (understood.source == Source::kXml || cls.type == DocType::kUnknown || cls.scores.empty())
    return false;
  const bool titled = cls.scores.front().title_on_top;
  if (cls.confidence < (titled ? kSureTitledType : kSureType)) return false;
  const DocTypeSpec* spec = knowledge.Find(cls.type);
  if (!spec) return false;
  return std::all_of(spec->fields.begin(), spec->fields.end(), [&](const FieldSpec& f) {
    auto it = understood.fields.find(f.name);
    return it != understood.fields.end() && it->second.confidence >= kSureField;
  });
}

Status ReadDocument(DocumentReader& reader, const Knowledge& knowledge, const std::string& path,
                    ReadResult* out) {
  // The pages read so far are understood after each page; when they hold all the document
  // needs, that understanding is the document's and the rest stay unread.
  bool understood = false;
  Status s = reader.Read(path, out, [&](ReadResult* so_far) {
    const Classification cls = UnderstandDocument(knowledge, &reader.ocr(), so_far);
    understood = HasWhatItNeeds(knowledge, cls, so_far->doc);
    return understood;
  });
  if (s.ok() && !understood) UnderstandDocument(knowledge, &reader.ocr(), out);
  return s;
}

}  // namespace docval
