#include "entities.hpp"

#include <cstring>
#include <textchain/utf8.hpp>

#include "letters.hpp"

namespace textchain::cleanup {

namespace {

struct Named {
  std::string_view name;
  char32_t cp;
};

// The references news pages actually carry: markup escapes, typographic punctuation, currency, Latin-1
// letters, a few symbols. Names are case-sensitive, as in HTML.
constexpr Named kNamed[] = {
    {"amp", '&'},        {"quot", '"'},       {"apos", '\''},      {"lt", '<'},         {"gt", '>'},
    {"nbsp", 0xA0},      {"ndash", 0x2013},   {"mdash", 0x2014},   {"hellip", 0x2026},  {"lsquo", 0x2018},
    {"rsquo", 0x2019},   {"sbquo", 0x201A},   {"ldquo", 0x201C},   {"rdquo", 0x201D},   {"bdquo", 0x201E},
    {"laquo", 0xAB},     {"raquo", 0xBB},     {"lsaquo", 0x2039},  {"rsaquo", 0x203A},  {"bull", 0x2022},
    {"middot", 0xB7},    {"pound", 0xA3},     {"euro", 0x20AC},    {"yen", 0xA5},       {"cent", 0xA2},
    {"copy", 0xA9},      {"reg", 0xAE},       {"trade", 0x2122},   {"deg", 0xB0},       {"plusmn", 0xB1},
    {"times", 0xD7},     {"divide", 0xF7},    {"frac12", 0xBD},    {"frac14", 0xBC},    {"frac34", 0xBE},
    {"sect", 0xA7},      {"para", 0xB6},      {"iexcl", 0xA1},     {"iquest", 0xBF},    {"shy", 0xAD},
    {"ensp", 0x2002},    {"emsp", 0x2003},    {"thinsp", 0x2009},  {"zwnj", 0x200C},    {"zwj", 0x200D},
    {"prime", 0x2032},   {"Prime", 0x2033},   {"dagger", 0x2020},  {"permil", 0x2030},  {"sup2", 0xB2},
    {"sup3", 0xB3},      {"micro", 0xB5},     {"ordm", 0xBA},      {"ordf", 0xAA},      {"larr", 0x2190},
    {"rarr", 0x2192},    {"agrave", 0xE0},    {"aacute", 0xE1},    {"acirc", 0xE2},     {"atilde", 0xE3},
    {"auml", 0xE4},      {"aring", 0xE5},     {"aelig", 0xE6},     {"ccedil", 0xE7},    {"egrave", 0xE8},
    {"eacute", 0xE9},    {"ecirc", 0xEA},     {"euml", 0xEB},      {"igrave", 0xEC},    {"iacute", 0xED},
    {"icirc", 0xEE},     {"iuml", 0xEF},      {"ntilde", 0xF1},    {"ograve", 0xF2},    {"oacute", 0xF3},
    {"ocirc", 0xF4},     {"otilde", 0xF5},    {"ouml", 0xF6},      {"oslash", 0xF8},    {"ugrave", 0xF9},
    {"uacute", 0xFA},    {"ucirc", 0xFB},     {"uuml", 0xFC},      {"yacute", 0xFD},    {"yuml", 0xFF},
    {"szlig", 0xDF},     {"Agrave", 0xC0},    {"Aacute", 0xC1},    {"Acirc", 0xC2},     {"Atilde", 0xC3},
    {"Auml", 0xC4},      {"Aring", 0xC5},     {"AElig", 0xC6},     {"Ccedil", 0xC7},    {"Egrave", 0xC8},
    {"Eacute", 0xC9},    {"Ecirc", 0xCA},     {"Euml", 0xCB},      {"Igrave", 0xCC},    {"Iacute", 0xCD},
    {"Icirc", 0xCE},     {"Iuml", 0xCF},      {"Ntilde", 0xD1},    {"Ograve", 0xD2},    {"Oacute", 0xD3},
    {"Ocirc", 0xD4},     {"Otilde", 0xD5},    {"Ouml", 0xD6},      {"Oslash", 0xD8},    {"Ugrave", 0xD9},
    {"Uacute", 0xDA},    {"Ucirc", 0xDB},     {"Uuml", 0xDC},      {"Yacute", 0xDD},    {"scaron", 0x161},
    {"Scaron", 0x160},   {"zcaron", 0x17E},   {"Zcaron", 0x17D},   {"oelig", 0x153},    {"OElig", 0x152},
};

struct Reference {
  size_t end = 0;    // after the ';'; 0 when there is no reference
  char32_t cp = 0;
};

// The reference whose name starts at `p` (right after an '&').
Reference parse(std::string_view t, size_t p) {
  const size_t n = t.size();
  if (p >= n) return {};
  if (t[p] == '#') {
    size_t q = p + 1;
    const bool hex = q < n && (t[q] == 'x' || t[q] == 'X');
    if (hex) ++q;
    const size_t digits = q;
    char32_t cp = 0;
    for (; q < n && q - digits < 8; ++q) {
      const char c = t[q];
      int v;
      if (is_ascii_digit(c)) v = c - '0';
      else if (hex && c >= 'a' && c <= 'f') v = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') v = c - 'A' + 10;
      else break;
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(v);
    }
    if (q == digits || q >= n || t[q] != ';') return {};
    // Controls, surrogates and out-of-range values are not characters: leave the text as it is.
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || (cp < 0x20 && cp != '\t' && cp != '\n') ||
        (cp >= 0x7F && cp < 0xA0))
      return {};
    return {q + 1, cp};
  }
  size_t q = p;
  while (q < n && q - p <= 8 && (is_ascii_alpha(t[q]) || is_ascii_digit(t[q]))) ++q;
  if (q == p || q >= n || t[q] != ';') return {};
  const std::string_view name = t.substr(p, q - p);
  for (const Named& e : kNamed)
    if (e.name == name) return {q + 1, e.cp};
  return {};
}

}  // namespace

void find_entities(std::string_view t, Edits& out) {
  size_t p = 0;
  while (p < t.size()) {
    const void* amp = std::memchr(t.data() + p, '&', t.size() - p);
    if (!amp) break;
    p = static_cast<size_t>(static_cast<const char*>(amp) - t.data());
    Reference r = parse(t, p + 1);
    if (r.end == 0) {
      ++p;
      continue;
    }
    // "&amp;quot;" is an escaped escape: the '&' it stands for starts another reference.
    for (Reference more; r.cp == '&' && (more = parse(t, r.end)).end != 0;) r = more;
    std::string replacement;
    utf8::append(replacement, r.cp);
    out.push_back({p, r.end, std::move(replacement), rule::html_entities});
    p = r.end;
  }
}

}  // namespace textchain::cleanup
