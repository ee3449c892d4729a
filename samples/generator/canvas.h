// PageCanvas: the drawing surface every document layout paints on, plus the public helpers
// that turn Korean text into page images (used by OCR accuracy tests).
//
// Layouts draw in PDF points (1/72 inch) with the page's top-left corner at (0, 0); the same
// drawing code therefore produces a vector PDF page (real text layer) or a raster page at any
// dpi. Text goes through Pango, so Hangul shapes correctly with any installed Korean font.
// Every printed text run is recorded; TakeLines() returns the runs grouped into visual lines
// in reading order (top to bottom, then left to right), which is the ground truth for OCR.
//
// Ownership: PageCanvas borrows the cairo_t it is given; the caller keeps it alive.
// Thread safety: one PageCanvas per thread. Pango's default font map is per thread as well.
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <string>
#include <string_view>
#include <vector>

#include "models/status.h"
#include "pipeline/pix.h"
#include "samples/generator/sample_util.h"

namespace docval::samplegen {

// Korean fonts the generator uses (fonts-nanum, fonts-noto-cjk); `fc-list :lang=ko` lists them.
inline constexpr std::string_view kNanumGothic = "NanumGothic";
inline constexpr std::string_view kNanumMyeongjo = "NanumMyeongjo";
inline constexpr std::string_view kNanumBarunGothic = "NanumBarunGothic";
inline constexpr std::string_view kNotoSansKr = "Noto Sans CJK KR";
inline constexpr std::string_view kNotoSerifKr = "Noto Serif CJK KR";
const std::vector<std::string>& DocumentFonts();

// A4 in points.
inline constexpr double kA4WidthPt = 595.28;
inline constexpr double kA4HeightPt = 841.89;

struct Rgb {
  double r = 0.0, g = 0.0, b = 0.0;
};
inline constexpr Rgb kBlack{0.0, 0.0, 0.0};
inline constexpr Rgb kGray{0.45, 0.45, 0.45};
inline constexpr Rgb kLightGray{0.9, 0.9, 0.9};
inline constexpr Rgb kSealRed{0.82, 0.1, 0.12};

enum class Align { kLeft, kCenter, kRight };

struct TextStyle {
  double size = 10.0;        // points
  bool bold = false;
  Align align = Align::kLeft;
  Rgb color = kBlack;
  std::string family;        // empty: the canvas's font
};

class PageCanvas {
 public:
  PageCanvas(cairo_t* cr, std::string font_family, double width_pt, double height_pt);
  ~PageCanvas();
  PageCanvas(const PageCanvas&) = delete;
  PageCanvas& operator=(const PageCanvas&) = delete;

  double width() const { return width_; }
  double height() const { return height_; }
  const std::string& font_family() const { return font_family_; }
  cairo_t* cairo() const { return cr_; }

  // Draws one line of text whose top edge is at y; x is the left edge, centre or right edge
  // according to style.align. Returns the drawn width in points. Recorded as printed text.
  double Text(double x, double y, std::string_view text, const TextStyle& style = {});
  // Text vertically centred in the box, aligned horizontally inside it with a small padding.
  void TextInBox(double x, double y, double w, double h, std::string_view text,
                 const TextStyle& style = {});
  // Wraps `text` to `width`; returns the height used. Each wrapped line is recorded.
  double Paragraph(double x, double y, double width, std::string_view text,
                   const TextStyle& style = {}, double line_spacing = 1.4);
  // Same as Text but not recorded: ink that is not printed text (seal characters, logos).
  void Ink(double x, double y, std::string_view text, const TextStyle& style);
  double MeasureWidth(std::string_view text, const TextStyle& style);
  double LineHeight(const TextStyle& style);

  void Rect(double x, double y, double w, double h, double line_width = 0.8, Rgb color = kBlack);
  void FillRect(double x, double y, double w, double h, Rgb color);
  void Line(double x1, double y1, double x2, double y2, double line_width = 0.8,
            Rgb color = kBlack);
  // A hand-written signature: a few connected pen strokes inside the box.
  void Scribble(double x, double y, double w, double h, Rng& rng);
  // A red name seal (도장) centred at (cx, cy): a ring with the name's syllables inside.
  void Seal(double cx, double cy, double radius, std::string_view name, Rng& rng);

  // The recorded text, grouped into visual lines in reading order; clears the record.
  std::vector<std::string> TakeLines();

 private:
  struct Run {
    double top = 0, bottom = 0, x = 0;
    std::string text;
  };
  void PrepareLayout(std::string_view text, const TextStyle& style);
  double DrawLayout(double x, double y, const TextStyle& style, bool record, std::string_view text);

  cairo_t* cr_;
  std::string font_family_;
  double width_, height_;
  PangoLayout* layout_;
  std::vector<Run> runs_;
};

// Paints `pages` of `width_pt` x `height_pt` into a white image surface at `dpi` and returns it
// as a Leptonica PIX: 8 bpp grayscale, or 32 bpp RGB when `color` is true.
PixPtr SurfaceToPix(cairo_surface_t* surface, bool color);

struct TextLinesOptions {
  std::string font_family = std::string(kNanumGothic);
  int dpi = 300;
  double point_size = 11.0;
  double margin_pt = 18.0;
  double line_spacing = 1.6;  // multiple of the font's line height
  double width_pt = kA4WidthPt;
};

// Renders `lines` (UTF-8), one per line, top to bottom on a white 8 bpp grayscale PIX sized to
// fit them; the resolution is stored in the PIX. Fails with InvalidArgument on an empty list or a
// dpi outside 50..1200, Internal when Cairo cannot allocate the surface.
Status RenderTextLines(const std::vector<std::string>& lines, const TextLinesOptions& options,
                       PixPtr* out);

}  // namespace docval::samplegen
