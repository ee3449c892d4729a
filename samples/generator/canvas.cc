#include "samples/generator/canvas.h"

#include <algorithm>
#include <cmath>

namespace docval::samplegen {

const std::vector<std::string>& DocumentFonts() {
  static const std::vector<std::string> kFonts = {
      std::string(kNanumGothic), std::string(kNanumMyeongjo), std::string(kNanumBarunGothic),
      std::string(kNotoSansKr), std::string(kNotoSerifKr)};
  return kFonts;
}

PageCanvas::PageCanvas(cairo_t* cr, std::string font_family, double width_pt, double height_pt)
    : cr_(cr), font_family_(std::move(font_family)), width_(width_pt), height_(height_pt) {
  layout_ = pango_cairo_create_layout(cr_);
  // Unhinted metrics keep the layout identical on the PDF and on every raster resolution.
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
  PangoContext* context = pango_layout_get_context(layout_);
  pango_cairo_context_set_font_options(context, options);
  pango_cairo_context_set_resolution(context, 72.0);
  pango_layout_context_changed(layout_);
  cairo_font_options_destroy(options);
}

PageCanvas::~PageCanvas() { g_object_unref(layout_); }

void PageCanvas::PrepareLayout(std::string_view text, const TextStyle& style) {
  PangoFontDescription* font = pango_font_description_new();
  pango_font_description_set_family(
      font, style.family.empty() ? font_family_.c_str() : style.family.c_str());
  pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
  pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description(layout_, font);
  pango_font_description_free(font);
  pango_layout_set_width(layout_, -1);
  pango_layout_set_text(layout_, text.data(), static_cast<int>(text.size()));
}

double PageCanvas::MeasureWidth(std::string_view text, const TextStyle& style) {
  PrepareLayout(text, style);
  int width = 0, height = 0;
  pango_layout_get_size(layout_, &width, &height);
  return static_cast<double>(width) / PANGO_SCALE;
}

double PageCanvas::LineHeight(const TextStyle& style) {
  PrepareLayout("가A", style);
  int width = 0, height = 0;
  pango_layout_get_size(layout_, &width, &height);
  return static_cast<double>(height) / PANGO_SCALE;
}

double PageCanvas::DrawLayout(double x, double y, const TextStyle& style, bool record,
                              std::string_view text) {
  int width_units = 0, height_units = 0;
  pango_layout_get_size(layout_, &width_units, &height_units);
  const double w = static_cast<double>(width_units) / PANGO_SCALE;
  const double h = static_cast<double>(height_units) / PANGO_SCALE;
  double left = x;
  if (style.align == Align::kCenter) left = x - w / 2;
  if (style.align == Align::kRight) left = x - w;
  cairo_save(cr_);
  cairo_set_source_rgb(cr_, style.color.r, style.color.g, style.color.b);
  cairo_move_to(cr_, left, y);
  pango_cairo_update_layout(cr_, layout_);
  pango_cairo_show_layout(cr_, layout_);
  cairo_restore(cr_);
  if (record && !text.empty()) runs_.push_back(Run{y, y + h, left, std::string(text)});
  return w;
}

double PageCanvas::Text(double x, double y, std::string_view text, const TextStyle& style) {
  PrepareLayout(text, style);
  return DrawLayout(x, y, style, /*record=*/true, text);
}

void PageCanvas::Ink(double x, double y, std::string_view text, const TextStyle& style) {
  PrepareLayout(text, style);
  DrawLayout(x, y, style, /*record=*/false, text);
}

void PageCanvas::TextInBox(double x, double y, double w, double h, std::string_view text,
                           const TextStyle& style) {
  const double padding = std::min(5.0, w * 0.08);
  const double line_height = LineHeight(style);
  const double top = y + (h - line_height) / 2;
  double anchor = x + padding;
  if (style.align == Align::kCenter) anchor = x + w / 2;
  if (style.align == Align::kRight) anchor = x + w - padding;
  Text(anchor, top, text, style);
}

double PageCanvas::Paragraph(double x, double y, double width, std::string_view text,
                             const TextStyle& style, double line_spacing) {
  // Wrap with Pango, then draw line by line so each printed line is recorded on its own.
  PrepareLayout(text, style);
  pango_layout_set_width(layout_, static_cast<int>(width * PANGO_SCALE));
  pango_layout_set_wrap(layout_, PANGO_WRAP_WORD_CHAR);
  std::vector<std::string> wrapped;
  const std::string owned(text);
  for (GSList* l = pango_layout_get_lines_readonly(layout_); l != nullptr; l = l->next) {
    const PangoLayoutLine* line = static_cast<const PangoLayoutLine*>(l->data);
    std::string piece = owned.substr(static_cast<size_t>(line->start_index),
                                     static_cast<size_t>(line->length));
    while (!piece.empty() && (piece.back() == ' ' || piece.back() == '\n')) piece.pop_back();
    wrapped.push_back(piece);
  }
  const double step = LineHeight(style) * line_spacing;
  double top = y;
  for (const std::string& piece : wrapped) {
    double anchor = x;
    if (style.align == Align::kCenter) anchor = x + width / 2;
    if (style.align == Align::kRight) anchor = x + width;
    Text(anchor, top, piece, style);
    top += step;
  }
  return top - y;
}

void PageCanvas::Rect(double x, double y, double w, double h, double line_width, Rgb color) {
  cairo_save(cr_);
  cairo_set_source_rgb(cr_, color.r, color.g, color.b);
  cairo_set_line_width(cr_, line_width);
  cairo_rectangle(cr_, x, y, w, h);
  cairo_stroke(cr_);
  cairo_restore(cr_);
}

void PageCanvas::FillRect(double x, double y, double w, double h, Rgb color) {
  cairo_save(cr_);
  cairo_set_source_rgb(cr_, color.r, color.g, color.b);
  cairo_rectangle(cr_, x, y, w, h);
  cairo_fill(cr_);
  cairo_restore(cr_);
}

void PageCanvas::Line(double x1, double y1, double x2, double y2, double line_width, Rgb color) {
  cairo_save(cr_);
  cairo_set_source_rgb(cr_, color.r, color.g, color.b);
  cairo_set_line_width(cr_, line_width);
  cairo_move_to(cr_, x1, y1);
  cairo_line_to(cr_, x2, y2);
  cairo_stroke(cr_);
  cairo_restore(cr_);
}

void PageCanvas::Scribble(double x, double y, double w, double h, Rng& rng) {
  // A pen path of loops drifting left to right, drawn as smooth Bézier segments with a
  // slight slant, the way a quick signature looks.
  cairo_save(cr_);
  const bool blue_ink = rng.Chance(0.5);
  cairo_set_source_rgba(cr_, blue_ink ? 0.08 : 0.05, blue_ink ? 0.12 : 0.05,
                        blue_ink ? 0.45 : 0.08, 0.92);
  cairo_set_line_width(cr_, rng.Real(1.1, 1.8));
  cairo_set_line_cap(cr_, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join(cr_, CAIRO_LINE_JOIN_ROUND);
  const int strokes = static_cast<int>(rng.Int(1, 2));
  double pen_x = x + w * rng.Real(0.12, 0.25);
  for (int s = 0; s < strokes; ++s) {
    double pen_y = y + h * rng.Real(0.35, 0.65);
    cairo_move_to(cr_, pen_x, pen_y);
    const int loops = static_cast<int>(rng.Int(3, 5));
    const double span = w * rng.Real(0.45, 0.65) / strokes;
    for (int i = 0; i < loops; ++i) {
      const double step = span / loops;
      const double up = y + h * rng.Real(0.12, 0.3);
      const double down = y + h * rng.Real(0.7, 0.9);
      cairo_curve_to(cr_, pen_x + step * rng.Real(0.2, 0.9), up, pen_x - step * rng.Real(0.1, 0.5),
                     down, pen_x + step, y + h * rng.Real(0.4, 0.6));
      pen_x += step;
    }
    // A final flourish underlining the name.
    cairo_curve_to(cr_, pen_x + w * 0.05, y + h * 0.9, x + w * 0.2, y + h * rng.Real(0.75, 0.9),
                   x + w * rng.Real(0.1, 0.2), y + h * rng.Real(0.6, 0.8));
    cairo_stroke(cr_);
    pen_x += w * 0.05;
  }
  cairo_restore(cr_);
}

void PageCanvas::Seal(double cx, double cy, double radius, std::string_view name, Rng& rng) {
  cairo_save(cr_);
  const double angle = rng.Real(-0.25, 0.25);
  cairo_translate(cr_, cx, cy);
  cairo_rotate(cr_, angle);
  cairo_set_source_rgba(cr_, kSealRed.r, kSealRed.g, kSealRed.b, 0.85);
  cairo_set_line_width(cr_, radius * 0.1);
  cairo_arc(cr_, 0, 0, radius, 0, 2 * M_PI);
  cairo_stroke(cr_);
  // Up to four syllables in a 2x2 grid, read top-right, bottom-right, top-left, bottom-left
  // as carved seals are; a three-syllable name gets "인" as the fourth.
  std::vector<std::string> syllables;
  for (size_t i = 0; i < name.size();) {
    const unsigned char lead = static_cast<unsigned char>(name[i]);
    const size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    syllables.emplace_back(name.substr(i, len));
    i += len;
  }
  if (syllables.size() == 3) syllables.emplace_back("인");
  if (syllables.size() > 4) syllables.resize(4);
  TextStyle style;
  style.family = std::string(kNanumMyeongjo);
  style.bold = true;
  style.align = Align::kCenter;
  style.color = kSealRed;
  if (syllables.size() <= 2) {
    style.size = radius * 0.8;
    const double line = LineHeight(style);
    for (size_t i = 0; i < syllables.size(); ++i) {
      const double top = -line * static_cast<double>(syllables.size()) / 2 + line * static_cast<double>(i);
      Ink(0, top, syllables[i], style);
    }
  } else {
    style.size = radius * 0.62;
    const double line = LineHeight(style);
    const double offsets[4][2] = {{0.38, -1}, {0.38, 0}, {-0.38, -1}, {-0.38, 0}};
    for (size_t i = 0; i < syllables.size(); ++i) {
      Ink(offsets[i][0] * radius * 1.15, offsets[i][1] * line + (offsets[i][1] < 0 ? 1.5 : -1.5),
          syllables[i], style);
    }
  }
  cairo_restore(cr_);
}

std::vector<std::string> PageCanvas::TakeLines() {
  std::vector<Run> runs = std::move(runs_);
  runs_.clear();
  std::stable_sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) {
    return (a.top + a.bottom) < (b.top + b.bottom);
  });
  // Runs whose vertical centres lie within a third of a line of each other share a line.
  std::vector<std::vector<Run>> groups;
  for (Run& run : runs) {
    const double centre = (run.top + run.bottom) / 2;
    const double height = run.bottom - run.top;
    if (!groups.empty()) {
      const Run& last = groups.back().front();
      const double last_centre = (last.top + last.bottom) / 2;
      const double tolerance = std::min(height, last.bottom - last.top) * 0.35;
      if (std::abs(centre - last_centre) <= tolerance) {
        groups.back().push_back(std::move(run));
        continue;
      }
    }
    groups.push_back({std::move(run)});
  }
  std::vector<std::string> lines;
  for (std::vector<Run>& group : groups) {
    std::stable_sort(group.begin(), group.end(),
                     [](const Run& a, const Run& b) { return a.x < b.x; });
    std::string line;
    for (const Run& run : group) {
      if (!line.empty()) line.push_back(' ');
      line += run.text;
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

PixPtr SurfaceToPix(cairo_surface_t* surface, bool color) {
  cairo_surface_flush(surface);
  const int width = cairo_image_surface_get_width(surface);
  const int height = cairo_image_surface_get_height(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  const unsigned char* data = cairo_image_surface_get_data(surface);
  PixPtr pix(pixCreate(width, height, color ? 32 : 8));
  if (!pix) return nullptr;
  l_uint32* pixels = pixGetData(pix.get());
  const int wpl = pixGetWpl(pix.get());
  for (int row = 0; row < height; ++row) {
    // CAIRO_FORMAT_RGB24/ARGB32 store native-endian 32-bit words 0xAARRGGBB.
    const uint32_t* src = reinterpret_cast<const uint32_t*>(data + static_cast<size_t>(row) * stride);
    l_uint32* dst = pixels + static_cast<size_t>(row) * wpl;
    for (int col = 0; col < width; ++col) {
      const uint32_t argb = src[col];
      const int r = (argb >> 16) & 0xff, g = (argb >> 8) & 0xff, b = argb & 0xff;
      if (color) {
        composeRGBPixel(r, g, b, dst + col);
      } else {
        SET_DATA_BYTE(dst, col, (r * 299 + g * 587 + b * 114 + 500) / 1000);
      }
    }
  }
  return pix;
}

Status RenderTextLines(const std::vector<std::string>& lines, const TextLinesOptions& options,
                       PixPtr* out) {
  if (lines.empty()) return Status::InvalidArgument("렌더링할 줄이 없습니다");
  if (options.dpi < 50 || options.dpi > 1200) {
    return Status::InvalidArgument("dpi는 50에서 1200 사이여야 합니다");
  }
  TextStyle style;
  style.size = options.point_size;
  // Measure first on a scratch surface to size the page.
  cairo_surface_t* scratch = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1, 1);
  cairo_t* scratch_cr = cairo_create(scratch);
  double line_height = 0;
  {
    PageCanvas measure(scratch_cr, options.font_family, options.width_pt, 1);
    line_height = measure.LineHeight(style);
  }
  cairo_destroy(scratch_cr);
  cairo_surface_destroy(scratch);
  const double step = line_height * options.line_spacing;
  const double height_pt = options.margin_pt * 2 + step * static_cast<double>(lines.size());
  const double scale = options.dpi / 72.0;
  const int width_px = static_cast<int>(std::lround(options.width_pt * scale));
  const int height_px = static_cast<int>(std::lround(height_pt * scale));
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width_px, height_px);
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surface);
    return Status::Internal("Cairo 이미지 표면을 만들 수 없습니다");
  }
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_scale(cr, scale, scale);
  {
    PageCanvas canvas(cr, options.font_family, options.width_pt, height_pt);
    double top = options.margin_pt;
    for (const std::string& line : lines) {
      canvas.Text(options.margin_pt, top, line, style);
      top += step;
    }
  }
  cairo_destroy(cr);
  PixPtr pix = SurfaceToPix(surface, /*color=*/false);
  cairo_surface_destroy(surface);
  if (!pix) return Status::Internal("PIX를 만들 수 없습니다");
  pixSetResolution(pix.get(), options.dpi, options.dpi);
  *out = std::move(pix);
  return Status::OK();
}

}  // namespace docval::samplegen
