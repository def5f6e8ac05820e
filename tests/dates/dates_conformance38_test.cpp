// Issue 15, session 38: the conformance audit of session 37 continued over its "looked at and left" list, with
// newswire sentences of our own (anchor Friday 2025-09-26; the clock tables give the document a time, 14:30). The
// `Audit*` tables are what the engine already did as TimeML asks (a regression table); the other tables failed on
// the engine before this session (0162b8a). What was looked at and left is in plugins/dates/KNOWN_GAPS.md
// (session 38).
#include "found_as_table.hpp"
#include "tagger.hpp"

#include <gtest/gtest.h>

#include <span>

using namespace textchain::dates;

namespace {

using dev::found_as;

using dev::FoundCase;
using dev::expect_found;

constexpr const char* kWithClock = "2025-09-26T14:30";

// Each row checked against the document dated 2025-09-26 at 14:30.
void expect_found_with_clock(std::span<const FoundCase> cases) {
  for (const FoundCase& c : cases) EXPECT_EQ(found_as(c.sentence, c.count, kWithClock), c.expected) << c.sentence;
}

// "earlier / later that <period>" from the story's date, the adverb inside the span.
constexpr FoundCase kAuditEarlierLaterThat[] = {
    {"The bank was sold in 2019. Later that year, its chief quit.", 2, "2019|DATE|2019; Later that year|DATE|2019"},
    {"The plant flooded in May 2021. Earlier that month, the levee had cracked.", 2,
     "May 2021|DATE|2021-05; Earlier that month|DATE|2021-05"},
    {"The treaty was signed in 1998. Earlier that year, talks had stalled.", 2,
     "1998|DATE|1998; Earlier that year|DATE|1998"},
    {"The strike began on March 3, 2024. Later that day, police arrived.", 2,
     "March 3, 2024|DATE|2024-03-03; Later that day|DATE|2024-03-03"},
};

// Positions and parts of the day. A weekday after "early" / "late" stays the day alone, without a mod (the TimeML
// golds leave the position outside the span: see KNOWN_GAPS, session 38); a position before a year, a month, a
// shifted period or "in the day" is inside the span with its mod.
constexpr FoundCase kAuditPartsOfDaysAndPositions[] = {
    {"Protesters gathered early Sunday.", 1, "Sunday|DATE|2025-09-21"},
    {"The ship sank late Wednesday.", 1, "Wednesday|DATE|2025-09-24"},
    {"The quake struck early Tuesday.", 1, "Tuesday|DATE|2025-09-23"},
    {"Police raided the house late Monday.", 1, "Monday|DATE|2025-09-22"},
    {"The vote came late Friday.", 1, "Friday|DATE|2025-09-26"},
    {"Voting ended late Thursday night.", 1, "Thursday night|TIME|2025-09-25TNI"},
    {"Fire broke out early Saturday morning.", 1, "Saturday morning|TIME|2025-09-20TMO"},
    {"The bridge closed early Monday morning.", 1, "Monday morning|TIME|2025-09-22TMO"},
    {"The storm hit Sunday morning.", 1, "Sunday morning|TIME|2025-09-21TMO"},
    {"The council met Wednesday afternoon.", 1, "Wednesday afternoon|TIME|2025-09-24TAF"},
    {"The leaders dined Thursday night.", 1, "Thursday night|TIME|2025-09-25TNI"},
    {"Troops pulled out Monday evening.", 1, "Monday evening|TIME|2025-09-22TEV"},
    {"The polls opened Saturday morning and closed Saturday evening.", 2,
     "Saturday morning|TIME|2025-09-20TMO; Saturday evening|TIME|2025-09-20TEV"},
    {"Traders left late last night.", 1, "last night|TIME|2025-09-25TNI"},
    {"The rescue ended early yesterday.", 1, "yesterday|DATE|2025-09-25"},
    {"The deal was announced early last week.", 1, "early last week|DATE|2025-W38|START"},
    {"Sales rose late last year.", 1, "late last year|DATE|2024|END"},
    {"Profit fell in early 2024.", 1, "early 2024|DATE|2024|START"},
    {"The mine closed in late 2019.", 1, "late 2019|DATE|2019|END"},
    {"Prices peaked in mid-2022.", 1, "mid-2022|DATE|2022|MID"},
    {"Exports rose in early September.", 1, "early September|DATE|2025-09|START"},
    {"The storm hit in late August.", 1, "late August|DATE|2025-08|END"},
    {"The vote is due in mid-October.", 1, "mid-October|DATE|2025-10|MID"},
    {"The company was founded in early 1998.", 1, "early 1998|DATE|1998|START"},
    {"Rain fell late in the day.", 1, "late in the day|DATE|2025-09-26|END"},
};

// "N units later" after a dated event counts from it; without a clock, "five hours later" is the story's gap.
constexpr FoundCase kAuditLater[] = {
    {"The bank failed on March 10, 2023. Two weeks later, a rival bought it.", 2,
     "March 10, 2023|DATE|2023-03-10; Two weeks later|DATE|2023-03-24"},
    {"The president spoke on June 1, 2020. Three days later, he resigned.", 2,
     "June 1, 2020|DATE|2020-06-01; Three days later|DATE|2020-06-04"},
    {"The rebels seized the port on July 4, 2019. A week later, they left.", 2,
     "July 4, 2019|DATE|2019-07-04; A week later|DATE|2019-07-11"},
    {"The plant opened in 2015. Two years later, it closed.", 2, "2015|DATE|2015; Two years later|DATE|2017"},
    {"The company listed its shares in 2010. A decade later, it was sold.", 2,
     "2010|DATE|2010; A decade later|DATE|202"},
    {"The team lost on Sunday. A day later, the coach was fired.", 2,
     "Sunday|DATE|2025-09-21; A day later|DATE|2025-09-22"},
    {"The ship docked on June 3, 2022. Five hours later, it sailed.", 2,
     "June 3, 2022|DATE|2022-06-03; Five hours later|DURATION|PT5H"},
    {"The minister left an hour later.", 1, "an hour later|DURATION|PT1H"},
};

// Quarters, fiscal years and comparisons with a year before.
constexpr FoundCase kAuditBusiness[] = {
    {"The company aims to cut debt by the end of the year.", 1, "the end of the year|DATE|2025|END"},
    {"The firm expects a profit in fiscal 2026.", 1, "fiscal 2026|DATE|FY2026"},
    {"Sales fell in fiscal year 2024.", 1, "fiscal year 2024|DATE|FY2024"},
    {"Sales in fiscal 2023 fell.", 1, "fiscal 2023|DATE|FY2023"},
    {"Profit rose in the first quarter of fiscal 2025.", 1, "the first quarter of fiscal 2025|DATE|2025-Q1"},
    {"Profit rose in the quarter ended June 30.", 1, "June 30|DATE|2025-06-30"},
    {"Sales grew in the prior quarter.", 1, "the prior quarter|DATE|2025-Q2"},
    {"Output rose 2 percent from the previous quarter.", 1, "the previous quarter|DATE|2025-Q2"},
    {"Profit rose from a year earlier.", 1, "a year earlier|DATE|2024"},
    {"Sales fell 3 percent from a year ago.", 1, "a year ago|DATE|2024"},
    {"Profit fell from the same quarter a year earlier.", 1, "the same quarter a year earlier|DATE|2024-Q3"},
};

// Numbers that are not dates: phone numbers, ids, prices, percentages, scores, votes, counts, roads, ranks.
constexpr FoundCase kAuditNumbers[] = {
    {"Call 555-0143 for details.", 0, ""},
    {"Call 020 7946 0958.", 0, ""},
    {"The order number is 20250926.", 0, ""},
    {"Flight 1982 landed safely.", 0, ""},
    {"The case number is 2019-0451.", 0, ""},
    {"Shares closed at $19.84.", 0, ""},
    {"Inflation hit 3.2 percent.", 0, ""},
    {"The visitors held on for the 1-0 win.", 0, ""},
    {"The senators passed the bill in a 9-11 vote.", 0, ""},
    {"The House passed it by a 218-214 vote.", 0, ""},
    {"The store is open 24/7.", 0, ""},
    {"About 1500 workers lost their jobs.", 0, ""},
    {"The rally drew 2000 protesters.", 0, ""},
    {"Some 1999 votes were cast.", 0, ""},
    {"The index fell 1990 points.", 0, ""},
    {"The plant cost 1998 pounds.", 0, ""},
    {"He lives at No. 10.", 0, ""},
    {"Take Highway 101 north.", 0, ""},
    {"The firm sold 1,200 cars.", 0, ""},
    {"The score was 21-14 at halftime.", 0, ""},
    {"She won the match 6-4, 6-3.", 0, ""},
    {"The bill passed 52-48.", 0, ""},
    {"The team won 2-0.", 0, ""},
    {"The ratio fell to 3:1.", 0, ""},
    {"Room 1204 was locked.", 0, ""},
    {"He wore the No. 23 jersey.", 0, ""},
    {"The group meets at 10 Downing Street.", 0, ""},
    {"Under Section 1983, he sued.", 0, ""},
    {"He called 911.", 0, ""},
    {"He paid 1,500 euros.", 0, ""},
    {"The firm employs 1800 staff.", 0, ""},
    {"He was born in 2000.", 1, "2000|DATE|2000"},
    {"The 2000 election was close.", 1, "2000|DATE|2000"},
    {"By 2030, emissions must fall.", 1, "2030|DATE|2030"},
};

// With a document clock (14:30): "in N hours" and "N hours ago" are TIMEs, "within N hours" a length.
constexpr FoundCase kAuditClock[] = {
    {"The votes were counted in 3 hours.", 1, "3 hours|DURATION|PT3H"},
    {"The talks will resume in two hours.", 1, "two hours|TIME|2025-09-26T16:30"},
    {"The talks resumed three hours ago.", 1, "three hours ago|TIME|2025-09-26T11:30"},
    {"The polls close in 30 minutes.", 1, "30 minutes|TIME|2025-09-26T15:00"},
    {"The plane landed 20 minutes ago.", 1, "20 minutes ago|TIME|2025-09-26T14:10"},
    {"The minister will speak in an hour.", 1, "an hour|TIME|2025-09-26T15:30"},
    {"The results are due within 48 hours.", 1, "48 hours|DURATION|PT48H"},
    {"The ceasefire ends in 12 hours.", 1, "12 hours|TIME|2025-09-27T02:30"},
    {"The market opened half an hour ago.", 1, "half an hour ago|TIME|2025-09-26T14:00"},
    {"The bus left minutes ago.", 1, "minutes ago|DATE|PAST_REF"},
    {"Police arrived 10 minutes later.", 1, "10 minutes later|TIME|2025-09-26T14:40"},
    {"Trading resumes in 90 minutes.", 1, "90 minutes|TIME|2025-09-26T16:00"},
    {"Shares fell at midday and recovered two hours later.", 2,
     "midday|TIME|2025-09-26T12:00; two hours later|TIME|2025-09-26T16:30"},
    {"The talks ended 45 minutes ago.", 1, "45 minutes ago|TIME|2025-09-26T13:45"},
    {"Voting ends in three hours.", 1, "three hours|TIME|2025-09-26T17:30"},
};

// "earlier this year", "later this week", "later today": one expression, the adverb inside the span, as "later that
// year" is (before: "this year" alone; "later today" was "later" FUTURE_REF and "today", two expressions).
constexpr FoundCase kEarlierLaterThisPeriod[] = {
    {"The company cut jobs earlier this year.", 1, "earlier this year|DATE|2025"},
    {"Sales slowed earlier this month.", 1, "earlier this month|DATE|2025-09"},
    {"The minister resigned earlier this week.", 1, "earlier this week|DATE|2025-W39"},
    {"A new plant will open later this year.", 1, "later this year|DATE|2025"},
    {"The board will vote later this month.", 1, "later this month|DATE|2025-09"},
    {"The talks resume later this week.", 1, "later this week|DATE|2025-W39"},
    {"Earlier this year, the firm hired a new chief.", 1, "Earlier this year|DATE|2025"},
    {"The firm posted a profit earlier this quarter.", 1, "earlier this quarter|DATE|2025-Q3"},
    {"The court ruled earlier this summer.", 1, "earlier this summer|DATE|2025-SU"},
    {"The museum reopens later this fall.", 1, "later this fall|DATE|2025-FA"},
    {"Shares fell sharply earlier today.", 1, "earlier today|DATE|2025-09-26"},
    {"The minister will speak later today.", 1, "later today|DATE|2025-09-26"},
    {"Rebels attacked the town earlier this morning.", 1, "earlier this morning|TIME|2025-09-26TMO"},
    {"Officials will brief reporters later this afternoon.", 1, "later this afternoon|TIME|2025-09-26TAF"},
};

// "an hour ago", "an hour earlier", "a minute later" in a document with a clock: the time, as "three hours ago"
// is (before: the document's day, a DATE).
constexpr FoundCase kOneClockUnitFromTheClock[] = {
    {"The shooting happened an hour ago.", 1, "an hour ago|TIME|2025-09-26T13:30"},
    {"An hour earlier, the police had arrived.", 1, "An hour earlier|TIME|2025-09-26T13:30"},
    {"The minister left an hour later.", 1, "an hour later|TIME|2025-09-26T15:30"},
    {"A minute later, the lights went out.", 1, "A minute later|TIME|2025-09-26T14:31"},
    {"The blast came about an hour ago.", 1, "an hour ago|TIME|2025-09-26T13:30|APPROX"},
};

// A year before a plural without an s counts things ("2000 people"), as before a plural in -s (before: the
// year 2000, 2025, 2030).
constexpr FoundCase kPluralsWithoutS[] = {
    {"More than 2000 people marched.", 0, ""},
    {"The stock rose to 2025 pence.", 0, ""},
    {"The stock traded at 2030 yen.", 0, ""},
    {"The agency hired 2001 men and women.", 0, ""},
    {"The lottery drew 2019 children.", 0, ""},
    {"Around 2000 police were deployed.", 0, ""},
};

}  // namespace

