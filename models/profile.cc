#include "models/profile.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace docval {

const std::vector<DocType>& ProgramProfile::RequiredFor(PaymentMethod method) const {
  static const std::vector<DocType> kNone;
  auto it = required_documents.find(method == PaymentMethod::kCard ? "card" : "transfer");
  return it == required_documents.end() ? kNone : it->second;
}

Status ParseProgramProfile(const std::string& json_text, const std::string& name,
                           ProgramProfile* out) {
  *out = ProgramProfile();
  try {
    nlohmann::json j = nlohmann::json::parse(json_text);
    out->id = j.at("id").get<std::string>();
    out->name = j.value("name", out->id);
    for (const auto& [method, types] : j.at("required_documents").items()) {
      std::vector<DocType>& list = out->required_documents[method];
      for (const auto& t : types) {
        auto type = ParseDocType(t.get<std::string>());
        if (!type)
          return Status::InvalidArgument(name + ": 알 수 없는 서류 종류 '" +
                                         t.get<std::string>() + "'");
        list.push_back(*type);
      }
    }
    out->insured_party_names =
        j.value("insured_party_names", std::vector<std::string>{});
    if (j.contains("thresholds")) {
      const auto& t = j["thresholds"];
      ProgramThresholds& th = out->thresholds;
      th.min_field_confidence = t.value("min_field_confidence", th.min_field_confidence);
      th.min_document_confidence = t.value("min_document_confidence", th.min_document_confidence);
      th.vat_rate_percent = t.value("vat_rate_percent", th.vat_rate_percent);
      th.vat_tolerance_won = t.value("vat_tolerance_won", th.vat_tolerance_won);
      th.amount_tolerance_won = t.value("amount_tolerance_won", th.amount_tolerance_won);
      th.min_page_brightness = t.value("min_page_brightness", th.min_page_brightness);
      th.min_scan_dpi = t.value("min_scan_dpi", th.min_scan_dpi);
      th.min_page_pixels = t.value("min_page_pixels", th.min_page_pixels);
      th.min_mean_word_confidence =
          t.value("min_mean_word_confidence", th.min_mean_word_confidence);
      th.near_name_similarity = t.value("near_name_similarity", th.near_name_similarity);
      th.distinct_number_fraction =
          t.value("distinct_number_fraction", th.distinct_number_fraction);
      th.near_number_digits = t.value("near_number_digits", th.near_number_digits);
      th.near_number_sure_confidence =
          t.value("near_number_sure_confidence", th.near_number_sure_confidence);
    }
  } catch (const nlohmann::json::exception& e) {
    return Status::InvalidArgument(name + ": " + e.what());
  }
  return Status::OK();
}

Status LoadProgramProfile(const std::string& data_dir, const std::string& id,
                          ProgramProfile* out) {
  std::string path = data_dir + "/programs/" + id + ".json";
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("프로그램 프로필이 없습니다: " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return ParseProgramProfile(buffer.str(), path, out);
}

}  // namespace docval
