// The database: migrations, run recording, current case state, read cache, duplicate lookups,
// concurrent use, and the batch ⇄ cache integration through the real docval binary.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "app/report.h"
#include "models/json.h"
#include "pipeline/ingest.h"
#include "storage/cache_codec.h"
#include "storage/file_hash.h"
#include "storage/migrations.h"
#include "storage/sqlite_store.h"

namespace docval {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "docval_store_XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  fs::path operator/(const std::string& name) const { return fs::path(path_) / name; }

 private:
  std::string path_;
};

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs one SQL statement on the raw file, outside the Store (to tamper or to inspect).
int64_t RawQueryInt(const fs::path& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(db_path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK) << sql;
  int64_t v = -1;
  int rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
  EXPECT_TRUE(rc == SQLITE_ROW || rc == SQLITE_DONE) << sqlite3_errmsg(db);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return v;
}

std::unique_ptr<Store> OpenOrDie(const fs::path& path) {
  std::unique_ptr<Store> store;
  Status s = SqliteStore::Open(path.string(), &store);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return store;
}

Document MakeDocument() {
  Document d;
  d.format = "jpeg";
  d.doc_type = DocType::kTaxInvoice;
  d.confidence = 0.8765f;
  d.source = Source::kOcr;
  Page p;
  p.number = 1;
  p.source = Source::kOcr;
  p.width = 2480;
  p.height = 3508;
  p.dpi = 300;
  p.rotated_degrees = 90;
  p.mean_brightness = 201.25f;
  p.mean_word_confidence = 0.91f;
  p.perceptual_hash = 0xfedcba9876543210ull;  // above 2^53: must not pass through a double
  p.thumbnail_png = std::string("\x89PNG\r\n\x1a\n\0\0raw", 14);
  p.thumbnail_scale_percent = 12;
  p.words = {{"전자세금계산서", 0.95f, {100, 80, 600, 60}, 0},
             {"3,300,000", 0.88f, {1800, 2900, 300, 40}, 17}};
  p.text = "전자세금계산서\n합계 3,300,000";
  d.pages.push_back(p);
  Page unread;  // the first page held all the document needed
  unread.number = 2;
  unread.width = 2480;
  unread.height = 3508;
  unread.dpi = 300;
  unread.unread = true;
  d.pages.push_back(unread);
  d.fields["total_amount"] = {"3300000", 0.88f, 1, {1800, 2900, 300, 40}};
  d.fields["approval_number"] = {"20261015-41000099-12345678", 0.93f, 1, {50, 50, 400, 30}};
  return d;
}

UploadOutcome ReadUpload(const std::string& case_id, const std::string& name,
                         const std::string& sha256) {
  UploadOutcome u;
  u.upload.case_id = case_id;
  u.upload.file = case_id + "/" + name;
  u.upload.path = "/uploads/" + u.upload.file;
  u.upload.size = 179300;
  u.upload.sha256 = sha256;
  u.doc = MakeDocument();
  u.doc.file = u.upload.file;
  u.doc.sha256 = sha256;
  return u;
}

UploadOutcome RefusedUpload(const std::string& case_id, const std::string& name) {
  UploadOutcome u;
  u.upload.case_id = case_id;
  u.upload.file = case_id + "/" + name;
  u.upload.size = 1234;
  u.upload.sha256 = std::string(64, 'e');
  u.status = Status::Refused("pdf_encrypted", "암호가 걸린 PDF입니다. 암호를 푼 파일을 요청하세요.");
  u.doc.file = u.upload.file;
  u.doc.sha256 = u.upload.sha256;
  u.doc.format = "pdf";
  u.notes = {"1쪽: 시간 초과"};
  return u;
}

Flag MakeTestFlag(FlagCode code, Severity severity, const std::string& file) {
  Flag f;
  f.code = code;
  f.severity = severity;
  f.doc_type = "tax_invoice";
  f.file = file;
  f.field = "total_amount";
  f.expected = "3300000";
  f.found = "3310000";
  f.message = "합계금액이 계약금액과 다릅니다 (3,310,000 ≠ 3,300,000)";
  return f;
}

