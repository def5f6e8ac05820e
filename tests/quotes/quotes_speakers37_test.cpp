// Speakers, round 37 (issue 16: attribution on political news). Every sentence here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

namespace {

// A title-case headline's subject speaks when its verb reports: "rip" reports as "slam" and "blast" do, and a
// plural subject takes their plain forms ("Rip", "Slam", "Blast"). Failed before: no speaker.
constexpr tq::SpeakerCase kHeadlineVerbs[] = {
    {"Dover Mayors Rip Governor Hale As A \u2018Reckless Spender.\u2019\n\nThe mayors met on Monday in Dover to "
     "discuss the budget of the state.\n",
     "Dover Mayors"},
    {"Councilors Slam Port Plan As \u2018A Giveaway\u2019 To Developers.\n\nThe council met on Monday in Dover to "
     "discuss the plan for the port.\n",
     "Councilors"},
    {"Harbor Unions Blast Tom Hale As \u2018A Friend Of Nobody\u2019 Before Vote.\n\nThe unions met on Friday at "
     "a hall near the harbor.\n",
     "Harbor Unions"},
};

// The "that" clause of a noun of what was said, the object of a finite verb's preposition ("pointed to reports
// that", "alluded to claims that"), is what the verb's subject brings up: that subject is the outermost source.
// Failed before: the inner verb's subject (Tom Hale) was given.
constexpr tq::SpeakerCase kNounClauseBroughtUp[] = {
    {"Ann Vail met voters in Dover on Monday. That\u2019s when she pointed to reports that Tom Hale called the harbor "
     "plan \"a fine bargain\" in private.\n",
     "Ann Vail"},
    {"Ann Vail met voters in Dover on Monday. Then she alluded to claims that Tom Hale called the levy \"a tax on "
     "breathing\" last year.\n",
     "Ann Vail"},
};

// Not so: a description brings nobody up as a source here, and a possessive owns a noun, not a verb.
constexpr tq::SpeakerCase kNoNounClauseBroughtUp[] = {
    {"Ann Vail met voters in Dover. That\u2019s when the harbor board pointed to reports that Tom Hale called the "
     "levy \"a tax on breathing\" last year.\n",
     "Tom Hale"},
    {"Ann Vail met voters in Dover. Hale\u2019s denial of reports that Tom Hale called the levy \"a tax on "
     "breathing\" came late.\n",
     "Tom Hale"},
};

}  // namespace

TEST(QuotesSpeakers37, TheSubjectBringingUpANounsThatClauseIsTheOutermostSource) {
  tq::expect_speakers(kNounClauseBroughtUp);
  tq::expect_speakers(kNoNounClauseBroughtUp);
}

TEST(QuotesSpeakers37, AQuotationBeforeASignedOneInItsParagraphIsTheSigners) {
  // Testimonials signed at their end ("\u2015 Name"): the second paragraph's first quotation is Tom Okafor's, not
  // Ana Ruiz's voice carried on. Failed before: Ana Ruiz (continuation).
  const std::string t =
      "Readers wrote to us about the bridge.\n\n\u201cThe bridge is our lifeline and the toll would cut us off from "
      "the city.\u201d \u2015 Ana Ruiz\n\u201cNobody in this town wants the toll. We will fight it at every meeting "
      "of the council.\u201d And that is all we ask for: \u201ca fair hearing.\u201d \u2015 Tom Okafor\n";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ana Ruiz");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Tom Okafor");
  EXPECT_EQ(found[2].speaker.value_or("(null)"), "Tom Okafor");
  // A paragraph of its own after a signed one still carries the signer's voice on.
  const std::string own =
      "Readers wrote to us about the bridge.\n\n\u201cThe bridge is our lifeline and the toll would cut us off from "
      "the city.\u201d \u2015 Ana Ruiz\n\u201cNobody in this town wants the toll. We will fight it at every meeting "
      "of the council.\u201d\n\u201cWe ask for a fair hearing.\u201d \u2015 Tom Okafor\n";
  const auto kept = tq::run_engine(own);
  ASSERT_EQ(kept.size(), 3u);
  EXPECT_EQ(kept[1].speaker.value_or("(null)"), "Ana Ruiz");
}

TEST(QuotesSpeakers37, AHeadlineSubjectSpeaksThroughVerbsOfCriticism) {
  tq::expect_speakers(kHeadlineVerbs);
  // In the body too: "ripped" names what the speaker called it.
  EXPECT_EQ(tq::sole_speaker("Headline here.\n\nTom Hale ripped the port plan as \"a gift to developers\" on "
                             "Monday.\n"),
            "Tom Hale");
}
