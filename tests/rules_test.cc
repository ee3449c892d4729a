// Validation rules on fixtures (no OCR): each rule's flag, its severity, the figures in its
// message, LOW_CONFIDENCE for unsure reads, and the case-level rules.
#include <gtest/gtest.h>

#include <algorithm>

#include "models/profile.h"
#include "validators/validate.h"

namespace docval {
namespace {

const char* kProfile = R"({
  "id": "test", "name": "시험 사업",
  "required_documents": {
    "transfer": ["tax_invoice", "transfer_receipt", "bankbook_copy", "guarantee_policy", "inspection_form"],
    "card": ["tax_invoice", "bankbook_copy", "guarantee_policy", "inspection_form"]
  },
  "insured_party_names": ["소상공인시장진흥공단"],
  "thresholds": {"min_field_confidence": 0.6, "vat_rate_percent": 10, "vat_tolerance_won": 10,
                 "amount_tolerance_won": 0, "min_page_brightness": 70, "min_scan_dpi": 100,
                 "min_page_pixels": 500, "min_mean_word_confidence": 0.55}
})";

ProgramProfile Profile() {
  ProgramProfile p;
  Status s = ParseProgramProfile(kProfile, "test.json", &p);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return p;
}

Case Row() {
  Case c;
  c.case_id = "SS-2026-00001";
  c.shop_name = "미소카페";
  c.shop_owner = "김민준";
  c.shop_brn = "1234567891";
  c.supplier_name = "(주)스마트포스";
  c.supplier_brn = "1208147521";
  c.supplier_bank = "국민은행";
  c.supplier_account = "110-123-456789";
  c.supplier_account_holder = "(주)스마트포스";
  c.contract_amount = 3300000;
  c.subsidy_amount = 2310000;
  c.self_pay_amount = 990000;
  c.install_date = "2026-05-10";
  c.guarantee_required_amount = 2310000;
  c.program_start = "2026-04-01";
  c.program_end = "2026-12-31";
  return c;
}

UploadOutcome MakeUpload(DocType type, const std::string& name,
                     std::map<std::string, std::string> values, float confidence = 0.95f) {
  UploadOutcome u;
  u.upload.case_id = "SS-2026-00001";
  u.upload.file = "SS-2026-00001/" + name;
  u.doc.file = u.upload.file;
  u.doc.doc_type = type;
  u.doc.confidence = 0.9f;
  Page page;
  page.width = 2480;
  page.height = 3508;
  page.dpi = 300;
  page.mean_brightness = 230;
  page.mean_word_confidence = 0.9f;
  u.doc.pages.push_back(page);
  for (auto& [k, v] : values) u.doc.fields[k] = Field{v, confidence, 1, BBox{10, 10, 100, 30}};
  return u;
}

// A complete, correct transfer case; tests change one thing.
CaseOutcome CleanCase() {
  CaseOutcome c;
  c.case_id = "SS-2026-00001";
  c.has_case_row = c.has_folder = true;
  c.row = Row();
  c.uploads = {
      MakeUpload(DocType::kTaxInvoice, "invoice.jpg",
             {{"approval_number", "20260512410000123a4b5c6d"}, {"supplier_brn", "1208147521"},
              {"buyer_brn", "1234567891"}, {"issue_date", "2026-05-12"},
              {"supply_amount", "3000000"}, {"tax_amount", "300000"},
              {"total_amount", "3300000"}}),
      MakeUpload(DocType::kTransferReceipt, "transfer.jpg",
             {{"amount", "990000"}, {"payee_account", "110123456789"},
              {"payee_name", "주식회사 스마트포스"}, {"sender_name", "김민준"},
              {"transfer_date", "2026-05-13"}}),
      MakeUpload(DocType::kBankbookCopy, "bankbook.jpg",
             {{"bank", "KB국민은행"}, {"account_number", "110123456789"},
              {"account_holder", "㈜스마트포스"}}),
      MakeUpload(DocType::kGuaranteePolicy, "policy.jpg",
             {{"policy_number", "100000020261234567"}, {"policyholder", "(주)스마트포스"},
              {"insured", "소상공인시장진흥공단"}, {"insured_amount", "2310000"},
              {"start_date", "2026-04-01"}, {"end_date", "2026-12-31"}}),
      MakeUpload(DocType::kInspectionForm, "inspection.jpg",
             {{"shop_name", "미소카페"}, {"shop_owner", "김민준"}, {"shop_brn", "1234567891"},
              {"install_date", "2026-05-10"}, {"inspection_date", "2026-05-12"},
              {"signed", "true"}}),
  };
  return c;
}

