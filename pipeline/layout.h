// Layout: the words of a page regrouped into visual rows (by their boxes, not by Tesseract's
// line ids, which split table rows into cell-sized blocks), plus OCR-tolerant phrase search
// inside a row (approximate substring match over Hangul jamo, so a one-stroke OCR slip such
// as 갑/감 costs one jamo, not a whole syllable).
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "models/document.h"

namespace docval {

struct TextRow {
  int page = 1;
  std::vector<const Word*> words;  // left to right; pointers into the Page's words
  std::u32string compact;          // the row's characters without spaces, lower-cased ASCII
  std::u32string original;         // the same characters as printed (for values)
  std::vector<int> char_word;      // compact index → index into `words`
  std::u32string jamo;             // `compact` with Hangul syllables decomposed
  std::vector<int> jamo_char;      // jamo index → compact index
  std::u32string jamo_set;         // the distinct characters of `jamo`, sorted
  BBox box;                        // union of the word boxes
};

// Removes a background pattern's words: a security tint or watermark tiled over the page
// ("COPY 사본" in rows and columns behind a bankbook copy) lands in a text layer and in OCR
// between the form's words. A text counts as pattern when it is repeated all over the page,
// in many columns and many rows; a table's column of the same word is not.
void DropBackgroundPattern(Page* page);

// Rows in reading order (top to bottom). Words must outlive the rows.
std::vector<TextRow> BuildRows(const Page& page);

// Fills a row's character indexes (compact, original, char_word, jamo, jamo_char, jamo_set) from its
// words; after its words change (a part of the row re-read).
void IndexRowText(TextRow* row);

// A row's words in runs split at gaps of at least `gap`: a table row's columns, a heading's
// parts. Each run is its first and last index into `row.words`, inclusive.
std::vector<std::pair<int, int>> ColumnRuns(const TextRow& row, int gap);

// `text` without spaces, decomposed to jamo, lower-cased ASCII: the form phrases are matched in.
std::u32string MatchKey(std::string_view text);

struct PhraseMatch {
  int first_word = 0, last_word = 0;  // indices into TextRow::words, inclusive
  int first_char = 0, end_char = 0;   // compact indices, [first, end)
  double similarity = 0.0;            // 1 − edits / pattern jamo length
};

// Best approximate occurrence of `key` (a MatchKey) in `row` at or after compact index
// `from_char`, if at least `min_similarity`. Exact occurrences win ties; among equals the
// leftmost.
std::optional<PhraseMatch> FindPhrase(const TextRow& row, const std::u32string& key,
                                      double min_similarity, int from_char = 0);

// Every non-overlapping occurrence of `key` in `row`, left to right (a side-by-side form
// prints the same label once per column: "등록번호 … 등록번호 …").
std::vector<PhraseMatch> FindAllPhrases(const TextRow& row, const std::u32string& key,
                                        double min_similarity);

// The minimum similarity a phrase needs: short phrases must match exactly but for one
// look-alike jamo (ㅔ/ㅖ, ㅗ/ㅜ, ㅎ/ㅇ), since any other edit in a 2-syllable label is a
// different word. Specks between syllables ("상 . 호") cost nothing.
double MinSimilarityFor(const std::u32string& key);

BBox Union(const BBox& a, const BBox& b);
// The area two boxes share; 0 when they do not overlap.
long long IntersectionArea(const BBox& a, const BBox& b);

// The middle of `values` (the upper of the two middle ones of an even count): a page's or a
// line's usual letter height. `values` must not be empty.
template <typename T>
T Median(std::vector<T> values) {
  std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
  return values[values.size() / 2];
}

// Fewest edits that turn `pattern` into some substring of `text` (code points).
size_t SubstringEditDistance(std::u32string_view pattern, std::u32string_view text);

}  // namespace docval
