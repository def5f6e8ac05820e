"""examples/dask end to end on a distributed.LocalCluster of worker processes: the records equal the
command's for the same input, a worker killed while it runs a task loses and duplicates nothing, and
documents with errors come back as records with errors."""

import json
import os
import pathlib
import signal
import sys
import threading
import time

import pytest

from conftest import SOURCE_DIR, corpus_records, run_command

EXAMPLE_DIR = SOURCE_DIR / "examples" / "dask"
# Worker processes unpickle the example's functions by module name: they must import it too.
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(EXAMPLE_DIR), os.environ.get("PYTHONPATH")]))
sys.path.insert(0, str(EXAMPLE_DIR))

import distributed  # noqa: E402

import annotate  # noqa: E402
import textchain  # noqa: E402

MAX_BYTES = 4000
FILES = 6
FIFO_INDEX = 2  # this input is a named pipe: the task reading it blocks until the test feeds it


def _write_corpus(directory):
    """FILES JSON Lines files from the sample documents; the last one also holds lines with errors."""
    records = corpus_records(copies=2)
    big = {"id": "too-big", "text": records[0]["text"] * 2}  # over MAX_BYTES: an error record
    paths, contents = [], []
    for i in range(FILES):
        lines = [json.dumps(r, ensure_ascii=False) for r in records[i::FILES]]
        if i == FILES - 1:
            lines += ["", json.dumps(big), "{not json", json.dumps({"id": 7, "body": "no text"}), "[1, 2]",
                      json.dumps({"text": "No id: the line number is its id, on Monday."})]
        contents.append(("\n".join(lines) + "\n").encode("utf-8"))
        paths.append(directory / f"in-{i}.jsonl")
        paths[-1].write_bytes(contents[-1])
    return paths, contents


def _readers(path):
    """The processes that have `path` open for reading (one blocked in open() has no descriptor yet)."""
    readers = set()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for fd in fds:
            try:
                if os.readlink(f"/proc/{pid}/fd/{fd}") != str(path):
                    continue
                with open(f"/proc/{pid}/fdinfo/{fd}") as f:
                    flags = int(next(line for line in f if line.startswith("flags:")).split()[1], 8)
            except (OSError, StopIteration):
                continue
            if flags & os.O_ACCMODE == os.O_RDONLY:
                readers.add(int(pid))
    return readers


def _wait_for(what, deadline=120):
    """what() once it is true; None after `deadline` seconds."""
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        found = what()
        if found:
            return found
        time.sleep(0.01)
    return None


def test_dask_records_equal_the_commands_even_when_a_worker_is_killed(tmp_path):
    paths, contents = _write_corpus(tmp_path)
    status, expected = run_command("run", "--jsonl", "--max-document-bytes", MAX_BYTES, *paths)
    assert status == 1  # the lines with errors

    fifo = tmp_path / "fifo.jsonl"
    os.mkfifo(fifo)
    inputs = [str(fifo) if i == FIFO_INDEX else str(p) for i, p in enumerate(paths)]
    out = tmp_path / "out"
    out.mkdir()
    chain = textchain.make_chain(max_document_bytes=MAX_BYTES)

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=40) as cluster, distributed.Client(cluster) as client:
        killed, rereaders = [], []

        def feed_the_pipe():
            # One write end, held open from the first reader to the end: the pipe never has no writer, so
            # no reader can see end of file before the content, and whatever is written stays in the pipe
            # until a live reader reads it. (A second write end, opened after the kill, raced twice: a
            # rescheduled reader that opened while the first end was still open paired with it and read
            # nothing; and a second writer could open while the killed worker still counted as a reader (its
            # main thread a zombie, the thread that read still exiting), so it did not wait for the new
            # reader, and its content was lost with the pipe when that last read end closed.)
            with open(fifo, "wb") as f:
                # The first reader: a worker's task, blocked reading. Its descriptor may appear a moment
                # after our open() returns.
                first = _wait_for(lambda: _readers(fifo))
                workers = set(client.run(os.getpid).values())
                if not first or not first <= workers:
                    return  # end of file for the reader: its partition comes back empty and the test fails
                pid = first.pop()
                killed.append(pid)
                os.kill(pid, signal.SIGKILL)
                # The task runs again on the other worker or the restarted one: its open() returns at once
                # (a writer is there) and it blocks reading until the content comes.
                again = _wait_for(lambda: _readers(fifo) - {pid})
                if again:
                    rereaders.append(again)
                    f.write(contents[FIFO_INDEX])

        feeder = threading.Thread(target=feed_the_pipe, daemon=True)
        feeder.start()
        # A timeout rather than a hang when something goes wrong (the pipe never fed, a task lost).
        written = client.compute(annotate.annotation_bag(inputs, chain, str(out))).result(timeout=300)
        feeder.join(timeout=30)
    assert killed, "the task reading the pipe was not found in a worker"
    assert rereaders, "the task that read the pipe was not run again after its worker was killed"

    assert sorted(p.name for p in out.iterdir()) == [f"part-{i:05d}.jsonl" for i in range(FILES)]
    assert [w[0] for w in written] == [str(out / f"part-{i:05d}.jsonl") for i in range(FILES)]
    got = []
    for i in range(FILES):
        got += [json.loads(line) for line in (out / f"part-{i:05d}.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(got) == len(expected)
    # The command's message for a line that is not JSON is Boost.JSON's; ours is Python's.
    for g, e in zip(got, expected):
        if g["errors"] and "not valid JSON" in g["errors"][0]["message"]:
            assert "not valid JSON" in e["errors"][0]["message"]
            g["errors"] = e["errors"]
    assert [g["id"] for g in got] == [e["id"] for e in expected]
    assert got == expected
    with_errors = [g for g in got if g["errors"]]
    assert {json.dumps(g["id"]) for g in with_errors} == {'"too-big"', "7", "null"}
    assert len(with_errors) == 4  # the big document, no text, not JSON, not an object


def test_annotate_py_runs_as_its_readme_says(tmp_path):
    import subprocess
    paths, _ = _write_corpus(tmp_path)
    out = tmp_path / "out"
    p = subprocess.run([sys.executable, str(EXAMPLE_DIR / "annotate.py"), "--workers", "2", "--out", str(out),
                        "--max-document-bytes", str(MAX_BYTES), *map(str, paths[:2])],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    _, expected = run_command("run", "--jsonl", "--max-document-bytes", MAX_BYTES, *paths[:2])
    got = [json.loads(line) for i in range(2) for line in (out / f"part-{i:05d}.jsonl").read_text().splitlines()]
    assert got == expected
