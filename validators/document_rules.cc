#include "validators/document_rules.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "pipeline/normalize.h"

namespace docval {
namespace {

// Names at least this long (jamo, about five syllables) forgive a single jamo slip.
constexpr size_t kLongNameJamo = 14;
// A name of three syllables or more (a person's), the least a jamo slip is forgiven in when the
// document's number names the party.
constexpr size_t kPersonNameJamo = 6;

// Whether a name carries the legal-form mark that is often printed as one glyph, ㈜.
bool HasLegalFormMark(const std::string& name) {
  return name.find("㈜") != std::string::npos || name.find("(주)") != std::string::npos ||
         name.find("주식회사") != std::string::npos;
}

// `read` (normalised) is `want` (normalised) with what OCR made of the ㈜ glyph at either
// end: a syllable (주 itself, or 뿌/쭈/쥬/뚜/쑤 when the circle's strokes join the letter, 재 when
// the closing bracket joins it), or
// one or two digits or signs ("65나래시스템"). The extractor does not restore these as the
// mark: 뚜레쥬르 and 뿌리 begin real names, and 11번가 one with digits.
bool MarkReadAsGlyph(const std::string& read, const std::string& want) {
  const std::u32string r = DecodeUtf8(read), w = DecodeUtf8(want);
  if (w.size() < 2 || r.size() <= w.size() || r.size() > w.size() + 2) return false;
  const size_t extra = r.size() - w.size();
  auto mark = [](std::u32string_view glyph) {
    constexpr std::u32string_view kSyllables = U"주뿌쭈쥬뚜쑤재";
    if (glyph.size() == 1 && kSyllables.find(glyph[0]) != std::u32string_view::npos) return true;
    return std::all_of(glyph.begin(), glyph.end(), [](char32_t c) {
      return c < 0x80 && (std::isdigit(static_cast<int>(c)) || std::ispunct(static_cast<int>(c)));
    });
  };
  const std::u32string_view all(r);
  return (mark(all.substr(0, extra)) && all.substr(extra) == w) ||
         (mark(all.substr(w.size())) && all.substr(0, w.size()) == w);
}

long long Won(const Field& f) { return std::atoll(f.value.c_str()); }

std::string Digits(const std::string& s) {
  std::string d;
  for (char c : s)
    if (c >= '0' && c <= '9') d += c;
  return d;
}

bool SameBank(const std::string& a, const std::string& b) {
  auto ca = NormalizeBank(a), cb = NormalizeBank(b);
  if (ca && cb) return *ca == *cb;
  return NormalizeName(a) == NormalizeName(b);
}

void CheckBrnField(RuleContext& ctx, const UploadOutcome& u, const std::string& field,
                   const std::string& what, const std::string& expected) {
  const Field* f = ctx.Require(u, field, what);
  if (!f) return;
  bool valid = BrnCheckDigitValid(f->value);
  ctx.Expect(valid, FlagCode::kBrnInvalid, u, field, *f, "", FormatBrn(f->value),
             what + " " + FormatBrn(f->value) + "의 검증번호가 맞지 않습니다 (유효하지 않은 번호)");
  std::string want = Digits(expected);
  ctx.Expect(f->value == want, FlagCode::kBrnMismatch, u, field, *f, FormatBrn(want),
             FormatBrn(f->value),
             WithParticle(what, "이", "가") + " 신청 정보와 다릅니다 (" + FormatBrn(f->value) + " ≠ " + FormatBrn(want) +
                 ")");
}

// An account number read on a document against the supplier's registered account (digits).
void CheckAccount(RuleContext& ctx, const UploadOutcome& u, const std::string& field,
                  const std::string& what, const std::string& mismatch) {
  const Field* account = ctx.Require(u, field, what);
  if (!account) return;
  const std::string& registered = ctx.row().supplier_account;
  const std::string want = Digits(registered);
  // An unsure read that differs from the registered account in many digits is still another
  // account: OCR changes a digit or two, not most of them. And a digit or two apart, only a
  // sure read is another account; a less sure one goes to a person. A read that reports no
  // confidence at all (whitelisted) may be noise read as digits: it proves nothing.
  const ProgramThresholds& th = ctx.profile().thresholds;
  Field judged = *account;
  const size_t differing = EditDistance(DecodeUtf8(account->value), DecodeUtf8(want));
  if (account->confidence > 0.0f &&
      static_cast<double>(differing) > th.distinct_number_fraction * static_cast<double>(want.size())) {
    judged.confidence = std::max(judged.confidence, static_cast<float>(th.min_field_confidence));
  } else if (differing > 0 && differing <= static_cast<size_t>(th.near_number_digits) &&
             judged.confidence < th.near_number_sure_confidence) {
    ctx.Unsure(u, field, registered, account->value,
               mismatch + " (" + account->value + " ≠ " + registered + ") — " +
                   std::to_string(differing) + "자리만 달라 오독일 수 있고 읽은 값의 신뢰도(" +
                   FormatConfidence(judged.confidence) + ")도 충분하지 않으니 원본을 확인하세요");
    return;
  }
  ctx.Expect(account->value == want, FlagCode::kAccountMismatch, u, field, judged, registered,
             account->value, mismatch + " (" + account->value + " ≠ " + registered + ")");
}

// Whether the document's `field` holds, surely read, the number the case registered (digits
// compared): the document is then the expected party's, whatever a name on it was read as.
bool SureSameNumber(const RuleContext& ctx, const UploadOutcome& u, const std::string& field,
                    const std::string& registered) {
  auto it = u.doc.fields.find(field);
  return it != u.doc.fields.end() && !Digits(registered).empty() &&
         it->second.value == Digits(registered) &&
         it->second.confidence >= ctx.profile().thresholds.min_field_confidence;
}

// `identified`: the document's own number (business number, account) is the expected party's,
// read surely. A name there one jamo off the expected one ("선도윤" for 전도윤) is then a
// misread, not another party: the number tells parties apart, and OCR slips a stroke.
void CheckName(RuleContext& ctx, const UploadOutcome& u, const std::string& field,
               const std::string& what, const std::vector<std::string>& allowed,
               const std::string& expected_label, bool identified = false) {
  const Field* f = ctx.Require(u, field, what);
  if (!f) return;
  bool ok = false, near = false;
  const std::string read = NormalizeName(f->value);
  const std::u32string read_jamo = DecomposeJamo(read);
  // A '?' or a lone jamo inside the read ("(주)키?ㅅㅋ랩") marks glyphs OCR could not read.
  // When the syllables it did read all stand, in order, in the expected name, it is that name
  // misread; otherwise it is another name, however garbled.
  const std::u32string read_chars = DecodeUtf8(f->value);
  bool garbled = false;
  for (size_t i = 1; i + 1 < read_chars.size(); ++i)
    garbled = garbled || IsUnplacedGlyph(read_chars, i);
  std::u32string read_syllables;
  for (char32_t c : DecodeUtf8(read))
    if (IsHangulSyllable(c)) read_syllables.push_back(c);
  for (const std::string& a : allowed) {
    if (a.empty()) continue;
    if (NamesMatch(f->value, a)) ok = true;
    const std::string want = NormalizeName(a);
    const std::u32string want_jamo = DecomposeJamo(want);
    // One stroke in a long name (빛/빚 in a six-syllable company name) is an OCR slip: two
    // different companies are not told apart by one jamo. Short names (people) stay strict
    // unless the document's number names the party.
    const size_t forgiving_from = identified ? kPersonNameJamo : kLongNameJamo;
    ok = ok || (want_jamo.size() >= forgiving_from && JamoEditDistance(read, want) <= 1);
    // The one-glyph ㈜ read as a syllable of its own ("뿌큐알오더" for "㈜큐알오더").
    ok = ok || (HasLegalFormMark(a) && MarkReadAsGlyph(read, want));
    const std::u32string want_chars = DecodeUtf8(want);
    auto all_in_order = [&](std::u32string_view syllables) {
      size_t at = 0;
      for (char32_t c : want_chars)
        if (at < syllables.size() && c == syllables[at]) ++at;
      return syllables.size() >= 2 && at == syllables.size();
    };
    if (garbled) {
      near = near || all_in_order(read_syllables) ||
             // The ㈜ read as a syllable of its own at either end ("뛰키?스ㅋ랩").
             (HasLegalFormMark(a) && read_syllables.size() >= 3 &&
              (all_in_order(std::u32string_view(read_syllables).substr(1)) ||
               all_in_order(std::u32string_view(read_syllables).substr(0, read_syllables.size() - 1))));
    }
    // The same syllables in another order ("스마포스트" for "스마트포스"): Tesseract put a
    // syllable's box out of place, it did not read another name.
    std::u32string want_syllables;
    for (char32_t c : want_chars)
      if (IsHangulSyllable(c)) want_syllables.push_back(c);
    std::u32string sorted_read = read_syllables, sorted_want = want_syllables;
    std::sort(sorted_read.begin(), sorted_read.end());
    std::sort(sorted_want.begin(), sorted_want.end());
    near = near || (read_syllables.size() >= 3 && sorted_read == sorted_want);
    near = near || JamoSimilarity(read, want) >= ctx.profile().thresholds.near_name_similarity ||
           // A syllable lost at an edge of the name ("동마트" for "명동마트").
           (!read.empty() && 3 * read_jamo.size() >= 2 * want_jamo.size() &&
            want.find(read) != std::string::npos);
  }
  if (ok) return;
  std::string message = WithParticle(what, "이", "가") + " 다릅니다 ('" + f->value + "' ≠ '" + expected_label + "')";
  // A few strokes apart is what OCR does to a name, not what a wrong payee looks like: a
  // person decides.
  if (near) {
    Field unsure = *f;
    unsure.confidence = 0.0f;
    ctx.Expect(false, FlagCode::kNameMismatch, u, field, unsure, expected_label, f->value,
               message);
    return;
  }
  ctx.Expect(false, FlagCode::kNameMismatch, u, field, *f, expected_label, f->value, message);
}

}  // namespace

void CheckTaxInvoice(RuleContext& ctx, const UploadOutcome& u) {
  const Case& c = ctx.row();
  CheckBrnField(ctx, u, "supplier_brn", "공급자 등록번호", c.supplier_brn);
  CheckBrnField(ctx, u, "buyer_brn", "공급받는자 등록번호", c.shop_brn);
  const Field* total = ctx.Require(u, "total_amount", "합계금액");
  if (total) {
    std::string want = std::to_string(c.contract_amount);
    ctx.Expect(std::llabs(Won(*total) - c.contract_amount) <= ctx.profile().thresholds.amount_tolerance_won,
               FlagCode::kAmountMismatch, u, "total_amount", *total, want, total->value,
               "합계금액이 계약금액과 다릅니다 (" + GroupDigits(total->value) + " ≠ " +
                   GroupDigits(want) + ")");
  }
  const Field* supply = ctx.Require(u, "supply_amount", "공급가액");
  const Field* tax = ctx.Require(u, "tax_amount", "세액");
  if (supply && tax) {
    const ProgramThresholds& th = ctx.profile().thresholds;
    long long expected_tax = (Won(*supply) * th.vat_rate_percent + 50) / 100;
    bool vat_ok = std::llabs(Won(*tax) - expected_tax) <= th.vat_tolerance_won;
    const Field& weakest = supply->confidence < tax->confidence ? *supply : *tax;
    ctx.Expect(vat_ok, FlagCode::kVatInconsistent, u, "tax_amount", weakest,
               std::to_string(expected_tax), tax->value,
               "세액이 공급가액의 " + std::to_string(th.vat_rate_percent) + "%가 아닙니다 (" +
                   GroupDigits(tax->value) + " ≠ " + GroupDigits(std::to_string(expected_tax)) +
                   ")");
    if (vat_ok && total) {
      bool sums = Won(*supply) + Won(*tax) == Won(*total);
      const Field& weak = total->confidence < weakest.confidence ? *total : weakest;
      ctx.Expect(sums, FlagCode::kVatInconsistent, u, "total_amount", weak,
                 std::to_string(Won(*supply) + Won(*tax)), total->value,
                 "공급가액 + 세액이 합계금액과 다릅니다 (" + GroupDigits(supply->value) + " + " +
                     GroupDigits(tax->value) + " ≠ " + GroupDigits(total->value) + ")");
    }
  }
  if (const Field* date = ctx.Require(u, "issue_date", "작성일자")) {
    bool inside = date->value >= c.program_start && date->value <= c.program_end;
    ctx.Expect(inside, FlagCode::kDateOutOfRange, u, "issue_date", *date,
               c.program_start + " ~ " + c.program_end, date->value,
               "작성일자 " + date->value + "이(가) 사업 기간(" + c.program_start + " ~ " +
                   c.program_end + ") 밖입니다");
  }
  ctx.Require(u, "approval_number", "승인번호");
}

void CheckTransferReceipt(RuleContext& ctx, const UploadOutcome& u) {
  const Case& c = ctx.row();
  if (const Field* amount = ctx.Require(u, "amount", "이체금액")) {
    std::string want = std::to_string(c.self_pay_amount);
    ctx.Expect(Won(*amount) == c.self_pay_amount, FlagCode::kAmountMismatch, u, "amount", *amount,
               want, amount->value,
               "이체금액이 자부담금과 다릅니다 (" + GroupDigits(amount->value) + " ≠ " +
                   GroupDigits(want) + ")");
  }
  CheckAccount(ctx, u, "payee_account", "입금계좌", "입금계좌가 공급기업 계좌와 다릅니다");
  CheckName(ctx, u, "payee_name", "받는 분", {c.supplier_name, c.supplier_account_holder},
            c.supplier_name, SureSameNumber(ctx, u, "payee_account", c.supplier_account));
  CheckName(ctx, u, "sender_name", "보내는 분", {c.shop_name, c.shop_owner},
            c.shop_name + " 또는 " + c.shop_owner);
}

void CheckBankbookCopy(RuleContext& ctx, const UploadOutcome& u) {
  const Case& c = ctx.row();
  if (const Field* bank = ctx.Require(u, "bank", "은행명")) {
    ctx.Expect(SameBank(bank->value, c.supplier_bank), FlagCode::kAccountMismatch, u, "bank",
               *bank, c.supplier_bank, bank->value,
               "통장 은행이 등록 계좌의 은행과 다릅니다 ('" + bank->value + "' ≠ '" +
                   c.supplier_bank + "')");
  }
  CheckAccount(ctx, u, "account_number", "계좌번호", "통장 계좌번호가 등록 계좌와 다릅니다");
  CheckName(ctx, u, "account_holder", "예금주", {c.supplier_account_holder, c.supplier_name},
            c.supplier_account_holder,
            SureSameNumber(ctx, u, "account_number", c.supplier_account));
}

void CheckGuaranteePolicy(RuleContext& ctx, const UploadOutcome& u) {
  const Case& c = ctx.row();
  CheckName(ctx, u, "policyholder", "보험계약자", {c.supplier_name}, c.supplier_name,
            SureSameNumber(ctx, u, "policyholder_brn", c.supplier_brn));
  std::string agency = ctx.profile().insured_party_names.empty()
                           ? std::string()
                           : ctx.profile().insured_party_names.front();
  CheckName(ctx, u, "insured", "피보험자", ctx.profile().insured_party_names, agency);
  if (const Field* amount = ctx.Require(u, "insured_amount", "보험가입금액")) {
    std::string want = std::to_string(c.guarantee_required_amount);
    ctx.Expect(Won(*amount) >= c.guarantee_required_amount, FlagCode::kGuaranteeInsufficient, u,
               "insured_amount", *amount, want, amount->value,
               "보험가입금액이 필요 금액보다 적습니다 (" + GroupDigits(amount->value) + " < " +
                   GroupDigits(want) + ")");
  }
  const Field* start = ctx.Require(u, "start_date", "보험기간 시작일");
  const Field* end = ctx.Require(u, "end_date", "보험기간 종료일");
  if (start && end) {
    bool covers = start->value <= c.program_start && end->value >= c.program_end;
    const Field& weak = start->confidence < end->confidence ? *start : *end;
    ctx.Expect(covers, FlagCode::kDateOutOfRange, u, start->value > c.program_start ? "start_date" : "end_date",
               weak, c.program_start + " ~ " + c.program_end, start->value + " ~ " + end->value,
               "보험기간(" + start->value + " ~ " + end->value + ")이 사업 기간(" +
                   c.program_start + " ~ " + c.program_end + ")을 덮지 않습니다");
  }
  ctx.Require(u, "policy_number", "증권번호");
}

void CheckInspectionForm(RuleContext& ctx, const UploadOutcome& u) {
  const Case& c = ctx.row();
  const bool shop_identified = SureSameNumber(ctx, u, "shop_brn", c.shop_brn);
  CheckName(ctx, u, "shop_name", "상호", {c.shop_name}, c.shop_name, shop_identified);
  CheckName(ctx, u, "shop_owner", "대표자", {c.shop_owner}, c.shop_owner, shop_identified);
  CheckBrnField(ctx, u, "shop_brn", "사업자등록번호", c.shop_brn);
  const Field* install = ctx.Require(u, "install_date", "설치일자");
  const Field* inspection = ctx.Require(u, "inspection_date", "검수일자");
  if (install && inspection) {
    const Field& weak = install->confidence < inspection->confidence ? *install : *inspection;
    ctx.Expect(install->value <= inspection->value, FlagCode::kDateOutOfRange, u,
               "inspection_date", weak, "≥ " + install->value, inspection->value,
               "검수일자(" + inspection->value + ")가 설치일자(" + install->value +
                   ")보다 앞섭니다");
  }
  if (const Field* sign = ctx.Require(u, "signed", "서명란")) {
    // A value read unsure is seldom the expected one by chance; a yes/no is half the time. So
    // an unsure "signed" passes nothing: a person looks at the box.
    const float sure = static_cast<float>(ctx.profile().thresholds.min_field_confidence);
    if (sign->value == "true" && sign->confidence < sure) {
      ctx.Unsure(u, "signed", "true", sign->value,
                 "검수확인서 서명란의 잉크가 서명인지 확실하지 않습니다(신뢰도 " +
                     FormatConfidence(sign->confidence) + ") — 원본의 서명란을 확인하세요");
    } else {
      ctx.Expect(sign->value == "true", FlagCode::kSignatureMissing, u, "signed", *sign, "true",
                 sign->value, "검수확인서 서명란에 서명이나 날인이 없습니다");
    }
  }
}

void CheckCaseAmounts(RuleContext& ctx, const CaseOutcome& c) {
  const Case& r = c.row;
  if (r.subsidy_amount + r.self_pay_amount == r.contract_amount) return;
  ctx.Add(MakeFlag(FlagCode::kAmountMismatch, "", "", "contract_amount",
                   std::to_string(r.contract_amount),
                   std::to_string(r.subsidy_amount + r.self_pay_amount),
                   "신청 정보의 국비 + 자부담금이 계약금액과 다릅니다 (" +
                       GroupDigits(std::to_string(r.subsidy_amount)) + " + " +
                       GroupDigits(std::to_string(r.self_pay_amount)) + " ≠ " +
                       GroupDigits(std::to_string(r.contract_amount)) + ")"));
}

void CheckQuality(RuleContext& ctx, const UploadOutcome& u) {
  if (!u.status.ok() || u.doc.source != Source::kOcr) return;
  const ProgramThresholds& th = ctx.profile().thresholds;
  for (const Page& p : u.doc.pages) {
    std::string why;
    const std::string size = std::to_string(p.width) + "×" + std::to_string(p.height) + " 픽셀";
    if (p.mean_brightness >= 0 && p.mean_brightness < th.min_page_brightness)
      why = "너무 어둡습니다 (평균 밝기 " + std::to_string(static_cast<int>(p.mean_brightness)) +
            "/255)";
    else if (p.dpi > 0 && p.dpi < th.min_scan_dpi)
      why = "해상도가 너무 낮습니다 (" + std::to_string(p.dpi) + " dpi, " + size + ")";
    else if (p.dpi == 0 && p.width > 0 && std::min(p.width, p.height) < th.min_page_pixels)
      why = "해상도가 너무 낮습니다 (" + size + ")";
    else if (p.words.size() >= 5 && p.mean_word_confidence < th.min_mean_word_confidence)
      why = "글자가 흐려 읽기 어렵습니다 (평균 인식 신뢰도 " +
            std::to_string(static_cast<int>(p.mean_word_confidence * 100)) + "%)";
    if (why.empty()) continue;
    ctx.Add(MakeFlag(FlagCode::kLowQuality, std::string(ToString(u.doc.doc_type)), u.upload.file,
                     "", "", "", std::to_string(p.number) + "쪽 이미지가 " + why +
                                     " — 더 선명한 파일을 요청하세요"));
    return;
  }
}

}  // namespace docval
