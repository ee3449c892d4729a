// Bankbook copy (통장사본) layouts: the opened passbook's first page laid on a flatbed, and the
// "통장사본" printout of internet banking with labels above the values.
#include "samples/generator/layout_parts.h"

namespace docval::samplegen {

void DrawBankbookPassbook(PageCanvas& canvas, const DocumentSpec& spec, int, Rng&) {
  const BankbookData& d = spec.bankbook;
  // The passbook occupies the top of the scanner bed; the rest of the page stays blank.
  const double x = 70, y = 60, w = 455, h = 300;
  canvas.FillRect(x, y, w, h, Rgb{0.985, 0.975, 0.95});
  canvas.Rect(x, y, w, h, 1.0, Rgb{0.6, 0.6, 0.6});
  canvas.Line(x + w / 2, y, x + w / 2, y + h, 0.6, Rgb{0.75, 0.75, 0.75});  // the fold
  canvas.FillRect(x, y, w / 2, 34, Rgb{0.2, 0.35, 0.6});
  TextStyle brand;
  brand.size = 15;
  brand.bold = true;
  brand.color = Rgb{1, 1, 1};
  canvas.Text(x + 12, y + 9, d.bank, brand);
  TextStyle product;
  product.size = 12;
  product.bold = true;
  canvas.Text(x + 14, y + 50, "보통예금 (기업자유예금)", product);
  TextStyle label;
  label.size = 10;
  label.color = kGray;
  TextStyle value;
  value.size = 13;
  double row = y + 86;
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"계좌번호", d.account_number},
      {"예금주", d.holder + " 귀하"},
      {"신규일", d.opened.Dotted()},
      {"취급점", d.branch},
  };
  for (const auto& [l, v] : rows) {
    canvas.Text(x + 14, row + 2, l, label);
    canvas.Text(x + 78, row, v, value);
    row += 30;
  }
  TextStyle note;
  note.size = 7.5;
  note.color = kGray;
  canvas.Paragraph(x + 14, y + h - 44, w / 2 - 28,
                   "이 통장은 예금자보호법에 따라 예금보험공사가 보호합니다.", note);
  TextStyle stamp_date;
  stamp_date.size = 8;
  stamp_date.color = kGray;
  canvas.Text(x, y + h + 10, "사본 출력 " + d.printed.Dotted(), stamp_date);
  // Right page: the transaction grid header with no entries yet.
  const double gx = x + w / 2 + 8, gw = w / 2 - 16;
  const std::vector<double> cols = {0.22, 0.2, 0.2, 0.2, 0.18};
  const char* const heads[] = {"거래일", "적요", "찾으신금액", "맡기신금액", "잔액"};
  TextStyle head;
  head.size = 7.5;
  head.align = Align::kCenter;
  double cx = gx;
  for (int i = 0; i < 5; ++i) {
    canvas.TextInBox(cx, y + 12, gw * cols[i], 16, heads[i], head);
    cx += gw * cols[i];
  }
  for (int r = 0; r < 13; ++r) {
    canvas.Line(gx, y + 28 + 20.0 * r, gx + gw, y + 28 + 20.0 * r, 0.4, Rgb{0.7, 0.75, 0.85});
  }
}

void DrawBankbookOnlineCopy(PageCanvas& canvas, const DocumentSpec& spec, int, Rng&) {
  const BankbookData& d = spec.bankbook;
  const double x = 80, width = 435;
  TextStyle title;
  title.size = 24;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 70, Spaced("통장사본"), title);
  canvas.Line(x, 112, x + width, 112, 2.0);
  TextStyle label;
  label.size = 10;
  label.color = kGray;
  TextStyle value;
  value.size = 15;
  value.bold = true;
  double y = 136;
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"은행명", d.bank},
      {"계좌번호", d.account_number},
      {"예금주", d.holder},
      {"계좌 개설일", d.opened.Korean()},
      {"관리점", d.branch},
  };
  for (const auto& [l, v] : rows) {
    canvas.Text(x + 10, y, l, label);
    canvas.Text(x + 10, y + 16, v, value);
    canvas.Line(x, y + 46, x + width, y + 46, 0.4, Rgb{0.75, 0.75, 0.75});
    y += 58;
  }
  TextStyle body;
  body.size = 10.5;
  y += 24;
  y += canvas.Paragraph(x, y, width,
                        "위 계좌는 " + d.bank + "에 개설되어 있는 예금주 명의의 계좌임을 "
                        "확인합니다. 본 사본은 인터넷뱅킹에서 출력되었습니다.",
                        body);
  TextStyle date = body;
  date.align = Align::kCenter;
  canvas.Text(x + width / 2, y + 30, "출력일 " + d.printed.Korean(), date);
  TextStyle bank = body;
  bank.size = 14;
  bank.bold = true;
  bank.align = Align::kCenter;
  canvas.Text(x + width / 2, y + 62, d.bank, bank);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out: a bank's "예금계좌 개설 확인서" — each value in its own box under a small label,
// two boxes per row, as certificates printed at the branch counter look.
void DrawBankbookAccountBoxes(PageCanvas& canvas, const DocumentSpec& spec, int, Rng&) {
  const BankbookData& d = spec.bankbook;
  const double x = 64, width = 467;
  TextStyle title;
  title.size = 21;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 64, "예금계좌 개설 확인서", title);
  TextStyle sub;
  sub.size = 9.5;
  sub.color = kGray;
  sub.align = Align::kCenter;
  canvas.Text(x + width / 2, 96, "(통장 사본 대체용)", sub);

  TextStyle caption;
  caption.size = 8.5;
  caption.color = kGray;
  TextStyle value;
  value.size = 13;
  const double gap = 17, half = (width - gap) / 2, box_h = 34;
  double y = 132;
  auto boxes = [&](const std::vector<std::pair<std::string, std::string>>& cells) {
    const double w = cells.size() == 1 ? width : half;
    for (size_t i = 0; i < cells.size(); ++i) {
      const double bx = x + (half + gap) * static_cast<double>(i);
      canvas.Text(bx + 2, y, cells[i].first, caption);
      canvas.Rect(bx, y + 14, w, box_h, 0.9);
      canvas.TextInBox(bx, y + 14, w, box_h, cells[i].second, value);
    }
    y += 14 + box_h + 20;
  };
  boxes({{"금융기관명", d.bank}, {"취급지점", d.branch}});
  boxes({{"예금주명", d.holder}});
  boxes({{"계좌번호", d.account_number}, {"예금종류", "저축예금(보통)"}});
  boxes({{"개설일자", d.opened.Dotted()}, {"확인일자", d.printed.Dotted()}});

  TextStyle body;
  body.size = 10.5;
  y += 16;
  y += canvas.Paragraph(x, y, width,
                        "위 예금주명의 계좌가 당행에 개설되어 현재 거래 중임을 확인합니다. "
                        "이 확인서는 잔액을 증명하지 않습니다.",
                        body);
  TextStyle bank;
  bank.size = 14;
  bank.bold = true;
  bank.align = Align::kCenter;
  canvas.Text(x + width / 2, y + 46, d.bank + " " + d.branch + "장", bank);
}

}  // namespace docval::samplegen
