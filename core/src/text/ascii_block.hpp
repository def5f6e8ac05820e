// The tokenizer's block classifier: 64 bytes of text turned into one bit mask per ASCII class the word
// rules tell apart (bit k for the byte at k), with SIMD compares: 16 bytes a step with SSE2, 32 with AVX2
// (picked at run time: the build targets plain x86-64), a byte loop elsewhere. tokenizer.cpp finds the
// token boundaries, kinds and flags of an all-ASCII stretch on these masks (see ascii_block_tokens there).
#ifndef TEXTCHAIN_TEXT_ASCII_BLOCK_HPP
#define TEXTCHAIN_TEXT_ASCII_BLOCK_HPP

#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#define TEXTCHAIN_TOKENIZER_AVX2 1
#include <immintrin.h>
#endif

namespace textchain::text::ascii_block {

inline constexpr unsigned kBytes = 64;

// The characters of each class, as the generated Unicode table has them (tokenizer.cpp checks these
// against it at compile time, so a new table that moves one fails the build instead of the output).
inline constexpr char kMidLetterChars[] = ":.'";  // MidLetter, MidNumLet, Single_Quote: join letters (WB6/7)
inline constexpr char kMidNumChars[] = ",;.'";    // MidNum, MidNumLet, Single_Quote: join digits (WB11/12)
inline constexpr char kBlankFirst = '\t', kBlankLast = '\f';  // Other and Newline/LF: tokens of white space

struct Masks {
  uint64_t bail;        // a byte >= 0x80 or a CR: the general rules' business
  uint64_t upper;       // A-Z
  uint64_t letter;      // A-Z a-z
  uint64_t digit;       // 0-9
  uint64_t underscore;  // _ (the only ASCII ExtendNumLet)
  uint64_t space;       // ' ' (the only ASCII WSegSpace)
  uint64_t mid_letter;  // kMidLetterChars
  uint64_t mid_num;     // kMidNumChars
  uint64_t period;      // '.': a word before one may be an abbreviation
  uint64_t blank;       // kBlankFirst-kBlankLast: tab and line breaks other than CR (white-space tokens)
};

// The portable classifier: a byte loop (for processors without SSE2, and the tests' reference).
inline Masks classify_bytes(const unsigned char* s) noexcept {
  Masks m{};
  for (unsigned k = 0; k < kBytes; ++k) {
    const unsigned c = s[k];
    const uint64_t bit = uint64_t{1} << k;
    if (c >= 0x80 || c == '\r') m.bail |= bit;
    if (c >= 'A' && c <= 'Z') m.upper |= bit;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') m.letter |= bit;
    if (c >= '0' && c <= '9') m.digit |= bit;
    if (c == '_') m.underscore |= bit;
    if (c == ' ') m.space |= bit;
    if (c == ':' || c == '.' || c == '\'') m.mid_letter |= bit;
    if (c == ',' || c == ';' || c == '.' || c == '\'') m.mid_num |= bit;
    if (c == '.') m.period |= bit;
    if (c >= kBlankFirst && c <= kBlankLast) m.blank |= bit;
  }
  return m;
}

// The curly quotes of English news, E2 80 xx in UTF-8: U+2018/2019 (MidNumLet, joins letters or digits like
// an apostrophe) and U+201C/201D (Word_Break Other: a token of its own). tokenizer.cpp checks their classes
// and kinds against the Unicode table at compile time. A block that holds one would otherwise stop there
// and hand the rest of its bytes to the byte loop.
inline constexpr unsigned char kQuoteLead = 0xE2, kQuoteSecond = 0x80;
inline constexpr unsigned char kQuoteMidLast[2] = {0x98, 0x99};   // ‘ ’
inline constexpr unsigned char kQuoteLoneLast[2] = {0x9C, 0x9D};  // “ ”

struct QuoteMasks {
  uint64_t mid;   // bit k: U+2018 or U+2019 starts at k (its three bytes inside the block)
  uint64_t lone;  // bit k: U+201C or U+201D starts at k
};

// From one mask per byte value: the lead at k, the second byte at k + 1, the last at k + 2.
inline QuoteMasks quotes_from(uint64_t lead, uint64_t second, uint64_t mid_last, uint64_t lone_last) noexcept {
  const uint64_t head = lead & (second >> 1);
  return {head & (mid_last >> 2), head & (lone_last >> 2)};
}

inline QuoteMasks quotes_bytes(const unsigned char* s) noexcept {
  uint64_t lead = 0, second = 0, mid_last = 0, lone_last = 0;
  for (unsigned k = 0; k < kBytes; ++k) {
    const unsigned c = s[k];
    const uint64_t bit = uint64_t{1} << k;
    if (c == kQuoteLead) lead |= bit;
    if (c == kQuoteSecond) second |= bit;
    if (c == kQuoteMidLast[0] || c == kQuoteMidLast[1]) mid_last |= bit;
    if (c == kQuoteLoneLast[0] || c == kQuoteLoneLast[1]) lone_last |= bit;
  }
  return quotes_from(lead, second, mid_last, lone_last);
}

// The bits of three masks as one byte per position (bit 0 from a, 1 from b, 2 from c), so that a token's
// three bits at its end are one load instead of three shifts and masks.
inline void spread_bytes(uint64_t a, uint64_t b, uint64_t c, uint8_t* out) noexcept {
  for (unsigned k = 0; k < kBytes; ++k)
    out[k] = static_cast<uint8_t>(((a >> k) & 1) | ((b >> k) & 1) << 1 | ((c >> k) & 1) << 2);
}

#if defined(__SSE2__)
// Bytes in [lo, hi] (ASCII bounds): x + (128 - lo) lands in [-128, -128 + hi - lo] exactly for them, as
// signed bytes; every other byte, a non-ASCII one included, lands above. Two instructions, not three.
inline __m128i in_range_sse2(__m128i x, char lo, char hi) noexcept {
  return _mm_cmpgt_epi8(_mm_set1_epi8(static_cast<char>(-128 + (hi - lo) + 1)),
                        _mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(128 - lo))));
}

