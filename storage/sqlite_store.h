// SqliteStore: the Store in one SQLite file (the default ./docval.db), for one machine.
//
// The database runs in WAL mode, so readers (`docval status`, the console) never block the
// writer and the writer never blocks them; writers wait for each other up to kBusyTimeoutMs
// and then fail with kIOError. Every write is one IMMEDIATE transaction.
// Thread safety: one connection per SqliteStore, used under an internal mutex, so a store may
// be shared by threads; several processes may open the same file.
#pragma once

#include <sqlite3.h>

#include <memory>
#include <mutex>
#include <string>

#include "storage/store.h"

namespace docval {

class SqliteStore : public Store {
 public:
  static constexpr int kBusyTimeoutMs = 10000;

  // Opens `path`, creating the file when missing, and brings its schema up to
  // LatestSchemaVersion() in one transaction (storage/migrations.h).
  // Failure: kIOError when the file cannot be opened or is not a database; kInvalidArgument
  // when the database was written by a newer docval (its schema version is higher than this
  // binary knows) — it is left untouched. On failure *out is not changed.
  static Status Open(const std::string& path, std::unique_ptr<Store>* out);

  ~SqliteStore() override;
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  Status RecordRun(const RunInfo& run, const std::vector<CaseOutcome>& cases) override;
  Status LoadCurrentCases(std::string_view case_id, std::vector<StoredCase>* out) override;
  Status GetRun(std::string_view run_id, RunInfo* out) override;
  Status LookupCachedDocument(std::string_view sha256, std::string_view pipeline_version,
                              CachedRead* out, bool* found) override;
  Status LoadCachedThumbnails(std::string_view sha256, std::string_view pipeline_version,
                              Document* doc) override;
  Status StoreCachedDocument(std::string_view sha256, std::string_view pipeline_version,
                             const CachedRead& read) override;
  Status FindDocumentsBySha256(std::string_view sha256,
                               std::vector<StoredDocumentRef>* out) override;
  Status FindDocumentsByField(std::string_view field_name, std::string_view value,
                              std::vector<StoredDocumentRef>* out) override;

 private:
  explicit SqliteStore(sqlite3* db) : db_(db) {}
  Status Migrate();
  Status FindDocuments(const char* sql, std::string_view a, std::string_view b,
                       std::vector<StoredDocumentRef>* out);

  std::mutex mu_;
  sqlite3* db_;  // owned
};

}  // namespace docval
