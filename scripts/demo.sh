#!/usr/bin/env bash
# Sets up (packages + build) and runs `docval batch` over the shipped sample cases.
# Reports land in out/demo/ (report.json, report.html, docval.db).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
mkdir -p out/demo
build/app/docval batch --cases samples/demo/cases.csv --uploads samples/demo/uploads \
  --out out/demo --db out/demo/docval.db "$@"
echo "demo: open out/demo/report.html (JSON: out/demo/report.json)"
