// What a check produced for one upload and for one case: the input of validation and of the
// reports, and what the database stores.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "models/case.h"
#include "models/document.h"
#include "models/status.h"

namespace docval {

struct UploadOutcome {
  Upload upload;
  Status status;     // OK when read; the refusal otherwise (→ UNREADABLE_FILE)
  Document doc;      // file and sha256 always; pages, doc_type, fields when read
  std::vector<std::string> notes;  // non-fatal problems met while reading
};

enum class CaseStatus { kReady, kReview, kBlocked };
std::string_view ToString(CaseStatus status);
// BLOCKED if any error flag, REVIEW if only warnings, READY if none (CONTRACT.md).
CaseStatus StatusFromFlags(const std::vector<Flag>& flags);

struct CaseOutcome {
  std::string case_id;
  bool has_case_row = false;
  Case row;                  // valid when has_case_row
  bool has_folder = false;
  std::vector<UploadOutcome> uploads;
  std::vector<Flag> flags;
  CaseStatus status = CaseStatus::kReady;
};

}  // namespace docval
