#include "pipeline/preprocess.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <cmath>
#include <memory>
#include <string>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace docval {
namespace {

constexpr float kDegreesToRadians = 3.14159265358979f / 180.0f;

// Leptonica packs 8-bit pixels into 32-bit words, most significant byte first: on a
// little-endian machine each word's bytes are the pixels in reverse, so a row converts word by
// word with a byte swap (a per-pixel loop took a tenth of the page's preprocessing).
uint32_t WordToPixelOrder(uint32_t word) {
  if constexpr (std::endian::native == std::endian::little) return __builtin_bswap32(word);
  return word;
}

Status LeptonicaFailed(const char* what) {
  return Status::Internal(std::string("이미지 전처리 실패 (Leptonica ") + what + ")");
}

// Paper background of a grey page at 1/4 size: a closing (max, then min filter) wider than a
// character erases dark text and ruling lines and leaves the paper's brightness. At 1/4 size
// the filter is 16 times cheaper and the background has no detail worth keeping anyway.
cv::Mat EstimateBackground(const cv::Mat& gray, int dpi, float* spread) {
  constexpr int kReduce = 4;
  cv::Mat small;
  cv::resize(gray, small,
             cv::Size(std::max(1, gray.cols / kReduce), std::max(1, gray.rows / kReduce)), 0, 0,
             cv::INTER_AREA);
  int kernel = std::max(3, (dpi / (3 * kReduce)) | 1);  // a third of an inch
  cv::Mat background;
  cv::morphologyEx(small, background, cv::MORPH_CLOSE,
                   cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(kernel, kernel)));
  cv::GaussianBlur(background, background, cv::Size(0, 0), kernel / 2.0);

  int histogram[256] = {};
  for (int y = 0; y < background.rows; ++y)
    for (int x = 0; x < background.cols; ++x) ++histogram[background.at<uint8_t>(y, x)];
  const double total = static_cast<double>(background.total());
  auto percentile = [&](double fraction) {
    double seen = 0;
    for (int v = 0; v < 256; ++v) {
      seen += histogram[v];
      if (seen >= fraction * total) return v;
    }
    return 255;
  };
  *spread = static_cast<float>(percentile(0.98) - percentile(0.02));
  return background;
}

// Divides the page by its background so paper becomes white (255) everywhere and text keeps
// its contrast relative to the paper around it.
Status NormalizeIllumination(PIX* gray, int dpi, const PreprocessOptions& options,
                             PixPtr* normalized, PreprocessResult* out) {
  cv::Mat page;
  Status s = PixToGrayMat(gray, &page);
  if (!s.ok()) return s;
  cv::Mat small_background = EstimateBackground(page, dpi, &out->background_spread);
  bool needed = options.illumination == StepMode::kAlways ||
                out->background_spread > options.illumination_spread;
  if (!needed) {
    *normalized = ClonePix(gray);
    return Status::OK();
  }
  cv::Mat background;
  cv::resize(small_background, background, page.size(), 0, 0, cv::INTER_LINEAR);
  cv::max(background, 1, background);
  cv::Mat flat;
  cv::divide(page, background, flat, 255.0);
  *normalized = GrayMatToPix(flat);
  if (!*normalized) return LeptonicaFailed("pixCreate");
  out->illumination_fixed = true;
  return Status::OK();
}

// Sauvola with a window of about a character: robust to whatever shading is left. Used for
// the optional binarised OCR image, where stroke quality matters.
PixPtr BinarizeSauvola(PIX* gray, int dpi) {
  int window = std::max(7, dpi / 12);
  // Tiles keep Leptonica's integral images small on large pages.
  int tiles_x = std::max(1, pixGetWidth(gray) / 1000);
  int tiles_y = std::max(1, pixGetHeight(gray) / 1000);
  PIX* binary = nullptr;
  if (pixSauvolaBinarizeTiled(gray, window, 0.34f, tiles_x, tiles_y, nullptr, &binary) != 0)
    return nullptr;
  return PixPtr(binary);
}

// How much darker than the mean of its surroundings (a window of about a character) a pixel
// must be to count as ink. Paper grain and JPEG noise stay below it; a faint grey rule (0xB0
// on 0xF5 paper) is well above it.
constexpr double kInkContrast = 20.0;

// 1-bpp mask of ink (strokes, ruling lines) for finding lines and text lines. A mean
// threshold over a box window runs in constant time per pixel: Leptonica's Sauvola binarisation
// took a quarter of a page's whole read time here (twice per tilted page), and these masks
// need no stroke quality.
// The mask as 0/255 bytes (empty when `gray` cannot be converted).
cv::Mat FindInkMask(PIX* gray, int dpi) {
  cv::Mat page;
  if (!PixToGrayMat(gray, &page).ok()) return {};
  const int window = std::max(7, dpi / 12) | 1;
  cv::Mat ink;
  cv::adaptiveThreshold(page, ink, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY_INV,
                        window, kInkContrast);
  return ink;
}

PixPtr FindInk(PIX* gray, int dpi) {
  const cv::Mat ink = FindInkMask(gray, dpi);
  return ink.empty() ? nullptr : MaskToPix(ink);
}

