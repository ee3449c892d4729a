#include "pipeline/extract.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cmath>
#include <cstring>
#include <deque>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <set>

#include "pipeline/layout.h"
#include "pipeline/normalize.h"

namespace docval {
namespace {

// ----------------------------------------------------------------------------------------
// Candidates: a run of value words next to a label.

struct ValueWord {
  std::string text;
  float confidence = 1.0f;
  BBox bbox;
};

struct Candidate {
  std::vector<ValueWord> words;
  double label_similarity = 1.0;
  int page = 1;
};

struct Parsed {
  std::string value;
  double factor = 1.0;   // how much the value's own checks vouch for it (check digit, …)
  size_t words_skipped = 0;  // leading separator words (":", "|") before the value
  size_t words_used = 0;     // words after those that make up the value
  // Business numbers only: the digits as read when they fail the check digit (empty when they
  // pass). A second read that gives the same digits means the paper says so.
  std::string failed_check;
  // Identifiers only: the value is part of the word it was read from, which has more digits
  // ("100-000-2026" of "100-000-2026-/813863"): a piece of a misread, not the whole value.
  bool fragment = false;
  // Amounts only: printed in words and in figures that agree, or differ only by a glyph
  // before the figures (a ₩ or comma read as "1").
  bool words_and_figures = false;
};

// A text layer's words are what was printed (Poppler gives them confidence 1).
bool FromTextLayer(const std::vector<ValueWord>& words, size_t count) {
  return count > 0 && std::all_of(words.begin(), words.begin() + std::min(count, words.size()),
                                  [](const ValueWord& w) { return w.confidence >= 0.999f; });
}

std::string Join(const std::vector<ValueWord>& words, size_t count, const char* sep = " ") {
  std::string out;
  for (size_t i = 0; i < count && i < words.size(); ++i) {
    if (i) out += sep;
    out += words[i].text;
  }
  return out;
}

// How many of the first words a match ending at byte `end` of Join(words, …, sep) reaches
// into: the value's own words, not the next column's ("연락처 010-…" after a number).
size_t WordsReached(const std::vector<ValueWord>& words, size_t end, size_t sep_size) {
  size_t at = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    at += words[i].text.size();
    if (at >= end) return i + 1;
    at += sep_size;
  }
  return words.size();
}

// Joins words the way they are printed: Tesseract often splits a Korean word into syllables
// ("미 래 기술"), so a space is kept only where the gap between boxes is a real word gap.
std::string JoinAsPrinted(const std::vector<ValueWord>& words, size_t count) {
  std::string out;
  for (size_t i = 0; i < count && i < words.size(); ++i) {
    if (i) {
      const BBox& a = words[i - 1].bbox;
      const BBox& b = words[i].bbox;
      bool boxed = !a.empty() && !b.empty();
      int gap = b.x - (a.x + a.w);
      int height = std::max(1, std::min(a.h, b.h));
      // Measured on Tesseract's boxes of printed Korean: gaps between syllables of one word
      // run to 0.35 of the box height, word spaces from 0.5 up.
      if (!boxed || gap > height * 0.45) out += ' ';
    }
    out += words[i].text;
  }
  return out;
}

// Names as printed. A text layer's words are the printed words. OCR word boxes of Korean are
// too uneven to tell a space from a syllable gap (measured: gaps inside "다온피자" of 0.3–1.2
// box heights), so OCR names are written without spaces, except the space that by
// convention separates a legal form from the name ("주식회사 디지털스토어").
std::string NameAsPrinted(const std::vector<ValueWord>& words, size_t count) {
  if (FromTextLayer(words, count)) return Join(words, count);
  std::string compact = Join(words, count, "");
  for (const std::string form : {"주식회사", "유한회사", "합자회사", "사단법인", "재단법인"}) {
    if (compact.size() > form.size() && compact.compare(0, form.size(), form) == 0)
      return form + " " + compact.substr(form.size());
    if (compact.size() > form.size() &&
        compact.compare(compact.size() - form.size(), form.size(), form) == 0)
      return compact.substr(0, compact.size() - form.size()) + " " + form;
  }
  return compact;
}

// The ASCII digits of `s`, in order.
std::string DigitsIn(std::string_view s) {
  std::string digits;
  for (char c : s)
    if (c >= '0' && c <= '9') digits.push_back(c);
  return digits;
}

bool HasDigit(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string StripPunctuation(std::string s) {
  // Before a value: separators after its label (":", "/" in "받는분/보낸분"), a table's rule,
  // the closing bracket of the label's note, quotes and specks.
  static const std::vector<std::string_view> kLead = {
      ":", "：", ";", "；", "-", "/", "|", "｜", ".", "·", "ㆍ", "•", "、", "。", "]", ")", "」",
      "[", "【", "「", "'", "\"", "‘", "’", "“", "”", "`", ",", "_", " "};
  // After it: a table rule or the frame of a phone screen read as a stroke ("별빛식당||"), not
  // a closing bracket, which "미래기술(주)" ends with.
  static const std::vector<std::string_view> kTrail = {" ", ":", "：", ";", "|", "｜", "[",
                                                       "]", "「", "」", "【", "】", "_"};
  auto strip = [&s](const std::vector<std::string_view>& affixes, bool front) {
    for (bool stripped = true; stripped && !s.empty();) {
      stripped = false;
      for (std::string_view a : affixes) {
        if (s.size() < a.size()) continue;
        const size_t at = front ? 0 : s.size() - a.size();
        if (s.compare(at, a.size(), a) != 0) continue;
        s.erase(at, a.size());
        stripped = true;
      }
    }
  };
  strip(kLead, true);
  strip(kTrail, false);
  return s;
}

// An identifier as compared: letters and digits only, lower case ("2026…-3A4B…" → "2026…3a4b…").
std::string NormalizeCode(std::string_view text) {
  std::string code;
  for (char c : text)
    if (std::isalnum(static_cast<unsigned char>(c)))
      code += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return code;
}

// An identifier's look-alike letters read as the digits they stand for: the Latin model reads
// a hex identifier's 1 as l ("…1f9clble" for "…1f9c1b1e"), and no identifier holds l, I, |,
// O or o.
std::string IdentifierLookAlikesRead(std::string text) {
  for (char& c : text) {
    if (c == 'l' || c == 'I' || c == '|') c = '1';
    else if (c == 'O' || c == 'o') c = '0';
  }
  return text;
}

// Syllables no business or person is named with, read for a look-alike that names use often:
// 빚 (debt) for 빛 (light), one short stroke apart ("한빚정보통신", "별빚포차").
std::string MendLookAlikeSyllables(std::string name) {
  static constexpr std::pair<std::string_view, std::string_view> kMisreads[] = {{"빚", "빛"}};
  for (const auto& [misread, meant] : kMisreads)
    for (size_t at = name.find(misread); at != std::string::npos; at = name.find(misread, at))
      name.replace(at, misread.size(), meant);
  return name;
}

// The legal-form mark as printed, where OCR garbled it. "(주)" with its closing bracket read as
// another stroke or lost ("나래시스템(주[", "(주온오더") gets it back. ㈜ printed as one glyph
// comes back as the syllable 쥐, with or without brackets ("쥐키오스크랩", "(쥐스마트미러",
// "페이앤오더쥐"): reported as the mark it is. A name of at most two syllables after it (쥐포)
// is left alone.
std::string RestoreLegalFormMark(const std::string& name) {
  std::u32string s = DecodeUtf8(name);
  // "(주)" with its closing bracket misread or lost: "나래시스템(주[", "(주온오더".
  for (size_t at = s.find(U"(주"); at != std::u32string::npos; at = s.find(U"(주", at + 1)) {
    const size_t after = at + 2;
    if (after == s.size()) {
      s.push_back(U')');
    } else if (s[after] == U'[' || s[after] == U']' || s[after] == U'|' || s[after] == U'1' ||
               s[after] == U'l' || s[after] == U'}' || s[after] == U'{') {
      s[after] = U')';
    } else if (IsHangulSyllable(s[after]) && at == 0) {
      s.insert(after, 1, U')');
    }
  }
  // "(주)" with its opening bracket lost and the closing one misread: "주!로봇서브", "주|…".
  if (s.size() >= 5 && s[0] == U'주' && std::u32string_view(U")!|]1l}").find(s[1]) != std::u32string_view::npos &&
      IsHangulSyllable(s[2]))
    s = U"(주)" + s.substr(2);
  // ㈜ as one glyph: read as the syllable 쥐, or as a circled sign right before the name.
  for (std::u32string_view misread : {U"(쥐)", U"(쥐", U"쥐", U"뛰", U"줘", U"@", U"©", U"®"}) {
    const bool sign = misread.size() == 1 && !IsHangulSyllable(misread[0]);
    if (s.size() >= misread.size() + 3 && s.starts_with(misread) &&
        (!sign || IsHangulSyllable(s[misread.size()]))) {
      std::u32string out(1, U'㈜');
      out.append(s, misread.size());
      return EncodeUtf8(out);
    }
  }
  for (std::u32string_view misread : {U"(쥐)", U"쥐)", U"쥐"}) {
    if (s.size() >= misread.size() + 3 && s.ends_with(misread)) {
      std::u32string out(s, 0, s.size() - misread.size());
      out.push_back(U'㈜');
      return EncodeUtf8(out);
    }
  }
  return EncodeUtf8(s);
}

// `words` with each word cut before "(" and after ")" ("이백만원정(₩2,000,000)이고," →
// "이백만원정" "(₩2,000,000)" "이고,"); `origin` says which word each piece came from.
std::vector<ValueWord> SplitAtBrackets(const std::vector<ValueWord>& words,
                                       std::vector<size_t>* origin) {
  std::vector<ValueWord> pieces;
  origin->clear();
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& text = words[i].text;
    size_t start = 0;
    for (size_t at = 0; at <= text.size(); ++at) {
      const bool cut = at == text.size() || (text[at] == '(' && at > start) ||
                       (at > start && text[at - 1] == ')');
      if (!cut) continue;
      if (at > start) {
        pieces.push_back(ValueWord{text.substr(start, at - start), words[i].confidence, words[i].bbox});
        origin->push_back(i);
      }
      start = at;
    }
  }
  return pieces;
}

// The OCR-confusable characters that may stand for digits inside a number.
const char* kDigitish = "[0-9OoIl|SB]";

// A name read with a glyph Tesseract could not place: a lone jamo, a "?" or a digit between
// syllables. No business or person is named so.
bool IsGarbledName(const std::string& name) {
  const std::u32string cps = DecodeUtf8(name);
  for (size_t i = 0; i < cps.size(); ++i)
    if (IsUnplacedGlyph(cps, i)) return true;
  return false;
}

// Words of address printed after a name: "귀하" and "앞" (to …), "님" and "고객님" (Mr/Ms …,
// "(주)로봇서브 님" on a bankbook), with a particle in a sentence ("바다안경 님의 계좌").
constexpr std::string_view kHonorifics[] = {"귀하", "고객님", "님", "님의", "님께서", "님께", "앞"};

bool IsHonorific(std::string_view word) {
  return std::find(std::begin(kHonorifics), std::end(kHonorifics), word) != std::end(kHonorifics);
}

// `name` without an address word glued to its end ("사이니지코리아님").
std::string WithoutHonorific(std::string name) {
  for (std::string_view h : kHonorifics)
    if (DecodeUtf8(name).size() >= DecodeUtf8(h).size() + 2 && name.ends_with(h))
      return StripPunctuation(name.substr(0, name.size() - h.size()));
  return name;
}

std::optional<Parsed> ParseByType(FieldType type, const std::string& pattern,
                                  std::vector<ValueWord> words) {
  // Leading separators (":", "|" from a table border) are not part of any value.
  size_t skipped = 0;
  while (!words.empty()) {
    std::string t = StripPunctuation(words.front().text);
    if (t.empty()) {
      words.erase(words.begin());
      ++skipped;
      continue;
    }
    words.front().text = t;
    break;
  }
  if (words.empty()) return std::nullopt;
  size_t n = words.size();
  Parsed p;
  p.words_skipped = skipped;
  switch (type) {
    case FieldType::kAmount: {
      // Certificates print the amount twice, in words and in figures ("금 일백만원정
      // (₩1,000,000)"): read every span, and let the two forms check each other. A text
      // layer gives the two forms as one word with the sentence glued on
      // ("사백육만원정(₩4,060,000)이고,"): brackets split it.
      std::vector<size_t> origin;
      const std::vector<ValueWord> pieces = SplitAtBrackets(words, &origin);
      const std::vector<ValueWord>& words = pieces;
      const size_t n = words.size();
      std::optional<ParsedAmount> words_form, digits_form;
      size_t used = 0;
      // "2,272,727" is a whole number by itself (a comma may be read as a full stop): a span
      // never joins it to the next word, or two table cells ("2,272,727 227,273") would read
      // as one amount. Nor does a span cross a gap wider than a few characters: that is the
      // next cell ("1,210,000 | | 1,210,000" read as one number through the rules).
      static const std::regex complete(R"(^[(₩W\\]*\d{1,3}([,.]\d{3})+(원)?[)]?$)");
      // Matched once per word: the spans below ask again and again.
      std::vector<bool> whole(n);
      size_t last_whole = n;  // n: none
      for (size_t i = 0; i < n; ++i)
        if ((whole[i] = std::regex_match(words[i].text, complete))) last_whole = i;
      auto cell_gap_before = [&](size_t i) {
        const BBox& a = words[i - 1].bbox;
        const BBox& b = words[i].bbox;
        return !a.empty() && !b.empty() && b.x - (a.x + a.w) > 3 * std::max(a.h, b.h);
      };
      for (size_t start = 0; start < std::min<size_t>(n, 16); ++start) {
        size_t max_k = std::min<size_t>(n - start, 16);
        for (size_t i = start; i < start + max_k; ++i) {
          if (i > start && cell_gap_before(i)) {
            max_k = i - start;
            break;
          }
          if (whole[i]) {
            max_k = i - start + 1;
            if (i + 1 < n && words[i + 1].text == "원") ++max_k;
            break;
          }
        }
        for (size_t k = max_k; k >= 1; --k) {
          std::vector<ValueWord> span(words.begin() + start, words.begin() + start + k);
          std::string text = Join(span, k);
          // "(₩1,000,000)": brackets around the figures.
          if (!text.empty() && text.front() == '(') text.erase(0, 1);
          if (!text.empty() && text.back() == ')') text.pop_back();
          auto a = ParseAmount(text);
          if (!a) continue;
          // A bare figure before whole grouped figures ("1 … 1,122,000 원" on a photo) is a
          // speck or a list number, not the amount.
          const bool grouped_later = last_whole < n && last_whole >= start + k;
          if (grouped_later &&
              std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
            break;
          // A lone number word ("사" in "보험사고") is no sum: the sums these papers spell out
          // run to 만 (ten thousand) and more.
          if (a->form == AmountForm::kWords && a->won < 10000) continue;
          auto& slot = a->form == AmountForm::kWords ? words_form : digits_form;
          if (!slot) slot = a, used = std::max(used, start + k);
          start += k - 1;
          break;
        }
        if (words_form && digits_form) break;
      }
      if (!words_form && !digits_form) return std::nullopt;
      p.words_used = origin[used - 1] + 1;
      if (words_form && digits_form) {
        if (words_form->won == digits_form->won) {
          p.value = std::to_string(digits_form->won);
          p.factor = 1.2;
          p.words_and_figures = true;
        } else {
          // The figures are usually the better read, except when the ₩ sign became a digit.
          std::string figures = std::to_string(digits_form->won);
          bool currency_misread =
              figures.size() > 1 && figures.substr(1) == std::to_string(words_form->won);
          p.value = currency_misread ? std::to_string(words_form->won) : figures;
          p.factor = currency_misread ? 0.9 : 0.5;
          p.words_and_figures = currency_misread;
        }
      } else {
        p.value = std::to_string((words_form ? words_form : digits_form)->won);
      }
      return p;
    }
    case FieldType::kDate:
      for (size_t k = std::min<size_t>(n, 6); k >= 1; --k)
        if (auto d = ParseDate(Join(words, k))) {
          p.value = *d;
          p.words_used = k;
          return p;
        }
      return std::nullopt;
    case FieldType::kPeriodStart:
    case FieldType::kPeriodEnd: {
      // The rest of a label's word in a sentence ("보험기간은 2026년 …") comes first.
      size_t lead = 0;
      while (lead < n && lead < 2 && !HasDigit(words[lead].text)) ++lead;
      const std::vector<ValueWord> from_date(words.begin() + lead, words.end());
      for (size_t k = std::min<size_t>(from_date.size(), 14); k >= 1; --k)
        if (auto period = ParsePeriod(Join(from_date, k))) {
          p.value = type == FieldType::kPeriodStart ? period->start : period->end;
          p.words_skipped = skipped + lead;
          p.words_used = k;
          return p;
        }
    }
      {
        // The connector was misread ("~" as "쇼"): the first two dates, in order.
        std::vector<std::string> dates;
        size_t end_of_second = 0;
        for (size_t start = 0; start < std::min<size_t>(n, 14) && dates.size() < 2; ++start)
          for (size_t k = std::min<size_t>(n - start, 6); k >= 1; --k)
            if (auto d = ParseDate(Join(std::vector<ValueWord>(words.begin() + start,
                                                               words.begin() + start + k), k))) {
              dates.push_back(*d);
              start += k - 1;
              end_of_second = start + 1;
              break;
            }
        if (dates.size() == 2 && dates[0] <= dates[1]) {
          p.value = type == FieldType::kPeriodStart ? dates[0] : dates[1];
          p.factor = 0.85;
          p.words_used = end_of_second;
          return p;
        }
      }
      return std::nullopt;
    case FieldType::kBrn: {
      std::string text = Join(words, std::min<size_t>(n, 6));
      // A separator may be read twice, or as a dash ("899-—32-35083" from the Latin model).
      static const std::string separator =
          "\\s*(?:[" + std::string(kBrnSeparators) + "]|\u2013|\u2014){0,2}\\s*";
      static const std::regex brn(std::string(kDigitish) + "{3}" + separator + kDigitish + "{2}" +
                                  separator + kDigitish + "{5}");
      std::smatch m;
      bool seven_read_as_slash = false;
      if (!std::regex_search(text, m, brn)) {
        // A 7 whose stem is thin reads as "/" ("6/1-21-59517"), which no business number
        // holds: taken for a 7 only when the number then passes its check digit.
        static const std::regex slash_in_digits("([0-9])/([0-9])");
        text = std::regex_replace(text, slash_in_digits, "$017$2");
        if (!std::regex_search(text, m, brn)) return std::nullopt;
        seven_read_as_slash = true;
      }
      std::optional<std::string> digits = NormalizeBrn(m.str());
      if (!digits) return std::nullopt;
      if (seven_read_as_slash && !BrnCheckDigitValid(*digits)) return std::nullopt;
      // The value is the words the number spans, not a caption's remains before it ("지 0.").
      const size_t before = WordsReached(words, m.position() + 1, 1) - 1;
      p.words_skipped = skipped + before;
      p.words_used = WordsReached(words, m.position() + m.length(), 1) - before;
      if (BrnCheckDigitValid(*digits)) {
        p.value = *digits;
        p.factor = seven_read_as_slash ? 0.7 : 1.15;  // repaired, as a look-alike digit is
        return p;
      }
      // A number that fails its check digit is either misread or misprinted. A text layer
      // is what was printed: report it as it stands (BRN_INVALID). An OCR read is repaired
      // only when exactly one look-alike digit makes it pass, and then stays unsure; else
      // the digits as read are kept, unsure, so the rules ask a person rather than guess.
      p.failed_check = *digits;
      if (FromTextLayer(words, p.words_used)) {
        p.value = *digits;
        return p;
      }
      auto repaired = RepairBrn(*digits);
      p.value = repaired ? repaired->digits : *digits;
      p.factor = repaired ? 0.7 : 0.5;
      return p;
    }
    case FieldType::kAccount: {
      std::string text = Join(words, std::min<size_t>(n, 6));
      // A hyphen may be read as the jamo ㅋ ("331-8182-2329 ㅋ 25"); see NormalizeAccount.
      static const std::regex account("[0-9OoIl|](?:[0-9OoIl|\\-=~ ]|ㅋ){7,24}[0-9OoIl|]");
      for (std::sregex_iterator it(text.begin(), text.end(), account), end; it != end; ++it) {
        std::string run = it->str();
        while (!run.empty() && run.back() == ' ') run.pop_back();
        // A lone stroke after a gap is a table rule, not a digit ("…37972 |"); digits after a
        // gap that go on into a grouped figure are the next cell's amount ("…37972 1.023,000").
        const size_t after = static_cast<size_t>(it->position() + it->length());
        const bool into_figure = after < text.size() && (text[after] == '.' || text[after] == ',');
        if (run.size() > 2 && run[run.size() - 2] == ' ' &&
            std::strchr("|lI", run.back()) != nullptr)
          run.resize(run.size() - 2);
        else if (into_figure && run.rfind(' ') != std::string::npos)
          run.resize(run.rfind(' '));
        // A lone digit set apart before a grouped number is a speck, not its first digit
        // ("8 825244-53-803141").
        if (run.size() > 2 && run[1] == ' ' && run.find('-', 2) != std::string::npos &&
            NormalizeAccount(run.substr(2)))
          run.erase(0, 2);
        // Digits glued to the run by a glyph no number holds ("100/7-938-…", "…-24549/7") are
        // the number's head or tail, cut off by a misread: the run is a piece, and unsure.
        const size_t at = static_cast<size_t>(it->position());
        auto digit_at = [&](size_t k) { return k < text.size() && std::isdigit(static_cast<unsigned char>(text[k])); };
        const bool cut_off = (at >= 2 && text[at - 1] != ' ' && digit_at(at - 2)) ||
                             (!into_figure && after < text.size() && text[after] != ' ' && digit_at(after + 1));
        // The run may have swallowed the next cell's figures ("…-37972 750,000원"): then the
        // longest part that ends at a gap and is an account number.
        for (std::string part = run; !part.empty();) {
          if (auto digits = NormalizeAccount(part)) {
            p.value = *digits;
            p.words_used = std::min<size_t>(n, 4);
            if (cut_off) p.fragment = true, p.factor = 0.6;
            return p;
          }
          const size_t gap = part.rfind(' ');
          if (gap == std::string::npos) break;
          part.resize(gap);
        }
      }
      return std::nullopt;
    }
    case FieldType::kBank:
      // OCR splits "IBK기업은행" into syllables: the longest span that names a bank wins.
      for (size_t k = std::min<size_t>(n, 7); k >= 1; --k)
        for (size_t start = 0; start + k <= std::min<size_t>(n, 8); ++start) {
          std::vector<ValueWord> span(words.begin() + start, words.begin() + start + k);
          std::string joined = Join(span, k, "");
          // A bare "기업" or "국민" is an ordinary word; a bank is spelt with its marker.
          bool marked = false;
          for (const char* marker : {"은행", "뱅크", "금고", "우체국", "농협", "수협", "신협",
                                     "KB", "NH", "IBK", "SC"})
            marked = marked || joined.find(marker) != std::string::npos;
          if (!marked) continue;
          if (NormalizeBank(joined)) {
            // As printed (rules compare canonical names), without the marks of a rule or a
            // speck at its ends ("|농협은행", "#국민은행", "하나은행 「").
            std::u32string printed = DecodeUtf8(JoinAsPrinted(span, k));
            auto letter = [](char32_t c) {
              return IsHangulSyllable(c) || (c < 0x80 && std::isalnum(static_cast<int>(c)));
            };
            while (!printed.empty() && !letter(printed.back())) printed.pop_back();
            const size_t first_letter =
                std::find_if(printed.begin(), printed.end(), letter) - printed.begin();
            p.value = EncodeUtf8(printed.substr(first_letter));
            p.words_used = start + k;
            return p;
          }
          // A Latin prefix misread as digits ("18기업은행" for IBK기업은행).
          size_t hangul = joined.find_first_not_of("0123456789|");
          if (hangul != 0 && hangul != std::string::npos && NormalizeBank(joined.substr(hangul))) {
            p.value = joined.substr(hangul);
            p.factor = 0.8;
            p.words_used = start + k;
            return p;
          }
          // One jamo misread ("가나은행"): the bank's own name, as the rules could not match it.
          if (auto bank = NormalizeMisreadBank(joined)) {
            p.value = *bank;
            p.factor = 0.8;
            p.words_used = start + k;
            return p;
          }
        }
      return std::nullopt;
    case FieldType::kCode: {
      if (pattern.empty()) return std::nullopt;
      std::regex re(pattern);
      std::smatch m;
      // One word first: joined to its neighbour ("…48cc" + "2026-05-20") an identifier
      // loses its end. Then the words together, for an identifier OCR split in pieces.
      // A look-alike letter cuts the word into pieces ("100-000-2026-2O28826"): read as its
      // digit, the word may hold the whole identifier.
      for (size_t i = 0; i < std::min<size_t>(n, 5); ++i) {
        std::optional<Parsed> piece;
        for (bool look_alikes : {false, true}) {
          const std::string text = look_alikes ? IdentifierLookAlikesRead(words[i].text) : words[i].text;
          if (look_alikes && text == words[i].text) continue;
          if (!std::regex_search(text, m, re)) continue;
          p.value = NormalizeCode(m.str());
          p.words_used = i + 1;
          p.fragment = HasDigit(m.prefix().str()) || HasDigit(m.suffix().str());
          p.factor = look_alikes ? 0.8 : 1.0;
          if (!p.fragment) return p;
          if (!piece) piece = p;
        }
        if (piece) return *piece;
      }
      std::string text = Join(words, std::min<size_t>(n, 5), "");
      if (!std::regex_search(text, m, re)) return std::nullopt;
      p.value = NormalizeCode(m.str());
      p.words_used = WordsReached(words, m.position() + m.length(), 0);
      return p;
    }
    case FieldType::kName: {
      // A bracketed note after the label and the ":" after that ("성명 (대표) : 정상철") come
      // before the name, however wide the gap to it. A legal form ("(주) 미래기술") is the name's.
      static const std::regex bracketed(R"(^\([^()]+\)$)");
      auto note = [](const std::string& text) {
        return std::regex_match(text, bracketed) && !IsLegalFormMark(text);
      };
      // Nor is a blot before it: a stain read as a word, unsure and far taller than the
      // name's letters ("20" at 0.3, 104 px high, before "(주)로봇서브" 56 px high).
      auto blot = [&] {
        const ValueWord& w = words[0];
        const ValueWord& next = words[1];
        return w.confidence < 0.5f && !w.bbox.empty() && !next.bbox.empty() && 2 * w.bbox.h > 3 * next.bbox.h;
      };
      while (n > 1 && (note(words.front().text) || StripPunctuation(words.front().text).empty() || blot())) {
        words.erase(words.begin());
        --n;
        ++p.words_skipped;
      }
      // A name runs until a seal/signature mark, a bracketed number ("(주)X (120-81-…)"),
      // a wide gap (the next column) or the end of the candidate.
      size_t used = 0;
      for (size_t i = 0; i < n && i < 16; ++i) {
        const std::string& t = words[i].text;
        if (t == "(인)" || t == "(서명)" || t == "(印)" || IsHonorific(t)) break;
        // A bank spelt out after the name is where its account is kept ("… 님의 IBK기업은행").
        if (i > 0 && (t.find("은행") != std::string::npos || t.find("뱅크") != std::string::npos) &&
            NormalizeBank(StripPunctuation(t)))
          break;
        // "귀하" (to …) after the name, misread in its second half ("귀ㅎ-", "귀히").
        if (i > 0 && t.starts_with("귀") && DecodeUtf8(t).size() <= 3) break;
        // A lone digit between syllables is a glyph misread ("스 마 6 포 ㅅ"), not a number
        // after the name.
        auto syllable_at = [](const std::string& text, bool last) {
          const std::u32string cps = DecodeUtf8(text);
          return !cps.empty() && IsHangulSyllable(last ? cps.back() : cps.front());
        };
        const bool glyph_read_as_digit =
            i > 0 && i + 1 < n && t.size() == 1 && std::isdigit(static_cast<unsigned char>(t[0])) &&
            syllable_at(words[i - 1].text, true) && syllable_at(words[i + 1].text, false);
        if (HasDigit(t) && (t[0] == '(' || i > 0) && !glyph_read_as_digit) break;
        if (i > 0 && !words[i].bbox.empty() && !words[i - 1].bbox.empty() &&
            words[i].bbox.x - (words[i - 1].bbox.x + words[i - 1].bbox.w) >
                4 * std::max(words[i].bbox.h, words[i - 1].bbox.h))
          break;
        used = i + 1;
      }
      std::string name = StripPunctuation(NameAsPrinted(words, used));
      // A leading bracketed note ("(수취인)(주)X", read glued) is not part of the name; legal
      // forms are.
      static const std::regex leading_note(R"(^\([^()]+\)\s*)");
      if (std::smatch m; std::regex_search(name, m, leading_note) && !IsLegalFormMark(m.str()))
        name = name.substr(m.length());
      // Nor bullets, or middle dots between a card's items ("대표 홍순자 · 사업자등록번호 …").
      static const char* kBullets[] = {"ㆍ", "·", "•", "-", "*"};
      for (const char* b : kBullets) {
        if (name.rfind(b, 0) == 0) name = StripPunctuation(name.substr(std::strlen(b)));
        if (name.size() > std::strlen(b) && name.ends_with(b))
          name = StripPunctuation(name.substr(0, name.size() - std::strlen(b)));
      }
      // Nor is a stop, comma, dash or quote after it: the sentence's or the line's, read on a
      // line re-read alone ("주식회사 디지털스토어,", "(주)스마트포스-").
      while (!name.empty() && std::string_view(",.-'\"").find(name.back()) != std::string_view::npos)
        name = StripPunctuation(name.substr(0, name.size() - 1));
      for (const char* mark : {"(인)", "(서명)", "(印)"}) {
        size_t at = name.find(mark);
        if (at != std::string::npos && at > 0) name = StripPunctuation(name.substr(0, at));
      }
      // A label word inside a sentence ("…예금주 명의의 계좌임을 확인합니다") is followed by
      // the sentence, not a name: verb endings no business or person is named with, or a
      // particle written both ways ("계약자")은(는) 당사와").
      // A particle written both ways after the name ("㈜디지털스토어이(가) 주계약에서 …") ends it.
      static const std::regex particle_both_ways(R"((이\(가\)|가\(이\)|은\(는\)|는\(은\)|을\(를\)|를\(을\)|와\(과\)|과\(와\)))");
      if (std::smatch m; std::regex_search(name, m, particle_both_ways) && m.position() > 0)
        name = StripPunctuation(name.substr(0, m.position()));
      // Nor does a particle glued after its legal form ("스마트미러(주)를 수취인으로 …"), or the
      // possessive with the sentence's next word read on ("테크오더(주)의하나은행 계좌").
      static const std::regex particle_after_form(R"(^(.+(?:\(주\)|㈜))(?:을|를|이|가|은|는|의|와|과|로|으로|에게|의\S+)$)");
      if (std::smatch m; std::regex_match(name, m, particle_after_form)) name = m.str(1);
      // A company named with its form in front ends in no possessive ("(주)디지털스토어의" before
      // a bank's name read as "18").
      static const std::regex possessive_after_company(R"(^((?:\(주\)|㈜|주식회사).+)의$)");
      if (std::smatch m; std::regex_match(name, m, possessive_after_company)) name = m.str(1);
      // Nor does a name run on into the bank its account is kept at ("미래기술의바농협", the
      // possessive and a misread "NH농협은행" glued on; "(주)온오더의하나").
      if (size_t of = name.rfind("의"); of != std::string::npos && of > 0) {
        const std::string rest = name.substr(of + std::strlen("의"));
        bool bank = !rest.empty() && NormalizeBank(rest).has_value();
        for (const char* marker : {"은행", "뱅크", "농협", "수협", "신협", "금고"})
          bank = bank || rest.find(marker) != std::string::npos;
        if (bank) name = StripPunctuation(name.substr(0, of));
      }
      // The possessive before the bank that keeps the account ("(주)디지털스토어의 IBK기업은행
      // 계좌"), and a name addressed in a sentence ("소상공인시장진흥공단에 대하여").
      if (used < n && name.ends_with("의") && NormalizeBank(StripPunctuation(words[used].text)))
        name = name.substr(0, name.size() - std::strlen("의"));
      static const std::regex addressed(R"(\s*에\s*대(?:하여|한|해))");
      if (std::smatch m; std::regex_search(name, m, addressed) && m.position() > 0)
        name = StripPunctuation(name.substr(0, m.position()));
      // Nor is a request to whoever fills the form in ("…가 보이는 면을 붙여주십시오(풀칠)", a
      // paste-up sheet's note under its caption).
      static const char* kSentenceParts[] = {"니다", "하였", "으며", "으로써", "에 따라", "십시오"};
      for (const char* part : kSentenceParts)
        if (name.find(part) != std::string::npos) return std::nullopt;
      static const std::regex opens_with_particle(R"(^(은\(는\)|는\(은\)|을\(를\)|를\(을\)|이\(가\)|가\(이\)|와\(과\)|과\(와\)))");
      if (std::regex_search(name, opens_with_particle)) return std::nullopt;
      // A bracket left open where the name stopped ("로봇서브(사업자등록번호" of "…(사업자
      // 등록번호 240-…, 이하 "계약자")") opens a note on the name, not part of it.
      name = MendLookAlikeSyllables(RestoreLegalFormMark(name));
      static const std::regex open_note(R"(\([^)]*$)");
      name = StripPunctuation(std::regex_replace(name, open_note, ""));
      name = WithoutHonorific(name);
      // A table's rule beside the name, read as the vowel stroke ㅣ ("(주)미래기술ㅣ"): no
      // name begins or ends with a lone jamo.
      static constexpr std::string_view kStroke = "ㅣ";
      while (name.size() > kStroke.size() && name.ends_with(kStroke))
        name = StripPunctuation(name.substr(0, name.size() - kStroke.size()));
      while (name.size() > kStroke.size() && name.starts_with(kStroke))
        name = StripPunctuation(name.substr(kStroke.size()));
      std::u32string cps = DecodeUtf8(name);
      bool has_letter = std::any_of(cps.begin(), cps.end(), [](char32_t c) {
        return IsHangulSyllable(c) || (c >= U'A' && c <= U'Z') ||
               (c >= U'a' && c <= U'z') || c == U'㈜';
      });
      if (!has_letter || cps.size() < 2) return std::nullopt;
      // An account number with a particle glued on ("1000-087-226518를") is no name; nor is a
      // bank's name (a slip's bank heading, read where the payee's name was unreadable): no
      // payee, sender or holder here is a bank.
      const auto digits =
          std::count_if(cps.begin(), cps.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
      if (2 * digits > static_cast<long>(cps.size())) return std::nullopt;
      if (NormalizeBank(name)) return std::nullopt;
      p.value = name;
      p.words_used = used;
      return p;
    }
    case FieldType::kSignature:
      return std::nullopt;
  }
  return std::nullopt;
}

// ----------------------------------------------------------------------------------------
// Labels on a page.

struct LabelHit {
  int row = 0;
  int label = 0;  // index into the labels searched for
  PhraseMatch match;
  BBox box;
  int key_length = 0;
  bool in_text = false;  // inside running text, right after another word
  bool ends_text_line = false;  // last on its line, right after another word: the value wraps
};

// A phrase of the form found in a row: [first, end) in compact indices, and how exactly.
struct Stop {
  int first = 0;
  int end = 0;
  double similarity = 1.0;
};

struct PageLayout {
  const Page* page = nullptr;
  std::vector<TextRow> rows;
  // Per row: [first_char, end_char) of every label or anchor of the doc type starting a word.
  std::vector<std::vector<Stop>> stops;
  std::deque<Word> reread;  // words of re-read keys, which rows point to (stable addresses)
  // Every phrase of the form (labels, anchors, keywords, titles) as MatchKeys; may be null.
  const std::set<std::u32string>* form_words = nullptr;
  // Per row: whether a phrase of the form starts it (after a speck or two of table rule).
  std::vector<bool> opens_with_form_word;
  const TableGrid* grid = nullptr;  // the page's table cells, in the words' frame; may be null
};

bool StartsWord(const TextRow& row, int char_index) {
  if (char_index == 0 || row.char_word[char_index] != row.char_word[char_index - 1]) return true;
  // Or right after an opening bracket OCR glued to it ("(수취인.(주)…"), or a slash between
  // two captions printed as one ("받는분/보낸분").
  const char32_t before = row.original[char_index - 1];
  return before == U'(' || before == U'[' || before == U'（' || before == U'「' || before == U'【' ||
         before == U'/';
}

// `region` with its left and top edges moved into `image` and its right and bottom cut at the
// image's edges (a region past the left edge keeps its width).
BBox ClippedToImage(BBox region, PIX* image) {
  region.x = std::max(0, region.x);
  region.y = std::max(0, region.y);
  region.w = std::min(region.w, static_cast<int>(pixGetWidth(image)) - region.x);
  region.h = std::min(region.h, static_cast<int>(pixGetHeight(image)) - region.y);
  return region;
}

// Whether `m`, a two-syllable phrase of the form matched only loosely, is the start of a longer
// word instead: a name that opens like a caption ("정명숙", "정 명 숙" — 성명 with one look-alike
// jamo) runs on into more syllables, glued or letter-spaced; a caption ends at a gap, a colon
// or a bracket. A longer phrase matched loosely is a caption still, whatever follows it
// ("왁 인 자 소 상 공 인" is 확인자 before a letter-spaced name).
bool LooseMatchRunsOn(const TextRow& row, const PhraseMatch& m) {
  if (m.similarity >= 1.0 || m.end_char - m.first_char > 2 ||
      m.end_char >= static_cast<int>(row.compact.size()))
    return false;
  if (m.first_char > 0) {
    const char32_t before = row.original[m.first_char - 1];
    if (before == U'(' || before == U'[' || before == U'（') return false;  // a role note
  }
  if (!IsHangulSyllable(row.original[m.end_char])) return false;
  const int last = row.char_word[m.end_char - 1], next = row.char_word[m.end_char];
  if (last == next) return true;
  const BBox& a = row.words[last]->bbox;
  const BBox& b = row.words[next]->bbox;
  return b.x - (a.x + a.w) < std::max(a.h, b.h) / 2;  // a letter's gap, not a column's
}

// Whether `m` opens a bracketed note that goes on past it ("보험료 영수증 (계약자 보관용)":
// the contractor's copy): a word of that note, not a caption with its value after it. A
// caption in brackets closes right after itself ("상호 (성명) 큐알오더(주)").
bool OpensBracketedNote(const TextRow& row, const PhraseMatch& m) {
  if (m.first_char == 0) return false;
  const char32_t before = row.original[m.first_char - 1];
  if (before != U'(' && before != U'（') return false;
  for (size_t i = m.end_char; i < row.original.size(); ++i) {
    const char32_t c = row.original[i];
    if (c == U')' || c == U'）') return i > static_cast<size_t>(m.end_char);
    if (c == U'(' || c == U'（') return false;
  }
  return false;
}

std::vector<Stop> StopsIn(const TextRow& row,
                                         const std::vector<std::u32string>& stop_keys) {
  // "은행" after syllables read apart from it ("국 민 은행") ends a bank's name, not a value.
  auto ends_a_bank = [&](const PhraseMatch& m) {
    const std::u32string word = row.original.substr(m.first_char, m.end_char - m.first_char);
    for (int k = 2; k <= 4 && k <= m.first_char; ++k)
      if (NormalizeBank(EncodeUtf8(row.original.substr(m.first_char - k, k) + word))) return true;
    return false;
  };
  std::vector<Stop> stops;
  for (const std::u32string& key : stop_keys)
    if (auto m = FindPhrase(row, key, MinSimilarityFor(key));
        m && StartsWord(row, m->first_char) && !LooseMatchRunsOn(row, *m) && !ends_a_bank(*m))
      stops.push_back(Stop{m->first_char, m->end_char, m->similarity});
  return stops;
}

// Fills row `r`'s stops and whether a phrase of the form opens it (after a speck or two of
// table rule): once per row, and again when a second look changes the row.
void IndexRowPhrases(const std::vector<std::u32string>& stop_keys, size_t r, PageLayout* layout) {
  const TextRow& row = layout->rows[r];
  layout->stops.resize(layout->rows.size());
  layout->opens_with_form_word.resize(layout->rows.size());
  layout->stops[r] = StopsIn(row, stop_keys);
  // Only specks may come before it: "농협은행" does not open with the label 은행.
  auto opens_row = [&](int first_char) {
    if (first_char > 2) return false;
    for (int k = 0; k < first_char; ++k)
      if (IsHangulSyllable(row.original[k])) return false;
    return true;
  };
  bool opens = std::any_of(layout->stops[r].begin(), layout->stops[r].end(),
                           [&](const Stop& stop) { return opens_row(stop.first); });
  if (!opens && layout->form_words)
    for (const std::u32string& phrase : *layout->form_words)
      if (auto m = FindPhrase(row, phrase, MinSimilarityFor(phrase)); m && opens_row(m->first_char)) {
        opens = true;
        break;
      }
  layout->opens_with_form_word[r] = opens;
}

bool IsKeySeparator(const std::string& text) {
  return text.find(':') != std::string::npos || text.find(';') != std::string::npos ||
         text.find("：") != std::string::npos;
}

// The pieces of ink in a grey key picture left to right, split where a column gap is at least
// `min_gap` wide: the syllables of a letter-spaced label ("상      호"). Boxes are in the
// picture's coordinates.
std::vector<BBox> InkPieces(PIX* gray, int min_gap) {
  std::vector<BBox> pieces;
  const int w = pixGetWidth(gray), h = pixGetHeight(gray);
  std::vector<int> values;
  values.reserve(static_cast<size_t>(w) * h);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      l_uint32 v = 0;
      pixGetPixel(gray, x, y, &v);
      values.push_back(static_cast<int>(v));
    }
  const int ink_below = Median(values) * 3 / 5;  // against the paper, as for seals
  std::vector<int> top(w, h), bottom(w, -1);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      if (values[static_cast<size_t>(y) * w + x] < ink_below)
        top[x] = std::min(top[x], y), bottom[x] = std::max(bottom[x], y);
  int start = -1, last_ink = -1;
  auto close = [&] {
    int y0 = h, y1 = -1;
    for (int x = start; x <= last_ink; ++x) y0 = std::min(y0, top[x]), y1 = std::max(y1, bottom[x]);
    pieces.push_back(BBox{start, y0, last_ink - start + 1, y1 - y0 + 1});
  };
  for (int x = 0; x < w; ++x) {
    if (bottom[x] < 0) continue;
    if (start >= 0 && x - last_ink > min_gap) close(), start = -1;
    if (start < 0) start = x;
    last_ink = x;
  }
  if (start >= 0) close();
  return pieces;
}

// A key's ink pieces set side by side with ordinary letter gaps, on a canvas of the paper's
// shade, and where on the page each piece came from. Built once per key, read at each scale.
struct ClosedUpKey {
  struct Placed {
    int at, page_x, w;
  };
  PixPtr canvas;  // null when the key is one piece: nothing to close up
  std::vector<Placed> placed;
  int gap = 0, margin = 0;
};

// `gray` is `region` of the page in grey.
ClosedUpKey CloseUpKey(PIX* gray, const BBox& region, int min_gap) {
  ClosedUpKey key;
  const std::vector<BBox> pieces = InkPieces(gray, min_gap);
  if (pieces.size() < 2) return key;
  key.gap = std::max(2, region.h / 8);
  key.margin = region.h / 2;
  int width = 2 * key.margin;
  for (const BBox& p : pieces) width += p.w + key.gap;
  PixPtr canvas(pixCreate(width, region.h + 2 * key.margin, 8));
  if (!canvas) return key;
  // The canvas takes the paper's shade: pure white around grey paper would leave the
  // pieces' backgrounds as dark patches once Tesseract thresholds the picture.
  l_float32 paper = 255.0f;
  pixGetRankValueMasked(gray, nullptr, 0, 0, 1, 0.5f, &paper, nullptr);
  pixSetAllArbitrary(canvas.get(), static_cast<l_uint32>(paper));
  int x = key.margin;
  for (const BBox& p : pieces) {
    pixRasterop(canvas.get(), x, key.margin, p.w, region.h, PIX_SRC, gray, p.x, 0);
    key.placed.push_back({x, region.x + p.x, p.w});
    x += p.w + key.gap;
  }
  key.canvas = std::move(canvas);
  return key;
}

// Reads a closed-up key as one line enlarged `scale` times (at the page's own scale Tesseract
// reads "1.상호" as "시인"). Word boxes are mapped back to the page through the pieces they
// fall in.
std::vector<Word> ReadClosedUp(const ClosedUpKey& key, const BBox& region, int dpi,
                               float scale, OcrEngine* ocr) {
  std::vector<Word> words;
  if (!key.canvas) return words;
  OcrResult read;
  RegionOptions options;
  options.scale = scale;
  const BBox whole{0, 0, static_cast<int>(pixGetWidth(key.canvas.get())),
                   static_cast<int>(pixGetHeight(key.canvas.get()))};
  if (!ocr->ReadRegion(key.canvas.get(), dpi, whole, options, &read).ok()) return words;
  auto to_page = [&](int cx) {
    for (const ClosedUpKey::Placed& p : key.placed)
      if (cx < p.at + p.w + key.gap) return p.page_x + std::clamp(cx - p.at, 0, p.w);
    return key.placed.back().page_x + key.placed.back().w;
  };
  for (Word& w : read.words) {
    const int left = to_page(w.bbox.x), right = to_page(w.bbox.x + w.bbox.w);
    w.bbox = BBox{left, region.y + std::max(0, w.bbox.y - key.margin), std::max(1, right - left),
                  std::min(w.bbox.h, region.h)};
    words.push_back(std::move(w));
  }
  return words;
}

// Reads each piece of a closed-up key alone, as one word: a serif "1. 상      호" came back
// "여우" or "노이 주" as a line at every scale, closed up or not, and "1. 상", "호" a piece at
// a time.
std::vector<Word> ReadPiecesAlone(const ClosedUpKey& key, PIX* page, const BBox& region, int dpi,
                                  OcrEngine* ocr) {
  std::vector<Word> words;
  RegionOptions one_word;
  one_word.page_seg_mode = 8;  // tesseract::PSM_SINGLE_WORD
  const int pad = std::max(2, region.h / 8);
  for (const ClosedUpKey::Placed& p : key.placed) {
    OcrResult read;
    if (!ocr->ReadRegion(page, dpi, BBox{p.page_x - pad, region.y, p.w + 2 * pad, region.h},
                         one_word, &read)
             .ok())
      continue;
    for (Word& w : read.words) words.push_back(std::move(w));
  }
  return words;
}

// The known value `read` is a misreading of: one within about one jamo in six of it, the
// read no longer than it by more than a few letters (not a sentence that mentions it).
std::optional<std::string> NearestKnownValue(const std::string& read,
                                             const std::vector<std::string>& known_values) {
  const std::u32string key = MatchKey(read);
  for (const std::string& known : known_values) {
    const std::u32string known_key = MatchKey(known);
    if (key == known_key) return known;
    if (key.size() > known_key.size() + known_key.size() / 4) continue;
    if (6 * SubstringEditDistance(known_key, key) <= known_key.size()) return known;
  }
  return std::nullopt;
}

// The label a key read alone is, if any: one found in its words as labels are found in a row
// or, failing that, a read that is all one label but for one slip ("1. 상  호" in a serif face
// read 성호), no other label as close: a key's place before its value leaves little else it
// could be. `exact` is false for the second kind.
struct KeyRead {
  size_t label = 0;
  bool exact = true;
};
std::optional<KeyRead> MatchLabel(const std::vector<Word>& words,
                                  const std::vector<std::u32string>& label_keys) {
  TextRow probe;
  for (const Word& w : words) probe.words.push_back(&w);
  IndexRowText(&probe);
  for (size_t i = 0; i < label_keys.size(); ++i)
    if (auto m = FindPhrase(probe, label_keys[i], MinSimilarityFor(label_keys[i]));
        m && StartsWord(probe, m->first_char))
      return KeyRead{i};
  std::optional<KeyRead> best;
  double best_similarity = 0.0;
  bool tie = false;
  for (size_t i = 0; i < label_keys.size(); ++i) {
    const std::u32string& key = label_keys[i];
    auto m = FindPhrase(probe, key, 1.0 - 1.0 / static_cast<double>(key.size()) - 1e-9);
    if (!m || !StartsWord(probe, m->first_char)) continue;
    bool whole = true;  // no syllable of the read outside the match
    for (size_t c = 0; c < probe.original.size(); ++c)
      whole = whole && (!IsHangulSyllable(probe.original[c]) ||
                        (static_cast<int>(c) >= m->first_char && static_cast<int>(c) < m->end_char));
    if (!whole) continue;
    if (best && std::abs(m->similarity - best_similarity) < 1e-9 && key != label_keys[best->label])
      tie = true;
    if (!best || m->similarity > best_similarity + 1e-9)
      best = KeyRead{i, false}, best_similarity = m->similarity, tie = false;
  }
  if (tie) return std::nullopt;
  return best;
}

// Label second look. The key of a "key : value" line, the text of a table cell with a cell to
// its right, or the words before a row's first wide gap (a borderless key column), that
// matched no label is re-read alone, enlarged, as one line; when the re-read matches a label,
// it replaces the key's words in the row. A label printed with wide
// letter-spacing ("상      호") after a list number ("1."), or on a shaded cell, is often
// misread in the whole-page read ("128 호", "접대") but read right on its own.
// From this confidence a word of figures is taken as read. On the bench's scans, 19 of the 22
// figure spans re-read here (all in vain) had read at 0.8 to 0.97; a caption misread as
// figures ("0008 어" for 등록번호) keeps a syllable.
constexpr float kSureFigureConfidence = 0.8f;

void RereadUnmatchedKeys(const std::vector<std::u32string>& label_keys,
                         const std::vector<std::string>& label_texts, const PageContext& ctx,
                         OcrEngine* ocr, PageLayout* layout) {
  constexpr size_t kMaxKeyChars = 12;  // a label, not a sentence
  for (size_t r = 0; r < layout->rows.size(); ++r) {
    TextRow& row = layout->rows[r];
    const int n = static_cast<int>(row.words.size());
    // Word spans [first, end) that may be a key, each with the region to re-read.
    std::vector<std::pair<std::pair<int, int>, BBox>> spans;
    for (int i = 0, colons = 0; i < std::min(n, 8) && colons < 2; ++i) {
      if (!IsKeySeparator(row.words[i]->text)) continue;
      ++colons;
      // A colon glued to the key ("상호:") is read with it; a lone one, or one glued to the
      // value (":2026-04-01~…"), is left out.
      const std::string& text = row.words[i]->text;
      const bool leads = text.front() == ':' || text.front() == ';' || text.rfind("：", 0) == 0;
      int end = leads || StripPunctuation(text).empty() ? i : i + 1;
      BBox box;
      for (int w = 0; w < end; ++w) box = Union(box, row.words[w]->bbox);
      if (end > 0) spans.push_back({{0, end}, box});
    }
    if (spans.empty() && ctx.grid) {
      for (int i = 0; i < n;) {
        const TableCell* cell = CellAt(*ctx.grid, row.words[i]->bbox);
        int end = i + 1;
        while (end < n && cell && CellAt(*ctx.grid, row.words[end]->bbox) == cell) ++end;
        BBox words_box;
        for (int w = i; w < end; ++w) words_box = Union(words_box, row.words[w]->bbox);
        if (cell && RightNeighbour(*ctx.grid, *cell)) spans.push_back({{i, end}, words_box});
        i = end;
      }
    }
    if (spans.empty() && n >= 2) {
      // A key column without colons or borders: the words before the row's first wide gap,
      // after the slivers a photo's edge leaves before them ("을 2322 1009-499-…"): read
      // unsure, or read as a syllable, which is never half as wide as it is tall.
      auto edge_sliver = [](const Word& w) {
        const std::u32string text = DecodeUtf8(w.text);
        return 2 * w.bbox.w < w.bbox.h &&
               (w.confidence < 0.5f || std::any_of(text.begin(), text.end(), IsHangulSyllable));
      };
      int start = 0;
      while (start + 1 < n && edge_sliver(*row.words[start])) ++start;
      const int wide = 2 * std::max(8, row.box.h);
      for (int i = start + 1; i < n && i <= start + 6; ++i) {
        const BBox& left = row.words[i - 1]->bbox;
        if (row.words[i]->bbox.x - (left.x + left.w) < wide) continue;
        BBox box;
        for (int w = start; w < i; ++w) box = Union(box, row.words[w]->bbox);
        spans.push_back({{start, i}, box});
        break;
      }
    }
    for (const auto& [span, box] : spans) {
      const auto [first, end] = span;
      const int first_char = static_cast<int>(
          std::find(row.char_word.begin(), row.char_word.end(), first) - row.char_word.begin());
      const int end_char = static_cast<int>(
          std::find(row.char_word.begin(), row.char_word.end(), end) - row.char_word.begin());
      if (end_char - first_char > static_cast<int>(kMaxKeyChars) || end_char <= first_char)
        continue;
      bool known = false;
      for (const Stop& stop : layout->stops[r])
        known = known || (stop.first < end_char && stop.end > first_char);
      if (known) continue;
      // A figure read surely (an amount, a date, a business number before a gap or in a cell
      // with one to its right) is a value: no label is spelt without a Hangul syllable.
      const bool sure_figure =
          std::none_of(row.original.begin() + first_char, row.original.begin() + end_char,
                       IsHangulSyllable) &&
          std::any_of(row.original.begin() + first_char, row.original.begin() + end_char,
                      [](char32_t c) { return c >= U'0' && c <= U'9'; }) &&
          std::all_of(row.words.begin() + first, row.words.begin() + end,
                      [](const Word* w) { return w->confidence >= kSureFigureConfidence; });
      if (sure_figure) continue;
      // Wider on the left: a faint first syllable may be missing from the words ("니는 분" of
      // 보내는 분 in grey print on a photo).
      const int pad = std::max(4, box.h / 4), left_pad = std::max(pad, box.h);
      const BBox region = ClippedToImage(
          BBox{box.x - left_pad, box.y - pad, box.w + left_pad + pad, box.h + 2 * pad}, ctx.image);
      if (region.w < 8 || region.h < 8) continue;
      // As one line, and with a letter-spaced label's wide gaps (a third of the text height
      // or more) closed up, at two enlargements: Tesseract's read of a short key changes with
      // both (상 read 성 at one scale, right at the other), and a label is taken from the
      // first read that is one.
      std::optional<ClosedUpKey> closed;  // built once, when the first line read fails
      std::vector<Word> fresh;
      std::optional<KeyRead> match;
      // The first read that is a label but for one slip, taken when no read is one exactly.
      std::vector<Word> near_read;
      std::optional<KeyRead> near_match;
      auto is_label = [&](std::vector<Word> read) {
        auto m = MatchLabel(read, label_keys);
        if (m && m->exact) {
          fresh = std::move(read), match = m;
          return true;
        }
        if (m && !near_match) near_read = std::move(read), near_match = m;
        return false;
      };
      for (float scale : {1.5f, 2.0f}) {
        RegionOptions line;
        line.scale = scale;
        OcrResult key;
        if (ocr->ReadRegion(ctx.image, ctx.dpi, region, line, &key).ok() &&
            is_label(std::move(key.words)))
          break;
        if (!closed) {
          PixPtr crop = ClipPix(ctx.image, region);
          PixPtr gray(crop ? pixConvertTo8(crop.get(), 0) : nullptr);
          closed = gray ? CloseUpKey(gray.get(), region, std::max(3, box.h * 3 / 10))
                        : ClosedUpKey{};
        }
        if (closed->canvas && is_label(ReadClosedUp(*closed, region, ctx.dpi, scale, ocr))) break;
        // As one word: "1. 상      호" in a serif face came back "20 우" as a line and "1 상호"
        // as a word.
        RegionOptions word = line;
        word.page_seg_mode = 8;  // tesseract::PSM_SINGLE_WORD
        key = OcrResult{};
        if (ocr->ReadRegion(ctx.image, ctx.dpi, region, word, &key).ok() &&
            is_label(std::move(key.words)))
          break;
      }
      // Last, a key of a few letter-spaced pieces, a piece at a time.
      if (!match && closed && closed->canvas && closed->placed.size() <= 5)
        is_label(ReadPiecesAlone(*closed, ctx.image, region, ctx.dpi, ocr));
      if (!match && near_match) {
        // The read stands for its label, spelt as the form spells it, where its letters were.
        Word label{label_texts[near_match->label], 0.0f, {}, near_read.front().line};
        for (const Word& w : near_read) {
          label.bbox = Union(label.bbox, w.bbox);
          label.confidence = std::max(label.confidence, w.confidence);
        }
        fresh = {std::move(label)};
        match = near_match;
      }
      if (!match) continue;
      std::vector<const Word*> words(row.words.begin(), row.words.begin() + first);
      for (Word& w : fresh) words.push_back(&layout->reread.emplace_back(std::move(w)));
      words.insert(words.end(), row.words.begin() + end, row.words.end());
      row.words = std::move(words);
      IndexRowText(&row);
      break;  // the row changed: its other spans' indexes are stale
    }
  }
}

// Whether compact index `end_char` ends a word: the row ends, the next word starts, or what
// follows in the same word is not a Hangul syllable ("예금주:" ends the label).
bool EndsWord(const TextRow& row, int end_char) {
  if (end_char >= static_cast<int>(row.compact.size())) return true;
  if (row.char_word[end_char] != row.char_word[end_char - 1]) return true;
  const char32_t next = row.original[end_char];
  return !IsHangulSyllable(next);
}

// Whether the syllable at compact index `end_char` is a particle closing a noun in a
// sentence (피보험자가, 피보험자로, 계약자는).
bool FollowedByParticle(const TextRow& row, int end_char) {
  if (end_char >= static_cast<int>(row.compact.size())) return false;
  static const std::u32string kParticles = U"은는이가을를로와과의에";
  return kParticles.find(row.original[end_char]) != std::u32string::npos;
}

// Whether the phrase ending at `end_char` runs on with nothing but a particle: a role named in
// a sentence ("보증채권자에게", or "보증채권자 에게" as OCR spaces it). A name glued to its
// caption ("예금주이수진") runs on with more than a particle, and a particle that is also a
// surname (이, 은, 가, 도) is a name when it stands alone ("예금주 이 수진").
bool RunsOnWithParticle(const TextRow& row, int end_char) {
  if (end_char <= 0 || end_char >= static_cast<int>(row.compact.size())) return false;
  const int word = row.char_word[end_char - 1];
  const bool same_word = row.char_word[end_char] == word;
  const int next = row.char_word[end_char];
  std::u32string rest;
  for (int i = end_char; i < static_cast<int>(row.compact.size()) && row.char_word[i] == next; ++i)
    rest += row.original[i];
  if (!same_word) {
    const BBox& a = row.words[word]->bbox;
    const BBox& b = row.words[next]->bbox;
    if (b.x - (a.x + a.w) > std::max(a.h, b.h)) return false;  // another column
  }
  static const std::u32string kParticles[] = {U"는", U"을", U"를", U"로", U"으로", U"와", U"과",
                                              U"의", U"에", U"에게", U"에서", U"께", U"께서",
                                              U"이며", U"이고"};
  static const std::u32string kSurnameParticles[] = {U"이", U"은", U"가", U"도"};
  if (std::find(std::begin(kParticles), std::end(kParticles), rest) != std::end(kParticles))
    return true;
  return same_word && std::find(std::begin(kSurnameParticles), std::end(kSurnameParticles), rest) !=
                          std::end(kSurnameParticles);
}

BBox MatchBox(const TextRow& row, const PhraseMatch& m) {
  BBox box;
  for (int w = m.first_word; w <= m.last_word; ++w) box = Union(box, row.words[w]->bbox);
  return box;
}

// Whether `stop` runs across a column gap: two captions side by side ("피보험자 | 주소" over
// the name and the address), not one phrase.
bool AcrossColumns(const TextRow& row, const Stop& stop) {
  if (stop.end <= stop.first) return false;
  const int first = row.char_word[stop.first], last = row.char_word[stop.end - 1];
  for (int w = first + 1; w <= last; ++w) {
    const BBox& a = row.words[w - 1]->bbox;
    if (row.words[w]->bbox.x - (a.x + a.w) >= std::max(1, row.box.h)) return true;
  }
  return false;
}

// The compact index just past word `w` of `row`, counting on from compact index `from`.
int EndOfWordAfter(const TextRow& row, int from, int w) {
  while (from < static_cast<int>(row.char_word.size()) && row.char_word[from] <= w) ++from;
  return from;
}

// Where a label's English gloss ends, when one follows it ("작성일자 Date of Issue ：",
// "등록번호 Reg. No. ："): a few words of Latin letters, closed by a colon or followed by a
// figure. The colon is the gloss's too. `end_char` unchanged when there is none.
int AfterEnglishGloss(const TextRow& row, const PhraseMatch& m) {
  const int n = static_cast<int>(row.words.size());
  auto word_end = [&](int w) { return EndOfWordAfter(row, m.end_char, w); };
  if (!StripPunctuation(EncodeUtf8(row.original.substr(m.end_char, word_end(m.last_word) - m.end_char)))
           .empty())
    return m.end_char;  // the label ends inside a word
  auto gloss_word = [](const std::string& t) {
    bool letters = false;
    for (unsigned char c : t) {
      if (std::isalpha(c)) letters = true;
      else if (!std::strchr(".()/&'-:", c)) return false;
    }
    return letters;
  };
  auto colon = [](const std::string& t) { return t == ":" || t == "：" || t.ends_with(":") || t.ends_with("："); };
  int w = m.last_word + 1;
  const int first = w;
  while (w < n && w - first < 4 && gloss_word(row.words[w]->text)) {
    if (colon(row.words[w]->text)) return word_end(w);
    ++w;
  }
  if (w == first || w >= n) return m.end_char;
  const std::string& next = row.words[w]->text;
  if (colon(next)) return word_end(w);
  if (std::isdigit(static_cast<unsigned char>(next[0])) || next.starts_with("₩")) return word_end(w - 1);
  return m.end_char;
}

// Whether the words of `row` from `from` on, before any column gap, reach a sentence's ending
// ("…합니다.", "…바랍니다"): they are running text.
bool EndsSentenceAfter(const TextRow& row, size_t from) {
  const int column_gap = 3 * std::max(1, row.box.h);
  for (const auto& [first, last] : ColumnRuns(row, column_gap + 1)) {
    if (static_cast<size_t>(last) < from) continue;
    for (size_t i = from; i <= static_cast<size_t>(last) && i < from + 6; ++i) {
      std::string word = row.words[i]->text;
      while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.back()))) word.pop_back();
      if (word.ends_with("니다")) return true;
    }
    return false;
  }
  return false;
}

