// Understand: classify a read document and extract its fields (the classify → extract
// stages), in place on a ReadResult from DocumentReader.
#pragma once

#include "pipeline/classify.h"
#include "pipeline/extract.h"
#include "pipeline/knowledge.h"
#include "pipeline/ocr_engine.h"
#include "pipeline/reader.h"

namespace docval {

// Sets read->doc.doc_type, confidence and fields. `ocr` (may be null) is used for second looks.
// Returns the classification the type was taken from.
Classification UnderstandDocument(const Knowledge& knowledge, OcrEngine* ocr, ReadResult* read,
                                  const ExtractOptions& options = {});

// Whether an understood document (`cls`: what UnderstandDocument returned for it) holds all it
// needs: its pages name its type surely (by a
// title at the top of the first, or by far more evidence than for any other type), and that
// type is one recognised only ("other") or every field it checks was found surely. A policy's
// pages of terms or a ten-page agreement behind a first page that has it all then go unread.
bool HasWhatItNeeds(const Knowledge& knowledge, const Classification& cls,
                    const Document& understood);

// Reads the upload at `path` page by page until it has what it needs (the rest stay
// Page::unread), then understands it. Returns the reader's status; the document is understood
// only when that is OK.
Status ReadDocument(DocumentReader& reader, const Knowledge& knowledge, const std::string& path,
                    ReadResult* out);

}  // namespace docval
