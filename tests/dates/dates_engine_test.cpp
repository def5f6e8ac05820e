// The dates engine on its own: golden test on the seeds, expressions by kind, anchoring, bad input.
#include "dev_sets.hpp"
#include "anchor.hpp"
#include "calendar.hpp"
#include "normalizer.hpp"
#include "range_linker.hpp"
#include "rule_file.hpp"
#include "tagger.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <fstream>
#include <string>

using namespace textchain::dates;

namespace {

// With the host's sentences, as the plugin tags a document in a chain.
std::vector<Timex> tag(std::string_view text, std::string_view date = "2025-09-26", TaggerOptions opt = {}) {
  return dev::tag_with_host_sentences(Tagger(opt), text, date);
}

std::string one(std::string_view text, std::string_view date = "2025-09-26") {
  auto found = tag(text, date);
  if (found.size() != 1) return "found " + std::to_string(found.size());
  const Timex& t = found[0];
  std::string s = std::string(text.substr(t.begin, t.end - t.begin)) + "|" + type_name(t.type) + "|" + t.value;
  if (t.mod) s += std::string("|") + mod_name(t.mod);
  return s;
}

}  // namespace

// Every required gold item of the seeds, exactly (span, type, value, mod), and nothing else but optional gold.
TEST(DatesGolden, Seeds) {
  std::ifstream in(std::string(TEXTCHAIN_TEST_DATA_DIR) + "/dates_gold.jsonl");
  ASSERT_TRUE(in);
  std::string line;
  int docs = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    ++docs;
    const auto rec = boost::json::parse(line).as_object();
    const std::string id(rec.at("id").as_string());
    const std::string text = dev::read_file(std::string(TEXTCHAIN_TEST_DATA_DIR) + "/seeds/" + id);
    // The seeds carry their date in a dateline; the record's date must agree with it, so tag without it.
    const auto found = tag(text, "");
    std::vector<bool> used(found.size(), false);
    for (const auto& v : rec.at("dates").as_array()) {
      const auto& g = v.as_object();
      const size_t b = static_cast<size_t>(g.at("begin").as_int64()), e = static_cast<size_t>(g.at("end").as_int64());
      const std::string mod = g.contains("mod") ? std::string(g.at("mod").as_string()) : "";
      bool hit = false;
      for (size_t i = 0; i < found.size(); ++i) {
        if (found[i].begin != b || found[i].end != e) continue;
        used[i] = true;
        hit = true;
        if (g.at("required").as_bool()) {
          EXPECT_EQ(type_name(found[i].type), g.at("timex_type").as_string()) << id << " " << g.at("text");
          EXPECT_EQ(found[i].value, g.at("value").as_string()) << id << " " << g.at("text");
          EXPECT_EQ(mod_name(found[i].mod), mod) << id << " " << g.at("text");
        }
      }
      if (g.at("required").as_bool()) {
        EXPECT_TRUE(hit) << id << ": missed " << g.at("text");
      }
    }
    for (size_t i = 0; i < found.size(); ++i)
      EXPECT_TRUE(used[i]) << id << ": reported \"" << text.substr(found[i].begin, found[i].end - found[i].begin)
                           << "\" = " << found[i].value;
  }
  EXPECT_EQ(docs, 4);
}

TEST(DatesEngine, CalendarDates) {
  EXPECT_EQ(one("The talks began on September 9."), "September 9|DATE|2025-09-09");
  EXPECT_EQ(one("It was signed on 23 October 2019."), "23 October 2019|DATE|2019-10-23");
  EXPECT_EQ(one("Born July 24, 2003 in Ohio."), "July 24, 2003|DATE|2003-07-24");
  EXPECT_EQ(one("It opened in January 2005."), "January 2005|DATE|2005-01");
  EXPECT_EQ(one("Sales fell in 2009."), "2009|DATE|2009");
  EXPECT_EQ(one("a trend of the 1990s"), "the 1990s|DATE|199");
  EXPECT_EQ(one("released on 2014-04-18 there"), "2014-04-18|DATE|2014-04-18");
  EXPECT_EQ(one("on 7/8/07 at the plant"), "7/8/07|DATE|2007-07-08");
  EXPECT_EQ(one("from September 23 to 27"), "September 23 to 27|DATE|2025-09-23/2025-09-27");
  EXPECT_EQ(one("results for the fourth quarter of 2005"), "the fourth quarter of 2005|DATE|2005-Q4");
  EXPECT_EQ(one("in fiscal 2007 profits"), "fiscal 2007|DATE|FY2007");
  EXPECT_EQ(one("He said in early October that"), "early October|DATE|2025-10|START");
  EXPECT_EQ(one("by the end of autumn, he said"), "the end of autumn|DATE|2025-FA|END");
  EXPECT_EQ(one("growth in mid-2011 slowed"), "mid-2011|DATE|2011|MID");
}

TEST(DatesEngine, RelativeDatesFollowTheAnchorAndTense) {
  // 2025-09-26 is a Friday
  EXPECT_EQ(one("He will speak on Saturday."), "Saturday|DATE|2025-09-27");
  EXPECT_EQ(one("He spoke on Wednesday."), "Wednesday|DATE|2025-09-24");
  EXPECT_EQ(one("Lavrov on Friday announced it."), "Friday|DATE|2025-09-26");
  EXPECT_EQ(one("They met last week."), "last week|DATE|2025-W38");
  EXPECT_EQ(one("They meet next week."), "next week|DATE|2025-W40");
  EXPECT_EQ(one("It happened two weeks ago."), "two weeks ago|DATE|2025-W37");  // the week: its unit's granularity
  EXPECT_EQ(one("Prices rose last year."), "last year|DATE|2024");
  EXPECT_EQ(one("It arrived Tuesday night."), "Tuesday night|TIME|2025-09-23TNI");
  EXPECT_EQ(one("He left yesterday."), "yesterday|DATE|2025-09-25");
  EXPECT_EQ(one("They met this morning."), "this morning|TIME|2025-09-26TMO");
}

// The verb that governs a bare weekday decides its direction (2025-09-26 is a Friday).
TEST(DatesEngine, WeekdayTenseFromTheGoverningVerb) {
  // A fronted adverbial: the main clause after the comma speaks, not "until" before the date.
  EXPECT_EQ(one("The case was open. Until Tuesday, the police had named nobody."), "Tuesday|DATE|2025-09-23");
  EXPECT_EQ(one("Rain fell. On Tuesday, the union plans to strike."), "Tuesday|DATE|2025-09-30");
  EXPECT_EQ(one("The club will stay shut until Tuesday."), "Tuesday|DATE|2025-09-30");
  // ... but a present tense there is no schedule: the default (past) holds.
  EXPECT_EQ(one("Rain fell. On Tuesday, the mood is grim."), "Tuesday|DATE|2025-09-23");
  // A plan told in the past for a day still ahead.
  EXPECT_EQ(one("Fans were planning to march on Tuesday."), "Tuesday|DATE|2025-09-30");
  EXPECT_EQ(one("The vote was expected on Tuesday."), "Tuesday|DATE|2025-09-30");
  EXPECT_EQ(one("They did not plan to leave on Tuesday."), "Tuesday|DATE|2025-09-30");
  EXPECT_EQ(one("The fee was due on Tuesday."), "Tuesday|DATE|2025-09-23");
  EXPECT_EQ(one("Fans were angry on Tuesday."), "Tuesday|DATE|2025-09-23");
  // A verb of planning in the past tense after a fronted date is the main verb the date modifies: the plan
  // was made then. After the verb, the date is the plan's and lies ahead; "was expected" stays a plan ahead.
  EXPECT_EQ(one("Rain fell. On Tuesday, the council planned to repay the loans."), "Tuesday|DATE|2025-09-23");
  EXPECT_EQ(one("Rain fell. On Tuesday, the club scheduled a rematch."), "Tuesday|DATE|2025-09-23");
  EXPECT_EQ(one("The council planned to repay the loans on Tuesday."), "Tuesday|DATE|2025-09-30");
  EXPECT_EQ(one("Rain fell. On Tuesday, the ferry was expected to sail."), "Tuesday|DATE|2025-09-30");
  // The earliest a thing may happen lies ahead, unless a past tense says it did.
  EXPECT_EQ(one("The envoy could arrive as early as Tuesday."), "Tuesday|DATE|2025-09-30");
  EXPECT_EQ(one("A ruling might come as soon as Tuesday."), "Tuesday|DATE|2025-09-30");
  EXPECT_EQ(one("The car was seen there as early as Tuesday."), "Tuesday|DATE|2025-09-23");
}

// A weekday after the clock's aside in parentheses is the clock's day; the span stays the clock's.
// Issue 13: the tense scans run to the ends of the host's sentence. "Mr." ends no sentence there, so a verb
// beyond "Mr. Smith" still tells the weekday's direction (the engine's own finder used to stop at "Mr." and
// find no verb: the default, past). 2025-09-26 is a Friday.
TEST(DatesEngine, TenseLookBackCrossesTitleAbbreviations) {
  EXPECT_EQ(one("The council will meet Mr. Smith on Tuesday."), "Tuesday|DATE|2025-09-30");
  EXPECT_EQ(one("The council met Mr. Smith on Tuesday."), "Tuesday|DATE|2025-09-23");
  EXPECT_EQ(one("Aides say the board will hear Dr. Jones and Mrs. Lee on Tuesday."), "Tuesday|DATE|2025-09-30");
  // Nor does it stop the look-ahead: the verb after "Mr. Smith" tells the direction.
  EXPECT_EQ(one("Talks on Tuesday with Mr. Smith will settle it."), "Tuesday|DATE|2025-09-30");
  // A real sentence end still bounds it: the future of the first sentence does not reach the second's date.
  EXPECT_EQ(one("The council will meet. Mr. Smith spoke on Tuesday."), "Tuesday|DATE|2025-09-23");
  // The standalone engine (no sentences given) keeps its own fallback finder, which stops at "Mr.".
  for (const char* text : {"The council will meet Mr. Smith on Tuesday.", "Talks on Tuesday with Mr. Smith will settle it."}) {
    const auto bare = Tagger({}).tag(text, "2025-09-26");
    ASSERT_EQ(bare.size(), 1u) << text;
    EXPECT_EQ(bare[0].value, "2025-09-23") << text;
  }
}

