// WordTable: the lexicons' case-insensitive word set, folded and compared eight bytes at a time.
#include "lexicon.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <unordered_map>

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

// Words of up to eight bytes are looked up through a one-chunk path of their own (tags_of_sketched): random
// words over a small alphabet (many share all but a byte, or a length and their first and last letters, so
// that they pass the sketch and meet in the probe), in random case, against a plain map of the lower-cased words.
TEST(WordTable, AgreesWithAMapOnRandomShortAndLongWords) {
  std::mt19937 rng(20261205);
  const std::string alphabet = "abcdeABCDE'-.9z";
  auto random_word = [&] {
    std::string w(1 + rng() % 12, ' ');
    for (char& c : w) c = alphabet[rng() % alphabet.size()];
    return w;
  };
  auto lower = [](std::string w) {
    for (char& c : w)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return w;
  };
  for (int round = 0; round < 20; ++round) {
    WordTable t;
    std::unordered_map<std::string, uint8_t> want;
    const int words = 1 + static_cast<int>(rng() % 400);
    for (int i = 0; i < words; ++i) {
      const std::string w = random_word();
      const auto tags = static_cast<uint8_t>(1u << (rng() % 7));
      t.add(w, tags);
      want[lower(w)] |= static_cast<uint8_t>(tags | 128);  // 128: present
    }
    ASSERT_EQ(t.size(), want.size());
    for (int i = 0; i < 4000; ++i) {
      std::string q = random_word();
      if (i % 2 == 0) {  // a stored word, its case changed at random
        auto it = want.begin();
        std::advance(it, static_cast<long>(rng() % want.size()));
        q = it->first;
        for (char& c : q)
          if (c >= 'a' && c <= 'z' && rng() % 2) c = static_cast<char>(c - 32);
      }
      const auto found = want.find(lower(q));
      ASSERT_EQ(t.tags(q), found == want.end() ? 0 : found->second) << q;
    }
  }
}

// Slots are matched by 31 bits of the hash and the length before the words are compared: among 200,000 words of
// eight letters some pairs share those (about nine are expected), and each must still find its own tags.
TEST(WordTable, WordsSharingAKeyAreToldApartByTheirBytes) {
  std::mt19937 rng(7);
  WordTable t;
  std::unordered_map<std::string, uint8_t> want;
  std::string w(8, ' ');
  for (int i = 0; i < 200000; ++i) {
    for (char& c : w) c = static_cast<char>('a' + rng() % 26);
    const auto tags = static_cast<uint8_t>(1u << (rng() % 7));
    t.add(w, tags);
    want[w] |= static_cast<uint8_t>(tags | 128);
  }
  for (const auto& [word, tags] : want) ASSERT_EQ(t.tags(word), tags) << word;
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

// reserve sizes the table once for the words to come (the built-in lists are loaded so): the words added after
// it are found with their tags, as in a table grown one word at a time, and more words than reserved still fit.
TEST(WordTable, ReservedTableFindsWhatAGrownOneFinds) {
  WordTable grown, reserved;
  reserved.reserve(300);
  std::string w = "wa";
  for (int i = 0; i < 500; ++i) {
    w[1] = static_cast<char>('a' + i % 26);
    const std::string word = w + std::to_string(i);
    const auto tags = static_cast<uint8_t>(1u << (i % 7));
    grown.add(word, tags);
    reserved.add(word, tags);
  }
  ASSERT_EQ(reserved.size(), grown.size());
  grown.for_each([&](std::string_view word, uint8_t tags) { EXPECT_EQ(reserved.tags(word), tags) << word; });
  EXPECT_EQ(reserved.tags("wa1000"), 0);
  WordTable empty;
  empty.reserve(0);
  EXPECT_EQ(empty.tags("word"), 0);
}
