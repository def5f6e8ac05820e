#include "calendar.hpp"

namespace textchain::dates {

bool is_leap(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) noexcept {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

bool valid_date(int y, int m, int d) noexcept { return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m); }
bool day_fits(int y, int m, int d) noexcept { return valid_date(y > 0 ? y : 2000, m, d); }

int64_t to_days(const CivilDate& c) noexcept {
  int64_t y = c.year - (c.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (c.month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + c.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate from_days(int64_t z) noexcept {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return {static_cast<int>(y), m, d};
}

int weekday(const CivilDate& d) noexcept {
  const int64_t z = to_days(d);  // 1970-01-01 was a Thursday (4)
  int64_t w = (z % 7 + 7) % 7;   // 0 = Thursday
  return static_cast<int>((w + 3) % 7) + 1;
}

void iso_week(const CivilDate& d, int& week_year, int& week) noexcept {
  // The ISO week belongs to the year of its Thursday.
  const CivilDate thursday = add_days(d, 4 - weekday(d));
  week_year = thursday.year;
  const int64_t jan1 = to_days({thursday.year, 1, 1});
  week = static_cast<int>((to_days(thursday) - jan1) / 7 + 1);
}

CivilDate add_days(const CivilDate& d, int64_t n) noexcept { return from_days(to_days(d) + n); }

CivilDate add_months(const CivilDate& d, int n) noexcept {
  int64_t total = static_cast<int64_t>(d.year) * 12 + (d.month - 1) + n;
  int64_t y = total >= 0 ? total / 12 : (total - 11) / 12;
  int m = static_cast<int>(total - y * 12) + 1;
  CivilDate r{static_cast<int>(y), m, d.day};
  const int dim = days_in_month(r.year, r.month);
  if (r.day > dim) r.day = dim;
  return r;
}

namespace {
bool digits(std::string_view s, size_t pos, size_t n, int& value) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  value = v;
  return true;
}
}  // namespace

bool parse_iso_anchor(std::string_view s, Anchor& out) noexcept {
  Anchor a;
  if (!digits(s, 0, 4, a.date.year) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, a.date.month) || s[7] != '-' ||
      !digits(s, 8, 2, a.date.day))
    return false;
  if (!valid_date(a.date.year, a.date.month, a.date.day)) return false;
  if (s.size() > 10) {
    if ((s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, a.hour) || s.size() < 16 || s[13] != ':' ||
        !digits(s, 14, 2, a.minute))
      return false;
    size_t pos = 16;
    if (pos < s.size() && s[pos] == ':') {
      if (!digits(s, 17, 2, a.second)) return false;
      pos = 19;
    }
    // Fractions and zones are accepted and ignored: anchors are local wall-clock times.
    if (pos < s.size() && s[pos] != '.' && s[pos] != 'Z' && s[pos] != '+' && s[pos] != '-') return false;
    if (a.hour > 23 || a.minute > 59 || a.second > 59) return false;
    a.has_time = true;
  }
  a.known = true;
  out = a;
  return true;
}

void append_num(std::string& out, int64_t value, int width) {
  if (value < 0) {
    out.push_back('-');
    value = -value;
  }
  // The digits are written backward into a buffer and appended at once, not pushed back one by one.
  char buf[24];
  char* const end = buf + sizeof buf;
  char* p = end;
  do {
    *--p = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value > 0 && end - p < 20);
  if (const int pad = width - static_cast<int>(end - p); pad > 0) out.append(static_cast<size_t>(pad), '0');
  out.append(p, static_cast<size_t>(end - p));
}

std::string format_date(const CivilDate& d) {
  std::string s;
  s.reserve(10);
  append_num(s, d.year, 4);
  s.push_back('-');
  append_num(s, d.month, 2);
  s.push_back('-');
  append_num(s, d.day, 2);
  return s;
}

}  // namespace textchain::dates