TEST(DatesEngine, ClockTakesTheWeekdayAfterItsAside) {
  const auto found = tag("The blast came at about 9:20 a.m. (0620 GMT) Wednesday, officials said.");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].value, "2025-09-24T09:20");
  EXPECT_EQ(found[0].end - found[0].begin, std::string_view("9:20 a.m.").size());
}

TEST(DatesEngine, DurationsSetsAndVagueReferences) {
  EXPECT_EQ(one("It lasted over 50 minutes."), "50 minutes|DURATION|PT50M|MORE_THAN");
  EXPECT_EQ(one("in the past three years"), "the past three years|DURATION|P3Y");
  EXPECT_EQ(one("for several years, he said"), "several years|DURATION|PXY");
  EXPECT_EQ(one("a 12-year low"), "12-year|DURATION|P12Y");
  EXPECT_EQ(one("almost two and a half years"), "two and a half years|DURATION|P2.5Y|LESS_THAN");
  EXPECT_EQ(one("They meet every Monday."), "every Monday|SET|XXXX-WXX-1");
  EXPECT_EQ(one("a weekly report"), "weekly|SET|P1W");
  EXPECT_EQ(one("He recently resigned."), "recently|DATE|PAST_REF");
  EXPECT_EQ(one("It will change in the future."), "the future|DATE|FUTURE_REF");
}

TEST(DatesEngine, TimesWithZones) {
  EXPECT_EQ(one("The plane took off at 08:30 UTC."), "08:30 UTC|TIME|2025-09-26T08:30Z");
  EXPECT_EQ(one("The vote is at 5 p.m. today."), "5 p.m. today|TIME|2025-09-26T17:00");
}

TEST(DatesEngine, ZonesStayInTheValueAsUtcOffsets) {
  EXPECT_EQ(one("The market opens at 9:30 a.m. EST on weekdays."), "9:30 a.m. EST|TIME|2025-09-26T09:30-05:00");
  EXPECT_EQ(one("Polls close at 8 p.m. PDT today."), "8 p.m. PDT today|TIME|2025-09-26T20:00-07:00");
  EXPECT_EQ(one("The summit starts at 10:15 CET."), "10:15 CET|TIME|2025-09-26T10:15+01:00");
  EXPECT_EQ(one("Doors open at 18:40 GMT+8, organisers said."), "18:40 GMT+8|TIME|2025-09-26T18:40+08:00");
  EXPECT_EQ(one("Doors open at 7:05 p.m. UTC -3 there."), "7:05 p.m. UTC -3|TIME|2025-09-26T19:05-03:00");
  // "ET" is EST or EDT by the season: no offset rather than a wrong one.
  EXPECT_EQ(one("The call is at 4 p.m. ET today."), "4 p.m. ET today|TIME|2025-09-26T16:00");
}

TEST(DatesEngine, HourReferenceTimeForHoursAndMinutesAhead) {
  TaggerOptions opt;
  opt.document_date = parse_document_date_option("2025-09-26T14:10");
  const auto found = Tagger(opt).tag("The ferry leaves in two hours; the bus went 45 minutes ago.", "");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].type, TimexType::time);
  EXPECT_EQ(found[0].value, "2025-09-26T16:10");
  EXPECT_EQ(found[1].value, "2025-09-26T13:25");
  // A day-precision anchor cannot place an hour: the span stays a DURATION.
  const auto day_only = tag("The ferry leaves in two hours.");
  ASSERT_EQ(day_only.size(), 1u);
  EXPECT_EQ(day_only[0].value, "PT2H");
}

namespace {
std::string ranges_of(std::string_view text) {
  std::vector<TimexRange> r;
  link_ranges(text, tag(text), r);
  std::string s;
  for (const TimexRange& x : r)
    s += std::string(text.substr(x.begin, x.end - x.begin)) + "|" + type_name(x.type) + "|" + x.begin_value + "|" +
         x.end_value + ";";
  return s;
}
}  // namespace

TEST(DatesEngine, RangesKeepBothEnds) {
  // One TIMEX3 written as an interval, and two TimeML DATEs joined by a range word: one range each.
  EXPECT_EQ(ranges_of("The fair runs from October 2 to 6 in the park."), "October 2 to 6|DATE|2025-10-02|2025-10-06;");
  EXPECT_EQ(ranges_of("She chaired it from 2014 to 2019."), "2014 to 2019|DATE|2014|2019;");
  EXPECT_EQ(ranges_of("Prices doubled between 2001 and 2008."), "2001 and 2008|DATE|2001|2008;");
  EXPECT_EQ(ranges_of("The roadworks last from March through June."), "March through June|DATE|2025-03|2025-06;");
  // "and" without "between", a duration, or a list is no range.
  EXPECT_EQ(ranges_of("Elections were held in 2016 and 2021."), "");
  EXPECT_EQ(ranges_of("It grew for three years to 2020."), "");
  EXPECT_EQ(ranges_of("He visited in 2003, 2007 and 2012."), "");
  std::string_view b, e;
  EXPECT_TRUE(split_interval("2025-10-02/2025-10-06", b, e));
  EXPECT_EQ(b, "2025-10-02");
  EXPECT_EQ(e, "2025-10-06");
  EXPECT_FALSE(split_interval("2025-10-02", b, e));
}

// link_ranges passes pairs a clause apart from their bytes alone (ASCII white space between two ASCII bytes
// that are not); the joining word amid wide spaces, tabs, line breaks and dashes is still read.
TEST(DatesEngine, RangeWordsAmidWideSpacesAndLineBreaks) {
  EXPECT_EQ(ranges_of("She chaired it from 2014\u00A0to\u00A02019."), "2014\u00A0to\u00A02019|DATE|2014|2019;");
  EXPECT_EQ(ranges_of("She chaired it from 2014 \u2013\n2019."), "2014 \u2013\n2019|DATE|2014|2019;");
  EXPECT_EQ(ranges_of("She chaired it from 2014\tuntil 2019."), "2014\tuntil 2019|DATE|2014|2019;");
  EXPECT_EQ(ranges_of("Prices doubled between 2001\u00A0and 2008."), "2001\u00A0and 2008|DATE|2001|2008;");
  EXPECT_EQ(ranges_of("She chaired it in 2014, then to 2019."), "");
  EXPECT_EQ(ranges_of("She chaired it in 2014 and then 2019."), "");
}

TEST(DatesEngine, HalfUnitsWrittenWithADecimalPoint) {
  EXPECT_EQ(one("The repairs took 2.5 years in all."), "2.5 years|DURATION|P2.5Y");
  EXPECT_EQ(one("Turnout rose 1.5 percent."), "found 0");
  EXPECT_EQ(one("It sold 3.5 million copies in a week."), "a week|DURATION|P1W");
  TaggerOptions opt;
  opt.document_date = parse_document_date_option("2025-09-26T09:45");
  const auto found = Tagger(opt).tag("Boarding closes in 1.5 hours.", "");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2025-09-26T11:15");
}

TEST(DatesEngine, LengthCountedFromADateIsOneDate) {
  EXPECT_EQ(one("The ballots were counted three days after October 4, 2024."),
            "three days after October 4, 2024|DATE|2024-10-07");
  EXPECT_EQ(one("Filings closed two weeks before 1 March 2025."), "two weeks before 1 March 2025|DATE|2025-02-15");
  EXPECT_EQ(one("It reopens 6 months after June 2026."), "6 months after June 2026|DATE|2026-12");
  // Not a date beside the length, a comparator on it, or a week counted from a month: two expressions or none joined.
  EXPECT_EQ(one("It ended two weeks after the vote."), "two weeks|DURATION|P2W");
  EXPECT_EQ(tag("It ended more than two weeks after October 4, 2024.").size(), 2u);
  EXPECT_EQ(tag("It ended a week after March 2024.").size(), 2u);
}

TEST(DatesEngine, UnitLettersOnlyBeforeAgoOrLater) {
  EXPECT_EQ(one("Posted 3d ago by a reader."), "3d ago|DATE|2025-09-23");
  EXPECT_EQ(one("The patch shipped 2w later."), "2w later|DATE|2025-10-10");
  // Not before "ago"/"later": millions, a film format, a size.
  EXPECT_EQ(one("It raised $5m from investors."), "found 0");
  EXPECT_EQ(one("The film is shown in 3D later on."), "found 0");
  EXPECT_EQ(one("Put the 2h pencil away."), "found 0");
}

TEST(DatesEngine, LastWeekWrittenAsOneWord) {
  EXPECT_EQ(one("we spoke lastweek about it"), "lastweek|DATE|2025-W38");
  EXPECT_EQ(one("rent goes up nextmonth"), "nextmonth|DATE|2025-10");
  EXPECT_EQ(one("sales fell lastyear"), "lastyear|DATE|2024");
}

TEST(DatesEngine, WithoutAnchorValuesStayUnderspecified) {
  EXPECT_EQ(one("They met in April.", ""), "April|DATE|XXXX-04");
  EXPECT_EQ(one("She said on Wednesday:", ""), "Wednesday|DATE|XXXX-WXX-3");
  EXPECT_EQ(one("They met last week.", ""), "last week|DATE|PAST_REF");
}

TEST(DatesEngine, DatelineAnchors) {
  const auto found = tag("WASHINGTON, September 26, 2025 - They met on Wednesday.", "");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].value, "2025-09-24");
  // A dateline without a year gives no anchor.
  const auto noyear = tag("UNITED NATIONS, September 26. They met on Wednesday.", "");
  ASSERT_EQ(noyear.size(), 2u);
  EXPECT_EQ(noyear[1].value, "XXXX-WXX-3");
}

