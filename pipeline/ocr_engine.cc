#include "pipeline/ocr_engine.h"

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cmath>
#include <map>

#include "pipeline/layout.h"
#include "pipeline/normalize.h"

namespace docval {
namespace {

// Letters or figures, not a dash, a dot or a bracket.
bool IsLetterOrFigure(const std::string& text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return (c & 0x80) != 0 || std::isalnum(static_cast<unsigned char>(c)); });
}

const char* DataPath(const OcrOptions& options) {
  return options.tessdata_dir.empty() ? nullptr : options.tessdata_dir.c_str();
}

// Tesseract wants 1, 8 or 32 bpp without a colormap.
PixPtr ForTesseract(PIX* image) {
  if (pixGetColormap(image)) return PixPtr(pixRemoveColormap(image, REMOVE_CMAP_BASED_ON_SRC));
  int depth = pixGetDepth(image);
  if (depth == 1 || depth == 8 || depth == 32) return ClonePix(image);
  if (depth == 16) return PixPtr(pixConvert16To8(image, L_MS_BYTE));
  return PixPtr(pixConvertTo8(image, 0));
}

void Quiet(tesseract::TessBaseAPI* api) {
  // Tesseract prints "Estimating resolution…" and similar to stderr for every page.
  api->SetVariable("debug_file", "/dev/null");
}

// Tesseract reads a poorly recognised line a second time inverted, in case it is light text on
// dark. Preprocessing already turns dark banners to dark-on-light, so the second read only
// costs time: a third of the recognition of some phone photos, the same fields read.
void SkipInvertedReads(tesseract::TessBaseAPI* api) {
  api->SetVariable("tessedit_do_invert", "0");
}

// The page's text from its words and their mean confidence.
void JoinText(OcrResult* out) {
  out->text = LinesText(out->words);
  double confidence_sum = 0.0;
  for (const Word& w : out->words) confidence_sum += w.confidence;
  out->mean_confidence = out->words.empty() ? 0.0f : confidence_sum / out->words.size();
}

}  // namespace

void InsertLine(std::vector<Word> line, OcrResult* result) {
  if (line.empty()) return;
  const int top = line.front().bbox.y;
  // The first line of the page that starts below the new one; the new one goes before it.
  int before = -1;
  for (const Word& w : result->words) {
    if (w.bbox.y > top && (before < 0 || w.line < before)) before = w.line;
  }
  std::vector<Word>& words = result->words;
  auto at = before < 0 ? words.end()
                       : std::find_if(words.begin(), words.end(),
                                      [&](const Word& w) { return w.line >= before; });
  const int number = before < 0 ? (words.empty() ? 0 : words.back().line + 1) : before;
  for (Word& w : words)
    if (before >= 0 && w.line >= before) ++w.line;
  for (Word& w : line) w.line = number;
  words.insert(at, std::make_move_iterator(line.begin()), std::make_move_iterator(line.end()));
  JoinText(result);
}

void ReplaceInLine(int line, const std::function<bool(const Word&)>& replaced,
                   std::vector<Word> read, OcrResult* result) {
  std::vector<Word>& words = result->words;
  auto first = std::find_if(words.begin(), words.end(),
                            [&](const Word& w) { return w.line == line && replaced(w); });
  if (first == words.end()) return;
  const size_t at = first - words.begin();
  std::erase_if(words, [&](const Word& w) { return w.line == line && replaced(w); });
  for (Word& w : read) w.line = line;
  words.insert(words.begin() + at, std::make_move_iterator(read.begin()),
               std::make_move_iterator(read.end()));
  JoinText(result);
}

std::vector<BBox> LineBoxes(const std::vector<Word>& words) {
  std::vector<BBox> boxes;
  int current = INT_MIN;
  for (const Word& w : words) {
    if (w.line != current || boxes.empty()) {
      boxes.push_back(w.bbox);
      current = w.line;
      continue;
    }
    boxes.back() = Union(boxes.back(), w.bbox);
  }
  return boxes;
}

