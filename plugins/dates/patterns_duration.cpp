// The grammar's pattern methods that start with a length: "five years", "two and a half hours", "two
// weeks ago", "an hour later", "half a day", "a second straight day": DURATIONs, and the points a length
// counted from a date names.
#include "grammar.hpp"
#include "token_tests.hpp"

namespace textchain::dates {

// "between 60 and 90 days", "two or three years", "five to seven months": the first number shares the unit
// written after the second, and is a length of its own. `j` is the token after the first amount.
bool Grammar::amount_before_range(Window& w, int i, int j, int n, bool half, const Lookback& lb, Expr& e) {
  const Tok& c = w.at(j);
  const bool joint = (c.is_word() && c.lex.kind == Kind::conj && c.lex.value != C_THROUGH) || c.is_punct('-');
  int n2 = 0, j2 = 0;
  bool half2 = false;
  if (!joint || half || n < 0 || n >= 1000 || !amount(w, j + 1, n2, half2, j2) || n2 <= n) return false;
  const Tok& u2 = w.at(j2);
  if (!is_kind(u2, Kind::unit) || u2.lex.kind != Kind::unit || !(u2.lex.flags & F_PLURAL) || u2.lex.value == U_WEEKEND)
    return false;
  if (c.lex.value == C_AND) {
    const Tok* p0 = lb.at(0);
    if (!(p0 && p0->is_word() && p0->lex.kind == Kind::preposition && p0->lex.value == PR_BETWEEN)) return false;
  }
  e.begin = w.at(i).begin;
  e.type = TimexType::duration;
  Normalizer::duration(e.value, n, u2.lex.value);
  e.next = j;
  e.end = w.at(j - 1).end;
  return true;
}

// The point a length counted from a date names: "two days later" from the narrative's, "5 hours ago" from the
// document's (with its clock when it has one). PAST_REF or FUTURE_REF when neither date is known.
void Grammar::shifted_point(const Tok& d, int n, int unit, int dir, bool narrative, Expr& e) {
  CivilDate date;
  if (narrative ? narrative_shift(unit, dir * n, date) : norm_.shifted(unit, dir * n, date)) {
    const Anchor& an = norm_.anchor();
    if (unit == U_HOUR || unit == U_MINUTE || unit == U_SECOND) {
      if (an.has_time) {
        int64_t secs = static_cast<int64_t>(an.hour) * 3600 + an.minute * 60 + an.second;
        const int64_t step = unit == U_HOUR ? 3600 : unit == U_MINUTE ? 60 : 1;
        secs += dir * step * n;
        int64_t days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
        secs -= days * 86400;
        Normalizer::day(e.value, add_days(an.date, days));
        Normalizer::time_of_day(e.value, static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60),
                                static_cast<int>(secs % 60), unit == U_SECOND);
        e.type = TimexType::time;
      } else if (is_kind(d, Kind::ago) && !in_set(d, WS_FROM_DOCUMENT)) {
        // "40 minutes later" with no clock to count from: the story's gap, a DURATION (TimeML).
        e.value.clear();
        Normalizer::duration(e.value, n, unit);
        e.type = TimexType::duration;
      } else {
        Normalizer::day(e.value, an.date);
      }
    } else if (unit == U_WEEK && n >= 2 && !narrative && is_kind(d, Kind::ago)) {
      // "six weeks ago": the week it names, as TimeML values a point at its unit's granularity ("two months
      // ago" is a month); "a week ago" stays the day, "this day last week", as MEANTIME writes it.
      Normalizer::week(e.value, date);
    } else if (unit == U_DAY || unit == U_WEEK || unit == U_FORTNIGHT) {
      Normalizer::day(e.value, date);
    } else {
      Normalizer::period(e.value, unit, date);
    }
  } else {
    e.value = dir < 0 ? "PAST_REF" : "FUTURE_REF";
  }
}

// "2h ago", "3w later": a lower-case unit letter glued to digits counts only before "ago"/"later" ("5m" is millions).
static bool unit_letter_ago(Window& w, int i, int j) noexcept {
  const Tok& u = w.at(j);
  if (j != i + 1 || !w.at(i).is_num() || !u.glued() || !is_kind(u, Kind::unit_letter)) return false;
  if (w.text()[u.begin] < 'a') return false;  // lower case only: "3D" is a format
  const Tok& d = w.at(j + 1);
  return is_kind(d, Kind::ago) && (value_of(d, Kind::ago) == AG_AGO || value_of(d, Kind::ago) == AG_LATER);
}

