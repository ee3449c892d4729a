// Tests for pipeline/case_loader.h: CSV and JSON case files, their quirks, and error positions.
#include "pipeline/case_loader.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

namespace docval {
namespace {

using Row = std::vector<std::pair<std::string, std::string>>;  // column → value

Row SampleRow(const std::string& case_id) {
  return {{"case_id", case_id},
          {"shop_name", "행복분식"},
          {"shop_owner", "김민준"},
          {"shop_brn", "123-45-67890"},
          {"shop_address", "서울특별시 중구 세종대로 110, 1층"},
          {"supplier_name", "(주)스마트포스"},
          {"supplier_brn", "120-81-47521"},
          {"supplier_bank", "신한은행"},
          {"supplier_account", "110-123-456789"},
          {"supplier_account_holder", "(주)스마트포스"},
          {"technology", "무인 키오스크"},
          {"contract_amount", "3300000"},
          {"subsidy_amount", "2310000"},
          {"self_pay_amount", "990000"},
          {"payment_method", "transfer"},
          {"install_date", "2026-06-07"},
          {"guarantee_required_amount", "2310000"},
          {"program_start", "2026-04-01"},
          {"program_end", "2026-12-31"}};
}

Row With(Row row, const std::string& column, const std::string& value) {
  for (auto& [name, text] : row) {
    if (name == column) text = value;
  }
  return row;
}

std::string CsvQuote(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string CsvLine(const Row& row, const std::string& eol = "\n") {
  std::string line;
  for (size_t i = 0; i < row.size(); ++i) line += (i ? "," : "") + CsvQuote(row[i].second);
  return line + eol;
}

std::string CsvHeader(const Row& row, const std::string& eol = "\n") {
  std::string line;
  for (size_t i = 0; i < row.size(); ++i) line += (i ? "," : "") + row[i].first;
  return line + eol;
}

std::string Csv(const std::vector<Row>& rows, const std::string& eol = "\n") {
  std::string text = CsvHeader(rows.front(), eol);
  for (const Row& row : rows) text += CsvLine(row, eol);
  return text;
}

std::string JsonEscape(const std::string& value) {
  std::string out;
  for (char c : value) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

std::string Json(const std::vector<Row>& rows) {
  std::string text = "[\n";
  for (size_t r = 0; r < rows.size(); ++r) {
    text += "  {";
    for (size_t i = 0; i < rows[r].size(); ++i) {
      text += (i ? ", " : "") + std::string("\"") + rows[r][i].first + "\": \"" +
              JsonEscape(rows[r][i].second) + "\"";
    }
    text += r + 1 < rows.size() ? "},\n" : "}\n";
  }
  return text + "]\n";
}

// Line and character column of the `occurrence`-th (0-based) `needle` in `text`, computed
// independently of the loader: count '\n' before it and characters since the last one.
std::pair<size_t, size_t> Where(const std::string& text, const std::string& needle,
                                int occurrence = 0) {
  size_t at = text.find(needle);
  for (int k = 0; k < occurrence && at != std::string::npos; ++k) at = text.find(needle, at + 1);
  EXPECT_NE(at, std::string::npos) << needle;
  size_t line = 1, column = 1;
  for (size_t i = 0; i < at; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && text[i] != '\r') {
      ++column;
    }
  }
  return {line, column};
}

// Parses `content` as "cases.csv" and checks that some message line starts at LINE:COL and
// contains every fragment.
void ExpectError(const std::string& content, std::pair<size_t, size_t> where,
                 const std::vector<std::string>& fragments) {
  std::vector<Case> cases = {Case{}};
  cases[0].case_id = "untouched";
  Status s = ParseCases(content, "cases.csv", &cases);
  ASSERT_FALSE(s.ok()) << "expected an error";
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  const std::string prefix =
      "cases.csv:" + std::to_string(where.first) + ":" + std::to_string(where.second) + ": ";
  std::string matching;
  std::string message = s.message();
  for (size_t start = 0; start < message.size();) {
    size_t end = message.find('\n', start);
    std::string line = message.substr(start, end - start);
    if (line.rfind(prefix, 0) == 0) matching = line;
    start = end == std::string::npos ? message.size() : end + 1;
  }
  ASSERT_FALSE(matching.empty()) << "no error at " << prefix << " in:\n" << message;
  for (const std::string& fragment : fragments) {
    EXPECT_NE(matching.find(fragment), std::string::npos) << fragment << " not in " << matching;
  }
  ASSERT_EQ(cases.size(), 1u);  // left unchanged on failure
  EXPECT_EQ(cases[0].case_id, "untouched");
}

std::vector<Case> MustParse(const std::string& content) {
  std::vector<Case> cases;
  Status s = ParseCases(content, "cases", &cases);
  EXPECT_TRUE(s.ok()) << s.message();
  return cases;
}

void ExpectSameCase(const Case& a, const Case& b) {
  EXPECT_EQ(a.case_id, b.case_id);
  EXPECT_EQ(a.shop_name, b.shop_name);
  EXPECT_EQ(a.shop_owner, b.shop_owner);
  EXPECT_EQ(a.shop_brn, b.shop_brn);
  EXPECT_EQ(a.shop_address, b.shop_address);
  EXPECT_EQ(a.supplier_name, b.supplier_name);
  EXPECT_EQ(a.supplier_brn, b.supplier_brn);
  EXPECT_EQ(a.supplier_bank, b.supplier_bank);
  EXPECT_EQ(a.supplier_account, b.supplier_account);
  EXPECT_EQ(a.supplier_account_holder, b.supplier_account_holder);
  EXPECT_EQ(a.technology, b.technology);
  EXPECT_EQ(a.contract_amount, b.contract_amount);
  EXPECT_EQ(a.subsidy_amount, b.subsidy_amount);
  EXPECT_EQ(a.self_pay_amount, b.self_pay_amount);
  EXPECT_EQ(a.payment_method, b.payment_method);
  EXPECT_EQ(a.install_date, b.install_date);
  EXPECT_EQ(a.guarantee_required_amount, b.guarantee_required_amount);
  EXPECT_EQ(a.program_start, b.program_start);
  EXPECT_EQ(a.program_end, b.program_end);
}

// ---------------------------------------------------------------------------------------------
// CSV that must load

TEST(CaseLoaderCsv, LoadsEveryColumn) {
  std::vector<Case> cases = MustParse(
      Csv({SampleRow("SS-2026-00017"), With(SampleRow("SS-2026-00018"), "payment_method", "card")}));
  ASSERT_EQ(cases.size(), 2u);
  const Case& c = cases[0];
  EXPECT_EQ(c.case_id, "SS-2026-00017");
  EXPECT_EQ(c.shop_name, "행복분식");
  EXPECT_EQ(c.shop_owner, "김민준");
  EXPECT_EQ(c.shop_brn, "123-45-67890");
  EXPECT_EQ(c.shop_address, "서울특별시 중구 세종대로 110, 1층");
  EXPECT_EQ(c.supplier_name, "(주)스마트포스");
  EXPECT_EQ(c.supplier_brn, "120-81-47521");
  EXPECT_EQ(c.supplier_bank, "신한은행");
  EXPECT_EQ(c.supplier_account, "110-123-456789");
  EXPECT_EQ(c.supplier_account_holder, "(주)스마트포스");
  EXPECT_EQ(c.technology, "무인 키오스크");
  EXPECT_EQ(c.contract_amount, 3300000);
  EXPECT_EQ(c.subsidy_amount, 2310000);
  EXPECT_EQ(c.self_pay_amount, 990000);
  EXPECT_EQ(c.payment_method, PaymentMethod::kTransfer);
  EXPECT_EQ(c.install_date, "2026-06-07");
  EXPECT_EQ(c.guarantee_required_amount, 2310000);
  EXPECT_EQ(c.program_start, "2026-04-01");
  EXPECT_EQ(c.program_end, "2026-12-31");
  EXPECT_EQ(cases[1].case_id, "SS-2026-00018");
  EXPECT_EQ(cases[1].payment_method, PaymentMethod::kCard);
}

TEST(CaseLoaderCsv, BomAndCrlfAsExcelWritesThem) {
  const std::string plain = Csv({SampleRow("A-1"), SampleRow("A-2")});
  const std::string excel = "\xEF\xBB\xBF" + Csv({SampleRow("A-1"), SampleRow("A-2")}, "\r\n");
  std::vector<Case> a = MustParse(plain), b = MustParse(excel);
  ASSERT_EQ(a.size(), 2u);
  ASSERT_EQ(b.size(), 2u);
  for (size_t i = 0; i < a.size(); ++i) ExpectSameCase(a[i], b[i]);
  EXPECT_EQ(b[0].case_id, "A-1");  // the BOM is not part of the first header name or value
}

TEST(CaseLoaderCsv, QuotedFieldsWithCommasQuotesAndNewlines) {
  Row row = SampleRow("Q-1");
  row = With(row, "shop_name", "\"행복\" 분식, 본점");
  row = With(row, "shop_address", "서울특별시 중구\n세종대로 110\r\n2층, \"별관\"");
  row = With(row, "technology", "키오스크,\n테이블오더");
  std::vector<Case> cases = MustParse(Csv({row, SampleRow("Q-2")}, "\r\n"));
  ASSERT_EQ(cases.size(), 2u);
  EXPECT_EQ(cases[0].shop_name, "\"행복\" 분식, 본점");
  EXPECT_EQ(cases[0].shop_address, "서울특별시 중구\n세종대로 110\r\n2층, \"별관\"");
  EXPECT_EQ(cases[0].technology, "키오스크,\n테이블오더");
  EXPECT_EQ(cases[1].case_id, "Q-2");
}

TEST(CaseLoaderCsv, ColumnsInAnyOrderUnknownColumnsIgnored) {
  Row row = SampleRow("R-1");
  std::reverse(row.begin(), row.end());
  row.insert(row.begin() + 3, {"담당자 메모", "확인 필요, 전화"});
  row.push_back({"extra", "x"});
  std::string text = Csv({row});
  // Header names are matched without regard to ASCII case and surrounding spaces.
  text.replace(text.find("case_id"), 7, " Case_ID ");
  std::vector<Case> cases = MustParse(text);
  ASSERT_EQ(cases.size(), 1u);
  ExpectSameCase(cases[0], MustParse(Csv({SampleRow("R-1")}))[0]);
}

TEST(CaseLoaderCsv, BlankLinesAndEmptyExcelRowsAreSkipped) {
  std::string text = "\n" + Csv({SampleRow("B-1")}) + ",,,,\n\n" + CsvLine(SampleRow("B-2")) +
                     "\r\n\r\n,,,,,,,,,,,,,,,,,,\r\n\n\n";
  std::vector<Case> cases = MustParse(text);
  ASSERT_EQ(cases.size(), 2u);
  EXPECT_EQ(cases[1].case_id, "B-2");
}

TEST(CaseLoaderCsv, OptionalColumnsMayBeAbsent) {
  Row row;
  for (const auto& field : SampleRow("O-1")) {
    if (field.first != "shop_address" && field.first != "technology") row.push_back(field);
  }
  std::vector<Case> cases = MustParse(Csv({row}));
  ASSERT_EQ(cases.size(), 1u);
  EXPECT_EQ(cases[0].shop_address, "");
  EXPECT_EQ(cases[0].technology, "");
}

TEST(CaseLoaderCsv, AmountsWithThousandsCommas) {
  Row row = With(With(SampleRow("M-1"), "contract_amount", "3,300,000"), "subsidy_amount",
                 " 2,310,000 ");
  row = With(row, "self_pay_amount", "0");
  std::vector<Case> cases = MustParse(Csv({row}));
  ASSERT_EQ(cases.size(), 1u);
  EXPECT_EQ(cases[0].contract_amount, 3300000);
  EXPECT_EQ(cases[0].subsidy_amount, 2310000);
  EXPECT_EQ(cases[0].self_pay_amount, 0);
}

TEST(CaseLoaderCsv, HeaderOnlyGivesNoCases) {
  EXPECT_TRUE(MustParse(CsvHeader(SampleRow("x"))).empty());
}

// ---------------------------------------------------------------------------------------------
// CSV errors, each at the right line and column

TEST(CaseLoaderCsvErrors, MissingRequiredColumnIsNamed) {
  Row row;
  for (const auto& field : SampleRow("E-1")) {
    if (field.first != "supplier_brn" && field.first != "program_end") row.push_back(field);
  }
  ExpectError("\n" + Csv({row}), {2, 1}, {"필수 열", "supplier_brn", "program_end"});
}

TEST(CaseLoaderCsvErrors, DuplicateHeaderColumn) {
  std::string text = Csv({SampleRow("E-1")});
  text.replace(text.find("technology"), 10, "shop_name");
  ExpectError(text, Where(text, "shop_name", 1), {"shop_name", "두 번"});
}

TEST(CaseLoaderCsvErrors, TooManyFieldsPointsAtTheFirstSurplusField) {
  std::string text = Csv({SampleRow("E-1")}) + CsvLine(SampleRow("E-2"));
  text.insert(text.size() - 1, ",잉여값");  // before the final line break
  ExpectError(text, Where(text, "잉여값"), {"20개", "19개"});
}

TEST(CaseLoaderCsvErrors, TooFewFieldsPointsAtTheEndOfTheRow) {
  std::string row = CsvLine(SampleRow("E-2"));
  row = row.substr(0, row.rfind(',')) + "\r\n";  // drop program_end
  std::string text = Csv({SampleRow("E-1")}, "\r\n") + row;
  auto [line, column] = Where(text, "E-2");
  column += static_cast<size_t>(Where(row, "\r\n").second) - 1;
  ExpectError(text, {line, column}, {"18개", "19개"});
}

TEST(CaseLoaderCsvErrors, NonNumericAmountNamesColumnAndValue) {
  // Korean text earlier on the line: the column must count characters, not bytes.
  std::string text = Csv({SampleRow("E-1"), With(SampleRow("E-2"), "contract_amount", "33OOOOO")});
  ExpectError(text, Where(text, "33OOOOO"), {"contract_amount", "'33OOOOO'", "숫자가 아닙니다"});
}

TEST(CaseLoaderCsvErrors, AmountVariantsThatAreRefused) {
  for (const char* bad : {"3,30,000", "3300000원", "3.300.000", "3,300,000.00", "1e6", "33,00"}) {
    SCOPED_TRACE(bad);
    std::string text = Csv({With(SampleRow("E-1"), "subsidy_amount", bad)});
    ExpectError(text, Where(text, CsvQuote(bad)), {"subsidy_amount", "숫자가 아닙니다"});
  }
  std::string text = Csv({With(SampleRow("E-1"), "subsidy_amount", "")});
  auto [line, column] = Where(text, ",,");  // the empty field starts after the first comma
  ExpectError(text, {line, column + 1}, {"subsidy_amount", "비어"});
  text = Csv({With(SampleRow("E-1"), "guarantee_required_amount", "99999999999999999")});
  ExpectError(text, Where(text, "99999999999999999"), {"guarantee_required_amount", "너무 큽니다"});
}

TEST(CaseLoaderCsvErrors, NegativeAmount) {
  std::string text = Csv({With(SampleRow("E-1"), "self_pay_amount", "-990,000")});
  ExpectError(text, Where(text, "\"-990,000\""), {"self_pay_amount", "'-990,000'", "음수"});
}

TEST(CaseLoaderCsvErrors, BadDates) {
  for (const char* bad : {"2026-02-30", "2026/06/07", "2026-6-7", "20260607", "2026-13-01"}) {
    SCOPED_TRACE(bad);
    std::string text = Csv({SampleRow("E-1"), With(SampleRow("E-2"), "install_date", bad)});
    ExpectError(text, Where(text, bad), {"install_date", bad, "날짜"});
  }
}

TEST(CaseLoaderCsvErrors, ProgramEndBeforeStart) {
  std::string text = Csv({With(SampleRow("E-1"), "program_end", "2026-03-31")});
  ExpectError(text, Where(text, "2026-03-31"), {"program_end", "program_start"});
}

TEST(CaseLoaderCsvErrors, BadPaymentMethod) {
  std::string text = Csv({With(SampleRow("E-1"), "payment_method", "현금")});
  ExpectError(text, Where(text, "현금"), {"payment_method", "'현금'", "transfer", "card"});
  // ASCII case is not significant.
  EXPECT_EQ(MustParse(Csv({With(SampleRow("E-1"), "payment_method", "Card")}))[0].payment_method,
            PaymentMethod::kCard);
}

TEST(CaseLoaderCsvErrors, EmptyCaseId) {
  std::string text = Csv({SampleRow("E-1"), With(SampleRow(""), "shop_name", "빈아이디")});
  auto [line, column] = Where(text, "빈아이디");
  ExpectError(text, {line, 1}, {"case_id", "비어"});
}

TEST(CaseLoaderCsvErrors, CaseIdThatCannotBeAFolder) {
  std::string text = Csv({SampleRow("../etc")});
  ExpectError(text, Where(text, "../etc"), {"'../etc'", "폴더"});
}

TEST(CaseLoaderCsvErrors, DuplicateCaseIdNamesBothLines) {
  // A quoted multi-line field in between: line numbers are physical lines.
  std::string text = Csv({SampleRow("D-1"), With(SampleRow("D-2"), "shop_address", "a\nb\nc"),
                          SampleRow("D-1")});
  auto first = Where(text, "D-1", 0);
  auto second = Where(text, "D-1", 1);
  ASSERT_EQ(first.first, 2u);
  ASSERT_EQ(second.first, 6u);
  ExpectError(text, second, {"'D-1'", "중복", "2행", "6행"});
}

TEST(CaseLoaderCsvErrors, InvalidUtf8AsFromCp949Excel) {
  // "행복분식" in CP949 is C7E0 BAB9 BAD0 BDC4: not UTF-8.
  std::string text = Csv({SampleRow("E-1")});
  text.replace(text.find("행복분식"), std::string("행복분식").size(),
               "\xC7\xE0\xBA\xB9\xBA\xD0\xBD\xC4");
  ExpectError(text, Where(text, "\xC7\xE0"), {"UTF-8", "0xC7", "CP949"});
}

TEST(CaseLoaderCsvErrors, InvalidUtf8AfterKoreanCountsCharacters) {
  std::string text = Csv({With(SampleRow("E-1"), "shop_owner", "김민준\xFF")});
  ExpectError(text, Where(text, "\xFF"), {"UTF-8", "0xFF"});
}

TEST(CaseLoaderCsvErrors, UnterminatedQuotePointsAtTheOpeningQuote) {
  std::string text = Csv({SampleRow("E-1")}) + "E-2,\"행복분식,김민준\n";
  ExpectError(text, Where(text, "\"행복"), {"따옴표"});
}

TEST(CaseLoaderCsvErrors, TextAfterClosingQuote) {
  std::string text = Csv({SampleRow("E-1")}) + CsvLine(SampleRow("E-2"));
  text.replace(text.find("김민준", text.find("E-2")), std::string("김민준").size(),
               "\"김민준\"님");
  ExpectError(text, Where(text, "님"), {"따옴표"});
}

TEST(CaseLoaderCsvErrors, AllValueErrorsAreReported) {
  std::string text = Csv({With(SampleRow("E-1"), "contract_amount", "abc"),
                          With(SampleRow("E-2"), "install_date", "2026-02-29")});
  ExpectError(text, Where(text, "abc"), {"contract_amount"});
  ExpectError(text, Where(text, "2026-02-29"), {"install_date"});
}

TEST(CaseLoaderCsvErrors, EmptyFile) {
  ExpectError("", {1, 1}, {"헤더"});
  ExpectError("\xEF\xBB\xBF\r\n\r\n", {1, 1}, {"헤더"});
}

// ---------------------------------------------------------------------------------------------
// JSON

TEST(CaseLoaderJson, SameDataAsCsvLoadsIdentically) {
  Row tricky = With(SampleRow("J-2"), "shop_address", "서울 중구\n\"별관\", 2층");
  tricky = With(tricky, "contract_amount", "3,300,000");
  tricky = With(tricky, "payment_method", "card");
  std::vector<Row> rows = {SampleRow("J-1"), tricky};
  std::vector<Case> from_csv = MustParse(Csv(rows, "\r\n"));
  std::vector<Case> from_json = MustParse(Json(rows));
  std::vector<Case> from_json_bom = MustParse("\xEF\xBB\xBF" + Json(rows));
  ASSERT_EQ(from_csv.size(), 2u);
  ASSERT_EQ(from_json.size(), 2u);
  ASSERT_EQ(from_json_bom.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    ExpectSameCase(from_csv[i], from_json[i]);
    ExpectSameCase(from_csv[i], from_json_bom[i]);
  }
  EXPECT_EQ(from_json[1].shop_address, "서울 중구\n\"별관\", 2층");
}

TEST(CaseLoaderJson, NumbersNullsAndUnknownKeys) {
  std::string text = Json({SampleRow("J-1")});
  text.replace(text.find("\"3300000\""), 9, "3300000");
  text.replace(text.find("\"무인 키오스크\""), std::string("\"무인 키오스크\"").size(), "null");
  text.insert(text.find("{") + 1, "\"memo\": {\"nested\": [1, 2, \"}\"]}, ");
  std::vector<Case> cases = MustParse(text);
  ASSERT_EQ(cases.size(), 1u);
  EXPECT_EQ(cases[0].contract_amount, 3300000);
  EXPECT_EQ(cases[0].technology, "");
  EXPECT_TRUE(MustParse("[]").empty());
}

TEST(CaseLoaderJsonErrors, SyntaxErrorPosition) {
  std::string text = Json({SampleRow("J-1"), SampleRow("J-2")});
  size_t at = text.find("\"shop_name\"", text.find("J-2"));
  text.erase(at - 2, 1);  // drop the comma before "shop_name" of the second object
  ExpectError(text, Where(text, "\"shop_name\"", 1), {"JSON"});
}

TEST(CaseLoaderJsonErrors, LexerErrorsPointAtTheBadToken) {
  ExpectError("[{\"case_id\": \"a\",\n \"x\": tru}]", {2, 7}, {"JSON"});
  ExpectError("[{\"case_id\": \"a\",\n  \"x\": @}]", {2, 8}, {"JSON"});
  ExpectError("[\n {\"case_id\": \"행복분식", {2, 14}, {"JSON"});  // unterminated string
  ExpectError("[\n {\"case_id\": \"a\"}", {2, 18}, {"JSON"});      // input ends early
}

TEST(CaseLoaderJsonErrors, BadValuesPointAtTheValue) {
  std::string text = Json({SampleRow("J-1"), With(SampleRow("J-2"), "install_date", "2026-02-30")});
  text.replace(text.find("\"990000\"", text.find("J-2")), 8, "-990000");
  ExpectError(text, Where(text, "\"2026-02-30\""), {"install_date", "2026-02-30"});
  ExpectError(text, Where(text, "-990000"), {"self_pay_amount", "음수"});
}

TEST(CaseLoaderJsonErrors, FractionalAndWrongTypes) {
  std::string text = Json({SampleRow("J-1")});
  text.replace(text.find("\"3300000\""), 9, "3300000.5");
  text.replace(text.find("\"transfer\""), 10, "true");
  ExpectError(text, Where(text, "3300000.5"), {"contract_amount", "숫자가 아닙니다"});
  ExpectError(text, Where(text, "true"), {"payment_method", "boolean"});
}

TEST(CaseLoaderJsonErrors, MissingKeyPointsAtTheObject) {
  std::string text = Json({SampleRow("J-1"), SampleRow("J-2")});
  size_t key = text.find("\"supplier_bank\"", text.find("J-2"));
  text.erase(key, text.find(", ", key) + 2 - key);
  ExpectError(text, Where(text, "{", 1), {"supplier_bank", "없습니다"});
}

TEST(CaseLoaderJsonErrors, DuplicateCaseIdAndNonObjects) {
  std::string text = Json({SampleRow("J-1"), SampleRow("J-1")});
  ExpectError(text, Where(text, "\"J-1\"", 1), {"중복", "2행", "3행"});
  ExpectError("[\n  {\"case_id\": 1},\n  \"문자열\"\n]", {3, 3}, {"2번째", "객체"});
  ExpectError("  {\"case_id\": \"x\"}", {1, 3}, {"배열"});
}

// ---------------------------------------------------------------------------------------------
// Files

TEST(CaseLoaderFiles, LoadsFromDiskAndNamesThePath) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("case_loader_test_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const std::string good = (dir / "good.csv").string(), bad = (dir / "bad.json").string();
  std::ofstream(good, std::ios::binary) << Csv({SampleRow("F-1")});
  std::ofstream(bad, std::ios::binary) << "[\n  {\"case_id\": }\n]\n";

  std::vector<Case> cases;
  ASSERT_TRUE(LoadCases(good, &cases).ok());
  ASSERT_EQ(cases.size(), 1u);
  EXPECT_EQ(cases[0].case_id, "F-1");

  Status s = LoadCases(bad, &cases);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(s.message().rfind(bad + ":2:15: ", 0), 0u) << s.message();

  s = LoadCases((dir / "missing.csv").string(), &cases);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_NE(s.message().find("missing.csv"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace docval
