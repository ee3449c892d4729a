// The odd-file corpus end to end: the real generator writes it (`--preset odd`), the real
// `docval batch` reads it, and the reports are checked against the generator's odd_truth.json:
// every upload is named, each either read or refused with its reason, nothing outside the
// upload root is read, and hostile names come out as valid UTF-8 and escaped HTML.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

std::string ReadBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string FromHex(const std::string& hex) {
  std::string bytes;
  for (size_t i = 0; i + 1 < hex.size(); i += 2)
    bytes.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  return bytes;
}

// Reverses the "\xNN" notation docval uses for name bytes that are not printable UTF-8.
std::string UnescapeName(const std::string& shown) {
  std::string raw;
  for (size_t i = 0; i < shown.size(); ++i) {
    if (shown.compare(i, 2, "\\x") == 0 && i + 3 < shown.size() &&
        std::isxdigit(static_cast<unsigned char>(shown[i + 2])) &&
        std::isxdigit(static_cast<unsigned char>(shown[i + 3]))) {
      raw.push_back(static_cast<char>(std::stoi(shown.substr(i + 2, 2), nullptr, 16)));
      i += 3;
    } else {
      raw.push_back(shown[i]);
    }
  }
  return raw;
}

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = s[i];
    const size_t length = c < 0x80          ? 1
                          : (c >> 5) == 6   ? 2
                          : (c >> 4) == 14  ? 3
                          : (c >> 3) == 30  ? 4
                                            : 0;
    if (length == 0 || i + length > s.size() || (length == 2 && c < 0xC2)) return false;
    for (size_t k = 1; k < length; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += length;
  }
  return true;
}

int RunCommand(const std::string& command) {
  const int rc = std::system(command.c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

const std::set<std::string> kDocTypes = {"tax_invoice",     "transfer_receipt", "bankbook_copy",
                                         "guarantee_policy", "inspection_form", "other",
                                         "unknown"};

TEST(OddCorpus, BatchReadsOrRefusesEveryFileAndNeverLeavesTheRoot) {
  const fs::path work = fs::path(::testing::TempDir()) / "docval_odd_corpus";
  const fs::path set = work / "set";
  const fs::path out = work / "out";
  fs::remove_all(work);
  ASSERT_EQ(RunCommand("'" + std::string(DOCVAL_SAMPLEGEN) + "' --preset odd --seed 7 --out '" +
                set.string() + "' >/dev/null"),
            0);
  const nlohmann::json truth = nlohmann::json::parse(ReadBytes(set / "odd_truth.json"));

  // What is on disk, links included and not followed: it must be what the truth describes.
  std::set<std::string> on_disk, linked_case_folders;
  const fs::path uploads = set / "uploads";
  for (const fs::directory_entry& entry : fs::directory_iterator(uploads)) {
    if (entry.is_symlink()) {
      linked_case_folders.insert(entry.path().filename().string());
      continue;
    }
    for (auto it = fs::recursive_directory_iterator(entry.path()); it != fs::end(it); ++it) {
      if (it->is_symlink() || it->is_regular_file())
        on_disk.insert(it->path().lexically_relative(uploads).string());
    }
  }
  std::set<std::string> in_truth;
  for (const auto& f : truth["files"]) in_truth.insert(FromHex(f["file_hex"]));
  ASSERT_EQ(on_disk, in_truth);
  ASSERT_GE(on_disk.size(), 30u);
  ASSERT_EQ(linked_case_folders,
            truth["linked_case_folders"].get<std::set<std::string>>());

  const auto started = std::chrono::steady_clock::now();
  const int rc = RunCommand(
      "OMP_THREAD_LIMIT=1 '" + std::string(DOCVAL_BINARY) + "' batch --cases '" +
      (set / "cases.csv").string() + "' --uploads '" + uploads.string() + "' --out '" +
      out.string() + "' --db '" + (work / "docval.db").string() + "' --jobs 2 2>'" +
      (work / "batch.log").string() + "'");
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << "docval batch over " << on_disk.size() << " odd files: " << seconds << " s\n";
  RecordProperty("batch_seconds", std::to_string(seconds));
  ASSERT_EQ(rc, 0) << "a run over broken uploads still completes; log: "
                   << ReadBytes(work / "batch.log");

  // The parser rejects ill-formed UTF-8, so parsing is the validity check.
  const std::string json_text = ReadBytes(out / "report.json");
  nlohmann::json report;
  ASSERT_NO_THROW(report = nlohmann::json::parse(json_text));

  std::map<std::string, nlohmann::json> documents;  // by raw relative path
  std::map<std::string, std::set<std::string>> unreadable_flags;  // case -> files flagged
  for (const auto& c : report["cases"]) {
    for (const auto& d : c["documents"]) {
      const std::string shown = d["file"];
      for (unsigned char ch : shown) EXPECT_GE(ch, 0x20) << "control byte in " << shown;
      EXPECT_TRUE(documents.emplace(UnescapeName(shown), d).second) << "reported twice: " << shown;
    }
    for (const auto& f : c["flags"])
      if (f["code"] == "UNREADABLE_FILE") unreadable_flags[c["case_id"]].insert(f["file"]);
  }

  for (const auto& f : truth["files"]) {
    const std::string raw = FromHex(f["file_hex"]);
    SCOPED_TRACE(f["file"].get<std::string>() + " (" + f["what"].get<std::string>() + ")");
    auto found = documents.find(raw);
    ASSERT_NE(found, documents.end()) << "not in report.json";
    const nlohmann::json& d = found->second;
    const std::string expect = f["expect"];
    const bool refused = d.contains("refused");
    if (expect == "read" || (expect == "either" && !refused)) {
      ASSERT_FALSE(refused) << d.dump();
      EXPECT_TRUE(kDocTypes.count(d["doc_type"])) << d["doc_type"];
      EXPECT_GE(d["pages"].get<int>(), 1);
      if (f.contains("format")) {
        EXPECT_EQ(d["format"], f["format"]) << "detected by content";
      }
    } else {
      ASSERT_TRUE(refused) << d.dump();
      const std::string reason = d["refused"]["reason"];
      if (expect == "refused") {
        EXPECT_EQ(reason, f["reason"]);
      }
      EXPECT_FALSE(reason.empty());
      EXPECT_FALSE(d["refused"]["message"].get<std::string>().empty());
      const std::string case_id = raw.substr(0, raw.find('/'));
      EXPECT_TRUE(unreadable_flags[case_id].count(d["file"])) << "refusal without a flag";
    }
    if (f.contains("link_target")) {
      EXPECT_EQ(d["sha256"], "") << "a link was opened";
    }
  }

  // Nothing outside the upload root: no file through a link, the linked case folder listed
  // but not entered.
  EXPECT_EQ(json_text.find(truth["outside_marker"].get<std::string>()), std::string::npos);
  for (const auto& [raw, d] : documents) {
    const std::string case_id = raw.substr(0, raw.find('/'));
    EXPECT_FALSE(linked_case_folders.count(case_id)) << raw;
  }
  ASSERT_TRUE(report.contains("stray_files"));
  for (const std::string& linked : linked_case_folders) {
    const auto& stray = report["stray_files"];
    EXPECT_NE(std::find(stray.begin(), stray.end(), linked), stray.end()) << linked;
  }

  // report.html: valid UTF-8, the <script> name shown escaped, never as markup.
  const std::string html = ReadBytes(out / "report.html");
  EXPECT_TRUE(IsValidUtf8(html));
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<img src=x"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)"), std::string::npos)
      << "the refused upload with the <script> name is listed";
}

}  // namespace
