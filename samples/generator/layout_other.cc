// Papers that travel with a payment request but are not checked (대금요청 공문, 완료보고서,
// 협약서), and the wrong upload: a photo of the shop front.
#include <array>
#include <cmath>

#include "samples/generator/korean_data.h"
#include "samples/generator/layout_parts.h"

namespace docval::samplegen {

namespace {

Date InstallDate(const Case& c) {
  Date date;
  if (!Date::Parse(c.install_date, &date)) date = Date{2026, 6, 1};
  return date;
}

}  // namespace

void DrawPaymentRequestLetter(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const Case& c = spec.case_data;
  const Date date = InstallDate(c).AddDays(3);
  const double x = 70, width = 455;
  TextStyle company;
  company.size = 22;
  company.bold = true;
  company.align = Align::kCenter;
  canvas.Text(x + width / 2, 52, c.supplier_name, company);
  canvas.Line(x, 90, x + width, 90, 2.0);
  TextStyle body;
  body.size = 11;
  double y = 110;
  canvas.Text(x, y, "수신  소상공인시장진흥공단 이사장", body);
  canvas.Text(x, y + 22, "(경유)", body);
  canvas.Text(x, y + 44, "제목  스마트상점 기술보급사업 보조금 지급 요청", body);
  canvas.Line(x, y + 70, x + width, y + 70, 0.6);
  y += 90;
  y += canvas.Paragraph(x, y, width, "1. 귀 기관의 무궁한 발전을 기원합니다.", body);
  y += canvas.Paragraph(x, y, width,
                        "2. 스마트상점 기술보급사업과 관련하여 아래 소상공인에 대한 기술 설치를 "
                        "완료하였기에 보조금 지급을 요청합니다.",
                        body) + 14;
  TextStyle center = body;
  center.align = Align::kCenter;
  canvas.Text(x + width / 2, y, "- 아    래 -", center);
  y += 30;
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"가. 소상공인", c.shop_name + " (대표 " + c.shop_owner + ")"},
      {"나. 도입기술", c.technology},
      {"다. 계약금액", FormatWon(c.contract_amount) + "원 (부가세 포함)"},
      {"라. 보조금 요청액", FormatWon(c.subsidy_amount) + "원"},
      {"마. 입금계좌", c.supplier_bank + " " + c.supplier_account},
  };
  for (const auto& [label, value] : rows) {
    canvas.Text(x + 14, y, label, body);
    canvas.Text(x + 140, y, value, body);
    y += 24;
  }
  y += 16;
  canvas.Text(x, y, "붙임  1. 전자세금계산서 1부.  2. 검수확인서 1부.  3. 보증보험증권 1부.  끝.", body);
  TextStyle sign = company;
  sign.size = 16;
  canvas.Text(x + width / 2, y + 80, c.supplier_name + " 대표이사", sign);
  const double seal_x = x + width / 2 + canvas.MeasureWidth(c.supplier_name + " 대표이사", sign) / 2 + 26;
  canvas.Seal(seal_x, y + 90, 20, "대표이사", rng);
  TextStyle footer;
  footer.size = 8.5;
  footer.color = kGray;
  canvas.Text(x, 770, "시행 " + c.case_id + " (" + date.Dotted() + ")    접수", footer);
}

void DrawCompletionReport(PageCanvas& canvas, const DocumentSpec& spec, int, Rng&) {
  const Case& c = spec.case_data;
  const double x = 56, width = 483;
  TextStyle title;
  title.size = 18;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 60, "스마트상점 기술보급사업 완료보고서", title);
  TextStyle cell;
  cell.size = 10.5;
  const double lw = 110, h = 28;
  double y = 110;
  auto row = [&](const char* label, const std::string& value) {
    DrawRow(canvas, x, y, h, {Cell{label, lw, true}, Cell{value, width - lw}}, cell);
    y += h;
  };
  row("사업명", "2026년 스마트상점 기술보급사업");
  row("소상공인", c.shop_name + " / " + c.shop_owner);
  row("사업장 주소", c.shop_address);
  row("기술공급기업", c.supplier_name);
  row("도입기술", c.technology);
  row("설치완료일", c.install_date);
  row("총사업비", FormatWon(c.contract_amount) + "원");
  row("국비 지원금", FormatWon(c.subsidy_amount) + "원");
  row("자부담금", FormatWon(c.self_pay_amount) + "원");
  TextStyle head;
  head.size = 12;
  head.bold = true;
  TextStyle body;
  body.size = 10.5;
  y += 24;
  canvas.Text(x, y, "1. 추진 내용", head);
  y += 24;
  y += canvas.Paragraph(x + 10, y, width - 10,
                        "매장 운영 현황을 진단한 뒤 " + c.technology +
                            "을(를) 설치하고 점주 및 직원 대상 사용 교육을 실시하였습니다. "
                            "설치 후 시범 운영 기간 동안 오류 없이 정상 작동함을 확인하였습니다.",
                        body) + 14;
  canvas.Text(x, y, "2. 기대 효과", head);
  y += 24;
  y += canvas.Paragraph(x + 10, y, width - 10,
                        "주문 및 결제 대기시간 단축, 인건비 절감, 고객 편의 향상이 기대되며 "
                        "매출 데이터를 활용한 메뉴 개선이 가능해졌습니다.",
                        body) + 14;
  canvas.Text(x, y, "3. 향후 계획", head);
  y += 24;
  canvas.Paragraph(x + 10, y, width - 10,
                   "정기 점검(분기 1회)과 원격 지원을 통해 사후관리를 이어갈 예정입니다.", body);
  TextStyle sign;
  sign.size = 12;
  sign.align = Align::kRight;
  canvas.Text(x + width, 740, "작성 : " + c.supplier_name, sign);
}

void DrawAgreement(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng) {
  const Case& c = spec.case_data;
  const double x = 66, width = 463;
  TextStyle head;
  head.size = 11;
  head.bold = true;
  TextStyle body;
  body.size = 10.5;
  double y = 60;
  if (page == 0) {
    TextStyle title;
    title.size = 18;
    title.bold = true;
    title.align = Align::kCenter;
    canvas.Text(x + width / 2, y, "스마트상점 기술보급사업 협약서", title);
    y += 50;
    y += canvas.Paragraph(x, y, width,
                          "소상공인시장진흥공단(이하 \"공단\"), 소상공인 " + c.shop_name +
                              "(이하 \"소상공인\") 및 기술공급기업 " + c.supplier_name +
                              "(이하 \"공급기업\")은 스마트상점 기술보급사업의 수행을 위하여 "
                              "다음과 같이 협약을 체결한다.",
                          body) + 16;
    const std::vector<std::pair<std::string, std::string>> articles = {
        {"제1조(목적)", "이 협약은 소상공인의 스마트기술 도입을 지원하기 위하여 세 당사자의 권리와 "
                        "의무를 정함을 목적으로 한다."},
        {"제2조(지원 내용)", "공단은 " + c.technology + " 도입 비용 " + FormatWon(c.contract_amount) +
                                 "원 중 " + FormatWon(c.subsidy_amount) +
                                 "원을 공급기업에 지급하고, 소상공인은 자부담금 " +
                                 FormatWon(c.self_pay_amount) + "원을 공급기업에 납부한다."},
        {"제3조(공급기업의 의무)", "공급기업은 협약 체결일로부터 60일 이내에 기술을 설치하고, "
                                   "설치 후 1년간 무상으로 사후관리를 제공한다."},
        {"제4조(보조금 청구)", "공급기업은 설치 완료 후 전자세금계산서, 검수확인서, "
                               "지급보증보험증권 등 증빙서류를 갖추어 보조금을 청구한다."},
        {"제5조(협약의 해지)", "당사자가 협약을 위반한 경우 상대방은 서면으로 시정을 요구할 수 "
                               "있으며, 시정되지 않으면 협약을 해지할 수 있다."},
    };
    for (const auto& [heading, text] : articles) {
      canvas.Text(x, y, heading, head);
      y += 20;
      y += canvas.Paragraph(x, y, width, text, body) + 12;
    }
  } else {
    const std::vector<std::pair<std::string, std::string>> articles = {
        {"제6조(비밀유지)", "당사자는 협약 이행 중 알게 된 상대방의 정보를 제3자에게 누설하여서는 "
                            "아니 된다."},
        {"제7조(기타)", "이 협약에서 정하지 아니한 사항은 관계 법령과 사업 지침에 따른다."},
    };
    for (const auto& [heading, text] : articles) {
      canvas.Text(x, y, heading, head);
      y += 20;
      y += canvas.Paragraph(x, y, width, text, body) + 12;
    }
    y += 20;
    TextStyle center = body;
    center.align = Align::kCenter;
    canvas.Text(x + width / 2, y, "이 협약의 체결을 증명하기 위하여 협약서 3부를 작성하여 각 1부씩 보관한다.",
                center);
    y += 60;
    const std::vector<std::pair<std::string, std::string>> parties = {
        {"공    단", "소상공인시장진흥공단 이사장"},
        {"소상공인", c.shop_name + " 대표 " + c.shop_owner},
        {"공급기업", c.supplier_name + " 대표이사"},
    };
    for (const auto& [role, name] : parties) {
      canvas.Text(x + 20, y, role, head);
      canvas.Text(x + 110, y, name, body);
      canvas.Text(x + width - 40, y, "(인)", body);
      canvas.Seal(x + width - 28, y + 7, 16, role == "소상공인" ? c.shop_owner : "대표이사", rng);
      y += 56;
    }
  }
  TextStyle footer;
  footer.size = 8;
  footer.color = kGray;
  footer.align = Align::kCenter;
  canvas.Text(x + width / 2, 800, "- " + std::to_string(page + 1) + " -", footer);
}

void DrawShopPhoto(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  // A shop front in flat colours: wall, awning, sign board, windows, door, a kiosk inside.
  cairo_t* cr = canvas.cairo();
  const double w = canvas.width(), h = canvas.height();
  cairo_pattern_t* sky = cairo_pattern_create_linear(0, 0, 0, h * 0.3);
  cairo_pattern_add_color_stop_rgb(sky, 0, 0.55, 0.72, 0.9);
  cairo_pattern_add_color_stop_rgb(sky, 1, 0.8, 0.88, 0.95);
  cairo_set_source(cr, sky);
  cairo_rectangle(cr, 0, 0, w, h);
  cairo_fill(cr);
  cairo_pattern_destroy(sky);
  const double hue = rng.Real(0.3, 0.7);
  canvas.FillRect(0, h * 0.12, w, h * 0.78, Rgb{0.78, 0.72 + hue * 0.1, 0.64});
  canvas.FillRect(0, h * 0.9, w, h * 0.1, Rgb{0.45, 0.45, 0.47});  // pavement
  // The sign board carries the shop's name, as real storefronts do.
  canvas.FillRect(w * 0.08, h * 0.16, w * 0.84, h * 0.14, Rgb{0.15, 0.2 + hue * 0.3, 0.35});
  TextStyle sign;
  sign.size = h * 0.08;
  sign.bold = true;
  sign.color = Rgb{1, 0.95, 0.7};
  sign.align = Align::kCenter;
  canvas.Ink(w / 2, h * 0.175, spec.case_data.shop_name, sign);
  // Striped awning.
  for (int i = 0; i < 12; ++i) {
    const Rgb stripe = i % 2 ? Rgb{0.9, 0.9, 0.88} : Rgb{0.75, 0.15 + hue * 0.2, 0.15};
    canvas.FillRect(w * 0.08 + w * 0.07 * i, h * 0.31, w * 0.07, h * 0.07, stripe);
  }
  // Windows and door.
  canvas.FillRect(w * 0.1, h * 0.42, w * 0.45, h * 0.42, Rgb{0.35, 0.45, 0.5});
  canvas.FillRect(w * 0.62, h * 0.42, w * 0.26, h * 0.48, Rgb{0.3, 0.25, 0.2});
  canvas.FillRect(w * 0.64, h * 0.44, w * 0.22, h * 0.3, Rgb{0.45, 0.55, 0.6});
  canvas.Rect(w * 0.1, h * 0.42, w * 0.45, h * 0.42, 4, Rgb{0.25, 0.25, 0.25});
  // Kiosk silhouette behind the glass, plants by the door.
  canvas.FillRect(w * 0.4, h * 0.5, w * 0.07, h * 0.32, Rgb{0.92, 0.92, 0.92});
  canvas.FillRect(w * 0.41, h * 0.52, w * 0.05, h * 0.1, Rgb{0.1, 0.1, 0.15});
  cairo_set_source_rgb(cr, 0.2, 0.5, 0.25);
  cairo_arc(cr, w * 0.58, h * 0.84, h * 0.05, 0, 2 * M_PI);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 0.25, 0.55, 0.3);
  cairo_arc(cr, w * 0.93, h * 0.85, h * 0.045, 0, 2 * M_PI);
  cairo_fill(cr);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (second set): a "보조금 지급 청구서" on the agency's numbered form — a bordered grid
