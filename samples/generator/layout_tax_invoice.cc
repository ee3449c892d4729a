// Tax invoice (전자세금계산서) layouts: the NTS print form with its red/blue party grid, and a
// plain statement list as accounting programs print it.
#include "samples/generator/brn.h"
#include "samples/generator/layout_parts.h"

namespace docval::samplegen {

namespace {

std::string DashedApproval(const std::string& number) {
  if (number.size() != 24) return number;
  return number.substr(0, 8) + "-" + number.substr(8, 8) + "-" + number.substr(16, 8);
}

// One party half of the NTS grid: a stacked vertical caption and five rows.
void DrawPartyHalf(PageCanvas& canvas, double x, double y, const char* caption, const Party& party,
                   const std::string& sub_place, Rgb line) {
  const double row_h = 22, caption_w = 20;
  const double widths[4] = {46, 92, 40, 63.5};
  TextStyle cell;
  cell.size = 8.5;
  TextStyle value = cell;
  value.size = 9.5;
  canvas.Rect(x, y, caption_w, row_h * 5, 0.9, line);
  std::string_view text(caption);
  std::vector<std::string> syllables;
  for (size_t i = 0; i < text.size(); i += 3) syllables.emplace_back(text.substr(i, 3));
  const double caption_top = y + row_h * 5 / 2 - 7.0 * static_cast<double>(syllables.size());
  for (size_t i = 0; i < syllables.size(); ++i) {
    TextStyle c = cell;
    c.size = 10;
    c.bold = true;
    c.color = line;
    c.align = Align::kCenter;
    canvas.Text(x + caption_w / 2, caption_top + 14.0 * static_cast<double>(i), syllables[i], c);
  }
  const double left = x + caption_w;
  const Rgb fill{0.97, 0.94, 0.94};
  auto label = [&](const char* t, double w) { return Cell{t, w, true, Align::kCenter}; };
  auto val = [&](const std::string& t, double w) { return Cell{t, w, false, Align::kLeft}; };
  DrawRow(canvas, left, y, row_h,
          {label("등록번호", widths[0]), val(party.brn, widths[1]), label("종사업장", widths[2]),
           val(sub_place, widths[3])},
          value, line, 0.7, fill);
  DrawRow(canvas, left, y + row_h, row_h,
          {label("상호", widths[0]), val(party.name, widths[1]), label("성명", widths[2]),
           val(party.owner, widths[3])},
          value, line, 0.7, fill);
  TextStyle small = value;
  small.size = 8;
  DrawRow(canvas, left, y + row_h * 2, row_h,
          {label("사업장", widths[0]), val(party.address, widths[1] + widths[2] + widths[3])}, small,
          line, 0.7, fill);
  DrawRow(canvas, left, y + row_h * 3, row_h,
          {label("업태", widths[0]), val(party.business_type, widths[1]), label("종목", widths[2]),
           val(party.business_item, widths[3])},
          small, line, 0.7, fill);
  DrawRow(canvas, left, y + row_h * 4, row_h,
          {label("이메일", widths[0]), val(party.email, widths[1] + widths[2] + widths[3])}, small,
          line, 0.7, fill);
}

}  // namespace

void DrawInvoiceBorderedTable(PageCanvas& canvas, const DocumentSpec& spec, int, Rng&) {
  const TaxInvoiceData& d = spec.invoice;
  const double x = 36, width = 523;
  const Rgb red{0.78, 0.2, 0.2};
  const Rgb blue{0.2, 0.3, 0.72};
  // Title band with the approval number at the right.
  canvas.Rect(x, 40, width, 42, 1.2, red);
  TextStyle title;
  title.size = 20;
  title.bold = true;
  title.color = red;
  title.align = Align::kCenter;
  canvas.Text(x + 150, 50, "전자세금계산서", title);
  canvas.Text(x + 150 - 40, 73 - 1, "(공급받는자 보관용)", TextStyle{7.5, false, Align::kLeft, kGray, ""});
  DrawRow(canvas, x + 300, 40, 42,
          {Cell{"승인번호", 58, true, Align::kCenter}, Cell{DashedApproval(d.approval_number), 165}},
          TextStyle{9.5, false, Align::kLeft, kBlack, ""}, red, 0.7, Rgb{0.97, 0.94, 0.94});

  const double party_y = 90;
  DrawPartyHalf(canvas, x, party_y, "공급자", d.supplier, d.supplier_sub_place, red);
  DrawPartyHalf(canvas, x + width / 2, party_y, "공급받는자", d.buyer, "", blue);

  // Date and amount summary.
  const double sum_y = party_y + 22 * 5 + 8;
  const std::vector<double> sum_w = {110, 150, 130, 133};
  TextStyle head;
  head.size = 8.5;
  TextStyle figure;
  figure.size = 10;
  DrawRow(canvas, x, sum_y, 18,
          {Cell{"작성일자", sum_w[0], true}, Cell{"공급가액", sum_w[1], true},
           Cell{"세액", sum_w[2], true}, Cell{"수정사유", sum_w[3], true}},
          head, red);
  DrawRow(canvas, x, sum_y + 18, 24,
          {Cell{d.issue_date.Dotted(), sum_w[0], false, Align::kCenter},
           Cell{FormatWon(d.supply), sum_w[1], false, Align::kRight},
           Cell{FormatWon(d.tax), sum_w[2], false, Align::kRight}, Cell{"", sum_w[3]}},
          figure, red);
  DrawRow(canvas, x, sum_y + 42, 20, {Cell{"비고", 60, true}, Cell{"", width - 60}}, head, red);

  // Line items.
  const double item_y = sum_y + 70;
  const std::vector<double> item_w = {28, 28, 140, 50, 40, 70, 75, 62, 30};
  const char* const headers[] = {"월", "일", "품목", "규격", "수량", "단가", "공급가액", "세액", "비고"};
  std::vector<Cell> header_cells;
  for (size_t i = 0; i < item_w.size(); ++i) header_cells.push_back(Cell{headers[i], item_w[i], true});
  DrawRow(canvas, x, item_y, 18, header_cells, head, red);
  TextStyle item_text;
  item_text.size = 9;
  for (size_t row = 0; row < 4; ++row) {
    std::vector<Cell> cells;
    if (row < d.items.size()) {
      const InvoiceItem& it = d.items[row];
      cells = {Cell{Pad(it.date.month, 2), item_w[0], false, Align::kCenter},
               Cell{Pad(it.date.day, 2), item_w[1], false, Align::kCenter},
               Cell{it.name, item_w[2]},
               Cell{it.spec, item_w[3], false, Align::kCenter},
               Cell{std::to_string(it.quantity), item_w[4], false, Align::kRight},
               Cell{FormatWon(it.unit_price), item_w[5], false, Align::kRight},
               Cell{FormatWon(it.amount), item_w[6], false, Align::kRight},
               Cell{FormatWon(it.tax), item_w[7], false, Align::kRight},
               Cell{"", item_w[8]}};
    } else {
      for (double w : item_w) cells.push_back(Cell{"", w});
    }
    DrawRow(canvas, x, item_y + 18 + 20 * static_cast<double>(row), 20, cells, item_text, red);
  }

  // Totals and the 영수/청구 statement.
  const double total_y = item_y + 18 + 80 + 8;
  const std::vector<double> tot_w = {110, 80, 70, 70, 80, 113};
  DrawRow(canvas, x, total_y, 18,
          {Cell{"합계금액", tot_w[0], true}, Cell{"현금", tot_w[1], true}, Cell{"수표", tot_w[2], true},
           Cell{"어음", tot_w[3], true}, Cell{"외상미수금", tot_w[4], true}},
          head, red);
  DrawRow(canvas, x, total_y + 18, 24,
          {Cell{FormatWon(d.total), tot_w[0], false, Align::kRight},
           Cell{d.purpose_receipt ? FormatWon(d.total) : "", tot_w[1], false, Align::kRight},
           Cell{"", tot_w[2]}, Cell{"", tot_w[3]},
           Cell{d.purpose_receipt ? "" : FormatWon(d.total), tot_w[4], false, Align::kRight}},
          figure, red);
  // The 영수/청구 statement fills one cell spanning both rows.
  canvas.Rect(x + width - tot_w[5], total_y, tot_w[5], 42, 0.7, red);
  TextStyle statement;
  statement.size = 10;
  statement.align = Align::kCenter;
  canvas.TextInBox(x + width - tot_w[5], total_y, tot_w[5], 42,
                   d.purpose_receipt ? "이 금액을 (영수) 함" : "이 금액을 (청구) 함", statement);
  TextStyle footer;
  footer.size = 7.5;
  footer.color = kGray;
  canvas.Text(x, total_y + 56, "국세청 홈택스에서 발급된 전자세금계산서입니다. (www.hometax.go.kr)",
              footer);
}

void DrawInvoiceStatementList(PageCanvas& canvas, const DocumentSpec& spec, int, Rng&) {
  const TaxInvoiceData& d = spec.invoice;
  const double x = 60, width = 475;
  TextStyle title;
  title.size = 22;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 58, Spaced("전자세금계산서"), title);
  TextStyle sub;
  sub.size = 10;
  sub.align = Align::kCenter;
  sub.color = kGray;
  canvas.Text(x + width / 2, 90, "(공급받는자 보관용)", sub);

  TextStyle text;
  text.size = 10.5;
  TextStyle bold = text;
  bold.bold = true;
  canvas.Text(x, 122, "승인번호 : " + d.approval_number, text);
  TextStyle right = text;
  right.align = Align::kRight;
  canvas.Text(x + width, 122, "작성일자 : " + d.issue_date.Iso(), right);
  canvas.Line(x, 142, x + width, 142, 1.4);

  double y = 154;
  auto party_block = [&](const char* heading, const Party& p) {
    canvas.Text(x, y, heading, bold);
    y += 20;
    canvas.Text(x + 12, y, "사업자등록번호 : " + p.brn, text);
    y += 18;
    canvas.Text(x + 12, y, "상호 : " + p.name, text);
    canvas.Text(x + 270, y, "대표자 : " + p.owner, text);
    y += 18;
    canvas.Text(x + 12, y, "주소 : " + p.address, text);
    y += 18;
    canvas.Text(x + 12, y, "업태 : " + p.business_type, text);
    canvas.Text(x + 270, y, "종목 : " + p.business_item, text);
    y += 26;
  };
  party_block("[공급자]", d.supplier);
  party_block("[공급받는자]", d.buyer);
  canvas.Line(x, y - 6, x + width, y - 6, 0.8);

  // Items: columns without borders.
  const double cols[] = {x, x + 70, x + 250, x + 300, x + 385, x + width};
  TextStyle head = bold;
  head.size = 9.5;
  canvas.Text(cols[0], y + 4, "일자", head);
  canvas.Text(cols[1], y + 4, "품목", head);
  TextStyle head_right = head;
  head_right.align = Align::kRight;
  canvas.Text(cols[3] - 5, y + 4, "수량", head_right);
  canvas.Text(cols[4] - 5, y + 4, "공급가액", head_right);
  canvas.Text(cols[5], y + 4, "세액", head_right);
  y += 24;
  TextStyle item = text;
  item.size = 9.5;
  TextStyle item_right = item;
  item_right.align = Align::kRight;
  for (const InvoiceItem& it : d.items) {
    canvas.Text(cols[0], y, it.date.Dotted().substr(5), item);
    canvas.Text(cols[1], y, it.name, item);
    canvas.Text(cols[3] - 5, y, std::to_string(it.quantity), item_right);
    canvas.Text(cols[4] - 5, y, FormatWon(it.amount), item_right);
    canvas.Text(cols[5], y, FormatWon(it.tax), item_right);
    y += 18;
  }
  canvas.Line(x, y + 6, x + width, y + 6, 0.8);
  y += 20;

