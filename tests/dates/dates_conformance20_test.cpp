// Issue 15, round 20: kinds of expression the TimeML TIMEX3 guidelines value and earlier rounds left (KNOWN_GAPS.md,
// rounds 17 and 19). Every sentence is our own invention; the anchor is Friday 2025-09-26. Each table row failed
// on the engine before this round (79b4fc5). What was looked at and left is in plugins/dates/KNOWN_GAPS.md
// (round 20).
#include "found_as_table.hpp"
#include "tagger.hpp"

#include <gtest/gtest.h>

using namespace textchain::dates;

namespace {

using dev::found_as;

using dev::FoundCase;
using dev::expect_found;

// A clock time said in words is a TIME of its day, as "9:30 a.m." alone is (before: nothing).
constexpr FoundCase kSpokenClock[] = {
    {"The doors open at half past nine.", 1, "half past nine|TIME|2025-09-26T09:30"},
    {"The train left at quarter past ten.", 1, "quarter past ten|TIME|2025-09-26T10:15"},
    {"We met at a quarter past two.", 1, "a quarter past two|TIME|2025-09-26T02:15"},
    {"The shift ends at half past 11.", 1, "half past 11|TIME|2025-09-26T11:30"},
};

// "every other day" recurs every second day, TimeML's SET P2D, as "every second day" (before: nothing).
constexpr FoundCase kEveryOther[] = {
    {"The ferry sails every other day.", 1, "every other day|SET|P2D"},
    {"The board meets every other week.", 1, "every other week|SET|P2W"},
    {"She visits her mother every other month.", 1, "every other month|SET|P2M"},
    {"The festival is held every other year.", 1, "every other year|SET|P2Y"},
};

// A day of the month named alone is that day of the month the story is in, as TimeML resolves it from the
// reference time (before: nothing). The month is the document's unless the story named another.
constexpr FoundCase kBareDaysOfMonth[] = {
    {"The rent is due on the 15th.", 1, "15th|DATE|2025-09-15"},
    {"Ballots must arrive by the 3rd, officials said.", 1, "3rd|DATE|2025-09-03"},
    {"The strike began in March 2024. It ended on the 21st.", 2, "March 2024|DATE|2024-03; 21st|DATE|2024-03-21"},
};

}  // namespace

TEST(DatesConformance20, SpokenClock) { expect_found(kSpokenClock); }

TEST(DatesConformance20, EveryOther) { expect_found(kEveryOther); }

TEST(DatesConformance20, BareDaysOfMonth) { expect_found(kBareDaysOfMonth); }

// What stays as it was: an ordinal before a noun is no day, "half" as an amount is no clock, "past" before a unit
// stays the shift, "each other" is reciprocal and "the other day" is no expression here.
TEST(DatesConformance20, Unchanged) {
  EXPECT_EQ(found_as("The church was built in the 15th century.", 1), "15th century|DATE|14");
  EXPECT_EQ(found_as("She won on the 20th attempt.", 0), "");
  EXPECT_EQ(found_as("Sales rose in the past two years.", 1), "the past two years|DURATION|P2Y");
  EXPECT_EQ(found_as("Half the staff left.", 0), "");
  EXPECT_EQ(found_as("They saw each other day after day.", 0), "");
  EXPECT_EQ(found_as("The other day was calm.", 0), "");
}
