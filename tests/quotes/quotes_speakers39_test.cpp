// Speakers, round 39 (issue 16: attribution on political news). Every sentence here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

namespace {

// A name in -s written with its apostrophe alone ("Mills' spokeswoman") is a possessive as "Hale's" is: after the
// quotation it opens the description of someone, and the name set off after that description, or right after
// its role noun, speaks. Failed before: no speaker (the apostrophe, a token of its own, ended the search).
constexpr tq::SpeakerCase kBareApostrophePossessive[] = {
    {"\"We are reviewing the letter,\" Mills' spokeswoman, Dana Cruz, said.", "Dana Cruz"},
    {"\"We are reviewing the letter,\" Mills\u2019 spokeswoman, Dana Cruz, said.", "Dana Cruz"},
    {"\u201CWe are reviewing the letter,\u201D Mills\u2019 spokeswoman, Dana Cruz, said.", "Dana Cruz"},
    {"\"We are reviewing the letter,\" Mills' spokeswoman Dana Cruz said on Monday.", "Dana Cruz"},
    {"\"The count was fair,\" Jones' campaign manager, Eli Ford, told reporters.", "Eli Ford"},
    // The description alone speaks as written, as "Hale's spokeswoman" does.
    {"\"We are reviewing the letter,\" Mills' spokeswoman said.", "Mills' spokeswoman"},
};

// Unchanged: the possessive in "'s", and a plural's apostrophe that closes a quotation of its own.
constexpr tq::SpeakerCase kUnchanged[] = {
    {"\"We are reviewing the letter,\" Vail's spokeswoman, Dana Cruz, said.", "Dana Cruz"},
    {"\"We are reviewing the letter,\" said Dana Cruz, Mills' spokeswoman.", "Dana Cruz"},
};

}  // namespace

TEST(QuotesSpeakers39, ANameWithABareApostropheIsAPossessiveAfterTheQuotation) {
  tq::expect_speakers(kBareApostrophePossessive);
  tq::expect_speakers(kUnchanged);
}
