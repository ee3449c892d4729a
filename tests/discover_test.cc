// Upload discovery: every file below a case folder is an upload, names are reportable text,
// links are never followed, and a folder that cannot be read costs one refused entry, not the run.
#include "pipeline/discover.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

namespace docval {
namespace {

namespace fs = std::filesystem;

class DiscoverTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(::testing::TempDir()) / ("discover_" + std::to_string(getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "uploads");
  }
  void TearDown() override { fs::remove_all(root_); }

  fs::path Write(const fs::path& relative, const std::string& bytes = "x") {
    fs::path path = root_ / "uploads" / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  std::map<std::string, const DiscoveredUpload*> ByFile(const DiscoverResult& result) {
    std::map<std::string, const DiscoveredUpload*> files;
    for (const CaseFolder& c : result.cases)
      for (const DiscoveredUpload& u : c.uploads) files[u.upload.file] = &u;
    return files;
  }

  fs::path root_;
};

TEST_F(DiscoverTest, ListsNestedFilesSkipsClutterAndKeepsStrays) {
  Write("SS-1/a.pdf", "12345");
  Write("SS-1/sub/b.jpg");
  Write("SS-1/.DS_Store");
  Write("SS-1/Thumbs.db");
  Write("SS-2/c.xml");
  Write("loose.pdf");
  DiscoverResult result;
  ASSERT_TRUE(DiscoverUploads((root_ / "uploads").string(), &result).ok());
  ASSERT_EQ(result.cases.size(), 2u);
  EXPECT_EQ(result.cases[0].case_id, "SS-1");
  auto files = ByFile(result);
  ASSERT_EQ(files.size(), 3u);
  EXPECT_EQ(files.at("SS-1/a.pdf")->upload.size, 5u);
  EXPECT_TRUE(files.count("SS-1/sub/b.jpg"));
  EXPECT_TRUE(files.count("SS-2/c.xml"));
  EXPECT_EQ(result.skipped_clutter, 2);
  EXPECT_EQ(result.stray_files, std::vector<std::string>{"loose.pdf"});
}

TEST_F(DiscoverTest, LinksAreRefusedAndNamedWithoutFollowingThem) {
  Write("SS-1/real.pdf");
  fs::create_symlink("/etc/passwd", root_ / "uploads" / "SS-1" / "passwd.pdf");
  fs::create_directories(root_ / "outside");
  fs::create_directory_symlink(root_ / "outside", root_ / "uploads" / "SS-1" / "linked");
  fs::create_directory_symlink(root_ / "outside", root_ / "uploads" / "SS-9");
  DiscoverResult result;
  ASSERT_TRUE(DiscoverUploads((root_ / "uploads").string(), &result).ok());
  auto files = ByFile(result);
  ASSERT_TRUE(files.count("SS-1/passwd.pdf"));
  EXPECT_EQ(files.at("SS-1/passwd.pdf")->refusal.reason(), "symlink");
  ASSERT_TRUE(files.count("SS-1/linked"));
  EXPECT_EQ(files.at("SS-1/linked")->refusal.reason(), "symlink");
  EXPECT_TRUE(files.at("SS-1/real.pdf")->refusal.ok());
  EXPECT_EQ(result.cases.size(), 1u) << "a linked case folder is not entered";
  EXPECT_EQ(result.stray_files, std::vector<std::string>{"SS-9"});
}

TEST_F(DiscoverTest, NamesThatAreNotUtf8AreEscapedButStillOpen) {
  fs::path odd = Write(std::string("SS-1/\xb0\xe8\xbb\xea\nx.pdf"));  // EUC-KR bytes, a newline
  DiscoverResult result;
  ASSERT_TRUE(DiscoverUploads((root_ / "uploads").string(), &result).ok());
  auto files = ByFile(result);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files.begin()->first, "SS-1/\\xB0\\xE8\\xBB\\xEA\\x0Ax.pdf");
  EXPECT_EQ(files.begin()->second->upload.path, odd.string());
}

// Creates a chain of folders whose full path is longer than PATH_MAX (the kernel then refuses
// to open it by name), with a file at the bottom. Built relative to open folders, because the
// path itself cannot be used.
void MakeTooDeepFolder(const fs::path& parent) {
  const std::string segment(200, 'd');
  int fd = open(parent.c_str(), O_RDONLY | O_DIRECTORY);
  ASSERT_GE(fd, 0);
  for (int level = 0; level < 24; ++level) {
    ASSERT_EQ(mkdirat(fd, segment.c_str(), 0755), 0);
    int next = openat(fd, segment.c_str(), O_RDONLY | O_DIRECTORY);
    close(fd);
    ASSERT_GE(next, 0);
    fd = next;
  }
  int file = openat(fd, "hidden.pdf", O_CREAT | O_WRONLY, 0644);
  ASSERT_GE(file, 0);
  close(file);
  close(fd);
}

// Removes what MakeTooDeepFolder made (fs::remove_all cannot: it works on whole paths).
void RemoveRelative(int dir_fd, const char* name) {
  int fd = openat(dir_fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
  if (fd < 0) {
    unlinkat(dir_fd, name, 0);
    return;
  }
  const std::string segment(200, 'd');
  RemoveRelative(fd, segment.c_str());
  unlinkat(fd, "hidden.pdf", 0);
  close(fd);
  unlinkat(dir_fd, name, AT_REMOVEDIR);
}

TEST_F(DiscoverTest, UnreadableFolderIsOneRefusedEntryAndTheRestIsListed) {
  Write("SS-1/a.pdf");
  Write("SS-1/z.pdf");
  fs::path deep_parent = root_ / "uploads" / "SS-1" / "deep";
  fs::create_directories(deep_parent);
  MakeTooDeepFolder(deep_parent);
  DiscoverResult result;
  Status s = DiscoverUploads((root_ / "uploads").string(), &result);
  {
    int fd = open((root_ / "uploads" / "SS-1").c_str(), O_RDONLY | O_DIRECTORY);
    RemoveRelative(fd, "deep");
    close(fd);
  }
  ASSERT_TRUE(s.ok()) << s.ToString();
  auto files = ByFile(result);
  EXPECT_TRUE(files.count("SS-1/a.pdf"));
  EXPECT_TRUE(files.count("SS-1/z.pdf"));
  int unreadable = 0;
  for (const auto& [name, upload] : files) {
    if (upload->refusal.reason() != "folder_unreadable") continue;
    ++unreadable;
    EXPECT_EQ(name.rfind("SS-1/deep/", 0), 0u) << name;
    EXPECT_NE(upload->refusal.message().find("폴더를 읽을 수 없어"), std::string::npos);
  }
  EXPECT_EQ(unreadable, 1);
}

}  // namespace
}  // namespace docval
