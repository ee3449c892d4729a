// libFuzzer target: image ingest (JPEG, PNG, TIFF incl. multi-page, BMP, WebP, GIF, and the
// JPEG 2000/PNM formats ingest also hands to Leptonica), no OCR.
//
// Covers our structure walks (JPEG markers, PNG chunks, RIFF/BMP sizes, GIF blocks, TIFF IFD
// chains), the header-based pixel cap, decoding, depth normalisation and the EXIF turn. Inputs
// not sniffed as one of these images are skipped. Checked besides sanitizer findings: an
// accepted image is within the pixel cap and of depth 1, 8 or 32 (ingest's promise).
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
  switch (SniffFormat(bytes.substr(0, 1024))) {
    case FileFormat::kJpeg: case FileFormat::kPng: case FileFormat::kTiff:
    case FileFormat::kBmp: case FileFormat::kWebp: case FileFormat::kGif:
    case FileFormat::kJp2: case FileFormat::kPnm:
      break;
    default:
      return 0;
  }
  const IngestOptions options = fuzz::FuzzIngestOptions();
  IngestedFile file;
  if (!IngestBytes(bytes, options, &file).ok()) {
    DOCVAL_FUZZ_REQUIRE(file.pages.empty());
    return 0;
  }
  DOCVAL_FUZZ_REQUIRE(!file.pages.empty());
  for (const IngestedPage& page : file.pages) {
    PIX* pix = page.image.get();
    DOCVAL_FUZZ_REQUIRE(pix != nullptr);
    const int depth = pixGetDepth(pix);
    DOCVAL_FUZZ_REQUIRE(depth == 1 || depth == 8 || depth == 32);
    DOCVAL_FUZZ_REQUIRE(static_cast<int64_t>(pixGetWidth(pix)) * pixGetHeight(pix) <=
                        options.max_pixels);
  }
  return 0;
}
