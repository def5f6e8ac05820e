// The case and shape bits of tc_token.flags (ABI 1.1), from the host's Unicode tables, so that no plugin
// re-codes a UTF-8 decoder or a case test.
#ifndef TEXTCHAIN_TEXT_TOKEN_FLAGS_HPP
#define TEXTCHAIN_TEXT_TOKEN_FLAGS_HPP

#include <textchain/abi.h>

#include <array>
#include <cstdint>
#include <string_view>

#include "text/unicode_props.hpp"

namespace textchain::text {

// Case and shape bits of one character.
inline constexpr uint8_t kShapeUpper = 1, kShapeLower = 2, kShapeLetter = 4, kShapeDigit = 8, kShapeNonAscii = 16;

// The bits of a character from its property word: the lookup the tokenizer's scanner has already done, so
// it accumulates a token's shape while it segments, without decoding the token a second time. Letters are
// what UAX #29 counts as letters (ALetter, Hebrew_Letter, Katakana) and every cased character; digits are
// Word_Break Numeric (unicode_props.hpp derives both bits, next to upper and lower, in the same order).
static_assert(unicode::kUpperBit >> 9 == kShapeUpper && unicode::kLowerBit >> 9 == kShapeLower &&
              unicode::kLetterBit >> 9 == kShapeLetter && unicode::kDigitBit >> 9 == kShapeDigit);
constexpr uint8_t char_shape(unicode::Props p) noexcept { return static_cast<uint8_t>((p >> 9) & 0xF); }

// char_shape of every ASCII character, from the same generated table (so the ASCII paths of the tokenizer
// and of shape_of cannot disagree with the general one).
inline constexpr std::array<uint8_t, 128> kAsciiShape = [] {
  std::array<uint8_t, 128> a{};
  for (unsigned c = 0; c < 128; ++c) a[c] = char_shape(unicode::props_of(c));
  return a;
}();

// The case and shape flags (all but TC_TOKEN_ABBREVIATION) of a token whose characters' bits OR to `all`,
// whose first letter is a capital or not, and with or without a capital after the first letter.
constexpr uint16_t shape_flags_of(uint8_t all, bool first_capital, bool capital_after_first) noexcept {
  uint16_t f = 0;
  if (first_capital) f |= TC_TOKEN_INITIAL_CAPITAL;
  if ((all & kShapeUpper) && !(all & kShapeLower)) f |= TC_TOKEN_ALL_CAPITALS;
  if ((all & kShapeLower) && !(all & kShapeUpper)) f |= TC_TOKEN_LOWER_CASE;
  if (first_capital && (all & kShapeLower) && !capital_after_first) f |= TC_TOKEN_TITLE_CASE;
  if (all & kShapeDigit) f |= TC_TOKEN_HAS_DIGIT;
  if (all & kShapeLetter) f |= TC_TOKEN_HAS_LETTER;
  if (all & kShapeNonAscii) f |= TC_TOKEN_NON_ASCII;
  return f;
}

// shape_flags_of for every input, by all | first_capital << 5 | capital_after_first << 6: the tokenizer
// asks for every word and number outside the ASCII paths, and one load costs a third of the tests.
static_assert(kShapeNonAscii < 32);
inline constexpr std::array<uint16_t, 128> kShapeFlagsTable = [] {
  std::array<uint16_t, 128> t{};
  for (unsigned k = 0; k < 128; ++k) t[k] = shape_flags_of(static_cast<uint8_t>(k & 31), (k & 32) != 0, (k & 64) != 0);
  return t;
}();

// A token's shape, accumulated one character at a time; only the first letter's place matters.
struct TokenShape {
  uint8_t all = 0;           // OR of every character's bits
  uint8_t first_letter = 0;  // bits of the first letter (0 until one is seen)
  bool capital_after_first = false;

  void add(uint8_t bits) noexcept {
    if (bits & kShapeLetter) {
      if (!first_letter) first_letter = bits;
      else capital_after_first |= (bits & kShapeUpper) != 0;
    }
    all |= bits;
  }

  // The case and shape flags (all but TC_TOKEN_ABBREVIATION).
  uint16_t flags() const noexcept {
    return kShapeFlagsTable[(all & 31u) | static_cast<unsigned>(first_letter & kShapeUpper) << 5 |
                            static_cast<unsigned>(capital_after_first) << 6];
  }
};

// The case and shape flags of the word or number token [begin, end) of `text` (any characters), decoding
// it. tokenize() accumulates the flags while it scans instead; tokenize_general_only() calls this, so the
// tests compare the two.
uint16_t shape_flags(std::string_view text, size_t begin, size_t end) noexcept;

// TC_TOKEN_ABBREVIATION when the word [begin, end) (with its other flags) is followed by a period that
// the sentence splitter's lexicon reads as an abbreviation's or an initial's; else 0.
uint16_t abbreviation_flag(std::string_view text, size_t begin, size_t end, uint16_t flags) noexcept;

}  // namespace textchain::text

#endif
