// The lexicon's word sets and the scan's shape filters (lexicon.hpp): the grammar compares no word
// itself, so what a word is to it is decided here.
#include "grammar.hpp"
#include "lexicon.hpp"
#include "rule.hpp"
#include "tagger.hpp"

#include <gtest/gtest.h>

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
                        "as", "his", "long", "its", "lowest", "whose"};
  uint64_t seen = 0;
  for (const char* w : kOne) seen |= lookup(w).sets;
  EXPECT_EQ(seen, (uint64_t{1} << 48) - 1);
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
