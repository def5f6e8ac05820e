// Per-code-point Unicode properties the tokenizer and sentence splitter need, from a generated table.
#ifndef TEXTCHAIN_TEXT_UNICODE_PROPS_HPP
#define TEXTCHAIN_TEXT_UNICODE_PROPS_HPP

#include <array>
#include <cstdint>
#include <iterator>

namespace textchain::text::unicode {

#include "text/unicode_props_table.inc"

// UAX #29 Word_Break values, in the order tools/unicode/gen_unicode_props.py numbers them.
enum WordBreak : uint8_t {
  kOther, kCR, kLF, kNewline, kExtend, kZWJ, kRegionalIndicator, kFormat, kKatakana, kHebrewLetter,
  kALetter, kSingleQuote, kDoubleQuote, kMidNumLet, kMidLetter, kMidNum, kNumeric, kExtendNumLet,
  kWSegSpace, kWordBreakCount
};

// A property word: bits 0-4 Word_Break, bit 5 Extended_Pictographic, bits 6-8 the tc_token_kind a
// segment starting with this character gets (word, number, punct, space, line break, quote, symbol),
// bit 9 upper/titlecase letter, bit 10 lowercase letter (the generated table's bits); bit 11 a letter
// (cased, or Word_Break ALetter, Hebrew_Letter or Katakana), bit 12 a digit (Word_Break Numeric), derived
// from them below so that the token flags read a character's shape with one shift.
using Props = uint16_t;

inline constexpr Props kExtPictBit = 1u << 5;
inline constexpr Props kUpperBit = 1u << 9;
inline constexpr Props kLowerBit = 1u << 10;
inline constexpr Props kLetterBit = 1u << 11;
inline constexpr Props kDigitBit = 1u << 12;

// The generated second stage holds indexes into kPropWords (small to ship); this copy holds the property
// words themselves, so that a lookup is two dependent loads instead of three (the tokenizer's general
// scanner does one per non-ASCII character).
inline constexpr auto kStage2Props = [] {
  std::array<uint16_t, std::size(kStage2)> t{};
  for (size_t k = 0; k < t.size(); ++k) {
    Props p = kPropWords[kStage2[k]];
    const auto w = static_cast<WordBreak>(p & 0x1F);
    if ((p & (kUpperBit | kLowerBit)) || w == kALetter || w == kHebrewLetter || w == kKatakana) p |= kLetterBit;
    if (w == kNumeric) p |= kDigitBit;
    t[k] = p;
  }
  return t;
}();

constexpr Props props_of(uint32_t cp) noexcept {
  if (cp >= 0x110000) return 0;  // not a code point; the decoder never yields one
  return kStage2Props[(static_cast<uint32_t>(kStage1[cp >> kBlockBits]) << kBlockBits) |
                      (cp & ((1u << kBlockBits) - 1))];
}
constexpr WordBreak word_break(Props p) noexcept { return static_cast<WordBreak>(p & 0x1F); }
constexpr bool is_ext_pict(Props p) noexcept { return (p & kExtPictBit) != 0; }
constexpr uint16_t token_kind(Props p) noexcept { return static_cast<uint16_t>((p >> 6) & 0x7); }
constexpr bool is_upper(Props p) noexcept { return (p & kUpperBit) != 0; }
constexpr bool is_lower(Props p) noexcept { return (p & kLowerBit) != 0; }

}  // namespace textchain::text::unicode

#endif