CaseOutcome MakeCase(const std::string& id, CaseStatus status, const std::string& sha256) {
  CaseOutcome c;
  c.case_id = id;
  c.has_case_row = true;
  c.has_folder = true;
  c.uploads.push_back(ReadUpload(id, "scan_03.jpg", sha256));
  c.uploads.push_back(RefusedUpload(id, "locked.pdf"));
  if (status == CaseStatus::kBlocked)
    c.flags.push_back(MakeTestFlag(FlagCode::kAmountMismatch, Severity::kError,
                                   c.uploads[0].upload.file));
  if (status != CaseStatus::kReady)
    c.flags.push_back(MakeTestFlag(FlagCode::kLowConfidence, Severity::kWarning,
                                   c.uploads[0].upload.file));
  c.status = StatusFromFlags(c.flags);
  return c;
}

RunInfo MakeRun(const std::string& started_at) {
  RunInfo r;
  r.started_at = started_at;
  r.finished_at = started_at;
  r.run_id = NewRunId(started_at);
  r.version = "0.1.0";
  r.pipeline_version = "test-1";
  r.cases_file = "cases.csv";
  r.uploads_dir = "uploads/";
  r.uploads_read = 3;
  r.uploads_cached = 1;
  return r;
}

TEST(CacheCodecTest, ThumbnailsStoredApartComeBackOnTheirPages) {
  Document doc;
  doc.pages.resize(3);
  doc.pages[0].thumbnail_png = std::string("\x89PNG\0one", 8);
  doc.pages[2].thumbnail_png = "third page";  // the second page has none
  const std::string json = EncodeCachedDocument(doc, Thumbnails::kSeparate);
  EXPECT_EQ(json.find("thumbnail_png"), std::string::npos);
  Document back;
  ASSERT_TRUE(DecodeCachedDocument(json, &back).ok());
  ASSERT_TRUE(AttachThumbnails(EncodeThumbnails(doc), &back).ok());
  ASSERT_EQ(back.pages.size(), 3u);
  EXPECT_EQ(back.pages[0].thumbnail_png, doc.pages[0].thumbnail_png);
  EXPECT_EQ(back.pages[1].thumbnail_png, "");
  EXPECT_EQ(back.pages[2].thumbnail_png, "third page");
  EXPECT_FALSE(AttachThumbnails("not*base64", &back).ok());
}

TEST(StoreTest, MigratesAnEmptyDatabaseToTheLatestSchema) {
  TempDir dir;
  auto store = OpenOrDie(dir / "docval.db");
  ASSERT_TRUE(store);
  EXPECT_EQ(RawQueryInt(dir / "docval.db", "SELECT MAX(version) FROM schema_version"),
            LatestSchemaVersion());
  for (const char* table : {"runs", "cases", "documents", "fields", "flags", "current_cases",
                            "read_cache"})
    EXPECT_EQ(RawQueryInt(dir / "docval.db",
                          std::string("SELECT COUNT(*) FROM sqlite_master WHERE name = '") +
                              table + "'"),
              1)
        << table;
  sqlite3* db = nullptr;
  sqlite3_open((dir / "docval.db").c_str(), &db);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "wal");
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST(StoreTest, ReopeningKeepsDataAndAppliesNoMigrationTwice) {
  TempDir dir;
  RunInfo run = MakeRun("2026-11-21T03:00:00Z");
  {
    auto store = OpenOrDie(dir / "docval.db");
    ASSERT_TRUE(store->RecordRun(run, {MakeCase("SS-1", CaseStatus::kReady, "aa")}).ok());
  }
  auto store = OpenOrDie(dir / "docval.db");
  ASSERT_TRUE(store);
  std::vector<StoredCase> cases;
  ASSERT_TRUE(store->LoadCurrentCases("", &cases).ok());
  ASSERT_EQ(cases.size(), 1u);
  EXPECT_EQ(cases[0].run_id, run.run_id);
  EXPECT_EQ(RawQueryInt(dir / "docval.db", "SELECT COUNT(*) FROM schema_version"),
            static_cast<int64_t>(Migrations().size()));
}

