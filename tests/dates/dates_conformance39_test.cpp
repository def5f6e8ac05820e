// Issue 15, session 39: a conformance audit of the list over what sessions 37 and 38 did not cover (ranges,
// spans of two years, positions in decades, vague stretches ahead and behind, clocks with zones and days, SETs of so
// many units in a period), with newswire sentences of our own (anchor Friday 2025-09-26). The `Audit*` tables are
// what the engine already did as TimeML asks (a regression table); the other tables failed on the engine before this
// session (df11cd2). What was looked at and left is in plugins/dates/KNOWN_GAPS.md (session 39).
#include "found_as_table.hpp"
#include "tagger.hpp"

#include <gtest/gtest.h>

using namespace textchain::dates;

namespace {

using dev::found_as;

using dev::FoundCase;
using dev::expect_found;

// Ranges whose ends carry their own years, and intervals written as one expression.
constexpr FoundCase kAuditRanges[] = {
    {"Output grew between 2019 and 2021.", 2, "2019|DATE|2019; 2021|DATE|2021"},
    {"He was mayor from 1998 to 2002.", 2, "1998|DATE|1998; 2002|DATE|2002"},
    {"The 2019-2020 season ended early.", 2, "2019|DATE|2019; 2020|DATE|2020"},
    {"The strike ran from June 3 to June 7.", 1, "June 3 to June 7|DATE|2025-06-03/2025-06-07"},
    {"The fair ran from June 3 to July 7, 2024.", 1, "June 3 to July 7, 2024|DATE|2024-06-03/2024-07-07"},
    {"The show runs from October to December.", 2, "October|DATE|2025-10; December|DATE|2025-12"},
    {"The school year runs from September to June.", 2, "September|DATE|2025-09; June|DATE|2026-06"},
    {"The store is open from 9 a.m. to 5 p.m.", 1, "9 a.m. to 5 p.m.|TIME|2025-09-26T09:00/2025-09-26T17:00"},
    {"The camp ran from mid-June to late August.", 2, "mid-June|DATE|2025-06|MID; late August|DATE|2025-08|END"},
};

// Decades, centuries and stretches of time named without a number.
constexpr FoundCase kAuditPeriods[] = {
    {"Prices peaked in mid-2025.", 1, "mid-2025|DATE|2025|MID"},
    {"Prices surged in the mid-2020s.", 1, "mid-2020s|DATE|202|MID"},
    {"Sales doubled over the past decade.", 1, "the past decade|DURATION|P10Y"},
    {"In recent years, sales have doubled.", 1, "recent years|DURATION|PXY"},
    {"Prices will rise over the next few months.", 1, "the next few months|DURATION|PXM"},
    {"Talks will resume in the coming weeks.", 1, "coming weeks|DURATION|PXW"},
    {"Sales have doubled in the past few years.", 1, "the past few years|DURATION|PXY"},
    {"Sales rose over the last 12 months.", 1, "the last 12 months|DURATION|P12M"},
    {"Unemployment hit a record at the start of the century.", 1, "the start of the century|DATE|20|START"},
    {"By the end of the decade, coal will be gone.", 1, "the end of the decade|DATE|202|END"},
    {"This decade has been hard.", 1, "This decade|DATE|202"},
};

// Clocks with zones and days, parts of the day.
constexpr FoundCase kAuditClocks[] = {
    {"The market opened at 9:30 a.m. EST.", 1, "9:30 a.m. EST|TIME|2025-09-26T09:30-05:00"},
    {"The market opened at 9:30 a.m. EST Friday.", 1, "9:30 a.m. EST Friday|TIME|2025-09-26T09:30-05:00"},
    {"The crash occurred at 3:15 p.m. CET.", 1, "3:15 p.m. CET|TIME|2025-09-26T15:15+01:00"},
    {"The vote is set for 10 a.m. PST on Tuesday.", 1, "10 a.m. PST on Tuesday|TIME|2025-09-30T10:00-08:00"},
    {"The talks ended Friday evening.", 1, "Friday evening|TIME|2025-09-26TEV"},
    {"The attack happened on Tuesday at 4 p.m.", 1, "Tuesday at 4 p.m.|TIME|2025-09-23T16:00"},
    {"They met at noon Thursday.", 1, "noon Thursday|TIME|2025-09-25T12:00"},
};

// Recurrences.
constexpr FoundCase kAuditSets[] = {
    {"The board meets twice a week.", 1, "a week|SET|P1W"},
    {"The report is issued each year.", 1, "each year|SET|P1Y"},
    {"The drug is given three times a day.", 1, "a day|SET|P1D"},
    {"Inspectors visit every six months.", 1, "every six months|SET|P6M"},
    {"The club meets every other week.", 1, "every other week|SET|P2W"},
    {"The council meets twice weekly.", 1, "weekly|SET|P1W"},
    {"He earns $500 a week.", 1, "a week|SET|P1W"},
};

// "from March to May 2024", "between January and March of 2023": the month that opens a range takes the year written
// after the month that closes it, the year before when it comes later in the calendar (before: the document's or the
// tense's year, 2025-03 for "March").
constexpr FoundCase kRangeStartTakesTheEndsYear[] = {
    {"Sales rose from March to May 2024.", 2, "March|DATE|2024-03; May 2024|DATE|2024-05"},
    {"Rates rose between January and March 2024.", 2, "January|DATE|2024-01; March 2024|DATE|2024-03"},
    {"Shares fell between March and May of 2023.", 2, "March|DATE|2023-03; May of 2023|DATE|2023-05"},
    {"Rates rose from November to February 2024.", 2, "November|DATE|2023-11; February 2024|DATE|2024-02"},
    {"Rates fell between June and August last year.", 2, "June|DATE|2024-06; August last year|DATE|2024-08"},
    {"The camp runs from early June to mid-August 2026.", 2,
     "early June|DATE|2026-06|START; mid-August 2026|DATE|2026-08|MID"},
};

// "December 28 to January 3" with no year: the second day is in the next year (before: an interval ending before it
// began, 2025-12-28/2025-01-03).
constexpr FoundCase kDayRangesOverNewYear[] = {
    {"The office is closed from December 24 to January 2.", 1,
     "December 24 to January 2|DATE|2025-12-24/2026-01-02"},
    {"The strike lasted from 28 December to 3 January.", 1, "28 December to 3 January|DATE|2025-12-28/2026-01-03"},
    {"The sale runs December 26 through January 2.", 1, "December 26 through January 2|DATE|2025-12-26/2026-01-02"},
};

// "the 2023-24 season", "1998/99": two years written with the second's last two digits, one expression valued as the
// interval of the two years, as "September 23 to 27" is (before: nothing).
constexpr FoundCase kSpansOfTwoYears[] = {
    {"The 2023-24 season was his best.", 1, "2023-24|DATE|2023/2024"},
    {"He joined the club for the 2023/24 season.", 1, "2023/24|DATE|2023/2024"},
    {"Revenue in 1998/99 fell.", 1, "1998/99|DATE|1998/1999"},
    {"The report covers 2011-12.", 1, "2011-12|DATE|2011/2012"},
    {"The 1999-00 budget was cut.", 1, "1999-00|DATE|1999/2000"},
};

// "Thursday at noon", "Tuesday at midnight": the day and its clock are one TIME, as "Tuesday at 4 p.m." is (before:
// the weekday a DATE and "noon" a TIME of its own).
constexpr FoundCase kNoonAfterADay[] = {
    {"They met Thursday at noon.", 1, "Thursday at noon|TIME|2025-09-25T12:00"},
    {"They will meet Monday at noon.", 1, "Monday at noon|TIME|2025-09-29T12:00"},
    {"The vote is Tuesday at midnight.", 1, "Tuesday at midnight|TIME|2025-09-30T24:00"},
    {"The deal closed on March 3, 2024 at noon.", 1, "March 3, 2024 at noon|TIME|2024-03-03T12:00"},
};

// "9 p.m. Friday EST", "6 a.m. Monday GMT+2": a zone written after the clock's day is the clock's, as one before it
// is (before: the zone left out of the span and the value).
constexpr FoundCase kZoneAfterTheClocksDay[] = {
    {"The vote closes at 9 p.m. Friday EST.", 1, "9 p.m. Friday EST|TIME|2025-09-26T21:00-05:00"},
    {"The strike began at 6 a.m. Monday GMT+2.", 1, "6 a.m. Monday GMT+2|TIME|2025-09-22T06:00+02:00"},
    {"The vote closed at 9 p.m. yesterday EST.", 1, "9 p.m. yesterday EST|TIME|2025-09-25T21:00-05:00"},
    {"Trading ends at 4 p.m. Friday ET.", 1, "4 p.m. Friday ET|TIME|2025-09-26T16:00"},
};

// "three days a week", "24 hours a day", "40 hours per week": so many units in every period, one SET of the period,
// as "twice a week" is (before: two DURATIONs, P3D and P1W).
constexpr FoundCase kUnitsInEveryPeriod[] = {
    {"The clinic opens three days a week.", 1, "three days a week|SET|P1W"},
    {"Nurses work 12 hours a day.", 1, "12 hours a day|SET|P1D"},
    {"The plant runs 24 hours a day, seven days a week.", 2, "24 hours a day|SET|P1D; seven days a week|SET|P1W"},
    {"Staff work 40 hours per week.", 1, "40 hours per week|SET|P1W"},
};

// "the past year and a half", "the next hour and a half": a length of a unit and a half, as "a year and a half" is
// (before: "the past year" P1Y, "the last year" 2024).
constexpr FoundCase kShiftedUnitAndAHalf[] = {
    {"Prices rose over the past year and a half.", 1, "the past year and a half|DURATION|P1.5Y"},
    {"Sales fell in the last year and a half.", 1, "the last year and a half|DURATION|P1.5Y"},
    {"The work will take the next hour and a half.", 1, "the next hour and a half|DURATION|PT1H30M"},
};

}  // namespace

