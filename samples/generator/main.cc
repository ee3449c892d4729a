// docval-samplegen: writes a synthetic, fully labelled set of subsidy cases (see
// samples/README.md). Exit 0 on success, 2 on bad arguments, 1 when generation fails.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <sstream>

#include "samples/generator/generator.h"
#include "samples/generator/odd_files.h"

namespace {

std::vector<std::string> SplitList(const std::string& list) {
  std::vector<std::string> items;
  std::stringstream stream(list);
  std::string item;
  while (std::getline(stream, item, ',')) {
    if (!item.empty()) items.push_back(item);
  }
  return items;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"docval-samplegen: 보조금 증빙 서류 샘플 세트를 만듭니다 (cases.csv, uploads/, truth.json)"};
  docval::samplegen::GeneratorOptions options;
  std::string out_dir, preset = "eval", forms, layouts;
  int dpi = 0, jpeg_quality = 0;
  app.add_option("--seed", options.seed, "난수 시드 (같은 시드와 옵션이면 같은 파일)")->required();
  app.add_option("--cases", options.cases, "케이스 수 (eval 프리셋)")->check(CLI::Range(1, 100000));
  app.add_option("--out", out_dir, "출력 폴더")->required();
  app.add_option("--preset", preset,
                 "demo: 커밋용 소형 세트, eval: 평가용 전체 조합, odd: 이상 파일·위험한 이름 모음")
      ->check(CLI::IsMember({"demo", "eval", "odd"}));
  app.add_option("--forms", forms, "쉼표로 구분한 형식 목록 (pdf_text,pdf_scan,scan_jpeg,...)");
  app.add_option("--layouts", layouts, "쉼표로 구분한 양식 목록 (bordered_table,statement_list,...)");
  app.add_option("--defect-rate", options.defect_rate, "결함을 넣을 케이스 비율 (0..1)")
      ->check(CLI::Range(0.0, 1.0));
  app.add_option("--dpi", dpi, "스캔 해상도 (기본 eval 300, demo 200)")
      ->check(CLI::Range(100, 600));
  app.add_option("--jpeg-quality", jpeg_quality, "JPEG 품질 (기본 eval 80, demo 75)")
      ->check(CLI::Range(30, 100));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? 0 : 2;
  }
  docval::samplegen::GenerationSummary summary;
  if (preset == "odd") {
    const docval::Status status =
        docval::samplegen::GenerateOddCorpus(options.seed, out_dir, &summary);
    if (!status.ok()) {
      std::fprintf(stderr, "docval-samplegen: %s\n", status.ToString().c_str());
      return 1;
    }
    std::printf("이상 파일 %d개 (%d개 케이스) -> %s\n", summary.documents, summary.cases,
                out_dir.c_str());
    return 0;
  }
  // Start from the preset's defaults, then apply what was given.
  const docval::samplegen::GeneratorOptions defaults = docval::samplegen::PresetOptions(
      preset == "demo" ? docval::samplegen::Preset::kDemo : docval::samplegen::Preset::kEval);
  options.preset = defaults.preset;
  options.scan_dpi = dpi > 0 ? dpi : defaults.scan_dpi;
  options.jpeg_quality = jpeg_quality > 0 ? jpeg_quality : defaults.jpeg_quality;
  options.forms = SplitList(forms);
  options.layouts = SplitList(layouts);
  const docval::Status status = docval::samplegen::GenerateSampleSet(options, out_dir, &summary);
  if (!status.ok()) {
    std::fprintf(stderr, "docval-samplegen: %s\n", status.ToString().c_str());
    return status.code() == docval::Status::Code::kInvalidArgument ? 2 : 1;
  }
  std::printf("%d개 케이스, %d개 파일, %.1f MB -> %s\n", summary.cases, summary.documents,
              static_cast<double>(summary.bytes) / (1024.0 * 1024.0), out_dir.c_str());
  return 0;
}
