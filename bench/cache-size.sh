#!/usr/bin/env bash
# A warm run must not grow with the cache (issue 27): the same three-file package linted warm from a cache that
# holds only its own entry and from one padded with 25 000 other entries. Prints both medians and their ratio
# (target: within 20 %).
#
#   bench/cache-size.sh [GOLEAKLINT] [ENTRIES] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
goleaklint=${1:-$root/.build/release/goleaklint}
entries=${2:-25000}
runs=${3:-9}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/module/pkg"
printf 'module example.com/cachebench\n\ngo 1.22\n' > "$work/module/go.mod"
for name in a b c; do
  cat > "$work/module/pkg/$name.go" <<GO
package pkg

import "net/http"

func fetch$name(url string) (int, error) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
GO
done

lint() { (cd "$work/module" && "$goleaklint" --cache-dir "$1" --format json --output /dev/null ./... >/dev/null 2>&1 || true); }
lint "$work/small"
cp -r "$work/small" "$work/large"
python3 - "$work/large" "$entries" <<'PY'
import os, sys
directory, count = sys.argv[1], int(sys.argv[2])
body = '{"key":"%s","findings":[],"errors":[],"dependencies":{}}'
for i in range(count):
    key = "%032x" % (i * 2654435761 % (1 << 128))
    sub = os.path.join(directory, key[:2])
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, key + ".json"), "w") as f:
        f.write(body % key)
PY
lint "$work/large"  # settles the padded cache's size index like a previous run would have

python3 - "$goleaklint" "$work" "$runs" "$entries" <<'PY'
import os, statistics, subprocess, sys, time
goleaklint, work, runs, entries = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
def warm(cache):
    start = time.perf_counter()
    subprocess.run([goleaklint, "--cache-dir", cache, "--format", "json", "--output", "/dev/null", "./..."],
                   cwd=os.path.join(work, "module"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start
small, large = [], []
for _ in range(runs):
    small.append(warm(os.path.join(work, "small")))
    large.append(warm(os.path.join(work, "large")))
s, l = statistics.median(small), statistics.median(large)
ratio = l / s
print("cache size: warm run %.3f s with its own entry only, %.3f s with %s more entries: %.2fx (target <= 1.20) %s"
      % (s, l, entries, ratio, "ok" if ratio <= 1.2 else "MISSED"))
PY