std::vector<Flag> Validate(const CaseOutcome& c) { return ValidateCase(c, Profile()); }

UploadOutcome& Of(CaseOutcome& c, DocType type) {
  return *std::find_if(c.uploads.begin(), c.uploads.end(),
                       [&](const UploadOutcome& u) { return u.doc.doc_type == type; });
}

const Flag* Find(const std::vector<Flag>& flags, FlagCode code, const std::string& field = "") {
  for (const Flag& f : flags)
    if (f.code == code && (field.empty() || f.field == field)) return &f;
  return nullptr;
}

std::string Codes(const std::vector<Flag>& flags) {
  std::string out;
  for (const Flag& f : flags) out += std::string(ToString(f.code)) + ":" + f.field + " ";
  return out;
}

}  // namespace

TEST(RulesTest, CleanCaseHasNoFlagsAndIsReady) {
  auto flags = Validate(CleanCase());
  EXPECT_TRUE(flags.empty()) << Codes(flags);
  EXPECT_EQ(StatusFromFlags(flags), CaseStatus::kReady);
}

TEST(RulesTest, InvoiceBusinessNumbersCheckDigitAndCaseData) {
  CaseOutcome c = CleanCase();
  Of(c, DocType::kTaxInvoice).doc.fields["supplier_brn"].value = "1208147522";  // check fails
  auto flags = Validate(c);
  const Flag* invalid = Find(flags, FlagCode::kBrnInvalid, "supplier_brn");
  ASSERT_NE(invalid, nullptr) << Codes(flags);
  EXPECT_EQ(invalid->severity, Severity::kError);
  EXPECT_NE(invalid->message.find("120-81-47522"), std::string::npos) << invalid->message;
  const Flag* mismatch = Find(flags, FlagCode::kBrnMismatch, "supplier_brn");
  ASSERT_NE(mismatch, nullptr);
  EXPECT_EQ(mismatch->expected, "120-81-47521");
  EXPECT_EQ(StatusFromFlags(flags), CaseStatus::kBlocked);
}

TEST(RulesTest, InvoiceTotalVatAndDate) {
  CaseOutcome c = CleanCase();
  auto& fields = Of(c, DocType::kTaxInvoice).doc.fields;
  fields["total_amount"].value = "3400000";
  fields["issue_date"].value = "2027-01-05";
  auto flags = Validate(c);
  const Flag* amount = Find(flags, FlagCode::kAmountMismatch, "total_amount");
  ASSERT_NE(amount, nullptr) << Codes(flags);
  EXPECT_NE(amount->message.find("3,400,000 ≠ 3,300,000"), std::string::npos) << amount->message;
  EXPECT_NE(Find(flags, FlagCode::kVatInconsistent, "total_amount"), nullptr) << Codes(flags);
  EXPECT_NE(Find(flags, FlagCode::kDateOutOfRange, "issue_date"), nullptr) << Codes(flags);

  c = CleanCase();
  Of(c, DocType::kTaxInvoice).doc.fields["tax_amount"].value = "330000";  // 11 %
  flags = Validate(c);
  const Flag* vat = Find(flags, FlagCode::kVatInconsistent, "tax_amount");
  ASSERT_NE(vat, nullptr) << Codes(flags);
  EXPECT_NE(vat->message.find("330,000 ≠ 300,000"), std::string::npos) << vat->message;
}

