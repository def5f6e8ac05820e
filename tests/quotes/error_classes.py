#!/usr/bin/env python3
"""Counts a quotes evaluation's errors by class, to see which kind of mistake to fix first.

    python3 tests/quotes/error_classes.py build/bin/textchain GOLD.jsonl INPUT.jsonl [--examples CLASS]

Runs `textchain eval --steps quotes --json` with every error listed and sorts the errors it reports:

  miss/short, miss/long              a gold quote no system quote overlaps by half (short: at most three words)
  false_positive/empty-gold-document a system quote in a document whose gold lists no quotation at all (in
                                     polnear-dev: articles written with '' as quotation marks, which the gold
                                     was built without, so every quotation found there counts against us)
  false_positive/with-speaker, .../no-speaker   the other system quotes that match nothing
  speaker/gold-lone-pronoun          the gold accepts only a pronoun ("he"), which the scoring rule never
                                     matches: no answer can be right
  speaker/null                       we gave no speaker where the gold has one
  speaker/wrong                      we named someone else (or a part of the name the rule does not accept)

Reads the gold only to know which documents have no gold quotation; prints counts, and with --examples the
errors of one class in context. For the gold-lone-pronoun class it also runs `textchain run --steps quotes`
and counts how often the quotation we matched carries that very pronoun as its `speaker_mention` (same
`speaker_begin`/`speaker_end` as the gold's `speaker_span`), with the resolved name as `speaker`: the
attribution PolNeAR annotates, which the name-matching rule cannot credit. Nothing is written anywhere.
"""
import argparse
import collections
import json
import subprocess
import sys

# The lone pronouns the scorer never matches (core/cli/eval/quote_scorer.cpp, kPronouns).
PRONOUNS = {"i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "hers", "it",
            "its", "they", "them", "their", "himself", "herself", "itself", "themselves"}


def expected_and_got(detail):
    # wrong_speaker details read "expected A | B, got C"
    body = detail[len("expected "):]
    expected, _, got = body.rpartition(", got ")
    return [n.strip() for n in expected.split(" | ")], got


def classify(error, empty_gold_docs):
    what = error["what"]
    if what == "miss":
        words = len(error["text"].split())
        return "miss/short" if words <= 3 else "miss/long"
    if what == "false_positive":
        if error["id"] in empty_gold_docs:
            return "false_positive/empty-gold-document"
        return "false_positive/no-speaker" if error["detail"].endswith("(null)") else "false_positive/with-speaker"
    expected, got = expected_and_got(error["detail"])
    if all(n.lower() in PRONOUNS for n in expected):
        return "speaker/gold-lone-pronoun"
    return "speaker/null" if got == "(null)" else "speaker/wrong"


def pronoun_mentions_found(args, errors):
    """How many of `errors` (gold-lone-pronoun) have a system quote over the same span whose speaker mention
    stands exactly where the gold's source pronoun does."""
    spans = {}
    with open(args.gold, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                doc = json.loads(line)
                for q in doc.get("quotes") or []:
                    if q.get("speaker_span"):
                        spans[(doc["id"], q["begin"], q["end"])] = (q["speaker_span"]["begin"], q["speaker_span"]["end"])
    out = subprocess.run([args.textchain, "run", "--jsonl", "--steps", "quotes", args.input], check=True,
                         capture_output=True, text=True).stdout
    found = {}
    for line in out.splitlines():
        rec = json.loads(line)
        for a in rec.get("annotations") or []:
            if a.get("type") == "quote" and a.get("speaker") is not None:
                found[(rec["id"], a["begin"], a["end"])] = (a["speaker_begin"], a["speaker_end"])
    same = 0
    for e in errors:
        gold_span = spans.get((e["id"], e["begin"], e["end"]))
        # The system quote matched to this gold quote overlaps it by half: look for one that holds the
        # gold's source pronoun as its mention.
        if gold_span and any(doc == e["id"] and min(end, e["end"]) > max(begin, e["begin"]) and span == gold_span
                             for (doc, begin, end), span in found.items()):
            same += 1
    return same, len(errors)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("textchain")
    ap.add_argument("gold")
    ap.add_argument("input")
    ap.add_argument("--examples", metavar="CLASS")
    args = ap.parse_args()

    empty_gold_docs = set()
    with open(args.gold, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                doc = json.loads(line)
                if not doc.get("quotes"):
                    empty_gold_docs.add(doc["id"])

    out = subprocess.run([args.textchain, "eval", "--steps", "quotes", "--gold", args.gold, "--jsonl", args.input,
                          "--errors", "1000000", "--json"], check=True, capture_output=True, text=True).stdout
    report = json.loads(out)
    q = report["quotes"]
    print(f"gold {q['gold']}, system {q['system']}, matched {q['matched']}, speaker right {q['speaker_right']}; "
          f"{len(empty_gold_docs)} documents with no gold quotation")
    counts = collections.Counter()
    examples = []
    for e in report["errors"]:
        if e["type"] != "quote":
            continue
        c = classify(e, empty_gold_docs)
        counts[c] += 1
        if c == args.examples:
            examples.append(e)
    for c, n in sorted(counts.items()):
        print(f"{n:6d}  {c}")
    if counts["speaker/gold-lone-pronoun"]:
        same, of = pronoun_mentions_found(args, [e for e in report["errors"]
                                                 if e["type"] == "quote" and classify(e, empty_gold_docs) ==
                                                 "speaker/gold-lone-pronoun"])
        print(f"        of the {of} gold-lone-pronoun quotes, {same} carry the gold's pronoun as speaker_mention "
              f"(same span) with a resolved speaker")
    for e in examples:
        print(f"\n{e['id']} [{e['begin']},{e['end']}) {e['detail']}\n    {e['context']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