// find_dateline turns away a text without a run of exactly four digits before reading a token: its three forms
// still anchor wherever the year lies against the 16-byte search steps, and digits of other lengths give none.
TEST(DatesEngine, DatelineNeedsFourDigitRun) {
  for (const std::string pad : {"", "X", "LONG CITY NAME", "A LONGER CITY NAME, NOW"}) {
    const Anchor iso = find_dateline(pad + " 2024-03-07 Talks went on.");
    ASSERT_TRUE(iso.known) << pad;
    EXPECT_EQ(iso.date.day, 7);
    EXPECT_TRUE(find_dateline(pad + ", March 7, 2024 - Talks went on.").known) << pad;
    EXPECT_TRUE(find_dateline(pad + ", 7 March 2024 - Talks went on.").known) << pad;
    EXPECT_FALSE(find_dateline(pad + ", March 7, 20245 - Talks went on.").known) << pad;
    EXPECT_FALSE(find_dateline(pad + ", 7 March 224 - Talks went on at 10:30 for 12 hours.").known) << pad;
  }
  EXPECT_FALSE(find_dateline("12345678901234567 and 123 and 56789").known);
  EXPECT_TRUE(find_dateline("1234567890123456, March 7, 2024").known);
}

TEST(DatesEngine, OptionsParse) {
  EXPECT_FALSE(parse_document_date_option("auto").known);
  EXPECT_TRUE(parse_document_date_option("2025-02-26").known);
  EXPECT_THROW(parse_document_date_option("26/02/2025"), std::invalid_argument);
  EXPECT_THROW(parse_document_date_option("2025-02-30"), std::invalid_argument);
  EXPECT_EQ(parse_types_option({"date", "SET"}), 0b1001);
  EXPECT_THROW(parse_types_option({"DAY"}), std::invalid_argument);
}

TEST(DatesEngine, DocumentDateOptionOverridesTheRecord) {
  TaggerOptions opt;
  opt.document_date = parse_document_date_option("2025-02-26");
  const auto found = Tagger(opt).tag("They met yesterday.", "2025-09-26");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2025-02-25");
}

TEST(DatesEngine, DayFirstAndPrefer) {
  TaggerOptions opt;
  opt.day_first = true;
  ASSERT_EQ(Tagger(opt).tag("due 03/04/2025 here", "").size(), 1u);
  EXPECT_EQ(Tagger(opt).tag("due 03/04/2025 here", "")[0].value, "2025-04-03");
  EXPECT_EQ(Tagger({}).tag("due 03/04/2025 here", "")[0].value, "2025-03-04");
  opt = {};
  opt.prefer = Prefer::future;
  EXPECT_EQ(Tagger(opt).tag("Talks on Monday.", "2025-09-26")[0].value, "2025-09-29");
  opt.prefer = Prefer::past;
  EXPECT_EQ(Tagger(opt).tag("Talks on Monday.", "2025-09-26")[0].value, "2025-09-22");
}

TEST(DatesEngine, TypesOptionFilters) {
  TaggerOptions opt;
  opt.types = parse_types_option({"DURATION"});
  const auto found = Tagger(opt).tag("On Monday it lasted 50 minutes.", "2025-09-26");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "PT50M");
}

// ---- Bad input --------------------------------------------------------------------------------------

TEST(DatesBadInput, DigitSoupIsNotADate) {
  EXPECT_TRUE(tag("12/13/14/15/16").empty());
  // A four-digit year under 1000 is a file or reference number.
  EXPECT_TRUE(tag("Quote reference 12/05/0417 when you call.").empty());
  EXPECT_TRUE(tag("Case 0731-04-19 was closed.").empty());
  EXPECT_TRUE(tag("Version 1.10.30 is out").empty());
  EXPECT_TRUE(tag("8/32/2014 and 02/29/2022 and 2014-02-30").empty());
}

// A numeric date's parts are glued to their separators: a space after the slash splits "12/ 25" into two numbers
// (p_numeric_date reads the second part only once the separator is there, and refuses it unglued).
TEST(DatesBadInput, NumericDateWithASpaceAfterItsSeparatorIsNotADate) {
  EXPECT_TRUE(tag("Seats 12/ 25 were sold.").empty());
  EXPECT_TRUE(tag("Rows 3/ 14/2020 stayed shut.").empty());
  EXPECT_EQ(one("Seats sold out on 12/25."), "12/25|DATE|2025-12-25");
}

TEST(DatesBadInput, MayAndMarchTheVerbs) {
  EXPECT_TRUE(tag("I may be here. May the force be with you. Theresa may become PM.").empty());
  EXPECT_TRUE(tag("They march on the capital. March forward!").empty());
  EXPECT_EQ(one("They met in May."), "May|DATE|2025-05");
  EXPECT_EQ(one("Protests began March 3."), "March 3|DATE|2025-03-03");
}

TEST(DatesBadInput, SatAndSunInOtherSenses) {
  EXPECT_TRUE(tag("She sat down. The Sun rose. They wed in a hall. Mon ami.").empty());
  EXPECT_EQ(one("Open Sat, 27 Sep 2025"), "Sat, 27 Sep 2025|DATE|2025-09-27");
}

TEST(DatesBadInput, ImpossibleClockTimes) {
  EXPECT_TRUE(tag("The score was 25:61 at the end.").empty());
  EXPECT_TRUE(tag("at 24:30 or 13 pm").empty());
}

TEST(DatesBadInput, HugeDocumentNoCrashNoAbsurdValue) {
  std::string chunk = "On Monday, 12/13/14/15/16 shares fell 25:61 over 50 minutes; May the market rise. ";
  std::string big;
  big.reserve(100u * 1024u * 1024u + chunk.size());
  while (big.size() < 100u * 1024u * 1024u) big += chunk;
  const auto found = tag(big);
  // Two expressions per chunk: "Monday" and "50 minutes".
  EXPECT_EQ(found.size(), 2 * (big.size() / chunk.size()));
  for (size_t i = 0; i < found.size(); i += 997) {
    EXPECT_TRUE(found[i].value == "2025-09-22" || found[i].value == "PT50M") << found[i].value;
    EXPECT_LE(found[i].end, big.size());
  }
}

TEST(DatesBadInput, BinaryAndTruncatedUtf8) {
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk.push_back(static_cast<char>((i * 131) & 0xFF));
  junk += "\xE2\x80";  // cut mid-character
  const auto found = tag(junk);
  for (const auto& t : found) EXPECT_LE(t.end, junk.size());
  EXPECT_TRUE(tag("").empty());
  EXPECT_TRUE(tag("2025").empty());  // a number alone is not a year
}

// ---------------------------------------------------------------------------------------------------
// News rules added from the error analysis on news-dev (own sentences; anchor Friday 2025-09-26).
// ---------------------------------------------------------------------------------------------------

namespace {
// Every expression found, "text|TYPE|value[|MOD]", joined by "; ".
std::string all(std::string_view text, std::string_view date = "2025-09-26") {
  std::string s;
  for (const Timex& t : tag(text, date)) {
    if (!s.empty()) s += "; ";
    s += std::string(text.substr(t.begin, t.end - t.begin)) + "|" + type_name(t.type) + "|" + t.value;
    if (t.mod) s += std::string("|") + mod_name(t.mod);
  }
  return s;
}
}  // namespace

// "annual" before an amount summed over the year measures a year; before an event it recurs.
TEST(DatesNewsRules, AnnualAmountIsADuration) {
  EXPECT_EQ(one("The bank posted an annual profit of $3 billion."), "annual|DURATION|P1Y");
  EXPECT_EQ(all("The carmaker reported its first annual losses in years."), "annual|DURATION|P1Y; years|DURATION|PXY");
}
TEST(DatesNewsRules, AnnualEventIsASet) {
  EXPECT_EQ(one("Shareholders gathered for the annual meeting."), "annual|SET|P1Y");
  // Before an event's proper name "annual" is part of how the event is named, not annotated.
  EXPECT_EQ(all("Growers flocked to the annual Harvest Fair in Tulsa."), "");
  EXPECT_EQ(all("She spoke at the company's annual Makers Summit."), "");
  EXPECT_EQ(one("The annual Christmas party was cancelled."), "annual|SET|P1Y");
}

// A quantity before "a month" / "a year" makes a rate.
TEST(DatesNewsRules, QuantityPerUnitIsASet) {
  EXPECT_EQ(one("The plant builds 40 a month."), "a month|SET|P1M");
  EXPECT_EQ(all("The scheme costs $2 billion a year."), "a year|SET|P1Y");
  EXPECT_EQ(one("The talks lasted a month."), "a month|DURATION|P1M");
}

// Bare plural units: "decades" anywhere, other units after "in just" / "for only".
TEST(DatesNewsRules, BarePluralUnits) {
  EXPECT_EQ(one("The rivalry had been decades in the making."), "decades|DURATION|PXY");
  EXPECT_EQ(one("Their family had farmed the valley for centuries."), "centuries|DURATION|PXY");
  EXPECT_EQ(one("The index lost 300 points in just minutes."), "minutes|DURATION|PTXM");
  // No preposition before "just": no bare length; "minutes ago" is a point back of no stated size, PAST_REF
  // (round 17).
  EXPECT_EQ(all("He just minutes ago arrived."), "minutes ago|DATE|PAST_REF");
}

// A range of counts sharing one unit: the first count is a length of its own.
TEST(DatesNewsRules, CountRangeSharesTheUnit) {
  EXPECT_EQ(all("The review will take between 30 and 45 days."), "30|DURATION|P30D; 45 days|DURATION|P45D");
  EXPECT_EQ(all("Repairs need two or three weeks."), "two|DURATION|P2W; three weeks|DURATION|P3W");
  EXPECT_EQ(all("Prices rose between 3 and 4 percent."), "");
  EXPECT_EQ(all("The team won 3 and 5 days later lost."), "5 days later|DATE|2025-10-01");  // "and" needs "between"
}