namespace {
// The direction a word after a length gives it ("two weeks ago", "five days later", "5 days from now"):
// -1 back, 1 ahead, 0 none (a length). `after` moves past the words read; "over" before the length makes
// a point "more than" that far.
int direction_after_length(Window& w, int j, const Lookback& lb, uint8_t& mod, int& after) noexcept {
  const Tok& d = w.at(j);
  int dir = 0;
  if (is_kind(d, Kind::ago)) {
    const uint8_t v = value_of(d, Kind::ago);
    const Tok& nx = w.at(j + 1);
    const bool free_standing = !(nx.is_word() || nx.is_num()) || nx.lex.kind == Kind::conj;
    if (v == AG_AGO) dir = -1;
    else if (v == AG_BEFORE && free_standing) dir = -1;
    else if (v == AG_LATER) dir = 1;
    if (dir) after = j + 1;
    if (dir && mod == M_NONE && in_set(lb.at(0), WS_OVER)) mod = M_MORE_THAN;
  } else if (is_kind(d, Kind::preposition) && d.lex.value == PR_FROM && is_kind(w.at(j + 1), Kind::deictic) &&
             w.at(j + 1).lex.value == D_NOW) {
    dir = 1;
    after = j + 2;
  }
  return dir;
}
}  // namespace

bool Grammar::p_amount_unit(Window& w, int i, const Lookback& lb, Expr& e) {
  int n = 0, j = 0;
  bool half = false;
  if (!amount(w, i, n, half, j)) return false;
  if (w.at(j).is_punct('-') && w.at(j).glued()) ++j;  // 12-year, five-year
  else if (counting_adjective(w.at(j)) && is_kind(w.at(j + 1), Kind::unit)) ++j;  // six straight days
  const Tok& u = w.at(j);
  const bool letter = unit_letter_ago(w, i, j);
  if (!letter && !is_kind(u, Kind::unit)) return amount_before_range(w, i, j, n, half, lb, e);
  int unit = value_of(u, letter ? Kind::unit_letter : Kind::unit);
  if (unit == U_WEEKEND) return false;
  if (w.at(j - 1).is_punct('-') && security_noun(w.at(j + 1))) return false;
  if (u.lex.kind == Kind::ordinal && u.lex.kind2 == Kind::unit && !(n == 1 || w.at(i).is_num())) return false;
  if (n < 0 && !(u.lex.flags & F_PLURAL)) return false;  // "some day"
  ++j;
  if (in_set(w.at(j), WS_PLURAL_S) && w.at(j).glued()) ++j;
  uint32_t begin = w.at(i).begin;
  uint8_t mod = comparator_mod(lb);
  const Tok& d = w.at(j);
  int after = j;
  int dir = direction_after_length(w, j, lb, mod, after);
  // "in five days" said of the future is a point in time (TimeML), not a length; "within two weeks"
  // is a length (TimeML and TempEval annotate it DURATION P2W), the limit is the preposition's.
  // "in 1.5 hours" from a clock: ninety minutes ahead (a half of a larger unit has no exact length).
  if (dir == 0 && half && n >= 0 && n < 1000 && unit == U_HOUR && norm_.anchor().has_time && lb.at(0) &&
      is_kind(*lb.at(0), Kind::preposition) && lb.at(0)->lex.value == PR_IN) {
    n = n * 60 + 30;
    unit = U_MINUTE;
    half = false;
  }
  if (dir == 0 && n >= 0 && !half) {
    const Tok* p0 = lb.at(0);
    if (p0 && p0->is_word() && p0->lex.kind == Kind::preposition && p0->lex.value == PR_IN &&
        (unit >= U_DAY || norm_.anchor().has_time) && norm_.anchored() && !measured_from_event(w.at(j)) &&
        !after_superlative(lb) && tense_around(w.at(i).begin, w.at(j - 1).end) != Direction::past) {
      dir = 1;
      after = j;
      mod = M_NONE;
    } else if (p0 && p0->is_punct('+') && w.at(i).glued() && norm_.anchored()) {
      dir = 1;  // "+15 minutes"
      after = j;
      begin = p0->begin;
    }
  }
  e.begin = begin;
  // "two days later", "three years earlier", "a week before": counted from the narrative's date;
  // "ago", "hence" and "from now" from the document's.
  const bool narrative = dir != 0 && is_kind(d, Kind::ago) && !in_set(d, WS_FROM_DOCUMENT) &&
                         unit >= U_DAY;
  if (narrative && n >= 0 && !half && later_than_date(w, lb, after, e)) return true;
  if (dir != 0 && n >= 0 && !half) {
    shifted_point(d, n, unit, dir, narrative, e);
    e.mod = e.type == TimexType::duration ? mod : point_mod(mod, dir);
    e.next = after;
    e.end = w.at(after - 1).end;
    return true;
  }
  e.type = TimexType::duration;
  e.mod = mod;
  // "decades-long": the adjective suffix stays outside
  e.next = j;
  e.end = w.at(j - 1).end;
  if (n > 0 && !half && (is_kind_value(w.at(j), Kind::conj, C_AND) || w.at(j).is_num()) && compound_duration(w, j, n, unit, e))
    return true;
  Normalizer::duration(e.value, n, unit, half);
  return true;
}

