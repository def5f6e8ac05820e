// Which marks are quotations (issue 16, qspan38). Every sentence here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

TEST(QuotesSpans38, ATurnAfterAQuotationOverParagraphsLeavesItsGroupOneVoice) {
  // A quotation over three paragraphs, its speaker named only in the last, then a transcript turn: the turn closes
  // the group, whose paragraphs all get Ann Vail; the paragraph going on with the turn is Hale's, by its label.
  const std::string text = "The mayor answered the critics at length.\n\n"
                           "\"The harbour will reopen in the spring, as we promised last year.\n\n"
                           "\"The ferries will run again on the old timetable once the pier is repaired.\n\n"
                           "\"Nobody on this council has ever doubted that,\" said Ann Vail.\n\n"
                           "The reply came at once:\n\n"
                           "\"HALE: Then why was the vote delayed for a second time?\n\n"
                           "\"Because the engineers asked for more time, and we listened to them.\"";
  const auto found = tq::run_engine(text);
  ASSERT_EQ(found.size(), 4u);
  for (size_t k = 0; k < 3; ++k) EXPECT_EQ(found[k].speaker.value_or("(null)"), "Ann Vail") << k;
  EXPECT_EQ(tq::span_of(text, found[3]),
            "\"Because the engineers asked for more time, and we listened to them.\"");
  EXPECT_EQ(found[3].speaker.value_or("(null)"), "HALE");
}

TEST(QuotesSpans38, AWorksTitleAfterItsWordIsNoQuotationWithAReportingVerbAfterIt) {
  // "In her memoir, "…," Ann Vail argues": the title-case phrase set off after the word for the work names the
  // work; the reporting verb after it says what its author argues in it, not that she said the title. The same
  // frame with a sentence in marks is her quotation.
  const std::string title = "In her memoir, \"A Long Road Home,\" Ann Vail argues for patience with the council.";
  EXPECT_TRUE(tq::run_engine(title).empty());
  const std::string doubled = "In his 2019 book, ''Save Early and Often,'' Tom Hale suggested cutting small costs.";
  EXPECT_TRUE(tq::run_engine(doubled).empty());
  const std::string said = "In her memoir, \"we never doubted the harbour would come back,\" Ann Vail writes.";
  const auto found = tq::run_engine(said);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
}

TEST(QuotesSpans38, ATitleRightAfterAWordForAWorkNamesItUnderAReportingVerb) {
  // "sang the anthem "…"": the title-case phrase is in apposition to the word for the work, whatever verb governs
  // the phrase; an anthem and a hymn are works as a song is. A naming verb still makes the phrase its subject's.
  const std::string sang = "The rally ran late.\n\nShe sang the civil rights anthem \"Ferries Come Home Tonight,\" "
                           "and then she added a line of her own.";
  EXPECT_TRUE(tq::run_engine(sang).empty());
  const std::string hymn = "The choir closed with the old hymn \"Safe Harbour in the Storm\" before the vote.";
  EXPECT_TRUE(tq::run_engine(hymn).empty());
  const std::string called = "The rally ran late.\n\nTom Hale called the report \"A Disgrace To The Port\" on Monday.";
  const auto found = tq::run_engine(called);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Tom Hale");
}

TEST(QuotesSpans38, AColonEndingAReportedClauseIntroducesNoUnmarkedSpeech) {
  // "notes that …:": the verb reports a clause of its own and the colon ends it; the words after the colon go on
  // with the writer's paraphrase. A colon right after the verb and its adjuncts still introduces what was said.
  const std::string clause = "The port is busy.\n\nTom Hale notes that the harbour is at a rare moment where three "
                             "things happen at once: Prices are rising, the ferries are old and the pier is closed.";
  EXPECT_TRUE(tq::run_engine(clause).empty());
  const std::string said = "The port is busy.\n\nTom Hale said on Monday: We will rebuild the pier before the winter "
                           "comes.";
  const auto found = tq::run_engine(said);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(tq::span_of(said, found[0]), "We will rebuild the pier before the winter comes.");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Tom Hale");
}

TEST(QuotesSpans38, AShortParagraphAfterAnAttributedQuotationsParagraphGoesOnInItsVoice) {
  // ""…," Ann Vail said on Monday.¶"Promise."": only the rest of the attributed quotation's sentence stands between,
  // however long its attribution; the one word is no subheading, and a short sentence is no scare quote. With
  // another sentence between, or in title case over two words, the short paragraph is nobody's.
  const std::string one = "The port is busy.\n\n\"We will reopen the harbour by May,\" Ann Vail said on Monday.\n\n"
                          "\"Promise.\"\n\nShe left early.";
  auto found = tq::run_engine(one);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(tq::span_of(one, found[1]), "\"Promise.\"");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Ann Vail");
  const std::string three = "The port is busy.\n\n\"We will reopen the harbour by May,\" Ann Vail said on Monday.\n\n"
                            "\"Not a chance.\"\n\nShe left early.";
  found = tq::run_engine(three);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Ann Vail");
  const std::string interrupted = "The port is busy.\n\n\"We will reopen the harbour by May,\" Ann Vail said on "
                                  "Monday. Tom Hale was not convinced.\n\n\"Promise.\"\n\nShe left early.";
  EXPECT_EQ(tq::run_engine(interrupted).size(), 1u);
  const std::string subhead = "The port is busy.\n\n\"We will reopen the harbour by May,\" Ann Vail said on Monday.\n\n"
                              "\"Harbour Days.\"\n\nShe left early.";
  EXPECT_EQ(tq::run_engine(subhead).size(), 1u);
}

TEST(QuotesSpans38, APartialQuotationAfterAnAdverbedParticipleIsTheSubjectsWords) {
  // "…, merely saying that …": an adverb in -ly between the comma and the participle leaves it a free adjunct sharing
  // the sentence's subject; the short words in marks in its clause are that subject's, not a scare term.
  const std::string text = "The port is busy.\n\nAnn Vail would not give a date, merely saying that she expected it "
                           "to be \"years, not months\" before the pier reopens.";
  const auto found = tq::run_engine(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(tq::span_of(text, found[0]), "\"years, not months\"");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
}

TEST(QuotesSpans38, AQuestionPutToTheReaderAfterAColonIsNobodysSpeech) {
  // "… and asking yourself this: Would I …": the verb of asking turns on the reader, whose own thought follows the
  // colon; asking someone else introduces the speaker's question.
  const std::string reader = "The port is busy.\n\nHale suggested reading the bill and asking yourself this: Would I "
                             "rather pay now or pay twice as much later?";
  EXPECT_TRUE(tq::run_engine(reader).empty());
  const std::string council = "The port is busy.\n\nHale asked the council this: Would you rather pay now or pay twice "
                              "as much later?";
  const auto found = tq::run_engine(council);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Hale");
}
