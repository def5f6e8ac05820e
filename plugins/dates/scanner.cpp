#include "scanner.hpp"

#include <textchain/utf8.hpp>

#include <bit>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#define TEXTCHAIN_DATES_SKIM_AVX2 1
#include <immintrin.h>
#endif

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

// The end of the run of ASCII letters from byte j: sixteen bytes at a time with SSE2 (x86-64's baseline),
// else eight with 64-bit arithmetic (a word of news is mostly read in one step), the last few one by one.
inline size_t letters_end(const unsigned char* s, size_t j, size_t n) noexcept {
#if defined(__SSE2__)
  const __m128i kCase = _mm_set1_epi8(0x20);
  // (b | 0x20) - 'a' + 0x80: the 26 letters land on -128..-103 as signed bytes, every other byte above.
  const __m128i kShift = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));
  const __m128i kPastZ = _mm_set1_epi8(static_cast<char>(-128 + 26));
  for (; j + 16 <= n; j += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + j));
    const __m128i t = _mm_add_epi8(_mm_or_si128(x, kCase), kShift);
    const unsigned letter = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(t, kPastZ)));
    if (const unsigned stop = ~letter & 0xFFFFu) return j + static_cast<size_t>(std::countr_zero(stop));
  }
#else
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
#endif
  while (j < n && is_letter(cls(s[j]))) ++j;
  return j;
}

#if defined(__SSE2__)
// Which of 16 bytes are ASCII letters and which ASCII white space (what cls calls C_SPACE or C_NEWLINE:
// space, \t \n \v \f \r), one bit per byte.
struct BlockMasks {
  unsigned letter, space;
};
inline BlockMasks block_masks(const unsigned char* p) noexcept {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i t = _mm_add_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8(static_cast<char>(0x80 - 'a')));
  const __m128i letter = _mm_cmplt_epi8(t, _mm_set1_epi8(static_cast<char>(-128 + 26)));
  // \t..\r (9..13) land on -128..-124.
  const __m128i control = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - 9))),
                                         _mm_set1_epi8(static_cast<char>(-128 + 5)));
  const __m128i space = _mm_or_si128(control, _mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
  return BlockMasks{static_cast<unsigned>(_mm_movemask_epi8(letter)), static_cast<unsigned>(_mm_movemask_epi8(space))};
}
#endif

}  // namespace

namespace {

// The skim's view of 64 bytes: which are ASCII letters, and which it must look at one by one (digits, which
// start a candidate, and bytes outside ASCII: a wide space or a one-character token). One bit per byte.
inline SkimMasks skim_masks(const unsigned char* p) noexcept {
#if defined(__SSE2__)
  const __m128i kCase = _mm_set1_epi8(0x20);
  const __m128i kShift = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));   // as letters_end
  const __m128i kPastZ = _mm_set1_epi8(static_cast<char>(-128 + 26));
  const __m128i kDigitShift = _mm_set1_epi8(static_cast<char>(0x80 - '0'));  // '0'..'9' land on -128..-119
  const __m128i kPast9 = _mm_set1_epi8(static_cast<char>(-128 + 10));
  uint64_t letter = 0, stop = 0;
  for (int k = 0; k < 4; ++k) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    const __m128i l = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(x, kCase), kShift), kPastZ);
    const __m128i d = _mm_cmplt_epi8(_mm_add_epi8(x, kDigitShift), kPast9);
    letter |= static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(l))) << (16 * k);
    // A byte's own high bit marks it outside ASCII.
    stop |= static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(d, x)))) << (16 * k);
  }
  return SkimMasks{letter, stop};
#else
  uint64_t letter = 0, stop = 0;
  for (unsigned k = 0; k < 64; ++k) {
    const uint8_t c = cls(p[k]);
    letter |= static_cast<uint64_t>(is_letter(c)) << k;
    stop |= static_cast<uint64_t>(c == C_DIGIT || c == C_HIGH) << k;
  }
  return SkimMasks{letter, stop};
#endif
}

