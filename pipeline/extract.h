// Extract: read every field the contract lists for a document's type.
//
// Label-anchored: each field's labels (models/doctypes/*.xml) are found with OCR-tolerant
// matching; the value is taken from the rest of the label's table cell, the cell to its
// right or below (when the page's ruling-line grid is known), else from the rest of its row
// up to the next known label, else from the row below. Each candidate is parsed by its type's
// normaliser; the first that parses wins. Fields with a `pattern` are also searched without a
// label. Cross-checks inside the document (supply + tax = total, check digits, amount in
// words = in figures) raise or lower confidence. A field still missing or unsure gets a second
// look: its region re-read alone, enlarged, as one line with a character whitelist.
//
// XML uploads are read by XPath (with the NTS namespace) instead: source xml, confidence 1.
//
// Thread safety: pure functions, except that the OcrEngine passed in is used (one per thread).
#pragma once

#include <string>
#include <vector>

#include "models/document.h"
#include "models/status.h"
#include "pipeline/knowledge.h"
#include "pipeline/ocr_engine.h"
#include "pipeline/table_grid.h"

namespace docval {

struct PageContext {
  PIX* image = nullptr;            // upright page the words' boxes refer to; may be null
  const TableGrid* grid = nullptr; // ruling-line cells in the same coordinates; may be null
  int dpi = 0;
};

struct ExtractOptions {
  bool second_look = true;
  float second_look_below = 0.75f;  // re-read fields whose confidence is below this
};

// Fills doc->fields for `spec`. `pages` parallels doc->pages (may be shorter or empty);
// `ocr` may be null (no second look).
void ExtractFields(const DocTypeSpec& spec, const std::vector<PageContext>& pages,
                   OcrEngine* ocr, const ExtractOptions& options, Document* doc);

// Reads the XPath fields of `spec` from an XML upload. InvalidArgument when the XML is not
// well-formed (ingest normally refused it before).
Status ExtractXmlFields(const DocTypeSpec& spec, const std::string& xml, Document* doc);

// The root element's local name of an XML upload ("TaxInvoice"), or empty.
std::string XmlRootName(const std::string& xml);

// Whether the inspection form's signature box holds ink or a seal besides its printed label
// (a printed "(서명)" alone is not a signature). `box` is the signature area (the label's
// table cell, or the rest of the label's line); `printed` are boxes of printed text inside it
// (the label, the signer's printed name) that do not count as ink.
bool HasSignatureInk(PIX* page, const BBox& box, const std::vector<BBox>& printed,
                     float* ink_fraction);

}  // namespace docval
