#!/usr/bin/env bash
# Regenerates every checked-in output derived from the code: the README's rule table and sample outputs,
# docs/rules.md, the demo's expected findings and the reporter goldens of testdata/golden/ (from testdata/golden/src).
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
# The README's sample outputs, from the same run (never hand-copied: line numbers go stale).
{ echo '```'; echo '$ goleaklint testdata/demo/...'; head -n 2 testdata/demo/expected.txt; echo '…'; tail -n 1 testdata/demo/expected.txt; echo '```'; } \
  | python3 scripts/readme-block.py demo-text
{ echo '```json'; (cd testdata/demo && "$root/$binary" --no-cache --format json ./... || true) | head -n 1 \
    | python3 -c 'import json,sys; o=json.loads(sys.stdin.read()); o.pop("fix",None); o["message"]=o["message"].split(":")[0]+": …"; print(json.dumps(o,separators=(",",":"),ensure_ascii=False))'; echo '```'; } \
  | python3 scripts/readme-block.py demo-json
"$binary" rules --format json | python3 -c '
import json, sys
rows = ["| Other linter'"'"'s name | goleaklint rule |", "|---|---|"]
for rule in json.load(sys.stdin):
    for name in rule.get("equivalents", []):
        rows.append("| `%s` | %s `%s` |" % (name, rule["code"], rule["name"]))
print("\n".join(rows))' | python3 scripts/readme-block.py peers
mkdir -p docs
"$binary" rules --format docs > docs/rules.md
GOLEAKLINT_UPDATE_GOLDEN=1 swift test --filter ReporterTests >/dev/null
echo "updated README.md rule table and samples, docs/rules.md, testdata/demo/expected.txt and testdata/golden/report.*"