Status Deskew(PIX* gray, int dpi, const PreprocessOptions& options, PixPtr* straight,
              PreprocessResult* out) {
  *straight = ClonePix(gray);
  // The tilt is measured on a Sauvola mask: it follows text strokes rather than a photo's
  // shading or the edge of the paper. Leptonica's sweep-and-search on the projection profiles
  // of text lines: a coarse sweep at 1/4 of 300 dpi, then a binary search to 0.01 degree at
  // 1/2. The mask is made at half size on 300-dpi pages (a quarter of the cost) and at full
  // size on 150-dpi ones, so text lines stay a few pixels tall.
  const bool halve = dpi >= 250;
  PixPtr measured(halve ? pixScaleAreaMap2(gray) : pixClone(gray));
  if (!measured) return LeptonicaFailed("pixScaleAreaMap2");
  PixPtr binary = BinarizeSauvola(measured.get(), halve ? dpi / 2 : dpi);
  if (!binary) return LeptonicaFailed("pixSauvolaBinarizeTiled");
  const int sweep_reduction = 2, search_reduction = 1;
  float angle = 0.0f, confidence = 0.0f;
  if (pixFindSkewSweepAndSearch(binary.get(), &angle, &confidence, sweep_reduction,
                                search_reduction, options.max_skew_degrees, 1.0f, 0.01f) != 0)
    return Status::OK();  // no text lines to measure: leave the page as it is
  // Leptonica returns the clockwise turn that straightens the page; the tilt is its opposite.
  out->skew_degrees_found = -angle;
  out->skew_confidence = confidence;
  if (confidence < options.min_skew_confidence || std::fabs(angle) < options.min_skew_degrees)
    return Status::OK();
  PixPtr rotated(pixRotate(gray, angle * kDegreesToRadians, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE,
                           0, 0));
  if (!rotated) return LeptonicaFailed("pixRotate");
  *straight = std::move(rotated);
  out->deskewed = true;
  return Status::OK();
}

// Connected pieces of a line mask and their mean thickness across the line direction.
void MeasureLines(PIX* mask, bool horizontal, int* count, int* thickness) {
  BoxaPtr boxes(pixConnComp(mask, nullptr, 8));
  *count = boxes ? boxaGetCount(boxes.get()) : 0;
  *thickness = 1;
  if (*count == 0) return;
  long length = 0;
  for (int i = 0; i < *count; ++i) {
    int x, y, w, h;
    boxaGetBoxGeometry(boxes.get(), i, &x, &y, &w, &h);
    length += horizontal ? w : h;
  }
  int area = 0;
  pixCountPixels(mask, &area, nullptr);
  *thickness = std::max(1, static_cast<int>(std::ceil(static_cast<double>(area) / length)));
}

// Long thin runs of foreground: an opening with a line-shaped brick keeps only runs at least
// `length` long; short gaps (scan dropouts) are then closed, and anything thicker than
// `max_thickness` (a filled bar, a photo) is dropped, since painting it out would take the
// text on it along.
PixPtr FindLines(PIX* binary, bool horizontal, int length, int gap, int max_thickness) {
  int along_x = horizontal ? length : 1, along_y = horizontal ? 1 : length;
  // Composite bricks: a brick as long as a ruling line costs one raster operation per pixel
  // of its length, the composite about two per square root of it (a fifth of the page's
  // preprocessing time went to these openings).
  PixPtr lines(pixOpenCompBrick(nullptr, binary, along_x, along_y));
  if (!lines) return nullptr;
  lines.reset(pixCloseCompBrick(nullptr, lines.get(), horizontal ? gap : 1, horizontal ? 1 : gap));
  if (!lines) return nullptr;
  PixPtr thick(pixOpenBrick(nullptr, lines.get(), horizontal ? 1 : max_thickness,
                            horizontal ? max_thickness : 1));
  if (!thick) return nullptr;
  // Grow the thick parts back to full size before removing them, so no stub is left.
  PixPtr thick_whole(pixSeedfillBinary(nullptr, thick.get(), lines.get(), 8));
  if (!thick_whole) return nullptr;
  pixSubtract(lines.get(), lines.get(), thick_whole.get());
  return lines;
}

// Paints the ruling lines white in `gray` (modified in place). A text stroke that crosses a
// line (a vertical stroke through a horizontal line, like ㅣ sitting on a cell border) is kept:
// inside the line's band, pixels with text right above and right below it in the same column
// (or left and right, for vertical lines) are restored.
Status EraseLines(PIX* gray, PIX* binary, PIX* horizontal, PIX* vertical, int halo,
                  int thickness_h, int thickness_v) {
  int grow = 2 * halo + 1;
  PixPtr band_h(pixDilateCompBrick(nullptr, horizontal, grow, grow));
  PixPtr band_v(pixDilateCompBrick(nullptr, vertical, grow, grow));
  if (!band_h || !band_v) return LeptonicaFailed("pixDilateBrick");
  PixPtr bands(pixOr(nullptr, band_h.get(), band_v.get()));
  PixPtr text(pixSubtract(nullptr, binary, bands.get()));
  PixPtr bridged_v(pixCloseCompBrick(nullptr, text.get(), 1, thickness_h + grow + 1));
  PixPtr bridged_h(pixCloseCompBrick(nullptr, text.get(), thickness_v + grow + 1, 1));
  if (!bands || !text || !bridged_v || !bridged_h) return LeptonicaFailed("pixCloseBrick");
  pixAnd(bridged_v.get(), bridged_v.get(), band_h.get());
  pixAnd(bridged_h.get(), bridged_h.get(), band_v.get());
  PixPtr erase(pixSubtract(nullptr, bands.get(), bridged_v.get()));
  pixSubtract(erase.get(), erase.get(), bridged_h.get());
  if (pixPaintThroughMask(gray, erase.get(), 0, 0, 255) != 0)
    return LeptonicaFailed("pixPaintThroughMask");
  return Status::OK();
}

