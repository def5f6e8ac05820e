// Sentence segmentation for news text, in one pass over the tokens.
//
// UAX #29's sentence rules are the base: a sentence ends after terminal punctuation (. ! ? … and the
// CJK forms) plus closing quotes and brackets, when white space and something other than a lowercase
// word follow. News adds three things the bare rules get wrong:
//  * abbreviations ("U.S.", "Mr.", "Feb.", initials "J.") do not end a sentence (sentence_lexicon.cpp);
//  * a quotation followed by a lowercase attribution is one sentence: `"Why?" she asked.`;
//  * scraped text breaks lines anywhere, blank lines included. A blank line ends a sentence unless the
//    line before it ended without terminal punctuation and the next line goes on in lower case ("no
//    negotiations on\n\nany second track"). A single line break ends one when the line ended with
//    terminal punctuation, or when the line looks like a heading: no terminal punctuation, no dangling
//    comma or function word at its end, and the next line starts with a capital. Otherwise the line
//    break is just white space inside the sentence.
#include "text/sentence_splitter.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#define TEXTCHAIN_SPLITTER_AVX2 1
#include <immintrin.h>
#endif

#include "text/sentence_lexicon.hpp"
#include "text/tokenizer.hpp"
#include "text/unicode_props.hpp"
#include <textchain/sdk.hpp>
#include <textchain/utf8.hpp>

