// Proleptic Gregorian calendar arithmetic for anchoring relative expressions.
#ifndef TEXTCHAIN_DATES_CALENDAR_HPP
#define TEXTCHAIN_DATES_CALENDAR_HPP

#include <cstdint>
#include <string>
#include <string_view>

namespace textchain::dates {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

// The moment relative expressions are resolved against: the document date, optionally with a time.
struct Anchor {
  bool known = false;
  CivilDate date;
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
};

bool is_leap(int year) noexcept;
int days_in_month(int year, int month) noexcept;
bool valid_date(int year, int month, int day) noexcept;
// Whether the month has that day in that year; a year not known (year <= 0) is taken as a leap year, so a
// date written without its year ("February 29") fits.
bool day_fits(int year, int month, int day) noexcept;
// Days since 1970-01-01 (Howard Hinnant's algorithm): exact for any year.
int64_t to_days(const CivilDate& d) noexcept;
CivilDate from_days(int64_t days) noexcept;
// ISO weekday: Monday = 1 ... Sunday = 7.
int weekday(const CivilDate& d) noexcept;
// ISO 8601 week: the week-numbering year and week 1..53.
void iso_week(const CivilDate& d, int& week_year, int& week) noexcept;
CivilDate add_days(const CivilDate& d, int64_t n) noexcept;
// Adds months, clamping the day to the target month's length.
CivilDate add_months(const CivilDate& d, int n) noexcept;

// "YYYY-MM-DD" with an optional "THH:MM[:SS]" (also accepts a space instead of 'T'). Returns false when
// the text is not exactly that or the date does not exist.
bool parse_iso_anchor(std::string_view s, Anchor& out) noexcept;

// Appends zero-padded decimal digits.
void append_num(std::string& out, int64_t value, int width);
std::string format_date(const CivilDate& d);

}  // namespace textchain::dates

#endif
