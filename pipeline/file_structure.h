// File structure walks used by ingest before any decoder runs.
//
// Decoders are forgiving in ways we must not be: libjpeg fills a cut-off JPEG with grey and
// only warns, Poppler reconstructs a cut-off PDF. These walks read just the container
// structure (markers, chunks, blocks, IFDs) to tell a complete file from a truncated one, and
// report image sizes the decoders would only learn after allocating pixels (GIF, every TIFF
// page). They never read pixel data, never allocate in proportion to declared sizes, and are
// safe on arbitrary bytes. Pure functions, thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace docval {

enum class FileEnding {
  kComplete,   // the structure reaches its end marker inside the bytes
  kTruncated,  // a segment/chunk/strip runs past the end, or the end marker is missing
  kMalformed,  // the structure is not what the format says; let the decoder judge
};

// Walks JPEG segments and entropy-coded data up to EOI (an EXIF thumbnail's EOI inside APP1
// does not count). Bytes after EOI are ignored; stray bytes between segments are skipped as
// libjpeg does.
FileEnding CheckJpegEnding(std::string_view bytes);
// Walks PNG chunks up to IEND.
FileEnding CheckPngEnding(std::string_view bytes);
// RIFF (WebP): the declared RIFF size must fit in the bytes.
FileEnding CheckRiffEnding(std::string_view bytes);
// BMP: the declared file size (when not 0) and the pixel offset must fit in the bytes.
FileEnding CheckBmpEnding(std::string_view bytes);
// PDF: "%%EOF" within the last 1 KiB.
bool PdfHasEofMarker(std::string_view bytes);

struct GifLayout {
  FileEnding ending = FileEnding::kMalformed;
  int width = 0, height = 0;  // the logical screen, grown to cover every frame
  int frames = 0;
};
// Walks GIF blocks up to the trailer (0x3B).
GifLayout ScanGif(std::string_view bytes);

struct TiffPageSize {
  long long width = 0, height = 0;
};
struct TiffLayout {
  FileEnding ending = FileEnding::kMalformed;
  std::vector<TiffPageSize> pages;  // every IFD in the chain, in order
};
// Walks the IFD chain of a classic TIFF (BigTIFF gives kMalformed: leave it to libtiff),
// checking that each IFD and every strip/tile lies inside the bytes. Stops collecting after
// `max_pages` + 1 pages so a looping or huge chain costs little.
TiffLayout ScanTiff(std::string_view bytes, size_t max_pages);

// Entry names of a ZIP archive: from the central directory when the end record is present,
// else (a cut-off archive) from the local file headers found walking from the start.
std::vector<std::string> ZipEntryNames(std::string_view bytes);

// Whether `bytes` contain `ascii` encoded as UTF-16LE (OLE2 directory entry names are).
bool ContainsUtf16Le(std::string_view bytes, std::string_view ascii);

}  // namespace docval
