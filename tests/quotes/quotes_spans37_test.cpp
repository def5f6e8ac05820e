// Which marks are quotations in transcripts and in quotations that run over paragraphs (issue 16, qspan37).
// Every sentence here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

TEST(QuotesSpans37, ATranscriptTurnIsNoQuotationButTheWordsItQuotesAreItsSpeakers) {
  // ""HALE: …": the mark opens before the speaker's label, on the transcript the writer prints, not on Hale's
  // words; what Hale quotes inside his turn is his, whatever its case ("The Harbour Hour" after "an episode of"
  // would be a title in the writer's own sentence).
  const std::string text = "A partial transcript follows:\n\n"
                           "\"HALE: Look, the council thinks this is an episode of \u201CThe Harbour Hour.\u201D "
                           "It is not. It is serious business.\n\n"
                           "\"VAIL: I want to ask you, because as \u201CThe Coastal Ledger\u201D wrote, voters are "
                           "worried.\n\n"
                           "\"HALE: They should be.";
  const auto found = tq::run_engine(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(tq::span_of(text, found[0]), "\u201CThe Harbour Hour.\u201D");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "HALE");
  EXPECT_STREQ(found[0].speaker_method, "colon");
  EXPECT_EQ(tq::span_of(text, found[1]), "\u201CThe Coastal Ledger\u201D");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "VAIL");
}

TEST(QuotesSpans37, AParagraphGoingOnWithATurnIsItsSpeakersQuotation) {
  // Each later paragraph of a turn opens its mark on the speaker's own words: one quotation per paragraph, the
  // speaker the label of the turn it goes on with, not of the turn before. A stage direction in marks is nobody's.
  const std::string text = "The exchange, in part:\n\n"
                           "\"VAIL: Will you attend the hearing tomorrow?\n\n"
                           "\"HALE: I will not. The schedule was set weeks ago.\n\n"
                           "\"(CROSSTALK.)\n\n"
                           "\"But I have written to the committee, and the letter is public.\n\n"
                           "\"And I stand by every word of it.\"";
  const auto found = tq::run_engine(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(tq::span_of(text, found[0]), "\"But I have written to the committee, and the letter is public.");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "HALE");
  EXPECT_EQ(tq::span_of(text, found[1]), "\"And I stand by every word of it.\"");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "HALE");
}

