// Validation: the rules that turn what was read into the contract's flags.
// Each rule is a small function in its own file (validators/<rule>.cc); ValidateCase runs
// them all in a fixed order. Messages are Korean and carry the figures that differ.
#pragma once

#include <vector>

#include "models/document.h"
#include "models/outcome.h"
#include "models/profile.h"

namespace docval {

// Makes a flag with the code's contract severity.
Flag MakeFlag(FlagCode code, std::string doc_type, std::string file, std::string field,
              std::string expected, std::string found, std::string message);

// Case-level rules (validators/case_rules.cc).
// CASE_DATA_MISSING for a folder without a case row.
void CheckCaseRow(const CaseOutcome& c, std::vector<Flag>* flags);
// UNREADABLE_FILE for every refused upload, UNKNOWN_DOCUMENT for readable unknown ones.
void CheckUploadsReadable(const CaseOutcome& c, std::vector<Flag>* flags);
// MISSING_DOCUMENT for each type the profile requires that has no readable upload.
void CheckRequiredDocuments(const CaseOutcome& c, const ProgramProfile& profile,
                            std::vector<Flag>* flags);

// All rules, in order.
std::vector<Flag> ValidateCase(const CaseOutcome& c, const ProgramProfile& profile);

}  // namespace docval
