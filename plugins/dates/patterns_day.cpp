// The grammar's pattern methods that produce days and months: numeric dates ("2014-04-18", "03/04/2025"),
// "4 May 2021", "September 23 to 27", "March", "on Tuesday", "Christmas Eve".
#include "grammar.hpp"
#include "token_tests.hpp"

namespace textchain::dates {

bool Grammar::p_numeric_date(Window& w, int i, Expr& e) {
  const Tok& a = w.at(i);
  const Tok& s1 = w.at(i + 1);
  if (!is_sep(s1) || !s1.glued()) return false;  // most numbers: the token after is read only after a separator
  const Tok& b = w.at(i + 2);
  if (!b.glued()) return false;
  const char sep = s1.punct;
  int y = 0, m = 0, d = 0;
  int j;
  if (a.ndigits == 4) {
    y = static_cast<int>(a.num);
    if (b.is_num() && b.ndigits <= 2) m = static_cast<int>(b.num);
    else if (is_kind(b, Kind::month)) m = b.lex.value;
    else return false;
    const Tok& s2 = w.at(i + 3);
    const Tok& c = w.at(i + 4);
    if (!(s2.kind == TokKind::punct && s2.punct == sep && s2.glued() && c.is_num() && c.glued() && c.ndigits <= 2))
      return false;
    d = static_cast<int>(c.num);
    j = i + 5;
  } else if (a.ndigits <= 2 && b.is_num()) {
    const Tok& s2 = w.at(i + 3);
    const Tok& c = w.at(i + 4);
    int first = static_cast<int>(a.num), second = static_cast<int>(b.num);
    if (s2.kind == TokKind::punct && s2.punct == sep && s2.glued() && c.is_num() && c.glued()) {
      if (b.ndigits > 2) return false;
      if (c.ndigits == 4) y = static_cast<int>(c.num);
      else if (c.ndigits == 2 && sep != '.') y = c.num < 40 ? 2000 + static_cast<int>(c.num) : 1900 + static_cast<int>(c.num);
      else return false;
      j = i + 5;
    } else if (sep == '/' && b.ndigits == 4 && first >= 1 && first <= 12) {
      // 09/2012
      if (w.at(i + 3).glued() && is_sep(w.at(i + 3))) return false;
      e.begin = a.begin;
      e.end = b.end;
      e.next = i + 3;
      Normalizer::month(e.value, static_cast<int>(b.num), first);
      return true;
    } else if (sep == '/' && b.ndigits <= 2) {
      y = -2;  // month/day without a year
      j = i + 3;
    } else {
      return false;
    }
    if (opt_.day_first || first > 12) {
      d = first;
      m = second;
    } else {
      m = first;
      d = second;
    }
    if (y == -2 && first > 12 && !opt_.day_first) return false;
  } else {
    return false;
  }
  // A four-digit "year" under 1000 ("24/11/0388") is a reference number: news writes no such dates.
  if (y >= 0 && y < 1000) return false;
  // Digit soup: the pattern continues.
  if (w.at(j).glued() && is_sep(w.at(j)) && w.at(j + 1).is_num() && w.at(j + 1).glued()) return false;
  if (w.at(j).glued() && (w.at(j).is_num() || w.at(j).is_punct('%'))) return false;
  if (y == -2) {
    if (!day_fits(0, m, d)) return false;
    y = norm_.year_for(m, d, year_tense(m, d, a.begin, w.at(j - 1).end));
  } else if (!valid_date(y, m, d)) {
    return false;
  }
  e.begin = a.begin;
  Normalizer::day(e.value, y, m, d);
  // A time after it: 2014-04-18 13:00, 2015-07-31T12:00:00, 07-27-2022, 02:00 AM
  clock_after_day(w, j, true, e);
  e.end = w.at(j - 1).end;
  e.next = j;
  return true;
}

bool Grammar::p_day_first(Window& w, int i, Expr& e) {
  int d = 0, j = 0;
  if (!day_number(w, i, d, j)) return false;
  // "4 - 19 May 2021", "23 to 27 September"
  int d2 = 0, m2 = 0, j2 = 0;
  bool range = false;
  if (is_range_word(w.at(j)) && day_number(w, j + 1, d2, j2) && is_kind(w.at(j2), Kind::month)) {
    range = true;
    j = j2;
  }
  if (is_kind(w.at(j), Kind::preposition) && w.at(j).lex.value == PR_OF) ++j;
  const Tok& mt = w.at(j);
  if (!is_kind(mt, Kind::month)) return false;
  if (!mt.capitalized && (mt.lex.flags & F_AMBIGUOUS)) return false;
  const int m = mt.lex.value;
  ++j;
  if ((mt.lex.flags & F_ABBREV) && w.at(j).is_punct('.') && w.at(j).glued()) ++j;
  if (w.at(j).is_punct('-') && w.at(j).glued() && w.at(j + 1).is_num() && w.at(j + 1).glued()) ++j;  // 10-August-2012
  // "4 May - 19 June 2021"
  int d3 = 0, j3 = 0;
  if (!range && is_range_word(w.at(j)) && day_number(w, j + 1, d3, j3) && is_kind(w.at(j3), Kind::month) &&
      !(w.at(j3).lex.flags & F_AMBIGUOUS && !w.at(j3).capitalized)) {
    range = true;
    d2 = d3;
    m2 = w.at(j3).lex.value;
    j = j3 + 1;
  } else if (range) {
    m2 = m;
  }
  int y = -1, yj = 0;
  int k = j;
  if (w.at(k).is_punct(',')) ++k;
  int y2 = -1;
  if (year_number(w, k, y, yj, !w.at(yj).is_word())) {
    j = yj;
    // "30 December - 2 January 2024": the year written after the range is the second day's; a first day in a
    // later month is in the year before.
    if (range && m > m2) {
      y2 = y;
      y = y2 - 1;
    }
  } else {
    y = -1;
  }
  if (y < 0) y = norm_.year_for(m, d, year_tense(m, d, w.at(i).begin, w.at(j - 1).end));
  if (!write_day(w, y, m, d, range, y2, m2, d2, j, e)) return false;
  e.begin = w.at(i).begin;
  e.next = j;
  e.end = w.at(j - 1).end;
  return true;
}

// "September 23", "September 23 to 27", "May 4 - June 19, 2021", "March 5 at 10 a.m.": writes the day's value
// (a range "A/B" when one follows); `k` moves past it. False for a day the month does not have.
bool Grammar::month_day(Window& w, int i, int m, int d, int dj, bool has_year, int y, int& k, Expr& e) {
  const Tok& mt = w.at(i);
  // Ranges: "September 23 to 27", "May 4 - June 19", "Mar 4 - Jun 19, 2021"
  int d2 = 0, m2 = 0, j2 = 0, y2 = -1;
  bool range = false;
  if (!has_year && is_range_word(w.at(dj))) {
    if (day_number(w, dj + 1, d2, j2) && !is_kind(w.at(j2), Kind::month) && !is_kind(w.at(j2), Kind::unit) &&
        !counted_noun(w, w.at(j2)) && !(w.at(j2).is_punct(':'))) {
      range = true;
      m2 = m;
    } else if (is_kind(w.at(dj + 1), Kind::month) && day_number(w, dj + 2, d2, j2)) {
      range = true;
      m2 = w.at(dj + 1).lex.value;
    }
    if (range) {
      k = j2;
      int kk = k;
      if (w.at(kk).is_punct(',')) ++kk;
      int yy = 0, yk = 0;
      if (year_number(w, kk, yy, yk, false)) {
        // "December 30 - January 2, 2024": the year is the second day's; a first day in a later month is in
        // the year before.
        y2 = yy;
        y = m > m2 ? yy - 1 : yy;
        has_year = true;
        k = yk;
      }
    }
  }
  // "Dec. 31 last year", "March 3 next year": the year the shift names, one expression as "March last year" is
  // (the day was the anchor year's or the tense's, and "last year" a second DATE); "May 5 of last year" two, as
  // "June of last year" is. Not before a possessive ("on Oct. 3 last year's winner").
  // The token after the day is read first: most days have neither after them, and a look further costs a read.
  if (!has_year && !range) {
    const Tok& t = w.at(k);
    if (t.is_word() && t.lex.kind == Kind::shift) {
      if (shifted_year_at(w, k, y) && !w.at(k + 2).is_punct('\'')) {
        has_year = true;
        k += 2;
      }
    } else if (is_kind_value(t, Kind::preposition, PR_OF) && shifted_year_at(w, k + 1, y)) {
      has_year = true;
    }
  }
  if (!has_year) y = norm_.year_for(m, d, year_tense(m, d, mt.begin, w.at(k - 1).end));
  return write_day(w, y, m, d, range, y2, m2, d2, k, e);
}

// The value of a day (year y, or XXXX when unknown), of a range to a second day (its own year y2 when one
// was written, else y), or of the day with a clock time that follows ("March 5 at 10 a.m.": a TIME, `k`
// moves past the time). False, writing nothing, for a day its month does not have.
bool Grammar::write_day(Window& w, int y, int m, int d, bool range, int y2, int m2, int d2, int& k, Expr& e) {
  if (!day_fits(y, m, d)) return false;
  // "December 28 to January 3" with no year written: the second day is in the year after the first's.
  if (range && y2 <= 0 && y > 0 && m2 < m) y2 = y + 1;
  if (range && !day_fits(y2 > 0 ? y2 : y, m2, d2)) return false;
  Normalizer::day(e.value, y, m, d);
  if (range) {
    e.value.push_back('/');
    Normalizer::day(e.value, y2 > 0 ? y2 : y, m2, d2);
    return true;
  }
  clock_after_day(w, k, true, e);
  return true;
}

// A clock time right after a day ("March 5 at 10 a.m.", "2014-04-18 13:00", "Friday at noon"): its value
// appended to the day's (to XXXX-XX-XX when the day is not known), e made a TIME, k moved past it.
bool Grammar::clock_after_day(Window& w, int& k, bool day_known, Expr& e) {
  int tk = 0;
  std::string tv;
  if (!time_after(w, k, tk, tv)) return false;
  if (!day_known) e.value = "XXXX-XX-XX";
  e.value += tv;
  e.type = TimexType::time;
  k = tk;
  return true;
}

// The year of a month named alone: "October of next year", "March last year" name it relative to the
// anchor; else a range's or the tense's. `k` moves past "this / next / last year" written right after it.
// "last / this / next year" at s: the year it names from the anchor.
bool Grammar::shifted_year_at(Window& w, int s, int& y) const {
  const Tok& sh = w.at(s);
  if (!norm_.anchored() || !is_kind(sh, Kind::shift)) return false;
  const Tok& yr = w.at(s + 1);
  if (!(is_kind(yr, Kind::unit) && yr.lex.kind == Kind::unit && yr.lex.value == U_YEAR && !(yr.lex.flags & F_PLURAL) &&
        (sh.lex.value == SH_LAST || sh.lex.value == SH_NEXT || sh.lex.value == SH_THIS)))
    return false;
  const uint8_t v = sh.lex.value;
  y = norm_.anchor().date.year + (v == SH_LAST ? -1 : v == SH_THIS ? 0 : 1);
  return true;
}

int Grammar::month_alone_year(Window& w, int i, const Lookback& lb, int m, int& k) {
  const Tok& mt = w.at(i);
  int y = -1;
  int s = i + 1;
  if (is_kind(w.at(s), Kind::preposition) && w.at(s).lex.value == PR_OF) ++s;
  if (shifted_year_at(w, s, y)) {
    // "October this year" is one expression (TimeML annotates no second one); "October of next year" two.
    if (s == i + 1) k = s + 2;
  } else if (!range_end_year(lb, m, y) && !range_start_year(w, i, lb, m, y)) {
    y = norm_.year_for(m, 0, year_tense(m, 0, mt.begin, mt.end));
  }
  return y;
}

bool Grammar::p_month(Window& w, int i, const Lookback& lb, Expr& e) {
  const Tok& mt = w.at(i);
  const int m = value_of(mt, Kind::month);
  const uint8_t flags = mt.lex.flags;
  int j = i + 1;
  if ((flags & F_ABBREV) && w.at(j).is_punct('.') && w.at(j).glued()) ++j;
  if ((w.at(j).is_punct('-') || w.at(j).is_punct('/')) && w.at(j).glued() && w.at(j + 1).is_num() && w.at(j + 1).glued())
    ++j;  // August-10-2012, August/10/2012
  int d = 0, dj = 0;
  bool has_day = day_number(w, j, d, dj);
  if (has_day) {
    const Tok& nx = w.at(dj);
    if ((nx.glued() && nx.kind == TokKind::punct && (nx.punct == ':' || nx.punct == '.') && w.at(dj + 1).is_num() &&
         w.at(dj + 1).glued()) ||
        counted_noun(w, nx) || is_kind(nx, Kind::unit) || is_kind(nx, Kind::ampm) || nx.is_punct('%'))
      has_day = false;
    if (w.at(j).is_num() && w.at(j).ndigits == 2 && w.at(j).num > 31) has_day = false;
  }
  int y = -1, yj = 0;
  bool has_year = false;
  int k = has_day ? dj : j;
  {
    int kk = k;
    if (w.at(kk).is_punct(',') || w.at(kk).is_punct('-') || w.at(kk).is_punct('/')) ++kk;
    else if (!has_day && is_kind(w.at(kk), Kind::preposition) && w.at(kk).lex.value == PR_OF) ++kk;
    const bool two_digits = (has_day && w.at(kk - 1).is_punct(',')) ||
                            (!has_day && w.at(kk).is_num() && w.at(kk).ndigits == 2 && w.at(kk).num > 31 &&
                             !w.at(kk + 1).is_word());  // Aug 96
    if (year_number(w, kk, y, yj, two_digits)) {
      has_year = true;
      k = yj;
    }
  }
  const Tok* p0 = lb.at(0);
  const bool context = p0 && date_context_word(*p0);
  if ((flags & F_ABBREV) && !has_day && !has_year &&
      !(mt.capitalized && !mt.all_caps && p0 && p0->is_word() && p0->lex.kind == Kind::preposition &&
        (p0->lex.value == PR_IN || p0->lex.value == PR_SINCE || p0->lex.value == PR_UNTIL) &&
        !w.at(i + 1).capitalized))
    return false;
  if ((flags & F_AMBIGUOUS) && (!mt.capitalized || mt.all_caps) && !has_day && !has_year) return false;
  // "the May election", "the March accession": after "the" and before a lower-case word the lexicon does
  // not know, neither the modal nor the verb; "the March for Life", "the March of Dimes" stay names.
  const Tok& nx = w.at(i + 1);
  const bool modifier = p0 && is_kind_value(*p0, Kind::article, AR_THE) && nx.is_word() && !nx.capitalized &&
                        nx.lex.kind == Kind::none && nx.lex.kind2 == Kind::none;
  if ((flags & F_AMBIGUOUS) && !has_day && !has_year && !context && !modifier) return false;
  if ((flags & F_AMBIGUOUS) && !mt.capitalized) return false;
  if (!mt.capitalized && !has_day && !has_year && !context) return false;
  e.begin = mt.begin;
  if (has_day) {
    if (!month_day(w, i, m, d, dj, has_year, y, k, e)) return false;
  } else if (has_year) {
    Normalizer::month(e.value, y, m);
  } else {
    k = i + 1;
    Normalizer::month(e.value, month_alone_year(w, i, lb, m, k), m);
  }
  e.next = k;
  e.end = w.at(k - 1).end;
  return true;
}

// "from June to August", "between March and May": a month that ends a range follows the year of the
// month that opens it, the next year when it comes earlier in the calendar ("from November to
// February"). TimeML writes the two ends as two dates; their years must agree.
[[gnu::cold]] bool Grammar::range_end_year(const Lookback& lb, int m, int& y) const noexcept {
  // The scan forgets what came before a match, so the opening month is known by where it ended.
  const Tok* p0 = lb.at(0);
  const NamedPeriod& opening = story_.last_month();
  const uint32_t opening_end = story_.last_month_end();
  if (!p0 || lb.size() != 1 || !opening.known() || p0->begin < opening_end || p0->begin - opening_end > 1) return false;
  if (!(p0->is_punct('-') || (p0->is_word() && (p0->lex.kind == Kind::conj || p0->lex.kind2 == Kind::preposition ||
                                                 p0->lex.kind == Kind::preposition) &&
                              (p0->lex.kind != Kind::conj || p0->lex.value != C_OR) &&
                              (p0->lex.kind != Kind::preposition || p0->lex.value == PR_UNTIL))))
    return false;
  y = m < opening.n ? opening.year + 1 : opening.year;
  return true;
}

// "from March to May 2024", "between January and March of 2023", "from early June to mid-August 2026": a month
// that opens a range takes the year written after the month that closes it, the year before when it comes later
// in the calendar ("from November to February 2024": 2023-11). TimeML values the two ends apart; their years
// agree. Read only when a range word follows the month.
bool Grammar::range_start_year(Window& w, int i, const Lookback& lb, int m, int& y) {
  const Tok& to = w.at(i + 1);
  if (!is_range_word(to) &&
      !(is_kind_value(to, Kind::conj, C_AND) && lb.at(0) && is_kind_value(*lb.at(0), Kind::preposition, PR_BETWEEN)))
    return false;
  int k = i + 2;
  if (is_kind(w.at(k), Kind::position)) {
    ++k;
    if (w.at(k).is_punct('-') && w.at(k).glued()) ++k;
  }
  const Tok& close = w.at(k);
  if (!is_kind(close, Kind::month) || !close.capitalized) return false;
  const int m2 = value_of(close, Kind::month);
  ++k;
  if ((close.lex.flags & F_ABBREV) && w.at(k).is_punct('.') && w.at(k).glued()) ++k;
  if (w.at(k).is_punct(',') || is_kind_value(w.at(k), Kind::preposition, PR_OF)) ++k;
  int yy = 0, yk = 0;
  if (!year_number(w, k, yy, yk, false) && !shifted_year_at(w, k, yy)) return false;
  y = m > m2 ? yy - 1 : yy;
  return true;
}

bool Grammar::date_after_weekday(Window& w, int i, Expr& e) {
  Lookback none;
  const Tok& t = w.at(i);
  if (is_kind(t, Kind::month)) return p_month(w, i, none, e) && e.value.size() >= 10;
  if (t.is_num()) return p_numeric_date(w, i, e) || p_day_first(w, i, e);
  return false;
}

// "on Saturdays", "Sunday mornings", "Saturdays mornings": a weekday that recurs, a SET (XXXX-WXX-6,
// XXXX-WXX-7TMO).
[[gnu::cold]] bool Grammar::weekday_set(Window& w, int i, int j, Expr& e) {
  const Tok& t = w.at(i);
  e.type = TimexType::set;
  e.begin = t.begin;
  e.value = "XXXX-WXX-";
  append_num(e.value, value_of(t, Kind::weekday), 1);
  const Tok& nx = w.at(j);
  if (is_kind(nx, Kind::part_of_day) && nx.lex.value != P_TONIGHT) {
    Normalizer::part_of_day(e.value, nx.lex.value);
    ++j;
  }
  e.next = j;
  e.end = w.at(j - 1).end;
  return true;
}

bool Grammar::p_weekday(Window& w, int i, Expr& e) {
  const Tok& t = w.at(i);
  const int wd = value_of(t, Kind::weekday);
  const uint8_t flags = t.lex.flags;
  // "on Friday nights": a plural part of the day makes the weekday recur too (a rule for it, tried at every
  // weekday, cost 0.25% of the tagger's instructions; the next token is read here anyway).
  if ((flags & F_PLURAL) || (!(flags & F_AMBIGUOUS) && is_kind(w.at(i + 1), Kind::part_of_day) &&
                             (w.at(i + 1).lex.flags & F_PLURAL)))
    return weekday_set(w, i, i + 1, e);
  int j = i + 1;
  if ((flags & F_ABBREV) && w.at(j).is_punct('.') && w.at(j).glued()) ++j;
  {
    int k = j;
    if (w.at(k).is_punct(',')) ++k;
    Expr d;
    if (date_after_weekday(w, k, d)) {
      e = std::move(d);
      e.begin = t.begin;
      return true;
    }
  }
  if (flags & F_AMBIGUOUS) return false;
  if (t.all_caps && t.size() > 3) return false;
  e.begin = t.begin;
  CivilDate date;
  const bool known = norm_.weekday_date(wd, weekday_tense(wd, t.begin, t.end), date);
  // "Monday of next week"
  if (is_kind(w.at(j), Kind::preposition) && w.at(j).lex.value == PR_OF && is_kind(w.at(j + 1), Kind::shift) &&
      is_kind(w.at(j + 2), Kind::unit) && w.at(j + 2).lex.value == U_WEEK) {
    const uint8_t sh = w.at(j + 1).lex.value;
    const int weeks = sh == SH_NEXT ? 1 : sh == SH_LAST ? -1 : 0;
    CivilDate base;
    if (norm_.shifted(U_WEEK, weeks, base)) {
      Normalizer::day(e.value, add_days(base, wd - weekday(base)));
    } else {
      e.value = "XXXX-WXX-";
      append_num(e.value, wd, 1);
    }
    e.next = j + 3;
    e.end = w.at(j + 2).end;
    return true;
  }
  if (known) Normalizer::day(e.value, date);
  else {
    e.value = "XXXX-WXX-";
    append_num(e.value, wd, 1);
  }
  const Tok& nx = w.at(j);
  if (is_kind(nx, Kind::part_of_day) && nx.lex.value != P_TONIGHT) {
    if (!known) e.value = "XXXX-XX-XX";  // TIMEX3 has no weekday-with-part-of-day form
    Normalizer::part_of_day(e.value, nx.lex.value);
    e.type = TimexType::time;
    e.next = j + 1;
    e.end = nx.end;
    return true;
  }
  if (int tk = j; is_kind(nx, Kind::preposition) && nx.lex.value == PR_AT && clock_after_day(w, tk, known, e)) {
    e.next = tk;
    e.end = w.at(tk - 1).end;
    return true;
  }
  e.next = j;
  e.end = w.at(j - 1).end;
  return true;
}

// "April 24 and 25", "on November 8 or 9": a day number joined by "and" / "or" to the day just named (month
// and day) is a day of the same month, a DATE of its own (TimeML annotates the two days apart).
[[gnu::cold]] bool Grammar::p_joined_day(Window& w, int i, const Lookback& lb, Expr& e) {
  // Tried at every number no other pattern took: the look-back's second and third tokens, which lb.size() steps
  // back to, are found only once the token before is "and" / "or" right after the day named.
  // No day named yet (the text's first numbers): the token before is not read.
  if (!story_.has_day()) return false;
  const Tok* p0 = lb.at(0);
  if (!p0 || !(is_kind_value(*p0, Kind::conj, C_AND) || is_kind_value(*p0, Kind::conj, C_OR))) return false;
  if (p0->begin < story_.last_day_end() || p0->begin - story_.last_day_end() > 1 || lb.size() != 1) return false;
  int d = 0, j = 0;
  if (!day_number(w, i, d, j)) return false;
  const Tok& nx = w.at(j);
  // "on March 3 and 5 people died": a lower-case word the lexicon does not know counts things; so does a
  // quantity word ("on March 3 and 25 percent ...", the lexicon's rate_unit set).
  const bool counts = (nx.is_word() && !nx.capitalized && nx.lex.kind == Kind::none && nx.lex.sets == 0) ||
                      in_set(nx, WS_RATE_UNIT);
  if (counts || is_kind(nx, Kind::unit) || is_kind(nx, Kind::month) || nx.is_punct('%') ||
      (nx.glued() && nx.kind == TokKind::punct && (nx.punct == ':' || nx.punct == '.' || nx.punct == '/') && w.at(j + 1).is_num()))
    return false;
  const CivilDate& last = story_.last_day();
  if (d <= last.day || !valid_date(last.year, last.month, d)) return false;
  e.begin = w.at(i).begin;
  Normalizer::day(e.value, last.year, last.month, d);
  e.next = j;
  e.end = w.at(j - 1).end;
  return true;
}

// "until Christmas", "at Christmas", "Christmas Eve": a holiday on a fixed day, a DATE. After a
// preposition only: "Christmas" before a noun ("Christmas lights", "a Christmas tree") names no day.
[[gnu::cold]] bool Grammar::p_holiday(Window& w, int i, const Lookback& lb, Expr& e) {
  const Tok& t = w.at(i);
  const Tok* p0 = lb.at(0);
  if (!t.capitalized || t.all_caps || !p0 || !p0->is_word() ||
      !(p0->lex.kind == Kind::preposition || p0->lex.kind2 == Kind::preposition))
    return false;
  if (p0->lex.kind == Kind::preposition && p0->lex.value == PR_OF) return false;
  if (t.lex.value != HO_CHRISTMAS) return false;  // the other holidays are rules (rule_tables.cpp)
  int month = 12, day = 25, j = i + 1;
  if (in_set(w.at(j), WS_EVE) && w.at(j).capitalized) {
    day = 24;
    ++j;
  } else if (is_kind(w.at(j), Kind::unit) && w.at(j).lex.value == U_DAY && w.at(j).capitalized &&
             !(w.at(j).lex.flags & F_PLURAL)) {
    ++j;
  } else if (w.at(j).is_word() && !w.at(j).capitalized && w.at(j).lex.kind == Kind::none &&
             !(w.at(j).size() >= 3 && w.text()[w.at(j).end - 1] == 'd' && w.text()[w.at(j).end - 2] == 'e')) {
    // "before Christmas shopping starts": a noun follows. A verb in -ed may ("by Christmas ended").
    const std::string_view nxt = w.str(w.at(j));
    if (!in_set(nxt, WS_CLAUSE_GO_ON)) return false;
  }
  e.begin = t.begin;
  const int y = norm_.year_for(month, day, year_tense(month, day, t.begin, w.at(j - 1).end));
  Normalizer::day(e.value, y, month, day);
  e.next = j;
  e.end = w.at(j - 1).end;
  return true;
}

}  // namespace textchain::dates
