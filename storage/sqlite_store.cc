#include "storage/sqlite_store.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "storage/cache_codec.h"
#include "storage/migrations.h"

namespace docval {
namespace {

Status DbError(sqlite3* db, std::string_view what) {
  return Status::IOError("데이터베이스 오류 (" + std::string(what) + "): " + sqlite3_errmsg(db));
}

// A prepared statement; binds are 1-based like SQLite's, columns 0-based.
class Stmt {
 public:
  Stmt(sqlite3* db, std::string_view sql) : db_(db) {
    status_ = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) ==
                      SQLITE_OK
                  ? Status::OK()
                  : DbError(db, sql.substr(0, 40));
  }
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  const Status& status() const { return status_; }

  void Bind(int i, std::string_view v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void Bind(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
  void Bind(int i, int v) { sqlite3_bind_int(stmt_, i, v); }
  void Bind(int i, double v) { sqlite3_bind_double(stmt_, i, v); }
  void BindNull(int i) { sqlite3_bind_null(stmt_, i); }

  // Runs to the next row: true with a row, false when done or on error (see status()).
  bool Next() {
    if (!status_.ok()) return false;
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) status_ = DbError(db_, "step");
    return false;
  }
  // Runs a statement that returns no rows.
  Status Run() {
    Next();
    return status_;
  }
  // Makes the statement ready for new binds (for statements run once per row).
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

  std::string Text(int col) const {
    const unsigned char* p = sqlite3_column_text(stmt_, col);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<size_t>(sqlite3_column_bytes(stmt_, col)))
             : std::string();
  }
  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Real(int col) const { return sqlite3_column_double(stmt_, col); }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  Status status_;
};

Status Exec(sqlite3* db, std::string_view sql) {
  Stmt s(db, sql);
  return s.Run();
}

// An IMMEDIATE transaction (takes the write lock up front, so it never fails half-way on a
// lock upgrade); rolled back unless Commit() succeeds.
class WriteTransaction {
 public:
  explicit WriteTransaction(sqlite3* db) : db_(db), status_(Exec(db, "BEGIN IMMEDIATE")) {}
  ~WriteTransaction() {
    if (status_.ok() && !committed_) Exec(db_, "ROLLBACK");
  }
  const Status& status() const { return status_; }
  Status Commit() {
    Status s = Exec(db_, "COMMIT");
    committed_ = s.ok();
    return s;
  }

 private:
  sqlite3* db_;
  Status status_;
  bool committed_ = false;
};

// A read snapshot: several SELECTs see the same state even while a writer commits.
class ReadTransaction {
 public:
  explicit ReadTransaction(sqlite3* db) : db_(db), status_(Exec(db, "BEGIN")) {}
  ~ReadTransaction() {
    if (status_.ok()) Exec(db_, "COMMIT");
  }
  const Status& status() const { return status_; }

 private:
  sqlite3* db_;
  Status status_;
};

// Pragmas whose result rows we do not need (journal_mode answers with the mode set).
Status Pragma(sqlite3* db, std::string_view sql) {
  Stmt s(db, sql);
  while (s.Next()) {
  }
  return s.status();
}

int64_t Count(const std::vector<CaseOutcome>& cases, CaseStatus status) {
  int64_t n = 0;
  for (const CaseOutcome& c : cases) n += c.status == status;
  return n;
}

std::optional<CaseStatus> ParseCaseStatus(std::string_view name) {
  for (CaseStatus s : {CaseStatus::kReady, CaseStatus::kReview, CaseStatus::kBlocked})
    if (ToString(s) == name) return s;
  return std::nullopt;
}

}  // namespace