  // Summation box, labels above figures.
  const double box_w = width / 3;
  const char* const labels[] = {"공급가액", "세액", "합계금액"};
  const int64_t values[] = {d.supply, d.tax, d.total};
  canvas.Rect(x, y, width, 52, 1.0);
  TextStyle label_style;
  label_style.size = 9;
  label_style.color = kGray;
  label_style.align = Align::kCenter;
  TextStyle figure;
  figure.size = 14;
  figure.bold = true;
  figure.align = Align::kCenter;
  for (int i = 0; i < 3; ++i) {
    const double cx = x + box_w * i + box_w / 2;
    if (i > 0) canvas.Line(x + box_w * i, y, x + box_w * i, y + 52, 0.6);
    canvas.Text(cx, y + 8, labels[i], label_style);
    canvas.Text(cx, y + 24, FormatWon(values[i]) + "원", figure);
  }
  y += 72;
  canvas.Text(x, y, d.purpose_receipt ? "위 금액을 영수함." : "위 금액을 청구함.", text);
  TextStyle footer;
  footer.size = 8;
  footer.color = kGray;
  canvas.Text(x, 780, "본 세금계산서는 국세청에 전송된 전자세금계산서를 출력한 것입니다.", footer);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out: a 세금계산서 as ERP "매입 전표" printouts show it — one key/value grid per party
// stacked vertically with the labels in a shaded left column, amounts in labelled boxes.
void DrawInvoiceLedgerGrid(PageCanvas& canvas, const DocumentSpec& spec, int, Rng&) {
  const TaxInvoiceData& d = spec.invoice;
  const double x = 48, width = 499;
  const Rgb shade{0.86, 0.88, 0.9};
  TextStyle title;
  title.size = 19;
  title.bold = true;
  canvas.Text(x, 44, "세금계산서 (전자발행분)", title);
  TextStyle kind;
  kind.size = 9;
  kind.color = kGray;
  kind.align = Align::kRight;
  canvas.Text(x + width, 52, d.purpose_receipt ? "구분: 영수" : "구분: 청구", kind);
  canvas.Line(x, 76, x + width, 76, 2.0);

  TextStyle cell;
  cell.size = 10;
  const double label_w = 112, row_h = 25;
  double y = 88;
  auto row = [&](const std::string& label, const std::string& value) {
    DrawRow(canvas, x, y, row_h, {Cell{label, label_w, true}, Cell{value, width - label_w}}, cell,
            Rgb{0.5, 0.5, 0.5}, 0.6, shade);
    y += row_h;
  };
  row("국세청 승인번호", DashedApproval(d.approval_number));
  row("발행일(작성일)", d.issue_date.Korean());
  y += 12;
  TextStyle heading;
  heading.size = 11;
  heading.bold = true;
  auto party = [&](const char* caption, const Party& p) {
    canvas.Text(x, y, caption, heading);
    y += 20;
    row("사업자번호", p.brn);
    row("상호(법인명)", p.name);
    row("대표자 성명", p.owner);
    row("사업장 소재지", p.address);
    row("업태 / 종목", p.business_type + " / " + p.business_item);
    y += 12;
  };
  party("■ 공급하는 자", d.supplier);
  party("■ 공급받는 자", d.buyer);

  canvas.Text(x, y, "■ 거래 내역", heading);
  y += 20;
  const std::vector<double> item_w = {70, 179, 50, 100, 100};
  TextStyle small = cell;
  small.size = 9;
  DrawRow(canvas, x, y, 20,
          {Cell{"거래일", item_w[0], true}, Cell{"품명", item_w[1], true}, Cell{"수량", item_w[2], true},
           Cell{"공급가액", item_w[3], true}, Cell{"부가세", item_w[4], true}},
          small, Rgb{0.5, 0.5, 0.5}, 0.6, shade);
  y += 20;
  for (const InvoiceItem& it : d.items) {
    DrawRow(canvas, x, y, 21,
            {Cell{it.date.Dotted().substr(5), item_w[0], false, Align::kCenter},
             Cell{it.name, item_w[1]},
             Cell{std::to_string(it.quantity), item_w[2], false, Align::kRight},
             Cell{FormatWon(it.amount), item_w[3], false, Align::kRight},
             Cell{FormatWon(it.tax), item_w[4], false, Align::kRight}},
            small, Rgb{0.5, 0.5, 0.5}, 0.6);
    y += 21;
  }

  // Three boxed figures with small captions above them.
  y += 22;
  const char* const captions[] = {"공급가액 합계", "부가세 합계", "총 청구금액(합계)"};
  const int64_t figures[] = {d.supply, d.tax, d.total};
  const double gap = 14, box_w = (width - 2 * gap) / 3;
  TextStyle caption;
  caption.size = 8.5;
  caption.color = kGray;
  TextStyle figure;
  figure.size = 13;
  figure.bold = true;
  for (int i = 0; i < 3; ++i) {
    const double bx = x + (box_w + gap) * i;
    canvas.Text(bx, y, captions[i], caption);
    canvas.Rect(bx, y + 14, box_w, 30, i == 2 ? 1.6 : 0.8);
    figure.align = Align::kRight;
    canvas.TextInBox(bx, y + 14, box_w, 30, FormatWon(figures[i]) + " 원", figure);
  }
  TextStyle footer;
  footer.size = 8;
  footer.color = kGray;
  canvas.Text(x, 792, "※ 본 문서는 전자세금계산서 발행 내역을 조회하여 출력한 것입니다.", footer);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (second set): an e-tax invoice as the e-mail (ASP) issuing services print it —
// supplier and buyer side by side in two panels, each field a box with its caption in the
// corner, then a strip of captioned totals and a ruled item ledger.
void DrawInvoiceTwinPanel(PageCanvas& canvas, const DocumentSpec& spec, int, Rng&) {
  const TaxInvoiceData& d = spec.invoice;
  const double x = 40, width = 515;
  const Rgb frame{0.55, 0.55, 0.55};
  TextStyle title;
  title.size = 20;
  title.bold = true;
  canvas.Text(x, 38, "전자세금계산서", title);
  TextStyle copy;
  copy.size = 9;
  copy.color = kGray;
  canvas.Text(x + 2, 68, "(공급받는자 보관용)", copy);
  TextStyle approval;
  approval.size = 10.5;
  approval.bold = true;
  DrawCaptionBox(canvas, x + 285, 36, width - 285, 40, "국세청승인번호", DashedApproval(d.approval_number),
                 approval, frame);
  canvas.Line(x, 88, x + width, 88, 1.6);

  const double gap = 10, panel_w = (width - gap) / 2, head_h = 20, box_h = 34, panel_y = 100;
  TextStyle head;
  head.size = 10.5;
  head.bold = true;
  head.color = Rgb{1, 1, 1};
  head.align = Align::kCenter;
  TextStyle value;
  value.size = 10;
  TextStyle small_value = value;
  small_value.size = 9;
  auto panel = [&](double px, const char* caption, Rgb color, const Party& p,
                   const std::string& sub_place) {
    double py = panel_y;
    canvas.FillRect(px, py, panel_w, head_h, color);
    canvas.TextInBox(px, py, panel_w, head_h, caption, head);
    py += head_h;
    const double wide = panel_w * 0.6, narrow = panel_w - wide, half = panel_w / 2;
    DrawCaptionBox(canvas, px, py, wide, box_h, "등록번호", p.brn, value, frame);
    DrawCaptionBox(canvas, px + wide, py, narrow, box_h, "종사업장번호", sub_place, value, frame);
    py += box_h;
    DrawCaptionBox(canvas, px, py, wide, box_h, "상호(법인명)", p.name, value, frame);
    DrawCaptionBox(canvas, px + wide, py, narrow, box_h, "성명(대표자)", p.owner, value, frame);
    py += box_h;
    DrawCaptionBox(canvas, px, py, panel_w, box_h, "사업장 주소", p.address, small_value, frame);
    py += box_h;
    DrawCaptionBox(canvas, px, py, half, box_h, "업태", p.business_type, small_value, frame);
    DrawCaptionBox(canvas, px + half, py, half, box_h, "종목", p.business_item, small_value, frame);
    py += box_h;
    DrawCaptionBox(canvas, px, py, panel_w, box_h, "이메일", p.email, small_value, frame);
  };
  panel(x, "공 급 자", Rgb{0.62, 0.14, 0.14}, d.supplier, d.supplier_sub_place);
  panel(x + panel_w + gap, "공 급 받 는 자", Rgb{0.14, 0.26, 0.58}, d.buyer, "");

  // Totals: the paper form's "작성 년 월 일" heading, amounts as bare figures.
  double y = panel_y + head_h + box_h * 5 + 14;
  TextStyle figure;
  figure.size = 11.5;
  figure.bold = true;
  figure.align = Align::kRight;
  TextStyle date = figure;
  date.bold = false;
  date.align = Align::kCenter;
  const double date_w = 130, supply_w = 130, tax_w = 115, total_w = width - 375;
  DrawCaptionBox(canvas, x, y, date_w, 42, "작성년월일", d.issue_date.KoreanLoose(), date, frame);
  DrawCaptionBox(canvas, x + date_w, y, supply_w, 42, "공급가액", FormatWon(d.supply), figure, frame);
  DrawCaptionBox(canvas, x + date_w + supply_w, y, tax_w, 42, "세액", FormatWon(d.tax), figure, frame);
  canvas.Rect(x + width - total_w, y, total_w, 42, 1.4);
  DrawCaptionBox(canvas, x + width - total_w, y, total_w, 42, "합계금액", FormatWon(d.total), figure,
                 frame);
  y += 56;

  const std::vector<double> item_w = {46, 150, 52, 40, 77, 80, 70};
  const char* const headers[] = {"월 일", "품목", "규격", "수량", "단가", "공급가액", "세액"};
  TextStyle cell;
  cell.size = 9;
  std::vector<Cell> header_cells;
  for (size_t i = 0; i < item_w.size(); ++i) header_cells.push_back(Cell{headers[i], item_w[i], true});
  DrawRow(canvas, x, y, 20, header_cells, cell, frame, 0.6, Rgb{0.95, 0.95, 0.95});
  y += 20;
  for (size_t row = 0; row < 4; ++row) {
    std::vector<Cell> cells;
    if (row < d.items.size()) {
      const InvoiceItem& it = d.items[row];
      cells = {Cell{Pad(it.date.month, 2) + "/" + Pad(it.date.day, 2), item_w[0], false, Align::kCenter},
               Cell{it.name, item_w[1]},
               Cell{it.spec, item_w[2], false, Align::kCenter},
               Cell{std::to_string(it.quantity), item_w[3], false, Align::kRight},
               Cell{FormatWon(it.unit_price), item_w[4], false, Align::kRight},
               Cell{FormatWon(it.amount), item_w[5], false, Align::kRight},
               Cell{FormatWon(it.tax), item_w[6], false, Align::kRight}};
    } else {
      for (double w : item_w) cells.push_back(Cell{"", w});
    }
    DrawRow(canvas, x, y, 22, cells, cell, frame, 0.6);
    y += 22;
  }
  y += 10;
  DrawCaptionBox(canvas, x, y, width - 160, 36, "비고", "", value, frame);
  canvas.Rect(x + width - 160, y, 160, 36, 0.6, frame);
  TextStyle statement;
  statement.size = 11;
  statement.align = Align::kCenter;
  canvas.TextInBox(x + width - 160, y, 160, 36,
                   d.purpose_receipt ? "이 금액을 영수함" : "이 금액을 청구함", statement);
  TextStyle footer;
  footer.size = 8;
  footer.color = kGray;
  canvas.Text(x, y + 52,
              "이 전자세금계산서는 부가가치세법 제32조에 따라 발급되어 국세청에 전송되었습니다.", footer);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (third set): a landscape e-tax invoice as ERP exports print it — both parties as the
// two rows of one matrix under a header row of field names, the line items beside a column of
// totals that calls the supply value 금액 and the tax 부가세, and the approval number unspaced.
void DrawInvoicePartyMatrix(PageCanvas& canvas, const DocumentSpec& spec, int, Rng&) {
  const TaxInvoiceData& d = spec.invoice;
  const double x = 36, width = canvas.width() - 72;
  const Rgb rule{0.35, 0.35, 0.35};
  const Rgb head_fill{0.9, 0.93, 0.9};
  TextStyle tag;
  tag.size = 8.5;
  tag.align = Align::kCenter;
  canvas.Rect(x, 30, 96, 20, 0.6, rule);
  canvas.TextInBox(x, 30, 96, 20, "공급받는자 보관용", tag);
  TextStyle title;
  title.size = 21;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 26, "전 자 세 금 계 산 서", title);
  TextStyle caption;
  caption.size = 8.5;
  caption.color = kGray;
  caption.align = Align::kRight;
  canvas.Text(x + width, 24, "승인번호", caption);
  TextStyle approval;
  approval.size = 10.5;
  approval.align = Align::kRight;
  canvas.Text(x + width, 38, d.approval_number, approval);
  canvas.Line(x, 66, x + width, 66, 1.6);

  TextStyle meta;
  meta.size = 10;
  canvas.Text(x, 76, "작성일  " + d.issue_date.DottedLoose(), meta);
  canvas.Text(x + 230, 76, std::string("영수/청구  ") + (d.purpose_receipt ? "영수" : "청구"), meta);
  canvas.Text(x + 420, 76, "수정사유  해당없음", meta);

  // The party matrix: one header row of field names, one row per party.
  struct Column {
    const char* head;
    double w;
  };
  const Column columns[] = {{"구분", 58},         {"등록번호", 92},     {"종사업장", 50},
                            {"상호(법인명)", 118}, {"성명(대표자)", 64}, {"사업장 주소", 236},
                            {"업태", 64},         {"종목", 88}};
  TextStyle head;
  head.size = 9;
  head.bold = true;
  head.align = Align::kCenter;
  TextStyle value;
  value.size = 9.5;
  double y = 100;
  double cx = x;
  for (const Column& column : columns) {
    canvas.FillRect(cx, y, column.w, 24, head_fill);
    canvas.Rect(cx, y, column.w, 24, 0.6, rule);
    canvas.TextInBox(cx, y, column.w, 24, column.head, head);
    cx += column.w;
  }
  y += 24;
  auto party_row = [&](const char* role, const Party& p, const std::string& sub_place) {
    const std::string values[] = {role,   p.brn,     sub_place,         p.name,
                                  p.owner, p.address, p.business_type, p.business_item};
    double left = x;
    for (size_t i = 0; i < std::size(columns); ++i) {
      canvas.Rect(left, y, columns[i].w, 30, 0.6, rule);
      TextStyle style = i == 0 ? head : FitWidth(canvas, values[i], value, columns[i].w - 8);
      canvas.TextInBox(left, y, columns[i].w, 30, values[i], style);
      left += columns[i].w;
    }
    y += 30;
  };
  party_row("공급자", d.supplier, d.supplier_sub_place);
  party_row("공급받는자", d.buyer, "");
  canvas.Rect(x, 100, width, y - 100, 1.2, rule);

  // Items on the left, totals on the right.
  y += 18;
  const double items_top = y;
  const std::vector<double> item_w = {46, 150, 54, 40, 78, 82, 70};
  const char* const headers[] = {"월/일", "품목", "규격", "수량", "단가", "금액", "세액"};
  TextStyle cell;
  cell.size = 9;
  std::vector<Cell> header_cells;
  for (size_t i = 0; i < item_w.size(); ++i) header_cells.push_back(Cell{headers[i], item_w[i], true});
  DrawRow(canvas, x, y, 22, header_cells, cell, rule, 0.6, head_fill);
  y += 22;
  for (size_t row = 0; row < 4; ++row) {
    std::vector<Cell> cells;
    if (row < d.items.size()) {
      const InvoiceItem& it = d.items[row];
      cells = {Cell{Pad(it.date.month, 2) + "/" + Pad(it.date.day, 2), item_w[0], false, Align::kCenter},
               Cell{it.name, item_w[1]},
               Cell{it.spec, item_w[2], false, Align::kCenter},
               Cell{std::to_string(it.quantity), item_w[3], false, Align::kRight},
               Cell{FormatWon(it.unit_price), item_w[4], false, Align::kRight},
               Cell{FormatWon(it.amount), item_w[5], false, Align::kRight},
               Cell{FormatWon(it.tax), item_w[6], false, Align::kRight}};
    } else {
      for (double w : item_w) cells.push_back(Cell{"", w});
    }
    DrawRow(canvas, x, y, 24, cells, cell, rule, 0.6);
    y += 24;
  }
  const double items_w = 520;
  DrawRow(canvas, x, y, 26, {Cell{"비고", item_w[0], true}, Cell{"", items_w - item_w[0]}}, cell, rule,
          0.6, head_fill);
  y += 26;

  const double tx = x + items_w + 14, tw = width - items_w - 14, label_w = 84;
  const double row_h = (y - items_top) / 3;
  const char* const labels[] = {"금 액 계", "부 가 세", "총 합 계"};
  const int64_t figures[] = {d.supply, d.tax, d.total};
  TextStyle label = cell;
  label.size = 10;
  label.bold = true;
  label.align = Align::kCenter;
  TextStyle figure;
  figure.size = 13;
  figure.bold = true;
  figure.align = Align::kRight;
  for (int i = 0; i < 3; ++i) {
    const double ty = items_top + row_h * i;
    canvas.FillRect(tx, ty, label_w, row_h, head_fill);
    canvas.Rect(tx, ty, label_w, row_h, 0.6, rule);
    canvas.Rect(tx + label_w, ty, tw - label_w, row_h, 0.6, rule);
    canvas.TextInBox(tx, ty, label_w, row_h, labels[i], label);
    canvas.TextInBox(tx + label_w, ty, tw - label_w - 6, row_h, FormatWon(figures[i]) + "원", figure);
  }
  canvas.Rect(tx, items_top + row_h * 2, tw, row_h, 1.6, rule);

  y += 22;
  TextStyle statement;
  statement.size = 11;
  statement.align = Align::kRight;
  canvas.Text(x + width, y,
              d.purpose_receipt ? "이 금액을  ■ 영수  □ 청구  함" : "이 금액을  □ 영수  ■ 청구  함", statement);
  TextStyle footer;
  footer.size = 8;
  footer.color = kGray;
  canvas.Text(x, canvas.height() - 40,
              "발행구분: 정발행 / 국세청 전송상태: 전송완료    본 문서는 전자세금계산서 발행 시스템에서 출력되었습니다.",
              footer);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (fourth set): the hometax "상세조회" screen sent to the printer — the browser's own
// header and footer lines, a document-facts grid with the write, issue and transmission dates
// side by side, the parties transposed (one row per field, one column per party) and the sums
// under a header row that puts the total first.
void DrawInvoiceHometaxDetail(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TaxInvoiceData& d = spec.invoice;
  const double x = 34, width = canvas.width() - 68;
  const Rgb navy{0.11, 0.23, 0.45};
  const Rgb rule{0.68, 0.72, 0.78};
  const Rgb th{0.93, 0.95, 0.98};
  // The browser prints the day it printed and the page title above the page, the address below.
  const Date printed = d.issue_date.AddDays(rng.Int(1, 9));
  TextStyle browser;
  browser.size = 7;
  browser.color = kGray;
  canvas.Text(x - 14, 14, printed.DottedLoose() + " 오후 " + std::to_string(rng.Int(1, 5)) + ":" +
                              Pad(rng.Int(0, 59), 2), browser);
  TextStyle browser_mid = browser;
  browser_mid.align = Align::kCenter;
  canvas.Text(canvas.width() / 2, 14, "홈택스 - 전자(세금)계산서 상세조회", browser_mid);

  canvas.FillRect(x, 34, width, 30, navy);
  TextStyle site;
  site.size = 12;
  site.bold = true;
  site.color = Rgb{1, 1, 1};
  canvas.TextInBox(x + 6, 34, 200, 30, "국세청 홈택스", site);
  TextStyle menu = site;
  menu.size = 8.5;
  menu.bold = false;
  menu.align = Align::kRight;
  canvas.TextInBox(x + width - 300, 34, 300, 30, "조회/발급 > 전자세금계산서 > 목록조회", menu);

  TextStyle title;
  title.size = 15;
  title.bold = true;
  canvas.FillRect(x, 82, 4, 20, navy);
  canvas.Text(x + 12, 82, "전자세금계산서 상세", title);
  TextStyle copy;
  copy.size = 8.5;
  copy.color = kGray;
  copy.align = Align::kRight;
  canvas.Text(x + width, 88, "공급받는자 보관용", copy);

  TextStyle cell;
  cell.size = 9.5;
  double y = 114;
  canvas.Line(x, y, x + width, y, 1.4, navy);
  const double lw = 78, vw = width / 2 - lw;
  auto two = [&](const char* l1, const std::string& v1, const char* l2, const std::string& v2) {
    DrawRow(canvas, x, y, 24, {Cell{l1, lw, true}, Cell{v1, vw}, Cell{l2, lw, true}, Cell{v2, vw}}, cell,
            rule, 0.5, th);
    y += 24;
  };
  two("승인번호", DashedApproval(d.approval_number), "발급유형", "정발행");
  two("작성일자", d.issue_date.Iso(), "발급일자", d.issue_date.AddDays(rng.Int(0, 1)).Iso());
  two("전송일자", d.issue_date.AddDays(rng.Int(1, 2)).Iso(), "영수/청구", d.purpose_receipt ? "영수" : "청구");
  y += 22;

  // Parties: field names down the left, one column per party.
  TextStyle section;
  section.size = 11;
  section.bold = true;
  canvas.Text(x, y, "거래처 정보", section);
  y += 20;
  canvas.Line(x, y, x + width, y, 1.4, navy);
  const double fw = 104, pw = (width - fw) / 2;
  TextStyle head = cell;
  head.bold = true;
  DrawRow(canvas, x, y, 24,
          {Cell{"구분", fw, true}, Cell{"공급자", pw, true}, Cell{"공급받는자", pw, true}}, head, rule, 0.5,
          Rgb{0.86, 0.9, 0.96});
  y += 24;
  const std::pair<const char*, std::pair<std::string, std::string>> fields[] = {
      {"등록번호", {d.supplier.brn, d.buyer.brn}},
      {"종사업장번호", {d.supplier_sub_place, ""}},
      {"상호(법인명)", {d.supplier.name, d.buyer.name}},
      {"대표자명", {d.supplier.owner, d.buyer.owner}},
      {"사업장주소", {d.supplier.address, d.buyer.address}},
      {"업태", {d.supplier.business_type, d.buyer.business_type}},
      {"종목", {d.supplier.business_item, d.buyer.business_item}},
      {"이메일", {d.supplier.email, d.buyer.email}},
  };
  for (const auto& [name, values] : fields) {
    DrawRow(canvas, x, y, 24,
            {Cell{name, fw, true}, Cell{"", pw}, Cell{"", pw}}, cell, rule, 0.5, th);
    canvas.TextInBox(x + fw, y, pw, 24, values.first, FitWidth(canvas, values.first, cell, pw - 10));
    canvas.TextInBox(x + fw + pw, y, pw, 24, values.second, FitWidth(canvas, values.second, cell, pw - 10));
    y += 24;
  }
  y += 22;

  // Sums: header row over bare figures, the total first as the screen shows it.
  canvas.Text(x, y, "금액 정보", section);
  TextStyle unit = copy;
  canvas.Text(x + width, y + 4, "(단위 : 원)", unit);
  y += 20;
  canvas.Line(x, y, x + width, y, 1.4, navy);
  const double sw = width / 3;
  DrawRow(canvas, x, y, 24, {Cell{"합계금액", sw, true}, Cell{"공급가액", sw, true}, Cell{"세액", sw, true}},
          head, rule, 0.5, Rgb{0.86, 0.9, 0.96});
  y += 24;
  TextStyle figure = cell;
  figure.size = 11.5;
  figure.bold = true;
  DrawRow(canvas, x, y, 30,
          {Cell{FormatWon(d.total), sw, false, Align::kRight}, Cell{FormatWon(d.supply), sw, false, Align::kRight},
           Cell{FormatWon(d.tax), sw, false, Align::kRight}},
          figure, rule, 0.5);
  y += 30 + 22;

  canvas.Text(x, y, "품목 정보", section);
  y += 20;
  canvas.Line(x, y, x + width, y, 1.4, navy);
  const std::vector<double> iw = {26, 26, 132, 50, 36, 70, 78, 64, width - 482};
  const char* const headers[] = {"월", "일", "품목명", "규격", "수량", "단가", "공급가액", "세액", "비고"};
  std::vector<Cell> header_cells;
  for (size_t i = 0; i < iw.size(); ++i) header_cells.push_back(Cell{headers[i], iw[i], true});
  TextStyle small = cell;
  small.size = 9;
  DrawRow(canvas, x, y, 22, header_cells, small, rule, 0.5, Rgb{0.86, 0.9, 0.96});
  y += 22;
  for (const InvoiceItem& it : d.items) {
    DrawRow(canvas, x, y, 24,
            {Cell{Pad(it.date.month, 2), iw[0], false, Align::kCenter},
             Cell{Pad(it.date.day, 2), iw[1], false, Align::kCenter}, Cell{it.name, iw[2]},
             Cell{it.spec, iw[3], false, Align::kCenter},
             Cell{std::to_string(it.quantity), iw[4], false, Align::kRight},
             Cell{FormatWon(it.unit_price), iw[5], false, Align::kRight},
             Cell{FormatWon(it.amount), iw[6], false, Align::kRight},
             Cell{FormatWon(it.tax), iw[7], false, Align::kRight}, Cell{"", iw[8]}},
            small, rule, 0.5);
    y += 24;
  }
  y += 26;
  // The screen's buttons come out on paper too.
  TextStyle button;
  button.size = 9.5;
  button.align = Align::kCenter;
  const double bw = 64, bx = x + width / 2 - bw - 5;
  for (int i = 0; i < 2; ++i) {
    canvas.Rect(bx + (bw + 10) * i, y, bw, 22, 0.6, kGray);
    canvas.TextInBox(bx + (bw + 10) * i, y, bw, 22, i == 0 ? "인쇄" : "닫기", button);
  }
  canvas.Text(x - 14, canvas.height() - 22,
              "https://www.hometax.go.kr/websquare/websquare.html?w2xPath=/ui/pp/index.xml", browser);
  TextStyle page_no = browser;
  page_no.align = Align::kRight;
  canvas.Text(x + width + 14, canvas.height() - 22, "1/1", page_no);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (fifth set).
void DrawInvoiceSerifSections(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TaxInvoiceData& d = spec.invoice;
  const double x = 56, width = canvas.width() - 112;
  const std::string serif(kNotoSerifKr);
  TextStyle small;
  small.size = 8;
  small.color = kGray;
  small.family = serif;
  canvas.Text(x, 34, "관리번호 " + Pad(rng.Int(1, 99999), 5), small);
  TextStyle title;
  title.size = 20;
  title.bold = true;
  title.align = Align::kCenter;
  title.family = serif;
  canvas.Text(x + width / 2, 54, "전 자 세 금 계 산 서", title);
  TextStyle sub = small;
  sub.align = Align::kCenter;
  sub.size = 9.5;
  canvas.Text(x + width / 2, 84, d.purpose_receipt ? "( 영수함 )" : "( 청구함 )", sub);
  canvas.Line(x, 104, x + width, 104, 1.6);
  canvas.Line(x, 107, x + width, 107, 0.5);

  TextStyle body;
  body.size = 10.5;
  body.family = serif;
  TextStyle bold = body;
  bold.bold = true;
  double y = 118;
  canvas.Text(x, y, "국세청 전송 승인번호 :  " + d.approval_number, body);
  y += 22;
  canvas.Text(x, y, "작성일 :  " + d.issue_date.DottedLoose(), body);
  y += 34;

  // Each party as a borderless list with dot leaders, one below the other.
  const double key_w = 118;
  auto party = [&](const char* heading, const Party& p) {
    canvas.Text(x, y, heading, bold);
    y += 22;
    const std::pair<const char*, std::string> rows[] = {
        {"사업자번호", p.brn},    {"회 사 명", p.name},      {"대표 성명", p.owner},
        {"소 재 지", p.address}, {"업태 / 종목", p.business_type + " / " + p.business_item},
    };
    for (const auto& [key, value] : rows) {
      canvas.Text(x + 14, y, key, body);
      canvas.Text(x + 14 + key_w - 18, y, "·", small);
      canvas.Text(x + 14 + key_w, y, value, FitWidth(canvas, value, body, width - key_w - 14));
      y += 20;
    }
    y += 12;
  };
  party("[ 공급하는 자 ]", d.supplier);
  party("[ 공급받는 자 ]", d.buyer);

  // Items as a ruled list with only horizontal rules.
  canvas.Text(x, y, "[ 거래 내역 ]", bold);
  y += 22;
  const double cols[] = {52, 150, 44, 84, 90};
  const char* const heads[] = {"월/일", "품목", "수량", "단가", "공급가"};
  canvas.Line(x, y, x + width, y, 0.9);
  double cx = x;
  TextStyle th = body;
  th.size = 9.5;
  th.bold = true;
  for (int i = 0; i < 5; ++i) {
    canvas.TextInBox(cx, y, cols[i], 20, heads[i], th);
    cx += cols[i];
  }
  canvas.TextInBox(cx, y, width - (cx - x), 20, "부가세", th);
  y += 20;
  canvas.Line(x, y, x + width, y, 0.5);
  TextStyle td = body;
  td.size = 9.5;
  TextStyle tdr = td;
  tdr.align = Align::kRight;
  for (const InvoiceItem& item : d.items) {
    cx = x;
    canvas.TextInBox(cx, y, cols[0], 20, Pad(item.date.month, 2) + "/" + Pad(item.date.day, 2), td);
    cx += cols[0];
    canvas.TextInBox(cx, y, cols[1], 20, item.name, FitWidth(canvas, item.name, td, cols[1] - 8));
    cx += cols[1];
    canvas.TextInBox(cx, y, cols[2], 20, std::to_string(item.quantity), tdr);
    cx += cols[2];
    canvas.TextInBox(cx, y, cols[3], 20, FormatWon(item.unit_price), tdr);
    cx += cols[3];
    canvas.TextInBox(cx, y, cols[4], 20, FormatWon(item.amount), tdr);
    cx += cols[4];
    canvas.TextInBox(cx, y, width - (cx - x), 20, FormatWon(item.tax), tdr);
    y += 20;
  }
  canvas.Line(x, y, x + width, y, 0.9);
  y += 26;

  // Sums: the total in words and figures in a sentence, the parts listed beneath.
  canvas.Text(x, y, "[ 금액 ]", bold);
  y += 22;
  y += ParagraphByWords(canvas, x + 14, y, width - 14,
                        "합계 일금 " + AmountInKoreanWords(d.total) + "원정 (₩" + FormatWon(d.total) + ")",
                        bold, 1.5);
  canvas.Text(x + 14, y, "공급가  " + FormatWon(d.supply) + "원", body);
  canvas.Text(x + 14 + width / 2 - 20, y, "부가가치세  " + FormatWon(d.tax) + "원", body);
  y += 40;
  TextStyle center = body;
  center.align = Align::kCenter;
  canvas.Text(x + width / 2, y,
              "위 금액을 " + std::string(d.purpose_receipt ? "영수" : "청구") + "합니다.", center);
  TextStyle note = small;
  ParagraphByWords(canvas, x, canvas.height() - 70, width,
                   "이 계산서는 부가가치세법 시행령에 따라 전자적으로 발급되어 국세청에 전송되었습니다. "
                   "발급 사실은 홈택스에서 승인번호로 조회할 수 있습니다.",
                   note, 1.3);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (sixth set).
void DrawInvoiceMailNotice(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TaxInvoiceData& d = spec.invoice;
  const double x = 40, width = canvas.width() - 80;
  const Rgb accent{0.16, 0.45, 0.36};
  const Rgb rule{0.78, 0.8, 0.8};
  static const char* const kWeekdays[] = {"일", "월", "화", "수", "목", "금", "토"};
  const Date received = d.issue_date.AddDays(rng.Int(0, 2));
  const int hour = static_cast<int>(rng.Int(8, 18));

  TextStyle subject;
  subject.size = 13.5;
  subject.bold = true;
  double y = 30;
  y += ParagraphByWords(canvas, x, y, width,
                        "[전자세금계산서] " + d.supplier.name + "에서 발행한 세금계산서가 도착했습니다.", subject, 1.3);
  y += 8;
  // The mail client's header block.
  TextStyle head;
  head.size = 9;
  head.color = Rgb{0.3, 0.3, 0.3};
  const std::pair<const char*, std::string> mail[] = {
      {"보낸사람", d.supplier.name + " <" + d.supplier.email + ">"},
      {"받는사람", d.buyer.email},
      {"받은날짜", received.KoreanLoose() + " (" + kWeekdays[(received.Days() % 7 + 11) % 7] + ") " +
                       (hour < 12 ? "오전 " : "오후 ") + std::to_string(hour > 12 ? hour - 12 : hour) + ":" +
                       Pad(rng.Int(0, 59), 2)},
  };
  canvas.FillRect(x, y, width, 58, Rgb{0.96, 0.96, 0.96});
  for (int i = 0; i < 3; ++i) {
    canvas.Text(x + 10, y + 6 + 16.0 * i, mail[i].first, head);
    canvas.Text(x + 70, y + 6 + 16.0 * i, mail[i].second, head);
  }
  y += 76;

  // The issuing service's mail template.
  const double mx = x + 20, mw = width - 40;
  canvas.FillRect(mx, y, mw, 34, accent);
  TextStyle banner;
  banner.size = 12;
  banner.bold = true;
  banner.color = Rgb{1, 1, 1};
  canvas.TextInBox(mx + 8, y, mw - 16, 34, "전자세금계산서 발행 알림", banner);
  const double frame_top = y;
  y += 50;
  const double bx = mx + 18, bw = mw - 36;
  TextStyle body;
  body.size = 10;
  y += ParagraphByWords(canvas, bx, y, bw, d.buyer.name + " 담당자님, 안녕하세요.", body, 1.6);
  y += ParagraphByWords(canvas, bx, y, bw,
                        d.supplier.name + "에서 " + d.issue_date.KoreanLoose() + "자로 귀사 앞 전자세금계산서(" +
                            (d.purpose_receipt ? "영수" : "청구") + ")를 발행하였습니다. 합계금액은 금 " +
                            AmountInKoreanWords(d.total) + "원정(부가세 포함)이며, 상세 내역은 아래와 같습니다.",
                        body, 1.6);
  y += 14;

  // One listing row: header over values, unit in the caption.
  TextStyle th;
  th.size = 8.5;
  th.bold = true;
  TextStyle td;
  td.size = 9;
  const std::vector<std::pair<const char*, double>> cols = {
      {"작성일자", 0.16}, {"국세청 승인번호", 0.36}, {"공급가액(원)", 0.17}, {"세액(원)", 0.14}, {"합계(원)", 0.17}};
  const std::string values[] = {d.issue_date.Iso(), d.approval_number, FormatWon(d.supply), FormatWon(d.tax),
                                FormatWon(d.total)};
  canvas.Line(bx, y, bx + bw, y, 1.2, accent);
  double cx = bx;
  for (size_t i = 0; i < cols.size(); ++i) {
    const double cw = bw * cols[i].second;
    canvas.FillRect(cx, y, cw, 22, Rgb{0.93, 0.96, 0.95});
    TextStyle c = th;
    c.align = Align::kCenter;
    canvas.TextInBox(cx, y, cw, 22, cols[i].first, c);
    TextStyle v = FitWidth(canvas, values[i], td, cw - 8);
    v.align = i < 2 ? Align::kCenter : Align::kRight;
    canvas.TextInBox(cx, y + 22, cw, 26, values[i], v);
    cx += cw;
  }
  canvas.Line(bx, y + 22, bx + bw, y + 22, 0.4, rule);
  canvas.Line(bx, y + 48, bx + bw, y + 48, 0.8, rule);
  y += 64;

  // The parties as one pipe-separated line each, the address beneath.
  TextStyle role = body;
  role.bold = true;
  TextStyle small = body;
  small.size = 9;
  small.color = Rgb{0.35, 0.35, 0.35};
  for (const auto& [name, p] : {std::pair<const char*, const Party*>{"공급자", &d.supplier},
                                std::pair<const char*, const Party*>{"공급받는자", &d.buyer}}) {
    canvas.Text(bx, y, name, role);
    const std::string line = p->name + "  |  대표 " + p->owner + "  |  사업자등록번호 " + p->brn;
    canvas.Text(bx + 70, y, line, FitWidth(canvas, line, body, bw - 70));
    y += 17;
    const std::string where = p->address + "  (" + p->business_type + " / " + p->business_item + ")";
    canvas.Text(bx + 70, y, where, FitWidth(canvas, where, small, bw - 70));
    y += 26;
  }
  y += 4;
  canvas.Text(bx, y, "품목", role);
  y += 20;
  for (const InvoiceItem& item : d.items) {
    TextStyle right = small;
    right.align = Align::kRight;
    canvas.Text(bx + 8, y, Pad(item.date.month, 2) + "/" + Pad(item.date.day, 2) + "   " + item.name +
                               (item.spec.empty() ? "" : " (" + item.spec + ")") + "   수량 " +
                               std::to_string(item.quantity), small);
    canvas.Text(bx + bw, y, FormatWon(item.amount) + "원 (세액 " + FormatWon(item.tax) + "원)", right);
    y += 16;
  }
  y += 22;
  // A button, printed along with the mail.
  const double button_w = 170;
  canvas.FillRect(bx + (bw - button_w) / 2, y, button_w, 30, accent);
  TextStyle button = banner;
  button.size = 10.5;
  button.align = Align::kCenter;
  canvas.TextInBox(bx + (bw - button_w) / 2, y, button_w, 30, "세금계산서 원본 보기", button);
  y += 50;
  TextStyle note = small;
  note.size = 8;
  note.color = kGray;
  for (const char* text : {"※ 본 메일은 발신 전용입니다. 세금계산서 내용에 대한 문의는 공급자에게 하여 주십시오.",
                           "※ 국세청 전송 결과는 발행일 다음 날부터 홈택스(www.hometax.go.kr)에서 조회할 수 있습니다."}) {
    y += ParagraphByWords(canvas, bx, y, bw, text, note, 1.3);
  }
  canvas.Rect(mx, frame_top, mw, y + 16 - frame_top, 0.6, rule);
  // The issuing service's own company details, as every such mail ends.
  std::string digits = "2" + Pad(rng.Int(10, 99), 2) + "81" + Pad(rng.Int(0, 9999), 4);
  digits += std::to_string(*BrnCheckDigit(digits));
  TextStyle footer = note;
  footer.size = 7.5;
  const double fy = canvas.height() - 104;
  canvas.Text(x, fy, "(주)빌링허브 | 전자세금계산서 발행·전송 대행 | 사업자등록번호 " + FormatBrn(digits), footer);
  canvas.Text(x, fy + 12,
              "고객센터 1644-" + Pad(rng.Int(1000, 9999), 4) +
                  " | 평일 09:00~18:00 | 수신을 원하지 않으시면 수신거부를 눌러 주십시오.",
              footer);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (seventh set).
void DrawInvoiceDigitBoxes(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TaxInvoiceData& d = spec.invoice;
  const double x = 34, width = canvas.width() - 68;
  const Rgb ink{0.15, 0.28, 0.62};
  const Rgb tint{0.93, 0.95, 0.99};
  TextStyle tiny;
  tiny.size = 7.5;
  tiny.color = kGray;
  canvas.Text(x, 34, "■ 부가가치세법 시행규칙 [별지 제14호서식(2)]", tiny);
  TextStyle approval;
  approval.size = 9.5;
  approval.align = Align::kRight;
  canvas.Text(x + width, 32, "국세청 승인번호  " + DashedApproval(d.approval_number), approval);

  // Title cell, and the book/serial number boxes the paper form keeps (blank when issued online).
  double y = 52;
  const double book_w = 200, title_w = width - book_w;
  canvas.Rect(x, y, title_w, 50, 1.2, ink);
  TextStyle title;
  title.size = 21;
  title.bold = true;
  title.color = ink;
  const double title_drawn_w = canvas.Text(x + 24, y + 10, "세 금 계 산 서", title);
  TextStyle copy;
  copy.size = 9.5;
  copy.color = ink;
  canvas.Text(x + 34 + title_drawn_w, y + 22, "(공급받는자 보관용)", copy);
  TextStyle small;
  small.size = 8.5;
  small.color = ink;
  DrawRow(canvas, x + title_w, y, 25,
          {Cell{"책 번 호", 62, true}, Cell{"", 55}, Cell{"권", 20, false, Align::kCenter}, Cell{"", 43},
           Cell{"호", 20, false, Align::kCenter}},
          small, ink, 0.6, tint);
  DrawRow(canvas, x + title_w, y + 25, 25, {Cell{"일련번호", 62, true}, Cell{"", book_w - 62}}, small, ink, 0.6,
          tint);
  y += 50;

  // The two parties one above the other, each under a caption written downwards.
  const double cap_w = 22, lw = 70, rh = 22;
  TextStyle value;
  value.size = 10;
  auto row = [&](const std::vector<std::pair<std::string, std::string>>& pairs) {
    const double span = (width - cap_w) / static_cast<double>(pairs.size());
    double left = x + cap_w;
    for (const auto& [label, text] : pairs) {
      DrawRow(canvas, left, y, rh, {Cell{label, lw, true}, Cell{"", span - lw}}, small, ink, 0.6, tint);
      canvas.TextInBox(left + lw, y, span - lw, rh, text, FitWidth(canvas, text, value, span - lw - 10));
      left += span;
    }
    y += rh;
  };
  TextStyle caption = value;
  caption.bold = true;
  caption.color = ink;
  auto party = [&](const char* name, const Party& p, const std::string& sub_place) {
    const double top = y;
    row({{"등록번호", p.brn}, {"종사업장 번호", sub_place}});
    row({{"상호(법인명)", p.name}, {"성명(대표자)", p.owner}});
    row({{"사업장 주소", p.address}});
    row({{"업      태", p.business_type}, {"종      목", p.business_item}});
    row({{"전자우편", p.email}});
    canvas.FillRect(x, top, cap_w, y - top, tint);
    DrawStackedCaption(canvas, x, top, cap_w, y - top, name, caption);
    canvas.Rect(x, top, cap_w, y - top, 0.6, ink);
    canvas.Rect(x, top, width, y - top, 1.2, ink);
  };
  party("공급자", d.supplier, d.supplier_sub_place);
  party("공급받는자", d.buyer, "");

  // Write date in three cells, then the sums one digit a cell under their place names.
  y += 10;
  static const char* const kPlaces[] = {"백", "십", "억", "천", "백", "십", "만", "천", "백", "십", "일"};
  const double dw = 15, date_w[] = {40, 24, 24}, blank_w = 32;
  const double date_total = date_w[0] + date_w[1] + date_w[2], note_w = width - date_total - blank_w - 21 * dw;
  TextStyle figure;
  figure.size = 11;
  figure.align = Align::kCenter;
  DrawRow(canvas, x, y, 17,
          {Cell{"작      성", date_total, true}, Cell{"공   급   가   액", blank_w + 11 * dw, true},
           Cell{"세      액", 10 * dw, true}},
          small, ink, 0.6, tint);
  canvas.FillRect(x + width - note_w, y, note_w, 32, tint);
  canvas.Rect(x + width - note_w, y, note_w, 32, 0.6, ink);
  canvas.TextInBox(x + width - note_w, y, note_w, 32, "비      고", TextStyle{8.5, false, Align::kCenter, ink, ""});
  const std::string supply_digits = std::to_string(d.supply);
  DrawRow(canvas, x, y + 17, 15,
          {Cell{"년", date_w[0], true}, Cell{"월", date_w[1], true}, Cell{"일", date_w[2], true},
           Cell{"공란수", blank_w, true}},
          TextStyle{7.5, false, Align::kCenter, ink, ""}, ink, 0.6, tint);
  DrawRow(canvas, x, y + 32, 26,
          {Cell{std::to_string(d.issue_date.year), date_w[0], false, Align::kCenter},
           Cell{Pad(d.issue_date.month, 2), date_w[1], false, Align::kCenter},
           Cell{Pad(d.issue_date.day, 2), date_w[2], false, Align::kCenter},
           Cell{std::to_string(std::max<int>(0, 11 - static_cast<int>(supply_digits.size()))), blank_w, false,
                Align::kCenter},
           Cell{"", note_w}},
          figure, ink, 0.6);
  // Digits right-aligned in `cells` boxes starting at `left`; leading boxes stay empty.
  auto digit_boxes = [&](double left, int cells, int64_t amount) {
    const std::string digits = std::to_string(amount);
    for (int i = 0; i < cells; ++i) {
      const double cx = left + dw * i;
      DrawRow(canvas, cx, y + 17, 15, {Cell{kPlaces[11 - cells + i], dw, true}},
              TextStyle{7, false, Align::kCenter, ink, ""}, ink, 0.5, tint);
      canvas.Rect(cx, y + 32, dw, 26, 0.5, ink);
      const int from_right = cells - 1 - i;
      if (from_right < static_cast<int>(digits.size())) {
        canvas.TextInBox(cx, y + 32, dw, 26, digits.substr(digits.size() - 1 - from_right, 1), figure);
      }
    }
  };
  digit_boxes(x + date_total + blank_w, 11, d.supply);
  digit_boxes(x + date_total + blank_w + 11 * dw, 10, d.tax);
  canvas.Rect(x, y, width, 58, 1.2, ink);
  y += 58 + 10;

  // Items, with a sum row as the issuing service prints it.
  const std::vector<double> iw = {24, 24, 150, 52, 36, 72, 82, 66, width - 506};
  const char* const heads[] = {"월", "일", "품          목", "규 격", "수 량", "단 가", "공 급 가 액", "세 액", "비고"};
  std::vector<Cell> header;
  for (size_t i = 0; i < iw.size(); ++i) header.push_back(Cell{heads[i], iw[i], true});
  DrawRow(canvas, x, y, 19, header, small, ink, 0.6, tint);
  y += 19;
  TextStyle item;
  item.size = 9.5;
  for (size_t r = 0; r < 4; ++r) {
    std::vector<Cell> cells;
    if (r < d.items.size()) {
      const InvoiceItem& it = d.items[r];
      cells = {Cell{Pad(it.date.month, 2), iw[0], false, Align::kCenter},
               Cell{Pad(it.date.day, 2), iw[1], false, Align::kCenter},
               Cell{it.name, iw[2]},
               Cell{it.spec, iw[3], false, Align::kCenter},
               Cell{std::to_string(it.quantity), iw[4], false, Align::kRight},
               Cell{FormatWon(it.unit_price), iw[5], false, Align::kRight},
               Cell{FormatWon(it.amount), iw[6], false, Align::kRight},
               Cell{FormatWon(it.tax), iw[7], false, Align::kRight},
               Cell{"", iw[8]}};
    } else {
      for (double cw : iw) cells.push_back(Cell{"", cw});
    }
    DrawRow(canvas, x, y, 21, cells, item, ink, 0.6);
    y += 21;
  }
  TextStyle sum = item;
  sum.bold = true;
  DrawRow(canvas, x, y, 22,
          {Cell{"합          계", iw[0] + iw[1] + iw[2] + iw[3] + iw[4] + iw[5], true},
           Cell{FormatWon(d.supply), iw[6], false, Align::kRight}, Cell{FormatWon(d.tax), iw[7], false, Align::kRight},
           Cell{"", iw[8]}},
          sum, ink, 0.6, tint);
  y += 22 + 10;

  // Total and means of payment; the statement's 영수/청구 stacked, the one that applies circled.
  const std::vector<double> tw = {112, 70, 62, 62, 80};
  const double stmt_w = width - 386;
  DrawRow(canvas, x, y, 18,
          {Cell{"합 계 금 액", tw[0], true}, Cell{"현      금", tw[1], true}, Cell{"수      표", tw[2], true},
           Cell{"어      음", tw[3], true}, Cell{"외상미수금", tw[4], true}},
          small, ink, 0.6, tint);
  TextStyle total = figure;
  total.size = 11;
  total.bold = true;
  total.align = Align::kRight;
  DrawRow(canvas, x, y + 18, 26,
          {Cell{FormatWon(d.total), tw[0], false, Align::kRight},
           Cell{d.purpose_receipt ? FormatWon(d.total) : "", tw[1], false, Align::kRight}, Cell{"", tw[2]},
           Cell{"", tw[3]}, Cell{d.purpose_receipt ? "" : FormatWon(d.total), tw[4], false, Align::kRight}},
          total, ink, 0.6);
  const double sx = x + width - stmt_w;
  canvas.Rect(sx, y, stmt_w, 44, 0.6, ink);
  TextStyle stmt;
  stmt.size = 10.5;
  stmt.color = ink;
  canvas.Text(sx + 12, y + 14, "이 금액을", stmt);
  TextStyle choice = stmt;
  choice.align = Align::kCenter;
  const double cx = sx + 12 + canvas.MeasureWidth("이 금액을", stmt) + 24;
  canvas.Text(cx, y + 4, "영수", choice);
  canvas.Text(cx, y + 24, "청구", choice);
  canvas.Text(cx + 26, y + 14, "함", stmt);
  cairo_t* cr = canvas.cairo();
  cairo_new_path(cr);  // no stray line from the text's current point to the ring
  cairo_save(cr);
  cairo_set_source_rgb(cr, ink.r, ink.g, ink.b);
  cairo_save(cr);
  cairo_translate(cr, cx, y + (d.purpose_receipt ? 11 : 31));
  cairo_scale(cr, 17, 9.5);
  cairo_arc(cr, 0, 0, 1, 0, 2 * M_PI);
  cairo_restore(cr);
  cairo_set_line_width(cr, 1.1);
  cairo_stroke(cr);
  cairo_restore(cr);
  canvas.Rect(x, y, width, 44, 1.2, ink);
  y += 44 + 14;

  TextStyle note = tiny;
  note.size = 8;
  y += ParagraphByWords(canvas, x, y, width,
                        "※ 이 계산서는 전자세금계산서로 발급된 내용을 종이 서식에 맞추어 출력한 것입니다. 발급 여부는 "
                        "국세청 홈택스에서 승인번호로 조회할 수 있습니다.",
                        note, 1.35);
  const Date printed = d.issue_date.AddDays(rng.Int(0, 6));
  canvas.Text(x, y + 4, "출력일시 " + printed.Iso() + " " + Pad(rng.Int(9, 18), 2) + ":" + Pad(rng.Int(0, 59), 2),
              note);
  // A dashed cut line where the supplier's half of the sheet would follow.
  const double cut = y + 40;
  for (double dx = 20; dx < canvas.width() - 20; dx += 8) canvas.Line(dx, cut, dx + 4, cut, 0.5, kGray);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (eighth set).
void DrawInvoiceBilingualErp(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TaxInvoiceData& d = spec.invoice;
  const double x = 44, width = canvas.width() - 88;
  const Rgb slate{0.16, 0.22, 0.32};
  const Rgb hair{0.75, 0.77, 0.8};
  const Rgb tint{0.91, 0.93, 0.96};
  // Letterhead: the issuing company at the left, the document's English and Korean names at the right.
  TextStyle company;
  company.size = 15;
  company.bold = true;
  company.color = slate;
  canvas.Text(x, 36, d.supplier.name, FitWidth(canvas, d.supplier.name, company, 250));
  TextStyle small;
  small.size = 8;
  small.color = kGray;
  canvas.Text(x, 60, d.supplier.address, FitWidth(canvas, d.supplier.address, small, 260));
  canvas.Text(x, 72, "E-mail  " + d.supplier.email, small);
  TextStyle english_title;
  english_title.size = 24;
  english_title.bold = true;
  english_title.color = slate;
  english_title.align = Align::kRight;
  canvas.Text(x + width, 30, "TAX INVOICE", english_title);
  TextStyle korean_title;
  korean_title.size = 10.5;
  korean_title.align = Align::kRight;
  canvas.Text(x + width, 64, "전자세금계산서 (공급받는자 보관용)", korean_title);
  canvas.Line(x, 94, x + width, 94, 2.2, slate);

  // A Korean caption with its English name beside it in small grey type, a full-width colon at a
  // fixed tab, and the value after it.
  TextStyle label;
  label.size = 9.5;
  label.bold = true;
  TextStyle english;
  english.size = 7;
  english.color = kGray;
  TextStyle value;
  value.size = 10;
  auto field = [&](double fx, double fy, double tab, double fw, const char* korean, const char* name,
                   const std::string& text, const TextStyle& style) {
    const double drawn = canvas.Text(fx, fy, korean, label);
    canvas.Text(fx + drawn + 4, fy + 2.5, name, english);
    canvas.Text(fx + tab, fy, "：", label);
    canvas.Text(fx + tab + 14, fy, text, FitWidth(canvas, text, style, fw - tab - 14));
  };
  double y = 108;
  TextStyle strong = value;
  strong.bold = true;
  // The approval number needs the wider left column to keep its full size.
  const double left_w = width * 0.6, right_x = x + left_w + 16, right_w = width - left_w - 16;
  field(x, y, 112, left_w, "승인번호", "Approval No.", DashedApproval(d.approval_number), strong);
  const std::string voucher = "SD" + std::to_string(d.issue_date.year % 100) + "-" + Pad(rng.Int(1, 99999), 6);
  field(right_x, y, 84, right_w, "전표번호", "Doc. No.", voucher, value);
  y += 20;
  field(x, y, 112, left_w, "작성일자", "Date of Issue", d.issue_date.KoreanLoose(), value);
  field(right_x, y, 84, right_w, "구분", "Type", d.purpose_receipt ? "영수 (Paid)" : "청구 (Billing)", value);
  y += 34;

  // The two parties side by side, each a borderless list under a ruled heading.
  const double gap = 22, pw = (width - gap) / 2, tab = 96;
  TextStyle heading;
  heading.size = 11;
  heading.bold = true;
  heading.color = slate;
  auto party = [&](double px, const char* korean, const char* name, const Party& p, const std::string& sub_place) {
    double py = y;
    canvas.FillRect(px, py, pw, 22, tint);
    canvas.Line(px, py, px + pw, py, 1.2, slate);
    const double drawn = canvas.Text(px + 6, py + 4, korean, heading);
    canvas.Text(px + 6 + drawn + 6, py + 7.5, name, english);
    py += 30;
    field(px + 4, py, tab, pw, "등록번호", "Reg. No.", p.brn, strong);
    py += 19;
    field(px + 4, py, tab, pw, "종사업장", "Sub No.", sub_place.empty() ? "-" : sub_place, value);
    py += 19;
    field(px + 4, py, tab, pw, "상호", "Company", p.name, value);
    py += 19;
    field(px + 4, py, tab, pw, "대표자", "Rep.", p.owner, value);
    py += 19;
    // The address may take two lines; later rows move down with it.
    const double drawn_label = canvas.Text(px + 4, py, "주소", label);
    canvas.Text(px + 4 + drawn_label + 4, py + 2.5, "Address", english);
    canvas.Text(px + 4 + tab, py, "：", label);
    TextStyle address = value;
    address.size = 9;
    py += ParagraphByWords(canvas, px + 4 + tab + 14, py, pw - tab - 18, p.address, address, 1.35);
    py += 4;
    field(px + 4, py, tab, pw, "업태/종목", "Business", p.business_type + " / " + p.business_item, value);
    py += 19;
    field(px + 4, py, tab, pw, "이메일", "E-mail", p.email, value);
    py += 19;
    canvas.Line(px, py + 2, px + pw, py + 2, 0.6, hair);
    return py + 2;
  };
  const double bottom = std::max(party(x, "공급자", "Supplier", d.supplier, d.supplier_sub_place),
                                 party(x + pw + gap, "공급받는자", "Buyer", d.buyer, ""));
  y = bottom + 26;

  // Items: two-line bilingual headers over zebra-striped rows, horizontal rules only.
  const std::vector<double> iw = {24, 48, 154, 48, 36, 68, 72, width - 450};
  const char* const heads[][2] = {{"순번", "No."},     {"월일", "Date"},   {"품목", "Description"},
                                  {"규격", "Spec"},    {"수량", "Qty"},    {"단가", "Unit Price"},
                                  {"공급가액", "Amount"}, {"세액", "VAT"}};
  canvas.FillRect(x, y, width, 30, tint);
  canvas.Line(x, y, x + width, y, 1.2, slate);
  TextStyle head = label;
  head.size = 9;
  head.align = Align::kCenter;
  TextStyle head_en = english;
  head_en.align = Align::kCenter;
  double cx = x;
  for (size_t i = 0; i < iw.size(); ++i) {
    canvas.Text(cx + iw[i] / 2, y + 4, heads[i][0], FitWidth(canvas, heads[i][0], head, iw[i] - 4));
    canvas.Text(cx + iw[i] / 2, y + 18, heads[i][1], head_en);
    cx += iw[i];
  }
  y += 30;
  canvas.Line(x, y, x + width, y, 0.6, slate);
  TextStyle item;
  item.size = 9.5;
  for (size_t r = 0; r < d.items.size(); ++r) {
    const InvoiceItem& it = d.items[r];
    if (r % 2 == 1) canvas.FillRect(x, y, width, 24, Rgb{0.97, 0.97, 0.98});
    const std::string values[] = {std::to_string(r + 1),
                                  Pad(it.date.month, 2) + "/" + Pad(it.date.day, 2),
                                  it.name,
                                  it.spec,
                                  std::to_string(it.quantity),
                                  FormatWon(it.unit_price),
                                  FormatWon(it.amount),
                                  FormatWon(it.tax)};
    cx = x;
    for (size_t c = 0; c < iw.size(); ++c) {
      TextStyle s = FitWidth(canvas, values[c], item, iw[c] - 8);
      s.align = c >= 4 ? Align::kRight : c == 2 ? Align::kLeft : Align::kCenter;
      canvas.TextInBox(cx, y, iw[c], 24, values[c], s);
      cx += iw[c];
    }
    y += 24;
    canvas.Line(x, y, x + width, y, 0.4, hair);
  }
  canvas.Line(x, y, x + width, y, 1.2, slate);
  y += 22;

  // Summary at the right: captions left, figures right-aligned with the won sign, the total
  // double-underlined as Western invoices close.
  const double sx = x + width - 250, sw = 250;
  TextStyle figure = value;
  figure.size = 11;
  figure.align = Align::kRight;
  auto sum_row = [&](const char* korean, const char* name, int64_t amount, const TextStyle& fig) {
    const double drawn = canvas.Text(sx, y, korean, label);
    canvas.Text(sx + drawn + 4, y + 2.5, name, english);
    canvas.Text(sx + sw, y - (fig.size - 11) / 2, "₩" + FormatWon(amount), fig);
    y += 22;
  };
  const double remarks_top = y;
  sum_row("공급가액", "Supply Amount", d.supply, figure);
  sum_row("세액", "VAT (10%)", d.tax, figure);
  canvas.Line(sx, y - 2, sx + sw, y - 2, 0.8, slate);
  y += 6;
  TextStyle total = figure;
  total.size = 13.5;
  total.bold = true;
  sum_row("합계금액", "Total Amount", d.total, total);
  canvas.Line(sx + sw - 110, y + 2, sx + sw, y + 2, 0.8, slate);
  canvas.Line(sx + sw - 110, y + 5, sx + sw, y + 5, 0.8, slate);
  TextStyle claim = value;
  claim.align = Align::kRight;
  canvas.Text(sx + sw, y + 16,
              d.purpose_receipt ? "이 금액을 영수함 (Received with thanks)" : "이 금액을 청구함 (Amount due)", claim);

  // Remarks at the left of the summary, set a little lower so its lines fall between the sums'.
  const double rw = width - sw - 30, ry = remarks_top + 6;
  canvas.Rect(x, ry, rw, 86, 0.6, hair);
  canvas.FillRect(x, ry, rw, 18, tint);
  const double drawn = canvas.Text(x + 6, ry + 3, "비고", label);
  canvas.Text(x + 6 + drawn + 4, ry + 5.5, "Remarks", english);
  TextStyle remark = value;
  remark.size = 9;
  ParagraphByWords(canvas, x + 8, ry + 26, rw - 16,
                   "결제조건 : 계약서에 따름 / 스마트상점 기술보급사업 (" + d.buyer.name + ")", remark, 1.4);

  // Footer.
  const double foot = canvas.height() - 70;
  canvas.Line(x, foot - 8, x + width, foot - 8, 0.5, hair);
  TextStyle note = small;
  note.size = 7.5;
  ParagraphByWords(canvas, x, foot, width - 70,
                   "본 세금계산서는 부가가치세법에 따라 전자적으로 발급되어 국세청에 전송된 내용을 ERP에서 출력한 "
                   "것입니다. This e-tax invoice has been issued and transmitted to the National Tax Service.",
                   note, 1.35);
  TextStyle page = note;
  page.align = Align::kRight;
  canvas.Text(x + width, foot, "Page 1 of 1", page);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (ninth set).
void DrawInvoiceTwoUp(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TaxInvoiceData& d = spec.invoice;
  const double margin = 24, gutter = 30;
  const double cw = (canvas.width() - 2 * margin - gutter) / 2;
  const std::string serial = Pad(rng.Int(1, 999), 3) + "-" + Pad(rng.Int(1, 9999), 4);
  // One copy of the invoice: the supplier's (red) or the buyer's (blue). Both copies print the
  // same facts, as the two-part paper form does; only the ink and the copy caption differ.
  auto copy = [&](double x, Rgb ink, const char* keeper) {
    const Rgb tint{0.9 + 0.1 * ink.r, 0.9 + 0.1 * ink.g, 0.9 + 0.1 * ink.b};
    TextStyle title;
    title.size = 16;
    title.bold = true;
    title.color = ink;
    canvas.Text(x, 26, "세 금 계 산 서", title);
    TextStyle keep;
    keep.size = 8.5;
    keep.color = ink;
    keep.align = Align::kRight;
    canvas.Text(x + cw, 28, keeper, keep);
    canvas.Text(x + cw, 40, "관리번호 " + serial, keep);
    TextStyle small;
    small.size = 8;
    canvas.Text(x, 56, "승인번호  " + DashedApproval(d.approval_number), small);
    canvas.Line(x, 70, x + cw, 70, 1.4, ink);

    // Each party a block of rows under a heading band, the supplier above the buyer.
    const double rh = 19, lw = 60;
    TextStyle label;
    label.size = 7.5;
    label.color = ink;
    TextStyle value;
    value.size = 8.5;
    double y = 76;
    auto cells = [&](const std::vector<std::pair<std::string, std::string>>& pairs,
                     const std::vector<double>& widths) {
      double left = x;
      for (size_t i = 0; i < pairs.size(); ++i) {
        canvas.FillRect(left, y, lw, rh, tint);
        canvas.Rect(left, y, lw, rh, 0.5, ink);
        TextStyle caption = FitWidth(canvas, pairs[i].first, label, lw - 6);
        caption.align = Align::kCenter;
        canvas.TextInBox(left, y, lw, rh, pairs[i].first, caption);
        canvas.Rect(left + lw, y, widths[i] - lw, rh, 0.5, ink);
        canvas.TextInBox(left + lw, y, widths[i] - lw, rh, pairs[i].second,
                         FitWidth(canvas, pairs[i].second, value, widths[i] - lw - 8));
        left += widths[i];
      }
      y += rh;
    };
    auto party = [&](const char* heading, const Party& p, const std::string& sub_place) {
      TextStyle head = label;
      head.size = 9;
      head.bold = true;
      canvas.FillRect(x, y, cw, 16, tint);
      canvas.Rect(x, y, cw, 16, 0.7, ink);
      canvas.TextInBox(x + 4, y, cw - 8, 16, heading, head);
      y += 16;
      const double wide = cw * 0.62;
      cells({{"등록번호", p.brn}, {"종사업장", sub_place.empty() ? "" : sub_place}}, {wide, cw - wide});
      cells({{"상호(법인명)", p.name}}, {cw});
      cells({{"성명(대표자)", p.owner}}, {cw});
      cells({{"사업장 주소", p.address}}, {cw});
      cells({{"업태", p.business_type}, {"종목", p.business_item}}, {cw / 2, cw / 2});
      y += 6;
    };
    party("공급자 (공급하는 자)", d.supplier, d.supplier_sub_place);
    party("공급받는자", d.buyer, "");

    // Date and the two sums, caption over value.
    const double third = cw / 3;
    const std::string heads[] = {"작성일자", "공급가액", "세액"};
    const std::string figures[] = {d.issue_date.DottedLoose(), FormatWon(d.supply), FormatWon(d.tax)};
    TextStyle centred = label;
    centred.align = Align::kCenter;
    TextStyle figure = value;
    figure.size = 9.5;
    figure.align = Align::kCenter;
    for (int i = 0; i < 3; ++i) {
      canvas.FillRect(x + third * i, y, third, 15, tint);
      canvas.Rect(x + third * i, y, third, 15, 0.5, ink);
      canvas.TextInBox(x + third * i, y, third, 15, heads[i], centred);
      canvas.Rect(x + third * i, y + 15, third, 21, 0.5, ink);
      canvas.TextInBox(x + third * i, y + 15, third, 21, figures[i], figure);
    }
    y += 42;

    // Items: at least four ruled rows, as the paper form has.
    const std::vector<double> iw = {38, cw - 38 - 30 - 62 - 62 - 50, 30, 62, 62, 50};
    const char* const item_heads[] = {"월 일", "품목", "수량", "단가", "공급가액", "세액"};
    double left = x;
    for (size_t i = 0; i < iw.size(); ++i) {
      canvas.FillRect(left, y, iw[i], 15, tint);
      canvas.Rect(left, y, iw[i], 15, 0.5, ink);
      canvas.TextInBox(left, y, iw[i], 15, item_heads[i], centred);
      left += iw[i];
    }
    y += 15;
    TextStyle item = value;
    item.size = 8;
    const size_t rows = std::max<size_t>(4, d.items.size());
    for (size_t r = 0; r < rows; ++r) {
      left = x;
      for (size_t c = 0; c < iw.size(); ++c) {
        canvas.Rect(left, y, iw[c], 18, 0.4, ink);
        if (r < d.items.size()) {
          const InvoiceItem& it = d.items[r];
          const std::string text[] = {Pad(it.date.month, 2) + "/" + Pad(it.date.day, 2), it.name,
                                      std::to_string(it.quantity), FormatWon(it.unit_price),
                                      FormatWon(it.amount), FormatWon(it.tax)};
          TextStyle s = FitWidth(canvas, text[c], item, iw[c] - 6);
          s.align = c == 1 ? Align::kLeft : c == 0 ? Align::kCenter : Align::kRight;
          canvas.TextInBox(left, y, iw[c], 18, text[c], s);
        }
        left += iw[c];
      }
      y += 18;
    }

    // The total and the receipt/claim statement on one closing row.
    y += 4;
    const double tl = 60, tv = 110;
    canvas.FillRect(x, y, tl, 24, tint);
    canvas.Rect(x, y, tl, 24, 0.7, ink);
    canvas.TextInBox(x, y, tl, 24, "합계금액", centred);
    canvas.Rect(x + tl, y, tv, 24, 0.7, ink);
    TextStyle total = value;
    total.size = 10.5;
    total.bold = true;
    total.align = Align::kRight;
    canvas.TextInBox(x + tl, y, tv, 24, FormatWon(d.total), total);
    canvas.Rect(x + tl + tv, y, cw - tl - tv, 24, 0.7, ink);
    TextStyle claim = value;
    claim.align = Align::kCenter;
    canvas.TextInBox(x + tl + tv, y, cw - tl - tv, 24,
                     d.purpose_receipt ? "이 금액을 ( 영수 ) 함" : "이 금액을 ( 청구 ) 함", claim);
    y += 34;
    TextStyle note;
    note.size = 7;
    note.color = kGray;
    ParagraphByWords(canvas, x, y, cw,
                     "※ 이 세금계산서는 전자적으로 발급되어 국세청에 전송된 것을 2매 1조로 출력한 것입니다.", note, 1.3);
  };
  copy(margin, Rgb{0.75, 0.12, 0.12}, "(공급자 보관용)");
  copy(margin + cw + gutter, Rgb{0.12, 0.25, 0.62}, "(공급받는자 보관용)");

  // The cut line between the copies, and the page number under it.
  cairo_t* cr = canvas.cairo();
  const double cut = margin + cw + gutter / 2;
  cairo_new_path(cr);
  cairo_save(cr);
  const double dash[] = {4.0, 3.0};
  cairo_set_dash(cr, dash, 2, 0);
  canvas.Line(cut, 20, cut, canvas.height() - 44, 0.6, kGray);
  cairo_restore(cr);
  TextStyle page_no;
  page_no.size = 8;
  page_no.color = kGray;
  page_no.align = Align::kCenter;
  canvas.Text(canvas.width() / 2, canvas.height() - 30, "- 1 / 1 -", page_no);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (tenth set).
void DrawInvoiceAppScreen(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TaxInvoiceData& d = spec.invoice;
  const double w = canvas.width(), h = canvas.height(), x = 14, width = w - 28;
  const std::string face = "NanumSquare";  // the app draws everything in its one face
  const Rgb blue{0.0, 0.33, 0.66};
  const Rgb ink{0.12, 0.12, 0.14};
  const Rgb mute{0.4, 0.4, 0.43};
  const Rgb rule{0.86, 0.87, 0.89};
  const Rgb pale{0.95, 0.955, 0.965};
  const Rgb white{1, 1, 1};
  cairo_t* cr = canvas.cairo();
  auto style = [&](double size, bool bold, Rgb color, Align align = Align::kLeft) {
    TextStyle s;
    s.size = size;
    s.bold = bold;
    s.color = color;
    s.align = align;
    s.family = face;
    return s;
  };
  auto rounded = [&](double rx, double ry, double rw, double rh, double r, const Rgb* fill, const Rgb* stroke) {
    cairo_new_path(cr);
    cairo_save(cr);
    cairo_new_sub_path(cr);
    cairo_arc(cr, rx + rw - r, ry + r, r, -M_PI / 2, 0);
    cairo_arc(cr, rx + rw - r, ry + rh - r, r, 0, M_PI / 2);
    cairo_arc(cr, rx + r, ry + rh - r, r, M_PI / 2, M_PI);
    cairo_arc(cr, rx + r, ry + r, r, M_PI, 3 * M_PI / 2);
    cairo_close_path(cr);
    if (fill != nullptr) {
      cairo_set_source_rgb(cr, fill->r, fill->g, fill->b);
      cairo_fill_preserve(cr);
    }
    if (stroke != nullptr) {
      cairo_set_source_rgb(cr, stroke->r, stroke->g, stroke->b);
      cairo_set_line_width(cr, 0.8);
      cairo_stroke(cr);
    }
    cairo_new_path(cr);
    cairo_restore(cr);
  };
  static const char* const kWeekdays[] = {"일", "월", "화", "수", "목", "금", "토"};
  auto weekday = [](const Date& date) { return kWeekdays[(date.Days() % 7 + 11) % 7]; };

  // A scrolling capture of the phone screen: the status bar, then the app's bar.
  const int hour = static_cast<int>(rng.Int(9, 18));
  canvas.Text(x + 6, 7, std::to_string(hour > 12 ? hour - 12 : hour) + ":" + Pad(rng.Int(0, 59), 2),
              style(9, true, ink));
  for (int i = 0; i < 4; ++i) canvas.FillRect(w - 66 + 4.0 * i, 15 - 2.0 * i, 2.6, 3 + 2.0 * i, ink);
  canvas.Rect(w - 42, 9, 20, 9, 0.8, ink);
  canvas.FillRect(w - 40, 11, 11 + rng.Int(0, 5), 5, ink);
  canvas.Line(x + 9, 38, x + 3, 45, 1.6, ink);
  canvas.Line(x + 3, 45, x + 9, 52, 1.6, ink);
  canvas.Text(w / 2, 37, "전자세금계산서 상세", style(13, true, ink, Align::kCenter));
  canvas.Rect(w - x - 16, 39, 12, 12, 1.0, ink);  // the share icon
  canvas.Line(w - x - 10, 34, w - x - 10, 45, 1.0, ink);
  canvas.FillRect(0, 66, w, h - 66, pale);

  // The summary card: the total in large figures, then its parts and the write date.
  double y = 78;
  const double card_x = x, card_w = width, pad = 14;
  const double summary_h = 176;
  rounded(card_x, y, card_w, summary_h, 10, &white, &rule);
  const Rgb chip{0.88, 0.93, 0.98};
  rounded(card_x + pad, y + 14, 44, 18, 9, &chip, nullptr);
  canvas.TextInBox(card_x + pad, y + 14, 44, 18, d.purpose_receipt ? "영수" : "청구",
                   style(8.5, true, blue, Align::kCenter));
  canvas.Text(card_x + pad + 52, y + 17, "매입 · 정발행", style(8.5, false, mute));
  canvas.Text(card_x + pad, y + 44, "합계금액", style(10, false, mute));
  canvas.Text(card_x + pad, y + 60, FormatWon(d.total) + "원", style(22, true, ink));
  canvas.Line(card_x + pad, y + 98, card_x + card_w - pad, y + 98, 0.6, rule);
  auto left_right = [&](double py, const std::string& label, const std::string& value, const TextStyle& value_style) {
    canvas.Text(card_x + pad, py, label, style(9.5, false, mute));
    canvas.Text(card_x + card_w - pad, py, value, value_style);
  };
  const TextStyle figure = style(10.5, true, ink, Align::kRight);
  left_right(y + 108, "공급가액", FormatWon(d.supply) + "원", figure);
  left_right(y + 130, "세액", FormatWon(d.tax) + "원", figure);
  left_right(y + 152, "작성일자", d.issue_date.Dotted() + " (" + weekday(d.issue_date) + ")", figure);
  y += summary_h + 12;

  // The approval number in a grey field with its copy button, as the app shows copyable values.
  const double approval_h = 92;
  rounded(card_x, y, card_w, approval_h, 10, &white, &rule);
  canvas.Text(card_x + pad, y + 12, "국세청 승인번호", style(9.5, false, mute));
  rounded(card_x + pad, y + 30, card_w - 2 * pad, 28, 6, &pale, nullptr);
  const std::string approval = DashedApproval(d.approval_number);
  canvas.TextInBox(card_x + pad + 2, y + 30, card_w - 2 * pad - 44, 28, approval,
                   FitWidth(canvas, approval, style(10.5, true, ink), card_w - 2 * pad - 54));
  canvas.TextInBox(card_x + card_w - pad - 42, y + 30, 40, 28, "복사", style(9, true, blue, Align::kCenter));
  const Date sent = d.issue_date.AddDays(rng.Int(0, 1));
  left_right(y + 68, "발급일시",
       sent.Dotted() + " " + Pad(rng.Int(9, 18), 2) + ":" + Pad(rng.Int(0, 59), 2) + ":" + Pad(rng.Int(0, 59), 2),
       style(9.5, false, ink, Align::kRight));
  y += approval_h + 12;

  // One card per party: captions at the left, values flush right, the address wrapped under.
  const TextStyle value = style(10.5, false, ink, Align::kRight);
  const TextStyle strong = style(10.5, true, ink, Align::kRight);
  const double value_w = card_w - 2 * pad - 78;
  TextStyle address = value;
  address.size = 9.5;
  // How many lines ParagraphByWords will break `text` into, so the card's white is drawn first.
  auto wrapped_lines = [&](const std::string& text) {
    return static_cast<int>(std::max<size_t>(1, WrapByWords(canvas, text, address, value_w).size()));
  };
  auto party = [&](const char* heading, const char* tag, const Party& p, const std::string& sub_place) {
    const double address_h = canvas.LineHeight(address) * 1.35 * wrapped_lines(p.address) + 8;
    const double card_h = 14 + 26 + 24.0 * (sub_place.empty() ? 3 : 4) + address_h + 26;
    rounded(card_x, y, card_w, card_h, 10, &white, &rule);
    y += 14;
    const double drawn = canvas.Text(card_x + pad, y, heading, style(11.5, true, ink));
    canvas.Text(card_x + pad + drawn + 6, y + 2.5, tag, style(8, false, mute));
    y += 26;
    auto row = [&](const std::string& label, const std::string& text, const TextStyle& s) {
      left_right(y, label, text, FitWidth(canvas, text, s, value_w));
      y += 24;
    };
    row("등록번호", p.brn, strong);
    if (!sub_place.empty()) row("종사업장번호", sub_place, value);
    row("상호", p.name, strong);
    row("대표자명", p.owner, value);
    canvas.Text(card_x + pad, y, "사업장주소", style(9.5, false, mute));
    y += ParagraphByWords(canvas, card_x + pad + 78, y, value_w, p.address, address, 1.35) + 8;
    canvas.Text(card_x + pad, y, "업태/종목", style(9.5, false, mute));
    const std::string kind = p.business_type + " / " + p.business_item;
    canvas.Text(card_x + card_w - pad, y, kind, FitWidth(canvas, kind, address, value_w));
    y += 26 + 12;
  };
  party("공급자", "(판매자)", d.supplier, d.supplier_sub_place);
  party("공급받는자", "(구매자)", d.buyer, "");

  // The items, one entry of two lines each.
  const double items_h = 40 + 40.0 * static_cast<double>(d.items.size());
  rounded(card_x, y, card_w, items_h, 10, &white, &rule);
  canvas.Text(card_x + pad, y + 14, "품목 " + std::to_string(d.items.size()) + "건", style(11.5, true, ink));
  double iy = y + 42;
  for (const InvoiceItem& item : d.items) {
    const std::string name = item.name + (item.spec.empty() ? "" : " (" + item.spec + ")");
    canvas.Text(card_x + pad, iy, name, FitWidth(canvas, name, style(10, true, ink), card_w - 2 * pad - 96));
    canvas.Text(card_x + card_w - pad, iy, FormatWon(item.amount) + "원", style(10, true, ink, Align::kRight));
    canvas.Text(card_x + pad, iy + 16,
                Pad(item.date.month, 2) + "/" + Pad(item.date.day, 2) + " · 수량 " + std::to_string(item.quantity) +
                    " · 세액 " + FormatWon(item.tax) + "원",
                style(8.5, false, mute));
    iy += 40;
  }
  y += items_h + 14;

  TextStyle note = style(8, false, mute);
  y += ParagraphByWords(canvas, x + 4, y, width - 8,
                        "※ 국세청에 전송된 전자세금계산서의 내용입니다. 세금계산서 원본은 PC 홈택스에서 출력할 수 "
                        "있습니다.",
                        note, 1.35);

  // The two buttons fixed to the foot of the screen; the page is tall enough for three items.
  const double bar_y = h - 58;
  canvas.FillRect(0, bar_y, w, 58, white);
  canvas.Line(0, bar_y, w, bar_y, 0.6, rule);
  const double bw = (width - 10) / 2;
  rounded(x, bar_y + 10, bw, 38, 8, &white, &rule);
  canvas.TextInBox(x, bar_y + 10, bw, 38, "PDF 저장", style(11, true, ink, Align::kCenter));
  rounded(x + bw + 10, bar_y + 10, bw, 38, 8, &blue, nullptr);
  canvas.TextInBox(x + bw + 10, bar_y + 10, bw, 38, "공유하기", style(11, true, white, Align::kCenter));
}

}  // namespace docval::samplegen

namespace docval::samplegen {

namespace {

// Columns a string takes in a fixed-pitch CJK face: ASCII one, everything else (Hangul) two.
int MonoColumns(const std::string& text) {
  int columns = 0;
  for (size_t i = 0; i < text.size();) {
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    const size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    columns += len == 1 ? 1 : 2;
    i += len;
  }
  return columns;
}

// `text` padded with spaces to `columns` (left-aligned) or right-aligned in them.
std::string MonoPad(const std::string& text, int columns, bool right = false) {
  const int fill = std::max(0, columns - MonoColumns(text));
  return right ? std::string(static_cast<size_t>(fill), ' ') + text : text + std::string(static_cast<size_t>(fill), ' ');
}

}  // namespace

// Held out (eleventh set).
void DrawInvoiceContinuousForm(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TaxInvoiceData& d = spec.invoice;
  const double w = canvas.width(), h = canvas.height();
  const Rgb bar{0.87, 0.95, 0.88};
  const Rgb edge{0.72, 0.74, 0.72};
  const Rgb ribbon{0.13, 0.13, 0.17};
  // The paper: tractor-feed strips with their holes, perforations, and the green bars.
  const double strip = 36, pitch = 12;
  for (double top = 36; top < h - 24; top += pitch * 6) canvas.FillRect(strip + 2, top, w - 2 * strip - 4, pitch * 3, bar);
  cairo_t* cr = canvas.cairo();
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, edge.r, edge.g, edge.b);
  cairo_set_line_width(cr, 0.7);
  for (double cy = 18; cy < h; cy += 36) {
    for (double cx : {strip / 2, w - strip / 2}) {
      cairo_new_sub_path(cr);
      cairo_arc(cr, cx, cy, 5.5, 0, 2 * M_PI);
    }
  }
  cairo_stroke(cr);
  const double dash[] = {2.0, 2.0};
  cairo_set_dash(cr, dash, 2, 0);
  for (double px : {strip, w - strip}) {
    cairo_move_to(cr, px, 0);
    cairo_line_to(cr, px, h);
  }
  cairo_stroke(cr);
  cairo_restore(cr);

  // Everything is typed by the impact printer in one fixed-pitch face, one line every 12 pt.
  TextStyle type;
  type.size = 9.5;
  type.color = ribbon;
  type.family = "NanumGothicCoding";  // Hangul exactly twice the width of a digit
  const int columns = 104;
  const double cw = canvas.MeasureWidth("0000000000", type) / 10;
  const double x = (w - cw * columns) / 2;
  double y = 42;
  // Each stretch of a line between runs of spaces goes to its own column of the printer's
  // grid, so the columns hold however the face's hinting rounds the glyph advances.
  auto typed = [&](const std::string& text, bool twice) {
    size_t start = 0;
    while (start < text.size()) {
      while (start < text.size() && text[start] == ' ') ++start;
      if (start >= text.size()) break;
      size_t end = start;
      while (end < text.size() && !(text[end] == ' ' && (end + 1 >= text.size() || text[end + 1] == ' '))) ++end;
      const std::string piece = text.substr(start, end - start);
      const double px = x + cw * MonoColumns(text.substr(0, start));
      canvas.Text(px, y, piece, type);
      // The printer strikes a heading twice; the second strike is ink only.
      if (twice) canvas.Ink(px + 0.35, y + 0.1, piece, type);
      start = end;
    }
    y += pitch;
  };
  auto line = [&](const std::string& text) { typed(text, false); };
  auto struck = [&](const std::string& text) { typed(text, true); };
  const std::string rule(columns, '-'), heavy(columns, '=');
  const Date printed = d.issue_date.AddDays(rng.Int(0, 3));
  const std::string program = "ATX" + Pad(rng.Int(100, 899), 3) + "R";
  line(MonoPad("PGM-ID : " + program, 30) + MonoPad("매입매출 관리 / 세금계산서 출력", 60) + "PAGE :  1");
  line(MonoPad("출력일시 : " + printed.Iso() + " " + Pad(rng.Int(9, 18), 2) + ":" + Pad(rng.Int(0, 59), 2), 60) +
       "출력자 : " + Pad(rng.Int(1000, 9999), 4));
  line(heavy);
  const std::string title = "전 자 세 금 계 산 서";
  const std::string copy = "(공급받는자 보관용)";
  struck(std::string(static_cast<size_t>((columns - MonoColumns(title)) / 2), ' ') + title);
  line(std::string(static_cast<size_t>((columns - MonoColumns(copy)) / 2), ' ') + copy);
  line(heavy);
  line(" " + MonoPad("승인번호 : " + DashedApproval(d.approval_number), 48) +
       MonoPad("작성일자 : " + d.issue_date.Iso(), 32) + "구분 : " + (d.purpose_receipt ? "영수" : "청구"));
  line(rule);
  auto party = [&](const char* heading, const Party& p, const std::string& sub_place) {
    struck(std::string(" ") + heading);
    // Captions padded to a common width so the colons line up, as the print program pads them.
    auto pair = [&](const char* left, const std::string& left_value, const char* right, const std::string& right_value) {
      line("   " + MonoPad(MonoPad(left, 8) + " : " + left_value, 44) + MonoPad(right, 12) + " : " + right_value);
    };
    pair("등록번호", p.brn, "종사업장번호", sub_place.empty() ? "-" : sub_place);
    pair("상    호", p.name, "대  표  자", p.owner);
    line("   주    소 : " + p.address);
    pair("업    태", p.business_type, "종      목", p.business_item);
    line("   전자우편 : " + p.email);
  };
  party("[공급자]", d.supplier, d.supplier_sub_place);
  y += pitch / 2;
  party("[공급받는자]", d.buyer, "");
  line(rule);
  // Items in fixed columns under a header line.
  int name_w = 30;
  for (const InvoiceItem& it : d.items) name_w = std::max(name_w, MonoColumns(it.name) + 2);
  name_w = std::min(name_w, 36);
  line(" " + MonoPad("월/일", 7) + MonoPad("품목", name_w) + MonoPad("규격", 10) + MonoPad("수량", 6, true) +
       MonoPad("단가", 14, true) + MonoPad("공급가액", 16, true) + MonoPad("세액", 14, true));
  line(rule);
  for (const InvoiceItem& it : d.items) {
    std::string row = " ";
    row += MonoPad(Pad(it.date.month, 2) + "/" + Pad(it.date.day, 2), 7);
    row += MonoPad(it.name, name_w);
    row += MonoPad(it.spec, 10);
    row += MonoPad(std::to_string(it.quantity), 6, true);
    row += MonoPad(FormatWon(it.unit_price), 14, true);
    row += MonoPad(FormatWon(it.amount), 16, true);
    row += MonoPad(FormatWon(it.tax), 14, true);
    line(row);
  }
  for (size_t r = d.items.size(); r < 4; ++r) y += pitch;
  line(rule);
  // The sums as a header line with the figures right-aligned beneath it.
  const int sum_left = columns - 66;
  line(std::string(static_cast<size_t>(sum_left), ' ') + MonoPad("공급가액", 22, true) + MonoPad("세액", 20, true) +
       MonoPad("합계금액", 24, true));
  struck(std::string(static_cast<size_t>(sum_left), ' ') + MonoPad(FormatWon(d.supply), 22, true) +
         MonoPad(FormatWon(d.tax), 20, true) + MonoPad(FormatWon(d.total), 24, true));
  line(heavy);
  line(" 합계금액(한글) : 일금 " + AmountInKoreanWords(d.total) + "원정");
  line(std::string(" 위 금액을 ") + (d.purpose_receipt ? "영수" : "청구") + "함.");
  y += pitch;
  line(" * 본 출력물은 국세청에 전송된 전자세금계산서를 전산 출력한 것입니다.");
  line(" * 발급 사실은 홈택스(www.hometax.go.kr)에서 승인번호로 조회하실 수 있습니다.");
  line(heavy);
  // The form's end mark and the running count the program prints at the foot of each form.
  y = h - 54;
  line(MonoPad(" *** END OF FORM ***", 80) + MonoPad("1 / 1", 24, true));
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (twelfth set).
void DrawInvoiceMirrorTable(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TaxInvoiceData& d = spec.invoice;
  const double w = canvas.width();
  const double x = 40, width = w - 80;
  const Rgb red{0.76, 0.16, 0.16};
  const Rgb blue{0.12, 0.3, 0.64};
  const Rgb frame{0.3, 0.3, 0.34};
  const Rgb dim{0.42, 0.42, 0.46};
  const Rgb shade{0.94, 0.94, 0.95};
  const Date printed = d.issue_date.AddDays(rng.Int(0, 4));

  // The issuing service's print line above the form.
  TextStyle meta;
  meta.size = 7.5;
  meta.color = dim;
  canvas.Text(x, 18, "전자세금계산서 발급·조회 서비스  |  공급받는자 보관용", meta);
  TextStyle meta_right = meta;
  meta_right.align = Align::kRight;
  canvas.Text(x + width, 18,
              "출력일시 " + printed.Dotted() + " " + Pad(rng.Int(8, 19), 2) + ":" + Pad(rng.Int(0, 59), 2) + "  ·  1/1",
              meta_right);

  // Title band: the write date boxed at the left, the title in the middle, the amendment box at
  // the right, each box a caption cell over its value.
  const double band_y = 36, box_w = 168, box_h = 44;
  TextStyle cap;
  cap.size = 8.5;
  cap.color = frame;
  TextStyle val;
  val.size = 10.5;
  auto head_box = [&](double bx, const char* caption, const std::string& value) {
    canvas.FillRect(bx, band_y, box_w, 18, shade);
    canvas.Rect(bx, band_y, box_w, box_h, 0.7, frame);
    canvas.Line(bx, band_y + 18, bx + box_w, band_y + 18, 0.5, frame);
    TextStyle c = cap;
    c.align = Align::kCenter;
    canvas.TextInBox(bx, band_y, box_w, 18, caption, c);
    TextStyle v = val;
    v.align = Align::kCenter;
    canvas.TextInBox(bx, band_y + 18, box_w, box_h - 18, value, v);
  };
  head_box(x, "작 성 일 자", d.issue_date.Korean());
  head_box(x + width - box_w, "수 정 사 유", "해당 없음 (당초 발급)");
  TextStyle title;
  title.size = 22;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(w / 2, band_y + 2, "전 자 세 금 계 산 서", title);
  TextStyle copy = meta;
  copy.size = 8.5;
  copy.align = Align::kCenter;
  copy.color = blue;
  canvas.Text(w / 2, band_y + 34, "(공급받는자 보관용)", copy);

  // The parties mirrored about one caption column: the supplier's values set flush against it
  // from the left, the buyer's from the right, so each row reads outwards from its caption.
  const double mid = 150, side = (width - mid) / 2, row_h = 26;
  double y = band_y + box_h + 14;
  TextStyle head;
  head.size = 10.5;
  head.bold = true;
  head.align = Align::kCenter;
  canvas.FillRect(x, y, side, row_h, Rgb{0.99, 0.92, 0.92});
  canvas.FillRect(x + side, y, mid, row_h, shade);
  canvas.FillRect(x + side + mid, y, side, row_h, Rgb{0.92, 0.94, 0.99});
  TextStyle head_red = head, head_blue = head, head_mid = head;
  head_red.color = red;
  head_blue.color = blue;
  head_mid.size = 9;
  head_mid.bold = false;
  canvas.TextInBox(x, y, side, row_h, "공   급   자", head_red);
  canvas.TextInBox(x + side, y, mid, row_h, "구  분", head_mid);
  canvas.TextInBox(x + side + mid, y, side, row_h, "공  급  받  는  자", head_blue);
  const double table_top = y;
  y += row_h;
  TextStyle left_value;
  left_value.size = 10;
  left_value.align = Align::kRight;
  TextStyle right_value = left_value;
  right_value.align = Align::kLeft;
  TextStyle caption;
  caption.size = 9;
  caption.align = Align::kCenter;
  auto row = [&](const char* label, const std::string& supplier_value, const std::string& buyer_value, bool strong) {
    canvas.FillRect(x + side, y, mid, row_h, shade);
    canvas.TextInBox(x + side, y, mid, row_h, label, caption);
    TextStyle l = left_value, r = right_value;
    l.bold = r.bold = strong;
    if (strong) l.size = r.size = 11;
    if (!supplier_value.empty()) {
      canvas.TextInBox(x, y, side - 4, row_h, supplier_value, FitWidth(canvas, supplier_value, l, side - 16));
    }
    if (!buyer_value.empty()) {
      canvas.TextInBox(x + side + mid + 4, y, side - 4, row_h, buyer_value,
                       FitWidth(canvas, buyer_value, r, side - 16));
    }
    canvas.Line(x, y, x + width, y, 0.5, frame);
    y += row_h;
  };
  row("사업자등록번호", d.supplier.brn, d.buyer.brn, true);
  row("종사업장번호", d.supplier_sub_place, "", false);
  row("상호(법인명)", d.supplier.name, d.buyer.name, false);
  row("성명(대표자)", d.supplier.owner, d.buyer.owner, false);
  row("사업장 주소", d.supplier.address, d.buyer.address, false);
  row("업태 / 종목", d.supplier.business_type + " / " + d.supplier.business_item,
      d.buyer.business_type + " / " + d.buyer.business_item, false);
  row("전자우편", d.supplier.email, d.buyer.email, false);
  canvas.Rect(x, table_top, width, y - table_top, 1.1, frame);
  canvas.Line(x + side, table_top, x + side, y, 0.7, frame);
  canvas.Line(x + side + mid, table_top, x + side + mid, y, 0.7, frame);

  // Items with the month and day in separate columns, as the paper form keeps them.
  y += 14;
  const std::vector<std::pair<const char*, double>> cols = {{"월", 30},      {"일", 30},     {"품    목", 0},
                                                            {"규 격", 70},   {"수 량", 50},  {"단    가", 100},
                                                            {"공급가액", 110}, {"세  액", 90}, {"비 고", 70}};
  double fixed = 0;
  for (const auto& [name, cw] : cols) fixed += cw;
  TextStyle cell;
  cell.size = 9;
  std::vector<Cell> header;
  for (const auto& [name, cw] : cols) header.push_back(Cell{name, cw > 0 ? cw : width - fixed, true});
  const double item_h = 22;
  DrawRow(canvas, x, y, item_h, header, cell, frame, 0.6, shade);
  y += item_h;
  const size_t item_rows = std::max<size_t>(3, d.items.size());
  for (size_t r = 0; r < item_rows; ++r) {
    std::vector<Cell> cells;
    if (r < d.items.size()) {
      const InvoiceItem& it = d.items[r];
      const std::vector<std::pair<std::string, Align>> texts = {
          {Pad(it.date.month, 2), Align::kCenter},     {Pad(it.date.day, 2), Align::kCenter},
          {it.name, Align::kLeft},                     {it.spec, Align::kCenter},
          {std::to_string(it.quantity), Align::kRight}, {FormatWon(it.unit_price), Align::kRight},
          {FormatWon(it.amount), Align::kRight},       {FormatWon(it.tax), Align::kRight},
          {"", Align::kLeft}};
      for (size_t i = 0; i < cols.size(); ++i) {
        cells.push_back(Cell{texts[i].first, cols[i].second > 0 ? cols[i].second : width - fixed, false,
                             texts[i].second});
      }
    } else {
      for (const auto& [name, cw] : cols) cells.push_back(Cell{"", cw > 0 ? cw : width - fixed});
    }
    DrawRow(canvas, x, y, item_h, cells, cell, frame, 0.5);
    y += item_h;
  }

  // The sums as three tiles at the right, the total's tile framed heavier; at the left, the
  // means of payment and the 영수/청구 statement.
  y += 14;
  const double tile_w = 152, tile_h = 52, tile_gap = 10;
  const double tiles_x = x + width - 3 * tile_w - 2 * tile_gap;
  const std::pair<const char*, int64_t> sums[] = {{"공급가액", d.supply}, {"세    액", d.tax}, {"합계금액", d.total}};
  TextStyle tile_cap;
  tile_cap.size = 8.5;
  tile_cap.color = dim;
  TextStyle tile_val;
  tile_val.size = 14;
  tile_val.bold = true;
  tile_val.align = Align::kRight;
  for (int i = 0; i < 3; ++i) {
    const double tx = tiles_x + i * (tile_w + tile_gap);
    const bool total = i == 2;
    if (total) canvas.FillRect(tx, y, tile_w, tile_h, Rgb{0.93, 0.95, 0.99});
    canvas.Rect(tx, y, tile_w, tile_h, total ? 1.6 : 0.7, total ? blue : frame);
    canvas.Text(tx + 8, y + 6, sums[i].first, tile_cap);
    const std::string figure = "₩" + FormatWon(sums[i].second);
    canvas.Text(tx + tile_w - 10, y + 24, figure, FitWidth(canvas, figure, tile_val, tile_w - 20));
  }
  const double pay_w = tiles_x - x - 20;
  const double pay_col = pay_w / 4;
  std::vector<Cell> pay_head, pay_values;
  const char* const means[] = {"현  금", "수  표", "어  음", "외상미수금"};
  for (int i = 0; i < 4; ++i) {
    pay_head.push_back(Cell{means[i], pay_col, true});
    const bool used = d.purpose_receipt ? i == 0 : i == 3;
    pay_values.push_back(Cell{used ? FormatWon(d.total) : "", pay_col, false, Align::kRight});
  }
  DrawRow(canvas, x, y, 18, pay_head, cell, frame, 0.6, shade);
  DrawRow(canvas, x, y + 18, 22, pay_values, cell, frame, 0.5);
  TextStyle statement;
  statement.size = 10;
  canvas.Text(x, y + 46, std::string("이 금액을 (") + (d.purpose_receipt ? "영수" : "청구") + ") 함", statement);

  // The approval number along the foot, beside the bars the service prints for scanners.
  y += tile_h + 30;
  canvas.Line(x, y, x + width, y, 0.8, frame);
  y += 10;
  TextStyle approval_cap = cap;
  approval_cap.size = 9;
  canvas.Text(x, y + 4, "국세청 승인번호", approval_cap);
  TextStyle approval;
  approval.size = 13;
  approval.bold = true;
  approval.family = "Noto Sans Mono CJK KR";
  canvas.Text(x + 86, y + 1, DashedApproval(d.approval_number), approval);
  // Bars drawn from the number's own characters, so the same invoice always prints the same
  // bars. Ink, not text.
  double bx = x + width - 230;
  for (const char ch : d.approval_number) {
    const int v = ch >= '0' && ch <= '9' ? ch - '0' : ch - 'a' + 10;
    for (int b = 0; b < 3; ++b) {
      const double bar = 0.8 + ((v >> b) & 1) * 1.2;
      canvas.FillRect(bx, y, bar, 22, kBlack);
      bx += bar + 1.1 + ((v >> (b + 1)) & 1) * 0.9;
    }
  }
  TextStyle note = meta;
  note.size = 7.5;
  canvas.Text(x, y + 34,
              "※ 이 계산서는 「부가가치세법」에 따라 발급·전송된 전자세금계산서를 출력한 것으로, 국세청 홈택스에서 "
              "승인번호로 발급 사실을 확인할 수 있습니다.",
              note);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (thirteenth set).
void DrawInvoiceSummaryRail(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TaxInvoiceData& d = spec.invoice;
  const double w = canvas.width(), h = canvas.height();
  const double x = 28, top = 40;
  const Rgb teal{0.04, 0.33, 0.38};
  const Rgb tint{0.93, 0.96, 0.96};
  const Rgb red{0.72, 0.16, 0.14};
  const Rgb blue{0.1, 0.28, 0.62};
  const Rgb frame{0.32, 0.34, 0.36};
  const Rgb dim{0.4, 0.42, 0.44};
  const std::string mono = "Noto Sans Mono CJK KR";

  // The issuing service's running head.
  TextStyle meta;
  meta.size = 8;
  meta.color = dim;
  canvas.Text(x, 18, "e-세금계산서 발행서비스  ·  발행번호 " + std::to_string(d.issue_date.year) + "-" +
                         Pad(rng.Int(100000, 999999), 6),
              meta);
  TextStyle meta_right = meta;
  meta_right.align = Align::kRight;
  canvas.Text(w - x, 18, "공급받는자 보관용  (Buyer's copy)", meta_right);

  // The summary rail down the left: title block, then the document's facts, each caption (with
  // its English gloss) above its value.
  const double rail_w = 206, rail_h = h - top - 28;
  canvas.FillRect(x, top, rail_w, rail_h, tint);
  canvas.FillRect(x, top, rail_w, 64, teal);
  canvas.Rect(x, top, rail_w, rail_h, 0.8, teal);
  TextStyle title;
  title.size = 20;
  title.bold = true;
  title.color = Rgb{1, 1, 1};
  canvas.Text(x + 14, top + 10, "전자세금계산서", title);
  TextStyle title_en = title;
  title_en.size = 8.5;
  title_en.bold = false;
  canvas.Text(x + 14, top + 40, "ELECTRONIC TAX INVOICE", title_en);
  TextStyle cap;
  cap.size = 8.5;
  cap.color = dim;
  double ry = top + 78;
  const double rx = x + 14, rw = rail_w - 28;
  auto rail_item = [&](const std::string& caption, const std::string& value, const TextStyle& style,
                       double advance) {
    canvas.Text(rx, ry, caption, cap);
    canvas.Text(rx, ry + 13, value, FitWidth(canvas, value, style, rw));
    ry += advance;
    canvas.Line(rx, ry - 7, rx + rw, ry - 7, 0.4, Rgb{0.75, 0.82, 0.83});
  };
  TextStyle approval;
  approval.size = 10;
  approval.bold = true;
  approval.family = mono;
  rail_item("승인번호  Approval No.", DashedApproval(d.approval_number), approval, 42);
  TextStyle date_style;
  date_style.size = 14;
  date_style.bold = true;
  rail_item("작성일자  Date of issue", d.issue_date.DottedLoose(), date_style, 46);
  TextStyle plain;
  plain.size = 10.5;
  rail_item("구분  Type", std::string("일반  ·  ") + (d.purpose_receipt ? "영수" : "청구"), plain, 40);
  // The total, large, with the sum in words under it.
  canvas.Text(rx, ry, "합계금액  Grand total", cap);
  TextStyle total;
  total.size = 18;
  total.bold = true;
  total.color = teal;
  const std::string total_text = "₩" + FormatWon(d.total);
  canvas.Text(rx, ry + 13, total_text, FitWidth(canvas, total_text, total, rw));
  TextStyle words;
  words.size = 9;
  const std::string words_text = "일금 " + AmountInKoreanWords(d.total) + "원정";
  ry += 13 + canvas.LineHeight(total) + 2;
  ry += ParagraphByWords(canvas, rx, ry, rw, words_text, words, 1.3) + 10;
  canvas.Line(rx, ry - 7, rx + rw, ry - 7, 0.4, Rgb{0.75, 0.82, 0.83});
  TextStyle figure;
  figure.size = 11.5;
  figure.bold = true;
  rail_item("공급가액  Supply value", FormatWon(d.supply) + " 원", figure, 42);
  rail_item("세액  VAT (10%)", FormatWon(d.tax) + " 원", figure, 42);
  // A square code built from the approval number's characters, as the service prints it for
  // the buyer's phone. Ink, not text.
  {
    const double cell = 3.6, cx = rx, cy = top + rail_h - 86;
    const int n = 18;
    uint64_t bits = 1469598103934665603ULL;
    for (const char ch : d.approval_number) bits = (bits ^ static_cast<unsigned char>(ch)) * 1099511628211ULL;
    canvas.FillRect(cx - 3, cy - 3, n * cell + 6, n * cell + 6, Rgb{1, 1, 1});
    for (int r = 0; r < n; ++r) {
      for (int c = 0; c < n; ++c) {
        const bool finder = (r < 5 && c < 5) || (r < 5 && c >= n - 5) || (r >= n - 5 && c < 5);
        bool on;
        if (finder) {
          const int fr = r < 5 ? r : r - (n - 5), fc = c < 5 ? c : c - (n - 5);
          on = fr == 0 || fr == 4 || fc == 0 || fc == 4 || (fr == 2 && fc == 2);
        } else {
          bits ^= bits << 13;
          bits ^= bits >> 7;
          bits ^= bits << 17;
          on = (bits & 1) != 0;
        }
        if (on) canvas.FillRect(cx + c * cell, cy + r * cell, cell, cell, kBlack);
      }
    }
    TextStyle qr_note = cap;
    qr_note.size = 8;
    canvas.Text(cx + n * cell + 10, cy + 10, "홈택스 앱으로", qr_note);
    canvas.Text(cx + n * cell + 10, cy + 23, "발급 사실 확인", qr_note);
  }

  // The parties side by side at the right, every caption numbered and glossed in English, the
  // value under it on a dotted rule.
  const double px = x + rail_w + 18, pw = w - x - px, gap = 14, col_w = (pw - gap) / 2;
  const char* const circled[] = {"①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧",
                                 "⑨", "⑩", "⑪", "⑫", "⑬", "⑭", "⑮", "⑯"};
  int number = 0;
  TextStyle value;
  value.size = 10.5;
  TextStyle strong = value;
  strong.size = 12;
  strong.bold = true;
  auto dotted = [&](double lx, double ly, double lw) {
    for (double dx = 0; dx < lw; dx += 3.2) canvas.FillRect(lx + dx, ly, 1.1, 0.7, Rgb{0.55, 0.55, 0.58});
  };
  auto field = [&](double fx, double fy, double fw, const std::string& caption, const std::string& text,
                   const TextStyle& style) {
    canvas.Text(fx, fy, std::string(circled[number++]) + " " + caption, cap);
    if (!text.empty()) canvas.Text(fx + 2, fy + 13, text, FitWidth(canvas, text, style, fw - 8));
    dotted(fx, fy + 30, fw - 8);
  };
  auto party = [&](double cx, const char* heading, Rgb color, const Party& p, const std::string& sub_place) {
    double y = top;
    canvas.FillRect(cx, y, col_w, 24, color);
    TextStyle head;
    head.size = 11;
    head.bold = true;
    head.color = Rgb{1, 1, 1};
    canvas.TextInBox(cx + 6, y, col_w - 12, 24, heading, head);
    canvas.Rect(cx, y, col_w, 24 + 5 * 38 + 6, 0.8, color);
    y += 32;
    const double inner = cx + 10, iw = col_w - 20, left_w = iw * 0.56;
    field(inner, y, left_w, "등록번호  Reg. No.", p.brn, strong);
    field(inner + left_w, y, iw - left_w, "종사업장  Sub No.", sub_place.empty() ? "-" : sub_place, value);
    y += 38;
    field(inner, y, left_w, "상호(법인명)  Company", p.name, value);
    field(inner + left_w, y, iw - left_w, "성명  Representative", p.owner, value);
    y += 38;
    field(inner, y, iw, "사업장 주소  Address", p.address, value);
    y += 38;
    field(inner, y, left_w, "업태  Business type", p.business_type, value);
    field(inner + left_w, y, iw - left_w, "종목  Item", p.business_item, value);
    y += 38;
    field(inner, y, iw, "전자우편  E-mail", p.email, value);
  };
  party(px, "공 급 자   SUPPLIER", red, d.supplier, d.supplier_sub_place);
  party(px + col_w + gap, "공 급 받 는 자   BUYER", blue, d.buyer, "");

  // Line items, each header cell in Korean over English.
  double y = top + 24 + 5 * 38 + 6 + 16;
  struct Col {
    const char* ko;
    const char* en;
    double width;
    Align align;
  };
  const std::vector<Col> cols = {{"월·일", "Date", 44, Align::kCenter},     {"품목", "Description", 0, Align::kLeft},
                                 {"규격", "Spec", 46, Align::kCenter},      {"수량", "Qty", 36, Align::kRight},
                                 {"단가", "Unit price", 70, Align::kRight}, {"공급가액", "Amount", 82, Align::kRight},
                                 {"세액", "VAT", 70, Align::kRight},        {"비고", "Note", 40, Align::kCenter}};
  double fixed = 0;
  for (const Col& c : cols) fixed += c.width;
  const double flex = pw - fixed;
  const double head_h = 30, item_h = 25;
  TextStyle head_ko;
  head_ko.size = 9;
  head_ko.bold = true;
  head_ko.align = Align::kCenter;
  TextStyle head_en = cap;
  head_en.size = 7.5;
  head_en.align = Align::kCenter;
  double cx = px;
  canvas.FillRect(px, y, pw, head_h, Rgb{0.92, 0.93, 0.94});
  for (const Col& c : cols) {
    const double cw = c.width > 0 ? c.width : flex;
    canvas.Text(cx + cw / 2, y + 3, c.ko, head_ko);
    canvas.Text(cx + cw / 2, y + 16, c.en, head_en);
    cx += cw;
  }
  canvas.Line(px, y, px + pw, y, 1.0, frame);
  canvas.Line(px, y + head_h, px + pw, y + head_h, 0.6, frame);
  y += head_h;
  TextStyle cell;
  cell.size = 9.5;
  const size_t rows = std::max<size_t>(4, d.items.size());
  for (size_t r = 0; r < rows; ++r) {
    if (r < d.items.size()) {
      const InvoiceItem& it = d.items[r];
      const std::vector<std::string> texts = {Pad(it.date.month, 2) + "/" + Pad(it.date.day, 2),
                                              it.name,
                                              it.spec,
                                              std::to_string(it.quantity),
                                              it.unit_price > 0 ? FormatWon(it.unit_price) : "",
                                              FormatWon(it.amount),
                                              FormatWon(it.tax),
                                              ""};
      cx = px;
      for (size_t i = 0; i < cols.size(); ++i) {
        const double cw = cols[i].width > 0 ? cols[i].width : flex;
        TextStyle s = cell;
        s.align = cols[i].align;
        if (!texts[i].empty()) canvas.TextInBox(cx, y, cw, item_h, texts[i], FitWidth(canvas, texts[i], s, cw - 8));
        cx += cw;
      }
    }
    y += item_h;
    canvas.Line(px, y, px + pw, y, 0.4, Rgb{0.7, 0.72, 0.74});
  }
  canvas.Line(px, y, px + pw, y, 1.0, frame);
  y += 24;

  // Means of payment and the 영수/청구 statement under the items.
  const char* const means[] = {"현금  Cash", "수표  Cheque", "어음  Note", "외상미수금  Credit"};
  const double mw = pw * 0.7 / 4;
  std::vector<Cell> mean_head, mean_values;
  for (int i = 0; i < 4; ++i) {
    mean_head.push_back(Cell{means[i], mw, true});
    const bool used = d.purpose_receipt ? i == 0 : i == 3;
    mean_values.push_back(Cell{used ? FormatWon(d.total) : "", mw, false, Align::kRight});
  }
  TextStyle mean_style;
  mean_style.size = 9;
  DrawRow(canvas, px, y, 20, mean_head, mean_style, frame, 0.6, Rgb{0.94, 0.95, 0.95});
  DrawRow(canvas, px, y + 20, 22, mean_values, mean_style, frame, 0.5);
  TextStyle statement;
  statement.size = 12;
  statement.bold = true;
  statement.align = Align::kCenter;
  const double sx = px + mw * 4 + (pw - mw * 4) / 2;
  canvas.Text(sx, y + 6, "이 금액을", statement);
  canvas.Text(sx, y + 22, std::string("( ") + (d.purpose_receipt ? "영수" : "청구") + " ) 함", statement);

  // Small print along the foot.
  TextStyle note;
  note.size = 7.5;
  note.color = dim;
  canvas.Text(px, h - 40,
              "※ 이 문서는 국세청에 전송된 전자세금계산서를 출력한 것입니다. 발급 사실은 국세청 홈택스 "
              "(www.hometax.go.kr)에서 승인번호로 조회할 수 있습니다.",
              FitWidth(canvas,
                       "※ 이 문서는 국세청에 전송된 전자세금계산서를 출력한 것입니다. 발급 사실은 국세청 홈택스 "
                       "(www.hometax.go.kr)에서 승인번호로 조회할 수 있습니다.",
                       note, pw));
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (fourteenth set).
void DrawInvoiceIssueList(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TaxInvoiceData& d = spec.invoice;
  const double w = canvas.width();
  const double x = 34, width = w - 68;
  const Rgb ink{0.15, 0.15, 0.18};
  const Rgb dim{0.4, 0.4, 0.44};
  const Rgb band{0.87, 0.9, 0.95};
  const Rgb rule{0.55, 0.58, 0.64};
  const std::string mono = "Noto Sans Mono CJK KR";
  // The report was printed from the supplier's accounting program a few days after issuing.
  const Date printed = d.issue_date.AddDays(rng.Int(1, 9));
  const Date sent = d.issue_date.AddDays(rng.Int(0, 1));

  // Report header: program name left, print stamp right, the title centred over a double rule.
  TextStyle small;
  small.size = 7.5;
  small.color = dim;
  canvas.Text(x, 26, "세무회계 ERP  ▸  부가세  ▸  전자세금계산서  ▸  발급내역 조회", small);
  TextStyle small_right = small;
  small_right.align = Align::kRight;
  canvas.Text(x + width, 26,
              "출력일시 " + printed.Iso() + " " + Pad(rng.Int(9, 18), 2) + ":" + Pad(rng.Int(0, 59), 2) +
                  "   페이지 1 / 1",
              small_right);
  TextStyle title;
  title.size = 19;
  title.bold = true;
  title.align = Align::kCenter;
  title.color = ink;
  canvas.Text(w / 2, 46, "전자세금계산서 발급내역", title);
  canvas.Line(x + 150, 75, x + width - 150, 75, 1.2, ink);
  canvas.Line(x + 150, 78, x + width - 150, 78, 0.5, ink);

  // Query conditions: who printed it and for which period (the issuing month).
  TextStyle cond;
  cond.size = 8.5;
  double y = 92;
  canvas.FillRect(x, y, width, 36, Rgb{0.965, 0.965, 0.97});
  canvas.Rect(x, y, width, 36, 0.5, rule);
  const Date first{d.issue_date.year, d.issue_date.month, 1};
  const Date last = Date{d.issue_date.month == 12 ? d.issue_date.year + 1 : d.issue_date.year,
                         d.issue_date.month == 12 ? 1 : d.issue_date.month + 1, 1}
                        .AddDays(-1);
  canvas.Text(x + 8, y + 5, "회 사 명 : " + d.supplier.name, FitWidth(canvas, "회 사 명 : " + d.supplier.name, cond, 230));
  canvas.Text(x + 250, y + 5, "조회기간 : " + first.Iso() + " ~ " + last.Iso(), cond);
  canvas.Text(x + 8, y + 20, "구    분 : 매출 / 정발행", cond);
  canvas.Text(x + 250, y + 20, "전송상태 : 국세청 전송완료", cond);
  y += 48;

  // The list: one row per issued invoice (the filter leaves this one), then the sum row.
  struct Col {
    const char* head;
    double width;  // 0: takes the rest
    Align align;
  };
  const std::vector<Col> cols = {{"No", 20, Align::kCenter},        {"작성일자", 52, Align::kCenter},
                                 {"승인번호", 142, Align::kCenter},   {"거래처명", 0, Align::kLeft},
                                 {"거래처 등록번호", 66, Align::kCenter}, {"공급가액", 62, Align::kRight},
                                 {"세액", 52, Align::kRight},        {"합계", 62, Align::kRight}};
  double fixed = 0;
  for (const Col& c : cols) fixed += c.width;
  const double flex = width - fixed;
  TextStyle head;
  head.size = 7.5;
  head.bold = true;
  head.align = Align::kCenter;
  canvas.FillRect(x, y, width, 18, band);
  canvas.Line(x, y, x + width, y, 1.0, ink);
  double cx = x;
  for (const Col& c : cols) {
    const double cw = c.width > 0 ? c.width : flex;
    canvas.TextInBox(cx, y, cw, 18, c.head, FitWidth(canvas, c.head, head, cw - 2));
    cx += cw;
  }
  y += 18;
  canvas.Line(x, y, x + width, y, 0.5, ink);
  TextStyle cell;
  cell.size = 7.5;
  TextStyle cell_mono = cell;
  cell_mono.family = mono;
  cell_mono.size = 7.4;
  auto list_row = [&](const std::vector<std::string>& texts, bool mono_approval, double rh) {
    double px = x;
    for (size_t i = 0; i < cols.size(); ++i) {
      const double cw = cols[i].width > 0 ? cols[i].width : flex;
      TextStyle s = (i == 2 && mono_approval) ? cell_mono : cell;
      s.align = cols[i].align;
      if (!texts[i].empty()) canvas.TextInBox(px, y, cw, rh, texts[i], FitWidth(canvas, texts[i], s, cw - 6));
      px += cw;
    }
    y += rh;
  };
  // The selected row is tinted, as the program highlights the cursor line.
  canvas.FillRect(x, y, width, 20, Rgb{1.0, 0.97, 0.84});
  list_row({"1", d.issue_date.Iso(), DashedApproval(d.approval_number), d.buyer.name, d.buyer.brn,
            FormatWon(d.supply), FormatWon(d.tax), FormatWon(d.total)},
           true, 20);
  canvas.Line(x, y, x + width, y, 0.4, rule);
  canvas.FillRect(x, y, width, 18, Rgb{0.95, 0.95, 0.95});
  list_row({"", "", "합   계  (1건)", "", "", FormatWon(d.supply), FormatWon(d.tax), FormatWon(d.total)}, false, 18);
  canvas.Line(x, y, x + width, y, 1.0, ink);
  y += 22;

  // The detail box of the selected row.
  TextStyle section;
  section.size = 10.5;
  section.bold = true;
  section.color = ink;
  canvas.Text(x, y, "■ 상세내역  (선택 : No. 1)", section);
  y += 20;
  const double box_top = y;
  TextStyle cap;
  cap.size = 8.5;
  cap.color = dim;
  TextStyle val;
  val.size = 9.5;
  // Document facts across the top of the box.
  const double fact_h = 34;
  const double fw[4] = {width * 0.42, width * 0.2, width * 0.2, width * 0.18};
  const std::pair<std::string, std::string> facts[4] = {
      {"승인번호", DashedApproval(d.approval_number)},
      {"작성일자", d.issue_date.Korean()},
      {"전송일자", sent.Dotted()},
      {"영수/청구", d.purpose_receipt ? "영수" : "청구"}};
  double fx = x;
  for (int i = 0; i < 4; ++i) {
    canvas.Text(fx + 8, y + 4, facts[i].first, cap);
    TextStyle v = val;
    v.bold = i < 2;
    canvas.Text(fx + 8, y + 17, facts[i].second, FitWidth(canvas, facts[i].second, v, fw[i] - 14));
    if (i > 0) canvas.Line(fx, y + 4, fx, y + fact_h - 4, 0.4, rule);
    fx += fw[i];
  }
  y += fact_h;
  canvas.Line(x, y, x + width, y, 0.5, rule);

  // Parties side by side, each field "caption : value" on its own line.
  const double col_w = width / 2;
  auto party = [&](double px, const char* heading, const Party& p, const std::string& sub, Rgb color) {
    double py = y + 8;
    canvas.FillRect(px + 8, py, 4, 14, color);
    TextStyle h = section;
    h.size = 10;
    h.color = color;
    canvas.Text(px + 18, py, heading, h);
    py += 22;
    const std::pair<const char*, std::string> rows[] = {
        {"사업자등록번호", p.brn},       {"종사업장번호", sub.empty() ? "-" : sub},
        {"상호(법인명)", p.name},        {"성명(대표자)", p.owner},
        {"사업장 주소", p.address},      {"업태 / 종목", p.business_type + " / " + p.business_item},
        {"이메일", p.email}};
    for (const auto& [c, v] : rows) {
      canvas.Text(px + 14, py, c, cap);
      canvas.Text(px + 92, py - 1, ":", cap);
      TextStyle s = val;
      s.bold = std::string_view(c) == "사업자등록번호";
      canvas.Text(px + 100, py - 1, v, FitWidth(canvas, v, s, col_w - 110));
      py += 17;
    }
    return py;
  };
  const Rgb red{0.72, 0.18, 0.18};
  const Rgb blue{0.16, 0.3, 0.66};
  const double left_end = party(x, "공급자", d.supplier, d.supplier_sub_place, red);
  party(x + col_w, "공급받는자", d.buyer, "", blue);
  canvas.Line(x + col_w, y + 6, x + col_w, left_end, 0.4, rule);
  y = left_end + 6;
  canvas.Line(x, y, x + width, y, 0.5, rule);

  // Items in a light ruled table.
  const std::vector<Col> items = {{"월/일", 44, Align::kCenter}, {"품목", 0, Align::kLeft},
                                  {"규격", 50, Align::kCenter},  {"수량", 36, Align::kRight},
                                  {"단가", 70, Align::kRight},   {"공급가액", 80, Align::kRight},
                                  {"세액", 68, Align::kRight}};
  double ifixed = 0;
  for (const Col& c : items) ifixed += c.width;
  const double iflex = width - 16 - ifixed;
  const double ix = x + 8;
  y += 8;
  canvas.FillRect(ix, y, width - 16, 16, Rgb{0.95, 0.95, 0.96});
  cx = ix;
  for (const Col& c : items) {
    const double cw = c.width > 0 ? c.width : iflex;
    canvas.TextInBox(cx, y, cw, 16, c.head, head);
    cx += cw;
  }
  y += 16;
  TextStyle item_style;
  item_style.size = 8.5;
  for (const InvoiceItem& it : d.items) {
    const std::vector<std::string> texts = {Pad(it.date.month, 2) + "/" + Pad(it.date.day, 2), it.name, it.spec,
                                            std::to_string(it.quantity),
                                            it.unit_price > 0 ? FormatWon(it.unit_price) : "",
                                            FormatWon(it.amount), FormatWon(it.tax)};
    cx = ix;
    for (size_t i = 0; i < items.size(); ++i) {
      const double cw = items[i].width > 0 ? items[i].width : iflex;
      TextStyle s = item_style;
      s.align = items[i].align;
      if (!texts[i].empty()) canvas.TextInBox(cx, y, cw, 18, texts[i], FitWidth(canvas, texts[i], s, cw - 8));
      cx += cw;
    }
    y += 18;
    canvas.Line(ix, y, ix + width - 16, y, 0.3, Rgb{0.8, 0.8, 0.82});
  }
  y += 10;

  // The sums as three captioned figures, the total boxed.
  const double sum_w = (width - 16) / 3;
  const std::pair<const char*, int64_t> sums[3] = {{"공급가액", d.supply}, {"세액", d.tax}, {"합계금액", d.total}};
  for (int i = 0; i < 3; ++i) {
    const double sx = ix + sum_w * i;
    if (i == 2) {
      canvas.FillRect(sx + 4, y - 2, sum_w - 4, 34, Rgb{0.93, 0.95, 0.99});
      canvas.Rect(sx + 4, y - 2, sum_w - 4, 34, 0.8, blue);
    }
    canvas.Text(sx + 12, y + 9, sums[i].first, cap);
    TextStyle fig = val;
    fig.size = i == 2 ? 13 : 11;
    fig.bold = true;
    fig.align = Align::kRight;
    canvas.Text(sx + sum_w - 10, y + 6, FormatWon(sums[i].second) + "원", fig);
  }
  y += 40;
  canvas.Rect(x, box_top, width, y - box_top, 0.9, ink);

  // Small print under the box.
  TextStyle note;
  note.size = 7.5;
  note.color = dim;
  y += 12;
  y += ParagraphByWords(canvas, x, y, width,
                        "※ 이 내역은 국세청 전송이 완료된 전자세금계산서를 기준으로 작성되었으며, 세금계산서 원본은 "
                        "국세청 홈택스에서 승인번호로 조회할 수 있습니다.",
                        note, 1.4);
  ParagraphByWords(canvas, x, y, width,
                   "※ 수정세금계산서가 발급된 경우 당초분과 수정분이 각각 한 줄로 표시됩니다.", note, 1.4);
  TextStyle foot = small;
  foot.align = Align::kCenter;
  canvas.Line(x, canvas.height() - 40, x + width, canvas.height() - 40, 0.4, rule);
  canvas.Text(w / 2, canvas.height() - 34, "- 1 -", foot);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (fifteenth set).
void DrawInvoiceAmendment(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TaxInvoiceData& d = spec.invoice;
  const double w = canvas.width(), h = canvas.height();
  const double x = 36, width = w - 72;
  const Rgb ink{0.12, 0.12, 0.14};
  const Rgb dim{0.42, 0.42, 0.45};
  const Rgb hair{0.7, 0.7, 0.72};
  const Rgb red{0.76, 0.1, 0.12};
  const Rgb blush{1.0, 0.95, 0.95};
  const std::string mono = "Noto Sans Mono CJK KR";
  cairo_t* cr = canvas.cairo();
  // A corrected re-issue (기재사항 착오·정정): it keeps the original's write date and names the
  // original's approval number, issued the same day the mistake was cancelled.
  const Date sent = d.issue_date.AddDays(rng.Int(0, 1));
  static const char kHex[] = "0123456789abcdef";
  std::string original = d.issue_date.Compact() + "4100" + Pad(rng.Int(0, 9999), 4);
  for (int i = 0; i < 8; ++i) original.push_back(kHex[rng.Int(0, 15)]);
  const char* const mistakes[] = {"공급받는자 상호", "품목 규격", "공급받는자 이메일 주소", "품목명"};
  const std::string mistake = mistakes[rng.Int(0, 3)];

  // The service's running line above the form.
  TextStyle meta;
  meta.size = 7.5;
  meta.color = dim;
  canvas.Text(x, 22, "전자(세금)계산서  ·  수정발급  ·  " + sent.Dotted() + " 발급", meta);
  TextStyle meta_right = meta;
  meta_right.align = Align::kRight;
  canvas.Text(x + width, 22, "[ 공급받는자 보관용 ]", meta_right);
  canvas.Line(x, 36, x + width, 36, 1.6, ink);

  // Title block left; the approval number and dates right, each caption above its value.
  TextStyle title;
  title.size = 23;
  title.bold = true;
  title.color = ink;
  canvas.Text(x, 50, "수정세금계산서", title);
  TextStyle title_sub;
  title_sub.size = 8.5;
  title_sub.color = red;
  canvas.Text(x + 2, 84, "AMENDED TAX INVOICE  ·  당초분 정정 재발급", title_sub);
  const double bx = x + width - 258, bw = 258;
  TextStyle cap;
  cap.size = 7.2;
  cap.color = dim;
  TextStyle approval;
  approval.size = 10.5;
  approval.bold = true;
  approval.family = mono;
  canvas.Rect(bx, 44, bw, 58, 0.6, hair);
  canvas.Text(bx + 8, 47, "승인번호", cap);
  canvas.Text(bx + 8, 57, DashedApproval(d.approval_number),
              FitWidth(canvas, DashedApproval(d.approval_number), approval, bw - 16));
  canvas.Line(bx, 74, bx + bw, 74, 0.4, hair);
  canvas.Line(bx + bw / 2, 74, bx + bw / 2, 102, 0.4, hair);
  TextStyle fact;
  fact.size = 9.5;
  canvas.Text(bx + 8, 76, "작성일자", cap);
  canvas.Text(bx + 8, 86, d.issue_date.Dotted(), fact);
  canvas.Text(bx + bw / 2 + 8, 76, "발급(전송)일자", cap);
  canvas.Text(bx + bw / 2 + 8, 86, sent.Dotted(), fact);

  // The red reason box: a tab, the six statutory reasons with the one that applies ticked, the
  // original's approval number and date, and the remark.
  double y = 114;
  const double box_h = 78, tab = 58;
  canvas.FillRect(x, y, width, box_h, blush);
  canvas.FillRect(x, y, tab, box_h, red);
  canvas.Rect(x, y, width, box_h, 1.2, red);
  TextStyle tab_style;
  tab_style.size = 10.5;
  tab_style.bold = true;
  tab_style.color = Rgb{1, 1, 1};
  tab_style.align = Align::kCenter;
  canvas.Text(x + tab / 2, y + box_h / 2 - 15, "수정", tab_style);
  canvas.Text(x + tab / 2, y + box_h / 2 + 1, "사유", tab_style);
  TextStyle reason;
  reason.size = 8.3;
  reason.color = Rgb{0.3, 0.08, 0.08};
  const char* const reasons[] = {"기재사항 착오·정정", "공급가액 변동", "환입",
                                 "계약의 해제",        "내국신용장 사후개설", "착오에 의한 이중발급"};
  const double rx = x + tab + 10, col = (width - tab - 20) / 3;
  for (int i = 0; i < 6; ++i) {
    const double cx = rx + col * (i % 3), cy = y + 7 + 15 * (i / 3);
    canvas.Rect(cx, cy + 1.5, 8, 8, 0.7, red);
    if (i == 0) {
      cairo_new_path(cr);
      cairo_save(cr);
      cairo_set_source_rgb(cr, red.r, red.g, red.b);
      cairo_set_line_width(cr, 1.5);
      cairo_move_to(cr, cx + 1.5, cy + 5.5);
      cairo_line_to(cr, cx + 3.5, cy + 8.5);
      cairo_line_to(cr, cx + 8.5, cy + 0.5);
      cairo_stroke(cr);
      cairo_restore(cr);
    }
    TextStyle r = reason;
    r.bold = i == 0;
    canvas.Text(cx + 12, cy, std::to_string(i + 1) + ". " + reasons[i], r);
  }
  canvas.Line(rx, y + 40, x + width - 10, y + 40, 0.4, Rgb{0.9, 0.7, 0.7});
  TextStyle orig = reason;
  orig.color = dim;
  canvas.Text(rx, y + 44, "당초 승인번호  " + DashedApproval(original) + "     당초 작성일자  " + d.issue_date.Iso(),
              FitWidth(canvas, "당초 승인번호  " + DashedApproval(original) + "     당초 작성일자  " + d.issue_date.Iso(),
                       orig, width - tab - 20));
  const std::string remark = "비고 : 당초 발급분의 " + mistake + " 기재 착오로 (-)세금계산서를 발급하고 정정하여 재발급함";
  canvas.Text(rx, y + 59, remark, FitWidth(canvas, remark, reason, width - tab - 20));
  y += box_h + 14;

  // The parties as two stacked bands: a coloured tab with the role written downwards, then
  // ruled rows of captions above values (no vertical rules but the short separators).
  TextStyle value;
  value.size = 9.5;
  auto band = [&](const char* role, const Party& p, const std::string& sub, Rgb color) {
    const double th = 92, tw = 24, ax = x + tw, aw = width - tw;
    canvas.FillRect(x, y, tw, th, color);
    TextStyle stacked;
    stacked.size = 9;
    stacked.bold = true;
    stacked.color = Rgb{1, 1, 1};
    DrawStackedCaption(canvas, x, y, tw, th, role, stacked);
    canvas.Line(ax, y, x + width, y, 1.0, color);
    canvas.Line(ax, y + th, x + width, y + th, 1.0, color);
    struct Field {
      const char* caption;
      std::string text;
      double share;
      bool strong;
    };
    const std::vector<std::vector<Field>> rows = {
        {{"등록번호", p.brn, 0.28, true},
         {"종사업장번호", sub, 0.14, false},
         {"상호(법인명)", p.name, 0.36, true},
         {"성명(대표자)", p.owner, 0.22, false}},
        {{"사업장 주소", p.address, 0.62, false}, {"업태", p.business_type, 0.19, false},
         {"종목", p.business_item, 0.19, false}},
        {{"전자우편", p.email, 1.0, false}},
    };
    const double row_h[] = {32, 32, 28};
    double ry = y;
    for (size_t r = 0; r < rows.size(); ++r) {
      double fx = ax;
      for (size_t i = 0; i < rows[r].size(); ++i) {
        const Field& f = rows[r][i];
        const double fw = aw * f.share;
        if (i > 0) canvas.Line(fx, ry + 5, fx, ry + row_h[r] - 5, 0.4, hair);
        TextStyle c = cap;
        c.color = color;
        canvas.Text(fx + 7, ry + 3, f.caption, c);
        TextStyle v = value;
        v.bold = f.strong;
        if (f.strong && r == 0 && i == 0) v.size = 11;
        if (!f.text.empty()) canvas.Text(fx + 9, ry + 13, f.text, FitWidth(canvas, f.text, v, fw - 16));
        fx += fw;
      }
      ry += row_h[r];
      if (r + 1 < rows.size()) canvas.Line(ax, ry, x + width, ry, 0.4, hair);
    }
    y += th;
  };
  band("공급자", d.supplier, d.supplier_sub_place, Rgb{0.7, 0.16, 0.16});
  y += 8;
  band("공급받는자", d.buyer, "", Rgb{0.14, 0.3, 0.62});
  y += 16;

  // The sums on one ruled strip: the blank-digit count, supply, tax, total.
  const int digits = static_cast<int>(std::to_string(d.supply).size());
  struct Sum {
    const char* caption;
    std::string text;
    double share;
  };
  const Sum sums[] = {{"공란수", std::to_string(std::max(0, 11 - digits)), 0.1},
                      {"공급가액", FormatWon(d.supply), 0.28},
                      {"세액", FormatWon(d.tax), 0.24},
                      {"합계금액", FormatWon(d.total), 0.38}};
  const double sh = 34;
  canvas.FillRect(x + width * 0.62, y, width * 0.38, sh, Rgb{0.96, 0.96, 0.97});
  canvas.Line(x, y, x + width, y, 1.2, ink);
  canvas.Line(x, y + sh, x + width, y + sh, 1.2, ink);
  double sx = x;
  for (int i = 0; i < 4; ++i) {
    const double sw = width * sums[i].share;
    if (i > 0) canvas.Line(sx, y, sx, y + sh, 0.5, hair);
    canvas.Text(sx + 6, y + 4, sums[i].caption, cap);
    TextStyle fig;
    fig.size = i == 3 ? 14 : 11;
    fig.bold = i > 0;
    fig.align = Align::kRight;
    canvas.Text(sx + sw - 8, y + (i == 3 ? 13 : 15), sums[i].text, FitWidth(canvas, sums[i].text, fig, sw - 40));
    sx += sw;
  }
  y += sh + 16;

  // Items: a header rule and hairlines between rows, no vertical rules.
  struct Col {
    const char* head;
    double width;
    Align align;
  };
  const std::vector<Col> cols = {{"월", 24, Align::kCenter},   {"일", 24, Align::kCenter},
                                 {"품목", 0, Align::kLeft},     {"규격", 50, Align::kCenter},
                                 {"수량", 34, Align::kRight},   {"단가", 68, Align::kRight},
                                 {"공급가액", 78, Align::kRight}, {"세액", 66, Align::kRight},
                                 {"비고", 44, Align::kCenter}};
  double fixed = 0;
  for (const Col& c : cols) fixed += c.width;
  const double flex = width - fixed;
  TextStyle head;
  head.size = 8;
  head.bold = true;
  head.color = dim;
  head.align = Align::kCenter;
  canvas.Line(x, y, x + width, y, 0.9, ink);
  double cx = x;
  for (const Col& c : cols) {
    const double cw = c.width > 0 ? c.width : flex;
    canvas.TextInBox(cx, y, cw, 18, c.head, head);
    cx += cw;
  }
  y += 18;
  canvas.Line(x, y, x + width, y, 0.5, ink);
  TextStyle item_style;
  item_style.size = 8.8;
  const size_t rows = std::max<size_t>(4, d.items.size());
  for (size_t r = 0; r < rows; ++r) {
    if (r < d.items.size()) {
      const InvoiceItem& it = d.items[r];
      const std::vector<std::string> texts = {Pad(it.date.month, 2), Pad(it.date.day, 2), it.name, it.spec,
                                              std::to_string(it.quantity),
                                              it.unit_price > 0 ? FormatWon(it.unit_price) : "",
                                              FormatWon(it.amount), FormatWon(it.tax), ""};
      cx = x;
      for (size_t i = 0; i < cols.size(); ++i) {
        const double cw = cols[i].width > 0 ? cols[i].width : flex;
        TextStyle s = item_style;
        s.align = cols[i].align;
        if (!texts[i].empty()) canvas.TextInBox(cx, y, cw, 20, texts[i], FitWidth(canvas, texts[i], s, cw - 8));
        cx += cw;
      }
    }
    y += 20;
    canvas.Line(x, y, x + width, y, 0.3, hair);
  }
  canvas.Line(x, y, x + width, y, 0.9, ink);
  y += 14;

  // Payment split and the receipt/claim words, the one that applies circled.
  const double pw = width * 0.62 / 4;
  const char* const pay_heads[] = {"현금", "수표", "어음", "외상미수금"};
  TextStyle pay_head = head;
  pay_head.color = ink;
  TextStyle pay_val = item_style;
  pay_val.align = Align::kRight;
  for (int i = 0; i < 4; ++i) {
    canvas.FillRect(x + pw * i, y, pw, 16, Rgb{0.95, 0.95, 0.96});
    canvas.Rect(x + pw * i, y, pw, 16, 0.5, hair);
    canvas.Rect(x + pw * i, y + 16, pw, 20, 0.5, hair);
    canvas.TextInBox(x + pw * i, y, pw, 16, pay_heads[i], pay_head);
  }
  const int pay_col = d.purpose_receipt ? 0 : 3;
  canvas.TextInBox(x + pw * pay_col, y + 16, pw, 20, FormatWon(d.total), pay_val);
  TextStyle words;
  words.size = 11;
  const double wx = x + width * 0.62 + 24;
  const double used = canvas.Text(wx, y + 10, "이 금액을", words);
  TextStyle choice = words;
  choice.bold = true;
  const double ax = wx + used + 12;
  const double w1 = canvas.Text(ax, y + 10, "영수", choice);
  canvas.Text(ax + w1 + 10, y + 10, "·", words);
  const double bx2 = ax + w1 + 26;
  const double w2 = canvas.Text(bx2, y + 10, "청구", choice);
  canvas.Text(bx2 + w2 + 10, y + 10, "함", words);
  {
    const double ox = d.purpose_receipt ? ax + w1 / 2 : bx2 + w2 / 2;
    const double ow = d.purpose_receipt ? w1 : w2;
    const double oy = y + 10 + canvas.LineHeight(choice) / 2, ry = canvas.LineHeight(choice) / 2 + 1;
    cairo_new_path(cr);
    cairo_save(cr);
    cairo_set_source_rgb(cr, red.r, red.g, red.b);
    cairo_set_line_width(cr, 1.1);
    cairo_save(cr);
    cairo_translate(cr, ox, oy);
    cairo_scale(cr, ow / 2 + 4.5, ry);
    cairo_arc(cr, 0, 0, 1, 0, 2 * M_PI);
    cairo_restore(cr);
    cairo_stroke(cr);
    cairo_restore(cr);
  }
  y += 52;

  // The statutory note and the issuing system's line at the foot.
  TextStyle note;
  note.size = 7.6;
  note.color = dim;
  y += ParagraphByWords(canvas, x, y, width,
                        "※ 기재사항의 착오·정정으로 발급하는 수정세금계산서는 당초 세금계산서의 작성일자를 그대로 "
                        "적고, 당초분은 붉은 글씨 또는 음(-)의 표시로 발급하여 취소합니다. (부가가치세법 시행령 제70조 "
                        "제1항 제5호)",
                        note, 1.4);
  ParagraphByWords(canvas, x, y + 2, width,
                   "※ 이 세금계산서는 국세청에 전송되었으며, 홈택스 > 조회/발급 > 전자세금계산서 > 목록조회에서 "
                   "승인번호로 확인할 수 있습니다.",
                   note, 1.4);
  canvas.Line(x, h - 42, x + width, h - 42, 0.4, hair);
  TextStyle foot = meta;
  canvas.Text(x, h - 36, "국세청 홈택스 전자세금계산서  ·  출력 " + sent.AddDays(rng.Int(0, 4)).Dotted(), foot);
  TextStyle foot_right = meta_right;
  canvas.Text(x + width, h - 36, "1 / 1", foot_right);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (sixteenth set).
void DrawInvoiceCardColumns(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const TaxInvoiceData& d = spec.invoice;
  const double w = canvas.width(), h = canvas.height();
  const double x = 30, width = w - 60;
  const Rgb ink{0.12, 0.13, 0.16};
  const Rgb dim{0.45, 0.46, 0.5};
  const Rgb hair{0.83, 0.84, 0.87};
  const Rgb sell{0.2, 0.27, 0.55};   // the supplier's card
  const Rgb buy{0.05, 0.45, 0.42};   // the buyer's card
  const Rgb doc{0.2, 0.2, 0.22};     // the document's card
  cairo_t* cr = canvas.cairo();
  const Date sent = d.issue_date.AddDays(rng.Int(0, 1));
  const Date printed = sent.AddDays(rng.Int(0, 6));
  const std::string service_no = "CB" + d.issue_date.Compact().substr(2) + "-" + Pad(rng.Int(0, 999999), 6);

  auto rounded = [&](double rx, double ry, double rw, double rh, double r) {
    cairo_new_sub_path(cr);
    cairo_arc(cr, rx + rw - r, ry + r, r, -M_PI / 2, 0);
    cairo_arc(cr, rx + rw - r, ry + rh - r, r, 0, M_PI / 2);
    cairo_arc(cr, rx + r, ry + rh - r, r, M_PI / 2, M_PI);
    cairo_arc(cr, rx + r, ry + r, r, M_PI, 3 * M_PI / 2);
    cairo_close_path(cr);
  };

  // The issuing service's strip along the top: a small mark, its name, the print date.
  canvas.FillRect(0, 0, w, 30, Rgb{0.95, 0.95, 0.97});
  canvas.Line(0, 30, w, 30, 0.5, hair);
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, sell.r, sell.g, sell.b);
  cairo_arc(cr, x + 8, 15, 7, 0, 2 * M_PI);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_arc(cr, x + 8, 15, 3, 0, 2 * M_PI);
  cairo_fill(cr);
  cairo_restore(cr);
  TextStyle service;
  service.size = 9;
  service.bold = true;
  service.color = ink;
  const double sw = canvas.Text(x + 22, 9, "클라우드빌", service);
  TextStyle meta;
  meta.size = 8;
  meta.color = dim;
  canvas.Text(x + 22 + sw + 8, 10, "전자세금계산서 발행 · 조회 서비스", meta);
  TextStyle meta_right = meta;
  meta_right.align = Align::kRight;
  canvas.Text(x + width, 10, "문서관리번호 " + service_no + "    출력 " + printed.Dotted(), meta_right);

  // Title line with the status chips, and the 영수/청구 switch at the right.
  TextStyle title;
  title.size = 21;
  title.bold = true;
  title.color = ink;
  const double tw = canvas.Text(x, 44, "전자세금계산서", title);
  auto chip = [&](double cx, double cy, const std::string& text, Rgb fill, Rgb color) {
    TextStyle s;
    s.size = 8;
    s.bold = true;
    s.color = color;
    const double cw = canvas.MeasureWidth(text, s) + 14;
    cairo_new_path(cr);
    cairo_save(cr);
    cairo_set_source_rgb(cr, fill.r, fill.g, fill.b);
    rounded(cx, cy, cw, 16, 8);
    cairo_fill(cr);
    cairo_restore(cr);
    canvas.Text(cx + 7, cy + 3, text, s);
    return cw;
  };
  double cx = x + tw + 14;
  cx += chip(cx, 52, "공급받는자 보관용", Rgb{0.92, 0.93, 0.97}, sell) + 6;
  cx += chip(cx, 52, "정발행 · 일반", Rgb{0.93, 0.93, 0.94}, ink) + 6;
  chip(cx, 52, "국세청 전송완료", Rgb{0.88, 0.96, 0.9}, Rgb{0.12, 0.48, 0.22});
  {
    TextStyle sw_style;
    sw_style.size = 10;
    sw_style.bold = true;
    sw_style.align = Align::kCenter;
    const double bw = 52, bx = x + width - 2 * bw, by = 47;
    cairo_new_path(cr);
    cairo_save(cr);
    cairo_set_source_rgb(cr, doc.r, doc.g, doc.b);
    cairo_set_line_width(cr, 0.8);
    rounded(bx, by, 2 * bw, 22, 11);
    cairo_stroke(cr);
    const double on = d.purpose_receipt ? bx : bx + bw;
    rounded(on + 2, by + 2, bw - 4, 18, 9);
    cairo_fill(cr);
    cairo_restore(cr);
    TextStyle a = sw_style, b = sw_style;
    a.color = d.purpose_receipt ? Rgb{1, 1, 1} : dim;
    b.color = d.purpose_receipt ? dim : Rgb{1, 1, 1};
    canvas.Text(bx + bw / 2, by + 4, "영수", a);
    canvas.Text(bx + bw + bw / 2, by + 4, "청구", b);
    TextStyle lead = meta;
    lead.align = Align::kRight;
    canvas.Text(bx - 8, by + 5, "이 금액을", lead);
  }

  // Three cards side by side: the supplier, the buyer, and the document with its sums. Every
  // caption sits small above its value.
  const double top = 86, gap = 14, card_h = 278;
  const double cw = (width - 2 * gap) / 3;
  TextStyle cap;
  cap.size = 7.5;
  cap.color = dim;
  TextStyle val;
  val.size = 10;
  val.color = ink;
  auto card = [&](double kx, const char* heading, const char* gloss, Rgb color) {
    cairo_new_path(cr);
    cairo_save(cr);
    cairo_set_source_rgb(cr, 0.985, 0.985, 0.99);
    rounded(kx, top, cw, card_h, 8);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, hair.r, hair.g, hair.b);
    cairo_set_line_width(cr, 0.8);
    cairo_stroke(cr);
    cairo_set_source_rgb(cr, color.r, color.g, color.b);
    cairo_rectangle(cr, kx, top + 8, 4, 26);
    cairo_fill(cr);
    cairo_restore(cr);
    TextStyle head;
    head.size = 12.5;
    head.bold = true;
    head.color = color;
    const double hw = canvas.Text(kx + 14, top + 10, heading, head);
    TextStyle g = cap;
    g.size = 8;
    canvas.Text(kx + 14 + hw + 6, top + 15, gloss, g);
    canvas.Line(kx + 12, top + 40, kx + cw - 12, top + 40, 0.5, hair);
  };
  // One caption-over-value entry; returns the height used.
  auto entry = [&](double ex, double ey, double ew, const std::string& caption, const std::string& value,
                   const TextStyle& style, bool wrap) {
    canvas.Text(ex, ey, caption, cap);
    const double vy = ey + canvas.LineHeight(cap) + 1;
    if (value.empty()) {
      canvas.Text(ex, vy, "-", style);
      return canvas.LineHeight(cap) + canvas.LineHeight(style) + 9;
    }
    if (wrap && canvas.MeasureWidth(value, style) > ew) {
      const double used = ParagraphByWords(canvas, ex, vy, ew, value, style, 1.25);
      return canvas.LineHeight(cap) + used + 7;
    }
    canvas.Text(ex, vy, value, FitWidth(canvas, value, style, ew));
    return canvas.LineHeight(cap) + canvas.LineHeight(style) + 9;
  };
  auto party = [&](double kx, const char* heading, const char* gloss, const Party& p, const std::string& sub,
                   Rgb color) {
    card(kx, heading, gloss, color);
    const double ex = kx + 14, ew = cw - 28;
    double ey = top + 50;
    TextStyle big = val;
    big.size = 13;
    big.bold = true;
    ey += entry(ex, ey, ew * 0.62, "사업자등록번호", p.brn, big, false);
    canvas.Text(ex + ew * 0.66, top + 50, "종사업장번호", cap);
    canvas.Text(ex + ew * 0.66, top + 50 + canvas.LineHeight(cap) + 4, sub.empty() ? "-" : sub, val);
    TextStyle name = val;
    name.bold = true;
    name.size = 11;
    ey += entry(ex, ey, ew, "상호(법인명)", p.name, name, false);
    ey += entry(ex, ey, ew, "대표자 성명", p.owner, val, false);
    TextStyle small = val;
    small.size = 9;
    ey += entry(ex, ey, ew, "사업장 소재지", p.address, small, true);
    ey += entry(ex, ey, ew, "업태 · 종목", p.business_type + " · " + p.business_item, small, false);
    entry(ex, ey, ew, "전자우편", p.email, small, false);
  };
  party(x, "공급자", "판매자", d.supplier, d.supplier_sub_place, sell);
  party(x + cw + gap, "공급받는자", "구매자", d.buyer, "", buy);

  // The document's card: approval number, dates, then the sums with the total last and largest.
  const double kx = x + 2 * (cw + gap);
  card(kx, "거래 정보", "발행 내역", doc);
  {
    const double ex = kx + 14, ew = cw - 28;
    double ey = top + 50;
    TextStyle mono = val;
    mono.family = "Noto Sans Mono CJK KR";
    mono.size = 10;
    ey += entry(ex, ey, ew, "승인번호 (국세청)", DashedApproval(d.approval_number), mono, false);
    canvas.Text(ex, ey, "작성일자", cap);
    canvas.Text(ex + ew / 2, ey, "발급일자", cap);
    const double dy = ey + canvas.LineHeight(cap) + 1;
    TextStyle date_style = val;
    date_style.bold = true;
    canvas.Text(ex, dy, d.issue_date.Korean(), FitWidth(canvas, d.issue_date.Korean(), date_style, ew / 2 - 6));
    canvas.Text(ex + ew / 2, dy, sent.Dotted(), val);
    ey = dy + canvas.LineHeight(val) + 14;
    canvas.Line(ex, ey - 6, ex + ew, ey - 6, 0.5, hair);
    TextStyle fig = val;
    fig.size = 11;
    fig.align = Align::kRight;
    TextStyle key = val;
    key.size = 9.5;
    key.color = dim;
    const std::pair<const char*, int64_t> parts[] = {{"공급가액", d.supply}, {"세액 (부가가치세 10%)", d.tax}};
    for (const auto& [caption, amount] : parts) {
      canvas.Text(ex, ey + 2, caption, key);
      canvas.Text(ex + ew, ey, FormatWon(amount) + " 원", fig);
      ey += 24;
    }
    canvas.Line(ex, ey, ex + ew, ey, 1.0, ink);
    ey += 10;
    canvas.Text(ex, ey, "합계금액", cap);
    TextStyle total = val;
    total.size = 19;
    total.bold = true;
    total.align = Align::kRight;
    const std::string total_text = FormatWon(d.total) + " 원";
    canvas.Text(ex + ew, ey + 10, total_text, FitWidth(canvas, total_text, total, ew));
    ey += 42;
    TextStyle words = cap;
    words.align = Align::kRight;
    const std::string in_words = "(일금 " + AmountInKoreanWords(d.total) + "원정)";
    canvas.Text(ex + ew, ey, in_words, FitWidth(canvas, in_words, words, ew));
  }

  // The items across the page under the cards: a tinted header and hairlines, no verticals.
  double y = top + card_h + 20;
  TextStyle section;
  section.size = 10.5;
  section.bold = true;
  section.color = ink;
  canvas.Text(x, y, "품목 내역", section);
  TextStyle count = meta;
  canvas.Text(x + 62, y + 2, std::to_string(d.items.size()) + "건", count);
  y += 20;
  struct Col {
    const char* head;
    double share;
    Align align;
  };
  const Col cols[] = {{"No", 0.04, Align::kCenter},     {"월일", 0.07, Align::kCenter},
                      {"품목명", 0.29, Align::kLeft},     {"규격", 0.08, Align::kCenter},
                      {"수량", 0.06, Align::kRight},      {"단가", 0.12, Align::kRight},
                      {"공급가액", 0.13, Align::kRight},  {"세액", 0.11, Align::kRight},
                      {"비고", 0.10, Align::kCenter}};
  canvas.FillRect(x, y, width, 20, Rgb{0.93, 0.94, 0.96});
  TextStyle head;
  head.size = 8.5;
  head.bold = true;
  head.color = dim;
  cx = x;
  for (const Col& c : cols) {
    TextStyle s = head;
    s.align = c.align;
    canvas.TextInBox(cx, y, width * c.share, 20, c.head, s);
    cx += width * c.share;
  }
  y += 20;
  TextStyle row_style;
  row_style.size = 9.2;
  row_style.color = ink;
  for (size_t r = 0; r < d.items.size(); ++r) {
    const InvoiceItem& it = d.items[r];
    const std::vector<std::string> texts = {std::to_string(r + 1),
                                            Pad(it.date.month, 2) + "/" + Pad(it.date.day, 2),
                                            it.name,
                                            it.spec,
                                            std::to_string(it.quantity),
                                            it.unit_price > 0 ? FormatWon(it.unit_price) : "",
                                            FormatWon(it.amount),
                                            FormatWon(it.tax),
                                            ""};
    cx = x;
    for (size_t i = 0; i < texts.size(); ++i) {
      const double colw = width * cols[i].share;
      TextStyle s = row_style;
      s.align = cols[i].align;
      if (!texts[i].empty()) canvas.TextInBox(cx, y, colw, 21, texts[i], FitWidth(canvas, texts[i], s, colw - 8));
      cx += colw;
    }
    y += 21;
    canvas.Line(x, y, x + width, y, 0.4, hair);
  }
  canvas.Line(x, y, x + width, y, 0.9, ink);

  // Foot: the service's note and the page count.
  TextStyle note;
  note.size = 7.5;
  note.color = dim;
  const double foot = h - 40;
  ParagraphByWords(canvas, x, foot, width * 0.8,
                   "이 문서는 「부가가치세법」 제32조에 따라 발급되어 국세청에 전송된 전자세금계산서를 출력한 것입니다. "
                   "발급 사실은 국세청 홈택스(www.hometax.go.kr) > 전자(세금)계산서 조회에서 승인번호로 확인하실 수 있습니다.",
                   note, 1.35);
  canvas.Text(x + width, foot, "1 / 1", meta_right);
}

}  // namespace docval::samplegen
