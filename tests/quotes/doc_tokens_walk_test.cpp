// DocTokens over the host's compact tokens (no white space): index_sentences notes the line breaks the white
// space between tokens holds (the paragraph split reads them), and the walk's positions (a token, or the white
// space before one) answer as the 12-byte token array did. Checked on random token streams against that array,
// with the sentence ends against the rule written out token by token.
#include "doc_tokens.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace {

using textchain::quotes::DocTokens;
using textchain::quotes::kNoToken;

struct Stream {
  std::string text;
  std::vector<tc_token> tokens;  // the 12-byte array, white space included
  std::vector<tc_sentence> sentences;
  std::vector<tc_token_compact> compact;  // what the host hands the plugin
  std::vector<size_t> position;           // per token of `tokens`: its DocTokens position
  textchain::CompactTokenView view() const { return textchain::CompactTokenView(compact, {}); }
};

// Tokens of one byte or more of every kind, with random flags, and sentences over some of them (possibly
// none, possibly leaving tokens before the first and after the last).
Stream random_stream(std::mt19937& rng) {
  Stream s;
  // Up to 200: the walk takes eight tokens a step (SSE2), then four, then one; every remainder is met.
  const size_t n = rng() % 200;
  for (size_t i = 0; i < n; ++i) {
    tc_token t{};
    t.begin = static_cast<uint32_t>(s.text.size());
    const uint16_t kinds[] = {TC_TOKEN_WORD, TC_TOKEN_SPACE, TC_TOKEN_LINEBREAK, TC_TOKEN_PUNCT, TC_TOKEN_QUOTE,
                              TC_TOKEN_NUMBER};
    t.kind = kinds[rng() % 6];
    // Only white-space tokens hold white space: the compact form tells it from what lies between tokens. Every
    // line break the tokenizer knows, and letters whose last bytes look like a line separator's ("é", "è", "Å").
    const char* pieces[] = {"Ab", ".", "\"", "7", "cd", "'", "\xC3\xA9t\xC3\xA8", "\xC3\x85"};
    const char* spaces[] = {" ", "\t", "\xC2\xA0", "\xE2\x80\x85"};
    // (No "\r" alone: one followed by a "\n" token would be the tokenizer's one "\r\n" token.)
    const char* breaks[] = {"\n", "\r\n", "\n", "\v", "\f", "\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9"};
    s.text += t.kind == TC_TOKEN_SPACE ? spaces[rng() % 4] : t.kind == TC_TOKEN_LINEBREAK ? breaks[rng() % 8] : pieces[rng() % 8];
    t.end = static_cast<uint32_t>(s.text.size());
    t.flags = static_cast<uint16_t>(rng() & 0xffff);  // every flag bit: only the capital's may count
    s.tokens.push_back(t);
  }
  for (size_t i = rng() % 3; i < n;) {
    const size_t j = i + 1 + rng() % 12;
    const size_t last = std::min(j, n) - 1;
    s.sentences.push_back({s.tokens[i].begin, s.tokens[last].end});
    i = j + rng() % 3;
  }
  for (const tc_token& t : s.tokens) {
    const bool white = t.kind == TC_TOKEN_SPACE || t.kind == TC_TOKEN_LINEBREAK;
    s.position.push_back(white ? 2 * s.compact.size() : 2 * s.compact.size() + 1);
    if (!white)
      s.compact.push_back({t.begin, static_cast<uint16_t>(t.end - t.begin), static_cast<uint8_t>(t.kind),
                           static_cast<uint8_t>(t.flags)});
  }
  return s;
}