// A page in dark mode (a phone's screenshot, light text on a near-black screen) is turned
// whole, its screen stretched to paper white: Tesseract reads dark-on-light only, and read a
// dark-mode transfer confirmation as scraps ("이 3 느 블 이 2 <"). Dark mode is most of the page
// dark (median below 96) with its ink lighter than that: far more pixels well above the median
// than well below it. An underexposed photo of paper is as dark, but its ink is darker still.
Status InvertDarkPage(PIX* gray, bool* inverted) {
  *inverted = false;
  NUMA* histogram = pixGetGrayHistogram(gray, 2);
  if (!histogram) return LeptonicaFailed("pixGetGrayHistogram");
  std::array<double, 256> counts{};
  double total = 0;
  for (int v = 0; v < 256; ++v) {
    l_float32 n = 0;
    numaGetFValue(histogram, v, &n);
    counts[v] = n;
    total += n;
  }
  numaDestroy(&histogram);
  if (total <= 0) return Status::OK();
  int median = 0;
  for (double seen = 0; median < 255 && (seen += counts[median]) < total / 2;) ++median;
  if (median >= 96) return Status::OK();
  double lighter = 0, darker = 0;
  for (int v = median + 64; v < 256; ++v) lighter += counts[v];
  for (int v = 0; v <= median - 32; ++v) darker += counts[v];
  if (lighter < total / 200 || lighter < 2 * darker) return Status::OK();
  const int wpl = pixGetWpl(gray);
  l_uint32* data = pixGetData(gray);
  const int screen = 255 - median;
  for (int y = 0; y < pixGetHeight(gray); ++y) {
    l_uint32* line = data + y * wpl;
    for (int x = 0; x < pixGetWidth(gray); ++x)
      SET_DATA_BYTE(line, x, std::min(255, (255 - static_cast<int>(GET_DATA_BYTE(line, x))) * 255 / screen));
  }
  *inverted = true;
  return Status::OK();
}

