#include "samples/generator/brn.h"

namespace docval::samplegen {

std::optional<int> BrnCheckDigit(std::string_view first_nine) {
  if (first_nine.size() != 9) return std::nullopt;
  static constexpr int kWeights[8] = {1, 3, 7, 1, 3, 7, 1, 3};
  int sum = 0;
  for (size_t i = 0; i < 9; ++i) {
    const char c = first_nine[i];
    if (c < '0' || c > '9') return std::nullopt;
    const int d = c - '0';
    if (i < 8) {
      sum += d * kWeights[i];
    } else {
      sum += d * 5 + (d * 5) / 10;
    }
  }
  return (10 - sum % 10) % 10;
}

std::string DigitsOnly(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') digits.push_back(c);
  }
  return digits;
}

bool IsValidBrn(std::string_view brn) {
  for (char c : brn) {
    const bool allowed = (c >= '0' && c <= '9') || c == '-' || c == ' ';
    if (!allowed) return false;
  }
  const std::string digits = DigitsOnly(brn);
  if (digits.size() != 10) return false;
  const std::optional<int> check = BrnCheckDigit(std::string_view(digits).substr(0, 9));
  return check && *check == digits[9] - '0';
}

std::string FormatBrn(std::string_view digits) {
  if (digits.size() != 10 || DigitsOnly(digits).size() != 10) return std::string(digits);
  std::string out;
  out.append(digits.substr(0, 3)).push_back('-');
  out.append(digits.substr(3, 2)).push_back('-');
  out.append(digits.substr(5, 5));
  return out;
}

}  // namespace docval::samplegen
