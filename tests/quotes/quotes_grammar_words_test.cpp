// The grammar word sets of name_lexicon.cpp: each holds a word once and in lower case, and the connectors'
// tags answer as the name rules ask them.
#include "name_lexicon.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

namespace tq = textchain::quotes;

TEST(QuotesGrammarWords, EachSetHoldsAWordOnceInLowerCase) {
  const auto lists = tq::grammar_word_lists();
  ASSERT_GT(lists.size(), 30u);
  std::set<std::string_view> names;
  for (const auto& list : lists) {
    EXPECT_TRUE(names.insert(list.name).second) << list.name << " listed twice";
    EXPECT_FALSE(list.words.empty()) << list.name;
    std::set<std::string_view> seen;
    for (std::string_view w : list.words) {
      EXPECT_TRUE(seen.insert(w).second) << list.name << ": " << w << " twice";
      for (char c : w) EXPECT_FALSE(c >= 'A' && c <= 'Z') << list.name << ": " << w;
    }
  }
}

TEST(QuotesGrammarWords, ConnectorsAnswerByTheirTags) {
  EXPECT_TRUE(tq::is_name_connector("and"));
  EXPECT_FALSE(tq::is_connector_within_name("and"));  // joins two names
  EXPECT_TRUE(tq::is_connector_within_name("van"));
  EXPECT_TRUE(tq::is_connector_within_name("&"));
  EXPECT_TRUE(tq::is_place_connector("the"));
  EXPECT_FALSE(tq::is_place_connector("van"));
  EXPECT_TRUE(tq::is_organisation_connector("for"));
  EXPECT_FALSE(tq::is_organisation_connector("the"));
  EXPECT_EQ(tq::pronoun_of("She"), tq::Pronoun::she);
  EXPECT_EQ(tq::pronoun_of("they'll"), tq::Pronoun::they);
  EXPECT_EQ(tq::pronoun_of("them"), tq::Pronoun::none);
  EXPECT_TRUE(tq::is_month_word("May"));
  EXPECT_TRUE(tq::is_elided_word("til"));
  EXPECT_FALSE(tq::is_elided_word("till"));
}

// mention_starting_at's walk looks a word up once in role_walk_words: its tags must answer as the sets it joins.
TEST(QuotesGrammarWords, RoleWalkWordsAnswerAsTheirSets) {
  namespace gs = tq::grammar_sets;
  for (const auto& list : tq::grammar_word_lists()) {
    for (std::string_view w : list.words) {
      std::string upper(w);
      for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
      for (std::string_view x : {w, std::string_view(upper)}) {
        const uint8_t g = gs::role_walk_words.tags(x);
        EXPECT_EQ((g & gs::kWalkOf) != 0, tq::is_of(x)) << x;
        EXPECT_EQ((g & gs::kWalkDeterminer) != 0, tq::is_determiner(x)) << x;
        EXPECT_EQ((g & gs::kWalkDefinite) != 0, tq::is_definite_article(x)) << x;
        EXPECT_EQ((g & gs::kWalkEnd) != 0, tq::is_role_walk_end(x)) << x;
      }
    }
  }
}

// pronoun_of answers most words by their length and first letter inline: the contracted forms and either case
// still come through, and words of the other shapes are none.
TEST(QuotesGrammarWords, PronounOfShapes) {
  EXPECT_EQ(tq::pronoun_of("HE"), tq::Pronoun::he);
  EXPECT_EQ(tq::pronoun_of("I"), tq::Pronoun::i);
  EXPECT_EQ(tq::pronoun_of("We'd"), tq::Pronoun::we);
  EXPECT_EQ(tq::pronoun_of("It\u2019s"), tq::Pronoun::it);
  EXPECT_EQ(tq::pronoun_of("they\u2019ll"), tq::Pronoun::they);  // nine bytes
  EXPECT_EQ(tq::pronoun_of("she's"), tq::Pronoun::she);
  EXPECT_EQ(tq::pronoun_of("theys"), tq::Pronoun::none);
  EXPECT_EQ(tq::pronoun_of("its"), tq::Pronoun::none);
  EXPECT_EQ(tq::pronoun_of("said"), tq::Pronoun::none);
  EXPECT_EQ(tq::pronoun_of(""), tq::Pronoun::none);
  EXPECT_EQ(tq::pronoun_of("\u00C9l"), tq::Pronoun::none);
}
