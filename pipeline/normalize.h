// Field normalisers: turn what a document says (printed, typed or read by OCR) into the
// normalised values report.json carries — digits for numbers, ISO dates, comparison keys for
// names — so validators compare like with like.
//
// Every function here is pure (no I/O, no global state) except the bank table, which is read
// once from DOCVAL_DATA_DIR/banks.tsv on first use. All functions are thread-safe.
// A value that cannot be read with confidence yields std::nullopt: these functions never
// guess, because a wrong guess would turn into a wrong AMOUNT_MISMATCH or BRN_MISMATCH flag.
//
// OCR digit confusions. Tesseract reads some digits as look-alike letters. Inside a number
// the letters O o → 0, l I | → 1, S → 5, B → 8 are read as digits, but only when the letter is
// surrounded by digits (a run of such letters counts when digits bound the whole run;
// thousands separators between them do not break the run). "1,2O4,000" is 1204000;
// "B1,000" and "1,000S" are not numbers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "models/status.h"

namespace docval {

// ---------------------------------------------------------------------------------------------
// UTF-8

// Decodes UTF-8. Each byte that does not belong to a well-formed sequence (stray continuation
// bytes, truncated sequences, overlong forms, surrogates, values above U+10FFFF) becomes one
// U+FFFD, so decoding never fails and never loses the bytes that follow.
std::u32string DecodeUtf8(std::string_view utf8);
// Encodes code points as UTF-8; surrogates and values above U+10FFFF become U+FFFD.
std::string EncodeUtf8(std::u32string_view text);
// True when `text` is well-formed UTF-8. On false, `*bad_offset` (when given) is the byte
// offset of the first byte that starts an ill-formed sequence.
bool IsValidUtf8(std::string_view text, size_t* bad_offset = nullptr);

// A precomposed Hangul syllable (가 … 힣).
constexpr bool IsHangulSyllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
// `word` and the particle its last syllable takes: `after_final` after a final consonant
// ("보험기간 시작일을", "예금주가" takes `after_vowel`), `after_vowel` otherwise. A word that does
// not end in a Hangul syllable (a figure, a quote, a Latin letter) gets both, the written
// convention: "2026-03-31이(가)".
std::string WithParticle(std::string_view word, std::string_view after_final,
                         std::string_view after_vowel);
// A compatibility jamo standing alone (ㄱ … ㆎ): OCR's reading of a speck, a rule or a glyph
// it could not finish.
constexpr bool IsLoneJamo(char32_t c) { return c >= 0x3131 && c <= 0x318E; }
// Whether `chars[i]` is a glyph OCR could not place in a name: a '?', a lone jamo, or a digit
// between two syllables ("(주)키?ㅅㅋ랩", "스마6포").
constexpr bool IsUnplacedGlyph(std::u32string_view chars, size_t i) {
  const char32_t c = chars[i];
  if (c == U'?' || IsLoneJamo(c)) return true;
  return c >= U'0' && c <= U'9' && i > 0 && i + 1 < chars.size() &&
         IsHangulSyllable(chars[i - 1]) && IsHangulSyllable(chars[i + 1]);
}

// ---------------------------------------------------------------------------------------------
// Amounts (won)

enum class AmountForm {
  kDigits,  // "1,234,000원", "₩1,234,000", "W1.234.000"
  kWords,   // "금 일백이십삼만사천원정" — Korean number words only
  kMixed,   // "330만원", "1억 2,345만원" — digits with Korean unit words
};

struct ParsedAmount {
  int64_t won = 0;
  AmountForm form = AmountForm::kDigits;
};

// Parses a whole text as one amount in won. Accepted around the number: spaces anywhere;
// a currency mark in front (₩ ￦ W w \ KRW); 일금/금 in front; 원, 원정, 정 behind.
// Digits may be grouped by thousands with ',' or '.' (every group after the first exactly three
// digits — won has no decimals); OCR digit confusions are read as described at the top.
// Korean number words: 일이삼사오육칠팔구 with 십백천 and 만억조, e.g. "일억이천삼백사십오만
// 육천칠백팔십구원"; a missing coefficient means one ("십만" = 100000, "만원" = 10000); Arabic
// coefficients may stand before unit words ("330만", "3천만원"). Units must decrease.
// Returns nullopt for anything else (negative, text around the amount, values ≥ 10^16).
std::optional<ParsedAmount> ParseAmount(std::string_view text);

// ---------------------------------------------------------------------------------------------
// Dates

// True for a real calendar date (proleptic Gregorian); years 1900–2999 only, since anything else
// on these documents is a misread.
bool IsValidCalendarDate(int year, int month, int day);
// True when `text` is exactly "yyyy-mm-dd" (zero-padded) and a real calendar date. Used where
// the contract demands ISO dates (case data).
bool IsIsoDate(std::string_view text);

// Parses one date written as 2026-05-12, 2026.05.12, 2026. 5. 12., 2026/05/12, 20260512 or
// 2026년 05월 12일, with stray spaces and OCR digit confusions. Returns "yyyy-mm-dd", or
// nullopt when the text is not one date or the date does not exist (2026-02-30).
std::optional<std::string> ParseDate(std::string_view text);

struct Period {
  std::string start;  // yyyy-mm-dd
  std::string end;    // yyyy-mm-dd, never before start
};
// Parses "<date> <connector> <date>" where each date is in a ParseDate form, optionally
// followed by a time of day ("00:00", "00시", "24시 00분"), and the connector is ~ ∼ ～ 〜 - –
// or 부터 … (까지). E.g. "2026년 04월 01일 부터 2027년 03월 31일 까지", "2026-04-01 ~
// 2027-03-31", "2026.04.01-2027.03.31". Returns nullopt when either date is unreadable or the
// end precedes the start.
std::optional<Period> ParsePeriod(std::string_view text);

// ---------------------------------------------------------------------------------------------
// Business registration numbers (사업자등록번호)

// Returns the 10 digits of a business number written as NNN-NN-NNNNN, NNNNNNNNNN or with
// spaces; OCR digit confusions are read. When dashes are present the groups must be 3-2-5.
// Does not test the check digit. nullopt when not exactly 10 digits.
// What may stand between a business number's groups: a hyphen, or one read on a photo as a
// point or doubled ("464.81-15405", "520-76=41719", "899-—32-35083"); the 3-2-5 grouping
// must then hold.
inline constexpr std::string_view kBrnSeparators = "-.=";
std::optional<std::string> NormalizeBrn(std::string_view text);
// The check-digit rule of DOMAIN.md. `digits` must be exactly 10 ASCII digits, else false.
bool BrnCheckDigitValid(std::string_view digits);

struct BrnRepair {
  std::string digits;     // 10 digits that pass the check digit
  bool repaired = false;  // true when one digit was changed to get there
  int position = -1;      // 0-based index of the changed digit when repaired
};
// Normalises `text`; when the digits pass the check they are returned unchanged. Otherwise
// every single-digit substitution from the OCR confusion table below is tried, and the result
// is returned ONLY when exactly one distinct candidate passes: with several candidates we
// cannot know which one is on the paper, so nullopt. Also nullopt when NormalizeBrn fails.
// Confusion pairs (both directions), from shapes Tesseract mixes up in printed forms:
//   0↔8 0↔6 1↔7 2↔7 3↔8 3↔5 5↔6 6↔8 4↔9
// More pairs would repair more numbers but also make more of them ambiguous (refused).
std::optional<BrnRepair> RepairBrn(std::string_view text);
// True when digit strings `a` and `b` differ in exactly one place, by a pair above.
bool OneLookAlikeApart(std::string_view a, std::string_view b);

// ---------------------------------------------------------------------------------------------
// Bank account numbers

// Returns the digits of an account number written with dashes, spaces or dots between digit
// groups (OCR digit confusions read). Account numbers have no common check digit, so the only
// plausibility test is the length: 10–16 digits, else nullopt. Any other character → nullopt.
std::optional<std::string> NormalizeAccount(std::string_view text);

// ---------------------------------------------------------------------------------------------
// Company and person names

// A comparison key for a company or person name: full-width forms folded to ASCII, ㈜ ㈱ → (주),
// legal-form marks removed ((주) 주식회사 (유) 유한회사 (사) 사단법인 (재) 재단법인 (합)
// 합자회사 합명회사 농업회사법인 영농조합법인 and the 株式會社 spellings), whitespace and
// punctuation removed, ASCII lower-cased. "(주)스마트포스", "㈜스마트포스", "주식회사 스마트포스",
// "스마트포스(주)" and "스마트 포스 주식회사" all give "스마트포스". The key is for comparison
// only; report names as printed.
std::string NormalizeName(std::string_view text);

// True for a legal-form mark as printed, bracketed or written out: "(주)", "㈜", "주식회사", "(유)".
bool IsLegalFormMark(std::string_view text);
// True when both keys are equal and not empty (two blank names do not "match").
bool NamesMatch(std::string_view a, std::string_view b);

// ---------------------------------------------------------------------------------------------
// Bank names

// Maps the many ways a bank's name is written to one canonical name. Built from a TSV file:
// one bank per line, "canonical<TAB>alias1|alias2|…"; '#' starts a comment line; blank lines
// are skipped. Lookups compare NormalizeBankKey() forms (no spaces/punctuation, ASCII
// lower-cased), and the canonical name is an alias of itself. Only whole names match: "부산"
// inside an address must not become 부산은행.
class BankTable {
 public:
  // Failure: IOError when the file cannot be read; InvalidArgument ("FILE:LINE: …") for a line
  // without a tab or an alias claimed by two banks.
  static Status Load(const std::string& path, BankTable* table);
  static Status Parse(std::string_view content, std::string_view name, BankTable* table);

