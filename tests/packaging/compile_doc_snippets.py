#!/usr/bin/env python3
"""Compiles every C and C++ code block of the given Markdown files (issue 13, point 10: the README's plugin
example did not compile). A block preceded by a line starting with "<!-- fragment" is part of a larger
program and is skipped; every other ```cpp / ```c block must compile on its own, warnings as errors.

  compile_doc_snippets.py --cxx c++ --cc cc -I dir [-I dir ...] FILE.md ...
"""
import argparse
import re
import subprocess
import sys
import tempfile


def blocks(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^```(cpp|c)\s*$", lines[i])
        if not m:
            i += 1
            continue
        start = i + 1
        end = start
        while end < len(lines) and lines[end].strip() != "```":
            end += 1
        previous = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].strip()), "")
        if not previous.startswith("<!-- fragment"):
            yield m.group(1), start, "\n".join(lines[start:end]) + "\n"
        i = end + 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cxx", required=True)
    ap.add_argument("--cc", required=True)
    ap.add_argument("-I", dest="includes", action="append", default=[])
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    failures = 0
    count = 0
    for path in args.files:
        for lang, line, code in blocks(path):
            count += 1
            suffix = ".cpp" if lang == "cpp" else ".c"
            with tempfile.NamedTemporaryFile("w", suffix=suffix, delete=False) as f:
                f.write(code)
            if lang == "cpp":
                cmd = [args.cxx, "-std=c++20"]
            else:
                cmd = [args.cc, "-std=c11"]
            cmd += ["-fsyntax-only", "-Wall", "-Wextra", "-Werror"] + ["-I" + d for d in args.includes] + [f.name]
            r = subprocess.run(cmd, capture_output=True, text=True)
            if r.returncode != 0:
                failures += 1
                print(f"{path}:{line}: this {lang} block does not compile:\n{r.stderr}", file=sys.stderr)
    print(f"{count} code block(s) compiled, {failures} failed")
    return 1 if failures or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
