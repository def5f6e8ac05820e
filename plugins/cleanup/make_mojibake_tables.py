#!/usr/bin/env python3
"""Generates the mojibake rule's tables from Python's own codecs and Unicode database, at build time.

    make_mojibake_tables.py OUTPUT.hpp

Nothing here is typed by hand: each single-byte code page's upper half comes from `bytes.decode`, and the
character classes (case, script, letter/mark/symbol) from `unicodedata`. Decoders people actually meet are
"sloppy": where a Windows code page leaves a byte undefined they keep it as the Latin-1 character of the
same value (browsers do so for 0x81, 0x8D, 0x8F, 0x90, 0x9D of Windows-1252), so the tables do the same.
"""
import sys
import unicodedata

# (Python codec, name in reports, prior): the prior is how much more evidence a repair through that code
# page needs; Windows-1252/Latin-1 and the common Central European and Cyrillic pages need none.
CODECS = [
    ("cp1252", "windows-1252", 0),
    ("latin-1", "latin-1", 0),
    ("iso8859-15", "iso-8859-15", 0),
    ("cp1250", "windows-1250", 0),
    ("iso8859-2", "iso-8859-2", 0),
    ("cp1251", "windows-1251", 0),
    ("koi8-r", "koi8-r", 1),
    ("cp1253", "windows-1253", 0),
    ("cp1254", "windows-1254", 0),
    ("cp1257", "windows-1257", 0),
    ("mac-roman", "macroman", 1),
    ("cp437", "cp437", 1),
    ("cp850", "cp850", 1),
]

# Scripts whose letters real text is written in; a letter of any other script (Coptic, Syriac, Runic, ...)
# decoded out of mojibake means the guess was wrong. Han, kana and Hangul count as one: Japanese mixes them.
SCRIPTS = ["LATIN", "GREEK", "CYRILLIC", "ARMENIAN", "HEBREW", "ARABIC", "CJK", "DEVANAGARI", "BENGALI",
           "GURMUKHI", "GUJARATI", "ORIYA", "TAMIL", "TELUGU", "KANNADA", "MALAYALAM", "SINHALA", "THAI",
           "LAO", "GEORGIAN", "ETHIOPIC", "KHMER", "MYANMAR"]
CJK_WORDS = {"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC", "BOPOMOFO"}
SCRIPT_COMMON, SCRIPT_RARE = 0, 31

# Character classes (must match mojibake_model.hpp).
NONE, UPPER, LOWER, CASELESS, DIGIT, SPACE, PUNCT, SYMBOL, CONTROL, FORMAT, MARK = range(11)


def sloppy_decode(codec, b):
    try:
        return ord(bytes([b]).decode(codec))
    except UnicodeDecodeError:
        return b  # the Latin-1 character of the same value


def script_of(cp, name):
    words = name.split()
    if words and (words[0] in CJK_WORDS or "CJK" in words or "HANGUL" in words):
        return SCRIPTS.index("CJK") + 1
    if words[:1] == ["FULLWIDTH"] or words[:1] == ["HALFWIDTH"]:
        return SCRIPTS.index("CJK") + 1
    for w in words[:2]:
        if w in SCRIPTS:
            return SCRIPTS.index(w) + 1
    return None


# Latin Extended-B letters that living orthographies use: Azerbaijani Ə, Vietnamese Ơ ơ Ư ư, the
# Croatian digraphs and pinyin tones (U+01C4..U+01DC), Sami Ǧ ǧ Ǫ ǫ, Danish Ǻ..ǿ, Romanian Ș ș Ț ț.
LATIN_B_USED = {0x18F, 0x1A0, 0x1A1, 0x1AF, 0x1B0, 0x1E6, 0x1E7, 0x1EA, 0x1EB, 0x218, 0x219, 0x21A, 0x21B,
                *range(0x1C4, 0x1DD), *range(0x1FA, 0x200)}
# Extended Cyrillic letters of Ukrainian (Ґ ґ), Kazakh, Tatar, Bashkir, Azerbaijani and Chechen.
CYRILLIC_EXT_USED = {0x490, 0x491, 0x492, 0x493, 0x496, 0x497, 0x49A, 0x49B, 0x4A2, 0x4A3, 0x4AE, 0x4AF, 0x4B0,
                     0x4B1, 0x4B2, 0x4B3, 0x4BA, 0x4BB, 0x4C0, 0x4CF, 0x4D8, 0x4D9, 0x4E8, 0x4E9}


