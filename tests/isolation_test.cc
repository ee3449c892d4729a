// Reading in worker processes (app/isolation.h) with the real docval binary as the worker:
// the same result as reading in-process, and a crash, a timeout or a CPU limit costs one
// upload — refused with its reason — after which the next upload is read by a new worker.
#include "app/isolation.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <mutex>
#include <filesystem>
#include <thread>

#include "app/batch.h"
#include "pipeline/pix.h"

namespace docval {
namespace {

namespace fs = std::filesystem;

const fs::path kDemo = fs::path(DOCVAL_SAMPLES_DIR) / "demo" / "uploads";

DiscoveredUpload Upload(const fs::path& path) {
  DiscoveredUpload found;
  found.upload.path = path.string();
  found.upload.file = path.parent_path().filename().string() + "/" + path.filename().string();
  found.upload.case_id = path.parent_path().filename().string();
  found.upload.size = fs::file_size(path);
  return found;
}

IsolationOptions WorkerOptions() {
  IsolationOptions o;
  o.worker_program = DOCVAL_BINARY;
  return o;
}

// An XML upload: read in no time, so a test can check the worker is alive again.
const fs::path kXml = kDemo / "SS-2026-00368" / "첨부1.xml";
// A scanned page: seconds of OCR, long enough to be interrupted.
const fs::path kScan = kDemo / "SS-2026-00364" / "scan2250.png";

// Eight copies of the scanned page in one TIFF: many seconds of work however fast the machine,
// for the deadline and CPU-limit tests.
fs::path LongScan() {
  fs::path path = fs::path(::testing::TempDir()) / "isolation_long_mirrored_scan.tif";
  if (fs::exists(path)) return path;
  // Mirrored: no page names a type, so every page is read (pages of a document the first page
  // settles would go unread).
  PixPtr scan(pixRead(kScan.c_str()));
  PixPtr page(scan ? pixFlipLR(nullptr, scan.get()) : nullptr);
  for (int i = 0; page && i < 8; ++i)
    pixWriteTiff(path.c_str(), page.get(), IFF_TIFF_ZIP, i == 0 ? "w" : "a");
  return path;
}

TEST(Isolation, WorkerReadsLikeThisProcess) {
  for (const fs::path& path : {kXml, kScan}) {
    UploadOutcome isolated, local;
    IsolatedReader worker(ReaderOptions{}, WorkerOptions());
    ASSERT_TRUE(worker.Start().ok());
    worker.Read(Upload(path), &isolated);
    DocumentReader reader(ReaderOptions{});
    ASSERT_TRUE(reader.Init().ok());
    ProcessUpload(reader, Upload(path), &local);

    ASSERT_TRUE(isolated.status.ok()) << isolated.status.ToString();
    EXPECT_EQ(isolated.doc.sha256, local.doc.sha256);
    EXPECT_EQ(isolated.upload.sha256, local.doc.sha256);
    EXPECT_EQ(isolated.doc.file, Upload(path).upload.file);
    EXPECT_EQ(isolated.doc.doc_type, local.doc.doc_type);
    EXPECT_EQ(isolated.doc.pages.size(), local.doc.pages.size());
    ASSERT_EQ(isolated.doc.fields.size(), local.doc.fields.size()) << path;
    for (const auto& [name, field] : local.doc.fields)
      EXPECT_EQ(isolated.doc.fields.at(name).value, field.value) << name;
  }
}

TEST(Isolation, RefusalsCrossTheProcessBoundaryWithTheirReason) {
  fs::path empty = fs::path(::testing::TempDir()) / "isolation_empty.pdf";
  { std::ofstream(empty.string()); }
  IsolatedReader worker(ReaderOptions{}, WorkerOptions());
  ASSERT_TRUE(worker.Start().ok());
  UploadOutcome out;
  worker.Read(Upload(empty), &out);
  EXPECT_TRUE(out.status.IsRefused());
  EXPECT_EQ(out.status.reason(), "empty_file");
  EXPECT_FALSE(out.status.message().empty());
  EXPECT_FALSE(IsReaderFailure(out.status));
}

TEST(Isolation, CrashedWorkerCostsOneUploadAndIsReplaced) {
  IsolatedReader worker(ReaderOptions{}, WorkerOptions());
  ASSERT_TRUE(worker.Start().ok());
  const pid_t first = worker.worker_pid();
  ASSERT_GT(first, 0);
  // A decoder crash (an abort() in a library), delivered for real while the worker is busy
  // reading the page. (SIGABRT rather than SIGSEGV: AddressSanitizer turns a SEGV into an
  // ordinary exit, which is a crash too but names no signal.)
  std::thread crasher([first] {
    std::this_thread::sleep_for(std::chrono::milliseconds(700));
    kill(first, SIGABRT);
  });
  UploadOutcome crashed;
  worker.Read(Upload(LongScan()), &crashed);
  crasher.join();
  EXPECT_EQ(crashed.status.reason(), kRefusalReaderCrashed);
  EXPECT_NE(crashed.status.message().find("SIGABRT"), std::string::npos)
      << crashed.status.message();
  EXPECT_TRUE(IsReaderFailure(crashed.status));
  EXPECT_EQ(worker.worker_pid(), 0);

  UploadOutcome next;
  worker.Read(Upload(kXml), &next);
  EXPECT_TRUE(next.status.ok()) << next.status.ToString();
  EXPECT_NE(worker.worker_pid(), first);
  EXPECT_EQ(next.doc.doc_type, DocType::kTaxInvoice);
}

TEST(Isolation, LateWorkerIsKilledAtTheDeadline) {
  IsolationOptions options = WorkerOptions();
  options.file_deadline_seconds = 1;
  IsolatedReader worker(ReaderOptions{}, options);
  ASSERT_TRUE(worker.Start().ok());
  const pid_t first = worker.worker_pid();
  auto start = std::chrono::steady_clock::now();
  UploadOutcome late;
  worker.Read(Upload(LongScan()), &late);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(late.status.reason(), kRefusalReaderTimeout);
  EXPECT_NE(late.status.message().find("1초"), std::string::npos) << late.status.message();
  EXPECT_LT(seconds, 10.0) << "the deadline is 1 s";
  EXPECT_NE(kill(first, 0), 0) << "the late worker must be gone";

  UploadOutcome next;
  worker.Read(Upload(kXml), &next);
  EXPECT_TRUE(next.status.ok()) << next.status.ToString();
}

TEST(Isolation, CpuLimitStopsARunawayRead) {
  IsolationOptions options = WorkerOptions();
  options.file_cpu_seconds = 1;  // OCR of eight pages takes several CPU seconds
  IsolatedReader worker(ReaderOptions{}, options);
  ASSERT_TRUE(worker.Start().ok());
  UploadOutcome runaway;
  worker.Read(Upload(LongScan()), &runaway);
  EXPECT_EQ(runaway.status.reason(), kRefusalReaderCpuLimit) << runaway.status.ToString();
  UploadOutcome next;
  worker.Read(Upload(kXml), &next);
  EXPECT_TRUE(next.status.ok()) << next.status.ToString();
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif

TEST(Isolation, MemoryLimitCostsOneUpload) {
  if (kAddressSanitizer) GTEST_SKIP() << "RLIMIT_AS is not applied under AddressSanitizer";
  // 20,000 x 20,000 px: a few hundred KB as PNG, 400 MB as a grey page in memory.
  fs::path big = fs::path(::testing::TempDir()) / "isolation_big.png";
  {
    PixPtr page(pixCreate(20000, 20000, 1));
    ASSERT_TRUE(page);
    ASSERT_EQ(pixWrite(big.c_str(), page.get(), IFF_PNG), 0);
  }
  ReaderOptions reader;
  reader.ingest.max_pixels = 500'000'000;  // past the pixel cap, the memory limit must hold
  IsolationOptions options = WorkerOptions();
  options.memory_limit_bytes = 512ull << 20;
  IsolatedReader worker(reader, options);
  ASSERT_TRUE(worker.Start().ok());
  UploadOutcome huge;
  worker.Read(Upload(big), &huge);
  EXPECT_FALSE(huge.status.ok()) << "a 400 MB page cannot be read in 512 MB with its copies";
  EXPECT_FALSE(huge.status.message().empty());
  UploadOutcome next;
  worker.Read(Upload(kXml), &next);
  EXPECT_TRUE(next.status.ok()) << next.status.ToString();
  fs::remove(big);
}

TEST(Isolation, WorkerThatCannotStartIsAnErrorBeforeAnyUpload) {
  IsolationOptions missing = WorkerOptions();
  missing.worker_program = "/nonexistent/docval";
  IsolatedReader no_program(ReaderOptions{}, missing);
  EXPECT_FALSE(no_program.Start().ok());

  ReaderOptions no_language;
  no_language.ocr.languages = "xx_no_such_language";
  DiscoveredUpload xml = Upload(kXml);
  UploadOutcome out;
  std::vector<ReadTask> tasks = {{&xml, &out}};
  int done = 0;
  Status s = ReadIsolated(no_language, WorkerOptions(), 1, tasks,
                          [&](const ReadTask&) { ++done; });
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(done, 0);
}

TEST(Isolation, PoolReadsEveryTaskOnce) {
  std::vector<DiscoveredUpload> found;
  for (const auto& entry : fs::directory_iterator(kDemo / "SS-2026-00368"))
    if (entry.path().extension() == ".xml" || entry.path().extension() == ".pdf")
      found.push_back(Upload(entry.path()));
  ASSERT_GE(found.size(), 2u);
  std::vector<UploadOutcome> outcomes(found.size());
  std::vector<ReadTask> tasks;
  for (size_t i = 0; i < found.size(); ++i) tasks.push_back({&found[i], &outcomes[i]});
  std::vector<int> seen(found.size(), 0);
  std::mutex mutex;
  Status s = ReadIsolated(ReaderOptions{}, WorkerOptions(), 2, tasks, [&](const ReadTask& t) {
    std::lock_guard<std::mutex> lock(mutex);
    ++seen[t.out - outcomes.data()];
  });
  ASSERT_TRUE(s.ok()) << s.ToString();
  for (size_t i = 0; i < found.size(); ++i) {
    EXPECT_EQ(seen[i], 1);
    EXPECT_EQ(outcomes[i].doc.file, found[i].upload.file);
    EXPECT_FALSE(outcomes[i].doc.sha256.empty());
  }
}

}  // namespace
}  // namespace docval
