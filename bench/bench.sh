#!/usr/bin/env bash
# docval throughput benchmark against bare Tesseract; see bench/README.md.
#
#   bench/bench.sh [CASES] [SEED]        (defaults: 40 cases, seed 7)
#
# Environment: DOCVAL_BUILD (build dir, default build), BENCH_OUT (work dir, default a new
# /tmp/docval-bench.XXXXXX, kept for inspection), JOBS (default 2), BASELINE_LANGS (kor+eng).
set -euo pipefail

CASES=${1:-40}
SEED=${2:-7}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${DOCVAL_BUILD:-$ROOT/build}
DOCVAL=${DOCVAL:-$BUILD/app/docval}
SAMPLEGEN=${SAMPLEGEN:-$BUILD/samples/docval-samplegen}
JOBS=${JOBS:-2}
BASELINE_LANGS=${BASELINE_LANGS:-kor+eng}
WORK=${BENCH_OUT:-$(mktemp -d /tmp/docval-bench.XXXXXX)}
# One Tesseract thread per process: parallelism comes from the 2 workers on both sides.
export OMP_THREAD_LIMIT=1

for tool in "$DOCVAL" "$SAMPLEGEN"; do
  [[ -x $tool ]] || { echo "bench: $tool not built (cmake --build $BUILD --target docval docval-samplegen)" >&2; exit 2; }
done
command -v tesseract >/dev/null || { echo "bench: tesseract not installed" >&2; exit 2; }
mkdir -p "$WORK"

field() { awk -v l="$1" -v c="$2" '$1 == l { v = $c } END { print v }' "$WORK/measures"; }
# measure LABEL CMD... : runs CMD, appends "LABEL wall_s peak_rss_kib exit_code" to $WORK/measures.
# docval reads uploads in worker processes, so the peak is of all processes of the run added
# up (sampled every 0.1 s from /proc by session id), not of the largest one.
RSS_METHOD="sum over the run's processes, sampled every 0.1 s"
measure() {
  local label=$1; shift
  python3 - "$label" "$@" >>"$WORK/measures" 2>"$WORK/$label.err" <<'EOF'
import os, subprocess, sys, time
def session_rss_kib(sid):
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            stat = open(f"/proc/{pid}/stat").read()
            fields = stat[stat.rindex(")") + 2:].split()
            if int(fields[3]) != sid:        # stat field 6: session id
                continue
            total += int(fields[21]) * os.sysconf("SC_PAGE_SIZE") // 1024  # field 24: rss pages
        except (OSError, ValueError, IndexError):
            pass
    return total
start = time.monotonic()
child = subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=sys.stderr,
                         start_new_session=True)
peak = 0
while child.poll() is None:
    peak = max(peak, session_rss_kib(child.pid))
    time.sleep(0.1)
print(sys.argv[1], f"{time.monotonic() - start:.2f}", peak, child.returncode)
EOF
  if [[ $(field "$label" 4) != 0 ]]; then echo "bench: $label failed (see $WORK/$label.err)" >&2; fi
}

echo "bench: work dir $WORK; $CASES cases, seed $SEED, $JOBS jobs; RSS by $RSS_METHOD" >&2
: >"$WORK/measures"

# 1. The sets: the full eval mix, and one of only XML and born-digital PDFs (no defects).
rm -rf "$WORK/set" "$WORK/text"
"$SAMPLEGEN" --preset eval --cases "$CASES" --seed "$SEED" --out "$WORK/set" >/dev/null
"$SAMPLEGEN" --preset eval --cases "$CASES" --seed "$SEED" --forms xml,pdf_text \
  --defect-rate 0 --out "$WORK/text" >/dev/null

