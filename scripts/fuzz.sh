#!/usr/bin/env bash
# Builds goleaklint with libFuzzer (-sanitize=fuzzer, entry point in Sources/GoLeakLint/FuzzEntry.swift)
# and fuzzes parse → every rule → every reporter for the given number of seconds.
# Seed corpus: every .go file under testdata/ plus testdata/fuzz-regressions/. A crash leaves its input in
# .build-fuzz/artifacts/; copy it to testdata/fuzz-regressions/ so FuzzRegressionTests replays it.
set -euo pipefail
seconds=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

swift build -c release --product goleaklint -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING \
  --scratch-path .build-fuzz 2>&1 | grep -E "error|warning: |Build" || true
binary=.build-fuzz/release/goleaklint
[ -x "$binary" ] || { echo "fuzz: build failed" >&2; exit 1; }

corpus=.build-fuzz/corpus
mkdir -p "$corpus" .build-fuzz/artifacts
index=0
while IFS= read -r -d '' seed; do
  index=$((index + 1))
  cp "$seed" "$corpus/seed-$index"
done < <(find testdata -type f \( -name '*.go' -o -path '*/fuzz-regressions/*' \) -size -64k -print0 | sort -z)

"$binary" "$corpus" -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix=.build-fuzz/artifacts/ -print_final_stats=1 2>&1 | tee .build-fuzz/last-run.log \
  | grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb|==|SUMMARY|artifact_prefix)" || true
if ls .build-fuzz/artifacts/ 2>/dev/null | grep -q .; then
  echo "fuzz: crashing inputs in .build-fuzz/artifacts/" >&2
  exit 1
fi
echo "fuzz: ${seconds}s, no crash"
