#include "normalizer.hpp"

#include "timex.hpp"

namespace textchain::dates {

const char* type_name(TimexType t) noexcept {
  switch (t) {
    case TimexType::date: return "DATE";
    case TimexType::time: return "TIME";
    case TimexType::duration: return "DURATION";
    case TimexType::set: return "SET";
  }
  return "DATE";
}

namespace {
// What append_num(out, v, width) appends when 0 <= v < 10^width (v padded with zeros to `width` digits), written
// at p; false, writing nothing, for any other v. A value of a known year, month and day is one append.
bool put_digits(char* p, int v, int width) noexcept {
  if (v < 0 || v >= (width == 4 ? 10000 : 100)) return false;
  for (int k = width - 1; k >= 0; --k, v /= 10) p[k] = static_cast<char>('0' + v % 10);
  return true;
}
}  // namespace

void Normalizer::year(std::string& out, int y) {
  if (char b[4]; put_digits(b, y, 4)) out.append(b, 4);
  else if (y < 0) out += "XXXX";
  else append_num(out, y, 4);
}

void Normalizer::month(std::string& out, int y, int m) {
  if (char b[7]; put_digits(b, y, 4) && put_digits(b + 5, m, 2)) {
    b[4] = '-';
    out.append(b, 7);
    return;
  }
  year(out, y);
  out.push_back('-');
  append_num(out, m, 2);
}

void Normalizer::day(std::string& out, int y, int m, int d) {
  if (char b[10]; put_digits(b, y, 4) && put_digits(b + 5, m, 2) && put_digits(b + 8, d, 2)) {
    b[4] = b[7] = '-';
    out.append(b, 10);
    return;
  }
  month(out, y, m);
  out.push_back('-');
  if (d < 0) out += "XX";  // a day of the month not known: "that same day" after "last October"
  else append_num(out, d, 2);
}

void Normalizer::week(std::string& out, const CivilDate& d) {
  int wy = 0, w = 0;
  iso_week(d, wy, w);
  append_num(out, wy, 4);
  out += "-W";
  append_num(out, w, 2);
}

void Normalizer::time_of_day(std::string& out, int h, int m, int s, bool with_seconds) {
  out.push_back('T');
  append_num(out, h, 2);
  out.push_back(':');
  append_num(out, m, 2);
  if (with_seconds) {
    out.push_back(':');
    append_num(out, s, 2);
  }
}

void Normalizer::part_of_day(std::string& out, int part) {
  switch (part) {
    case P_MORNING: out += "TMO"; break;
    case P_AFTERNOON: out += "TAF"; break;
    case P_EVENING: out += "TEV"; break;
    default: out += "TNI"; break;
  }
}

void Normalizer::season(std::string& out, int y, int s) {
  year(out, y);
  switch (s) {
    case S_SPRING: out += "-SP"; break;
    case S_SUMMER: out += "-SU"; break;
    case S_WINTER: out += "-WI"; break;
    default: out += "-FA"; break;
  }
}

void Normalizer::duration(std::string& out, int n, int unit, bool half) {
  out.push_back('P');
  const bool timed = unit == U_SECOND || unit == U_MINUTE || unit == U_HOUR;
  if (timed) out.push_back('T');
  int mult = 1;
  char u = 'D';
  switch (unit) {
    case U_SECOND: u = 'S'; break;
    case U_MINUTE: u = 'M'; break;
    case U_HOUR: u = 'H'; break;
    case U_DAY: u = 'D'; break;
    case U_WEEK: u = 'W'; break;
    case U_FORTNIGHT: u = 'W'; mult = 2; break;
    case U_MONTH: u = 'M'; break;
    case U_QUARTER: u = 'Q'; break;
    case U_YEAR: u = 'Y'; break;
    case U_DECADE: u = 'Y'; mult = 10; break;
    case U_CENTURY: u = 'Y'; mult = 100; break;
    case U_WEEKEND: u = 'D'; mult = 2; break;
  }
  if (n < 0) {
    // Vague amounts ("several years", "decades"): X with the unit's letter. Decades and centuries have no
    // ISO 8601 letter and are counted in years, as "two decades" is P20Y: "decades-long" is PXY (TimeML).
    out.push_back('X');
    out.push_back(u);
    return;
  }
  if (half && (unit == U_HOUR || unit == U_MINUTE)) {
    // Half a clock unit is exact in the next smaller one: "5 1/2 hours" is PT5H30M, as TimeBank writes it.
    if (n > 0) {
      append_num(out, n, 1);
      out.push_back(u);
    }
    out += unit == U_HOUR ? "30M" : "30S";
    return;
  }
  append_num(out, static_cast<int64_t>(n) * mult, 1);
  if (half && mult == 1) out += ".5";
  out.push_back(u);
}

int Normalizer::year_for(int m, int d, Direction dir) const noexcept {
  if (!a_.known) return -1;
  const int y = a_.date.year;
  if (dir == Direction::since) return ahead_of_anchor(m, d) ? y - 1 : y;
  dir = resolve(dir);
  // News mentions months a little ahead with past-tense reporting verbs ("said it would close by
  // June") and a little back with future ones, so tense moves the year only for months far away.
  const int diff = m - a_.date.month;
  if (dir == Direction::past && diff > 4) return y - 1;
  if (dir == Direction::future && diff < -4) return y + 1;
  if (dir == Direction::present) {
    if (diff > 6) return y - 1;
    if (diff < -6) return y + 1;
  }
  return y;
}

bool Normalizer::weekday_date(int wd, Direction dir, CivilDate& out) const noexcept {
  if (!a_.known) return false;
  const int today = weekday(a_.date);
  // A weekday with a present tense is a schedule ("the final is on Sunday"): the coming one.
  dir = dir == Direction::present ? Direction::future : resolve(dir);
  const int back = (today - wd + 7) % 7;    // days back to the previous such weekday (0 = today)
  const int ahead = (wd - today + 7) % 7;   // days ahead
  int64_t delta;
  if (back == 0) delta = 0;
  else if (dir == Direction::past) delta = -back;
  else if (dir == Direction::future) delta = ahead;
  else delta = back <= ahead ? -back : ahead;
  out = add_days(a_.date, delta);
  return true;
}

bool Normalizer::weekday_needs_direction(int wd) const noexcept { return a_.known && weekday(a_.date) != wd; }

bool Normalizer::shifted(int unit, int n, CivilDate& out) const noexcept {
  if (!a_.known) return false;
  out = shift_from(a_.date, unit, n);
  return true;
}

CivilDate Normalizer::shift_from(const CivilDate& d, int unit, int n) noexcept {
  switch (unit) {
    case U_DAY: return add_days(d, n);
    case U_WEEK: return add_days(d, 7 * static_cast<int64_t>(n));
    case U_FORTNIGHT: return add_days(d, 14 * static_cast<int64_t>(n));
    case U_WEEKEND: return add_days(d, 7 * static_cast<int64_t>(n));
    case U_MONTH: return add_months(d, n);
    case U_QUARTER: return add_months(d, 3 * n);
    case U_YEAR: return add_months(d, 12 * n);
    case U_DECADE: return add_months(d, 120 * n);
    case U_CENTURY: return add_months(d, 1200 * n);
    default: return d;
  }
}

void Normalizer::period(std::string& out, int unit, const CivilDate& d) {
  switch (unit) {
    case U_DAY: day(out, d); break;
    case U_WEEK:
    case U_FORTNIGHT: week(out, d); break;
    case U_WEEKEND: week(out, d); out += "-WE"; break;
    case U_MONTH: month(out, d.year, d.month); break;
    case U_QUARTER: year(out, d.year); out += "-Q"; append_num(out, (d.month - 1) / 3 + 1, 1); break;
    case U_DECADE: append_num(out, d.year / 10, 3); break;
    case U_CENTURY: append_num(out, d.year / 100, 2); break;
    default: year(out, d.year); break;
  }
}

}  // namespace textchain::dates
