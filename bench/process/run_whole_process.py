#!/usr/bin/env python3
"""Issue 19's whole-process figures: `textchain run` (the default chain) as a user runs it, on two inputs
made from the sample corpus (examples/corpus, our own text) and written as JSON Lines:

  news    whole sample articles (about 2.3 KB each), cycled to --news-mb MB of text;
  tweets  --tweets records of one to three sample sentences each, at most 280 bytes of text.

For each input, `run -j 1` and `run -j J` (and the same two commands of --old, for "not slower than before")
run alternately --repeats times, so that the machine's load falls on all alike. Prints medians of wall and CPU
time (user + sys), throughput as text bytes per wall second, the speed-up of -j J over -j 1 as the median of
the paired wall ratios, and whether every command wrote the same records. Then, once, `textchain bench` on the
news input for each step's share of the chain's CPU time.

    python3 bench/process/run_whole_process.py build/bin/textchain [--old OLD/bin/textchain]
        [--news-mb 20] [--tweets 1000000] [--jobs 2] [--repeats 5]
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile

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


def measure(label, inputs, records, text_bytes, a, tmp):
    cmds = []
    for build, exe in (('old ', a.old), ('', a.exe)):
        if exe:
            for jobs in ('1', a.jobs):
                cmds.append(('%s-j %s' % (build, jobs), [exe, 'run', '--jsonl', '-j', jobs] + inputs))
    times = {name: [] for name, _ in cmds}
    outputs = {name: os.path.join(tmp, 'out.%d' % k) for k, (name, _) in enumerate(cmds)}
    for _ in range(a.repeats):
        for name, cmd in cmds:
            times[name].append(timed(cmd, outputs[name]))
    print('%s: %d records, %.1f MB of text' % (label, records, text_bytes / 1e6))
    for name, _ in cmds:
        wall = statistics.median(t[0] for t in times[name])
        cpu = statistics.median(t[1] for t in times[name])
        line = '  %-10s wall %.3f s  cpu %.3f s  %.1f MB/s' % (name, wall, cpu, text_bytes / 1e6 / wall)
        one = name.replace(a.jobs, '1') if not name.endswith(' 1') else None
        if one and one in times:
            line += '  speed-up over -j 1 %.3fx' % statistics.median(
                r[0] / m[0] for m, r in zip(times[name], times[one]))
        if not name.startswith('old') and 'old ' + name in times:
            line += '  wall/old %.3f cpu/old %.3f' % tuple(statistics.median(
                m[k] / r[k] for m, r in zip(times[name], times['old ' + name])) for k in (0, 1))
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
    a = ap.parse_args()
    texts, _ = sample_texts()
    with tempfile.TemporaryDirectory(prefix='textchain_whole_process_') as tmp:
        news = os.path.join(tmp, 'news.jsonl')
        records, n = write_jsonl(news, texts, int(a.news_mb * 1e6))
        print('%d repeats, commands interleaved; -j %s against -j 1' % (a.repeats, a.jobs))
        measure('news', [news], records, n, a, tmp)
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
        print('textchain bench on the news input (-j 1, 3 passes, medians; share and MB/s of CPU time):')
        for part in [run['total']] + run['steps']:
            print('  %-8s cpu %8.1f ms  share %5.1f%%  %6.1f MB/s' % (
                part['name'], part['cpu_ms']['median'], 100 * part['cpu_ms']['median'] / run['total']['cpu_ms']['median'],
                report['inputs']['bytes'] / 1e3 / part['cpu_ms']['median']))

if __name__ == '__main__':
    main()
