// Korean business registration numbers (사업자등록번호, NNN-NN-NNNNN): check digit and formatting.
//
// The check digit follows DOMAIN.md: with digits d1…d10,
// S = d1·1 + d2·3 + d3·7 + d4·1 + d5·3 + d6·7 + d7·1 + d8·3 + d9·5 + ⌊d9·5/10⌋,
// valid when d10 = (10 − S mod 10) mod 10. Pure functions, thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace docval::samplegen {

// The check digit for the first nine digits; nullopt unless `first_nine` is exactly 9 ASCII digits.
std::optional<int> BrnCheckDigit(std::string_view first_nine);

// True when `brn` holds exactly 10 digits (dashes and spaces ignored) whose last digit is the
// check digit of the first nine.
bool IsValidBrn(std::string_view brn);

// "1208147521" -> "120-81-47521"; input that is not 10 digits comes back unchanged.
std::string FormatBrn(std::string_view digits);

// Digits of `text` only ("120-81-47521" -> "1208147521").
std::string DigitsOnly(std::string_view text);

}  // namespace docval::samplegen
