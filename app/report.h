// Report: the last stage. report.json per CONTRACT.md and a self-contained report.html.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "app/batch.h"
#include "models/status.h"

namespace docval {

// Current local time as ISO 8601 with offset, e.g. "2026-11-21T03:00:00+09:00".
std::string NowIso8601();

nlohmann::json CaseToJson(const CaseOutcome& c);
nlohmann::json ReportToJson(const BatchResult& result, const std::string& generated_at);
std::string ReportToHtml(const BatchResult& result, const std::string& generated_at);

// Writes OUTDIR/report.json and OUTDIR/report.html (creating OUTDIR), each through a
// temporary file renamed into place so a reader never sees half a report.
Status WriteReports(const BatchResult& result, const std::string& out_dir);

}  // namespace docval
