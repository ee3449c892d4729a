// Rendering one planned upload into the bytes of its file, plus the text it shows.
//
// Pages are drawn by the document's layout (layouts.h) on a Cairo PDF surface (pdf_text: a real
// text layer) or on a Cairo image surface at the spec's dpi, converted to a Leptonica PIX,
// degraded with OpenCV (degrade.h) and encoded by Leptonica. Broken uploads are derived from a
// rendered file (truncated, encrypted) or made directly (empty, html, zip).
// Failure: InvalidArgument for a spec naming an unknown layout, Internal when Cairo, Leptonica or
// qpdf fail. Deterministic: same spec and options, same bytes. Thread-compatible.
#pragma once

#include <string>
#include <vector>

#include "models/status.h"
#include "pipeline/pix.h"
#include "samples/generator/documents.h"

namespace docval::samplegen {

struct RenderedDocument {
  std::string bytes;                            // the file's content
  std::vector<std::vector<std::string>> lines;  // printed text lines, per page, reading order
};

Status RenderDocument(const DocumentSpec& spec, int jpeg_quality, RenderedDocument* out);

// The document's pages drawn clean and upright at `dpi` (8 bpp grey, or 32 bpp RGB when `color`),
// with the printed lines of each page. For OCR tests that want a page without scan effects.
Status RenderPages(const DocumentSpec& spec, int dpi, bool color, std::vector<PixPtr>* pages,
                   std::vector<std::vector<std::string>>* lines);

// The document as a born-digital PDF with a text layer (what the pdf_text form writes).
Status RenderTextPdf(const DocumentSpec& spec, std::string* pdf,
                     std::vector<std::vector<std::string>>* lines);

}  // namespace docval::samplegen
