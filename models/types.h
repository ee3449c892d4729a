// Enumerations shared by the whole pipeline, spelled exactly as in CONTRACT.md.
#pragma once

#include <optional>
#include <string_view>

namespace docval {

enum class DocType {
  kTaxInvoice,
  kTransferReceipt,
  kBankbookCopy,
  kGuaranteePolicy,
  kInspectionForm,
  kOther,    // recognised but not checked (대금요청 공문, 완료보고서, 협약서)
  kUnknown,  // readable, not recognised
};
inline constexpr DocType kAllDocTypes[] = {
    DocType::kTaxInvoice,      DocType::kTransferReceipt, DocType::kBankbookCopy,
    DocType::kGuaranteePolicy, DocType::kInspectionForm,  DocType::kOther,
    DocType::kUnknown};
std::string_view ToString(DocType type);
std::optional<DocType> ParseDocType(std::string_view name);

// Where a page's words came from.
enum class Source { kXml, kPdfText, kOcr };
std::string_view ToString(Source source);

enum class Severity { kError, kWarning };
std::string_view ToString(Severity severity);

enum class FlagCode {
  kMissingDocument,
  kUnreadableFile,
  kUnknownDocument,
  kLowQuality,
  kFieldNotFound,
  kLowConfidence,
  kAmountMismatch,
  kVatInconsistent,
  kBrnMismatch,
  kBrnInvalid,
  kAccountMismatch,
  kNameMismatch,
  kDateOutOfRange,
  kGuaranteeInsufficient,
  kSignatureMissing,
  kDuplicateDocument,
  kCaseDataMissing,
};
inline constexpr FlagCode kAllFlagCodes[] = {
    FlagCode::kMissingDocument,  FlagCode::kUnreadableFile,   FlagCode::kUnknownDocument,
    FlagCode::kLowQuality,       FlagCode::kFieldNotFound,    FlagCode::kLowConfidence,
    FlagCode::kAmountMismatch,   FlagCode::kVatInconsistent,  FlagCode::kBrnMismatch,
    FlagCode::kBrnInvalid,       FlagCode::kAccountMismatch,  FlagCode::kNameMismatch,
    FlagCode::kDateOutOfRange,   FlagCode::kGuaranteeInsufficient,
    FlagCode::kSignatureMissing, FlagCode::kDuplicateDocument, FlagCode::kCaseDataMissing};
std::string_view ToString(FlagCode code);
std::optional<FlagCode> ParseFlagCode(std::string_view name);
// The severity CONTRACT.md assigns to each code.
Severity DefaultSeverity(FlagCode code);

}  // namespace docval