bool InTwoCells(const PageLayout& layout, const TextRow& row, const PhraseMatch& m) {
  if (!layout.grid || m.first_word == m.last_word) return false;
  const TableCell* first = CellAt(*layout.grid, row.words[m.first_word]->bbox);
  const TableCell* last = CellAt(*layout.grid, row.words[m.last_word]->bbox);
  return first && last && first != last;
}

// `glued`: the phrase may start inside a word, as a particle marker does ("…공단을(를)
// 피보험자로" in a text layer, where the name and its particle are one word).
std::vector<LabelHit> FindLabels(const PageLayout& layout, const std::vector<std::string>& labels,
                                 bool glued = false) {
  std::vector<LabelHit> hits;
  for (size_t r = 0; r < layout.rows.size(); ++r) {
    const TextRow& row = layout.rows[r];
    std::vector<LabelHit> in_row;
    for (size_t label = 0; label < labels.size(); ++label) {
      std::u32string key = MatchKey(labels[label]);
      for (const PhraseMatch& m : FindAllPhrases(row, key, MinSimilarityFor(key))) {
        if (!glued && !StartsWord(row, m.first_char)) continue;
        // A phrase read across a table's rule is the words of two cells: "상호 | 명동마트" is
        // no 상호명 followed by 동마트.
        if (InTwoCells(layout, row, m)) continue;
        if (LooseMatchRunsOn(row, m)) continue;  // a word that only opens like the label
        // A copy's note names whom it is for ("피보험자용", "공급받는자 보관용"): no caption.
        if (m.end_char < static_cast<int>(row.compact.size()) && row.original[m.end_char] == U'용' &&
            !EndsWord(row, m.end_char) && EndsWord(row, m.end_char + 1))
          continue;
        if (OpensBracketedNote(row, m)) continue;
        // A loose match loses to another phrase of the form printed there more exactly:
        // "출금계좌번호" is not the label 입금계좌번호 read with one syllable wrong.
        bool other_phrase = false;
        if (m.similarity < 1.0 && layout.form_words) {
          for (const std::u32string& other : *layout.form_words) {
            if (other == key) continue;
            auto o = FindPhrase(row, other, MinSimilarityFor(other), std::max(0, m.first_char - 1));
            other_phrase = other_phrase ||
                           (o && o->similarity > m.similarity && o->first_char <= m.first_char + 1 &&
                            2 * (std::min(o->end_char, m.end_char) - m.first_char) >=
                                m.end_char - m.first_char);
          }
        }
        if (other_phrase) continue;
        // Part of a longer label ("받는분" inside "받는분 통장표시"): that label's row, not ours.
        bool inside_longer = false;
        // Only a longer phrase printed at least as exactly: "보험계약자 2) 사업자…" is not
        // a loose "보험계약자 주소".
        for (const Stop& stop : layout.stops[r])
          if (stop.first <= m.first_char && stop.end >= m.end_char &&
              stop.end - stop.first > m.end_char - m.first_char &&
              stop.similarity >= m.similarity &&
              (EndsWord(row, stop.end) || !EndsWord(row, m.end_char)) &&
              !AcrossColumns(row, stop))
            inside_longer = true;
        if (!inside_longer)
          in_row.push_back(LabelHit{static_cast<int>(r), static_cast<int>(label), m,
                                    MatchBox(row, m), static_cast<int>(key.size())});
      }
    }
    std::sort(in_row.begin(), in_row.end(), [](const LabelHit& a, const LabelHit& b) {
      return a.match.first_char < b.match.first_char;
    });
    // Overlapping matches ("공급가액" and "공급가액 합계") are one label: the longer and closer
    // match wins. Labels of one field next to each other ("받는분(수취인)") are one label too,
    // and the value follows the last. The same label again further along the row is another
    // column's label (side-by-side forms).
    std::vector<LabelHit> kept;
    for (const LabelHit& h : in_row) {
      if (!kept.empty()) {
        LabelHit& last = kept.back();
        bool overlaps = h.match.first_char < last.match.end_char;
        // Beside it in the text but across a column gap is the next copy's label ("공급자
        // (공급하는 자) | 공급자 (공급하는 자)" on an invoice printed two-up).
        bool adjacent = h.match.first_char <= last.match.end_char + 1 &&
                        !AcrossColumns(row, Stop{last.match.first_char, h.match.end_char});
        if (overlaps) {
          // A longer label that ends inside a word loses to one that ends with it: "예금주"
          // with "명의의" after it is not the label "예금주명" followed by "의의".
          if (EndsWord(row, last.match.end_char) != EndsWord(row, h.match.end_char)) {
            if (EndsWord(row, h.match.end_char)) last = h;
            continue;
          }
          bool better = h.match.end_char > last.match.end_char ||
                        (h.match.end_char == last.match.end_char &&
                         (h.match.similarity > last.match.similarity + 1e-9 ||
                          (std::abs(h.match.similarity - last.match.similarity) < 1e-9 &&
                           h.key_length > last.key_length)));
          if (better) last = h;
          continue;
        }
        if (adjacent) {
          last = h;
          continue;
        }
      }
      kept.push_back(h);
    }
    for (LabelHit& h : kept) h.match.end_char = AfterEnglishGloss(row, h.match);
    hits.insert(hits.end(), kept.begin(), kept.end());
  }
  // A label word inside running text ("…있는 예금주 명의의 계좌임을…") is not a label: the
  // words after it are the sentence, not a value. Such hits are tried after the others.
  // Their values are weak evidence too: kept, but unsure, so a rule asks a person.
  // Running text has a word close before the label and a word close after it; a label in a
  // form has a gap, a border or a ":" on one side.
  for (LabelHit& h : hits) {
    const TextRow& row = layout.rows[h.row];
    // A phrase run on with a particle is a sentence's word ("인수자는 물품을 …"), wherever
    // it stands.
    if (RunsOnWithParticle(row, h.match.end_char)) {
      h.in_text = true;
      continue;
    }
    const size_t first = h.match.first_word;
    size_t after = h.match.last_word + 1;
    // A bracketed note after the phrase, or a bracket closing around it ("서명(날인)하여",
    // "(날인)하여"), is read past to the sentence's next word.
    const size_t n = row.words.size();
    if (after < n && row.words[after]->text.starts_with("(")) {
      size_t closing = after;
      while (closing < n && row.words[closing]->text.find(')') == std::string::npos) ++closing;
      if (closing + 1 < n) after = closing + 1;
    }
    while (after + 1 < n && (row.words[after]->text == ")" || row.words[after]->text == "]")) ++after;
    // A sentence's ending a few words on, with no column gap before it ("…검수자는 직접
    // 서명(또는 날인)합니다.", its syllables read apart): the phrase is the sentence's.
    if (EndsSentenceAfter(row, after)) {
      h.in_text = true;
      continue;
    }
    if (first == 0) continue;
    const int close = std::max(4, h.box.h);  // a space between words, with the glyphs' side bearings
    const BBox& before = row.words[first - 1]->bbox;
    if (after >= row.words.size()) {
      h.ends_text_line = h.box.x - (before.x + before.w) < close;
      continue;
    }
    const Word& next = *row.words[after];
    bool joined_before = h.box.x - (before.x + before.w) < close;
    bool joined_after = next.bbox.x - (h.box.x + h.box.w) < close &&
                        !StripPunctuation(next.text).empty();
    h.in_text = joined_before && joined_after;
  }
  std::stable_partition(hits.begin(), hits.end(), [](const LabelHit& h) { return !h.in_text; });
  return hits;
}

