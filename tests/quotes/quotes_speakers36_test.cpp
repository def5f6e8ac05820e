// Speakers, round 36 (issue 16: attribution on political news). Every sentence here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

namespace {

// A reporting verb inside the "that" clause of another reporting verb is part of what the outer subject says: the
// outer subject is the source, the quoted words included. The "that" follows the outer verb, or an adjunct opened
// by a preposition, a day or a time word. Failed before: the inner verb's subject was given.
constexpr tq::SpeakerCase kOuterReportingVerb[] = {
    {"Tom Hale said during a rally in Dover on Friday that Ann Vail once described the harbor deal as \"the best "
     "bargain in decades\" when she was mayor.\n",
     "Tom Hale"},
    {"Tom Hale said Friday that Ann Vail once called the harbor deal \"a fine bargain\" in a speech.\n", "Tom Hale"},
    {"Ann Vail argued last week that the council had called the levy \"a tax on breathing\" for years.\n",
     "Ann Vail"},
    {"Tom Hale first noted that the board had told him it had \"no interest in running the port\" at all.\n",
     "Tom Hale"},
};

// Not over it: a "that" after a noun opens a relative clause, and a reporting verb alone keeps its subject.
constexpr tq::SpeakerCase kNoOuterReportingVerb[] = {
    {"Tom Hale praised the harbor deal that Ann Vail called \"a fine bargain\" in a speech.\n", "Ann Vail"},
    {"Ann Vail called the harbor deal \"a fine bargain\" in a speech.\n", "Ann Vail"},
};

// A name that may be a person's (no known given name, no title), written before a titled person who is only a verb's
// object and again as the subject of the next paragraph, is the one a "she" in the paragraph after goes back to.
// Failed before: the titled object was given.
constexpr tq::SpeakerCase kReturnToTheSubject[] = {
    {"Nyo Tharr spoke first.\n\nFor her part, Nyo Tharr has faced sharp criticism for the clashes. She has taken a "
     "new role as counselor, in which she advises President Htet Wain.\n\nIn response to pressure, Nyo Tharr "
     "recently presided over a summit of tribal groups and set up a panel, overseen by former judge Kofi Darrow, to "
     "study the clashes.\n\n\"Unity also means prosperity,\" she said in the Oval Office.\n",
     "Nyo Tharr"},
    {"The council met on Monday. Critics say Tava Ngata has ignored the clashes, though she now advises Governor Obu "
     "Rasko.\n\nOn Tuesday, Tava Ngata visited the capital and met leaders of the tribal groups.\n\n\"Peace "
     "means bread on the table,\" she said at the palace.\n",
     "Tava Ngata"},
};

// Not so: a two-word subject written only once may be a place, and a person who spoke stays the referent.
constexpr tq::SpeakerCase kNoReturn[] = {
    {"The council met on Monday. Critics say Tava Ngata has ignored the clashes, though she now advises Governor Obu "
     "Rasko.\n\nOn Tuesday, North Dakota voted to cut the budget of the tribal groups.\n\n\"Peace means bread on "
     "the table,\" she said at the palace.\n",
     "Obu Rasko"},
    {"Ann Vail told reporters on Monday that the port was safe.\n\nIn response, Tam Rolo presided over a meeting of "
     "the council.\n\n\"The port is safe,\" she said.\n",
     "Ann Vail"},
};

// A sentence opened by "according to" and its source, then a clause whose reporting verb reports the quotation:
// the source is the outermost. Failed before: the clause's subject was given.
constexpr tq::SpeakerCase kAccordingOver[] = {
    {"According to the Dover Herald, Hale spokesman Tom Reyes said Friday that the mayor \"would sign the bill if it "
     "reached her desk.\"\n",
     "Dover Herald"},
    {"According to Norland Radio, Finance Minister Ada Kell said on Monday that the budget was \"a disgrace to the "
     "country.\"\n",
     "Norland Radio"},
};

// Not so: an unnamed subject stays unnamed, and a sentence opened by another phrase keeps its subject.
constexpr tq::SpeakerCase kNoAccordingOver[] = {
    {"According to the minutes, someone at the meeting said the levy was \"a tax on breathing\" last year.\n",
     "(null)"},
    {"In Dover, Finance Minister Ada Kell said on Monday that the budget was \"a disgrace to the country.\"\n",
     "Ada Kell"},
};

}  // namespace

TEST(QuotesSpeakers36, ASourceOpeningTheSentenceWithAccordingToIsTheOutermost) {
  tq::expect_speakers(kAccordingOver);
  tq::expect_speakers(kNoAccordingOver);
}

TEST(QuotesSpeakers36, APronounGoesBackToTheSubjectTheStoryReturnedTo) {
  tq::expect_speakers(kReturnToTheSubject);
  tq::expect_speakers(kNoReturn);
}

TEST(QuotesSpeakers36, AReportingVerbInsideAnotherOnesThatClauseIsTheOuterSubjects) {
  tq::expect_speakers(kOuterReportingVerb);
  tq::expect_speakers(kNoOuterReportingVerb);
  // An unnamed inner source ("someone", "a friend") is not handed to the outer verb's subject.
  const std::string unnamed =
      "The Dover Herald reported that someone familiar with the talks said the levy was \"dead on arrival\".\n";
  const auto found = tq::run_engine(unnamed);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0].speaker.value_or("(null)"), "Dover Herald");
}
