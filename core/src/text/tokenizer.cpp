// UAX #29 word segmentation, with every token's kind and case/shape flags, in three layers.
//
// Why three: the rules are stated on code points and need right context (WB6/7, WB11/12 look one
// character ahead), yet nearly all news text is ASCII letters, spaces and a little punctuation, where the
// rules reduce to a few byte classes. Each layer handles what it can decide cheaply and hands the rest on,
// and all three must produce exactly what the general rules produce (the tests compare them with
// tokenize_general_only and WordBreakTest.txt, with each block classifier).
//
//  1. The block path (ascii_block_tokens): from a token start with 64 bytes left, ascii_block.hpp
//     classifies the bytes into bit masks with SIMD compares (AVX2 or SSE2, picked at run time because the
//     build targets plain x86-64; a byte loop elsewhere). Boundaries, kinds and flags of the all-ASCII
//     stretch (curly quotes included, the one non-ASCII character common in English news) then come from
//     mask algebra and one table, so a token costs a trailing-zero count, a table
//     load and three stores, with no branch on what it is. With AVX-512 (VBMI2), in the 12-byte form, the
//     block's tokens are written 16 at a time by vector permutes (write_block_tokens_avx512), with no step
//     per token at all, in a loop over blocks compiled for AVX-512 as a whole (ascii_blocks_avx512). Per-token work dominates English news (about
//     one token per three bytes), which is why the loop is kept free of calls and the rare cases ("3M",
//     abbreviations before a period) are patched after it.
//  2. The byte loop: finishes what a block cannot (a non-ASCII byte or CR ahead, a token running past the
//     block, the text's last 63 bytes) with one table lookup per ASCII byte, and runs alone on text in
//     other scripts, where a back-off keeps it from trying a block after every word.
//  3. The general scanner (scan_segment): every rule of UAX #29 on decoded code points, entered with the
//     state the faster layers reached, so each byte is examined about once either way. Letters after a
//     letter (WB5) take a short step, and two-byte letters (Greek, Cyrillic, Hebrew, Arabic, accented
//     Latin) a tighter one, since that is where text in other scripts spends its time.
//
// Measurements of the alternatives, kept and dropped, are in the commit messages of this file
// (`git log core/src/text/tokenizer.cpp`); comments below say why a piece is shaped as it is.
#include "text/tokenizer.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <stdexcept>

#include "text/ascii_block.hpp"
#include "text/sentence_lexicon.hpp"
#include "text/token_flags.hpp"
#include "text/unicode_props.hpp"
#include <textchain/utf8.hpp>

namespace textchain::text {
namespace {

// Where the tokens go: the 12-byte array, or (compiled a second time as tokenizer_compact.cpp) the compact
// form of ABI 1.2, which drops white space as it is appended. The scanning is the same. A second
// translation unit, not a template: with both instantiations in one, GCC inlined differently and the
// 12-byte path ran 2.6% more instructions on multilingual text (callgrind, tokenizer_bench).
#ifdef TEXTCHAIN_TOKENIZER_COMPACT
using TokenOut = CompactTokens;
#else
using TokenOut = std::vector<tc_token>;
#endif

// Where tokenize_with writes: a buffer of a block's tokens on the stack, appended to the output when a
// block needs it. The block path writes its tokens into it in place, with no capacity check per token; the
// compact form's block path writes 8-byte tokens there directly, and drops white space without a branch.
// Measured and dropped: a larger buffer, appended a few blocks at a time (256 tokens: 8% fewer
// instructions on English news but 10% slower, wall time, in alternating runs, likely the stores and the
// text's loads aliasing modulo 4 KiB; moving the buffer away from the text did not recover it), and
// writing into the output directly, sized ahead with resize (its zeroing cost twice the copy, callgrind).
// Session 36 (CPU time, 8 MiB English news, medians of alternating runs; base 9.5 ms a pass): the append is
// a real cost (skipping it, output wrong, 8.3 ms), yet every way tried to remove it was slower: the 256-token
// buffer 10.4 ms; tokens written straight into the output grown 1,024 slots at a time 10.9 ms; a copy of
// the whole 64-slot buffer, one fixed size, into the grown output 15.0 ms. Why is not established (this
// machine exposes no hardware counters); not the memory bandwidth: 4 KiB documents, whose tokens stay in
// cache, run at the same speed (tokenizer_bench's _4k_documents).
class TokenSink {
 public:
#ifdef TEXTCHAIN_TOKENIZER_COMPACT
  using Slot = tc_token_compact;
#else
  using Slot = tc_token;
#endif

  explicit TokenSink(TokenOut& out) noexcept : out_(out) {}
  TokenSink(const TokenSink&) = delete;
  TokenSink& operator=(const TokenSink&) = delete;

  // At least `k` (at most kChunk) slots free from cur().
  void ensure(size_t k) {
    if (static_cast<size_t>(buf_ + kChunk - cur_) < k) [[unlikely]] flush();
  }
  Slot* cur() const noexcept { return cur_; }
  void set_cur(Slot* p) noexcept { cur_ = p; }

  // One token, as CompactTokens::push_back would append it in the compact form (white space left out).
  void push_back(const tc_token& t) {
#ifdef TEXTCHAIN_TOKENIZER_COMPACT
    if (t.kind == TC_TOKEN_SPACE || t.kind == TC_TOKEN_LINEBREAK) return;
    ensure(1);
    const uint32_t length = t.end - t.begin;
    if (length >= TC_TOKEN_LONG_LENGTH) [[unlikely]]
      out_.long_tokens.push_back(tc_token_long{static_cast<uint32_t>(out_.tokens.size() + static_cast<size_t>(cur_ - buf_)), t.end});
    *cur_++ = tc_token_compact{t.begin, static_cast<uint16_t>(length < TC_TOKEN_LONG_LENGTH ? length : TC_TOKEN_LONG_LENGTH),
                               static_cast<uint8_t>(t.kind), static_cast<uint8_t>(t.flags)};
#else
    ensure(1);
    *cur_++ = t;
#endif
  }

  // Copies the buffered tokens to the output.
  [[gnu::noinline]] void flush() {
#ifdef TEXTCHAIN_TOKENIZER_COMPACT
    out_.tokens.insert(out_.tokens.end(), buf_, cur_);
#else
    // The AVX-512 writer stores whole 64-byte vectors (note_written): copied up to their end, memmove reads
    // the buffer in the same 64-byte pieces, and the slots past the tokens are then dropped from the output.
    // Copied up to the last token, memmove's last loads straddle two of the writer's stores, which the
    // processor cannot forward while they wait in the store buffer behind the output's own stores (perf:
    // those two loads took 53% of memmove's samples, memmove 30% of the tokenizer).
    Slot* const end = std::max(cur_, written_);
    out_.insert(out_.end(), buf_, end);
    if (end != cur_) out_.resize(out_.size() - static_cast<size_t>(end - cur_));
    written_ = buf_;
#endif
    cur_ = buf_;
  }
#ifndef TEXTCHAIN_TOKENIZER_COMPACT
  // Slots up to `end` hold tokens or copies the block writer wrote past its last token.
  void note_written(Slot* end) noexcept { written_ = end; }
#endif

 private:
  // One block's worth: a block writes at most one token a byte.
  static constexpr size_t kChunk = 64;

