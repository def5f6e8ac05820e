#!/usr/bin/env python3
"""Generates core/src/text/unicode_props_table.inc: one 16-bit property word per code point.

The tokenizer needs, per code point: its UAX #29 Word_Break value, Extended_Pictographic (rule WB3c),
the token kind a segment starting with it gets, and upper/lower case (the sentence splitter asks).
They come from the Unicode Character Database as Debian's unicode-data package installs it, so the
tokenizer follows the same Unicode version as WordBreakTest.txt, its conformance test.

Layout of a property word (kept in sync with core/src/text/unicode_props.hpp):
  bits 0-4  Word_Break value, numbered as WB_VALUES below
  bit  5    Extended_Pictographic
  bits 6-8  token kind (tc_token_kind: 1 word, 2 number, 3 punct, 4 space, 5 line break, 6 quote, 7 symbol)
  bit  9    uppercase or titlecase letter (gc Lu, Lt)
  bit  10   lowercase letter (gc Ll)

The table is two-stage: STAGE1[cp >> 7] picks a 128-entry block of STAGE2, which holds indexes into
PROPS (the distinct property words). Blocks are deduplicated, which keeps the whole table near 40 KB.

Usage: gen_unicode_props.py [--ucd DIR] [--output FILE]   (defaults: /usr/share/unicode, stdout)
Python 3 standard library only; the output depends only on the input files (byte-for-byte stable).
"""

import argparse
import os
import re
import sys

WB_VALUES = [
    "Other", "CR", "LF", "Newline", "Extend", "ZWJ", "Regional_Indicator", "Format", "Katakana",
    "Hebrew_Letter", "ALetter", "Single_Quote", "Double_Quote", "MidNumLet", "MidLetter", "MidNum",
    "Numeric", "ExtendNumLet", "WSegSpace",
]
KIND_WORD, KIND_NUMBER, KIND_PUNCT, KIND_SPACE, KIND_LINEBREAK, KIND_QUOTE, KIND_SYMBOL = range(1, 8)
MAX_CP = 0x110000
BLOCK_BITS = 7
BLOCK = 1 << BLOCK_BITS

LINE = re.compile(r"^([0-9A-Fa-f]+)(?:\.\.([0-9A-Fa-f]+))?\s*;\s*([A-Za-z_]+)")


def read_ranges(path):
    """Yields (first, last, value) for each data line of a UCD property file."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = LINE.match(line)
            if m:
                first = int(m.group(1), 16)
                last = int(m.group(2), 16) if m.group(2) else first
                yield first, last, m.group(3)


def version_of(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline().strip()
    m = re.search(r"-(\d+\.\d+\.\d+)\.txt", first)
    return m.group(1) if m else "unknown"


def build(ucd):
    wb_path = os.path.join(ucd, "auxiliary", "WordBreakProperty.txt")
    emoji_path = os.path.join(ucd, "emoji", "emoji-data.txt")
    gc_path = os.path.join(ucd, "extracted", "DerivedGeneralCategory.txt")
    prop_path = os.path.join(ucd, "PropList.txt")

    wb = [0] * MAX_CP
    for first, last, value in read_ranges(wb_path):
        idx = WB_VALUES.index(value)
        for cp in range(first, last + 1):
            wb[cp] = idx

    ext_pict = bytearray(MAX_CP)
    for first, last, value in read_ranges(emoji_path):
        if value == "Extended_Pictographic":
            for cp in range(first, last + 1):
                ext_pict[cp] = 1

    gc = ["Cn"] * MAX_CP
    for first, last, value in read_ranges(gc_path):
        for cp in range(first, last + 1):
            gc[cp] = value

    white = bytearray(MAX_CP)
    quote = bytearray(MAX_CP)
    for first, last, value in read_ranges(prop_path):
        target = white if value == "White_Space" else quote if value == "Quotation_Mark" else None
        if target is not None:
            for cp in range(first, last + 1):
                target[cp] = 1

    letter_wb = {WB_VALUES.index(v) for v in ("ALetter", "Hebrew_Letter", "Katakana")}
    newline_wb = {WB_VALUES.index(v) for v in ("CR", "LF", "Newline")}
    numeric_wb = WB_VALUES.index("Numeric")

    props = [0] * MAX_CP
    for cp in range(MAX_CP):
        w = wb[cp]
        g = gc[cp]
        if w in newline_wb:
            kind = KIND_LINEBREAK
        elif white[cp]:
            kind = KIND_SPACE
        elif quote[cp]:
            kind = KIND_QUOTE
        elif g[0] == "L" or w in letter_wb:
            kind = KIND_WORD
        elif g[0] == "N" or w == numeric_wb:
            kind = KIND_NUMBER
        elif g[0] == "P":
            kind = KIND_PUNCT
        else:
            kind = KIND_SYMBOL
        word = w | (ext_pict[cp] << 5) | (kind << 6)
        if g in ("Lu", "Lt"):
            word |= 1 << 9
        elif g == "Ll":
            word |= 1 << 10
        props[cp] = word
    return props, version_of(wb_path)


def render(props, version):
    distinct = sorted(set(props))
    if len(distinct) > 256:
        sys.exit("more than 256 distinct property words; widen STAGE2")
    index_of = {p: i for i, p in enumerate(distinct)}

    blocks = {}
    stage1 = []
    stage2 = []
    for start in range(0, MAX_CP, BLOCK):
        block = tuple(index_of[p] for p in props[start:start + BLOCK])
        if block not in blocks:
            blocks[block] = len(blocks)
            stage2.extend(block)
        stage1.append(blocks[block])

    out = []
    out.append("// GENERATED by tools/unicode/gen_unicode_props.py from the Unicode Character Database %s" % version)
    out.append("// (WordBreakProperty.txt, emoji-data.txt, DerivedGeneralCategory.txt, PropList.txt). Do not edit;")
    out.append("// regenerate with: python3 tools/unicode/gen_unicode_props.py --output core/src/text/unicode_props_table.inc")
    out.append("// Included by unicode_props.hpp, which documents the layout of a property word.")
    out.append("")
    out.append('inline constexpr char kUnicodeVersion[] = "%s";' % version)
    out.append("inline constexpr unsigned kBlockBits = %d;" % BLOCK_BITS)
    out.append("")

    def emit(name, ctype, values, per_line, fmt):
        out.append("inline constexpr %s %s[%d] = {" % (ctype, name, len(values)))
        for i in range(0, len(values), per_line):
            out.append("  " + ",".join(fmt % v for v in values[i:i + per_line]) + ",")
        out.append("};")
        out.append("")

    emit("kPropWords", "uint16_t", distinct, 12, "0x%04X")
    emit("kStage1", "uint16_t", stage1, 16, "%d")
    emit("kStage2", "uint8_t", stage2, 32, "%d")
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ucd", default="/usr/share/unicode", help="Unicode Character Database directory")
    parser.add_argument("--output", help="file to write (default: stdout)")
    args = parser.parse_args()
    props, version = build(args.ucd)
    text = render(props, version)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
