#include "pipeline/worker_pool.h"

#include <atomic>
#include <cstdio>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

namespace docval {

Status RunWithReaders(const ReaderOptions& options, int threads, std::vector<ReaderJob> jobs) {
  threads = std::max(1, std::min<int>(threads, static_cast<int>(jobs.size())));
  std::vector<std::unique_ptr<DocumentReader>> readers;
  for (int i = 0; i < threads; ++i) {
    readers.push_back(std::make_unique<DocumentReader>(options));
    Status s = readers.back()->Init();
    if (!s.ok()) return s;
  }
  std::atomic<size_t> next{0};
  auto work = [&](DocumentReader& reader) {
    for (size_t i = next++; i < jobs.size(); i = next++) {
      try {
        jobs[i](reader);
      } catch (const std::exception& e) {
        std::fprintf(stderr, "docval: internal error in a job: %s\n", e.what());
      }
    }
  };
  std::vector<std::thread> pool;
  for (int i = 1; i < threads; ++i) pool.emplace_back(work, std::ref(*readers[i]));
  work(*readers[0]);
  for (std::thread& t : pool) t.join();
  return Status::OK();
}

}  // namespace docval
