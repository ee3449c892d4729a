// SHA-256 of a file's bytes, read in fixed-size chunks (never the whole file in memory): the
// read-cache key, computed for every upload on every run, so it must be cheap.
#pragma once

#include <string>

#include "models/status.h"

namespace docval {

// Lowercase hex, identical to Sha256Hex (pipeline/ingest.h) of the same bytes.
// kIOError when the file cannot be opened or read; *hex is untouched then.
Status Sha256File(const std::string& path, std::string* hex);

}  // namespace docval