# 2. docval batch, fresh database, then the unchanged re-run on the same database.
rm -f "$WORK"/*.db
measure batch "$DOCVAL" batch --cases "$WORK/set/cases.csv" --uploads "$WORK/set/uploads" \
  --out "$WORK/report1" --db "$WORK/bench.db" --jobs "$JOBS"
measure rerun "$DOCVAL" batch --cases "$WORK/set/cases.csv" --uploads "$WORK/set/uploads" \
  --out "$WORK/report2" --db "$WORK/bench.db" --jobs "$JOBS"
measure textset "$DOCVAL" batch --cases "$WORK/text/cases.csv" --uploads "$WORK/text/uploads" \
  --out "$WORK/report3" --db "$WORK/text.db" --jobs "$JOBS"
measure textset_inproc "$DOCVAL" batch --cases "$WORK/text/cases.csv" --uploads "$WORK/text/uploads" \
  --out "$WORK/report3" --db "$WORK/text_inproc.db" --jobs "$JOBS" --no-isolation

# 3. The baseline: bare `tesseract FILE -` over the same set's image uploads and image-only PDFs
# (rasterised at 300 dpi with pdftoppm when installed, else their embedded JPEG pages, which the
# generator writes at the scan's 300 dpi). Text-layer PDFs, XML and broken files are skipped:
# they need no OCR. Page counts come from truth.json.
rm -rf "$WORK/baseline" && mkdir -p "$WORK/baseline"
if command -v pdftoppm >/dev/null; then RASTER="pdftoppm -r 300"; else RASTER="embedded JPEG pages (no pdftoppm)"; fi
python3 - "$WORK/set" "$WORK/baseline" "$(command -v pdftoppm || true)" >"$WORK/baseline.stats" <<'EOF'
import json, os, re, subprocess, sys
root, out, pdftoppm = sys.argv[1], sys.argv[2], sys.argv[3]
truth = json.load(open(os.path.join(root, "truth.json")))
files, pages, uploads = [], 0, 0
for case in truth["cases"]:
    for doc in case["documents"]:
        uploads += 1
        if doc["broken"] or doc["form"] in ("xml", "pdf_text", "html", "zip"):
            continue
        path = os.path.join(root, "uploads", doc["file"])
        pages += max(1, len(doc["lines_per_page"]))
        if not path.lower().endswith(".pdf"):
            files.append(path)
            continue
        stem = os.path.join(out, f"pdf{len(files):04d}")
        if pdftoppm:
            subprocess.run([pdftoppm, "-r", "300", "-png", path, stem], check=True)
            files += sorted(os.path.join(out, f) for f in os.listdir(out)
                            if f.startswith(os.path.basename(stem) + "-"))
            continue
        data = open(path, "rb").read()
        for n, m in enumerate(re.finditer(rb"stream\r?\n(?=\xff\xd8\xff)", data)):
            end = data.index(b"endstream", m.end())
            page = f"{stem}-{n + 1}.jpg"
            open(page, "wb").write(data[m.end():end].rstrip(b"\r\n"))
            files.append(page)
with open(os.path.join(out, "files.list"), "wb") as f:
    f.write(b"".join(p.encode() + b"\0" for p in files))
print(uploads, pages, len(files))
EOF
read -r UPLOADS OCR_PAGES BASELINE_FILES <"$WORK/baseline.stats"
measure baseline xargs -0 -P "$JOBS" -a "$WORK/baseline/files.list" -I{} \
  tesseract {} - -l "$BASELINE_LANGS"
# docval's own engine setting on the same pages (`kor`, one uniform block), without anything
# docval adds: the floor any pipeline built on it pays for recognition alone.
measure floor xargs -0 -P "$JOBS" -a "$WORK/baseline/files.list" -I{} \
  tesseract {} - -l kor --psm 6
TEXT_DOCS=$(find "$WORK/text/uploads" -type f | wc -l)

# 4. The table.
python3 - "$WORK/measures" "$CASES" "$UPLOADS" "$OCR_PAGES" "$BASELINE_FILES" "$TEXT_DOCS" \
  "$JOBS" "$BASELINE_LANGS" "$RASTER" "$RSS_METHOD" <<'EOF'
import sys
m = {}
for line in open(sys.argv[1]):
    label, wall, rss, rc = line.split()
    m[label] = (float(wall), int(rss), int(rc))
cases, uploads, pages, files, text_docs, jobs = map(int, sys.argv[2:8])
langs, raster, rss_method = sys.argv[8:11]
b, r, t, base = m["batch"], m["rerun"], m["textset"], m["baseline"]
ti = m["textset_inproc"]
floor = m["floor"]
def row(name, value): print(f"  {name:<44} {value}")
print(f"\ndocval benchmark: {cases} cases, {uploads} uploads, {pages} OCR pages, {jobs} jobs")
row("docval batch (fresh db) wall", f"{b[0]:.1f} s  ({b[0] / pages:.2f} s per OCR page)" + ("" if b[2] == 0 else f"  EXIT {b[2]}"))
row("docval batch peak RSS", f"{b[1] / 1024:.0f} MiB")
row(f"baseline tesseract -l {langs}, xargs -P {jobs}", f"{base[0]:.1f} s  over {files} page images ({base[0] / max(files, 1):.2f} s per page)")
row("baseline peak RSS (all its processes)", f"{base[1] / 1024:.0f} MiB")
row("ratio docval / baseline (wall)", f"{b[0] / base[0]:.2f}")
row(f"floor: tesseract -l kor --psm 6, xargs -P {jobs}", f"{floor[0]:.1f} s  ratio floor / baseline {floor[0] / base[0]:.2f}")
row("re-run, same --db, unchanged files", f"{r[0]:.1f} s  speed-up {b[0] / r[0]:.1f}x" + ("" if r[2] == 0 else f"  EXIT {r[2]}"))
row(f"xml + pdf_text set ({text_docs} docs)", f"{t[0]:.1f} s  {text_docs / t[0]:.1f} docs/s  peak RSS {t[1] / 1024:.0f} MiB" + ("" if t[2] == 0 else f"  EXIT {t[2]}"))
row("isolation overhead (xml + pdf_text set)", f"{(t[0] - ti[0]) * 1000 * jobs / text_docs:.0f} ms per file of worker time ({ti[0]:.1f} s in-process, --no-isolation)")
print(f"  (PDF pages for the baseline: {raster}; RSS: {rss_method})")
EOF
echo "bench: outputs kept in $WORK" >&2
