#!/usr/bin/env python3
"""Replaces the README block between `<!-- NAME:begin -->` and `<!-- NAME:end -->` with stdin.

Every number or sample output the README shows comes from a script (`make generated`, `make bench`) through
this, never from a hand-typed copy that goes stale.

    some-command | scripts/readme-block.py NAME [README]
"""
import sys

name = sys.argv[1]
path = sys.argv[2] if len(sys.argv) > 2 else "README.md"
content = sys.stdin.read()
if not content.endswith("\n"):
    content += "\n"
text = open(path).read()
begin, end = "<!-- %s:begin -->\n" % name, "<!-- %s:end -->" % name
if begin not in text or end not in text:
    sys.exit("readme-block: %s has no %s block" % (path, name))
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
open(path, "w").write(head + begin + content + end + tail)
