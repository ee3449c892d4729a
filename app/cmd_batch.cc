// docval batch: the nightly run over an upload folder (CONTRACT.md).
//
// The database (--db, default ./docval.db) is the read cache and the run history. It is not
// needed to produce the reports: when it cannot be opened or the run cannot be recorded, the
// error is printed and the run goes on without it; the exit code is then decided by the
// reports alone (0 when they were written), because report.json is what the nightly job
// delivers and a cache problem must not withhold it. `--db ""` runs without a database.
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "app/batch.h"
#include "app/commands.h"
#include "app/report.h"
#include "pipeline/case_loader.h"
#include "storage/sqlite_store.h"

namespace docval::app {
namespace {

struct BatchCommandOptions {
  std::string cases, uploads, out, db = "docval.db", program = "smart_shop";
  std::string data_dir = DOCVAL_DATA_DIR;
  std::string languages = "kor";
  int jobs = 0;
  bool no_cache = false;
  bool no_isolation = false;
  IsolationOptions isolation;
  IngestOptions caps;
  int max_file_mb = static_cast<int>(IngestOptions().max_file_bytes >> 20);
  int max_xml_mb = static_cast<int>(IngestOptions().max_xml_bytes >> 20);
  int worker_memory_mb = static_cast<int>(IsolationOptions().memory_limit_bytes >> 20);
};

// A progress bar on a terminal, one log line per file otherwise (cron, CI, journald).
void ReportProgress(const BatchProgress& p, bool tty) {
  const UploadOutcome& u = *p.last;
  std::string what = u.status.ok() ? std::string(ToString(u.doc.doc_type))
                                   : "거부: " + u.status.reason();
  if (tty) {
    const int width = 30;
    int filled = p.total ? static_cast<int>(width * p.done / p.total) : width;
    std::fprintf(stderr, "\r[%s%s] %zu/%zu %-60.60s", std::string(filled, '#').c_str(),
                 std::string(width - filled, ' ').c_str(), p.done, p.total,
                 u.upload.file.c_str());
    if (p.done == p.total) std::fprintf(stderr, "\n");
  } else {
    std::fprintf(stderr, "docval: %zu/%zu %s %s\n", p.done, p.total, u.upload.file.c_str(),
                 what.c_str());
  }
}

int RunBatchCommand(const BatchCommandOptions& o) {
  std::vector<Case> cases;
  Status s = LoadCases(o.cases, &cases);
  if (!s.ok()) {
    std::cerr << "docval batch: " << s.message() << "\n";
    return kExitBadInput;
  }
  DiscoverResult found;
  s = DiscoverUploads(o.uploads, &found);
  if (!s.ok()) {
    std::cerr << "docval batch: " << s.message() << "\n";
    return kExitBadInput;
  }
  BatchOptions options;
  options.jobs = o.jobs;
  options.reader.ocr.languages = o.languages;
  options.reader.ingest = o.caps;
  options.reader.ingest.max_file_bytes = static_cast<uint64_t>(o.max_file_mb) << 20;
  options.reader.ingest.max_xml_bytes = static_cast<uint64_t>(o.max_xml_mb) << 20;
  options.isolation = o.isolation;
  options.isolation.enabled = !o.no_isolation;
  options.isolation.memory_limit_bytes = static_cast<uint64_t>(o.worker_memory_mb) << 20;
  s = LoadProgramProfile(o.data_dir, o.program, &options.profile);
  if (!s.ok()) {
    std::cerr << "docval batch: " << s.message() << "\n";
    return kExitBadInput;
  }
  bool tty = isatty(STDERR_FILENO);
  options.on_progress = [tty](const BatchProgress& p) { ReportProgress(p, tty); };
  std::unique_ptr<Store> store;
  if (!o.db.empty()) {
    s = SqliteStore::Open(o.db, &store);
    if (!s.ok())
      std::cerr << "docval batch: 데이터베이스 없이 계속합니다 (캐시·기록 안 함): " << s.message()
                << "\n";
  }
  options.store = store.get();
  options.use_cache = !o.no_cache;

  RunInfo run;
  run.started_at = NowUtcIso8601();
  BatchResult result;
  s = RunBatch(cases, found, options, &result);
  if (!s.ok()) {
    std::cerr << "docval batch: " << s.message() << "\n";
    return kExitInternal;
  }
  if (!result.cache_status.ok())
    std::cerr << "docval batch: 캐시 오류 (해당 파일은 새로 읽었습니다): "
              << result.cache_status.message() << "\n";
  s = WriteReports(result, o.out);
  if (!s.ok()) {
    std::cerr << "docval batch: " << s.message() << "\n";
    return kExitInternal;
  }
  if (store) {
    run.run_id = NewRunId(run.started_at);
    run.finished_at = NowUtcIso8601();
    run.version = DOCVAL_VERSION;
    run.pipeline_version = ReadCacheVersion(options.reader);
    run.cases_file = o.cases;
    run.uploads_dir = o.uploads;
    run.uploads_read = result.uploads_read;
    run.uploads_cached = result.uploads_cached;
    s = store->RecordRun(run, result.cases);
    if (!s.ok())
      std::cerr << "docval batch: 실행을 데이터베이스에 기록하지 못했습니다 (보고서는 썼습니다): "
                << s.message() << "\n";
  }
  int ready = 0, review = 0, blocked = 0;
  for (const CaseOutcome& c : result.cases) {
    if (c.status == CaseStatus::kReady) ++ready;
    if (c.status == CaseStatus::kReview) ++review;
    if (c.status == CaseStatus::kBlocked) ++blocked;
  }
  std::fprintf(stderr,
               "docval: 사례 %zu건 — READY %d, REVIEW %d, BLOCKED %d → %s/report.json "
               "(파일 %d개 읽음, %d개 캐시)\n",
               result.cases.size(), ready, review, blocked, o.out.c_str(), result.uploads_read,
               result.uploads_cached);
  return kExitOk;
}

}  // namespace

void AddBatchCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<BatchCommandOptions>();
  CLI::App* cmd = app.add_subcommand("batch", "업로드 폴더 전체를 검증하고 보고서를 씁니다");
  cmd->add_option("--cases", o->cases, "사례 데이터 (CSV 또는 JSON)")->required();
  cmd->add_option("--uploads", o->uploads, "업로드 폴더 (하위 폴더 하나가 사례 하나)")->required();
  cmd->add_option("--out", o->out, "보고서 폴더 (report.json, report.html)")->required();
  cmd->add_option("--db", o->db, "데이터베이스 파일 (기본 ./docval.db, \"\"이면 쓰지 않음)");
  cmd->add_flag("--no-cache", o->no_cache, "캐시를 무시하고 모든 파일을 다시 읽습니다");
  cmd->add_option("-j,--jobs", o->jobs, "동시 작업 수 (기본: CPU 코어 수)");
  cmd->add_option("--program", o->program, "사업 프로필 (models/programs/<id>.json)");
  cmd->add_option("--data-dir", o->data_dir, "서류 지식 데이터 폴더 (기본: models/)");
  cmd->add_option("--lang", o->languages, "Tesseract 언어 (기본 kor)");
  // Limits: each names what it caps; a file that hits one is refused with that reason.
  cmd->add_option("--max-file-mb", o->max_file_mb, "파일 하나의 최대 크기 (MB)")
      ->check(CLI::Range(1, 4096))->capture_default_str();
  cmd->add_option("--max-pixels", o->caps.max_pixels, "이미지·페이지 하나의 최대 화소 수")
      ->check(CLI::Range(int64_t{1'000'000}, int64_t{2'000'000'000}))->capture_default_str();
  cmd->add_option("--max-pages", o->caps.max_pdf_pages, "PDF·TIFF 하나의 최대 페이지 수")
      ->check(CLI::Range(1, 10000))->capture_default_str();
  cmd->add_option("--max-xml-mb", o->max_xml_mb, "XML 하나의 최대 크기 (MB)")
      ->check(CLI::Range(1, 1024))->capture_default_str();
  cmd->add_option("--max-xml-depth", o->caps.max_xml_depth, "XML 요소의 최대 깊이")
      ->check(CLI::Range(4, 1000))->capture_default_str();
  cmd->add_option("--file-timeout", o->isolation.file_deadline_seconds,
                  "파일 하나를 읽는 최대 시간 (초, 넘으면 중단하고 UNREADABLE_FILE)")
      ->check(CLI::Range(1, 86400))->capture_default_str();
  cmd->add_option("--file-cpu", o->isolation.file_cpu_seconds, "파일 하나의 최대 CPU 시간 (초)")
      ->check(CLI::Range(1, 86400))->capture_default_str();
  cmd->add_option("--worker-memory-mb", o->worker_memory_mb, "읽기 작업 프로세스의 최대 메모리 (MB)")
      ->check(CLI::Range(256, 1 << 20))->capture_default_str();
  cmd->add_flag("--no-isolation", o->no_isolation,
                "파일을 별도 프로세스가 아닌 이 프로세스에서 읽습니다 (디버깅·프로파일링용)");
  cmd->callback([o, exit_code] { *exit_code = RunBatchCommand(*o); });
}

}  // namespace docval::app
