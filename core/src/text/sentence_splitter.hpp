// Sentence segmentation for news text, over the tokens of the same text.
#ifndef TEXTCHAIN_TEXT_SENTENCE_SPLITTER_HPP
#define TEXTCHAIN_TEXT_SENTENCE_SPLITTER_HPP

#include <textchain/abi.h>

#include "text/compact_tokens.hpp"

#include <span>
#include <string_view>
#include <vector>

namespace textchain::text {

// Appends the sentences of `text` to `out` (cleared first). Sentences cover the non-space text; leading
// and trailing white space of a sentence is excluded. `tokens` are tokenize(text)'s output, flags included
// (the splitter reads TC_TOKEN_ABBREVIATION instead of looking every word before a period up again).
void split_sentences(std::string_view text, std::span<const tc_token> tokens, std::vector<tc_sentence>& out);
// The same sentences from the compact form (ABI 1.2: no white-space tokens), byte for byte: the line breaks
// and blank lines are read from the bytes between consecutive tokens. The host splits from this form when
// no step of the chain reads the 12-byte array.
void split_sentences(std::string_view text, const CompactTokens& tokens, std::vector<tc_sentence>& out);

}  // namespace textchain::text

#endif
