// Bankbook copy (통장사본) layouts: the opened passbook's first page laid on a flatbed, and the
// "통장사본" printout of internet banking with labels above the values.
#include <cmath>

#include "samples/generator/korean_data.h"
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

namespace docval::samplegen {

namespace {

// Dark card colours, one per bank, so white lettering on the card survives a bilevel scan.
Rgb AppCardColor(const std::string& bank) {
  if (bank.find("국민") != std::string::npos) return Rgb{0.36, 0.3, 0.16};
  if (bank.find("신한") != std::string::npos) return Rgb{0.08, 0.24, 0.58};
  if (bank.find("우리") != std::string::npos) return Rgb{0.04, 0.34, 0.6};
  if (bank.find("하나") != std::string::npos) return Rgb{0.0, 0.4, 0.36};
  if (bank.find("농협") != std::string::npos) return Rgb{0.07, 0.4, 0.2};
  return Rgb{0.08, 0.2, 0.48};
}

void RoundedRect(cairo_t* cr, double x, double y, double w, double h, double r) {
  cairo_new_sub_path(cr);
  cairo_arc(cr, x + w - r, y + r, r, -M_PI / 2, 0);
  cairo_arc(cr, x + w - r, y + h - r, r, 0, M_PI / 2);
  cairo_arc(cr, x + r, y + h - r, r, M_PI / 2, M_PI);
  cairo_arc(cr, x + r, y + r, r, M_PI, 3 * M_PI / 2);
  cairo_close_path(cr);
}

}  // namespace

// Held out (second set): a 통장사본 saved from a banking app as a phone screenshot — status bar,
// a dark account card with the number in large white digits and the holder without a label,
// then a label-left/value-right detail list and the app's buttons.
void DrawBankbookAppCard(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const BankbookData& d = spec.bankbook;
  const double w = canvas.width(), margin = 20;
  cairo_t* cr = canvas.cairo();
  TextStyle status;
  status.size = 9;
  status.bold = true;
  canvas.Text(margin, 8, Pad(rng.Int(8, 18), 2) + ":" + Pad(rng.Int(0, 59), 2), status);
  canvas.Rect(w - margin - 22, 10, 20, 9, 0.8);
  canvas.FillRect(w - margin - 20, 12, 12, 5, kBlack);
  // App bar: a back chevron and the screen title.
  canvas.Line(margin + 7, 44, margin, 51, 1.6);
  canvas.Line(margin, 51, margin + 7, 58, 1.6);
  TextStyle screen;
  screen.size = 14;
  screen.bold = true;
  screen.align = Align::kCenter;
  canvas.Text(w / 2, 42, "통장사본", screen);

  const double card_x = margin, card_y = 82, card_w = w - 2 * margin, card_h = 150;
  const Rgb color = AppCardColor(d.bank);
  cairo_save(cr);
  cairo_set_source_rgb(cr, color.r, color.g, color.b);
  RoundedRect(cr, card_x, card_y, card_w, card_h, 12);
  cairo_fill(cr);
  cairo_restore(cr);
  TextStyle on_card;
  on_card.color = Rgb{1, 1, 1};
  on_card.size = 13;
  on_card.bold = true;
  canvas.Text(card_x + 16, card_y + 14, d.bank, on_card);
  on_card.size = 9;
  on_card.bold = false;
  canvas.Text(card_x + 16, card_y + 36, "입출금 자유예금", on_card);
  on_card.size = 16;
  on_card.bold = true;
  canvas.Text(card_x + 16, card_y + 68, d.account_number, on_card);
  on_card.size = 11;
  on_card.bold = false;
  canvas.Text(card_x + 16, card_y + 108, d.holder, on_card);

  TextStyle label;
  label.size = 10;
  label.color = kGray;
  TextStyle value;
  value.size = 10.5;
  value.align = Align::kRight;
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"은행", d.bank},
      {"계좌번호", d.account_number},
      {"예금주", d.holder},
      {"가입일", d.opened.Iso()},
      {"발급일", d.printed.Iso()},
  };
  double y = card_y + card_h + 24;
  for (const auto& [l, v] : rows) {
    canvas.Text(margin + 2, y, l, label);
    canvas.Text(w - margin - 2, y, v, value);
    canvas.Line(margin, y + 24, w - margin, y + 24, 0.4, Rgb{0.85, 0.85, 0.85});
    y += 34;
  }
  TextStyle note;
  note.size = 8;
  note.color = kGray;
  y += 6;
  y += ParagraphByWords(canvas, margin, y, w - 2 * margin,
                        "이 통장사본은 모바일뱅킹에서 발급되었으며 계좌의 잔액은 표시되지 않습니다.", note);

  // Two buttons along the bottom edge, as the app shows them.
  const double button_y = canvas.height() - 64, button_w = (w - 2 * margin - 10) / 2;
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0.75, 0.75, 0.75);
  cairo_set_line_width(cr, 1.0);
  RoundedRect(cr, margin, button_y, button_w, 40, 8);
  cairo_stroke(cr);
  cairo_set_source_rgb(cr, color.r, color.g, color.b);
  RoundedRect(cr, margin + button_w + 10, button_y, button_w, 40, 8);
  cairo_fill(cr);
  cairo_restore(cr);
  TextStyle button;
  button.size = 11;
  button.bold = true;
  button.align = Align::kCenter;
  canvas.TextInBox(margin, button_y, button_w, 40, "이미지 저장", button);
  button.color = Rgb{1, 1, 1};
  canvas.TextInBox(margin + button_w + 10, button_y, button_w, 40, "공유하기", button);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (third set): a branch-issued "계좌확인서" — the account as one row of a table whose
// header row names the columns (거래은행, 계좌번호, 계좌주 …), the same facts again inside the
// confirming sentence, and the branch manager's round seal.
void DrawBankbookHolderCert(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const BankbookData& d = spec.bankbook;
  const double x = 60, width = 475;
  TextStyle brand;
  brand.size = 15;
  brand.bold = true;
  brand.color = AppCardColor(d.bank);
  canvas.Text(x, 44, d.bank, brand);
  TextStyle meta;
  meta.size = 8.5;
  meta.color = kGray;
  meta.align = Align::kRight;
  canvas.Text(x + width, 50, "문서확인번호 " + Pad(rng.Int(0, 9999), 4) + "-" + Pad(rng.Int(0, 9999), 4) + "-" +
                                 Pad(rng.Int(0, 9999), 4),
              meta);
  canvas.Line(x, 72, x + width, 72, 0.8, AppCardColor(d.bank));
  TextStyle title;
  title.size = 24;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 104, Spaced("계좌확인서"), title);

  TextStyle body;
  body.size = 11;
  double y = 172;
  for (const auto& [key, text] : {std::pair{"제 출 처", "소상공인시장진흥공단"},
                                  std::pair{"용     도", "보조금 입금계좌 등록"}}) {
    canvas.Text(x, y, key, body);
    canvas.Text(x + 62, y, std::string(":  ") + text, body);
    y += 24;
  }
  y += 16;

  const char* const heads[] = {"거래은행", "계좌번호", "계좌주", "예금과목", "신규일자"};
  const std::string values[] = {d.bank, d.account_number, d.holder, "보통예금", d.opened.Iso()};
  const double widths[] = {80, 120, 130, 66, 79};
  TextStyle head;
  head.size = 10;
  head.bold = true;
  head.align = Align::kCenter;
  TextStyle value;
  value.size = 10.5;
  value.align = Align::kCenter;
  double cx = x;
  for (int i = 0; i < 5; ++i) {
    canvas.FillRect(cx, y, widths[i], 26, Rgb{0.92, 0.92, 0.92});
    canvas.Rect(cx, y, widths[i], 26, 0.7);
    canvas.TextInBox(cx, y, widths[i], 26, heads[i], head);
    canvas.Rect(cx, y + 26, widths[i], 38, 0.7);
    canvas.TextInBox(cx, y + 26, widths[i], 38, values[i], FitWidth(canvas, values[i], value, widths[i] - 8));
    cx += widths[i];
  }
  canvas.Rect(x, y, width, 64, 1.4);
  y += 64 + 40;

  y += ParagraphByWords(canvas, x, y, width,
                        "위 계좌(" + d.account_number + ")는 " + d.bank + " " + d.branch + "에 개설된 " +
                            d.holder + " 명의의 보통예금 계좌로서, 확인일 현재 정상적으로 거래 중임을 "
                            "확인합니다.",
                        body, 1.8);
  y += 18;
  TextStyle note;
  note.size = 8.5;
  note.color = kGray;
  y += ParagraphByWords(canvas, x, y, width,
                        "※ 이 확인서는 예금 잔액을 증명하지 않으며, 확인일 이후의 지급정지·해지 여부는 "
                        "거래은행에 문의하시기 바랍니다.",
                        note);
  TextStyle center = body;
  center.align = Align::kCenter;
  canvas.Text(x + width / 2, y + 70, d.printed.KoreanLoose(), center);
  TextStyle sign = body;
  sign.size = 15;
  sign.bold = true;
  sign.align = Align::kCenter;
  const std::string signer = d.bank + " " + d.branch + "장";
  canvas.Text(x + width / 2, y + 120, signer, sign);
  cairo_new_path(canvas.cairo());  // no stray line from the text's current point to the seal
  canvas.Seal(x + width / 2 + canvas.MeasureWidth(signer, sign) / 2 + 26, y + 129, 20, "지점장인", rng);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (fourth set): only the passbook's first inner page, scanned on its own (card-sized,
