// Perceptual hash of a page image: finds the same page again after re-compression, a re-scan
// (noise, slight brightness change) or a small change of scale, where sha256 sees new bytes.
//
// Method (DCT pHash): the page in grey is area-averaged down to 32×32, the 8×8 lowest
// frequencies of its 2-D DCT are kept, and each of the 64 bits says whether that coefficient
// is above their median (the DC term is left out of the median: it only measures brightness).
// What it sees is the page's layout — where ink is, at about 1/32 of the page — not its
// characters: two fillings of the same form that differ in a few digits hash alike. Use it
// to back up the exact keys (approval number, policy number, sha256), not to replace them.
//
// Thread safety: pure functions; call from any thread. The input PIX is not modified or kept.
#pragma once

#include <leptonica/allheaders.h>

#include <bit>
#include <cstdint>

namespace docval {

// Two hashes at most this Hamming distance apart are the same page. Measured in
// tests/phash_test.cc on a rendered page of Korean text at 200 dpi against its JPEG q85
// upload: JPEG q30, PNG, scan noise (sigma 12) with 20 grey levels darker, 0.9× and 1.1×
// scaling, 0.5° rotation, and all of them together moved 0 bits; 1.5 % cut off the top-left
// edge moved 2. Different kinds of page were 26–28 bits apart. Twice the worst same-page
// figure. The same form filled for two cases was 2–8 bits apart: the hash cannot tell them
// apart (see the comment at the top).
inline constexpr int kPerceptualHashMatchDistance = 4;

// Images smaller than this (either side, pixels) or flatter than kMinHashContrast grey levels
// (standard deviation of the 32×32 downscale) get no hash: a blank or tiny page would hash to
// noise bits and match every other blank page.
inline constexpr int kMinHashSide = 64;
inline constexpr double kMinHashContrast = 3.0;

// The 64-bit pHash of `image` (any depth Leptonica converts to 8 bpp grey; colour maps are
// resolved). Returns 0 — "no hash" — for a null, tiny or blank image; a real hash is never 0
// (its bit 0, the DC term, is always set).
uint64_t PerceptualHash(PIX* image);

// Number of differing bits, 0..64.
inline int HammingDistance(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

}  // namespace docval