// "two hours and 51 minutes", "three years and six months", "1 hour 20 minutes": one length, the
// next smaller unit added to the first (PT2H51M), as TimeML writes it. Fills e on success.
[[gnu::cold, gnu::noinline]] bool Grammar::compound_duration(Window& w, int j, int n, int unit, Expr& e) {
  // "two days and a half", as "two and a half days" (P2.5D).
  if (and_a_half(w, j)) {
    Normalizer::duration(e.value, n, unit, true);
    e.next = j + 3;
    e.end = w.at(j + 2).end;
    return true;
  }
  int smaller = 0;
  switch (unit) {
    case U_YEAR: smaller = U_MONTH; break;
    case U_MONTH: smaller = U_DAY; break;  // "two months and ten days"
    case U_DAY: smaller = U_HOUR; break;
    case U_HOUR: smaller = U_MINUTE; break;
    case U_MINUTE: smaller = U_SECOND; break;
    default: return false;
  }
  int k = is_kind_value(w.at(j), Kind::conj, C_AND) ? j + 1 : j;
  int n2 = 0, k2 = 0;
  bool half2 = false;
  if (!amount(w, k, n2, half2, k2) || n2 <= 0 || half2) return false;
  const Tok& u2 = w.at(k2);
  if (!is_kind(u2, Kind::unit) || u2.lex.kind != Kind::unit || u2.lex.value != smaller) return false;
  int next = k2 + 1;
  if (in_set(w.at(next), WS_PLURAL_S) && w.at(next).glued()) ++next;
  // "two hours and 51 minutes later": not a length
  if (is_kind(w.at(next), Kind::ago)) return false;
  auto letter = [](int u) {
    switch (u) {
      case U_YEAR: return 'Y';
      case U_DAY: return 'D';
      case U_HOUR: return 'H';
      case U_SECOND: return 'S';
      default: return 'M';  // months, minutes
    }
  };
  e.value = "P";
  const bool time_first = unit == U_HOUR || unit == U_MINUTE;
  if (time_first) e.value.push_back('T');
  append_num(e.value, n, 1);
  e.value.push_back(letter(unit));
  if (unit == U_DAY) e.value.push_back('T');
  append_num(e.value, n2, 1);
  e.value.push_back(letter(smaller));
  e.next = next;
  e.end = w.at(next - 1).end;
  return true;
}

