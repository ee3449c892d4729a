#include "samples/generator/layouts.h"

#include "samples/generator/layout_parts.h"

namespace docval::samplegen {

const std::vector<Layout>& AllLayouts() {
  static const std::vector<Layout> kLayouts = {
      {"bordered_table", DocType::kTaxInvoice, kA4WidthPt, kA4HeightPt, 1, false,
       DrawInvoiceBorderedTable},
      {"statement_list", DocType::kTaxInvoice, kA4WidthPt, kA4HeightPt, 1, false,
       DrawInvoiceStatementList},
      {"bank_table", DocType::kTransferReceipt, kA4WidthPt, kA4HeightPt, 1, true,
       DrawReceiptBankTable},
      {"mobile_slip", DocType::kTransferReceipt, 306.0, 600.0, 1, true, DrawReceiptMobileSlip},
      {"passbook", DocType::kBankbookCopy, kA4WidthPt, kA4HeightPt, 1, true,
       DrawBankbookPassbook},
      {"online_copy", DocType::kBankbookCopy, kA4WidthPt, kA4HeightPt, 1, false,
       DrawBankbookOnlineCopy},
      {"surety_certificate", DocType::kGuaranteePolicy, kA4WidthPt, kA4HeightPt, 2, true,
       DrawGuaranteeCertificate},
      {"notice_letter", DocType::kGuaranteePolicy, kA4WidthPt, kA4HeightPt, 1, false,
       DrawGuaranteeNotice},
      {"check_table", DocType::kInspectionForm, kA4WidthPt, kA4HeightPt, 1, false,
       DrawInspectionTable},
      {"letter", DocType::kInspectionForm, kA4WidthPt, kA4HeightPt, 1, false,
       DrawInspectionLetter},
      {"payment_request_letter", DocType::kOther, kA4WidthPt, kA4HeightPt, 1, true,
       DrawPaymentRequestLetter},
      {"completion_report", DocType::kOther, kA4WidthPt, kA4HeightPt, 1, false,
       DrawCompletionReport},
      {"agreement", DocType::kOther, kA4WidthPt, kA4HeightPt, 2, false, DrawAgreement},
      {"shop_photo", DocType::kUnknown, 576.0, 432.0, 1, true, DrawShopPhoto},
  };
  return kLayouts;
}

std::vector<const Layout*> LayoutsFor(DocType type) {
  std::vector<const Layout*> layouts;
  for (const Layout& layout : AllLayouts()) {
    if (layout.doc_type == type) layouts.push_back(&layout);
  }
  return layouts;
}

const Layout* FindLayout(std::string_view name) {
  for (const Layout& layout : AllLayouts()) {
    if (layout.name == name) return &layout;
  }
  return nullptr;
}

}  // namespace docval::samplegen
