// Unit tests for pipeline/normalize.h: every normaliser with clean, OCR-damaged and invalid input.
#include "pipeline/normalize.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace docval {
namespace {

// ---------------------------------------------------------------------------------------------
// UTF-8

TEST(Utf8, RoundTripsKoreanAndAstralText) {
  const std::string text = "행복분식 ₩1,234,000 😀 (주)";
  std::u32string decoded = DecodeUtf8(text);
  EXPECT_EQ(decoded[0], U'행');
  EXPECT_EQ(decoded.size(), 21u);
  EXPECT_EQ(EncodeUtf8(decoded), text);
  EXPECT_TRUE(IsValidUtf8(text));
}

TEST(Utf8, InvalidBytesBecomeReplacementCharacters) {
  // 0xFF never occurs in UTF-8; "\xEC\x95" is a truncated 안; 0xC0 0xAF is an overlong '/'.
  const std::string text = std::string("a\xFF") + "b\xEC\x95" + "c\xC0\xAF" + "d";
  EXPECT_EQ(DecodeUtf8(text), U"a\uFFFDb\uFFFD\uFFFDc\uFFFD\uFFFDd");
  size_t bad = 0;
  EXPECT_FALSE(IsValidUtf8(text, &bad));
  EXPECT_EQ(bad, 1u);
}

TEST(Utf8, RejectsSurrogatesAndOutOfRange) {
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // U+D800
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // U+110000
  EXPECT_EQ(EncodeUtf8(std::u32string(1, char32_t{0xD800})), "\xEF\xBF\xBD");
  EXPECT_EQ(EncodeUtf8(std::u32string(1, char32_t{0x110000})), "\xEF\xBF\xBD");
}

// ---------------------------------------------------------------------------------------------
// Amounts

void ExpectAmount(const std::string& text, int64_t won, AmountForm form) {
  SCOPED_TRACE(text);
  std::optional<ParsedAmount> parsed = ParseAmount(text);
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->won, won);
  EXPECT_EQ(parsed->form, form);
}

void ExpectNoAmount(const std::string& text) {
  SCOPED_TRACE(text);
  std::optional<ParsedAmount> parsed = ParseAmount(text);
  EXPECT_FALSE(parsed.has_value()) << "parsed as " << parsed->won;
}

TEST(ParseAmount, DigitsWithDecorations) {
  ExpectAmount("1,234,000", 1234000, AmountForm::kDigits);
  ExpectAmount("1,234,000원", 1234000, AmountForm::kDigits);
  ExpectAmount("₩1,234,000", 1234000, AmountForm::kDigits);
  ExpectAmount("￦1,234,000", 1234000, AmountForm::kDigits);
  ExpectAmount("3300000", 3300000, AmountForm::kDigits);
  ExpectAmount("금 3,300,000원정", 3300000, AmountForm::kDigits);
  ExpectAmount("KRW 990,000", 990000, AmountForm::kDigits);
  ExpectAmount("０", 0, AmountForm::kDigits);
  ExpectAmount("１，２３４，０００원", 1234000, AmountForm::kDigits);  // full-width
  // Asterisks that guard a printed sum against a digit written in front of it.
  ExpectAmount("금 ***1,820,000원", 1820000, AmountForm::kDigits);
  ExpectAmount("₩**3,773,000", 3773000, AmountForm::kDigits);
  ExpectNoAmount("***");
}

TEST(ParseAmount, OcrReadingsOfTheWonSign) {
  ExpectAmount("W1,234,000", 1234000, AmountForm::kDigits);
  ExpectAmount("\\1,234,000", 1234000, AmountForm::kDigits);
  ExpectAmount("\\\\1,234,000", 1234000, AmountForm::kDigits);
}

TEST(ParseAmount, SpacesAndPeriodsInsideNumbers) {
  ExpectAmount("₩ 1, 234, 000", 1234000, AmountForm::kDigits);
  ExpectAmount("1 234 000 원", 1234000, AmountForm::kDigits);
  ExpectAmount("1.234.000", 1234000, AmountForm::kDigits);
  ExpectAmount("1,234.000", 1234000, AmountForm::kDigits);  // OCR mixes the two separators
  ExpectAmount("1,485,.000 원", 1485000, AmountForm::kDigits);  // a speck beside a comma
  ExpectNoAmount("1,48,.000");  // still a group of two digits
  ExpectNoAmount("000 원");     // the leading digits of "1,500,000" lost
  ExpectNoAmount("0,500,000");
  ExpectAmount("0원", 0, AmountForm::kDigits);  // a fee of nothing
}