inline Masks classify_sse2(const unsigned char* s) noexcept {
  Masks m{};
  for (unsigned k = 0; k < kBytes / 16; ++k) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + 16 * k));
    const auto eq = [v](char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
    const auto bits = [k](__m128i x) {
      return static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(x))) << (16 * k);
    };
    const __m128i period = eq('.'), both = _mm_or_si128(period, eq('\''));
    m.bail |= bits(_mm_or_si128(v, eq('\r')));
    m.upper |= bits(in_range_sse2(v, 'A', 'Z'));
    m.letter |= bits(in_range_sse2(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z'));
    m.digit |= bits(in_range_sse2(v, '0', '9'));
    m.underscore |= bits(eq('_'));
    m.space |= bits(eq(' '));
    m.mid_letter |= bits(_mm_or_si128(both, eq(':')));
    m.mid_num |= bits(_mm_or_si128(both, _mm_or_si128(eq(','), eq(';'))));
    m.period |= bits(period);
    m.blank |= bits(in_range_sse2(v, kBlankFirst, kBlankLast));
  }
  return m;
}

// 16 bits of a mask as 16 bytes, each `weight` where its bit is set, 0 elsewhere.
inline __m128i spread16_sse2(unsigned bits, char weight) noexcept {
  __m128i x = _mm_cvtsi32_si128(static_cast<int>(bits));
  x = _mm_unpacklo_epi8(x, x);    // lo lo hi hi
  x = _mm_unpacklo_epi16(x, x);   // lo x4, hi x4
  x = _mm_unpacklo_epi32(x, x);   // lo x8, hi x8
  const __m128i select = _mm_set_epi8(-128, 64, 32, 16, 8, 4, 2, 1, -128, 64, 32, 16, 8, 4, 2, 1);
  return _mm_and_si128(_mm_cmpeq_epi8(_mm_and_si128(x, select), select), _mm_set1_epi8(weight));
}

inline void spread_sse2(uint64_t a, uint64_t b, uint64_t c, uint8_t* out) noexcept {
  for (unsigned k = 0; k < kBytes / 16; ++k) {
    const unsigned sh = 16 * k;
    const __m128i v = _mm_or_si128(_mm_or_si128(spread16_sse2(static_cast<unsigned>(a >> sh) & 0xFFFF, 1),
                                                spread16_sse2(static_cast<unsigned>(b >> sh) & 0xFFFF, 2)),
                                   spread16_sse2(static_cast<unsigned>(c >> sh) & 0xFFFF, 4));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 16 * k), v);
  }
}

inline QuoteMasks quotes_sse2(const unsigned char* s) noexcept {
  uint64_t lead = 0, second = 0, mid_last = 0, lone_last = 0;
  for (unsigned k = 0; k < kBytes / 16; ++k) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + 16 * k));
    const auto eq = [v](unsigned char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(c))); };
    const auto bits = [k](__m128i x) {
      return static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(x))) << (16 * k);
    };
    lead |= bits(eq(kQuoteLead));
    second |= bits(eq(kQuoteSecond));
    mid_last |= bits(_mm_or_si128(eq(kQuoteMidLast[0]), eq(kQuoteMidLast[1])));
    lone_last |= bits(_mm_or_si128(eq(kQuoteLoneLast[0]), eq(kQuoteLoneLast[1])));
  }
  return quotes_from(lead, second, mid_last, lone_last);
}