TEST(RulesTest, TransferAmountAccountAndNames) {
  CaseOutcome c = CleanCase();
  auto& fields = Of(c, DocType::kTransferReceipt).doc.fields;
  fields["amount"].value = "900000";
  fields["payee_account"].value = "110123456780";
  fields["payee_name"].value = "주식회사 다른회사";
  fields["sender_name"].value = "박서준";
  auto flags = Validate(c);
  EXPECT_NE(Find(flags, FlagCode::kAmountMismatch, "amount"), nullptr) << Codes(flags);
  const Flag* account = Find(flags, FlagCode::kAccountMismatch, "payee_account");
  ASSERT_NE(account, nullptr) << Codes(flags);
  EXPECT_NE(account->message.find("110123456780"), std::string::npos);
  EXPECT_NE(Find(flags, FlagCode::kNameMismatch, "payee_name"), nullptr) << Codes(flags);
  EXPECT_NE(Find(flags, FlagCode::kNameMismatch, "sender_name"), nullptr) << Codes(flags);
  // The shop's name is as good a sender as its owner.
  c = CleanCase();
  Of(c, DocType::kTransferReceipt).doc.fields["sender_name"].value = "미소카페";
  EXPECT_TRUE(Validate(c).empty());
}

TEST(RulesTest, NamesOcrSlipsAreForAPersonNotAnError) {
  // The one-glyph ㈜ read as a syllable of its own is the supplier.
  for (const char* read : {"뿌스마트포스", "주스마트포스", "스마트포스주", "쑤스마트포스", "뚜스마트포스",
                           "재스마트포스", "65스마트포스", "스마트포스@"}) {
    SCOPED_TRACE(read);
    CaseOutcome c = CleanCase();
    Of(c, DocType::kGuaranteePolicy).doc.fields["policyholder"].value = read;
    EXPECT_TRUE(Validate(c).empty()) << Codes(Validate(c));
  }
  // A few strokes off, or a syllable lost at an edge: LOW_CONFIDENCE, a person decides (the
  // form's business number read unsure, so it does not name the shop).
  for (const char* read : {"미소카폐", "소카페"}) {
    SCOPED_TRACE(read);
    CaseOutcome c = CleanCase();
    Of(c, DocType::kInspectionForm).doc.fields["shop_name"].value = read;
    Of(c, DocType::kInspectionForm).doc.fields["shop_brn"].confidence = 0.5f;
    auto flags = Validate(c);
    ASSERT_EQ(flags.size(), 1u) << Codes(flags);
    EXPECT_EQ(flags[0].code, FlagCode::kLowConfidence) << Codes(flags);
    EXPECT_NE(flags[0].message.find(read), std::string::npos) << flags[0].message;
  }
  // (주) with its syllable misread is still the mark: the same supplier.
  {
    CaseOutcome c = CleanCase();
    Of(c, DocType::kGuaranteePolicy).doc.fields["policyholder"].value = "(구)스마트포스";
    EXPECT_TRUE(Validate(c).empty()) << Codes(Validate(c));
  }
  // Glyphs OCR could not read ('?', a lone jamo) make a misread, not another supplier.
  {
    CaseOutcome c = CleanCase();
    Of(c, DocType::kGuaranteePolicy).doc.fields["policyholder"].value = "(주)스?ㅁ포스";
    auto flags = Validate(c);
    ASSERT_EQ(flags.size(), 1u) << Codes(flags);
    EXPECT_EQ(flags[0].code, FlagCode::kLowConfidence) << Codes(flags);
    // Unless what it did read is another name.
    Of(c, DocType::kGuaranteePolicy).doc.fields["policyholder"].value = "뿌키?스ㅋ랩";
    EXPECT_NE(Find(Validate(c), FlagCode::kNameMismatch, "policyholder"), nullptr)
        << Codes(Validate(c));
  }
  // The ㈜ read as a syllable before a garbled read, and the name's syllables out of order,
  // are misreads for a person too.
  for (const char* read : {"뛰스?ㅁ포스", "(주)스마포스트", "주식회사 스마6포ㅅ"}) {
    SCOPED_TRACE(read);
    CaseOutcome c = CleanCase();
    Of(c, DocType::kGuaranteePolicy).doc.fields["policyholder"].value = read;
    auto flags = Validate(c);
    ASSERT_EQ(flags.size(), 1u) << Codes(flags);
    EXPECT_EQ(flags[0].code, FlagCode::kLowConfidence) << Codes(flags);
  }
  // Another name is an error.
  for (const char* read : {"(주)로봇서브", "김민준"}) {
    SCOPED_TRACE(read);
    CaseOutcome c = CleanCase();
    Of(c, DocType::kInspectionForm).doc.fields["shop_name"].value = read;
    auto flags = Validate(c);
    EXPECT_NE(Find(flags, FlagCode::kNameMismatch, "shop_name"), nullptr) << Codes(flags);
  }
  // ㈜ stands for itself only where the expected name has one: a shop's is flagged.
  CaseOutcome c = CleanCase();
  Of(c, DocType::kInspectionForm).doc.fields["shop_name"].value = "뿌미소카페";
  EXPECT_FALSE(Validate(c).empty());
}

