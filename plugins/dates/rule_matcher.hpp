// Matches the rule tables at a trigger token and runs the winning rule's producer.
#ifndef TEXTCHAIN_DATES_RULE_MATCHER_HPP
#define TEXTCHAIN_DATES_RULE_MATCHER_HPP

#include "normalizer.hpp"
#include "rule.hpp"
#include "scanner.hpp"

namespace textchain::dates {

// What producers read from the text around a match: the sentence's tense ("year=nearest") and the
// narrative's latest date ("from=narrative"). The grammar keeps both.
class MatchContext {
 public:
  virtual Direction tense_around(uint32_t begin, uint32_t end) const noexcept = 0;
  // The narrative's latest date at least as fine as `unit`, moved by n units; the document date when the
  // narrative has none. False when neither is known.
  virtual bool narrative_shift(int unit, int n, CivilDate& out) noexcept = 0;

 protected:
  ~MatchContext() = default;
};

struct RuleMatch {
  const Rule* rule = nullptr;
  int next = 0;  // window index after the match
  uint32_t begin = 0, end = 0;
  TimeValue value;
};

class RuleMatcher {
 public:
  RuleMatcher(const RuleSet& rules, const Normalizer& norm, MatchContext& context) noexcept
      : rules_(rules), norm_(norm), context_(context) {}

  // Whether any rule can start at this token (cheap: one index lookup).
  bool may_start(const Tok& t) const noexcept;
  // The longest match of any rule starting at w.at(0) whose producer succeeds (the earlier rule wins a tie).
  bool match(Window& w, RuleMatch& out) const;
  // The token's lexicon entry, a user's word included.
  const Entry& entry(Window& w, const Tok& t) const noexcept;

 private:
  bool match_pattern(Window& w, const Rule& r, int captures[], int& next) const;
  bool produce(const Rule& r, const int captures[], uint32_t begin, uint32_t end, TimeValue& v) const;
  bool produce_period(const Producer& p, int unit, int shift, TimeValue& v) const;

  const RuleSet& rules_;
  const Normalizer& norm_;
  MatchContext& context_;
};

}  // namespace textchain::dates

#endif
