#include "models/status.h"

#include <gtest/gtest.h>

namespace docval {

TEST(StatusTest, OkIsCheapAndEmpty) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.reason(), "ok");
  EXPECT_EQ(s.message(), "");
  EXPECT_EQ(s.ToString(), "OK");
}

TEST(StatusTest, RefusedCarriesReasonAndMessage) {
  Status s = Status::Refused("pdf_encrypted", "암호가 걸린 PDF입니다");
  EXPECT_FALSE(s.ok());
  EXPECT_TRUE(s.IsRefused());
  EXPECT_EQ(s.reason(), "pdf_encrypted");
  EXPECT_EQ(s.message(), "암호가 걸린 PDF입니다");
  EXPECT_EQ(s.ToString(), "refused(pdf_encrypted): 암호가 걸린 PDF입니다");
}

TEST(StatusTest, CopiesAreIndependent) {
  Status a = Status::IOError("disk");
  Status b = a;
  a = Status::OK();
  EXPECT_TRUE(a.ok());
  EXPECT_EQ(b.code(), Status::Code::kIOError);
  EXPECT_EQ(b.reason(), "io_error");
  Status c = std::move(b);
  EXPECT_EQ(c.message(), "disk");
}

TEST(StatusTest, RebuildsFromItsParts) {
  for (const Status& original :
       {Status::Refused("pdf_encrypted", "암호"), Status::DeadlineExceeded("시간 초과"),
        Status::IOError("disk"), Status::Internal("bug")}) {
    Status rebuilt = Status::FromParts(CodeFromName(CodeName(original.code())),
                                       original.reason(), original.message());
    EXPECT_EQ(rebuilt.ToString(), original.ToString());
  }
  EXPECT_TRUE(Status::FromParts(Status::Code::kOk, "x", "y").ok());
  EXPECT_EQ(CodeFromName("no_such_code"), Status::Code::kInternal);
}

}  // namespace docval
