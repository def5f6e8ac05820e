// The typed value a rule builds: calendar fields, a length, a recurrence or a vague reference, with its
// granularity and mod. Rules fill fields; `format_timex` writes the TIMEX3 value string once, at the end.
#ifndef TEXTCHAIN_DATES_TIME_VALUE_HPP
#define TEXTCHAIN_DATES_TIME_VALUE_HPP

#include "lexicon.hpp"
#include "timex.hpp"

#include <string>

namespace textchain::dates {

// The finest field a value names: what its TIMEX3 value is cut to.
enum class Granularity : uint8_t {
  none, century, decade, year, half, quarter, season, month, week, weekday, day, part_of_day, minute
};

// TimeML's vague references to the time line.
enum class TimeRef : uint8_t { none, present, past, future };

struct TimeValue {
  static constexpr int kUnset = -1;
  // The weekday value of the weekend, after Sunday's 7: "on weekends" is TimeML's SET XXXX-WXX-WE (a producer's
  // `weekday=weekend`).
  static constexpr int kWeekend = 8;
  TimexType type = TimexType::date;
  Granularity granularity = Granularity::none;
  TimeRef ref = TimeRef::none;  // set: the value is PRESENT_REF / PAST_REF / FUTURE_REF
  int year = kUnset;            // kUnset with a finer field: "XXXX"
  int month = kUnset, day = kUnset, week = kUnset;
  int quarter = kUnset, half = kUnset;
  Season season = S_SPRING;
  PartOfDay part_of_day = P_MORNING;
  bool part_of_day_set = false;  // part_of_day names a part of the day ("every morning", "Friday night")
  int weekday = kUnset;          // a day of the week without a date: SET "every Saturday" (XXXX-WXX-6)
  int hour = kUnset, minute = kUnset;
  bool fiscal = false;  // a fiscal year that could not be mapped to the calendar: "FY2024", "FY2024-Q3"
  // DURATION and SET: amount (kUnset = "X", several) of `unit`.
  int amount = kUnset;
  Unit unit = U_NONE;
  Mod mod = M_NONE;
};

// "the 1800s", "the late 1900s": a year in whole hundreds before 2000 with a plural "s" names its century (TIDES and
// TimeML value "the 1800s" as "18", the nineteenth century: a decade 1800-1809 is not what the plural means);
// "the 2000s" stays the decade 200, as news uses it.
constexpr bool is_century_in_hundreds(int year) noexcept { return year >= 1000 && year < 2000 && year % 100 == 0; }

// Writes the TIMEX3 value of `v` ("2024-Q3", "P3Y", "XXXX-WXX-1", "PRESENT_REF", "FY2024").
void format_timex(const TimeValue& v, std::string& out);

}  // namespace textchain::dates

#endif
