#include "grammar.hpp"

#include <textchain/utf8.hpp>

#include <cstdlib>
#include <cstring>

namespace textchain::dates {

struct Grammar::Expr {
  int next = 0;  // window index after the expression
  uint32_t begin = 0, end = 0;
  TimexType type = TimexType::date;
  std::string value;
  uint8_t mod = 0;
};

namespace {


bool is_kind(const Tok& t, Kind k) noexcept { return t.is_word() && (t.lex.kind == k || t.lex.kind2 == k); }
// Whether the word is in one of the lexicon's word sets (WordSet bits).
bool in_set(const Tok& t, uint64_t sets) noexcept { return t.is_word() && (t.lex.sets & sets) != 0; }
bool in_set(const Tok* t, uint64_t sets) noexcept { return t && in_set(*t, sets); }
bool in_set(std::string_view word, uint64_t sets) noexcept { return (lookup(word).sets & sets) != 0; }
bool is_kind_value(const Tok& t, Kind k, uint8_t v) noexcept {
  return t.is_word() && ((t.lex.kind == k && t.lex.value == v) || (t.lex.kind2 == k && t.lex.value2 == v));
}
uint8_t value_of(const Tok& t, Kind k) noexcept { return t.lex.kind == k ? t.lex.value : t.lex.value2; }

bool is_sep(const Tok& t) noexcept { return t.kind == TokKind::punct && (t.punct == '-' || t.punct == '/' || t.punct == '.'); }

bool is_range_word(const Tok& t) noexcept {
  if (t.kind == TokKind::punct) return t.punct == '-';
  if (!t.is_word()) return false;
  if (t.lex.kind == Kind::conj) return t.lex.value == C_TO || t.lex.value == C_THROUGH;
  return in_set(t, WS_UNTIL);
}

bool ordinal_suffix(const Tok& t) noexcept { return t.glued() && in_set(t, WS_ORDINAL_SUFFIX); }

// A word that makes a capitalized "May"/"March"/"fall" a date when it comes right before it.
bool date_context_word(const Tok& t) noexcept {
  if (!t.is_word()) return t.kind == TokKind::punct && t.punct == '-' && t.glued();
  switch (t.lex.kind) {
    case Kind::preposition:
      return true;
    case Kind::position:
    case Kind::shift:
      return true;
    case Kind::conj:
      return true;
    default:
      return t.lex.kind2 == Kind::preposition;
  }
}

// A lower-case plural noun the lexicon does not know ("2000 troops", "May 10 people"): the number
// before it counts things, it is not a date.
bool counted_noun(Window& w, const Tok& t) noexcept {
  if (!t.is_word() || t.capitalized || t.lex.kind != Kind::none || t.size() < 3) return false;
  std::string_view s = w.str(t);
  return s.back() == 's';
}

// Words that may stand between a number and its unit: "six straight days", "five trading days", "two more
// years".
bool counting_adjective(const Tok& t) noexcept { return is_kind(t, Kind::counting) || in_set(t, WS_MORE); }

bool compared_kind(const Tok& t) noexcept { return in_set(t, WS_LIKE); }

// The subject of a relative clause without "that": "the day I", "the day they".
bool personal_pronoun(const Tok& t) noexcept { return in_set(t, WS_PRONOUN); }

// "the 10-year note", "two-year Treasuries": a security named by its maturity, not a length of time.
bool security_noun(const Tok& t) noexcept { return in_set(t, WS_SECURITY); }

// A name that a year after it dates rather than numbers: an event ("Conference", "Summit") or an
// all-capitals acronym, which news uses for conferences and shows ("WWDC", "CES"). Product names
// ("Windows 2000", "Russell 2000") are mixed case.
bool event_edition(Window& w, const Tok& t) noexcept {
  if (t.all_caps) {
    if (t.size() < 2 || t.size() > 6) return false;
    for (char c : w.str(t))
      if (c < 'A' || c > 'Z') return false;
    return true;
  }
  return in_set(t, WS_EVENT_EDITION);
}

// "within a month of the launch", "in two weeks of talks": the length is counted from an event or
// belongs to a noun, not from the document's date, so it stays a DURATION.
bool measured_from_event(const Tok& after_unit) noexcept {
  return is_kind(after_unit, Kind::preposition) && after_unit.lex.value == PR_OF;
}

// A quantity right before "a year" / "a day" makes it a rate ("15 a year", "$2 billion a year", "3% a
// month"): a SET. A four-digit number there is a year ("in 2005 a year later"), not a quantity.
bool rate_amount(const Tok& t) noexcept {
  if (t.is_num()) return !(t.ndigits == 4 && t.num >= 1000);
  if (t.is_punct('%')) return true;
  if (!t.is_word()) return false;
  if (t.lex.kind == Kind::number && t.lex.value != 255) return true;
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
bool over_means_more(const Tok* before) noexcept {
  if (!before || !before->is_word()) return false;
  return before->lex.kind == Kind::preposition || before->lex.kind2 == Kind::preposition ||
         in_set(*before, WS_OVER_MEANS_MORE);
}

// The mod a comparator right before a duration gives it ("over", "more than", "at least", "about").
uint8_t comparator_mod(const Lookback& lb) noexcept {
  const Tok* p0 = lb.at(0);
  if (!p0 || !p0->is_word()) return M_NONE;
  if (p0->lex.kind == Kind::comparator) {
    if (p0->lex.value == M_NONE) {  // "than": look one further
      const Tok* p1 = lb.at(1);
      if (in_set(p1, WS_MORE)) return M_MORE_THAN;
      if (in_set(p1, WS_LESS)) return M_LESS_THAN;
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

}  // namespace


// ---------------------------------------------------------------------------------------------------
// Tense: the nearest verb cue in the same sentence.
// ---------------------------------------------------------------------------------------------------

namespace {
// A form of "be" before a participle ("will be held", "are published", "was released"): the
// participle is passive, not a past tense; the auxiliary before it tells the tense.
bool be_form(std::string_view s) noexcept { return in_set(s, WS_BE); }
bool determiner(std::string_view s) noexcept { return in_set(s, WS_DETERMINER); }
}  // namespace

// A future cue starts at `pos`: "expected", "scheduled", or "going / planning to" (not "due", a deadline
// that a past "be" says has passed).
bool Grammar::future_cue_follows(uint32_t pos) const noexcept {
  const Tok n = next_token(text_, pos);
  if (!n.is_word() || n.lex.kind != Kind::tense) return false;
  if (n.lex.value == TC_FUTURE) return true;
  if (n.lex.value != TC_FUTURE_BEFORE_TO || in_set(n, WS_DEADLINE)) return false;
  const Tok to = next_token(text_, n.end);
  return to.is_word() && to.lex.kind == Kind::conj && to.lex.value == C_TO;
}

// The direction one word gives: a tense marker, or a past participle. `prev` is the word before `t` (empty
// at the start): "was due" is past, "be held" passive.
[[gnu::always_inline]] inline Direction Grammar::tense_cue(const Tok& t, std::string_view prev) const noexcept {
  if (!t.is_word()) return Direction::none;
  const Kind tk = t.lex.kind == Kind::tense ? Kind::tense : t.lex.kind2;
  const uint8_t tv = t.lex.kind == Kind::tense ? t.lex.value : t.lex.value2;
  if (tk == Kind::tense) {
    if (tv == TC_FUTURE_BEFORE_TO) {
      // "set to", "due to", "going to": future only before an infinitive; "due on / by / in" (a
      // deadline) is future too, unless a past "be" says it was ("was due on Friday").
      const Tok n = next_token(text_, t.end);
      if (n.is_word() && n.lex.kind == Kind::conj && n.lex.value == C_TO) return Direction::future;
      if (in_set(t, WS_DEADLINE) && n.is_word() &&
          (n.lex.kind == Kind::preposition || n.lex.kind == Kind::weekday || n.lex.kind == Kind::shift ||
           n.lex.kind == Kind::month) &&
          !in_set(prev, WS_PAST_BE))
        return Direction::future;
      return Direction::none;
    }
    if (tv == TC_PRESENT) return Direction::present;
    if (tv == TC_PAST && be_form(prev)) return Direction::none;  // "will be held": passive
    // "were planning to", "was expected", "was going to": a plan made in the past for a time still
    // ahead; the future cue after the auxiliary tells the tense ("was due on Friday" stays past).
    if (tv == TC_PAST && in_set(t, WS_PAST_BE) && future_cue_follows(t.end)) return Direction::none;
    return tv == TC_FUTURE ? Direction::future : Direction::past;
  }
  std::string_view s = text_.substr(t.begin, t.end - t.begin);
  if (s.size() >= 5 && !t.capitalized && s[s.size() - 2] == 'e' && s[s.size() - 1] == 'd') {
    if (be_form(prev)) return Direction::none;  // "are published", "will be released"
    if (determiner(prev)) return Direction::none;  // "its rusted gate": an adjective
    return Direction::past;
  }
  return Direction::none;
}

Direction Grammar::tense_around(uint32_t begin, uint32_t end) const noexcept {
  const uint32_t kReach = 160;
  uint32_t start = begin > kReach ? begin - kReach : 0;
  for (uint32_t p = begin; p > start; --p) {
    const char c = text_[p - 1];
    if ((c == '.' || c == '!' || c == '?' || c == '\n') && p < begin && (text_[p] == ' ' || text_[p] == '\n')) {
      start = p;
      break;
    }
  }
  Direction before = Direction::none;
  uint32_t before_pos = 0;
  std::string_view prev;
  // Only prepositions before the date ("On Tuesday, the league plans ...", "Until Thursday, they had
  // ..."): a fronted adverbial, whose verb is the main clause's, after the comma.
  bool fronted = true;
  // "as early as Tuesday", "as soon as Tuesday": the earliest a thing may happen, so ahead, unless a past
  // tense says otherwise ("was seen as early as March"). `limit` counts the words of the phrase read.
  int limit = 0;
  for (uint32_t p = start; p < begin;) {
    Tok t = next_token(text_, p);
    if (t.kind == TokKind::end || t.begin >= begin) break;
    if (limit == 1 && (is_kind_value(t, Kind::position, PO_EARLY) || is_kind_value(t, Kind::deictic, D_SOON))) limit = 2;
    else limit = in_set(t, WS_AS) ? (limit == 2 ? 3 : 1) : 0;
    const bool preposition = t.is_word() && t.lex.kind == Kind::preposition;
    if (!preposition && !t.is_punct('"')) fronted = false;
    if (const Direction d = tense_cue(t, prev); d != Direction::none) {
      before = d;
      before_pos = t.end;
    }
    prev = t.is_word() ? text_.substr(t.begin, t.end - t.begin) : std::string_view();
    p = t.end;
  }
  // "since Monday", "since March": the time lies behind, whatever the verb's tense ("shares are up
  // since Monday").
  if (const Entry& p = lookup(prev); p.kind == Kind::preposition && p.value == PR_SINCE) return Direction::past;
  if (limit == 3 && before != Direction::past) return Direction::future;
  Direction after = Direction::none;
  uint32_t after_pos = 0;
  bool after_fronted = false;  // the scan went past the fronted adverbial's comma
  uint32_t p = end;
  prev = std::string_view();
  for (int k = 0; k < 14; ++k) {
    Tok t = next_token(text_, p);
    if (t.kind == TokKind::end) break;
    // The sentence ends, or a clause does: a reporting verb after a comma or a closing quote ("... on
    // Saturday," the minister added) speaks of the report, not of the date.
    if (fronted && !after_fronted && t.is_punct(',')) {
      after_fronted = true;
      p = t.end;
      continue;
    }
    if (t.kind == TokKind::punct && (t.punct == '.' || t.punct == '!' || t.punct == '?' || t.punct == ';' ||
                                     t.punct == ',' || t.punct == '"' || t.punct == '(' || t.punct == ':'))
      break;
    if (t.newline_before && k > 0) break;
    if (t.is_word() && in_set(t, WS_SUBORDINATOR)) break;  // "... from Monday while the deck is rebuilt": another clause's verb
    if (const Direction d = tense_cue(t, prev); d != Direction::none) {
      after = d;
      after_pos = t.begin;
      break;
    }
    prev = t.is_word() ? text_.substr(t.begin, t.end - t.begin) : std::string_view();
    p = t.end;
  }
  // A present tense after the date is weak: "the talks that began on Monday are stalled" is told by
  // the verb before it; "Monday's crash is the worst" names the day as a noun's modifier.
  if (after == Direction::present && (before != Direction::none || after_fronted || (end < text_.size() && (text_[end] == '\'' || utf8::decode(text_, end).cp == U'\u2019'))))
    after = Direction::none;
  // After a fronted adverbial the main clause's verb decides ("Until Thursday, they had ..."), unless it is
  // a present tense ("On Sunday, the countries - that is, those ..."), as weak here as after any date.
  if (after_fronted && after != Direction::none) return after;
  if (before != Direction::none && after != Direction::none)
    return (begin - before_pos) <= (after_pos - end) ? before : after;
  return before != Direction::none ? before : after;
}

// ---------------------------------------------------------------------------------------------------
// Pieces
// ---------------------------------------------------------------------------------------------------

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
    if (a.glued() && a.kind == TokKind::punct && (a.punct == ':' || a.punct == '.' || a.punct == ',' || a.punct == '/') &&
        w.at(i + 2).is_num() && w.at(i + 2).glued())
      return false;  // 12:30, 1.5, 1,000, 1/2
    if (ordinal_suffix(a)) return false;
    n = static_cast<int>(t.num);
  } else if (is_kind(t, Kind::number)) {
    const uint8_t v = value_of(t, Kind::number);
    if (v == 100) return false;
    n = v == 255 ? -1 : v;
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
  if (is_kind_value(w.at(j), Kind::conj, C_AND) && is_kind(w.at(j + 1), Kind::article) && w.at(j + 1).lex.value == 1 &&
      is_kind_value(w.at(j + 2), Kind::quarter, 2) && n >= 0) {
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
    if (is_kind(a, Kind::era) && a.lex.value == 3 && a.all_caps) {
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

namespace {
struct Clock {
  int hour = -1, minute = 0, second = 0;
  bool seconds = false;
  bool marker = false;  // am/pm or a part of the day was given
  int zone = kZoneUnknown;  // the lexicon's zone value
};

bool is_ampm_at(Window& w, int i, int& pm, int& next) {
  const Tok& t = w.at(i);
  if (is_kind(t, Kind::ampm)) {
    pm = t.lex.value;
    next = i + 1;
    if (w.at(next).is_punct('.') && w.at(next).glued()) {
      // "a.m." is read as a . m . ; "am." at a sentence end keeps its period outside.
    }
    return true;
  }
  if (t.is_word() && t.size() == 1 && w.at(i + 1).is_punct('.') && w.at(i + 1).glued() && in_set(w.at(i + 2), WS_MERIDIEM_M) &&
      w.at(i + 2).glued()) {
    const char c = w.text()[t.begin] | 0x20;
    if (c != 'a' && c != 'p') return false;
    pm = c == 'p' ? 12 : 0;
    next = i + 3;
    if (w.at(next).is_punct('.') && w.at(next).glued()) ++next;
    return true;
  }
  return false;
}

// h:mm[:ss] [am|pm] [zone] | h am|pm [zone] | hhmm zone
bool clock_at(Window& w, int i, Clock& c, int& next) {
  const Tok& h = w.at(i);
  if (!h.is_num()) return false;
  int j = i + 1;
  bool need_marker = false;
  // "7.30am", "10.15 pm": British clocks use a point, which a decimal number does too, so the point
  // counts only when am/pm follows.
  const bool point = w.at(j).is_punct('.');
  if (h.ndigits <= 2 && (w.at(j).is_punct(':') || point) && w.at(j).glued() && w.at(j + 1).is_num() &&
      w.at(j + 1).glued() && w.at(j + 1).ndigits == 2) {
    need_marker = point;
    c.hour = static_cast<int>(h.num);
    c.minute = static_cast<int>(w.at(j + 1).num);
    j += 2;
    if (w.at(j).is_punct(':') && w.at(j).glued() && w.at(j + 1).is_num() && w.at(j + 1).glued() &&
        w.at(j + 1).ndigits == 2) {
      c.second = static_cast<int>(w.at(j + 1).num);
      c.seconds = true;
      j += 2;
    }
    if (c.hour > 24 || c.minute > 59 || c.second > 59 || (c.hour == 24 && (c.minute || c.second))) return false;
  } else if (h.ndigits == 4 && is_kind(w.at(j), Kind::zone) && w.at(j).lex.value == kZoneUtc) {
    c.hour = static_cast<int>(h.num / 100);
    c.minute = static_cast<int>(h.num % 100);
    if (c.hour > 23 || c.minute > 59) return false;
  } else if (h.ndigits <= 2) {
    c.hour = static_cast<int>(h.num);
    need_marker = true;
  } else {
    return false;
  }
  int pm = -1, k = j;
  if (is_ampm_at(w, j, pm, k)) {
    if (c.hour < 1 || c.hour > 12) return false;
    c.hour = c.hour % 12 + pm;
    c.marker = true;
    j = k;
  } else if (c.hour >= 1 && c.hour <= 12 && !point &&
             ((is_kind(w.at(j), Kind::preposition) && w.at(j).lex.value == PR_IN && is_kind_value(w.at(j + 1), Kind::article, 0) &&
               is_kind(w.at(j + 2), Kind::part_of_day)) ||
              (is_kind(w.at(j), Kind::preposition) && w.at(j).lex.value == PR_AT && is_kind_value(w.at(j + 1), Kind::part_of_day, P_NIGHT)))) {
    // "6 in the morning", "11 at night"
    const bool at = w.at(j).lex.value == PR_AT;
    const int part = at ? static_cast<int>(P_NIGHT) : static_cast<int>(w.at(j + 2).lex.value);
    const bool after_noon = part == P_AFTERNOON || part == P_EVENING || (part == P_NIGHT && c.hour >= 6);
    c.hour = c.hour % 12 + (after_noon ? 12 : 0);
    c.marker = true;
    j += at ? 2 : 3;
  } else if (need_marker) {
    // "o'clock"
    if (in_set(w.at(j), WS_OCLOCK) && w.at(j + 1).kind == TokKind::punct && w.at(j + 1).punct == '\'' &&
        in_set(w.at(j + 2), WS_OCLOCK) && c.hour >= 1 && c.hour <= 12) {
      j += 3;
    } else {
      return false;
    }
  }
  if (is_kind(w.at(j), Kind::zone) && !(w.at(j).all_caps == false && w.at(j).size() <= 2 && !w.at(j).glued())) {
    c.zone = w.at(j).lex.value;
    ++j;
    // "GMT+8", "UTC -5": an explicit offset from UTC, whole hours up to 14.
    const Tok& sign = w.at(j);
    if (c.zone == kZoneUtc && (sign.is_punct('+') || sign.is_punct('-')) && w.at(j + 1).is_num() &&
        w.at(j + 1).glued() && w.at(j + 1).ndigits <= 2 && w.at(j + 1).num <= 14) {
      const int off = static_cast<int>(w.at(j + 1).num);
      c.zone = sign.is_punct('+') ? kZoneUtc + off : kZoneUtc - off;
      j += 2;
    }
  }
  next = j;
  return true;
}

void append_clock(std::string& v, const Clock& c) {
  Normalizer::time_of_day(v, c.hour, c.minute, c.second, c.seconds);
  // ISO 8601, as TIMEX3 values are: UTC is "Z", another known zone its offset ("9:30 a.m. EST" is
  // T09:30-05:00); a zone whose offset depends on the season ("ET") adds nothing.
  if (c.zone == kZoneUtc) {
    v.push_back('Z');
  } else if (c.zone != kZoneUnknown) {
    const int off = c.zone - kZoneUtc;
    v.push_back(off < 0 ? '-' : '+');
    append_num(v, off < 0 ? -off : off, 2);
    v += ":00";
  }
}
}  // namespace

void Grammar::resolve_time_day(Window& w, int& next, std::string& date_part, uint32_t begin) {
  const Tok& t = w.at(next);
  CivilDate d;
  if (is_kind(t, Kind::deictic)) {
    const uint8_t v = t.lex.value;
    if (v == D_TODAY || v == D_YESTERDAY || v == D_TOMORROW) {
      ++next;
      if (norm_.shifted(U_DAY, v == D_TODAY ? 0 : v == D_YESTERDAY ? -1 : 1, d)) Normalizer::day(date_part, d);
      else date_part = "XXXX-XX-XX";
      return;
    }
  }
  if (is_kind(t, Kind::part_of_day) && t.lex.value == P_TONIGHT) ++next;
  int k = next;
  if (is_kind(w.at(k), Kind::preposition) && w.at(k).lex.value == PR_ON) ++k;
  if (is_kind(w.at(k), Kind::weekday) && !(w.at(k).lex.flags & (F_AMBIGUOUS | F_PLURAL))) {
    const int wd = w.at(k).lex.value;
    next = k + 1;
    // "noon on Saturday, August 29": the date written after the weekday is its day. It stays an
    // expression of its own, so only its value is read here.
    if (w.at(next).is_punct(',')) {
      Expr d2;
      if (date_after_weekday(w, next + 1, d2) && d2.value.size() >= 10 && d2.value[0] != 'X') {
        date_part.assign(d2.value, 0, 10);
        return;
      }
    }
    if (norm_.weekday_date(wd, tense_around(begin, w.at(k).end), d)) Normalizer::day(date_part, d);
    else {
      date_part = "XXXX-WXX-";
      append_num(date_part, wd, 1);
    }
    return;
  }
  if (weekday_after_aside(w, next, begin, date_part)) return;
  // "at 09:40 UTC, March 3rd": the day written right after the clock is its day. It stays its own
  // expression, so only its value is read here.
  {
    int m = next;
    if (w.at(m).is_punct(',')) ++m;
    if (is_kind(w.at(m), Kind::preposition) && w.at(m).lex.value == PR_ON) ++m;
    Expr d2;
    if ((is_kind(w.at(m), Kind::month) || w.at(m).is_num()) && date_after_weekday(w, m, d2) && d2.value.size() >= 10 &&
        d2.value[0] != 'X') {
      date_part.assign(d2.value, 0, 10);
      return;
    }
  }
  // A clock time with no day of its own takes the day just named in its paragraph, where the story
  // goes on ("the roof fell in on Sunday. A neighbour called at 7am"); a new paragraph opens a new
  // item, whose hours are the reporting day's, the anchor's.
  if (story_.has_day() && norm_.anchored() && paragraph_break(story_.last_day_end(), begin)) {
    Normalizer::day(date_part, norm_.anchor().date);
    return;
  }
  if (!day_context(date_part)) date_part = "XXXX-XX-XX";
}

// "10:35 a.m. (0735 GMT) Friday": a weekday after the clock's aside in parentheses is the clock's day.
// The span stays the clock's; only the day is read.
bool Grammar::weekday_after_aside(Window& w, int k, uint32_t begin, std::string& date_part) {
  if (!w.at(k).is_punct('(')) return false;
  int c = k + 1;
  while (c < k + 8 && !w.at(c).is_punct(')') && w.at(c).kind != TokKind::end && !w.at(c).is_punct('(')) ++c;
  if (!w.at(c).is_punct(')')) return false;
  const Tok& wt = w.at(c + 1);
  if (!is_kind(wt, Kind::weekday) || (wt.lex.flags & (F_AMBIGUOUS | F_PLURAL))) return false;
  CivilDate d;
  if (!norm_.weekday_date(wt.lex.value, tense_around(begin, wt.end), d)) return false;
  Normalizer::day(date_part, d);
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

bool Grammar::time_after(Window& w, int i, int& next, std::string& value) {
  int j = i;
  if (w.at(j).is_punct(',') || (w.at(j).is_punct('.') && w.at(j).glued() && w.at(j + 1).glued() && w.at(j + 1).is_num()))
    ++j;
  if (is_kind(w.at(j), Kind::preposition) && w.at(j).lex.value == PR_AT) ++j;
  if (in_set(w.at(j), WS_ISO_T) && w.at(j).glued()) ++j;
  Clock c;
  int k = 0;
  if (!clock_at(w, j, c, k)) return false;
  append_clock(value, c);
  next = k;
  return true;
}

// ---------------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------------

bool Grammar::p_number(Window& w, int i, const Lookback& lb, Expr& e) {
  const Tok& t = w.at(i);
  // Part of a longer digit string we already refused ("12/13/14/15/16", "1.10.30").
  const Tok* p0 = lb.at(0);
  const Tok* p1 = lb.at(1);
  if (p0 && t.glued() && p0->kind == TokKind::punct && (p0->punct == '/' || p0->punct == '.' || p0->punct == ':') && p1 &&
      p1->is_num() && p0->glued())
    return false;
  if (p0 && t.glued() && p0->kind == TokKind::punct && (p0->punct == '$' || p0->punct == '#')) return false;
  if (p0 && t.glued() && p0->kind == TokKind::punct && p0->punct == '?') {
    // £ € and other symbols glued before a number: money.
    return false;
  }
  if (p_numeric_date(w, i, lb, e)) return true;
  if (p_time(w, i, e)) return true;
  if (p_day_first(w, i, e)) return true;
  if (p_amount_unit(w, i, lb, e)) return true;
  if (p_year(w, i, lb, e)) return true;
  return false;
}

bool Grammar::p_numeric_date(Window& w, int i, const Lookback& lb, Expr& e) {
  (void)lb;
  const Tok& a = w.at(i);
  const Tok& s1 = w.at(i + 1);
  const Tok& b = w.at(i + 2);
  if (!is_sep(s1) || !s1.glued() || !b.glued()) return false;
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
    if (m < 1 || m > 12 || d < 1 || d > days_in_month(2000, m)) return false;
    y = norm_.year_for(m, d, tense_around(a.begin, w.at(j - 1).end));
  } else if (!valid_date(y, m, d)) {
    return false;
  }
  e.begin = a.begin;
  Normalizer::day(e.value, y, m, d);
  // A time after it: 2014-04-18 13:00, 2015-07-31T12:00:00, 07-27-2022, 02:00 AM
  int k = j;
  std::string tv;
  if (time_after(w, j, k, tv)) {
    e.value += tv;
    e.type = TimexType::time;
    j = k;
  }
  e.end = w.at(j - 1).end;
  e.next = j;
  return true;
}

bool Grammar::p_time(Window& w, int i, Expr& e) {
  Clock c;
  int j = 0;
  if (!clock_at(w, i, c, j)) return false;
  // A range "14:00 - 17:30", "3:30-4:30pm": the start takes the second's am/pm when it has none.
  Clock c2;
  int j2 = 0;
  bool range = false;
  if (is_range_word(w.at(j)) && clock_at(w, j + 1, c2, j2)) {
    range = true;
    // "3:30-4:30pm": the first time shares the second's half of the day
    if (!c.marker && c2.marker && c2.hour >= 12 && c.hour < 12 && c.hour + 12 <= c2.hour) c.hour += 12;
  } else if (w.at(j).is_punct('-') && w.at(j + 1).is_num() && w.at(j + 1).ndigits <= 2) {
    // "3:30-4:30pm" where the first clock has no marker
  }
  std::string date_part;
  int k = range ? j2 : j;
  resolve_time_day(w, k, date_part, w.at(i).begin);
  e.begin = w.at(i).begin;
  e.type = TimexType::time;
  e.value = date_part;
  append_clock(e.value, c);
  if (range) {
    e.value.push_back('/');
    e.value += date_part;
    append_clock(e.value, c2);
  }
  e.next = k;
  e.end = w.at(k - 1).end;
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
  if (year_number(w, k, y, yj, !w.at(yj).is_word())) {
    j = yj;
  } else {
    y = -1;
  }
  if (y < 0) y = norm_.year_for(m, d, tense_around(w.at(i).begin, w.at(j - 1).end));
  if (d > days_in_month(y > 0 ? y : 2000, m)) return false;
  if (range && (d2 < 1 || d2 > days_in_month(y > 0 ? y : 2000, m2))) return false;
  e.begin = w.at(i).begin;
  Normalizer::day(e.value, y, m, d);
  if (range) {
    e.value.push_back('/');
    Normalizer::day(e.value, y, m2, d2);
  } else {
    int tk = 0;
    std::string tv;
    if (time_after(w, j, tk, tv)) {
      e.value += tv;
      e.type = TimexType::time;
      j = tk;
    }
  }
  e.next = j;
  e.end = w.at(j - 1).end;
  return true;
}

bool Grammar::p_year(Window& w, int i, const Lookback& lb, Expr& e) {
  const Tok& t = w.at(i);
  const Tok& a = w.at(i + 1);
  const Tok* p0 = lb.at(0);
  const bool apostrophe = p0 && p0->kind == TokKind::punct && p0->punct == '\'' && t.glued() && t.ndigits == 2;
  // Decades: 1990s, '90s, 70s
  if (a.glued() && in_set(a, WS_PLURAL_S) && (t.ndigits == 4 || t.ndigits == 2) && t.num % 10 == 0) {
    if (w.at(i + 2).glued() && (w.at(i + 2).is_word() || w.at(i + 2).is_num())) return false;
    int decade;
    if (t.ndigits == 4) decade = static_cast<int>(t.num / 10);
    else decade = (t.num < 30 ? 200 : 190) + static_cast<int>(t.num / 10);
    e.begin = apostrophe ? p0->begin : t.begin;
    append_num(e.value, decade, 3);
    e.next = i + 2;
    e.end = a.end;
    return true;
  }
  if (apostrophe) {
    if (a.glued() && (a.is_word() || a.is_num())) return false;
    const int v = static_cast<int>(t.num);
    e.begin = p0->begin;
    Normalizer::year(e.value, v < 40 ? 2000 + v : 1900 + v);
    e.next = i + 1;
    e.end = t.end;
    return true;
  }
  int y = 0, j = 0;
  if (!year_number(w, i, y, j, false)) return false;
  const bool context = p0 && p0->is_word() &&
                       (p0->lex.kind == Kind::preposition || p0->lex.kind2 == Kind::preposition ||
                        p0->lex.kind == Kind::month || p0->lex.kind == Kind::position || p0->lex.kind == Kind::season ||
                        p0->lex.kind == Kind::fiscal || p0->lex.kind == Kind::conj);
  if (!context && (y < 1900 || y > 2099)) return false;
  // "2009-2011", "2014–2016": the second year of a range is a DATE of its own, as the first is (TimeML).
  const bool range_end = p0 && p0->is_punct('-') && lb.size() == 1 && p0->begin == story_.last_year_end() &&
                         y > story_.last_year() && y <= story_.last_year() + 100;
  if (context == false && !range_end && p0 && p0->glued() && p0->kind == TokKind::punct && p0->punct != '(' &&
      p0->punct != '"' && p0->punct != '\'')
    return false;  // $2000, #2000, -2000
  if (counted_noun(w, w.at(j))) return false;
  if (w.at(j).is_punct('%')) return false;
  // Part of a numeric expression that did not parse ("2014-02-30", "2012/80/10", "2012-1400"): not a
  // year, unless it is a year range ("2009-2011").
  if (is_sep(w.at(j)) && w.at(j).glued() && w.at(j + 1).is_num() && w.at(j + 1).glued()) {
    const Tok& n = w.at(j + 1);
    if (!(w.at(j).punct == '-' && n.ndigits == 4 && n.num > y && n.num <= y + 100)) return false;
  }
  if (w.at(j).is_num()) return false;  // "2019 45 12"
  // A number alone, with no word around it, is a count or a heading more often than a year.
  if (!context && (w.at(j).kind == TokKind::end || w.at(j).newline_before) && (!p0 || p0->newline_before || !p0->is_word()))
    return false;
  // "Windows 2000", "Russell 2000 Index": a name with a number
  // But an event's edition is its year: "CES 2019", "Design Summit 2021", "Expo 2030".
  if (!context && p0 && p0->is_word() && p0->capitalized && p0->lex.kind == Kind::none && !p0->newline_before &&
      !event_edition(w, *p0))
    return false;
  if (is_kind(w.at(j), Kind::unit)) return false;
  e.begin = t.begin;
  Normalizer::year(e.value, y);
  e.next = j;
  e.end = w.at(j - 1).end;
  return true;
}

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
        tense_around(w.at(i).begin, w.at(j - 1).end) != Direction::past) {
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
    e.mod = mod;
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

// ---------------------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------------------

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
        y = y2 = yy;
        has_year = true;
        k = yk;
      }
    }
  }
  if (!has_year) y = norm_.year_for(m, d, tense_around(mt.begin, w.at(k - 1).end));
  if (d > days_in_month(y > 0 ? y : 2000, m)) return false;
  Normalizer::day(e.value, y, m, d);
  if (range) {
    if (d2 < 1 || d2 > days_in_month(y > 0 ? y : 2000, m2)) return false;
    e.value.push_back('/');
    Normalizer::day(e.value, y2 > 0 ? y2 : y, m2, d2);
  } else {
    int tk = 0;
    std::string tv;
    if (time_after(w, k, tk, tv)) {
      e.value += tv;
      e.type = TimexType::time;
      k = tk;
    }
  }
  return true;
}

// The year of a month named alone: "October of next year", "March last year" name it relative to the
// anchor; else a range's or the tense's. `k` moves past "this / next / last year" written right after it.
int Grammar::month_alone_year(Window& w, int i, const Lookback& lb, int m, int& k) {
  const Tok& mt = w.at(i);
  int y = -1;
  int s = i + 1;
  if (is_kind(w.at(s), Kind::preposition) && w.at(s).lex.value == PR_OF) ++s;
  const Tok& sh = w.at(s);
  const Tok& yr = w.at(s + 1);
  if (norm_.anchored() && is_kind(sh, Kind::shift) && is_kind(yr, Kind::unit) && yr.lex.kind == Kind::unit &&
      yr.lex.value == U_YEAR && !(yr.lex.flags & F_PLURAL) &&
      (sh.lex.value == SH_LAST || sh.lex.value == SH_NEXT || sh.lex.value == SH_THIS)) {
    const uint8_t v = sh.lex.value;
    y = norm_.anchor().date.year + (v == SH_LAST ? -1 : v == SH_THIS ? 0 : 1);
    // "October this year" is one expression (TimeML annotates no second one); "October of next year" two.
    if (s == i + 1) k = s + 2;
  } else if (!range_end_year(lb, m, y)) {
    y = norm_.year_for(m, 0, tense_around(mt.begin, mt.end));
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
  if ((flags & F_AMBIGUOUS) && !has_day && !has_year && !context) return false;
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

bool Grammar::date_after_weekday(Window& w, int i, Expr& e) {
  Lookback none;
  const Tok& t = w.at(i);
  if (is_kind(t, Kind::month)) return p_month(w, i, none, e) && e.value.size() >= 10;
  if (t.is_num()) return p_numeric_date(w, i, none, e) || p_day_first(w, i, e);
  return false;
}

// "on Saturdays", "Sunday mornings": a weekday that recurs, a SET (XXXX-WXX-6, XXXX-WXX-7TMO).
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
  if (flags & F_PLURAL) return weekday_set(w, i, i + 1, e);
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
  const bool known = norm_.weekday_date(wd, tense_around(t.begin, t.end), date);
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
  {
    int tk = 0;
    std::string tv;
    if (is_kind(nx, Kind::preposition) && nx.lex.value == PR_AT && time_after(w, j, tk, tv)) {
      if (!known) e.value = "XXXX-XX-XX";
      e.value += tv;
      e.type = TimexType::time;
      e.next = tk;
      e.end = w.at(tk - 1).end;
      return true;
    }
  }
  e.next = j;
  e.end = w.at(j - 1).end;
  return true;
}

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

// "the following week", "the previous year", "the next day": anaphoric, counted from the narrative's
// date. "the next month / year" more often means the coming one ("over the next year"), so it keeps the
// document's date, as do "next week" and "last year" without "the". Rare, so kept out of the hot path.
[[gnu::cold]] bool Grammar::p_the_shift_unit(Window& w, int i, uint8_t sh, Expr& e) {
  const Tok& un = w.at(i + 2);
  if (!(sh == SH_FOLLOWING || sh == SH_PREVIOUS || (sh == SH_NEXT && is_kind(un, Kind::unit) && un.lex.value == U_DAY)))
    return false;
  if (!(is_kind(un, Kind::unit) && un.lex.kind == Kind::unit && !(un.lex.flags & F_PLURAL) &&
        (un.lex.value == U_DAY || un.lex.value == U_WEEK || un.lex.value == U_MONTH || un.lex.value == U_YEAR ||
         un.lex.value == U_QUARTER)))
    return false;
  CivilDate d;
  if (!narrative_shift(un.lex.value, sh == SH_PREVIOUS ? -1 : 1, d)) return false;
  e.begin = w.at(i).begin;
  Normalizer::period(e.value, un.lex.value, d);
  e.next = i + 3;
  e.end = un.end;
  return true;
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
  if (p_the_shift_unit(w, i, sh, e)) return true;
  Expr s;
  if (p_shift(w, i + 1, s)) {
    e = std::move(s);
    e.begin = a.begin;
    return true;
  }
  return false;
}

// "the" and what follows it: a shift ("the past year"), a position ("the end of May"), a quarter, "the
// weekend", a decade ("the 1980s").
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
  if (is_kind(nx, Kind::ordinal) || (is_kind(nx, Kind::number) && nx.lex.value >= 20)) {
    Expr q;
    if (p_quarter(w, i + 1, q)) {
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
    if (p_year(w, i + 1, none, y) && y.value.size() == 3) {
      e = std::move(y);
      e.begin = a.begin;
      return true;
    }
  }
  return false;
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
    } else if (narrative ? narrative_shift(unit, dir * n, date) : norm_.shifted(unit, dir * n, date)) {
      if (unit == U_DAY || unit == U_WEEK || unit == U_FORTNIGHT || unit == U_HOUR || unit == U_MINUTE) Normalizer::day(e.value, date);
      else Normalizer::period(e.value, unit, date);
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
      (unit >= U_DAY || norm_.anchor().has_time) && !measured_from_event(w.at(j + 1)) &&
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
    // "a day like this", "a year like no other": a kind of day compared, not a length.
    if (n == 1 && compared_kind(w.at(j + 1))) return false;
    e.type = TimexType::duration;
  }
  Normalizer::duration(e.value, n, unit);
  e.next = j + 1;
  e.end = u.end;
  return true;
}

// "the same period last year", "the same month a year ago", "the same quarter of the previous year":
// the period the text just reported on, one year back. News compares a month's or a quarter's figures
// with those of a year before; the period is the latest month or quarter named, else the anchor's.
bool Grammar::p_same_period_year_before(Window& w, int i, Expr& e) {
  const Tok& noun = w.at(i + 2);
  int kind;  // 0 period, 1 month, 2 quarter
  if (in_set(noun, WS_PERIOD_NOUN)) kind = 0;
  else if (is_kind(noun, Kind::unit) && noun.lex.kind == Kind::unit && noun.lex.value == U_MONTH && !(noun.lex.flags & F_PLURAL)) kind = 1;
  else if (is_kind(noun, Kind::unit) && noun.lex.kind == Kind::unit && noun.lex.value == U_QUARTER && !(noun.lex.flags & F_PLURAL)) kind = 2;
  else return false;
  int j = i + 3;
  if (is_kind(w.at(j), Kind::preposition) && w.at(j).lex.value == PR_OF) ++j;
  auto year_unit = [&](const Tok& t) {
    return is_kind(t, Kind::unit) && t.lex.kind == Kind::unit && t.lex.value == U_YEAR && !(t.lex.flags & F_PLURAL);
  };
  int end = 0;
  {
    int k = j;
    const bool the = is_kind(w.at(k), Kind::article) && w.at(k).lex.value == 0;
    if (the) ++k;
    const Tok& sh = w.at(k);
    if (is_kind(sh, Kind::shift) && (sh.lex.value == SH_LAST || sh.lex.value == SH_PREVIOUS || sh.lex.value == SH_PAST) &&
        year_unit(w.at(k + 1))) {
      end = k + 2;
    } else if (((is_kind(w.at(j), Kind::article) && w.at(j).lex.value == 1) || is_kind_value(w.at(j), Kind::number, 1) || the) &&
               year_unit(w.at(j + 1)) && is_kind(w.at(j + 2), Kind::ago) &&
               (value_of(w.at(j + 2), Kind::ago) == AG_AGO || value_of(w.at(j + 2), Kind::ago) == AG_BEFORE)) {
      end = j + 3;  // "a year ago", "a year earlier", "the year before"
    }
  }
  if (!end || !norm_.anchored()) return false;
  // The period one year before: the latest month / quarter named, else the anchor's.
  NamedPeriod ref = kind == 1 ? story_.last_month() : kind == 2 ? story_.last_quarter() : story_.last_period();
  const CivilDate& a = norm_.anchor().date;
  if (!ref.known()) {
    if (kind == 0) return false;  // nothing to compare with: the inner "last year" says enough
    ref = kind == 1 ? NamedPeriod{a.year, Granularity::month, a.month}
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

// "an hour later" (d is "later") with no clock to count from: the story's gap, a DURATION, as for
// numbers. "an hour ago" stays a point.
[[gnu::cold, gnu::noinline]] bool Grammar::gap_duration(const Tok& d, int n, int unit, Expr& e) const {
  if (in_set(d, WS_FROM_DOCUMENT) || norm_.anchor().has_time) return false;
  e.type = TimexType::duration;
  Normalizer::duration(e.value, n, unit);
  return true;
}

// "the new year" (i is "the"): in a story from the second half of a year, the year that starts at the next
// New Year's Day; in the first half, the year under way (a February story's "early in the new year" has
// begun). Fills e from "the".
[[gnu::cold]] bool Grammar::p_new_year(Window& w, int i, Expr& e) {
  const Tok& u = w.at(i + 2);
  if (!is_kind_value(w.at(i), Kind::article, 0) || !is_kind(u, Kind::unit) || u.lex.kind != Kind::unit || u.lex.value != U_YEAR ||
      (u.lex.flags & F_PLURAL) || !norm_.anchored())
    return false;
  const CivilDate& a = norm_.anchor().date;
  e.begin = w.at(i).begin;
  Normalizer::year(e.value, a.month >= 7 ? a.year + 1 : a.year);
  e.next = i + 3;
  e.end = u.end;
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
  const int y = norm_.year_for(month, day, tense_around(t.begin, w.at(j - 1).end));
  Normalizer::day(e.value, y, month, day);
  e.next = j;
  e.end = w.at(j - 1).end;
  return true;
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

bool Grammar::p_period(Window& w, int i, Expr& e) {
  const Tok& t = w.at(i);
  Lookback ctx;
  Tok in;
  in.kind = TokKind::word;
  in.lex = lookup("in");
  ctx.push(in);
  if (is_kind(t, Kind::month)) return p_month(w, i, ctx, e);
  if (t.is_num()) return p_year(w, i, ctx, e);
  if (is_kind(t, Kind::season)) return p_season(w, i, ctx, e);
  if (is_kind(t, Kind::shift)) return p_shift(w, i, e);
  if (is_kind(t, Kind::fiscal)) return false;
  if (is_kind(t, Kind::article) && t.lex.value == 0) {
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
    if (is_kind(u, Kind::season)) {
      if (!p_season(w, i + 1, ctx, e)) return false;
      e.begin = t.begin;
      return true;
    }
    if (u.is_num()) {
      if (!p_year(w, i + 1, ctx, e)) return false;
      e.begin = t.begin;
      return true;
    }
    if (is_kind(u, Kind::ordinal)) {
      if (!p_quarter(w, i + 1, e)) return false;
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
        is_kind(w.at(j + 1), Kind::article) && w.at(j + 1).lex.value == 0 && is_kind(u, Kind::unit) &&
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

bool Grammar::p_quarter(Window& w, int i, Expr& e) {
  const Tok& t = w.at(i);
  int nth = 0;
  int j = i + 1;
  bool half = false;
  if (is_kind(t, Kind::quarter) && (t.lex.value == 4 || t.lex.value == 5)) {
    // Q3, H1
    const Tok& n = w.at(i + 1);
    if (!n.is_num() || !n.glued() || n.ndigits != 1) return false;
    nth = static_cast<int>(n.num);
    half = t.lex.value == 5;
    if (nth < 1 || nth > (half ? 2 : 4)) return false;
    if (!t.capitalized) return false;
    j = i + 2;
  } else {
    if (!is_kind(t, Kind::ordinal) && !is_kind(t, Kind::shift)) return false;
    nth = is_kind(t, Kind::ordinal) ? value_of(t, Kind::ordinal) : 0;
    if (is_kind(t, Kind::shift) && t.lex.value == SH_LAST) nth = 99;
    if (w.at(j).is_punct('-') && w.at(j).glued()) ++j;
    const Tok& q = w.at(j);
    if (is_kind(q, Kind::unit) && q.lex.value == U_QUARTER && !(q.lex.flags & F_PLURAL)) {
      if (nth == 99) nth = 4;
    } else if (is_kind(q, Kind::quarter) && q.lex.value == 2) {
      half = true;
      if (nth == 99) nth = 2;
    } else {
      return false;
    }
    if (nth < 1 || nth > (half ? 2 : 4)) return false;
    ++j;
  }
  // The year: "of 2009", "2009", "of this year", "of last year", "of fiscal 2009"
  int y = -1;
  bool fiscal = false;
  int k = j;
  if (is_kind(w.at(k), Kind::preposition) && w.at(k).lex.value == PR_OF) ++k;
  if (is_kind(w.at(k), Kind::article) && w.at(k).lex.value == 0) ++k;
  if (is_kind(w.at(k), Kind::fiscal)) {
    fiscal = true;
    ++k;
    if (is_kind(w.at(k), Kind::unit) && w.at(k).lex.value == U_YEAR) ++k;
  }
  int yy = 0, yk = 0;
  if (year_number(w, k, yy, yk, false)) {
    y = yy;
    j = yk;
  } else if (is_kind(w.at(k), Kind::shift) && is_kind(w.at(k + 1), Kind::unit) && w.at(k + 1).lex.value == U_YEAR &&
             norm_.anchored()) {
    const uint8_t sh = w.at(k).lex.value;
    y = norm_.anchor().date.year + (sh == SH_LAST || sh == SH_PREVIOUS ? -1 : sh == SH_NEXT ? 1 : 0);
    j = k + 2;
  } else if (norm_.anchored()) {
    // Without a year: the latest such quarter that has begun, unless the sentence looks ahead.
    const int first_month = half ? (nth - 1) * 6 + 1 : (nth - 1) * 3 + 1;
    y = norm_.year_for(first_month, 0, tense_around(t.begin, w.at(j - 1).end));
  }
  (void)fiscal;
  e.begin = t.begin;
  Normalizer::year(e.value, y);
  e.value += half ? "-H" : "-Q";
  append_num(e.value, nth, 1);
  e.next = j;
  e.end = w.at(j - 1).end;
  return true;
}

bool Grammar::p_season(Window& w, int i, const Lookback& lb, Expr& e) {
  const Tok& t = w.at(i);
  const uint8_t s = value_of(t, Kind::season);
  int y = -1, yj = 0;
  int j = i + 1;
  bool has_year = false;
  {
    int k = j;
    if (is_kind(w.at(k), Kind::preposition) && w.at(k).lex.value == PR_OF) ++k;
    if (year_number(w, k, y, yj, false)) {
      has_year = true;
      j = yj;
    }
  }
  const Tok* p0 = lb.at(0);
  const bool context = p0 && p0->is_word() &&
                       (p0->lex.kind == Kind::preposition || p0->lex.kind == Kind::article || p0->lex.kind == Kind::position ||
                        p0->lex.kind == Kind::shift);
  if ((t.lex.flags & F_AMBIGUOUS) && !has_year &&
      !(context && p0->lex.kind != Kind::preposition && !(p0->lex.kind == Kind::article && p0->lex.value != 0)))
    return false;
  if (!has_year && !context && !t.capitalized) return false;
  if (!has_year) y = norm_.anchored() ? norm_.anchor().date.year : -1;
  e.begin = t.begin;
  Normalizer::season(e.value, y, s);
  e.next = j;
  e.end = w.at(j - 1).end;
  return true;
}

bool Grammar::p_part_of_day(Window& w, int i, Expr& e) {
  const Tok& t = w.at(i);
  if (t.lex.value != P_TONIGHT) {
    // "in morning trading", "the afternoon session": market reports name the part of the day they
    // report on, the day being the one the report is about.
    const Tok& nx = w.at(i + 1);
    if (t.lex.value == P_NIGHT || !nx.is_word() ||
        !in_set(nx, WS_MARKET_SESSION))
      return false;
    e.begin = t.begin;
    e.type = TimexType::time;
    if (!day_context(e.value)) e.value = "XXXX-XX-XX";
    Normalizer::part_of_day(e.value, t.lex.value);
    e.next = i + 1;
    e.end = t.end;
    return true;
  }
  e.begin = t.begin;
  e.type = TimexType::time;
  if (norm_.anchored()) Normalizer::day(e.value, norm_.anchor().date);
  else e.value = "XXXX-XX-XX";
  Normalizer::part_of_day(e.value, P_NIGHT);
  e.next = i + 1;
  e.end = t.end;
  return true;
}

// "half an hour", "half a day", "half a year": a duration in the next smaller unit, or a point when
// "from now" or "in" make it one ("within half an hour" stays a length).
bool Grammar::p_half(Window& w, int i, const Lookback& lb, Expr& e) {
  const Tok& a = w.at(i + 1);
  const Tok& u = w.at(i + 2);
  if (!is_kind(a, Kind::article) || a.lex.value != 1 || !is_kind(u, Kind::unit) || u.lex.kind != Kind::unit ||
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
             p0->lex.value == PR_IN && tense_around(e.begin, u.end) != Direction::past) {
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
  const bool in_a_row = is_kind_value(w.at(j + 1), Kind::preposition, PR_IN) && is_kind(w.at(j + 2), Kind::article) &&
                        w.at(j + 2).lex.value == 1 && in_set(w.at(j + 3), WS_ROW);
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

// "FY2007", "fiscal 2007", "fiscal year 2008"
// "noon", "midnight", with the day they belong to.
bool Grammar::p_noon(Window& w, int i, Expr& e) {
  const Tok& t = w.at(i);
  int k = i + 1;
  std::string date_part;
  resolve_time_day(w, k, date_part, t.begin);
  e.begin = t.begin;
  e.type = TimexType::time;
  e.value = date_part;
  e.value += t.lex.value == 12 ? "T12:00" : "T24:00";
  e.next = k;
  e.end = w.at(k - 1).end;
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
  if (t.is_num()) return p_number(w, 0, lb, e) || p_streak(w, 0, lb, e);
  if (!t.is_word()) return false;
  switch (t.lex.kind) {
    case Kind::month: return p_month(w, 0, lb, e);
    case Kind::weekday: return p_weekday(w, 0, e);
    case Kind::number: return p_amount_unit(w, 0, lb, e);
    case Kind::ordinal: return p_quarter(w, 0, e) || p_streak(w, 0, lb, e);
    case Kind::shift: return p_shift(w, 0, e) || (t.lex.value == SH_LAST && p_quarter(w, 0, e));
    case Kind::position: return p_position(w, 0, e);
    case Kind::article: return p_article(w, 0, lb, e);
    case Kind::deictic: return p_deictic(w, 0, lb, e);
    case Kind::part_of_day: return p_part_of_day(w, 0, e);
    case Kind::quarter: return t.lex.value == 2 ? p_half(w, 0, lb, e) : p_quarter(w, 0, e);
    case Kind::season: return p_season(w, 0, lb, e);
    case Kind::ago: return p_later(w, 0, lb, e);
    case Kind::holiday: return p_holiday(w, 0, lb, e);
    case Kind::noon: return p_noon(w, 0, e);
    default: return false;
  }
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
  Expr e;
  if (!starts_pattern(t) || !dispatch(w, lb, e) || e.end <= e.begin) e.end = e.begin = 0;
  if (rules_.may_start(t) && rules_.may_continue(t, w)) {
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