// with a caption column per block (청구인, 수혜자, 사업 내용, 청구 금액), the claimed sum in words,
// a list of attachments, and the supplier's seal. It names the evidence documents and repeats
// their figures, so only its title and purpose tell it apart from them.
void DrawSubsidyClaimForm(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const Case& c = spec.case_data;
  const double x = 50, width = 495;
  TextStyle tag;
  tag.size = 8.5;
  tag.color = kGray;
  canvas.Text(x, 34, "[별지 제5호서식]", tag);
  TextStyle title;
  title.size = 20;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 56, Spaced("보조금지급청구서"), title);
  TextStyle sub;
  sub.size = 10;
  sub.color = kGray;
  sub.align = Align::kCenter;
  canvas.Text(x + width / 2, 88, "(스마트상점 기술보급사업)", sub);

  TextStyle cell;
  cell.size = 10;
  const double caption_w = 64, label_w = 86, value_w = (width - caption_w - 2 * label_w) / 2, h = 28;
  double y = 114;
  using Pair = std::pair<std::string, std::string>;
  // One block: a caption cell spanning its rows; a row holds one or two label/value pairs.
  auto block = [&](const char* caption, const std::vector<std::vector<Pair>>& rows) {
    const double top = y;
    for (const std::vector<Pair>& row : rows) {
      std::vector<Cell> cells;
      for (const Pair& pair : row) {
        cells.push_back(Cell{pair.first, label_w, true});
        cells.push_back(Cell{pair.second, row.size() == 1 ? width - caption_w - label_w : value_w});
      }
      DrawRow(canvas, x + caption_w, y, h, cells, cell);
      y += h;
    }
    canvas.FillRect(x, top, caption_w, y - top, Rgb{0.93, 0.93, 0.93});
    canvas.Rect(x, top, caption_w, y - top, 0.7);
    TextStyle caption_style = cell;
    caption_style.bold = true;
    caption_style.align = Align::kCenter;
    canvas.TextInBox(x, top, caption_w, y - top, caption, caption_style);
  };
  Date install;
  if (!Date::Parse(c.install_date, &install)) install = Date{2026, 6, 1};
  block("청구인", {{{"기업명", c.supplier_name}, {"사업자등록번호", c.supplier_brn}},
                   {{"입금은행", c.supplier_bank}, {"계좌번호", c.supplier_account}},
                   {{"예금주", c.supplier_account_holder}}});
  block("수혜자", {{{"상호", c.shop_name}, {"대표자", c.shop_owner}},
                   {{"사업장 소재지", c.shop_address}}});
  block("사업 내용", {{{"도입기술", c.technology}, {"설치완료일", install.Dotted()}},
                      {{"총사업비", FormatWon(c.contract_amount) + "원"},
                       {"자부담금", FormatWon(c.self_pay_amount) + "원"}}});
  block("청구 금액", {{{"청구액(국비)", "금 " + AmountInKoreanWords(c.subsidy_amount) + "원정 (₩" +
                                          FormatWon(c.subsidy_amount) + ")"}}});
  canvas.Rect(x, 114, width, y - 114, 1.3);

  y += 22;
  TextStyle heading;
  heading.size = 11;
  heading.bold = true;
  canvas.Text(x, y, "첨부서류", heading);
  y += 22;
  const char* const attachments[] = {"1. 전자세금계산서 사본 1부", "2. 검수확인서 1부",
                                     "3. 지급보증보험증권 사본 1부", "4. 통장사본 1부",
                                     "5. 자부담금 납부 증빙 1부"};
  canvas.Rect(x, y, width, 74, 0.7);
  TextStyle item;
  item.size = 10;
  for (int i = 0; i < 5; ++i) {
    canvas.Text(x + 14 + (i % 2) * (width / 2), y + 10 + 20.0 * (i / 2), attachments[i], item);
  }
  y += 74 + 26;

  TextStyle body;
  body.size = 11;
  y += ParagraphByWords(canvas, x, y, width,
                        "「2026년 스마트상점 기술보급사업」 시행지침에 따라 위 소상공인에 대한 기술 "
                        "공급 및 설치를 완료하였으므로, 위와 같이 보조금의 지급을 청구합니다.",
                        body, 1.6);
  TextStyle center = body;
  center.align = Align::kCenter;
  canvas.Text(x + width / 2, y + 20, install.AddDays(rng.Int(2, 7)).KoreanLoose(), center);
  TextStyle sign = body;
  sign.size = 12;
  sign.align = Align::kRight;
  const double sign_y = y + 70;
  canvas.Text(x + width - 6, sign_y, "청구인  " + c.supplier_name + "  대표이사  (인)", sign);
  // Text leaves a current point behind; without a fresh path the seal's ring would be joined
  // to it by a stray line.
  cairo_new_path(canvas.cairo());
  canvas.Seal(x + width - 16, sign_y + 8, 17, "대표이사", rng);
  TextStyle to;
  to.size = 13;
  to.bold = true;
  canvas.Text(x, sign_y + 60, "소상공인시장진흥공단 이사장 귀하", to);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

namespace {

// One photograph pasted on the sheet: a shop interior in flat colours. `shot` 0 is the empty
// counter before installation, 1 the device in the room, 2 a close-up of it, 3 the owner
// standing beside it for the training photo.
void DrawInstallPhoto(PageCanvas& canvas, double x, double y, double w, double h, int shot,
                      Rng& rng) {
  cairo_t* cr = canvas.cairo();
  cairo_save(cr);
  cairo_rectangle(cr, x, y, w, h);
  cairo_clip(cr);
  const double tone = rng.Real(0.0, 0.15);
  const double horizon = shot == 2 ? 0.8 : 0.62;
  canvas.FillRect(x, y, w, h * horizon, Rgb{0.86 - tone, 0.82 - tone, 0.74 - tone});  // wall
  canvas.FillRect(x, y + h * horizon, w, h * (1 - horizon), Rgb{0.55 - tone, 0.45 - tone, 0.36 - tone});
  if (shot != 2) {
    canvas.FillRect(x + w * 0.05, y + h * 0.08, w * 0.3, h * 0.22, Rgb{0.7, 0.8, 0.88});  // window
    canvas.FillRect(x + w * 0.45, y + h * 0.5, w * 0.5, h * 0.2, Rgb{0.4, 0.3, 0.22});  // counter
  }
  if (shot > 0) {
    const double scale = shot == 2 ? 1.9 : 1.0;
    const double dw = w * 0.16 * scale;
    const double dx = shot == 2 ? x + (w - dw) / 2 : x + w * rng.Real(0.15, 0.3);
    const double top = shot == 2 ? y + h * 0.06 : y + h * 0.22;
    const double dh = shot == 2 ? h * 0.9 : h * 0.62;
    canvas.FillRect(dx, top, dw, dh, Rgb{0.93, 0.93, 0.93});
    canvas.FillRect(dx + dw * 0.12, top + dh * 0.08, dw * 0.76, dh * 0.4, Rgb{0.1, 0.14, 0.25});
    canvas.FillRect(dx + dw * 0.3, top + dh * 0.58, dw * 0.4, dh * 0.08, Rgb{0.3, 0.3, 0.3});
    if (shot == 2) {  // the model/serial sticker on the cabinet
      canvas.FillRect(dx + dw * 0.2, top + dh * 0.78, dw * 0.6, dh * 0.1, Rgb{0.98, 0.98, 0.98});
      canvas.Rect(dx + dw * 0.2, top + dh * 0.78, dw * 0.6, dh * 0.1, 0.5, Rgb{0.5, 0.5, 0.5});
    }
    if (shot == 3) {  // a person beside the device
      const double px = dx + dw + w * 0.12;
      cairo_set_source_rgb(cr, 0.85, 0.7, 0.58);
      cairo_arc(cr, px, y + h * 0.34, h * 0.07, 0, 2 * M_PI);
      cairo_fill(cr);
      canvas.FillRect(px - w * 0.07, y + h * 0.42, w * 0.14, h * 0.4, Rgb{0.2, 0.3, 0.45});
    }
  }
  // Window light falling off across the room, as in a phone photo.
  cairo_pattern_t* light = cairo_pattern_create_linear(x, y, x + w, y + h);
  cairo_pattern_add_color_stop_rgba(light, 0, 1, 1, 1, 0.18);
  cairo_pattern_add_color_stop_rgba(light, 1, 0, 0, 0, 0.18);
  cairo_set_source(cr, light);
  cairo_rectangle(cr, x, y, w, h);
  cairo_fill(cr);
  cairo_pattern_destroy(light);
  cairo_restore(cr);
  canvas.Rect(x, y, w, h, 0.8, Rgb{0.3, 0.3, 0.3});
}

}  // namespace

// Held out (third set): a "설치 사진대지" — the photo sheet suppliers attach to a completion
// report: a small header table naming the shop, supplier and installation date, then four
// captioned photographs (before, after, serial label, training). Mostly pictures, little text.
void DrawPhotoSheet(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const Case& c = spec.case_data;
  const double x = 50, width = 495;
  TextStyle title;
  title.size = 22;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 44, Spaced("사진대지"), title);
  TextStyle sub;
  sub.size = 10;
  sub.color = kGray;
  sub.align = Align::kCenter;
  canvas.Text(x + width / 2, 78, "(설치 전·후 현장 사진)", sub);

  TextStyle cell;
  cell.size = 10;
  const double lw = 80, vw = width / 2 - lw, h = 26;
  double y = 104;
  DrawRow(canvas, x, y, h, {Cell{"사 업 명", lw, true}, Cell{"2026년 스마트상점 기술보급사업", width - lw}},
          cell);
  y += h;
  DrawRow(canvas, x, y, h,
          {Cell{"소상공인", lw, true}, Cell{c.shop_name + " (" + c.shop_owner + ")", vw},
           Cell{"공급기업", lw, true}, Cell{c.supplier_name, vw}},
          cell);
  y += h;
  Date install;
  if (!Date::Parse(c.install_date, &install)) install = Date{2026, 6, 1};
  DrawRow(canvas, x, y, h,
          {Cell{"도입기술", lw, true}, Cell{c.technology, vw}, Cell{"설 치 일", lw, true},
           Cell{install.DottedLoose(), vw}},
          cell);
  y += h + 20;

  const double gap = 15, photo_w = (width - gap) / 2, photo_h = 205, caption_h = 24;
  const char* const captions[] = {"① 설치 전 매장 전경", "② 설치 후 전경", "③ 제품 설치 상태 (근접)",
                                  "④ 점주 사용 교육"};
  TextStyle caption = cell;
  caption.align = Align::kCenter;
  for (int i = 0; i < 4; ++i) {
    const double px = x + (photo_w + gap) * (i % 2);
    const double py = y + (photo_h + caption_h + 14) * (i / 2);
    DrawInstallPhoto(canvas, px, py, photo_w, photo_h, i, rng);
    canvas.Rect(px, py + photo_h, photo_w, caption_h, 0.7);
    canvas.TextInBox(px, py + photo_h, photo_w, caption_h, captions[i], caption);
  }
  TextStyle footer;
  footer.size = 10;
  footer.align = Align::kRight;
  canvas.Text(x + width, 806, "작성자 : " + c.supplier_name + " (인)", footer);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (fourth set): the shop's 사업자등록증 — the tax office's certificate with its
