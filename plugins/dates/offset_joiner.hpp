// A length counted from a date written beside it: "two weeks after May 4", "3 days before next Friday",
// "a month from Christmas" are one DATE, the date moved by the length (TIMEX2 and TimeML's "ten days before
// ..." with the date computed). Only when both parts are TIMEX3 expressions of their own.
#ifndef TEXTCHAIN_DATES_OFFSET_JOINER_HPP
#define TEXTCHAIN_DATES_OFFSET_JOINER_HPP

#include "timex.hpp"

#include <string_view>
#include <vector>

namespace textchain::dates {

// Joins in place every DURATION of whole days, weeks, months or years followed by `after`, `before` or
// `from` and a DATE naming a day (or a month, for months and years): the pair becomes one DATE.
void join_offsets(std::string_view text, std::vector<Timex>& found);

}  // namespace textchain::dates

#endif