// "within <length> of <event>" counts from the event, not from the document's date.
TEST(DatesNewsRules, WithinLengthOfAnEvent) {
  EXPECT_EQ(one("The recall came within two weeks of the launch."), "two weeks|DURATION|P2W");
  // TimeML: "within" bounds a length, a DURATION; "in" moves to a point.
  EXPECT_EQ(one("The plant will reopen within two weeks."), "two weeks|DURATION|P2W");
  EXPECT_EQ(one("Within a month, the queue had gone."), "a month|DURATION|P1M");
  EXPECT_EQ(one("The plant will reopen in two weeks."), "two weeks|DATE|2025-10-10");
}

// A clock time followed by its day takes that day.
TEST(DatesNewsRules, ClockTimeTakesTheDayWrittenAfterIt) {
  EXPECT_EQ(all("Polls closed at 18:30 UTC, September 22, officials said."),
            "18:30 UTC|TIME|2025-09-22T18:30Z; September 22|DATE|2025-09-22");
}

// "<Month> of next year": the month's year follows the named year; "next year" stays its own (MEANTIME).
// "<Month> last year" is one expression: TimeML annotates no second one.
TEST(DatesNewsRules, MonthOfARelativeYear) {
  EXPECT_EQ(all("Leases expire after March of next year."), "March|DATE|2026-03; next year|DATE|2026");
  EXPECT_EQ(all("Sales peaked in June last year."), "June last year|DATE|2024-06");
  EXPECT_EQ(all("The treaty takes effect in April next year."), "April next year|DATE|2026-04");
}

// Market reports: "in morning trading" is the part of the day of the day reported.
TEST(DatesNewsRules, PartOfDayOfATradingSession) {
  EXPECT_EQ(all("Shares jumped on Tuesday, and in morning trading they hit a record."),
            "Tuesday|DATE|2025-09-23; morning|TIME|2025-09-23TMO");
  EXPECT_EQ(all("The morning paper ran the story."), "");
}

// A year after an event's name is its edition; after a product's name it is a model number.
TEST(DatesNewsRules, EventEditionYear) {
  EXPECT_EQ(one("The phone was shown at CES 2024 in Las Vegas."), "2024|DATE|2024");
  EXPECT_EQ(one("Delegates met at the Climate Summit 2023 in Dubai."), "2023|DATE|2023");
  EXPECT_EQ(all("The company still supports Windows 2000."), "");
}

// "the same month a year ago": the month just reported, one year back.
TEST(DatesNewsRules, SamePeriodAYearBefore) {
  EXPECT_EQ(all("Sales rose 12% in August compared with the same month a year ago."),
            "August|DATE|2025-08; the same month a year ago|DATE|2024-08");
  EXPECT_EQ(all("Profit in the second quarter beat the same period last year."),
            "the second quarter|DATE|2025-Q2; the same period last year|DATE|2024-Q2");
  EXPECT_EQ(all("The two meetings took place at the same time."), "");
}

// A narrating "later" is FUTURE_REF; a comparison, an adjective or a clause-final aside is not.
TEST(DatesNewsRules, FreeStandingLater) {
  EXPECT_EQ(one("Shares fell sharply but later recovered."), "later|DATE|FUTURE_REF");
  EXPECT_EQ(one("The airline will decide at a later date."), "a later date|DATE|FUTURE_REF");
  EXPECT_EQ(all("I will tell them later."), "");
  EXPECT_EQ(all("The parts arrive for later assembly."), "");
  EXPECT_EQ(all("The plan arrived later than promised."), "");
}

// "N units later", "the following day": counted from the date the story last named (TimeML's
// reference time), not from the document's date; deictic words keep the document's date.
TEST(DatesNarrative, LaterCountsFromTheNarrativeDate) {
  EXPECT_EQ(all("The mill burned down on March 3, 2019. Four days later, the owners filed a claim."),
            "March 3, 2019|DATE|2019-03-03; Four days later|DATE|2019-03-07");
  EXPECT_EQ(all("The band formed in 1996. Two years later it signed a record deal."),
            "1996|DATE|1996; Two years later|DATE|1998");
  EXPECT_EQ(all("The ferry will resume on October 14. A week later the new timetable starts."),
            "October 14|DATE|2025-10-14; A week later|DATE|2025-10-21");
  // The reference must be as fine as the unit: a year gives no day to count from.
  EXPECT_EQ(all("The band formed in 1996. Two days later it played."), "1996|DATE|1996; Two days later|DATE|2025-09-28");
  // With no date named, the document's date.
  EXPECT_EQ(one("A day later the strike ended."), "A day later|DATE|2025-09-27");
}

TEST(DatesNarrative, FollowingAndNextDay) {
  EXPECT_EQ(all("The bridge closed on Monday. The next day, traffic jammed the ring road."),
            "Monday|DATE|2025-09-22; The next day|DATE|2025-09-23");
  EXPECT_EQ(all("The council met in May 2021 and voted the following month."),
            "May 2021|DATE|2021-05; the following month|DATE|2021-06");
  EXPECT_EQ(all("The museum opened in 2004; the following year it doubled its visitors."),
            "2004|DATE|2004; the following year|DATE|2005");
  // Deictic expressions stay on the document's date even after a past date.
  EXPECT_EQ(all("The firm was founded in 1988. Next week it lists its shares, and yesterday it set the price."),
            "1988|DATE|1988; Next week|DATE|2025-W40; yesterday|DATE|2025-09-25");
  EXPECT_EQ(all("The firm was founded in 1988. It expects a loss next year."), "1988|DATE|1988; next year|DATE|2026");
}

// Backward comparisons ("from a year earlier", "the previous year") count from the period reported
// and do not move the reference, so a second comparison gives the same year.
TEST(DatesNarrative, ComparisonsDoNotMoveTheReference) {
  EXPECT_EQ(all("Exports fell in 2022, down 4% from the previous year and below the level a year earlier."),
            "2022|DATE|2022; the previous year|DATE|2021; a year earlier|DATE|2021");
}

// "on March 5, two days later than planned": the length restates the date before it.
TEST(DatesNarrative, LaterThanPlannedRestatesTheDate) {
  EXPECT_EQ(all("The probe lands on December 2, six days later than originally scheduled, NASA said."),
            "December 2|DATE|2025-12-02; six days later than originally scheduled|DATE|2025-12-02");
  // Without the date right before it, it counts from the narrative's date as any "later" does.
  EXPECT_EQ(all("The probe launched on December 2, 2024. It landed six days later than scheduled."),
            "December 2, 2024|DATE|2024-12-02; six days later|DATE|2024-12-08");
}

// "2009-2011": both years are DATEs, as "from 2009 to 2011" gives.
TEST(DatesNewsRules, HyphenatedYearRange) {
  EXPECT_EQ(all("The 2017-2019 drought emptied the reservoirs."), "2017|DATE|2017; 2019|DATE|2019");
  EXPECT_EQ(all("She chaired the board 2001–2005."), "2001|DATE|2001; 2005|DATE|2005");
  EXPECT_EQ(all("The tally was 2012-1400 at noon."), "noon|TIME|2025-09-26T12:00");
}

// A day that names an attack ("the September 11 attacks") is still a date: TimeML annotates it (MEANTIME
// does not; where they disagree we follow TimeML).
TEST(DatesNewsRules, DayNamingAnAttack) {
  EXPECT_EQ(all("Security tightened after the November 13 attacks in the capital."), "November 13|DATE|2025-11-13");
  EXPECT_EQ(all("It was the worst loss since the July 7, 2005, bombings."), "July 7, 2005|DATE|2005-07-07");
  EXPECT_EQ(all("The March 3 meeting was tense."), "March 3|DATE|2025-03-03");
}

// "for a third straight day", "its fifth week in a row": the latest member of a streak is the period
// reported on; a rank ("came second") or a plain ordinal day ("the fifth day of the trial") is not.
TEST(DatesNewsRules, StreakOfPeriods) {
  EXPECT_EQ(one("Bond yields climbed for a third consecutive day."), "a third consecutive day|DATE|2025-09-26");
  EXPECT_EQ(one("The index gained for its sixth week in a row."), "sixth week|DATE|2025-W39");
  EXPECT_EQ(one("Retail sales slid for the 4th straight month."), "the 4th straight month|DATE|2025-09");
  EXPECT_EQ(all("Prices rose on Monday, the second straight day of gains."),
            "Monday|DATE|2025-09-22; the second straight day|DATE|2025-09-22");
  EXPECT_EQ(all("The runner finished second in the race."), "");
  EXPECT_EQ(all("Witnesses spoke on the fifth day of the trial."), "");
}

// "since <month>": the latest such month up to the document's, whatever the tense, even a month a little ahead
// of the document's (before, "since November" on 2025-09-26 was 2025-11, a start in the future).
TEST(DatesTense, SinceAMonthLooksBack) {
  EXPECT_EQ(one("Prices have risen since November."), "November|DATE|2024-11");
  EXPECT_EQ(one("Shares have doubled since March."), "March|DATE|2025-03");
  EXPECT_EQ(one("Rents are up since September."), "September|DATE|2025-09");
  // Without "since" a month near the document's stays in its year.
  EXPECT_EQ(one("The plant said it would close in November."), "November|DATE|2025-11");
}

// "since" before a day or a position in a month: the latest such date up to the document's, whatever the tense
// (before, "since November 3" on 2025-09-26 was 2025-11-03, a start in the future; the month alone was fixed
// first, SinceAMonthLooksBack).
TEST(DatesTense, SinceADayOrPositionLooksBack) {
  EXPECT_EQ(one("Prices have risen since November 3."), "November 3|DATE|2024-11-03");
  EXPECT_EQ(one("Prices have risen since Nov. 3."), "Nov. 3|DATE|2024-11-03");
  EXPECT_EQ(one("Output has slowed since Sept. 29."), "Sept. 29|DATE|2024-09-29");
  EXPECT_EQ(one("Output has slowed since Sept. 12."), "Sept. 12|DATE|2025-09-12");
  EXPECT_EQ(one("Since November 3, prices have risen."), "November 3|DATE|2024-11-03");
  EXPECT_EQ(one("The firm has grown since 11/3."), "11/3|DATE|2024-11-03");
  EXPECT_EQ(one("The index has climbed since early November."), "early November|DATE|2024-11|START");
  EXPECT_EQ(one("The index has climbed since mid-October."), "mid-October|DATE|2024-10|MID");
  EXPECT_EQ(one("Talks have stalled since the end of November."), "the end of November|DATE|2024-11|END");
  EXPECT_EQ(one("Talks have stalled since the beginning of September."), "the beginning of September|DATE|2025-09|START");
  // Without "since" a day near the document's stays in its year.
  EXPECT_EQ(one("The vote is set for November 3."), "November 3|DATE|2025-11-03");
}