def rare_letter(cp):
    """Letters real text does not use: archaic Latin, IPA (but Azerbaijani ə), most of Latin Extended-B
    (African and phonetic letters), archaic Greek and Coptic, archaic and minority Cyrillic."""
    if cp in (0x138, 0x149, 0x17F):
        return True  # ĸ, ŉ, ſ: archaic
    if 0x250 <= cp <= 0x2AF:
        return cp != 0x259
    if 0x180 <= cp <= 0x24F:
        return cp not in LATIN_B_USED
    if 0x370 <= cp <= 0x385 or 0x3CF <= cp <= 0x3FF:
        return True
    if 0x460 <= cp <= 0x4FF:
        return cp not in CYRILLIC_EXT_USED
    return 0x500 <= cp <= 0x52F


def classify(cp):
    """(class, script) of one BMP code point."""
    if 0xD800 <= cp <= 0xDFFF or (0xFDD0 <= cp <= 0xFDEF) or (cp & 0xFFFE) == 0xFFFE:
        return NONE, SCRIPT_RARE
    ch = chr(cp)
    cat = unicodedata.category(ch)
    name = unicodedata.name(ch, "")
    if cat in ("Cn", "Co", "Cs"):
        return NONE, SCRIPT_RARE
    if cat == "Cc":
        return CONTROL, SCRIPT_COMMON
    if cat == "Cf":
        return FORMAT, SCRIPT_COMMON
    if cat == "Zs":
        return SPACE, SCRIPT_COMMON
    if cat in ("Zl", "Zp"):
        return SPACE, SCRIPT_COMMON
    if cat == "Nd":
        return DIGIT, SCRIPT_COMMON
    if cat[0] == "P":
        # Punctuation of running text. The rest of General Punctuation and of Latin-1 (‰ † ‡ ※ § ¶) is
        # written beside numbers and words, never inside a word: for judging text it is a symbol.
        if cp < 0x80 or cat in ("Pd", "Pi", "Pf", "Ps", "Pe", "Pc") or cp in (0xA1, 0xBF, 0xB7, 0x2026, 0x2022):
            return PUNCT, SCRIPT_COMMON
        if cp < 0x370 or 0x2000 <= cp <= 0x2BFF:
            return SYMBOL, SCRIPT_COMMON
        return PUNCT, SCRIPT_COMMON
    if cat[0] == "S" or cat in ("No", "Nl"):
        return SYMBOL, SCRIPT_COMMON
    script = script_of(cp, name)
    if cat[0] == "M":
        # Combining marks go with letters of their script: Indic vowel signs, Hebrew points, Thai vowels;
        # the generic ones (U+0300..U+036F) count as Latin, the text that writes accents decomposed.
        if script is None:
            script = SCRIPTS.index("LATIN") + 1 if 0x300 <= cp <= 0x36F else SCRIPT_COMMON
        return MARK, script
    if cp in (0xAA, 0xBA, 0xB5, 0x192):
        return SYMBOL, SCRIPT_COMMON  # ª º µ ƒ: ordinals and units written after digits, not in words
    if cat == "Lm" and cp < 0x2000:
        return SYMBOL, SCRIPT_COMMON  # spacing modifier letters: ˆ ˜ ʼ are marks of writing, not words
    # Letters; those no news text uses mean the mojibake was read with the wrong code page.
    if rare_letter(cp):
        return CASELESS, SCRIPT_RARE
    if script is None:
        script = SCRIPT_RARE
    if cat == "Lu" or cat == "Lt":
        return UPPER, script
    if cat == "Ll":
        return LOWER, script
    return CASELESS, script


