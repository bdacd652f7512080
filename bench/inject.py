#!/usr/bin/env python3
"""Recall by injection (issue 23/24): in real Go code, find functions that acquire a resource and release
it exactly once, remove that one release (the line is blanked, so line numbers stay), lint the package, and
check that the acquisition is reported. Prints recall per resource kind and writes every site with its result.

    bench/inject.py [--binary B] [--per-kind N] [--seed S] [--out FILE] ROOT...

ROOT is a checkout (or GOROOT/src); it is copied once to a scratch directory, never modified. Sites are
chosen where removing the release must leave a leak: the variable is used only through selectors (`resp.Body`,
`f.Name()`) besides its acquisition and release, so no hand-off hides the injected leak.
"""
import argparse, json, os, random, re, shutil, subprocess, sys, tempfile

IDENT = r"[A-Za-z_]\w*"
# kind: (code, release pattern with the variable as group 1, acquisition pattern builder, extra flags)
KINDS = {
    "response":   ("GL101", rf"^\s*(?:defer\s+)?({IDENT})\.Body\.Close\(\)\s*$",
                   lambda v: rf"\b{v}\s*,\s*{IDENT}\s*:?=\s*.*\b(Get|Post|PostForm|Do|RoundTrip)\("),
    "file":       ("GL103", rf"^\s*(?:defer\s+)?({IDENT})\.Close\(\)\s*$",
                   lambda v: rf"\b{v}\s*,\s*{IDENT}\s*:?=\s*os\.(Open|Create|OpenFile|CreateTemp)\("),
    "sql-rows":   ("GL104", rf"^\s*(?:defer\s+)?({IDENT})\.Close\(\)\s*$",
                   lambda v: rf"\b{v}\s*,\s*{IDENT}\s*:?=\s*.*\.(Query|QueryContext|Prepare|PrepareContext)\("),
    "net-conn":   ("GL106", rf"^\s*(?:defer\s+)?({IDENT})\.Close\(\)\s*$",
                   lambda v: rf"\b{v}\s*,\s*{IDENT}\s*:?=\s*(net|tls)\.(Dial|DialTimeout|DialTCP|DialUDP|DialUnix|Listen|ListenTCP|ListenUDP|ListenUnix|ListenPacket)\(|\b{v}\s*,\s*{IDENT}\s*:?=\s*{IDENT}\.Accept\(\)"),
    "cancel":     ("GL304", rf"^\s*(?:defer\s+)?({IDENT})\(\)\s*$",
                   lambda v: rf"{IDENT}\s*,\s*{v}\s*:?=\s*context\.With(Cancel|Timeout|Deadline)(Cause)?\("),
    "ticker":     ("GL302", rf"^\s*(?:defer\s+)?({IDENT})\.Stop\(\)\s*$",
                   lambda v: rf"\b{v}\s*:?=\s*time\.New(Ticker|Timer)\("),
    "c-memory":   ("GL102", rf"^\s*(?:defer\s+)?C\.free\(unsafe\.Pointer\(({IDENT})\)\)\s*$",
                   lambda v: rf"\b{v}\s*:?=\s*C\.(CString|CBytes|malloc|calloc)\("),
}


# Any release of the variable on a line, for counting (statement form or not).
RELEASE_ANYWHERE = {
    "response": lambda v: rf"\b{v}\.Body\.Close\(",
    "file": lambda v: rf"\b{v}\.Close\(",
    "sql-rows": lambda v: rf"\b{v}\.Close\(",
    "net-conn": lambda v: rf"\b{v}\.Close\(",
    "cancel": lambda v: rf"\b{v}\(\)",
    "ticker": lambda v: rf"\b{v}\.Stop\(",
    "c-memory": lambda v: rf"C\.free\(unsafe\.Pointer\({v}\)\)",
}


def functions(lines):
    """(start, end) line indices of top-level functions (gofmt: `func` at column 0, `}` at column 0)."""
    start = None
    for index, line in enumerate(lines):
        if line.startswith("func "):
            if line.rstrip().endswith("}"):
                continue
            start = index
        elif start is not None and line.startswith("}"):
            yield start, index
            start = None


