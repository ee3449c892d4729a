#include "storage/store.h"

#include <cstdio>
#include <ctime>
#include <random>

namespace docval {

std::string NowUtcIso8601() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buf;
}

std::string NewRunId(std::string_view started_at_utc) {
  std::string id;
  for (char ch : started_at_utc)
    if (ch != '-' && ch != ':') id += ch;
  // The random part keeps ids unique when two machines start a run in the same second.
  std::random_device rd;
  uint64_t r = (static_cast<uint64_t>(rd()) << 32) ^ rd();
  char hex[20];
  std::snprintf(hex, sizeof hex, "-%016llx", static_cast<unsigned long long>(r));
  return id + hex;
}

}  // namespace docval
