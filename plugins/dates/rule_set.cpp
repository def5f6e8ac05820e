#include "rule.hpp"

#include <bit>

namespace textchain::dates {

namespace {
// A punctuation mark's bit among second_punct's (a mark outside ASCII, which no token's punct is: all bits).
void add_mark(std::array<uint64_t, 2>& marks, char c) {
  const auto u = static_cast<unsigned char>(c);
  if (u < 128) marks[u >> 6] |= uint64_t{1} << (u & 63);
  else marks = {~uint64_t{0}, ~uint64_t{0}};
}
// The RuleSet::second_mask bits of the tokens element `e` may match.
uint64_t token_mask(const PatternElem& e) {
  switch (e.kind) {
    case ElemKind::lexicon: return uint64_t{1} << static_cast<int>(e.lex);
    // <text:other>: a word the lexicon does not hold, which the matcher files with names.
    case ElemKind::word: return e.lex == Kind::none ? uint64_t{1} << RuleSet::kSecondName : uint64_t{1} << static_cast<int>(e.lex);
    case ElemKind::number: return (uint64_t{1} << RuleSet::kSecondNumber) | (uint64_t{1} << static_cast<int>(Kind::number));
    case ElemKind::punct: return uint64_t{1} << RuleSet::kSecondPunct;
    case ElemKind::name: return uint64_t{1} << RuleSet::kSecondName;
    case ElemKind::set:
    case ElemKind::lower: return ((uint64_t{1} << (static_cast<int>(Kind::name) + 1)) - 1) | (uint64_t{1} << RuleSet::kSecondName);
  }
  return uint64_t{1} << RuleSet::kSecondAny;
}

// The RuleSet::third_mask bits of rule `r` whose second element is pattern[s]: the union of the elements after it up
// to the first that is not optional, when the second token is read by one element that must match it (not optional,
// a lookahead or negated, after a first that is none of those); anything otherwise, or when the pattern may end there.
uint64_t third_tokens(const Rule& r, size_t s) {
  constexpr uint64_t any = uint64_t{1} << RuleSet::kSecondAny;
  const PatternElem& lead = r.pattern[r.lead];
  if (s >= r.pattern.size() || lead.optional || lead.lookahead || lead.negated || r.pattern[s].optional ||
      r.pattern[s].lookahead || r.pattern[s].negated)
    return any;
  uint64_t third = 0;
  size_t t = s + 1;
  for (; t < r.pattern.size() && !r.pattern[t].negated; ++t) {
    third |= token_mask(r.pattern[t]);
    if (!r.pattern[t].optional) break;
  }
  return t >= r.pattern.size() || r.pattern[t].negated ? third | any : third;
}
}  // namespace

// Lists the rule under each class of token that may follow its first (RuleSet::continued_by), or under
// kSecondAny alone when anything may; `marks`: the punctuation marks among those classes (second_punct).
void RuleSet::list_by_second(Kind first, const Rule* p, uint64_t second, uint64_t third,
                             const std::array<uint64_t, 2>& marks) {
  second_masks_[static_cast<size_t>(first)] |= second;
  auto& thirds = third_masks_[static_cast<size_t>(first)];
  // Over the set bits only: every built-in rule is listed at start-up (issue 19).
  for (uint64_t m = second; m != 0; m &= m - 1) thirds[static_cast<size_t>(std::countr_zero(m))] |= third;
  for (size_t b = 0; b < marks.size(); ++b) second_puncts_[static_cast<size_t>(first)][b] |= marks[b];
  auto& lists = by_second_[static_cast<size_t>(first)];
  if (second & (uint64_t{1} << kSecondAny)) {
    lists[kSecondAny].push_back(p);
    return;
  }
  for (uint64_t m = second; m != 0; m &= m - 1) lists[static_cast<size_t>(std::countr_zero(m))].push_back(p);
}

void RuleSet::add_start_kind(Kind k) {
  // Adding a kind's words reads the whole lexicon, and adding them again changes nothing: once per kind, not once
  // per rule (most rules start with a kind, a few dozen kinds: a quarter of building the built-in set, issue 19).
  const uint64_t bit = uint64_t{1} << static_cast<int>(k);
  if (start_kinds_ & bit) return;
  start_kinds_ |= bit;
  start_shapes_.add_kind(k);
}

void RuleSet::add(Rule r) {
  r.lead = 0;
  while (r.lead < r.pattern.size() && r.pattern[r.lead].lookbehind) ++r.lead;
  const size_t s = r.lead + 1;  // the second element read forward
  if (r.lead < r.pattern.size()) r.first = ElemFilter::of(r.pattern[r.lead]);
  // The second element is the window's second token only after a first that is neither optional nor a lookahead.
  if (r.pattern.size() > s && r.first.checked) r.second = ElemFilter::of(r.pattern[s]);
  // Likewise the third after two such, when neither is negated (a negated element reads a token without moving on).
  if (r.pattern.size() > s + 1 && r.second.checked && !r.pattern[r.lead].negated && !r.pattern[s].negated &&
      !r.pattern[s + 1].negated)
    r.third = ElemFilter::of(r.pattern[s + 1]);
  r.index = static_cast<uint32_t>(rules_.size());
  rules_.push_back(std::make_unique<Rule>(std::move(r)));
  const Rule* p = rules_.back().get();
  const PatternElem& first = p->pattern[p->lead];
  // What the token after the first may be: the union of the elements up to the first one that is not
  // optional ("<ordinal> +-? <unit:quarter>": a hyphen or a unit); anything when all of them are.
  uint64_t second = 0;
  std::array<uint64_t, 2> puncts{};  // the marks among them (second_punct); a mark outside ASCII: all
  size_t k = s;
  for (; k < p->pattern.size(); ++k) {
    if (p->pattern[k].negated) {  // "<x> !<y>": anything but y may follow, and nothing need
      k = p->pattern.size();
      break;
    }
    second |= token_mask(p->pattern[k]);
    if (p->pattern[k].kind == ElemKind::punct) add_mark(puncts, p->pattern[k].punct);
    if (!p->pattern[k].optional) break;
  }
  if (k >= p->pattern.size()) second |= uint64_t{1} << kSecondAny;
  rules_.back()->second_tokens = second;
  const uint64_t third = third_tokens(*p, s);
  const auto note_second = [&](Kind k) { list_by_second(k, p, second, third, puncts); };
  if (first.kind == ElemKind::number) {
    note_second(Kind::none);
    if (first.words_too) note_second(Kind::number);
  } else {
    note_second(first.lex);
  }
  if (first.kind == ElemKind::number) {
    by_first_[static_cast<size_t>(Kind::none)].push_back(p);
    if (first.words_too) {
      add_start_kind(Kind::number);
      by_first_[static_cast<size_t>(Kind::number)].push_back(p);
      first_values_[static_cast<size_t>(Kind::number)].fill(~uint64_t{0});
    }
  } else if (first.kind == ElemKind::lexicon || first.kind == ElemKind::word) {
    by_first_[static_cast<size_t>(first.lex)].push_back(p);
    if (first.kind == ElemKind::word) start_shapes_.add(first.word);
    else add_start_kind(first.lex);
    auto& bits = first_values_[static_cast<size_t>(first.lex)];
    // A word element starts only at its own lexicon value; a kind element at its value, or at any.
    int value = first.lex_value;
    if (first.kind == ElemKind::word) {
      const Entry* user = words_.find(first.word);
      const Entry& e = user ? *user : lookup(first.word);
      value = e.kind == first.lex ? e.value : e.value2;
    }
    if (value < 0) {
      bits.fill(~uint64_t{0});
    } else {
      bits[value >> 6] |= uint64_t{1} << (value & 63);
    }
  }
  // A rule starting with a punctuation mark is never tried: the scan only stops at words and numbers.
}

}  // namespace textchain::dates
