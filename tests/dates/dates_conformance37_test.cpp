// Issue 15, session 37: a conformance audit of the list against the TimeML / TempEval-3 conventions, with
// newswire sentences of our own (anchor Friday 2025-09-26). The `Audit*` tables are what the engine already did as
// TimeML asks (a regression table for the whole list); the other tables failed on the engine before this session
// (4e8ba78). What was looked at and left is in plugins/dates/KNOWN_GAPS.md (session 37).
#include "found_as_table.hpp"
#include "tagger.hpp"

#include <gtest/gtest.h>

using namespace textchain::dates;

namespace {

using dev::found_as;

using dev::FoundCase;
using dev::expect_found;

// Spans and mods: the comparator stays outside the span and gives the mod; "N units ago" is the date, "for N units"
// the length.
constexpr FoundCase kAuditLengthsAndMods[] = {
    {"The company was founded about three years ago.", 1, "three years ago|DATE|2022|APPROX"},
    {"The strike lasted about three weeks.", 1, "three weeks|DURATION|P3W|APPROX"},
    {"Talks went on for more than a decade.", 1, "a decade|DURATION|P10Y|MORE_THAN"},
    {"The repairs took less than a week.", 1, "a week|DURATION|P1W|LESS_THAN"},
    {"Talks lasted at least three days.", 1, "three days|DURATION|P3D|EQUAL_OR_MORE"},
    {"The job will take up to six months.", 1, "six months|DURATION|P6M|EQUAL_OR_LESS"},
    {"The mill closed five years ago.", 1, "five years ago|DATE|2020"},
    {"The mill ran for five years.", 1, "five years|DURATION|P5Y"},
    {"The firm was sold two decades ago.", 1, "two decades ago|DATE|200"},
    {"The dam has stood for a century.", 1, "a century|DURATION|P100Y"},
    {"Sales rose 5 percent over the past year.", 1, "the past year|DURATION|P1Y"},
    {"Ten people died in the past 24 hours.", 1, "the past 24 hours|DURATION|PT24H"},
};

// PRESENT_REF / PAST_REF / FUTURE_REF, and the vague lengths (PXD, PTXH ...).
constexpr FoundCase kAuditVague[] = {
    {"Prices are now higher than at any time since the war.", 1, "now|DATE|PRESENT_REF"},
    {"Recent storms have damaged the coast.", 1, "Recent|DATE|PAST_REF"},
    {"The company recently hired a new chief.", 1, "recently|DATE|PAST_REF"},
    {"The plan will be carried out in the future.", 1, "the future|DATE|FUTURE_REF"},
    {"The rebels held the town for days.", 1, "days|DURATION|PXD"},
    {"Negotiators talked for hours.", 1, "hours|DURATION|PTXH"},
    {"Prices have climbed in recent weeks.", 1, "recent weeks|DURATION|PXW"},
    {"It took decades to rebuild.", 1, "decades|DURATION|PXY"},
    {"Prices will rise in the coming months.", 1, "coming months|DURATION|PXM"},
};

// Decades, centuries and seasons.
constexpr FoundCase kAuditPeriods[] = {
    {"Growth was strong in the 1980s.", 1, "the 1980s|DATE|198"},
    {"The law dates from the 19th century.", 1, "19th century|DATE|18"},
    {"Prices soared in the early 2000s.", 1, "early 2000s|DATE|200|START"},
    {"The band peaked in the mid-1990s.", 1, "mid-1990s|DATE|199|MID"},
    {"Rents rose 8 percent in the 2010s.", 1, "the 2010s|DATE|201"},
    {"Mills closed in the early 20th century.", 1, "early 20th century|DATE|19|START"},
    {"Flooding hit the valley last summer.", 1, "last summer|DATE|2024-SU"},
    {"The plant opened in the fall of 2019.", 1, "fall of 2019|DATE|2019-FA"},
    {"The vote is planned for next spring.", 1, "next spring|DATE|2026-SP"},
};

// Recurrences (SET).
constexpr FoundCase kAuditSets[] = {
    {"The festival is held every spring.", 1, "every spring|SET|XXXX-SP"},
    {"The report is published yearly.", 1, "yearly|SET|P1Y"},
    {"The market opens each Monday.", 1, "each Monday|SET|XXXX-WXX-1"},
    {"The ferry sails twice a week.", 1, "a week|SET|P1W"},
    {"The committee gathers every Tuesday morning.", 1, "every Tuesday morning|SET|XXXX-WXX-2TMO"},
    {"Fares rise each January.", 1, "each January|SET|XXXX-01"},
    {"The market is closed on Sundays.", 1, "Sundays|SET|XXXX-WXX-7"},
};

// Quarters, halves and fiscal years.
constexpr FoundCase kAuditQuarters[] = {
    {"Profit rose in the third quarter.", 1, "the third quarter|DATE|2025-Q3"},
    {"Revenue for fiscal 2025 rose 4 percent.", 1, "fiscal 2025|DATE|FY2025"},
    {"Earnings will improve in the first half of next year.", 1, "the first half of next year|DATE|2026-H1"},
    {"The company expects a loss in the fourth quarter of 2026.", 1, "the fourth quarter of 2026|DATE|2026-Q4"},
};

// Parts of the day and clock times with zones.
constexpr FoundCase kAuditPartsOfDayAndZones[] = {
    {"The talks collapsed Friday evening.", 1, "Friday evening|TIME|2025-09-26TEV"},
    {"The storm hit Tuesday morning.", 1, "Tuesday morning|TIME|2025-09-23TMO"},
    {"The minister will speak tonight.", 1, "tonight|TIME|2025-09-26TNI"},
    {"Fire broke out last night.", 1, "last night|TIME|2025-09-25TNI"},
    {"The market opened at 9:30 a.m. EST.", 1, "9:30 a.m. EST|TIME|2025-09-26T09:30-05:00"},
    {"The quake struck at 0735 GMT.", 1, "0735 GMT|TIME|2025-09-26T07:35Z"},
    {"Markets closed at 4 p.m. EDT Friday.", 1, "4 p.m. EDT Friday|TIME|2025-09-26T16:00-04:00"},
};

// Narrative anchors.
constexpr FoundCase kAuditNarrative[] = {
    {"The court ruled on March 3, 2024. That day, protesters gathered.", 2,
     "March 3, 2024|DATE|2024-03-03; That day|DATE|2024-03-03"},
    {"The plant opened in 2019. The same year, a second line was built.", 2,
     "2019|DATE|2019; The same year|DATE|2019"},
    {"The deal was signed in June 2023. The following month, the chief resigned.", 2,
     "June 2023|DATE|2023-06; The following month|DATE|2023-07"},
    {"The flood struck on May 5, 2022. Two days later, the river fell.", 2,
     "May 5, 2022|DATE|2022-05-05; Two days later|DATE|2022-05-07"},
};

// Ranges, and numbers that are not dates.
constexpr FoundCase kAuditRangesAndNumbers[] = {
    {"The fair runs September 23 to 27.", 1, "September 23 to 27|DATE|2025-09-23/2025-09-27"},
    {"Output rose from 2010 to 2015.", 2, "2010|DATE|2010; 2015|DATE|2015"},
    {"Call 2882015 for tickets.", 0, ""},
    {"Tickets cost $27.", 0, ""},
    {"Turnout reached 50%.", 0, ""},
    {"The home side won 3-1.", 0, ""},
    {"The No. 10 seed lost.", 0, ""},
    {"Drive along Route 66.", 0, ""},
    {"Boeing grounded the 737 Max.", 0, ""},
    {"COVID-19 spread quickly.", 0, ""},
    {"Leaders met at the G20.", 0, ""},
};

// "the 1800s", "the late 1900s": a year in whole hundreds before 2000 with a plural "s" is its century, as TIDES
// and TimeML value it (before: the decade 180, 190, 160).
constexpr FoundCase kCenturiesInHundreds[] = {
    {"The house dates from the early 1800s.", 1, "early 1800s|DATE|18|START"},
    {"The canal was dug in the late 1900s.", 1, "late 1900s|DATE|19|END"},
    {"The law has stood since the 1600s.", 1, "the 1600s|DATE|16"},
    {"The first half of the 1800s saw rapid growth.", 1, "The first half of the 1800s|DATE|18|START"},
};

// A plural unit after a verb of lasting is a length of unknown size, as after "for" (before: nothing).
constexpr FoundCase kLengthsAfterVerbsOfLasting[] = {
    {"The siege lasted months.", 1, "months|DURATION|PXM"},
    {"The repairs took weeks.", 1, "weeks|DURATION|PXW"},
    {"The crew spent hours at sea.", 1, "hours|DURATION|PTXH"},
    {"Patients waited days for beds.", 1, "days|DURATION|PXD"},
};

// A zone after noon or midnight is the clock's, as after "9:30 a.m.", and the weekday after it the clock's day
// (before: "noon" alone, the zone dropped, and the weekday a DATE of its own).
constexpr FoundCase kZonesAfterNoon[] = {
    {"Voting ends at noon ET.", 1, "noon ET|TIME|2025-09-26T12:00"},
    {"The launch is set for noon EST Tuesday.", 1, "noon EST Tuesday|TIME|2025-09-30T12:00-05:00"},
    {"The final sale ends at midnight PST.", 1, "midnight PST|TIME|2025-09-26T24:00-08:00"},
};

// "The next year," fronted before a comma counts from the story's date, as "the following year" does (before: the
// document's next year).
constexpr FoundCase kFrontedNextPeriod[] = {
    {"The firm was founded in 1998. The next year, it listed its shares.", 2,
     "1998|DATE|1998; The next year|DATE|1999"},
    {"The mine opened in June 2011. The next month, it flooded.", 2,
     "June 2011|DATE|2011-06; The next month|DATE|2011-07"},
};

// "every half hour", "every quarter-hour": SETs of minutes, as "half an hour" is PT30M (before: nothing).
constexpr FoundCase kPartsOfHourRecurring[] = {
    {"Trains ran every half hour.", 1, "every half hour|SET|PT30M"},
    {"Buses leave every half-hour.", 1, "every half-hour|SET|PT30M"},
    {"Shuttles run every quarter hour.", 1, "every quarter hour|SET|PT15M"},
};

// "every few years": a recurrence of unknown period, SET PXY (before: the length "few years", PXY).
constexpr FoundCase kRecurrencesOfSeveralUnits[] = {
    {"Elections are held every few years.", 1, "every few years|SET|PXY"},
    {"The pipes are checked every few months.", 1, "every few months|SET|PXM"},
};

}  // namespace

