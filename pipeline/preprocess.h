// Preprocess: cleans an upright page image before Tesseract reads it.
//
// Plain Tesseract fails on the forms this project reads: a 3-degree skewed bankbook scan read
// account 552-… as 952-…, and a guarantee policy table lost every label of its left column
// because the cell borders stayed in the image. This stage, run after OcrEngine's orientation
// fix (90/180/270) and before recognition, in this order:
//   1. dark page and blocks: a dark-mode screenshot is inverted whole, then light text on a
//      dark banner is inverted to dark text on paper (first: the illumination step would take
//      the banner for shadow and wash its words out);
//   2. illumination: divides out the background of shaded phone photos (auto-detected);
//   3. deskew: measures the skew on a binarised copy and rotates it away;
//   4. tables: finds horizontal and vertical ruling lines, recovers the cell grid and paints
//      the lines out of the image, keeping the text strokes that cross them;
//   5. upscale: low-dpi pages (150 dpi) are scaled by an integer factor towards 300 dpi;
//   6. optional binarisation (Sauvola).
// Every step can be switched off so its effect can be measured (tests/preprocess_test.cc).
//
// Coordinates: `upright_gray` is the deskewed page at the input's size and dpi — the page frame
// the pipeline reports word boxes in. `image` is the same page scaled by `scale_factor`;
// MapToPage maps a box found on `image` back into the page frame, MapToInput further undoes the
// deskew rotation. The table grid is in the page frame.
//
// Thread safety: Preprocess is a pure function of its arguments; call it from any thread.
// Ownership: the input is never modified or kept; the result owns its images.
#pragma once

#include <vector>

#include "models/document.h"
#include "models/status.h"
#include "pipeline/pix.h"
#include "pipeline/table_grid.h"

namespace cv {
class Mat;
}

namespace docval {

enum class StepMode {
  kOff,
  kAuto,    // run the step when the page needs it (a measured threshold)
  kAlways,
};

struct PreprocessOptions {
  // Background normalisation. kAuto runs it when the estimated background varies by more than
  // `illumination_spread` grey levels (a flatbed scan varies by < 10; a phone photo by 40+).
  StepMode illumination = StepMode::kAuto;
  int illumination_spread = 30;

  bool deskew = true;
  float max_skew_degrees = 6.0f;        // search range, either way
  // Smaller angles are left alone: rotating resamples the page, and 0.1 degree shifts a line
  // by 3 px across an A4 page at 300 dpi, which Tesseract does not notice.
  float min_skew_degrees = 0.1f;
  // Below this score of the skew peak the page is left as it is (blank pages score 0). Leptonica's
  // pixDeskew uses 3.0, but a sparse page of five text lines at 150 dpi scored 2.5 here with
  // its 3-degree tilt measured to 0.06 degree.
  float min_skew_confidence = 2.0f;

  // Linear interpolation plus unsharp masking. On the 150-dpi test form it neither gained nor
  // lost accuracy; without the sharpening it lost three rows of table labels (Tesseract's page
  // layout is sensitive to soft edges).
  bool upscale = true;
  int target_dpi = 300;                 // pages below `upscale_below_dpi` are scaled towards it
  // 150-dpi scans are doubled; 200-dpi phone photos are not. Doubled (to 400 dpi), a dark
  // photo's grain, amplified by the sharpening, kept Tesseract busy for 50 s instead of 6, and
  // photos read better unscaled (fields 66.7 → 72.2 % on bankbooks, 66.7 → 80.0 % on
  // transfer receipts, characters 88.9 → 92.6 %, over one generated set's 26 photos).
  int upscale_below_dpi = 180;

  // A grey page that was neither turned (deskew) nor scaled, which would have smoothed it
  // already, gets a 3×3 mean: it takes the JPEG ringing and scanner grain off the strokes.
  bool smooth_unresampled = true;

  // A page in dark mode (a phone's screenshot) is inverted whole to dark text on white.
  bool invert_dark_page = true;

  // Light text on dark blocks (banners, header bars) is inverted to dark on light.
  bool invert_dark_blocks = true;

  // Rings drawn by hand around a figure (an account number circled on a bankbook copy) are
  // painted out: Tesseract reads the ring's ends as "(" or "<" and the digits it touches are
  // lost ("070-642377-45-218" read "0-642377-45-218").
  bool erase_drawn_rings = true;

