// One subsidy case: a row of the cases file (CONTRACT.md, "Case data").
#pragma once

#include <cstdint>
#include <string>

namespace docval {

enum class PaymentMethod { kTransfer, kCard };

struct Case {
  std::string case_id;
  std::string shop_name, shop_owner, shop_brn, shop_address;
  std::string supplier_name, supplier_brn;
  std::string supplier_bank, supplier_account, supplier_account_holder;
  std::string technology;
  int64_t contract_amount = 0;  // won, VAT included
  int64_t subsidy_amount = 0;
  int64_t self_pay_amount = 0;
  PaymentMethod payment_method = PaymentMethod::kTransfer;
  std::string install_date;  // ISO yyyy-mm-dd
  int64_t guarantee_required_amount = 0;
  std::string program_start, program_end;  // ISO yyyy-mm-dd
};

}  // namespace docval
