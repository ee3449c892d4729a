// DocumentReader: the first half of the pipeline for one upload —
// ingest → preprocess → ocr — producing a Document with pages and words.
// Classification and field extraction run on its output.
//
// Thread safety: one DocumentReader per worker thread (it owns an OcrEngine).
// Failure: a refused upload returns its ingest Status (kRefused, with reason and message);
// `doc->sha256` and `doc->format` are still filled when the bytes could be read.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "models/document.h"
#include "models/status.h"
#include "pipeline/ingest.h"
#include "pipeline/ocr_engine.h"
#include "pipeline/pix.h"
#include "pipeline/preprocess.h"
#include "pipeline/table_grid.h"

namespace docval {

struct ReaderOptions {
  IngestOptions ingest;
  PreprocessOptions preprocess;
  bool preprocess_enabled = true;
  OcrOptions ocr;
};

// A page image kept after reading, for second looks at a field and for report crops.
struct PageImage {
  PixPtr image;   // upright; null for text-layer and XML pages
  int dpi = 0;
};

struct ReadResult {
  Document doc;
  std::vector<PageImage> images;  // one per page, same order as doc.pages
  std::vector<TableGrid> grids;   // ruling-line cells per page (empty when none were found)
  std::string xml;                // original bytes of an XML upload
  std::vector<std::string> notes; // non-fatal problems (a page past its OCR deadline)
};

// Asked after each page read by OCR, but the last, with the pages read so far (which it may
// change: understand them, read a field again): true leaves the pages after it unread
// (Page::unread). Text-layer pages cost nothing and are always taken.
using ReadEnough = std::function<bool(ReadResult* so_far)>;

class DocumentReader {
 public:
  explicit DocumentReader(ReaderOptions options);
  Status Init();  // loads Tesseract once
  Status Read(const std::string& path, ReadResult* out, const ReadEnough& enough = {});
  OcrEngine& ocr() { return ocr_; }

 private:
  // One way of reading a page image: preprocess → OCR, as the image is turned.
  struct TurnedRead {
    OcrResult ocr;       // boxes in the frame of `kept`
    Status read;         // the OCR's status (DeadlineExceeded keeps the words read so far)
    PixPtr kept;         // upright, deskewed grey page
    TableGrid grid;
    float brightness = -1.0f;
    int turn = 0;        // clockwise degrees applied before reading
  };
  Status ReadTurned(PIX* upright, int dpi, TurnedRead* out);
  // Reads again, one by one, the lines the page's read left out (see FindUnreadLines) and
  // adds them to `ocr`.
  void ReadUnreadLines(PIX* image, int dpi, OcrResult* ocr);
  // Reads again, one table cell at a time, the cells a line drawn through text at two levels
  // crossed (see FindSteppedLines); without a table, the line's runs between column gaps.
  // `grid` is in the page's frame, `image` that times `scale`.
  void ReadSteppedCells(PIX* image, int dpi, const TableGrid& grid, int scale, OcrResult* ocr);
  // Reads again as one line each stretch of large type read unsure (see FindUnsureLargeRuns).
  void ReadUnsureLargeRuns(PIX* image, int dpi, OcrResult* ocr);
  // Reads again as one line each line Tesseract cut in two (see FindCutLines).
  void MendCutLines(PIX* image, int dpi, OcrResult* ocr);
  // The read of `image` turned the way that reads best (0, 90, 180 or 270 degrees).
  Status ReadOriented(PIX* image, int dpi, TurnedRead* best);
  // Orientation → preprocess → OCR for one image page; fills words, text, size and turn.
  Status ReadImagePage(PIX* image, int dpi, Page* page, PageImage* kept, TableGrid* grid);

  ReaderOptions options_;
  OcrEngine ocr_;
};

}  // namespace docval
