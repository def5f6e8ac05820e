#!/usr/bin/env python3
"""End to end: `textchain run --isolate -j N` against the in-process `textchain run -j N`, on 4 KB news
documents (the sample corpus, examples/corpus, each text repeated and cut to 4096 bytes, to 20 MB as JSON
Lines) and on the sample corpus itself (4 files: start-up dominates). The commands run alternately REPEATS
times, so that a shared machine's load falls on all alike; prints the medians of wall and CPU (user + sys,
worker processes included) time and the medians of the paired ratios against the first command. For an
isolated run it also prints the supervisor's share of that CPU time (its own, against its reaped workers',
read from /proc before the command is reaped, in clock ticks of 10 ms: meaningless on the 4-file corpus):
the part of the work that one process does alone, less dependent on the machine's load than wall time.

    python3 bench/isolation/run_isolate_cost.py build/bin/textchain [--old OLD/bin/textchain] [--jobs 2] [--repeats 7]

--old adds the in-process and the isolated run of another build (e.g. main's), for "not slower than
before": each command of this build is then also given as a paired ratio to its twin in the old build.
"""
import argparse
import os
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'common'))
from process_timing import sample_texts, timed, write_jsonl  # noqa: E402

CORPUS_BYTES = 20 << 20
DOC_BYTES = 4096


def four_kb(text):
    while len(text.encode()) < DOC_BYTES:
        text = text + '\n\n' + text
    return text.encode()[:DOC_BYTES].decode('utf-8', 'ignore')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('exe')
    ap.add_argument('--old')
    ap.add_argument('--jobs', default='2')
    ap.add_argument('--repeats', type=int, default=7)
    a = ap.parse_args()
    samples, files = sample_texts()
    texts = [four_kb(t) for t in samples]
    with tempfile.TemporaryDirectory(prefix='textchain_isolate_cost_') as tmp:
        corpus = os.path.join(tmp, 'news4k.jsonl')
        i, n = write_jsonl(corpus, texts, CORPUS_BYTES)
        print('%d documents of %d bytes, %.1f MB; -j %s; %d repeats, interleaved' % (i, DOC_BYTES, n / 1e6, a.jobs, a.repeats))
        for label, inputs in (('4 KB news', [corpus]), ('sample corpus (%d files)' % len(files), files)):
            cmds = []
            if a.old:
                cmds.append(('old in-process', [a.old, 'run', '-j', a.jobs] + inputs))
                cmds.append(('old --isolate', [a.old, 'run', '--isolate', '-j', a.jobs] + inputs))
            cmds.append(('in-process', [a.exe, 'run', '-j', a.jobs] + inputs))
            cmds.append(('--isolate', [a.exe, 'run', '--isolate', '-j', a.jobs] + inputs))
            times = {name: [] for name, _ in cmds}
            outputs = {}
            for _ in range(a.repeats):
                for name, cmd in cmds:
                    out = os.path.join(tmp, 'out.%d' % len(outputs))
                    outputs.setdefault(name, out)
                    times[name].append(timed(cmd, outputs[name]))
            base = cmds[0][0]
            print(label)
            for name, _ in cmds:
                line = '  %-15s' % name
                for k, what in ((0, 'wall'), (1, 'cpu')):
                    mine = [t[k] for t in times[name]]
                    ref = [t[k] for t in times[base]]
                    line += '  %s %.3f s (x%.3f)' % (what, statistics.median(mine),
                                                     statistics.median([m / r for m, r in zip(mine, ref)]))
                if 'isolate' in name:
                    line += '  supervisor %.1f%% of cpu' % (100 * statistics.median([t[2] for t in times[name]]))
                twin = 'old ' + name
                if twin in times:
                    for k, what in ((0, 'wall'), (1, 'cpu')):
                        line += '  %s/%s %.3f' % (what, twin, statistics.median(
                            [m[k] / r[k] for m, r in zip(times[name], times[twin])]))
                print(line)
            same = len({open(p, 'rb').read() for p in outputs.values()}) == 1
            print('  records identical across the commands: %s' % ('yes' if same else 'NO'))
            print('  (xN: median of the paired ratios against %s; docs/s = %d / wall)' % (base, i if label == '4 KB news' else len(files)))


if __name__ == '__main__':
    main()
