#include "pipeline/file_structure.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <unordered_set>

namespace docval {
namespace {

uint8_t Byte(std::string_view b, size_t at) { return static_cast<uint8_t>(b[at]); }
uint32_t U16Be(std::string_view b, size_t at) { return (Byte(b, at) << 8) | Byte(b, at + 1); }
uint32_t U32Be(std::string_view b, size_t at) {
  return (U16Be(b, at) << 16) | U16Be(b, at + 2);
}
uint32_t U16Le(std::string_view b, size_t at) { return Byte(b, at) | (Byte(b, at + 1) << 8); }
uint32_t U32Le(std::string_view b, size_t at) {
  return U16Le(b, at) | (U16Le(b, at + 2) << 16);
}

bool IsRestartMarker(uint8_t m) { return m >= 0xD0 && m <= 0xD7; }

// Skips GIF data sub-blocks (size byte, data, ..., 0). Returns false when they run past the end.
bool SkipGifSubBlocks(std::string_view b, size_t* p) {
  while (true) {
    if (*p >= b.size()) return false;
    size_t len = Byte(b, (*p)++);
    if (len == 0) return true;
    *p += len;
  }
}

// Reads TIFF header fields in the file's byte order.
struct TiffReader {
  std::string_view b;
  bool little_endian;
  uint32_t U16(size_t at) const { return little_endian ? U16Le(b, at) : U16Be(b, at); }
  uint32_t U32(size_t at) const { return little_endian ? U32Le(b, at) : U32Be(b, at); }
};

// An array-valued IFD entry (SHORT or LONG values), located and bounds-checked.
struct TiffArray {
  bool present = false;
  size_t at = 0;       // where the values start
  uint32_t type = 0;   // 3 SHORT, 4 LONG
  uint32_t count = 0;
};

size_t TiffTypeSize(uint32_t type) {
  switch (type) {
    case 1: case 2: case 6: case 7: return 1;
    case 3: case 8: return 2;
    case 4: case 9: case 11: case 13: return 4;
    case 5: case 10: case 12: return 8;
    default: return 0;
  }
}

}  // namespace

FileEnding CheckJpegEnding(std::string_view b) {
  const size_t n = b.size();
  if (n < 4 || Byte(b, 0) != 0xFF || Byte(b, 1) != 0xD8) return FileEnding::kMalformed;
  size_t p = 2;
  while (true) {
    // libjpeg skips stray bytes before a marker with a warning; do the same.
    while (p < n && Byte(b, p) != 0xFF) ++p;
    while (p < n && Byte(b, p) == 0xFF) ++p;  // fill bytes
    if (p >= n) return FileEnding::kTruncated;
    const uint8_t marker = Byte(b, p++);
    if (marker == 0xD9) return FileEnding::kComplete;
    if (marker == 0x01 || IsRestartMarker(marker)) continue;  // no length field
    if (p + 2 > n) return FileEnding::kTruncated;
    const size_t length = U16Be(b, p);
    if (length < 2) return FileEnding::kMalformed;
    if (p + length > n) return FileEnding::kTruncated;
    p += length;
    if (marker != 0xDA) continue;
    // Entropy-coded data after SOS: 0xFF is followed by 0x00 (stuffing), a restart marker,
    // or the next real marker.
    while (true) {
      const void* ff = std::memchr(b.data() + p, 0xFF, n - p);
      if (ff == nullptr) return FileEnding::kTruncated;
      p = static_cast<const char*>(ff) - b.data();
      if (p + 1 >= n) return FileEnding::kTruncated;
      const uint8_t next = Byte(b, p + 1);
      if (next == 0x00 || IsRestartMarker(next)) {
        p += 2;
      } else if (next == 0xFF) {
        p += 1;
      } else {
        break;
      }
    }
  }
}

FileEnding CheckPngEnding(std::string_view b) {
  static constexpr char kSignature[] = "\x89PNG\r\n\x1a\n";
  if (b.size() < 8 || b.substr(0, 8) != std::string_view(kSignature, 8)) return FileEnding::kMalformed;
  size_t p = 8;
  while (true) {
    if (p + 12 > b.size()) return FileEnding::kTruncated;
    const uint64_t length = U32Be(b, p);
    if (length > 0x7FFFFFFFu) return FileEnding::kMalformed;
    if (p + 12 + length > b.size()) return FileEnding::kTruncated;
    if (b.substr(p + 4, 4) == "IEND") return FileEnding::kComplete;
    p += 12 + length;
  }
}

FileEnding CheckRiffEnding(std::string_view b) {
  if (b.size() < 12 || b.substr(0, 4) != "RIFF") return FileEnding::kMalformed;
  return uint64_t{U32Le(b, 4)} + 8 > b.size() ? FileEnding::kTruncated : FileEnding::kComplete;
}

FileEnding CheckBmpEnding(std::string_view b) {
  if (b.size() < 14 || b.substr(0, 2) != "BM") return FileEnding::kMalformed;
  const uint32_t declared_size = U32Le(b, 2);  // some writers leave it 0
  const uint32_t pixel_offset = U32Le(b, 10);
  if (declared_size > b.size() || pixel_offset >= b.size()) return FileEnding::kTruncated;
  return FileEnding::kComplete;
}

bool PdfHasEofMarker(std::string_view b) {
  const size_t window = std::min<size_t>(b.size(), 1024);
  return b.substr(b.size() - window).find("%%EOF") != std::string_view::npos;
}

GifLayout ScanGif(std::string_view b) {
  GifLayout out;
  if (b.size() < 13 || (b.substr(0, 6) != "GIF87a" && b.substr(0, 6) != "GIF89a")) return out;
  out.width = U16Le(b, 6);
  out.height = U16Le(b, 8);
  const uint8_t screen_flags = Byte(b, 10);
  size_t p = 13;
  if (screen_flags & 0x80) p += 3u << ((screen_flags & 7) + 1);
  while (true) {
    if (p >= b.size()) {
      out.ending = FileEnding::kTruncated;
      return out;
    }
    const uint8_t introducer = Byte(b, p++);
    if (introducer == 0x3B) {
      out.ending = FileEnding::kComplete;
      return out;
    }
    if (introducer == 0x21) {  // extension: label, then sub-blocks
      ++p;
      if (!SkipGifSubBlocks(b, &p)) {
        out.ending = FileEnding::kTruncated;
        return out;
      }
    } else if (introducer == 0x2C) {  // image descriptor
      if (p + 9 > b.size()) {
        out.ending = FileEnding::kTruncated;
        return out;
      }
      out.width = std::max<int>(out.width, U16Le(b, p) + U16Le(b, p + 4));
      out.height = std::max<int>(out.height, U16Le(b, p + 2) + U16Le(b, p + 6));
      const uint8_t image_flags = Byte(b, p + 8);
      p += 9;
      if (image_flags & 0x80) p += 3u << ((image_flags & 7) + 1);
      ++p;  // LZW minimum code size
      if (!SkipGifSubBlocks(b, &p)) {
        out.ending = FileEnding::kTruncated;
        return out;
      }
      ++out.frames;
    } else {
      out.ending = FileEnding::kMalformed;
      return out;
    }
  }
}

TiffLayout ScanTiff(std::string_view b, size_t max_pages) {
  TiffLayout out;
  if (b.size() < 8) return out;
  const TiffReader r{b, b.substr(0, 2) == "II"};
  if (!r.little_endian && b.substr(0, 2) != "MM") return out;
  if (r.U16(2) != 42) return out;  // 43 = BigTIFF: left to libtiff
  const size_t n = b.size();
  std::unordered_set<uint32_t> visited;
  uint32_t ifd = r.U32(4);
  while (ifd != 0) {
    if (!visited.insert(ifd).second) return out;  // a loop in the chain: malformed
    if (out.pages.size() > max_pages) break;
    if (uint64_t{ifd} + 2 > n) {
      out.ending = FileEnding::kTruncated;
      return out;
    }
    const uint32_t entries = r.U16(ifd);
    const uint64_t entries_end = uint64_t{ifd} + 2 + uint64_t{entries} * 12;
    if (entries_end + 4 > n) {
      out.ending = FileEnding::kTruncated;
      return out;
    }
    TiffPageSize page;
    TiffArray offsets, byte_counts;
    for (uint32_t i = 0; i < entries; ++i) {
      const size_t e = ifd + 2 + size_t{i} * 12;
      const uint32_t tag = r.U16(e), type = r.U16(e + 2), count = r.U32(e + 4);
      const size_t type_size = TiffTypeSize(type);
      const uint64_t value_bytes = uint64_t{count} * type_size;
      size_t values_at = e + 8;
      if (value_bytes > 4) {
        values_at = r.U32(e + 8);
        if (values_at + value_bytes > n) {
          out.ending = FileEnding::kTruncated;
          return out;
        }
      }
      if ((type != 3 && type != 4) || count == 0) continue;
      const uint32_t first = type == 3 ? r.U16(values_at) : r.U32(values_at);
      TiffArray array{true, values_at, type, count};
      switch (tag) {
        case 256: page.width = first; break;
        case 257: page.height = first; break;
        case 273: case 324: offsets = array; break;
        case 279: case 325: byte_counts = array; break;
        default: break;
      }
    }
    if (offsets.present && byte_counts.present) {
      const uint32_t count = std::min(offsets.count, byte_counts.count);
      for (uint32_t i = 0; i < count; ++i) {
        const uint64_t start = offsets.type == 3 ? r.U16(offsets.at + 2 * i)
                                                 : r.U32(offsets.at + 4 * i);
        const uint64_t length = byte_counts.type == 3 ? r.U16(byte_counts.at + 2 * i)
                                                      : r.U32(byte_counts.at + 4 * i);
        if (start + length > n) {
          out.ending = FileEnding::kTruncated;
          return out;
        }
      }
    }
    out.pages.push_back(page);
    ifd = r.U32(entries_end);
  }
  out.ending = out.pages.empty() ? FileEnding::kMalformed : FileEnding::kComplete;
  return out;
}

std::vector<std::string> ZipEntryNames(std::string_view b) {
  constexpr size_t kEndRecordSize = 22;
  constexpr size_t kMaxEntries = 65535;
  std::vector<std::string> names;
  const size_t n = b.size();
  // The end-of-central-directory record sits in the last 22 bytes plus up to 64 KiB of comment.
  size_t end_record = std::string_view::npos;
  if (n >= kEndRecordSize) {
    const size_t lowest = n > kEndRecordSize + 65535 ? n - kEndRecordSize - 65535 : 0;
    for (size_t p = n - kEndRecordSize + 1; p-- > lowest;) {
      if (b.substr(p, 4) == "PK\x05\x06") {
        end_record = p;
        break;
      }
    }
  }
  if (end_record != std::string_view::npos) {
    const uint32_t entries = U16Le(b, end_record + 10);
    size_t p = U32Le(b, end_record + 16);
    for (uint32_t i = 0; i < entries && p + 46 <= n; ++i) {
      if (b.substr(p, 4) != "PK\x01\x02") break;
      const size_t name_length = U16Le(b, p + 28);
      const size_t extra_length = U16Le(b, p + 30);
      const size_t comment_length = U16Le(b, p + 32);
      if (p + 46 + name_length > n) break;
      names.emplace_back(b.substr(p + 46, name_length));
      p += 46 + name_length + extra_length + comment_length;
    }
    if (!names.empty()) return names;
  }
  size_t p = 0;
  while (p + 30 <= n && b.substr(p, 4) == "PK\x03\x04" && names.size() < kMaxEntries) {
    const uint32_t flags = U16Le(b, p + 6);
    const uint64_t compressed_size = U32Le(b, p + 18);
    const size_t name_length = U16Le(b, p + 26);
    const size_t extra_length = U16Le(b, p + 28);
    if (p + 30 + name_length > n) break;
    names.emplace_back(b.substr(p + 30, name_length));
    if (flags & 0x08) break;  // sizes follow the data: the next header cannot be located
    p += 30 + name_length + extra_length + compressed_size;
  }
  return names;
}

bool ContainsUtf16Le(std::string_view bytes, std::string_view ascii) {
  std::string wide;
  wide.reserve(ascii.size() * 2);
  for (char c : ascii) {
    wide.push_back(c);
    wide.push_back('\0');
  }
  return bytes.find(wide) != std::string_view::npos;
}

}  // namespace docval