// The document's own number, read surely and the expected one, names the party: a name one
// jamo off there is a misread ("선도윤" for 전도윤 on a photo), even a person's short name.
TEST(RulesTest, ANameOneJamoOffIsTheExpectedPartyWhenTheNumberIs) {
  {
    CaseOutcome c = CleanCase();
    Of(c, DocType::kInspectionForm).doc.fields["shop_owner"].value = "긴민준";
    EXPECT_TRUE(Validate(c).empty()) << Codes(Validate(c));
  }
  {  // The number read unsure names no one: a person looks.
    CaseOutcome c = CleanCase();
    Of(c, DocType::kInspectionForm).doc.fields["shop_owner"].value = "긴민준";
    Of(c, DocType::kInspectionForm).doc.fields["shop_brn"].confidence = 0.5f;
    auto flags = Validate(c);
    ASSERT_EQ(flags.size(), 1u) << Codes(flags);
    EXPECT_EQ(flags[0].code, FlagCode::kLowConfidence) << Codes(flags);
  }
  {  // Another shop's number: that is flagged, and the name stays for a person.
    CaseOutcome c = CleanCase();
    Of(c, DocType::kInspectionForm).doc.fields["shop_owner"].value = "긴민준";
    Of(c, DocType::kInspectionForm).doc.fields["shop_brn"].value = "1208147521";
    auto flags = Validate(c);
    EXPECT_NE(Find(flags, FlagCode::kBrnMismatch, "shop_brn"), nullptr) << Codes(flags);
    EXPECT_NE(Find(flags, FlagCode::kLowConfidence, "shop_owner"), nullptr) << Codes(flags);
  }
  {  // Two jamo off is more than a slip, number or not.
    CaseOutcome c = CleanCase();
    Of(c, DocType::kInspectionForm).doc.fields["shop_owner"].value = "긴민존";
    EXPECT_FALSE(Validate(c).empty());
  }
  {  // On a bankbook the account is the number.
    CaseOutcome c = CleanCase();
    c.row.supplier_account_holder = "김민준";
    Of(c, DocType::kBankbookCopy).doc.fields["account_holder"].value = "김민순";
    EXPECT_TRUE(Validate(c).empty()) << Codes(Validate(c));
    Of(c, DocType::kBankbookCopy).doc.fields["account_number"].value = "110123456780";
    EXPECT_NE(Find(Validate(c), FlagCode::kLowConfidence, "account_holder"), nullptr)
        << Codes(Validate(c));
  }
  {  // On a policy, the policyholder's business number beside its name ("(주)로못서브" for
     // 로봇서브 on a phone's photo).
    CaseOutcome c = CleanCase();
    auto& fields = Of(c, DocType::kGuaranteePolicy).doc.fields;
    fields["policyholder"].value = "(주)스마트포츠";
    EXPECT_NE(Find(Validate(c), FlagCode::kLowConfidence, "policyholder"), nullptr)
        << Codes(Validate(c));
    fields["policyholder_brn"].value = c.row.supplier_brn;
    fields["policyholder_brn"].confidence = 0.95f;
    EXPECT_TRUE(Validate(c).empty()) << Codes(Validate(c));
  }
}

