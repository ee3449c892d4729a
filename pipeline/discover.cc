#include "pipeline/discover.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace docval {
namespace fs = std::filesystem;
namespace {

bool IsClutter(const std::string& name) {
  return name.empty() || name[0] == '.' || name == "Thumbs.db" || name == "desktop.ini";
}

Status ListCaseFolder(const fs::path& dir, const std::string& case_id, CaseFolder* folder,
                      int* clutter) {
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec), end;
  if (ec) return Status::IOError(dir.string() + ": " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) return Status::IOError(dir.string() + ": " + ec.message());
    const fs::directory_entry& entry = *it;
    std::string name = entry.path().filename().string();
    if (IsClutter(name)) {
      if (entry.is_directory(ec)) it.disable_recursion_pending();
      ++*clutter;
      continue;
    }
    DiscoveredUpload found;
    found.upload.case_id = case_id;
    found.upload.path = entry.path().string();
    found.upload.file = case_id + "/" + fs::relative(entry.path(), dir, ec).generic_string();
    if (entry.is_symlink(ec)) {
      // The iterator does not follow directory links (no follow_directory_symlink), and
      // a link to a file is not opened either: it could point anywhere on the machine.
      found.refusal = Status::Refused(
          "symlink", "심볼릭 링크라서 열지 않았습니다. 링크가 아닌 실제 파일을 올려 주세요.");
      folder->uploads.push_back(std::move(found));
      continue;
    }
    if (entry.is_directory(ec)) continue;
    if (!entry.is_regular_file(ec)) {
      found.refusal = Status::Refused("not_a_file", "일반 파일이 아닙니다 (장치/파이프 등).");
      folder->uploads.push_back(std::move(found));
      continue;
    }
    found.upload.size = entry.file_size(ec);
    folder->uploads.push_back(std::move(found));
  }
  std::sort(folder->uploads.begin(), folder->uploads.end(),
            [](const DiscoveredUpload& a, const DiscoveredUpload& b) {
              return a.upload.file < b.upload.file;
            });
  return Status::OK();
}

}  // namespace

Status DiscoverUploads(const std::string& root, DiscoverResult* out) {
  *out = DiscoverResult();
  std::error_code ec;
  if (!fs::is_directory(root, ec))
    return Status::NotFound("업로드 폴더가 없습니다: " + root);
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(root, ec), end; it != end; it.increment(ec)) {
    if (ec) break;
    entries.push_back(*it);
  }
  if (ec) return Status::IOError(root + ": " + ec.message());
  std::sort(entries.begin(), entries.end());
  for (const fs::directory_entry& entry : entries) {
    std::string name = entry.path().filename().string();
    if (IsClutter(name)) {
      ++out->skipped_clutter;
      continue;
    }
    if (entry.is_symlink(ec) || !entry.is_directory(ec)) {
      out->stray_files.push_back(name);
      continue;
    }
    CaseFolder folder;
    folder.case_id = name;
    folder.path = entry.path().string();
    Status s = ListCaseFolder(entry.path(), name, &folder, &out->skipped_clutter);
    if (!s.ok()) return s;
    out->cases.push_back(std::move(folder));
  }
  return Status::OK();
}

}  // namespace docval
