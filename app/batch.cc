#include "app/batch.h"

#include <map>
#include <mutex>
#include <thread>

#include "pipeline/understand.h"
#include "pipeline/worker_pool.h"
#include "validators/validate.h"
#include "models/outcome.h"

namespace docval {

void ProcessUpload(DocumentReader& reader, const DiscoveredUpload& found, UploadOutcome* out) {
  out->upload = found.upload;
  out->doc.file = found.upload.file;
  if (!found.refusal.ok()) {
    out->status = found.refusal;
    return;
  }
  ReadResult read;
  out->status = reader.Read(found.upload.path, &read);
  if (out->status.ok()) UnderstandDocument(Knowledge::Default(), &reader.ocr(), &read);
  read.doc.file = found.upload.file;
  out->doc = std::move(read.doc);
  out->notes = std::move(read.notes);
  out->upload.sha256 = out->doc.sha256;
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

  std::mutex progress_mutex;
  BatchProgress progress;
  progress.total = work.size();
  std::vector<ReaderJob> jobs;
  for (auto& [outcome, found] : work) {
    jobs.push_back([&, outcome = outcome, found = found](DocumentReader& reader) {
      ProcessUpload(reader, *found, outcome);
      std::lock_guard<std::mutex> lock(progress_mutex);
      ++progress.done;
      progress.last = outcome;
      if (options.on_progress) options.on_progress(progress);
    });
  }
  int threads = options.jobs > 0 ? options.jobs
                                 : std::max(1u, std::thread::hardware_concurrency());
  Status s = RunWithReaders(options.reader, threads, std::move(jobs));
  if (!s.ok()) return s;

  for (auto& [id, outcome] : by_id) {
    outcome.flags = ValidateCase(outcome, options.profile);
    outcome.status = StatusFromFlags(outcome.flags);
    out->cases.push_back(std::move(outcome));
  }
  return Status::OK();
}

}  // namespace docval
