#include "text/token_flags.hpp"

#include "text/sentence_lexicon.hpp"
#include "text/unicode_props.hpp"
#include <textchain/utf8.hpp>

#include <array>
#include <cstdint>

namespace textchain::text {
namespace {

namespace U = unicode;

// Case and shape bits of one character.
constexpr uint8_t kUp = 1, kLow = 2, kLetter = 4, kDigit = 8;

constexpr uint8_t char_bits(U::Props p, bool letter, bool digit) {
  return static_cast<uint8_t>((U::is_upper(p) ? kUp : 0) | (U::is_lower(p) ? kLow : 0) |
                              (letter || U::is_upper(p) || U::is_lower(p) ? kLetter : 0) | (digit ? kDigit : 0));
}

// ASCII characters, from the same generated table (so the two paths cannot disagree).
constexpr std::array<uint8_t, 128> make_ascii_bits() {
  std::array<uint8_t, 128> a{};
  for (unsigned c = 0; c < 128; ++c) {
    const U::Props p = U::props_of(c);
    a[c] = char_bits(p, U::word_break(p) == U::kALetter, c >= '0' && c <= '9');
  }
  return a;
}
constexpr auto kAsciiBits = make_ascii_bits();

// Bits accumulated over a token; the order of letters only matters for the first one.
struct Shape {
  uint8_t all = 0;               // OR of every character's bits
  uint8_t first_letter = 0;      // bits of the first letter (0 until one is seen)
  bool capital_after_first = false;
  bool non_ascii = false;

  void add(uint8_t bits) noexcept {
    if (bits & kLetter) {
      if (!first_letter) first_letter = bits;
      else capital_after_first |= (bits & kUp) != 0;
    }
    all |= bits;
  }

  uint16_t flags() const noexcept {
    uint16_t f = 0;
    const bool first_capital = (first_letter & kUp) != 0;
    if (first_capital) f |= TC_TOKEN_INITIAL_CAPITAL;
    if ((all & kUp) && !(all & kLow)) f |= TC_TOKEN_ALL_CAPITALS;
    if ((all & kLow) && !(all & kUp)) f |= TC_TOKEN_LOWER_CASE;
    if (first_capital && (all & kLow) && !capital_after_first) f |= TC_TOKEN_TITLE_CASE;
    if (all & kDigit) f |= TC_TOKEN_HAS_DIGIT;
    if (all & kLetter) f |= TC_TOKEN_HAS_LETTER;
    if (non_ascii) f |= TC_TOKEN_NON_ASCII;
    return f;
  }
};

uint16_t shape_of(const unsigned char* s, size_t begin, size_t end) noexcept {
  // The common case, an ASCII word starting with a letter: one table lookup and an OR per byte, no
  // branch but the loop's (the shape of the rest only matters through its OR).
  if (s[begin] < 0x80 && (kAsciiBits[s[begin]] & kLetter)) {
    uint8_t rest = 0;
    size_t i = begin + 1;
    for (; i < end && s[i] < 0x80; ++i) rest |= kAsciiBits[s[i]];
    if (i == end) {
      Shape shape;
      shape.first_letter = kAsciiBits[s[begin]];
      shape.all = static_cast<uint8_t>(shape.first_letter | rest);
      shape.capital_after_first = (rest & kUp) != 0;
      return shape.flags();
    }
  }
  Shape shape;
  for (size_t i = begin; i < end;) {
    const unsigned c = s[i];
    if (c < 0x80) {
      shape.add(kAsciiBits[c]);
      ++i;
      continue;
    }
    shape.non_ascii = true;
    const textchain::utf8::CodePoint d = textchain::utf8::decode_strict(s + i, end - i);
    if (d.size == 0) {
      ++i;
      continue;
    }
    const U::Props p = U::props_of(d.cp);
    const U::WordBreak w = U::word_break(p);
    shape.add(char_bits(p, w == U::kALetter || w == U::kHebrewLetter || w == U::kKatakana, w == U::kNumeric));
    i += d.size;
  }
  return shape.flags();
}

}  // namespace

uint16_t shape_flags(std::string_view text, size_t begin, size_t end) noexcept {
  return shape_of(reinterpret_cast<const unsigned char*>(text.data()), begin, end);
}

uint16_t abbreviation_flag(std::string_view text, size_t begin, size_t end, uint16_t flags) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  if (end >= n || s[end] != '.') return 0;
  const Abbreviation a = abbreviation_kind(text.substr(begin, end - begin));
  bool abbreviation = a == Abbreviation::kNeverFinal || a == Abbreviation::kMaybeFinal;
  if (a == Abbreviation::kBeforeNumber) {
    // "No. 5": an abbreviation only when a number follows the period (after spaces).
    size_t j = end + 1;
    while (j < n && s[j] == ' ') ++j;
    abbreviation = j < n && s[j] >= '0' && s[j] <= '9';
  }
  // An initial in any script: one capital letter ("Ł." as well as "J.").
  if (!abbreviation && (flags & TC_TOKEN_ALL_CAPITALS) && s[begin] >= 0x80)
    abbreviation = textchain::utf8::decode_strict(s + begin, end - begin).size == end - begin;
  return abbreviation ? TC_TOKEN_ABBREVIATION : 0;
}

}  // namespace textchain::text
