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
void UnderstandDocument(const Knowledge& knowledge, OcrEngine* ocr, ReadResult* read,
                        const ExtractOptions& options = {});

}  // namespace docval
