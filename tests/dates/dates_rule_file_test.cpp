// Users' rule files: the README's worked example (fiscal quarters) run as written, words and holidays a
// file adds, and every kind of mistake reported as FILE:LINE:COL. Sentences are our own.
#include "dev_sets.hpp"
#include "rule_file.hpp"
#include "rule_syntax.hpp"
#include "tagger.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace textchain::dates;

namespace {

const std::string kExample = std::string(TEXTCHAIN_SOURCE_DIR) + "/plugins/dates/examples/fiscal_quarters.toml";

std::string tagged(const TaggerOptions& opt, std::string_view text, std::string_view date = "2025-03-10") {
  return textchain::dates::dev::bracketed(text, Tagger(opt).tag(text, date));
}

TaggerOptions with_file(std::string_view toml) {
  TaggerOptions opt;
  opt.rules = parse_rule_file(toml, "test.toml");
  return opt;
}

std::string error_of(std::string_view toml) {
  try {
    parse_rule_file(toml, "test.toml");
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

// The README shows plugins/dates/examples/fiscal_quarters.toml verbatim; this runs that file.
TEST(DatesRuleFile, ReadmeFiscalQuarterExample) {
  const std::string readme = textchain::dates::dev::read_file(std::string(TEXTCHAIN_SOURCE_DIR) + "/plugins/dates/README.md");
  const std::string example = textchain::dates::dev::read_file(kExample);
  EXPECT_NE(readme.find(example), std::string::npos) << "README.md must quote examples/fiscal_quarters.toml verbatim";

  TaggerOptions opt;
  opt.rules = load_rule_file(kExample);
  // FY2025 runs from October 2024: its third quarter is April to June 2025, its first October to December 2024.
  EXPECT_EQ(tagged(opt, "Sales rose 4% in Q3 FY2025, the company said."), "[Q3 FY2025|DATE|2025-Q2]");
  EXPECT_EQ(tagged(opt, "Margins fell in Q1 FY2025."), "[Q1 FY2025|DATE|2024-Q4]");
  EXPECT_EQ(tagged(opt, "It expects a loss in the first fiscal quarter of 2026."),
            "[the first fiscal quarter of 2026|DATE|2025-Q4]");
  // Without the file the same words keep the engine's own reading.
  EXPECT_NE(tagged(TaggerOptions{}, "Sales rose 4% in Q3 FY2025, the company said."), "[Q3 FY2025|DATE|2025-Q2]");
}

TEST(DatesRuleFile, FiscalPeriodsWithoutAKnownStartKeepTheirPrefix) {
  const auto opt = with_file(R"toml(
[[rule]]
name = "fiscal half"
group = "quarter"
pattern = "H +<int:1-2> FY +<year>"
produce = "type=DATE fiscal_half=$2 fiscal_year=$4"
)toml");
  EXPECT_EQ(tagged(opt, "Revenue in H2 FY2024 was flat."), "[H2 FY2024|DATE|FY2024-H2]");
}

TEST(DatesRuleFile, NewWordsAndAHoliday) {
  const auto opt = with_file(R"toml(
[[word]]
word = "Founders"

[[rule]]
name = "Founders Day (14 March)"
group = "day"
pattern = "Founders <unit:day>"
produce = "type=DATE month=3 day=14 year=nearest"
)toml");
  EXPECT_EQ(tagged(opt, "The parade was held on Founders Day."), "[Founders Day|DATE|2025-03-14]");
  EXPECT_EQ(tagged(opt, "Founders of the firm met."), "");
}

TEST(DatesRuleFile, NotADateRulesSilenceASpan) {
  const auto opt = with_file(R"toml(
[[word]]
word = "Windows"

[[rule]]
name = "a product named by a year"
group = "not_a_date"
pattern = "Windows <year>"
produce = "not_a_date"
)toml");
  EXPECT_EQ(tagged(opt, "He still runs Windows 2000 at home."), "");
  EXPECT_EQ(tagged(opt, "He moved home in 2000."), "[2000|DATE|2000]");
}

TEST(DatesRuleFile, ErrorsNameFileLineAndColumn) {
  EXPECT_EQ(error_of("[calendar]\nfiscal_year_start = 13\n"),
            "test.toml:2:21: fiscal_year_start is the month the fiscal year starts in, 1 to 12");
  EXPECT_EQ(error_of("[[rule]]\nname = \"x\"\ngroup = \"day\"\npattern = \"Founders <unit:day>\"\nproduce = \"type=DATE\"\n"),
            "test.toml:4:12: the word 'Founders' is not in the lexicon: declare it in a [[word]] table first");
  EXPECT_EQ(error_of("[[rule]]\nname = \"x\"\ngroup = \"day\"\npattern = \"<month> <int:1-31>\"\nproduce = \"type=DATE month=$3\"\n"),
            "test.toml:5:28: $N must name a pattern element, 1 to 2");
  EXPECT_EQ(error_of("[[rule]]\nname = \"x\"\ngroup = \"day\"\npattern = \"<mnth>\"\nproduce = \"type=DATE\"\n").substr(0, 32),
            "test.toml:4:13: unknown token ki");
  EXPECT_EQ(error_of("[[rule]]\nname = \"x\"\ngroup = \"dya\"\npattern = \"<month>\"\nproduce = \"type=DATE\"\n").substr(0, 32),
            "test.toml:3:10: unknown group 'd");
  EXPECT_EQ(error_of("[[rules]]\nname = \"x\"\n").substr(0, 35), "test.toml:1:1: unknown key 'rules' ");
  EXPECT_EQ(error_of("[[rule]]\nname = \"x\"\n").substr(0, 36), "test.toml:1:1: missing key 'group'");
  EXPECT_EQ(error_of("[calendar\n").substr(0, 12), "test.toml:1:");
  EXPECT_THROW(load_rule_file("/nonexistent/rules.toml"), std::invalid_argument);
  // Word sets, flags and lookaheads are checked where they are written.
  EXPECT_EQ(error_of("[[rule]]\nname = \"x\"\ngroup = \"set\"\npattern = \"every <set:profits>\"\nproduce = \"type=SET\"\n")
                .substr(0, 42),
            "test.toml:4:23: unknown word set 'profits'");
  EXPECT_EQ(error_of("[[rule]]\nname = \"x\"\ngroup = \"set\"\npattern = \"every <unit/wide>\"\nproduce = \"type=SET\"\n")
                .substr(0, 35),
            "test.toml:4:24: unknown flag 'wide'");
  EXPECT_EQ(error_of("[[rule]]\nname = \"x\"\ngroup = \"set\"\npattern = \"every &<unit> <unit>\"\nproduce = \"type=SET\"\n")
                .substr(0, 46),
            "test.toml:4:18: a lookahead (&element) is only");
}

// <text:word> names a word the lexicon does not hold, by its letters: it may follow the first element, and a
// word the lexicon holds is written plainly.
TEST(DatesRuleFile, TextElementsNameWordsOutsideTheLexicon) {
  const auto opt = with_file(R"toml(
[[rule]]
name = "every alternate day"
group = "set"
pattern = "every <text:alternate> <unit:day/singular>"
produce = "type=SET amount=2 unit=day"
)toml");
  EXPECT_EQ(tagged(opt, "The nurse calls every alternate day."), "[every alternate day|SET|P2D]");
  EXPECT_EQ(error_of("[[rule]]\nname = \"x\"\ngroup = \"set\"\npattern = \"every <text:day>\"\nproduce = \"type=SET\"\n")
                .substr(0, 42),
            "test.toml:4:24: 'day' is in the lexicon: w");
  EXPECT_EQ(error_of("[[rule]]\nname = \"x\"\ngroup = \"set\"\npattern = \"<text:alternate> <unit>\"\nproduce = \"type=SET\"\n")
                .substr(0, 45),
            "test.toml:4:12: a pattern starts with a lexic");
}

// The scan passes "that" before a word of no kind without trying the rules (Skimmer, LeadWords): a user's rule
// that starts with "that" and takes such a word second still matches, whether the lexicon holds the word or not.
TEST(DatesRuleFile, UserRulesStartingWithThatAndAWordOfNoKind) {
  const auto opt = with_file(R"toml(
[[rule]]
name = "that fateful day"
group = "set"
pattern = "that <text:fateful> <unit:day/singular>"
produce = "type=SET amount=2 unit=day"

[[rule]]
name = "that his day"
group = "set"
pattern = "that <set:possessive> <unit:day/singular>"
produce = "type=SET amount=3 unit=day"
)toml");
  EXPECT_EQ(tagged(opt, "Rain fell that fateful day."), "[that fateful day|SET|P2D]");
  EXPECT_EQ(tagged(opt, "Rain fell that his day."), "[that his day|SET|P3D]");
  EXPECT_EQ(tagged(TaggerOptions{}, "Rain fell that his day."), "");
}

// A user's rule that reads a word of no kind third, after "the" and an ordinal (RuleSet::third_mask): the built-in
// tables take none there, so "the first time" tries no rule, but the user's file adds one and it matches; and one
// embedded by p_the after the ordinal (a quarter rule) still does.
TEST(DatesRuleFile, UserRulesReadingAThirdWordAfterTheAndAnOrdinal) {
  const auto opt = with_file(R"toml(
[[rule]]
name = "the second Lantern Day"
group = "day"
pattern = "the <ordinal:second> <name> <unit:day/singular>"
produce = "type=DATE month=6 day=2 year=nearest"

[[rule]]
name = "the third lantern moon"
group = "quarter"
pattern = "<ordinal:third> <text:lantern> <text:moon>"
produce = "type=DATE quarter=$1 year=2025"
)toml");
  EXPECT_EQ(tagged(opt, "The fair opens on the second Lantern Day."), "[the second Lantern Day|DATE|2025-06-02]");
  EXPECT_EQ(tagged(opt, "Fees rose in the third lantern moon."), "[the third lantern moon|DATE|2025-Q3]");
  EXPECT_EQ(tagged(TaggerOptions{}, "The fair opens on the second Lantern Day."), "");
  EXPECT_EQ(tagged(TaggerOptions{}, "Fees rose in the third lantern moon."), "");
}

// A user's rule in the syntax the built-in SET and fiscal tables use: flags, value alternatives, <yy>, a
// word set and a lookahead.
TEST(DatesRuleFile, FlagsAlternativesSetsAndLookaheads) {
  TaggerOptions opt;
  opt.rules = parse_rule_file(R"toml(
[[rule]]
name = "a report year: FY25 results"
group = "year"
pattern = "FY +<yy> &<set:accumulated>"
produce = "fiscal_year=$2 mod=END"

[[rule]]
name = "weekday evenings"
group = "set"
pattern = "<weekday/plural> <part_of_day:evening|night>"
produce = "type=SET weekday=$1 part_of_day=$2"
)toml", "test.toml");
  EXPECT_EQ(tagged(opt, "Its FY25 profit fell."), "[FY25|DATE|FY2025|END]");
  EXPECT_EQ(tagged(opt, "It opens Fridays evening."), "[Fridays evening|SET|XXXX-WXX-5TEV]");
}

// A lookbehind (^element) reads the words before the span: they decide, the span leaves them out.
TEST(DatesRuleFile, LookbehindsDecideButStayOutOfTheSpan) {
  TaggerOptions opt;
  opt.rules = parse_rule_file(R"toml(
[[rule]]
name = "a season after 'since': from its start"
group = "month"
pattern = "^<preposition:since> <season/unambiguous>"
produce = "season=$2 year=anchor mod=START"
)toml", "test.toml");
  EXPECT_EQ(tagged(opt, "Prices have doubled since summer."), "[summer|DATE|2025-SU|START]");
  EXPECT_EQ(tagged(opt, "Prices doubled in summer."), "[summer|DATE|2025-SU]");
  EXPECT_EQ(error_of("[[rule]]\nname = \"x\"\ngroup = \"set\"\npattern = \"every ^<unit>\"\nproduce = \"type=SET\"\n")
                .substr(0, 48),
            "test.toml:4:18: a lookbehind (^element) is only ");
}

// A negative lookahead (!element) refuses the match when the token after the span is one; it reads no token past
// it, ends the pattern as & does, and is neither optional nor first.
TEST(DatesRuleFile, NegativeLookaheadsRefuseWhatFollows) {
  const auto opt = with_file(R"toml(
[[word]]
word = "Founders"

[[rule]]
name = "Founders Day, not 'Founders Day parade'"
group = "day"
pattern = "Founders <unit:day> !<set:rate_unit> !<name>"
produce = "type=DATE month=3 day=14 year=nearest"
)toml");
  EXPECT_EQ(tagged(opt, "The town rests on Founders Day."), "[Founders Day|DATE|2025-03-14]");
  EXPECT_EQ(tagged(opt, "The town rests on Founders Day Parade."), "");
  EXPECT_EQ(error_of("[[rule]]\nname = \"x\"\ngroup = \"set\"\npattern = \"every <unit> !<name>?\"\nproduce = \"type=SET\"\n")
                .substr(0, 60),
            "test.toml:4:25: a negative lookahead (!element) cannot be op");
  EXPECT_EQ(error_of("[[rule]]\nname = \"x\"\ngroup = \"set\"\npattern = \"every !<name> <unit>\"\nproduce = \"type=SET\"\n")
                .substr(0, 46),
            "test.toml:4:18: a lookahead (&element) is only");
  EXPECT_EQ(error_of("[[rule]]\nname = \"x\"\ngroup = \"set\"\npattern = \"!<unit> every\"\nproduce = \"type=SET\"\n")
                .substr(0, 45),
            "test.toml:4:12: a pattern starts with a lexic");
}

// Every built-in rule parses (a typo in rule_tables.cpp would throw here, not in a user's run).
TEST(DatesRuleFile, BuiltinTablesParse) {
  const auto set = RuleSet::builtin();
  ASSERT_GT(set->size(), 0u);
  for (size_t i = 0; i < set->size(); ++i) EXPECT_FALSE(set->at(i).pattern.empty()) << set->at(i).name;
}

// The producers the README lists for holidays: days from Easter, the last weekday of a month, an offset.
TEST(DatesRuleFile, HolidayProducers) {
  const auto opt = with_file(R"toml(
[[word]]
word = "Decoration"

[[word]]
word = "Maundy"

[[rule]]
name = "Decoration Day (Memorial Day's old name): the last Monday of May"
group = "day"
pattern = "Decoration <unit:day>"
produce = "month=5 weekday=monday nth=last year=nearest"

[[rule]]
name = "Maundy Thursday"
group = "day"
pattern = "Maundy <weekday:thursday>"
produce = "easter=-3 year=nearest"

[[rule]]
name = "the day after Thanksgiving"
group = "day"
pattern = "<holiday:thanksgiving> <weekday:friday>"
produce = "month=11 weekday=thursday nth=4 offset=1 year=nearest"
)toml");
  EXPECT_EQ(tagged(opt, "Parades were held on Decoration Day.", "2025-06-10"), "[Decoration Day|DATE|2025-05-26]");
  EXPECT_EQ(tagged(opt, "Shops closed on Maundy Thursday.", "2025-05-01"), "[Maundy Thursday|DATE|2025-04-17]");
  EXPECT_EQ(tagged(opt, "Sales peaked on Thanksgiving Friday.", "2025-12-10"), "[Thanksgiving Friday|DATE|2025-11-28]");
}

// The producer sources the quarter and part-of-day tables use, in a user's file: a capitalized word, the
// document's year moved by a shift word, and the story's day.
TEST(DatesRuleFile, CapitalizedShiftedYearAndStoryDay) {
  TaggerOptions opt;
  opt.rules = parse_rule_file(R"toml(
[[word]]
word = "Sem"

[[word]]
word = "session"

[[rule]]
name = "a company's Sem1 (first semester) of this or last year"
group = "quarter"
pattern = "Sem/capitalized +<int:1-2> <preposition:of>? <shift> <unit:year>"
produce = "half=$2 year=anchor+$4"

[[rule]]
name = "the evening session: the story's day"
group = "time"
pattern = "<part_of_day:evening> session"
produce = "type=TIME from=story period=day part_of_day=$1"
)toml", "test.toml");
  EXPECT_EQ(tagged(opt, "Sales in Sem2 of last year fell."), "[Sem2 of last year|DATE|2024-H2]");
  EXPECT_EQ(tagged(opt, "Sales in sem2 of last year fell."), "[last year|DATE|2024]");
  EXPECT_EQ(tagged(opt, "The vote was on May 2, 2024. The evening session ran late."),
            "[May 2, 2024|DATE|2024-05-02][evening session|TIME|2024-05-02TEV]");
  EXPECT_EQ(error_of("[[rule]]\nname = \"x\"\ngroup = \"year\"\npattern = \"<shift> <unit:year>\"\nproduce = \"year=anchor+$3\"\n"),
            "test.toml:5:24: $N must name a pattern element, 1 to 2");
  EXPECT_EQ(error_of("[[rule]]\nname = \"x\"\ngroup = \"month\"\npattern = \"<shift> <unit:month>\"\nproduce = \"month=anchor+$3\"\n"),
            "test.toml:5:25: $N must name a pattern element, 1 to 2");
  EXPECT_EQ(error_of("[[rule]]\nname = \"x\"\ngroup = \"set\"\npattern = \"every <unit/caps>\"\nproduce = \"type=SET\"\n")
                .substr(0, 35),
            "test.toml:4:24: unknown flag 'caps'");
}
