// libFuzzer target: the path an XML upload takes, without OCR.
//
// ingest (format sniffing, the DTD/XXE refusal, libxml2 parsing, the depth-capped walk that
// turns text nodes into words) → classify by root element and words → XPath extraction of the
// NTS e-tax invoice fields (UnderstandDocument with no OCR engine). Inputs that ingest does not
// take as XML stop after sniffing, so the fuzzer's effort stays on XML.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <utility>

#include "fuzz/fuzz_common.h"
#include "pipeline/ingest.h"
#include "pipeline/knowledge.h"
#include "pipeline/reader.h"
#include "pipeline/understand.h"

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  docval::fuzz::SilenceLibraries();
  (void)docval::Knowledge::Default();  // load the doctype XML once, outside the timed runs
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace docval;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (SniffFormat(bytes.substr(0, 1024)) != FileFormat::kXml) return 0;
  IngestedFile file;
  if (!IngestBytes(bytes, fuzz::FuzzIngestOptions(), &file).ok()) return 0;
  DOCVAL_FUZZ_REQUIRE(file.format == FileFormat::kXml && file.xml == bytes);

  // The same hand-over DocumentReader::Read does for an XML upload.
  ReadResult read;
  read.doc.source = Source::kXml;
  read.doc.format = std::string(ToString(file.format));
  read.xml = std::move(file.xml);
  for (IngestedPage& in : file.pages) {
    Page page;
    page.number = in.number;
    page.source = in.source;
    page.words = std::move(in.words);
    page.text = std::move(in.text);
    read.doc.pages.push_back(std::move(page));
    read.images.emplace_back();
    read.grids.emplace_back();
  }
  UnderstandDocument(Knowledge::Default(), /*ocr=*/nullptr, &read);
  return 0;
}