  TokenOut& out_;
  alignas(64) Slot buf_[kChunk];  // the AVX-512 writer's 64-byte stores (and memmove's loads) each within a cache line
  Slot* cur_ = buf_;
#ifndef TEXTCHAIN_TOKENIZER_COMPACT
  Slot* written_ = buf_;
#endif
};

using unicode::Props;
using unicode::WordBreak;
namespace U = unicode;

// ---- The general scanner ------------------------------------------------------------------------

struct Char {
  Props props;
  uint32_t len;
  bool bad;  // an ill-formed byte: its own segment, breaks on both sides
};

// The properties of the characters written in two bytes (U+0080-U+07FF: Latin-1 and Latin Extended, IPA,
// Greek, Cyrillic, Armenian, Hebrew, Arabic, Syriac, Thaana, NKo), by lead byte (0xC2-0xDF) and the low six
// bits of the continuation byte: one load where props_of takes two, and no general decoding.
constexpr unsigned kTwoByteLeads = 0xE0 - 0xC2;
constexpr auto kTwoByteProps = [] {
  std::array<Props, kTwoByteLeads * 64> t{};
  for (unsigned lead = 0; lead < kTwoByteLeads; ++lead)
    for (unsigned low = 0; low < 64; ++low) t[lead << 6 | low] = U::props_of((lead + 2) << 6 | low);
  return t;
}();

// Always inline: it sits on every path of the byte loop and the general scanner, and GCC's inliner,
// near its limit in tokenize_with, otherwise leaves it out of line (a call per non-ASCII character).
[[gnu::always_inline]] inline Char read_char(const unsigned char* s, size_t n, size_t i) noexcept {
  if (s[i] < 0x80) return {U::props_of(s[i]), 1, false};
  const unsigned lead = s[i] - 0xC2u;
  if (lead < kTwoByteLeads && n - i >= 2) {
    const unsigned low = s[i + 1] ^ 0x80u;
    if (low < 64) return {kTwoByteProps[lead << 6 | low], 2, false};
  }
  const textchain::utf8::CodePoint d = textchain::utf8::decode_strict(s + i, n - i);
  if (d.size == 0) return {0, 1, true};
  return {U::props_of(d.cp), static_cast<uint32_t>(d.size), false};
}

constexpr bool is_ignorable(WordBreak w) { return w == U::kExtend || w == U::kFormat || w == U::kZWJ; }
constexpr bool is_ahletter(WordBreak w) { return w == U::kALetter || w == U::kHebrewLetter; }
constexpr uint32_t kAHLetterSet = 1u << U::kALetter | 1u << U::kHebrewLetter;  // as bits 1 << WordBreak

// What the pair (effective previous class, current class) decides, once WB3a-WB4 are out of the way.
enum Action : uint8_t {
  kBreak,
  kJoin,
  kMidLetterAhead,  // WB6/7: join if an AHLetter follows (ignoring Extend/Format/ZWJ)
  kMidNumAhead,     // WB11/12: join if a Numeric follows
  kHebrewDqAhead,   // WB7b/c: join if a Hebrew_Letter follows
  kHebrewSq,        // WB6/7 if an AHLetter follows, else WB7a (join, and the quote ends the run)
  kRegional,        // WB15/16: join if the segment holds an odd number of RIs so far
};

constexpr std::array<std::array<Action, U::kWordBreakCount>, U::kWordBreakCount> make_actions() {
  std::array<std::array<Action, U::kWordBreakCount>, U::kWordBreakCount> a{};
  constexpr WordBreak ah[] = {U::kALetter, U::kHebrewLetter};
  for (WordBreak p : ah) {
    for (WordBreak c : ah) a[p][c] = kJoin;                                                   // WB5
    a[p][U::kMidLetter] = a[p][U::kMidNumLet] = a[p][U::kSingleQuote] = kMidLetterAhead;      // WB6/7
    a[p][U::kNumeric] = kJoin;                                                                // WB9
    a[U::kNumeric][p] = kJoin;                                                                // WB10
    a[p][U::kExtendNumLet] = kJoin;                                                           // WB13a
    a[U::kExtendNumLet][p] = kJoin;                                                           // WB13b
  }
  a[U::kHebrewLetter][U::kSingleQuote] = kHebrewSq;                                           // WB7a
  a[U::kHebrewLetter][U::kDoubleQuote] = kHebrewDqAhead;                                      // WB7b/c
  a[U::kNumeric][U::kNumeric] = kJoin;                                                        // WB8
  a[U::kNumeric][U::kMidNum] = a[U::kNumeric][U::kMidNumLet] = a[U::kNumeric][U::kSingleQuote] =
      kMidNumAhead;                                                                           // WB11/12
  a[U::kKatakana][U::kKatakana] = kJoin;                                                      // WB13
  a[U::kNumeric][U::kExtendNumLet] = a[U::kKatakana][U::kExtendNumLet] =
      a[U::kExtendNumLet][U::kExtendNumLet] = kJoin;                                          // WB13a
  a[U::kExtendNumLet][U::kNumeric] = a[U::kExtendNumLet][U::kKatakana] = kJoin;               // WB13b
  a[U::kRegionalIndicator][U::kRegionalIndicator] = kRegional;                                // WB15/16
  return a;
}
constexpr auto kActions = make_actions();
static_assert(kActions[U::kALetter][U::kALetter] == kJoin && kActions[U::kALetter][U::kHebrewLetter] == kJoin &&
                  kActions[U::kHebrewLetter][U::kALetter] == kJoin && kActions[U::kHebrewLetter][U::kHebrewLetter] == kJoin,
              "scan_segment's letter-after-letter step is WB5");

// Flags accumulated over a segment to pick its kind.
constexpr uint8_t kHasLetter = 2, kHasDigit = 4;

// kHasLetter for a character that starts a word, kHasDigit for one that starts a number: by the kind
// bits' value, a lookup rather than two compares per character of the general scanner.
constexpr std::array<uint8_t, 8> kKindFlags = [] {
  std::array<uint8_t, 8> t{};
  t[TC_TOKEN_WORD] = kHasLetter;
  t[TC_TOKEN_NUMBER] = kHasDigit;
  return t;
}();
constexpr uint8_t kind_flags(Props p) { return kKindFlags[U::token_kind(p)]; }

struct SegState {
  WordBreak prev;       // class of the last character that WB4 does not skip
  bool raw_zwj;         // the very last character is ZWJ (WB3c looks at it, not at `prev`)
  bool raw_wsegspace;   // the very last character is WSegSpace (WB3d)
  uint8_t ri_count;     // regional indicators in the segment so far
  uint8_t flags;        // kHasLetter | kHasDigit
  TokenShape shape;     // every character's case and shape bits, for the token flags (token_flags.hpp)
};

// A character's shape bits as the scanner adds them to the segment's TokenShape.
inline uint8_t shape_bits(const Char& c) noexcept {
  return static_cast<uint8_t>(char_shape(c.props) | (c.len > 1 ? kShapeNonAscii : 0));
}

// True when the first character at or after j that WB4 does not skip has class `want`.
inline bool next_effective_is(const unsigned char* s, size_t n, size_t j, WordBreak want, bool ahletter) {
  while (j < n) {
    const Char c = read_char(s, n, j);
    if (c.bad) return false;
    const WordBreak w = U::word_break(c.props);
    if (is_ignorable(w)) {
      j += c.len;
      continue;
    }
    return ahletter ? is_ahletter(w) : w == want;
  }
  return false;
}


static_assert([] {
  for (Props p : kTwoByteProps)
    if (is_ahletter(U::word_break(p)) && !(char_shape(p) & kShapeLetter)) return false;
  return true;
}(), "two_byte_letters assumes every AHLetter has the letter shape bit");

// Letters written in two bytes, after a letter (WB5), from i: the commonest step of words in Greek,
// Cyrillic, Hebrew, Arabic and accented Latin. Nothing else decides between two letters (see
// scan_segment), and a letter is neither ZWJ nor WSegSpace, so only prev, the flags and the shape change.
// The shape takes the short form of TokenShape::add: every AHLetter has the letter bit, so the letter that
// set prev already set first_letter, and each letter here can only add a capital after it.
// Returns where the run stops (the general step takes it from there).
[[gnu::always_inline]] inline size_t two_byte_letters(const unsigned char* s, size_t n, size_t i, SegState& st) {
  while (n - i >= 2) {
    const unsigned lead = s[i] - 0xC2u, low = s[i + 1] ^ 0x80u;
    if (lead >= kTwoByteLeads || low >= 64) break;
    const Props p = kTwoByteProps[lead << 6 | low];
    const WordBreak w = U::word_break(p);
    if (!is_ahletter(w)) break;
    st.prev = w;
    st.flags |= kind_flags(p);
    const uint8_t bits = char_shape(p);
    st.shape.all |= static_cast<uint8_t>(bits | kShapeNonAscii);
    st.shape.capital_after_first |= (bits & kShapeUpper) != 0;
    i += 2;
  }
  return i;
}

// The loop of continue_segment, on a state that lives in registers.
[[gnu::always_inline]] inline size_t scan_segment(const unsigned char* s, size_t n, size_t i, SegState& st) {
  while (i < n) {
    const Char c = read_char(s, n, i);
    if (c.bad) return i;
    const WordBreak w = U::word_break(c.props);
    // The commonest step inside a word: a letter after a letter (WB5). Nothing below decides otherwise
    // (WB3c would join too, WB3d and WB4 do not apply), so it skips to the updates.
    if ((((1u << w) | (1u << st.prev)) & ~kAHLetterSet) == 0) {
      st.prev = w;
      st.flags |= kind_flags(c.props);
      st.raw_zwj = false;
      st.raw_wsegspace = false;
      st.shape.add(shape_bits(c));
      i = two_byte_letters(s, n, i + c.len, st);
      continue;
    }
    if (w == U::kCR || w == U::kLF || w == U::kNewline) return i;  // WB3b
    bool update_prev = true;
    if (st.raw_zwj && U::is_ext_pict(c.props)) {
      // WB3c
    } else if (st.raw_wsegspace && w == U::kWSegSpace) {
      // WB3d
    } else if (is_ignorable(w)) {
      update_prev = false;  // WB4
    } else {
      const Action a = kActions[st.prev][w];
      // Joining and breaking are nearly all the pairs: tested first, the jump table only for the rest.
      if (a == kJoin) {
      } else if (a == kBreak) {
        return i;
      } else switch (a) {
        case kBreak:
        case kJoin: break;
        case kMidLetterAhead:
          if (!next_effective_is(s, n, i + c.len, U::kALetter, true)) return i;
          update_prev = false;  // the letter that follows joins through `prev` (WB7)
          break;
        case kMidNumAhead:
          if (!next_effective_is(s, n, i + c.len, U::kNumeric, false)) return i;
          update_prev = false;
          break;
        case kHebrewDqAhead:
          if (!next_effective_is(s, n, i + c.len, U::kHebrewLetter, false)) return i;
          update_prev = false;
          break;
        case kHebrewSq:
          // Followed by a letter it is WB6/7 and the word goes on; otherwise WB7a keeps the quote.
          if (next_effective_is(s, n, i + c.len, U::kALetter, true)) update_prev = false;
          break;
        case kRegional:
          if ((st.ri_count & 1) == 0) return i;
          break;
      }
    }
    if (update_prev) {
      st.prev = w;
      st.flags |= kind_flags(c.props);
      if (w == U::kRegionalIndicator) ++st.ri_count;
    }
    st.raw_zwj = w == U::kZWJ;
    st.raw_wsegspace = w == U::kWSegSpace;
    st.shape.add(shape_bits(c));
    i += c.len;
  }
  return n;
}

// Continues the segment whose unscanned part starts at i; returns the segment's end. The state is copied
// in and out: scanned through the reference, it went to memory and back for every character.
size_t continue_segment(const unsigned char* s, size_t n, size_t i, SegState& io) {
  SegState st = io;
  i = scan_segment(s, n, i, st);
  io = st;
  return i;
}

constexpr uint16_t kind_of(uint8_t flags, uint16_t first_kind) {
  if (flags & kHasLetter) return TC_TOKEN_WORD;
  return (flags & kHasDigit) ? static_cast<uint16_t>(TC_TOKEN_NUMBER) : first_kind;
}

// ---- The ASCII fast path ------------------------------------------------------------------------

// Per byte: what the fast path does with it. Built from the generated table, so the two cannot disagree.
constexpr uint8_t kFWord = 1;  // ALetter, Numeric or ExtendNumLet: joins any other of the three
// kHasLetter = 2, kHasDigit = 4 as above
constexpr uint8_t kFMidLetter = 8;  // MidLetter, MidNumLet, Single_Quote: joins letters (WB6/7)
constexpr uint8_t kFMidNum = 16;    // MidNum, MidNumLet, Single_Quote: joins digits (WB11/12)
constexpr uint8_t kFNonAscii = 32;
constexpr uint8_t kFUpper = 64;   // A-Z: for the token flags, accumulated with the rest
constexpr uint8_t kFLower = 128;  // a-z

constexpr std::array<uint8_t, 256> make_fast() {
  std::array<uint8_t, 256> f{};
  for (unsigned c = 0; c < 128; ++c) {
    const Props p = U::props_of(c);
    const WordBreak w = U::word_break(p);
    uint8_t v = 0;
    if (w == U::kALetter || w == U::kNumeric || w == U::kExtendNumLet) v |= kFWord | kind_flags(p);
    if (w == U::kMidLetter || w == U::kMidNumLet || w == U::kSingleQuote) v |= kFMidLetter;
    if (w == U::kMidNum || w == U::kMidNumLet || w == U::kSingleQuote) v |= kFMidNum;
    if (U::is_upper(p)) v |= kFUpper;
    if (U::is_lower(p)) v |= kFLower;
    f[c] = v;
  }
  for (unsigned c = 128; c < 256; ++c) f[c] = kFNonAscii;
  return f;
}
constexpr auto kFast = make_fast();

constexpr std::array<uint16_t, 128> make_ascii_kind() {
  std::array<uint16_t, 128> k{};
  for (unsigned c = 0; c < 128; ++c) k[c] = U::token_kind(U::props_of(c));
  return k;
}
constexpr auto kAsciiKind = make_ascii_kind();

enum AsciiStart : uint8_t { kStartSingle, kStartWord, kStartSpace, kStartCR, kStartLF };

constexpr std::array<AsciiStart, 128> make_ascii_start() {
  std::array<AsciiStart, 128> a{};
  for (unsigned c = 0; c < 128; ++c) {
    const WordBreak w = U::word_break(U::props_of(c));
    a[c] = (kFast[c] & kFWord)      ? kStartWord
           : w == U::kWSegSpace     ? kStartSpace
           : w == U::kCR            ? kStartCR
           : (w == U::kLF || w == U::kNewline) ? kStartLF
                                    : kStartSingle;
  }
  return a;
}
constexpr auto kAsciiStart = make_ascii_start();

// attaches_to_ascii relies on this: after a space or a single ASCII character, only WB3d and WB4 can join.
constexpr bool ascii_singles_only_break() {
  for (unsigned c = 0; c < 128; ++c) {
    if (kAsciiStart[c] != kStartSingle && kAsciiStart[c] != kStartSpace) continue;
    for (unsigned w = 0; w < U::kWordBreakCount; ++w)
      if (kActions[U::word_break(U::props_of(c))][w] != kBreak) return false;
  }
  return true;
}
static_assert(ascii_singles_only_break(), "an ASCII space or single character would join by a pair rule");

// Skips the run of ASCII letters, digits and underscores starting at i (all of them join: WB5, WB8-10,
// WB13a/b) and returns where it stops; ORs the kFast bits of its bytes into acc.
inline size_t scan_word_run(const unsigned char* s, size_t n, size_t i, uint8_t& acc) {
  const unsigned char* p = s + i;
  const unsigned char* const e = s + n;
  uint8_t a = acc;
  // Eight bytes a step while eight remain: one bounds check per step instead of one per byte.
  while (e - p >= 8) {
    for (int k = 0; k < 8; ++k) {
      const uint8_t f = kFast[p[k]];
      if (!(f & kFWord)) {
        acc = a;
        return static_cast<size_t>(p + k - s);
      }
      a |= f;
    }
    p += 8;
  }
  for (; p != e; ++p) {
    const uint8_t f = kFast[*p];
    if (!(f & kFWord)) break;
    a |= f;
  }
  acc = a;
  return static_cast<size_t>(p - s);
}

// The shape bits (token_flags.hpp) of the ASCII bytes whose kFast bits were ORed into acc: the hand-over
// to the general rules starts the segment's shape from them instead of reading the bytes again.
constexpr uint8_t shape_of_fast(uint8_t acc) noexcept {
  return static_cast<uint8_t>(((acc & kFUpper) ? kShapeUpper : 0) | ((acc & kFLower) ? kShapeLower : 0) |
                              ((acc & kHasLetter) ? kShapeLetter : 0) | ((acc & kHasDigit) ? kShapeDigit : 0));
}
constexpr bool shape_of_fast_matches() {
  for (unsigned c = 0; c < 128; ++c) {
    // Word bytes map exactly; the Mid characters the word loop joins add nothing to a shape.
    if ((kFast[c] & kFWord) && shape_of_fast(kFast[c]) != kAsciiShape[c]) return false;
    if ((kFast[c] & (kFMidLetter | kFMidNum)) && kAsciiShape[c] != 0) return false;
  }
  return true;
}
static_assert(shape_of_fast_matches(), "kFast's case bits and kAsciiShape disagree");

// A segment that starts at `start` with a character the fast path does not handle. `shape` gets the
// segment's shape (only meaningful for word and number segments).
// `c` is the character at `start`, already read.
// Inlined into the byte loop as it was before there were three copies of that loop (one per block classifier),
// and the scan inlined into it: through continue_segment, a call and the state copied in and out cost about
// 60 instructions a segment, a third of what a word in another script costs.
[[gnu::always_inline]] inline size_t general_segment_at(const unsigned char* s, size_t n, size_t start, const Char& c, uint16_t& kind, TokenShape& shape) {
  if (c.bad) {
    kind = TC_TOKEN_SYMBOL;
    return start + 1;
  }
  const WordBreak w = U::word_break(c.props);
  kind = U::token_kind(c.props);
  if (w == U::kCR) return (start + 1 < n && s[start + 1] == '\n') ? start + 2 : start + 1;  // WB3
  if (w == U::kLF || w == U::kNewline) return start + c.len;                               // WB3a
  SegState st{w, w == U::kZWJ, w == U::kWSegSpace, static_cast<uint8_t>(w == U::kRegionalIndicator),
              kind_flags(c.props), {}};
  st.shape.add(shape_bits(c));
  const size_t end = scan_segment(s, n, start + c.len, st);
  kind = kind_of(st.flags, kind);
  shape = st.shape;
  return end;
}

// (Unused in the compact form's translation unit, which has no tokenize_general_only.)
[[maybe_unused]] size_t general_segment(const unsigned char* s, size_t n, size_t start, uint16_t& kind, TokenShape& shape) {
  return general_segment_at(s, n, start, read_char(s, n, start), kind, shape);
}

// Whether the non-ASCII character `c` joins the segment of an ASCII space (WB3d: another WSegSpace; WB4)
// or of a single ASCII character (WB4), as continue_segment would decide; for these segments every other
// pair breaks (the action rows of WSegSpace and of the single characters hold only kBreak).
inline bool attaches_to_ascii(const Char& c, bool after_space) noexcept {
  if (c.bad) return false;
  const WordBreak w = U::word_break(c.props);
  return is_ignorable(w) || (after_space && w == U::kWSegSpace);
}

// Flags of a word or number token (ABI 1.1), decoding it again: what tokenize_general_only() computes, for
// the tests to compare with the flags tokenize() accumulates while it scans. tokenize() itself calls it
// only for ASCII words that do not start with a letter ("3M"). Out of line: the hot loop stays small.
[[gnu::noinline]] uint16_t token_flags(std::string_view text, size_t begin, size_t end, uint16_t kind) noexcept {
  if (kind != TC_TOKEN_WORD && kind != TC_TOKEN_NUMBER) return 0;
  const uint16_t f = shape_flags(text, begin, end);
  return kind == TC_TOKEN_WORD ? static_cast<uint16_t>(f | abbreviation_flag(text, begin, end, f)) : f;
}

// Flags of a segment the general scanner finished, from the shape it accumulated. Always inline: when
// tokenize_with grew (the AVX-512 writer inlined into it, tried), GCC left it out of line, a call per word of
// text in other scripts.
[[gnu::always_inline]] inline uint16_t scanned_flags(std::string_view text, size_t begin, size_t end, uint16_t kind, const TokenShape& shape) noexcept {
  if (kind != TC_TOKEN_WORD && kind != TC_TOKEN_NUMBER) return 0;
  uint16_t f = shape.flags();
  if (kind == TC_TOKEN_WORD && end < text.size() && text[end] == '.' && may_be_abbreviation(text.substr(begin, end - begin)))
    f |= abbreviation_flag(text, begin, end, f);
  return f;
}

// A character of class Other (a CJK ideograph, Hiragana, CJK punctuation, an emoji, most symbols)
// breaks from everything on both sides but for WB4: every pair rule in its row and column breaks, and WB3c
// and WB3d look at ZWJ and WSegSpace, which it is not. So a run of them is one segment each, unless an
// Extend, Format or ZWJ follows (the general rules then attach it).
constexpr bool other_only_breaks() {
  for (unsigned w = 0; w < U::kWordBreakCount; ++w)
    if (kActions[U::kOther][w] != kBreak || kActions[w][U::kOther] != kBreak) return false;
  return true;
}
static_assert(other_only_breaks(), "lone_characters assumes Other breaks from every class");
inline bool is_lone(const Char& c) noexcept { return !c.bad && U::word_break(c.props) == U::kOther; }

// Writes the segments of the run of lone characters (is_lone) from i, where `c` (already read) is the
// first: each character is read once, its segment written as the general scanner would finish it (kind from
// its own properties, as kind_of gives a one-character segment; flags from its shape). Returns where the
// run stops: the text's end, a character that is not lone, or a lone one with an Extend, Format or ZWJ
// after it, for the general scanner. About 100 instructions an ideograph through the general scanner (the
// character decoded twice, a segment's set-up), about half here.
// Out of line: inline, it grew tokenize_with enough that GCC stopped inlining read_char and
// may_be_abbreviation into it (multilingual CPU time 1.09-1.35x, English 1.02-1.09x), and a returned
// Char kept the loop's registers busy; a call per run costs little.
[[gnu::noinline]] size_t lone_characters(std::string_view text, size_t i, Char c, TokenSink& out) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (;;) {
    const size_t end = i + c.len;
    Char next{};
    if (end < n) {
      next = read_char(s, n, end);
      if (!next.bad && is_ignorable(U::word_break(next.props))) return i;  // WB4
    }
    const uint16_t kind = U::token_kind(c.props);
    TokenShape shape;
    shape.add(shape_bits(c));
    out.push_back(tc_token{static_cast<uint32_t>(i), static_cast<uint32_t>(end), kind, scanned_flags(text, i, end, kind, shape)});
    i = end;
    c = next;
    if (i >= n || !is_lone(c)) return i;
  }
}

// The kind and flags of an all-ASCII word that the fast path scanned, from the kFast bits the scan
// accumulated: `first` is kFast of its first byte, `acc` the OR of kFast over all its bytes except the first
// byte's kFUpper (so that it says whether a later letter is a capital, as in "McCain"). Six of those bits
// decide the kind and the case and shape flags, read from one table (kind in the low half, flags in the
// high half, as a tc_token holds them): written as branches, GCC 12 if-converted them into computing every
// outcome for every word, which doubled the tokenizer's instructions on news.
constexpr uint16_t kGeneralFlags = 0xFFFF;  // a word not starting with a letter ("3M"): the general way

// The table index keeps acc's bits where they are and moves first's two bits into unused positions.
constexpr uint8_t kAccShapeBits = kHasLetter | kHasDigit | kFUpper | kFLower;
constexpr uint8_t kFirstShapeBits = kHasLetter | kFUpper;
static_assert(((kFirstShapeBits >> 1) & kAccShapeBits) == 0, "first's bits must not land on acc's");
constexpr unsigned ascii_shape_index(uint8_t first, uint8_t acc) noexcept {
  return static_cast<unsigned>(acc & kAccShapeBits) | static_cast<unsigned>((first & kFirstShapeBits) >> 1);
}

constexpr std::array<uint32_t, 256> make_ascii_word_kind_flags() {
  std::array<uint32_t, 256> t{};
  for (unsigned first_bits : {0u, 1u * kHasLetter, 1u * kFUpper, 1u * (kHasLetter | kFUpper)}) {
    for (unsigned acc_bits = 0; acc_bits < 256; ++acc_bits) {
      if (acc_bits & ~unsigned{kAccShapeBits}) continue;
      const bool first_letter = first_bits & kHasLetter, first_up = first_bits & kFUpper,
                 letter = acc_bits & kHasLetter, digit = acc_bits & kHasDigit, later_up = acc_bits & kFUpper,
                 low = acc_bits & kFLower;
      uint16_t f = 0;
      if (!first_letter) {
        f = letter ? kGeneralFlags : digit ? static_cast<uint16_t>(TC_TOKEN_HAS_DIGIT) : uint16_t{0};
      } else {
        f = TC_TOKEN_HAS_LETTER;
        if (digit) f |= TC_TOKEN_HAS_DIGIT;
        const bool up = later_up || first_up;
        if (up && !low) f |= TC_TOKEN_ALL_CAPITALS;
        if (low && !up) f |= TC_TOKEN_LOWER_CASE;
        if (first_up) {
          f |= TC_TOKEN_INITIAL_CAPITAL;
          if (low && !later_up) f |= TC_TOKEN_TITLE_CASE;
        }
      }
      // kind_of's answer: a word run without letters or digits is underscores only (acc holds the first
      // byte's bits too).
      const uint16_t kind = kind_of(static_cast<uint8_t>(acc_bits & (kHasLetter | kHasDigit)), kAsciiKind['_']);
      t[ascii_shape_index(static_cast<uint8_t>(first_bits), static_cast<uint8_t>(acc_bits))] =
          kind | static_cast<uint32_t>(f) << 16;
    }
  }
  return t;
}
constexpr auto kAsciiWordKindFlags = make_ascii_word_kind_flags();

// The kind (low half) and flags (high half) of the ASCII word [begin, end).
[[gnu::always_inline]] inline uint32_t ascii_word_kind_flags(std::string_view text, size_t begin, size_t end, uint8_t first, uint8_t acc) noexcept {
  uint32_t kf = kAsciiWordKindFlags[ascii_shape_index(first, acc)];
  if ((kf >> 16) == kGeneralFlags) [[unlikely]]
    return TC_TOKEN_WORD | static_cast<uint32_t>(token_flags(text, begin, end, TC_TOKEN_WORD)) << 16;
  // A word before a period: the lexicon's inline filter turns nearly all of them away without the call.
  if (end < text.size() && text[end] == '.' && may_be_abbreviation({text.data() + begin, end - begin})) [[unlikely]]
    kf |= static_cast<uint32_t>(abbreviation_flag(text, begin, end, static_cast<uint16_t>(kf >> 16))) << 16;
  return kf;
}


// ---- The ASCII block path -----------------------------------------------------------------------
//
// 64 bytes at a time, from a token start: ascii_block.hpp turns them into bit masks (one SIMD compare per
// class), the token starts of the all-ASCII stretch come out of the masks at once, and each token is then
// one trailing-zero count, one table lookup and a store, with no branch on what it is. What the byte loop
// above decides one byte at a time, here as mask algebra:
//   - a word run (WB5, WB8-10, WB13a/b) is a run of letters, digits and '_', with the Mid characters that
//     have a letter on both sides (WB6/7) or a digit on both sides (WB11/12) joined into it;
//   - a space run is a run of ' ' (WB3d); every other byte is a token of its own (CR, which may pair with
//     LF, is left to the byte loop like non-ASCII bytes);
//   - a token's case and shape flags come from three bits at its end (a later capital, a small letter, a
//     digit anywhere in the run, by carry propagation over the run: adding 1 at each run start carries to
//     the run's end only through a run free of the class) and from its first byte.
// Only tokens that end at least two bytes before the first non-ASCII byte or CR (a Mid character's right
// neighbour decides) and inside the block are written; the rest goes to the byte loop. Curly quotes
// (ascii_block.hpp) do not stop a block: a lone one is a token like an ASCII single character, an
// apostrophe a Mid character three bytes wide.

namespace block = ascii_block;

constexpr bool only_chars(uint8_t fast_bit, const char* chars) {
  for (unsigned c = 0; c < 128; ++c) {
    bool listed = false;
    for (const char* p = chars; *p; ++p) listed |= static_cast<unsigned char>(*p) == c;
    if (((kFast[c] & fast_bit) != 0) != listed) return false;
  }
  return true;
}
constexpr bool block_classes_match_table() {
  for (unsigned c = 0; c < 128; ++c) {
    const bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z', digit = c >= '0' && c <= '9';
    if (((kFast[c] & kFUpper) != 0) != upper || ((kFast[c] & kFLower) != 0) != lower) return false;
    if (((kFast[c] & kHasLetter) != 0) != (upper || lower) || ((kFast[c] & kHasDigit) != 0) != digit) return false;
    if (((kFast[c] & kFWord) != 0) != (upper || lower || digit || c == '_')) return false;
    if ((kAsciiStart[c] == kStartSpace) != (c == ' ') || (kAsciiStart[c] == kStartCR) != (c == '\r')) return false;
  }
  return only_chars(kFMidLetter, block::kMidLetterChars) && only_chars(kFMidNum, block::kMidNumChars);
}
static_assert(block_classes_match_table(), "ascii_block.hpp's character classes and the Unicode table disagree");

// kind | flags << 16 of a block token, by its first byte and the three bits at its end (as spread writes
// them): 1 a capital after the first byte, 2 a small letter, 4 a digit (all three only for word runs).
constexpr uint32_t kBlockSlow = 0;  // a word run that starts with a digit or '_' and holds a letter ("3M")
constexpr unsigned kEndUpperLater = 1, kEndLower = 2, kEndDigit = 4;

// The table's index: the end bits low, so that the index is one `lea` (first byte times 8 plus the bits).
constexpr unsigned block_kind_index(unsigned first_byte, unsigned end_bits) noexcept { return first_byte * 8 + end_bits; }

constexpr std::array<uint32_t, 2048> make_block_kind_flags() {
  std::array<uint32_t, 2048> t{};
  // A curly quote's token (ascii_block.hpp): the lead byte its first; a quote, no flags (checked below).
  for (unsigned idx = 0; idx < 8; ++idx) t[block_kind_index(block::kQuoteLead, idx)] = TC_TOKEN_QUOTE;
  for (unsigned c = 0; c < 128; ++c) for (unsigned idx = 0; idx < 8; ++idx) {
    uint32_t kf = 0;
    switch (kAsciiStart[c]) {
      case kStartWord: {
        uint8_t acc = kFast[c] & static_cast<uint8_t>(~kFUpper);  // as the byte loop accumulates it
        if (idx & kEndUpperLater) acc |= kFUpper | kHasLetter;
        if (idx & kEndLower) acc |= kFLower | kHasLetter;
        if (idx & kEndDigit) acc |= kHasDigit;
        kf = kAsciiWordKindFlags[ascii_shape_index(kFast[c], acc)];
        if ((kf >> 16) == kGeneralFlags) kf = kBlockSlow;
        break;
      }
      case kStartSpace: kf = TC_TOKEN_SPACE; break;
      case kStartCR:
      case kStartLF: kf = TC_TOKEN_LINEBREAK; break;
      case kStartSingle:
      default: kf = kAsciiKind[c]; break;
    }
    t[block_kind_index(c, idx)] = kf;
  }
  return t;
}
constexpr auto kBlockKindFlags = make_block_kind_flags();
// The compact form's block path counts the tokens it keeps with the masks: a token of white space starts
// with ' ' or a byte of the blank mask, and no other does (CR never reaches a block's tokens).
static_assert([] {
  for (unsigned c = 0; c < 128; ++c) {
    const uint32_t kind = kBlockKindFlags[block_kind_index(c, 0)] & 0xFFFF;
    const bool ws = kind == TC_TOKEN_SPACE || kind == TC_TOKEN_LINEBREAK;
    const bool masked = c == ' ' || (c >= static_cast<unsigned>(block::kBlankFirst) && c <= static_cast<unsigned>(block::kBlankLast));
    if (c != '\r' && ws != masked) return false;
  }
  return true;
}(), "ascii_block.hpp's blank mask and the block kinds disagree");

#ifdef TEXTCHAIN_TOKENIZER_COMPACT
// kBlockKindFlags for the compact form: kind << 16 | flags << 24, the upper half of a tc_token_compact
// once the block loop adds the length (under 64 in a block), and white space (which the compact form
// leaves out) marked by the length field's top bit, which the loop reads to write over the slot.
constexpr unsigned kCompactDropBit = 15;
constexpr std::array<uint32_t, 2048> make_block_compact() {
  std::array<uint32_t, 2048> t{};
  for (size_t k = 0; k < t.size(); ++k) {
    const uint32_t kind = kBlockKindFlags[k] & 0xFFFF, flags = kBlockKindFlags[k] >> 16;
    const bool drop = kind == TC_TOKEN_SPACE || kind == TC_TOKEN_LINEBREAK;
    t[k] = kind << 16 | flags << 24 | static_cast<uint32_t>(drop) << kCompactDropBit;
  }
  return t;
}
constexpr auto kBlockCompact = make_block_compact();
static_assert([] {
  for (uint32_t kf : kBlockKindFlags)
    if ((kf >> 16) > 0xFF || (kf & 0xFFFF) > 0xFF) return false;
  return true;
}(), "a block token's kind or flags do not fit the compact form's byte");
static_assert(offsetof(tc_token_compact, length) == 4 && offsetof(tc_token_compact, kind) == 6 &&
              offsetof(tc_token_compact, flags) == 7 && sizeof(tc_token_compact) == 8);
#endif

#if defined(TEXTCHAIN_TOKENIZER_AVX2) && !defined(TEXTCHAIN_TOKENIZER_COMPACT)
#define TEXTCHAIN_AVX512_TARGET \
  __attribute__((target("avx2,bmi,bmi2,popcnt,avx512f,avx512bw,avx512vl,avx512vbmi,avx512vbmi2")))
// The AVX-512 token writer: a block's tokens written 16 at a time instead of a loop step each. The token
// starts compress into one vector of positions (vpcompressb), so do the ends; each token's first byte and
// end bits are byte permutes of the block and of the end bits by those positions, its kind and flags two
// table permutes, and the three fields are interleaved into tc_token's 12-byte layout by dword permutes.
//
// The tables: a token's first byte gives its class (kBlockKindFlags' row): a word run's by the kind of its
// first byte (capital, small letter, digit, '_': index class * 8 + the end bits), any other token's is
// 32 + its kind, the same for all end bits (only a word run has end bits).
constexpr unsigned kWordClasses = 4, kOtherClass = 32;
constexpr unsigned block_word_class(unsigned c) noexcept {
  return c >= 'A' && c <= 'Z' ? 0 : c >= 'a' && c <= 'z' ? 1 : c >= '0' && c <= '9' ? 2 : 3;
}
constexpr unsigned char kWordClassChar[kWordClasses] = {'A', 'a', '0', '_'};
struct alignas(64) BlockWriterRows {
  uint8_t first_class[128];  // by first byte (a curly quote's lead byte is matched apart: > 127)
  uint32_t word_kind_flags[kWordClasses * 8];  // kind | flags << 16 by word class * 8 + end bits
  uint8_t iota[64];
  uint32_t interleave[3][16];  // output vector j, dword r: field (16j + r) % 3 of token (16j + r) / 3
  constexpr BlockWriterRows() : first_class{}, word_kind_flags{}, iota{}, interleave{} {
    for (unsigned c = 0; c < 128; ++c)
      first_class[c] = static_cast<uint8_t>(kAsciiStart[c] == kStartWord ? block_word_class(c) * 8
                                                                          : kOtherClass + (kBlockKindFlags[block_kind_index(c, 0)] & 0xFFFF));
    for (unsigned k = 0; k < kWordClasses; ++k)
      for (unsigned bits = 0; bits < 8; ++bits) word_kind_flags[k * 8 + bits] = kBlockKindFlags[block_kind_index(kWordClassChar[k], bits)];
    for (unsigned k = 0; k < 64; ++k) iota[k] = static_cast<uint8_t>(k);
    for (unsigned j = 0; j < 3; ++j)
      for (unsigned r = 0; r < 16; ++r) {
        const unsigned m = 16 * j + r, token = m / 3, field = m % 3;
        interleave[j][r] = field == 1 ? 16 + token : token;  // field 2 reads the third vector, masked
      }
  }
};
inline constexpr BlockWriterRows kBlockWriterRows{};
// The classes reproduce kBlockKindFlags for every byte a block token can start with.
static_assert([] {
  for (unsigned c = 0; c < 128; ++c)
    for (unsigned bits = 0; bits < 8; ++bits) {
      const unsigned cls = kBlockWriterRows.first_class[c];
      const uint32_t kf = cls < kOtherClass ? kBlockWriterRows.word_kind_flags[cls + bits] : cls - kOtherClass;
      if (kf != kBlockKindFlags[block_kind_index(c, bits)]) return false;
      if (cls >= kOtherClass && cls - kOtherClass > 0xFF) return false;
    }
  for (unsigned bits = 0; bits < 8; ++bits)
    if (kBlockKindFlags[block_kind_index(block::kQuoteLead, bits)] != TC_TOKEN_QUOTE) return false;
  return true;
}(), "the AVX-512 writer's classes and kBlockKindFlags disagree");
// Read through an opaque pointer, like ascii_block.hpp's rows: a memory operand, not a constant rebuilt.
inline const BlockWriterRows* block_writer_rows() noexcept {
  const BlockWriterRows* p = &kBlockWriterRows;
  __asm__("" : "+r"(p));
  return p;
}

// Writes the tokens of the block at `s` (text offset `base`) that end at the bits of `ends` (the first
// starts at 0), with the end bits of the word runs (upper_later, lower, digit at each run's end), from
// `o`; writes whole groups of 16 slots, two at least (up to 64 slots: the caller has them free), and
// returns the number of tokens (the slots after them are written over later, or copied to the output
// with the rest of their 64-byte vectors and dropped there: TokenSink::flush).
TEXTCHAIN_AVX512_TARGET inline unsigned write_block_tokens_avx512(const unsigned char* s, uint32_t base, uint64_t ends, uint64_t upper_later,
                                                                  uint64_t lower, uint64_t digit, tc_token* o) noexcept {
  const BlockWriterRows* const r = block_writer_rows();
  const __m512i bytes = _mm512_loadu_si512(s);
  const __m512i iota = _mm512_load_si512(r->iota);
  const __m512i starts = _mm512_maskz_compress_epi8(ends | 1, iota);
  const __m512i stops = _mm512_maskz_compress_epi8(ends, iota);
  const __m512i first = _mm512_maskz_permutexvar_epi8(~uint64_t{0}, starts, bytes);
  __m512i cls = _mm512_permutex2var_epi8(_mm512_load_si512(r->first_class), first, _mm512_load_si512(r->first_class + 64));
  cls = _mm512_mask_mov_epi8(cls, _mm512_cmpeq_epi8_mask(first, _mm512_set1_epi8(static_cast<char>(block::kQuoteLead))),
                             _mm512_set1_epi8(static_cast<char>(kOtherClass + TC_TOKEN_QUOTE)));
  __m512i end_bits = _mm512_maskz_mov_epi8(upper_later, _mm512_set1_epi8(kEndUpperLater));
  end_bits = _mm512_mask_mov_epi8(end_bits, lower, _mm512_or_si512(end_bits, _mm512_set1_epi8(kEndLower)));
  end_bits = _mm512_mask_mov_epi8(end_bits, digit, _mm512_or_si512(end_bits, _mm512_set1_epi8(kEndDigit)));
  const __m512i token_bits = _mm512_maskz_permutexvar_epi8(~uint64_t{0}, stops, end_bits);
  const __m512i index = _mm512_mask_mov_epi8(cls, _mm512_cmplt_epu8_mask(cls, _mm512_set1_epi8(kOtherClass)), _mm512_or_si512(cls, token_bits));
  const __m512i kf_lo = _mm512_load_si512(r->word_kind_flags), kf_hi = _mm512_load_si512(r->word_kind_flags + 16);
  const __m512i ix0 = _mm512_load_si512(r->interleave[0]), ix1 = _mm512_load_si512(r->interleave[1]), ix2 = _mm512_load_si512(r->interleave[2]);
  const __m512i vbase = _mm512_set1_epi32(static_cast<int>(base)), other = _mm512_set1_epi32(kOtherClass);
  // The dwords of each output vector that hold a token's kind and flags (field 2).
  constexpr __mmask16 kKf0 = 0x4924, kKf1 = 0x2492, kKf2 = 0x9249;
  const auto n = static_cast<unsigned>(__builtin_popcountll(ends));
  auto* out = reinterpret_cast<char*>(o);
  const auto group = [&](__m128i st, __m128i sp, __m128i ix) TEXTCHAIN_AVX512_TARGET {
    const __m512i b = _mm512_add_epi32(_mm512_maskz_cvtepu8_epi32(0xFFFF, st), vbase);
    const __m512i e = _mm512_add_epi32(_mm512_maskz_cvtepu8_epi32(0xFFFF, sp), vbase);
    const __m512i i32 = _mm512_maskz_cvtepu8_epi32(0xFFFF, ix);
    const __m512i kf = _mm512_mask_sub_epi32(_mm512_permutex2var_epi32(kf_lo, i32, kf_hi), _mm512_cmpge_epu32_mask(i32, other), i32, other);
    _mm512_storeu_si512(out, _mm512_mask_permutexvar_epi32(_mm512_permutex2var_epi32(b, ix0, e), kKf0, ix0, kf));
    _mm512_storeu_si512(out + 64, _mm512_mask_permutexvar_epi32(_mm512_permutex2var_epi32(b, ix1, e), kKf1, ix1, kf));
    _mm512_storeu_si512(out + 128, _mm512_mask_permutexvar_epi32(_mm512_permutex2var_epi32(b, ix2, e), kKf2, ix2, kf));
    out += 192;
  };
  // Two groups whatever the count: English news has about 19 tokens a block, and a branch on 16 went
  // either way.
  group(_mm512_maskz_extracti32x4_epi32(0xF, starts, 0), _mm512_maskz_extracti32x4_epi32(0xF, stops, 0), _mm512_maskz_extracti32x4_epi32(0xF, index, 0));
  group(_mm512_maskz_extracti32x4_epi32(0xF, starts, 1), _mm512_maskz_extracti32x4_epi32(0xF, stops, 1), _mm512_maskz_extracti32x4_epi32(0xF, index, 1));
  if (n > 32) [[unlikely]] {
    group(_mm512_maskz_extracti32x4_epi32(0xF, starts, 2), _mm512_maskz_extracti32x4_epi32(0xF, stops, 2), _mm512_maskz_extracti32x4_epi32(0xF, index, 2));
    if (n > 48) group(_mm512_maskz_extracti32x4_epi32(0xF, starts, 3), _mm512_maskz_extracti32x4_epi32(0xF, stops, 3), _mm512_maskz_extracti32x4_epi32(0xF, index, 3));
  }
  return n;
}
#endif

// The block path's curly quotes as the general rules see them: a lone quote (Word_Break Other, not a
// pictograph) breaks on both sides, an apostrophe is MidNumLet; both are quote tokens.
constexpr bool block_quotes_match_table() {
  const auto cp = [](unsigned char last) {
    return static_cast<uint32_t>(block::kQuoteLead & 0x0F) << 12 | static_cast<uint32_t>(block::kQuoteSecond & 0x3F) << 6 |
           static_cast<uint32_t>(last & 0x3F);
  };
  for (unsigned char last : block::kQuoteLoneLast) {
    const Props p = U::props_of(cp(last));
    if (U::word_break(p) != U::kOther || U::is_ext_pict(p) || U::token_kind(p) != TC_TOKEN_QUOTE) return false;
  }
  for (unsigned char last : block::kQuoteMidLast) {
    const Props p = U::props_of(cp(last));
    if (U::word_break(p) != U::kMidNumLet || U::token_kind(p) != TC_TOKEN_QUOTE || char_shape(p) != 0) return false;
  }
  return cp(block::kQuoteLoneLast[0]) == 0x201C && cp(block::kQuoteMidLast[1]) == 0x2019;
}
static_assert(block_quotes_match_table(), "ascii_block.hpp's curly quotes and the Unicode table disagree");
// The block loop stores an entry as one 32-bit word over kind and flags.
static_assert(offsetof(tc_token, flags) == offsetof(tc_token, kind) + 2 && sizeof(tc_token) == 12);
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "kBlockKindFlags holds the kind in its low half");