Status SqliteStore::Open(const std::string& path, std::unique_ptr<Store>* out) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                           nullptr);
  if (rc != SQLITE_OK) {
    std::string why = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Status::IOError("데이터베이스를 열 수 없습니다: " + path + " (" + why + ")");
  }
  std::unique_ptr<SqliteStore> store(new SqliteStore(db));
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  // WAL: readers and the writer do not block each other. NORMAL sync is durable across
  // application crashes; a power cut may lose the last commit, which a re-run restores.
  Status s = Pragma(db, "PRAGMA journal_mode=WAL");
  if (s.ok()) s = Pragma(db, "PRAGMA synchronous=NORMAL");
  if (s.ok()) s = Pragma(db, "PRAGMA foreign_keys=ON");
  if (s.ok()) s = store->Migrate();
  if (s.code() == Status::Code::kInvalidArgument) return s;
  if (!s.ok()) return Status::IOError(path + ": " + s.message());
  *out = std::move(store);
  return Status::OK();
}

SqliteStore::~SqliteStore() { sqlite3_close(db_); }

Status SqliteStore::Migrate() {
  std::lock_guard<std::mutex> lock(mu_);
  WriteTransaction tx(db_);
  if (!tx.status().ok()) return tx.status();
  Status s = Exec(db_, kCreateSchemaVersionTable);
  if (!s.ok()) return s;
  int current = 0;
  {
    Stmt q(db_, "SELECT MAX(version) FROM schema_version");
    if (q.Next() && !q.IsNull(0)) current = static_cast<int>(q.Int(0));
    if (!q.status().ok()) return q.status();
  }
  if (current > LatestSchemaVersion())
    return Status::InvalidArgument(
        "데이터베이스 스키마 버전 " + std::to_string(current) + "은(는) 이 docval이 아는 버전 " +
        std::to_string(LatestSchemaVersion()) +
        "보다 새롭습니다 — 더 새 docval로 여세요 (데이터베이스는 바꾸지 않았습니다)");
  for (const Migration& m : Migrations()) {
    if (m.version <= current) continue;
    for (std::string_view sql : m.statements) {
      s = Exec(db_, sql);
      if (!s.ok()) return s;
    }
    Stmt record(db_, "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)");
    record.Bind(1, m.version);
    record.Bind(2, NowUtcIso8601());
    s = record.Run();
    if (!s.ok()) return s;
  }
  return tx.Commit();
}

