// DocTokens::index_sentences: its one walk over the tokens also notes the line breaks (the paragraph split
// reads them). Checked on random token streams against a plain scan, with the sentence ends against the rule
// written out token by token.
#include "doc_tokens.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace {

using textchain::quotes::DocTokens;

struct Stream {
  std::string text;
  std::vector<tc_token> tokens;
  std::vector<tc_sentence> sentences;
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
    const char* pieces[] = {"Ab", " ", "\n", ".", "\"", "7", "cd", "'"};
    s.text += t.kind == TC_TOKEN_SPACE ? " " : t.kind == TC_TOKEN_LINEBREAK ? "\n" : pieces[rng() % 8];
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
  return s;
}

TEST(DocTokensWalk, NotesEveryLineBreakOfRandomStreams) {
  std::mt19937 rng(20261204);
  for (int round = 0; round < 3000; ++round) {
    const Stream s = random_stream(rng);
    DocTokens d{s.text, s.tokens, s.sentences, {}, &textchain::quotes::Lexicons::builtin(), {}, {}};
    d.index_sentences();
    std::vector<uint32_t> breaks;
    for (size_t i = 0; i < s.tokens.size(); ++i)
      if (s.tokens[i].kind == TC_TOKEN_LINEBREAK) breaks.push_back(static_cast<uint32_t>(i));
    ASSERT_EQ(d.line_breaks, breaks) << round;
    // A second call starts afresh.
    d.index_sentences();
    ASSERT_EQ(d.line_breaks, breaks) << round;
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
      while (last > first && (s.tokens[last - 1].kind == TC_TOKEN_SPACE || d.is_mark(last - 1))) --last;
      last = last > first ? last - 1 : first;
      for (size_t k = last; k < t; ++k) want[k] = true;
    }
    for (size_t k = 0; k < s.tokens.size(); ++k) ASSERT_EQ(d.sentence_ends_after(k), want[k]) << round << " " << k;
  }
}

// next_capitalized_word (four tokens a step with SSE2, then one) finds the same tokens as a plain scan for a word
// with the capital flag, from every start to every end of random streams whose tokens carry every flag bit.
TEST(DocTokensWalk, NextCapitalizedWordFindsWhatAPlainScanFinds) {
  std::mt19937 rng(20261205);
  size_t found = 0;
  for (int round = 0; round < 300; ++round) {
    const Stream s = random_stream(rng);
    const DocTokens d{s.text, s.tokens, s.sentences, {}, &textchain::quotes::Lexicons::builtin(), {}, {}};
    for (size_t end = 0; end <= s.tokens.size(); ++end)
      for (size_t from = 0; from <= end; ++from) {
        size_t want = from;
        while (want < end && !(s.tokens[want].kind == TC_TOKEN_WORD && (s.tokens[want].flags & TC_TOKEN_INITIAL_CAPITAL)))
          ++want;
        ASSERT_EQ(d.next_capitalized_word(from, end), want) << round << " " << from << " " << end;
        found += want < end;
      }
  }
  EXPECT_GT(found, 1000u);
}

}  // namespace
