#include "offset_joiner.hpp"

#include "calendar.hpp"
#include "lexicon.hpp"
#include "scanner.hpp"
#include "token_tests.hpp"

namespace textchain::dates {

namespace {

// "P3D", "P2W", "P6M", "P1Y": the amount and the unit letter; false for anything else (PT2H, PXY, P1.5Y).
bool whole_length(const std::string& v, int& n, char& unit) noexcept {
  if (v.size() < 3 || v.size() > 5 || v[0] != 'P') return false;
  n = 0;
  for (size_t i = 1; i + 1 < v.size(); ++i) {
    if (v[i] < '0' || v[i] > '9') return false;
    n = n * 10 + (v[i] - '0');
  }
  unit = v.back();
  return unit == 'D' || unit == 'W' || unit == 'M' || unit == 'Y';
}

int digits(const std::string& v, size_t at, size_t count) noexcept {
  int n = 0;
  for (size_t i = at; i < at + count; ++i) {
    if (v[i] < '0' || v[i] > '9') return -1;
    n = n * 10 + (v[i] - '0');
  }
  return n;
}

// +1 for "after" and "from", -1 for "before", 0 when the text between is anything else.
int direction_between(std::string_view text, uint32_t from, uint32_t to) noexcept {
  const Tok t = next_token(text, from);
  if (t.kind != TokKind::word || t.end > to || next_token(text, t.end).begin < to) return 0;
  const Entry& e = lookup(text.substr(t.begin, t.end - t.begin));
  const auto prep = [&](uint8_t p) { return (e.kind == Kind::preposition && e.value == p) || (e.kind2 == Kind::preposition && e.value2 == p); };
  if (prep(PR_AFTER) || prep(PR_FROM)) return 1;
  if (prep(PR_BEFORE)) return -1;
  return 0;
}

// The value of `date` moved by `n` units in direction `dir`; false when it cannot be written at its granularity.
bool moved(const std::string& date, int n, char unit, int dir, std::string& out) {
  const bool day = date.size() == 10 && date[4] == '-' && date[7] == '-';
  const bool month = date.size() == 7 && date[4] == '-';
  if (!day && !month) return false;
  CivilDate d{digits(date, 0, 4), digits(date, 5, 2), day ? digits(date, 8, 2) : 1};
  if (d.year < 0 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  if (month && (unit == 'D' || unit == 'W')) return false;  // "a week after March": no day to count from
  if (unit == 'D' || unit == 'W') d = add_days(d, static_cast<int64_t>(dir) * n * (unit == 'W' ? 7 : 1));
  else d = add_months(d, dir * n * (unit == 'Y' ? 12 : 1));
  out.clear();
  append_num(out, d.year, 4);
  out.push_back('-');
  append_num(out, d.month, 2);
  if (day) {
    out.push_back('-');
    append_num(out, d.day, 2);
  }
  return true;
}

// "the day before <day>", "the day after <day>": where "day" starts and the direction (-1, +1), or 0 when the
// words before the date at `begin` (not before `floor`, the end of the expression before it) are not these.
// TimeML marks the whole phrase, anchored on the date ("the day before last Tuesday" is that Monday); "a
// day after" is the length "a day", joined above.
int day_before_after(std::string_view text, uint32_t floor, uint32_t begin, uint32_t& start) noexcept {
  // Most dates follow "on", "in", "last": the letters before the date are counted (5 or 6, as "after" and
  // "before") before any token is read and looked up, which every day found would otherwise pay.
  const size_t letters = word_before(text.substr(floor), begin - floor).size();
  if (letters != 5 && letters != 6) return 0;
  const uint32_t p1 = token_before(text, floor, begin);
  if (p1 == kNoToken) return 0;
  const Tok prep = next_token(text, p1);
  const int dir = is_kind_value(prep, Kind::preposition, PR_BEFORE) ? -1 : is_kind_value(prep, Kind::preposition, PR_AFTER) ? 1 : 0;
  if (dir == 0) return 0;
  const uint32_t p2 = token_before(text, floor, prep.begin);
  if (p2 == kNoToken) return 0;
  const Tok day = next_token(text, p2);
  if (!is_kind_value(day, Kind::unit, U_DAY) || (day.lex.flags & F_PLURAL)) return 0;
  const uint32_t p3 = token_before(text, floor, day.begin);
  if (p3 == kNoToken || !is_kind_value(next_token(text, p3), Kind::article, AR_THE)) return 0;
  start = day.begin;
  return dir;
}

}  // namespace

void join_offsets(std::string_view text, std::vector<Timex>& found) {
  size_t out = 0;
  std::string value;
  for (size_t i = 0; i < found.size(); ++i) {
    int n = 0;
    char unit = 0;
    if (i + 1 < found.size() && found[i].type == TimexType::duration && found[i].mod == 0 &&
        found[i + 1].type == TimexType::date && found[i + 1].mod == 0 && whole_length(found[i].value, n, unit) && n < 1000) {
      const int dir = direction_between(text, found[i].end, found[i + 1].begin);
      if (dir != 0 && moved(found[i + 1].value, n, unit, dir, value)) {
        found[i].type = TimexType::date;
        found[i].end = found[i + 1].end;
        found[i].value = value;
        if (out != i) found[out] = std::move(found[i]);
        ++out;
        ++i;
        continue;
      }
    }
    uint32_t start = 0;
    if (found[i].type == TimexType::date && found[i].mod == 0 && found[i].value.size() == 10) {
      const uint32_t floor = out > 0 ? found[out - 1].end : 0;
      if (const int dir = day_before_after(text, floor, found[i].begin, start); dir != 0 && moved(found[i].value, 1, 'D', dir, value)) {
        found[i].begin = start;
        found[i].value = value;
      }
    }
    if (out != i) found[out] = std::move(found[i]);
    ++out;
  }
  found.resize(out);
}

}  // namespace textchain::dates
