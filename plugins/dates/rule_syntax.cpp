#include "rule_syntax.hpp"

#include <algorithm>
#include <charconv>

namespace textchain::dates {

namespace {

struct Piece {
  std::string_view text;
  size_t offset = 0;
};

// The next piece of `s` (a run of characters other than spaces and tabs) at or after `i`, `i` moved past it; an
// empty piece at the end. Pieces are read in place: every built-in rule is parsed at start-up (issue 19).
Piece next_piece(std::string_view s, size_t& i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  const size_t b = i;
  while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
  return {s.substr(b, i - b), b};
}

// The offset of piece `n` (0-based) of `s`: for error messages.
size_t piece_offset(std::string_view s, size_t n) {
  size_t i = 0;
  Piece p = next_piece(s, i);
  for (size_t k = 0; k < n; ++k) p = next_piece(s, i);
  return p.offset;
}

bool to_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

// The value of a lexicon kind named by one of its own words: <unit:year>, <season:fall>, <month:march>.
int value_by_word(Kind k, std::string_view name, size_t offset) {
  int n = 0;
  if (to_int(name, n)) return n;
  const Entry& e = lookup(name);
  if (e.kind == k) return e.value;
  if (e.kind2 == k) return e.value2;
  throw RuleSyntaxError(offset, "'" + std::string(name) + "' is not a word of kind " + kind_name(k));
}

// The flags after a kind: <unit/plural>, <unit/singular>, <weekday/unambiguous>.
void parse_flags(std::string_view flags, size_t offset, PatternElem& e) {
  while (!flags.empty()) {
    const size_t slash = flags.find('/');
    const std::string_view f = flags.substr(0, slash);
    if (f == "plural") e.flags_on |= F_PLURAL;
    else if (f == "singular") e.flags_off |= F_PLURAL;
    else if (f == "unambiguous") e.flags_off |= F_AMBIGUOUS;
    else if (f == "capitalized") e.capitalized = true;
    else throw RuleSyntaxError(offset, "unknown flag '" + std::string(f) + "' (plural, singular, unambiguous, capitalized)");
    offset += f.size() + 1;
    flags = slash == std::string_view::npos ? std::string_view{} : flags.substr(slash + 1);
  }
}

// <int:1-4>, <num:1-12>, <year>, <yy>, <set:name>, <kind>, <kind:value>, <kind:value|value>, <kind/flag>
PatternElem parse_bracket(std::string_view body, size_t offset) {
  PatternElem e;
  const size_t slash = body.find('/');
  if (slash != std::string_view::npos) {
    parse_flags(body.substr(slash + 1), offset + slash + 2, e);
    body = body.substr(0, slash);
  }
  const size_t colon = body.find(':');
  const std::string_view head = body.substr(0, colon);
  const std::string_view arg = colon == std::string_view::npos ? std::string_view{} : body.substr(colon + 1);
  if (head == "yy") {
    e.kind = ElemKind::number;
    e.two_digit_year = true;
    return e;
  }
  if (head == "set") {
    e.kind = ElemKind::set;
    e.sets = word_set_from_name(arg);
    if (e.sets == 0) throw RuleSyntaxError(offset + colon + 2, "unknown word set '" + std::string(arg) + "' (lexicon.cpp's kSets)");
    return e;
  }
  // <text:other>: a word the lexicon does not hold, by its letters ("every other day"). Kept out of the
  // lexicon because a known word stops the scan after every article before it ("the other").
  if (head == "text") {
    e.kind = ElemKind::word;
    e.word = lower(arg);
    e.lex = Kind::none;
    if (arg.empty()) throw RuleSyntaxError(offset + 1, "expected a word after 'text:'");
    if (lookup(arg).kind != Kind::none)
      throw RuleSyntaxError(offset + colon + 2, "'" + std::string(arg) + "' is in the lexicon: write it as a plain word");
    return e;
  }
  if (head == "int" || head == "num" || head == "year") {
    e.kind = ElemKind::number;
    e.words_too = head == "num";
    e.min = 0;
    e.max = 999999999;
    if (head == "year") e.min = 1000, e.max = 2999, e.digits = 4;
    if (!arg.empty()) {
      const size_t dash = arg.find('-');
      if (dash == std::string_view::npos || !to_int(arg.substr(0, dash), e.min) || !to_int(arg.substr(dash + 1), e.max) ||
          e.min > e.max)
        throw RuleSyntaxError(offset + colon + 2, "expected a range like 1-4 after '" + std::string(head) + ":'");
    }
    return e;
  }
  e.kind = ElemKind::lexicon;
  e.lex = kind_from_name(head);
  if (e.lex == Kind::none)
    throw RuleSyntaxError(offset + 1, "unknown token kind '" + std::string(head) +
                                          "' (int, num, year, or a lexicon kind such as month, unit, season)");
  if (arg.find('|') != std::string_view::npos) {
    size_t at = offset + colon + 2;
    for (std::string_view rest = arg; !rest.empty();) {
      const size_t bar = rest.find('|');
      const std::string_view one = rest.substr(0, bar);
      const int v = value_by_word(e.lex, one, at);
      if (v < 0 || v > 63) throw RuleSyntaxError(at, "a value listed with '|' must be below 64");
      e.value_mask |= uint64_t{1} << v;
      at += one.size() + 1;
      rest = bar == std::string_view::npos ? std::string_view{} : rest.substr(bar + 1);
    }
  } else if (!arg.empty()) {
    e.lex_value = value_by_word(e.lex, arg, offset + colon + 2);
  }
  return e;
}

PatternElem parse_elem(std::string_view t, size_t offset, const WordTable& extra) {
  PatternElem e;
  bool glued = false, optional = false, lookahead = false, lookbehind = false, negated = false;
  const size_t at = offset;
  if (t.size() > 1 && t.front() == '&') lookahead = true, t.remove_prefix(1), ++offset;
  else if (t.size() > 1 && t.front() == '!') lookahead = negated = true, t.remove_prefix(1), ++offset;
  else if (t.size() > 1 && t.front() == '^') lookbehind = true, t.remove_prefix(1), ++offset;
  if (t.size() > 1 && t.front() == '+') glued = true, t.remove_prefix(1), ++offset;
  if (t.size() > 1 && t.back() == '?') optional = true, t.remove_suffix(1);
  // "!x?" would hold whatever follows: a mistake, not a pattern.
  if (negated && optional) throw RuleSyntaxError(at, "a negative lookahead (!element) cannot be optional");
  if (t == "<name>") {
    e.kind = ElemKind::name;
  } else if (t == "<lower>") {
    e.kind = ElemKind::lower;
  } else if (t.front() == '<') {
    if (t.back() != '>') throw RuleSyntaxError(offset, "'<' without its '>'");
    e = parse_bracket(t.substr(1, t.size() - 2), offset);
  } else if (t.size() == 1 && !(t[0] >= 'a' && t[0] <= 'z') && !(t[0] >= 'A' && t[0] <= 'Z')) {
    e.kind = ElemKind::punct;
    e.punct = t[0];
  } else {
    // A word may carry flags too: "S/capitalized".
    if (const size_t slash = t.find('/'); slash != std::string_view::npos && slash > 0) {
      parse_flags(t.substr(slash + 1), offset + slash + 1, e);
      t = t.substr(0, slash);
    }
    e.kind = ElemKind::word;
    e.word = lower(t);
    const Entry* user = extra.find(t);
    const Entry& e0 = user ? *user : lookup(t);
    if (e0.kind == Kind::none)
      throw RuleSyntaxError(offset, "the word '" + std::string(t) +
                                        "' is not in the lexicon: declare it in a [[word]] table first");
    e.lex = e0.kind;
  }
  e.glued = glued;
  e.optional = optional;
  e.lookahead = lookahead;
  e.negated = negated;
  e.lookbehind = lookbehind;
  return e;
}

struct FieldName {
  std::string_view name;
  Field field;
  Kind named_by;  // the lexicon kind whose words name its values (Kind::none: numbers only)
};

constexpr FieldName kFields[] = {
    {"year", Field::year, Kind::none},           {"month", Field::month, Kind::month},
    {"day", Field::day, Kind::none},             {"week", Field::week, Kind::none},
    {"quarter", Field::quarter, Kind::none},     {"half", Field::half, Kind::none},
    {"season", Field::season, Kind::season},     {"part_of_day", Field::part_of_day, Kind::part_of_day},
    {"hour", Field::hour, Kind::none},           {"minute", Field::minute, Kind::none},
    {"amount", Field::amount, Kind::none},       {"unit", Field::unit, Kind::unit},
    {"fiscal_year", Field::fiscal_year, Kind::none}, {"fiscal_quarter", Field::fiscal_quarter, Kind::none},
    {"fiscal_half", Field::fiscal_half, Kind::none}, {"weekday", Field::weekday, Kind::weekday},
    {"nth", Field::nth, Kind::none},             {"easter", Field::easter, Kind::none},
    {"offset", Field::offset, Kind::none},       {"shift", Field::shift, Kind::none},
    {"century", Field::century, Kind::none},     {"decade", Field::decade, Kind::decade},
    {"minutes_to", Field::minutes_to, Kind::none},
};

Assignment parse_assignment(const FieldName& f, std::string_view v, size_t offset, size_t pattern_size) {
  Assignment a;
  a.field = f.field;
  if (f.field == Field::shift && v.size() > 1 && v[0] == '-' && v[1] == '$') {
    a.negate = true;
    v.remove_prefix(1);
    ++offset;
  }
  if (f.field == Field::nth && v == "last") {
    a.value = -1;
  } else if (!v.empty() && v[0] == '$') {
    a.source = Source::capture;
    if (!to_int(v.substr(1), a.value) || a.value < 1 || static_cast<size_t>(a.value) > pattern_size)
      throw RuleSyntaxError(offset, "$N must name a pattern element, 1 to " + std::to_string(pattern_size));
  } else if ((f.field == Field::year || f.field == Field::decade || f.field == Field::century || f.field == Field::fiscal_year) &&
             v == "anchor") {
    a.source = Source::anchor_year;
  } else if ((f.field == Field::year || f.field == Field::fiscal_year) && v.substr(0, 8) == "anchor+$") {
    a.source = Source::anchor_shift;
    if (!to_int(v.substr(8), a.value) || a.value < 1 || static_cast<size_t>(a.value) > pattern_size)
      throw RuleSyntaxError(offset + 7, "$N must name a pattern element, 1 to " + std::to_string(pattern_size));
  } else if (f.field == Field::month && v.substr(0, 8) == "anchor+$") {
    a.source = Source::anchor_month_shift;
    if (!to_int(v.substr(8), a.value) || a.value < 1 || static_cast<size_t>(a.value) > pattern_size)
      throw RuleSyntaxError(offset + 7, "$N must name a pattern element, 1 to " + std::to_string(pattern_size));
  } else if (f.field == Field::year && v == "narrative") {
    a.source = Source::narrative_year;
  } else if (f.field == Field::year && v == "nearest") {
    a.source = Source::nearest_year;
  } else if (f.field == Field::year && v == "past") {
    a.source = Source::past_year;
  } else if (f.field == Field::year && v == "next") {
    a.source = Source::next_year;
  } else if (f.field == Field::weekday && v == "weekend") {
    a.value = TimeValue::kWeekend;
  } else if (f.named_by != Kind::none) {
    a.value = value_by_word(f.named_by, v, offset);
  } else if (!to_int(v, a.value)) {
    throw RuleSyntaxError(offset, "expected $N, a number" +
                                      std::string(f.field == Field::year ? ", anchor, anchor+$N, narrative, nearest, past or next" : "") + " after '" +
                                      std::string(f.name) + "='");
  }
  return a;
}

template <class E, size_t N>
bool named(std::string_view v, const std::pair<std::string_view, E> (&names)[N], E& out) {
  for (const auto& [n, e] : names)
    if (v == n) return out = e, true;
  return false;
}

constexpr std::pair<std::string_view, TimexType> kTypes[] = {
    {"DATE", TimexType::date}, {"TIME", TimexType::time}, {"DURATION", TimexType::duration}, {"SET", TimexType::set}};
constexpr std::pair<std::string_view, PeriodFrom> kFroms[] = {
    {"document", PeriodFrom::document}, {"narrative", PeriodFrom::narrative}, {"story", PeriodFrom::story}};
constexpr std::pair<std::string_view, TimeRef> kRefs[] = {
    {"PRESENT_REF", TimeRef::present}, {"PAST_REF", TimeRef::past}, {"FUTURE_REF", TimeRef::future}};

Mod mod_by_name(std::string_view v, size_t offset) {
  for (uint8_t m = M_START; m <= M_APPROX; ++m)
    if (v == mod_name(m)) return static_cast<Mod>(m);
  throw RuleSyntaxError(offset, "unknown mod '" + std::string(v) + "' (START, MID, END, APPROX, MORE_THAN, ...)");
}

}  // namespace

std::vector<PatternElem> parse_pattern(std::string_view text, const WordTable& extra) {
  std::vector<PatternElem> out;
  // At most one element more than the spaces between them.
  out.reserve(static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t'; })) + 1);
  for (size_t i = 0;;) {
    const Piece p = next_piece(text, i);
    if (p.text.empty()) break;
    out.push_back(parse_elem(p.text, p.offset, extra));
  }
  if (out.empty()) throw RuleSyntaxError(0, "empty pattern");
  size_t lead = 0;  // the lookbehind elements before the first one read forward
  while (lead < out.size() && out[lead].lookbehind) ++lead;
  for (size_t i = lead; i < out.size(); ++i)
    if (out[i].lookbehind)
      throw RuleSyntaxError(piece_offset(text, i), "a lookbehind (^element) is only preceded by lookbehinds: it starts the pattern");
  if (lead == out.size()) throw RuleSyntaxError(0, "a pattern needs an element after its lookbehinds");
  const PatternElem& first = out[lead];
  if (first.optional || first.glued)
    throw RuleSyntaxError(0, "the first element of a pattern can be neither optional nor glued");
  if (first.kind == ElemKind::punct || first.kind == ElemKind::name || first.kind == ElemKind::set ||
      first.kind == ElemKind::lower || first.lookahead ||
      (first.kind == ElemKind::word && first.lex == Kind::none))
    throw RuleSyntaxError(0, "a pattern starts with a lexicon word or a number, not a punctuation mark, <name>, <lower>, <set:...>, "
                             "<text:...>, & or !");
  for (size_t i = 1; i + 1 < out.size(); ++i)
    if (out[i].lookahead && !out[i + 1].lookahead)
      throw RuleSyntaxError(piece_offset(text, i),
                            "a lookahead (&element) is only followed by lookaheads (& or !): it ends the pattern");
  return out;
}

Producer parse_producer(std::string_view text, size_t pattern_size) {
  Producer p;
  for (size_t i = 0;;) {
    const Piece piece = next_piece(text, i);
    if (piece.text.empty()) break;
    if (piece.text == "not_a_date") {
      p.not_a_date = true;
      continue;
    }
    const size_t eq = piece.text.find('=');
    if (eq == std::string_view::npos) throw RuleSyntaxError(piece.offset, "expected key=value or not_a_date");
    const std::string_view key = piece.text.substr(0, eq), v = piece.text.substr(eq + 1);
    const size_t at = piece.offset + eq + 1;
    if (key == "type") {
      if (!named(v, kTypes, p.type)) throw RuleSyntaxError(at, "type is DATE, TIME, DURATION or SET");
    } else if (key == "ref") {
      if (!named(v, kRefs, p.ref)) throw RuleSyntaxError(at, "ref is PRESENT_REF, PAST_REF or FUTURE_REF");
    } else if (key == "mod") {
      p.mod = mod_by_name(v, at);
    } else if (key == "from") {
      if (!named(v, kFroms, p.from)) throw RuleSyntaxError(at, "from is document, narrative or story");
    } else if (key == "period") {
      if (!v.empty() && v[0] == '$') {
        if (!to_int(v.substr(1), p.period_capture) || p.period_capture < 1 ||
            static_cast<size_t>(p.period_capture) > pattern_size)
          throw RuleSyntaxError(at, "$N must name a pattern element, 1 to " + std::to_string(pattern_size));
        p.period = U_NONE;
      } else {
        p.period = static_cast<Unit>(value_by_word(Kind::unit, v, at));
      }
    } else {
      const FieldName* f = nullptr;
      for (const FieldName& c : kFields)
        if (c.name == key) f = &c;
      if (!f) throw RuleSyntaxError(piece.offset, "unknown field '" + std::string(key) + "'");
      p.fields.push_back(parse_assignment(*f, v, at, pattern_size));
    }
  }
  if (p.from != PeriodFrom::none && p.period == U_NONE && p.period_capture == 0)
    throw RuleSyntaxError(0, "from= needs period=");
  if (p.from == PeriodFrom::none && p.period_capture != 0)
    throw RuleSyntaxError(0, "period=$N needs from=");
  return p;
}

RuleGroup parse_group(std::string_view name) {
  static constexpr std::pair<std::string_view, RuleGroup> kGroups[] = {
      {"day", RuleGroup::day},           {"month", RuleGroup::month},     {"year", RuleGroup::year},
      {"time", RuleGroup::time},         {"duration", RuleGroup::duration}, {"set", RuleGroup::set},
      {"deictic", RuleGroup::deictic},   {"range", RuleGroup::range},     {"quarter", RuleGroup::quarter},
      {"season", RuleGroup::season},     {"not_a_date", RuleGroup::not_a_date}};
  RuleGroup g;
  if (!named(name, kGroups, g))
    throw RuleSyntaxError(0, "unknown group '" + std::string(name) +
                                 "' (day, month, year, time, duration, set, deictic, range, quarter, season, not_a_date)");
  return g;
}

}  // namespace textchain::dates
