#include "samples/generator/layout_parts.h"

namespace docval::samplegen {

double DrawRow(PageCanvas& canvas, double x, double y, double h, const std::vector<Cell>& cells,
               const TextStyle& style, Rgb line_color, double line_width, Rgb label_fill) {
  double left = x;
  for (const Cell& cell : cells) {
    if (cell.label) canvas.FillRect(left, y, cell.width, h, label_fill);
    canvas.Rect(left, y, cell.width, h, line_width, line_color);
    if (!cell.text.empty()) {
      TextStyle cell_style = style;
      cell_style.align = cell.label ? Align::kCenter : cell.align;
      canvas.TextInBox(left, y, cell.width, h, cell.text, cell_style);
    }
    left += cell.width;
  }
  return left - x;
}

void DrawSignatureBox(PageCanvas& canvas, double x, double y, double w, double h,
                      const InspectionData& data, Rng& rng, bool border) {
  if (border) canvas.Rect(x, y, w, h, 0.8);
  TextStyle label;
  label.size = 10;
  label.color = kGray;
  label.align = Align::kCenter;
  canvas.TextInBox(x, y, w, h, data.sign_label, label);
  if (!data.is_signed) return;
  if (data.signature != SignatureKind::kSeal) canvas.Scribble(x + 2, y + 2, w - 4, h - 4, rng);
  if (data.signature != SignatureKind::kScribble) {
    const double radius = std::min(w, h) * 0.36;
    canvas.Seal(x + w * rng.Real(0.55, 0.7), y + h * rng.Real(0.45, 0.55), radius,
                data.shop_owner, rng);
  }
}

std::string Spaced(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    const size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (!out.empty()) out.push_back(' ');
    out.append(text.substr(i, len));
    i += len;
  }
  return out;
}

}  // namespace docval::samplegen
