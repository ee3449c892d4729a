// docval: checks subsidy evidence uploads. See README.md and CONTRACT.md.
#include <malloc.h>
#include <unistd.h>

#include <cstdlib>

#include "app/commands.h"
#include "app/isolation.h"

namespace {

// libgomp reads OMP_THREAD_LIMIT once, when it is loaded with Tesseract, before main runs.
// Tesseract's OpenMP threads only slow it down here (docval parallelises pages itself), so
// when the variable is unset we set it and start again.
void EnsureSingleThreadedTesseract(char** argv) {
  if (std::getenv("OMP_THREAD_LIMIT") != nullptr) return;
  setenv("OMP_THREAD_LIMIT", "1", 1);
  execv("/proc/self/exe", argv);
  // If re-exec fails we run on with OpenMP's default: slower, still correct.
}

// A page image is megabytes, and glibc serves such blocks with mmap and returns them at once,
// so every page's buffers fault in fresh zeroed memory again: here that was a tenth of a
// batch's CPU time (a third of preprocessing). Served from the heap and kept for the next
// page, the same buffers are reused; a worker's footprint grows only by what it freed last.
void ReuseLargeBuffers() {
  mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);  // glibc's largest allowed on 64-bit
  mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
}

}  // namespace

int main(int argc, char** argv) {
  EnsureSingleThreadedTesseract(argv);
  ReuseLargeBuffers();
  CLI::App app{"docval — 소상공인 스마트상점 보조금 증빙 서류 검증"};
  app.set_version_flag("--version", DOCVAL_VERSION);
  app.require_subcommand(1);
  int exit_code = docval::app::kExitOk;
  docval::app::AddInspectCommand(app, &exit_code);
  docval::app::AddBatchCommand(app, &exit_code);
  docval::app::AddEvalCommand(app, &exit_code);
  docval::app::AddStatusCommand(app, &exit_code);
  // Internal: the child process `docval batch` reads uploads in (isolation.h); fd 3 is its
  // channel to the parent. Hidden from --help (empty group).
  app.add_subcommand("read-worker", "")->group("")->callback(
      [&exit_code] { exit_code = docval::ServeReadRequests(3); });
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : docval::app::kExitBadInput;
  }
  return exit_code;
}
