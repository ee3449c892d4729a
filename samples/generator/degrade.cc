#include "samples/generator/degrade.h"

#include <algorithm>
#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace docval::samplegen {

namespace {

cv::Mat PixToMat(PIX* pix) {
  const int width = static_cast<int>(pixGetWidth(pix));
  const int height = static_cast<int>(pixGetHeight(pix));
  const bool color = pixGetDepth(pix) == 32;
  cv::Mat mat(height, width, color ? CV_8UC3 : CV_8UC1);
  const l_uint32* data = pixGetData(pix);
  const int wpl = pixGetWpl(pix);
  for (int row = 0; row < height; ++row) {
    const l_uint32* line = data + static_cast<size_t>(row) * wpl;
    uint8_t* out = mat.ptr<uint8_t>(row);
    for (int col = 0; col < width; ++col) {
      if (color) {
        l_int32 r = 0, g = 0, b = 0;
        extractRGBValues(line[col], &r, &g, &b);
        out[col * 3] = static_cast<uint8_t>(r);
        out[col * 3 + 1] = static_cast<uint8_t>(g);
        out[col * 3 + 2] = static_cast<uint8_t>(b);
      } else {
        out[col] = static_cast<uint8_t>(GET_DATA_BYTE(line, col));
      }
    }
  }
  return mat;
}

PixPtr MatToPix(const cv::Mat& mat, l_int32 dpi) {
  const bool color = mat.channels() == 3;
  PixPtr pix(pixCreate(mat.cols, mat.rows, color ? 32 : 8));
  if (!pix) return nullptr;
  l_uint32* data = pixGetData(pix.get());
  const int wpl = pixGetWpl(pix.get());
  for (int row = 0; row < mat.rows; ++row) {
    l_uint32* line = data + static_cast<size_t>(row) * wpl;
    const uint8_t* in = mat.ptr<uint8_t>(row);
    for (int col = 0; col < mat.cols; ++col) {
      if (color) {
        composeRGBPixel(in[col * 3], in[col * 3 + 1], in[col * 3 + 2], line + col);
      } else {
        SET_DATA_BYTE(line, col, in[col]);
      }
    }
  }
  pixSetResolution(pix.get(), dpi, dpi);
  return pix;
}

void AddNoise(cv::Mat& image, double sigma, Rng& rng) {
  if (sigma <= 0) return;
  cv::RNG noise_source(rng.Next());
  cv::Mat signed_image;
  image.convertTo(signed_image, CV_16SC(image.channels()));
  cv::Mat signed_noise(image.size(), CV_16SC(image.channels()));
  noise_source.fill(signed_noise, cv::RNG::NORMAL, 0, sigma);
  signed_image += signed_noise;
  signed_image.convertTo(image, image.type());
}

std::string TakeLeptonicaBuffer(l_uint8* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  return bytes;
}

}  // namespace

PixPtr SimulateScan(PIX* page, const ScanLook& look, Rng& rng) {
  l_int32 dpi = 0, unused = 0;
  pixGetResolution(page, &dpi, &unused);
  cv::Mat image = PixToMat(page);
  // Paper tint and ink that is never quite black: map [0, 255] to [ink, paper].
  const double ink = 255.0 * (1.0 - look.ink_gain) + 10.0;
  image.convertTo(image, -1, (look.paper_level - ink) / 255.0, ink);
  if (std::abs(look.skew_deg) > 1e-6) {
    const cv::Point2f centre(image.cols / 2.0f, image.rows / 2.0f);
    const cv::Mat rotation = cv::getRotationMatrix2D(centre, look.skew_deg, 1.0);
    cv::Mat turned;
    cv::warpAffine(image, turned, rotation, image.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                   cv::Scalar::all(look.paper_level));
    image = turned;
  }
  // Sensor noise goes in before the optics' blur, which softens it as in a real scan.
  AddNoise(image, look.noise_sigma, rng);
  if (look.blur_sigma > 0) cv::GaussianBlur(image, image, cv::Size(0, 0), look.blur_sigma);
  return MatToPix(image, dpi);
}

