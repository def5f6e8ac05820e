// The quote engine reads sentences and case from the host (issue 13, point 8): every sentence boundary it
// uses is the host splitter's, every case test a host token flag. The first and last cases went another way
// while the engine found sentence ends and capitals itself; the middle two are where the host's sentences
// differ from the engine's old ones and the answer must not change. Every sentence was written for these tests.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

TEST(QuotesHostText, AnUnclosedQuotationRunsPastAnAbbreviation) {
  // The host knows "Gov." for an abbreviation; the plugin's own finder took any period after a word of two
  // letters or more for a sentence end and cut the quotation at "Gov.".
  const std::string t = "Ines Varga said \"We met Gov. Ames at the pier today. Nothing came of it.\n\nThe pier closed.";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(tq::span_of(t, found[0]), "\"We met Gov. Ames at the pier today.");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ines Varga");
}

TEST(QuotesHostText, ASentenceBrokenByABlankLineKeepsItsReportingVerb) {
  // Scraped text: a blank line in mid-sentence. The host's sentence goes on in lower case after it (it
  // ended at every blank line before), so the unmarked speech after the colon is still the spokeswoman's.
  const std::string t =
      "Foreign ministry spokeswoman Vera Holm said\n\nin an interview on Tuesday:\n\n"
      "We have never held talks of that kind with anyone. Such reports are invented.\n\nThe ministry said no more.";
  const auto found = tq::run_engine(t);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(tq::span_of(t, found[0]), "We have never held talks of that kind with anyone. Such reports are invented.");
  EXPECT_EQ(found[0].kind, "unmarked");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Vera Holm");
}

TEST(QuotesHostText, AShortSentenceAfterAQuotationAttributesItAndIntroducesNothing) {
  // "Graham asked." ends the sentence of the question (the host ends one after "?”" before a capital); it
  // attributes the question, and the next quotation goes on in the same voice.
  const std::string t = "\u201CWho has read the bill?\u201D Tom Graham asked. \u201CNeither have I.\u201D";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Tom Graham");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Tom Graham");
  EXPECT_STREQ(found[1].speaker_method, "continuation");
}

TEST(QuotesHostText, ATranscriptTurnInCapitalsOutsideAsciiNamesItsSpeaker) {
  // "Capitals only" is the host's flag, which knows Ż and Ł: the plugin's own test accepted A to Z only.
  // The turn itself is no quotation (qspan37): the words it quotes are its speaker's.
  const std::string t =
      "The transcript reads:\n\n\"\u017BUKOWSKI: The harbour will reopen in spring, \u201Cwhatever it costs.\u201D\"";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(tq::span_of(t, found[0]), "\u201Cwhatever it costs.\u201D");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "\u017BUKOWSKI");
  EXPECT_STREQ(found[0].speaker_method, "colon");
}

TEST(QuotesHostText, AnOpeningMarkThatEndsTheTextQuotesNothing) {
  // „ and « always open. As the text's last token the unclosed quotation has no first word to look up a
  // sentence for; the engine read the token after the end (found by review, an out-of-bounds read).
  for (const std::string t : {"Ines Varga said „", "Ines Varga said «", "„", "Ines Varga said: „ "}) {
    EXPECT_TRUE(tq::run_engine(t).empty()) << t;
  }
}
