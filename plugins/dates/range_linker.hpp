// Ranges of time: one record per range with both ends' values, beside the TIMEX3 expressions TimeML keeps
// ("from 2009 to 2011" stays two DATEs; the range says 2009 to 2011). Users of date taggers ask for the
// range as one thing; TimeML has no element for it.
#ifndef TEXTCHAIN_DATES_RANGE_LINKER_HPP
#define TEXTCHAIN_DATES_RANGE_LINKER_HPP

#include "timex.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace textchain::dates {

struct TimexRange {
  uint32_t begin = 0, end = 0;  // byte offsets of the whole range, end exclusive
  TimexType type = TimexType::date;
  std::string begin_value, end_value;
};

// The two ends of an interval value "2025-09-23/2025-09-27" (one expression written as a range, "September
// 23 to 27"); false when `value` is not an interval.
bool split_interval(std::string_view value, std::string_view& begin_value, std::string_view& end_value) noexcept;

// Appends the ranges among `found` (in text order): every expression whose value is an interval, and two
// DATEs or two TIMEs joined by a range word of the lexicon ("2009 to 2011", "May through July",
// "2009-2011", "until") or by "and" after "between" ("between 2009 and 2011").
void link_ranges(std::string_view text, const std::vector<Timex>& found, std::vector<TimexRange>& out);

}  // namespace textchain::dates

#endif
