// Issue 15, round 17: a coverage sweep of the kinds of expression the TimeML annotation guidelines describe
// (TIMEX3: dates, times with zones, lengths, recurrences, quarters and halves, fiscal years, seasons, decades
// and centuries, parts of the day, mods, PRESENT_REF / PAST_REF / FUTURE_REF, relative and anaphoric
// expressions, ranges). Every sentence is our own invention, written for the sweep; the anchor is Friday
// 2025-09-26. What the sweep found and left is in plugins/dates/KNOWN_GAPS.md (round 17).
#include "found_as_table.hpp"
#include "tagger.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace textchain::dates;

namespace {

using dev::found_as;

using dev::FoundCase;
using dev::expect_found;

// The sweep's sentences the engine writes as the guidelines do (its span conventions kept: "the" left out
// of "19th century", the mod's words out of "more than a decade"). They keep guarding what works.
constexpr FoundCase kSweep[] = {
    {"The board approved the plan on March 3, 2024.", 1, "March 3, 2024|DATE|2024-03-03"},
    {"The law took effect on 3 March 2024.", 1, "3 March 2024|DATE|2024-03-03"},
    {"The hearing is set for Oct. 14.", 1, "Oct. 14|DATE|2025-10-14"},
    {"Negotiators walked out on Tuesday.", 1, "Tuesday|DATE|2025-09-23"},
    {"Voters will go to the polls on Sunday.", 1, "Sunday|DATE|2025-09-28"},
    {"The merger closed in 2019.", 1, "2019|DATE|2019"},
    {"Home prices soared in the 1990s.", 1, "the 1990s|DATE|199"},
    {"The canal was dug in the 19th century.", 1, "19th century|DATE|18"},
    {"The firm was founded in the early 1980s.", 1, "early 1980s|DATE|198|START"},
    {"The mill shut down in the late 1970s.", 1, "late 1970s|DATE|197|END"},
    {"The bridge should open in mid-2026.", 1, "mid-2026|DATE|2026|MID"},
    {"The tax will rise early next year.", 1, "early next year|DATE|2026|START"},
    {"The strike began late last month.", 1, "late last month|DATE|2025-08|END"},
    {"Profits fell at the end of last year.", 1, "the end of last year|DATE|2024|END"},
    {"The council meets at the beginning of next week.", 1, "the beginning of next week|DATE|2025-W40|START"},
    {"Output grew in the second half of 2024.", 1, "the second half of 2024|DATE|2024-H2"},
    {"Revenue rose 4% in the third quarter of 2024.", 1, "the third quarter of 2024|DATE|2024-Q3"},
    {"The company posted a loss in fiscal 2024.", 1, "fiscal 2024|DATE|FY2024"},
    {"The dam was finished in the spring of 2023.", 1, "spring of 2023|DATE|2023-SP"},
    {"The band will tour next spring.", 1, "next spring|DATE|2026-SP"},
    {"Sales jumped in the '90s.", 1, "'90s|DATE|199"},
    {"Growth slowed in the mid-1990s.", 1, "mid-1990s|DATE|199|MID"},
    {"The minister spoke this morning.", 1, "this morning|TIME|2025-09-26TMO"},
    {"The fire broke out Tuesday night.", 1, "Tuesday night|TIME|2025-09-23TNI"},
    {"The jury returned yesterday afternoon.", 1, "yesterday afternoon|TIME|2025-09-25TAF"},
    {"The market opens at 9:30 a.m. EDT.", 1, "9:30 a.m. EDT|TIME|2025-09-26T09:30-04:00"},
    {"The vote took place at noon.", 1, "noon|TIME|2025-09-26T12:00"},
    {"The polls close at 8 p.m.", 1, "8 p.m.|TIME|2025-09-26T20:00"},
    {"The quake struck at 14:05 GMT.", 1, "14:05 GMT|TIME|2025-09-26T14:05Z"},
    {"The talks lasted three years.", 1, "three years|DURATION|P3Y"},
    {"He served for six months.", 1, "six months|DURATION|P6M"},
    {"The flight takes two hours.", 1, "two hours|DURATION|PT2H"},
    {"The meeting ran 90 minutes.", 1, "90 minutes|DURATION|PT90M"},
    {"The feud lasted a decade.", 1, "a decade|DURATION|P10Y"},
    {"The drought lasted three weeks.", 1, "three weeks|DURATION|P3W"},
    {"Rebels have 48 hours to leave.", 1, "48 hours|DURATION|PT48H"},
    {"The shares have fallen 20% over the past 12 months.", 1, "the past 12 months|DURATION|P12M"},
    {"The river has shrunk over the past two decades.", 1, "the past two decades|DURATION|P20Y"},
    {"He has lived abroad for more than a decade.", 1, "a decade|DURATION|P10Y|MORE_THAN"},
    {"The repairs took less than a year.", 1, "a year|DURATION|P1Y|LESS_THAN"},
    {"The siege lasted about three weeks.", 1, "three weeks|DURATION|P3W|APPROX"},
    {"The rules will apply for at least five years.", 1, "five years|DURATION|P5Y|EQUAL_OR_MORE"},
    {"Inspectors visit the plant every day.", 1, "every day|SET|P1D"},
    {"The paper is printed each week.", 1, "each week|SET|P1W"},
    {"The club meets twice a week.", 1, "a week|SET|P1W"},
    {"Rents are reviewed annually.", 1, "annually|SET|P1Y"},
    {"The market is held every Monday.", 1, "every Monday|SET|XXXX-WXX-1"},
    {"The data are published monthly.", 1, "monthly|SET|P1M"},
    {"The ferry runs hourly.", 1, "hourly|SET|PT1H"},
    {"The bank now expects slower growth.", 1, "now|DATE|PRESENT_REF"},
    {"Such raids were common in the past.", 1, "the past|DATE|PAST_REF"},
    {"The firm has recently cut jobs.", 1, "recently|DATE|PAST_REF"},
    {"Prices may rise in the future.", 1, "the future|DATE|FUTURE_REF"},
    {"Few people write letters nowadays.", 1, "nowadays|DATE|PRESENT_REF"},
    {"The court ruled today.", 1, "today|DATE|2025-09-26"},
    {"Storms are expected tonight.", 1, "tonight|TIME|2025-09-26TNI"},
    {"Exports fell last week.", 1, "last week|DATE|2025-W38"},
    {"The plant will reopen next month.", 1, "next month|DATE|2025-10"},
    {"Inflation has eased this year.", 1, "this year|DATE|2025"},
    {"The figure was 3% a year earlier.", 1, "a year earlier|DATE|2024"},
    {"He had resigned the previous day.", 1, "the previous day|DATE|2025-09-25"},
    {"The talks resume the following week.", 1, "the following week|DATE|2025-W40"},
    {"The factory closed three years ago.", 1, "three years ago|DATE|2022"},
    {"Police arrived the day before yesterday.", 1, "day before yesterday|DATE|2025-09-24"},
    {"The result is due the day after tomorrow.", 1, "day after tomorrow|DATE|2025-09-28"},
    {"Crowds gathered last weekend.", 1, "last weekend|DATE|2025-W38-WE"},
    {"The council will vote next Tuesday.", 1, "next Tuesday|DATE|2025-09-30"},
    {"The mayor resigned last Friday.", 1, "last Friday|DATE|2025-09-19"},
    {"Prices rose earlier this month.", 1, "earlier this month|DATE|2025-09"},
    {"The law takes effect later this year.", 1, "later this year|DATE|2025"},
    {"Rain fell earlier this week.", 1, "earlier this week|DATE|2025-W39"},
    {"Oil prices rose from 2009 to 2011.", 2, "2009|DATE|2009; 2011|DATE|2011"},
    {"The exhibit runs between May and July.", 2, "May|DATE|2025-05; July|DATE|2025-07"},
    {"Shares rose 3% in Q2.", 1, "Q2|DATE|2025-Q2"},
    {"The unit lost money in the first half.", 1, "the first half|DATE|2025-H1"},
    {"The new line opens in the second half of the year.", 1, "the second half|DATE|2025-H2"},
    {"The chain reported weak sales for the fourth quarter of 2024.", 1, "the fourth quarter of 2024|DATE|2024-Q4"},
    {"Gold rallied in the 1960s.", 1, "the 1960s|DATE|196"},
    {"The state backed a five-year plan.", 1, "five-year|DURATION|P5Y"},
    {"The envoy began a three-day visit.", 1, "three-day|DURATION|P3D"},
    {"Stores close early on Christmas Eve.", 1, "Christmas Eve|DATE|2025-12-24"},
    {"Fireworks will light the sky on New Year's Eve.", 1, "Year's Eve|DATE|2025-12-31"},
    {"The parade is held on New Year's Day.", 1, "Year's Day|DATE|2026-01-01"},
    {"Markets were shut on Labor Day.", 1, "Labor Day|DATE|2025-09-01"},
    {"Veterans marched on Memorial Day.", 1, "Memorial Day|DATE|2025-05-26"},
    {"The ship docked at 6:45 in the morning.", 1, "6:45 in the morning|TIME|2025-09-26T06:45"},
    {"The blast occurred at 1 p.m. Thursday.", 1, "1 p.m. Thursday|TIME|2025-09-25T13:00"},
    {"The tour starts in early November.", 1, "early November|DATE|2025-11|START"},
    {"The deal was signed in late 2024.", 1, "late 2024|DATE|2024|END"},
    {"The vote was held at the end of March.", 1, "the end of March|DATE|2025-03|END"},
    {"The city was founded in the 21st century.", 1, "21st century|DATE|20"},
    {"Sales have doubled over the past decade.", 1, "the past decade|DURATION|P10Y"},
    {"Demand will grow over the next five years.", 1, "the next five years|DURATION|P5Y"},
    {"The project took 2 1/2 years.", 1, "2 1/2 years|DURATION|P2.5Y"},
    {"The strike ended the same day.", 1, "the same day|DATE|2025-09-26"},
    {"Profits were higher the year before.", 1, "the year before|DATE|2024"},
    {"The troops left a day earlier.", 1, "a day earlier|DATE|2025-09-25"},
    {"The results came a month later.", 1, "a month later|DATE|2025-10"},
    {"Costs rose in the prior year.", 1, "the prior year|DATE|2024"},
    {"The result is expected within a month.", 1, "a month|DURATION|P1M"},
    {"Debt rose in Q4 2024.", 1, "Q4 2024|DATE|2024-Q4"},
    {"The treaty was signed in the summer of 1969.", 1, "summer of 1969|DATE|1969-SU"},
    {"The campaign ran for a week.", 1, "a week|DURATION|P1W"},
    {"The deadline is Oct. 31, 2025.", 1, "Oct. 31, 2025|DATE|2025-10-31"},
    {"The accord dates from Sept. 2001.", 1, "Sept. 2001|DATE|2001-09"},
    {"The board met on 2024-11-05.", 1, "2024-11-05|DATE|2024-11-05"},
    {"The report was filed on 11/05/2024.", 1, "11/05/2024|DATE|2024-11-05"},
    {"The lease runs until 2030.", 1, "2030|DATE|2030"},
    {"The firm will report results in the coming weeks.", 1, "coming weeks|DURATION|PXW"},
    {"Oil demand has grown in recent years.", 1, "recent years|DURATION|PXY"},
    {"The ceasefire held for several days.", 1, "several days|DURATION|PXD"},
    {"Talks went on for hours.", 1, "hours|DURATION|PTXH"},
    {"The bank has raised rates twice this year.", 1, "this year|DATE|2025"},
    {"The strike was the longest in two decades.", 1, "two decades|DURATION|P20Y"},
    {"The station broadcasts every evening.", 1, "every evening|SET|XXXX-XX-XXTEV"},
    {"The talks resume the week of Oct. 6.", 1, "the week of Oct. 6|DATE|2025-W41"},
    {"Unemployment hit its highest level since 2009.", 1, "2009|DATE|2009"},
    {"The company expects to hire staff by the end of the decade.", 1, "the end of the decade|DATE|202|END"},
    {"The economy shrank at an annual rate of 2%.", 1, "annual|SET|P1Y"},
    {"The share price peaked two weeks ago.", 1, "two weeks ago|DATE|2025-W37"},
    {"The firm cut 300 jobs in the prior quarter.", 1, "the prior quarter|DATE|2025-Q2"},
    {"Exports fell 2% from the prior month.", 1, "the prior month|DATE|2025-08"},
    {"Prices rose from a year ago.", 1, "a year ago|DATE|2024"},
    {"The court adjourned until Monday.", 1, "Monday|DATE|2025-09-29"},
    {"The fighting lasted from Monday to Wednesday.", 2, "Monday|DATE|2025-09-22; Wednesday|DATE|2025-09-24"},
    // Session 35: the region's zone and "time" are the clock's (no offset, as "PT").
    {"The rover landed at 10:15 p.m. Pacific time.", 1, "10:15 p.m. Pacific time|TIME|2025-09-26T22:15"},
    {"The shuttle lifted off at 7:02 a.m. (1102 GMT).", 2, "7:02 a.m.|TIME|2025-09-26T07:02; 1102 GMT|TIME|2025-09-26T11:02Z"},
    {"The polls opened at 7 o'clock.", 1, "7 o'clock|TIME|2025-09-26T07:00"},
    {"The leaders spoke by phone on Thursday evening.", 1, "Thursday evening|TIME|2025-09-25TEV"},
    {"The strike lasted 18 months.", 1, "18 months|DURATION|P18M"},
    {"He spent a fortnight in hospital.", 1, "a fortnight|DURATION|P2W"},
    {"The station has been off air for half an hour.", 1, "half an hour|DURATION|PT30M"},
    {"The vaccine trial will run for one and a half years.", 1, "one and a half years|DURATION|P1.5Y"},
    {"The lease was signed for 99 years.", 1, "99 years|DURATION|P99Y"},
    {"The regime ruled for half a century.", 1, "half a century|DURATION|P50Y"},
    {"Rates were higher in the 2000s.", 1, "the 2000s|DATE|200"},
    {"The agency was created in the late 20th century.", 1, "late 20th century|DATE|19|END"},
    {"The plan dates from the early 18th century.", 1, "early 18th century|DATE|17|START"},
    {"The project started in January and ended in June.", 2, "January|DATE|2025-01; June|DATE|2025-06"},
    {"Shipments rose in January 2024.", 1, "January 2024|DATE|2024-01"},
    {"The rebels took the town in the autumn of 2022.", 1, "autumn of 2022|DATE|2022-FA"},
    {"The harvest failed this summer.", 1, "this summer|DATE|2025-SU"},
    {"The lake froze over last winter.", 1, "last winter|DATE|2024-WI"},
    {"The company will list its shares in the first quarter of next year.", 1, "the first quarter of next year|DATE|2026-Q1"},
    {"The second-quarter profit beat forecasts.", 1, "The second-quarter|DATE|2025-Q2"},
    {"The firm's fiscal year ends in June.", 1, "June|DATE|2025-06"},
    {"The pact expires at midnight on Friday.", 1, "midnight on Friday|TIME|2025-09-26T24:00"},
    {"The verdict came shortly before noon.", 1, "noon|TIME|2025-09-26T12:00"},
    {"The index closed at a record on Wednesday, Sept. 24.", 1, "Wednesday, Sept. 24|DATE|2025-09-24"},
    {"Officials met on Sept. 24-25.", 1, "Sept. 24-25|DATE|2025-09-24/2025-09-25"},
    {"Applications opened on 1 April and close on 30 June.", 2, "1 April|DATE|2025-04-01; 30 June|DATE|2025-06-30"},
    {"The pills are taken three times a day.", 1, "a day|SET|P1D"},
    {"Visitors come every summer.", 1, "every summer|SET|XXXX-SU"},
    {"The board meets every three months.", 1, "every three months|SET|P3M"},
    {"The fair is held each year in May.", 2, "each year|SET|P1Y; May|DATE|2025-05"},
    {"The festival is held yearly.", 1, "yearly|SET|P1Y"},
    {"Buses leave every 15 minutes.", 1, "every 15 minutes|SET|PT15M"},
    {"The agency issues a daily report.", 1, "daily|SET|P1D"},
    {"The party won its first majority since 1997.", 1, "1997|DATE|1997"},
    {"The factory will reopen in six months.", 1, "six months|DATE|2026-03"},
    {"The results will be known within days.", 1, "days|DURATION|PXD"},
    {"Prices have risen for the past three years.", 1, "the past three years|DURATION|P3Y"},
    {"Sales fell in the last six months.", 1, "the last six months|DURATION|P6M"},
    {"The talks will resume in the next few days.", 1, "the next few days|DURATION|PXD"},
    {"The state has been at war for years.", 1, "years|DURATION|PXY"},
    {"The company was once a market leader.", 0, ""},
    {"The minister had resigned two days earlier.", 1, "two days earlier|DATE|2025-09-24"},
    {"The verdict is due a week from today.", 1, "a week from today|DATE|2025-10-03"},
    {"The rally ended Saturday, a day after the vote.", 2, "Saturday|DATE|2025-09-20; a day|DURATION|P1D"},
    {"Officials said on Monday that the plant would reopen on Oct. 1.", 2, "Monday|DATE|2025-09-22; Oct. 1|DATE|2025-10-01"},
    {"Three years later, the firm collapsed.", 1, "Three years later|DATE|2028"},
    {"The Jan. 6 hearing drew crowds.", 1, "Jan. 6|DATE|2025-01-06"},
    {"The firm's 2024 profit rose.", 1, "2024|DATE|2024"},
    {"The war ended on May 8, 1945.", 1, "May 8, 1945|DATE|1945-05-08"},
    {"The Sept. 30 deadline looms.", 1, "Sept. 30|DATE|2025-09-30"},
    {"The vote is scheduled for Tuesday, Oct. 7.", 1, "Tuesday, Oct. 7|DATE|2025-10-07"},
    {"The office is closed on Sundays.", 1, "Sundays|SET|XXXX-WXX-7"},
    {"Unions struck on Good Friday.", 1, "Good Friday|DATE|2025-04-18"},
    {"The report covered the 12 months to June.", 2, "12 months|DURATION|P12M; June|DATE|2025-06"},
    {"The offer is valid until the end of the month.", 1, "the end of the month|DATE|2025-09|END"},
    {"The rule took effect at the start of 2025.", 1, "the start of 2025|DATE|2025|START"},
    {"The bill passed in the spring.", 1, "spring|DATE|2025-SP"},
    {"The index rose 2% in the past week.", 1, "the past week|DURATION|P1W"},
    {"Shares fell this week.", 1, "this week|DATE|2025-W39"},
    {"The firm will cut jobs this month.", 1, "this month|DATE|2025-09"},
    {"The ruling came last month.", 1, "last month|DATE|2025-08"},
    {"Output rose last year.", 1, "last year|DATE|2024"},
    {"The plant will close next year.", 1, "next year|DATE|2026"},
    {"The rate was 4% last quarter.", 1, "last quarter|DATE|2025-Q2"},
    {"The bank expects growth next quarter.", 1, "next quarter|DATE|2025-Q4"},
    {"The plane landed at 11:20 p.m. EST on Thursday.", 1, "11:20 p.m. EST on Thursday|TIME|2025-09-25T23:20-05:00"},
    {"Trading halted at 2:15 p.m. London time.", 1, "2:15 p.m.|TIME|2025-09-26T14:15"},
    {"The blast was heard at 0300 GMT.", 1, "0300 GMT|TIME|2025-09-26T03:00Z"},
    {"The deadline passed at 5 p.m. Friday.", 1, "5 p.m. Friday|TIME|2025-09-26T17:00"},
    {"The talks ran from 9 a.m. to 5 p.m.", 1, "9 a.m. to 5 p.m.|TIME|2025-09-26T09:00/2025-09-26T17:00"},
    {"The museum is open from June to August.", 2, "June|DATE|2025-06; August|DATE|2025-08"},
    {"The survey covered 2015 to 2020.", 2, "2015|DATE|2015; 2020|DATE|2020"},
    {"The festival runs March 3-9.", 1, "March 3-9|DATE|2025-03-03/2025-03-09"},
    {"Aid flowed between 2001 and 2005.", 2, "2001|DATE|2001; 2005|DATE|2005"},
    {"The figures are as of June 30.", 1, "June 30|DATE|2025-06-30"},
    {"The firm was founded in 1887.", 1, "1887|DATE|1887"},
    {"The policy dates back to the 1950s.", 1, "the 1950s|DATE|195"},
    {"The ship sank in the 16th century.", 1, "16th century|DATE|15"},
    {"Prices will keep rising for the foreseeable future.", 1, "future|DATE|FUTURE_REF"},
    {"The vote took place a few days ago.", 1, "a few days ago|DATE|PAST_REF"},
    {"The company was sold some years ago.", 1, "some years ago|DATE|PAST_REF"},
    {"Demand will pick up in the near future.", 1, "the near future|DATE|FUTURE_REF"},
    {"He used to work at the mill years ago.", 1, "years ago|DATE|PAST_REF"},
    {"The scheme will start this fall.", 1, "this fall|DATE|2025-FA"},
    {"The fire started late Tuesday night.", 1, "Tuesday night|TIME|2025-09-23TNI"},
    {"Inflation has been above target for 18 straight months.", 1, "18 straight months|DURATION|P18M"},
    {"The treaty was ratified in February 1998.", 1, "February 1998|DATE|1998-02"},
    {"The contract runs through 2027.", 1, "2027|DATE|2027"},
    {"The team lost on Saturday, its third defeat in a week.", 2, "Saturday|DATE|2025-09-20; a week|DURATION|P1W"},
    {"The governor will decide by mid-November.", 1, "mid-November|DATE|2025-11|MID"},
    {"The prior week, sales had fallen.", 1, "The prior week|DATE|2025-W38"},
    {"Families feasted on New Year's Day.", 1, "Year's Day|DATE|2025-01-01"},
    {"The sale ends on Labor Day.", 1, "Labor Day|DATE|2025-09-01"},
    {"Pilgrims gathered on Palm Sunday.", 1, "Palm Sunday|DATE|2025-04-13"},
    {"The new year brought fresh hope.", 1, "The new year|DATE|2026"},
    {"His mother died in 2019.", 1, "2019|DATE|2019"},
};

}  // namespace

