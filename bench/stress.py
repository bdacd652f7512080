#!/usr/bin/env python3
"""Generates the synthetic stress corpus of `make bench` (issue 28): inputs that make a super-linear analysis
show — a 500-package module, a file with 20 000 calls of one goroutine starter, deep nesting, long lines.

    bench/stress.py OUTDIR      # writes OUTDIR/<input>/… (each input its own module)
"""
import os
import sys

out = sys.argv[1]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def module(name):
    write(os.path.join(out, name, "go.mod"), "module example.com/%s\n\ngo 1.22\n" % name)


STARTER = """
func start%(n)s(ch chan int) {
\tgo func() {
\t\tfor {
\t\t\tch <- %(n)s
\t\t}
\t}()
}
"""

# 1. 500 packages, each with a starter (GL203 asks who calls it), a resource leak and calls across packages.
module("packages")
for i in range(500):
    body = "package p%d\n\nimport (\n\t\"net/http\"\n\t\"os\"\n)\n" % i
    body += STARTER % {"n": i}
    body += "\nfunc Fetch%d(u string) int {\n\tresp, _ := http.Get(u)\n\tf, _ := os.Open(u)\n\t_ = f\n\treturn resp.StatusCode\n}\n" % i
    body += "\nfunc Run%d() {\n\tch := make(chan int)\n\tstart%d(ch)\n}\n" % (i, i)
    write(os.path.join(out, "packages", "p%03d" % i, "p.go"), body)

# 2. One file calling one starter 20 000 times (GL203's callers of a starter in one file).
module("calls")
calls = "".join("\tstart(ch)\n" for _ in range(20000))
write(os.path.join(out, "calls", "calls.go"),
      "package calls\n" + STARTER.replace("start%(n)s", "start") % {"n": 1}
      + "\nfunc Many() {\n\tch := make(chan int)\n" + calls + "}\n")

# 3. Deep nesting: 400 nested blocks and 200 nested func literals, with a leak at the bottom.
module("nesting")
depth = 400
ifs = "".join("\t" * (i + 1) + "if n > %d {\n" % i for i in range(depth))
closes = "".join("\t" * (i + 1) + "}\n" for i in reversed(range(depth)))
lits = "".join("\t" * (i + 1) + "func() {\n" for i in range(200))
lit_closes = "".join("\t" * (i + 1) + "}()\n" for i in reversed(range(200)))
write(os.path.join(out, "nesting", "deep.go"),
      "package nesting\n\nimport \"net/http\"\n\nfunc Deep(n int, u string) {\n" + ifs
      + "\t" * (depth + 1) + "resp, _ := http.Get(u)\n" + "\t" * (depth + 1) + "_ = resp\n" + closes + "}\n"
      + "\nfunc Lits(u string) {\n" + lits + "\t" * 201 + "http.Get(u)\n" + lit_closes + "}\n")

# 4. Long lines: a 2 MB composite literal on one line, and a 20 000-term expression.
module("lines")
elements = ", ".join('"k%d": %d' % (i, i) for i in range(100000))
terms = " + ".join("x" for _ in range(20000))
write(os.path.join(out, "lines", "long.go"),
      "package lines\n\nvar table = map[string]int{" + elements + "}\n\nfunc Sum(x int) int { return " + terms + " }\n")
