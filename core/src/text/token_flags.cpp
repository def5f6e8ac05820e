#include "text/token_flags.hpp"

#include "text/sentence_lexicon.hpp"
#include "text/unicode_props.hpp"
#include "text/utf8.hpp"

namespace textchain::text {
namespace {

namespace U = unicode;

struct Shape {
  bool seen_letter = false;
  bool first_capital = false;
  bool capital_after_first = false;
  unsigned capitals = 0, lowers = 0;
  bool letter = false, digit = false, non_ascii = false;

  void add(U::Props p, bool is_letter, bool is_digit) noexcept {
    const bool up = U::is_upper(p), low = U::is_lower(p);
    if (is_letter || up || low) {
      if (!seen_letter) {
        seen_letter = true;
        first_capital = up;
      } else if (up) {
        capital_after_first = true;
      }
      letter = true;
    }
    capitals += up;
    lowers += low;
    digit |= is_digit;
  }

  uint16_t flags() const noexcept {
    uint16_t f = 0;
    if (first_capital) f |= TC_TOKEN_INITIAL_CAPITAL;
    if (capitals && !lowers) f |= TC_TOKEN_ALL_CAPITALS;
    if (lowers && !capitals) f |= TC_TOKEN_LOWER_CASE;
    if (first_capital && lowers && !capital_after_first) f |= TC_TOKEN_TITLE_CASE;
    if (digit) f |= TC_TOKEN_HAS_DIGIT;
    if (letter) f |= TC_TOKEN_HAS_LETTER;
    if (non_ascii) f |= TC_TOKEN_NON_ASCII;
    return f;
  }
};

uint16_t shape_of(const unsigned char* s, size_t begin, size_t end) noexcept {
  Shape shape;
  for (size_t i = begin; i < end;) {
    const unsigned c = s[i];
    if (c < 0x80) {
      const U::Props p = U::props_of(c);
      shape.add(p, U::word_break(p) == U::kALetter, c >= '0' && c <= '9');
      ++i;
      continue;
    }
    shape.non_ascii = true;
    const utf8::Decoded d = utf8::decode(s + i, end - i);
    if (d.len == 0) {
      ++i;
      continue;
    }
    const U::Props p = U::props_of(d.cp);
    const U::WordBreak w = U::word_break(p);
    shape.add(p, w == U::kALetter || w == U::kHebrewLetter || w == U::kKatakana, w == U::kNumeric);
    i += d.len;
  }
  return shape.flags();
}

}  // namespace

void assign_token_flags(std::string_view text, std::span<tc_token> tokens) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t k = 0; k < tokens.size(); ++k) {
    tc_token& t = tokens[k];
    if (t.kind != TC_TOKEN_WORD && t.kind != TC_TOKEN_NUMBER) {
      t.flags = 0;
      continue;
    }
    t.flags = shape_of(s, t.begin, t.end);
    // A word right before a period that the sentence splitter's lexicon reads as an abbreviation or an
    // initial: the same list the host's sentence splitter consults.
    if (t.kind == TC_TOKEN_WORD && t.end < n && s[t.end] == '.') {
      const Abbreviation a = abbreviation_kind(text.substr(t.begin, t.end - t.begin));
      bool abbreviation = a == Abbreviation::kNeverFinal || a == Abbreviation::kMaybeFinal;
      if (a == Abbreviation::kBeforeNumber) {
        // "No. 5": an abbreviation only when a number follows (after the period and spaces).
        size_t j = k + 2;
        while (j < tokens.size() && tokens[j].kind == TC_TOKEN_SPACE) ++j;
        abbreviation = j < tokens.size() && tokens[j].kind == TC_TOKEN_NUMBER;
      }
      // An initial in any script: one capital letter ("Ł." as well as "J.").
      if (!abbreviation && (t.flags & TC_TOKEN_ALL_CAPITALS) && s[t.begin] >= 0x80)
        abbreviation = utf8::decode(s + t.begin, t.end - t.begin).len == t.end - t.begin;
      if (abbreviation) t.flags |= TC_TOKEN_ABBREVIATION;
    }
  }
}

}  // namespace textchain::text
