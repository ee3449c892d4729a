#include "models/types.h"

namespace docval {

std::string_view ToString(DocType type) {
  switch (type) {
    case DocType::kTaxInvoice: return "tax_invoice";
    case DocType::kTransferReceipt: return "transfer_receipt";
    case DocType::kBankbookCopy: return "bankbook_copy";
    case DocType::kGuaranteePolicy: return "guarantee_policy";
    case DocType::kInspectionForm: return "inspection_form";
    case DocType::kOther: return "other";
    case DocType::kUnknown: return "unknown";
  }
  return "unknown";
}

std::optional<DocType> ParseDocType(std::string_view name) {
  for (DocType t : kAllDocTypes)
    if (ToString(t) == name) return t;
  return std::nullopt;
}

std::string_view ToString(Source source) {
  switch (source) {
    case Source::kXml: return "xml";
    case Source::kPdfText: return "pdf_text";
    case Source::kOcr: return "ocr";
  }
  return "ocr";
}

std::string_view ToString(Severity severity) {
  return severity == Severity::kError ? "error" : "warning";
}

std::string_view ToString(FlagCode code) {
  switch (code) {
    case FlagCode::kMissingDocument: return "MISSING_DOCUMENT";
    case FlagCode::kUnreadableFile: return "UNREADABLE_FILE";
    case FlagCode::kUnknownDocument: return "UNKNOWN_DOCUMENT";
    case FlagCode::kLowQuality: return "LOW_QUALITY";
    case FlagCode::kFieldNotFound: return "FIELD_NOT_FOUND";
    case FlagCode::kLowConfidence: return "LOW_CONFIDENCE";
    case FlagCode::kAmountMismatch: return "AMOUNT_MISMATCH";
    case FlagCode::kVatInconsistent: return "VAT_INCONSISTENT";
    case FlagCode::kBrnMismatch: return "BRN_MISMATCH";
    case FlagCode::kBrnInvalid: return "BRN_INVALID";
    case FlagCode::kAccountMismatch: return "ACCOUNT_MISMATCH";
    case FlagCode::kNameMismatch: return "NAME_MISMATCH";
    case FlagCode::kDateOutOfRange: return "DATE_OUT_OF_RANGE";
    case FlagCode::kGuaranteeInsufficient: return "GUARANTEE_INSUFFICIENT";
    case FlagCode::kSignatureMissing: return "SIGNATURE_MISSING";
    case FlagCode::kDuplicateDocument: return "DUPLICATE_DOCUMENT";
    case FlagCode::kCaseDataMissing: return "CASE_DATA_MISSING";
  }
  return "UNKNOWN_DOCUMENT";
}

std::optional<FlagCode> ParseFlagCode(std::string_view name) {
  for (FlagCode c : kAllFlagCodes)
    if (ToString(c) == name) return c;
  return std::nullopt;
}

Severity DefaultSeverity(FlagCode code) {
  switch (code) {
    case FlagCode::kUnknownDocument:
    case FlagCode::kLowQuality:
    case FlagCode::kFieldNotFound:
    case FlagCode::kLowConfidence:
      return Severity::kWarning;
    default:
      return Severity::kError;
  }
}

}  // namespace docval