def main():
    out_path = sys.argv[1]
    highs = []
    for codec, _, _ in CODECS:
        for b in range(0x80):
            assert bytes([b]).decode(codec) == chr(b), (codec, b)  # every page keeps ASCII
        highs.append([sloppy_decode(codec, b) for b in range(0x80, 0x100)])

    # Every character some code page decodes from a byte >= 0x80, with that byte per code page.
    chars = {}
    for i, table in enumerate(highs):
        for k, cp in enumerate(table):
            entry = chars.setdefault(cp, [0] * len(CODECS))
            if entry[i] == 0:
                entry[i] = 0x80 + k
    ordered = sorted(chars)
    assert ordered[-1] < 0x10000

    lines = []
    w = lines.append
    w("// Generated by plugins/cleanup/make_mojibake_tables.py from Python %s's codecs and Unicode %s "
      "database. Do not edit." % (sys.version.split()[0], unicodedata.unidata_version))
    w("#pragma once")
    w("#include <cstdint>")
    w("namespace textchain::cleanup::mojibake_data {")
    w("inline constexpr int kCodecCount = %d;" % len(CODECS))
    w("struct Codec { const char* name; unsigned char prior; char16_t high[128]; };")
    w("inline constexpr Codec kCodecs[kCodecCount] = {")
    for (codec, name, prior), table in zip(CODECS, highs):
        w('  {"%s", %d, {%s}},' % (name, prior, ",".join("0x%X" % c for c in table)))
    w("};")
    w("// Characters some code page decodes from a byte >= 0x80: the byte per code page (0: none), and per")
    w("// code page whether that byte can lead a UTF-8 sequence (0xC2..0xF4) or continue one (0x80..0xBF).")
    w("struct HighChar { char16_t cp; uint16_t lead, cont; unsigned char bytes[kCodecCount]; };")
    w("inline constexpr HighChar kHighChars[] = {")
    for cp in ordered:
        bs = chars[cp]
        lead = sum(1 << i for i, b in enumerate(bs) if 0xC2 <= b <= 0xF4)
        cont = sum(1 << i for i, b in enumerate(bs) if 0x80 <= b <= 0xBF)
        w("  {0x%X, 0x%X, 0x%X, {%s}}," % (cp, lead, cont, ",".join("0x%X" % b for b in bs)))
    w("};")
    w("inline constexpr int kHighCharCount = %d;" % len(ordered))
    # Direct index for the code points below 0x2600 (all but a handful): position + 1 in kHighChars.
    limit = 0x2600
    index = [0] * limit
    for pos, cp in enumerate(ordered):
        if cp < limit:
            index[cp] = pos + 1
    w("inline constexpr char32_t kHighIndexLimit = 0x%X;" % limit)
    w("inline constexpr uint16_t kHighIndex[kHighIndexLimit] = {%s};" % ",".join(str(x) for x in index))

    # Characters of the code pages' upper halves that decompose into an ASCII letter and one combining
    # mark: mojibake whose text was later decomposed (NFD) still reads as the code page's character.
    comps = []
    for cp in ordered:
        nfd = unicodedata.normalize("NFD", chr(cp))
        if len(nfd) == 2 and nfd[0].isascii() and nfd[0].isalpha() and 0x300 <= ord(nfd[1]) <= 0x36F:
            comps.append((ord(nfd[0]), ord(nfd[1]), cp))
    comps.sort()
    w("struct Composition { char16_t base, mark, cp; };")
    w("inline constexpr Composition kCompositions[] = {%s};" % ",".join("{0x%X,0x%X,0x%X}" % c for c in comps))

    # Character classes of the BMP, two-stage: blocks of 128 code points, identical blocks shared.
    blocks, block_ids, stage1 = [], {}, []
    for hi in range(0x10000 // 128):
        block = tuple(c | (s << 4) for c, s in (classify(hi * 128 + lo) for lo in range(128)))
        if block not in block_ids:
            block_ids[block] = len(blocks)
            blocks.append(block)
        stage1.append(block_ids[block])
    w("// Class (low 4 bits) and script (high bits: 0 common, 1.. the scripts below, 31 rare) per BMP code point.")
    w("inline constexpr const char* kScripts[] = {\"COMMON\", %s};" % ", ".join('"%s"' % s for s in SCRIPTS))
    w("inline constexpr uint16_t kClassStage1[%d] = {%s};" % (len(stage1), ",".join(str(x) for x in stage1)))
    w("inline constexpr uint16_t kClassStage2[%d][128] = {" % len(blocks))
    for block in blocks:
        w("  {%s}," % ",".join(str(x) for x in block))
    w("};")
    w("}  // namespace textchain::cleanup::mojibake_data")
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
