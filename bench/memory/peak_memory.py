#!/usr/bin/env python3
"""Peak memory of `textchain run` on one large document, as a multiple of the document's size.

Two documents are generated (nothing from a data set: sentences are assembled from the templates below):
  dense  news-like prose in which every sentence holds a date and a quotation attributed to a speaker
         ("On Tuesday, March 4, 2025, Mayor Ana Ruiz said: \"...\"" and variants): millions of annotations
         at 100 MB;
  plain  words only, no dates, no quotes: the cost of the text, its tokens and sentences alone.
Each executable runs `textchain run FILE` (the default chain); the peak resident set size (ru_maxrss of the
child, from wait4) is printed beside the document's size, with the number of annotations in its record and
a SHA-256 of the records (read from a pipe as they come, never held: with --old, whether the two builds
wrote byte-identical records is printed too). Annotations are counted as the `{"type":` that opens each one
in the record: the record of a text file has no other objects, and inside strings a quote is escaped.

    python3 bench/memory/peak_memory.py build/bin/textchain [--old OLD/bin/textchain] [--mb 100] [--repeats 1]
    python3 bench/memory/peak_memory.py --write-only DIR [--mb 100]   # just the documents

The figures are deterministic for a given --mb and --seed (the generator is seeded).
"""
import argparse
import hashlib
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

FIRST = ['Ana', 'Daniel', 'Grace', 'Tomas', 'Priya', 'Omar', 'Helen', 'Marcus', 'Lena', 'Victor', 'Sofia', 'Kwame']
LAST = ['Ruiz', 'Okafor', 'Lindqvist', 'Moreau', 'Castellano', 'Whitfield', 'Nakamura', 'Brennan', 'Haddad', 'Petrov']
TITLES = ['Mayor', 'Senator', 'Governor', 'Minister', 'Judge', 'Chief Executive', 'Professor', 'Dr.']
ROLES = ['a spokesperson for the council', 'the union leader', 'the head of the agency', 'an economist at the bank',
         'the city engineer', 'a lawyer for the families', 'the team captain', 'the committee chair']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
VERBS = ['said', 'told reporters', 'added', 'warned', 'explained', 'insisted']
SUBJECTS = ['the budget', 'the new bridge', 'the hospital', 'the trade agreement', 'the election', 'the flood defences',
            'the school reform', 'the rail line', 'the harbour project', 'the water supply']
CLAIMS = ['will be finished before the end of the year', 'is not what the residents were promised',
          'has cost far more than anyone expected', 'needs another round of talks',
          'was approved after a long debate', 'must not be delayed again', 'is the best plan we have',
          'will create hundreds of jobs in the region']
OPENERS = ['We believe', 'I can tell you that', 'Everyone knows', 'Frankly,', 'In my view', 'We are confident that']
PLAIN = ('the of and to in a is that for on with as by at from this was are be it an have which or has not '
         'government council report market city people water school project year week local public plan '
         'residents officials region committee spending support change growth energy health transport').split()


def speaker(r):
    if r.random() < 0.6:
        return '%s %s %s' % (r.choice(TITLES), r.choice(FIRST), r.choice(LAST))
    return '%s %s, %s,' % (r.choice(FIRST), r.choice(LAST), r.choice(ROLES))


def date(r):
    k = r.randrange(4)
    if k == 0:
        return 'On %s' % r.choice(DAYS)
    if k == 1:
        return 'On %s %d, %d' % (r.choice(MONTHS), r.randint(1, 28), r.randint(1995, 2026))
    if k == 2:
        return 'Last %s' % r.choice(DAYS)
    return 'In %s %d' % (r.choice(MONTHS), r.randint(1995, 2026))


def quote(r):
    return '%s %s %s.' % (r.choice(OPENERS), r.choice(SUBJECTS), r.choice(CLAIMS))


def dense_sentence(r):
    k = r.randrange(3)
    if k == 0:
        return '%s, %s %s: "%s"' % (date(r), speaker(r), r.choice(VERBS), quote(r))
    if k == 1:
        q, d = quote(r), date(r)
        return '"%s," %s %s %s.' % (q[:-1], speaker(r).rstrip(','), r.choice(VERBS), d[0].lower() + d[1:])
    q = quote(r)
    return '%s %s %s that "%s" %s.' % (date(r), speaker(r), r.choice(VERBS), q[0].lower() + q[1:-1],
                                        'according to the minutes')


