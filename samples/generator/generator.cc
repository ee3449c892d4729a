#include "samples/generator/generator.h"

#include <filesystem>
#include <fstream>

#include "samples/generator/render.h"

namespace docval::samplegen {

namespace {

std::string CsvField(const std::string& value) {
  if (value.find_first_of(",\"\n\r") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted += "\"\"";
    else quoted.push_back(c);
  }
  return quoted + "\"";
}

Status WriteFile(const std::filesystem::path& path, std::string_view bytes) {
  std::error_code error;
  std::filesystem::create_directories(path.parent_path(), error);
  if (error) return Status::IOError("폴더를 만들 수 없습니다: " + path.parent_path().string());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return Status::IOError("파일을 쓸 수 없습니다: " + path.string());
  return Status::OK();
}

std::string TruthDocType(const DocumentSpec& doc) {
  // A web page or an archive is not the document it replaced.
  if (doc.broken == Broken::kHtml || doc.broken == Broken::kZip) return "unknown";
  return std::string(ToString(doc.doc_type));
}

}  // namespace

std::string CasesCsv(const SamplePlan& plan) {
  std::string csv =
      "case_id,shop_name,shop_owner,shop_brn,shop_address,supplier_name,supplier_brn,"
      "supplier_bank,supplier_account,supplier_account_holder,technology,contract_amount,"
      "subsidy_amount,self_pay_amount,payment_method,install_date,guarantee_required_amount,"
      "program_start,program_end\n";
  for (const PlannedCase& pc : plan.cases) {
    if (!pc.in_cases_file) continue;
    const Case& c = pc.data;
    const std::vector<std::string> row = {
        c.case_id, c.shop_name, c.shop_owner, c.shop_brn, c.shop_address, c.supplier_name,
        c.supplier_brn, c.supplier_bank, c.supplier_account, c.supplier_account_holder,
        c.technology, std::to_string(c.contract_amount), std::to_string(c.subsidy_amount),
        std::to_string(c.self_pay_amount),
        c.payment_method == PaymentMethod::kCard ? "card" : "transfer", c.install_date,
        std::to_string(c.guarantee_required_amount), c.program_start, c.program_end};
    for (size_t i = 0; i < row.size(); ++i) {
      if (i > 0) csv.push_back(',');
      csv += CsvField(row[i]);
    }
    csv.push_back('\n');
  }
  return csv;
}

nlohmann::ordered_json TruthJson(
    const SamplePlan& plan, const std::map<std::string, std::vector<std::vector<std::string>>>& lines) {
  using nlohmann::ordered_json;
  ordered_json truth;
  truth["generator"] = "docval-samplegen";
  truth["seed"] = plan.options.seed;
  truth["preset"] = plan.options.preset == Preset::kDemo ? "demo" : "eval";
  truth["program_start"] = kProgramStart.Iso();
  truth["program_end"] = kProgramEnd.Iso();
  ordered_json cases = ordered_json::array();
  for (const PlannedCase& pc : plan.cases) {
    ordered_json c;
    c["case_id"] = pc.data.case_id;
    c["in_cases_file"] = pc.in_cases_file;
    ordered_json flags = ordered_json::array();
    for (const ExpectedFlag& flag : pc.flags) {
      flags.push_back({{"code", std::string(ToString(flag.code))},
                       {"doc_type", flag.doc_type},
                       {"field", flag.field},
                       {"file", flag.file}});
    }
    c["expected_flags"] = flags;
    ordered_json documents = ordered_json::array();
    for (const DocumentSpec& doc : pc.documents) {
      ordered_json d;
      d["file"] = doc.file;
      d["doc_type"] = TruthDocType(doc);
      d["form"] = std::string(ToString(doc.form));
      d["layout"] = doc.layout;
      d["font"] = doc.font;
      d["rotation"] = doc.rotation;
      d["skew_deg"] = doc.skew_deg;
      d["dpi"] = doc.dpi;
      d["quality"] = doc.quality == Quality::kDark   ? "dark"
                     : doc.quality == Quality::kTiny ? "tiny"
                                                     : "normal";
      ordered_json fields = ordered_json::object();
      for (const auto& [name, value] : TruthFields(doc)) fields[name] = value;
      d["fields"] = fields;
      ordered_json flat = ordered_json::array();
      ordered_json per_page = ordered_json::array();
      const auto found = lines.find(doc.file);
      if (found != lines.end()) {
        for (const std::vector<std::string>& page : found->second) {
          per_page.push_back(page.size());
          for (const std::string& line : page) flat.push_back(line);
        }
      }
      d["lines"] = flat;
      d["lines_per_page"] = per_page;
      d["broken"] = doc.broken == Broken::kNone ? ordered_json(nullptr)
                                                : ordered_json(std::string(ToString(doc.broken)));
      documents.push_back(d);
    }
    c["documents"] = documents;
    cases.push_back(c);
  }
  truth["cases"] = cases;
  return truth;
}

Status GenerateSampleSet(const GeneratorOptions& options, const std::string& out_dir,
                         GenerationSummary* summary) {
  SamplePlan plan;
  Status s = PlanSampleSet(options, &plan);
  if (!s.ok()) return s;
  const std::filesystem::path root(out_dir);
  GenerationSummary totals;
  std::map<std::string, std::vector<std::vector<std::string>>> lines;
  for (const PlannedCase& pc : plan.cases) {
    ++totals.cases;
    for (const DocumentSpec& doc : pc.documents) {
      RenderedDocument rendered;
      s = RenderDocument(doc, options.jpeg_quality, &rendered);
      if (!s.ok()) return Status::Internal(doc.file + ": " + s.message());
      s = WriteFile(root / "uploads" / std::filesystem::u8path(doc.file), rendered.bytes);
      if (!s.ok()) return s;
      lines[doc.file] = std::move(rendered.lines);
      ++totals.documents;
      totals.bytes += rendered.bytes.size();
    }
  }
  const std::string csv = CasesCsv(plan);
  s = WriteFile(root / "cases.csv", csv);
  if (!s.ok()) return s;
  const std::string truth = TruthJson(plan, lines).dump(2) + "\n";
  s = WriteFile(root / "truth.json", truth);
  if (!s.ok()) return s;
  totals.bytes += csv.size() + truth.size();
  if (summary != nullptr) *summary = totals;
  return Status::OK();
}

}  // namespace docval::samplegen
