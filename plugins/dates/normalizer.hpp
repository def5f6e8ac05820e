// TIMEX3 values: formatting calendar values and resolving relative ones against the anchor, in the
// direction the sentence's tense gives (or the `prefer` option when it gives none).
#ifndef TEXTCHAIN_DATES_NORMALIZER_HPP
#define TEXTCHAIN_DATES_NORMALIZER_HPP

#include "calendar.hpp"
#include "lexicon.hpp"

#include <string>

namespace textchain::dates {

enum class Prefer : uint8_t { past, future, nearest };

// -1 past, +1 future, 2 present (the nearest), 0 unknown (the `prefer` option).
using Direction = int;

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
  // The date of a weekday seen from the anchor; false when unanchored.
  bool weekday_date(int wd, Direction dir, CivilDate& out) const noexcept;
  // The anchor moved by n units (day, week, month, year ...). False when unanchored.
  bool shifted(int unit, int n, CivilDate& out) const noexcept;
  // `d` moved by n units.
  static CivilDate shift_from(const CivilDate& d, int unit, int n) noexcept;
  // Writes the value of the period `unit` that contains `d` (2025-W44, 2025-10, 2025, 2025-Q4 ...).
  static void period(std::string& out, int unit, const CivilDate& d);

  Direction resolve(Direction dir) const noexcept {
    if (dir == 2) return 0;  // present tense: the nearest month, whatever `prefer` says
    if (dir != 0) return dir;
    return prefer_ == Prefer::past ? -1 : prefer_ == Prefer::future ? 1 : 0;
  }

 private:
  Anchor a_;
  Prefer prefer_;
};

}  // namespace textchain::dates

#endif
