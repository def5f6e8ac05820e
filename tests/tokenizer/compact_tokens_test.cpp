// The compact token form of ABI 1.2 (text/compact_tokens.hpp): on any text, the compact tokens are the
// 12-byte tokens minus white space, with the same offsets, kinds and flags, whether the tokenizer writes
// them directly or the host derives them from the full array; long tokens and large offsets are exact.
#include "text/compact_tokens.hpp"
#include "text/tokenizer.hpp"

#include <textchain/sdk.hpp>

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace {

using textchain::text::CompactTokens;

bool is_white(const tc_token& t) { return t.kind == TC_TOKEN_SPACE || t.kind == TC_TOKEN_LINEBREAK; }

// The compact tokens `c` are `full` without white space, token by token (through the SDK's view, which is
// what a plugin reads).
void expect_same_tokens(const std::vector<tc_token>& full, const CompactTokens& c, const std::string& what) {
  const textchain::CompactTokenView view(c.tokens, c.long_tokens);
  size_t k = 0;
  for (const tc_token& t : full) {
    if (is_white(t)) continue;
    ASSERT_LT(k, view.size()) << what;
    const tc_token got = view[k];
    ASSERT_EQ(got.begin, t.begin) << what << " token " << k;
    ASSERT_EQ(got.end, t.end) << what << " token " << k;
    ASSERT_EQ(got.kind, t.kind) << what << " token " << k;
    ASSERT_EQ(got.flags, t.flags) << what << " token " << k;
    ++k;
  }
  ASSERT_EQ(k, view.size()) << what;
}

void expect_forms_agree(std::string_view text, const std::string& what) {
  std::vector<tc_token> full;
  textchain::text::tokenize(text, full);
  CompactTokens direct, derived, bytes;
  textchain::text::tokenize(text, direct);
  textchain::text::to_compact(full, derived);
  textchain::text::detail::tokenize_byte_blocks(text, bytes);
  ASSERT_NO_FATAL_FAILURE(expect_same_tokens(full, direct, what + " (tokenized compact)"));
  ASSERT_NO_FATAL_FAILURE(expect_same_tokens(full, derived, what + " (derived)"));
  ASSERT_NO_FATAL_FAILURE(expect_same_tokens(full, bytes, what + " (byte-loop blocks)"));
}

}  // namespace

TEST(CompactTokens, EightBytesAndNoWhiteSpace) {
  static_assert(sizeof(tc_token_compact) == 8);
  CompactTokens c;
  textchain::text::tokenize("The mayor said:\n\n  \"We will.\"", c);
  // The, mayor, said, :, ", We, will, ., "
  ASSERT_EQ(c.tokens.size(), 9u);
  EXPECT_TRUE(c.long_tokens.empty());
  for (const tc_token_compact& t : c.tokens) {
    EXPECT_NE(t.kind, TC_TOKEN_SPACE);
    EXPECT_NE(t.kind, TC_TOKEN_LINEBREAK);
  }
  EXPECT_EQ(c.tokens[0].begin, 0u);
  EXPECT_EQ(c.tokens[0].length, 3u);
  EXPECT_EQ(c.tokens[0].flags, TC_TOKEN_INITIAL_CAPITAL | TC_TOKEN_TITLE_CASE | TC_TOKEN_HAS_LETTER);
}

// Random documents of words, numbers, punctuation, quotes and white space in several scripts (fast: some
// 200 KB in all).
TEST(CompactTokens, SameTokensAsTheFullArrayOnRandomDocuments) {
  const std::vector<std::string> words = {
      "the", "The", "NATO", "McCain", "iPhone", "3rd", "2025", "1,000.5", "U.S.", "don't", "Mr.", "e-mail", "x_y",
      "\xC5\x81ukasz", "caf\xC3\xA9", "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "\xE6\x9D\xB1\xE4\xBA\xAC",
      "don\xE2\x80\x99t", "\xE2\x80\x9Cquoted\xE2\x80\x9D", "\xF0\x9F\x87\xBA\xF0\x9F\x87\xB8", "e\xCC\x81", "(", ")",
      ",", ".", "!", "\"", "'", "-", "\t", "\n", "\r\n", "\n\n", "  ", "\xC2\xA0", "\xE2\x80\xA8", "\x80"};
  std::mt19937 rng(1212);
  std::uniform_int_distribution<size_t> pick(0, words.size() - 1);
  for (int round = 0; round < 40; ++round) {
    std::string text;
    const size_t target = 100 + rng() % 10000;
    while (text.size() < target) {
      text += words[pick(rng)];
      if (rng() % 10 < 7) text += ' ';
    }
    ASSERT_NO_FATAL_FAILURE(expect_forms_agree(text, "round " + std::to_string(round)));
  }
}

