// Small helpers shared by the sample generator: a seeded random source, civil dates, and the
// ways Korean paperwork writes amounts and dates.
//
// Everything here is deterministic: the same seed gives the same sequence on every machine
// (std::mt19937_64 is fully specified; we never use std::*_distribution, whose output is
// implementation-defined). Not thread-safe per Rng instance.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace docval::samplegen {

class Rng {
 public:
  explicit Rng(uint64_t seed) : engine_(seed) {}
  uint64_t Next() { return engine_(); }
  // Uniform in [lo, hi] (inclusive); lo <= hi.
  int64_t Int(int64_t lo, int64_t hi);
  // Uniform in [0, 1).
  double Unit();
  double Real(double lo, double hi) { return lo + (hi - lo) * Unit(); }
  bool Chance(double probability) { return Unit() < probability; }
  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[static_cast<size_t>(Int(0, static_cast<int64_t>(items.size()) - 1))];
  }
  template <typename T>
  void Shuffle(std::vector<T>& items) {
    for (size_t i = items.size(); i > 1; --i) {
      std::swap(items[i - 1], items[static_cast<size_t>(Int(0, static_cast<int64_t>(i) - 1))]);
    }
  }
  // A child generator whose sequence does not depend on how much this one is used later.
  Rng Fork() { return Rng(Next() ^ 0x9e3779b97f4a7c15ULL); }

 private:
  std::mt19937_64 engine_;
};

// A civil date (proleptic Gregorian), used for day arithmetic without time zones.
struct Date {
  int year = 2026, month = 1, day = 1;

  static Date FromDays(int64_t days_since_epoch);
  // "2026-05-12" -> Date; returns false on malformed input.
  static bool Parse(std::string_view iso, Date* out);
  int64_t Days() const;
  Date AddDays(int64_t days) const { return FromDays(Days() + days); }
  std::string Iso() const;                       // 2026-05-12
  std::string Compact() const;                   // 20260512
  std::string Dotted() const;                    // 2026.05.12
  std::string DottedLoose() const;               // 2026. 5. 12.
  std::string Korean() const;                    // 2026년 05월 12일
  std::string KoreanLoose() const;               // 2026년 5월 12일
  auto operator<=>(const Date&) const = default;
};

// 1234000 -> "1,234,000" (negative numbers keep their sign).
std::string FormatWon(int64_t amount);
// 1234000 -> "일백이십삼만사천" (formal style: 일 before 천/백/십, as on certificates).
std::string AmountInKoreanWords(int64_t amount);

// Replaces every "{}" in `pattern`, in order, by the next argument.
std::string Fill(std::string_view pattern, const std::vector<std::string>& args);

// Zero-padded decimal.
std::string Pad(int64_t value, int width);

}  // namespace docval::samplegen
