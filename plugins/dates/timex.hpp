// A temporal expression found in the text: its span and its TIMEX3 attributes.
#ifndef TEXTCHAIN_DATES_TIMEX_HPP
#define TEXTCHAIN_DATES_TIMEX_HPP

#include <cstdint>
#include <string>

namespace textchain::dates {

enum class TimexType : uint8_t { date = 0, time = 1, duration = 2, set = 3 };
const char* type_name(TimexType t) noexcept;  // "DATE", "TIME", "DURATION", "SET"

struct Timex {
  uint32_t begin = 0, end = 0;  // byte offsets, end exclusive
  TimexType type = TimexType::date;
  std::string value;            // TIMEX3 value: 2025-09-27, P3D, XXXX-WXX-1, PAST_REF ...
  uint8_t mod = 0;              // a Mod (lexicon.hpp); 0 = none
};

}  // namespace textchain::dates

#endif
