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
// when `between` ("between 2009 and 2011").
bool joins_range(std::string_view text, uint32_t from, uint32_t to, bool between) noexcept {
  const Tok t = next_token(text, from);
  if (t.kind == TokKind::end || t.end > to) return false;
  if (next_token(text, t.end).begin < to) return false;  // more than one token between
  if (t.kind == TokKind::punct) return t.punct == '-';
  if (t.kind != TokKind::word) return false;
  const Entry& e = lookup(text.substr(t.begin, t.end - t.begin));
  return has_kind(e, Kind::conj, C_TO) || has_kind(e, Kind::conj, C_THROUGH) ||
         has_kind(e, Kind::preposition, PR_UNTIL) || (between && has_kind(e, Kind::conj, C_AND));
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
    const bool between = has_kind(lookup(word_before(text, a.begin)), Kind::preposition, PR_BETWEEN);
    if (!joins_range(text, a.end, b.begin, between)) continue;
    out.push_back(TimexRange{a.begin, b.end, a.type, a.value, b.value});
    ++i;  // "from 2009 to 2011 to 2013" is one range and a date
  }
}

}  // namespace textchain::dates