TEST(QuotesSpans37, ALabelInCapitalsOutsideATranscriptStillNeedsItsColon) {
  // Not a turn: capitals without a colon after them open an ordinary quotation.
  const std::string text = "\"NO WAY we sell the harbour,\" Mayor Ann Vail said.";
  const auto found = tq::run_engine(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(tq::span_of(text, found[0]), "\"NO WAY we sell the harbour,\"");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
}

TEST(QuotesSpans37, AShortParagraphGoingOnWithAQuotationIsOneOfItsParagraphs) {
  // A quotation over paragraphs is one quotation per paragraph, all with its speaker, however short a paragraph
  // is; the text after the last paragraph's open mark is not swallowed.
  const std::string text = "Ann Vail said: \"The harbour will reopen in the spring.\n\n"
                           "\"The council agrees.\n\n"
                           "Tom Hale said the plan was \"a fraud.\" He left early.";
  const auto found = tq::run_engine(text);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(tq::span_of(text, found[0]), "\"The harbour will reopen in the spring.");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
  EXPECT_EQ(tq::span_of(text, found[1]), "\"The council agrees.");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Ann Vail");
  EXPECT_EQ(tq::span_of(text, found[2]), "\"a fraud.\"");
  EXPECT_EQ(found[2].speaker.value_or("(null)"), "Tom Hale");
}

TEST(QuotesSpans37, UnbalancedMarksSwallowNoLaterQuotation) {
  // An opening mark never closed in its paragraph ends there; a closing mark nothing opened quotes nothing.
  const std::string text = "Ann Vail said the plan was \"a fraud. Tom Hale disagreed.\n\nHe said \"the plan works\" and left.";
  const auto found = tq::run_engine(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
  EXPECT_EQ(tq::span_of(text, found[1]), "\"the plan works\"");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Tom Hale");
  EXPECT_EQ(tq::sole_quote("Ann Vail said the plan was a fraud.\" Tom Hale said \"it works.\""), "\"it works.\"|Tom Hale");
}

TEST(QuotesSpans37, AWorksTitleSetOffAfterTheSubjectIsNoQuotationInAnyCase) {
  // "Ann Vail's column, "…," is worth reading": the words in marks stand between the subject and its verb, in
  // apposition to a word for a work: the column's title, though written as a sentence.
  EXPECT_TRUE(tq::run_engine("Ann Vail's column, \"Why the harbour must stay public,\" is worth reading.").empty());
  EXPECT_TRUE(tq::run_engine("LETTERS.\n\nTom Rees' commentary, \"Mayor, tell us about the port,\" is very fair.")
                  .empty());
  // Someone's words: after an introductory phrase, and before a reporting verb or a pronoun.
  EXPECT_EQ(tq::sole_quote("In his speech, \"We will keep the harbour public,\" Tom Hale said."),
            "\"We will keep the harbour public,\"|Tom Hale");
  EXPECT_EQ(tq::sole_quote("Tom Hale gave a speech. In the speech, \"We will keep the harbour public,\" he said."),
            "\"We will keep the harbour public,\"|Tom Hale");
}

TEST(QuotesSpans37, AColonInsideAGivenTitleIntroducesNoSpeech) {
  // "wrote a memoir entitled The Harbour Master: My Life …": the colon is the title's own; after a work without a
  // participle giving its title, the colon still introduces what the writer wrote.
  EXPECT_TRUE(tq::run_engine("Tom Hale wrote a memoir of his years at the port entitled The Harbour Master: My Life on "
                             "the Water.")
                  .empty());
  EXPECT_EQ(tq::sole_speaker("Tom Hale wrote in his memoir: The harbour was my whole life and I never wanted to leave "
                             "it."),
            "Tom Hale");
}

TEST(QuotesSpans37, AWorksTitleSetOffAfterTheSubjectIsNoQuotationAtAnyLength) {
  // Longer than a heading, still the title between the subject and its verb.
  EXPECT_TRUE(
      tq::run_engine("The editorial, \"Why I will not vote for the port plan this year,\" drew many letters.").empty());
}

TEST(QuotesSpans37, WordsNamedAsWordsWithNobodyUsingThemAreNoQuotation) {
  // "the phrase "…"", "a motto, "…,"": the words are mentioned, not said; nothing in the sentence attributes them.
  EXPECT_TRUE(tq::run_engine("The phrase \"too big to fail\" became popular in 2008.").empty());
  EXPECT_TRUE(tq::run_engine("The council adopted a motto, \"one city, one port,\" last year.").empty());
  EXPECT_TRUE(tq::run_engine("The campaign's slogan, \"a port for every family,\" appeared on every sign.").empty());
  // The object of a verb of using words is its subject's words.
  EXPECT_EQ(tq::sole_quote("Ann Vail used the phrase \"too big to fail\" twice."), "\"too big to fail\"|Ann Vail");
}

TEST(QuotesSpans37, APassiveNamingVerbsAgentSpeaksTheWordsInMarks) {
  // "was called "…" by X", "was described as "…" by X", "the bridge, dubbed "…" by X,": the agent named the thing
  // so; the words are a partial quotation with the agent as speaker.
  EXPECT_EQ(tq::sole_quote("The plan was called \"a giveaway\" by Ann Vail."), "\"a giveaway\"|Ann Vail");
  EXPECT_EQ(tq::sole_quote("The plan was described as \"a giveaway to developers\" by Senator Ann Vail on Monday."),
            "\"a giveaway to developers\"|Ann Vail");
  EXPECT_EQ(tq::sole_quote("The bridge, dubbed \"the road to nowhere\" by Tom Hale, opened in May."),
            "\"the road to nowhere\"|Tom Hale");
  // Not after a verb that names nothing.
  EXPECT_TRUE(tq::run_engine("The plan was approved \"without delay\" by the council.").empty());
}

TEST(QuotesSpans37, ARelativeWhoAfterAPrepositionsNameGoesOnAboutThatName) {
  // "drew fire from Ann Vail, who called it "…"": the name after "from" is no role's affiliation, so "who" is hers
  // and so are the words she called it. After a role ("an analyst at Brook Capital, who") the appositive's owner
  // still speaks.
  EXPECT_EQ(tq::sole_quote("The plan drew fire from Ann Vail, who called it \"a giveaway.\""), "\"a giveaway.\"|Ann Vail");
  EXPECT_EQ(tq::sole_quote("Tom Reyes, an analyst at Brook Capital, who follows the port, called it \"a giveaway.\""),
            "\"a giveaway.\"|Tom Reyes");
}

TEST(QuotesSpans37, AParticipleOpeningTheSentenceHangsOnTheSubjectAfterItsComma) {
  // "Calling the plan "…," Ann Vail walked out": the main clause's subject, right after the phrase, called it so.
  EXPECT_EQ(tq::sole_quote("Calling the plan \"a giveaway,\" Ann Vail walked out."), "\"a giveaway,\"|Ann Vail");
  EXPECT_EQ(tq::sole_quote("Describing the vote as \"a farce,\" Tom Hale left the chamber."), "\"a farce,\"|Tom Hale");
  // An indefinite subject names no one: the short words stay unattributed, so no quotation.
  EXPECT_TRUE(tq::run_engine("Calling the plan \"a giveaway,\" a senator walked out.").empty());
}

TEST(QuotesSpans37, AQuotationAfterAnUnclosedOnesSentenceIsReported) {
  // An opening mark never closed ends with its sentence; a quotation in a later sentence of the paragraph is not
  // inside it, and is reported with its own speaker.
  const std::string text = "Ann Vail said the port was \u201Csafe and sound. Tom Hale said: \u201CIt is a mess.\u201D";
  const auto found = tq::run_engine(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(tq::span_of(text, found[0]), "\u201Csafe and sound.");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
  EXPECT_EQ(tq::span_of(text, found[1]), "\u201CIt is a mess.\u201D");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Tom Hale");
  EXPECT_EQ(tq::speaker_at("The mayor said the port was \u201Csafe. Tom Hale disagreed and said it was \"a mess.\"", 1),
            "Tom Hale");
}

TEST(QuotesSpans37, AnAdjunctParticipleSharesTheSubjectAfterAnIntroductoryPhrase) {
  // "On Monday, Tom Hale ended the debate by announcing that …": the subject opens the main clause after the
  // introductory phrase's comma, and the participle's words are his.
  EXPECT_EQ(tq::sole_quote("On Monday, Tom Hale ended the debate by announcing that the plan was \"unworkable.\""),
            "\"unworkable.\"|Tom Hale");
  EXPECT_EQ(tq::sole_quote("In a speech on Monday, Ann Vail spoke for an hour, calling the plan \"a giveaway.\""),
            "\"a giveaway.\"|Ann Vail");
}

TEST(QuotesSpans37, LawmakersAsAGroupCallThingsByTheirWords) {
  // "what several lawmakers called "…"": a group of lawmakers, legislators or senators is a description of people
  // who speak, as "officials" and "critics" are (titles.txt).
  EXPECT_EQ(tq::sole_quote("The bank was dealing with what several lawmakers called \"fraud\" last year."),
            "\"fraud\"|lawmakers");
  EXPECT_EQ(tq::sole_quote("The legislators called it \"fraud\" last year."), "\"fraud\"|The legislators");
}
