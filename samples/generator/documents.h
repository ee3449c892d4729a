// What one generated upload holds: the printed facts per document type, how it is delivered
// (form), and how it may be broken. Plain value types, filled by the planner (plan.h) and read by
// the layouts (layouts.h) and the renderer (render.h).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "models/case.h"
#include "models/types.h"
#include "samples/generator/sample_util.h"

namespace docval::samplegen {

// How an upload reaches the agency (truth.json "form").
enum class Form {
  kPdfText,   // born-digital PDF with a text layer
  kPdfScan,   // scanner PDF: one degraded page image per page, no text
  kScanJpeg,
  kScanPng,
  kScanTiff,  // multi-page when the document has several pages
  kSkew,      // a scan rotated 1–4° either way
  kRotated,   // a scan turned 90/180/270°
  kLowres,    // a 150 dpi scan
  kPhoto,     // phone photo: perspective, uneven light, JPEG
  kXml,       // NTS e-tax invoice XML (tax invoices only)
  kHtml,      // a web page saved under a document name (broken upload)
  kZip,       // an archive instead of a document (broken upload)
};
std::string_view ToString(Form form);
std::optional<Form> ParseForm(std::string_view name);
// The forms a rendered document can take (xml only for tax invoices).
const std::vector<Form>& RenderedForms(DocType type);

enum class Broken { kNone, kEmpty, kTruncated, kEncrypted, kHtml, kZip };
std::string_view ToString(Broken broken);  // "" for kNone

// The file container an upload is written in.
enum class Container { kPdf, kJpeg, kPng, kTiff, kXml, kHtml, kZip };
std::string_view Extension(Container container);  // "pdf", "jpg", …

// Images too dark or too small to read reliably (LOW_QUALITY).
enum class Quality { kNormal, kDark, kTiny };

struct Party {
  std::string name, owner, brn, address, business_type, business_item, email;
};

struct InvoiceItem {
  Date date;
  std::string name, spec;
  int64_t quantity = 1, unit_price = 0, amount = 0, tax = 0;
};

struct TaxInvoiceData {
  std::string approval_number;  // 24 characters, no dashes
  Party supplier, buyer;
  std::string supplier_sub_place;  // 4-digit 종사업장번호 (XML TaxRegistrationID)
  Date issue_date;
  int64_t supply = 0, tax = 0, total = 0;
  std::vector<InvoiceItem> items;
  bool purpose_receipt = false;  // 영수 (01) rather than 청구 (02)
  bool xml_signature = false;
};

struct TransferReceiptData {
  std::string bank;  // the sender's bank, which issues the receipt
  std::string sender_account, sender_name;
  std::string payee_bank, payee_account, payee_name;
  std::string memo, time;  // memo shown in the payee's bankbook; time hh:mm:ss
  Date date;
  int64_t amount = 0, fee = 0;
  std::string transaction_number;
};

struct BankbookData {
  std::string bank, branch, account_number, holder;
  Date opened;
  Date printed;  // when the copy was printed; makes every case's copy a distinct file
};

struct GuaranteeData {
  std::string policy_number;  // as printed, with dashes
  std::string policyholder, policyholder_brn, policyholder_address, insured, insured_address;
  std::string contract_title;
  int64_t insured_amount = 0;
  Date start, end, issued;
  bool amount_in_words = false;
};

enum class SignatureKind { kScribble, kSeal, kBoth };

struct InspectionData {
  std::string shop_name, shop_owner, shop_brn, shop_address, phone, technology, supplier_name;
  int quantity = 1;
  Date install_date, inspection_date;
  bool is_signed = true;
  SignatureKind signature = SignatureKind::kScribble;
  std::string sign_label;  // "(서명)" or "(인)"
};

// One upload of a case.
struct DocumentSpec {
  int id = 0;             // unique within its case; expected flags refer to it
  std::string file;       // "<case_id>/<name>", as report.json names it
  DocType doc_type = DocType::kUnknown;
  std::string layout;     // layout name, "nts_xml" for XML, "" for html/zip
  Form form = Form::kScanJpeg;
  Container container = Container::kJpeg;
  std::string font;
  int rotation = 0;       // clockwise degrees the page content is turned in the file
  double skew_deg = 0.0;  // counter-clockwise tilt of the content, degrees
  int dpi = 300;          // raster resolution; 0 for pdf_text and xml
  bool color = false;     // colour scan rather than grayscale
  Quality quality = Quality::kNormal;
  Broken broken = Broken::kNone;
  uint64_t render_seed = 0;
  Case case_data;         // for the "other" papers and the shop photo
  TaxInvoiceData invoice;
  TransferReceiptData receipt;
  BankbookData bankbook;
  GuaranteeData guarantee;
  InspectionData inspection;
};

// Field name -> normalised value as CONTRACT.md defines them for the document's type; empty
// for other/unknown documents and for broken uploads that cannot be read.
std::map<std::string, std::string> TruthFields(const DocumentSpec& spec);

}  // namespace docval::samplegen