TEST(RulesTest, CardPaymentNeedsNoTransferReceipt) {
  CaseOutcome c = CleanCase();
  c.row.payment_method = PaymentMethod::kCard;
  c.uploads.erase(c.uploads.begin() + 1);
  EXPECT_TRUE(Validate(c).empty());
  c.row.payment_method = PaymentMethod::kTransfer;
  auto flags = Validate(c);
  const Flag* missing = Find(flags, FlagCode::kMissingDocument);
  ASSERT_NE(missing, nullptr) << Codes(flags);
  EXPECT_EQ(missing->doc_type, "transfer_receipt");
}

TEST(RulesTest, BankbookBankByCanonicalNameAndHolder) {
  CaseOutcome c = CleanCase();
  Of(c, DocType::kBankbookCopy).doc.fields["bank"].value = "신한은행";
  auto flags = Validate(c);
  const Flag* bank = Find(flags, FlagCode::kAccountMismatch, "bank");
  ASSERT_NE(bank, nullptr) << Codes(flags);
  EXPECT_NE(bank->message.find("신한은행"), std::string::npos);
}

TEST(RulesTest, GuaranteeAmountPeriodAndParties) {
  CaseOutcome c = CleanCase();
  auto& fields = Of(c, DocType::kGuaranteePolicy).doc.fields;
  fields["insured_amount"].value = "2000000";
  fields["end_date"].value = "2026-10-31";
  fields["insured"].value = "한국은행";
  auto flags = Validate(c);
  const Flag* amount = Find(flags, FlagCode::kGuaranteeInsufficient, "insured_amount");
  ASSERT_NE(amount, nullptr) << Codes(flags);
  EXPECT_NE(amount->message.find("2,000,000 < 2,310,000"), std::string::npos) << amount->message;
  EXPECT_NE(Find(flags, FlagCode::kDateOutOfRange, "end_date"), nullptr) << Codes(flags);
  EXPECT_NE(Find(flags, FlagCode::kNameMismatch, "insured"), nullptr) << Codes(flags);
}

TEST(RulesTest, InspectionDatesOrderAndSignature) {
  CaseOutcome c = CleanCase();
  auto& fields = Of(c, DocType::kInspectionForm).doc.fields;
  fields["inspection_date"].value = "2026-05-01";
  fields["signed"].value = "false";
  auto flags = Validate(c);
  EXPECT_NE(Find(flags, FlagCode::kDateOutOfRange, "inspection_date"), nullptr) << Codes(flags);
  const Flag* sign = Find(flags, FlagCode::kSignatureMissing, "signed");
  ASSERT_NE(sign, nullptr) << Codes(flags);
}

namespace {

// The bankbook's account number of `c` (registered 110-123-456789), read as `value`.
Field& AccountReadAs(CaseOutcome& c, const std::string& value, float confidence) {
  Field& account = Of(c, DocType::kBankbookCopy).doc.fields["account_number"];
  account.value = value;
  account.confidence = confidence;
  return account;
}

}  // namespace