TEST(DatesConformance37, AuditLengthsAndMods) { expect_found(kAuditLengthsAndMods); }
TEST(DatesConformance37, AuditVague) { expect_found(kAuditVague); }
TEST(DatesConformance37, AuditPeriods) { expect_found(kAuditPeriods); }
TEST(DatesConformance37, AuditSets) { expect_found(kAuditSets); }
TEST(DatesConformance37, AuditQuarters) { expect_found(kAuditQuarters); }
TEST(DatesConformance37, AuditPartsOfDayAndZones) { expect_found(kAuditPartsOfDayAndZones); }
TEST(DatesConformance37, AuditNarrative) { expect_found(kAuditNarrative); }
TEST(DatesConformance37, AuditRangesAndNumbers) { expect_found(kAuditRangesAndNumbers); }

TEST(DatesConformance37, CenturiesInHundreds) { expect_found(kCenturiesInHundreds); }
TEST(DatesConformance37, LengthsAfterVerbsOfLasting) { expect_found(kLengthsAfterVerbsOfLasting); }
TEST(DatesConformance37, ZonesAfterNoon) { expect_found(kZonesAfterNoon); }
TEST(DatesConformance37, FrontedNextPeriod) { expect_found(kFrontedNextPeriod); }
TEST(DatesConformance37, PartsOfHourRecurring) { expect_found(kPartsOfHourRecurring); }
TEST(DatesConformance37, RecurrencesOfSeveralUnits) { expect_found(kRecurrencesOfSeveralUnits); }

