#!/usr/bin/env bash
# Builds and runs docval's libFuzzer targets (fuzz/README.md).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# SECONDS (default 60) is the run time per target; targets run one after another, never in
# parallel, under `nice -n 10`. TARGET is one of: case_loader xml_invoice pdf_ingest
# image_ingest normalize (default: all). The build goes to build-fuzz (clang, ASan + UBSan +
# libFuzzer, library code instrumented too). Seed corpora are assembled from samples/demo and
# fuzz/seeds into build-fuzz/fuzz/seeds/<target>; what a run discovers is kept in
# build-fuzz/fuzz/corpus/<target> and reused by the next run. Crashes, leaks, timeouts and
# out-of-memory inputs land in build-fuzz/fuzz/findings/<target>/.
#
# Prints, per target: executions, exec/s, final cov and ft, corpus size, findings; the same
# line is appended to build-fuzz/fuzz/results.tsv. Exit status: 0 when no target produced a
# finding, 1 when one did, 2 on bad arguments or a failed build.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$ROOT/build-fuzz"
WORK="$BUILD/fuzz"
ALL_TARGETS=(case_loader xml_invoice pdf_ingest image_ingest normalize)

usage() { sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

SECONDS_PER_TARGET=60
if [[ $# -gt 0 && "$1" =~ ^[0-9]+$ ]]; then SECONDS_PER_TARGET="$1"; shift; fi
[[ $# -gt 0 && ( "$1" == -h || "$1" == --help ) ]] && usage
TARGETS=("$@")
[[ ${#TARGETS[@]} -eq 0 ]] && TARGETS=("${ALL_TARGETS[@]}")
for target in "${TARGETS[@]}"; do
  [[ " ${ALL_TARGETS[*]} " == *" $target "* ]] || { echo "unknown target: $target" >&2; usage; }
done

# Longest input per target: room for the largest useful seed, small enough to keep exec/s up.
max_len() {
  case "$1" in
    case_loader) echo 16384 ;;
    xml_invoice) echo 65536 ;;
    pdf_ingest) echo 131072 ;;
    image_ingest) echo 32768 ;;
    normalize) echo 512 ;;
  esac
}

build() {
  cmake -S "$ROOT" -B "$BUILD" -DDOCVAL_FUZZ=ON -DDOCVAL_BUILD_TESTS=OFF \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    >"$WORK/configure.log" 2>&1 || { cat "$WORK/configure.log" >&2; exit 2; }
  nice -n 10 cmake --build "$BUILD" --target docval_fuzz -j2 >"$WORK/build.log" 2>&1 ||
    { tail -40 "$WORK/build.log" >&2; exit 2; }
}

# Copies demo uploads of the given extensions into $1, skipping files over the target's
# max_len (libFuzzer would cut them, and a cut-off PDF or image is only ever refused).
copy_demo() {
  local dest="$1" limit="$2"; shift 2
  local ext file
  for ext in "$@"; do
    while IFS= read -r -d '' file; do
      cp "$file" "$dest/demo_$(sha256sum "$file" | cut -c1-16).$ext"
    done < <(find "$ROOT/samples/demo" -type f -iname "*.$ext" -size -"$((limit + 1))"c -print0)
  done
}

assemble_seeds() {
  local target="$1" dest="$WORK/seeds/$1"
  rm -rf "$dest"
  mkdir -p "$dest"
  cp "$ROOT/fuzz/seeds/$target/"* "$dest/" 2>/dev/null || true
  case "$target" in
    case_loader) copy_demo "$dest" "$(max_len "$target")" csv ;;
    xml_invoice) copy_demo "$dest" "$(max_len "$target")" xml ;;
    pdf_ingest) copy_demo "$dest" "$(max_len "$target")" pdf ;;
    image_ingest)
      # One demo image of each kind, re-encoded small in every format ingest reads.
      local images=()
      local ext
      for ext in jpg png tif; do
        images+=("$(find "$ROOT/samples/demo" -type f -iname "*.$ext" | sort | head -1)")
      done
      "$BUILD/fuzz/make_image_seeds" "$dest" "${images[@]}"
      ;;
    normalize) ;;
  esac
}

# Reads libFuzzer's log and prints "execs exec/s cov ft corpus": corpus is libFuzzer's own count
# of units in its final corpus (the corpus directory may also hold units it has since reduced).
final_stats() {
  local log="$1"
  local execs rate cov ft corpus last
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  # The last status line ("#N DONE cov: X ft: Y corp: A/B ...") holds the final figures.
  last=$(grep -E '^#[0-9]+' "$log" | grep -E 'cov: ' | tail -1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corpus=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
  echo "${execs:-?} ${rate:-?} ${cov:-?} ${ft:-?} $corpus"
}

mkdir -p "$WORK"
build
[[ -f "$WORK/results.tsv" ]] ||
  printf 'date\ttarget\tseconds\texecs\texec_per_s\tcov\tft\tcorpus\tfindings\n' >"$WORK/results.tsv"

export OMP_THREAD_LIMIT=1
# Leaks inside Debian's own libraries that we cannot fix are listed, with reasons, here.
export LSAN_OPTIONS="suppressions=$ROOT/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

total_findings=0
printf '%-13s %10s %8s %6s %6s %7s %s\n' target execs exec/s cov ft corpus findings
for target in "${TARGETS[@]}"; do
  assemble_seeds "$target"
  mkdir -p "$WORK/corpus/$target" "$WORK/findings/$target"
  before=$(find "$WORK/findings/$target" -type f | wc -l)
  log="$WORK/$target.log"
  dict=()
  [[ -f "$ROOT/fuzz/dict/$target.dict" ]] && dict=(-dict="$ROOT/fuzz/dict/$target.dict")
  # A finding stops libFuzzer with a non-zero status; that is reported below, not fatal here.
  nice -n 10 "$BUILD/fuzz/${target}_fuzz" \
    -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=2048 -timeout=10 \
    -max_len="$(max_len "$target")" -print_final_stats=1 "${dict[@]}" \
    -artifact_prefix="$WORK/findings/$target/" \
    "$WORK/corpus/$target" "$WORK/seeds/$target" >"$log" 2>&1 || true
  after=$(find "$WORK/findings/$target" -type f | wc -l)
  findings=$((after - before))
  total_findings=$((total_findings + findings))
  read -r execs rate cov ft corpus < <(final_stats "$log")
  printf '%-13s %10s %8s %6s %6s %7s %s\n' "$target" "$execs" "$rate" "$cov" "$ft" "$corpus" \
    "$findings"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$target" \
    "$SECONDS_PER_TARGET" "$execs" "$rate" "$cov" "$ft" "$corpus" "$findings" \
    >>"$WORK/results.tsv"
  if [[ $findings -gt 0 ]]; then
    find "$WORK/findings/$target" -type f -newer "$WORK/seeds/$target" | sed 's/^/  finding: /'
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$log" | head -5 | sed 's/^/  /' || true
  fi
done
echo "logs: $WORK/<target>.log   findings: $WORK/findings/   results: $WORK/results.tsv"
[[ $total_findings -eq 0 ]]
