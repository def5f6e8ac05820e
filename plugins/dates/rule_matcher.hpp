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
  // The direction year_for needs for a date in `month` (and `day`, 0 = none) written at [begin, end)
  // (Grammar::year_tense).
  virtual Direction year_tense(int month, int day, uint32_t begin, uint32_t end) const noexcept = 0;
  // The narrative's latest date at least as fine as `unit`, moved by n units; the document date when the
  // narrative has none. False when neither is known.
  virtual bool narrative_shift(int unit, int n, CivilDate& out) noexcept = 0;
  // The latest day an expression named (a comparison's too), else the document date: the day a clock
  // time or "morning trading" belong to. False when neither is known.
  virtual bool story_day(CivilDate& out) const noexcept = 0;
  // The month the narrative is at when its latest reference named a month without a day (day 1 in out).
  virtual bool narrative_month_only(CivilDate& out) const noexcept = 0;

 protected:
  ~MatchContext() = default;
};

// Whether a token may match the element `f` was made from (false: it cannot; RuleMatcher's first look at a
// rule). `lex`: the token's entry, a user's word included. It asks what elem_value asks of the token's kind,
// value, flags, capital and number, and no more; DatesRuleTables.ElementFilterAdmitsEveryMatch checks it.
inline bool filter_admits(const ElemFilter& f, const Tok& t, const Entry& lex) noexcept {
  if (!f.checked) return true;
  if (f.capitalized && !t.capitalized) return false;
  switch (f.kind) {
    case ElemKind::lexicon: {
      // The kind, and the value when the element names some: "the <shift:previous>" is not tried at "the last".
      const auto fits = [&f](Kind k, uint8_t v) {
        return k == f.lex && (!f.values || (v < 64 && (f.values >> v & 1)));
      };
      return t.kind == TokKind::word && (lex.flags & f.flags_on) == f.flags_on && !(lex.flags & f.flags_off) &&
             (fits(lex.kind, lex.value) || fits(lex.kind2, lex.value2));
    }
    case ElemKind::word: return t.kind == TokKind::word && (lex.kind == f.lex || lex.kind2 == f.lex);
    case ElemKind::number:
      if (f.two_digit_year) return t.kind == TokKind::number && t.ndigits == 2;
      if (t.kind == TokKind::number)
        return t.num >= f.min && t.num <= f.max && (f.digits == 0 || t.ndigits == f.digits);
      return f.words_too && t.kind == TokKind::word && lex.kind == Kind::number && lex.value != kNumberSeveral &&
             lex.value >= f.min && lex.value <= f.max;
    case ElemKind::punct: return t.kind == TokKind::punct && t.punct == f.punct;
    case ElemKind::name: return t.kind == TokKind::word && lex.kind == Kind::none;
    case ElemKind::set:
    case ElemKind::lower: return t.kind == TokKind::word;
  }
  return true;
}

// The value a token gives a pattern element, or INT_MIN when it does not match it (the matcher's own test,
// for the filter's equivalence test).
int element_value(const PatternElem& e, const Tok& t, const Entry& lex, std::string_view text) noexcept;

struct RuleMatch {
  const Rule* rule = nullptr;
  int next = 0;  // window index after the match
  uint32_t begin = 0, end = 0;
  TimeValue value;
};

class RuleMatcher {
 public:
  RuleMatcher(const RuleSet& rules, const Normalizer& norm, MatchContext& context) noexcept
      : rules_(rules), norm_(norm), context_(context), user_words_(!rules.words().empty()) {}