// The words that the first match of `pattern` in the space-joined `words` touches; empty
// when it does not match.
std::vector<ValueWord> WordsMatching(const std::regex& pattern, const std::vector<ValueWord>& words) {
  std::string text;
  std::vector<size_t> starts;
  for (const ValueWord& w : words) {
    if (!text.empty()) text += ' ';
    starts.push_back(text.size());
    text += w.text;
  }
  std::smatch m;
  if (!std::regex_search(text, m, pattern)) return {};
  size_t begin = static_cast<size_t>(m.position(0)), end = begin + m.length(0);
  std::vector<ValueWord> touched;
  for (size_t i = 0; i < words.size(); ++i)
    if (starts[i] < end && starts[i] + words[i].text.size() > begin) touched.push_back(words[i]);
  return touched;
}

// Whether word `w` of `row` numbers the next item of a list ("2) 사업자등록번호", "4:
// 피보험자"): a caption begins there, whatever it says.
bool IsItemNumber(const TextRow& row, size_t w) {
  static const std::regex number(R"(^\(?\d{1,2}[).:](.*)$)");
  const std::string& text = row.words[w]->text;
  std::string glued;
  std::smatch m;
  const std::u32string cps = DecodeUtf8(text);
  if (!cps.empty() && cps[0] >= U'①' && cps[0] <= U'⑳') {
    glued = EncodeUtf8(cps.substr(1));
  } else if (std::regex_match(text, m, number)) {
    glued = m[1].str();
    // "18." after "2026. 6." ends a date.
    if (text.find(')') == std::string::npos && w > 0 && HasDigit(row.words[w - 1]->text))
      return false;
  } else {
    return false;
  }
  const std::string next = !glued.empty() ? glued
                           : w + 1 < row.words.size() ? row.words[w + 1]->text : std::string();
  const std::u32string after = DecodeUtf8(next);
  return !after.empty() && IsHangulSyllable(after[0]);
}

// Words of `row` from compact index `from` up to the next stop after it: a label of the form,
// or the number of the next item of a list.
Candidate RestOfRow(const PageLayout& layout, int r, int from) {
  const TextRow& row = layout.rows[r];
  int to = static_cast<int>(row.compact.size());
  for (const Stop& stop : layout.stops[r])
    if (stop.first >= from && stop.first < to) to = stop.first;
  for (int i = from; i < to; ++i)
    if ((i == 0 || row.char_word[i] != row.char_word[i - 1]) &&
        IsItemNumber(row, row.char_word[i])) {
      to = i;
      break;
    }
  Candidate c;
  c.page = row.page;
  int current_word = -1;
  for (int i = from; i < to; ++i) {
    int w = row.char_word[i];
    if (w != current_word) {
      c.words.push_back(ValueWord{"", row.words[w]->confidence, row.words[w]->bbox});
      current_word = w;
    }
    c.words.back().text += EncodeUtf8(std::u32string(1, row.original[i]));
  }
  return c;
}