// Where the byte loop hands back to blocks after a non-ASCII byte at `first` (< 64) of a block: the first
// place after it that starts 16 ASCII bytes (the block's end counting as ASCII), so that text in another
// script stays with the byte loop instead of starting a block after every word.
inline unsigned ascii_run_after(uint64_t bail, unsigned first) noexcept {
  uint64_t z = ~bail;
  z &= (z >> 1) | (~uint64_t{0} << 63);
  z &= (z >> 2) | (~uint64_t{0} << 62);
  z &= (z >> 4) | (~uint64_t{0} << 60);
  z &= (z >> 8) | (~uint64_t{0} << 56);
  z &= ~((uint64_t{2} << first) - 1);
  return z ? static_cast<unsigned>(__builtin_ctzll(z)) : block::kBytes;
}

// Before classifying a block right after the byte loop: a non-ASCII byte this close means few tokens.
constexpr unsigned kMinAsciiBytes = 16;
constexpr size_t kMaxBackoff = 2048;

// The tokens of the block at `pos` (a token start, pos + 64 <= text size) that the masks decide, appended
// to `sink`; returns where the next token starts. When a non-ASCII byte or CR stops it, or no token fits,
// sets `byte_loop_until` past the place for the byte loop to take over.
template <class Classifier>
[[gnu::always_inline]] inline size_t ascii_block_tokens(std::string_view text, size_t pos, bool after_byte_loop,
                                                        TokenSink& sink, size_t& byte_loop_until, size_t& backoff) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  if (after_byte_loop) {
    const uint64_t bail = Classifier::bail(s);
    const unsigned first = bail ? static_cast<unsigned>(__builtin_ctzll(bail)) : block::kBytes;
    if (first < kMinAsciiBytes) {
      // Text in another script: the byte loop for longer and longer stretches, back to blocks at the
      // first block that starts with ASCII.
      byte_loop_until = pos + std::max<size_t>(ascii_run_after(bail, first), backoff);
      backoff = backoff == 0 ? block::kBytes : std::min<size_t>(backoff * 2, kMaxBackoff);
      return pos;
    }
    backoff = 0;
  }
  const block::Masks m = Classifier::classify(s);
  uint64_t bail = m.bail;
  // Curly quotes (ascii_block.hpp), about one every few hundred bytes of English news: taken here like the
  // ASCII characters of their classes instead of stopping the block. A quote's two later bytes start no
  // token; an apostrophe (‘ ’) is kept only where its right neighbour, three bytes on, is ASCII and in the
  // block (a Mid character's right neighbour decides, as for the ASCII ones), else it stops the block.
  uint64_t quote_joined = 0, quote_tail = 0;
  if (bail != 0) [[unlikely]] {
    const block::QuoteMasks q = Classifier::quotes(s);
    const uint64_t mid = q.mid & ~(bail >> 3) & (~uint64_t{0} >> 3), taken = mid | q.lone;
    if (taken != 0) {
      quote_tail = taken << 1 | taken << 2;
      bail &= ~(taken | quote_tail);
      // WB6/7 and WB11/12 with the quote's right neighbour three bytes on; its three bytes join the run.
      const uint64_t j = mid & (((m.letter << 1) & (m.letter >> 3)) | ((m.digit << 1) & (m.digit >> 3)));
      quote_joined = j | j << 1 | j << 2;
    }
  }
  const unsigned stop = bail ? static_cast<unsigned>(__builtin_ctzll(bail)) : block::kBytes;
  const uint64_t joined = (m.mid_letter & (m.letter << 1) & (m.letter >> 1)) | (m.mid_num & (m.digit << 1) & (m.digit >> 1));
  const uint64_t w = m.letter | m.digit | m.underscore | joined | quote_joined, wp = w << 1;
  const uint64_t starts = ~((w & wp) | (m.space & (m.space << 1)) | quote_tail);
  // Token ends (the next token's start) up to stop - 2: bits 1 .. min(stop, 64) - 2.
  const uint64_t ends = stop >= 2 ? starts & (~uint64_t{0} >> (65 - stop)) & ~uint64_t{1} : 0;
  if (ends == 0) {
    byte_loop_until = stop < block::kBytes ? pos + ascii_run_after(bail, stop) : pos + 1;
    return pos;
  }
  const uint64_t run_start = w & ~wp, run_end = wp & ~w;
  // At each word run's end: whether the run holds a byte of class x.
  const auto run_has = [&](uint64_t x) { return run_end & ~((w & ~x) + run_start); };
  const uint64_t upper_later = run_has(m.upper & ~run_start), lower = run_has(m.letter & ~m.upper), digit = run_has(m.digit);

  sink.ensure(block::kBytes);
  TokenSink::Slot* const first_token = sink.cur();
  TokenSink::Slot* o = first_token;
  const auto base = static_cast<uint32_t>(pos);
  uint32_t begin = base;