// Only the bail mask: whether a block is worth classifying at all.
inline uint64_t bail_sse2(const unsigned char* s) noexcept {
  uint64_t bail = 0;
  for (unsigned k = 0; k < kBytes / 16; ++k) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + 16 * k));
    bail |= static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))))))
            << (16 * k);
  }
  return bail;
}
#endif

#if defined(TEXTCHAIN_TOKENIZER_AVX2)
// 32 copies of every byte value in memory, read through a pointer the compiler cannot see through: the
// tokenizer's loop calls out between blocks, which clobbers every vector register, and GCC built each
// constant again for every block (an immediate, a move and a broadcast: three instructions, about 60 a
// block) even when it was an array in memory it could see; from an opaque pointer it is the compare's
// memory operand. One pointer for all of them (the empty asm is not volatile, so GCC merges its copies).
struct alignas(32) SplatRows {
  char rows[256][32];
  constexpr SplatRows() : rows{} {
    for (unsigned c = 0; c < 256; ++c)
      for (char& b : rows[c]) b = static_cast<char>(c);
  }
};
inline constexpr SplatRows kSplatRows{};
inline const char* splat_rows() noexcept {
  const char* p = kSplatRows.rows[0];
  __asm__("" : "+r"(p));
  return p;
}
template <char c>
__attribute__((target("avx2"))) inline __m256i splat() noexcept {
  return _mm256_load_si256(reinterpret_cast<const __m256i*>(splat_rows() + 32 * static_cast<unsigned char>(c)));
}

// Nibble tables for vpshufb, read through an opaque pointer like the splat rows: a class whose members all
// differ in their low nibble is one lookup and one compare, the member with the byte's low nibble equal to
// the byte (a byte >= 0x80 looks up 0, and 0x80 fills the nibbles no member has: never equal to a byte
// that looked it up). The Mid classes took four and five compares with their ORs.
constexpr uint64_t kNoMember = 0x80;
struct alignas(32) NibbleRows {
  char mid_letter[32];
  char mid_num[32];
  char spread_index[3][2][32];  // spread_avx2: the mask byte each output byte reads, by mask and half
  char spread_select[32];       // the bit of that byte
  constexpr NibbleRows() : mid_letter{}, mid_num{}, spread_index{}, spread_select{} {
    for (unsigned k = 0; k < 32; ++k) mid_letter[k] = mid_num[k] = static_cast<char>(kNoMember);
    for (unsigned lane = 0; lane < 32; lane += 16) {
      for (const char* p = kMidLetterChars; *p; ++p) mid_letter[lane + (*p & 0x0F)] = *p;
      for (const char* p = kMidNumChars; *p; ++p) mid_num[lane + (*p & 0x0F)] = *p;
    }
    // The masks' source vector holds a, b in each 128-bit lane and c in a vector of its own (vpshufb reads
    // within a lane): output byte k of half h reads byte 4h + k/8 of its mask, b's 8 bytes on.
    for (unsigned m = 0; m < 3; ++m)
      for (unsigned h = 0; h < 2; ++h)
        for (unsigned k = 0; k < 32; ++k) spread_index[m][h][k] = static_cast<char>((m == 1 ? 8 : 0) + 4 * h + k / 8);
    for (unsigned k = 0; k < 32; ++k) spread_select[k] = static_cast<char>(1u << (k % 8));
  }
};
inline constexpr NibbleRows kNibbleRows{};
// Each class's members must differ in their low nibble (else one would overwrite another above).
constexpr bool nibbles_distinct(const char* chars) {
  for (const char* p = chars; *p; ++p)
    for (const char* q = p + 1; *q; ++q)
      if ((*p & 0x0F) == (*q & 0x0F)) return false;
  return true;
}
static_assert(nibbles_distinct(kMidLetterChars) && nibbles_distinct(kMidNumChars), "a Mid class needs a lookup per nibble clash");
inline const NibbleRows* nibble_rows() noexcept {
  const NibbleRows* p = &kNibbleRows;
  __asm__("" : "+r"(p));
  return p;
}
__attribute__((target("avx2"))) inline __m256i row(const char* r) noexcept {
  return _mm256_load_si256(reinterpret_cast<const __m256i*>(r));
}
// The bytes of v that are members of the class whose nibble row is `r`.
__attribute__((target("avx2"))) inline __m256i member_avx2(__m256i v, const char* r) noexcept {
  return _mm256_cmpeq_epi8(_mm256_shuffle_epi8(row(r), v), v);
}

