// libFuzzer target: the case-data loader (CSV and JSON forms of CONTRACT.md's case data).
//
// The whole input is the cases file. ParseCases picks CSV or JSON by content, so one target
// covers both; the seed corpus holds both forms. Besides sanitizer findings, the documented
// contract is checked: a failure leaves the output untouched and carries "NAME:LINE:COL:"
// lines, a success yields cases whose dates are ISO and whose ids are non-empty.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "fuzz/fuzz_common.h"
#include "models/case.h"
#include "pipeline/case_loader.h"
#include "fuzz/fuzz_common.h"
#include "pipeline/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace docval;
  const std::string_view content(reinterpret_cast<const char*>(data), size);
  // A sentinel element proves that a failed parse leaves the vector unchanged.
  std::vector<Case> cases(1);
  cases[0].case_id = "sentinel";
  const Status status = ParseCases(content, "fuzz.csv", &cases);
  if (!status.ok()) {
    DOCVAL_FUZZ_REQUIRE(cases.size() == 1 && cases[0].case_id == "sentinel");
    DOCVAL_FUZZ_REQUIRE(status.code() == Status::Code::kInvalidArgument);
    DOCVAL_FUZZ_REQUIRE(status.message().starts_with("fuzz.csv:"));
    DOCVAL_FUZZ_REQUIRE(IsValidUtf8(status.message()));
    return 0;
  }
  for (const Case& c : cases) {
    DOCVAL_FUZZ_REQUIRE(!c.case_id.empty());
    DOCVAL_FUZZ_REQUIRE(IsIsoDate(c.install_date) && IsIsoDate(c.program_start) &&
                        IsIsoDate(c.program_end));
    DOCVAL_FUZZ_REQUIRE(c.program_start <= c.program_end);
    DOCVAL_FUZZ_REQUIRE(c.contract_amount >= 0 && c.subsidy_amount >= 0 &&
                        c.self_pay_amount >= 0 && c.guarantee_required_amount >= 0);
  }
  return 0;
}