#if defined(TEXTCHAIN_TOKENIZER_AVX2) && !defined(TEXTCHAIN_TOKENIZER_COMPACT)
  if constexpr (Classifier::kWritesTokens) {
    const unsigned count = write_block_tokens_avx512(s, base, ends, upper_later, lower, digit, o);
    sink.note_written(o + (count > 48 ? 64 : count > 32 ? 48 : 32));
    o += count;
    begin = base + 63 - static_cast<uint32_t>(__builtin_clzll(ends));
  } else
#endif
  {
  alignas(32) uint8_t end_bits[block::kBytes];
  Classifier::spread(upper_later, lower, digit, end_bits);
  const auto* const text_bytes = reinterpret_cast<const unsigned char*>(text.data());
  // No call in this loop (a call would push its state out of registers): a word run that the table cannot
  // finish ("3M") is written with kind 0 and finished below. A token's first byte is read at `begin`, the
  // previous token's end, already in a register: through the block offset of that end, kept in a register
  // of its own, the loop copied it twice a token.
  // A token of one space, the commonest token of prose (after nearly every word), is written with the
  // token before it in the same step: `single` marks the starts of such tokens, and their ends are left out
  // of the loop's mask. The space token is written whether or not one follows (the next token writes over
  // it otherwise), and the step moves past it by the bit: no branch.
  const uint64_t single = ends & (ends >> 1) & m.space;
  for (uint64_t e = ends & ~(single << 1); e != 0; e &= e - 1) {
    const auto q = static_cast<unsigned>(__builtin_ctzll(e));
    const unsigned index = block_kind_index(text_bytes[begin], end_bits[q]);
    const uint32_t end = base + q;
    const auto space = static_cast<uint32_t>((single >> q) & 1);
#ifdef TEXTCHAIN_TOKENIZER_COMPACT
    // One 8-byte store; a white-space token is written and then overwritten (the slot is not kept), and a
    // single space after it is not written at all.
    const uint32_t c = kBlockCompact[index];
    const uint64_t slot = begin | uint64_t{c + (end - begin)} << 32;
    std::memcpy(o, &slot, sizeof slot);
    o += 1 - ((c >> kCompactDropBit) & 1);
#else
    // Three stores a token: kind and flags as one 32-bit word, as a tc_token lays them out. (Begin and end
    // as one 64-bit word ran 15% slower on English news, wall time, for one instruction less.)
    const uint32_t kf = kBlockKindFlags[index];
    o->begin = begin;
    o->end = end;
    std::memcpy(&o->kind, &kf, sizeof kf);
    o[1].begin = end;
    o[1].end = end + 1;
    o[1].kind = TC_TOKEN_SPACE;
    o[1].flags = 0;
    o += 1 + space;
#endif
    begin = end + space;
  }
  }
  sink.set_cur(o);
  const unsigned p = begin - base;
  // The k-th token of the block starts at the k-th token start (the block's first byte, then the ends):
  // a position's token is a count of starts. The compact form leaves white space out: not counted.
