#include "rule.hpp"

namespace textchain::dates {

void RuleSet::add(Rule r) {
  rules_.push_back(std::make_unique<Rule>(std::move(r)));
  const Rule* p = rules_.back().get();
  const PatternElem& first = p->pattern.front();
  if (first.kind == ElemKind::number) {
    by_first_[static_cast<size_t>(Kind::none)].push_back(p);
    if (first.words_too) by_first_[static_cast<size_t>(Kind::number)].push_back(p);
  } else if (first.kind == ElemKind::lexicon || first.kind == ElemKind::word) {
    by_first_[static_cast<size_t>(first.lex)].push_back(p);
  }
  // A rule starting with a punctuation mark is never tried: the scan only stops at words and numbers.
}

}  // namespace textchain::dates