// Mostly-ASCII documents, where the block path writes the compact tokens itself: single spaces (written
// with the token before them in the 12-byte form, not at all in the compact one), runs of spaces, tabs and
// line breaks (white space the compact form leaves out), words it finishes after its loop ("3M", "Mr."
// before a period, curly apostrophes), all at every place in a 64-byte block. Fast: some 150 KB.
TEST(CompactTokens, SameTokensAsTheFullArrayOnMostlyAsciiDocuments) {
  const std::vector<std::string> words = {"the", "The", "NATO", "McCain", "3M", "4x4", "_id", "2025", "1,000.5",
                                          "U.S.", "Mr.", "Dr", ".", ",", "don't", "don\xE2\x80\x99t", "\xE2\x80\x9C",
                                          "\xE2\x80\x9D", "a.b", "\t", "\n", "\v", "\f", "  ", "(", "\"", "-", "e.g."};
  std::mt19937 rng(2020);
  std::uniform_int_distribution<size_t> pick(0, words.size() - 1);
  for (int round = 0; round < 30; ++round) {
    std::string text;
    const size_t target = 200 + rng() % 8000;
    while (text.size() < target) {
      text += words[pick(rng)];
      if (rng() % 10 < 8) text += ' ';
    }
    ASSERT_NO_FATAL_FAILURE(expect_forms_agree(text, "round " + std::to_string(round)));
    std::vector<tc_token> full, general;
    textchain::text::tokenize(text, full);
    textchain::text::detail::tokenize_general_only(text, general);
    ASSERT_EQ(full.size(), general.size()) << round;
    for (size_t k = 0; k < full.size(); ++k) {
      ASSERT_EQ(full[k].begin, general[k].begin) << round << " token " << k;
      ASSERT_EQ(full[k].end, general[k].end) << round << " token " << k;
      ASSERT_EQ(full[k].kind, general[k].kind) << round << " token " << k;
      ASSERT_EQ(full[k].flags, general[k].flags) << round << " token " << k;
    }
  }
}

// A token of 65,535 bytes or more does not fit the 16-bit length: its end is in the long-token table, and
// the tokens after it are exact. Lengths at the edge: 65,534 (fits), 65,535 (the marker value) and more.
TEST(CompactTokens, LongTokensKeepTheirEnd) {
  for (const size_t length : {size_t{65534}, size_t{65535}, size_t{65536}, size_t{200000}}) {
    const std::string text = "Before " + std::string(length, 'x') + " after " + std::string(70000, '7') + ".";
    CompactTokens c;
    textchain::text::tokenize(text, c);
    ASSERT_EQ(c.tokens.size(), 5u) << length;  // Before, x..., after, 7..., .
    const textchain::CompactTokenView view(c.tokens, c.long_tokens);
    EXPECT_EQ(view[1].begin, 7u);
    EXPECT_EQ(view[1].end, 7u + length);
    EXPECT_EQ(view[3].end - view[3].begin, 70000u);
    EXPECT_EQ(view[4].begin, text.size() - 1);
    EXPECT_EQ(c.long_tokens.size(), length >= 65535 ? 2u : 1u) << length;
    ASSERT_NO_FATAL_FAILURE(expect_forms_agree(text, "length " + std::to_string(length)));
  }
}

// Offsets up to the 4 GiB limit survive the conversion (no text that large here: the full array is made
// by hand, as the tokenizer would make it for such a text).
TEST(CompactTokens, OffsetsNearFourGibibytesAreExact) {
  const uint32_t top = UINT32_MAX;
  const std::vector<tc_token> full = {
      {top - 200000, top - 100000, TC_TOKEN_WORD, TC_TOKEN_HAS_LETTER | TC_TOKEN_LOWER_CASE},  // long
      {top - 100000, top - 99999, TC_TOKEN_SPACE, 0},
      {top - 99999, top - 10, TC_TOKEN_NUMBER, TC_TOKEN_HAS_DIGIT},  // long
      {top - 10, top - 9, TC_TOKEN_LINEBREAK, 0},
      {top - 9, top - 1, TC_TOKEN_WORD, TC_TOKEN_NON_ASCII | TC_TOKEN_ABBREVIATION | TC_TOKEN_HAS_LETTER},
      {top - 1, top, TC_TOKEN_PUNCT, 0}};
  CompactTokens c;
  textchain::text::to_compact(full, c);
  ASSERT_EQ(c.tokens.size(), 4u);
  ASSERT_EQ(c.long_tokens.size(), 2u);
  EXPECT_EQ(c.long_tokens[0].index, 0u);
  EXPECT_EQ(c.long_tokens[1].index, 1u);
  ASSERT_NO_FATAL_FAILURE(expect_same_tokens(full, c, "near 4 GiB"));
  EXPECT_EQ(textchain::CompactTokenView(c.tokens, c.long_tokens)[3].end, top);
  EXPECT_EQ(textchain::CompactTokenView(c.tokens, c.long_tokens)[1].end, top - 10);  // a long token's end
}
