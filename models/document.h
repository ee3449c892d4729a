// What the pipeline learns about one upload: pages, words, fields, flags.
// Plain value types; safe to copy and to hand between threads.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "models/types.h"

namespace docval {

// Pixel box in page coordinates (the upright page, at the page's dpi).
struct BBox {
  int x = 0, y = 0, w = 0, h = 0;
  bool empty() const { return w <= 0 || h <= 0; }
};

struct Word {
  std::string text;          // UTF-8
  float confidence = 0.0f;   // 0..1
  BBox bbox;
  int line = -1;             // index of the text line on its page, -1 when unknown
};

struct Page {
  int number = 1;            // 1-based
  Source source = Source::kOcr;
  int width = 0, height = 0; // pixels (for pdf_text: at `dpi`)
  int dpi = 0;
  int rotated_degrees = 0;   // clockwise turn applied to make the page upright
  float mean_brightness = -1.0f;   // 0..255 of the page image; -1 when not an image
  float mean_word_confidence = 0.0f;
  uint64_t perceptual_hash = 0;    // of the page image (re-scans match); 0 when not an image
  std::string thumbnail_png;       // downscaled page (PNG bytes) for report crops; may be empty
  int thumbnail_scale_percent = 0; // thumbnail size relative to width/height
  std::vector<Word> words;
  std::string text;          // full text, lines separated by '\n'
  // Not read: the pages before it held all the document needs (its type named by its title,
  // and every field checked found surely); `words` and `text` stay empty.
  bool unread = false;
};

struct Field {
  std::string value;         // normalised: digits for numbers, ISO dates, names as printed
  float confidence = 0.0f;   // 0..1
  int page = 0;              // 1-based; 0 when not tied to a page (XML)
  BBox bbox;
};

// One upload as the pipeline sees it.
struct Upload {
  std::string case_id;
  std::string path;          // where it was read from
  std::string file;          // as reported: "<case_id>/<relative path>"
  uint64_t size = 0;
  std::string sha256;        // hex, of the original bytes
};

struct Document {
  std::string file;
  std::string sha256;
  std::string format;        // detected container: pdf, jpeg, png, tiff, bmp, webp, gif, xml
  DocType doc_type = DocType::kUnknown;
  float confidence = 0.0f;
  Source source = Source::kOcr;
  std::vector<Page> pages;
  std::map<std::string, Field> fields;
};

// The numbers of the pages left unread (Page::unread), in order.
inline std::vector<int> UnreadPageNumbers(const Document& doc) {
  std::vector<int> numbers;
  for (const Page& p : doc.pages)
    if (p.unread) numbers.push_back(p.number);
  return numbers;
}

struct Flag {
  FlagCode code = FlagCode::kUnknownDocument;
  Severity severity = Severity::kWarning;
  std::string doc_type;      // empty when the flag is about the case
  std::string file;
  std::string field;
  std::string expected;
  std::string found;
  std::string message;       // Korean, with the figures that differ
};

}  // namespace docval
