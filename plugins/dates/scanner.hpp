// Splits text into the tokens the date grammar reads: ASCII words (with their lexicon entry), digit runs,
// and single punctuation marks, each with what lies before it (space, line break). Reads bytes
// directly: the grammar only ever needs a few tokens around a trigger, so nothing is stored per token.
#ifndef TEXTCHAIN_DATES_SCANNER_HPP
#define TEXTCHAIN_DATES_SCANNER_HPP

#include "lead_words.hpp"
#include "lexicon.hpp"
#include "short_word_key.hpp"

#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>

namespace textchain::dates {

enum class TokKind : uint8_t { end, word, number, punct };

struct Tok {
  uint32_t begin = 0, end = 0;
  TokKind kind = TokKind::end;
  bool space_before = false;    // white space between the previous token and this one
  bool newline_before = false;  // a line break among it
  bool capitalized = false;     // first letter upper case
  bool all_caps = false;
  char punct = 0;               // punct: the ASCII mark, or '-' for dashes, '"' '\'' for curly quotes, '?' else
  uint8_t ndigits = 0;          // number: its digit count
  int64_t num = 0;              // number: its value (digit runs longer than 9 are kept as -1)
  Entry lex;                    // word: its lexicon entry

  bool is_word() const noexcept { return kind == TokKind::word; }
  bool is_num() const noexcept { return kind == TokKind::number; }
  bool is_punct(char c) const noexcept { return kind == TokKind::punct && punct == c; }
  bool glued() const noexcept { return !space_before; }
  uint32_t size() const noexcept { return end - begin; }
};

static_assert(std::is_trivially_destructible_v<Tok> && std::is_trivially_copyable_v<Tok>,
              "Window keeps tokens in raw storage");

// The token that starts at or after `pos` (white space skipped); kind `end` at the end of the text.
Tok next_token(std::string_view text, uint32_t pos) noexcept;
// next_token with the lexicon entry of capitalized words only (a word in lower case first has an empty one), for a
// reader that asks no other word's entry (the dateline): most words cost no look-up.
Tok next_token_capitalized_entries(std::string_view text, uint32_t pos) noexcept;
// Only where a token lies and what it is (no flags, no lexicon entry): what skim_to_candidate reports of
// the token it stops at.
struct TokSpan {
  uint32_t begin = 0, end = 0;
  TokKind kind = TokKind::end;
};

// The token skim_to_candidate found at `span` (a word or a number), read whole without passing over its bytes
// again: next_token(text, span.begin), which reads it from its own first byte (no white space before it).
Tok token_at(std::string_view text, const TokSpan& span) noexcept;

// token_at for one scan over a text, keeping the lexicon entries of the short words it read: most candidates of
// a text are a few words again and again ("the", "a", month names), read from the folded word without
// lookup_folded once seen. Not shared between threads (one per scan).
class TokenReader {
 public:
  explicit TokenReader(std::string_view text) noexcept : text_(text) {}
  // token_at(text, span). Inline: the tagger calls it at every candidate, and a word met before (most of
  // them) costs a few operations.
  Tok at(const TokSpan& span) noexcept {
    const size_t len = span.end - span.begin;
    if constexpr (std::endian::native == std::endian::little) {
      if (span.kind == TokKind::word && len <= 8 && span.begin + size_t{8} <= text_.size()) {
        // The word's letters in one 64-bit number, bytes past it zero: read_word's flags and folded key.
        const unsigned char* w = reinterpret_cast<const unsigned char*>(text_.data()) + span.begin;
        uint64_t raw;
        std::memcpy(&raw, w, 8);
        const uint64_t keep = short_word_bytes(len);
        const uint64_t case_bits = 0x2020202020202020ull & keep;
        raw &= keep;
        Tok t;
        t.begin = span.begin;
        t.end = span.end;
        t.kind = TokKind::word;
        t.capitalized = !(w[0] & 0x20);  // an ASCII letter: upper case without the bit
        t.all_caps = (raw & case_bits) == 0 && len > 1;
        const uint64_t folded = raw | case_bits;
        const unsigned slot = short_word_slot<kSlotBits>(folded);
        if (!(filled_ >> slot & 1) || words_[slot] != folded) remember(folded, len, slot);
        // Copied whole (Entry's padding included): one 16-byte move, not a field at a time.
        std::memcpy(static_cast<void*>(&t.lex), &entries_[slot], sizeof(Entry));
        return t;
      }
    }
    return token_at(text_, span);
  }

