// RunBatch in this process (--no-isolation): real Tesseract on committed demo scans.
#include <gtest/gtest.h>

#include <filesystem>
#include <mutex>
#include <set>
#include <thread>

#include "app/batch.h"
#include "pipeline/discover.h"

namespace docval {
namespace {

namespace fs = std::filesystem;

// `--jobs 2` reads on two threads. It once read on one: the thread count was taken from the
// job list in the same call that moved the list away, and read as zero.
TEST(BatchInProcess, ReadsOnAsManyThreadsAsJobs) {
  const fs::path demo_case = fs::path(DOCVAL_SAMPLES_DIR) / "demo" / "uploads" / "SS-2026-00364";
  const fs::path root = fs::path(::testing::TempDir()) / "docval_batch_threads";
  fs::remove_all(root);
  fs::create_directories(root / "SS-2026-00364");
  int copied = 0;
  for (const auto& entry : fs::directory_iterator(demo_case)) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".jpg" && ext != ".jpeg" && ext != ".png") continue;  // pages worth a thread each
    fs::copy_file(entry.path(), root / "SS-2026-00364" / entry.path().filename());
    ++copied;
  }
  ASSERT_GE(copied, 3);

  DiscoverResult uploads;
  ASSERT_TRUE(DiscoverUploads(root.string(), &uploads).ok());
  BatchOptions options;
  options.isolation.enabled = false;
  options.jobs = 2;
  ASSERT_TRUE(LoadProgramProfile(DOCVAL_DATA_DIR, "smart_shop", &options.profile).ok());
  std::set<std::thread::id> readers;  // on_progress runs under RunBatch's lock
  options.on_progress = [&](const BatchProgress&) { readers.insert(std::this_thread::get_id()); };

  BatchResult result;
  ASSERT_TRUE(RunBatch({}, uploads, options, &result).ok());
  EXPECT_EQ(result.uploads_read, copied);
  EXPECT_EQ(readers.size(), 2u);
}

}  // namespace
}  // namespace docval
