#include "pipeline/discover.h"

#include <algorithm>
#include <filesystem>
#include <string_view>
#include <system_error>

namespace docval {
namespace fs = std::filesystem;
namespace {

// Names are shown in reports, logs and the database, all UTF-8 text, but a file name is only
// bytes: a CP949 name from a Windows ZIP tool is not UTF-8, and a newline in a name would split
// a log line. Such bytes are reported as "\xNN" (as `ls -b` does); everything else is kept.
// Upload::path keeps the real bytes for opening the file.
std::string ReportableName(std::string_view raw) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(raw.size());
  size_t i = 0;
  while (i < raw.size()) {
    const auto byte = [&](size_t at) { return static_cast<unsigned char>(raw[at]); };
    const unsigned char lead = byte(i);
    // Length of a well-formed UTF-8 sequence starting at i (RFC 3629), 0 when there is none.
    size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (lead >= 0x20 && lead < 0x7F) length = 1;
    else if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) low = 0xA0;
      if (lead == 0xED) high = 0x9F;  // no UTF-16 surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) low = 0x90;
      if (lead == 0xF4) high = 0x8F;
    }
    bool valid = length > 0 && i + length <= raw.size();
    for (size_t k = 1; valid && k < length; ++k) {
      const unsigned char c = byte(i + k);
      valid = k == 1 ? (c >= low && c <= high) : (c >= 0x80 && c <= 0xBF);
    }
    if (valid) {
      out.append(raw.substr(i, length));
      i += length;
    } else {
      out += "\\x";
      out += kHex[lead >> 4];
      out += kHex[lead & 15];
      ++i;
    }
  }
  return out;
}

bool IsClutter(const std::string& name) {
  return name.empty() || name[0] == '.' || name == "Thumbs.db" || name == "desktop.ini";
}

// Lists every file below `dir`, one directory at a time, so a sub-folder that cannot be read
// (permissions, a path longer than the system allows) becomes one refused entry and its
// siblings are still listed.
void ListCaseFolder(const fs::path& dir, const std::string& case_id, CaseFolder* folder,
                    int* clutter) {
  auto entry_for = [&](const fs::path& path) {
    DiscoveredUpload found;
    found.upload.case_id = case_id;
    found.upload.path = path.string();
    // Lexical: fs::relative would resolve a symbolic link and name its target instead.
    std::string relative = path.lexically_relative(dir).generic_string();
    found.upload.file = case_id + (relative == "." ? "" : "/" + ReportableName(relative));
    return found;
  };
  std::vector<fs::path> pending = {dir};
  while (!pending.empty()) {
    fs::path current = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(current, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const fs::directory_entry& entry = *it;
      std::string name = entry.path().filename().string();
      std::error_code type_ec;
      if (IsClutter(name)) {
        ++*clutter;
        continue;
      }
      DiscoveredUpload found = entry_for(entry.path());
      if (entry.is_symlink(type_ec)) {
        // Neither a link to a file nor one to a folder is followed: it could point anywhere
        // on the machine.
        found.refusal = Status::Refused(
            "symlink", "심볼릭 링크라서 열지 않았습니다. 링크가 아닌 실제 파일을 올려 주세요.");
        folder->uploads.push_back(std::move(found));
        continue;
      }
      if (entry.is_directory(type_ec)) {
        pending.push_back(entry.path());
        continue;
      }
      if (!entry.is_regular_file(type_ec)) {
        found.refusal = Status::Refused("not_a_file", "일반 파일이 아닙니다 (장치/파이프 등).");
        folder->uploads.push_back(std::move(found));
        continue;
      }
      found.upload.size = entry.file_size(type_ec);
      folder->uploads.push_back(std::move(found));
    }
    if (ec) {
      DiscoveredUpload found = entry_for(current);
      found.refusal = Status::Refused(
          "folder_unreadable",
          "폴더를 읽을 수 없어 그 안의 파일을 확인하지 못했습니다 (" + ec.message() +
              "). 폴더 권한이나 경로 길이를 확인하고 파일을 다시 올리도록 요청하세요.");
      folder->uploads.push_back(std::move(found));
    }
  }
  std::sort(folder->uploads.begin(), folder->uploads.end(),
            [](const DiscoveredUpload& a, const DiscoveredUpload& b) {
              return a.upload.file < b.upload.file;
            });
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
      // A linked case folder is not followed either: it is listed like a stray file.
      out->stray_files.push_back(ReportableName(name));
      continue;
    }
    CaseFolder folder;
    // A folder whose name is not UTF-8 cannot match a case row anyway; it is reported as a
    // case without data under its shown name.
    folder.case_id = ReportableName(name);
    folder.path = entry.path().string();
    ListCaseFolder(entry.path(), folder.case_id, &folder, &out->skipped_clutter);
    out->cases.push_back(std::move(folder));
  }
  return Status::OK();
}

}  // namespace docval
