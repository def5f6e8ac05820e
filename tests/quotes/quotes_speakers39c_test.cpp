// Speakers, round 39c (issue 16: attribution on political news). Every sentence here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

namespace {

// A participle set off by "by" or a comma shares the subject of its clause; a role noun's definite description
// ("the senator", "the company's spokeswoman", "the former governor and U.S. senator") opening the sentence, or
// right after an introductory time phrase (with its comma or without), is that subject as a name is. Failed
// before: no quotation (only a name or a pronoun counted, so the speaker was a guess, and a guessed speaker does
// not keep a short quotation).
constexpr tq::SpeakerCase kRoleDescriptionSubject[] = {
    {"The senator ended the hearing by calling the bill \"a giveaway.\"", "The senator"},
    {"The senator ended the hearing, saying the bill was \"a giveaway.\"", "The senator"},
    {"Last week the senator ended the hearing by calling the bill \"a giveaway.\"", "the senator"},
    {"On Monday the senator ended the hearing by calling the bill \"a giveaway.\"", "the senator"},
    {"On Monday, the senator ended the hearing by calling the bill \"a giveaway.\"", "the senator"},
    {"The company's spokeswoman ended the call by calling the report \"a hit piece.\"", "The company's spokeswoman"},
    {"The former governor and U.S. senator closed the debate by calling the plan \"a fantasy.\"",
     "The former governor and U.S. senator"},
    // When the document names the person by the role, the name speaks, as after a reporting verb.
    {"Senator Ann Vail spoke in Dayton on Monday. The senator ended the hearing by calling the bill \"a giveaway.\"",
     "Ann Vail"},
    {"Senator Ann Vail spoke in Dayton on Monday. Last week the senator ended the hearing by calling the bill "
     "\"a giveaway.\"",
     "Ann Vail"},
};

// Unchanged: a participle after an indefinite description ("a senator") names nobody yet, nor one after a
// possessor ("Vail's aide", "his aide").
constexpr const char* kNoSubject[] = {
    "A senator ended the hearing by calling the bill \"a giveaway.\"",
    "Vail's aide ended the hearing by calling the bill \"a giveaway.\"",
    "His aide ended the hearing by calling the bill \"a giveaway.\"",
};

}  // namespace

TEST(QuotesSpeakers39c, ARoleNounsDescriptionIsTheSubjectAParticipleShares) {
  tq::expect_speakers(kRoleDescriptionSubject);
  for (const char* text : kNoSubject) EXPECT_EQ(tq::run_engine(text).size(), 0u) << text;
}

namespace {

// "Ann Vail, a former governor and U.S. senator, …": an appositive of role nouns joined by "and" gives each of
// them to the name before its comma, so a later description by the roles, or by the second role alone, is that
// person. Failed before: the description as written (the second role's article was not found through "and").
constexpr tq::SpeakerCase kCoordinatedAppositive[] = {
    {"Ann Vail, a former governor and U.S. senator, spoke in Dayton on Monday. The former governor and U.S. senator "
     "said \"we will win.\"",
     "Ann Vail"},
    {"Ann Vail, a former governor and U.S. senator, spoke in Dayton on Monday. The senator said \"we will win.\"",
     "Ann Vail"},
    {"Ann Vail, a former first lady and senator, spoke in Dayton on Monday. \"We will win,\" the senator said.",
     "Ann Vail"},
    // Both fixes at once: the description shares its subject with the participle and is resolved to the name.
    {"Ann Vail, a former governor and U.S. senator, spoke in Dayton on Monday. The former governor and U.S. senator "
     "ended the hearing by calling the bill \"a giveaway.\"",
     "Ann Vail"},
};

// Unchanged: the first role alone already resolved; two people each with a role keep their own.
constexpr tq::SpeakerCase kAppositiveUnchanged[] = {
    {"Ann Vail, a former governor and U.S. senator, spoke in Dayton on Monday. The former governor said "
     "\"we will win.\"",
     "Ann Vail"},
    {"Ann Vail, a governor, and Tom Hale, a senator, spoke in Dayton on Monday. The senator said \"we will win.\"",
     "Tom Hale"},
    {"Ann Vail, the former governor and senator, spoke in Dayton on Monday. \"We will win,\" the senator said.",
     "Ann Vail"},
};

}  // namespace

TEST(QuotesSpeakers39c, AnAppositivesRolesJoinedByAndNameItsBearer) {
  tq::expect_speakers(kCoordinatedAppositive);
  tq::expect_speakers(kAppositiveUnchanged);
}
