#include "models/outcome.h"

namespace docval {

std::string_view ToString(CaseStatus status) {
  switch (status) {
    case CaseStatus::kReady: return "READY";
    case CaseStatus::kReview: return "REVIEW";
    case CaseStatus::kBlocked: return "BLOCKED";
  }
  return "BLOCKED";
}

CaseStatus StatusFromFlags(const std::vector<Flag>& flags) {
  CaseStatus status = CaseStatus::kReady;
  for (const Flag& f : flags) {
    if (f.severity == Severity::kError) return CaseStatus::kBlocked;
    status = CaseStatus::kReview;
  }
  return status;
}

}  // namespace docval
