#!/usr/bin/env python3
"""Scores a run against labelled findings: precision per rule, and what the labels do not cover.

    bench/realworld/score.py LABELS.jsonl RUN_DIR [--repo-map owner+name=owner/name ...]

LABELS.jsonl: one labelled finding per line (repo, commit, file, line, code, label TP|FP, reason).
RUN_DIR: JSON Lines per repository as bench/realworld.sh writes them (OUT=dir): <owner+name>.jsonl, default
settings (no tests). A finding matches a label on (repo, file, line, code). Findings with no label are
listed (label them, or the table is not a measurement); labels with no finding were fixed or lost.
Notes (severity `note`: resource leaks in once-per-process code, which the default --fail-level does not fail
on) are counted on rows of their own (`GL103 note`) and left out of the pooled precision. A label may carry
`label_as_note`: its verdict when the finding is a note (a leak on a one-shot CLI's error path is an FP as a
warning, a TP as a note saying it is held until the process exits).
"""
import json, os, sys
from collections import defaultdict


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    labels_path, run_dir = sys.argv[1], sys.argv[2]
    labels = {}
    for line in open(labels_path):
        if line.strip():
            row = json.loads(line)
            key = (row["repo"], row["file"], int(row["line"]), row["code"])
            labels[key] = row
            # Two findings on one line (two channels of one go statement) are told apart by message.
            if row.get("message"):
                labels[key + (row["message"],)] = row
    findings = []
    for name in sorted(os.listdir(run_dir)):
        if not name.endswith(".jsonl") or name.endswith(".tests.jsonl"):
            continue
        repo = name[:-len(".jsonl")].replace("+", "/")
        for line in open(os.path.join(run_dir, name)):
            if line.strip():
                finding = json.loads(line)
                findings.append((repo, finding["location"]["file"], finding["location"]["line"], finding["code"],
                                 finding["message"], finding.get("severity", "warning")))
    counts = defaultdict(lambda: {"findings": 0, "TP": 0, "FP": 0, "unlabelled": 0})
    unlabelled = []
    for key in findings:
        rule = counts[key[3] + (" note" if key[5] == "note" else "")]
        rule["findings"] += 1
        label = labels.get(key[:5]) or labels.get(key[:4])
        if label is None:
            rule["unlabelled"] += 1
            unlabelled.append(key)
        else:
            verdict = label.get("label_as_note", label["label"]) if key[5] == "note" else label["label"]
            rule[verdict] += 1
    present = set(findings) | {key[:4] for key in findings}
    gone = [key for key in labels if len(key) == 4 and key not in present]
    print(f"{'rule':<10} {'findings':>8} {'TP':>4} {'FP':>4} {'unlabelled':>10} {'precision':>9}")
    total = {"findings": 0, "TP": 0, "FP": 0, "unlabelled": 0}
    for code in sorted(counts):
        row = counts[code]
        if not code.endswith(" note"):
            for k in total:
                total[k] += row[k]
        judged = row["TP"] + row["FP"]
        precision = f"{row['TP'] / judged:.2f}" if judged else "-"
        print(f"{code:<10} {row['findings']:>8} {row['TP']:>4} {row['FP']:>4} {row['unlabelled']:>10} {precision:>9}")
    judged = total["TP"] + total["FP"]
    print(f"{'all':<10} {total['findings']:>8} {total['TP']:>4} {total['FP']:>4} {total['unlabelled']:>10} "
          f"{(total['TP'] / judged if judged else 0):>9.2f}")
    labelled_tp_gone = [k for k in gone if labels[k]["label"] == "TP"]
    print(f"labels no longer found: {len(gone)} ({len(labelled_tp_gone)} of them TP)")
    for key in labelled_tp_gone:
        print("  lost TP:", *key)
    for key in unlabelled:
        print("  unlabelled:", *key[:4])


if __name__ == "__main__":
    main()
