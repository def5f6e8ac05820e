// Speakers of quotations that the sentence before, a heading or a damaged name decides. Every sentence here is
// written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

TEST(QuotesSpeakers15, AnUncuedQuotationGoesOnWithTheSubjectOfTheSentenceBefore) {
  // No reporting verb anywhere: the quotation stands right after a sentence about a named senator, whose
  // words it is. The possessive "voters'" inside that sentence is no quotation mark.
  const std::string t =
      "The rally drew a large crowd on Sunday.\n\n"
      "On \"Morning Desk,\" Senator Ann Vail (Ore.), who lost the primary to Tom Hale, named young voters' "
      "fatigue with bigotry as one reason they should back the ticket. \"The younger people are sick and tired "
      "of discrimination and racism.\"";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
}

TEST(QuotesSpeakers15, AnUncuedQuotationAfterASentenceAboutNoOneNamedHasNoSpeaker) {
  // The sentence before is about unnamed farmers: nobody to give the words to.
  const std::string t =
      "Senator Ann Vail spoke at the fair on Sunday.\n\n"
      "Many farmers in the valley were angry about the price of feed this year and the last. \"The younger "
      "people are sick and tired of the prices we pay.\"";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "(null)");
}

TEST(QuotesSpeakers15, AMojibakeLetterInsideANameKeepsTheNameWhole) {
  // UTF-8 read as Latin-1 writes "ç" as "Ã§" and, twice over, "ÃÂ§"; the sign the second byte became splits
  // the word for the tokenizer. The name is still one name, its fullest form written as the text has it.
  const std::string once =
      "\"Europe must be able to defend itself,\" Defence Minister Fran\u00C3\u00A7ois Delmar said on Friday.";
  auto found = tq::run_engine(once);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Fran\u00C3\u00A7ois Delmar");

  // Twice over, with the capitals decomposed by a later normalisation (A and a combining tilde or circumflex)
  // and the first sign a control character; then a later mention by surname alone.
  const std::string twice =
      "Leaders met in Paris on Friday.\n\n"
      "\"Europe must be able to defend itself,\" Defence Minister FranA\u0303\u0083A\u0302\u00A7ois "
      "Delmar said as he arrived.\n\n"
      "\"We will share the cost,\" Delmar said.";
  found = tq::run_engine(twice);
  ASSERT_EQ(found.size(), 2u);
  const std::string full = "FranA\u0303\u0083A\u0302\u00A7ois Delmar";
  EXPECT_EQ(found[0].speaker.value_or("(null)"), full);
  EXPECT_EQ(found[1].speaker.value_or("(null)"), full);

  // A name whose first word ends with the sign ("José" as "JosÃ©").
  const std::string ending = "\"We will share the cost,\" said Jos\u00C3\u00A9 Rivas, the finance minister.";
  found = tq::run_engine(ending);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Jos\u00C3\u00A9 Rivas");
}

TEST(QuotesSpeakers15, PraiseVerbsReportTheWordsOfTheOneWhoPraises) {
  // "lauded", "commended" and "applauded" report praise as "praised" and "hailed" do: the quoted words are the
  // subject's.
  for (const std::string verb : {"lauded", "commended", "applauded"}) {
    const std::string t = "The mayor opened the new park on Sunday.\n\nIn January, Gov. Tom Hale of East Carolina " +
                          verb + " the mayor in his annual address for helping build \"a city that works for everyone.\"";
    const auto found = tq::run_engine(t);
    ASSERT_EQ(found.size(), 1u) << verb;
    EXPECT_EQ(found[0].speaker.value_or("(null)"), "Tom Hale") << verb;
  }
}

TEST(QuotesSpeakers15, AnHonorificAfterACommaTitlesTheNameAfterIt) {
  // "Ultimately, Mr. Clarke": "Mr." is Clarke's, so the sentence adverb before the comma is no person in
  // apposition to a title, and "he" goes to Tom Clarke.
  const std::string t =
      "Tom Clarke bought three mines in Ohio last year.\n\n"
      "Ultimately, Mr. Clarke hopes to offset the emissions with credits. But right now, he is offsetting only a "
      "tenth of them. \"It's all I can afford,\" he said.";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Tom Clarke");
}
