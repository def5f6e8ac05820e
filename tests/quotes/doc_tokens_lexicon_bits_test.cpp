// DocTokens::title_word and org_word: each token's answer is kept for the document in the bits of
// token_bits_ that sentence_ends_after and remembered() leave free. Checked on random token streams, asked in
// random order and again, against the lexicon asked directly, with the other answers the same bytes hold.
#include "doc_tokens.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace {

using textchain::quotes::DocTokens;
using textchain::quotes::Lexicons;

struct Stream {
  std::string text;
  std::vector<tc_token> tokens;
  std::vector<tc_sentence> sentences;
  std::vector<tc_token_compact> compact;  // the tokens as the host hands them to the plugin: no white space
  textchain::CompactTokenView view() const { return textchain::CompactTokenView(compact, {}); }
};

// Words that are titles, organisation words, both or neither, with spaces and periods between them, and
// sentences over some of them.
Stream random_stream(std::mt19937& rng) {
  static const char* const kWords[] = {"minister", "Senator", "spokesman", "Corp", "company", "Bank", "Mr",
                                       "walked", "Tom", "the", "Inc", "secretary", "river", "Ministry"};
  Stream s;
  const size_t n = 1 + rng() % 50;
  for (size_t i = 0; i < n; ++i) {
    tc_token t{};
    t.begin = static_cast<uint32_t>(s.text.size());
    switch (rng() % 4) {
      case 0: t.kind = TC_TOKEN_SPACE; s.text += " "; break;
      case 1: t.kind = TC_TOKEN_PUNCT; s.text += "."; break;
      default: t.kind = TC_TOKEN_WORD; s.text += kWords[rng() % std::size(kWords)]; break;
    }
    t.end = static_cast<uint32_t>(s.text.size());
    s.tokens.push_back(t);
  }
  for (size_t i = rng() % 3; i < n;) {
    const size_t j = i + 1 + rng() % 10;
    s.sentences.push_back({s.tokens[i].begin, s.tokens[std::min(j, n) - 1].end});
    i = j + rng() % 3;
  }
  for (const tc_token& t : s.tokens)
    if (t.kind != TC_TOKEN_SPACE)
      s.compact.push_back({t.begin, static_cast<uint16_t>(t.end - t.begin), static_cast<uint8_t>(t.kind), 0});
  return s;
}

bool never_a_name(std::string_view w) { return w == "the" || w == "walked"; }

TEST(DocTokensLexiconBits, AnswersAsTheLexiconAndKeepsTheOtherBitsOfRandomStreams) {
  std::mt19937 rng(20261204);
  const Lexicons& lex = Lexicons::builtin();
  // The words above are what they are meant to be: else the test would check nothing.
  ASSERT_TRUE(lex.is_title_word("minister"));
  ASSERT_TRUE(lex.is_org_word("Corp"));
  ASSERT_FALSE(lex.is_title_word("walked"));
  ASSERT_FALSE(lex.is_org_word("walked"));
  size_t titles = 0, orgs = 0;
  for (int round = 0; round < 2000; ++round) {
    const Stream s = random_stream(rng);
    DocTokens fresh{s.text, s.view(), s.sentences, {}, &lex, {}, {}};
    fresh.index_sentences();
    DocTokens d{s.text, s.view(), s.sentences, {}, &lex, {}, {}};
    const bool indexed_first = rng() % 2;  // asked before the sentences are indexed, or after
    if (indexed_first) d.index_sentences();
    for (int ask = 0; ask < 120; ++ask) {
      if (s.compact.empty()) break;
      const size_t i = DocTokens::position(rng() % s.compact.size());  // a token's position (DocTokens' walk)
      const std::string_view w = d.str(i);
      switch (rng() % 3) {
        case 0: ASSERT_EQ(d.title_word(i), lex.is_title_word(w)) << round << " " << w; titles += d.title_word(i); break;
        case 1: ASSERT_EQ(d.org_word(i), lex.is_org_word(w)) << round << " " << w; orgs += d.org_word(i); break;
        default: {
          // remembered_answer (cap_word's inline read) says "not asked" or the answer, never another.
          const int before = d.remembered_answer(i);
          ASSERT_TRUE(before == -1 || before == static_cast<int>(never_a_name(w))) << round << " " << w;
          ASSERT_EQ(d.remembered(i, never_a_name), never_a_name(w)) << round << " " << w;
          ASSERT_EQ(d.remembered_answer(i), static_cast<int>(never_a_name(w))) << round << " " << w;
          break;
        }
      }
    }
    if (!indexed_first) d.index_sentences();  // starts afresh: the answers are asked again
    for (size_t k = 0; k < d.size(); ++k) {
      ASSERT_EQ(d.sentence_ends_after(k), fresh.sentence_ends_after(k)) << round << " " << k;
      ASSERT_EQ(d.title_word(k), lex.is_title_word(d.str(k))) << round << " " << k;
      ASSERT_EQ(d.org_word(k), lex.is_org_word(d.str(k))) << round << " " << k;
      ASSERT_EQ(d.remembered(k, never_a_name), never_a_name(d.str(k))) << round << " " << k;
      ASSERT_EQ(d.sentence_ends_after(k), fresh.sentence_ends_after(k)) << round << " " << k;
    }
  }
  EXPECT_GT(titles, 0u);
  EXPECT_GT(orgs, 0u);
}

// Lexicons::title_org (one lookup in a table of both lists) answers as is_title_word and is_org_word asked
// apart, for every word of the files in three spellings, with and without a period, and for words added by
// the options.
TEST(DocTokensLexiconBits, TitleOrgAnswersAsBothListsAskedApart) {
  textchain::quotes::LexiconExtras extras;
  extras.titles = {"harbourmaster", "Wardens"};
  extras.organisation_nouns = {"guildhall", "Syndicate"};
  const Lexicons& built_in = Lexicons::builtin();
  const Lexicons extended(extras);
  std::vector<std::string> words = {"harbourmaster", "Wardens", "guildhall", "Syndicate", "walked", "the", "", "."};
  for (const char* file : {"titles", "organisation_nouns", "given_names", "cue_verbs"})
    for (const auto& e : textchain::quotes::parse_lexicon(textchain::quotes::builtin_lexicon(file))) {
      std::string w(e.word), capitalized = w, capitals = w;
      if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') capitalized[0] = static_cast<char>(w[0] - 'a' + 'A');
      for (char& c : capitals)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      for (const std::string& v : {w, capitalized, capitals}) {
        words.push_back(v);
        words.push_back(v + ".");
      }
    }
  size_t titles = 0, orgs = 0;
  for (const Lexicons* lex : {&built_in, &extended})
    for (const std::string& w : words) {
      const uint8_t both = lex->title_org(w);
      ASSERT_EQ((both & 1) != 0, lex->is_title_word(w)) << w;
      ASSERT_EQ((both & 2) != 0, lex->is_org_word(w)) << w;
      titles += both & 1;
      orgs += (both & 2) >> 1;
    }
  EXPECT_GT(titles, 100u);
  EXPECT_GT(orgs, 20u);
  EXPECT_EQ(extended.title_org("Harbourmaster"), 1);
  EXPECT_EQ(extended.title_org("GUILDHALL"), 2);
}

}  // namespace
