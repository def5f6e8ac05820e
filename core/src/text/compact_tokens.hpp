// The compact token form of ABI 1.2 (tc_token_compact, abi.h): what the host keeps of a text version's
// tokens when no step reads the 12-byte tc_token array. The tokenizer writes into it directly (tokenize's
// overload for CompactTokens), so the 12-byte array is never made for it: on the dense 100 MB document that
// array alone is 4.5 times the text.
#ifndef TEXTCHAIN_TEXT_COMPACT_TOKENS_HPP
#define TEXTCHAIN_TEXT_COMPACT_TOKENS_HPP

#include <textchain/abi.h>

#include <cstddef>
#include <span>
#include <vector>

namespace textchain::text {

struct CompactTokens {
  std::vector<tc_token_compact> tokens;
  std::vector<tc_token_long> long_tokens;  // the tokens of TC_TOKEN_LONG_LENGTH or more bytes, by index

  void clear() noexcept {
    tokens.clear();
    long_tokens.clear();
  }
  void reserve(size_t n) { tokens.reserve(n); }
  // Appends `t` unless it is white space (the compact form leaves it out). Inline: the tokenizer calls it
  // per token, and for the space it emits after a word the kind is a constant, so the test disappears.
  void push_back(const tc_token& t) {
    if (t.kind == TC_TOKEN_SPACE || t.kind == TC_TOKEN_LINEBREAK) return;
    const uint32_t length = t.end - t.begin;
    if (length >= TC_TOKEN_LONG_LENGTH) [[unlikely]]
      long_tokens.push_back(tc_token_long{static_cast<uint32_t>(tokens.size()), t.end});
    tokens.push_back(tc_token_compact{t.begin, static_cast<uint16_t>(length < TC_TOKEN_LONG_LENGTH ? length : TC_TOKEN_LONG_LENGTH),
                                      static_cast<uint8_t>(t.kind), static_cast<uint8_t>(t.flags)});
  }
  void append(const tc_token* begin, const tc_token* end) {
    for (; begin != end; ++begin) push_back(*begin);
  }
};

// The compact form of a tc_token array (the host derives it when a step already made the full array).
void to_compact(std::span<const tc_token> full, CompactTokens& out);

}  // namespace textchain::text

#endif
