// make_image_seeds OUTDIR IMAGE...: writes small copies of each IMAGE in every format image
// ingest reads, as seeds for image_ingest_fuzz (scripts/fuzz.sh runs it).
//
// The demo uploads are full pages of 100–400 KB; libFuzzer explores small inputs far faster,
// and the demo set has no BMP, WebP, GIF, PNM, JPEG 2000, multi-page TIFF or EXIF-turned JPEG.
// Each seed is the image scaled to at most kSeedWidth pixels wide. Exit status 1 when an input
// cannot be read or an output cannot be written (the message names it).
#include <leptonica/allheaders.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace {

constexpr int kSeedWidth = 48;

struct PixDeleter {
  void operator()(PIX* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

bool WriteBytes(const std::string& path, const std::string& bytes) {
  FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) return false;
  const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
  return std::fclose(file) == 0 && ok;
}

std::string ToBytes(l_uint8* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  return bytes;
}

// A JPEG with an EXIF APP1 segment (little-endian TIFF header, one IFD entry: Orientation = 6,
// "turn 90° clockwise") inserted after SOI, so the fuzzer starts from a file libexif parses.
std::string WithExifOrientation(const std::string& jpeg) {
  static const unsigned char kApp1[] = {
      0xFF, 0xE1, 0x00, 0x22, 'E', 'x', 'i', 'f', 0, 0,     // marker, length 34, "Exif\0\0"
      'I', 'I', 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00,           // TIFF header, IFD0 at 8
      0x01, 0x00,                                             // one entry
      0x12, 0x01, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00,         // Orientation, SHORT, count 1
      0x06, 0x00, 0x00, 0x00,                                 // value 6
      0x00, 0x00, 0x00, 0x00};                                // no next IFD
  return jpeg.substr(0, 2) + std::string(reinterpret_cast<const char*>(kApp1), sizeof kApp1) +
         jpeg.substr(2);
}

bool WriteSeeds(PIX* source, const std::string& out_prefix) {
  const float scale = std::min(1.0f, static_cast<float>(kSeedWidth) / pixGetWidth(source));
  PixPtr rgb(pixConvertTo32(source));
  PixPtr small(rgb ? pixScale(rgb.get(), scale, scale) : nullptr);
  PixPtr gray(small ? pixConvertTo8(small.get(), 0) : nullptr);
  PixPtr binary(gray ? pixThresholdToBinary(gray.get(), 128) : nullptr);
  PixPtr palette(small ? pixOctreeColorQuant(small.get(), 128, 0) : nullptr);
  if (!binary || !palette) return false;
  pixSetResolution(small.get(), 300, 300);

  struct Output {
    const char* suffix;
    PIX* pix;
    int format;
  };
  const Output outputs[] = {
      {"rgb.jpg", small.get(), IFF_JFIF_JPEG}, {"gray.jpg", gray.get(), IFF_JFIF_JPEG},
      {"rgb.png", small.get(), IFF_PNG},       {"gray.png", gray.get(), IFF_PNG},
      {"1bit.png", binary.get(), IFF_PNG},     {"palette.png", palette.get(), IFF_PNG},
      {"g4.tif", binary.get(), IFF_TIFF_G4},   {"lzw.tif", small.get(), IFF_TIFF_LZW},
      {"zip.tif", gray.get(), IFF_TIFF_ZIP},   {"rgb.bmp", small.get(), IFF_BMP},
      {"palette.bmp", palette.get(), IFF_BMP}, {"rgb.webp", small.get(), IFF_WEBP},
      {"palette.gif", palette.get(), IFF_GIF}, {"gray.pnm", gray.get(), IFF_PNM},
      {"rgb.jp2", small.get(), IFF_JP2},
  };
  for (const Output& output : outputs) {
    l_uint8* data = nullptr;
    size_t size = 0;
    if (pixWriteMem(&data, &size, output.pix, output.format) != 0) {
      std::fprintf(stderr, "cannot encode %s%s\n", out_prefix.c_str(), output.suffix);
      return false;
    }
    if (!WriteBytes(out_prefix + output.suffix, ToBytes(data, size))) return false;
  }

  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMemJpeg(&data, &size, small.get(), 75, /*progressive=*/1) != 0 ||
      !WriteBytes(out_prefix + "progressive.jpg", ToBytes(data, size)))
    return false;
  if (pixWriteMemJpeg(&data, &size, small.get(), 75, 0) != 0 ||
      !WriteBytes(out_prefix + "exif6.jpg", WithExifOrientation(ToBytes(data, size))))
    return false;

  // Two pages: the page walk and per-page decoding of multi-page TIFF.
  PIXA* pages = pixaCreate(2);
  pixaAddPix(pages, binary.get(), L_COPY);
  pixaAddPix(pages, gray.get(), L_COPY);
  const std::string multi = out_prefix + "multipage.tif";
  const bool multi_ok = pixaWriteMultipageTiff(multi.c_str(), pages) == 0;
  pixaDestroy(&pages);
  return multi_ok;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s OUTDIR IMAGE...\n", argv[0]);
    return 2;
  }
  setMsgSeverity(L_SEVERITY_ERROR);
  const std::string out_dir = argv[1];
  for (int i = 2; i < argc; ++i) {
    PixPtr source(pixRead(argv[i]));
    const std::string prefix = out_dir + "/seed" + std::to_string(i - 1) + "_";
    if (!source || !WriteSeeds(source.get(), prefix)) {
      std::fprintf(stderr, "cannot make seeds from %s\n", argv[i]);
      return 1;
    }
  }
  return 0;
}