// Light text on a dark block (a bank's name on its banner, a table header bar) is turned into
// dark text on light paper: Tesseract reads dark-on-light only, and read the white-on-grey
// "IBK기업은행" banner as "1140" 업 은 행". A block is a solid dark rectangle, at least half an
// inch wide, that holds some light strokes; large dark pictures without light strokes stay.
Status InvertDarkBlocks(PIX* gray, int dpi, int* inverted) {
  *inverted = 0;
  PixPtr dark(pixThresholdToBinary(gray, 128));
  if (!dark) return LeptonicaFailed("pixThresholdToBinary");
  // Text strokes are thinner than this brick and vanish; solid blocks stay.
  const int brick = std::max(9, dpi / 8);
  PixPtr solid(pixOpenCompBrick(nullptr, dark.get(), brick, brick));
  if (!solid) return LeptonicaFailed("pixOpenCompBrick");
  auto components = [](PIX* mask, std::vector<std::array<int, 4>>* boxes) {  // x, y, w, h
    BOXA* found = pixConnCompBB(mask, 8);
    if (!found) return false;
    for (int i = 0; i < boxaGetCount(found); ++i) {
      l_int32 x, y, w, h;
      boxaGetBoxGeometry(found, i, &x, &y, &w, &h);
      boxes->push_back({x, y, w, h});
    }
    boxaDestroy(&found);
    return true;
  };
  std::vector<std::array<int, 4>> blocks;
  if (!components(solid.get(), &blocks)) return LeptonicaFailed("pixConnCompBB");
  // On a photo a banner at the paper's edge touches the desk around the paper, and the two are
  // one dark shape taller than any banner. A coarser opening peels the desk's thin margins
  // off and leaves the banner.
  const auto oversized = [&](const std::array<int, 4>& b) { return b[3] > dpi * 2; };
  if (std::any_of(blocks.begin(), blocks.end(), oversized)) {
    PixPtr coarse(pixOpenCompBrick(nullptr, dark.get(), dpi / 3, dpi / 3));
    if (!coarse) return LeptonicaFailed("pixOpenCompBrick");
    std::vector<std::array<int, 4>> pieces;
    if (!components(coarse.get(), &pieces)) return LeptonicaFailed("pixConnCompBB");
    std::vector<std::array<int, 4>> kept;
    for (const auto& b : blocks) {
      if (!oversized(b)) {
        kept.push_back(b);
        continue;
      }
      for (const auto& piece : pieces)
        if (piece[0] >= b[0] && piece[1] >= b[1] && piece[0] + piece[2] <= b[0] + b[2] &&
            piece[1] + piece[3] <= b[1] + b[3])
          kept.push_back(piece);
    }
    blocks = std::move(kept);
  }
  // The opening also cuts a banner apart where its light words were: pieces side by side on
  // one band, a little apart, are one banner again.
  std::sort(blocks.begin(), blocks.end());  // left to right
  std::vector<std::array<int, 4>> banners;
  for (const auto& b : blocks) {
    bool joined = false;
    for (auto& banner : banners) {
      const int top = std::max(banner[1], b[1]);
      const int bottom = std::min(banner[1] + banner[3], b[1] + b[3]);
      const bool same_band = 5 * (bottom - top) >= 4 * std::max(banner[3], b[3]);
      if (!same_band || b[0] - (banner[0] + banner[2]) > 3 * std::max(banner[3], b[3])) continue;
      const int right = std::max(banner[0] + banner[2], b[0] + b[2]);
      const int y0 = std::min(banner[1], b[1]), y1 = std::max(banner[1] + banner[3], b[1] + b[3]);
      banner = {banner[0], y0, right - banner[0], y1 - y0};
      joined = true;
      break;
    }
    if (!joined) banners.push_back(b);
  }
  const int wpl = pixGetWpl(gray);
  l_uint32* data = pixGetData(gray);
  struct Turned {
    int x, y, w, h, background;
  };
  std::vector<Turned> turned;
  // Largest first: where blocks overlap, the larger one's background sets the grey.
  std::sort(banners.begin(), banners.end(),
            [](const auto& a, const auto& b) { return a[2] * a[3] > b[2] * b[3]; });
  for (const auto& [x, y, w, h] : banners) {
    if (w < dpi / 2 || h < dpi / 8 || h > dpi * 2) continue;
    // The block's own pixels: light strokes inside it are what makes it worth turning.
    std::array<int, 256> histogram{};
    for (int yy = y; yy < y + h; ++yy)
      for (int xx = x; xx < x + w; ++xx) ++histogram[GET_DATA_BYTE(data + yy * wpl, xx)];
    const int area = w * h;
    int light = 0;
    for (int v = 128; v < 256; ++v) light += histogram[v];
    if (light < area / 100 || light > area / 2) continue;
    // Inverted, the block's background becomes a mid grey; it is stretched to paper white so
    // Tesseract's single page threshold does not split it.
    int rank = 0, background = 0;
    for (int v = 0; v < 256; ++v)
      if ((rank += histogram[v]) >= area / 2) {
        background = 255 - v;
        break;
      }
    turned.push_back({x, y, w, h, std::max(background, 1)});
  }
  if (turned.empty()) return Status::OK();
  // Light pixels joined to the paper outside the blocks stay as they are: the paper in the
  // corners of a skewed block's bounding box. The light words inside a block are enclosed by it.
  PixPtr light(pixInvert(nullptr, dark.get()));
  PixPtr seed(pixCopy(nullptr, light.get()));
  if (!light || !seed) return LeptonicaFailed("pixInvert");
  for (const Turned& t : turned) {
    pixClearInRect(seed.get(), MakeBox({t.x, t.y, t.w, t.h}).get());
  }
  PixPtr outside(pixSeedfillBinary(nullptr, seed.get(), light.get(), 8));
  if (!outside) return LeptonicaFailed("pixSeedfillBinary");
  const int outside_wpl = pixGetWpl(outside.get());
  l_uint32* outside_data = pixGetData(outside.get());
  // Each pixel is turned once where blocks overlap (marked in `outside` once turned): turned
  // twice, the strip under a tilted banner's words (a piece of its own inside the banner's
  // box) came back dark and glued a black bar to the words' feet.
  for (const Turned& t : turned) {
    long pixels_turned = 0;
    for (int yy = t.y; yy < t.y + t.h; ++yy) {
      l_uint32* line = data + yy * wpl;
      l_uint32* keep = outside_data + yy * outside_wpl;
      for (int xx = t.x; xx < t.x + t.w; ++xx) {
        if (GET_DATA_BIT(keep, xx)) continue;
        SET_DATA_BIT(keep, xx);
        int v = 255 - GET_DATA_BYTE(line, xx);
        SET_DATA_BYTE(line, xx, std::min(255, v * 255 / t.background));
        ++pixels_turned;
      }
    }
    if (pixels_turned > 0) ++*inverted;
  }
  return Status::OK();
}