TEST(StoreTest, RefusesADatabaseFromANewerDocvalAndLeavesItAlone) {
  TempDir dir;
  { OpenOrDie(dir / "docval.db"); }
  int newer = LatestSchemaVersion() + 1;
  RawQueryInt(dir / "docval.db", "INSERT INTO schema_version (version, applied_at) VALUES (" +
                                     std::to_string(newer) + ", 'future')");
  std::unique_ptr<Store> store;
  Status s = SqliteStore::Open((dir / "docval.db").string(), &store);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << s.ToString();
  EXPECT_NE(s.message().find(std::to_string(newer)), std::string::npos) << s.message();
  EXPECT_FALSE(store);
  EXPECT_EQ(RawQueryInt(dir / "docval.db", "SELECT MAX(version) FROM schema_version"), newer);
}

TEST(StoreTest, RefusesAFileThatIsNotADatabase) {
  TempDir dir;
  std::ofstream(dir / "notes.txt") << "this is not an SQLite database, just some text\n";
  std::unique_ptr<Store> store;
  Status s = SqliteStore::Open((dir / "notes.txt").string(), &store);
  EXPECT_EQ(s.code(), Status::Code::kIOError) << s.ToString();
}

TEST(StoreTest, ARecordedRunReadsBackAsTheSameReportEntries) {
  TempDir dir;
  auto store = OpenOrDie(dir / "docval.db");
  std::vector<CaseOutcome> cases = {MakeCase("SS-2026-00017", CaseStatus::kBlocked, "ab12"),
                                    MakeCase("SS-2026-00018", CaseStatus::kReview, "cd34")};
  cases[1].has_case_row = false;
  RunInfo run = MakeRun("2026-11-21T03:00:00Z");
  ASSERT_TRUE(store->RecordRun(run, cases).ok());

  std::vector<StoredCase> loaded;
  ASSERT_TRUE(store->LoadCurrentCases("", &loaded).ok());
  ASSERT_EQ(loaded.size(), 2u);
  for (size_t i = 0; i < cases.size(); ++i) {
    EXPECT_EQ(CaseToJson(loaded[i].outcome), CaseToJson(cases[i])) << cases[i].case_id;
    EXPECT_EQ(loaded[i].outcome.has_case_row, cases[i].has_case_row);
    EXPECT_EQ(loaded[i].outcome.uploads[1].status.reason(), "pdf_encrypted");
  }

  RunInfo back;
  ASSERT_TRUE(store->GetRun(run.run_id, &back).ok());
  EXPECT_EQ(back.started_at, run.started_at);
  EXPECT_EQ(back.pipeline_version, run.pipeline_version);
  EXPECT_EQ(back.uploads_cached, run.uploads_cached);
  EXPECT_EQ(RawQueryInt(dir / "docval.db", "SELECT blocked_count FROM runs"), 1);
  EXPECT_EQ(RawQueryInt(dir / "docval.db", "SELECT review_count FROM runs"), 1);
  EXPECT_EQ(store->GetRun("no-such-run", &back).code(), Status::Code::kNotFound);
  // The same run twice is refused, and the refusal leaves the first recording intact.
  EXPECT_EQ(store->RecordRun(run, cases).code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(RawQueryInt(dir / "docval.db", "SELECT COUNT(*) FROM flags"), 3);
}

TEST(StoreTest, StatusShowsEachCaseFromTheLastRunThatRecordedIt) {
  TempDir dir;
  auto store = OpenOrDie(dir / "docval.db");
  RunInfo first = MakeRun("2026-11-20T03:00:00Z");
  RunInfo second = MakeRun("2026-11-21T03:00:00Z");
  ASSERT_TRUE(store->RecordRun(first, {MakeCase("A", CaseStatus::kBlocked, "a1"),
                                       MakeCase("B", CaseStatus::kReview, "b1")})
                  .ok());
  ASSERT_TRUE(store->RecordRun(second, {MakeCase("A", CaseStatus::kReady, "a2")}).ok());

  std::vector<StoredCase> now;
  ASSERT_TRUE(store->LoadCurrentCases("", &now).ok());
  ASSERT_EQ(now.size(), 2u);
  EXPECT_EQ(now[0].outcome.case_id, "A");
  EXPECT_EQ(now[0].outcome.status, CaseStatus::kReady);
  EXPECT_EQ(now[0].run_id, second.run_id);
  EXPECT_TRUE(now[0].outcome.flags.empty());
  EXPECT_EQ(now[0].outcome.uploads[0].doc.sha256, "a2");
  EXPECT_EQ(now[1].outcome.case_id, "B");
  EXPECT_EQ(now[1].outcome.status, CaseStatus::kReview);
  EXPECT_EQ(now[1].run_id, first.run_id);

  std::vector<StoredCase> one;
  ASSERT_TRUE(store->LoadCurrentCases("B", &one).ok());
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].outcome.case_id, "B");
  EXPECT_EQ(one[0].outcome.flags.size(), 1u);
  ASSERT_TRUE(store->LoadCurrentCases("Z", &one).ok());
  EXPECT_TRUE(one.empty());
}

