// The sample-set planner: decides every case, every upload and every injected defect before
// anything is drawn, so the ground truth (expected flags, printed field values) is known exactly
// and can be checked cheaply in tests without rendering.
//
// Determinism: the plan depends only on GeneratorOptions (std::mt19937_64 seeded by `seed`).
// Failure: InvalidArgument for options that cannot be satisfied (no cases, unknown form or
// layout, a document type left with no usable form/layout). Thread-compatible.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "models/status.h"
#include "models/types.h"
#include "samples/generator/documents.h"

namespace docval::samplegen {

enum class Preset {
  kEval,  // the full mix, `cases` cases, random defects at `defect_rate`
  kDemo,  // a fixed small set (7 cases) covering every type, layout, form and broken upload
};

struct GeneratorOptions {
  uint64_t seed = 1;
  int cases = 10;                    // ignored by the demo preset
  Preset preset = Preset::kEval;
  double defect_rate = 0.5;          // share of cases with one or two injected defects
  std::vector<std::string> forms;    // restrict forms (truth.json names); empty: all
  std::vector<std::string> layouts;  // restrict layouts of the types they belong to
  int scan_dpi = 300;                // raster resolution of scans (lowres stays at 150)
  int jpeg_quality = 80;
};

struct ExpectedFlag {
  FlagCode code = FlagCode::kMissingDocument;
  std::string doc_type;  // "" for case-level flags and for unreadable uploads
  std::string field;     // "" when the flag is about a whole document or case
  std::string file;      // "<case_id>/<name>" of the upload concerned, "" if none
  int document_id = -1;  // DocumentSpec::id within the case, -1 if none
};

struct PlannedCase {
  Case data;
  bool in_cases_file = true;  // false: CASE_DATA_MISSING (a folder with no row)
  std::vector<DocumentSpec> documents;
  std::vector<ExpectedFlag> flags;
};

struct SamplePlan {
  GeneratorOptions options;
  std::vector<PlannedCase> cases;
};

// The preset's defaults: eval scans at 300 dpi, JPEG quality 80; the demo (committed to the
// repository, <= 6 MB) at 200 dpi, quality 75.
GeneratorOptions PresetOptions(Preset preset);

Status PlanSampleSet(const GeneratorOptions& options, SamplePlan* plan);

// The flag codes the generator injects: every contract code except FIELD_NOT_FOUND and
// LOW_CONFIDENCE, which depend on the reader rather than on the documents.
const std::vector<FlagCode>& InjectedFlagCodes();

// Program window used for every generated case.
inline constexpr Date kProgramStart{2026, 4, 1};
inline constexpr Date kProgramEnd{2026, 12, 31};
inline constexpr const char* kAgencyName = "소상공인시장진흥공단";

}  // namespace docval::samplegen
