#include "narrative.hpp"

namespace textchain::dates {

namespace {

bool digit(std::string_view v, size_t k) noexcept { return k < v.size() && v[k] >= '0' && v[k] <= '9'; }
int two(std::string_view v, size_t k) noexcept { return (v[k] - '0') * 10 + (v[k + 1] - '0'); }

// The calendar fields a TIMEX3 value names, read once per expression: the engine's pattern methods write
// the value directly, so this is where the story's time line learns what they found.
struct ValueFields {
  int year = 0;                                // 0: the value does not start with a year
  int month = 0, day = 0;                      // 0: not named
  char period = 0;                             // 'Q' or 'H' for "2009-Q3", "2009-H1" (the whole value)
  int period_n = 0;
};

ValueFields read_fields(std::string_view v) noexcept {
  ValueFields f;
  if (!(digit(v, 0) && digit(v, 1) && digit(v, 2) && digit(v, 3)) || (v.size() > 4 && v[4] != '-')) return f;
  f.year = two(v, 0) * 100 + two(v, 2);
  if (digit(v, 5) && digit(v, 6)) {
    f.month = two(v, 5);
    if (v.size() >= 10 && v[7] == '-' && digit(v, 8) && digit(v, 9)) f.day = two(v, 8);
  } else if (v.size() == 7 && (v[5] == 'Q' || v[5] == 'H') && digit(v, 6)) {
    f.period = v[5];
    f.period_n = v[6] - '0';
  }
  return f;
}

}  // namespace

void NamedPeriod::append_after_year(std::string& out) const {
  switch (granularity) {
    case Granularity::month:
      out.push_back('-');
      append_num(out, n, 2);
      break;
    case Granularity::quarter:
      out += "-Q";
      append_num(out, n, 1);
      break;
    case Granularity::half:
      out += "-H";
      append_num(out, n, 1);
      break;
    default:
      break;
  }
}

void NarrativeContext::note(TimexType type, std::string_view value, uint32_t end, bool backward) noexcept {
  if (type != TimexType::date && type != TimexType::time) return;
  if (value.size() == 6 && value[0] == 'F' && value[1] == 'Y') {  // a whole fiscal year, "FY2025"
    const ValueFields fy = read_fields(value.substr(2));
    if (fy.year != 0) {
      last_fiscal_year_ = fy.year;
      last_fiscal_year_end_ = end;
    }
    return;
  }
  const ValueFields f = read_fields(value);
  if (f.year == 0) return;
  if (f.day != 0) {
    last_day_ = CivilDate{f.year, f.month, f.day};
    last_day_end_ = end;
  }
  if (!backward) {
    ref_year_ = f.year;
    ref_is_month_ = false;
    if (f.month >= 1 && f.month <= 12) {
      ref_month_ = CivilDate{f.year, f.month, 1};
      if (f.day != 0 && valid_date(f.year, f.month, f.day)) ref_day_ = CivilDate{f.year, f.month, f.day};
      else ref_is_month_ = type == TimexType::date && value.size() == 7;
    }
  }
  if (type != TimexType::date) return;
  if (value.size() == 4) {
    last_year_ = f.year;
    last_year_end_ = end;
  }
  if (f.month != 0) {
    last_month_ = NamedPeriod{f.year, Granularity::month, f.month};
    last_month_end_ = end;
    // A day ("closed on November 28") dates an event; a period compared is a named month or quarter.
    if (value.size() == 7) last_period_ = last_month_;
  } else if (f.period != 0) {
    const NamedPeriod p{f.year, f.period == 'Q' ? Granularity::quarter : Granularity::half, f.period_n};
    last_quarter_ = f.period == 'Q' ? p : NamedPeriod{};
    last_period_ = p;
  }
}

}  // namespace textchain::dates
