// WordTable: the lexicons' case-insensitive word set, folded and compared eight bytes at a time.
#include "lexicon.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using textchain::quotes::WordTable;

TEST(WordTable, FindsWordsOfEveryLengthInAnyAsciiCase) {
  WordTable t;
  std::string word;
  for (size_t n = 1; n <= WordTable::kMaxWord; ++n) {
    word.push_back(static_cast<char>('a' + n % 26));
    t.add(word, static_cast<uint8_t>(n % 7 + 1));
  }
  EXPECT_EQ(t.size(), WordTable::kMaxWord);
  std::string upper;
  for (size_t n = 1; n <= WordTable::kMaxWord; ++n) {
    upper.push_back(static_cast<char>('A' + n % 26));
    const uint8_t want = static_cast<uint8_t>((n % 7 + 1) | 128);  // 128: present
    EXPECT_EQ(t.tags(upper), want) << n;
    EXPECT_EQ(t.tags(upper.substr(0, n - 1) + "@"), 0) << n;  // '@' is the byte before 'A': no letter
    EXPECT_EQ(t.tags(upper.substr(0, n - 1) + "["), 0) << n;  // '[' is the byte after 'Z'
  }
  EXPECT_EQ(t.tags(upper + "b"), 0);  // longer than any word
  EXPECT_EQ(t.tags(""), 0);
}

TEST(WordTable, TagsAccumulateAndWordsDifferingPastTheFirstChunkAreApart) {
  WordTable t;
  t.add("spokeswoman", 1);
  t.add("SpokesWoman", 2);
  t.add("spokeswomen", 4);
  EXPECT_EQ(t.size(), 2u);
  EXPECT_EQ(t.tags("SPOKESWOMAN"), 1 | 2 | 128);
  EXPECT_EQ(t.tags("spokeswomen"), 4 | 128);
  EXPECT_EQ(t.tags("spokeswomer"), 0);
  EXPECT_FALSE(t.contains("spokes"));
}

TEST(WordTable, FoldsLatin1CapitalsButNotOtherBytes) {
  WordTable t;
  t.add("\u00C1lvaro", 1);  // Álvaro: stored as álvaro
  t.add("stra\u00DFe", 2);  // ß has no capital to fold
  EXPECT_TRUE(t.contains("\u00E1lvaro"));
  EXPECT_TRUE(t.contains("\u00C1LVARO"));
  EXPECT_TRUE(t.contains("STRA\u00DFE"));
  EXPECT_FALSE(t.contains("\u00E1lvar\u00D3"));  // Ó is not o
  EXPECT_FALSE(t.contains("\u00D7lvaro"));       // C3 97 (×) does not fold to C3 B7 (÷)
}

TEST(WordTable, IgnoresEmptyAndOverlongWords) {
  WordTable t;
  t.add("", 1);
  t.add(std::string(WordTable::kMaxWord + 1, 'a'), 1);
  EXPECT_EQ(t.size(), 0u);
  EXPECT_FALSE(t.contains("a"));
  EXPECT_FALSE(t.contains(std::string(WordTable::kMaxWord + 1, 'a')));
}

TEST(WordTable, GrowsPastItsFirstSizeKeepingEveryWord) {
  WordTable t;
  for (int i = 0; i < 1000; ++i) t.add("w" + std::to_string(i), 1);
  EXPECT_EQ(t.size(), 1000u);
  for (int i = 0; i < 1000; ++i) EXPECT_TRUE(t.contains("W" + std::to_string(i))) << i;
  EXPECT_FALSE(t.contains("w1000"));
}

}  // namespace