// A ring drawn by hand around a figure: a thin closed curve, at least half an inch wide and
// two to eight times wider than tall, whose outline an ellipse fits to within a twentieth of
// its size (a rectangle stamp's frame is off by a tenth). A table's frame fails the fit at its corners, a text line is no thin curve, a seal is
// round and filled with characters but as tall as wide. The ring's pixels within its band are
// painted the paper's shade; the digits it touches lose only what lies in that band.
// `ink_of_unchanged_page` is set to the ink mask when no ring was erased (the page is then as it
// came, and line finding can use the same mask).
Status EraseDrawnRings(PIX* gray, int dpi, int* erased, PixPtr* ink_of_unchanged_page) {
  *erased = 0;
  const cv::Mat ink = FindInkMask(gray, dpi);
  if (ink.empty()) return LeptonicaFailed("FindInk");
  PixPtr ink_pix = MaskToPix(ink);
  if (!ink_pix) return LeptonicaFailed("MaskToPix");
  // The pieces' boxes come from the packed mask; only a ring-shaped box is labelled pixel by
  // pixel. Labelling the whole page took more time than the rest of this step.
  BoxaPtr boxes(pixConnCompBB(ink_pix.get(), 8));
  if (!boxes) return LeptonicaFailed("pixConnCompBB");
  cv::Mat page;  // made at the first ring: most pages have none
  const int min_width = dpi / 2, max_height = dpi;
  bool changed = false;
  uint8_t paper = 255;
  for (int k = 0; k < boxaGetCount(boxes.get()); ++k) {
    int x = 0, y = 0, w = 0, h = 0;
    if (boxaGetBoxGeometry(boxes.get(), k, &x, &y, &w, &h) != 0) continue;
    if (w < min_width || h > max_height || 2 * h > w || 8 * h < w) continue;
    const cv::Rect box(x, y, w, h);
    // The piece is the component that spans the box (other pieces may reach into it).
    cv::Mat labels, stats, centroids;
    const int count =
        cv::connectedComponentsWithStats(ink(box), labels, stats, centroids, 8, CV_32S);
    int i = 0;
    for (int j = 1; j < count; ++j)
      if (stats.at<int>(j, cv::CC_STAT_WIDTH) == w && stats.at<int>(j, cv::CC_STAT_HEIGHT) == h &&
          (i == 0 || stats.at<int>(j, cv::CC_STAT_AREA) > stats.at<int>(i, cv::CC_STAT_AREA)))
        i = j;
    if (i == 0 || 5 * stats.at<int>(i, cv::CC_STAT_AREA) > w * h) continue;
    cv::Mat piece = labels == i;
    std::vector<std::vector<cv::Point>> outlines;
    cv::findContours(piece, outlines, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE);
    if (outlines.empty()) continue;
    const auto& outline = *std::max_element(outlines.begin(), outlines.end(),
                                            [](const auto& a, const auto& b) { return a.size() < b.size(); });
    if (outline.size() < 20) continue;
    const cv::RotatedRect ring = cv::fitEllipse(outline);
    const double a = ring.size.width / 2.0, b = ring.size.height / 2.0;
    if (a < 1 || b < 1) continue;
    const double angle = ring.angle * CV_PI / 180.0, c = std::cos(angle), s = std::sin(angle);
    auto radius = [&](cv::Point p) {  // in the piece's box; 1 on the ellipse
      const double dx = p.x - ring.center.x, dy = p.y - ring.center.y;
      const double u = dx * c + dy * s, v = -dx * s + dy * c;
      return std::sqrt(u * u / (a * a) + v * v / (b * b));
    };
    double off = 0.0;
    for (const cv::Point& p : outline) off += std::abs(radius(p) - 1.0);
    if (off / static_cast<double>(outline.size()) > 0.05) continue;
    // The ring's stroke: its pixels near the curve over the curve's length.
    const double length = cv::arcLength(outline, true);
    int on_ring = 0;
    for (int py = 0; py < h; ++py)
      for (int px = 0; px < w; ++px)
        if (piece.at<uint8_t>(py, px) && std::abs(radius({px, py}) - 1.0) < 0.15) ++on_ring;
    const int stroke = std::clamp(static_cast<int>(std::lround(on_ring / std::max(1.0, length))), 1, dpi / 30);
    if (!changed) {
      if (Status s = PixToGrayMat(gray, &page); !s.ok()) return s;
      cv::Mat sorted = page.reshape(1, 1).clone();
      std::nth_element(sorted.begin<uint8_t>(), sorted.begin<uint8_t>() + sorted.cols / 2,
                       sorted.end<uint8_t>());
      paper = sorted.at<uint8_t>(0, sorted.cols / 2);
    }
    cv::Mat band = cv::Mat::zeros(h, w, CV_8UC1);
    cv::RotatedRect local = ring;  // in the piece's box, as its outline was
    // The outline is the ring's outer edge: the band is the stroke and a pixel of grey
    // fringe either side; a wider one took the strokes of the digits the ring crosses.
    local.size -= cv::Size2f(static_cast<float>(stroke), static_cast<float>(stroke));
    cv::ellipse(band, local, 255, stroke + 2);
    page(box).setTo(paper, band & piece);
    changed = true;
    ++*erased;
  }
  if (!changed) {
    *ink_of_unchanged_page = std::move(ink_pix);
    return Status::OK();
  }
  PixPtr cleaned = GrayMatToPix(page);
  if (!cleaned) return LeptonicaFailed("GrayMatToPix");
  pixCopy(gray, cleaned.get());
  return Status::OK();
}

// Finds ruling lines on the grey page `work` at `work_dpi`, recovers the grid and erases the
// lines from `work` with a band `halo` pixels wider than each line on either side.
Status FindAndRemoveTables(PIX* work, int work_dpi, int halo, const PreprocessOptions& options,
                           PixPtr binary, PreprocessResult* out) {
  if (!binary) binary = FindInk(work, work_dpi);
  if (!binary) return LeptonicaFailed("pixCreate");
  // A faint grey rule wider than the ink window is lighter than the mean around it only at
  // its edges, and Tesseract dropped every table row between two such rules. A threshold a
  // little below the paper's own brightness finds them whole.
  l_uint32 paper = 255;
  if (pixGetRankValue(work, 4, 0.5f, &paper) != 0) return LeptonicaFailed("pixGetRankValue");
  PixPtr faint(pixThresholdToBinary(work, std::clamp(static_cast<int>(paper) - 40, 100, 230)));
  if (!faint) return LeptonicaFailed("pixThresholdToBinary");
  pixOr(binary.get(), binary.get(), faint.get());
  int length = std::max(20, static_cast<int>(std::lround(options.min_line_inches * work_dpi)));
  int gap = std::max(3, work_dpi / 50);
  int max_thickness = std::max(4, work_dpi / 25);
  PixPtr horizontal = FindLines(binary.get(), true, length, gap, max_thickness);
  PixPtr vertical = FindLines(binary.get(), false, length, gap, max_thickness);
  if (!horizontal || !vertical) return LeptonicaFailed("pixOpenBrick");
  int thickness_h = 1, thickness_v = 1;
  MeasureLines(horizontal.get(), true, &out->horizontal_lines, &thickness_h);
  MeasureLines(vertical.get(), false, &out->vertical_lines, &thickness_v);

  if (options.find_tables) {
    Status s = FindTableGrid(horizontal.get(), vertical.get(), std::max(8, work_dpi / 20),
                             &out->grid);
    if (!s.ok()) return s;
  }
  if (options.remove_lines && out->horizontal_lines + out->vertical_lines > 0) {
    return EraseLines(work, binary.get(), horizontal.get(), vertical.get(), halo, thickness_h,
                      thickness_v);
  }
  return Status::OK();
}