#if defined(TEXTCHAIN_DATES_SKIM_AVX2)
// skim_masks with 32 bytes a step, half the vector instructions, for the processors that have AVX2 (chosen at
// run time: the build targets plain x86-64). The same masks, bit for bit.
__attribute__((target("avx2"))) SkimMasks skim_masks_avx2(const unsigned char* p) noexcept {
  const __m256i kCase = _mm256_set1_epi8(0x20);
  const __m256i kShift = _mm256_set1_epi8(static_cast<char>(0x80 - 'a'));
  const __m256i kPastZ = _mm256_set1_epi8(static_cast<char>(-128 + 26));
  const __m256i kDigitShift = _mm256_set1_epi8(static_cast<char>(0x80 - '0'));
  const __m256i kPast9 = _mm256_set1_epi8(static_cast<char>(-128 + 10));
  uint64_t letter = 0, stop = 0;
  for (int k = 0; k < 2; ++k) {
    const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32 * k));
    const __m256i l = _mm256_cmpgt_epi8(kPastZ, _mm256_add_epi8(_mm256_or_si256(x, kCase), kShift));
    const __m256i d = _mm256_cmpgt_epi8(kPast9, _mm256_add_epi8(x, kDigitShift));
    letter |= static_cast<uint64_t>(static_cast<unsigned>(_mm256_movemask_epi8(l))) << (32 * k);
    stop |= static_cast<uint64_t>(static_cast<unsigned>(_mm256_movemask_epi8(_mm256_or_si256(d, x)))) << (32 * k);
  }
  return SkimMasks{letter, stop};
}

const bool kSkimAvx2 = [] {
  __builtin_cpu_init();  // needed before __builtin_cpu_supports in a static initializer
  return __builtin_cpu_supports("avx2") != 0;
}();
#endif

// skim_masks, through AVX2 where the processor has it.
inline SkimMasks skim_masks_here(const unsigned char* p) noexcept {
#if defined(TEXTCHAIN_DATES_SKIM_AVX2)
  if (kSkimAvx2) return skim_masks_avx2(p);
#endif
  return skim_masks(p);
}

}  // namespace

SkimMasks skim_masks_for_test(const unsigned char* p, bool vector_wide) noexcept {
#if defined(TEXTCHAIN_DATES_SKIM_AVX2)
  if (vector_wide && kSkimAvx2) return skim_masks_avx2(p);
#endif
  (void)vector_wide;
  return skim_masks(p);
}

inline void Skimmer::load_block(size_t i) noexcept {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text_.data());
  const size_t n = text_.size();
  base_ = i;
  if (i + 64 <= n) {
    masks_ = skim_masks_here(s + i);
  } else {
    // The last block is read from a copy padded with spaces, which end a word and start nothing.
    alignas(16) unsigned char tail[64];
    std::memset(tail, ' ', sizeof tail);
    std::memcpy(tail, s + i, n - i);
    masks_ = skim_masks_here(tail);
  }
}

