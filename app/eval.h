// Evaluation: runs reading, classification and extraction over a generated sample set and
// compares with its truth.json (samples/README.md) — the measure that steers the extractor.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "models/status.h"
#include "pipeline/reader.h"
#include "storage/store.h"

namespace docval {

// Character accuracy of `read` against the `truth` lines, insensitive to reading order:
// each truth line (spaces removed) is matched to its best place in the read text.
// Returns 1 − edits / truth characters, and the counts through the pointers.
double LineCharAccuracy(const std::vector<std::string>& truth, const std::string& read,
                        size_t* edits = nullptr, size_t* chars = nullptr);

struct EvalDocument {
  std::string file, doc_type, form, layout;
  // The generator's image quality: "normal", or a defect made on purpose ("tiny": 60 dpi,
  // "dark") that should be flagged LOW_QUALITY rather than read.
  std::string quality = "normal";
  std::string read_type;
  bool refused = false;
  std::string refusal;
  std::map<std::string, std::string> truth_fields, read_fields;
  std::map<std::string, float> read_confidence;
  size_t char_edits = 0, chars = 0;
  double seconds = 0.0;
  int pages = 0;
  int unread_pages = 0;             // left unread: the pages before held all it needed
  bool cached = false;              // taken from the read cache: no time measured
};

struct EvalOptions {
  std::string truth_path;
  std::string uploads_dir;          // default: <truth dir>/uploads
  int jobs = 0;
  std::vector<std::string> forms;   // only these forms (empty: all)
  std::vector<std::string> layouts; // only these layouts (empty: all)
  ReaderOptions reader;
  // A batch's database: documents it read with the same pipeline version are scored from its
  // read cache instead of being read again (their time is then not measured). May be null.
  Store* store = nullptr;
};

Status RunEvaluation(const EvalOptions& options, std::vector<EvalDocument>* out);
// Whether a read field value is the truth's (spaces, ㈜ against (주) and a bank's printed
// name against its canonical one aside).
bool SameFieldValue(const std::string& field, const std::string& read, const std::string& truth);
// The human-readable tables: per doc type × form, per form group, worst fields.
std::string FormatEvaluation(const std::vector<EvalDocument>& docs);

// Validation against truth: compares a batch's report.json with truth.json's expected flags
// (code and doc_type) and prints flag recall per code, and how clean cases fared (BLOCKED /
// REVIEW shares) — the acceptance figures.
Status EvaluateReport(const std::string& truth_path, const std::string& report_path,
                      std::string* table);

}  // namespace docval
