// What a token is to the grammar's pattern methods: the lexicon tests they share (kinds, word sets, the
// mod a comparator gives). Private to the engine; every word compared is in the lexicon (lexicon.cpp).
#ifndef TEXTCHAIN_DATES_TOKEN_TESTS_HPP
#define TEXTCHAIN_DATES_TOKEN_TESTS_HPP

#include "lexicon.hpp"
#include "scanner.hpp"

#include <string_view>

namespace textchain::dates {

inline bool is_kind(const Tok& t, Kind k) noexcept { return t.is_word() && (t.lex.kind == k || t.lex.kind2 == k); }
// Whether the word is in one of the lexicon's word sets (WordSet bits).
inline bool in_set(const Tok& t, uint64_t sets) noexcept { return t.is_word() && (t.lex.sets & sets) != 0; }
inline bool in_set(const Tok* t, uint64_t sets) noexcept { return t && in_set(*t, sets); }
inline bool in_set(std::string_view word, uint64_t sets) noexcept { return (lookup(word).sets & sets) != 0; }
// A word of two letters or more that the lexicon holds in no kind and no word set but plural_no_s ("people",
// "voters"): no date pattern reads on past it.
inline bool plain_unknown_word(const Tok& t) noexcept {
  return t.is_word() && t.size() >= 2 && t.lex.kind == Kind::none && t.lex.kind2 == Kind::none &&
         (t.lex.sets & ~WS_PLURAL_NO_S) == 0;
}
inline bool is_kind_value(const Tok& t, Kind k, uint8_t v) noexcept {
  return t.is_word() && ((t.lex.kind == k && t.lex.value == v) || (t.lex.kind2 == k && t.lex.value2 == v));
}
inline uint8_t value_of(const Tok& t, Kind k) noexcept { return t.lex.kind == k ? t.lex.value : t.lex.value2; }

inline bool is_sep(const Tok& t) noexcept { return t.kind == TokKind::punct && (t.punct == '-' || t.punct == '/' || t.punct == '.'); }

inline bool is_range_word(const Tok& t) noexcept {
  if (t.kind == TokKind::punct) return t.punct == '-';
  if (!t.is_word()) return false;
  if (t.lex.kind == Kind::conj) return t.lex.value == C_TO || t.lex.value == C_THROUGH;
  return in_set(t, WS_UNTIL);
}

// "and a half" after a length at k, not "and a half hour" (a second length).
inline bool and_a_half(Window& w, int k) {
  return is_kind_value(w.at(k), Kind::conj, C_AND) && is_kind_value(w.at(k + 1), Kind::article, AR_A) &&
         is_kind_value(w.at(k + 2), Kind::quarter, QW_HALF) && !is_kind(w.at(k + 3), Kind::unit);
}

inline bool ordinal_suffix(const Tok& t) noexcept { return t.glued() && in_set(t, WS_ORDINAL_SUFFIX); }

// A word that makes a capitalized "May"/"March"/"fall" a date when it comes right before it.
inline bool date_context_word(const Tok& t) noexcept {
  if (!t.is_word()) return t.kind == TokKind::punct && t.punct == '-' && t.glued();
  switch (t.lex.kind) {
    case Kind::preposition:
    case Kind::position:
    case Kind::shift:
    case Kind::conj:
      return true;
    default:
      return t.lex.kind2 == Kind::preposition;
  }
}

// A lower-case plural noun in -s the lexicon does not know ("2000 troops", "May 10 voters"): the number
// before it counts things, it is not a date. Plurals without an s ("10 people") are p_year's (word set
// plural_no_s): after a day ("from January 1 children will ...") they start the clause.
inline bool counted_noun(Window& w, const Tok& t) noexcept {
  if (!t.is_word() || t.capitalized || t.lex.kind != Kind::none || t.size() < 3) return false;
  std::string_view s = w.str(t);
  return s.back() == 's';
}

// Words that may stand between a number and its unit: "six straight days", "five trading days", "two more
// years".
inline bool counting_adjective(const Tok& t) noexcept { return is_kind(t, Kind::counting) || in_set(t, WS_MORE); }

inline bool compared_kind(const Tok& t) noexcept { return in_set(t, WS_LIKE); }

// The subject of a relative clause without "that": "the day I", "the day they".
inline bool personal_pronoun(const Tok& t) noexcept { return in_set(t, WS_PRONOUN); }

// "not a day anybody could plan for", "a year nobody will forget": a relative clause with its own subject after
// "a <unit>" defines that day or year, as in "the day I retire"; it is no length. After a preposition or a
// comparator the unit is one ("within a day they left", "about a week we waited").
inline bool defining_clause_after(const Tok& next, const Tok* p0) noexcept {
  if (!personal_pronoun(next)) return false;
  return !(p0 && p0->is_word() &&
           (p0->lex.kind == Kind::preposition || p0->lex.kind2 == Kind::preposition || p0->lex.kind == Kind::comparator));
}

// "the 10-year note", "two-year Treasuries": a security named by its maturity, not a length of time.
inline bool security_noun(const Tok& t) noexcept { return in_set(t, WS_SECURITY); }

// A name that a year after it dates rather than numbers: an event ("Conference", "Summit") or an
// all-capitals acronym, which news uses for conferences and shows ("WWDC", "CES"). Product names
// ("Windows 2000", "Russell 2000") are mixed case.
inline bool event_edition(Window& w, const Tok& t) noexcept {
  if (t.all_caps) {
    if (t.size() < 2 || t.size() > 6) return false;
    for (char c : w.str(t))
      if (c < 'A' || c > 'Z') return false;
    return true;
  }
  return in_set(t, WS_EVENT_EDITION);
}

// A name written just before a version number ("iLife '11", "Office '97"): a capitalized or camel-case word
// the lexicon does not know ("iPhone"), on the same line, not an event's name ("Expo '25" is a year).
inline bool names_a_version(Window& w, const Tok* name, const Tok& mark) noexcept {
  if (!name || !name->is_word() || name->lex.kind != Kind::none || name->end == mark.begin || mark.newline_before)
    return false;
  if (event_edition(w, *name)) return false;
  if (name->capitalized) return true;
  const std::string_view s = w.str(*name);
  return s.size() > 2 && s[1] >= 'A' && s[1] <= 'Z';  // "iLife", "eBay"
}

// "within a month of the launch", "in two weeks of talks": the length is counted from an event or
// belongs to a noun, not from the document's date, so it stays a DURATION.
inline bool measured_from_event(const Tok& after_unit) noexcept {
  return is_kind(after_unit, Kind::preposition) && after_unit.lex.value == PR_OF;
}

// "the lowest in six years", "its biggest drop in a decade": after a superlative (one or two words back from
// "in", which is lb.at(0)) the length is the span looked back over, a DURATION, not a point ahead.
inline bool after_superlative(const Lookback& lb) noexcept {
  return in_set(lb.at(1), WS_SUPERLATIVE) || in_set(lb.at(2), WS_SUPERLATIVE);
}

// A quantity right before "a year" / "a day" makes it a rate ("15 a year", "$2 billion a year", "3% a
// month"): a SET. A four-digit number there is a year ("in 2005 a year later"), not a quantity.
inline bool rate_amount(const Tok& t) noexcept {
  if (t.is_num()) return !(t.ndigits == 4 && t.num >= 1000);
  if (t.is_punct('%')) return true;
  if (!t.is_word()) return false;
  if (t.lex.kind == Kind::number && t.lex.value != kNumberSeveral) return true;
  return in_set(t, WS_RATE_UNIT);
}

constexpr uint8_t mod_of_position(uint8_t pos) noexcept {
  switch (pos) {
    case PO_EARLY:
    case PO_BEGINNING:
    case PO_START: return M_START;
    case PO_LATE:
    case PO_END: return M_END;
    default: return M_MID;
  }
}

// "over five years" is "more than" after a preposition, a form of "be" or a verb of lasting ("for over
// five years", "has been over a year", "lasted over an hour"); after an object or another verb it is
// "across" ("would hire 300 people over five years", "spread over three years"): a plain length.
inline bool over_means_more(const Tok* before) noexcept {
  if (!before || !before->is_word()) return false;
  return before->lex.kind == Kind::preposition || before->lex.kind2 == Kind::preposition ||
         in_set(*before, WS_OVER_MEANS_MORE);
}

// "about 10:30 a.m.", "around midnight": TimeML's APPROX on a point, from a comparator valued APPROX right before it
// (the comparator stays outside the span, as before a length); the point's own mod otherwise.
inline uint8_t approx_before(const Lookback& lb, uint8_t mod) noexcept {
  const Tok* c = lb.at(0);
  return c && c->is_word() && c->lex.kind == Kind::comparator && c->lex.value == M_APPROX ? uint8_t{M_APPROX} : mod;
}

// "in about 1850", "around 1990": TimeML's APPROX on a year from a comparator valued APPROX right before it (outside
// the span, as before a clock). "about" is a preposition too ("a book about 1968" is about the year), so it gives the
// mod only after a preposition; the words of set approx_alone ("around", "roughly") give it anywhere.
// 0: none; 1: APPROX; 2: APPROX after a preposition, which makes the number a year as the preposition alone would.
inline int approx_year_before(const Lookback& lb) noexcept {
  const Tok* c = lb.at(0);
  if (!c || !c->is_word() || c->lex.kind != Kind::comparator || c->lex.value != M_APPROX) return 0;
  const Tok* p = lb.at(1);
  if (p && p->is_word() && (p->lex.kind == Kind::preposition || p->lex.kind2 == Kind::preposition)) return 2;
  return in_set(*c, WS_APPROX_ALONE) ? 1 : 0;
}

// The mod a comparator right before a duration gives it ("over", "more than", "at least", "about").
inline uint8_t comparator_mod(const Lookback& lb) noexcept {
  const Tok* p0 = lb.at(0);
  if (!p0 || !p0->is_word()) return M_NONE;
  if (p0->lex.kind == Kind::comparator) {
    if (p0->lex.value == M_NONE) {  // "than": look one further, and one more for a negation
      const Tok* p1 = lb.at(1);
      // TimeML: "no more than 10 days" is EQUAL_OR_LESS, "no less than" (at least) EQUAL_OR_MORE.
      const bool negated = in_set(lb.at(2), WS_NEGATION);
      if (in_set(p1, WS_MORE)) return negated ? M_EQUAL_OR_LESS : M_MORE_THAN;
      if (in_set(p1, WS_LESS)) return negated ? M_EQUAL_OR_MORE : M_LESS_THAN;
      return M_NONE;
    }
    if (in_set(*p0, WS_AT_LEAST)) {
      const Tok* p1 = lb.at(1);
      return p1 && p1->is_word() && p1->lex.kind == Kind::preposition && p1->lex.value == PR_AT ? M_EQUAL_OR_MORE
                                                                                                 : M_NONE;
    }
    if (in_set(*p0, WS_AT_MOST)) {
      const Tok* p1 = lb.at(1);
      return p1 && p1->is_word() && p1->lex.kind == Kind::preposition && p1->lex.value == PR_AT ? M_EQUAL_OR_LESS
                                                                                                 : M_NONE;
    }
    if (in_set(*p0, WS_MORE | WS_LESS)) return M_NONE;  // without "than"
    if (in_set(*p0, WS_OVER) && !over_means_more(lb.at(1))) return M_NONE;
    return p0->lex.value;
  }
  if (p0->lex.kind == Kind::conj && p0->lex.value == C_TO) {
    const Tok* p1 = lb.at(1);
    if (in_set(p1, WS_UP)) return M_EQUAL_OR_LESS;
  }
  return M_NONE;
}

// A comparator's mod on a length that became a point ("more than a decade ago"): TimeML's mods of points say
// on which side of the point the time lies. "more than a decade ago" is BEFORE the point a decade back, "less
// than a year ago" AFTER it, "at least" / "no less than" ON_OR_BEFORE, "no more than" ON_OR_AFTER; counted
// forward ("more than a week later") the sides swap. APPROX stays.
constexpr uint8_t point_mod(uint8_t length_mod, int dir) noexcept {
  const bool back = dir < 0;
  switch (length_mod) {
    case M_MORE_THAN: return back ? M_BEFORE : M_AFTER;
    case M_LESS_THAN: return back ? M_AFTER : M_BEFORE;
    case M_EQUAL_OR_MORE: return back ? M_ON_OR_BEFORE : M_ON_OR_AFTER;
    case M_EQUAL_OR_LESS: return back ? M_ON_OR_AFTER : M_ON_OR_BEFORE;
    default: return length_mod;
  }
}

}  // namespace textchain::dates

#endif
