// docval eval: accuracy of classification and extraction on a generated sample set.
#include <iostream>

#include "app/commands.h"
#include "app/eval.h"
#include "storage/sqlite_store.h"

namespace docval::app {

void AddEvalCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<EvalOptions>();
  auto report = std::make_shared<std::string>();
  auto db = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(
      "eval", "생성된 샘플 세트(truth.json)로 분류·필드 추출 정확도를 측정해 표로 출력");
  cmd->add_option("--truth", o->truth_path, "docval-samplegen이 쓴 truth.json")->required();
  cmd->add_option("--uploads", o->uploads_dir, "업로드 폴더 (기본: truth.json 옆 uploads/)");
  cmd->add_option("-j,--jobs", o->jobs, "동시 작업 수 (기본 2)");
  cmd->add_option("--forms", o->forms, "이 형식만 (예: skew,photo)")->delimiter(',');
  cmd->add_option("--layouts", o->layouts, "이 양식만")->delimiter(',');
  cmd->add_option("--report", *report,
                  "이 batch 보고서(report.json)의 플래그를 truth와 비교 (재현율, 정상 사례 판정)");
  cmd->add_option("--db", *db,
                  "batch 데이터베이스: 같은 파이프라인 버전으로 이미 읽은 파일은 캐시에서 채점 "
                  "(시간은 재지 않음)");
  cmd->add_option("--psm", o->reader.ocr.page_seg_mode, "Tesseract 쪽 분할 방식 (기본 6)");
  cmd->add_flag("!--no-preprocess", o->reader.preprocess_enabled, "전처리 없이 (효과 측정용)");
  cmd->callback([o, report, db, exit_code] {
    if (!report->empty()) {
      std::string table;
      Status s = EvaluateReport(o->truth_path, *report, &table);
      if (!s.ok()) {
        std::cerr << "docval eval: " << s.message() << "\n";
        *exit_code = kExitBadInput;
        return;
      }
      std::cout << table;
      *exit_code = kExitOk;
      return;
    }
    std::unique_ptr<Store> store;
    if (!db->empty()) {
      Status opened = SqliteStore::Open(*db, &store);
      if (!opened.ok()) {
        std::cerr << "docval eval: " << opened.message() << "\n";
        *exit_code = kExitBadInput;
        return;
      }
      o->store = store.get();
    }
    std::vector<EvalDocument> docs;
    Status s = RunEvaluation(*o, &docs);
    if (!s.ok()) {
      std::cerr << "docval eval: " << s.message() << "\n";
      *exit_code = kExitBadInput;
      return;
    }
    std::cout << FormatEvaluation(docs);
    *exit_code = kExitOk;
  });
}

}  // namespace docval::app
