// Character classes the quote-mark rules ask of the characters around a mark: is it white space, a letter.
// Decoding is textchain/utf8.hpp's (the one decoder), case and abbreviations are the host's token flags
// (DocTokens::capitalized, lower_initial, abbreviation): nothing here decodes UTF-8 or tests case.
// The letter test is coarse outside Latin, Greek and Cyrillic ("not punctuation or a symbol we know of"),
// because it only steers whether a mark opens or closes a quotation.
#ifndef TEXTCHAIN_QUOTES_TEXT_CHARS_HPP
#define TEXTCHAIN_QUOTES_TEXT_CHARS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <textchain/utf8.hpp>

namespace textchain::quotes {

inline bool is_space_cp(char32_t c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 || c == 0x2028 ||
         c == 0x2029 || c == 0x3000 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x85;
}

inline bool is_digit_cp(char32_t c) noexcept { return c >= '0' && c <= '9'; }

// Letters of any script (coarse outside Latin/Greek/Cyrillic: every non-ASCII code point that is not
// punctuation or a symbol we know of counts, so quotations in other scripts still open and close).
inline bool is_letter_cp(char32_t c) noexcept {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c == 0xFFFD || is_space_cp(c)) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // general punctuation, symbols, arrows, dingbats
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE4F) return false;
  if (c >= 0xFF00 && c <= 0xFF0F) return false;
  if (c >= 0x1F000) return false;                 // emoji and friends
  if (c == 0xAB || c == 0xBB || c == 0xA1 || c == 0xBF || c == 0xB7 || c == 0xD7 || c == 0xF7) return false;
  if (c < 0xC0) return false;
  return true;
}

// ASCII case-insensitive equality; `lower` must be lower case.
inline bool iequals(std::string_view w, std::string_view lower) noexcept {
  if (w.size() != lower.size()) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

}  // namespace textchain::quotes

#endif
