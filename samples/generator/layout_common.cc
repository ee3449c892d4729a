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

void DrawCaptionBox(PageCanvas& canvas, double x, double y, double w, double h,
                    std::string_view caption, std::string_view value, const TextStyle& value_style,
                    Rgb line_color) {
  canvas.Rect(x, y, w, h, 0.6, line_color);
  TextStyle caption_style;
  caption_style.size = 7.5;
  caption_style.color = kGray;
  canvas.Text(x + 4, y + 2.5, caption, caption_style);
  if (value.empty()) return;
  const double top = y + 2.5 + canvas.LineHeight(caption_style) * 0.85;
  canvas.TextInBox(x, top, w, y + h - top, value, value_style);
}

std::vector<std::string> WrapByWords(PageCanvas& canvas, std::string_view text, const TextStyle& style,
                                     double width) {
  std::vector<std::string> lines;
  std::string current;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string word(text.substr(start, end - start));
    start = end + 1;
    if (word.empty()) continue;
    const std::string candidate = current.empty() ? word : current + " " + word;
    if (!current.empty() && canvas.MeasureWidth(candidate, style) > width) {
      lines.push_back(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (!current.empty()) lines.push_back(current);
  return lines;
}

double ParagraphByWords(PageCanvas& canvas, double x, double y, double width, std::string_view text,
                        const TextStyle& style, double line_spacing) {
  const std::vector<std::string> lines = WrapByWords(canvas, text, style, width);
  const double step = canvas.LineHeight(style) * line_spacing;
  double top = y;
  for (const std::string& line : lines) {
    double anchor = x;
    if (style.align == Align::kCenter) anchor = x + width / 2;
    if (style.align == Align::kRight) anchor = x + width;
    canvas.Text(anchor, top, line, style);
    top += step;
  }
  return top - y;
}

TextStyle FitWidth(PageCanvas& canvas, std::string_view text, TextStyle style, double width) {
  const double floor = style.size * 0.7;
  while (style.size > floor && canvas.MeasureWidth(text, style) > width) style.size -= 0.25;
  return style;
}

void DrawStackedCaption(PageCanvas& canvas, double x, double y, double w, double h,
                        std::string_view caption, const TextStyle& style) {
  std::vector<std::string> syllables;
  const std::string spaced = Spaced(caption);  // syllables joined by single spaces
  for (size_t start = 0; start < spaced.size();) {
    const size_t end = std::min(spaced.find(' ', start), spaced.size());
    if (end > start) syllables.push_back(spaced.substr(start, end - start));
    start = end + 1;
  }
  TextStyle centred = style;
  centred.align = Align::kCenter;
  const double step = canvas.LineHeight(centred) * 1.05;
  double top = y + (h - step * static_cast<double>(syllables.size())) / 2;
  for (const std::string& syllable : syllables) {
    canvas.Text(x + w / 2, top, syllable, centred);
    top += step;
  }
}

void DrawSquareSeal(PageCanvas& canvas, double x, double y, double size, const std::vector<std::string>& rows,
                    Rng& rng) {
  cairo_t* cr = canvas.cairo();
  cairo_new_path(cr);  // no stray line from a text's current point to the seal
  cairo_save(cr);
  cairo_translate(cr, x + size / 2, y + size / 2);
  cairo_rotate(cr, rng.Real(-0.06, 0.06));
  canvas.Rect(-size / 2, -size / 2, size, size, size * 0.05, kSealRed);
  TextStyle stamp;
  stamp.bold = true;
  stamp.color = kSealRed;
  stamp.align = Align::kCenter;
  stamp.family = std::string(kNanumMyeongjo);
  stamp.size = size * 0.72 / (static_cast<double>(rows.size()) + 0.4);
  const double line = canvas.LineHeight(stamp);
  double top = -line * static_cast<double>(rows.size()) / 2;
  for (const std::string& row : rows) {
    canvas.Ink(0, top, row, FitWidth(canvas, row, stamp, size * 0.86));
    top += line;
  }
  cairo_restore(cr);
}

void DrawDistributed(PageCanvas& canvas, double x, double y, double w, std::string_view text,
                     const TextStyle& style) {
  std::vector<std::string> glyphs;
  for (size_t i = 0; i < text.size();) {
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    const size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (text.substr(i, len) != " ") glyphs.emplace_back(text.substr(i, len));
    i += len;
  }
  TextStyle left = style;
  left.align = Align::kLeft;
  double total = 0;
  for (const std::string& glyph : glyphs) total += canvas.MeasureWidth(glyph, left);
  const double gap = glyphs.size() > 1 ? (w - total) / static_cast<double>(glyphs.size() - 1) : 0;
  if (glyphs.size() < 2 || gap < style.size * 0.2) {
    TextStyle centred = FitWidth(canvas, text, style, w);
    centred.align = Align::kCenter;
    canvas.Text(x + w / 2, y, text, centred);
    return;
  }
  double cx = x;
  for (const std::string& glyph : glyphs) cx += canvas.Text(cx, y, glyph, left) + gap;
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
