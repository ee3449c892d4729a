#include "samples/generator/documents.h"

#include "samples/generator/brn.h"

namespace docval::samplegen {

namespace {
constexpr std::pair<Form, std::string_view> kFormNames[] = {
    {Form::kPdfText, "pdf_text"}, {Form::kPdfScan, "pdf_scan"}, {Form::kScanJpeg, "scan_jpeg"},
    {Form::kScanPng, "scan_png"}, {Form::kScanTiff, "scan_tiff"}, {Form::kSkew, "skew"},
    {Form::kRotated, "rotated"},  {Form::kLowres, "lowres"},     {Form::kPhoto, "photo"},
    {Form::kXml, "xml"},          {Form::kHtml, "html"},         {Form::kZip, "zip"},
};
}  // namespace

std::string_view ToString(Form form) {
  for (const auto& [value, name] : kFormNames) {
    if (value == form) return name;
  }
  return "unknown";
}

std::optional<Form> ParseForm(std::string_view name) {
  for (const auto& [value, form_name] : kFormNames) {
    if (form_name == name) return value;
  }
  return std::nullopt;
}

const std::vector<Form>& RenderedForms(DocType type) {
  static const std::vector<Form> kImageForms = {
      Form::kPdfText, Form::kPdfScan, Form::kScanJpeg, Form::kScanPng, Form::kScanTiff,
      Form::kSkew,    Form::kRotated, Form::kLowres,   Form::kPhoto};
  static const std::vector<Form> kInvoiceForms = [] {
    std::vector<Form> forms = kImageForms;
    forms.push_back(Form::kXml);
    return forms;
  }();
  return type == DocType::kTaxInvoice ? kInvoiceForms : kImageForms;
}

std::string_view Extension(Container container) {
  switch (container) {
    case Container::kPdf: return "pdf";
    case Container::kJpeg: return "jpg";
    case Container::kPng: return "png";
    case Container::kTiff: return "tif";
    case Container::kXml: return "xml";
    case Container::kHtml: return "html";
    case Container::kZip: return "zip";
  }
  return "bin";
}

std::string_view ToString(Broken broken) {
  switch (broken) {
    case Broken::kNone: return "";
    case Broken::kEmpty: return "empty";
    case Broken::kTruncated: return "truncated";
    case Broken::kEncrypted: return "encrypted";
    case Broken::kHtml: return "html_as_pdf";
    case Broken::kZip: return "zip_archive";
  }
  return "";
}

std::map<std::string, std::string> TruthFields(const DocumentSpec& spec) {
  std::map<std::string, std::string> fields;
  if (spec.broken != Broken::kNone) return fields;
  switch (spec.doc_type) {
    case DocType::kTaxInvoice: {
      const TaxInvoiceData& d = spec.invoice;
      fields["approval_number"] = d.approval_number;
      fields["supplier_brn"] = DigitsOnly(d.supplier.brn);
      fields["buyer_brn"] = DigitsOnly(d.buyer.brn);
      fields["issue_date"] = d.issue_date.Iso();
      fields["supply_amount"] = std::to_string(d.supply);
      fields["tax_amount"] = std::to_string(d.tax);
      fields["total_amount"] = std::to_string(d.total);
      break;
    }
    case DocType::kTransferReceipt: {
      const TransferReceiptData& d = spec.receipt;
      fields["amount"] = std::to_string(d.amount);
      fields["payee_account"] = DigitsOnly(d.payee_account);
      fields["payee_name"] = d.payee_name;
      fields["sender_name"] = d.sender_name;
      fields["transfer_date"] = d.date.Iso();
      break;
    }
    case DocType::kBankbookCopy:
      fields["bank"] = spec.bankbook.bank;
      fields["account_number"] = DigitsOnly(spec.bankbook.account_number);
      fields["account_holder"] = spec.bankbook.holder;
      break;
    case DocType::kGuaranteePolicy: {
      const GuaranteeData& d = spec.guarantee;
      fields["policy_number"] = DigitsOnly(d.policy_number);
      fields["policyholder"] = d.policyholder;
      fields["insured"] = d.insured;
      fields["insured_amount"] = std::to_string(d.insured_amount);
      fields["start_date"] = d.start.Iso();
      fields["end_date"] = d.end.Iso();
      break;
    }
    case DocType::kInspectionForm: {
      const InspectionData& d = spec.inspection;
      fields["shop_name"] = d.shop_name;
      fields["shop_owner"] = d.shop_owner;
      fields["shop_brn"] = DigitsOnly(d.shop_brn);
      fields["install_date"] = d.install_date.Iso();
      fields["inspection_date"] = d.inspection_date.Iso();
      fields["signed"] = d.is_signed ? "true" : "false";
      break;
    }
    case DocType::kOther:
    case DocType::kUnknown:
      break;
  }
  return fields;
}

}  // namespace docval::samplegen
