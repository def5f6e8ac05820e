// Word segmentation: the hot path every plugin reads through.
#ifndef TEXTCHAIN_TEXT_TOKENIZER_HPP
#define TEXTCHAIN_TEXT_TOKENIZER_HPP

#include <textchain/abi.h>

#include "text/compact_tokens.hpp"

#include <string_view>
#include <vector>

namespace textchain::text {

// Splits `text` (valid UTF-8; invalid bytes are treated as single opaque characters) at word boundaries
// and appends one token per segment, spaces and line breaks included, so the tokens tile the text. Word
// and number tokens get their case and shape flags (token_flags.hpp), others 0.
// `out` is cleared first; its capacity is reused across calls (no allocation per token).
void tokenize(std::string_view text, std::vector<tc_token>& out);
// The same tokens in the compact form of ABI 1.2 (compact_tokens.hpp): white space left out, 8 bytes each,
// written as they are found (the 12-byte array is never made). `out` is cleared first.
void tokenize(std::string_view text, CompactTokens& out);

namespace detail {
// The same segmentation without the ASCII fast path: every segment goes through the general rules.
// Tests compare it with tokenize() to check that the fast path changes speed only.
void tokenize_general_only(std::string_view text, std::vector<tc_token>& out);
// tokenize() with the 32-byte (AVX2) block classifier where this processor has it (else SSE2), with the
// 16-byte (SSE2) one, and with the byte-loop one, whatever this processor has: tokenize() picks its AVX-512
// block loop (64-byte compares into mask registers, 16 tokens written at a time) where it can, else AVX2;
// tests compare all of them with the general rules.
void tokenize_avx2_blocks(std::string_view text, std::vector<tc_token>& out);
void tokenize_sse2_blocks(std::string_view text, std::vector<tc_token>& out);
void tokenize_byte_blocks(std::string_view text, std::vector<tc_token>& out);
void tokenize_byte_blocks(std::string_view text, CompactTokens& out);
}  // namespace detail

}  // namespace textchain::text

#endif
