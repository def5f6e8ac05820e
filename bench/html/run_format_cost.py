#!/usr/bin/env python3
"""End to end: `textchain run --format html` against `--format jsonl` on the sample corpus (examples/corpus)
repeated to 20 MB as JSON Lines, the two run alternately REPEATS times (so that a shared machine's load
falls on both alike); prints the medians of wall and CPU (user + sys) time and the median of the paired
ratios html / jsonl.

    python3 bench/html/run_format_cost.py build/bin/textchain [REPEATS]
"""
import glob
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

CORPUS_BYTES = 20 << 20


def main():
    exe = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    source = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
    docs = []
    for path in sorted(glob.glob(os.path.join(source, 'examples', 'corpus', '*.txt'))):
        with open(path, encoding='utf-8') as f:
            docs.append((os.path.basename(path), f.read()))
    with tempfile.TemporaryDirectory(prefix='textchain_format_cost_') as tmp:
        corpus = os.path.join(tmp, 'corpus.jsonl')
        n = i = 0
        with open(corpus, 'w', encoding='utf-8') as f:
            while n < CORPUS_BYTES:
                name, text = docs[i % len(docs)]
                f.write(json.dumps({'id': '%s#%d' % (name, i), 'text': text, 'date': '2025-09-26'}) + '\n')
                n += len(text.encode())
                i += 1
        print('%d documents, %.1f MB of text' % (i, n / 1e6))
        times = {'jsonl': [], 'html': []}
        for _ in range(repeats):
            for fmt in ('jsonl', 'html'):
                r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
                t0 = time.time()
                with open(os.path.join(tmp, 'out.' + fmt), 'wb') as out:
                    subprocess.run([exe, 'run', '--format', fmt, corpus], stdout=out, stderr=subprocess.DEVNULL,
                                   check=True)
                t1 = time.time()
                r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
                times[fmt].append((t1 - t0, r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime))
        for k, name in ((0, 'wall'), (1, 'cpu')):
            j = [t[k] for t in times['jsonl']]
            h = [t[k] for t in times['html']]
            print('%-4s jsonl %.3f s  html %.3f s  (medians of %d)  html/jsonl: median of paired ratios %.3f'
                  % (name, statistics.median(j), statistics.median(h), repeats,
                     statistics.median([b / a for a, b in zip(j, h)])))
        print('output: jsonl %.1f MB, html %.1f MB' % (os.path.getsize(os.path.join(tmp, 'out.jsonl')) / 1e6,
                                                      os.path.getsize(os.path.join(tmp, 'out.html')) / 1e6))


if __name__ == '__main__':
    main()
