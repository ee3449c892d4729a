#include "app/batch.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "pipeline/ingest.h"
#include "pipeline/knowledge.h"
#include "models/outcome.h"
#include "pipeline/understand.h"
#include "pipeline/worker_pool.h"
#include "storage/file_hash.h"
#include "validators/duplicates.h"
#include "validators/validate.h"

namespace docval {
namespace {

// Uploads discovery refused (symbolic links) are never opened, not even to hash them.
bool TakeDiscoveryRefusal(const DiscoveredUpload& found, UploadOutcome* out) {
  if (found.refusal.ok()) return false;
  out->upload = found.upload;
  out->doc.file = found.upload.file;
  out->status = found.refusal;
  return true;
}

// Digest of every doctype knowledge file (name and bytes), so editing one invalidates the
// cache without anyone having to remember kPipelineVersion.
std::string KnowledgeDigest() {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(DefaultDoctypeDir(), ec))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::string all;
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    all += f.filename().string() + '\0' + bytes.str() + '\0';
  }
  return Sha256Hex(all).substr(0, 16);
}

// Only conclusive reads are cached: a read that hit a page deadline (notes) or failed for a
// reason other than refusal may go differently next time.
// A read stopped by the isolation limits is tried again next run.
bool Cacheable(const UploadOutcome& u) {
  return (u.status.ok() || (u.status.IsRefused() && !IsReaderFailure(u.status))) &&
         u.notes.empty() && !u.doc.sha256.empty();
}

}  // namespace

std::string ReadCacheVersion(const ReaderOptions& reader) {
  static const std::string knowledge = KnowledgeDigest();
  return std::string(kPipelineVersion) + ";lang=" + reader.ocr.languages +
         ";preprocess=" + (reader.preprocess_enabled ? "on" : "off") + ";knowledge=" + knowledge;
}

void ProcessUpload(DocumentReader& reader, const DiscoveredUpload& found, UploadOutcome* out) {
  if (TakeDiscoveryRefusal(found, out)) return;
  out->upload = found.upload;
  out->doc.file = found.upload.file;
  ReadResult read;
  out->status = ReadDocument(reader, Knowledge::Default(), found.upload.path, &read);
  read.doc.file = found.upload.file;
  out->doc = std::move(read.doc);
  out->notes = std::move(read.notes);
  out->upload.sha256 = out->doc.sha256;
}

// What earlier runs recorded under the same content or number as this run's uploads: the
// other half of duplicate detection (this run's own cases are compared in memory).
static std::vector<PriorDocument> EarlierDocuments(Store* store, const std::vector<CaseOutcome>& cases) {
  std::vector<PriorDocument> earlier;
  if (!store) return earlier;
  auto add = [&](const std::vector<StoredDocumentRef>& refs, const UploadOutcome& u,
                 const std::string& case_id, const char* field, const std::string& value) {
    for (const StoredDocumentRef& ref : refs) {
      if (ref.case_id == case_id) continue;
      PriorDocument p;
      p.case_id = ref.case_id;
      p.file = ref.file;
      p.run_id = ref.run_id;
      p.size = u.upload.size;
      p.doc_type = u.status.ok() ? std::string(ToString(u.doc.doc_type)) : "";
      if (field == nullptr) {
        p.sha256 = u.doc.sha256;
      } else {
        (std::string(field) == "approval_number" ? p.approval_number : p.policy_number) = value;
      }
      earlier.push_back(std::move(p));
    }
  };
  for (const CaseOutcome& c : cases) {
    for (const UploadOutcome& u : c.uploads) {
      std::vector<StoredDocumentRef> refs;
      if (!u.doc.sha256.empty() && u.upload.size > 0 &&
          store->FindDocumentsBySha256(u.doc.sha256, &refs).ok())
        add(refs, u, c.case_id, nullptr, "");
      for (const char* field : {"approval_number", "policy_number"}) {
        auto it = u.doc.fields.find(field);
        if (it == u.doc.fields.end()) continue;
        refs.clear();
        if (store->FindDocumentsByField(field, it->second.value, &refs).ok())
          add(refs, u, c.case_id, field, it->second.value);
      }
    }
  }
  return earlier;
}