namespace textchain::text {
namespace {

namespace U = unicode;

// Sentence-final punctuation.
constexpr uint32_t kTerminals[] = {
    '.', '!', '?',
    0x2026,                                  // …
    0x203C, 0x2047, 0x2048, 0x2049,          // ‼ ⁇ ⁈ ⁉
    0x3002, 0xFF01, 0xFF1F, 0xFF61,          // 。 ！ ？ ｡
};
constexpr bool is_terminal_cp(uint32_t c) {
  for (uint32_t t : kTerminals)
    if (c == t) return true;
  return false;
}

// What the first byte of a punctuation token says about its being terminal: a terminal itself (ASCII),
// the lead byte of a terminal's UTF-8 form (decode and check), or neither.
enum class TerminalLead : uint8_t { kNo, kYes, kMaybe };
constexpr unsigned char utf8_lead(uint32_t cp) {
  return static_cast<unsigned char>(cp < 0x80 ? cp : cp < 0x800 ? 0xC0 | (cp >> 6) : cp < 0x10000 ? 0xE0 | (cp >> 12) : 0xF0 | (cp >> 18));
}
constexpr std::array<TerminalLead, 256> kTerminalLead = [] {
  std::array<TerminalLead, 256> a{};
  for (uint32_t t : kTerminals) a[utf8_lead(t)] = t < 0x80 ? TerminalLead::kYes : TerminalLead::kMaybe;
  return a;
}();

// How far past a terminal the splitter looks for the next word: enough for `. "(` before it, small
// enough that the whole pass stays linear.
constexpr size_t kMaxLookahead = 6;

// ---- Token access: the rules below read the text's non-space tokens and the white space between them ----
//
// The 12-byte array holds white space as tokens of its own (SPACE, LINEBREAK); the compact form (ABI 1.2)
// leaves it out, and the bytes between two of its tokens are exactly the white-space tokens the array has
// there. So the rules (Splitter, below) are written once over a form, FullForm or CompactForm, which gives
// for a non-space token i: its kind, flags, bounds and first code point; `next`, the next non-space token
// and whether the white space before it holds a line break; `before`, the non-space token before;
// `gap`, the line breaks of the white space between two tokens; `width`, how many tokens of the 12-byte
// array lie from one token to the next (the lookahead counts them). The splitter's inner loop, which every
// token of the 12-byte array goes through, reads positions instead: `is_space`, `breaks_line`,
// `after_break`. The compact form has no loop over every token: `run_to_stop` finds where a run of ordinary
// tokens ends from the few bytes of the text that can end one.
// The host splits from the compact form when no step of the chain reads the 12-byte array, so that array
// is never built for the sentences alone (tests/tokenizer compares the two forms on random documents).

// The line breaks of the white space between two tokens: its LINEBREAK tokens (\n, \v, \f, U+0085, U+2028,
// U+2029, and \r or \r\n, one each) and whether one of them is a paragraph separator.
struct Gap {
  uint32_t breaks = 0;
  bool paragraph = false;
};

// The non-space token after another, and whether a line break stands between them.
struct Step {
  size_t next;  // the form's size() when there is none
  bool brk;
};

// The first code point of the `max` bytes at `s` (U+FFFD when they are not UTF-8).
inline uint32_t first_cp_at(const unsigned char* s, size_t max) {
  if (s[0] < 0x80) return s[0];
  const textchain::utf8::CodePoint d = textchain::utf8::decode_strict(s, max);
  return d.size ? d.cp : 0xFFFD;
}

// Bytes that may stop a run of ordinary tokens (CompactForm::next_stop_byte): a line break of one byte
// (\n \v \f \r), a terminal of one ('.', '!', '?'), or the lead byte of a line break or a terminal of
// two bytes or more: U+0085 (0xC2), U+2028, U+2029 and the terminals of kTerminals (0xE2, 0xE3, 0xEF).
// Only those leads: with every lead byte from 0xC2 on (as before), a text in Cyrillic, Greek or CJK stopped
// the run at nearly every character, and a curly quote or a dash at every one of theirs.
constexpr std::array<bool, 256> kStopByte = [] {
  std::array<bool, 256> a{};
  for (unsigned c = '\n'; c <= '\r'; ++c) a[c] = true;
  for (uint32_t t : kTerminals) a[utf8_lead(t)] = true;
  for (uint32_t b : {0x85u, 0x2028u, 0x2029u}) a[utf8_lead(b)] = true;
  return a;
}();
constexpr bool is_stop_byte(unsigned c) { return kStopByte[c & 0xFF]; }

// The stop bytes by their two nibbles, for a classifier of two table lookups (AVX2's byte shuffle): each high
// nibble that has a stop byte gets a bit; high[h] is h's bit, low[l] the bits of the high nibbles h for
// which h << 4 | l is a stop byte. A byte is one when the two share a bit.
struct StopNibbles {
  std::array<uint8_t, 16> high{}, low{};
};
constexpr StopNibbles kStopNibbles = [] {
  StopNibbles t{};
  unsigned next_bit = 0;
  for (unsigned h = 0; h < 16; ++h) {
    bool any = false;
    for (unsigned l = 0; l < 16; ++l) any |= kStopByte[h << 4 | l];
    if (!any) continue;
    const uint8_t bit = static_cast<uint8_t>(1u << next_bit++);  // static_assert below: at most eight
    t.high[h] = bit;
    for (unsigned l = 0; l < 16; ++l)
      if (kStopByte[h << 4 | l]) t.low[l] |= bit;
  }
  return t;
}();
static_assert([] {
  unsigned highs = 0;
  for (unsigned h = 0; h < 16; ++h) highs += kStopNibbles.high[h] != 0;
  for (unsigned c = 0; c < 256; ++c)
    if (((kStopNibbles.high[c >> 4] & kStopNibbles.low[c & 15]) != 0) != kStopByte[c]) return false;
  return highs <= 8;
}());

// One bit per stop byte of the 64 bytes at `s`: by compares of 16 bytes (SSE2, every x86-64) or by two
// table lookups per 32 (AVX2, picked at run time as the tokenizer's blocks are: the build targets plain
// x86-64), else byte by byte.
#if defined(__SSE2__)
inline uint64_t stop_bits_sse2(const unsigned char* s) noexcept {
  const __m128i first_break = _mm_set1_epi8('\n'), breaks_after = _mm_set1_epi8('\r' - '\n');
  const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'), question = _mm_set1_epi8('?');
  const __m128i c2 = _mm_set1_epi8(static_cast<char>(0xC2)), e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  const __m128i e3 = _mm_set1_epi8(static_cast<char>(0xE3)), ef = _mm_set1_epi8(static_cast<char>(0xEF));
  static_assert([] {  // the compares below are exactly kStopByte's bytes from 0x80 on
    for (unsigned c = 0x80; c < 256; ++c)
      if (kStopByte[c] != (c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xEF)) return false;
    return true;
  }());
  uint64_t bits = 0;
  for (int k = 0; k < 64; k += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + k));
    const __m128i from_break = _mm_sub_epi8(v, first_break);  // \n..\r become 0..3
    const __m128i is_break = _mm_cmpeq_epi8(_mm_min_epu8(from_break, breaks_after), from_break);
    const __m128i is_mark =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, bang)), _mm_cmpeq_epi8(v, question));
    const __m128i is_lead = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, c2), _mm_cmpeq_epi8(v, e2)),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, e3), _mm_cmpeq_epi8(v, ef)));
    bits |= static_cast<uint64_t>(static_cast<uint16_t>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(is_break, is_mark), is_lead))))
            << k;
  }
  return bits;
}
#endif
#if defined(TEXTCHAIN_SPLITTER_AVX2)
__attribute__((target("avx2"))) uint64_t stop_bits_avx2(const unsigned char* s) noexcept {
  const __m128i high = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kStopNibbles.high.data()));
  const __m128i low = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kStopNibbles.low.data()));
  const __m256i high_table = _mm256_broadcastsi128_si256(high), low_table = _mm256_broadcastsi128_si256(low);
  const __m256i nibble = _mm256_set1_epi8(0x0F), zero = _mm256_setzero_si256();
  uint64_t bits = 0;
  for (int k = 0; k < 64; k += 32) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + k));
    const __m256i h = _mm256_shuffle_epi8(high_table, _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble));
    const __m256i l = _mm256_shuffle_epi8(low_table, _mm256_and_si256(v, nibble));
    const __m256i none = _mm256_cmpeq_epi8(_mm256_and_si256(h, l), zero);
    bits |= static_cast<uint64_t>(~static_cast<uint32_t>(_mm256_movemask_epi8(none))) << k;
  }
  return bits;
}

