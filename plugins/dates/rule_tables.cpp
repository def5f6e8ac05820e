// The built-in rule tables, grouped by what they produce, in the syntax users write (README.md).
// A rule here is tried before the grammar's pattern methods at the same token; the longest match wins.
#include "rule_file.hpp"
#include "rule_syntax.hpp"

#include <stdexcept>

namespace textchain::dates {

namespace {

struct RuleSpec {
  const char* name;
  const char* pattern;
  const char* produce;
};

// Numbers and words that are not dates: the span is consumed and nothing is annotated.
constexpr RuleSpec kNotADate[] = {
    // "high noon": the decisive moment (and a film), not 12:00.
    {"idiom: high noon", "high <noon:noon>", "not_a_date"},
    // An age is not annotated by TimeML: "a 6-year-old", "the six-month-old son".
    {"age: a 6-year-old", "<num> +- +<unit> +- +<age>", "not_a_date"},
    // "the most recent model", "most recently in March": the latest of a series, an order, not a time.
    {"order: most recent", "^<comparator:most> <deictic:recent|recently>", "not_a_date"},
    // A decade of someone's life is an age: "in her early 40s", "their mid-20s" ("in his 30s" is p_year's:
    // a rule starting at any number, narrowed by no second word, cost 5% of dates_bench's instructions).
    {"age: in her early 40s", "^<set:possessive> <position> <int:10-90> +<set:plural_s>", "not_a_date"},
    {"age: in their mid-20s", "^<set:possessive> <position> +- +<int:10-90> +<set:plural_s>", "not_a_date"},
    // "the annual Worldwide Developers Conference": an adjective of an event's proper name, which TimeML
    // newswire gold (TempEval-3, MEANTIME) leaves unannotated; "the annual conference" stays a SET.
    {"annual Name: part of a name", "annual &<name>", "not_a_date"},
    // "the annual March for Life", "the annual March of Dimes": a protest march's (or a charity's) name, whose
    // first word only looks like the month, as "the March for Peace" (p_month) is a name.
    {"annual March for ...: part of a name", "annual &<month:march> &<preposition:for|of>", "not_a_date"},
    // A title in quotation marks ("60 Minutes", "48 Hours": a programme, a film) or a season starting a name
    // ("Spring of Hope" rallies): proper names, in which TimeML (and TIDES before it) marks no TIMEX3. A unit
    // is capitalized after a number only in a title.
    {"title: '60 Minutes'", "^' <int:1-999> <unit/capitalized>", "not_a_date"},
    {"title: \"60 Minutes\"", "^\" <int:1-999> <unit/capitalized>", "not_a_date"},
    {"title: ``60 Minutes''", "^` <int:1-999> <unit/capitalized>", "not_a_date"},
    {"name: Spring of Hope", "<season/capitalized> <preposition:of> <name>", "not_a_date"},
    // A weekday after a capitalized word that makes it a day's name: "Super Tuesday" (the primaries' day,
    // set each year by law, not computable), and a named day that starts a longer name ("the Good Friday
    // Agreement", "Black Friday Deals"). TimeML marks no TIMEX3 in a name; reading the weekday alone gives
    // this week's day, a wrong value.
    {"name: Super Tuesday", "super/capitalized <weekday/capitalized>", "not_a_date"},
    {"name: Good Friday Agreement", "good/capitalized <weekday:friday/capitalized> &<name>", "not_a_date"},
    {"name: Black Friday Deals", "black/capitalized <weekday:friday/capitalized> &<name>", "not_a_date"},
    {"name: Cyber Monday Deals", "cyber/capitalized <weekday:monday/capitalized> &<name>", "not_a_date"},
    // A weekday that starts a capitalized name: "the Sunday Times", "the Sunday Telegraph" (a paper's name: a
    // publication word after the weekday; "the Monday Senate vote" stays a date), and a weekday and a part of the
    // day before a name in running text: "Saturday Night Live mocked", "Monday Night Football games" (a show). A
    // part of the day must be followed by a name and then by a lower-case word, as in a title-case headline
    // ("Police Seek Witnesses After Sunday Morning Crash", "Tuesday Night Storm Kills Three") it is not. The
    // weekday's own date words (a month "Friday Sept. 5", a part of the day) are not names, nor is a capitalized
    // word after a line break.
    {"name: the Sunday Times", "^<article> <weekday/capitalized> &<set:publication>", "not_a_date"},
    {"name: Saturday Night Live", "<weekday/capitalized> <part_of_day/capitalized> &<name> &<lower>", "not_a_date"},
};

// Holidays: fixed days, the nth weekday of a month, or days from Easter; the year the one the sentence's
// tense points to.
constexpr RuleSpec kHolidays[] = {
    {"Thanksgiving (Day): the fourth Thursday of November", "<holiday:thanksgiving> <unit:day>?",
     "month=11 weekday=thursday nth=4 year=nearest"},
    {"Easter (Sunday)", "<holiday:easter> <weekday:sunday>?", "easter=0 year=nearest"},
    {"Easter Monday", "<holiday:easter> <weekday:monday>", "easter=1 year=nearest"},
    {"Easter week: the week of Easter Sunday", "<holiday:easter> <unit:week>", "easter=0 year=nearest period=week"},
    {"Halloween", "<holiday:halloween>", "month=10 day=31 year=nearest"},
    {"last Thanksgiving", "<shift:last> <holiday:thanksgiving> <unit:day>?", "month=11 weekday=thursday nth=4 year=past"},
    {"next Thanksgiving", "<shift:next> <holiday:thanksgiving> <unit:day>?", "month=11 weekday=thursday nth=4 year=next"},
    {"last Easter", "<shift:last> <holiday:easter>", "easter=0 year=past"},
    {"next Easter", "<shift:next> <holiday:easter>", "easter=0 year=next"},
    // The United States' general election: the Tuesday after the first Monday of November.
    {"Election Day", "election/capitalized <unit:day/singular/capitalized>", "month=11 weekday=monday nth=1 offset=1 year=nearest"},
    // Other named days of the news' calendars (TimeML gives a named day its date): fixed days, the nth
    // weekday of a month (the United States' Labor Day, Memorial Day), days from Easter. After a preposition
    // only, as Christmas (patterns_day.cpp): "the Memorial Day holiday", "a Labor Day sale" name no day. "New" is a word set
    // the grammar's "the new year" reads, not a lexicon word a rule may start with: "New Year's Day" is matched
    // from "Year" (the span leaves "New" out).
    {"New Year's Day", "^<preposition> ^<set:new> <unit:year/singular/capitalized> +' +<set:plural_s> <unit:day/singular/capitalized>", "month=1 day=1 year=nearest"},
    {"New Year's Eve", "^<preposition> ^<set:new> <unit:year/singular/capitalized> +' +<set:plural_s> <set:eve>", "month=12 day=31 year=nearest"},
    {"Valentine's Day", "^<preposition> valentine/capitalized +' +<set:plural_s> <unit:day/singular/capitalized>", "month=2 day=14 year=nearest"},
    {"Independence Day (the United States')", "^<preposition> independence/capitalized <unit:day/singular/capitalized>", "month=7 day=4 year=nearest"},
    {"Veterans Day", "^<preposition> veterans/capitalized <unit:day/singular/capitalized>", "month=11 day=11 year=nearest"},
    {"Labor Day: the first Monday of September", "^<preposition> labor/capitalized <unit:day/singular/capitalized>", "month=9 weekday=monday nth=1 year=nearest"},
    {"Memorial Day: the last Monday of May", "^<preposition> memorial/capitalized <unit:day/singular/capitalized>", "month=5 weekday=monday nth=last year=nearest"},
    // A weekday named by a word before it is that day, not this week's, wherever it stands ("Good Friday
    // services"): the word and the weekday are both capitalized only in the day's name.
    {"Good Friday", "good/capitalized <weekday:friday/capitalized>", "easter=-2 year=nearest"},
    {"Palm Sunday", "palm/capitalized <weekday:sunday/capitalized>", "easter=-7 year=nearest"},
    {"Ash Wednesday", "ash/capitalized <weekday:wednesday/capitalized>", "easter=-46 year=nearest"},
    // The shopping days after Thanksgiving (the fourth Thursday of November): Black Friday the day after,
    // Cyber Monday four days after.
    {"Black Friday", "black/capitalized <weekday:friday/capitalized>", "month=11 weekday=thursday nth=4 offset=1 year=nearest"},
    {"Cyber Monday", "cyber/capitalized <weekday:monday/capitalized>", "month=11 weekday=thursday nth=4 offset=4 year=nearest"},
};

// "the week of March 6": the ISO week that holds the day (TimeML gives the week, not the day).
constexpr RuleSpec kWeeksOf[] = {
    {"the week of March 6", "the <unit:week/singular> of <month> +.? <int:1-31>", "month=$4 day=$6 year=nearest period=week"},
    {"the week of March 6, 2000", "the <unit:week/singular> of <month> +.? <int:1-31> ,? <year>", "month=$4 day=$6 year=$8 period=week"},
    {"the week of 6 March", "the <unit:week/singular> of <int:1-31> <month> <year>?", "month=$5 day=$4 year=$6 period=week"},
    // "the last week of March": the month's last ISO week, the one holding its last Thursday (a week belongs
    // to the month that holds its Thursday, as ISO 8601 gives a week to the year of its Thursday).
    {"the last week of March", "the <shift:last> <unit:week/singular> of <month>", "month=$5 weekday=thursday nth=last year=nearest period=week"},
    {"the last week of March 2024", "the <shift:last> <unit:week/singular> of <month> ,? <year>", "month=$5 weekday=thursday nth=last year=$7 period=week"},
    // "the first (second, third, fourth) week of March": the week of the month's first (...) Thursday.
    {"the first week of March", "the <ordinal:first|second|third|fourth> <unit:week/singular> of <month>", "month=$5 weekday=thursday nth=$2 year=nearest period=week"},
    {"the first week of March 2024", "the <ordinal:first|second|third|fourth> <unit:week/singular> of <month> ,? <year>", "month=$5 weekday=thursday nth=$2 year=$7 period=week"},
    {"the 3rd week of March", "the <int:1-4> +<ordinal_suffix> <unit:week/singular> of <month>", "month=$6 weekday=thursday nth=$2 year=nearest period=week"},
    {"the first week of next month", "the <ordinal:first|second|third|fourth> <unit:week/singular> of <shift:last|next|this|current|coming> <unit:month/singular>", "month=anchor+$5 weekday=thursday nth=$2 period=week"},
    {"the last week of this month", "the <shift:last> <unit:week/singular> of <shift:last|next|this|current|coming> <unit:month/singular>", "month=anchor+$5 weekday=thursday nth=last period=week"},
    {"the 3rd week of March 2024", "the <int:1-4> +<ordinal_suffix> <unit:week/singular> of <month> ,? <year>", "month=$6 weekday=thursday nth=$2 year=$8 period=week"},
};

// "the first of May", "the second of March 2027": that day of the month, one DATE, its span from the ordinal
// as the grammar's "15th of March" is. "the final of May" makes no day and is no match.
constexpr RuleSpec kDaysOfMonth[] = {
    {"the first of May", "^<article:the> <ordinal> of <month>", "day=$2 month=$4 year=nearest"},
    {"the first of May 2027", "^<article:the> <ordinal> of <month> ,? <year>", "day=$2 month=$4 year=$6"},
    // "on the 15th.", "by the 3rd,": a day of the month the story is in (TimeML resolves it from the reference
    // time); only where a clause or sentence ends, so "the 15th century", "the 20th time" stay out. The span
    // starts at the number, as "15th of March" does.
    {"on the 15th.", "^<preposition:on|by|until|since|before|after> ^<article:the> <int:1-31> +<ordinal_suffix> &.",
     "day=$3 from=narrative period=month"},
    {"on the 15th,", "^<preposition:on|by|until|since|before|after> ^<article:the> <int:1-31> +<ordinal_suffix> &,",
     "day=$3 from=narrative period=month"},
};

// "the last Saturday of August", "the second Sunday of October 2027": that day of the month, one DATE
// (TimeML gives the day, not the weekday and the month apart). A fifth Monday the month lacks is no match.
// "final" is an ordinal ("the final Friday of May"): as $N it means the last.
constexpr RuleSpec kWeekdaysOfMonth[] = {
    {"the second Sunday of October", "the <ordinal> <weekday/unambiguous> of <month>", "month=$5 weekday=$3 nth=$2 year=nearest"},
    {"the second Sunday of October 2027", "the <ordinal> <weekday/unambiguous> of <month> ,? <year>", "month=$5 weekday=$3 nth=$2 year=$7"},
    {"the last Saturday of August", "the <shift:last> <weekday/unambiguous> of <month>", "month=$5 weekday=$3 nth=last year=nearest"},
    {"the last Saturday of August 2027", "the <shift:last> <weekday/unambiguous> of <month> ,? <year>", "month=$5 weekday=$3 nth=last year=$7"},
    {"the 2nd Sunday of May", "the <int:1-5> +<ordinal_suffix> <weekday/unambiguous> of <month>", "month=$6 weekday=$4 nth=$2 year=nearest"},
    {"the 2nd Sunday of May 2027", "the <int:1-5> +<ordinal_suffix> <weekday/unambiguous> of <month> ,? <year>", "month=$6 weekday=$4 nth=$2 year=$8"},
    // Without "the" ("first Monday of June"): "of <month>" must follow, so "last Saturday" alone stays the
    // Saturday before the document's date (the grammar's deictic), the longer match winning only here.
    {"first Monday of June", "<ordinal> <weekday/unambiguous> of <month>", "month=$4 weekday=$2 nth=$1 year=nearest"},
    {"first Monday of June 2027", "<ordinal> <weekday/unambiguous> of <month> ,? <year>", "month=$4 weekday=$2 nth=$1 year=$6"},
    {"last Saturday of August", "<shift:last> <weekday/unambiguous> of <month>", "month=$4 weekday=$2 nth=last year=nearest"},
    {"last Saturday of August 2027", "<shift:last> <weekday/unambiguous> of <month> ,? <year>", "month=$4 weekday=$2 nth=last year=$6"},
    // "the first Monday of next month", "the last Friday of this month": of the document's month moved by the
    // shift word ("of the following month" is the narrative's, not read here).
    {"the first Monday of next month", "the <ordinal> <weekday/unambiguous> of <shift:last|next|this|current|coming> <unit:month/singular>", "month=anchor+$5 weekday=$3 nth=$2"},
    {"the last Friday of this month", "the <shift:last> <weekday/unambiguous> of <shift:last|next|this|current|coming> <unit:month/singular>", "month=anchor+$5 weekday=$3 nth=last"},
    {"first Monday of next month", "<ordinal> <weekday/unambiguous> of <shift:last|next|this|current|coming> <unit:month/singular>", "month=anchor+$4 weekday=$2 nth=$1"},
    {"last Friday of this month", "<shift:last> <weekday/unambiguous> of <shift:last|next|this|current|coming> <unit:month/singular>", "month=anchor+$4 weekday=$2 nth=last"},
    {"2nd Sunday of May", "<int:1-5> +<ordinal_suffix> <weekday/unambiguous> of <month>", "month=$5 weekday=$3 nth=$1 year=nearest"},
    {"2nd Sunday of May 2027", "<int:1-5> +<ordinal_suffix> <weekday/unambiguous> of <month> ,? <year>", "month=$5 weekday=$3 nth=$1 year=$7"},
};

// "post-1959", "pre-2008": after or before the year (TimeML's mod AFTER / BEFORE on the year).
constexpr RuleSpec kBeforeAfterYear[] = {
    {"post-1959", "post +- +<year>", "year=$3 mod=AFTER"},
    {"pre-2008", "pre +- +<year>", "year=$3 mod=BEFORE"},
};

// Days, weeks, months and years the narrative has named: TimeML resolves "that day" to the date the story
// is at, not to the document's date.
// Vague references to the time line (TimeML's PRESENT_REF, PAST_REF, FUTURE_REF).
constexpr RuleSpec kVague[] = {
    {"the future", "the <deictic:future>", "ref=FUTURE_REF"},
    {"the near future", "the near <deictic:future>", "ref=FUTURE_REF"},
    // "the foreseeable future", read from "future" (a rule starting at "the" and a word the lexicon names is
    // tried after every "the": 0.1% of dates_bench's instructions); the span leaves "the foreseeable" out.
    {"the foreseeable future", "^<article:the> ^foreseeable <deictic:future>", "ref=FUTURE_REF"},
    {"the near term", "the near term", "ref=FUTURE_REF"},
    {"the short term", "the short term", "ref=FUTURE_REF"},
    {"the long term", "the long term", "ref=FUTURE_REF"},
    {"the time being", "the time being", "ref=PRESENT_REF"},
    // "a few days ago", "some years ago", "decades ago": a point back of no stated size is TimeML's PAST_REF
    // (the length alone was a DURATION, PXD, the wrong kind of value).
    {"a few years ago", "<article:a> <number:few> <unit:second|minute|hour|day|week|month|year|decade|century/plural> <ago:ago>", "ref=PAST_REF"},
    {"several years ago", "<number:few> <unit:second|minute|hour|day|week|month|year|decade|century/plural> <ago:ago>", "ref=PAST_REF"},
    {"years ago", "<unit:second|minute|hour|day|week|month|year|decade|century/plural> <ago:ago>", "ref=PAST_REF"},
    // Someone's future is the time ahead, as "the future" is (TimeML's FUTURE_REF): "the town's future",
    // "their future"; "a future" stays a noun of its own ("a future without coal").
    {"their future", "^<set:possessive> <deictic:future>", "ref=FUTURE_REF"},
    {"its future", "^<set:its> <deictic:future>", "ref=FUTURE_REF"},
    {"the town's future", "^' ^+<set:plural_s> <deictic:future>", "ref=FUTURE_REF"},
    // "there will come a day when", "if there ever came a day when": the day the clause defines, one still ahead or
    // hoped for (TimeML's FUTURE_REF), no length ("when", "where": word set subordinator); "a time when" stays unannotated.
    {"there will come a day when", "^<set:come> <article:a> <unit:day/singular> &<set:subordinator>", "ref=FUTURE_REF"},
};

constexpr RuleSpec kNarrative[] = {
    {"that day / that year", "that <unit>", "from=narrative period=$2"},
    {"that same day", "that <shift:same> <unit>", "from=narrative period=$3"},
    // "by that time", "at that time": the date the story is at (TimeML annotates the anaphor, not the preposition).
    {"that time", "that time", "from=narrative period=day"},
    {"the same day", "the <shift:same> <unit:day>", "from=narrative period=day"},
    // "In the same year, ...", "... died the same month.": the period the story is at (TimeML: an anaphor takes
    // its referent's value). Only where the phrase ends its clause: "the same year as her cousin", "the same
    // month in 2024", "the same week a year earlier" compare with a time the phrase goes on to name.
    {"in the same year,", "the <shift:same> <unit:week|month|year/singular> &,", "from=narrative period=$3"},
    {"died the same year.", "the <shift:same> <unit:week|month|year/singular> &.", "from=narrative period=$3"},
    // "a loss for the entire year": the whole of the year the story is in.
    {"the entire year", "the <name:entire|whole> <unit:year|quarter|month/singular>", "from=narrative period=$3"},
    {"earlier that day / later that year", "<ago:earlier> that <unit>", "from=narrative period=$3"},
    {"later that year", "<ago:later> that <unit>", "from=narrative period=$3"},
    // "earlier this year", "later this week", "later today": the document's period, the adverb inside the span as in
    // "later that year" (TimeBank writes the whole phrase; no mod: "earlier" places the event before now, not in
    // the period's first part).
    {"earlier this year", "<ago:earlier|later> <shift:this> <unit:day|week|month|quarter|year/singular>", "from=document period=$3"},
    {"later this fall", "<ago:earlier|later> <shift:this> <season>", "season=$3 year=anchor"},
    {"later this morning", "<ago:earlier|later> <shift:this> <part_of_day:morning|afternoon|evening>",
     "type=TIME from=document period=day part_of_day=$3"},
    {"later today", "<ago:earlier|later> <deictic:today>", "from=document period=day"},
    // A month or a season named with "that" is the one of the year the story is at ("The council met in 2020.
    // The mayor resigned that July / later that summer / in July of that year": 2020-07, 2020-SU).
    {"that July", "that <month/unambiguous/capitalized>", "month=$2 year=narrative"},
    {"July of that year", "<month> <preposition:of> that <unit:year/singular>", "month=$1 year=narrative"},
    {"that summer", "that <season/unambiguous>", "season=$2 year=narrative"},
    {"later that summer", "<ago:earlier|later> that <season/unambiguous>", "season=$3 year=narrative"},
    // "the following week", "the previous year", "the next day": anaphoric, counted from the story's date.
    // "the next month / year" more often means the coming one ("over the next year"): the grammar's p_shift,
    // from the document's date, as "next week" and "last year" without "the".
    {"the following week", "the <shift:following> <unit:day|week|month|quarter|year/singular>", "from=narrative period=$3 shift=1"},
    {"the previous year", "the <shift:previous> <unit:day|week|month|quarter|year/singular>", "from=narrative period=$3 shift=-1"},
    {"the next day", "the <shift:next> <unit:day/singular>", "from=narrative period=day shift=1"},
    // "The next year, it listed its shares": fronted before a comma, the year after the story's (TimeML anchors
    // it on the narrative); "over the next year" stays the document's coming year (p_shift).
    {"The next year,", "the/capitalized <shift:next> <unit:month|year/singular> &,", "from=narrative period=$3 shift=1"},
    // "the following Friday", "the previous Monday": the first such day after the story's day, the latest before.
    {"the following Friday", "the <shift:following> <weekday/unambiguous>", "from=narrative period=day weekday=$3 shift=1"},
    {"the previous Monday", "the <shift:previous> <weekday/unambiguous>", "from=narrative period=day weekday=$3 shift=-1"},
    // A part of the day the story is at: TIMEs of the narrative's day ("that night", "the next morning").
    {"that night", "that <part_of_day:morning|afternoon|evening|night>", "type=TIME from=narrative period=day part_of_day=$2"},
    {"later that night", "<ago:earlier|later> that <part_of_day:morning|afternoon|evening|night>",
     "type=TIME from=narrative period=day part_of_day=$3"},
    {"the next morning", "the <shift:next|following> <part_of_day:morning|afternoon|evening|night>",
     "type=TIME from=narrative period=day shift=1 part_of_day=$3"},
    {"the previous evening", "the <shift:previous> <part_of_day:morning|afternoon|evening|night>",
     "type=TIME from=narrative period=day shift=-1 part_of_day=$3"},
};

// Quarters and halves of a year: "Q3", "H1", "the third quarter", "second-half", "the last half"; the year
// written after them ("of 2009", "of fiscal 2009", "this year", "of last year"), else the one the sentence's
// tense points to. "last quarter" alone is the quarter before the document's (the grammar's p_shift).
constexpr RuleSpec kQuarters[] = {
    {"Q3", "<quarter:q/capitalized> +<int:1-4>", "quarter=$2 year=nearest"},
    {"Q3 of (fiscal) 2009", "<quarter:q/capitalized> +<int:1-4> <preposition:of>? <article:the>? <fiscal>? <unit:year>? <year>", "quarter=$2 year=$7"},
    {"Q3 of last year", "<quarter:q/capitalized> +<int:1-4> <preposition:of>? <article:the>? <shift:last|previous|next|this|current> <unit:year>", "quarter=$2 year=anchor+$5"},
    {"H1", "<quarter:h/capitalized> +<int:1-2>", "half=$2 year=nearest"},
    {"H1 of (fiscal) 2009", "<quarter:h/capitalized> +<int:1-2> <preposition:of>? <article:the>? <fiscal>? <unit:year>? <year>", "half=$2 year=$7"},
    {"H1 of last year", "<quarter:h/capitalized> +<int:1-2> <preposition:of>? <article:the>? <shift:last|previous|next|this|current> <unit:year>", "half=$2 year=anchor+$5"},
    {"the third quarter", "<ordinal> +-? <unit:quarter/singular>", "quarter=$1 year=nearest"},
    {"the third quarter of (fiscal) 2009", "<ordinal> +-? <unit:quarter/singular> <preposition:of>? <article:the>? <fiscal>? <unit:year>? <year>", "quarter=$1 year=$8"},
    {"the third quarter of last year", "<ordinal> +-? <unit:quarter/singular> <preposition:of>? <article:the>? <shift:last|previous|next|this|current> <unit:year>", "quarter=$1 year=anchor+$6"},
    {"the second half", "<ordinal> +-? <quarter:half>", "half=$1 year=nearest"},
    {"the second half of (fiscal) 2009", "<ordinal> +-? <quarter:half> <preposition:of>? <article:the>? <fiscal>? <unit:year>? <year>", "half=$1 year=$8"},
    {"the second half of last year", "<ordinal> +-? <quarter:half> <preposition:of>? <article:the>? <shift:last|previous|next|this|current> <unit:year>", "half=$1 year=anchor+$6"},
    {"the 3rd quarter", "<int:1-4> +<ordinal_suffix> +-? <unit:quarter/singular>", "quarter=$1 year=nearest"},
    {"the 3rd quarter of (fiscal) 2009", "<int:1-4> +<ordinal_suffix> +-? <unit:quarter/singular> <preposition:of>? <article:the>? <fiscal>? <unit:year>? <year>", "quarter=$1 year=$9"},
    {"the 3rd quarter of last year", "<int:1-4> +<ordinal_suffix> +-? <unit:quarter/singular> <preposition:of>? <article:the>? <shift:last|previous|next|this|current> <unit:year>", "quarter=$1 year=anchor+$7"},
    {"the 2nd half", "<int:1-2> +<ordinal_suffix> +-? <quarter:half>", "half=$1 year=nearest"},
    {"the 2nd half of (fiscal) 2009", "<int:1-2> +<ordinal_suffix> +-? <quarter:half> <preposition:of>? <article:the>? <fiscal>? <unit:year>? <year>", "half=$1 year=$9"},
    {"the 2nd half of last year", "<int:1-2> +<ordinal_suffix> +-? <quarter:half> <preposition:of>? <article:the>? <shift:last|previous|next|this|current> <unit:year>", "half=$1 year=anchor+$7"},
    {"the final quarter", "<ordinal:final> +-? <unit:quarter/singular>", "quarter=4 year=nearest"},
    {"the final quarter of (fiscal) 2009", "<ordinal:final> +-? <unit:quarter/singular> <preposition:of>? <article:the>? <fiscal>? <unit:year>? <year>", "quarter=4 year=$8"},
    {"the final quarter of last year", "<ordinal:final> +-? <unit:quarter/singular> <preposition:of>? <article:the>? <shift:last|previous|next|this|current> <unit:year>", "quarter=4 year=anchor+$6"},
    {"the final half", "<ordinal:final> +-? <quarter:half>", "half=2 year=nearest"},
    {"the final half of (fiscal) 2009", "<ordinal:final> +-? <quarter:half> <preposition:of>? <article:the>? <fiscal>? <unit:year>? <year>", "half=2 year=$8"},
    {"the final half of last year", "<ordinal:final> +-? <quarter:half> <preposition:of>? <article:the>? <shift:last|previous|next|this|current> <unit:year>", "half=2 year=anchor+$6"},
    {"last-quarter", "<shift:last> +- <unit:quarter/singular>", "quarter=4 year=nearest"},
    {"last-quarter of (fiscal) 2009", "<shift:last> +- <unit:quarter/singular> <preposition:of>? <article:the>? <fiscal>? <unit:year>? <year>", "quarter=4 year=$8"},
    {"last-quarter of last year", "<shift:last> +- <unit:quarter/singular> <preposition:of>? <article:the>? <shift:last|previous|next|this|current> <unit:year>", "quarter=4 year=anchor+$6"},
    {"the last half", "<shift:last> +-? <quarter:half>", "half=2 year=nearest"},
    {"the last half of (fiscal) 2009", "<shift:last> +-? <quarter:half> <preposition:of>? <article:the>? <fiscal>? <unit:year>? <year>", "half=2 year=$8"},
    {"the last half of last year", "<shift:last> +-? <quarter:half> <preposition:of>? <article:the>? <shift:last|previous|next|this|current> <unit:year>", "half=2 year=anchor+$6"},
    // "fiscal" inside the quarter's name, before or after its ordinal: the calendar quarter, as "the third quarter of
    // fiscal 2009" above is (a fiscal_year_start in a rules file maps fiscal periods; the built-in rules know none).
    {"the third fiscal quarter", "<ordinal> <fiscal:fiscal> <unit:quarter/singular>", "quarter=$1 year=nearest"},
    {"the third fiscal quarter of 2009", "<ordinal> <fiscal:fiscal> <unit:quarter/singular> <preposition:of>? <article:the>? <year>", "quarter=$1 year=$6"},
    {"the fiscal third quarter", "<fiscal:fiscal> <ordinal> +-? <unit:quarter/singular>", "quarter=$2 year=nearest"},
    {"the fiscal third quarter of 2009", "<fiscal:fiscal> <ordinal> +-? <unit:quarter/singular> <preposition:of>? <article:the>? <year>", "quarter=$2 year=$7"},
    {"the first fiscal half", "<ordinal> <fiscal:fiscal> <quarter:half>", "half=$1 year=nearest"},
    {"the first fiscal half of 2009", "<ordinal> <fiscal:fiscal> <quarter:half> <preposition:of>? <article:the>? <year>", "half=$1 year=$6"},
};

// Seasons: "summer 2010", "the fall of 2009", "summer '09"; without a year, this year's, where the word names
// the season: capitalized ("Summer"), or after a preposition, an article, a position or a shift word ("in
// summer", "early spring"); "fall" only after "the", a position or a shift word ("the fall", "late fall").
constexpr RuleSpec kSeasons[] = {
    {"summer 2010, the fall of 2009", "<season> <preposition:of>? <year>", "season=$1 year=$3"},
    // One expression, as "the third quarter of last year" is: the season in the shifted year.
    {"the spring of last year", "<season> <preposition:of>? <article:the>? <shift:last|previous|next|this|current> <unit:year>",
     "season=$1 year=anchor+$4"},
    {"summer '09", "<season> <preposition:of>? ' +<yy>", "season=$1 year=$4"},
    {"Summer", "<season/unambiguous/capitalized>", "season=$1 year=anchor"},
    {"in summer", "^<preposition> <season/unambiguous>", "season=$2 year=anchor"},
    {"the summer, a winter", "^<article> <season/unambiguous>", "season=$2 year=anchor"},
    {"the fall", "^<article:the> <season:fall>", "season=$2 year=anchor"},
    {"early spring, late fall", "^<position> <season>", "season=$2 year=anchor"},
    {"the same summer", "^<shift> <season>", "season=$2 year=anchor"},
};

// Parts of days named alone: TIMEs of the day they belong to.
constexpr RuleSpec kPartsOfDay[] = {
    {"tonight: the document's night", "<part_of_day:tonight>", "type=TIME from=document period=day part_of_day=night"},
    // "in morning trading", "the afternoon session": a market report names the part of the day it reports
    // on, the day being the one the story is about.
    {"morning trading: the story's day", "<part_of_day:morning|afternoon|evening> &<set:market_session>",
     "type=TIME from=story period=day part_of_day=$1"},
};

// A clock time said in words: "half past nine" T09:30, "(a) quarter past ten" T10:15, a TIME of the document's
// day as "9:30 a.m." alone is (TimeML writes the hour as said; which half of the day is not said). "quarter to"
// would need the hour before ("quarter to ten" T09:45), which a producer cannot count.
constexpr RuleSpec kSpokenClock[] = {
    // Not before a magnitude or a unit: "half past ten million", "a quarter to ten percent" are amounts.
    {"half past nine", "<quarter:half> <shift:past> <num:1-12> !<set:rate_unit>",
     "type=TIME from=document period=day hour=$3 minute=30"},
    {"quarter past ten", "<unit:quarter/singular> <shift:past> <num:1-12> !<set:rate_unit>",
     "type=TIME from=document period=day hour=$3 minute=15"},
    // "a quarter past ten": the article is part of the span, as in "a quarter of an hour".
    {"a quarter past ten", "<article:a> <unit:quarter/singular> <shift:past> <num:1-12> !<set:rate_unit>",
     "type=TIME from=document period=day hour=$4 minute=15"},
    // "quarter to ten": 09:45, the minutes counted back from the hour.
    {"quarter to ten", "<unit:quarter/singular> to <num:1-12> !<set:rate_unit> !<unit>",
     "type=TIME from=document period=day hour=$3 minutes_to=15"},
    {"a quarter to ten", "<article:a> <unit:quarter/singular> to <num:1-12> !<set:rate_unit> !<unit>",
     "type=TIME from=document period=day hour=$4 minutes_to=15"},
    // "twenty past nine", "ten minutes past nine", the minutes in words (a rule starting with a digit run would be
    // tried at every number: "20 past 9" is not read); "ten to six" only after "at" ("rose from ten to six" is two
    // counts) and not before what a range of counts ends in ("at ten to 7 p.m.", "at ten to 12 months"). The minutes
    // are 1 to 59 (a larger number word is no clock: the producer refuses it).
    {"twenty past nine", "<number> <shift:past> <num:1-12> !<set:rate_unit>",
     "type=TIME from=document period=day hour=$3 minute=$1"},
    // "twenty-five past nine": the two number words as one count (else "five past nine" would be read inside it).
    {"twenty-five past nine", "<number:20> +-? <number:5> <shift:past> <num:1-12> !<set:rate_unit>",
     "type=TIME from=document period=day hour=$5 minute=25"},
    {"at twenty-five to six", "^<preposition:at> <number:20> +-? <number:5> to <num:1-12> !<set:rate_unit> !<unit> !<ampm> !<text:p> !<article:a> !:",
     "type=TIME from=document period=day hour=$6 minutes_to=25"},
    {"ten minutes past nine", "<number> <unit:minute> <shift:past> <num:1-12> !<set:rate_unit>",
     "type=TIME from=document period=day hour=$4 minute=$1"},
    {"ten minutes to six", "<number> <unit:minute> to <num:1-12> !<set:rate_unit> !<unit> !<ampm> !<text:p> !<article:a> !:",
     "type=TIME from=document period=day hour=$4 minutes_to=$1"},
    {"at ten to six", "^<preposition:at> <number> to <num:1-12> !<set:rate_unit> !<unit> !<ampm> !<text:p> !<article:a> !:",
     "type=TIME from=document period=day hour=$4 minutes_to=$2"},
};

// Recurrences (TimeML's SET) and the one length an adjective of frequency names.
constexpr RuleSpec kSets[] = {
    // "annual loss", "annual sales": the amount summed over one year, a length; "annual meeting" recurs.
    {"annual amount: a length", "annual &<set:accumulated>", "type=DURATION amount=1 unit=year"},
    {"daily, weekly, annual", "<frequency>", "type=SET amount=1 unit=$1"},
    {"every Saturday (morning)", "<every> <weekday/unambiguous> <part_of_day:morning|afternoon|evening|night>?",
     "type=SET weekday=$2 part_of_day=$3"},
    // "per" is a rate of units ("per week"), not each part of the day or season.
    {"every morning", "<every:every> <part_of_day:morning|afternoon|evening|night>", "type=SET part_of_day=$2"},
    {"every summer", "<every:every> <season/unambiguous>", "type=SET season=$2"},
    // "every September", "each April": the month of every year, TimeML's SET XXXX-09.
    {"every September", "<every> <month>", "type=SET month=$2"},
    // "every weekend", "on weekends": the weekend of every week, TimeML's SET XXXX-WXX-WE (a plural after "on",
    // as "on Sundays" is a SET; "weekends" alone may be a subject: "weekends are busy").
    {"every weekend", "<every:each> <unit:weekend/singular>", "type=SET weekday=weekend"},
    {"on weekends", "^<preposition:on|at|during> <unit:weekend/plural>", "type=SET weekday=weekend"},
    {"every week, per hour", "<every> <unit/singular>", "type=SET amount=1 unit=$2"},
    {"every second week", "<every> <ordinal> <unit/singular>", "type=SET amount=$2 unit=$3"},
    // "every half hour", "every quarter-hour": TimeML writes a part of an hour in minutes, as "half an hour" is
    // PT30M (before: nothing, "half" is no ordinal).
    {"every half hour", "<every> <quarter:half> +-? <unit:hour/singular>", "type=SET amount=30 unit=minute"},
    {"every quarter hour", "<every> <unit:quarter/singular> +-? <unit:hour/singular>", "type=SET amount=15 unit=minute"},
    // "every other day": every second one, TimeML's SET P2D (as "every second day"); "every", not "each" ("each
    // other" is reciprocal: "they met each other day after day").
    {"every other day", "every <text:other> <unit:second|minute|hour|day|week|fortnight|month|quarter|year|decade/singular>",
     "type=SET amount=2 unit=$3"},
    {"every two weeks", "<every> <num:1-999999> <unit/plural>", "type=SET amount=$2 unit=$3"},
    // "three days a week", "24 hours a day", "40 hours per week": so many units in every period, one TimeML SET of
    // the period (freq 3D, not written), as "twice a week" is (before: two lengths, P3D and P1W). Not before "ago",
    // "earlier", "later": "for three days a week ago" is a length and a date.
    {"three days a week", "<num:1-999> <unit:second|minute|hour|day|week|month/plural> <set:per_period> <unit:minute|hour|day|week|month|year/singular> !<ago>",
     "type=SET amount=1 unit=$4"},
    // "every few years": a recurrence of unknown period, TimeML's SET PXY (before: the length "few years").
    {"every few years", "<every:every> <set:few> <unit:second|minute|hour|day|week|month|year|decade/plural>", "type=SET unit=$3"},
    // "in each of the last three years": "each" quantifies the units of the span, so TimeML's TIMEX3 is a SET of
    // one unit (quant EACH), the span from "the"; "the last three years" alone stays the length P3Y.
    {"each of the last three years", "^<every:each> ^<preposition:of> <article:the> <shift:last|past|next> <num:2-999> <unit/plural>",
     "type=SET amount=1 unit=$6"},
};

// Lengths without a number: "for years", "in just minutes", "over the years" (TimeML's PXY); "decades" and
// "centuries" are lengths wherever they stand ("decades in the making"). Weekends and quarters are not
// lengths here ("in quarters", "for weekends").
constexpr RuleSpec kBareUnits[] = {
    {"for years", "^<preposition:for|in|within> <unit:second|minute|hour|day|week|fortnight|month|year|decade|century/plural>", "type=DURATION unit=$2"},
    {"in just minutes", "^<preposition:for|in|within> ^<set:only> <unit:second|minute|hour|day|week|fortnight|month|year|decade|century/plural>", "type=DURATION unit=$3"},
    {"over the years", "^<preposition:over> ^<article:the> <unit:second|minute|hour|day|week|fortnight|month|year|decade|century/plural>", "type=DURATION unit=$3"},
    {"decades", "<unit:decade|century/plural>", "type=DURATION unit=$1"},
    // "the siege lasted months", "it took weeks": a verb of lasting takes a length, as "for" does (not "last",
    // a shift word: "last years" is no length).
    {"lasted months", "^<set:lasting> <unit:second|minute|hour|day|week|fortnight|month|year/plural>", "type=DURATION unit=$2"},
    // "in the coming years": a length ahead of unknown size; TimeML's span leaves out "the".
    {"the coming years", "^<article:the> <shift:coming> <unit:day|week|month|year|decade/plural>", "type=DURATION unit=$3"},
    // "in the years that followed", "the weeks since the merger", "the months ahead", "the days to come": a
    // stretch of unknown length after a point (PXY ...); the span is the unit, as for "the coming years".
    {"the years that followed", "^<article:the> <unit:day|week|month|year|decade/plural> &that &followed", "type=DURATION unit=$2"},
    {"the weeks since", "^<article:the> <unit:day|week|month|year|decade/plural> &<preposition:since>", "type=DURATION unit=$2"},
    {"the months ahead", "^<article:the> <unit:day|week|month|year|decade/plural> &ahead", "type=DURATION unit=$2"},
    {"the days to come", "^<article:the> <unit:day|week|month|year|decade/plural> &to &come", "type=DURATION unit=$2"},
    // "gains for the remainder of the week": the part left of the period, a length of one unit whose span is
    // "the week" (as MEANTIME marks it). "the rest of the day" is left to the grammar's "the day".
    {"the rest of the week", "^<name:rest|remainder> ^<preposition:of> <article:the> <unit:week|month|quarter|year/singular>",
     "type=DURATION amount=1 unit=$4"},
};

// Adjectives of length: TimeML's TIMEX3 is the whole adjective, as for "a two-day visit" ("a day-long
// meeting": "day-long", P1D; "a decades-long feud": "decades-long", PXY; "the worst single-day fall": P1D).
constexpr RuleSpec kLengthAdjectives[] = {
    {"day-long", "<unit:second|minute|hour|day|week|fortnight|month|year|decade|century/singular> +- +<set:length_suffix>",
     "type=DURATION amount=1 unit=$1"},
    {"decades-long", "<unit:second|minute|hour|day|week|fortnight|month|year|decade|century/plural> +- +<set:length_suffix>",
     "type=DURATION unit=$1"},
    {"single-day", "single +- +<unit:second|minute|hour|day|week|fortnight|month|year|decade|century/singular>",
     "type=DURATION amount=1 unit=$3"},
};

// Centuries by their ordinal: "the 19th century" is TIMEX3 "18" (its years 1801-1900 begin 18..), the adjective
// "18th-century" too, and the last of a list ("the 15th and *16th centuries*": the first ordinal alone is not
// read as a century). "the late 19th century" is the grammar's p_position around these rules (mod END).
constexpr RuleSpec kCenturies[] = {
    {"the 19th century", "<int:1-30> +<ordinal_suffix> +-? <unit:century/singular>", "century=$1"},
    // Two rules, not "+-?": a second element that is checked keeps "first day", "second week" from trying them.
    {"the nineteenth century", "<ordinal> <unit:century/singular>", "century=$1"},
    {"nineteenth-century", "<ordinal> +- +<unit:century/singular>", "century=$1"},
    {"the 16th centuries", "<int:1-30> +<ordinal_suffix> <unit:century/plural>", "century=$1"},
    {"the sixteenth centuries", "<ordinal> <unit:century/plural>", "century=$1"},
};

// Decades said in words, "the sixties" (TimeML's 196, as "the 1960s"), from "the" (an age, "in his sixties", is
// no date); with a position, its mod, as "the early 1990s" has, the span from the position as there.
constexpr RuleSpec kDecades[] = {
    {"the sixties", "<article:the> <decade>", "decade=$2"},
    {"the early sixties", "^<article:the> <position:early> <decade>", "decade=$3 mod=START"},
    {"the late sixties", "^<article:the> <position:late> <decade>", "decade=$3 mod=END"},
    {"the mid sixties", "^<article:the> <position:mid> <decade>", "decade=$3 mod=MID"},
    {"the mid-sixties", "^<article:the> <position:mid> +- +<decade>", "decade=$4 mod=MID"},
};

// Halves of a decade or century, read after "the" as the quarters are (p_the): no TIMEX3 value of their own, so
// the decade or century with START or END.
constexpr RuleSpec kHalvesOfDecades[] = {
    {"the first half of the 1980s", "<ordinal:first> +-? <quarter:half> <preposition:of> <article:the> <year> +<set:plural_s>",
     "decade=$6 mod=START"},
    {"the second half of the 1980s", "<ordinal:second> +-? <quarter:half> <preposition:of> <article:the> <year> +<set:plural_s>",
     "decade=$6 mod=END"},
    {"the first half of the sixties", "<ordinal:first> +-? <quarter:half> <preposition:of> <article:the> <decade>",
     "decade=$6 mod=START"},
    {"the second half of the sixties", "<ordinal:second> +-? <quarter:half> <preposition:of> <article:the> <decade>",
     "decade=$6 mod=END"},
    {"the first half of the 19th century",
     "<ordinal:first> +-? <quarter:half> <preposition:of> <article:the> <int:1-30> +<ordinal_suffix> <unit:century/singular>",
     "century=$6 mod=START"},
    // "the decade", "the century": the document's ("the second half of the decade" written in 2025: 202 END).
    {"the first half of the decade", "<ordinal:first> +-? <quarter:half> <preposition:of> <article:the> <unit:decade/singular>",
     "decade=anchor mod=START"},
    {"the second half of the decade", "<ordinal:second> +-? <quarter:half> <preposition:of> <article:the> <unit:decade/singular>",
     "decade=anchor mod=END"},
    {"the latter half of the decade", "<ordinal:final> +-? <quarter:half> <preposition:of> <article:the> <unit:decade/singular>",
     "decade=anchor mod=END"},
    {"the first half of the century", "<ordinal:first> +-? <quarter:half> <preposition:of> <article:the> <unit:century/singular>",
     "century=anchor mod=START"},
    {"the second half of the century", "<ordinal:second> +-? <quarter:half> <preposition:of> <article:the> <unit:century/singular>",
     "century=anchor mod=END"},
    {"the latter half of the century", "<ordinal:final> +-? <quarter:half> <preposition:of> <article:the> <unit:century/singular>",
     "century=anchor mod=END"},
    {"the second half of the 19th century",
     "<ordinal:second> +-? <quarter:half> <preposition:of> <article:the> <int:1-30> +<ordinal_suffix> <unit:century/singular>",
     "century=$6 mod=END"},
};

// Fiscal years named alone; fiscal quarters and halves are the grammar's quarter patterns. Without a user's
// fiscal_year_start the value keeps its FY prefix ("FY2025").
constexpr RuleSpec kFiscalYears[] = {
    {"FY2025", "FY +<year>", "fiscal_year=$2"},
    {"FY25", "FY +<yy>", "fiscal_year=$2"},
    {"fiscal 2025", "<fiscal:fiscal> <year>", "fiscal_year=$2"},
    {"fiscal year 2025", "<fiscal:fiscal> <unit:year> <year>", "fiscal_year=$3"},
    {"the 2025 fiscal year", "<year> <fiscal:fiscal> <unit:year/singular>", "fiscal_year=$1"},
    // A fiscal year named from the document's: the one its year names ("this fiscal year" written in 2025 is FY2025,
    // as "fiscal 2025" is; a fiscal year is named by the calendar year it ends in, so a story written after the
    // year-end of a fiscal year that starts late in the calendar year is one off, which no built-in rule can know).
    // Read from "fiscal", the shift word behind it (p_shift puts it in the span).
    {"this fiscal year", "^<shift:last|previous|next|this|current> <fiscal:fiscal> <unit:year/singular>", "fiscal_year=anchor+$1"},
    {"the fiscal year", "^<article:the> <fiscal:fiscal> <unit:year/singular>", "fiscal_year=anchor"},
};

// "the past weekend", "this past weekend": the latest weekend before the document's date, as "last weekend" is
// (TimeML: a named period, not the length P2D; "the past week" stays the length P1W). "this past weekend" is read
// from "past": a rule that starts at "this" is tried at every "this" (+0.29% of Tagger::tag), so the span leaves
// "this" out, as it does for "this past Sunday" (p_shift).
constexpr RuleSpec kJustPast[] = {
    {"the past weekend", "the <shift:past> <unit:weekend/singular>", "from=document period=weekend shift=-1"},
    {"(this) past weekend", "past <unit:weekend/singular>", "from=document period=weekend shift=-1"},
};

// "last week" and its kin written as one word (a lost space in scraped text, chat): what the two words mean.
constexpr RuleSpec kGlued[] = {
    {"lastweek", "lastweek", "from=document period=week shift=-1"},
    {"lastmonth", "lastmonth", "from=document period=month shift=-1"},
    {"lastyear", "lastyear", "from=document period=year shift=-1"},
    {"nextweek", "nextweek", "from=document period=week shift=1"},
    {"nextmonth", "nextmonth", "from=document period=month shift=1"},
    {"nextyear", "nextyear", "from=document period=year shift=1"},
};

struct Table {
  RuleGroup group;
  const RuleSpec* rules;
  size_t size;
};

template <size_t N>
constexpr Table table(RuleGroup g, const RuleSpec (&rules)[N]) {
  return Table{g, rules, N};
}

const Table kTables[] = {
    table(RuleGroup::not_a_date, kNotADate),
    table(RuleGroup::day, kHolidays),
    table(RuleGroup::day, kWeeksOf),
    table(RuleGroup::day, kWeekdaysOfMonth),
    table(RuleGroup::day, kDaysOfMonth),
    table(RuleGroup::year, kBeforeAfterYear),
    table(RuleGroup::deictic, kVague),
    table(RuleGroup::deictic, kNarrative),
    table(RuleGroup::deictic, kGlued),
    table(RuleGroup::deictic, kJustPast),
    table(RuleGroup::quarter, kQuarters),
    table(RuleGroup::season, kSeasons),
    table(RuleGroup::time, kPartsOfDay),
    table(RuleGroup::time, kSpokenClock),
    table(RuleGroup::set, kSets),
    table(RuleGroup::year, kFiscalYears),
    table(RuleGroup::year, kCenturies),
    table(RuleGroup::year, kDecades),
    table(RuleGroup::quarter, kHalvesOfDecades),
    table(RuleGroup::duration, kBareUnits),
    table(RuleGroup::duration, kLengthAdjectives),
};

}  // namespace

void add_builtin_rules(RuleSet& set) {
  const WordTable none;
  for (const Table& t : kTables)
    for (size_t i = 0; i < t.size; ++i) {
      const RuleSpec& spec = t.rules[i];
      Rule r;
      r.name = spec.name;
      r.group = t.group;
      try {
        r.pattern = parse_pattern(spec.pattern, none);
        r.producer = parse_producer(spec.produce, r.pattern.size());
      } catch (const RuleSyntaxError& e) {
        // A built-in rule that does not parse is a bug the unit tests catch at once.
        throw std::logic_error(std::string("dates: built-in rule '") + spec.name + "': " + e.what());
      }
      r.origin = "built-in";
      set.add(std::move(r));
    }
}

std::shared_ptr<const RuleSet> RuleSet::builtin() {
  static const std::shared_ptr<const RuleSet> set = [] {
    auto s = std::make_shared<RuleSet>();
    add_builtin_rules(*s);
    return s;
  }();
  return set;
}

}  // namespace textchain::dates
