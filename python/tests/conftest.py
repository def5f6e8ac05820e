"""Shared by the Python tests: where the source and build trees are, and the command built beside the
module, so that records from the binding can be compared with the command's."""

import json
import os
import pathlib
import subprocess

import pytest

SOURCE_DIR = pathlib.Path(os.environ.get("TEXTCHAIN_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
COMMAND = os.environ.get("TEXTCHAIN_COMMAND", str(pathlib.Path(os.environ.get("TEXTCHAIN_BINARY_DIR", SOURCE_DIR / "build")) / "bin" / "textchain"))
CORPUS = sorted((SOURCE_DIR / "examples" / "corpus").glob("*.txt"))


def run_command(*args, stdin=None):
    """`textchain ARGS...`: (exit status, the records it printed)."""
    p = subprocess.run([COMMAND, *map(str, args)], input=stdin, capture_output=True, check=False)
    assert p.returncode in (0, 1), p.stderr.decode()
    return p.returncode, [json.loads(line) for line in p.stdout.decode().splitlines()]


def corpus_records(copies=1):
    """JSON Lines input records built from the sample documents: each document and each of its
    paragraphs, some with a date, all with a field to pass through."""
    records = []
    for copy in range(copies):
        for path in CORPUS:
            text = path.read_text(encoding="utf-8")
            records.append({"id": f"{copy}/{path.name}", "text": text, "date": "2025-09-26", "source": path.name})
            for i, para in enumerate(p for p in text.split("\n\n") if p.strip()):
                r = {"id": f"{copy}/{path.name}#{i}", "text": para, "source": "para"}
                if i % 2:
                    r["date"] = "2024-02-29"
                records.append(r)
    return records


@pytest.fixture(scope="session")
def corpus_texts():
    return [(str(p), p.read_text(encoding="utf-8")) for p in CORPUS]