bool has_avx2() noexcept {
  __builtin_cpu_init();  // idempotent; needed if the first call comes from a static constructor
  return __builtin_cpu_supports("avx2");
}
#endif
inline uint64_t stop_bits_bytes(const unsigned char* s) noexcept {
  uint64_t bits = 0;
  for (int k = 0; k < 64; ++k) bits |= uint64_t{is_stop_byte(s[k])} << k;
  return bits;
}

// The 12-byte array (tokenize's output).
class FullForm {
 public:
  FullForm(std::string_view text, std::span<const tc_token> tokens) : text_(text), tok_(tokens.data()), n_(tokens.size()) {}

  size_t size() const { return n_; }
  uint16_t kind(size_t i) const { return tok_[i].kind; }
  uint16_t flags(size_t i) const { return tok_[i].flags; }
  uint32_t begin(size_t i) const { return tok_[i].begin; }
  uint32_t end(size_t i) const { return tok_[i].end; }
  uint32_t first_cp(size_t i) const {
    return first_cp_at(reinterpret_cast<const unsigned char*>(text_.data()) + tok_[i].begin, tok_[i].end - tok_[i].begin);
  }

  Step first() const { return skip_space(0); }
  // The inner loop's positions: p is a horizontal space token; p is a line break (`end`, the end of the
  // non-space token before, is unused here).
  bool is_space(size_t p) const { return tok_[p].kind == TC_TOKEN_SPACE; }
  bool breaks_line(size_t p, uint32_t /*end*/) const { return tok_[p].kind == TC_TOKEN_LINEBREAK; }
  // The token after the line break at position p.
  Step after_break(size_t p) const { return {skip_space(p + 1).next, true}; }
  // `end` is token i's end (unused here: the compact form reads the white space after it).
  Step next(size_t i, uint32_t /*end*/) const { return skip_space(i + 1); }
  size_t before(size_t i) const {
    size_t j = i - 1;
    while (j > 0 && (tok_[j].kind == TC_TOKEN_SPACE || tok_[j].kind == TC_TOKEN_LINEBREAK)) --j;
    return j;
  }
  Gap gap(size_t i, size_t j) const {
    Gap g;
    for (size_t k = i + 1; k < j; ++k) {
      if (tok_[k].kind != TC_TOKEN_LINEBREAK) continue;
      ++g.breaks;
      g.paragraph |= first_cp(k) == 0x2029;
    }
    return g;
  }
  size_t width(size_t i, size_t j) const { return j - i; }

