// Turning clean rendered pages into what scanners and phones deliver, and writing the images
// with Leptonica so the resolution travels in the file.
//
// All randomness comes from the caller's Rng (OpenCV noise is seeded from it), so output bytes
// depend only on the inputs. Functions return null PixPtr / empty strings only on allocation or
// encoder failure, which callers report as Status::Internal. Thread-compatible.
#pragma once

#include <string>
#include <vector>

#include "pipeline/pix.h"
#include "samples/generator/sample_util.h"

namespace docval::samplegen {

struct ScanLook {
  double skew_deg = 0.0;     // counter-clockwise tilt applied to the content
  double blur_sigma = 0.7;   // Gaussian blur, pixels
  double noise_sigma = 4.0;  // additive Gaussian noise, grey levels
  int paper_level = 246;     // the white of the paper after scanning
  double ink_gain = 0.92;    // contrast of the ink (1 = unchanged)
};

// A flatbed scan: paper tint, slight contrast loss, rotation by skew_deg (the bed around it
// stays paper-white), blur and sensor noise. Keeps the depth (8 or 32 bpp) and the size.
PixPtr SimulateScan(PIX* page, const ScanLook& look, Rng& rng);

// A phone photo: with `on_desk` the page is warped in perspective onto a desk background
// (a photographed paper); without it the picture fills the frame (a photographed scene). Then
// uneven light with a vignette, a warm cast, blur and noise. `dark` makes it badly
// under-exposed. Always 32 bpp RGB.
PixPtr SimulatePhoto(PIX* page, bool on_desk, bool dark, Rng& rng);

// Encoders (Leptonica pixWriteMem*); the PIX resolution is written into the file. Empty on
// failure.
std::string EncodeJpeg(PIX* pix, int quality);
std::string EncodePng(PIX* pix);
// One TIFF page per PIX: CCITT G4 for 1 bpp, LZW (one page) or ZIP (several) otherwise.
std::string EncodeTiff(const std::vector<PIX*>& pages);

}  // namespace docval::samplegen
