#!/usr/bin/env bash
# "Scaling out", locally: what Spark's RDD.pipe and Hadoop Streaming do with `textchain run`. The corpus
# (JSON Lines, one document per line) is split into partitions; one `textchain run --jsonl -` process
# per partition reads its part on stdin and writes records on stdout, all partitions at once; the outputs
# concatenated in partition order must equal one run over the whole corpus, byte for byte.
#   scale_out_test.sh TEXTCHAIN CORPUS_DIR [PARTITIONS]
set -euo pipefail
textchain=$1 corpus=$2 parts=${3:-3}
python=${PYTHON3:-python3}

work=$(mktemp -d "${TMPDIR:-/tmp}/textchain-scale.XXXXXX")
trap 'rm -rf "$work"' EXIT

# A corpus of many small records: every paragraph of every sample document is a record of its own, with
# an id (partitions number their lines from 1, so a record without an id would get another one in a
# partition than in the single run), a date on some, and an extra field that must pass through.
"$python" - "$corpus" > "$work/corpus.jsonl" <<'PY'
import json, pathlib, sys
n = 0
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
    text = path.read_text(encoding="utf-8")
    records = [text] + [p for p in text.split("\n\n") if p.strip()]
    for i, t in enumerate(records):
        rec = {"id": f"{path.stem}#{i}", "text": t, "source": path.name}
        if i % 2 == 0:
            rec["date"] = "2025-09-26"
        print(json.dumps(rec, ensure_ascii=False))
        n += 1
print(json.dumps({"id": "empty", "text": ""}))
PY
total=$(wc -l < "$work/corpus.jsonl")
echo "corpus: $total records, $parts partitions"

# The reference: one process over everything.
"$textchain" run --jsonl - < "$work/corpus.jsonl" > "$work/single.jsonl" 2> "$work/single.err"

# Partitions, as Hadoop's input splits cut them: on line boundaries, contiguous.
split -n "l/$parts" -d "$work/corpus.jsonl" "$work/part-"
pids=()
for part in "$work"/part-*; do
  "$textchain" run --jsonl - < "$part" > "$part.out" 2> "$part.err" &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=$?; done
[[ $status -le 1 ]] || { cat "$work"/part-*.err >&2; echo "FAIL: a partition exited $status" >&2; exit 1; }
cat "$work"/part-*.out > "$work/merged.jsonl"

# A second way to scale: threads inside one process (-j); its output is in input order too.
"$textchain" run -j 2 --jsonl - < "$work/corpus.jsonl" > "$work/threads.jsonl" 2> /dev/null

fail=0
lines=$(wc -l < "$work/single.jsonl")
[[ $lines == "$total" ]] || { echo "FAIL: $total records in, $lines out" >&2; fail=1; }
cmp -s "$work/single.jsonl" "$work/merged.jsonl" || {
  echo "FAIL: partitioned output differs from the single run" >&2
  diff <(cut -c1-200 "$work/single.jsonl") <(cut -c1-200 "$work/merged.jsonl") | head -20 >&2
  fail=1
}
cmp -s "$work/single.jsonl" "$work/threads.jsonl" || { echo "FAIL: -j 2 output differs from the single run" >&2; fail=1; }
# stdout carries records only: every line is a JSON object with its id and the field passed through.
"$python" - "$work/merged.jsonl" <<'PY' || fail=1
import json, sys
for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    rec = json.loads(line)
    assert isinstance(rec, dict) and "id" in rec and "annotations" in rec, f"line {n}: not a record"
    if rec["id"] != "empty":
        assert rec.get("source"), f"line {n}: the 'source' field did not pass through"
PY
annotations=$(grep -o '"type":"' "$work/single.jsonl" | wc -l)
[[ $annotations -gt 0 ]] || { echo "FAIL: the chain found nothing at all" >&2; fail=1; }
echo "single run: $lines records, $annotations annotations; merged $parts partitions: $(wc -l < "$work/merged.jsonl") records"
[[ $fail == 0 ]] && echo "scale-out: merged output equals the single run"
exit $fail