TEST(StoreTest, CacheHitsOnlyForTheSameBytesAndPipelineVersion) {
  TempDir dir;
  auto store = OpenOrDie(dir / "docval.db");
  const std::string sha = std::string(64, 'a');
  CachedRead read{Status::OK(), MakeDocument()};
  ASSERT_TRUE(store->StoreCachedDocument(sha, "v1", read).ok());

  CachedRead got;
  bool found = true;
  ASSERT_TRUE(store->LookupCachedDocument(sha, "v2", &got, &found).ok());
  EXPECT_FALSE(found);
  ASSERT_TRUE(store->LookupCachedDocument(std::string(64, 'b'), "v1", &got, &found).ok());
  EXPECT_FALSE(found);
  ASSERT_TRUE(store->LookupCachedDocument(sha, "v1", &got, &found).ok());
  ASSERT_TRUE(found);
  EXPECT_TRUE(got.status.ok());
  const Document& want = read.doc;
  EXPECT_EQ(ToJson(got.doc, true), ToJson(want, true));  // fields, pages, words, text
  ASSERT_EQ(got.doc.pages.size(), 2u);
  EXPECT_TRUE(got.doc.pages[1].unread);
  const Page& p = got.doc.pages[0];
  EXPECT_EQ(p.mean_brightness, want.pages[0].mean_brightness);
  EXPECT_EQ(p.mean_word_confidence, want.pages[0].mean_word_confidence);
  EXPECT_EQ(p.perceptual_hash, want.pages[0].perceptual_hash);
  EXPECT_EQ(p.thumbnail_scale_percent, 12);
  // The thumbnail comes only when asked for (most of the cache's bytes, needed for crops).
  EXPECT_EQ(p.thumbnail_png, "");
  ASSERT_TRUE(store->LoadCachedThumbnails(sha, "v1", &got.doc).ok());
  EXPECT_EQ(got.doc.pages[0].thumbnail_png, want.pages[0].thumbnail_png);
  EXPECT_EQ(p.words[1].confidence, want.pages[0].words[1].confidence);  // exact, not rounded
  EXPECT_EQ(got.doc.confidence, want.confidence);
  EXPECT_EQ(got.doc.format, "jpeg");

  // A refusal is cached too, and a newer read of the same key replaces the entry.
  CachedRead refused{Status::Refused("truncated", "파일이 잘려 있습니다."), Document()};
  refused.doc.format = "png";
  ASSERT_TRUE(store->StoreCachedDocument(sha, "v2", refused).ok());
  ASSERT_TRUE(store->LookupCachedDocument(sha, "v2", &got, &found).ok());
  ASSERT_TRUE(found);
  EXPECT_TRUE(got.status.IsRefused());
  EXPECT_EQ(got.status.reason(), "truncated");
  EXPECT_EQ(got.status.message(), "파일이 잘려 있습니다.");
  EXPECT_EQ(got.doc.format, "png");
  ASSERT_TRUE(store->StoreCachedDocument(sha, "v2", read).ok());
  ASSERT_TRUE(store->LookupCachedDocument(sha, "v2", &got, &found).ok());
  EXPECT_TRUE(got.status.ok());

  // Only conclusive results are cacheable.
  CachedRead timed_out{Status::DeadlineExceeded("시간 초과"), Document()};
  EXPECT_EQ(store->StoreCachedDocument(sha, "v3", timed_out).code(),
            Status::Code::kInvalidArgument);
}