// Length of text lines running along x in a 1-bpp mask at `dpi`: characters are smeared into
// lines by a closing across the gaps between them, and the pieces as tall as a line of text
// and at least four times as long are summed. Ruling lines (too thin) and pictures (too
// tall) do not count.
long TextLineLength(PIX* ink, int dpi) {
  const int gap = std::max(2, dpi / 12);
  PixPtr smeared(pixCloseSafeBrick(nullptr, ink, gap, 1));
  if (!smeared) return 0;
  BOXA* pieces = pixConnCompBB(smeared.get(), 8);
  if (!pieces) return 0;
  const int min_height = std::max(2, dpi / 20), max_height = std::max(4, dpi / 3);
  long length = 0;
  for (int i = 0; i < boxaGetCount(pieces); ++i) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(pieces, i, &x, &y, &w, &h);
    if (h >= min_height && h <= max_height && w >= 4 * h) length += w;
  }
  boxaDestroy(&pieces);
  return length;
}

}  // namespace

constexpr size_t kMostUnreadLines = 24;

std::vector<BBox> FindUnreadLines(PIX* image, int dpi, const std::vector<Word>& words) {
  std::vector<BBox> lines;
  if (!image || words.empty()) return lines;
  // The page's text size: the median height of the words read with confidence.
  std::vector<int> heights;
  for (const Word& w : words)
    if (w.confidence >= 0.6f && w.bbox.h > 0) heights.push_back(w.bbox.h);
  if (heights.size() < 5) return lines;
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
  const int text_height = heights[heights.size() / 2];

  // Half of a 300-dpi page is detail enough for lines of text.
  const int page_dpi = dpi > 0 ? dpi : 300;
  const int reduce = page_dpi >= 250 ? 2 : 1;
  PixPtr gray(pixConvertTo8(image, 0));
  if (!gray) return lines;
  if (reduce == 2) gray.reset(pixScaleAreaMap2(gray.get()));
  if (!gray) return lines;
  PixPtr ink = FindInk(gray.get(), page_dpi / reduce);
  if (!ink) return lines;
  for (const Word& w : words) {
    const int pad = w.bbox.h / 4;
    const BBox padded{(w.bbox.x - pad) / reduce, (w.bbox.y - pad) / reduce,
                      (w.bbox.w + 2 * pad) / reduce + 1, (w.bbox.h + 2 * pad) / reduce + 1};
    pixClearInRect(ink.get(), MakeBox(padded).get());
  }
  // Letters joined into lines (a gap of about a character), jamo stacked in a syllable joined
  // into it.
  const int small_height = std::max(2, text_height / reduce);
  PixPtr joined(pixCloseSafeBrick(nullptr, ink.get(), small_height, std::max(1, small_height / 2)));
  if (!joined) return lines;
  BoxaPtr pieces(pixConnCompBB(joined.get(), 8));
  if (!pieces) return lines;
  const int page_height = pixGetHeight(image);
  for (int i = 0; i < boxaGetCount(pieces.get()); ++i) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(pieces.get(), i, &x, &y, &w, &h);
    const BBox line{x * reduce, y * reduce, w * reduce, h * reduce};
    // The page's type or larger, and a line (two letters wide or more), not a speck, a logo,
    // a stamp or a photo; a check mark in a circle is as wide as it is tall.
    if (10 * line.h < 7 * text_height || line.h > std::min(text_height * 6, page_height / 8))
      continue;
    if (2 * line.w < 3 * line.h) continue;
    l_int32 count = 0;
    pixCountPixelsInRect(ink.get(), MakeBox({x, y, w, h}).get(), &count, nullptr);
    const double density = static_cast<double>(count) / (static_cast<double>(w) * h);
    if (density < 0.08 || density > 0.6) continue;
    lines.push_back(line);
  }
  // A page with more unread ink than this is a picture (a desk's grain around a photo), not a
  // read that dropped lines: reading it piece by piece would cost more than the page.
  if (lines.size() > kMostUnreadLines) lines.clear();
  return lines;
}

