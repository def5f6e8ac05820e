// The grammar word sets of name_lexicon.cpp: each holds a word once and in lower case, and the connectors'
// tags answer as the name rules ask them.
#include "name_lexicon.hpp"

#include <gtest/gtest.h>

#include <set>
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