template <bool kEveryWord>
TokSpan Skimmer::scan(uint32_t pos) noexcept {
  const std::string_view text = text_;
  const size_t n = text.size();
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  const WordShapes& shapes = shapes_;  // in a register: the member reference is read again after each call
  size_t i = pos;
  unsigned lo = 0;  // when `pos` lies in the block the last call stopped in: its masks again, from bit lo
  if (i >= base_ && i - base_ < 64) {
    lo = static_cast<unsigned>(i - base_);
    i = base_;
  }
  for (; i < n; lo = 0) {
    if (i != base_) load_block(i);
    const uint64_t letter = masks_.letter;
    // The scan stands (at bit lo) where next_token may read from, so a letter there starts a word.
    const uint64_t starts_all = (letter & ~(letter << 1)) | (letter & (uint64_t{1} << lo));
    const uint64_t ends_all = letter & ~(letter >> 1);  // a bit at each word's last letter
    size_t next = i + 64;
    for (;;) {
      const uint64_t live = ~uint64_t{0} << lo;  // bits below lo are passed
      const uint64_t stops = masks_.stop & live;
      // The word that reaches the block's last byte (it may run on past the block, never in the tail) starts
      // at the last live start; it is read after the others, so their loop asks nothing about the block's end.
      const uint64_t live_starts = starts_all & live;
      const uint64_t last = (letter >> 63) && live_starts ? uint64_t{1} << (63 - std::countl_zero(live_starts)) : 0;
      // The words that start before the first stop byte (none contains one: a stop byte is no letter).
      uint64_t starts = live_starts & ~last & (stops ? (stops & (0 - stops)) - 1 : ~uint64_t{0});
      uint32_t passed = 0;  // the end of a lead word's pair passed over (0: none)
      while (starts) {
        // Neither count is of zero (a word here ends before the block's last byte): the builtin, untested.
        const size_t b = static_cast<size_t>(__builtin_ctzll(starts));
        const size_t last_letter = static_cast<size_t>(__builtin_ctzll(ends_all >> b));  // from b
        const uint32_t wb = static_cast<uint32_t>(i + b);
        if (kEveryWord || shapes.may_hold_run(s + wb, last_letter)) {
          const TokSpan w{wb, static_cast<uint32_t>(wb + last_letter + 1), TokKind::word};
          if (!leads_ || !passes_lead(w, passed)) return w;
          break;
        }
        starts &= starts - 1;
      }
      if (passed) {  // go on after the pair: in this block, or from the next one it reaches
        if (passed - i < 64) {
          lo = static_cast<unsigned>(passed - i);
          continue;
        }
        next = passed;
        break;
      }
      if (!stops) {
        if (last) {  // no stop byte follows it in the block
          const uint32_t wb = static_cast<uint32_t>(i + static_cast<unsigned>(std::countr_zero(last)));
          const uint32_t we = static_cast<uint32_t>(next = letters_end(s, i + 64, n));
          if (kEveryWord || shapes.may_hold_letters(s + wb, we - wb)) {
            const TokSpan w{wb, we, TokKind::word};
            if (!leads_ || !passes_lead(w, passed)) return w;
            next = passed;
          }
        }
        break;
      }
      const unsigned k = static_cast<unsigned>(std::countr_zero(stops));
      const size_t at = i + k;
      if (cls(s[at]) == C_DIGIT) {
        size_t j = at + 1;
        while (j < n && cls(s[j]) == C_DIGIT) ++j;
        return TokSpan{static_cast<uint32_t>(at), static_cast<uint32_t>(j), TokKind::number};
      }
      // Outside ASCII: white space or a token of one character, passed over either way (next_token's walk
      // stands at its first byte: only ASCII bytes lie between the scan's position and it).
      lo = k + static_cast<unsigned>(utf8::decode(text, at).size);
      if (lo >= 64) {
        next = i + lo;
        break;
      }
    }
    i = next;
  }
  return TokSpan{static_cast<uint32_t>(n), static_cast<uint32_t>(n), TokKind::end};
}

template TokSpan Skimmer::scan<true>(uint32_t pos) noexcept;
template TokSpan Skimmer::scan<false>(uint32_t pos) noexcept;

TokSpan skim_to_candidate(std::string_view text, uint32_t pos, const WordShapes& shapes, bool every_word) noexcept {
  return Skimmer(text, shapes, every_word).next(pos);
}

namespace {

// Where the white space that ends at byte q starts (as skip_space reads it, wide spaces included), not
// before `floor`.
inline size_t space_start(std::string_view text, size_t floor, size_t q) noexcept {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  while (q > floor) {
    const uint8_t k = cls(s[q - 1]);
    if (k == C_SPACE || k == C_NEWLINE) {
      --q;
      continue;
    }
    if (k != C_HIGH) break;
    const size_t b = utf8::previous(text, q);
    if (b < floor) break;
    const utf8::CodePoint c = utf8::decode(text, b);
    if (b + c.size != q || !is_wide_space(c.cp)) break;
    q = b;
  }
  return q;
}

}  // namespace

uint32_t token_before(std::string_view text, uint32_t floor, uint32_t pos) noexcept {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  if (pos > text.size()) pos = static_cast<uint32_t>(text.size());
  const size_t q = space_start(text, floor, pos);
  if (q <= floor) return kNoToken;
  // The token that ends at q, and where next_token would read it from: the end of the token before it.
  const uint8_t k = cls(s[q - 1]);
  size_t b = q - 1;
  if (is_letter(k)) {
    while (b > floor && is_letter(cls(s[b - 1]))) --b;
  } else if (k == C_DIGIT) {
    while (b > floor && cls(s[b - 1]) == C_DIGIT) --b;
  } else if (k == C_HIGH) {
    b = utf8::previous(text, q);
    if (b < floor) {
      // `floor` inside that character (a match that ended there): the forward walk from `floor` reads its
      // last bytes as tokens of their own (at most three), the latest of them read from `last`.
      uint32_t last = floor;
      for (uint32_t p = floor; p < q;) {
        const Tok t = next_token(text, p);
        if (t.kind == TokKind::end || t.end > q) break;
        last = p;
        p = t.end;
      }
      return last;
    }
  }
  return static_cast<uint32_t>(space_start(text, floor, b));
}

