#include "char_class.hpp"

#include "letters.hpp"
#include "mojibake_tables_data.hpp"

namespace textchain::cleanup {

CharInfo char_info(char32_t cp) noexcept {
  namespace md = mojibake_data;
  if (cp < 0x10000) {
    const uint16_t v = md::kClassStage2[md::kClassStage1[cp >> 7]][cp & 127];
    return {static_cast<CharClass>(v & 15), static_cast<uint8_t>(v >> 4)};
  }
  // Beyond the BMP only emoji and pictographs (symbols) and CJK extensions are text news carries.
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return {CharClass::symbol, 0};
  if (cp >= 0x20000 && cp <= 0x3134F) {
    static const uint8_t cjk = char_info(0x4E00).script;
    return {CharClass::caseless, cjk};
  }
  return {CharClass::implausible, kRareScript};
}

bool is_continuation_lowercase(char32_t cp) noexcept {
  if (cp < 0x80) return is_ascii_lower(static_cast<char>(cp));
  static const uint8_t latin = char_info(U'a').script, greek = char_info(U'\u03B1').script,
                       cyrillic = char_info(U'\u0430').script;
  const CharInfo c = char_info(cp);
  return c.cls == CharClass::lower && (c.script == latin || c.script == greek || c.script == cyrillic);
}

bool is_latin_capital(char32_t cp) noexcept {
  if (cp < 0x80) return is_ascii_upper(static_cast<char>(cp));
  static const uint8_t latin = char_info(U'A').script;
  const CharInfo c = char_info(cp);
  return c.cls == CharClass::upper && c.script == latin;
}

utf8::CodePoint composed_char_at(std::string_view s, size_t pos) noexcept {
  const utf8::CodePoint c = utf8::decode(s, pos);
  if (c.size != 1 || !is_ascii_alpha(s[pos])) return c;
  const utf8::CodePoint m = utf8::decode(s, pos + 1);
  if (m.cp < 0x300 || m.cp > 0x36F) return c;
  for (const mojibake_data::Composition& k : mojibake_data::kCompositions)
    if (k.base == c.cp && k.mark == m.cp) return {k.cp, 1 + m.size};
  return c;
}

}  // namespace textchain::cleanup