TEST(DocTokensWalk, NotesEveryLineBreakOfRandomStreams) {
  std::mt19937 rng(20261204);
  for (int round = 0; round < 3000; ++round) {
    const Stream s = random_stream(rng);
    DocTokens d{s.text, s.view(), s.sentences, {}, &textchain::quotes::Lexicons::builtin(), {}, {}};
    d.index_sentences();
    ASSERT_EQ(d.size(), 2 * s.compact.size() + 1);
    // One entry per line-break token, its white space's position.
    std::vector<uint32_t> breaks;
    for (size_t i = 0; i < s.tokens.size(); ++i)
      if (s.tokens[i].kind == TC_TOKEN_LINEBREAK) breaks.push_back(static_cast<uint32_t>(s.position[i]));
    ASSERT_EQ(d.line_breaks, breaks) << round;
    // A second call starts afresh.
    d.index_sentences();
    ASSERT_EQ(d.line_breaks, breaks) << round;
    // Every token is where the array has it; the white space between two tokens is a line break when one of its
    // tokens is, and next() and prev() go as they went over the array, skipping spaces but not line breaks.
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      const size_t v = s.position[i];
      if (s.tokens[i].kind == TC_TOKEN_LINEBREAK) {
        ASSERT_TRUE(d.is_break(v)) << round << " " << i;
      }
      if (s.tokens[i].kind == TC_TOKEN_SPACE || s.tokens[i].kind == TC_TOKEN_LINEBREAK) continue;
      ASSERT_EQ(d.begin(v), s.tokens[i].begin);
      ASSERT_EQ(d.end(v), s.tokens[i].end);
      ASSERT_EQ(d.kind(v), s.tokens[i].kind);
      size_t want_next = kNoToken, want_prev = kNoToken;
      for (size_t j = i + 1; j < s.tokens.size() && want_next == kNoToken; ++j)
        if (s.tokens[j].kind != TC_TOKEN_SPACE) want_next = s.position[j];
      for (size_t j = i; j-- > 0 && want_prev == kNoToken;)
        if (s.tokens[j].kind != TC_TOKEN_SPACE) want_prev = s.position[j];
      ASSERT_EQ(d.next(v), want_next) << round << " " << i;
      ASSERT_EQ(d.prev(v), want_prev) << round << " " << i;
    }
    for (size_t v = 0; v < d.size(); v += 2) {
      bool holds_break = false;
      for (size_t i = 0; i < s.tokens.size(); ++i)
        holds_break |= s.position[i] == v && s.tokens[i].kind == TC_TOKEN_LINEBREAK;
      ASSERT_EQ(d.is_break(v), holds_break) << round << " " << v;
    }
    // Sentence ends, token by token: before the first sentence every token ends one; in a sentence, the
    // tokens from its last one that is neither space nor mark (within the sentence) to the next sentence.
    std::vector<bool> want(s.tokens.size(), false);
    size_t t = 0;
    for (; t < s.tokens.size() && (s.sentences.empty() || s.tokens[t].begin < s.sentences.front().begin); ++t)
      want[t] = true;
    for (size_t si = 0; si < s.sentences.size(); ++si) {
      const size_t first = t;
      const uint32_t next = si + 1 < s.sentences.size() ? s.sentences[si + 1].begin : UINT32_MAX;
      while (t < s.tokens.size() && s.tokens[t].begin < next) ++t;
      size_t last = t;
      while (last > first && s.tokens[last - 1].begin >= s.sentences[si].end) --last;
      while (last > first && (s.tokens[last - 1].kind == TC_TOKEN_SPACE || s.tokens[last - 1].kind == TC_TOKEN_LINEBREAK ||
                              (s.tokens[last - 1].kind != TC_TOKEN_WORD && s.tokens[last - 1].kind != TC_TOKEN_NUMBER &&
                               (s.text[s.tokens[last - 1].begin] == '"' || s.text[s.tokens[last - 1].begin] == '\''))))
        --last;
      last = last > first ? last - 1 : first;
      for (size_t k = last; k < t; ++k) want[k] = true;
    }
    for (size_t k = 0; k < s.tokens.size(); ++k) {
      if (s.tokens[k].kind == TC_TOKEN_SPACE || s.tokens[k].kind == TC_TOKEN_LINEBREAK) continue;
      ASSERT_EQ(d.sentence_ends_after(s.position[k]), want[k]) << round << " " << k;
    }
  }
}

// next_capitalized_word (four tokens a step with SSE2, then one) finds the same tokens as a plain scan for a word
// with the capital flag, from every start to every end of random streams whose tokens carry every flag bit.
TEST(DocTokensWalk, NextCapitalizedWordFindsWhatAPlainScanFinds) {
  std::mt19937 rng(20261205);
  size_t found = 0;
  for (int round = 0; round < 300; ++round) {
    const Stream s = random_stream(rng);
    const DocTokens d{s.text, s.view(), s.sentences, {}, &textchain::quotes::Lexicons::builtin(), {}, {}};
    for (size_t end = 0; end <= d.size(); ++end)
      for (size_t from = 0; from <= end; ++from) {
        size_t want = from;
        while (want < end && !(d.is_word(want) && d.capitalized(want))) ++want;
        ASSERT_EQ(d.next_capitalized_word(from, end), want) << round << " " << from << " " << end;
        found += want < end;
      }
  }
  EXPECT_GT(found, 1000u);
}

}  // namespace
