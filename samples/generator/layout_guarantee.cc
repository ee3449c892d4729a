// Guarantee insurance policy (지급보증보험증권) layouts: the insurer's bordered certificate with
// a conditions page, and a one-page issue notice in "label : value" lines.
#include <algorithm>
#include <cmath>

#include "samples/generator/layout_parts.h"

namespace docval::samplegen {

namespace {

std::string InsuredAmountText(const GuaranteeData& d) {
  if (d.amount_in_words) {
    return "금 " + AmountInKoreanWords(d.insured_amount) + "원정 (₩" + FormatWon(d.insured_amount) + ")";
  }
  return "₩" + FormatWon(d.insured_amount);
}

std::string PeriodText(const GuaranteeData& d) {
  return d.start.Korean() + " 부터 " + d.end.Korean() + " 까지";
}

void DrawConditionsPage(PageCanvas& canvas, const GuaranteeData& d) {
  const double x = 60, width = 475;
  TextStyle title;
  title.size = 16;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 60, "지급보증보험 보통약관", title);
  TextStyle head;
  head.size = 10.5;
  head.bold = true;
  TextStyle body;
  body.size = 9.5;
  double y = 104;
  const std::vector<std::pair<std::string, std::string>> articles = {
      {"제1조(보상하는 손해)",
       "회사는 채무자인 보험계약자가 보험증권에 기재된 계약에 따른 채무를 이행하지 아니함으로써 "
       "피보험자가 입은 손해를 이 약관에 따라 보상합니다."},
      {"제2조(보험기간)",
       "회사의 보상책임은 보험증권에 기재된 보험기간 중에 발생한 보험사고에 한합니다. 보험기간은 "
       + d.start.Korean() + "부터 " + d.end.Korean() + "까지로 합니다."},
      {"제3조(보험금의 청구)",
       "피보험자는 보험사고가 생긴 때에는 지체 없이 회사에 알리고 보험금 청구서와 손해액을 증명하는 "
       "서류를 제출하여야 합니다."},
      {"제4조(보상하지 아니하는 손해)",
       "회사는 피보험자의 책임 있는 사유로 생긴 손해, 천재지변 등 불가항력으로 생긴 손해는 "
       "보상하지 아니합니다."},
      {"제5조(보험금 지급)",
       "회사는 보험금 청구에 관한 서류를 받은 후 지체 없이 지급할 보험금을 정하고 그 정하여진 날부터 "
       "7일 이내에 보험금을 지급합니다."},
      {"제6조(준용규정)", "이 약관에서 정하지 아니한 사항은 상법 및 민법의 규정에 따릅니다."},
  };
  for (const auto& [heading, text] : articles) {
    canvas.Text(x, y, heading, head);
    y += 20;
    y += canvas.Paragraph(x + 8, y, width - 8, text, body) + 10;
  }
  TextStyle footer;
  footer.size = 8;
  footer.color = kGray;
  footer.align = Align::kCenter;
  canvas.Text(x + width / 2, 790, "증권번호 " + d.policy_number + "  (2/2)", footer);
}

}  // namespace

void DrawGuaranteeCertificate(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng) {
  const GuaranteeData& d = spec.guarantee;
  if (page == 1) {
    DrawConditionsPage(canvas, d);
    return;
  }
  const double x = 50, width = 495;
  const Rgb green{0.05, 0.42, 0.3};
  canvas.Rect(x - 8, 36, width + 16, 770, 2.2, green);
  canvas.Rect(x - 4, 40, width + 8, 762, 0.6, green);
  TextStyle brand;
  brand.size = 13;
  brand.bold = true;
  brand.color = green;
  canvas.Text(x + 8, 54, "SGI 서울보증", brand);
  TextStyle title;
  title.size = 22;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 84, Spaced("지급보증보험증권"), title);
  TextStyle number;
  number.size = 11;
  number.align = Align::kCenter;
  canvas.Text(x + width / 2, 122, "증권번호  제 " + d.policy_number + " 호", number);

  const double label_w = 110;
  double y = 150;
  TextStyle cell;
  cell.size = 10.5;
  TextStyle small = cell;
  small.size = 9;
  auto row = [&](const std::string& label, const std::string& value, double h,
                 const TextStyle& style) {
    DrawRow(canvas, x, y, h, {Cell{label, label_w, true}, Cell{value, width - label_w}}, style,
            green, 0.7, Rgb{0.93, 0.97, 0.95});
    y += h;
  };
  row("보험계약자", d.policyholder, 28, cell);
  row("사업자등록번호", d.policyholder_brn, 24, small);
  row("주소", d.policyholder_address, 24, small);
  row("피보험자", d.insured, 28, cell);
  row("피보험자 주소", d.insured_address, 24, small);
  row("보험가입금액", InsuredAmountText(d), 30, cell);
  row("보험기간", PeriodText(d), 30, cell);
  row("보증내용", "스마트상점 기술보급사업 보조금(선급금) 지급 보증", 28, small);
  row("계약명", d.contract_title, 28, small);
  row("보험료", FormatWon(d.insured_amount / 100 * 3 / 10 * 10 + 10000) + "원 (납입완료)", 24, small);
  row("특기사항", "이 증권은 전자보증으로 발급되었으며 원본과 동일한 효력을 가집니다.", 28, small);

  TextStyle body;
  body.size = 11;
  body.align = Align::kCenter;
  canvas.Text(x + width / 2, y + 40, "위와 같이 보증보험계약을 체결하였음이 확실하므로", body);
  canvas.Text(x + width / 2, y + 60, "그 증거로 이 증권을 발행합니다.", body);
  canvas.Text(x + width / 2, y + 100, d.issued.Korean(), body);
  TextStyle company = body;
  company.size = 15;
  company.bold = true;
  canvas.Text(x + width / 2, y + 140, "서울보증보험주식회사 대표이사", company);
  // The company's square seal, ink only.
  const double sx = x + width / 2 + 130, sy = y + 130;
  cairo_t* cr = canvas.cairo();
  cairo_save(cr);
  cairo_translate(cr, sx, sy);
  cairo_rotate(cr, rng.Real(-0.05, 0.05));
  canvas.Rect(0, 0, 40, 40, 2.4, kSealRed);
  TextStyle stamp;
  stamp.size = 8.5;
  stamp.bold = true;
  stamp.color = kSealRed;
  stamp.align = Align::kCenter;
  canvas.Ink(20, 5, "서울보증", stamp);
  canvas.Ink(20, 20, "대표이사", stamp);
  cairo_restore(cr);
  TextStyle footer;
  footer.size = 8;
  footer.color = kGray;
  footer.align = Align::kCenter;
  canvas.Text(x + width / 2, 780, "증권 진위 확인: www.sgic.co.kr  (1/2)", footer);
}

void DrawGuaranteeNotice(PageCanvas& canvas, const DocumentSpec& spec, int, Rng&) {
  const GuaranteeData& d = spec.guarantee;
  const double x = 70, width = 455;
  TextStyle brand;
  brand.size = 11;
  brand.bold = true;
  brand.color = Rgb{0.05, 0.42, 0.3};
  canvas.Text(x, 50, "서울보증보험", brand);
  TextStyle title;
  title.size = 18;
  title.bold = true;
  canvas.Text(x, 84, "보험증권(지급보증) 발급 안내", title);
  canvas.Line(x, 114, x + width, 114, 1.2);
  TextStyle body;
  body.size = 11;
  double y = 134;
  y += canvas.Paragraph(x, y, width,
                        d.policyholder + " 귀하께서 청약하신 지급보증보험 증권이 아래와 같이 "
                        "발급되었음을 알려드립니다.",
                        body);
  y += 16;
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"증권번호", d.policy_number},
      {"보험계약자", d.policyholder + " (" + d.policyholder_brn + ")"},
      {"피보험자", d.insured},
      {"보험가입금액", d.amount_in_words ? InsuredAmountText(d) : FormatWon(d.insured_amount) + "원"},
      {"보험기간", d.start.Iso() + " ~ " + d.end.Iso()},
      {"계약명", d.contract_title},
      {"발행일", d.issued.Dotted()},
  };
  for (const auto& [label, value] : rows) {
    canvas.Text(x + 6, y, "· " + label, body);
    canvas.Text(x + 118, y, ": " + value, body);
    y += 26;
  }
  y += 14;
  TextStyle note;
  note.size = 9;
  note.color = kGray;
  y += canvas.Paragraph(x, y, width,
                        "※ 보험금 청구 및 증권 진위 여부는 서울보증보험 고객센터 또는 홈페이지에서 "
                        "확인하실 수 있습니다. 본 안내문은 증권의 사본으로 제출할 수 있습니다.",
                        note);
  TextStyle sign;
  sign.size = 14;
  sign.bold = true;
  sign.align = Align::kRight;
  canvas.Text(x + width, y + 50, "서울보증보험주식회사", sign);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out: a one-page 이행(지급)보증보험증권 in a two-column key/value grid, with the parties
// named by their role in the debt (채권자/채무자) and the amount called 보증금액.
void DrawGuaranteeBondGrid(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const GuaranteeData& d = spec.guarantee;
  const double x = 46, width = 503;
  const Rgb navy{0.12, 0.2, 0.45};
  TextStyle brand;
  brand.size = 12;
  brand.bold = true;
  brand.color = navy;
  canvas.Text(x, 42, "서울보증보험(주)", brand);
  TextStyle title;
  title.size = 20;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 70, "이행(지급)보증보험증권", title);
  canvas.FillRect(x, 104, width, 3, navy);

  TextStyle cell;
  cell.size = 9.5;
  const Rgb shade{0.88, 0.9, 0.96};
  const double lw = 96, vw = width / 2 - lw, h = 30;
  double y = 118;
  auto two = [&](const std::string& l1, const std::string& v1, const std::string& l2,
                 const std::string& v2) {
    DrawRow(canvas, x, y, h, {Cell{l1, lw, true}, Cell{v1, vw}, Cell{l2, lw, true}, Cell{v2, vw}},
            cell, navy, 0.6, shade);
    y += h;
  };
  auto one = [&](const std::string& l, const std::string& v) {
    DrawRow(canvas, x, y, h, {Cell{l, lw, true}, Cell{v, width - lw}}, cell, navy, 0.6, shade);
    y += h;
  };
  two("증권번호", d.policy_number, "발행일자", d.issued.Dotted());
  two("보험계약자(채무자)", d.policyholder, "사업자번호", d.policyholder_brn);
  one("채무자 주소", d.policyholder_address);
  one("피보험자(채권자)", d.insured);
  one("채권자 주소", d.insured_address);
  one("보증금액", d.amount_in_words
                      ? "일금 " + AmountInKoreanWords(d.insured_amount) + "원정 (₩" +
                            FormatWon(d.insured_amount) + ")"
                      : FormatWon(d.insured_amount) + "원");
  two("보증개시일", d.start.Iso(), "보증종료일", d.end.Iso());
  one("주계약명", d.contract_title);
  one("보증대상", "보조금 선급금 반환채무 이행 보증");

  TextStyle body;
  body.size = 10.5;
  y += 22;
  y += canvas.Paragraph(x, y, width,
                        "당사는 보험계약자가 위 주계약에서 정한 채무를 이행하지 아니함으로써 "
                        "피보험자(채권자)가 입은 손해를 보증금액 한도 안에서 보상합니다.",
                        body);
  TextStyle company;
  company.size = 14;
  company.bold = true;
  company.align = Align::kRight;
  canvas.Text(x + width - 56, y + 60, "서울보증보험주식회사", company);
  const double sx = x + width - 46, sy = y + 50;
  cairo_t* cr = canvas.cairo();
  cairo_save(cr);
  cairo_translate(cr, sx, sy);
  cairo_rotate(cr, rng.Real(-0.06, 0.06));
  canvas.Rect(0, 0, 38, 38, 2.2, kSealRed);
  TextStyle stamp;
  stamp.size = 8.5;
  stamp.bold = true;
  stamp.color = kSealRed;
  stamp.align = Align::kCenter;
  canvas.Ink(19, 5, "증권", stamp);
  canvas.Ink(19, 19, "발행인", stamp);
  cairo_restore(cr);
  TextStyle footer;
  footer.size = 8;
  footer.color = kGray;
  canvas.Text(x, 790, "증권의 진위 여부는 발행회사 홈페이지에서 증권번호로 조회할 수 있습니다.", footer);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (second set): a "보험가입증명서" letter — no field grid at all; the policy number,
// parties, amount and period sit inside the sentences, the way insurers word certificates of
// enrolment, and the period uses loose dates ("2026년 4월 1일부터").
void DrawGuaranteeProofLetter(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const GuaranteeData& d = spec.guarantee;
  const double x = 72, width = 451;
  const Rgb brand_red{0.74, 0.13, 0.16};
  TextStyle brand;
  brand.size = 13;
  brand.bold = true;
  brand.color = brand_red;
  canvas.Text(x, 44, "SGI서울보증", brand);
  TextStyle meta;
  meta.size = 9;
  meta.color = kGray;
  meta.align = Align::kRight;
  const std::string issue_no = "제" + std::to_string(d.issued.year) + "-" + Pad(rng.Int(1, 99999), 5) + "호";
  canvas.Text(x + width, 48, "발급번호 " + issue_no, meta);
  TextStyle title;
  title.size = 22;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 92, Spaced("보험가입증명서"), title);
  TextStyle sub;
  sub.size = 11;
  sub.color = kGray;
  sub.align = Align::kCenter;
  canvas.Text(x + width / 2, 126, "(지급보증보험)", sub);
  canvas.Line(x, 156, x + width, 156, 1.2);
  canvas.Line(x, 159, x + width, 159, 0.5);

  TextStyle body;
  body.size = 11.5;
  double y = 184;
  canvas.Text(x, y, "수  신 : " + d.insured, body);
  y += 42;
  const std::string amount =
      d.amount_in_words
          ? "금 " + AmountInKoreanWords(d.insured_amount) + "원정(₩" + FormatWon(d.insured_amount) + ")"
          : "금 " + FormatWon(d.insured_amount) + "원";
  const std::vector<std::string> paragraphs = {
      d.policyholder + "(사업자등록번호 " + d.policyholder_brn + ", 이하 \"계약자\")은(는) 당사와 " +
          d.insured + "을(를) 피보험자로 하는 지급보증보험계약을 체결하였으며, 당사는 이 계약에 "
          "대하여 보험증권 제" + d.policy_number + "호를 발행하였음을 증명합니다.",
      "위 보험의 가입금액은 " + amount + "이고, 보험기간은 " + d.start.KoreanLoose() + "부터 " +
          d.end.KoreanLoose() + "까지입니다.",
      "이 보험은 계약자가 「" + d.contract_title + "」에 따른 보조금 반환 등의 채무를 이행하지 "
          "아니함으로써 피보험자가 입은 손해를 가입금액 한도 안에서 보상합니다.",
  };
  for (const std::string& paragraph : paragraphs) {
    y += ParagraphByWords(canvas, x, y, width, paragraph, body, 1.8) + 14;
  }
  y += 10;
  canvas.Text(x, y, "용  도 : 보조금 지급 청구 제출용", body);
  TextStyle center = body;
  center.align = Align::kCenter;
  canvas.Text(x + width / 2, y + 64, d.issued.KoreanLoose(), center);
  TextStyle company = center;
  company.size = 15;
  company.bold = true;
  const std::string signer = "서울보증보험주식회사 대표이사";
  canvas.Text(x + width / 2, y + 110, signer, company);
  cairo_new_path(canvas.cairo());  // no stray line from the text's current point to the seal
  canvas.Seal(x + width / 2 + canvas.MeasureWidth(signer, company) / 2 + 24, y + 119, 21, "서울보증",
              rng);
  TextStyle footer;
  footer.size = 8.5;
  footer.color = kGray;
  canvas.Text(x, 786, "※ 이 증명서의 진위는 SGI서울보증 홈페이지(www.sgic.co.kr)에서 발급번호로 확인할 수 있습니다.",
              footer);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (third set): an e-policy print with circled item numbers — each value on the line
