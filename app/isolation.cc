#include "app/isolation.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <memory>
#include <new>
#include <nlohmann/json.hpp>
#include <thread>

#include "app/batch.h"
#include "storage/cache_codec.h"

extern char** environ;

namespace docval {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

// A reply carries one document with its page thumbnails; anything near this is a broken worker.
constexpr uint32_t kMaxFrameBytes = 256u << 20;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

bool WriteAll(int fd, const char* data, size_t size) {
  while (size > 0) {
    // MSG_NOSIGNAL: a dead peer is an error here, not a SIGPIPE that ends the whole batch.
    ssize_t n = send(fd, data, size, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

bool WriteFrame(int fd, std::string_view payload) {
  uint32_t size = static_cast<uint32_t>(payload.size());
  unsigned char header[4] = {static_cast<unsigned char>(size), static_cast<unsigned char>(size >> 8),
                             static_cast<unsigned char>(size >> 16),
                             static_cast<unsigned char>(size >> 24)};
  return WriteAll(fd, reinterpret_cast<const char*>(header), 4) &&
         WriteAll(fd, payload.data(), payload.size());
}

enum class FrameResult { kOk, kClosed, kTimeout };

// Reads exactly `size` bytes, waiting at most until `deadline` (no deadline when null).
FrameResult ReadExactly(int fd, char* data, size_t size, const Clock::time_point* deadline) {
  while (size > 0) {
    if (deadline) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - Clock::now());
      if (left.count() <= 0) return FrameResult::kTimeout;
      pollfd p{fd, POLLIN, 0};
      int ready = poll(&p, 1, static_cast<int>(std::min<int64_t>(left.count(), 1 << 30)));
      if (ready < 0 && errno == EINTR) continue;
      if (ready < 0) return FrameResult::kClosed;
      if (ready == 0) return FrameResult::kTimeout;
    }
    ssize_t n = read(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return FrameResult::kClosed;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return FrameResult::kOk;
}

FrameResult ReadFrame(int fd, std::string* payload, const Clock::time_point* deadline) {
  unsigned char header[4];
  FrameResult r = ReadExactly(fd, reinterpret_cast<char*>(header), 4, deadline);
  if (r != FrameResult::kOk) return r;
  uint32_t size = header[0] | (header[1] << 8) | (header[2] << 16) |
                  (static_cast<uint32_t>(header[3]) << 24);
  if (size > kMaxFrameBytes) return FrameResult::kClosed;
  payload->resize(size);
  return ReadExactly(fd, payload->data(), size, deadline);
}

std::string Dump(const json& j) {
  // Replace, not throw: a stray invalid byte in OCR text must not cost the whole reply.
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

json StatusToJson(const Status& s) {
  return {{"code", CodeName(s.code())}, {"reason", s.reason()}, {"message", s.message()}};
}

Status StatusFromJson(const json& j) {
  return Status::FromParts(CodeFromName(j.value("code", "internal")), j.value("reason", ""),
                           j.value("message", ""));
}

// What the worker needs of the reader options: everything the command line can set.
// (Preprocessing step settings are not settable there; the worker uses their defaults.)
json ReaderOptionsToJson(const ReaderOptions& o, const IsolationOptions& iso) {
  const IngestOptions& in = o.ingest;
  return {
      {"ingest",
       {{"pdf_dpi", in.pdf_dpi}, {"max_pixels", in.max_pixels}, {"max_pdf_pages", in.max_pdf_pages},
        {"max_file_bytes", in.max_file_bytes}, {"max_xml_bytes", in.max_xml_bytes},
        {"max_xml_depth", in.max_xml_depth}, {"min_text_layer_chars", in.min_text_layer_chars},
        {"text_page_render_dpi", in.text_page_render_dpi}}},
      {"preprocess_enabled", o.preprocess_enabled},
      {"ocr",
       {{"languages", o.ocr.languages}, {"tessdata_dir", o.ocr.tessdata_dir},
        {"page_deadline_ms", o.ocr.page_deadline_ms}, {"page_seg_mode", o.ocr.page_seg_mode},
        {"detect_orientation", o.ocr.detect_orientation},
        {"min_orientation_confidence", o.ocr.min_orientation_confidence}}},
      {"limits",
       {{"cpu_seconds", iso.file_cpu_seconds}, {"memory_limit_bytes", iso.memory_limit_bytes}}},
  };
}

void ReaderOptionsFromJson(const json& j, ReaderOptions* o, int* cpu_seconds,
                           uint64_t* memory_limit_bytes) {
  const json& in = j.at("ingest");
  in.at("pdf_dpi").get_to(o->ingest.pdf_dpi);
  in.at("max_pixels").get_to(o->ingest.max_pixels);
  in.at("max_pdf_pages").get_to(o->ingest.max_pdf_pages);
  in.at("max_file_bytes").get_to(o->ingest.max_file_bytes);
  in.at("max_xml_bytes").get_to(o->ingest.max_xml_bytes);
  in.at("max_xml_depth").get_to(o->ingest.max_xml_depth);
  in.at("min_text_layer_chars").get_to(o->ingest.min_text_layer_chars);
  in.at("text_page_render_dpi").get_to(o->ingest.text_page_render_dpi);
  j.at("preprocess_enabled").get_to(o->preprocess_enabled);
  const json& ocr = j.at("ocr");
  ocr.at("languages").get_to(o->ocr.languages);
  ocr.at("tessdata_dir").get_to(o->ocr.tessdata_dir);
  ocr.at("page_deadline_ms").get_to(o->ocr.page_deadline_ms);
  ocr.at("page_seg_mode").get_to(o->ocr.page_seg_mode);
  ocr.at("detect_orientation").get_to(o->ocr.detect_orientation);
  ocr.at("min_orientation_confidence").get_to(o->ocr.min_orientation_confidence);
  j.at("limits").at("cpu_seconds").get_to(*cpu_seconds);
  j.at("limits").at("memory_limit_bytes").get_to(*memory_limit_bytes);
}

std::string SignalName(int sig) {
  const char* abbrev = sigabbrev_np(sig);
  return abbrev ? std::string("SIG") + abbrev : "신호 " + std::to_string(sig);
}

Status Unavailable(const std::string& why) {
  return Status::Refused(kRefusalReaderUnavailable,
                         "파일을 읽을 작업 프로세스를 시작하지 못해 이 파일을 읽지 않았습니다 (" +
                             why + "). 다음 실행에서 다시 읽습니다.");
}

// Allows the worker `seconds` more CPU time from now (the soft limit counts the process's
// whole life, so it is moved forward before each upload).
void ArmCpuLimit(int seconds) {
  rusage used{};
  getrusage(RUSAGE_SELF, &used);
  rlim_t spent = static_cast<rlim_t>(used.ru_utime.tv_sec + used.ru_stime.tv_sec);
  rlimit cpu{};
  getrlimit(RLIMIT_CPU, &cpu);
  cpu.rlim_cur = spent + static_cast<rlim_t>(seconds);
  if (cpu.rlim_max != RLIM_INFINITY && cpu.rlim_cur > cpu.rlim_max) cpu.rlim_cur = cpu.rlim_max;
  setrlimit(RLIMIT_CPU, &cpu);
}

void ApplyProcessLimits(uint64_t memory_limit_bytes) {
  rlimit no_core{0, 0};
  setrlimit(RLIMIT_CORE, &no_core);
  if (!kAddressSanitizer && memory_limit_bytes > 0) {
    rlimit as{static_cast<rlim_t>(memory_limit_bytes), static_cast<rlim_t>(memory_limit_bytes)};
    setrlimit(RLIMIT_AS, &as);
  }
}

}  // namespace

bool IsReaderFailure(const Status& status) {
  if (!status.IsRefused()) return false;
  const std::string reason = status.reason();
  return reason == kRefusalReaderCrashed || reason == kRefusalReaderTimeout ||
         reason == kRefusalReaderCpuLimit || reason == kRefusalReaderOutOfMemory ||
         reason == kRefusalReaderUnavailable;
}

IsolatedReader::IsolatedReader(ReaderOptions reader, IsolationOptions isolation)
    : reader_(std::move(reader)), isolation_(std::move(isolation)) {}

IsolatedReader::~IsolatedReader() {
  if (channel_ >= 0) close(channel_);  // the worker reads end-of-file and exits
  if (pid_ > 0) {
    int status = 0;
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
  }
}

Status IsolatedReader::Start() {
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
    return Status::IOError(std::string("socketpair: ") + std::strerror(errno));
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  // The worker's end becomes fd 3 (dup2 clears close-on-exec); its stdout is not ours to
  // write reports on.
  posix_spawn_file_actions_adddup2(&actions, sv[1], 3);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  std::string program = isolation_.worker_program;
  char arg0[] = "docval", arg1[] = "read-worker";
  char* argv[] = {arg0, arg1, nullptr};
  int rc = posix_spawn(&pid_, program.c_str(), &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  close(sv[1]);
  if (rc != 0) {
    close(sv[0]);
    pid_ = 0;
    return Status::IOError("cannot start " + program + ": " + std::strerror(rc));
  }
  channel_ = sv[0];
  std::string ready;
  if (!WriteFrame(channel_, Dump(ReaderOptionsToJson(reader_, isolation_))) ||
      ReadFrame(channel_, &ready, nullptr) != FrameResult::kOk) {
    Status ended = Reap(false);
    return Status::Internal("the read worker ended before it was ready: " + ended.message());
  }
  json reply = json::parse(ready, nullptr, false);
  if (reply.is_discarded() || !reply.value("ready", false)) {
    Status why = reply.is_discarded() ? Status::Internal("unreadable reply from the read worker")
                                      : StatusFromJson(reply.at("status"));
    Reap(false);
    return why;
  }
  return Status::OK();
}

Status IsolatedReader::Reap(bool kill_first) {
  if (channel_ >= 0) close(channel_);
  channel_ = -1;
  if (pid_ <= 0) return Status::OK();
  if (kill_first) kill(pid_, SIGKILL);
  int status = 0;
  while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  pid_ = 0;
  if (WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU)
    return Status::Refused(kRefusalReaderCpuLimit,
                           "파일 하나에 허용된 처리 시간(CPU " +
                               std::to_string(isolation_.file_cpu_seconds) +
                               "초)을 넘겨 읽기를 중단했습니다. 손상되었거나 지나치게 큰 파일일 "
                               "수 있으니 공급기업에 원본 파일을 다시 요청하세요.");
  if (WIFSIGNALED(status))
    return Status::Refused(kRefusalReaderCrashed,
                           "파일을 읽던 프로그램이 비정상 종료되었습니다 (" +
                               SignalName(WTERMSIG(status)) +
                               "). 파일이 손상되었을 수 있으니 공급기업에 원본 파일을 다시 "
                               "요청하세요.");
  return Status::Refused(kRefusalReaderCrashed,
                         "파일을 읽던 프로그램이 결과 없이 종료되었습니다 (종료 코드 " +
                             std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) +
                             "). 파일이 손상되었을 수 있으니 공급기업에 원본 파일을 다시 "
                             "요청하세요.");
}

void IsolatedReader::Read(const DiscoveredUpload& found, UploadOutcome* out) {
  out->upload = found.upload;
  out->doc.file = found.upload.file;
  if (!found.refusal.ok()) {
    out->status = found.refusal;
    return;
  }
  if (pid_ <= 0) {
    Status s = Start();
    if (!s.ok()) {
      out->status = Unavailable(s.message());
      return;
    }
  }
  const Clock::time_point deadline =
      Clock::now() + std::chrono::seconds(isolation_.file_deadline_seconds);
  std::string reply_bytes;
  FrameResult r = WriteFrame(channel_, found.upload.path)
                      ? ReadFrame(channel_, &reply_bytes, &deadline)
                      : FrameResult::kClosed;
  if (r == FrameResult::kTimeout) {
    Reap(true);
    out->status = Status::Refused(
        kRefusalReaderTimeout,
        "파일을 읽는 데 제한 시간 " + std::to_string(isolation_.file_deadline_seconds) +
            "초를 넘겨 중단했습니다. 페이지가 지나치게 많거나 손상된 파일일 수 있으니 "
            "공급기업에 원본 파일을 다시 요청하세요.");
    return;
  }
  if (r == FrameResult::kClosed) {
    out->status = Reap(false);
    return;
  }
  json reply = json::parse(reply_bytes, nullptr, false);
  Document doc;
  if (reply.is_discarded() || !reply.contains("status") ||
      !DecodeCachedDocument(reply.value("doc", ""), &doc).ok()) {
    Reap(true);
    out->status = Status::Refused(kRefusalReaderCrashed,
                                  "파일을 읽던 프로그램이 알아볼 수 없는 결과를 보냈습니다. "
                                  "다음 실행에서 다시 읽습니다.");
    return;
  }
  out->status = StatusFromJson(reply.at("status"));
  if (reply.value("exiting", false)) Reap(false);  // it gave up after running out of memory
  out->doc = std::move(doc);
  out->doc.file = found.upload.file;
  out->doc.sha256 = reply.value("sha256", "");
  out->upload.sha256 = out->doc.sha256;
  out->notes = reply.value("notes", std::vector<std::string>{});
}

Status ReadIsolated(const ReaderOptions& reader, const IsolationOptions& isolation, int workers,
                    const std::vector<ReadTask>& tasks,
                    const std::function<void(const ReadTask&)>& done) {
  workers = std::max(1, std::min<int>(workers, static_cast<int>(tasks.size())));
  std::vector<std::unique_ptr<IsolatedReader>> readers;
  for (int i = 0; i < workers; ++i) {
    readers.push_back(std::make_unique<IsolatedReader>(reader, isolation));
    Status s = readers.back()->Start();
    if (!s.ok()) return s;
  }
  std::atomic<size_t> next{0};
  auto work = [&](IsolatedReader& worker) {
    for (size_t i = next++; i < tasks.size(); i = next++) {
      worker.Read(*tasks[i].found, tasks[i].out);
      done(tasks[i]);
    }
  };
  std::vector<std::thread> pool;
  for (int i = 1; i < workers; ++i) pool.emplace_back(work, std::ref(*readers[i]));
  work(*readers[0]);
  for (std::thread& t : pool) t.join();
  return Status::OK();
}

int ServeReadRequests(int fd) {
  std::string hello;
  if (ReadFrame(fd, &hello, nullptr) != FrameResult::kOk) return 1;
  ReaderOptions options;
  int cpu_seconds = 0;
  uint64_t memory_limit_bytes = 0;
  try {
    ReaderOptionsFromJson(json::parse(hello), &options, &cpu_seconds, &memory_limit_bytes);
  } catch (const json::exception& e) {
    WriteFrame(fd, Dump({{"ready", false}, {"status", StatusToJson(Status::InvalidArgument(e.what()))}}));
    return 2;
  }
  ApplyProcessLimits(memory_limit_bytes);
  DocumentReader reader(options);
  Status init = reader.Init();
  if (!WriteFrame(fd, Dump({{"ready", init.ok()}, {"status", StatusToJson(init)}}))) return 1;
  if (!init.ok()) return 1;

  std::string path;
  while (ReadFrame(fd, &path, nullptr) == FrameResult::kOk) {
    ArmCpuLimit(cpu_seconds);
    DiscoveredUpload found;
    found.upload.path = path;
    found.upload.file = path;
    UploadOutcome out;
    bool out_of_memory = false;
    try {
      ProcessUpload(reader, found, &out);
    } catch (const std::bad_alloc&) {
      out_of_memory = true;
      out.status = Status::Refused(
          kRefusalReaderOutOfMemory,
          "파일을 읽는 데 허용된 메모리(" + std::to_string(memory_limit_bytes >> 20) +
              " MB)를 넘겨 중단했습니다. 해상도나 페이지 수가 지나치게 큰 파일일 수 있으니 "
              "공급기업에 원본 파일을 다시 요청하세요.");
    }
    json reply = {{"status", StatusToJson(out.status)},
                  {"sha256", out.doc.sha256},
                  {"doc", EncodeCachedDocument(out.doc)},
                  {"notes", out.notes},
                  {"exiting", out_of_memory}};
    if (!WriteFrame(fd, Dump(reply))) return 1;
    // After a failed allocation the libraries' state is not to be trusted: start afresh.
    if (out_of_memory) return 3;
  }
  return 0;
}

}  // namespace docval
