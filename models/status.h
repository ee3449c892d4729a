// Status: the result of every fallible call in docval (leveldb style).
//
// Call sites read `Status s = Foo(...); if (!s.ok()) return s;`. An OK status holds a null
// pointer, so success costs nothing. A refused upload carries a stable machine `reason()`
// (e.g. "pdf_encrypted", used by scripts and tests) and a Korean `message()` for operators.
// Status values are cheap to move, copyable, and safe to pass between threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace docval {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,   // the caller's input is malformed (bad cases file, bad option)
    kNotFound,          // a file or record does not exist
    kIOError,           // the operating system failed a read or write
    kCorruption,        // stored data is inconsistent
    kRefused,           // an upload that cannot be read as a document; see reason()
    kDeadlineExceeded,  // a per-page or per-file time limit ran out
    kInternal,          // a library failed in a way that is our bug or theirs
  };

  Status() noexcept = default;
  Status(const Status& other);
  Status& operator=(const Status& other);
  Status(Status&&) noexcept = default;
  Status& operator=(Status&&) noexcept = default;

  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string_view message);
  static Status NotFound(std::string_view message);
  static Status IOError(std::string_view message);
  static Status Corruption(std::string_view message);
  static Status DeadlineExceeded(std::string_view message);
  static Status Internal(std::string_view message);
  // An upload docval will not read. `reason` is a stable snake_case code, `message` is
  // Korean text an operator can act on ("암호가 걸린 PDF입니다 …").
  static Status Refused(std::string_view reason, std::string_view message);
  // Rebuilds a status from its parts (code(), the reason as given to Refused, message()),
  // e.g. after it crossed a process boundary. kOk gives OK whatever the other parts.
  static Status FromParts(Code code, std::string_view reason, std::string_view message);

  bool ok() const { return rep_ == nullptr; }
  Code code() const { return rep_ ? rep_->code : Code::kOk; }
  bool IsRefused() const { return code() == Code::kRefused; }
  // Stable machine reason for refusals; the code's name otherwise; "ok" for success.
  std::string reason() const;
  // Human-readable message; empty for OK.
  const std::string& message() const;
  // "Refused(pdf_encrypted): 암호가 …" — for logs.
  std::string ToString() const;

 private:
  struct Rep {
    Code code;
    std::string reason;
    std::string message;
  };
  Status(Code code, std::string_view reason, std::string_view message);
  std::unique_ptr<Rep> rep_;
};

std::string_view CodeName(Status::Code code);
// The inverse of CodeName; kInternal for a name it does not know.
Status::Code CodeFromName(std::string_view name);

}  // namespace docval
