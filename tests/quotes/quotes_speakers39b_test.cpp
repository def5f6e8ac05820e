// Speakers, round 39b (issue 16: attribution on political news). Every sentence here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

namespace {

// An introductory time phrase with no comma after it ("On Monday", "Last week", "On Monday afternoon", "In March")
// ends right before the sentence's subject, as the phrase with its comma does: a participle set off by "by" or a
// comma shares that subject. Failed before: no quotation (the subject was only guessed, and a guessed speaker
// does not keep a short quotation).
constexpr tq::SpeakerCase kTimePhraseWithoutComma[] = {
    {"On Monday Ann Vail ended the hearing by calling the bill \"a giveaway.\"", "Ann Vail"},
    {"On Monday afternoon Ann Vail ended the hearing by calling the bill \"a giveaway.\"", "Ann Vail"},
    {"In March Tom Hale closed the debate by calling the plan \"a fantasy.\"", "Tom Hale"},
    {"Last week Ann Vail ended the hearing by calling the bill \"a giveaway.\"", "Ann Vail"},
    {"On Monday Ann Vail ended the hearing, saying the bill was \"a giveaway.\"", "Ann Vail"},
    {"On Monday the Ledger ended its review by announcing that the claim was \"mostly true.\"", "Ledger"},
};

// Unchanged: with the comma, a name at the head of the sentence; a pronoun after the phrase stays a guess.
constexpr tq::SpeakerCase kTimePhraseUnchanged[] = {
    {"On Monday, Ann Vail ended the hearing by calling the bill \"a giveaway.\"", "Ann Vail"},
    {"Ann Vail ended the hearing on Monday by calling the bill \"a giveaway.\"", "Ann Vail"},
};

}  // namespace

TEST(QuotesSpeakers39b, ATimePhraseWithoutACommaEndsBeforeTheSubject) {
  tq::expect_speakers(kTimePhraseWithoutComma);
  tq::expect_speakers(kTimePhraseUnchanged);
  EXPECT_EQ(tq::run_engine("Ann Vail chaired the panel. On Monday she ended the hearing by calling the bill \"a giveaway.\"").size(),
            0u);
}

namespace {

// Role nouns joined by "and" as the cue's subject ("The former governor and U.S. senator said") describe one
// person, as a single role noun does; "lady" heads a description of a person ("the first lady said"). Failed
// before: no speaker (the description stopped at "and", or "lady" was no role).
constexpr tq::SpeakerCase kCoordinatedRoles[] = {
    {"The former governor and U.S. senator said \"we will win this fight.\"", "The former governor and U.S. senator"},
    {"The former governor and senator said the plan was \"a giveaway.\"", "The former governor and senator"},
    {"The first lady said \"we will win this fight.\"", "The first lady"},
    // When the document names the person by one of the roles, the name speaks, as after a single role noun.
    {"Former governor Ann Vail spoke in Dayton on Monday. The former governor and U.S. senator said \"we will win.\"",
     "Ann Vail"},
    {"First lady Mara Quint spoke in Dayton on Monday. The first lady said \"we will win.\"", "Mara Quint"},
};

}  // namespace

TEST(QuotesSpeakers39b, RoleNounsJoinedByAndDescribeOneSpeaker) {
  tq::expect_speakers(kCoordinatedRoles);
  // Unchanged: after the quotation (the phrase read forward), and two people joined by "and" (the nearer speaks).
  EXPECT_EQ(tq::sole_speaker("\"We will win this fight,\" the mayor and party chairman said."),
            "the mayor and party chairman");
  EXPECT_EQ(tq::sole_speaker("Tom Hale and the senator said \"we will win this fight.\""), "the senator");
}

namespace {

// "sent a letter calling X "…"": a letter sent makes the document its sender's, as a released statement does;
// the participle after it is the sender's words. Failed before: no quotation.
constexpr tq::SpeakerCase kSentDocumentParticiple[] = {
    {"Ann Vail sent a letter calling the report \"a hit piece.\"", "Ann Vail"},
    {"The Hale campaign sent a memo describing the ruling as \"a travesty.\"", "Hale campaign"},
};

}  // namespace

TEST(QuotesSpeakers39b, ASentDocumentsParticipleSpeaksForItsSender) {
  tq::expect_speakers(kSentDocumentParticiple);
}
