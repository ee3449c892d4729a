// Regression tests for what the libFuzzer targets in fuzz/ found (see fuzz/README.md).
//
// Every reproducer libFuzzer wrote is kept under tests/data/fuzz/<target>/ and replayed here
// through the normal build, with the same contract checks the fuzz target makes; a minimal
// hand-written input per finding pins down the fixed behaviour itself.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "models/case.h"
#include "pipeline/case_loader.h"
#include "pipeline/normalize.h"

namespace docval {
namespace {

namespace fs = std::filesystem;

fs::path ReproducerDir(const std::string& target) {
  return fs::path(__FILE__).parent_path() / "data" / "fuzz" / target;
}

std::vector<fs::path> Reproducers(const std::string& target) {
  std::vector<fs::path> paths;
  for (const fs::directory_entry& entry : fs::directory_iterator(ReproducerDir(target)))
    if (entry.is_regular_file()) paths.push_back(entry.path());
  return paths;
}

std::string ReadBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// ParseCases must return (neither throw nor crash), and a refusal must be an InvalidArgument
// whose message is valid UTF-8 and names the file (the case_loader_fuzz contract).
void ExpectCleanRefusalOrCases(std::string_view content, const std::string& label) {
  std::vector<Case> cases;
  Status status;
  ASSERT_NO_THROW(status = ParseCases(content, "fuzz.json", &cases)) << label;
  if (status.ok()) return;
  EXPECT_EQ(status.code(), Status::Code::kInvalidArgument) << label;
  EXPECT_TRUE(IsValidUtf8(status.message())) << label << ": " << status.message();
  EXPECT_EQ(status.message().rfind("fuzz.json:", 0), 0u) << label << ": " << status.message();
  EXPECT_TRUE(cases.empty()) << label;
}

TEST(FuzzRegressionCaseLoader, StoredReproducersAreRefusedCleanly) {
  const std::vector<fs::path> paths = Reproducers("case_loader");
  ASSERT_FALSE(paths.empty()) << ReproducerDir("case_loader");
  for (const fs::path& path : paths) ExpectCleanRefusalOrCases(ReadBytes(path), path.string());
}

// Found by case_loader_fuzz: a number beyond double range made nlohmann throw out_of_range,
// which ParseJson did not catch, so the uncaught exception ended the process.
TEST(FuzzRegressionCaseLoader, NumberBeyondDoubleRangeIsAnErrorAtItsPosition) {
  std::vector<Case> cases;
  // The same digits inside a string come first: the position must be the number's.
  const Status status = ParseCases(R"([{"a": "1e999", "b": 1e999}])", "fuzz.json", &cases);
  ASSERT_EQ(status.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(status.message().rfind("fuzz.json:1:22: ", 0), 0u) << status.message();
  EXPECT_NE(status.message().find("1e999"), std::string::npos) << status.message();
}

// Found by case_loader_fuzz: nlohmann quotes the bytes it read ("last read: '…'"), which can
// end inside a multi-byte UTF-8 character; the message carried the broken sequence on.
TEST(FuzzRegressionCaseLoader, SyntaxErrorInsideMultibyteCharacterKeepsMessageUtf8) {
  std::vector<Case> cases;
  const Status status =
      ParseCases("[{\"case_id\": \"x\", \xEF\xBB\xBF\"a\": 1}]", "fuzz.json", &cases);
  ASSERT_EQ(status.code(), Status::Code::kInvalidArgument);
  EXPECT_TRUE(IsValidUtf8(status.message())) << status.message();
  EXPECT_EQ(status.message().rfind("fuzz.json:1:19: ", 0), 0u) << status.message();
}

}  // namespace
}  // namespace docval
