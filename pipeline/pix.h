// Ownership for Leptonica images: PixPtr frees with pixDestroy.
#pragma once

#include <leptonica/allheaders.h>

#include <memory>

#include "models/document.h"

namespace docval {

struct PixDeleter {
  void operator()(PIX* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

// Takes a reference-counted copy (cheap; Leptonica shares the pixels).
inline PixPtr ClonePix(PIX* pix) { return PixPtr(pixClone(pix)); }

struct BoxDeleter {
  void operator()(BOX* box) const { boxDestroy(&box); }
};
using BoxPtr = std::unique_ptr<BOX, BoxDeleter>;
struct BoxaDeleter {
  void operator()(BOXA* boxa) const { boxaDestroy(&boxa); }
};
using BoxaPtr = std::unique_ptr<BOXA, BoxaDeleter>;

inline BoxPtr MakeBox(const BBox& box) { return BoxPtr(boxCreate(box.x, box.y, box.w, box.h)); }

// The part of `pix` inside `box` (cut to the image) as a new image; null when they do not meet.
inline PixPtr ClipPix(PIX* pix, const BBox& box) {
  BoxPtr b = MakeBox(box);
  return PixPtr(b ? pixClipRectangle(pix, b.get(), nullptr) : nullptr);
}

}  // namespace docval
