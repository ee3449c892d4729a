#include "pipeline/case_loader.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>

#include <nlohmann/json.hpp>

#include "pipeline/normalize.h"

namespace docval {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr size_t kMaxReportedErrors = 20;
constexpr int64_t kMaxAmount = 1'000'000'000'000'000;  // 10^15 won

// ---------------------------------------------------------------------------------------------
// Positions

struct Location {
  size_t line = 1;
  size_t column = 1;
};

// Turns byte offsets into 1-based line and character columns. LF, CRLF and a lone CR each end
// a line. `text` must be valid UTF-8 up to any offset asked about.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
        line_starts_.push_back(i + 1);
      }
    }
  }

  Location At(size_t offset) const {
    offset = std::min(offset, text_.size());
    auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    size_t line = static_cast<size_t>(next_line - line_starts_.begin());
    size_t column = 1;
    for (size_t i = line_starts_[line - 1]; i < offset; ++i) {
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;  // not a continuation
    }
    return {line, column};
  }

 private:
  std::string_view text_;
  std::vector<size_t> line_starts_;
};

// Collects "FILE:LINE:COL: message" lines and reports them in file order.
class Errors {
 public:
  Errors(std::string_view name, const LineIndex& index) : name_(name), index_(index) {}

  void Add(size_t offset, std::string message) {
    errors_.push_back({offset, std::move(message)});
  }
  size_t LineOf(size_t offset) const { return index_.At(offset).line; }
  bool empty() const { return errors_.empty(); }

  Status ToStatus() {
    if (errors_.empty()) return Status::OK();
    std::stable_sort(errors_.begin(), errors_.end(),
                     [](const Error& a, const Error& b) { return a.offset < b.offset; });
    std::string text;
    for (size_t i = 0; i < errors_.size() && i < kMaxReportedErrors; ++i) {
      Location at = index_.At(errors_[i].offset);
      if (!text.empty()) text += '\n';
      text += name_ + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " +
              errors_[i].message;
    }
    if (errors_.size() > kMaxReportedErrors) {
      text += "\n… 외 " + std::to_string(errors_.size() - kMaxReportedErrors) + "건의 오류";
    }
    return Status::InvalidArgument(text);
  }

 private:
  struct Error {
    size_t offset;
    std::string message;
  };
  std::string name_;
  const LineIndex& index_;
  std::vector<Error> errors_;
};

// ---------------------------------------------------------------------------------------------
// Columns

enum class Kind { kText, kAmount, kDate, kPaymentMethod };

struct Column {
  std::string_view name;
  Kind kind;
  bool required;
  std::string Case::*text;  // for kText and kDate
  int64_t Case::*amount;    // for kAmount
};

