#include "pipeline/layout.h"

#include <algorithm>
#include <climits>
#include <map>
#include <set>

#include "pipeline/normalize.h"

namespace docval {
namespace {

bool IsSpace(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\u3000'; }

char32_t Fold(char32_t c) {
  if (c >= U'A' && c <= U'Z') return c - U'A' + U'a';
  if (c >= U'\uFF01' && c <= U'\uFF5E') return c - 0xFEE0;  // full-width ASCII forms
  return c;
}

void AppendJamo(char32_t c, std::u32string* out) {
  if (IsHangulSyllable(c)) {
    int s = c - 0xAC00;
    out->push_back(0x1100 + s / (21 * 28));
    out->push_back(0x1161 + (s % (21 * 28)) / 28);
    if (s % 28) out->push_back(0x11A7 + s % 28);
  } else {
    out->push_back(c);
  }
}

// The least share of the shorter band a value set lower than its caption overlaps it by.
constexpr double kLoweredValueOverlap = 0.15;

}  // namespace

BBox Union(const BBox& a, const BBox& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  int x0 = std::min(a.x, b.x), y0 = std::min(a.y, b.y);
  int x1 = std::max(a.x + a.w, b.x + b.w), y1 = std::max(a.y + a.h, b.y + b.h);
  return BBox{x0, y0, x1 - x0, y1 - y0};
}

long long IntersectionArea(const BBox& a, const BBox& b) {
  const int ix = std::min(a.x + a.w, b.x + b.w) - std::max(a.x, b.x);
  const int iy = std::min(a.y + a.h, b.y + b.h) - std::max(a.y, b.y);
  return ix > 0 && iy > 0 ? 1LL * ix * iy : 0;
}

std::vector<std::pair<int, int>> ColumnRuns(const TextRow& row, int gap) {
  std::vector<std::pair<int, int>> runs;
  for (int i = 0; i < static_cast<int>(row.words.size()); ++i) {
    const BBox& word = row.words[i]->bbox;
    if (i > 0) {
      const BBox& previous = row.words[i - 1]->bbox;
      if (word.x - (previous.x + previous.w) < gap) {
        runs.back().second = i;
        continue;
      }
    }
    runs.emplace_back(i, i);
  }
  return runs;
}

std::u32string MatchKey(std::string_view text) {
  std::u32string out;
  for (char32_t c : DecodeUtf8(text))
    if (!IsSpace(c)) AppendJamo(Fold(c), &out);
  return out;
}

void DropBackgroundPattern(Page* page) {
  if (page->width <= 0 || page->height <= 0) return;
  constexpr int kMinRepeats = 12;
  std::map<std::string, std::vector<const Word*>> by_text;
  for (const Word& w : page->words) by_text[w.text].push_back(&w);
  std::set<std::string> pattern;
  for (const auto& [text, words] : by_text) {
    const int n = static_cast<int>(words.size());
    if (n < kMinRepeats) continue;
    // A tint repeats on a lattice: most copies have their nearest copy at the same offset
    // (straight or slanted). A syllable of letter-spaced captions and text lies anywhere.
    std::vector<std::pair<int, int>> offsets;
    int left = INT_MAX, right = 0, top = INT_MAX, bottom = 0, height = 1;
    for (const Word* w : words) {
      const int x = w->bbox.x + w->bbox.w / 2, y = w->bbox.y + w->bbox.h / 2;
      left = std::min(left, x), right = std::max(right, x);
      top = std::min(top, y), bottom = std::max(bottom, y);
      height = std::max(height, w->bbox.h);
      long long best = LLONG_MAX;
      std::pair<int, int> offset;
      for (const Word* o : words) {
        if (o == w) continue;
        const int dx = o->bbox.x + o->bbox.w / 2 - x, dy = o->bbox.y + o->bbox.h / 2 - y;
        const long long d = 1LL * dx * dx + 1LL * dy * dy;
        if (d < best) best = d, offset = dy < 0 || (dy == 0 && dx < 0) ? std::pair{-dx, -dy} : std::pair{dx, dy};
      }
      offsets.push_back(offset);
    }
    // Over most of the page: a table's column or row of one word is the form's own.
    if (2 * (right - left) < page->width || 2 * (bottom - top) < page->height) continue;
    int most = 0;
    for (const auto& [dx, dy] : offsets) {
      const int alike = static_cast<int>(std::count_if(offsets.begin(), offsets.end(), [&](const auto& o) {
        return std::abs(o.first - dx) <= height / 2 && std::abs(o.second - dy) <= height / 2;
      }));
      most = std::max(most, alike);
    }
    if (5 * most >= 3 * n) pattern.insert(text);
  }
  if (pattern.empty()) return;
  std::erase_if(page->words, [&](const Word& w) { return pattern.count(w.text) > 0; });
}

std::vector<TextRow> BuildRows(const Page& page) {
  std::vector<const Word*> words;
  for (const Word& w : page.words)
    if (!w.text.empty()) words.push_back(&w);
  // Without boxes (XML), Tesseract's or the reader's line numbers are all we have.
  bool have_boxes = std::all_of(words.begin(), words.end(),
                                [](const Word* w) { return !w->bbox.empty(); });
  std::vector<TextRow> rows;
  if (!have_boxes) {
    std::stable_sort(words.begin(), words.end(),
                     [](const Word* a, const Word* b) { return a->line < b->line; });
    int current = INT_MIN;
    for (const Word* w : words) {
      if (rows.empty() || w->line != current) rows.emplace_back(), current = w->line;
      rows.back().words.push_back(w);
    }
  } else {
    // Tesseract sometimes reads one stretch of a page twice, as two overlapping lines ("스 인
    // 번호 _ _" over "승 인 번호 , 2026…"); merged into one row they spell neither. When four
    // in five words of one line lie on words of another, one of the two reads goes: the
    // shorter one when the other reads on past it, else the one less confident over that
    // stretch (a speck read "(9)" inside "원" goes, not the amount).
    // Line boxes are no guide: on a tilted photo neighbouring lines' boxes overlap, and a line
    // of amounts under a tall merged cell has only some of its words inside that cell.
    std::map<int, std::vector<const Word*>> lines;
    for (const Word* w : words) lines[w->line].push_back(w);
    auto covered = [](const BBox& a, const BBox& b) {  // most of `a` lies on `b`
      long iw = std::min(a.x + a.w, b.x + b.w) - std::max(a.x, b.x);
      long ih = std::min(a.y + a.h, b.y + b.h) - std::max(a.y, b.y);
      return iw > 0 && ih > 0 && 2 * iw * ih >= static_cast<long>(a.w) * a.h;
    };
    std::set<const Word*> dropped;
    for (auto a = lines.begin(); a != lines.end(); ++a) {
      for (auto b = std::next(a); b != lines.end(); ++b) {
        bool a_fewer = a->second.size() <= b->second.size();
        const auto& fewer = a_fewer ? a->second : b->second;
        const auto& more = a_fewer ? b->second : a->second;
        // Word by word over the shared stretch: this word's confidence against the best of
        // the other line's words it lies on.
        size_t on_other = 0;
        double fewer_confidence = 0, more_confidence = 0;
        for (const Word* w : fewer) {
          double best = -1;
          for (const Word* o : more)
            if (covered(w->bbox, o->bbox)) best = std::max<double>(best, o->confidence);
          if (best < 0) continue;
          ++on_other;
          fewer_confidence += w->confidence;
          more_confidence += best;
        }
        if (5 * on_other < 4 * fewer.size()) continue;
        // A line that reads on past the shared stretch, or whose words dwarf the ones lying
        // on them, keeps what only it saw: "으", a speck read inside a tall "1,089,000 원",
        // goes however sure Tesseract was of it.
        long fewer_area = 0, under_area = 0;
        bool more_reads_on = false;
        for (const Word* o : more) {
          bool under = false;
          for (const Word* w : fewer) under = under || covered(w->bbox, o->bbox);
          if (under) under_area += static_cast<long>(o->bbox.w) * o->bbox.h;
          else more_reads_on = more_reads_on || std::none_of(fewer.begin(), fewer.end(),
                                                             [&](const Word* w) {
                                                               return covered(o->bbox, w->bbox);
                                                             });
        }
        for (const Word* w : fewer) fewer_area += static_cast<long>(w->bbox.w) * w->bbox.h;
        bool specks = 2 * fewer_area < under_area;
        bool drop_fewer = more_reads_on || specks || fewer_confidence <= more_confidence;
        // Only the words read twice go: what the dropped line alone saw stays (a date
        // printed above a cell's tall row, whose specks lay on that row's words).
        const auto& gone = drop_fewer ? fewer : more;
        const auto& kept = drop_fewer ? more : fewer;
        for (const Word* w : gone)
          if (std::any_of(kept.begin(), kept.end(),
                          [&](const Word* o) { return covered(w->bbox, o->bbox); }))
            dropped.insert(w);
      }
    }
    std::erase_if(words, [&](const Word* w) { return dropped.count(w) > 0; });
    // Rows are built from pieces of Tesseract's lines: a line follows a tilted photo's text
    // better than any horizontal band, but it may also hold two printed rows, so it is cut
    // where, left to right, a word no longer overlaps the one before it. Specks (boxes under a
    // third of the line's usual height: "-", "|", a dot) neither cut a piece nor shape it.
    auto overlap_share = [](int top_a, int bottom_a, int top_b, int bottom_b) {
      int overlap = std::min(bottom_a, bottom_b) - std::max(top_a, top_b);
      int shorter = std::max(1, std::min(bottom_a - top_a, bottom_b - top_b));
      return static_cast<double>(overlap) / shorter;
    };
    struct Piece {
      std::vector<const Word*> words;
      std::vector<int> tops, bottoms;  // of its solid words
      int top = 0, bottom = 0;         // median band
    };
    std::map<int, std::vector<const Word*>> by_line;
    for (const Word* w : words) by_line[w->line].push_back(w);
    std::vector<Piece> pieces;
    for (auto& [line, line_words] : by_line) {
      std::stable_sort(line_words.begin(), line_words.end(),
                       [](const Word* a, const Word* b) { return a->bbox.x < b->bbox.x; });
      std::vector<int> heights;
      for (const Word* w : line_words) heights.push_back(w->bbox.h);
      const int usual = Median(heights);
      const Word* previous = nullptr;  // last solid word of the current piece
      size_t first_piece = pieces.size();
      for (const Word* w : line_words) {
        const bool solid = 3 * w->bbox.h >= usual;
        if (pieces.size() == first_piece ||
            (solid && previous &&
             overlap_share(w->bbox.y, w->bbox.y + w->bbox.h, previous->bbox.y,
                           previous->bbox.y + previous->bbox.h) < 0.5)) {
          pieces.emplace_back();
          previous = nullptr;
        }
        Piece& piece = pieces.back();
        piece.words.push_back(w);
        if (solid || piece.tops.empty()) {
          piece.tops.push_back(w->bbox.y);
          piece.bottoms.push_back(w->bbox.y + w->bbox.h);
        }
        if (solid) previous = w;
      }
    }
    for (Piece& piece : pieces) {
      piece.top = Median(piece.tops);
      piece.bottom = std::max(Median(piece.bottoms), piece.top + 1);
    }
    std::sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) {
      return a.top + a.bottom < b.top + b.bottom;
    });
    // A piece joins the recent row whose band it overlaps most, by at least half of the
    // shorter of the two; the next printed row down overlaps by little or nothing.
    std::vector<std::vector<int>> tops, bottoms;  // per row, parallel to `rows`
    for (const Piece& piece : pieces) {
      int best = -1;
      double best_share = 0.5 - 1e-9;
      for (int r = static_cast<int>(rows.size()) - 1;
           r >= 0 && static_cast<int>(rows.size()) - r <= 4; --r) {
        int band_top = Median(tops[r]);
        int band_bottom = std::max(Median(bottoms[r]), band_top + 1);
        double share = overlap_share(piece.top, piece.bottom, band_top, band_bottom);
        if (share > best_share) best = r, best_share = share;
      }
      // A value set lower in its cell than its caption (a caption over a gloss in small print,
      // top-aligned, beside a value centred in the next cell) overlaps the caption's band by
      // less, but stands only in the row's gaps: it joins the row.
      for (int r = static_cast<int>(rows.size()) - 1;
           best < 0 && r >= 0 && static_cast<int>(rows.size()) - r <= 2; --r) {
        int band_top = Median(tops[r]);
        int band_bottom = std::max(Median(bottoms[r]), band_top + 1);
        if (overlap_share(piece.top, piece.bottom, band_top, band_bottom) < kLoweredValueOverlap) continue;
        const bool in_gaps = std::none_of(piece.words.begin(), piece.words.end(), [&](const Word* w) {
          return std::any_of(rows[r].words.begin(), rows[r].words.end(), [&](const Word* o) {
            return std::min(w->bbox.x + w->bbox.w, o->bbox.x + o->bbox.w) > std::max(w->bbox.x, o->bbox.x);
          });
        });
        if (in_gaps) best = r;
      }
      if (best < 0) {
        rows.emplace_back();
        tops.emplace_back();
        bottoms.emplace_back();
        best = static_cast<int>(rows.size()) - 1;
      }
      for (const Word* w : piece.words) {
        rows[best].words.push_back(w);
        rows[best].box = Union(rows[best].box, w->bbox);
      }
      tops[best].insert(tops[best].end(), piece.tops.begin(), piece.tops.end());
      bottoms[best].insert(bottoms[best].end(), piece.bottoms.begin(), piece.bottoms.end());
    }
    for (TextRow& row : rows)
      std::sort(row.words.begin(), row.words.end(),
                [](const Word* a, const Word* b) { return a->bbox.x < b->bbox.x; });
  }
  for (TextRow& row : rows) {
    row.page = page.number;
    IndexRowText(&row);
    if (!have_boxes)
      for (const Word* w : row.words) row.box = Union(row.box, w->bbox);
  }
  return rows;
}