def sites(root):
    for directory, subdirectories, names in os.walk(root):
        subdirectories[:] = sorted(d for d in subdirectories if d not in ("vendor", "testdata") and not d.startswith((".", "_")))
        for name in sorted(names):
            if not name.endswith(".go"):
                continue
            path = os.path.join(directory, name)
            try:
                lines = open(path, encoding="utf-8").read().split("\n")
            except (UnicodeDecodeError, OSError):
                continue
            for start, end in functions(lines):
                body = lines[start:end + 1]
                for kind, (code, release, acquisition) in KINDS.items():
                    for offset, line in enumerate(body):
                        match = re.match(release, line)
                        if not match:
                            continue
                        variable = match.group(1)
                        acquired = [i for i, l in enumerate(body) if re.search(acquisition(variable), l)]
                        if len(acquired) != 1 or acquired[0] > offset:
                            continue
                        # Exactly one release anywhere in the function (`if err := f.Close(); …` counts too), and
                        # every other mention is a selector (no hand-off to hide it).
                        mentions = [i for i, l in enumerate(body) if re.search(rf"\b{variable}\b", l)]
                        releases = [i for i in mentions if re.match(release, body[i]) and re.match(release, body[i]).group(1) == variable]
                        anywhere = RELEASE_ANYWHERE[kind](variable)
                        if len(releases) != 1 or sum(len(re.findall(anywhere, body[i])) for i in mentions) != 1:
                            continue
                        # A function that never returns (an endless server loop) keeps what it opens by design.
                        if any(re.match(r"^\s*for\s*\{\s*$", l) for l in body):
                            continue
                        # Rows drained by `for rows.Next()` are closed by database/sql when Next returns false:
                        # without the Close only an early exit from the loop could leak, so the site may be clean.
                        if kind == "sql-rows" and any(re.search(rf"\bfor\s+(?:!\s*)?{variable}\.Next\(\)", l) for l in body):
                            continue
                        plain = re.compile(rf"\b{variable}\b(?!\s*\.)")
                        others = [i for i in mentions if i not in releases and i != acquired[0] and plain.search(body[i])]
                        if kind == "cancel":
                            others = [i for i in mentions if i not in releases and i != acquired[0]]
                        if kind == "c-memory":
                            # Passing C memory to a C function borrows it (GL102 does not take that for a hand-off).
                            others = [i for i in others if not re.search(r"\bC\.\w+\(", body[i])]
                        if others:
                            continue
                        yield dict(kind=kind, code=code, file=os.path.relpath(path, root),
                                   acquisition=start + acquired[0] + 1, release=start + offset + 1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("roots", nargs="+")
    parser.add_argument("--binary", default=os.path.join(os.path.dirname(__file__), "..", ".build/release/goleaklint"))
    parser.add_argument("--per-kind", type=int, default=60)
    parser.add_argument("--seed", type=int, default=20261207)
    parser.add_argument("--out", default="")
    arguments = parser.parse_args()
    binary = os.path.abspath(arguments.binary)
    results = []
    for root in arguments.roots:
        scratch = tempfile.mkdtemp(prefix="inject-")
        copy = os.path.join(scratch, os.path.basename(os.path.abspath(root)))
        shutil.copytree(root, copy, symlinks=True, ignore=shutil.ignore_patterns(".git"))
        found = list(sites(copy))
        chosen = []
        generator = random.Random(arguments.seed)
        for kind in KINDS:
            candidates = [s for s in found if s["kind"] == kind]
            generator.shuffle(candidates)
            chosen += candidates[:arguments.per_kind]
        for site in chosen:
            path = os.path.join(copy, site["file"])
            original = open(path, encoding="utf-8").read()
            lines = original.split("\n")
            lines[site["release"] - 1] = ""
            open(path, "w", encoding="utf-8").write("\n".join(lines))
            try:
                run = subprocess.run([binary, "--no-cache", "--tests", "--include-generated", "--go-version", "1.22",
                                      "--select", site["code"], "--format", "json", "--exit-zero", os.path.dirname(site["file"]) or "."],
                                     cwd=copy, capture_output=True, text=True, timeout=300)
                findings = [json.loads(l) for l in run.stdout.splitlines() if l.strip()]
            finally:
                open(path, "w", encoding="utf-8").write(original)
            hit = any(f["location"]["line"] == site["acquisition"] and f["location"]["file"].endswith(site["file"])
                      for f in findings)
            results.append(dict(site, root=os.path.basename(os.path.abspath(root)), found=hit))
        shutil.rmtree(scratch, ignore_errors=True)
    if arguments.out:
        with open(arguments.out, "w") as out:
            for result in results:
                out.write(json.dumps(result) + "\n")
    print(f"{'kind':<10} {'code':<6} {'sites':>5} {'found':>5} {'recall':>6}")
    for kind, (code, _, _) in KINDS.items():
        rows = [r for r in results if r["kind"] == kind]
        if rows:
            hits = sum(r["found"] for r in rows)
            print(f"{kind:<10} {code:<6} {len(rows):>5} {hits:>5} {hits / len(rows):>6.2f}")
    total = len(results)
    hits = sum(r["found"] for r in results)
    print(f"{'all':<10} {'':<6} {total:>5} {hits:>5} {hits / max(total, 1):>6.2f}")


if __name__ == "__main__":
    main()