namespace {

// The word of ASCII letters [i, j): its flags and its lexicon entry.
inline void read_word(const unsigned char* s, size_t n, size_t i, size_t j, Tok& t) noexcept {
  t.kind = TokKind::word;
  t.capitalized = cls(s[i]) == C_UPPER;
  const size_t len = j - i;
  if (len <= 16 && i + 16 <= n) {
    // The word in one 16-byte key, bytes past it zero: a letter's 0x20 bit says lower case, and or-ing it
    // in folds the word for the lexicon (a word longer than the key is in no entry).
    alignas(16) unsigned char key[16];
#if defined(__SSE2__)
    const __m128i kIota = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    const __m128i keep = _mm_cmplt_epi8(kIota, _mm_set1_epi8(static_cast<char>(len)));
    const __m128i word = _mm_and_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i)), keep);
    const __m128i case_bits = _mm_and_si128(keep, _mm_set1_epi8(0x20));
    t.all_caps = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(word, case_bits), _mm_setzero_si128())) == 0xFFFF &&
                 len > 1;
    _mm_store_si128(reinterpret_cast<__m128i*>(key), _mm_or_si128(word, case_bits));
#else
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
    std::memcpy(key, &lo, 8);
    std::memcpy(key + 8, &hi, 8);
#endif
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
}

// The digit run [i, j): its length and value.
inline void read_number(const unsigned char* s, size_t i, size_t j, Tok& t) noexcept {
  t.kind = TokKind::number;
  int64_t v = 0;
  for (size_t b = i; b < j && b - i < 9; ++b) v = v * 10 + (s[b] - '0');
  t.ndigits = static_cast<uint8_t>(j - i > 255 ? 255 : j - i);
  t.num = j - i > 9 ? -1 : v;
}

// next_token, reading the lexicon entry of every word (kEveryEntry) or of capitalized words only.
template <bool kEveryEntry>
inline Tok read_token(std::string_view text, uint32_t pos) noexcept {
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
    const size_t j = letters_end(s, i + 1, n);
    t.end = static_cast<uint32_t>(j);
    // A word in lower case first is neither capitalized nor in capitals: the flags Tok starts with.
    if (kEveryEntry || k == C_UPPER) read_word(s, n, i, j, t);
    else t.kind = TokKind::word;
  } else if (k == C_DIGIT) {
    size_t j = i + 1;
    while (j < n && cls(s[j]) == C_DIGIT) ++j;
    t.end = static_cast<uint32_t>(j);
    read_number(s, i, j, t);
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

}  // namespace

Tok next_token(std::string_view text, uint32_t pos) noexcept { return read_token<true>(text, pos); }

Tok next_token_capitalized_entries(std::string_view text, uint32_t pos) noexcept { return read_token<false>(text, pos); }

std::string_view word_before(std::string_view text, uint32_t pos) noexcept {
  size_t e = pos;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n')) --e;
  size_t b = e;
  while (b > 0 && is_ascii_letter(text[b - 1])) --b;
  return text.substr(b, e - b);
}

TokSpan plain_word(std::string_view text, uint32_t pos, const WordShapes& shapes, bool& newline) noexcept {
  const size_t n = text.size();
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = pos;
  bool nl = false;
  for (; i < n; ++i) {  // as skip_space, ASCII only
    const uint8_t k = cls(s[i]);
    if (k == C_NEWLINE) nl = true;
    else if (k != C_SPACE) break;
  }
  if (i >= n || !is_letter(cls(s[i]))) return TokSpan{};
  const size_t j = letters_end(s, i + 1, n);
  if (participle_shape(s + i, j - i) || shapes.may_hold_letters(s + i, j - i)) return TokSpan{};
  newline = nl;
  return TokSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(j), TokKind::word};
}

PlainRun pass_plain_tokens(std::string_view text, uint32_t pos, uint32_t before, const WordShapes& read) noexcept {
  const size_t n = text.size();
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  PlainRun r{pos, 0, false, false};
  for (size_t i = pos;;) {
    while (i < n && (cls(s[i]) == C_SPACE || cls(s[i]) == C_NEWLINE)) ++i;  // as skip_space, ASCII only
    if (i >= n || i >= before) return r;
    const uint8_t k = cls(s[i]);
    size_t j = i + 1;
    if (is_letter(k)) {
      j = letters_end(s, i + 1, n);
      const size_t len = j - i;
      if (participle_shape(s + i, j - i) || read.may_hold_letters(s + i, len)) return r;
    } else if (k == C_DIGIT) {
      while (j < n && cls(s[j]) == C_DIGIT) ++j;
    } else if (k != C_OTHER) {
      return r;  // a byte outside ASCII: a wide space, a dash or a curly quote, which next_token decodes
    }
    r = PlainRun{static_cast<uint32_t>(j), static_cast<uint32_t>(i), is_letter(k), true};
    i = j;
  }
}

