#!/usr/bin/env python3
"""Builds the mojibake measurement sets from clean multilingual text, at build time.

    make_mojibake_sets.py --hand LINES.txt --out DIR [--per-family N]

Clean text comes from the repo's own hand-written lines (tests/cleanup/data/multilingual_lines.txt) and
from Debian packages (section main, free licences) that tools/bootstrap.sh installs, read where Debian puts
them at build time; nothing of them is copied into the repo: fortunes in Czech, German, Spanish, Italian,
Russian and Slovak (fortunes-cs/-de/-es/-it/-ru), and word lists in French, Portuguese, Polish, Ukrainian,
Bulgarian, Danish and Swedish (w* packages) and Greek, Icelandic, Romanian, Turkish and Vietnamese
(hunspell-*), from which seeded random "sentences" are drawn, some in capitals, some with typographic
quotes, dashes, math and currency signs. A missing package is skipped and reported.

Writes to DIR:
  clean_lines.txt        one clean line per line (the false-positive corpus)
  mojibake_pairs.tsv     family TAB broken TAB clean, one pair per line
  mojibake_gold.jsonl    the same pairs as `textchain eval` gold: {"id", "family", "text", "cleaned"},
                         plus clean lines as their own gold (family "clean") to count false positives
Each family is one way text gets broken: UTF-8 read through a code page (13 of them), chains of two or
three such readings, CESU-8 emoji, Windows-1252 read as Latin-1 (C1 controls), lost no-break spaces,
decomposed accents misread, and mojibake decomposed afterwards. Python's codecs do the breaking; the C++
rule never sees this code.
"""
import argparse
import glob
import json
import os
import random
import sys
import unicodedata

CODECS = [("cp1252", "windows-1252"), ("latin-1", "latin-1"), ("iso8859-15", "iso-8859-15"),
          ("cp1250", "windows-1250"), ("iso8859-2", "iso-8859-2"), ("cp1251", "windows-1251"),
          ("koi8-r", "koi8-r"), ("cp1253", "windows-1253"), ("cp1254", "windows-1254"),
          ("cp1257", "windows-1257"), ("mac-roman", "macroman"), ("cp437", "cp437"), ("cp850", "cp850")]
NAMES = dict(CODECS)
CHAINS = [("cp1252", "cp1252"), ("latin-1", "latin-1"), ("cp1252", "latin-1"), ("cp1251", "cp1252"),
          ("cp1250", "cp1252"), ("mac-roman", "cp1252"), ("cp1252", "cp1252", "cp1252")]

FORTUNES = ["cs", "de", "es", "it", "ru", "sk"]
WORDLISTS = [("french", "fr"), ("portuguese", "pt"), ("polish", "pl"), ("ukrainian", "uk"),
             ("bulgarian", "bg"), ("danish", "da"), ("swedish", "sv")]
HUNSPELL = [("el_GR", "el"), ("is_IS", "is"), ("ro_RO", "ro"), ("tr_TR", "tr"), ("vi_VN", "vi")]
FORTUNE_LINES = 6000    # per language
SENTENCES = 3500        # per word list


def sloppy_decode(data, codec):
    """What a lenient decoder does: bytes the code page leaves undefined become Latin-1 characters."""
    out = []
    for b in data:
        try:
            out.append(bytes([b]).decode(codec))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def misread(text, *codecs):
    for codec in codecs:
        text = sloppy_decode(text.encode("utf-8"), codec)
    return text


def cesu8(text):
    out = bytearray()
    for ch in text:
        cp = ord(ch)
        if cp > 0xFFFF:
            cp -= 0x10000
            for s in (0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF)):
                out += chr(s).encode("utf-8", "surrogatepass")
        else:
            out += ch.encode("utf-8")
    return bytes(out)


def already_broken(line):
    """A few fortunes are themselves Windows-1252 mojibake ("FranÃ§ois"): not clean text, left out."""
    for a, b in zip(line, line[1:]):
        if a in "ÂÃ":
            try:
                if 0x80 <= b.encode("cp1252")[0] <= 0xBF:
                    return True
            except UnicodeEncodeError:
                pass
    return False