def plain_sentence(r):
    words = [r.choice(PLAIN) for _ in range(r.randint(8, 22))]
    return words[0].capitalize() + ' ' + ' '.join(words[1:]) + '.'


def write_document(path, size, sentence, seed):
    r = random.Random(seed)
    n = 0
    with open(path, 'w', encoding='utf-8') as f:
        while n < size:
            para = ' '.join(sentence(r) for _ in range(r.randint(3, 7))) + '\n\n'
            f.write(para)
            n += len(para.encode())
    return os.path.getsize(path)


ANNOTATION_START = b'{"type":'


def peak_rss(cmd):
    """Runs cmd and returns (peak RSS in bytes, wall seconds, SHA-256 of its records, annotations in them).

    Stderr goes to a temporary file, not a pipe: a pipe read only after the child ends would block a child
    that writes more than the pipe holds."""
    digest = hashlib.sha256()
    annotations = 0
    tail = b''  # the end of the last chunk: an annotation's start may straddle two chunks
    with tempfile.TemporaryFile() as err_file:
        t0 = time.time()
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err_file)
        while True:
            chunk = p.stdout.read(1 << 20)
            if not chunk:
                break
            digest.update(chunk)
            joined = tail + chunk
            annotations += joined.count(ANNOTATION_START)
            tail = joined[-(len(ANNOTATION_START) - 1):]
        p.stdout.close()
        _, status, usage = os.wait4(p.pid, 0)
        t1 = time.time()
        err_file.seek(0)
        err = err_file.read().decode(errors='replace')
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # 1: a record carries an error; not expected here, but the memory still counts
        sys.exit('%s exited %d: %s' % (' '.join(cmd), code, err[-2000:]))
    return usage.ru_maxrss * 1024, t1 - t0, digest.hexdigest(), annotations


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('exe', nargs='?')
    ap.add_argument('--old', help='another build (e.g. main\'s) measured in the same sitting')
    ap.add_argument('--mb', type=float, default=100)
    ap.add_argument('--repeats', type=int, default=1)
    ap.add_argument('--seed', type=int, default=19)
    ap.add_argument('--kinds', default='plain,dense')
    ap.add_argument('--write-only', metavar='DIR')
    a = ap.parse_args()
    size = int(a.mb * 1e6)
    makers = {'plain': plain_sentence, 'dense': dense_sentence}
    kinds = a.kinds.split(',')
    if a.write_only:
        os.makedirs(a.write_only, exist_ok=True)
        for k in kinds:
            p = os.path.join(a.write_only, '%s.txt' % k)
            print('%s: %d bytes' % (p, write_document(p, size, makers[k], a.seed)))
        return
    if not a.exe:
        ap.error('an executable is needed (or --write-only DIR)')
    exes = ([('old', a.old)] if a.old else []) + [('new', a.exe)]
    with tempfile.TemporaryDirectory(prefix='textchain_peak_memory_') as tmp:
        for k in kinds:
            path = os.path.join(tmp, '%s.txt' % k)
            doc = write_document(path, size, makers[k], a.seed)
            peaks = {name: [] for name, _ in exes}
            walls = {name: [] for name, _ in exes}
            records = {name: set() for name, _ in exes}  # (hash, annotations) of each run
            for _ in range(a.repeats):
                for name, exe in exes:  # interleaved
                    rss, wall, sha, count = peak_rss([exe, 'run', path])
                    peaks[name].append(rss)
                    walls[name].append(wall)
                    records[name].add((sha, count))
            for name, exe in exes:
                rss = statistics.median(peaks[name])
                print('%-5s %-4s document %7.1f MB  peak RSS %8.1f MB  = %5.2fx the document  (wall %.1f s, %s)' %
                      (k, name, doc / 1e6, rss / 1e6, rss / doc, statistics.median(walls[name]), exe))
                for sha, count in sorted(records[name]):
                    print('%-5s %-4s records sha256 %s  %d annotations' % (k, name, sha, count))
                sys.stdout.flush()
            if a.old:
                same = len(records['old']) == 1 and records['old'] == records['new']
                print('%-5s records of old and new: %s' % (k, 'byte-identical' if same else 'DIFFERENT'))


if __name__ == '__main__':
    main()
