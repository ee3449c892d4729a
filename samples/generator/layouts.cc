#include "samples/generator/layouts.h"

#include "samples/generator/layout_parts.h"

namespace docval::samplegen {

const std::vector<Layout>& AllLayouts() {
  static const std::vector<Layout> kLayouts = {
      {"bordered_table", DocType::kTaxInvoice, kA4WidthPt, kA4HeightPt, 1, false,
       DrawInvoiceBorderedTable, false},
      {"statement_list", DocType::kTaxInvoice, kA4WidthPt, kA4HeightPt, 1, false,
       DrawInvoiceStatementList, false},
      {"bank_table", DocType::kTransferReceipt, kA4WidthPt, kA4HeightPt, 1, true,
       DrawReceiptBankTable, false},
      {"mobile_slip", DocType::kTransferReceipt, 306.0, 600.0, 1, true, DrawReceiptMobileSlip, false},
      {"passbook", DocType::kBankbookCopy, kA4WidthPt, kA4HeightPt, 1, true,
       DrawBankbookPassbook, false},
      {"online_copy", DocType::kBankbookCopy, kA4WidthPt, kA4HeightPt, 1, false,
       DrawBankbookOnlineCopy, false},
      {"surety_certificate", DocType::kGuaranteePolicy, kA4WidthPt, kA4HeightPt, 2, true,
       DrawGuaranteeCertificate, false},
      {"notice_letter", DocType::kGuaranteePolicy, kA4WidthPt, kA4HeightPt, 1, false,
       DrawGuaranteeNotice, false},
      {"check_table", DocType::kInspectionForm, kA4WidthPt, kA4HeightPt, 1, false,
       DrawInspectionTable, false},
      {"letter", DocType::kInspectionForm, kA4WidthPt, kA4HeightPt, 1, false,
       DrawInspectionLetter, false},
      {"payment_request_letter", DocType::kOther, kA4WidthPt, kA4HeightPt, 1, true,
       DrawPaymentRequestLetter, false},
      {"completion_report", DocType::kOther, kA4WidthPt, kA4HeightPt, 1, false,
       DrawCompletionReport, false},
      {"agreement", DocType::kOther, kA4WidthPt, kA4HeightPt, 2, false, DrawAgreement, false},
      {"shop_photo", DocType::kUnknown, 576.0, 432.0, 1, true, DrawShopPhoto, false},
      // Held out: after the regular rows so LayoutsFor(type)[0] stays the type's default.
      {"ledger_grid_holdout", DocType::kTaxInvoice, kA4WidthPt, kA4HeightPt, 1, false,
       DrawInvoiceLedgerGrid, true},
      {"deposit_band_holdout", DocType::kTransferReceipt, kA4HeightPt, kA4WidthPt, 1, true,
       DrawReceiptDepositBand, true},
      {"account_boxes_holdout", DocType::kBankbookCopy, kA4WidthPt, kA4HeightPt, 1, false,
       DrawBankbookAccountBoxes, true},
      {"bond_grid_holdout", DocType::kGuaranteePolicy, kA4WidthPt, kA4HeightPt, 1, true,
       DrawGuaranteeBondGrid, true},
      {"acceptance_grid_holdout", DocType::kInspectionForm, kA4WidthPt, kA4HeightPt, 1, false,
       DrawInspectionAcceptanceGrid, true},
      // The second held-out set (names end in "_holdout2"), designed later and independently.
      {"twin_panel_holdout2", DocType::kTaxInvoice, kA4WidthPt, kA4HeightPt, 1, false,
       DrawInvoiceTwinPanel, true},
      {"result_ledger_holdout2", DocType::kTransferReceipt, kA4HeightPt, kA4WidthPt, 1, false,
       DrawReceiptResultLedger, true},
      {"app_card_holdout2", DocType::kBankbookCopy, 300.0, 620.0, 1, true, DrawBankbookAppCard, true},
      {"proof_letter_holdout2", DocType::kGuaranteePolicy, kA4WidthPt, kA4HeightPt, 1, true,
       DrawGuaranteeProofLetter, true},
      {"install_confirm_holdout2", DocType::kInspectionForm, kA4WidthPt, kA4HeightPt, 1, false,
       DrawInspectionInstallConfirm, true},
      {"claim_form_holdout2", DocType::kOther, kA4WidthPt, kA4HeightPt, 1, true, DrawSubsidyClaimForm,
       true},
      // The third held-out set (names end in "_holdout3"), designed without reading the extractor.
      {"erp_export_holdout3", DocType::kTaxInvoice, kA4HeightPt, kA4WidthPt, 1, false,
       DrawInvoicePartyMatrix, true},
      {"atm_slip_holdout3", DocType::kTransferReceipt, 230.0, 440.0, 1, false, DrawReceiptAtmSlip, true},
      {"branch_cert_holdout3", DocType::kBankbookCopy, kA4WidthPt, kA4HeightPt, 1, true,
       DrawBankbookHolderCert, true},
      {"e_policy_holdout3", DocType::kGuaranteePolicy, kA4WidthPt, kA4HeightPt, 1, true,
       DrawGuaranteeNumberedPolicy, true},
      {"site_visit_holdout3", DocType::kInspectionForm, kA4HeightPt, kA4WidthPt, 1, false,
       DrawInspectionFieldCheck, true},
      {"appendix_holdout3", DocType::kOther, kA4WidthPt, kA4HeightPt, 1, true, DrawPhotoSheet, true},
      // The fourth held-out set (names end in "_holdout4"), also designed without reading the
      // extractor; the names say nothing of the designs.
      {"invoice_holdout4", DocType::kTaxInvoice, kA4WidthPt, kA4HeightPt, 1, true,
       DrawInvoiceHometaxDetail, true},
      {"receipt_holdout4", DocType::kTransferReceipt, 560.0, 330.0, 1, true, DrawReceiptCounterSlip, true},
      {"bankbook_holdout4", DocType::kBankbookCopy, 440.0, 272.0, 1, true, DrawBankbookInnerPage, true},
      {"policy_holdout4", DocType::kGuaranteePolicy, kA4HeightPt, kA4WidthPt, 1, true,
       DrawGuaranteeColumnBands, true},
      {"inspection_holdout4", DocType::kInspectionForm, kA4WidthPt, kA4HeightPt, 1, false,
       DrawInspectionReceiptCells, true},
      {"paper_holdout4", DocType::kOther, kA4WidthPt, kA4HeightPt, 1, true, DrawBusinessRegistration, true},
      // The fifth held-out set (names end in "_holdout5"), designed without reading the extractor;
      // the names say nothing of the designs.
      {"invoice_holdout5", DocType::kTaxInvoice, kA4WidthPt, kA4HeightPt, 1, false,
       DrawInvoiceSerifSections, true},
      {"receipt_holdout5", DocType::kTransferReceipt, 420.0, 595.0, 1, true, DrawReceiptHalfSheet, true},
      {"bankbook_holdout5", DocType::kBankbookCopy, 360.0, 500.0, 1, true, DrawBankbookCover, true},
      {"policy_holdout5", DocType::kGuaranteePolicy, kA4WidthPt, kA4HeightPt, 1, true,
       DrawGuaranteeClauseList, true},
      {"inspection_holdout5", DocType::kInspectionForm, kA4WidthPt, kA4HeightPt, 1, false,
       DrawInspectionHeaderRows, true},
      {"paper_holdout5", DocType::kOther, kA4WidthPt, kA4HeightPt, 1, true, DrawWarrantyCard, true},
      // The sixth held-out set (names end in "_holdout6"), designed without reading the extractor;
      // the names say nothing of the designs.
      {"invoice_holdout6", DocType::kTaxInvoice, kA4WidthPt, kA4HeightPt, 1, true, DrawInvoiceMailNotice, true},
      {"receipt_holdout6", DocType::kTransferReceipt, kA4WidthPt, kA4HeightPt, 1, true,
       DrawReceiptTransposedCert, true},
      {"bankbook_holdout6", DocType::kBankbookCopy, kA4WidthPt, kA4HeightPt, 1, true,
       DrawBankbookCertifiedCopy, true},
      {"policy_holdout6", DocType::kGuaranteePolicy, kA4WidthPt, kA4HeightPt, 1, true,
       DrawGuaranteeGroupedGrid, true},
      {"inspection_holdout6", DocType::kInspectionForm, kA4WidthPt, kA4HeightPt, 1, false,
       DrawInspectionPanels, true},
      {"paper_holdout6", DocType::kOther, kA4WidthPt, kA4HeightPt, 1, true, DrawQuotation, true},
      // The seventh held-out set (names end in "_holdout7"), designed without reading the
      // extractor; the names say nothing of the designs.
      {"invoice_holdout7", DocType::kTaxInvoice, kA4WidthPt, kA4HeightPt, 1, true, DrawInvoiceDigitBoxes, true},
      {"receipt_holdout7", DocType::kTransferReceipt, kA4HeightPt, kA4WidthPt, 1, true,
       DrawReceiptHistoryList, true},
      {"bankbook_holdout7", DocType::kBankbookCopy, kA4WidthPt, kA4HeightPt, 1, true,
       DrawBankbookBilingual, true},
      {"policy_holdout7", DocType::kGuaranteePolicy, kA4WidthPt, kA4HeightPt, 1, true,
       DrawGuaranteeCooperativeBond, true},
      {"inspection_holdout7", DocType::kInspectionForm, kA4WidthPt, kA4WidthPt / 1.4142, 1, true,
       DrawInspectionWorkSlip, true},
      {"paper_holdout7", DocType::kOther, kA4WidthPt, kA4HeightPt, 1, true, DrawTaxClearance, true},
      // The eighth held-out set (names end in "_holdout8"), designed without reading the
      // extractor; the names say nothing of the designs.
      {"invoice_holdout8", DocType::kTaxInvoice, kA4WidthPt, kA4HeightPt, 1, true, DrawInvoiceBilingualErp, true},
      {"receipt_holdout8", DocType::kTransferReceipt, kA4WidthPt, kA4WidthPt / 1.4142, 1, true, DrawReceiptFromTo,
       true},
      {"bankbook_holdout8", DocType::kBankbookCopy, kA4WidthPt, kA4HeightPt, 1, true,
       DrawBankbookPatternedCopy, true},
      {"policy_holdout8", DocType::kGuaranteePolicy, kA4WidthPt, kA4HeightPt, 1, true,
       DrawGuaranteeInquiryScreen, true},
      {"inspection_holdout8", DocType::kInspectionForm, kA4WidthPt, kA4HeightPt, 1, false,
       DrawInspectionStatuteForm, true},
      {"paper_holdout8", DocType::kOther, kA4WidthPt, kA4HeightPt, 1, false, DrawPrivacyConsent, true},
      // The ninth held-out set (names end in "_holdout9"), designed without reading the
      // extractor; the names say nothing of the designs.
      {"invoice_holdout9", DocType::kTaxInvoice, kA4HeightPt, kA4WidthPt, 1, true, DrawInvoiceTwoUp, true},
      {"receipt_holdout9", DocType::kTransferReceipt, 420.0, 620.0, 1, true, DrawReceiptRightAlignedList, true},
      {"bankbook_holdout9", DocType::kBankbookCopy, kA4WidthPt, kA4HeightPt, 1, false, DrawBankbookFaxedCopy,
       true},
      {"policy_holdout9", DocType::kGuaranteePolicy, kA4WidthPt, kA4HeightPt, 1, true, DrawGuaranteePartyRows,
       true},
      {"inspection_holdout9", DocType::kInspectionForm, kA4WidthPt, kA4HeightPt, 1, true,
       DrawInspectionTabletReport, true},
      {"paper_holdout9", DocType::kOther, kA4WidthPt, kA4HeightPt, 1, true, DrawSmallBusinessCertificate, true},
      // The tenth held-out set (names end in "_holdout10"), designed without reading the
      // extractor; the names say nothing of the designs.
      {"invoice_holdout10", DocType::kTaxInvoice, 340.0, 1040.0, 1, true, DrawInvoiceAppScreen, true},
      {"receipt_holdout10", DocType::kTransferReceipt, 516.0, 729.0, 1, true, DrawReceiptBilingualGrid, true},
      {"bankbook_holdout10", DocType::kBankbookCopy, kA4WidthPt, kA4WidthPt / 1.4142, 1, true,
       DrawBankbookSecurityPaper, true},
      {"policy_holdout10", DocType::kGuaranteePolicy, kA4WidthPt, kA4HeightPt, 1, true, DrawGuaranteeMergedBlocks,
       true},
      {"inspection_holdout10", DocType::kInspectionForm, kA4WidthPt, kA4HeightPt, 1, false,
       DrawInspectionFillInSentences, true},
      {"paper_holdout10", DocType::kOther, kA4WidthPt, kA4HeightPt, 1, true, DrawPowerOfAttorney, true},
      // The eleventh held-out set (names end in "_holdout11"), designed without reading the
      // extractor; the names say nothing of the designs.
      {"invoice_holdout11", DocType::kTaxInvoice, 684.0, 792.0, 1, true, DrawInvoiceContinuousForm, true},
      {"receipt_holdout11", DocType::kTransferReceipt, 360.0, 740.0, 1, true, DrawReceiptChatNotice, true},
      {"bankbook_holdout11", DocType::kBankbookCopy, kA4WidthPt, kA4HeightPt, 1, false, DrawBankbookTopBound, true},
      {"policy_holdout11", DocType::kGuaranteePolicy, kA4WidthPt, kA4HeightPt, 1, true, DrawGuaranteeSidebar, true},
      {"inspection_holdout11", DocType::kInspectionForm, kA4WidthPt, kA4HeightPt, 1, true, DrawInspectionStepper,
       true},
      {"paper_holdout11", DocType::kOther, kA4WidthPt, kA4HeightPt, 1, false, DrawMeetingMinutes, true},
      // The twelfth held-out set (names end in "_holdout12"), designed without reading the
      // extractor; the names say nothing of the designs.
      {"invoice_holdout12", DocType::kTaxInvoice, kA4HeightPt, kA4WidthPt, 1, true, DrawInvoiceMirrorTable, true},
      {"receipt_holdout12", DocType::kTransferReceipt, kA4WidthPt, kA4HeightPt, 1, true, DrawReceiptCertLetter, true},
      {"bankbook_holdout12", DocType::kBankbookCopy, kA4WidthPt, kA4HeightPt, 1, true, DrawBankbookStatement, true},
      {"policy_holdout12", DocType::kGuaranteePolicy, kA4HeightPt, kA4WidthPt, 1, true, DrawGuaranteeBondNote,
       true},
      {"inspection_holdout12", DocType::kInspectionForm, kA4WidthPt, kA4HeightPt, 1, false,
       DrawInspectionSignOffStrip, true},
      {"paper_holdout12", DocType::kOther, kA4WidthPt, kA4HeightPt, 1, true, DrawAftercarePledge, true},
      // The thirteenth held-out set (names end in "_holdout13"), designed without reading the
      // extractor; the names say nothing of the designs.
      {"invoice_holdout13", DocType::kTaxInvoice, kA4HeightPt, kA4WidthPt, 1, true, DrawInvoiceSummaryRail, true},
      {"receipt_holdout13", DocType::kTransferReceipt, kA4WidthPt, kA4HeightPt, 1, true, DrawReceiptMailPrint, true},
      {"bankbook_holdout13", DocType::kBankbookCopy, 860.0, 600.0, 1, true, DrawBankbookModalCapture, true},
      {"policy_holdout13", DocType::kGuaranteePolicy, kA4WidthPt, kA4HeightPt, 1, true, DrawGuaranteeTimelineCards,
       true},
      {"inspection_holdout13", DocType::kInspectionForm, 240.0, 740.0, 1, true, DrawInspectionThermalSlip, true},
      {"paper_holdout13", DocType::kOther, kA4HeightPt, kA4WidthPt, 1, true, DrawTrainingCertificate, true},
      // The fourteenth held-out set (names end in "_holdout14"), designed without reading the
      // extractor; the names say nothing of the designs.
      {"invoice_holdout14", DocType::kTaxInvoice, kA4WidthPt, kA4HeightPt, 1, true, DrawInvoiceIssueList, true},
      {"receipt_holdout14", DocType::kTransferReceipt, 340.0, 650.0, 1, true, DrawReceiptTornSlip, true},
      {"bankbook_holdout14", DocType::kBankbookCopy, 780.0, 500.0, 1, true, DrawBankbookOpenSpread, true},
      {"policy_holdout14", DocType::kGuaranteePolicy, kA4HeightPt, kA4WidthPt, 1, true, DrawGuaranteeBookletSpread,
       true},
      {"inspection_holdout14", DocType::kInspectionForm, kA4WidthPt, kA4HeightPt, 1, true, DrawInspectionPenChecklist,
       true},
      {"paper_holdout14", DocType::kOther, kA4WidthPt, kA4HeightPt, 1, true, DrawReportCover, true},
      // The fifteenth held-out set (names end in "_holdout15"), designed without reading the
      // extractor; the names say nothing of the designs.
      {"invoice_holdout15", DocType::kTaxInvoice, kA4WidthPt, kA4HeightPt, 1, true, DrawInvoiceAmendment, true},
      {"receipt_holdout15", DocType::kTransferReceipt, kA4HeightPt, kA4WidthPt, 1, true, DrawReceiptQrLandscape, true},
      {"bankbook_holdout15", DocType::kBankbookCopy, 820.0, 480.0, 1, true, DrawBankbookOuterCovers, true},
      {"policy_holdout15", DocType::kGuaranteePolicy, kA4WidthPt, kA4HeightPt, 1, true, DrawGuaranteeGuillocheClauses,
       true},
      {"inspection_holdout15", DocType::kInspectionForm, kA4WidthPt, kA4HeightPt, 1, true, DrawInspectionPhotoColumns,
       true},
      {"paper_holdout15", DocType::kOther, kA4WidthPt, kA4HeightPt, 1, false, DrawFaxCover, true},
      // The sixteenth held-out set (names end in "_holdout16"), designed without reading the
      // extractor; the names say nothing of the designs.
      {"invoice_holdout16", DocType::kTaxInvoice, kA4HeightPt, kA4WidthPt, 1, true, DrawInvoiceCardColumns, true},
      {"receipt_holdout16", DocType::kTransferReceipt, 340.0, 800.0, 1, true, DrawReceiptDarkScreen, true},
      {"bankbook_holdout16", DocType::kBankbookCopy, kA4WidthPt, kA4HeightPt, 1, true, DrawBankbookPasteUp, true},
      {"policy_holdout16", DocType::kGuaranteePolicy, kA4WidthPt, kA4HeightPt, 1, true, DrawGuaranteeOverprint,
       true},
      {"inspection_holdout16", DocType::kInspectionForm, kA4WidthPt, kA4HeightPt, 1, false, DrawInspectionSurvey,
       true},
      {"paper_holdout16", DocType::kOther, kA4WidthPt, kA4HeightPt, 1, true, DrawSelectionNotice, true},
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

std::vector<std::string> HeldOutLayoutNames() {
  std::vector<std::string> names;
  for (const Layout& layout : AllLayouts()) {
    if (layout.held_out) names.emplace_back(layout.name);
  }
  return names;
}

const Layout* FindLayout(std::string_view name) {
  for (const Layout& layout : AllLayouts()) {
    if (layout.name == name) return &layout;
  }
  return nullptr;
}

}  // namespace docval::samplegen
