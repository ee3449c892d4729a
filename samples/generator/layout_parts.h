// Internal to the layouts: the drawing functions registered in layouts.cc and the table-drawing
// helpers they share. Not for use outside samples/generator.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "samples/generator/canvas.h"
#include "samples/generator/documents.h"

namespace docval::samplegen {

// layout_tax_invoice.cc
void DrawInvoiceBorderedTable(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);
void DrawInvoiceStatementList(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);
void DrawInvoiceLedgerGrid(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out
void DrawInvoiceTwinPanel(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 2
void DrawInvoicePartyMatrix(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 3
void DrawInvoiceHometaxDetail(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 4
void DrawInvoiceSerifSections(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 5
void DrawInvoiceMailNotice(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 6
void DrawInvoiceDigitBoxes(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 7
void DrawInvoiceBilingualErp(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 8
void DrawInvoiceTwoUp(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 9
void DrawInvoiceAppScreen(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 10
void DrawInvoiceContinuousForm(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 11
void DrawInvoiceMirrorTable(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 12
void DrawInvoiceSummaryRail(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 13
void DrawInvoiceIssueList(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 14
void DrawInvoiceAmendment(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 15
void DrawInvoiceCardColumns(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 16
// layout_transfer_receipt.cc
void DrawReceiptBankTable(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);
void DrawReceiptMobileSlip(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);
void DrawReceiptDepositBand(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out
void DrawReceiptResultLedger(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 2
void DrawReceiptAtmSlip(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 3
void DrawReceiptCounterSlip(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 4
void DrawReceiptHalfSheet(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 5
void DrawReceiptTransposedCert(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 6
void DrawReceiptHistoryList(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 7
void DrawReceiptFromTo(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 8
void DrawReceiptRightAlignedList(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 9
void DrawReceiptBilingualGrid(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 10
void DrawReceiptChatNotice(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 11
void DrawReceiptCertLetter(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 12
void DrawReceiptMailPrint(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 13
void DrawReceiptTornSlip(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 14
void DrawReceiptQrLandscape(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 15
void DrawReceiptDarkScreen(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 16
// layout_bankbook.cc
void DrawBankbookPassbook(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);
void DrawBankbookOnlineCopy(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);
void DrawBankbookAccountBoxes(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out
void DrawBankbookAppCard(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 2
void DrawBankbookHolderCert(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 3
void DrawBankbookInnerPage(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 4
void DrawBankbookCover(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 5
void DrawBankbookCertifiedCopy(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 6
void DrawBankbookBilingual(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 7
void DrawBankbookPatternedCopy(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 8
void DrawBankbookFaxedCopy(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 9
void DrawBankbookSecurityPaper(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 10
void DrawBankbookTopBound(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 11
void DrawBankbookStatement(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 12
void DrawBankbookModalCapture(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 13
void DrawBankbookOpenSpread(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 14
void DrawBankbookOuterCovers(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 15
void DrawBankbookPasteUp(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 16
// layout_guarantee.cc
void DrawGuaranteeCertificate(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);
void DrawGuaranteeNotice(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);
void DrawGuaranteeBondGrid(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out
void DrawGuaranteeProofLetter(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 2
void DrawGuaranteeNumberedPolicy(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 3
void DrawGuaranteeColumnBands(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 4
void DrawGuaranteeClauseList(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 5
void DrawGuaranteeGroupedGrid(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 6
void DrawGuaranteeCooperativeBond(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 7
void DrawGuaranteeInquiryScreen(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 8
void DrawGuaranteePartyRows(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 9
void DrawGuaranteeMergedBlocks(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 10
void DrawGuaranteeSidebar(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 11
void DrawGuaranteeBondNote(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 12
void DrawGuaranteeTimelineCards(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 13
void DrawGuaranteeBookletSpread(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 14
void DrawGuaranteeGuillocheClauses(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 15
void DrawGuaranteeOverprint(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 16
// layout_inspection.cc
void DrawInspectionTable(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);
void DrawInspectionLetter(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);
void DrawInspectionAcceptanceGrid(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out
void DrawInspectionInstallConfirm(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 2
void DrawInspectionFieldCheck(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 3
void DrawInspectionReceiptCells(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 4
void DrawInspectionHeaderRows(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 5
void DrawInspectionPanels(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 6
void DrawInspectionWorkSlip(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 7
void DrawInspectionStatuteForm(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 8
void DrawInspectionTabletReport(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 9
void DrawInspectionFillInSentences(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 10
void DrawInspectionStepper(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 11
void DrawInspectionSignOffStrip(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 12
void DrawInspectionThermalSlip(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 13
void DrawInspectionPenChecklist(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 14
void DrawInspectionPhotoColumns(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 15
void DrawInspectionSurvey(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 16
// layout_other.cc
void DrawPaymentRequestLetter(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);
void DrawCompletionReport(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);
void DrawAgreement(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);
void DrawShopPhoto(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);
void DrawSubsidyClaimForm(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 2
void DrawPhotoSheet(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 3
void DrawBusinessRegistration(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 4
void DrawWarrantyCard(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 5
void DrawQuotation(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 6
void DrawTaxClearance(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 7
void DrawPrivacyConsent(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 8
void DrawSmallBusinessCertificate(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 9
void DrawPowerOfAttorney(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 10
void DrawMeetingMinutes(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 11
void DrawAftercarePledge(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 12
void DrawTrainingCertificate(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 13
void DrawReportCover(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 14
void DrawFaxCover(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 15
void DrawSelectionNotice(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);  // held out 16

// One table cell; `label` cells get a light fill.
struct Cell {
  std::string text;
  double width = 0;
  bool label = false;
  Align align = Align::kLeft;
};

// Draws a row of bordered cells starting at (x, y) with height h; returns the row's width.
double DrawRow(PageCanvas& canvas, double x, double y, double h, const std::vector<Cell>& cells,
               const TextStyle& style, Rgb line_color = kBlack, double line_width = 0.7,
               Rgb label_fill = Rgb{0.93, 0.93, 0.93});

// A signature box at (x, y, w, h): the printed label ("(서명)"/"(인)") always, and when the
// form is signed a scribble and/or a seal over it.
void DrawSignatureBox(PageCanvas& canvas, double x, double y, double w, double h,
                      const InspectionData& data, Rng& rng, bool border);

// A bordered box with a small grey caption in its top-left corner and the value beneath it, as
// e-document services print their fields. An empty value leaves the box blank.
void DrawCaptionBox(PageCanvas& canvas, double x, double y, double w, double h,
                    std::string_view caption, std::string_view value, const TextStyle& value_style,
                    Rgb line_color = kGray);

// Like PageCanvas::Paragraph, but breaks lines only at spaces, as Korean word processors do by
// default (어절 단위), so a name or number inside a sentence is never split. Returns the height used.
double ParagraphByWords(PageCanvas& canvas, double x, double y, double width, std::string_view text,
                        const TextStyle& style, double line_spacing = 1.4);
// The lines ParagraphByWords breaks `text` into at `width`: a box can be sized before it is drawn.
std::vector<std::string> WrapByWords(PageCanvas& canvas, std::string_view text, const TextStyle& style,
                                     double width);

// `style` shrunk (down to 70 % of its size) so `text` fits in `width`; long addresses and
// company names in narrow table cells stay on one line instead of running into the next cell.
TextStyle FitWidth(PageCanvas& canvas, std::string_view text, TextStyle style, double width);

// A caption written downwards, one syllable a line, centred in the box (x, y, w, h), as Korean
// forms label a block of rows (공/급/자).
void DrawStackedCaption(PageCanvas& canvas, double x, double y, double w, double h,
                        std::string_view caption, const TextStyle& style);

// A square official seal (관인, 법인 인감) of `size` points at (x, y): its carved rows of syllables
// in red, slightly turned. Ink only, not recorded as printed text.
void DrawSquareSeal(PageCanvas& canvas, double x, double y, double size, const std::vector<std::string>& rows,
                    Rng& rng);

// `text` spread over the width w from x (배분 정렬, as Korean word processors align form captions):
// one run per character, the first at x and the last ending at x + w. When the characters would
// sit nearly together anyway, or do not fit, the text is drawn as one run centred in w instead.
void DrawDistributed(PageCanvas& canvas, double x, double y, double w, std::string_view text,
                     const TextStyle& style);

// Spreads the syllables of a short title ("검수확인서" -> "검 수 확 인 서").
std::string Spaced(std::string_view text);

}  // namespace docval::samplegen