 private:
  // The first non-space token at or after k.
  Step skip_space(size_t k) const {
    bool brk = false;
    for (; k < n_; ++k) {
      const uint16_t kind = tok_[k].kind;
      if (kind == TC_TOKEN_SPACE) continue;
      if (kind != TC_TOKEN_LINEBREAK) break;
      brk = true;
    }
    return {k, brk};
  }

  std::string_view text_;
  const tc_token* tok_;
  size_t n_;
};

// The compact form: the white space between tokens is read from the text's bytes.
class CompactForm {
 public:
  CompactForm(std::string_view text, const CompactTokens& tokens)
      : text_(text), tok_(tokens.tokens.data()), n_(tokens.tokens.size()), view_(tokens.tokens, tokens.long_tokens) {}

  size_t size() const { return n_; }
  uint16_t kind(size_t i) const { return tok_[i].kind; }
  uint16_t flags(size_t i) const { return tok_[i].flags; }
  uint32_t begin(size_t i) const { return tok_[i].begin; }
  uint32_t end(size_t i) const { return view_.end_of(i); }
  // A long token's length field is TC_TOKEN_LONG_LENGTH, still a bound below its real length.
  uint32_t first_cp(size_t i) const {
    return first_cp_at(reinterpret_cast<const unsigned char*>(text_.data()) + tok_[i].begin, tok_[i].length);
  }

  Step first() const { return {0, false}; }
  // The inner loop's positions are the tokens; token p breaks the line when the white space between the
  // token ending at `end` and p holds a line break.
  bool is_space(size_t) const { return false; }
  bool breaks_line(size_t p, uint32_t end) const { return has_break(end, tok_[p].begin); }
  Step after_break(size_t p) const { return {p, true}; }
  Step next(size_t i, uint32_t end) const {
    const size_t j = i + 1;
    return {j, j < n_ && has_break(end, tok_[j].begin)};
  }
  size_t before(size_t i) const { return i - 1; }
  Gap gap(size_t i, size_t j) const { return gap_bytes(end(i), tok_[j].begin); }

  // The run of ordinary tokens after token i, which ends at `end`: the first later token that has a line
  // break in the white space before it or is terminal punctuation (`is_terminal`), and `end` moved to the
  // end of the token before it. What the splitter's inner loop finds token by token, found here from the
  // bytes: only a stop byte (next_stop_byte) can make a token stop the run, and one comes every 50 bytes
  // or so of news, so the tokens between are passed with a compare each, not three tests (issue 19: the
  // inner loop was most of split_sentences' instructions, some 24 a token).
  template <class IsTerminal>
  Step run_to_stop(size_t i, uint32_t& end, const IsTerminal& is_terminal) const {
    size_t p = i + 1;
    uint32_t from = end;  // the bytes before `from` hold no stop byte left to examine
    while (true) {
      const uint32_t q = next_stop_byte(from);
      // Tokens that begin before the stop byte neither follow a line break nor start with terminal
      // punctuation: ordinary.
      p = first_at_or_after(p, q);
      if (p == n_) {
        end = end_of_run(p);
        return {n_, false};
      }
      if (q < tok_[p].begin) {
        // In the white space before token p (a line break, or other white space such as U+00A0), or
        // inside token p - 1 (a period of "3.5").
        if (q >= end_of_run(p) && is_break_at(q)) {
          end = end_of_run(p);
          return {p, true};
        }
      } else if (tok_[p].kind == TC_TOKEN_PUNCT && is_terminal(p)) {  // token p starts at the stop byte
        end = end_of_run(p);
        return {p, false};
      }
      from = q + 1;
    }
  }
  size_t width(size_t i, size_t j) const {
    const uint32_t from = end(i), to = tok_[j].begin;
    return from == to ? 1 : 1 + space_tokens(from, to);
  }