PixPtr SimulatePhoto(PIX* page, bool on_desk, bool dark, Rng& rng) {
  l_int32 dpi = 0, unused = 0;
  pixGetResolution(page, &dpi, &unused);
  cv::Mat source = PixToMat(page);
  if (source.channels() == 1) cv::cvtColor(source, source, cv::COLOR_GRAY2RGB);
  const int width = on_desk ? static_cast<int>(source.cols * 1.12) : source.cols;
  const int height = on_desk ? static_cast<int>(source.rows * 1.10) : source.rows;
  // Desk background: a soft vertical gradient in a wood or grey tone.
  const bool wood = rng.Chance(0.5);
  const cv::Vec3f top = wood ? cv::Vec3f(150, 112, 78) : cv::Vec3f(120, 122, 126);
  const cv::Vec3f bottom = wood ? cv::Vec3f(110, 80, 52) : cv::Vec3f(88, 90, 95);
  cv::Mat background(height, width, CV_8UC3);
  for (int row = 0; row < height; ++row) {
    const float t = static_cast<float>(row) / static_cast<float>(height);
    const cv::Vec3f c = top * (1 - t) + bottom * t;
    background.row(row).setTo(cv::Scalar(c[0], c[1], c[2]));
  }
  // The page seen slightly from one side: each corner pulled in by its own amount.
  const float mx = static_cast<float>(width - source.cols) / 2.0f;
  const float my = static_cast<float>(height - source.rows) / 2.0f;
  auto jitter = [&](float scale) {
    return on_desk ? static_cast<float>(rng.Real(-1.0, 1.0)) * scale : 0.0f;
  };
  const float jx = static_cast<float>(source.cols) * 0.035f, jy = static_cast<float>(source.rows) * 0.025f;
  const cv::Point2f src[4] = {{0, 0},
                              {static_cast<float>(source.cols), 0},
                              {static_cast<float>(source.cols), static_cast<float>(source.rows)},
                              {0, static_cast<float>(source.rows)}};
  const cv::Point2f dst[4] = {{mx + jitter(jx), my + jitter(jy)},
                              {mx + source.cols + jitter(jx), my + jitter(jy)},
                              {mx + source.cols + jitter(jx), my + source.rows + jitter(jy)},
                              {mx + jitter(jx), my + source.rows + jitter(jy)}};
  const cv::Mat transform = cv::getPerspectiveTransform(src, dst);
  cv::Mat warped, mask;
  cv::warpPerspective(source, warped, transform, cv::Size(width, height), cv::INTER_LINEAR,
                      cv::BORDER_CONSTANT, cv::Scalar::all(0));
  cv::warpPerspective(cv::Mat(source.size(), CV_8UC1, cv::Scalar(255)), mask, transform,
                      cv::Size(width, height), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                      cv::Scalar(0));
  warped.copyTo(background, mask);
  // Uneven light: a linear falloff in a random direction times a radial vignette, warm cast.
  cv::Mat light(height, width, CV_32FC1);
  const double angle = rng.Real(0, 2 * M_PI);
  const double dx = std::cos(angle), dy = std::sin(angle);
  const double strength = rng.Real(0.15, 0.3);
  const double exposure = dark ? rng.Real(0.22, 0.3) : rng.Real(0.95, 1.05);
  for (int row = 0; row < height; ++row) {
    float* out = light.ptr<float>(row);
    const double ny = static_cast<double>(row) / height - 0.5;
    for (int col = 0; col < width; ++col) {
      const double nx = static_cast<double>(col) / width - 0.5;
      const double gradient = 1.0 - strength * (0.5 + nx * dx + ny * dy);
      const double vignette = 1.0 - 0.35 * (nx * nx + ny * ny) * 2.0;
      out[col] = static_cast<float>(exposure * gradient * vignette);
    }
  }
  cv::Mat as_float;
  background.convertTo(as_float, CV_32FC3);
  std::vector<cv::Mat> channels;
  cv::split(as_float, channels);
  const double cast[3] = {1.03, 1.0, 0.93};
  for (int c = 0; c < 3; ++c) channels[static_cast<size_t>(c)] = channels[static_cast<size_t>(c)].mul(light) * cast[c];
  cv::merge(channels, as_float);
  as_float.convertTo(background, CV_8UC3);
  cv::GaussianBlur(background, background, cv::Size(0, 0), rng.Real(0.8, 1.3));
  AddNoise(background, dark ? 7.0 : 4.0, rng);
  return MatToPix(background, dpi);
}

std::string EncodeJpeg(PIX* pix, int quality) {
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMemJpeg(&data, &size, pix, quality, 0) != 0) return {};
  return TakeLeptonicaBuffer(data, size);
}

std::string EncodePng(PIX* pix) {
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMem(&data, &size, pix, IFF_PNG) != 0) return {};
  return TakeLeptonicaBuffer(data, size);
}

std::string EncodeTiff(const std::vector<PIX*>& pages) {
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pages.size() == 1) {
    const l_int32 compression = pixGetDepth(pages[0]) == 1 ? IFF_TIFF_G4 : IFF_TIFF_LZW;
    if (pixWriteMemTiff(&data, &size, pages[0], compression) != 0) return {};
    return TakeLeptonicaBuffer(data, size);
  }
  PIXA* pixa = pixaCreate(static_cast<l_int32>(pages.size()));
  for (PIX* page : pages) pixaAddPix(pixa, page, L_CLONE);
  const l_ok failed = pixaWriteMemMultipageTiff(&data, &size, pixa);
  pixaDestroy(&pixa);
  if (failed != 0) return {};
  return TakeLeptonicaBuffer(data, size);
}

}  // namespace docval::samplegen