  bool find_tables = true;              // recover TableGrid
  bool remove_lines = true;             // paint ruling lines out of `image`
  // A ruling line is at least this long (inches); Hangul strokes at 20 pt are about 0.25 in.
  float min_line_inches = 0.4f;

  // Gives Tesseract a 1-bpp Sauvola image instead of grey. Off by default: on the skewed test
  // form (tests/preprocess_test.cc) character accuracy fell from 92.7 % on the cleaned grey
  // page (Tesseract binarises it itself with Otsu) to 57.6 %, losing 5 of 7 labels.
  bool binarize = false;
};

struct PreprocessResult {
  PixPtr image;                  // for OCR: 8 bpp (or 1 bpp when binarised), lines removed
  PixPtr upright_gray;           // banners inverted, illumination-normalised, deskewed 8 bpp page at input dpi
  float skew_degrees_found = 0;  // the page's measured tilt, degrees clockwise
  float skew_confidence = 0;     // Leptonica's score for it; 0 when deskew is off
  bool deskewed = false;         // whether the tilt was rotated away (confident and large enough)
  bool illumination_fixed = false;
  float background_spread = 0;   // grey levels (p98 − p2 of the estimated background)
  bool binarized = false;
  int scale_factor = 1;          // `image` = page × scale_factor
  int input_dpi = 0;
  int output_dpi = 0;            // dpi of `image` (0 when the input's dpi is unknown)
  int horizontal_lines = 0;      // ruling lines found (connected pieces)
  int vertical_lines = 0;
  bool dark_page_inverted = false;  // a dark-mode page turned to dark-on-light text
  int dark_blocks_inverted = 0;  // banners turned to dark-on-light text
  int rings_erased = 0;          // hand-drawn rings painted out
  TableGrid grid;                // page frame (upright_gray coordinates)
};

// Cleans `upright_page` (any depth Leptonica reads; colour is reduced to luminance). `dpi` 0
// means unknown: no upscaling, and 300 is assumed for sizes derived from dpi.
// Failure: InvalidArgument for a null or empty image; Internal when Leptonica fails
// (out of memory). `*out` is reset first.
Status Preprocess(PIX* upright_page, int dpi, const PreprocessOptions& options,
                  PreprocessResult* out);

// How much of a page's text runs in lines across it and down it (pixels of line length on a
// 75-dpi copy). A page turned 90 or 270 degrees has its lines running down.
struct LineDirection {
  long across = 0;
  long down = 0;
};
LineDirection MeasureLineDirection(PIX* page, int dpi);

// Ink in `image` shaped like a line of text, in the page's type or larger, that none of
// `words` (boxes on `image`) covers: what Tesseract's one-block read left out. It reads lines
// of one text size and drops a line set much larger (a mobile slip's amount "1,440,000원" in
// 2x type), and now and then a row of captions ("합계금액 | 공급가액" over a photo's amounts).
// These are the boxes to read again on their own; empty when nothing was left unread.
std::vector<BBox> FindUnreadLines(PIX* image, int dpi, const std::vector<Word>& words);

// A box on `result.image` in the page frame (`result.upright_gray`): divides by the scale.
BBox MapToPage(const PreprocessResult& result, const BBox& box_on_image);

// A box on `result.image` in the coordinates of the image given to Preprocess: also undoes the
// deskew rotation (the bounding box of the rotated box, clipped to the page).
BBox MapToInput(const PreprocessResult& result, const BBox& box_on_image);

// PIX <-> cv::Mat for 8-bit grey images, by copy. Leptonica packs 8-bit pixels into 32-bit
// words in host byte order (pixel k of a row is byte k^3 on little-endian machines), so rows
// cannot be memcpy'd as they are; OpenCV imgcodecs is not available, so these are the only
// bridge.
// PixToGrayMat converts other depths to 8-bit grey first; returns InvalidArgument for null.
Status PixToGrayMat(PIX* pix, cv::Mat* mat);
// `mat` must be CV_8UC1; returns null otherwise.
PixPtr GrayMatToPix(const cv::Mat& mat);
// A CV_8UC1 mask (non-zero = on) as a 1-bpp image; null for another type.
PixPtr MaskToPix(const cv::Mat& mask);

}  // namespace docval