// "a year ago", "a day later": one unit (or a few) from the document's or the narrative's date.
bool Grammar::a_unit_shifted(Window& w, int j, int n, int unit, const Lookback& lb, Expr& e) {
  const uint32_t begin = e.begin;
  const Tok& d = w.at(j + 1);
  const bool free_after = !(w.at(j + 2).is_word() || w.at(j + 2).is_num()) || w.at(j + 2).lex.kind == Kind::conj;
  if (n > 0 && is_kind(d, Kind::ago) &&
      (value_of(d, Kind::ago) == AG_AGO || value_of(d, Kind::ago) == AG_LATER || free_after)) {
    const int dir = value_of(d, Kind::ago) == AG_AGO || value_of(d, Kind::ago) == AG_BEFORE ? -1 : 1;
    // As for numbers: "a year later" counts from the narrative's date, "a year ago" from the document's.
    const bool narrative = !in_set(d, WS_FROM_DOCUMENT) && unit >= U_DAY;
    if (narrative && later_than_date(w, lb, j + 2, e)) {
      e.begin = begin;
      return true;
    }
    CivilDate date;
    if (unit <= U_HOUR && gap_duration(d, n, unit, e)) {
    } else if (unit <= U_HOUR && norm_.anchor().has_time) {
      // "an hour ago", "an hour earlier" in a document with a clock: the time, as "three hours ago" (was the day).
      shifted_point(d, n, unit, dir, false, e);
      e.mod = point_mod(e.mod, dir);
    } else if (narrative ? narrative_shift(unit, dir * n, date) : norm_.shifted(unit, dir * n, date)) {
      if (unit == U_DAY || unit == U_WEEK || unit == U_FORTNIGHT || unit == U_HOUR || unit == U_MINUTE) Normalizer::day(e.value, date);
      else Normalizer::period(e.value, unit, date);
      e.mod = point_mod(e.mod, dir);
    } else {
      e.value = dir < 0 ? "PAST_REF" : "FUTURE_REF";
    }
    e.next = j + 2;
    e.end = d.end;
    return true;
  }
  return false;
}

// "in a month": a point ahead, as for numbers ("within a month" stays a length).
bool Grammar::a_unit_ahead(Window& w, int j, int n, int unit, const Lookback& lb, Expr& e) {
  const Tok& u = w.at(j);
  const Tok* p0 = lb.at(0);
  if (n > 0 && p0 && p0->is_word() && p0->lex.kind == Kind::preposition && p0->lex.value == PR_IN &&
      norm_.anchored() &&
      (unit >= U_DAY || norm_.anchor().has_time) && !measured_from_event(w.at(j + 1)) && !after_superlative(lb) &&
      tense_around(e.begin, u.end) != Direction::past) {
    CivilDate date;
    norm_.shifted(unit, n, date);
    if (unit == U_HOUR || unit == U_MINUTE || unit == U_SECOND) {
      const Anchor& an = norm_.anchor();
      const int64_t step = unit == U_HOUR ? 3600 : unit == U_MINUTE ? 60 : 1;
      int64_t secs = static_cast<int64_t>(an.hour) * 3600 + an.minute * 60 + an.second + step * n;
      const int64_t days = secs / 86400;
      secs %= 86400;
      Normalizer::day(e.value, add_days(an.date, days));
      Normalizer::time_of_day(e.value, static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60), 0, false);
      e.type = TimexType::time;
    } else if (unit == U_DAY || unit == U_WEEK || unit == U_FORTNIGHT) {
      Normalizer::day(e.value, date);
    } else {
      Normalizer::period(e.value, unit, date);
    }
    e.mod = M_NONE;
    e.next = j + 1;
    e.end = u.end;
    return true;
  }
  return false;
}

