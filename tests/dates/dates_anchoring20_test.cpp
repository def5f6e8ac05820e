// Issue 15, round 20: anchoring, the date a relative expression is resolved against and the way a weekday
// points. Every sentence is our own invention; the anchor is Friday 2025-09-26. Each table row failed on the
// engine before this round (79b4fc5). What was looked at and left is in plugins/dates/KNOWN_GAPS.md (round 20).
#include "found_as_table.hpp"

#include <gtest/gtest.h>

#include <iterator>

namespace {

using textchain::dates::dev::found_as;

using textchain::dates::dev::FoundCase;
using textchain::dates::dev::expect_found;

// A weekday's tense is its own verb's (TimeML): a cue after "that", "and" or "but" belongs to a reported or a
// joined clause, and a cue before the date decides. Before, the nearer cue won, so the verb of the clause
// after the date pulled a past weekday into the coming week.
constexpr FoundCase kClauseLinkedVerbs[] = {
    {"The mayor told reporters Monday that he will run again.", 1, "Monday|DATE|2025-09-22"},
    {"He was arrested Monday and will appear in court next week.", 2,
     "Monday|DATE|2025-09-22; next week|DATE|2025-W40"},
    {"The coach praised the team Tuesday but will rest two players.", 1, "Tuesday|DATE|2025-09-23"},
    {"The board approved the plan Wednesday and expects to finish soon.", 1, "Wednesday|DATE|2025-09-24"},
    {"The union will strike Monday and said talks had failed.", 1, "Monday|DATE|2025-09-29"},
};

// "the same year / month / week" ending its clause is the period the story is at, as "that same year" and "the
// same day" are (before: not found).
constexpr FoundCase kSamePeriod[] = {
    {"The plant opened in 1987. The same year, the owner died.", 2, "1987|DATE|1987; The same year|DATE|1987"},
    {"The plant opened in 1987. In the same year, the owner died.", 2, "1987|DATE|1987; the same year|DATE|1987"},
    {"The law passed in March 2019. Prices rose the same month.", 2,
     "March 2019|DATE|2019-03; the same month|DATE|2019-03"},
    {"The plant opened on March 3, 1987. The owner died the same week.", 2,
     "March 3, 1987|DATE|1987-03-03; the same week|DATE|1987-W10"},
};

// A month or a season named with "that", and a month "of that year", is the one of the year the story is at
// (before: the document's year, "that year" a second DATE of it, and "that summer" not found).
constexpr FoundCase kMonthsAndSeasonsOfTheStory[] = {
    {"The council met in 2020. The mayor resigned that July.", 2, "2020|DATE|2020; that July|DATE|2020-07"},
    {"The council met in 2020. The mayor resigned in July of that year.", 2,
     "2020|DATE|2020; July of that year|DATE|2020-07"},
    {"The council met in 2020. The mayor resigned that summer.", 2, "2020|DATE|2020; that summer|DATE|2020-SU"},
    {"The council met in 2020. The mayor resigned later that winter.", 2,
     "2020|DATE|2020; later that winter|DATE|2020-WI"},
};

// "the following Friday", "the previous Monday": the first such weekday after the story's day, the latest
// before it (before: counted from the document's date, whatever the story had moved to).
constexpr FoundCase kWeekdaysOfTheStory[] = {
    {"The council met on June 4, 2020. The mayor resigned the following Friday.", 2,
     "June 4, 2020|DATE|2020-06-04; the following Friday|DATE|2020-06-05"},
    {"The council met on Friday, June 5, 2020. The mayor resigned the following Friday.", 2,
     "Friday, June 5, 2020|DATE|2020-06-05; the following Friday|DATE|2020-06-12"},
    {"The council met on June 4, 2020. The mayor had resigned the previous Monday.", 2,
     "June 4, 2020|DATE|2020-06-04; the previous Monday|DATE|2020-06-01"},
};

// "hopes / wants / seeks to" before an infinitive is an intention now, a future cue as "plans to" is (before: no
// cue, so the past weekday).
constexpr FoundCase kIntentions[] = {
    {"The company hopes to close the deal Tuesday.", 1, "Tuesday|DATE|2025-09-30"},
    {"The union wants to hold a vote Tuesday.", 1, "Tuesday|DATE|2025-09-30"},
    {"The firm seeks to sell the unit by Tuesday.", 1, "Tuesday|DATE|2025-09-30"},
};

// Session 36. A commitment in the past before an infinitive ("vowed to strike Monday") points at what was
// promised, which lies after the promise: ahead (before: the verb in -ed made it past). Not before "to" it is
// the past verb it was ("agreed Tuesday to sell"), nor before a noun ("agreed to the merger Tuesday").
constexpr FoundCase kCommitments[] = {
    {"The union threatened to strike Monday.", 1, "Monday|DATE|2025-09-29"},
    {"The minister vowed to resign by Wednesday.", 1, "Wednesday|DATE|2025-10-01"},
    {"The firm agreed to pay the fine by Tuesday.", 1, "Tuesday|DATE|2025-09-30"},
    {"The governor pledged to sign the bill on Thursday.", 1, "Thursday|DATE|2025-10-02"},
    {"The mayor promises to reopen the bridge Monday.", 1, "Monday|DATE|2025-09-29"},
    {"The board agreed Tuesday to sell the unit.", 1, "Tuesday|DATE|2025-09-23"},
    {"The board agreed to the merger on Tuesday.", 1, "Tuesday|DATE|2025-09-23"},
    {"On Tuesday, the board agreed to sell the unit.", 1, "Tuesday|DATE|2025-09-23"},
};

// "due to" before a noun is a cause, no deadline: the verb before it tells the tense (before: "due to" was a future
// cue whatever followed, so a storm of last Sunday was the coming one). Before an infinitive it stays ahead.
constexpr FoundCase kDueToACause[] = {
    {"Flights were canceled due to the storm Sunday.", 1, "Sunday|DATE|2025-09-21"},
    {"Schools closed due to flooding on Tuesday.", 1, "Tuesday|DATE|2025-09-23"},
    {"The ferry is due to sail Tuesday.", 1, "Tuesday|DATE|2025-09-30"},
};

// "this past weekend", "the past weekend": the latest weekend before the document's date, as "last weekend" is
// (before: the length P2D). The span of "this past weekend" leaves "this" out, as for "this past Sunday".
constexpr FoundCase kJustPast[] = {
    {"Crowds gathered this past weekend.", 1, "past weekend|DATE|2025-W38-WE"},
    {"Crowds gathered over the past weekend.", 1, "the past weekend|DATE|2025-W38-WE"},
    {"The past weekend was quiet.", 1, "The past weekend|DATE|2025-W38-WE"},
    {"Crowds will gather next weekend.", 1, "next weekend|DATE|2025-W40-WE"},
};

}  // namespace

