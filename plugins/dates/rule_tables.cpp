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

// Numbers that are not dates: the span is consumed and nothing is annotated.
constexpr RuleSpec kNotADate[] = {
    // An age is not annotated by TimeML: "a 6-year-old", "the six-month-old son".
    {"age: a 6-year-old", "<num> +- +<unit> +- +<age>", "not_a_date"},
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
