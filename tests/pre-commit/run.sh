#!/usr/bin/env bash
# The pre-commit hooks, for real: PyPI's pre-commit runs them (try-repo, and run with a config that passes
# args:) in a throw-away repository whose committed, untouched code already leaks. Installs pre-commit
# (pinned) into .build-py/ when missing.
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
commit() { git -C "$project" -c user.name=t -c user.email=t@example.com commit -qm "$1"; }
leak() {  # package, function name → a Go file whose function leaks a response body (GL101, a warning)
  printf 'package %s\n\nimport "net/http"\n\nfunc %s(url string) (int, error) {\n\tresp, err := http.Get(url)\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\treturn resp.StatusCode, nil\n}\n' "$1" "$2"
}
mkdir -p "$project/fetch" "$project/vendor/example.com/dep"
printf 'module example.com/p\n\ngo 1.22\n' > "$project/go.mod"
# An existing repository: committed code with a leak nobody is touching now.
leak fetch Status > "$project/fetch/fetch.go"
git -C "$project" init -q && git -C "$project" add . && commit existing

run() {  # pre-commit's own arguments → output in $tmp/out.txt, pre-commit's status
  (cd "$project" && PATH="$(dirname "$binary"):$PATH" PRE_COMMIT_HOME="$tmp/cache" "$venv/bin/pre-commit" "$@") > "$tmp/out.txt" 2>&1
}
expect() {  # pass|fail, what, pre-commit arguments…
  local want=$1 what=$2; shift 2
  local got=pass
  run "$@" || got=fail
  if [ "$got" != "$want" ]; then echo "pre-commit: $what: expected the hook to $want" >&2; cat "$tmp/out.txt" >&2; exit 1; fi
}

# 1. A clean file of the same package and a leaking vendored file are staged: the untouched leak in
#    fetch.go and the vendored one must not block the commit.
printf 'package fetch\n\nfunc Double(n int) int { return 2 * n }\n' > "$project/fetch/double.go"
leak dep Get > "$project/vendor/example.com/dep/dep.go"
git -C "$project" add .
expect pass "staged clean file beside untouched leaks" try-repo "$hooks" goleaklint
# … while the whole-packages hook reports the package's untouched leak.
expect fail "goleaklint-packages on the same staged file" try-repo "$hooks" goleaklint-packages
grep -q "fetch/fetch.go:6" "$tmp/out.txt" || { echo "pre-commit: the packages hook did not report fetch.go" >&2; cat "$tmp/out.txt" >&2; exit 1; }
commit clean

# 2. A staged leak: the hook fails, naming the staged line only.
leak fetch Fresh > "$project/fetch/fresh.go"
git -C "$project" add .
expect fail "staged leak" try-repo "$hooks" goleaklint
grep -q "fetch/fresh.go:6.*GL101" "$tmp/out.txt" || { echo "pre-commit: no GL101 on the staged line" >&2; cat "$tmp/out.txt" >&2; exit 1; }
if grep -q "fetch/fetch.go" "$tmp/out.txt"; then echo "pre-commit: an untouched file was reported" >&2; cat "$tmp/out.txt" >&2; exit 1; fi

# 3. args: pass through (they used to break the script: `dirname: unrecognized option`): with
#    --fail-level error the same warning no longer fails the hook.
cat > "$tmp/config.yaml" <<YAML
repos:
  - repo: $hooks
    rev: $(git -C "$hooks" rev-parse HEAD)
    hooks:
      - id: goleaklint
        args: [--fail-level, error, --format, text]
YAML
expect pass "args: [--fail-level, error]" run --verbose --config "$tmp/config.yaml"
grep -q "fetch/fresh.go:6.*GL101" "$tmp/out.txt" || { echo "pre-commit: args dropped the report" >&2; cat "$tmp/out.txt" >&2; exit 1; }

# 4. The staged leak fixed: the hook passes.
python3 - "$project/fetch/fresh.go" <<'PY'
import sys
path = sys.argv[1]
text = open(path).read().replace("return 0, err\n\t}\n", "return 0, err\n\t}\n\tdefer resp.Body.Close()\n")
open(path, "w").write(text)
PY
git -C "$project" add .
expect pass "staged leak fixed" try-repo "$hooks" goleaklint
echo "pre-commit: staged lines only (untouched and vendored leaks pass, a staged leak fails), whole-packages hook, args: passed through, passes once fixed"
