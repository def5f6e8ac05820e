// Strict UTF-8 decoding of one character, bounds-checked: the tokenizer's only way to read non-ASCII.
#ifndef TEXTCHAIN_TEXT_UTF8_HPP
#define TEXTCHAIN_TEXT_UTF8_HPP

#include <cstddef>
#include <cstdint>

namespace textchain::text::utf8 {

struct Decoded {
  uint32_t cp;   // the code point; meaningless when len == 0
  uint32_t len;  // bytes consumed; 0 when s[0] does not start a well-formed sequence
};

// Decodes the character at s[0] (n > 0 bytes available) following the Unicode well-formedness table
// (no overlongs, no surrogates, nothing above U+10FFFF). An ill-formed byte yields len 0, and the
// caller treats that one byte as an opaque character.
inline Decoded decode(const unsigned char* s, size_t n) noexcept {
  const unsigned c = s[0];
  if (c < 0x80) return {c, 1};
  if (c < 0xC2) return {0, 0};
  if (c < 0xE0) {
    if (n < 2 || (s[1] & 0xC0) != 0x80) return {0, 0};
    return {((c & 0x1Fu) << 6) | (s[1] & 0x3Fu), 2};
  }
  if (c < 0xF0) {
    if (n < 3) return {0, 0};
    const unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    if (s[1] < lo || s[1] > hi || (s[2] & 0xC0) != 0x80) return {0, 0};
    return {((c & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu), 3};
  }
  if (c < 0xF5) {
    if (n < 4) return {0, 0};
    const unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    if (s[1] < lo || s[1] > hi || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80) return {0, 0};
    return {((c & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu), 4};
  }
  return {0, 0};
}

}  // namespace textchain::text::utf8

#endif