// "the spring of last year": one DATE, as "the third quarter of last year" is, with the year's shift applied
// (before, "spring" was this year's spring and "last year" a second DATE).
TEST(DatesNewsRules, SeasonOfAShiftedYear) {
  EXPECT_EQ(one("Work began in the spring of last year."), "spring of last year|DATE|2024-SP");
  EXPECT_EQ(one("The bridge opens in the summer of next year."), "summer of next year|DATE|2026-SU");
  EXPECT_EQ(one("It happened in the spring of 2019."), "spring of 2019|DATE|2019-SP");
}

// "late in the day": the day the story reports, with the position as mod.
TEST(DatesNewsRules, LateInTheDay) {
  EXPECT_EQ(all("Oil slipped on Wednesday but recovered late in the day."),
            "Wednesday|DATE|2025-09-24; late in the day|DATE|2025-09-24|END");
  EXPECT_EQ(one("Early in the day the square was empty."), "Early in the day|DATE|2025-09-26|START");
  EXPECT_EQ(all("She was late in the queue."), "");
}

// "the year before", "the day after" standing alone count from the narrative's date; before an event
// ("the day before the vote") they are left out.
TEST(DatesNarrative, UnitBeforeOrAfter) {
  EXPECT_EQ(all("The chain sold 4 million bikes in 2015, twice as many as the year before."),
            "2015|DATE|2015; the year before|DATE|2014");
  EXPECT_EQ(all("The dam gave way on June 9, 2013; engineers had warned of cracks the day before."),
            "June 9, 2013|DATE|2013-06-09; the day before|DATE|2013-06-08");
  EXPECT_EQ(all("The day before the vote, turnout forecasts were low."), "");
}

// The governing verb's tense picks the weekday: a passive after "will be" / "are" is not a past tense,
// an -ed adjective after a determiner is no verb, a clause after the date lends it none, "due on" is
// a deadline. The anchor, 2025-09-26, is a Friday.
TEST(DatesTense, WeekdayFollowsTheGoverningVerb) {
  EXPECT_EQ(one("The museum will be reopened on Tuesday."), "Tuesday|DATE|2025-09-30");
  EXPECT_EQ(one("Grades are posted on Monday."), "Monday|DATE|2025-09-29");
  EXPECT_EQ(one("The ferry will sail from Thursday while its dented hull is repaired."), "Thursday|DATE|2025-10-02");
  EXPECT_EQ(one("The rent is due on Wednesday."), "Wednesday|DATE|2025-10-01");
  EXPECT_EQ(one("The rent was due on Wednesday."), "Wednesday|DATE|2025-09-24");
  EXPECT_EQ(one("The choir is going to sing on Sunday."), "Sunday|DATE|2025-09-28");
  EXPECT_EQ(one("The committee met on Tuesday."), "Tuesday|DATE|2025-09-23");
  EXPECT_EQ(one("The final round on Saturday is a sprint."), "Saturday|DATE|2025-09-27");
  // A present tense does not move a day named after "since", as a noun's modifier, or told by a verb before it.
  EXPECT_EQ(one("Shares are down 3% since Monday."), "Monday|DATE|2025-09-22");
  EXPECT_EQ(one("Monday's crash is the talk of the town."), "Monday|DATE|2025-09-22");
  EXPECT_EQ(one("The talks that began on Monday are stalled."), "Monday|DATE|2025-09-22");
  EXPECT_EQ(all("The fair opens at noon on Sunday, September 28."), "noon on Sunday, September 28|TIME|2025-09-28T12:00");
}

// A month named with a future verb, passive or not, lies ahead.
TEST(DatesTense, MonthInAFutureSentence) {
  EXPECT_EQ(one("The inquiry will be held in February.", "2025-11-10"), "February|DATE|2026-02");
  EXPECT_EQ(one("The inquiry was held in February.", "2025-11-10"), "February|DATE|2025-02");
}

// A bare clock time takes the day named earlier in its paragraph, else the document's day.
TEST(DatesNewsRules, ClockTimeDayFromItsParagraph) {
  EXPECT_EQ(all("The council voted on Tuesday. The session ended at 9 p.m."),
            "Tuesday|DATE|2025-09-23; 9 p.m.|TIME|2025-09-23T21:00");
  EXPECT_EQ(all("The council voted on Tuesday.\n\nThe library opens at 9 a.m. as usual."),
            "Tuesday|DATE|2025-09-23; 9 a.m.|TIME|2025-09-26T09:00");
  EXPECT_EQ(one("The ferry left at 6.45am."), "6.45am|TIME|2025-09-26T06:45");
  EXPECT_EQ(all("Shares rose 6.45 percent."), "");
}

// "over" is "more than" after a preposition, "be" or a verb of lasting, "across" elsewhere.
TEST(DatesNewsRules, OverAsAcrossOrMoreThan) {
  EXPECT_EQ(one("The agency will hire 500 inspectors over four years."), "four years|DURATION|P4Y");
  EXPECT_EQ(one("The cost is spread over three years."), "three years|DURATION|P3Y");
  EXPECT_EQ(one("The strike lasted over three weeks."), "three weeks|DURATION|P3W|MORE_THAN");
  EXPECT_EQ(one("She has coached for over ten years."), "ten years|DURATION|P10Y|MORE_THAN");
  // Told on a Wednesday in the past tense, the weekend is the one just gone (ISO week 39).
  EXPECT_EQ(one("Thieves broke in over the weekend.", "2025-10-01"), "the weekend|DATE|2025-W39-WE");
  EXPECT_EQ(one("The shop will open over the weekend.", "2025-10-01"), "the weekend|DATE|2025-W40-WE");
}

// Two units joined are one length; the ends of a month range share a year.
TEST(DatesNewsRules, CompoundLengthsAndMonthRanges) {
  EXPECT_EQ(one("The marathon took three hours and 12 minutes."), "three hours and 12 minutes|DURATION|PT3H12M");
  EXPECT_EQ(one("He served four years and two months."), "four years and two months|DURATION|P4Y2M");
  EXPECT_EQ(all("The rains fall from July to September."), "July|DATE|2025-07; September|DATE|2025-09");
  EXPECT_EQ(all("The season runs from October to February."), "October|DATE|2025-10; February|DATE|2026-02");
  EXPECT_EQ(one("The lights came back about 25 minutes later."), "25 minutes later|DURATION|PT25M|APPROX");
}

// Recurring parts of the day, weekdays and seasons; a fixed holiday; the coming year.
TEST(DatesNewsRules, SetsAndHolidays) {
  EXPECT_EQ(all("The bakery opens every morning but closes on Sundays."),
            "every morning|SET|XXXX-XX-XXTMO; Sundays|SET|XXXX-WXX-7");
  EXPECT_EQ(one("Volunteers meet every Tuesday evening."), "every Tuesday evening|SET|XXXX-WXX-2TEV");
  EXPECT_EQ(one("The shelter fills up each winter."), "each winter|SET|XXXX-WI");
  EXPECT_EQ(one("Stalls will stay open until Christmas."), "Christmas|DATE|2025-12-25");
  EXPECT_EQ(all("Christmas lights went up."), "");
  EXPECT_EQ(one("The plan goes to cabinet early in the new year.", "2025-11-10"),
            "early in the new year|DATE|2026|START");
}

// Idioms and names that hold a unit but no time.
TEST(DatesNewsRules, UnitsThatAreNoTime) {
  EXPECT_EQ(all("The deal was saved at the last minute."), "");
  EXPECT_EQ(all("Nobody expected a week like this."), "");
  EXPECT_EQ(all("The day we opened, it rained."), "");
  EXPECT_EQ(all("The 30-year bond yield fell."), "");
  EXPECT_EQ(one("The town has a 30-year plan."), "30-year|DURATION|P30Y");
}

// TimeML conventions learned from the TempEval-3 newswire (timeml-aquaint), each in a sentence of our own.
// A year in a list after a comma is a year: the comma is not a mark written against the number ("$2000").
TEST(DatesTimeMLConventions, YearsInAList) {
  EXPECT_EQ(all("The festival was held in 2011, 2013 and 2016.", "2020-05-01"),
            "2011|DATE|2011; 2013|DATE|2013; 2016|DATE|2016");
  EXPECT_EQ(all("The ticket cost $2000 and the room #1995."), "");
}

// A half written as a fraction after a whole number is part of the length, not a month and day; half an hour
// or a minute is exact in the next smaller unit.
TEST(DatesTimeMLConventions, HalvesOfClockUnits) {
  EXPECT_EQ(one("The ferry crossing took 3 1/2 hours."), "3 1/2 hours|DURATION|PT3H30M");
  EXPECT_EQ(one("The speech lasted 1.5 hours."), "1.5 hours|DURATION|PT1H30M");
  EXPECT_EQ(one("Her solo ran two and a half minutes."), "two and a half minutes|DURATION|PT2M30S");
  EXPECT_EQ(one("The dig lasted 4 1/2 years."), "4 1/2 years|DURATION|P4.5Y");
}

