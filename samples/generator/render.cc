#include "samples/generator/render.h"

#include <cairo-pdf.h>

#include <cmath>
#include <cstring>

#include "samples/generator/artifacts.h"
#include "samples/generator/canvas.h"
#include "samples/generator/degrade.h"
#include "samples/generator/layouts.h"

namespace docval::samplegen {

namespace {

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

Status FindLayoutFor(const DocumentSpec& spec, const Layout** layout) {
  *layout = FindLayout(spec.layout);
  if (*layout == nullptr) return Status::InvalidArgument("알 수 없는 양식: " + spec.layout);
  return Status::OK();
}

// A fixed creation date derived from the document, so PDFs carry no wall-clock time.
std::string PdfDate(const DocumentSpec& spec) {
  Date day;
  if (!Date::Parse(spec.case_data.install_date, &day)) day = Date{2026, 6, 1};
  return day.Iso() + "T09:30:00+09:00";
}

cairo_surface_t* NewPdfSurface(std::string* sink, const DocumentSpec& spec, double width_pt,
                               double height_pt) {
  cairo_surface_t* surface =
      cairo_pdf_surface_create_for_stream(AppendToString, sink, width_pt, height_pt);
  const std::string date = PdfDate(spec);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date.c_str());
  return surface;
}

ScanLook LookFor(const DocumentSpec& spec, Rng& rng) {
  ScanLook look;
  look.skew_deg = spec.skew_deg;
  look.blur_sigma = spec.dpi >= 250 ? rng.Real(0.6, 0.9) : rng.Real(0.4, 0.6);
  // Lossless screenshots and scanner PNGs carry little noise; JPEG scans some.
  look.noise_sigma = spec.container == Container::kPng ? 0.0 : rng.Real(1.5, 3.0);
  look.paper_level = static_cast<int>(rng.Int(238, 250));
  look.ink_gain = rng.Real(0.88, 0.95);
  return look;
}

// Embeds page images into a PDF as JPEG streams (DCTDecode), like a scanner's PDF.
Status ImagePdf(const DocumentSpec& spec, const std::vector<PixPtr>& pages, int quality,
                std::string* pdf) {
  const Layout* layout = nullptr;
  Status s = FindLayoutFor(spec, &layout);
  if (!s.ok()) return s;
  cairo_surface_t* surface = NewPdfSurface(pdf, spec, layout->width_pt, layout->height_pt);
  cairo_t* cr = cairo_create(surface);
  for (const PixPtr& page : pages) {
    const int width = static_cast<int>(pixGetWidth(page.get()));
    const int height = static_cast<int>(pixGetHeight(page.get()));
    l_int32 dpi = 0, unused = 0;
    pixGetResolution(page.get(), &dpi, &unused);
    const double width_pt = width * 72.0 / dpi, height_pt = height * 72.0 / dpi;
    cairo_pdf_surface_set_size(surface, width_pt, height_pt);
    std::string jpeg = EncodeJpeg(page.get(), quality);
    if (jpeg.empty()) {
      cairo_destroy(cr);
      cairo_surface_destroy(surface);
      return Status::Internal("JPEG 인코딩 실패");
    }
    cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
    // Pixels for any consumer that ignores the attached JPEG.
    unsigned char* data = cairo_image_surface_get_data(image);
    const int stride = cairo_image_surface_get_stride(image);
    const bool rgb = pixGetDepth(page.get()) == 32;
    for (int row = 0; row < height; ++row) {
      uint32_t* out = reinterpret_cast<uint32_t*>(data + static_cast<size_t>(row) * stride);
      const l_uint32* line = pixGetData(page.get()) + static_cast<size_t>(row) * pixGetWpl(page.get());
      for (int col = 0; col < width; ++col) {
        l_int32 r, g, b;
        if (rgb) {
          extractRGBValues(line[col], &r, &g, &b);
        } else {
          r = g = b = GET_DATA_BYTE(line, col);
        }
        out[col] = (static_cast<uint32_t>(r) << 16) | (static_cast<uint32_t>(g) << 8) | static_cast<uint32_t>(b);
      }
    }
    cairo_surface_mark_dirty(image);
    auto* held = new std::string(std::move(jpeg));
    cairo_surface_set_mime_data(image, CAIRO_MIME_TYPE_JPEG,
                                reinterpret_cast<const unsigned char*>(held->data()), held->size(),
                                [](void* p) { delete static_cast<std::string*>(p); }, held);
    cairo_save(cr);
    cairo_scale(cr, 72.0 / dpi, 72.0 / dpi);
    cairo_set_source_surface(cr, image, 0, 0);
    cairo_paint(cr);
    cairo_restore(cr);
    cairo_show_page(cr);
    cairo_surface_destroy(image);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) return Status::Internal("Cairo PDF 생성 실패");
  return Status::OK();
}

Status RenderImageForm(const DocumentSpec& spec, int quality, Rng& rng, RenderedDocument* out) {
  const bool photo = spec.form == Form::kPhoto;
  std::vector<PixPtr> pages;
  Status s = RenderPages(spec, spec.dpi, spec.color || photo, &pages, &out->lines);
  if (!s.ok()) return s;
  std::vector<PixPtr> degraded;
  for (PixPtr& page : pages) {
    PixPtr result;
    if (photo) {
      const bool paper = spec.doc_type != DocType::kUnknown;
      result = SimulatePhoto(page.get(), paper, spec.quality == Quality::kDark, rng);
    } else {
      result = SimulateScan(page.get(), LookFor(spec, rng), rng);
    }
    if (!result) return Status::Internal("이미지 변환 실패");
    if (spec.rotation != 0) {
      l_int32 dpi = 0, unused = 0;
      pixGetResolution(result.get(), &dpi, &unused);
      result.reset(pixRotateOrth(result.get(), spec.rotation / 90));
      if (!result) return Status::Internal("회전 실패");
      pixSetResolution(result.get(), dpi, dpi);
    }
    degraded.push_back(std::move(result));
  }
  switch (spec.container) {
    case Container::kPdf:
      return ImagePdf(spec, degraded, quality, &out->bytes);
    case Container::kJpeg: {
      // Multi-page documents photographed or scanned to JPEG keep only their first page.
      out->bytes = EncodeJpeg(degraded[0].get(), quality);
      out->lines.resize(1);
      break;
    }
    case Container::kPng:
      out->bytes = EncodePng(degraded[0].get());
      out->lines.resize(1);
      break;
    case Container::kTiff: {
      // Document scanners write TIFF in black and white (CCITT G4).
      std::vector<PixPtr> bilevel;
      std::vector<PIX*> raw;
      for (PixPtr& page : degraded) {
        PixPtr gray(pixGetDepth(page.get()) == 32 ? pixConvertRGBToLuminance(page.get())
                                                  : pixClone(page.get()));
        bilevel.emplace_back(pixThresholdToBinary(gray.get(), 150));
        if (!bilevel.back()) return Status::Internal("이진화 실패");
        pixCopyResolution(bilevel.back().get(), page.get());
        raw.push_back(bilevel.back().get());
      }
      out->bytes = EncodeTiff(raw);
      break;
    }
    case Container::kXml:
    case Container::kHtml:
    case Container::kZip:
      return Status::InvalidArgument("이미지 형식이 아닌 컨테이너");
  }
  if (out->bytes.empty()) return Status::Internal("이미지 인코딩 실패");
  return Status::OK();
}

}  // namespace