// "a year", "a few days", "a couple of weeks", "at a later date": a length, a point from it, or a rate.
bool Grammar::p_a_unit(Window& w, int i, const Lookback& lb, Expr& e) {
  const Tok& a = w.at(i);
  const Tok& nx = w.at(i + 1);
  // "at a later date", "at a later time": some time after the reference, unnamed.
  if (in_set(nx, WS_FORWARD) && is_kind(nx, Kind::ago) && in_set(w.at(i + 2), WS_SCHEDULE_NOUN)) {
    e.begin = a.begin;
    e.value = "FUTURE_REF";
    e.next = i + 3;
    e.end = w.at(i + 2).end;
    return true;
  }
  int n = 1;
  int j = i + 1;
  if (in_set(nx, WS_FEW)) {
    n = -1;
    ++j;
  } else if (in_set(nx, WS_COUPLE)) {
    n = 2;
    ++j;
    if (is_kind(w.at(j), Kind::preposition) && w.at(j).lex.value == PR_OF) ++j;
  }
  const Tok& u = w.at(j);
  if (!is_kind(u, Kind::unit) || u.lex.kind != Kind::unit) return false;
  if (n == 1 && (u.lex.flags & F_PLURAL)) return false;
  if (n != 1 && !(u.lex.flags & F_PLURAL)) return false;
  const int unit = u.lex.value;
  if (unit == U_WEEKEND || unit == U_QUARTER) return false;  // "a quarter of its dealers"
  // "a day-long meeting": the adjective "day-long" is the expression (the rule table kLengthAdjectives).
  if (w.at(j + 1).is_punct('-') && w.at(j + 1).glued() && in_set(w.at(j + 2), WS_LENGTH_SUFFIX) && w.at(j + 2).glued())
    return false;
  const uint8_t mod = comparator_mod(lb);
  e.begin = a.begin;
  e.mod = mod;
  if (a_unit_shifted(w, j, n, unit, lb, e)) return true;
  if (a_unit_ahead(w, j, n, unit, lb, e)) return true;
  // "twice a year", "once a week": a frequency
  const Tok* p0 = lb.at(0);
  if (in_set(p0, WS_REPEAT) ||
      (n == 1 && p0 && rate_amount(*p0))) {
    e.type = TimexType::set;
    e.mod = M_NONE;
  } else {
    // "a day like this", "a year like no other": a kind of day compared; "a day nobody expected": a day defined.
    if (n == 1 && (compared_kind(w.at(j + 1)) || defining_clause_after(w.at(j + 1), p0))) return false;
    e.type = TimexType::duration;
    // "a day and a half", "an hour and a half": P1.5D, PT1H30M, as "one and a half days" (was the unit alone).
    if (n == 1 && and_a_half(w, j + 1)) {
      Normalizer::duration(e.value, n, unit, true);
      e.next = j + 4;
      e.end = w.at(j + 3).end;
      return true;
    }
  }
  Normalizer::duration(e.value, n, unit);
  e.next = j + 1;
  e.end = u.end;
  return true;
}

// "an hour later" (d is "later") with no clock to count from: the story's gap, a DURATION, as for
// numbers. "an hour ago" stays a point.
[[gnu::cold, gnu::noinline]] bool Grammar::gap_duration(const Tok& d, int n, int unit, Expr& e) const {
  if (in_set(d, WS_FROM_DOCUMENT) || norm_.anchor().has_time) return false;
  e.type = TimexType::duration;
  Normalizer::duration(e.value, n, unit);
  return true;
}

// "half an hour", "half a day", "half a year": a duration in the next smaller unit, or a point when
// "from now" or "in" make it one ("within half an hour" stays a length).
bool Grammar::p_half(Window& w, int i, const Lookback& lb, Expr& e) {
  const Tok& a = w.at(i + 1);
  const Tok& u = w.at(i + 2);
  if (!is_kind_value(a, Kind::article, AR_A) || !is_kind(u, Kind::unit) || u.lex.kind != Kind::unit ||
      (u.lex.flags & F_PLURAL))
    return false;
  int n = 0, unit = 0;
  switch (u.lex.value) {
    case U_MINUTE: n = 30; unit = U_SECOND; break;
    case U_HOUR: n = 30; unit = U_MINUTE; break;
    case U_DAY: n = 12; unit = U_HOUR; break;
    case U_MONTH: n = 15; unit = U_DAY; break;
    case U_YEAR: n = 6; unit = U_MONTH; break;
    case U_DECADE: n = 5; unit = U_YEAR; break;
    case U_CENTURY: n = 50; unit = U_YEAR; break;
    default: return false;
  }
  e.begin = w.at(i).begin;
  int next = i + 3;
  const Tok* p0 = lb.at(0);
  bool ahead = false;
  if (is_kind(w.at(next), Kind::preposition) && w.at(next).lex.value == PR_FROM && is_kind(w.at(next + 1), Kind::deictic) &&
      w.at(next + 1).lex.value == D_NOW) {
    ahead = true;
    next += 2;
  } else if (p0 && p0->is_word() && p0->lex.kind == Kind::preposition &&
             p0->lex.value == PR_IN && !after_superlative(lb) && tense_around(e.begin, u.end) != Direction::past) {
    ahead = true;
  }
  int sign = 1;
  if (!ahead && is_kind(w.at(next), Kind::ago) && value_of(w.at(next), Kind::ago) == AG_AGO) {
    ahead = true;  // "half an hour ago": a point, behind
    sign = -1;
    ++next;
  }
  n *= sign;
  const Anchor& an = norm_.anchor();
  if (ahead && an.known && (unit >= U_DAY || an.has_time)) {
    if (unit == U_HOUR || unit == U_MINUTE || unit == U_SECOND) {
      const int64_t step = unit == U_HOUR ? 3600 : unit == U_MINUTE ? 60 : 1;
      int64_t secs = static_cast<int64_t>(an.hour) * 3600 + an.minute * 60 + an.second + step * n;
      const int64_t days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
      secs -= days * 86400;
      Normalizer::day(e.value, add_days(an.date, days));
      Normalizer::time_of_day(e.value, static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60), 0, false);
      e.type = TimexType::time;
    } else {
      CivilDate d;
      norm_.shifted(unit, n, d);
      if (unit == U_DAY) Normalizer::day(e.value, d);
      else Normalizer::period(e.value, unit, d);
    }
  } else {
    e.type = TimexType::duration;
    e.mod = comparator_mod(lb);
    Normalizer::duration(e.value, n < 0 ? -n : n, unit);
    next = i + 3;
  }
  e.next = next;
  e.end = w.at(next - 1).end;
  return true;
}

