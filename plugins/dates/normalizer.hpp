// TIMEX3 values: formatting calendar values and resolving relative ones against the anchor, in the
// direction the sentence's tense gives (or the `prefer` option when it gives none).
#ifndef TEXTCHAIN_DATES_NORMALIZER_HPP
#define TEXTCHAIN_DATES_NORMALIZER_HPP

#include "calendar.hpp"
#include "lexicon.hpp"

#include <string>

namespace textchain::dates {

enum class Prefer : uint8_t { past, future, nearest };

// Where the sentence's tense points a weekday or a month named without a year: back (past), ahead
// (future), or to the nearest one (present tense: a schedule); `none` when it gives no cue (then the
// `prefer` option decides).
// `since`: the latest such date up to the anchor, however near ahead ("since November 3" on 2025-09-26 is
// 2024-11-03); `past` moves only dates far ahead, as news reports a date a little ahead with a past verb.
enum class Direction : uint8_t { none, past, future, present, since };

class Normalizer {
 public:
  Normalizer(const Anchor& anchor, Prefer prefer) noexcept : a_(anchor), prefer_(prefer) {}
  const Anchor& anchor() const noexcept { return a_; }
  bool anchored() const noexcept { return a_.known; }

  // Calendar values; year < 0 means unknown ("XXXX").
  static void year(std::string& out, int year);
  static void month(std::string& out, int year, int month);
  static void day(std::string& out, int year, int month, int day);
  static void day(std::string& out, const CivilDate& d) { day(out, d.year, d.month, d.day); }
  static void week(std::string& out, const CivilDate& any_day_of_week);
  static void time_of_day(std::string& out, int hour, int minute, int second, bool with_seconds);
  static void part_of_day(std::string& out, int part);  // "TMO" ...
  static void season(std::string& out, int year, int season);
  // PnU durations; n < 0 is "X" (several); `half` adds .5 (two and a half years).
  static void duration(std::string& out, int n, int unit, bool half = false);

  // The year a month (and day, 0 = none) lies in, seen from the anchor in `dir`; -1 when unanchored.
  int year_for(int month, int day, Direction dir) const noexcept;
  // Whether `dir` can change year_for(month, ...): a month within four of the anchor's is in the anchor's
  // year whatever the tense, so the callers read the sentence's tense only for the others.
  bool tense_moves_year(int month) const noexcept {
    return a_.known && (month - a_.date.month > 4 || month - a_.date.month < -4);
  }
  // Whether the month (and day, 0 = none) comes after the anchor's in the calendar year: the only dates
  // Direction::since can move (a year back), so the callers look for "since" only before these.
  bool ahead_of_anchor(int month, int day) const noexcept {
    return a_.known && (month > a_.date.month || (month == a_.date.month && day > a_.date.day));
  }
  // The date of a weekday seen from the anchor; false when unanchored.
  bool weekday_date(int wd, Direction dir, CivilDate& out) const noexcept;
  // Whether weekday_date's answer for `wd` depends on the direction: not when unanchored, nor for the anchor's
  // own weekday (that day itself). The tense look-around, the engine's costliest, is asked only when it does.
  bool weekday_needs_direction(int wd) const noexcept;
  // The anchor moved by n units (day, week, month, year ...). False when unanchored.
  bool shifted(int unit, int n, CivilDate& out) const noexcept;
  // `d` moved by n units.
  static CivilDate shift_from(const CivilDate& d, int unit, int n) noexcept;
  // Writes the value of the period `unit` that contains `d` (2025-W44, 2025-10, 2025, 2025-Q4 ...).
  static void period(std::string& out, int unit, const CivilDate& d);

  // past, future, or present for the nearest one: the `prefer` option fills in when the tense says nothing.
  Direction resolve(Direction dir) const noexcept {
    if (dir != Direction::none) return dir;
    return prefer_ == Prefer::past ? Direction::past : prefer_ == Prefer::future ? Direction::future : Direction::present;
  }

 private:
  Anchor a_;
  Prefer prefer_;
};

}  // namespace textchain::dates

#endif
