#!/usr/bin/env bash
# Benchmarks goleaklint against the physical limit of its design: a parse-only tree-sitter pass over the
# same files (bench/baseline.c: read, parse, one cursor walk over every node, free; N threads).
#
#   bench/run.sh                       # Go standard library from Debian's golang-1.19-src
#   CORPUS=~/src/monorepo RUNS=7 bench/run.sh
#
# Prints medians (and min–max) of wall time, CPU time and peak RSS, MB/s, the goleaklint / limit ratio,
# the --jobs 1 → --jobs 2 speed-up, whether --jobs 1 and 2 outputs are byte-identical, and the per-rule
# cost from --stats, and the cache: a cold run, then warm runs over the unchanged tree. Targets (BRIEF §8 and
# issue 15): ratio ≥ 0.75 at 2 threads, speed-up ≥ 1.7, peak RSS < 150 MiB, warm cache ≥ 10× faster than cold,
# and a warm run from a 25 000-entry cache within 20 % of one from an empty cache (bench/cache-size.sh);
# and the synthetic stress inputs (bench/stress.sh: 500 packages, 20 000 calls, deep nesting, long lines)
# within 2x their parse-only time; and the editor (bench/editor.sh: `goleaklint lsp` on net/http and a 1,000-file
# package, p95 from edit to diagnostics <= 50 ms).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
RUNS=${RUNS:-5}
# Every rule, the off-by-default ones included (SELECT=… to measure a subset).
SELECT=${SELECT:-ALL}
CORPUS=${CORPUS:-/usr/share/go-1.19/src}
out="$root/bench/out"
mkdir -p "$out"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if [ ! -d "$CORPUS" ] && [ "$CORPUS" = /usr/share/go-1.19/src ]; then
  echo "bench: installing golang-1.19-src (the Go standard library source) as the corpus" >&2
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq golang-1.19-src >/dev/null
fi
[ -d "$CORPUS" ] || { echo "bench: corpus $CORPUS not found" >&2; exit 2; }

bash scripts/setup.sh
swift build -c release --product goleaklint 2>&1 | grep -E "error|Build" >&2 || true
goleaklint="$root/.build/release/goleaklint"
# Every measurement but the cache's own runs without the cache: a warm cache would measure nothing.
nocache=(--no-cache)
baseline="$out/baseline"
cc -O2 -pthread -I Sources/TreeSitterGo/src bench/baseline.c Sources/TreeSitterGo/src/parser.c \
  $(pkg-config --cflags --libs tree-sitter) -o "$baseline"

# Every module of the corpus (./... stops at nested go.mod files), so both tools read the same files.
patterns=(./...)
while IFS= read -r mod; do
  dir=$(dirname "$mod")
  [ "$dir" = . ] || patterns+=("$dir/...")
done < <(cd "$CORPUS" && find . -name go.mod -not -path '*/testdata/*' -not -path '*/vendor/*' | sort)
(cd "$CORPUS" && "$goleaklint" files --tests --include-generated "${patterns[@]}") > "$out/files.txt"
files=$(wc -l < "$out/files.txt")
bytes=$(cd "$CORPUS" && tr '\n' '\0' < "$out/files.txt" | xargs -0 cat | wc -c)
echo "corpus: $CORPUS — $files files, $bytes bytes; $RUNS runs each, alternating" >&2

measure() {  # label, command… → appends "label wall user sys maxrss_kb" to $out/times.txt
  local label=$1; shift
  /usr/bin/time -f "$label %e %U %S %M" -a -o "$out/times.txt" "$@" >/dev/null 2>&1 || true
}
: > "$out/times.txt"
for ((run = 1; run <= RUNS; run++)); do
  for jobs in 2 1; do
    (cd "$CORPUS" && measure "limit-j$jobs" "$baseline" "$jobs" < "$out/files.txt")
    (cd "$CORPUS" && measure "goleaklint-j$jobs" "$goleaklint" "${nocache[@]}" --select "$SELECT" --jobs "$jobs" --tests --include-generated \
      --format json --output /dev/null "${patterns[@]}")
  done
done

(cd "$CORPUS" && "$goleaklint" "${nocache[@]}" --select "$SELECT" --jobs 1 --tests --include-generated --format json "${patterns[@]}" > "$out/j1.json" || true)
(cd "$CORPUS" && "$goleaklint" "${nocache[@]}" --select "$SELECT" --jobs 2 --tests --include-generated --format json "${patterns[@]}" > "$out/j2.json" || true)
identical=no
cmp -s "$out/j1.json" "$out/j2.json" && identical=yes
(cd "$CORPUS" && "$goleaklint" "${nocache[@]}" --select "$SELECT" --jobs 2 --tests --include-generated --stats --format json --output /dev/null "${patterns[@]}" \
  2> "$out/stats.txt" || true)