// circled item numbers and spaced captions, the owner's details as "caption : value" lines,
// the date of issue and the office head's square seal. A paper applicants attach that names
// the shop, its owner and number like an inspection form does, but checks nothing.
void DrawBusinessRegistration(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const Case& c = spec.case_data;
  const double x = 70, width = canvas.width() - 140;
  // Guilloche-like double frame, as the printed certificate paper has.
  const Rgb frame{0.45, 0.55, 0.7};
  canvas.Rect(36, 36, canvas.width() - 72, canvas.height() - 72, 2.0, frame);
  canvas.Rect(41, 41, canvas.width() - 82, canvas.height() - 82, 0.6, frame);
  TextStyle meta;
  meta.size = 8.5;
  meta.color = kGray;
  const Date opened{static_cast<int>(rng.Int(2012, 2025)), static_cast<int>(rng.Int(1, 12)),
                    static_cast<int>(rng.Int(1, 28))};
  canvas.Text(x, 58, "발급번호 : " + Pad(rng.Int(100, 799), 3) + "-" + std::to_string(opened.year) + "-" +
                         std::to_string(rng.Int(1, 9)) + "-" + Pad(rng.Int(0, 999999), 6),
              meta);
  TextStyle title;
  title.size = 26;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 96, Spaced("사업자등록증"), title);
  TextStyle sub;
  sub.size = 12;
  sub.align = Align::kCenter;
  canvas.Text(x + width / 2, 138, "( 일반과세자 )", sub);

  TextStyle body;
  body.size = 12;
  TextStyle strong = body;
  strong.size = 14;
  strong.bold = true;
  canvas.Text(x + width / 2 - 120, 178, "등록번호 :  " + c.shop_brn, strong);

  const int birth_year = static_cast<int>(rng.Int(1962, 1995));
  const std::vector<std::pair<std::string, std::string>> items = {
      {"① 상            호", c.shop_name},
      {"② 성            명", c.shop_owner},
      {"③ 생  년  월  일", std::to_string(birth_year) + " 년 " + Pad(rng.Int(1, 12), 2) + " 월 " +
                               Pad(rng.Int(1, 28), 2) + " 일"},
      {"④ 개 업 연 월 일", std::to_string(opened.year) + " 년 " + Pad(opened.month, 2) + " 월 " +
                               Pad(opened.day, 2) + " 일"},
      {"⑤ 사업장 소재지", c.shop_address},
  };
  const double key_w = 132;
  double y = 226;
  for (const auto& [key, value] : items) {
    canvas.Text(x, y, key, body);
    canvas.Text(x + key_w, y, ":  " + value, FitWidth(canvas, ":  " + value, body, width - key_w));
    y += 32;
  }
  canvas.Text(x, y, "⑥ 사 업 의 종 류", body);
  canvas.Text(x + key_w, y, ":  업태   음식점업", body);
  canvas.Text(x + key_w + 150, y, "종목   한식 일반 음식점업", body);
  y += 32;
  canvas.Text(x, y, "⑦ 발  급  사  유", body);
  canvas.Text(x + key_w, y, ":  " + std::string(rng.Chance(0.5) ? "신규" : "재발급(기재사항 정정)"), body);
  y += 32;
  canvas.Text(x, y, "⑧ 공동사업자", body);
  canvas.Text(x + key_w, y, ":", body);
  y += 32;
  canvas.Text(x, y, "⑨ 사업자 단위 과세 적용사업자 여부 :   여 (   )    부 ( V )", body);
  y += 32;
  canvas.Text(x, y, "⑩ 전자세금계산서 전용 전자우편주소 :", body);
  y += 70;

  TextStyle center = body;
  center.align = Align::kCenter;
  center.size = 13;
  const Date issued = opened.AddDays(rng.Int(0, 400));
  canvas.Text(x + width / 2, y, std::to_string(issued.year) + " 년   " + Pad(issued.month, 2) + " 월   " +
                                    Pad(issued.day, 2) + " 일",
              center);
  // The tax office of the shop's district, so the seal and the address agree.
  static const std::vector<std::pair<std::string, std::string>> kOffices = {
      {"마포구", "마포"},     {"강남구", "역삼"},     {"종로구", "종로"},     {"송파구", "송파"},
      {"해운대구", "해운대"}, {"부산진구", "부산진"}, {"대구", "서대구"},     {"인천", "남인천"},
      {"광주", "서광주"},     {"대전", "북대전"},     {"울산", "울산"},       {"수원", "수원"},
      {"성남", "분당"},       {"고양", "고양"},       {"춘천", "춘천"},       {"청주", "청주"},
      {"전주", "전주"},       {"창원", "창원"},       {"제주", "제주"}};
  std::string office = "중부";
  for (const auto& [place, name] : kOffices) {
    if (c.shop_address.find(place) != std::string::npos) {
      office = name;
      break;
    }
  }
  office += "세무서장";
  TextStyle head = center;
  head.size = 20;
  head.bold = true;
  canvas.Text(x + width / 2, y + 60, office, head);
  // The office's square seal over the end of the title, ink only.
  const double sx = x + width / 2 + canvas.MeasureWidth(office, head) / 2 + 4, sy = y + 48;
  cairo_t* cr = canvas.cairo();
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_translate(cr, sx, sy);
  cairo_rotate(cr, rng.Real(-0.05, 0.05));
  canvas.Rect(0, 0, 48, 48, 2.4, kSealRed);
  TextStyle stamp;
  stamp.size = 9.5;
  stamp.bold = true;
  stamp.color = kSealRed;
  stamp.align = Align::kCenter;
  canvas.Ink(24, 3, office.substr(0, office.size() - 12), stamp);  // the office's place name
  canvas.Ink(24, 17, "세무서", stamp);
  canvas.Ink(24, 31, "장 인", stamp);
  cairo_restore(cr);
  TextStyle note;
  note.size = 8.5;
  note.color = kGray;
  canvas.Text(x, canvas.height() - 74,
              "※ 발급 사실은 국세청 홈택스(www.hometax.go.kr)의 민원증명 원본확인 메뉴에서 확인할 수 있습니다.",
              note);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (fifth set).