#ifdef TEXTCHAIN_TOKENIZER_COMPACT
  const uint64_t kept = (ends | 1) & ~(m.space | m.blank);
  const auto token_end = [](const TokenSink::Slot& t) -> uint32_t { return t.begin + t.length; };
#else
  const uint64_t kept = ends | 1;
  const auto token_end = [](const TokenSink::Slot& t) -> uint32_t { return t.end; };
#endif
  const auto token_at = [&](unsigned at) -> TokenSink::Slot& {
    return first_token[__builtin_popcountll(kept & ((uint64_t{2} << at) - 1)) - 1];
  };
  const uint64_t written = (uint64_t{1} << p) - 1;
  // The word runs the table left as kBlockSlow: a digit or '_' first and a letter later (a letter after
  // the first byte is in upper_later or lower at the run's end). Adding a bit at a run's start carries it to
  // the run's end; only those ends are visited, so plain numbers cost no step and no read of their slot.
  const uint64_t slow_ends = (w + (run_start & (m.digit | m.underscore))) & ~w & (upper_later | lower) & ends;
  for (uint64_t r = slow_ends; r != 0; r &= r - 1) [[unlikely]] {
    TokenSink::Slot& t = token_at(static_cast<unsigned>(__builtin_ctzll(r)) - 1);
    t.kind = TC_TOKEN_WORD;
    t.flags = token_flags(text, t.begin, token_end(t), TC_TOKEN_WORD);
  }
  // A word with a curly apostrophe: the table's flags, and the non-ASCII flag the apostrophe adds.
  for (uint64_t r = quote_joined & ~(quote_joined << 1) & written; r != 0; r &= r - 1) [[unlikely]]
    token_at(static_cast<unsigned>(__builtin_ctzll(r))).flags |= TC_TOKEN_NON_ASCII;
  // A word run before a period: the abbreviation lexicon, as ascii_word_kind_flags asks it. Only runs of
  // at most kMaxListedBytes bytes can be one (may_be_abbreviation turns longer words away): a run start in
  // the kMaxListedBytes bytes before the period, as a mask, so that longer words before a period cost no
  // step. The word's bounds come from the masks, not from its slot, which is read only for a hit: in the
  // AVX-512 path the slots were just written by vector stores, and reading them back at every sentence's end
  // cost more (measured: see the commit message).
  static_assert(detail::kMaxListedBytes == 8, "the mask below spreads run starts over 8 bytes");
  uint64_t near_start = run_start << 1;
  near_start |= near_start << 1;
  near_start |= near_start << 2;
  near_start |= near_start << 4;
  for (uint64_t a = run_end & m.period & ends & near_start; a != 0; a &= a - 1) {
    const auto q = static_cast<unsigned>(__builtin_ctzll(a));
    const auto b = static_cast<unsigned>(63 - __builtin_clzll(run_start & ((uint64_t{1} << q) - 1)));
    if (may_be_abbreviation({text.data() + pos + b, q - b})) [[unlikely]] {
      TokenSink::Slot& t = token_at(q - 1);
      t.flags |= abbreviation_flag(text, t.begin, token_end(t), t.flags);
    }
  }
  if (stop < block::kBytes) byte_loop_until = pos + ascii_run_after(bail, stop);
  return pos + p;
}

