// Speakers, round 23: a lone surname grows into the fullest name carrying it only when the document gives that
// surname no other bearer ("Mr. X" beside "Mary X"; "President X" in a paragraph before "the first lady, Mary
// X"); otherwise it stays as written, and a title of the fullest name's gender still grows ("Mrs. X"). Every
// sentence here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

#include <string>

namespace tq = textchain::quotes::testing;

namespace {

// Another bearer of the surname: the lone surname is not the fullest name.
constexpr tq::SpeakerCase kOtherBearer[] = {
    // A title of the other gender than the full name's.
    {"Mary Halvorsen opened the new clinic on Monday.\n\n\"It took us ten years,\" Mr. Halvorsen said.\n",
     "Halvorsen"},
    // A role title in a paragraph before the relative's full name, which never carries it.
    {"Governor Okonjo signed the budget on Monday.\n\n\"We kept our word,\" Okonjo said.\n\nThe governor's "
     "wife, Adaeze Okonjo, watched from the gallery.\n",
     "Okonjo"},
    // An untitled surname where both are named: neither is certain.
    {"Mr. Ferrante chairs the board.\n\nHis sister, Giulia Ferrante, runs the shop. \"Prices keep rising,\" "
     "Ferrante said.\n",
     "Ferrante"},
};

// The surname has one bearer, or the mention's title says which: it grows.
constexpr tq::SpeakerCase kOneBearer[] = {
    {"Mary Halvorsen opened the new clinic on Monday.\n\n\"It took us ten years,\" Mrs. Halvorsen said.\n",
     "Mary Halvorsen"},
    {"Mary Halvorsen opened the new clinic on Monday.\n\n\"It took us ten years,\" Halvorsen said.\n",
     "Mary Halvorsen"},
    // The earlier title is the full name's own.
    {"Governor Okonjo signed the budget on Monday.\n\n\"We kept our word,\" Okonjo said.\n\nGovernor Chidi "
     "Okonjo has led the state since 2019.\n",
     "Chidi Okonjo"},
    // A title after the full name, in a later paragraph, is the same person.
    {"Chidi Okonjo signed the budget on Monday.\n\nGovernor Okonjo spoke first. \"We kept our word,\" Okonjo "
     "said.\n",
     "Chidi Okonjo"},
    {"Mr. Ferrante chairs the board.\n\n\"Prices keep rising,\" Mr. Ferrante said. Paolo Ferrante founded the "
     "firm in 1990.\n",
     "Paolo Ferrante"},
};

}  // namespace

TEST(QuotesSpeakers23, ALoneSurnameWithAnotherBearerStaysAsWritten) {
  tq::expect_speakers(kOtherBearer);
}

TEST(QuotesSpeakers23, ALoneSurnameWithOneBearerGrowsIntoItsFullestName) {
  tq::expect_speakers(kOneBearer);
}

TEST(QuotesSpeakers23, TwoNamesCoordinatedAsTheSubjectSpeakTogether) {
  // The pair as written, the mention the whole phrase.
  const std::string t = "Ann Vail and Tom Hale call the plan \"a disgrace to the county.\"\n";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail and Tom Hale");
  EXPECT_EQ(t.substr(found[0].speaker_begin, found[0].speaker_end - found[0].speaker_begin), "Ann Vail and Tom Hale");
  // After an introductory phrase's comma.
  constexpr tq::SpeakerCase kPairs[] = {
      {"After the vote in the council, Vail and Hale called the plan \"a disgrace to the county.\"\n",
       "Vail and Hale"},
      // A pair inside the clause is an object: the subject alone speaks.
      {"Ann Vail met Tom Hale and Bo Pryce called the plan \"a disgrace to the county.\"\n", "Bo Pryce"},
  };
  tq::expect_speakers(kPairs);
}