TEST(DatesConformance39, AuditRanges) { expect_found(kAuditRanges); }
TEST(DatesConformance39, AuditPeriods) { expect_found(kAuditPeriods); }
TEST(DatesConformance39, AuditClocks) { expect_found(kAuditClocks); }
TEST(DatesConformance39, AuditSets) { expect_found(kAuditSets); }

TEST(DatesConformance39, RangeStartTakesTheEndsYear) { expect_found(kRangeStartTakesTheEndsYear); }
TEST(DatesConformance39, DayRangesOverNewYear) { expect_found(kDayRangesOverNewYear); }
TEST(DatesConformance39, SpansOfTwoYears) { expect_found(kSpansOfTwoYears); }
TEST(DatesConformance39, NoonAfterADay) { expect_found(kNoonAfterADay); }
TEST(DatesConformance39, ZoneAfterTheClocksDay) { expect_found(kZoneAfterTheClocksDay); }
TEST(DatesConformance39, UnitsInEveryPeriod) { expect_found(kUnitsInEveryPeriod); }
TEST(DatesConformance39, ShiftedUnitAndAHalf) { expect_found(kShiftedUnitAndAHalf); }

// What stays as it was: a month not followed by a range keeps the tense's year; a length before "a week ago" stays a
// length; two years apart or a year and a month ("2024-05") are no span of two years; "last year" alone is the year;
// noon after a day and a comma, not "at", is no clock of that day.
TEST(DatesConformance39, Unchanged) {
  EXPECT_EQ(found_as("Sales rose in March and fell in May 2024.", 2), "March|DATE|2025-03; May 2024|DATE|2024-05");
  EXPECT_EQ(found_as("The rebels fought for three days a week ago.", 2),
            "three days|DURATION|P3D; a week ago|DATE|2025-09-19");
  EXPECT_EQ(found_as("Data for 2024-05 show growth.", 0), "");
  EXPECT_EQ(found_as("The 2019-22 plan failed.", 0), "");
  EXPECT_EQ(found_as("Sales fell last year.", 1), "last year|DATE|2024");
  EXPECT_EQ(found_as("They met Friday, noon prayers were held.", 2), "Friday|DATE|2025-09-26; noon|TIME|2025-09-26T12:00");
  EXPECT_EQ(found_as("He works two jobs a week.", 1), "a week|DURATION|P1W");
  EXPECT_EQ(found_as("He left at 9 p.m. Friday, EST said.", 1), "9 p.m. Friday|TIME|2025-09-26T21:00");
}
