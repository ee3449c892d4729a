// DUPLICATE_DOCUMENT across cases: each key, both cases flagged, earlier runs, and the
// documents that must not be called duplicates.
#include "validators/duplicates.h"

#include "models/profile.h"
#include "validators/validate.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace docval {
namespace {

UploadOutcome Doc(const std::string& case_id, const std::string& name, DocType type,
                  const std::string& sha, std::map<std::string, std::string> fields = {},
                  uint64_t phash = 0) {
  UploadOutcome u;
  u.upload.case_id = case_id;
  u.upload.file = case_id + "/" + name;
  u.upload.sha256 = sha;
  u.upload.size = 1000;
  u.doc.file = u.upload.file;
  u.doc.sha256 = sha;
  u.doc.doc_type = type;
  for (const auto& [k, v] : fields) u.doc.fields[k].value = v;
  Page page;
  page.perceptual_hash = phash;
  u.doc.pages.push_back(page);
  return u;
}

CaseOutcome Case(const std::string& id, std::vector<UploadOutcome> uploads) {
  CaseOutcome c;
  c.case_id = id;
  c.has_case_row = c.has_folder = true;
  c.uploads = std::move(uploads);
  return c;
}

std::vector<Flag> Duplicates(const CaseOutcome& c) {
  std::vector<Flag> out;
  for (const Flag& f : c.flags)
    if (f.code == FlagCode::kDuplicateDocument) out.push_back(f);
  return out;
}

const std::string kApproval = "202605124100001200000001";

TEST(DuplicatesTest, SameApprovalNumberFlagsBothCasesNamingEachOther) {
  std::vector<CaseOutcome> cases = {
      Case("SS-2026-00017", {Doc("SS-2026-00017", "scan_03.jpg", DocType::kTaxInvoice, "aa",
                                 {{"approval_number", kApproval}, {"buyer_brn", "1234567890"}})}),
      Case("SS-2026-00031", {Doc("SS-2026-00031", "첨부2.pdf", DocType::kTaxInvoice, "bb",
                                 {{"approval_number", kApproval}, {"buyer_brn", "2234567890"}})}),
      Case("SS-2026-00040", {Doc("SS-2026-00040", "x.pdf", DocType::kTaxInvoice, "cc",
                                 {{"approval_number", "202605124100001200000002"}})})};
  CheckDuplicates(&cases, {});
  auto first = Duplicates(cases[0]);
  auto second = Duplicates(cases[1]);
  ASSERT_EQ(first.size(), 1u);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_TRUE(Duplicates(cases[2]).empty());
  EXPECT_EQ(first[0].severity, Severity::kError);
  EXPECT_EQ(first[0].doc_type, "tax_invoice");
  EXPECT_EQ(first[0].file, "SS-2026-00017/scan_03.jpg");
  EXPECT_EQ(first[0].field, "approval_number");
  EXPECT_EQ(first[0].expected, "");
  EXPECT_EQ(first[0].found, kApproval);
  EXPECT_NE(first[0].message.find("SS-2026-00031(첨부2.pdf)"), std::string::npos)
      << first[0].message;
  EXPECT_NE(first[0].message.find("승인번호 " + kApproval), std::string::npos);
  EXPECT_EQ(second[0].file, "SS-2026-00031/첨부2.pdf");
  EXPECT_NE(second[0].message.find("SS-2026-00017(scan_03.jpg)"), std::string::npos)
      << second[0].message;
  EXPECT_EQ(cases[0].status, CaseStatus::kBlocked);
  EXPECT_EQ(cases[1].status, CaseStatus::kBlocked);
  EXPECT_EQ(cases[2].status, CaseStatus::kReady);
}

TEST(DuplicatesTest, SamePolicyNumber) {
  std::vector<CaseOutcome> cases = {
      Case("A", {Doc("A", "p.jpg", DocType::kGuaranteePolicy, "1",
                     {{"policy_number", "100-000-2026-0001234"}})}),
      Case("B", {Doc("B", "q.jpg", DocType::kGuaranteePolicy, "2",
                     {{"policy_number", "100-000-2026-0001234"}})})};
  CheckDuplicates(&cases, {});
  for (const CaseOutcome& c : cases) {
    auto flags = Duplicates(c);
    ASSERT_EQ(flags.size(), 1u) << c.case_id;
    EXPECT_EQ(flags[0].field, "policy_number");
    EXPECT_EQ(flags[0].found, "100-000-2026-0001234");
    EXPECT_EQ(flags[0].doc_type, "guarantee_policy");
  }
}

TEST(DuplicatesTest, SameFileContentAndOneFlagPerPairForTheStrongestKey) {
  std::vector<CaseOutcome> cases = {
      Case("A", {Doc("A", "r.jpg", DocType::kTransferReceipt, "deadbeef"),
                 Doc("A", "inv.pdf", DocType::kTaxInvoice, "f00d", {{"approval_number", kApproval}})}),
      Case("B", {Doc("B", "r2.jpg", DocType::kTransferReceipt, "deadbeef"),
                 // The very same invoice file: the approval number is the key reported.
                 Doc("B", "inv.pdf", DocType::kTaxInvoice, "f00d", {{"approval_number", kApproval}})})};
  CheckDuplicates(&cases, {});
  for (const CaseOutcome& c : cases) {
    auto flags = Duplicates(c);
    ASSERT_EQ(flags.size(), 2u) << c.case_id;
    EXPECT_EQ(flags[0].field, "sha256");
    EXPECT_EQ(flags[0].found, "deadbeef");
    EXPECT_NE(flags[0].message.find("같은 파일"), std::string::npos);
    EXPECT_EQ(flags[1].field, "approval_number");
  }
}

TEST(DuplicatesTest, SameCaseReuploadIsNotADuplicate) {
  std::vector<CaseOutcome> cases = {
      Case("A", {Doc("A", "inv.jpg", DocType::kTaxInvoice, "same", {{"approval_number", kApproval}}),
                 Doc("A", "sub/inv.jpg", DocType::kTaxInvoice, "same",
                     {{"approval_number", kApproval}})})};
  CheckDuplicates(&cases, {});
  EXPECT_TRUE(Duplicates(cases[0]).empty());
  EXPECT_EQ(cases[0].status, CaseStatus::kReady);
}

TEST(DuplicatesTest, EarlierRunOfAnotherCaseFlagsOnlyThisCase) {
  std::vector<CaseOutcome> cases = {
      Case("NEW", {Doc("NEW", "inv.jpg", DocType::kTaxInvoice, "x1",
                       {{"approval_number", kApproval}})})};
  PriorDocument old;
  old.case_id = "OLD";
  old.file = "OLD/세금계산서.pdf";
  old.run_id = "run-20261120";
  old.sha256 = "x0";
  old.size = 500;
  old.approval_number = kApproval;
  PriorDocument same_case = old;  // the same case in an earlier run: its own history
  same_case.case_id = "NEW";
  same_case.file = "NEW/inv.jpg";
  PriorDocument old_again = old;  // the same earlier file seen in a second earlier run
  old_again.run_id = "run-20261121";
  CheckDuplicates(&cases, {old, same_case, old_again});
  auto flags = Duplicates(cases[0]);
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_EQ(flags[0].field, "approval_number");
  EXPECT_NE(flags[0].message.find("run-20261120"), std::string::npos) << flags[0].message;
  EXPECT_NE(flags[0].message.find("OLD(세금계산서.pdf)"), std::string::npos) << flags[0].message;
  EXPECT_EQ(cases[0].status, CaseStatus::kBlocked);
}

TEST(DuplicatesTest, EarlierDocumentsOfCasesInThisRunAreIgnored) {
  // B was re-submitted in this run without the invoice it had before: its old invoice no
  // longer stands for it.
  std::vector<CaseOutcome> cases = {
      Case("A", {Doc("A", "inv.jpg", DocType::kTaxInvoice, "a", {{"approval_number", kApproval}})}),
      Case("B", {Doc("B", "other.jpg", DocType::kTransferReceipt, "b")})};
  PriorDocument old = PriorFromUpload(
      "B", "run-1",
      Doc("B", "inv.jpg", DocType::kTaxInvoice, "a0", {{"approval_number", kApproval}}));
  CheckDuplicates(&cases, {old});
  EXPECT_TRUE(Duplicates(cases[0]).empty());
  EXPECT_TRUE(Duplicates(cases[1]).empty());
}

TEST(DuplicatesTest, NearIdenticalPageImageNeedsAgreeingIdentifyingFields) {
  const uint64_t hash = 0x9a3c5e7f00ff1235ULL;
  const uint64_t rescan = hash ^ 0b101;  // 2 bits off
  // A re-scan of A's inspection form in B: the shop name was read in both, the BRN only in A.
  std::vector<CaseOutcome> cases = {
      Case("A", {Doc("A", "검수.jpg", DocType::kInspectionForm, "s1",
                     {{"shop_name", "행복분식"}, {"shop_brn", "1234567890"}}, hash)}),
      Case("B", {Doc("B", "scan.png", DocType::kInspectionForm, "s2", {{"shop_name", "행복분식"}},
                     rescan)}),
      // The same form filled for another shop: same layout, so the same hash, but the shop
      // differs.
      Case("C", {Doc("C", "scan.png", DocType::kInspectionForm, "s3",
                     {{"shop_name", "바른떡집"}, {"shop_brn", "2234567890"}}, hash)}),
      // Nothing identifying was read: an image alone is not enough.
      Case("D", {Doc("D", "scan.png", DocType::kInspectionForm, "s4", {}, hash)}),
      // Unrecognised documents are never matched by image.
      Case("E", {Doc("E", "a.png", DocType::kUnknown, "s5", {}, hash)}),
      Case("F", {Doc("F", "b.png", DocType::kUnknown, "s6", {}, hash)})};
  CheckDuplicates(&cases, {});
  auto a = Duplicates(cases[0]);
  auto b = Duplicates(cases[1]);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(a[0].field, "page_image");
  EXPECT_EQ(a[0].doc_type, "inspection_form");
  EXPECT_EQ(a[0].found, "9a3c5e7f00ff1235");
  EXPECT_NE(a[0].message.find("B(scan.png)"), std::string::npos) << a[0].message;
  for (size_t i = 2; i < cases.size(); ++i)
    EXPECT_TRUE(Duplicates(cases[i]).empty()) << cases[i].case_id;
}

TEST(DuplicatesTest, ImageFarApartIsNotADuplicate) {
  const uint64_t hash = 0x9a3c5e7f00ff1235ULL;
  std::vector<CaseOutcome> cases = {
      Case("A", {Doc("A", "1.jpg", DocType::kTransferReceipt, "s1", {{"sender_name", "김민준"}},
                     hash)}),
      Case("B", {Doc("B", "2.jpg", DocType::kTransferReceipt, "s2", {{"sender_name", "김민준"}},
                     hash ^ 0xff)})};  // 8 bits off
  CheckDuplicates(&cases, {});
  EXPECT_TRUE(Duplicates(cases[0]).empty());
  EXPECT_TRUE(Duplicates(cases[1]).empty());
}

TEST(DuplicatesTest, SharedBankbookCopyAndEmptyFilesAreNotDuplicates) {
  UploadOutcome empty_a = Doc("A", "empty.jpg", DocType::kUnknown, "e3b0");
  UploadOutcome empty_b = Doc("B", "empty.jpg", DocType::kUnknown, "e3b0");
  empty_a.upload.size = empty_b.upload.size = 0;
  empty_a.status = empty_b.status = Status::Refused("empty", "빈 파일입니다");
  std::vector<CaseOutcome> cases = {
      Case("A", {Doc("A", "통장.pdf", DocType::kBankbookCopy, "bank", {}, 0x1234), empty_a}),
      Case("B", {Doc("B", "통장.pdf", DocType::kBankbookCopy, "bank", {}, 0x1234), empty_b})};
  CheckDuplicates(&cases, {});
  EXPECT_TRUE(Duplicates(cases[0]).empty());
  EXPECT_TRUE(Duplicates(cases[1]).empty());
}

TEST(DuplicatesTest, RefusedUploadsWithTheSameBytesAreFlagged) {
  UploadOutcome a = Doc("A", "broken.pdf", DocType::kUnknown, "trunc");
  UploadOutcome b = Doc("B", "copy.pdf", DocType::kUnknown, "trunc");
  a.status = b.status = Status::Refused("truncated", "파일이 잘려 있습니다");
  std::vector<CaseOutcome> cases = {Case("A", {a}), Case("B", {b})};
  CheckDuplicates(&cases, {});
  for (const CaseOutcome& c : cases) {
    auto flags = Duplicates(c);
    ASSERT_EQ(flags.size(), 1u) << c.case_id;
    EXPECT_EQ(flags[0].field, "sha256");
    EXPECT_EQ(flags[0].doc_type, "");
  }
}

}  // namespace
}  // namespace docval

