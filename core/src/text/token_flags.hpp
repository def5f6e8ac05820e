// The case and shape bits of tc_token.flags (ABI 1.1), from the host's Unicode tables, so that no plugin
// re-codes a UTF-8 decoder or a case test.
#ifndef TEXTCHAIN_TEXT_TOKEN_FLAGS_HPP
#define TEXTCHAIN_TEXT_TOKEN_FLAGS_HPP

#include <textchain/abi.h>

#include <span>
#include <string_view>

namespace textchain::text {

// The case and shape flags of the word or number token [begin, end) of `text` (any characters).
// tokenize() computes the flags of ASCII words itself, on the bytes it is scanning anyway, and calls this
// for every other word and number token.
uint16_t shape_flags(std::string_view text, size_t begin, size_t end) noexcept;

// TC_TOKEN_ABBREVIATION when the word [begin, end) (with its other flags) is followed by a period that
// the sentence splitter's lexicon reads as an abbreviation's or an initial's; else 0.
uint16_t abbreviation_flag(std::string_view text, size_t begin, size_t end, uint16_t flags) noexcept;

}  // namespace textchain::text

#endif
