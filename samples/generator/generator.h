// The sample generator's front door: plan a set (plan.h), render every upload (render.h) and
// write DIR/cases.csv, DIR/uploads/<case_id>/<file> and DIR/truth.json.
//
// Same options, same bytes: nothing depends on the clock, the environment or addresses.
// Failure: InvalidArgument for bad options, IOError when DIR cannot be written, Internal when a
// rendering library fails. A failed run may leave a partial DIR behind. Not thread-safe (qpdf's
// random source is process-wide while an encrypted PDF is written).
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "models/status.h"
#include "samples/generator/plan.h"

namespace docval::samplegen {

struct GenerationSummary {
  int cases = 0;
  int documents = 0;
  uint64_t bytes = 0;  // total size of cases.csv, truth.json and the uploads
};

Status GenerateSampleSet(const GeneratorOptions& options, const std::string& out_dir,
                         GenerationSummary* summary);

// cases.csv content (header + one row per case present in the cases file), CONTRACT.md columns.
std::string CasesCsv(const SamplePlan& plan);

// truth.json for `plan`; `lines` maps DocumentSpec::file to the printed lines per page (files
// missing from the map get empty lines, as when only planning).
nlohmann::ordered_json TruthJson(const SamplePlan& plan,
                                 const std::map<std::string, std::vector<std::vector<std::string>>>& lines);

}  // namespace docval::samplegen
