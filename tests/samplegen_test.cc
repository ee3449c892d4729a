// Tests for the sample generator (samples/generator): ground truth consistency, coverage of
// types/layouts/forms/flags, determinism, and the committed demo set's budget.
#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "samples/generator/brn.h"
#include "samples/generator/canvas.h"
#include "samples/generator/generator.h"
#include "samples/generator/korean_data.h"
#include "samples/generator/layouts.h"
#include "samples/generator/plan.h"
#include "samples/generator/render.h"

namespace docval::samplegen {
namespace {

namespace fs = std::filesystem;

constexpr uint64_t kDemoBudgetBytes = 6ull * 1024 * 1024;

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string Sha256(const std::string& bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
  static const char kHex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned int i = 0; i < length; ++i) {
    hex.push_back(kHex[digest[i] >> 4]);
    hex.push_back(kHex[digest[i] & 15]);
  }
  return hex;
}

// relative path -> sha256 of every file under `root`.
std::map<std::string, std::string> Fingerprint(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) {
      files[fs::relative(entry.path(), root).string()] = Sha256(ReadAll(entry.path()));
    }
  }
  return files;
}

uint64_t TotalSize(const fs::path& root) {
  uint64_t total = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) total += entry.file_size();
  }
  return total;
}

class TempDir {
 public:
  explicit TempDir(const std::string& tag) {
    static int counter = 0;
    path_ = fs::temp_directory_path() / ("samplegen_test_" + std::to_string(::getpid()) + "_" +
                                         std::to_string(counter++) + "_" + tag);
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

GeneratorOptions EvalOptions(uint64_t seed, int cases) {
  GeneratorOptions options = PresetOptions(Preset::kEval);
  options.seed = seed;
  options.cases = cases;
  return options;
}

TEST(BusinessNumberTest, CheckDigitFollowsDomainRule) {
  EXPECT_TRUE(IsValidBrn("120-81-47521"));
  EXPECT_FALSE(IsValidBrn("120-81-47522"));
  EXPECT_FALSE(IsValidBrn("120-81-4752"));
  EXPECT_FALSE(IsValidBrn("12O-81-47521"));
  EXPECT_EQ(BrnCheckDigit("120814752"), 1);
  EXPECT_EQ(FormatBrn("1208147521"), "120-81-47521");
  Rng rng(3);
  for (int i = 0; i < 200; ++i) {
    const std::string brn = BusinessNumber(rng, i % 2 == 0);
    ASSERT_TRUE(IsValidBrn(brn)) << brn;
    EXPECT_FALSE(IsValidBrn(InvalidBusinessNumber(rng, brn))) << brn;
  }
}

TEST(KoreanFormatTest, AmountsAndDates) {
  EXPECT_EQ(FormatWon(1234000), "1,234,000");
  EXPECT_EQ(FormatWon(999), "999");
  EXPECT_EQ(AmountInKoreanWords(1234000), "일백이십삼만사천");
  EXPECT_EQ(AmountInKoreanWords(100010000), "일억일만");
  EXPECT_EQ((Date{2026, 4, 1}).AddDays(-1).Iso(), "2026-03-31");
  EXPECT_EQ((Date{2026, 5, 12}).Korean(), "2026년 05월 12일");
}

TEST(BankAccountTest, EachBankUsesItsDashPattern) {
  const std::map<std::string, std::vector<size_t>> patterns = {
      {"KB국민은행", {6, 2, 6}}, {"신한은행", {3, 3, 6}},     {"우리은행", {4, 3, 6}},
      {"하나은행", {3, 6, 5}},   {"NH농협은행", {3, 4, 4, 2}}, {"IBK기업은행", {3, 6, 2, 3}}};
  Rng rng(5);
  for (const auto& [bank, groups] : patterns) {
    const std::string number = MakeAccount(rng, bank).number;
    std::vector<size_t> lengths;
    std::stringstream stream(number);
    for (std::string group; std::getline(stream, group, '-');) lengths.push_back(group.size());
    EXPECT_EQ(lengths, groups) << bank << " " << number;
  }
}

TEST(RenderTextLinesTest, DrawsKoreanLinesAtTheRequestedDpi) {
  PixPtr pix;
  TextLinesOptions options;
  options.dpi = 200;
  ASSERT_TRUE(RenderTextLines({"전자세금계산서 승인번호", "합계금액 3,300,000원"}, options, &pix).ok());
  ASSERT_NE(pix, nullptr);
  EXPECT_EQ(pixGetDepth(pix.get()), 8);
  l_int32 xres = 0, yres = 0;
  pixGetResolution(pix.get(), &xres, &yres);
  EXPECT_EQ(xres, 200);
  // The page is sized to its two lines and carries ink; a blank list or absurd dpi is refused.
  EXPECT_LT(pixGetHeight(pix.get()), 300);
  PIX* binary = pixThresholdToBinary(pix.get(), 128);
  l_int32 ink = 0;
  pixCountPixels(binary, &ink, nullptr);
  pixDestroy(&binary);
  EXPECT_GT(ink, 1500);
  EXPECT_FALSE(RenderTextLines({}, options, &pix).ok());
  options.dpi = 5;
  EXPECT_FALSE(RenderTextLines({"가"}, options, &pix).ok());
}

TEST(PlanTest, FortyCaseEvalSetHoldsEveryInjectedFlag) {
  SamplePlan plan;
  ASSERT_TRUE(PlanSampleSet(EvalOptions(7, 40), &plan).ok());
  ASSERT_EQ(plan.cases.size(), 40u);
  std::set<FlagCode> seen;
  for (const PlannedCase& pc : plan.cases) {
    for (const ExpectedFlag& flag : pc.flags) seen.insert(flag.code);
  }
  for (FlagCode code : InjectedFlagCodes()) {
    EXPECT_TRUE(seen.count(code)) << "missing flag code " << ToString(code);
  }
}

TEST(PlanTest, CaseDataIsConsistentAndBusinessNumbersValid) {
  SamplePlan plan;
  ASSERT_TRUE(PlanSampleSet(EvalOptions(21, 40), &plan).ok());
  for (const PlannedCase& pc : plan.cases) {
    const Case& c = pc.data;
    EXPECT_TRUE(IsValidBrn(c.shop_brn)) << c.shop_brn;
    EXPECT_TRUE(IsValidBrn(c.supplier_brn)) << c.supplier_brn;
    EXPECT_EQ(c.subsidy_amount + c.self_pay_amount, c.contract_amount);
    EXPECT_EQ(c.subsidy_amount, (c.contract_amount * 7 + 5) / 10);
    EXPECT_EQ(c.guarantee_required_amount, c.subsidy_amount);
    EXPECT_GE(c.install_date, c.program_start);
    EXPECT_LE(c.install_date, c.program_end);
    for (const DocumentSpec& doc : pc.documents) {
      if (doc.doc_type == DocType::kTaxInvoice && doc.broken == Broken::kNone) {
        const auto fields = TruthFields(doc);
        EXPECT_EQ(std::stoll(fields.at("supply_amount")) + std::stoll(fields.at("tax_amount")),
                  std::stoll(fields.at("total_amount")))
            << doc.file;
        int64_t item_sum = 0;
        for (const InvoiceItem& item : doc.invoice.items) item_sum += item.amount;
        EXPECT_EQ(item_sum, doc.invoice.supply) << doc.file;
        EXPECT_EQ(fields.at("approval_number").size(), 24u);
      }
      // Card payments need no receipt: there must be none and no flag about it.
      if (c.payment_method == PaymentMethod::kCard) {
        EXPECT_NE(doc.doc_type, DocType::kTransferReceipt) << doc.file;
      }
    }
    if (pc.flags.empty()) {
      // A clean case: every document agrees with the case row.
      for (const DocumentSpec& doc : pc.documents) {
        const auto fields = TruthFields(doc);
        if (doc.doc_type == DocType::kTaxInvoice) {
          EXPECT_EQ(fields.at("total_amount"), std::to_string(c.contract_amount));
          EXPECT_EQ(fields.at("supplier_brn"), DigitsOnly(c.supplier_brn));
        }
        if (doc.doc_type == DocType::kGuaranteePolicy) {
          EXPECT_GE(std::stoll(fields.at("insured_amount")), c.guarantee_required_amount);
          EXPECT_LE(fields.at("start_date"), c.program_start);
          EXPECT_GE(fields.at("end_date"), c.program_end);
        }
        if (doc.doc_type == DocType::kInspectionForm) {
          EXPECT_EQ(fields.at("signed"), "true");
        }
      }
    }
    for (const ExpectedFlag& flag : pc.flags) {
      if (flag.code == FlagCode::kMissingDocument && c.payment_method == PaymentMethod::kCard) {
        EXPECT_NE(flag.doc_type, "transfer_receipt");
      }
    }
  }
}

TEST(PlanTest, DuplicatesAreFlaggedInBothCases) {
  SamplePlan plan;
  ASSERT_TRUE(PlanSampleSet(EvalOptions(7, 40), &plan).ok());
  std::map<std::string, std::set<std::string>> cases_by_number;
  for (const PlannedCase& pc : plan.cases) {
    for (const DocumentSpec& doc : pc.documents) {
      const auto fields = TruthFields(doc);
      for (const char* key : {"approval_number", "policy_number"}) {
        if (fields.count(key)) cases_by_number[fields.at(key)].insert(pc.data.case_id);
      }
    }
  }
  int shared = 0;
  for (const auto& [number, case_ids] : cases_by_number) {
    if (case_ids.size() < 2) continue;
    ++shared;
    for (const PlannedCase& pc : plan.cases) {
      if (!case_ids.count(pc.data.case_id)) continue;
      bool flagged = false;
      for (const ExpectedFlag& flag : pc.flags) flagged |= flag.code == FlagCode::kDuplicateDocument;
      EXPECT_TRUE(flagged) << pc.data.case_id << " shares " << number;
    }
  }
  EXPECT_GT(shared, 0);
}

// The converse: a flagged duplicate shares its number with a document of another case. Seed 2222
// once planned a case as a copy's partner and then as a copy itself, so the first pair's number
// was overwritten and its flag had nothing behind it.
TEST(PlanTest, EveryDuplicateFlagHasItsPartner) {
  for (uint64_t seed : {7u, 2222u, 2323u, 31u}) {
    SamplePlan plan;
    ASSERT_TRUE(PlanSampleSet(EvalOptions(seed, 40), &plan).ok());
    std::map<std::string, std::set<std::string>> cases_by_number;
    for (const PlannedCase& pc : plan.cases) {
      for (const DocumentSpec& doc : pc.documents) {
        for (const auto& [key, value] : TruthFields(doc)) {
          if (key == "approval_number" || key == "policy_number") cases_by_number[value].insert(pc.data.case_id);
        }
      }
    }
    for (const PlannedCase& pc : plan.cases) {
      for (const ExpectedFlag& flag : pc.flags) {
        if (flag.code != FlagCode::kDuplicateDocument) continue;
        for (const DocumentSpec& doc : pc.documents) {
          if (doc.file != flag.file) continue;
          EXPECT_GE(cases_by_number[TruthFields(doc).at(flag.field)].size(), 2u)
              << "seed " << seed << ": " << pc.data.case_id << " " << flag.field;
        }
      }
    }
  }
}

TEST(PlanTest, EvalSetCoversEveryTypeLayoutAndForm) {
  GeneratorOptions options = EvalOptions(9, 40);
  options.defect_rate = 0;
  SamplePlan plan;
  ASSERT_TRUE(PlanSampleSet(options, &plan).ok());
  std::set<std::tuple<DocType, std::string, Form>> seen;
  for (const PlannedCase& pc : plan.cases) {
    for (const DocumentSpec& doc : pc.documents) seen.insert({doc.doc_type, doc.layout, doc.form});
  }
  for (DocType type : {DocType::kTaxInvoice, DocType::kTransferReceipt, DocType::kBankbookCopy,
                       DocType::kGuaranteePolicy, DocType::kInspectionForm}) {
    for (const Layout* layout : LayoutsFor(type)) {
      if (layout->held_out) continue;
      for (Form form : RenderedForms(type)) {
        if (form == Form::kXml) continue;
        EXPECT_TRUE(seen.count({type, std::string(layout->name), form}))
            << ToString(type) << " " << layout->name << " " << ToString(form);
      }
    }
  }
  EXPECT_TRUE(seen.count({DocType::kTaxInvoice, "nts_xml", Form::kXml}));
}

TEST(PlanTest, FiltersAndBadOptions) {
  GeneratorOptions options = EvalOptions(4, 12);
  options.forms = {"pdf_text", "xml"};
  options.layouts = {"statement_list"};
  SamplePlan plan;
  ASSERT_TRUE(PlanSampleSet(options, &plan).ok());
  for (const PlannedCase& pc : plan.cases) {
    for (const DocumentSpec& doc : pc.documents) {
      if (doc.broken != Broken::kNone || doc.quality != Quality::kNormal ||
          doc.doc_type == DocType::kUnknown) {
        continue;  // defects choose their own form
      }
      EXPECT_TRUE(doc.form == Form::kPdfText || doc.form == Form::kXml) << doc.file;
      if (doc.doc_type == DocType::kTaxInvoice && doc.form != Form::kXml) {
        EXPECT_EQ(doc.layout, "statement_list");
      }
    }
  }
  options.forms = {"fax"};
  EXPECT_EQ(PlanSampleSet(options, &plan).code(), Status::Code::kInvalidArgument);
  options.forms = {};
  options.cases = 0;
  EXPECT_EQ(PlanSampleSet(options, &plan).code(), Status::Code::kInvalidArgument);
}

TEST(PlanTest, HeldOutLayoutsOnlyWhenNamed) {
  const std::vector<std::string> held_out = HeldOutLayoutNames();
  ASSERT_FALSE(held_out.empty());
  // Every held-out name ends in "_holdout" (the first set) or "_holdout2" … "_holdout16"; the
  // layouts are grouped by that set number.
  constexpr int kSets = 16;
  std::map<int, std::vector<std::string>> sets;
  for (const std::string& name : held_out) {
    const size_t at = name.rfind("_holdout");
    ASSERT_NE(at, std::string::npos) << name;
    const std::string suffix = name.substr(at + std::string("_holdout").size());
    int set = 1;
    if (!suffix.empty()) {
      const bool digits = suffix.find_first_not_of("0123456789") == std::string::npos && suffix[0] != '0';
      ASSERT_TRUE(digits) << name;
      set = std::stoi(suffix);
      EXPECT_GE(set, 2) << name;  // the first set has no number
    }
    EXPECT_LE(set, kSets) << name;
    sets[set].push_back(name);
  }
  EXPECT_FALSE(sets[1].empty());
  // The second to sixteenth sets hold one layout per rendered type, `other` included.
  for (int set = 2; set <= kSets; ++set) {
    std::set<DocType> types;
    for (const std::string& name : sets[set]) types.insert(FindLayout(name)->doc_type);
    EXPECT_EQ(sets[set].size(), 6u) << "_holdout" << set;
    EXPECT_EQ(types, (std::set<DocType>{DocType::kTaxInvoice, DocType::kTransferReceipt,
                                        DocType::kBankbookCopy, DocType::kGuaranteePolicy,
                                        DocType::kInspectionForm, DocType::kOther}))
        << "_holdout" << set;
  }
  // Rendered layouts of a plan (xml, html and zip uploads have none), `other` papers included.
  auto layouts_of = [](const GeneratorOptions& options) {
    SamplePlan plan;
    EXPECT_TRUE(PlanSampleSet(options, &plan).ok());
    std::set<std::string> seen;
    for (const PlannedCase& pc : plan.cases) {
      for (const DocumentSpec& doc : pc.documents) {
        if (FindLayout(doc.layout) != nullptr) seen.insert(doc.layout);
      }
    }
    return seen;
  };
  GeneratorOptions options = EvalOptions(21, 40);
  for (const std::string& layout : layouts_of(options)) {
    EXPECT_FALSE(FindLayout(layout)->held_out) << layout;
  }
  GeneratorOptions demo = PresetOptions(Preset::kDemo);
  demo.seed = 1;
  for (const std::string& layout : layouts_of(demo)) {
    EXPECT_FALSE(FindLayout(layout)->held_out) << layout;
  }
  // Naming a list gives exactly the named layouts for the types it covers (xml keeps nts_xml;
  // the shop photo is no layout of a named type) and the usual ones for the others.
  options.defect_rate = 0;  // broken copies of an XML invoice take the type's first layout
  std::vector<std::vector<std::string>> lists = {held_out};
  for (int set = 1; set <= kSets; ++set) lists.push_back(sets[set]);
  for (const std::vector<std::string>& names : lists) {
    options.layouts = names;
    std::set<DocType> named_types;
    for (const std::string& name : names) named_types.insert(FindLayout(name)->doc_type);
    const std::set<std::string> seen = layouts_of(options);
    for (const std::string& name : names) EXPECT_TRUE(seen.count(name)) << name;
    for (const std::string& layout : seen) {
      const Layout* info = FindLayout(layout);
      if (info->doc_type == DocType::kUnknown) continue;
      const bool named = std::find(names.begin(), names.end(), layout) != names.end();
      EXPECT_EQ(named, named_types.count(info->doc_type) > 0) << layout;
      if (!named) {
        EXPECT_FALSE(info->held_out) << layout;
      }
    }
  }
}

// Every truth field of `doc` appears in its printed `text` in one of the forms documents use:
// amounts as 1,234,000; dates in any DOMAIN.md format; numbers with whatever dashes or
// surrounding words (제…호, brackets) they were printed with; names verbatim. Line breaks count
// as spaces, so a sentence may wrap between the words of a value.
void ExpectTruthFieldsPrinted(const DocumentSpec& doc, const std::string& text) {
  std::string flat = text;
  std::replace(flat.begin(), flat.end(), '\n', ' ');
  std::set<std::string> digit_runs;
  std::istringstream words(flat);
  for (std::string word; words >> word;) digit_runs.insert(DigitsOnly(word));
  for (const auto& [field, value] : TruthFields(doc)) {
    bool printed = false;
    Date date;
    if (field == "signed") {
      printed = flat.find(doc.inspection.sign_label) != std::string::npos;
    } else if (field.ends_with("_date") && Date::Parse(value, &date)) {
      for (const std::string& form : {date.Iso(), date.Dotted(), date.DottedLoose(), date.Korean(),
                                      date.KoreanLoose(), date.Compact()}) {
        printed = printed || flat.find(form) != std::string::npos;
      }
    } else if (field == "amount" || field.ends_with("_amount")) {
      printed = flat.find(FormatWon(std::stoll(value))) != std::string::npos;
    } else if (field == "approval_number") {
      printed = flat.find(value) != std::string::npos ||
                flat.find(value.substr(0, 8) + "-" + value.substr(8, 8) + "-" + value.substr(16)) !=
                    std::string::npos;
    } else if (!value.empty() && DigitsOnly(value) == value) {
      printed = digit_runs.count(value) > 0;
    } else {
      printed = flat.find(value) != std::string::npos;
    }
    EXPECT_TRUE(printed) << doc.layout << ": " << field << " = " << value;
  }
}

TEST(RenderTest, EveryLayoutPrintsItsTruthFields) {
  // Render every registered layout as a text PDF and check that the truth values are printed:
  // the regular ones from a plain eval plan, the held-out ones from a plan that names them.
  SamplePlan plan;
  GeneratorOptions options = EvalOptions(13, 12);
  options.defect_rate = 0;
  ASSERT_TRUE(PlanSampleSet(options, &plan).ok());
  SamplePlan held_out_plan;
  options.layouts = HeldOutLayoutNames();
  // Sixteen held-out layouts share each type's cycle, and XML invoices and card payments (no
  // receipt) draw none, so twelve cases no longer reach every one of them.
  options.cases = 32;
  ASSERT_TRUE(PlanSampleSet(options, &held_out_plan).ok());
  plan.cases.insert(plan.cases.end(), held_out_plan.cases.begin(), held_out_plan.cases.end());
  std::set<std::string> rendered_layouts;
  for (const PlannedCase& pc : plan.cases) {
    for (DocumentSpec doc : pc.documents) {
      if (doc.form == Form::kXml || doc.layout.empty() || rendered_layouts.count(doc.layout)) continue;
      rendered_layouts.insert(doc.layout);
      std::string pdf;
      std::vector<std::vector<std::string>> lines;
      ASSERT_TRUE(RenderTextPdf(doc, &pdf, &lines).ok()) << doc.layout;
      EXPECT_EQ(pdf.rfind("%PDF-", 0), 0u);
      std::string text;
      for (const auto& page : lines) {
        for (const auto& line : page) text += line + "\n";
      }
      EXPECT_FALSE(text.empty()) << doc.layout;
      ExpectTruthFieldsPrinted(doc, text);
      if (doc.doc_type == DocType::kTaxInvoice) {
        EXPECT_NE(text.find(FormatWon(doc.invoice.total)), std::string::npos) << doc.layout;
        EXPECT_NE(text.find(doc.invoice.supplier.brn), std::string::npos) << doc.layout;
      }
      if (doc.doc_type == DocType::kTransferReceipt) {
        EXPECT_NE(text.find(doc.receipt.payee_account), std::string::npos) << doc.layout;
        EXPECT_NE(text.find(FormatWon(doc.receipt.amount)), std::string::npos) << doc.layout;
      }
      if (doc.doc_type == DocType::kBankbookCopy) {
        EXPECT_NE(text.find(doc.bankbook.account_number), std::string::npos) << doc.layout;
        EXPECT_NE(text.find(doc.bankbook.holder), std::string::npos) << doc.layout;
      }
      if (doc.doc_type == DocType::kGuaranteePolicy) {
        EXPECT_NE(text.find(doc.guarantee.policy_number), std::string::npos) << doc.layout;
        EXPECT_NE(text.find(FormatWon(doc.guarantee.insured_amount)), std::string::npos) << doc.layout;
      }
      if (doc.doc_type == DocType::kInspectionForm) {
        EXPECT_NE(text.find(doc.inspection.shop_brn), std::string::npos) << doc.layout;
        EXPECT_NE(text.find(doc.inspection.sign_label), std::string::npos) << doc.layout;
      }
    }
  }
  for (const Layout& layout : AllLayouts()) {
    if (layout.doc_type == DocType::kUnknown) continue;  // the shop photo only comes with defects
    EXPECT_TRUE(rendered_layouts.count(std::string(layout.name))) << layout.name;
  }
}

TEST(RenderTest, XmlCarriesSubPlaceCodeNotBusinessNumber) {
  SamplePlan plan;
  GeneratorOptions options = EvalOptions(17, 6);
  options.forms = {"xml", "pdf_text"};
  options.defect_rate = 0;
  ASSERT_TRUE(PlanSampleSet(options, &plan).ok());
  int checked = 0;
  for (const PlannedCase& pc : plan.cases) {
    for (const DocumentSpec& doc : pc.documents) {
      if (doc.form != Form::kXml) continue;
      RenderedDocument out;
      ASSERT_TRUE(RenderDocument(doc, 80, &out).ok());
      EXPECT_NE(out.bytes.find("urn:kr:or:kec:standard:Tax:ReusableAggregateBusinessInformationEntitySchemaModule:1:0"),
                std::string::npos);
      EXPECT_NE(out.bytes.find("<IssueID>" + doc.invoice.approval_number + "</IssueID>"), std::string::npos);
      const size_t tag = out.bytes.find("<TaxRegistrationID>");
      ASSERT_NE(tag, std::string::npos);
      const std::string sub_place = out.bytes.substr(tag + 19, 4);
      EXPECT_EQ(sub_place, doc.invoice.supplier_sub_place);
      EXPECT_NE(DigitsOnly(doc.invoice.supplier.brn).substr(0, 4) + "<", sub_place + "<");
      EXPECT_NE(out.bytes.find("<GrandTotalAmount>" + std::to_string(doc.invoice.total) + "</GrandTotalAmount>"),
                std::string::npos);
      ++checked;
    }
  }
  EXPECT_GT(checked, 0);
}

TEST(GenerateTest, SameSeedSameBytesOtherSeedOtherBytes) {
  TempDir a("a"), b("b"), c("c");
  GeneratorOptions options = EvalOptions(11, 3);
  options.scan_dpi = 150;  // keeps the test quick; determinism does not depend on it
  GenerationSummary summary;
  ASSERT_TRUE(GenerateSampleSet(options, a.path().string(), &summary).ok());
  ASSERT_TRUE(GenerateSampleSet(options, b.path().string(), nullptr).ok());
  options.seed = 12;
  ASSERT_TRUE(GenerateSampleSet(options, c.path().string(), nullptr).ok());
  const auto first = Fingerprint(a.path()), second = Fingerprint(b.path()), third = Fingerprint(c.path());
  EXPECT_EQ(summary.cases, 3);
  EXPECT_EQ(first.size(), static_cast<size_t>(summary.documents) + 2);
  EXPECT_EQ(first, second);
  EXPECT_NE(first.at("truth.json"), third.at("truth.json"));
  EXPECT_NE(first.at("cases.csv"), third.at("cases.csv"));
  // Every business number in cases.csv passes the check digit.
  std::stringstream csv(ReadAll(a.path() / "cases.csv"));
  std::string line;
  std::getline(csv, line);
  EXPECT_EQ(line.rfind("case_id,shop_name,shop_owner,shop_brn,", 0), 0u);
  int rows = 0;
  while (std::getline(csv, line)) {
    ++rows;
    size_t found = 0;
    for (size_t pos = 0; pos + 12 <= line.size(); ++pos) {
      const std::string candidate = line.substr(pos, 12);
      if (candidate.size() == 12 && candidate[3] == '-' && candidate[6] == '-' &&
          DigitsOnly(candidate).size() == 10) {
        EXPECT_TRUE(IsValidBrn(candidate)) << candidate;
        ++found;
      }
    }
    EXPECT_GE(found, 2u) << line;
  }
  EXPECT_GE(rows, 2);
}

TEST(DemoTest, DemoPresetCoversEverythingWithinBudget) {
  TempDir dir("demo");
  GeneratorOptions options = PresetOptions(Preset::kDemo);
  options.seed = 1;
  GenerationSummary summary;
  ASSERT_TRUE(GenerateSampleSet(options, dir.path().string(), &summary).ok());
  EXPECT_LE(TotalSize(dir.path()), kDemoBudgetBytes);
  const nlohmann::json truth = nlohmann::json::parse(ReadAll(dir.path() / "truth.json"));
  std::set<std::string> forms, type_layouts, types, broken;
  bool multipage_tiff = false;
  for (const auto& c : truth["cases"]) {
    for (const auto& d : c["documents"]) {
      const fs::path file = dir.path() / "uploads" / fs::u8path(d["file"].get<std::string>());
      ASSERT_TRUE(fs::exists(file)) << file;
      if (!d["broken"].is_null()) {
        broken.insert(d["broken"].get<std::string>());
        continue;
      }
      forms.insert(d["form"].get<std::string>());
      types.insert(d["doc_type"].get<std::string>());
      type_layouts.insert(d["doc_type"].get<std::string>() + "/" + d["layout"].get<std::string>());
      if (d["form"] == "scan_tiff" && d["lines_per_page"].size() > 1) multipage_tiff = true;
    }
  }
  for (Form form : RenderedForms(DocType::kTaxInvoice)) {
    EXPECT_TRUE(forms.count(std::string(ToString(form)))) << ToString(form);
  }
  for (const Layout& layout : AllLayouts()) {
    if (layout.held_out) continue;  // presets never draw them
    EXPECT_TRUE(type_layouts.count(std::string(ToString(layout.doc_type)) + "/" + std::string(layout.name)))
        << layout.name;
  }
  EXPECT_TRUE(broken.count("truncated"));
  EXPECT_TRUE(broken.count("encrypted"));
  EXPECT_TRUE(multipage_tiff);

  // The committed copy (samples/demo) is this very set: same case data and truth, same files.
  const fs::path committed = fs::path(DOCVAL_SAMPLES_DIR) / "demo";
  ASSERT_TRUE(fs::exists(committed / "truth.json")) << "regenerate with docval-samplegen --preset demo";
  EXPECT_LE(TotalSize(committed), kDemoBudgetBytes);
  EXPECT_EQ(ReadAll(committed / "cases.csv"), ReadAll(dir.path() / "cases.csv"));
  EXPECT_EQ(ReadAll(committed / "truth.json"), ReadAll(dir.path() / "truth.json"));
}

}  // namespace
}  // namespace docval::samplegen
