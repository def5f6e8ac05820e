// The little UTF-8 the cleanup rules need: decode one code point, classify a few letter ranges.
// The host has already replaced invalid bytes by U+FFFD, but rules still never read past the end.
#ifndef TEXTCHAIN_CLEANUP_UTF8_HPP
#define TEXTCHAIN_CLEANUP_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace textchain::cleanup::utf8 {

struct CodePoint {
  char32_t cp = 0;
  size_t size = 0;  // bytes; 0 at the end of the text
};

// Decodes the code point at `pos`; a malformed byte decodes as itself (size 1, cp 0xFFFD).
inline CodePoint decode(std::string_view s, size_t pos) noexcept {
  if (pos >= s.size()) return {};
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) return {b0, 1};
  size_t n = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
  if (n == 0 || pos + n > s.size()) return {0xFFFD, 1};
  char32_t cp = b0 & (0x7F >> n);
  for (size_t i = 1; i < n; ++i) {
    const auto b = static_cast<unsigned char>(s[pos + i]);
    if ((b & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, n};
}

// Start of the code point that ends right before `pos`.
inline size_t previous(std::string_view s, size_t pos) noexcept {
  if (pos == 0) return 0;
  size_t p = pos - 1;
  while (p > 0 && pos - p < 4 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
  return p;
}

inline void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

inline bool is_ascii_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_alpha(char c) noexcept { return is_ascii_lower(c) || is_ascii_upper(c); }
inline bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// Latin letters, with diacritics or not.
inline bool is_latin_letter(char32_t cp) noexcept {
  if (cp < 0x80) return is_ascii_alpha(static_cast<char>(cp));
  if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
  return (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2C60 && cp <= 0x2C7F) || (cp >= 0xA720 && cp <= 0xA7FF) ||
         (cp >= 0xFB00 && cp <= 0xFB06);  // Latin Extended Additional (Vietnamese), C, D; ligatures
}

// Lowercase letters of the scripts whose lines a broken sentence can continue with.
inline bool is_lowercase_letter(char32_t cp) noexcept {
  if (cp < 0x80) return is_ascii_lower(static_cast<char>(cp));
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
  if (cp >= 0x3AC && cp <= 0x3CE) return true;                            // Greek
  if (cp >= 0x430 && cp <= 0x45F) return true;                            // Cyrillic
  return false;
}

}  // namespace textchain::cleanup::utf8

#endif
