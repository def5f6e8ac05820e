// Values of the TimeML (TempEval-3) conventions found on timeml-aquaint's and set B's value errors, round 13:
// which verb governs a weekday, and a day anchored on another ("the day before last Tuesday"). Sentences of
// our own; the anchor is Friday 2025-09-26 unless a test says otherwise.
#include "dev_sets.hpp"
#include "tagger.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace textchain::dates;

namespace {

using dev::found_as;

}  // namespace

// A participle before "by" modifies a noun ("a dinner hosted by the governor") and tells no tense: the
// date's verb is the one before it ("will meet ... and attend"). Before, "hosted" was the nearer cue: past.
TEST(DatesTense13, PassiveParticipleBeforeByIsNoPastCue) {
  EXPECT_EQ(found_as("The envoy will meet Deputy Mayor Anna Brook on Tuesday morning and attend a dinner hosted by the governor.", 1),
            "Tuesday morning|TIME|2025-09-30TMO");
  EXPECT_EQ(found_as("The envoy will meet Deputy Mayor Anna Brook on Tuesday and attend a dinner hosted by the governor on Wednesday.", 2),
            "Tuesday|DATE|2025-09-30; Wednesday|DATE|2025-10-01");
  // A finite past verb after the date still tells it, and so does one before "by" and an amount.
  EXPECT_EQ(found_as("The envoy met the deputy mayor on Tuesday and hosted a dinner.", 1), "Tuesday|DATE|2025-09-23");
  EXPECT_EQ(found_as("Ticket sales at the Brook Street venue on Tuesday increased by a third.", 1), "Tuesday|DATE|2025-09-23");
  EXPECT_EQ(found_as("Ticket sales at the Brook Street venue on Tuesday increased by 5%.", 1), "Tuesday|DATE|2025-09-23");
}

// "which" or "who" and a verb in -s: the relative clause's present tense, a schedule, points the weekday ahead
// as "is" does. Before, the clause had no cue and the weekday took the default (past).
TEST(DatesTense13, PresentVerbAfterRelativePronoun) {
  EXPECT_EQ(found_as("The bureau, which publishes its survey on Thursday, said sales rose.", 1), "Thursday|DATE|2025-10-02");
  EXPECT_EQ(found_as("The crew, who flies the new route on Monday, met the press.", 1), "Monday|DATE|2025-09-29");
  EXPECT_EQ(found_as("The bureau, which published its survey on Thursday, said sales rose.", 1), "Thursday|DATE|2025-09-25");
  // "whose" is followed by a noun, not a verb.
  EXPECT_EQ(found_as("The firm, whose shares fell on Thursday, said little.", 1), "Thursday|DATE|2025-09-25");
}

// "the day before / after <a day>" is one DATE anchored on that day (TimeML), the span from "day".
TEST(DatesAnchoring13, DayBeforeOrAfterADate) {
  EXPECT_EQ(found_as("The day before last Tuesday's hearing, the lawyer flew in.", 1), "day before last Tuesday|DATE|2025-09-22");
  EXPECT_EQ(found_as("They met on the day after March 3, 2025.", 1), "day after March 3, 2025|DATE|2025-03-04");
  // Without "the" ("a day after") it is the length joined to the date, as before; a month is no day to count from.
  EXPECT_EQ(found_as("The plant closed a day after March 3, 2025.", 1), "a day after March 3, 2025|DATE|2025-03-04");
  EXPECT_EQ(found_as("The plant closed the day after March.", 1), "March|DATE|2025-03");
}

// A clock whose aside in parentheses restates it with a weekday takes that weekday's day, as one after the
// aside does ("10:35 a.m. (0735 GMT) Friday"). Before, the clock took the document's day.
TEST(DatesAnchoring13, ClockTakesTheWeekdayEndingItsAside) {
  EXPECT_EQ(found_as("The ferry will leave at 5 in the morning (5 a.m. GMT Tuesday), the captain said.", 2, "2025-09-29"),
            "5 in the morning|TIME|2025-09-30T05:00; 5 a.m. GMT Tuesday|TIME|2025-09-30T05:00Z");
}

// "in each of the last three years": "each" makes the span a recurrence, one year at a time (TimeML's SET with
// quant EACH), not the three-year length. Before, it was DURATION P3Y.
TEST(DatesSets16, EachOfTheLastNUnitsIsASet) {
  EXPECT_EQ(found_as("The river flooded the valley in each of the last four years.", 1), "the last four years|SET|P1Y");
  EXPECT_EQ(found_as("Prices will rise in each of the next two months.", 1), "the next two months|SET|P1M");
  // Without "each of" the span is the length.
  EXPECT_EQ(found_as("The river flooded the valley twice in the last four years.", 1), "the last four years|DURATION|P4Y");
}

// "six weeks ago": the ISO week six weeks back, at the granularity of its unit as "two months ago" is a month
// (TimeML). Before, the day 42 days back. "a week ago" stays that day ("this day last week").
TEST(DatesAnchoring16, WeeksAgoIsAWeek) {
  EXPECT_EQ(found_as("The fire started six weeks ago near the dam.", 1), "six weeks ago|DATE|2025-W33");
  EXPECT_EQ(found_as("The fire started 3 weeks ago near the dam.", 1), "3 weeks ago|DATE|2025-W36");
  EXPECT_EQ(found_as("The fire started a week ago near the dam.", 1), "a week ago|DATE|2025-09-19");
  EXPECT_EQ(found_as("The fire started two months ago near the dam.", 1), "two months ago|DATE|2025-07");
}

// "the annual March for Peace": "annual" is part of an event's proper name whose first word is the noun "march", not
// the month, and TimeML marks no TIMEX3 in a name (as "the annual Founders Conference"). Before, "annual" was a SET.
TEST(DatesSpans16, AnnualBeforeAMarchsNameIsNoSet) {
  EXPECT_EQ(found_as("Thousands joined the annual March for Peace downtown on Sunday.", 1), "Sunday|DATE|2025-09-21");
  EXPECT_EQ(found_as("Volunteers collected coins for the annual March of Hope.", 0), "");
  // "annual" before the month and another noun is still the recurrence.
  EXPECT_EQ(found_as("The board holds its annual March meeting in Leeds.", 1), "annual|SET|P1Y");
}
