// Speakers on political news, round 20: a surname misspelt once ("Ann Wilmot" … "Wilmott said") is the person
// named before with the right spelling; a description that names its owner ("the ad's narrator") speaks even when
// an indefinite phrase introduced the person. Every sentence here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

#include <string>

namespace tq = textchain::quotes::testing;

namespace {

// One letter added, dropped or replaced in a surname of five letters or more, after the full name.
constexpr tq::SpeakerCase kMisspelt[] = {
    {"Ann Wilmot chairs the tenants' council.\n\nWilmott said the rents rose twice this year. \"We cannot pay,\" she "
     "said.",
     "Ann Wilmot"},
    {"Tom Harkness, who runs the ferry, closed the bridge.\n\nHarknes said the repairs would take a month. "
     "\"Nobody told us,\" he said.",
     "Tom Harkness"},
    {"Council member Rosa Delmonte spoke first.\n\n\"The budget is late,\" Delmontr said.", "Rosa Delmonte"},
    // A capital inside the name dropped with its letter ("McC…" written "McL…").
    {"Voters such as Ida McClenney came early.\n\nMcLenney said the lines were long. \"I waited hours,\" she said.",
     "Ida McClenney"},
};

// Not a misspelling: a short surname (two people, "Hale" and "Hall"); a lone name met before the full one or
// more often than it (a well-known person, and someone else with a near surname).
constexpr tq::SpeakerCase kNotMisspelt[] = {
    {"Tom Hale chairs the council.\n\n\"The budget is late,\" Hall said.", "Hall"},
    {"Brenner spoke first. Later Ann Brennar arrived.\n\n\"The budget is late,\" Brenner said.", "Brenner"},
    {"Morales spoke on Monday. Morales spoke again on Tuesday. Ann Moralez listened.\n\n\"The budget is late,\" "
     "Morales said.",
     "Morales"},
};

// "A narrator in the video … the video's narrator says": the possessive picks the person out; without one the
// description stays someone the text leaves unnamed (no speaker).
constexpr tq::SpeakerCase kOwnedDescriptions[] = {
    {"The council released a new video on Monday. A narrator in the video describes the flood.\n\n\u201cNobody was "
     "warned,\u201d the video\u2019s narrator says.",
     "the video\u2019s narrator"},
    {"A lawyer for the tenants spoke to reporters on Friday.\n\n\"We will appeal,\" the union's lawyer said.",
     "the union's lawyer"},
    {"A delegate, who asked not to be named, spoke on Monday.\n\n\"We walked out,\" the delegate said.", "(null)"},
};

}  // namespace

TEST(QuotesSpeakers20, ASurnameMisspeltOnceIsThePersonNamedBefore) { tq::expect_speakers(kMisspelt); }

TEST(QuotesSpeakers20, ANearSurnameIsNoMisspellingWhenShortEarlierOrMoreFrequent) {
  tq::expect_speakers(kNotMisspelt);
}

TEST(QuotesSpeakers20, ADescriptionNamingItsOwnerSpeaksAfterAnIndefiniteIntroduction) {
  tq::expect_speakers(kOwnedDescriptions);
}
