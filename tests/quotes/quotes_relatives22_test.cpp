// Speakers named through a relative clause, round 22 (issue 16): the subject of a reporting verb after "which"
// or "that" is the noun phrase the relative follows (a body, or a document that speaks for itself), not the
// first mention of the clause. Every sentence here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

#include <string>

namespace tq = textchain::quotes::testing;

TEST(QuotesRelatives22, TheAntecedentOfWhichSpeaks) {
  // "praised the Norland Water Board, which said …": the board speaks, not the mayor who praised it.
  const std::string text =
      "Tom Hale, the mayor, praised the Norland Water Board, which said the reservoir was \"in excellent shape after "
      "the rains this spring\" on Monday.";
  EXPECT_EQ(tq::sole_speaker(text), "Norland Water Board");
  // Without the comma, and before "that" as well.
  const std::string bare =
      "Ann Vail met the Tallin Port Authority which reported that the quay was \"far too weak to hold the new "
      "cranes\" last year.";
  EXPECT_EQ(tq::sole_speaker(bare), "Tallin Port Authority");
}

TEST(QuotesRelatives22, ADocumentBeforeThatSpeaksUnlessItsSubjectReleasedIt) {
  // "pointed to a leaked memo that says …": the memo is the source, as the text names it.
  const std::string memo =
      "Ann Vail pointed to a leaked memo that says the levy is \"a stealth tax on every family in the northern "
      "valleys\" and must go.";
  const auto m = tq::run_engine(memo);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].speaker.value_or("(null)"), "a leaked memo");
  ASSERT_NE(m[0].speaker_method, nullptr);
  EXPECT_STREQ(m[0].speaker_method, "source");
  // A preposition's phrase may stand between the document and the relative; the body it comes from is named.
  const std::string report =
      "The ferry board cited an inspection report from the Norland Marine Agency that says the hull is \"in no "
      "state to carry passengers through another winter.\"";
  EXPECT_EQ(tq::sole_speaker(report), "Norland Marine Agency");
  // "released a letter … that says": the one who released it speaks through it.
  const std::string letter =
      "Tom Hale released a letter from his lawyer on Friday that says he \"never saw the contract before it was "
      "signed in March.\"";
  EXPECT_EQ(tq::sole_speaker(letter), "Tom Hale");
}

TEST(QuotesRelatives22, TheMakerOfARemarkSpeaksThroughItsRelative) {
  // "Ann Vail made a remark that called it …": the remark says its maker's words, not the clause's first name.
  const std::string made =
      "During the debate Tom Hale defended the budget, and Ann Vail made a remark that called it \"a stealth tax on "
      "every family in the northern valleys\" later.";
  EXPECT_EQ(tq::sole_speaker(made), "Ann Vail");
  // After an infinitive's "to", the main verb's object makes it.
  const std::string prompted =
      "The levy was backed by Tom Hale, which prompted his rival Senator Ann Vail to make a sharp comment that "
      "described the plan as \"a stealth tax on every family in the northern valleys\" on Monday.";
  EXPECT_EQ(tq::sole_speaker(prompted), "Ann Vail");
}