void IndexRowText(TextRow* row) {
  row->compact.clear();
  row->original.clear();
  row->char_word.clear();
  row->jamo.clear();
  row->jamo_char.clear();
  for (size_t i = 0; i < row->words.size(); ++i) {
    for (char32_t c : DecodeUtf8(row->words[i]->text)) {
      if (IsSpace(c)) continue;
      row->compact.push_back(Fold(c));
      row->original.push_back(c);
      row->char_word.push_back(static_cast<int>(i));
      size_t before = row->jamo.size();
      AppendJamo(Fold(c), &row->jamo);
      for (size_t j = before; j < row->jamo.size(); ++j)
        row->jamo_char.push_back(static_cast<int>(row->compact.size() - 1));
    }
  }
  row->jamo_set = row->jamo;
  std::sort(row->jamo_set.begin(), row->jamo_set.end());
  row->jamo_set.erase(std::unique(row->jamo_set.begin(), row->jamo_set.end()),
                      row->jamo_set.end());
}

size_t SubstringEditDistance(std::u32string_view pattern, std::u32string_view text) {
  size_t m = pattern.size(), n = text.size();
  if (m == 0) return 0;
  std::vector<size_t> prev(n + 1, 0), cur(n + 1, 0);
  for (size_t i = 1; i <= m; ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= n; ++j)
      cur[j] = std::min({prev[j - 1] + (pattern[i - 1] == text[j - 1] ? 0 : 1), prev[j] + 1,
                         cur[j - 1] + 1});
    std::swap(prev, cur);
  }
  return *std::min_element(prev.begin(), prev.end());
}

