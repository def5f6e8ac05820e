// The quote scorer on hand-computed cases.
#include "eval/quote_scorer.hpp"

#include <gtest/gtest.h>

using namespace textchain::eval;

namespace {
GoldQuote gq(size_t b, size_t e, const char* kind, std::vector<std::string> speakers, bool required = true) {
  return {b, e, kind, std::move(speakers), std::nullopt, required};
}
SystemQuote sq(size_t b, size_t e, std::optional<std::string> speaker, const char* kind = "direct") {
  return {b, e, kind, std::move(speaker), std::nullopt};
}
}  // namespace

TEST(QuoteScorer, OverlapIsMeasuredAgainstTheLongerSpan) {
  EXPECT_DOUBLE_EQ(overlap_of_longer(0, 100, 50, 100), 0.5);
  EXPECT_DOUBLE_EQ(overlap_of_longer(0, 100, 0, 40), 0.4);
  EXPECT_DOUBLE_EQ(overlap_of_longer(0, 10, 20, 30), 0.0);
  EXPECT_DOUBLE_EQ(overlap_of_longer(0, 0, 0, 10), 0.0);
}

TEST(QuoteScorer, PartialOverlapMatchesAtHalfTheLongerSpan) {
  // Gold [0,100); system [50,100) overlaps 50 of 100: a hit. System [60,100) in another doc: 40 of 100, a miss
  // and a false positive.
  std::vector<GoldQuoteDoc> gold{{"a", "", {gq(0, 100, "direct", {"Maria Zakharova"})}, {}},
                                 {"b", "", {gq(0, 100, "direct", {"Maria Zakharova"})}, {}}};
  std::vector<SystemQuoteDoc> sys{{"a", {sq(50, 100, "Maria Zakharova")}}, {"b", {sq(60, 100, "Maria Zakharova")}}};
  QuoteScores s = score_quotes(gold, sys);
  EXPECT_EQ(s.gold, 2u);
  EXPECT_EQ(s.matched, 1u);
  EXPECT_EQ(s.false_positives, 1u);
  EXPECT_EQ(s.system, 2u);
  EXPECT_DOUBLE_EQ(s.precision(), 0.5);
  EXPECT_DOUBLE_EQ(s.recall(), 0.5);
  EXPECT_DOUBLE_EQ(s.f1(), 0.5);
  EXPECT_DOUBLE_EQ(s.speaker_accuracy(), 1.0);
  ASSERT_EQ(s.errors.size(), 2u);
}

TEST(QuoteScorer, SurnameAloneAndHonorificsMatchTheAcceptedName) {
  EXPECT_TRUE(speaker_name_matches("Zakharova", "Maria Zakharova"));
  EXPECT_TRUE(speaker_name_matches("mr howard", "John Howard"));
  EXPECT_TRUE(speaker_name_matches("MARIA ZAKHAROVA", "Maria Zakharova"));
  EXPECT_FALSE(speaker_name_matches("Maria", "Maria Zakharova"));
  EXPECT_FALSE(speaker_name_matches("Apple Computer", "Apple"));
  EXPECT_FALSE(speaker_name_matches("", "Apple"));
}

TEST(QuoteScorer, NamesAreNormalisedIntoWordLists) {
  // Casefolded, honorifics and articles dropped wherever they stand, possessive 's and punctuation removed,
  // one-letter middle initials dropped.
  EXPECT_EQ(normalize_speaker_name("Dr. Ines  O'Hara"), "ines ohara");
  EXPECT_EQ(normalize_speaker_name("the Senator's office"), "senator office");
  EXPECT_EQ(normalize_speaker_name("Tom Vell\u2019s"), "tom vell");
  EXPECT_EQ(normalize_speaker_name("Rev. Paul Q. Ardmore"), "paul ardmore");
  EXPECT_EQ(normalize_speaker_name("Lord Ardmore of the Vale"), "ardmore of vale");
  EXPECT_EQ(normalize_speaker_name("J. Ardmore"), "j ardmore");  // a first initial is not a middle one
  // Latin-1 and Latin Extended-A capitals, including the odd-numbered ones (Ł Ń Ž), Greek, Cyrillic,
  // full-width letters and a ligature.
  EXPECT_EQ(normalize_speaker_name("\u0141UKASZ \u017BUKOWSKI"), "\u0142ukasz \u017Cukowski");
  EXPECT_EQ(normalize_speaker_name("\u0143\u00C9METH \u017DIVKO"), "\u0144\u00E9meth \u017Eivko");
  EXPECT_EQ(normalize_speaker_name("\u0394\u0397\u039C\u0391\u03A3"), "\u03B4\u03B7\u03BC\u03B1\u03C3");
  EXPECT_EQ(normalize_speaker_name("\u0418\u0412\u0410\u041D"), "\u0438\u0432\u0430\u043D");
  EXPECT_EQ(normalize_speaker_name("\uFF2B\uFF49\uFF4D \uFB01eld"), "kim field");
  EXPECT_EQ(normalize_speaker_name("Mr. Mrs. the"), "");
}

