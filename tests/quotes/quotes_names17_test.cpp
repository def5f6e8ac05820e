// How the speaker is named when the text names a party member by the party, or an organisation whose name holds
// a connector ("of … and …", "for") or opens with an organisation word; and whom "he" goes back to after a
// sentence whose subject follows an introductory phrase. Every sentence here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

TEST(QuotesNames17, APartyNounBeforeANameIsARoleNotPartOfTheName) {
  // "Republican", "Democrat" and "Rival" before a name say what the person is: the canonical name is the name.
  const std::string t =
      "Republican nominee Tom Hale spoke in Ohio on Friday. \"We will win this state,\" Republican Tom Hale said.\n\n"
      "Rival Ann Vail mocked the speech. \"He has no plan,\" Democrat Ann Vail said.";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Tom Hale");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Ann Vail");
}

TEST(QuotesNames17, ThePartyNounAfterAnArticleDescribesAPersonNamedBefore) {
  // "The Republican" is a description of the Republican the story named, not a name of its own; "He" goes on
  // with that person.
  const std::string t =
      "Republican nominee Tom Hale toured a factory in Ohio on Friday.\n\n"
      "The Republican also told the workers to ask who had moved their jobs abroad. He says: \"Nobody in that "
      "city cares about you.\"";
  EXPECT_EQ(tq::sole_speaker(t), "Tom Hale");
}

TEST(QuotesNames17, AnOrganisationNameWithOfAndKeepsEveryWord) {
  // After an organisation word and "of", "and" joins more words of the same name.
  EXPECT_EQ(tq::sole_speaker("The Office of Planning and Budget said the cuts were \"deep and lasting\" and would "
                             "hurt schools."),
            "Office of Planning and Budget");
  EXPECT_EQ(tq::sole_speaker("\"The cuts are deep,\" said the Department of Health and Family Services."),
            "Department of Health and Family Services");
  // Elsewhere "and" joins two names: a title after it starts a person's.
  EXPECT_EQ(tq::sole_speaker("\"It was fair,\" said the Department of Justice and Attorney General Tom Hale."),
            "Tom Hale");
}

TEST(QuotesNames17, ALongNameJoinedByAConnectorIsNotCutToItsLastTwoWords) {
  EXPECT_EQ(tq::sole_speaker("Citizens for Fair Taxes argues that the plan is \"a giveaway to the rich\" and should "
                             "be dropped."),
            "Citizens for Fair Taxes");
  // A title and "of the" before a person's name are still no part of it.
  EXPECT_EQ(tq::sole_speaker("\"We will rebuild,\" said President of the Northern Republic Tom Hale."), "Tom Hale");
}

TEST(QuotesNames17, AnOrganisationWordOpeningARunOpensTheOrganisationsName) {
  const auto found = tq::run_engine("\"They are paper tigers,\" said the Daily Courier.\n\n"
                                    "The Daily Courier dubbed the pair \"paper tigers\" in a column on Sunday.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Daily Courier");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Daily Courier");
}

TEST(QuotesNames17, TheSubjectAfterAnIntroductoryPhraseIsWhomThePronounOfTheNextSentenceMeans) {
  // "During a long conversation on a podcast …, Penn made no secret …": Penn opens the sentence as its subject,
  // after the phrase and its comma; the secretary named later in that sentence is an object. "he told the host"
  // is Penn.
  const std::string t =
      "Retired Navy Adm. Walter Penn has begun talking publicly about his quarrels with the leadership of the fleet "
      "\u2014 and about why he supports Senate hopeful Tom Hale in the coming race.\n\n"
      "During a long conversation on a podcast run by Dana Reese, Penn made no secret that he had grown weary of "
      "the budget fights under Defense Secretary Carl Mendez before leaving the service last spring.\n\n"
      "\u201cNow that I am a civilian,\u201d he told the host, \u201cI can say the budget office ran the fleet.\u201d";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Walter Penn");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Walter Penn");
}

TEST(QuotesNames17, AGroupNamedByABarePluralIsTheSourceAsWritten) {
  // "officials said", "protesters chanted": the text names the source as a group, and that is the speaker.
  EXPECT_EQ(tq::sole_speaker("The storm will be \"the worst in a decade,\" officials said."), "officials");
  EXPECT_EQ(tq::sole_speaker("\"We are not giving up,\" protesters chanted outside the hall."), "protesters");
  // One person left unnamed is still no one to report.
  EXPECT_EQ(tq::sole_speaker("\"We are leaving,\" a spokesman said."), "(null)");
}

TEST(QuotesNames17, AVerbOpeningASentenceWithNoSubjectIsNoSpeaker) {
  // A list of what someone does, each sentence opened by its verb: the capitalized verb is no name, and the
  // quotations after "and calls rivals" have no speaker the text gives.
  const std::string t =
      "Blames old allies for every loss.\n\n"
      "Feeds on our darkest moods, and calls rivals \"clowns\" and \"weak.\"";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "(null)");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "(null)");
  // A one-word name opening the sentence still speaks through the participle after it, and a preposition after
  // a name the document gives in full leaves it the speaker.
  EXPECT_EQ(tq::sole_speaker("Hale spoke on Monday, arguing that the plan was \"a giveaway to the rich.\""), "Hale");
  EXPECT_EQ(tq::sole_speaker("Senator Tom Hale visited the plant.\n\nHale on Monday toured it, and called the plan "
                         "\"a giveaway to the rich.\""), "Tom Hale");
}

TEST(QuotesNames17, WonderingIsAReportingVerbForTheQuotedWordsOfItsClause) {
  // "wondered whether the judges will be "fair"": the quoted predicate of the clause a reporting verb takes is the
  // subject's words, a partial quotation, however short.
  EXPECT_EQ(tq::sole_speaker("Mayor Ann Vail wondered whether the judges will be \"fair\" to him."), "Ann Vail");
  EXPECT_EQ(tq::sole_speaker("\"Will they listen?\" Ann Vail wondered aloud."), "Ann Vail");
}
