// textchain UTF-8 — the one decoder and encoder shared by the host and every plugin.
//
// The host hands plugins well-formed UTF-8 (invalid input bytes are already replaced by U+FFFD), but a
// rule that walks text still must never read past the end nor treat a stray byte as a character, and a
// plugin that rewrites text must write characters back. These functions are that and nothing more, so a
// plugin needs no decoder of its own:
//
//   #include <textchain/utf8.hpp>
//
//   for (size_t pos = 0; pos < text.size();) {
//     const textchain::utf8::CodePoint c = textchain::utf8::decode(text, pos);
//     if (c.cp == U'\u00A0') ...
//     pos += c.size;
//   }
//
// Header-only, no allocation except `append`'s growth of the caller's string, usable in hot loops.
#ifndef TEXTCHAIN_UTF8_HPP
#define TEXTCHAIN_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace textchain::utf8 {

// One decoded character: the code point and how many bytes it took.
struct CodePoint {
  char32_t cp = 0;
  size_t size = 0;  // 0 only at or past the end of the text
};

// The strict decoder: the character at s[0] (n > 0 bytes available) by the Unicode well-formedness table
// (no overlong forms, no surrogates, nothing above U+10FFFF). An ill-formed first byte gives size 0, so a
// caller that must keep the byte opaque (the tokenizer) can tell it from U+FFFD written in the text.
inline CodePoint decode_strict(const unsigned char* s, size_t n) noexcept {
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

// The character starting at byte `pos` of `s`. An ill-formed byte reads as U+FFFD of size 1, so a loop
// that advances by `size` always moves and never leaves the text. At or past the end: {0, 0}.
inline CodePoint decode(std::string_view s, size_t pos) noexcept {
  if (pos >= s.size()) return {};
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  if (*p < 0x80) return {*p, 1};
  const CodePoint c = decode_strict(p, s.size() - pos);
  return c.size ? c : CodePoint{0xFFFD, 1};
}

// Where the character that ends right before byte `pos` starts (0 at the start of the text; a `pos` past
// the end counts as the end). A backward walk finds the boundaries `decode`'s forward walk finds,
// ill-formed bytes included (each one U+FFFD of size 1). Steps back over at most three continuation
// bytes, so ill-formed text costs no more than well-formed.
inline size_t previous(std::string_view s, size_t pos) noexcept {
  if (pos > s.size()) pos = s.size();
  if (pos == 0) return 0;
  size_t p = pos - 1;
  while (p > 0 && pos - p < 4 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
  // A lead byte whose well-formed sequence ends at `pos` (or, for a `pos` inside a character, covers it)
  // starts that character; anything else (a stray continuation byte, a truncated sequence) means the byte
  // right before `pos` stands alone.
  if (p + 1 == pos) return p;
  const CodePoint c = decode_strict(reinterpret_cast<const unsigned char*>(s.data()) + p, s.size() - p);
  return c.size != 0 && p + c.size >= pos ? p : pos - 1;
}

// How many bytes `cp` takes in UTF-8 (a surrogate or a value above U+10FFFF is written as U+FFFD: 3).
constexpr size_t encoded_size(char32_t cp) noexcept {
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return 3;
  return cp < 0x10000 ? 3 : 4;
}

// Writes `cp` in UTF-8 at `out` (room for encoded_size(cp) bytes); returns the bytes written. A surrogate
// or a value above U+10FFFF is written as U+FFFD, so the output is always well-formed.
inline size_t encode(char32_t cp, char* out) noexcept {
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

// Appends `cp` in UTF-8 to `out` (as `encode` writes it).
inline void append(std::string& out, char32_t cp) {
  char buf[4];
  out.append(buf, encode(cp, buf));
}

}  // namespace textchain::utf8

#endif