bool Inside(const BBox& outer, const BBox& inner) {
  int cx = inner.x + inner.w / 2, cy = inner.y + inner.h / 2;
  return cx >= outer.x && cx < outer.x + outer.w && cy >= outer.y && cy < outer.y + outer.h;
}

bool ReadFromOnePlace(const Field& a, const Field& b) {
  return a.page == b.page && IntersectionArea(a.bbox, b.bbox) > 0;
}

Candidate WordsIn(const PageLayout& layout, const BBox& box, const BBox& exclude) {
  Candidate c;
  c.page = layout.page->number;
  for (const TextRow& row : layout.rows)
    for (const Word* w : row.words)
      if (Inside(box, w->bbox) && !Inside(exclude, w->bbox))
        c.words.push_back(ValueWord{w->text, w->confidence, w->bbox});
  return c;
}

// The words of `c` inside `box`: a cell's part of a row that runs on into the next cells.
Candidate Clip(Candidate c, const BBox& box) {
  std::erase_if(c.words, [&](const ValueWord& w) { return !Inside(box, w.bbox); });
  return c;
}

// Whether a neighbouring cell holds another label rather than a value: the next column's
// header in a header row ("수취인명" | "이체금액(원)").
bool OpensWithFormWord(const PageLayout& layout, const Candidate& c) {
  if (c.words.empty() || !layout.form_words) return false;
  std::string text;
  for (const ValueWord& w : c.words) text += w.text;
  const std::u32string key = MatchKey(text);
  for (const std::u32string& phrase : *layout.form_words)
    if (phrase.size() >= 2 && key.starts_with(phrase)) return true;
  return false;
}

// Words of `cell` below its label: a caption printed small in the cell's top corner with the
// value under it ("등록번호" over "240-88-62048"). A label centred in a tall cell (a merged
// cell heading several rows) is no caption: the words under it are the next rows' labels.
// In a panel drawn as one cell with captions stacked down it ("매장 상호" / 바다떡집 /
// "사업주 성명" / 류서연), the value ends at the next caption.
Candidate UnderCaption(const PageLayout& layout, const BBox& cell, const BBox& label) {
  if (3 * (label.y + label.h / 2 - cell.y) >= cell.h) return Candidate{};
  BBox below = cell;
  below.y = label.y + label.h;
  below.h = cell.y + cell.h - below.y;
  if (below.h <= 0) return Candidate{};
  for (size_t r = 0; r < layout.rows.size(); ++r) {
    const TextRow& row = layout.rows[r];
    if (row.box.y < below.y || row.box.y >= below.y + below.h) continue;
    Candidate in_cell;
    for (const Word* w : row.words)
      if (Inside(cell, w->bbox)) in_cell.words.push_back(ValueWord{w->text, w->confidence, w->bbox});
    if (OpensWithFormWord(layout, in_cell)) {
      below.h = row.box.y - below.y;
      break;
    }
  }
  if (below.h <= 0) return Candidate{};
  return WordsIn(layout, below, label);
}

// Whether `value`, centred in a wide table column, belongs under the label `hit` rather than
// under another word of the label's row: the header nearest to its horizontal centre.
// `within_column`: false when any distance will do (a word under a row of headers is under
// one of them).
bool NearestHeaderIs(const TextRow& label_row, const LabelHit& hit, const BBox& value,
                     bool within_column = true) {
  int cx = value.x + value.w / 2;
  // Under the label's own span is under the label, whatever stands nearer its centre: the
  // day under "일" of "년 | 월 | 일" is nearer the next header than the middle of the three.
  int distance = cx >= hit.box.x && cx < hit.box.x + hit.box.w
                     ? 0
                     : std::abs(cx - (hit.box.x + hit.box.w / 2));
  // Beyond the label's own width plus a column gap the value is not in its column at all.
  if (within_column && distance > hit.box.w * 3) return false;
  for (int i = 0; i < static_cast<int>(label_row.words.size()); ++i) {
    if (i >= hit.match.first_word && i <= hit.match.last_word) continue;
    const BBox& other = label_row.words[i]->bbox;
    if (std::abs(cx - (other.x + other.w / 2)) < distance) return false;
  }
  return true;
}

// Whether row `r` is a header row: two phrases of the form with nothing but punctuation
// between them ("계좌번호 계좌주 예금과목").
// A row of captions and values ("확 인 자 | 성명(대표자) 홍건우 | 전 화 번 호 010-8577-3094") is
// none, though captions stand side by side in it: a header row is mostly phrases of the form,
// or has no figures at all (columns captioned in words the form does not know, "예금과목").
bool IsHeaderRow(const PageLayout& layout, int r) {
  std::vector<Stop> stops = layout.stops[r];
  std::sort(stops.begin(), stops.end(), [](const Stop& a, const Stop& b) { return a.first < b.first; });
  const TextRow& row = layout.rows[r];
  auto punctuation = [&](int k) {
    return StripPunctuation(EncodeUtf8(std::u32string(1, row.original[k]))).empty();
  };
  int end = -1;  // of the phrases so far, overlapping ones ("계좌" in "계좌번호") merged
  bool side_by_side = false;
  int in_phrases = 0;
  for (const Stop& stop : stops) {
    if (end >= 0 && stop.first >= end) {
      bool between_empty = true;
      for (int k = end; k < stop.first && between_empty; ++k) between_empty = punctuation(k);
      side_by_side = side_by_side || between_empty;
    }
    in_phrases += std::max(0, stop.end - std::max(end, stop.first));
    end = std::max(end, stop.end);
  }
  if (!side_by_side) return false;
  int letters = 0;
  bool figures = false;
  for (int k = 0; k < static_cast<int>(row.original.size()); ++k) {
    letters += punctuation(k) ? 0 : 1;
    figures = figures || (row.original[k] >= U'0' && row.original[k] <= U'9');
  }
  return !figures || 2 * in_phrases >= letters;
}

// `below`, a value read on along the row under a header row, cut where a column gap opens
// before a word that sits under another header ("(주)스마트포스 | 보통예금 | 2019-08-07" under
// "계좌주 예금과목 신규일자").
Candidate UnderHeader(const TextRow& label_row, const LabelHit& hit, Candidate below) {
  const int height = std::max(1, label_row.box.h);
  auto under_another_header = [&](const BBox& word) {
    return !NearestHeaderIs(label_row, hit, word, /*within_column=*/false);
  };
  for (size_t k = 1; k < below.words.size(); ++k) {
    const BBox& previous = below.words[k - 1].bbox;
    const BBox& word = below.words[k].bbox;
    if (word.x - (previous.x + previous.w) >= height && under_another_header(word)) {
      below.words.resize(k);
      break;
    }
  }
  return below;
}

// The column of row `r` in the same place, counted from the left, as the header `hit` in its
// row: amounts right-aligned under centred headers sit nearer the next header's centre than
// their own ("공급가 부가세" over "1,500,000 150,000"), but a row with as many columns as its
// header row pairs them in order. Empty when the counts differ.
Candidate SameColumnByOrder(const PageLayout& layout, const LabelHit& hit, int r) {
  const TextRow& label_row = layout.rows[hit.row];
  const TextRow& row = layout.rows[r];
  const int gap = std::max(1, label_row.box.h);
  const auto headers = ColumnRuns(label_row, gap);
  const auto values = ColumnRuns(row, gap);
  if (headers.size() < 2 || headers.size() != values.size()) return Candidate{};
  // Each column's centre between the midpoints to its header's neighbours: runs split
  // differently in the two rows ("4)" apart from "피보험자", an address split at a wide space)
  // pair the wrong columns.
  auto left = [](const TextRow& row, std::pair<int, int> run) { return row.words[run.first]->bbox.x; };
  auto right = [](const TextRow& row, std::pair<int, int> run) {
    const BBox& b = row.words[run.second]->bbox;
    return b.x + b.w;
  };
  for (size_t k = 0; k < values.size(); ++k) {
    const int centre = (left(row, values[k]) + right(row, values[k])) / 2;
    if (k > 0 && 2 * centre < right(label_row, headers[k - 1]) + left(label_row, headers[k]))
      return Candidate{};
    if (k + 1 < headers.size() &&
        2 * centre > right(label_row, headers[k]) + left(label_row, headers[k + 1]))
      return Candidate{};
  }
  for (size_t k = 0; k < headers.size(); ++k) {
    if (hit.match.first_word < headers[k].first || hit.match.last_word > headers[k].second)
      continue;
    Candidate c;
    c.page = row.page;
    for (int i = values[k].first; i <= values[k].second; ++i)
      c.words.push_back(ValueWord{row.words[i]->text, row.words[i]->confidence, row.words[i]->bbox});
    return c;
  }
  return Candidate{};
}

// The words of row `r` under the header `hit`: from the first one under it, to the next
// column.
Candidate UnderHeaderIn(const PageLayout& layout, const LabelHit& hit, int r) {
  const TextRow& label_row = layout.rows[hit.row];
  const TextRow& row = layout.rows[r];
  const int height = std::max(1, label_row.box.h);
  if (Candidate in_order = SameColumnByOrder(layout, hit, r); !in_order.words.empty())
    return in_order;
  for (size_t i = 0; i < row.compact.size(); ++i) {
    const Word* w = row.words[row.char_word[i]];
    bool under_label = w->bbox.x + w->bbox.w >= hit.box.x - height &&
                       w->bbox.x <= hit.box.x + std::max(hit.box.w, 3 * height);
    if (under_label || NearestHeaderIs(label_row, hit, w->bbox))
      return UnderHeader(label_row, hit, RestOfRow(layout, r, static_cast<int>(i)));
  }
  return Candidate{};
}

// The first row under header row `header` headed by a totals word and nothing else before its
// first figure ("합 계 4,900,000 490,000" under "… 공급가액 세액 비고"); -1 when the next
// table's header row comes first. "합 계 금 액" is a caption, not such a row.
int TotalsRowUnder(const PageLayout& layout, int header,
                   const std::vector<std::u32string>& totals_words) {
  constexpr int kMaxItemRows = 20;
  const int last = std::min<int>(layout.rows.size() - 1, header + kMaxItemRows);
  for (int r = header + 1; r <= last; ++r) {
    if (IsHeaderRow(layout, r)) return -1;
    // The syllables before the row's first figure, specks and rules between them left out
    // ("합 _ 계 1.100,000").
    std::u32string heading;
    bool figure = false;
    for (char32_t c : layout.rows[r].compact) {
      if ((c >= U'0' && c <= U'9') || c == U'₩') {
        figure = true;
        break;
      }
      if (IsHangulSyllable(c)) heading.push_back(c);
    }
    if (figure && std::find(totals_words.begin(), totals_words.end(), heading) != totals_words.end())
      return r;
  }
  return -1;
}

// A statement's table (거래내역: "거래일시 | 적요 | 받는분 | 출금액 | 상대계좌번호" over one
// row per transaction): a header row labelling three or more fields, over rows that each hold
// one record. The record is the row under it from which the most of those fields read (the
// transfer, with its counterpart's account, not the card sale above it); ties go to the first.
// Maps each such header row to its record's row, when that is not simply the first row below.
std::map<int, int> RecordRows(const PageLayout& layout, const DocTypeSpec& spec,
                              const std::vector<const std::vector<LabelHit>*>& hits) {
  constexpr int kMaxRecords = 12;
  std::map<int, std::vector<std::pair<size_t, const LabelHit*>>> headers;  // row → fields
  for (size_t f = 0; f < spec.fields.size(); ++f)
    for (const LabelHit& hit : *hits[f])
      if (IsHeaderRow(layout, hit.row)) {
        auto& fields = headers[hit.row];
        if (std::none_of(fields.begin(), fields.end(), [&](const auto& e) { return e.first == f; }))
          fields.emplace_back(f, &hit);
      }
  std::map<int, int> records;
  for (const auto& [header, fields] : headers) {
    if (fields.size() < 3) continue;
    int best_row = -1, best_count = 0, first_count = -1;
    const int last = std::min<int>(layout.rows.size() - 1, header + kMaxRecords);
    for (int r = header + 1; r <= last; ++r) {
      if (IsHeaderRow(layout, r) || layout.opens_with_form_word[r]) break;
      int count = 0;
      for (const auto& [f, hit] : fields) {
        const FieldSpec& field = spec.fields[f];
        const FieldType type = static_cast<size_t>(hit->label) < field.label_types.size()
                                   ? field.label_types[hit->label]
                                   : field.type;
        if (ParseByType(type, field.pattern, UnderHeaderIn(layout, *hit, r).words)) ++count;
      }
      if (first_count < 0) first_count = count;
      if (count > best_count) best_count = count, best_row = r;
    }
    if (best_row > header + 1 && best_count > first_count) records[header] = best_row;
  }
  return records;
}

// Words of the first row below the label that starts under it, up to the next stop.
Candidate RowBelow(const PageLayout& layout, const LabelHit& hit) {
  const TextRow& label_row = layout.rows[hit.row];
  int height = std::max(1, label_row.box.h);
  // A label alone on its line has its value on the next one, wherever it starts: a narrow
  // slip prints "입금계좌" and, right-aligned below it, the number. Marks around it (a photo's
  // border read as "|" and "[") leave it alone.
  const auto marks_only = [](const Candidate& c) {
    return StripPunctuation(Join(c.words, SIZE_MAX, "")).empty();
  };
  bool label_alone = marks_only(RestOfRow(layout, hit.row, hit.match.end_char));
  for (int w = 0; w < hit.match.first_word && label_alone; ++w)
    label_alone = StripPunctuation(label_row.words[w]->text).empty();
  // Rows of other columns (a note printed beside the label, scan specks) may come between the
  // label and its value: up to four rows, as long as they are close below it, or below a row
  // of marks under it (a progress line's numbered dots between its steps' captions and dates).
  // Marks: glyphs standing apart, a column or more from each other, not a letter-spaced word
  // ("참 좋 은 세 탁 소", "주 키 ? 스 ㅋ 랩"); a dot's halves, read one over the other, stand
  // apart too.
  const auto marks_under = [](const Candidate& c) {
    for (size_t i = 0; i < c.words.size(); ++i) {
      if (DecodeUtf8(c.words[i].text).size() != 1) return false;
      if (i == 0) continue;
      const BBox& a = c.words[i - 1].bbox;
      const BBox& b = c.words[i].bbox;
      const bool side_by_side = std::min(a.y + a.h, b.y + b.h) > std::max(a.y, b.y);
      if (side_by_side && b.x - (a.x + a.w) < 3 * std::max(a.h, b.h)) return false;
    }
    return true;
  };
  int bottom = label_row.box.y + label_row.box.h;
  for (size_t r = hit.row + 1; r < layout.rows.size() && r <= static_cast<size_t>(hit.row) + 4;
       ++r) {
    const TextRow& row = layout.rows[r];
    if (row.box.y - bottom > 3 * height) break;
    // A row that starts with a phrase of the form is another label's line ("수수료 0 원"
    // under an unreadable amount), not this label's value; unless the row starts in another
    // column, left of the label (running text beside a sidebar: "피보험자는 … ₩2,849,000"
    // under the sidebar's "보험가입금액").
    const BBox& opening = row.words.front()->bbox;
    if (layout.opens_with_form_word[r] && opening.x + opening.w >= hit.box.x - 2 * height) break;
    if (Candidate under = UnderHeaderIn(layout, hit, static_cast<int>(r)); !under.words.empty()) {
      if (!marks_under(under)) return under;
      bottom = row.box.y + row.box.h;
      continue;
    }
    // A row of marks alone (a border read as "|") is not the value of a caption alone.
    if (Candidate next = RestOfRow(layout, static_cast<int>(r), 0);
        label_alone && !marks_only(next))
      return next;
  }
  return Candidate{};
}

// The value printed over its caption: a passbook's fill-in page puts the value in large type
// on a rule and the caption small under it ("주식회사 디지털스토어" over "예 금 주 預金主").
// The row above, in the caption's column, when it is in larger type, opens with no caption and
// is nearer than the next row in that column (a caption over its own value sits nearer that).
Candidate ValueAbove(const PageLayout& layout, const LabelHit& hit, bool only_larger) {
  const TextRow& label_row = layout.rows[hit.row];
  const int height = std::max(1, label_row.box.h);
  const int left = hit.box.x - height, right = hit.box.x + hit.box.w + 3 * height;
  auto first_in_column = [&](const TextRow& row) {
    for (size_t i = 0; i < row.words.size(); ++i) {
      const BBox& b = row.words[i]->bbox;
      if (b.x + b.w >= left && b.x <= right) return static_cast<int>(i);
    }
    return -1;
  };
  int above = hit.row - 1;
  while (above >= 0 && first_in_column(layout.rows[above]) < 0) --above;
  if (above < 0 || layout.opens_with_form_word[above]) return Candidate{};
  const TextRow& value_row = layout.rows[above];
  // The value's type is larger than the caption's, and the caption nearer to it than to the
  // row below; a value only a little larger must be much nearer.
  const bool larger = 2 * value_row.box.h >= 3 * height;
  if (!larger && (only_larger || 5 * value_row.box.h < 6 * height)) return Candidate{};
  const int nearer = larger ? 2 : 3;
  const int gap_above = label_row.box.y - (value_row.box.y + value_row.box.h);
  for (size_t r = hit.row + 1; r < layout.rows.size(); ++r) {
    if (first_in_column(layout.rows[r]) < 0) continue;
    if (nearer * gap_above > layout.rows[r].box.y - (label_row.box.y + label_row.box.h)) return Candidate{};
    break;
  }
  const int first = first_in_column(value_row);
  const int from = static_cast<int>(
      std::find(value_row.char_word.begin(), value_row.char_word.end(), first) - value_row.char_word.begin());
  return RestOfRow(layout, above, from);
}

// A period's two ends on the two lines under its caption, in the caption's column: a sidebar
// beside running text prints "보험기간" over "2026. 3. 25. 부터" and "2027. 6. 30. 까지".
Candidate TwoRowsUnder(const PageLayout& layout, const LabelHit& hit) {
  const int height = std::max(1, layout.rows[hit.row].box.h);
  Candidate c;
  int taken = 0;
  int bottom = layout.rows[hit.row].box.y + layout.rows[hit.row].box.h;
  for (int r = hit.row + 1; r < static_cast<int>(layout.rows.size()) && taken < 2; ++r) {
    const TextRow& row = layout.rows[r];
    if (row.box.y - bottom > 3 * height) break;
    bottom = row.box.y + row.box.h;
    Candidate under = UnderHeaderIn(layout, hit, r);
    if (under.words.empty()) break;
    c.page = row.page;
    c.words.insert(c.words.end(), under.words.begin(), under.words.end());
    ++taken;
  }
  return taken == 2 ? c : Candidate{};
}

// The row after the first colon a few words past the label ("작 성 일 자 [ㅁㅎㄷ 15946 : 2026년
// 8월 26일"): what stands between is part of the caption (a gloss in small print, read as
// specks). Empty when no colon follows closely, or another caption comes first (the colon is
// its own).
Candidate AfterColon(const PageLayout& layout, const LabelHit& hit) {
  const TextRow& row = layout.rows[hit.row];
  constexpr int kMaxWordsBefore = 8;
  for (int w = hit.match.last_word + 1;
       w < static_cast<int>(row.words.size()) && w <= hit.match.last_word + kMaxWordsBefore; ++w) {
    const std::string& t = row.words[w]->text;
    if (!(t.ends_with(":") || t.ends_with("："))) continue;
    const int from = EndOfWordAfter(row, hit.match.end_char, w);
    if (w == hit.match.last_word + 1 && t.size() <= 3) return Candidate{};  // the plain "label :"
    for (const Stop& stop : layout.stops[hit.row])
      if (stop.first >= hit.match.end_char && stop.first < from) return Candidate{};
    return RestOfRow(layout, hit.row, from);
  }
  return Candidate{};
}

// A period's two ends in two rows beside one caption, aligned in a column right of it: a
// caption centred in a cell two rows high ("보험기간" between "자 2026년 03월 27일 0시" and
// "지 2026년 12월 31일 24시", or on the level of either). `first` and `last` are the rows,
// one of them the caption's; both must hold words right of it, starting within a letter
// or two of each other.
Candidate RowsBesideLabel(const PageLayout& layout, const LabelHit& hit, int first, int last) {
  if (first < 0 || static_cast<size_t>(last) >= layout.rows.size()) return Candidate{};
  const int right_of = hit.box.x + hit.box.w;
  const int letter = std::max(1, hit.box.h);
  Candidate c;
  c.page = layout.rows[hit.row].page;
  int column = -1;
  for (int r = first; r <= last; ++r) {
    const TextRow& row = layout.rows[r];
    if (r > first && row.box.y - (layout.rows[r - 1].box.y + layout.rows[r - 1].box.h) > 2 * letter)
      return Candidate{};
    std::vector<ValueWord> right;
    for (const Word* w : row.words)
      if (w->bbox.x >= right_of) right.push_back(ValueWord{w->text, w->confidence, w->bbox});
    if (r == hit.row && r != first && r != last) {
      if (!right.empty()) return Candidate{};  // the caption's row between them is empty
      continue;
    }
    if (right.empty()) return Candidate{};
    if (column >= 0 && std::abs(right.front().bbox.x - column) > 2 * letter) return Candidate{};
    column = right.front().bbox.x;
    c.words.insert(c.words.end(), right.begin(), right.end());
  }
  return c;
}

// A name re-read alone replaces the page's read unless it is less sure by more than this: alone,
// Tesseract misread fewer strokes (한빚 for 한빛, 푸 for 포), but a re-read far less sure was
// of the wrong ink ("베고" for "안예준").
constexpr float kNameRereadMargin = 0.05f;

// A check-digit failure read two different ways is read once more at this scale (the second
// look's first read is at 2x).
constexpr float kTieBreakScale = 3.0f;
// The Latin model reads figures again at this scale to confirm its read at the usual 2x.
constexpr float kLatinFiguresScale = 1.5f;
// Figures this tall (pixels) are large type: read enlarged, a scan's large round face came
// back with strokes cut apart ("1007-938-245497", 42 px tall, read "…-24549/7" at 1.5× and
// 2×, thresholded or not, and right at 0.7 and 1×). The Latin model then reads them at about
// the body text's height as well.
constexpr int kLargeFiguresHeight = 40;
constexpr float kBodyFiguresHeight = 34.0f;
// Two reads of a business number that pass its check digit with the same digits: as sure as
// a clean read, whatever confidence each reported (a whitelisted read reports none).
constexpr float kAgreeingReadsConfidence = 0.9f;

// The Latin model has no glyph for 원 or a Korean colon's spacing: it reads them as letters and
// marks glued to whole grouped figures (":1,232,000H", "£1,232,000H"). Such a word is its
// figures.
std::vector<ValueWord> LatinReadFigures(std::vector<ValueWord> words) {
  static const std::regex glued(R"(^[^\d,.]*(\d{1,3}(?:[,.]\d{3})+)[^\d,.]*$)");
  std::smatch m;
  for (ValueWord& w : words)
    if (std::regex_match(w.text, m, glued)) w.text = m.str(1);
  return words;
}

// A figure worked out from a sum rule is never sure enough to block a payment on: a misread
// glyph repeats across the parts (1,636,364 and 163,636 both read with a 5 for the 6), and the
// sum of two misread parts is misread too.
constexpr float kDerivedConfidence = 0.5f;

// Two reads that agree with each other (parts that add up to the total, a date repeated in the
// approval number) are sure, whatever each glyph's confidence was.
constexpr float kAgreedConfidence = 0.97f;

// Three amounts printed side by side in one row, the first two adding up to the third
// ("4,400,000원 440,000원 4,840,000원" in a totals box whose captions did not print): the
// parts and the total of a sum rule, as a layout prints them whatever it labels them. Taken
// only when one row on the document holds such a run.
std::optional<std::array<Field, 3>> AmountsAddingUpInARow(const std::vector<PageLayout>& layouts) {
  constexpr int64_t kSmallest = 100;  // a count or a day is not an amount of a sum rule
  std::optional<std::array<Field, 3>> found;
  int rows_found = 0;
  for (const PageLayout& layout : layouts) {
    for (const TextRow& row : layout.rows) {
      std::vector<std::pair<int64_t, const Word*>> amounts;
      for (const Word* w : row.words) {
        if (!HasDigit(w->text)) continue;
        if (auto a = ParseAmount(w->text); a && a->won >= kSmallest)
          amounts.emplace_back(a->won, w);
        else
          amounts.clear();  // another figure between them: not one run
      }
      for (size_t i = 0; i + 2 < amounts.size(); ++i) {
        if (amounts[i].first + amounts[i + 1].first != amounts[i + 2].first) continue;
        std::array<Field, 3> fields;
        for (size_t k = 0; k < 3; ++k) {
          fields[k].value = std::to_string(amounts[i + k].first);
          fields[k].confidence = amounts[i + k].second->confidence;
          fields[k].bbox = amounts[i + k].second->bbox;
          fields[k].page = layout.page->number;
        }
        found = fields;
        ++rows_found;
        break;
      }
    }
  }
  if (rows_found != 1) return std::nullopt;
  return found;
}

