#include "range_linker.hpp"

#include "lexicon.hpp"
#include "scanner.hpp"

namespace textchain::dates {

namespace {

bool has_kind(const Entry& e, Kind k, uint8_t value) noexcept {
  return (e.kind == k && e.value == value) || (e.kind2 == k && e.value2 == value);
}

// A calendar or clock value: vague references (PRESENT_REF), durations and sets have no place on a range.
bool is_point(const Timex& t) noexcept {
  if (t.type != TimexType::date && t.type != TimexType::time) return false;
  if (t.value.empty() || t.value.find('/') != std::string::npos) return false;
  const char c = t.value[0];
  return (c >= '0' && c <= '9') || c == 'X';
}

// Whether the text between two expressions is one range word: "to", "through", "until", a dash, or "and"
// when `between` says a "between" stands before the first ("between 2009 and 2011"). `between` is asked only
// for "and": the look-up of the word before the first expression is paid by few pairs.
template <class Between>
bool joins_range(std::string_view text, uint32_t from, uint32_t to, Between between) noexcept {
  const Tok t = next_token(text, from);
  if (t.kind == TokKind::end || t.end > to) return false;
  if (next_token(text, t.end).begin < to) return false;  // more than one token between
  if (t.kind == TokKind::punct) return t.punct == '-';
  if (t.kind != TokKind::word) return false;
  const Entry& e = lookup(text.substr(t.begin, t.end - t.begin));
  if (has_kind(e, Kind::conj, C_TO) || has_kind(e, Kind::conj, C_THROUGH) || has_kind(e, Kind::preposition, PR_UNTIL))
    return true;
  return has_kind(e, Kind::conj, C_AND) && between();
}

bool is_ascii_space(unsigned char c) noexcept { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Whether two tokens or more lie between `from` (an expression's end) and `to` (the next one's start), told
// from the bytes alone: ASCII white space between two ASCII bytes that are not. Most pairs of expressions
// stand a clause apart, and this passes them without reading a token. False when unsure (a byte outside
// ASCII before the first space, or as the last byte: a wide space may lie there); joins_range then reads.
bool tokens_apart(std::string_view text, uint32_t from, uint32_t to) noexcept {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  uint32_t x = from, y = to;
  while (x < y && is_ascii_space(s[x])) ++x;
  while (y > x && is_ascii_space(s[y - 1])) --y;
  if (y <= x || s[y - 1] >= 0x80) return false;
  for (uint32_t z = x; z < y; ++z) {
    if (s[z] >= 0x80) return false;
    if (is_ascii_space(s[z])) return true;  // a token before it, another ending at y
  }
  return false;
}

}  // namespace

bool split_interval(std::string_view value, std::string_view& begin_value, std::string_view& end_value) noexcept {
  const size_t slash = value.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 >= value.size()) return false;
  begin_value = value.substr(0, slash);
  end_value = value.substr(slash + 1);
  return true;
}

void link_ranges(std::string_view text, const std::vector<Timex>& found, std::vector<TimexRange>& out) {
  for (size_t i = 0; i < found.size(); ++i) {
    const Timex& a = found[i];
    std::string_view b0, e0;
    if ((a.type == TimexType::date || a.type == TimexType::time) && split_interval(a.value, b0, e0)) {
      out.push_back(TimexRange{a.begin, a.end, a.type, std::string(b0), std::string(e0)});
      continue;
    }
    if (i + 1 >= found.size()) continue;
    const Timex& b = found[i + 1];
    if (!is_point(a) || !is_point(b) || a.type != b.type) continue;
    if (tokens_apart(text, a.end, b.begin)) continue;
    const auto between = [&] { return has_kind(lookup(word_before(text, a.begin)), Kind::preposition, PR_BETWEEN); };
    if (!joins_range(text, a.end, b.begin, between)) continue;
    out.push_back(TimexRange{a.begin, b.end, a.type, a.value, b.value});
    ++i;  // "from 2009 to 2011 to 2013" is one range and a date
  }
}

}  // namespace textchain::dates
