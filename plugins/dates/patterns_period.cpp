// The grammar's pattern methods that produce years and the periods within them: "2009", "the 1990s",
// "'82", "the third quarter of 2009", "Q3", "summer 2010", "early in the year", "late March".
#include "grammar.hpp"
#include "token_tests.hpp"

namespace textchain::dates {

namespace {
// "at 1600 Pennsylvania Avenue", "2100 Fifth Avenue", "1200 Martin Luther Boulevard": a house number before a
// street's name (capitalized words the lexicon does not hold, or an ordinal) and a street word (WS_STREET) is
// no year; after a preposition other than "at" or "on" it is ("in 1998 Wall Street rallied"). A check in
// p_year, not a rule: a rule starting at a number with a name second is tried after every number followed
// by an unknown word (+38% of Tagger::tag's instructions on dates_bench).
bool names_a_street(Window& w, int j, const Tok* p0) noexcept {
  for (int k = j; k < j + 4; ++k) {
    const Tok& t = w.at(k);
    if (!t.is_word() || !t.capitalized || t.newline_before) return false;
    if (k > j && in_set(t, WS_STREET)) return !(p0 && is_kind(*p0, Kind::preposition) && !in_set(*p0, WS_ADDRESS_PREP));
    if (t.lex.kind != Kind::none && !is_kind(t, Kind::ordinal)) return false;
  }
  return false;
}

// "fiscal years 2025 and 2026", "fiscal 2024 through 2026", "FY2024-2026": a later year joined by one word or
// mark right after a fiscal year is a fiscal year too (TimeML values what the text means: FY2026, not the
// calendar year 2026).
bool follows_fiscal_year(const NarrativeContext& story, const Tok* p0, int y) noexcept {
  if (story.last_fiscal_year() == 0 || !p0) return false;
  const uint32_t end = story.last_fiscal_year_end();
  if (p0->begin < end || p0->begin > end + 1 || y <= story.last_fiscal_year() || y > story.last_fiscal_year() + 10)
    return false;
  return p0->is_punct('-') || p0->is_punct(',') || is_kind_value(*p0, Kind::conj, C_AND) ||
         is_kind_value(*p0, Kind::conj, C_TO) || is_kind_value(*p0, Kind::conj, C_THROUGH);
}

enum NumbersAfterYear { kNone, kDigitSoup, kRangeEnd, kTwoYears };

// What a separator and a number glued after a year at j-1 make of it. Part of a numeric expression that did not
// parse ("2014-02-30", "2012/80/10", "2012-1400") is no year (kDigitSoup), unless it is a year range ("2009-2011":
// kRangeEnd, the second year a DATE of its own) or the span of a year and the next written with its last two digits
// ("the 2023-24 season", "1998/99": kTwoYears, one expression valued as the interval of the two years, as "September
// 23 to 27" is; only the next year: "2024-05" may be a month).
NumbersAfterYear numbers_after_year(Window& w, int j, int y) noexcept {
  const Tok& sep = w.at(j);
  const Tok& n = w.at(j + 1);
  if (!(is_sep(sep) && sep.glued() && n.is_num() && n.glued())) return kNone;
  const Tok& after = w.at(j + 2);
  if (sep.punct != '.' && n.ndigits == 2 && n.num == (y + 1) % 100 && !(after.is_num() && after.glued()) &&
      !(is_sep(after) && after.glued() && w.at(j + 3).is_num() && w.at(j + 3).glued()))
    return kTwoYears;
  return sep.punct == '-' && n.ndigits == 4 && n.num > y && n.num <= y + 100 ? kRangeEnd : kDigitSoup;
}
}  // namespace

bool Grammar::p_year(Window& w, int i, const Lookback& lb, Expr& e) {
  const Tok& t = w.at(i);
  const Tok& a = w.at(i + 1);
  const Tok* p0 = lb.at(0);
  const bool apostrophe = p0 && p0->kind == TokKind::punct && p0->punct == '\'' && t.glued() && t.ndigits == 2;
  // Decades: 1990s, '90s, 70s
  if (a.glued() && in_set(a, WS_PLURAL_S) && (t.ndigits == 4 || t.ndigits == 2) && t.num % 10 == 0) {
    if (w.at(i + 2).glued() && (w.at(i + 2).is_word() || w.at(i + 2).is_num())) return false;
    if (t.ndigits == 2 && in_set(p0, WS_POSSESSIVE)) return false;  // "in his 30s": an age, not annotated
    e.begin = apostrophe ? p0->begin : t.begin;
    if (t.ndigits == 4 && is_century_in_hundreds(static_cast<int>(t.num))) {
      append_num(e.value, static_cast<int>(t.num / 100), 2);
    } else {
      append_num(e.value, t.ndigits == 4 ? static_cast<int>(t.num / 10) : (t.num < 30 ? 200 : 190) + static_cast<int>(t.num / 10), 3);
    }
    e.next = i + 2;
    e.end = a.end;
    return true;
  }
  if (apostrophe) {
    if (a.glued() && (a.is_word() || a.is_num())) return false;
    // "iLife '11", "Office '97": a product's version after its name, as "Windows 2000" (TimeML marks no
    // TIMEX3 inside a proper name); "since '82", "the class of '09" keep their year.
    if (names_a_version(w, lb.at(1), *p0)) return false;
    const int v = static_cast<int>(t.num);
    e.begin = p0->begin;
    Normalizer::year(e.value, v < 40 ? 2000 + v : 1900 + v);
    e.next = i + 1;
    e.end = t.end;
    return true;
  }
  int y = 0, j = 0;
  if (!year_number(w, i, y, j, false)) return false;
  const int approx = approx_year_before(lb);
  const bool context = approx == 2 || (p0 && p0->is_word() &&
                       (p0->lex.kind == Kind::preposition || p0->lex.kind2 == Kind::preposition ||
                        p0->lex.kind == Kind::month || p0->lex.kind == Kind::position || p0->lex.kind == Kind::season ||
                        p0->lex.kind == Kind::fiscal || p0->lex.kind == Kind::conj));
  if (!context && (y < 1900 || y > 2099)) return false;
  // "2009-2011", "2014–2016": the second year of a range is a DATE of its own, as the first is (TimeML).
  const bool range_end = p0 && p0->is_punct('-') && lb.size() == 1 && p0->begin == story_.last_year_end() &&
                         y > story_.last_year() && y <= story_.last_year() + 100;
  const bool fiscal_next = follows_fiscal_year(story_, p0, y);
  // A mark written against the number ("$2000", "#2000", "-2000") makes it an amount or an id; a comma or a
  // parenthesis before a space does not ("in 1994, 1995 and 1997").
  if (context == false && !range_end && !fiscal_next && p0 && p0->end == t.begin && p0->kind == TokKind::punct && p0->punct != '(' &&
      p0->punct != '"' && p0->punct != '\'')
    return false;
  // "2000 troops", "2000 people" count; "the 1992 protests", "their 2008 results" date the noun: a count that
  // large is written with a comma ("the 2,000 troops"), a year never is.
  const bool determined = p0 && (is_kind_value(*p0, Kind::article, AR_THE) || in_set(*p0, WS_POSSESSIVE));
  if ((counted_noun(w, w.at(j)) || in_set(w.at(j), WS_PLURAL_NO_S)) && !determined) return false;
  if (w.at(j).is_punct('%')) return false;
  const int more = numbers_after_year(w, j, y);
  if (more == kDigitSoup) return false;
  const bool two_years = more == kTwoYears;
  if (two_years) j += 2;
  if (w.at(j).is_num()) return false;  // "2019 45 12"
  // A number alone, with no word around it, is a count or a heading more often than a year.
  if (!context && (w.at(j).kind == TokKind::end || w.at(j).newline_before) && (!p0 || p0->newline_before || !p0->is_word()))
    return false;
  // "Windows 2000", "Russell 2000 Index": a name with a number
  // But an event's edition is its year: "CES 2019", "Design Summit 2021", "Expo 2030".
  if (!context && !determined && p0 && p0->is_word() && p0->capitalized && p0->lex.kind == Kind::none &&
      !p0->newline_before && !event_edition(w, *p0))
    return false;
  if (is_kind(w.at(j), Kind::unit) || names_a_street(w, j, p0)) return false;
  e.begin = t.begin;
  if (fiscal_next) e.value = "FY";
  if (approx) e.mod = M_APPROX;
  Normalizer::year(e.value, y);
  if (two_years) Normalizer::year(e.value += '/', y + 1);
  e.next = j;
  e.end = w.at(j - 1).end;
  return true;
}

// "the new year" (i is "the"): in a story from the second half of a year, the year that starts at the next
// New Year's Day; in the first half, the year under way (a February story's "early in the new year" has
// begun). Fills e from "the".
[[gnu::cold]] bool Grammar::p_new_year(Window& w, int i, Expr& e) {
  const Tok& u = w.at(i + 2);
  if (!is_kind_value(w.at(i), Kind::article, AR_THE) || !is_kind(u, Kind::unit) || u.lex.kind != Kind::unit || u.lex.value != U_YEAR ||
      (u.lex.flags & F_PLURAL) || !norm_.anchored())
    return false;
  const CivilDate& a = norm_.anchor().date;
  e.begin = w.at(i).begin;
  Normalizer::year(e.value, a.month >= 7 ? a.year + 1 : a.year);
  e.next = i + 3;
  e.end = u.end;
  return true;
}

bool Grammar::p_period(Window& w, int i, Expr& e) {
  const Tok& t = w.at(i);
  // "in" before the period ("early 2010" reads as "in 2010"): its entry looked up once, not at every call.
  static const Entry kIn = lookup("in");
  Lookback ctx;
  Tok in;
  in.kind = TokKind::word;
  in.lex = kIn;
  ctx.push(in);
  if (is_kind(t, Kind::month)) return p_month(w, i, ctx, e);
  if (t.is_num()) return p_year(w, i, ctx, e) || rule_at(w, i, ctx, RuleGroup::year, e);  // 1990s, 19th century
  if (t.is_punct('\'') && w.at(i + 1).is_num() && w.at(i + 1).glued()) {  // "the mid-'80s": p_year reads the mark
    Lookback mark;
    mark.push(t);
    return p_year(w, i + 1, mark, e);
  }
  if (is_kind(t, Kind::season)) return rule_at(w, i, ctx, RuleGroup::season, e);
  if (is_kind(t, Kind::shift)) return p_shift(w, i, e);
  if (is_kind(t, Kind::fiscal)) return false;
  if (is_kind(t, Kind::ordinal)) return rule_at(w, i, ctx, RuleGroup::year, e);  // "early nineteenth century"
  if (is_kind_value(t, Kind::article, AR_THE)) {
    const Tok& u = w.at(i + 1);
    if (is_kind(u, Kind::unit) && u.lex.kind == Kind::unit && !(u.lex.flags & F_PLURAL)) {
      const int unit = u.lex.value;
      if (unit == U_HOUR || unit == U_MINUTE || unit == U_SECOND) return false;
      e.begin = t.begin;
      if (norm_.anchored()) Normalizer::period(e.value, unit, norm_.anchor().date);
      else e.value = unit == U_DAY ? "XXXX-XX-XX" : "XXXX";
      e.next = i + 2;
      e.end = u.end;
      return true;
    }
    if (is_kind(u, Kind::fiscal)) {  // "the end of the fiscal year": the rule reads "the" before "fiscal"
      Lookback the;
      the.push(t);
      if (!rule_at(w, i + 1, the, RuleGroup::year, e)) return false;
      e.begin = t.begin;
      return true;
    }
    if (is_kind(u, Kind::season)) {
      if (!rule_at(w, i + 1, ctx, RuleGroup::season, e)) return false;
      e.begin = t.begin;
      return true;
    }
    if (u.is_num()) {
      if (!p_year(w, i + 1, ctx, e) && !rule_at(w, i + 1, ctx, RuleGroup::year, e)) return false;
      e.begin = t.begin;
      return true;
    }
    if (is_kind(u, Kind::ordinal)) {
      if (!rule_at(w, i + 1, Lookback(), RuleGroup::quarter, e) && !rule_at(w, i + 1, ctx, RuleGroup::year, e)) return false;
      e.begin = t.begin;
      return true;
    }
  }
  return false;
}

bool Grammar::p_position(Window& w, int i, Expr& e) {
  const Tok& t = w.at(i);
  const uint8_t pos = value_of(t, Kind::position);
  int j = i + 1;
  if (pos == PO_EARLY || pos == PO_LATE || pos == PO_MID) {
    if (w.at(j).is_punct('-') && w.at(j).glued()) ++j;
    // "early in the new year": the coming year, its start
    if (pos != PO_MID && is_kind(w.at(j), Kind::preposition) && w.at(j).lex.value == PR_IN &&
        in_set(w.at(j + 2), WS_NEW) && p_new_year(w, j + 1, e)) {
      e.begin = t.begin;
      e.mod = mod_of_position(pos);
      return true;
    }
    // "late in the day": the day the story reports, as "the day" alone is, with the position as mod.
    const Tok& u = w.at(j + 2);
    if (pos != PO_MID && is_kind(w.at(j), Kind::preposition) && w.at(j).lex.value == PR_IN &&
        is_kind_value(w.at(j + 1), Kind::article, AR_THE) && is_kind(u, Kind::unit) &&
        u.lex.kind == Kind::unit && u.lex.value == U_DAY && !(u.lex.flags & F_PLURAL) && day_context(e.value)) {
      e.begin = t.begin;
      e.mod = mod_of_position(pos);
      e.next = j + 3;
      e.end = u.end;
      return true;
    }
  } else {
    if (!(is_kind(w.at(j), Kind::preposition) && w.at(j).lex.value == PR_OF)) return false;
    ++j;
  }
  Expr inner;
  if (!p_period(w, j, inner)) return false;
  if (inner.type != TimexType::date) return false;
  e = std::move(inner);
  e.begin = t.begin;
  e.mod = mod_of_position(pos);
  return true;
}

}  // namespace textchain::dates
