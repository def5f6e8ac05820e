// Issue 15, round 19: TimeML 1.2.1 conformance on kinds of expression the round 17 sweep left open. Every
// sentence is our own invention; the anchor is Friday 2025-09-26. Each table row failed on the engine before
// this round (6dcf35b). What was looked at and left is in plugins/dates/KNOWN_GAPS.md (round 19).
#include "found_as_table.hpp"
#include "tagger.hpp"

#include <gtest/gtest.h>

using namespace textchain::dates;

namespace {

using dev::found_as;

using dev::FoundCase;
using dev::expect_found;

// TimeML's mods of a length: "no more than 10 days" is EQUAL_OR_LESS, "no less than" EQUAL_OR_MORE (before,
// the negation was not read: MORE_THAN and LESS_THAN, the opposite sides).
constexpr FoundCase kNegatedComparators[] = {
    {"The trial lasted no more than two weeks.", 1, "two weeks|DURATION|P2W|EQUAL_OR_LESS"},
    {"The loan runs for no less than five years.", 1, "five years|DURATION|P5Y|EQUAL_OR_MORE"},
    {"The hearing took not more than three hours.", 1, "three hours|DURATION|PT3H|EQUAL_OR_LESS"},
    {"The pact must hold for no fewer than ten years.", 1, "ten years|DURATION|P10Y|EQUAL_OR_MORE"},
};

// A length that became a point ("ago", "later") takes TimeML's mods of points: "more than a decade ago" is
// BEFORE the point a decade back, "less than a year ago" AFTER it, "at least" ON_OR_BEFORE, "no more than"
// ON_OR_AFTER; counted forward the sides swap. Before, the length's mods (MORE_THAN ...) stayed.
constexpr FoundCase kPointMods[] = {
    {"The mine opened more than a decade ago.", 1, "a decade ago|DATE|201|BEFORE"},
    {"The plant closed less than a year ago.", 1, "a year ago|DATE|2024|AFTER"},
    {"The road was built at least 20 years ago.", 1, "20 years ago|DATE|2005|ON_OR_BEFORE"},
    {"The deal was signed no more than a week ago.", 1, "a week ago|DATE|2025-09-19|ON_OR_AFTER"},
    {"The bridge opened almost three decades ago.", 1, "three decades ago|DATE|199|AFTER"},
    {"The mill shut over 30 years ago.", 1, "30 years ago|DATE|1995|BEFORE"},
    {"The store reopened more than two weeks later.", 1, "two weeks later|DATE|2025-10-10|AFTER"},
};

// A weekday with a plural part of the day recurs: "on Friday nights" is the SET XXXX-WXX-5TNI (before: the
// past Friday, a DATE).
constexpr FoundCase kRecurringPartsOfDay[] = {
    {"The show airs on Friday nights.", 1, "Friday nights|SET|XXXX-WXX-5TNI"},
    {"The club meets on Sunday mornings.", 1, "Sunday mornings|SET|XXXX-WXX-7TMO"},
    {"Volunteers cook Tuesday evenings at the shelter.", 1, "Tuesday evenings|SET|XXXX-WXX-2TEV"},
};

// A year listed right after a fiscal year is a fiscal year (before: the calendar year, or nothing after a dash).
constexpr FoundCase kFiscalLists[] = {
    {"Spending will fall in fiscal years 2026 and 2027.", 2, "fiscal years 2026|DATE|FY2026; 2027|DATE|FY2027"},
    {"The budget covers fiscal 2026 through 2028.", 2, "fiscal 2026|DATE|FY2026; 2028|DATE|FY2028"},
    {"The plan spans FY2024-2026.", 2, "FY2024|DATE|FY2024; 2026|DATE|FY2026"},
    {"The report covers fiscal 2024, 2025 and 2026.", 3,
     "fiscal 2024|DATE|FY2024; 2025|DATE|FY2025; 2026|DATE|FY2026"},
};

// A position before a decade or year written with an apostrophe takes its mod, as before a four-digit one
// ("the mid-1990s": MID); before, the position was left out and the mod lost.
constexpr FoundCase kPositionsBeforeApostropheYears[] = {
    {"The mill closed in the mid-'80s.", 1, "mid-'80s|DATE|198|MID"},
    {"He was a star in the late '90s.", 1, "late '90s|DATE|199|END"},
    {"The fad peaked in early '09.", 1, "early '09|DATE|2009|START"},
};

// "every September" is TimeML's SET XXXX-09 (before: the DATE September of the document's year, "every" left
// out); "the 2024 fiscal year" is FY2024 (before: the calendar year 2024).
constexpr FoundCase kRecurringMonthsAndFiscalYears[] = {
    {"The fair is held every September.", 1, "every September|SET|XXXX-09"},
    {"Taxes are due each April.", 1, "each April|SET|XXXX-04"},
    {"The merger was completed in the 2024 fiscal year.", 1, "2024 fiscal year|DATE|FY2024"},
};

// The weekend of every week is TimeML's SET XXXX-WXX-WE: "on weekends" (before: nothing), "every weekend"
// (before: the length P2D).
constexpr FoundCase kWeekends[] = {
    {"The shop is busy on weekends.", 1, "weekends|SET|XXXX-WXX-WE"},
    {"Trains run less often at weekends.", 1, "weekends|SET|XXXX-WXX-WE"},
    {"The shop is busy every weekend.", 1, "every weekend|SET|XXXX-WXX-WE"},
};

// A day of the month named by an ordinal word is that day, one DATE (before: the month alone), as "15th of
// March" already was.
constexpr FoundCase kOrdinalDaysOfMonth[] = {
    {"The law took effect on the first of May.", 1, "first of May|DATE|2025-05-01"},
    {"The treaty was signed on the second of March 2024.", 1, "second of March 2024|DATE|2024-03-02"},
};

}  // namespace

