// Transfer receipt (이체확인증) layouts: an internet-banking certificate with a label/value grid,
// and a narrow mobile-app "이체 완료" slip.
#include <algorithm>
#include <cmath>

#include "samples/generator/layout_parts.h"

namespace docval::samplegen {

namespace {

Rgb BankColor(const std::string& bank) {
  if (bank.find("국민") != std::string::npos) return Rgb{0.45, 0.38, 0.2};
  if (bank.find("신한") != std::string::npos) return Rgb{0.1, 0.3, 0.7};
  if (bank.find("우리") != std::string::npos) return Rgb{0.05, 0.45, 0.75};
  if (bank.find("하나") != std::string::npos) return Rgb{0.0, 0.55, 0.5};
  if (bank.find("농협") != std::string::npos) return Rgb{0.1, 0.55, 0.25};
  return Rgb{0.1, 0.25, 0.55};
}

// "110-123-456789" -> "110-***-456789": receipts mask the middle of the sender's account.
std::string MaskMiddle(const std::string& account) {
  const size_t first = account.find('-');
  const size_t second = account.find('-', first == std::string::npos ? 0 : first + 1);
  if (first == std::string::npos || second == std::string::npos) return account;
  return account.substr(0, first + 1) + std::string(second - first - 1, '*') + account.substr(second);
}

}  // namespace

void DrawReceiptBankTable(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TransferReceiptData& d = spec.receipt;
  const double x = 60, width = 475;
  TextStyle brand;
  brand.size = 18;
  brand.bold = true;
  brand.color = BankColor(d.bank);
  canvas.Text(x, 48, d.bank, brand);
  TextStyle issued;
  issued.size = 8.5;
  issued.color = kGray;
  issued.align = Align::kRight;
  canvas.Text(x + width, 56, "발급일시 " + d.date.AddDays(rng.Int(0, 3)).Dotted() + " " + d.time,
              issued);
  TextStyle title;
  title.size = 24;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 100, Spaced("이체확인증"), title);

  const double label_w = 130, row_h = 30;
  double y = 160;
  TextStyle cell;
  cell.size = 11;
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"이체일시", d.date.Dotted() + " " + d.time},
      {"출금계좌번호", MaskMiddle(d.sender_account)},
      {"보내는 분", d.sender_name},
      {"입금은행", d.payee_bank},
      {"입금계좌번호", d.payee_account},
      {"받는 분(수취인)", d.payee_name},
      {"이체금액", FormatWon(d.amount) + "원"},
      {"수수료", FormatWon(d.fee) + "원"},
      {"받는분 통장표시", d.memo},
      {"처리결과", "정상"},
      {"거래번호", d.transaction_number},
  };
  canvas.Line(x, y, x + width, y, 1.6);
  for (const auto& [label, value] : rows) {
    DrawRow(canvas, x, y, row_h, {Cell{label, label_w, true}, Cell{value, width - label_w}}, cell,
            Rgb{0.6, 0.6, 0.6}, 0.6, Rgb{0.94, 0.95, 0.97});
    y += row_h;
  }
  canvas.Line(x, y, x + width, y, 1.6);
  TextStyle body;
  body.size = 11;
  body.align = Align::kCenter;
  canvas.Text(x + width / 2, y + 40, "위와 같이 이체가 처리되었음을 확인합니다.", body);
  canvas.Text(x + width / 2, y + 70, d.date.Korean(), body);
  TextStyle bank_sign = body;
  bank_sign.size = 14;
  bank_sign.bold = true;
  canvas.Text(x + width / 2, y + 110, d.bank, bank_sign);
  // The bank's square stamp, ink only.
  const double stamp_x = x + width / 2 + canvas.MeasureWidth(d.bank, bank_sign) / 2 + 12;
  const double stamp_y = y + 100;
  canvas.Rect(stamp_x, stamp_y, 36, 36, 2.0, kSealRed);
  TextStyle stamp;
  stamp.size = 9;
  stamp.color = kSealRed;
  stamp.bold = true;
  stamp.align = Align::kCenter;
  canvas.Ink(stamp_x + 18, stamp_y + 6, "은행", stamp);
  canvas.Ink(stamp_x + 18, stamp_y + 19, "확인", stamp);
  TextStyle note;
  note.size = 8;
  note.color = kGray;
  canvas.Paragraph(x, 770, width,
                   "※ 이 확인증은 인터넷뱅킹으로 처리된 거래를 확인하는 용도로만 사용할 수 "
                   "있으며, 거래의 법률적 효력을 보증하지 않습니다.",
                   note);
}

void DrawReceiptMobileSlip(PageCanvas& canvas, const DocumentSpec& spec, int, Rng&) {
  const TransferReceiptData& d = spec.receipt;
  const double w = canvas.width(), margin = 22;
  const Rgb color = BankColor(d.bank);
  canvas.FillRect(0, 0, w, 44, color);
  TextStyle brand;
  brand.size = 14;
  brand.bold = true;
  brand.color = Rgb{1, 1, 1};
  brand.align = Align::kCenter;
  canvas.Text(w / 2, 14, d.bank, brand);
  // A check-mark badge.
  cairo_t* cr = canvas.cairo();
  cairo_save(cr);
  cairo_set_source_rgb(cr, color.r, color.g, color.b);
  cairo_arc(cr, w / 2, 90, 20, 0, 2 * M_PI);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_set_line_width(cr, 4);
  cairo_move_to(cr, w / 2 - 9, 90);
  cairo_line_to(cr, w / 2 - 2, 98);
  cairo_line_to(cr, w / 2 + 10, 82);
  cairo_stroke(cr);
  cairo_restore(cr);

  TextStyle center;
  center.size = 12;
  center.align = Align::kCenter;
  canvas.Text(w / 2, 122, d.payee_name + "님에게", center);
  TextStyle amount = center;
  amount.size = 22;
  amount.bold = true;
  canvas.Text(w / 2, 142, FormatWon(d.amount) + "원", amount);
  TextStyle done = center;
  done.size = 12;
  done.color = kGray;
  canvas.Text(w / 2, 176, "이체를 완료했습니다", done);
  canvas.Line(margin, 206, w - margin, 206, 0.6, Rgb{0.8, 0.8, 0.8});

  TextStyle label;
  label.size = 10;
  label.color = kGray;
  TextStyle value;
  value.size = 10.5;
  value.align = Align::kRight;
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"받는 분", d.payee_name},
      {"입금 은행", d.payee_bank},
      {"입금 계좌", d.payee_account},
      {"보내는 분", d.sender_name},
      {"출금 계좌", d.sender_account},
      {"이체 일시", d.date.Dotted() + " " + d.time.substr(0, 5)},
      {"수수료", d.fee == 0 ? "면제" : FormatWon(d.fee) + "원"},
      {"받는분 통장표시", d.memo},
  };
  double y = 222;
  for (const auto& [l, v] : rows) {
    canvas.Text(margin, y, l, label);
    canvas.Text(w - margin, y, v, value);
    y += 30;
  }
  canvas.Line(margin, y + 4, w - margin, y + 4, 0.6, Rgb{0.8, 0.8, 0.8});
  TextStyle small;
  small.size = 8;
  small.color = kGray;
  small.align = Align::kCenter;
  canvas.Text(w / 2, y + 20, "거래번호 " + d.transaction_number, small);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out: a landscape "송금결과 확인서" with the figures in a coloured band of columns
// (label over value), the way branch-counter printers lay out a transfer.
void DrawReceiptDepositBand(PageCanvas& canvas, const DocumentSpec& spec, int, Rng&) {
  const TransferReceiptData& d = spec.receipt;
  const double x = 50, width = canvas.width() - 100;
  const Rgb color = BankColor(d.bank);
  TextStyle brand;
  brand.size = 15;
  brand.bold = true;
  brand.color = color;
  canvas.Text(x, 40, d.bank, brand);
  TextStyle title;
  title.size = 22;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 70, "송 금 결 과  확 인 서", title);
  TextStyle meta;
  meta.size = 9.5;
  meta.align = Align::kRight;
  canvas.Text(x + width, 48, "거래일자 " + d.date.Iso(), meta);
  canvas.Text(x + width, 64, "거래시각 " + d.time, meta);

  // Band 1: who receives, band 2: who sends; columns of (label, value).
  TextStyle label;
  label.size = 9;
  label.bold = true;
  label.color = Rgb{1, 1, 1};
  label.align = Align::kCenter;
  TextStyle value;
  value.size = 11.5;
  value.align = Align::kCenter;
  auto band = [&](double y, const std::vector<std::pair<std::string, std::string>>& cols) {
    const double col_w = width / static_cast<double>(cols.size());
    canvas.FillRect(x, y, width, 22, color);
    for (size_t i = 0; i < cols.size(); ++i) {
      const double cx = x + col_w * static_cast<double>(i);
      canvas.TextInBox(cx, y, col_w, 22, cols[i].first, label);
      canvas.TextInBox(cx, y + 22, col_w, 34, cols[i].second, value);
      if (i > 0) canvas.Line(cx, y + 22, cx, y + 56, 0.5, Rgb{0.7, 0.7, 0.7});
    }
    canvas.Rect(x, y, width, 56, 0.8, color);
  };
  band(120, {{"입금받는분", d.payee_name},
             {"입금은행", d.payee_bank},
             {"입금계좌번호", d.payee_account},
             {"송금액", FormatWon(d.amount) + "원"}});
  band(196, {{"송금인(의뢰인)", d.sender_name},
             {"출금계좌", MaskMiddle(d.sender_account)},
             {"송금수수료", FormatWon(d.fee) + "원"},
             {"입금인 표시내용", d.memo}});
  band(272, {{"거래일시", d.date.Dotted() + " " + d.time},
             {"처리상태", "입금완료"},
             {"거래고유번호", d.transaction_number}});

  TextStyle body;
  body.size = 11;
  canvas.Text(x, 362, "상기 금액이 입금받는분의 계좌로 정상 입금되었음을 확인합니다.", body);
  TextStyle sign;
  sign.size = 13;
  sign.bold = true;
  sign.align = Align::kRight;
  canvas.Text(x + width - 50, 410, d.bank + " 출납책임자", sign);
  const double stamp_x = x + width - 42, stamp_y = 400;
  canvas.Rect(stamp_x, stamp_y, 34, 34, 2.0, kSealRed);
  TextStyle stamp;
  stamp.size = 8.5;
  stamp.bold = true;
  stamp.color = kSealRed;
  stamp.align = Align::kCenter;
  canvas.Ink(stamp_x + 17, stamp_y + 5, "출납", stamp);
  canvas.Ink(stamp_x + 17, stamp_y + 18, "확인", stamp);
  TextStyle note;
  note.size = 8;
  note.color = kGray;
  canvas.Text(x, canvas.height() - 50,
              "※ 본 확인서는 거래 사실의 확인용이며 금융거래의 증빙 외 용도로 사용할 수 없습니다.",
              note);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (second set): an internet-banking "즉시이체 결과조회" printout in landscape — the