// The word that prints `won` as an amount anywhere in the document (the first, in reading
// order); nullopt when none does. Its digits are compared whatever its grouping: a figure
// known in advance needs no well-formed separators to be recognised ("4.180000").
std::optional<Field> PrintedAmount(const std::vector<PageLayout>& layouts, int64_t won) {
  const std::string wanted = std::to_string(won);
  const auto prints_it = [&](const std::string& text) {
    if (auto a = ParseAmount(text); a && a->won == won) return true;
    std::string digits;
    for (char c : text) {
      if (c >= '0' && c <= '9')
        digits.push_back(c);
      else if (c != ',' && c != '.')
        return false;
    }
    return digits == wanted;
  };
  for (const PageLayout& layout : layouts)
    for (const TextRow& row : layout.rows)
      for (size_t i = 0; i < row.words.size(); ++i) {
        const Word* w = row.words[i];
        if (!HasDigit(w->text)) continue;
        // The word alone, or with the figures just before it: a comma read as a space splits
        // a sum in two ("3 727.273" for 3,727,273).
        std::string text = w->text;
        BBox box = w->bbox;
        float confidence = w->confidence;
        for (size_t k = i + 1; k-- > 0;) {
          if (k < i) {
            const Word* before = row.words[k];
            const int gap = box.x - (before->bbox.x + before->bbox.w);
            if (!HasDigit(before->text) || gap > std::max(before->bbox.h, w->bbox.h)) break;
            text = before->text + text;
            box = Union(before->bbox, box);
            confidence = std::min(confidence, before->confidence);
          }
          if (!prints_it(text)) continue;
          Field f;
          f.value = wanted;
          f.confidence = confidence;
          f.bbox = box;
          f.page = layout.page->number;
          return f;
        }
      }
  return std::nullopt;
}

// A value after a label word inside running text ("3. 재발행은 예금주 본인(법인은 …)이 …") is
// weak evidence: its confidence is discounted so, on the page and when read again.
constexpr double kInTextLabelEvidence = 0.6;

struct Found {
  Field field;
  bool found = false;
  BBox label_box;        // where the label was, for a second look
  int label_page = 0;
  int label_row = -1;
  FieldType type = FieldType::kName;  // as the value was read (its label's type)
  std::string failed_check;  // see Parsed::failed_check
  bool fragment = false;     // see Parsed::fragment
  // The read's confidence before its failed check discounted it: what OCR thought of the digits.
  float unchecked_confidence = 0.0f;
  // Found after a label word inside running text: weak evidence, however well it is read again.
  bool label_in_text = false;
};

Field MakeField(const Parsed& parsed, const Candidate& c) {
  Field f;
  f.value = parsed.value;
  f.page = c.page;
  double conf_sum = 0.0;
  const size_t first = std::min(parsed.words_skipped, c.words.size() - 1);
  size_t used = std::max<size_t>(1, std::min(parsed.words_used, c.words.size() - first));
  for (size_t i = first; i < first + used; ++i) {
    conf_sum += c.words[i].confidence;
    f.bbox = Union(f.bbox, c.words[i].bbox);
  }
  double conf = (conf_sum / used) * c.label_similarity * parsed.factor;
  f.confidence = static_cast<float>(std::clamp(conf, 0.0, 1.0));
  return f;
}

// A value parsed from a region read again, with the words it came from and the engine that
// read them.
struct ReadValue {
  Parsed parsed;
  Candidate from;
  const OcrEngine* by = nullptr;
};

// A sum written both in figures and in words that agree ("금 792,000원(금 칠십구만이천원정)이
// 출금되었습니다", a letter's sentence; "₩4,620,000" over "금 사백육십이만원정" on a policy): two
// readings of one amount, which needs no label. A row is read with the next two, since the
// words may wrap or stand a line apart. The first in reading order; nullopt when none agree.
std::optional<Field> AmountInFiguresAndWords(const std::vector<PageLayout>& layouts) {
  for (const PageLayout& layout : layouts) {
    for (size_t r = 0; r < layout.rows.size(); ++r) {
      std::vector<ValueWord> words;
      for (size_t k = r; k < std::min(r + 3, layout.rows.size()); ++k)
        for (const Word* w : layout.rows[k].words) words.push_back({w->text, w->confidence, w->bbox});
      // From each of the row's own words: the span that starts at the sum, not at a list
      // number before it ("1. 의뢰인 … 금 792,000원").
      for (size_t start = 0; start < layout.rows[r].words.size(); ++start) {
        if (!HasDigit(words[start].text)) continue;
        std::vector<ValueWord> rest(words.begin() + start, words.end());
        std::optional<Parsed> parsed = ParseByType(FieldType::kAmount, "", rest);
        // Read together, the figures and the words agreed, or the figures had one glyph more
        // before them (a comma or ₩ read as "1").
        if (!parsed || !parsed->words_and_figures) {
          // Figures too garbled to be read as an amount ("11980,000" for 1,980,000): the words
          // after them, and the figures' digits as printed.
          const std::string digits = DigitsIn(words[start].text.substr(0, words[start].text.find('(', 1)));
          // The words may stand a caption's row below the figures ("₩***2,940,000*" over
          // "가입금액" over "(금 이백구십사만원정)"), and a garbled caption holds digits of its
          // own ("가 일 90 금"): the words are looked for from each word after the figures.
          bool agree = false;
          for (size_t from = start + 1; from < words.size() && !agree; ++from) {
            if (HasDigit(words[from].text)) continue;
            std::vector<ValueWord> after(words.begin() + from, words.end());
            parsed = ParseByType(FieldType::kAmount, "", after);
            // A glyph more before the figures is a ₩ read as "1" only when the words follow
            // them: words further off that lost their first syllables ("일백" of
            // "일백사십육만삼천원정") would agree with the figures' tail.
            if (!parsed || parsed->value.empty() || HasDigit(Join(after, parsed->words_used))) continue;
            const bool glyph_before = from == start + 1 && digits.size() == parsed->value.size() + 1 &&
                                      digits.ends_with(parsed->value);
            agree = digits == parsed->value || glyph_before;
          }
          if (!agree) continue;
        }
        Candidate c;
        c.page = layout.page->number;
        c.label_similarity = 0.9;  // no label: a little less sure
        c.words = {words[start]};
        parsed->words_used = 1;
        return MakeField(*parsed, c);
      }
    }
  }
  return std::nullopt;
}

// The rows of `field`'s page whose band holds the middle of its box, in reading order, and the
// layout they are in (null when the field has no box or its page no layout).
std::pair<const PageLayout*, std::vector<size_t>> RowsHolding(const std::vector<PageLayout>& layouts,
                                                              const Field& field) {
  if (field.bbox.empty()) return {};
  const int middle = field.bbox.y + field.bbox.h / 2;
  for (const PageLayout& layout : layouts) {
    if (layout.page->number != field.page) continue;
    std::vector<size_t> rows;
    for (size_t r = 0; r < layout.rows.size(); ++r)
      if (middle >= layout.rows[r].box.y && middle < layout.rows[r].box.y + layout.rows[r].box.h)
        rows.push_back(r);
    return {&layout, rows};
  }
  return {};
}

// A sum printed in Korean words on a row of its own ("(금 이백팔십사만구천원정)"), within two
// rows of the row that holds `near`: its value in won.
std::optional<int64_t> SumInWordsNear(const std::vector<PageLayout>& layouts, const Field& near) {
  const auto [layout, holding] = RowsHolding(layouts, near);
  if (holding.empty()) return std::nullopt;
  const size_t r = holding.front();
  for (size_t k = r > 2 ? r - 2 : 0; k < std::min(r + 3, layout->rows.size()); ++k) {
    std::string text;
    for (const Word* w : layout->rows[k].words)
      for (char ch : w->text)
        if (ch != '(' && ch != ')') text += ch;
    std::optional<ParsedAmount> sum = ParseAmount(text);
    if (sum && sum->form == AmountForm::kWords && sum->won > 0) return sum->won;
  }
  return std::nullopt;
}

// The first value of `type` that passes its check, right of `left` in the row that holds it.
std::optional<Field> RightOfInItsRow(const std::vector<PageLayout>& layouts, const Field& left,
                                     FieldType type) {
  const auto [layout, holding] = RowsHolding(layouts, left);
  for (size_t r : holding) {
    const TextRow& row = layout->rows[r];
    std::vector<ValueWord> right;
    for (const Word* w : row.words)
      if (w->bbox.x >= left.bbox.x + left.bbox.w) right.push_back({w->text, w->confidence, w->bbox});
    for (size_t start = 0; start < right.size(); ++start) {
      Candidate c;
      c.page = row.page;
      c.label_similarity = 0.9;  // no label: a little less sure
      c.words.assign(right.begin() + start, right.end());
      std::optional<Parsed> parsed = ParseByType(type, "", c.words);
      if (parsed && !parsed->fragment && parsed->failed_check.empty()) return MakeField(*parsed, c);
    }
  }
  return std::nullopt;
}

// The date printed with a time of day ("2026년 06월 20일 13:59:43에"): a transaction's stamp.
// A date after a caption of the form ("출력일시 2026.06.12 17:34", a print's stamp) is that
// caption's, not the transaction's. The first in reading order; nullopt when there is none.
std::optional<Field> TimedDate(const std::vector<PageLayout>& layouts) {
  static const std::regex time_of_day(R"(^\d{1,2}:\d{2}(:\d{2})?\D*$)");
  for (const PageLayout& layout : layouts) {
    for (const TextRow& row : layout.rows) {
      std::vector<ValueWord> words;
      for (const Word* w : row.words) words.push_back({w->text, w->confidence, w->bbox});
      auto is_caption = [&](const std::string& text) {
        return layout.form_words && layout.form_words->count(MatchKey(StripPunctuation(text)));
      };
      for (size_t start = 0; start < words.size(); ++start) {
        if (!HasDigit(words[start].text)) continue;
        std::vector<ValueWord> rest(words.begin() + start, words.end());
        auto parsed = ParseByType(FieldType::kDate, "", rest);
        if (!parsed) continue;
        const size_t after = start + parsed->words_used;
        // The time is after the date's words, or among them: a date read with the time that
        // ends its row ("2026.06.10 09:54") took it in.
        bool timed = false;
        for (size_t k = start + 1; k <= after && k < words.size(); ++k)
          timed = timed || std::regex_match(words[k].text, time_of_day);
        if (!timed) {
          start = after - 1;
          continue;
        }
        // The caption may be read syllable by syllable ("발 급 일 시 2026.05.02 12:35:39").
        bool captioned = false;
        std::string before;
        for (size_t k = start; k-- > 0 && k + 4 >= start && !captioned;)
          captioned = is_caption(before = words[k].text + before);
        if (captioned) {
          start = after - 1;
          continue;
        }
        Candidate c;
        c.page = layout.page->number;
        c.label_similarity = 0.8;  // no label: a time beside it is all that says what it is
        c.words = rest;
        return MakeField(*parsed, c);
      }
    }
  }
  return std::nullopt;
}

// Settles a business number whose first read (on the page, `found`, when found) failed its
// check digit, or whose second look `first` failed it or reported no confidence, with the
// reads `more` gives, in turn, until one settles it (each makes its read only when asked).
// - A read that passes at least `sure` stands; sure when another read passed with the same
//   digits, or failed with one digit its look-alike ("556-…" for "558-…").
// - A read that passes less sure — or whitelisted, reporting no confidence (tesseract#3856) —
//   stands, sure, when another read agrees so, and unsure when none does (a tight crop read
//   "899-32-35083" right beside a colon and a rule, at 0.2).
// - Two reads that fail with the same digits confirm what is printed: two reads do not misread
//   ten digits the same way by chance. Read by two models it is as sure as a clean read; by
//   one model, at two scales, a glyph could be misread alike, so it keeps the surer read's
//   confidence before the check — until a read by another model fails with the same digits
//   (a misprinted "730-11-26732" read alike by the Korean model twice and the Latin one).
// Unsettled, the page's read stands, or else the second look's.
void SettleBusinessNumber(const ReadValue& first,
                          const std::vector<std::function<std::optional<ReadValue>()>>& more,
                          const OcrEngine* page_by, float sure, Found* found) {
  struct Failed {
    std::string digits;
    const OcrEngine* by;
  };
  std::vector<Failed> failed;
  if (found->found && !found->failed_check.empty())
    failed.push_back({found->failed_check, page_by});
  std::optional<Field> unsure_pass;
  const OcrEngine* confirmed_by_one = nullptr;  // the one model whose reads confirmed a failure
  auto settles = [&](const Parsed& read, const Candidate& from, const OcrEngine* by) {
    if (read.failed_check.empty()) {
      Field passed = MakeField(read, from);
      // Another read agrees: one that passed, or one that failed by a look-alike digit and
      // passes only with this number.
      const bool agreed =
          (unsure_pass && unsure_pass->value == passed.value) ||
          std::any_of(failed.begin(), failed.end(), [&](const Failed& f) {
            return OneLookAlikeApart(f.digits, passed.value);
          });
      if (agreed)
        passed.confidence = std::max(passed.confidence, kAgreeingReadsConfidence);
      else if (passed.confidence < sure) {
        if (!unsure_pass) unsure_pass = passed;
        return false;
      }
      found->field = passed;
      return true;
    }
    for (const Failed& f : failed) {
      if (f.digits != read.failed_check) continue;
      Parsed confirmed = read;
      confirmed.value = confirmed.failed_check;
      confirmed.factor = 1.0;
      found->field = MakeField(confirmed, from);
      found->field.confidence = std::max(found->field.confidence, found->unchecked_confidence);
      if (f.by != by)
        found->field.confidence = std::max(found->field.confidence, kAgreeingReadsConfidence);
      else
        confirmed_by_one = by;
      return true;
    }
    failed.push_back({read.failed_check, by});
    return false;
  };
  bool settled = settles(first.parsed, first.from, first.by);
  size_t k = 0;
  for (; k < more.size() && !settled; ++k)
    if (auto again = more[k]())
      settled = settles(again->parsed, again->from, again->by);
  for (; confirmed_by_one && k < more.size(); ++k) {
    auto again = more[k]();
    if (again && again->by != confirmed_by_one && again->parsed.failed_check == found->field.value) {
      found->field.confidence = std::max(found->field.confidence, kAgreeingReadsConfidence);
      break;
    }
  }
  if (!settled && unsure_pass)
    found->field = *unsure_pass;
  else if (!settled && !found->found)
    found->field = MakeField(first.parsed, first.from);
  found->found = true;
  found->failed_check.clear();
}

// `region`, a padded crop around `seen`, cut short of the words on either side of `seen` on its
// line: the "귀하" after "주식회사 테크오더" came back as "구" glued to the name.
BBox ShortOfWordsBeside(const BBox& region, const BBox& seen, const std::vector<Word>& words) {
  int left = region.x, right = region.x + region.w;
  for (const Word& w : words) {
    const BBox& b = w.bbox;
    const int overlap = std::min(b.y + b.h, seen.y + seen.h) - std::max(b.y, seen.y);
    if (2 * overlap < std::min(b.h, seen.h)) continue;  // another line
    if (b.x >= seen.x + seen.w) right = std::min(right, b.x);
    else if (b.x + b.w <= seen.x) left = std::max(left, b.x + b.w);
  }
  BBox cut = region;
  cut.x = left;
  cut.w = std::max(0, right - left);
  return cut;
}

// `region` clipped to the inside of `cell`. The page picture a second look reads still has
// the table's borders; read through them, "…-5db724e0" came back as noise.
BBox InsideCell(const BBox& region, const BBox& cell) {
  int inset = std::max(2, cell.h / 20);
  int x0 = std::max(region.x, cell.x + inset), y0 = std::max(region.y, cell.y + inset);
  int x1 = std::min(region.x + region.w, cell.x + cell.w - inset);
  int y1 = std::min(region.y + region.h, cell.y + cell.h - inset);
  if (x1 - x0 < 8 || y1 - y0 < 8) return region;
  return BBox{x0, y0, x1 - x0, y1 - y0};
}

struct SectionAnchor {
  std::string name;
  BBox box;
  int row = 0;
  bool opens_row = false;  // the first words of its row: a row heading
  // In the first phrase of its row, after words set close before it ("출금 (보내는 분)"): the
  // row's heading.
  bool heads_row = false;
  BBox cell;               // the table cell it stands in; empty when there is no grid
};

// Whether words [0, first_word) of `row` run into word `first_word` with no column gap
// between any two of them: one phrase at the row's head. A table's rule read as a mark or the
// stroke ㅣ ahead of them is no word of the row.
bool InFirstPhrase(const TextRow& row, int first_word) {
  const int gap = 3 * std::max(1, row.box.h) / 2;
  int first = 0;
  while (first < first_word &&
         (StripPunctuation(row.words[first]->text).empty() || row.words[first]->text == "ㅣ"))
    ++first;
  for (const auto& [begin, end] : ColumnRuns(row, gap + 1))
    if (begin <= first_word && first_word <= end) return begin <= first;
  return true;
}

// The lowest row of headings of different sections side by side above `at` ("공급자 |
// 공급받는자" over two panels), left to right; empty when there is none.
std::vector<const SectionAnchor*> PanelRowAbove(const std::vector<SectionAnchor>& anchors,
                                                const BBox& at) {
  const SectionAnchor* panels = nullptr;  // an anchor of that row
  for (const SectionAnchor& a : anchors) {
    if (a.box.y + a.box.h > at.y + at.h / 2) continue;
    bool other_section_beside = std::any_of(anchors.begin(), anchors.end(), [&](const auto& b) {
      return b.row == a.row && b.name != a.name;
    });
    if (other_section_beside && (!panels || a.row > panels->row)) panels = &a;
  }
  std::vector<const SectionAnchor*> row;
  if (!panels) return row;
  for (const SectionAnchor& a : anchors)
    if (a.row == panels->row) row.push_back(&a);
  std::sort(row.begin(), row.end(), [](auto* a, auto* b) { return a->box.x < b->box.x; });
  return row;
}

// Which section governs a label. Headings side by side in one row split the page's width
// between them at the middle of the gap between them: below that row a label belongs to the
// heading over its column. Otherwise it is the nearest anchor above the label or to its left.
std::string SectionOf(const std::vector<SectionAnchor>& anchors, const BBox& at) {
  const int centre = at.x + at.w / 2;
  const auto row = PanelRowAbove(anchors, at);
  for (size_t i = 0; i < row.size(); ++i) {
    const bool last = i + 1 == row.size();
    const int right_edge = row[i]->box.x + row[i]->box.w;
    if (!last && 2 * centre >= right_edge + row[i + 1]->box.x) continue;
    // A heading lower down in the same column governs its own block: each copy of an invoice
    // printed two-up heads its supplier and buyer blocks under a row of copy notes that
    // names both parties ("공급자 보관용 | 공급받는자 보관용", the brackets lost to OCR).
    const int left = i == 0 ? std::numeric_limits<int>::min()
                            : (row[i - 1]->box.x + row[i - 1]->box.w + row[i]->box.x) / 2;
    const int right = last ? std::numeric_limits<int>::max() : (right_edge + row[i + 1]->box.x) / 2;
    const SectionAnchor* nearer = nullptr;
    for (const SectionAnchor& a : anchors) {
      const int a_centre = a.box.x + a.box.w / 2;
      if (a.row <= row[i]->row || a.box.y + a.box.h > at.y + at.h / 2 || a_centre < left ||
          a_centre >= right)
        continue;
      if (!nearer || a.row > nearer->row) nearer = &a;
    }
    return nearer ? nearer->name : row[i]->name;
  }
  // A heading left of the label in a column of row headings: a merged cell beside the rows it
  // heads ("보험계약자 | 상호(성명) …" / "| 사업자등록번호 …" / "| 주소 …"), its words centred
  // in it, so the block's first rows stand above them. In a table the heading's cell spans
  // the label's row; without one (a text layer) the heading nearest the label's level governs,
  // within a couple of lines.
  const int level = at.y + at.h / 2;
  const SectionAnchor* beside = nullptr;
  int beside_distance = std::numeric_limits<int>::max();
  for (const SectionAnchor& a : anchors) {
    if (!a.opens_row || a.box.x + a.box.w > at.x) continue;
    int distance = std::abs(a.box.y + a.box.h / 2 - level);
    if (!a.cell.empty()) {
      if (level < a.cell.y || level >= a.cell.y + a.cell.h || a.cell.x + a.cell.w > at.x + at.w / 2) continue;
    } else if (distance > 5 * std::max(at.h, a.box.h) / 2) {
      continue;
    }
    if (distance < beside_distance) beside_distance = distance, beside = &a;
  }
  if (beside) return beside->name;
  std::string best;
  double best_cost = 1e18;
  for (const SectionAnchor& a : anchors) {
    const BBox& box = a.box;
    if (box.x > at.x + at.w || box.y > at.y + at.h) continue;
    double dy = std::max(0, at.y - (box.y + box.h));
    double dx = std::max(0, at.x - (box.x + box.w));
    double cost = dy * 2.0 + dx;
    if (cost < best_cost) best_cost = cost, best = a.name;
  }
  return best;
}

// A table with the parties as its columns ("구분 | 공급자 | 공급받는자" over "등록번호 |
// 752-86-… | 736-07-…"): for a label heading its row, under a caption of its own beside the
// section headings, the span of `section`'s column, from the middle of the gap to the heading
// before it to the middle of the gap to the one after it. The captions' column may stand
// between the parties ("공급자 | 구분 | 공급받는자" over "418-… | 사업자등록번호 | 323-…"):
// then it bounds the columns on either side of it. (Over side-by-side panels the first heading
// is centred over its panel's labels, with no caption of its own above them.)
std::optional<std::pair<int, int>> SectionColumn(const PageLayout& layout,
                                                 const std::vector<SectionAnchor>& anchors,
                                                 const BBox& label, const std::string& section) {
  const auto row = PanelRowAbove(anchors, label);
  auto across_label = [&](const BBox& b) { return b.x < label.x + label.w && label.x < b.x + b.w; };
  if (row.empty() || std::any_of(row.begin(), row.end(), [&](auto* a) { return across_label(a->box); }))
    return std::nullopt;
  // Headings between that row and the label head blocks of their own (a two-up print's
  // copies under a row of copy notes): no table of the parties' columns.
  if (std::any_of(anchors.begin(), anchors.end(), [&](const SectionAnchor& a) {
        return a.row > row.front()->row && a.box.y + a.box.h <= label.y + label.h / 2;
      }))
    return std::nullopt;
  auto in_heading = [&](const Word* w) {
    return std::any_of(row.begin(), row.end(), [&](auto* a) {
      return w->bbox.x < a->box.x + a->box.w && a->box.x < w->bbox.x + w->bbox.w;
    });
  };
  const auto& heading_words = layout.rows[row.front()->row].words;
  const bool captioned = std::any_of(heading_words.begin(), heading_words.end(), [&](const Word* w) {
    return !in_heading(w) && across_label(w->bbox);
  });
  if (!captioned) return std::nullopt;
  for (size_t i = 0; i < row.size(); ++i) {
    if (row[i]->name != section) continue;
    const bool left_of_label = row[i]->box.x + row[i]->box.w <= label.x;
    int left = i == 0 ? std::numeric_limits<int>::min()
                      : (row[i - 1]->box.x + row[i - 1]->box.w + row[i]->box.x) / 2;
    int right = i + 1 == row.size()
                    ? std::numeric_limits<int>::max()
                    : (row[i]->box.x + row[i]->box.w + row[i + 1]->box.x) / 2;
    if (left_of_label) right = std::min(right, label.x);
    else left = std::max(left, label.x + label.w);
    return std::pair{left, right};
  }
  return std::nullopt;
}

// The words of row `r` whose centres lie in [columns.first, columns.second).
Candidate WordsInColumns(const PageLayout& layout, int r, std::pair<int, int> columns) {
  Candidate c;
  const TextRow& row = layout.rows[r];
  c.page = row.page;
  for (const Word* w : row.words) {
    const int centre = w->bbox.x + w->bbox.w / 2;
    if (centre >= columns.first && centre < columns.second)
      c.words.push_back(ValueWord{w->text, w->confidence, w->bbox});
  }
  return c;
}