Status PixToGrayMat(PIX* pix, cv::Mat* mat) {
  if (!pix) return Status::InvalidArgument("PixToGrayMat: null image");
  PixPtr gray(pixGetDepth(pix) == 8 && !pixGetColormap(pix) ? pixClone(pix)
                                                             : pixConvertTo8(pix, 0));
  if (!gray) return LeptonicaFailed("pixConvertTo8");
  const int width = pixGetWidth(gray.get()), height = pixGetHeight(gray.get());
  const int words_per_line = pixGetWpl(gray.get());
  const int whole_words = width / 4;
  l_uint32* data = pixGetData(gray.get());
  mat->create(height, width, CV_8UC1);
  for (int y = 0; y < height; ++y) {
    const l_uint32* line = data + y * words_per_line;
    uint8_t* row = mat->ptr<uint8_t>(y);
    for (int i = 0; i < whole_words; ++i) {
      const uint32_t pixels = WordToPixelOrder(line[i]);
      std::memcpy(row + 4 * i, &pixels, 4);
    }
    for (int x = 4 * whole_words; x < width; ++x) row[x] = GET_DATA_BYTE(line, x);
  }
  return Status::OK();
}

PixPtr GrayMatToPix(const cv::Mat& mat) {
  if (mat.type() != CV_8UC1 || mat.empty()) return nullptr;
  PixPtr pix(pixCreate(mat.cols, mat.rows, 8));
  if (!pix) return nullptr;
  const int words_per_line = pixGetWpl(pix.get());
  const int whole_words = mat.cols / 4;
  l_uint32* data = pixGetData(pix.get());
  for (int y = 0; y < mat.rows; ++y) {
    l_uint32* line = data + y * words_per_line;
    const uint8_t* row = mat.ptr<uint8_t>(y);
    for (int i = 0; i < whole_words; ++i) {
      uint32_t pixels;
      std::memcpy(&pixels, row + 4 * i, 4);
      line[i] = WordToPixelOrder(pixels);
    }
    for (int x = 4 * whole_words; x < mat.cols; ++x) SET_DATA_BYTE(line, x, row[x]);
  }
  return pix;
}

PixPtr MaskToPix(const cv::Mat& mask) {
  if (mask.type() != CV_8UC1 || mask.empty()) return nullptr;
  PixPtr pix(pixCreate(mask.cols, mask.rows, 1));
  if (!pix) return nullptr;
  const int words_per_line = pixGetWpl(pix.get());
  l_uint32* data = pixGetData(pix.get());
  for (int y = 0; y < mask.rows; ++y) {
    l_uint32* line = data + y * words_per_line;
    const uint8_t* row = mask.ptr<uint8_t>(y);
    for (int x0 = 0; x0 < mask.cols; x0 += 32) {
      const int end = std::min(mask.cols, x0 + 32);
      uint32_t bits = 0;
      for (int x = x0; x < end; ++x) bits |= static_cast<uint32_t>(row[x] != 0) << (31 - (x - x0));
      line[x0 / 32] = bits;
    }
  }
  return pix;
}

Status Preprocess(PIX* upright_page, int dpi, const PreprocessOptions& options,
                  PreprocessResult* out) {
  *out = PreprocessResult();
  if (!upright_page || pixGetWidth(upright_page) <= 0 || pixGetHeight(upright_page) <= 0)
    return Status::InvalidArgument("Preprocess: 빈 이미지입니다");
  out->input_dpi = dpi;
  const int page_dpi = dpi > 0 ? dpi : 300;

  PixPtr gray(pixConvertTo8(upright_page, 0));
  if (!gray) return LeptonicaFailed("pixConvertTo8");
  // An 8-bpp input may come back as a clone (the same PIX); lines are painted out of `gray`
  // later, and the caller's page must stay untouched.
  if (gray.get() == upright_page) gray.reset(pixCopy(nullptr, upright_page));
  if (!gray) return LeptonicaFailed("pixCopy");

  // Before the illumination step, which takes a block larger than a character for shadow on
  // the paper and would wash its light words out with it; the page before its blocks (turned,
  // a dark-mode screen's lighter panels are no banners).
  if (options.invert_dark_page) {
    Status s = InvertDarkPage(gray.get(), &out->dark_page_inverted);
    if (!s.ok()) return s;
  }
  if (options.invert_dark_blocks) {
    Status s = InvertDarkBlocks(gray.get(), page_dpi, &out->dark_blocks_inverted);
    if (!s.ok()) return s;
  }
  if (options.illumination != StepMode::kOff) {
    PixPtr normalized;
    Status s = NormalizeIllumination(gray.get(), page_dpi, options, &normalized, out);
    if (!s.ok()) return s;
    gray = std::move(normalized);
  }
  if (options.deskew) {
    PixPtr straight;
    Status s = Deskew(gray.get(), page_dpi, options, &straight, out);
    if (!s.ok()) return s;
    gray = std::move(straight);
  }
  PixPtr ink;  // of `gray` as it now is, when a step made it
  if (options.erase_drawn_rings) {
    Status s = EraseDrawnRings(gray.get(), page_dpi, &out->rings_erased, &ink);
    if (!s.ok()) return s;
  }
  out->upright_gray.reset(pixCopy(nullptr, gray.get()));
  if (!out->upright_gray) return LeptonicaFailed("pixCopy");

  // Lines are found and erased at the page's own resolution, where their grey fringe is about
  // a pixel wide; upscaling first would smear it over more pixels than the erasing band.
  if (options.find_tables || options.remove_lines) {
    int halo = std::max(1, page_dpi / 300) + (out->deskewed ? 1 : 0);  // rotation blurs edges
    Status s = FindAndRemoveTables(gray.get(), page_dpi, halo, options, std::move(ink), out);
    if (!s.ok()) return s;
  }

  if (options.upscale && dpi > 0 && dpi < options.upscale_below_dpi) {
    // An integer factor keeps the mapping back to the page exact.
    out->scale_factor = std::clamp(
        static_cast<int>(std::lround(static_cast<double>(options.target_dpi) / dpi)), 1, 4);
  }
  if (out->scale_factor > 1) {
    gray.reset(pixScaleGrayLI(gray.get(), out->scale_factor, out->scale_factor));
    if (!gray) return LeptonicaFailed("pixScaleGrayLI");
    // Linear interpolation softens every edge by the scale factor; Tesseract's page layout
    // then dropped whole blocks of table labels in our measurements. Unsharp masking restores
    // edges about as steep as a native scan's.
    gray.reset(pixUnsharpMaskingGray(gray.get(), out->scale_factor, 0.5f));
    if (!gray) return LeptonicaFailed("pixUnsharpMaskingGray");
  }
  out->output_dpi = dpi > 0 ? dpi * out->scale_factor : 0;

  const bool two_tone = pixGetDepth(upright_page) == 1;
  if (options.smooth_unresampled && !two_tone && !out->deskewed && out->scale_factor == 1) {
    gray.reset(pixBlockconv(gray.get(), 1, 1));
    if (!gray) return LeptonicaFailed("pixBlockconv");
  }

  if (options.binarize) {
    PixPtr binary = BinarizeSauvola(gray.get(), page_dpi * out->scale_factor);
    if (!binary) return LeptonicaFailed("pixSauvolaBinarizeTiled");
    gray = std::move(binary);
    out->binarized = true;
  }
  out->image = std::move(gray);
  return Status::OK();
}