  // Whether any rule can start at this token (cheap: one bit test; called at every token).
  bool may_start(const Tok& t) const noexcept {
    if (t.kind == TokKind::number) return !rules_.starting_with(Kind::none).empty();
    if (t.kind != TokKind::word) return false;
    // Most words are not in the lexicon: only a user's word can start a rule then.
    if (t.lex.kind == Kind::none) return user_words_;
    if (rules_.may_start_with(t.lex.kind, t.lex.value)) return true;
    return t.lex.kind2 != Kind::none && rules_.may_start_with(t.lex.kind2, t.lex.value2);
  }
  // Whether the token after a start can continue any rule that starts with that kind: one mask test, so
  // that the common "the <noun>" costs no rule tries.
  bool may_continue(const Tok& first, Window& w) const noexcept { return may_continue(first, w, 1); }
  // The same for the token `first` followed by w.at(second) (a rule embedded after a token: "the third quarter").
  bool may_continue(const Tok& first, Window& w, int second) const noexcept {
    const Entry& lex = entry(w, first);
    const uint64_t mask = rules_.second_mask(first.kind == TokKind::number ? Kind::none : lex.kind) |
                          (first.kind == TokKind::word ? rules_.second_mask(lex.kind2) : 0);
    if (mask & (uint64_t{1} << RuleSet::kSecondAny)) return true;
    const Tok& t = w.at(second);
    if (t.kind == TokKind::number) return mask & (uint64_t{1} << RuleSet::kSecondNumber);
    if (t.kind == TokKind::punct) {
      if (!(mask & (uint64_t{1} << RuleSet::kSecondPunct))) return false;
      // Which marks: "3.5" and "5%" continue none of the rules a number starts (only "6-year-old" and the like).
      return rules_.second_punct(first.kind == TokKind::number ? Kind::none : lex.kind, t.punct) ||
             (first.kind == TokKind::word && lex.kind2 != Kind::none && rules_.second_punct(lex.kind2, t.punct));
    }
    if (t.kind != TokKind::word) return false;
    const Entry& e = entry(w, t);
    if (e.kind == Kind::none) return mask & (uint64_t{1} << RuleSet::kSecondName);
    return (mask >> static_cast<int>(e.kind) & 1) || (e.kind2 != Kind::none && (mask >> static_cast<int>(e.kind2) & 1));
  }
  // Whether a rule starting at w.at(i) (a token may_start holds) may read its third token, w.at(i + 2), as
  // match() would: the RuleSet::third_mask of the lists match() tries, tested against that token's class (read
  // only when no rule may end or take anything there). False: no rule matches at w.at(i).
  bool may_reach_third(Window& w, int i) const noexcept {
    const Tok& first = w.at(i);
    const Tok& second = w.at(i + 1);
    const Entry& lex = entry(w, first);
    const Kind keys[2] = {first.is_num() ? Kind::none : lex.kind, first.is_num() ? Kind::none : lex.kind2};
    int bit = -1, bit2 = -1;
    token_bits(w, second, bit, bit2);
    uint64_t third = 0;
    for (int key = 0; key < 2; ++key) {
      if (key == 1 && (keys[1] == Kind::none || keys[1] == keys[0])) break;
      third |= rules_.third_mask(keys[key], RuleSet::kSecondAny);
      if (bit >= 0) third |= rules_.third_mask(keys[key], bit);
      if (bit2 >= 0) third |= rules_.third_mask(keys[key], bit2);
    }
    if (third & (uint64_t{1} << RuleSet::kSecondAny)) return true;
    int b = -1, b2 = -1;
    token_bits(w, w.at(i + 2), b, b2);
    return (b >= 0 && (third >> b & 1)) || (b2 >= 0 && (third >> b2 & 1));
  }
  // A bit per kind some rule starts with (RuleSet::second_mask's kind bits).
  uint64_t starting_kinds() const noexcept {
    uint64_t kinds = 0;
    for (int k = 1; k <= static_cast<int>(Kind::name); ++k)
      if (!rules_.starting_with(static_cast<Kind>(k)).empty()) kinds |= uint64_t{1} << k;
    return kinds;
  }
  // The second_mask bits may_continue tests a word's kinds against, after the word `first`.
  uint64_t second_kinds(const Tok& first) const noexcept {
    return rules_.second_mask(first.lex.kind) | rules_.second_mask(first.lex.kind2);
  }
  // may_continue's answer for a word `first` followed by a word that is in no lexicon (the built-in one and
  // no user's), given without reading that word: whether a rule starting with `first` takes a name second.
  bool may_continue_with_unknown_word(const Tok& first) const noexcept {
    if (user_words_) return true;  // the next word may be a user's
    const uint64_t mask = rules_.second_mask(first.lex.kind) | rules_.second_mask(first.lex.kind2);
    return mask & ((uint64_t{1} << RuleSet::kSecondAny) | (uint64_t{1} << RuleSet::kSecondName));
  }
  // The longest match of any rule starting at w.at(0) whose producer succeeds (the earlier rule wins a tie);
  // `before` holds the tokens a rule's lookbehind elements read. `only`: the rules of that group alone (a
  // pattern method that embeds one: "the end of the third quarter").
  bool match(Window& w, const Lookback& before, RuleMatch& out, const RuleGroup* only = nullptr) const;
  // The token's lexicon entry, a user's word included.
  const Entry& entry(Window& w, const Tok& t) const noexcept {
    if (t.kind != TokKind::word || t.lex.kind != Kind::none || rules_.words().empty()) return t.lex;
    return user_entry(w, t);
  }

 private:
  const Entry& user_entry(Window& w, const Tok& t) const noexcept;
  // A token's class as match() files a second token (RuleSet::second_mask's bits; -1: none): a number, a mark, a
  // word of no kind, else a word's kind and its second kind (`bit2`, when another). A token past the end has none.
  void token_bits(Window& w, const Tok& t, int& bit, int& bit2) const noexcept {
    if (t.kind == TokKind::number) bit = RuleSet::kSecondNumber;
    else if (t.kind == TokKind::punct) bit = RuleSet::kSecondPunct;
    else if (t.kind == TokKind::word) {
      const Entry& e = entry(w, t);
      if (e.kind == Kind::none) {
        bit = RuleSet::kSecondName;
      } else {
        bit = static_cast<int>(e.kind);
        if (e.kind2 != Kind::none && e.kind2 != e.kind) bit2 = static_cast<int>(e.kind2);
      }
    }
  }
  bool match_pattern(Window& w, const Lookback& before, const Rule& r, int captures[], int& next) const;
  bool produce(const Rule& r, const int captures[], uint32_t begin, uint32_t end, TimeValue& v) const;
  bool produce_period(const Producer& p, int unit, int shift, TimeValue& v) const;
  bool produce_weekday_from(const Producer& p, int wd, int shift, TimeValue& v) const;

  const RuleSet& rules_;
  const Normalizer& norm_;
  MatchContext& context_;
  bool user_words_;  // whether the rule set has words of a user's file
};

}  // namespace textchain::dates

#endif