// under its small label, two items per row with rules between rows, the amount called
// 보상한도액, the period with the hours cover starts and ends, and a verification code block.
void DrawGuaranteeNumberedPolicy(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const GuaranteeData& d = spec.guarantee;
  const double x = 54, width = 487;
  const Rgb accent{0.7, 0.12, 0.15};
  canvas.FillRect(0, 0, canvas.width(), 8, accent);
  TextStyle brand;
  brand.size = 13;
  brand.bold = true;
  brand.color = accent;
  canvas.Text(x, 30, "SGI서울보증", brand);
  TextStyle meta;
  meta.size = 8.5;
  meta.color = kGray;
  meta.align = Align::kRight;
  canvas.Text(x + width, 34, "전자증권 출력본", meta);
  TextStyle title;
  title.size = 21;
  title.bold = true;
  canvas.Text(x, 62, "지급보증보험 증권", title);
  TextStyle number;
  number.size = 11;
  number.bold = true;
  number.align = Align::kRight;
  canvas.Text(x + width, 68, "증권번호  " + d.policy_number, number);
  canvas.Line(x, 98, x + width, 98, 1.6);

  TextStyle label;
  label.size = 9;
  label.color = Rgb{0.35, 0.35, 0.35};
  TextStyle value;
  value.size = 11.5;
  const double gap = 20, half = (width - gap) / 2, row_h = 48;
  double y = 110;
  // One row of one or two items: the label on top, the value below, a rule underneath.
  auto items = [&](const std::vector<std::pair<std::string, std::string>>& row) {
    const double w = row.size() == 1 ? width : half;
    for (size_t i = 0; i < row.size(); ++i) {
      const double ix = x + (half + gap) * static_cast<double>(i);
      canvas.Text(ix, y, row[i].first, label);
      canvas.Text(ix + 8, y + 17, row[i].second, FitWidth(canvas, row[i].second, value, w - 8));
      canvas.Line(ix, y + row_h - 8, ix + w, y + row_h - 8, 0.4, Rgb{0.7, 0.7, 0.7});
    }
    y += row_h;
  };
  const std::string amount = d.amount_in_words ? "일금 " + AmountInKoreanWords(d.insured_amount) + "원정 (₩" +
                                                     FormatWon(d.insured_amount) + ")"
                                               : FormatWon(d.insured_amount) + "원";
  items({{"① 보험계약자", d.policyholder}, {"② 사업자등록번호", d.policyholder_brn}});
  items({{"③ 보험계약자 주소", d.policyholder_address}});
  items({{"④ 피보험자", d.insured}, {"⑤ 피보험자 주소", d.insured_address}});
  items({{"⑥ 보상한도액", amount}});
  items({{"⑦ 보험기간", d.start.Dotted() + " 00:00부터  " + d.end.Dotted() + " 24:00까지"}});
  items({{"⑧ 주계약명", d.contract_title}});
  items({{"⑨ 보증하는 채무", "스마트상점 기술보급사업 보조금(선급금)의 반환 채무"},
         {"⑩ 보험료", FormatWon(d.insured_amount / 100 * 3 / 10 * 10 + 10000) + "원"}});

  y += 6;
  canvas.FillRect(x, y, width, 54, Rgb{0.96, 0.96, 0.96});
  TextStyle special;
  special.size = 9;
  canvas.Text(x + 10, y + 9, "특별약관 및 특약사항", special);
  canvas.Text(x + 10, y + 29, "- 보조금 지급보증 특별약관   - 전자증권 특약 (원본과 동일한 효력)", special);
  y += 54 + 30;

  TextStyle body;
  body.size = 11;
  body.align = Align::kCenter;
  canvas.Text(x + width / 2, y, "위와 같이 보험계약이 체결되었음을 증명합니다.", body);
  canvas.Text(x + width / 2, y + 30, "발행일  " + d.issued.DottedLoose(), body);
  TextStyle company;
  company.size = 15;
  company.bold = true;
  company.align = Align::kCenter;
  const std::string signer = "서울보증보험주식회사 대표이사";
  canvas.Text(x + width / 2, y + 70, signer, company);
  const double sx = x + width / 2 + canvas.MeasureWidth(signer, company) / 2 + 10, sy = y + 60;
  cairo_t* cr = canvas.cairo();
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_translate(cr, sx, sy);
  cairo_rotate(cr, rng.Real(-0.05, 0.05));
  canvas.Rect(0, 0, 38, 38, 2.2, kSealRed);
  TextStyle stamp;
  stamp.size = 8.5;
  stamp.bold = true;
  stamp.color = kSealRed;
  stamp.align = Align::kCenter;
  canvas.Ink(19, 5, "서울보증", stamp);
  canvas.Ink(19, 19, "대표이사", stamp);
  cairo_restore(cr);

  // A verification code in the bottom corner: a 21×21 module grid with the three finder squares.
  const double qx = x, qy = canvas.height() - 110, module = 3.0;
  for (int r = 0; r < 21; ++r) {
    for (int c = 0; c < 21; ++c) {
      const bool finder = (r < 7 && c < 7) || (r < 7 && c > 13) || (r > 13 && c < 7);
      if (finder) continue;
      if (rng.Chance(0.5)) canvas.FillRect(qx + c * module, qy + r * module, module, module, kBlack);
    }
  }
  for (const auto& [fr, fc] : {std::pair{0, 0}, std::pair{0, 14}, std::pair{14, 0}}) {
    canvas.FillRect(qx + fc * module, qy + fr * module, 7 * module, 7 * module, kBlack);
    canvas.FillRect(qx + (fc + 1) * module, qy + (fr + 1) * module, 5 * module, 5 * module, Rgb{1, 1, 1});
    canvas.FillRect(qx + (fc + 2) * module, qy + (fr + 2) * module, 3 * module, 3 * module, kBlack);
  }
  TextStyle footer;
  footer.size = 8;
  footer.color = kGray;
  canvas.Text(qx + 21 * module + 12, qy + 14, "증권 진위확인: 휴대폰으로 코드를 촬영하거나", footer);
  canvas.Text(qx + 21 * module + 12, qy + 28, "SGI서울보증 홈페이지에서 증권번호로 조회하십시오.", footer);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (fourth set): a landscape policy whose facts sit in header-over-value grids — each
// band a shaded row of field names with the values in the row beneath — the period in loose
// dotted dates joined by a tilde, then the insurer's clauses beside the signature block.
void DrawGuaranteeColumnBands(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const GuaranteeData& d = spec.guarantee;
  const double x = 40, width = canvas.width() - 80;
  const Rgb teal{0.0, 0.36, 0.42};
  const Rgb shade{0.9, 0.95, 0.95};
  TextStyle brand;
  brand.size = 13;
  brand.bold = true;
  brand.color = teal;
  canvas.Text(x, 30, "SGI서울보증", brand);
  TextStyle meta;
  meta.size = 8.5;
  meta.color = kGray;
  meta.align = Align::kRight;
  canvas.Text(x + width, 26, "보험종목 : 지급보증보험(보조금 선급금)", meta);
  canvas.Text(x + width, 40, "증권발행점 : 대전지점", meta);
  TextStyle title;
  title.size = 22;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 30, Spaced("보증보험증권"), title);
  canvas.FillRect(x, 66, width, 2.5, teal);

  TextStyle head;
  head.size = 9.5;
  head.bold = true;
  head.align = Align::kCenter;
  TextStyle value;
  value.size = 11;
  value.align = Align::kCenter;
  double y = 82;
  // One band: the field names across a shaded row, the values in the row beneath.
  auto band = [&](const std::vector<std::pair<std::string, double>>& cols, const std::vector<std::string>& values) {
    double cx = x;
    for (size_t i = 0; i < cols.size(); ++i) {
      const double cw = cols[i].second * width;
      canvas.FillRect(cx, y, cw, 22, shade);
      canvas.Rect(cx, y, cw, 22, 0.6, teal);
      canvas.TextInBox(cx, y, cw, 22, cols[i].first, head);
      canvas.Rect(cx, y + 22, cw, 32, 0.6, teal);
      canvas.TextInBox(cx, y + 22, cw, 32, values[i], FitWidth(canvas, values[i], value, cw - 10));
      cx += cw;
    }
    y += 54 + 12;
  };
  band({{"증권번호", 0.3}, {"발행일자", 0.2}, {"보험료", 0.2}, {"납입방법", 0.3}},
       {d.policy_number, d.issued.DottedLoose(), FormatWon(d.insured_amount / 100 * 3 / 10 * 10 + 10000) + "원",
        "일시납 (납입완료)"});
  band({{"보험계약자", 0.3}, {"사업자등록번호", 0.2}, {"주소", 0.5}},
       {d.policyholder, d.policyholder_brn, d.policyholder_address});
  band({{"피보험자", 0.3}, {"주소", 0.7}}, {d.insured, d.insured_address});
  const std::string amount = d.amount_in_words
                                 ? "금 " + AmountInKoreanWords(d.insured_amount) + "원정 (₩" +
                                       FormatWon(d.insured_amount) + ")"
                                 : "₩" + FormatWon(d.insured_amount);
  band({{"보험가입금액", 0.5}, {"보험기간", 0.5}},
       {amount, d.start.DottedLoose() + " ~ " + d.end.DottedLoose()});
  band({{"계약명(보증내용)", 1.0}}, {d.contract_title});

  // Clauses on the left, the issuing statement and seal on the right.
  const double clause_w = width * 0.56;
  TextStyle small;
  small.size = 8.5;
  small.color = Rgb{0.25, 0.25, 0.25};
  double cy = y + 4;
  canvas.Text(x, cy, "[특별약관 및 기재사항]", TextStyle{9.5, true, Align::kLeft, kBlack, ""});
  cy += 18;
  for (const std::string clause :
       {"1. 이 증권은 보험계약자가 주계약에 따른 보조금 반환채무를 이행하지 아니하여 피보험자가 입은 손해를 "
        "보험가입금액 한도 내에서 보상합니다.",
        "2. 보험기간 개시일 이전에 발생한 채무불이행에 대하여는 보상하지 아니합니다.",
        "3. 이 증권은 전자증권으로 발행되었으며 출력물은 원본과 같은 효력이 있습니다."}) {
    cy += ParagraphByWords(canvas, x, cy, clause_w, clause, small, 1.35) + 2;
  }
  TextStyle body;
  body.size = 11;
  body.align = Align::kCenter;
  const double sx = x + clause_w + (width - clause_w) / 2;
  canvas.Text(sx, y + 8, "위와 같이 보험계약을 체결하였음을 증명합니다.", body);
  canvas.Text(sx, y + 32, d.issued.Korean(), body);
  TextStyle company = body;
  company.size = 14;
  company.bold = true;
  const std::string signer = "서울보증보험주식회사 대표이사";
  canvas.Text(sx, y + 62, signer, company);
  cairo_new_path(canvas.cairo());  // no stray line from the text's current point to the seal
  canvas.Seal(sx + canvas.MeasureWidth(signer, company) / 2 + 26, y + 70, 19, "서울보증", rng);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (fifth set).
void DrawGuaranteeClauseList(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const GuaranteeData& d = spec.guarantee;
  const double x = 64, width = canvas.width() - 128;
  const std::string serif(kNanumMyeongjo);
  const Rgb brown{0.5, 0.3, 0.12};
  canvas.Rect(28, 28, canvas.width() - 56, canvas.height() - 56, 1.2, brown);
  TextStyle corp;
  corp.size = 12;
  corp.bold = true;
  corp.color = brown;
  corp.family = serif;
  const char* const insurers[] = {"서울보증보험주식회사", "SGI서울보증"};
  const std::string insurer = insurers[rng.Int(0, 1)];
  canvas.Text(x, 50, insurer, corp);
  TextStyle title;
  title.size = 22;
  title.bold = true;
  title.align = Align::kCenter;
  title.family = serif;
  canvas.Text(x + width / 2, 90, "지 급 보 증 서", title);
  TextStyle sub;
  sub.size = 10;
  sub.align = Align::kCenter;
  sub.family = serif;
  canvas.Text(x + width / 2, 124, "(보증보험증권)", sub);

  TextStyle body;
  body.size = 11;
  body.family = serif;
  double y = 160;
  y += ParagraphByWords(canvas, x, y, width,
                        "당사는 아래 보증의뢰인이 보증채권자에게 부담하는 채무의 이행을 보증하며, 그 내용은 다음과 같습니다.",
                        body, 1.6);
  y += 18;
  TextStyle center = body;
  center.align = Align::kCenter;
  canvas.Text(x + width / 2, y, "- 다    음 -", center);
  y += 34;
  // Numbered clauses, key then value after a colon at a fixed tab.
  const double tab = 150;
  const std::string amount = "금 " + AmountInKoreanWords(d.insured_amount) + "원정 (₩" +
                             FormatWon(d.insured_amount) + ")";
  const std::vector<std::pair<std::string, std::string>> items = {
      {"1. 증 서 번 호", d.policy_number},
      {"2. 보증의뢰인", d.policyholder},
      {"    사업자번호", d.policyholder_brn},
      {"3. 보증채권자", d.insured},
      {"4. 보 증 금 액", amount},
      {"5. 보 증 기 간", d.start.Iso() + " ~ " + d.end.Iso()},
      {"6. 주 계 약 명", d.contract_title},
  };
  for (const auto& [key, value] : items) {
    canvas.Text(x, y, key, body);
    canvas.Text(x + tab - 14, y, ":", body);
    y += ParagraphByWords(canvas, x + tab, y, width - tab, value, body, 1.5) + 12;
  }
  y += 16;
  y += ParagraphByWords(canvas, x, y, width,
                        "보증채권자는 보증기간 안에 생긴 보증사고에 대하여 보증금액을 한도로 보험금을 청구할 수 "
                        "있습니다. 보증의뢰인의 주소는 " + d.policyholder_address + "입니다.",
                        body, 1.6);
  y += 30;
  canvas.Text(x + width / 2, y, d.issued.Korean(), center);
  y += 44;
  TextStyle sign = body;
  sign.size = 14;
  sign.bold = true;
  sign.align = Align::kCenter;
  canvas.Text(x + width / 2, y, insurer + "  대표이사", sign);
  cairo_new_path(canvas.cairo());  // no stray line from the text's current point to the seal
  canvas.Seal(x + width / 2 + 150, y + 10, 22, "보증보험", rng);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (sixth set).
void DrawGuaranteeGroupedGrid(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const GuaranteeData& d = spec.guarantee;
  const double w = canvas.width(), x = 58, width = w - 116;
  const Rgb plum{0.42, 0.16, 0.36};
  const Rgb shade{0.96, 0.93, 0.95};
  // Certificate paper: a double frame with small corner blocks.
  canvas.Rect(26, 26, w - 52, 566, 2.0, plum);
  canvas.Rect(31, 31, w - 62, 556, 0.5, plum);
  for (const auto& [cx, cy] : {std::pair{26.0, 26.0}, std::pair{w - 36.0, 26.0}, std::pair{26.0, 582.0},
                               std::pair{w - 36.0, 582.0}}) {
    canvas.FillRect(cx, cy, 10, 10, plum);
  }
  TextStyle brand;
  brand.size = 12;
  brand.bold = true;
  brand.color = plum;
  canvas.Text(x, 46, "서울보증보험", brand);
  TextStyle cell;
  cell.size = 9.5;
  DrawRow(canvas, x + width - 218, 42, 24, {Cell{"증권번호", 64, true}, Cell{d.policy_number, 154}},
          FitWidth(canvas, d.policy_number, cell, 144), plum, 0.6, shade);
  TextStyle title;
  title.size = 23;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 80, Spaced("보험증권"), title);
  TextStyle sub;
  sub.size = 10;
  sub.color = plum;
  sub.align = Align::kCenter;
  canvas.Text(x + width / 2, 114, "지급보증보험 · 보조금 선급금 반환보증용", sub);

  // Rows grouped under a caption written downwards at the left of each block.
  const double gw = 26, lw = 96, vw = width - gw - lw;
  double y = 142;
  TextStyle group = cell;
  group.bold = true;
  group.size = 10;
  group.color = plum;
  using Rows = std::vector<std::pair<std::string, std::vector<std::string>>>;  // label, value lines
  auto block = [&](const char* caption, const Rows& rows) {
    const double top = y;
    for (const auto& [label, lines] : rows) {
      const double h = 12 + 15.0 * static_cast<double>(lines.size());
      DrawRow(canvas, x + gw, y, h, {Cell{label, lw, true}, Cell{"", vw}}, cell, plum, 0.6, shade);
      for (size_t i = 0; i < lines.size(); ++i) {
        canvas.Text(x + gw + lw + 6, y + 6 + 15.0 * static_cast<double>(i), lines[i],
                    FitWidth(canvas, lines[i], cell, vw - 12));
      }
      y += h;
    }
    canvas.FillRect(x, top, gw, y - top, shade);
    canvas.Rect(x, top, gw, y - top, 0.9, plum);
    DrawStackedCaption(canvas, x, top, gw, y - top, caption, group);
  };
  const int64_t premium = d.insured_amount / 100 * 3 / 10 * 10 + 10000;
  std::string amount = "금 " + FormatWon(d.insured_amount) + "원";
  if (d.amount_in_words) amount += " (금" + AmountInKoreanWords(d.insured_amount) + "원정)";
  block("계약자", {{"상호 (성명)", {d.policyholder}},
                   {"사업자번호", {d.policyholder_brn}},
                   {"소 재 지", {d.policyholder_address}}});
  block("피보험자", {{"명    칭", {d.insured}}, {"소 재 지", {d.insured_address}}});
  block("보험계약", {{"가입금액", {amount}},
                     {"보험기간", {"자  " + d.start.Korean() + "  0시", "지  " + d.end.Korean() + "  24시"}},
                     {"주 계 약", {d.contract_title}},
                     {"보 험 료", {FormatWon(premium) + "원 (일시납)"}}});
  canvas.Rect(x, 142, width, y - 142, 1.3, plum);

  TextStyle body;
  body.size = 10;
  y += 20;
  y += ParagraphByWords(canvas, x, y, width,
                        "본 증권은 계약자가 주계약에서 정한 보조금 반환 등의 채무를 이행하지 않아 피보험자가 입은 "
                        "손해를 가입금액 한도 안에서 보상함을 증명합니다.",
                        body, 1.55);
  y += 10;
  TextStyle right = body;
  right.align = Align::kRight;
  canvas.Text(x + width, y, "발행일 : " + d.issued.DottedLoose(), right);
  y += 28;
  TextStyle company = body;
  company.size = 14;
  company.bold = true;
  company.align = Align::kRight;
  const std::string signer = "서울보증보험주식회사 대표이사";
  canvas.Text(x + width - 40, y, signer, company);
  cairo_new_path(canvas.cairo());  // no stray line from the text's current point to the seal
  canvas.Seal(x + width - 16, y + 9, 19, "서울보증", rng);

  // Below the certificate: a tear-off premium receipt.
  double sy = 618;
  for (double dx = 26; dx < w - 26; dx += 8) canvas.Line(dx, sy, dx + 4, sy, 0.6, kGray);
  TextStyle cut;
  cut.size = 7.5;
  cut.color = kGray;
  cut.align = Align::kCenter;
  canvas.FillRect(w / 2 - 30, sy - 6, 60, 12, Rgb{1, 1, 1});
  canvas.Text(w / 2, sy - 5, "절 취 선", cut);
  sy += 22;
  TextStyle stub_title;
  stub_title.size = 13;
  stub_title.bold = true;
  canvas.Text(x, sy, "보험료 영수증", stub_title);
  TextStyle stub_note = cut;
  stub_note.align = Align::kRight;
  canvas.Text(x + width, sy + 4, "(계약자 보관용)", stub_note);
  sy += 26;
  const double sw = width / 2;
  DrawRow(canvas, x, sy, 24,
          {Cell{"증권번호", 70, true}, Cell{d.policy_number, sw - 70}, Cell{"계약자", 70, true},
           Cell{d.policyholder, sw - 70}},
          FitWidth(canvas, d.policyholder, cell, sw - 80), plum, 0.6, shade);
  sy += 24;
  DrawRow(canvas, x, sy, 24,
          {Cell{"보험료", 70, true}, Cell{"₩" + FormatWon(premium), sw - 70}, Cell{"납입일", 70, true},
           Cell{d.issued.Dotted(), sw - 70}},
          cell, plum, 0.6, shade);
  sy += 40;
  canvas.Text(x, sy, "위 금액을 정히 영수합니다.", body);
  canvas.Text(x + width, sy, "서울보증보험(주) 수납", right);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (seventh set).
void DrawGuaranteeCooperativeBond(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const GuaranteeData& d = spec.guarantee;
  const double x = 54, width = canvas.width() - 108;
  const Rgb navy{0.1, 0.22, 0.42};
  const Rgb shade{0.92, 0.94, 0.97};
  TextStyle brand;
  brand.size = 13;
  brand.bold = true;
  brand.color = navy;
  canvas.Text(x, 38, "소프트웨어공제조합", brand);
  TextStyle brand_en;
  brand_en.size = 7.5;
  brand_en.color = kGray;
  canvas.Text(x, 58, "Korea Software Financial Cooperative", brand_en);
  TextStyle cell;
  cell.size = 9.5;
  const double box_x = x + width - 236;
  DrawRow(canvas, box_x, 34, 22, {Cell{"보증서번호", 70, true}, Cell{d.policy_number, 166, false, Align::kCenter}},
          FitWidth(canvas, d.policy_number, cell, 156), navy, 0.6, shade);
  DrawRow(canvas, box_x, 56, 22, {Cell{"발급일자", 70, true}, Cell{d.issued.Dotted(), 166, false, Align::kCenter}},
          cell, navy, 0.6, shade);

  TextStyle title;
  title.size = 23;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 100, Spaced("선급금보증서"), title);
  TextStyle sub;
  sub.size = 10;
  sub.color = navy;
  sub.align = Align::kCenter;
  canvas.Text(x + width / 2, 134, "(보조금 선급금 반환채무 지급보증)", sub);

  TextStyle body;
  body.size = 10.5;
  double y = 166;
  y += ParagraphByWords(canvas, x, y, width,
                        "조합은 아래 채무자(조합원)가 채권자에게 부담하는 선급금 반환채무의 이행을 다음과 같이 "
                        "보증합니다.",
                        body, 1.5);
  y += 14;
  TextStyle heading = body;
  heading.bold = true;
  heading.color = navy;

  // The parties as the two value columns of one table.
  canvas.Text(x, y, "1. 보증 당사자", heading);
  y += 22;
  const double lw = 104, pw = (width - lw) / 2;
  DrawRow(canvas, x, y, 26,
          {Cell{"구    분", lw, true}, Cell{"채 권 자", pw, true}, Cell{"채 무 자 (조합원)", pw, true}},
          heading, navy, 0.6, shade);
  y += 26;
  const std::pair<const char*, std::pair<std::string, std::string>> parties[] = {
      {"상호 또는 명칭", {d.insured, d.policyholder}},
      {"사업자등록번호", {"—", d.policyholder_brn}},
      {"소  재  지", {d.insured_address, d.policyholder_address}},
  };
  for (const auto& [label, values] : parties) {
    DrawRow(canvas, x, y, 28, {Cell{label, lw, true}, Cell{"", pw}, Cell{"", pw}}, cell, navy, 0.6, shade);
    TextStyle v = cell;
    v.size = 10;
    v.align = Align::kCenter;
    canvas.TextInBox(x + lw, y, pw, 28, values.first, FitWidth(canvas, values.first, v, pw - 10));
    canvas.TextInBox(x + lw + pw, y, pw, 28, values.second, FitWidth(canvas, values.second, v, pw - 10));
    y += 28;
  }
  y += 18;

  canvas.Text(x, y, "2. 보증 내용", heading);
  y += 22;
  const int64_t fee = d.insured_amount * 6 / 1000 / 10 * 10;
  std::string amount = "₩" + FormatWon(d.insured_amount);
  if (d.amount_in_words) amount += "  (금 " + AmountInKoreanWords(d.insured_amount) + "원정)";
  const std::pair<const char*, std::string> terms[] = {
      {"주 계 약 명", d.contract_title},
      {"보 증 금 액", amount},
      {"보 증 기 간", d.start.DottedLoose() + " 부터  " + d.end.DottedLoose() + " 까지  (" +
                          std::to_string(d.end.Days() - d.start.Days() + 1) + "일간)"},
      {"보 증 종 류", "선급금 보증 (보조금 선급 반환)"},
      {"보증수수료", FormatWon(fee) + "원 (납부완료)"},
  };
  for (const auto& [label, text] : terms) {
    DrawRow(canvas, x, y, 30, {Cell{label, lw, true}, Cell{"", width - lw}}, cell, navy, 0.6, shade);
    TextStyle v = cell;
    v.size = 10.5;
    v.bold = text == amount;
    canvas.TextInBox(x + lw + 4, y, width - lw - 4, 30, text, FitWidth(canvas, text, v, width - lw - 16));
    y += 30;
  }
  y += 18;

  canvas.Text(x, y, "3. 특약사항", heading);
  y += 22;
  TextStyle small = cell;
  small.size = 9;
  small.color = Rgb{0.25, 0.25, 0.25};
  for (const char* clause :
       {"가. 조합은 채무자가 주계약에 따라 지급받은 선급금을 반환하지 아니한 경우 보증금액 한도 안에서 채권자에게 "
        "보증채무를 이행합니다.",
        "나. 보증기간 개시 전에 발생한 채무 및 채권자의 귀책사유로 생긴 손해는 보증하지 아니합니다.",
        "다. 이 보증서는 전자문서로 발급되었으며 출력본은 원본과 같은 효력이 있습니다."}) {
    y += ParagraphByWords(canvas, x + 6, y, width - 6, clause, small, 1.4) + 3;
  }
  y += 24;
  TextStyle center = body;
  center.align = Align::kCenter;
  canvas.Text(x + width / 2, y, "위와 같이 보증합니다.", center);
  y += 30;
  canvas.Text(x + width / 2, y, d.issued.KoreanLoose(), center);
  y += 44;
  TextStyle sign = center;
  sign.size = 16;
  sign.bold = true;
  const std::string signer = "소프트웨어공제조합 이사장";
  canvas.Text(x + width / 2, y, signer, sign);
  DrawSquareSeal(canvas, x + width / 2 + canvas.MeasureWidth(signer, sign) / 2 + 6, y - 12, 46,
                 {"공제조합", "이사장인"}, rng);
  TextStyle footer = brand_en;
  footer.size = 8;
  ParagraphByWords(canvas, x, canvas.height() - 62, width,
                   "※ 보증서의 진위는 조합 홈페이지의 '보증서 진위확인' 메뉴에서 보증서번호와 보증금액을 입력하여 "
                   "확인할 수 있습니다.",
                   footer, 1.35);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

namespace {

void RoundedBox(cairo_t* cr, double x, double y, double w, double h, double r, Rgb stroke, double line,
                const Rgb* fill) {
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_new_sub_path(cr);
  cairo_arc(cr, x + w - r, y + r, r, -M_PI / 2, 0);
  cairo_arc(cr, x + w - r, y + h - r, r, 0, M_PI / 2);
  cairo_arc(cr, x + r, y + h - r, r, M_PI / 2, M_PI);
  cairo_arc(cr, x + r, y + r, r, M_PI, 3 * M_PI / 2);
  cairo_close_path(cr);
  if (fill != nullptr) {
    cairo_set_source_rgb(cr, fill->r, fill->g, fill->b);
    cairo_fill_preserve(cr);
  }
  cairo_set_source_rgb(cr, stroke.r, stroke.g, stroke.b);
  cairo_set_line_width(cr, line);
  cairo_stroke(cr);
  cairo_restore(cr);
}

}  // namespace

// Held out (eighth set).
void DrawGuaranteeInquiryScreen(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const GuaranteeData& d = spec.guarantee;
  const double w = canvas.width(), x = 44, width = w - 88;
  const Rgb red{0.76, 0.1, 0.16};
  const Rgb ink{0.2, 0.2, 0.24};
  const Rgb line{0.8, 0.8, 0.82};
  const Rgb pale{0.965, 0.965, 0.97};
  cairo_t* cr = canvas.cairo();
  // The insurer's site header as its print view keeps it.
  TextStyle brand;
  brand.size = 16;
  brand.bold = true;
  brand.color = red;
  brand.family = "NanumSquare";
  canvas.Text(x, 30, "SGI서울보증", brand);
  TextStyle menu;
  menu.size = 8.5;
  menu.color = kGray;
  menu.align = Align::kRight;
  canvas.Text(x + width, 36, "개인  |  기업  |  보험증권 조회  |  고객센터 1670-7000", menu);
  canvas.Line(x, 60, x + width, 60, 0.6, line);
  TextStyle crumb = menu;
  crumb.align = Align::kLeft;
  canvas.Text(x, 68, "홈 > 기업 > 증권/보상 > 보험증권 조회", crumb);
  TextStyle title;
  title.size = 18;
  title.bold = true;
  title.color = ink;
  canvas.Text(x, 88, "보험증권 조회", title);
  const Date viewed = d.issued.AddDays(rng.Int(0, 4));
  TextStyle when = menu;
  canvas.Text(x + width, 98, "조회일시 " + viewed.Dotted() + " " + Pad(rng.Int(9, 18), 2) + ":" + Pad(rng.Int(0, 59), 2),
              when);

  // Tabs, the first one selected.
  double y = 124;
  const char* const tabs[] = {"증권 내용", "특별약관", "보험료 납입"};
  TextStyle tab;
  tab.size = 10;
  tab.align = Align::kCenter;
  for (int i = 0; i < 3; ++i) {
    const double tx = x + 104.0 * i;
    if (i != 0) canvas.FillRect(tx, y, 104, 26, pale);
    canvas.Rect(tx, y, 104, 26, i == 0 ? 1.0 : 0.5, i == 0 ? ink : line);
    TextStyle t = tab;
    t.bold = i == 0;
    t.color = i == 0 ? ink : kGray;
    canvas.TextInBox(tx, y, 104, 26, tabs[i], t);
  }
  canvas.Line(x + 312, y + 26, x + width, y + 26, 1.0, ink);
  y += 44;

  // Three summary cards: caption above, figure below.
  const int64_t premium = d.insured_amount / 100 * 3 / 10 * 10 + 10000;
  const double gap = 12, card_w = (width - 2 * gap) / 3, card_h = 72;
  // Captions a shade darker than the page's light grey so a bilevel scan keeps them.
  TextStyle card_caption;
  card_caption.size = 9;
  card_caption.color = Rgb{0.28, 0.28, 0.3};
  TextStyle card_value;
  card_value.size = 13.5;
  card_value.bold = true;
  card_value.color = ink;
  TextStyle card_note = card_caption;
  card_note.size = 7.5;
  card_note.color = kGray;
  const std::string cards[][3] = {
      {"증권번호", d.policy_number, "전자증권 · 정상"},
      {"보험가입금액", "₩" + FormatWon(d.insured_amount),
       d.amount_in_words ? "(금 " + AmountInKoreanWords(d.insured_amount) + "원정)" : "지급보증 보상한도"},
      {"보험료", FormatWon(premium) + "원", "일시납 · 납입완료"},
  };
  for (int i = 0; i < 3; ++i) {
    const double cx = x + (card_w + gap) * i;
    RoundedBox(cr, cx, y, card_w, card_h, 6, line, 0.8, &pale);
    canvas.Text(cx + 12, y + 10, cards[i][0], card_caption);
    canvas.Text(cx + 12, y + 27, cards[i][1], FitWidth(canvas, cards[i][1], card_value, card_w - 22));
    canvas.Text(cx + 12, y + 52, cards[i][2], FitWidth(canvas, cards[i][2], card_note, card_w - 22));
  }
  y += card_h + 30;

  // The period as a bar from the day cover starts to the day it ends.
  TextStyle section;
  section.size = 11.5;
  section.bold = true;
  section.color = ink;
  canvas.Text(x, y, "보험기간", section);
  TextStyle days = card_caption;
  days.align = Align::kRight;
  canvas.Text(x + width, y + 3, "총 " + std::to_string(d.end.Days() - d.start.Days() + 1) + "일", days);
  y += 30;
  const double bar_l = x + 60, bar_r = x + width - 60, bar_y = y + 18;
  canvas.Line(bar_l, bar_y, bar_r, bar_y, 4, Rgb{0.62, 0.62, 0.65});
  const double done = std::clamp(static_cast<double>(viewed.Days() - d.start.Days()) /
                                     static_cast<double>(std::max<int64_t>(1, d.end.Days() - d.start.Days())),
                                 0.02, 1.0);
  canvas.Line(bar_l, bar_y, bar_l + (bar_r - bar_l) * done, bar_y, 4, red);
  for (const double px : {bar_l, bar_r}) {
    cairo_new_path(cr);
    cairo_save(cr);
    cairo_set_source_rgb(cr, px == bar_l ? red.r : 0.6, px == bar_l ? red.g : 0.6, px == bar_l ? red.b : 0.62);
    cairo_arc(cr, px, bar_y, 6, 0, 2 * M_PI);
    cairo_fill(cr);
    cairo_restore(cr);
  }
  TextStyle end_caption = card_caption;
  end_caption.align = Align::kCenter;
  TextStyle end_value = card_value;
  end_value.size = 11.5;
  end_value.align = Align::kCenter;
  canvas.Text(bar_l, y - 6, "개시", end_caption);
  canvas.Text(bar_r, y - 6, "만료", end_caption);
  canvas.Text(bar_l, bar_y + 12, d.start.Dotted() + " 00:00", end_value);
  canvas.Text(bar_r, bar_y + 12, d.end.Dotted() + " 24:00", end_value);
  y = bar_y + 50;

  // The parties, side by side: captions left, values set flush right.
  canvas.Text(x, y, "계약 관계자", section);
  y += 26;
  const double pw = (width - gap) / 2, rh = 26;
  TextStyle key;
  key.size = 9.5;
  key.color = card_caption.color;
  TextStyle val;
  val.size = 10.5;
  val.color = ink;
  val.align = Align::kRight;
  auto party = [&](double px, const char* heading, const std::vector<std::pair<std::string, std::string>>& rows) {
    RoundedBox(cr, px, y, pw, 30 + rh * 3 + 6, 6, line, 0.8, nullptr);
    TextStyle head = section;
    head.size = 10.5;
    canvas.Text(px + 12, y + 9, heading, head);
    canvas.Line(px, y + 30, px + pw, y + 30, 0.5, line);
    double ry = y + 30 + 6;
    for (const auto& [label, text] : rows) {
      canvas.Text(px + 12, ry + 5, label, key);
      canvas.Text(px + pw - 12, ry + 4, text, FitWidth(canvas, text, val, pw - 100));
      ry += rh;
    }
  };
  party(x, "보험계약자 (채무자)",
        {{"상호", d.policyholder}, {"사업자등록번호", d.policyholder_brn}, {"소재지", d.policyholder_address}});
  party(x + pw + gap, "피보험자 (채권자)", {{"명칭", d.insured}, {"소재지", d.insured_address}, {"구분", "공공기관"}});
  y += 30 + rh * 3 + 6 + 30;

  // The contract, as plain rows under hairlines.
  canvas.Text(x, y, "주계약 및 보증내용", section);
  y += 24;
  canvas.Line(x, y, x + width, y, 1.0, ink);
  const std::pair<const char*, std::string> facts[] = {
      {"보험종목", "지급보증보험 (보조금 선급금 반환)"},
      {"주계약명", d.contract_title},
      {"증권발행일", d.issued.Dotted()},
      {"발행형태", "전자증권 (피보험자 전자 송부 완료)"},
  };
  for (const auto& [label, text] : facts) {
    canvas.FillRect(x, y, 110, 28, pale);
    canvas.Text(x + 12, y + 8, label, key);
    TextStyle v = val;
    v.align = Align::kLeft;
    canvas.Text(x + 124, y + 7, text, FitWidth(canvas, text, v, width - 134));
    y += 28;
    canvas.Line(x, y, x + width, y, 0.5, line);
  }
  y += 22;
  TextStyle note;
  note.size = 8.5;
  note.color = Rgb{0.35, 0.35, 0.35};
  canvas.FillRect(x, y, width, 46, pale);
  ParagraphByWords(canvas, x + 12, y + 9, width - 24,
                   "※ 이 화면은 조회 시점의 보험증권 내용을 출력한 것입니다. 증권 원본은 '증권 출력' 메뉴에서 "
                   "발급받을 수 있으며, 진위는 증권번호로 확인할 수 있습니다.",
                   note, 1.4);
  y += 46 + 22;
  // The page's buttons come out on paper too.
  TextStyle button;
  button.size = 9.5;
  button.align = Align::kCenter;
  const char* const buttons[] = {"증권 출력", "목록"};
  for (int i = 0; i < 2; ++i) {
    const double bx = w / 2 - 84 + 92.0 * i;
    const Rgb fill = i == 0 ? ink : Rgb{1, 1, 1};
    RoundedBox(cr, bx, y, 76, 24, 4, ink, 0.8, &fill);
    TextStyle b = button;
    b.color = i == 0 ? Rgb{1, 1, 1} : ink;
    canvas.TextInBox(bx, y, 76, 24, buttons[i], b);
  }
  TextStyle url = menu;
  url.size = 7;
  url.align = Align::kLeft;
  canvas.Text(x - 10, canvas.height() - 24, "https://www.sgic.co.kr/biz/policy/inquiry/detail", url);
  url.align = Align::kRight;
  canvas.Text(x + width + 10, canvas.height() - 24, "1 / 1", url);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (ninth set).
void DrawGuaranteePartyRows(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const GuaranteeData& d = spec.guarantee;
  const double x = 46, width = canvas.width() - 92;
  const Rgb navy{0.1, 0.2, 0.42};
  const Rgb shade{0.92, 0.94, 0.97};
  // A running page header: the insurer at the left, the policy number at the right.
  TextStyle header;
  header.size = 8;
  header.color = kGray;
  canvas.Text(x, 26, "서울보증보험주식회사", header);
  TextStyle header_right = header;
  header_right.align = Align::kRight;
  canvas.Text(x + width, 26, "증권번호 " + d.policy_number, header_right);
  canvas.Line(x, 40, x + width, 40, 0.5, kGray);

  TextStyle title;
  title.size = 20;
  title.bold = true;
  title.color = navy;
  title.align = Align::kCenter;
  title.family = std::string(kNotoSerifKr);
  canvas.Text(x + width / 2, 62, "보증보험증권", title);
  TextStyle subtitle;
  subtitle.size = 10;
  subtitle.align = Align::kCenter;
  canvas.Text(x + width / 2, 94, "( 이행지급보증 · 보조금 선급금 )", subtitle);

  // The parties as rows of one table: role, name, number, address.
  TextStyle head;
  head.size = 9;
  head.bold = true;
  TextStyle cell;
  cell.size = 9.5;
  double y = 124;
  const std::vector<double> pw = {72, 130, 96, width - 298};
  const std::vector<Cell> party_head = {{"구 분", pw[0], true},
                                        {"상호 또는 성명", pw[1], true},
                                        {"사업자등록번호", pw[2], true},
                                        {"주 소", pw[3], true}};
  DrawRow(canvas, x, y, 22, party_head, head, navy, 0.7, shade);
  y += 22;
  auto party = [&](const std::string& role, const std::string& name, const std::string& number,
                   const std::string& address) {
    const std::vector<Cell> row = {{role, pw[0], true},
                                   {"", pw[1]},
                                   {number, pw[2], false, Align::kCenter},
                                   {"", pw[3]}};
    DrawRow(canvas, x, y, 40, row, head, navy, 0.7, shade);
    canvas.TextInBox(x + pw[0], y, pw[1], 40, name, FitWidth(canvas, name, cell, pw[1] - 8));
    TextStyle small = cell;
    small.size = 8.5;
    ParagraphByWords(canvas, x + pw[0] + pw[1] + pw[2] + 5, y + 7, pw[3] - 10, address, small, 1.3);
    y += 40;
  };
  party("보험계약자", d.policyholder, d.policyholder_brn, d.policyholder_address);
  party("피보험자", d.insured, "-", d.insured_address);
  y += 18;

  // The cover itself: caption column, value column.
  TextStyle label = head;
  TextStyle value = cell;
  value.size = 10.5;
  const double lw = 110;
  auto line = [&](const std::string& caption, const std::string& text, double h, const TextStyle& style) {
    DrawRow(canvas, x, y, h, {{caption, lw, true}, {"", width - lw}}, label, navy, 0.7, shade);
    canvas.TextInBox(x + lw + 4, y, width - lw - 8, h, text, FitWidth(canvas, text, style, width - lw - 16));
    y += h;
  };
  TextStyle strong = value;
  strong.bold = true;
  line("증 권 번 호", "제 " + d.policy_number + " 호", 28, strong);
  line("보 험 종 목", "이행(지급)보증보험", 28, value);
  line("주 계 약 명", d.contract_title, 28, value);
  line("보험가입금액", d.amount_in_words ? "일금 " + AmountInKoreanWords(d.insured_amount) + "원정 (" +
                                            FormatWon(d.insured_amount) + "원)"
                                      : FormatWon(d.insured_amount) + "원",
       32, strong);
  line("보 험 기 간", d.start.Iso() + "  ~  " + d.end.Iso() + "  (양일 포함)", 32, strong);
  line("보 험 료", FormatWon(d.insured_amount * rng.Int(2, 6) / 10000 * 10) + "원 (영수필)", 28, value);
  line("특 기 사 항", "보조금 교부 조건에 따른 선급금 반환 채무를 보증함", 28, value);
  y += 26;

  TextStyle body;
  body.size = 10.5;
  y += ParagraphByWords(canvas, x, y, width,
                        "당사는 보험계약자가 위 주계약에서 정한 채무를 이행하지 아니함으로써 피보험자가 입은 손해를 "
                        "이 증권에 기재된 사항과 보통약관 및 특별약관에 따라 보상합니다.",
                        body, 1.6);
  y += 24;
  TextStyle date = body;
  date.align = Align::kCenter;
  canvas.Text(x + width / 2, y, d.issued.Korean(), date);
  y += 40;
  TextStyle signer = body;
  signer.size = 14;
  signer.bold = true;
  signer.align = Align::kCenter;
  const std::string name = "서울보증보험주식회사 대표이사";
  canvas.Text(x + width / 2, y, name, signer);
  DrawSquareSeal(canvas, x + width / 2 + canvas.MeasureWidth(name, signer) / 2 + 6, y - 14, 46,
                 {"서울보증", "보험인"}, rng);

  // A running footer with the page number and the verification line.
  TextStyle footer = header;
  const double fy = canvas.height() - 40;
  canvas.Line(x, fy - 8, x + width, fy - 8, 0.5, kGray);
  canvas.Text(x, fy, "진위확인: 홈페이지 > 증권 진위확인 (증권번호 입력)", footer);
  canvas.Text(x + width, fy, "1 / 1", header_right);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (tenth set).
void DrawGuaranteeMergedBlocks(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const GuaranteeData& d = spec.guarantee;
  const double w = canvas.width(), x = 50, width = w - 100;
  const Rgb wine{0.45, 0.1, 0.18};
  const Rgb shade{0.95, 0.91, 0.92};
  const Rgb sub_shade{0.985, 0.965, 0.97};
  const Rgb rule{0.55, 0.4, 0.44};
  cairo_t* cr = canvas.cairo();

  // Letterhead at the left, the policy number boxed at the right.
  TextStyle brand;
  brand.size = 14;
  brand.bold = true;
  brand.color = wine;
  canvas.Text(x, 40, "서울보증보험", brand);
  TextStyle gloss;
  gloss.size = 7.5;
  gloss.color = kGray;
  canvas.Text(x, 60, "SGI Seoul Guarantee Insurance Co.", gloss);
  const double nx = x + width - 220;
  canvas.FillRect(nx, 34, 78, 38, shade);
  canvas.Rect(nx, 34, 220, 38, 0.8, wine);
  canvas.Line(nx + 78, 34, nx + 78, 72, 0.6, wine);
  TextStyle nlabel;
  nlabel.size = 9;
  nlabel.bold = true;
  nlabel.align = Align::kCenter;
  canvas.Text(nx + 39, 41, "증권번호", nlabel);
  TextStyle nlabel_en = gloss;
  nlabel_en.size = 6.5;
  nlabel_en.align = Align::kCenter;
  canvas.Text(nx + 39, 55, "Policy No.", nlabel_en);
  TextStyle number;
  number.size = 10.5;
  number.bold = true;
  const std::string numbered = "제 " + d.policy_number + " 호";
  canvas.TextInBox(nx + 78, 34, 142, 38, numbered, FitWidth(canvas, numbered, number, 130));

  TextStyle title;
  title.size = 23;
  title.bold = true;
  title.align = Align::kCenter;
  title.family = std::string(kNotoSerifKr);
  canvas.Text(w / 2, 92, "지급보증보험증권", title);
  TextStyle title_en = gloss;
  title_en.size = 9;
  title_en.align = Align::kCenter;
  canvas.Text(w / 2, 128, "PAYMENT GUARANTEE INSURANCE POLICY", title_en);

  // Blocks: a merged caption cell (Korean over English) spanning the block's rows, a sub-caption
  // per row, and the value. A row without a sub-caption runs its value across both columns.
  const double lw = 104, sw = 88;
  TextStyle caption;
  caption.size = 10;
  caption.bold = true;
  caption.align = Align::kCenter;
  TextStyle caption_en = gloss;
  caption_en.size = 7;
  caption_en.align = Align::kCenter;
  TextStyle sub;
  sub.size = 9;
  sub.align = Align::kCenter;
  TextStyle value;
  value.size = 10.5;
  struct Line {
    std::string sub, text;
    bool strong = false;
  };
  double y = 152;
  canvas.Line(x, y, x + width, y, 1.6, wine);
  auto block = [&](const char* korean, const char* english, const std::vector<Line>& lines, double rh) {
    const double top = y;
    for (const Line& line : lines) {
      const double vx = line.sub.empty() ? x + lw : x + lw + sw;
      if (!line.sub.empty()) {
        canvas.FillRect(x + lw, y, sw, rh, sub_shade);
        canvas.Rect(x + lw, y, sw, rh, 0.5, rule);
        canvas.TextInBox(x + lw, y, sw, rh, line.sub, FitWidth(canvas, line.sub, sub, sw - 8));
      }
      canvas.Rect(vx, y, x + width - vx, rh, 0.5, rule);
      TextStyle v = value;
      v.bold = line.strong;
      canvas.TextInBox(vx + 2, y, x + width - vx - 4, rh, line.text, FitWidth(canvas, line.text, v, x + width - vx - 16));
      y += rh;
    }
    canvas.FillRect(x, top, lw, y - top, shade);
    canvas.Rect(x, top, lw, y - top, 0.5, rule);
    const double mid = top + (y - top) / 2;
    canvas.Text(x + lw / 2, mid - 12, korean, FitWidth(canvas, korean, caption, lw - 8));
    canvas.Text(x + lw / 2, mid + 3, english, FitWidth(canvas, english, caption_en, lw - 8));
  };
  block("보험계약자", "Principal",
        {{"상호(성명)", d.policyholder, true}, {"사업자등록번호", d.policyholder_brn}, {"주    소", d.policyholder_address}},
        27);
  block("피보험자", "Obligee", {{"명    칭", d.insured, true}, {"주    소", d.insured_address}}, 27);
  std::vector<Line> amount = {{"", "₩" + FormatWon(d.insured_amount), true}};
  if (d.amount_in_words) amount.push_back({"", "(금 " + AmountInKoreanWords(d.insured_amount) + "원정)"});
  block("보험가입금액", "Amount Insured", amount, amount.size() == 1 ? 36 : 24);
  block("보험기간", "Period of Insurance",
        {{"개시 (From)", d.start.Korean() + "  00:00 부터", true}, {"만료 (To)", d.end.Korean() + "  24:00 까지", true}},
        27);
  block("주계약", "Principal Contract", {{"", d.contract_title}}, 30);
  block("보증내용", "Coverage", {{"", "보조금(선급금) 반환채무의 지급 보증"}}, 30);
  const int64_t premium = d.insured_amount / 1000 * rng.Int(3, 7) + 10000;
  block("보험료", "Premium", {{"", FormatWon(premium) + "원 (일시납 · 영수필)"}}, 30);
  canvas.Line(x, y, x + width, y, 1.6, wine);
  y += 24;

  TextStyle body;
  body.size = 10.5;
  y += ParagraphByWords(canvas, x, y, width,
                        "당사는 보험계약자가 위 주계약에 따른 채무를 이행하지 아니함으로써 피보험자가 입은 손해를 이 "
                        "증권에 기재된 내용과 보통약관 및 특별약관에 따라 보험가입금액 한도 안에서 보상합니다.",
                        body, 1.6);
  TextStyle body_en = gloss;
  body_en.size = 8;
  y += ParagraphByWords(canvas, x, y + 2, width,
                        "This policy is issued in electronic form and the printed copy has the same effect as the "
                        "original.",
                        body_en, 1.35);
  y += 28;
  TextStyle centre = body;
  centre.align = Align::kCenter;
  canvas.Text(w / 2, y, "발행일  " + d.issued.KoreanLoose(), centre);
  y += 46;
  TextStyle signer = centre;
  signer.size = 15;
  signer.bold = true;
  const std::string name = "서울보증보험주식회사 대표이사";
  canvas.Text(w / 2, y, name, signer);
  cairo_new_path(cr);  // no stray line from the text's current point to the seal
  canvas.Seal(w / 2 + canvas.MeasureWidth(name, signer) / 2 + 15, y + 10, 20, "서울보증", rng);

  // The issuing office's round date stamp (일부인) at the left of the signature.
  const double cx = x + 44, cy = y - 8, r = 30;
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_translate(cr, cx, cy);
  cairo_rotate(cr, rng.Real(-0.25, 0.25));
  cairo_set_source_rgba(cr, kSealRed.r, kSealRed.g, kSealRed.b, 0.8);
  cairo_set_line_width(cr, 1.5);
  cairo_arc(cr, 0, 0, r, 0, 2 * M_PI);
  cairo_stroke(cr);
  cairo_move_to(cr, -r * 0.93, -7);
  cairo_line_to(cr, r * 0.93, -7);
  cairo_move_to(cr, -r * 0.93, 8);
  cairo_line_to(cr, r * 0.93, 8);
  cairo_stroke(cr);
  TextStyle stamp;
  stamp.size = 6.5;
  stamp.bold = true;
  stamp.color = kSealRed;
  stamp.align = Align::kCenter;
  canvas.Ink(0, -r * 0.62, "증권발행", stamp);
  stamp.size = 7;
  canvas.Ink(0, -5, d.issued.Dotted(), stamp);
  stamp.size = 6.5;
  canvas.Ink(0, 10, "기업영업부", stamp);
  cairo_restore(cr);

  // A barcode of the number for the insured's system, and the footer notes.
  const double bar_y = canvas.height() - 104;
  double bar_x = x;
  for (int i = 0; i < 72; ++i) {
    const double bar = static_cast<double>(rng.Int(1, 3)) * 0.85;
    if (i % 2 == 0) canvas.FillRect(bar_x, bar_y, bar, 28, kBlack);
    bar_x += bar;
  }
  TextStyle note = gloss;
  note.size = 8;
  ParagraphByWords(canvas, x + 170, bar_y, width - 170,
                   "※ 증권의 진위는 서울보증보험 홈페이지(www.sgic.co.kr) '증권 진위확인'에서 증권번호로 확인할 수 "
                   "있습니다. 보험금 청구 시 이 증권을 함께 제출하여 주십시오.",
                   note, 1.35);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (eleventh set).
void DrawGuaranteeSidebar(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const GuaranteeData& d = spec.guarantee;
  const double w = canvas.width(), h = canvas.height();
  const Rgb teal{0.0, 0.38, 0.42};
  const Rgb panel{0.92, 0.95, 0.95};
  const Rgb dim{0.38, 0.4, 0.42};
  const double margin = 40, side_w = 178, gap = 22;
  const double main_x = margin, main_w = w - 2 * margin - side_w - gap, side_x = w - margin - side_w;
  const int64_t premium = d.insured_amount * rng.Int(3, 7) / 10000 * 10;

  // Masthead across the page.
  TextStyle brand;
  brand.size = 15;
  brand.bold = true;
  brand.color = teal;
  canvas.Text(margin, 34, "서울보증보험", brand);
  TextStyle meta;
  meta.size = 7.5;
  meta.color = dim;
  meta.align = Align::kRight;
  canvas.Text(w - margin, 38, "전자증권 출력본  |  고객용", meta);
  canvas.Line(margin, 62, w - margin, 62, 2.0, teal);

  // The main column: title, the insuring sentence that names the parties, then the clauses
  // of the general and special terms in fine print.
  TextStyle title;
  title.size = 21;
  title.bold = true;
  title.family = std::string(kNotoSerifKr);
  canvas.Text(main_x, 80, "보증보험증권", title);
  TextStyle sub;
  sub.size = 9.5;
  sub.color = dim;
  canvas.Text(main_x, 114, "이행(지급)보증보험  ·  보조금 선급금 반환용", sub);
  TextStyle body;
  body.size = 9.5;
  double y = 142;
  y += ParagraphByWords(canvas, main_x, y, main_w,
                        "서울보증보험주식회사(이하 \"회사\")는 보험계약자 " + d.policyholder +
                            "이(가) 주계약에서 정한 채무를 이행하지 아니함으로써 피보험자 " + d.insured +
                            "이(가) 입은 손해를 이 증권에 적은 내용과 약관에 따라 보상합니다.",
                        body, 1.55) +
       10;
  TextStyle article;
  article.size = 7.8;
  article.bold = true;
  TextStyle clause;
  clause.size = 7.3;
  clause.color = Rgb{0.2, 0.2, 0.22};
  const std::pair<const char*, const char*> clauses[] = {
      {"제1조 (보상하는 손해)",
       "회사는 보험기간 안에 생긴 보험사고로 피보험자가 입은 손해를 증권에 적힌 보험가입금액을 한도로 보상합니다. "
       "보험사고란 보험계약자가 주계약에서 정한 채무를 이행하지 아니한 것을 말합니다."},
      {"제2조 (보상하지 않는 손해)",
       "피보험자의 고의 또는 중대한 과실로 생긴 손해, 천재지변이나 전쟁 등 불가항력으로 생긴 손해, 주계약에서 정하지 "
       "아니한 채무에 대한 손해는 보상하지 않습니다."},
      {"제3조 (보험금의 청구)",
       "피보험자는 보험사고가 생긴 것을 안 때에는 지체 없이 회사에 알리고, 보험금 청구서와 손해를 증명하는 서류를 "
       "제출하여야 합니다."},
      {"제4조 (보험금의 지급)",
       "회사는 청구에 필요한 서류를 받은 날부터 30일 안에 보험금을 지급합니다. 다만, 손해 조사가 필요한 경우에는 "
       "그 사유를 피보험자에게 알리고 지급 기일을 연장할 수 있습니다."},
      {"제5조 (구상권)",
       "회사가 보험금을 지급한 때에는 그 금액의 한도 안에서 피보험자가 보험계약자에 대하여 가지는 권리를 취득합니다."},
      {"제6조 (계약의 변경)",
       "주계약의 내용이 바뀌는 경우 보험계약자는 지체 없이 회사에 알리고 승인을 받아야 하며, 승인 없이 바뀐 부분에 "
       "대하여는 보상하지 않을 수 있습니다."},
      {"특별약관 제1조 (선급금 반환)",
       "이 특별약관은 보조금 교부 조건에 따라 미리 지급받은 선급금을 보험계약자가 반환하지 아니한 경우에 "
       "적용합니다. 이 경우 보험금은 반환하여야 할 금액 중 정산된 금액을 뺀 잔액으로 합니다."},
      {"특별약관 제2조 (전자증권)",
       "이 증권은 전자문서로 발행되어 피보험자에게 전자적으로 송부되며, 출력본은 원본과 같은 효력을 가집니다."},
  };
  for (const auto& [head, text] : clauses) {
    canvas.Text(main_x, y, head, article);
    y += canvas.LineHeight(article) * 1.35;
    y += ParagraphByWords(canvas, main_x, y, main_w, text, clause, 1.38) + 6;
  }

  // The sidebar: the schedule of the policy, caption above value, on a tinted column.
  const double side_top = 80, side_bottom = h - 150;
  canvas.FillRect(side_x, side_top, side_w, side_bottom - side_top, panel);
  canvas.FillRect(side_x, side_top, side_w, 26, teal);
  TextStyle side_head;
  side_head.size = 10;
  side_head.bold = true;
  side_head.color = Rgb{1, 1, 1};
  side_head.align = Align::kCenter;
  canvas.TextInBox(side_x, side_top, side_w, 26, "증 권 내 용", side_head);
  const double sx = side_x + 12, sw = side_w - 24;
  TextStyle cap;
  cap.size = 7.8;
  cap.color = teal;
  cap.bold = true;
  TextStyle val;
  val.size = 10;
  TextStyle val_strong = val;
  val_strong.bold = true;
  val_strong.size = 10.5;
  TextStyle val_small = val;
  val_small.size = 8.3;
  val_small.color = dim;
  double sy = side_top + 38;
  auto item = [&](const char* label, const std::vector<std::pair<std::string, TextStyle>>& lines) {
    canvas.Text(sx, sy, label, cap);
    sy += canvas.LineHeight(cap) * 1.3;
    for (const auto& [text, style] : lines) sy += ParagraphByWords(canvas, sx, sy, sw, text, style, 1.3);
    sy += 7;
    canvas.Line(sx, sy, sx + sw, sy, 0.5, Rgb{0.7, 0.78, 0.79});
    sy += 9;
  };
  item("증권번호", {{d.policy_number, FitWidth(canvas, d.policy_number, val_strong, sw)}});
  item("보험종목", {{"이행(지급)보증보험", val}});
  item("보험계약자", {{d.policyholder, val_strong}, {"사업자 " + d.policyholder_brn, val_small}});
  item("피보험자", {{d.insured, val_strong}});
  std::vector<std::pair<std::string, TextStyle>> amount = {{"₩" + FormatWon(d.insured_amount), val_strong}};
  if (d.amount_in_words) amount.push_back({"(금 " + AmountInKoreanWords(d.insured_amount) + "원정)", val_small});
  item("보험가입금액", amount);
  // The period over two lines, each date with its end word.
  item("보험기간", {{d.start.DottedLoose() + " 부터", val}, {d.end.DottedLoose() + " 까지", val}});
  item("보험료", {{FormatWon(premium) + "원 (영수필)", val}});
  item("발행일", {{d.issued.DottedLoose(), val}});
  TextStyle side_note = val_small;
  side_note.size = 7;
  ParagraphByWords(canvas, sx, std::max(sy, side_bottom - 44), sw,
                   "증권번호로 홈페이지에서 진위를 확인할 수 있습니다.", side_note, 1.3);

  // The signature across the foot of the page, and the page line.
  const double sign_y = h - 120;
  canvas.Line(margin, sign_y - 14, w - margin, sign_y - 14, 0.6, Rgb{0.7, 0.72, 0.74});
  TextStyle sign;
  sign.size = 12;
  sign.bold = true;
  sign.align = Align::kRight;
  const std::string signer = "서울보증보험주식회사  대표이사";
  canvas.Text(w - margin - 50, sign_y + 6, signer, sign);
  cairo_new_path(canvas.cairo());  // no stray line from the text's current point to the seal
  canvas.Seal(w - margin - 26, sign_y + 14, 19, "서울보증", rng);
  TextStyle foot = meta;
  foot.align = Align::kLeft;
  canvas.Text(margin, h - 40, "SGI서울보증 고객센터 1670-7000  |  www.sgic.co.kr", foot);
  canvas.Text(w - margin, h - 40, "1 / 1", meta);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (twelfth set).
void DrawGuaranteeBondNote(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const GuaranteeData& d = spec.guarantee;
  const double w = canvas.width(), h = canvas.height();
  const Rgb green{0.06, 0.33, 0.25};
  const Rgb pale{0.8, 0.88, 0.84};
  const Rgb dim{0.38, 0.4, 0.4};
  const Rgb serial{0.72, 0.1, 0.1};
  cairo_t* cr = canvas.cairo();

  // Bond paper: a border band of fine crossing lines between two rules, as security stock is
  // printed, and the insurer's initials large and faint in the middle. Ink only.
  const double outer = 18, band = 12;
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_rectangle(cr, outer, outer, w - 2 * outer, h - 2 * outer);
  cairo_rectangle(cr, outer + band, h - outer - band, w - 2 * (outer + band), -(h - 2 * (outer + band)));
  cairo_clip(cr);
  cairo_set_source_rgb(cr, pale.r, pale.g, pale.b);
  cairo_set_line_width(cr, 0.45);
  for (double t = -h; t < w + h; t += 4.5) {
    cairo_move_to(cr, t, 0);
    cairo_line_to(cr, t + h, h);
    cairo_move_to(cr, t, h);
    cairo_line_to(cr, t + h, 0);
  }
  cairo_stroke(cr);
  cairo_restore(cr);
  canvas.Rect(outer, outer, w - 2 * outer, h - 2 * outer, 1.2, green);
  canvas.Rect(outer + band, outer + band, w - 2 * (outer + band), h - 2 * (outer + band), 0.6, green);
  {
    TextStyle mark;
    mark.size = 150;
    mark.bold = true;
    mark.color = Rgb{0.95, 0.97, 0.96};
    mark.align = Align::kCenter;
    canvas.Ink(w / 2 + 40, h / 2 - 110, "SGI", mark);
  }

  // The title runs down a dark band at the left, one syllable a line.
  const double inner = outer + band, title_w = 62;
  canvas.FillRect(inner, inner, title_w, h - 2 * inner, green);
  TextStyle vertical;
  vertical.size = 17;
  vertical.bold = true;
  vertical.color = Rgb{1, 1, 1};
  vertical.family = std::string(kNotoSerifKr);
  DrawStackedCaption(canvas, inner, inner + 10, title_w, h - 2 * inner - 20, "지급보증보험증권", vertical);

  const double mx = inner + title_w + 26, right = w - inner - 20, mw = right - mx;
  // Number at the top left, in the numbering machine's red; the sum boxed at the top right as
  // on a cheque.
  TextStyle cap;
  cap.size = 8.5;
  cap.color = dim;
  canvas.Text(mx, 44, "증권번호  Policy No.", cap);
  TextStyle number;
  number.size = 14;
  number.bold = true;
  number.color = serial;
  number.family = "Noto Sans Mono CJK KR";
  canvas.Text(mx, 58, d.policy_number, number);
  TextStyle english = cap;
  english.size = 7.5;
  canvas.Text(mx, 88, "PAYMENT GUARANTEE INSURANCE POLICY", english);
  const double box_w = 262, box_h = d.amount_in_words ? 78 : 64, box_x = right - box_w, box_y = 40;
  canvas.FillRect(box_x, box_y, box_w, box_h, Rgb{1, 1, 1});
  canvas.Rect(box_x, box_y, box_w, box_h, 1.4, green);
  canvas.Rect(box_x + 3, box_y + 3, box_w - 6, box_h - 6, 0.5, green);
  canvas.Text(box_x + 12, box_y + 9, "보험가입금액", cap);
  TextStyle figure;
  figure.size = 21;
  figure.bold = true;
  figure.align = Align::kRight;
  const std::string amount = "₩" + FormatWon(d.insured_amount);
  canvas.Text(box_x + box_w - 14, box_y + 24, amount, FitWidth(canvas, amount, figure, box_w - 90));
  if (d.amount_in_words) {
    TextStyle words = cap;
    words.size = 9;
    words.color = kBlack;
    words.align = Align::kRight;
    const std::string text = "금 " + AmountInKoreanWords(d.insured_amount) + "원정";
    canvas.Text(box_x + box_w - 14, box_y + 56, text, FitWidth(canvas, text, words, box_w - 28));
  }
  double y = box_y + box_h + 22;
  canvas.Line(mx, y, right, y, 0.8, green);
  y += 18;

  // The insuring sentence names both parties and the contract; no grid of fields.
  TextStyle body;
  body.size = 12;
  body.family = std::string(kNotoSerifKr);
  y += ParagraphByWords(canvas, mx, y, mw,
                        "보험계약자 " + d.policyholder + " (사업자등록번호 " + d.policyholder_brn + ")이(가) 피보험자 " +
                            d.insured + "에 대하여 「" + d.contract_title +
                            "」에 따라 부담하는 보조금 반환 채무의 이행을 보증하기 위하여, 서울보증보험주식회사는 이 "
                            "증권에 적은 보험기간 중에 생긴 손해를 위 보험가입금액을 한도로 보상합니다.",
                        body, 1.85) +
       18;

  // Two rows of fields written on rules, the caption small above each rule.
  TextStyle value;
  value.size = 12;
  value.bold = true;
  TextStyle value_small = value;
  value_small.size = 10;
  value_small.bold = false;
  const double col_gap = 20, col_w = (mw - 2 * col_gap) / 3;
  // The fields take the middle of what the sentence left free above the foot.
  y += std::max(0.0, (h - inner - 118) - (y + 110)) / 2;
  auto field = [&](int col, double fy, const char* caption, const std::string& text, const TextStyle& style) {
    const double fx = mx + col * (col_w + col_gap);
    canvas.Text(fx, fy, caption, cap);
    canvas.Text(fx + 2, fy + 15, text, FitWidth(canvas, text, style, col_w - 4));
    canvas.Line(fx, fy + 34, fx + col_w, fy + 34, 0.6, green);
  };
  const int64_t premium = d.insured_amount * rng.Int(3, 6) / 10000 * 10;
  field(0, y, "보 험 기 간", d.start.Iso() + " ~ " + d.end.Iso(), value);
  field(1, y, "보 험 종 목", "이행(지급)보증보험", value);
  field(2, y, "발 행 일 자", d.issued.Korean(), value);
  y += 50;
  field(0, y, "보험계약자 주소", d.policyholder_address, value_small);
  field(1, y, "피보험자 주소", d.insured_address, value_small);
  field(2, y, "보 험 료", FormatWon(premium) + "원 (납입 완료)", value_small);
  // Notes and signature sit at the foot of the bond, however long the sentence ran.
  y = std::max(y + 60, h - inner - 118);

  // Notes at the left; the insurer's name and square seal at the right.
  TextStyle note;
  note.size = 7.8;
  note.color = dim;
  const double notes_w = mw * 0.52;
  double ny = y;
  for (const std::string& text :
       {std::string("1. 이 증권은 보험기간 시작일 00시부터 마지막 날 24시까지 효력이 있습니다."),
        std::string("2. 보험금 청구 시 이 증권 또는 사본과 손해를 증명하는 서류를 함께 제출하십시오."),
        std::string("3. 증권의 진위는 www.sgic.co.kr 에서 증권번호로 확인할 수 있습니다.")}) {
    ny += ParagraphByWords(canvas, mx, ny, notes_w, text, note, 1.35) + 2;
  }
  TextStyle company;
  company.size = 14;
  company.bold = true;
  company.align = Align::kRight;
  company.family = std::string(kNotoSerifKr);
  const double sign_y = y + 8;
  canvas.Text(right - 58, sign_y, "서울보증보험주식회사", company);
  TextStyle ceo = company;
  ceo.size = 11;
  ceo.bold = false;
  canvas.Text(right - 58, sign_y + 24, "대 표 이 사", ceo);
  DrawSquareSeal(canvas, right - 54, sign_y - 4, 54, {"서울보증", "보험주식", "회사인"}, rng);
  TextStyle tag;
  tag.size = 8;
  tag.bold = true;
  tag.color = serial;
  tag.align = Align::kCenter;
  canvas.Rect(right - 66, h - inner - 30, 66, 18, 0.8, serial);
  canvas.TextInBox(right - 66, h - inner - 30, 66, 18, "피보험자용", tag);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (thirteenth set).
void DrawGuaranteeTimelineCards(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const GuaranteeData& d = spec.guarantee;
  const double w = canvas.width(), h = canvas.height();
  const double x = 44, width = w - 88;
  const Rgb navy{0.08, 0.2, 0.45};
  const Rgb orange{0.9, 0.45, 0.08};
  const Rgb dim{0.4, 0.42, 0.46};
  const Rgb shade{0.94, 0.95, 0.97};
  cairo_t* cr = canvas.cairo();

  // The insurer's mark and name at the top left; the policy number boxed at the top right.
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, navy.r, navy.g, navy.b);
  cairo_arc(cr, x + 17, 46, 17, 0, 2 * M_PI);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, orange.r, orange.g, orange.b);
  cairo_arc(cr, x + 17, 46, 17, -0.6, 0.9);
  cairo_line_to(cr, x + 17, 46);
  cairo_fill(cr);
  cairo_restore(cr);
  TextStyle insurer;
  insurer.size = 15;
  insurer.bold = true;
  insurer.color = navy;
  canvas.Text(x + 42, 32, "서울보증보험", insurer);
  TextStyle insurer_en;
  insurer_en.size = 8;
  insurer_en.color = dim;
  canvas.Text(x + 42, 52, "SGI Seoul Guarantee Insurance", insurer_en);
  const double nbw = 196, nbx = x + width - nbw;
  canvas.Rect(nbx, 26, nbw, 42, 0.9, navy);
  TextStyle cap;
  cap.size = 8.5;
  cap.color = dim;
  canvas.Text(nbx + 10, 30, "증권번호  Policy No.", cap);
  TextStyle number;
  number.size = 12.5;
  number.bold = true;
  number.family = "Noto Sans Mono CJK KR";
  canvas.Text(nbx + 10, 45, d.policy_number, FitWidth(canvas, d.policy_number, number, nbw - 20));

  // Title with its English name, between rules.
  TextStyle title;
  title.size = 22;
  title.bold = true;
  title.align = Align::kCenter;
  title.family = std::string(kNotoSerifKr);
  canvas.Text(w / 2, 92, "지 급 보 증 보 험 증 권", title);
  TextStyle title_en = cap;
  title_en.size = 9;
  title_en.align = Align::kCenter;
  canvas.Text(w / 2, 126, "PAYMENT GUARANTEE INSURANCE POLICY", title_en);
  canvas.Line(x, 146, x + width, 146, 1.6, navy);
  canvas.Line(x, 149.5, x + width, 149.5, 0.5, navy);

  TextStyle body;
  body.size = 10;
  double y = 162;
  y += ParagraphByWords(canvas, x, y, width,
                        "서울보증보험주식회사(이하 \"회사\")는 보험계약자로부터 보험료를 받고 아래와 같이 보험계약을 "
                        "체결하였음을 증명하며, 보험기간 중 보험계약자의 채무 불이행으로 피보험자가 입은 손해를 보상합니다.",
                        body, 1.5) +
       14;

  // The parties as two cards; in each, every value stands above its caption.
  const double gap = 14, card_w = (width - gap) / 2, card_head = 24;
  TextStyle name;
  name.size = 13;
  name.bold = true;
  TextStyle value;
  value.size = 10.5;
  TextStyle address = value;
  address.size = 9.5;
  // Tall enough for the longer address, however many lines it wraps to.
  auto address_lines = [&](const std::string& text) {
    return std::ceil((canvas.MeasureWidth(text, address) + 30) / (card_w - 24));
  };
  const double card_h = card_head + 10 + canvas.LineHeight(name) * 1.25 + canvas.LineHeight(value) * 1.25 +
                        std::max(address_lines(d.policyholder_address), address_lines(d.insured_address)) *
                            canvas.LineHeight(address) * 1.25 +
                        3 * 18 + 8;
  auto card = [&](double cx, const char* heading, const std::vector<std::pair<std::string, std::string>>& items) {
    cairo_new_path(cr);
    canvas.FillRect(cx, y, card_w, card_head, navy);
    canvas.Rect(cx, y, card_w, card_h, 0.8, navy);
    TextStyle head;
    head.size = 10.5;
    head.bold = true;
    head.color = Rgb{1, 1, 1};
    canvas.TextInBox(cx + 6, y, card_w - 12, card_head, heading, head);
    double iy = y + card_head + 10;
    for (size_t i = 0; i < items.size(); ++i) {
      const TextStyle& style = i == 0 ? name : i + 1 == items.size() ? address : value;
      const double used =
          ParagraphByWords(canvas, cx + 12, iy, card_w - 24, items[i].first, FitWidth(canvas, items[i].first, style,
                                                                                        i + 1 == items.size() ? 1e9 : card_w - 24),
                           1.25);
      iy += used;
      canvas.Text(cx + 12, iy, items[i].second, cap);
      iy += 18;
    }
  };
  card(x, "보험계약자   Policyholder",
       {{d.policyholder, "상호  Name"},
        {d.policyholder_brn, "사업자등록번호  Business Reg. No."},
        {d.policyholder_address, "주소  Address"}});
  card(x + card_w + gap, "피보험자   Insured",
       {{d.insured, "기관명  Name"},
        {"보조금 교부기관 (채권자)", "지위  Capacity"},
        {d.insured_address, "주소  Address"}});
  y += card_h + 18;

  // The sum insured in a strip: caption cell at the left, the figure (and the words) at the right.
  const double strip_h = d.amount_in_words ? 62 : 48, label_w = 130;
  canvas.FillRect(x, y, label_w, strip_h, shade);
  canvas.Rect(x, y, width, strip_h, 1.1, navy);
  canvas.Line(x + label_w, y, x + label_w, y + strip_h, 0.7, navy);
  TextStyle strip_cap;
  strip_cap.size = 10.5;
  strip_cap.bold = true;
  strip_cap.align = Align::kCenter;
  canvas.Text(x + label_w / 2, y + strip_h / 2 - 14, "보험가입금액", strip_cap);
  TextStyle strip_en = cap;
  strip_en.size = 8;
  strip_en.align = Align::kCenter;
  canvas.Text(x + label_w / 2, y + strip_h / 2 + 2, "Sum insured", strip_en);
  TextStyle figure;
  figure.size = 19;
  figure.bold = true;
  figure.color = navy;
  canvas.Text(x + label_w + 16, y + 9, "₩" + FormatWon(d.insured_amount), figure);
  if (d.amount_in_words) {
    TextStyle words;
    words.size = 10;
    canvas.Text(x + label_w + 16, y + 38, "금 " + AmountInKoreanWords(d.insured_amount) + "원정", words);
  }
  y += strip_h + 22;

  // The period as a timeline: caption above, a bar between the two dates, each date under its
  // end of the bar with its own caption.
  TextStyle section;
  section.size = 10.5;
  section.bold = true;
  canvas.Text(x, y, "보험기간", section);
  canvas.Text(x + 60, y + 2, "Period of insurance", cap);
  y += 30;
  const double bar_l = x + 40, bar_r = x + width - 40;
  canvas.FillRect(bar_l, y - 1.5, bar_r - bar_l, 3, Rgb{0.75, 0.8, 0.9});
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, navy.r, navy.g, navy.b);
  cairo_arc(cr, bar_l, y, 6, 0, 2 * M_PI);
  cairo_fill(cr);
  cairo_arc(cr, bar_r, y, 6, 0, 2 * M_PI);
  cairo_fill(cr);
  cairo_restore(cr);
  const int64_t days = d.end.Days() - d.start.Days() + 1;
  TextStyle span = cap;
  span.size = 9;
  span.align = Align::kCenter;
  canvas.Text((bar_l + bar_r) / 2, y - 18, "총 " + std::to_string(days) + "일", span);
  TextStyle end_cap = cap;
  TextStyle end_value;
  end_value.size = 12;
  end_value.bold = true;
  end_cap.align = end_value.align = Align::kLeft;
  canvas.Text(bar_l - 10, y + 12, "개시  Commencement", end_cap);
  canvas.Text(bar_l - 10, y + 25, d.start.Dotted() + "  00:00", end_value);
  end_cap.align = end_value.align = Align::kRight;
  canvas.Text(bar_r + 10, y + 12, "만료  Expiry", end_cap);
  canvas.Text(bar_r + 10, y + 25, d.end.Dotted() + "  24:00", end_value);
  y += 62;

  // The remaining particulars in a small grid.
  const int64_t premium = d.insured_amount * rng.Int(3, 6) / 10000 * 10;
  TextStyle cell;
  cell.size = 9.5;
  const double lw = 96, vw = (width - 2 * lw) / 2, rh = 26;
  DrawRow(canvas, x, y, rh,
          {Cell{"보험종목", lw, true}, Cell{"이행(지급)보증보험", vw}, Cell{"보 험 료", lw, true},
           Cell{FormatWon(premium) + "원 (납입완료)", vw}},
          cell, navy, 0.6, shade);
  y += rh;
  DrawRow(canvas, x, y, rh, {Cell{"주 계 약", lw, true}, Cell{"", width - lw}}, cell, navy, 0.6, shade);
  canvas.TextInBox(x + lw, y, width - lw, rh, d.contract_title, FitWidth(canvas, d.contract_title, cell, width - lw - 12));
  y += rh;
  DrawRow(canvas, x, y, rh,
          {Cell{"발 행 일", lw, true}, Cell{d.issued.Korean(), vw}, Cell{"취급지점", lw, true},
           Cell{"대전중앙지점", vw}},
          cell, navy, 0.6, shade);
  y += rh + 16;

  TextStyle clause;
  clause.size = 8.5;
  clause.color = dim;
  for (const std::string& text :
       {std::string("· 이 증권은 보험기간 개시일 00시에 시작하여 만료일 24시에 끝납니다."),
        std::string("· 보험금은 보험가입금액을 한도로 하며, 피보험자는 손해를 증명하는 서류를 갖추어 청구합니다."),
        std::string("· 증권의 진위 여부는 회사 홈페이지(www.sgic.co.kr) 또는 고객센터 1670-7000에서 확인하십시오.")}) {
    y += ParagraphByWords(canvas, x, y, width, text, clause, 1.35) + 1;
  }

  // Date of issue and the insurer's signature with its square seal.
  y = std::max(y + 20, h - 130);
  TextStyle date_style;
  date_style.size = 12;
  date_style.align = Align::kCenter;
  canvas.Text(w / 2, y, d.issued.KoreanLoose(), date_style);
  TextStyle signer;
  signer.size = 15;
  signer.bold = true;
  signer.align = Align::kCenter;
  signer.family = std::string(kNotoSerifKr);
  const std::string signer_text = "서울보증보험주식회사  대표이사";
  canvas.Text(w / 2, y + 34, signer_text, signer);
  DrawSquareSeal(canvas, w / 2 + canvas.MeasureWidth(signer_text, signer) / 2 + 2, y + 20, 52,
                 {"서울보증", "보험주식", "회사인"}, rng);
  TextStyle tag;
  tag.size = 8.5;
  tag.bold = true;
  tag.color = orange;
  tag.align = Align::kCenter;
  canvas.Rect(x, h - 44, 84, 18, 0.8, orange);
  canvas.TextInBox(x, h - 44, 84, 18, "피보험자 제출용", tag);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (fourteenth set).
void DrawGuaranteeBookletSpread(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const GuaranteeData& d = spec.guarantee;
  const double w = canvas.width(), h = canvas.height();
  const Rgb green{0.05, 0.42, 0.36};
  const Rgb tint{0.92, 0.96, 0.95};
  const Rgb dim{0.38, 0.4, 0.42};
  const Rgb rule{0.6, 0.66, 0.65};
  cairo_t* cr = canvas.cairo();
  // Printed two pages to a sheet (2-up): two page frames, each with its own folio.
  const double margin = 22, gutter = 26;
  const double pw = (w - 2 * margin - gutter) / 2, ph = h - 2 * margin;
  const double p1 = margin, p2 = margin + pw + gutter;
  canvas.Rect(p1, margin, pw, ph, 0.5, Rgb{0.7, 0.7, 0.7});
  canvas.Rect(p2, margin, pw, ph, 0.5, Rgb{0.7, 0.7, 0.7});
  TextStyle folio;
  folio.size = 7.5;
  folio.color = dim;
  folio.align = Align::kCenter;
  canvas.Text(p1 + pw / 2, h - margin - 16, "- 1 / 2 -", folio);
  canvas.Text(p2 + pw / 2, h - margin - 16, "- 2 / 2 -", folio);

  // Page 1: the insurer's mark, the title and the summary box.
  double x = p1 + 22, width = pw - 44, y = margin + 20;
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, green.r, green.g, green.b);
  cairo_arc(cr, x + 11, y + 11, 11, 0, 2 * M_PI);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_rectangle(cr, x + 5, y + 9, 12, 4);
  cairo_rectangle(cr, x + 9, y + 5, 4, 12);
  cairo_fill(cr);
  cairo_restore(cr);
  TextStyle insurer;
  insurer.size = 12;
  insurer.bold = true;
  insurer.color = green;
  canvas.Text(x + 28, y + 3, "서울보증보험", insurer);
  TextStyle meta;
  meta.size = 7.5;
  meta.color = dim;
  meta.align = Align::kRight;
  canvas.Text(x + width, y + 6, "www.sgic.co.kr  ·  1670-7000", meta);
  y += 40;
  TextStyle title;
  title.size = 20;
  title.bold = true;
  title.align = Align::kCenter;
  title.family = std::string(kNotoSerifKr);
  canvas.Text(x + width / 2, y, "지급보증보험증권", title);
  y += canvas.LineHeight(title);
  TextStyle title_en = meta;
  title_en.align = Align::kCenter;
  canvas.Text(x + width / 2, y, "PAYMENT GUARANTEE INSURANCE POLICY", title_en);
  y += 22;

  // The summary box: a tinted panel, label column on the left.
  const double box_top = y;
  TextStyle box_head;
  box_head.size = 10;
  box_head.bold = true;
  box_head.color = Rgb{1, 1, 1};
  canvas.FillRect(x, y, width, 22, green);
  canvas.Text(x + 10, y + 5, "보험증권 요약", box_head);
  TextStyle box_head_r = box_head;
  box_head_r.size = 7.5;
  box_head_r.bold = false;
  box_head_r.align = Align::kRight;
  canvas.Text(x + width - 10, y + 7, "Policy Summary", box_head_r);
  y += 22;
  canvas.FillRect(x, y, width, 6 * 30 + 10, tint);
  y += 5;
  TextStyle label;
  label.size = 9;
  label.color = dim;
  TextStyle value;
  value.size = 10.5;
  value.bold = true;
  const double label_w = 86;
  const std::pair<const char*, std::string> summary[] = {
      {"증권번호", d.policy_number},
      {"보험계약자", d.policyholder},
      {"피보험자", d.insured},
      {"보험가입금액", "₩" + FormatWon(d.insured_amount)},
      {"보험기간", d.start.Iso() + " ~ " + d.end.Iso()},
      {"보험종목", "지급보증보험 (계약이행·지급)"},
  };
  for (size_t i = 0; i < std::size(summary); ++i) {
    canvas.Text(x + 12, y + 8, summary[i].first, label);
    TextStyle v = value;
    if (i == 5) {
      v.bold = false;
      v.size = 9.5;
    }
    canvas.Text(x + 12 + label_w, y + 6.5, summary[i].second, FitWidth(canvas, summary[i].second, v, width - label_w - 24));
    y += 30;
    if (i + 1 < std::size(summary)) canvas.Line(x + 10, y, x + width - 10, y, 0.3, rule);
  }
  y += 5;
  canvas.Rect(x, box_top, width, y - box_top, 1.0, green);
  y += 16;

  // A short reading guide under the box, then a verification block with a square code.
  TextStyle guide;
  guide.size = 8;
  guide.color = dim;
  y += ParagraphByWords(canvas, x, y, width,
                        "이 요약은 증권의 주요 내용을 안내하기 위한 것이며, 보상 책임은 다음 쪽의 계약 내용과 "
                        "보통약관 및 특별약관에 따릅니다.",
                        guide, 1.4) +
       12;
  const double qr = 52;
  uint64_t bits = 0x84222325cbf29ce4ULL;
  for (const char ch : d.policy_number) bits = (bits ^ static_cast<unsigned char>(ch)) * 0x100000001b3ULL;
  const int n = 13;
  const double cell = qr / n;
  for (int r = 0; r < n; ++r) {
    for (int c = 0; c < n; ++c) {
      const bool corner = (r < 4 && c < 4) || (r < 4 && c >= n - 4) || (r >= n - 4 && c < 4);
      bool on;
      if (corner) {
        const int fr = r < 4 ? r : r - (n - 4), fc = c < 4 ? c : c - (n - 4);
        on = fr == 0 || fr == 3 || fc == 0 || fc == 3;
      } else {
        bits ^= bits << 13;
        bits ^= bits >> 7;
        bits ^= bits << 17;
        on = (bits & 1) != 0;
      }
      if (on) canvas.FillRect(x + c * cell, y + r * cell, cell, cell, kBlack);
    }
  }
  TextStyle verify;
  verify.size = 8;
  canvas.Text(x + qr + 12, y + 4, "증권 진위확인", verify);
  TextStyle verify_dim = guide;
  verify_dim.size = 7.5;
  canvas.Text(x + qr + 12, y + 18, "홈페이지 > 증권조회 > 진위확인", verify_dim);
  canvas.Text(x + qr + 12, y + 31, "확인번호 " + Pad(rng.Int(0, 9999), 4) + "-" + Pad(rng.Int(0, 9999), 4), verify_dim);

  // Page 2: the contract in full, fine print, the issue date and the seal.
  x = p2 + 22;
  width = pw - 44;
  y = margin + 22;
  TextStyle section;
  section.size = 10;
  section.bold = true;
  section.color = green;
  TextStyle body;
  body.size = 8.8;
  auto heading = [&](const std::string& text) {
    canvas.Text(x, y, text, section);
    y += 17;
  };
  auto item = [&](const char* cap, const std::string& text) {
    canvas.Text(x + 10, y, cap, label);
    y += ParagraphByWords(canvas, x + 96, y, width - 96, text, body, 1.35) + 2;
  };
  heading("1. 보험계약자 (채무자)");
  item("상호 또는 성명", d.policyholder);
  item("사업자등록번호", d.policyholder_brn);
  item("주소", d.policyholder_address);
  y += 4;
  heading("2. 피보험자 (채권자)");
  item("기관명", d.insured);
  item("주소", d.insured_address);
  y += 4;
  heading("3. 보증 내용");
  item("주계약 명칭", d.contract_title);
  item("보험가입금액", InsuredAmountText(d));
  item("보험기간", d.start.Korean() + " 00:00부터 " + d.end.Korean() + " 24:00까지");
  item("보험료", FormatWon(d.insured_amount * rng.Int(3, 6) / 10000 * 10) + "원 (영수필)");
  y += 6;
  canvas.Line(x, y, x + width, y, 0.4, rule);
  y += 8;

  // The special terms in small print, two narrow columns.
  TextStyle fine;
  fine.size = 6.4;
  fine.color = Rgb{0.25, 0.25, 0.27};
  const std::vector<std::string> clauses = {
      "제1조(보상하는 손해) 회사는 보험계약자가 주계약에서 정한 채무를 이행하지 아니함으로써 피보험자가 입은 "
      "손해를 보험가입금액 한도 안에서 보상합니다.",
      "제2조(보상하지 않는 손해) 천재지변, 전쟁 그 밖에 이와 유사한 사태로 생긴 손해와 피보험자의 고의 또는 "
      "중대한 과실로 생긴 손해는 보상하지 않습니다.",
      "제3조(보험금 청구) 피보험자는 보험사고가 생긴 때에는 지체 없이 회사에 알리고, 보험금 청구서와 손해를 "
      "증명하는 서류를 제출하여야 합니다.",
      "제4조(주계약의 변경) 주계약의 내용이 변경된 경우에는 회사의 승인을 받아야 하며, 승인이 없는 변경으로 "
      "늘어난 손해는 보상하지 않습니다.",
      "제5조(보험금의 지급) 회사는 청구 서류를 접수한 날부터 30일 이내에 보험금을 지급합니다. 다만 조사가 "
      "필요한 경우 그 사유를 알리고 지급을 연기할 수 있습니다.",
      "제6조(구상권) 회사가 보험금을 지급한 때에는 그 금액의 한도 안에서 피보험자가 보험계약자에 대하여 가지는 "
      "권리를 취득합니다.",
  };
  const double col_gap = 12, col_w = (width - col_gap) / 2;
  const double fine_top = y;
  double cy[2] = {fine_top, fine_top};
  for (size_t i = 0; i < clauses.size(); ++i) {
    const int col = i < clauses.size() / 2 ? 0 : 1;
    cy[col] += ParagraphByWords(canvas, x + col * (col_w + col_gap), cy[col], col_w, clauses[i], fine, 1.3) + 3;
  }
  y = std::max(cy[0], cy[1]) + 10;

  // Issue statement, date and signer at the foot of page 2.
  TextStyle statement;
  statement.size = 9;
  statement.align = Align::kCenter;
  const double foot_y = std::max(y, h - margin - 112);
  canvas.Text(x + width / 2, foot_y, "위와 같이 보험계약이 체결되었음을 증명합니다.", statement);
  TextStyle date_style = statement;
  date_style.size = 10;
  canvas.Text(x + width / 2, foot_y + 20, d.issued.Korean(), date_style);
  TextStyle signer;
  signer.size = 12;
  signer.bold = true;
  signer.align = Align::kCenter;
  signer.family = std::string(kNotoSerifKr);
  const std::string signer_text = "서울보증보험주식회사 대표이사";
  canvas.Text(x + width / 2 - 10, foot_y + 44, signer_text, signer);
  DrawSquareSeal(canvas, x + width / 2 - 10 + canvas.MeasureWidth(signer_text, signer) / 2 + 2, foot_y + 30, 42,
                 {"서울보증", "보험주식", "회사인"}, rng);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

namespace {

// Interlaced sine strands filling the band between two rectangles (outer inset `a`, inner inset
// `b` from the page edge), as security paper prints its border. Ink only.
void GuillocheBorder(cairo_t* cr, double w, double h, double a, double b, Rgb color) {
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, color.r, color.g, color.b);
  cairo_set_line_width(cr, 0.35);
  const double mid = (a + b) / 2, amp = (b - a) / 2 - 1.2;
  // Each side as a run along its length; `along` and `across` map to page coordinates.
  struct Side {
    double x0, y0, dx, dy, nx, ny, length;
  };
  const Side sides[] = {{a, mid, 1, 0, 0, 1, w - 2 * a},
                        {a, h - mid, 1, 0, 0, 1, w - 2 * a},
                        {mid, a, 0, 1, 1, 0, h - 2 * a},
                        {w - mid, a, 0, 1, 1, 0, h - 2 * a}};
  for (const Side& s : sides) {
    for (int strand = 0; strand < 6; ++strand) {
      const double phase = strand * M_PI / 3;
      const double period = 14 + (strand % 2) * 3;
      bool first = true;
      for (double t = 0; t <= s.length; t += 0.8) {
        const double off = amp * std::sin(2 * M_PI * t / period + phase) * (0.65 + 0.35 * std::cos(t / 23 + phase));
        const double px = s.x0 + s.dx * t + s.nx * off, py = s.y0 + s.dy * t + s.ny * off;
        if (first) {
          cairo_move_to(cr, px, py);
          first = false;
        } else {
          cairo_line_to(cr, px, py);
        }
      }
      cairo_stroke(cr);
    }
  }
  cairo_set_line_width(cr, 0.9);
  cairo_rectangle(cr, a - 2, a - 2, w - 2 * a + 4, h - 2 * a + 4);
  cairo_stroke(cr);
  cairo_set_line_width(cr, 0.6);
  cairo_rectangle(cr, b + 2, b + 2, w - 2 * b - 4, h - 2 * b - 4);
  cairo_stroke(cr);
  cairo_restore(cr);
}

// A rosette (a hypotrochoid traced a few hundred times round) centred at (cx, cy). Ink only.
void Rosette(cairo_t* cr, double cx, double cy, double radius, Rgb color, double line_width) {
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, color.r, color.g, color.b);
  cairo_set_line_width(cr, line_width);
  const double big = radius * 0.62, small = radius * 0.62 * 7 / 24, arm = radius - big + small;
  for (double t = 0; t <= 14 * M_PI + 0.01; t += 0.02) {
    const double px = cx + (big - small) * std::cos(t) + arm * std::cos((big - small) / small * t);
    const double py = cy + (big - small) * std::sin(t) - arm * std::sin((big - small) / small * t);
    if (t == 0) {
      cairo_move_to(cr, px, py);
    } else {
      cairo_line_to(cr, px, py);
    }
  }
  cairo_stroke(cr);
  cairo_restore(cr);
}

}  // namespace

// Held out (fifteenth set).
void DrawGuaranteeGuillocheClauses(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const GuaranteeData& d = spec.guarantee;
  const double w = canvas.width(), h = canvas.height();
  const Rgb olive{0.36, 0.44, 0.26};
  const Rgb pale{0.8, 0.86, 0.76};
  const Rgb ink{0.14, 0.15, 0.13};
  const Rgb dim{0.38, 0.4, 0.37};
  const Rgb serial{0.72, 0.12, 0.1};
  cairo_t* cr = canvas.cairo();
  const std::string serif = std::string(kNotoSerifKr);
  // Security paper: a guilloche border band, corner rosettes and a pale rosette under the text.
  canvas.FillRect(0, 0, w, h, Rgb{0.995, 0.99, 0.965});
  GuillocheBorder(cr, w, h, 20, 38, Rgb{0.55, 0.66, 0.5});
  for (const auto& [cx, cy] : {std::pair{29.0, 29.0}, std::pair{w - 29, 29.0}, std::pair{29.0, h - 29},
                               std::pair{w - 29, h - 29}}) {
    canvas.FillRect(cx - 13, cy - 13, 26, 26, Rgb{0.995, 0.99, 0.965});
    Rosette(cr, cx, cy, 12, olive, 0.3);
  }
  Rosette(cr, w / 2, h * 0.5, 150, Rgb{0.9, 0.93, 0.87}, 0.45);

  const double x = 66, width = w - 132;
  // The insurer's mark and the serial, as the paper is numbered: red, fixed-pitch.
  double y = 58;
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, olive.r, olive.g, olive.b);
  cairo_move_to(cr, x, y + 22);
  cairo_line_to(cr, x + 11, y);
  cairo_line_to(cr, x + 22, y + 22);
  cairo_close_path(cr);
  cairo_fill(cr);
  cairo_restore(cr);
  TextStyle insurer;
  insurer.size = 12.5;
  insurer.bold = true;
  insurer.color = olive;
  canvas.Text(x + 30, y + 2, "SGI서울보증", insurer);
  TextStyle serial_style;
  serial_style.size = 10;
  serial_style.color = serial;
  serial_style.family = "Noto Sans Mono CJK KR";
  serial_style.align = Align::kRight;
  canvas.Text(x + width, y + 4, "No. " + Pad(rng.Int(0, 9999999), 7), serial_style);
  y += 46;

  TextStyle title;
  title.size = 25;
  title.bold = true;
  title.color = ink;
  title.family = serif;
  title.align = Align::kCenter;
  canvas.Text(w / 2, y, Spaced("보증보험증권"), title);
  y += canvas.LineHeight(title) + 2;
  TextStyle subtitle;
  subtitle.size = 9.5;
  subtitle.color = olive;
  subtitle.align = Align::kCenter;
  subtitle.family = serif;
  canvas.Text(w / 2, y, "( 지 급 보 증 )   SURETY BOND", subtitle);
  y += 30;

  // The policy number on its own ruled line, then the preamble.
  TextStyle number_label;
  number_label.size = 10;
  number_label.color = dim;
  TextStyle number;
  number.size = 12.5;
  number.bold = true;
  canvas.Line(x, y - 6, x + width, y - 6, 0.5, olive);
  canvas.Text(x, y + 2, "증권번호", number_label);
  canvas.Text(x + 64, y, "제 " + d.policy_number + " 호", number);
  TextStyle issued_right = number_label;
  issued_right.align = Align::kRight;
  canvas.Text(x + width, y + 2, "발행일 " + d.issued.Dotted(), issued_right);
  canvas.Line(x, y + 24, x + width, y + 24, 0.5, olive);
  y += 40;
  TextStyle body;
  body.size = 10;
  body.family = serif;
  body.color = ink;
  y += ParagraphByWords(canvas, x, y, width,
                        "서울보증보험주식회사(이하 \"회사\")는 보험계약자가 보험료를 납입하였으므로 이 증권에 적힌 "
                        "조항과 보통약관 및 특별약관에 따라 보험계약을 체결하고, 그 증거로 이 증권을 발행합니다.",
                        body, 1.55) +
       14;

  // The facts as articles: "제n조 (caption)" then the value set in a sentence.
  TextStyle article;
  article.size = 10.5;
  article.bold = true;
  article.color = olive;
  article.family = serif;
  TextStyle clause = body;
  clause.size = 10.5;
  const std::string amount_words =
      d.amount_in_words ? " (금 " + AmountInKoreanWords(d.insured_amount) + "원정)" : std::string();
  const std::vector<std::pair<std::string, std::string>> articles = {
      {"제1조 (보험계약자)", d.policyholder + " (사업자등록번호 " + d.policyholder_brn + "), 주소 " + d.policyholder_address},
      {"제2조 (피보험자)", d.insured + ", 주소 " + d.insured_address},
      {"제3조 (보험가입금액)", "금 ***" + FormatWon(d.insured_amount) + "원" + amount_words +
                                  "을 한도로 보상합니다."},
      {"제4조 (보험기간)", d.start.KoreanLoose() + " 0시부터 " + d.end.KoreanLoose() + " 24시까지로 합니다."},
      {"제5조 (보증내용)", "보험계약자가 \"" + d.contract_title +
                               "\"에 관한 계약에서 정한 지급 채무를 이행하지 아니하여 피보험자가 입은 손해"},
      {"제6조 (보험료)", FormatWon(d.insured_amount / 1000 * rng.Int(3, 7) / 10 * 10) + "원 (일시납, 영수필)"},
  };
  const double tab = 118;
  for (const auto& [head, text] : articles) {
    canvas.Text(x, y, head, article);
    TextStyle t = clause;
    if (head.find("금액") != std::string::npos || head.find("기간") != std::string::npos) t.bold = true;
    y += ParagraphByWords(canvas, x + tab, y, width - tab, text, t, 1.45) + 9;
  }
  y += 6;

  // Special terms: a pale panel with small numbered items.
  TextStyle fine;
  fine.size = 7.8;
  fine.color = Rgb{0.25, 0.27, 0.24};
  const std::vector<std::string> terms = {
      "이 증권은 주계약의 내용이 변경된 경우 회사의 서면 승인이 없으면 그 변경된 부분에 대하여 효력이 없습니다.",
      "보험사고가 생긴 때에는 피보험자는 지체 없이 회사에 알리고 손해를 증명하는 서류를 제출하여야 합니다.",
      "이 증권의 진위는 회사 홈페이지(www.sgic.co.kr) 또는 고객센터(1670-7000)에서 확인할 수 있습니다.",
  };
  // The panel's height: the terms wrapped at spaces as ParagraphByWords will wrap them.
  auto wrapped_lines = [&](const std::string& text, double wrap) {
    return static_cast<int>(WrapByWords(canvas, text, fine, wrap).size());
  };
  double panel_h = 24;
  for (const std::string& t : terms) panel_h += wrapped_lines(t, width - 36) * canvas.LineHeight(fine) * 1.35 + 2;
  canvas.FillRect(x, y, width, panel_h, Rgb{0.95, 0.96, 0.92});
  canvas.Rect(x, y, width, panel_h, 0.5, pale);
  TextStyle terms_head = fine;
  terms_head.bold = true;
  terms_head.color = olive;
  canvas.Text(x + 10, y + 6, "특별약관 요지", terms_head);
  double ty = y + 20;
  for (size_t i = 0; i < terms.size(); ++i) {
    canvas.Text(x + 12, ty, std::to_string(i + 1) + ")", fine);
    ty += ParagraphByWords(canvas, x + 26, ty, width - 36, terms[i], fine, 1.35) + 2;
  }
  y += panel_h + 22;

  // Date, signer, square seal; a holographic sticker at the lower left.
  TextStyle date_style;
  date_style.size = 11.5;
  date_style.family = serif;
  date_style.align = Align::kCenter;
  const double foot_y = std::max(y, h - 190.0);
  canvas.Text(w / 2, foot_y, d.issued.Korean(), date_style);
  TextStyle signer;
  signer.size = 14;
  signer.bold = true;
  signer.family = serif;
  signer.align = Align::kCenter;
  const std::string who = "서울보증보험주식회사  대표이사";
  canvas.Text(w / 2, foot_y + 30, who, signer);
  DrawSquareSeal(canvas, w / 2 + canvas.MeasureWidth(who, signer) / 2 + 6, foot_y + 16, 46,
                 {"서울보증", "보험주식", "회사인"}, rng);
  const double hx = x + 34, hy = h - 92;
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_pattern_t* sheen = cairo_pattern_create_linear(hx - 26, hy - 26, hx + 26, hy + 26);
  cairo_pattern_add_color_stop_rgb(sheen, 0, 0.82, 0.84, 0.88);
  cairo_pattern_add_color_stop_rgb(sheen, 0.45, 0.96, 0.95, 0.9);
  cairo_pattern_add_color_stop_rgb(sheen, 0.7, 0.78, 0.86, 0.84);
  cairo_pattern_add_color_stop_rgb(sheen, 1, 0.86, 0.8, 0.86);
  cairo_set_source(cr, sheen);
  cairo_arc(cr, hx, hy, 26, 0, 2 * M_PI);
  cairo_fill(cr);
  cairo_pattern_destroy(sheen);
  cairo_restore(cr);
  Rosette(cr, hx, hy, 20, Rgb{0.62, 0.66, 0.7}, 0.3);
  TextStyle holo;
  holo.size = 6;
  holo.bold = true;
  holo.color = Rgb{0.4, 0.44, 0.5};
  holo.align = Align::kCenter;
  canvas.Ink(hx, hy - 4, "SGI", holo);
  TextStyle verify;
  verify.size = 7.5;
  verify.color = dim;
  canvas.Text(hx + 36, hy - 10, "위조방지 홀로그램 부착", verify);
  canvas.Text(hx + 36, hy + 2, "진위확인번호 " + Pad(rng.Int(0, 9999), 4) + "-" + Pad(rng.Int(0, 9999), 4) + "-" +
                                   Pad(rng.Int(0, 9999), 4),
              verify);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (sixteenth set).
void DrawGuaranteeOverprint(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const GuaranteeData& d = spec.guarantee;
  const double w = canvas.width(), h = canvas.height();
  const Rgb teal{0.0, 0.4, 0.44};
  const Rgb wash{0.87, 0.94, 0.94};
  const Rgb toner{0.06, 0.06, 0.07};
  cairo_t* cr = canvas.cairo();
  const std::string serif = std::string(kNotoSerifKr);
  const std::string mono = "Noto Sans Mono CJK KR";
  const int64_t premium = std::max<int64_t>(10000, d.insured_amount * static_cast<int64_t>(rng.Int(28, 46)) / 10000 / 10 * 10);
  const std::string issue_no = "P" + d.issued.Compact() + "-" + Pad(rng.Int(0, 99999), 5);

  // ---- The pre-printed sheet: one spot colour, serif captions, a border and the insurer's name.
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, teal.r, teal.g, teal.b);
  cairo_set_line_width(cr, 2.2);
  cairo_rectangle(cr, 28, 28, w - 56, h - 56);
  cairo_stroke(cr);
  cairo_set_line_width(cr, 0.6);
  cairo_rectangle(cr, 33, 33, w - 66, h - 66);
  cairo_stroke(cr);
  // The insurer's mark: a ring around a bar.
  cairo_set_line_width(cr, 3);
  cairo_arc(cr, 66, 70, 13, 0, 2 * M_PI);
  cairo_stroke(cr);
  cairo_rectangle(cr, 59, 67, 14, 6);
  cairo_fill(cr);
  cairo_restore(cr);
  TextStyle insurer;
  insurer.size = 14;
  insurer.bold = true;
  insurer.color = teal;
  canvas.Text(86, 56, "SGI서울보증", insurer);
  TextStyle insurer_small;
  insurer_small.size = 7.5;
  insurer_small.color = teal;
  canvas.Text(86, 76, "서울보증보험주식회사  ·  www.sgic.co.kr", insurer_small);
  TextStyle copy_box;
  copy_box.size = 8.5;
  copy_box.bold = true;
  copy_box.color = teal;
  copy_box.align = Align::kCenter;
  canvas.Rect(w - 150, 56, 100, 22, 0.8, teal);
  canvas.TextInBox(w - 150, 56, 100, 22, "피보험자 보관용", copy_box);

  TextStyle title;
  title.size = 24;
  title.bold = true;
  title.color = teal;
  title.family = serif;
  title.align = Align::kCenter;
  canvas.Text(w / 2, 104, Spaced("보증보험증권"), title);
  TextStyle subtitle;
  subtitle.size = 10;
  subtitle.color = teal;
  subtitle.family = serif;
  subtitle.align = Align::kCenter;
  canvas.Text(w / 2, 142, "( 이행지급보증  ·  보조금 선급금 반환 )", subtitle);

  const double x = 50, width = w - 100, band = 108;
  struct Row {
    const char* caption;
    double height;
  };
  const Row rows[] = {{"증 권 번 호", 32}, {"계 약 자", 32},   {"사업자등록번호", 32}, {"계약자 주소", 32},
                      {"피 보 험 자", 32}, {"피보험자 주소", 32}, {"가 입 금 액", 48},    {"보 험 기 간", 32},
                      {"주 계 약 명", 32}, {"보 험 료", 32},    {"특 기 사 항", 44}};
  const double grid_top = 168;
  const double pair_x = x + band + 190, pair_band = 78;  // 발행일자 shares the first row
  TextStyle cap;
  cap.size = 9.5;
  cap.bold = true;
  cap.color = teal;
  cap.family = serif;
  double y = grid_top;
  std::vector<double> row_tops;
  for (const Row& r : rows) {
    row_tops.push_back(y);
    canvas.FillRect(x, y, band, r.height, wash);
    DrawDistributed(canvas, x + 10, y + (r.height - canvas.LineHeight(cap)) / 2, band - 20, r.caption, cap);
    canvas.Line(x, y, x + width, y, 0.5, teal);
    y += r.height;
  }
  canvas.Line(x, grid_top, x + width, grid_top, 1.6, teal);
  canvas.Line(x, y, x + width, y, 1.6, teal);
  canvas.Line(x + band, grid_top, x + band, y, 0.5, teal);
  canvas.FillRect(pair_x, grid_top, pair_band, rows[0].height, wash);
  canvas.Line(pair_x, grid_top, pair_x, grid_top + rows[0].height, 0.5, teal);
  canvas.Line(pair_x + pair_band, grid_top, pair_x + pair_band, grid_top + rows[0].height, 0.5, teal);
  DrawDistributed(canvas, pair_x + 8, grid_top + (rows[0].height - canvas.LineHeight(cap)) / 2, pair_band - 16,
                  "발 행 일 자", cap);
  const double grid_bottom = y;

  TextStyle clause;
  clause.size = 9.5;
  clause.color = teal;
  clause.family = serif;
  y = grid_bottom + 20;
  y += ParagraphByWords(canvas, x + 6, y, width - 12,
                        "서울보증보험주식회사(이하 \"회사\")는 위 계약자가 주계약에서 정한 채무를 이행하지 아니함으로써 "
                        "피보험자가 입은 손해를 이 증권에 적힌 사항과 보통약관 및 특별약관에 따라 가입금액을 한도로 "
                        "보상합니다.",
                        clause, 1.5);
  y += 6;
  TextStyle clause_small = clause;
  clause_small.size = 8;
  y += ParagraphByWords(canvas, x + 6, y, width - 12,
                        "1. 이 증권은 보험기간 첫날 0시에 시작하여 마지막 날 24시에 끝납니다.  2. 주계약이 바뀐 때에는 "
                        "회사의 승인을 받아야 합니다.  3. 진위는 회사 홈페이지 '증권 진위확인'에서 증권번호로 확인할 수 "
                        "있습니다.",
                        clause_small, 1.45);
  TextStyle signer;
  signer.size = 13;
  signer.bold = true;
  signer.color = teal;
  signer.family = serif;
  signer.align = Align::kCenter;
  const double sign_y = std::max(y + 40, h - 150.0);
  canvas.Text(w / 2 - 20, sign_y, "서울보증보험주식회사  대표이사", signer);
  DrawSquareSeal(canvas, w / 2 + 112, sign_y - 16, 48, {"서울보증", "보험주식", "회사인"}, rng);
  TextStyle form_no = insurer_small;
  form_no.color = Rgb{0.35, 0.58, 0.6};
  canvas.Text(40, h - 50, "서식 SG-A4-03 (2024.07 개정)  ·  210mm×297mm", form_no);

  // ---- The laser printer's pass over the pre-printed sheet: one fixed-pitch face, black, the
  // whole pass shifted and turned a little off the form's slots, as sheets fed by hand land.
  const double dx = rng.Real(4, 11), dy = rng.Real(-5, 4), turn = rng.Real(-0.006, 0.006);
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_translate(cr, w / 2, h / 2);
  cairo_rotate(cr, turn);
  cairo_translate(cr, -w / 2 + dx, -h / 2 + dy);
  TextStyle v;
  v.size = 10;
  v.color = toner;
  v.family = mono;
  auto put = [&](double vx, int row, double slot, const std::string& text, const TextStyle& style) {
    const double top = row_tops[static_cast<size_t>(row)];
    const double rh = rows[row].height;
    canvas.Text(vx, top + (rh - canvas.LineHeight(style)) / 2, text, FitWidth(canvas, text, style, slot));
  };
  const double vx = x + band + 8, slot = width - band - 24;
  TextStyle strong = v;
  strong.bold = true;
  put(vx, 0, pair_x - vx - 14, d.policy_number, strong);
  put(pair_x + pair_band + 8, 0, x + width - pair_x - pair_band - 22, d.issued.Iso(), v);
  put(vx, 1, slot, d.policyholder, strong);
  put(vx, 2, slot, d.policyholder_brn, v);
  put(vx, 3, slot, d.policyholder_address, v);
  put(vx, 4, slot, d.insured, strong);
  put(vx, 5, slot, d.insured_address, v);
  {
    std::string figures = FormatWon(d.insured_amount);
    std::string guarded = "₩" + std::string(static_cast<size_t>(std::max<int>(3, 15 - static_cast<int>(figures.size()))), '*') +
                          figures + "*";
    const double top = row_tops[6];
    TextStyle amount = strong;
    amount.size = 12;
    canvas.Text(vx, top + 6, guarded, amount);
    TextStyle words = v;
    words.size = 9;
    canvas.Text(vx, top + 27, "(금 " + AmountInKoreanWords(d.insured_amount) + "원정)", words);
  }
  put(vx, 7, slot, d.start.Iso() + " 00:00 부터  " + d.end.Iso() + " 24:00 까지", v);
  put(vx, 8, slot, d.contract_title, v);
  put(vx, 9, slot, FormatWon(premium) + " 원 (일시납 · 영수필)", v);
  {
    const double top = row_tops[10];
    TextStyle small = v;
    small.size = 8.8;
    canvas.Text(vx, top + 7, "보조금 교부조건에 따른 선급금 반환채무의 지급을 보증함.", small);
    canvas.Text(vx, top + 23, "보조금 지급보증 특별약관 / 전자증권 특별약관 적용", small);
  }
  TextStyle run;
  run.size = 7.5;
  run.color = toner;
  run.family = mono;
  canvas.Text(w - 50, 90, issue_no, [&] {
    TextStyle r = run;
    r.align = Align::kRight;
    return r;
  }());
  TextStyle issued = v;
  issued.align = Align::kCenter;
  canvas.Text(w / 2, sign_y - 34, d.issued.Korean(), issued);
  canvas.Text(w - 50, h - 50, "PAGE 1/1", [&] {
    TextStyle r = run;
    r.align = Align::kRight;
    return r;
  }());
  cairo_restore(cr);
}

}  // namespace docval::samplegen
