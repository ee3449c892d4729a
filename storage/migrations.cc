#include "storage/migrations.h"

namespace docval {

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> kMigrations = {
      {1,
       {
           // One row per batch (or watch) run; the status counts make run history cheap to list.
           "CREATE TABLE runs ("
           " run_id TEXT PRIMARY KEY,"
           " started_at TEXT NOT NULL,"
           " finished_at TEXT NOT NULL,"
           " version TEXT NOT NULL,"
           " pipeline_version TEXT NOT NULL,"
           " cases_file TEXT NOT NULL,"
           " uploads_dir TEXT NOT NULL,"
           " case_count INTEGER NOT NULL,"
           " ready_count INTEGER NOT NULL,"
           " review_count INTEGER NOT NULL,"
           " blocked_count INTEGER NOT NULL,"
           " uploads_read INTEGER NOT NULL,"
           " uploads_cached INTEGER NOT NULL)",
           "CREATE TABLE cases ("
           " run_id TEXT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,"
           " case_id TEXT NOT NULL,"
           " status TEXT NOT NULL,"
           " has_case_row INTEGER NOT NULL,"
           " has_folder INTEGER NOT NULL,"
           " PRIMARY KEY (run_id, case_id))",
           // refused_reason is NULL for an upload that was read.
           "CREATE TABLE documents ("
           " run_id TEXT NOT NULL,"
           " case_id TEXT NOT NULL,"
           " file TEXT NOT NULL,"
           " ordinal INTEGER NOT NULL,"
           " sha256 TEXT NOT NULL,"
           " size BIGINT NOT NULL,"
           " format TEXT NOT NULL,"
           " doc_type TEXT NOT NULL,"
           " source TEXT NOT NULL,"
           " pages INTEGER NOT NULL,"
           " confidence REAL NOT NULL,"
           " refused_reason TEXT,"
           " refused_message TEXT,"
           " notes TEXT NOT NULL,"
           " PRIMARY KEY (run_id, file),"
           " FOREIGN KEY (run_id, case_id) REFERENCES cases (run_id, case_id)"
           " ON DELETE CASCADE)",
           "CREATE INDEX documents_by_sha256 ON documents (sha256)",
           "CREATE INDEX documents_by_case ON documents (run_id, case_id)",
           "CREATE TABLE fields ("
           " run_id TEXT NOT NULL,"
           " file TEXT NOT NULL,"
           " name TEXT NOT NULL,"
           " value TEXT NOT NULL,"
           " confidence REAL NOT NULL,"
           " page INTEGER NOT NULL,"
           " bbox_x INTEGER NOT NULL,"
           " bbox_y INTEGER NOT NULL,"
           " bbox_w INTEGER NOT NULL,"
           " bbox_h INTEGER NOT NULL,"
           " PRIMARY KEY (run_id, file, name),"
           " FOREIGN KEY (run_id, file) REFERENCES documents (run_id, file) ON DELETE CASCADE)",
           // Duplicate detection asks "who else had approval_number = X".
           "CREATE INDEX fields_by_name_value ON fields (name, value)",
           "CREATE TABLE flags ("
           " run_id TEXT NOT NULL,"
           " case_id TEXT NOT NULL,"
           " ordinal INTEGER NOT NULL,"
           " code TEXT NOT NULL,"
           " severity TEXT NOT NULL,"
           " doc_type TEXT NOT NULL,"
           " file TEXT NOT NULL,"
           " field TEXT NOT NULL,"
           " expected TEXT NOT NULL,"
           " found TEXT NOT NULL,"
           " message TEXT NOT NULL,"
           " PRIMARY KEY (run_id, case_id, ordinal),"
           " FOREIGN KEY (run_id, case_id) REFERENCES cases (run_id, case_id)"
           " ON DELETE CASCADE)",
           "CREATE INDEX flags_by_code ON flags (code)",
           // The run holding each case's current state: written by whichever run recorded
           // the case last, so `docval status` is one join, not a scan of history.
           "CREATE TABLE current_cases ("
           " case_id TEXT PRIMARY KEY,"
           " run_id TEXT NOT NULL,"
           " FOREIGN KEY (run_id, case_id) REFERENCES cases (run_id, case_id))",
           // What the pipeline read from some bytes; `document` is JSON (storage/cache_codec.h).
           "CREATE TABLE read_cache ("
           " sha256 TEXT NOT NULL,"
           " pipeline_version TEXT NOT NULL,"
           " refused_reason TEXT,"
           " refused_message TEXT,"
           " document TEXT NOT NULL,"
           " stored_at TEXT NOT NULL,"
           " PRIMARY KEY (sha256, pipeline_version))",
       }},
      {2,
       {
           // Page thumbnails apart from the JSON document (storage/cache_codec.h).
           "ALTER TABLE read_cache ADD COLUMN thumbnails TEXT NOT NULL DEFAULT ''",
       }},
      {3,
       {
           // How many pages, from the first, were read: the rest went unread because those
           // held all the document needed (Page::unread). NULL: every page (older rows).
           "ALTER TABLE documents ADD COLUMN pages_read INTEGER",
       }},
  };
  return kMigrations;
}

int LatestSchemaVersion() { return Migrations().back().version; }

}  // namespace docval
