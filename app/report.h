// Report: the last stage. report.json per CONTRACT.md and a self-contained report.html.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "app/batch.h"
#include "models/status.h"

namespace docval {

// Current local time as ISO 8601 with offset, e.g. "2026-11-21T03:00:00+09:00".
std::string NowIso8601();

// Standard base64 (RFC 4648, with padding) of `bytes`, for data: URLs.
std::string Base64Encode(std::string_view bytes);

nlohmann::json CaseToJson(const CaseOutcome& c);
nlohmann::json ReportToJson(const BatchResult& result, const std::string& generated_at);
// One self-contained page: every text HTML-escaped; next to each flag that names a file, an
// inline PNG (data: URL) cut from the page thumbnail (Page::thumbnail_png) — the flagged
// field's box with a margin, or a small view of the whole page for flags about the page
// (LOW_QUALITY, UNKNOWN_DOCUMENT, SIGNATURE_MISSING, a page_image duplicate). No image when the
// page has no thumbnail (text-layer PDFs, XML) or it cannot be decoded.
std::string ReportToHtml(const BatchResult& result, const std::string& generated_at);

// Writes OUTDIR/report.json and OUTDIR/report.html (creating OUTDIR), each through a
// temporary file renamed into place so a reader never sees half a report.
Status WriteReports(const BatchResult& result, const std::string& out_dir);

}  // namespace docval
