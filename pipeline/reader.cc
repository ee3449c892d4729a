#include "pipeline/reader.h"

namespace docval {

DocumentReader::DocumentReader(ReaderOptions options)
    : options_(std::move(options)), ocr_(options_.ocr) {}

Status DocumentReader::Init() { return ocr_.Init(); }

Status DocumentReader::Read(const std::string& path, ReadResult* out) {
  *out = ReadResult();
  IngestedFile file;
  Status s = IngestFile(path, options_.ingest, &file);
  out->doc.sha256 = file.sha256;
  out->doc.format = std::string(ToString(file.format));
  if (!s.ok()) return s;
  out->xml = std::move(file.xml);

  bool all_text = true;
  for (IngestedPage& in : file.pages) {
    Page page;
    page.number = in.number;
    page.source = in.source;
    page.dpi = in.dpi;
    page.width = in.width;
    page.height = in.height;
    PageImage kept;
    kept.dpi = in.dpi;
    if (in.source == Source::kOcr && in.image) {
      OcrResult ocr;
      Status r = ocr_.Read(in.image.get(), in.dpi, &ocr);
      if (r.code() == Status::Code::kDeadlineExceeded) {
        out->notes.push_back(std::to_string(in.number) + "쪽: " + r.message());
      } else if (!r.ok()) {
        return r;
      }
      page.words = std::move(ocr.words);
      page.text = std::move(ocr.text);
      page.rotated_degrees = (in.exif_rotated_degrees + ocr.rotated_degrees) % 360;
      page.width = pixGetWidth(ocr.upright.get());
      page.height = pixGetHeight(ocr.upright.get());
      kept.image = std::move(ocr.upright);
      all_text = false;
    } else {
      page.words = std::move(in.words);
      page.text = std::move(in.text);
      if (in.source != Source::kPdfText) all_text = false;
    }
    out->doc.pages.push_back(std::move(page));
    out->images.push_back(std::move(kept));
  }
  if (file.format == FileFormat::kXml)
    out->doc.source = Source::kXml;
  else
    out->doc.source = all_text ? Source::kPdfText : Source::kOcr;
  return Status::OK();
}

}  // namespace docval
