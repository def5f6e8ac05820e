// What the resolver learns from paragraphs it reads late or not at all. The fullest form of a name written after
// the quotation that names its bearer by surname alone: the resolver reads, for a surname, only the paragraphs
// where a word of a name may come before it (a capitalized word, a connector, a hyphenated syllable, an initial,
// a nickname in marks), and the others only for a gender; each case puts the fullest form behind one of those
// joins, in a paragraph nothing else reads. A name found speaking in a paragraph not read yet is marked a
// speaker when the paragraph is read. Every sentence here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

using tq::speaker_of;

TEST(FullestForm, IsFoundBehindEveryJoinOfARun) {
  EXPECT_EQ(speaker_of("\"We will appeal the ruling,\" Park said.\n\nThe ruling was read out by Ji-won Park on "
                       "Monday.\n"),
            "Ji-won Park");
  EXPECT_EQ(speaker_of("\"We will appeal the ruling,\" Hale said.\n\nThe appeal was drafted by Ludwig van Hale "
                       "on Monday.\n"),
            "Ludwig van Hale");
  EXPECT_EQ(speaker_of("\"We will appeal the ruling,\" Vail said.\n\nThe appeal was drafted by Ann J. Vail on "
                       "Monday.\n"),
            "Ann J. Vail");
  EXPECT_EQ(speaker_of("\"We will appeal the ruling,\" Lane said.\n\nThe appeal was drafted by Robert \"Bobby\" "
                       "Lane on Monday.\n"),
            "Robert \"Bobby\" Lane");
  // After a lone mention in the same paragraph.
  EXPECT_EQ(speaker_of("\"We will appeal the ruling,\" Vail said.\n\nThe appeal was drafted by lawyer Vail. Dana "
                       "Vail signed it on Monday.\n"),
            "Dana Vail");
}

TEST(FullestForm, TakesItsGenderFromALoneMentionAfterTheQuotation) {
  // "spokeswoman Vail" is no candidate for the fullest form, but says Rowan Vail is a woman: "he" is Sasha Bell.
  EXPECT_EQ(speaker_of("Sasha Bell met Rowan Vail on Monday.\n\n\"We will appeal the ruling,\" he said.\n\nThe "
                       "statement was later read out by spokeswoman Vail.\n"),
            "Sasha Bell");
  EXPECT_EQ(speaker_of("Sasha Bell met Rowan Vail on Monday.\n\n\"We will appeal the ruling,\" he said.\n\nThe "
                       "statement was later read out by a lawyer.\n"),
            "Rowan Vail");
}

TEST(FullestForm, ASpeakerNotedBeforeItsParagraphIsReadStaysASpeaker) {
  // "Hale" is a speaker only because a quotation is attributed to him; "he" reads that paragraph later.
  const std::string t =
      "According to Hale, the plan \"will fail within a year and cost far more than anyone admits.\"\n\n\"We "
      "should have seen it coming,\" he added.\n";
  EXPECT_EQ(tq::speaker_at(t, 0), "Hale");
  EXPECT_EQ(tq::speaker_at(t, 1), "Hale");
  EXPECT_EQ(speaker_of("According to Hale, the plan would fail.\n\n\"We should have seen it coming,\" he "
                       "added.\n"),
            "(null)");
}
