#!/usr/bin/env python3
"""Issue 19's whole-process figures: `textchain run` (the default chain) as a user runs it, on two inputs
made from the sample corpus (examples/corpus, our own text) and written as JSON Lines:

  news    whole sample articles (about 2.3 KB each), cycled to --news-mb MB of text;
  tweets  --tweets records of one to three sample sentences each, at most 280 bytes of text.

For each input, `run -j 1` and `run -j J` (and the same two commands of --old, for "not slower than before")
run alternately --repeats times, so that the machine's load falls on all alike. Prints medians of wall and CPU
time (user + sys), throughput as text bytes per wall second, the speed-up of -j J over -j 1 as the median of
the paired wall ratios and as the ratio of the median walls, and whether every command wrote the
same records. Then, once, `textchain bench` on the news input for each step's share of the chain's CPU time.

With --split, a control for -j J: the news input cut into J parts of consecutive records, run as J `run -j 1`
processes at once ("J procs"): the CPU time -j J would take if its threads cost nothing beyond their share of
the work. "cpu/procs" is -j J's CPU time over it (median of the paired ratios).

    python3 bench/process/run_whole_process.py build/bin/textchain [--old OLD/bin/textchain]
        [--news-mb 20] [--tweets 1000000] [--jobs 2] [--repeats 5] [--split]
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import resource
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'common'))
from process_timing import sample_texts, timed, write_jsonl  # noqa: E402

TWEET_BYTES = 280


def tweets(texts):
    """Runs of one to three consecutive sentences of the sample texts, each at most TWEET_BYTES bytes."""
    sentences = []
    for text in texts:
        sentences += [s.strip() for s in re.split(r'(?:(?<=[.!?])|(?<=[.!?]["\u201d]))\s+', text) if s.strip()]
    out = []
    for size in (1, 2, 3):
        for k in range(len(sentences) - size + 1):
            t = ' '.join(sentences[k:k + size])
            if len(t.encode()) <= TWEET_BYTES:
                out.append(t)
    return out


def split_input(path, parts):
    """`path` cut into `parts` files of consecutive lines (about as many bytes each)."""
    data = open(path, 'rb').read()
    out, start = [], 0
    for k in range(parts):
        end = len(data) if k == parts - 1 else (data.find(b'\n', (k + 1) * len(data) // parts) + 1 or len(data))
        out.append('%s.part%d' % (path, k))
        with open(out[-1], 'wb') as f:
            f.write(data[start:end])
        start = end
    return out


def timed_together(cmds, out_paths):
    """Wall and CPU seconds of commands started at once, until the last one ends."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.time()
    procs = []
    for cmd, path in zip(cmds, out_paths):
        with open(path, 'wb') as out:
            procs.append(subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL))
    for p in procs:
        if p.wait() != 0:
            raise subprocess.CalledProcessError(p.returncode, p.args)
    t1 = time.time()
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return t1 - t0, r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime


