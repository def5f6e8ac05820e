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
