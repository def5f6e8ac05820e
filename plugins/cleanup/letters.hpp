// Which characters are letters, and of which case, as the line and spacing rules ask: ASCII classes
// without the locale (std::isalpha reads it), Latin letters with diacritics, and the lowercase letters
// of the scripts a broken sentence can continue with. Decoding is textchain/utf8.hpp's.
#ifndef TEXTCHAIN_CLEANUP_LETTERS_HPP
#define TEXTCHAIN_CLEANUP_LETTERS_HPP

namespace textchain::cleanup {

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

}  // namespace textchain::cleanup

#endif