  std::optional<std::string> Canonical(std::string_view text) const;
  // The bank whose name `text` is one jamo away from ("가나은행" for 하나은행), when the name
  // has four syllables or more and no other bank's is as near; else nullopt. For OCR reads.
  std::optional<std::string> Misread(std::string_view text) const;
  size_t bank_count() const { return bank_count_; }

 private:
  std::unordered_map<std::string, std::string> canonical_by_key_;
  // The keys long enough for Misread, as jamo, with their bank.
  std::vector<std::pair<std::u32string, std::string>> misreadable_;
  size_t bank_count_ = 0;
};

// The key BankTable compares: NFKC-ish folding, no whitespace or punctuation, ASCII lower case.
std::string NormalizeBankKey(std::string_view text);

// Path of the bank table: $DOCVAL_DATA_DIR/banks.tsv when that environment variable is set,
// else the DOCVAL_DATA_DIR the program was built with.
std::string DefaultBankTablePath();
// The table at DefaultBankTablePath(), loaded once (thread-safe). When loading failed the
// table is empty and `*load_status` (when given) says why.
const BankTable& DefaultBankTable(Status* load_status = nullptr);
// DefaultBankTable().Canonical(text): "KB국민은행" → "국민은행", "NH농협" → "농협은행".
std::optional<std::string> NormalizeBank(std::string_view text);
// DefaultBankTable().Misread(text).
std::optional<std::string> NormalizeMisreadBank(std::string_view text);

// ---------------------------------------------------------------------------------------------
// Hangul helpers for fuzzy matching of OCR text

// Splits precomposed Hangul syllables into their jamo, as Hangul Compatibility Jamo
// (U+3131–U+318E) so a syllable and the same jamo typed separately compare equal: "각" →
// ㄱ ㅏ ㄱ. Conjoining jamo (U+1100…) are folded to compatibility jamo too; compound vowels
// and final-consonant clusters (ㅘ, ㄳ) stay single jamo. Other code points pass unchanged;
// invalid UTF-8 decodes to U+FFFD.
std::u32string DecomposeJamo(std::string_view utf8);
// Levenshtein distance (insert, delete, substitute each cost 1) between code-point sequences.
size_t EditDistance(std::u32string_view a, std::u32string_view b);
// EditDistance over DecomposeJamo forms: an OCR slip of one stroke ("감" vs "갑") costs 1, not a
// whole syllable.
size_t JamoEditDistance(std::string_view a, std::string_view b);
// 1 − JamoEditDistance / max(jamo lengths), in 0..1; 1 for two empty strings.
double JamoSimilarity(std::string_view a, std::string_view b);

}  // namespace docval