 private:
  // Looks the folded word up and keeps its entry in `slot`.
  void remember(uint64_t folded, size_t len, unsigned slot) noexcept;
  static constexpr unsigned kSlotBits = 6;
  std::string_view text_;
  uint64_t filled_ = 0;  // bit per slot
  uint64_t words_[1u << kSlotBits];  // a word of at most 8 letters, folded, bytes past it zero
  Entry entries_[1u << kSlotBits];
};

// Whether the token next_token(text, pos) would read is a word of ASCII letters whose lexicon entry is
// empty (no kind, no word set). False when unsure: for anything but such a word after ASCII white space.
bool unknown_word_at(std::string_view text, uint32_t pos) noexcept;
// The same look, telling where that word lies (next_token(text, pos)'s begin and end, kind `word`); kind
// `end` when unknown_word_at is false.
TokSpan unknown_word(std::string_view text, uint32_t pos) noexcept;

inline bool is_ascii_letter(char c) noexcept { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
// A lower-case word of five letters or more in "-ed" (`len` bytes at `w`): what the tense reader may take for a
// past participle, and what a scan must therefore not pass as a plain word. One test for both.
inline bool participle_shape(const unsigned char* w, size_t len) noexcept {
  return len >= 5 && w[0] >= 'a' && w[0] <= 'z' && w[len - 2] == 'e' && w[len - 1] == 'd';
}

// The run of ASCII letters right before `pos`, past spaces, tabs and line breaks ("" when none): a cheap look
// at the word before an expression, before any token is read and looked up.
std::string_view word_before(std::string_view text, uint32_t pos) noexcept;

// What pass_plain_tokens passed over: `end` is where the next token is read from (`pos` when it passed none);
// `last_begin` where the last token passed begins, `last_word` whether it is a word.
struct PlainRun {
  uint32_t end = 0, last_begin = 0;
  bool last_word = false, any = false;
};
// The tense look-back's reader: from `pos`, passes over the tokens next_token would read one after another that
// begin before `before` and whose lexicon entry and flags cannot matter to it: ASCII punctuation, digit runs,
// and words of ASCII letters that `read` does not hold, unless a lower-case word of five letters or more in
// "-ed" (a participle to tense_cue). Stops before any other token (a byte outside ASCII among them: a wide
// space or a mark), which the caller reads whole. No lexicon look-up and no Tok per token passed.
PlainRun pass_plain_tokens(std::string_view text, uint32_t pos, uint32_t before, const WordShapes& read) noexcept;

// One step of the forward tense scan: the word next_token(text, pos) reads, when it is a word of ASCII letters after
// ASCII white space only (`newline`: a line break among it) whose lexicon entry cannot matter to the scan: `shapes`
// does not hold it and it is not a lower-case word of five letters or more in "-ed" (a participle). Kind `end` for
// anything else, which the caller reads whole. No lexicon look-up.
TokSpan plain_word(std::string_view text, uint32_t pos, const WordShapes& shapes, bool& newline) noexcept;

// The scan's skip: from `pos` (a token's end, or a token's first byte), passes over every token that cannot
// start an expression (punctuation, and words `shapes` does not hold, unless `every_word`) and returns the
// first digit run or word that may (kind `end` at the end of the text). The tokens next_token would read one
// after another, found 64 bytes at a time from bit masks of letters, digits and bytes outside ASCII: no call,
// no lexicon look-up and no store per passed-over token (Lookback finds the tokens before a trigger again).
TokSpan skim_to_candidate(std::string_view text, uint32_t pos, const WordShapes& shapes, bool every_word) noexcept;

// Bit masks of 64 bytes of text, one bit per byte: ASCII letters, and the bytes the skim looks at one by one
// (digits, bytes outside ASCII).
struct SkimMasks {
  uint64_t letter = 0, stop = 0;
};
// The masks of the 64 bytes at `p` as the skim makes them: with the 32-byte vectors where `vector_wide` and the
// processor has them, else 16 bytes a step (for tests: both must agree bit for bit).
SkimMasks skim_masks_for_test(const unsigned char* p, bool vector_wide) noexcept;

// skim_to_candidate for one scan over a text: keeps the masks of the block it last stopped in, so a scan that
// resumes in that block (most candidates lie a few words apart) does not classify its bytes again.
class Skimmer {
 public:
  // `leads` (none: nullptr): words the scan passes over, with the word after them, when the lexicon does not hold
  // that word (unknown_word); only for a tagger to whom such a pair is nothing to read (LeadWords).
  Skimmer(std::string_view text, const WordShapes& shapes, bool every_word, const LeadWords* leads = nullptr) noexcept
      : text_(text), shapes_(shapes), every_word_(every_word), leads_(leads && !leads->empty() ? leads : nullptr) {}
  // skim_to_candidate(text, pos, shapes, every_word), less the lead words followed by a word the lexicon does
  // not hold (and that word).
  // The scan passes the pairs itself, without returning for each (most of a text's stops were "the", "a" before
  // such a word).
  TokSpan next(uint32_t pos) noexcept { return every_word_ ? scan<true>(pos) : scan<false>(pos); }

 private:
 public:
  // Whether next() found that the token after the lead word ending at `end` is no word the lexicon does not
  // hold (unknown_word(text, end) has kind `end`), so the caller need not ask again.
  bool lead_not_passed(uint32_t end) const noexcept { return known_after_ == end; }

 private:
  // Whether `t` is a lead word followed by a word whose class (LeadWords::follower_class) has none of the bits that
  // stop the pass over it (a word the lexicon does not hold has none): then `pos` is that word's end.
  bool passes_lead(const TokSpan& t, uint32_t& pos) noexcept {
    const unsigned char* s = reinterpret_cast<const unsigned char*>(text_.data());
    if (t.begin + size_t{8} > text_.size()) return false;
    uint64_t stops;
    if (!leads_->find(s + t.begin, t.end - t.begin, stops)) return false;
    const TokSpan after = word_passed_after(t.end, stops);
    if (after.kind != TokKind::word) {
      known_after_ = t.end;
      return false;
    }
    pos = after.end;
    return true;
  }
  // unknown_word(text_, pos), but for a word whose class has none of `stops` (a word the lexicon does not hold
  // has none), with the classes of the words of at most eight letters remembered: the words after a lead whose
  // shape the lexicon may hold are a few again and again, each looked up once.
  TokSpan word_passed_after(uint32_t pos, uint64_t stops) noexcept;
  // next() for one value of every_word_, so the per-word test does not ask it again.
  template <bool kEveryWord>
  TokSpan scan(uint32_t pos) noexcept;
  // Classifies the 64 bytes from `i` into masks_ (base_ = i), the last block from a copy padded with spaces.
  void load_block(size_t i) noexcept;
  std::string_view text_;
  const WordShapes& shapes_;
  bool every_word_;
  const LeadWords* leads_;
  uint32_t known_after_ = ~uint32_t{0};  // the end of the last lead word passes_lead did not pass (none yet)
  size_t base_ = ~size_t{0};  // the first byte of the block masks_ describes (none yet)
  SkimMasks masks_;
  static constexpr unsigned kMemoBits = 6;
  uint64_t memo_filled_ = 0;                     // bit per memo slot
  uint64_t memo_classes_[1u << kMemoBits];       // the word's LeadWords::follower_class
  uint64_t memo_words_[1u << kMemoBits];        // a word of at most 8 letters, folded, bytes past it zero
};

// Where next_token would read the token that ends at or before `pos` (only white space between) from: the
// end of the token before it, or `floor` for the first token at or after `floor`; kNoToken when no token
// lies between `floor` and `pos`. `floor` and `pos` are where a forward walk of next_token may stand (the
// text's start, a token's end or first byte), and a walk from `floor` reads the same tokens. Steps backward
// over white space and one token, so its cost does not grow with pos - floor.
inline constexpr uint32_t kNoToken = ~uint32_t{0};
uint32_t token_before(std::string_view text, uint32_t floor, uint32_t pos) noexcept;

// token_before for text in ASCII, telling the token itself: the token that ends at or before `pos` (only ASCII
// white space between) and begins at or after `floor`, as a forward walk of next_token from `floor` reads it
// (kind word, number or punct); kind `end` when none lies between `floor` and `pos`. Kind `end` with
// `outside_ascii` set when a byte outside ASCII lies in the way (a wide space, a dash): the caller walks forward.
// Inline: the tense look-back steps back over a sentence with it, a token at a time.
inline TokSpan ascii_token_before(std::string_view text, uint32_t floor, uint32_t pos, bool& outside_ascii) noexcept {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  uint32_t q = pos > text.size() ? static_cast<uint32_t>(text.size()) : pos;
  // next_token's white space in ASCII: space, \t \n \v \f \r.
  while (q > floor && (s[q - 1] == ' ' || (s[q - 1] >= '\t' && s[q - 1] <= '\r'))) --q;
  if (q <= floor) return TokSpan{};
  const unsigned char c = s[q - 1];
  if (c >= 0x80) {
    outside_ascii = true;
    return TokSpan{};
  }
  uint32_t b = q;  // the bytes from b to q are read
  if (is_ascii_letter(static_cast<char>(c))) {
    if constexpr (std::endian::native == std::endian::little) {
      // Eight bytes at a time (a word of news is mostly read in one step), as letters_end forward: the run of
      // letters is the run of high bits at the top of the mask.
      constexpr uint64_t kHigh = 0x8080808080808080ull;
      for (; b >= floor + 9u; b -= 8) {
        uint64_t x;
        std::memcpy(&x, s + b - 8, 8);
        const uint64_t y = x | 0x2020202020202020ull;
        const uint64_t z = y & 0x7F7F7F7F7F7F7F7Full;
        const uint64_t letter = (z + 0x1F1F1F1F1F1F1F1Full) & ~(z + 0x0505050505050505ull) & ~y & kHigh;
        if (const uint64_t other = ~letter & kHigh) return TokSpan{b - static_cast<uint32_t>(std::countl_zero(other) >> 3), q, TokKind::word};
      }
    }
    while (b > floor && is_ascii_letter(static_cast<char>(s[b - 1]))) --b;
    return TokSpan{b, q, TokKind::word};
  }
  if (c >= '0' && c <= '9') {
    while (b - 1 > floor && s[b - 2] >= '0' && s[b - 2] <= '9') --b;
    return TokSpan{b - 1, q, TokKind::number};
  }
  return TokSpan{q - 1, q, TokKind::punct};
}

// A window of tokens read forward from a position on demand: at(0) is the first token.
class Window {
 public:
  static constexpr int kMax = 24;
  Window(std::string_view text, uint32_t pos) noexcept : text_(text), pos_(pos) {}
  // A window whose first token the caller has read already (from before its white space): the same window
  // as Window(text, first.begin), without reading that token again.
  Window(std::string_view text, const Tok& first) noexcept : text_(text), pos_(first.begin), n_(1) {
    Tok& t = *std::construct_at(toks(), first);
    t.space_before = t.newline_before = false;  // read from its own first byte, nothing lies before it
  }
  const Tok& at(int i) noexcept {
    // A token read already (most calls: the patterns ask the first few tokens again and again): one compare,
    // which also turns away a negative i (n_ is at most kMax).
    if (static_cast<unsigned>(i) < static_cast<unsigned>(n_)) return toks()[i];
    if (i < 0 || i >= kMax) return end_;
    while (n_ <= i) {
      uint32_t from = pos_;
      if (n_ > 0) {
        const Tok& last = toks()[n_ - 1];
        if (last.kind == TokKind::end) return last;
        from = last.end;
      }
      std::construct_at(toks() + n_, next_token(text_, from));
      ++n_;
    }
    return toks()[i];
  }

  std::string_view text() const noexcept { return text_; }
  std::string_view str(const Tok& t) const noexcept { return text_.substr(t.begin, t.end - t.begin); }

 private:
  std::string_view text_;
  uint32_t pos_;
  int n_ = 0;
  // Raw storage: a window is made at every trigger token and most read two or three tokens, so the kMax
  // tokens are constructed only when read (dates_bench measured the eager array at a few percent).
  alignas(Tok) unsigned char raw_[kMax * sizeof(Tok)];
  Tok* toks() noexcept { return std::launder(reinterpret_cast<Tok*>(raw_)); }
  Tok end_;
};

// The few tokens before the trigger: at(0) is the one right before it. Each is found (token_before) only
// when the grammar first asks for it or one before it, and read whole only when the grammar looks at it
// (most triggers never look back).
class Lookback {
 public:
  Lookback() = default;
  // The tokens between `floor` (where the scan last resumed after a match, or the text's start) and the
  // trigger at `pos`.
  Lookback(std::string_view text, uint32_t floor, uint32_t pos) noexcept
      : text_(text), floor_(floor), back_(pos), done_(false) {}
  // Puts a token before the others (a pattern that supplies its own context: "in" before a month).
  void push(const Tok& tok) noexcept {
    find(2);
    done_ = true;
    for (int i = 2; i > 0; --i) from_[i] = from_[i - 1];
    std::memmove(raw_ + sizeof(Tok), raw_, 2 * sizeof(Tok));  // the tokens read move with their bits in read_
    std::construct_at(toks(), tok);
    read_ = static_cast<uint8_t>(((read_ << 1) | 1) & 7);
    if (n_ < 3) ++n_;
  }
  int size() const noexcept {
    find(2);
    return n_;
  }
  // Whether at(0) is a punctuation mark: at(0)'s kind, told without finding that token when the last byte before
  // the trigger past ASCII white space is an ASCII letter or digit (the end of a word or a number), as before most
  // numbers of news ("in 2010", "of 5"): a pattern that looks back for a mark ("$5", "1/2") asks this first.
  bool punct_first() const noexcept {
    if (!done_ && n_ == 0) {
      const unsigned char* s = reinterpret_cast<const unsigned char*>(text_.data());
      uint32_t q = back_ > text_.size() ? static_cast<uint32_t>(text_.size()) : back_;
      while (q > floor_ && (s[q - 1] == ' ' || (s[q - 1] >= '\t' && s[q - 1] <= '\r'))) --q;
      if (q <= floor_) return false;  // only white space lies before it: no token
      const unsigned char c = s[q - 1];
      if (is_ascii_letter(static_cast<char>(c)) || (c >= '0' && c <= '9')) return false;
    }
    const Tok* p = at(0);
    return p && p->kind == TokKind::punct;
  }
  const Tok* at(int i) const noexcept {
    if (i < 0 || i > 2) return nullptr;
    find(i);
    if (i >= n_) return nullptr;
    if (!(read_ >> i & 1)) {
      std::construct_at(toks() + i, next_token(text_, from_[i]));
      read_ |= static_cast<uint8_t>(1 << i);
    }
    return toks() + i;
  }

 private:
  // Finds the tokens up to the i-th (of at most three).
  void find(int i) const noexcept {
    while (!done_ && n_ <= i) {
      const uint32_t f = token_before(text_, floor_, back_);
      if (f == kNoToken) {
        done_ = true;
        break;
      }
      from_[n_++] = back_ = f;
      if (n_ == 3) done_ = true;
    }
  }
  std::string_view text_;
  uint32_t floor_ = 0;
  mutable uint32_t back_ = 0;  // where the next token back ends (at or before): the trigger, then each one found
  mutable bool done_ = true;  // all there are found (a default Lookback holds none)
  mutable int n_ = 0;
  mutable uint32_t from_[3] = {};
  mutable uint8_t read_ = 0;  // bit i: token i is read
  // Raw storage, as Window's: a look-back is made at every trigger and most are never read, so its tokens are
  // constructed only when read (bit i of read_).
  alignas(Tok) mutable unsigned char raw_[3 * sizeof(Tok)];
  Tok* toks() const noexcept { return std::launder(reinterpret_cast<Tok*>(raw_)); }
};

}  // namespace textchain::dates

#endif
