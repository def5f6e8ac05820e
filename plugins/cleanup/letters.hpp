// ASCII character classes without the locale (std::isalpha and friends read it), for the rules that look
// at single bytes. Beyond ASCII, letters and their case come from the generated table (char_class.hpp).
// Decoding is textchain/utf8.hpp's.
#ifndef TEXTCHAIN_CLEANUP_LETTERS_HPP
#define TEXTCHAIN_CLEANUP_LETTERS_HPP

namespace textchain::cleanup {

inline bool is_ascii_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_alpha(char c) noexcept { return is_ascii_lower(c) || is_ascii_upper(c); }
inline bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }

}  // namespace textchain::cleanup

#endif