// A decade of someone's life is an age, which TimeML does not annotate; a decade of history stays one.
TEST(DatesTimeMLConventions, DecadesOfALifeAreAges) {
  EXPECT_EQ(all("The painter took up sculpture in his 50s."), "");
  EXPECT_EQ(all("Both sisters were in their late 20s."), "");
  EXPECT_EQ(all("She trained as a pilot in her mid-30s."), "");
  EXPECT_EQ(one("The band was famous in the 70s."), "70s|DATE|197");
}

// A day number joined by "and" / "or" to the day just named is a second DATE of the same month; a count is not.
TEST(DatesTimeMLConventions, DaysJoinedToTheDayNamed) {
  EXPECT_EQ(all("The fair opens on July 12 and 13 in the park.", "2025-05-02"),
            "July 12|DATE|2025-07-12; 13|DATE|2025-07-13");
  EXPECT_EQ(all("Ballots are counted on November 8 or 9.", "2025-05-02"),
            "November 8|DATE|2025-11-08; 9|DATE|2025-11-09");
  EXPECT_EQ(all("The storm hit on October 2 and 40 homes flooded.", "2025-11-02"), "October 2|DATE|2025-10-02");
  // A quantity word after the number counts too: "12 percent" is no day.
  EXPECT_EQ(all("Turnout rose on May 6 and 12 percent more voted by mail.", "2025-05-02"), "May 6|DATE|2025-05-06");
}

// A number before a word the lexicon does not hold is tried for a joined day alone (Grammar::p_number): the
// readings that word leaves open stay, a four-digit year, a year after an apostrophe, "p.m." and a joined day
// before a capitalized word; a count stays none.
TEST(DatesTimeMLConventions, NumberBeforeAnUnknownWord) {
  EXPECT_EQ(all("Officials counted 45 ballots and 1,200 envelopes.", "2025-05-02"), "");
  EXPECT_EQ(all("Turnout reached 64% and 2,015 of them voted by 2,016 votes.", "2025-05-02"), "");
  // A number word before such a word is passed with it by the scan (a lead word); before a unit it counts.
  EXPECT_EQ(all("Two officials and several voters left; three weeks later many ballots arrived.", "2025-05-02"),
            "three weeks later|DATE|2025-05-23");
  EXPECT_EQ(all("Ballots from 2019, 2020 and 2021 were recounted.", "2025-05-02"),
            "2019|DATE|2019; 2020|DATE|2020; 2021|DATE|2021");
  EXPECT_EQ(all("The 2019 ballots were recounted.", "2025-05-02"), "2019|DATE|2019");
  EXPECT_EQ(all("The class of '09 graduates met.", "2025-05-02"), "'09|DATE|2009");
  EXPECT_EQ(all("The polls close at 8 p.m. sharp.", "2025-05-02"), "8 p.m.|TIME|2025-05-02T20:00");
  EXPECT_EQ(all("The fair opens on July 12 and 13 Pinewood residents attend.", "2025-05-02"),
            "July 12|DATE|2025-07-12; 13|DATE|2025-07-13");
}

// "the week of <day>" is the ISO week that holds the day.
TEST(DatesTimeMLConventions, TheWeekOfADay) {
  EXPECT_EQ(one("The trial resumes the week of June 9, 2025."), "the week of June 9, 2025|DATE|2025-W24");
  EXPECT_EQ(one("Ballots go out the week of 3 November 2025."), "the week of 3 November 2025|DATE|2025-W45");
  EXPECT_EQ(one("Crews return the week of Nov. 10.", "2025-10-20"), "the week of Nov. 10|DATE|2025-W46");
}

// An adjective of length is one TIMEX3 with its suffix, as "two-day" is; "a day" before it is not a length.
TEST(DatesTimeMLConventions, AdjectivesOfLength) {
  EXPECT_EQ(one("The board ended a day-long strike."), "day-long|DURATION|P1D");
  EXPECT_EQ(one("Their week-long tour starts soon."), "week-long|DURATION|P1W");
  EXPECT_EQ(one("It settled a decades-long quarrel over water."), "decades-long|DURATION|PXY");
  EXPECT_EQ(one("The index had its worst single-day fall."), "single-day|DURATION|P1D");
  EXPECT_EQ(one("The crossing takes a day - long for a ferry."), "a day|DURATION|P1D");
  EXPECT_EQ(all("The ultra-long range jet flew."), "");
}

// "the last week of March": the ISO week of the month's last Thursday (a week belongs to the month holding
// its Thursday), not "the last week" before the document's date and a month.
TEST(DatesTimeMLConventions, LastWeekOfAMonth) {
  EXPECT_EQ(one("Orders picked up in the last week of March.", "2025-04-20"), "the last week of March|DATE|2025-W13");
  EXPECT_EQ(one("Stock ran low in the last week of February 2024."), "the last week of February 2024|DATE|2024-W09");
  // August 2025 ends on a Sunday: its last Thursday is the 28th, in ISO week 35.
  EXPECT_EQ(one("Traffic peaks in the last week of August, 2025."), "the last week of August, 2025|DATE|2025-W35");
}

// A weekday and the date written after it are one TIMEX3, and a clock time before them makes it one TIME;
// the date's value wins when the weekday disagrees with it.
TEST(DatesTimeMLConventions, WeekdayAndItsDateAreOneExpression) {
  EXPECT_EQ(all("The fair opens at noon on Saturday, August 29.", "2026-08-01"),
            "noon on Saturday, August 29|TIME|2026-08-29T12:00");
  EXPECT_EQ(all("Gates close at 3 p.m. on Friday, August 28.", "2026-08-01"),
            "3 p.m. on Friday, August 28|TIME|2026-08-28T15:00");
  EXPECT_EQ(all("The vote is on Tuesday, March 3, 2026.", "2026-08-01"), "Tuesday, March 3, 2026|DATE|2026-03-03");
  EXPECT_EQ(all("The count ends on Friday 12 June.", "2026-08-01"), "Friday 12 June|DATE|2026-06-12");
  // August 29, 2026 is a Saturday: the date is kept.
  EXPECT_EQ(all("The fair opens at noon on Friday, August 29.", "2026-08-01"),
            "noon on Friday, August 29|TIME|2026-08-29T12:00");
  EXPECT_EQ(all("The fair opens on Friday, August 29.", "2026-08-01"), "Friday, August 29|DATE|2026-08-29");
}

// "the last Saturday of August": that day of the month, one DATE, not "the last Saturday" before the
// document's date and a month; "the first week of March" is the ISO week of the month's first Thursday.
TEST(DatesTimeMLConventions, NthWeekdayOfAMonth) {
  EXPECT_EQ(all("It is held on the last Saturday of August.", "2026-08-01"), "the last Saturday of August|DATE|2026-08-29");
  EXPECT_EQ(all("The race is on the second Sunday of October 2027.", "2026-08-01"),
            "the second Sunday of October 2027|DATE|2027-10-10");
  EXPECT_EQ(all("Dinner is on the fourth Thursday of November.", "2026-08-01"),
            "the fourth Thursday of November|DATE|2026-11-26");
  EXPECT_EQ(all("Dues were paid on the final Friday of May.", "2026-08-01"), "the final Friday of May|DATE|2026-05-29");
  EXPECT_EQ(all("Crews start in the first week of September.", "2026-08-01"),
            "the first week of September|DATE|2026-W36");
}

// Numeric ordinals, no "the", and the second and third weeks: the same day or ISO week as the spelled rules.
TEST(DatesTimeMLConventions, NthWeekdayOfAMonthVariants) {
  // May 2027 begins on a Saturday: its second Sunday is the 9th.
  EXPECT_EQ(all("The fete is on the 2nd Sunday of May 2027.", "2026-08-01"), "the 2nd Sunday of May 2027|DATE|2027-05-09");
  EXPECT_EQ(all("Lessons resume on the 1st Tuesday of September.", "2026-08-01"),
            "the 1st Tuesday of September|DATE|2026-09-01");
  EXPECT_EQ(all("Auditors arrive last Saturday of August.", "2026-08-01"), "last Saturday of August|DATE|2026-08-29");
  EXPECT_EQ(all("Auditors arrive first Monday of June.", "2026-08-01"), "first Monday of June|DATE|2026-06-01");
  EXPECT_EQ(all("Auditors arrive 3rd Friday of October 2027.", "2026-08-01"), "3rd Friday of October 2027|DATE|2027-10-15");
  // "final" is "last": May 2026 ends on a Sunday, so its final Friday is the 29th.
  EXPECT_EQ(all("Auditors arrived final Friday of May.", "2026-08-01"), "final Friday of May|DATE|2026-05-29");
  EXPECT_EQ(all("Auditors arrived on the final Friday of May.", "2026-08-01"), "the final Friday of May|DATE|2026-05-29");
  // "last Saturday" alone keeps its deictic reading: the Saturday before the document's Saturday.
  EXPECT_EQ(all("Auditors arrived last Saturday of all days.", "2026-08-01"), "last Saturday|DATE|2026-07-25");
  EXPECT_EQ(all("Auditors arrived last Saturday.", "2026-08-01"), "last Saturday|DATE|2026-07-25");
  // March 2026's first Thursday is the 5th (week 10): its second week is W11, its third W12.
  EXPECT_EQ(all("Bids close in the second week of March.", "2026-08-01"), "the second week of March|DATE|2026-W11");
  EXPECT_EQ(all("Bids close in the third week of March 2026.", "2026-08-01"), "the third week of March 2026|DATE|2026-W12");
  EXPECT_EQ(all("Bids close in the 3rd week of March.", "2026-08-01"), "the 3rd week of March|DATE|2026-W12");
}