void DropGhostLines(OcrResult* result) {
  constexpr double kClearlyLessSure = 0.85;
  const std::vector<BBox> boxes = LineBoxes(result->words);
  std::vector<std::vector<const Word*>> words(boxes.size());
  std::vector<double> confidence(boxes.size(), 0.0);
  std::vector<size_t> characters(boxes.size(), 0);  // bytes of UTF-8: a measure, not a count
  std::vector<int> index_of_word;  // parallel to result->words: its line's index in `boxes`
  for (size_t i = 0, k = 0; i < result->words.size(); ++i) {
    const Word& w = result->words[i];
    if (i > 0 && w.line != result->words[i - 1].line) ++k;
    index_of_word.push_back(static_cast<int>(k));
    words[k].push_back(&w);
    confidence[k] += w.confidence;
    characters[k] += w.text.size();
  }
  for (size_t k = 0; k < boxes.size(); ++k) confidence[k] /= words[k].size();
  // Whether a third of the smaller of two boxes lies inside the larger.
  auto covers = [](const BBox& a, const BBox& b) {
    const long long shared = IntersectionArea(a, b);
    return shared > 0 && 3 * shared >= std::min(1LL * a.w * a.h, 1LL * b.w * b.h);
  };
  // Whether most of line `a`'s words lie on words of line `b` (that read the same, when
  // `same_text`).
  auto lies_on = [&](size_t a, size_t b, bool same_text) {
    const auto on_b = std::count_if(words[a].begin(), words[a].end(), [&](const Word* w) {
      return std::any_of(words[b].begin(), words[b].end(), [&](const Word* v) {
        return (!same_text || v->text == w->text) && covers(w->bbox, v->bbox);
      });
    });
    return 2 * static_cast<size_t>(on_b) > words[a].size();
  };
  // Two lines in one place share most of their height; neighbouring lines whose tall glyphs
  // reach into each other share a little of it.
  auto same_band = [&](size_t a, size_t b) {
    const int overlap = std::min(boxes[a].y + boxes[a].h, boxes[b].y + boxes[b].h) -
                        std::max(boxes[a].y, boxes[b].y);
    return 3 * overlap >= 2 * std::min(boxes[a].h, boxes[b].h);
  };
  std::vector<bool> ghost(boxes.size(), false);
  for (size_t a = 0; a < boxes.size(); ++a) {
    for (size_t b = a + 1; b < boxes.size() && !ghost[a]; ++b) {
      if (ghost[b] || !same_band(a, b)) continue;
      // The ghost is the less sure, and either shorter or clearly less sure (a signature's
      // scribble read as letters after a copy of its line, a photo's background read as
      // text). Two reads about as sure, the surer shorter, may each hold what the other
      // lost ("좌 이체 거 래 확인서" over "계 좌 이체 거 래 확 인 ㅅ"): both stay.
      const size_t less_sure = confidence[a] < confidence[b] ? a : b;
      const size_t other = less_sure == a ? b : a;
      const bool ghostlike = characters[less_sure] < characters[other] ||
                             confidence[less_sure] < kClearlyLessSure * confidence[other];
      if (ghostlike && lies_on(less_sure, other, false)) {
        ghost[less_sure] = true;
        continue;
      }
      // A shorter copy of a line goes however sure it reads: its words are the other's, so
      // nothing is lost, and left in place it would interleave with them in one row ("위 위
      // 확 확인 …" under a seal).
      const size_t shorter = characters[a] < characters[b] ? a : b;
      if (lies_on(shorter, shorter == a ? b : a, true)) ghost[shorter] = true;
    }
  }
  if (std::none_of(ghost.begin(), ghost.end(), [](bool g) { return g; })) return;
  std::vector<Word> kept;
  for (size_t i = 0; i < result->words.size(); ++i) {
    const int k = index_of_word[i];
    if (ghost[k]) continue;
    kept.push_back(std::move(result->words[i]));
    // Lines numbered again without gaps, in the same order.
    kept.back().line = k - static_cast<int>(std::count(ghost.begin(), ghost.begin() + k, true));
  }
  result->words = std::move(kept);
  JoinText(result);
}

