// The compact token form (compact_tokens.hpp).
#include "text/compact_tokens.hpp"

namespace textchain::text {

static_assert(sizeof(tc_token_compact) == 8, "the compact token form is 8 bytes");
static_assert(sizeof(tc_token_long) == 8);
static_assert((TC_TOKEN_INITIAL_CAPITAL | TC_TOKEN_ALL_CAPITALS | TC_TOKEN_LOWER_CASE | TC_TOKEN_TITLE_CASE | TC_TOKEN_HAS_DIGIT |
               TC_TOKEN_HAS_LETTER | TC_TOKEN_ABBREVIATION | TC_TOKEN_NON_ASCII) == 0xFFu,
              "every defined token flag fits in tc_token_compact.flags");

void to_compact(std::span<const tc_token> full, CompactTokens& out) {
  out.clear();
  // White space is about a third of the tokens of prose: reserving all of them overshoots a little, and the
  // untouched tail costs no resident memory.
  out.reserve(full.size());
  out.append(full.data(), full.data() + full.size());
}

}  // namespace textchain::text
