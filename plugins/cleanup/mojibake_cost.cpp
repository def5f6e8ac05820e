#include "mojibake_cost.hpp"

#include <textchain/utf8.hpp>

#include "char_class.hpp"

namespace textchain::cleanup {

namespace {

bool closing_punct(char32_t cp) noexcept {
  return cp == 0x2019 || cp == 0x201D || cp == 0xBB || cp == 0x203A || cp == 0x2026;
}

// Quotation marks other than the apostrophe ’ (and ‘, which some texts use for it).
bool quotation_mark(char32_t cp) noexcept {
  return cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201A || cp == 0xAB || cp == 0xBB ||
         cp == 0x2039 || cp == 0x203A;
}

bool dash_or_ellipsis(char32_t cp) noexcept { return (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2026; }

uint8_t latin_script() noexcept {
  static const uint8_t latin = char_info('a').script;
  return latin;
}

// A character with its class, as the cost model reads it; code point 0 is the edge of the text.
struct Classified {
  char32_t cp = 0;
  CharInfo info{CharClass::space, 0};
};

Classified classified(char32_t cp) noexcept { return {cp, char_info_or_space(cp)}; }

// The cost of `b` following `a` (itself after `a2`).
int pair_cost(const Classified& x2, const Classified& x, const Classified& y) noexcept {
  const char32_t a = x.cp, b = y.cp;
  const CharInfo &A = x.info, &B = y.info, &A2 = x2.info;
  const bool la = A.letter(), lb = B.letter();
  const bool a_sym = A.cls == CharClass::symbol && a >= 0x80 && a < 0x1F000;
  const bool b_sym = B.cls == CharClass::symbol && b >= 0x80 && b < 0x1F000;
  const bool a_punct = A.cls == CharClass::punct && a >= 0x80, b_punct = B.cls == CharClass::punct && b >= 0x80;
  int c = 0;
  // Letters of two scripts inside one word: "lՎtė" is "l’été" read through MacRoman.
  if (la && lb && A.script != 0 && B.script != 0 && A.script != B.script) c += 2;
  // A symbol glued to a letter: "Ã©", "Â£", "√©", "â€™", "╨£". Units after a degree sign ("°C") and
  // trade marks after a word ("Reuters™") and superscripts ("m²") are the exceptions text has.
  const bool after_word = (a < 0x80 || A.cls == CharClass::lower) &&
                          (b == 0x2122 || b == 0xAE || b == 0xB2 || b == 0xB3 || b == 0xB9);
  if (la && B.cls == CharClass::symbol && !after_word) c += 1;
  if (A.cls == CharClass::symbol && lb && a != 0xB0) c += 1;
  // Box drawing and blocks (code pages 437, 850, KOI8-R) touching a letter or a digit: "╨£", "б╟".
  const bool a_box = a >= 0x2500 && a <= 0x259F, b_box = b >= 0x2500 && b <= 0x259F;
  if ((a_box && (lb || B.cls == CharClass::digit)) || (b_box && (la || A.cls == CharClass::digit))) c += 1;
  // Two symbols, or a symbol and punctuation, in a row ("€™", "√©", "·∫•"); emoji sequences excepted.
  if ((a_sym && (b_sym || b_punct)) || (a_punct && b_sym)) c += 1;
  // Two marks of punctuation in a row that are not dashes, an ellipsis or two quotes closing together:
  // "»‹" is "ị" read through Windows-1250; "¡¡" is emphasis.
  if (a_punct && b_punct && a != b && !dash_or_ellipsis(a) && !dash_or_ellipsis(b) &&
      !(closing_punct(a) && closing_punct(b)))
    c += 1;
  // A quotation mark with letters on both sides: "Bucure»ôti".
  if (A2.letter() && quotation_mark(a) && lb) c += 1;
  // A capital after a small letter, one of them accented or of another script: "cafÃ©", "РїСЂ", "TýKýR".
  if (A.cls == CharClass::lower && B.cls == CharClass::upper && (a >= 0x80 || b >= 0x80)) c += 1;
  // A Cyrillic letter glued to an ASCII digit: "ВЈ5 million" is "£5 million" (Russian writes "5 км",
  // with a space; Greek letters are left out: "2π").
  const bool a_cased_foreign = (A.cls == CharClass::upper || A.cls == CharClass::lower) && a >= 0x400 && a < 0x530;
  const bool b_cased_foreign = (B.cls == CharClass::upper || B.cls == CharClass::lower) && b >= 0x400 && b < 0x530;
  if ((a_cased_foreign && b >= '0' && b <= '9') || (b_cased_foreign && a >= '0' && a <= '9')) c += 1;
  // Digits of other scripts touching a letter: "Л۲".
  if ((B.cls == CharClass::digit && b >= 0x80 && la) || (A.cls == CharClass::digit && a >= 0x80 && lb)) c += 1;
  // An accented Latin capital followed by an accented small letter: "Ãœber", "Ãš".
  if (A.cls == CharClass::upper && B.cls == CharClass::lower && a >= 0x80 && b >= 0x80 && A.script == B.script &&
      A.script == latin_script())
    c += 1;
  // Capitals then a small letter, with an accented letter where the case changes: "IRMû" is not a
  // word ("IRMÃ»" is, and a closing quote), nor is "JÌrgen".
  if (A.cls == CharClass::upper && B.cls == CharClass::lower && A2.cls == CharClass::upper && (a >= 0x80 || b >= 0x80))
    c += 1;
  // An accented capital followed by punctuation that does not close anything: "Ã–", "Ã“", or by a
  // no-break space, which news puts after words, not after a lone capital letter: "Â\u00A0".
  if (A.cls == CharClass::upper && a >= 0x80 && ((b_punct && !closing_punct(b)) || b == 0xA0)) c += 1;
  // Low-9 quotation marks open a quotation; they never end a word ("Ã„" is "Ä").
  if (la && (b == 0x201E || b == 0x201A)) c += 1;
  // A combining mark must sit on a letter of its script.
  if (B.cls == CharClass::mark && A.cls != CharClass::mark && !(la && (B.script == 0 || B.script == A.script)))
    c += 2;
  return c;
}

int char_cost(const CharInfo& i) noexcept {
  if (i.cls == CharClass::control || i.cls == CharClass::implausible || i.script == kRareScript) return 3;
  return 0;
}

}  // namespace

bool readable_result(std::string_view s) noexcept {
  for (size_t p = 0; p < s.size();) {
    const utf8::CodePoint c = utf8::decode(s, p);
    const CharInfo i = char_info(c.cp);
    if (i.cls == CharClass::control || i.cls == CharClass::implausible || i.script == kRareScript) return false;
    p += c.size;
  }
  return true;
}

int span_cost(std::string_view span, const CostContext& cx) noexcept {
  Classified a2 = classified(cx.before2), a = classified(cx.before);
  int cost = 0;
  for (size_t p = 0; p < span.size();) {
    const utf8::CodePoint c = composed_char_at(span, p);  // a decomposed "Ã" is judged as "Ã"
    const Classified b = classified(c.cp);
    cost += pair_cost(a2, a, b) + char_cost(b.info);
    a2 = a;
    a = b;
    p += c.size;
  }
  return cost + pair_cost(a2, a, classified(cx.after));
}

}  // namespace textchain::cleanup
