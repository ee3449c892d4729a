// Inspection form (검수확인서) layouts: a bordered form with a checklist, and a numbered letter.
// Both end with a signature box that the shop owner signs or stamps (or forgets to).
#include "samples/generator/korean_data.h"
#include "samples/generator/layout_parts.h"

namespace docval::samplegen {

void DrawInspectionTable(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const InspectionData& d = spec.inspection;
  const double x = 50, width = 495;
  TextStyle title;
  title.size = 24;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 56, Spaced("검수확인서"), title);
  TextStyle sub;
  sub.size = 10;
  sub.align = Align::kCenter;
  sub.color = kGray;
  canvas.Text(x + width / 2, 92, "스마트상점 기술보급사업", sub);

  TextStyle cell;
  cell.size = 10.5;
  const double lw = 95, vw = width / 2 - lw, h = 30;
  double y = 124;
  auto two = [&](const char* l1, const std::string& v1, const char* l2, const std::string& v2) {
    DrawRow(canvas, x, y, h, {Cell{l1, lw, true}, Cell{v1, vw}, Cell{l2, lw, true}, Cell{v2, vw}},
            cell);
    y += h;
  };
  auto one = [&](const char* l, const std::string& v) {
    DrawRow(canvas, x, y, h, {Cell{l, lw, true}, Cell{v, width - lw}}, cell);
    y += h;
  };
  two("상호", d.shop_name, "대표자", d.shop_owner);
  two("사업자등록번호", d.shop_brn, "연락처", d.phone);
  one("사업장 주소", d.shop_address);
  two("도입기술", d.technology, "수량", std::to_string(d.quantity) + "대");
  one("기술공급기업", d.supplier_name);
  two("설치일자", d.install_date.Iso(), "검수일자", d.inspection_date.Iso());

  y += 18;
  TextStyle head;
  head.size = 10.5;
  DrawRow(canvas, x, y, 24, {Cell{"검수 항목", width - 90, true}, Cell{"확인", 90, true}}, head);
  y += 24;
  const char* const checks[] = {"계약한 기술(제품)이 계약 수량대로 설치되었는가",
                                "설치된 기술이 정상적으로 작동하는가",
                                "사용 방법에 대한 교육을 받았는가",
                                "사후관리(A/S) 연락처를 안내받았는가"};
  for (const char* check : checks) {
    DrawRow(canvas, x, y, 26,
            {Cell{check, width - 90}, Cell{"☑ 예  □ 아니오", 90, false, Align::kCenter}}, cell);
    y += 26;
  }
  TextStyle body;
  body.size = 11;
  y += 26;
  y += canvas.Paragraph(x, y, width,
                        "위와 같이 스마트기술이 정상적으로 설치되어 작동함을 확인하며, 검수 결과에 "
                        "이상이 없음을 확인합니다.",
                        body);
  TextStyle date = body;
  date.align = Align::kCenter;
  canvas.Text(x + width / 2, y + 24, d.inspection_date.Korean(), date);
  const double box_w = 90, box_h = 50, box_x = x + width - box_w, box_y = y + 66;
  TextStyle sign = body;
  sign.align = Align::kRight;
  canvas.Text(box_x - 12, box_y + 17, "확인자(소상공인 대표)  " + d.shop_owner, sign);
  DrawSignatureBox(canvas, box_x, box_y, box_w, box_h, d, rng, /*border=*/true);
  TextStyle to;
  to.size = 13;
  to.bold = true;
  canvas.Text(x, box_y + box_h + 50, "소상공인시장진흥공단 이사장 귀하", to);
}

void DrawInspectionLetter(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const InspectionData& d = spec.inspection;
  const double x = 72, width = 451;
  TextStyle title;
  title.size = 18;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 70, "스마트기술 설치 검수확인서", title);
  canvas.Line(x + 60, 100, x + width - 60, 100, 0.8);
  TextStyle body;
  body.size = 11.5;
  double y = 132;
  const std::vector<std::pair<std::string, std::string>> items = {
      {"1. 상      호", d.shop_name},
      {"2. 대  표  자", d.shop_owner},
      {"3. 사업자등록번호", d.shop_brn},
      {"4. 사업장 소재지", d.shop_address},
      {"5. 도 입 기 술", d.technology + " " + std::to_string(d.quantity) + "대"},
      {"6. 공 급 기 업", d.supplier_name},
      {"7. 설 치 일 자", d.install_date.Korean()},
      {"8. 검 수 일 자", d.inspection_date.Korean()},
  };
  for (const auto& [label, value] : items) {
    canvas.Text(x, y, label, body);
    canvas.Text(x + 130, y, ": " + value, body);
    y += 28;
  }
  y += 20;
  y += canvas.Paragraph(x, y, width,
                        "본인은 위 기술공급기업으로부터 스마트기술을 공급받아 설치를 완료하였으며, "
                        "해당 기술이 계약 내용대로 정상 작동함을 확인합니다.",
                        body, 1.6);
  TextStyle date = body;
  date.align = Align::kCenter;
  canvas.Text(x + width / 2, y + 40, d.inspection_date.KoreanLoose(), date);
  const double box_w = 70, box_h = 44, box_x = x + width - box_w, box_y = y + 90;
  TextStyle sign = body;
  sign.align = Align::kRight;
  canvas.Text(box_x - 8, box_y + 13, "위 확인자  대표자  " + d.shop_owner, sign);
  DrawSignatureBox(canvas, box_x, box_y, box_w, box_h, d, rng, /*border=*/false);
  TextStyle to;
  to.size = 13;
  to.bold = true;
  to.align = Align::kCenter;
  canvas.Text(x + width / 2, box_y + 110, "소상공인시장진흥공단 귀중", to);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out: a "납품 검수조서" with the labels in a shaded left column, a result table and a
