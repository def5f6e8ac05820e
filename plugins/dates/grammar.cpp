// The grammar: at a trigger token, the rule tables and the pattern methods (patterns_*.cpp, grouped by what
// they produce) compete; the longer match wins. Here: the pieces patterns share (amounts, days, years), the
// narrative context they read, and the match itself.
#include "grammar.hpp"
#include "token_tests.hpp"

namespace textchain::dates {

bool Grammar::amount(Window& w, int i, int& n, bool& half, int& next) {
  const Tok& t = w.at(i);
  half = false;
  int j = i + 1;
  if (t.is_num()) {
    if (t.ndigits > 4 || t.num < 0) return false;
    const Tok& a = w.at(i + 1);
    // "1.5 hours", "2.5 years": a half, as "one and a half" is; other fractions and "1.5 million" are not lengths.
    if (a.is_punct('.') && a.glued() && w.at(i + 2).is_num() && w.at(i + 2).glued() && w.at(i + 2).ndigits == 1 &&
        w.at(i + 2).num == 5 && is_kind(w.at(i + 3), Kind::unit)) {
      n = static_cast<int>(t.num);
      half = true;
      next = i + 3;
      return true;
    }
    // "5 1/2 hours": a whole number and a written half.
    if (a.is_num() && !a.glued() && a.num == 1 && a.ndigits == 1 && w.at(i + 2).is_punct('/') && w.at(i + 2).glued() &&
        w.at(i + 3).is_num() && w.at(i + 3).glued() && w.at(i + 3).num == 2 && w.at(i + 3).ndigits == 1 &&
        is_kind(w.at(i + 4), Kind::unit)) {
      n = static_cast<int>(t.num);
      half = true;
      next = i + 4;
      return true;
    }
    if (a.glued() && a.kind == TokKind::punct && (a.punct == ':' || a.punct == '.' || a.punct == ',' || a.punct == '/') &&
        w.at(i + 2).is_num() && w.at(i + 2).glued())
      return false;  // 12:30, 1.5, 1,000, 1/2
    if (ordinal_suffix(a)) return false;
    n = static_cast<int>(t.num);
  } else if (is_kind(t, Kind::number)) {
    const uint8_t v = value_of(t, Kind::number);
    if (v == 100) return false;
    n = v == kNumberSeveral ? -1 : v;
    if (v >= 20 && v <= 90 && w.at(j).is_punct('-') && w.at(j).glued() && is_kind(w.at(j + 1), Kind::number) &&
        w.at(j + 1).glued() && w.at(j + 1).lex.value < 10) {
      n += w.at(j + 1).lex.value;
      j += 2;
    }
    if (v == 2 && in_set(t, WS_COUPLE)) {
      if (w.at(j).is_word() && w.at(j).lex.kind == Kind::preposition && w.at(j).lex.value == PR_OF) ++j;
    }
  } else {
    return false;
  }
  // "two and a half years"
  if (is_kind_value(w.at(j), Kind::conj, C_AND) && is_kind_value(w.at(j + 1), Kind::article, AR_A) &&
      is_kind_value(w.at(j + 2), Kind::quarter, QW_HALF) && n >= 0) {
    half = true;
    j += 3;
  }
  next = j;
  return true;
}

bool Grammar::day_number(Window& w, int i, int& day, int& next) {
  const Tok& t = w.at(i);
  if (t.is_num()) {
    if (t.ndigits > 2 || t.num < 1 || t.num > 31) return false;
    day = static_cast<int>(t.num);
    next = i + 1;
    if (ordinal_suffix(w.at(i + 1))) next = i + 2;
    return true;
  }
  if (is_kind(t, Kind::ordinal) && t.lex.value <= 31) {
    day = t.lex.value;
    next = i + 1;
    return true;
  }
  if (is_kind(t, Kind::number) && (t.lex.value == 20 || t.lex.value == 30) && w.at(i + 1).is_punct('-') &&
      w.at(i + 2).glued() && is_kind(w.at(i + 2), Kind::ordinal) && w.at(i + 2).lex.value < 10) {
    day = t.lex.value + w.at(i + 2).lex.value;
    next = i + 3;
    return day <= 31;
  }
  return false;
}

bool Grammar::year_number(Window& w, int i, int& year, int& next, bool allow_two_digits) {
  const Tok& t = w.at(i);
  if (!t.is_num()) {
    // '82
    if (t.kind == TokKind::punct && t.punct == '\'' && w.at(i + 1).is_num() && w.at(i + 1).glued() &&
        w.at(i + 1).ndigits == 2) {
      const int v = static_cast<int>(w.at(i + 1).num);
      year = v < 40 ? 2000 + v : 1900 + v;
      next = i + 2;
      return true;
    }
    return false;
  }
  const Tok& a = w.at(i + 1);
  if (a.glued() && a.kind == TokKind::punct && (a.punct == ':' || a.punct == '.' || a.punct == ',') &&
      w.at(i + 2).is_num() && w.at(i + 2).glued())
    return false;
  if (a.glued() && (a.is_num() || (a.is_word() && !in_set(a, WS_PLURAL_S)))) return false;
  if (t.ndigits == 4 && t.num >= 1000 && t.num <= 2999) {
    year = static_cast<int>(t.num);
    // Buddhist era, as Thai dates write it: 2555 BE = 2012
    if (is_kind_value(a, Kind::era, ER_BE) && a.all_caps) {
      year -= 543;
      next = i + 2;
      return true;
    }
  } else if (allow_two_digits && t.ndigits == 2 && !a.is_word()) {
    const int v = static_cast<int>(t.num);
    year = v < 40 ? 2000 + v : 1900 + v;
  } else {
    return false;
  }
  next = i + 1;
  return true;
}

// `from` and `to` only grow over a document, so the next line break after `from` is found once and kept:
// many clock times after one early date in a text without line breaks cost linear time, not quadratic.
[[gnu::cold]] bool Grammar::paragraph_break(uint32_t from, uint32_t to) const noexcept {
  if (to > text_.size()) to = static_cast<uint32_t>(text_.size());
  if (from >= to) return false;
  if (from < newline_searched_from_ || next_newline_ < from) {
    const size_t nl = text_.find('\n', from);
    next_newline_ = nl == std::string_view::npos ? UINT32_MAX : static_cast<uint32_t>(nl);
    newline_searched_from_ = from;
  }
  return next_newline_ < to;
}

bool Grammar::day_context(CivilDate& out) const noexcept {
  if (story_.has_day()) out = story_.last_day();
  else if (norm_.anchored()) out = norm_.anchor().date;
  else return false;
  return true;
}

bool Grammar::day_context(std::string& out) const {
  CivilDate d;
  if (!day_context(d)) return false;
  Normalizer::day(out, d);
  return true;
}

namespace {
// Whether the tokens after the number at i fail p_numeric_date, p_time, p_day_first, p_amount_unit, p_year and
// p_streak on their first look at them (each asks a mark, a kind or a word set of them): a word of two letters or
// more that the lexicon does not hold ("5 people"; "p" may start "p.m.", and four digits before it are a year),
// a thousands comma ("1,000": no date, clock or amount reads on past it), a percent sign, a decimal number
// (decimal_closed) or another mark (mark_closed).
bool decimal_closed(Window& w, int i);
bool mark_closed(Window& w, int i);
bool number_patterns_closed(Window& w, int i) {
  const Tok& a = w.at(i + 1);
  if (plain_unknown_word(a)) return w.at(i).ndigits != 4;
  if (a.kind != TokKind::punct) return false;
  if (a.glued() && a.punct == '%') return true;
  if (a.glued() && a.punct == ',' && w.at(i + 2).is_num() && w.at(i + 2).glued()) return true;
  if (a.glued() && a.punct == '.' && w.at(i + 2).is_num() && w.at(i + 2).glued()) return decimal_closed(w, i);
  return mark_closed(w, i);
}

// "3.5", "1.25 percent": a glued point and number. A date needs a second point ("12.5.2020"), a clock two digits
// after the point and then am/pm or seconds ("7.30am", "7.30:15"), a length ".5" and a unit ("1.5 hours"); the
// year and the day after the number, the ordinal suffix and the range word find the point and fail.
bool decimal_closed(Window& w, int i) {
  const Tok& n = w.at(i);
  const Tok& frac = w.at(i + 2);
  const Tok& c = w.at(i + 3);
  if (c.is_punct('.') && c.glued()) return false;
  if (n.ndigits <= 2 && frac.ndigits == 2 &&
      (c.is_punct(':') || is_kind(c, Kind::ampm) || (c.is_word() && c.size() == 1)))
    return false;
  return !(frac.ndigits == 1 && frac.num == 5 && is_kind(c, Kind::unit));
}

// "in 380.", "to 25, ...", "(26)": a mark other than a dash (a range's: "4 - 19 May", "12-year") after a number
// of other than four digits (a year's: "in 2010,"). A clock needs ':' or '.' and two glued digits ("10:30"), or
// am/pm, "o'clock", "in the morning" after the hour; a date a separator and a glued number ("12/5") after a
// short number; a length a unit, or a conjunction or a dash before a second amount; a day a month, a range word
// or "of"; a streak an ordinal suffix. With no glued number after the mark, none of them can read on.
bool mark_closed(Window& w, int i) {
  const Tok& a = w.at(i + 1);
  if (a.punct == '-' || w.at(i).ndigits == 4) return false;
  if (a.punct == '.' || a.punct == ':' || a.punct == '/') return !(w.at(i + 2).is_num() && w.at(i + 2).glued());
  return true;
}
}  // namespace

bool Grammar::p_number(Window& w, int i, const Lookback& lb, Expr& e) {
  const Tok& t = w.at(i);
  // Part of a longer digit string we already refused ("12/13/14/15/16", "1.10.30").
  // The token before that mark is read only after one: most numbers have a word or a space before them.
  // Each test of the token before asks for a mark, which lb.punct_first() tells without finding a word before.
  const bool mark_before = lb.punct_first();
  const Tok* p0 = mark_before ? lb.at(0) : nullptr;
  if (p0 && t.glued() && (p0->punct == '/' || p0->punct == '.' || p0->punct == ':') && p0->glued()) {
    if (const Tok* p1 = lb.at(1); p1 && p1->is_num()) return false;
  }
  if (p0 && t.glued() && (p0->punct == '$' || p0->punct == '#')) return false;
  if (p0 && t.glued() && p0->punct == '?') {
    // £ € and other symbols glued before a number: money.
    return false;
  }
  // Most numbers of news stand before a token at which the date, clock, day, length and year patterns all fail
  // on their first look (number_patterns_closed); but after an apostrophe a year may stand ("'82"). Only the
  // joined day is left to try then, which reads the tokens before.
  if (number_patterns_closed(w, i) && !(p0 && p0->punct == '\'')) return p_joined_day(w, i, lb, e);
  if (p_numeric_date(w, i, e)) return true;
  if (p_time(w, i, e)) {
    e.mod = approx_before(lb, e.mod);  // "about 10:30 a.m.": the token before is read only once a clock is found
    return true;
  }
  if (p_day_first(w, i, e)) return true;
  if (p_amount_unit(w, i, lb, e)) return true;
  if (p_year(w, i, lb, e)) return true;
  if (p_joined_day(w, i, lb, e)) return true;
  return false;
}

[[gnu::cold]] bool Grammar::narrative_shift(int unit, int n, CivilDate& out) noexcept {
  // "a year earlier", "the previous month" compare with the period reported ("sales fell from a year
  // earlier"); they do not move the story, so a second comparison counts from the same date.
  backward_ = n < 0;
  // The reference must be at least as fine as the unit: "in 1984 ... two days later" has no day to
  // count from, and the document's date is the better guess then.
  CivilDate base;
  switch (unit) {
    case U_DAY:
    case U_WEEK:
    case U_FORTNIGHT: base = story_.reference_day(); break;
    case U_MONTH:
    case U_QUARTER: base = story_.reference_month(); break;
    case U_YEAR:
    case U_DECADE: base = CivilDate{story_.reference_year(), 1, 1}; break;
    default: break;
  }
  if (base.year == 0) return norm_.shifted(unit, n, out);
  out = Normalizer::shift_from(base, unit, n);
  return true;
}

// Built at load time from the constant lexicon rows.
const WordShapes Grammar::trigger_shapes_ = [] {
  WordShapes s;
  for (int k = 1; k <= static_cast<int>(Kind::name); ++k)
    if (triggers(static_cast<Kind>(k))) s.add_kind(static_cast<Kind>(k));
  return s;
}();

// The grammar's pattern methods that can start at this token.
bool Grammar::dispatch(Window& w, const Lookback& lb, Expr& e) {
  const Tok& t = w.at(0);
  // p_streak at a number asks for an ordinal suffix first ("3rd straight day"): asked here, without the call.
  if (t.is_num()) return p_number(w, 0, lb, e) || (ordinal_suffix(w.at(1)) && p_streak(w, 0, lb, e));
  if (!t.is_word()) return false;
  switch (t.lex.kind) {
    case Kind::month: return p_month(w, 0, lb, e);
    case Kind::weekday: return p_weekday(w, 0, e);
    case Kind::number: return p_amount_unit(w, 0, lb, e);
    case Kind::ordinal: return p_streak(w, 0, lb, e);
    case Kind::shift: return p_shift(w, 0, e);
    case Kind::position: return p_position(w, 0, e);
    case Kind::article: return p_article(w, 0, lb, e);
    case Kind::deictic: return p_deictic(w, 0, lb, e);
    case Kind::quarter: return t.lex.value == QW_HALF && p_half(w, 0, lb, e);
    case Kind::ago: return p_later(w, 0, lb, e);
    case Kind::holiday: return p_holiday(w, 0, lb, e);
    case Kind::noon: return p_noon(w, 0, e) && ((e.mod = approx_before(lb, e.mod)), true);
    default: return false;
  }
}

bool Grammar::rule_at(Window& w, int i, const Lookback& before, RuleGroup group, Expr& e) const {
  Window from(text_, w.at(i).begin);
  RuleMatch rm;
  if (!rules_.match(from, before, rm, &group) || rm.rule->producer.not_a_date) return false;
  e = Expr{};
  e.begin = rm.begin;
  e.end = rm.end;
  e.next = i + rm.next;
  e.type = rm.value.type;
  e.mod = rm.value.mod;
  format_timex(rm.value, e.value);
  return true;
}

// A rule table's match at this token competes with the pattern methods' `e` (e.end = 0: none): the longer wins,
// the table on a tie. A rule that silences its span (not_a_date) fills out's span.
Grammar::RuleOutcome Grammar::match_rules(Window& w, const Lookback& lb, Expr& e, Timex& out) {
  RuleMatch rm;
  if (!rules_.match(w, lb, rm) || (e.end > e.begin && rm.end < e.end)) return RuleOutcome::lost;
  if (rm.rule->producer.not_a_date) {
    out.begin = rm.begin;
    out.end = rm.end;
    return RuleOutcome::silenced;
  }
  e = Expr{};
  e.begin = rm.begin;
  e.end = rm.end;
  e.next = rm.next;
  e.type = rm.value.type;
  e.mod = rm.value.mod;
  format_timex(rm.value, e.value);
  return RuleOutcome::won;
}

MatchResult Grammar::match(Window& w, const Lookback& lb, Timex& out) {
  const Tok& t = w.at(0);
  backward_ = false;
  before_ = &lb;
  Expr e;
  if (!starts_pattern(t) || !dispatch(w, lb, e) || e.end <= e.begin) e.end = e.begin = 0;
  if (rules_.may_start(t) && rules_.may_continue(t, w) && rules_.may_reach_third(w, 0)) {
    // backward_ is set by whichever reading wins (a rule's producer may read the narrative too).
    const bool backward_by_pattern = backward_;
    backward_ = false;
    switch (match_rules(w, lb, e, out)) {
      case RuleOutcome::silenced: return MatchResult::not_a_date;
      case RuleOutcome::won: break;
      case RuleOutcome::lost: backward_ = backward_by_pattern; break;
    }
  }
  if (e.end <= e.begin) return MatchResult::none;
  story_.note(e.type, e.value, e.end, backward_);
  out.begin = e.begin;
  out.end = e.end;
  out.type = e.type;
  out.value = std::move(e.value);
  out.mod = e.mod;
  return MatchResult::timex;
}

}  // namespace textchain::dates