LineDirection MeasureLineDirection(PIX* page, int dpi) {
  LineDirection out;
  if (!page || pixGetWidth(page) <= 0 || pixGetHeight(page) <= 0) return out;
  // A quarter of 300 dpi still shows text lines; the ink mask and both measures on it cost
  // a few milliseconds. A grey or colour page is reduced before it is made grey: converting
  // the whole page first took a third of the time.
  const int page_dpi = dpi > 0 ? dpi : 300;
  const float scale = std::min(1.0f, 75.0f / page_dpi);
  const int depth = pixGetDepth(page);
  PixPtr source((depth == 8 || depth == 32) && !pixGetColormap(page) ? pixClone(page)
                                                                      : pixConvertTo8(page, 0));
  if (!source) return out;
  PixPtr reduced(scale < 1.0f ? pixScaleAreaMap(source.get(), scale, scale)
                              : pixClone(source.get()));
  if (!reduced) return out;
  PixPtr small(pixConvertTo8(reduced.get(), 0));
  if (!small) return out;
  const int small_dpi = static_cast<int>(page_dpi * scale);
  PixPtr ink = FindInk(small.get(), small_dpi);
  if (!ink) return out;
  PixPtr turned(pixRotate90(ink.get(), 1));
  if (!turned) return out;
  out.across = TextLineLength(ink.get(), small_dpi);
  out.down = TextLineLength(turned.get(), small_dpi);
  return out;
}

BBox MapToPage(const PreprocessResult& result, const BBox& box) {
  const int f = std::max(1, result.scale_factor);
  int x0 = box.x / f, y0 = box.y / f;
  int x1 = (box.x + box.w + f - 1) / f, y1 = (box.y + box.h + f - 1) / f;
  return BBox{x0, y0, x1 - x0, y1 - y0};
}

BBox MapToInput(const PreprocessResult& result, const BBox& box) {
  BBox page_box = MapToPage(result, box);
  if (!result.deskewed || !result.upright_gray) return page_box;
  const int width = pixGetWidth(result.upright_gray.get());
  const int height = pixGetHeight(result.upright_gray.get());
  // Deskew turned the input by −tilt about the image centre; turn the corners back by +tilt
  // (clockwise positive, y pointing down).
  const double theta = result.skew_degrees_found * kDegreesToRadians;
  const double c = std::cos(theta), s = std::sin(theta);
  const double cx = width / 2.0, cy = height / 2.0;
  double min_x = 1e9, min_y = 1e9, max_x = -1e9, max_y = -1e9;
  for (int corner = 0; corner < 4; ++corner) {
    double x = page_box.x + ((corner & 1) ? page_box.w : 0) - cx;
    double y = page_box.y + ((corner & 2) ? page_box.h : 0) - cy;
    double ix = x * c - y * s + cx, iy = x * s + y * c + cy;
    min_x = std::min(min_x, ix);
    max_x = std::max(max_x, ix);
    min_y = std::min(min_y, iy);
    max_y = std::max(max_y, iy);
  }
  int x0 = std::clamp(static_cast<int>(std::floor(min_x)), 0, width);
  int y0 = std::clamp(static_cast<int>(std::floor(min_y)), 0, height);
  int x1 = std::clamp(static_cast<int>(std::ceil(max_x)), 0, width);
  int y1 = std::clamp(static_cast<int>(std::ceil(max_y)), 0, height);
  return BBox{x0, y0, x1 - x0, y1 - y0};
}

}  // namespace docval