TEST(DatesSweep17, GuidelineCoverage) {
  expect_found(kSweep);
}

// Named days of the news' calendar after a preposition: fixed days, the nth weekday of a month, days from
// Easter. Before, none was found, and "Good Friday" was the document's Friday.
TEST(DatesSweep17, NamedDaysOfTheCalendar) {
  EXPECT_EQ(found_as("Markets were shut on Labor Day.", 1), "Labor Day|DATE|2025-09-01");
  EXPECT_EQ(found_as("Veterans marched on Memorial Day.", 1), "Memorial Day|DATE|2025-05-26");
  EXPECT_EQ(found_as("Shops sold out of roses on Valentine's Day.", 1), "Valentine's Day|DATE|2025-02-14");
  EXPECT_EQ(found_as("Fireworks were set off on Independence Day.", 1), "Independence Day|DATE|2025-07-04");
  EXPECT_EQ(found_as("Trains will run a holiday schedule on Veterans Day.", 1), "Veterans Day|DATE|2025-11-11");
  EXPECT_EQ(found_as("Unions struck on Good Friday.", 1), "Good Friday|DATE|2025-04-18");
  EXPECT_EQ(found_as("Pilgrims will gather on Ash Wednesday.", 1), "Ash Wednesday|DATE|2026-02-18");
  // "New Year's Day" is read from "Year" (the span leaves "New" out); the apostrophe may be typographic.
  EXPECT_EQ(found_as("The parade is held on New Year\xE2\x80\x99s Day.", 1), "Year\xE2\x80\x99s Day|DATE|2026-01-01");
  EXPECT_EQ(found_as("Fireworks will light the sky on New Year's Eve.", 1), "Year's Eve|DATE|2025-12-31");
  // A named day before a noun, without a preposition, names no day (as Christmas): "the Memorial Day holiday".
  EXPECT_EQ(found_as("Trading thinned ahead of the Memorial Day holiday.", 0), "");
}