namespace {

// Jamo OCR confuses by one short stroke (예금주 read as 에금주): substituting one for the
// other costs half an edit.
bool LookAlikeJamo(char32_t a, char32_t b) {
  static constexpr std::pair<char32_t, char32_t> kPairs[] = {
      {0x1162, 0x1164},  // ㅐ ㅒ
      {0x1166, 0x1168},  // ㅔ ㅖ
      {0x1161, 0x1163},  // ㅏ ㅑ
      {0x1165, 0x1167},  // ㅓ ㅕ
      {0x1169, 0x116D},  // ㅗ ㅛ
      {0x116E, 0x1172},  // ㅜ ㅠ
      {0x1169, 0x116E},  // ㅗ ㅜ (the stroke above or below the bar: 보고서 read 부구서)
      {0x1112, 0x110B},  // ㅎ ㅇ as initials (the strokes over the circle lost: 상호 read 상오)
      {0x110C, 0x1109},  // ㅈ ㅅ as initials (the bar over ㅅ lost: 예금주 read 예금수)
      // The short vertical stroke right of a vowel lost (예금주 read as 여금주 on a 1-bit scan).
      {0x1168, 0x1167},  // ㅖ ㅕ
      {0x1166, 0x1165},  // ㅔ ㅓ
      {0x1162, 0x1161},  // ㅐ ㅏ
      {0x1164, 0x1163},  // ㅒ ㅑ
  };
  for (auto [x, y] : kPairs)
    if ((a == x && b == y) || (a == y && b == x)) return true;
  return false;
}

// A syllable's final consonant (batchim) is a small mark OCR drops or adds alone (확인자 read
// as 화인자): in labels of three syllables or more, losing or gaining one costs half an edit.
bool FinalConsonant(char32_t c) { return c >= 0x11A8 && c <= 0x11C2; }

// Specks OCR reads between the syllables of a label ("상 . 호", "확 _ 인 자", a spaced caption
// printed out of register read "보 ~ 혐 기 > 간", "피 - 보험 자"): skipped at no cost. Not a
// colon: "상호 : 명동카페" is the label 상호 and its value, not the label 상호명.
bool Speck(char32_t c) {
  return c == U'.' || c == U',' || c == U'\'' || c == U'`' || c == U'"' || c == U'·' ||
         c == U'_' || c == U'~' || c == U'>' || c == U'<' || c == U'-';
}

// The least the edit distance of FindPhrase can be, in half edits, counting only the key's
// characters the row lacks (each must be substituted or deleted). It lets FindPhrase skip a
// row that cannot hold the key without running the distance: most rows hold no given label.
int HalfEditsAtLeast(const std::u32string& key, const std::u32string& row_set, int final_cost) {
  const auto in_row = [&](char32_t c) {
    return std::binary_search(row_set.begin(), row_set.end(), c);
  };
  int cost = 0;
  for (char32_t k : key) {
    if (in_row(k)) continue;
    if (FinalConsonant(k)) {
      cost += final_cost;
      continue;
    }
    const bool look_alike_in_row =
        std::any_of(row_set.begin(), row_set.end(), [&](char32_t t) { return LookAlikeJamo(k, t); });
    cost += look_alike_in_row ? 1 : 2;
  }
  return cost;
}

}  // namespace

