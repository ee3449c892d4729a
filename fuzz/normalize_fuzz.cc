// libFuzzer target: the field normalisers (pipeline/normalize.h).
//
// Input layout: byte 0 selects the function (modulo the number of cases), the rest is the
// text. Two-argument functions split the text at its first '\t' (no tab: the second text is
// empty). Each case also checks what normalize.h promises about the result, so a contract
// break aborts like a memory error would: parsed amounts are below 10^16, dates are ISO and
// real, periods do not run backwards, business numbers are 10 digits (repaired ones pass the
// check digit), account numbers are 10–16 digits, an ISO date parses to itself, valid UTF-8
// survives a decode/encode round trip, and edit distances are symmetric and bounded by the
// longer length.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "fuzz/fuzz_common.h"
#include "pipeline/normalize.h"

namespace {

using namespace docval;

bool AllDigits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::pair<std::string_view, std::string_view> SplitAtTab(std::string_view text) {
  const size_t tab = text.find('\t');
  if (tab == std::string_view::npos) return {text, {}};
  return {text.substr(0, tab), text.substr(tab + 1)};
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  (void)DefaultBankTable();  // read banks.tsv once, outside the timed runs
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t selector = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  constexpr int kCases = 14;
  switch (selector % kCases) {
    case 0: {
      if (const auto amount = ParseAmount(text))
        DOCVAL_FUZZ_REQUIRE(amount->won >= 0 && amount->won < 10'000'000'000'000'000LL);
      break;
    }
    case 1: {
      if (const auto date = ParseDate(text)) DOCVAL_FUZZ_REQUIRE(IsIsoDate(*date));
      break;
    }
    case 2: {
      if (const auto period = ParsePeriod(text)) {
        DOCVAL_FUZZ_REQUIRE(IsIsoDate(period->start) && IsIsoDate(period->end));
        DOCVAL_FUZZ_REQUIRE(period->start <= period->end);
      }
      break;
    }
    case 3: {
      if (const auto brn = NormalizeBrn(text))
        DOCVAL_FUZZ_REQUIRE(brn->size() == 10 && AllDigits(*brn));
      break;
    }
    case 4: {
      if (const auto repair = RepairBrn(text)) {
        DOCVAL_FUZZ_REQUIRE(BrnCheckDigitValid(repair->digits));
        DOCVAL_FUZZ_REQUIRE(repair->repaired == (repair->position >= 0));
        DOCVAL_FUZZ_REQUIRE(repair->position < 10);
      }
      break;
    }
    case 5: {
      if (const auto account = NormalizeAccount(text))
        DOCVAL_FUZZ_REQUIRE(account->size() >= 10 && account->size() <= 16 &&
                            AllDigits(*account));
      break;
    }
    case 6: {
      (void)NormalizeName(text);
      break;
    }
    case 7: {
      const auto [a, b] = SplitAtTab(text);
      DOCVAL_FUZZ_REQUIRE(NamesMatch(a, b) == NamesMatch(b, a));
      break;
    }
    case 8: {
      if (const auto bank = NormalizeBank(text)) DOCVAL_FUZZ_REQUIRE(!bank->empty());
      (void)NormalizeBankKey(text);
      break;
    }
    case 9: {
      // Decoding never fails and an ill-formed byte costs one U+FFFD, so the decoded text is
      // never longer than the input; well-formed UTF-8 comes back byte for byte.
      const std::u32string decoded = DecodeUtf8(text);
      DOCVAL_FUZZ_REQUIRE(decoded.size() <= text.size());
      const std::string encoded = EncodeUtf8(decoded);
      DOCVAL_FUZZ_REQUIRE(IsValidUtf8(encoded));
      size_t bad_offset = 0;
      if (IsValidUtf8(text, &bad_offset))
        DOCVAL_FUZZ_REQUIRE(encoded == text);
      else
        DOCVAL_FUZZ_REQUIRE(bad_offset < text.size());
      break;
    }
    case 10: {
      const auto [a, b] = SplitAtTab(text);
      const size_t distance = JamoEditDistance(a, b);
      DOCVAL_FUZZ_REQUIRE(distance == JamoEditDistance(b, a));
      DOCVAL_FUZZ_REQUIRE(distance <=
                          std::max(DecomposeJamo(a).size(), DecomposeJamo(b).size()));
      const double similarity = JamoSimilarity(a, b);
      DOCVAL_FUZZ_REQUIRE(similarity >= 0.0 && similarity <= 1.0);
      break;
    }
    case 11: {
      // An ISO date is one of ParseDate's forms and comes back unchanged.
      if (IsIsoDate(text))
        DOCVAL_FUZZ_REQUIRE(ParseDate(text) == std::optional<std::string>(text));
      break;
    }
    case 12: {
      BankTable table;
      if (BankTable::Parse(text, "fuzz.tsv", &table).ok()) {
        (void)table.Canonical(SplitAtTab(text).first);
      }
      break;
    }
    case 13: {
      if (BrnCheckDigitValid(text)) DOCVAL_FUZZ_REQUIRE(text.size() == 10 && AllDigits(text));
      break;
    }
  }
  return 0;
}
