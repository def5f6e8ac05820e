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

namespace {

// "X released a statement calling Y "…"": the document right before the participle is the object of a release
// verb ("released", "issued", "published"), and says the words of the one who released it; that verb's subject
// speaks, so the short words in marks are a partial quotation, not the writer's term. Failed before: no
// quotation (the participle's subject was only guessed, and a guessed speaker does not keep a short quotation).
constexpr tq::SpeakerCase kReleasedDocumentParticiple[] = {
    {"Ann Vail released a statement calling the report \"a hit piece.\"", "Ann Vail"},
    {"Ann Vail issued a statement saying the report was \"a hit piece.\"", "Ann Vail"},
    {"The Hale campaign issued a statement calling the ruling \"a travesty.\"", "Hale campaign"},
    {"Ann Vail published a letter describing the audit as \"deeply flawed.\"", "Ann Vail"},
};

}  // namespace

TEST(QuotesSpeakers39, AReleasedDocumentsParticipleSpeaksForItsReleaser) {
  tq::expect_speakers(kReleasedDocumentParticiple);
  // The span is the quoted words, marks included.
  EXPECT_EQ(tq::sole_quote("Ann Vail released a statement calling the report \"a hit piece.\""),
            "\"a hit piece.\"|Ann Vail");
}

namespace {

// A participle set off by a comma or after "by" shares the subject of its clause; a name written after the
// sentence's article ("The Ledger", "The White House"), at the head of the sentence or after an introductory
// phrase's comma, is that subject as a bare name is. Failed before: no quotation (the subject was only guessed,
// and a guessed speaker does not keep a short quotation).
constexpr tq::SpeakerCase kArticleBeforeTheSubjectsName[] = {
    {"The Ledger ended its review by announcing that the claim was \"mostly true.\"", "Ledger"},
    {"On Monday, the Ledger ended its review by announcing that the claim was \"mostly true.\"", "Ledger"},
    {"The Ledger published its review on Monday, announcing that the claim was \"mostly true.\"", "Ledger"},
    {"The White House closed the briefing by calling the report \"fake.\"", "White House"},
};

}  // namespace

TEST(QuotesSpeakers39, ANameAfterTheSentencesArticleIsTheSubjectAParticipleShares) {
  tq::expect_speakers(kArticleBeforeTheSubjectsName);
}

namespace {

// The same with a relative clause: "released a statement that called …" is the releaser's words, whatever the
// relative ("that", "which"); a document that was only read out ("read a statement that …") is no one's release.
// Failed before: no quotation.
constexpr tq::SpeakerCase kReleasedDocumentRelative[] = {
    {"Ann Vail released a statement that called the report \"a hit piece.\"", "Ann Vail"},
    {"Ann Vail released a statement which called the report \"a hit piece.\"", "Ann Vail"},
    {"The Hale campaign issued a statement that described the ruling as \"a travesty.\"", "Hale campaign"},
};

}  // namespace

TEST(QuotesSpeakers39, AReleasedDocumentsRelativeSpeaksForItsReleaser) {
  tq::expect_speakers(kReleasedDocumentRelative);
  EXPECT_EQ(tq::run_engine("Ann Vail read a statement that called the report \"a hit piece.\"").size(), 0u);
}