template <char lo, char hi>
__attribute__((target("avx2"))) inline __m256i in_range_avx2(__m256i x) noexcept {
  return _mm256_cmpgt_epi8(splat<static_cast<char>(-128 + (hi - lo) + 1)>(), _mm256_add_epi8(x, splat<static_cast<char>(128 - lo)>()));
}

// classify_sse2 with 32 bytes a step: the same masks, bit for bit.
__attribute__((target("avx2"))) inline Masks classify_avx2(const unsigned char* s) noexcept {
  Masks m{};
  for (unsigned k = 0; k < kBytes / 32; ++k) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + 32 * k));
#define TC_EQ(c) _mm256_cmpeq_epi8(v, splat<c>())
    const auto bits = [k](__m256i x) __attribute__((target("avx2"))) {
      return static_cast<uint64_t>(static_cast<uint32_t>(_mm256_movemask_epi8(x))) << (32 * k);
    };
    const NibbleRows* const nib = nibble_rows();
    m.bail |= bits(_mm256_or_si256(v, TC_EQ('\r')));
    m.upper |= bits(in_range_avx2<'A', 'Z'>(v));
    m.letter |= bits(in_range_avx2<'a', 'z'>(_mm256_or_si256(v, splat<0x20>())));
    m.digit |= bits(in_range_avx2<'0', '9'>(v));
    m.underscore |= bits(TC_EQ('_'));
    m.space |= bits(TC_EQ(' '));
    m.mid_letter |= bits(member_avx2(v, nib->mid_letter));
    m.mid_num |= bits(member_avx2(v, nib->mid_num));
    m.period |= bits(TC_EQ('.'));
    m.blank |= bits(in_range_avx2<kBlankFirst, kBlankLast>(v));
#undef TC_EQ
  }
  return m;
}

// The three masks in two vectors (a and b in each 128-bit lane, c in both halves of another), then per 32
// output bytes one vpshufb per mask picks the byte that holds each position's bit. Spreading each mask
// from a broadcast of its own 32 bits moved and broadcast six times a block.
__attribute__((target("avx2"))) inline void spread_avx2(uint64_t a, uint64_t b, uint64_t c, uint8_t* out) noexcept {
  const NibbleRows* const nib = nibble_rows();
  const __m128i ab128 = _mm_insert_epi64(_mm_cvtsi64_si128(static_cast<long long>(a)), static_cast<long long>(b), 1);
  const __m256i ab = _mm256_broadcastsi128_si256(ab128);
  const __m256i cc = _mm256_set1_epi64x(static_cast<long long>(c));
  const __m256i select = row(nib->spread_select);
  const auto bit = [select](__m256i x) __attribute__((target("avx2"))) {
    return _mm256_cmpeq_epi8(_mm256_and_si256(x, select), select);
  };
  for (unsigned h = 0; h < 2; ++h) {
    const __m256i va = _mm256_and_si256(bit(_mm256_shuffle_epi8(ab, row(nib->spread_index[0][h]))), splat<1>());
    const __m256i vb = _mm256_and_si256(bit(_mm256_shuffle_epi8(ab, row(nib->spread_index[1][h]))), splat<2>());
    const __m256i vc = _mm256_and_si256(bit(_mm256_shuffle_epi8(cc, row(nib->spread_index[2][h]))), splat<4>());
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out + 32 * h), _mm256_or_si256(_mm256_or_si256(va, vb), vc));
  }
}

__attribute__((target("avx2"))) inline QuoteMasks quotes_avx2(const unsigned char* s) noexcept {
  uint64_t lead = 0, second = 0, mid_last = 0, lone_last = 0;
  for (unsigned k = 0; k < kBytes / 32; ++k) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + 32 * k));
    const auto eq = [v](unsigned char c) __attribute__((target("avx2"))) {
      return _mm256_cmpeq_epi8(v, _mm256_set1_epi8(static_cast<char>(c)));
    };
    const auto bits = [k](__m256i x) __attribute__((target("avx2"))) {
      return static_cast<uint64_t>(static_cast<uint32_t>(_mm256_movemask_epi8(x))) << (32 * k);
    };
    lead |= bits(eq(kQuoteLead));
    second |= bits(eq(kQuoteSecond));
    mid_last |= bits(_mm256_or_si256(eq(kQuoteMidLast[0]), eq(kQuoteMidLast[1])));
    lone_last |= bits(_mm256_or_si256(eq(kQuoteLoneLast[0]), eq(kQuoteLoneLast[1])));
  }
  return quotes_from(lead, second, mid_last, lone_last);
}

