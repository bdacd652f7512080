#!/usr/bin/env bash
# Linear time on any input (issue 28): each input of bench/stress.py linted with every rule on, against the
# parse-only baseline over the same files (bench/baseline.c, one thread each). Target: goleaklint ≤ 2× the
# parse-only time (plus 0.2 s of process start-up and discovery, which the baseline does not pay).
#
#   bench/stress.sh GOLEAKLINT BASELINE
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
goleaklint=$(realpath "$1") baseline=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/stress.py" "$work"
missed=0
for input in packages calls nesting lines; do
  (cd "$work/$input" && "$goleaklint" files --tests --include-generated ./... > "$work/$input.files")
  seconds() { python3 -c 'import subprocess,sys,time; s=time.perf_counter(); subprocess.run(sys.argv[1:], stdin=open(sys.argv[1] and "'"$work/$input.files"'"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd="'"$work/$input"'"); print("%.3f" % (time.perf_counter()-s))' "$@"; }
  parse=$(seconds "$baseline" 1)
  lint=$(seconds "$goleaklint" --no-cache --select ALL --tests --include-generated --jobs 1 --format json --output /dev/null ./...)
  verdict=$(python3 -c "import sys; p, l = float(sys.argv[1]), float(sys.argv[2]); print('%.1fx %s' % (l / max(p, 1e-3), 'ok' if l <= 2 * p + 0.2 else 'MISSED'))" "$parse" "$lint")
  case "$verdict" in *MISSED) missed=$((missed + 1)) ;; esac
  printf 'stress %-9s %6d files %9d bytes: parse-only %7.3f s, goleaklint %7.3f s: %s\n' "$input" \
    "$(wc -l < "$work/$input.files")" "$(cd "$work/$input" && tr '\n' '\0' < "$work/$input.files" | xargs -0 cat | wc -c)" "$parse" "$lint" "$verdict"
done
[ "$missed" -eq 0 ] || echo "stress: $missed input(s) over 2x their parse-only time"
