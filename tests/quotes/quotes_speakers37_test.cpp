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

}  // namespace

TEST(QuotesSpeakers37, AHeadlineSubjectSpeaksThroughVerbsOfCriticism) {
  tq::expect_speakers(kHeadlineVerbs);
  // In the body too: "ripped" names what the speaker called it.
  EXPECT_EQ(tq::sole_speaker("Headline here.\n\nTom Hale ripped the port plan as \"a gift to developers\" on "
                             "Monday.\n"),
            "Tom Hale");
}
