#include "pipeline/normalize.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <vector>

namespace docval {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// ---------------------------------------------------------------------------------------------
// Character classes and folding

bool IsAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

bool IsSpace(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' ||
         c == 0x00A0 || c == 0x3000 || c == 0xFEFF || (c >= 0x2000 && c <= 0x200B) ||
         c == 0x202F || c == 0x205F;
}

// The NFKC mappings that matter on Korean forms: full-width ASCII, the full-width won sign and
// the various dashes and tildes, without pulling in a Unicode library.
char32_t FoldWidth(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
  if (c == 0xFFE6) return 0x20A9;  // ￦ → ₩
  if (c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 ||
      c == 0x2212 || c == 0x30FC) {
    return U'-';
  }
  if (c == 0x223C || c == 0x301C) return U'~';
  return c;
}

// Decodes, folds widths and drops every space: on scanned forms spaces inside a value are
// layout or OCR noise ("₩ 1, 234, 000", "2026. 5. 12.").
std::u32string Compact(std::string_view text) {
  std::u32string out;
  for (char32_t c : DecodeUtf8(text)) {
    if (!IsSpace(c)) out.push_back(FoldWidth(c));
  }
  return out;
}

std::optional<char32_t> ConfusedDigit(char32_t c) {
  switch (c) {
    case U'O': case U'o': return U'0';
    case U'l': case U'I': case U'|': return U'1';
    case U'S': return U'5';
    case U'B': return U'8';
    default: return std::nullopt;
  }
}

// Replaces OCR look-alike letters by digits where digits bound them on both sides, looking
// past `separators` and other look-alikes (see normalize.h).
std::u32string ReadConfusedDigits(std::u32string s, std::u32string_view separators) {
  auto skippable = [&](char32_t c) {
    return separators.find(c) != std::u32string_view::npos || ConfusedDigit(c).has_value();
  };
  std::u32string out = s;
  for (size_t i = 0; i < s.size(); ++i) {
    std::optional<char32_t> digit = ConfusedDigit(s[i]);
    if (!digit) continue;
    size_t left = i;
    while (left > 0 && skippable(s[left - 1])) --left;
    size_t right = i + 1;
    while (right < s.size() && skippable(s[right])) ++right;
    if (left > 0 && IsAsciiDigit(s[left - 1]) && right < s.size() && IsAsciiDigit(s[right])) {
      out[i] = *digit;
    }
  }
  return out;
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

bool StartsWith(std::u32string_view s, std::u32string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}
bool EndsWith(std::u32string_view s, std::u32string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// ---------------------------------------------------------------------------------------------
// Amounts

constexpr int64_t kAmountLimit = 10'000'000'000'000'000;  // 10^16 won: no real document

bool IsThousandsSeparator(char32_t c) { return c == U',' || c == U'.'; }

// A run of digits, optionally grouped by thousands ("1,234,000", "1.234.000", "1234000").
std::optional<int64_t> ParseDigitGroups(std::u32string_view run) {
  if (run.empty()) return std::nullopt;
  // No amount is printed with a leading zero: "000" is what is left of a misread figure.
  if (run.size() > 1 && run[0] == U'0') return std::nullopt;
  int64_t value = 0;
  int digits_in_group = 0;
  int digits_total = 0;
  bool grouped = false;
  char32_t previous = 0;
  for (char32_t c : run) {
    // A speck beside a comma ("1,485,.000") is one separator, not an empty group.
    const bool doubled = IsThousandsSeparator(c) && IsThousandsSeparator(previous);
    previous = c;
    if (doubled) continue;
    if (IsThousandsSeparator(c)) {
      // The first group holds 1–3 digits, every later one exactly 3.
      if (digits_in_group == 0 || digits_in_group > 3 || (grouped && digits_in_group != 3)) {
        return std::nullopt;
      }
      grouped = true;
      digits_in_group = 0;
      continue;
    }
    if (!IsAsciiDigit(c)) return std::nullopt;
    if (++digits_total > 16) return std::nullopt;
    ++digits_in_group;
    value = value * 10 + (c - U'0');
  }
  if (digits_in_group == 0 || (grouped && digits_in_group != 3)) return std::nullopt;
  if (value >= kAmountLimit) return std::nullopt;
  return value;
}

std::optional<int> KoreanDigit(char32_t c) {
  switch (c) {
    case U'일': return 1;
    case U'이': return 2;
    case U'삼': return 3;
    case U'사': return 4;
    case U'오': return 5;
    case U'육': case U'륙': return 6;
    case U'칠': return 7;
    case U'팔': return 8;
    case U'구': return 9;
    default: return std::nullopt;
  }
}

std::optional<int64_t> SmallUnit(char32_t c) {
  switch (c) {
    case U'십': return 10;
    case U'백': return 100;
    case U'천': return 1000;
    default: return std::nullopt;
  }
}

std::optional<int64_t> BigUnit(char32_t c) {
  switch (c) {
    case U'만': return 10'000;
    case U'억': return 100'000'000;
    case U'조': return 1'000'000'000'000;
    default: return std::nullopt;
  }
}

// Korean number words, optionally with Arabic coefficients ("330만", "1억2,345만").
// The number is built the way it is read: small units (십백천) accumulate a section below
// 만; a big unit (만억조) multiplies the section and adds it to the total.
std::optional<ParsedAmount> ParseNumberWords(std::u32string_view s) {
  constexpr int64_t kNone = -1;  // no coefficient read since the last unit
  int64_t total = 0;
  int64_t section = 0;
  int64_t coefficient = kNone;
  int64_t last_small = 10'000;      // small units must decrease within a section
  int64_t last_big = kAmountLimit;  // big units must decrease
  bool saw_words = false, saw_digits = false;
  size_t i = 0;
  while (i < s.size()) {
    char32_t c = s[i];
    if (IsAsciiDigit(c)) {
      size_t end = i;
      while (end < s.size() && (IsAsciiDigit(s[end]) || IsThousandsSeparator(s[end]))) ++end;
      std::optional<int64_t> value = ParseDigitGroups(s.substr(i, end - i));
      if (!value || coefficient != kNone) return std::nullopt;
      coefficient = *value;
      saw_digits = true;
      i = end;
      continue;
    }
    ++i;
    if (std::optional<int> digit = KoreanDigit(c)) {
      if (coefficient != kNone) return std::nullopt;  // "삼사" is not a number
      coefficient = *digit;
      saw_words = true;
    } else if (std::optional<int64_t> unit = SmallUnit(c)) {
      const int64_t times = coefficient == kNone ? 1 : coefficient;  // "십" = 일십
      if (*unit >= last_small || times >= 10 || times == 0) return std::nullopt;
      section += times * *unit;
      coefficient = kNone;
      last_small = *unit;
      saw_words = true;
    } else if (std::optional<int64_t> big = BigUnit(c)) {
      if (*big >= last_big || coefficient >= last_small) return std::nullopt;
      int64_t multiplier = section + (coefficient == kNone ? 0 : coefficient);
      if (multiplier == 0) {
        if (coefficient != kNone) return std::nullopt;  // "0만"
        multiplier = 1;                                 // "만원" = 10000
      }
      total += multiplier * *big;
      section = 0;
      coefficient = kNone;
      last_small = 10'000;
      last_big = *big;
      saw_words = true;
    } else {
      return std::nullopt;
    }
  }
  if (coefficient >= last_small) return std::nullopt;
  total += section + (coefficient == kNone ? 0 : coefficient);
  if (!saw_words || total >= kAmountLimit) return std::nullopt;
  return ParsedAmount{total, saw_digits ? AmountForm::kMixed : AmountForm::kWords};
}

// ---------------------------------------------------------------------------------------------
// Dates

// Reads a run of ASCII digits at `*pos`; returns its value when its length is in [min, max].
std::optional<int> ReadNumber(std::u32string_view s, size_t* pos, size_t min_len,
                              size_t max_len) {
  size_t end = *pos;
  while (end < s.size() && IsAsciiDigit(s[end])) ++end;
  size_t len = end - *pos;
  if (len < min_len || len > max_len) return std::nullopt;
  int value = 0;
  for (size_t i = *pos; i < end; ++i) value = value * 10 + static_cast<int>(s[i] - U'0');
  *pos = end;
  return value;
}

std::string FormatIsoDate(int year, int month, int day) {
  // Callers pass a validated calendar date, so the fields have exactly 4, 2 and 2 digits.
  std::string iso = "0000-00-00";
  for (int k = 3; k >= 0; --k, year /= 10) iso[k] = static_cast<char>('0' + year % 10);
  iso[5] = static_cast<char>('0' + month / 10);
  iso[6] = static_cast<char>('0' + month % 10);
  iso[8] = static_cast<char>('0' + day / 10);
  iso[9] = static_cast<char>('0' + day % 10);
  return iso;
}

// Parses one date starting at `*pos` (compacted text) and moves `*pos` past it.
std::optional<std::string> ParseDateAt(std::u32string_view s, size_t* pos) {
  size_t i = *pos;
  size_t run_end = i;
  while (run_end < s.size() && IsAsciiDigit(s[run_end])) ++run_end;
  int year = 0, month = 0, day = 0;
  if (run_end - i == 8) {  // 20260512
    auto number = [&](size_t from, size_t len) {
      int v = 0;
      for (size_t k = from; k < from + len; ++k) v = v * 10 + static_cast<int>(s[k] - U'0');
      return v;
    };
    year = number(i, 4);
    month = number(i + 4, 2);
    day = number(i + 6, 2);
    i = run_end;
  } else {
    std::optional<int> y = ReadNumber(s, &i, 4, 4);
    if (!y || i >= s.size()) return std::nullopt;
    // A dot misread as a colon or a comma ("2026.05:13"): one of the two is still a dot.
    auto dot_like = [](char32_t c) { return c == U'.' || c == U':' || c == U','; };
    const char32_t first_separator = s[i];
    const char32_t separator = dot_like(first_separator) ? U'.' : first_separator;
    // A space: the year, month and day printed in the columns of a 년 | 월 | 일 header.
    if (separator != U'-' && separator != U'.' && separator != U'/' && separator != U'년' &&
        separator != U' ') {
      return std::nullopt;
    }
    const bool korean = separator == U'년';
    ++i;
    size_t run = i;
    while (run < s.size() && IsAsciiDigit(s[run])) ++run;
    // OCR may leave nothing between the month and the day: "2026.0716".
    if (run - i == 4 && (first_separator == U'.' || first_separator == U'-' || first_separator == U'/')) {
      year = *y;
      month = (s[i] - U'0') * 10 + (s[i + 1] - U'0');
      day = (s[i + 2] - U'0') * 10 + (s[i + 3] - U'0');
      i = run;
      if (i < s.size() && separator == U'.' && s[i] == U'.') ++i;
      if (!IsValidCalendarDate(year, month, day)) return std::nullopt;
      *pos = i;
      return FormatIsoDate(year, month, day);
    }
    std::optional<int> m = ReadNumber(s, &i, 1, 2);
    if (!m || i >= s.size()) return std::nullopt;
    const bool second_matches =
        separator == U'.' ? dot_like(s[i]) && (first_separator == U'.' || s[i] == U'.')
                          : s[i] == (korean ? U'월' : separator);
    // OCR drops a thin second separator and leaves the gap: "2026-05 20".
    if (!second_matches && (korean || s[i] != U' ')) return std::nullopt;
    ++i;
    std::optional<int> d = ReadNumber(s, &i, 1, 2);
    if (!d) return std::nullopt;
    // Optional terminator: "12일", "2026. 5. 12."
    if (i < s.size() && ((korean && s[i] == U'일') || (separator == U'.' && s[i] == U'.'))) ++i;
    year = *y;
    month = *m;
    day = *d;
  }
  if (!IsValidCalendarDate(year, month, day)) return std::nullopt;
  *pos = i;
  return FormatIsoDate(year, month, day);
}

// Skips an optional time of day after a date: "00:00", "00:00:00", "00시", "24시00분".
void SkipTimeOfDay(std::u32string_view s, size_t* pos) {
  size_t i = *pos;
  if (i < s.size() && s[i] == U' ') ++i;
  if (!ReadNumber(s, &i, 1, 2) || i >= s.size()) return;
  if (s[i] == U':') {
    ++i;
    if (!ReadNumber(s, &i, 2, 2)) return;
    if (i < s.size() && s[i] == U':') {
      size_t seconds = i + 1;
      if (ReadNumber(s, &seconds, 2, 2)) i = seconds;
    }
    *pos = i;
  } else if (s[i] == U'시') {
    ++i;
    size_t minutes = i;
    if (ReadNumber(s, &minutes, 1, 2) && minutes < s.size() && s[minutes] == U'분') {
      i = minutes + 1;
    }
    *pos = i;
  }
}

// Like Compact(), but a space between two digits survives as one ' ': there it separates a
// date from a time ("2026-04-01 00:00"), and dropping it would glue "01" and "00" together.
std::u32string CompactDateText(std::string_view text) {
  std::u32string folded;
  for (char32_t c : DecodeUtf8(text)) folded.push_back(IsSpace(c) ? U' ' : FoldWidth(c));
  std::u32string out;
  for (size_t i = 0; i < folded.size(); ++i) {
    // OCR reads a thin hyphen as "=" or "~", and may see it twice ("2026=-05-28").
    if ((folded[i] == U'=' || folded[i] == U'~') && i > 0 && IsAsciiDigit(folded[i - 1]))
      folded[i] = U'-';
    if (folded[i] == U'-' && !out.empty() && out.back() == U'-') continue;
    if (folded[i] != U' ') {
      out.push_back(folded[i]);
      continue;
    }
    size_t next = i;
    while (next < folded.size() && folded[next] == U' ') ++next;
    if (!out.empty() && IsAsciiDigit(out.back()) && next < folded.size() &&
        IsAsciiDigit(folded[next])) {
      out.push_back(U' ');
    }
    i = next - 1;
  }
  return ReadConfusedDigits(std::move(out), U".-/:");
}

// ---------------------------------------------------------------------------------------------
// Business numbers

constexpr std::array<int, 9> kBrnWeights = {1, 3, 7, 1, 3, 7, 1, 3, 5};

// Digit pairs Tesseract confuses in printed numbers (normalize.h lists them).
constexpr std::array<std::pair<char, char>, 9> kDigitConfusions = {{
    {'0', '8'}, {'0', '6'}, {'1', '7'}, {'2', '7'}, {'3', '8'},
    {'3', '5'}, {'5', '6'}, {'6', '8'}, {'4', '9'},
}};

// ---------------------------------------------------------------------------------------------
// Names

bool IsPunctuation(char32_t c) {
  if (c < 0x80) return !(IsAsciiDigit(c) || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'));
  return (c >= 0x00A1 && c <= 0x00BF) || c == 0x00D7 || (c >= 0x2010 && c <= 0x206F) ||
         (c >= 0x3001 && c <= 0x303F) || c == 0x30FB || c == kReplacement;
}

// Folds widths, expands the enclosed legal-form signs and drops whitespace; the common first
// step of name and bank keys.
std::u32string FoldForKey(std::string_view text) {
  std::u32string out;
  for (char32_t c : DecodeUtf8(text)) {
    if (IsSpace(c)) continue;
    switch (c) {
      case 0x321C: case 0x3231: out += U"(주)"; break;  // ㈜ ㈱
      case 0x3232: out += U"(유)"; break;              // ㈲
      case 0x3233: out += U"(사)"; break;              // ㈳
      case 0x3236: out += U"(재)"; break;              // ㈶
      default: out.push_back(FoldWidth(c));
    }
  }
  return out;
}

std::string FinishKey(const std::u32string& folded) {
  std::u32string key;
  for (char32_t c : folded) {
    if (IsPunctuation(c)) continue;
    key.push_back(c >= U'A' && c <= U'Z' ? c - U'A' + U'a' : c);
  }
  return EncodeUtf8(key);
}

// Legal-form marks, longest first so a shorter mark never eats part of a longer one.
constexpr std::u32string_view kLegalForms[] = {
    U"농업회사법인", U"영농조합법인", U"유한책임회사", U"주식회사", U"유한회사", U"합자회사",
    U"합명회사",     U"사단법인",     U"재단법인",     U"株式會社", U"株式会社", U"(주)",
    U"(유)",         U"(사)",         U"(재)",         U"(합)",     U"(株)",     U"(有)",
};

void RemoveAll(std::u32string* s, std::u32string_view needle) {
  for (size_t at = s->find(needle); at != std::u32string::npos; at = s->find(needle, at)) {
    s->erase(at, needle.size());
  }
}

// ---------------------------------------------------------------------------------------------
// Hangul

constexpr char32_t kSyllableFirst = 0xAC00;
constexpr std::array<char32_t, 19> kLeadingJamo = {
    0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145,
    0x3146, 0x3147, 0x3148, 0x3149, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E};
constexpr char32_t kFirstVowelJamo = 0x314F;  // ㅏ … ㅣ (21 vowels) are contiguous
constexpr std::array<char32_t, 27> kTrailingJamo = {
    0x3131, 0x3132, 0x3133, 0x3134, 0x3135, 0x3136, 0x3137, 0x3139, 0x313A,
    0x313B, 0x313C, 0x313D, 0x313E, 0x313F, 0x3140, 0x3141, 0x3142, 0x3144,
    0x3145, 0x3146, 0x3147, 0x3148, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E};

}  // namespace

// ---------------------------------------------------------------------------------------------
// UTF-8

namespace {

// Length of the well-formed sequence at `i`, or 0 when the byte there starts none.
size_t WellFormedLength(std::string_view s, size_t i, char32_t* code_point) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b0 = byte(i);
  if (b0 < 0x80) {
    *code_point = b0;
    return 1;
  }
  size_t len;
  char32_t cp;
  char32_t min;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  *code_point = cp;
  return len;
}

}  // namespace

std::u32string DecodeUtf8(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    char32_t cp = 0;
    size_t len = WellFormedLength(utf8, i, &cp);
    if (len == 0) {
      out.push_back(kReplacement);
      ++i;
    } else {
      out.push_back(cp);
      i += len;
    }
  }
  return out;
}

std::string EncodeUtf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t c : text) {
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = kReplacement;
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

bool IsValidUtf8(std::string_view text, size_t* bad_offset) {
  for (size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    size_t len = WellFormedLength(text, i, &cp);
    if (len == 0) {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    i += len;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Amounts

std::optional<ParsedAmount> ParseAmount(std::string_view text) {
  std::u32string s = Compact(text);
  // Prefixes may stack ("금 ₩1,234,000", "금 ***1,820,000원": asterisks guard the sum against
  // a digit written in front); strip them until none is left.
  for (bool stripped = true; stripped && !s.empty();) {
    stripped = false;
    for (std::u32string_view prefix : {U"KRW", U"krw", U"일금", U"금", U"₩", U"W", U"w", U"\\", U"*"}) {
      if (StartsWith(s, prefix)) {
        s.erase(0, prefix.size());
        stripped = true;
        break;
      }
    }
  }
  if (EndsWith(s, U"정")) s.pop_back();
  if (EndsWith(s, U"원")) s.pop_back();
  if (s.empty()) return std::nullopt;

  s = ReadConfusedDigits(std::move(s), U",.");
  bool digits_only = std::all_of(s.begin(), s.end(), [](char32_t c) {
    return IsAsciiDigit(c) || IsThousandsSeparator(c);
  });
  if (digits_only) {
    std::optional<int64_t> value = ParseDigitGroups(s);
    if (!value) return std::nullopt;
    return ParsedAmount{*value, AmountForm::kDigits};
  }
  return ParseNumberWords(s);
}

// ---------------------------------------------------------------------------------------------
// Dates

bool IsValidCalendarDate(int year, int month, int day) {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int days = kDaysInMonth[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= days;
}

bool IsIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  int parts[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (size_t k = starts[p]; k < starts[p] + lengths[p]; ++k) {
      if (text[k] < '0' || text[k] > '9') return false;
      parts[p] = parts[p] * 10 + (text[k] - '0');
    }
  }
  return IsValidCalendarDate(parts[0], parts[1], parts[2]);
}

std::optional<std::string> ParseDate(std::string_view text) {
  std::u32string s = CompactDateText(text);
  size_t pos = 0;
  std::optional<std::string> date = ParseDateAt(s, &pos);
  // A time OCR glued to the day ("2026.11.1218:09:03"): the two digits before the first
  // colon are the hour.
  if (const size_t colon = s.find(U':'); !date && colon != std::u32string::npos && colon >= 2) {
    s = s.substr(0, colon - 2) + U' ' + s.substr(colon - 2);
    pos = 0;
    date = ParseDateAt(s, &pos);
  }
  if (date) SkipTimeOfDay(s, &pos);
  if (!date || pos != s.size()) return std::nullopt;
  return date;
}

std::optional<Period> ParsePeriod(std::string_view text) {
  std::u32string s = CompactDateText(text);
  size_t pos = 0;
  std::optional<std::string> start = ParseDateAt(s, &pos);
  if (!start) return std::nullopt;
  SkipTimeOfDay(s, &pos);

  bool connected = false;
  for (bool advanced = true; advanced;) {
    advanced = false;
    for (std::u32string_view connector : {U"부터", U"~", U"-"}) {
      if (StartsWith(std::u32string_view(s).substr(pos), connector)) {
        pos += connector.size();
        connected = advanced = true;
        break;
      }
    }
  }
  if (!connected) return std::nullopt;

  std::optional<std::string> end = ParseDateAt(s, &pos);
  if (!end) return std::nullopt;
  SkipTimeOfDay(s, &pos);
  // "까지" closes the period; a sentence may go on after it ("…30일까지입니다").
  if (StartsWith(std::u32string_view(s).substr(pos), U"까지")) pos = s.size();
  if (pos != s.size() || *end < *start) return std::nullopt;  // ISO dates sort as strings
  return Period{*start, *end};
}

// ---------------------------------------------------------------------------------------------
// Business numbers

std::optional<std::string> NormalizeBrn(std::string_view text) {
  const std::u32string separators(kBrnSeparators.begin(), kBrnSeparators.end());
  std::u32string s = ReadConfusedDigits(Compact(text), separators);
  std::string digits;
  std::vector<size_t> groups = {0};
  for (size_t i = 0; i < s.size(); ++i) {
    const char32_t c = s[i];
    if (separators.find(c) != std::u32string::npos) {
      // A separator read twice ("899-—32-…") parts two groups once.
      if (i == 0 || separators.find(s[i - 1]) == std::u32string::npos) groups.push_back(0);
    } else if (IsAsciiDigit(c)) {
      digits.push_back(static_cast<char>(c));
      ++groups.back();
    } else {
      return std::nullopt;
    }
  }
  if (digits.size() != 10) return std::nullopt;
  if (groups.size() > 1 && groups != std::vector<size_t>{3, 2, 5}) return std::nullopt;
  return digits;
}

bool BrnCheckDigitValid(std::string_view digits) {
  if (digits.size() != 10 ||
      !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  int sum = 0;
  for (size_t i = 0; i < kBrnWeights.size(); ++i) sum += (digits[i] - '0') * kBrnWeights[i];
  sum += (digits[8] - '0') * 5 / 10;
  return digits[9] - '0' == (10 - sum % 10) % 10;
}

bool OneLookAlikeApart(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  int differ = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] == b[i]) continue;
    const bool look_alike = std::any_of(kDigitConfusions.begin(), kDigitConfusions.end(),
                                        [&](const std::pair<char, char>& pair) {
                                          return (pair.first == a[i] && pair.second == b[i]) ||
                                                 (pair.first == b[i] && pair.second == a[i]);
                                        });
    if (!look_alike || ++differ > 1) return false;
  }
  return differ == 1;
}

std::optional<BrnRepair> RepairBrn(std::string_view text) {
  std::optional<std::string> digits = NormalizeBrn(text);
  if (!digits) return std::nullopt;
  if (BrnCheckDigitValid(*digits)) return BrnRepair{*digits, false, -1};

  std::set<std::string> candidates;
  int position = -1;
  for (size_t i = 0; i < digits->size(); ++i) {
    for (const auto& [a, b] : kDigitConfusions) {
      char read = (*digits)[i];
      if (read != a && read != b) continue;
      std::string candidate = *digits;
      candidate[i] = read == a ? b : a;
      if (BrnCheckDigitValid(candidate) && candidates.insert(candidate).second) {
        position = static_cast<int>(i);
      }
    }
  }
  if (candidates.size() != 1) return std::nullopt;
  return BrnRepair{*candidates.begin(), true, position};
}

// ---------------------------------------------------------------------------------------------
// Accounts

std::optional<std::string> NormalizeAccount(std::string_view text) {
  // "=" is a hyphen read double ("1004=239=242113"), "~" one read wavy ("26~-360"), "ㅋ" one
  // the Korean model read as a jamo in a round face ("2329 ㅋ 25").
  constexpr std::u32string_view kSeparators = U"-.=~ㅋ";
  std::u32string s = ReadConfusedDigits(Compact(text), kSeparators);
  std::string digits;
  for (char32_t c : s) {
    if (IsAsciiDigit(c)) {
      digits.push_back(static_cast<char>(c));
    } else if (kSeparators.find(c) == std::u32string_view::npos) {
      return std::nullopt;
    }
  }
  if (digits.size() < 10 || digits.size() > 16) return std::nullopt;
  return digits;
}

// ---------------------------------------------------------------------------------------------
// Names

std::string WithParticle(std::string_view word, std::string_view after_final,
                         std::string_view after_vowel) {
  const std::u32string chars = DecodeUtf8(word);
  std::string out(word);
  if (chars.empty() || !IsHangulSyllable(chars.back()))
    return out.append(after_final).append("(").append(after_vowel).append(")");
  const bool has_final = (chars.back() - 0xAC00) % 28 != 0;  // 28 finals per vowel, the first none
  return out.append(has_final ? after_final : after_vowel);
}

bool IsLegalFormMark(std::string_view text) {
  const std::u32string folded = FoldForKey(text);
  return std::find(std::begin(kLegalForms), std::end(kLegalForms), folded) != std::end(kLegalForms);
}

std::string NormalizeName(std::string_view text) {
  std::u32string folded = FoldForKey(text);
  for (std::u32string_view form : kLegalForms) RemoveAll(&folded, form);
  // A lone jamo is never part of a name: OCR makes one of a table rule or a speck (ㅣ).
  std::erase_if(folded, IsLoneJamo);
  // ㈜ printed as one glyph is read as the syllable 쥐, which no company name starts or ends
  // with; taken as the legal-form mark it stands for.
  // Its brackets may be read too, or one of them lost: "(쥐)", "(쥐…", "…쥐)".
  RemoveAll(&folded, U"(쥐)");
  if (folded.size() >= 4 && folded.starts_with(U"(쥐")) folded.erase(0, 2);
  if (folded.size() >= 4 && folded.ends_with(U"쥐)")) folded.resize(folded.size() - 2);
  if (folded.size() >= 3 && folded.front() == U'쥐') folded.erase(0, 1);
  if (folded.size() >= 3 && folded.back() == U'쥐') folded.pop_back();
  // One syllable in brackets at either end is a legal-form mark, read right or not: "(구)" and
  // "(수)" are (주) misread.
  auto bracketed_syllable = [&](size_t at) {
    return folded.size() >= at + 3 && folded[at] == U'(' && IsHangulSyllable(folded[at + 1]) &&
           folded[at + 2] == U')';
  };
  if (folded.size() > 3 && bracketed_syllable(0)) folded.erase(0, 3);
  if (folded.size() > 3 && bracketed_syllable(folded.size() - 3)) folded.resize(folded.size() - 3);
  return FinishKey(folded);
}

bool NamesMatch(std::string_view a, std::string_view b) {
  std::string key_a = NormalizeName(a);
  return !key_a.empty() && key_a == NormalizeName(b);
}

// ---------------------------------------------------------------------------------------------
// Banks

std::string NormalizeBankKey(std::string_view text) { return FinishKey(FoldForKey(text)); }

// Four syllables: a shorter bank name is one jamo from too many words to forgive a slip.
constexpr size_t kMisreadMinJamo = 8;

Status BankTable::Parse(std::string_view content, std::string_view name, BankTable* table) {
  BankTable parsed;
  size_t line_number = 0;
  while (!content.empty()) {
    size_t eol = content.find('\n');
    std::string_view line = content.substr(0, eol);
    content = eol == std::string_view::npos ? std::string_view() : content.substr(eol + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (NormalizeBankKey(line).empty() || line.front() == '#') continue;

    const std::string where = std::string(name) + ":" + std::to_string(line_number) + ": ";
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      return Status::InvalidArgument(where + "은행 이름과 별칭 사이에 탭이 없습니다");
    }
    std::string canonical(TrimSpaces(line.substr(0, tab)));
    if (NormalizeBankKey(canonical).empty()) {
      return Status::InvalidArgument(where + "대표 은행 이름이 비어 있습니다");
    }
    std::vector<std::string_view> names = {canonical};
    for (std::string_view aliases = line.substr(tab + 1); !aliases.empty();) {
      size_t bar = aliases.find('|');
      names.push_back(aliases.substr(0, bar));
      aliases = bar == std::string_view::npos ? std::string_view() : aliases.substr(bar + 1);
    }
    for (std::string_view alias : names) {
      std::string key = NormalizeBankKey(alias);
      if (key.empty()) continue;
      auto [it, inserted] = parsed.canonical_by_key_.emplace(key, canonical);
      if (!inserted && it->second != canonical) {
        return Status::InvalidArgument(where + "별칭 '" + std::string(alias) + "'이(가) '" +
                                       it->second + "'에도 등록되어 있습니다");
      }
    }
    ++parsed.bank_count_;
  }
  for (const auto& [key, canonical] : parsed.canonical_by_key_) {
    std::u32string jamo = DecomposeJamo(key);
    if (jamo.size() >= kMisreadMinJamo) parsed.misreadable_.emplace_back(std::move(jamo), canonical);
  }
  *table = std::move(parsed);
  return Status::OK();
}

Status BankTable::Load(const std::string& path, BankTable* table) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": 은행 목록 파일을 열 수 없습니다");
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": 은행 목록 파일을 읽을 수 없습니다");
  return Parse(content.str(), path, table);
}

