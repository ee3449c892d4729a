// Ownership for Leptonica images: PixPtr frees with pixDestroy.
#pragma once

#include <leptonica/allheaders.h>

#include <memory>

namespace docval {

struct PixDeleter {
  void operator()(PIX* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

// Takes a reference-counted copy (cheap; Leptonica shares the pixels).
inline PixPtr ClonePix(PIX* pix) { return PixPtr(pixClone(pix)); }

}  // namespace docval
