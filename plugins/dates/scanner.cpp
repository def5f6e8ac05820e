#include "scanner.hpp"

#include <textchain/utf8.hpp>

#include <bit>
#include <cstring>

namespace textchain::dates {

namespace {

enum : uint8_t { C_OTHER = 0, C_SPACE, C_NEWLINE, C_LOWER, C_UPPER, C_DIGIT, C_HIGH };

struct ByteClass {
  uint8_t c[256];
  constexpr ByteClass() : c{} {
    for (int i = 0; i < 256; ++i) {
      uint8_t k = C_OTHER;
      if (i == ' ' || i == '\t' || i == '\f' || i == '\v') k = C_SPACE;
      else if (i == '\n' || i == '\r') k = C_NEWLINE;
      else if (i >= 'a' && i <= 'z') k = C_LOWER;
      else if (i >= 'A' && i <= 'Z') k = C_UPPER;
      else if (i >= '0' && i <= '9') k = C_DIGIT;
      else if (i >= 0x80) k = C_HIGH;
      c[i] = k;
    }
  }
};
constexpr ByteClass kClass;

inline uint8_t cls(unsigned char b) noexcept { return kClass.c[b]; }

// White space outside ASCII that news writes between a number and its unit ("5\u00A0p.m.").
constexpr bool is_wide_space(char32_t c) noexcept {
  return c == U'\u00A0' || c == U'\u202F' || c == U'\u2009' || c == U'\u200A';
}

// What a punctuation character outside ASCII stands for in the grammar: dashes are '-', curly quotes
// '\'' and '"', anything else '?'.
constexpr char ascii_mark(char32_t c) noexcept {
  if (c >= U'\u2010' && c <= U'\u2015') return '-';  // hyphens and dashes
  if (c == U'\u2018' || c == U'\u2019') return '\'';
  if (c == U'\u201C' || c == U'\u201D') return '"';
  return '?';
}

// Skips the white space from byte i: the first byte of the next token (n at the end).
inline size_t skip_space(std::string_view text, size_t i, bool& space, bool& newline) noexcept {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  for (const size_t n = text.size(); i < n;) {
    const uint8_t k = cls(s[i]);
    if (k == C_SPACE) {
      space = true;
      ++i;
    } else if (k == C_NEWLINE) {
      space = newline = true;
      ++i;
    } else if (k == C_HIGH) {
      const utf8::CodePoint c = utf8::decode(text, i);
      if (!is_wide_space(c.cp)) break;
      space = true;
      i += c.size;
    } else {
      break;
    }
  }
  return i;
}

inline bool is_letter(uint8_t k) noexcept { return k == C_LOWER || k == C_UPPER; }

// The end of the run of ASCII letters from byte j: eight bytes at a time (a word of news is mostly read in
// one step), the last few one by one.
inline size_t letters_end(const unsigned char* s, size_t j, size_t n) noexcept {
  if constexpr (std::endian::native == std::endian::little) {
    constexpr uint64_t kHigh = 0x8080808080808080ull;
    for (; j + 8 <= n; j += 8) {
      uint64_t x;
      std::memcpy(&x, s + j, 8);
      const uint64_t y = x | 0x2020202020202020ull;     // capitals to lower case (and other bytes elsewhere)
      const uint64_t z = y & 0x7F7F7F7F7F7F7F7Full;     // no carry between bytes below
      const uint64_t from_a = z + 0x1F1F1F1F1F1F1F1Full;  // high bit: z >= 'a'
      const uint64_t past_z = z + 0x0505050505050505ull;  // high bit: z > 'z'
      const uint64_t letter = from_a & ~past_z & ~y & kHigh;  // ~y: the byte is ASCII
      if (const uint64_t stop = ~letter & kHigh) return j + static_cast<size_t>(std::countr_zero(stop) >> 3);
    }
  }
  while (j < n && is_letter(cls(s[j]))) ++j;
  return j;
}

}  // namespace

uint32_t skim_to_candidate(std::string_view text, uint32_t pos, const WordShapes& shapes, bool every_word,
                           SkimRing& ring, TokSpan& span) noexcept {
  const size_t n = text.size();
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  for (;;) {
    size_t i = pos;
    uint8_t k = C_OTHER;
    // White space, as skip_space passes it (the flags are not needed here).
    for (; i < n; ++i) {
      k = cls(s[i]);
      if (k == C_SPACE || k == C_NEWLINE) continue;
      if (k != C_HIGH) break;
      const utf8::CodePoint c = utf8::decode(text, i);
      if (!is_wide_space(c.cp)) break;
      i += c.size - 1;
    }
    if (i >= n) {
      span = TokSpan{static_cast<uint32_t>(n), static_cast<uint32_t>(n), TokKind::end};
      return pos;
    }
    size_t j = i + 1;
    if (is_letter(k)) {
      j = letters_end(s, j, n);
      if (every_word || shapes.may_hold(text.substr(i, j - i))) {
        span = TokSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(j), TokKind::word};
        return pos;
      }
    } else if (k == C_DIGIT) {
      while (j < n && cls(s[j]) == C_DIGIT) ++j;
      span = TokSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(j), TokKind::number};
      return pos;
    } else if (k == C_HIGH) {
      j = i + utf8::decode(text, i).size;
    }
    ring.push(pos);
    pos = static_cast<uint32_t>(j);
  }
}

