#!/usr/bin/env bash
# The pre-commit hook, for real: PyPI's pre-commit runs `try-repo` with this repository's hook on a
# throw-away git repository holding a leaking file (the hook must fail), then on the fixed file (it must
# pass). Installs pre-commit (pinned) into .build-py/ when missing.
#
#   tests/pre-commit/run.sh BINARY
set -euo pipefail
binary=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
venv="$root/.build-py"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c "import pre_commit" 2>/dev/null || "$venv/bin/pip" install -q "pre-commit==4.7.0"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# try-repo needs the hook repository as git sees it: a snapshot of this checkout's hook files.
hooks="$tmp/hooks"
mkdir -p "$hooks/scripts"
cp "$root/.pre-commit-hooks.yaml" "$hooks/"
cp "$root/scripts/pre-commit-hook.sh" "$hooks/scripts/"
git -C "$hooks" init -q && git -C "$hooks" add . && git -C "$hooks" -c user.name=t -c user.email=t@example.com commit -qm hooks

project="$tmp/project"
mkdir -p "$project/fetch"
printf 'module example.com/p\n\ngo 1.22\n' > "$project/go.mod"
cat > "$project/fetch/fetch.go" <<'GO'
package fetch

import "net/http"

func Status(url string) (int, error) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
GO
git -C "$project" init -q && git -C "$project" add . && git -C "$project" -c user.name=t -c user.email=t@example.com commit -qm leak

run() { (cd "$project" && PATH="$(dirname "$binary"):$PATH" PRE_COMMIT_HOME="$tmp/cache" \
  "$venv/bin/pre-commit" try-repo "$hooks" goleaklint --all-files) > "$tmp/out.txt" 2>&1; }
if run; then echo "pre-commit: the hook passed on a leaking file" >&2; cat "$tmp/out.txt" >&2; exit 1; fi
grep -q "GL101" "$tmp/out.txt" || { echo "pre-commit: no GL101 in the hook's output" >&2; cat "$tmp/out.txt" >&2; exit 1; }
sed -i 's/\tif err != nil {\n\t\treturn 0, err\n\t}//' "$project/fetch/fetch.go"
python3 - "$project/fetch/fetch.go" <<'PY'
import sys
path = sys.argv[1]
text = open(path).read().replace("return 0, err\n\t}\n", "return 0, err\n\t}\n\tdefer resp.Body.Close()\n")
open(path, "w").write(text)
PY
git -C "$project" add . && git -C "$project" -c user.name=t -c user.email=t@example.com commit -qm fix
if ! run; then echo "pre-commit: the hook failed on the fixed file" >&2; cat "$tmp/out.txt" >&2; exit 1; fi
echo "pre-commit: try-repo fails on a leaking file (GL101) and passes once it is fixed"
