#include "samples/generator/plan.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "samples/generator/brn.h"
#include "samples/generator/canvas.h"
#include "samples/generator/korean_data.h"
#include "samples/generator/layouts.h"

namespace docval::samplegen {

namespace {

constexpr DocType kRequiredTypes[] = {DocType::kTaxInvoice, DocType::kTransferReceipt,
                                      DocType::kBankbookCopy, DocType::kGuaranteePolicy,
                                      DocType::kInspectionForm};

struct Supplier {
  Company company;
  int registered_style = 0;
  std::string owner, brn, address, email;
  BankAccount account;
};

// (layout, form) pairs of one document type, visited in an order that changes layout and form
// at every step and covers every pair once per round (see Build).
class VariantCycle {
 public:
  struct Variant {
    std::string layout;
    Form form;
  };

  Status Build(DocType type, const GeneratorOptions& options, size_t offset) {
    std::vector<std::string> layouts;
    bool type_named = false;
    for (const Layout* layout : LayoutsFor(type)) {
      const std::string name(layout->name);
      if (std::find(options.layouts.begin(), options.layouts.end(), name) != options.layouts.end()) {
        type_named = true;
      }
    }
    for (const Layout* layout : LayoutsFor(type)) {
      const std::string name(layout->name);
      const bool listed =
          std::find(options.layouts.begin(), options.layouts.end(), name) != options.layouts.end();
      // Held-out layouts are drawn only when named, so presets and seeds keep their output.
      if (type_named ? listed : !layout->held_out) layouts.push_back(name);
    }
    std::vector<Form> forms;
    for (Form form : RenderedForms(type)) {
      const std::string name(ToString(form));
      if (options.forms.empty() ||
          std::find(options.forms.begin(), options.forms.end(), name) != options.forms.end()) {
        forms.push_back(form);
      }
    }
    if (layouts.empty() || forms.empty()) {
      return Status::InvalidArgument("'" + std::string(ToString(type)) +
                                     "' 문서에 쓸 수 있는 양식/형식이 없습니다 (--forms, --layouts 확인)");
    }
    // Step k takes layout k mod L and form (k + ⌊k / lcm⌋) mod F: consecutive steps differ in
    // both, and each block of lcm(L, F) steps covers a distinct residue class of pairs, so
    // L·F steps visit every pair exactly once.
    const size_t l_count = layouts.size(), f_count = forms.size();
    const size_t lcm = std::lcm(l_count, f_count);
    for (size_t k = 0; k < l_count * f_count; ++k) {
      variants_.push_back(Variant{layouts[k % l_count], forms[(k + k / lcm) % f_count]});
    }
    next_ = offset % variants_.size();
    return Status::OK();
  }
  Variant Next() { return variants_[next_++ % variants_.size()]; }

 private:
  std::vector<Variant> variants_;
  size_t next_ = 0;
};

int TypeIndex(DocType type) {
  for (size_t i = 0; i < std::size(kAllDocTypes); ++i) {
    if (kAllDocTypes[i] == type) return static_cast<int>(i);
  }
  return 0;
}

class Planner {
 public:
  Planner(const GeneratorOptions& options, SamplePlan* plan)
      : options_(options), plan_(plan), rng_(options.seed) {}

  Status Run();

 private:
  Status BuildCycles();
  Supplier MakeSupplier();
  PlannedCase MakeCase(int index, int case_number, bool card);
  DocumentSpec& AddDocument(PlannedCase& pc, DocType type);
  void ApplyVariant(DocumentSpec& doc, const std::string& layout, Form form);
  void FillInvoice(PlannedCase& pc, DocumentSpec& doc);
  void FillReceipt(PlannedCase& pc, DocumentSpec& doc);
  void FillBankbook(PlannedCase& pc, DocumentSpec& doc);
  void FillGuarantee(PlannedCase& pc, DocumentSpec& doc);
  void FillInspection(PlannedCase& pc, DocumentSpec& doc);
  void SetInvoiceAmounts(TaxInvoiceData& d, int64_t supply, int64_t tax, int64_t total);

  // Defects. Each returns false when it does not apply to the case as it stands.
  bool ApplyDefect(PlannedCase& pc, FlagCode code, Broken broken_hint);
  DocumentSpec* Pick(PlannedCase& pc, const std::vector<DocType>& types, bool allow_xml = true);
  void Flag(PlannedCase& pc, FlagCode code, const DocumentSpec* doc, std::string field,
            bool with_type = true);
  bool MakeUnreadable(PlannedCase& pc, Broken broken_hint);
  void ResolveDuplicates();
  void NameFiles(PlannedCase& pc);