// signature line "검수자 … (서명)" rather than the recipient-style letter ending.
void DrawInspectionAcceptanceGrid(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const InspectionData& d = spec.inspection;
  const double x = 56, width = 483;
  TextStyle title;
  title.size = 22;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 60, Spaced("납품검수조서"), title);
  canvas.Line(x, 100, x + width, 100, 0.8);
  canvas.Line(x, 103, x + width, 103, 0.8);

  TextStyle cell;
  cell.size = 10.5;
  const Rgb shade{0.85, 0.85, 0.85};
  const double lw = 120, h = 28;
  double y = 120;
  auto row = [&](const std::string& label, const std::string& value) {
    DrawRow(canvas, x, y, h, {Cell{label, lw, true}, Cell{value, width - lw}}, cell, kBlack, 0.7,
            shade);
    y += h;
  };
  row("상호명", d.shop_name);
  row("대표자 성명", d.shop_owner);
  row("사업자번호", d.shop_brn);
  row("설치 장소", d.shop_address);
  row("전화번호", d.phone);
  row("납품 품목", d.technology + " (" + std::to_string(d.quantity) + "식)");
  row("납품업체", d.supplier_name);
  row("설치완료일", d.install_date.Dotted());
  row("검수완료일", d.inspection_date.Dotted());

  y += 20;
  TextStyle head = cell;
  head.bold = true;
  DrawRow(canvas, x, y, 24,
          {Cell{"구분", 120, true}, Cell{"검수 내용", width - 200, true}, Cell{"결과", 80, true}},
          head, kBlack, 0.7, shade);
  y += 24;
  const std::vector<std::pair<std::string, std::string>> checks = {
      {"수량", "계약 수량과 납품 수량 일치"},
      {"설치", "지정 장소에 설치 및 전원 연결"},
      {"작동", "시운전 결과 정상 작동"},
      {"교육", "운영 교육 및 A/S 안내 완료"}};
  for (const auto& [kind, content] : checks) {
    DrawRow(canvas, x, y, 24,
            {Cell{kind, 120, false, Align::kCenter}, Cell{content, width - 200},
             Cell{"적합", 80, false, Align::kCenter}},
            cell);
    y += 24;
  }
  TextStyle body;
  body.size = 11;
  y += 24;
  y += canvas.Paragraph(x, y, width, "위 물품을 검수한 결과 이상 없으므로 검수조서를 작성합니다.",
                        body);
  const double box_w = 80, box_h = 46, box_x = x + width - box_w, box_y = y + 30;
  TextStyle sign = body;
  sign.align = Align::kRight;
  canvas.Text(box_x - 10, box_y + 15, "검수자 (수혜 소상공인)  " + d.shop_owner, sign);
  DrawSignatureBox(canvas, box_x, box_y, box_w, box_h, d, rng, /*border=*/false);
  canvas.Text(box_x - 10, box_y + box_h + 14, "입회자 (공급기업)  " + d.supplier_name, sign);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (second set): a "설치 및 검수 확인서" filled in on underlined blanks (no cell
// borders around the shop's details), the installation as a ledger row with 설치일/검수일
// columns, check marks for the result, and a sign-off table whose shop row holds the signature.
void DrawInspectionInstallConfirm(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const InspectionData& d = spec.inspection;
  const double x = 56, width = 483;
  TextStyle tag;
  tag.size = 8.5;
  tag.color = kGray;
  tag.align = Align::kRight;
  canvas.Text(x + width, 34, "수요처(소상공인) 작성용", tag);
  canvas.Rect(x, 50, width, 46, 1.4);
  canvas.Rect(x + 3, 53, width - 6, 40, 0.5);
  TextStyle title;
  title.size = 20;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.TextInBox(x, 50, width, 46, "설치 및 검수 확인서", title);

  TextStyle heading;
  heading.size = 11.5;
  heading.bold = true;
  TextStyle label;
  label.size = 10.5;
  TextStyle value;
  value.size = 11;
  const Rgb underline{0.5, 0.5, 0.5};
  const double label_w = 92, half = width / 2;
  double y = 118;
  canvas.Text(x, y, "1. 수요처 현황", heading);
  y += 30;
  // A label and its value on an underlined blank; `span` 2 runs across the whole width.
  auto blank = [&](int column, int span, const std::string& l, const std::string& v) {
    const double left = x + 8 + half * column;
    const double right = span == 2 ? x + width - 8 : left + half - 22;
    canvas.Text(left, y, l, label);
    canvas.Line(left + label_w - 4, y + 18, right, y + 18, 0.5, underline);
    canvas.Text(left + label_w, y - 0.5, v, value);
  };
  blank(0, 1, "점포명", d.shop_name);
  blank(1, 1, "점주(대표자)", d.shop_owner);
  y += 30;
  blank(0, 1, "사업자등록번호", d.shop_brn);
  blank(1, 1, "휴대전화", d.phone);
  y += 30;
  blank(0, 2, "점포 소재지", d.shop_address);
  y += 42;

  canvas.Text(x, y, "2. 설치 내역", heading);
  y += 26;
  const std::vector<double> w = {32, 96, 120, 40, 78, 78, 39};
  const char* const headers[] = {"순번", "기술(품목)명", "공급기업", "수량", "설치일", "검수일", "비고"};
  TextStyle cell;
  cell.size = 9;
  std::vector<Cell> header_cells;
  for (size_t i = 0; i < w.size(); ++i) header_cells.push_back(Cell{headers[i], w[i], true});
  DrawRow(canvas, x, y, 22, header_cells, cell);
  y += 22;
  DrawRow(canvas, x, y, 26,
          {Cell{"1", w[0], false, Align::kCenter}, Cell{d.technology, w[1]}, Cell{d.supplier_name, w[2]},
           Cell{std::to_string(d.quantity) + "대", w[3], false, Align::kCenter},
           Cell{d.install_date.DottedLoose(), w[4], false, Align::kCenter},
           Cell{d.inspection_date.DottedLoose(), w[5], false, Align::kCenter}, Cell{"", w[6]}},
          cell);
  y += 26;
  std::vector<Cell> empty;
  for (double cw : w) empty.push_back(Cell{"", cw});
  DrawRow(canvas, x, y, 26, empty, cell);
  y += 26 + 24;

  canvas.Text(x, y, "3. 검수 결과", heading);
  y += 28;
  TextStyle check;
  check.size = 10.5;
  canvas.Text(x + 8, y, "■ 설치 완료      ■ 정상 작동      ■ 사용법 교육      ■ A/S 연락처 안내", check);
  y += 24;
  canvas.Text(x + 8, y, "종합 판정 :   ■ 적합      □ 부적합 (사유 :                              )", check);
  y += 40;
  TextStyle body;
  body.size = 11;
  y += ParagraphByWords(canvas, x, y, width,
                        "본인은 위 공급기업이 설치한 스마트기술을 직접 확인하였으며, 검수 결과 "
                        "계약 내용대로 정상 작동함을 확인합니다.",
                        body, 1.6);
  TextStyle date = body;
  date.align = Align::kCenter;
  canvas.Text(x + width / 2, y + 18, d.inspection_date.KoreanLoose(), date);
  y += 60;

  // Sign-off table: the shop's row carries the signature; the installer's stays blank.
  const std::vector<double> sw = {110, 150, 100, width - 360};
  DrawRow(canvas, x, y, 22,
          {Cell{"구분", sw[0], true}, Cell{"상호(소속)", sw[1], true}, Cell{"성명", sw[2], true},
           Cell{"서명 또는 날인", sw[3], true}},
          cell);
  y += 22;
  TextStyle sign_cell;
  sign_cell.size = 10.5;
  DrawRow(canvas, x, y, 52,
          {Cell{"확인자(수요처)", sw[0], false, Align::kCenter}, Cell{d.shop_name, sw[1], false, Align::kCenter},
           Cell{d.shop_owner, sw[2], false, Align::kCenter}, Cell{"", sw[3]}},
          sign_cell);
  DrawSignatureBox(canvas, x + sw[0] + sw[1] + sw[2], y, sw[3], 52, d, rng, /*border=*/false);
  y += 52;
  DrawRow(canvas, x, y, 34,
          {Cell{"설치자(공급기업)", sw[0], false, Align::kCenter},
           Cell{d.supplier_name, sw[1], false, Align::kCenter},
           Cell{PersonName(rng), sw[2], false, Align::kCenter}, Cell{"", sw[3]}},
          sign_cell);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (third set): a landscape "현장점검 확인서" the supplier's technician brings — the shop's
// details as a borderless key/value list on the left, an O/X checklist on the right, the
// inspection date only inside the closing sentence, and the owner's signature at the bottom.
void DrawInspectionFieldCheck(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const InspectionData& d = spec.inspection;
  const double x = 44, width = canvas.width() - 88;
  TextStyle title;
  title.size = 19;
  title.bold = true;
  canvas.Text(x, 34, "스마트기술 설치 현장점검 확인서", title);
  TextStyle tag;
  tag.size = 9;
  tag.color = kGray;
  tag.align = Align::kRight;
  canvas.Text(x + width, 42, "스마트상점 기술보급사업 | 수요기업 확인용", tag);
  canvas.Line(x, 70, x + width, 70, 1.4);

  TextStyle heading;
  heading.size = 11.5;
  heading.bold = true;
  TextStyle label;
  label.size = 10.5;
  label.color = Rgb{0.3, 0.3, 0.3};
  TextStyle value;
  value.size = 11;
  const double left_w = 356, key_w = 104;
  double y = 86;
  canvas.Text(x, y, "가. 점검 대상", heading);
  y += 28;
  const std::vector<std::pair<std::string, std::string>> facts = {
      {"상      호", d.shop_name},
      {"성명(대표)", d.shop_owner},
      {"사업자번호", d.shop_brn},
      {"소  재  지", d.shop_address},
      {"연  락  처", d.phone},
      {"공급업체", d.supplier_name},
      {"도입 품목", d.technology + " " + std::to_string(d.quantity) + "대"},
      {"설치완료일", d.install_date.Korean()},
  };
  for (const auto& [key, text] : facts) {
    canvas.Text(x + 6, y, key, label);
    canvas.Text(x + key_w - 6, y, ":", label);
    canvas.Text(x + key_w + 4, y, text, FitWidth(canvas, text, value, left_w - key_w - 4));
    y += 27;
  }

  const double rx = x + left_w + 30, rw = width - left_w - 30;
  double ry = 86;
  canvas.Text(rx, ry, "나. 점검 결과", heading);
  ry += 28;
  TextStyle cell;
  cell.size = 10;
  const double mark_w = 46, item_w = rw - 2 * mark_w;
  DrawRow(canvas, rx, ry, 24,
          {Cell{"점검 항목", item_w, true}, Cell{"양호", mark_w, true}, Cell{"불량", mark_w, true}}, cell);
  ry += 24;
  const char* const checks[] = {"제품 외관 및 설치 위치", "전원 및 네트워크 연결", "주요 기능 정상 작동",
                                "점주 대상 사용법 교육", "A/S 연락처 부착 및 안내", "계약 수량과 설치 수량 일치"};
  for (const char* check : checks) {
    DrawRow(canvas, rx, ry, 24,
            {Cell{check, item_w}, Cell{"○", mark_w, false, Align::kCenter}, Cell{"", mark_w}}, cell);
    ry += 24;
  }
  ry += 8;
  DrawRow(canvas, rx, ry, 30, {Cell{"특이사항", 80, true}, Cell{"없음", rw - 80}}, cell);

  y = std::max(y, ry + 30) + 20;
  canvas.Line(x, y, x + width, y, 0.5, Rgb{0.6, 0.6, 0.6});
  y += 16;
  TextStyle body;
  body.size = 11;
  y += ParagraphByWords(canvas, x, y, width,
                        "상기 사업장에 설치된 " + d.technology + "에 대하여 " + d.inspection_date.DottedLoose() +
                            " 현장 점검을 실시한 결과, 계약 내용과 같이 정상적으로 설치되어 작동함을 "
                            "확인합니다.",
                        body, 1.6);
  const double box_w = 86, box_h = 44, box_x = x + width - box_w, box_y = y + 24;
  TextStyle sign = body;
  sign.align = Align::kRight;
  canvas.Text(box_x - 8, box_y + 14, "확인자 (수요기업 대표)   " + d.shop_owner, sign);
  DrawSignatureBox(canvas, box_x, box_y, box_w, box_h, d, rng, /*border=*/false);
  canvas.Text(x, box_y + 14, "점검자 : " + d.supplier_name + " 기술지원팀", body);
  TextStyle note;
  note.size = 8.5;
  note.color = kGray;
  const double foot = canvas.height() - 64;
  canvas.Line(x, foot - 10, x + width, foot - 10, 0.5, Rgb{0.6, 0.6, 0.6});
  canvas.Text(x, foot, "※ 이 확인서는 보조금 지급 청구 시 증빙서류로 제출되며, 사실과 다르게 작성한 경우 "
                       "보조금이 환수될 수 있습니다.", note);
  canvas.Text(x, foot + 14, "※ 점검 결과 불량 항목이 있는 경우 보완 설치 후 다시 확인합니다.", note);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (fourth set): a "물품 인수 확인서" the shop signs when the goods arrive — each fact
// written as "label : value" inside its own bordered cell (two cells a row), the delivery and
// the check dated in one line of cells, the result as ticked sentences, and the receiver's
// name line carrying the signature at the foot.
void DrawInspectionReceiptCells(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const InspectionData& d = spec.inspection;
  const double x = 52, width = canvas.width() - 104;
  TextStyle code;
  code.size = 8.5;
  code.color = kGray;
  canvas.Text(x, 36, "문서번호 : 스마트상점-" + std::to_string(d.inspection_date.year) + "-" +
                         Pad(rng.Int(1, 9999), 4),
              code);
  TextStyle title;
  title.size = 21;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 62, "물품 인수 및 검수 확인서", title);
  canvas.Line(x + width / 2 - 130, 94, x + width / 2 + 130, 94, 0.6);

  TextStyle heading;
  heading.size = 11.5;
  heading.bold = true;
  TextStyle text;
  text.size = 10.5;
  const double half = width / 2, h = 30;
  double y = 114;
  // "label : value" together in one cell.
  auto cells = [&](const std::vector<std::pair<std::string, std::string>>& row) {
    const double cw = row.size() == 1 ? width : half;
    for (size_t i = 0; i < row.size(); ++i) {
      const double cx = x + half * static_cast<double>(i);
      canvas.Rect(cx, y, cw, h, 0.7);
      const std::string line = row[i].first + " : " + row[i].second;
      canvas.TextInBox(cx + 4, y, cw - 8, h, line, FitWidth(canvas, line, text, cw - 18));
    }
    y += h;
  };
  canvas.Text(x, y, "1. 인수자 (스마트상점 수혜 소상공인)", heading);
  y += 24;
  cells({{"상 호", d.shop_name}, {"대 표 자", d.shop_owner}});
  cells({{"등록번호", d.shop_brn}, {"전화번호", d.phone}});
  cells({{"주 소", d.shop_address}});
  y += 22;
  canvas.Text(x, y, "2. 인수 물품", heading);
  y += 24;
  cells({{"품 명", d.technology}, {"수 량", std::to_string(d.quantity) + " 대"}});
  cells({{"납품업체", d.supplier_name}});
  cells({{"납품일", d.install_date.Iso()}, {"확인일", d.inspection_date.Iso()}});
  y += 22;

  canvas.Text(x, y, "3. 확인 사항", heading);
  y += 26;
  const char* const checks[] = {"[V] 주문한 물품이 수량대로 빠짐없이 납품·설치되었습니다.",
                                "[V] 설치 후 시험 가동하여 정상 작동함을 확인하였습니다.",
                                "[V] 사용법 교육과 A/S 접수 방법을 안내받았습니다."};
  for (const char* check : checks) {
    canvas.Text(x + 10, y, check, text);
    y += 24;
  }
  y += 20;
  TextStyle body;
  body.size = 11;
  y += ParagraphByWords(canvas, x, y, width,
                        "본인은 위 물품을 이상 없이 인수하였으며, 검수 결과 계약 내용과 일치함을 확인합니다.", body,
                        1.6);
  TextStyle center = body;
  center.align = Align::kCenter;
  canvas.Text(x + width / 2, y + 14, d.inspection_date.Korean(), center);
  y += 56;
  TextStyle right = body;
  right.align = Align::kRight;
  const double box_w = 78, box_h = 44, box_x = x + width - box_w;
  canvas.Text(box_x - 10, y + 14, "인수자 :  " + d.shop_owner, right);
  DrawSignatureBox(canvas, box_x, y, box_w, box_h, d, rng, /*border=*/false);
  canvas.Line(box_x - 170, y + box_h - 6, box_x + box_w, y + box_h - 6, 0.5, kGray);
  y += box_h + 40;
  TextStyle to;
  to.size = 12.5;
  to.bold = true;
  canvas.Text(x, y, "(주관기관) 소상공인시장진흥공단 귀하", to);
  TextStyle note;
  note.size = 8.5;
  note.color = kGray;
  ParagraphByWords(canvas, x, canvas.height() - 66, width,
                   "※ 인수자는 물품을 직접 확인한 후 서명(날인)하여 주시기 바랍니다. 허위로 확인한 경우 "
                   "보조금이 환수될 수 있습니다.",
                   note, 1.3);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (fifth set).
void DrawInspectionHeaderRows(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const InspectionData& d = spec.inspection;
  const double x = 44, width = canvas.width() - 88;
  TextStyle title;
  title.size = 19;
  title.bold = true;
  canvas.Text(x, 48, "스마트기술 도입 검수 확인서", title);
  TextStyle meta;
  meta.size = 8.5;
  meta.color = kGray;
  meta.align = Align::kRight;
  canvas.Text(x + width, 56, "[별지 제" + std::to_string(rng.Int(3, 9)) + "호 서식]", meta);
  canvas.FillRect(x, 80, width, 3, Rgb{0.2, 0.2, 0.2});

  TextStyle head;
  head.size = 9.5;
  head.bold = true;
  TextStyle val;
  val.size = 10.5;
  const Rgb fill{0.88, 0.9, 0.93};
  double y = 100;
  // Header row of names, values in the row beneath.
  auto band = [&](const std::vector<std::string>& names, const std::vector<std::string>& values) {
    const double cw = width / static_cast<double>(names.size());
    std::vector<Cell> top, bottom;
    for (size_t i = 0; i < names.size(); ++i) {
      top.push_back(Cell{names[i], cw, true});
      bottom.push_back(Cell{"", cw, false, Align::kCenter});
    }
    DrawRow(canvas, x, y, 24, top, head, kBlack, 0.6, fill);
    y += 24;
    DrawRow(canvas, x, y, 30, bottom, val, kBlack, 0.6, fill);
    for (size_t i = 0; i < values.size(); ++i) {
      TextStyle s = FitWidth(canvas, values[i], val, cw - 10);
      s.align = Align::kCenter;
      canvas.TextInBox(x + cw * static_cast<double>(i), y, cw, 30, values[i], s);
    }
    y += 30 + 14;
  };
  TextStyle section;
  section.size = 11;
  section.bold = true;
  canvas.Text(x, y, "■ 도입 매장", section);
  y += 20;
  band({"매장명", "점주 성명", "사업자등록번호"}, {d.shop_name, d.shop_owner, d.shop_brn});
  band({"매장 소재지", "연락처"}, {d.shop_address, d.phone});
  canvas.Text(x, y, "■ 도입 기술", section);
  y += 20;
  band({"기술(장비)명", "대수", "공급기업"}, {d.technology, std::to_string(d.quantity), d.supplier_name});
  band({"시공 완료일", "검수 확인일"}, {d.install_date.Korean(), d.inspection_date.Korean()});

  canvas.Text(x, y, "■ 검수 결과", section);
  y += 20;
  const char* const rows[] = {"장비 외관 및 구성품", "전원 및 네트워크 연결", "주요 기능 작동", "사용자 교육"};
  const double rw = width - 160;
  DrawRow(canvas, x, y, 22, {Cell{"점검 항목", rw, true}, Cell{"적합", 80, true}, Cell{"부적합", 80, true}},
          head, kBlack, 0.6, fill);
  y += 22;
  for (const char* r : rows) {
    DrawRow(canvas, x, y, 24,
            {Cell{r, rw}, Cell{"O", 80, false, Align::kCenter}, Cell{"", 80}}, val, kBlack, 0.6);
    y += 24;
  }
  y += 26;
  TextStyle body;
  body.size = 11;
  y += ParagraphByWords(canvas, x, y, width,
                        "상기 기술이 정상적으로 설치되어 작동함을 확인하였기에 검수 확인서를 제출합니다.", body, 1.6);
  y += 30;
  const double box_w = 84, box_h = 48, box_x = x + width - box_w;
  TextStyle right = body;
  right.align = Align::kRight;
  canvas.Text(box_x - 8, y + 16, "확인자(점주)   " + d.shop_owner, right);
  DrawSignatureBox(canvas, box_x, y, box_w, box_h, d, rng, /*border=*/true);
  y += box_h + 36;
  TextStyle to;
  to.size = 12;
  to.bold = true;
  canvas.Text(x, y, "소상공인시장진흥공단 이사장 귀하", to);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (sixth set).
void DrawInspectionPanels(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const InspectionData& d = spec.inspection;
  const double x = 48, width = canvas.width() - 96;
  TextStyle tag;
  tag.size = 8.5;
  tag.color = kGray;
  canvas.Text(x, 36, "[서식 " + std::to_string(rng.Int(6, 12)) + "]", tag);
  TextStyle cell;
  cell.size = 8.5;
  DrawRow(canvas, x + width - 170, 30, 20, {Cell{"접수번호", 60, true}, Cell{"", 110}}, cell);
  canvas.Text(x + width - 170, 53, "※ 접수번호는 기관에서 적습니다.", tag);
  TextStyle title;
  title.size = 20;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 78, "스마트상점 기술 설치완료 확인서", title);
  TextStyle sub;
  sub.size = 10;
  sub.align = Align::kCenter;
  canvas.Text(x + width / 2, 108, "( 검수 결과 확인 포함 )", sub);

  // Two panels side by side, each a title bar over captioned values.
  const double gap = 16, pw = (width - gap) / 2, top = 138, panel_h = 252;
  TextStyle bar;
  bar.size = 10.5;
  bar.bold = true;
  TextStyle caption;
  caption.size = 8.5;
  caption.color = Rgb{0.4, 0.4, 0.4};
  TextStyle value;
  value.size = 11;
  value.bold = true;
  using Fields = std::vector<std::pair<std::string, std::string>>;  // caption, value
  auto panel = [&](double px, const char* heading, const Fields& fields) {
    canvas.FillRect(px, top, pw, 24, Rgb{0.86, 0.86, 0.86});
    canvas.Rect(px, top, pw, panel_h, 0.9);
    canvas.TextInBox(px + 4, top, pw - 8, 24, heading, bar);
    double fy = top + 34;
    for (const auto& [cap, text] : fields) {
      canvas.Text(px + 10, fy, cap, caption);
      canvas.Text(px + 14, fy + 13, text, FitWidth(canvas, text, value, pw - 26));
      canvas.Line(px + 10, fy + 35, px + pw - 10, fy + 35, 0.4, Rgb{0.7, 0.7, 0.7});
      fy += 43;
    }
  };
  panel(x, "① 신청 매장", {{"매장 상호", d.shop_name},
                           {"사업주 성명", d.shop_owner},
                           {"사업자 등록번호", d.shop_brn},
                           {"매장 주소", d.shop_address},
                           {"연락처 (휴대전화)", d.phone}});
  panel(x + pw + gap, "② 도입 기술", {{"기술(제품)명", d.technology},
                                      {"설치 수량", std::to_string(d.quantity) + " 대"},
                                      {"공급(시공) 업체", d.supplier_name},
                                      {"설치(시공) 완료일", d.install_date.KoreanLoose()},
                                      {"비고", "무상 A/S 1년"}});

  // The checks as four ticked tiles.
  double y = top + panel_h + 24;
  TextStyle heading = bar;
  canvas.Text(x, y, "③ 검수 결과", heading);
  y += 22;
  const char* const checks[] = {"계약 수량대로 설치됨", "전원·통신 연결 정상", "주요 기능 시연 완료", "사용 교육 이수"};
  TextStyle tile;
  tile.size = 10;
  const double tw = width / 4;
  for (int i = 0; i < 4; ++i) {
    canvas.Rect(x + tw * i, y, tw, 30, 0.7);
    const std::string ticked = std::string("☑ ") + checks[i];
    canvas.TextInBox(x + tw * i, y, tw, 30, ticked, FitWidth(canvas, ticked, tile, tw - 12));
  }
  y += 30;
  DrawRow(canvas, x, y, 30, {Cell{"검수 의견", 90, true}, Cell{"이상 없음 (정상 작동 확인)", width - 90}}, tile);
  y += 44;

  TextStyle body;
  body.size = 11;
  y += ParagraphByWords(canvas, x, y, width,
                        "위와 같이 스마트기술의 설치가 완료되었으며, 본인이 직접 검수한 결과 계약 내용과 다름이 "
                        "없음을 확인합니다.",
                        body, 1.6);
  y += 18;
  canvas.Text(x, y, "검수일 :  " + d.inspection_date.DottedLoose(), body);
  y += 34;
  // Sign-off: the owner's line with the signature, the installer's printed only.
  const double box_w = 80, box_h = 44, box_x = x + width - box_w;
  TextStyle right = body;
  right.align = Align::kRight;
  canvas.Text(box_x - 10, y + 14, "매장 사업주 :  " + d.shop_owner, right);
  DrawSignatureBox(canvas, box_x, y, box_w, box_h, d, rng, /*border=*/false);
  y += box_h + 14;
  canvas.Text(box_x - 10, y + 2, "시공 담당자 :  " + d.supplier_name + "  " + PersonName(rng), right);
  y += 52;
  TextStyle to;
  to.size = 12.5;
  to.bold = true;
  canvas.Text(x, y, "소상공인시장진흥공단 지역센터장 귀하", to);
  TextStyle note;
  note.size = 8;
  note.color = kGray;
  canvas.Text(x, canvas.height() - 50, "210mm × 297mm [백상지 80g/㎡]", note);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (seventh set).
void DrawInspectionWorkSlip(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const InspectionData& d = spec.inspection;
  const double w = canvas.width(), h = canvas.height(), x = 22, width = w - 44;
  const Rgb form{0.1, 0.42, 0.3};   // the pre-printed form
  const Rgb pen{0.08, 0.14, 0.52};  // what the installer filled in
  const Rgb tint{0.88, 0.94, 0.9};
  canvas.FillRect(0, 0, w, h, Rgb{1.0, 0.985, 0.87});  // the yellow copy of a carbonless set
  canvas.Rect(12, 12, w - 24, h - 24, 1.2, form);
  TextStyle company;
  company.size = 10;
  company.bold = true;
  company.color = form;
  canvas.Text(x, 22, d.supplier_name, FitWidth(canvas, d.supplier_name, company, 150));
  TextStyle title;
  title.size = 17;
  title.bold = true;
  title.color = form;
  title.align = Align::kCenter;
  canvas.Text(w / 2, 20, "설 치 작 업 확 인 서", title);
  TextStyle serial;
  serial.size = 11;
  serial.bold = true;
  serial.color = Rgb{0.8, 0.12, 0.12};
  serial.align = Align::kRight;
  canvas.Text(x + width, 22, "No. " + Pad(rng.Int(1, 999999), 7), serial);
  TextStyle copy;
  copy.size = 8;
  copy.color = form;
  copy.align = Align::kCenter;
  canvas.Text(w / 2, 44, "(제 출 용)", copy);

  TextStyle printed;
  printed.size = 9;
  printed.color = form;
  TextStyle filled;
  filled.size = 10.5;
  filled.color = pen;
  canvas.Text(x, 62, "작업구분 :", printed);
  canvas.Text(x + 54, 61, "■ 신규설치    □ 이전설치    □ 추가설치    □ 점검·A/S", filled);

  // The customer's block: pre-printed captions, values in the installer's pen.
  const double lw = 70, half = width / 2, rh = 25;
  double y = 82;
  auto row = [&](const std::vector<std::pair<std::string, std::string>>& pairs) {
    const double span = width / static_cast<double>(pairs.size());
    double left = x;
    for (const auto& [label, text] : pairs) {
      DrawRow(canvas, left, y, rh, {Cell{label, lw, true}, Cell{"", span - lw}}, printed, form, 0.6, tint);
      canvas.TextInBox(left + lw, y, span - lw, rh, text, FitWidth(canvas, text, filled, span - lw - 10));
      left += span;
    }
    y += rh;
  };
  row({{"설치처(상호)", d.shop_name}, {"대표자명", d.shop_owner}});
  row({{"사업자 No.", d.shop_brn}, {"연 락 처", d.phone}});
  row({{"설치 주소", d.shop_address}});
  row({{"설치 품목", d.technology}, {"수    량", std::to_string(d.quantity) + " 대"}});
  row({{"작업완료일", d.install_date.KoreanLoose()}, {"고객확인일", d.inspection_date.KoreanLoose()}});
  canvas.Rect(x, 82, width, y - 82, 1.0, form);

  DrawRow(canvas, x, y + 6, 42, {Cell{"작업내용", lw, true}, Cell{"", width - lw}}, printed, form, 0.6, tint);
  TextStyle work = filled;
  work.size = 9.5;
  canvas.Text(x + lw + 8, y + 10, "☑ 본체 설치 및 고정   ☑ 전원·네트워크 연결   ☑ 시험 운전 (정상)", work);
  canvas.Text(x + lw + 8, y + 27, "☑ 사용법 교육   ☑ A/S 안내 스티커 부착      특이사항 : 없음", work);
  y += 6 + 42 + 8;

  // Installer on the left, the customer's confirmation and signature on the right.
  const double box_h = h - 12 - 30 - y, left_w = half - 50, right_x = x + left_w + 8, right_w = width - left_w - 8;
  auto frame = [&](double bx, double bw, const char* head) {
    canvas.FillRect(bx, y, bw, 18, tint);
    canvas.Rect(bx, y, bw, box_h, 0.8, form);
    canvas.TextInBox(bx, y, bw, 18, head, TextStyle{8.5, true, Align::kCenter, form, ""});
  };
  frame(x, left_w, "작  업  자");
  frame(right_x, right_w, "고  객  확  인");
  canvas.Text(x + 8, y + 26, "소속 :", printed);
  canvas.Text(x + 44, y + 25, d.supplier_name, FitWidth(canvas, d.supplier_name, filled, left_w - 52));
  canvas.Text(x + 8, y + 46, "기사 :", printed);
  canvas.Text(x + 44, y + 45, PersonName(rng), filled);
  canvas.Text(x + 8, y + 66, "작업시간 :", printed);
  const int start = static_cast<int>(rng.Int(9, 16));
  canvas.Text(x + 60, y + 65, Pad(start, 2) + ":00 ~ " + Pad(start + 1, 2) + ":30", filled);
  TextStyle notice = printed;
  notice.size = 8.5;
  canvas.Text(right_x + 8, y + 24, "위와 같이 설치 작업이 완료되어 정상 작동함을 확인합니다.", notice);
  const double sign_w = 72, sign_h = 38, sign_x = right_x + right_w - sign_w - 8, sign_y = y + 40;
  TextStyle who = printed;
  who.size = 9.5;
  who.align = Align::kRight;
  const double who_w = canvas.MeasureWidth(d.shop_owner, filled);
  TextStyle right = filled;
  right.align = Align::kRight;
  canvas.Text(sign_x - 6, sign_y + 11, d.shop_owner, right);
  canvas.Text(sign_x - 14 - who_w, sign_y + 12, "확인자(대표자) :", who);
  canvas.Line(sign_x - 110, sign_y + sign_h - 8, sign_x + sign_w, sign_y + sign_h - 8, 0.5, form);
  DrawSignatureBox(canvas, sign_x, sign_y, sign_w, sign_h, d, rng, /*border=*/false);

  TextStyle note = printed;
  note.size = 7.5;
  canvas.Text(x, h - 34,
              "※ 3매 복사식 (1. 공급기업 보관용  2. 고객 보관용  3. 제출용) — 보조금 청구 시 제출용을 첨부하십시오.", note);
  TextStyle help = note;
  help.align = Align::kRight;
  canvas.Text(x + width, h - 34, "A/S 접수 1588-" + Pad(rng.Int(1000, 9999), 4), help);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (eighth set).
void DrawInspectionStatuteForm(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const InspectionData& d = spec.inspection;
  const double x = 48, width = canvas.width() - 96;
  TextStyle tiny;
  tiny.size = 8;
  tiny.color = Rgb{0.3, 0.3, 0.3};
  canvas.Text(x, 30, "■ 스마트상점 기술보급사업 운영지침 [별지 제" + std::to_string(rng.Int(5, 11)) +
                         "호서식] <개정 2026. 1. 2.>",
              tiny);
  TextStyle title;
  title.size = 18;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 52, "스마트기술 설치·검수 확인서", title);
  canvas.Text(x, 88, "※ [ ]에는 해당되는 곳에 √표를 합니다.", tiny);

  // The statute-form grid: heavy rules above and below, no outer side borders, shaded captions
  // spread across their cells, and a caption cell spanning each block's rows at the left.
  const Rgb shade{0.93, 0.93, 0.93};
  const double cap_w = 60, lw = 92, vw = (width - cap_w - 2 * lw) / 2;
  TextStyle label;
  label.size = 10;
  TextStyle value;
  value.size = 10.5;
  TextStyle block_caption = label;
  block_caption.bold = true;
  block_caption.align = Align::kCenter;
  double y = 104;
  canvas.Line(x, y, x + width, y, 1.6);
  // One row of (caption, value) pairs after the block caption column; a pair with an empty
  // caption is a plain cell (a statement or an answer).
  auto row = [&](double h, const std::vector<std::pair<std::string, std::string>>& pairs,
                 const std::vector<double>& widths) {
    double left = x + cap_w;
    for (size_t i = 0; i < pairs.size(); ++i) {
      const auto& [caption, text] = pairs[i];
      double cell_w = widths[i];
      canvas.Line(left, y, left, y + h, 0.5);
      if (!caption.empty()) {
        canvas.FillRect(left + 0.3, y + 0.3, lw - 0.6, h - 0.6, shade);
        const double top = y + (h - canvas.LineHeight(label)) / 2;
        if (caption.find('(') == std::string::npos) {
          DrawDistributed(canvas, left + 8, top, lw - 16, caption, label);
        } else {
          TextStyle centred = FitWidth(canvas, caption, label, lw - 8);
          centred.align = Align::kCenter;
          canvas.Text(left + lw / 2, top, caption, centred);
        }
        canvas.Line(left + lw, y, left + lw, y + h, 0.5);
        left += lw;
        cell_w -= lw;
      }
      canvas.TextInBox(left + 2, y, cell_w - 4, h, text, FitWidth(canvas, text, value, cell_w - 14));
      left += cell_w;
    }
    y += h;
    canvas.Line(x + cap_w, y, x + width, y, 0.5);
  };
  auto block = [&](const char* caption, double top) {
    canvas.TextInBox(x, top, cap_w, y - top, caption, block_caption);
    canvas.Line(x, y, x + width, y, 0.9);
  };
  const double pair_w = lw + vw;
  double top = y;
  row(32, {{"상호(점포명)", d.shop_name}, {"사업자등록번호", d.shop_brn}}, {pair_w, pair_w});
  row(32, {{"성명(대표자)", d.shop_owner}, {"전화번호", d.phone}}, {pair_w, pair_w});
  row(32, {{"사업장 소재지", d.shop_address}}, {width - cap_w});
  block("확 인 자", top);
  top = y;
  row(32, {{"기술(제품)명", d.technology}, {"수량", std::to_string(d.quantity) + " 대"}}, {pair_w, pair_w});
  row(32, {{"공급기업", d.supplier_name}}, {width - cap_w});
  row(32, {{"설치일자", d.install_date.Korean()}, {"검수일자", d.inspection_date.Korean()}}, {pair_w, pair_w});
  block("설치내역", top);
  top = y;
  const char* const checks[] = {"계약한 기술(제품)이 계약 수량대로 설치되었습니다.",
                                "설치된 기술이 정상적으로 작동합니다.",
                                "사용 방법 교육과 사후관리(A/S) 안내를 받았습니다."};
  const double answer_w = 150;
  for (const char* check : checks) {
    row(28, {{"", check}, {"", "[√] 예     [  ] 아니오"}}, {width - cap_w - answer_w, answer_w});
  }
  block("확인사항", top);
  canvas.Line(x, y, x + width, y, 1.6);
  canvas.Line(x + cap_w, 104, x + cap_w, y, 0.5);

  // Declaration, date and the signer's line.
  TextStyle body;
  body.size = 11;
  y += 24;
  y += ParagraphByWords(canvas, x + 6, y, width - 12,
                        "본인은 위 스마트기술이 계약한 내용대로 설치되어 정상적으로 작동하는 것을 직접 확인하였으며, "
                        "위 기재 사항이 사실과 다름없음을 확인합니다.",
                        body, 1.6);
  TextStyle right = body;
  right.align = Align::kRight;
  y += 14;
  canvas.Text(x + width - 20, y, d.inspection_date.KoreanLoose(), right);
  y += 30;
  const double box_w = 76, box_h = 42, box_x = x + width - box_w;
  canvas.Text(box_x - 10, y + 13, "확인자(대표자)     " + d.shop_owner, right);
  DrawSignatureBox(canvas, box_x, y, box_w, box_h, d, rng, /*border=*/false);
  y += box_h + 26;
  TextStyle to = body;
  to.size = 13;
  to.bold = true;
  canvas.Text(x, y, "소상공인시장진흥공단 이사장 귀하", to);
  y += 40;

  // Attachments, then the processing steps every statute form ends with.
  canvas.Line(x, y, x + width, y, 1.6);
  canvas.FillRect(x, y, cap_w + 30, 32, shade);
  canvas.TextInBox(x, y, cap_w + 30, 32, "첨부서류", block_caption);
  canvas.Line(x + cap_w + 30, y, x + cap_w + 30, y + 32, 0.5);
  canvas.TextInBox(x + cap_w + 36, y, width - cap_w - 40, 32, "1. 설치 현장 사진 1부    2. 제품 일련번호(S/N) 사진 1부",
                   label);
  y += 32;
  canvas.Line(x, y, x + width, y, 1.6);
  y += 20;
  TextStyle steps_title = label;
  steps_title.align = Align::kCenter;
  canvas.FillRect(x, y, width, 20, shade);
  canvas.TextInBox(x, y, width, 20, "처 리 절 차", steps_title);
  y += 30;
  const char* const steps[][2] = {
      {"확인서 작성", "소상공인"}, {"제출", "기술공급기업"}, {"검토·확인", "지역센터"}, {"보조금 지급", "공단"}};
  const double step_w = 86, arrow = (width - 4 * step_w) / 3;
  TextStyle step = label;
  step.size = 9.5;
  step.align = Align::kCenter;
  TextStyle who = tiny;
  who.align = Align::kCenter;
  cairo_t* cr = canvas.cairo();
  for (int i = 0; i < 4; ++i) {
    const double sx = x + (step_w + arrow) * i;
    canvas.Rect(sx, y, step_w, 28, 0.7);
    canvas.TextInBox(sx, y, step_w, 28, steps[i][0], step);
    canvas.Text(sx + step_w / 2, y + 34, steps[i][1], who);
    if (i == 3) break;
    const double ax = sx + step_w + arrow * 0.3, aw = arrow * 0.4, ay = y + 14;
    cairo_new_path(cr);
    cairo_save(cr);
    cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
    cairo_move_to(cr, ax, ay - 6);
    cairo_line_to(cr, ax + aw, ay);
    cairo_line_to(cr, ax, ay + 6);
    cairo_close_path(cr);
    cairo_fill(cr);
    cairo_restore(cr);
  }
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (ninth set).
void DrawInspectionTabletReport(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const InspectionData& d = spec.inspection;
  const double w = canvas.width(), x = 40, width = w - 80;
  const Rgb accent{0.0, 0.47, 0.45};
  const Rgb card_line{0.8, 0.84, 0.84};
  const std::string rounded = "NanumSquareRound";  // the field app's face
  cairo_t* cr = canvas.cairo();
  auto card = [&](double cx, double cy, double cw, double ch) {
    const double r = 8;
    cairo_new_path(cr);
    cairo_save(cr);
    cairo_arc(cr, cx + cw - r, cy + r, r, -1.5708, 0);
    cairo_arc(cr, cx + cw - r, cy + ch - r, r, 0, 1.5708);
    cairo_arc(cr, cx + r, cy + ch - r, r, 1.5708, 3.14159);
    cairo_arc(cr, cx + r, cy + r, r, 3.14159, 4.71239);
    cairo_close_path(cr);
    cairo_set_source_rgb(cr, card_line.r, card_line.g, card_line.b);
    cairo_set_line_width(cr, 0.9);
    cairo_stroke(cr);
    cairo_restore(cr);
  };

  // The app's bar, exported with the report, and the document number and page at the right.
  canvas.FillRect(0, 0, w, 46, accent);
  TextStyle bar;
  bar.size = 12;
  bar.bold = true;
  bar.color = Rgb{1, 1, 1};
  bar.family = rounded;
  canvas.Text(x, 15, d.supplier_name + " 현장관리", FitWidth(canvas, d.supplier_name + " 현장관리", bar, width - 170));
  TextStyle bar_right = bar;
  bar_right.size = 8.5;
  bar_right.bold = false;
  bar_right.align = Align::kRight;
  canvas.Text(x + width, 12, "보고서 No. IR-" + d.inspection_date.Compact() + "-" + Pad(rng.Int(1, 999), 3), bar_right);
  canvas.Text(x + width, 26, "1 / 1 페이지", bar_right);

  TextStyle title;
  title.size = 18;
  title.bold = true;
  title.family = rounded;
  canvas.Text(x, 66, "설치 완료 및 검수 확인", title);
  TextStyle sub;
  sub.size = 9;
  sub.color = kGray;
  sub.family = rounded;
  canvas.Text(x, 92, "스마트상점 기술보급사업 · 태블릿 전자서명 확인서", sub);

  // Cards of caption-left, value-right rows, as the app lists them.
  TextStyle caption;
  caption.size = 10;
  caption.color = Rgb{0.38, 0.38, 0.38};
  caption.family = rounded;
  TextStyle value;
  value.size = 11;
  value.bold = true;
  value.family = rounded;
  value.align = Align::kRight;
  TextStyle heading;
  heading.size = 11;
  heading.bold = true;
  heading.color = accent;
  heading.family = rounded;
  double y = 118;
  auto section = [&](const char* name, const std::vector<std::pair<std::string, std::string>>& rows) {
    const double ch = 34 + 26.0 * static_cast<double>(rows.size());
    card(x, y, width, ch);
    canvas.Text(x + 16, y + 10, name, heading);
    double ry = y + 34;
    for (const auto& [label, text] : rows) {
      const double drawn = canvas.Text(x + 16, ry, label, caption);
      canvas.Text(x + width - 16, ry - 0.5, text, FitWidth(canvas, text, value, width - 48 - drawn));
      ry += 26;
    }
    y += ch + 12;
  };
  section("매장 정보", {{"매장명", d.shop_name},
                        {"대표자명", d.shop_owner},
                        {"사업자번호", d.shop_brn},
                        {"연락처", d.phone},
                        {"매장 주소", d.shop_address}});
  section("설치 정보", {{"설치 품목", d.technology},
                        {"설치 수량", std::to_string(d.quantity) + "대"},
                        {"설치 완료일", d.install_date.Iso()},
                        {"검수 확인일", d.inspection_date.Iso()}});

  // The checks the technician ticked, with round check marks.
  const char* const checks[] = {"제품 외관 및 구성품 이상 없음", "전원 연결 및 정상 작동 확인",
                                "사용자 교육 완료", "A/S 연락처 안내 완료"};
  const double ch = 34 + 22.0 * 4;
  card(x, y, width, ch);
  canvas.Text(x + 16, y + 10, "점검 항목", heading);
  TextStyle check = caption;
  check.color = kBlack;
  double ry = y + 34;
  for (const char* text : checks) {
    cairo_new_path(cr);
    cairo_save(cr);
    cairo_set_source_rgb(cr, accent.r, accent.g, accent.b);
    cairo_arc(cr, x + 24, ry + 7, 6, 0, 6.2832);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_set_line_width(cr, 1.4);
    cairo_move_to(cr, x + 21, ry + 7);
    cairo_line_to(cr, x + 23.5, ry + 9.5);
    cairo_line_to(cr, x + 27.5, ry + 4.5);
    cairo_stroke(cr);
    cairo_restore(cr);
    canvas.Text(x + 38, ry, text, check);
    ry += 22;
  }
  y += ch + 12;

  // The customer's confirmation and the signature captured on the tablet.
  const double sign_h = 150;
  card(x, y, width, sign_h);
  canvas.Text(x + 16, y + 10, "고객 확인", heading);
  TextStyle body = check;
  body.size = 9.5;
  ParagraphByWords(canvas, x + 16, y + 32, width - 32,
                   "위 매장에 계약한 기술이 설치되어 정상 작동함을 확인하였으며, 검수를 완료합니다.", body, 1.4);
  const double box_w = 150, box_h = 62, box_x = x + width - 16 - box_w, box_y = y + sign_h - box_h - 14;
  canvas.Text(x + 16, box_y + 8, "확인자  " + d.shop_owner, caption);
  canvas.Text(x + 16, box_y + 30, "서명일시  " + d.inspection_date.Iso() + " " + Pad(rng.Int(10, 18), 2) + ":" +
                                      Pad(rng.Int(0, 59), 2),
              caption);
  canvas.FillRect(box_x, box_y, box_w, box_h, Rgb{0.97, 0.98, 0.98});
  DrawSignatureBox(canvas, box_x, box_y, box_w, box_h, d, rng, /*border=*/true);

  TextStyle foot = sub;
  foot.size = 7.5;
  canvas.Text(x, canvas.height() - 30,
              "이 문서는 현장관리 앱에서 전자서명으로 작성되어 PDF로 내보낸 것입니다.", foot);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

namespace {

// One piece of a fill-in sentence: printed wording, or a value typed onto an underlined blank.
struct FormPiece {
  std::string text;
  bool blank = false;
};

// Sets `pieces` as a paragraph of `width` from (x, y): wording breaks at spaces, a blank never
// breaks and sits on its own underline. A piece starting with a space leaves a gap before it;
// one without (a particle after a blank) follows closely. Returns the height used.
double FillInParagraph(PageCanvas& canvas, double x, double y, double width, const std::vector<FormPiece>& pieces,
                       const TextStyle& wording, const TextStyle& typed, double line_step) {
  struct Atom {
    std::string text;
    bool blank = false, gap = false;
  };
  std::vector<Atom> atoms;
  for (const FormPiece& piece : pieces) {
    if (piece.blank) {
      atoms.push_back(Atom{piece.text, true, true});
      continue;
    }
    bool gap = !piece.text.empty() && piece.text.front() == ' ';
    size_t start = 0;
    while (start < piece.text.size()) {
      size_t end = piece.text.find(' ', start);
      if (end == std::string::npos) end = piece.text.size();
      if (end > start) {
        atoms.push_back(Atom{piece.text.substr(start, end - start), false, gap});
        gap = true;
      }
      start = end + 1;
    }
  }
  const double space = wording.size * 0.32, pad = 7;
  const double height = canvas.LineHeight(wording);
  double cx = x, top = y;
  bool line_start = true;
  for (const Atom& atom : atoms) {
    const TextStyle& style = atom.blank ? typed : wording;
    const double aw = canvas.MeasureWidth(atom.text, style) + (atom.blank ? 2 * pad : 0);
    double ax = line_start ? x : cx + (atom.gap ? space : 0.5);
    if (!line_start && ax + aw > x + width) {
      top += line_step;
      ax = x;
    }
    if (atom.blank) {
      canvas.Text(ax + pad, top - 0.5, atom.text, style);
      canvas.Line(ax, top + height + 1.5, ax + aw, top + height + 1.5, 0.6);
    } else {
      canvas.Text(ax, top, atom.text, style);
    }
    cx = ax + aw;
    line_start = false;
  }
  return top + line_step - y;
}

}  // namespace

// Held out (tenth set).
void DrawInspectionFillInSentences(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const InspectionData& d = spec.inspection;
  const double w = canvas.width(), x = 66, width = w - 132;
  const std::string serif(kNanumMyeongjo);
  canvas.Rect(40, 40, w - 80, canvas.height() - 80, 1.6);
  canvas.Rect(44, 44, w - 88, canvas.height() - 88, 0.5);

  TextStyle small;
  small.size = 8.5;
  small.color = Rgb{0.3, 0.3, 0.3};
  small.family = serif;
  canvas.Text(x, 60, "스마트상점 기술보급사업", small);
  TextStyle title;
  title.size = 22;
  title.bold = true;
  title.align = Align::kCenter;
  title.family = serif;
  canvas.Text(w / 2, 92, "설치·검수 완료 확인서", title);
  const double title_w = canvas.MeasureWidth("설치·검수 완료 확인서", title);
  canvas.Line(w / 2 - title_w / 2 - 10, 126, w / 2 + title_w / 2 + 10, 126, 1.0);
  canvas.Line(w / 2 - title_w / 2 - 10, 129, w / 2 + title_w / 2 + 10, 129, 1.0);

  TextStyle note = small;
  note.size = 9;
  canvas.Text(x, 150, "※ 밑줄 친 곳은 소상공인(대표자)이 사실대로 기재합니다.", note);

  // The facts live only in the sentences, typed onto the blanks of the agency's template.
  TextStyle wording;
  wording.size = 12;
  wording.family = serif;
  TextStyle typed = wording;
  typed.bold = true;
  const double step = canvas.LineHeight(wording) * 2.1;
  double y = 184;
  const std::vector<FormPiece> first = {
      {"본인"},
      {d.shop_owner, true},
      {"은(는)"},
      {d.shop_address, true},
      {"에 소재한"},
      {d.shop_name, true},
      {" (사업자등록번호"},
      {d.shop_brn, true},
      {")의 대표자로서, 기술공급기업"},
      {d.supplier_name, true},
      {"이(가)"},
      {d.install_date.KoreanLoose(), true},
      {"에 설치를 마친"},
      {d.technology, true},
      {std::to_string(d.quantity), true},
      {"대를"},
      {d.inspection_date.KoreanLoose(), true},
      {"에 직접 검수하였습니다."},
  };
  y += FillInParagraph(canvas, x, y, width, first, wording, typed, step);
  y += 8;
  y += ParagraphByWords(canvas, x, y, width,
                        "검수 결과 위 기술은 계약한 내용과 수량대로 설치되어 정상적으로 작동하며, 본인은 사용 방법과 "
                        "사후관리(A/S) 안내를 받았음을 확인합니다.",
                        wording, 2.1);
  y += 18;

  // The result as a small header-row table with circled marks.
  TextStyle cell;
  cell.size = 10;
  cell.family = serif;
  const std::vector<double> cw = {width * 0.2, width * 0.2, width * 0.2, width * 0.2, width * 0.2};
  const char* const heads[] = {"구분", "설치 수량", "작동 상태", "사용자 교육", "A/S 안내"};
  const char* const marks[] = {"검수 결과", "일치 (○)", "정상 (○)", "완료 (○)", "완료 (○)"};
  std::vector<Cell> head_cells, mark_cells;
  for (size_t i = 0; i < cw.size(); ++i) {
    head_cells.push_back(Cell{heads[i], cw[i], true});
    mark_cells.push_back(Cell{marks[i], cw[i], i == 0, Align::kCenter});
  }
  DrawRow(canvas, x, y, 24, head_cells, cell, kBlack, 0.6, Rgb{0.92, 0.92, 0.92});
  y += 24;
  DrawRow(canvas, x, y, 28, mark_cells, cell, kBlack, 0.6, Rgb{0.92, 0.92, 0.92});
  y += 28 + 36;

  // The date spread out as the template prints it, then the signer.
  TextStyle centre = wording;
  centre.align = Align::kCenter;
  canvas.Text(w / 2, y, d.inspection_date.KoreanLoose(), centre);
  y += 46;
  TextStyle right = wording;
  right.align = Align::kRight;
  const double box_w = 80, box_h = 46, box_x = x + width - box_w;
  canvas.Text(box_x - 10, y + 3, "확 인 자 :  " + d.shop_name, FitWidth(canvas, "확 인 자 :  " + d.shop_name, right, 260));
  canvas.Text(box_x - 10, y + 27, "대 표 자 :  " + d.shop_owner, right);
  DrawSignatureBox(canvas, box_x, y + 6, box_w, box_h, d, rng, /*border=*/false);
  y += box_h + 46;
  TextStyle to = wording;
  to.size = 14;
  to.bold = true;
  canvas.Text(x, y, "소상공인시장진흥공단 이사장 귀하", to);

  // A tinted box of warnings at the foot of the frame.
  const double bh = 58, by = canvas.height() - 60 - bh;
  canvas.FillRect(x - 6, by, width + 12, bh, Rgb{0.94, 0.94, 0.94});
  TextStyle warn = note;
  warn.size = 8.5;
  ParagraphByWords(canvas, x + 2, by + 9, width - 4,
                   "※ 이 확인서를 사실과 다르게 작성하거나 설치·검수가 끝나지 않은 상태에서 작성한 경우 지급된 "
                   "보조금이 환수될 수 있으며, 향후 지원사업 참여가 제한될 수 있습니다.",
                   warn, 1.45);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (eleventh set).
void DrawInspectionStepper(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const InspectionData& d = spec.inspection;
  const double w = canvas.width(), h = canvas.height();
  const double x = 48, width = w - 96;
  const Rgb accent{0.93, 0.42, 0.13};
  const Rgb ink{0.15, 0.15, 0.18};
  const Rgb dim{0.45, 0.46, 0.5};
  const Rgb hair{0.84, 0.85, 0.87};
  const Rgb wash{0.99, 0.96, 0.93};
  cairo_t* cr = canvas.cairo();
  auto disc = [&](double cx, double cy, double r, Rgb fill) {
    cairo_new_path(cr);
    cairo_save(cr);
    cairo_set_source_rgb(cr, fill.r, fill.g, fill.b);
    cairo_arc(cr, cx, cy, r, 0, 2 * M_PI);
    cairo_fill(cr);
    cairo_restore(cr);
  };
  // The supplier's service portal header.
  TextStyle brand;
  brand.size = 12;
  brand.bold = true;
  brand.color = accent;
  canvas.Text(x, 30, d.supplier_name, FitWidth(canvas, d.supplier_name, brand, 250));
  TextStyle meta;
  meta.size = 7.5;
  meta.color = dim;
  meta.align = Align::kRight;
  const std::string doc_no = "SC-" + d.inspection_date.Compact() + "-" + Pad(rng.Int(1, 9999), 4);
  canvas.Text(x + width, 28, "문서번호 " + doc_no, meta);
  canvas.Text(x + width, 40, "고객지원 포털 출력", meta);
  canvas.Line(x, 56, x + width, 56, 0.8, hair);
  TextStyle title;
  title.size = 20;
  title.bold = true;
  title.color = ink;
  canvas.Text(x, 72, "설치 · 검수 확인서", title);
  TextStyle sub;
  sub.size = 9;
  sub.color = dim;
  canvas.Text(x, 102, "스마트상점 기술보급사업  |  설치 진행 현황 및 점주 확인", sub);

  // The shop as a card: its name as the heading, the rest in small lines beneath.
  double y = 132;
  const double card_h = 92;
  canvas.FillRect(x, y, width, card_h, wash);
  canvas.FillRect(x, y, 4, card_h, accent);
  TextStyle tag;
  tag.size = 7.5;
  tag.color = accent;
  tag.bold = true;
  canvas.Text(x + 18, y + 10, "설치 매장", tag);
  TextStyle shop;
  shop.size = 16;
  shop.bold = true;
  shop.color = ink;
  canvas.Text(x + 18, y + 24, d.shop_name, FitWidth(canvas, d.shop_name, shop, width - 36));
  TextStyle line_style;
  line_style.size = 9.5;
  line_style.color = ink;
  const std::string facts = "대표 " + d.shop_owner + "   ·   사업자등록번호 " + d.shop_brn + "   ·   " + d.phone;
  canvas.Text(x + 18, y + 52, facts, FitWidth(canvas, facts, line_style, width - 36));
  TextStyle addr = line_style;
  addr.color = dim;
  addr.size = 9;
  canvas.Text(x + 18, y + 70, d.shop_address, FitWidth(canvas, d.shop_address, addr, width - 36));
  y += card_h + 30;

  // The progress: four steps on a line, captions above the discs, dates below them.
  TextStyle section;
  section.size = 11;
  section.bold = true;
  section.color = ink;
  canvas.Text(x, y, "진행 현황", section);
  y += 34;
  struct Step {
    const char* caption;
    std::string when;
  };
  const Step steps[] = {{"계약 체결", "완료"},
                        {"장비 설치", d.install_date.Dotted()},
                        {"사용자 교육", "설치 당일"},
                        {"검수 완료", d.inspection_date.Dotted()}};
  const double step_gap = (width - 80) / 3, line_y = y + 28;
  canvas.Line(x + 40, line_y, x + 40 + step_gap * 3, line_y, 2.4, accent);
  TextStyle step_cap;
  step_cap.size = 9.5;
  step_cap.bold = true;
  step_cap.color = ink;
  step_cap.align = Align::kCenter;
  TextStyle step_date = step_cap;
  step_date.bold = false;
  step_date.size = 10;
  TextStyle step_no;
  step_no.size = 10;
  step_no.bold = true;
  step_no.color = Rgb{1, 1, 1};
  step_no.align = Align::kCenter;
  for (int i = 0; i < 4; ++i) {
    const double cx = x + 40 + step_gap * i;
    canvas.Text(cx, y, steps[i].caption, step_cap);
    disc(cx, line_y, 12, accent);
    canvas.Ink(cx, line_y - 7, std::to_string(i + 1), step_no);
    canvas.Text(cx, line_y + 20, steps[i].when, step_date);
  }
  y = line_y + 58;

  // What was installed: a header line over one row, horizontal rules only.
  canvas.Text(x, y, "설치 내역", section);
  y += 24;
  const double cols[] = {width * 0.44, width * 0.14, width * 0.42};
  const char* const heads[] = {"기술(제품)", "수량", "공급기업"};
  const std::string values[] = {d.technology, std::to_string(d.quantity) + "대", d.supplier_name};
  TextStyle th;
  th.size = 8.5;
  th.color = dim;
  TextStyle td;
  td.size = 10;
  td.color = ink;
  canvas.Line(x, y, x + width, y, 0.8, ink);
  double cx = x;
  for (int i = 0; i < 3; ++i) {
    canvas.TextInBox(cx, y, cols[i], 22, heads[i], th);
    canvas.TextInBox(cx, y + 22, cols[i], 28, values[i], FitWidth(canvas, values[i], td, cols[i] - 10));
    cx += cols[i];
  }
  canvas.Line(x, y + 22, x + width, y + 22, 0.4, hair);
  canvas.Line(x, y + 50, x + width, y + 50, 0.8, ink);
  y += 72;

  // The checks, two a row, each with a small ticked disc.
  canvas.Text(x, y, "점검 결과", section);
  y += 26;
  const char* const checks[] = {"구성품 및 외관 이상 없음", "전원·네트워크 연결 정상", "주요 기능 시연 완료",
                                "A/S 연락처 및 보증 안내"};
  TextStyle check;
  check.size = 9.5;
  check.color = ink;
  for (int i = 0; i < 4; ++i) {
    const double px = x + (i % 2) * width / 2, py = y + (i / 2) * 24;
    disc(px + 7, py + 7, 6.5, Rgb{0.2, 0.62, 0.35});
    canvas.Line(px + 4, py + 7, px + 6.3, py + 9.5, 1.3, Rgb{1, 1, 1});
    canvas.Line(px + 6.3, py + 9.5, px + 10.5, py + 4.5, 1.3, Rgb{1, 1, 1});
    canvas.Text(px + 20, py, checks[i], check);
  }
  y += 66;

  // The owner's confirmation: a statement, the date, and the signature box.
  const double box_h = 118;
  canvas.Rect(x, y, width, box_h, 0.8, hair);
  canvas.Text(x + 16, y + 14, "점주 확인", section);
  TextStyle body;
  body.size = 9.5;
  body.color = ink;
  ParagraphByWords(canvas, x + 16, y + 38, width - 200,
                   "위 매장에 계약한 기술이 설치되어 정상적으로 작동하는 것을 확인하였으며, 검수를 완료합니다.", body,
                   1.5);
  canvas.Text(x + 16, y + 84, "확인일 :  " + d.inspection_date.KoreanLoose(), body);
  TextStyle who = body;
  who.align = Align::kRight;
  const double sign_x = x + width - 150;
  canvas.Text(sign_x - 8, y + 84, "점주  " + d.shop_owner, who);
  DrawSignatureBox(canvas, sign_x, y + 62, 134, 44, d, rng, true);

  // The portal's footer.
  TextStyle foot;
  foot.size = 7.5;
  foot.color = dim;
  canvas.Line(x, h - 56, x + width, h - 56, 0.5, hair);
  canvas.Text(x, h - 46, "이 확인서는 공급기업 고객지원 포털에서 출력되었으며, 점주 확인란의 서명(날인)으로 효력이 생깁니다.",
              foot);
  TextStyle foot_right = foot;
  foot_right.align = Align::kRight;
  canvas.Text(x + width, h - 32, "페이지 1 / 1", foot_right);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (twelfth set).
void DrawInspectionSignOffStrip(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const InspectionData& d = spec.inspection;
  const double w = canvas.width(), h = canvas.height();
  const double x = 44, width = w - 88;
  const Rgb frame{0.2, 0.2, 0.24};
  const Rgb dim{0.42, 0.42, 0.46};
  const Rgb shade{0.93, 0.94, 0.95};
  const std::string staff = PersonName(rng), coordinator = PersonName(rng);

  // The supplier's internal approval boxes (결재란) at the top right: who drew up the record
  // and who checked it have signed; the head's box is still empty.
  const double col = 54, stack_w = 18, head_h = 16, sign_h = 42;
  const double ax = x + width - stack_w - 3 * col, ay = 22;
  canvas.FillRect(ax, ay, stack_w, head_h + sign_h, shade);
  canvas.Rect(ax, ay, stack_w + 3 * col, head_h + sign_h, 0.8, frame);
  TextStyle tiny;
  tiny.size = 8;
  DrawStackedCaption(canvas, ax, ay, stack_w, head_h + sign_h, "결재", tiny);
  const char* const roles[] = {"담  당", "팀  장", "대  표"};
  TextStyle role = tiny;
  role.align = Align::kCenter;
  for (int i = 0; i < 3; ++i) {
    const double cx = ax + stack_w + i * col;
    canvas.Line(cx, ay, cx, ay + head_h + sign_h, 0.6, frame);
    canvas.TextInBox(cx, ay, col, head_h, roles[i], role);
    if (i < 2) canvas.Scribble(cx + 8, ay + head_h + 8, col - 16, sign_h - 16, rng);
  }
  canvas.Line(ax + stack_w, ay + head_h, ax + stack_w + 3 * col, ay + head_h, 0.6, frame);

  // The supplier and the record's number at the top left, the title under them.
  TextStyle company;
  company.size = 10;
  company.bold = true;
  canvas.Text(x, 24, d.supplier_name, FitWidth(canvas, d.supplier_name, company, ax - x - 20));
  TextStyle meta;
  meta.size = 8;
  meta.color = dim;
  canvas.Text(x, 40, "관리번호 : 검수-" + std::to_string(d.inspection_date.year) + "-" + Pad(rng.Int(1, 9999), 4), meta);
  TextStyle title;
  title.size = 24;
  title.bold = true;
  canvas.Text(x, 56, "검 수 조 서", title);
  TextStyle sub = meta;
  sub.size = 9;
  canvas.Text(x, 92, "스마트상점 기술보급사업  ·  납품 및 설치분", sub);
  canvas.Line(x, 114, x + width, 114, 1.6, frame);

  // Ⅰ. What was inspected: two cards side by side, captions small above their values.
  TextStyle section;
  section.size = 11.5;
  section.bold = true;
  double y = 128;
  canvas.Text(x, y, "Ⅰ. 검수 대상", section);
  y += 24;
  const double card_gap = 14, card_w = (width - card_gap) / 2, card_head = 22, field_h = 32;
  TextStyle card_title;
  card_title.size = 9.5;
  card_title.bold = true;
  card_title.align = Align::kCenter;
  TextStyle cap;
  cap.size = 7.8;
  cap.color = dim;
  TextStyle val;
  val.size = 10.5;
  using Fields = std::vector<std::pair<std::string, std::string>>;
  const double card_h = card_head + field_h * 5 + 4;
  auto card = [&](double cx, const char* heading, const Fields& fields) {
    canvas.FillRect(cx, y, card_w, card_head, shade);
    canvas.Rect(cx, y, card_w, card_h, 0.8, frame);
    canvas.Line(cx, y + card_head, cx + card_w, y + card_head, 0.6, frame);
    canvas.TextInBox(cx, y, card_w, card_head, heading, card_title);
    double fy = y + card_head + 4;
    for (size_t i = 0; i < fields.size(); ++i) {
      canvas.Text(cx + 10, fy, fields[i].first, cap);
      canvas.Text(cx + 10, fy + 11, fields[i].second, FitWidth(canvas, fields[i].second, val, card_w - 20));
      fy += field_h;
      if (i + 1 < fields.size()) canvas.Line(cx + 10, fy - 3, cx + card_w - 10, fy - 3, 0.3, Rgb{0.8, 0.8, 0.82});
    }
  };
  card(x, "납 품 처  (소상공인)",
       Fields{{"상호(점포명)", d.shop_name},
              {"대표자", d.shop_owner},
              {"사업자등록번호", d.shop_brn},
              {"소재지", d.shop_address},
              {"연락처", d.phone}});
  card(x + card_w + card_gap, "납 품 내 역",
       Fields{{"품명(도입기술)", d.technology},
              {"수량", std::to_string(d.quantity) + "대 (설치 포함 1식)"},
              {"공급기업", d.supplier_name},
              {"납품·설치일", d.install_date.DottedLoose()},
              {"검수일", d.inspection_date.DottedLoose()}});
  y += card_h + 18;

  // Ⅱ. The result: a table whose first column merges the rows of each group.
  canvas.Text(x, y, "Ⅱ. 검수 결과", section);
  y += 24;
  const double group_w = 62, mark_w = 44, remark_w = 74, item_w = width - group_w - 2 * mark_w - remark_w;
  TextStyle cell;
  cell.size = 9;
  DrawRow(canvas, x, y, 20,
          {Cell{"구 분", group_w, true}, Cell{"검 수 항 목", item_w, true}, Cell{"적합", mark_w, true},
           Cell{"부적합", mark_w, true}, Cell{"비 고", remark_w, true}},
          cell, frame, 0.7, shade);
  y += 20;
  const std::vector<std::pair<const char*, std::vector<const char*>>> groups = {
      {"외  관", {"구성품 수량 및 외관 손상 여부", "설치 위치 및 고정 상태"}},
      {"기  능", {"전원 및 네트워크 연결", "주요 기능 정상 작동", "주문·결제 연동 시험"}},
      {"교  육", {"점주 및 직원 사용 교육", "A/S 연락처 및 무상 보증 안내"}},
  };
  const double row_h = 18;
  TextStyle mark = cell;
  mark.align = Align::kCenter;
  mark.size = 10;
  for (const auto& [group, items] : groups) {
    const double block_h = row_h * static_cast<double>(items.size());
    canvas.FillRect(x, y, group_w, block_h, Rgb{0.97, 0.97, 0.98});
    canvas.Rect(x, y, group_w, block_h, 0.7, frame);
    TextStyle g = cell;
    g.align = Align::kCenter;
    canvas.TextInBox(x, y, group_w, block_h, group, g);
    for (const char* item : items) {
      DrawRow(canvas, x + group_w, y, row_h,
              {Cell{item, item_w}, Cell{"○", mark_w, false, Align::kCenter}, Cell{"", mark_w},
               Cell{"", remark_w}},
              cell, frame, 0.5);
      y += row_h;
    }
  }
  canvas.Rect(x, y - row_h * 7 - 20, width, row_h * 7 + 20, 1.1, frame);
  y += 16;

  // Ⅲ. The inspector's opinion in a box.
  canvas.Text(x, y, "Ⅲ. 검수 의견", section);
  y += 22;
  canvas.Rect(x, y, width, 34, 0.7, frame);
  TextStyle opinion;
  opinion.size = 10;
  canvas.TextInBox(x + 6, y, width - 12, 34, "납품된 장비가 계약 내용과 일치하며, 설치 후 정상 작동함을 확인함.", opinion);
  y += 44;

  TextStyle statement;
  statement.size = 11;
  statement.align = Align::kCenter;
  canvas.Text(w / 2, y, "위와 같이 검수하였음을 확인합니다.", statement);
  y += 24;
  TextStyle date_style = statement;
  date_style.size = 12;
  canvas.Text(w / 2, y, d.inspection_date.Korean(), date_style);
  y += 30;

  // The sign-off strip: three boxes in a row like the approval boxes, the shop owner's last.
  const double box_gap = 10, box_w = (width - 2 * box_gap) / 3, box_h = 88, box_head = 20;
  TextStyle box_title = card_title;
  box_title.size = 9;
  TextStyle line_style;
  line_style.size = 9.5;
  struct SignBox {
    const char* head;
    std::string org, name;
  };
  const SignBox boxes[] = {{"검 수 자  (공급기업)", d.supplier_name, staff},
                           {"입 회 자  (지역센터)", "스마트상점 지역센터", coordinator},
                           {"확 인 자  (소상공인)", d.shop_name, d.shop_owner}};
  for (int i = 0; i < 3; ++i) {
    const double bx = x + i * (box_w + box_gap);
    canvas.FillRect(bx, y, box_w, box_head, shade);
    canvas.Rect(bx, y, box_w, box_h, 0.8, frame);
    canvas.Line(bx, y + box_head, bx + box_w, y + box_head, 0.6, frame);
    canvas.TextInBox(bx, y, box_w, box_head, boxes[i].head, box_title);
    const std::string org = "소속 : " + boxes[i].org;
    canvas.Text(bx + 8, y + box_head + 7, org, FitWidth(canvas, org, line_style, box_w - 16));
    canvas.Text(bx + 8, y + box_head + 25, "성명 : " + boxes[i].name, line_style);
    if (i == 0) canvas.Scribble(bx + box_w - 70, y + box_head + 38, 58, 26, rng);
    if (i == 2) DrawSignatureBox(canvas, bx + box_w - 86, y + box_head + 34, 78, 32, d, rng, /*border=*/false);
  }

  TextStyle foot;
  foot.size = 7.8;
  foot.color = dim;
  canvas.Text(x, h - 38, "※ 본 조서는 보조금 지급 청구 시 증빙 서류로 제출되며, 검수 결과 부적합 항목이 있으면 보완 후 다시 검수합니다.",
              foot);
  TextStyle page = foot;
  page.align = Align::kCenter;
  canvas.Text(w / 2, h - 24, "- 1 -", page);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (thirteenth set).
void DrawInspectionThermalSlip(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const InspectionData& d = spec.inspection;
  const double w = canvas.width(), h = canvas.height();
  const double x = 14, width = w - 28;
  const Rgb ink{0.13, 0.13, 0.15};
  const std::string mono = "Noto Sans Mono CJK KR";
  const std::string technician = PersonName(rng);
  const std::string technician_phone = PhoneNumber(rng);
  const int hour = static_cast<int>(rng.Int(10, 18)), minute = static_cast<int>(rng.Int(0, 49));
  const std::string at = Pad(hour, 2) + ":" + Pad(minute, 2);

  // Thermal paper off a technician's portable printer: a warm white strip, torn at the foot.
  canvas.FillRect(0, 0, w, h, Rgb{0.99, 0.985, 0.97});
  TextStyle text;
  text.size = 9.5;
  text.color = ink;
  text.family = mono;
  TextStyle centre = text;
  centre.align = Align::kCenter;
  const double step = 15;
  double y = 16;
  auto dashes = [&](bool heavy) {
    y += 3;
    for (double dx = 0; dx < width; dx += heavy ? 4 : 5) {
      canvas.FillRect(x + dx, y, heavy ? 3 : 2.4, heavy ? 1.1 : 0.7, ink);
    }
    y += 8;
  };
  auto row = [&](const std::string& key, const std::string& value) {
    const std::string head = key + " : ";
    const double kw = canvas.MeasureWidth(head, text);
    canvas.Text(x, y, head, text);
    // A long value wraps under itself, word by word.
    y += ParagraphByWords(canvas, x + kw, y, width - kw, value, text, 1.0) + (step - canvas.LineHeight(text));
  };
  auto section = [&](const std::string& name) {
    TextStyle bold = text;
    bold.bold = true;
    canvas.Text(x, y, "■ " + name, bold);
    y += step + 2;
  };

  TextStyle company = centre;
  company.size = 12;
  company.bold = true;
  canvas.Text(w / 2, y, d.supplier_name, FitWidth(canvas, d.supplier_name, company, width));
  y += 20;
  canvas.Text(w / 2, y, "스마트기술 설치·A/S 서비스", centre);
  y += step;
  canvas.Text(w / 2, y, "고객센터 1588-" + Pad(rng.Int(1000, 9999), 4), centre);
  y += step;
  dashes(true);
  // The title printed in reverse, as these printers emphasise a heading.
  canvas.FillRect(x, y, width, 24, ink);
  TextStyle title = centre;
  title.size = 13;
  title.bold = true;
  title.color = Rgb{1, 1, 1};
  canvas.TextInBox(x, y, width, 24, "설치완료 확인서", title);
  y += 29;
  canvas.Text(w / 2, y, "(검수확인용 / 고객 보관)", centre);
  y += step;
  dashes(false);
  row("접수번호", std::to_string(d.inspection_date.year) + Pad(d.inspection_date.month, 2) + "-" +
                      Pad(rng.Int(1, 9999), 4));
  row("작업구분", "신규 설치 및 검수");
  dashes(false);

  section("고객 정보");
  row("상  호", d.shop_name);
  row("대표자", d.shop_owner);
  row("사업자", d.shop_brn);
  row("연락처", d.phone);
  row("주  소", d.shop_address);
  dashes(false);

  section("설치 내역");
  row("품  명", d.technology);
  row("수  량", std::to_string(d.quantity) + " 대");
  row("설치일", d.install_date.Iso());
  row("검수일", d.inspection_date.Iso() + " " + at);
  dashes(false);

  section("점검 결과");
  const std::pair<const char*, const char*> checks[] = {
      {"전원·네트워크 연결", "정상"}, {"주문·결제 연동", "정상"}, {"외관·고정 상태", "양호"}, {"사용자 교육", "완료"}};
  TextStyle right = text;
  right.align = Align::kRight;
  for (const auto& [item, result] : checks) {
    const double iw = canvas.Text(x, y, item, text);
    const double rw = canvas.MeasureWidth(result, text);
    canvas.Text(x + width, y, result, right);
    for (double dx = x + iw + 4; dx < x + width - rw - 4; dx += 3.5) {
      canvas.FillRect(dx, y + canvas.LineHeight(text) * 0.7, 1, 1, ink);
    }
    y += step;
  }
  dashes(false);

  y += ParagraphByWords(canvas, x, y, width, "위 내용과 같이 설치 및 검수를 마쳤음을 확인합니다.", text, 1.0) +
       (step - canvas.LineHeight(text)) + 4;
  canvas.Text(x, y, "고객 서명", text);
  y += step + 2;
  // The customer signs (or stamps) the slip with a pen after it is printed.
  DrawSignatureBox(canvas, x, y, width, 56, d, rng, /*border=*/true);
  y += 62;
  row("확인자", d.shop_owner);
  dashes(true);
  row("담당기사", technician);
  row("연락처", technician_phone);
  canvas.Text(x, y, "출력 " + d.inspection_date.Iso() + " " + Pad(hour, 2) + ":" + Pad(minute + rng.Int(2, 9), 2) + ":" +
                        Pad(rng.Int(0, 59), 2),
              text);
  y += step + 6;

  // A barcode of the job number (ink) and the printer's sign-off.
  double bx = x + 16;
  uint64_t bits = static_cast<uint64_t>(d.inspection_date.Days()) * 2654435761ULL + static_cast<uint64_t>(minute);
  while (bx < x + width - 16) {
    bits = bits * 6364136223846793005ULL + 1442695040888963407ULL;
    const double bar = 0.8 + static_cast<double>((bits >> 33) % 3) * 0.9;
    canvas.FillRect(bx, y, bar, 30, ink);
    bx += bar + 1.0 + static_cast<double>((bits >> 40) % 3) * 0.8;
  }
  y += 38;
  canvas.Text(w / 2, y, "감사합니다", centre);

  // The torn edge.
  cairo_t* cr = canvas.cairo();
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0.86, 0.86, 0.87);
  cairo_move_to(cr, 0, h);
  double tx = 0;
  while (tx < w) {
    cairo_line_to(cr, tx, h - 6 - rng.Real(0, 5));
    tx += rng.Real(4, 8);
  }
  cairo_line_to(cr, w, h);
  cairo_close_path(cr);
  cairo_fill(cr);
  cairo_restore(cr);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

namespace {

// A value written by hand with a ballpoint: blue-black, slanted and a little off the line.
// Recorded as text at (x, y) like a printed value, since a reader sees it just the same.
void HandWritten(PageCanvas& canvas, double x, double y, std::string_view text, double size, Rng& rng) {
  TextStyle pen;
  pen.size = size;
  pen.color = Rgb{0.1, 0.16, 0.45};
  pen.family = std::string(kNanumMyeongjo);
  pen.bold = true;
  cairo_t* cr = canvas.cairo();
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_translate(cr, x, y + size);
  cairo_rotate(cr, rng.Real(-0.035, 0.02));
  cairo_matrix_t slant;
  cairo_matrix_init(&slant, 1, 0, -0.22, 1, 0, 0);  // lean the strokes to the right
  cairo_transform(cr, &slant);
  cairo_translate(cr, -x, -(y + size));
  canvas.Text(x, y, text, pen);
  cairo_restore(cr);
}

// A hand-drawn mark: an open loop (○) or two crossing strokes (×), in the same pen.
void PenMark(PageCanvas& canvas, double cx, double cy, bool circle, Rng& rng) {
  cairo_t* cr = canvas.cairo();
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0.1, 0.16, 0.45);
  cairo_set_line_width(cr, 1.3);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  if (circle) {
    const double r = rng.Real(5.5, 6.5), start = rng.Real(-1.2, -0.6);
    cairo_save(cr);
    cairo_translate(cr, cx, cy);
    cairo_scale(cr, 1.0, rng.Real(0.85, 1.0));
    cairo_arc(cr, 0, 0, r, start, start + 2 * M_PI + rng.Real(0.15, 0.45));
    cairo_restore(cr);
  } else {
    const double s = 5;
    cairo_move_to(cr, cx - s, cy - s + rng.Real(-1, 1));
    cairo_line_to(cr, cx + s, cy + s);
    cairo_move_to(cr, cx + s + rng.Real(-1, 1), cy - s);
    cairo_line_to(cr, cx - s, cy + s);
  }
  cairo_stroke(cr);
  cairo_restore(cr);
}

}  // namespace

// Held out (fourteenth set).
void DrawInspectionPenChecklist(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const InspectionData& d = spec.inspection;
  const double w = canvas.width();
  const double x = 46, width = w - 92;
  const Rgb line{0.2, 0.2, 0.2};
  const Rgb fill{0.92, 0.93, 0.9};
  TextStyle form_no;
  form_no.size = 8;
  canvas.Text(x, 34, "[서식 3]", form_no);
  TextStyle title;
  title.size = 17;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(w / 2, 54, "스마트기술 설치 점검표 및 검수확인서", title);
  TextStyle sub;
  sub.size = 9;
  sub.align = Align::kCenter;
  sub.color = kGray;
  canvas.Text(w / 2, 80, "(2026년 스마트상점 기술보급사업)", sub);

  // Part 1: the shop, pre-filled by the supplier's system in print.
  TextStyle part;
  part.size = 10.5;
  part.bold = true;
  double y = 104;
  canvas.Text(x, y, "1. 점포 정보", part);
  y += 18;
  TextStyle cell;
  cell.size = 9.5;
  const double lw = 78, vw = width / 2 - lw, rh = 24;
  auto two = [&](const char* l1, const std::string& v1, const char* l2, const std::string& v2) {
    DrawRow(canvas, x, y, rh,
            {Cell{l1, lw, true}, Cell{"", vw}, Cell{l2, lw, true}, Cell{"", vw}}, cell, line, 0.7, fill);
    canvas.TextInBox(x + lw, y, vw, rh, v1, FitWidth(canvas, v1, cell, vw - 10));
    canvas.TextInBox(x + 2 * lw + vw, y, vw, rh, v2, FitWidth(canvas, v2, cell, vw - 10));
    y += rh;
  };
  two("점 포 명", d.shop_name, "대 표 자", d.shop_owner);
  two("사업자번호", d.shop_brn, "연 락 처", d.phone);
  DrawRow(canvas, x, y, rh, {Cell{"소 재 지", lw, true}, Cell{"", width - lw}}, cell, line, 0.7, fill);
  canvas.TextInBox(x + lw, y, width - lw, rh, d.shop_address, FitWidth(canvas, d.shop_address, cell, width - lw - 10));
  y += rh;
  two("도입기술", d.technology, "수    량", std::to_string(d.quantity) + " 대");
  DrawRow(canvas, x, y, rh, {Cell{"공급기업", lw, true}, Cell{"", width - lw}}, cell, line, 0.7, fill);
  canvas.TextInBox(x + lw, y, width - lw, rh, d.supplier_name, cell);
  y += rh + 20;

  // Part 2: the checklist. Category cells span their rows; the owner marks ○ or × by hand.
  canvas.Text(x, y, "2. 점검 항목", part);
  TextStyle legend;
  legend.size = 8.5;
  legend.color = kGray;
  legend.align = Align::kRight;
  canvas.Text(x + width, y + 2, "※ 확인 결과란에 ○(적합) 또는 ×(부적합·해당없음)로 표시", legend);
  y += 18;
  const double cat_w = 62, res_w = 56, note_w = 96, item_w = width - cat_w - res_w - note_w, ch = 22;
  TextStyle head = cell;
  head.bold = true;
  DrawRow(canvas, x, y, ch,
          {Cell{"구분", cat_w, true}, Cell{"점검 내용", item_w, true}, Cell{"확인 결과", res_w, true},
           Cell{"비고", note_w, true}},
          head, line, 0.9, fill);
  y += ch;
  struct Check {
    const char* category;
    std::vector<std::pair<const char*, bool>> items;  // text, ○ (true) or × (false)
  };
  const bool extra_power = rng.Chance(0.3);
  const std::vector<Check> checks = {
      {"설치", {{"계약 품목·수량대로 납품되었는가", true}, {"설치 위치와 고정 상태가 적정한가", true},
                {"별도 전기공사 시공 (해당 시)", extra_power}}},
      {"작동", {{"전원·네트워크 연결이 정상인가", true}, {"주요 기능(주문·결제 등)이 작동하는가", true}}},
      {"교육·A/S", {{"사용법 교육을 받았는가", true}, {"A/S 연락처와 보증기간을 안내받았는가", true}}},
  };
  TextStyle item_style = cell;
  item_style.size = 9;
  for (const Check& c : checks) {
    const double block = ch * static_cast<double>(c.items.size());
    canvas.FillRect(x, y, cat_w, block, fill);
    canvas.Rect(x, y, cat_w, block, 0.7, line);
    TextStyle cat = cell;
    cat.align = Align::kCenter;
    canvas.TextInBox(x, y, cat_w, block, c.category, cat);
    for (const auto& [text, ok] : c.items) {
      DrawRow(canvas, x + cat_w, y, ch, {Cell{text, item_w}, Cell{"", res_w}, Cell{"", note_w}}, item_style, line);
      PenMark(canvas, x + cat_w + item_w + res_w / 2 + rng.Real(-2, 2), y + ch / 2, ok, rng);
      if (!ok) HandWritten(canvas, x + cat_w + item_w + res_w + 10, y + 4, "해당없음", 10.5, rng);
      y += ch;
    }
  }
  canvas.Rect(x, y - 7 * ch - ch, width, 8 * ch, 1.2, line);
  y += 22;

  // Part 3: the dates, written in by hand on printed blanks.
  canvas.Text(x, y, "3. 설치 및 검수 일자", part);
  y += 22;
  TextStyle blank_label;
  blank_label.size = 10.5;
  const double half = width / 2;
  canvas.Text(x + 8, y + 4, "설치 완료일 :", blank_label);
  canvas.Line(x + 84, y + 20, x + half - 16, y + 20, 0.6, line);
  HandWritten(canvas, x + 92, y + 1, d.install_date.DottedLoose(), 13, rng);
  canvas.Text(x + half + 8, y + 4, "검수(점검)일 :", blank_label);
  canvas.Line(x + half + 90, y + 20, x + width - 8, y + 20, 0.6, line);
  HandWritten(canvas, x + half + 98, y + 1, d.inspection_date.DottedLoose(), 13, rng);
  y += 44;

  // The confirmation and the owner's signature, the name written by hand.
  TextStyle body;
  body.size = 10.5;
  y += ParagraphByWords(canvas, x, y, width,
                        "위 점포에 스마트기술이 설치되어 정상 작동함을 점검하였으며, 점검 결과에 이의가 없음을 "
                        "확인합니다.",
                        body, 1.5) +
       18;
  const double box_w = 84, box_h = 46, box_x = x + width - box_w;
  canvas.Text(box_x - 250, y + 15, "확인자 (소상공인 대표)", body);
  canvas.Text(box_x - 120, y + 15, "성명", body);
  canvas.Line(box_x - 92, y + 31, box_x - 6, y + 31, 0.6, line);
  HandWritten(canvas, box_x - 88, y + 12, d.shop_owner, 13, rng);
  DrawSignatureBox(canvas, box_x, y, box_w, box_h, d, rng, /*border=*/false);
  y += box_h + 14;
  TextStyle small;
  small.size = 9;
  small.color = kGray;
  canvas.Text(box_x - 250, y, "점검자 (공급기업)   " + d.supplier_name + "   기술지원팀", small);
  y += 40;
  TextStyle to;
  to.size = 12.5;
  to.bold = true;
  canvas.Text(x, y, "소상공인시장진흥공단 이사장 귀하", to);
  TextStyle foot;
  foot.size = 7.5;
  foot.color = kGray;
  canvas.Line(x, canvas.height() - 46, x + width, canvas.height() - 46, 0.4, kGray);
  canvas.Text(x, canvas.height() - 40,
              "※ 부적합 항목이 있는 경우 비고란에 사유를 적고, 공급기업은 조치 후 다시 점검을 받아야 합니다.", foot);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

namespace {

// A snapshot pasted into a form's photo box: a shop counter before (bare) or after (with the
// device on it), in flat tones with a little noise of light. Ink only.
void CounterSnapshot(PageCanvas& canvas, double x, double y, double w, double h, bool after, Rng& rng) {
  cairo_t* cr = canvas.cairo();
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_rectangle(cr, x, y, w, h);
  cairo_clip(cr);
  const double wall = rng.Real(0.78, 0.88);
  canvas.FillRect(x, y, w, h, Rgb{wall, wall * 0.97, wall * 0.92});
  // A window with light, a shelf, the counter's top and front.
  canvas.FillRect(x + w * 0.06, y + h * 0.1, w * 0.3, h * 0.36, Rgb{0.93, 0.95, 0.97});
  canvas.Line(x + w * 0.21, y + h * 0.1, x + w * 0.21, y + h * 0.46, 1.2, Rgb{0.6, 0.6, 0.6});
  canvas.FillRect(x + w * 0.55, y + h * 0.2, w * 0.4, h * 0.04, Rgb{0.5, 0.38, 0.26});
  for (int i = 0; i < 5; ++i) {
    const double shade = rng.Real(0.35, 0.75);
    canvas.FillRect(x + w * (0.57 + i * 0.075), y + h * 0.1, w * 0.05, h * 0.1, Rgb{shade, shade * 0.9, shade * 0.8});
  }
  canvas.FillRect(x, y + h * 0.62, w, h * 0.06, Rgb{0.55, 0.42, 0.3});
  canvas.FillRect(x, y + h * 0.68, w, h * 0.32, Rgb{0.42, 0.32, 0.24});
  if (after) {
    // The device: a dark screen on a stand, lit.
    const double dx = x + w * 0.42, dw = w * 0.22, dy = y + h * 0.24, dh = h * 0.34;
    canvas.FillRect(dx + dw * 0.42, dy + dh, dw * 0.16, h * 0.05, Rgb{0.2, 0.2, 0.22});
    canvas.FillRect(dx, dy, dw, dh, Rgb{0.12, 0.12, 0.14});
    canvas.FillRect(dx + 3, dy + 3, dw - 6, dh - 6, Rgb{0.45, 0.65, 0.85});
    for (int i = 0; i < 3; ++i) {
      canvas.FillRect(dx + 7, dy + 8 + i * (dh - 16) / 3, dw - 14, (dh - 16) / 3 - 4, Rgb{0.85, 0.9, 0.96});
    }
  }
  cairo_restore(cr);
  canvas.Rect(x, y, w, h, 0.6, Rgb{0.3, 0.3, 0.3});
}

// A square tick box; `ticked` draws a check mark through it.
void TickBox(PageCanvas& canvas, double x, double y, double size, bool ticked) {
  canvas.Rect(x, y, size, size, 0.7, Rgb{0.2, 0.2, 0.2});
  if (!ticked) return;
  cairo_t* cr = canvas.cairo();
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0.05, 0.05, 0.1);
  cairo_set_line_width(cr, 1.6);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to(cr, x + size * 0.18, y + size * 0.5);
  cairo_line_to(cr, x + size * 0.42, y + size * 0.78);
  cairo_line_to(cr, x + size * 0.88, y + size * 0.12);
  cairo_stroke(cr);
  cairo_restore(cr);
}

}  // namespace

// Held out (fifteenth set).
void DrawInspectionPhotoColumns(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const InspectionData& d = spec.inspection;
  const double w = canvas.width(), h = canvas.height();
  const double x = 40, width = w - 80;
  const Rgb ink{0.1, 0.1, 0.1};
  const Rgb dim{0.42, 0.42, 0.42};
  const Rgb hair{0.72, 0.72, 0.72};
  const Rgb green{0.13, 0.45, 0.33};

  // Masthead: the programme's small mark and the file number box.
  cairo_t* cr = canvas.cairo();
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, green.r, green.g, green.b);
  cairo_move_to(cr, x, 42);
  cairo_curve_to(cr, x + 2, 28, x + 14, 26, x + 18, 26);
  cairo_curve_to(cr, x + 18, 36, x + 12, 42, x, 42);
  cairo_fill(cr);
  cairo_restore(cr);
  TextStyle mast;
  mast.size = 8;
  mast.color = green;
  mast.bold = true;
  canvas.Text(x + 24, 28, "스마트상점 기술보급사업", mast);
  TextStyle mast_dim = mast;
  mast_dim.bold = false;
  mast_dim.color = dim;
  canvas.Text(x + 24, 40, "Smart Shop Technology Program", mast_dim);
  TextStyle cell;
  cell.size = 8.5;
  const std::string file_no = "스마트-" + std::to_string(d.install_date.year) + "-" + Pad(rng.Int(1, 29999), 5);
  DrawRow(canvas, x + width - 180, 26, 20, {Cell{"관리번호", 56, true}, Cell{file_no, 124, false, Align::kCenter}},
          cell, Rgb{0.4, 0.4, 0.4}, 0.6);

  TextStyle title;
  title.size = 24;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(w / 2, 62, Spaced("검수확인서"), title);
  TextStyle subtitle;
  subtitle.size = 9.5;
  subtitle.color = dim;
  subtitle.align = Align::kCenter;
  canvas.Text(w / 2, 96, "스마트기술 도입 · 설치 완료 및 검수 결과", subtitle);
  canvas.Line(x, 116, x + width, 116, 1.8, ink);
  canvas.Line(x, 119.5, x + width, 119.5, 0.5, ink);

  // Section headings: a black square with the number in white.
  TextStyle section;
  section.size = 11;
  section.bold = true;
  auto heading = [&](double hx, double hy, int n, const std::string& text) {
    canvas.FillRect(hx, hy, 15, 15, ink);
    TextStyle num;
    num.size = 9;
    num.bold = true;
    num.color = Rgb{1, 1, 1};
    num.align = Align::kCenter;
    canvas.Text(hx + 7.5, hy + 1.5, std::to_string(n), num);
    canvas.Text(hx + 22, hy, text, section);
  };

  // Left column: the shop and installation facts, rules between rows only.
  const double left_w = 300, gap = 18, rx = x + left_w + gap, right_w = width - left_w - gap;
  double y = 136;
  heading(x, y, 1, "매장 및 설치 내역");
  heading(rx, y, 2, "설치 사진");
  y += 24;
  const double top = y;
  TextStyle label;
  label.size = 9;
  label.color = dim;
  TextStyle value;
  value.size = 10.5;
  const std::pair<std::string, std::string> facts[] = {
      {"상호명", d.shop_name},
      {"대표자", d.shop_owner},
      {"사업자등록번호", d.shop_brn},
      {"사업장 소재지", d.shop_address},
      {"연락처", d.phone},
      {"도입 기술", d.technology},
      {"설치 수량", std::to_string(d.quantity) + "대"},
      {"공급기업", d.supplier_name},
      {"설치 완료일", d.install_date.Iso()},
      {"검수일", d.inspection_date.Iso()},
  };
  const double row_h = 24, label_w = 92;
  canvas.Line(x, y, x + left_w, y, 1.0, ink);
  for (size_t i = 0; i < std::size(facts); ++i) {
    canvas.FillRect(x, y, label_w, row_h, Rgb{0.955, 0.955, 0.955});
    canvas.Text(x + 8, y + 6.5, facts[i].first, label);
    TextStyle v = value;
    v.bold = i < 3 || i >= 8;
    canvas.Text(x + label_w + 10, y + 5.5, facts[i].second, FitWidth(canvas, facts[i].second, v, left_w - label_w - 16));
    y += row_h;
    canvas.Line(x, y, x + left_w, y, i + 1 == std::size(facts) ? 1.0 : 0.4, i + 1 == std::size(facts) ? ink : hair);
  }
  const double left_end = y;

  // Right column: before and after, each photo captioned under it.
  const double ph = (left_end - top - 2 * 22 - 12) / 2;
  TextStyle photo_cap;
  photo_cap.size = 8.5;
  photo_cap.color = dim;
  double py = top;
  CounterSnapshot(canvas, rx, py, right_w, ph, false, rng);
  canvas.Text(rx, py + ph + 5, "▲ 설치 전  (매장 카운터)", photo_cap);
  py += ph + 22 + 12;
  CounterSnapshot(canvas, rx, py, right_w, ph, true, rng);
  const std::string after = "▲ 설치 후  (" + d.technology + ")";
  canvas.Text(rx, py + ph + 5, after, FitWidth(canvas, after, photo_cap, right_w));
  y = left_end + 24;

  // The checklist: a ruled table, tick boxes under 적합/부적합.
  heading(x, y, 3, "검수 항목");
  y += 24;
  const double c1 = 86, c3 = 46, c4 = 46, c2 = width - c1 - c3 - c4, ch = 20;
  TextStyle head = cell;
  head.bold = true;
  DrawRow(canvas, x, y, ch,
          {Cell{"구분", c1, true}, Cell{"검수 기준", c2, true}, Cell{"적합", c3, true}, Cell{"부적합", c4, true}},
          head, Rgb{0.3, 0.3, 0.3}, 0.7, Rgb{0.9, 0.9, 0.9});
  y += ch;
  const std::pair<const char*, const char*> checks[] = {
      {"수량·규격", "계약서의 품목·규격·수량과 설치된 장비가 일치함"},
      {"설치 상태", "장비가 지정된 위치에 안전하게 고정·배선됨"},
      {"작동 여부", "전원, 네트워크, 주문·결제 등 주요 기능이 정상 작동함"},
      {"사용 교육", "점주 및 직원에게 사용 방법 교육을 실시함"},
      {"사후 관리", "무상 A/S 기간과 고객센터 연락처를 안내받음"},
  };
  TextStyle row_style = cell;
  row_style.size = 9;
  for (const auto& [group, text] : checks) {
    DrawRow(canvas, x, y, ch, {Cell{group, c1, false, Align::kCenter}, Cell{text, c2}, Cell{"", c3}, Cell{"", c4}},
            row_style, Rgb{0.3, 0.3, 0.3}, 0.5);
    TickBox(canvas, x + c1 + c2 + c3 / 2 - 5, y + ch / 2 - 5, 10, true);
    TickBox(canvas, x + c1 + c2 + c3 + c4 / 2 - 5, y + ch / 2 - 5, 10, false);
    y += ch;
  }
  y += 18;

  // The owner's confirmation and the two sign-off boxes.
  heading(x, y, 4, "확인");
  y += 24;
  TextStyle body;
  body.size = 10.5;
  y += ParagraphByWords(canvas, x, y, width,
                        "본인은 위 매장에 스마트기술이 계약 내용대로 설치되어 정상 작동함을 직접 확인하였으며, 위 검수 "
                        "결과에 이의가 없음을 확인합니다.",
                        body, 1.5) +
       8;
  TextStyle date_style = body;
  date_style.align = Align::kCenter;
  canvas.Text(w / 2, y, d.inspection_date.KoreanLoose(), date_style);
  y += 22;
  const double box_w = (width - 14) / 2, box_h = 58;
  TextStyle box_head;
  box_head.size = 8.5;
  box_head.bold = true;
  box_head.color = dim;
  canvas.Rect(x, y, box_w, box_h, 0.7, Rgb{0.3, 0.3, 0.3});
  canvas.Text(x + 8, y + 6, "공급기업 (설치자)", box_head);
  TextStyle sign_text;
  sign_text.size = 10;
  canvas.Text(x + 10, y + 24, d.supplier_name, FitWidth(canvas, d.supplier_name, sign_text, box_w - 20));
  canvas.Text(x + 10, y + 39, "설치 담당  " + PersonName(rng), sign_text);
  const double ox = x + box_w + 14;
  canvas.Rect(ox, y, box_w, box_h, 1.1, ink);
  canvas.Text(ox + 8, y + 6, "검수자 (매장 대표자)", box_head);
  TextStyle owner = sign_text;
  owner.size = 11.5;
  owner.bold = true;
  canvas.Text(ox + 10, y + 28, "성명  " + d.shop_owner, owner);
  DrawSignatureBox(canvas, ox + box_w - 90, y + 12, 80, box_h - 16, d, rng, /*border=*/false);
  y += box_h + 18;
  TextStyle to;
  to.size = 12;
  to.bold = true;
  canvas.Text(x, y, "소상공인시장진흥공단 이사장 귀하", to);
  TextStyle foot;
  foot.size = 7.5;
  foot.color = dim;
  canvas.Line(x, h - 44, x + width, h - 44, 0.4, hair);
  canvas.Text(x, h - 38, "※ 사진은 설치 전·후가 구분되도록 같은 위치에서 촬영하여 붙이고, 검수자는 직접 서명(또는 날인)합니다.",
              FitWidth(canvas, "※ 사진은 설치 전·후가 구분되도록 같은 위치에서 촬영하여 붙이고, 검수자는 직접 서명(또는 날인)합니다.", foot, width));
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (sixteenth set).
void DrawInspectionSurvey(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const InspectionData& d = spec.inspection;
  const double w = canvas.width(), h = canvas.height();
  const double x = 50, width = w - 100;
  const Rgb ink{0.1, 0.1, 0.1};
  const Rgb dim{0.4, 0.4, 0.4};
  const Rgb rule{0.6, 0.6, 0.6};
  const Rgb shade{0.92, 0.92, 0.92};
  cairo_t* cr = canvas.cairo();

  // Head: the programme at the left, the survey number in a box at the right.
  TextStyle small;
  small.size = 8.5;
  small.color = dim;
  canvas.Text(x, 40, "2026년 스마트상점 기술보급사업  ·  사후 확인", small);
  const std::string survey_no = "S26-" + Pad(rng.Int(0, 99999), 5);
  TextStyle box_text = small;
  box_text.align = Align::kCenter;
  canvas.Rect(x + width - 120, 34, 120, 20, 0.6, rule);
  canvas.TextInBox(x + width - 120, 34, 120, 20, "설문번호 " + survey_no, box_text);
  TextStyle title;
  title.size = 19;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(w / 2, 70, "설치 완료 확인 및 만족도 조사서", title);
  TextStyle subtitle = small;
  subtitle.size = 9.5;
  subtitle.align = Align::kCenter;
  canvas.Text(w / 2, 100, "( 소상공인 작성용 · 검수 확인 겸용 )", subtitle);
  canvas.Line(x, 120, x + width, 120, 1.8, ink);

  TextStyle section;
  section.size = 11;
  section.bold = true;
  double y = 134;
  auto heading = [&](const std::string& text) {
    canvas.FillRect(x, y + 2, 4, 13, ink);
    canvas.Text(x + 10, y, text, section);
    y += 22;
  };

  // A. The shop and the installation: ruled cells, each a small caption over its value.
  heading("가. 매장 및 설치 정보");
  TextStyle cap;
  cap.size = 7.8;
  cap.color = dim;
  TextStyle val;
  val.size = 11;
  const double cell_h = 36;
  struct Cell16 {
    std::string caption, value;
    double share;
    bool strong;
  };
  const std::vector<std::vector<Cell16>> grid = {
      {{"상호(매장명)", d.shop_name, 0.36, true},
       {"대표자(점주)", d.shop_owner, 0.28, true},
       {"사업자 번호", d.shop_brn, 0.36, true}},
      {{"매장 주소", d.shop_address, 0.64, false}, {"연락처", d.phone, 0.36, false}},
      {{"도입 기술 (수량)", d.technology + " " + std::to_string(d.quantity) + "대", 0.36, false},
       {"장비 설치일", d.install_date.Iso(), 0.28, true},
       {"검수(인수)일", d.inspection_date.Iso(), 0.36, true}},
      {{"공급기업", d.supplier_name, 1.0, false}},
  };
  canvas.Line(x, y, x + width, y, 1.0, ink);
  for (const auto& row : grid) {
    double cx = x;
    for (size_t i = 0; i < row.size(); ++i) {
      const double cw = width * row[i].share;
      if (i > 0) canvas.Line(cx, y, cx, y + cell_h, 0.5, rule);
      canvas.Text(cx + 6, y + 4, row[i].caption, cap);
      TextStyle v = val;
      v.bold = row[i].strong;
      canvas.Text(cx + 8, y + 17, row[i].value, FitWidth(canvas, row[i].value, v, cw - 16));
      cx += cw;
    }
    y += cell_h;
    canvas.Line(x, y, x + width, y, 0.5, rule);
  }
  canvas.Line(x, y, x + width, y, 1.0, ink);
  y += 18;

  // B. The ratings: a five-point scale, one circle per column, the chosen one filled in pen.
  heading("나. 만족도 평가");
  TextStyle note = small;
  note.size = 8;
  canvas.Text(x, y - 4, "※ 해당하는 칸에 ● 표시하여 주십시오.", note);
  y += 12;
  const char* const scale[] = {"매우\n불만족", "불만족", "보통", "만족", "매우\n만족"};
  const char* const questions[] = {
      "설치 일정과 약속 시간이 잘 지켜졌습니까?",
      "설치된 장비의 품질과 마감 상태에 만족하십니까?",
      "장비 사용법 교육이 충분하였습니까?",
      "설치 후 매장 운영(주문·결제 등)에 도움이 됩니까?",
      "A/S 연락처와 무상 보증기간을 안내받았습니까?",
      "이 사업을 다른 소상공인에게 추천하시겠습니까?",
  };
  const double qw = width - 5 * 48, sw = 48, head_h = 30, q_h = 22;
  canvas.FillRect(x, y, width, head_h, shade);
  canvas.Line(x, y, x + width, y, 1.0, ink);
  TextStyle head_style;
  head_style.size = 8.5;
  head_style.bold = true;
  head_style.align = Align::kCenter;
  canvas.TextInBox(x, y, qw, head_h, "문 항", head_style);
  for (int c = 0; c < 5; ++c) {
    const std::string label = scale[c];
    const size_t nl = label.find('\n');
    const double cx = x + qw + sw * c;
    canvas.Line(cx, y, cx, y + head_h + q_h * 6, 0.4, rule);
    if (nl == std::string::npos) {
      canvas.TextInBox(cx, y, sw, head_h, label, head_style);
    } else {
      canvas.Text(cx + sw / 2, y + 3, label.substr(0, nl), head_style);
      canvas.Text(cx + sw / 2, y + 15, label.substr(nl + 1), head_style);
    }
  }
  y += head_h;
  canvas.Line(x, y, x + width, y, 0.6, ink);
  TextStyle q_style;
  q_style.size = 9.2;
  for (int q = 0; q < 6; ++q) {
    const std::string text = std::to_string(q + 1) + ". " + questions[q];
    canvas.Text(x + 6, y + 6, text, FitWidth(canvas, text, q_style, qw - 12));
    const int chosen = rng.Chance(0.65) ? 4 : 3;
    for (int c = 0; c < 5; ++c) {
      const double ccx = x + qw + sw * c + sw / 2, ccy = y + q_h / 2;
      cairo_new_path(cr);
      cairo_save(cr);
      cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
      cairo_set_line_width(cr, 0.7);
      cairo_arc(cr, ccx, ccy, 5, 0, 2 * M_PI);
      cairo_stroke(cr);
      if (c == chosen) {
        // Filled by hand: a dark blot a little off the printed ring.
        cairo_set_source_rgba(cr, 0.08, 0.12, 0.4, 0.9);
        cairo_arc(cr, ccx + rng.Real(-1.2, 1.2), ccy + rng.Real(-1.2, 1.2), 4.6, 0, 2 * M_PI);
        cairo_fill(cr);
      }
      cairo_restore(cr);
    }
    y += q_h;
    canvas.Line(x, y, x + width, y, 0.4, rule);
  }
  canvas.Line(x, y, x + width, y, 1.0, ink);
  y += 18;

  // C. The inspection itself: three statements ticked, and the shop's comment line.
  heading("다. 검수 확인");
  const char* const checks[] = {
      "계약한 장비가 계약 수량대로 매장에 설치되었음을 확인하였습니다.",
      "설치된 장비를 직접 작동해 보았으며 정상적으로 작동합니다.",
      "장비 사용법 교육과 사후관리(A/S) 안내를 받았습니다.",
  };
  TextStyle check_style;
  check_style.size = 9.8;
  for (const char* text : checks) {
    TickBox(canvas, x + 4, y + 1, 10, true);
    canvas.Text(x + 22, y, text, check_style);
    y += 19;
  }
  y += 4;
  canvas.Text(x + 4, y, "기타 의견 :", check_style);
  canvas.Line(x + 66, y + 15, x + width, y + 15, 0.5, rule);
  const char* const remarks[] = {"친절하게 설명해 주셔서 감사합니다", "잘 쓰고 있습니다", "주문 받기가 편해졌어요"};
  HandWritten(canvas, x + 76, y - 3, remarks[rng.Int(0, 2)], 11, rng);
  y += 34;

  // The statement, date and the owner's signature box.
  TextStyle body;
  body.size = 10.5;
  body.align = Align::kCenter;
  canvas.Text(w / 2, y, "위 기재 내용이 사실과 다름없으며, 설치된 장비의 검수를 마쳤음을 확인합니다.", body);
  y += 28;
  canvas.Text(w / 2, y, d.inspection_date.KoreanLoose(), body);
  y += 30;
  TextStyle sign;
  sign.size = 11.5;
  sign.bold = true;
  const std::string signer = "확인자(대표자) :  " + d.shop_owner;
  const double sx = x + width - 250;
  canvas.Text(sx, y + 12, signer, sign);
  DrawSignatureBox(canvas, x + width - 86, y, 86, 40, d, rng, true);
  y += 60;
  TextStyle to;
  to.size = 12;
  to.bold = true;
  canvas.Text(x, std::min(y, h - 74), "소상공인시장진흥공단 스마트상점 사업단 귀하", to);
  TextStyle foot = small;
  foot.size = 7.5;
  canvas.Text(x, h - 44,
              "※ 조사 결과는 사업 개선 목적으로만 쓰이며, 검수 확인란은 보조금 지급 청구 시 증빙으로 제출됩니다.", foot);
}

}  // namespace docval::samplegen