std::string LinesText(const std::vector<Word>& words) {
  std::string text;
  int current_line = -1;
  for (const Word& w : words) {
    if (w.line != current_line) {
      if (current_line >= 0) text += '\n';
      current_line = w.line;
    } else {
      text += ' ';
    }
    text += w.text;
  }
  return text;
}

BBox PaddedInside(const BBox& box, int pad, PIX* image) {
  const int x = std::max(0, box.x - pad), y = std::max(0, box.y - pad);
  return BBox{x, y, std::min(static_cast<int>(pixGetWidth(image)), box.x + box.w + pad) - x,
              std::min(static_cast<int>(pixGetHeight(image)), box.y + box.h + pad) - y};
}

std::vector<LineRun> FindUnsureLargeRuns(const OcrResult& result) {
  constexpr double kUnsure = 0.7;
  if (result.words.empty()) return {};
  std::vector<int> heights;
  for (const Word& w : result.words) heights.push_back(w.bbox.h);
  const int usual = Median(std::move(heights));
  std::map<int, std::vector<const Word*>> lines;
  for (const Word& w : result.words) lines[w.line].push_back(&w);
  std::vector<LineRun> runs;
  for (auto& [number, words] : lines) {
    std::sort(words.begin(), words.end(), [](const Word* a, const Word* b) { return a->bbox.x < b->bbox.x; });
    auto close_run = [&](size_t first, size_t end) {
      if (end - first < 2) return;  // a lone mark (a logo read as "@") is no text to read again
      std::vector<int> h;
      double confidence = 0;
      BBox box;
      for (size_t i = first; i < end; ++i) {
        h.push_back(words[i]->bbox.h);
        confidence += words[i]->confidence;
        box = Union(box, words[i]->bbox);
      }
      if (2 * Median(std::move(h)) >= 3 * usual && confidence < kUnsure * (end - first))
        runs.push_back({number, box});
    };
    size_t first = 0;
    for (size_t i = 1; i <= words.size(); ++i) {
      if (i < words.size()) {
        const BBox& left = words[i - 1]->bbox;
        const int gap = words[i]->bbox.x - (left.x + left.w);
        if (gap <= 2 * std::max(left.h, words[i]->bbox.h)) continue;
      }
      close_run(first, i);
      first = i;
    }
  }
  return runs;
}

SteppedLines FindSteppedLines(const OcrResult& result) {
  std::map<int, std::vector<const Word*>> lines;
  for (const Word& w : result.words) lines[w.line].push_back(&w);
  SteppedLines stepped;
  for (auto& [number, words] : lines) {
    std::vector<int> heights;
    for (const Word* w : words) heights.push_back(w->bbox.h);
    const int usual = Median(std::move(heights));
    // Letters and figures of about the line's size: a dash, a dot or a bracket sits where it
    // sits.
    std::vector<const Word*> solid;
    for (const Word* w : words)
      if (2 * w->bbox.h >= usual && 2 * w->bbox.h <= 3 * usual && IsLetterOrFigure(w->text)) solid.push_back(w);
    std::sort(solid.begin(), solid.end(), [](const Word* a, const Word* b) { return a->bbox.x < b->bbox.x; });
    for (size_t i = 0; i + 1 < solid.size(); ++i) {
      const BBox& a = solid[i]->bbox;
      const BBox& b = solid[i + 1]->bbox;
      // Of about one size: a small company name beside a large title is centred lower.
      const bool one_size = 2 * std::max(a.h, b.h) < 3 * std::min(a.h, b.h);
      const int jump = std::abs((2 * a.y + a.h) - (2 * b.y + b.h)) / 2;
      if (one_size && 2 * jump >= std::min(a.h, b.h)) {
        stepped.jumping.push_back(number);
        break;
      }
    }
  }
  // One stretch read twice, once at each level, by two lines or within one: the same
  // syllable on the same place twice.
  std::vector<const Word*> all;
  for (const Word& w : result.words)
    if (IsLetterOrFigure(w.text)) all.push_back(&w);
  for (size_t i = 0; i < all.size(); ++i)
    for (size_t j = i + 1; j < all.size(); ++j) {
      const Word* u = all[i];
      const Word* v = all[j];
      const long long smaller = std::min(static_cast<long long>(u->bbox.w) * u->bbox.h,
                                         static_cast<long long>(v->bbox.w) * v->bbox.h);
      const bool alike = u->text == v->text && std::max(u->bbox.w, v->bbox.w) < 2 * std::min(u->bbox.w, v->bbox.w);
      if (alike && 3 * IntersectionArea(u->bbox, v->bbox) > smaller)
        stepped.read_twice.push_back(u->line), stepped.read_twice.push_back(v->line);
    }
  std::sort(stepped.read_twice.begin(), stepped.read_twice.end());
  stepped.read_twice.erase(std::unique(stepped.read_twice.begin(), stepped.read_twice.end()),
                           stepped.read_twice.end());
  return stepped;
}