TEST(DatesAnchoring36, Commitments) { expect_found(kCommitments); }

TEST(DatesAnchoring36, DueToACause) { expect_found(kDueToACause); }

TEST(DatesAnchoring36, JustPast) { expect_found(kJustPast); }

TEST(DatesAnchoring20, Intentions) { expect_found(kIntentions); }

TEST(DatesAnchoring20, WeekdaysOfTheStory) { expect_found(kWeekdaysOfTheStory); }

TEST(DatesAnchoring20, MonthsAndSeasonsOfTheStory) {
  expect_found(kMonthsAndSeasonsOfTheStory);
}

TEST(DatesAnchoring20, ClauseLinkedVerbs) { expect_found(kClauseLinkedVerbs); }

TEST(DatesAnchoring20, SamePeriod) { expect_found(kSamePeriod); }

// What stays: with no cue before the date, the cue after it decides even past "and" / "that"; a cue before the
// date still beats none; "the same <unit>" that goes on to name its time is no anaphor; "that" before "May" or
// the verb "fall" names no month or season; a month without "that" stays in the document's year, as both
// development golds write it (9 of 9 such months after a year of another).
TEST(DatesAnchoring20, Unchanged) {
  EXPECT_EQ(found_as("The union said it will strike Monday.", 1), "Monday|DATE|2025-09-29");
  EXPECT_EQ(found_as("The board meets Thursday and will vote on the budget.", 1), "Thursday|DATE|2025-10-02");
  EXPECT_EQ(found_as("The firm plans to open a store Tuesday and hire staff.", 1), "Tuesday|DATE|2025-09-30");
  EXPECT_EQ(found_as("On Monday, officials announced that the bridge will reopen.", 1), "Monday|DATE|2025-09-22");
  EXPECT_EQ(found_as("The vote is set for Tuesday and will be close.", 1), "Tuesday|DATE|2025-09-30");
  EXPECT_EQ(found_as("He was born in the same year as his cousin.", 0), "");
  EXPECT_EQ(found_as("Sales rose 5% from the same week a year earlier.", 1), "a year earlier|DATE|2024");
  EXPECT_EQ(found_as("Sales rose 5% from the same month last year.", 1), "the same month last year|DATE|2024-09");
  EXPECT_EQ(found_as("The mayor will resign the following Friday.", 1), "the following Friday|DATE|2025-10-03");
  EXPECT_EQ(found_as("He said that May would be busy.", 0), "");
  EXPECT_EQ(found_as("Prices that fall sharply worry investors.", 0), "");
  EXPECT_EQ(found_as("The council met in June 2020. The mayor resigned in July.", 2),
            "June 2020|DATE|2020-06; July|DATE|2025-07");
  EXPECT_EQ(found_as("The plant opened on March 3, 1987. The owner died the same day.", 2),
            "March 3, 1987|DATE|1987-03-03; the same day|DATE|1987-03-03");
}
