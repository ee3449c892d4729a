// OcrEngine: a small owner of tesseract::TessBaseAPI for one worker thread.
//
// Tesseract's rules shape this class: an API object must not be shared between threads,
// Init is expensive (load once, reuse for every page), and the Debian build is fastest with
// OMP_THREAD_LIMIT=1 and pages run in parallel by the caller, one engine per thread.
//
// Thread safety: none. Create one OcrEngine per worker thread.
// Failure: Init returns InvalidArgument when the language data is missing; Read returns
// DeadlineExceeded when a page runs past its deadline (the words read so far are kept).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "models/document.h"
#include "models/status.h"
#include "pipeline/pix.h"

namespace tesseract {
class TessBaseAPI;
}

namespace docval {

struct OcrOptions {
  // `kor` alone reads Korean forms best here (kor+eng: 3x the character error, 2.7x the time,
  // on Tesseract's own Korean test lines); `kor` also reads digits and Latin letters.
  std::string languages = "kor";
  std::string tessdata_dir;          // empty: Tesseract's built-in default
  int page_deadline_ms = 60'000;     // per Read call
  // Page segmentation for whole pages. Tesseract's automatic mode (3) drops most of a
  // sparse form page as "non-text"; 6 (one uniform block) reads label/value rows whole.
  int page_seg_mode = 6;
  bool detect_orientation = true;    // Read turns 90/180/270 degree pages upright first
  // Below this OSD confidence the page is left as it is (Tesseract calls ~15 "reasonably
  // confident"; Korean pages typically score 2..30 when upright).
  float min_orientation_confidence = 1.5f;
};

struct OcrResult {
  std::vector<Word> words;           // boxes in the coordinates of `upright`
  std::string text;                  // lines joined by '\n', words by ' '
  float mean_confidence = 0.0f;      // 0..1 over words
  int rotated_degrees = 0;           // clockwise turn applied before reading
  float orientation_confidence = 0.0f;
  PixPtr upright;                    // the image that was read (shares pixels with the input)
};

// Options for a second look at one small region (a single field).
struct RegionOptions {
  int page_seg_mode = 7;             // tesseract::PSM_SINGLE_LINE
  std::string whitelist;             // e.g. "0123456789-,"; empty = all characters
  float scale = 2.0f;                // upscale the crop before reading
  // Half-width of a mean filter applied to the crop (at page scale) before scaling, 0 = none:
  // it rounds the jagged strokes of a 1-bit scan, whose "4" Tesseract reads as "+".
  int smooth = 0;
  // Otsu-thresholds the scaled crop: Tesseract's LSTM reads the grey picture, and the soft
  // edges of a scanner PDF's figures read garbled there ("2026-03-27 ~ 2026-12-31" came back
  // "220265032 6 202.6212231") and right once thresholded.
  bool binarize = false;
};

// The text of `words` as read: lines (by Word::line, in order) joined by '\n', words by ' '.
std::string LinesText(const std::vector<Word>& words);

// `box` grown by `pad` on every side, kept inside `image`: a region to read again.
BBox PaddedInside(const BBox& box, int pad, PIX* image);

// Adds a line read on its own (`line`: its words, boxes in `result`'s frame) among the page's
// lines, before the first line that starts below it, and rebuilds the text and confidence.
void InsertLine(std::vector<Word> line, OcrResult* result);

// Replaces the words `replaced` picks out of line `line` by `read`, a stretch of that line read
// again, where the first of them stood; the line keeps its number and the text is rebuilt.
void ReplaceInLine(int line, const std::function<bool(const Word&)>& replaced,
                   std::vector<Word> read, OcrResult* result);

// The box of each line of `words` (ordered by line), in line order.
std::vector<BBox> LineBoxes(const std::vector<Word>& words);

// Removes lines Tesseract read twice. In one-block mode a line of two type sizes (a large
// title beside a small company name) can come back as two lines in one place: the real one,
// and one of the small words with the big glyphs' tops ("주)스마트미2 선지 자 어 하" over
// "(주)스마트미러 설치작업확인서"). Of two lines sharing most of their height, one less
// confident than the other, and shorter or clearly less confident, goes when most of its
// words lie on the other's; a shorter one whose words mostly repeat the other's in the same
// places goes however confident.
void DropGhostLines(OcrResult* result);

// Lines Tesseract cut in two: a tall mark on a line (a seal stamped over a signer's name) can
// make the one-block read take the line's glyphs in halves, the tops as the line and the
// bottoms as a line of unsure scraps just under it ("확 인 자 (소상공인 대표) 전 수 아" over
// "\"아오 ㅇㅇ ㄴ _ 바이 개어"), which then joins the line's row. Returns (upper, lower) line
// numbers: the lower starts inside the upper's box, below its glyphs' tops; its words are much
// shorter than the upper's, read unsure (or marks and lone jamo only), and lie under it.
std::vector<std::pair<int, int>> FindCutLines(const OcrResult& result);

// Lines Tesseract drew through text at two levels: in one-block mode a table row whose
// caption stands high in its cell over a gloss in small print ("출금계좌번호" over "Debit
// Account"), beside a value centred in the next cell, comes back as lines that read neither
// ("출 근 금 계 계 좌 좌 버 번호", the gloss's strokes read into the caption's).
struct SteppedLines {
  // Lines that jump between neighbouring words of one size by half a letter's height or more
  // (a title beside small type is centred apart by right). Ascending.
  std::vector<int> jumping;
  // Lines that read a stretch another line, or they themselves, read too: the same syllable
  // on the same place twice. Neighbouring boxes overlapping is no sign: Tesseract boxes a
  // letter-spaced syllable wide. Ascending.
  std::vector<int> read_twice;
};
SteppedLines FindSteppedLines(const OcrResult& result);

// Stretches of large type read unsure: a line's runs between column gaps whose letters stand
// half again as tall as the page's usual ones or more, read with a mean confidence below 0.7
// ("으 그 | 으" for a bank's name beside its logo and a heading in Chinese characters on one
// line). Large type is what a page prints to be read first; Tesseract reads such a run right
// alone. Each run's line and box, in `result`'s frame (the reader reads again those at the
// head of the page).
struct LineRun {
  int line = 0;
  BBox box;
};
std::vector<LineRun> FindUnsureLargeRuns(const OcrResult& result);

// Replaces lines `upper` and `lower` (as numbered in `result`) by `line`, read again as one,
// numbered `upper`; the lines after `lower` move up one.
void ReplaceCutLine(int upper, int lower, std::vector<Word> line, OcrResult* result);

class OcrEngine {
 public:
  explicit OcrEngine(OcrOptions options = {});
  ~OcrEngine();
  OcrEngine(const OcrEngine&) = delete;
  OcrEngine& operator=(const OcrEngine&) = delete;

  // Loads the language data (and the OSD model when orientation detection is on). Call once.
  Status Init();

  // The clockwise turn in degrees (0, 90, 180, 270) that makes `image` upright.
  Status DetectOrientation(PIX* image, int dpi, int* rotate_cw_degrees, float* confidence);

  // Reads a whole page (`dpi` 0 = unknown). Does not take ownership of `image`.
  Status Read(PIX* image, int dpi, OcrResult* out);

  // Reads a page already upright (no orientation detection).
  Status ReadAsIs(PIX* image, int dpi, OcrResult* out);

  // Reads `region` of `image` alone with the given mode and whitelist; word boxes come back
  // in `image` coordinates.
  Status ReadRegion(PIX* image, int dpi, const BBox& region, const RegionOptions& options,
                    OcrResult* out);

  const OcrOptions& options() const { return options_; }

 private:
  Status Recognize(PIX* image, int dpi, OcrResult* out);

  OcrOptions options_;
  std::unique_ptr<tesseract::TessBaseAPI> api_;
  std::unique_ptr<tesseract::TessBaseAPI> osd_;
  bool initialized_ = false;
};

}  // namespace docval