Status RunBatch(const std::vector<Case>& cases, const DiscoverResult& uploads,
                const BatchOptions& options, BatchResult* out) {
  *out = BatchResult();
  out->stray_files = uploads.stray_files;
  out->skipped_clutter = uploads.skipped_clutter;

  std::map<std::string, CaseOutcome> by_id;
  for (const Case& c : cases) {
    CaseOutcome& o = by_id[c.case_id];
    o.case_id = c.case_id;
    o.has_case_row = true;
    o.row = c;
  }
  std::vector<std::pair<UploadOutcome*, const DiscoveredUpload*>> work;
  for (const CaseFolder& folder : uploads.cases) {
    CaseOutcome& o = by_id[folder.case_id];
    o.case_id = folder.case_id;
    o.has_folder = true;
    o.uploads.resize(folder.uploads.size());
  }
  for (const CaseFolder& folder : uploads.cases) {
    CaseOutcome& o = by_id[folder.case_id];
    for (size_t i = 0; i < folder.uploads.size(); ++i)
      work.emplace_back(&o.uploads[i], &folder.uploads[i]);
  }

  std::mutex progress_mutex;  // guards progress and out->cache_status
  BatchProgress progress;
  progress.total = work.size();
  auto note_cache_error = [&](const Status& s) {
    std::lock_guard<std::mutex> lock(progress_mutex);
    if (out->cache_status.ok()) out->cache_status = s;
  };
  auto finished = [&](const UploadOutcome* outcome) {
    std::lock_guard<std::mutex> lock(progress_mutex);
    ++progress.done;
    progress.last = outcome;
    if (options.on_progress) options.on_progress(progress);
  };
  const std::string cache_version = options.store ? ReadCacheVersion(options.reader) : "";

  // Cache hits are settled here, before any OCR engine exists: an unchanged re-run then
  // starts no Tesseract at all (initialising one costs more than the whole cached run).
  std::vector<ReadTask> tasks;
  std::set<std::string> from_cache;  // upload files whose read came from the cache
  for (auto& [outcome, found] : work) {
    if (TakeDiscoveryRefusal(*found, outcome)) {
      finished(outcome);
      continue;
    }
    if (options.store && options.use_cache) {
      std::string sha256;
      CachedRead cached;
      bool hit = false;
      // A file that cannot be hashed is a miss: the pipeline refuses it with the proper reason.
      if (Sha256File(found->upload.path, &sha256).ok()) {
        Status s = options.store->LookupCachedDocument(sha256, cache_version, &cached, &hit);
        if (!s.ok()) note_cache_error(s);
      }
      if (hit) {
        outcome->upload = found->upload;
        outcome->upload.sha256 = sha256;
        outcome->status = std::move(cached.status);
        outcome->doc = std::move(cached.doc);
        outcome->doc.file = found->upload.file;
        outcome->doc.sha256 = sha256;
        ++out->uploads_cached;
        from_cache.insert(found->upload.file);
        finished(outcome);
        continue;
      }
    }
    ++out->uploads_read;
    tasks.push_back({found, outcome});
  }
  auto read_done = [&](const ReadTask& task) {
    if (options.store && Cacheable(*task.out)) {
      CachedRead read{task.out->status, task.out->doc};
      Status s = options.store->StoreCachedDocument(task.out->doc.sha256, cache_version, read);
      if (!s.ok()) note_cache_error(s);
    }
    finished(task.out);
  };
  if (!tasks.empty()) {
    int workers = options.jobs > 0 ? options.jobs
                                   : std::max(1u, std::thread::hardware_concurrency());
    Status s;
    if (options.isolation.enabled) {
      s = ReadIsolated(options.reader, options.isolation, workers, tasks, read_done);
    } else {
      std::vector<ReaderJob> jobs;
      for (const ReadTask& task : tasks)
        jobs.push_back([&, task](DocumentReader& reader) {
          ProcessUpload(reader, *task.found, task.out);
          read_done(task);
        });
      // More engines than files only costs start-up time. Counted before the call: an argument
      // moved from may be moved before its sibling is evaluated (this read 0 jobs, so 1 thread).
      const int threads = std::min<int>(workers, jobs.size());
      s = RunWithReaders(options.reader, threads, std::move(jobs));
    }
    if (!s.ok()) return s;
  }

  for (auto& [id, outcome] : by_id) {
    outcome.flags = ValidateCase(outcome, options.profile);
    outcome.status = StatusFromFlags(outcome.flags);
    out->cases.push_back(std::move(outcome));
  }
  CheckDuplicates(&out->cases, EarlierDocuments(options.store, out->cases));
  // A cached read comes without its page thumbnails (most of the cache's bytes); the report's
  // crops need them only for the uploads a flag is about.
  for (CaseOutcome& c : out->cases)
    for (UploadOutcome& u : c.uploads) {
      if (!from_cache.contains(u.doc.file)) continue;
      if (std::none_of(c.flags.begin(), c.flags.end(),
                       [&](const Flag& f) { return f.file == u.doc.file; }))
        continue;
      Status s = options.store->LoadCachedThumbnails(u.doc.sha256, cache_version, &u.doc);
      if (!s.ok()) note_cache_error(s);
    }
  return Status::OK();
}

}  // namespace docval