Status SqliteStore::RecordRun(const RunInfo& run, const std::vector<CaseOutcome>& cases) {
  if (run.run_id.empty()) return Status::InvalidArgument("run_id가 비어 있습니다");
  std::lock_guard<std::mutex> lock(mu_);
  WriteTransaction tx(db_);
  if (!tx.status().ok()) return tx.status();
  {
    Stmt exists(db_, "SELECT 1 FROM runs WHERE run_id = ?");
    exists.Bind(1, run.run_id);
    if (exists.Next()) return Status::InvalidArgument("이미 기록된 실행입니다: " + run.run_id);
    if (!exists.status().ok()) return exists.status();
  }
  Stmt run_row(db_,
               "INSERT INTO runs (run_id, started_at, finished_at, version, pipeline_version,"
               " cases_file, uploads_dir, case_count, ready_count, review_count, blocked_count,"
               " uploads_read, uploads_cached) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
  run_row.Bind(1, run.run_id);
  run_row.Bind(2, run.started_at);
  run_row.Bind(3, run.finished_at);
  run_row.Bind(4, run.version);
  run_row.Bind(5, run.pipeline_version);
  run_row.Bind(6, run.cases_file);
  run_row.Bind(7, run.uploads_dir);
  run_row.Bind(8, static_cast<int64_t>(cases.size()));
  run_row.Bind(9, Count(cases, CaseStatus::kReady));
  run_row.Bind(10, Count(cases, CaseStatus::kReview));
  run_row.Bind(11, Count(cases, CaseStatus::kBlocked));
  run_row.Bind(12, run.uploads_read);
  run_row.Bind(13, run.uploads_cached);
  Status s = run_row.Run();
  if (!s.ok()) return s;

  Stmt case_row(db_,
                "INSERT INTO cases (run_id, case_id, status, has_case_row, has_folder)"
                " VALUES (?,?,?,?,?)");
  Stmt doc_row(db_,
               "INSERT INTO documents (run_id, case_id, file, ordinal, sha256, size, format,"
               " doc_type, source, pages, confidence, refused_reason, refused_message, notes,"
               " pages_read) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  Stmt field_row(db_,
                 "INSERT INTO fields (run_id, file, name, value, confidence, page, bbox_x,"
                 " bbox_y, bbox_w, bbox_h) VALUES (?,?,?,?,?,?,?,?,?,?)");
  Stmt flag_row(db_,
                "INSERT INTO flags (run_id, case_id, ordinal, code, severity, doc_type, file,"
                " field, expected, found, message) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
  Stmt current(db_,
               "INSERT INTO current_cases (case_id, run_id) VALUES (?, ?)"
               " ON CONFLICT (case_id) DO UPDATE SET run_id = excluded.run_id");
  for (const Stmt* st : {&case_row, &doc_row, &field_row, &flag_row, &current})
    if (!st->status().ok()) return st->status();

  for (const CaseOutcome& c : cases) {
    case_row.Reset();
    case_row.Bind(1, run.run_id);
    case_row.Bind(2, c.case_id);
    case_row.Bind(3, ToString(c.status));
    case_row.Bind(4, c.has_case_row ? 1 : 0);
    case_row.Bind(5, c.has_folder ? 1 : 0);
    if (!(s = case_row.Run()).ok()) return s;

    for (size_t i = 0; i < c.uploads.size(); ++i) {
      const UploadOutcome& u = c.uploads[i];
      const Document& d = u.doc;
      doc_row.Reset();
      doc_row.Bind(1, run.run_id);
      doc_row.Bind(2, c.case_id);
      doc_row.Bind(3, u.upload.file);
      doc_row.Bind(4, static_cast<int64_t>(i));
      doc_row.Bind(5, d.sha256.empty() ? u.upload.sha256 : d.sha256);
      doc_row.Bind(6, static_cast<int64_t>(u.upload.size));
      doc_row.Bind(7, d.format);
      doc_row.Bind(8, ToString(d.doc_type));
      doc_row.Bind(9, ToString(d.source));
      doc_row.Bind(10, static_cast<int64_t>(d.pages.size()));
      doc_row.Bind(11, static_cast<double>(d.confidence));
      if (u.status.ok()) {
        doc_row.BindNull(12);
        doc_row.BindNull(13);
      } else {
        doc_row.Bind(12, u.status.reason());
        doc_row.Bind(13, u.status.message());
      }
      doc_row.Bind(14, nlohmann::json(u.notes).dump());
      const auto unread = std::find_if(d.pages.begin(), d.pages.end(),
                                       [](const Page& p) { return p.unread; });
      doc_row.Bind(15, static_cast<int64_t>(unread - d.pages.begin()));
      if (!(s = doc_row.Run()).ok()) return s;

      for (const auto& [name, f] : d.fields) {
        field_row.Reset();
        field_row.Bind(1, run.run_id);
        field_row.Bind(2, u.upload.file);
        field_row.Bind(3, name);
        field_row.Bind(4, f.value);
        field_row.Bind(5, static_cast<double>(f.confidence));
        field_row.Bind(6, f.page);
        field_row.Bind(7, f.bbox.x);
        field_row.Bind(8, f.bbox.y);
        field_row.Bind(9, f.bbox.w);
        field_row.Bind(10, f.bbox.h);
        if (!(s = field_row.Run()).ok()) return s;
      }
    }
    for (size_t i = 0; i < c.flags.size(); ++i) {
      const Flag& f = c.flags[i];
      flag_row.Reset();
      flag_row.Bind(1, run.run_id);
      flag_row.Bind(2, c.case_id);
      flag_row.Bind(3, static_cast<int64_t>(i));
      flag_row.Bind(4, ToString(f.code));
      flag_row.Bind(5, ToString(f.severity));
      flag_row.Bind(6, f.doc_type);
      flag_row.Bind(7, f.file);
      flag_row.Bind(8, f.field);
      flag_row.Bind(9, f.expected);
      flag_row.Bind(10, f.found);
      flag_row.Bind(11, f.message);
      if (!(s = flag_row.Run()).ok()) return s;
    }
    current.Reset();
    current.Bind(1, c.case_id);
    current.Bind(2, run.run_id);
    if (!(s = current.Run()).ok()) return s;
  }
  return tx.Commit();
}

Status SqliteStore::LoadCurrentCases(std::string_view case_id, std::vector<StoredCase>* out) {
  std::lock_guard<std::mutex> lock(mu_);
  ReadTransaction tx(db_);
  if (!tx.status().ok()) return tx.status();
  // Four queries over all selected cases (not four per case), grouped here by case_id.
  const std::string only = case_id.empty() ? "" : " WHERE cc.case_id = ?";
  auto bind_case = [&](Stmt* st) {
    if (!case_id.empty()) st->Bind(1, case_id);
  };
  std::vector<StoredCase> cases;
  std::map<std::string, size_t, std::less<>> index;

  const std::string case_sql =
      "SELECT c.case_id, c.run_id, c.status, c.has_case_row, c.has_folder"
      " FROM current_cases cc JOIN cases c ON c.run_id = cc.run_id AND c.case_id = cc.case_id" +
      only + " ORDER BY c.case_id";
  Stmt cq(db_, case_sql);
  bind_case(&cq);
  while (cq.Next()) {
    StoredCase sc;
    sc.run_id = cq.Text(1);
    CaseOutcome& c = sc.outcome;
    c.case_id = cq.Text(0);
    std::optional<CaseStatus> status = ParseCaseStatus(cq.Text(2));
    if (!status) return Status::Corruption("알 수 없는 사례 상태: " + cq.Text(2));
    c.status = *status;
    c.has_case_row = cq.Int(3) != 0;
    c.has_folder = cq.Int(4) != 0;
    index[c.case_id] = cases.size();
    cases.push_back(std::move(sc));
  }
  if (!cq.status().ok()) return cq.status();

  const std::string doc_sql =
      "SELECT d.case_id, d.file, d.sha256, d.size, d.format, d.doc_type, d.source, d.pages,"
      " d.confidence, d.refused_reason, d.refused_message, d.notes, d.pages_read"
      " FROM current_cases cc JOIN documents d ON d.run_id = cc.run_id AND d.case_id = cc.case_id" +
      only + " ORDER BY d.case_id, d.ordinal";
  Stmt dq(db_, doc_sql);
  bind_case(&dq);
  // (case index, upload index) by file, for attaching fields.
  std::map<std::string, std::pair<size_t, size_t>> by_file;
  while (dq.Next()) {
    auto it = index.find(dq.Text(0));
    if (it == index.end()) continue;  // a case recorded after our case query cannot happen
    UploadOutcome u;
    u.upload.case_id = dq.Text(0);
    u.upload.file = dq.Text(1);
    u.upload.sha256 = dq.Text(2);
    u.upload.size = static_cast<uint64_t>(dq.Int(3));
    u.doc.file = u.upload.file;
    u.doc.sha256 = u.upload.sha256;
    u.doc.format = dq.Text(4);
    std::optional<DocType> type = ParseDocType(dq.Text(5));
    std::optional<Source> source = ParseSource(dq.Text(6));
    if (!type || !source)
      return Status::Corruption("알 수 없는 서류 종류 또는 출처: " + u.upload.file);
    u.doc.doc_type = *type;
    u.doc.source = *source;
    u.doc.pages.resize(static_cast<size_t>(dq.Int(7)));
    const size_t pages_read = dq.IsNull(12) ? u.doc.pages.size() : static_cast<size_t>(dq.Int(12));
    for (size_t p = 0; p < u.doc.pages.size(); ++p) {
      u.doc.pages[p].number = static_cast<int>(p + 1);
      u.doc.pages[p].unread = p >= pages_read;
    }
    u.doc.confidence = static_cast<float>(dq.Real(8));
    if (!dq.IsNull(9)) u.status = Status::Refused(dq.Text(9), dq.Text(10));
    try {
      u.notes = nlohmann::json::parse(dq.Text(11)).get<std::vector<std::string>>();
    } catch (const std::exception&) {
      return Status::Corruption("메모를 해석할 수 없습니다: " + u.upload.file);
    }
    std::vector<UploadOutcome>& uploads = cases[it->second].outcome.uploads;
    by_file[u.upload.file] = {it->second, uploads.size()};
    uploads.push_back(std::move(u));
  }
  if (!dq.status().ok()) return dq.status();

  const std::string field_sql =
      "SELECT f.file, f.name, f.value, f.confidence, f.page, f.bbox_x, f.bbox_y, f.bbox_w,"
      " f.bbox_h FROM current_cases cc"
      " JOIN documents d ON d.run_id = cc.run_id AND d.case_id = cc.case_id"
      " JOIN fields f ON f.run_id = d.run_id AND f.file = d.file" +
      only;
  Stmt fq(db_, field_sql);
  bind_case(&fq);
  while (fq.Next()) {
    auto it = by_file.find(fq.Text(0));
    if (it == by_file.end()) continue;
    Field f;
    f.value = fq.Text(2);
    f.confidence = static_cast<float>(fq.Real(3));
    f.page = static_cast<int>(fq.Int(4));
    f.bbox = {static_cast<int>(fq.Int(5)), static_cast<int>(fq.Int(6)),
              static_cast<int>(fq.Int(7)), static_cast<int>(fq.Int(8))};
    cases[it->second.first].outcome.uploads[it->second.second].doc.fields[fq.Text(1)] =
        std::move(f);
  }
  if (!fq.status().ok()) return fq.status();

  const std::string flag_sql =
      "SELECT g.case_id, g.code, g.severity, g.doc_type, g.file, g.field, g.expected, g.found,"
      " g.message FROM current_cases cc"
      " JOIN flags g ON g.run_id = cc.run_id AND g.case_id = cc.case_id" +
      only + " ORDER BY g.case_id, g.ordinal";
  Stmt gq(db_, flag_sql);
  bind_case(&gq);
  while (gq.Next()) {
    auto it = index.find(gq.Text(0));
    if (it == index.end()) continue;
    std::optional<FlagCode> code = ParseFlagCode(gq.Text(1));
    std::optional<Severity> severity = ParseSeverity(gq.Text(2));
    if (!code || !severity) return Status::Corruption("알 수 없는 플래그: " + gq.Text(1));
    Flag f;
    f.code = *code;
    f.severity = *severity;
    f.doc_type = gq.Text(3);
    f.file = gq.Text(4);
    f.field = gq.Text(5);
    f.expected = gq.Text(6);
    f.found = gq.Text(7);
    f.message = gq.Text(8);
    cases[it->second].outcome.flags.push_back(std::move(f));
  }
  if (!gq.status().ok()) return gq.status();
  *out = std::move(cases);
  return Status::OK();
}

Status SqliteStore::GetRun(std::string_view run_id, RunInfo* out) {
  std::lock_guard<std::mutex> lock(mu_);
  Stmt q(db_,
         "SELECT run_id, started_at, finished_at, version, pipeline_version, cases_file,"
         " uploads_dir, uploads_read, uploads_cached FROM runs WHERE run_id = ?");
  q.Bind(1, run_id);
  if (!q.Next()) {
    if (!q.status().ok()) return q.status();
    return Status::NotFound("기록된 실행이 없습니다: " + std::string(run_id));
  }
  RunInfo r;
  r.run_id = q.Text(0);
  r.started_at = q.Text(1);
  r.finished_at = q.Text(2);
  r.version = q.Text(3);
  r.pipeline_version = q.Text(4);
  r.cases_file = q.Text(5);
  r.uploads_dir = q.Text(6);
  r.uploads_read = q.Int(7);
  r.uploads_cached = q.Int(8);
  *out = std::move(r);
  return Status::OK();
}

Status SqliteStore::LookupCachedDocument(std::string_view sha256,
                                         std::string_view pipeline_version, CachedRead* out,
                                         bool* found) {
  std::lock_guard<std::mutex> lock(mu_);
  Stmt q(db_,
         "SELECT refused_reason, refused_message, document FROM read_cache"
         " WHERE sha256 = ? AND pipeline_version = ?");
  q.Bind(1, sha256);
  q.Bind(2, pipeline_version);
  if (!q.Next()) {
    *found = false;
    return q.status();
  }
  CachedRead read;
  Status s = DecodeCachedDocument(q.Text(2), &read.doc);
  if (!s.ok()) return s;
  if (!q.IsNull(0)) read.status = Status::Refused(q.Text(0), q.Text(1));
  *out = std::move(read);
  *found = true;
  return Status::OK();
}

Status SqliteStore::LoadCachedThumbnails(std::string_view sha256,
                                         std::string_view pipeline_version, Document* doc) {
  std::lock_guard<std::mutex> lock(mu_);
  Stmt q(db_, "SELECT thumbnails FROM read_cache WHERE sha256 = ? AND pipeline_version = ?");
  q.Bind(1, sha256);
  q.Bind(2, pipeline_version);
  if (!q.Next()) return q.status();
  return AttachThumbnails(q.Text(0), doc);
}

Status SqliteStore::StoreCachedDocument(std::string_view sha256,
                                        std::string_view pipeline_version,
                                        const CachedRead& read) {
  if (!read.status.ok() && !read.status.IsRefused())
    return Status::InvalidArgument("결론이 나지 않은 읽기 결과는 캐시하지 않습니다: " +
                                   read.status.ToString());
  std::string document = EncodeCachedDocument(read.doc, Thumbnails::kSeparate);
  std::string thumbnails = EncodeThumbnails(read.doc);
  std::lock_guard<std::mutex> lock(mu_);
  Stmt q(db_,
         "INSERT INTO read_cache (sha256, pipeline_version, refused_reason, refused_message,"
         " document, stored_at, thumbnails) VALUES (?,?,?,?,?,?,?)"
         " ON CONFLICT (sha256, pipeline_version) DO UPDATE SET"
         " refused_reason = excluded.refused_reason, refused_message = excluded.refused_message,"
         " document = excluded.document, stored_at = excluded.stored_at,"
         " thumbnails = excluded.thumbnails");
  q.Bind(1, sha256);
  q.Bind(2, pipeline_version);
  if (read.status.ok()) {
    q.BindNull(3);
    q.BindNull(4);
  } else {
    q.Bind(3, read.status.reason());
    q.Bind(4, read.status.message());
  }
  q.Bind(5, document);
  q.Bind(6, NowUtcIso8601());
  q.Bind(7, thumbnails);
  return q.Run();
}

Status SqliteStore::FindDocuments(const char* sql, std::string_view a, std::string_view b,
                                  std::vector<StoredDocumentRef>* out) {
  std::lock_guard<std::mutex> lock(mu_);
  Stmt q(db_, sql);
  q.Bind(1, a);
  if (!b.empty()) q.Bind(2, b);
  std::vector<StoredDocumentRef> found;
  while (q.Next()) found.push_back({q.Text(0), q.Text(1), q.Text(2)});
  if (!q.status().ok()) return q.status();
  *out = std::move(found);
  return Status::OK();
}

// MAX(run_id) is the latest run because run ids sort by start time (NewRunId).
Status SqliteStore::FindDocumentsBySha256(std::string_view sha256,
                                          std::vector<StoredDocumentRef>* out) {
  return FindDocuments(
      "SELECT case_id, file, MAX(run_id) FROM documents WHERE sha256 = ?"
      " GROUP BY case_id, file ORDER BY case_id, file",
      sha256, "", out);
}

Status SqliteStore::FindDocumentsByField(std::string_view field_name, std::string_view value,
                                         std::vector<StoredDocumentRef>* out) {
  if (value.empty()) return Status::InvalidArgument("찾을 값이 비어 있습니다");
  return FindDocuments(
      "SELECT d.case_id, d.file, MAX(d.run_id) FROM fields f"
      " JOIN documents d ON d.run_id = f.run_id AND d.file = f.file"
      " WHERE f.name = ? AND f.value = ?"
      " GROUP BY d.case_id, d.file ORDER BY d.case_id, d.file",
      field_name, value, out);
}

}  // namespace docval