Status RenderPages(const DocumentSpec& spec, int dpi, bool color, std::vector<PixPtr>* pages,
                   std::vector<std::vector<std::string>>* lines) {
  const Layout* layout = nullptr;
  Status s = FindLayoutFor(spec, &layout);
  if (!s.ok()) return s;
  const double scale = dpi / 72.0;
  const int width = static_cast<int>(std::lround(layout->width_pt * scale));
  const int height = static_cast<int>(std::lround(layout->height_pt * scale));
  Rng rng(spec.render_seed);
  pages->clear();
  lines->clear();
  for (int page = 0; page < layout->pages; ++page) {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
      cairo_surface_destroy(surface);
      return Status::Internal("Cairo 이미지 표면을 만들 수 없습니다");
    }
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, scale, scale);
    {
      PageCanvas canvas(cr, spec.font, layout->width_pt, layout->height_pt);
      layout->draw(canvas, spec, page, rng);
      lines->push_back(canvas.TakeLines());
    }
    cairo_destroy(cr);
    PixPtr pix = SurfaceToPix(surface, color);
    cairo_surface_destroy(surface);
    if (!pix) return Status::Internal("PIX를 만들 수 없습니다");
    pixSetResolution(pix.get(), dpi, dpi);
    pages->push_back(std::move(pix));
  }
  return Status::OK();
}