__attribute__((target("avx2"))) inline uint64_t bail_avx2(const unsigned char* s) noexcept {
  uint64_t bail = 0;
  for (unsigned k = 0; k < kBytes / 32; ++k) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + 32 * k));
    bail |= static_cast<uint64_t>(static_cast<uint32_t>(
                _mm256_movemask_epi8(_mm256_or_si256(v, _mm256_cmpeq_epi8(v, splat<'\r'>())))))
            << (32 * k);
  }
  return bail;
}

// classify_avx2 with AVX-512 (BW): the 64 bytes in one register, each class compared straight into a mask
// register. Only for the AVX-512 block loop (tokenizer.cpp), which is compiled for AVX-512 as a whole; the
// same masks, bit for bit (the tests compare every classifier's tokens).
#define TEXTCHAIN_ASCII_BLOCK_AVX512 __attribute__((target("avx2,bmi,bmi2,popcnt,avx512f,avx512bw,avx512vl,avx512vbmi,avx512vbmi2")))
// Bytes in [lo, hi] (ASCII bounds): x - lo below hi - lo + 1, unsigned (a byte >= 0x80 lands above).
template <char lo, char hi>
TEXTCHAIN_ASCII_BLOCK_AVX512 inline __mmask64 in_range_avx512(__m512i x) noexcept {
  return _mm512_cmplt_epu8_mask(_mm512_sub_epi8(x, _mm512_set1_epi8(lo)), _mm512_set1_epi8(static_cast<char>(hi - lo + 1)));
}
TEXTCHAIN_ASCII_BLOCK_AVX512 inline Masks classify_avx512(const unsigned char* s) noexcept {
  const __m512i v = _mm512_loadu_si512(s);
  const auto eq = [v](char c) TEXTCHAIN_ASCII_BLOCK_AVX512 { return _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8(c)); };
  Masks m;
  const __mmask64 period = eq('.'), apostrophe = eq('\'');
  m.bail = _mm512_movepi8_mask(v) | eq('\r');
  m.upper = in_range_avx512<'A', 'Z'>(v);
  m.letter = in_range_avx512<'a', 'z'>(_mm512_or_si512(v, _mm512_set1_epi8(0x20)));
  m.digit = in_range_avx512<'0', '9'>(v);
  m.underscore = eq('_');
  m.space = eq(' ');
  m.mid_letter = period | apostrophe | eq(':');
  m.mid_num = period | apostrophe | eq(',') | eq(';');
  m.period = period;
  m.blank = in_range_avx512<kBlankFirst, kBlankLast>(v);
  return m;
}
static_assert(sizeof(kMidLetterChars) == 4 && kMidLetterChars[0] == ':' && kMidLetterChars[1] == '.' && kMidLetterChars[2] == '\'' &&
                  sizeof(kMidNumChars) == 5 && kMidNumChars[0] == ',' && kMidNumChars[1] == ';' && kMidNumChars[2] == '.' && kMidNumChars[3] == '\'',
              "classify_avx512 compares the Mid classes' characters one by one");

TEXTCHAIN_ASCII_BLOCK_AVX512 inline QuoteMasks quotes_avx512(const unsigned char* s) noexcept {
  const __m512i v = _mm512_loadu_si512(s);
  const auto eq = [v](unsigned char c) TEXTCHAIN_ASCII_BLOCK_AVX512 { return _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8(static_cast<char>(c))); };
  return quotes_from(eq(kQuoteLead), eq(kQuoteSecond), eq(kQuoteMidLast[0]) | eq(kQuoteMidLast[1]),
                     eq(kQuoteLoneLast[0]) | eq(kQuoteLoneLast[1]));
}

TEXTCHAIN_ASCII_BLOCK_AVX512 inline uint64_t bail_avx512(const unsigned char* s) noexcept {
  const __m512i v = _mm512_loadu_si512(s);
  return _mm512_movepi8_mask(v) | _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('\r'));
}
#undef TEXTCHAIN_ASCII_BLOCK_AVX512
#endif

inline uint64_t bail_bytes(const unsigned char* s) noexcept {
  uint64_t bail = 0;
  for (unsigned k = 0; k < kBytes; ++k)
    if (s[k] >= 0x80 || s[k] == '\r') bail |= uint64_t{1} << k;
  return bail;
}

}  // namespace textchain::text::ascii_block

#endif