TEST(StoreTest, FindsEarlierDocumentsBySha256AndByFieldValue) {
  TempDir dir;
  auto store = OpenOrDie(dir / "docval.db");
  RunInfo first = MakeRun("2026-11-20T03:00:00Z");
  RunInfo second = MakeRun("2026-11-21T03:00:00Z");
  ASSERT_TRUE(store->RecordRun(first, {MakeCase("A", CaseStatus::kReady, "same"),
                                       MakeCase("B", CaseStatus::kReady, "other")})
                  .ok());
  CaseOutcome a_again = MakeCase("A", CaseStatus::kReady, "same");
  a_again.uploads[0].doc.fields["approval_number"].value = "20261101-00000000-99999999";
  ASSERT_TRUE(store->RecordRun(second, {a_again}).ok());

  std::vector<StoredDocumentRef> found;
  ASSERT_TRUE(store->FindDocumentsBySha256("same", &found).ok());
  ASSERT_EQ(found.size(), 1u);  // one entry per (case, file), from its latest run
  EXPECT_EQ(found[0].case_id, "A");
  EXPECT_EQ(found[0].file, "A/scan_03.jpg");
  EXPECT_EQ(found[0].run_id, second.run_id);

  // The old approval number: B (first run) and A (first run only, it changed later).
  ASSERT_TRUE(
      store->FindDocumentsByField("approval_number", "20261015-41000099-12345678", &found).ok());
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].case_id, "A");
  EXPECT_EQ(found[0].run_id, first.run_id);
  EXPECT_EQ(found[1].case_id, "B");
  ASSERT_TRUE(store->FindDocumentsByField("policy_number", "123", &found).ok());
  EXPECT_TRUE(found.empty());
  ASSERT_TRUE(store->FindDocumentsBySha256("never-seen", &found).ok());
  EXPECT_TRUE(found.empty());
}

