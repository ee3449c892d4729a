// The odd-file corpus (`docval-samplegen --preset odd`): uploads that are hostile or merely
// unusual, made by the generator itself so the set is reproducible and needs no download.
//
// DIR/cases.csv       one row per case below (all copies of one demo case's data)
// DIR/uploads/<case>/ the odd files: PDFs encrypted with a user password and with an owner
//                     password only, damaged xref, cut mid-stream, zero pages, 100 pages, a
//                     20,000 × 20,000 px page, JBIG2 (MMR) and CCITT G4 images; CMYK,
//                     progressive and 16-bit images, a multi-page TIFF with a corrupt page, a
//                     20,000 × 20,000 px PNG, renamed files; HTML, ZIP, XML bombs, XXE, empty and
//                     random bytes; hostile names (non-UTF-8 bytes, 255 bytes, option-like,
//                     quotes, <script>, control characters) and symbolic links out of the root
//                     (to /etc/passwd, to a folder, and a whole case folder).
// DIR/outside_root/   what the links point at; a reader that stays inside uploads/ never sees it.
// DIR/odd_truth.json  per upload: what it is and the outcome a correct reader gives — "read"
//                     (a Document, format named), "refused" with its reason, or "either" when
//                     both are defensible (a damaged xref Poppler may rebuild) — plus the
//                     links, and the markers that would show up in a report if anything outside
//                     the root were read.
//
// Deterministic for a seed (as the other presets). Failure: IOError when DIR cannot be written
// (including symlinks on a file system without them), Internal when a rendering library fails;
// a failed run may leave a partial DIR. Not thread-safe (qpdf's random source, see artifacts.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "models/status.h"
#include "samples/generator/generator.h"

namespace docval::samplegen {

Status GenerateOddCorpus(uint64_t seed, const std::string& out_dir, GenerationSummary* summary);

// The building blocks, exposed for tests of the readers.

// CCITT Group 4 (T.6) data of an all-white 1-bit image `height` rows tall (any width), with
// its end-of-block code.
std::string AllWhiteG4(int height);

// An embedded (PDF) JBIG2 stream: a page information segment and one immediate generic
// region coded with MMR, holding `g4` (T.6 data of a `width` × `height` bitmap, 1 = black).
std::string Jbig2MmrStream(int width, int height, std::string_view g4);

// A baseline CMYK JPEG (Adobe APP14, inverted ink as Photoshop writes it) whose 8×8 blocks are
// flat: `ink` holds one byte per block and channel (C, M, Y, K), row-major over
// ceil(width/8) × ceil(height/8) blocks. Only DC coefficients are coded.
std::string FlatBlockCmykJpeg(int width, int height, std::string_view ink);

}  // namespace docval::samplegen