// "arrives on March 5, two days later than planned": the length restates the date right before it,
// so the expression is that date. Reads "than [adverb] <participle>" into the span.
[[gnu::cold]] bool Grammar::later_than_date(Window& w, const Lookback& lb, int than, Expr& e) const {
  if (!is_kind_value(w.at(than), Kind::comparator, M_NONE) || !story_.has_day()) return false;
  const Tok* p0 = lb.at(0);
  if (!(p0 && p0->is_punct(',') && p0->begin == story_.last_day_end() && lb.size() == 1)) return false;
  int k = than + 1;
  const auto ends_with = [&](const Tok& t, std::string_view suf) {
    const std::string_view s = w.str(t);
    return t.is_word() && s.size() > suf.size() + 2 && s.substr(s.size() - suf.size()) == suf;
  };
  if (ends_with(w.at(k), "ly") && ends_with(w.at(k + 1), "ed")) k += 2;
  else if (ends_with(w.at(k), "ed")) k += 1;
  else k = than;
  e.type = TimexType::date;
  e.value.clear();
  Normalizer::day(e.value, story_.last_day());
  e.mod = M_NONE;
  e.next = k;
  e.end = w.at(k - 1).end;
  return true;
}

// "for a second consecutive day", "the third straight week", "its fourth week in a row": the streak's
// latest member is the period being reported, the day (or its week, month ...) the story is about.
[[gnu::cold]] bool Grammar::p_streak(Window& w, int i, const Lookback& lb, Expr& e) {
  const Tok& t = w.at(i);
  int j = i + 1;
  int nth = 0;
  if (t.is_num()) {
    const Tok& suf = w.at(i + 1);
    if (!(suf.glued() && in_set(suf, WS_ORDINAL_SUFFIX)))
      return false;
    nth = t.num > 0 && t.num < 100 ? static_cast<int>(t.num) : 0;
    ++j;
  } else if (is_kind(t, Kind::ordinal)) {
    nth = value_of(t, Kind::ordinal);
  }
  if (nth < 2 || nth > 60) return false;  // "first day" starts nothing; "final" is no count
  const Tok& adj = w.at(j);
  const bool streak_word = in_set(adj, WS_STREAK);
  if (streak_word) ++j;
  const Tok& u = w.at(j);
  if (!is_kind(u, Kind::unit) || u.lex.kind != Kind::unit || (u.lex.flags & F_PLURAL)) return false;
  const int unit = u.lex.value;
  if (!(unit == U_DAY || unit == U_WEEK || unit == U_MONTH || unit == U_QUARTER || unit == U_YEAR)) return false;
  const bool in_a_row = is_kind_value(w.at(j + 1), Kind::preposition, PR_IN) && is_kind_value(w.at(j + 2), Kind::article, AR_A) &&
                        in_set(w.at(j + 3), WS_ROW);
  if (!streak_word && !in_a_row) return false;
  CivilDate d;
  if (!day_context(d)) return false;
  const Tok* p0 = lb.at(0);
  e.begin = p0 && p0->is_word() && p0->lex.kind == Kind::article && lb.size() >= 1 ? p0->begin : t.begin;
  Normalizer::period(e.value, unit, d);
  e.next = j + 1;
  e.end = u.end;
  return true;
}

}  // namespace textchain::dates
