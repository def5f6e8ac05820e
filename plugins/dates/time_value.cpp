#include "time_value.hpp"

#include "normalizer.hpp"

namespace textchain::dates {

namespace {

void format_ref(TimeRef ref, std::string& out) {
  switch (ref) {
    case TimeRef::present: out += "PRESENT_REF"; break;
    case TimeRef::past: out += "PAST_REF"; break;
    case TimeRef::future: out += "FUTURE_REF"; break;
    case TimeRef::none: break;
  }
}

void format_point(const TimeValue& v, std::string& out) {
  if (v.fiscal) out += "FY";
  switch (v.granularity) {
    case Granularity::century: append_num(out, v.year / 100, 2); return;
    case Granularity::decade: append_num(out, v.year / 10, 3); return;
    case Granularity::year: Normalizer::year(out, v.year); return;
    case Granularity::half:
      Normalizer::year(out, v.year);
      out += "-H";
      append_num(out, v.half, 1);
      return;
    case Granularity::quarter:
      Normalizer::year(out, v.year);
      out += "-Q";
      append_num(out, v.quarter, 1);
      return;
    case Granularity::season: Normalizer::season(out, v.year, v.season); return;
    case Granularity::month: Normalizer::month(out, v.year, v.month); return;
    case Granularity::week:
      Normalizer::year(out, v.year);
      out += "-W";
      append_num(out, v.week, 2);
      if (v.weekday == TimeValue::kWeekend) out += "-WE";
      return;
    case Granularity::weekday:
      out += "XXXX-WXX-";
      if (v.weekday == TimeValue::kWeekend) out += "WE";
      else append_num(out, v.weekday, 1);
      if (v.part_of_day_set) Normalizer::part_of_day(out, v.part_of_day);
      return;
    case Granularity::day: Normalizer::day(out, v.year, v.month, v.day); return;
    case Granularity::part_of_day:
      if (v.day < 0) out += "XXXX-XX-XX";  // a part of any day: "every morning"
      else Normalizer::day(out, v.year, v.month, v.day);
      Normalizer::part_of_day(out, v.part_of_day);
      return;
    case Granularity::minute:
      Normalizer::day(out, v.year, v.month, v.day);
      Normalizer::time_of_day(out, v.hour, v.minute < 0 ? 0 : v.minute, 0, false);
      return;
    case Granularity::none: Normalizer::year(out, v.year); return;
  }
}

}  // namespace

void format_timex(const TimeValue& v, std::string& out) {
  if (v.ref != TimeRef::none) return format_ref(v.ref, out);
  switch (v.type) {
    case TimexType::duration: Normalizer::duration(out, v.amount, v.unit); return;
    case TimexType::set:
      // A recurrence with no calendar field recurs every amount of units: "yearly" P1Y, "every two weeks" P2W; with
      // no amount, several, as a DURATION's ("every few years" PXY).
      if (v.granularity == Granularity::none) return Normalizer::duration(out, v.amount, v.unit);
      return format_point(v, out);
    case TimexType::date:
    case TimexType::time: return format_point(v, out);
  }
}

}  // namespace textchain::dates