std::vector<std::pair<int, int>> FindCutLines(const OcrResult& result) {
  constexpr float kScraps = 0.5f;        // a cut line's mean word confidence is below this
  constexpr double kMuchShorter = 0.75;  // its median word height to the upper line's
  struct Line {
    int number = 0;
    BBox box;
    double confidence = 0.0;
    std::vector<BBox> boxes;  // its words'
    bool letters = false;     // a syllable, a digit or a Latin letter among them
  };
  std::vector<Line> lines;
  for (const Word& w : result.words) {
    if (lines.empty() || lines.back().number != w.line) {
      lines.emplace_back();
      lines.back().number = w.line;
      lines.back().box = w.bbox;
    }
    Line& l = lines.back();
    l.box = Union(l.box, w.bbox);
    l.confidence += w.confidence;
    l.boxes.push_back(w.bbox);
    for (char32_t c : DecodeUtf8(w.text))
      l.letters = l.letters || IsHangulSyllable(c) || (c < 0x80 && std::isalnum(static_cast<int>(c)));
  }
  // The median over a line's word boxes of `of` (a box's top or height).
  auto median = [](const Line& line, int BBox::*of) {
    std::vector<int> v;
    for (const BBox& b : line.boxes) v.push_back(b.*of);
    return Median(std::move(v));
  };
  std::vector<std::pair<int, int>> cuts;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const Line& upper = lines[i];
    const Line& lower = lines[i + 1];
    // Scraps: read unsure, or marks and lone jamo however sure ("… | - ㄱ" under "회 의 록").
    if (lower.letters && lower.confidence / lower.boxes.size() >= kScraps) continue;
    // Below the upper line's printed glyphs' tops (a seal's box reaches higher), inside its box.
    const int top = lower.box.y, glyph_h = median(upper, &BBox::h);
    if (top < median(upper, &BBox::y) + glyph_h / 3 || top > upper.box.y + upper.box.h) continue;
    if (median(lower, &BBox::h) >= kMuchShorter * glyph_h) continue;
    // Under the upper line's words, not beside them: most lower words share columns with one.
    const auto under = std::count_if(lower.boxes.begin(), lower.boxes.end(), [&](const BBox& b) {
      return std::any_of(upper.boxes.begin(), upper.boxes.end(), [&](const BBox& u) {
        return std::min(b.x + b.w, u.x + u.w) > std::max(b.x, u.x);
      });
    });
    if (2 * static_cast<size_t>(under) <= lower.boxes.size()) continue;
    cuts.push_back({upper.number, lower.number});
    ++i;  // a line is mended once
  }
  return cuts;
}

void ReplaceCutLine(int upper, int lower, std::vector<Word> line, OcrResult* result) {
  std::vector<Word> words;
  bool placed = false;
  for (Word& w : result->words) {
    if (w.line == upper || w.line == lower) {
      if (!placed) {
        for (Word& n : line) {
          n.line = upper;
          words.push_back(std::move(n));
        }
        placed = true;
      }
      continue;
    }
    if (w.line > lower) --w.line;
    words.push_back(std::move(w));
  }
  result->words = std::move(words);
  JoinText(result);
}