 private:
  // The gap [from, to): white space only (the tokens around it are not).
  Gap gap_bytes(uint32_t from, uint32_t to) const {
    Gap g;
    const auto* s = reinterpret_cast<const unsigned char*>(text_.data());
    for (uint32_t p = from; p < to;) {
      const unsigned c = s[p];
      if (c < 0x80) {
        if (c == '\n' || c == '\v' || c == '\f') ++g.breaks;
        if (c == '\r') {
          ++g.breaks;
          if (p + 1 < to && s[p + 1] == '\n') ++p;  // \r\n is one line break
        }
        ++p;
        continue;
      }
      const textchain::utf8::CodePoint d = textchain::utf8::decode(text_, p);
      if (d.cp == 0x85 || d.cp == 0x2028 || d.cp == 0x2029) ++g.breaks;
      g.paragraph |= d.cp == 0x2029;
      p += d.size;
    }
    return g;
  }
  // The first token from p on that begins at or after byte q (n_ when none). A stop byte comes every eight
  // tokens or so of news: they are compared four at a time (SSE2; the begins are sorted, so those before q
  // are a prefix of the four), not one by one (issue 19: this loop was a third of split_sentences' own
  // instructions).
  size_t first_at_or_after(size_t p, uint32_t q) const {
    // First eight tokens at a time by one compare of the eighth's begin (sorted: when it lies before q, all
    // eight do): a stop byte is some ten tokens on in news (the 2 MB sample: split_sentences 7.41M -> 6.77M
    // instructions).
    while (p + 8 <= n_ && tok_[p + 7].begin < q) p += 8;
#if defined(__SSE2__)
    // Begins are unsigned 32-bit: flipping the top bit of both sides makes the signed compare an unsigned one.
    const __m128i top = _mm_set1_epi32(INT32_MIN);
    const __m128i qv = _mm_xor_si128(_mm_set1_epi32(static_cast<int32_t>(q)), top);
    static_assert(sizeof(tc_token_compact) == 8 && offsetof(tc_token_compact, begin) == 0);
    while (p + 4 <= n_) {
      const __m128 two = _mm_castsi128_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(tok_ + p)));
      const __m128 next_two = _mm_castsi128_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(tok_ + p + 2)));
      const __m128i begins = _mm_castps_si128(_mm_shuffle_ps(two, next_two, _MM_SHUFFLE(2, 0, 2, 0)));
      const int before = _mm_movemask_ps(_mm_castsi128_ps(_mm_cmplt_epi32(_mm_xor_si128(begins, top), qv)));
      if (before != 15) return p + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(~before)));
      p += 4;
    }
