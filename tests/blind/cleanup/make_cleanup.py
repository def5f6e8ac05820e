#!/usr/bin/env python3
"""Builds the blind cleanup set: articles.src -> input/<id>.txt (damaged) and gold/<id>.txt (clean).

Markup in articles.src (one article per `=== <id> [clean]` header; the text runs to the next header):
  {{DAMAGED||GOLD}}  the input has DAMAGED where the gold has GOLD (either may be empty, may span lines)
  {{~TEXT}}          the input has TEXT as mojibake (its UTF-8 bytes read as Windows-1252, undefined bytes
                     as Latin-1, as browsers do); the gold has TEXT. {{~~TEXT}}: mis-decoded twice
  <NBSP> <ZWSP>      a no-break space / zero-width space (allowed in DAMAGED only)
An article marked `clean` must have no markup: its input and gold are the same file. Every file ends with
exactly one newline. Regenerate with `python3 make_cleanup.py`; never edit input/ or gold/ by hand.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def mojibake(s: str) -> str:
    out = []
    for b in s.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))  # 0x81 0x8D 0x8F 0x90 0x9D: Latin-1 control characters
    return "".join(out)


def invisibles(s: str) -> str:
    return s.replace("<NBSP>", "\u00a0").replace("<ZWSP>", "\u200b")


MARK = re.compile(r"\{\{(~+)(.*?)\}\}|\{\{(.*?)\|\|(.*?)\}\}", re.S)


def render(body: str):
    inp, gold, pos = [], [], 0
    for m in MARK.finditer(body):
        inp.append(body[pos:m.start()])
        gold.append(body[pos:m.start()])
        if m.group(1) is not None:
            damaged = m.group(2)
            for _ in m.group(1):  # {{~~TEXT}}: mis-decoded twice
                damaged = mojibake(damaged)
            inp.append(damaged)
            gold.append(m.group(2))
        else:
            inp.append(invisibles(m.group(3)))
            gold.append(m.group(4))
        pos = m.end()
    inp.append(body[pos:])
    gold.append(body[pos:])
    return "".join(inp), "".join(gold)


def main() -> int:
    src = open(os.path.join(HERE, "articles.src"), encoding="utf-8").read()
    parts = re.split(r"^=== (\S+)( clean)?\n", src, flags=re.M)
    ok = True
    for d in ("input", "gold"):
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
        for f in os.listdir(os.path.join(HERE, d)):
            os.remove(os.path.join(HERE, d, f))
    n = 0
    for i in range(1, len(parts), 3):
        name, clean, body = parts[i], parts[i + 1], parts[i + 2]
        body = body.strip("\n") + "\n"
        inp, gold = render(body)
        # The gold must be clean text: no markup left, no invisible or trailing spaces, no doubled blank lines.
        problems = []
        if "{{" in gold or "}}" in gold or "||" in gold:
            problems.append("markup left in gold")
        if any(c in gold for c in "\u00a0\u200b"):
            problems.append("invisible space in gold")
        if re.search(r"[ \t]\n", gold) or "\n\n\n" in gold:
            problems.append("trailing space or doubled blank line in gold")
        if gold.startswith("\n") or not gold.endswith("\n") or gold.endswith("\n\n"):
            problems.append("gold must start with text and end with exactly one newline")
        if clean and inp != gold:
            problems.append("a clean article has markup")
        words = len(gold.split())
        if not 150 <= words <= 350:
            problems.append(f"{words} words")
        for p in problems:
            print(f"{name}: {p}", file=sys.stderr)
            ok = False
        with open(os.path.join(HERE, "input", name + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(inp)
        with open(os.path.join(HERE, "gold", name + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(gold)
        n += 1
        print(f"{name:32} {'clean' if clean else 'damaged':8} {words:4} words  {len(inp.encode()):5} -> {len(gold.encode()):5} bytes")
    print(f"{n} articles")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