// "the first Monday of next month": a day of the document's month moved by the shift word, the year following.
TEST(DatesTimeMLConventions, NthWeekdayOfARelativeMonth) {
  EXPECT_EQ(all("Voting opens on the first Monday of next month.", "2026-08-12"),
            "the first Monday of next month|DATE|2026-09-07");
  EXPECT_EQ(all("Rent is due on the last Friday of this month.", "2026-08-12"),
            "the last Friday of this month|DATE|2026-08-28");
  // December's next month is January of the next year.
  EXPECT_EQ(all("Voting opens on the first Monday of next month.", "2026-12-10"),
            "the first Monday of next month|DATE|2027-01-04");
  EXPECT_EQ(all("Rent was due the second Tuesday of last month.", "2026-08-12"),
            "the second Tuesday of last month|DATE|2026-07-14");
  EXPECT_EQ(all("Rent is due last Friday of this month.", "2026-08-12"), "last Friday of this month|DATE|2026-08-28");
  // September 2026 ends on a Wednesday: its final Friday is the 25th.
  EXPECT_EQ(all("Rent is due on the final Friday of next month.", "2026-08-12"),
            "the final Friday of next month|DATE|2026-09-25");
  // September 2026's first Thursday is the 3rd, in ISO week 36.
  EXPECT_EQ(all("Crews start in the first week of next month.", "2026-08-12"),
            "the first week of next month|DATE|2026-W36");
  // A fifth Monday September 2026 lacks is no date of that month.
  EXPECT_EQ(all("Voting opens on the fifth Monday of next month.", "2026-08-12").find("2026-10"), std::string::npos);
}

// A part of the day the story is at: a TIME on the narrative's day, not the document's.
TEST(DatesTimeMLConventions, PartsOfTheNarrativesDay) {
  EXPECT_EQ(all("The ferry sank on June 3. The next morning, divers came.", "2025-06-20"),
            "June 3|DATE|2025-06-03; The next morning|TIME|2025-06-04TMO");
  EXPECT_EQ(all("The ferry sank on June 3. That night, divers came.", "2025-06-20"),
            "June 3|DATE|2025-06-03; That night|TIME|2025-06-03TNI");
  EXPECT_EQ(all("The ferry sank on June 3. Later that evening, divers came.", "2025-06-20"),
            "June 3|DATE|2025-06-03; Later that evening|TIME|2025-06-03TEV");
  EXPECT_EQ(all("The ferry sank on June 3. The previous afternoon, a storm hit.", "2025-06-20"),
            "June 3|DATE|2025-06-03; The previous afternoon|TIME|2025-06-02TAF");
}

// Someone's future is the time ahead (FUTURE_REF), as "the future" is; "a future" and a future tense are not.
TEST(DatesTimeMLConventions, SomeonesFuture) {
  EXPECT_EQ(one("The vote will decide the harbour's future."), "future|DATE|FUTURE_REF");
  EXPECT_EQ(one("The vote will decide the harbour\u2019s future."), "future|DATE|FUTURE_REF");
  EXPECT_EQ(one("Both players worry about their future."), "future|DATE|FUTURE_REF");
  EXPECT_EQ(one("The mill has secured its future."), "future|DATE|FUTURE_REF");
  EXPECT_EQ(all("Campaigners imagine a future without coal."), "");
  EXPECT_EQ(all("Futures traders sold the crop."), "");
}

// After a superlative, "in N units" is the span looked back over (DURATION), whatever the tense; without one, a
// present or future "in N units" is a point ahead.
TEST(DatesTimeMLConventions, SuperlativeOverALength) {
  EXPECT_EQ(one("The lake is at its lowest level in nine years."), "nine years|DURATION|P9Y");
  EXPECT_EQ(one("Unemployment is the highest in 14 years."), "14 years|DURATION|P14Y");
  EXPECT_EQ(one("Rainfall is the lowest in a decade."), "a decade|DURATION|P10Y");
  EXPECT_EQ(one("The crowd was the biggest seen in two decades."), "two decades|DURATION|P20Y");
  // "first" is no superlative here: "the first debate in 10 days" lies ahead.
  EXPECT_EQ(one("Both sides prepare for the first debate in 10 days."), "10 days|DATE|2025-10-06");
  EXPECT_EQ(one("The ferry will be replaced in nine years."), "nine years|DATE|2034");
  EXPECT_EQ(one("The pier reopens in a decade."), "a decade|DATE|203");
}

// A perfect looks back: an irregular participle ("has grown") is a past cue, as an -ed one is, so "in N units"
// after it is a length, not a point ahead; a weekday after it is the one before. After "be" it is passive.
TEST(DatesTimeMLConventions, PerfectWithAnIrregularParticiple) {
  EXPECT_EQ(one("The village has grown by a third in 15 years."), "15 years|DURATION|P15Y");
  EXPECT_EQ(one("Fares have risen sharply in two years."), "two years|DURATION|P2Y");
  EXPECT_EQ(one("The bakery has shrunk its menu in a year."), "a year|DURATION|P1Y");
  EXPECT_EQ(one("The prize will be given in a year."), "a year|DATE|2026");
  EXPECT_EQ(one("The bakery has a plan to close in a year."), "a year|DATE|2026");
  EXPECT_EQ(one("The council has begun repairs in two weeks.", "2025-09-26"), "two weeks|DURATION|P2W");
  // A relative clause opened after the past verb ("which", "who") has its own: no cue there, a point ahead; a
  // "when" clause shares the main clause's tense.
  EXPECT_EQ(one("The mayor has written to the council, which meets in two weeks."), "two weeks|DATE|2025-10-10");
  EXPECT_EQ(one("She signed the lease, which takes effect in two weeks."), "two weeks|DATE|2025-10-10");
  EXPECT_EQ(one("More rain is expected when the fair opens Tuesday.", "2025-09-29"), "Tuesday|DATE|2025-09-30");
  // The nearest cue wins: "has met" after "will" points back.
  EXPECT_EQ(one("The board will confirm that it has met on Wednesday.", "2025-09-26"), "Wednesday|DATE|2025-09-24");
  EXPECT_EQ(one("The board will confirm that it meets on Wednesday.", "2025-09-26"), "Wednesday|DATE|2025-10-01");
}

// A century by its ordinal is TIMEX3's two leading digits ("the 19th century" is 18), with a position as mod.
TEST(DatesTimeMLConventions, CenturiesByTheirOrdinal) {
  EXPECT_EQ(one("The mill was built in the 19th century."), "19th century|DATE|18");
  EXPECT_EQ(one("They restored an 18th-century barn."), "18th-century|DATE|17");
  EXPECT_EQ(one("The abbey was founded in the second century."), "second century|DATE|01");
  EXPECT_EQ(one("Rail reached the valley in the late 19th century."), "late 19th century|DATE|18|END");
  EXPECT_EQ(one("The canal opened in the mid-18th century."), "mid-18th century|DATE|17|MID");
  EXPECT_EQ(one("The port grew in the early nineteenth century."), "early nineteenth century|DATE|18|START");
  EXPECT_EQ(one("By the end of the 20th century the pits had shut."), "the end of the 20th century|DATE|19|END");
  EXPECT_EQ(one("Both towers date from the 12th and 13th centuries."), "13th centuries|DATE|12");
  // A day of a month and a rank are no centuries.
  EXPECT_EQ(one("The fete is on the 21st of June.", "2025-05-02"), "21st of June|DATE|2025-06-21");
  EXPECT_EQ(all("She finished 19th in the sprint."), "");
}

// A quarter or half by a numeric ordinal, as by a word ("the 3rd quarter", "the third quarter").
TEST(DatesTimeMLConventions, QuartersByANumericOrdinal) {
  EXPECT_EQ(one("Margins widened in the 3rd quarter of 2024."), "3rd quarter of 2024|DATE|2024-Q3");
  EXPECT_EQ(one("Orders slowed in the 2nd half of last year."), "2nd half of last year|DATE|2024-H2");
  EXPECT_EQ(one("Its 4th-quarter profit fell.", "2026-02-10"), "4th-quarter|DATE|2025-Q4");
}

// Election Day in the United States: the Tuesday after the first Monday of November.
TEST(DatesTimeMLConventions, ElectionDay) {
  EXPECT_EQ(one("Polls will open at dawn on Election Day.", "2026-06-01"), "Election Day|DATE|2026-11-03");
  EXPECT_EQ(one("The count began after Election Day.", "2025-12-01"), "Election Day|DATE|2025-11-04");
  EXPECT_EQ(all("Each election day is a holiday here."), "");
}

// "most recent(ly)" orders a series (the latest one); it refers to no time of its own.
TEST(DatesTimeMLConventions, MostRecentIsAnOrder) {
  EXPECT_EQ(all("Her most recent novel sold poorly."), "");
  EXPECT_EQ(all("The bridge was most recently repainted."), "");
  EXPECT_EQ(one("The bridge was recently repainted."), "recently|DATE|PAST_REF");
}

// A range whose year is written once, after its second day: a first day in a later month is in the year
// before, and the second day is checked against its own year (29 February 2024 exists, 2023's does not).
TEST(DatesCalendar, RangeAcrossNewYear) {
  EXPECT_EQ(one("The festival runs December 30 - February 29, 2024 in town."),
            "December 30 - February 29, 2024|DATE|2023-12-30/2024-02-29");
  EXPECT_EQ(one("The festival runs 30 December - 2 January 2027 in town."),
            "30 December - 2 January 2027|DATE|2026-12-30/2027-01-02");
  EXPECT_EQ(one("The festival runs March 3 - May 5, 2024 in town."), "March 3 - May 5, 2024|DATE|2024-03-03/2024-05-05");
}

// The engine reads a sentence's tense for a month only when the tense can move its year: for every other
// month, every direction gives the same year.
TEST(DatesCalendar, TenseMovesTheYearOnlyOfFarMonths) {
  for (const char* date : {"2025-01-15", "2025-05-31", "2025-09-26", "2025-12-01"}) {
    Anchor a;
    ASSERT_TRUE(parse_iso_anchor(date, a));
    for (Prefer prefer : {Prefer::past, Prefer::future, Prefer::nearest}) {
      const Normalizer n(a, prefer);
      for (int m = 1; m <= 12; ++m) {
        const int y = n.year_for(m, 0, Direction::none);
        bool moved = false;
        for (Direction d : {Direction::past, Direction::future, Direction::present}) moved |= n.year_for(m, 0, d) != y;
        if (!n.tense_moves_year(m)) {
          EXPECT_FALSE(moved) << date << " month " << m;
        }
      }
    }
  }
  Anchor a;
  ASSERT_TRUE(parse_iso_anchor("2025-09-26", a));
  EXPECT_TRUE(Normalizer(a, Prefer::past).tense_moves_year(2));
  EXPECT_FALSE(Normalizer(a, Prefer::past).tense_moves_year(11));
}