TEST(DatesConformance38, AuditEarlierLaterThat) { expect_found(kAuditEarlierLaterThat); }
TEST(DatesConformance38, AuditPartsOfDaysAndPositions) { expect_found(kAuditPartsOfDaysAndPositions); }
TEST(DatesConformance38, AuditLater) { expect_found(kAuditLater); }
TEST(DatesConformance38, AuditBusiness) { expect_found(kAuditBusiness); }
TEST(DatesConformance38, AuditNumbers) { expect_found(kAuditNumbers); }
TEST(DatesConformance38, AuditClock) { expect_found_with_clock(kAuditClock); }

TEST(DatesConformance38, EarlierLaterThisPeriod) { expect_found(kEarlierLaterThisPeriod); }
TEST(DatesConformance38, OneClockUnitFromTheClock) { expect_found_with_clock(kOneClockUnitFromTheClock); }
TEST(DatesConformance38, PluralsWithoutS) { expect_found(kPluralsWithoutS); }

// What stays as it was: without a clock "an hour ago" is the document's day and "three hours ago" too; a year
// after "the" before a plural stays a year ("the 2000 men" dates them); a day before a plural without an s is
// still the day (the plural starts the clause).
TEST(DatesConformance38, Unchanged) {
  EXPECT_EQ(found_as("The shooting happened an hour ago.", 1), "an hour ago|DATE|2025-09-26");
  EXPECT_EQ(found_as("The talks resumed three hours ago.", 1), "three hours ago|DATE|2025-09-26");
  EXPECT_EQ(found_as("The 2000 men were freed.", 1), "2000|DATE|2000");
  EXPECT_EQ(found_as("He fled in 2000 with his children.", 1), "2000|DATE|2000");
  EXPECT_EQ(found_as("Ten people died in 2024.", 1), "2024|DATE|2024");
  EXPECT_EQ(found_as("From March 1 children will ride the buses free.", 1), "March 1|DATE|2026-03-01");
}
