#include "validators/duplicates.h"

#include <cstdio>
#include <optional>
#include <set>
#include <utility>

#include "pipeline/phash.h"
#include "validators/validate.h"

namespace docval {
namespace {

enum class Key { kApprovalNumber, kPolicyNumber, kSha256, kPageImage };  // strongest first

const char* FieldName(Key key) {
  switch (key) {
    case Key::kApprovalNumber: return "approval_number";
    case Key::kPolicyNumber: return "policy_number";
    case Key::kSha256: return "sha256";
    case Key::kPageImage: return "page_image";
  }
  return "";
}

// Fields that differ between two cases' copies of a form, so agreeing on one of them is
// evidence of the same paper (see the header).
const std::vector<std::string>& IdentifyingFields(const std::string& doc_type) {
  static const std::map<std::string, std::vector<std::string>> kByType = {
      {"tax_invoice", {"approval_number", "buyer_brn"}},
      {"transfer_receipt", {"sender_name"}},
      {"guarantee_policy", {"policy_number"}},
      {"inspection_form", {"shop_brn", "shop_name"}},
  };
  static const std::vector<std::string> kNone;
  auto it = kByType.find(doc_type);
  return it == kByType.end() ? kNone : it->second;
}

struct Entry {
  PriorDocument doc;
  int case_index = -1;      // into *cases
  bool refused = false;
};

bool ContentComparable(const PriorDocument& d) {
  return !d.sha256.empty() && d.size > 0 && d.doc_type != "bankbook_copy";
}

bool ImageComparable(const PriorDocument& d) {
  return d.phash != 0 && !IdentifyingFields(d.doc_type).empty();
}

// The guard for image matches: every field both read agrees, and an identifying one is among
// them.
bool FieldsConfirmSamePaper(const PriorDocument& a, const PriorDocument& b) {
  for (const auto& [name, value] : a.fields) {
    auto it = b.fields.find(name);
    if (it != b.fields.end() && !value.empty() && !it->second.empty() && it->second != value)
      return false;
  }
  for (const std::string& name : IdentifyingFields(a.doc_type)) {
    auto ia = a.fields.find(name), ib = b.fields.find(name);
    if (ia != a.fields.end() && ib != b.fields.end() && !ia->second.empty() &&
        ia->second == ib->second)
      return true;
  }
  return false;
}

// The strongest key on which `a` and `b` (of different cases) match, with the shared value.
std::optional<std::pair<Key, std::string>> Match(const PriorDocument& a, const PriorDocument& b) {
  if (!a.approval_number.empty() && a.approval_number == b.approval_number)
    return std::pair{Key::kApprovalNumber, a.approval_number};
  if (!a.policy_number.empty() && a.policy_number == b.policy_number)
    return std::pair{Key::kPolicyNumber, a.policy_number};
  if (ContentComparable(a) && ContentComparable(b) && a.sha256 == b.sha256)
    return std::pair{Key::kSha256, a.sha256};
  if (ImageComparable(a) && ImageComparable(b) && a.doc_type == b.doc_type &&
      HammingDistance(a.phash, b.phash) <= kPerceptualHashMatchDistance &&
      FieldsConfirmSamePaper(a, b)) {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(a.phash));
    return std::pair{Key::kPageImage, std::string(hex)};
  }
  return std::nullopt;
}

// "SS-2026-00031(첨부2.pdf)": the file without its case folder, which the case id names.
std::string CaseAndFile(const PriorDocument& d) {
  std::string file = d.file;
  const std::string prefix = d.case_id + "/";
  if (file.starts_with(prefix)) file.erase(0, prefix.size());
  return d.case_id + "(" + file + ")";
}

std::string Message(Key key, const std::string& value, const PriorDocument& other) {
  std::string where = "다른 사례 " + CaseAndFile(other);
  if (!other.run_id.empty()) where = "이전 실행 " + other.run_id + "의 " + where;
  switch (key) {
    case Key::kApprovalNumber:
      return "승인번호 " + value + ": " + where + "에도 같은 번호가 있습니다";
    case Key::kPolicyNumber:
      return "증권번호 " + value + ": " + where + "에도 같은 번호가 있습니다";
    case Key::kSha256:
      return "같은 파일이 " + where + "에도 제출되었습니다";
    case Key::kPageImage:
      return "거의 같은 서류 이미지가 " + where + "에도 있습니다";
  }
  return "";
}

void AddFlag(CaseOutcome& c, const Entry& self, Key key, const std::string& value,
             const PriorDocument& other) {
  c.flags.push_back(MakeFlag(FlagCode::kDuplicateDocument, self.refused ? "" : self.doc.doc_type,
                             self.doc.file, FieldName(key), "", value,
                             Message(key, value, other)));
}

}  // namespace

