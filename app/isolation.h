// Isolation: uploads are read (ingest → preprocess → ocr → classify → extract) in child
// processes, so a crash or a runaway in Poppler, Leptonica, libjpeg/libtiff or Tesseract costs
// one upload — UNREADABLE_FILE with the reason — never the batch or the watcher.
//
// Each worker is `docval read-worker`, started once and reused for many uploads (its Tesseract
// is initialised once). The parent talks to it over a socket pair: length-prefixed frames, one
// request (the upload's path) and one reply (status, notes, the document in the read cache's
// JSON form) per upload. Limits on the worker:
//  - memory: RLIMIT_AS (skipped under AddressSanitizer, which reserves terabytes of address space);
//  - CPU: RLIMIT_CPU, re-armed before each upload to what the worker has used plus the allowance;
//  - wall clock: the parent kills a worker whose reply is late;
//  - no core files (RLIMIT_CORE 0): a crash must not write into the working directory.
// A worker that died or was killed is replaced before the next upload.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "models/outcome.h"
#include "models/status.h"
#include "pipeline/discover.h"
#include "pipeline/reader.h"

namespace docval {

struct IsolationOptions {
  bool enabled = true;                       // false: read in this process (debugging, profiling)
  std::string worker_program = "/proc/self/exe";  // a docval binary (tests name theirs)
  int file_deadline_seconds = 600;           // wall clock per upload, then the worker is killed
  int file_cpu_seconds = 600;                // CPU per upload (RLIMIT_CPU)
  uint64_t memory_limit_bytes = 4ull << 30;  // address space per worker (RLIMIT_AS)
};

// Refusal reasons for uploads whose reading was stopped (Status::reason()).
inline constexpr std::string_view kRefusalReaderCrashed = "reader_crashed";
inline constexpr std::string_view kRefusalReaderTimeout = "reader_timeout";
inline constexpr std::string_view kRefusalReaderCpuLimit = "reader_cpu_limit";
inline constexpr std::string_view kRefusalReaderOutOfMemory = "reader_out_of_memory";
inline constexpr std::string_view kRefusalReaderUnavailable = "reader_unavailable";

// True for the refusals above. They depend on load and limits as much as on the bytes, so
// they are not cached: the next run tries the upload again.
bool IsReaderFailure(const Status& status);

// One worker process. Not thread-safe: one IsolatedReader per thread.
class IsolatedReader {
 public:
  IsolatedReader(ReaderOptions reader, IsolationOptions isolation);
  ~IsolatedReader();  // closes the channel; the worker exits and is reaped
  IsolatedReader(const IsolatedReader&) = delete;
  IsolatedReader& operator=(const IsolatedReader&) = delete;

  // Starts the worker and waits until its OCR engine is ready. Fails when the worker program
  // cannot be started or its Tesseract cannot be initialised (missing language data).
  Status Start();
  // Reads one upload in the worker. A crash, kill or timeout is not an error of the call: it
  // becomes out->status = Refused(kRefusalReader…, Korean message) and the next Read starts
  // a new worker.
  void Read(const DiscoveredUpload& found, UploadOutcome* out);
  // The running worker's process id; 0 when none runs. For tests and logs.
  pid_t worker_pid() const { return pid_; }

 private:
  // Waits for the worker to end (after `kill_first`, SIGKILL) and returns the refusal that
  // describes how it ended.
  Status Reap(bool kill_first);

  ReaderOptions reader_;
  IsolationOptions isolation_;
  pid_t pid_ = 0;
  int channel_ = -1;
};

struct ReadTask {
  const DiscoveredUpload* found;
  UploadOutcome* out;
};

// Reads every task on `workers` worker processes (each driven by one thread) and calls `done`
// after each task's outcome is filled (from that worker's thread). Fails only when no worker
// can be started, before any task runs.
Status ReadIsolated(const ReaderOptions& reader, const IsolationOptions& isolation, int workers,
                    const std::vector<ReadTask>& tasks,
                    const std::function<void(const ReadTask&)>& done);

// The worker's side, `docval read-worker`: serves requests on `fd` until the parent closes
// it. Returns the process's exit code.
int ServeReadRequests(int fd);

}  // namespace docval