TEST(RulesTest, UnsureReadGivesLowConfidenceNotAnError) {
  CaseOutcome c = CleanCase();
  AccountReadAs(c, "110123456780", 0.4f);
  auto flags = Validate(c);
  EXPECT_EQ(Find(flags, FlagCode::kAccountMismatch), nullptr) << Codes(flags);
  const Flag* unsure = Find(flags, FlagCode::kLowConfidence, "account_number");
  ASSERT_NE(unsure, nullptr) << Codes(flags);
  EXPECT_EQ(unsure->severity, Severity::kWarning);
  EXPECT_EQ(StatusFromFlags(flags), CaseStatus::kReview);
}

TEST(RulesTest, UnsureReadOfAnotherAccountAltogetherIsStillAMismatch) {
  CaseOutcome c = CleanCase();
  AccountReadAs(c, "03772544475662", 0.4f);  // no misread of the registered number
  auto flags = Validate(c);
  const Flag* mismatch = Find(flags, FlagCode::kAccountMismatch, "account_number");
  ASSERT_NE(mismatch, nullptr) << Codes(flags);
  EXPECT_EQ(mismatch->severity, Severity::kError);
  EXPECT_NE(mismatch->message.find("03772544475662"), std::string::npos) << mismatch->message;
}

// A whitelisted second look reports no confidence at all: on a photo it read 162-522572-30321
// as 1024944207430241. Noise read as digits proves no other account.
TEST(RulesTest, AReadWithNoConfidenceOfAnotherAccountGoesToAPerson) {
  CaseOutcome c = CleanCase();
  AccountReadAs(c, "03772544475662", 0.0f);
  auto flags = Validate(c);
  EXPECT_EQ(Find(flags, FlagCode::kAccountMismatch), nullptr) << Codes(flags);
  ASSERT_NE(Find(flags, FlagCode::kLowConfidence, "account_number"), nullptr) << Codes(flags);
  EXPECT_EQ(StatusFromFlags(flags), CaseStatus::kReview);
}

// A digit apart from the registered account, read at 0.63: OCR read 587182-32-712857 as
// 567182… on a 1-bit scan. Only a sure read of a near number blocks the payment.
TEST(RulesTest, AnAccountADigitApartBlocksOnlyWhenReadSurely) {
  CaseOutcome c = CleanCase();
  Field& account = AccountReadAs(c, "110123456788", 0.63f);
  auto flags = Validate(c);
  EXPECT_EQ(Find(flags, FlagCode::kAccountMismatch), nullptr) << Codes(flags);
  const Flag* unsure = Find(flags, FlagCode::kLowConfidence, "account_number");
  ASSERT_NE(unsure, nullptr) << Codes(flags);
  EXPECT_NE(unsure->message.find("110123456788 ≠ 110-123-456789"), std::string::npos)
      << unsure->message;
  EXPECT_NE(unsure->message.find("1자리만"), std::string::npos) << unsure->message;
  EXPECT_EQ(StatusFromFlags(flags), CaseStatus::kReview);
  account.confidence = 0.95f;
  flags = Validate(c);
  EXPECT_NE(Find(flags, FlagCode::kAccountMismatch, "account_number"), nullptr) << Codes(flags);
}

// Ink in the signature box close to the threshold: "signed" read unsure passes nothing.
TEST(RulesTest, AnUnsureSignatureGoesToAPerson) {
  CaseOutcome c = CleanCase();
  Field& signed_ = Of(c, DocType::kInspectionForm).doc.fields["signed"];
  signed_.value = "true";
  signed_.confidence = 0.3f;
  auto flags = Validate(c);
  const Flag* unsure = Find(flags, FlagCode::kLowConfidence, "signed");
  ASSERT_NE(unsure, nullptr) << Codes(flags);
  EXPECT_NE(unsure->message.find("0.30"), std::string::npos) << unsure->message;
  EXPECT_EQ(StatusFromFlags(flags), CaseStatus::kReview);
  signed_.confidence = 0.9f;
  EXPECT_TRUE(Validate(c).empty());
}

