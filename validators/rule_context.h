// Shared helpers for the validation rules: one comparison = one possible flag, with the
// contract's rules for unsure values (LOW_CONFIDENCE instead of an error) and missing ones
// (FIELD_NOT_FOUND).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "models/outcome.h"
#include "models/profile.h"
#include "validators/validate.h"

namespace docval {

// "3310000" → "3,310,000" (digits only in, grouped out; anything else returned as is).
std::string GroupDigits(const std::string& digits);
// "1208147521" → "120-81-47521".
std::string FormatBrn(const std::string& digits);
// A read's confidence as operators see it in messages: 0.2734 → "0.27".
std::string FormatConfidence(float confidence);

class RuleContext {
 public:
  RuleContext(const CaseOutcome& c, const ProgramProfile& profile, std::vector<Flag>* flags)
      : case_(c), profile_(profile), flags_(flags) {}

  const Case& row() const { return case_.row; }
  const ProgramProfile& profile() const { return profile_; }

  // The field, or null after adding FIELD_NOT_FOUND for it.
  const Field* Require(const UploadOutcome& u, const std::string& field, const std::string& what);

  // Adds `code` with `message` when `ok` is false — or LOW_CONFIDENCE when the value was
  // read below the threshold (the mismatch may be a misreading). Returns `ok`.
  bool Expect(bool ok, FlagCode code, const UploadOutcome& u, const std::string& field,
              const Field& value, const std::string& expected, const std::string& found,
              const std::string& message);

  // Adds LOW_CONFIDENCE on `field` of `u` with `message`: the check could not be decided on
  // what was read, and a person looks at the original.
  void Unsure(const UploadOutcome& u, const std::string& field, const std::string& expected,
              const std::string& found, const std::string& message);

  void Add(Flag flag) { flags_->push_back(std::move(flag)); }

 private:
  const CaseOutcome& case_;
  const ProgramProfile& profile_;
  std::vector<Flag>* flags_;
};

// The best-read readable upload of `type` (re-uploads: the one with most fields found, then
// the most confident), or null.
const UploadOutcome* BestOfType(const CaseOutcome& c, DocType type);

}  // namespace docval
