// docval inspect FILE…: read each file and print what docval sees, one JSON object per line.
#include <filesystem>
#include <iostream>
#include <thread>

#include "app/commands.h"
#include "models/json.h"
#include "pipeline/understand.h"
#include "pipeline/worker_pool.h"

namespace docval::app {
namespace {

struct InspectOptions {
  std::vector<std::string> files;
  int jobs = 0;
  bool pretty = false;
  bool words = true;
  std::string languages = "kor";
  int dpi = 300;
  bool preprocess = true;
};

nlohmann::json InspectOne(DocumentReader& reader, const std::string& path, bool words,
                          bool* open_failed) {
  ReadResult result;
  Status s = ReadDocument(reader, Knowledge::Default(), path, &result);
  nlohmann::json j = {{"file", path}, {"format", result.doc.format}};
  if (!result.doc.sha256.empty()) j["sha256"] = result.doc.sha256;
  if (!s.ok()) {
    j["status"] = "refused";
    j["reason"] = s.reason();
    j["message"] = s.message();
    if (!s.IsRefused()) *open_failed = true;
    return j;
  }
  j["status"] = "read";
  j["doc_type"] = ToString(result.doc.doc_type);
  j["confidence"] = ToJson(result.doc, false)["confidence"];
  j["fields"] = ToJson(result.doc, false)["fields"];
  j["source"] = ToString(result.doc.source);
  j["pages"] = static_cast<int>(result.doc.pages.size());
  nlohmann::json pages = nlohmann::json::array();
  for (const Page& p : result.doc.pages) pages.push_back(ToJson(p, words));
  j["page_details"] = std::move(pages);
  if (!result.notes.empty()) j["notes"] = result.notes;
  return j;
}

int RunInspect(const InspectOptions& o) {
  ReaderOptions options;
  options.ocr.languages = o.languages;
  options.ingest.pdf_dpi = o.dpi;
  options.preprocess_enabled = o.preprocess;
  std::vector<nlohmann::json> results(o.files.size());
  std::vector<char> failed(o.files.size(), 0);
  std::vector<ReaderJob> jobs;
  for (size_t i = 0; i < o.files.size(); ++i) {
    jobs.push_back([&, i](DocumentReader& reader) {
      bool open_failed = false;
      results[i] = InspectOne(reader, o.files[i], o.words, &open_failed);
      failed[i] = open_failed;
    });
  }
  int threads = o.jobs > 0 ? o.jobs : static_cast<int>(std::thread::hardware_concurrency());
  Status s = RunWithReaders(options, threads, std::move(jobs));
  if (!s.ok()) {
    std::cerr << "docval inspect: " << s.message() << "\n";
    return kExitInternal;
  }
  int rc = kExitOk;
  for (size_t i = 0; i < results.size(); ++i) {
    std::cout << results[i].dump(o.pretty ? 2 : -1) << "\n";
    if (failed[i]) rc = kExitFileError;
  }
  return rc;
}

}  // namespace

void AddInspectCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<InspectOptions>();
  CLI::App* cmd = app.add_subcommand(
      "inspect", "파일을 읽어 형식, 쪽, 단어와 상자, 전체 텍스트를 JSON으로 출력 (파일당 한 줄)");
  cmd->add_option("files", o->files, "검사할 파일")->required();
  cmd->add_option("-j,--jobs", o->jobs, "동시에 읽을 파일 수 (기본: CPU 코어 수)");
  cmd->add_option("--lang", o->languages, "Tesseract 언어 (기본 kor)");
  cmd->add_option("--dpi", o->dpi, "이미지 PDF 래스터 해상도 (기본 300)");
  cmd->add_flag("--pretty", o->pretty, "들여쓴 JSON");
  cmd->add_flag("!--no-preprocess", o->preprocess, "기울기 보정·조명 보정·괘선 제거 없이 OCR");
  cmd->add_flag("!--no-words", o->words, "단어 목록을 빼고 텍스트만 출력");
  cmd->callback([o, exit_code] { *exit_code = RunInspect(*o); });
}

}  // namespace docval::app
