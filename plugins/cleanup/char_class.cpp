#include "char_class.hpp"

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

}  // namespace textchain::cleanup