#endif
    while (p < n_ && tok_[p].begin < q) ++p;
    return p;
  }
  // The end of token p - 1, the last of the run (p > i, the run's first token).
  uint32_t end_of_run(size_t p) const { return view_.end_of(p - 1); }
  // The first stop byte (is_stop_byte) at or after `from`, the text's size when none. The bits of the 64
  // bytes from block_ are kept: the runs of a sentence ask several times within a block, which is
  // classified once.
  uint32_t next_stop_byte(uint32_t at) const {
    const auto* s = reinterpret_cast<const unsigned char*>(text_.data());
    const size_t size = text_.size();
    size_t from = at;
    while (true) {
      if (from - block_ < 64) {  // within the block (unsigned: `from` before it is not)
        const uint64_t bits = stop_bits_ >> (from - block_);
        if (bits) return static_cast<uint32_t>(from + static_cast<size_t>(__builtin_ctzll(bits)));
        from = block_ + 64;
      }
      if (from >= size) return static_cast<uint32_t>(size);
      block_ = from;
      if (size - from >= 64) {
        stop_bits_ = stop_bits(s + from);
      } else {
        // The last bytes, in a block of zeros (no stop byte).
        unsigned char tail[64] = {};
        std::memcpy(tail, s + from, size - from);
        stop_bits_ = stop_bits(tail);
      }
    }
  }
  uint64_t stop_bits(const unsigned char* p) const {
#if defined(TEXTCHAIN_SPLITTER_AVX2)
    if (avx2_) return stop_bits_avx2(p);
#endif
#if defined(__SSE2__)
    return stop_bits_sse2(p);
#else
    return stop_bits_bytes(p);
#endif
  }
  // Whether the character at byte q, a stop byte in white space, is a line break (as gap_bytes counts them).
  bool is_break_at(uint32_t q) const {
    const auto* s = reinterpret_cast<const unsigned char*>(text_.data());
    const size_t left = text_.size() - q;
    switch (s[q]) {
      case '\n': case '\v': case '\f': case '\r': return true;
      case 0xC2: return left >= 2 && s[q + 1] == 0x85;                                          // U+0085
      case 0xE2: return left >= 3 && s[q + 1] == 0x80 && (s[q + 2] == 0xA8 || s[q + 2] == 0xA9);  // U+2028, U+2029
      default: return false;
    }
  }
  bool has_break(uint32_t from, uint32_t to) const {
    if (to - from <= 1 && (to == from || text_[from] == ' ')) return false;  // the gap of nearly every token
    return gap_bytes(from, to).breaks != 0;
  }
  // The white-space tokens of a gap without line breaks: one for a run of ASCII spaces, which is nearly
  // every gap; otherwise as the tokenizer splits it (tabs and spaces of other kinds are tokens of their
  // own), which this asks it.
  size_t space_tokens(uint32_t from, uint32_t to) const {
    if (text_.find_first_not_of(' ', from) >= to) return 1;
    tokenize(text_.substr(from, to - from), scratch_);
    return scratch_.size();
  }

  std::string_view text_;
  const tc_token_compact* tok_;
  size_t n_;
  textchain::CompactTokenView view_;
  mutable std::vector<tc_token> scratch_;  // space_tokens' tokens of an unusual gap
  // next_stop_byte's block: where it starts (none yet: far past any text) and its stop bits.
  mutable size_t block_ = SIZE_MAX / 2;
  mutable uint64_t stop_bits_ = 0;
#if defined(TEXTCHAIN_SPLITTER_AVX2)
  inline static const bool avx2_ = has_avx2();
#endif
};

// ---- The rules, once for both forms ------------------------------------------------------------------
template <class Form>
class Splitter {
 public:
  // The form is built in place from `text` and the tokens: the splitter reads its fields directly.
  template <class Tokens>
  Splitter(std::string_view text, const Tokens& tokens, std::vector<tc_sentence>& out)
      : tok_(text, tokens), text_(text), out_(out) {}

  void run() {
    const size_t n = tok_.size();
    Step at = tok_.first();  // the next token, and whether a line break stands before it
    while (at.next < n) {
      const size_t i = at.next;
      if (at.brk) on_line_break(i);
      if (tok_.kind(i) == TC_TOKEN_PUNCT && is_terminal(i)) {
        at = on_terminal(i);
        continue;
      }
      // An ordinary token opens or extends the sentence, and so do those after it up to the next line
      // break or terminal: nearly every token of a text goes through this inner loop, which keeps the
      // sentence's end in a register instead of storing it per token. (A branch-free update of the end,
      // branching only on punctuation and line breaks, ran 6% more instructions and was slower.)
      if (!open_) {
        open_ = true;
        begin_ = tok_.begin(i);
      }
      uint32_t end = tok_.end(i);
      if constexpr (std::is_same_v<Form, CompactForm>) {  // the loop below, from the bytes
        at = tok_.run_to_stop(i, end, [this](size_t p) { return is_terminal(p); });
        end_ = end;
        continue;
      }
      for (size_t p = i + 1;; ++p) {
        if (p == n) {
          at = {n, false};
          break;
        }
        if (tok_.is_space(p)) continue;
        if (tok_.breaks_line(p, end)) {
          at = tok_.after_break(p);
          break;
        }
        if (tok_.kind(p) == TC_TOKEN_PUNCT && is_terminal(p)) {
          at = {p, false};
          break;
        }
        end = tok_.end(p);
      }
      end_ = end;
    }
    close();  // white space at the end of the text, line breaks included, ends the sentence
  }

