#include "text/token_flags.hpp"

#include "text/sentence_lexicon.hpp"
#include "text/unicode_props.hpp"
#include <textchain/utf8.hpp>

#include <array>
#include <cstdint>

namespace textchain::text {
namespace {

namespace U = unicode;

constexpr bool ascii_digits_are_numeric() {
  for (unsigned c = 0; c < 128; ++c)
    if (((kAsciiShape[c] & kShapeDigit) != 0) != (c >= '0' && c <= '9')) return false;
  return true;
}
static_assert(ascii_digits_are_numeric(), "the ASCII digits, and only they, have Word_Break Numeric");

uint16_t shape_of(const unsigned char* s, size_t begin, size_t end) noexcept {
  // The common case, an ASCII word starting with a letter: one table lookup and an OR per byte, no
  // branch but the loop's (the shape of the rest only matters through its OR).
  if (s[begin] < 0x80 && (kAsciiShape[s[begin]] & kShapeLetter)) {
    uint8_t rest = 0;
    size_t i = begin + 1;
    for (; i < end && s[i] < 0x80; ++i) rest |= kAsciiShape[s[i]];
    if (i == end) {
      TokenShape shape;
      shape.first_letter = kAsciiShape[s[begin]];
      shape.all = static_cast<uint8_t>(shape.first_letter | rest);
      shape.capital_after_first = (rest & kShapeUpper) != 0;
      return shape.flags();
    }
  }
  TokenShape shape;
  for (size_t i = begin; i < end;) {
    const unsigned c = s[i];
    if (c < 0x80) {
      shape.add(kAsciiShape[c]);
      ++i;
      continue;
    }
    shape.all |= kShapeNonAscii;
    const textchain::utf8::CodePoint d = textchain::utf8::decode_strict(s + i, end - i);
    if (d.size == 0) {
      ++i;
      continue;
    }
    shape.add(char_shape(U::props_of(d.cp)));
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