struct BytesClassifier {
  static constexpr bool kWritesTokens = false;
  static block::Masks classify(const unsigned char* s) noexcept { return block::classify_bytes(s); }
  static uint64_t bail(const unsigned char* s) noexcept { return block::bail_bytes(s); }
  static block::QuoteMasks quotes(const unsigned char* s) noexcept { return block::quotes_bytes(s); }
  static void spread(uint64_t a, uint64_t b, uint64_t c, uint8_t* out) noexcept { block::spread_bytes(a, b, c, out); }
};
#if defined(__SSE2__)
struct Sse2Classifier {
  static constexpr bool kWritesTokens = false;
  [[gnu::always_inline]] static block::Masks classify(const unsigned char* s) noexcept { return block::classify_sse2(s); }
  [[gnu::always_inline]] static uint64_t bail(const unsigned char* s) noexcept { return block::bail_sse2(s); }
  [[gnu::always_inline]] static block::QuoteMasks quotes(const unsigned char* s) noexcept { return block::quotes_sse2(s); }
  [[gnu::always_inline]] static void spread(uint64_t a, uint64_t b, uint64_t c, uint8_t* out) noexcept { block::spread_sse2(a, b, c, out); }
};
#endif
#if defined(TEXTCHAIN_TOKENIZER_AVX2)
struct Avx2Classifier {
  static constexpr bool kWritesTokens = false;
  __attribute__((target("avx2"))) static block::Masks classify(const unsigned char* s) noexcept { return block::classify_avx2(s); }
  __attribute__((target("avx2"))) static uint64_t bail(const unsigned char* s) noexcept { return block::bail_avx2(s); }
  __attribute__((target("avx2"))) static block::QuoteMasks quotes(const unsigned char* s) noexcept { return block::quotes_avx2(s); }
  __attribute__((target("avx2"))) static void spread(uint64_t a, uint64_t b, uint64_t c, uint8_t* out) noexcept { block::spread_avx2(a, b, c, out); }
};
// AVX-512 (BW, VBMI, VBMI2), 12-byte form: 64 bytes classified by compares into mask registers, and the
// block's tokens written 16 at a time (write_block_tokens_avx512), in a block loop of its own compiled for
// AVX-512 (ascii_blocks_avx512). The byte loop and the general scanner stay AVX2 code in tokenize_with:
// compiled for AVX-512 as a whole, tokenize_with ran text in other scripts 10% slower.
#ifndef TEXTCHAIN_TOKENIZER_COMPACT
struct Avx512Classifier {
  static constexpr bool kWritesTokens = true;
  TEXTCHAIN_AVX512_TARGET static block::Masks classify(const unsigned char* s) noexcept { return block::classify_avx512(s); }
  TEXTCHAIN_AVX512_TARGET static uint64_t bail(const unsigned char* s) noexcept { return block::bail_avx512(s); }
  TEXTCHAIN_AVX512_TARGET static block::QuoteMasks quotes(const unsigned char* s) noexcept { return block::quotes_avx512(s); }
};