double MinSimilarityFor(const std::u32string& key) {
  // Up to 3 syllables: exact but for one look-alike jamo or a lost or added final consonant,
  // since any other slip makes another word (예금주/예금자).
  if (key.size() <= 9) return 1.0 - 0.5 / static_cast<double>(key.size()) - 1e-9;
  if (key.size() <= 12) return 0.88;  // 4 syllables: one jamo slip
  return 0.8;
}

std::optional<PhraseMatch> FindPhrase(const TextRow& row, const std::u32string& key,
                                      double min_similarity, int from_char) {
  size_t offset = 0;
  while (offset < row.jamo_char.size() && row.jamo_char[offset] < from_char) ++offset;
  std::u32string_view text(row.jamo);
  text.remove_prefix(offset);
  size_t m = key.size(), n = text.size();
  if (m == 0 || n == 0) return std::nullopt;
  // Semi-global edit distance: the pattern must be matched whole, the text may start and end
  // anywhere. d[j] = best cost of matching the whole key ending at text position j, in half
  // edits (a look-alike jamo, or a final consonant lost or added, costs one half).
  // In a label of two syllables a lost final consonant makes another word (성명/서명).
  const int final_cost = m > 6 ? 1 : 2;
  const double allowed = 2.0 * static_cast<double>(m) * (1.0 - min_similarity);
  if (HalfEditsAtLeast(key, row.jamo_set, final_cost) > allowed + 1e-9) return std::nullopt;
  // Called for every label on every row: the buffers are kept, and what each text character
  // costs to skip is worked out once, not once per key character.
  thread_local std::vector<int> prev, cur, start_prev, start_cur, skip_cost;
  prev.assign(n + 1, 0);
  cur.assign(n + 1, 0);
  start_prev.resize(n + 1);
  start_cur.resize(n + 1);
  skip_cost.resize(n + 1);
  for (size_t j = 0; j <= n; ++j) start_prev[j] = static_cast<int>(j);
  for (size_t j = 1; j <= n; ++j) {
    const char32_t t = text[j - 1];
    skip_cost[j] = Speck(t) ? 0 : FinalConsonant(t) ? final_cost : 2;  // an extra text char
  }
  for (size_t i = 1; i <= m; ++i) {
    const char32_t k = key[i - 1];
    const int missing_cost = FinalConsonant(k) ? final_cost : 2;  // key char missing from the text
    cur[0] = static_cast<int>(2 * i);
    start_cur[0] = 0;
    int row_best = cur[0];
    for (size_t j = 1; j <= n; ++j) {
      const char32_t t = text[j - 1];
      int sub = prev[j - 1] + (k == t ? 0 : LookAlikeJamo(k, t) ? 1 : 2);
      int del = prev[j] + missing_cost;
      int ins = cur[j - 1] + skip_cost[j];
      if (sub <= del && sub <= ins) {
        cur[j] = sub;
        start_cur[j] = start_prev[j - 1];
      } else if (del <= ins) {
        cur[j] = del;
        start_cur[j] = start_prev[j];
      } else {
        cur[j] = ins;
        start_cur[j] = start_cur[j - 1];
      }
      row_best = std::min(row_best, cur[j]);
    }
    std::swap(prev, cur);
    std::swap(start_prev, start_cur);
    // No cost is negative, so no later row of the table does better than this one's best.
    if (row_best > allowed + 1e-9) return std::nullopt;
  }
  int best = INT_MAX;
  size_t best_end = 0;
  for (size_t j = 1; j <= n; ++j)
    if (prev[j] < best) best = prev[j], best_end = j;
  double similarity = 1.0 - static_cast<double>(best) / (2.0 * m);
  if (similarity < min_similarity) return std::nullopt;
  int jamo_start = start_prev[best_end];
  if (jamo_start >= static_cast<int>(best_end)) return std::nullopt;
  PhraseMatch match;
  match.similarity = similarity;
  match.first_char = row.jamo_char[offset + jamo_start];
  match.end_char = row.jamo_char[offset + best_end - 1] + 1;
  match.first_word = row.char_word[match.first_char];
  match.last_word = row.char_word[match.end_char - 1];
  return match;
}

std::vector<PhraseMatch> FindAllPhrases(const TextRow& row, const std::u32string& key,
                                        double min_similarity) {
  std::vector<PhraseMatch> matches;
  int from = 0;
  while (auto m = FindPhrase(row, key, min_similarity, from)) {
    matches.push_back(*m);
    from = m->end_char;
  }
  return matches;
}

}  // namespace docval
