#!/usr/bin/env python3
"""Prints every accuracy figure the open issues quote, from `textchain eval --json`, for one build or two.

    python3 tools/eval/dev_figures.py build/bin/textchain [--old OLD/bin/textchain] [--data ../shared/data]

Sets: the samples and the blind sets A and B (in the repository), and the development sets of
../shared/data when that folder exists (with the chrono cases through dates_dev_eval, when it was built
beside the binary) (third-party data, read in place, never copied). With --old, each
figure is printed old -> new and the run exits 1 when any figure is lower in the new build: issue 19's
"accuracy unchanged" check, run before a speed change lands.
"""
import argparse
import glob
import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def evaluations(data):
    """(name, step, gold, inputs, jsonl) for every set present."""
    corpus = sorted(glob.glob(os.path.join(REPO, "examples/corpus/*.txt")))
    sets = []
    for step in ("dates", "quotes"):
        sets.append((f"samples {step}", step, os.path.join(REPO, f"tests/eval/data/gold/{step}.jsonl"), corpus, False))
    for blind in ("data", "data_b"):
        docs = sorted(glob.glob(os.path.join(REPO, f"tests/blind/{blind}/docs/*.txt")))
        for step in ("dates", "quotes"):
            gold = os.path.join(REPO, f"tests/blind/{blind}/{step}.jsonl")
            if docs and os.path.exists(gold):
                sets.append((f"set {'A' if blind == 'data' else 'B'} {step}", step, gold, docs, False))
    for name, step in (("news-dev", "dates"), ("timeml-aquaint", "dates"), ("news-dev", "quotes"), ("polnear-dev", "quotes")):
        gold = os.path.join(data, name, f"{step}.jsonl")
        if os.path.exists(gold):
            sets.append((f"{name} {step}", step, gold, [os.path.join(data, name, "input.jsonl")], True))
    return sets


def figures(binary, step, gold, inputs, jsonl):
    cmd = [binary, "eval", "--json", "--gold", gold, "--steps", step] + (["--jsonl"] if jsonl else []) + inputs
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    s = json.loads(out)[step]
    if step == "dates":
        return {"relaxed P": s["relaxed"]["precision"], "relaxed R": s["relaxed"]["recall"],
                "relaxed F1": s["relaxed"]["f1"], "value F1": s["value"]["f1"], "type F1": s["type"]["f1"]}
    return {"span P": s["span"]["precision"], "span R": s["span"]["recall"], "span F1": s["span"]["f1"],
            "speaker": s["speaker_accuracy"], "e2e F1": s["end_to_end"]["f1"], "matched": s["matched"],
            "system": s["system"]}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binary")
    ap.add_argument("--old", help="the textchain of the build to compare with")
    ap.add_argument("--data", default=os.path.join(REPO, "..", "shared", "data"))
    a = ap.parse_args()
    lower = []
    for name, step, gold, inputs, jsonl in evaluations(a.data):
        new = figures(a.binary, step, gold, inputs, jsonl)
        old = figures(a.old, step, gold, inputs, jsonl) if a.old else None
        cells = []
        for key, value in new.items():
            if isinstance(value, int):
                cells.append(f"{key} {old[key]}->{value}" if old else f"{key} {value}")
                continue
            if old:
                cells.append(f"{key} {old[key]:.4f}->{value:.4f}")
                if value < old[key] - 1e-9 and key in ("relaxed F1", "value F1", "span F1", "speaker", "e2e F1"):
                    lower.append(f"{name} {key}")
            else:
                cells.append(f"{key} {value:.4f}")
        print(f"{name:22s} " + "  ".join(cells))
    chrono = os.path.join(a.data, "dates-chrono", "cases.jsonl")
    if os.path.exists(chrono):
        # dates_dev_eval (tests/dates) sits beside the textchain it was built with.
        for label, binary in (("old", a.old), ("new", a.binary)):
            if not binary:
                continue
            tool = os.path.join(os.path.dirname(binary), "dates_dev_eval")
            if os.path.exists(tool):
                line = subprocess.run([tool, "chrono"], capture_output=True, text=True, check=True).stdout.strip()
                # dates_dev_eval reads the cases from ../shared/data beside the source tree it was built from:
                # a build from a clone elsewhere finds none and prints nothing.
                found = line.splitlines()[-1] if line else "(no cases found from that build's source tree)"
                print(f"{'chrono ' + label:22s} {found}")
    if lower:
        print("lower in the new build: " + ", ".join(lower))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