  const GeneratorOptions& options_;
  SamplePlan* plan_;
  Rng rng_;
  std::vector<Supplier> suppliers_;
  std::map<int, Supplier> case_supplier_;
  std::map<DocType, VariantCycle> cycles_;
  std::map<DocType, size_t> font_turn_;
  std::map<size_t, std::set<DocType>> touched_;  // case index -> doc types a defect changed
  std::vector<std::pair<size_t, DocType>> duplicate_requests_;
  size_t current_case_ = 0;
  int next_document_id_ = 0;
};

Status Planner::BuildCycles() {
  for (DocType type : kAllDocTypes) {
    if (type == DocType::kUnknown) continue;
    // The demo staggers the start of each type so its seven cases already cover every form
    // (the invoice's window includes xml).
    static const std::map<DocType, size_t> kDemoOffsets = {
        {DocType::kTaxInvoice, 4},     {DocType::kTransferReceipt, 0}, {DocType::kBankbookCopy, 2},
        {DocType::kGuaranteePolicy, 4}, {DocType::kInspectionForm, 8}, {DocType::kOther, 10}};
    const size_t offset = options_.preset == Preset::kDemo ? kDemoOffsets.at(type)
                                                           : static_cast<size_t>(rng_.Int(0, 1000));
    Status s = cycles_[type].Build(type, options_, offset);
    if (!s.ok()) return s;
    font_turn_[type] = static_cast<size_t>(TypeIndex(type)) + (options_.preset == Preset::kDemo ? 0 : rng_.Int(0, 4));
  }
  return Status::OK();
}

Supplier Planner::MakeSupplier() {
  Supplier s;
  s.company = SupplierCompany(rng_);
  s.registered_style = CompanyStyle(rng_);
  s.owner = PersonName(rng_);
  s.brn = BusinessNumber(rng_, /*corporation=*/true);
  s.address = Address(rng_);
  s.email = "tax" + std::to_string(rng_.Int(1, 99)) + "@" + "smart" + std::to_string(rng_.Int(10, 99)) + ".co.kr";
  s.account = MakeAccount(rng_, rng_.Pick(BankNames()));
  return s;
}

PlannedCase Planner::MakeCase(int index, int case_number, bool card) {
  PlannedCase pc;
  Case& c = pc.data;
  c.case_id = "SS-2026-" + Pad(case_number, 5);
  const Supplier& supplier = rng_.Pick(suppliers_);
  case_supplier_[index] = supplier;
  c.shop_name = ShopName(rng_);
  c.shop_owner = PersonName(rng_);
  c.shop_brn = BusinessNumber(rng_, /*corporation=*/false);
  c.shop_address = Address(rng_);
  c.supplier_name = supplier.company.Written(supplier.registered_style);
  c.supplier_brn = supplier.brn;
  c.supplier_bank = supplier.account.bank;
  c.supplier_account = supplier.account.number;
  c.supplier_account_holder = c.supplier_name;
  c.technology = Technology(rng_);
  if (rng_.Chance(0.6)) {
    c.contract_amount = rng_.Int(10, 60) * 100000 * 11 / 10;  // a round supply value + 10 % VAT
  } else {
    c.contract_amount = rng_.Int(11, 70) * 100000;  // a round total; supply gets the remainder
  }
  c.subsidy_amount = (c.contract_amount * 7 + 5) / 10;
  c.self_pay_amount = c.contract_amount - c.subsidy_amount;
  c.payment_method = card ? PaymentMethod::kCard : PaymentMethod::kTransfer;
  const int64_t window = kProgramEnd.Days() - kProgramStart.Days();
  c.install_date = kProgramStart.AddDays(rng_.Int(25, window - 35)).Iso();
  c.guarantee_required_amount = c.subsidy_amount;
  c.program_start = kProgramStart.Iso();
  c.program_end = kProgramEnd.Iso();
  return pc;
}

void Planner::ApplyVariant(DocumentSpec& doc, const std::string& layout, Form form) {
  doc.layout = layout;
  doc.form = form;
  doc.rotation = 0;
  doc.skew_deg = 0;
  doc.quality = Quality::kNormal;
  const Layout* info = FindLayout(layout);
  const bool natural_color = info != nullptr && info->natural_color;
  doc.color = false;
  doc.dpi = options_.scan_dpi;
  // Flatbed scans are never perfectly straight.
  const double slight = std::round(rng_.Real(-0.4, 0.4) * 100) / 100;
  switch (form) {
    case Form::kPdfText:
      doc.container = Container::kPdf;
      doc.dpi = 0;
      break;
    case Form::kPdfScan:
      doc.container = Container::kPdf;
      doc.skew_deg = slight;
      break;
    case Form::kScanJpeg:
      doc.container = Container::kJpeg;
      doc.skew_deg = slight;
      doc.color = natural_color && rng_.Chance(0.5);
      break;
    case Form::kScanPng:
      doc.container = Container::kPng;
      doc.skew_deg = slight;
      break;
    case Form::kScanTiff:
      doc.container = Container::kTiff;
      doc.skew_deg = slight;
      break;
    case Form::kSkew: {
      doc.container = rng_.Chance(0.7) ? Container::kJpeg : Container::kPng;
      const double magnitude = std::round(rng_.Real(1.0, 4.0) * 10) / 10;
      doc.skew_deg = rng_.Chance(0.5) ? magnitude : -magnitude;
      break;
    }
    case Form::kRotated: {
      doc.container = Container::kJpeg;
      static const std::vector<int> kTurns = {90, 180, 270};
      doc.rotation = rng_.Pick(kTurns);
      doc.skew_deg = slight;
      break;
    }
    case Form::kLowres:
      doc.container = Container::kJpeg;
      doc.dpi = 150;
      doc.skew_deg = slight;
      break;
    case Form::kPhoto:
      doc.container = Container::kJpeg;
      doc.color = true;
      // Messenger apps downscale photos; the page ends up at roughly this resolution.
      doc.dpi = std::min(200, options_.scan_dpi * 3 / 4);
      break;
    case Form::kXml:
      doc.container = Container::kXml;
      doc.layout = "nts_xml";
      doc.dpi = 0;
      break;
    case Form::kHtml:
      doc.container = Container::kPdf;  // an HTML page saved under a .pdf name
      doc.dpi = 0;
      break;
    case Form::kZip:
      doc.container = Container::kZip;
      doc.dpi = 0;
      break;
  }
  if (form == Form::kXml || form == Form::kHtml || form == Form::kZip) {
    doc.font.clear();
  } else {
    const std::vector<std::string>& fonts = DocumentFonts();
    doc.font = fonts[font_turn_[doc.doc_type]++ % fonts.size()];
  }
}

void Planner::SetInvoiceAmounts(TaxInvoiceData& d, int64_t supply, int64_t tax, int64_t total) {
  d.supply = supply;
  d.tax = tax;
  d.total = total;
  // Spread supply and tax over the items; the last item takes the remainder so the columns add
  // up to the printed totals.
  int64_t supply_left = supply, tax_left = tax;
  for (size_t i = 0; i < d.items.size(); ++i) {
    InvoiceItem& item = d.items[i];
    if (i + 1 == d.items.size()) {
      item.amount = supply_left;
      item.tax = tax_left;
    } else {
      item.amount = std::min(item.amount, supply_left / 2);
      item.tax = item.amount / 10;
    }
    supply_left -= item.amount;
    tax_left -= item.tax;
    if (item.amount % item.quantity != 0) item.quantity = 1;
    item.unit_price = item.amount / item.quantity;
  }
}

void Planner::FillInvoice(PlannedCase& pc, DocumentSpec& doc) {
  const Case& c = pc.data;
  const Supplier& s = case_supplier_[static_cast<int>(current_case_)];
  TaxInvoiceData& d = doc.invoice;
  Date install;
  Date::Parse(c.install_date, &install);
  d.issue_date = std::min(install.AddDays(rng_.Int(0, 5)), kProgramEnd);
  static const char kHex[] = "0123456789abcdef";
  d.approval_number = d.issue_date.Compact() + "4100" + Pad(rng_.Int(0, 9999), 4);
  for (int i = 0; i < 8; ++i) d.approval_number.push_back(kHex[rng_.Int(0, 15)]);
  d.supplier = Party{s.company.Written(CompanyStyle(rng_)), s.owner, s.brn, s.address,
                     "서비스", "소프트웨어", s.email};
  d.buyer = Party{c.shop_name, c.shop_owner, c.shop_brn, c.shop_address, "음식점업",
                  "일반음식점", "shop" + std::to_string(rng_.Int(100, 999)) + "@naver.com"};
  d.supplier_sub_place = Pad(rng_.Int(1, 9), 4);
  d.purpose_receipt = rng_.Chance(0.4);
  d.xml_signature = rng_.Chance(0.6);
  // Supply value and VAT from the contract total: tax = total − round(total / 1.1).
  const int64_t supply = (c.contract_amount * 10 + 5) / 11;
  const int64_t tax = c.contract_amount - supply;
  d.items.clear();
  const int64_t quantity = rng_.Int(1, 2);
  d.items.push_back(InvoiceItem{d.issue_date, c.technology, quantity > 1 ? "2대" : "1식", quantity,
                                0, supply, 0});
  if (rng_.Chance(0.5)) {
    d.items.push_back(InvoiceItem{d.issue_date, "설치비", "1식", 1, 0, rng_.Int(1, 3) * 100000, 0});
  }
  if (rng_.Chance(0.3)) {
    d.items.push_back(InvoiceItem{d.issue_date, "유지보수(1년)", "1식", 1, 0, rng_.Int(1, 2) * 50000, 0});
  }
  // Keep the device first and let it absorb the remainder.
  std::reverse(d.items.begin(), d.items.end());
  SetInvoiceAmounts(d, supply, tax, c.contract_amount);
  std::reverse(d.items.begin(), d.items.end());
}

void Planner::FillReceipt(PlannedCase& pc, DocumentSpec& doc) {
  const Case& c = pc.data;
  const Supplier& s = case_supplier_[static_cast<int>(current_case_)];
  TransferReceiptData& d = doc.receipt;
  Date install;
  Date::Parse(c.install_date, &install);
  d.date = std::max(install.AddDays(-rng_.Int(0, 20)), kProgramStart);
  d.time = Pad(rng_.Int(8, 20), 2) + ":" + Pad(rng_.Int(0, 59), 2) + ":" + Pad(rng_.Int(0, 59), 2);
  d.bank = rng_.Pick(BankNames());
  d.sender_account = MakeAccount(rng_, d.bank).number;
  d.sender_name = rng_.Chance(0.6) ? c.shop_owner : c.shop_name;
  d.payee_bank = s.account.bank;
  d.payee_account = s.account.number;
  d.payee_name = s.company.Written(CompanyStyle(rng_));
  d.memo = c.shop_name;
  d.amount = c.self_pay_amount;
  d.fee = d.bank == d.payee_bank || rng_.Chance(0.5) ? 0 : 500;
  d.transaction_number = Pad(rng_.Int(0, 99999999), 8) + Pad(rng_.Int(0, 9999), 4);
}

void Planner::FillBankbook(PlannedCase& pc, DocumentSpec& doc) {
  const Case& c = pc.data;
  BankbookData& d = doc.bankbook;
  d.bank = c.supplier_bank;
  d.account_number = c.supplier_account;
  const Supplier& s = case_supplier_[static_cast<int>(current_case_)];
  d.holder = s.company.Written(CompanyStyle(rng_));
  d.branch = BranchName(rng_);
  d.opened = Date{static_cast<int>(rng_.Int(2015, 2024)), static_cast<int>(rng_.Int(1, 12)),
                  static_cast<int>(rng_.Int(1, 28))};
  Date install;
  Date::Parse(c.install_date, &install);
  d.printed = install.AddDays(rng_.Int(0, 6));
}

void Planner::FillGuarantee(PlannedCase& pc, DocumentSpec& doc) {
  const Case& c = pc.data;
  const Supplier& s = case_supplier_[static_cast<int>(current_case_)];
  GuaranteeData& d = doc.guarantee;
  d.policy_number = "100-000-2026-" + Pad(rng_.Int(0, 9999999), 7);
  d.policyholder = s.company.Written(CompanyStyle(rng_));
  d.policyholder_brn = s.brn;
  d.policyholder_address = s.address;
  d.insured = kAgencyName;
  d.insured_address = "대전광역시 중구 보문로 246";
  d.contract_title = "2026년 스마트상점 기술보급사업 (" + c.shop_name + ")";
  // Insurers round the sum up to a thousand won, or take the exact amount.
  d.insured_amount = rng_.Chance(0.5) ? c.guarantee_required_amount
                                      : (c.guarantee_required_amount + 999) / 1000 * 1000;
  d.amount_in_words = rng_.Chance(0.5);
  d.start = kProgramStart.AddDays(-rng_.Int(0, 10));
  static const std::vector<Date> kEnds = {kProgramEnd, Date{2027, 3, 31}, Date{2027, 6, 30}};
  d.end = rng_.Pick(kEnds);
  d.issued = d.start.AddDays(-rng_.Int(0, 5));
}

void Planner::FillInspection(PlannedCase& pc, DocumentSpec& doc) {
  const Case& c = pc.data;
  InspectionData& d = doc.inspection;
  d.shop_name = c.shop_name;
  d.shop_owner = c.shop_owner;
  d.shop_brn = c.shop_brn;
  d.shop_address = c.shop_address;
  d.phone = PhoneNumber(rng_);
  d.technology = c.technology;
  d.supplier_name = c.supplier_name;
  d.quantity = static_cast<int>(rng_.Int(1, 2));
  Date::Parse(c.install_date, &d.install_date);
  d.inspection_date = std::min(d.install_date.AddDays(rng_.Int(0, 7)), kProgramEnd);
  d.is_signed = true;
  const double draw = rng_.Unit();
  d.signature = draw < 0.45 ? SignatureKind::kScribble : draw < 0.8 ? SignatureKind::kSeal
                                                                    : SignatureKind::kBoth;
  d.sign_label = d.signature == SignatureKind::kScribble ? "(서명)" : "(인)";
}

DocumentSpec& Planner::AddDocument(PlannedCase& pc, DocType type) {
  DocumentSpec doc;
  doc.id = next_document_id_++;
  doc.doc_type = type;
  doc.render_seed = rng_.Next();
  doc.case_data = pc.data;
  const VariantCycle::Variant variant = cycles_[type].Next();
  ApplyVariant(doc, variant.layout, variant.form);
  switch (type) {
    case DocType::kTaxInvoice: FillInvoice(pc, doc); break;
    case DocType::kTransferReceipt: FillReceipt(pc, doc); break;
    case DocType::kBankbookCopy: FillBankbook(pc, doc); break;
    case DocType::kGuaranteePolicy: FillGuarantee(pc, doc); break;
    case DocType::kInspectionForm: FillInspection(pc, doc); break;
    case DocType::kOther:
    case DocType::kUnknown: break;
  }
  pc.documents.push_back(std::move(doc));
  return pc.documents.back();
}

DocumentSpec* Planner::Pick(PlannedCase& pc, const std::vector<DocType>& types, bool allow_xml) {
  std::vector<DocumentSpec*> candidates;
  for (DocumentSpec& doc : pc.documents) {
    if (std::find(types.begin(), types.end(), doc.doc_type) == types.end()) continue;
    if (touched_[current_case_].count(doc.doc_type) > 0) continue;
    if (doc.broken != Broken::kNone || doc.quality != Quality::kNormal) continue;
    if (!allow_xml && doc.form == Form::kXml) continue;
    candidates.push_back(&doc);
  }
  if (candidates.empty()) return nullptr;
  DocumentSpec* doc = candidates[static_cast<size_t>(rng_.Int(0, static_cast<int64_t>(candidates.size()) - 1))];
  touched_[current_case_].insert(doc->doc_type);
  return doc;
}

void Planner::Flag(PlannedCase& pc, FlagCode code, const DocumentSpec* doc, std::string field,
                   bool with_type) {
  ExpectedFlag flag;
  flag.code = code;
  flag.field = std::move(field);
  if (doc != nullptr) {
    flag.document_id = doc->id;
    if (with_type) flag.doc_type = std::string(ToString(doc->doc_type));
  }
  pc.flags.push_back(std::move(flag));
}

bool Planner::MakeUnreadable(PlannedCase& pc, Broken broken_hint) {
  DocumentSpec* doc = Pick(pc, {DocType::kTaxInvoice, DocType::kTransferReceipt,
                                DocType::kBankbookCopy, DocType::kGuaranteePolicy,
                                DocType::kInspectionForm});
  if (doc == nullptr) return false;
  static const std::vector<Broken> kKinds = {Broken::kEmpty, Broken::kTruncated, Broken::kTruncated,
                                             Broken::kEncrypted, Broken::kHtml, Broken::kZip};
  doc->broken = broken_hint != Broken::kNone ? broken_hint : rng_.Pick(kKinds);
  // Truncated and encrypted copies are made from a rendered document, never from the XML.
  const std::string layout = doc->form == Form::kXml ? std::string(LayoutsFor(doc->doc_type)[0]->name)
                                                     : doc->layout;
  switch (doc->broken) {
    case Broken::kTruncated:
      // A cut-off JPEG from a scanner or a cut-off born-digital PDF.
      ApplyVariant(*doc, layout, rng_.Chance(0.5) ? Form::kScanJpeg : Form::kPdfText);
      break;
    case Broken::kEncrypted:
      ApplyVariant(*doc, layout, Form::kPdfText);
      break;
    case Broken::kHtml:
      ApplyVariant(*doc, "", Form::kHtml);
      break;
    case Broken::kZip:
      ApplyVariant(*doc, "", Form::kZip);
      break;
    case Broken::kEmpty:
    case Broken::kNone:
      break;
  }
  const DocType type = doc->doc_type;
  Flag(pc, FlagCode::kUnreadableFile, doc, "", /*with_type=*/false);
  if (rng_.Chance(0.25)) {
    // The operator uploaded a second, readable copy: only the broken file is flagged.
    AddDocument(pc, type);
  } else {
    ExpectedFlag missing;
    missing.code = FlagCode::kMissingDocument;
    missing.doc_type = std::string(ToString(type));
    pc.flags.push_back(missing);
  }
  return true;
}

bool Planner::ApplyDefect(PlannedCase& pc, FlagCode code, Broken broken_hint) {
  const Case& c = pc.data;
  const bool transfer = c.payment_method == PaymentMethod::kTransfer;
  switch (code) {
    case FlagCode::kMissingDocument: {
      DocumentSpec* doc = Pick(pc, {DocType::kTaxInvoice, DocType::kTransferReceipt,
                                    DocType::kBankbookCopy, DocType::kGuaranteePolicy,
                                    DocType::kInspectionForm});
      if (doc == nullptr) return false;
      ExpectedFlag missing;
      missing.code = code;
      missing.doc_type = std::string(ToString(doc->doc_type));
      pc.flags.push_back(missing);
      const int id = doc->id;
      std::erase_if(pc.documents, [id](const DocumentSpec& d) { return d.id == id; });
      return true;
    }
    case FlagCode::kUnreadableFile:
      return MakeUnreadable(pc, broken_hint);
    case FlagCode::kUnknownDocument: {
      DocumentSpec doc;
      doc.id = next_document_id_++;
      doc.doc_type = DocType::kUnknown;
      doc.render_seed = rng_.Next();
      doc.case_data = c;
      ApplyVariant(doc, "shop_photo", Form::kPhoto);
      pc.documents.push_back(doc);
      Flag(pc, code, &pc.documents.back(), "");
      return true;
    }
    case FlagCode::kLowQuality: {
      DocumentSpec* doc = Pick(pc, {DocType::kTaxInvoice, DocType::kBankbookCopy,
                                    DocType::kGuaranteePolicy, DocType::kInspectionForm,
                                    DocType::kTransferReceipt}, /*allow_xml=*/false);
      if (doc == nullptr) return false;
      const bool dark = rng_.Chance(0.5);
      ApplyVariant(*doc, doc->layout, dark ? Form::kPhoto : Form::kScanJpeg);
      doc->quality = dark ? Quality::kDark : Quality::kTiny;
      if (!dark) doc->dpi = 60;
      Flag(pc, code, doc, "");
      return true;
    }
    case FlagCode::kAmountMismatch: {
      DocumentSpec* doc = Pick(pc, transfer ? std::vector<DocType>{DocType::kTaxInvoice, DocType::kTransferReceipt}
                                            : std::vector<DocType>{DocType::kTaxInvoice});
      if (doc == nullptr) return false;
      static const std::vector<int64_t> kDeltas = {10000, 100000, 110000, -100000, -10000, 1000};
      const int64_t delta = rng_.Pick(kDeltas);
      if (doc->doc_type == DocType::kTaxInvoice) {
        const int64_t total = c.contract_amount + delta;
        const int64_t supply = (total * 10 + 5) / 11;
        SetInvoiceAmounts(doc->invoice, supply, total - supply, total);
        Flag(pc, code, doc, "total_amount");
      } else {
        doc->receipt.amount = c.self_pay_amount + delta;
        Flag(pc, code, doc, "amount");
      }
      return true;
    }
    case FlagCode::kVatInconsistent: {
      DocumentSpec* doc = Pick(pc, {DocType::kTaxInvoice});
      if (doc == nullptr) return false;
      // The total still matches the contract, but the split is wrong: tax is not 10 %.
      const int64_t tax = (c.contract_amount * 10 + 5) / 11 / 10 + rng_.Int(2, 20) * 1000;
      SetInvoiceAmounts(doc->invoice, c.contract_amount - tax, tax, c.contract_amount);
      Flag(pc, code, doc, "tax_amount");
      return true;
    }
    case FlagCode::kBrnMismatch:
    case FlagCode::kBrnInvalid: {
      DocumentSpec* doc = Pick(pc, {DocType::kTaxInvoice, DocType::kInspectionForm});
      if (doc == nullptr) return false;
      std::string* target = nullptr;
      std::string field;
      bool corporation = false;
      if (doc->doc_type == DocType::kInspectionForm) {
        target = &doc->inspection.shop_brn;
        field = "shop_brn";
      } else if (rng_.Chance(0.5)) {
        target = &doc->invoice.supplier.brn;
        field = "supplier_brn";
        corporation = true;
      } else {
        target = &doc->invoice.buyer.brn;
        field = "buyer_brn";
      }
      if (code == FlagCode::kBrnInvalid) {
        // A typo in the check digit: the number is invalid and differs from the case data.
        *target = InvalidBusinessNumber(rng_, *target);
        Flag(pc, FlagCode::kBrnInvalid, doc, field);
        Flag(pc, FlagCode::kBrnMismatch, doc, field);
      } else {
        *target = OtherValidBusinessNumber(rng_, *target, corporation);
        Flag(pc, code, doc, field);
      }
      return true;
    }
    case FlagCode::kAccountMismatch: {
      DocumentSpec* doc = Pick(pc, transfer ? std::vector<DocType>{DocType::kBankbookCopy, DocType::kTransferReceipt}
                                            : std::vector<DocType>{DocType::kBankbookCopy});
      if (doc == nullptr) return false;
      const BankAccount registered{c.supplier_bank, c.supplier_account};
      if (doc->doc_type == DocType::kBankbookCopy) {
        if (rng_.Chance(0.3)) {
          // A different bank altogether (the supplier's other account).
          std::string bank = rng_.Pick(BankNames());
          while (bank == c.supplier_bank) bank = rng_.Pick(BankNames());
          const BankAccount other = MakeAccount(rng_, bank);
          doc->bankbook.bank = other.bank;
          doc->bankbook.account_number = other.number;
        } else {
          doc->bankbook.account_number = OtherAccountNumber(rng_, registered);
        }
        Flag(pc, code, doc, "account_number");
      } else {
        doc->receipt.payee_account = OtherAccountNumber(rng_, registered);
        Flag(pc, code, doc, "payee_account");
      }
      return true;
    }
    case FlagCode::kNameMismatch: {
      DocumentSpec* doc = Pick(pc, transfer ? std::vector<DocType>{DocType::kBankbookCopy, DocType::kTransferReceipt,
                                                                  DocType::kGuaranteePolicy}
                                            : std::vector<DocType>{DocType::kBankbookCopy, DocType::kGuaranteePolicy});
      if (doc == nullptr) return false;
      Company other = SupplierCompany(rng_);
      while (other.base == case_supplier_[static_cast<int>(current_case_)].company.base) other = SupplierCompany(rng_);
      if (doc->doc_type == DocType::kBankbookCopy) {
        // Often the representative's personal account instead of the company's.
        doc->bankbook.holder = rng_.Chance(0.5) ? PersonName(rng_) : other.Written(CompanyStyle(rng_));
        Flag(pc, code, doc, "account_holder");
      } else if (doc->doc_type == DocType::kTransferReceipt) {
        doc->receipt.payee_name = other.Written(CompanyStyle(rng_));
        Flag(pc, code, doc, "payee_name");
      } else {
        doc->guarantee.policyholder = other.Written(CompanyStyle(rng_));
        Flag(pc, code, doc, "policyholder");
      }
      return true;
    }
    case FlagCode::kDateOutOfRange: {
      DocumentSpec* doc = Pick(pc, {DocType::kTaxInvoice, DocType::kGuaranteePolicy,
                                    DocType::kInspectionForm});
      if (doc == nullptr) return false;
      if (doc->doc_type == DocType::kTaxInvoice) {
        TaxInvoiceData& d = doc->invoice;
        d.issue_date = rng_.Chance(0.5) ? kProgramStart.AddDays(-rng_.Int(3, 40))
                                        : kProgramEnd.AddDays(rng_.Int(3, 40));
        d.approval_number = d.issue_date.Compact() + d.approval_number.substr(8);
        for (InvoiceItem& item : d.items) item.date = d.issue_date;
        Flag(pc, code, doc, "issue_date");
      } else if (doc->doc_type == DocType::kGuaranteePolicy) {
        // The period ends before the program does.
        doc->guarantee.end = kProgramEnd.AddDays(-rng_.Int(30, 120));
        Flag(pc, code, doc, "end_date");
      } else {
        doc->inspection.inspection_date = doc->inspection.install_date.AddDays(-rng_.Int(2, 10));
        Flag(pc, code, doc, "inspection_date");
      }
      return true;
    }
    case FlagCode::kGuaranteeInsufficient: {
      DocumentSpec* doc = Pick(pc, {DocType::kGuaranteePolicy});
      if (doc == nullptr) return false;
      doc->guarantee.insured_amount = c.guarantee_required_amount * rng_.Int(50, 90) / 100 / 1000 * 1000;
      Flag(pc, code, doc, "insured_amount");
      return true;
    }
    case FlagCode::kSignatureMissing: {
      DocumentSpec* doc = Pick(pc, {DocType::kInspectionForm});
      if (doc == nullptr) return false;
      doc->inspection.is_signed = false;
      Flag(pc, code, doc, "signed");
      return true;
    }
    case FlagCode::kDuplicateDocument: {
      DocumentSpec* doc = Pick(pc, {DocType::kTaxInvoice, DocType::kGuaranteePolicy});
      if (doc == nullptr) return false;
      duplicate_requests_.emplace_back(current_case_, doc->doc_type);
      return true;
    }
    case FlagCode::kCaseDataMissing:
      if (!pc.flags.empty()) return false;
      pc.in_cases_file = false;
      Flag(pc, code, nullptr, "");
      return true;
    case FlagCode::kFieldNotFound:
    case FlagCode::kLowConfidence:
      return false;
  }
  return false;
}

void Planner::ResolveDuplicates() {
  auto copy_in = [](PlannedCase& pc, DocType type) {
    DocumentSpec* copy = nullptr;
    for (DocumentSpec& doc : pc.documents) {
      if (doc.doc_type == type && doc.broken == Broken::kNone) copy = &doc;
    }
    return copy;
  };
  // A copy takes its partner's number; a copy chosen as another copy's partner would carry a
  // number that is overwritten afterwards, leaving a flag with nothing shared behind it.
  std::set<const DocumentSpec*> copies;
  for (const auto& [case_index, type] : duplicate_requests_) copies.insert(copy_in(plan_->cases[case_index], type));
  for (const auto& [case_index, type] : duplicate_requests_) {
    PlannedCase& copy_case = plan_->cases[case_index];
    DocumentSpec* copy = copy_in(copy_case, type);
    // The partner: another case whose document of this type is readable, preferably clean.
    DocumentSpec* original = nullptr;
    PlannedCase* original_case = nullptr;
    for (int pass = 0; pass < 2 && original == nullptr; ++pass) {
      for (size_t i = 0; i < plan_->cases.size() && original == nullptr; ++i) {
        PlannedCase& other = plan_->cases[(case_index + 1 + i) % plan_->cases.size()];
        if (&other == &copy_case || !other.in_cases_file) continue;
        if (pass == 0 && !other.flags.empty()) continue;
        for (DocumentSpec& doc : other.documents) {
          if (doc.doc_type == type && doc.broken == Broken::kNone && doc.quality == Quality::kNormal &&
              !copies.count(&doc)) {
            original = &doc;
            original_case = &other;
            break;
          }
        }
      }
    }
    if (copy == nullptr || original == nullptr) continue;
    std::string field;
    if (type == DocType::kTaxInvoice) {
      copy->invoice.approval_number = original->invoice.approval_number;
      field = "approval_number";
    } else {
      copy->guarantee.policy_number = original->guarantee.policy_number;
      field = "policy_number";
    }
    current_case_ = case_index;
    Flag(copy_case, FlagCode::kDuplicateDocument, copy, field);
    Flag(*original_case, FlagCode::kDuplicateDocument, original, field);
  }
}

void Planner::NameFiles(PlannedCase& pc) {
  std::set<std::string> used;
  Date install;
  Date::Parse(pc.data.install_date, &install);
  int counter = static_cast<int>(rng_.Int(1, 9));
  for (DocumentSpec& doc : pc.documents) {
    const Date day = install.AddDays(rng_.Int(-10, 10));
    const std::string clock = Pad(rng_.Int(8, 21), 2) + Pad(rng_.Int(0, 59), 2) + Pad(rng_.Int(0, 59), 2);
    std::string name;
    const Container container = doc.broken == Broken::kEmpty && rng_.Chance(0.5) ? Container::kPdf
                                                                                  : doc.container;
    switch (container) {
      case Container::kJpeg: {
        const int style = static_cast<int>(rng_.Int(0, 4));
        if (style == 0) name = "KakaoTalk_" + day.Compact() + "_" + clock + ".jpg";
        if (style == 1) name = "IMG_" + Pad(rng_.Int(1000, 9999), 4) + ".jpg";
        if (style == 2) name = day.Compact() + "_" + clock + ".jpg";
        if (style == 3) name = "KakaoTalk_Photo_" + day.Iso() + "-" + clock.substr(0, 2) + "-" +
                               clock.substr(2, 2) + "-" + clock.substr(4, 2) + " " + Pad(counter, 3) +
                               ".jpeg";
        if (style == 4) name = "사진 " + std::to_string(counter) + ".jpg";
        break;
      }
      case Container::kPng: {
        const int style = static_cast<int>(rng_.Int(0, 3));
        if (style == 0) name = "Screenshot_" + day.Compact() + "-" + clock + ".png";
        if (style == 1) name = "image" + std::to_string(counter) + ".png";
        if (style == 2) name = "scan" + Pad(rng_.Int(1, 9999), 4) + ".png";
        if (style == 3) name = "캡처_" + std::to_string(counter) + ".png";
        break;
      }
      case Container::kTiff: {
        const int style = static_cast<int>(rng_.Int(0, 2));
        if (style == 0) name = "첨부" + std::to_string(counter) + ".tif";
        if (style == 1) name = "SCAN" + Pad(rng_.Int(1, 9999), 4) + ".tiff";
        if (style == 2) name = "스캔" + std::to_string(counter) + ".tif";
        break;
      }
      case Container::kPdf:
      case Container::kHtml: {
        const int style = static_cast<int>(rng_.Int(0, 5));
        if (style == 0) name = "스캔_" + Pad(counter, 3) + ".pdf";
        if (style == 1) name = "문서" + std::to_string(counter) + ".pdf";
        if (style == 2) name = "첨부" + std::to_string(counter) + ".pdf";
        if (style == 3) name = "Document_" + std::to_string(counter) + ".pdf";
        if (style == 4) name = "다운로드 (" + std::to_string(counter) + ").pdf";
        if (style == 5) name = "scan_" + day.Compact() + ".pdf";
        break;
      }
      case Container::kXml: {
        const int style = static_cast<int>(rng_.Int(0, 2));
        if (style == 0) name = "download.xml";
        if (style == 1) name = "첨부" + std::to_string(counter) + ".xml";
        if (style == 2) name = Pad(rng_.Int(1, 9999), 4) + ".xml";
        break;
      }
      case Container::kZip:
        name = rng_.Chance(0.5) ? "첨부파일.zip" : "files" + std::to_string(counter) + ".zip";
        break;
    }
    // Keep names unique inside the folder the way a file manager would.
    if (used.count(name) > 0) {
      const size_t dot = name.rfind('.');
      for (int k = 2; used.count(name) > 0; ++k) {
        name = name.substr(0, dot) + " (" + std::to_string(k) + ")" + name.substr(name.rfind('.'));
      }
    }
    used.insert(name);
    doc.file = pc.data.case_id + "/" + name;
    ++counter;
  }
  for (ExpectedFlag& flag : pc.flags) {
    for (const DocumentSpec& doc : pc.documents) {
      if (doc.id == flag.document_id) flag.file = doc.file;
    }
  }
}

Status Planner::Run() {
  plan_->options = options_;
  plan_->cases.clear();
  const bool demo = options_.preset == Preset::kDemo;
  const int case_count = demo ? 7 : options_.cases;
  if (case_count < 1) return Status::InvalidArgument("--cases는 1 이상이어야 합니다");
  if (options_.defect_rate < 0 || options_.defect_rate > 1) {
    return Status::InvalidArgument("--defect-rate는 0과 1 사이여야 합니다");
  }
  for (const std::string& form : options_.forms) {
    if (!ParseForm(form) || form == "html" || form == "zip") {
      return Status::InvalidArgument("알 수 없는 형식: " + form);
    }
  }
  for (const std::string& layout : options_.layouts) {
    if (FindLayout(layout) == nullptr) return Status::InvalidArgument("알 수 없는 양식: " + layout);
  }
  Status s = BuildCycles();
  if (!s.ok()) return s;

  const int supplier_count = std::max(3, case_count / 4);
  for (int i = 0; i < supplier_count; ++i) suppliers_.push_back(MakeSupplier());
  const int first_number = static_cast<int>(rng_.Int(1, 900));

  // Which cases get which defects. The demo is fixed; an eval set first walks through every
  // injected code once (in a seeded order) so that any set with >= 15 defective cases covers
  // them all, then draws at random.
  struct Assignment {
    std::vector<FlagCode> codes;
    Broken broken_hint = Broken::kNone;
  };
  std::vector<Assignment> assignments(static_cast<size_t>(case_count));
  std::vector<bool> card(static_cast<size_t>(case_count), false);
  if (demo) {
    assignments[1] = {{FlagCode::kUnreadableFile}, Broken::kTruncated};
    assignments[2] = {{FlagCode::kUnreadableFile}, Broken::kEncrypted};
    assignments[3] = {{FlagCode::kAmountMismatch, FlagCode::kSignatureMissing}, Broken::kNone};
    assignments[4] = {{FlagCode::kUnknownDocument, FlagCode::kNameMismatch}, Broken::kNone};
    assignments[5] = {{FlagCode::kBrnInvalid, FlagCode::kDateOutOfRange}, Broken::kNone};
    card[2] = card[6] = true;
  } else {
    for (int i = 0; i < case_count; ++i) card[static_cast<size_t>(i)] = rng_.Chance(0.3);
    std::vector<size_t> order(static_cast<size_t>(case_count));
    std::iota(order.begin(), order.end(), 0);
    rng_.Shuffle(order);
    const size_t defective = static_cast<size_t>(std::llround(options_.defect_rate * case_count));
    std::vector<FlagCode> queue = InjectedFlagCodes();
    rng_.Shuffle(queue);
    size_t next = 0;
    auto draw = [&]() {
      if (next < queue.size()) return queue[next++];
      return rng_.Pick(InjectedFlagCodes());
    };
    for (size_t k = 0; k < defective; ++k) {
      Assignment& a = assignments[order[k]];
      a.codes.push_back(draw());
      if (a.codes[0] != FlagCode::kCaseDataMissing && rng_.Chance(0.35)) {
        FlagCode second = rng_.Pick(InjectedFlagCodes());
        if (second != a.codes[0] && second != FlagCode::kCaseDataMissing) a.codes.push_back(second);
      }
    }
  }

  for (int i = 0; i < case_count; ++i) {
    current_case_ = static_cast<size_t>(i);
    PlannedCase pc = MakeCase(i, first_number + i, card[static_cast<size_t>(i)]);
    for (DocType type : kRequiredTypes) {
      if (type == DocType::kTransferReceipt && pc.data.payment_method == PaymentMethod::kCard) continue;
      AddDocument(pc, type);
    }
    // Papers that travel along but are not checked.
    const int others = demo ? (i < 3 ? 1 : 0) : static_cast<int>(rng_.Chance(0.4)) + static_cast<int>(rng_.Chance(0.15));
    for (int k = 0; k < others; ++k) AddDocument(pc, DocType::kOther);
    // Interleave so the folder order says nothing about the type.
    rng_.Shuffle(pc.documents);
    plan_->cases.push_back(std::move(pc));
    PlannedCase& placed = plan_->cases.back();
    const Assignment& assignment = assignments[static_cast<size_t>(i)];
    for (size_t k = 0; k < assignment.codes.size(); ++k) {
      const bool applied = ApplyDefect(placed, assignment.codes[k], assignment.broken_hint);
      // A first defect that does not fit falls back to one every case can take, so the
      // defect rate holds; a second one is simply dropped.
      if (!applied && k == 0) ApplyDefect(placed, FlagCode::kMissingDocument, Broken::kNone);
    }
  }
  ResolveDuplicates();
  for (PlannedCase& pc : plan_->cases) NameFiles(pc);
  return Status::OK();
}

}  // namespace

const std::vector<FlagCode>& InjectedFlagCodes() {
  static const std::vector<FlagCode> kCodes = {
      FlagCode::kMissingDocument,   FlagCode::kUnreadableFile,  FlagCode::kUnknownDocument,
      FlagCode::kAmountMismatch,    FlagCode::kVatInconsistent, FlagCode::kBrnMismatch,
      FlagCode::kBrnInvalid,        FlagCode::kAccountMismatch, FlagCode::kNameMismatch,
      FlagCode::kDateOutOfRange,    FlagCode::kGuaranteeInsufficient,
      FlagCode::kSignatureMissing,  FlagCode::kDuplicateDocument, FlagCode::kCaseDataMissing,
      FlagCode::kLowQuality};
  return kCodes;
}

GeneratorOptions PresetOptions(Preset preset) {
  GeneratorOptions options;
  options.preset = preset;
  if (preset == Preset::kDemo) {
    options.scan_dpi = 200;
    options.jpeg_quality = 75;
  }
  return options;
}

Status PlanSampleSet(const GeneratorOptions& options, SamplePlan* plan) {
  Planner planner(options, plan);
  return planner.Run();
}

}  // namespace docval::samplegen
