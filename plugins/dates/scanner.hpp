// Splits text into the tokens the date grammar reads: ASCII words (with their lexicon entry), digit runs,
// and single punctuation marks, each with what lies before it (space, line break). Reads bytes
// directly: the grammar only ever needs a few tokens around a trigger, so nothing is stored per token.
#ifndef TEXTCHAIN_DATES_SCANNER_HPP
#define TEXTCHAIN_DATES_SCANNER_HPP

#include "lexicon.hpp"

#include <cstdint>
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
// Only where a token lies and what it is (no flags, no lexicon entry): what skim_to_candidate reports of
// the token it stops at.
struct TokSpan {
  uint32_t begin = 0, end = 0;
  TokKind kind = TokKind::end;
};

// The token skim_to_candidate found at `span` (a word or a number), read whole without passing over its bytes
// again: next_token(text, span.begin), which reads it from its own first byte (no white space before it).
Tok token_at(std::string_view text, const TokSpan& span) noexcept;

// Whether the token next_token(text, pos) would read is a word of ASCII letters whose lexicon entry is
// empty (no kind, no word set). False when unsure: for anything but such a word after ASCII white space.
bool unknown_word_at(std::string_view text, uint32_t pos) noexcept;
// The same look, telling where that word lies (next_token(text, pos)'s begin and end, kind `word`); kind
// `end` when unknown_word_at is false.
TokSpan unknown_word(std::string_view text, uint32_t pos) noexcept;

// Where the latest tokens the scan passed over were skimmed from (the end of the token before each): the
// grammar's look-back reads them again from there, and only when a pattern looks back.
struct SkimRing {
  uint32_t from[4] = {};
  unsigned head = 0;
  int kept = 0;  // how many of them (at most 3) the grammar may look back at
  void push(uint32_t f) noexcept {
    head = (head + 1) & 3;
    from[head] = f;
    if (kept < 3) ++kept;
  }
  // from[0] is where the token right before the trigger was skimmed from, from[1] the one before...
  void latest(uint32_t out[3]) const noexcept {
    out[0] = from[head & 3], out[1] = from[(head - 1) & 3], out[2] = from[(head - 2) & 3];
  }
};

// The scan's skip: from `pos`, passes over every token that cannot start an expression (punctuation, and
// words `shapes` does not hold, unless `every_word`), pushing where each was skimmed from onto `ring`, and
// stops at the first digit run or word that may: returns where that one was skimmed from, its span in
// `span` (kind `end` at the end of the text). One loop over bytes, no call and no lexicon look-up per token:
// the tokens next_token would read, one after another.
uint32_t skim_to_candidate(std::string_view text, uint32_t pos, const WordShapes& shapes, bool every_word,
                           SkimRing& ring, TokSpan& span) noexcept;

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

// The few tokens before the trigger: at(0) is the one right before it. The scan loop gives where it skimmed
// them from, and a token is read whole only when the grammar looks at it (most triggers never look back).
class Lookback {
 public:
  Lookback() = default;
  // `from[0]` is where the token right before the trigger was skimmed from, `from[1]` the one before...
  Lookback(std::string_view text, const uint32_t* from, int n) noexcept : text_(text), n_(n < 3 ? n : 3) {
    for (int i = 0; i < n_; ++i) from_[i] = from[i];
  }
  // Puts a token before the others (a pattern that supplies its own context: "in" before a month).
  void push(const Tok& tok) noexcept {
    for (int i = 2; i > 0; --i) from_[i] = from_[i - 1], t_[i] = t_[i - 1];
    t_[0] = tok;
    read_ = static_cast<uint8_t>(((read_ << 1) | 1) & 7);
    if (n_ < 3) ++n_;
  }
  int size() const noexcept { return n_; }
  const Tok* at(int i) const noexcept {
    if (i >= n_) return nullptr;
    if (!(read_ >> i & 1)) {
      t_[i] = next_token(text_, from_[i]);
      read_ |= static_cast<uint8_t>(1 << i);
    }
    return &t_[i];
  }

 private:
  std::string_view text_;
  uint32_t from_[3] = {};
  int n_ = 0;
  mutable uint8_t read_ = 0;  // bit i: t_[i] is read
  mutable Tok t_[3];
};

}  // namespace textchain::dates

#endif
