#include "pipeline/phash.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <vector>

#include "pipeline/pix.h"

namespace docval {
namespace {

constexpr int kGrid = 32;  // downscale size
constexpr int kLow = 8;    // low-frequency block kept from the DCT

using Grid = std::array<std::array<double, kGrid>, kGrid>;

// Area average of `gray` (8 bpp) over a kGrid×kGrid partition: every source pixel counts once,
// so the result does not depend on the resampler's filter (re-scans at another dpi agree).
Grid AreaAverage(PIX* gray) {
  const int w = pixGetWidth(gray), h = pixGetHeight(gray);
  const int wpl = pixGetWpl(gray);
  const l_uint32* data = pixGetData(gray);
  // Whole sums in integers (exact, and cheaper per pixel than adding doubles); a cell is at
  // most a page's 2^33 pixels of 255.
  std::array<std::array<uint64_t, kGrid>, kGrid> sum{};
  std::array<int, kGrid> count_x{}, count_y{};
  std::vector<int> cell_x(w);
  for (int x = 0; x < w; ++x) {
    cell_x[x] = static_cast<int>(static_cast<int64_t>(x) * kGrid / w);
    ++count_x[cell_x[x]];
  }
  for (int y = 0; y < h; ++y) {
    const int cy = static_cast<int>(static_cast<int64_t>(y) * kGrid / h);
    ++count_y[cy];
    const l_uint32* line = data + static_cast<size_t>(y) * wpl;
    std::array<uint32_t, kGrid> row{};
    for (int x = 0; x < w; ++x) row[cell_x[x]] += GET_DATA_BYTE(line, x);
    for (int cx = 0; cx < kGrid; ++cx) sum[cy][cx] += row[cx];
  }
  Grid mean;
  for (int cy = 0; cy < kGrid; ++cy)
    for (int cx = 0; cx < kGrid; ++cx)
      mean[cy][cx] = static_cast<double>(sum[cy][cx]) / (double(count_x[cx]) * count_y[cy]);
  return mean;
}

// The kLow×kLow lowest coefficients of the 2-D DCT-II of `g` (unnormalised: only their order
// matters).
std::array<double, kLow * kLow> LowDct(const Grid& g) {
  static const auto kCos = [] {
    std::array<std::array<double, kGrid>, kLow> c{};
    for (int u = 0; u < kLow; ++u)
      for (int x = 0; x < kGrid; ++x)
        c[u][x] = std::cos((2 * x + 1) * u * std::numbers::pi / (2.0 * kGrid));
    return c;
  }();
  std::array<std::array<double, kGrid>, kLow> rows{};  // [v][y]: DCT along x of each row y
  for (int y = 0; y < kGrid; ++y)
    for (int v = 0; v < kLow; ++v) {
      double s = 0;
      for (int x = 0; x < kGrid; ++x) s += g[y][x] * kCos[v][x];
      rows[v][y] = s;
    }
  std::array<double, kLow * kLow> out{};
  for (int u = 0; u < kLow; ++u)
    for (int v = 0; v < kLow; ++v) {
      double s = 0;
      for (int y = 0; y < kGrid; ++y) s += rows[v][y] * kCos[u][y];
      out[u * kLow + v] = s;
    }
  return out;
}

double StandardDeviation(const Grid& g) {
  double sum = 0, sum_sq = 0;
  for (const auto& row : g)
    for (double v : row) {
      sum += v;
      sum_sq += v * v;
    }
  const double n = kGrid * kGrid;
  const double mean = sum / n;
  return std::sqrt(std::max(0.0, sum_sq / n - mean * mean));
}

}  // namespace

uint64_t PerceptualHash(PIX* image) {
  if (image == nullptr) return 0;
  if (pixGetWidth(image) < kMinHashSide || pixGetHeight(image) < kMinHashSide) return 0;
  PixPtr gray(pixConvertTo8(image, 0));  // 0: a colour map is resolved to grey
  if (!gray) return 0;
  const Grid grid = AreaAverage(gray.get());
  if (StandardDeviation(grid) < kMinHashContrast) return 0;
  const auto dct = LowDct(grid);
  std::array<double, kLow * kLow - 1> ac;
  std::copy(dct.begin() + 1, dct.end(), ac.begin());
  std::nth_element(ac.begin(), ac.begin() + ac.size() / 2, ac.end());
  const double median = ac[ac.size() / 2];
  // Bit 0 is the DC term, always far above the median: it keeps every real hash non-zero.
  uint64_t hash = 0;
  for (int i = 0; i < kLow * kLow; ++i)
    if (dct[i] > median) hash |= uint64_t{1} << i;
  return hash;
}

}  // namespace docval
