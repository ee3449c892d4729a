// Classify: decide a document's type from its content, with a confidence.
//
// XML uploads are typed by their root element. Other documents are scored by the title and
// keyword phrases of each type (models/doctypes/*.xml), found with OCR-tolerant matching;
// titles count more, and a title near the top of the first page counts more still.
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
