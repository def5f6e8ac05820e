// Character-level questions the quote engine asks of UTF-8 text: what code point sits at an offset, is it a
// letter, an upper-case letter, white space. Only the scripts news names are written in need exact answers
// (Latin, Greek, Cyrillic); elsewhere "a letter that is not lower case" is good enough, because the answer
// only steers heuristics (is this a name? does this mark open a quotation?).
#ifndef TEXTCHAIN_QUOTES_TEXT_CHARS_HPP
#define TEXTCHAIN_QUOTES_TEXT_CHARS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace textchain::quotes {

// Decodes the code point starting at `i`; `len` receives its byte length (1 for an invalid byte).
inline char32_t decode_at(std::string_view s, size_t i, size_t* len) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  unsigned char c = p[i];
  if (c < 0x80) { *len = 1; return c; }
  size_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (want == 1 || i + want > n) { *len = 1; return 0xFFFD; }
  char32_t cp = want == 2 ? (c & 0x1F) : want == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < want; ++k) {
    if ((p[i + k] & 0xC0) != 0x80) { *len = 1; return 0xFFFD; }
    cp = (cp << 6) | (p[i + k] & 0x3F);
  }
  *len = want;
  return cp;
}

// The code point that ends just before `i` (0 at the start of the text).
inline char32_t decode_before(std::string_view s, size_t i) noexcept {
  if (i == 0) return 0;
  size_t b = i - 1;
  size_t steps = 0;
  while (b > 0 && steps < 3 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) { --b; ++steps; }
  size_t len = 0;
  char32_t cp = decode_at(s, b, &len);
  return b + len == i ? cp : 0xFFFD;
}

inline char32_t decode_at(std::string_view s, size_t i) noexcept {
  if (i >= s.size()) return 0;
  size_t len = 0;
  return decode_at(s, i, &len);
}

inline bool is_space_cp(char32_t c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 || c == 0x2028 ||
         c == 0x2029 || c == 0x3000 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x85;
}

// Latin Extended-A (U+0100..U+017F) pairs capital and small letters, capital first, but the pairing
// shifts twice: capitals are even in U+0100..U+0137 and U+014A..U+0177 and odd in U+0139..U+0148
// (Ĺ Ļ Ľ Ŀ Ł Ń Ņ Ň) and U+0179..U+017E (Ź Ż Ž); Ÿ (U+0178) is a capital, ĸ (U+0138), ŉ (U+0149) and
// ſ (U+017F) are small letters with no capital in the block.
// (The host's token case flags will answer this once the plugin reads them; until then this is the one
// place the plugin decides it.)
constexpr bool latin_ext_a_upper(char32_t c) noexcept {
  if (c == 0x178) return true;
  if (c == 0x138 || c == 0x149 || c == 0x17F) return false;
  if (c <= 0x137 || (c >= 0x14A && c <= 0x177)) return (c & 1) == 0;
  return (c & 1) == 1;  // U+0139..U+0148, U+0179..U+017E
}

inline bool is_upper_cp(char32_t c) noexcept {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return true;                       // Latin-1
  if (c >= 0x100 && c <= 0x17F) return latin_ext_a_upper(c);
  if (c >= 0x391 && c <= 0x3AB) return true;                                  // Greek
  if (c >= 0x400 && c <= 0x42F) return true;                                  // Cyrillic
  return false;
}

inline bool is_lower_cp(char32_t c) noexcept {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c >= 0xDF && c <= 0xFF && c != 0xF7) return true;
  if (c >= 0x100 && c <= 0x17F) return !latin_ext_a_upper(c);  // every letter of the block is cased
  if (c >= 0x3AC && c <= 0x3CE) return true;
  if (c >= 0x430 && c <= 0x45F) return true;
  return false;
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

// The first code point of a word is upper case: the word may be (part of) a name.
inline bool starts_upper(std::string_view w) noexcept { return !w.empty() && is_upper_cp(decode_at(w, 0)); }
inline bool starts_lower(std::string_view w) noexcept { return !w.empty() && is_lower_cp(decode_at(w, 0)); }

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
