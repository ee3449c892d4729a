// DUPLICATE_DOCUMENT: the same evidence submitted for more than one case — within one run
// (both cases are flagged, each naming the other) or already seen in an earlier run for a
// different case (this run's case is flagged). Runs after ValidateCase, over all cases of a run.
//
// What counts as the same document, strongest key first; a pair of documents gets one flag,
// for the first key that matches (its `field`):
//   approval_number  tax invoices with the same 승인번호 (CONTRACT.md);
//   policy_number    guarantee policies with the same 증권번호;
//   sha256           the same bytes (the upload's sha256);
//   page_image       first pages within kPerceptualHashMatchDistance (pipeline/phash.h).
// Not duplicates:
//   - anything within the same case (a re-upload of the same paper as JPEG and PDF);
//   - empty files (every empty file has the same sha256);
//   - bankbook copies (통장사본) by sha256 or image: a supplier hands the same copy of its
//     account in for every shop it serves; a copy of someone else's account is
//     ACCOUNT_MISMATCH already;
//   - by image, documents of different or unrecognised types (other/unknown), pages without a
//     hash (text-layer PDFs, blank or tiny images), and pairs whose read fields disagree or
//     share no identifying field (see below).
// Refused uploads (UNREADABLE_FILE) with the same non-empty bytes in two cases ARE flagged:
// the bytes are the same whatever the reader made of them, and the operator asking for a
// re-upload should know the file came from another case too.
//
// Why the image key is guarded: the hash sees layout, not digits, so the same form filled for
// two cases hashes alike (tests/phash_test.cc). An image match counts only when every field
// both documents read agrees and at least one identifying field of the type (tax invoice:
// approval number or buyer BRN; transfer receipt: sender; guarantee: policy number;
// inspection form: shop BRN or shop name) was read in both — i.e. it catches re-scans of the
// same paper whose numbers one of the reads missed.
//
// Thread safety: none needed (pure function of its arguments). No failure mode.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "models/outcome.h"

namespace docval {

// A document read in an earlier run, as the database keeps it.
struct PriorDocument {
  std::string case_id;
  std::string file;              // "<case_id>/<relative path>"
  std::string run_id;
  std::string sha256;            // of the original bytes; "" when unknown
  std::string approval_number;   // tax invoices; "" otherwise
  std::string policy_number;     // guarantee policies; "" otherwise
  uint64_t phash = 0;            // first page's perceptual hash; 0 when none
  std::string doc_type;          // CONTRACT.md name; "" when unknown (no image matching then)
  uint64_t size = 0;             // bytes; 0 for an empty file (never a content duplicate)
  std::map<std::string, std::string> fields;  // all read field values (for the image guard)
};

// The PriorDocument to store for `u`, read in case `case_id` during run `run_id`.
PriorDocument PriorFromUpload(const std::string& case_id, const std::string& run_id,
                              const UploadOutcome& u);

// Adds DUPLICATE_DOCUMENT flags (severity error) to `cases` and recomputes every case's
// status with StatusFromFlags. `earlier`: documents of earlier runs; those of cases that are
// part of this run are ignored (the case's current uploads stand for it). Each flag: doc_type
// (or "" for a refused upload), file, field (see above), expected "", found the shared value
// (the phash in hex for page_image), and a Korean message naming the other case and file.
void CheckDuplicates(std::vector<CaseOutcome>* cases, const std::vector<PriorDocument>& earlier);

}  // namespace docval
