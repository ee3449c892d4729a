// A program profile: which documents a subsidy program requires and its rule thresholds.
// Profiles are data (models/programs/<id>.json) so a new program is a data change.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "models/case.h"
#include "models/status.h"
#include "models/types.h"

namespace docval {

struct ProgramThresholds {
  double min_field_confidence = 0.6;     // below: LOW_CONFIDENCE instead of a mismatch error
  double min_document_confidence = 0.5;  // below: the doc type itself is in doubt
  int vat_rate_percent = 10;
  long long vat_tolerance_won = 10;
  long long amount_tolerance_won = 0;
  // LOW_QUALITY: a scanned page darker than this (mean grey 0..255), scanned below this dpi,
  // without a dpi and with a shorter side below this many pixels (a 60-dpi A4 is 496 wide; a
  // narrow 150-dpi transfer slip 638), or read with a lower mean word confidence (pages of
  // five words or more).
  double min_page_brightness = 70;
  int min_scan_dpi = 100;
  int min_page_pixels = 500;
  double min_mean_word_confidence = 0.55;
  // A name read this close to the expected one (Hangul jamo similarity, after legal forms
  // and spaces are normalised) differs by OCR slips: LOW_CONFIDENCE for a person to decide,
  // not a NAME_MISMATCH error.
  double near_name_similarity = 0.8;
  // An account number read unsure but differing from the registered one in more than this
  // share of its digits is another account (ACCOUNT_MISMATCH), not a misread of it.
  double distinct_number_fraction = 0.34;
  // One that differs in at most `near_number_digits` digits is taken as read only from this
  // confidence on: below it a digit or two apart is more likely OCR's slip than another
  // account, and a person looks (LOW_CONFIDENCE) instead of the payment being blocked.
  int near_number_digits = 2;
  double near_number_sure_confidence = 0.90;
};

struct ProgramProfile {
  std::string id;
  std::string name;
  // payment_method ("transfer", "card") → required doc types.
  std::map<std::string, std::vector<DocType>> required_documents;
  std::vector<std::string> insured_party_names;
  ProgramThresholds thresholds;

  const std::vector<DocType>& RequiredFor(PaymentMethod method) const;
};

// Loads models/programs/<id>.json from `data_dir`. InvalidArgument names the bad key.
Status LoadProgramProfile(const std::string& data_dir, const std::string& id,
                          ProgramProfile* out);
Status ParseProgramProfile(const std::string& json_text, const std::string& name,
                           ProgramProfile* out);

}  // namespace docval
