#include "scanner.hpp"

#include <textchain/utf8.hpp>

namespace textchain::dates {

namespace {

enum : uint8_t { C_OTHER = 0, C_SPACE, C_NEWLINE, C_LOWER, C_UPPER, C_DIGIT, C_HIGH };

struct ByteClass {
  uint8_t c[256];
  constexpr ByteClass() : c{} {
    for (int i = 0; i < 256; ++i) {
      uint8_t k = C_OTHER;
      if (i == ' ' || i == '\t' || i == '\f' || i == '\v') k = C_SPACE;
      else if (i == '\n' || i == '\r') k = C_NEWLINE;
      else if (i >= 'a' && i <= 'z') k = C_LOWER;
      else if (i >= 'A' && i <= 'Z') k = C_UPPER;
      else if (i >= '0' && i <= '9') k = C_DIGIT;
      else if (i >= 0x80) k = C_HIGH;
      c[i] = k;
    }
  }
};
constexpr ByteClass kClass;

inline uint8_t cls(unsigned char b) noexcept { return kClass.c[b]; }

// White space outside ASCII that news writes between a number and its unit ("5\u00A0p.m.").
constexpr bool is_wide_space(char32_t c) noexcept {
  return c == U'\u00A0' || c == U'\u202F' || c == U'\u2009' || c == U'\u200A';
}

// What a punctuation character outside ASCII stands for in the grammar: dashes are '-', curly quotes
// '\'' and '"', anything else '?'.
constexpr char ascii_mark(char32_t c) noexcept {
  if (c >= U'\u2010' && c <= U'\u2015') return '-';  // hyphens and dashes
  if (c == U'\u2018' || c == U'\u2019') return '\'';
  if (c == U'\u201C' || c == U'\u201D') return '"';
  return '?';
}

// Skips the white space from byte i: the first byte of the next token (n at the end).
inline size_t skip_space(std::string_view text, size_t i, bool& space, bool& newline) noexcept {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  for (const size_t n = text.size(); i < n;) {
    const uint8_t k = cls(s[i]);
    if (k == C_SPACE) {
      space = true;
      ++i;
    } else if (k == C_NEWLINE) {
      space = newline = true;
      ++i;
    } else if (k == C_HIGH) {
      const utf8::CodePoint c = utf8::decode(text, i);
      if (!is_wide_space(c.cp)) break;
      space = true;
      i += c.size;
    } else {
      break;
    }
  }
  return i;
}

inline bool is_letter(uint8_t k) noexcept { return k == C_LOWER || k == C_UPPER; }

}  // namespace

TokSpan skim_token(std::string_view text, uint32_t pos) noexcept {
  const size_t n = text.size();
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  bool space = false, newline = false;
  size_t i = skip_space(text, pos, space, newline);
  if (i >= n) return TokSpan{static_cast<uint32_t>(n), static_cast<uint32_t>(n), TokKind::end};
  const uint8_t k = cls(s[i]);
  size_t j = i + 1;
  TokKind kind = TokKind::punct;
  if (is_letter(k)) {
    kind = TokKind::word;
    while (j < n && is_letter(cls(s[j]))) ++j;
  } else if (k == C_DIGIT) {
    kind = TokKind::number;
    while (j < n && cls(s[j]) == C_DIGIT) ++j;
  } else if (k == C_HIGH) {
    j = i + utf8::decode(text, i).size;
  }
  return TokSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(j), kind};
}

Tok next_token(std::string_view text, uint32_t pos) noexcept {
  Tok t;
  const size_t n = text.size();
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t i = skip_space(text, pos, t.space_before, t.newline_before);
  if (i >= n) {
    t.begin = t.end = static_cast<uint32_t>(n);
    t.kind = TokKind::end;
    return t;
  }
  t.begin = static_cast<uint32_t>(i);
  const uint8_t k = cls(s[i]);
  if (is_letter(k)) {
    t.kind = TokKind::word;
    t.capitalized = k == C_UPPER;
    bool all_caps = true;
    size_t j = i;
    while (j < n) {
      const uint8_t kj = cls(s[j]);
      if (kj == C_LOWER) all_caps = false;
      else if (kj != C_UPPER) break;
      ++j;
    }
    t.end = static_cast<uint32_t>(j);
    t.all_caps = all_caps && j - i > 1;
    t.lex = lookup(text.substr(i, j - i));
  } else if (k == C_DIGIT) {
    t.kind = TokKind::number;
    size_t j = i;
    int64_t v = 0;
    while (j < n && cls(s[j]) == C_DIGIT) {
      if (j - i < 9) v = v * 10 + (s[j] - '0');
      ++j;
    }
    t.end = static_cast<uint32_t>(j);
    t.ndigits = static_cast<uint8_t>(j - i > 255 ? 255 : j - i);
    t.num = j - i > 9 ? -1 : v;
  } else {
    t.kind = TokKind::punct;
    if (k == C_HIGH) {
      const utf8::CodePoint c = utf8::decode(text, i);
      t.end = static_cast<uint32_t>(i + c.size);
      t.punct = ascii_mark(c.cp);
    } else {
      t.end = static_cast<uint32_t>(i + 1);
      t.punct = static_cast<char>(s[i]);
    }
  }
  return t;
}


}  // namespace textchain::dates