// The block loop compiled for AVX-512 as a whole, the token writer inlined: blocks one after another from
// `pos` while 64 bytes remain and the byte loop has nothing to finish; returns where the byte loop (or the
// end) takes over. One call per stretch of blocks, not a call into the writer per block.
[[gnu::noinline]] TEXTCHAIN_AVX512_TARGET size_t ascii_blocks_avx512(std::string_view text, size_t pos, bool after_byte_loop, TokenSink& sink,
                                                                     size_t& byte_loop_until, size_t& backoff) {
  const size_t n = text.size();
  do {
    pos = ascii_block_tokens<Avx512Classifier>(text, pos, after_byte_loop, sink, byte_loop_until, backoff);
    after_byte_loop = false;
  } while (n - pos >= block::kBytes && pos >= byte_loop_until);
  return pos;
}
#endif
#endif

template <class Classifier>
[[gnu::always_inline]] inline void tokenize_with(std::string_view text, TokenOut& out) {
  out.clear();
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  if (n > UINT32_MAX) throw std::length_error("textchain: text longer than 4 GiB cannot be tokenized (32-bit offsets)");
  // Spaces and punctuation are tokens too: English news runs about one token per 2.8 bytes. Reserving
  // n/3 fell just short and the vector's doubling briefly held 3x the tokens; n/2 covers any text
  // with words of two letters or more on average.
  out.reserve(n / 2 + 16);
  TokenSink sink(out);

  size_t i = 0;
  // The non-ASCII character that ended a space or a single ASCII character's segment, decoded there: the
  // next segment starts with it and does not decode it again.
  Char ahead{};
  size_t ahead_at = SIZE_MAX;
  // Blocks while 64 bytes remain and the byte loop has nothing to finish; the byte loop for the rest.
  size_t byte_loop_until = 0, backoff = 0;
  bool after_byte_loop = true;
  while (i < n) {
    const bool blocks = n - i >= block::kBytes;
    if (blocks && i >= byte_loop_until) {
#if defined(TEXTCHAIN_TOKENIZER_AVX2) && !defined(TEXTCHAIN_TOKENIZER_COMPACT)
      if constexpr (Classifier::kWritesTokens)
        i = ascii_blocks_avx512(text, i, after_byte_loop, sink, byte_loop_until, backoff);
      else
#endif
        i = ascii_block_tokens<Classifier>(text, i, after_byte_loop, sink, byte_loop_until, backoff);
      after_byte_loop = false;
      continue;
    }
    after_byte_loop = true;
    // The byte loop up to where blocks may take over.
    const size_t stop = blocks ? std::min(byte_loop_until, n) : n;
    while (i < stop) {
      size_t start = i;
      unsigned char c = s[i];
      uint16_t kind;
      uint16_t flags = 0;
      if (c >= 0x80) {
        Char ch = ahead_at == start ? ahead : read_char(s, n, start);
        if (is_lone(ch) && start + ch.len < n && s[start + ch.len] >= 0x80) [[unlikely]] {
          // Ideographs and kana: a segment a character, written without the general scanner's set-up. Only
          // for a run (a non-ASCII character next): a lone curly quote in English goes the general way.
          // [[unlikely]] keeps the hand-off out of the byte loop's straight-line code, which English runs.
          start = i = lone_characters(text, start, ch, sink);
          if (i >= n || s[i] < 0x80) continue;
          ch = read_char(s, n, i);
        }
        TokenShape shape;
        i = general_segment_at(s, n, start, ch, kind, shape);
        flags = scanned_flags(text, start, i, kind, shape);
      } else {
        switch (kAsciiStart[c]) {
          case kStartWord: {
          word:
            uint8_t acc = kFast[c] & static_cast<uint8_t>(~kFUpper);  // see ascii_word_kind_flags
            bool general = false;  // the general rules finished the segment: `shape` holds its shape
            TokenShape shape;
            ++i;
            for (;;) {
              i = scan_word_run(s, n, i, acc);
              if (i >= n) break;
              uint8_t f = kFast[s[i]];
              if (f & (kFMidLetter | kFMidNum)) {
                if (i + 1 >= n) break;
                const uint8_t g = kFast[s[i + 1]];
                if (!(g & kFNonAscii)) {
                  const uint8_t before = kFast[s[i - 1]];
                  if (((before & kHasLetter) && (f & kFMidLetter) && (g & kHasLetter)) ||
                      ((before & kHasDigit) && (f & kFMidNum) && (g & kHasDigit))) {
                    acc |= g;
                    i += 2;
                    continue;
                  }
                  break;
                }
              } else if (!(f & kFNonAscii)) {
                break;
              }
              // Non-ASCII next, or a Mid character followed by non-ASCII: the general rules decide.
              SegState st{U::word_break(U::props_of(s[i - 1])), false, false, 0,
                          static_cast<uint8_t>(acc & (kHasLetter | kHasDigit)), {}};
              if (kFast[c] & kHasLetter) {
                // A word that starts with a letter: its first letter is its first byte, and acc (which leaves
                // out the first byte's capital) says whether a later letter is a capital.
                st.shape.first_letter = kAsciiShape[c];
                st.shape.all = static_cast<uint8_t>(kAsciiShape[c] | shape_of_fast(acc));
                st.shape.capital_after_first = (acc & kFUpper) != 0;
              } else {
                for (size_t j = start; j < i; ++j) st.shape.add(kAsciiShape[s[j]]);  // "3M", "_x": rare
              }
              i = continue_segment(s, n, i, st);
              acc = st.flags;
              shape = st.shape;
              general = true;
              break;
            }
            if (general) {
              kind = kind_of(acc & (kHasLetter | kHasDigit), kAsciiKind[c]);
              flags = scanned_flags(text, start, i, kind, shape);
            } else {
              const uint32_t kf = ascii_word_kind_flags(text, start, i, kFast[c], acc);
              kind = static_cast<uint16_t>(kf);
              flags = static_cast<uint16_t>(kf >> 16);
            }
            // The commonest pair in prose: a word, then one ASCII space before another ASCII character. The
            // space is finished here, without going round the loop (the character after it is neither a
            // space, which would join it, nor non-ASCII, which WB3d/WB4 might attach).
            if (i + 1 < n && s[i] == ' ' && s[i + 1] != ' ' && s[i + 1] < 0x80) {
              sink.push_back(tc_token{static_cast<uint32_t>(start), static_cast<uint32_t>(i), kind, flags});
              sink.push_back(tc_token{static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), TC_TOKEN_SPACE, 0});
              ++i;
              // And when another word follows, as it mostly does, straight on to it (i < n, s[i] is ASCII).
              // (Unless blocks take over from here.)
              if (kAsciiStart[s[i]] == kStartWord && i < stop) {
                start = i;
                c = s[i];
                goto word;
              }
              continue;
            }
            break;
          }
          case kStartSpace:
            ++i;
            while (i < n && s[i] == c) ++i;
            if (i < n && s[i] >= 0x80) {
              ahead = read_char(s, n, i);
              ahead_at = i;
              if (attaches_to_ascii(ahead, true)) {
                SegState st{U::kWSegSpace, false, true, 0, 0, {}};
                i = continue_segment(s, n, i, st);
              }
            }
            kind = TC_TOKEN_SPACE;
            break;
          case kStartCR:
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
            kind = TC_TOKEN_LINEBREAK;
            break;
          case kStartLF:
            ++i;
            kind = TC_TOKEN_LINEBREAK;
            break;
          case kStartSingle:
          default:
            ++i;
            kind = kAsciiKind[c];
            if (i < n && s[i] >= 0x80) {
              // WB4 may attach Extend/Format/ZWJ; WB3c may attach a pictograph after a ZWJ (not ASCII).
              ahead = read_char(s, n, i);
              ahead_at = i;
              if (attaches_to_ascii(ahead, false)) {
                const WordBreak w = U::word_break(U::props_of(c));
                SegState st{w, false, false, 0, 0, {}};
                i = continue_segment(s, n, i, st);
              }
            }
            break;
        }
      }
      sink.push_back(tc_token{static_cast<uint32_t>(start), static_cast<uint32_t>(i), kind, flags});
    }
  }
  sink.flush();
}