// What stays as it was: "the 2000s" is the decade; "last" is no verb of lasting; "over the next year" and "the next
// year" without a comma are the document's coming year; a length with its number keeps its amount.
TEST(DatesConformance37, Unchanged) {
  EXPECT_EQ(found_as("Prices soared in the 2000s.", 1), "the 2000s|DATE|200");
  EXPECT_EQ(found_as("Prices will rise over the next year.", 1), "the next year|DATE|2026");
  EXPECT_EQ(found_as("The next year will be hard for farmers.", 1), "The next year|DATE|2026");
  EXPECT_EQ(found_as("The rally lasted 12 months.", 1), "12 months|DURATION|P12M");
  EXPECT_EQ(found_as("The talks lasted many hours.", 1), "many hours|DURATION|PTXH");
  EXPECT_EQ(found_as("Trading halted at 2 p.m. ET.", 1), "2 p.m. ET|TIME|2025-09-26T14:00");
  EXPECT_EQ(found_as("He spoke at midnight.", 1), "midnight|TIME|2025-09-26T24:00");
  EXPECT_EQ(found_as("The vote is due at noon on Saturday.", 1), "noon on Saturday|TIME|2025-09-27T12:00");
  EXPECT_EQ(found_as("The plant closed every quarter.", 1), "every quarter|SET|P1Q");
}
