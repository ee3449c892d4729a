#include <set>

#include "pipeline/normalize.h"
#include "validators/document_rules.h"
#include "validators/validate.h"

namespace docval {
namespace {

std::string_view KoreanName(DocType type) {
  switch (type) {
    case DocType::kTaxInvoice: return "전자세금계산서";
    case DocType::kTransferReceipt: return "이체확인증";
    case DocType::kBankbookCopy: return "통장사본";
    case DocType::kGuaranteePolicy: return "지급보증보험증권";
    case DocType::kInspectionForm: return "검수확인서";
    case DocType::kOther: return "기타 서류";
    case DocType::kUnknown: return "알 수 없는 서류";
  }
  return "서류";
}

}  // namespace

Flag MakeFlag(FlagCode code, std::string doc_type, std::string file, std::string field,
              std::string expected, std::string found, std::string message) {
  Flag f;
  f.code = code;
  f.severity = DefaultSeverity(code);
  f.doc_type = std::move(doc_type);
  f.file = std::move(file);
  f.field = std::move(field);
  f.expected = std::move(expected);
  f.found = std::move(found);
  f.message = std::move(message);
  return f;
}

void CheckCaseRow(const CaseOutcome& c, std::vector<Flag>* flags) {
  if (c.has_case_row) return;
  flags->push_back(MakeFlag(FlagCode::kCaseDataMissing, "", c.case_id, "case_id", "", c.case_id,
                            "업로드 폴더 '" + c.case_id +
                                "'에 해당하는 사업 신청 데이터(cases 행)가 없습니다"));
}

void CheckUploadsReadable(const CaseOutcome& c, std::vector<Flag>* flags) {
  for (const UploadOutcome& u : c.uploads) {
    if (!u.status.ok()) {
      flags->push_back(MakeFlag(FlagCode::kUnreadableFile, "", u.upload.file, "", "",
                                u.status.reason(),
                                "파일을 읽을 수 없습니다: " + u.status.message()));
    } else if (u.doc.doc_type == DocType::kUnknown) {
      flags->push_back(MakeFlag(FlagCode::kUnknownDocument, "unknown", u.upload.file, "", "",
                                "", "읽을 수는 있으나 어떤 서류인지 알 수 없습니다 (" +
                                        std::to_string(u.doc.pages.size()) + "쪽)"));
    }
  }
}

void CheckRequiredDocuments(const CaseOutcome& c, const ProgramProfile& profile,
                            std::vector<Flag>* flags) {
  if (!c.has_case_row) return;  // without case data we do not know the payment method
  std::set<DocType> present;
  for (const UploadOutcome& u : c.uploads)
    if (u.status.ok()) present.insert(u.doc.doc_type);
  for (DocType required : profile.RequiredFor(c.row.payment_method)) {
    if (present.count(required)) continue;
    std::string why = c.has_folder ? "" : " (업로드 폴더가 없습니다)";
    flags->push_back(MakeFlag(FlagCode::kMissingDocument, std::string(ToString(required)), "",
                              "", std::string(ToString(required)), "",
                              WithParticle(KoreanName(required), "이", "가") +
                                  " 없습니다: 읽을 수 있는 업로드가 없습니다" + why));
  }
}

std::vector<Flag> ValidateCase(const CaseOutcome& c, const ProgramProfile& profile) {
  std::vector<Flag> flags;
  CheckCaseRow(c, &flags);
  CheckUploadsReadable(c, &flags);
  CheckRequiredDocuments(c, profile, &flags);
  RuleContext ctx(c, profile, &flags);
  for (const UploadOutcome& u : c.uploads) CheckQuality(ctx, u);
  if (!c.has_case_row) return flags;
  CheckCaseAmounts(ctx, c);
  using Rule = void (*)(RuleContext&, const UploadOutcome&);
  const std::pair<DocType, Rule> rules[] = {
      {DocType::kTaxInvoice, CheckTaxInvoice},
      {DocType::kTransferReceipt, CheckTransferReceipt},
      {DocType::kBankbookCopy, CheckBankbookCopy},
      {DocType::kGuaranteePolicy, CheckGuaranteePolicy},
      {DocType::kInspectionForm, CheckInspectionForm}};
  for (const auto& [type, rule] : rules)
    if (const UploadOutcome* best = BestOfType(c, type)) rule(ctx, *best);
  return flags;
}

}  // namespace docval
