#include "pipeline/reader.h"

#include <algorithm>
#include <map>
#include <set>

#include "pipeline/layout.h"
#include "pipeline/normalize.h"
#include "pipeline/phash.h"

namespace docval {
namespace {

// Report crops need no more than ~1000 px across a page (an A4 scan at 300 dpi → 40 %); grey
// PNG keeps a text page near 100 KB.
constexpr int kThumbnailWidth = 1000;

// Fills page->thumbnail_png and thumbnail_scale_percent from the kept page; leaves them empty
// when the image cannot be scaled or encoded (the report then shows no crop).
void MakeThumbnail(PIX* kept, Page* page) {
  const int width = pixGetWidth(kept);
  if (width <= 0) return;
  const int percent = std::clamp(100 * kThumbnailWidth / width, 1, 100);
  PixPtr gray(pixConvertTo8(kept, 0));
  if (!gray) return;
  PixPtr small = percent == 100 ? std::move(gray)
                                : PixPtr(pixScale(gray.get(), percent / 100.0f, percent / 100.0f));
  if (!small) return;
  // zlib level 1: the default level spent more time compressing thumbnails than deskewing.
  pixSetSpecial(small.get(), 10 + 1);
  l_uint8* bytes = nullptr;
  size_t size = 0;
  if (pixWriteMem(&bytes, &size, small.get(), IFF_PNG) != 0) return;
  page->thumbnail_png.assign(reinterpret_cast<const char*>(bytes), size);
  lept_free(bytes);
  page->thumbnail_scale_percent = percent;
}

// Below this UprightScore the page's orientation is checked (calibrated on generated scans,
// photos and turned pages: see the closing note of issue 4).
constexpr float kUprightScore = 0.5f;

// Text lines running down a page this many times as long as those running across it mean the
// page lies on its side. Upright scans and photos measured at most 0.7 (a photo's table
// edges), quarter-turned pages at least 4.5.
constexpr long kSidewaysRatio = 2;
// And at least this much line (pixels at 75 dpi, about 4 inches): texture in a photo of
// something else is not text lying on its side.
constexpr long kSidewaysMinLength = 300;

// A line read on its own is kept when its words average this confidence: the amount on a
// mobile slip read at 0.9 and more; ink that is no text (a signature, a drawing) reads as
// unsure scraps.
constexpr float kUnreadLineConfidence = 0.6f;

// A word read with the confidence of printed text.
bool IsSure(const Word& w) { return w.confidence >= 0.8f; }

struct LetterCount {
  size_t syllables = 0;
  size_t figures = 0;
};

// The Hangul syllables and figures of `words`, of the sure ones only when `sure_only`.
LetterCount CountLetters(const std::vector<Word>& words, bool sure_only) {
  LetterCount n;
  for (const Word& w : words) {
    if (sure_only && !IsSure(w)) continue;
    for (char32_t c : DecodeUtf8(w.text)) {
      n.syllables += IsHangulSyllable(c);
      n.figures += c >= U'0' && c <= U'9';
    }
  }
  return n;
}

// Whether `read` has as many syllables and as many figures read surely as `before`, a read of
// the same place: two reads that split a line into words differently ("며 도 떠 지" against
// "명 동 떡집") compare by their letters, and a read that turns a name into a row of figures
// (a photo's line below read into it) or a figure into a "?" loses some.
bool KeepsSureLetters(const std::vector<Word>& read, const std::vector<Word>& before) {
  const LetterCount now = CountLetters(read, true), was = CountLetters(before, true);
  return now.syllables >= was.syllables && now.figures >= was.figures;
}

// A stretch read again alone replaces the page's read unless its mean confidence is lower by
// more than this: the page's read of a stepped line counts the syllables it read twice, sure
// of each ("출금계좌번호" alone read 0.71 against the page's 0.80 for "출 근 금 계 계 좌 좌").
constexpr double kSteppedReadSlack = 0.1;
constexpr float kSpeckConfidence = 0.2f;

// How much a read looks like an upright page's: the share of words read with confidence.
// A turned page read as it is yields mostly low-confidence fragments.
float UprightScore(const OcrResult& ocr) {
  if (ocr.words.empty()) return 0.0f;
  const auto sure = std::count_if(ocr.words.begin(), ocr.words.end(), IsSure);
  return static_cast<float>(sure) / ocr.words.size();
}

// Whether a third or more of `box` lies inside one of `words`' boxes.
bool OverlapsReadWord(const BBox& box, const std::vector<Word>& words) {
  const long long area = static_cast<long long>(box.w) * box.h;
  return std::any_of(words.begin(), words.end(), [&](const Word& w) {
    const long long shared = IntersectionArea(box, w.bbox);
    return shared > 0 && 3 * shared >= area;
  });
}

}  // namespace

DocumentReader::DocumentReader(ReaderOptions options)
    : options_(std::move(options)), ocr_(options_.ocr) {}

Status DocumentReader::Init() { return ocr_.Init(); }

Status DocumentReader::ReadTurned(PIX* upright, int dpi, TurnedRead* out) {
  // Brightness as scanned (before illumination normalisation) for LOW_QUALITY.
  {
    PixPtr gray(pixConvertTo8(upright, 0));
    l_float32 mean = -1.0f;
    if (gray && pixGetAverageMasked(gray.get(), nullptr, 0, 0, 2, L_MEAN_ABSVAL, &mean) == 0)
      out->brightness = mean;
  }
  if (!options_.preprocess_enabled) {
    out->read = ocr_.ReadAsIs(upright, dpi, &out->ocr);
    out->kept = ClonePix(upright);
    return Status::OK();
  }
  // Deskew, illumination, upscaling, ruling lines out; then OCR on the cleaned image with the
  // boxes mapped back into the deskewed page frame.
  PreprocessResult pre;
  Status s = Preprocess(upright, dpi, options_.preprocess, &pre);
  if (!s.ok()) return s;
  out->read = ocr_.ReadAsIs(pre.image.get(), pre.output_dpi, &out->ocr);
  if (out->read.ok()) {
    MendCutLines(pre.image.get(), pre.output_dpi, &out->ocr);
    ReadUnreadLines(pre.image.get(), pre.output_dpi, &out->ocr);
    ReadSteppedCells(pre.image.get(), pre.output_dpi, pre.grid, pre.scale_factor, &out->ocr);
    ReadUnsureLargeRuns(pre.image.get(), pre.output_dpi, &out->ocr);
  }
  for (Word& w : out->ocr.words) w.bbox = MapToPage(pre, w.bbox);
  out->kept = std::move(pre.upright_gray);
  out->grid = std::move(pre.grid);
  return Status::OK();
}

void DocumentReader::MendCutLines(PIX* image, int dpi, OcrResult* ocr) {
  // From the last up: mending a line renumbers the ones after it.
  const std::vector<std::pair<int, int>> cuts = FindCutLines(*ocr);
  for (auto cut = cuts.rbegin(); cut != cuts.rend(); ++cut) {
    BBox upper, lower;
    std::vector<Word> upper_words;
    for (const Word& w : ocr->words) {
      if (w.line == cut->first) upper = Union(upper, w.bbox), upper_words.push_back(w);
      if (w.line == cut->second) lower = Union(lower, w.bbox);
    }
    if (upper.empty()) continue;
    const BBox both = Union(upper, lower);
    const BBox region = PaddedInside(both, std::max(4, both.h / 8), image);
    RegionOptions single_line;
    single_line.scale = 1.0f;
    OcrResult read;
    if (!ocr_.ReadRegion(image, dpi, region, single_line, &read).ok()) continue;
    // Kept when it reads as many syllables and figures surely as the tops were read with: the
    // scraps a seal adds to either read do not count.
    if (read.words.empty() || !KeepsSureLetters(read.words, upper_words)) continue;
    ReplaceCutLine(cut->first, cut->second, std::move(read.words), ocr);
  }
}

void DocumentReader::ReadSteppedCells(PIX* image, int dpi, const TableGrid& grid, int scale,
                                      OcrResult* ocr) {
  const SteppedLines stepped = FindSteppedLines(*ocr);
  if (stepped.jumping.empty() && stepped.read_twice.empty()) return;
  const int f = std::max(1, scale);
  auto cell_of = [&](const Word& w) {
    return CellAt(grid, (w.bbox.x + w.bbox.w / 2) / f, (w.bbox.y + w.bbox.h / 2) / f);
  };
  auto in = [](const std::vector<int>& lines, int line) { return std::binary_search(lines.begin(), lines.end(), line); };
  std::set<const TableCell*> cells;
  // Per line read twice, its words in no cell. A jump outside a table may be a line's own
  // design (small type beside a title's tall syllables, boxed from their middle), so only
  // a stretch read twice is read again there.
  std::map<int, std::vector<const Word*>> outside;
  for (const Word& w : ocr->words) {
    const bool twice = in(stepped.read_twice, w.line);
    if (!twice && !in(stepped.jumping, w.line)) continue;
    if (const TableCell* cell = cell_of(w)) cells.insert(cell);
    else if (twice) outside[w.line].push_back(&w);
  }
  std::vector<BBox> regions;
  for (const TableCell* cell : cells) {
    // Inside the cell's rules (painted out already, but their edges may leave specks).
    const int inset = std::max(1, f * 2);
    const BBox region{cell->box.x * f + inset, cell->box.y * f + inset, cell->box.w * f - 2 * inset,
                      cell->box.h * f - 2 * inset};
    if (!region.empty()) regions.push_back(region);
  }
  // Without a table (its rules lost to a scan's threshold) the line's runs between column gaps
  // stand for the cells: "거래일자 | 2026.11.20" is two runs. Runs of two lines closer than a
  // column gap (a stretch read twice, once at each level) give one region. The page's usual
  // letter height measures the gaps: a line of a gloss's specks has none of its own.
  std::vector<BBox> runs;
  std::vector<int> heights;
  for (const Word& w : ocr->words) heights.push_back(w.bbox.h);
  const int usual = Median(std::move(heights));
  for (auto& [line, words] : outside) {
    std::sort(words.begin(), words.end(), [](const Word* a, const Word* b) { return a->bbox.x < b->bbox.x; });
    BBox run = words.front()->bbox;
    for (size_t i = 1; i <= words.size(); ++i) {
      if (i == words.size() || words[i]->bbox.x - (run.x + run.w) > 3 * usual / 2) {
        runs.push_back(PaddedInside(run, usual / 3, image));
        if (i < words.size()) run = words[i]->bbox;
        continue;
      }
      run = Union(run, words[i]->bbox);
    }
  }
  for (bool merged = true; merged;) {
    merged = false;
    for (size_t i = 0; i < runs.size() && !merged; ++i)
      for (size_t j = i + 1; j < runs.size() && !merged; ++j)
        if (IntersectionArea(PaddedInside(runs[i], 3 * usual / 2, image), runs[j]) > 0)
          runs[i] = Union(runs[i], runs[j]), runs.erase(runs.begin() + j), merged = true;
  }
  // A run's region takes in whole every word whose middle it holds: the words of the line
  // above or below are read again whole or not at all.
  auto middle_in = [](const BBox& box, const Word& w) {
    const int cx = w.bbox.x + w.bbox.w / 2, cy = w.bbox.y + w.bbox.h / 2;
    return cx >= box.x && cx < box.x + box.w && cy >= box.y && cy < box.y + box.h;
  };
  for (BBox& run : runs) {
    BBox grown = run;
    for (const Word& w : ocr->words)
      if (middle_in(run, w)) grown = Union(grown, w.bbox);
    run = grown;
  }
  regions.insert(regions.end(), runs.begin(), runs.end());
  for (const BBox& region : regions) {
    RegionOptions block;
    block.page_seg_mode = 6;
    block.scale = 1.0f;
    OcrResult read;
    if (!ocr_.ReadRegion(image, dpi, region, block, &read).ok()) continue;
    // Words read with next to no confidence are a gloss's or a rule's specks, not text.
    std::erase_if(read.words, [](const Word& w) { return w.confidence < kSpeckConfidence; });
    if (read.words.empty()) continue;
    auto inside = [&](const Word& w) { return middle_in(region, w); };
    // Kept unless it reads the place less surely than the page did: a cell of a photo's
    // grain may read worse alone.
    double page_confidence = 0;
    int page_words = 0;
    for (const Word& w : ocr->words)
      if (inside(w)) page_confidence += w.confidence, ++page_words;
    double read_confidence = 0;
    for (const Word& w : read.words) read_confidence += w.confidence;
    read_confidence /= read.words.size();
    if (page_words > 0 && read_confidence + kSteppedReadSlack < page_confidence / page_words) continue;
    std::erase_if(ocr->words, inside);
    std::map<int, std::vector<Word>> lines;
    for (Word& w : read.words) lines[w.line].push_back(std::move(w));
    for (auto& [number, line] : lines) InsertLine(std::move(line), ocr);
  }
}

void DocumentReader::ReadUnsureLargeRuns(PIX* image, int dpi, OcrResult* ocr) {
  for (const auto& [line, run] : FindUnsureLargeRuns(*ocr)) {
    // At the head of the page only, where the issuer's name and the title stand: lower down a
    // caption's box grown tall by a photo's specks passes for large type, and its line read
    // alone may be the next one.
    if (run.y > static_cast<int>(pixGetHeight(image)) / 4) continue;
    // A letter's width more on either side: the boxes of a misread may leave a glyph out.
    const BBox region =
        PaddedInside(BBox{run.x - run.h, run.y, run.w + 2 * run.h, run.h}, run.h / 4, image);
    RegionOptions single_line;
    single_line.scale = 1.0f;  // large type: no enlarging
    OcrResult read;
    if (!ocr_.ReadRegion(image, dpi, region, single_line, &read).ok()) continue;
    std::erase_if(read.words, [](const Word& w) { return w.confidence < kSpeckConfidence; });
    if (read.words.empty()) continue;
    // The run's own line's words: another line read in the same place stays.
    auto in_run = [&](const Word& w) {
      const int cx = w.bbox.x + w.bbox.w / 2;
      return w.line == line && cx >= region.x && cx < region.x + region.w;
    };
    // Kept when more sure than the page's read, specks aside on both sides, and losing none
    // of its sure letters: a re-read may be surer of the scraps around a figure it misreads.
    std::vector<Word> page_read, page_specks;
    for (const Word& w : ocr->words)
      if (in_run(w)) (w.confidence >= kSpeckConfidence ? page_read : page_specks).push_back(w);
    double page_confidence = 0, read_confidence = 0;
    for (const Word& w : page_read) page_confidence += w.confidence;
    for (const Word& w : read.words) read_confidence += w.confidence;
    // Nor fewer syllables, however unsure ("민 은행" read again for "국 민 은행", 국 at 0.00).
    const size_t page_syllables =
        CountLetters(page_read, false).syllables + CountLetters(page_specks, false).syllables;
    // A run of specks alone (its words' middles outside the region read) is left: what the
    // line read there is another line's, already read.
    if (page_read.empty() || CountLetters(read.words, false).syllables < page_syllables ||
        read_confidence / read.words.size() <= page_confidence / page_read.size() ||
        !KeepsSureLetters(read.words, page_read))
      continue;
    ReplaceInLine(line, in_run, std::move(read.words), ocr);
  }
}

void DocumentReader::ReadUnreadLines(PIX* image, int dpi, OcrResult* ocr) {
  const std::vector<BBox> read_lines = LineBoxes(ocr->words);
  for (const BBox& line : FindUnreadLines(image, dpi, ocr->words)) {
    // Ink inside a line that was read is part of it: the tops of a title's tall syllables
    // that Tesseract boxed from their middle down.
    const int cx = line.x + line.w / 2, cy = line.y + line.h / 2;
    if (std::any_of(read_lines.begin(), read_lines.end(), [&](const BBox& b) {
          return cx >= b.x && cx < b.x + b.w && cy >= b.y && cy < b.y + b.h;
        }))
      continue;
    const BBox region = PaddedInside(line, line.h / 4, image);
    RegionOptions single_line;
    single_line.scale = 1.0f;  // the page's type or larger: no enlarging
    OcrResult read;
    if (!ocr_.ReadRegion(image, dpi, region, single_line, &read).ok()) continue;
    if (read.words.empty() || read.mean_confidence < kUnreadLineConfidence) continue;
    // Tesseract's box for a tall syllable may hold only part of it ("석" boxed from its middle
    // down): the rest of a read line is then taken for an unread one, and read again it is
    // the same words garbled ("선 키자 어 하"), which would join the title's row.
    const size_t read_count = read.words.size();
    std::erase_if(read.words, [&](const Word& w) { return OverlapsReadWord(w.bbox, ocr->words); });
    if (read.words.empty() || 2 * read.words.size() < read_count) continue;
    InsertLine(std::move(read.words), ocr);
  }
}

Status DocumentReader::ReadOriented(PIX* image, int dpi, TurnedRead* best) {
  if (!options_.ocr.detect_orientation) return ReadTurned(image, dpi, best);
  // Reads `image` turned `turn` degrees clockwise; keeps the read if it is the best so far.
  bool have = false;
  auto try_turn = [&](int turn) -> Status {
    PixPtr turned(turn == 0 ? ClonePix(image) : PixPtr(pixRotateOrth(image, turn / 90)));
    if (!turned) return Status::OK();
    TurnedRead read;
    Status s = ReadTurned(turned.get(), dpi, &read);
    if (!s.ok()) return s;
    read.turn = turn;
    if (!have || UprightScore(read.ocr) > UprightScore(best->ocr)) *best = std::move(read);
    have = true;
    return Status::OK();
  };
  auto reads_upright = [&] { return have && UprightScore(best->ocr) >= kUprightScore; };

  // A page whose text lines run down it lies on its side. Tesseract's orientation detection
  // says which side, before the one read rather than after a wasted read of the sideways page;
  // when it is unsure, the other side is read too, and the page as it came last of all.
  const LineDirection lines = MeasureLineDirection(image, dpi);
  if (lines.down >= kSidewaysMinLength && lines.down > kSidewaysRatio * lines.across) {
    int turn = 0;
    float confidence = 0.0f;
    Status s = ocr_.DetectOrientation(image, dpi, &turn, &confidence);
    if (!s.ok()) return s;
    const int first = turn == 270 ? 270 : 90;
    for (int t : {first, 360 - first, 0}) {
      s = try_turn(t);
      if (!s.ok()) return s;
      if (reads_upright()) break;
    }
    return Status::OK();
  }
  // Otherwise the page is read as it came. Orientation detection costs more than reading an
  // upright page, and most pages are upright, so it runs only when the read looks like a
  // turned page's (few words read with confidence); the turned page is then read again and
  // the better read kept.
  Status s = try_turn(0);
  if (!s.ok() || reads_upright()) return s;
  int turn = 0;
  float confidence = 0.0f;
  s = ocr_.DetectOrientation(image, dpi, &turn, &confidence);
  if (!s.ok()) return s;
  // Even an unsure answer is worth one read here: the page as it came read poorly, and the
  // better of the two reads is kept (an upside-down photo came with confidence 0.86).
  if (turn == 0) return Status::OK();
  return try_turn(turn);
}

Status DocumentReader::ReadImagePage(PIX* image, int dpi, Page* page, PageImage* kept,
                                     TableGrid* grid) {
  TurnedRead best;
  Status s = ReadOriented(image, dpi, &best);
  if (!s.ok()) return s;
  page->rotated_degrees = best.turn;
  page->mean_brightness = best.brightness;
  page->words = std::move(best.ocr.words);
  page->text = std::move(best.ocr.text);
  page->mean_word_confidence = best.ocr.mean_confidence;
  kept->image = std::move(best.kept);
  *grid = std::move(best.grid);
  page->width = pixGetWidth(kept->image.get());
  page->height = pixGetHeight(kept->image.get());
  // Hash and thumbnail of the kept page: upright, deskewed, in the frame of the word boxes, so
  // a re-scan at another tilt still matches and crops line up with fields.
  page->perceptual_hash = PerceptualHash(kept->image.get());
  MakeThumbnail(kept->image.get(), page);
  return best.read;
}

Status DocumentReader::Read(const std::string& path, ReadResult* out, const ReadEnough& enough) {
  *out = ReadResult();
  IngestedFile file;
  Status s = IngestFile(path, options_.ingest, &file);
  out->doc.sha256 = file.sha256;
  out->doc.format = std::string(ToString(file.format));
  if (!s.ok()) return s;
  out->xml = std::move(file.xml);

  bool all_text = true;
  bool read_enough = false;
  for (IngestedPage& in : file.pages) {
    Page page;
    page.number = in.number;
    page.source = in.source;
    page.dpi = in.dpi;
    page.width = in.width;
    page.height = in.height;
    PageImage kept;
    kept.dpi = in.dpi;
    TableGrid grid;
    const bool ocr_page = in.source == Source::kOcr && in.image;
    if (ocr_page && read_enough) {
      page.unread = true;
      all_text = false;
      in.image.reset();
    } else if (ocr_page) {
      Status r = ReadImagePage(in.image.get(), in.dpi, &page, &kept, &grid);
      if (r.code() == Status::Code::kDeadlineExceeded) {
        out->notes.push_back(std::to_string(in.number) + "쪽: " + r.message());
      } else if (!r.ok()) {
        return r;
      }
      page.rotated_degrees = (in.exif_rotated_degrees + page.rotated_degrees) % 360;
      all_text = false;
    } else {
      page.words = std::move(in.words);
      page.text = std::move(in.text);
      kept.image = std::move(in.image);  // a text page's picture, when ingest drew one
      if (in.source != Source::kPdfText) all_text = false;
    }
    DropBackgroundPattern(&page);
    out->doc.pages.push_back(std::move(page));
    out->images.push_back(std::move(kept));
    out->grids.push_back(std::move(grid));
    if (ocr_page && !read_enough && enough && out->doc.pages.size() < file.pages.size())
      read_enough = enough(out);
  }
  if (file.format == FileFormat::kXml)
    out->doc.source = Source::kXml;
  else
    out->doc.source = all_text ? Source::kPdfText : Source::kOcr;
  return Status::OK();
}

}  // namespace docval
