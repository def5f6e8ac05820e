// Speakers, round 36 (issue 16: attribution on political news). Every sentence here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

namespace {

// A reporting verb inside the "that" clause of another reporting verb is part of what the outer subject says: the
// outer subject is the source, the quoted words included. The "that" follows the outer verb, or an adjunct opened
// by a preposition, a day or a time word. Failed before: the inner verb's subject was given.
constexpr tq::SpeakerCase kOuterReportingVerb[] = {
    {"Tom Hale said during a rally in Dover on Friday that Ann Vail once described the harbor deal as \"the best "
     "bargain in decades\" when she was mayor.\n",
     "Tom Hale"},
    {"Tom Hale said Friday that Ann Vail once called the harbor deal \"a fine bargain\" in a speech.\n", "Tom Hale"},
    {"Ann Vail argued last week that the council had called the levy \"a tax on breathing\" for years.\n",
     "Ann Vail"},
    {"Tom Hale first noted that the board had told him it had \"no interest in running the port\" at all.\n",
     "Tom Hale"},
};

// Not over it: a "that" after a noun opens a relative clause, and a reporting verb alone keeps its subject.
constexpr tq::SpeakerCase kNoOuterReportingVerb[] = {
    {"Tom Hale praised the harbor deal that Ann Vail called \"a fine bargain\" in a speech.\n", "Ann Vail"},
    {"Ann Vail called the harbor deal \"a fine bargain\" in a speech.\n", "Ann Vail"},
};

}  // namespace

TEST(QuotesSpeakers36, AReportingVerbInsideAnotherOnesThatClauseIsTheOuterSubjects) {
  tq::expect_speakers(kOuterReportingVerb);
  tq::expect_speakers(kNoOuterReportingVerb);
  // An unnamed inner source ("someone", "a friend") is not handed to the outer verb's subject.
  const std::string unnamed =
      "The Dover Herald reported that someone familiar with the talks said the levy was \"dead on arrival\".\n";
  const auto found = tq::run_engine(unnamed);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0].speaker.value_or("(null)"), "Dover Herald");
}