 private:
  void extend(size_t i) {
    if (!open_) {
      open_ = true;
      begin_ = tok_.begin(i);
    }
    end_ = tok_.end(i);
  }
  void close() {
    if (open_) out_.push_back({begin_, end_});
    open_ = false;
  }

  std::string_view text_of(size_t i) const { return text_.substr(tok_.begin(i), tok_.end(i) - tok_.begin(i)); }

  bool is_terminal(size_t i) const {
    if (tok_.kind(i) != TC_TOKEN_PUNCT) return false;
    // Most punctuation is a comma or a period: its first byte decides, without decoding.
    const TerminalLead lead = kTerminalLead[static_cast<unsigned char>(text_[tok_.begin(i)])];
    return lead == TerminalLead::kMaybe ? is_terminal_cp(tok_.first_cp(i)) : lead == TerminalLead::kYes;
  }
  // CJK full stops end a sentence without a following space.
  bool needs_no_space(size_t i) const {
    const uint32_t c = tok_.first_cp(i);
    return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF61;
  }
  bool is_closer(size_t i) const {
    if (tok_.kind(i) == TC_TOKEN_QUOTE) return true;
    if (tok_.kind(i) != TC_TOKEN_PUNCT) return false;
    const uint32_t c = tok_.first_cp(i);
    return c == ')' || c == ']' || c == '}';
  }

  // The first word or number at or after token k on the same line, skipping opening quotes, brackets,
  // bullets and dashes; SIZE_MAX when none within reach (kMaxLookahead tokens of the 12-byte array,
  // white space included).
  size_t next_word(size_t k) const {
    for (size_t steps = 0; steps < kMaxLookahead;) {
      const uint16_t kind = tok_.kind(k);
      if (kind == TC_TOKEN_WORD || kind == TC_TOKEN_NUMBER) return k;
      const Step s = tok_.next(k, tok_.end(k));
      if (s.next == tok_.size() || s.brk) return SIZE_MAX;
      steps += tok_.width(k, s.next);
      k = s.next;
    }
    return SIZE_MAX;
  }
  U::Props first_props(size_t k) const { return U::props_of(tok_.first_cp(k)); }
  bool starts_lowercase(size_t k) const { return k != SIZE_MAX && U::is_lower(first_props(k)); }
  bool starts_uppercase(size_t k) const { return k != SIZE_MAX && U::is_upper(first_props(k)); }

  // The abbreviation a period at token `dot` closes, if any; `number_next`: the token after the white
  // space that follows is a number on the same line.
  Abbreviation abbreviation_before(size_t dot, bool number_next) const {
    if (dot == 0 || text_[tok_.begin(dot)] != '.') return Abbreviation::kNone;
    const size_t w = dot - 1;
    if (tok_.kind(w) != TC_TOKEN_WORD || tok_.end(w) != tok_.begin(dot)) return Abbreviation::kNone;
    // The tokenizer has looked the word up already: it flags every word whose period the lexicon reads
    // as a kNeverFinal or kMaybeFinal abbreviation's (token_flags.hpp). An unflagged word is no
    // abbreviation, or a kBeforeNumber one, which only matters when a number follows; only then is the
    // lexicon asked again.
    if (!(tok_.flags(w) & TC_TOKEN_ABBREVIATION) && !number_next) return Abbreviation::kNone;
    return abbreviation_kind(text_of(w));
  }

