// What kind of character a code point is, for judging whether text reads as text: letter case, script,
// digit, space, punctuation, symbol, control, format, combining mark. The table is generated at build time
// from Python's Unicode database (make_mojibake_tables.py); this header only reads it.
#ifndef TEXTCHAIN_CLEANUP_CHAR_CLASS_HPP
#define TEXTCHAIN_CLEANUP_CHAR_CLASS_HPP

#include <cstdint>
#include <string_view>
#include <textchain/utf8.hpp>

namespace textchain::cleanup {

enum class CharClass : uint8_t {
  implausible,  // unassigned, private use, noncharacter, or a letter no news text uses (IPA, archaic)
  upper,
  lower,
  caseless,     // letters without case: Arabic, Hebrew, CJK, Indic, ...
  digit,
  space,
  punct,        // punctuation of running text: ASCII, quotes, dashes, brackets, ellipsis, ¡ ¿ ·
  symbol,       // everything else printable that is not a letter: © ° ± ™ † ‰ √ box drawing, emoji
  control,
  format,       // soft hyphen, zero-width characters, directional marks
  mark,         // combining marks
};

struct CharInfo {
  CharClass cls = CharClass::implausible;
  uint8_t script = 0;  // 0: common to all scripts; kRareScript: a script real text does not use
  bool letter() const noexcept {
    return cls == CharClass::upper || cls == CharClass::lower || cls == CharClass::caseless;
  }
};

inline constexpr uint8_t kRareScript = 31;

CharInfo char_info(char32_t cp) noexcept;

// As char_info, with code point 0 (the edge of the text) read as a space.
inline CharInfo char_info_or_space(char32_t cp) noexcept {
  return cp == 0 ? CharInfo{CharClass::space, 0} : char_info(cp);
}

// A lowercase letter of the scripts whose lines a broken sentence can continue with (Latin, Greek,
// Cyrillic), and a capital of the Latin script: how the line rules read the first letter of a line.
// From the table, not from code point ranges: the ranges they replace counted the lowercase letters of
// Latin Extended-A and -B ("że", "łódź", "ăn") as capitals, so a Polish sentence broken before "że"
// was never joined.
bool is_continuation_lowercase(char32_t cp) noexcept;
bool is_latin_capital(char32_t cp) noexcept;

// The character at `pos`, where an ASCII letter followed by a combining mark that composes with it into a
// character of some code page's upper half counts as that character ("A" + U+0303 is "Ã"), so that
// mojibake whose text was decomposed (NFD) afterwards reads as it was written.
utf8::CodePoint composed_char_at(std::string_view s, size_t pos) noexcept;

}  // namespace textchain::cleanup

#endif