def usable(line):
    line = line.replace("\t", " ").strip()
    if len(line) < 12 or any(unicodedata.category(c) in ("Cc", "Co", "Cs", "Cn") for c in line):
        return None
    if "\ufffd" in line or already_broken(line):
        return None
    return line


def fortune_lines(rng, missing):
    lines = []
    for lang in FORTUNES:
        files = sorted(glob.glob("/usr/share/games/fortunes/%s/*.u8" % lang))
        if not files:
            missing.append("fortunes-" + lang)
            continue
        found = []
        for f in files:
            try:
                text = open(f, "rb").read().decode("utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            for raw in text.splitlines():
                line = usable(raw)
                if line and line != "%":
                    found.append(line)
        found = sorted(set(found))
        rng.shuffle(found)
        lines += found[:FORTUNE_LINES]
    return lines


def words_from_list(path, rng):
    words = open(path, encoding="utf-8", errors="replace").read().split("\n")
    words = rng.sample(words, min(len(words), 40000))
    return [w for w in words if w and "'" not in w and "\ufffd" not in w]


def words_from_hunspell(name, rng):
    aff = "/usr/share/hunspell/%s.aff" % name
    encoding = "utf-8"
    for line in open(aff, "rb").read().decode("latin-1").splitlines():
        if line.startswith("SET "):
            encoding = line.split()[1].lower().replace("iso", "iso-").replace("iso--", "iso-")
    raw = open("/usr/share/hunspell/%s.dic" % name, "rb").read().decode(encoding, errors="replace")
    words = raw.splitlines()[1:]
    words = rng.sample(words, min(len(words), 40000))
    return [w.split("/")[0] for w in words if w and "\ufffd" not in w]


DECOR = [("“", "”"), ("„", "“"), ("«\u00a0", "\u00a0»"), ("‘", "’"), ("— ", " —"), ("", "…"), ("(", ")")]
SIGNS = ["€", "£", "±", "×", "°", "½", "²", "©", "®", "™", "µ", "√", "π", "≤", "≥", "∞", "§", "¶", "•", "‰"]


def sentences(words, rng, count):
    words = [w for w in words if 1 < len(w) < 20 and not any(c.isdigit() for c in w)]
    out = []
    for i in range(count):
        ws = [rng.choice(words) for _ in range(rng.randint(5, 12))]
        kind = i % 10
        if kind == 0:
            line = " ".join(ws).upper()                      # headlines in capitals: SÃO PAULO, ĐÀ NẴNG
        elif kind == 1:
            open_, close = rng.choice(DECOR)                 # typographic quotes and dashes
            line = open_ + " ".join(ws).capitalize() + close
        elif kind == 2:
            k = rng.randint(1, len(ws) - 1)                  # math and currency signs beside numbers
            ws.insert(k, "%d%s" % (rng.randint(1, 999), rng.choice(SIGNS)))
            line = " ".join(ws).capitalize() + "."
        elif kind == 3:
            line = " ".join(w.capitalize() for w in ws) + "."  # names
        else:
            line = " ".join(ws).capitalize() + rng.choice([".", ".", "?", "!", ";", ":"])
        if usable(line):
            out.append(line)
    return out


def clean_corpus(hand, rng, missing):
    lines = list(hand)
    lines += fortune_lines(rng, missing)
    for name, _ in WORDLISTS:
        path = "/usr/share/dict/" + name
        if not os.path.exists(path):
            missing.append("w" + name)
            continue
        lines += sentences(words_from_list(path, rng), rng, SENTENCES)
    for name, _ in HUNSPELL:
        if not os.path.exists("/usr/share/hunspell/%s.dic" % name):
            missing.append("hunspell-" + name.split("_")[0].lower())
            continue
        lines += sentences(words_from_hunspell(name, rng), rng, SENTENCES)
    seen, unique = set(), []
    for line in lines:
        if line not in seen:
            seen.add(line)
            unique.append(line)
    return unique


def pairs(hand, corpus, rng, per_family):
    """(family, broken, clean) for every family; lines the breaking leaves unchanged are skipped."""
    pool = [l for l in corpus if any(ord(c) > 0x7F for c in l)]
    out = []

    def add(family, sources, breaker):
        n = 0
        for line in sources:
            broken = breaker(line)
            if broken is None or broken == line:
                continue
            out.append((family, broken, line))
            n += 1
            if n >= per_family + len(hand):
                break

    def sample():
        return hand + rng.sample(pool, min(len(pool), per_family * 2))

    for codec, name in CODECS:
        add(name, sample(), lambda l, c=codec: misread(l, c))
    for chain in CHAINS:
        add(">".join(NAMES[c] for c in chain), sample(), lambda l, ch=chain: misread(l, *ch))
    emoji = ["👍", "😀", "🎉", "🚀", "❤️", "🇫🇷", "👩‍💻", "😂", "🙏", "🔥"]

    def with_emoji(line):
        words = line.split(" ")
        words.insert(rng.randint(1, max(1, len(words) - 1)), rng.choice(emoji))
        return " ".join(words) + " " + rng.choice(emoji)

    for codec in ("cp1252", "latin-1"):
        src = [with_emoji(l) for l in sample()]
        add("cesu-8>" + NAMES[codec], src, lambda l, c=codec: sloppy_decode(cesu8(l), c))

    def c1(line):  # Windows-1252 text read as Latin-1
        try:
            return line.encode("cp1252").decode("latin-1")
        except UnicodeEncodeError:
            return None

    western = [l for l in pool if c1(l) is not None]
    western = [rng.choice(["“%s”", "‘%s’ — %s", "%s…", "„%s“"]).replace("%s", l, 1).replace("%s", "so", 1)
               for l in rng.sample(western, min(len(western), per_family * 2))]
    add("windows-1252-as-latin-1", hand + western, c1)

    def lost_nbsp(line):  # a process turned byte 0xA0 into a space
        broken = misread(line, "cp1252")
        return broken.replace("\u00a0", " ") if "\u00a0" in broken else None

    add("windows-1252-lost-nbsp", [l for l in corpus if "à" in l or "\u00a0" in l][: per_family * 4], lost_nbsp)
    # Accents written as combining marks (NFD, as macOS file names are) and then misread: the repair gives
    # back the decomposed text, which is what was written.
    add("nfd>windows-1252", [unicodedata.normalize("NFD", l) for l in sample()], lambda l: misread(l, "cp1252"))
    # Mojibake decomposed afterwards ("Ã" stored as "A" and a combining tilde): repaired to the composed text.
    add("windows-1252>nfd", sample(), lambda l: unicodedata.normalize("NFD", misread(l, "cp1252")))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hand", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--per-family", type=int, default=300)
    a = ap.parse_args()
    rng = random.Random(20261203)
    hand = [l for l in open(a.hand, encoding="utf-8").read().splitlines() if l and not l.startswith("#")]
    missing = []
    corpus = clean_corpus(hand, rng, missing)
    made = pairs(hand, corpus, rng, a.per_family)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "clean_lines.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(corpus) + "\n")
    with open(os.path.join(a.out, "mojibake_pairs.tsv"), "w", encoding="utf-8") as f:
        for family, broken, clean in made:
            f.write("%s\t%s\t%s\n" % (family, broken, clean))
    with open(os.path.join(a.out, "mojibake_gold.jsonl"), "w", encoding="utf-8") as f:
        for i, (family, broken, clean) in enumerate(made):
            f.write(json.dumps({"id": "m%05d" % i, "family": family, "text": broken, "cleaned": clean},
                               ensure_ascii=False) + "\n")
        for i, line in enumerate(corpus[:: max(1, len(corpus) // 5000)]):
            f.write(json.dumps({"id": "c%05d" % i, "family": "clean", "text": line, "cleaned": line},
                               ensure_ascii=False) + "\n")
    families = {}
    for family, _, _ in made:
        families[family] = families.get(family, 0) + 1
    print("make_mojibake_sets: %d clean lines, %d broken lines in %d families%s" % (
        len(corpus), len(made), len(families),
        ("; missing (install with tools/bootstrap.sh): " + ", ".join(missing)) if missing else ""))


if __name__ == "__main__":
    sys.exit(main())