// True for a whitelist of ASCII letters, digits and punctuation that has letters in it.
bool IsLatinWhitelist(const std::string& whitelist) {
  bool letters = false;
  for (unsigned char c : whitelist) {
    if (c >= 0x80) return false;
    letters = letters || std::isalpha(c);
  }
  return letters;
}

// A Latin-script engine for identifiers, one per thread (OcrEngine is not thread-safe),
// loaded on first use; null when the `eng` data is not installed.
OcrEngine* LatinEngine() {
  thread_local std::unique_ptr<OcrEngine> engine;
  thread_local bool tried = false;
  if (!tried) {
    tried = true;
    OcrOptions options;
    options.languages = "eng";
    options.detect_orientation = false;
    auto candidate = std::make_unique<OcrEngine>(options);
    if (candidate->Init().ok()) engine = std::move(candidate);
  }
  return engine.get();
}

// A word with a Hangul syllable or a digit in it: printed text, not a rule or speck read as
// "|" or "「".
bool ReadsAsText(const std::string& word) {
  const std::u32string chars = DecodeUtf8(word);
  return HasDigit(word) || std::any_of(chars.begin(), chars.end(), IsHangulSyllable);
}

// The words under a caption of a header row ("작성일자 | 공급가액 | 세액" over "202001022 |
// 1,600,000 | …"): those of the first of the next three rows (specks of a rule may come
// between) with text that overlaps the caption's column, a letter's height either side.
// Empty when none.
BBox WordsUnderLabel(const PageLayout& layout, int r, const BBox& label) {
  const int reach = std::max(8, label.h);
  for (int below = r + 1; below < static_cast<int>(layout.rows.size()) && below <= r + 3; ++below) {
    BBox box;
    for (const Word* w : layout.rows[below].words)
      if (w->bbox.x < label.x + label.w + reach && w->bbox.x + w->bbox.w > label.x - reach &&
          ReadsAsText(w->text))
        box = Union(box, w->bbox);
    if (!box.empty()) return box;
  }
  return BBox{};
}

// Where a value the parsers could not read stands in its label's row ("2026004-01~2027-03-31"
// after "보험기간 :"): from the label to the end of the words that follow it, up to the next
// column gap after the first that reads as text. Empty when nothing follows.
BBox WordsBesideLabel(const TextRow& row, const BBox& label) {
  BBox box;
  int right = label.x + label.w;
  const int gap = 2 * std::max(8, row.box.h);
  for (const Word* w : row.words) {
    if (w->bbox.x + w->bbox.w / 2 <= label.x + label.w) continue;
    if (!box.empty() && w->bbox.x - right >= gap) break;
    right = std::max(right, w->bbox.x + w->bbox.w);
    if (box.empty() && !ReadsAsText(w->text)) continue;
    box = Union(box, w->bbox);
  }
  // From the label on: the page read may have lost the value's first figures altogether
  // ("; ;7.535-411012" of 1007-535-411012).
  if (!box.empty()) {
    const int from = label.x + label.w + std::max(2, label.h / 4);
    if (from < box.x) box.w += box.x - from, box.x = from;
  }
  return box;
}

// A word beside a caption read below this confidence is unsure.
constexpr double kUnsureBeside = 0.5;

// Share of the signature area covered by ink outside printed text. A scribble or seal covers
// a few percent; an empty box only scan noise.
constexpr float kSignatureInkFraction = 0.004f;

}  // namespace

bool HasSignatureInk(PIX* page, const BBox& box, const std::vector<BBox>& printed,
                     float* ink_fraction) {
  *ink_fraction = 0.0f;
  if (!page || box.empty()) return false;
  int W = pixGetWidth(page), H = pixGetHeight(page);
  // Stay clear of the box's ruling lines.
  int margin = std::max(3, std::min(box.w, box.h) / 12);
  int x0 = std::clamp(box.x + margin, 0, W), y0 = std::clamp(box.y + margin, 0, H);
  int x1 = std::clamp(box.x + box.w - margin, 0, W), y1 = std::clamp(box.y + box.h - margin, 0, H);
  if (x1 <= x0 || y1 <= y0) return false;
  const int aw = x1 - x0, ah = y1 - y0;
  // The box alone in colour: the whole page at 32 bpp cost more than the rest of the test.
  PixPtr clip = ClipPix(page, {x0, y0, aw, ah});
  PixPtr rgb(clip ? pixConvertTo32(clip.get()) : nullptr);
  if (!rgb) return false;
  const size_t area = static_cast<size_t>(aw) * ah;
  std::vector<uint8_t> lum(area);
  std::vector<uint8_t> red(area);
  for (int y = 0; y < ah; ++y) {
    for (int x = 0; x < aw; ++x) {
      l_int32 r, g, b;
      pixGetRGBPixel(rgb.get(), x, y, &r, &g, &b);
      size_t i = static_cast<size_t>(y) * aw + x;
      lum[i] = static_cast<uint8_t>((r * 299 + g * 587 + b * 114) / 1000);
      red[i] = r > 120 && r > g + 50 && r > b + 50;  // red stamp ink in a colour picture
    }
  }
  // Ink is judged against the paper, not an absolute level: in a grey picture a red seal
  // keeps only about a third to a half of the paper's brightness, lighter than printed black.
  const int paper = Median(lum);  // the box is mostly empty paper
  const int ink_below = paper * 3 / 5;
  std::vector<uint8_t> mask(area, 0);  // 1 ink, 2 ink inside printed text
  std::vector<uint8_t> in_printed(area, 0);
  for (const BBox& p : printed) {
    int pad = std::max(2, p.h / 5);
    int px0 = std::clamp(p.x - pad - x0, 0, aw), px1 = std::clamp(p.x + p.w + pad - x0, 0, aw);
    int py0 = std::clamp(p.y - pad - y0, 0, ah), py1 = std::clamp(p.y + p.h + pad - y0, 0, ah);
    for (int y = py0; y < py1; ++y)
      std::fill(in_printed.begin() + static_cast<size_t>(y) * aw + px0,
                in_printed.begin() + static_cast<size_t>(y) * aw + px1, 1);
  }
  for (size_t i = 0; i < area; ++i)
    if (lum[i] < ink_below || red[i]) mask[i] = in_printed[i] ? 2 : 1;
  // Table borders are long straight runs (a pen never draws one); they are found on the
  // whole mask first, since a border grid is connected and would pass as one big stroke.
  std::vector<uint8_t> border(area, 0);
  const int long_row = std::max(40, aw / 3), long_column = std::max(40, ah * 2 / 3);
  for (int y = 0; y < ah; ++y) {
    for (int x = 0; x < aw;) {
      int end = x;
      while (end < aw && mask[static_cast<size_t>(y) * aw + end]) ++end;
      if (end - x >= long_row)
        std::fill(border.begin() + static_cast<size_t>(y) * aw + x,
                  border.begin() + static_cast<size_t>(y) * aw + end, 1);
      x = end + 1;
    }
  }
  for (int x = 0; x < aw; ++x) {
    for (int y = 0; y < ah;) {
      int end = y;
      while (end < ah && mask[static_cast<size_t>(end) * aw + x]) ++end;
      if (end - y >= long_column)
        for (int k = y; k < end; ++k) border[static_cast<size_t>(k) * aw + x] = 1;
      y = end + 1;
    }
  }
  for (size_t i = 0; i < area; ++i)
    if (border[i]) mask[i] = 0;
  // Connected strokes: a stroke that leaves the printed text counts whole, so a signature
  // written across the printed "(서명)" is not hidden by it, while the printed text alone
  // (all of its strokes inside its boxes) never counts.
  long ink = 0;
  std::vector<int> stack, component;
  std::vector<uint8_t> seen(area, 0);
  for (size_t start = 0; start < area; ++start) {
    if (!mask[start] || seen[start]) continue;
    long pixels = 0, outside = 0;
    int minx = aw, maxx = -1, miny = ah, maxy = -1;
    stack.assign(1, static_cast<int>(start));
    seen[start] = 1;
    component.clear();
    while (!stack.empty()) {
      int i = stack.back();
      stack.pop_back();
      component.push_back(i);
      int x = i % aw, y = i / aw;
      ++pixels;
      if (mask[i] == 1) ++outside;
      minx = std::min(minx, x), maxx = std::max(maxx, x);
      miny = std::min(miny, y), maxy = std::max(maxy, y);
      for (int dy = -1; dy <= 1; ++dy) {
        for (int dx = -1; dx <= 1; ++dx) {
          int nx = x + dx, ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= aw || ny >= ah) continue;
          int j = ny * aw + nx;
          if (mask[j] && !seen[j]) seen[j] = 1, stack.push_back(j);
        }
      }
    }
    int cw = maxx - minx + 1, ch = maxy - miny + 1;
    // What is left of a slanted border (a photo) is a long thin piece.
    bool ruling = (cw >= aw / 2 && ch <= std::max(6, cw / 25)) ||
                  (ch >= ah / 2 && cw <= std::max(6, ch / 25));
    // A cell's frame in a photo, its sides too slanted or short for the runs above: all of
    // it on the edges of its own bounding box, where a signature fills its box.
    if (cw > 40 && ch > 40) {
      const int band = std::max(4, std::min(cw, ch) / 10);
      long inner = 0;
      for (int i : component) {
        int x = i % aw, y = i / aw;
        inner += x > minx + band && x < maxx - band && y > miny + band && y < maxy - band;
      }
      if (inner * 10 < pixels) continue;
    }
    // A printed glyph may poke a pixel or two out of its box; a stroke must really leave it.
    if (outside >= std::max(4L, pixels / 10) && !ruling) ink += pixels;
  }
  *ink_fraction = static_cast<float>(ink) / static_cast<float>(area);
  return *ink_fraction > kSignatureInkFraction;
}

