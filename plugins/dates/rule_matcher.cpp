#include "rule_matcher.hpp"

#include <limits>

namespace textchain::dates {

namespace {

constexpr int kAbsent = std::numeric_limits<int>::min();  // no value: a missing capture or field
constexpr int kMaxElems = Window::kMax;

// The value a token gives an element it matches, or kAbsent when it does not match.
int elem_value(const PatternElem& e, const Tok& t, const Entry& lex, std::string_view text) noexcept {
  if (e.glued && t.space_before) return kAbsent;
  if (e.capitalized && !t.capitalized) return kAbsent;
  switch (e.kind) {
    case ElemKind::lexicon: {
      if (!t.is_word() || (lex.flags & e.flags_on) != e.flags_on || (lex.flags & e.flags_off)) return kAbsent;
      const auto accepts = [&e](uint8_t v) {
        return e.value_mask ? v < 64 && (e.value_mask >> v & 1) : e.lex_value < 0 || v == e.lex_value;
      };
      if (lex.kind == e.lex && accepts(lex.value)) return lex.value;
      if (lex.kind2 == e.lex && accepts(lex.value2)) return lex.value2;
      return kAbsent;
    }
    case ElemKind::set: return t.is_word() && (lex.sets & e.sets) ? 0 : kAbsent;
    case ElemKind::word: return t.is_word() && lex.kind == e.lex && ieq(text, e.word) ? lex.value : kAbsent;
    case ElemKind::number:
      if (e.two_digit_year) return t.is_num() && t.ndigits == 2 ? static_cast<int>(t.num < 40 ? 2000 + t.num : 1900 + t.num) : kAbsent;
      if (t.is_num() && t.num >= e.min && t.num <= e.max && (e.digits == 0 || t.ndigits == e.digits))
        return static_cast<int>(t.num);
      if (e.words_too && t.is_word() && lex.kind == Kind::number && lex.value != kNumberSeveral && lex.value >= e.min &&
          lex.value <= e.max)
        return lex.value;
      return kAbsent;
    case ElemKind::punct: return t.kind == TokKind::punct && t.punct == e.punct ? 0 : kAbsent;
    // A capitalized word after a line break starts a paragraph (a headline's next line, a dateline), no name.
    case ElemKind::name: return t.is_word() && t.capitalized && !t.newline_before && lex.kind == Kind::none ? 0 : kAbsent;
    case ElemKind::lower: return t.is_word() && !t.capitalized ? 0 : kAbsent;
  }
  return kAbsent;
}

// The fields a producer's assignments gave, before they become a value.
struct Assigned {
  int fiscal_year = kAbsent, fiscal_quarter = kAbsent, fiscal_half = kAbsent;
  int weekday = kAbsent, nth = kAbsent, easter = kAbsent, offset = 0, shift = 0, century = kAbsent,
      decade = kAbsent, minutes_to = kAbsent;
  bool nearest = false;
  Source relative = Source::constant;  // past_year or next_year when the producer asks for one
};

void set_field(TimeValue& v, Assigned& a, Field f, int x) noexcept {
  switch (f) {
    case Field::year: v.year = x; break;
    case Field::month: v.month = x; break;
    case Field::day: v.day = x; break;
    case Field::week: v.week = x; break;
    case Field::quarter: v.quarter = x; break;
    case Field::half: v.half = x; break;
    case Field::season: v.season = static_cast<Season>(x); v.granularity = Granularity::season; break;
    case Field::part_of_day: v.part_of_day = static_cast<PartOfDay>(x); v.part_of_day_set = true; break;
    case Field::hour: v.hour = x; break;
    case Field::minute: v.minute = x; break;
    case Field::amount: v.amount = x; break;
    case Field::unit: v.unit = static_cast<Unit>(x); break;
    case Field::fiscal_year: a.fiscal_year = x; break;
    case Field::fiscal_quarter: a.fiscal_quarter = x; break;
    case Field::fiscal_half: a.fiscal_half = x; break;
    case Field::weekday: a.weekday = x; break;
    // "final" (an ordinal in the lexicon, captured as $N: "final Friday of May") is the last of the month.
    case Field::nth: a.nth = x == kOrdinalLast ? -1 : x; break;
    case Field::easter: a.easter = x; break;
    case Field::offset: a.offset = x; break;
    case Field::shift: a.shift = x; break;
    case Field::century: a.century = x; break;
    case Field::decade: a.decade = x; break;
    case Field::minutes_to: a.minutes_to = x; break;
  }
}

// The finest calendar field set: what the value is cut to.
Granularity finest(const TimeValue& v) noexcept {
  if (v.hour >= 0) return Granularity::minute;
  if (v.day >= 0) return v.part_of_day_set ? Granularity::part_of_day : Granularity::day;
  if (v.weekday >= 0) return Granularity::weekday;
  if (v.week >= 0) return Granularity::week;
  if (v.month >= 0) return Granularity::month;
  if (v.granularity == Granularity::season) return Granularity::season;
  if (v.quarter >= 0) return Granularity::quarter;
  if (v.half >= 0) return Granularity::half;
  if (v.granularity == Granularity::century) return Granularity::century;
  if (v.granularity == Granularity::decade) return Granularity::decade;
  if (v.year >= 0) return Granularity::year;
  if (v.part_of_day_set) return Granularity::part_of_day;  // of any day: "every morning"
  return Granularity::none;
}

// A fiscal period onto the calendar, when the user has said when the fiscal year starts and the period lines
// up with a calendar quarter or half; otherwise it keeps the FY prefix ("FY2024-Q3").
void apply_fiscal(TimeValue& v, int fy, int fq, int fh, int start) noexcept {
  v.year = fy;
  v.quarter = fq > 0 ? fq : TimeValue::kUnset;
  v.half = fh > 0 ? fh : TimeValue::kUnset;
  if (start <= 0) {
    v.fiscal = true;
    return;
  }
  const int months_in = fq > 0 ? (fq - 1) * 3 : fh > 0 ? (fh - 1) * 6 : 0;
  const int first = (start - 1) + months_in;  // months from January of the year the fiscal year starts in
  const int year = (start == 1 ? fy : fy - 1) + first / 12;
  const int month = first % 12 + 1;
  const bool aligned = fq > 0 ? (month - 1) % 3 == 0 : fh > 0 ? (month - 1) % 6 == 0 : start == 1;
  if (!aligned) {
    v.fiscal = true;
    return;
  }
  v.year = year;
  if (fq > 0) v.quarter = (month - 1) / 3 + 1;
  if (fh > 0) v.half = (month - 1) / 6 + 1;
}

// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
CivilDate easter_sunday(int y) noexcept {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return CivilDate{y, month, day};
}

// Days computed from the year: the nth weekday of a month, Easter, and a day offset. False when the year is
// unknown (the value stays underspecified only for fixed days).
bool computed_day(TimeValue& v, const Assigned& a) noexcept {
  if (a.weekday == kAbsent && a.easter == kAbsent && a.offset == 0) return true;
  if (a.weekday != kAbsent && a.nth == kAbsent && a.easter == kAbsent && v.month < 0) {
    v.weekday = a.weekday;  // a day of the week, not of a month: "every Saturday"
    return (a.weekday >= 1 && a.weekday <= 7) || a.weekday == TimeValue::kWeekend;
  }
  if (v.year < 0) return false;
  CivilDate d;
  if (a.easter != kAbsent) {
    d = add_days(easter_sunday(v.year), a.easter);
  } else if (a.weekday != kAbsent) {
    if (v.month < 1 || v.month > 12 || a.nth == kAbsent || a.nth == 0) return false;
    if (a.nth > 0) {
      const CivilDate first{v.year, v.month, 1};
      d = add_days(first, (a.weekday - weekday(first) + 7) % 7 + 7 * (a.nth - 1));
    } else {
      const CivilDate last{v.year, v.month, days_in_month(v.year, v.month)};
      d = add_days(last, -((weekday(last) - a.weekday + 7) % 7));
    }
    if (d.month != v.month) return false;  // no fifth Monday this month
  } else {
    if (v.month < 1 || v.day < 1 || !valid_date(v.year, v.month, v.day)) return false;
    d = CivilDate{v.year, v.month, v.day};
  }
  d = add_days(d, a.offset);
  v.year = d.year, v.month = d.month, v.day = d.day;
  return true;
}

bool valid(const TimeValue& v) noexcept {
  if (v.month != TimeValue::kUnset && (v.month < 1 || v.month > 12)) return false;
  if (v.day != TimeValue::kUnset && (v.day < 1 || v.day > 31)) return false;
  if (v.quarter != TimeValue::kUnset && (v.quarter < 1 || v.quarter > 4)) return false;
  if (v.half != TimeValue::kUnset && (v.half < 1 || v.half > 2)) return false;
  if (v.week != TimeValue::kUnset && (v.week < 1 || v.week > 53)) return false;
  if (v.hour != TimeValue::kUnset && (v.hour < 0 || v.hour > 24)) return false;
  if (v.minute != TimeValue::kUnset && (v.minute < 0 || v.minute > 59)) return false;
  if (v.month >= 1 && v.day >= 1 && !day_fits(v.year, v.month, v.day)) return false;
  return true;
}

// year=past / year=next: the anchor's year, or the one before / after when this year's day is not yet / already
// gone.
bool relative_year(const Normalizer& norm, TimeValue& v, const Assigned& a) noexcept {
  if (!norm.anchored()) return false;
  const CivilDate& now = norm.anchor().date;
  TimeValue probe = v;
  probe.year = now.year;
  if (a.easter != kAbsent) probe.month = 4;
  if (probe.month < 1 || !computed_day(probe, a)) return false;
  const int64_t day = to_days(CivilDate{probe.year, probe.month, probe.day > 0 ? probe.day : 1});
  const int64_t today = to_days(now);
  if (a.relative == Source::past_year) v.year = now.year - (day >= today ? 1 : 0);
  else v.year = now.year + (day <= today ? 1 : 0);
  return true;
}

// The value of the period `unit` (day, week, month ...) that holds `d`.
bool cut_to_period(const CivilDate& d, int unit, TimeValue& v) noexcept {
  v.month = v.day = v.week = v.quarter = v.half = v.hour = v.minute = TimeValue::kUnset;
  v.year = d.year;
  switch (unit) {
    case U_DAY: v.month = d.month, v.day = d.day, v.granularity = Granularity::day; return true;
    case U_WEEK: iso_week(d, v.year, v.week), v.granularity = Granularity::week; return true;
    // The weekend of the ISO week that holds `d` ("this past weekend": 2025-W38-WE).
    case U_WEEKEND: iso_week(d, v.year, v.week), v.weekday = TimeValue::kWeekend, v.granularity = Granularity::week; return true;
    case U_MONTH: v.month = d.month, v.granularity = Granularity::month; return true;
    case U_QUARTER: v.quarter = (d.month - 1) / 3 + 1, v.granularity = Granularity::quarter; return true;
    case U_YEAR: v.granularity = Granularity::year; return true;
    case U_DECADE: v.granularity = Granularity::decade; return true;
    case U_CENTURY: v.granularity = Granularity::century; return true;
    default: return false;
  }
}

// "quarter to ten", "ten to six": `minutes` before the producer's hour, on a 12-hour dial as the spoken clock is
// read ("five to one" is 12:55, as "half past twelve" is 12:30). False for a count that is no part of an hour.
bool count_back_from_hour(TimeValue& v, int minutes) noexcept {
  if (v.hour < 1 || v.hour > 24 || minutes < 1 || minutes > 59) return false;
  v.hour = v.hour == 1 ? 12 : v.hour - 1;
  v.minute = 60 - minutes;
  return true;
}

}  // namespace

const Entry& RuleMatcher::user_entry(Window& w, const Tok& t) const noexcept {
  const Entry* e = rules_.words().find(w.str(t));
  return e ? *e : t.lex;
}

bool RuleMatcher::match_pattern(Window& w, const Lookback& before, const Rule& r, int captures[], int& next) const {
  // The elements from the trigger on first: their tokens are the window's, most read already, while the
  // lookbehind's are found by stepping back over the text ("^<article:the> <ordinal> of <month>" is tried at
  // every ordinal and most have no "of" after them). The two loops fill disjoint captures, so their order
  // changes no result.
  int j = 0;
  int ahead = 0;  // lookaheads end the pattern and read the tokens after the span in turn ("&that &followed")
  for (size_t k = r.lead; k < r.pattern.size(); ++k) {
    const PatternElem& e = r.pattern[k];
    const Tok& t = w.at(j + ahead);
    const int v = t.kind == TokKind::end ? kAbsent : elem_value(e, t, entry(w, t), w.str(t));
    if (e.negated) {  // "!<set:rate_unit>": the token must not be one; the next lookahead reads the same token
      if (v != kAbsent) return false;
      captures[k] = kAbsent;
      continue;
    }
    captures[k] = v;
    if (v == kAbsent && !e.optional) return false;
    if (v != kAbsent) ++(e.lookahead ? ahead : j);
  }
  if (j == 0) return false;
  // The lookbehind elements, nearest last: "^for ^just <unit>" reads "just" right before the unit.
  for (size_t k = 0; k < r.lead; ++k) {
    const PatternElem& e = r.pattern[k];
    const Tok* t = before.at(static_cast<int>(r.lead - 1 - k));
    const int v = t ? elem_value(e, *t, entry(w, *t), w.str(*t)) : kAbsent;
    captures[k] = v;
    if (v == kAbsent && !e.optional) return false;
  }
  next = j;
  return true;
}

// "that day", "the following year", "last week": the period `p.period` that holds the reference date moved by
// `shift` periods.
bool RuleMatcher::produce_period(const Producer& p, int unit, int shift, TimeValue& v) const {
  CivilDate d;
  bool known = false;
  switch (p.from) {
    case PeriodFrom::narrative:
      // "that same day" after "last October": a day of that month, which one not said (1998-10-XX).
      if (unit == U_DAY && shift == 0 && !v.part_of_day_set && context_.narrative_month_only(d)) {
        v.year = d.year;
        v.month = d.month;
        v.day = TimeValue::kUnset;
        v.granularity = Granularity::day;
        return true;
      }
      known = context_.narrative_shift(unit, shift, d);
      break;
    case PeriodFrom::story:
      known = context_.story_day(d);
      if (known && shift != 0) d = Normalizer::shift_from(d, unit, shift);
      break;
    default: known = norm_.shifted(unit, shift, d); break;
  }
  // A part of a day is a TIME of that day ("tonight" 2025-03-04TNI); of a day not known, of any day
  // (XXXX-XX-XXTNI), as TimeML leaves the unknown fields underspecified.
  const bool part_of_a_day = unit == U_DAY && v.part_of_day_set;
  // A clock the producer set is a time of that day ("half past nine": the document's day at 09:30).
  const int hour = v.hour, minute = v.minute;
  const bool clock = unit == U_DAY && hour != TimeValue::kUnset;
  if (!known) {
    if (!part_of_a_day && !clock) return false;
    v.year = v.month = v.day = TimeValue::kUnset;
    v.granularity = clock ? Granularity::minute : Granularity::part_of_day;
    return valid(v);
  }
  // A day of the month the producer set is that day of the period's month ("on the 15th": of the story's month).
  const int day = unit == U_MONTH ? v.day : TimeValue::kUnset;
  if (!cut_to_period(d, unit, v)) return false;
  if (part_of_a_day) v.granularity = Granularity::part_of_day;
  if (day != TimeValue::kUnset) {
    v.day = day;
    v.granularity = Granularity::day;
    return valid(v);
  }
  if (clock) {
    v.hour = hour;
    v.minute = minute;
    v.granularity = Granularity::minute;
    return valid(v);
  }
  return true;
}

// "the following Friday", "the previous Monday": the first such weekday after the reference day (shift 1), or
// the latest before it (shift -1); the reference is the narrative's day, else the document's.
bool RuleMatcher::produce_weekday_from(const Producer& p, int wd, int shift, TimeValue& v) const {
  CivilDate d;
  if (p.from == PeriodFrom::story ? !context_.story_day(d) : !context_.narrative_shift(U_DAY, 0, d)) return false;
  if (wd < 1 || wd > 7 || shift == 0) return false;
  const int ahead = (wd - weekday(d) + 7) % 7, back = (weekday(d) - wd + 7) % 7;
  d = add_days(d, shift > 0 ? (ahead == 0 ? 7 : ahead) : -(back == 0 ? 7 : back));
  return cut_to_period(d, U_DAY, v);
}

int element_value(const PatternElem& e, const Tok& t, const Entry& lex, std::string_view text) noexcept {
  return elem_value(e, t, lex, text);
}

bool RuleMatcher::produce(const Rule& r, const int captures[], uint32_t begin, uint32_t end, TimeValue& v) const {
  const Producer& p = r.producer;
  v = TimeValue{};
  v.type = p.type;
  v.ref = p.ref;
  v.mod = p.mod;
  if (p.ref != TimeRef::none || p.not_a_date) return true;
  Assigned a;
  for (const Assignment& f : p.fields) {
    int x = f.value;
    if (f.source == Source::capture) x = captures[f.value - 1];
    else if (f.source == Source::anchor_year) x = norm_.anchored() ? norm_.anchor().date.year : kAbsent;
    else if (f.source == Source::anchor_shift) {
      if (!norm_.anchored() || captures[f.value - 1] == kAbsent) return false;
      x = norm_.anchor().date.year + shift_step(static_cast<Shift>(captures[f.value - 1]));
    } else if (f.source == Source::narrative_year) {
      CivilDate d;
      if (!context_.narrative_shift(U_YEAR, 0, d)) return false;
      x = d.year;
    } else if (f.source == Source::anchor_month_shift) {
      if (!norm_.anchored() || captures[f.value - 1] == kAbsent) return false;
      // Months counted from year 0, so that December + 1 is January of the next year.
      const int months = norm_.anchor().date.year * 12 + (norm_.anchor().date.month - 1) +
                         shift_step(static_cast<Shift>(captures[f.value - 1]));
      v.year = months / 12;
      x = months % 12 + 1;
    }
    a.nearest |= f.source == Source::nearest_year;
    const bool relative = f.source == Source::past_year || f.source == Source::next_year;
    if (relative) a.relative = f.source;
    if (x == kAbsent || f.source == Source::nearest_year || relative) continue;
    set_field(v, a, f.field, f.negate ? -x : x);
  }
  if (a.minutes_to != kAbsent && !count_back_from_hour(v, a.minutes_to)) return false;
  if (p.from != PeriodFrom::none && a.weekday != kAbsent) return produce_weekday_from(p, a.weekday, a.shift, v);
  if (p.from != PeriodFrom::none)
    return produce_period(p, p.period_capture ? captures[p.period_capture - 1] : p.period, a.shift, v);
  if ((a.fiscal_quarter != kAbsent && (a.fiscal_quarter < 1 || a.fiscal_quarter > 4)) ||
      (a.fiscal_half != kAbsent && (a.fiscal_half < 1 || a.fiscal_half > 2)))
    return false;
  // "the 19th century": TIMEX3 writes a century by its first two digits, 1800s as "18".
  if (a.century != kAbsent) {
    if (a.century >= 1000) a.century = a.century / 100 + 1;  // century=anchor: the year's ("20" for 2025)
    if (a.century < 1 || a.century > 30) return false;
    v.year = (a.century - 1) * 100;
    v.granularity = Granularity::century;
  }
  // "the sixties": a decade named by a word (its lexicon value 196) or by a year ("the 1960s"), TIMEX3 "196".
  if (a.decade != kAbsent && is_century_in_hundreds(a.decade)) {
    v.year = a.decade;
    v.granularity = Granularity::century;
  } else if (a.decade != kAbsent) {
    if (a.decade >= 1000) a.decade /= 10;
    if (a.decade < 100 || a.decade > 299) return false;
    v.year = a.decade * 10;
    v.granularity = Granularity::decade;
  }
  if (a.fiscal_year != kAbsent)
    apply_fiscal(v, a.fiscal_year, a.fiscal_quarter, a.fiscal_half, rules_.conventions().fiscal_year_start);
  if (a.nearest && a.easter != kAbsent) v.month = 4;  // Easter falls in March or April: resolve as April
  // The tense is read only when it can move the year (Normalizer::tense_moves_year).
  const auto tense = [&](int month, int day) { return context_.year_tense(month, day, begin, end); };
  if (a.nearest && v.month >= 1 && v.month <= 12) {
    v.year = norm_.year_for(v.month, v.day > 0 ? v.day : 0, tense(v.month, v.day > 0 ? v.day : 0));
  } else if (a.nearest && norm_.anchored() && (v.quarter >= 1 || v.half >= 1)) {  // a quarter or half: its first month
    const int first = v.quarter >= 1 ? (v.quarter - 1) * 3 + 1 : (v.half - 1) * 6 + 1;
    v.year = norm_.year_for(first, 0, tense(first, 0));
  }
  if (a.relative != Source::constant && !relative_year(norm_, v, a)) return false;
  if (!computed_day(v, a)) return false;
  // "Easter week": the day computed, then the period that holds it.
  if (p.period != U_NONE && v.year >= 0 && v.month >= 1 && v.day >= 1)
    return valid(v) && cut_to_period(CivilDate{v.year, v.month, v.day}, p.period, v);
  if (v.type == TimexType::duration || (v.type == TimexType::set && v.unit != U_NONE)) return v.unit != U_NONE;
  v.granularity = finest(v);
  return v.granularity != Granularity::none && valid(v);
}

bool RuleMatcher::match(Window& w, const Lookback& before, RuleMatch& out, const RuleGroup* only) const {
  const Tok& first = w.at(0);
  const Entry& lex = entry(w, first);
  const Tok& second = w.at(1);
  const Entry& lex1 = entry(w, second);
  const Kind keys[2] = {first.is_num() ? Kind::none : lex.kind, first.is_num() ? Kind::none : lex.kind2};
  // The second token's class as a RuleSet::second_mask bit, and a word's second kind: only the rules listed
  // under them (and under kSecondAny) are tried.
  int bit = -1, bit2 = -1;
  if (second.kind == TokKind::number) bit = RuleSet::kSecondNumber;
  else if (second.kind == TokKind::punct) bit = RuleSet::kSecondPunct;
  else if (second.kind == TokKind::word && lex1.kind == Kind::none) bit = RuleSet::kSecondName;
  else if (second.kind == TokKind::word) {
    bit = static_cast<int>(lex1.kind);
    if (lex1.kind2 != Kind::none && lex1.kind2 != lex1.kind) bit2 = static_cast<int>(lex1.kind2);
  }
  int captures[kMaxElems];
  bool found = false;
  uint64_t best = 0;  // the winner's rank: the first key's rules before the second's, then the order added
  for (int key = 0; key < 2; ++key) {
    if (key == 1 && (keys[1] == Kind::none || keys[1] == keys[0])) break;
    const int bits[3] = {RuleSet::kSecondAny, bit, bit2};
    for (int list = 0; list < 3; ++list) {
      if (bits[list] < 0) continue;
      for (const Rule* r : rules_.continued_by(keys[key], bits[list])) {
        // A rule listed under both of a word's kinds was tried under the first.
        if (list == 2 && (r->second_tokens >> bit & 1)) continue;
        const uint64_t rank = (uint64_t{static_cast<uint32_t>(key)} << 32) | r->index;
        int next = 0;
        if ((only && r->group != *only) || !filter_admits(r->first, first, lex) || !filter_admits(r->second, second, lex1))
          continue;
        // The third token is read only for a rule whose first two may match: match_pattern would read it next.
        if (r->third.checked && !filter_admits(r->third, w.at(2), entry(w, w.at(2)))) continue;
        if (r->pattern.size() > static_cast<size_t>(kMaxElems) || !match_pattern(w, before, *r, captures, next)) continue;
        if (found && (next < out.next || (next == out.next && rank > best))) continue;
        const uint32_t begin = first.begin, end = w.at(next - 1).end;
        TimeValue v;
        if (!produce(*r, captures, begin, end, v)) continue;
        out = RuleMatch{r, next, begin, end, v};
        best = rank;
        found = true;
      }
    }
  }
  return found;
}

}  // namespace textchain::dates
