// Case data loader: CSV (UTF-8, header row) or JSON (array of objects) per CONTRACT.md.
//
// The format is chosen by content, never by file name: a file whose first non-blank character
// (after an optional UTF-8 BOM) is '[' or '{' is JSON, anything else CSV.
//
// Columns (CSV header names / JSON keys; matched without regard to ASCII case, surrounding
// spaces ignored; unknown columns are ignored; any order). JSON-schema-like:
//
//   {
//     "type": "object",
//     "required": ["case_id", "shop_name", "shop_owner", "shop_brn", "supplier_name",
//                  "supplier_brn", "supplier_bank", "supplier_account",
//                  "supplier_account_holder", "contract_amount", "subsidy_amount",
//                  "self_pay_amount", "payment_method", "install_date",
//                  "guarantee_required_amount", "program_start", "program_end"],
//     "properties": {
//       "case_id":                   {"type": "string", "minLength": 1,
//                                     "description": "also the upload folder's name; unique;
//                                                     no / \\ or control characters, not . or .."},
//       "shop_name":                 {"type": "string"},   // 행복분식
//       "shop_owner":                {"type": "string"},   // 김민준
//       "shop_brn":                  {"type": "string"},   // 123-45-67890 (kept as written)
//       "shop_address":              {"type": "string", "optional": true},
//       "supplier_name":             {"type": "string"},   // (주)스마트포스
//       "supplier_brn":              {"type": "string"},   // 120-81-47521 (kept as written)
//       "supplier_bank":             {"type": "string"},   // 신한은행
//       "supplier_account":          {"type": "string"},   // 110-123-456789 (kept as written)
//       "supplier_account_holder":   {"type": "string"},   // (주)스마트포스
//       "technology":                {"type": "string", "optional": true},   // 무인 키오스크
//       "contract_amount":           {"type": "amount"},   // won, VAT included
//       "subsidy_amount":            {"type": "amount"},
//       "self_pay_amount":           {"type": "amount"},
//       "payment_method":            {"enum": ["transfer", "card"]},  // ASCII case ignored
//       "install_date":              {"type": "date"},
//       "guarantee_required_amount": {"type": "amount"},
//       "program_start":             {"type": "date"},
//       "program_end":               {"type": "date", "description": "not before program_start"}
//     }
//   }
//   amount: a non-negative whole number of won below 10^15, written as digits ("3300000") or
//           with thousands commas as Excel exports it ("3,300,000"); in JSON also a number.
//   date:   exactly yyyy-mm-dd and a real calendar date (2026-02-30 is refused).
//   string: in JSON a string, a number (kept as its text) or null (empty).
// Text values are trimmed of surrounding spaces; otherwise kept as written (quoted CSV fields
// may hold commas, doubled quotes and line breaks).
//
// CSV: RFC 4180 with a header row; LF, CRLF or CR line ends; blank lines and lines of empty
// fields (",,,," from Excel) are skipped; a quote inside an unquoted field is kept literally.
//
// Failure: Status::InvalidArgument whose message has one line per problem (at most 20, then a
// count of the rest), each "FILE:LINE:COL: 설명" in Korean, e.g.
//   "cases.csv:7:42: contract_amount 값 '33OOOOO'은(는) 숫자가 아닙니다".
// LINE and COL are 1-based; COL counts characters (not bytes) within the physical line, and a
// BOM is not counted. Where the position points:
//   - invalid UTF-8: the first bad byte;
//   - CSV missing column: the header row, column 1 (all missing columns are named);
//   - CSV wrong number of fields: the first surplus field, or the end of a short row;
//   - CSV bad quoting: the opening quote of an unterminated field, or the character after a
//     closing quote;
//   - a bad value: the start of that field (CSV) or of that JSON value;
//   - JSON missing key or non-object element: the opening '{' (or value) of the element;
//   - JSON syntax error: the start of the token at which nlohmann::json gave up;
//   - duplicate case_id: the later occurrence; the message names the earlier line too.
// Structural problems (encoding, quoting, header, JSON syntax) stop at the first one; value
// problems are all collected. On failure `*cases` is left unchanged. Not-found files give
// Status::NotFound, unreadable ones Status::IOError.
// Thread safety: both functions are reentrant.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "models/case.h"
#include "models/status.h"

namespace docval {

// Reads and parses the file at `path`; messages name the file as `path`.
Status LoadCases(const std::string& path, std::vector<Case>* cases);
// `name` is used in error messages in place of a path. Cases come back in file order.
Status ParseCases(std::string_view content, std::string_view name, std::vector<Case>* cases);

}  // namespace docval