Status RenderTextPdf(const DocumentSpec& spec, std::string* pdf,
                     std::vector<std::vector<std::string>>* lines) {
  const Layout* layout = nullptr;
  Status s = FindLayoutFor(spec, &layout);
  if (!s.ok()) return s;
  Rng rng(spec.render_seed);
  pdf->clear();
  lines->clear();
  cairo_surface_t* surface = NewPdfSurface(pdf, spec, layout->width_pt, layout->height_pt);
  cairo_t* cr = cairo_create(surface);
  for (int page = 0; page < layout->pages; ++page) {
    {
      PageCanvas canvas(cr, spec.font, layout->width_pt, layout->height_pt);
      layout->draw(canvas, spec, page, rng);
      lines->push_back(canvas.TakeLines());
    }
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) return Status::Internal("Cairo PDF 생성 실패");
  return Status::OK();
}

Status RenderDocument(const DocumentSpec& spec, int jpeg_quality, RenderedDocument* out) {
  out->bytes.clear();
  out->lines.clear();
  // A separate stream from the layout's, so degrading never changes what is drawn.
  Rng rng(spec.render_seed ^ 0x5ca77e2d0c5eedULL);
  Status s;
  switch (spec.broken) {
    case Broken::kEmpty:
      return Status::OK();
    case Broken::kHtml:
      out->bytes = SavedWebPage(spec);
      return Status::OK();
    case Broken::kZip: {
      std::string pdf;
      std::vector<std::vector<std::string>> unused;
      DocumentSpec inner = spec;
      inner.layout = std::string(LayoutsFor(spec.doc_type)[0]->name);
      inner.font = DocumentFonts()[0];
      s = RenderTextPdf(inner, &pdf, &unused);
      if (!s.ok()) return s;
      out->bytes = ZipArchive("스캔본.pdf", pdf);
      return Status::OK();
    }
    case Broken::kNone:
    case Broken::kTruncated:
    case Broken::kEncrypted:
      break;
  }
  if (spec.form == Form::kXml) {
    out->bytes = TaxInvoiceXml(spec, rng);
  } else if (spec.form == Form::kPdfText) {
    s = RenderTextPdf(spec, &out->bytes, &out->lines);
  } else {
    s = RenderImageForm(spec, jpeg_quality, rng, out);
  }
  if (!s.ok()) return s;
  if (spec.broken == Broken::kTruncated) {
    out->bytes = Truncate(out->bytes, rng.Real(0.45, 0.55));
    out->lines.clear();
  } else if (spec.broken == Broken::kEncrypted) {
    std::string encrypted;
    s = EncryptPdf(out->bytes, std::to_string(rng.Int(1000, 9999)), rng, &encrypted);
    if (!s.ok()) return s;
    out->bytes = std::move(encrypted);
    out->lines.clear();
  }
  return Status::OK();
}

}  // namespace docval::samplegen
