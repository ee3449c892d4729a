// Realistic Korean case data: people, shops, addresses, supplier companies written in their
// various legal forms, bank accounts in each bank's dash pattern, valid business numbers.
// All draws come from the caller's Rng, so a seed fixes every value. Thread-compatible.
#pragma once

#include <string>
#include <vector>

#include "samples/generator/sample_util.h"

namespace docval::samplegen {

std::string PersonName(Rng& rng);
std::string ShopName(Rng& rng);
std::string Address(Rng& rng);
std::string PhoneNumber(Rng& rng);
std::string Technology(Rng& rng);

// A valid business number, dashed. Corporations use the 81/86/87/88 middle codes; individual
// businesses 01–79.
std::string BusinessNumber(Rng& rng, bool corporation);
// A different business number that still passes the check digit.
std::string OtherValidBusinessNumber(Rng& rng, const std::string& brn, bool corporation);
// The same number with its check digit broken (a typo).
std::string InvalidBusinessNumber(Rng& rng, const std::string& brn);

// A supplier company: the bare name ("스마트포스") and the ways it is written.
struct Company {
  std::string base;
  std::string Written(int style) const;  // 0: (주)X, 1: 주식회사 X, 2: X(주), 3: ㈜X
};
Company SupplierCompany(Rng& rng);
int CompanyStyle(Rng& rng);  // a writing style, mostly the common ones

struct BankAccount {
  std::string bank;    // "신한은행"
  std::string number;  // in the bank's dash pattern
};
const std::vector<std::string>& BankNames();
BankAccount MakeAccount(Rng& rng, const std::string& bank);
// Same bank and pattern, different digits.
std::string OtherAccountNumber(Rng& rng, const BankAccount& account);
// A branch name ("강남중앙지점").
std::string BranchName(Rng& rng);

}  // namespace docval::samplegen
