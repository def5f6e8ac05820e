// The lexicon's word sets and the scan's shape filters (lexicon.hpp): the grammar compares no word
// itself, so what a word is to it is decided here.
#include "grammar.hpp"
#include "lexicon.hpp"
#include "rule.hpp"
#include "tagger.hpp"

#include <gtest/gtest.h>

#include <array>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

using namespace textchain::dates;

TEST(DatesLexicon, AWordInASetKeepsItsKind) {
  // "over" is a comparator, a preposition and the word whose meaning the word before it decides.
  const Entry& over = lookup("Over");
  EXPECT_EQ(over.kind, Kind::comparator);
  EXPECT_EQ(over.kind2, Kind::preposition);
  EXPECT_TRUE(over.sets & WS_OVER);
  // "was" is in three sets and has its tense.
  const Entry& was = lookup("was");
  EXPECT_EQ(was.kind, Kind::tense);
  EXPECT_EQ(was.sets & (WS_BE | WS_PAST_BE | WS_OVER_MEANS_MORE), WS_BE | WS_PAST_BE | WS_OVER_MEANS_MORE);
  // A word only a set names has no kind: it starts nothing and is still an unknown word to `<name>`.
  const Entry& profit = lookup("PROFIT");
  EXPECT_EQ(profit.kind, Kind::none);
  EXPECT_TRUE(profit.sets & WS_ACCUMULATED);
  EXPECT_EQ(lookup("profitable").sets, 0u);
}

TEST(DatesLexicon, EverySetHasWords) {
  // One word of each set: a set left empty by an edit would silently switch a decision off.
  const char* kOne[] = {"till", "th", "they", "gilts", "summit", "barrels", "revenue", "lasted", "been", "these",
                        "whereas", "dealings", "straight", "mere", "prior", "after", "sooner", "edition", "twice",
                        "hence", "more", "fewer", "least", "most", "up", "over", "like", "period", "will", "stage",
                        "were", "few", "due", "couple", "s", "m", "clock", "t", "weekday", "new", "eve", "row",
                        "as", "his", "long", "its", "lowest", "whose", "youth", "which", "no", "that", "time",
                        "standard", "daylight", "around", "come", "avenue", "at", "herald"};
  uint64_t seen = 0;
  for (const char* w : kOne) seen |= lookup(w).sets;
  EXPECT_EQ(seen, (uint64_t{1} << 61) - 1);  // WS_LASTING is the last set ("lasted" is in it too)
}

TEST(DatesLexicon, ShapesRejectOnlyWhatTheyDoNotHold) {
  WordShapes shapes;
  shapes.add_kind(Kind::month);
  EXPECT_TRUE(shapes.may_hold("September"));
  EXPECT_TRUE(shapes.may_hold("SEPT"));
  EXPECT_FALSE(shapes.may_hold("government"));
  EXPECT_FALSE(shapes.may_hold(""));
  EXPECT_FALSE(shapes.may_hold("internationalization"));  // longer than any lexicon word
  // Every word that can trigger the grammar or start a built-in rule passes its filter.
  for (const char* w : {"the", "a", "Monday", "next", "later", "that", "Easter", "fiscal", "noon", "every", "quarterly"})
    EXPECT_TRUE(Grammar::may_trigger_word(w) || RuleSet::builtin()->may_start_word(w)) << w;
}

// WordShapes against its definition: a word is held when some added word has its length and first and last
// letters, some its length and second and last-but-one letters, and some its length and first two letters
// (letters in either case; anything else one class), for words of 1 to 16 bytes. Random words, and the added ones.
TEST(DatesLexicon, ShapesAreTheirThreeFilters) {
  std::mt19937 rng(20261206);
  const std::string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-'7";
  const auto random_word = [&](size_t max_len) {
    std::string w(1 + rng() % max_len, 'a');
    for (char& c : w) c = alphabet[rng() % (rng() % 4 ? 26 : alphabet.size())];
    return w;
  };
  const auto cls = [](char c) -> int {
    const char l = static_cast<char>(c | 0x20);
    return l >= 'a' && l <= 'z' ? (c & 31) : 0;
  };
  using Key = std::tuple<size_t, int, int>;
  const auto keys = [&](const std::string& w) {
    const size_t n = w.size(), one = n > 1;
    return std::array<Key, 3>{Key{n, cls(w[0]), cls(w[n - 1])}, Key{n, cls(w[one]), cls(w[n - 1 - one])},
                              Key{n, cls(w[0]), cls(w[one])}};
  };
  for (int round = 0; round < 40; ++round) {
    WordShapes shapes;
    std::set<Key> filters[3];
    std::vector<std::string> added;
    for (int k = 0; k < 1 + round * 5; ++k) {
      added.push_back(random_word(6));
      shapes.add(added.back());
      const auto ks = keys(added.back());
      for (int f = 0; f < 3; ++f) filters[f].insert(ks[static_cast<size_t>(f)]);
    }
    int held = 0;
    for (int k = 0; k < 4000; ++k) {
      const std::string w = k < static_cast<int>(added.size()) ? added[static_cast<size_t>(k)] : random_word(k % 2 ? 6 : 18);
      const auto ks = keys(w);
      const bool want = w.size() <= WordShapes::kMaxWord && filters[0].count(ks[0]) && filters[1].count(ks[1]) &&
                        filters[2].count(ks[2]);
      ASSERT_EQ(shapes.may_hold(w), want) << w << " round " << round;
      held += want;
      if (w.find_first_not_of(alphabet.substr(0, 52)) == std::string::npos) {
        ASSERT_EQ(shapes.may_hold_letters(reinterpret_cast<const unsigned char*>(w.data()), w.size()), want) << w;
        ASSERT_EQ(shapes.may_hold_run(reinterpret_cast<const unsigned char*>(w.data()), w.size() - 1), want) << w;
      }
    }
    // The skim's runs reach WordShapes::kMaxRun letters: past kMaxWord none is held, whatever its letters.
    for (size_t len = WordShapes::kMaxWord + 1; len <= WordShapes::kMaxRun; ++len) {
      std::string w = added[static_cast<size_t>(round) % added.size()];
      while (w.size() < len) w += w;
      w.resize(len);
      if (w.find_first_not_of(alphabet.substr(0, 52)) != std::string::npos) continue;
      ASSERT_FALSE(shapes.may_hold_run(reinterpret_cast<const unsigned char*>(w.data()), w.size() - 1)) << w;
    }
    EXPECT_GE(held, static_cast<int>(added.size()));
    WordShapes copy;
    copy.add_all(shapes);
    for (const std::string& w : added) ASSERT_TRUE(copy.may_hold(w)) << w;
  }
}

TEST(DatesLexicon, TheScanSkimsPastWordsThatStartNothing) {
  // The lookback is read lazily: "more than" before a length still gives its mod, and "high" (a word only a
  // rule starts with) still silences "high noon".
  const Tagger tagger{TaggerOptions{}};
  const auto a = tagger.tag("Talks lasted more than three years, officials said.", "2025-12-03");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].value, "P3Y");
  EXPECT_EQ(a[0].mod, M_MORE_THAN);
  EXPECT_TRUE(tagger.tag("It was high noon for the party.", "2025-12-03").empty());
}
