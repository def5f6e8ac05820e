// The text syntax of rules, shared by the built-in tables and users' rule files (see README.md):
//   pattern  "the? <ordinal> fiscal <unit:quarter> of? <year>"
//   produce  "type=DATE fiscal_quarter=$2 fiscal_year=$6"
#ifndef TEXTCHAIN_DATES_RULE_SYNTAX_HPP
#define TEXTCHAIN_DATES_RULE_SYNTAX_HPP

#include "rule.hpp"

#include <stdexcept>
#include <string_view>

namespace textchain::dates {

// A syntax error at byte `offset` of the text parsed.
class RuleSyntaxError : public std::runtime_error {
 public:
  RuleSyntaxError(size_t offset, const std::string& msg) : std::runtime_error(msg), offset_(offset) {}
  size_t offset() const noexcept { return offset_; }

 private:
  size_t offset_;
};

// Parses a pattern. Every literal word must be in the lexicon or in `extra` (a user's words).
std::vector<PatternElem> parse_pattern(std::string_view text, const WordTable& extra);
// Parses a producer; `pattern_size` bounds the $N captures.
Producer parse_producer(std::string_view text, size_t pattern_size);
// "day", "month", ... "not_a_date"; throws RuleSyntaxError(0, ...) on an unknown name.
RuleGroup parse_group(std::string_view name);

}  // namespace textchain::dates

#endif
