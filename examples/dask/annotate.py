#!/usr/bin/python3
"""Annotate JSON Lines corpora with textchain on a Dask cluster.

    annotate.py --out DIR [--scheduler HOST:8786 | --workers N] [--config news.toml [--chain NAME]]
                [--steps cleanup,dates] [--date YYYY-MM-DD] [--max-document-bytes N] INPUT.jsonl ...

Each input file is one partition of a dask.bag and gives one output file, DIR/part-00000.jsonl, ...: the
records `textchain run --jsonl` writes for that file, in the same order, one per input line,
also for a line that is not JSON or a document with errors (the error is in the record). Concatenated in
input order, the output files hold what `textchain run --jsonl INPUT...` prints.

The chain is built in the client (so a bad config fails before anything is submitted) and shipped to the
workers as its recipe: every worker process builds it once. A partition's output file is written whole
by the task that processed it, so a task that is run again after a worker died rewrites the same file:
no record is lost or written twice.
"""

import argparse
import json
import os
import sys

import dask.bag as db
import distributed

import textchain


def annotate_file(task, chain, out_dir, date=None):
    """One partition: read an input file, write its records to out_dir/part-NNNNN.jsonl (through a
    temporary file renamed at the end, so the file is either complete or absent). Returns
    (output path, number of records, number of records with errors)."""
    index, path = task
    with open(path, "rb") as f:
        # Each line read as `textchain run --jsonl` reads it: a record per line, a blank one with a
        # warning, a line that is not a JSON object with its error and number, line numbers as ids.
        records = list(chain.process_jsonl(f, path, date=date, char_offsets=False))
    target = os.path.join(out_dir, f"part-{index:05d}.jsonl")
    temporary = f"{target}.{os.getpid()}.tmp"
    with open(temporary, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")))
            f.write("\n")
    os.replace(temporary, target)
    return target, len(records), sum(1 for r in records if r["errors"])


def remove_leftovers(out_dir):
    """Temporary files of tasks whose worker died before renaming them (the task ran again elsewhere)."""
    for name in os.listdir(out_dir):
        if name.startswith("part-") and name.endswith(".tmp"):
            os.remove(os.path.join(out_dir, name))


def annotation_bag(inputs, chain, out_dir, date=None):
    """The dask.bag of the run, one partition per input file; compute it to write the outputs."""
    tasks = list(enumerate(inputs))
    return db.from_sequence(tasks, npartitions=max(1, len(tasks))).map(annotate_file, chain, out_dir, date)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("inputs", nargs="+", help="JSON Lines files, one partition each")
    p.add_argument("--out", required=True, help="output directory (created)")
    p.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    p.add_argument("--workers", type=int, default=2, help="worker processes of the LocalCluster")
    p.add_argument("--config", help="chain configuration (TOML)")
    p.add_argument("--chain", help="the chain of that name in --config")
    p.add_argument("--steps", help="plugins in order, comma-separated (default: cleanup,dates,quotes)")
    p.add_argument("--date", help="document date for records that have none")
    p.add_argument("--max-document-bytes", type=int)
    p.add_argument("--plugin-dir", action="append", default=[])
    a = p.parse_args(argv)

    steps = [s.strip() for s in a.steps.split(",") if s.strip()] if a.steps else None
    try:
        if a.config:
            chain = textchain.load_chain(a.config, a.chain, steps, a.plugin_dir, a.max_document_bytes)
        else:
            chain = textchain.make_chain(steps, None, a.plugin_dir, a.max_document_bytes)
    except (textchain.ConfigError, textchain.PluginError) as e:
        print(f"annotate.py: {e}", file=sys.stderr)
        return 78
    os.makedirs(a.out, exist_ok=True)
    inputs = [os.path.abspath(i) for i in a.inputs]
    out_dir = os.path.abspath(a.out)

    if a.scheduler:
        client = distributed.Client(a.scheduler)
        cluster = None
    else:
        cluster = distributed.LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True,
                                           dashboard_address=":0")
        client = distributed.Client(cluster)
    try:
        written = annotation_bag(inputs, chain, out_dir, a.date).compute()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    remove_leftovers(out_dir)
    for path, count, failed in written:
        print(f"{path}\t{count} records, {failed} with errors", file=sys.stderr)
    # As `textchain run`: 1 when some documents had errors (each in its record).
    return 1 if any(failed for _, _, failed in written) else 0


if __name__ == "__main__":
    sys.exit(main())
