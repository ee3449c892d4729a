// Batch: check every case folder below an upload root against the case data.
// The order of work is the pipeline's: for each upload ingest → preprocess → ocr → classify →
// extract (in parallel, one DocumentReader per worker), then per case validate, then report.
//
// One bad upload never stops a run: it becomes a flag on its case. RunBatch fails only when
// the run cannot start (OCR data missing).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "models/case.h"
#include "models/document.h"
#include "models/outcome.h"
#include "models/profile.h"
#include "models/status.h"
#include "pipeline/discover.h"
#include "pipeline/reader.h"

namespace docval {

struct BatchProgress {
  size_t done = 0, total = 0;
  const UploadOutcome* last = nullptr;
};

struct BatchOptions {
  ReaderOptions reader;
  int jobs = 0;                                 // 0 = number of cores
  ProgramProfile profile;
  std::function<void(const BatchProgress&)> on_progress;  // called under a lock
};

struct BatchResult {
  std::vector<CaseOutcome> cases;               // sorted by case_id
  std::vector<std::string> stray_files;
  int skipped_clutter = 0;
};

// Reads one upload fully (ingest → … → extract). Safe to call from many threads, each with
// its own reader.
void ProcessUpload(DocumentReader& reader, const DiscoveredUpload& found, UploadOutcome* out);

Status RunBatch(const std::vector<Case>& cases, const DiscoverResult& uploads,
                const BatchOptions& options, BatchResult* out);

}  // namespace docval
