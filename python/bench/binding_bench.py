#!/usr/bin/python3
"""Benchmarks of the textchain Python module (not a test: nothing is judged, figures are printed).

    PYTHONPATH=build/python /usr/bin/python3 python/bench/binding_bench.py [--repeats 5] [--mb 20]

1. process_many scaling: the sample corpus (the four documents of examples/corpus) repeated to at least --mb MB, through the default chain with jobs=1 and jobs=2, interleaved, --repeats
   times each; prints wall-clock medians, MB/s and the ratio jobs=2 / jobs=1.
2. Per-document overhead of the binding: chain.process(text) called from Python for every document of a
   set, against C++ textchain::Chain::process over the same documents (build/bin/chain_process_bench, run
   interleaved with the Python side); prints medians per document and the difference. Three sets: the
   sample documents, their paragraphs and their sentences (where the overhead weighs most).

Measure as ratios in one sitting: on a shared machine absolute figures move with the load.
"""

import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

import textchain

SOURCE_DIR = pathlib.Path(__file__).resolve().parents[2]


def sample_documents():
    return [p.read_text(encoding="utf-8") for p in sorted((SOURCE_DIR / "examples" / "corpus").glob("*.txt"))]


def paragraphs(docs):
    return [p for d in docs for p in d.split("\n\n") if p.strip()]


def sentences(docs):
    out = []
    for d in docs:
        out += [s.strip() + "." for s in d.replace("\n", " ").split(". ") if len(s.strip()) > 20]
    return out


def timed(fn):
    t0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - t0, time.process_time() - c0


def bench_scaling(chain, docs, mb, repeats, command):
    size = sum(len(d.encode("utf-8")) for d in docs)
    corpus = docs * -(-int(mb * 1e6) // size)
    total = sum(len(d.encode("utf-8")) for d in corpus)
    print(f"process_many: {len(corpus)} documents, {total / 1e6:.1f} MB, default chain, {repeats} repeats each, interleaved")
    # The control: the command over the same documents with -j 1 and -j 2, interleaved with the Python
    # runs, shows how much of a second core the machine gives at the moment.
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for i, d in enumerate(corpus):
            f.write(json.dumps({"id": i, "text": d, "date": "2025-09-26"}) + "\n")
        jsonl = f.name
    command_wall = {1: [], 2: []}

    def run_command(jobs):
        t0 = time.perf_counter()
        subprocess.run([command, "run", "--jsonl", "-j", str(jobs), jsonl], stdout=subprocess.DEVNULL, check=False)
        command_wall[jobs].append(time.perf_counter() - t0)

    main_cpu = {1: [], 2: []}

    def run(jobs):
        t0 = time.thread_time()
        for _ in chain.process_many(corpus, jobs=jobs, date="2025-09-26"):
            pass
        main_cpu[jobs].append(time.thread_time() - t0)

    run(2)  # warm-up
    main_cpu[2].clear()
    wall = {1: [], 2: []}
    cpu = {1: [], 2: []}
    for _ in range(repeats):
        for jobs in (1, 2):
            w, c = timed(lambda: run(jobs))
            wall[jobs].append(w)
            cpu[jobs].append(c)
            run_command(jobs)
    os.unlink(jsonl)
    for jobs in (1, 2):
        w = statistics.median(wall[jobs])
        print(f"  jobs={jobs}: median {w:.2f} s wall ({total / 1e6 / w:.1f} MB/s), "
              f"CPU/wall {statistics.median(cpu[jobs]) / w:.2f}, runs {' '.join(f'{x:.2f}' for x in wall[jobs])}")
    # With jobs=2 the calling thread only reads items and builds records (holding the GIL); the plugins
    # run on the two workers. Its share of the CPU time bounds the speed-up on two idle cores.
    share = statistics.median(m / c for m, c in zip(main_cpu[2], cpu[2]))
    print(f"  jobs=2: the calling thread (items in, records out) used {share * 100:.1f}% of the CPU time")
    ratios = [a / b for a, b in zip(wall[1], wall[2])]
    print(f"  speed-up jobs=2 / jobs=1: {statistics.median(wall[1]) / statistics.median(wall[2]):.2f} "
          f"(ratio of medians); per interleaved pair: {' '.join(f'{r:.2f}' for r in ratios)}")
    c1, c2 = statistics.median(command_wall[1]), statistics.median(command_wall[2])
    print(f"  control, textchain run --jsonl in the same sitting: -j 1 {c1:.2f} s, -j 2 {c2:.2f} s: "
          f"{c1 / c2:.2f}; per pair: {' '.join(f'{a / b:.2f}' for a, b in zip(command_wall[1], command_wall[2]))}")


def python_per_document(chain, docs, loops):
    """CPU time of the calling thread per document (the whole call runs on it: less sensitive to a
    loaded machine than wall-clock time)."""
    t0 = time.thread_time()
    for _ in range(loops):
        for d in docs:
            chain.process(d, date="2025-09-26")
    return (time.thread_time() - t0) / (loops * len(docs))


def cpp_per_document(binary, path, docs):
    env = dict(os.environ, TEXTCHAIN_BENCH_DOCUMENTS=path)
    out = subprocess.run([binary, "--benchmark_format=json", "--benchmark_min_time=0.5"], env=env, check=True,
                         capture_output=True, text=True).stdout
    b = json.loads(out)["benchmarks"][0]
    assert b["time_unit"] == "ms"
    return b["cpu_time"] / 1e3 / len(docs)  # one thread: the process's CPU time is that thread's


def bench_overhead(chain, binary, name, docs, repeats):
    with tempfile.NamedTemporaryFile("wb", suffix=".docs", delete=False) as f:
        f.write(b"\0".join(d.encode("utf-8") for d in docs))
        path = f.name
    try:
        loops = max(1, int(0.5 / max(python_per_document(chain, docs, 1), 1e-9) / len(docs)))
        py, cpp = [], []
        for _ in range(repeats):
            py.append(python_per_document(chain, docs, loops))
            cpp.append(cpp_per_document(binary, path, docs))
    finally:
        os.unlink(path)
    p, c = statistics.median(py), statistics.median(cpp)
    mean_bytes = sum(len(d.encode("utf-8")) for d in docs) / len(docs)
    print(f"per document, {name} ({len(docs)} documents, {mean_bytes:.0f} bytes on average), {repeats} repeats:")
    print(f"  CPU time: Python chain.process {p * 1e6:.1f} us, C++ Chain::process {c * 1e6:.1f} us: "
          f"overhead {(p - c) * 1e6:.1f} us per document ({(p / c - 1) * 100:.1f}%)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--mb", type=float, default=20)
    ap.add_argument("--cpp-bench", default=str(SOURCE_DIR / "build" / "bin" / "chain_process_bench"))
    ap.add_argument("--command", default=str(SOURCE_DIR / "build" / "bin" / "textchain"))
    ap.add_argument("--skip-scaling", action="store_true")
    a = ap.parse_args()
    print(f"textchain {textchain.host_version}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    chain = textchain.make_chain(["cleanup", "dates", "quotes"])
    docs = sample_documents()
    if not a.skip_scaling:
        bench_scaling(chain, docs, a.mb, a.repeats, a.command)
    bench_overhead(chain, a.cpp_bench, "the sample documents", docs, a.repeats)
    bench_overhead(chain, a.cpp_bench, "their paragraphs", paragraphs(docs), a.repeats)
    bench_overhead(chain, a.cpp_bench, "their sentences", sentences(docs), a.repeats)
    print(f"load average at the end {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
