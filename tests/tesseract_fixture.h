// A test suite that reads with the real Tesseract: one engine per suite, loaded once (Init
// costs more than most of the tests that use it).
#pragma once

#include <gtest/gtest.h>

#include "pipeline/ocr_engine.h"

namespace docval {

class WithTesseract : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    engine_ = new OcrEngine();
    Status s = engine_->Init();
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  static void TearDownTestSuite() {
    delete engine_;
    engine_ = nullptr;
  }

  inline static OcrEngine* engine_ = nullptr;
};

}  // namespace docval