PriorDocument PriorFromUpload(const std::string& case_id, const std::string& run_id,
                              const UploadOutcome& u) {
  PriorDocument d;
  d.case_id = case_id;
  d.file = u.doc.file.empty() ? u.upload.file : u.doc.file;
  d.run_id = run_id;
  d.sha256 = u.doc.sha256.empty() ? u.upload.sha256 : u.doc.sha256;
  d.size = u.upload.size;
  if (!u.status.ok()) return d;  // refused: only the bytes are known
  d.doc_type = std::string(ToString(u.doc.doc_type));
  for (const auto& [name, field] : u.doc.fields) d.fields[name] = field.value;
  if (u.doc.doc_type == DocType::kTaxInvoice) {
    auto it = d.fields.find("approval_number");
    if (it != d.fields.end()) d.approval_number = it->second;
  }
  if (u.doc.doc_type == DocType::kGuaranteePolicy) {
    auto it = d.fields.find("policy_number");
    if (it != d.fields.end()) d.policy_number = it->second;
  }
  if (!u.doc.pages.empty()) d.phash = u.doc.pages.front().perceptual_hash;
  return d;
}

void CheckDuplicates(std::vector<CaseOutcome>* cases, const std::vector<PriorDocument>& earlier) {
  std::vector<Entry> current;
  std::set<std::string> case_ids;
  for (size_t ci = 0; ci < cases->size(); ++ci) {
    const CaseOutcome& c = (*cases)[ci];
    case_ids.insert(c.case_id);
    for (size_t ui = 0; ui < c.uploads.size(); ++ui) {
      Entry e;
      e.doc = PriorFromUpload(c.case_id, "", c.uploads[ui]);
      e.case_index = static_cast<int>(ci);
      e.refused = !c.uploads[ui].status.ok();
      current.push_back(std::move(e));
    }
  }
  // Within the run: every pair of documents of different cases, flagged on both sides.
  // Quadratic, but a comparison is a few string compares and one popcount: 5,000 uploads
  // make 12.5 million pairs, well under a second.
  for (size_t i = 0; i < current.size(); ++i) {
    for (size_t j = i + 1; j < current.size(); ++j) {
      const Entry& a = current[i];
      const Entry& b = current[j];
      if (a.doc.case_id == b.doc.case_id) continue;
      auto match = Match(a.doc, b.doc);
      if (!match) continue;
      AddFlag((*cases)[a.case_index], a, match->first, match->second, b.doc);
      AddFlag((*cases)[b.case_index], b, match->first, match->second, a.doc);
    }
  }
  // Against earlier runs: this run's case only, once per earlier (case, file).
  for (const Entry& a : current) {
    std::set<std::pair<std::string, std::string>> seen;
    for (const PriorDocument& p : earlier) {
      if (p.case_id == a.doc.case_id || case_ids.count(p.case_id) > 0) continue;
      if (!seen.insert({p.case_id, p.file}).second) continue;
      auto match = Match(a.doc, p);
      if (!match) {
        seen.erase({p.case_id, p.file});  // another run's version of that file may match
        continue;
      }
      AddFlag((*cases)[a.case_index], a, match->first, match->second, p);
    }
  }
  for (CaseOutcome& c : *cases) c.status = StatusFromFlags(c.flags);
}

}  // namespace docval
