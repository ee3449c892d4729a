// The docval sub-commands. Each registers its options on the CLI11 app and returns the
// callback's exit code through `exit_code`.
#pragma once

#include <CLI/CLI.hpp>

namespace docval::app {

// Exit codes shared by all sub-commands (CONTRACT.md: 2 = bad arguments or cases file).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFileError = 1;   // inspect: a named file could not be opened at all
inline constexpr int kExitBadInput = 2;
inline constexpr int kExitInternal = 3;    // e.g. OCR language data missing

void AddInspectCommand(CLI::App& app, int* exit_code);
void AddBatchCommand(CLI::App& app, int* exit_code);
void AddEvalCommand(CLI::App& app, int* exit_code);
void AddStatusCommand(CLI::App& app, int* exit_code);

}  // namespace docval::app
