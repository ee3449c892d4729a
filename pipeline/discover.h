// Discover: find the case folders and upload files below an upload root (CONTRACT.md: every
// sub-folder of DIR is one case named by its case_id; every file inside, at any depth, is an
// upload of that case).
//
// Nothing outside the root is ever followed: symbolic links are not opened but reported as
// refused uploads, so an operator sees them. Files are listed in a stable (sorted) order.
// Operating-system clutter (.DS_Store, Thumbs.db, desktop.ini, names starting with '.') is
// skipped and counted. Failure: NotFound/IOError when the root itself cannot be listed.
#pragma once

#include <string>
#include <vector>

#include "models/document.h"
#include "models/status.h"

namespace docval {

struct DiscoveredUpload {
  Upload upload;           // case_id, path, file ("<case_id>/<relative>"), size
  Status refusal;          // set when the entry must not be opened (e.g. a symlink)
};

struct CaseFolder {
  std::string case_id;
  std::string path;
  std::vector<DiscoveredUpload> uploads;
};

struct DiscoverResult {
  std::vector<CaseFolder> cases;
  std::vector<std::string> stray_files;  // files directly in the root, not in a case folder
  int skipped_clutter = 0;
};

Status DiscoverUploads(const std::string& root, DiscoverResult* out);

}  // namespace docval
