// The document as the quote engine walks it: text, the host's tokens, and the quoted spans found in it.
// Walking skips white space but stops at line breaks, which bound every attribution.
#ifndef TEXTCHAIN_QUOTES_DOC_TOKENS_HPP
#define TEXTCHAIN_QUOTES_DOC_TOKENS_HPP

#include "lexicon.hpp"
#include "quote_marks.hpp"
#include "text_chars.hpp"

#include <textchain/abi.h>

#include <algorithm>
#include <span>
#include <string_view>
#include <vector>

namespace textchain::quotes {

constexpr size_t kNoToken = SIZE_MAX;

struct DocTokens {
  std::string_view text;
  std::span<const tc_token> tokens;
  std::span<const tc_sentence> sentences;
  std::vector<QuoteSpan> outer;  // outermost quoted spans, by begin
  const Lexicons* lex = &Lexicons::builtin();  // the word lists, as the engine's options extend them

  size_t size() const noexcept { return tokens.size(); }
  std::string_view str(size_t i) const noexcept { return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin); }
  uint16_t kind(size_t i) const noexcept { return tokens[i].kind; }
  bool is_word(size_t i) const noexcept { return tokens[i].kind == TC_TOKEN_WORD; }
  bool is_break(size_t i) const noexcept { return tokens[i].kind == TC_TOKEN_LINEBREAK; }
  bool is_punct(size_t i, char c) const noexcept {
    return tokens[i].end - tokens[i].begin == 1 && text[tokens[i].begin] == c && tokens[i].kind != TC_TOKEN_WORD;
  }
  bool is_mark(size_t i) const noexcept {
    if (tokens[i].kind == TC_TOKEN_WORD || tokens[i].kind == TC_TOKEN_NUMBER) return false;
    MarkFamily f;
    return mark_family(decode_at(text, tokens[i].begin), &f);
  }
  // Next token after i that is not horizontal space (kNoToken at the end).
  size_t next(size_t i) const noexcept {
    for (size_t j = i + 1; j < tokens.size(); ++j)
      if (tokens[j].kind != TC_TOKEN_SPACE) return j;
    return kNoToken;
  }
  size_t prev(size_t i) const noexcept {
    for (size_t j = i; j-- > 0;)
      if (tokens[j].kind != TC_TOKEN_SPACE) return j;
    return kNoToken;
  }
  // Index of the outermost quoted span holding byte offset `b`, or -1.
  long quote_at(size_t b) const noexcept {
    auto it = std::upper_bound(outer.begin(), outer.end(), b, [](size_t x, const QuoteSpan& q) { return x < q.begin; });
    if (it == outer.begin()) return -1;
    --it;
    return b < it->end ? static_cast<long>(it - outer.begin()) : -1;
  }
  // First token at or after byte offset b.
  size_t token_at(size_t b) const noexcept {
    auto it = std::lower_bound(tokens.begin(), tokens.end(), b, [](const tc_token& t, size_t x) { return t.end <= x; });
    return static_cast<size_t>(it - tokens.begin());
  }
};

}  // namespace textchain::quotes

#endif
