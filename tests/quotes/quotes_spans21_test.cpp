// Which short quoted words are someone's words and which are the writer's terms, decided from the sentence's
// structure (issue 16). Every sentence here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

TEST(QuotesSpans21, OneQuotedModifierInsideAReportedClauseIsThePartialQuotation) {
  // "said the budget showed a "reckless" pattern": one word in marks modifying a noun, in the clause a reporting
  // verb's subject says, is that speaker's judgement, not a term of the writer's. (Not "the audit": an audit is a
  // document that speaks, and "the audit showed", like "the report showed", is then the nearest reporting clause.)
  const std::string text = "Ann Vail said the budget showed a \"reckless\" pattern of spending.";
  const auto found = tq::run_engine(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(tq::span_of(text, found[0]), "\"reckless\"");
  EXPECT_EQ(found[0].kind, "partial");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
  // A hyphenated word is one word; a possessive before it holds the noun as an article does.
  EXPECT_EQ(tq::sole_quote("Tom Hale argued that the council would bring a \"common-sense\" approach to the budget."),
            "\"common-sense\"|Tom Hale");
  EXPECT_EQ(tq::sole_quote("Tom Hale said the delay was the mayor's \"shameful\" choice."), "\"shameful\"|Tom Hale");
}

TEST(QuotesSpans21, SeveralQuotedWordsNamingAKindOfThingStayTheWritersTerm) {
  // Words in marks that name a kind of thing ("a "deferred pay" package"), and a name in capitals, are terms
  // even inside a reported clause; so is a modifier in a sentence nobody is reported in.
  EXPECT_TRUE(tq::run_engine("Ann Vail said the firm would offer a \"deferred pay\" package to its workers.").empty());
  EXPECT_TRUE(tq::run_engine("Ann Vail announced that the new \"Harbor Light\" release ships in May.").empty());
  EXPECT_TRUE(tq::run_engine("The firm will offer a \"flexible\" package to its workers.").empty());
}

TEST(QuotesSpans21, AOneWordPieceBeforeItsReportingVerbOpensASplitQuotation) {
  // ""That," Ann Vail added, "…"": a word closed by a comma inside the marks, its reporting verb and subject right
  // after, is the first piece of what she says, though one capitalized word looks like a name.
  const std::string text = "\"That,\" Ann Vail added, \"is the whole point of the plan.\"";
  const auto found = tq::run_engine(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(tq::span_of(text, found[0]), "\"That,\"");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Ann Vail");
  // Without the reporting verb right after it, a capitalized word in marks stays a name; so does a title set off
  // by commas inside the sentence, though a subject and a reporting verb follow it.
  EXPECT_TRUE(tq::run_engine("Crews painted \"Harbor,\" the old ferry, over the winter.").empty());
  EXPECT_TRUE(tq::run_engine("In her memoir, \"Harbor,\" Ann Vail argues that the ferry must run.").empty());
}

TEST(QuotesSpans21, ANameAfterTheAsOfAReportedCharacterizationIsTheSpeakersWords) {
  // "cited his references to the mayor as "Lady Fog"": an active "as" gives the name the reported clause puts on
  // its object; the words are quoted, though a name in capitals elsewhere names a thing.
  EXPECT_EQ(tq::sole_quote("Ann Vail cited his references to the mayor as \"Lady Fog\" during the debate."),
            "\"Lady Fog\"|Ann Vail");
  // A passive naming ("known as") is the writer's: the name is the thing's.
  EXPECT_TRUE(tq::run_engine("Tom Hale said the old bridge, known as \"Lady Fog\" in town, will close in May.").empty());
}

TEST(QuotesSpans21, ANameCoordinatedWithAReportedNameIsQuotedToo) {
  // "as "Lady Fog" and "Mister Rain"": the second name in marks is joined to the first by "and", in the same
  // clause; both are the speaker's words.
  const std::string text =
      "Ann Vail cited his references to the mayor as \"Lady Fog\" and \"Mister Rain\" during the debate.";
  const auto found = tq::run_engine(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(tq::span_of(text, found[1]), "\"Mister Rain\"");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Ann Vail");
  // A name joined to no quotation someone is reported to say stays a term.
  EXPECT_TRUE(tq::run_engine("The ferries \"Lady Fog\" and \"Mister Rain\" sail at noon.").empty());
}
