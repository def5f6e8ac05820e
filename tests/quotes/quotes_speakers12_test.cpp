// Speakers of quotations whose cue stands in another clause or sentence than the quotation: which clause's
// subject speaks. Every sentence here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

TEST(QuotesSpeakers12, AClauseWithItsOwnSubjectStopsAnEarlierCue) {
  // "she asked" opens the sentence, but the quotations stand in the later "as" clause, whose subject talks.
  const std::string t =
      "Nora Vance watched the speech from her kitchen in Dayton.\n\n"
      "\"Are we winning?\" she asked, but her brother was dozing again, and as Governor Alan Pryce went on "
      "about \"the broken budget\" and \"forgotten families,\" Nora Vance nodded along.";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Nora Vance");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Alan Pryce");
  EXPECT_EQ(found[2].speaker.value_or("(null)"), "Alan Pryce");
}

TEST(QuotesSpeakers12, ACueWithNoClauseAfterItStillReachesTheQuotation) {
  // The clause after the comma is the cue's own (a time, a place): the cue's subject speaks.
  const std::string t =
      "Nora Vance spoke in Dayton on Friday. She said, while the crowd was still arriving, that the plan was "
      "\"a broken budget\" for families.";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Nora Vance");
}

TEST(QuotesSpeakers12, TheSubjectOfAWithParticipleTakesTheNextPronoun) {
  // "with Ann Vail … attacking the plan": Ann Vail is the participle's subject, whom the story turns to; the
  // earlier speaker does not keep "she".
  const std::string t =
      "Some families would pay more under the plan, according to a study by Lily Marsh, a former aide now "
      "teaching at Ohio State.\n\nThe losses would outstrip the gains for some, said Marsh.\n\nIt has become a "
      "major issue in the race, with Senator Ann Vail \u2014 who has called for higher taxes on the rich \u2014 "
      "attacking the plan.\n\n\"The plan would be a gift to the wealthy,\" she said in the first debate.";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
}

TEST(QuotesSpeakers12, AWithObjectWithoutAParticipleStaysNamedInPassing) {
  // "with Ann Vail" and no participle after her: she was met, and the speaker keeps "she".
  const std::string t =
      "The losses would outstrip the gains for some, said Lily Marsh.\n\nShe spoke at a dinner with Senator "
      "Ann Vail on Friday.\n\n\"The plan would be a gift to the wealthy,\" she said.";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Lily Marsh");
}

TEST(QuotesSpeakers12, AConcessiveClauseDoesNotTakeOverTheQuotation) {
  // "although Kora News rendered the quote as": the agency relays Ray Osler's words; he still speaks.
  const std::string t =
      "Minister Ray Osler spoke to reporters on Monday. \"We will not buy the ships,\" the Daily Lantern quoted "
      "Osler as saying, although Kora News rendered the quote as: \"We would rather not buy the ships now.\"";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Ray Osler");
}
