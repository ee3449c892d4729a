// The JSON form of a Document in the read cache, and the text forms of model enums the
// database stores. Shared by every Store implementation.
//
// The cached form keeps everything validation and reports use, page details included
// (size, dpi, turn, brightness, word confidence, perceptual hash, thumbnail, the words and
// text), so a document from the cache validates and reports exactly like a freshly read one.
// A new Document or Page member must be added here too, and kPipelineVersion bumped. It leaves out `file` and `sha256`: the
// same bytes can arrive under any name, and the caller knows both.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "models/document.h"
#include "models/status.h"

namespace docval {

enum class Thumbnails {
  kInline,    // in the JSON, base64 (one message between processes)
  kSeparate,  // left out: stored apart with EncodeThumbnails
};

std::string EncodeCachedDocument(const Document& doc, Thumbnails thumbnails = Thumbnails::kInline);
// kCorruption when `json` is not a document this codec wrote.
Status DecodeCachedDocument(std::string_view json, Document* doc);

// The pages' thumbnails as text apart from the JSON: base64 per page, "-" for none, separated
// by spaces. A JSON parser reads long strings a character at a time; inside the document they
// took half of an unchanged re-run. AttachThumbnails puts them back on a decoded document's
// pages (kCorruption for text EncodeThumbnails did not write).
std::string EncodeThumbnails(const Document& doc);
Status AttachThumbnails(std::string_view text, Document* doc);

std::optional<Source> ParseSource(std::string_view name);
std::optional<Severity> ParseSeverity(std::string_view name);

}  // namespace docval