def measure(label, inputs, records, text_bytes, a, tmp, split=False):
    cmds = []
    for build, exe in (('old ', a.old), ('', a.exe)):
        if exe:
            for jobs in ('1', a.jobs):
                cmds.append(('%s-j %s' % (build, jobs), [exe, 'run', '--jsonl', '-j', jobs] + inputs))
    procs = '%s procs' % a.jobs
    if split:
        parts = split_input(inputs[0], int(a.jobs))
        cmds.append((procs, [[a.exe, 'run', '--jsonl', '-j', '1', part] for part in parts]))
    times = {name: [] for name, _ in cmds}
    outputs = {name: os.path.join(tmp, 'out.%d' % k) for k, (name, _) in enumerate(cmds)}
    for _ in range(a.repeats):
        for name, cmd in cmds:
            if name != procs:
                times[name].append(timed(cmd, outputs[name]))
                continue
            part_outputs = ['%s.%d' % (outputs[name], k) for k in range(len(cmd))]
            times[name].append(timed_together(cmd, part_outputs))
            with open(outputs[name], 'wb') as f:  # the parts' records, in input order
                for path in part_outputs:
                    with open(path, 'rb') as part:
                        f.write(part.read())
    print('%s: %d records, %.1f MB of text' % (label, records, text_bytes / 1e6))
    for name, _ in cmds:
        wall = statistics.median(t[0] for t in times[name])
        cpu = statistics.median(t[1] for t in times[name])
        line = '  %-10s wall %.3f s  cpu %.3f s  %.1f MB/s' % (name, wall, cpu, text_bytes / 1e6 / wall)
        one = name.replace(a.jobs, '1') if not name.endswith(' 1') else None
        if one and one in times:
            # Both statistics: the median of the paired ratios (each -j J run against the -j 1 run beside it)
            # and the ratio of the medians; on a noisy machine they can differ by a few percent.
            line += '  speed-up over -j 1 %.3fx (ratio of medians %.3fx)' % (
                statistics.median(r[0] / m[0] for m, r in zip(times[name], times[one])),
                statistics.median(t[0] for t in times[one]) / wall)
        if not name.startswith('old') and 'old ' + name in times:
            line += '  wall/old %.3f cpu/old %.3f' % tuple(statistics.median(
                m[k] / r[k] for m, r in zip(times[name], times['old ' + name])) for k in (0, 1))
        if name.endswith('-j ' + a.jobs) and procs in times:
            line += '  cpu/procs %.3f' % statistics.median(m[1] / r[1] for m, r in zip(times[name], times[procs]))
        print(line)
    same = len({open(p, 'rb').read() for p in outputs.values()}) == 1
    print('  records identical across the commands: %s' % ('yes' if same else 'NO'))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('exe')
    ap.add_argument('--old')
    ap.add_argument('--news-mb', type=float, default=20)
    ap.add_argument('--tweets', type=int, default=1000000)
    ap.add_argument('--jobs', default='2')
    ap.add_argument('--repeats', type=int, default=5)
    ap.add_argument('--split', action='store_true', help='the control: J processes of -j 1 over J parts of the news')
    a = ap.parse_args()
    texts, _ = sample_texts()
    with tempfile.TemporaryDirectory(prefix='textchain_whole_process_') as tmp:
        news = os.path.join(tmp, 'news.jsonl')
        records, n = write_jsonl(news, texts, int(a.news_mb * 1e6))
        print('%d repeats, commands interleaved; -j %s against -j 1' % (a.repeats, a.jobs))
        measure('news', [news], records, n, a, tmp, a.split)
        short = os.path.join(tmp, 'tweets.jsonl')
        pool = tweets(texts)
        with open(short, 'w', encoding='utf-8') as f:
            n = 0
            for i in range(a.tweets):
                t = pool[i % len(pool)]
                f.write(json.dumps({'id': 't%d' % i, 'text': t, 'date': '2025-09-26'}) + '\n')
                n += len(t.encode())
        measure('tweets (%d distinct texts of at most %d bytes)' % (len(pool), TWEET_BYTES), [short], a.tweets, n, a, tmp)
        report = json.loads(subprocess.run([a.exe, 'bench', '--jsonl', '--repeat', '3', '--json', news],
                                           check=True, capture_output=True, text=True).stdout)
        run = report['runs'][0]
        print('textchain bench on the news input (-j 1, 3 passes, medians; share and MB/s of CPU time;'
              ' each step less its clock reads, which are the (clock) row):')
        clock = [run['clock']['row']] if run.get('clock', {}).get('subtracted') else []
        for part in [run['total']] + run['steps'][:-1] + clock + run['steps'][-1:]:
            print('  %-8s cpu %8.1f ms  share %5.1f%%  %6.1f MB/s' % (
                part['name'], part['cpu_ms']['median'], 100 * part['cpu_ms']['median'] / run['total']['cpu_ms']['median'],
                report['inputs']['bytes'] / 1e3 / part['cpu_ms']['median']))

if __name__ == '__main__':
    main()