TEST(StoreTest, ReadersInOtherConnectionsDoNotFailWhileAWriterCommits) {
  TempDir dir;
  const fs::path path = dir / "docval.db";
  { OpenOrDie(path); }
  std::atomic<bool> writing{true};
  std::atomic<int> reader_failures{0}, reads{0};
  std::vector<std::thread> readers;
  for (int r = 0; r < 3; ++r) {
    readers.emplace_back([&] {
      std::unique_ptr<Store> store;
      if (!SqliteStore::Open(path.string(), &store).ok()) {
        ++reader_failures;
        return;
      }
      while (writing) {
        std::vector<StoredCase> cases;
        CachedRead cached;
        bool found = false;
        Status s = store->LoadCurrentCases("", &cases);
        if (s.ok()) s = store->LookupCachedDocument("k", "v", &cached, &found);
        if (!s.ok()) ++reader_failures;
        ++reads;
      }
    });
  }
  // Two writers in separate connections contend for the write lock: the busy timeout makes
  // them take turns instead of failing.
  std::atomic<int> writer_failures{0};
  std::vector<std::thread> writers;
  for (int w = 0; w < 2; ++w) {
    writers.emplace_back([&, w] {
      std::unique_ptr<Store> store;
      if (!SqliteStore::Open(path.string(), &store).ok()) {
        ++writer_failures;
        return;
      }
      for (int i = 0; i < 15; ++i) {
        RunInfo run = MakeRun("2026-11-21T03:00:00Z");
        std::vector<CaseOutcome> cases;
        for (int c = 0; c < 10; ++c) {
          std::string id = "W";  // appended, not operator+: GCC 12 -Wrestrict false positive
          id += std::to_string(w);
          id += '-';
          id += std::to_string(c);
          cases.push_back(MakeCase(id, CaseStatus::kBlocked, std::to_string(i)));
        }
        if (!store->RecordRun(run, cases).ok()) ++writer_failures;
        if (!store->StoreCachedDocument("k", "v", {Status::OK(), MakeDocument()}).ok())
          ++writer_failures;
      }
    });
  }
  for (auto& t : writers) t.join();
  writing = false;
  for (auto& t : readers) t.join();
  EXPECT_EQ(writer_failures, 0);
  EXPECT_EQ(reader_failures, 0);
  EXPECT_GT(reads, 0);
  EXPECT_EQ(RawQueryInt(path, "SELECT COUNT(*) FROM runs"), 30);
  EXPECT_EQ(RawQueryInt(path, "SELECT COUNT(*) FROM current_cases"), 20);
}

TEST(FileHashTest, StreamedHashEqualsTheHashOfTheBytes) {
  TempDir dir;
  std::string bytes;
  for (int i = 0; i < 200000; ++i) bytes += static_cast<char>((i * 131) % 251);  // > 1 chunk
  std::ofstream(dir / "f.bin", std::ios::binary) << bytes;
  std::string hex;
  ASSERT_TRUE(Sha256File((dir / "f.bin").string(), &hex).ok());
  EXPECT_EQ(hex, Sha256Hex(bytes));
  std::ofstream(dir / "empty.bin", std::ios::binary).close();
  ASSERT_TRUE(Sha256File((dir / "empty.bin").string(), &hex).ok());
  EXPECT_EQ(hex, Sha256Hex(""));
  EXPECT_EQ(Sha256File((dir / "missing.bin").string(), &hex).code(), Status::Code::kIOError);
}

// ---- End to end: the docval binary over two demo cases, twice. ----

struct CommandResult {
  int exit_code = -1;
  double seconds = 0;
  std::string out, err;
};

CommandResult RunDocval(const std::string& args, const TempDir& dir) {
  const fs::path out = dir / "stdout.txt", err = dir / "stderr.txt";
  std::string cmd = std::string(DOCVAL_BINARY) + " " + args + " > '" + out.string() + "' 2> '" +
                    err.string() + "'";
  auto start = std::chrono::steady_clock::now();
  int rc = std::system(cmd.c_str());
  CommandResult r;
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.exit_code = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  return r;
}

std::map<std::string, std::string> StatusesOf(const nlohmann::json& report) {
  std::map<std::string, std::string> statuses;
  for (const auto& c : report.at("cases"))
    statuses[c.at("case_id").get<std::string>()] = c.at("status").get<std::string>();
  return statuses;
}

