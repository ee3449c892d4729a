// docval status: the current state of cases as the database holds it (CONTRACT.md).
//
// Prints {"cases": [...]} to stdout, each entry in report.json's case shape (app/report.h
// CaseToJson) plus "run_id", the run that recorded that state. `--case ID` narrows it to one
// case; an unknown ID prints an empty list (exit 0), so scripts need no special case.
// Exit 2 when the database file does not exist or cannot be used by this docval (not a
// database, or written by a newer version); 3 when reading it fails.
#include <filesystem>
#include <iostream>

#include "app/commands.h"
#include "app/report.h"
#include "storage/sqlite_store.h"

namespace docval::app {
namespace {

struct StatusCommandOptions {
  std::string db = "docval.db";
  std::string case_id;
};

int RunStatusCommand(const StatusCommandOptions& o) {
  // Opening would create an empty database; a mistyped path must be an error instead.
  std::error_code ec;
  if (!std::filesystem::is_regular_file(o.db, ec)) {
    std::cerr << "docval status: 데이터베이스 파일이 없습니다: " << o.db << "\n";
    return kExitBadInput;
  }
  std::unique_ptr<Store> store;
  Status s = SqliteStore::Open(o.db, &store);
  if (!s.ok()) {
    std::cerr << "docval status: " << s.message() << "\n";
    return kExitBadInput;
  }
  std::vector<StoredCase> stored;
  s = store->LoadCurrentCases(o.case_id, &stored);
  if (!s.ok()) {
    std::cerr << "docval status: " << s.message() << "\n";
    return kExitInternal;
  }
  nlohmann::json cases = nlohmann::json::array();
  for (const StoredCase& c : stored) {
    nlohmann::json j = CaseToJson(c.outcome);
    j["run_id"] = c.run_id;
    cases.push_back(std::move(j));
  }
  std::cout << nlohmann::json{{"cases", std::move(cases)}}.dump(2) << "\n";
  if (!o.case_id.empty() && stored.empty())
    std::cerr << "docval status: 데이터베이스에 없는 사례입니다: " << o.case_id << "\n";
  return kExitOk;
}

}  // namespace

void AddStatusCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<StatusCommandOptions>();
  CLI::App* cmd =
      app.add_subcommand("status", "데이터베이스에 기록된 사례별 현재 상태를 JSON으로 출력합니다");
  cmd->add_option("--db", o->db, "데이터베이스 파일 (기본 ./docval.db)");
  cmd->add_option("--case", o->case_id, "이 사례만 출력");
  cmd->callback([o, exit_code] { *exit_code = RunStatusCommand(*o); });
}

}  // namespace docval::app
