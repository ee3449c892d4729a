// A white page drawn with Cairo and Pango in 1/300-inch units and rendered at any dpi, for
// tests that need real pictures of Korean text (preprocessing, OCR, second looks).
#pragma once

#include <cairo.h>
#include <leptonica/allheaders.h>
#include <pango/pangocairo.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <utility>

#include "pipeline/pix.h"

namespace docval {

constexpr int kLayoutDpi = 300;  // layouts below are in 1/300 inch

// A white page drawn in 1/300-inch units and rendered at any dpi.
class Canvas {
 public:
  Canvas(int width, int height, int dpi) : dpi_(dpi) {
    double scale = static_cast<double>(dpi) / kLayoutDpi;
    surface_ = cairo_image_surface_create(CAIRO_FORMAT_RGB24, std::lround(width * scale),
                                          std::lround(height * scale));
    cr_ = cairo_create(surface_);
    cairo_set_source_rgb(cr_, 1, 1, 1);
    cairo_paint(cr_);
    cairo_scale(cr_, scale, scale);
    cairo_set_source_rgb(cr_, 0, 0, 0);
  }
  ~Canvas() {
    cairo_destroy(cr_);
    cairo_surface_destroy(surface_);
  }
  Canvas(const Canvas&) = delete;
  Canvas& operator=(const Canvas&) = delete;

  // Width and height of `text` as Text() would draw it, in layout units.
  std::pair<double, double> Extent(const std::string& text, double points = 11) {
    PangoLayout* layout = MakeLayout(text, points);
    int w = 0, h = 0;
    pango_layout_get_pixel_size(layout, &w, &h);
    g_object_unref(layout);
    return {w, h};
  }
  // Text with its top-left corner at (x, y); returns its height.
  double Text(double x, double y, const std::string& text, double points = 11) {
    return Show(x, y, 0, text, points);
  }
  // Text vertically centred in a row starting at `top`, `height` tall.
  void CellText(double x, double top, double height, const std::string& text) {
    Show(x, top, height, text, 11);
  }
  void Line(double x0, double y0, double x1, double y1, double width = 3) {
    cairo_set_line_width(cr_, width);
    cairo_move_to(cr_, x0, y0);
    cairo_line_to(cr_, x1, y1);
    cairo_stroke(cr_);
  }
  // An ellipse's outline centred at (cx, cy) with half-axes rx and ry: a ring drawn by hand
  // around a figure.
  void Ring(double cx, double cy, double rx, double ry, double width = 4) {
    cairo_save(cr_);
    cairo_translate(cr_, cx, cy);
    cairo_scale(cr_, rx, ry);
    cairo_arc(cr_, 0, 0, 1, 0, 2 * M_PI);
    cairo_restore(cr_);
    cairo_set_line_width(cr_, width);
    cairo_stroke(cr_);
  }
  void Rect(double x, double y, double w, double h, double width = 4) {
    cairo_set_line_width(cr_, width);
    cairo_rectangle(cr_, x, y, w, h);
    cairo_stroke(cr_);
  }
  // Colour of what is drawn next, as a grey level 0 (black) … 255 (white).
  void Grey(int level) { cairo_set_source_rgb(cr_, level / 255.0, level / 255.0, level / 255.0); }
  void FillRect(double x, double y, double w, double h) {
    cairo_rectangle(cr_, x, y, w, h);
    cairo_fill(cr_);
  }
  // 8-bpp grey PIX of the page (the green channel; everything is drawn in black).
  PixPtr ToPix() {
    cairo_surface_flush(surface_);
    int width = cairo_image_surface_get_width(surface_);
    int height = cairo_image_surface_get_height(surface_);
    int stride = cairo_image_surface_get_stride(surface_);
    const unsigned char* data = cairo_image_surface_get_data(surface_);
    PixPtr pix(pixCreate(width, height, 8));
    pixSetResolution(pix.get(), dpi_, dpi_);
    for (int y = 0; y < height; ++y) {
      const uint32_t* row = reinterpret_cast<const uint32_t*>(data + y * stride);
      for (int x = 0; x < width; ++x) pixSetPixel(pix.get(), x, y, (row[x] >> 8) & 0xff);
    }
    return pix;
  }

 private:
  PangoLayout* MakeLayout(const std::string& text, double points) {
    PangoLayout* layout = pango_cairo_create_layout(cr_);
    pango_cairo_context_set_resolution(pango_layout_get_context(layout), kLayoutDpi);
    pango_layout_context_changed(layout);
    std::string font = "NanumGothic, Noto Sans CJK KR " + std::to_string(points);
    PangoFontDescription* description = pango_font_description_from_string(font.c_str());
    pango_layout_set_font_description(layout, description);
    pango_font_description_free(description);
    pango_layout_set_text(layout, text.c_str(), -1);
    return layout;
  }
  // Draws `text` from (x, top), centred vertically in `row_height` when that is not 0.
  double Show(double x, double top, double row_height, const std::string& text, double points) {
    PangoLayout* layout = MakeLayout(text, points);
    int w = 0, h = 0;
    pango_layout_get_pixel_size(layout, &w, &h);
    cairo_move_to(cr_, x, row_height > 0 ? top + (row_height - h) / 2.0 : top);
    pango_cairo_show_layout(cr_, layout);
    g_object_unref(layout);
    return h;
  }

  int dpi_;
  cairo_surface_t* surface_;
  cairo_t* cr_;
};

}  // namespace docval
