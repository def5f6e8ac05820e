#!/usr/bin/env python3
"""Two builds of cleanup_bench measured in one sitting: runs alternate (old, new, then new, old, ...) so a
machine whose load changes treats both alike, and each pair gives a ratio of CPU times.

    bench/cleanup/run_side_by_side.py OLD/bin/cleanup_bench NEW/bin/cleanup_bench [--filter REGEX] [--pairs N]

Prints, per benchmark, the median throughput of each build and the median (and range) of new/old CPU time
over the pairs: below 1 means the new build is faster.
"""
import argparse
import csv
import io
import statistics
import subprocess


def run(binary, pattern, min_time):
    out = subprocess.run([binary, "--benchmark_filter=" + pattern, "--benchmark_min_time=%g" % min_time,
                          "--benchmark_format=csv"], capture_output=True, text=True, check=True).stdout
    rows = csv.DictReader(io.StringIO(out[out.index("name,"):]))
    return {r["name"]: (float(r["cpu_time"]), float(r["bytes_per_second"])) for r in rows}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--filter", default="^BM_CleanNews$")
    ap.add_argument("--pairs", type=int, default=7)
    ap.add_argument("--min-time", type=float, default=0.5)
    args = ap.parse_args()
    speed = {"old": {}, "new": {}}
    ratios = {}
    for i in range(args.pairs):
        order = [("old", args.old), ("new", args.new)]
        if i % 2:
            order.reverse()
        got = {name: run(binary, args.filter, args.min_time) for name, binary in order}
        for bench, (cpu, bps) in got["new"].items():
            speed["new"].setdefault(bench, []).append(bps)
            speed["old"].setdefault(bench, []).append(got["old"][bench][1])
            ratios.setdefault(bench, []).append(cpu / got["old"][bench][0])
    for bench, rs in ratios.items():
        rs.sort()
        print("%s: old %.0f MB/s, new %.0f MB/s (medians); new/old CPU time %.3f (median of %d pairs, %.3f-%.3f)" % (
            bench, statistics.median(speed["old"][bench]) / 1e6, statistics.median(speed["new"][bench]) / 1e6,
            statistics.median(rs), len(rs), rs[0], rs[-1]))


if __name__ == "__main__":
    main()