TEST(DatesConformance19, NegatedComparators) { expect_found(kNegatedComparators); }

TEST(DatesConformance19, ModsOfPoints) { expect_found(kPointMods); }

TEST(DatesConformance19, RecurringPartsOfDay) {
  expect_found(kRecurringPartsOfDay);
}

TEST(DatesConformance19, PositionsBeforeApostropheYears) {
  expect_found(kPositionsBeforeApostropheYears);
}

TEST(DatesConformance19, RecurringMonthsAndFiscalYears) {
  expect_found(kRecurringMonthsAndFiscalYears);
}

TEST(DatesConformance19, Weekends) { expect_found(kWeekends); }

TEST(DatesConformance19, OrdinalDaysOfMonth) { expect_found(kOrdinalDaysOfMonth); }

TEST(DatesConformance19, FiscalYearLists) { expect_found(kFiscalLists); }

// What stays as it was: a plural part of the day alone is no expression, a singular one after a weekday is that
// day's TIME, a length's mods stay on a length, and a calendar year after a fiscal one far away stays calendar.
TEST(DatesConformance19, Unchanged) {
  EXPECT_EQ(found_as("He works in the mornings.", 0), "");
  EXPECT_EQ(found_as("Weekends are busy at the shop.", 0), "");
  EXPECT_EQ(found_as("The fire broke out Tuesday night.", 1), "Tuesday night|TIME|2025-09-23TNI");
  EXPECT_EQ(found_as("She left more than 25 minutes later.", 1), "25 minutes later|DURATION|PT25M|MORE_THAN");
  EXPECT_EQ(found_as("He has lived abroad for more than a decade.", 1), "a decade|DURATION|P10Y|MORE_THAN");
  EXPECT_EQ(found_as("The firm posted a loss in fiscal 2024. Its rival was founded in 2025.", 2),
            "fiscal 2024|DATE|FY2024; 2025|DATE|2025");
}
