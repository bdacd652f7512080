#!/usr/bin/env python3
"""Scores goleaklint's goroutine rules on GoBench's GoKer blocking bugs (issue 24, item 3).

    bench/goker/score.py GOKER_BLOCKING_DIR [GOLEAKLINT]

GOKER_BLOCKING_DIR is gobench/goker/blocking of github.com/timmyyuan/gobench (fetched, never committed).
blocking-lines.jsonl (beside this script) labels each of the 42 channel bugs: the lines of the channel operations
that block forever. A bug counts as found when a finding of GL201/GL202/GL205 in its file sits on one of
those lines, or on the `go` statement that starts the goroutine holding one (a func literal spanning the
line, or `go x.m(…)`/`go f(…)` whose function body spans it), or names such a line as a related location.
Every other finding in those programs is listed as "elsewhere" (read them: a true leak the benchmark does not
label, or a false positive).
"""
import json, os, re, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
root = sys.argv[1]
binary = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "..", ".build", "release", "goleaklint")
bugs = [json.loads(line) for line in open(os.path.join(here, "blocking-lines.jsonl"))]
rules = "GL201,GL202,GL205"

run = subprocess.run([binary, "--no-cache", "--tests", "--select", rules, "--format", "json", "./..."],
                     cwd=root, capture_output=True, text=True)
findings = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]


def bodies(path):
    """(name, first line, last line) of every func declaration and func literal, by brace matching."""
    lines = open(path).read().split("\n")
    spans = []
    for number, text in enumerate(lines, 1):
        match = re.search(r"\bfunc\b(?:\s*\([^)]*\))?\s*(\w*)", text)
        if not match or "{" not in text[match.start():]:
            continue
        depth, end = 0, None
        for later in range(number, len(lines) + 1):
            segment = lines[later - 1] if later != number else lines[later - 1][match.start():]
            segment = re.sub(r'"(\\.|[^"\\])*"|`[^`]*`|//.*', "", segment)
            depth += segment.count("{") - segment.count("}")
            if depth <= 0 and "{" in "".join(lines[number - 1:later]):
                end = later
                break
        spans.append((match.group(1), number, end or number))
    return lines, spans


def go_lines(path, blocked):
    """Lines of `go` statements that start a goroutine holding one of the blocked lines."""
    lines, spans = bodies(path)
    result = set()
    for number, text in enumerate(lines, 1):
        go = re.search(r"\bgo\s+(func\b|[\w.]+\()", text)
        if not go:
            continue
        if go.group(1) == "func":
            for name, start, end in spans:
                if start == number and any(start <= b <= end for b in blocked):
                    result.add(number)
        else:
            called = go.group(1)[:-1].split(".")[-1]
            for name, start, end in spans:
                if name == called and any(start <= b <= end for b in blocked):
                    result.add(number)
    return result


found, elsewhere = [], []
matched = set()
for bug in bugs:
    path = os.path.join(root, bug["file"])
    targets = set(bug["lines"]) | go_lines(path, bug["leaked_goroutine_lines"] or bug["lines"])
    for index, finding in enumerate(findings):
        location = finding["location"]
        if location["file"] != bug["file"]:
            continue
        related = {r["location"]["line"] for r in finding.get("related", []) if r["location"]["file"] == bug["file"]}
        if location["line"] in targets or related & set(bug["lines"]):
            matched.add(index)
            if bug["bug"] not in [b for b, _ in found]:
                found.append((bug["bug"], f'{finding["code"]} {location["file"]}:{location["line"]}'))
for index, finding in enumerate(findings):
    if index not in matched:
        elsewhere.append(f'{finding["code"]} {finding["location"]["file"]}:{finding["location"]["line"]} {finding["message"][:110]}')

fields = [b for b in bugs if b["channel_in_struct_field"]]
found_names = {b for b, _ in found}
print(f"GoKer channel bugs: {len(bugs)} ({len(fields)} with the channel in a struct field); rules {rules}")
print(f"found at their bug line: {len(found)} ({sum(1 for b in fields if b['bug'] in found_names)} of the struct-field ones)")
for name, where in found:
    print(f"  {name}: {where}")
print(f"findings elsewhere in those programs: {len(elsewhere)}")
for line in elsewhere:
    print("  " + line)
