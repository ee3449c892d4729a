#include "validators/rule_context.h"

#include <algorithm>
#include <cstdio>

#include "pipeline/normalize.h"

namespace docval {

std::string GroupDigits(const std::string& digits) {
  if (digits.empty() || !std::all_of(digits.begin(), digits.end(), ::isdigit)) return digits;
  std::string out;
  int n = static_cast<int>(digits.size());
  for (int i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string FormatBrn(const std::string& digits) {
  if (digits.size() != 10) return digits;
  return digits.substr(0, 3) + "-" + digits.substr(3, 2) + "-" + digits.substr(5);
}

std::string FormatConfidence(float confidence) {
  char text[16];
  std::snprintf(text, sizeof text, "%.2f", confidence);
  return text;
}

const Field* RuleContext::Require(const UploadOutcome& u, const std::string& field,
                                  const std::string& what) {
  auto it = u.doc.fields.find(field);
  if (it != u.doc.fields.end()) return &it->second;
  Add(MakeFlag(FlagCode::kFieldNotFound, std::string(ToString(u.doc.doc_type)), u.upload.file,
               field, "", "", WithParticle(what, "을", "를") + " 읽지 못했습니다 — 원본을 눈으로 확인하세요"));
  return nullptr;
}

bool RuleContext::Expect(bool ok, FlagCode code, const UploadOutcome& u, const std::string& field,
                         const Field& value, const std::string& expected,
                         const std::string& found, const std::string& message) {
  if (ok) return true;
  if (value.confidence < profile_.thresholds.min_field_confidence) {
    Unsure(u, field, expected, found,
           message + " — 다만 읽은 값의 신뢰도가 낮아(" + FormatConfidence(value.confidence) +
               ") 오독일 수 있으니 원본을 확인하세요");
  } else {
    Add(MakeFlag(code, std::string(ToString(u.doc.doc_type)), u.upload.file, field, expected,
                 found, message));
  }
  return false;
}

void RuleContext::Unsure(const UploadOutcome& u, const std::string& field,
                         const std::string& expected, const std::string& found,
                         const std::string& message) {
  Add(MakeFlag(FlagCode::kLowConfidence, std::string(ToString(u.doc.doc_type)), u.upload.file,
               field, expected, found, message));
}

const UploadOutcome* BestOfType(const CaseOutcome& c, DocType type) {
  const UploadOutcome* best = nullptr;
  auto score = [](const UploadOutcome& u) {
    double conf = 0.0;
    for (const auto& [name, f] : u.doc.fields) conf += f.confidence;
    return u.doc.fields.size() * 10.0 + conf + u.doc.confidence;
  };
  for (const UploadOutcome& u : c.uploads) {
    if (!u.status.ok() || u.doc.doc_type != type) continue;
    if (!best || score(u) > score(*best)) best = &u;
  }
  return best;
}

}  // namespace docval
