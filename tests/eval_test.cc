// The evaluation table: how documents are grouped for the acceptance figures.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "app/eval.h"

namespace docval {
namespace {

EvalDocument Scanned(const std::string& form, const std::string& quality, bool read_right) {
  EvalDocument e;
  e.file = "SS-1/" + form + quality;
  e.doc_type = "bankbook_copy";
  e.form = form;
  e.quality = quality;
  e.read_type = "bankbook_copy";
  e.truth_fields["account_number"] = "110123456789";
  e.read_fields["account_number"] = read_right ? "110123456789" : "";
  return e;
}

// The line of `table` that starts with `label`.
std::string LineOf(const std::string& table, const std::string& label) {
  std::istringstream in(table);
  for (std::string line; std::getline(in, line);)
    if (line.rfind(label, 0) == 0) return line;
  return "";
}

TEST(EvalTable, UploadsSpoiledOnPurposeAreScoredApartFromCleanScans) {
  std::string table = FormatEvaluation({Scanned("scan_jpeg", "normal", true),
                                        Scanned("scan_jpeg", "tiny", false)});
  EXPECT_NE(LineOf(table, "clean-scan").find("100.0%"), std::string::npos) << table;
  EXPECT_NE(LineOf(table, "unfit (defect)").find("  0.0%"), std::string::npos) << table;
  // The tiny scan has its own row in the per-form table and stays out of the worst fields.
  EXPECT_NE(table.find("scan_jpeg/tiny"), std::string::npos) << table;
  EXPECT_EQ(table.find("fields below 100%, worst first:\n  bankbook_copy"), std::string::npos)
      << table;
}

TEST(EvalTable, ADegradedFormIsNotCountedAsClean) {
  std::string table = FormatEvaluation({Scanned("photo", "normal", false)});
  EXPECT_NE(LineOf(table, "degraded").find("  0.0%"), std::string::npos) << table;
  EXPECT_EQ(LineOf(table, "clean-scan"), "") << table;
}

}  // namespace
}  // namespace docval