// "prior" is "previous": "the prior year" counts back from the story's date. Before, nothing was found.
TEST(DatesSweep17, PriorIsPrevious) {
  EXPECT_EQ(found_as("Costs rose in the prior year.", 1), "the prior year|DATE|2024");
  EXPECT_EQ(found_as("The firm cut 300 jobs in the prior quarter.", 1), "the prior quarter|DATE|2025-Q2");
  EXPECT_EQ(found_as("Net income rose on March 3, 2024, from the prior year.", 2),
            "March 3, 2024|DATE|2024-03-03; the prior year|DATE|2023");
  // "prior to" is a preposition, no date.
  EXPECT_EQ(found_as("Prior to the vote, the rule was different.", 0), "");
}

// A point back of no stated size is PAST_REF; "the foreseeable future" FUTURE_REF. Before, "a few days"
// was the DURATION PXD and "the foreseeable future" nothing.
TEST(DatesSweep17, VagueRefs) {
  EXPECT_EQ(found_as("The vote took place a few days ago.", 1), "a few days ago|DATE|PAST_REF");
  EXPECT_EQ(found_as("The company was sold some years ago.", 1), "some years ago|DATE|PAST_REF");
  EXPECT_EQ(found_as("He used to work at the mill years ago.", 1), "years ago|DATE|PAST_REF");
  EXPECT_EQ(found_as("Prices will keep rising for the foreseeable future.", 1), "future|DATE|FUTURE_REF");
  // A stated size keeps its date.
  EXPECT_EQ(found_as("The factory closed three years ago.", 1), "three years ago|DATE|2022");
}
