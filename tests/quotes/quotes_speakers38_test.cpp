// Speakers, round 38 (issue 16: attribution on political news). Every sentence here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

namespace {

// A title-case headline's subject speaks the words it quotes after the subject's verb, a verb that reports
// nothing included ("Speaks", "Rally", "Sees"); the verb's agreement tells where the subject ends. Failed before:
// no speaker.
constexpr tq::SpeakerCase kHeadlineSubjects[] = {
    {"Ann Vail Speaks \u2018Plainly To The Harbor Towns\u2019 After Storm.\n\nAnn Vail went to Dover on Monday to "
     "meet the families.\n",
     "Ann Vail"},
    {"Angry Parents Rally Downtown To \u2018Save Our Libraries.\u2019\n\nThe parents met on Monday outside the "
     "city hall of Dover.\n",
     "Angry Parents"},
    {"Tom Hale Sees \u2018Grave Danger\u2019 If The Levy Fails.\n\nTom Hale spoke to farmers in Dover on "
     "Monday.\n",
     "Tom Hale"},
    {"Dover Harbor Pilots Vow To Fight \u2018Reckless Cuts\u2019 In Budget.\n\nThe pilots met on Monday in "
     "Dover.\n",
     "Dover Harbor Pilots"},
};

// Not so: a headline opening with its quotation, and one whose words before the quotation hold no subject with an
// agreeing verb ("On" is no verb), name no speaker.
constexpr tq::SpeakerCase kNoHeadlineSubject[] = {
    {"\u2018Fair Deal\u2019 Talks Resume In Dover Next Week.\n\nThe talks had stopped in May over the port.\n",
     "(null)"},
    {"Ann Vail On The Port And \u2018A Fair Deal\u2019 For Workers.\n\nThe governor met the workers on "
     "Monday.\n",
     "(null)"},
};

}  // namespace

TEST(QuotesSpeakers38, AHeadlineSubjectSpeaksAfterAnyVerb) {
  tq::expect_speakers(kHeadlineSubjects);
  tq::expect_speakers(kNoHeadlineSubject);
}

TEST(QuotesSpeakers38, AHeadlinesClosingNameOutranksItsSubject) {
  // "Port Plans" agrees with no verb here, but "Port" with "Plans" would: the name closing the headline after its
  // comma is still the speaker.
  EXPECT_EQ(tq::sole_speaker("Port Plans \u2018Could Ruin The Valley,\u2019 Ann Vail Says.\n\nAnn Vail met the "
                             "farmers on Monday.\n"),
            "Ann Vail");
}

namespace {

// "X quoted Y as saying": Y says the words, X only reports them; an indefinite Y ("a harbor official", a term in
// marks after "a") names nobody. Failed before: the reporter (the Ledger) was given.
constexpr tq::SpeakerCase kQuotedAsSaying[] = {
    {"Port news.\n\nThe Ledger quoted a harbor official as saying: \"The port will close in May and nobody will pay "
     "for the repairs.\"\n",
     "(null)"},
    {"Port news.\n\nThe Dover Ledger cited an aide as saying that the port would be \"closed for good\" by "
     "May.\n",
     "(null)"},
    {"Port news.\n\nTom Hale met the port workers on Monday. The Ledger quoted the mayor as saying that the "
     "port would be \"closed for good\" by May.\n",
     "the mayor"},
};

}  // namespace

TEST(QuotesSpeakers38, TheOneQuotedAsSayingSpeaksNotTheReporter) {
  tq::expect_speakers(kQuotedAsSaying);
  // A term in marks after its article is that object too.
  EXPECT_EQ(tq::sole_speaker("Port news.\n\nThe Ledger quotes a \"port aide\" as saying: \"The port will close in "
                             "May and nobody will pay for the repairs.\"\n"),
            "(null)");
  // A name there speaks, as before.
  EXPECT_EQ(tq::sole_speaker("Port news.\n\nThe Ledger quoted Tom Hale as saying: \"The port will close in May and "
                             "nobody will pay for the repairs.\"\n"),
            "Tom Hale");
}

