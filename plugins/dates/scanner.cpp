#include "scanner.hpp"

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

inline size_t utf8_len(unsigned char b) noexcept {
  if (b >= 0xF0) return 4;
  if (b >= 0xE0) return 3;
  if (b >= 0xC0) return 2;
  return 1;
}

}  // namespace

Tok next_token(std::string_view text, uint32_t pos) noexcept {
  Tok t;
  const size_t n = text.size();
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = pos;
  for (;;) {
    if (i >= n) {
      t.begin = t.end = static_cast<uint32_t>(n);
      t.kind = TokKind::end;
      return t;
    }
    const uint8_t k = cls(s[i]);
    if (k == C_SPACE) {
      t.space_before = true;
      ++i;
    } else if (k == C_NEWLINE) {
      t.space_before = t.newline_before = true;
      ++i;
    } else if (k == C_HIGH && s[i] == 0xC2 && i + 1 < n && s[i + 1] == 0xA0) {  // no-break space
      t.space_before = true;
      i += 2;
    } else if (k == C_HIGH && s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x80 &&
               (s[i + 2] == 0xAF || s[i + 2] == 0x89 || s[i + 2] == 0x8A)) {  // narrow / thin / hair space
      t.space_before = true;
      i += 3;
    } else {
      break;
    }
  }
  t.begin = static_cast<uint32_t>(i);
  const uint8_t k = cls(s[i]);
  if (k == C_LOWER || k == C_UPPER) {
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
    size_t len = k == C_HIGH ? utf8_len(s[i]) : 1;
    if (i + len > n) len = n - i;
    t.end = static_cast<uint32_t>(i + len);
    if (len == 1) {
      t.punct = static_cast<char>(s[i]);
    } else if (len == 3 && s[i] == 0xE2 && s[i + 1] == 0x80) {
      const unsigned char c = s[i + 2];
      if (c >= 0x90 && c <= 0x95) t.punct = '-';                          // hyphens and dashes
      else if (c == 0x98 || c == 0x99) t.punct = '\'';                    // ‘ ’
      else if (c == 0x9C || c == 0x9D) t.punct = '"';                     // “ ”
      else t.punct = '?';
    } else {
      t.punct = '?';
    }
  }
  return t;
}

}  // namespace textchain::dates