  // Token i is terminal punctuation: consume the run of terminals and closers glued to it, decide whether
  // the sentence ends there, and return the token to continue from.
  Step on_terminal(size_t i) {
    const size_t n = tok_.size();
    const size_t first = i;
    // end_ is the end of the last token extended: the next token is glued to it when it begins there.
    extend(i);
    Step s = tok_.next(i, end_);
    while (s.next < n && tok_.begin(s.next) == end_ && is_terminal(s.next)) {
      i = s.next;
      extend(i);
      s = tok_.next(i, end_);
    }
    const size_t last_terminal = i;
    const bool single = last_terminal == first;
    while (s.next < n && tok_.begin(s.next) == end_ && is_closer(s.next)) {
      i = s.next;
      extend(i);
      s = tok_.next(i, end_);
    }
    if (s.next == n) {
      close();
      return s;
    }
    const size_t k = s.next;
    if (s.brk) {
      // The line ends with terminal punctuation. Only an abbreviation continued on a lowercase line
      // ("former U.S.\n  officials") is a sentence broken by the scraper.
      const Abbreviation abbr = single ? abbreviation_before(first, false) : Abbreviation::kNone;
      if (abbr != Abbreviation::kNone && abbr != Abbreviation::kBeforeNumber && tok_.gap(i, k).breaks == 1 &&
          starts_lowercase(next_word(k)))
        return s;
      close();
      return s;
    }
    if (tok_.begin(k) == end_) {
      if (needs_no_space(last_terminal)) close();
      return s;  // "U.S.-led", "3.)": punctuation glued to what follows is not a sentence end
    }
    // A quote mark alone before the end of the line closes the sentence: `invalid. "` + newline.
    if (tok_.kind(k) == TC_TOKEN_QUOTE) {
      const Step q = tok_.next(k, tok_.end(k));
      if (q.next == n || q.brk) {
        extend(k);
        close();
        return q;
      }
    }
    const size_t word = next_word(k);
    if (starts_lowercase(word)) return s;  // "e.g. the", `"Why?" she asked`
    const bool number = tok_.kind(k) == TC_TOKEN_NUMBER;
    switch (single ? abbreviation_before(first, number) : Abbreviation::kNone) {
      case Abbreviation::kNeverFinal: return s;
      case Abbreviation::kMaybeFinal:
        if (!starts_uppercase(word)) return s;
        break;
      case Abbreviation::kBeforeNumber:
        if (word == k && number) return s;
        break;
      case Abbreviation::kNone: break;
    }
    close();
    return s;
  }

  // The white space before token i holds a line break: decide whether it ends the open sentence.
  void on_line_break(size_t i) {
    if (!open_) return;  // terminal punctuation ended the line's sentence already
    const size_t prev = tok_.before(i);
    const Gap g = tok_.gap(prev, i);
    if (g.breaks >= 2 || g.paragraph) {
      // A sentence still open at a blank line had no terminal punctuation: one going on in lower case
      // after it is a sentence the scraper broke, not a heading or a new paragraph.
      if (!g.paragraph && starts_lowercase(next_word(i))) return;
      close();
      return;
    }
    if (looks_like_heading_end(prev) && starts_uppercase(next_word(i))) close();
  }

  // Whether the line that token j ends can be a heading or a complete line: it does not end with a comma,
  // a dash or a function word that the next line must complete.
  bool looks_like_heading_end(size_t j) const {
    if (tok_.kind(j) == TC_TOKEN_WORD) return !is_function_word(text_of(j));
    if (tok_.kind(j) == TC_TOKEN_PUNCT) {
      switch (tok_.first_cp(j)) {
        case ',': case ';': case '-': case '(': case '/': case '&':
        case 0x2013: case 0x2014:  // – —
          return false;
        default:
          return true;
      }
    }
    return true;
  }

  Form tok_;
  std::string_view text_;
  std::vector<tc_sentence>& out_;
  bool open_ = false;
  uint32_t begin_ = 0, end_ = 0;
};

}  // namespace

void split_sentences(std::string_view text, std::span<const tc_token> tokens, std::vector<tc_sentence>& out) {
  out.clear();
  Splitter<FullForm>(text, tokens, out).run();
}

void split_sentences(std::string_view text, const CompactTokens& tokens, std::vector<tc_sentence>& out) {
  out.clear();
  Splitter<CompactForm>(text, tokens, out).run();
}

}  // namespace textchain::text
