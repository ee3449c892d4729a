// libFuzzer target: PDF ingest through Poppler (no OCR).
//
// Inputs go through IngestBytes as an upload would: the %%EOF truncation check, loading,
// the encryption and page-count refusals, text-layer extraction and line grouping, and the
// rasterisation of image-only pages (at a low dpi, see FuzzIngestOptions). Inputs not sniffed
// as PDF are skipped so the effort stays on PDF. The checks below are ingest's documented
// output shape: every page has a number in order and an image of the promised depth.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz/fuzz_common.h"
#include "pipeline/ingest.h"

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  docval::fuzz::SilenceLibraries();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace docval;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (SniffFormat(bytes.substr(0, 1024)) != FileFormat::kPdf) return 0;
  const IngestOptions options = fuzz::FuzzIngestOptions();
  IngestedFile file;
  const Status status = IngestBytes(bytes, options, &file);
  if (!status.ok()) {
    DOCVAL_FUZZ_REQUIRE(file.pages.empty());
    return 0;
  }
  DOCVAL_FUZZ_REQUIRE(!file.pages.empty() &&
                      file.pages.size() <= static_cast<size_t>(options.max_pdf_pages));
  int expected_number = 1;
  for (const IngestedPage& page : file.pages) {
    DOCVAL_FUZZ_REQUIRE(page.number == expected_number++);
    DOCVAL_FUZZ_REQUIRE(page.source != Source::kOcr || page.image != nullptr);
    DOCVAL_FUZZ_REQUIRE(page.image == nullptr || pixGetDepth(page.image.get()) == 8 ||
                        pixGetDepth(page.image.get()) == 32);
  }
  return 0;
}