constexpr Column kColumns[] = {
    {"case_id", Kind::kText, true, &Case::case_id, nullptr},
    {"shop_name", Kind::kText, true, &Case::shop_name, nullptr},
    {"shop_owner", Kind::kText, true, &Case::shop_owner, nullptr},
    {"shop_brn", Kind::kText, true, &Case::shop_brn, nullptr},
    {"shop_address", Kind::kText, false, &Case::shop_address, nullptr},
    {"supplier_name", Kind::kText, true, &Case::supplier_name, nullptr},
    {"supplier_brn", Kind::kText, true, &Case::supplier_brn, nullptr},
    {"supplier_bank", Kind::kText, true, &Case::supplier_bank, nullptr},
    {"supplier_account", Kind::kText, true, &Case::supplier_account, nullptr},
    {"supplier_account_holder", Kind::kText, true, &Case::supplier_account_holder, nullptr},
    {"technology", Kind::kText, false, &Case::technology, nullptr},
    {"contract_amount", Kind::kAmount, true, nullptr, &Case::contract_amount},
    {"subsidy_amount", Kind::kAmount, true, nullptr, &Case::subsidy_amount},
    {"self_pay_amount", Kind::kAmount, true, nullptr, &Case::self_pay_amount},
    {"payment_method", Kind::kPaymentMethod, true, nullptr, nullptr},
    {"install_date", Kind::kDate, true, &Case::install_date, nullptr},
    {"guarantee_required_amount", Kind::kAmount, true, nullptr,
     &Case::guarantee_required_amount},
    {"program_start", Kind::kDate, true, &Case::program_start, nullptr},
    {"program_end", Kind::kDate, true, &Case::program_end, nullptr},
};
constexpr size_t kColumnCount = std::size(kColumns);

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view TrimSpaces(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::optional<size_t> ColumnIndex(std::string_view header_name) {
  std::string key = AsciiLower(TrimSpaces(header_name));
  for (size_t i = 0; i < kColumnCount; ++i) {
    if (kColumns[i].name == key) return i;
  }
  return std::nullopt;
}

// One row or object before validation: the text of each known column and where it starts.
struct RawValue {
  bool present = false;
  bool rejected = false;  // already reported (a JSON value of the wrong type)
  std::string text;
  size_t offset = 0;
};
struct RawRecord {
  size_t offset = 0;  // start of the CSV row or the JSON object
  RawValue values[kColumnCount];
};

// ---------------------------------------------------------------------------------------------
// Values

enum class AmountCheck { kOk, kNotANumber, kNegative, kTooLarge };

// Accepts digits, or digits grouped by thousands commas as Excel writes them ("3,300,000").
// A leading '-' is recognised only to say precisely what is wrong.
AmountCheck CheckAmount(std::string_view text, int64_t* won) {
  const bool negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  if (text.empty()) return AmountCheck::kNotANumber;
  const bool grouped = text.find(',') != std::string_view::npos;
  size_t digits_in_group = 0;
  bool first_group = true;
  int64_t value = 0;
  bool too_large = false;
  for (char c : text) {
    if (c == ',') {
      if (digits_in_group == 0 || (first_group ? digits_in_group > 3 : digits_in_group != 3)) {
        return AmountCheck::kNotANumber;
      }
      first_group = false;
      digits_in_group = 0;
      continue;
    }
    if (c < '0' || c > '9') return AmountCheck::kNotANumber;
    ++digits_in_group;
    too_large = too_large || value >= kMaxAmount / 10;
    if (!too_large) value = value * 10 + (c - '0');
  }
  if (digits_in_group == 0 || (grouped && digits_in_group != 3)) return AmountCheck::kNotANumber;
  if (negative) return AmountCheck::kNegative;
  if (too_large || value >= kMaxAmount) return AmountCheck::kTooLarge;
  *won = value;
  return AmountCheck::kOk;
}

std::string Quoted(std::string_view column, std::string_view value) {
  return std::string(column) + " 값 '" + std::string(value) + "'은(는) ";
}

// case_id names the upload folder, so it must be usable as one path component.
bool IsUsableFolderName(std::string_view id) {
  if (id == "." || id == "..") return false;
  return std::none_of(id.begin(), id.end(), [](char c) {
    return c == '/' || c == '\\' || (static_cast<unsigned char>(c) < 0x20) || c == 0x7F;
  });
}

// Validates one record into `out`; problems go to `errors`.
void BuildCase(const RawRecord& record, Errors* errors, Case* out) {
  for (size_t i = 0; i < kColumnCount; ++i) {
    const Column& column = kColumns[i];
    const RawValue& raw = record.values[i];
    const std::string value(TrimSpaces(raw.text));
    const size_t at = raw.present ? raw.offset : record.offset;
    if (raw.rejected) continue;
    if (column.kind != Kind::kText && value.empty()) {
      errors->Add(at, std::string(column.name) + " 값이 비어 있습니다");
      continue;
    }
    switch (column.kind) {
      case Kind::kText:
        out->*column.text = value;
        break;
      case Kind::kAmount:
        switch (CheckAmount(value, &(out->*column.amount))) {
          case AmountCheck::kOk:
            break;
          case AmountCheck::kNegative:
            errors->Add(at, Quoted(column.name, value) + "음수일 수 없습니다");
            break;
          case AmountCheck::kTooLarge:
            errors->Add(at, Quoted(column.name, value) + "너무 큽니다 (1000조 원 미만이어야 합니다)");
            break;
          case AmountCheck::kNotANumber:
            errors->Add(at, Quoted(column.name, value) +
                                "숫자가 아닙니다 (원 단위 정수, 예: 3300000 또는 3,300,000)");
            break;
        }
        break;
      case Kind::kDate:
        if (IsIsoDate(value)) {
          out->*column.text = value;
        } else {
          errors->Add(at, Quoted(column.name, value) +
                              "올바른 날짜가 아닙니다 (yyyy-mm-dd 형식의 실제 날짜여야 합니다)");
        }
        break;
      case Kind::kPaymentMethod: {
        std::string method = AsciiLower(value);
        if (method == "transfer") {
          out->payment_method = PaymentMethod::kTransfer;
        } else if (method == "card") {
          out->payment_method = PaymentMethod::kCard;
        } else {
          errors->Add(at, Quoted(column.name, value) + "transfer 또는 card여야 합니다");
        }
        break;
      }
    }
  }
  const RawValue& id = record.values[*ColumnIndex("case_id")];
  if (out->case_id.empty()) {
    errors->Add(id.present ? id.offset : record.offset, "case_id가 비어 있습니다");
  } else if (!IsUsableFolderName(out->case_id)) {
    errors->Add(id.offset, "case_id '" + out->case_id +
                               "'은(는) 폴더 이름으로 쓸 수 없습니다 (/, \\, 제어 문자, . 또는 ..)");
  }
  if (IsIsoDate(out->program_start) && IsIsoDate(out->program_end) &&
      out->program_end < out->program_start) {
    const RawValue& end = record.values[*ColumnIndex("program_end")];
    errors->Add(end.offset, "program_end " + out->program_end + "이(가) program_start " +
                                out->program_start + "보다 앞섭니다");
  }
}

Status BuildCases(const std::vector<RawRecord>& records, Errors* errors,
                  std::vector<Case>* cases) {
  std::vector<Case> built;
  built.reserve(records.size());
  std::map<std::string, size_t> first_line_of_id;
  for (const RawRecord& record : records) {
    Case one;
    BuildCase(record, errors, &one);
    if (!one.case_id.empty()) {
      const RawValue& id = record.values[*ColumnIndex("case_id")];
      auto [it, inserted] = first_line_of_id.emplace(one.case_id, errors->LineOf(id.offset));
      if (!inserted) {
        errors->Add(id.offset, "case_id '" + one.case_id + "'이(가) 중복됩니다 (" +
                                   std::to_string(it->second) + "행과 " +
                                   std::to_string(errors->LineOf(id.offset)) + "행)");
      }
    }
    built.push_back(std::move(one));
  }
  if (!errors->empty()) return errors->ToStatus();
  *cases = std::move(built);
  return Status::OK();
}

// ---------------------------------------------------------------------------------------------
// CSV

struct CsvField {
  std::string value;
  size_t offset = 0;  // first character of the field (after leading spaces)
};
struct CsvRow {
  std::vector<CsvField> fields;
  size_t offset = 0;      // start of the row
  size_t end_offset = 0;  // the line break (or end of text) that ends the row
  bool blank() const {
    return std::all_of(fields.begin(), fields.end(),
                       [](const CsvField& f) { return TrimSpaces(f.value).empty(); });
  }
};

bool IsLineBreak(char c) { return c == '\n' || c == '\r'; }

// Splits RFC 4180 text into rows. Stops at the first quoting error.
Status TokenizeCsv(std::string_view text, Errors* errors, std::vector<CsvRow>* rows) {
  size_t pos = 0;
  while (pos < text.size()) {
    CsvRow row;
    row.offset = pos;
    while (true) {
      while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
      CsvField field;
      field.offset = pos;
      if (pos < text.size() && text[pos] == '"') {
        ++pos;
        while (true) {
          if (pos >= text.size()) {
            errors->Add(field.offset, "따옴표로 시작한 값이 닫히지 않았습니다");
            return errors->ToStatus();
          }
          if (text[pos] == '"') {
            if (pos + 1 < text.size() && text[pos + 1] == '"') {
              field.value.push_back('"');
              pos += 2;
              continue;
            }
            ++pos;
            break;
          }
          field.value.push_back(text[pos++]);
        }
        while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
        if (pos < text.size() && text[pos] != ',' && !IsLineBreak(text[pos])) {
          errors->Add(pos, "닫는 따옴표 뒤에 쉼표나 줄바꿈이 아닌 문자가 있습니다 "
                           "(값 안의 따옴표는 \"\"로 두 번 써야 합니다)");
          return errors->ToStatus();
        }
      } else {
        size_t end = pos;
        while (end < text.size() && text[end] != ',' && !IsLineBreak(text[end])) ++end;
        field.value = std::string(TrimSpaces(text.substr(pos, end - pos)));
        pos = end;
      }
      row.fields.push_back(std::move(field));
      if (pos < text.size() && text[pos] == ',') {
        ++pos;
        continue;
      }
      row.end_offset = pos;
      if (pos < text.size() && text[pos] == '\r') ++pos;
      if (pos < text.size() && text[pos] == '\n') ++pos;
      break;
    }
    rows->push_back(std::move(row));
  }
  return Status::OK();
}

Status ParseCsv(std::string_view text, Errors* errors, std::vector<Case>* cases) {
  std::vector<CsvRow> rows;
  Status tokenized = TokenizeCsv(text, errors, &rows);
  if (!tokenized.ok()) return tokenized;

  auto row = std::find_if(rows.begin(), rows.end(), [](const CsvRow& r) { return !r.blank(); });
  if (row == rows.end()) {
    errors->Add(0, "헤더 행이 없습니다 (첫 줄에 열 이름이 있어야 합니다)");
    return errors->ToStatus();
  }
  const CsvRow& header = *row;
  // For each CSV field position, which Case column it holds (nullopt: unknown, ignored).
  std::vector<std::optional<size_t>> column_of_field;
  std::vector<bool> seen(kColumnCount, false);
  for (const CsvField& field : header.fields) {
    std::optional<size_t> column = ColumnIndex(field.value);
    if (column && seen[*column]) {
      errors->Add(field.offset, "열 '" + std::string(kColumns[*column].name) + "'이(가) 두 번 있습니다");
      return errors->ToStatus();
    }
    if (column) seen[*column] = true;
    column_of_field.push_back(column);
  }
  std::string missing;
  for (size_t i = 0; i < kColumnCount; ++i) {
    if (kColumns[i].required && !seen[i]) {
      missing += (missing.empty() ? "" : ", ") + std::string(kColumns[i].name);
    }
  }
  if (!missing.empty()) {
    errors->Add(header.offset, "필수 열이 없습니다: " + missing);
    return errors->ToStatus();
  }

  std::vector<RawRecord> records;
  for (++row; row != rows.end(); ++row) {
    if (row->blank()) continue;
    const size_t expected = header.fields.size();
    if (row->fields.size() != expected) {
      const size_t at =
          row->fields.size() > expected ? row->fields[expected].offset : row->end_offset;
      errors->Add(at, "값이 " + std::to_string(row->fields.size()) + "개입니다 (헤더의 열은 " +
                          std::to_string(expected) + "개)");
      continue;
    }
    RawRecord record;
    record.offset = row->offset;
    for (size_t f = 0; f < expected; ++f) {
      if (!column_of_field[f]) continue;
      RawValue& value = record.values[*column_of_field[f]];
      value.present = true;
      value.text = std::move(row->fields[f].value);
      value.offset = row->fields[f].offset;
    }
    records.push_back(std::move(record));
  }
  return BuildCases(records, errors, cases);
}

// ---------------------------------------------------------------------------------------------
// JSON
//
// nlohmann::json gives values but no positions (except for syntax errors), so after it has
// accepted the text a small scanner walks the same text and records where each element of the
// top-level array and each of its members' values start.

size_t SkipWhitespace(std::string_view text, size_t pos) {
  while (pos < text.size() &&
         (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' || text[pos] == '\r')) {
    ++pos;
  }
  return pos;
}

// `pos` at an opening quote; returns the offset just past the closing quote.
size_t SkipString(std::string_view text, size_t pos) {
  for (++pos; pos < text.size() && text[pos] != '"'; ++pos) {
    if (text[pos] == '\\') ++pos;
  }
  return pos + 1;
}

// `pos` at the first character of a value; returns the offset just past it.
size_t SkipValue(std::string_view text, size_t pos) {
  if (text[pos] == '"') return SkipString(text, pos);
  if (text[pos] == '{' || text[pos] == '[') {
    int depth = 0;
    do {
      if (text[pos] == '"') {
        pos = SkipString(text, pos);
        continue;
      }
      if (text[pos] == '{' || text[pos] == '[') ++depth;
      if (text[pos] == '}' || text[pos] == ']') --depth;
      ++pos;
    } while (depth > 0 && pos < text.size());
    return pos;
  }
  while (pos < text.size() && text[pos] != ',' && text[pos] != '}' && text[pos] != ']' &&
         SkipWhitespace(text, pos) == pos) {
    ++pos;
  }
  return pos;
}

struct ElementPositions {
  size_t offset = 0;
  std::map<std::string, size_t> value_offsets;  // member key (decoded) → value start
};

// `text` must be JSON that nlohmann accepted, with an array at the top.
std::vector<ElementPositions> ScanArrayPositions(std::string_view text) {
  std::vector<ElementPositions> elements;
  size_t pos = SkipWhitespace(text, SkipWhitespace(text, 0) + 1);  // past '['
  while (pos < text.size() && text[pos] != ']') {
    ElementPositions element;
    element.offset = pos;
    if (text[pos] == '{') {
      pos = SkipWhitespace(text, pos + 1);
      while (pos < text.size() && text[pos] != '}') {
        size_t key_end = SkipString(text, pos);
        nlohmann::json key = nlohmann::json::parse(text.substr(pos, key_end - pos), nullptr,
                                                   /*allow_exceptions=*/false);
        pos = SkipWhitespace(text, SkipWhitespace(text, key_end) + 1);  // past ':'
        if (key.is_string()) element.value_offsets.emplace(key.get<std::string>(), pos);
        pos = SkipWhitespace(text, SkipValue(text, pos));
        if (pos < text.size() && text[pos] == ',') pos = SkipWhitespace(text, pos + 1);
      }
      ++pos;  // past '}'
    } else {
      pos = SkipValue(text, pos);
    }
    elements.push_back(std::move(element));
    pos = SkipWhitespace(text, pos);
    if (pos < text.size() && text[pos] == ',') pos = SkipWhitespace(text, pos + 1);
  }
  return elements;
}

// The start of the token that covers `offset`, or `offset` itself when it falls between
// tokens. nlohmann reports a syntax error after reading the unexpected token; an operator
// needs to see where that token begins.
size_t TokenStart(std::string_view text, size_t offset) {
  size_t pos = 0;
  while (true) {
    pos = SkipWhitespace(text, pos);
    if (pos > offset || pos >= text.size()) return std::min(offset, text.size());
    size_t end = pos + 1;
    if (text[pos] == '"') {
      end = SkipString(text, pos);
    } else if (std::string_view("{}[],:").find(text[pos]) == std::string_view::npos) {
      end = SkipValue(text, pos);
    }
    if (offset < end) return pos;
    pos = end;
  }
}

// nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error
// while parsing value - invalid literal; last read: 'tru'" → the part after the position,
// which is the useful detail (our own position replaces theirs). "last read" quotes raw bytes
// and may end inside a UTF-8 sequence, so the detail is re-encoded to keep the message UTF-8.
std::string SyntaxDetail(const char* what) {
  std::string_view text(what);
  size_t detail = text.find(": ", text.find("parse error"));
  return EncodeUtf8(DecodeUtf8(detail == std::string_view::npos ? text : text.substr(detail + 2)));
}

// "[json.exception.out_of_range.406] number overflow parsing '1e999'" → "1e999".
std::string OverflowToken(std::string_view what) {
  const size_t open = what.find('\'');
  const size_t close = what.rfind('\'');
  if (open == std::string_view::npos || close <= open) return std::string();
  return std::string(what.substr(open + 1, close - open - 1));
}

// Where `token` first stands as a token of its own (not inside a string); the first value
// when it is not found.
size_t TokenOffset(std::string_view text, std::string_view token) {
  for (size_t pos = token.empty() ? std::string_view::npos : text.find(token);
       pos != std::string_view::npos; pos = text.find(token, pos + 1)) {
    if (TokenStart(text, pos) == pos) return pos;
  }
  return SkipWhitespace(text, 0);
}

Status ParseJson(std::string_view text, Errors* errors, std::vector<Case>* cases) {
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte counts the bytes read, the offending one included. The parser stops after an
    // unexpected token; the lexer stops at the character that broke a token ("tru}" stops at
    // '}'), and then the bad token is the one before that character.
    size_t stop = std::min<size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
    const bool lexer_error = std::string_view(e.what()).find("last read:") != std::string_view::npos;
    if (lexer_error && stop > 0 &&
        (stop == text.size() || std::string_view("{}[],: \t\r\n").find(text[stop]) !=
                                    std::string_view::npos)) {
      --stop;
    }
    errors->Add(TokenStart(text, stop), "JSON 문법 오류입니다: " + SyntaxDetail(e.what()));
    return errors->ToStatus();
  } catch (const nlohmann::json::out_of_range& e) {
    // A number beyond double range ("1e999", error 406) has no position, only its text.
    const std::string token = OverflowToken(e.what());
    errors->Add(TokenOffset(text, token),
                "JSON 숫자 '" + EncodeUtf8(DecodeUtf8(token)) + "'이(가) 너무 큽니다");
    return errors->ToStatus();
  }
  if (!root.is_array()) {
    errors->Add(SkipWhitespace(text, 0), "JSON 최상위 값은 사례 객체의 배열([ … ])이어야 합니다");
    return errors->ToStatus();
  }
  std::vector<ElementPositions> positions = ScanArrayPositions(text);

  std::vector<RawRecord> records;
  for (size_t i = 0; i < root.size(); ++i) {
    const nlohmann::json& element = root[i];
    // The scanner walks the text nlohmann accepted, so it finds the same elements.
    const ElementPositions where = i < positions.size() ? positions[i] : ElementPositions{};
    if (!element.is_object()) {
      errors->Add(where.offset, std::to_string(i + 1) + "번째 항목이 객체({ … })가 아닙니다");
      continue;
    }
    RawRecord record;
    record.offset = where.offset;
    for (const auto& [key, value] : element.items()) {
      std::optional<size_t> column = ColumnIndex(key);
      if (!column || record.values[*column].present) continue;
      auto value_at = where.value_offsets.find(key);
      RawValue& raw = record.values[*column];
      raw.present = true;
      raw.offset = value_at != where.value_offsets.end() ? value_at->second : where.offset;
      if (value.is_string()) {
        raw.text = value.get<std::string>();
      } else if (value.is_number()) {
        raw.text = value.dump();  // 3300000 → "3300000"; 3300000.5 → refused as not a number
      } else if (!value.is_null()) {
        raw.rejected = true;
        errors->Add(raw.offset, std::string(kColumns[*column].name) +
                                    " 값은 문자열이나 숫자여야 합니다 (" + value.type_name() + ")");
      }
    }
    std::string missing;
    for (size_t c = 0; c < kColumnCount; ++c) {
      if (kColumns[c].required && !record.values[c].present) {
        missing += (missing.empty() ? "" : ", ") + std::string(kColumns[c].name);
      }
    }
    if (missing.empty()) {
      records.push_back(std::move(record));
    } else {
      errors->Add(where.offset, "필수 항목이 없습니다: " + missing);
    }
  }
  return BuildCases(records, errors, cases);
}

}  // namespace