TEST(RulesTest, MissingFieldIsFieldNotFound) {
  CaseOutcome c = CleanCase();
  Of(c, DocType::kGuaranteePolicy).doc.fields.erase("policy_number");
  auto flags = Validate(c);
  ASSERT_EQ(flags.size(), 1u) << Codes(flags);
  EXPECT_EQ(flags[0].code, FlagCode::kFieldNotFound);
  EXPECT_EQ(flags[0].field, "policy_number");
}

TEST(RulesTest, CaseAmountsMustAddUp) {
  CaseOutcome c = CleanCase();
  c.row.self_pay_amount = 1000000;
  auto flags = Validate(c);
  const Flag* sum = Find(flags, FlagCode::kAmountMismatch, "contract_amount");
  ASSERT_NE(sum, nullptr) << Codes(flags);
  EXPECT_NE(sum->message.find("2,310,000 + 1,000,000 ≠ 3,300,000"), std::string::npos)
      << sum->message;
}

TEST(RulesTest, LowQualityPages) {
  auto quality = [](auto change) {
    CaseOutcome c = CleanCase();
    change(Of(c, DocType::kInspectionForm).doc.pages[0]);
    return Find(Validate(c), FlagCode::kLowQuality) != nullptr;
  };
  EXPECT_TRUE(quality([](Page& p) { p.mean_brightness = 40; }));
  EXPECT_TRUE(quality([](Page& p) { p.dpi = 60, p.width = 496, p.height = 702; }));
  EXPECT_TRUE(quality([](Page& p) { p.dpi = 0, p.width = 480, p.height = 680; }));
  EXPECT_TRUE(quality([](Page& p) {
    p.mean_word_confidence = 0.3f;
    p.words.resize(10);
  }));
  // A 150-dpi scan and an untagged phone photo are fine.
  EXPECT_FALSE(quality([](Page& p) { p.dpi = 150, p.width = 1240, p.height = 1754; }));
  EXPECT_FALSE(quality([](Page& p) { p.dpi = 0, p.width = 3000, p.height = 4000; }));
  EXPECT_FALSE(quality([](Page& p) { p.dpi = 150, p.width = 638, p.height = 1250; }));  // a slip
}

TEST(RulesTest, ReuploadUsesTheBestRead) {
  CaseOutcome c = CleanCase();
  // A blurred first upload of the bankbook, with fewer fields and a wrong account.
  UploadOutcome blurred = MakeUpload(DocType::kBankbookCopy, "bankbook_blurred.jpg",
                                 {{"account_number", "110123456700"}}, 0.9f);
  c.uploads.insert(c.uploads.begin(), blurred);
  EXPECT_TRUE(Validate(c).empty()) << Codes(Validate(c));
}

TEST(RulesTest, RefusedAndUnknownUploads) {
  CaseOutcome c = CleanCase();
  UploadOutcome refused = MakeUpload(DocType::kUnknown, "scan.pdf", {});
  refused.status = Status::FromParts(Status::Code::kInvalidArgument, "pdf_encrypted",
                                     "암호가 걸린 PDF입니다");
  UploadOutcome unknown = MakeUpload(DocType::kUnknown, "photo.jpg", {});
  c.uploads.push_back(refused);
  c.uploads.push_back(unknown);
  auto flags = Validate(c);
  const Flag* unreadable = Find(flags, FlagCode::kUnreadableFile);
  ASSERT_NE(unreadable, nullptr) << Codes(flags);
  EXPECT_EQ(unreadable->file, "SS-2026-00001/scan.pdf");
  EXPECT_NE(unreadable->message.find("암호"), std::string::npos) << unreadable->message;
  EXPECT_NE(Find(flags, FlagCode::kUnknownDocument), nullptr) << Codes(flags);
}

}  // namespace docval