TEST(QuoteScorer, NamesMatchWhenEqualSuffixOrSurnameEndingSubsequence) {
  // Equal after normalisation.
  EXPECT_TRUE(speaker_name_matches("Ms. Ines Ohara", "ines o'hara"));
  // The shorter a suffix of the longer.
  EXPECT_TRUE(speaker_name_matches("state department", "the State Department"));
  EXPECT_TRUE(speaker_name_matches("Vale Ardmore", "Paul Vale Ardmore"));
  // A subsequence ending in the same surname: a middle name left out.
  EXPECT_TRUE(speaker_name_matches("Paul Ardmore", "Paul Vale Ardmore"));
  EXPECT_TRUE(speaker_name_matches("Paul Q. Ardmore", "Paul Ardmore"));
  // Job titles are not honorifics: a title and a surname is no subsequence of the full name.
  EXPECT_FALSE(speaker_name_matches("Senator Ardmore", "Paul Ardmore"));
  EXPECT_TRUE(speaker_name_matches("Senator Ardmore", "Ardmore"));
  // A subsequence that does not end in the same word, or words out of order, do not match.
  EXPECT_FALSE(speaker_name_matches("Paul Vale", "Paul Vale Ardmore"));
  EXPECT_FALSE(speaker_name_matches("Ardmore Paul", "Paul Ardmore"));
  EXPECT_FALSE(speaker_name_matches("Joan Ardmore", "Paul Ardmore"));
  // A lone pronoun never matches, not even itself; inside a longer name it is just a word.
  EXPECT_FALSE(speaker_name_matches("he", "he"));
  EXPECT_FALSE(speaker_name_matches("She", "Ines Ohara"));
  EXPECT_FALSE(speaker_name_matches("Ines Ohara", "she"));
  EXPECT_TRUE(speaker_name_matches("Kim Ng", "kim ng"));
}

TEST(QuoteScorer, SpeakerAccuracyIsOverMatchedQuotes) {
  // Three hits: surname-only right, wrong person, null where gold names nobody (right). One miss.
  std::vector<GoldQuoteDoc> gold{{"a", "",
                                  {gq(0, 10, "direct", {"Sergey Lavrov", "Sergei Lavrov"}),
                                   gq(20, 30, "partial", {"Marco Rubio"}), gq(40, 50, "direct", {}),
                                   gq(60, 70, "direct", {"Jake Sullivan"})},
                                  {}}};
  std::vector<SystemQuoteDoc> sys{{"a", {sq(0, 10, "Lavrov"), sq(20, 30, "Lavrov"), sq(40, 50, std::nullopt)}}};
  QuoteScores s = score_quotes(gold, sys);
  EXPECT_EQ(s.gold, 4u);
  EXPECT_EQ(s.matched, 3u);
  EXPECT_EQ(s.speaker_right, 2u);
  EXPECT_NEAR(s.speaker_accuracy(), 2.0 / 3.0, 1e-12);
  // End to end: 2 right of 3 reported and of 4 gold: P 2/3, R 1/2, F1 4/7.
  EXPECT_NEAR(s.e2e_f1(), 4.0 / 7.0, 1e-12);
}

TEST(QuoteScorer, OptionalGoldCountsNeitherWay) {
  std::vector<GoldQuoteDoc> gold{{"a", "", {gq(0, 10, "direct", {"X Y"}, false), gq(20, 30, "direct", {"X Y"})}, {}}};
  std::vector<SystemQuoteDoc> found{{"a", {sq(0, 10, "Y"), sq(20, 30, "Y")}}};
  std::vector<SystemQuoteDoc> missed{{"a", {sq(20, 30, "Y")}}};
  QuoteScores s1 = score_quotes(gold, found), s2 = score_quotes(gold, missed);
  EXPECT_EQ(s1.gold, 1u);
  EXPECT_EQ(s1.matched, 1u);
  EXPECT_EQ(s1.false_positives, 0u);
  EXPECT_EQ(s1.ignored, 1u);
  EXPECT_DOUBLE_EQ(s1.f1(), 1.0);
  EXPECT_DOUBLE_EQ(s2.f1(), 1.0);
}

TEST(QuoteScorer, ScareOverlapCountsNeitherWayUnlessASpeakerIsNamed) {
  GoldQuoteDoc g{"a", "", {gq(0, 10, "scare", {}), gq(100, 200, "direct", {"A B"})}, {{50, 55, "a channel"}}};
  QuoteScores quiet = score_quotes({g}, {{"a", {sq(0, 10, std::nullopt), sq(50, 55, std::nullopt), sq(100, 200, "B")}}});
  EXPECT_EQ(quiet.false_positives, 0u);
  EXPECT_EQ(quiet.ignored, 2u);
  EXPECT_DOUBLE_EQ(quiet.f1(), 1.0);
  QuoteScores named = score_quotes({g}, {{"a", {sq(2, 8, "B"), sq(50, 55, "B"), sq(100, 200, "B")}}});
  EXPECT_EQ(named.false_positives, 2u);
  EXPECT_NEAR(named.precision(), 1.0 / 3.0, 1e-12);
}

TEST(QuoteScorer, IndirectGoldCountsOnlyWhenTheSystemReportsIndirect) {
  GoldQuoteDoc g{"a", "", {gq(0, 10, "indirect", {"A B"}), gq(20, 30, "direct", {"A B"})}, {}};
  QuoteScores without = score_quotes({g}, {{"a", {sq(20, 30, "B")}}});
  EXPECT_EQ(without.gold, 1u);
  QuoteScores with = score_quotes({g}, {{"a", {sq(0, 10, "B", "indirect"), sq(20, 30, "B")}}});
  EXPECT_EQ(with.gold, 2u);
  EXPECT_EQ(with.matched, 2u);
}

TEST(QuoteScorer, MatchingIsOneToOne) {
  // Two system quotes on one gold quote: one hit, one false positive.
  GoldQuoteDoc g{"a", "", {gq(0, 100, "direct", {"A B"})}, {}};
  QuoteScores s = score_quotes({g}, {{"a", {sq(0, 100, "B"), sq(0, 90, "B")}}});
  EXPECT_EQ(s.matched, 1u);
  EXPECT_EQ(s.false_positives, 1u);
}