void DrawWarrantyCard(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const Case& c = spec.case_data;
  const double x = 60, width = canvas.width() - 120;
  const Rgb teal{0.05, 0.42, 0.5};
  canvas.FillRect(0, 0, canvas.width(), 70, teal);
  TextStyle brand;
  brand.size = 14;
  brand.bold = true;
  brand.color = Rgb{1, 1, 1};
  canvas.TextInBox(x, 0, width, 70, c.supplier_name, brand);
  TextStyle title;
  title.size = 24;
  title.bold = true;
  title.align = Align::kCenter;
  title.family = std::string(kNanumBarunGothic);
  canvas.Text(x + width / 2, 100, "제품 품질보증서", title);
  TextStyle sub;
  sub.size = 10;
  sub.color = kGray;
  sub.align = Align::kCenter;
  canvas.Text(x + width / 2, 136, "WARRANTY CERTIFICATE", sub);

  Date installed;
  if (!Date::Parse(c.install_date, &installed)) installed = Date{2026, 5, 1};
  const Date until = Date{installed.year + (rng.Chance(0.5) ? 1 : 2), installed.month,
                          installed.day > 28 ? 28 : installed.day};
  TextStyle text;
  text.size = 10.5;
  const double half = width / 2, h = 40;
  double y = 170;
  auto pair_row = [&](const char* k1, const std::string& v1, const char* k2, const std::string& v2) {
    DrawCaptionBox(canvas, x, y, half, h, k1, v1, FitWidth(canvas, v1, text, half - 12));
    DrawCaptionBox(canvas, x + half, y, half, h, k2, v2, FitWidth(canvas, v2, text, half - 12));
    y += h;
  };
  const std::string serial = "SN" + Pad(rng.Int(0, 99999999), 8);
  pair_row("제품명", c.technology, "제조번호", serial);
  pair_row("설치 장소", c.shop_name, "고객명", c.shop_owner);
  pair_row("설치일", installed.Korean(), "무상 보증기간", installed.Dotted() + " ~ " + until.Dotted());
  pair_row("판매·설치업체", c.supplier_name, "업체 사업자번호", c.supplier_brn);
  y += 26;
  TextStyle heading;
  heading.size = 11.5;
  heading.bold = true;
  canvas.Text(x, y, "보증 내용", heading);
  y += 22;
  const char* const terms[] = {
      "1. 보증기간 중 정상적인 사용 상태에서 발생한 고장은 무상으로 수리해 드립니다.",
      "2. 천재지변, 사용자의 과실, 임의 개조로 인한 고장은 유상 수리합니다.",
      "3. 소모품(용지, 배터리 등)은 보증 대상에서 제외됩니다.",
      "4. 수리를 요청할 때에는 이 보증서를 제시하여 주십시오.",
  };
  for (const char* term : terms) {
    y += ParagraphByWords(canvas, x + 8, y, width - 8, term, text, 1.5) + 4;
  }
  y += 30;
  TextStyle center = text;
  center.align = Align::kCenter;
  canvas.Text(x + width / 2, y, "위 제품의 품질을 보증합니다.", center);
  y += 40;
  canvas.Text(x + width / 2, y, installed.KoreanLoose(), center);
  y += 40;
  TextStyle sign = text;
  sign.size = 13;
  sign.bold = true;
  sign.align = Align::kCenter;
  canvas.Text(x + width / 2, y, c.supplier_name + "  대표이사", sign);
  cairo_new_path(canvas.cairo());  // no stray line from the text's current point to the seal
  canvas.Seal(x + width / 2 + 120, y + 9, 20, "사용인감", rng);
  TextStyle note;
  note.size = 8.5;
  note.color = kGray;
  canvas.Text(x, canvas.height() - 56, std::string("A/S 접수 : 평일 09:00 ~ 18:00   1588-") + Pad(rng.Int(1000, 9999), 4), note);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (sixth set).
void DrawQuotation(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const Case& c = spec.case_data;
  const double x = 46, width = canvas.width() - 92;
  const Date quoted = InstallDate(c).AddDays(-rng.Int(20, 45));
  TextStyle title;
  title.size = 26;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 40, Spaced("견적서"), title);
  canvas.Line(x + width / 2 - 80, 78, x + width / 2 + 80, 78, 1.2);
  canvas.Line(x + width / 2 - 80, 81, x + width / 2 + 80, 81, 0.5);

  // Left: date, number and addressee; right: the supplier's block under a downward caption.
  TextStyle body;
  body.size = 10.5;
  double y = 112;
  canvas.Text(x, y, "견적일자 :  " + quoted.KoreanLoose(), body);
  canvas.Text(x, y + 22, "견적번호 :  Q" + quoted.Compact() + "-" + Pad(rng.Int(1, 99), 2), body);
  TextStyle addressee = body;
  addressee.size = 14;
  addressee.bold = true;
  canvas.Text(x, y + 56, c.shop_name + "  귀하", FitWidth(canvas, c.shop_name + "  귀하", addressee, 220));
  canvas.Text(x, y + 92, "아래와 같이 견적합니다.", body);

  const double bx = x + width - 282, cw = 22, lw = 52, vw = 282 - cw - lw, rh = 24;
  TextStyle cell;
  cell.size = 9;
  const std::string owner = PersonName(rng);
  const std::pair<const char*, std::string> rows[] = {
      {"등록번호", c.supplier_brn},
      {"상    호", c.supplier_name},
      {"대 표 자", owner + "  (인)"},
      {"주    소", Address(rng)},
      {"업태/종목", "서비스 / 소프트웨어 공급"},
      {"전    화", PhoneNumber(rng)},
  };
  double ry = y - 8;
  for (const auto& [label, value] : rows) {
    DrawRow(canvas, bx + cw, ry, rh, {Cell{label, lw, true}, Cell{"", vw}}, cell);
    canvas.TextInBox(bx + cw + lw, ry, vw, rh, value, FitWidth(canvas, value, cell, vw - 10));
    ry += rh;
  }
  canvas.Rect(bx, y - 8, cw, ry - y + 8, 0.7);
  TextStyle caption = cell;
  caption.size = 10;
  caption.bold = true;
  DrawStackedCaption(canvas, bx, y - 8, cw, ry - y + 8, "공급자", caption);
  cairo_new_path(canvas.cairo());  // no stray line from the text's current point to the seal
  canvas.Seal(bx + cw + lw + canvas.MeasureWidth(owner + "  (인)", cell) + 2, y - 8 + rh * 2.5, 14, "대표이사", rng);

  // The quoted total in words, then the item table.
  y = ry + 22;
  const int64_t total = c.contract_amount, supply = (total * 10 + 5) / 11, tax = total - supply;
  DrawRow(canvas, x, y, 34,
          {Cell{"합계금액 (VAT 포함)", 130, true},
           Cell{"일금 " + AmountInKoreanWords(total) + "원정  (₩" + FormatWon(total) + ")", width - 130}},
          TextStyle{11, true, Align::kLeft, kBlack, ""});
  y += 34 + 16;
  const int64_t install = std::min<int64_t>(300000, supply / 10 / 1000 * 1000);
  const int64_t install_tax = install / 10;
  struct Item {
    std::string name, spec;
    int64_t amount, tax;
  };
  const Item items[] = {{c.technology, "1식", supply - install, tax - install_tax},
                        {"설치 및 사용자 교육", "1회", install, install_tax}};
  const std::vector<double> iw = {30, 170, 50, 36, 80, 80, width - 446};
  const char* const heads[] = {"No", "품명", "규격", "수량", "단가", "공급가액", "세액"};
  std::vector<Cell> header;
  for (size_t i = 0; i < iw.size(); ++i) header.push_back(Cell{heads[i], iw[i], true});
  DrawRow(canvas, x, y, 22, header, cell);
  y += 22;
  for (size_t r = 0; r < 6; ++r) {
    std::vector<Cell> cells;
    if (r < std::size(items)) {
      const Item& it = items[r];
      cells = {Cell{std::to_string(r + 1), iw[0], false, Align::kCenter}, Cell{it.name, iw[1]},
               Cell{it.spec, iw[2], false, Align::kCenter}, Cell{"1", iw[3], false, Align::kRight},
               Cell{FormatWon(it.amount), iw[4], false, Align::kRight},
               Cell{FormatWon(it.amount), iw[5], false, Align::kRight},
               Cell{FormatWon(it.tax), iw[6], false, Align::kRight}};
    } else {
      for (double cwid : iw) cells.push_back(Cell{"", cwid});
    }
    DrawRow(canvas, x, y, 22, cells, cell);
    y += 22;
  }
  const double span = iw[0] + iw[1] + iw[2] + iw[3] + iw[4];
  DrawRow(canvas, x, y, 24,
          {Cell{"계", span, true}, Cell{FormatWon(supply), iw[5], false, Align::kRight},
           Cell{FormatWon(tax), iw[6], false, Align::kRight}},
          cell);
  y += 24 + 26;

  TextStyle heading = body;
  heading.bold = true;
  canvas.Text(x, y, "특기사항", heading);
  y += 22;
  const std::string terms[] = {
      "1. 견적 유효기간 : 견적일로부터 30일",
      "2. 납품 및 설치 : 계약 후 14일 이내 (설치 장소 : " + c.shop_address + ")",
      "3. 결제 조건 : 정부지원금 " + FormatWon(c.subsidy_amount) + "원 + 자부담금 " +
          FormatWon(c.self_pay_amount) + "원",
      "4. 하자보수 : 설치일로부터 1년간 무상 (소모품 제외)",
      "5. 입금 계좌 : " + c.supplier_bank + " " + c.supplier_account + " (예금주 " + c.supplier_account_holder + ")",
  };
  for (const std::string& term : terms) y += ParagraphByWords(canvas, x + 8, y, width - 8, term, body, 1.5) + 2;
  TextStyle note;
  note.size = 8.5;
  note.color = kGray;
  canvas.Text(x, canvas.height() - 56,
              "본 견적서는 스마트상점 기술보급사업 신청용으로 작성되었으며, 계약 체결 시 금액이 조정될 수 있습니다.", note);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (seventh set).
void DrawTaxClearance(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const Case& c = spec.case_data;
  const double x = 56, width = canvas.width() - 112;
  const Date issued = InstallDate(c).AddDays(rng.Int(1, 6));
  // The online-issue watermark across the sheet, faint enough to read through.
  cairo_t* cr = canvas.cairo();
  cairo_save(cr);
  cairo_translate(cr, canvas.width() / 2, canvas.height() / 2 + 40);
  cairo_rotate(cr, -0.55);
  TextStyle watermark;
  watermark.size = 64;
  watermark.bold = true;
  watermark.color = Rgb{0.93, 0.93, 0.93};
  watermark.align = Align::kCenter;
  canvas.Ink(0, -40, "인 터 넷 발 급", watermark);
  cairo_restore(cr);

  TextStyle meta;
  meta.size = 9;
  meta.color = kGray;
  const std::string issue_no = Pad(rng.Int(1000, 9999), 4) + "-" + Pad(rng.Int(0, 999), 3) + "-" +
                               Pad(rng.Int(0, 9999), 4) + "-" + Pad(rng.Int(0, 999), 3);
  canvas.Text(x, 40, "발급번호 : " + issue_no, meta);
  TextStyle meta_right = meta;
  meta_right.align = Align::kRight;
  canvas.Text(x + width, 40, "처리기간 : 즉시", meta_right);
  TextStyle title;
  title.size = 25;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(x + width / 2, 70, Spaced("납세증명서"), title);
  TextStyle sub;
  sub.size = 11;
  sub.align = Align::kCenter;
  canvas.Text(x + width / 2, 108, "( 국 세 )", sub);

  TextStyle cell;
  cell.size = 10;
  const double cap_w = 30, lw = 92, half = (width - cap_w) / 2, rh = 30;
  double y = 140;
  const double top = y;
  auto row = [&](double left, double span, const std::vector<std::pair<std::string, std::string>>& pairs) {
    const double each = span / static_cast<double>(pairs.size());
    for (const auto& [label, text] : pairs) {
      DrawRow(canvas, left, y, rh, {Cell{label, lw, true}, Cell{"", each - lw}}, cell);
      canvas.TextInBox(left + lw, y, each - lw, rh, text, FitWidth(canvas, text, cell, each - lw - 10));
      left += each;
    }
    y += rh;
  };
  row(x + cap_w, 2 * half, {{"상호(법인명)", c.supplier_name}, {"사업자등록번호", c.supplier_brn}});
  row(x + cap_w, 2 * half,
      {{"성명(대표자)", PersonName(rng)}, {"법인등록번호", Pad(rng.Int(110111, 285011), 6) + "-*******"}});
  row(x + cap_w, 2 * half, {{"주소(본점)", Address(rng)}});
  canvas.Rect(x, top, cap_w, y - top, 0.7);
  DrawStackedCaption(canvas, x, top, cap_w, y - top, "납세자", TextStyle{10.5, true, Align::kCenter, kBlack, ""});
  const double wide = 130;
  auto line = [&](const std::string& label, const std::string& text) {
    DrawRow(canvas, x, y, rh, {Cell{label, wide, true}, Cell{text, width - wide}}, cell);
    y += rh;
  };
  line("증명서 사용목적", "대금수령 (스마트상점 기술보급사업 보조금)");
  line("증명서 유효기간", issued.Korean() + " ~ " + issued.AddDays(29).Korean());
  canvas.FillRect(x, y, width, 24, Rgb{0.93, 0.93, 0.93});
  canvas.Rect(x, y, width, 24, 0.7);
  canvas.TextInBox(x, y, width, 24, "징수유예 등 또는 체납처분유예의 명세", TextStyle{10, false, Align::kCenter, kBlack, ""});
  y += 24;
  const char* const heads[] = {"유예종류", "유예기간", "과세기간", "세목", "납부기한", "세액"};
  std::vector<Cell> header;
  for (const char* head : heads) header.push_back(Cell{head, width / 6, true});
  DrawRow(canvas, x, y, 22, header, TextStyle{9, false, Align::kCenter, kBlack, ""});
  y += 22;
  DrawRow(canvas, x, y, 28, {Cell{"해당 없음", width, false, Align::kCenter}}, cell);
  y += 28;
  canvas.Rect(x, top, width, y - top, 1.3);

  TextStyle body;
  body.size = 11.5;
  y += 34;
  y += ParagraphByWords(canvas, x + 10, y, width - 20,
                        "「국세징수법」에 따라 위의 납세자에게 발급일 현재 체납액이 없음을 증명합니다.", body, 1.6);
  TextStyle center = body;
  center.align = Align::kCenter;
  y += 36;
  canvas.Text(x + width / 2, y, issued.Korean(), center);
  y += 60;
  static const char* const kOffices[] = {"역삼", "서초", "성남", "동수원", "북대전", "부산진", "마포", "구로"};
  const std::string office = std::string(kOffices[rng.Int(0, 7)]) + "세무서장";
  TextStyle head = center;
  head.size = 20;
  head.bold = true;
  canvas.Text(x + width / 2, y, office, head);
  const std::string place = office.substr(0, office.size() - std::string("세무서장").size());
  DrawSquareSeal(canvas, x + width / 2 + canvas.MeasureWidth(office, head) / 2 + 2, y - 14, 54,
                 {place + "세무", "서장인"}, rng);

  TextStyle note = meta;
  note.size = 8.5;
  ParagraphByWords(canvas, x, canvas.height() - 92, width,
                   "※ 이 증명서는 인터넷으로 발급되었습니다. 발급번호를 이용하여 국세청 홈택스(www.hometax.go.kr)에서 "
                   "위·변조 여부를 확인할 수 있습니다. 유효기간이 지난 증명서는 사용할 수 없습니다.",
                   note, 1.4);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (eighth set).
void DrawPrivacyConsent(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const Case& c = spec.case_data;
  const double x = 54, width = canvas.width() - 108;
  // Signed with the application, weeks before the installation.
  const Date signed_on = InstallDate(c).AddDays(-rng.Int(20, 60));
  TextStyle title;
  title.size = 17;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Rect(x, 40, width, 44, 1.4);
  canvas.Rect(x + 3, 43, width - 6, 38, 0.5);
  canvas.TextInBox(x, 40, width, 44, "개인정보 수집·이용 및 제3자 제공 동의서", title);

  TextStyle body;
  body.size = 10;
  double y = 102;
  y += ParagraphByWords(canvas, x, y, width,
                        "소상공인시장진흥공단은 「개인정보 보호법」 제15조 및 제17조에 따라 스마트상점 기술보급사업의 "
                        "신청 접수와 보조금 지급을 위하여 아래와 같이 귀하의 개인정보를 수집·이용하고 제3자에게 "
                        "제공하고자 합니다. 내용을 자세히 읽으신 후 동의 여부를 결정하여 주십시오.",
                        body, 1.55);
  y += 14;
  TextStyle heading = body;
  heading.size = 11;
  heading.bold = true;
  TextStyle cell = body;
  cell.size = 9.5;
  TextStyle head = cell;
  head.bold = true;
  head.align = Align::kCenter;
  const Rgb shade{0.92, 0.92, 0.92};
  // A header row over one row of wrapped text per column.
  auto table = [&](const std::vector<std::pair<std::string, double>>& cols, const std::vector<std::string>& texts) {
    double cx = x;
    for (const auto& [name, share] : cols) {
      canvas.FillRect(cx, y, width * share, 24, shade);
      canvas.Rect(cx, y, width * share, 24, 0.6);
      canvas.TextInBox(cx, y, width * share, 24, name, head);
      cx += width * share;
    }
    y += 24;
    double tallest = 0;
    cx = x;
    for (size_t i = 0; i < cols.size(); ++i) {
      const double cw = width * cols[i].second;
      tallest = std::max(tallest, ParagraphByWords(canvas, cx + 7, y + 8, cw - 14, texts[i], cell, 1.45));
      cx += cw;
    }
    const double h = tallest + 12;
    cx = x;
    for (const auto& [name, share] : cols) {
      canvas.Rect(cx, y, width * share, h, 0.6);
      cx += width * share;
    }
    y += h + 10;
  };
  TextStyle note = body;
  note.size = 9;
  note.color = Rgb{0.3, 0.3, 0.3};
  TextStyle answer = body;
  answer.size = 10.5;
  auto consent = [&](const char* question) {
    y += ParagraphByWords(canvas, x, y, width,
                          "※ 귀하는 동의를 거부할 권리가 있습니다. 다만, 동의하지 않으시면 사업 신청 및 보조금 지급이 "
                          "제한될 수 있습니다.",
                          note, 1.4);
    y += 8;
    canvas.FillRect(x, y, width, 30, Rgb{0.97, 0.97, 0.97});
    canvas.Rect(x, y, width, 30, 0.6);
    canvas.TextInBox(x + 8, y, width - 200, 30, question, answer);
    TextStyle choice = answer;
    choice.align = Align::kRight;
    canvas.TextInBox(x, y, width - 8, 30, "[√] 동의함     [  ] 동의하지 않음", choice);
    y += 30 + 22;
  };

  canvas.Text(x, y, "1. 개인정보 수집·이용 내역 (필수)", heading);
  y += 22;
  table({{"수집·이용 목적", 0.36}, {"수집 항목", 0.4}, {"보유·이용 기간", 0.24}},
        {"사업 신청·선정, 보조금 지급 및 정산, 사후관리와 만족도 조사",
         "성명, 상호, 사업자등록번호, 사업장 주소, 휴대전화번호, 전자우편, 계좌정보", "사업 종료 후 5년"});
  consent("위와 같이 개인정보를 수집·이용하는 데 동의합니까?");

  canvas.Text(x, y, "2. 개인정보 제3자 제공 내역", heading);
  y += 22;
  table({{"제공받는 자", 0.28}, {"제공 목적", 0.28}, {"제공 항목", 0.26}, {"보유·이용 기간", 0.18}},
        {"중소벤처기업부, 기술공급기업인 " + c.supplier_name, "사업 관리, 기술 설치 및 사후관리(A/S)",
         "성명, 상호, 사업장 주소, 휴대전화번호", "제공 목적 달성 시까지"});
  consent("위와 같이 개인정보를 제3자에게 제공하는 데 동의합니까?");

  // Date and the applicant's block, signed.
  TextStyle centre = body;
  centre.size = 11;
  centre.align = Align::kCenter;
  canvas.Text(x + width / 2, y, std::to_string(signed_on.year) + "년   " + std::to_string(signed_on.month) + "월   " +
                                    std::to_string(signed_on.day) + "일",
              centre);
  y += 36;
  TextStyle key = body;
  key.size = 10.5;
  const double kx = x + width - 270, tab = 92;
  const std::pair<const char*, std::string> signer[] = {
      {"상호", c.shop_name}, {"사업자등록번호", c.shop_brn}, {"신청인(대표자)", c.shop_owner}};
  for (const auto& [label, text] : signer) {
    canvas.Text(kx, y, label, key);
    canvas.Text(kx + tab, y, "：  " + text, key);
    y += 24;
  }
  const double name_end = kx + tab + canvas.MeasureWidth("：  " + c.shop_owner, key);
  TextStyle mark = key;
  mark.color = kGray;
  canvas.Text(name_end + 30, y - 24, "(서명 또는 인)", mark);
  canvas.Scribble(name_end + 22, y - 40, 80, 34, rng);
  y += 24;
  TextStyle to = body;
  to.size = 13;
  to.bold = true;
  canvas.Text(x, y, "소상공인시장진흥공단 이사장 귀하", to);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (ninth set).
void DrawSmallBusinessCertificate(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const Case& c = spec.case_data;
  const double w = canvas.width(), x = 62, width = w - 124;
  // Issued when the shop applied, before the installation; valid until the next 31 March, when
  // the confirmation year ends.
  const Date issued = InstallDate(c).AddDays(-rng.Int(30, 90));
  const Date valid_to{issued.month >= 4 ? issued.year + 1 : issued.year, 3, 31};
  const Rgb green{0.1, 0.4, 0.3};
  canvas.Rect(30, 30, w - 60, canvas.height() - 60, 2.0, green);
  canvas.Rect(36, 36, w - 72, canvas.height() - 72, 0.6, green);

  TextStyle small;
  small.size = 9;
  canvas.Text(x, 58, "발급번호 : 제 " + std::to_string(issued.year) + "-" + Pad(rng.Int(1, 999999), 6) + " 호", small);
  TextStyle title;
  title.size = 26;
  title.bold = true;
  title.color = green;
  title.align = Align::kCenter;
  title.family = std::string(kNanumMyeongjo);
  canvas.Text(w / 2, 98, Spaced("소상공인확인서"), title);

  // Caption : value lines with the captions spread over a fixed width.
  TextStyle caption;
  caption.size = 12;
  TextStyle value;
  value.size = 12;
  double y = 186;
  const std::pair<std::string, std::string> rows[] = {
      {"기업명", c.shop_name},
      {"대표자", c.shop_owner},
      {"사업자등록번호", c.shop_brn},
      {"소재지", c.shop_address},
      {"업종", "소매업 · 음식점업 (주업종 기준)"},
      {"유효기간", issued.Dotted() + " ~ " + valid_to.Dotted()},
  };
  for (const auto& [label, text] : rows) {
    DrawDistributed(canvas, x + 10, y, 92, label, caption);
    canvas.Text(x + 110, y, ":", caption);
    y += ParagraphByWords(canvas, x + 124, y, width - 134, text, value, 1.35) + 16;
  }
  y += 20;
  TextStyle body;
  body.size = 12.5;
  body.family = std::string(kNanumMyeongjo);
  y += ParagraphByWords(canvas, x + 10, y, width - 20,
                        "위 기업은 「소상공인기본법」 제2조 및 같은 법 시행령 제3조에 따른 소상공인임을 확인합니다.",
                        body, 1.7);
  y += 40;
  TextStyle date = body;
  date.align = Align::kCenter;
  canvas.Text(w / 2, y, issued.Korean(), date);
  y += 70;
  TextStyle signer = body;
  signer.size = 20;
  signer.bold = true;
  signer.align = Align::kCenter;
  const std::string minister = "중소벤처기업부장관";
  canvas.Text(w / 2, y, minister, signer);
  DrawSquareSeal(canvas, w / 2 + canvas.MeasureWidth(minister, signer) / 2 + 4, y - 16, 58,
                 {"중소벤처", "기업부장", "관인"}, rng);

  // Notes, and the page's footer with the issuing system and page number.
  TextStyle note;
  note.size = 8.5;
  note.color = kGray;
  y = canvas.height() - 150;
  canvas.Line(x, y - 10, x + width, y - 10, 0.5, kGray);
  for (const char* text :
       {"1. 이 확인서는 소상공인 확인서 발급시스템에서 발급되었으며, 발급번호로 진위를 확인할 수 있습니다.",
        "2. 유효기간이 지난 확인서는 사용할 수 없으며, 기재 사항이 바뀐 경우 다시 발급받아야 합니다.",
        "3. 이 확인서는 정부 지원사업 신청 시 소상공인 여부를 확인하는 용도로 사용됩니다."}) {
    y += ParagraphByWords(canvas, x, y, width, text, note, 1.3) + 2;
  }
  TextStyle page = note;
  page.align = Align::kCenter;
  canvas.Text(w / 2, canvas.height() - 52, "1 / 1", page);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (tenth set).
void DrawPowerOfAttorney(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const Case& c = spec.case_data;
  const double w = canvas.width(), x = 54, width = w - 108;
  // Signed by the shop owner when the supplier took over the claim, shortly after installing.
  const Date signed_on = InstallDate(c).AddDays(rng.Int(0, 5));
  const Date until = signed_on.AddDays(90);
  const std::string agent = PersonName(rng);
  const char* const ranks[] = {"대리", "과장", "주임", "팀장"};
  const std::string rank = ranks[rng.Int(0, 3)];

  TextStyle small;
  small.size = 8.5;
  small.color = kGray;
  canvas.Text(x, 36, "스마트상점 기술보급사업 | 대리 제출용", small);
  TextStyle title;
  title.size = 28;
  title.bold = true;
  title.align = Align::kCenter;
  title.family = std::string(kNotoSerifKr);
  canvas.Text(w / 2, 58, "위  임  장", title);
  const double tw = canvas.MeasureWidth("위  임  장", title);
  canvas.Line(w / 2 - tw / 2 - 6, 102, w / 2 + tw / 2 + 6, 102, 1.2);

  // Each party as a header row of field names over one row of values, under a section heading.
  TextStyle heading;
  heading.size = 11.5;
  heading.bold = true;
  TextStyle head;
  head.size = 9.5;
  head.bold = true;
  head.align = Align::kCenter;
  TextStyle value;
  value.size = 10.5;
  value.align = Align::kCenter;
  const Rgb shade{0.92, 0.93, 0.9};
  double y = 124;
  auto table = [&](const std::vector<std::pair<std::string, double>>& cols, const std::vector<std::string>& values) {
    double cx = x;
    for (size_t i = 0; i < cols.size(); ++i) {
      const double cw = width * cols[i].second;
      canvas.FillRect(cx, y, cw, 22, shade);
      canvas.Rect(cx, y, cw, 22, 0.6);
      canvas.TextInBox(cx, y, cw, 22, cols[i].first, head);
      canvas.Rect(cx, y + 22, cw, 27, 0.6);
      canvas.TextInBox(cx, y + 22, cw, 27, values[i], FitWidth(canvas, values[i], value, cw - 10));
      cx += cw;
    }
    y += 49;
  };
  canvas.Text(x, y, "1. 위임인 (소상공인)", heading);
  y += 22;
  table({{"성명", 0.18}, {"상호", 0.3}, {"사업자등록번호", 0.27}, {"연락처", 0.25}},
        {c.shop_owner, c.shop_name, c.shop_brn, PhoneNumber(rng)});
  table({{"사업장 소재지", 1.0}}, {c.shop_address});
  y += 14;
  canvas.Text(x, y, "2. 수임인 (대리인)", heading);
  y += 22;
  table({{"성명", 0.18}, {"소속", 0.37}, {"직위", 0.2}, {"연락처", 0.25}},
        {agent, c.supplier_name, rank, PhoneNumber(rng)});
  y += 14;

  // What is delegated, in a tinted box.
  canvas.Text(x, y, "3. 위임 사항", heading);
  y += 22;
  TextStyle body;
  body.size = 10.5;
  const std::string items[] = {
      "가. 스마트상점 기술보급사업 보조금(국비) 지급 신청서의 작성 및 제출",
      "나. 대금 요청에 필요한 증빙서류(전자세금계산서, 검수확인서 등)의 제출 및 보완",
      "다. 보조금 지급과 관련한 공단의 안내·통지의 수령",
      "라. 그 밖에 위 각 호의 사무 처리에 필요한 일체의 행위",
  };
  const double box_top = y;
  y += 10;
  for (const std::string& item : items) y += ParagraphByWords(canvas, x + 12, y, width - 24, item, body, 1.38) + 2;
  y += 6;
  canvas.FillRect(x, box_top, 4, y - box_top, Rgb{0.45, 0.5, 0.4});
  canvas.Rect(x, box_top, width, y - box_top, 0.6, Rgb{0.6, 0.6, 0.6});
  y += 16;
  canvas.Text(x, y, "4. 위임 기간 :  " + signed_on.Dotted() + " ~ " + until.Dotted(), heading);
  y += 30;

  TextStyle declare = body;
  declare.size = 11.5;
  y += ParagraphByWords(canvas, x, y, width,
                        "본인은 위 수임인을 대리인으로 정하고, 위 사항에 관한 모든 권한을 위임합니다. 대리인이 위임 "
                        "범위 안에서 한 행위에 대하여는 본인이 책임을 집니다.",
                        declare, 1.55);
  y += 14;
  TextStyle centre = declare;
  centre.align = Align::kCenter;
  canvas.Text(w / 2, y, signed_on.KoreanLoose(), centre);
  y += 38;

  // The two signers: the delegator with the registered seal, the agent signing by hand.
  TextStyle sign = declare;
  const double sx = x + width - 250;
  canvas.Text(sx, y, "위 임 인 :", sign);
  const double name_x = sx + 74;
  const double drawn = canvas.Text(name_x, y, c.shop_owner, sign);
  TextStyle mark = sign;
  mark.color = kGray;
  canvas.Text(name_x + drawn + 34, y, "(인)", mark);
  cairo_new_path(canvas.cairo());  // no stray line from the text's current point to the seal
  canvas.Seal(name_x + drawn + 46, y + 9, 16, c.shop_owner, rng);
  y += 30;
  canvas.Text(sx, y, "수 임 인 :", sign);
  const double agent_w = canvas.Text(name_x, y, agent, sign);
  canvas.Text(name_x + agent_w + 30, y, "(서명)", mark);
  canvas.Scribble(name_x + agent_w + 22, y - 10, 64, 30, rng);
  y += 40;
  TextStyle to = declare;
  to.size = 13.5;
  to.bold = true;
  canvas.Text(x, y, "소상공인시장진흥공단 이사장 귀하", to);

  TextStyle attach = small;
  attach.size = 9;
  attach.color = Rgb{0.25, 0.25, 0.25};
  const double foot = canvas.height() - 84;
  canvas.Line(x, foot - 10, x + width, foot - 10, 0.6);
  canvas.Text(x, foot, "첨부 :  1. 위임인 신분증 사본 1부", attach);
  canvas.Text(x + 44, foot + 16, "2. 위임인 인감증명서 또는 본인서명사실확인서 1부", attach);
  canvas.Text(x + 44, foot + 32, "3. 수임인 재직증명서 1부", attach);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (eleventh set).
void DrawMeetingMinutes(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const Case& c = spec.case_data;
  const double w = canvas.width(), h = canvas.height(), x = 52, width = w - 104;
  // A site meeting before the installation: the supplier's staff, the owner and the regional
  // centre's coordinator agree on the device, the date and the owner's share.
  const Date install = InstallDate(c);
  const Date met = install.AddDays(-rng.Int(7, 20));
  const int hour = static_cast<int>(rng.Int(10, 16));
  const std::string staff = PersonName(rng), coordinator = PersonName(rng);
  const char* const ranks[] = {"대리", "과장", "팀장", "주임"};
  const std::string rank = ranks[rng.Int(0, 3)];

  TextStyle title;
  title.size = 22;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(w / 2, 46, "회    의    록", title);
  canvas.Line(x, 86, x + width, 86, 1.8);
  canvas.Line(x, 89, x + width, 89, 0.5);

  // The meeting's facts in a grid with the captions in a shaded column.
  TextStyle cell;
  cell.size = 9.5;
  const double lw = 78, half = (width - 2 * lw) / 2;
  double y = 102;
  DrawRow(canvas, x, y, 26,
          {Cell{"회의명", lw, true}, Cell{"스마트상점 기술 도입 사전 협의 (" + c.shop_name + ")", width - lw}}, cell);
  y += 26;
  DrawRow(canvas, x, y, 26,
          {Cell{"일    시", lw, true},
           Cell{met.KoreanLoose() + " " + Pad(hour, 2) + ":00 ~ " + Pad(hour + 1, 2) + ":00", half},
           Cell{"장    소", lw, true}, Cell{"매장 현장", half}},
          cell);
  y += 26;
  DrawRow(canvas, x, y, 26, {Cell{"주    소", lw, true}, Cell{"", width - lw}}, cell);
  canvas.TextInBox(x + lw, y, width - lw, 26, c.shop_address, FitWidth(canvas, c.shop_address, cell, width - lw - 10));
  y += 26;
  const std::string attendees = c.shop_owner + " (" + c.shop_name + " 대표), " + staff + " " + rank + " (" +
                                c.supplier_name + "), " + coordinator + " (지역센터 담당)";
  DrawRow(canvas, x, y, 40, {Cell{"참 석 자", lw, true}, Cell{"", width - lw}}, cell);
  ParagraphByWords(canvas, x + lw + 5, y + 7, width - lw - 10, attendees, cell, 1.35);
  y += 40;
  DrawRow(canvas, x, y, 26,
          {Cell{"작 성 자", lw, true}, Cell{staff + " " + rank, half}, Cell{"배    포", lw, true},
           Cell{"참석자 전원", half}},
          cell);
  y += 26 + 24;

  // Agenda, discussion and decisions, as the supplier's staff writes them up.
  TextStyle heading;
  heading.size = 11;
  heading.bold = true;
  TextStyle body;
  body.size = 10;
  auto section = [&](const std::string& name, const std::vector<std::string>& items, const char* bullet) {
    canvas.FillRect(x, y, width, 22, Rgb{0.94, 0.94, 0.94});
    canvas.Text(x + 8, y + 4, name, heading);
    y += 30;
    for (const std::string& text : items) {
      canvas.Text(x + 10, y, bullet, body);
      y += ParagraphByWords(canvas, x + 26, y, width - 30, text, body, 1.45) + 3;
    }
    y += 12;
  };
  section("1. 안건",
          {"도입 기술 및 설치 위치 확정", "설치 일정 및 매장 영업 중 작업 방법 협의", "자부담금 납부 방법 및 증빙 서류 안내"},
          "○");
  section("2. 협의 내용",
          {"도입 기술은 " + c.technology + "(으)로 하며, 설치 위치는 계산대 옆 벽면으로 한다.",
           "설치는 " + install.KoreanLoose() + " 영업 시작 전에 진행하고, 설치 당일 점주 및 직원 사용 교육을 실시한다.",
           "총 계약금액은 " + FormatWon(c.contract_amount) + "원(부가세 포함)이며, 이 중 자부담금 " +
               FormatWon(c.self_pay_amount) + "원은 설치 전까지 공급기업 계좌로 이체한다.",
           "보조금 청구에 필요한 전자세금계산서, 검수확인서 등은 설치 완료 후 공급기업이 준비하여 제출한다.",
           "매장 내 무선 인터넷 환경을 사전에 점검하고, 필요 시 공유기 위치를 조정한다."},
          "-");
  section("3. 결정 사항",
          {"설치 예정일 " + install.Dotted() + " (변경 시 3일 전 상호 통보)", "A/S 담당 : " + staff + " " + rank + " (" +
                                                                               c.supplier_name + ")"},
          "▶");

  // Everyone present signs.
  y += 4;
  canvas.Text(x, y, "참석자 확인", heading);
  y += 22;
  const std::vector<double> sw = {width * 0.34, width * 0.2, width * 0.24, width * 0.22};
  DrawRow(canvas, x, y, 22,
          {Cell{"소    속", sw[0], true}, Cell{"직 위", sw[1], true}, Cell{"성    명", sw[2], true},
           Cell{"서    명", sw[3], true}},
          cell);
  y += 22;
  const std::vector<std::array<std::string, 3>> people = {
      {c.shop_name, "대표", c.shop_owner}, {c.supplier_name, rank, staff}, {"지역센터", "담당", coordinator}};
  for (const auto& person : people) {
    DrawRow(canvas, x, y, 30,
            {Cell{person[0], sw[0], false, Align::kCenter}, Cell{person[1], sw[1], false, Align::kCenter},
             Cell{person[2], sw[2], false, Align::kCenter}, Cell{"", sw[3]}},
            FitWidth(canvas, person[0], cell, sw[0] - 10));
    canvas.Scribble(x + sw[0] + sw[1] + sw[2] + 10, y + 4, sw[3] - 20, 22, rng);
    y += 30;
  }
  TextStyle foot;
  foot.size = 8;
  foot.color = kGray;
  foot.align = Align::kCenter;
  canvas.Text(w / 2, h - 34, "- 1 -", foot);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (twelfth set).
void DrawAftercarePledge(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const Case& c = spec.case_data;
  const double w = canvas.width(), h = canvas.height(), x = 56, width = w - 112;
  const Rgb frame{0.22, 0.22, 0.26};
  const Rgb pen{0.1, 0.16, 0.5};
  // Signed by the owner with the agreement, before the installation: the owner promises to
  // keep the device in use, not to sell it, and to let the centre check on it.
  const Date signed_on = InstallDate(c).AddDays(-rng.Int(14, 40));
  const std::string phone = PhoneNumber(rng);

  TextStyle form_no;
  form_no.size = 8.5;
  form_no.color = kGray;
  canvas.Text(x, 34, "[서식 제7호]", form_no);
  TextStyle title;
  title.size = 22;
  title.bold = true;
  title.align = Align::kCenter;
  title.family = std::string(kNanumMyeongjo);
  canvas.Text(w / 2, 56, "사후관리 이행 확약서", title);
  canvas.Line(w / 2 - 120, 92, w / 2 + 120, 92, 0.8, frame);

  // Who promises and what was supported, in a grid with shaded captions.
  TextStyle cell;
  cell.size = 9.5;
  const double lw = 84, half = (width - 2 * lw) / 2, rh = 26;
  double y = 112;
  TextStyle block;
  block.size = 10.5;
  block.bold = true;
  canvas.Text(x, y, "1. 확약자", block);
  y += 20;
  DrawRow(canvas, x, y, rh,
          {Cell{"상    호", lw, true}, Cell{c.shop_name, half}, Cell{"사업자등록번호", lw, true}, Cell{c.shop_brn, half}},
          cell, frame);
  y += rh;
  DrawRow(canvas, x, y, rh,
          {Cell{"대 표 자", lw, true}, Cell{c.shop_owner, half}, Cell{"연 락 처", lw, true}, Cell{phone, half}}, cell,
          frame);
  y += rh;
  DrawRow(canvas, x, y, rh, {Cell{"사업장 주소", lw, true}, Cell{"", width - lw}}, cell, frame);
  canvas.TextInBox(x + lw, y, width - lw, rh, c.shop_address, FitWidth(canvas, c.shop_address, cell, width - lw - 10));
  y += rh + 16;
  canvas.Text(x, y, "2. 지원 내용", block);
  y += 20;
  DrawRow(canvas, x, y, rh,
          {Cell{"도입 기술", lw, true}, Cell{c.technology, half}, Cell{"공급기업", lw, true},
           Cell{"", half}},
          cell, frame);
  canvas.TextInBox(x + 2 * lw + half, y, half, rh, c.supplier_name, FitWidth(canvas, c.supplier_name, cell, half - 10));
  y += rh;
  DrawRow(canvas, x, y, rh,
          {Cell{"총 사업비", lw, true}, Cell{FormatWon(c.contract_amount) + "원", half}, Cell{"자부담금", lw, true},
           Cell{FormatWon(c.self_pay_amount) + "원", half}},
          cell, frame);
  y += rh + 22;

  TextStyle body;
  body.size = 10.5;
  y += ParagraphByWords(canvas, x, y, width,
                        "본인은 「2026년 스마트상점 기술보급사업」의 지원 대상자로서 보조금으로 도입한 기술(장비)에 "
                        "관하여 다음 사항을 성실히 이행할 것을 확약하며, 각 항목을 읽고 확인란에 표시합니다.",
                        body, 1.6) +
       12;

  // The promises as numbered rows with a tick column the owner marks by hand.
  const double no_w = 34, tick_w = 56, text_w = width - no_w - tick_w;
  DrawRow(canvas, x, y, 22, {Cell{"번호", no_w, true}, Cell{"확 약 사 항", text_w, true}, Cell{"확인", tick_w, true}},
          cell, frame);
  y += 22;
  const std::vector<std::string> promises = {
      "도입한 기술(장비)을 설치일로부터 2년 이상 해당 사업장에서 정상적으로 운영하겠습니다.",
      "사후관리 기간 중 장비를 임의로 매각·양도·대여하거나 폐기하지 않겠습니다.",
      "폐업, 사업장 이전 또는 대표자 변경이 있을 때에는 14일 이내에 지역센터에 알리겠습니다.",
      "공단과 지역센터의 사후 점검, 만족도 조사 및 운영 실적 제출 요청에 협조하겠습니다.",
      "자부담금은 공급기업에 직접 납부하였으며, 이를 돌려받거나 다른 사람이 대신 납부하지 않았습니다.",
      "위 사항을 지키지 않은 경우 지원금의 전부 또는 일부를 환수하는 데 이의를 제기하지 않겠습니다.",
  };
  TextStyle promise = cell;
  promise.size = 9.5;
  // How many lines ParagraphByWords will break `text` into, so each row is sized to its text.
  auto count_lines = [&](const std::string& text) {
    double lines = 1;
    std::string current;
    for (size_t start = 0; start <= text.size();) {
      const size_t end = std::min(text.find(' ', start), text.size());
      const std::string word = text.substr(start, end - start);
      start = end + 1;
      if (word.empty()) continue;
      const std::string candidate = current.empty() ? word : current + " " + word;
      if (!current.empty() && canvas.MeasureWidth(candidate, promise) > text_w - 16) {
        lines += 1;
        current = word;
      } else {
        current = candidate;
      }
    }
    return lines;
  };
  for (size_t i = 0; i < promises.size(); ++i) {
    const double lines = count_lines(promises[i]);
    const double row_h = std::max(28.0, lines * canvas.LineHeight(promise) * 1.4 + 10);
    DrawRow(canvas, x, y, row_h,
            {Cell{std::to_string(i + 1), no_w, false, Align::kCenter}, Cell{"", text_w}, Cell{"", tick_w}}, cell,
            frame, 0.5);
    const double text_h = lines * canvas.LineHeight(promise) * 1.4;
    ParagraphByWords(canvas, x + no_w + 8, y + (row_h - text_h) / 2 + 1, text_w - 16, promises[i], promise, 1.4);
    // An empty box with the owner's pen tick through it. Ink only.
    const double bx = x + no_w + text_w + tick_w / 2 - 6, by = y + row_h / 2 - 6;
    canvas.Rect(bx, by, 12, 12, 0.7, frame);
    const double jitter = rng.Real(-1.2, 1.2);
    canvas.Line(bx + 1.5, by + 5.5 + jitter, bx + 5, by + 10.5, 1.5, pen);
    canvas.Line(bx + 5, by + 10.5, bx + 14 + jitter, by - 3, 1.5, pen);
    y += row_h;
  }
  y += 30;

  // Date, the owner's name and seal, and the addressee.
  TextStyle date_style = body;
  date_style.size = 12;
  date_style.align = Align::kCenter;
  canvas.Text(w / 2, y, signed_on.KoreanLoose(), date_style);
  y += 40;
  TextStyle sign = body;
  sign.size = 11.5;
  sign.align = Align::kRight;
  const double sign_right = x + width - 40;
  canvas.Text(sign_right - 140, y, "확약자  상호 :", sign);
  TextStyle sign_value = sign;
  sign_value.align = Align::kLeft;
  canvas.Text(sign_right - 132, y, c.shop_name, sign_value);
  y += 26;
  canvas.Text(sign_right - 140, y, "대표자 :", sign);
  const double name_w = canvas.Text(sign_right - 132, y, c.shop_owner, sign_value);
  TextStyle seal_label = sign_value;
  seal_label.color = kGray;
  canvas.Text(sign_right - 132 + name_w + 26, y, "(인)", seal_label);
  cairo_new_path(canvas.cairo());  // no stray line from the text's current point to the seal
  canvas.Seal(sign_right - 132 + name_w + 36, y + 8, 15, c.shop_owner, rng);
  y += 56;
  TextStyle to;
  to.size = 15;
  to.bold = true;
  canvas.Text(x, y, "소상공인시장진흥공단 이사장  귀하", to);

  TextStyle foot;
  foot.size = 8;
  foot.color = kGray;
  foot.align = Align::kCenter;
  canvas.Text(w / 2, h - 34, "210mm×297mm [백상지 80g/㎡]", foot);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (thirteenth set).
void DrawTrainingCertificate(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const Case& c = spec.case_data;
  const double w = canvas.width(), h = canvas.height();
  const Rgb navy{0.1, 0.18, 0.38};
  const Rgb gold{0.72, 0.56, 0.2};
  const Rgb dim{0.38, 0.38, 0.42};
  cairo_t* cr = canvas.cairo();
  // The owner took the supplier's user training on the day after installation.
  const Date trained = InstallDate(c).AddDays(rng.Int(0, 2));
  const std::string serif = std::string(kNotoSerifKr);

  // A certificate frame: a gold band between two navy rules, a small lozenge at each corner.
  canvas.FillRect(0, 0, w, h, Rgb{0.995, 0.99, 0.975});
  canvas.Rect(18, 18, w - 36, h - 36, 2.4, navy);
  canvas.Rect(26, 26, w - 52, h - 52, 5, gold);
  canvas.Rect(33, 33, w - 66, h - 66, 0.8, navy);
  for (const auto& [cx, cy] : std::array<std::pair<double, double>, 4>{
           {{33, 33}, {w - 33, 33}, {33, h - 33}, {w - 33, h - 33}}}) {
    cairo_new_path(cr);
    cairo_save(cr);
    cairo_set_source_rgb(cr, navy.r, navy.g, navy.b);
    cairo_move_to(cr, cx, cy - 10);
    cairo_line_to(cr, cx + 10, cy);
    cairo_line_to(cr, cx, cy + 10);
    cairo_line_to(cr, cx - 10, cy);
    cairo_close_path(cr);
    cairo_fill(cr);
    cairo_restore(cr);
  }

  TextStyle number;
  number.size = 11;
  number.family = serif;
  canvas.Text(64, 58, "제 " + std::to_string(trained.year) + "-스마트-" + Pad(rng.Int(1, 2999), 4) + " 호", number);

  TextStyle title;
  title.size = 38;
  title.bold = true;
  title.color = navy;
  title.align = Align::kCenter;
  title.family = serif;
  canvas.Text(w / 2, 76, "수   료   증", title);
  TextStyle title_en;
  title_en.size = 10;
  title_en.color = gold;
  title_en.align = Align::kCenter;
  canvas.Text(w / 2, 132, "C E R T I F I C A T E   O F   C O M P L E T I O N", title_en);

  // The particulars as "caption : value" lines, the captions spread to one width.
  TextStyle line_style;
  line_style.size = 13;
  line_style.family = serif;
  const double cap_x = w / 2 - 210, cap_w = 92, colon_x = cap_x + cap_w + 10, value_x = colon_x + 18;
  double y = 170;
  const std::pair<const char*, std::string> rows[] = {
      {"성명", c.shop_owner},
      {"상호", c.shop_name},
      {"교육과정", "스마트기술 사용자 교육 (" + c.technology + ")"},
      {"교육일자", trained.Korean()},
      {"교육기관", c.supplier_name},
  };
  for (const auto& [caption, value] : rows) {
    DrawDistributed(canvas, cap_x, y, cap_w, caption, line_style);
    canvas.Text(colon_x, y, ":", line_style);
    canvas.Text(value_x, y, value, FitWidth(canvas, value, line_style, w - 90 - value_x));
    y += 27;
  }
  y += 14;

  TextStyle body;
  body.size = 14;
  body.family = serif;
  body.align = Align::kCenter;
  y += ParagraphByWords(canvas, 110, y, w - 220,
                        "위 사람은 「2026년 스마트상점 기술보급사업」에 따라 도입한 스마트기술의 운영 및 활용 교육 "
                        "과정을 성실히 이수하였으므로 이 증서를 수여합니다.",
                        body, 1.7) +
       16;

  TextStyle date_style = body;
  date_style.size = 13;
  canvas.Text(w / 2, y, trained.KoreanLoose(), date_style);
  y += 40;

  // The agency's head with the square official seal; the training provider beneath.
  TextStyle signer = body;
  signer.size = 18;
  signer.bold = true;
  const std::string signer_text = "소상공인시장진흥공단 이사장";
  canvas.Text(w / 2, y, signer_text, signer);
  DrawSquareSeal(canvas, w / 2 + canvas.MeasureWidth(signer_text, signer) / 2 - 14, y - 14, 56,
                 {"소상공인시", "장진흥공단", "이사장인"}, rng);

  // A gold medallion at the lower left (ink) and the provider's note at the foot.
  cairo_new_path(cr);
  cairo_save(cr);
  const double mcx = 110, mcy = h - 104;
  cairo_set_source_rgb(cr, gold.r, gold.g, gold.b);
  for (int i = 0; i < 24; ++i) {
    const double a = i * M_PI / 12;
    cairo_move_to(cr, mcx, mcy);
    cairo_line_to(cr, mcx + 34 * std::cos(a - 0.1), mcy + 34 * std::sin(a - 0.1));
    cairo_line_to(cr, mcx + 34 * std::cos(a + 0.1), mcy + 34 * std::sin(a + 0.1));
    cairo_close_path(cr);
  }
  cairo_fill(cr);
  cairo_arc(cr, mcx, mcy, 24, 0, 2 * M_PI);
  cairo_set_source_rgb(cr, 0.85, 0.7, 0.32);
  cairo_fill(cr);
  cairo_restore(cr);
  TextStyle foot;
  foot.size = 9;
  foot.color = dim;
  foot.align = Align::kCenter;
  canvas.Text(w / 2, h - 58, "교육 주관 : " + c.supplier_name + "   ·   교육 시간 : 2시간 (현장 교육)", foot);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (fourteenth set).
void DrawReportCover(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const Case& c = spec.case_data;
  const double w = canvas.width(), h = canvas.height();
  const Rgb navy{0.12, 0.2, 0.42};
  const Rgb sky{0.36, 0.6, 0.82};
  const Rgb dim{0.38, 0.4, 0.45};
  cairo_t* cr = canvas.cairo();
  const Date submitted = InstallDate(c).AddDays(rng.Int(2, 6));
  const std::string serif = std::string(kNotoSerifKr);

  // A bound report's cover: slanted colour bands at the top, the title block, an info panel.
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_source_rgb(cr, navy.r, navy.g, navy.b);
  cairo_move_to(cr, 0, 0);
  cairo_line_to(cr, w, 0);
  cairo_line_to(cr, w, 70);
  cairo_line_to(cr, 0, 120);
  cairo_close_path(cr);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, sky.r, sky.g, sky.b);
  cairo_move_to(cr, 0, 126);
  cairo_line_to(cr, w, 76);
  cairo_line_to(cr, w, 84);
  cairo_line_to(cr, 0, 134);
  cairo_close_path(cr);
  cairo_fill(cr);
  cairo_restore(cr);
  TextStyle band;
  band.size = 9;
  band.color = Rgb{1, 1, 1};
  canvas.Text(50, 30, "과제번호  SS-" + std::to_string(submitted.year) + "-" + Pad(rng.Int(1, 99999), 5), band);
  TextStyle band_right = band;
  band_right.align = Align::kRight;
  canvas.Text(w - 50, 30, "제출용 · 1부", band_right);

  TextStyle year;
  year.size = 16;
  year.color = navy;
  year.family = serif;
  canvas.Text(64, 200, std::to_string(submitted.year) + "년 스마트상점 기술보급사업", year);
  TextStyle title;
  title.size = 34;
  title.bold = true;
  title.color = navy;
  title.family = serif;
  canvas.Text(64, 228, "사업 완료보고서", title);
  canvas.FillRect(64, 284, 60, 4, sky);
  TextStyle subtitle;
  subtitle.size = 12;
  subtitle.color = dim;
  const std::string sub_text = "「" + c.technology + " 도입을 통한 " + c.shop_name + " 매장 스마트화」";
  canvas.Text(64, 300, sub_text, FitWidth(canvas, sub_text, subtitle, w - 128));

  // The info panel: a tinted box with a short key/value list.
  const double px = 64, pw = w - 128;
  double y = 380;
  canvas.FillRect(px, y, pw, 190, Rgb{0.95, 0.96, 0.98});
  canvas.FillRect(px, y, 4, 190, navy);
  y += 18;
  TextStyle key;
  key.size = 10;
  key.color = dim;
  TextStyle value;
  value.size = 11;
  const std::pair<const char*, std::string> rows[] = {
      {"사  업  명", "스마트상점 기술보급사업 (일반형)"},
      {"소 상 공 인", c.shop_name + "  (대표 " + c.shop_owner + ")"},
      {"사업장 소재지", c.shop_address},
      {"도 입 기 술", c.technology},
      {"기술공급기업", c.supplier_name},
      {"설치 완료일", InstallDate(c).Dotted()},
      {"총  사  업  비", FormatWon(c.contract_amount) + "원 (국비 " + FormatWon(c.subsidy_amount) + "원 / 자부담 " +
                             FormatWon(c.self_pay_amount) + "원)"},
  };
  for (const auto& [k, v] : rows) {
    canvas.Text(px + 20, y, k, key);
    canvas.Text(px + 120, y - 1, v, FitWidth(canvas, v, value, pw - 140));
    y += 23;
  }

  // The submitter, the seal, the addressee; the agency's mark at the foot (three overlapping rings).
  TextStyle date_style;
  date_style.size = 13;
  date_style.align = Align::kCenter;
  date_style.family = serif;
  canvas.Text(w / 2, 620, submitted.KoreanLoose(), date_style);
  TextStyle submitter;
  submitter.size = 15;
  submitter.bold = true;
  submitter.align = Align::kCenter;
  submitter.family = serif;
  const std::string who = "제출 : " + c.supplier_name + " 대표이사";
  canvas.Text(w / 2, 654, who, submitter);
  cairo_new_path(cr);  // no stray line from the last text's current point to the ring
  canvas.Seal(w / 2 + canvas.MeasureWidth(who, submitter) / 2 + 26, 664, 17, "대표이사", rng);
  TextStyle to;
  to.size = 14;
  to.bold = true;
  to.align = Align::kCenter;
  canvas.Text(w / 2, 700, "소상공인시장진흥공단 이사장 귀하", to);
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_line_width(cr, 2.2);
  const Rgb rings[3] = {navy, sky, Rgb{0.95, 0.6, 0.15}};
  for (int i = 0; i < 3; ++i) {
    cairo_set_source_rgb(cr, rings[i].r, rings[i].g, rings[i].b);
    cairo_arc(cr, w / 2 - 64 + i * 10, h - 62, 8, 0, 2 * M_PI);
    cairo_stroke(cr);
  }
  cairo_restore(cr);
  TextStyle agency;
  agency.size = 10;
  agency.bold = true;
  agency.color = navy;
  canvas.Text(w / 2 - 28, h - 69, "소상공인시장진흥공단", agency);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (fifteenth set).
void DrawFaxCover(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const Case& c = spec.case_data;
  const double w = canvas.width(), h = canvas.height();
  const double x = 48, width = w - 96;
  const Rgb ink{0.08, 0.08, 0.08};
  const Rgb dim{0.42, 0.42, 0.42};
  const Rgb hair{0.7, 0.7, 0.7};
  const Date sent = InstallDate(c).AddDays(rng.Int(1, 5));
  const std::string sent_time = Pad(rng.Int(9, 17), 2) + ":" + Pad(rng.Int(0, 59), 2);
  const int pages = static_cast<int>(rng.Int(5, 9));
  auto phone = [&](const char* area) {
    return std::string(area) + "-" + std::to_string(rng.Int(200, 999)) + "-" + Pad(rng.Int(0, 9999), 4);
  };
  const std::string our_tel = phone("02"), our_fax = phone("02");
  const std::string their_fax = phone("042");
  const std::string sender = PersonName(rng);
  const char* const centres[] = {"서울중부", "경기남부", "인천", "대전충남", "부산동부", "광주전남", "대구북부"};
  const std::string centre = std::string(centres[rng.Int(0, 6)]) + "센터";

  auto digits = [](const std::string& text) {
    std::string out;
    for (const char ch : text) {
      if (ch >= '0' && ch <= '9') out.push_back(ch);
    }
    return out;
  };
  // What the receiving machine printed along the top edge.
  TextStyle machine;
  machine.size = 7.5;
  machine.family = "NanumGothicCoding";
  machine.color = Rgb{0.3, 0.3, 0.3};
  canvas.Text(18, 10,
              sent.Iso() + " " + sent_time + "   FROM : " + digits(our_fax) + "   TO : " + digits(their_fax) +
                  "   P.001/" + Pad(pages, 3),
              machine);

  // Letterhead: the sender's name left, a reversed FAX block right.
  TextStyle company;
  company.size = 17;
  company.bold = true;
  canvas.Text(x, 40, c.supplier_name, FitWidth(canvas, c.supplier_name, company, width - 180));
  TextStyle meta;
  meta.size = 8;
  meta.color = dim;
  canvas.Text(x, 66, "사업자등록번호 " + c.supplier_brn + "   TEL " + our_tel + "   FAX " + our_fax, meta);
  const double fx = x + width - 150;
  canvas.FillRect(fx, 34, 150, 52, ink);
  TextStyle fax;
  fax.size = 30;
  fax.bold = true;
  fax.color = Rgb{1, 1, 1};
  fax.align = Align::kCenter;
  canvas.Text(fx + 75, 40, "F A X", fax);
  canvas.Line(x, 94, x + width, 94, 2.2, ink);
  TextStyle title;
  title.size = 15;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(w / 2, 106, Spaced("팩스송신문"), title);

  // The routing grid: receiver on the left, sender on the right, the subject across.
  double y = 138;
  const double lw = 58, vw = width / 2 - lw, rh = 24;
  TextStyle cell;
  cell.size = 9.5;
  TextStyle label = cell;
  label.bold = true;
  auto pair_row = [&](const char* l1, const std::string& v1, const char* l2, const std::string& v2) {
    DrawRow(canvas, x, y, rh, {Cell{l1, lw, true}, Cell{"", vw}, Cell{l2, lw, true}, Cell{"", vw}}, label, ink, 0.6,
            Rgb{0.92, 0.92, 0.92});
    canvas.TextInBox(x + lw, y, vw, rh, v1, FitWidth(canvas, v1, cell, vw - 10));
    canvas.TextInBox(x + 2 * lw + vw, y, vw, rh, v2, FitWidth(canvas, v2, cell, vw - 10));
    y += rh;
  };
  pair_row("수 신", "소상공인시장진흥공단 " + centre, "발 신", c.supplier_name);
  pair_row("참 조", "스마트상점 사업 담당자 님", "담 당", sender + " 과장");
  pair_row("FAX", their_fax, "전 화", our_tel);
  pair_row("일 자", sent.Dotted() + " " + sent_time, "매 수", "표지 포함 " + std::to_string(pages) + "매");
  DrawRow(canvas, x, y, rh + 4, {Cell{"제 목", lw, true}, Cell{"", width - lw}}, label, ink, 0.6, Rgb{0.92, 0.92, 0.92});
  const std::string subject = "스마트상점 기술보급사업 보조금 청구 서류 송부 (" + c.shop_name + ")";
  TextStyle subject_style = cell;
  subject_style.bold = true;
  subject_style.size = 10.5;
  canvas.TextInBox(x + lw, y, width - lw, rh + 4, subject, FitWidth(canvas, subject, subject_style, width - lw - 12));
  y += rh + 4 + 12;

  // Handling marks, one ticked.
  TextStyle mark;
  mark.size = 9.5;
  const char* const marks[] = {"긴급", "검토 바람", "회신 바람", "참고용"};
  const int ticked = static_cast<int>(rng.Int(0, 1)) == 0 ? 1 : 2;
  double mx = x + 4;
  cairo_t* cr = canvas.cairo();
  for (int i = 0; i < 4; ++i) {
    canvas.Rect(mx, y + 2, 9, 9, 0.7, ink);
    if (i == ticked) {
      cairo_new_path(cr);
      cairo_save(cr);
      cairo_set_source_rgb(cr, 0, 0, 0);
      cairo_set_line_width(cr, 1.5);
      cairo_move_to(cr, mx + 1.5, y + 2);
      cairo_line_to(cr, mx + 7.5, y + 11);
      cairo_move_to(cr, mx + 7.5, y + 2);
      cairo_line_to(cr, mx + 1.5, y + 11);
      cairo_stroke(cr);
      cairo_restore(cr);
    }
    mx += canvas.Text(mx + 14, y, marks[i], mark) + 40;
  }
  y += 26;

  // The message on ruled note lines.
  TextStyle body;
  body.size = 10.5;
  const double step = canvas.LineHeight(body) * 1.75;
  const double memo_top = y, memo_h = 15 * step;
  canvas.Rect(x, memo_top, width, memo_h + 12, 0.8, ink);
  for (double ly = memo_top + 6 + step; ly < memo_top + memo_h + 6; ly += step) {
    canvas.Line(x + 10, ly - 3, x + width - 10, ly - 3, 0.3, hair);
  }
  const double tx = x + 14, tw = width - 28;
  y = memo_top + 6 + step - 3 - canvas.LineHeight(body) - 1;
  auto para = [&](const std::string& text) { y += ParagraphByWords(canvas, tx, y, tw, text, body, 1.75); };
  para("안녕하십니까. " + c.supplier_name + " " + sender + "입니다.");
  para("스마트상점 기술보급사업과 관련하여 " + c.shop_name + "(대표 " + c.shop_owner + ")에 " + c.technology +
       " 설치를 " + InstallDate(c).KoreanLoose() + "에 마쳤기에, 보조금 청구 서류를 아래와 같이 보내 드립니다.");
  para("  1. 보조금 지급 요청 공문 1부");
  para("  2. 검수확인서 (사본) 1부");
  para("  3. 전자세금계산서 출력본 및 자부담금 입금 자료 각 1부");
  para("  4. 입금계좌 통장 사본 1부");
  para("계약금액 " + FormatWon(c.contract_amount) + "원 중 보조금 " + FormatWon(c.subsidy_amount) +
       "원을 청구하며, 자부담금 " + FormatWon(c.self_pay_amount) + "원은 매장에서 이미 납부하였습니다.");
  para("원본은 등기우편으로 따로 보내 드렸습니다. 검토 부탁드립니다. 감사합니다.");
  TextStyle closing = body;
  closing.align = Align::kRight;
  canvas.Text(x + width - 14, memo_top + 6 + 14 * step - 3 - canvas.LineHeight(body) - 1,
              c.supplier_name + "  " + sender + " 드림", closing);
  y = memo_top + memo_h + 12 + 16;

  // Confidentiality notice at the foot.
  TextStyle note;
  note.size = 7.8;
  note.color = dim;
  const double note_y = std::max(y, h - 84);
  canvas.FillRect(x, note_y, width, 42, Rgb{0.95, 0.95, 0.95});
  ParagraphByWords(canvas, x + 10, note_y + 7, width - 20,
                   "이 팩스는 수신인만을 위한 것이며 개인정보가 포함되어 있을 수 있습니다. 잘못 받으신 경우 즉시 발신처(" +
                       our_tel + ")로 알려 주시고 폐기하여 주십시오. 수신 상태가 좋지 않으면 다시 보내 드리겠습니다.",
                   note, 1.4);
}

}  // namespace docval::samplegen

namespace docval::samplegen {

// Held out (sixteenth set).
void DrawSelectionNotice(PageCanvas& canvas, const DocumentSpec& spec, int, Rng& rng) {
  const Case& c = spec.case_data;
  const double w = canvas.width(), h = canvas.height();
  const double x = 62, width = w - 124;
  const Rgb navy{0.08, 0.2, 0.45};
  const Rgb ink{0.1, 0.1, 0.12};
  const Rgb dim{0.42, 0.43, 0.46};
  const Rgb rule{0.62, 0.64, 0.68};
  cairo_t* cr = canvas.cairo();
  Date start;
  if (!Date::Parse(c.program_start, &start)) start = Date{2026, 4, 1};
  Date end;
  if (!Date::Parse(c.program_end, &end)) end = Date{2026, 12, 31};
  const Date install = InstallDate(c);
  Date notified = install.AddDays(-rng.Int(24, 45));
  if (notified < start) notified = start;
  const char* const centres[] = {"서울남부", "서울북부", "경기북부", "인천남부", "대전", "부산중부", "광주", "대구남부"};
  const std::string centre = std::string(centres[rng.Int(0, 7)]) + "센터";
  const std::string officer = PersonName(rng);

  // Letterhead: the agency's mark (three arcs) and name, the centre under it, contacts right.
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_set_line_width(cr, 3.2);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  const Rgb arcs[] = {navy, Rgb{0.0, 0.55, 0.7}, Rgb{0.9, 0.45, 0.1}};
  for (int i = 0; i < 3; ++i) {
    cairo_set_source_rgb(cr, arcs[i].r, arcs[i].g, arcs[i].b);
    cairo_arc(cr, x + 16, 62, 7 + i * 4.5, M_PI * (0.9 + 0.1 * i), M_PI * (2.0 + 0.1 * i));
    cairo_stroke(cr);
  }
  cairo_restore(cr);
  TextStyle agency;
  agency.size = 15;
  agency.bold = true;
  agency.color = navy;
  canvas.Text(x + 40, 44, "소상공인시장진흥공단", agency);
  TextStyle unit;
  unit.size = 9.5;
  unit.color = dim;
  canvas.Text(x + 40, 66, centre + "  ·  스마트상점 기술보급사업", unit);
  TextStyle contact = unit;
  contact.size = 7.5;
  contact.align = Align::kRight;
  canvas.Text(x + width, 48, "대표전화 1533-0600", contact);
  canvas.Text(x + width, 60, "www.semas.or.kr", contact);
  canvas.FillRect(x, 88, width, 3, navy);
  canvas.Line(x, 94, x + width, 94, 0.5, navy);

  // Routing lines.
  TextStyle body;
  body.size = 10.5;
  body.color = ink;
  double y = 112;
  const std::pair<std::string, std::string> routing[] = {
      {"문서번호", "스마트상점-" + std::to_string(notified.year) + "-" + Pad(rng.Int(100, 9999), 4)},
      {"시행일자", notified.DottedLoose()},
      {"수    신", c.shop_owner + " 대표님 (" + c.shop_name + ")"},
      {"참    조", c.supplier_name + " (기술공급기업)"},
  };
  TextStyle key = body;
  key.bold = true;
  for (const auto& [k, v] : routing) {
    canvas.Text(x, y, k, key);
    canvas.Text(x + 70, y, v, FitWidth(canvas, v, body, width - 70));
    y += 20;
  }
  y += 14;

  // The title in a ruled band.
  canvas.Line(x, y, x + width, y, 1.2, ink);
  TextStyle title;
  title.size = 15.5;
  title.bold = true;
  title.align = Align::kCenter;
  canvas.Text(w / 2, y + 12, "스마트상점 기술보급사업 지원대상 선정 통지", title);
  y += 44;
  canvas.Line(x, y, x + width, y, 1.2, ink);
  y += 18;

  y += ParagraphByWords(canvas, x, y, width,
                        "1. 귀 매장의 번창을 기원합니다.", body, 1.6);
  y += ParagraphByWords(canvas, x, y, width,
                        "2. 귀하께서 신청하신 「" + std::to_string(start.year) +
                            "년 스마트상점 기술보급사업」의 서류 및 현장 평가 결과, 아래와 같이 지원대상으로 "
                            "최종 선정되었음을 알려 드립니다.",
                        body, 1.6);
  y += 10;

  // The support in a bordered table, captions in a shaded column.
  TextStyle cell;
  cell.size = 10;
  const double label_w = 120, row_h = 24;
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"사 업 명", std::to_string(start.year) + "년 스마트상점 기술보급사업 (일반형)"},
      {"선정 매장", c.shop_name + " (대표 " + c.shop_owner + ")"},
      {"지원 기술", c.technology},
      {"기술공급기업", c.supplier_name},
      {"총 사업비", FormatWon(c.contract_amount) + "원 (부가세 포함)"},
      {"국비 지원금", FormatWon(c.subsidy_amount) + "원"},
      {"자부담금", FormatWon(c.self_pay_amount) + "원"},
      {"사업 기간", start.Dotted() + " ~ " + end.Dotted()},
  };
  for (const auto& [label, value] : rows) {
    DrawRow(canvas, x, y, row_h, {Cell{label, label_w, true}, Cell{value, width - label_w}}, cell, rule, 0.6,
            Rgb{0.91, 0.93, 0.97});
    y += row_h;
  }
  y += 16;

  // What the shop must do next, as numbered notes.
  TextStyle note = body;
  note.size = 9.8;
  canvas.Text(x, y, "3. 유의사항", body);
  y += 22;
  const std::string notes[] = {
      "가. 자부담금은 기술 설치 전까지 기술공급기업 계좌로 납부하고, 납부 증빙(이체확인증 등)을 보관하여 주십시오.",
      "나. 기술 설치가 끝나면 검수확인서에 직접 서명(날인)하여 기술공급기업에 전달하여 주십시오.",
      "다. 지원받은 장비는 설치일로부터 2년간 매장에서 운영하여야 하며, 임의로 처분할 수 없습니다.",
      "라. 선정 후 정당한 사유 없이 사업을 포기하거나 허위로 신청한 사실이 확인되면 선정이 취소될 수 있습니다.",
  };
  for (const std::string& text : notes) {
    y += ParagraphByWords(canvas, x + 10, y, width - 10, text, note, 1.45) + 3;
  }
  y += 8;
  canvas.Text(x + width, y, "끝.", [&] {
    TextStyle s = body;
    s.align = Align::kRight;
    return s;
  }());

  // The centre head's name with the official square seal beside it.
  TextStyle issuer;
  issuer.size = 16;
  issuer.bold = true;
  issuer.align = Align::kCenter;
  const double sign_y = std::max(y + 30, h - 150.0);
  canvas.Text(w / 2 - 24, sign_y, "소상공인시장진흥공단 " + centre + "장", issuer);
  const double name_w = canvas.MeasureWidth("소상공인시장진흥공단 " + centre + "장", issuer);
  DrawSquareSeal(canvas, w / 2 - 24 + name_w / 2 + 6, sign_y - 16, 52, {"소상공인시", "장진흥공단", "센터장인"}, rng);

  // Foot: the officer to contact, over a hairline.
  canvas.Line(x, h - 66, x + width, h - 66, 0.5, rule);
  TextStyle foot;
  foot.size = 8;
  foot.color = dim;
  canvas.Text(x, h - 58, "담당  스마트상점팀 " + officer + "  ·  전화 042-" + std::to_string(rng.Int(300, 899)) + "-" +
                             Pad(rng.Int(0, 9999), 4) + "  ·  전자우편 smartshop@semas.or.kr",
              foot);
  canvas.Text(x, h - 46, "공개구분 : 부분공개(6)", foot);
}

}  // namespace docval::samplegen
