// The grammar's pattern methods for expressions relative to the document or the story: "last week",
// "next Tuesday", "today", "the day", "this time last year", "the same month a year ago", "later".
#include "grammar.hpp"
#include "token_tests.hpp"

namespace textchain::dates {

// "last Friday (night)", "next Tuesday", "last March", "next spring", "the next weekday": the weekday, month,
// season or working day one step from the anchor (step 0: this one).
bool Grammar::shift_named(Window& w, int j, int step, Expr& e) {
  const Tok& t = w.at(j);
  if (in_set(t, WS_WEEKDAY_NOUN) && step != 0) {
    // the previous / next business day
    if (norm_.anchored()) {
      CivilDate b = norm_.anchor().date;
      do b = add_days(b, step); while (weekday(b) >= 6);
      Normalizer::day(e.value, b);
    } else {
      e.value = "XXXX-XX-XX";
    }
    e.next = j + 1;
    e.end = t.end;
    return true;
  }
  if (is_kind(t, Kind::weekday) && !(t.lex.flags & F_AMBIGUOUS)) {
    const int wd = value_of(t, Kind::weekday);
    if (norm_.anchored()) {
      const CivilDate& a = norm_.anchor().date;
      const int today = weekday(a);
      int64_t delta;
      if (step < 0) delta = -(((today - wd) + 7 - 1) % 7 + 1);
      else if (step > 0) delta = ((wd - today) + 7 - 1) % 7 + 1;
      else delta = wd - today;
      Normalizer::day(e.value, add_days(a, delta));
    } else {
      e.value = "XXXX-WXX-";
      append_num(e.value, wd, 1);
    }
    e.next = j + 1;
    e.end = t.end;
    // "last Friday night"
    if (is_kind(w.at(j + 1), Kind::part_of_day) && w.at(j + 1).lex.value != P_TONIGHT) {
      Normalizer::part_of_day(e.value, w.at(j + 1).lex.value);
      e.type = TimexType::time;
      e.next = j + 2;
      e.end = w.at(j + 1).end;
    }
    return true;
  }
  if (is_kind(t, Kind::month) && t.capitalized && !(t.lex.flags & F_ABBREV)) {
    const int m = t.lex.value;
    int y = -1;
    if (norm_.anchored()) {
      const CivilDate& a = norm_.anchor().date;
      y = a.year;
      if (step < 0 && m >= a.month) y -= 1;
      if (step > 0 && m <= a.month) y += 1;
    }
    Normalizer::month(e.value, y, m);
    e.next = j + 1;
    e.end = t.end;
    return true;
  }
  if (is_kind(t, Kind::season)) {
    int y = norm_.anchored() ? norm_.anchor().date.year + step : -1;
    Normalizer::season(e.value, y, t.lex.value);
    e.next = j + 1;
    e.end = t.end;
    return true;
  }
  return false;
}

bool Grammar::p_shift(Window& w, int i, Expr& e) {
  const Tok& s = w.at(i);
  const uint8_t sh = value_of(s, Kind::shift);
  if (sh == SH_SAME) return false;
  int j = i + 1;
  const Tok& t = w.at(j);
  // "last fiscal year": the fiscal rule starts at "fiscal" and reads the shift word behind it (a rule that starts at
  // the shift word would be listed at every "last" and "this"); the span takes the shift word in.
  if (is_kind(t, Kind::fiscal)) {
    Lookback shift;
    shift.push(s);
    if (rule_at(w, j, shift, RuleGroup::year, e)) {
      e.begin = s.begin;
      return true;
    }
  }
  // "at the last minute", "a last-minute deal": an idiom for "late", not the minute before now.
  if (sh == SH_LAST && is_kind(t, Kind::unit) && t.lex.kind == Kind::unit && t.lex.value == U_MINUTE &&
      !(t.lex.flags & F_PLURAL))
    return false;
  e.begin = s.begin;
  const int step = (sh == SH_LAST || sh == SH_PREVIOUS || (sh == SH_PAST && is_kind(t, Kind::weekday))) ? -1 : (sh == SH_NEXT || sh == SH_FOLLOWING || sh == SH_COMING) ? 1 : 0;
  CivilDate d;
  // "the past three years", "the next six months", "last two weeks"
  {
    int n = 0, k = 0;
    bool half = false;
    if (!is_kind(t, Kind::article) && amount(w, j, n, half, k) &&
        (counting_adjective(w.at(k)) && is_kind(w.at(k + 1), Kind::unit) ? ++k : k) &&
        is_kind(w.at(k), Kind::unit) &&
        (w.at(k).lex.flags & F_PLURAL) && (sh == SH_PAST || sh == SH_LAST || sh == SH_NEXT || sh == SH_COMING || sh == SH_FOLLOWING || sh == SH_PREVIOUS)) {
      e.type = TimexType::duration;
      Normalizer::duration(e.value, n, w.at(k).lex.value, half);
      e.next = k + 1;
      e.end = w.at(k).end;
      return true;
    }
  }
  if (is_kind(t, Kind::unit) && !(t.lex.flags & F_PLURAL)) {
    const int unit = value_of(t, Kind::unit);
    if (t.lex.kind == Kind::ordinal) return false;  // "next second"? rare; "this second" too
    if ((step != 0 || sh == SH_PAST) && unit_and_a_half(w, j, unit, e)) return true;  // "the past year and a half"
    if (sh == SH_PAST) {
      e.type = TimexType::duration;
      Normalizer::duration(e.value, 1, unit);
    } else if (unit == U_HOUR || unit == U_MINUTE) {
      e.type = TimexType::duration;
      Normalizer::duration(e.value, 1, unit);
    } else if (norm_.shifted(unit, step, d)) {
      if (unit == U_DAY && step == 0) Normalizer::day(e.value, d);
      else Normalizer::period(e.value, unit, d);
    } else {
      e.value = step < 0 ? "PAST_REF" : step > 0 ? "FUTURE_REF" : "PRESENT_REF";
    }
    e.next = j + 1;
    e.end = t.end;
    return true;
  }
  if (shift_named(w, j, step, e)) return true;
  if (is_kind(t, Kind::part_of_day) && t.lex.value != P_TONIGHT) {
    if (sh == SH_THIS || (sh == SH_LAST && t.lex.value == P_NIGHT)) {
      if (norm_.shifted(U_DAY, sh == SH_LAST ? -1 : 0, d)) Normalizer::day(e.value, d);
      else e.value = "XXXX-XX-XX";
      Normalizer::part_of_day(e.value, t.lex.value);
      e.type = TimexType::time;
      e.next = j + 1;
      e.end = t.end;
      return true;
    }
    return false;
  }
  if (sh == SH_CURRENT && !t.is_num()) {
    e.value = "PRESENT_REF";
    e.next = i + 1;
    e.end = s.end;
    return true;
  }
  return false;
}

// "today's youth", "today's Russia.": "today" as the present era (TimeML's PRESENT_REF), not the day; the
// noun is one of a generation or a society, or a name that ends the phrase ("today's Apple event" is a day).
static bool present_era(Window& w, int i) noexcept {
  const Tok& ap = w.at(i + 1);
  const Tok& s = w.at(i + 2);
  const Tok& n = w.at(i + 3);
  if (!(ap.is_punct('\'') && ap.glued() && in_set(s, WS_PLURAL_S) && s.glued())) return false;
  if (in_set(n, WS_PRESENT_ERA)) return true;
  const Tok& after = w.at(i + 4);
  return n.is_word() && n.capitalized && n.lex.kind == Kind::none && !after.is_word() && !after.is_num();
}

bool Grammar::p_deictic(Window& w, int i, const Lookback& lb, Expr& e) {
  const Tok& t = w.at(i);
  const uint8_t v = value_of(t, Kind::deictic);
  e.begin = t.begin;
  e.next = i + 1;
  e.end = t.end;
  CivilDate d;
  switch (v) {
    case D_TODAY:
    case D_YESTERDAY:
    case D_TOMORROW: {
      const int n = v == D_TODAY ? 0 : v == D_YESTERDAY ? -1 : 1;
      if (v == D_TODAY && present_era(w, i)) {
        e.value = "PRESENT_REF";
        return true;
      }
      if (norm_.shifted(U_DAY, n, d)) Normalizer::day(e.value, d);
      else if (v == D_TODAY) e.value = "PRESENT_REF";
      else e.value = "XXXX-XX-XX";
      const Tok& nx = w.at(i + 1);
      if (is_kind(nx, Kind::part_of_day) && nx.lex.value != P_TONIGHT && norm_.anchored()) {
        Normalizer::part_of_day(e.value, nx.lex.value);
        e.type = TimexType::time;
        e.next = i + 2;
        e.end = nx.end;
      }
      return true;
    }
    case D_NOW: {
      const Tok* p0 = lb.at(0);
      if (p0 && p0->is_word() && p0->lex.kind == Kind::preposition && p0->lex.value == PR_FROM) return false;
      if (w.at(i + 1).is_punct('-') && w.at(i + 1).glued()) return false;  // "the now-abandoned plan"
      e.value = "PRESENT_REF";
      return true;
    }
    case D_RECENTLY:
      e.value = "PAST_REF";
      return true;
    case D_RECENT: {
      const Tok& nx = w.at(i + 1);
      if (is_kind(nx, Kind::unit) && (nx.lex.flags & F_PLURAL)) {
        e.type = TimexType::duration;
        Normalizer::duration(e.value, -1, nx.lex.value);
        e.next = i + 2;
        e.end = nx.end;
        return true;
      }
      e.value = "PAST_REF";
      return true;
    }
    case D_FORMERLY:
      e.value = "PAST_REF";
      return true;
    case D_NOWADAYS:
      e.value = "PRESENT_REF";
      return true;
    default:
      return false;
  }
}

// "the year before", "the day after", "the year previous": one unit from the narrative's date, when
// nothing follows ("the day before the vote" counts from an event, which we cannot date).
[[gnu::cold]] bool Grammar::p_the_unit_around(Window& w, int i, Expr& e) {
  const Tok& nx = w.at(i + 1);
  if (!(nx.lex.kind == Kind::unit && !(nx.lex.flags & F_PLURAL) &&
        (nx.lex.value == U_DAY || nx.lex.value == U_WEEK || nx.lex.value == U_MONTH || nx.lex.value == U_YEAR)))
    return false;
  const Tok& n2 = w.at(i + 2);
  const Tok& n3 = w.at(i + 3);
  const bool back = in_set(n2, WS_BACKWARD);
  const bool fwd = in_set(n2, WS_FORWARD);
  const bool free = !(n3.is_word() || n3.is_num()) || n3.lex.kind == Kind::conj;
  CivilDate d;
  if (!((back || fwd) && free && narrative_shift(nx.lex.value, back ? -1 : 1, d))) return false;
  e.begin = w.at(i).begin;
  Normalizer::period(e.value, nx.lex.value, d);
  e.next = i + 3;
  e.end = n2.end;
  return true;
}

bool Grammar::p_article(Window& w, int i, const Lookback& lb, Expr& e) {
  const Tok& nx = w.at(i + 1);
  if (!nx.is_word() && !nx.is_num()) return false;
  return w.at(i).lex.value == 0 ? p_the(w, i, e) : p_a_unit(w, i, lb, e);
}

// "the past year and a half", "the next hour and a half" (the unit at j): a length of one unit and a half (P1.5Y,
// PT1H30M), as "a year and a half" is (before: "the past year" P1Y, and "the last year" the year before the
// document's).
bool Grammar::unit_and_a_half(Window& w, int j, int unit, Expr& e) {
  if (!and_a_half(w, j + 1)) return false;
  e.type = TimexType::duration;
  Normalizer::duration(e.value, 1, unit, true);
  e.next = j + 4;
  e.end = w.at(j + 3).end;
  return true;
}

// "the past", "the past two years", "the following week", "the same month a year ago".
bool Grammar::p_the_shift(Window& w, int i, Expr& e) {
  const Tok& a = w.at(i);
  const Tok& nx = w.at(i + 1);
  const uint8_t sh = value_of(nx, Kind::shift);
  if (sh == SH_CURRENT && !is_kind(w.at(i + 2), Kind::unit)) return false;  // "the current crisis": "current"
  if (sh == SH_SAME && p_same_period_year_before(w, i, e)) return true;
  if (sh == SH_PAST) {
    const Tok& n2 = w.at(i + 2);
    const bool continues = is_kind(n2, Kind::unit) || is_kind(n2, Kind::number) || n2.is_num();
    if (!continues) {
      e.begin = a.begin;
      e.value = "PAST_REF";
      e.next = i + 2;
      e.end = nx.end;
      return true;
    }
  }
  Expr s;
  if (p_shift(w, i + 1, s)) {
    e = std::move(s);
    e.begin = a.begin;
    return true;
  }
  return false;
}

// "the" and what follows it: a shift ("the past year"), a position ("the end of May"), a quarter, "the
// weekend", a decade ("the 1980s") or a century in hundreds ("the 1800s").
bool Grammar::p_the(Window& w, int i, Expr& e) {
  const Tok& a = w.at(i);
  const Tok& nx = w.at(i + 1);
  if (is_kind(nx, Kind::shift)) return p_the_shift(w, i, e);
  if (nx.size() == 3 && nx.lex.kind == Kind::none && in_set(nx, WS_NEW) && p_new_year(w, i, e)) return true;
  if (is_kind(nx, Kind::unit) && p_the_unit_around(w, i, e)) return true;
  if (is_kind(nx, Kind::unit) && nx.lex.kind == Kind::unit && nx.lex.value == U_DAY && !(nx.lex.flags & F_PLURAL)) {
    const Tok& n2 = w.at(i + 2);
    if (is_kind(n2, Kind::preposition) && (n2.lex.value == PR_OF || n2.lex.value == PR_BEFORE || n2.lex.value == PR_AFTER))
      return false;
    if (is_kind(n2, Kind::ago)) return false;
    // "during the day Friday": the weekday names the day, and is the expression.
    if (is_kind(n2, Kind::weekday)) return false;
    // "the day I retire", "the day we met": a relative clause defines the day, none the story names.
    if (n2.is_word() && n2.size() <= 4 && n2.lex.kind == Kind::none && personal_pronoun(n2)) return false;
    e.begin = a.begin;
    if (!day_context(e.value)) e.value = "XXXX-XX-XX";
    e.next = i + 2;
    e.end = nx.end;
    return true;
  }
  if (is_kind(nx, Kind::position)) {
    const uint8_t pos = nx.lex.value;
    if (pos == PO_END || pos == PO_BEGINNING || pos == PO_START || pos == PO_MIDDLE) {
      Expr p;
      if (p_position(w, i + 1, p)) {
        e = std::move(p);
        e.begin = a.begin;
        return true;
      }
    }
    return false;
  }
  // "the third quarter", "the fiscal third quarter": the quarter rules, with the article in the span.
  if (is_kind(nx, Kind::ordinal) || is_kind(nx, Kind::fiscal) || (is_kind(nx, Kind::number) && nx.lex.value >= 20)) {
    Expr q;
    // "the first time", "the second round": no rule reads on after the ordinal, which the rule tables' masks tell
    // without a window and a match (most ordinals after "the" in news count other things than quarters).
    if (!rules_.may_continue(nx, w, i + 2) || !rules_.may_reach_third(w, i + 1)) return false;
    if (rule_at(w, i + 1, Lookback(), RuleGroup::quarter, q)) {
      e = std::move(q);
      e.begin = a.begin;
      return true;
    }
    return false;
  }
  if (is_kind(nx, Kind::unit) && nx.lex.value == U_WEEKEND && !(nx.lex.flags & F_PLURAL)) {
    e.begin = a.begin;
    the_weekend(a.begin, nx.end, e.value);
    e.next = i + 2;
    e.end = nx.end;
    return true;
  }
  if (nx.is_num() && nx.ndigits == 4) {
    Lookback none;
    none.push(a);
    Expr y;
    // A decade ("198") or a century in hundreds ("the 1800s": "18") takes "the"; a year (four digits) does not.
    if (p_year(w, i + 1, none, y) && y.value.size() < 4) {
      e = std::move(y);
      e.begin = a.begin;
      return true;
    }
  }
  return false;
}

// "the same period last year", "the same month a year ago", "the same quarter of the previous year":
// the period the text just reported on, one year back. News compares a month's or a quarter's figures
// with those of a year before; the period is the latest month or quarter named, else the anchor's.
bool Grammar::p_same_period_year_before(Window& w, int i, Expr& e) {
  const Tok& noun = w.at(i + 2);
  // "the same period": the latest month, quarter or half named; "the same month / quarter": that one.
  const auto singular_unit = [](const Tok& t, Unit u) {
    return t.is_word() && t.lex.kind == Kind::unit && t.lex.value == u && !(t.lex.flags & F_PLURAL);
  };
  Granularity compared;
  if (in_set(noun, WS_PERIOD_NOUN)) compared = Granularity::none;
  else if (singular_unit(noun, U_MONTH)) compared = Granularity::month;
  else if (singular_unit(noun, U_QUARTER)) compared = Granularity::quarter;
  else return false;
  int j = i + 3;
  if (is_kind(w.at(j), Kind::preposition) && w.at(j).lex.value == PR_OF) ++j;
  auto year_unit = [&](const Tok& t) {
    return is_kind(t, Kind::unit) && t.lex.kind == Kind::unit && t.lex.value == U_YEAR && !(t.lex.flags & F_PLURAL);
  };
  int end = 0;
  {
    int k = j;
    const bool the = is_kind_value(w.at(k), Kind::article, AR_THE);
    if (the) ++k;
    const Tok& sh = w.at(k);
    if (is_kind(sh, Kind::shift) && (sh.lex.value == SH_LAST || sh.lex.value == SH_PREVIOUS || sh.lex.value == SH_PAST) &&
        year_unit(w.at(k + 1))) {
      end = k + 2;
    } else if ((is_kind_value(w.at(j), Kind::article, AR_A) || is_kind_value(w.at(j), Kind::number, 1) || the) &&
               year_unit(w.at(j + 1)) && is_kind(w.at(j + 2), Kind::ago) &&
               (value_of(w.at(j + 2), Kind::ago) == AG_AGO || value_of(w.at(j + 2), Kind::ago) == AG_BEFORE)) {
      end = j + 3;  // "a year ago", "a year earlier", "the year before"
    }
  }
  if (!end || !norm_.anchored()) return false;
  // The period one year before: the latest month / quarter named, else the anchor's.
  NamedPeriod ref = compared == Granularity::month     ? story_.last_month()
                    : compared == Granularity::quarter ? story_.last_quarter()
                                                       : story_.last_period();
  const CivilDate& a = norm_.anchor().date;
  if (!ref.known()) {
    if (compared == Granularity::none) return false;  // nothing to compare with: the inner "last year" says enough
    ref = compared == Granularity::month ? NamedPeriod{a.year, Granularity::month, a.month}
                                         : NamedPeriod{a.year, Granularity::quarter, (a.month - 1) / 3 + 1};
  }
  e.begin = w.at(i).begin;
  Normalizer::year(e.value, ref.year - 1);
  ref.append_after_year(e.value);
  e.next = end;
  e.end = w.at(end - 1).end;
  return true;
}

// "the weekend" in [begin, end): told on a weekday in the past tense ("the roof fell in over the
// weekend"), the weekend just gone, in the ISO week before; otherwise the weekend of the anchor's week.
[[gnu::cold, gnu::noinline]] void Grammar::the_weekend(uint32_t begin, uint32_t end, std::string& value) const {
  if (!norm_.anchored()) {
    value = "XXXX-WXX-WE";
    return;
  }
  CivilDate d = norm_.anchor().date;
  if (weekday(d) <= 5 && tense_around(begin, end) == Direction::past) d = add_days(d, -7);
  Normalizer::period(value, U_WEEKEND, d);
}

// "later" on its own ("shares later recovered", "later in the day"): a time after the one the text
// reports, FUTURE_REF. Not a comparison ("later than planned", "no later than"), an adjective before a
// noun ("later models"), or the start of "later this year", whose period is the expression.
bool Grammar::p_later(Window& w, int i, const Lookback& lb, Expr& e) {
  const Tok& t = w.at(i);
  if (!(in_set(t, WS_FORWARD) && is_kind_value(t, Kind::ago, AG_LATER)) || t.all_caps) return false;
  const Tok* p0 = lb.at(0);
  if (p0 && p0->is_word() &&
      (is_kind(*p0, Kind::unit) || is_kind(*p0, Kind::number) || is_kind(*p0, Kind::article) ||
       p0->lex.kind == Kind::preposition || in_set(*p0, WS_NOT_NARRATING)))
    return false;  // "for later delivery", "its later models": an adjective
  if (p0 && (p0->is_num() || p0->is_punct('-'))) return false;
  // Clause-final "later" ("tell them later", "see you later") is the speaker's vague aside; the
  // narrating one leads into what happened next ("later recovered", "later in the day").
  const Tok& nx = w.at(i + 1);
  if (!nx.is_word() || nx.newline_before) return false;
  {
    if (in_set(nx, WS_LATER_NOUN) || is_kind(nx, Kind::shift) || is_kind(nx, Kind::unit) || counted_noun(w, nx) ||
        is_kind(nx, Kind::month) || is_kind(nx, Kind::weekday))
      return false;
  }
  e.begin = t.begin;
  e.value = "FUTURE_REF";
  e.next = i + 1;
  e.end = t.end;
  return true;
}

}  // namespace textchain::dates
