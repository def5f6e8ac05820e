// What kind of character a code point is, for judging whether text reads as text: letter case, script,
// digit, space, punctuation, symbol, control, format, combining mark. The table is generated at build time
// from Python's Unicode database (make_mojibake_tables.py); this header only reads it.
#ifndef TEXTCHAIN_CLEANUP_CHAR_CLASS_HPP
#define TEXTCHAIN_CLEANUP_CHAR_CLASS_HPP

#include <cstdint>

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

}  // namespace textchain::cleanup

#endif
