#include "models/status.h"

namespace docval {

Status::Status(Code code, std::string_view reason, std::string_view message)
    : rep_(std::make_unique<Rep>(Rep{code, std::string(reason), std::string(message)})) {}

Status::Status(const Status& other)
    : rep_(other.rep_ ? std::make_unique<Rep>(*other.rep_) : nullptr) {}

Status& Status::operator=(const Status& other) {
  if (this != &other) rep_ = other.rep_ ? std::make_unique<Rep>(*other.rep_) : nullptr;
  return *this;
}

Status Status::InvalidArgument(std::string_view m) { return Status(Code::kInvalidArgument, "", m); }
Status Status::NotFound(std::string_view m) { return Status(Code::kNotFound, "", m); }
Status Status::IOError(std::string_view m) { return Status(Code::kIOError, "", m); }
Status Status::Corruption(std::string_view m) { return Status(Code::kCorruption, "", m); }
Status Status::DeadlineExceeded(std::string_view m) {
  return Status(Code::kDeadlineExceeded, "", m);
}
Status Status::Internal(std::string_view m) { return Status(Code::kInternal, "", m); }
Status Status::Refused(std::string_view reason, std::string_view m) {
  return Status(Code::kRefused, reason, m);
}

Status Status::FromParts(Code code, std::string_view reason, std::string_view message) {
  if (code == Code::kOk) return Status();
  return Status(code, code == Code::kRefused ? reason : "", message);
}

std::string Status::reason() const {
  if (!rep_) return "ok";
  if (!rep_->reason.empty()) return rep_->reason;
  return std::string(CodeName(rep_->code));
}

const std::string& Status::message() const {
  static const std::string kEmpty;
  return rep_ ? rep_->message : kEmpty;
}

std::string Status::ToString() const {
  if (!rep_) return "OK";
  std::string out(CodeName(rep_->code));
  if (!rep_->reason.empty()) out += "(" + rep_->reason + ")";
  out += ": ";
  out += rep_->message;
  return out;
}

std::string_view CodeName(Status::Code code) {
  switch (code) {
    case Status::Code::kOk: return "ok";
    case Status::Code::kInvalidArgument: return "invalid_argument";
    case Status::Code::kNotFound: return "not_found";
    case Status::Code::kIOError: return "io_error";
    case Status::Code::kCorruption: return "corruption";
    case Status::Code::kRefused: return "refused";
    case Status::Code::kDeadlineExceeded: return "deadline_exceeded";
    case Status::Code::kInternal: return "internal";
  }
  return "unknown";
}

Status::Code CodeFromName(std::string_view name) {
  for (Status::Code code :
       {Status::Code::kOk, Status::Code::kInvalidArgument, Status::Code::kNotFound,
        Status::Code::kIOError, Status::Code::kCorruption, Status::Code::kRefused,
        Status::Code::kDeadlineExceeded, Status::Code::kInternal})
    if (CodeName(code) == name) return code;
  return Status::Code::kInternal;
}

}  // namespace docval

#ifdef DOCVAL_SANITIZE
// LeakSanitizer asks every program for default suppressions through this hook. Only leaks
// inside Debian's libraries that docval cannot fix belong here (the same list as
// scripts/lsan.supp, used by the fuzz targets, where each has its reason): fontconfig's and
// cairo's process-lifetime caches. It lives in this file because every docval program links
// Status.
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libfontconfig.so\nleak:libcairo.so\n";
}
#endif
