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

std::string EncodeCachedDocument(const Document& doc);
// kCorruption when `json` is not a document this codec wrote.
Status DecodeCachedDocument(std::string_view json, Document* doc);

std::optional<Source> ParseSource(std::string_view name);
std::optional<Severity> ParseSeverity(std::string_view name);

}  // namespace docval