void ExtractFields(const DocTypeSpec& spec, const std::vector<PageContext>& pages,
                   OcrEngine* ocr, const ExtractOptions& options, Document* doc) {
  std::vector<std::u32string> label_keys, stop_keys;
  std::vector<std::string> label_texts;  // parallel to `label_keys`
  std::vector<std::vector<std::u32string>> field_label_keys;  // per field, parallel to its labels
  for (const FieldSpec& f : spec.fields) {
    field_label_keys.emplace_back();
    for (const std::string& label : f.labels) {
      field_label_keys.back().push_back(MatchKey(label));
      label_keys.push_back(field_label_keys.back().back()), label_texts.push_back(label);
    }
  }
  stop_keys = label_keys;
  // Every field's markers printed after a value: one field's value ends a sentence's phrase
  // that the next field's marker follows.
  std::vector<std::string> all_markers;
  for (const FieldSpec& field : spec.fields)
    all_markers.insert(all_markers.end(), field.labels_after_value.begin(), field.labels_after_value.end());
  for (const SectionSpec& s : spec.sections)
    for (const std::string& anchor : s.anchors) stop_keys.push_back(MatchKey(anchor));
  for (const std::string& caption : spec.captions) stop_keys.push_back(MatchKey(caption));
  // The form's own words (labels, keywords, titles): never a name's value. A header row of
  // labels ("입금받는분 입금은행 입금계좌번호") has the values in the row below.
  std::set<std::u32string> form_words(stop_keys.begin(), stop_keys.end());
  for (const auto* phrases : {&spec.titles, &spec.keywords})
    for (const Phrase& phrase : *phrases) form_words.insert(MatchKey(phrase.text));
  std::vector<std::u32string> totals_words;
  for (const std::string& word : spec.totals_rows) {
    std::u32string compact = DecodeUtf8(word);
    std::erase(compact, U' ');
    totals_words.push_back(std::move(compact));
  }
  std::vector<PageLayout> layouts(doc->pages.size());
  for (size_t p = 0; p < doc->pages.size(); ++p) {
    PageLayout& layout = layouts[p];
    layout.page = &doc->pages[p];
    layout.form_words = &form_words;
    layout.grid = p < pages.size() ? pages[p].grid : nullptr;
    layout.rows = BuildRows(doc->pages[p]);
    for (size_t r = 0; r < layout.rows.size(); ++r) IndexRowPhrases(stop_keys, r, &layout);
  }
  // Label hits per field and page, found once; a page whose keys are re-read is searched again.
  std::vector<std::vector<std::vector<LabelHit>>> label_hits(
      spec.fields.size(), std::vector<std::vector<LabelHit>>(layouts.size()));
  auto find_labels_on = [&](size_t p) {
    for (size_t f = 0; f < spec.fields.size(); ++f)
      label_hits[f][p] = FindLabels(layouts[p], spec.fields[f].labels);
  };
  for (size_t p = 0; p < layouts.size(); ++p) find_labels_on(p);
  // A field whose label is nowhere on the OCR pages: re-read the keys no label matched.
  bool label_missing = false;
  for (size_t f = 0; f < spec.fields.size(); ++f) {
    if (spec.fields[f].labels.empty()) continue;
    bool seen = false;
    for (const auto& on_page : label_hits[f]) seen = seen || !on_page.empty();
    label_missing = label_missing || !seen;
  }
  if (label_missing && options.second_look && ocr) {
    for (size_t p = 0; p < layouts.size() && p < pages.size(); ++p) {
      if (!pages[p].image || doc->pages[p].source != Source::kOcr) continue;
      RereadUnmatchedKeys(label_keys, label_texts, pages[p], ocr, &layouts[p]);
      for (size_t r = 0; r < layouts[p].rows.size(); ++r) IndexRowPhrases(stop_keys, r, &layouts[p]);
      find_labels_on(p);
    }
  }

  std::vector<std::map<int, int>> record_rows(layouts.size());
  for (size_t p = 0; p < layouts.size(); ++p) {
    std::vector<const std::vector<LabelHit>*> hits_on_page;
    for (size_t f = 0; f < spec.fields.size(); ++f) hits_on_page.push_back(&label_hits[f][p]);
    record_rows[p] = RecordRows(layouts[p], spec, hits_on_page);
  }

  std::map<std::string, Found> results;
  std::map<std::string, std::vector<Field>> alternatives;  // every parsed value, in order
  const auto amount_fields = std::count_if(spec.fields.begin(), spec.fields.end(),
                                           [](const FieldSpec& f) { return f.type == FieldType::kAmount; });
  auto in_sum_rule = [&](const std::string& name) {
    for (const SumRule& rule : spec.sums) {
      if (rule.total == name) return true;
      for (const std::string& part : rule.parts)
        if (part == name) return true;
    }
    return false;
  };
  // Each page's section headings, found once for every field that is read by section.
  std::vector<std::vector<SectionAnchor>> page_anchors(layouts.size());
  for (size_t p = 0; p < layouts.size(); ++p)
    for (const SectionSpec& s : spec.sections)
      for (const LabelHit& a : FindLabels(layouts[p], s.anchors)) {
        SectionAnchor anchor{s.name, a.box, a.row, a.match.first_word == 0,
                             InFirstPhrase(layouts[p].rows[a.row], a.match.first_word), BBox{}};
        if (p < pages.size() && pages[p].grid)
          if (const TableCell* cell = CellAt(*pages[p].grid, a.box))
            anchor.cell = cell->box;
        page_anchors[p].push_back(std::move(anchor));
      }
  const std::vector<SectionAnchor> no_anchors;
  // Each page's markers of every field, found when a field first needs them.
  std::vector<std::optional<std::vector<LabelHit>>> page_markers(layouts.size());
  for (size_t f = 0; f < spec.fields.size(); ++f) {
    const FieldSpec& field = spec.fields[f];
    Found& found = results[field.name];
    found.type = field.type;
    for (size_t p = 0; p < layouts.size() && !found.found; ++p) {
      const PageLayout& layout = layouts[p];
      const PageContext* ctx = p < pages.size() ? &pages[p] : nullptr;
      std::vector<LabelHit> hits = label_hits[f][p];
      // In one row, a caption qualified for this field ("사업주 성명") before the bare word it
      // qualifies ("성명", which a panel of another person's prints on the same line). Rows
      // keep their order: a qualified caption elsewhere (in a sentence) is no better.
      for (auto row_begin = hits.begin(); row_begin != hits.end();) {
        const auto row_end = std::find_if(row_begin, hits.end(), [&](const LabelHit& h) {
          return h.row != row_begin->row;
        });
        std::stable_partition(row_begin, row_end, [&](const LabelHit& h) {
          const std::u32string& key = field_label_keys[f][h.label];
          return std::none_of(row_begin, row_end, [&](const LabelHit& other) {
            const std::u32string& longer = field_label_keys[f][other.label];
            return longer.size() > key.size() && longer.find(key) != std::u32string::npos;
          });
        });
        row_begin = row_end;
      }
      const bool label_in_section = std::any_of(
          field.label_sections.begin(), field.label_sections.end(),
          [](const std::string& section) { return !section.empty(); });
      const std::vector<SectionAnchor>& anchors =
          !field.section.empty() || label_in_section ? page_anchors[p] : no_anchors;
      std::vector<LabelHit> row_headings;
      std::vector<std::pair<int, int>> section_columns;  // parallel to `row_headings`
      // A header row over rows headed by the sections ("구분 | 등록번호 …" over "공급자 | 107-…"
      // and "공급받는자 | 853-…"; "구분 | 은행 | 계좌번호 | 예금주" over "출금 (보내는 분) | …" and
      // "입금 (받는 분) | …"): the value is in the section's row, under the label. Every
      // section must head a row there, or a block's label would be read in the next block's
      // first row.
      auto heading_row = [&](const LabelHit& h, const std::string& section) {
        for (const SectionAnchor& a : anchors)
          if (a.name == section && a.heads_row && a.row > h.row && a.row <= h.row + 6) return a.row;
        return -1;
      };
      auto over_every_section = [&](const LabelHit& h) {
        return std::all_of(spec.sections.begin(), spec.sections.end(),
                           [&](const SectionSpec& s) { return heading_row(h, s.name) >= 0; });
      };
      std::vector<LabelHit> headed;
      std::vector<int> headed_rows;  // parallel to `headed`
      for (const LabelHit& h : hits) {
        const std::string wanted = !field.section.empty() ? field.section
                                   : static_cast<size_t>(h.label) < field.label_sections.size()
                                       ? field.label_sections[h.label]
                                       : std::string();
        // A label of a section's own is a column's caption only in a header row.
        if (wanted.empty() || (field.section.empty() && !IsHeaderRow(layout, h.row))) continue;
        if (over_every_section(h)) headed.push_back(h), headed_rows.push_back(heading_row(h, wanted));
      }
      if (label_in_section) {
        // A row caption left of the parties' columns ("계좌번호 | 1009-… | 1003-…" under
        // "구분 | 출금 (보내는 분) | 입금 (받는 분)"): its value is in its section's column.
        for (const LabelHit& h : hits) {
          const std::string& wanted = field.label_sections[h.label];
          if (wanted.empty()) continue;
          if (auto columns = SectionColumn(layout, anchors, h.box, wanted))
            row_headings.push_back(h), section_columns.push_back(*columns);
        }
        std::erase_if(hits, [&](const LabelHit& h) {
          const std::string& wanted = field.label_sections[h.label];
          return !wanted.empty() && SectionOf(anchors, h.box) != wanted;
        });
      }
      if (!field.section.empty() && headed.empty()) {
        for (const LabelHit& h : hits)
          if (auto columns = SectionColumn(layout, anchors, h.box, field.section))
            row_headings.push_back(h), section_columns.push_back(*columns);
      }
      if (!headed.empty()) {
        hits = std::move(headed);
      } else if (!row_headings.empty()) {
        hits = std::move(row_headings);
      } else if (!field.section.empty()) {
        std::vector<LabelHit> in_section;
        bool all_resolved = !anchors.empty();
        for (const LabelHit& h : hits) {
          std::string section = SectionOf(anchors, h.box);
          if (section.empty()) all_resolved = false;
          if (section == field.section) in_section.push_back(h);
        }
        if (!all_resolved || in_section.empty()) {
          // No usable anchors: sections come in the order the knowledge file lists them.
          size_t index = 0;
          for (size_t i = 0; i < spec.sections.size(); ++i)
            if (spec.sections[i].name == field.section) index = i;
          std::vector<LabelHit> ordered = hits;
          std::sort(ordered.begin(), ordered.end(), [](const LabelHit& a, const LabelHit& b) {
            return a.row != b.row ? a.row < b.row : a.box.x < b.box.x;
          });
          in_section.clear();
          if (index < ordered.size()) in_section.push_back(ordered[index]);
        }
        hits = std::move(in_section);
      }
      if (field.type == FieldType::kSignature) {
        if (!hits.empty() && ctx && ctx->image) {
          // The signature line is the last one on a form; a mention in running text ("…
          // 서명(날인)하여 주시기 바랍니다") is no line to sign on.
          auto line = std::find_if(hits.rbegin(), hits.rend(), [](const LabelHit& x) { return !x.in_text; });
          const LabelHit& h = line != hits.rend() ? *line : hits.back();
          const TextRow& row = layout.rows[h.row];
          int hh = std::max(row.box.h, 10);
          int page_w = pixGetWidth(ctx->image);
          // The signature goes beside its label, to the end of the line, and may stray above
          // or below it, and left of a printed "(서명)" up to the printed name before it:
          // people sign across or just before that mark.
          int left = h.box.x - 2 * hh;
          if (h.match.first_word > 0) {
            const BBox& before = row.words[h.match.first_word - 1]->bbox;
            left = std::max(left, before.x + before.w);
          }
          left = std::clamp(left, 0, h.box.x);
          // A "word" much taller than the printed text of its line is a seal or scribble
          // that OCR read as letters (a seal comes out as "82" or "(인)"), not printed text.
          std::vector<int> heights;
          for (const Word* w : row.words) heights.push_back(w->bbox.h);
          const int text_h = Median(std::move(heights));
          // To the end of the line, but not past the page's printed text by more than a few
          // characters: in a photo the paper's edge and the desk beyond it come next.
          int area_right = page_w;
          int text_right = 0;
          for (const TextRow& r : layout.rows)
            for (const Word* w : r.words)
              if (w->confidence >= 0.8f && ReadsAsText(w->text))
                text_right = std::max(text_right, w->bbox.x + w->bbox.w);
          if (text_right > 0) area_right = std::min(area_right, text_right + 4 * text_h);
          // Above and below the line, but not into the printed rows next to it (a table's
          // header "서명 또는 날인" just above): their glyphs are not the signer's ink.
          int top = row.box.y - hh, bottom = row.box.y + row.box.h + hh;
          auto printed_text = [&](const BBox& b) { return 2 * b.h <= 3 * text_h; };
          auto printed_edge = [&](int r, bool above) -> std::optional<int> {
            if (r < 0 || r >= static_cast<int>(layout.rows.size())) return std::nullopt;
            std::vector<int> edges;
            for (const Word* w : layout.rows[r].words)
              if (ReadsAsText(w->text) && w->confidence >= 0.5f && printed_text(w->bbox) &&
                  w->bbox.x + w->bbox.w > left && w->bbox.x < area_right)
                edges.push_back(above ? w->bbox.y + w->bbox.h : w->bbox.y);
            if (edges.empty()) return std::nullopt;
            return Median(std::move(edges));
          };
          if (auto edge = printed_edge(h.row - 1, true); edge && *edge < row.box.y)
            top = std::max(top, *edge);
          if (auto edge = printed_edge(h.row + 1, false); edge && *edge > row.box.y + row.box.h)
            bottom = std::min(bottom, *edge);
          BBox box{left, top, std::max(1, area_right - left), bottom - top};
          const TableCell* cell =
              ctx->grid ? CellAt(*ctx->grid, h.box) : nullptr;
          if (cell) {
            // The label's cell and the rest of its table row: a signer's row ("확인자 | 상호 |
            // 성명 | 서명 또는 날인") puts the signature in its last cell.
            box = cell->box;
            for (const TableCell& other : ctx->grid->cells)
              if (other.table == cell->table && other.col > cell->col &&
                  other.row < cell->row + cell->row_span && cell->row < other.row + other.row_span)
                box = Union(box, other.box);
            // A caption heading a box of its own ("확 인 자 (소상공인)" over the signer's name
            // and the place to sign, one box per signer side by side): the signature is in the
            // box under it.
            const bool heads_its_table = std::none_of(
                ctx->grid->cells.begin(), ctx->grid->cells.end(), [&](const TableCell& other) {
                  return other.table == cell->table &&
                         (other.row < cell->row || other.col < cell->col ||
                          other.col >= cell->col + cell->col_span);
                });
            if (heads_its_table) {
              BBox under;
              for (const TableCell& other : ctx->grid->cells)
                if (other.table == cell->table && other.row >= cell->row + cell->row_span)
                  under = under.empty() ? other.box : Union(under, other.box);
              if (!under.empty()) box = under;
            }
          }
          std::vector<BBox> printed;
          if (printed_text(h.box)) printed.push_back(h.box);
          // A word of the printed text's height is printed too, however unsure: a "(서명)"
          // printed in grey where the signer is to sign comes back as scraps ("며 잉" at 0.00).
          // A signature across it still counts: its strokes leave the word's box.
          auto printed_size = [&](const BBox& b) { return 5 * b.h >= 4 * text_h && 5 * b.h <= 6 * text_h; };
          for (const TextRow& r : layout.rows)
            for (const Word* w : r.words)
              if ((w->confidence >= 0.6f || printed_size(w->bbox)) && Inside(box, w->bbox) &&
                  printed_text(w->bbox))
                printed.push_back(w->bbox);
          float ink = 0.0f;
          bool signed_ = HasSignatureInk(ctx->image, box, printed, &ink);
          found.found = true;
          found.field.value = signed_ ? "true" : "false";
          found.field.page = layout.page->number;
          found.field.bbox = box;
          // Far from the threshold either way is sure; close to it is not.
          double distance = std::abs(ink - kSignatureInkFraction) / kSignatureInkFraction;
          found.field.confidence = static_cast<float>(std::clamp(distance, 0.3, 1.0));
        }
        continue;
      }
      for (const LabelHit& hit : hits) {
        std::vector<Candidate> candidates;
        const TextRow& row = layout.rows[hit.row];
        if (!headed_rows.empty())  // `hits` are the headed ones, in the same order
          candidates.push_back(UnderHeaderIn(layout, hit, headed_rows[&hit - hits.data()]));
        if (!section_columns.empty())  // `hits` are the row headings, in the same order
          candidates.push_back(WordsInColumns(layout, hit.row, section_columns[&hit - hits.data()]));
        // In a header row the rest of the row is the next columns' captions, not a value.
        const bool header_row = IsHeaderRow(layout, hit.row);
        const FieldType type = static_cast<size_t>(hit.label) < field.label_types.size()
                                   ? field.label_types[hit.label]
                                   : field.type;
        // What stands right of the label on its row (in a header row the next columns'
        // captions, no value: `beside` is then empty).
        const Candidate row_rest = RestOfRow(layout, hit.row, hit.match.end_char);
        const Candidate beside = header_row ? Candidate{} : row_rest;
        // A name with an e-mail address after it heads a mail ("받는사람 다온안경
        // <user@naver.com>"): the mail's addressee, not a party of the paper.
        if (type == FieldType::kName) {
          // An address as read from a scan may be garbled ("<45676244(@0246『.0017>").
          static const std::regex email("[^\\s@]{2,}@[^\\s@]{2,}");
          if (std::any_of(row_rest.words.begin(), row_rest.words.begin() + std::min<size_t>(row_rest.words.size(), 8),
                          [](const ValueWord& w) { return std::regex_search(w.text, email); }))
            continue;
        }
        // A statement's column: the value in the record's row.
        if (header_row)
          if (auto record = record_rows[p].find(hit.row); record != record_rows[p].end())
            candidates.push_back(UnderHeaderIn(layout, hit, record->second));
        // An item table's column: its total, in the totals row, before the first item's figure.
        if (header_row && type == FieldType::kAmount)
          if (int totals = TotalsRowUnder(layout, hit.row, totals_words); totals >= 0)
            candidates.push_back(UnderHeaderIn(layout, hit, totals));
        if (ctx && ctx->grid) {
          if (const TableCell* cell = CellAt(*ctx->grid, hit.box)) {
            candidates.push_back(Clip(beside, cell->box));
            candidates.push_back(UnderCaption(layout, cell->box, hit.box));
            auto add_cell = [&](const TableCell* next) {
              if (!next) return;
              Candidate c = WordsIn(layout, next->box, hit.box);
              if (!OpensWithFormWord(layout, c)) candidates.push_back(std::move(c));
            };
            // A panel holding captions one under another ("계좌번호" / "예금주" / "신규일" in a
            // passbook's left half) is no cell of one value: what stands right of a caption is
            // level with it, not anywhere in the next panel (the ledger's column heads).
            const bool panel = cell->box.h > 3 * std::max(1, row.box.h);
            if (!header_row && !panel) add_cell(RightNeighbour(*ctx->grid, *cell));  // else a caption
            // The row read on past the cell comes before the cell below: on a photo the
            // grid is only roughly where the words are, and below a key column's cell is the
            // next key ("보험계약자" over "사업자등록번호").
            candidates.push_back(beside);
            add_cell(BelowNeighbour(*ctx->grid, *cell));
          }
        }
        // A value over its caption goes before what stands beside the caption when any of
        // that is unsure: a gloss in another script read as Hangul scraps ("훼 숲 초" for
        // 預金主, one syllable read at 0.09).
        // A row of captions under a row of larger values, nearer to it than to the row below,
        // is a row of tiles' captions ("(주)온오더 신한은행 153-…" over "받는 분 Recipient 입금
        // 계좌 To account"): its values are above, though the row reads as a header row.
        // A value only a little larger is looked for above only when nothing beside the
        // caption reads as one: on a photo, specks and tall glyphs blur rows' heights.
        const std::optional<Parsed> beside_value = ParseByType(type, field.pattern, beside.words);
        const bool value_beside =
            beside_value && !(type == FieldType::kName && form_words.count(MatchKey(StripPunctuation(beside_value->value))));
        Candidate above = ValueAbove(layout, hit, value_beside);
        if (!above.words.empty()) {
          if (std::any_of(beside.words.begin(), beside.words.end(),
                          [](const ValueWord& w) { return w.confidence < kUnsureBeside; }))
            candidates.insert(candidates.begin(), above);
        }
        candidates.push_back(beside);
        if (!header_row) candidates.push_back(AfterColon(layout, hit));
        if (type == FieldType::kPeriodStart || type == FieldType::kPeriodEnd)
          for (auto [first, last] : {std::pair{hit.row - 1, hit.row + 1}, std::pair{hit.row - 1, hit.row},
                                     std::pair{hit.row, hit.row + 1}})
            candidates.push_back(RowsBesideLabel(layout, hit, first, last));
        if (!above.words.empty()) candidates.push_back(above);
        candidates.push_back(RowBelow(layout, hit));
        if (type == FieldType::kPeriodStart || type == FieldType::kPeriodEnd)
          candidates.push_back(TwoRowsUnder(layout, hit));
        // In running text the value may wrap onto the next line ("보험기간은 2026년 4월" /
        // "1일부터 2027년 6월 30일까지"), or follow a label that ends its line ("… 계좌" /
        // "073-596453-76-147(으)로 입금되었으며").
        if ((hit.in_text || hit.ends_text_line) && static_cast<size_t>(hit.row) + 1 < layout.rows.size()) {
          Candidate wrapped = RestOfRow(layout, hit.row, hit.match.end_char);
          Candidate next = RestOfRow(layout, hit.row + 1, 0);
          wrapped.words.insert(wrapped.words.end(), next.words.begin(), next.words.end());
          candidates.push_back(std::move(wrapped));
        }
        // A role named in a sentence and followed by its particle ("피보험자가 입은 손해를")
        // is followed by the sentence, not by a name.
        if (type == FieldType::kName &&
            ((hit.in_text && FollowedByParticle(row, hit.match.end_char)) ||
             RunsOnWithParticle(row, hit.match.end_char)))
          continue;
        for (Candidate& c : candidates) {
          c.label_similarity = hit.match.similarity * (hit.in_text ? kInTextLabelEvidence : 1.0);
          c.page = row.page;
          auto parsed = ParseByType(type, field.pattern, c.words);
          // A caption is no name, nor one after a slash ("받는분/보낸분").
          if (parsed && type == FieldType::kName &&
              form_words.count(MatchKey(StripPunctuation(parsed->value))))
            parsed.reset();
          if (parsed) {
            Field value = MakeField(*parsed, c);
            alternatives[field.name].push_back(value);
            if (!found.found) {
              found.field = value;
              found.type = type;
              found.failed_check = parsed->failed_check;
              found.fragment = parsed->fragment;
              found.unchecked_confidence = static_cast<float>(
                  std::min(1.0, value.confidence / std::max(parsed->factor, 0.01)));
              found.label_in_text = hit.in_text;
            }
            found.found = true;
            // Fields in a sum rule keep every reading: which cell holds the totals is
            // decided by the sum, not by the order of the candidates.
            if (!in_sum_rule(field.name)) break;
          }
        }
        if (found.label_row < 0) {
          found.label_box = hit.box;
          found.label_page = layout.page->number;
          found.label_row = hit.row;
        }
        // Fields in a sum rule keep looking: the totals row may come after item rows.
        if (found.found && !in_sum_rule(field.name)) break;
      }
      // Labels printed under their value ("1,710,000원" / "이체를 완료했습니다").
      if (!found.found && !field.labels_below_value.empty()) {
        for (const LabelHit& hit : FindLabels(layout, field.labels_below_value)) {
          // The row above, or the one above that when a row of specks came between.
          for (int above = hit.row - 1; above >= 0 && above >= hit.row - 2; --above) {
            Candidate c = RestOfRow(layout, above, 0);
            // A row of a speck or two ("1", a photo's edge) is passed over, not read.
            if (DecodeUtf8(StripPunctuation(Join(c.words, SIZE_MAX, ""))).size() <= 2) continue;
            c.label_similarity = hit.match.similarity * (above == hit.row - 1 ? 1.0 : 0.9);
            if (auto parsed = ParseByType(field.type, field.pattern, c.words)) {
              found.field = MakeField(*parsed, c);
              found.found = true;
              break;
            }
          }
          if (found.found) break;
        }
      }
      // Markers printed after their value ("주식회사 한빛정보통신 귀하"): the phrase before the
      // marker, back to the first wide gap (the column of an unreadable label), or to the end
      // of another marker before it in the same sentence ("2026년 7월 26일 에 설치를 마친 …
      // 1 대를 2026년 7월 31일 에 직접": the second date is the one before 직접).
      if (!found.found && !field.labels_after_value.empty()) {
        if (!page_markers[p]) page_markers[p] = FindLabels(layout, all_markers, /*glued=*/true);
        const std::vector<LabelHit>& markers_on_page = *page_markers[p];
        // Words of row `r` before word `end` (exclusive) back to a wide gap or a marker ending
        // by compact index `before_char`; `reached_start` says whether nothing cut them short.
        auto words_before = [&](int r, int end, int before_char, int gap_height, bool* reached_start) {
          const TextRow& row = layout.rows[r];
          const int wide_gap = std::max(8, gap_height * 3 / 2);
          int start = std::max(0, end - 1);
          while (start > 0) {
            const BBox& left = row.words[start - 1]->bbox;
            if (row.words[start]->bbox.x - (left.x + left.w) > wide_gap) break;
            --start;
          }
          *reached_start = start == 0;
          auto cut_after = [&](int end_char) {
            if (end_char > before_char) return;
            const int word = row.char_word[end_char - 1];
            if (word < end && word + 1 > start) start = word + 1, *reached_start = false;
          };
          for (const LabelHit& m : markers_on_page)
            if (m.row == r) cut_after(m.match.end_char);
          std::vector<ValueWord> words;
          for (int i = start; i < end; ++i)
            words.push_back({row.words[i]->text, row.words[i]->confidence, row.words[i]->bbox});
          return words;
        };
        for (const LabelHit& hit : FindLabels(layout, field.labels_after_value, /*glued=*/true)) {
          const TextRow& row = layout.rows[hit.row];
          // The marker's word holds the value's end when the marker is glued to it.
          const int marker_word = hit.match.first_word;
          const bool glued = !StartsWord(row, hit.match.first_char);
          bool reached_start = false;
          Candidate c;
          c.page = row.page;
          c.label_similarity = hit.match.similarity * 0.9;  // a marker, not the field's label
          c.words = words_before(hit.row, glued ? marker_word + 1 : marker_word,
                                 hit.match.first_char, hit.box.h, &reached_start);
          if (glued && !c.words.empty()) {
            std::u32string before_marker;
            for (int k = 0; k < hit.match.first_char; ++k)
              if (row.char_word[k] == marker_word) before_marker.push_back(row.original[k]);
            c.words.back().text = EncodeUtf8(before_marker);
          }
          // In a sentence the value is its last words before the marker ("…에 대하여 2026. 9.
          // 13. 현장 점검을 실시"): after the whole run, its tails are tried, longest first.
          auto parse_run = [&](Candidate* run) {
            std::optional<Parsed> parsed = ParseByType(field.type, field.pattern, run->words);
            for (size_t from = std::max<size_t>(1, run->words.size() > 10 ? run->words.size() - 10 : 1);
                 !parsed && from < run->words.size(); ++from) {
              Candidate tail = *run;
              tail.words.erase(tail.words.begin(), tail.words.begin() + from);
              if ((parsed = ParseByType(field.type, field.pattern, tail.words))) *run = std::move(tail);
            }
            return parsed;
          };
          std::optional<Parsed> parsed = c.words.empty() ? std::nullopt : parse_run(&c);
          // A sentence wrapped before its marker ("… 2026년 7월 31일 에" / "직접 검수하였습니다"):
          // the value ends the line above, when nothing on this line came before the words.
          if (!parsed && reached_start && hit.row > 0 && !glued) {
            const TextRow& above = layout.rows[hit.row - 1];
            const bool next_line = row.box.y - (above.box.y + above.box.h) < 2 * row.box.h &&
                                   above.box.x < row.box.x + row.box.w && row.box.x < above.box.x + above.box.w;
            if (next_line) {
              bool whole_line = false;
              Candidate wrapped = c;
              std::vector<ValueWord> tail =
                  words_before(hit.row - 1, static_cast<int>(above.words.size()),
                               static_cast<int>(above.compact.size()), hit.box.h, &whole_line);
              wrapped.words.insert(wrapped.words.begin(), tail.begin(), tail.end());
              if ((parsed = parse_run(&wrapped))) c = std::move(wrapped);
            }
          }
          if (parsed) {
            found.field = MakeField(*parsed, c);
            found.found = true;
            break;
          }
        }
      }
      // Values with a shape of their own can be found without their label.
      if (!found.found && !field.pattern.empty()) {
        int seen = 0;
        const std::regex shape(field.pattern);  // once per field, not per row
        for (const TextRow& row : layout.rows) {
          Candidate c;
          c.page = row.page;
          c.label_similarity = field.pattern_trust;  // no label: less sure
          for (const Word* w : row.words) c.words.push_back({w->text, w->confidence, w->bbox});
          if (field.type != FieldType::kCode) {
            // The pattern says which words hold the value (an account number's shape); the
            // field's type reads them.
            c.words = WordsMatching(shape, c.words);
            if (c.words.empty()) continue;
          }
          for (size_t start = 0; start < c.words.size() && !found.found; ++start) {
            Candidate tail = c;
            tail.words.erase(tail.words.begin(), tail.words.begin() + start);
            if (auto parsed = ParseByType(field.type, field.pattern, tail.words)) {
              if (++seen == field.occurrence) {
                found.field = MakeField(*parsed, tail);
                found.found = true;
              }
              break;
            }
          }
          if (found.found) break;
        }
      }
    }
    // A field that takes only known values (the agency a guarantee insures) is that value
    // wherever it is printed, when no label led to it: a caption missed or not yet known.
    for (size_t p = 0; p < layouts.size() && !found.found; ++p) {
      for (const TextRow& row : layouts[p].rows) {
        for (const std::string& known : field.known_values) {
          const std::u32string key = MatchKey(known);
          auto m = FindPhrase(row, key, std::max(0.85, MinSimilarityFor(key)));
          if (!m) continue;
          Candidate c;
          c.page = row.page;
          c.label_similarity = 0.9 * m->similarity;  // no label: a little less sure
          for (int w = m->first_word; w <= m->last_word; ++w)
            c.words.push_back({row.words[w]->text, row.words[w]->confidence, row.words[w]->bbox});
          Parsed parsed;
          parsed.value = known;
          parsed.words_used = c.words.size();
          found.field = MakeField(parsed, c);
          found.found = true;
          break;
        }
        if (found.found) break;
      }
    }
    // A paper with one sum prints it in figures and in words where no caption names it.
    if (!found.found && field.type == FieldType::kAmount && amount_fields == 1)
      if (auto f = AmountInFiguresAndWords(layouts)) found.field = *f, found.found = true;
    if (!found.found && field.timed)
      if (auto f = TimedDate(layouts)) found.field = *f, found.found = true;
    if (!found.found && !field.right_of.empty())
      if (auto it = results.find(field.right_of); it != results.end() && it->second.found)
        if (auto f = RightOfInItsRow(layouts, it->second.field, field.type)) found.field = *f, found.found = true;
    // A bank's name is often printed as a logo or heading rather than after a label.
    if (!found.found && field.type == FieldType::kBank) {
      for (const PageLayout& layout : layouts) {
        for (const TextRow& row : layout.rows) {
          // Only where a bank is spelt out ("…은행", "…뱅크"): "기업" alone is a word too.
          std::string row_text;
          for (const Word* w : row.words) row_text += w->text;
          bool bankish = false;
          for (const char* marker : {"은행", "뱅크", "금고", "우체국", "농협", "수협", "신협"})
            bankish = bankish || row_text.find(marker) != std::string::npos;
          if (!bankish) continue;
          // The row's words, and each line of them on its own: a large heading's row takes in
          // specks and smaller words beside it ("때 너 농 2 벼 협 느 은 행"), which split the name.
          std::vector<std::vector<const Word*>> lines = {row.words};
          for (const Word* anchor : row.words) {
            std::vector<const Word*> line;
            for (const Word* w : row.words)
              if (2 * std::abs(2 * w->bbox.y + w->bbox.h - 2 * anchor->bbox.y - anchor->bbox.h) <
                  anchor->bbox.h)  // centres within a quarter of its height
                line.push_back(w);
            if (std::find(lines.begin(), lines.end(), line) == lines.end()) lines.push_back(line);
          }
          for (const auto& line : lines) {
            for (size_t start = 0; start < line.size() && !found.found; ++start) {
              Candidate c;
              c.page = row.page;
              c.label_similarity = 0.9;
              for (size_t i = start; i < line.size(); ++i)
                c.words.push_back({line[i]->text, line[i]->confidence, line[i]->bbox});
              if (auto parsed = ParseByType(field.type, "", c.words)) {
                found.field = MakeField(*parsed, c);
                found.found = true;
              }
            }
            if (found.found) break;
          }
          if (found.found) break;
        }
        if (found.found) break;
      }
    }
  }

  // Second look: re-read the value region of a missing or unsure field alone.
  if (options.second_look && ocr) {
    for (const FieldSpec& field : spec.fields) {
      Found& found = results[field.name];
      const FieldType type = found.type;  // a period's end under its own label is one date
      if (type == FieldType::kSignature) continue;
      // A name is re-read where it was seen, or in the cell right of its label: otherwise the
      // region would be the rest of its label's row. Seen, it is always re-read
      // (kNameRereadMargin says which read stands).
      if (type == FieldType::kName && found.found && found.field.bbox.empty()) continue;
      // Fields with a whitelist (hex approval numbers) are always re-read: Tesseract reads
      // their letters as digits with full confidence.
      bool unsure = !found.found || found.field.confidence < options.second_look_below ||
                    !field.whitelist.empty() || !found.failed_check.empty() ||
                    type == FieldType::kName;
      // Where the value was seen: its box, or a word the looser reread pattern finds.
      BBox seen = found.found ? found.field.bbox : BBox{};
      int seen_page = found.found ? found.field.page : 0;
      if (!found.found && !field.reread_pattern.empty()) {
        const std::regex near(field.reread_pattern);
        [&] {  // the first word that matches
          for (const PageLayout& layout : layouts)
            for (const TextRow& row : layout.rows)
              for (const Word* w : row.words)
                if (std::regex_search(w->text, near)) {
                  seen = w->bbox, seen_page = layout.page->number;
                  return;
                }
        }();
      }
      // Not read at all: where it was printed, beside its label, or under it in a header row.
      const bool beside_label = seen.empty() && found.label_page > 0 && found.label_row >= 0;
      if (beside_label) {
        const PageLayout& layout = layouts[found.label_page - 1];
        seen = IsHeaderRow(layout, found.label_row)
                   ? WordsUnderLabel(layout, found.label_row, found.label_box)
                   : WordsBesideLabel(layout.rows[found.label_row], found.label_box);
        seen_page = found.label_page;
      }
      const int page_number = found.label_page ? found.label_page : seen_page;
      if (!unsure || page_number == 0) continue;
      size_t p = page_number - 1;
      if (p >= pages.size() || !pages[p].image) continue;
      // A text layer is what was printed; its page picture is only a coarse thumbnail.
      if (p < doc->pages.size() && doc->pages[p].source == Source::kPdfText) continue;
      PIX* image = pages[p].image;
      int W = pixGetWidth(image);
      BBox region;
      bool in_cell = false;  // the region is the cell right of the label's
      if (found.label_page) {
        const BBox& label = found.label_box;
        int h = std::max(label.h, 12);
        region = BBox{label.x + label.w, label.y - h / 2, W - (label.x + label.w), 2 * h};
        if (pages[p].grid) {
          if (const TableCell* cell = CellAt(*pages[p].grid, label.x + label.w / 2, label.y + h / 2))
            if (const TableCell* right = RightNeighbour(*pages[p].grid, *cell))
              region = InsideCell(right->box, right->box), in_cell = true;
        }
      }
      if (type == FieldType::kName && !found.found && !in_cell) continue;
      // The value was seen: re-read just its box, so a neighbouring column ("작성일자 : …" on
      // the same line) does not join it. Read as one line, the crop's whole height is the
      // line's: white above and below shrinks the letters the model sees, and a clean
      // "040-111655-92-253" padded by half its height came back "040 1110583-42-204" (by an
      // eighth, right). So padded by an eighth of its height, and failing that by a half (a
      // box cut short at a descender or an accent). The Latin model reading a hex identifier
      // goes the other way round: tight, it read "…c1e1ed47" as "…01616047".
      std::vector<BBox> regions = {region};
      if (!seen.empty() && seen_page == page_number) {
        regions.clear();
        const bool hex = IsLatinWhitelist(field.whitelist);
        for (int vertical : {hex ? seen.h / 2 : seen.h / 8, hex ? seen.h / 8 : seen.h / 2}) {
          const int pad = std::max(4, seen.h / 2), vpad = std::max(2, vertical);
          // A word only the looser pattern knows lost letters, and its box may have lost
          // them too ("…-06584" of "…-0f584f22"): reach further right, to the end of its
          // cell (the rest may have gone to another line: "20260628-41000" on one,
          // "026-062332912" on the next, beside a title in large type).
          const TableCell* cell =
              pages[p].grid ? CellAt(*pages[p].grid, seen) : nullptr;
          int right_pad = found.found ? pad : std::max(pad, seen.w / 3);
          if (!found.found && cell)
            right_pad = std::max(right_pad, cell->box.x + cell->box.w - (seen.x + seen.w));
          BBox padded{seen.x - pad, seen.y - vpad, seen.w + pad + right_pad, seen.h + 2 * vpad};
          if (type == FieldType::kName && p < doc->pages.size())
            padded = ShortOfWordsBeside(padded, seen, doc->pages[p].words);
          // An identifier's crop stops short of the words in letters beside it: the "호" of
          // "제 100-000-2026-4749922 호" came back as a last digit. Words with digits may be
          // the rest of it ("100-000-2026-35" "78589").
          if (type == FieldType::kCode && p < doc->pages.size()) {
            std::vector<Word> lettered;
            for (const Word& w : doc->pages[p].words)
              if (!HasDigit(w.text)) lettered.push_back(w);
            padded = ShortOfWordsBeside(padded, seen, lettered);
          }
          if (cell) padded = InsideCell(padded, cell->box);
          regions.push_back(padded);
        }
        // The words beside the label may be no value at all (the value under it, and
        // another caption beside it): the label's region stays the last resort.
        if (beside_label) regions.push_back(region);
      }
      for (BBox& r : regions) r = ClippedToImage(r, image);
      region = regions.front();
      if (region.w < 8 || region.h < 8) continue;
      RegionOptions ro;
      if (!field.whitelist.empty())
        ro.whitelist = field.whitelist;
      else if (type == FieldType::kBrn || type == FieldType::kAccount)
        ro.whitelist = "0123456789-";
      else if (type == FieldType::kDate)
        ro.whitelist = "0123456789-./년월일 ";
      else if (type == FieldType::kAmount)
        ro.whitelist = "0123456789,원₩";
      // Identifiers spelt in Latin letters and digits (hex approval numbers) are read with
      // the Latin model: the Korean model reads a–f as digit shapes, whitelist or not.
      bool latin = IsLatinWhitelist(ro.whitelist);
      OcrEngine* reader = latin ? LatinEngine() : ocr;
      if (!reader) reader = ocr, latin = false;
      // The region read alone by `engine` with `options`, as a candidate value.
      auto read_region = [&](OcrEngine* engine, const RegionOptions& options, Candidate* read) {
        OcrResult result;
        if (!engine->ReadRegion(image, pages[p].dpi, region, options, &result).ok()) return false;
        read->page = page_number;
        if (found.found && found.label_in_text) read->label_similarity = kInTextLabelEvidence;
        for (const Word& w : result.words) read->words.push_back({w.text, w.confidence, w.bbox});
        return true;
      };
      // Figures in a large or bold face the Korean model misreads at every scale ("20265=03=22
      // ㅋ2026=12.31") the Latin model reads right: it reads numbers last, freely, and its
      // read stands when it says the same at two scales.
      const bool figures = type == FieldType::kBrn || type == FieldType::kAccount ||
                           type == FieldType::kDate || type == FieldType::kAmount ||
                           type == FieldType::kPeriodStart || type == FieldType::kPeriodEnd;
      OcrEngine* latin_figures = figures && !latin ? LatinEngine() : nullptr;
      // Reads tried in turn until one gives a value. Tesseract reports no confidence for a
      // read constrained by a whitelist (0 for every word, tesseract#3856), and without one a
      // surer second read could never replace an unsure first; so the Korean model reads the
      // region freely first. Jagged strokes of a 1-bit scan read better softened ("…-c51a4aba"
      // came back as "…-c5a4aba" sharp).
      RegionOptions free_read = ro;
      free_read.whitelist.clear();
      std::vector<std::pair<OcrEngine*, RegionOptions>> tries;
      if (!latin && !ro.whitelist.empty()) tries.push_back({reader, free_read});
      tries.push_back({reader, ro});
      tries.push_back({reader, ro});
      tries.back().second.smooth = 1;
      // Whitelisted, the Latin model drops a letter it doubts ("…1f9c1be" for "…1f9c1b1e");
      // freely it reads it as a look-alike ("…1f9clble"), which the parse reads back.
      if (latin) tries.push_back({reader, free_read});
      Candidate c;
      std::optional<Parsed> parsed;
      OcrEngine* parsed_by = nullptr;
      for (const auto& [engine, attempt] : tries) {
        c = Candidate{};
        if (!read_region(engine, attempt, &c)) break;
        parsed = ParseByType(type, field.pattern, c.words);
        parsed_by = engine;
        if (parsed) break;
      }
      // The other crops, read as the first try was; the reads after this one read the one
      // that gave a value, or the first.
      for (size_t k = 1; !parsed && k < regions.size(); ++k) {
        if (regions[k].w < 8 || regions[k].h < 8) continue;
        region = regions[k];
        c = Candidate{};
        if (read_region(reader, tries.front().second, &c))
          parsed = ParseByType(type, field.pattern, c.words), parsed_by = reader;
        if (!parsed) region = regions.front();
      }
      // The Latin model reads figures in pairs of reads, at 2× and 1.5×, and large type also
      // at about the body's height and three quarters of it, thresholded: its LSTM reads the
      // grey picture, and the soft edges of a scanner PDF's large round face came back garbled
      // from grey at every scale ("331-8182-2329-25" read "SSlOlO2e2620—25") and right
      // thresholded.
      std::vector<std::pair<RegionOptions, RegionOptions>> latin_pairs;
      auto add_latin_pair = [&](float larger_scale, float smaller_scale, bool binarize) {
        RegionOptions larger = free_read, smaller = free_read;
        larger.scale = larger_scale, smaller.scale = smaller_scale;
        larger.binarize = smaller.binarize = binarize;
        latin_pairs.push_back({larger, smaller});
      };
      add_latin_pair(free_read.scale, kLatinFiguresScale, false);
      if (!seen.empty() && seen.h > kLargeFiguresHeight) {
        const float body = kBodyFiguresHeight / static_cast<float>(seen.h);
        add_latin_pair(body, 0.75f * body, true);
      }
      // The Latin model's reads of the region by scale and thresholding, each made once: the
      // account vote below asks again for the reads latin_agreed made.
      std::map<std::pair<float, bool>, Candidate> latin_reads;
      auto read_latin = [&](const RegionOptions& options, Candidate* read) {
        const std::pair key{options.scale, options.binarize};
        if (auto it = latin_reads.find(key); it != latin_reads.end()) {
          *read = it->second;
          return true;
        }
        if (!read_region(latin_figures, options, read)) return false;
        if (type == FieldType::kAmount) read->words = LatinReadFigures(std::move(read->words));
        latin_reads.emplace(key, *read);
        return true;
      };
      // The Latin model's read of figures changes with the scale ("2026" came back "2020" at
      // one, right at another): its value stands when two reads of a pair agree on it, whole.
      // The two reads' values, the larger scale's and the smaller's, from the first pair that
      // agrees.
      auto latin_agreed = [&](Candidate* larger_read, Candidate* smaller_read) -> std::optional<std::pair<Parsed, Parsed>> {
        for (const auto& [larger, smaller] : latin_pairs) {
          *larger_read = Candidate{}, *smaller_read = Candidate{};
          if (!read_latin(larger, larger_read) || !read_latin(smaller, smaller_read)) continue;
          auto a = ParseByType(type, field.pattern, larger_read->words);
          if (!a || a->fragment) continue;
          auto b = ParseByType(type, field.pattern, smaller_read->words);
          if (b && b->value == a->value) return std::pair{*a, *b};
        }
        return std::nullopt;
      };
      // The Latin model's read at the smaller scale, when it confirmed its read at the larger.
      std::optional<ReadValue> latin_confirmation;
      if ((!parsed || parsed->fragment) && latin_figures) {
        Candidate first, second;
        if (auto agreed = latin_agreed(&first, &second)) {
          parsed = agreed->first, c = std::move(first), parsed_by = latin_figures;
          latin_confirmation = ReadValue{agreed->second, std::move(second), latin_figures};
        }
      }
      if (parsed) {
        Field second = MakeField(*parsed, c);
        if (latin) {
          // The model that knows these letters: its read stands, at least as sure as the
          // first one when both agree on the digits they share.
          second.confidence = std::max(second.confidence, found.found ? found.field.confidence
                                                                       : second.confidence);
          found.field = second;
          found.found = true;
          continue;
        }
        // A business number first read failing its check digit, or only now, or read with
        // no confidence (whitelisted), is settled by more reads.
        if (type == FieldType::kBrn &&
            (found.found ? !found.failed_check.empty()
                         : !parsed->failed_check.empty() || second.confidence == 0.0f)) {
          auto read_again = [&](OcrEngine* engine, const RegionOptions& options) {
            return [&, engine, options]() {
              std::optional<ReadValue> value;
              Candidate again;
              if (engine && read_region(engine, options, &again))
                if (auto read = ParseByType(type, field.pattern, again.words))
                  value = ReadValue{*read, std::move(again), engine};
              return value;
            };
          };
          RegionOptions larger = ro;
          larger.scale = kTieBreakScale;
          std::vector<std::function<std::optional<ReadValue>()>> more = {read_again(reader, larger)};
          // The Latin model's other read is the one at the smaller scale that confirmed it,
          // when it gave the value: its 2× read again would only agree with itself.
          if (latin_confirmation)
            more.push_back([&] { return latin_confirmation; });
          else
            more.push_back(read_again(latin_figures, free_read));
          SettleBusinessNumber(ReadValue{*parsed, c, parsed_by}, more, ocr,
                               options.second_look_below, &found);
          continue;
        }
        if (type == FieldType::kName) {
          // Taken when it reads cleanly and about as long (a crop cut at the box's edge drops
          // a syllable).
          const auto length = [](const std::string& name) {
            return static_cast<int>(DecodeUtf8(NormalizeName(name)).size());
          };
          if (!found.found) {
            // Nothing to compare it with: the surer of two scales' reads (a syllable
            // unsure at one, "청준떡집", was sure and right at the other).
            RegionOptions unscaled = free_read;
            unscaled.scale = 1.0f;
            Candidate other;
            if (read_region(reader, unscaled, &other))
              if (auto read = ParseByType(type, field.pattern, other.words))
                if (Field alt = MakeField(*read, other);
                    alt.confidence > second.confidence && !IsGarbledName(alt.value))
                  second = alt;
            if (IsGarbledName(second.value)) continue;
            found.field = second;
            found.found = true;
          } else if (!IsGarbledName(second.value) &&
                     (std::abs(length(second.value) - length(found.field.value)) <= 1 ||
                      // A garbled read lost glyphs ("키?스ㅋ랩" of "키오스크랩"): a clean
                      // read may be longer.
                      (IsGarbledName(found.field.value) && length(second.value) > length(found.field.value))) &&
                     second.confidence >= found.field.confidence - kNameRereadMargin) {
            found.field = second;
          }
          continue;
        }
        // An amount or a date read unsure both times is confirmed by the Latin model when a
        // pair of its reads says the same value: it reads figures in a serif face surely where
        // the Korean model doubts the "₩" before them ("\\1.801.000" at 0.42, "W1,801,000"
        // at 0.9). Three reads by two models agreeing make the value sure; a value the Latin
        // model reads otherwise keeps its doubt.
        const bool amount_or_date = type == FieldType::kAmount || type == FieldType::kDate ||
                                    type == FieldType::kPeriodStart || type == FieldType::kPeriodEnd;
        if (amount_or_date && found.found && found.field.confidence < kAgreeingReadsConfidence && latin_figures) {
          std::optional<std::string> latin_value;
          if (latin_confirmation) {
            latin_value = parsed->value;
          } else {
            Candidate first, other;
            if (auto agreed = latin_agreed(&first, &other)) latin_value = agreed->first.value;
          }
          if (latin_value && *latin_value == found.field.value) {
            found.field.confidence = kAgreeingReadsConfidence;
            continue;
          }
          // Both models read the region alike, and otherwise than the page: the page's read
          // lost or took a glyph (": 1,232,000원" read "1 232.000" on the page, the colon as
          // the 1 and the 1 lost). The Latin model's own read is no second model.
          if (latin_value && parsed_by != latin_figures && *latin_value == second.value) {
            found.field = second;
            found.field.confidence = kAgreeingReadsConfidence;
            continue;
          }
        }
        // An account read unsure and confirmed by nothing: the value a pair of the Latin
        // model's reads agree on, when no shorter (a shorter one may be a piece), as unsure as
        // that read. A value that then differs from the case's is a question for a person,
        // never an error.
        auto latin_instead_of = [&](const Field& unsure) -> std::optional<Field> {
          Candidate larger_read, smaller_read;
          auto agreed = latin_agreed(&larger_read, &smaller_read);
          if (!agreed || agreed->first.value.size() < unsure.value.size()) return std::nullopt;
          Field latin = MakeField(agreed->first, larger_read);
          latin.confidence = std::min(latin.confidence, unsure.confidence);
          return latin;
        };
        // With no read on the page to set it against ("053-159529-69-2 7 /" for "…-69-277", at
        // 0.76); the Latin pair agreeing on the same value makes it sure.
        if (type == FieldType::kAccount && !found.found && latin_figures &&
            second.confidence < kAgreeingReadsConfidence)
          if (auto latin = latin_instead_of(second)) {
            if (latin->value == second.value)
              second.confidence = kAgreeingReadsConfidence;
            else
              second = *latin;
          }
        // Two reads of an account number that differ: with no check digit to go by, the Latin
        // model's reads at two scales decide: the value one of them agrees on stands, sure
        // ("1008-188-319845" read again "…-379845" in a tight crop; "353-8592-3657-07" read
        // again "353-68592-…" at 2×, and by the Latin model right at 1.5×, "393-…" at 2×). A
        // read of another length only ever loses: it may be a piece of the number.
        if (type == FieldType::kAccount && found.found && latin_figures && second.value != found.field.value) {
          bool first_confirmed = false, second_confirmed = false;
          for (const auto& [larger, smaller] : latin_pairs)
            for (const RegionOptions& latin_read : {larger, smaller}) {
              Candidate third;
              if (!read_latin(latin_read, &third)) continue;
              if (auto vote = ParseByType(type, field.pattern, third.words); vote && !vote->fragment) {
                first_confirmed |= vote->value == found.field.value;
                second_confirmed |= vote->value == second.value && second.value.size() == found.field.value.size();
              }
            }
          if (first_confirmed && !second_confirmed) {
            found.field.confidence = std::max(found.field.confidence, kAgreeingReadsConfidence);
            continue;
          }
          if (second_confirmed && !first_confirmed) {
            found.field = second;
            found.field.confidence = std::max(second.confidence, kAgreeingReadsConfidence);
            continue;
          }
          // Neither confirmed, both unsure: the Latin pair's value instead of the surer read
          // ("053-115952956952.0/" on the page at 0, "…-69-2 7 /" again at 0.8, for
          // "053-159529-69-277").
          const Field& surer = second.confidence > found.field.confidence ? second : found.field;
          if (!first_confirmed && !second_confirmed && surer.confidence < kAgreeingReadsConfidence)
            if (auto latin = latin_instead_of(surer)) {
              found.field = *latin;
              continue;
            }
        }
        // A business number read again alike, passing its check digit both times, is sure: a
        // misread twice alike that still passes the check is far less likely than either alone
        // ("657-14-48170" at 0.59 beside a colon read as a sliver, again at 0.46).
        if (type == FieldType::kBrn && found.found && found.failed_check.empty() &&
            parsed->failed_check.empty() && second.value == found.field.value) {
          found.field.confidence = std::max(found.field.confidence, kAgreeingReadsConfidence);
          continue;
        }
        // A misread keeps a number's length; a shorter or longer second read saw only part of
        // the value, or more than it ("4" of "₩4,235,000"); an account read again as a piece
        // of the first read lost digits at the box's edge ("73026544…" of "073-026544…"). An
        // identifier read shorter as a piece of the first was cut where OCR split it
        // ("100-000-2026-35" "78589"); one that is no piece of it may replace a garbled first
        // read ("100500058202682028826" for "100-000-2026-2028826").
        bool length_fits = true;
        if (found.found && type == FieldType::kAmount)
          length_fits = second.value.size() == found.field.value.size();
        else if (found.found && (type == FieldType::kAccount || type == FieldType::kCode))
          length_fits = second.value.size() >= found.field.value.size() ||
                        found.field.value.find(second.value) == std::string::npos;
        // A number that passes its check digit is not replaced by a read that fails it.
        if (found.found && !parsed->failed_check.empty()) length_fits = false;
        // A whole identifier beats a piece of one, whatever the confidences.
        bool better = !found.found || (found.fragment && !parsed->fragment) ||
                      (found.fragment == parsed->fragment &&
                       second.confidence > found.field.confidence);
        if (length_fits && better) {
          found.field = second;
          found.found = true;
          found.fragment = parsed->fragment;
        }
      }
    }
  }

  // Sum rules: among the values read for each field, take the combination that adds up, the
  // largest total first: in an item table one item and the next can add up to a column's
  // total (4,700,000 + 200,000 = 4,900,000), and the grand total is above every such sum.
  for (const SumRule& rule : spec.sums) {
    if (rule.parts.size() != 2) continue;
    std::vector<Field> totals = alternatives[rule.total];
    std::stable_sort(totals.begin(), totals.end(), [](const Field& x, const Field& y) {
      return std::atoll(x.value.c_str()) > std::atoll(y.value.c_str());
    });
    const auto& firsts = alternatives[rule.parts[0]];
    const auto& seconds = alternatives[rule.parts[1]];
    bool done = false;
    for (const Field& t : totals) {
      for (const Field& a : firsts) {
        for (const Field& b : seconds) {
          // A part of nothing is a caption's stray mark read as "0", not a figure.
          const long long va = std::atoll(a.value.c_str()), vb = std::atoll(b.value.c_str());
          if (va <= 0 || vb <= 0 || va + vb != std::atoll(t.value.c_str())) continue;
          results[rule.total].field = t;
          results[rule.parts[0]].field = a;
          results[rule.parts[1]].field = b;
          done = true;
          break;
        }
        if (done) break;
      }
      if (done) break;
    }
  }

  // A sum rule the labelled values break, or miss a part of: amounts that add up side by side
  // in one row are taken instead.
  for (const SumRule& rule : spec.sums) {
    if (rule.parts.size() != 2) continue;
    const Found& a = results[rule.parts[0]];
    const Found& b = results[rule.parts[1]];
    const Found& t = results[rule.total];
    const bool all_read = a.found && b.found && t.found;
    const int64_t va = std::atoll(a.field.value.c_str()), vb = std::atoll(b.field.value.c_str()),
                  vt = std::atoll(t.field.value.c_str());
    if (all_read && va + vb == vt) continue;
    if (auto run = AmountsAddingUpInARow(layouts)) {
      const std::string* names[] = {&rule.parts[0], &rule.parts[1], &rule.total};
      for (size_t k = 0; k < 3; ++k) {
        results[*names[k]].field = (*run)[k];
        results[*names[k]].found = true;
      }
      continue;
    }
    // All three read but one misread ("98 |. 986" for a total of 4,180,000 on a photo): the
    // figure the other two make, printed elsewhere on the page, is the one. Two reads that
    // agree with a third printed figure are not chance. The total is tried first (the parts
    // are printed twice, in the header and the item rows; the total once, in larger type).
    if (!all_read) continue;
    const std::pair<const std::string*, int64_t> tries[] = {
        {&rule.total, va + vb}, {&rule.parts[1], vt - va}, {&rule.parts[0], vt - vb}};
    for (const auto& [name, value] : tries) {
      if (value <= 0) continue;
      if (auto printed = PrintedAmount(layouts, value)) {
        results[*name].field = *printed;
        break;
      }
    }
  }

  // Cross-checks inside the document.
  auto get = [&](const char* name) -> Field* {
    auto it = results.find(name);
    return it != results.end() && it->second.found ? &it->second.field : nullptr;
  };
  Field* supply = get("supply_amount");
  Field* tax = get("tax_amount");
  Field* total = get("total_amount");
  if (supply && tax && total) {
    long long s = std::atoll(supply->value.c_str()), t = std::atoll(tax->value.c_str()),
              g = std::atoll(total->value.c_str());
    bool adds_up = s + t == g;
    for (Field* f : {supply, tax, total})
      f->confidence = adds_up ? std::max(f->confidence, kAgreedConfidence) : f->confidence * 0.8f;
  }

  // A field printed again inside another (the issue date at the head of the approval number):
  // two reads of different places that agree make the shorter one sure; the rest of the longer
  // one is still only as sure as it was read. Read from one place (the date taken out of the
  // approval number itself) they prove nothing.
  for (const EchoRule& rule : spec.echoes) {
    Field* whole = get(rule.field.c_str());
    Field* part = get(rule.digits_of.c_str());
    if (!whole || !part || ReadFromOnePlace(*whole, *part)) continue;
    const std::string digits = DigitsIn(part->value);
    if (digits.empty() || whole->value.compare(0, digits.size(), digits) != 0) continue;
    part->confidence = std::max(part->confidence, kAgreedConfidence);
  }

  // One figure of a sum rule left unread while the other two were read: the paper prints what
  // they make, so it is that, unsure, with no box of its own. A rule it passes needs no
  // operator; one it fails asks for a look. (After the cross-check, which it would pass by
  // construction.)
  for (const SumRule& rule : spec.sums) {
    if (rule.parts.size() != 2) continue;
    Found* figures[] = {&results[rule.parts[0]], &results[rule.parts[1]], &results[rule.total]};
    std::vector<const Found*> read;
    Found* missing = nullptr;
    for (Found* f : figures) {
      if (f->found)
        read.push_back(f);
      else
        missing = f;
    }
    if (read.size() != 2 || !missing) continue;
    auto amount = [](const Found* f) { return std::atoll(f->field.value.c_str()); };
    // read[0] is a part either way: the figures are in order parts, total.
    const long long value = missing == figures[2] ? amount(read[0]) + amount(read[1])
                                                  : amount(figures[2]) - amount(read[0]);
    if (value <= 0) continue;
    missing->field = Field();
    missing->field.value = std::to_string(value);
    missing->field.page = read[0]->field.page;
    missing->field.confidence = std::min(
        {kDerivedConfidence, read[0]->field.confidence, read[1]->field.confidence});
    missing->found = true;
  }

  // A paper's one sum in words beside figures that disagree (after the second look, which reads
  // the figures again): figures that are the words' tail lost their first digits to a guard's
  // asterisks ("*~*~2 849 ,000^" for 2,849,000), and the words stand; any other difference
  // leaves the figures unsure, for a person to look at.
  for (const FieldSpec& field : spec.fields) {
    Found& found = results[field.name];
    if (field.type != FieldType::kAmount || amount_fields != 1 || !found.found) continue;
    std::optional<int64_t> words = SumInWordsNear(layouts, found.field);
    const std::string spelt = words ? std::to_string(*words) : found.field.value;
    if (spelt == found.field.value) continue;
    if (spelt.size() > found.field.value.size() && spelt.ends_with(found.field.value)) {
      found.field.value = spelt;
      found.field.confidence = std::min(found.field.confidence, 0.85f);
    } else {
      found.field.confidence = std::min(found.field.confidence, 0.3f);
    }
  }

  // Fields that can only take known values: a near read is the known value.
  for (const FieldSpec& field : spec.fields) {
    Found& found = results[field.name];
    if (!found.found || field.known_values.empty()) continue;
    if (auto known = NearestKnownValue(found.field.value, field.known_values))
      found.field.value = *known;
  }

  doc->fields.clear();
  for (auto& [name, found] : results)
    if (found.found) doc->fields[name] = found.field;
}