// withdrawal account in a header line, the transfer as one row of a ruled ledger with the time
// under the date, amounts as bare figures with the unit in the column header, and no stamp.
void DrawReceiptResultLedger(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TransferReceiptData& d = spec.receipt;
  const double x = 40, width = canvas.width() - 80;
  const Rgb color = BankColor(d.bank);
  const Rgb tint{0.88 + 0.12 * color.r, 0.88 + 0.12 * color.g, 0.88 + 0.12 * color.b};
  TextStyle brand;
  brand.size = 14;
  brand.bold = true;
  brand.color = color;
  canvas.Text(x, 30, d.bank, brand);
  TextStyle meta;
  meta.size = 8.5;
  meta.color = kGray;
  meta.align = Align::kRight;
  canvas.Text(x + width, 36, "출력일 " + d.date.AddDays(rng.Int(0, 2)).Dotted(), meta);
  TextStyle title;
  title.size = 18;
  title.bold = true;
  canvas.Text(x, 58, "즉시이체 결과조회", title);
  canvas.FillRect(x, 90, width, 2, color);

  TextStyle info;
  info.size = 10.5;
  canvas.Text(x, 104, "출금계좌번호 : " + d.sender_account, info);
  canvas.Text(x + 270, 104, "예금주명 : " + d.sender_name, info);
  canvas.Text(x + 500, 104, "조회기간 : " + d.date.Iso() + " ~ " + d.date.Iso(), info);

  const std::vector<double> w = {30, 92, 80, 124, 136, 92, 58, 96, 54};
  const char* const headers[] = {"No",          "처리일시",   "입금은행",        "입금계좌번호", "수취인명",
                                 "이체금액(원)", "수수료(원)", "받는분 통장표시", "처리결과"};
  TextStyle head;
  head.size = 9.5;
  head.bold = true;
  const Rgb rule{0.55, 0.55, 0.55};
  double y = 134;
  std::vector<Cell> header_cells;
  for (size_t i = 0; i < w.size(); ++i) header_cells.push_back(Cell{headers[i], w[i], true});
  DrawRow(canvas, x, y, 28, header_cells, head, rule, 0.6, tint);
  y += 28;
  TextStyle cell;
  cell.size = 10;
  DrawRow(canvas, x, y, 40,
          {Cell{"1", w[0], false, Align::kCenter}, Cell{"", w[1]},
           Cell{d.payee_bank, w[2], false, Align::kCenter}, Cell{d.payee_account, w[3], false, Align::kCenter},
           Cell{d.payee_name, w[4]}, Cell{FormatWon(d.amount), w[5], false, Align::kRight},
           Cell{FormatWon(d.fee), w[6], false, Align::kRight}, Cell{d.memo, w[7]},
           Cell{"정상처리", w[8], false, Align::kCenter}},
          cell, rule, 0.6);
  // The date and, below it, the time share the 처리일시 cell.
  TextStyle stamp = cell;
  stamp.size = 9.5;
  stamp.align = Align::kCenter;
  canvas.Text(x + w[0] + w[1] / 2, y + 5, d.date.Iso(), stamp);
  canvas.Text(x + w[0] + w[1] / 2, y + 21, d.time, stamp);
  y += 40;
  const double span = w[0] + w[1] + w[2] + w[3] + w[4];
  TextStyle sum = cell;
  sum.bold = true;
  DrawRow(canvas, x, y, 28,
          {Cell{"합계 (1건)", span, true}, Cell{FormatWon(d.amount), w[5], false, Align::kRight},
           Cell{FormatWon(d.fee), w[6], false, Align::kRight}, Cell{"", w[7] + w[8]}},
          sum, rule, 0.6, tint);
  y += 28;

  TextStyle note;
  note.size = 8.5;
  note.color = kGray;
  canvas.Text(x, y + 18, "※ 수취인명은 입금계좌의 예금주 조회 결과를 표시한 것입니다.", note);
  canvas.Text(x, y + 34,
              "※ 이 화면은 이체 처리 결과를 출력한 것으로, 입금 여부는 입금은행에서 확인하실 수 있습니다.",
              note);
  TextStyle bank_sign;
  bank_sign.size = 12;
  bank_sign.bold = true;
  bank_sign.align = Align::kRight;
  canvas.Text(x + width, y + 72, d.bank + " 인터넷뱅킹", bank_sign);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

namespace {

// The bank's call-centre number, as printed at the foot of its ATM slips.
std::string CallCentre(const std::string& bank) {
  if (bank.find("국민") != std::string::npos) return "1588-9999";
  if (bank.find("신한") != std::string::npos) return "1599-8000";
  if (bank.find("우리") != std::string::npos) return "1588-5000";
  if (bank.find("하나") != std::string::npos) return "1599-1111";
  if (bank.find("농협") != std::string::npos) return "1661-3000";
  return "1566-2566";
}

}  // namespace

// Held out (third set): the roll-paper slip an ATM prints after a transfer (거래명세표) —
// narrow, small type, dashed rules between blocks, the account numbers on their own line below
// their labels, the sender called 의뢰인 and the payee 수취인, and a masked balance.
void DrawReceiptAtmSlip(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TransferReceiptData& d = spec.receipt;
  const double w = canvas.width(), margin = 14, right = w - margin;
  auto dashed = [&](double y) {
    for (double dx = margin; dx < right; dx += 6) canvas.Line(dx, y, std::min(dx + 3, right), y, 0.6);
  };
  TextStyle brand;
  brand.size = 13;
  brand.bold = true;
  brand.align = Align::kCenter;
  canvas.Text(w / 2, 16, d.bank, brand);
  TextStyle title;
  title.size = 11;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(w / 2, 38, d.bank == d.payee_bank ? "계좌이체 거래명세표" : "타행이체 거래명세표", title);
  TextStyle copy;
  copy.size = 8;
  copy.align = Align::kCenter;
  canvas.Text(w / 2, 56, "(고객용)", copy);
  double y = 72;
  dashed(y);
  y += 8;

  TextStyle label;
  label.size = 9;
  TextStyle value = label;
  value.align = Align::kRight;
  const double step = 17;
  auto line = [&](const std::string& l, const std::string& v, const TextStyle& v_style) {
    canvas.Text(margin, y, l, label);
    canvas.Text(right, y, v, v_style);
    y += step;
  };
  // A label alone on its line, the value right-aligned on the next.
  auto below = [&](const std::string& l, const std::string& v, const TextStyle& v_style) {
    canvas.Text(margin, y, l, label);
    y += step - 2;
    canvas.Text(right, y, v, v_style);
    y += step + 1;
  };
  line("거래일자", d.date.Dotted(), value);
  line("거래시각", d.time, value);
  line("기기번호", Pad(rng.Int(1, 9999), 4) + "-" + Pad(rng.Int(1, 99), 2), value);
  line("거래번호", d.transaction_number, value);
  y += 2;
  dashed(y);
  y += 8;
  below("출금계좌", MaskMiddle(d.sender_account), value);
  line("의뢰인", d.sender_name, value);
  y += 2;
  dashed(y);
  y += 8;
  TextStyle strong = value;
  strong.size = 10;
  strong.bold = true;
  line("입금은행", d.payee_bank, value);
  below("입금계좌", d.payee_account, strong);
  line("수취인", d.payee_name, FitWidth(canvas, d.payee_name, strong, right - margin - 50));
  line("받는통장표시", d.memo, value);
  y += 2;
  dashed(y);
  y += 8;
  TextStyle amount = strong;
  amount.size = 11;
  line("이체금액", FormatWon(d.amount) + "원", amount);
  line("수수료", FormatWon(d.fee) + "원", value);
  line("거래후잔액", "*********원", value);
  y += 2;
  dashed(y);
  y += 12;
  TextStyle center;
  center.size = 9;
  center.align = Align::kCenter;
  canvas.Text(w / 2, y, "정상 처리되었습니다.", center);
  y += 16;
  TextStyle note = center;
  note.size = 7.5;
  note.color = kGray;
  canvas.Text(w / 2, y, "수취인 성명을 반드시 확인하십시오.", note);
  y += 12;
  canvas.Text(w / 2, y, "고객센터 " + CallCentre(d.bank), note);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (fourth set): the slip a bank counter hands back after a remittance — a card-sized
// pre-printed form in the bank's colour with the payee's and the sender's boxes side by side
// (each box's own 예금주/성명 row), the sum, fee and their total on one row, the teller's
// validation line along the bottom and the branch's round date stamp (일부인) over it.
void DrawReceiptCounterSlip(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TransferReceiptData& d = spec.receipt;
  const double w = canvas.width(), h = canvas.height(), x = 22, width = w - 44;
  const Rgb color = BankColor(d.bank);
  const Rgb tint{0.9 + 0.1 * color.r, 0.9 + 0.1 * color.g, 0.9 + 0.1 * color.b};
  canvas.Rect(10, 10, w - 20, h - 20, 1.6, color);
  TextStyle brand;
  brand.size = 13;
  brand.bold = true;
  brand.color = color;
  canvas.Text(x, 22, d.bank, brand);
  TextStyle title;
  title.size = 16;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(w / 2, 20, d.bank == d.payee_bank ? "입 금 영 수 증" : "타 행 송 금 영 수 증", title);
  TextStyle copy;
  copy.size = 8;
  copy.color = color;
  copy.align = Align::kCenter;
  canvas.Text(w / 2, 44, "(고객보관용)", copy);
  TextStyle cell;
  cell.size = 10;
  TextStyle label = cell;
  label.size = 9;
  label.color = color;
  DrawRow(canvas, x + width - 150, 22, 26, {Cell{"거래일자", 56, true}, Cell{d.date.DottedLoose(), 94}}, cell,
          color, 0.6, tint);

  // The payee's box and the sender's box, side by side.
  const double gap = 12, pw = (width - gap) / 2, lw = 62, row_h = 26;
  double y = 66;
  TextStyle band;
  band.size = 9.5;
  band.bold = true;
  band.color = Rgb{1, 1, 1};
  band.align = Align::kCenter;
  auto panel = [&](double px, const char* heading,
                   const std::vector<std::pair<std::string, std::string>>& rows) {
    canvas.FillRect(px, y, pw, 18, color);
    canvas.TextInBox(px, y, pw, 18, heading, band);
    double ry = y + 18;
    for (const auto& [l, v] : rows) {
      canvas.FillRect(px, ry, lw, row_h, tint);
      canvas.Rect(px, ry, lw, row_h, 0.6, color);
      canvas.Rect(px + lw, ry, pw - lw, row_h, 0.6, color);
      TextStyle l_style = label;
      l_style.align = Align::kCenter;
      canvas.TextInBox(px, ry, lw, row_h, l, l_style);
      canvas.TextInBox(px + lw, ry, pw - lw, row_h, v, FitWidth(canvas, v, cell, pw - lw - 10));
      ry += row_h;
    }
  };
  panel(x, "받 으 실  분", {{"은 행 명", d.payee_bank}, {"계좌번호", d.payee_account}, {"예 금 주", d.payee_name}});
  const std::string phone = "010-****-" + Pad(rng.Int(0, 9999), 4);
  panel(x + pw + gap, "보 내 시 는  분",
        {{"성    명", d.sender_name}, {"출금계좌", MaskMiddle(d.sender_account)}, {"연 락 처", phone}});
  y += 18 + row_h * 3 + 10;

  // Sum, fee and what left the account, one row.
  const double aw = width / 3, alw = 56;
  TextStyle figure = cell;
  figure.size = 11;
  figure.bold = true;
  const std::pair<std::string, std::string> sums[] = {{"송 금 액", "₩" + FormatWon(d.amount)},
                                                      {"수 수 료", "₩" + FormatWon(d.fee)},
                                                      {"합    계", "₩" + FormatWon(d.amount + d.fee)}};
  for (int i = 0; i < 3; ++i) {
    const double ax = x + aw * i;
    DrawRow(canvas, ax, y, 30, {Cell{sums[i].first, alw, true}, Cell{"", aw - alw}}, label, color, 0.6, tint);
    TextStyle value = i == 0 ? figure : cell;
    value.align = Align::kRight;
    canvas.TextInBox(ax + alw, y, aw - alw, 30, sums[i].second, value);
  }
  y += 30 + 10;
  canvas.Text(x, y, "받는분 통장표시 :  " + d.memo, cell);
  y += 24;

  // The teller's validation print and the branch's date stamp.
  TextStyle validation;
  validation.size = 8.5;
  canvas.Line(x, y, x + width, y, 0.4, tint);
  y += 6;
  canvas.Text(x, y,
              d.date.DottedLoose() + " " + d.time + "  " + Pad(rng.Int(100, 999), 4) + "-" + Pad(rng.Int(1, 40), 2) +
                  "  No." + d.transaction_number,
              validation);
  TextStyle note;
  note.size = 7.5;
  note.color = kGray;
  canvas.Text(x, h - 30, "※ 이 영수증은 은행 직원의 확인인이 있어야 유효합니다.", note);
  const double cx = w - 72, cy = h - 52, r = 28;
  const Rgb ink = rng.Chance(0.5) ? kSealRed : Rgb{0.15, 0.25, 0.65};
  cairo_t* cr = canvas.cairo();
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_translate(cr, cx, cy);
  cairo_rotate(cr, rng.Real(-0.3, 0.3));
  cairo_set_source_rgba(cr, ink.r, ink.g, ink.b, 0.8);
  cairo_set_line_width(cr, 1.6);
  cairo_arc(cr, 0, 0, r, 0, 2 * M_PI);
  cairo_stroke(cr);
  cairo_move_to(cr, -r * 0.92, -7);
  cairo_line_to(cr, r * 0.92, -7);
  cairo_move_to(cr, -r * 0.92, 8);
  cairo_line_to(cr, r * 0.92, 8);
  cairo_stroke(cr);
  TextStyle stamp;
  stamp.size = 6.5;
  stamp.bold = true;
  stamp.color = ink;
  stamp.align = Align::kCenter;
  canvas.Ink(0, -r * 0.6, d.bank, stamp);
  stamp.size = 7;
  canvas.Ink(0, -5, d.date.Dotted(), stamp);
  stamp.size = 6.5;
  canvas.Ink(0, 10, d.bank == d.payee_bank ? "입금" : "송금", stamp);
  cairo_restore(cr);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (fifth set).
void DrawReceiptHalfSheet(PageCanvas& canvas, const DocumentSpec& spec, int, Rng&) {
  const TransferReceiptData& d = spec.receipt;
  const double x = 36, width = canvas.width() - 72;
  const Rgb green{0.0, 0.45, 0.38};
  canvas.FillRect(0, 0, canvas.width(), 8, green);
  TextStyle bank;
  bank.size = 13;
  bank.bold = true;
  bank.color = green;
  canvas.Text(x, 26, d.bank, bank);
  TextStyle meta;
  meta.size = 7.5;
  meta.color = kGray;
  meta.align = Align::kRight;
  canvas.Text(x + width, 30, "인터넷뱅킹 출력", meta);
  TextStyle title;
  title.size = 17;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 62, "송 금 확 인 증", title);
  canvas.Line(x, 92, x + width, 92, 0.8, green);

  TextStyle body;
  body.size = 10;
  const double step = canvas.LineHeight(body) * 1.55;
  double y = 106;
  y += ParagraphByWords(canvas, x, y, width,
                        d.sender_name + " 고객님께서 " + d.date.Korean() + " " + d.time +
                            "에 요청하신 송금이 아래와 같이 처리되었음을 확인합니다.",
                        body, 1.55);
  y += 14;
  // A key/value list: key on the left, value right-aligned, a hairline between.
  TextStyle key = body;
  key.color = Rgb{0.25, 0.25, 0.25};
  TextStyle value = body;
  value.align = Align::kRight;
  value.bold = true;
  auto row = [&](const std::string& k, const std::string& v) {
    canvas.Text(x, y, k, key);
    canvas.Text(x + width, y, v, FitWidth(canvas, v, value, width - 110));
    y += step;
    canvas.Line(x, y - 4, x + width, y - 4, 0.4, Rgb{0.78, 0.78, 0.78});
    y += 4;
  };
  row("보내신 분", d.sender_name);
  row("출금 계좌", d.sender_account);
  row("받으실 분", d.payee_name);
  row("입금 은행", d.payee_bank);
  row("입금 계좌", d.payee_account);
  row("보낸 금액", FormatWon(d.amount) + " 원");
  row("수수료", FormatWon(d.fee) + " 원");
  row("받는 분 통장 표시", d.memo);
  row("거래 일시", d.date.Dotted() + " " + d.time);
  row("거래 번호", d.transaction_number);
  y += 18;
  TextStyle note;
  note.size = 7.5;
  note.color = kGray;
  y += ParagraphByWords(canvas, x, y, width,
                        "※ 본 확인증은 고객의 요청에 의해 발급되는 것으로, 거래의 법적 효력을 증명하지 않습니다. "
                        "입금 계좌의 사정에 따라 입금이 지연될 수 있습니다.",
                        note, 1.3);
  TextStyle issue = body;
  issue.align = Align::kCenter;
  canvas.Text(x + width / 2, canvas.height() - 64, "발급일 " + d.date.Korean(), issue);
  TextStyle sign = bank;
  sign.align = Align::kCenter;
  sign.size = 11;
  canvas.Text(x + width / 2, canvas.height() - 42, d.bank + " 은행장", sign);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (sixth set).
void DrawReceiptTransposedCert(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TransferReceiptData& d = spec.receipt;
  const double x = 60, width = canvas.width() - 120;
  const Rgb color = BankColor(d.bank);
  const Rgb tint{0.92 + 0.08 * color.r, 0.92 + 0.08 * color.g, 0.92 + 0.08 * color.b};
  const Date printed = d.date.AddDays(rng.Int(0, 5));
  const std::string issue_no = std::to_string(printed.year) + "-" + Pad(rng.Int(0, 999999), 6) + "-" +
                               Pad(rng.Int(0, 99), 2);
  TextStyle brand;
  brand.size = 16;
  brand.bold = true;
  brand.color = color;
  canvas.Text(x, 40, d.bank, brand);
  TextStyle meta;
  meta.size = 8.5;
  meta.color = kGray;
  meta.align = Align::kRight;
  canvas.Text(x + width, 46, "발급번호 " + issue_no, meta);
  canvas.FillRect(x, 70, width, 1.5, color);
  TextStyle title;
  title.size = 21;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 92, "계좌이체 거래확인서", title);
  TextStyle english = meta;
  english.align = Align::kCenter;
  canvas.Text(x + width / 2, 124, "(Confirmation of Account Transfer)", english);

  TextStyle body;
  body.size = 10.5;
  double y = 160;
  canvas.Text(x, y, "신청인 :  " + d.sender_name, body);
  TextStyle right = body;
  right.align = Align::kRight;
  canvas.Text(x + width, y, "용도 :  거래사실 증빙", right);
  y += 28;

  // Sender and payee as the two value columns of one table, the transfer's facts beneath.
  TextStyle cell = body;
  cell.size = 10;
  const double lw = 104, vw = (width - lw) / 2, h = 30;
  const Rgb line{0.45, 0.45, 0.45};
  canvas.Line(x, y, x + width, y, 1.4);
  DrawRow(canvas, x, y, h,
          {Cell{"구    분", lw, true}, Cell{"출금 (보내는 분)", vw, true}, Cell{"입금 (받는 분)", vw, true}}, cell,
          line, 0.6, tint);
  y += h;
  const std::pair<const char*, std::pair<std::string, std::string>> sides[] = {
      {"금융기관", {d.bank, d.payee_bank}},
      {"계좌번호", {MaskMiddle(d.sender_account), d.payee_account}},
      {"예금주(성명)", {d.sender_name, d.payee_name}},
  };
  for (const auto& [label, values] : sides) {
    DrawRow(canvas, x, y, h, {Cell{label, lw, true}, Cell{"", vw}, Cell{"", vw}}, cell, line, 0.6, tint);
    TextStyle v = cell;
    v.align = Align::kCenter;
    canvas.TextInBox(x + lw, y, vw, h, values.first, FitWidth(canvas, values.first, v, vw - 10));
    canvas.TextInBox(x + lw + vw, y, vw, h, values.second, FitWidth(canvas, values.second, v, vw - 10));
    y += h;
  }
  const std::string when = d.date.Korean() + " " + d.time.substr(0, 2) + "시 " + d.time.substr(3, 2) + "분 " +
                           d.time.substr(6, 2) + "초";
  const std::pair<const char*, std::string> facts[] = {
      {"거래일시", when},
      {"이체금액", "금 " + AmountInKoreanWords(d.amount) + "원정 (₩" + FormatWon(d.amount) + ")"},
      {"수수료", d.fee == 0 ? "면제" : FormatWon(d.fee) + "원"},
      {"받는분 통장 표시", d.memo},
      {"거래고유번호", d.transaction_number},
      {"처리구분", "인터넷뱅킹 즉시이체 / 정상 처리"},
  };
  for (const auto& [label, value] : facts) {
    DrawRow(canvas, x, y, h, {Cell{label, lw, true}, Cell{"", width - lw}}, cell, line, 0.6, tint);
    canvas.TextInBox(x + lw, y, width - lw, h, value, FitWidth(canvas, value, cell, width - lw - 12));
    y += h;
  }
  canvas.Line(x, y, x + width, y, 1.4);
  y += 40;
  TextStyle center = body;
  center.size = 11;
  center.align = Align::kCenter;
  y += ParagraphByWords(canvas, x, y, width,
                        "위 거래 내용은 " + printed.KoreanLoose() + " 현재 당행의 전산 기록과 틀림없음을 확인합니다.",
                        center, 1.6);
  y += 36;
  TextStyle sign = center;
  sign.size = 14;
  sign.bold = true;
  const std::string signer = d.bank + " 전자금융센터장";
  canvas.Text(x + width / 2, y, signer, sign);
  cairo_new_path(canvas.cairo());  // no stray line from the text's current point to the seal
  canvas.Seal(x + width / 2 + canvas.MeasureWidth(signer, sign) / 2 + 28, y + 9, 19, "거래확인", rng);

  // The issue number as a barcode, for the online authenticity check.
  const double bar_y = canvas.height() - 130;
  double bar_x = x;
  for (int i = 0; i < 64; ++i) {
    const double bar = rng.Int(1, 3) * 0.9;
    if (i % 2 == 0) canvas.FillRect(bar_x, bar_y, bar, 30, kBlack);
    bar_x += bar;
  }
  TextStyle code = meta;
  code.align = Align::kLeft;
  canvas.Text(x, bar_y + 34, issue_no, code);
  TextStyle note = code;
  note.size = 8;
  ParagraphByWords(canvas, x + 170, bar_y, width - 170,
                   "※ 이 확인서는 인터넷으로 발급되었습니다. 위변조 여부는 " + d.bank +
                       " 홈페이지의 '증명서 진위확인' 메뉴에서 발급번호로 확인하실 수 있습니다. "
                       "이 확인서는 거래 사실을 확인하는 용도 외에는 사용할 수 없습니다.",
                   note, 1.35);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (seventh set).
void DrawReceiptHistoryList(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TransferReceiptData& d = spec.receipt;
  const double x = 36, width = canvas.width() - 72;
  const Rgb color = BankColor(d.bank);
  const Rgb tint{0.93 + 0.07 * color.r, 0.93 + 0.07 * color.g, 0.93 + 0.07 * color.b};
  const Rgb rule{0.62, 0.62, 0.62};
  TextStyle brand;
  brand.size = 14;
  brand.bold = true;
  brand.color = color;
  canvas.Text(x, 28, d.bank, brand);
  TextStyle meta;
  meta.size = 8.5;
  meta.color = kGray;
  meta.align = Align::kRight;
  const Date shown_to = d.date.AddDays(rng.Int(2, 4));  // the list was printed after the transfer
  canvas.Text(x + width, 32,
              "조회일시 " + shown_to.Dotted() + " " + Pad(rng.Int(9, 17), 2) + ":" + Pad(rng.Int(0, 59), 2) + ":" +
                  Pad(rng.Int(0, 59), 2),
              meta);
  TextStyle title;
  title.size = 18;
  title.bold = true;
  const double title_w = canvas.Text(x, 54, "거래내역 조회", title);
  TextStyle sub = meta;
  sub.align = Align::kLeft;
  sub.size = 9.5;
  canvas.Text(x + title_w + 10, 62, "(입출금 거래내역)", sub);
  canvas.FillRect(x, 86, width, 2, color);

  // The account the list is about: the sender's own.
  TextStyle cell;
  cell.size = 9.5;
  const double third = width / 3, lw = 72;
  double y = 98;
  auto info = [&](const std::vector<std::pair<std::string, std::string>>& pairs) {
    std::vector<Cell> cells;
    for (const auto& [label, text] : pairs) {
      cells.push_back(Cell{label, lw, true});
      cells.push_back(Cell{text, third - lw});
    }
    DrawRow(canvas, x, y, 24, cells, cell, rule, 0.6, tint);
    y += 24;
  };
  info({{"조회계좌", d.sender_account}, {"예금주", d.sender_name}, {"상품명", "저축예금"}});
  info({{"조회기간", d.date.AddDays(-rng.Int(2, 6)).Iso() + " ~ " + shown_to.Iso()},
        {"조회구분", "전체 (입금+출금)"},
        {"정렬", "최근거래순"}});
  y += 20;

  // The transfer among the other movements of those days, newest first.
  struct Movement {
    Date date;
    std::string time, kind, name, bank, account;
    int64_t out = 0, in = 0;
  };
  std::vector<Movement> list = {
      {d.date, d.time, d.bank == d.payee_bank ? "인터넷이체" : "타행이체", d.payee_name, d.payee_bank, d.payee_account,
       d.amount, 0}};
  if (d.fee > 0) list.push_back({d.date, d.time, "이체수수료", "", "", "", d.fee, 0});
  auto clock = [&] { return Pad(rng.Int(7, 22), 2) + ":" + Pad(rng.Int(0, 59), 2) + ":" + Pad(rng.Int(0, 59), 2); };
  const char* const cards[] = {"BC카드", "신한카드", "KB국민카드", "삼성카드"};
  const char* const shops[] = {"GS25", "쿠팡", "이마트", "CU", "다이소"};
  list.push_back({d.date.AddDays(-rng.Int(0, 2)), clock(), "카드매출", cards[rng.Int(0, 3)], "", "", 0,
                  rng.Int(30, 480) * 1000 + rng.Int(0, 9) * 100});
  list.push_back({d.date.AddDays(-rng.Int(1, 3)), clock(), "체크카드", shops[rng.Int(0, 4)], "", "",
                  rng.Int(3, 90) * 1000 + rng.Int(0, 9) * 100, 0});
  if (rng.Chance(0.6)) {
    list.push_back({d.date.AddDays(rng.Int(0, 1)), clock(), "카드매출", cards[rng.Int(0, 3)], "", "", 0,
                    rng.Int(30, 480) * 1000 + rng.Int(0, 9) * 100});
  }
  std::stable_sort(list.begin(), list.end(), [](const Movement& a, const Movement& b) {
    return a.date != b.date ? a.date > b.date : a.time > b.time;
  });
  int64_t balance = rng.Int(1, 20) * 1000000 + rng.Int(0, 99999) * 10 + d.amount;

  const std::vector<double> cw = {24, 112, 66, 130, 86, 86, 90, 72, width - 666};
  const char* const heads[] = {"No",           "거래일시",     "적요",     "받는분/보낸분", "출금액(원)",
                               "입금액(원)", "거래후잔액(원)", "상대은행", "상대계좌번호"};
  TextStyle head = cell;
  head.bold = true;
  std::vector<Cell> header;
  for (size_t i = 0; i < cw.size(); ++i) header.push_back(Cell{heads[i], cw[i], true});
  DrawRow(canvas, x, y, 26, header, head, rule, 0.6, tint);
  y += 26;
  for (size_t i = 0; i < list.size(); ++i) {
    const Movement& m = list[i];
    const std::vector<std::string> values = {std::to_string(i + 1),
                                             m.date.Dotted() + " " + m.time,
                                             m.kind,
                                             m.name,
                                             m.out ? FormatWon(m.out) : "",
                                             m.in ? FormatWon(m.in) : "",
                                             FormatWon(balance),
                                             m.bank,
                                             m.account};
    double left = x;
    for (size_t c = 0; c < cw.size(); ++c) {
      canvas.Rect(left, y, cw[c], 28, 0.6, rule);
      TextStyle style = FitWidth(canvas, values[c], cell, cw[c] - 8);
      style.align = c >= 4 && c <= 6 ? Align::kRight : c == 3 ? Align::kLeft : Align::kCenter;
      canvas.TextInBox(left, y, cw[c], 28, values[c], style);
      left += cw[c];
    }
    balance += m.out - m.in;
    y += 28;
  }
  canvas.Line(x, y, x + width, y, 1.2, color);
  y += 10;
  TextStyle count = cell;
  canvas.Text(x, y, "조회건수 : " + std::to_string(list.size()) + "건", count);
  y += 34;
  TextStyle note = meta;
  note.align = Align::kLeft;
  for (const char* text : {"※ 받는분/보낸분과 상대계좌번호는 전자금융 거래에 한하여 표시됩니다.",
                           "※ 이 내역은 조회 시점의 거래내역을 출력한 것이며, 정정·취소된 거래는 표시되지 않을 수 있습니다."}) {
    canvas.Text(x, y, text, note);
    y += 15;
  }
  TextStyle foot = meta;
  canvas.Text(x + width, canvas.height() - 30, d.bank + " 인터넷뱅킹  |  1 / 1", foot);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (eighth set).
void DrawReceiptFromTo(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TransferReceiptData& d = spec.receipt;
  const double w = canvas.width(), h = canvas.height(), x = 30, width = w - 60;
  const Rgb color = BankColor(d.bank);
  const Rgb tint{0.94 + 0.06 * color.r, 0.94 + 0.06 * color.g, 0.94 + 0.06 * color.b};
  canvas.FillRect(0, 0, w, 6, color);
  TextStyle brand;
  brand.size = 14;
  brand.bold = true;
  brand.color = color;
  canvas.Text(x, 18, d.bank, brand);
  TextStyle meta;
  meta.size = 8;
  meta.color = kGray;
  meta.align = Align::kRight;
  const Date printed = d.date.AddDays(rng.Int(0, 3));
  canvas.Text(x + width, 22,
              "인터넷뱅킹 출력  |  " + printed.Dotted() + " " + Pad(rng.Int(9, 18), 2) + ":" + Pad(rng.Int(0, 59), 2),
              meta);
  TextStyle title;
  title.size = 17;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(w / 2, 40, "전자금융 이체확인증", title);

  // When and which transaction, with full-width colons as the bank's template writes them.
  static const char* const kWeekdays[] = {"일", "월", "화", "수", "목", "금", "토"};
  TextStyle body;
  body.size = 10;
  canvas.Text(x, 74,
              "거래일시 ： " + d.date.KoreanLoose() + " (" + kWeekdays[(d.date.Days() % 7 + 11) % 7] + ")  " + d.time,
              body);
  TextStyle body_right = body;
  body_right.align = Align::kRight;
  body_right.color = Rgb{0.15, 0.15, 0.15};
  canvas.Text(x + width, 74, "거래번호 ： " + d.transaction_number, body_right);
  canvas.Line(x, 94, x + width, 94, 0.8, color);

  // From and to: two framed lists with distributed captions, an arrow between them.
  const double arrow_w = 56, pw = (width - arrow_w) / 2, top = 106, head_h = 22, rh = 27;
  TextStyle head;
  head.size = 10;
  head.bold = true;
  head.color = color;
  TextStyle caption;
  caption.size = 10;
  caption.color = Rgb{0.15, 0.15, 0.15};
  TextStyle value;
  value.size = 11;
  TextStyle strong = value;
  strong.bold = true;
  auto panel = [&](double px, const char* heading, const std::vector<std::pair<std::string, std::string>>& rows,
                   const TextStyle& style) {
    canvas.FillRect(px, top, pw, head_h, tint);
    canvas.TextInBox(px + 4, top, pw - 8, head_h, heading, head);
    double ry = top + head_h + 7;
    for (const auto& [label, text] : rows) {
      DrawDistributed(canvas, px + 12, ry, 50, label, caption);
      canvas.Text(px + 66, ry, "：", caption);
      canvas.Text(px + 82, ry - 0.5, text, FitWidth(canvas, text, style, pw - 90));
      ry += rh;
    }
    canvas.Rect(px, top, pw, head_h + 3 * rh + 6, 0.8, color);
  };
  panel(x, "보내는 분 (출금)", {{"은행", d.bank}, {"계좌번호", MaskMiddle(d.sender_account)}, {"예금주", d.sender_name}},
        value);
  panel(x + pw + arrow_w, "받는 분 (입금)",
        {{"은행", d.payee_bank}, {"계좌번호", d.payee_account}, {"예금주", d.payee_name}}, strong);
  cairo_t* cr = canvas.cairo();
  const double ay = top + head_h + 1.5 * rh, ax = x + pw + 10, aw = arrow_w - 20;
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, color.r, color.g, color.b);
  cairo_move_to(cr, ax, ay - 5);
  cairo_line_to(cr, ax + aw - 12, ay - 5);
  cairo_line_to(cr, ax + aw - 12, ay - 12);
  cairo_line_to(cr, ax + aw, ay);
  cairo_line_to(cr, ax + aw - 12, ay + 12);
  cairo_line_to(cr, ax + aw - 12, ay + 5);
  cairo_line_to(cr, ax, ay + 5);
  cairo_close_path(cr);
  cairo_fill(cr);
  cairo_restore(cr);

  // The sum in a grey band across the slip.
  double y = top + head_h + 3 * rh + 6 + 16;
  canvas.FillRect(x, y, width, 44, Rgb{0.9, 0.9, 0.9});
  TextStyle band = caption;
  band.size = 11.5;
  band.bold = true;
  band.color = kBlack;
  DrawDistributed(canvas, x + 16, y + 14, 70, "이체금액", band);
  TextStyle amount;
  amount.size = 19;
  amount.bold = true;
  amount.align = Align::kRight;
  canvas.Text(x + width - 16, y + 9, FormatWon(d.amount) + " 원", amount);
  y += 44 + 10;
  const std::pair<std::string, std::string> extras[] = {
      {"수수료", d.fee == 0 ? "면제" : FormatWon(d.fee) + "원"},
      {"받는 분 통장표시", d.memo},
      {"처리결과", "정상 처리"},
  };
  const double third = width / 3;
  for (int i = 0; i < 3; ++i) {
    const std::string line = extras[i].first + " ： " + extras[i].second;
    canvas.Text(x + third * i + 8, y + 4, line, FitWidth(canvas, line, body, third - 16));
    if (i > 0) canvas.Line(x + third * i, y, x + third * i, y + 22, 0.5, Rgb{0.7, 0.7, 0.7});
  }
  y += 34;

  // Footnotes at the left, the bank's confirmation stamp box at the right.
  const double box_w = 84, box_h = h - 26 - y, box_x = x + width - box_w;
  TextStyle note;
  note.size = 7.5;
  note.color = kGray;
  double ny = y + 2;
  const std::string notes[] = {
      "1. 이 확인증은 " + d.bank + " 인터넷뱅킹으로 처리된 이체 거래를 확인하기 위한 것입니다.",
      "2. 받는 분의 예금주명은 입금 은행이 조회하여 알려 준 내용입니다.",
      "3. 이 확인증은 거래 사실의 확인 외에 법률상 증빙으로 사용할 수 없습니다."};
  for (const std::string& text : notes) {
    ny += ParagraphByWords(canvas, x, ny, width - box_w - 30, text, note, 1.3) + 1;
  }
  canvas.Rect(box_x, y, box_w, box_h, 0.8, color);
  canvas.Line(box_x, y + 16, box_x + box_w, y + 16, 0.6, color);
  TextStyle box_head = note;
  box_head.color = color;
  box_head.align = Align::kCenter;
  canvas.TextInBox(box_x, y, box_w, 16, "은 행 확 인", box_head);
  cairo_new_path(cr);  // no stray line from the text's current point to the seal
  canvas.Seal(box_x + box_w / 2, y + 16 + (box_h - 16) / 2, std::min(box_w, box_h - 16) * 0.36, "이체확인", rng);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (ninth set).
void DrawReceiptRightAlignedList(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TransferReceiptData& d = spec.receipt;
  const double w = canvas.width(), x = 34, width = w - 68;
  const Rgb color = BankColor(d.bank);
  // The rounded face web banking pages use, which no other receipt has.
  const std::string rounded = "NanumSquareRound";
  // The browser's print header: when it was printed and the page's title.
  TextStyle browser;
  browser.size = 7;
  browser.color = kGray;
  const Date printed = d.date.AddDays(rng.Int(0, 2));
  const int hour = static_cast<int>(rng.Int(9, 17));
  canvas.Text(16, 12,
              printed.DottedLoose() + " " + (hour < 12 ? "오전 " : "오후 ") + std::to_string(hour > 12 ? hour - 12 : hour) +
                  ":" + Pad(rng.Int(0, 59), 2),
              browser);
  TextStyle browser_right = browser;
  browser_right.align = Align::kRight;
  canvas.Text(w - 16, 12, d.bank + " 기업인터넷뱅킹 - 이체결과 확인", browser_right);

  TextStyle brand;
  brand.size = 12;
  brand.bold = true;
  brand.color = color;
  brand.family = rounded;
  canvas.Text(x, 40, d.bank + " 기업뱅킹", brand);
  TextStyle title = brand;
  title.size = 16;
  title.color = kBlack;
  title.align = Align::kCenter;
  canvas.Text(w / 2, 70, "계좌이체 처리결과 확인서", title);
  canvas.Line(x, 98, x + width, 98, 1.5, color);

  // One column of rows: captions right-aligned against a rule, values starting after it,
  // grouped under small section headings.
  const double rule_x = x + 112;
  TextStyle caption;
  caption.size = 9.5;
  caption.color = Rgb{0.3, 0.3, 0.3};
  caption.align = Align::kRight;
  caption.family = rounded;
  TextStyle value;
  value.size = 10.5;
  value.family = rounded;
  TextStyle section = value;
  section.size = 9;
  section.bold = true;
  section.color = color;
  double y = 110;
  auto group = [&](const char* heading, const std::vector<std::pair<std::string, std::string>>& rows,
                   const TextStyle& style) {
    canvas.Text(x, y, heading, section);
    y += 18;
    const double top = y;
    for (const auto& [label, text] : rows) {
      canvas.Text(rule_x - 10, y + 4, label, caption);
      canvas.Text(rule_x + 10, y + 3, text, FitWidth(canvas, text, style, x + width - rule_x - 14));
      y += 24;
      canvas.Line(rule_x + 6, y - 3, x + width, y - 3, 0.3, Rgb{0.82, 0.82, 0.82});
    }
    canvas.Line(rule_x, top, rule_x, y - 3, 1.0, color);
    y += 10;
  };
  TextStyle strong = value;
  strong.bold = true;
  group("출금 정보", {{"출금은행", d.bank}, {"출금계좌", MaskMiddle(d.sender_account)}, {"보내신 분", d.sender_name}},
        value);
  group("입금 정보",
        {{"입금은행", d.payee_bank}, {"입금계좌", d.payee_account}, {"받으신 분", d.payee_name}, {"받는 통장 표시", d.memo}},
        strong);
  group("이체 정보",
        {{"이체일자", d.date.Dotted()},
         {"처리시각", d.time},
         {"이체금액", FormatWon(d.amount) + "원"},
         {"이체수수료", FormatWon(d.fee) + "원"},
         {"처리결과", "정상완료"},
         {"거래번호", d.transaction_number}},
        strong);

  TextStyle note;
  note.size = 7.5;
  note.color = kGray;
  note.family = rounded;
  y += 4;
  y += ParagraphByWords(canvas, x, y, width,
                        "※ 위 내용은 " + d.bank + " 기업인터넷뱅킹에서 처리된 이체 결과이며, 받으신 분의 성명은 "
                        "입금은행에서 조회한 예금주명입니다. 이 확인서는 거래 사실의 확인 외의 용도로 사용할 수 없습니다.",
                        note, 1.35);
  TextStyle bank_sign = value;
  bank_sign.size = 11;
  bank_sign.bold = true;
  bank_sign.align = Align::kRight;
  canvas.Text(x + width - 34, y + 14, d.bank, bank_sign);
  cairo_new_path(canvas.cairo());  // no stray line from the text's current point to the seal
  canvas.Seal(x + width - 14, y + 21, 14, "전자확인", rng);

  // The browser's print footer with the page number.
  canvas.Text(16, canvas.height() - 18, "기업뱅킹 > 이체 > 이체결과 조회", browser);
  canvas.Text(w - 16, canvas.height() - 18, "1/1", browser_right);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

namespace {

std::string BankEnglishName(const std::string& bank) {
  if (bank.find("국민") != std::string::npos) return "Kookmin Bank";
  if (bank.find("신한") != std::string::npos) return "Shinhan Bank";
  if (bank.find("우리") != std::string::npos) return "Woori Bank";
  if (bank.find("하나") != std::string::npos) return "Hana Bank";
  if (bank.find("농협") != std::string::npos) return "NongHyup Bank";
  return "Industrial Bank of Korea";
}

}  // namespace

// Held out (tenth set).
void DrawReceiptBilingualGrid(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TransferReceiptData& d = spec.receipt;
  const double w = canvas.width(), h = canvas.height(), x = 38, width = w - 76;
  const Rgb color = BankColor(d.bank);
  const Rgb tint{0.93 + 0.07 * color.r, 0.93 + 0.07 * color.g, 0.93 + 0.07 * color.b};
  const Rgb rule{0.55, 0.55, 0.58};
  const Date printed = d.date.AddDays(rng.Int(0, 3));
  const std::string ref = printed.Compact() + "-" + Pad(rng.Int(0, 99999), 5);

  canvas.FillRect(x, 28, width, 3, color);
  TextStyle brand;
  brand.size = 14;
  brand.bold = true;
  brand.color = color;
  canvas.Text(x, 40, d.bank, brand);
  TextStyle gloss;
  gloss.size = 7.5;
  gloss.color = kGray;
  canvas.Text(x, 60, BankEnglishName(d.bank), gloss);
  TextStyle ref_style = gloss;
  ref_style.align = Align::kRight;
  canvas.Text(x + width, 42, "발급번호 (Ref. No.)", ref_style);
  TextStyle ref_value;
  ref_value.size = 9;
  ref_value.align = Align::kRight;
  canvas.Text(x + width, 54, ref, ref_value);

  TextStyle title;
  title.size = 20;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(w / 2, 86, "이체확인서", title);
  TextStyle title_en = gloss;
  title_en.size = 9;
  title_en.align = Align::kCenter;
  canvas.Text(w / 2, 116, "CONFIRMATION OF FUNDS TRANSFER", title_en);

  TextStyle body;
  body.size = 9.5;
  double y = 142;
  canvas.Text(x, y, "아래와 같이 이체 거래가 처리되었음을 확인합니다.", body);
  y += 15;
  TextStyle body_en = gloss;
  body_en.size = 8;
  canvas.Text(x, y, "We hereby confirm that the following transfer has been processed.", body_en);
  y += 22;

  // Two fields a row: a tinted caption cell (Korean over its English name), then the value.
  const double lw = 84, vw = (width - 2 * lw) / 2, rh = 34;
  TextStyle label;
  label.size = 9;
  label.bold = true;
  label.align = Align::kCenter;
  TextStyle label_en = gloss;
  label_en.size = 6.5;
  label_en.align = Align::kCenter;
  TextStyle value;
  value.size = 10;
  auto caption = [&](double cx, double cy, double ch, const char* korean, const char* english) {
    canvas.FillRect(cx, cy, lw, ch, tint);
    canvas.Rect(cx, cy, lw, ch, 0.6, rule);
    const double top = cy + (ch - 24) / 2;
    canvas.Text(cx + lw / 2, top, korean, FitWidth(canvas, korean, label, lw - 6));
    canvas.Text(cx + lw / 2, top + 13, english, FitWidth(canvas, english, label_en, lw - 6));
  };
  struct Field {
    const char* korean;
    const char* english;
    std::string text;
  };
  auto row = [&](const Field& left, const Field& right) {
    double cx = x;
    for (const Field* f : {&left, &right}) {
      caption(cx, y, rh, f->korean, f->english);
      canvas.Rect(cx + lw, y, vw, rh, 0.6, rule);
      canvas.TextInBox(cx + lw, y, vw, rh, f->text, FitWidth(canvas, f->text, value, vw - 10));
      cx += lw + vw;
    }
    y += rh;
  };
  canvas.Line(x, y, x + width, y, 1.4, color);
  row({"거래일자", "Date", d.date.Dotted()}, {"거래시각", "Time (KST)", d.time});
  row({"출금은행", "Remitting Bank", d.bank}, {"입금은행", "Beneficiary Bank", d.payee_bank});
  row({"출금계좌번호", "Debit Account", MaskMiddle(d.sender_account)},
      {"입금계좌번호", "Credit Account", d.payee_account});
  row({"출금 예금주", "Remitter", d.sender_name}, {"수취인", "Beneficiary", d.payee_name});

  // The amount across the whole width on a highlighted band.
  const double ah = 42;
  caption(x, y, ah, "이체금액", "Amount");
  canvas.FillRect(x + lw, y, width - lw, ah, Rgb{1.0, 0.98, 0.86});
  canvas.Rect(x + lw, y, width - lw, ah, 0.6, rule);
  TextStyle amount;
  amount.size = 15;
  amount.bold = true;
  const double drawn = canvas.Text(x + lw + 12, y + 11, FormatWon(d.amount) + "원", amount);
  TextStyle amount_en = value;
  amount_en.size = 9.5;
  amount_en.color = Rgb{0.3, 0.3, 0.3};
  canvas.Text(x + lw + 12 + drawn + 12, y + 16, "(KRW " + FormatWon(d.amount) + ")", amount_en);
  y += ah;
  row({"수수료", "Fee", d.fee == 0 ? "면제 (0원)" : FormatWon(d.fee) + "원"}, {"처리결과", "Status", "정상 (Completed)"});
  row({"받는분 통장표시", "Memo", d.memo}, {"거래번호", "Transaction No.", d.transaction_number});
  canvas.Line(x, y, x + width, y, 1.4, color);
  y += 26;

  TextStyle note;
  note.size = 7.5;
  note.color = Rgb{0.3, 0.3, 0.3};
  for (const std::string& text :
       {std::string("1. 수취인명은 입금은행이 확인한 예금주명입니다. (The beneficiary's name is as registered with the "
                    "beneficiary bank.)"),
        std::string("2. 이 확인서는 거래 사실의 확인 외의 용도로 사용할 수 없습니다. (For confirmation purposes only.)"),
        "3. 발급번호로 " + d.bank + " 홈페이지에서 진위를 확인할 수 있습니다."}) {
    y += ParagraphByWords(canvas, x, y, width, text, note, 1.35) + 2;
  }

  // Date of issue, the issuing department and its seal, and a dated ink stamp beside them.
  y += 22;
  TextStyle centre = body;
  centre.size = 10.5;
  centre.align = Align::kCenter;
  canvas.Text(w / 2, y, "발급일 (Date of Issue) :  " + printed.Korean(), centre);
  y += 40;
  TextStyle sign = centre;
  sign.size = 14;
  sign.bold = true;
  const std::string signer = d.bank + " 전자금융부";
  canvas.Text(w / 2, y, signer, sign);
  TextStyle sign_en = title_en;
  sign_en.size = 8;
  canvas.Text(w / 2, y + 22, "Electronic Banking Dept., " + BankEnglishName(d.bank), sign_en);
  cairo_t* cr = canvas.cairo();
  cairo_new_path(cr);  // no stray line from the text's current point to the seal
  canvas.Seal(w / 2 + canvas.MeasureWidth(signer, sign) / 2 + 24, y + 9, 19, "은행인증", rng);

  const Rgb stamp_ink{0.15, 0.25, 0.65};
  cairo_save(cr);
  cairo_translate(cr, x + 20, y - 10);
  cairo_rotate(cr, rng.Real(-0.12, -0.04));
  canvas.Rect(0, 0, 92, 40, 1.4, stamp_ink);
  TextStyle stamp;
  stamp.size = 9;
  stamp.bold = true;
  stamp.color = stamp_ink;
  stamp.align = Align::kCenter;
  canvas.Ink(46, 6, "인터넷 발급", stamp);
  stamp.bold = false;
  stamp.size = 8;
  canvas.Ink(46, 22, printed.Dotted(), stamp);
  cairo_restore(cr);

  TextStyle footer = gloss;
  footer.size = 7;
  canvas.Text(x, h - 26, d.bank + " 고객센터 " + CallCentre(d.bank), footer);
  TextStyle footer_right = footer;
  footer_right.align = Align::kRight;
  canvas.Text(x + width, h - 26, "1 / 1", footer_right);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (eleventh set).
void DrawReceiptChatNotice(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TransferReceiptData& d = spec.receipt;
  const double w = canvas.width(), h = canvas.height();
  const Rgb backdrop{0.73, 0.81, 0.87};
  const Rgb ink{0.1, 0.1, 0.1};
  const Rgb mute{0.35, 0.38, 0.42};
  const Rgb white{1, 1, 1};
  const Rgb yellow{0.99, 0.9, 0.0};
  cairo_t* cr = canvas.cairo();
  auto rounded = [&](double rx, double ry, double rw, double rh, double r, Rgb fill) {
    cairo_new_path(cr);
    cairo_save(cr);
    cairo_new_sub_path(cr);
    cairo_arc(cr, rx + rw - r, ry + r, r, -M_PI / 2, 0);
    cairo_arc(cr, rx + rw - r, ry + rh - r, r, 0, M_PI / 2);
    cairo_arc(cr, rx + r, ry + rh - r, r, M_PI / 2, M_PI);
    cairo_arc(cr, rx + r, ry + r, r, M_PI, 3 * M_PI / 2);
    cairo_close_path(cr);
    cairo_set_source_rgb(cr, fill.r, fill.g, fill.b);
    cairo_fill(cr);
    cairo_restore(cr);
  };
  auto style = [](double size, bool bold, Rgb color, Align align = Align::kLeft) {
    TextStyle s;
    s.size = size;
    s.bold = bold;
    s.color = color;
    s.align = align;
    return s;
  };
  static const char* const kWeekdays[] = {"일", "월", "화", "수", "목", "금", "토"};
  const int hour = std::stoi(d.time.substr(0, 2)), minute = std::stoi(d.time.substr(3, 2));
  auto clock = [](int hh, int mm) {
    return std::string(hh < 12 ? "오전 " : "오후 ") + std::to_string(hh > 12 ? hh - 12 : (hh == 0 ? 12 : hh)) + ":" +
           Pad(mm, 2);
  };
  // A screenshot of the messenger: the phone's status bar over the chat room's own bar.
  canvas.FillRect(0, 0, w, h, backdrop);
  const int shot_minute = std::min(59, minute + static_cast<int>(rng.Int(1, 9)));
  canvas.Text(16, 8, std::to_string(hour > 12 ? hour - 12 : hour) + ":" + Pad(shot_minute, 2), style(9.5, true, ink));
  for (int i = 0; i < 4; ++i) canvas.FillRect(w - 70 + 4.0 * i, 17 - 2.0 * i, 2.6, 3 + 2.0 * i, ink);
  canvas.Rect(w - 44, 10, 20, 9, 0.8, ink);
  canvas.FillRect(w - 42, 12, 10 + rng.Int(0, 6), 5, ink);
  canvas.Line(22, 40, 15, 48, 1.6, ink);
  canvas.Line(15, 48, 22, 56, 1.6, ink);
  const double name_w = canvas.Text(34, 39, d.bank, style(13, true, ink));
  // The channel's verified mark beside its name.
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0.25, 0.55, 0.95);
  cairo_arc(cr, 34 + name_w + 9, 48, 5.5, 0, 2 * M_PI);
  cairo_fill(cr);
  cairo_restore(cr);
  canvas.Line(34 + name_w + 6.5, 48, 34 + name_w + 8.5, 50.5, 1.2, white);
  canvas.Line(34 + name_w + 8.5, 50.5, 34 + name_w + 12, 45.5, 1.2, white);
  for (int i = 0; i < 3; ++i) canvas.Line(w - 30, 41 + 6.0 * i, w - 16, 41 + 6.0 * i, 1.4, ink);
  canvas.Line(0, 70, w, 70, 0.5, Rgb{0.64, 0.72, 0.78});

  // The day divider, then the bank channel's earlier login notice and the transfer notice.
  const std::string day = d.date.KoreanLoose() + " " + kWeekdays[(d.date.Days() % 7 + 11) % 7] + "요일";
  const TextStyle divider = style(8.5, false, white, Align::kCenter);
  const double day_w = canvas.MeasureWidth(day, divider) + 24;
  rounded((w - day_w) / 2, 84, day_w, 20, 10, Rgb{0.55, 0.63, 0.7});
  canvas.TextInBox((w - day_w) / 2, 84, day_w, 20, day, divider);

  const double avatar_x = 12, bubble_x = 56, bubble_w = w - bubble_x - 58, pad = 12;
  auto avatar = [&](double top) {
    rounded(avatar_x, top, 36, 36, 14, Rgb{0.16, 0.3, 0.6});
    size_t first = 0;  // the first Hangul syllable, after a Latin prefix such as "KB"
    while (first < d.bank.size() && static_cast<unsigned char>(d.bank[first]) < 0x80) ++first;
    const std::string initial = d.bank.substr(first, 3);
    canvas.Ink(avatar_x + 18, top + 9, initial, style(12, true, white, Align::kCenter));
    canvas.Text(bubble_x, top, d.bank, style(9, false, mute));
  };
  const TextStyle body = style(9.5, false, ink);
  const TextStyle stamp = style(7.5, false, mute);
  double y = 118;
  // The earlier notice, at the top of the screen.
  const int login_hour = std::max(0, hour - static_cast<int>(rng.Int(1, 3)));
  const int login_minute = static_cast<int>(rng.Int(0, 59));
  avatar(y);
  y += 16;
  {
    const double top = y;
    const double inner = bubble_w - 2 * pad;
    std::vector<std::string> lines = {"[" + d.bank + "] 전자금융 로그인 안내",
                                      "접속일시 : " + Pad(login_hour, 2) + ":" + Pad(login_minute, 2),
                                      "접속매체 : 스마트폰 뱅킹",
                                      "본인이 아닌 경우 즉시 고객센터로 신고하여 주시기 바랍니다."};
    double height = 12;
    for (const std::string& text : lines) {
      height += canvas.LineHeight(body) * 1.4 * std::ceil(canvas.MeasureWidth(text, body) / inner + 0.02);
    }
    rounded(bubble_x, top, bubble_w, height + 6, 8, white);
    double ty = top + 10;
    for (const std::string& text : lines) ty += ParagraphByWords(canvas, bubble_x + pad, ty, inner, text, body, 1.4);
    canvas.Text(bubble_x + bubble_w + 6, top + height - 6, clock(login_hour, login_minute), stamp);
    y = top + height + 22;
  }
  // The transfer notice: the alimtalk's yellow head, then the message, then its button.
  avatar(y);
  y += 16;
  const double top = y, inner = bubble_w - 2 * pad;
  const double head_h = 30;
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"이체일시", d.date.Dotted() + " " + d.time},
      {"받는 분", d.payee_name},
      {"입금은행", d.payee_bank},
      {"입금계좌", d.payee_account},
      {"이체금액", FormatWon(d.amount) + "원"},
      {"수수료", FormatWon(d.fee) + "원"},
      {"보내는 분", d.sender_name},
      {"출금계좌", MaskMiddle(d.sender_account)},
  };
  const std::string greeting = d.sender_name + " 고객님, 요청하신 이체가 정상적으로 처리되었습니다.";
  const std::string notice = "※ 본 메시지는 " + d.bank + " 이체 거래 시 발송되는 알림이며, 회신되지 않습니다.";
  const TextStyle note = style(8, false, mute);
  const double row_h = canvas.LineHeight(body) * 1.5;
  const double greet_h = canvas.LineHeight(body) * 1.4 * std::ceil(canvas.MeasureWidth(greeting, body) / inner + 0.15);
  const double note_h = canvas.LineHeight(note) * 1.35 * std::ceil(canvas.MeasureWidth(notice, note) / inner + 0.15);
  const double bubble_h = head_h + 12 + 22 + greet_h + 8 + row_h * static_cast<double>(rows.size()) + 8 + note_h + 12 + 34 + 12;
  rounded(bubble_x, top, bubble_w, bubble_h, 8, white);
  rounded(bubble_x, top, bubble_w, head_h + 8, 8, yellow);
  canvas.FillRect(bubble_x, top + head_h, bubble_w, 8, white);
  canvas.Text(bubble_x + pad, top + 8, "알림톡 도착", style(10, true, ink));
  y = top + head_h + 12;
  canvas.Text(bubble_x + pad, y, "[" + d.bank + "] 이체 완료 안내", style(10.5, true, ink));
  y += 22;
  y += ParagraphByWords(canvas, bubble_x + pad, y, inner, greeting, body, 1.4) + 8;
  const TextStyle key = style(9.5, false, mute);
  const double tab = 62;
  for (const auto& [label, value] : rows) {
    canvas.Text(bubble_x + pad, y, "■ " + label, key);
    const TextStyle v = FitWidth(canvas, value, label == "이체금액" ? style(9.5, true, ink) : body, inner - tab - 10);
    canvas.Text(bubble_x + pad + tab, y, ": " + value, v);
    y += row_h;
  }
  y += 8;
  y += ParagraphByWords(canvas, bubble_x + pad, y, inner, notice, note, 1.35) + 12;
  rounded(bubble_x + pad, y, inner, 30, 4, Rgb{0.94, 0.94, 0.95});
  canvas.TextInBox(bubble_x + pad, y, inner, 30, "거래내역 확인하기", style(9.5, false, ink, Align::kCenter));
  canvas.Text(bubble_x + bubble_w + 6, top + bubble_h - 12, clock(hour, minute), stamp);

  // The chat's input bar along the foot of the screen.
  const double bar_y = h - 50;
  canvas.FillRect(0, bar_y, w, 50, white);
  canvas.Line(20, bar_y + 25, 32, bar_y + 25, 1.4, mute);
  canvas.Line(26, bar_y + 19, 26, bar_y + 31, 1.4, mute);
  rounded(44, bar_y + 10, w - 96, 30, 15, Rgb{0.95, 0.95, 0.95});
  canvas.Ink(58, bar_y + 17, "메시지 입력", style(9.5, false, Rgb{0.6, 0.6, 0.6}));
  rounded(w - 44, bar_y + 10, 30, 30, 15, yellow);
  canvas.Line(w - 35, bar_y + 25, w - 23, bar_y + 25, 1.4, ink);
  canvas.Line(w - 29, bar_y + 19, w - 23, bar_y + 25, 1.4, ink);
  canvas.Line(w - 29, bar_y + 31, w - 23, bar_y + 25, 1.4, ink);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (twelfth set).
void DrawReceiptCertLetter(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TransferReceiptData& d = spec.receipt;
  const double w = canvas.width(), h = canvas.height();
  const double x = 64, width = w - 128;
  const Rgb brand = BankColor(d.bank);
  const Rgb dim{0.4, 0.4, 0.44};
  cairo_t* cr = canvas.cairo();

  // The bank's name tiled faintly across the sheet at a slant, as its certificate paper is
  // printed. Ink, not text, and pale enough to drop out of a scan's threshold.
  {
    TextStyle mark;
    mark.size = 26;
    mark.bold = true;
    mark.color = Rgb{0.965, 0.97, 0.98};
    cairo_new_path(cr);
    cairo_save(cr);
    cairo_translate(cr, w / 2, h / 2);
    cairo_rotate(cr, -0.5);
    for (int row = -6; row <= 6; ++row) {
      for (int col = -3; col <= 3; ++col) {
        canvas.Ink(col * 190.0 + (row % 2) * 95.0, row * 82.0, d.bank, mark);
      }
    }
    cairo_restore(cr);
  }

  // Letterhead: a coloured rule along the top, the bank at the left, its centre at the right.
  canvas.FillRect(0, 0, w, 10, brand);
  TextStyle bank_name;
  bank_name.size = 19;
  bank_name.bold = true;
  bank_name.color = brand;
  canvas.Text(x, 38, d.bank, bank_name);
  TextStyle meta;
  meta.size = 8.5;
  meta.color = dim;
  meta.align = Align::kRight;
  canvas.Text(x + width, 40, "전자금융센터", meta);
  canvas.Text(x + width, 53, "고객센터 " + CallCentre(d.bank), meta);
  canvas.Line(x, 74, x + width, 74, 0.6, dim);

  // Reference, date of issue and addressee, as a bank letter starts.
  const Date issued = d.date.AddDays(rng.Int(0, 2));
  TextStyle head;
  head.size = 10.5;
  double y = 92;
  canvas.Text(x, y, "문서번호 : 전금 제" + std::to_string(d.date.year) + "-" + Pad(rng.Int(1, 99999), 5) + "호", head);
  y += 20;
  canvas.Text(x, y, "발 급 일 : " + issued.Dotted(), head);
  y += 20;
  canvas.Text(x, y, "수    신 : " + d.sender_name + " 귀하", head);
  y += 46;

  TextStyle title;
  title.size = 25;
  title.bold = true;
  title.align = Align::kCenter;
  title.family = std::string(kNotoSerifKr);
  canvas.Text(w / 2, y, "이 체 확 인 서", title);
  y += canvas.LineHeight(title) + 8;
  canvas.Line(w / 2 - 110, y, w / 2 + 110, y, 1.4);
  canvas.Line(w / 2 - 110, y + 3, w / 2 + 110, y + 3, 0.5);
  y += 34;

  // Every fact lives in the sentences; the letter has no table of fields.
  TextStyle body;
  body.size = 11.5;
  const double spacing = 1.85;
  y += ParagraphByWords(canvas, x, y,
                        width,
                        "귀하께서 " + d.date.Korean() + " " + d.time +
                            "에 당행 전자금융(인터넷·스마트뱅킹)을 통하여 의뢰하신 이체 거래는 다음과 같이 정상 "
                            "처리되었음을 확인합니다.",
                        body, spacing) +
       14;
  const std::string fee = d.fee == 0 ? "이체 수수료는 면제되었으며" : "이체 수수료는 " + FormatWon(d.fee) + "원이며";
  const std::vector<std::string> clauses = {
      "의뢰인 " + d.sender_name + " 님의 " + d.bank + " 계좌(" + MaskMiddle(d.sender_account) + ")에서 금 " +
          FormatWon(d.amount) + "원(금 " + AmountInKoreanWords(d.amount) + "원정)이 출금되었습니다.",
      "위 금액은 같은 날 받는 분 " + d.payee_name + "의 " + d.payee_bank + " 계좌 " + d.payee_account +
          "(으)로 입금되었으며, 받는 분 통장에는 \"" + d.memo + "\"(으)로 표시됩니다.",
      fee + ", 이 거래의 거래번호는 " + d.transaction_number + "입니다.",
  };
  TextStyle number = body;
  number.bold = true;
  for (size_t i = 0; i < clauses.size(); ++i) {
    canvas.Text(x + 6, y, std::to_string(i + 1) + ".", number);
    y += ParagraphByWords(canvas, x + 26, y, width - 26, clauses[i], body, spacing) + 10;
  }
  y += 8;
  TextStyle small = body;
  small.size = 9.5;
  small.color = dim;
  y += ParagraphByWords(canvas, x, y, width,
                        "이 확인서는 고객의 요청에 따라 발급하는 것으로 이체 거래 사실의 확인 외의 용도로 사용할 수 "
                        "없으며, 받는 분 계좌의 입금 이후 처리 결과는 받는 분 거래 은행에 문의하시기 바랍니다.",
                        small, 1.6) +
       40;

  // Date and signer, the centre's square seal pressed over the end of the title.
  TextStyle date_style = body;
  date_style.size = 12.5;
  date_style.align = Align::kCenter;
  canvas.Text(w / 2, y, issued.KoreanLoose(), date_style);
  y += 52;
  TextStyle signer = body;
  signer.size = 15;
  signer.bold = true;
  signer.align = Align::kCenter;
  const std::string signer_text = d.bank + "  전자금융센터장";
  canvas.Text(w / 2, y, signer_text, signer);
  const double seal_x = w / 2 + canvas.MeasureWidth(signer_text, signer) / 2 - 4;
  DrawSquareSeal(canvas, seal_x, y - 16, 54, {d.bank, "전자금융", "센터장인"}, rng);

  // Footer: the verification number and a short note.
  TextStyle foot;
  foot.size = 8;
  foot.color = dim;
  canvas.Line(x, h - 66, x + width, h - 66, 0.5, dim);
  canvas.Text(x, h - 56,
              "발급번호 " + Pad(rng.Int(1000, 9999), 4) + "-" + Pad(rng.Int(1000, 9999), 4) + "-" +
                  Pad(rng.Int(1000, 9999), 4) + "   |   진위 확인 : 인터넷뱅킹 > 증명서 발급 > 진위확인",
              foot);
  canvas.Text(x, h - 42, "본 확인서는 전자 발급되었으며 원본과 같은 효력이 있습니다.", foot);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

namespace {

// The bank's mail domain, as its notification mails are sent from.
std::string BankMailDomain(const std::string& bank) {
  if (bank.find("국민") != std::string::npos) return "kbstar.com";
  if (bank.find("신한") != std::string::npos) return "shinhan.com";
  if (bank.find("우리") != std::string::npos) return "wooribank.com";
  if (bank.find("하나") != std::string::npos) return "hanabank.com";
  if (bank.find("농협") != std::string::npos) return "nonghyup.com";
  return "ibk.co.kr";
}

std::string KoreanWeekday(const Date& date) {
  static const char* const kDays[] = {"일", "월", "화", "수", "목", "금", "토"};
  return kDays[((date.Days() + 4) % 7 + 7) % 7];
}

}  // namespace

// Held out (thirteenth set).
void DrawReceiptMailPrint(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TransferReceiptData& d = spec.receipt;
  const double w = canvas.width(), h = canvas.height();
  const Rgb brand = BankColor(d.bank);
  const Rgb dim{0.42, 0.42, 0.46};
  const Rgb rule{0.82, 0.83, 0.85};
  const double x = 40, width = w - 80;
  const int hour = std::stoi(d.time.substr(0, 2));
  const std::string minute = d.time.substr(3, 2);
  // The mail arrives a few seconds after the transfer; the user printed it later that day.
  const std::string received =
      d.date.KoreanLoose() + " (" + KoreanWeekday(d.date) + ") " + (hour < 12 ? "오전 " : "오후 ") +
      std::to_string(hour % 12 == 0 ? 12 : hour % 12) + ":" + minute;

  // The browser's print header and footer.
  TextStyle browser;
  browser.size = 7.5;
  browser.color = dim;
  canvas.Text(x - 14, 16, d.date.DottedLoose() + " " + Pad(std::min(hour + static_cast<int>(rng.Int(0, 3)), 23), 2) +
                              ":" + Pad(rng.Int(0, 59), 2),
              browser);
  TextStyle browser_mid = browser;
  browser_mid.align = Align::kCenter;
  canvas.Text(w / 2, 16, "받은메일함 : 네이버 메일", browser_mid);

  // The mail's own header: subject, sender, recipient, date.
  const std::string subject = "[" + d.bank + "] 인터넷뱅킹 이체 처리결과 안내";
  TextStyle subject_style;
  subject_style.size = 15;
  subject_style.bold = true;
  double y = 44;
  canvas.Text(x, y, subject, FitWidth(canvas, subject, subject_style, width));
  y += 32;
  TextStyle head_cap;
  head_cap.size = 9;
  head_cap.color = dim;
  TextStyle head_val;
  head_val.size = 9.5;
  const std::string mailbox = "user" + std::to_string(rng.Int(1000, 9999)) + "@naver.com";
  const std::pair<const char*, std::string> headers[] = {
      {"보낸사람", d.bank + " <noreply@" + BankMailDomain(d.bank) + ">"},
      {"받는사람", d.sender_name + " <" + mailbox + ">"},
      {"받은날짜", received},
  };
  for (const auto& [caption, text] : headers) {
    canvas.Text(x, y, caption, head_cap);
    canvas.Text(x + 62, y, text, head_val);
    y += 17;
  }
  y += 6;
  canvas.Line(x, y, x + width, y, 0.8, Rgb{0.6, 0.6, 0.64});
  y += 18;

  // The HTML body: a grey page with a white card in the middle.
  const double card_w = 440, card_x = (w - card_w) / 2;
  const double body_top = y;
  canvas.FillRect(x, body_top, width, h - 70 - body_top, Rgb{0.955, 0.957, 0.962});
  const double card_top = body_top + 18;
  canvas.FillRect(card_x, card_top, card_w, h - 110 - card_top, Rgb{1, 1, 1});
  canvas.Rect(card_x, card_top, card_w, h - 110 - card_top, 0.5, rule);
  // The bank's banner.
  canvas.FillRect(card_x, card_top, card_w, 46, brand);
  TextStyle banner;
  banner.size = 16;
  banner.bold = true;
  banner.color = Rgb{1, 1, 1};
  canvas.Text(card_x + 20, card_top + 13, d.bank, banner);
  TextStyle banner_right = banner;
  banner_right.size = 9;
  banner_right.bold = false;
  banner_right.align = Align::kRight;
  canvas.Text(card_x + card_w - 20, card_top + 18, "e-알림 서비스", banner_right);
  y = card_top + 68;
  const double ix = card_x + 26, iw = card_w - 52;
  TextStyle greet;
  greet.size = 11;
  y += ParagraphByWords(canvas, ix, y, iw, d.sender_name + " 고객님, 요청하신 이체가 정상적으로 처리되었습니다.",
                        greet, 1.5) +
       14;

  // The sum large, its caption under it.
  TextStyle hero;
  hero.size = 26;
  hero.bold = true;
  hero.color = brand;
  hero.align = Align::kCenter;
  canvas.Text(card_x + card_w / 2, y, FormatWon(d.amount) + "원", hero);
  y += canvas.LineHeight(hero) + 2;
  TextStyle hero_cap;
  hero_cap.size = 9;
  hero_cap.color = dim;
  hero_cap.align = Align::kCenter;
  canvas.Text(card_x + card_w / 2, y, "이체금액  Transfer amount", hero_cap);
  y += 26;
  canvas.Line(ix, y, ix + iw, y, 0.6, rule);
  y += 14;

  // Tiles two by two: each value on top, its caption below it.
  TextStyle tile_val;
  tile_val.size = 11.5;
  tile_val.bold = true;
  TextStyle tile_cap;
  tile_cap.size = 8.5;
  tile_cap.color = dim;
  const double tile_gap = 14, tile_w = (iw - tile_gap) / 2, tile_h = 52;
  const std::pair<std::string, std::string> tiles[] = {
      {d.payee_name, "받는 분  Recipient"},
      {d.payee_bank + " " + d.payee_account, "입금 계좌  To account"},
      {d.sender_name, "보내는 분  Sender"},
      {d.bank + " " + MaskMiddle(d.sender_account), "출금 계좌  From account"},
      {d.date.Iso() + " " + d.time, "이체 일시  Date & time"},
      {d.fee == 0 ? "면제" : FormatWon(d.fee) + "원", "수수료  Fee"},
  };
  for (size_t i = 0; i < std::size(tiles); ++i) {
    const double tx = ix + (i % 2) * (tile_w + tile_gap);
    const double ty = y + (i / 2) * (tile_h + 10);
    canvas.FillRect(tx, ty, tile_w, tile_h, Rgb{0.97, 0.975, 0.98});
    canvas.FillRect(tx, ty, 3, tile_h, brand);
    canvas.Text(tx + 12, ty + 9, tiles[i].first, FitWidth(canvas, tiles[i].first, tile_val, tile_w - 20));
    canvas.Text(tx + 12, ty + 30, tiles[i].second, tile_cap);
  }
  y += 3 * (tile_h + 10) + 10;

  // The remaining facts as a plain two-column list.
  TextStyle list_cap;
  list_cap.size = 9.5;
  list_cap.color = dim;
  TextStyle list_val;
  list_val.size = 9.5;
  list_val.align = Align::kRight;
  const std::pair<const char*, std::string> rows[] = {
      {"받는 분 통장 표시", d.memo},
      {"거래번호", d.transaction_number},
      {"처리결과", "정상 처리"},
  };
  for (const auto& [caption, text] : rows) {
    canvas.Text(ix, y, caption, list_cap);
    canvas.Text(ix + iw, y, text, list_val);
    y += 18;
    canvas.Line(ix, y - 3, ix + iw, y - 3, 0.3, rule);
  }
  y += 12;
  TextStyle small;
  small.size = 8;
  small.color = dim;
  y += ParagraphByWords(canvas, ix, y, iw,
                        "이 메일은 발신 전용입니다. 이체확인증은 인터넷뱅킹 > 조회 > 이체확인증 발급 메뉴에서 "
                        "출력하실 수 있으며, 본인이 요청하지 않은 거래라면 즉시 고객센터(" +
                            CallCentre(d.bank) + ")로 연락하여 주십시오.",
                        small, 1.45) +
       18;
  // The mail's call to action: a button to the certificate page.
  cairo_t* cr = canvas.cairo();
  const double button_w = 200, button_h = 34, button_x = card_x + (card_w - button_w) / 2;
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, brand.r, brand.g, brand.b);
  cairo_arc(cr, button_x + button_h / 2, y + button_h / 2, button_h / 2, M_PI / 2, 3 * M_PI / 2);
  cairo_arc(cr, button_x + button_w - button_h / 2, y + button_h / 2, button_h / 2, -M_PI / 2, M_PI / 2);
  cairo_close_path(cr);
  cairo_fill(cr);
  cairo_restore(cr);
  TextStyle button;
  button.size = 10.5;
  button.bold = true;
  button.color = Rgb{1, 1, 1};
  button.align = Align::kCenter;
  canvas.TextInBox(button_x, y, button_w, button_h, "이체확인증 발급하기", button);
  y += button_h + 16;
  TextStyle security = small;
  security.align = Align::kCenter;
  canvas.Text(card_x + card_w / 2, y, "보안메일이 아닌 일반 안내 메일입니다. 메일 속 링크로 비밀번호를 묻지 않습니다.", security);

  // The bank's mail footer under the card.
  TextStyle footer = small;
  footer.align = Align::kCenter;
  canvas.Text(w / 2, h - 102, d.bank + "  ·  고객센터 " + CallCentre(d.bank) + "  ·  www." + BankMailDomain(d.bank),
              footer);
  canvas.Text(w / 2, h - 90, "본 메일은 정보통신망법에 따라 거래 결과를 알려드리기 위해 발송되었습니다.", footer);
  TextStyle browser_foot = browser;
  canvas.Text(x - 14, h - 26, "https://mail.naver.com/v2/read/0/" + std::to_string(rng.Int(10000, 99999)), browser_foot);
  TextStyle browser_page = browser;
  browser_page.align = Align::kRight;
  canvas.Text(w - x + 14, h - 26, "1/1", browser_page);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (fourteenth set).
void DrawReceiptTornSlip(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TransferReceiptData& d = spec.receipt;
  const double w = canvas.width(), h = canvas.height();
  const Rgb brand = BankColor(d.bank);
  const Rgb dim{0.42, 0.43, 0.47};
  cairo_t* cr = canvas.cairo();
  // The app's "이미지로 저장": a paper-like receipt with torn (zig-zag) ends on a tinted backdrop.
  canvas.FillRect(0, 0, w, h, Rgb{0.9 + brand.r * 0.08, 0.9 + brand.g * 0.08, 0.9 + brand.b * 0.08});
  const double px = 22, pw = w - 44, top = 30, bottom = h - 30, tooth = 9;
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_move_to(cr, px, top + tooth);
  for (double tx = px; tx < px + pw - 0.1; tx += tooth * 2) {
    cairo_line_to(cr, tx + tooth, top);
    cairo_line_to(cr, std::min(tx + tooth * 2, px + pw), top + tooth);
  }
  cairo_line_to(cr, px + pw, bottom - tooth);
  for (double tx = px + pw; tx > px + 0.1; tx -= tooth * 2) {
    cairo_line_to(cr, tx - tooth, bottom);
    cairo_line_to(cr, std::max(tx - tooth * 2, px), bottom - tooth);
  }
  cairo_close_path(cr);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_fill_preserve(cr);
  cairo_set_source_rgb(cr, 0.8, 0.8, 0.82);
  cairo_set_line_width(cr, 0.6);
  cairo_stroke(cr);
  cairo_restore(cr);

  const double x = px + 20, width = pw - 40;
  // The bank's mark: a ring and a swoosh in the bank's colour, name beside it.
  double y = top + 26;
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, brand.r, brand.g, brand.b);
  cairo_set_line_width(cr, 3);
  cairo_arc(cr, x + 10, y + 9, 8, 0, 2 * M_PI);
  cairo_stroke(cr);
  cairo_move_to(cr, x + 3, y + 14);
  cairo_curve_to(cr, x + 8, y + 4, x + 14, y + 4, x + 19, y + 2);
  cairo_stroke(cr);
  cairo_restore(cr);
  TextStyle bank;
  bank.size = 12;
  bank.bold = true;
  bank.color = brand;
  canvas.Text(x + 24, y + 1, d.bank, bank);
  TextStyle tag;
  tag.size = 7.5;
  tag.color = dim;
  tag.align = Align::kRight;
  canvas.Text(x + width, y + 5, "모바일뱅킹", tag);
  y += 36;

  TextStyle title;
  title.size = 18;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(w / 2, y, "이체확인증", title);
  y += canvas.LineHeight(title) + 2;
  TextStyle sub;
  sub.size = 8;
  sub.color = dim;
  sub.align = Align::kCenter;
  canvas.Text(w / 2, y, "TRANSFER CONFIRMATION", sub);
  y += 26;

  // A check mark in a filled circle, then the sum.
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, brand.r, brand.g, brand.b);
  cairo_arc(cr, w / 2, y + 14, 14, 0, 2 * M_PI);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_set_line_width(cr, 3);
  cairo_move_to(cr, w / 2 - 7, y + 14);
  cairo_line_to(cr, w / 2 - 2, y + 20);
  cairo_line_to(cr, w / 2 + 8, y + 8);
  cairo_stroke(cr);
  cairo_restore(cr);
  y += 38;
  TextStyle done;
  done.size = 10;
  done.align = Align::kCenter;
  canvas.Text(w / 2, y, "이체가 정상 처리되었습니다", done);
  y += 20;
  TextStyle hero;
  hero.size = 22;
  hero.bold = true;
  hero.align = Align::kCenter;
  const std::string sum = FormatWon(d.amount) + "원";
  canvas.Text(w / 2, y, sum, FitWidth(canvas, sum, hero, width));
  y += canvas.LineHeight(hero) + 14;

  auto dashed = [&](double ly) {
    for (double dx = 0; dx < width; dx += 6) canvas.FillRect(x + dx, ly, 3, 0.8, Rgb{0.6, 0.6, 0.63});
  };
  dashed(y);
  y += 14;

  // Key ...... value lines: the caption left, the value right, dot leaders between.
  TextStyle key;
  key.size = 9;
  key.color = dim;
  TextStyle value;
  value.size = 9.5;
  value.align = Align::kRight;
  auto line = [&](const std::string& k, const std::string& v, bool strong = false) {
    const double kw = canvas.Text(x, y, k, key);
    TextStyle vs = value;
    vs.bold = strong;
    vs = FitWidth(canvas, v, vs, width - kw - 24);
    const double vw = canvas.MeasureWidth(v, vs);
    canvas.Text(x + width, y, v, vs);
    const double ly = y + canvas.LineHeight(key) * 0.72;
    for (double dx = x + kw + 5; dx < x + width - vw - 5; dx += 3.4) canvas.FillRect(dx, ly, 1, 1, Rgb{0.62, 0.62, 0.66});
    y += 21;
  };
  line("이체일시", d.date.Dotted() + " " + d.time);
  line("받는 분", d.payee_name, true);
  line("입금은행", d.payee_bank);
  line("입금계좌", d.payee_account, true);
  line("이체금액", FormatWon(d.amount) + "원", true);
  line("수수료", FormatWon(d.fee) + "원");
  y += 4;
  dashed(y);
  y += 14;
  line("보내는 분", d.sender_name);
  line("출금계좌", d.bank + " " + MaskMiddle(d.sender_account));
  line("받는분 통장표시", d.memo);
  line("거래번호", d.transaction_number);
  y += 4;
  dashed(y);
  y += 16;

  // A barcode of the transaction number (ink) with the number under it.
  uint64_t bits = 0xcbf29ce484222325ULL;
  for (const char ch : d.transaction_number) bits = (bits ^ static_cast<unsigned char>(ch)) * 0x100000001b3ULL;
  double bx = x + 24;
  while (bx < x + width - 24) {
    bits ^= bits << 13;
    bits ^= bits >> 7;
    bits ^= bits << 17;
    const double bar = 0.8 + static_cast<double>(bits % 3) * 0.9;
    canvas.FillRect(bx, y, bar, 30, kBlack);
    bx += bar + 1.2 + static_cast<double>((bits >> 3) % 3) * 0.8;
  }
  y += 44;

  TextStyle note;
  note.size = 7.5;
  note.color = dim;
  y += ParagraphByWords(canvas, x, y, width,
                        "본 확인증은 고객의 편의를 위해 제공되는 것으로, 거래의 법적 효력을 증명하지 않습니다. "
                        "이체 결과는 받는 분 계좌의 입금 여부로 최종 확인하시기 바랍니다.",
                        note, 1.4) +
       6;
  TextStyle stamp = note;
  stamp.align = Align::kCenter;
  canvas.Text(w / 2, std::min(y, bottom - 30), "고객센터 " + CallCentre(d.bank) + "  ·  조회번호 " + Pad(rng.Int(0, 99999999), 8), stamp);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (fifteenth set).
void DrawReceiptQrLandscape(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TransferReceiptData& d = spec.receipt;
  const double w = canvas.width(), h = canvas.height();
  const Rgb brand = BankColor(d.bank);
  const Rgb deep{brand.r * 0.7, brand.g * 0.7, brand.b * 0.7};
  const Rgb white{1, 1, 1};
  const Rgb dim{0.4, 0.41, 0.45};
  const Rgb hair{0.78, 0.79, 0.82};
  cairo_t* cr = canvas.cairo();
  const std::string issue_no = Pad(rng.Int(0, 9999), 4) + "-" + Pad(rng.Int(0, 9999), 4) + "-" + Pad(rng.Int(0, 9999), 4);
  const Date issued = d.date.AddDays(rng.Int(0, 3));
  const std::string issued_at = Pad(rng.Int(9, 18), 2) + ":" + Pad(rng.Int(0, 59), 2) + ":" + Pad(rng.Int(0, 59), 2);

  // The left rail in the bank's colour: name, title, and the verification code at the foot.
  const double rail = 196;
  canvas.FillRect(0, 0, rail, h, brand);
  canvas.FillRect(rail, 0, 5, h, deep);
  TextStyle bank;
  bank.size = 17;
  bank.bold = true;
  bank.color = white;
  canvas.Text(28, 40, d.bank, FitWidth(canvas, d.bank, bank, rail - 50));
  TextStyle rail_small;
  rail_small.size = 8;
  rail_small.color = Rgb{0.9, 0.92, 0.96};
  canvas.Text(28, 66, "인터넷뱅킹 · 스마트뱅킹", rail_small);
  canvas.FillRect(28, 96, 30, 3, white);
  TextStyle rail_title;
  rail_title.size = 25;
  rail_title.bold = true;
  rail_title.color = white;
  canvas.Text(28, 108, "이체확인증", rail_title);
  canvas.Text(28, 142, "Certificate of Transfer", rail_small);

  // A square code of the issue number, on a white tile.
  const double tile = 112, tx = 28, ty = h - 214;
  canvas.FillRect(tx, ty, tile, tile, white);
  const int n = 25;
  const double module = (tile - 12) / n;
  uint64_t bits = 0x9ae16a3b2f90404fULL;
  for (const char ch : d.transaction_number + issue_no) bits = (bits ^ static_cast<unsigned char>(ch)) * 0x100000001b3ULL;
  for (int r = 0; r < n; ++r) {
    for (int c = 0; c < n; ++c) {
      const bool corner = (r < 7 && c < 7) || (r < 7 && c >= n - 7) || (r >= n - 7 && c < 7);
      bool on;
      if (corner) {
        const int fr = r < 7 ? r : r - (n - 7), fc = c < 7 ? c : c - (n - 7);
        const int ring = std::min(std::min(fr, fc), std::min(6 - fr, 6 - fc));
        on = ring != 1;
      } else if ((r == 7 && c < 8) || (c == 7 && r < 8) || (r == 7 && c >= n - 8) || (c == n - 8 && r < 8) ||
                 (r == n - 8 && c < 8) || (c == 7 && r >= n - 8)) {
        on = false;  // the quiet lines around the finder squares
      } else {
        bits ^= bits << 13;
        bits ^= bits >> 7;
        bits ^= bits << 17;
        on = (bits & 3) < 2;
      }
      if (on) canvas.FillRect(tx + 6 + c * module, ty + 6 + r * module, module + 0.05, module + 0.05, kBlack);
    }
  }
  canvas.Text(tx, ty + tile + 10, "QR코드를 스캔하면 진위 여부를", rail_small);
  canvas.Text(tx, ty + tile + 22, "확인할 수 있습니다.", rail_small);
  TextStyle rail_no = rail_small;
  rail_no.bold = true;
  canvas.Text(tx, ty + tile + 40, "발급번호 " + issue_no, rail_no);

  // Right: the print line, the result and the sum.
  const double x = rail + 40, width = w - x - 40;
  TextStyle meta;
  meta.size = 8;
  meta.color = dim;
  canvas.Text(x, 28, "이체결과 조회  >  즉시이체  >  확인증 발급", meta);
  TextStyle meta_right = meta;
  meta_right.align = Align::kRight;
  canvas.Text(x + width, 28, "발급일시 " + issued.Dotted() + " " + issued_at, meta_right);
  canvas.Line(x, 44, x + width, 44, 0.5, hair);

  double y = 62;
  // The result chip.
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0.9, 0.96, 0.91);
  const double chip_w = 74, r = 10;
  cairo_arc(cr, x + r, y + r, r, M_PI / 2, 3 * M_PI / 2);
  cairo_arc(cr, x + chip_w - r, y + r, r, -M_PI / 2, M_PI / 2);
  cairo_close_path(cr);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 0.15, 0.55, 0.25);
  cairo_arc(cr, x + 12, y + 10, 3.5, 0, 2 * M_PI);
  cairo_fill(cr);
  cairo_restore(cr);
  TextStyle chip;
  chip.size = 9;
  chip.bold = true;
  chip.color = Rgb{0.15, 0.5, 0.22};
  canvas.Text(x + 20, y + 4, "정상처리", chip);
  y += 32;
  TextStyle cap;
  cap.size = 9;
  cap.color = dim;
  canvas.Text(x, y, "이체하신 금액", cap);
  y += 14;
  TextStyle hero;
  hero.size = 27;
  hero.bold = true;
  const double hw = canvas.Text(x, y, FormatWon(d.amount), hero);
  TextStyle unit;
  unit.size = 15;
  unit.bold = true;
  canvas.Text(x + hw + 4, y + 10, "원", unit);
  TextStyle words = cap;
  words.size = 9.5;
  words.align = Align::kRight;
  canvas.Text(x + width, y + 14, "(금 " + AmountInKoreanWords(d.amount) + "원정)", words);
  y += 48;

  // The two accounts as the rows of one matrix under a header of field names.
  struct Col {
    const char* head;
    double share;
  };
  const Col cols[] = {{"구분", 0.16}, {"은행", 0.16}, {"계좌번호", 0.26}, {"예금주", 0.2}, {"통장 표시내용", 0.22}};
  TextStyle head;
  head.size = 8.5;
  head.bold = true;
  head.color = deep;
  head.align = Align::kCenter;
  canvas.FillRect(x, y, width, 22, Rgb{0.94 + brand.r * 0.05, 0.94 + brand.g * 0.05, 0.94 + brand.b * 0.05});
  canvas.Line(x, y, x + width, y, 1.2, deep);
  double cx = x;
  for (const Col& c : cols) {
    canvas.TextInBox(cx, y, width * c.share, 22, c.head, head);
    cx += width * c.share;
  }
  y += 22;
  canvas.Line(x, y, x + width, y, 0.5, deep);
  TextStyle cell;
  cell.size = 10;
  TextStyle role = cell;
  role.bold = true;
  role.size = 9.5;
  role.align = Align::kCenter;
  const std::vector<std::vector<std::string>> rows = {
      {"출금 (보내는 분)", d.bank, MaskMiddle(d.sender_account), d.sender_name, d.payee_name},
      {"입금 (받는 분)", d.payee_bank, d.payee_account, d.payee_name, d.memo},
  };
  for (const auto& row : rows) {
    cx = x;
    for (size_t i = 0; i < row.size(); ++i) {
      const double cw = width * cols[i].share;
      TextStyle s = i == 0 ? role : cell;
      if (i == 2 || i == 3) s.bold = &row == &rows[1];
      if (i > 0) s.align = Align::kCenter;
      canvas.TextInBox(cx, y, cw, 30, row[i], FitWidth(canvas, row[i], s, cw - 10));
      if (i > 0) canvas.Line(cx, y + 6, cx, y + 24, 0.4, hair);
      cx += cw;
    }
    y += 30;
    canvas.Line(x, y, x + width, y, 0.4, hair);
  }
  canvas.Line(x, y, x + width, y, 1.2, deep);
  y += 20;

  // The rest as caption-value pairs, three to a line.
  const double third = width / 3;
  TextStyle key;
  key.size = 9;
  key.color = dim;
  TextStyle val;
  val.size = 10.5;
  const std::pair<std::string, std::string> facts[] = {
      {"이체일자", d.date.Iso()},          {"이체시각", d.time},
      {"처리결과", "정상"},                {"이체금액", FormatWon(d.amount) + "원"},
      {"이체수수료", FormatWon(d.fee) + "원"}, {"거래번호", d.transaction_number},
  };
  for (int i = 0; i < 6; ++i) {
    const double fx = x + third * (i % 3);
    const double fy = y + 24 * (i / 3);
    const double kw = canvas.Text(fx, fy + 1, facts[i].first, key);
    TextStyle v = val;
    v.bold = i == 0 || i == 3;
    canvas.Text(fx + std::max(kw + 10, 62.0), fy, facts[i].second,
                FitWidth(canvas, facts[i].second, v, third - std::max(kw + 10, 62.0) - 10));
  }
  y += 62;

  // The bank's statement, date and seal.
  TextStyle body;
  body.size = 10.5;
  canvas.Text(x, y, "위와 같이 이체가 처리되었음을 확인합니다.", body);
  y += 26;
  TextStyle date_style = body;
  date_style.align = Align::kRight;
  canvas.Text(x + width - 80, y, issued.KoreanLoose(), date_style);
  y += 24;
  TextStyle signer;
  signer.size = 13;
  signer.bold = true;
  signer.align = Align::kRight;
  canvas.Text(x + width - 80, y, d.bank + " 은행장", signer);
  DrawSquareSeal(canvas, x + width - 66, y - 14, 44, {"은행", "장인"}, rng);
  y += 44;

  TextStyle note;
  note.size = 7.6;
  note.color = dim;
  const double note_y = std::max(y, h - 62);
  canvas.Line(x, note_y - 8, x + width, note_y - 8, 0.4, hair);
  ParagraphByWords(canvas, x, note_y, width,
                   "※ 이 확인증은 인터넷뱅킹으로 처리된 이체 거래를 확인하기 위한 것이며, 거래의 법률적 효력을 "
                   "보증하지 않습니다. 발급일로부터 90일 이내에 QR코드 또는 발급번호로 진위를 확인할 수 있습니다.  "
                   "고객센터 " + CallCentre(d.bank),
                   note, 1.4);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (sixteenth set).
void DrawReceiptDarkScreen(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TransferReceiptData& d = spec.receipt;
  const double w = canvas.width(), h = canvas.height();
  cairo_t* cr = canvas.cairo();
  const Rgb screen{0.07, 0.075, 0.085};
  const Rgb panel{0.14, 0.145, 0.165};
  const Rgb white{0.96, 0.96, 0.97};
  const Rgb grey{0.62, 0.64, 0.68};
  const Rgb faint{0.3, 0.31, 0.35};
  const Rgb brand = BankColor(d.bank);
  // The bank's colour lifted so it reads on the dark screen.
  const Rgb accent{0.35 + brand.r * 0.65, 0.35 + brand.g * 0.65, 0.35 + brand.b * 0.65};
  const std::string family = "NanumSquareRound";

  auto rounded = [&](double rx, double ry, double rw, double rh, double r) {
    cairo_new_sub_path(cr);
    cairo_arc(cr, rx + rw - r, ry + r, r, -M_PI / 2, 0);
    cairo_arc(cr, rx + rw - r, ry + rh - r, r, 0, M_PI / 2);
    cairo_arc(cr, rx + r, ry + rh - r, r, M_PI / 2, M_PI);
    cairo_arc(cr, rx + r, ry + r, r, M_PI, 3 * M_PI / 2);
    cairo_close_path(cr);
  };
  auto fill = [&](Rgb c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); };

  canvas.FillRect(0, 0, w, h, screen);

  // Status bar: the clock (a few minutes after the transfer), signal, wifi and battery.
  const int hour = std::stoi(d.time.substr(0, 2));
  const int minute = std::min(59, std::stoi(d.time.substr(3, 2)) + static_cast<int>(rng.Int(0, 3)));
  TextStyle clock;
  clock.size = 10.5;
  clock.bold = true;
  clock.color = white;
  clock.family = family;
  canvas.Text(24, 12, std::to_string(hour) + ":" + Pad(minute, 2), clock);
  cairo_new_path(cr);
  cairo_save(cr);
  fill(white);
  for (int i = 0; i < 4; ++i) cairo_rectangle(cr, w - 86 + i * 4.5, 24 - 3 - i * 2.2, 3, 3 + i * 2.2);
  cairo_fill(cr);
  cairo_set_line_width(cr, 1.6);
  for (int i = 0; i < 3; ++i) {
    cairo_arc(cr, w - 56, 25, 2.5 + i * 3.2, -M_PI * 0.75, -M_PI * 0.25);
    cairo_stroke(cr);
  }
  cairo_set_line_width(cr, 1.0);
  rounded(w - 44, 15, 20, 10, 2.5);
  cairo_stroke(cr);
  const double charge = rng.Real(0.3, 0.95);
  cairo_rectangle(cr, w - 42, 17, 16 * charge, 6);
  cairo_rectangle(cr, w - 23.5, 18.5, 1.5, 3);
  cairo_fill(cr);
  cairo_restore(cr);

  // App bar: the bank's app at the left, a close cross at the right.
  TextStyle app;
  app.size = 11;
  app.bold = true;
  app.color = white;
  app.family = family;
  canvas.Text(20, 48, d.bank, FitWidth(canvas, d.bank, app, 150));
  TextStyle app_small = app;
  app_small.size = 8.5;
  app_small.bold = false;
  app_small.color = grey;
  canvas.Text(20 + std::min(canvas.MeasureWidth(d.bank, app), 150.0) + 6, 51, "모바일뱅킹", app_small);
  cairo_new_path(cr);
  cairo_save(cr);
  fill(white);
  cairo_set_line_width(cr, 1.6);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to(cr, w - 32, 48);
  cairo_line_to(cr, w - 22, 58);
  cairo_move_to(cr, w - 22, 48);
  cairo_line_to(cr, w - 32, 58);
  cairo_stroke(cr);
  cairo_restore(cr);

  // The result: a ticked circle, who received it, the sum large, and the verb.
  const double cy = 112;
  cairo_new_path(cr);
  cairo_save(cr);
  fill(accent);
  cairo_arc(cr, w / 2, cy, 22, 0, 2 * M_PI);
  cairo_fill(cr);
  fill(screen);
  cairo_set_line_width(cr, 3.2);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  cairo_move_to(cr, w / 2 - 9, cy + 1);
  cairo_line_to(cr, w / 2 - 2, cy + 8);
  cairo_line_to(cr, w / 2 + 10, cy - 7);
  cairo_stroke(cr);
  cairo_restore(cr);
  TextStyle to;
  to.size = 12;
  to.color = grey;
  to.align = Align::kCenter;
  to.family = family;
  const std::string to_line = d.payee_name + " 님 계좌로";
  canvas.Text(w / 2, cy + 36, to_line, FitWidth(canvas, to_line, to, w - 60));
  TextStyle hero;
  hero.size = 27;
  hero.bold = true;
  hero.color = white;
  hero.align = Align::kCenter;
  hero.family = family;
  canvas.Text(w / 2, cy + 56, FormatWon(d.amount) + "원", hero);
  TextStyle verb = to;
  verb.size = 14;
  verb.color = white;
  canvas.Text(w / 2, cy + 96, "보냈어요", verb);

  // Three dark panels of caption/value rows: captions grey at the left, values white at the right.
  TextStyle key;
  key.size = 9.5;
  key.color = grey;
  key.family = family;
  TextStyle value;
  value.size = 10.5;
  value.color = white;
  value.align = Align::kRight;
  value.family = family;
  const double px = 16, pw = w - 32, row_h = 28;
  double y = cy + 136;
  auto group = [&](const char* heading, const std::vector<std::pair<std::string, std::string>>& rows) {
    TextStyle g = key;
    g.size = 8.5;
    g.bold = true;
    canvas.Text(px + 4, y, heading, g);
    y += 16;
    const double ph = row_h * static_cast<double>(rows.size()) + 8;
    cairo_new_path(cr);
    cairo_save(cr);
    fill(panel);
    rounded(px, y, pw, ph, 12);
    cairo_fill(cr);
    cairo_restore(cr);
    double ry = y + 4;
    for (size_t i = 0; i < rows.size(); ++i) {
      const double kw = canvas.Text(px + 14, ry + 9, rows[i].first, key);
      TextStyle v = value;
      v.bold = i == 0;
      canvas.Text(px + pw - 14, ry + 8, rows[i].second,
                  FitWidth(canvas, rows[i].second, v, pw - 28 - kw - 14));
      if (i + 1 < rows.size()) canvas.Line(px + 14, ry + row_h, px + pw - 14, ry + row_h, 0.4, faint);
      ry += row_h;
    }
    y += ph + 14;
  };
  group("받는 분", {{"예금주", d.payee_name},
                   {"입금 은행", d.payee_bank},
                   {"입금 계좌", d.payee_account},
                   {"받는 분 통장 표시", d.memo}});
  group("보내는 분", {{"보낸 사람", d.sender_name},
                     {"출금 계좌", d.bank + " " + MaskMiddle(d.sender_account)},
                     {"수수료", d.fee == 0 ? "면제 (0원)" : FormatWon(d.fee) + "원"}});
  group("거래 정보", {{"이체 일시", d.date.Dotted() + " (" + KoreanWeekday(d.date) + ") " + d.time},
                     {"거래 번호", d.transaction_number},
                     {"처리 결과", "정상 완료"}});

  // A note, then the two buttons pinned to the foot and the home indicator.
  TextStyle note = key;
  note.size = 7.5;
  note.color = Rgb{0.5, 0.52, 0.56};
  ParagraphByWords(canvas, px + 4, y - 4, pw - 8,
                   "받는 분 계좌의 사정에 따라 입금이 늦어질 수 있어요. 이 화면은 거래 사실 확인용이며 법적 효력이 없습니다.",
                   note, 1.35);
  const double by = h - 70, bh = 40, half = (pw - 10) / 2;
  cairo_new_path(cr);
  cairo_save(cr);
  fill(panel);
  rounded(px, by, half, bh, 10);
  cairo_fill(cr);
  fill(accent);
  rounded(px + half + 10, by, half, bh, 10);
  cairo_fill(cr);
  fill(Rgb{0.85, 0.86, 0.88});
  rounded(w / 2 - 56, h - 14, 112, 4, 2);
  cairo_fill(cr);
  cairo_restore(cr);
  TextStyle button;
  button.size = 11;
  button.bold = true;
  button.color = white;
  button.align = Align::kCenter;
  button.family = family;
  canvas.TextInBox(px, by, half, bh, "공유하기", button);
  TextStyle confirm = button;
  confirm.color = screen;
  canvas.TextInBox(px + half + 10, by, half, bh, "확인", confirm);
}

}  // namespace docval::samplegen
