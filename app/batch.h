// Batch: check every case folder below an upload root against the case data.
// The order of work is the pipeline's: for each upload ingest → preprocess → ocr → classify →
// extract (in parallel, one DocumentReader per worker), then per case validate, then report.
//
// One bad upload never stops a run: it becomes a flag on its case. RunBatch fails only when
// the run cannot start (OCR data missing).
//
// With a Store, uploads whose bytes were read before (same SHA-256, same ReadCacheVersion) are
// taken from the read cache instead of being read again; only the rest go to the OCR workers,
// and when there is no such upload no OCR engine is started at all.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "models/case.h"
#include "models/document.h"
#include "models/outcome.h"
#include "models/profile.h"
#include "models/status.h"
#include "app/isolation.h"
#include "pipeline/discover.h"
#include "pipeline/reader.h"
#include "storage/store.h"

namespace docval {

// The version of everything that turns an upload's bytes into a Document: ingest, preprocess,
// OCR use, classification and extraction code. It is part of the read-cache key, so bump it
// with every change that can make the pipeline read the same file differently — otherwise
// cached documents from the previous code would be reused unchanged. (Edits to the doctype
// knowledge files and the OCR language choice are covered by ReadCacheVersion by themselves.)
inline constexpr std::string_view kPipelineVersion = "2026.12-86";

// The cache key's version part for a run with these reader options: kPipelineVersion, the OCR
// languages, preprocessing on/off and a digest of the doctype knowledge files.
std::string ReadCacheVersion(const ReaderOptions& reader);

struct BatchProgress {
  size_t done = 0, total = 0;
  const UploadOutcome* last = nullptr;
};

struct BatchOptions {
  ReaderOptions reader;
  // Uploads are read in worker processes (see isolation.h) unless isolation.enabled is false.
  IsolationOptions isolation;
  int jobs = 0;                                 // 0 = number of cores
  ProgramProfile profile;
  std::function<void(const BatchProgress&)> on_progress;  // called under a lock
  // Read cache (not owned; may be null: every upload is read and nothing is cached). Must
  // outlive RunBatch. use_cache = false reads every upload again but still refreshes the cache.
  Store* store = nullptr;
  bool use_cache = true;
};

struct BatchResult {
  std::vector<CaseOutcome> cases;               // sorted by case_id
  std::vector<std::string> stray_files;
  int skipped_clutter = 0;
  int uploads_read = 0;                         // went through the pipeline in this run
  int uploads_cached = 0;                       // taken from the read cache
  // The first read-cache failure, if any: the run goes on without that entry (a lookup that
  // fails is a miss), so this is for the operator's log, not a reason to stop.
  Status cache_status;
};

// Reads one upload fully (ingest → … → extract) in this process. Safe to call from many
// threads, each with its own reader. (The read worker of isolation.h runs this too.)
void ProcessUpload(DocumentReader& reader, const DiscoveredUpload& found, UploadOutcome* out);

Status RunBatch(const std::vector<Case>& cases, const DiscoverResult& uploads,
                const BatchOptions& options, BatchResult* out);

}  // namespace docval
