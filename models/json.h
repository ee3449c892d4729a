// JSON forms of the model types, in the shapes CONTRACT.md gives for report.json.
#pragma once

#include <nlohmann/json.hpp>

#include "models/document.h"

namespace docval {

nlohmann::json ToJson(const BBox& box);        // [x, y, w, h]
nlohmann::json ToJson(const Word& word);
nlohmann::json ToJson(const Page& page, bool with_words);
nlohmann::json ToJson(const Field& field);
nlohmann::json ToJson(const Flag& flag);
// The report.json document entry; `with_pages` adds the per-page words and text (inspect).
nlohmann::json ToJson(const Document& doc, bool with_pages);

}  // namespace docval