namespace {

// A reporting verb's clause without its "that" ("said Vail called") is the outer subject's report, as with "that":
// a person outer subject is the outermost source. Failed before: the inner subject (Ann Vail) was given.
constexpr tq::SpeakerCase kBareClauseOuterPerson[] = {
    {"Port news.\n\nAnn Vail and Tom Hale met in Dover.\n\nTom Hale said Ann Vail called the plan \"a giveaway\" "
     "on Monday.\n",
     "Tom Hale"},
    {"Port news.\n\nAnn Vail and Tom Hale met in Dover.\n\nTom Hale claims Ann Vail described the levy as \"a "
     "tax on breathing\" last year.\n",
     "Tom Hale"},
};

// Not so: an outer subject that is a document or statement is no person, and the inner subject keeps the words.
constexpr tq::SpeakerCase kBareClauseOuterThing[] = {
    {"Port news.\n\nAnn Vail and Tom Hale met in Dover.\n\nThe statement said Ann Vail called the plan \"a "
     "giveaway\" on Monday.\n",
     "Ann Vail"},
};

}  // namespace

TEST(QuotesSpeakers38, ABareClausesOuterPersonIsTheOutermostSource) {
  tq::expect_speakers(kBareClauseOuterPerson);
  tq::expect_speakers(kBareClauseOuterThing);
}

namespace {

// "According to X" set off by commas between a clause's subject and its reporting verb makes X the outermost
// source, as it does opening the sentence; plural role nouns ("attorneys", "lawyers") head such a source. Failed
// before: the clause's subject (Ann Vail, the relatives' Tom Hale) was given.
constexpr tq::SpeakerCase kAccordingBetween[] = {
    {"Port news.\n\nAnn Vail and Tom Hale met in Dover.\n\nAnn Vail watched the video, according to her lawyer, and "
     "said she came away with \"more doubts than facts.\"\n",
     "her lawyer"},
    {"Port news.\n\nAnn Vail and Tom Hale met in Dover.\n\nAnn Vail, according to the Dover Ledger, said the plan "
     "was \"a giveaway\" for the builders.\n",
     "Dover Ledger"},
    {"Port news.\n\nAnn Vail and Tom Hale met in Dover.\n\nAccording to their attorneys, the relatives of Tom Hale "
     "said they came away with \"more doubts than facts.\"\n",
     "their attorneys"},
};

}  // namespace

TEST(QuotesSpeakers38, AccordingToASourceBetweenSubjectAndVerbIsTheOutermostSource) {
  tq::expect_speakers(kAccordingBetween);
  // Without "according to" the commas set off an adjunct, and the subject speaks.
  EXPECT_EQ(tq::sole_speaker("Port news.\n\nAnn Vail and Tom Hale met in Dover.\n\nAnn Vail watched the video, in "
                             "her office, and said she came away with \"more doubts than facts.\"\n"),
            "Ann Vail");
}

TEST(QuotesSpeakers38, AReportingVerbInAParentheticalReportsTheAside) {
  // "testified" inside the parenthesis reports the aside; the participle outside it ("concluding") reports the
  // quotation, and its subject speaks. Failed before: Tom Hale (the parenthetical's subject).
  EXPECT_EQ(tq::sole_speaker("Port news.\n\nPeter Vail spoke in Dover.\n\nHe closed the speech, concluding that "
                             "the old maxim (what Tom Hale once testified before the council) would be true that "
                             "\"what is good for the port is good for the town.\"\n"),
            "Peter Vail");
  // With no reporting verb outside it, the parenthetical's verb still attributes the quotation.
  EXPECT_EQ(tq::sole_speaker("Port news.\n\nPeter Vail spoke in Dover.\n\nThe old maxim (as Tom Hale once told the "
                             "council) is that \"what is good for the port is good for the town.\"\n"),
            "Tom Hale");
}
