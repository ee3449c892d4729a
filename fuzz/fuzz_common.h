// Shared set-up for the libFuzzer targets: quiet libraries and fuzz-sized ingest caps.
//
// Header-only so each target stays one translation unit. Not thread-safe (libFuzzer calls
// targets from one thread).
#pragma once

#include <leptonica/allheaders.h>

#include <cstdio>
#include <cstdlib>

#include "pipeline/ingest.h"

namespace docval::fuzz {

// Leptonica prints a line per rejected image; at thousands of inputs a second the printing
// would cost more than the decoding and bury libFuzzer's own output.
inline void SilenceLibraries() { setMsgSeverity(L_SEVERITY_NONE); }

// The production caps sized for fuzzing: an input may still declare a huge image, but the
// cap refuses it before allocation, exactly as in production, just at a lower threshold so
// accepted inputs decode in milliseconds. The cap logic itself is what gets exercised.
inline IngestOptions FuzzIngestOptions() {
  IngestOptions options;
  options.pdf_dpi = 36;
  options.text_page_render_dpi = 18;  // keeps the replicate-upscale path (36 % 18 == 0)
  options.max_pixels = 4'000'000;
  options.max_pdf_pages = 8;
  return options;
}

}  // namespace docval::fuzz

// Checks a documented contract of the code under test; a break is reported like a crash, so
// libFuzzer keeps the input. A macro so the message names the broken condition and its line.
#define DOCVAL_FUZZ_REQUIRE(condition)                                                     \
  do {                                                                                     \
    if (!(condition)) {                                                                    \
      std::fprintf(stderr, "contract broken: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
      std::abort();                                                                        \
    }                                                                                      \
  } while (false)
