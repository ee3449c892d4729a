// Store: the database behind `docval batch`, `docval status` (and later watch and serve).
//
// It holds three things:
//  - runs: one row per batch run, with every case outcome of that run (documents, fields,
//    flags), so any earlier result can be looked at again;
//  - the current state of each case: the outcome from the last run that recorded it;
//  - the read cache: what the pipeline read from a file, keyed by the file's SHA-256 and the
//    pipeline version, so an unchanged upload is never OCRed twice.
//
// The interface is storage-neutral (leveldb style: every call returns a Status, results come
// back through out-parameters). SqliteStore (storage/sqlite_store.h) is the single-machine
// implementation; the schema (storage/migrations.h) is plain SQL that PostgreSQL also accepts, so
// a shared-database implementation for several workers is another subclass, not a rewrite.
//
// Failure: kIOError when the database cannot be read or written (busy past its timeout, disk
// full), kCorruption when stored data cannot be decoded. A failed write changes nothing: every
// write is one transaction.
// Thread safety: every implementation is safe to call from many threads at once; several
// processes may use the same database (they wait for each other's writes up to a timeout).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "models/document.h"
#include "models/outcome.h"
#include "models/status.h"

namespace docval {

// One batch run as recorded in the runs table. Times are ISO 8601 strings (UTC recommended:
// "2026-11-21T03:00:00Z"), stored as given.
struct RunInfo {
  std::string run_id;            // unique; NewRunId() makes one that sorts by start time
  std::string started_at, finished_at;
  std::string version;           // the docval version
  std::string pipeline_version;  // the cache key part (kPipelineVersion)
  std::string cases_file, uploads_dir;
  int64_t uploads_read = 0;      // uploads the pipeline read in this run
  int64_t uploads_cached = 0;    // uploads taken from the read cache
};

// What the pipeline concluded about one file's bytes: read (status OK, doc filled) or refused
// (status kRefused with its reason and message; doc.format when it was known).
struct CachedRead {
  Status status;
  Document doc;  // without file/sha256: the same bytes may be uploaded under any name
};

// An earlier upload that matched a duplicate-detection key.
struct StoredDocumentRef {
  std::string case_id;
  std::string file;
  std::string run_id;  // the latest run in which this case had this file
};

// A case as the database holds it now, and the run that recorded that state.
struct StoredCase {
  std::string run_id;
  CaseOutcome outcome;
};

// A run id that is unique across machines and sorts in start order:
// "20261121T030000Z-<16 hex digits>". `started_at_utc` is "YYYY-MM-DDTHH:MM:SSZ".
std::string NewRunId(std::string_view started_at_utc);
// Current UTC time as "YYYY-MM-DDTHH:MM:SSZ".
std::string NowUtcIso8601();

class Store {
 public:
  virtual ~Store() = default;

  // Records one run and every case outcome in it in a single transaction, and makes each of
  // those outcomes its case's current state. `run.run_id` must be new (kInvalidArgument if
  // empty or already recorded). Documents keep their fields, flags keep their order; pages
  // are recorded as a count only (CaseToJson needs no more).
  virtual Status RecordRun(const RunInfo& run, const std::vector<CaseOutcome>& cases) = 0;

  // The current state of cases, sorted by case_id: all of them when `case_id` is empty, else
  // that one (an empty result when the database has never seen it). Each outcome has
  // case_id, has_case_row, has_folder, status, flags and uploads (upload file/size/sha256,
  // status = the refusal or OK, notes, doc with format, doc_type, source, confidence, fields
  // and doc.pages sized to the page count with only page numbers set). `row` is left empty.
  virtual Status LoadCurrentCases(std::string_view case_id, std::vector<StoredCase>* out) = 0;

  // A recorded run by id; kNotFound when there is none.
  virtual Status GetRun(std::string_view run_id, RunInfo* out) = 0;

  // Read cache. Lookup sets *found = false (and returns OK) on a miss; on a hit fills *out.
  // A hit needs both the same sha256 and the same pipeline_version. Store replaces an entry
  // with the same key. Only conclusive results belong here: a successful read, or a refusal
  // (kRefused); anything else (I/O errors, deadlines) is kInvalidArgument.
  // A hit's pages come without their thumbnails (Page::thumbnail_png): they are most of the
  // cache's bytes, and only the report's crops of flagged pages need them. LoadCachedThumbnails
  // puts them back on `doc` (the same entry's pages); a miss leaves `doc` as it is.
  virtual Status LookupCachedDocument(std::string_view sha256, std::string_view pipeline_version,
                                      CachedRead* out, bool* found) = 0;
  virtual Status LoadCachedThumbnails(std::string_view sha256, std::string_view pipeline_version,
                                      Document* doc) = 0;
  virtual Status StoreCachedDocument(std::string_view sha256, std::string_view pipeline_version,
                                     const CachedRead& read) = 0;

  // Duplicate detection: every recorded upload (of any case, in any run) whose bytes had this
  // SHA-256, or whose extracted field `field_name` (e.g. "approval_number", "policy_number")
  // had exactly `value`. One entry per (case_id, file), with the latest run it appeared in;
  // sorted by case_id, file. The caller drops its own case.
  virtual Status FindDocumentsBySha256(std::string_view sha256,
                                       std::vector<StoredDocumentRef>* out) = 0;
  virtual Status FindDocumentsByField(std::string_view field_name, std::string_view value,
                                      std::vector<StoredDocumentRef>* out) = 0;
};

}  // namespace docval