# The cache: a cold run into an empty cache directory, then warm runs over the unchanged tree (2 threads).
cache="$out/cache"
for ((run = 1; run <= RUNS; run++)); do
  rm -rf "$cache"
  (cd "$CORPUS" && measure "cache-cold" "$goleaklint" --cache-dir "$cache" --select "$SELECT" --jobs 2 --tests \
    --include-generated --format json --output "$out/cold.json" "${patterns[@]}")
  (cd "$CORPUS" && measure "cache-warm" "$goleaklint" --cache-dir "$cache" --select "$SELECT" --jobs 2 --tests \
    --include-generated --format json --output "$out/warm.json" "${patterns[@]}")
done
warm_identical=no
cmp -s "$out/cold.json" "$out/warm.json" && cmp -s "$out/cold.json" "$out/j2.json" && warm_identical=yes
rm -rf "$cache"

# The packaged binary (make dist): its size, and its start-up time (`goleaklint version`, median of 20).
dist_line="dist: no tarball (run make dist first)"
tarball=$(ls "$root"/dist/goleaklint-*-linux-x86_64.tar.gz 2>/dev/null | tail -n1 || true)
if [ -n "$tarball" ]; then
  unpacked=$(mktemp -d)
  tar -xzf "$tarball" -C "$unpacked"
  packaged=$(ls "$unpacked"/*/goleaklint)
  startup=$(python3 -c '
import subprocess, sys, time, statistics
runs = []
for _ in range(20):
    start = time.perf_counter(); subprocess.run([sys.argv[1], "version"], stdout=subprocess.DEVNULL); runs.append(time.perf_counter() - start)
print("%.1f" % (statistics.median(runs) * 1000))' "$packaged")
  dist_line="dist: $(basename "$tarball") $(( $(stat -c %s "$tarball") / 1024 / 1024 )) MiB, binary $(( $(stat -c %s "$packaged") / 1024 / 1024 )) MiB, start-up (goleaklint version) ${startup} ms"
  rm -rf "$unpacked"
fi

{
python3 - "$out/times.txt" "$bytes" "$identical" "$out/stats.txt" "$warm_identical" <<'PY'
import statistics, sys
times, size, identical, stats, warm_identical = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
rows = {}
for line in open(times):
    parts = line.split()
    if len(parts) != 5: continue
    label, wall, user, sys_, rss = parts
    rows.setdefault(label, []).append((float(wall), float(user) + float(sys_), int(rss) / 1024))
def col(label, i): return [r[i] for r in rows.get(label, [])]
def med(label, i): return statistics.median(col(label, i))
def spread(label, i): return "%.2f–%.2f" % (min(col(label, i)), max(col(label, i)))
mb = size / 1e6
print("%-16s %8s %13s %8s %13s %10s %8s" % ("", "wall s", "wall min–max", "cpu s", "cpu min–max", "RSS MiB", "MB/s"))
for label in ("limit-j2", "goleaklint-j2", "limit-j1", "goleaklint-j1", "cache-cold", "cache-warm"):
    if label not in rows: continue
    print("%-16s %8.2f %13s %8.2f %13s %10.1f %8.1f" % (label, med(label, 0), spread(label, 0), med(label, 1),
          spread(label, 1), max(col(label, 2)), mb / med(label, 0)))
ratio2 = med("limit-j2", 0) / med("goleaklint-j2", 0)
ratio1 = med("limit-j1", 0) / med("goleaklint-j1", 0)
speedup = med("goleaklint-j1", 0) / med("goleaklint-j2", 0)
rss = max(col("goleaklint-j2", 2) + col("goleaklint-j1", 2))
print()
print("throughput vs limit, 2 threads: %.2f (target >= 0.75) %s" % (ratio2, "ok" if ratio2 >= 0.75 else "MISSED"))
print("throughput vs limit, 1 thread:  %.2f" % ratio1)
print("speed-up --jobs 1 -> 2:         %.2fx (target >= 1.7) %s" % (speedup, "ok" if speedup >= 1.7 else "MISSED"))
print("peak RSS:                       %.1f MiB (target < 150) %s" % (rss, "ok" if rss < 150 else "MISSED"))
print("output --jobs 1 == --jobs 2:    %s" % identical)
cache = med("cache-cold", 0) / med("cache-warm", 0)
print("cache: cold %.2f s, warm %.2f s:  %.1fx (target >= 10) %s; warm output == cold: %s"
      % (med("cache-cold", 0), med("cache-warm", 0), cache, "ok" if cache >= 10 else "MISSED", warm_identical))
print()
print("per-rule cost (--stats, 2 threads):")
print(open(stats).read().rstrip())
PY
echo "$dist_line"
bash "$root/bench/cache-size.sh" "$goleaklint" 25000 "$RUNS"
bash "$root/bench/stress.sh" "$goleaklint" "$baseline"
[ -d "$CORPUS/net/http" ] && bash "$root/bench/editor.sh" "$goleaklint" "$CORPUS/net/http"
} | tee "$out/summary.txt"

# The README's numbers are this run's, never hand-typed.
{
  echo '```'
  echo "make bench at $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?') on $(date -u +%Y-%m-%d), $(nproc) cores;" \
    "corpus $(basename "$CORPUS") ($files files, $bytes bytes), $RUNS runs"
  cat "$out/summary.txt"
  echo '```'
} | python3 "$root/scripts/readme-block.py" bench "$root/README.md"
