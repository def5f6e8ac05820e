"""Shared by the whole-process benchmark scripts (bench/process, bench/isolation): time a command the way
a user's shell would see it, and write the sample corpus (examples/corpus, our own text) as JSON Lines."""
import glob
import json
import os
import resource
import subprocess
import time

SOURCE = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))


def sample_texts():
    """The sample corpus' texts, in file order, and their paths."""
    files = sorted(glob.glob(os.path.join(SOURCE, 'examples', 'corpus', '*.txt')))
    return [open(p, encoding='utf-8').read() for p in files], files


def write_jsonl(path, texts, total_bytes, date='2025-09-26'):
    """Cycles through `texts` writing one record each until `total_bytes` of text are written; returns
    (records, text bytes)."""
    n = i = 0
    with open(path, 'w', encoding='utf-8') as f:
        while n < total_bytes:
            text = texts[i % len(texts)]
            f.write(json.dumps({'id': 'd%d' % i, 'text': text, 'date': date}) + '\n')
            n += len(text.encode())
            i += 1
    return i, n


def timed(cmd, out_path):
    """Wall and CPU seconds of the command (its reaped children included), and its own share of that CPU."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.time()
    with open(out_path, 'wb') as out:
        p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL)
    # Ended but not reaped: /proc still has its own and its reaped children's times.
    os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOWAIT)
    t1 = time.time()
    with open('/proc/%d/stat' % p.pid) as f:
        stat = f.read()
    utime, stime, cutime, cstime = (int(x) for x in stat[stat.rindex(')') + 2:].split()[11:15])
    if p.wait() != 0:
        raise subprocess.CalledProcessError(p.returncode, cmd)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    own, total = utime + stime, utime + stime + cutime + cstime
    return t1 - t0, r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime, own / total if total else 1.0
