// Words in marks that a sentence names as words ("used the phrase "…"") and the comparing verbs ("compared him to
// a player who is "…""): whose words they are, decided from the sentence's structure (issue 16). Every sentence
// here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

TEST(QuotesWording36, WordsAVerbOfUsingNamesAsAPhraseAreItsSubjectsWords) {
  // "has used the phrase "…"": the object of a verb of using words (`word_nouns`), after its word noun and
  // determiner, is what the subject said, a partial quotation with that speaker.
  const std::string text = "Ann Vail has used the phrase \"radical greed\" often in her campaign.";
  const auto found = tq::run_engine(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(tq::span_of(text, found[0]), "\"radical greed\"");
  EXPECT_EQ(found[0].kind, "partial");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
  // One modifier may stand before the noun; a name in title case is the user's words too, and so is the object of
  // a participle hanging on the clause's subject.
  EXPECT_EQ(tq::sole_quote("Tom Hale coined the catchy nickname \"Lazy Larry\" for his rival."), "\"Lazy Larry\"|Tom Hale");
  EXPECT_EQ(tq::sole_quote("Ann Vail, invoking the term \"tax hound,\" marched to the hall on Monday."),
            "\"tax hound,\"|Ann Vail");
}

TEST(QuotesWording36, AWordNounWithNoVerbOfUsingKeepsTheWritersTerm) {
  // The noun as the subject, or after a verb that does not use the words, names a term in the writer's voice.
  EXPECT_TRUE(tq::run_engine("The term \"radical greed\" first appeared in a pamphlet.").empty());
  EXPECT_TRUE(tq::run_engine("Ann Vail dislikes the phrase \"radical greed\" in any form.").empty());
}

TEST(QuotesWording36, AComparingVerbsSubjectSaysTheWordsOfItsComparison) {
  // "compared Vail to a player who is "…"": comparing is reporting, as "likened" is; its subject speaks the pieces
  // of the comparison in marks, the one in the "in hopes that" clause too.
  const std::string text = "Tom Hale, a professor of rhetoric, compared Vail to a player who is \"gaming the rules\" in "
                           "hopes that \"they will look away\" on him.";
  const auto found = tq::run_engine(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(tq::span_of(text, found[0]), "\"gaming the rules\"");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Tom Hale");
  EXPECT_EQ(tq::span_of(text, found[1]), "\"they will look away\"");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Tom Hale");
  EXPECT_EQ(tq::sole_quote("Ann Vail compared the budget to \"a giveaway.\""), "\"a giveaway.\"|Ann Vail");
}

TEST(QuotesWording36, AComparingVerbWithItsPrepositionRightAfterItReportsNothing) {
  // "compared with", a headline's "compared to": no object, a preposition or a reduced passive; nobody speaks,
  // and a reporting verb before it still attributes the quotation.
  EXPECT_TRUE(tq::run_engine("Sales rose five percent compared with \"last year\" figures.").empty());
  EXPECT_TRUE(tq::run_engine("Talk compared to \"gaming the rules\" at a game.").empty());
  EXPECT_EQ(tq::sole_quote("Ann Vail said sales rose compared with last year, \"a very good sign.\""),
            "\"a very good sign.\"|Ann Vail");
}