bool unknown_word_at(std::string_view text, uint32_t pos) noexcept { return unknown_word(text, pos).kind == TokKind::word; }

namespace {

// unknown_word, with `empty_entry(s, n, i, j)` telling whether the lexicon holds no entry for the word [i, j) whose
// shape it may hold (the look-up itself, or its memo).
template <class EmptyEntry>
inline TokSpan find_unknown_word(std::string_view text, uint32_t pos, EmptyEntry&& empty_entry) noexcept {
  const size_t n = text.size();
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = pos, j;
#if defined(__SSE2__)
  if (i + 16 <= n) {
    const BlockMasks m = block_masks(s + i);
    const unsigned solid = ~m.space & 0xFFFFu;
    if (solid == 0) return TokSpan{};  // a long run of white space: unsure
    const unsigned b = static_cast<unsigned>(std::countr_zero(solid));
    if (!(m.letter >> b & 1u)) return TokSpan{};
    const unsigned run = static_cast<unsigned>(std::countr_zero(~(m.letter >> b)));
    i += b;
    j = b + run == 16 ? letters_end(s, i + run, n) : i + run;
  } else
#endif
  {
    while (i < n && (cls(s[i]) == C_SPACE || cls(s[i]) == C_NEWLINE)) ++i;
    if (i >= n || !is_letter(cls(s[i]))) return TokSpan{};
    j = letters_end(s, i + 1, n);
  }
  // read_word looks up words of at most 16 letters only, and a shape the lexicon does not hold has an empty
  // entry; else the entry itself says.
  const TokSpan word{static_cast<uint32_t>(i), static_cast<uint32_t>(j), TokKind::word};
  if (j - i > 16 || !lexicon_may_hold_letters(s + i, j - i)) return word;
  return empty_entry(s, n, i, j) ? word : TokSpan{};
}

inline bool empty_entry_of(const unsigned char* s, size_t n, size_t i, size_t j) noexcept {
  Tok t;
  read_word(s, n, i, j, t);
  return t.lex.kind == Kind::none && t.lex.kind2 == Kind::none && t.lex.sets == 0;
}

}  // namespace

TokSpan unknown_word(std::string_view text, uint32_t pos) noexcept {
  return find_unknown_word(text, pos, empty_entry_of);
}

TokSpan Skimmer::word_passed_after(uint32_t pos, uint64_t stops) noexcept {
  return find_unknown_word(text_, pos, [&](const unsigned char* s, size_t n, size_t i, size_t j) {
    const size_t len = j - i;
    uint64_t folded = 0, bit = 0;
    unsigned slot = 0;
    if constexpr (std::endian::native == std::endian::little) {
      if (len <= 8 && i + 8 <= n) {
        folded = short_word_key(s + i, len);  // as TokenReader keys it
        slot = short_word_slot<kMemoBits>(folded);
        bit = uint64_t{1} << slot;
        if ((memo_filled_ & bit) && memo_words_[slot] == folded) return (memo_classes_[slot] & stops) == 0;
      }
    }
    Tok t;
    read_word(s, n, i, j, t);
    const uint64_t cls = leads_->follower_class(t.lex.kind, t.lex.kind2, t.lex.sets);
    if (bit) {
      memo_filled_ |= bit;
      memo_words_[slot] = folded;
      memo_classes_[slot] = cls;
    }
    return (cls & stops) == 0;
  });
}

Tok token_at(std::string_view text, const TokSpan& span) noexcept {
  if (span.kind != TokKind::word && span.kind != TokKind::number) return next_token(text, span.begin);
  Tok t;
  t.begin = span.begin;
  t.end = span.end;
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  if (span.kind == TokKind::word) read_word(s, text.size(), span.begin, span.end, t);
  else read_number(s, span.begin, span.end, t);
  return t;
}

void TokenReader::remember(uint64_t folded, size_t len, unsigned slot) noexcept {
  alignas(16) unsigned char key[16] = {};
  std::memcpy(key, &folded, 8);
  filled_ |= uint64_t{1} << slot;
  words_[slot] = folded;
  entries_[slot] = lookup_folded(key, len);
}

}  // namespace textchain::dates
