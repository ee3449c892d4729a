// End to end: the real docval binary over the committed demo set (real Tesseract, real
// generated scans and PDFs), checked against the generator's truth.json.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>

namespace {

namespace fs = std::filesystem;

nlohmann::json ReadJson(const fs::path& path) {
  std::ifstream in(path);
  return nlohmann::json::parse(in);
}

TEST(BatchEndToEnd, DemoSetGivesExpectedFlagsAndExitsZero) {
  fs::path demo = fs::path(DOCVAL_SAMPLES_DIR) / "demo";
  fs::path out = fs::path(::testing::TempDir()) / "docval_e2e_batch";
  fs::remove_all(out);
  std::string command = std::string("OMP_THREAD_LIMIT=1 '") + DOCVAL_BINARY + "' batch --cases '" +
                        (demo / "cases.csv").string() + "' --uploads '" +
                        (demo / "uploads").string() + "' --out '" + out.string() + "' --db '" +
                        (out / "docval.db").string() + "' --jobs 2 2>/dev/null";
  int rc = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(rc));
  ASSERT_EQ(WEXITSTATUS(rc), 0) << "a completed run exits 0 even with flagged cases";

  nlohmann::json report = ReadJson(out / "report.json");
  nlohmann::json truth = ReadJson(demo / "truth.json");
  ASSERT_TRUE(fs::exists(out / "report.html"));
  std::map<std::string, nlohmann::json> by_id;
  for (const auto& c : report["cases"]) by_id[c["case_id"]] = c;
  ASSERT_EQ(by_id.size(), truth["cases"].size());

  size_t expected = 0, found = 0, clean = 0, clean_blocked = 0, clean_review = 0;
  std::set<std::string> refusal_reasons;
  for (const auto& t : truth["cases"]) {
    const nlohmann::json& c = by_id.at(t["case_id"]);
    // Status follows the flags (CONTRACT.md).
    bool any_error = false, any = false;
    for (const auto& f : c["flags"]) {
      any = true;
      any_error = any_error || f["severity"] == "error";
      if (f["code"] == "UNREADABLE_FILE") refusal_reasons.insert(f["found"].get<std::string>());
    }
    EXPECT_EQ(c["status"], any_error ? "BLOCKED" : any ? "REVIEW" : "READY") << t["case_id"];
    bool expects_error = false;
    for (const auto& e : t["expected_flags"]) {
      ++expected;
      std::string doc_type = e.value("doc_type", nlohmann::json("")).is_string()
                                 ? e.value("doc_type", "")
                                 : "";
      bool hit = false;
      for (const auto& f : c["flags"])
        hit = hit || (f["code"] == e["code"] && f["doc_type"] == doc_type);
      found += hit;
      if (!hit) std::cout << "  missed " << t["case_id"] << " " << e["code"] << " " << doc_type << "\n";
      expects_error = expects_error || e["code"] != "UNKNOWN_DOCUMENT";
    }
    if (expects_error) {
      EXPECT_EQ(c["status"], "BLOCKED") << t["case_id"];
    }
    if (t["expected_flags"].empty()) {
      ++clean;
      clean_blocked += c["status"] == "BLOCKED";
      clean_review += c["status"] == "REVIEW";
    }
  }
  // The demo holds one truncated and one password-protected upload: each must be refused
  // with its own reason, not lost.
  EXPECT_TRUE(refusal_reasons.count("truncated"));
  EXPECT_TRUE(refusal_reasons.count("pdf_encrypted"));

  // Through the read workers and into the report: the scanned two-page policies' first pages
  // hold all they need, so their pages of terms are left unread and listed as such.
  std::set<std::string> two_page_scans, unread_second;
  for (const auto& t : truth["cases"])
    for (const auto& d : t["documents"])
      if (d["doc_type"] == "guarantee_policy" && d["form"] != "pdf_text" &&
          d["lines_per_page"].size() == 2)
        two_page_scans.insert(d["file"].get<std::string>());
  for (const auto& c : report["cases"])
    for (const auto& d : c["documents"])
      if (d.value("unread_pages", nlohmann::json::array()) == nlohmann::json({2}))
        unread_second.insert(d["file"].get<std::string>());
  EXPECT_EQ(two_page_scans.size(), 2u);
  EXPECT_EQ(unread_second, two_page_scans);

  double recall = expected ? static_cast<double>(found) / expected : 1.0;
  std::cout << "flag recall " << found << "/" << expected << " = " << recall << "; clean cases "
            << clean << ": BLOCKED " << clean_blocked << ", REVIEW " << clean_review << "\n";
  RecordProperty("flag_recall", std::to_string(recall));
  // Measured 0.82 on this set when this test was written; the target is 0.98.
  EXPECT_GE(recall, 0.75);
}

}  // namespace
