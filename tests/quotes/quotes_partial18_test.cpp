// Short quotations in reported speech whose speaker is no name: a description of a person or a body, a
// participle's subject named by what it does. Every sentence here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

TEST(QuotesPartial18, AProgressiveNamingVerbsDefiniteDescriptionSpeaks) {
  // "is calling X "…"": the participle after "is" is the clause's verb; its subject, a definite description
  // of a person, speaks, as a name would.
  EXPECT_EQ(tq::sole_speaker("The doctor is calling the candidate \"exceptionally healthy.\""), "The doctor");
  // A possessive before the head makes the description definite: it is the owner's one doctor.
  EXPECT_EQ(tq::sole_speaker("Independent candidate Ann Lee's doctor is calling the candidate \"remarkably fit.\""),
            "Independent candidate Ann Lee's doctor");
}

TEST(QuotesPartial18, ASubjectWithAParticiplePhraseSpeaksThroughTheVerbAfterIt) {
  // "Nurses marching through the square chanted "…"": the participle phrase modifies the subject; the verb
  // after it is the subject's own, so the short quotation is the nurses' words.
  EXPECT_EQ(tq::sole_speaker("Nurses marching through the square chanted \"What wages?\" and kept going."), "Nurses");
}

TEST(QuotesPartial18, AShareOfPeopleBeforeTheVerbIsItsSubject) {
  // "58 percent said the mayor was "…"": a number and a share noun are the verb's subject, an unnamed group;
  // the name after the verb is the reported clause's subject, not an inverted speaker.
  EXPECT_EQ(tq::sole_speaker("However, 58 percent said the mayor was \"reckless\" in closing the bridge."),
            "58 percent");
}

TEST(QuotesPartial18, AShortExclamationInCapitalsIsAnUtteranceNotAName) {
  // "chants of "Anna!"": words in capitals ending in "!" inside the marks are shouted, not a name or a title
  // the writer holds at a distance; the one the sentence cites reports them.
  EXPECT_EQ(
      tq::sole_speaker("Ann Lee was greeted with chants of \"Anna!\" at a rally last month, according to Tom Hale."),
      "Tom Hale");
}
