// The case and shape bits of tc_token.flags (ABI 1.1), from the host's Unicode tables, so that no plugin
// re-codes a UTF-8 decoder or a case test.
#ifndef TEXTCHAIN_TEXT_TOKEN_FLAGS_HPP
#define TEXTCHAIN_TEXT_TOKEN_FLAGS_HPP

#include <textchain/abi.h>

#include <span>
#include <string_view>

namespace textchain::text {

// Sets the TC_TOKEN_* flags of every word and number token of `text` (tokens as tokenize() made them;
// other kinds get 0). One pass over the bytes of those tokens; no allocation.
void assign_token_flags(std::string_view text, std::span<tc_token> tokens) noexcept;

}  // namespace textchain::text

#endif
