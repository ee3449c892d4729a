// Classify: decide a document's type from its content, with a confidence.
//
// XML uploads are typed by their root element. Other documents are scored by the title and
// keyword phrases of each type (models/doctypes/*.xml), found with OCR-tolerant matching;
// titles count more. A title printed at the top of the first page names the document: when
// any type has one, only such types compete (a 협약서 that talks about guarantee insurance
// at length is still a 협약서).
// Below `min_score` of evidence the document is `unknown`.
#pragma once

#include <string>
#include <vector>

#include "models/document.h"
#include "pipeline/knowledge.h"

namespace docval {

struct ClassifyScore {
  DocType type = DocType::kUnknown;
  double score = 0.0;
  bool title_on_top = false;          // one of its titles is printed in the page's top fifth
  std::vector<std::string> evidence;  // the phrases found, for reports and debugging
};

struct Classification {
  DocType type = DocType::kUnknown;
  float confidence = 0.0f;
  std::vector<ClassifyScore> scores;  // every known type, best first
};

struct ClassifyOptions {
  double min_score = 3.0;  // a title (3) or a few keywords are needed to call a type
};

Classification Classify(const Document& doc, const Knowledge& knowledge,
                        const std::string& xml_root = "", const ClassifyOptions& options = {});

}  // namespace docval
