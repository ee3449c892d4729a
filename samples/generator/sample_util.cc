#include "samples/generator/sample_util.h"

#include <cstdio>

namespace docval::samplegen {

int64_t Rng::Int(int64_t lo, int64_t hi) {
  const uint64_t span = static_cast<uint64_t>(hi - lo) + 1;
  if (span == 0) return static_cast<int64_t>(engine_());  // the full 64-bit range
  // Rejection sampling keeps the draw unbiased and portable.
  const uint64_t limit = UINT64_MAX - UINT64_MAX % span;
  uint64_t draw = engine_();
  while (draw >= limit) draw = engine_();
  return lo + static_cast<int64_t>(draw % span);
}

double Rng::Unit() { return static_cast<double>(engine_() >> 11) * (1.0 / 9007199254740992.0); }

// Howard Hinnant's days-from-civil algorithm.
int64_t Date::Days() const {
  const int64_t y = year - (month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::FromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  Date d;
  d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.year = static_cast<int>(yoe + era * 400 + (d.month <= 2 ? 1 : 0));
  return d;
}

bool Date::Parse(std::string_view iso, Date* out) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return false;
  int parts[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8};
  const size_t lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (size_t i = 0; i < lengths[p]; ++i) {
      const char c = iso[starts[p] + i];
      if (c < '0' || c > '9') return false;
      parts[p] = parts[p] * 10 + (c - '0');
    }
  }
  if (parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > 31) return false;
  *out = Date{parts[0], parts[1], parts[2]};
  return true;
}

std::string Pad(int64_t value, int width) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%0*lld", width, static_cast<long long>(value));
  return buffer;
}

std::string Date::Iso() const { return Pad(year, 4) + "-" + Pad(month, 2) + "-" + Pad(day, 2); }
std::string Date::Compact() const { return Pad(year, 4) + Pad(month, 2) + Pad(day, 2); }
std::string Date::Dotted() const { return Pad(year, 4) + "." + Pad(month, 2) + "." + Pad(day, 2); }
std::string Date::DottedLoose() const {
  return std::to_string(year) + ". " + std::to_string(month) + ". " + std::to_string(day) + ".";
}
std::string Date::Korean() const {
  return Pad(year, 4) + "년 " + Pad(month, 2) + "월 " + Pad(day, 2) + "일";
}
std::string Date::KoreanLoose() const {
  return std::to_string(year) + "년 " + std::to_string(month) + "월 " + std::to_string(day) + "일";
}

std::string FormatWon(int64_t amount) {
  const bool negative = amount < 0;
  std::string digits = std::to_string(negative ? -amount : amount);
  std::string out;
  const size_t n = digits.size();
  for (size_t i = 0; i < n; ++i) {
    out.push_back(digits[i]);
    const size_t remaining = n - i - 1;
    if (remaining > 0 && remaining % 3 == 0) out.push_back(',');
  }
  return negative ? "-" + out : out;
}

std::string AmountInKoreanWords(int64_t amount) {
  static const char* const kDigits[10] = {"", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"};
  static const char* const kSmall[4] = {"", "십", "백", "천"};
  static const char* const kLarge[4] = {"", "만", "억", "조"};
  if (amount <= 0) return "영";
  std::string out;
  // Groups of four digits from the most significant one.
  std::vector<int> groups;
  for (int64_t rest = amount; rest > 0; rest /= 10000) groups.push_back(static_cast<int>(rest % 10000));
  for (size_t g = groups.size(); g-- > 0;) {
    const int group = groups[g];
    if (group == 0) continue;
    for (int place = 3; place >= 0; --place) {
      int divisor = 1;
      for (int i = 0; i < place; ++i) divisor *= 10;
      const int digit = group / divisor % 10;
      if (digit == 0) continue;
      out += kDigits[digit];
      out += kSmall[place];
    }
    out += kLarge[g];
  }
  return out;
}

std::string Fill(std::string_view pattern, const std::vector<std::string>& args) {
  std::string out;
  size_t next = 0;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '}' && next < args.size()) {
      out += args[next++];
      ++i;
    } else {
      out.push_back(pattern[i]);
    }
  }
  return out;
}

}  // namespace docval::samplegen