std::string XmlRootName(const std::string& xml) {
  xmlDoc* doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) return "";
  std::string name;
  if (xmlNode* root = xmlDocGetRootElement(doc)) name = reinterpret_cast<const char*>(root->name);
  xmlFreeDoc(doc);
  return name;
}

Status ExtractXmlFields(const DocTypeSpec& spec, const std::string& xml, Document* doc) {
  xmlDoc* parsed = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                                 XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!parsed) return Status::InvalidArgument("XML을 해석할 수 없습니다");
  std::unique_ptr<xmlDoc, void (*)(xmlDoc*)> doc_guard(parsed, xmlFreeDoc);
  xmlXPathContext* ctx = xmlXPathNewContext(parsed);
  std::unique_ptr<xmlXPathContext, void (*)(xmlXPathContext*)> ctx_guard(ctx,
                                                                         xmlXPathFreeContext);
  for (const auto& [prefix, uri] : spec.namespaces)
    xmlXPathRegisterNs(ctx, reinterpret_cast<const xmlChar*>(prefix.c_str()),
                       reinterpret_cast<const xmlChar*>(uri.c_str()));
  doc->fields.clear();
  for (const FieldSpec& field : spec.fields) {
    if (field.xpath.empty()) continue;
    xmlXPathObject* result =
        xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(field.xpath.c_str()), ctx);
    if (!result) continue;
    std::string text;
    if (result->nodesetval && result->nodesetval->nodeNr > 0) {
      xmlChar* content = xmlNodeGetContent(result->nodesetval->nodeTab[0]);
      if (content) text = reinterpret_cast<const char*>(content);
      xmlFree(content);
    }
    xmlXPathFreeObject(result);
    if (text.empty()) continue;
    std::vector<ValueWord> words{{text, 1.0f, {}}};
    std::optional<Parsed> value;
    if (field.type == FieldType::kBrn) {
      // XML carries the number as printed by the issuer's system: digits, maybe dashed.
      Parsed as_printed;
      as_printed.words_used = 1;
      if (auto digits = NormalizeBrn(text)) {
        as_printed.value = *digits;
        value = as_printed;
      } else if (text.size() == 13) {  // a person's 13-digit ID
        as_printed.value = text;
        value = as_printed;
      }
    } else if (field.type == FieldType::kCode) {
      value = Parsed();
      value->value = NormalizeCode(text);
      value->words_used = 1;
    } else {
      value = ParseByType(field.type, field.pattern, words);
    }
    if (!value) continue;
    Field f;
    f.value = value->value;
    f.confidence = 1.0f;
    f.page = 1;
    doc->fields[field.name] = f;
  }
  return Status::OK();
}

}  // namespace docval
