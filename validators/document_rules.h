// Per-document rules (CONTRACT.md flag codes). Each checks the best-read upload of its type
// against the case data; a missing document is CheckRequiredDocuments' business.
#pragma once

#include "validators/rule_context.h"

namespace docval {

void CheckTaxInvoice(RuleContext& ctx, const UploadOutcome& u);
void CheckTransferReceipt(RuleContext& ctx, const UploadOutcome& u);
void CheckBankbookCopy(RuleContext& ctx, const UploadOutcome& u);
void CheckGuaranteePolicy(RuleContext& ctx, const UploadOutcome& u);
void CheckInspectionForm(RuleContext& ctx, const UploadOutcome& u);
// subsidy + self-payment = contract amount, on the case data itself.
void CheckCaseAmounts(RuleContext& ctx, const CaseOutcome& c);
// LOW_QUALITY for pages too dark, too small or too poorly read to trust.
void CheckQuality(RuleContext& ctx, const UploadOutcome& u);

}  // namespace docval