// landscape) — a coloured bank strip, the passbook printer's values under small pre-printed
// captions in two columns, the holder captioned 성명, an empty registered-seal box and the
// deposit-protection notice.
void DrawBankbookInnerPage(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const BankbookData& d = spec.bankbook;
  const double w = canvas.width(), h = canvas.height();
  const Rgb color = AppCardColor(d.bank);
  canvas.FillRect(0, 0, w, h, Rgb{0.99, 0.98, 0.955});
  canvas.Rect(4, 4, w - 8, h - 8, 0.8, Rgb{0.7, 0.7, 0.7});
  canvas.FillRect(4, 4, w - 8, 32, color);
  TextStyle brand;
  brand.size = 14;
  brand.bold = true;
  brand.color = Rgb{1, 1, 1};
  canvas.TextInBox(14, 4, 200, 32, d.bank, brand);
  TextStyle product = brand;
  product.size = 10;
  product.bold = false;
  product.align = Align::kRight;
  canvas.TextInBox(w - 220, 4, 206, 32, "기업자유예금 통장", product);

  TextStyle caption;
  caption.size = 7.5;
  caption.color = color;
  TextStyle value;
  value.size = 12;
  value.bold = true;
  const double x = 20, col = 142, seal_w = 84;
  const double area = w - 2 * x - seal_w - 16;
  // A caption and, under it on a dotted rule, what the passbook printer put there.
  auto field = [&](double fx, double fy, double fw, const std::string& cap, const std::string& text,
                   const TextStyle& style) {
    canvas.Text(fx, fy, cap, caption);
    canvas.Text(fx + 4, fy + 13, text, FitWidth(canvas, text, style, fw - 8));
    for (double dx = fx; dx < fx + fw - 6; dx += 4) {
      canvas.Line(dx, fy + 33, dx + 2, fy + 33, 0.5, Rgb{0.6, 0.6, 0.6});
    }
  };
  TextStyle big = value;
  big.size = 15;
  double y = 48;
  field(x, y, area, "계좌번호 (Account No.)", d.account_number, big);
  y += 44;
  field(x, y, area, "성명 (Name)", d.holder, value);
  y += 42;
  field(x, y, col, "신규일", d.opened.Iso(), value);
  field(x + col + 10, y, area - col - 10, "관리점", d.branch, value);
  y += 42;
  field(x, y, col, "발행일", d.printed.Iso(), value);
  field(x + col + 10, y, area - col - 10, "통장번호", Pad(rng.Int(1, 9), 2), value);

  // The registered-seal box at the right, left empty on a signature account.
  const double sx = w - x - seal_w, sy = 52;
  canvas.Rect(sx, sy, seal_w, seal_w + 10, 0.8, color);
  canvas.Line(sx, sy + 18, sx + seal_w, sy + 18, 0.6, color);
  TextStyle seal_caption = caption;
  seal_caption.align = Align::kCenter;
  canvas.TextInBox(sx, sy, seal_w, 18, "신고인감(서명)", seal_caption);

  TextStyle note;
  note.size = 7;
  note.color = kGray;
  const double ny = h - 44;
  canvas.Rect(x - 6, ny - 4, w - 2 * x + 12, 32, 0.5, Rgb{0.75, 0.75, 0.75});
  ParagraphByWords(canvas, x, ny, w - 2 * x,
                   "이 예금은 예금자보호법에 따라 예금보험공사가 보호하되, 보호 한도는 본 은행에 있는 귀하의 "
                   "모든 예금보호 대상 금융상품의 원금과 소정의 이자를 합하여 1인당 최고 1억원이며, "
                   "1억원을 초과하는 나머지 금액은 보호하지 않습니다.",
                   note, 1.25);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (fifth set).
void DrawBankbookCover(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const BankbookData& d = spec.bankbook;
  const double w = canvas.width(), h = canvas.height();
  const Rgb cover{0.12, 0.3, 0.55};
  const Rgb white{1, 1, 1};
  canvas.FillRect(0, 0, w, h, Rgb{0.95, 0.96, 0.98});
  canvas.FillRect(0, 0, w, 118, cover);
  TextStyle bank;
  bank.size = 22;
  bank.bold = true;
  bank.color = white;
  canvas.Text(30, 36, d.bank, bank);
  TextStyle product;
  product.size = 11;
  product.color = white;
  const char* const products[] = {"기업자유예금", "보통예금", "비즈니스 통장", "사업자 입출금통장"};
  canvas.Text(30, 78, products[rng.Int(0, 3)], product);

  const double x = 30, width = w - 60;
  TextStyle cap;
  cap.size = 9;
  cap.color = kGray;
  TextStyle val;
  val.size = 15;
  val.bold = true;
  double y = 150;
  // Values written under their captions, left column only, like a cover's printed panel.
  canvas.Text(x, y, "Account No.  계좌번호", cap);
  y += 16;
  canvas.Text(x, y, d.account_number, val);
  y += 36;
  canvas.Line(x, y - 8, x + width, y - 8, 0.5, kGray);
  canvas.Text(x, y, "Name  예금주", cap);
  y += 16;
  canvas.Text(x, y, d.holder + "  님", FitWidth(canvas, d.holder + "  님", val, width));
  y += 36;
  canvas.Line(x, y - 8, x + width, y - 8, 0.5, kGray);
  TextStyle small = val;
  small.size = 11;
  small.bold = false;
  canvas.Text(x, y, "개설점", cap);
  canvas.Text(x + width / 2, y, "신규일", cap);
  y += 16;
  canvas.Text(x, y, d.branch, small);
  canvas.Text(x + width / 2, y, d.opened.Dotted(), small);
  y += 40;
  canvas.Rect(x + width - 70, y, 70, 70, 0.8, kGray);
  TextStyle seal = cap;
  seal.align = Align::kCenter;
  canvas.Text(x + width - 35, y + 72, "신고인감", seal);
  TextStyle note = cap;
  note.size = 7.5;
  ParagraphByWords(canvas, x, h - 70, width,
                   "이 예금은 예금자보호법에 따라 원금과 소정의 이자를 합하여 1인당 최고 5천만원까지 보호됩니다.",
                   note, 1.3);
  TextStyle printed = cap;
  printed.size = 7;
  canvas.Text(x, h - 30, "사본 출력 " + d.printed.DottedLoose(), printed);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (sixth set).
void DrawBankbookCertifiedCopy(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const BankbookData& d = spec.bankbook;
  const double w = canvas.width();
  const Rgb color = AppCardColor(d.bank);
  TextStyle heading;
  heading.size = 12;
  heading.bold = true;
  canvas.Text(48, 44, "[첨부 " + std::to_string(rng.Int(3, 6)) + "]  보조금 입금계좌 통장 사본", heading);
  canvas.Line(48, 68, w - 48, 68, 0.6, kGray);

  // The photocopied passbook spread: a grey copier bed around the opened book.
  const double px = 52, py = 96, pw = w - 104, ph = 318;
  canvas.FillRect(px - 10, py - 10, pw + 20, ph + 20, Rgb{0.78, 0.78, 0.78});
  canvas.FillRect(px, py, pw, ph, Rgb{0.985, 0.985, 0.975});
  canvas.Line(px + pw / 2, py, px + pw / 2, py + ph, 1.2, Rgb{0.6, 0.6, 0.6});  // the spine
  const double lx = px + 16, lw = pw / 2 - 32;
  TextStyle brand;
  brand.size = 15;
  brand.bold = true;
  brand.color = color;
  canvas.Text(lx, py + 16, d.bank, brand);
  TextStyle product;
  product.size = 9;
  product.color = color;
  product.align = Align::kRight;
  canvas.Text(lx + lw, py + 22, "사업자 보통예금", product);
  canvas.Line(lx, py + 44, lx + lw, py + 44, 1.0, color);
  // Pre-printed spaced captions; the passbook printer's values sit a little off their lines.
  TextStyle caption;
  caption.size = 8;
  caption.color = color;
  TextStyle printer;
  printer.size = 10.5;
  printer.family = "Noto Sans Mono CJK KR";
  const double drift = rng.Real(-4, 3);
  const std::pair<const char*, std::string> rows[] = {
      {"계 좌 번 호", d.account_number},
      {"고   객   명", d.holder},
      {"신 규 일 자", d.opened.Iso()},
      {"관   리   점", d.branch + " (" + Pad(rng.Int(100, 999), 4) + ")"},
  };
  double y = py + 62;
  for (const auto& [cap, value] : rows) {
    canvas.Text(lx, y + 3, cap, caption);
    canvas.Line(lx + 58, y + 18, lx + lw, y + 18, 0.4, color);
    canvas.Text(lx + 62, y + drift, value, FitWidth(canvas, value, printer, lw - 64));
    y += 36;
  }
  TextStyle note;
  note.size = 6.5;
  note.color = kGray;
  ParagraphByWords(canvas, lx, py + ph - 54, lw,
                   "이 통장은 예금자보호법에 따라 예금보험공사가 보호합니다. 통장과 도장을 분실한 때에는 곧 "
                   "거래점에 신고하여 주십시오.",
                   note, 1.3);
  // The right page: the first ledger lines, balances blacked out by the owner.
  const double rx = px + pw / 2 + 14, rw = pw / 2 - 28;
  TextStyle head;
  head.size = 7.5;
  head.color = color;
  head.align = Align::kCenter;
  const char* const heads[] = {"년월일", "찾으신금액", "맡기신금액", "잔액", "거래점"};
  const double share[] = {0.2, 0.22, 0.22, 0.22, 0.14};
  double cx = rx;
  for (int i = 0; i < 5; ++i) {
    canvas.TextInBox(cx, py + 16, rw * share[i], 16, heads[i], head);
    cx += rw * share[i];
  }
  for (int r = 0; r < 12; ++r) canvas.Line(rx, py + 34 + 22.0 * r, rx + rw, py + 34 + 22.0 * r, 0.4, color);
  TextStyle entry = printer;
  entry.size = 7.5;
  const int entries = static_cast<int>(rng.Int(2, 4));
  Date when = d.opened;
  for (int r = 0; r < entries; ++r) {
    const double ey = py + 39 + 22.0 * r;
    canvas.Text(rx + 2, ey, when.Compact().substr(2), entry);
    canvas.FillRect(rx + rw * 0.22, ey - 2, rw * 0.64, 13, Rgb{0.08, 0.08, 0.08});
    when = when.AddDays(rng.Int(1, 40));
  }

  // The company's certification under the copy: the stamp, a sentence, the seal.
  y = py + ph + 44;
  const double sx = 60, sw = 150, sh = 66;
  const Rgb ink{0.2, 0.3, 0.7};
  canvas.Rect(sx, y, sw, sh, 1.6, ink);
  canvas.Rect(sx + 3, y + 3, sw - 6, sh - 6, 0.6, ink);
  TextStyle stamp;
  stamp.size = 15;
  stamp.bold = true;
  stamp.color = ink;
  stamp.align = Align::kCenter;
  canvas.Ink(sx + sw / 2, y + 8, "원 본 대 조 필", stamp);
  stamp.size = 9;
  stamp.bold = false;
  canvas.Ink(sx + sw / 2, y + 32, d.printed.Dotted(), stamp);
  canvas.Ink(sx + sw / 2, y + 46, "확인자 :", stamp);
  TextStyle body;
  body.size = 11;
  const double tx = sx + sw + 30, tw = w - tx - 56;
  double ty = y + 4;
  ty += ParagraphByWords(canvas, tx, ty, tw,
                         "위 사본은 보조금을 받을 " + d.bank + " 계좌의 통장 원본과 틀림없음을 확인합니다.", body, 1.6);
  ty += 12;
  canvas.Text(tx, ty, d.printed.KoreanLoose(), body);
  ty += 30;
  TextStyle sign = body;
  sign.size = 13;
  sign.bold = true;
  const std::string signer = "예금주  " + d.holder + "  (인)";
  canvas.Text(tx, ty, signer, FitWidth(canvas, signer, sign, tw - 20));
  cairo_new_path(canvas.cairo());  // no stray line from the text's current point to the seal
  canvas.Seal(tx + std::min(canvas.MeasureWidth(signer, sign), tw - 20) - 8, ty + 9, 18, "대표이사", rng);
  TextStyle footer;
  footer.size = 8;
  footer.color = kGray;
  canvas.Text(48, canvas.height() - 60,
              "※ 통장 사본의 잔액 및 거래 내역은 개인정보 보호를 위하여 가렸습니다.", footer);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

namespace {

std::string BankInEnglish(const std::string& bank) {
  if (bank.find("국민") != std::string::npos) return "Kookmin Bank";
  if (bank.find("신한") != std::string::npos) return "Shinhan Bank";
  if (bank.find("우리") != std::string::npos) return "Woori Bank";
  if (bank.find("하나") != std::string::npos) return "Hana Bank";
  if (bank.find("농협") != std::string::npos) return "NongHyup Bank";
  return "Industrial Bank of Korea";
}

}  // namespace

// Held out (seventh set).
void DrawBankbookBilingual(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const BankbookData& d = spec.bankbook;
  const double x = 62, width = canvas.width() - 124;
  const Rgb color = AppCardColor(d.bank);
  const Rgb tint{0.94 + 0.06 * color.r, 0.94 + 0.06 * color.g, 0.94 + 0.06 * color.b};
  TextStyle brand;
  brand.size = 15;
  brand.bold = true;
  brand.color = color;
  canvas.Text(x, 40, d.bank, brand);
  TextStyle english;
  english.size = 8.5;
  english.color = color;
  canvas.Text(x, 62, BankInEnglish(d.bank), english);
  TextStyle meta;
  meta.size = 8.5;
  meta.color = kGray;
  meta.align = Align::kRight;
  canvas.Text(x + width, 46, "No. " + d.printed.Compact() + "-" + Pad(rng.Int(1, 99999), 5), meta);
  canvas.FillRect(x, 84, width, 2, color);
  TextStyle title;
  title.size = 22;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 104, "계좌개설 확인서", title);
  TextStyle title_en = meta;
  title_en.size = 10;
  title_en.align = Align::kCenter;
  canvas.Text(x + width / 2, 138, "CONFIRMATION OF ACCOUNT", title_en);

  TextStyle body;
  body.size = 10.5;
  double y = 176;
  canvas.Text(x, y, "제출처 (Submitted to) :  소상공인시장진흥공단", body);
  y += 30;

  // Korean caption over its English name in the label column, the value beside them.
  const double lw = 150, rh = 40;
  TextStyle label = body;
  label.bold = true;
  label.align = Align::kCenter;
  TextStyle label_en = meta;
  label_en.size = 7.5;
  label_en.align = Align::kCenter;
  TextStyle value;
  value.size = 12;
  canvas.Line(x, y, x + width, y, 1.4, color);
  struct Row {
    const char* korean;
    const char* english;
    std::string text;
  };
  const Row rows[] = {
      {"예 금 주", "Account Holder", d.holder},
      {"은 행 명", "Name of Bank", d.bank + " (" + BankInEnglish(d.bank) + ")"},
      {"개설지점", "Branch", d.branch},
      {"계좌번호", "Account Number", d.account_number},
      {"예금종류", "Type of Account", "보통예금 (Ordinary Deposit)"},
      {"신규일자", "Date of Opening", d.opened.Iso()},
      {"통    화", "Currency", "원화 (KRW)"},
  };
  for (const auto& [korean, name, text] : rows) {
    canvas.FillRect(x, y, lw, rh, tint);
    canvas.Line(x, y + rh, x + width, y + rh, 0.5, Rgb{0.7, 0.7, 0.7});
    canvas.Line(x + lw, y, x + lw, y + rh, 0.5, Rgb{0.7, 0.7, 0.7});
    canvas.Text(x + lw / 2, y + 6, korean, label);
    canvas.Text(x + lw / 2, y + 24, name, label_en);
    TextStyle v = FitWidth(canvas, text, value, width - lw - 20);
    v.bold = text == d.account_number;
    canvas.TextInBox(x + lw + 8, y, width - lw - 8, rh, text, v);
    y += rh;
  }
  canvas.Line(x, y, x + width, y, 1.4, color);
  y += 30;

  y += ParagraphByWords(canvas, x, y, width,
                        "위 계좌는 예금주 명의로 당행에 개설되어 현재 정상적으로 거래 중임을 확인합니다.", body, 1.5);
  TextStyle body_en = meta;
  body_en.align = Align::kLeft;
  body_en.size = 9;
  y += ParagraphByWords(canvas, x, y, width,
                        "We hereby confirm that the above account is held with our bank in the name of the account "
                        "holder and is in normal standing as of the date of issue.",
                        body_en, 1.4);
  y += 26;
  static const char* const kMonths[] = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.",
                                        "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."};
  TextStyle center = body;
  center.align = Align::kCenter;
  canvas.Text(x + width / 2, y,
              "발급일자 (Date of Issue) :  " + d.printed.Korean() + "  (" + kMonths[d.printed.month - 1] + " " +
                  std::to_string(d.printed.day) + ", " + std::to_string(d.printed.year) + ")",
              center);
  y += 52;
  TextStyle sign = center;
  sign.size = 15;
  sign.bold = true;
  const std::string signer = d.bank + " " + d.branch + "장";
  canvas.Text(x + width / 2, y, signer, sign);
  TextStyle sign_en = title_en;
  sign_en.size = 8.5;
  canvas.Text(x + width / 2, y + 24, "Branch Manager, " + BankInEnglish(d.bank), sign_en);
  DrawSquareSeal(canvas, x + width / 2 + canvas.MeasureWidth(signer, sign) / 2 + 8, y - 12, 44,
                 {"은행", "지점장"}, rng);

  TextStyle note = meta;
  note.align = Align::kLeft;
  double foot = canvas.height() - 78;
  canvas.Line(x, foot - 8, x + width, foot - 8, 0.5, Rgb{0.7, 0.7, 0.7});
  for (const char* text : {"※ 이 확인서는 예금 잔액을 증명하지 않습니다. (This confirmation does not certify the "
                           "balance of the account.)",
                           "※ 발급번호로 가까운 영업점에서 발급 사실을 확인할 수 있습니다."}) {
    foot += ParagraphByWords(canvas, x, foot, width, text, note, 1.35);
  }
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (eighth set).
void DrawBankbookPatternedCopy(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const BankbookData& d = spec.bankbook;
  const double w = canvas.width(), h = canvas.height();
  const Rgb color = AppCardColor(d.bank);
  // The copy-protection pattern printed under everything: small words tiled at a slant, pale
  // enough to read through. Ink, not printed text.
  cairo_t* cr = canvas.cairo();
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_translate(cr, w / 2, h / 2);
  cairo_rotate(cr, -0.32);
  TextStyle pattern;
  pattern.size = 9;
  pattern.color = Rgb{0.935, 0.935, 0.94};
  for (int row = -24; row <= 24; ++row) {
    const double shift = (row % 2 == 0) ? 0 : 46;
    for (int col = -6; col <= 6; ++col) {
      canvas.Ink(col * 92.0 + shift - 46, row * 22.0, "COPY 사본", pattern);
    }
  }
  cairo_restore(cr);

  const double x = 64, width = w - 128;
  TextStyle tag;
  tag.size = 8.5;
  tag.color = color;
  canvas.Rect(x, 36, 66, 18, 0.7, color);
  TextStyle tag_centre = tag;
  tag_centre.align = Align::kCenter;
  canvas.TextInBox(x, 36, 66, 18, "인터넷 발급", tag_centre);
  TextStyle meta;
  meta.size = 8.5;
  meta.color = kGray;
  meta.align = Align::kRight;
  const std::string issue_no = d.printed.Compact() + "-" + Pad(rng.Int(0, 999), 3) + "-" + Pad(rng.Int(0, 99999), 5);
  canvas.Text(x + width, 40, "발급번호 ： " + issue_no, meta);
  TextStyle title;
  title.size = 26;
  title.bold = true;
  title.align = Align::kCenter;
  title.family = "NanumSquare";
  canvas.Text(w / 2, 78, "통 장 사 본", title);
  TextStyle sub;
  sub.size = 10;
  sub.color = kGray;
  sub.align = Align::kCenter;
  canvas.Text(w / 2, 116, "(예금거래 계좌 확인용)", sub);

  // The account card: the bank's strip, then distributed captions with dotted leaders running
  // to values set flush right.
  const double cy = 150, strip = 38, rh = 36, cx = x + 14, cw = width - 28;
  canvas.FillRect(x, cy, width, strip, color);
  TextStyle bank;
  bank.size = 15;
  bank.bold = true;
  bank.color = Rgb{1, 1, 1};
  canvas.TextInBox(x + 12, cy, width / 2, strip, d.bank, bank);
  TextStyle product = bank;
  product.size = 10;
  product.bold = false;
  product.align = Align::kRight;
  canvas.TextInBox(x + width / 2, cy, width / 2 - 12, strip, "기업자유예금 통장", product);
  TextStyle caption;
  caption.size = 10.5;
  caption.color = Rgb{0.15, 0.15, 0.15};
  TextStyle value;
  value.size = 12;
  value.align = Align::kRight;
  TextStyle big = value;
  big.size = 15;
  big.bold = true;
  const std::pair<const char*, std::string> rows[] = {
      {"예금주", d.holder},         {"계좌번호", d.account_number}, {"은행명", d.bank},
      {"개설점", d.branch},         {"신규일자", d.opened.KoreanLoose()},
      {"예금종류", "기업자유예금"},
  };
  double y = cy + strip + 14;
  for (const auto& [label, text] : rows) {
    const bool key = text == d.holder || text == d.account_number;
    const TextStyle style = FitWidth(canvas, text, key ? big : value, cw - 110);
    const double top = y + (rh - canvas.LineHeight(style)) / 2;
    DrawDistributed(canvas, cx, y + (rh - canvas.LineHeight(caption)) / 2, 62, label, caption);
    canvas.Text(cx + 68, y + (rh - canvas.LineHeight(caption)) / 2, "：", caption);
    const double drawn = canvas.Text(cx + cw, top, text, style);
    for (double dx = cx + 90; dx < cx + cw - drawn - 8; dx += 5) {
      canvas.FillRect(dx, y + rh / 2 + 3, 1.1, 1.1, Rgb{0.6, 0.6, 0.6});
    }
    y += rh;
    canvas.Line(cx, y, cx + cw, y, 0.4, Rgb{0.82, 0.82, 0.82});
  }
  y += 12;
  canvas.Rect(x, cy, width, y - cy, 1.0, color);

  // The issue facts as a small table whose last cell is the stamp box.
  y += 26;
  const double sw[] = {96, 124, 110, width - 330};
  TextStyle cell;
  cell.size = 9.5;
  DrawRow(canvas, x, y, 20,
          {Cell{"발급일자", sw[0], true}, Cell{"발급경로", sw[1], true}, Cell{"출력자", sw[2], true},
           Cell{"은행 확인", sw[3], true}},
          cell, color, 0.6, Rgb{0.95, 0.95, 0.95});
  y += 20;
  DrawRow(canvas, x, y, 62,
          {Cell{d.printed.Dotted(), sw[0], false, Align::kCenter}, Cell{"인터넷뱅킹(기업)", sw[1], false, Align::kCenter},
           Cell{"예금주 본인", sw[2], false, Align::kCenter}, Cell{"", sw[3]}},
          cell, color, 0.6);
  cairo_new_path(cr);  // no stray line from the text's current point to the seal
  canvas.Seal(x + sw[0] + sw[1] + sw[2] + sw[3] / 2, y + 31, 22, "은행확인", rng);
  y += 62 + 40;

  TextStyle note;
  note.size = 8.5;
  note.color = Rgb{0.25, 0.25, 0.25};
  canvas.Line(x, y - 12, x + width, y - 12, 0.5, kGray);
  const char* const notes[] = {
      "1. 이 사본은 예금주의 요청에 따라 인터넷뱅킹에서 출력한 것으로, 잔액과 거래내역은 표시하지 않습니다.",
      "2. 바탕의 'COPY 사본' 문양이 없거나 내용을 고친 출력물은 효력이 없습니다.",
      "3. 발급번호로 은행 홈페이지 '증명서 진위확인'에서 발급 사실을 확인할 수 있습니다."};
  for (const char* text : notes) y += ParagraphByWords(canvas, x, y, width, text, note, 1.4) + 2;
  TextStyle footer = bank;
  footer.size = 12;
  footer.color = color;
  footer.align = Align::kCenter;
  canvas.Text(w / 2, h - 70, d.bank, footer);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (ninth set).
void DrawBankbookFaxedCopy(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const BankbookData& d = spec.bankbook;
  const double w = canvas.width(), h = canvas.height(), x = 70, width = w - 140;
  // The fax machine's transmission line along the top edge, in its fixed-pitch type: the
  // supplier faxed the copy to the agency, as many still do.
  TextStyle fax;
  fax.size = 7.5;
  fax.family = "NanumGothicCoding";
  const std::string sender_fax = "0" + std::to_string(rng.Int(2, 6)) + "-" + Pad(rng.Int(200, 999), 3) + "-" +
                                 Pad(rng.Int(0, 9999), 4);
  canvas.Text(18, 16,
              d.printed.Iso() + " " + Pad(rng.Int(9, 17), 2) + ":" + Pad(rng.Int(0, 59), 2) + "  FROM: " + sender_fax +
                  "  TO: 1533-" + Pad(rng.Int(0, 9999), 4),
              fax);
  TextStyle fax_right = fax;
  fax_right.align = Align::kRight;
  canvas.Text(w - 18, 16, "P.001/001", fax_right);

  // A short cover note, then the bank's copy in a frame below it.
  TextStyle cover;
  cover.size = 10;
  canvas.Text(x, 44, "수신 : 소상공인시장진흥공단 스마트상점 담당자", cover);
  canvas.Text(x, 62, "발신 : " + d.holder + " (대금 수령 계좌 제출)", cover);
  canvas.Line(x, 82, x + width, 82, 0.6, kGray);

  const double top = 104, frame_h = 300;
  canvas.Rect(x, top, width, frame_h, 1.4);
  canvas.Rect(x + 4, top + 4, width - 8, frame_h - 8, 0.5);
  TextStyle bank;
  bank.size = 13;
  bank.bold = true;
  canvas.Text(x + 22, top + 20, d.bank, bank);
  TextStyle title;
  title.size = 19;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, top + 48, "예금통장 사본", title);

  // Captions right-aligned to a common edge with a colon, values left-aligned after it.
  TextStyle caption;
  caption.size = 11;
  caption.align = Align::kRight;
  TextStyle value;
  value.size = 12;
  TextStyle strong = value;
  strong.size = 13.5;
  strong.bold = true;
  const double edge = x + 150;
  double y = top + 98;
  double account_y = 0, account_w = 0;
  const std::pair<std::string, std::string> rows[] = {
      {"금융기관", d.bank},           {"취급점", d.branch},
      {"계좌번호", d.account_number}, {"예금주(명의인)", d.holder},
      {"신규일자", d.opened.Korean()}, {"예금종류", "보통예금"},
  };
  for (const auto& [label, text] : rows) {
    canvas.Text(edge, y, label + " :", caption);
    const bool key = label == "계좌번호" || label.starts_with("예금주");
    const double drawn = canvas.Text(edge + 12, y - (key ? 1.5 : 0.5), text, key ? strong : value);
    if (label == "계좌번호") {
      account_y = y;
      account_w = drawn;
    }
    y += 30;
  }

  // A pen loop round the account number, drawn by whoever sent the fax.
  cairo_t* cr = canvas.cairo();
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0.1, 0.15, 0.55);
  cairo_set_line_width(cr, 1.3);
  cairo_translate(cr, edge + 12 + account_w / 2, account_y + 8);
  cairo_rotate(cr, rng.Real(-0.05, 0.05));
  cairo_save(cr);
  cairo_scale(cr, account_w / 2 + 7, 15);
  cairo_arc(cr, 0, 0, 1, 0.3, 2 * 3.14159265 + 0.5);
  cairo_restore(cr);  // the path stays; the stroke is not stretched by the scale
  cairo_stroke(cr);
  cairo_restore(cr);

  // The company's square seal and the copy-certified stamp beside it.
  TextStyle stamp;
  stamp.size = 10;
  stamp.bold = true;
  stamp.color = kSealRed;
  stamp.align = Align::kCenter;
  const double sx = x + width - 150, sy = top + frame_h - 64;
  canvas.Rect(sx, sy, 74, 26, 1.2, kSealRed);
  canvas.Text(sx + 37, sy + 6, "원본대조필", stamp);
  DrawSquareSeal(canvas, sx + 86, sy - 14, 46, {"사용", "인감"}, rng);

  TextStyle note;
  note.size = 8.5;
  note.color = kGray;
  y = top + frame_h + 20;
  for (const char* line : {"※ 위 계좌로 보조금(국비) 지급을 요청합니다.",
                           "※ 통장 사본은 예금주 명의가 사업자등록증의 상호와 같아야 합니다."}) {
    canvas.Text(x, y, line, note);
    y += 16;
  }
  // The fax's page footer.
  TextStyle footer = fax;
  footer.align = Align::kCenter;
  canvas.Text(w / 2, h - 24, "- 1 -", footer);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (tenth set).
void DrawBankbookSecurityPaper(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const BankbookData& d = spec.bankbook;
  const double w = canvas.width(), h = canvas.height();
  const Rgb color = AppCardColor(d.bank);
  const Rgb tint{0.9 + 0.1 * color.r, 0.9 + 0.1 * color.g, 0.9 + 0.1 * color.b};
  const Rgb guilloche{0.72, 0.84, 0.78};
  cairo_t* cr = canvas.cairo();
  // Counter-issued on the bank's security paper: an ivory sheet whose border is a ribbon of
  // interlaced waves, as anti-copy stock is printed.
  canvas.FillRect(0, 0, w, h, Rgb{0.99, 0.985, 0.955});
  const double band = 16, edge = 10;
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, guilloche.r, guilloche.g, guilloche.b);
  cairo_set_line_width(cr, 0.45);
  for (int k = 0; k < 6; ++k) {
    const double phase = k * 0.55, amp = band / 2 - 1;
    // Top and bottom ribbons, then left and right.
    for (const double base : {edge + band / 2, h - edge - band / 2}) {
      cairo_move_to(cr, edge, base + amp * std::sin(phase));
      for (double px = edge; px <= w - edge; px += 1.5) {
        cairo_line_to(cr, px, base + amp * std::sin(px / 9.0 + phase) * std::cos(px / 31.0 - phase));
      }
    }
    for (const double base : {edge + band / 2, w - edge - band / 2}) {
      cairo_move_to(cr, base + amp * std::sin(phase), edge);
      for (double py = edge; py <= h - edge; py += 1.5) {
        cairo_line_to(cr, base + amp * std::sin(py / 9.0 + phase) * std::cos(py / 31.0 - phase), py);
      }
    }
  }
  cairo_stroke(cr);
  cairo_restore(cr);
  const double inner = edge + band + 4;
  canvas.Rect(inner, inner, w - 2 * inner, h - 2 * inner, 0.8, color);

  // The bank's spine down the left, its name written downwards.
  const double spine_w = 40;
  canvas.FillRect(inner, inner, spine_w, h - 2 * inner, color);
  TextStyle spine;
  spine.size = 13;
  spine.bold = true;
  spine.color = Rgb{1, 1, 1};
  DrawStackedCaption(canvas, inner, inner, spine_w, h - 2 * inner, d.bank, spine);

  const double x = inner + spine_w + 22, right = w - inner - 18, width = right - x;
  TextStyle title;
  title.size = 19;
  title.bold = true;
  title.family = std::string(kNotoSerifKr);
  canvas.Text(x, inner + 14, "통장 사본", title);
  TextStyle meta;
  meta.size = 8;
  meta.color = Rgb{0.35, 0.35, 0.35};
  meta.align = Align::kRight;
  canvas.Text(right, inner + 16, "교부번호 " + std::to_string(d.printed.year) + "-" + Pad(rng.Int(1, 9999), 4) + "-" +
                                     Pad(rng.Int(1, 999999), 6),
              meta);
  canvas.Text(right, inner + 29, "창구 발급 · 위변조방지용지", meta);
  canvas.Line(x, inner + 48, right, inner + 48, 1.2, color);

  // Two fields a row; the account and its holder each take a whole row in larger type.
  const double lw = 72, rh = 34;
  const double vw = (width - 2 * lw) / 2;
  TextStyle label;
  label.size = 9.5;
  label.color = Rgb{0.2, 0.2, 0.2};
  TextStyle value;
  value.size = 11.5;
  value.family = std::string(kNotoSerifKr);
  TextStyle key = value;
  key.size = 14;
  key.bold = true;
  double y = inner + 60;
  auto field = [&](double fx, double fw, const char* caption, const std::string& text, const TextStyle& style) {
    canvas.FillRect(fx, y, lw, rh, tint);
    canvas.Rect(fx, y, lw, rh, 0.5, color);
    DrawDistributed(canvas, fx + 8, y + (rh - canvas.LineHeight(label)) / 2, lw - 16, caption, label);
    canvas.Rect(fx + lw, y, fw - lw, rh, 0.5, color);
    const TextStyle fitted = FitWidth(canvas, text, style, fw - lw - 14);
    canvas.Text(fx + lw + 8, y + (rh - canvas.LineHeight(fitted)) / 2, text, fitted);
  };
  field(x, lw + vw, "개설은행", d.bank, value);
  field(x + lw + vw, lw + vw, "개설점", d.branch, value);
  y += rh;
  field(x, width, "계좌번호", d.account_number, key);
  y += rh;
  field(x, width, "계좌명의인", d.holder, key);
  y += rh;
  field(x, lw + vw, "신규일자", d.opened.Dotted(), value);
  field(x + lw + vw, lw + vw, "예금과목", "기업자유예금", value);
  y += rh + 16;

  TextStyle body;
  body.size = 10;
  body.family = std::string(kNotoSerifKr);
  y += ParagraphByWords(canvas, x, y, width, "위 계좌가 당행에 개설되어 있으며 통장의 기재 내용과 같음을 확인합니다.",
                        body, 1.5);
  TextStyle when = body;
  canvas.Text(x, y + 6, d.printed.KoreanLoose(), when);
  TextStyle sign = body;
  sign.size = 13;
  sign.bold = true;
  sign.align = Align::kRight;
  const std::string signer = d.bank + " " + d.branch + "장";
  const double sign_y = y + 2;
  canvas.Text(right - 20, sign_y, signer, FitWidth(canvas, signer, sign, width - 150));
  // The branch seal pressed over the end of the signer's title, as it is at the counter.
  cairo_new_path(cr);
  canvas.Seal(right - 6, sign_y + 9, 17, "지점장인", rng);

  // The counter's notes and the teller's print line along the foot of the sheet.
  TextStyle note;
  note.size = 7.5;
  note.color = Rgb{0.3, 0.3, 0.3};
  double ny = h - inner - 62;
  canvas.Line(x, ny - 8, right, ny - 8, 0.4, color);
  for (const char* text : {"※ 이 사본은 예금 잔액 및 거래내역을 표시하지 않으며, 계좌 확인 용도로만 사용할 수 있습니다.",
                           "※ 바탕의 무늬가 없거나 복사한 것은 효력이 없습니다."}) {
    canvas.Text(x, ny, text, FitWidth(canvas, text, note, width));
    ny += 13;
  }
  TextStyle teller;
  teller.size = 7.5;
  teller.family = "Noto Sans Mono CJK KR";
  canvas.Text(x, ny + 3,
              d.printed.Compact() + " " + Pad(rng.Int(9, 15), 2) + Pad(rng.Int(0, 59), 2) + "  취급 " +
                  Pad(rng.Int(1000, 9999), 4) + "-" + Pad(rng.Int(1, 30), 2),
              teller);

  // Micro-printing along the inner frame's foot, too small to copy cleanly. Ink, not text.
  TextStyle micro;
  micro.size = 3.2;
  micro.color = Rgb{0.45, 0.55, 0.5};
  std::string strip;
  while (strip.size() < 600) strip += "SECURITY PAPER · 위변조방지 · ";
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_rectangle(cr, inner + spine_w + 4, h - inner - 8, w - 2 * inner - spine_w - 8, 6);
  cairo_clip(cr);
  canvas.Ink(inner + spine_w + 4, h - inner - 7, strip, micro);
  cairo_restore(cr);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (eleventh set).
void DrawBankbookTopBound(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const BankbookData& d = spec.bankbook;
  const double w = canvas.width(), h = canvas.height();
  const Rgb brand{0.1, 0.32, 0.58};
  const Rgb copier{0.8, 0.8, 0.8};
  const Rgb faint{0.42, 0.42, 0.45};
  // A top-bound passbook opened flat on the copier: the inside cover above the fold, the
  // holder's page below it, slightly off-centre on the sheet.
  const double bw = 330, ph = 236;
  const double bx = (w - bw) / 2 + rng.Real(-14, 14), by = 96 + rng.Real(-8, 8);
  canvas.FillRect(bx - 5, by - 5, bw + 10, 2 * ph + 10, copier);  // the lid's shadow round the book
  canvas.FillRect(bx, by, bw, 2 * ph, Rgb{1, 1, 1});
  canvas.Rect(bx, by, bw, 2 * ph, 0.8, Rgb{0.5, 0.5, 0.5});
  for (int i = 0; i < 6; ++i) {
    const double shade = 0.62 + 0.06 * i;
    canvas.Line(bx, by + ph - 3 + i, bx + bw, by + ph - 3 + i, 1.0, Rgb{shade, shade, shade});
  }
  TextStyle sheet;
  sheet.size = 8;
  sheet.color = faint;
  canvas.Text(46, 40, "통장 사본 (앞면 및 첫 장)", sheet);

  // The inside cover: the bank's name and mark, the product in Hangul and Hanja, and the
  // passbook's terms in fine print, two columns.
  const double ix = bx + 18, iw = bw - 36;
  cairo_t* cr = canvas.cairo();
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, brand.r, brand.g, brand.b);
  cairo_arc(cr, ix + 11, by + 27, 11, 0, 2 * M_PI);
  cairo_fill(cr);
  cairo_restore(cr);
  TextStyle bank_name;
  bank_name.size = 16;
  bank_name.bold = true;
  bank_name.color = brand;
  canvas.Text(ix + 30, by + 16, d.bank, bank_name);
  TextStyle product;
  product.size = 9.5;
  product.align = Align::kRight;
  product.family = std::string(kNotoSerifKr);
  canvas.Text(ix + iw, by + 14, "普通預金通帳", product);
  TextStyle product_ko = product;
  product_ko.size = 8;
  product_ko.color = faint;
  canvas.Text(ix + iw, by + 30, "보통예금통장", product_ko);
  canvas.Line(ix, by + 48, ix + iw, by + 48, 1.4, brand);
  TextStyle fine;
  fine.size = 6.3;
  fine.color = Rgb{0.25, 0.25, 0.28};
  TextStyle fine_head = fine;
  fine_head.bold = true;
  fine_head.size = 6.8;
  const std::vector<std::pair<std::string, std::string>> terms = {
      {"통장 이용 안내", "이 통장은 예금거래기본약관과 입출금이 자유로운 예금 약관이 적용됩니다. 통장의 기재 내용은 "
                         "거래 즉시 확인하여 주시고, 잘못된 기재는 가까운 영업점에 알려 주십시오."},
      {"분실 신고", "통장·도장·카드를 잃어버렸거나 도난당한 경우에는 즉시 영업점이나 고객센터에 신고하여 주십시오. "
                    "신고 전에 생긴 손해는 책임지지 않을 수 있습니다."},
      {"예금자 보호", "이 예금은 예금자보호법에 따라 원금과 소정의 이자를 합하여 1인당 최고 5천만원까지 보호됩니다."},
      {"이자 계산", "이자는 매일의 최종 잔액에 약정 이율을 적용하여 계산하며, 결산일 다음 날 원금에 더합니다."},
      {"통장 정리", "통장 정리가 되지 않은 거래는 모아서 인자되며, 미정리 거래가 많으면 합산 인자될 수 있습니다."},
      {"개인정보", "거래 내용은 관련 법령에서 정한 경우 외에는 예금주의 동의 없이 제3자에게 제공되지 않습니다."},
  };
  const double col_w = (iw - 14) / 2;
  double ty[2] = {by + 58, by + 58};
  for (size_t i = 0; i < terms.size(); ++i) {
    const int col = i < terms.size() / 2 ? 0 : 1;
    const double cx = ix + col * (col_w + 14);
    canvas.Text(cx, ty[col], std::to_string(i + 1) + ". " + terms[i].first, fine_head);
    ty[col] += canvas.LineHeight(fine_head) * 1.3;
    ty[col] += ParagraphByWords(canvas, cx, ty[col], col_w, terms[i].second, fine, 1.3) + 4;
  }
  TextStyle center_fine = fine;
  center_fine.align = Align::kCenter;
  const double protect_y = by + ph - 40;
  canvas.Rect(ix, protect_y, iw, 22, 0.5, faint);
  canvas.TextInBox(ix, protect_y, iw, 22, "예금보험공사 보호금융상품  |  1인당 최고 5천만원", center_fine);

  // The holder's page: the passbook printer's values sit on rules, the pre-printed captions
  // (Hangul with the Hanja the old forms kept) under the rules.
  TextStyle printer;
  printer.size = 11.5;
  printer.family = "Noto Sans Mono CJK KR";
  TextStyle printer_big = printer;
  printer_big.size = 14;
  TextStyle caption;
  caption.size = 7.5;
  caption.color = brand;
  TextStyle hanja = caption;
  hanja.family = std::string(kNotoSerifKr);
  hanja.color = Rgb{0.35, 0.5, 0.68};
  const double lx = bx + 24, lw = bw - 48;
  double y = by + ph + 30;
  // One field: the value on a rule from fx over fw, its captions under the rule.
  auto field = [&](double fx, double fw, const std::string& value, const TextStyle& style, const char* korean,
                   const char* chinese) {
    const double jitter = rng.Real(-1.5, 1.5);  // the printer's head never sits quite on the line
    canvas.Text(fx + 4 + jitter, y + 10 - canvas.LineHeight(style) + rng.Real(-1.0, 0.5), value,
                FitWidth(canvas, value, style, fw - 8));
    canvas.Line(fx, y + 12, fx + fw, y + 12, 0.6, brand);
    const double drawn = canvas.Text(fx, y + 15, korean, caption);
    canvas.Text(fx + drawn + 5, y + 15, chinese, hanja);
  };
  field(lx, lw, d.account_number, printer_big, "계 좌 번 호", "口座番號");
  y += 50;
  field(lx, lw - 70, d.holder, printer_big, "예  금  주", "預金主");
  // The registered seal box beside the holder, left empty in the copy.
  canvas.Rect(lx + lw - 54, y - 30, 54, 54, 0.6, brand);
  TextStyle seal_caption = caption;
  seal_caption.align = Align::kCenter;
  canvas.Text(lx + lw - 27, y + 26, "인감 印鑑", seal_caption);
  y += 50;
  const double half = (lw - 18) / 2;
  field(lx, half, d.branch, printer, "개  설  점", "開設店");
  field(lx + half + 18, half, d.opened.Dotted(), printer, "신  규  일", "新規日");
  y += 42;
  field(lx, half, "보통예금", printer, "과      목", "科目");
  field(lx + half + 18, half, "제 " + Pad(rng.Int(1, 3), 3) + " 권", printer, "통장번호", "通帳番號");
  // The page number and the bank's print line at the foot of the page.
  TextStyle page_no = caption;
  page_no.color = faint;
  page_no.align = Align::kRight;
  canvas.Text(bx + bw - 14, by + 2 * ph - 18, "1", page_no);
  TextStyle print_line = fine;
  print_line.family = "Noto Sans Mono CJK KR";
  canvas.Text(lx, by + 2 * ph - 18,
              d.printed.Compact() + "  " + Pad(rng.Int(1000, 9999), 4) + "-" + Pad(rng.Int(1, 40), 2) + "  발행", print_line);

  // Under the copy, the supplier's own line, as the sheet was submitted.
  TextStyle note;
  note.size = 9;
  canvas.Text(46, by + 2 * ph + 34, "※ 위 통장은 보조금(국비)을 받을 계좌입니다.", note);
  canvas.Text(46, by + 2 * ph + 52, "※ 예금주 명의와 사업자등록증의 상호가 같음을 확인합니다.", note);
  TextStyle foot = sheet;
  foot.align = Align::kCenter;
  canvas.Text(w / 2, h - 30, "- 1 -", foot);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (twelfth set).
void DrawBankbookStatement(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const BankbookData& d = spec.bankbook;
  const double w = canvas.width(), h = canvas.height();
  const double x = 34, width = w - 68;
  const Rgb brand = AppCardColor(d.bank);
  const Rgb dim{0.4, 0.4, 0.44};
  const Rgb hair{0.75, 0.76, 0.78};
  const Rgb band{0.95, 0.96, 0.97};
  const Date to = d.printed;
  const Date from = to.AddDays(-30);

  // The internet bank's print: its name and the page title, when it was looked up.
  TextStyle bank_name;
  bank_name.size = 15;
  bank_name.bold = true;
  bank_name.color = brand;
  canvas.Text(x, 30, d.bank, bank_name);
  TextStyle meta;
  meta.size = 7.5;
  meta.color = dim;
  meta.align = Align::kRight;
  canvas.Text(x + width, 28, "기업 인터넷뱅킹  >  조회  >  거래내역조회", meta);
  canvas.Text(x + width, 40,
              "조회일시 " + to.Iso() + " " + Pad(rng.Int(9, 17), 2) + ":" + Pad(rng.Int(0, 59), 2) + ":" +
                  Pad(rng.Int(0, 59), 2),
              meta);
  canvas.Line(x, 56, x + width, 56, 1.6, brand);
  TextStyle title;
  title.size = 18;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(w / 2, 70, "예금 거래내역서", title);

  // The account the list is about, on a tinted band: two captioned values a line.
  double y = 108;
  canvas.FillRect(x, y, width, 50, band);
  canvas.Line(x, y, x + width, y, 0.6, hair);
  canvas.Line(x, y + 50, x + width, y + 50, 0.6, hair);
  TextStyle cap;
  cap.size = 8.5;
  cap.color = dim;
  TextStyle val;
  val.size = 10.5;
  val.bold = true;
  auto pair = [&](double px, double py, const char* caption, const std::string& value) {
    canvas.Text(px, py + 1.5, caption, cap);
    canvas.Text(px + 52, py, value, val);
  };
  const double right = x + width * 0.56;
  pair(x + 10, y + 8, "조회계좌", d.account_number + "  [기업자유예금]");
  pair(right, y + 8, "예금주명", d.holder);
  pair(x + 10, y + 28, "조회기간", from.Dotted() + " ~ " + to.Dotted());
  pair(right, y + 28, "관리점", d.branch);
  y += 64;

  // The movements of the month, newest first: deposits from shops paying their share, the
  // company's own payments out. The balance runs backwards from the latest.
  struct Movement {
    Date date;
    std::string time, kind, text;
    int64_t out = 0, in = 0, balance = 0;
    std::string place;
  };
  const std::vector<std::string> in_kinds = {"타행이체", "인터넷", "모바일", "CMS입금"};
  const std::vector<std::string> out_texts = {"급여이체", "임대료", "카드대금", "국민연금", "건강보험", "통신요금",
                                             "물품대금", "부가세납부", "택배비", "전기요금"};
  const std::vector<std::string> out_kinds = {"인터넷", "자동이체", "CMS출금", "펌뱅킹"};
  const std::vector<std::string> places = {"인터넷", "스마트폰", "본점", "CMS", "타행"};
  std::vector<Movement> list;
  const int count = static_cast<int>(rng.Int(20, 24));
  int64_t balance = rng.Int(3000, 9000) * 10000 + rng.Int(0, 99) * 100;
  Date day = to;
  int minute = static_cast<int>(rng.Int(15 * 60, 20 * 60));  // of the day, counting down within it
  for (int i = 0; i < count; ++i) {
    Movement m;
    const int earlier = minute - static_cast<int>(rng.Int(20, 240));
    if (i > 0 && (earlier < 8 * 60 || rng.Chance(0.45))) {
      day = std::max(from, day.AddDays(-rng.Int(1, 3)));
      minute = static_cast<int>(rng.Int(12 * 60, 20 * 60));
    } else if (i > 0) {
      minute = earlier;
    }
    m.date = day;
    m.time = Pad(minute / 60, 2) + ":" + Pad(minute % 60, 2) + ":" + Pad(rng.Int(0, 59), 2);
    m.balance = balance;
    if (rng.Chance(0.45)) {
      m.kind = rng.Pick(in_kinds);
      m.text = ShopName(rng);
      m.in = rng.Int(30, 250) * 10000 + (rng.Chance(0.5) ? rng.Int(1, 9) * 1000 : 0);
      balance -= m.in;
    } else {
      m.kind = rng.Pick(out_kinds);
      m.text = rng.Pick(out_texts);
      m.out = rng.Int(5, 400) * 1000 + rng.Int(0, 9) * 100;
      balance += m.out;
    }
    m.place = rng.Pick(places);
    list.push_back(m);
  }

  // Totals above the list, as the bank's page sums the period.
  int64_t total_in = 0, total_out = 0;
  int in_count = 0;
  for (const Movement& m : list) {
    total_in += m.in;
    total_out += m.out;
    in_count += m.in > 0 ? 1 : 0;
  }
  TextStyle sum;
  sum.size = 8.5;
  const std::string summary = "입금 " + std::to_string(in_count) + "건  " + FormatWon(total_in) + "원      출금 " +
                              std::to_string(count - in_count) + "건  " + FormatWon(total_out) + "원";
  canvas.Text(x, y, summary, sum);
  TextStyle sum_right = sum;
  sum_right.align = Align::kRight;
  sum_right.color = dim;
  canvas.Text(x + width, y, "(단위 : 원)", sum_right);
  y += 16;

  // The dense list: small type, a tinted header, hairlines between rows, every other row shaded.
  const std::vector<std::pair<const char*, double>> cols = {{"No", 24},       {"거래일시", 98}, {"적요", 58},
                                                            {"기재내용", 0},   {"출금액", 70},   {"입금액", 70},
                                                            {"거래후 잔액", 82}, {"취급점", 50}};
  double fixed = 0;
  for (const auto& [name, cw] : cols) fixed += cw;
  TextStyle th;
  th.size = 8;
  th.bold = true;
  th.align = Align::kCenter;
  TextStyle td;
  td.size = 7.8;
  const double row_h = 18;
  canvas.FillRect(x, y, width, 20, Rgb{0.88, 0.9, 0.93});
  canvas.Line(x, y, x + width, y, 1.0, brand);
  double cx = x;
  for (const auto& [name, cw] : cols) {
    const double col_w = cw > 0 ? cw : width - fixed;
    canvas.TextInBox(cx, y, col_w, 20, name, th);
    cx += col_w;
  }
  y += 20;
  canvas.Line(x, y, x + width, y, 0.6, brand);
  for (size_t r = 0; r < list.size(); ++r) {
    const Movement& m = list[r];
    if (r % 2 == 1) canvas.FillRect(x, y, width, row_h, Rgb{0.97, 0.97, 0.98});
    const std::vector<std::pair<std::string, Align>> texts = {
        {std::to_string(r + 1), Align::kCenter},
        {m.date.Dotted() + " " + m.time.substr(0, 5), Align::kCenter},
        {m.kind, Align::kCenter},
        {m.text, Align::kLeft},
        {m.out > 0 ? FormatWon(m.out) : "0", Align::kRight},
        {m.in > 0 ? FormatWon(m.in) : "0", Align::kRight},
        {FormatWon(m.balance), Align::kRight},
        {m.place, Align::kCenter}};
    cx = x;
    for (size_t i = 0; i < cols.size(); ++i) {
      const double col_w = cols[i].second > 0 ? cols[i].second : width - fixed;
      TextStyle s = td;
      s.align = texts[i].second;
      canvas.TextInBox(cx, y, col_w, row_h, texts[i].first, FitWidth(canvas, texts[i].first, s, col_w - 6));
      cx += col_w;
    }
    y += row_h;
    canvas.Line(x, y, x + width, y, 0.3, hair);
  }
  canvas.Line(x, y, x + width, y, 1.0, brand);
  y += 14;

  TextStyle note;
  note.size = 7.8;
  note.color = dim;
  canvas.Text(x, y, "※ 본 내역은 조회 시점의 거래 기준이며, 법적 증빙이 필요한 경우 영업점에서 거래내역확인서를 발급받으십시오.",
              note);
  canvas.Text(x, y + 13, "※ 잔액은 거래 후 잔액이며, 미결제 타점권 금액은 포함되지 않습니다.", note);

  // The supplier's rubber stamp across the head of the sheet: the statement stands in for the
  // bankbook copy. Ink, not text.
  {
    cairo_t* cr = canvas.cairo();
    cairo_new_path(cr);
    cairo_save(cr);
    cairo_translate(cr, x + width - 96, 80);
    cairo_rotate(cr, rng.Real(-0.12, -0.04));
    canvas.Rect(-62, -15, 124, 30, 1.6, kSealRed);
    canvas.Rect(-58, -11, 116, 22, 0.6, kSealRed);
    TextStyle stamp;
    stamp.size = 11;
    stamp.bold = true;
    stamp.color = kSealRed;
    stamp.align = Align::kCenter;
    canvas.Ink(0, -7.5, "통장사본 갈음", stamp);
    cairo_restore(cr);
  }

  // The browser's page footer.
  TextStyle foot;
  foot.size = 7.5;
  foot.color = dim;
  canvas.Text(x, h - 30, d.bank + " 고객센터  |  본 화면은 인쇄용으로 출력되었습니다.", foot);
  TextStyle foot_right = foot;
  foot_right.align = Align::kRight;
  canvas.Text(x + width, h - 30, "1 / 1", foot_right);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

namespace {

// The host name of the bank's corporate internet banking.
std::string CorporateBankingHost(const std::string& bank) {
  if (bank.find("국민") != std::string::npos) return "obiz.kbstar.com";
  if (bank.find("신한") != std::string::npos) return "bizbank.shinhan.com";
  if (bank.find("우리") != std::string::npos) return "nbi.wooribank.com";
  if (bank.find("하나") != std::string::npos) return "biz.kebhana.com";
  if (bank.find("농협") != std::string::npos) return "ibz.nonghyup.com";
  return "kiup.ibk.co.kr";
}

}  // namespace

// Held out (thirteenth set).
void DrawBankbookModalCapture(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const BankbookData& d = spec.bankbook;
  const double w = canvas.width(), h = canvas.height();
  const Rgb brand = AppCardColor(d.bank);
  const Rgb dim{0.4, 0.41, 0.45};
  const Rgb placeholder{0.86, 0.87, 0.89};
  cairo_t* cr = canvas.cairo();

  // Browser chrome: the tab strip and the address bar.
  const double chrome_h = 56;
  canvas.FillRect(0, 0, w, 28, Rgb{0.86, 0.87, 0.89});
  canvas.FillRect(10, 6, 210, 22, Rgb{0.97, 0.97, 0.98});
  TextStyle tab;
  tab.size = 8.5;
  tab.color = Rgb{0.2, 0.2, 0.22};
  canvas.Text(22, 11, d.bank + " 기업뱅킹", tab);
  canvas.FillRect(0, 28, w, chrome_h - 28, Rgb{0.97, 0.97, 0.98});
  cairo_new_path(cr);
  RoundedRect(cr, 70, 33, w - 140, 18, 9);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_fill_preserve(cr);
  cairo_set_source_rgb(cr, 0.78, 0.79, 0.82);
  cairo_set_line_width(cr, 0.6);
  cairo_stroke(cr);
  TextStyle url = tab;
  url.color = dim;
  canvas.Text(88, 36, "https://" + CorporateBankingHost(d.bank) + "/acct/inquiry/passbookCopy.do", url);
  canvas.Line(0, chrome_h, w, chrome_h, 0.6, Rgb{0.75, 0.76, 0.8});

  // The banking page behind the dialog: the bank's header and menu, then greyed blocks.
  TextStyle logo;
  logo.size = 15;
  logo.bold = true;
  logo.color = brand;
  canvas.Text(24, chrome_h + 8, d.bank, logo);
  TextStyle menu;
  menu.size = 10;
  double mx = 230;
  for (const char* item : {"조회", "이체", "외환", "공과금", "대출", "전자어음", "관리"}) {
    mx += canvas.Text(mx, chrome_h + 10, item, menu) + 30;
  }
  canvas.FillRect(0, chrome_h + 32, w, 3, brand);
  canvas.FillRect(0, chrome_h + 35, 170, h - chrome_h - 35, Rgb{0.96, 0.965, 0.97});
  for (int i = 0; i < 8; ++i) canvas.FillRect(20, chrome_h + 70 + i * 28, 110 - (i % 3) * 18, 9, placeholder);
  TextStyle crumb = tab;
  crumb.color = dim;
  canvas.Text(196, chrome_h + 60, "조회 > 계좌조회 > 통장사본 출력", crumb);
  canvas.FillRect(196, chrome_h + 84, w - 220, 20, Rgb{0.92, 0.93, 0.95});
  for (int r = 0; r < 9; ++r) {
    for (int c = 0; c < 5; ++c) {
      canvas.FillRect(206 + c * 124, chrome_h + 116 + r * 30, 70 + ((r + c) % 3) * 14, 8, placeholder);
    }
  }
  // The dialog dims everything under it.
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgba(cr, 0.05, 0.06, 0.08, 0.55);
  cairo_rectangle(cr, 0, chrome_h, w, h - chrome_h);
  cairo_fill(cr);
  cairo_restore(cr);

  // The dialog.
  const double dw = 500, dh = 478, dx = (w - dw) / 2, dy = chrome_h + (h - chrome_h - dh) / 2;
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgba(cr, 0, 0, 0, 0.3);
  RoundedRect(cr, dx + 4, dy + 6, dw, dh, 8);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 1, 1, 1);
  RoundedRect(cr, dx, dy, dw, dh, 8);
  cairo_fill(cr);
  cairo_restore(cr);
  TextStyle dialog_title;
  dialog_title.size = 13;
  dialog_title.bold = true;
  canvas.Text(dx + 22, dy + 15, "통장사본 출력", dialog_title);
  TextStyle close;
  close.size = 14;
  close.color = dim;
  close.align = Align::kRight;
  canvas.Ink(dx + dw - 18, dy + 12, "×", close);
  canvas.Line(dx, dy + 44, dx + dw, dy + 44, 0.6, Rgb{0.85, 0.86, 0.88});

  // A picture of the passbook's face at the left, the instruction beside it.
  const double fx = dx + 22, fy = dy + 60, fw = 168, fh = 100;
  cairo_new_path(cr);
  cairo_save(cr);
  RoundedRect(cr, fx, fy, fw, fh, 6);
  cairo_set_source_rgb(cr, 0.985, 0.98, 0.96);
  cairo_fill_preserve(cr);
  cairo_set_source_rgb(cr, 0.7, 0.7, 0.72);
  cairo_set_line_width(cr, 0.6);
  cairo_stroke(cr);
  cairo_restore(cr);
  canvas.FillRect(fx, fy + 12, fw, 26, brand);
  TextStyle face_bank;
  face_bank.size = 11;
  face_bank.bold = true;
  face_bank.color = Rgb{1, 1, 1};
  canvas.Text(fx + 10, fy + 17, d.bank, face_bank);
  TextStyle face_small;
  face_small.size = 8.5;
  face_small.color = dim;
  canvas.Text(fx + 10, fy + 48, "기업자유예금 통장", face_small);
  TextStyle face_holder;
  face_holder.size = 9.5;
  face_holder.bold = true;
  canvas.Text(fx + 10, fy + 66, d.holder + " 귀하", FitWidth(canvas, d.holder + " 귀하", face_holder, fw - 20));
  TextStyle note;
  note.size = 9.5;
  note.color = Rgb{0.22, 0.22, 0.25};
  const double nx = fx + fw + 18, nw = dx + dw - 22 - nx;
  ParagraphByWords(canvas, nx, fy + 4, nw,
                   "선택하신 계좌의 통장사본입니다. 보조금·거래대금 입금계좌 증빙용으로 제출하실 수 있습니다.", note, 1.5);
  DrawSquareSeal(canvas, dx + dw - 22 - 50, fy + 52, 46, {"인터넷", "발급", d.bank}, rng);

  // The account's details: caption (with its English gloss) in a shaded column, value beside.
  const double tx = dx + 22, tw = dw - 44, cap_w = 150, row_h = 32;
  double y = fy + fh + 18;
  TextStyle cap_ko;
  cap_ko.size = 9.5;
  cap_ko.bold = true;
  TextStyle cap_en;
  cap_en.size = 7.5;
  cap_en.color = dim;
  TextStyle value;
  value.size = 11;
  TextStyle big = value;
  big.size = 13.5;
  big.bold = true;
  big.family = "Noto Sans Mono CJK KR";
  const int hour = static_cast<int>(rng.Int(9, 17));
  struct Row {
    const char* ko;
    const char* en;
    std::string text;
    const TextStyle* style;
  };
  const Row rows[] = {
      {"은행명", "Bank", d.bank, &value},
      {"계좌번호", "Account number", d.account_number, &big},
      {"예금주", "Account holder", d.holder, &value},
      {"상품명", "Product", "기업자유예금", &value},
      {"신규일자", "Date opened", d.opened.Iso(), &value},
      {"관리점", "Branch", d.branch, &value},
      {"발급일시", "Issued", d.printed.Dotted() + " " + Pad(hour, 2) + ":" + Pad(rng.Int(0, 59), 2), &value},
  };
  canvas.Line(tx, y, tx + tw, y, 1.0, brand);
  for (const Row& row : rows) {
    canvas.FillRect(tx, y, cap_w, row_h, Rgb{0.955, 0.96, 0.968});
    canvas.Text(tx + 12, y + 4, row.ko, cap_ko);
    canvas.Text(tx + 12, y + 18, row.en, cap_en);
    canvas.TextInBox(tx + cap_w + 8, y, tw - cap_w - 8, row_h, row.text,
                     FitWidth(canvas, row.text, *row.style, tw - cap_w - 20));
    y += row_h;
    canvas.Line(tx, y, tx + tw, y, 0.4, Rgb{0.85, 0.86, 0.88});
  }
  y += 16;

  // The buttons, and the small print under them.
  const double bw = 92, bh = 28;
  const double bx0 = dx + (dw - 3 * bw - 2 * 10) / 2;
  const char* const buttons[] = {"인쇄", "PDF 저장", "닫기"};
  for (int i = 0; i < 3; ++i) {
    const double bx = bx0 + i * (bw + 10);
    cairo_new_path(cr);
    cairo_save(cr);
    RoundedRect(cr, bx, y, bw, bh, 4);
    if (i == 0) {
      cairo_set_source_rgb(cr, brand.r, brand.g, brand.b);
      cairo_fill(cr);
    } else {
      cairo_set_source_rgb(cr, 0.6, 0.61, 0.64);
      cairo_set_line_width(cr, 0.7);
      cairo_stroke(cr);
    }
    cairo_restore(cr);
    TextStyle label;
    label.size = 10;
    label.bold = i == 0;
    label.align = Align::kCenter;
    label.color = i == 0 ? Rgb{1, 1, 1} : Rgb{0.2, 0.2, 0.22};
    canvas.TextInBox(bx, y, bw, bh, buttons[i], label);
  }
  y += bh + 10;
  TextStyle small;
  small.size = 8;
  small.color = dim;
  small.align = Align::kCenter;
  canvas.Text(dx + dw / 2, y, "※ 통장사본은 출력일 현재의 계좌 정보이며, 잔액 및 거래내역은 표시되지 않습니다.", small);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (fourteenth set).
void DrawBankbookOpenSpread(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const BankbookData& d = spec.bankbook;
  const double w = canvas.width(), h = canvas.height();
  const Rgb brand = AppCardColor(d.bank);
  const Rgb dim{0.4, 0.4, 0.43};
  const Rgb paper{0.985, 0.975, 0.95};
  const std::string mono = "Noto Sans Mono CJK KR";
  cairo_t* cr = canvas.cairo();
  // The opened passbook on the scanner glass: the lid's grey around it, the spine's shadow
  // between the inside cover (left) and the first page (right).
  canvas.FillRect(0, 0, w, h, Rgb{0.86, 0.86, 0.87});
  const double bx = 24, by = 22, bw = w - 48, bh = h - 44, mid = bx + bw / 2;
  canvas.FillRect(bx + 3, by + 4, bw, bh, Rgb{0.72, 0.72, 0.74});
  canvas.FillRect(bx, by, bw, bh, paper);
  for (int i = 0; i < 10; ++i) {
    const double shade = 0.78 + 0.02 * i;
    canvas.FillRect(mid - 10 + i, by, 1, bh, Rgb{shade, shade, shade * 0.98});
    canvas.FillRect(mid + 10 - i, by, 1, bh, Rgb{shade, shade, shade * 0.98});
  }
  canvas.Line(mid, by, mid, by + bh, 0.8, Rgb{0.6, 0.6, 0.6});

  // Left: the inside of the cover.
  const double lx = bx + 22, lw = mid - 22 - lx;
  double y = by + 20;
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, brand.r, brand.g, brand.b);
  cairo_move_to(cr, lx, y + 18);
  cairo_line_to(cr, lx + 9, y);
  cairo_line_to(cr, lx + 18, y + 18);
  cairo_close_path(cr);
  cairo_fill(cr);
  cairo_arc(cr, lx + 9, y + 12, 4, 0, 2 * M_PI);
  cairo_set_source_rgb(cr, paper.r, paper.g, paper.b);
  cairo_fill(cr);
  cairo_restore(cr);
  TextStyle bank;
  bank.size = 14;
  bank.bold = true;
  bank.color = brand;
  canvas.Text(lx + 24, y + 1, d.bank, bank);
  TextStyle product;
  product.size = 9;
  product.color = dim;
  product.align = Align::kRight;
  canvas.Text(lx + lw, y + 5, "기업자유예금 통장", product);
  y += 32;
  canvas.FillRect(lx, y, lw, 2, brand);
  y += 14;

  // The account number pre-printed when the book was issued: one row of digit boxes per dash
  // group, stacked, with the caption written downwards beside them.
  std::vector<std::string> groups;
  for (size_t start = 0; start <= d.account_number.size();) {
    const size_t end = std::min(d.account_number.find('-', start), d.account_number.size());
    if (end > start) groups.push_back(d.account_number.substr(start, end - start));
    start = end + 1;
  }
  const double box = 23, gap = 7, cap_w = 28;
  const double block_h = static_cast<double>(groups.size()) * (box + gap) - gap;
  canvas.FillRect(lx, y, cap_w, block_h, brand);
  TextStyle stacked;
  stacked.size = 9;
  stacked.bold = true;
  stacked.color = Rgb{1, 1, 1};
  DrawStackedCaption(canvas, lx, y, cap_w, block_h, "계좌번호", stacked);
  TextStyle digit;
  digit.size = 14;
  digit.bold = true;
  digit.family = mono;
  digit.align = Align::kCenter;
  TextStyle group_no;
  group_no.size = 6.5;
  group_no.color = dim;
  for (size_t g = 0; g < groups.size(); ++g) {
    const double gy = y + static_cast<double>(g) * (box + gap);
    canvas.Text(lx + cap_w + 6, gy + 6, std::to_string(g + 1), group_no);
    for (size_t i = 0; i < groups[g].size(); ++i) {
      const double dx = lx + cap_w + 16 + static_cast<double>(i) * (box + 2);
      canvas.FillRect(dx, gy, box, box, Rgb{1, 1, 1});
      canvas.Rect(dx, gy, box, box, 0.7, brand);
      canvas.Text(dx + box / 2, gy + 2, groups[g].substr(i, 1), digit);
    }
  }
  y += block_h + 16;

  // Holder and dates under pre-printed captions, the values in the passbook printer's type.
  TextStyle caption;
  caption.size = 8;
  caption.color = dim;
  TextStyle printer;
  printer.size = 10.5;
  printer.family = mono;
  auto printed_row = [&](double rx, double rw, const char* cap, const std::string& value) {
    canvas.Text(rx, y, cap, caption);
    canvas.Text(rx + 50, y - 1.5, value, FitWidth(canvas, value, printer, rw - 54));
    canvas.Line(rx + 48, y + 14, rx + rw, y + 14, 0.4, Rgb{0.75, 0.75, 0.75});
  };
  printed_row(lx, lw, "예 금 주", d.holder + " 님");
  y += 22;
  printed_row(lx, lw * 0.5 - 6, "신 규 일", d.opened.Dotted());
  printed_row(lx + lw * 0.5, lw * 0.5, "개 설 점", d.branch);
  y += 28;

  // The deposit-protection emblem (a shield of shapes) and its notice.
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0.15, 0.35, 0.6);
  cairo_move_to(cr, lx, y);
  cairo_line_to(cr, lx + 28, y);
  cairo_line_to(cr, lx + 28, y + 16);
  cairo_curve_to(cr, lx + 28, y + 26, lx + 18, y + 32, lx + 14, y + 34);
  cairo_curve_to(cr, lx + 10, y + 32, lx, y + 26, lx, y + 16);
  cairo_close_path(cr);
  cairo_fill(cr);
  cairo_restore(cr);
  TextStyle emblem;
  emblem.size = 6;
  emblem.bold = true;
  emblem.color = Rgb{1, 1, 1};
  emblem.align = Align::kCenter;
  canvas.Ink(lx + 14, y + 6, "예금자", emblem);
  canvas.Ink(lx + 14, y + 14, "보호", emblem);
  TextStyle fine;
  fine.size = 6.8;
  fine.color = dim;
  y += std::max(40.0, ParagraphByWords(canvas, lx + 36, y, lw - 36,
                                       "이 예금은 예금자보호법에 따라 원금과 소정의 이자를 합하여 1인당 최고 1억원까지 "
                                       "보호됩니다. 통장·인감을 분실하였을 때에는 즉시 거래 영업점에 신고하여 주십시오.",
                                       fine, 1.35));
  // The usual guide printed on the inside cover.
  TextStyle guide_head;
  guide_head.size = 8;
  guide_head.bold = true;
  guide_head.color = brand;
  canvas.Text(lx, y, "통장 이용 안내", guide_head);
  y += 14;
  const char* const guides[] = {
      "통장 정리는 가까운 영업점의 통장정리기에서 하실 수 있습니다.",
      "기재 내용이 틀리거나 의심되는 거래가 있으면 즉시 영업점에 알려 주십시오.",
      "인감(서명) 변경, 통장 재발행은 예금주 본인이 신분증을 가지고 영업점을 방문하십시오.",
      "이 통장은 양도하거나 담보로 제공할 수 없습니다.",
  };
  for (const char* guide : guides) {
    canvas.Text(lx + 2, y, "·", fine);
    y += ParagraphByWords(canvas, lx + 10, y, lw - 10, guide, fine, 1.35) + 1;
  }
  TextStyle contact = fine;
  contact.align = Align::kCenter;
  canvas.Line(lx, by + bh - 34, lx + lw, by + bh - 34, 0.4, Rgb{0.75, 0.75, 0.75});
  canvas.Text(lx + lw / 2, by + bh - 26, "고객센터 " + std::string(d.bank.find("국민") != std::string::npos ? "1588-9999"
                                                                   : d.bank.find("신한") != std::string::npos ? "1599-8000"
                                                                   : d.bank.find("우리") != std::string::npos ? "1588-5000"
                                                                   : d.bank.find("하나") != std::string::npos ? "1599-1111"
                                                                   : d.bank.find("농협") != std::string::npos ? "1661-3000"
                                                                                                              : "1566-2566") +
                                          "   ·   통장 발행번호 " + Pad(rng.Int(1, 99), 2) + "-" + Pad(rng.Int(0, 999999), 6),
              contact);

  // Right: the first page — the printer's header line, the registered seal, the first entry.
  const double rx = mid + 22, rw = bx + bw - 22 - rx;
  y = by + 22;
  TextStyle head_print = printer;
  head_print.size = 10;
  canvas.Text(rx, y, "계좌번호 " + d.account_number, FitWidth(canvas, "계좌번호 " + d.account_number, head_print, rw - 80));
  canvas.Text(rx, y + 18, "예금주   " + d.holder, FitWidth(canvas, "예금주   " + d.holder, head_print, rw - 80));
  // The registered seal box, stamped.
  const double seal_box = 58;
  canvas.Rect(rx + rw - seal_box, y - 4, seal_box, seal_box, 0.7, kSealRed);
  TextStyle seal_cap;
  seal_cap.size = 6.5;
  seal_cap.color = kSealRed;
  seal_cap.align = Align::kCenter;
  canvas.Text(rx + rw - seal_box / 2, y + seal_box - 13, "사용인감", seal_cap);
  cairo_new_path(cr);  // no stray line from the last text's current point to the ring
  canvas.Seal(rx + rw - seal_box / 2, y + 20, 17, "대표이사", rng);
  y += seal_box + 6;

  // The ledger columns with the opening entry printed on its first line.
  struct Col {
    const char* head;
    double share;
    Align align;
  };
  const Col cols[] = {{"년월일", 0.17, Align::kCenter}, {"적요", 0.15, Align::kCenter},
                      {"찾으신금액", 0.17, Align::kRight}, {"맡기신금액", 0.17, Align::kRight},
                      {"잔액", 0.2, Align::kRight},      {"거래점", 0.14, Align::kCenter}};
  TextStyle head;
  head.size = 7.5;
  head.bold = true;
  head.color = brand;
  head.align = Align::kCenter;
  canvas.FillRect(rx, y, rw, 16, Rgb{0.93, 0.93, 0.9});
  double cx = rx;
  for (const Col& c : cols) {
    canvas.TextInBox(cx, y, rw * c.share, 16, c.head, head);
    cx += rw * c.share;
  }
  canvas.Line(rx, y, rx + rw, y, 0.8, brand);
  canvas.Line(rx, y + 16, rx + rw, y + 16, 0.6, brand);
  y += 16;
  const int64_t first_deposit = rng.Int(1, 50) * 10000;
  TextStyle entry = printer;
  entry.size = 7.5;
  const std::string texts[] = {d.opened.Dotted().substr(2), "신규", "", FormatWon(first_deposit),
                               FormatWon(first_deposit), d.branch};
  const double row_h = 17;
  for (int r = 0; r < 12 && y + row_h < by + bh - 30; ++r) {
    if (r == 0) {
      cx = rx;
      for (size_t i = 0; i < std::size(cols); ++i) {
        TextStyle s = entry;
        s.align = cols[i].align;
        if (!texts[i].empty()) canvas.TextInBox(cx, y, rw * cols[i].share, row_h, texts[i], FitWidth(canvas, texts[i], s, rw * cols[i].share - 6));
        cx += rw * cols[i].share;
      }
    }
    y += row_h;
    canvas.Line(rx, y, rx + rw, y, 0.3, Rgb{0.78, 0.78, 0.76});
  }
  TextStyle page_no;
  page_no.size = 7;
  page_no.color = dim;
  page_no.align = Align::kRight;
  canvas.Text(rx + rw, by + bh - 18, "1", page_no);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (fifteenth set).
void DrawBankbookOuterCovers(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const BankbookData& d = spec.bankbook;
  const double w = canvas.width(), h = canvas.height();
  const Rgb brand = AppCardColor(d.bank);
  const Rgb light{std::min(1.0, brand.r * 1.7 + 0.12), std::min(1.0, brand.g * 1.7 + 0.12),
                  std::min(1.0, brand.b * 1.7 + 0.12)};
  const Rgb white{1, 1, 1};
  const Rgb dim{0.4, 0.4, 0.43};
  const std::string mono = "Noto Sans Mono CJK KR";
  cairo_t* cr = canvas.cairo();
  // The closed passbook laid face down and open on the copier: its outside spread, the back
  // cover on the left and the front cover (with the branch's account label) on the right.
  canvas.FillRect(0, 0, w, h, Rgb{0.88, 0.88, 0.89});
  const double bx = 30, by = 26, bw = w - 60, bh = h - 52, mid = bx + bw / 2;
  canvas.FillRect(bx + 4, by + 5, bw, bh, Rgb{0.7, 0.7, 0.72});
  canvas.FillRect(bx, by, bw / 2, bh, Rgb{0.975, 0.972, 0.96});
  canvas.FillRect(mid, by, bw / 2, bh, brand);
  for (int i = 0; i < 6; ++i) {
    const double shade = 0.55 + 0.07 * i;
    canvas.FillRect(mid - 6 + i, by, 1, bh, Rgb{shade, shade, shade});
  }

  // Front cover: a lighter diagonal band, the bank's mark and the product.
  const double fx = mid + 26, fw = bw / 2 - 52;
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, light.r, light.g, light.b);
  cairo_move_to(cr, mid, by + 104);
  cairo_line_to(cr, mid + bw / 2, by + 52);
  cairo_line_to(cr, mid + bw / 2, by + 70);
  cairo_line_to(cr, mid, by + 122);
  cairo_close_path(cr);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_set_line_width(cr, 2.6);
  cairo_arc(cr, fx + 11, by + 33, 10, 0, 2 * M_PI);
  cairo_stroke(cr);
  cairo_arc(cr, fx + 11, by + 33, 4, 0, 2 * M_PI);
  cairo_fill(cr);
  cairo_restore(cr);
  TextStyle bank;
  bank.size = 18;
  bank.bold = true;
  bank.color = white;
  canvas.Text(fx + 28, by + 22, d.bank, bank);
  TextStyle product;
  product.size = 11;
  product.color = white;
  product.align = Align::kRight;
  const char* const products[] = {"기업자유예금", "법인 보통예금", "사업자 든든통장", "기업 입출금통장"};
  canvas.Text(fx + fw, by + 24, products[rng.Int(0, 3)], product);
  TextStyle product_en = product;
  product_en.size = 7;
  canvas.Text(fx + fw, by + 40, "BUSINESS PASSBOOK", product_en);

  // The branch's label on the cover: the account in large spaced digits, the holder, a barcode
  // with the number printed under it.
  const double lx = fx, ly = by + 146, lw = fw, lh = 178;
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, 1, 1, 1);
  RoundedRect(cr, lx, ly, lw, lh, 8);
  cairo_fill(cr);
  cairo_restore(cr);
  TextStyle cap;
  cap.size = 7.5;
  cap.color = dim;
  canvas.Text(lx + 14, ly + 12, "계좌번호  ACCOUNT NO.", cap);
  TextStyle digit;
  digit.size = 19;
  digit.bold = true;
  digit.family = mono;
  double dx = lx + 14;
  for (const char ch : d.account_number) {
    const std::string glyph(1, ch);
    dx += canvas.Text(dx, ly + 26, glyph, digit) + (ch == '-' ? 2.5 : 4.2);
  }
  canvas.Line(lx + 14, ly + 58, lx + lw - 14, ly + 58, 0.4, Rgb{0.8, 0.8, 0.8});
  canvas.Text(lx + 14, ly + 64, "예금주  NAME", cap);
  TextStyle holder;
  holder.size = 14;
  holder.bold = true;
  canvas.Text(lx + 14, ly + 76, d.holder, FitWidth(canvas, d.holder, holder, lw - 28));
  TextStyle small;
  small.size = 8;
  small.color = dim;
  canvas.Text(lx + 14, ly + 100, "신규일 " + d.opened.Dotted() + "   개설점 " + d.branch, small);
  uint64_t bits = 0xcbf29ce484222325ULL;
  for (const char ch : d.account_number) bits = (bits ^ static_cast<unsigned char>(ch)) * 0x100000001b3ULL;
  double bar_x = lx + 14;
  const double bar_end = lx + lw * 0.62;
  while (bar_x < bar_end) {
    bits ^= bits << 13;
    bits ^= bits >> 7;
    bits ^= bits << 17;
    const double bar = 0.7 + static_cast<double>(bits % 3) * 0.8;
    canvas.FillRect(bar_x, ly + 120, bar, 30, kBlack);
    bar_x += bar + 1.0 + static_cast<double>((bits >> 3) % 3) * 0.7;
  }
  TextStyle hri;
  hri.size = 7.5;
  hri.family = mono;
  canvas.Text(lx + 14, ly + 153, d.account_number, hri);
  // The branch's code and the issue count at the label's right end.
  TextStyle code = small;
  code.align = Align::kRight;
  code.size = 7.5;
  canvas.Text(lx + lw - 14, ly + 124, "점번 " + Pad(rng.Int(1, 999), 3), code);
  canvas.Text(lx + lw - 14, ly + 138, "발행 " + std::to_string(rng.Int(1, 3)) + "회", code);
  TextStyle foot;
  foot.size = 7.5;
  foot.color = Rgb{0.88, 0.9, 0.94};
  canvas.Text(fx, by + bh - 36, "이 통장은 예금자보호법에 따라 보호됩니다.", foot);
  TextStyle foot_right = foot;
  foot_right.align = Align::kRight;
  canvas.Text(fx + fw, by + bh - 36, "No. " + Pad(rng.Int(0, 999999), 6), foot_right);

  // Back cover: the lost-book guide, the branch's stamp, the call centre.
  const double kx = bx + 26, kw = bw / 2 - 52;
  double y = by + 26;
  TextStyle heading;
  heading.size = 10.5;
  heading.bold = true;
  heading.color = brand;
  canvas.Text(kx, y, "통장을 잃어버리셨을 때", heading);
  y += 22;
  TextStyle body;
  body.size = 8;
  body.color = Rgb{0.25, 0.25, 0.28};
  const char* const steps[] = {
      "가까운 영업점이나 고객센터에 즉시 사고신고를 하십시오.",
      "신고 전에 생긴 손해는 은행이 책임지지 않습니다.",
      "재발행은 예금주 본인(법인은 대리인 위임장 지참)이 신분증을 가지고 영업점을 방문하여 신청하십시오.",
  };
  for (int i = 0; i < 3; ++i) {
    canvas.Text(kx, y, std::to_string(i + 1) + ".", body);
    y += ParagraphByWords(canvas, kx + 12, y, kw - 12, steps[i], body, 1.4) + 2;
  }
  y += 12;
  canvas.Text(kx, y, "인감·서명 변경 및 거래 안내", heading);
  y += 22;
  y += ParagraphByWords(canvas, kx, y, kw,
                        "인감이나 서명을 바꾸시려면 통장과 새 인감을 가지고 개설점 또는 가까운 영업점에 오십시오. "
                        "통장 정리는 전국 영업점 자동화기기에서 하실 수 있습니다.",
                        body, 1.4);
  y += 18;
  // The branch's blue rubber stamp, a little crooked.
  const double sx = kx + 8, sy = y, sw = 176, shh = 52;
  const Rgb stamp{0.16, 0.24, 0.62};
  const char* const areas[] = {"02", "031", "032", "042", "051", "053", "062"};
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_translate(cr, sx + sw / 2, sy + shh / 2);
  cairo_rotate(cr, rng.Real(-0.05, 0.03));
  cairo_translate(cr, -(sx + sw / 2), -(sy + shh / 2));
  canvas.Rect(sx, sy, sw, shh, 1.2, stamp);
  canvas.Rect(sx + 3, sy + 3, sw - 6, shh - 6, 0.5, stamp);
  TextStyle stamp_style;
  stamp_style.size = 11;
  stamp_style.bold = true;
  stamp_style.color = stamp;
  stamp_style.align = Align::kCenter;
  canvas.Text(sx + sw / 2, sy + 9, d.bank + " " + d.branch, FitWidth(canvas, d.bank + " " + d.branch, stamp_style, sw - 14));
  TextStyle stamp_small = stamp_style;
  stamp_small.size = 8;
  stamp_small.bold = false;
  canvas.Text(sx + sw / 2, sy + 30,
              "TEL " + std::string(areas[rng.Int(0, 6)]) + "-" + std::to_string(rng.Int(200, 999)) + "-" +
                  Pad(rng.Int(0, 9999), 4),
              stamp_small);
  cairo_restore(cr);
  TextStyle stamp_cap = cap;
  canvas.Text(sx + sw + 10, sy + 20, "← 개설점", stamp_cap);
  TextStyle centre;
  centre.size = 9;
  centre.bold = true;
  centre.color = brand;
  canvas.Line(kx, by + bh - 46, kx + kw, by + bh - 46, 0.5, Rgb{0.75, 0.75, 0.75});
  const bool big = d.bank.find("국민") != std::string::npos || d.bank.find("신한") != std::string::npos ||
                   d.bank.find("우리") != std::string::npos || d.bank.find("하나") != std::string::npos ||
                   d.bank.find("농협") != std::string::npos;
  const std::string phone = d.bank.find("국민") != std::string::npos   ? "1588-9999"
                            : d.bank.find("신한") != std::string::npos ? "1599-8000"
                            : d.bank.find("우리") != std::string::npos ? "1588-5000"
                            : d.bank.find("하나") != std::string::npos ? "1599-1111"
                            : d.bank.find("농협") != std::string::npos ? "1661-3000"
                                                                       : "1566-2566";
  canvas.Text(kx, by + bh - 38, "고객센터 " + phone + (big ? "  (24시간 사고신고)" : ""), centre);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (sixteenth set).
void DrawBankbookPasteUp(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const BankbookData& d = spec.bankbook;
  const double w = canvas.width(), h = canvas.height();
  const double x = 54, width = w - 108;
  const Rgb ink{0.1, 0.1, 0.12};
  const Rgb dim{0.42, 0.43, 0.46};
  const Rgb band{0.9, 0.92, 0.95};
  const Rgb line{0.55, 0.57, 0.62};
  cairo_t* cr = canvas.cairo();

  // Running head and title.
  TextStyle head;
  head.size = 8;
  head.color = dim;
  canvas.Text(x, 34, "스마트상점 기술보급사업  ·  보조금 청구 증빙", head);
  TextStyle head_right = head;
  head_right.align = Align::kRight;
  canvas.Text(x + width, 34, "제출일 " + d.printed.Dotted(), head_right);
  canvas.Line(x, 48, x + width, 48, 0.5, line);
  TextStyle title;
  title.size = 20;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(w / 2, 64, "통장사본 부착용지", title);
  canvas.Line(w / 2 - 96, 96, w / 2 + 96, 96, 1.4, ink);
  canvas.Line(w / 2 - 96, 99, w / 2 + 96, 99, 0.5, ink);

  // ① The account as typed by the company: captions in a tinted band, values at the right, the
  // company's registered seal in its own box beside the table.
  TextStyle section;
  section.size = 11;
  section.bold = true;
  double y = 120;
  canvas.Text(x, y, "① 보조금 수령 계좌", section);
  y += 22;
  const double band_w = 96, row_h = 30, seal_w = 96;
  const double table_w = width - seal_w - 10;
  TextStyle cap;
  cap.size = 10;
  cap.color = ink;
  TextStyle val;
  val.size = 11.5;
  const std::pair<const char*, std::string> rows[] = {
      {"금 융 기 관", d.bank},
      {"계 좌 번 호", d.account_number},
      {"예 금 주", d.holder},
      {"개 설 지 점", d.branch},
  };
  canvas.Line(x, y, x + table_w, y, 1.2, ink);
  for (size_t i = 0; i < std::size(rows); ++i) {
    const double ry = y + row_h * static_cast<double>(i);
    canvas.FillRect(x, ry, band_w, row_h, band);
    DrawDistributed(canvas, x + 14, ry + 9, band_w - 28, rows[i].first, cap);
    TextStyle v = val;
    v.bold = i == 1 || i == 2;
    if (i == 1) v.size = 13;
    canvas.TextInBox(x + band_w + 6, ry, table_w - band_w - 12, row_h, rows[i].second,
                     FitWidth(canvas, rows[i].second, v, table_w - band_w - 16));
    canvas.Line(x, ry + row_h, x + table_w, ry + row_h, i + 1 == std::size(rows) ? 1.2 : 0.4,
                i + 1 == std::size(rows) ? ink : line);
  }
  canvas.Line(x + band_w, y, x + band_w, y + row_h * 4, 0.4, line);
  const double sx = x + width - seal_w;
  canvas.Rect(sx, y, seal_w, row_h * 4, 0.8, ink);
  TextStyle seal_cap;
  seal_cap.size = 8.5;
  seal_cap.color = dim;
  seal_cap.align = Align::kCenter;
  canvas.FillRect(sx, y, seal_w, 18, band);
  canvas.Line(sx, y + 18, sx + seal_w, y + 18, 0.4, line);
  canvas.TextInBox(sx, y, seal_w, 18, "사용인감", seal_cap);
  DrawSquareSeal(canvas, sx + seal_w / 2 - 25, y + 18 + (row_h * 4 - 18) / 2 - 25, 50, {"사용", "인감"}, rng);
  y += row_h * 4 + 28;

  // ② The frame the copy is pasted into, with its instruction in the corner.
  canvas.Text(x, y, "② 통장 사본 붙이는 곳", section);
  y += 22;
  const double fx = x, fy = y, fw = width, fh = 330;
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, line.r, line.g, line.b);
  cairo_set_line_width(cr, 0.8);
  const double dash[] = {5, 3};
  cairo_set_dash(cr, dash, 2, 0);
  cairo_rectangle(cr, fx, fy, fw, fh);
  cairo_stroke(cr);
  cairo_restore(cr);
  TextStyle hint;
  hint.size = 7.5;
  hint.color = Rgb{0.6, 0.61, 0.64};
  canvas.Text(fx + 8, fy + 6, "계좌번호와 예금주가 보이는 면을 붙여 주십시오 (풀칠)", hint);

  // The photocopy of the passbook's first page, glued on a little crooked: copier grey, darker
  // at the edges, the passbook's own print in near-black toner.
  const double cw = 400, ch = 248;
  const double ccx = fx + fw / 2 + rng.Real(-10, 10), ccy = fy + fh / 2 + 10 + rng.Real(-6, 6);
  const double angle = (rng.Chance(0.5) ? 1 : -1) * rng.Real(1.4, 3.2) * M_PI / 180;
  const double px = ccx - cw / 2, py = ccy - ch / 2;
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_translate(cr, ccx, ccy);
  cairo_rotate(cr, angle);
  cairo_translate(cr, -ccx, -ccy);
  // The shadow of the sheet's lifted edge, then the copy.
  canvas.FillRect(px + 2.5, py + 3, cw, ch, Rgb{0.78, 0.78, 0.8});
  canvas.FillRect(px, py, cw, ch, Rgb{0.8, 0.8, 0.8});
  canvas.FillRect(px + 6, py + 6, cw - 12, ch - 12, Rgb{0.87, 0.87, 0.87});
  canvas.FillRect(px + 12, py + 12, cw - 24, ch - 24, Rgb{0.92, 0.92, 0.92});
  for (int i = 0; i < 90; ++i) {
    const double dx = px + rng.Real(6, cw - 6), dy = py + rng.Real(6, ch - 6);
    canvas.FillRect(dx, dy, rng.Real(0.5, 1.4), rng.Real(0.5, 1.4), Rgb{0.55, 0.55, 0.55});
  }
  // The stitched top edge of the booklet.
  canvas.FillRect(px, py, cw, 14, Rgb{0.62, 0.62, 0.62});
  for (double sxp = px + 20; sxp < px + cw - 20; sxp += 14) canvas.Line(sxp, py + 7, sxp + 7, py + 7, 0.8, Rgb{0.85, 0.85, 0.85});
  const Rgb toner{0.13, 0.13, 0.13};
  const Rgb toner_dim{0.32, 0.32, 0.32};
  const double ix = px + 24, iw = cw - 48;
  TextStyle bank;
  bank.size = 16;
  bank.bold = true;
  bank.color = toner;
  canvas.Text(ix, py + 26, d.bank, FitWidth(canvas, d.bank, bank, iw * 0.55));
  TextStyle product;
  product.size = 9.5;
  product.bold = true;
  product.color = toner_dim;
  product.align = Align::kRight;
  canvas.Text(ix + iw, py + 32, "기업자유예금 통장", product);
  canvas.Line(ix, py + 54, ix + iw, py + 54, 1.2, toner);
  TextStyle pcap;
  pcap.size = 8.5;
  pcap.color = toner_dim;
  TextStyle pval;
  pval.size = 12;
  pval.color = toner;
  pval.family = "Noto Sans Mono CJK KR";
  const std::pair<const char*, std::string> lines[] = {
      {"계좌번호", d.account_number},
      {"예 금 주", d.holder},
      {"신 규 일", d.opened.Dotted()},
      {"개 설 점", d.branch},
  };
  double ly = py + 66;
  for (size_t i = 0; i < std::size(lines); ++i) {
    canvas.Text(ix, ly + 4, lines[i].first, pcap);
    TextStyle v = pval;
    if (i == 0) {
      v.size = 15;
      v.bold = true;
    }
    if (i == 1) v.bold = true;
    canvas.Text(ix + 62, ly, lines[i].second, FitWidth(canvas, lines[i].second, v, iw - 66));
    canvas.Line(ix + 60, ly + canvas.LineHeight(v) + 1, ix + iw, ly + canvas.LineHeight(v) + 1, 0.4, toner_dim);
    ly += i == 0 ? 34 : 28;
  }
  TextStyle fine;
  fine.size = 6.5;
  fine.color = toner_dim;
  ParagraphByWords(canvas, ix, py + ch - 38, iw,
                   "이 예금은 예금자보호법에 따라 원금과 소정의 이자를 합하여 1인당 최고 5천만원까지 보호됩니다. "
                   "통장과 인감을 잃어버렸을 때에는 곧 거래 영업점에 신고하여 주십시오.",
                   fine, 1.3);
  cairo_restore(cr);
  // Two strips of clear tape across the copy's upper corners.
  for (int side = 0; side < 2; ++side) {
    const double tx = side == 0 ? px + 6 : px + cw - 6, ty = py + 4;
    cairo_new_path(cr);
    cairo_save(cr);
    cairo_translate(cr, ccx, ccy);
    cairo_rotate(cr, angle);
    cairo_translate(cr, tx - ccx, ty - ccy);
    cairo_rotate(cr, side == 0 ? -0.7 : 0.7);
    cairo_set_source_rgba(cr, 0.93, 0.91, 0.78, 0.55);
    cairo_rectangle(cr, -30, -8, 60, 16);
    cairo_fill(cr);
    cairo_restore(cr);
  }
  y = fy + fh + 24;

  // The company's declaration under the frame, dated and sealed.
  TextStyle body;
  body.size = 10.5;
  y += ParagraphByWords(canvas, x, y, width,
                        "위 계좌를 스마트상점 기술보급사업 보조금(국비) 수령계좌로 신고하며, 붙인 사본이 통장 원본과 "
                        "다름없음을 확인합니다.",
                        body, 1.5);
  y += 8;
  TextStyle date_style = body;
  date_style.align = Align::kCenter;
  canvas.Text(w / 2, y, d.printed.KoreanLoose(), date_style);
  y += 26;
  TextStyle sign = body;
  sign.size = 12;
  sign.bold = true;
  sign.align = Align::kRight;
  const std::string signer = "신고인(예금주)  " + d.holder + "   (인)";
  canvas.Text(x + width - 20, y, signer, FitWidth(canvas, signer, sign, width - 40));
  cairo_new_path(cr);
  canvas.Seal(x + width - 30, y + 9, 17, "대표이사", rng);
  TextStyle foot;
  foot.size = 7.5;
  foot.color = dim;
  canvas.Text(x, h - 40, "※ 예금주 명의는 사업자등록증의 상호와 같아야 하며, 잔액이 보이는 면은 가리고 붙여도 됩니다.", foot);
}

}  // namespace docval::samplegen
