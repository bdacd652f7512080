#!/usr/bin/env bash
# Regenerates every checked-in output derived from the code: the README's rule table, docs/rules.md,
# the demo's expected findings and the reporter goldens of testdata/golden/ (from testdata/golden/src).
# Run after adding or changing a rule (`make generated`), then review the diff.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
swift build -c release --product goleaklint >/dev/null
binary=.build/release/goleaklint
table=$("$binary" rules --format markdown)
python3 - "$table" <<'PY'
import sys
table = sys.argv[1]
text = open("README.md").read()
begin, end = "<!-- rules:begin -->\n", "<!-- rules:end -->"
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
open("README.md", "w").write(head + begin + table + "\n" + end + tail)
PY
"$binary" testdata/demo/... > testdata/demo/expected.txt || true
mkdir -p docs
"$binary" rules --format docs > docs/rules.md
GOLEAKLINT_UPDATE_GOLDEN=1 swift test --filter ReporterTests >/dev/null
echo "updated README.md rule table, docs/rules.md, testdata/demo/expected.txt and testdata/golden/report.*"
