// Speakers, round 35 (issue 16's generalising gaps on political news). Every sentence here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

namespace {

// A kicker (words in capitals set off by a dash at the head of a paragraph) is a heading: a participle after it
// hangs on the clause's own subject. Failed before: a word of the kicker was given.
constexpr tq::SpeakerCase kKicker[] = {
    {"Dr. Lena Marsh has sold diet pills on television for years.\n\nBOTH PARTIES HAVE CRITICIZED HER \u2014 Marsh "
     "appeared at a state hearing last spring, saying that the tea was a \"miracle cure for everyone.\"\n",
     "Lena Marsh"},
    {"Tom Hale ran the port for a decade.\n\nTHE MAYOR IS NOT AMUSED -- Hale spoke to the council on Monday, "
     "insisting the harbour was \"safer than it has ever been.\"\n",
     "Tom Hale"},
};

// Not a kicker: one word in capitals before a dash is the subject with an aside after it.
constexpr tq::SpeakerCase kNoKicker[] = {
    {"NATO \u2014 which met in Oslo this week \u2014 issued a warning on Friday, saying: \"These drills "
     "are a provocation that cannot go unanswered.\"\n",
     "NATO"},
};

// "Records released by the county board show …" with no board named before: the board speaks as the text calls
// it, as a committee does; the sentence's capitalized first word, a cue noun, is no body. Failed before:
// "Records" was given.
constexpr tq::SpeakerCase kReleasedByABoard[] = {
    {"Records released by the county board show the road fund was \"nearly empty by spring.\"\n", "county board"},
    {"Emails released by the water board show the dam was \"never inspected at all.\"\n", "water board"},
    {"Tom Hale ran the ferry line for years. Documents released by the harbour board show the ferries were \"unsafe "
     "in any wind.\"\n",
     "harbour board"},
};

// A two-word time phrase between a subject and its reporting verb ("last year", "this week") is passed over as an
// adverb is: an indefinite document before it speaks. Failed before: no speaker.
constexpr tq::SpeakerCase kTimePhraseBeforeVerb[] = {
    {"An internal audit last year found the office was \"a mess from top to bottom.\"\n", "An internal audit"},
    {"A state inquiry last month concluded that the levee was \"close to failing for years.\"\n", "A state inquiry"},
    {"Tom Hale last week said the ferries were \"unsafe in any wind.\"\n", "Tom Hale"},
};

}  // namespace

TEST(QuotesSpeakers35, ATimePhraseBeforeTheVerbLeavesItsSubject) { tq::expect_speakers(kTimePhraseBeforeVerb); }

TEST(QuotesSpeakers35, TheBoardThatReleasedRecordsSpeaksAsWritten) { tq::expect_speakers(kReleasedByABoard); }

TEST(QuotesSpeakers35, AKickerInCapitalsIsNoPartOfTheClause) {
  tq::expect_speakers(kKicker);
  tq::expect_speakers(kNoKicker);
}