OcrEngine::OcrEngine(OcrOptions options) : options_(std::move(options)) {}

OcrEngine::~OcrEngine() {
  if (api_) api_->End();
  if (osd_) osd_->End();
}

Status OcrEngine::Init() {
  if (initialized_) return Status::OK();
  api_ = std::make_unique<tesseract::TessBaseAPI>();
  if (api_->Init(DataPath(options_), options_.languages.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
    api_.reset();
    return Status::InvalidArgument("Tesseract 언어 데이터를 불러올 수 없습니다: " +
                                   options_.languages +
                                   " (tesseract-ocr-kor 패키지가 설치되었는지 확인하세요)");
  }
  Quiet(api_.get());
  SkipInvertedReads(api_.get());
  if (options_.detect_orientation) {
    osd_ = std::make_unique<tesseract::TessBaseAPI>();
    if (osd_->Init(DataPath(options_), "osd", tesseract::OEM_TESSERACT_ONLY) != 0) {
      osd_.reset();
      return Status::InvalidArgument(
          "Tesseract 방향 감지(osd) 데이터를 불러올 수 없습니다 (tesseract-ocr-osd 패키지 필요)");
    }
    Quiet(osd_.get());
    osd_->SetPageSegMode(tesseract::PSM_OSD_ONLY);
  }
  initialized_ = true;
  return Status::OK();
}

Status OcrEngine::DetectOrientation(PIX* image, int dpi, int* rotate_cw_degrees,
                                    float* confidence) {
  *rotate_cw_degrees = 0;
  *confidence = 0.0f;
  if (!osd_) return Status::OK();
  PixPtr input = ForTesseract(image);
  osd_->SetImage(input.get());
  if (dpi > 0) osd_->SetSourceResolution(dpi);
  int orient_deg = 0;
  float orient_conf = 0.0f, script_conf = 0.0f;
  const char* script = nullptr;
  bool found = osd_->DetectOrientationScript(&orient_deg, &orient_conf, &script, &script_conf);
  osd_->Clear();
  // No text found by OSD (a blank or photo page) is not an error: leave the page as it is.
  if (!found) return Status::OK();
  *confidence = orient_conf;
  // OSD reports how far the content is turned clockwise; undo it.
  *rotate_cw_degrees = (360 - orient_deg) % 360;
  return Status::OK();
}

Status OcrEngine::Read(PIX* image, int dpi, OcrResult* out) {
  if (!initialized_) return Status::Internal("OcrEngine::Init was not called");
  *out = OcrResult();
  PixPtr upright = ClonePix(image);
  if (options_.detect_orientation) {
    int turn = 0;
    float conf = 0.0f;
    Status s = DetectOrientation(image, dpi, &turn, &conf);
    if (!s.ok()) return s;
    out->orientation_confidence = conf;
    if (turn != 0 && conf >= options_.min_orientation_confidence) {
      upright.reset(pixRotateOrth(image, turn / 90));
      out->rotated_degrees = turn;
    }
  }
  api_->SetPageSegMode(static_cast<tesseract::PageSegMode>(options_.page_seg_mode));
  api_->SetVariable("tessedit_char_whitelist", "");
  Status s = Recognize(upright.get(), dpi, out);
  DropGhostLines(out);
  out->upright = std::move(upright);
  return s;
}

Status OcrEngine::ReadAsIs(PIX* image, int dpi, OcrResult* out) {
  if (!initialized_) return Status::Internal("OcrEngine::Init was not called");
  *out = OcrResult();
  api_->SetPageSegMode(static_cast<tesseract::PageSegMode>(options_.page_seg_mode));
  api_->SetVariable("tessedit_char_whitelist", "");
  Status s = Recognize(image, dpi, out);
  DropGhostLines(out);
  out->upright = ClonePix(image);
  return s;
}

Status OcrEngine::ReadRegion(PIX* image, int dpi, const BBox& region,
                             const RegionOptions& options, OcrResult* out) {
  if (!initialized_) return Status::Internal("OcrEngine::Init was not called");
  *out = OcrResult();
  if (region.empty()) return Status::InvalidArgument("empty region");
  PixPtr crop = ClipPix(image, region);
  if (!crop) return Status::InvalidArgument("region outside the image");
  if (options.smooth > 0) {
    PixPtr gray(pixConvertTo8(crop.get(), 0));
    if (gray) crop.reset(pixBlockconv(gray.get(), options.smooth, options.smooth));
    if (!crop) return Status::Internal("Leptonica could not smooth the region");
  }
  PixPtr scaled = options.scale != 1.0f
                      ? PixPtr(pixScale(crop.get(), options.scale, options.scale))
                      : std::move(crop);
  if (options.binarize && scaled) {
    PixPtr gray(pixConvertTo8(scaled.get(), 0));
    PIX* binary = nullptr;
    // One tile as large as the crop: a single Otsu threshold for the whole region.
    if (gray && pixOtsuAdaptiveThreshold(gray.get(), pixGetWidth(gray.get()), pixGetHeight(gray.get()),
                                         0, 0, 0.0f, nullptr, &binary) == 0 && binary)
      scaled.reset(binary);
  }
  api_->SetPageSegMode(static_cast<tesseract::PageSegMode>(options.page_seg_mode));
  api_->SetVariable("tessedit_char_whitelist", options.whitelist.c_str());
  int scaled_dpi = dpi > 0 ? static_cast<int>(std::lround(dpi * options.scale)) : 0;
  Status s = Recognize(scaled.get(), scaled_dpi, out);
  api_->SetVariable("tessedit_char_whitelist", "");
  // Map boxes back from the scaled crop into page coordinates.
  for (Word& w : out->words) {
    w.bbox.x = region.x + static_cast<int>(w.bbox.x / options.scale);
    w.bbox.y = region.y + static_cast<int>(w.bbox.y / options.scale);
    w.bbox.w = static_cast<int>(std::ceil(w.bbox.w / options.scale));
    w.bbox.h = static_cast<int>(std::ceil(w.bbox.h / options.scale));
  }
  out->upright.reset();
  return s;
}

Status OcrEngine::Recognize(PIX* image, int dpi, OcrResult* out) {
  PixPtr input = ForTesseract(image);
  api_->SetImage(input.get());
  // Tesseract guesses a resolution from text height when none is given; the file's is better.
  api_->SetSourceResolution(dpi > 0 ? dpi : 300);
  tesseract::ETEXT_DESC monitor;
  monitor.set_deadline_msecs(options_.page_deadline_ms);
  api_->Recognize(&monitor);
  bool timed_out = monitor.deadline_exceeded();

  std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
  int line = -1;
  if (it) {
    do {
      if (it->Empty(tesseract::RIL_WORD)) continue;
      if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) ++line;
      std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
      if (!text) continue;
      std::string trimmed = text.get();
      trimmed.erase(0, trimmed.find_first_not_of(" \t\n"));
      trimmed.erase(trimmed.find_last_not_of(" \t\n") + 1);
      // Table borders come back as empty or blank "words"; they carry nothing.
      if (trimmed.empty()) continue;
      Word word;
      word.text = std::move(trimmed);
      word.confidence = std::clamp(it->Confidence(tesseract::RIL_WORD) / 100.0f, 0.0f, 1.0f);
      int left = 0, top = 0, right = 0, bottom = 0;
      it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom);
      word.bbox = BBox{left, top, right - left, bottom - top};
      word.line = std::max(line, 0);
      out->words.push_back(std::move(word));
    } while (it->Next(tesseract::RIL_WORD));
  }
  it.reset();
  api_->Clear();
  JoinText(out);
  if (timed_out)
    return Status::DeadlineExceeded("OCR 시간 제한(" +
                                    std::to_string(options_.page_deadline_ms / 1000) +
                                    "초)을 넘겨 페이지 일부만 읽었습니다");
  return Status::OK();
}

}  // namespace docval
