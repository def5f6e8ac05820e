// Rules as data (the shape of Duckling's {name, pattern, production} and HeidelTime's rule files): a rule
// is a named pattern over typed tokens plus a producer that fills a TimeValue. The built-in tables
// (rule_tables.cpp) and a user's rule file (rule_file.hpp) are written in the same syntax, parsed by
// rule_syntax.cpp, matched by rule_matcher.cpp. plugins/dates/README.md documents the syntax.
#ifndef TEXTCHAIN_DATES_RULE_HPP
#define TEXTCHAIN_DATES_RULE_HPP

#include "lexicon.hpp"
#include "time_value.hpp"

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace textchain::dates {

// What a rule produces: the tables are grouped by it.
enum class RuleGroup : uint8_t { day, month, year, time, duration, set, deictic, range, quarter, season, not_a_date };

// One element of a pattern: a token of a lexicon kind (maybe with one value), one lexicon word, a number
// in a range, or a punctuation mark.
enum class ElemKind : uint8_t { lexicon, word, number, punct, name, set, lower };

struct PatternElem {
  ElemKind kind = ElemKind::lexicon;
  Kind lex = Kind::none;     // lexicon: the kind; word: the word's kind (what indexes the rule)
  int lex_value = -1;        // lexicon: the one value accepted, -1 any
  uint64_t value_mask = 0;   // lexicon: the values accepted, one bit each (<part_of_day:morning|night>); 0: lex_value
  uint8_t flags_on = 0;      // lexicon: entry flags the word must have (<unit/plural>)
  uint8_t flags_off = 0;     // lexicon: entry flags it must not have (<unit/singular>, <weekday/unambiguous>)
  bool capitalized = false;  // lexicon or word: written with a capital first letter (<quarter:q/capitalized>: "Q3", not "q3")
  uint64_t sets = 0;         // set: the WordSet bits, one of which the word must have (<set:accumulated>)
  std::string word;          // word: lower case
  int min = 0, max = 0;      // number: the accepted range (inclusive)
  int digits = 0;            // number: exact digit count, 0 any (a number word counts as none)
  bool words_too = false;    // number: also a number word ("six")
  bool two_digit_year = false;  // number: <yy>, two digits read as a year (25 -> 2025, 98 -> 1998)
  char punct = 0;            // punct: the mark ('-' also matches dashes)
                             // name: a capitalized word the lexicon does not know ("Granma", "Smith")
  bool glued = false;        // no white space before it
  bool optional = false;
  bool lookahead = false;    // &element: must follow, is not part of the span (only at a pattern's end)
  bool negated = false;      // !element (a lookahead too): must not follow; the token is not read past ("half past
                             // ten !<set:rate_unit>": not "half past ten million")
  bool lookbehind = false;   // ^element: must stand right before, is not part of the span (only at the start)
};

// Where a producer field takes its value from.
enum class Source : uint8_t {
  constant,     // `value`
  capture,      // the value of pattern element `value` (1-based): a number, or a lexicon value
  anchor_year,  // the document date's year
  nearest_year, // the year the captured month and day lie in, seen from the anchor in the sentence's tense
  past_year,    // the year of the latest such day before the anchor ("last Thanksgiving")
  next_year,    // the year of the first such day after the anchor ("next Easter")
  anchor_shift, // the anchor's year moved as the shift word captured at `value` says ("of last year": -1);
                // no match without an anchor
  anchor_month_shift, // (month only) the anchor's month moved as the shift word captured at `value` says
                      // ("of next month": +1), setting the year too; no match without an anchor
  narrative_year,     // the year the narrative is at ("that summer", "July of that year"), else the anchor's
};

enum class Field : uint8_t {
  year, month, day, week, quarter, half, season, part_of_day, hour, minute, amount, unit, fiscal_year,
  fiscal_quarter, fiscal_half,
  weekday,  // with month and nth: the nth such weekday of the month (Thanksgiving: weekday=4 nth=4 month=11)
  nth,      // 1..5, or -1 for the last
  easter,   // days from Easter Sunday (Good Friday -2): sets month and day
  offset,   // days added once the day is known (Black Friday: Thanksgiving's rule with offset=1)
  shift,    // with `from`: how many `period`s to move (negative: back)
  century,  // the ordinal of a century, 1..30: 19 is 1801-1900, TIMEX3 "18"
  decade,   // a decade by its three leading digits, 100..299 (196: the 1960s, TIMEX3 "196"), or by a year (1960)
  minutes_to,  // with hour: that many minutes before the hour ("quarter to ten" hour=10 minutes_to=15: 09:45)
};

struct Assignment {
  Field field = Field::year;
  Source source = Source::constant;
  int value = 0;
  bool negate = false;  // shift=-$2
};

// Where a period-valued producer counts from: the document date ("last week"), the narrative's reference
// time ("that day", "the following year"), or the latest day the story named, else the document's ("in
// morning trading": the day being reported).
enum class PeriodFrom : uint8_t { none, document, narrative, story };

// A producer: the TIMEX3 type, the fields it sets, and the fixed parts of the value.
struct Producer {
  bool not_a_date = false;  // the span is consumed and nothing is annotated ("a six-year-old")
  TimexType type = TimexType::date;
  TimeRef ref = TimeRef::none;
  Mod mod = M_NONE;
  PeriodFrom from = PeriodFrom::none;
  Unit period = U_NONE;  // with `from`: the period the value names (day, week, month, year ...)
  int period_capture = 0;  // or the pattern element (1-based) whose unit it is: "that <unit>" 
  std::vector<Assignment> fields;
};

// What a token must be for a pattern element to match it, kept compact for the matcher's first look
// (RuleMatcher's filter_admits): a necessary condition, never a sufficient one (a word element's spelling,
// glued, are left to the full test).
struct ElemFilter {
  bool checked = false;  // false: no such element, or an optional one (anything passes)
  ElemKind kind = ElemKind::lexicon;
  Kind lex = Kind::none;
  char punct = 0;
  bool capitalized = false;
  bool words_too = false, two_digit_year = false;  // number
  uint8_t flags_on = 0, flags_off = 0;              // lexicon
  uint8_t digits = 0;                               // number
  int min = 0, max = 0;                             // number
  uint64_t values = 0;  // lexicon: the accepted values, one bit each; 0: any ("the <shift:previous>")
  // The filter of element `e` (optional elements pass anything).
  static ElemFilter of(const PatternElem& e) noexcept {
    ElemFilter f;
    if (e.optional || e.lookahead) return f;
    f.checked = true;
    f.kind = e.kind;
    f.lex = e.lex;
    f.punct = e.punct;
    f.capitalized = e.capitalized;
    f.words_too = e.words_too;
    f.two_digit_year = e.two_digit_year;
    f.digits = static_cast<uint8_t>(e.digits > 0 && e.digits < 256 ? e.digits : 0);
    f.min = e.min;
    f.max = e.max;
    if (e.kind == ElemKind::lexicon) {
      f.flags_on = e.flags_on;
      f.flags_off = e.flags_off;
      f.values = e.value_mask ? e.value_mask : e.lex_value >= 0 && e.lex_value < 64 ? uint64_t{1} << e.lex_value : 0;
    }
    return f;
  }
};

struct Rule {
  std::string name;
  RuleGroup group = RuleGroup::day;
  std::vector<PatternElem> pattern;
  Producer producer;
  std::string origin;  // "built-in" or "file:line:col", for error messages and explain output
  size_t lead = 0;     // how many lookbehind elements the pattern starts with; pattern[lead] starts the match

  // Copies of the tests of the first element (after the lookbehind), the second and the third, so that the
  // matcher rejects most tries without reading the pattern: most tokens after "the" or a number are ordinary
  // words, and a rule is listed under its first element's kind whatever the value or flags it asks ("for
  // years" is tried at every "year"); the rules listed under "the" and an ordinal differ in their third ("the
  // first quarter", "the first week of"). Set by RuleSet::add.
  ElemFilter first, second, third;
  // What the token after the first may be, as RuleSet::second_mask's bits, for this rule alone: the
  // elements up to the first that is not optional ("<ordinal> +-? <unit:quarter>": a hyphen or a unit).
  uint64_t second_tokens = 0;
  uint32_t index = 0;  // the order the rule was added in: the earlier rule wins a tie
};

// Calendar conventions a user may set: the month the fiscal year starts (FY2025 starting 2024-10-01 is
// fiscal_year_start 10; 0 = not known: fiscal periods keep the FY prefix).
struct CalendarConventions {
  int fiscal_year_start = 0;
};

// The rules and extra words the engine uses: the built-in tables, then a user's file. Immutable once built,
// shared by every thread.
class RuleSet {
 public:
  // The built-in tables only.
  static std::shared_ptr<const RuleSet> builtin();

  void add(Rule r);
  WordTable& words() noexcept { return words_; }
  const WordTable& words() const noexcept { return words_; }
  CalendarConventions& conventions() noexcept { return conventions_; }
  const CalendarConventions& conventions() const noexcept { return conventions_; }

  // The rules whose first element can match a token of this lexicon kind (Kind::none: a digit run).
  const std::vector<const Rule*>& starting_with(Kind k) const noexcept {
    return by_first_[static_cast<size_t>(k)];
  }
  // Whether some rule starts with a word of this kind and value (the scan's test, one bit per value).
  bool may_start_with(Kind k, uint8_t value) const noexcept {
    const auto& bits = first_values_[static_cast<size_t>(k)];
    return (bits[value >> 6] >> (value & 63)) & 1;
  }
  // What the second token of any rule starting with a token of kind `first` may be (Kind::none: a digit
  // run): one bit per lexicon kind of a word, then bits for a number, a punctuation mark, an unknown word,
  // and "anything" (a rule of one element, or an optional second one).
  static constexpr int kSecondNumber = 58, kSecondPunct = 59, kSecondName = 60, kSecondAny = 61;
  uint64_t second_mask(Kind first) const noexcept { return second_masks_[static_cast<size_t>(first)]; }
  // Whether the punctuation mark `c` (a Tok's punct) may be the second token of a rule starting with kind
  // `first`: kSecondPunct split by mark, since most marks after a number ("3.5", "5%", "in 380.") continue no
  // rule. Meaningful only when second_mask(first) has kSecondPunct and not kSecondAny.
  bool second_punct(Kind first, char c) const noexcept {
    const auto u = static_cast<unsigned char>(c);
    const auto& bits = second_puncts_[static_cast<size_t>(first)];
    return u >= 128 || ((bits[u >> 6] >> (u & 63)) & 1);
  }
  // The rules starting with kind `first` that a second token of class `bit` (a bit of second_mask) may
  // continue; the rules that take anything second are under kSecondAny alone. In the order added.
  const std::vector<const Rule*>& continued_by(Kind first, int bit) const noexcept {
    return by_second_[static_cast<size_t>(first)][static_cast<size_t>(bit)];
  }
  // What the third token may be (second_mask's bits) for the rules starting with kind `first` whose second token
  // may be of class `bit` (continued_by's lists): the elements after a second that must be read, up to the first
  // that is not optional; kSecondAny when any rule of those may end or take anything there. "the first of",
  // "the first week": no rule reads on after "the first" before a word of no kind.
  uint64_t third_mask(Kind first, int bit) const noexcept {
    return third_masks_[static_cast<size_t>(first)][static_cast<size_t>(bit)];
  }
  // Whether a word may start a rule, from its shape alone (always true once the set has a user's words,
  // which the shapes do not hold).
  bool may_start_word(std::string_view word) const noexcept { return !words_.empty() || start_shapes_.may_hold(word); }
  // The shapes of the words rules start with (not the user's words: may_start_word says when those count).
  const WordShapes& start_shapes() const noexcept { return start_shapes_; }
  size_t size() const noexcept { return rules_.size(); }
  const Rule& at(size_t i) const noexcept { return *rules_[i]; }

 private:
  void list_by_second(Kind first, const Rule* p, uint64_t second, uint64_t third, const std::array<uint64_t, 2>& marks);

  std::vector<std::unique_ptr<Rule>> rules_;
  std::array<std::vector<const Rule*>, static_cast<size_t>(Kind::name) + 1> by_first_;
  std::array<std::array<std::vector<const Rule*>, 64>, static_cast<size_t>(Kind::name) + 1> by_second_;
  std::array<std::array<uint64_t, 4>, static_cast<size_t>(Kind::name) + 1> first_values_{};
  std::array<uint64_t, static_cast<size_t>(Kind::name) + 1> second_masks_{};
  std::array<std::array<uint64_t, 64>, static_cast<size_t>(Kind::name) + 1> third_masks_{};  // third_mask's
  std::array<std::array<uint64_t, 2>, static_cast<size_t>(Kind::name) + 1> second_puncts_{};  // second_punct's
  static_assert(static_cast<int>(Kind::name) < kSecondNumber, "Kind bits and the second-token flags overlap");
  void add_start_kind(Kind k);  // start_shapes_.add_kind(k), once per kind

  WordShapes start_shapes_;  // the words rules start with
  uint64_t start_kinds_ = 0;  // the kinds whose words start_shapes_ holds, one bit each
  WordTable words_;
  CalendarConventions conventions_;
};

}  // namespace textchain::dates

#endif