Tok next_token(std::string_view text, uint32_t pos) noexcept {
  Tok t;
  const size_t n = text.size();
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t i = skip_space(text, pos, t.space_before, t.newline_before);
  if (i >= n) {
    t.begin = t.end = static_cast<uint32_t>(n);
    t.kind = TokKind::end;
    return t;
  }
  t.begin = static_cast<uint32_t>(i);
  const uint8_t k = cls(s[i]);
  if (is_letter(k)) {
    t.kind = TokKind::word;
    t.capitalized = k == C_UPPER;
    const size_t j = letters_end(s, i + 1, n);
    const size_t len = j - i;
    t.end = static_cast<uint32_t>(j);
    if (len <= 16 && i + 16 <= n) {
      // The word in one 16-byte key, bytes past it zero: a letter's 0x20 bit says lower case, and or-ing it
      // in folds the word for the lexicon (a word longer than the key is in no entry).
      const uint64_t keep_lo = len >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * len)) - 1;
      const uint64_t keep_hi = len >= 16 ? ~uint64_t{0} : len <= 8 ? 0 : (uint64_t{1} << (8 * (len - 8))) - 1;
      uint64_t lo, hi;
      std::memcpy(&lo, s + i, 8);
      std::memcpy(&hi, s + i + 8, 8);
      lo &= keep_lo;
      hi &= keep_hi;
      constexpr uint64_t kCase = 0x2020202020202020ull;
      t.all_caps = ((lo | hi) & kCase) == 0 && len > 1;
      lo |= kCase & keep_lo;
      hi |= kCase & keep_hi;
      unsigned char key[16];
      std::memcpy(key, &lo, 8);
      std::memcpy(key + 8, &hi, 8);
      t.lex = lookup_folded(key, len);
    } else {
      // Near the end of the text, or longer than any lexicon word: byte by byte.
      unsigned char key[16] = {};
      bool any_lower = false;
      for (size_t b = i; b < j; ++b) {
        any_lower |= cls(s[b]) == C_LOWER;
        if (b - i < 16) key[b - i] = static_cast<unsigned char>(s[b] | 0x20);
      }
      t.all_caps = !any_lower && len > 1;
      if (len <= 16) t.lex = lookup_folded(key, len);
    }
  } else if (k == C_DIGIT) {
    t.kind = TokKind::number;
    size_t j = i;
    int64_t v = 0;
    while (j < n && cls(s[j]) == C_DIGIT) {
      if (j - i < 9) v = v * 10 + (s[j] - '0');
      ++j;
    }
    t.end = static_cast<uint32_t>(j);
    t.ndigits = static_cast<uint8_t>(j - i > 255 ? 255 : j - i);
    t.num = j - i > 9 ? -1 : v;
  } else {
    t.kind = TokKind::punct;
    if (k == C_HIGH) {
      const utf8::CodePoint c = utf8::decode(text, i);
      t.end = static_cast<uint32_t>(i + c.size);
      t.punct = ascii_mark(c.cp);
    } else {
      t.end = static_cast<uint32_t>(i + 1);
      t.punct = static_cast<char>(s[i]);
    }
  }
  return t;
}


}  // namespace textchain::dates
