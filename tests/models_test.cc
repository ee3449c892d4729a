#include <gtest/gtest.h>

#include "models/json.h"
#include "models/outcome.h"
#include "models/profile.h"
#include "models/types.h"

namespace docval {

TEST(TypesTest, DocTypeNamesRoundTripAsInContract) {
  const char* names[] = {"tax_invoice",     "transfer_receipt", "bankbook_copy", "guarantee_policy",
                         "inspection_form", "other",            "unknown"};
  for (const char* n : names) {
    auto t = ParseDocType(n);
    ASSERT_TRUE(t.has_value()) << n;
    EXPECT_EQ(ToString(*t), n);
  }
  EXPECT_FALSE(ParseDocType("invoice").has_value());
}

TEST(TypesTest, FlagCodesAndSeveritiesAsInContract) {
  EXPECT_EQ(std::size(kAllFlagCodes), 17u);
  for (FlagCode c : kAllFlagCodes) EXPECT_EQ(ParseFlagCode(ToString(c)), c);
  EXPECT_EQ(DefaultSeverity(FlagCode::kUnknownDocument), Severity::kWarning);
  EXPECT_EQ(DefaultSeverity(FlagCode::kLowQuality), Severity::kWarning);
  EXPECT_EQ(DefaultSeverity(FlagCode::kFieldNotFound), Severity::kWarning);
  EXPECT_EQ(DefaultSeverity(FlagCode::kLowConfidence), Severity::kWarning);
  EXPECT_EQ(DefaultSeverity(FlagCode::kAmountMismatch), Severity::kError);
  EXPECT_EQ(DefaultSeverity(FlagCode::kCaseDataMissing), Severity::kError);
}

TEST(OutcomeTest, StatusFollowsTheWorstFlag) {
  std::vector<Flag> flags;
  EXPECT_EQ(StatusFromFlags(flags), CaseStatus::kReady);
  Flag warning;
  warning.severity = Severity::kWarning;
  flags.push_back(warning);
  EXPECT_EQ(StatusFromFlags(flags), CaseStatus::kReview);
  Flag error;
  error.severity = Severity::kError;
  flags.push_back(error);
  EXPECT_EQ(StatusFromFlags(flags), CaseStatus::kBlocked);
}

TEST(JsonTest, FieldAndFlagShapes) {
  Field f{"3300000", 0.9734f, 1, BBox{10, 20, 30, 40}};
  nlohmann::json j = ToJson(f);
  EXPECT_EQ(j["value"], "3300000");
  EXPECT_DOUBLE_EQ(j["confidence"].get<double>(), 0.973);
  EXPECT_EQ(j["bbox"], nlohmann::json({10, 20, 30, 40}));
  Flag flag;
  flag.code = FlagCode::kAmountMismatch;
  flag.severity = Severity::kError;
  nlohmann::json fj = ToJson(flag);
  EXPECT_EQ(fj["code"], "AMOUNT_MISMATCH");
  EXPECT_EQ(fj["severity"], "error");
  for (const char* key : {"doc_type", "file", "field", "expected", "found", "message"})
    EXPECT_TRUE(fj.contains(key)) << key;
}

TEST(ProfileTest, SmartShopProfileLoads) {
  ProgramProfile p;
  ASSERT_TRUE(LoadProgramProfile(DOCVAL_DATA_DIR, "smart_shop", &p).ok());
  EXPECT_EQ(p.RequiredFor(PaymentMethod::kTransfer).size(), 5u);
  const auto& card = p.RequiredFor(PaymentMethod::kCard);
  EXPECT_EQ(card.size(), 4u);
  EXPECT_EQ(std::count(card.begin(), card.end(), DocType::kTransferReceipt), 0);
  EXPECT_DOUBLE_EQ(p.thresholds.vat_tolerance_won, 10);
}

TEST(ProfileTest, UnknownDocTypeIsRejectedWithItsName) {
  ProgramProfile p;
  Status s = ParseProgramProfile(
      R"({"id":"x","required_documents":{"transfer":["tax_invoice","sales_slip"]}})", "x.json", &p);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("sales_slip"), std::string::npos);
}

}  // namespace docval