TEST(ParseAmount, OcrLetterConfusionsBetweenDigits) {
  ExpectAmount("1,2O4,000", 1204000, AmountForm::kDigits);
  ExpectAmount("1,234,o00", 1234000, AmountForm::kDigits);
  ExpectAmount("3,3OO,000", 3300000, AmountForm::kDigits);  // a run of look-alikes
  ExpectAmount("1l0,000", 110000, AmountForm::kDigits);
  ExpectAmount("1I0,000", 110000, AmountForm::kDigits);
  ExpectAmount("1|0,000", 110000, AmountForm::kDigits);
  ExpectAmount("2,3S0,000", 2350000, AmountForm::kDigits);
  ExpectAmount("9B0,000원", 980000, AmountForm::kDigits);
}

TEST(ParseAmount, LookAlikesAtTheEdgeAreNotDigits) {
  ExpectNoAmount("B1,000");
  ExpectNoAmount("1,000S");
  ExpectNoAmount("33OOOOO");  // trailing O's: no digit after them
  ExpectNoAmount("O");
}

TEST(ParseAmount, KoreanNumberWords) {
  ExpectAmount("금 일백이십삼만사천원정", 1234000, AmountForm::kWords);
  ExpectAmount("일금 삼백삼십만원정", 3300000, AmountForm::kWords);
  ExpectAmount("금삼백만원", 3000000, AmountForm::kWords);
  ExpectAmount("일억이천삼백사십오만육천칠백팔십구원", 123456789, AmountForm::kWords);
  ExpectAmount("이백삼십일만원", 2310000, AmountForm::kWords);
  ExpectAmount("구십구만원정", 990000, AmountForm::kWords);
  ExpectAmount("십만원", 100000, AmountForm::kWords);
  ExpectAmount("만원", 10000, AmountForm::kWords);
  ExpectAmount("천원", 1000, AmountForm::kWords);
  ExpectAmount("일억원", 100000000, AmountForm::kWords);
  ExpectAmount("삼억오백만원", 305000000, AmountForm::kWords);
  ExpectAmount("일조이억원", 1000200000000, AmountForm::kWords);
  ExpectAmount("금 일 백 이 십 삼 만 사 천 원 정", 1234000, AmountForm::kWords);
}

TEST(ParseAmount, MixedDigitsAndUnitWords) {
  ExpectAmount("330만원", 3300000, AmountForm::kMixed);
  ExpectAmount("1억 2,345만원", 123450000, AmountForm::kMixed);
  ExpectAmount("3천만원", 30000000, AmountForm::kMixed);
  ExpectAmount("2억5천만원", 250000000, AmountForm::kMixed);
}

TEST(ParseAmount, MalformedInputIsRefused) {
  ExpectNoAmount("");
  ExpectNoAmount("원");
  ExpectNoAmount("금 원정");
  ExpectNoAmount("-1,000");
  ExpectNoAmount("1,23,000");    // group of two
  ExpectNoAmount("1,2345,000");  // group of four
  ExpectNoAmount("1234,000");    // first group too long
  ExpectNoAmount("1,234,");
  ExpectNoAmount(",234");
  ExpectNoAmount("1,234,000.50");
  ExpectNoAmount("합계 1,234,000");  // text around the amount
  ExpectNoAmount("삼사만원");        // two digits in a row
  ExpectNoAmount("백천원");          // units must decrease
  ExpectNoAmount("만억원");
  ExpectNoAmount("12345만원");       // coefficient of 만 must be below 10000
  ExpectNoAmount("0만원");
  ExpectNoAmount("99999999999999999");  // beyond any real document
}

// ---------------------------------------------------------------------------------------------
// Dates