// No SLP vectorization: GCC merged the block loop's scalar stores of a token and the space after it into
// vector inserts and a 16-byte store, 6% more instructions and slower than the stores it replaced. (Clang has no
// such option and does not merge them.)
#if defined(__GNUC__) && !defined(__clang__)
#define TC_TOKENIZER_NO_SLP __attribute__((optimize("no-tree-slp-vectorize")))
#else
#define TC_TOKENIZER_NO_SLP
#endif
#if defined(TEXTCHAIN_TOKENIZER_AVX2)
__attribute__((target("avx2,bmi,bmi2,popcnt"))) TC_TOKENIZER_NO_SLP void tokenize_avx2(std::string_view text, TokenOut& out) {
  tokenize_with<Avx2Classifier>(text, out);
}
#endif
#if defined(TEXTCHAIN_TOKENIZER_AVX2) && !defined(TEXTCHAIN_TOKENIZER_COMPACT)
__attribute__((target("avx2,bmi,bmi2,popcnt"))) TC_TOKENIZER_NO_SLP void tokenize_avx512(std::string_view text, TokenOut& out) {
  tokenize_with<Avx512Classifier>(text, out);
}
#endif
#if defined(__SSE2__)
TC_TOKENIZER_NO_SLP void tokenize_sse2(std::string_view text, TokenOut& out) { tokenize_with<Sse2Classifier>(text, out); }
#endif
TC_TOKENIZER_NO_SLP void tokenize_bytes(std::string_view text, TokenOut& out) { tokenize_with<BytesClassifier>(text, out); }

using Tokenize = void (*)(std::string_view, TokenOut&);
Tokenize pick_tokenize() noexcept {
#if defined(TEXTCHAIN_TOKENIZER_AVX2)
  __builtin_cpu_init();  // idempotent; needed if the first call comes from a static constructor
#ifndef TEXTCHAIN_TOKENIZER_COMPACT
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl") &&
      __builtin_cpu_supports("avx512vbmi") && __builtin_cpu_supports("avx512vbmi2") && __builtin_cpu_supports("bmi") &&
      __builtin_cpu_supports("bmi2") && __builtin_cpu_supports("popcnt") && __builtin_cpu_supports("avx2"))
    return tokenize_avx512;
#endif
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2") &&
      __builtin_cpu_supports("popcnt"))
    return tokenize_avx2;
#endif
#if defined(__SSE2__)
  return tokenize_sse2;
#else
  return tokenize_bytes;
#endif
}

}  // namespace

void tokenize(std::string_view text, TokenOut& out) {
  static const Tokenize impl = pick_tokenize();
  impl(text, out);
}

#ifdef TEXTCHAIN_TOKENIZER_COMPACT
namespace detail {
void tokenize_byte_blocks(std::string_view text, CompactTokens& out) { tokenize_bytes(text, out); }
}  // namespace detail
#else

namespace detail {
void tokenize_avx2_blocks(std::string_view text, std::vector<tc_token>& out) {
#if defined(TEXTCHAIN_TOKENIZER_AVX2)
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2") &&
      __builtin_cpu_supports("popcnt"))
    return tokenize_avx2(text, out);
#endif
  tokenize_sse2_blocks(text, out);
}
void tokenize_sse2_blocks(std::string_view text, std::vector<tc_token>& out) {
#if defined(__SSE2__)
  tokenize_sse2(text, out);
#else
  tokenize_bytes(text, out);
#endif
}
void tokenize_byte_blocks(std::string_view text, std::vector<tc_token>& out) { tokenize_bytes(text, out); }

void tokenize_general_only(std::string_view text, std::vector<tc_token>& out) {
  out.clear();
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = 0; i < n;) {
    uint16_t kind;
    TokenShape shape;
    const size_t end = general_segment(s, n, i, kind, shape);
    out.push_back(tc_token{static_cast<uint32_t>(i), static_cast<uint32_t>(end), kind, token_flags(text, i, end, kind)});
    i = end;
  }
}
}  // namespace detail
#endif

}  // namespace textchain::text