// A day fits its month in its year; a date written without its year may be 29 February.
TEST(DatesCalendar, DayFits) {
  EXPECT_TRUE(day_fits(0, 2, 29));
  EXPECT_TRUE(day_fits(2024, 2, 29));
  EXPECT_FALSE(day_fits(2025, 2, 29));
  EXPECT_FALSE(day_fits(0, 2, 30));
  EXPECT_FALSE(day_fits(0, 13, 1));
  EXPECT_FALSE(day_fits(2025, 4, 0));
}

// A clock time after a day joins it, also when the day is not known.
TEST(DatesCalendar, ClockTimeAfterDay) {
  EXPECT_EQ(one("Dinner is on Friday at 8 p.m. in the hall."), "Friday at 8 p.m.|TIME|2025-09-26T20:00");
  EXPECT_EQ(one("Dinner is on Friday at 8 p.m. in the hall.", ""), "Friday at 8 p.m.|TIME|XXXX-XX-XXT20:00");
  EXPECT_EQ(one("Dinner is on 2025-09-26 20:00 in the hall."), "2025-09-26 20:00|TIME|2025-09-26T20:00");
}

// "post-1959" / "pre-2008": the year with TimeML's mod AFTER / BEFORE.
TEST(DatesTimeMLConventions, BeforeAndAfterAYear) {
  EXPECT_EQ(one("The post-1968 reforms stalled."), "post-1968|DATE|1968|AFTER");
  EXPECT_EQ(one("Prices fell to pre-2008 levels."), "pre-2008|DATE|2008|BEFORE");
}

// "the coming years": a length ahead of unknown size (PXY); the span leaves out "the", as TimeML's does.
TEST(DatesTimeMLConventions, TheComingYears) {
  EXPECT_EQ(one("Rents will climb in the coming years."), "coming years|DURATION|PXY");
  EXPECT_EQ(one("More storms are due over the coming weeks."), "coming weeks|DURATION|PXW");
}

// "the entire year" is the whole of the year the story is in.
TEST(DatesTimeMLConventions, TheEntireYearOfTheStory) {
  EXPECT_EQ(all("Exports grew in the second quarter of 2018 and shrank over the entire year.", "2019-02-01"),
            "the second quarter of 2018|DATE|2018-Q2; the entire year|DATE|2018");
  EXPECT_EQ(all("The mill stood idle the whole day."), "");
}

// A year after "the" or a possessive dates the plural noun after it ("the 1994 strikes"); without them the
// number counts ("1994 strikes were called"), and a count that large is written with a comma.
TEST(DatesTimeMLConventions, YearBeforeAPluralNoun) {
  EXPECT_EQ(one("The organizers of the 1994 strikes have moved away.", "2001-05-04"), "1994|DATE|1994");
  EXPECT_EQ(one("Their 2016 earnings were revised.", "2019-05-04"), "2016|DATE|2016");
  EXPECT_EQ(all("Union leaders said 1994 strikes were called.", "2001-05-04"), "");
  EXPECT_EQ(all("The 2,000 strikers went home.", "2001-05-04"), "");
}

// "May" and "March" alone are also a modal and a verb; after "the" and before a noun they name the month
// ("the May vote"); before a preposition they stay a name ("the March for Peace").
TEST(DatesTimeMLConventions, AmbiguousMonthBeforeANoun) {
  EXPECT_EQ(one("The May vote will settle the matter.", "2004-02-10"), "May|DATE|2004-05");
  EXPECT_EQ(one("Delegates prepared the March summit in Oslo.", "2004-02-10"), "March|DATE|2004-03");
  EXPECT_EQ(all("Thousands joined the March for Peace downtown.", "2004-02-10"), "");
  EXPECT_EQ(all("Officials may decide the matter soon.", "2004-02-10"), "");
}

// "today's" before a generation, a society or a name that ends the phrase is the present era (PRESENT_REF);
// before an event it is the day.
TEST(DatesTimeMLConventions, TodayAsThePresentEra) {
  EXPECT_EQ(one("Such rules puzzle today's teenagers.", "2012-03-07"), "today|DATE|PRESENT_REF");
  EXPECT_EQ(one("She runs today's Nokia.", "2012-03-07"), "today|DATE|PRESENT_REF");
  EXPECT_EQ(one("The board skipped today's vote.", "2012-03-07"), "today|DATE|2012-03-07");
  EXPECT_EQ(one("He missed today's Nokia briefing.", "2012-03-07"), "today|DATE|2012-03-07");
}

// "can" is a present tense: a month after it is the nearest one, as after "is" (the story is of December).
TEST(DatesTimeMLConventions, CanPointsAMonthToTheNearest) {
  EXPECT_EQ(one("Members can vote on the plan in March.", "2003-12-01"), "March|DATE|2004-03");
  EXPECT_EQ(one("Members voted on the plan in March.", "2003-12-01"), "March|DATE|2003-03");
}

// "that same day" after a month named without its day is a day of that month, which one not said
// (TimeML's 2001-05-XX); after a day, that day.
TEST(DatesTimeMLConventions, ThatDayAfterAMonthAlone) {
  EXPECT_EQ(all("The fire broke out last May near the depot. The mayor resigned that same day.", "2002-01-20"),
            "last May|DATE|2001-05; that same day|DATE|2001-05-XX");
  EXPECT_EQ(all("The fire broke out on May 4, 2001. The mayor resigned that same day.", "2002-01-20"),
            "May 4, 2001|DATE|2001-05-04; that same day|DATE|2001-05-04");
}

// A stretch of unknown length after a point: "the years that followed", "the weeks since", "the months
// ahead", "the days to come" (PXY, PXW ...; the span is the unit, as for "the coming years"). The
// lookaheads read the words after the span in turn.
TEST(DatesTimeMLConventions, StretchesAfterAPoint) {
  EXPECT_EQ(all("In the years that followed, the mill closed."), "years|DURATION|PXY");
  EXPECT_EQ(all("Rents rose in the weeks since the vote."), "weeks|DURATION|PXW");
  EXPECT_EQ(all("The months ahead will test the club."), "months|DURATION|PXM");
  EXPECT_EQ(all("In the days to come, crews will clear the road."), "days|DURATION|PXD");
  EXPECT_EQ(all("In the years that she spent abroad, she painted."), "");
  EXPECT_EQ(all("The days were long."), "");
}

// "during the day Friday": the weekday names the day; "the day" before it is no second expression.
TEST(DatesTimeMLConventions, TheDayBeforeAWeekday) {
  EXPECT_EQ(all("During the day Friday, the crews rested.", "2025-09-27"), "Friday|DATE|2025-09-26");
  EXPECT_EQ(all("Crews rested on Friday. During the day, they slept.", "2025-09-27"),
            "Friday|DATE|2025-09-26; the day|DATE|2025-09-26");
}

// Proper names hold no TIMEX3 (TimeML, TIDES): a product's version after its name ("iLife '11" is as
// "Windows 2000"), a title in quotation marks whose unit is capitalized ("48 Hours"), a name opened by a
// season ("Spring of Hope"). The years, lengths and seasons of plain prose stay.
TEST(DatesSpans14, NamesHoldNoDates) {
  const std::string_view version = "The studio shipped Palette '12 and a new tablet.";
  auto found = tag(version, "2012-03-01");
  EXPECT_EQ(found.size(), 0u);
  found = tag("The firm also sold its iCanvas '09 suite to schools.", "2012-03-01");
  EXPECT_EQ(found.size(), 0u);
  // A year after a preposition or an event's name is still a year.
  EXPECT_EQ(one("Rents have not been this low since '97.", "2012-03-01"), "'97|DATE|1997");
  const std::string_view show = "He told the panel on ''48 Hours'' that he was innocent.";
  found = tag(show, "2012-03-01");
  EXPECT_EQ(found.size(), 0u);
  found = tag("She wrote \"90 Days\", a memoir, in prison.", "2012-03-01");
  EXPECT_EQ(found.size(), 0u);
  found = tag("The drive raised money for ``Spring of Hope'' shelters.", "2012-03-01");
  EXPECT_EQ(found.size(), 0u);
  EXPECT_EQ(one("The talks lasted 48 hours.", "2012-03-01"), "48 hours|DURATION|PT48H");
  EXPECT_EQ(one("The drive began in Spring, as planned.", "2012-03-01"), "Spring|DATE|2012-SP");
}

// The words the scan passes over are worked out once per process for the built-in rules and shared by every
// tagger that uses them (issue 19); a tagger given a rule set of its own works them out from it. Both tag alike
// when the rules are the same.
TEST(DatesEngine, TaggersSharingTheBuiltInLeadWordsTagAsOneWorkingThemOut) {
  auto copy = std::make_shared<RuleSet>();
  add_builtin_rules(*copy);
  TaggerOptions own;
  own.rules = copy;
  const Tagger first({}), second({}), separate(own);
  for (const char* text : {"The company said on Tuesday that the first quarter was weak.",
                           "In the spring the council met every other week, and the last meeting ran late.",
                           "The mayor spoke at the end of the month, two days after the vote."}) {
    const auto a = first.tag(text, "2025-09-26"), b = second.tag(text, "2025-09-26"), c = separate.tag(text, "2025-09-26");
    ASSERT_EQ(a.size(), c.size()) << text;
    ASSERT_EQ(b.size(), c.size()) << text;
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a[i].begin, c[i].begin) << text;
      EXPECT_EQ(a[i].end, c[i].end) << text;
      EXPECT_EQ(a[i].value, c[i].value) << text;
      EXPECT_EQ(b[i].value, c[i].value) << text;
    }
    EXPECT_FALSE(a.empty()) << text;
  }
}
