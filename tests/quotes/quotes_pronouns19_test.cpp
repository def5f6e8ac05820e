// "he"/"she" and the names before them: a place or body named as what a role is of ("the former North Dakota
// governor") is no person a pronoun goes back to. Every sentence here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

#include <string>

namespace tq = textchain::quotes::testing;

namespace {

// A name right before a lower-case role noun modifies it; the person named before stays the referent.
constexpr tq::SpeakerCase kRoleModifiers[] = {
    {"Ann Lee spoke on Monday. The former North Dakota governor is a triathlete. \"I run daily,\" she said.",
     "Ann Lee"},
    {"Tom Hale spoke on Monday. A former Maple Valley mayor is a cyclist. \"I ride daily,\" he said.", "Tom Hale"},
    {"Ann Lee spoke on Monday. Former North Dakota governor Tom Hale is a triathlete. \"I run daily,\" she said.",
     "Ann Lee"},
    // The person in apposition to the role is the one the sentence is about, not the place modifying the role.
    {"Ann Lee spoke on Monday. The former Maple Valley mayor, Tom Hale, is a triathlete. \"I run daily,\" he said.",
     "Tom Hale"},
    // With no person named before, the place is still no one.
    {"The North Dakota governor is a triathlete. \"I run daily,\" she said.", "(null)"},
};

// A person's name keeps being one: a possessive, a given name, a title before it.
constexpr tq::SpeakerCase kPersons[] = {
    {"Tom Hale spoke on Monday. Ann Vail's spokesman is a cyclist. \"I ride daily,\" she said.", "Ann Vail"},
    {"Tom Hale spoke on Monday. The former Ann Vail campaign manager is a cyclist. \"I ride daily,\" she said.",
     "Ann Vail"},
    {"Tom Hale spoke on Monday. Former Senator Ann Vail is a triathlete. \"I run daily,\" she said.", "Ann Vail"},
};

}  // namespace

TEST(QuotesPronouns19, ANameModifyingARoleNounIsNoPersonAPronounGoesBackTo) {
  tq::expect_speakers(kRoleModifiers);
}

TEST(QuotesPronouns19, APersonsNameBeforeARoleStaysAPerson) { tq::expect_speakers(kPersons); }