// ---------------------------------------------------------------------------------------------

Status ParseCases(std::string_view content, std::string_view name, std::vector<Case>* cases) {
  if (content.substr(0, kBom.size()) == kBom) content.remove_prefix(kBom.size());
  LineIndex index(content);
  Errors errors(name, index);

  size_t bad_byte = 0;
  if (!IsValidUtf8(content, &bad_byte)) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(content[bad_byte]));
    errors.Add(bad_byte, std::string("UTF-8이 아닌 바이트(") + hex +
                             ")가 있습니다. 엑셀의 'CSV UTF-8' 형식으로 다시 저장하세요 "
                             "(CP949/EUC-KR로 저장된 파일일 수 있습니다)");
    return errors.ToStatus();
  }

  size_t first = SkipWhitespace(content, 0);
  const bool json = first < content.size() && (content[first] == '[' || content[first] == '{');
  return json ? ParseJson(content, &errors, cases) : ParseCsv(content, &errors, cases);
}

Status LoadCases(const std::string& path, std::vector<Case>* cases) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int error = errno;
    std::string message = path + ": 사례 파일을 열 수 없습니다 (" + std::strerror(error) + ")";
    return error == ENOENT ? Status::NotFound(message) : Status::IOError(message);
  }
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": 사례 파일을 읽는 중 오류가 났습니다");
  return ParseCases(content.str(), path, cases);
}

}  // namespace docval
