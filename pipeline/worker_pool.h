// WorkerPool: runs jobs on N threads, each thread owning one DocumentReader (and so one
// Tesseract engine, initialised once and reused for every page it reads).
//
// Jobs are run in any order; results are the caller's business (write to pre-sized slots).
// A job that throws is a bug: the exception is caught, logged to stderr, and the pool goes on.
#pragma once

#include <functional>
#include <vector>

#include "models/status.h"
#include "pipeline/reader.h"

namespace docval {

using ReaderJob = std::function<void(DocumentReader& reader)>;

// Runs every job on `threads` workers and returns when all are done. Fails only when a
// worker's reader cannot be initialised (missing language data), before any job runs.
Status RunWithReaders(const ReaderOptions& options, int threads, std::vector<ReaderJob> jobs);

}  // namespace docval