TEST(ParseDate, AllWrittenForms) {
  for (const char* text : {"2026-05-12", "2026.05.12", "2026. 5. 12.", "2026.5.12",
                           "2026년 05월 12일", "2026년5월12일", "2026 년 5 월 12 일", "2026/05/12",
                           "20260512", " 2026-05-12 ", "2026 - 05 - 12", "２０２６．０５．１２"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(ParseDate(text), std::optional<std::string>("2026-05-12"));
  }
}

TEST(ParseDate, OcrConfusionsInDigits) {
  EXPECT_EQ(ParseDate("2O26.O5.12"), std::optional<std::string>("2026-05-12"));
  EXPECT_EQ(ParseDate("2026-1l-3O"), std::nullopt);  // trailing O has no digit after it
  EXPECT_EQ(ParseDate("2026-1l-30"), std::optional<std::string>("2026-11-30"));
  // The second separator lost, its gap left.
  EXPECT_EQ(ParseDate("2026-05 20"), std::optional<std::string>("2026-05-20"));
  EXPECT_EQ(ParseDate("2026.05 20"), std::optional<std::string>("2026-05-20"));
  // Or nothing left between two two-digit groups; a third digit or a colon is no such date.
  EXPECT_EQ(ParseDate("2026.0716"), std::optional<std::string>("2026-07-16"));
  EXPECT_EQ(ParseDate("2026-0716"), std::optional<std::string>("2026-07-16"));
  EXPECT_EQ(ParseDate("2026.07161"), std::nullopt);
  EXPECT_EQ(ParseDate("2026.0716.1"), std::nullopt);
  EXPECT_EQ(ParseDate("2026:0716"), std::nullopt);
  EXPECT_EQ(ParseDate("2026.1340"), std::nullopt);
  // A dot read as a colon or a comma, so long as one of the two is still a dot.
  EXPECT_EQ(ParseDate("2026.05:13"), std::optional<std::string>("2026-05-13"));
  EXPECT_EQ(ParseDate("2026,05.13"), std::optional<std::string>("2026-05-13"));
  EXPECT_EQ(ParseDate("2026:05:13"), std::nullopt);
  EXPECT_EQ(ParseDate("2026-05:13"), std::nullopt);
  // The columns of a 년 | 월 | 일 header: spaces alone between the parts.
  EXPECT_EQ(ParseDate("2026 05 06"), std::optional<std::string>("2026-05-06"));
  EXPECT_EQ(ParseDate("2026 9 3"), std::optional<std::string>("2026-09-03"));
  EXPECT_EQ(ParseDate("2026 13 06"), std::nullopt);
  EXPECT_EQ(ParseDate("2026 05"), std::nullopt);
  EXPECT_EQ(ParseDate("2026 05 06 4"), std::nullopt);
  EXPECT_EQ(ParseDate("2026년 05 20"), std::nullopt);
  // A thin hyphen read as "=", or twice.
  EXPECT_EQ(ParseDate("2026=-05-28"), std::optional<std::string>("2026-05-28"));
  EXPECT_EQ(ParseDate("2026=05=28"), std::optional<std::string>("2026-05-28"));
  EXPECT_EQ(ParseDate("2026--05-28"), std::optional<std::string>("2026-05-28"));
  EXPECT_EQ(ParseDate("2026=0532"), std::nullopt);
}

TEST(ParseDate, TimeOfDayAfterTheDate) {
  EXPECT_EQ(ParseDate("2026.04.24 13:34"), std::optional<std::string>("2026-04-24"));
  EXPECT_EQ(ParseDate("2026-04-24 13:34:05"), std::optional<std::string>("2026-04-24"));
  // OCR lost the space: the two digits before the colon are the hour, not more of the day.
  EXPECT_EQ(ParseDate("2026.11.1218:09:03"), std::optional<std::string>("2026-11-12"));
  EXPECT_EQ(ParseDate("2026.11.1218"), std::nullopt);  // no colon: not a time
  EXPECT_EQ(ParseDate("2026.11.12 18:0"), std::nullopt);
}

TEST(ParseDate, ImpossibleDatesAreRefused) {
  for (const char* text : {"2026-02-30", "2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10",
                           "2026-05-00", "20260230", "2026년 2월 30일", "1800-01-01"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(ParseDate(text), std::nullopt);
  }
  EXPECT_EQ(ParseDate("2028-02-29"), std::optional<std::string>("2028-02-29"));  // leap year
  EXPECT_EQ(ParseDate("2000-02-29"), std::optional<std::string>("2000-02-29"));
  EXPECT_EQ(ParseDate("2100-02-29"), std::nullopt);
}

TEST(ParseDate, MalformedInputIsRefused) {
  for (const char* text : {"", "2026-05", "26-05-12", "2026-05/12", "2026년 05.12",
                           "2026-005-12", "202605120", "2026-05-12 extra", "12.05.2026"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(ParseDate(text), std::nullopt);
  }
}

TEST(IsIsoDate, StrictForm) {
  EXPECT_TRUE(IsIsoDate("2026-05-12"));
  EXPECT_FALSE(IsIsoDate("2026-5-12"));
  EXPECT_FALSE(IsIsoDate("2026.05.12"));
  EXPECT_FALSE(IsIsoDate("2026-02-30"));
  EXPECT_FALSE(IsIsoDate(" 2026-05-12"));
}

void ExpectPeriod(const std::string& text, const std::string& start, const std::string& end) {
  SCOPED_TRACE(text);
  std::optional<Period> period = ParsePeriod(text);
  ASSERT_TRUE(period.has_value());
  EXPECT_EQ(period->start, start);
  EXPECT_EQ(period->end, end);
}

TEST(ParsePeriod, WrittenForms) {
  ExpectPeriod("2026년 04월 01일 부터 2027년 03월 31일 까지", "2026-04-01", "2027-03-31");
  ExpectPeriod("2026-04-01 ~ 2027-03-31", "2026-04-01", "2027-03-31");
  ExpectPeriod("2026.04.01-2027.03.31", "2026-04-01", "2027-03-31");
  ExpectPeriod("2026. 4. 1. - 2027. 3. 31.", "2026-04-01", "2027-03-31");
  ExpectPeriod("2026-04-01-2027-03-31", "2026-04-01", "2027-03-31");
  ExpectPeriod("20260401∼20270331", "2026-04-01", "2027-03-31");
  ExpectPeriod("2026/04/01 ～ 2027/03/31", "2026-04-01", "2027-03-31");
  ExpectPeriod("2026년 4월 1일 00시부터 2027년 3월 31일 24시까지", "2026-04-01", "2027-03-31");
  ExpectPeriod("2026-04-01 00:00 ~ 2027-03-31 24:00", "2026-04-01", "2027-03-31");
  ExpectPeriod("2026-04-01 부터 2026-04-01 까지", "2026-04-01", "2026-04-01");
}

TEST(ParsePeriod, BadPeriodsAreRefused) {
  for (const char* text : {"2027-03-31 ~ 2026-04-01",  // end before start
                           "2026-04-01 2027-03-31",     // no connector
                           "2026-04-01 ~", "~ 2027-03-31", "2026-02-30 ~ 2027-03-31",
                           "2026-04-01 ~ 2027-03-31 이후"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(ParsePeriod(text), std::nullopt);
  }
}

// ---------------------------------------------------------------------------------------------
// Business numbers

// The DOMAIN.md rule, written out independently so the test does not trust the code under test.
char CheckDigitFor(const std::string& nine) {
  const int weights[9] = {1, 3, 7, 1, 3, 7, 1, 3, 5};
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (nine[i] - '0') * weights[i];
  sum += (nine[8] - '0') * 5 / 10;
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

TEST(Brn, CheckDigitFromDomain) {
  EXPECT_TRUE(BrnCheckDigitValid("1208147521"));
  EXPECT_FALSE(BrnCheckDigitValid("1208147522"));
  EXPECT_FALSE(BrnCheckDigitValid("120814752"));
  EXPECT_FALSE(BrnCheckDigitValid("120-81-4752"));
  EXPECT_FALSE(BrnCheckDigitValid("12081475a1"));
}

TEST(Brn, CheckDigitAgreesWithTheRuleForManyNumbers) {
  for (int seed = 0; seed < 2000; ++seed) {
    std::string nine = std::to_string(100'000'000 + int64_t{seed} * 449'987 % 900'000'000);
    const char right = CheckDigitFor(nine);
    for (char last = '0'; last <= '9'; ++last) {
      EXPECT_EQ(BrnCheckDigitValid(nine + last), last == right) << nine << last;
    }
  }
}

TEST(Brn, NormalizesWrittenForms) {
  for (const char* text : {"120-81-47521", "1208147521", "120 81 47521", "１２０－８１－４７５２１",
                           "120–81–47521"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(NormalizeBrn(text), std::optional<std::string>("1208147521"));
  }
  EXPECT_EQ(NormalizeBrn("l20-81-47521"), std::nullopt);  // a leading l is not bounded by digits
  EXPECT_EQ(NormalizeBrn("12O-8l-47521"), std::optional<std::string>("1208147521"));
  EXPECT_EQ(NormalizeBrn("1208-14-7521"), std::nullopt);  // dashes in the wrong places
  // A hyphen read as a point on a photo; the grouping must still be 3-2-5.
  EXPECT_EQ(NormalizeBrn("464.81-15405"), std::optional<std::string>("4648115405"));
  EXPECT_EQ(NormalizeBrn("4648.1-15405"), std::nullopt);
  // … or doubled.
  EXPECT_EQ(NormalizeBrn("520-76=41719"), std::optional<std::string>("5207641719"));
  EXPECT_EQ(NormalizeBrn("5207=6-41719"), std::nullopt);
  // … or read twice, as a hyphen and a dash (the Latin model's read of a photo).
  EXPECT_EQ(NormalizeBrn("899-—32-35083"), std::optional<std::string>("8993235083"));
  EXPECT_EQ(NormalizeBrn("899-—3-235083"), std::nullopt);
  EXPECT_EQ(NormalizeBrn("4,648,115,405"), std::nullopt);
  EXPECT_EQ(NormalizeBrn("120-81-4752"), std::nullopt);
  EXPECT_EQ(NormalizeBrn("120-81-475211"), std::nullopt);
  EXPECT_EQ(NormalizeBrn("사업자 120-81-47521"), std::nullopt);
}

TEST(Brn, ValidNumberIsNotRepaired) {
  std::optional<BrnRepair> result = RepairBrn("120-81-47521");
  ASSERT_TRUE(result.has_value());
  EXPECT_EQ(result->digits, "1208147521");
  EXPECT_FALSE(result->repaired);
}

// Candidates RepairBrn may consider, computed here from the documented confusion table.
std::vector<std::string> PassingSubstitutions(const std::string& digits) {
  const std::pair<char, char> pairs[] = {{'0', '8'}, {'0', '6'}, {'1', '7'}, {'2', '7'}, {'3', '8'},
                                         {'3', '5'}, {'5', '6'}, {'6', '8'}, {'4', '9'}};
  std::vector<std::string> passing;
  for (size_t i = 0; i < digits.size(); ++i) {
    for (auto [a, b] : pairs) {
      if (digits[i] != a && digits[i] != b) continue;
      std::string candidate = digits;
      candidate[i] = digits[i] == a ? b : a;
      if (candidate.substr(9) == std::string(1, CheckDigitFor(candidate.substr(0, 9))) &&
          std::find(passing.begin(), passing.end(), candidate) == passing.end()) {
        passing.push_back(candidate);
      }
    }
  }
  return passing;
}

TEST(Brn, RepairsOnlyWhenExactlyOneCandidatePasses) {
  // Damage valid numbers by one confusion and check RepairBrn against the independent count.
  int repaired = 0, refused = 0;
  const std::pair<char, char> pairs[] = {{'0', '8'}, {'1', '7'}, {'5', '6'}, {'3', '8'}};
  for (int seed = 0; seed < 300; ++seed) {
    std::string nine = std::to_string(100'000'000 + int64_t{seed} * 7'919'113 % 900'000'000);
    std::string valid = nine + CheckDigitFor(nine);
    for (size_t i = 0; i < valid.size(); ++i) {
      for (auto [a, b] : pairs) {
        if (valid[i] != a && valid[i] != b) continue;
        std::string damaged = valid;
        damaged[i] = valid[i] == a ? b : a;
        if (BrnCheckDigitValid(damaged)) continue;
        std::vector<std::string> passing = PassingSubstitutions(damaged);
        std::optional<BrnRepair> result = RepairBrn(damaged);
        if (passing.size() == 1) {
          ASSERT_TRUE(result.has_value()) << damaged;
          EXPECT_EQ(result->digits, passing[0]);
          EXPECT_EQ(result->digits, valid);  // the only candidate must be the original
          EXPECT_TRUE(result->repaired);
          EXPECT_EQ(result->position, static_cast<int>(i));
          ++repaired;
        } else {
          EXPECT_FALSE(result.has_value()) << damaged << " has " << passing.size();
          ++refused;
        }
      }
    }
  }
  // Both outcomes must actually occur, or the test proves nothing.
  EXPECT_GT(repaired, 50);
  EXPECT_GT(refused, 50);
}

TEST(Brn, AmbiguousRepairIsRefused) {
  // 120-81-47521 with its 8 read as 3: several single confusions make it pass and the
  // original is only one of them, so none may be chosen.
  ASSERT_GE(PassingSubstitutions("1203147521").size(), 2u);
  EXPECT_EQ(RepairBrn("120-31-47521"), std::nullopt);
  EXPECT_EQ(RepairBrn("not a number"), std::nullopt);
}

TEST(Brn, NoPassingCandidateMeansNoRepair) {
  // DOMAIN.md's invalid example: no single confusion from the table makes it pass.
  ASSERT_TRUE(PassingSubstitutions("1208147522").empty());
  EXPECT_EQ(RepairBrn("120-81-47522"), std::nullopt);
}

TEST(Brn, TwoReadsOneLookAlikeDigitApart) {
  EXPECT_TRUE(OneLookAlikeApart("5561953143", "5581953143"));   // 6 and 8
  EXPECT_TRUE(OneLookAlikeApart("0993235083", "8993235083"));   // 0 and 8
  EXPECT_FALSE(OneLookAlikeApart("5581953143", "5581953143"));  // the same
  EXPECT_FALSE(OneLookAlikeApart("5521953143", "5581953143"));  // 2 and 8 do not look alike
  EXPECT_FALSE(OneLookAlikeApart("6993735083", "8993235083"));  // two places
  EXPECT_FALSE(OneLookAlikeApart("556195314", "5581953143"));
}

TEST(Brn, RepairsAnUnambiguousOcrSlip) {
  // 123-45-00376 is valid; read with its 7 as 2 (2↔7), only one substitution passes.
  const std::string valid = "1234500376";
  ASSERT_EQ(CheckDigitFor(valid.substr(0, 9)), valid[9]);
  ASSERT_EQ(PassingSubstitutions("1234500326"), std::vector<std::string>{valid});
  std::optional<BrnRepair> result = RepairBrn("123-45-00326");
  ASSERT_TRUE(result.has_value());
  EXPECT_TRUE(result->repaired);
  EXPECT_EQ(result->digits, valid);
  EXPECT_EQ(result->position, 8);
}

// ---------------------------------------------------------------------------------------------
// Accounts

TEST(Account, DigitsOnlyWithPlausibleLength) {
  EXPECT_EQ(NormalizeAccount("110-123-456789"), std::optional<std::string>("110123456789"));
  EXPECT_EQ(NormalizeAccount("123456-01-234567"), std::optional<std::string>("12345601234567"));
  EXPECT_EQ(NormalizeAccount("301-1234-5678-91"), std::optional<std::string>("3011234567891"));
  EXPECT_EQ(NormalizeAccount("110 123 456789"), std::optional<std::string>("110123456789"));
  EXPECT_EQ(NormalizeAccount("11O-l23-4S6789"), std::optional<std::string>("110123456789"));
  // A hyphen read double.
  EXPECT_EQ(NormalizeAccount("1004=239=242113"), std::optional<std::string>("1004239242113"));
  // One read wavy, next to the hyphen it was read with.
  EXPECT_EQ(NormalizeAccount("073-026544=26~-360"),
            std::optional<std::string>("07302654426360"));
  EXPECT_EQ(NormalizeAccount("110-123-45678B"), std::nullopt);  // B at the end: not bounded
  EXPECT_EQ(NormalizeAccount("123-456-789"), std::nullopt);     // 9 digits
  EXPECT_EQ(NormalizeAccount("12345678901234567"), std::nullopt);
  EXPECT_EQ(NormalizeAccount("신한 110-123-456789"), std::nullopt);
  EXPECT_EQ(NormalizeAccount(""), std::nullopt);
}

// ---------------------------------------------------------------------------------------------
// Names

TEST(Names, AllWritingsOfACompanyGiveOneKey) {
  const std::string key = NormalizeName("스마트포스");
  EXPECT_EQ(key, "스마트포스");
  for (const char* text :
       {"(주)스마트포스", "㈜스마트포스", "㈱스마트포스", "주식회사 스마트포스", "스마트포스(주)",
        "스마트 포스 주식회사", "（주）스마트포스", "( 주 ) 스마트포스", "주식회사스마트포스",
        "스마트포스 주식회사", "「스마트포스」", "스마트·포스", "株式會社 스마트포스"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(NormalizeName(text), key);
    EXPECT_TRUE(NamesMatch(text, "(주)스마트포스"));
  }
}

TEST(Names, OtherLegalForms) {
  EXPECT_EQ(NormalizeName("(유)한빛테크"), "한빛테크");
  EXPECT_EQ(NormalizeName("㈲한빛테크"), "한빛테크");
  EXPECT_EQ(NormalizeName("유한회사 한빛테크"), "한빛테크");
  EXPECT_EQ(NormalizeName("(사)한국소상공인협회"), "한국소상공인협회");
  EXPECT_EQ(NormalizeName("사단법인 한국소상공인협회"), "한국소상공인협회");
  EXPECT_EQ(NormalizeName("농업회사법인 푸른들"), "푸른들");
  EXPECT_EQ(NormalizeName("농업회사법인(주)푸른들"), "푸른들");
  EXPECT_EQ(NormalizeName("Smart Force Co."), "smartforceco");
  EXPECT_EQ(NormalizeName("ＳＭＡＲＴ"), "smart");
}

TEST(Names, DifferentNamesDoNotMatch) {
  EXPECT_FALSE(NamesMatch("(주)스마트포스", "(주)스마트포스트"));
  EXPECT_FALSE(NamesMatch("김민준", "김민존"));
  EXPECT_FALSE(NamesMatch("", ""));
  EXPECT_FALSE(NamesMatch("(주)", "주식회사"));  // both reduce to nothing
  EXPECT_TRUE(NamesMatch("김 민준", "김민준"));
}

TEST(Names, OcrReadingsOfTheLegalFormMarkAndStrayJamoAreIgnored) {
  // ㈜ read as the syllable 쥐, before or after the name; a table rule read as ㅣ.
  EXPECT_TRUE(NamesMatch("쥐디지털스토어", "(주)디지털스토어"));
  EXPECT_TRUE(NamesMatch("디지털스토어쥐", "주식회사 디지털스토어"));
  EXPECT_TRUE(NamesMatch("(쥐스마트미러", "스마트미러(주)"));
  EXPECT_TRUE(NamesMatch("(쥐)스마트미러", "㈜스마트미러"));
  EXPECT_TRUE(NamesMatch("스마트미러쥐)", "주식회사 스마트미러"));
  EXPECT_TRUE(NamesMatch("ㅣ주식회사에이아이서빙", "(주)에이아이서빙"));
  // Not a licence to drop real syllables: 주 may begin a name, and 쥐 alone is a name's part.
  EXPECT_FALSE(NamesMatch("주디지털스토어", "(주)디지털스토어"));
  EXPECT_FALSE(NamesMatch("쥐알오더", "(주)큐알오더"));
  EXPECT_EQ(NormalizeName("쥐포"), "쥐포");
}

// ---------------------------------------------------------------------------------------------
// Banks

TEST(Banks, DefaultTableLoadsFromDataDir) {
  Status status;
  const BankTable& table = DefaultBankTable(&status);
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_GE(table.bank_count(), 20u);
}

TEST(Banks, AliasesMapToCanonicalNames) {
  const std::pair<const char*, const char*> cases[] = {
      {"KB국민은행", "국민은행"},   {"국민은행", "국민은행"},   {"국민", "국민은행"},
      {"KB 국민은행", "국민은행"},  {"kb국민은행", "국민은행"}, {"신한", "신한은행"},
      {"신한은행", "신한은행"},     {"우리", "우리은행"},       {"하나", "하나은행"},
      {"KEB하나", "하나은행"},      {"KEB 하나은행", "하나은행"}, {"농협", "농협은행"},
      {"NH농협", "농협은행"},       {"농협은행", "농협은행"},   {"NH농협은행", "농협은행"},
      {"기업", "기업은행"},         {"IBK기업은행", "기업은행"}, {"SC제일", "SC제일은행"},
      {"카카오뱅크", "카카오뱅크"}, {"토스뱅크", "토스뱅크"},   {"케이뱅크", "케이뱅크"},
      {"부산", "부산은행"},         {"대구", "iM뱅크"},         {"iM뱅크", "iM뱅크"},
      {"대구은행", "iM뱅크"},       {"경남", "경남은행"},       {"광주", "광주은행"},
      {"전북", "전북은행"},         {"제주", "제주은행"},       {"수협", "수협은행"},
      {"새마을금고", "새마을금고"}, {"신협", "신협"},           {"우체국", "우체국"},
      {"산업", "산업은행"},         {"ＫＢ국민은행", "국민은행"},
  };
  for (const auto& [alias, canonical] : cases) {
    SCOPED_TRACE(alias);
    EXPECT_EQ(NormalizeBank(alias), std::optional<std::string>(canonical));
  }
}

TEST(Banks, UnknownOrEmbeddedNamesDoNotMatch) {
  EXPECT_EQ(NormalizeBank("부산광역시 해운대구"), std::nullopt);
  EXPECT_EQ(NormalizeBank("스마트은행"), std::nullopt);
  EXPECT_EQ(NormalizeBank(""), std::nullopt);
  // Local co-operatives are a different institution from 농협은행.
  EXPECT_NE(NormalizeBank("지역농협"), NormalizeBank("농협은행"));
}

TEST(Banks, ANameMisreadByOneJamoIsThatBank) {
  EXPECT_EQ(NormalizeMisreadBank("가나은행"), std::optional<std::string>("하나은행"));
  EXPECT_EQ(NormalizeMisreadBank("신한은헹"), std::optional<std::string>("신한은행"));
  EXPECT_EQ(NormalizeMisreadBank("우리은행"), std::optional<std::string>("우리은행"));
  // Two jamo off, or a short name (one jamo from too many words): no bank.
  EXPECT_EQ(NormalizeMisreadBank("가나은헹"), std::nullopt);
  EXPECT_EQ(NormalizeMisreadBank("농엽"), std::nullopt);
  // As near to two banks: which one is unknown.
  BankTable table;
  ASSERT_TRUE(BankTable::Parse("가나은행\t가나\n가다은행\t가다\n", "t.tsv", &table).ok());
  EXPECT_EQ(table.Misread("가라은행"), std::nullopt);
  EXPECT_EQ(table.Misread("가니은행"), std::optional<std::string>("가나은행"));
}

TEST(Banks, TableParsingErrorsNameTheLine) {
  BankTable table;
  Status s = BankTable::Parse("# comment\n\n가은행\t가|A\n나은행 나\n", "t.tsv", &table);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("t.tsv:4:"), std::string::npos) << s.message();

  s = BankTable::Parse("가은행\t가|공통\r\n나은행\t나|공통\r\n", "t.tsv", &table);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("t.tsv:2:"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("공통"), std::string::npos) << s.message();

  ASSERT_TRUE(BankTable::Parse("가은행\t가|Ga Bank\r\n", "t.tsv", &table).ok());
  EXPECT_EQ(table.bank_count(), 1u);
  EXPECT_EQ(table.Canonical("ga-bank"), std::optional<std::string>("가은행"));
  EXPECT_EQ(table.Canonical("가 은행"), std::optional<std::string>("가은행"));
}

TEST(Banks, LoadReportsMissingFile) {
  BankTable table;
  Status s = BankTable::Load("/nonexistent/banks.tsv", &table);
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_NE(s.message().find("/nonexistent/banks.tsv"), std::string::npos);
}

// ---------------------------------------------------------------------------------------------
// Hangul

TEST(Jamo, DecomposesSyllables) {
  EXPECT_EQ(DecomposeJamo("각"), U"ㄱㅏㄱ");
  EXPECT_EQ(DecomposeJamo("한글"), U"ㅎㅏㄴㄱㅡㄹ");
  EXPECT_EQ(DecomposeJamo("닭"), U"ㄷㅏㄺ");
  EXPECT_EQ(DecomposeJamo("와"), U"ㅇㅘ");
  EXPECT_EQ(DecomposeJamo("가A1"), U"ㄱㅏA1");
  EXPECT_EQ(DecomposeJamo("힣"), U"ㅎㅣㅎ");  // last syllable of the block
  // Conjoining jamo (NFD text) fold to the same compatibility jamo as the syllable.
  EXPECT_EQ(DecomposeJamo("\u1100\u1161\u11A8"), DecomposeJamo("각"));
}

TEST(Jamo, EditDistances) {
  EXPECT_EQ(EditDistance(U"kitten", U"sitting"), 3u);
  EXPECT_EQ(EditDistance(U"", U"abc"), 3u);
  EXPECT_EQ(EditDistance(U"abc", U"abc"), 0u);
  EXPECT_EQ(EditDistance(U"스마트포스", U"스마트포스트"), 1u);
  // One stroke differs (ㅁ vs ㅂ): one jamo, where whole syllables would differ by one too but
  // with a far larger share of a short word.
  EXPECT_EQ(JamoEditDistance("감", "갑"), 1u);
  EXPECT_EQ(JamoEditDistance("김민준", "김민존"), 1u);
  EXPECT_EQ(JamoEditDistance("", ""), 0u);
}

TEST(Jamo, SimilarityIsNormalised) {
  EXPECT_DOUBLE_EQ(JamoSimilarity("스마트포스", "스마트포스"), 1.0);
  EXPECT_DOUBLE_EQ(JamoSimilarity("", ""), 1.0);
  EXPECT_DOUBLE_EQ(JamoSimilarity("가", ""), 0.0);
  const double near = JamoSimilarity("행복분식", "행복븐식");
  const double far = JamoSimilarity("행복분식", "스마트포스");
  EXPECT_GT(near, 0.85);
  EXPECT_LT(far, 0.3);
  EXPECT_GE(far, 0.0);
}

// Operator messages put the particle a word takes, not both spellings.
TEST(Messages, AParticleFitsTheWordsLastSyllable) {
  EXPECT_EQ(WithParticle("상호", "을", "를"), "상호를");
  EXPECT_EQ(WithParticle("보험기간 시작일", "을", "를"), "보험기간 시작일을");
  EXPECT_EQ(WithParticle("보내는 분", "을", "를"), "보내는 분을");
  EXPECT_EQ(WithParticle("예금주", "이", "가"), "예금주가");
  EXPECT_EQ(WithParticle("세금계산서", "이", "가"), "세금계산서가");
  EXPECT_EQ(WithParticle("통장사본", "이", "가"), "통장사본이");
  // No syllable to go by: both, as written Korean does.
  EXPECT_EQ(WithParticle("2026-03-31", "이", "가"), "2026-03-31이(가)");
  EXPECT_EQ(WithParticle("", "을", "를"), "을(를)");
}

}  // namespace
}  // namespace docval