std::optional<std::string> BankTable::Canonical(std::string_view text) const {
  auto it = canonical_by_key_.find(NormalizeBankKey(text));
  if (it == canonical_by_key_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> BankTable::Misread(std::string_view text) const {
  const std::u32string read = DecomposeJamo(NormalizeBankKey(text));
  std::optional<std::string> nearest;
  for (const auto& [jamo, canonical] : misreadable_) {
    if (EditDistance(jamo, read) > 1) continue;
    if (nearest && *nearest != canonical) return std::nullopt;  // two banks: which one?
    nearest = canonical;
  }
  return nearest;
}

std::optional<std::string> NormalizeMisreadBank(std::string_view text) {
  return DefaultBankTable().Misread(text);
}

std::string DefaultBankTablePath() {
  const char* dir = std::getenv("DOCVAL_DATA_DIR");
  return std::string(dir != nullptr && *dir != '\0' ? dir : DOCVAL_DATA_DIR) + "/banks.tsv";
}

const BankTable& DefaultBankTable(Status* load_status) {
  struct Loaded {
    BankTable table;
    Status status;
  };
  static const Loaded loaded = [] {
    Loaded result;
    result.status = BankTable::Load(DefaultBankTablePath(), &result.table);
    return result;
  }();
  if (load_status) *load_status = loaded.status;
  return loaded.table;
}

std::optional<std::string> NormalizeBank(std::string_view text) {
  return DefaultBankTable().Canonical(text);
}

// ---------------------------------------------------------------------------------------------
// Hangul

std::u32string DecomposeJamo(std::string_view utf8) {
  std::u32string out;
  for (char32_t c : DecodeUtf8(utf8)) {
    if (IsHangulSyllable(c)) {
      const char32_t index = c - kSyllableFirst;
      out.push_back(kLeadingJamo[index / 588]);
      out.push_back(kFirstVowelJamo + (index % 588) / 28);
      if (index % 28 != 0) out.push_back(kTrailingJamo[index % 28 - 1]);
    } else if (c >= 0x1100 && c <= 0x1112) {
      out.push_back(kLeadingJamo[c - 0x1100]);
    } else if (c >= 0x1161 && c <= 0x1175) {
      out.push_back(kFirstVowelJamo + (c - 0x1161));
    } else if (c >= 0x11A8 && c <= 0x11C2) {
      out.push_back(kTrailingJamo[c - 0x11A8]);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

size_t EditDistance(std::u32string_view a, std::u32string_view b) {
  if (a.size() < b.size()) std::swap(a, b);  // keep the row as short as possible
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      diagonal = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitute});
    }
  }
  return row[b.size()];
}

size_t JamoEditDistance(std::string_view a, std::string_view b) {
  return EditDistance(DecomposeJamo(a), DecomposeJamo(b));
}

double JamoSimilarity(std::string_view a, std::string_view b) {
  std::u32string ja = DecomposeJamo(a), jb = DecomposeJamo(b);
  size_t longest = std::max(ja.size(), jb.size());
  if (longest == 0) return 1.0;
  return 1.0 - static_cast<double>(EditDistance(ja, jb)) / static_cast<double>(longest);
}

}  // namespace docval
