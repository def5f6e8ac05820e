// The story's time line so far, typed: what the relative expressions that follow ("that day", "two days
// later", "the same month a year ago", a clock time with no day of its own) refer to.
#ifndef TEXTCHAIN_DATES_NARRATIVE_HPP
#define TEXTCHAIN_DATES_NARRATIVE_HPP

#include "calendar.hpp"
#include "time_value.hpp"
#include "timex.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace textchain::dates {

// A month, quarter or half of a year named in the story (granularity none: not yet).
struct NamedPeriod {
  int year = 0;
  Granularity granularity = Granularity::none;  // month, quarter or half
  int n = 0;                                    // 1..12, 1..4 or 1..2

  bool known() const noexcept { return granularity != Granularity::none; }
  // The part of the TIMEX3 value after the year: "-03", "-Q2", "-H1".
  void append_after_year(std::string& out) const;
};

class NarrativeContext {
 public:
  // Takes in an expression the engine found (its TIMEX3 type, value and end offset). `backward`: it
  // counted back from the reference ("a year earlier"), which compares with the story's time and does
  // not move it.
  void note(TimexType type, std::string_view value, uint32_t end, bool backward) noexcept;

  // The latest expression that named a calendar day (year 0: none), and where it ended: a clock time
  // with no day of its own, "the day", "a second straight day" refer to it.
  const CivilDate& last_day() const noexcept { return last_day_; }
  bool has_day() const noexcept { return last_day_.year != 0; }
  uint32_t last_day_end() const noexcept { return last_day_end_; }

  // The latest month named with its year ("2009-02", "June 5, 2009"), and where it ended: "from June to
  // August" shares its year.
  const NamedPeriod& last_month() const noexcept { return last_month_; }
  uint32_t last_month_end() const noexcept { return last_month_end_; }
  // The latest quarter named, and the latest month, quarter or half named as a period (a day dates an
  // event, it does not name a period): what "the same quarter / period a year ago" compares with.
  const NamedPeriod& last_quarter() const noexcept { return last_quarter_; }
  const NamedPeriod& last_period() const noexcept { return last_period_; }

  // The latest bare year ("2009") and where it ended: "2009-2011" reads the second year as a range's end.
  int last_year() const noexcept { return last_year_; }
  uint32_t last_year_end() const noexcept { return last_year_end_; }
  // The latest fiscal year ("FY2025") and where it ended: "fiscal years 2025 and 2026", "fiscal 2024 through
  // 2026" list fiscal years, the later ones written bare.
  int last_fiscal_year() const noexcept { return last_fiscal_year_; }
  uint32_t last_fiscal_year_end() const noexcept { return last_fiscal_year_end_; }

  // The narrative's reference time (TimeML) at each granularity: the latest date named with a day, with
  // a month, with a year (year 0: none yet). "Two days later", "the following year" count from it, as a
  // story that moved to "in 1977" goes on from there ("a year later" is 1978).
  const CivilDate& reference_day() const noexcept { return ref_day_; }
  const CivilDate& reference_month() const noexcept { return ref_month_; }
  int reference_year() const noexcept { return ref_year_; }
  // Whether the latest reference named a month and no day of it ("most recently last October"): "that same
  // day" is then a day of that month not known (TimeML: 1998-10-XX), not the last day named before it.
  bool reference_is_month() const noexcept { return ref_is_month_; }

 private:
  CivilDate last_day_;
  uint32_t last_day_end_ = 0;
  NamedPeriod last_month_, last_quarter_, last_period_;
  uint32_t last_month_end_ = 0;
  int last_year_ = 0;
  uint32_t last_year_end_ = 0;
  int last_fiscal_year_ = 0;
  uint32_t last_fiscal_year_end_ = 0;
  CivilDate ref_day_, ref_month_;
  int ref_year_ = 0;
  bool ref_is_month_ = false;
};

}  // namespace textchain::dates

#endif