// Name checks of the document rules (validators/document_rules.cc) live here until the
// validators get a test file of their own.
namespace docval {
namespace {

std::vector<Flag> HolderFlags(const std::string& holder_read, const std::string& registered,
                              const std::string& account_read = "110123456789") {
  ProgramProfile profile;
  EXPECT_TRUE(LoadProgramProfile(DOCVAL_DATA_DIR, "smart_shop", &profile).ok());
  UploadOutcome u = Doc("SS-1", "bankbook.jpg", DocType::kBankbookCopy, "b1",
                        {{"bank", "신한은행"}, {"account_number", account_read},
                         {"account_holder", holder_read}});
  for (auto& [name, field] : u.doc.fields) field.confidence = 0.95f;
  CaseOutcome c = Case("SS-1", {u});
  c.row.supplier_name = c.row.supplier_account_holder = registered;
  c.row.supplier_bank = "신한은행";
  c.row.supplier_account = "110-123-456789";
  std::vector<Flag> out;
  for (const Flag& f : ValidateCase(c, profile))
    if (f.field == "account_holder") out.push_back(f);
  return out;
}

}  // namespace

TEST(NameRuleTest, OneJamoSlipInALongCompanyNameIsTheSameName) {
  EXPECT_TRUE(HolderFlags("주식회사 한빚정보통신", "(주)한빛정보통신").empty());
}

// Unless the account read is the registered one, which names the holder (rules_test).
TEST(NameRuleTest, ShortNamesStayStrictAndOtherCompaniesAreMismatches) {
  auto near = HolderFlags("김민순", "김민준", "110123456780");
  ASSERT_EQ(near.size(), 1u);
  EXPECT_EQ(near[0].code, FlagCode::kLowConfidence);
  auto other = HolderFlags("주식회사 스마트미러", "(주)한빛정보통신");
  ASSERT_EQ(other.size(), 1u);
  EXPECT_EQ(other[0].code, FlagCode::kNameMismatch);
}

}  // namespace docval
