// The built-in lexicons are read once per process and shared by every engine whose options add no word (issue
// 19: each chain a process builds paid for reading them again); an engine with added words has lists of its
// own, which the others do not see.
#include "lexicon.hpp"
#include "quote_extractor.hpp"

#include <gtest/gtest.h>

namespace {

using textchain::quotes::ExtractOptions;
using textchain::quotes::Lexicons;
using textchain::quotes::QuoteExtractor;

TEST(QuotesSharedLexicons, EnginesWithoutAddedWordsShareTheBuiltInLists) {
  const QuoteExtractor first{ExtractOptions{}}, second{ExtractOptions{}};
  EXPECT_EQ(&first.lexicons(), &Lexicons::builtin());
  EXPECT_EQ(&second.lexicons(), &Lexicons::builtin());
  EXPECT_TRUE(first.lexicons().is_title_word("senator"));
}

TEST(QuotesSharedLexicons, AddedWordsGoToTheEngineThatAsksForThem) {
  ExtractOptions with_word;
  with_word.lexicon_extras.titles = {"harbourmaster"};
  const QuoteExtractor own{with_word}, plain{ExtractOptions{}};
  EXPECT_NE(&own.lexicons(), &Lexicons::builtin());
  EXPECT_TRUE(own.lexicons().is_title_word("Harbourmaster"));
  EXPECT_TRUE(own.lexicons().is_title_word("senator"));  // the built-in words too
  EXPECT_FALSE(plain.lexicons().is_title_word("harbourmaster"));
  EXPECT_FALSE(Lexicons::builtin().is_title_word("harbourmaster"));
}

}  // namespace
