// Numbers before a mark (issue 19): the grammar passes "3.5", "380." and "(26)" without trying its patterns,
// and the rule tables are tried after a number only for a mark some rule takes second. Both are shortcuts:
// what a number before a mark reads as must not change. Sentences are our own (dated Friday 2025-09-26).
#include "found_as_table.hpp"
#include "rule_file.hpp"
#include "tagger.hpp"

#include <gtest/gtest.h>

using namespace textchain::dates;

namespace {

using dev::expect_found;
using dev::FoundCase;

// The shapes next to the ones passed that the patterns still read: a clock with a point and am/pm, a date with
// two points, a length of one and a half, a year before a full stop, a day before a comma in a list.
constexpr FoundCase kStillRead[] = {
    {"The talks began at 7.30am on Monday.", 1, "7.30am on Monday|TIME|2025-09-22T07:30"},
    {"It ended at 7.30 p.m. sharp.", 1, "7.30 p.m.|TIME|2025-09-26T19:30"},
    {"It ended at 7.30:15 pm.", 1, "7.30:15 pm|TIME|2025-09-26T19:30:15"},
    {"The note is dated 12.5.2020 in the file.", 1, "12.5.2020|DATE|2020-12-05"},
    {"The flight took 1.5 hours.", 1, "1.5 hours|DURATION|PT1H30M"},
    {"He moved there in 2010.", 1, "2010|DATE|2010"},
    {"They met on 3, 4 and 5 May.", 1, "5 May|DATE|2025-05-05"},
};

// The shapes passed: a decimal number, a number before a full stop, a comma or a bracket.
constexpr FoundCase kPassed[] = {
    {"Sales rose 3.5 percent to 380.", 0, ""},
    {"Shares closed at 12.75, up 5.25 from 12.", 0, ""},
    {"The vote was 26 (of 40), a record.", 0, ""},
};

}  // namespace

TEST(DatesNumberMarks, ShapesNextToThePassedOnesStillRead) { expect_found(kStillRead); }
TEST(DatesNumberMarks, DecimalsAndNumbersBeforeAMarkFindNothing) { expect_found(kPassed); }

// A user's rule that takes a point after a number is still tried there.
TEST(DatesNumberMarks, AUserRuleTakingAPointAfterANumber) {
  TaggerOptions opt;
  opt.rules = parse_rule_file(R"toml(
[[rule]]
name = "a lap time, no length"
group = "not_a_date"
pattern = "<num> +. +<num> <unit:hour/plural>"
produce = "not_a_date"
)toml", "test.toml");
  const std::string text = "The flight took 1.5 hours.";
  EXPECT_TRUE(Tagger(opt).tag(text, "2025-09-26").empty());
  EXPECT_EQ(Tagger(TaggerOptions{}).tag(text, "2025-09-26").size(), 1u);
}

// A user's rule starting with a number and taking second a word no built-in rule takes after one (a word outside
// the lexicon): the rule tables are tried at a number only for what some rule takes next (RuleSet::second_mask, worked
// out from the rules as they are added), so the file's rule is tried there and matches; without it, nothing.
TEST(DatesNumberMarks, AUserRuleTakingAWordOfNoKindAfterANumber) {
  TaggerOptions opt;
  opt.rules = parse_rule_file(R"toml(
[[rule]]
name = "lunar months"
group = "duration"
pattern = "<num:1-99> <text:moons>"
produce = "type=DURATION amount=$1 unit=month"
)toml", "test.toml");
  const std::string text = "The voyage lasted 3 moons in all.";
  const auto found = Tagger(opt).tag(text, "2025-09-26");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin), "3 moons");
  EXPECT_EQ(found[0].value, "P3M");
  EXPECT_TRUE(Tagger(TaggerOptions{}).tag(text, "2025-09-26").empty());
}