TEST(BatchCacheEndToEnd, AnUnchangedRerunReadsNothingAndGivesTheSameResult) {
  TempDir dir;
  const fs::path demo = fs::path(DOCVAL_SAMPLES_DIR) / "demo";
  const std::vector<std::string> picked = {"SS-2026-00365", "SS-2026-00366"};  // 00366 has crops
  fs::create_directories(dir / "uploads");
  for (const std::string& id : picked)
    fs::copy(demo / "uploads" / id, dir / "uploads" / id, fs::copy_options::recursive);
  {
    std::istringstream all(ReadFile(demo / "cases.csv"));
    std::ofstream cases(dir / "cases.csv");
    std::string line;
    std::getline(all, line);
    cases << line << "\n";
    while (std::getline(all, line))
      for (const std::string& id : picked)
        if (line.rfind(id + ",", 0) == 0) cases << line << "\n";
  }
  const std::string args = "batch --cases '" + (dir / "cases.csv").string() + "' --uploads '" +
                           (dir / "uploads").string() + "' --db '" +
                           (dir / "docval.db").string() + "' --jobs 2 --out ";

  CommandResult first = RunDocval(args + "'" + (dir / "out1").string() + "'", dir);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  CommandResult second = RunDocval(args + "'" + (dir / "out2").string() + "'", dir);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  std::printf("first run %.2f s, cached re-run %.3f s (%.0f×)\n", first.seconds, second.seconds,
              first.seconds / second.seconds);

  nlohmann::json report1 = nlohmann::json::parse(ReadFile(dir / "out1" / "report.json"));
  nlohmann::json report2 = nlohmann::json::parse(ReadFile(dir / "out2" / "report.json"));
  auto statuses = StatusesOf(report1);
  ASSERT_EQ(statuses.size(), picked.size());
  EXPECT_EQ(StatusesOf(report2), statuses);
  EXPECT_EQ(report2.at("cases"), report1.at("cases"));  // documents, fields and flags too
  EXPECT_NE(second.err.find("파일 0개 읽음"), std::string::npos) << second.err;
  EXPECT_GE(first.seconds, 5 * second.seconds);
  // The cache gives thumbnails back for the flagged uploads only, and the re-run's report shows
  // the same crops of the pages.
  auto images_in = [](const std::string& html) {
    size_t n = 0;
    for (size_t at = html.find("data:image/png"); at != std::string::npos;
         at = html.find("data:image/png", at + 1))
      ++n;
    return n;
  };
  const size_t crops = images_in(ReadFile(dir / "out1" / "report.html"));
  EXPECT_GT(crops, 0u);
  EXPECT_EQ(images_in(ReadFile(dir / "out2" / "report.html")), crops);

  CommandResult status = RunDocval("status --db '" + (dir / "docval.db").string() + "'", dir);
  ASSERT_EQ(status.exit_code, 0) << status.err;
  nlohmann::json now = nlohmann::json::parse(status.out);
  EXPECT_EQ(StatusesOf(now), statuses);
  for (size_t i = 0; i < now.at("cases").size(); ++i) {
    nlohmann::json entry = now["cases"][i];
    entry.erase("run_id");
    EXPECT_EQ(entry, report2["cases"][i]);
  }

  CommandResult one = RunDocval(
      "status --db '" + (dir / "docval.db").string() + "' --case " + picked[1], dir);
  ASSERT_EQ(one.exit_code, 0) << one.err;
  nlohmann::json just = nlohmann::json::parse(one.out);
  ASSERT_EQ(just.at("cases").size(), 1u);
  EXPECT_EQ(just["cases"][0]["case_id"], picked[1]);

  // --no-cache reads everything again and still agrees.
  CommandResult fresh = RunDocval(args + "'" + (dir / "out3").string() + "' --no-cache", dir);
  ASSERT_EQ(fresh.exit_code, 0) << fresh.err;
  EXPECT_EQ(fresh.err.find("파일 0개 읽음"), std::string::npos) << fresh.err;
  EXPECT_EQ(StatusesOf(nlohmann::json::parse(ReadFile(dir / "out3" / "report.json"))), statuses);

  CommandResult missing = RunDocval("status --db '" + (dir / "nope.db").string() + "'", dir);
  EXPECT_EQ(missing.exit_code, 2);
}

}  // namespace
}  // namespace docval
