// The grammar's pattern methods that produce clock times (TIMEX3 TIME): "9:30 a.m. EST", "14:00-17:30",
// "noon on Saturday", "tonight", "in morning trading", with the day each belongs to.
#include "grammar.hpp"
#include "token_tests.hpp"

namespace textchain::dates {

namespace {
struct Clock {
  int hour = -1, minute = 0, second = 0;
  bool seconds = false;
  bool marker = false;  // am/pm or a part of the day was given
  int zone = kZoneUnknown;  // the lexicon's zone value
};

bool is_ampm_at(Window& w, int i, int& pm, int& next) {
  const Tok& t = w.at(i);
  if (is_kind(t, Kind::ampm)) {
    pm = t.lex.value;
    next = i + 1;
    if (w.at(next).is_punct('.') && w.at(next).glued()) {
      // "a.m." is read as a . m . ; "am." at a sentence end keeps its period outside.
    }
    return true;
  }
  if (t.is_word() && t.size() == 1 && w.at(i + 1).is_punct('.') && w.at(i + 1).glued() && in_set(w.at(i + 2), WS_MERIDIEM_M) &&
      w.at(i + 2).glued()) {
    const char c = w.text()[t.begin] | 0x20;
    if (c != 'a' && c != 'p') return false;
    pm = c == 'p' ? 12 : 0;
    next = i + 3;
    if (w.at(next).is_punct('.') && w.at(next).glued()) ++next;
    return true;
  }
  return false;
}

// A zone named by its region ("Eastern time", "Pacific Standard Time", "local time"): the tokens it takes, 0 when
// none. The region alone is no zone ("at 9 a.m. Pacific shares rose"); with "time" only, its offset is left out,
// as ET's is (standard or daylight time by the season); "standard" gives the region's offset, "daylight" one more.
int region_zone_at(Window& w, int j, int& zone) {
  const Tok& region = w.at(j);
  if (!is_kind(region, Kind::zone) || !(region.lex.flags & F_AMBIGUOUS)) return 0;
  int k = j + 1;
  int offset = kZoneUnknown;
  if (region.lex.value != kZoneUnknown && in_set(w.at(k), WS_ZONE_STANDARD | WS_ZONE_DAYLIGHT)) {
    offset = region.lex.value + (in_set(w.at(k), WS_ZONE_DAYLIGHT) ? 1 : 0);
    ++k;
  }
  if (!in_set(w.at(k), WS_ZONE_TIME)) return 0;
  zone = offset;
  return k + 1 - j;
}

// The zone written after a clock, noon or midnight ("EST", "GMT+8", "Eastern time"): the tokens it takes, 0
// when none; zone is set to the lexicon's zone value, or the offset read.
int zone_at(Window& w, int j, int& zone) {
  if (const int n = region_zone_at(w, j, zone)) return n;
  const Tok& z = w.at(j);
  if (!is_kind(z, Kind::zone) || (z.lex.flags & F_AMBIGUOUS) || (!z.all_caps && z.size() <= 2 && !z.glued())) return 0;
  zone = z.lex.value;
  // "GMT+8", "UTC -5": an explicit offset from UTC, whole hours up to 14.
  const Tok& sign = w.at(j + 1);
  if (zone == kZoneUtc && (sign.is_punct('+') || sign.is_punct('-')) && w.at(j + 2).is_num() && w.at(j + 2).glued() &&
      w.at(j + 2).ndigits <= 2 && w.at(j + 2).num <= 14) {
    const int off = static_cast<int>(w.at(j + 2).num);
    zone = sign.is_punct('+') ? kZoneUtc + off : kZoneUtc - off;
    return 3;
  }
  return 1;
}

// h:mm[:ss] [am|pm] [zone] | h am|pm [zone] | hhmm zone
bool clock_at(Window& w, int i, Clock& c, int& next) {
  const Tok& h = w.at(i);
  if (!h.is_num()) return false;
  int j = i + 1;
  bool need_marker = false;
  // "7.30am", "10.15 pm": British clocks use a point, which a decimal number does too, so the point
  // counts only when am/pm follows.
  const bool point = w.at(j).is_punct('.');
  if (h.ndigits <= 2 && (w.at(j).is_punct(':') || point) && w.at(j).glued() && w.at(j + 1).is_num() &&
      w.at(j + 1).glued() && w.at(j + 1).ndigits == 2) {
    need_marker = point;
    c.hour = static_cast<int>(h.num);
    c.minute = static_cast<int>(w.at(j + 1).num);
    j += 2;
    if (w.at(j).is_punct(':') && w.at(j).glued() && w.at(j + 1).is_num() && w.at(j + 1).glued() &&
        w.at(j + 1).ndigits == 2) {
      c.second = static_cast<int>(w.at(j + 1).num);
      c.seconds = true;
      j += 2;
    }
    if (c.hour > 24 || c.minute > 59 || c.second > 59 || (c.hour == 24 && (c.minute || c.second))) return false;
  } else if (h.ndigits == 4 && is_kind(w.at(j), Kind::zone) && w.at(j).lex.value == kZoneUtc) {
    c.hour = static_cast<int>(h.num / 100);
    c.minute = static_cast<int>(h.num % 100);
    if (c.hour > 23 || c.minute > 59) return false;
  } else if (h.ndigits <= 2) {
    c.hour = static_cast<int>(h.num);
    need_marker = true;
  } else {
    return false;
  }
  int pm = -1, k = j;
  if (is_ampm_at(w, j, pm, k)) {
    if (c.hour < 1 || c.hour > 12) return false;
    c.hour = c.hour % 12 + pm;
    c.marker = true;
    j = k;
  } else if (c.hour >= 1 && c.hour <= 12 && !point &&
             ((is_kind(w.at(j), Kind::preposition) && w.at(j).lex.value == PR_IN && is_kind_value(w.at(j + 1), Kind::article, AR_THE) &&
               is_kind(w.at(j + 2), Kind::part_of_day)) ||
              (is_kind(w.at(j), Kind::preposition) && w.at(j).lex.value == PR_AT && is_kind_value(w.at(j + 1), Kind::part_of_day, P_NIGHT)))) {
    // "6 in the morning", "11 at night"
    const bool at = w.at(j).lex.value == PR_AT;
    const int part = at ? static_cast<int>(P_NIGHT) : static_cast<int>(w.at(j + 2).lex.value);
    const bool after_noon = part == P_AFTERNOON || part == P_EVENING || (part == P_NIGHT && c.hour >= 6);
    c.hour = c.hour % 12 + (after_noon ? 12 : 0);
    c.marker = true;
    j += at ? 2 : 3;
  } else if (need_marker) {
    // "o'clock"
    if (in_set(w.at(j), WS_OCLOCK) && w.at(j + 1).kind == TokKind::punct && w.at(j + 1).punct == '\'' &&
        in_set(w.at(j + 2), WS_OCLOCK) && c.hour >= 1 && c.hour <= 12) {
      j += 3;
    } else {
      return false;
    }
  }
  next = j + zone_at(w, j, c.zone);
  return true;
}

void append_clock(std::string& v, const Clock& c) {
  Normalizer::time_of_day(v, c.hour, c.minute, c.second, c.seconds);
  // ISO 8601, as TIMEX3 values are: UTC is "Z", another known zone its offset ("9:30 a.m. EST" is
  // T09:30-05:00); a zone whose offset depends on the season ("ET") adds nothing.
  if (c.zone == kZoneUtc) {
    v.push_back('Z');
  } else if (c.zone != kZoneUnknown) {
    const int off = c.zone - kZoneUtc;
    v.push_back(off < 0 ? '-' : '+');
    append_num(v, off < 0 ? -off : off, 2);
    v += ":00";
  }
}
}  // namespace

void Grammar::resolve_time_day(Window& w, int& next, std::string& date_part, uint32_t begin) {
  const Tok& t = w.at(next);
  CivilDate d;
  if (is_kind(t, Kind::deictic)) {
    const uint8_t v = t.lex.value;
    if (v == D_TODAY || v == D_YESTERDAY || v == D_TOMORROW) {
      ++next;
      if (norm_.shifted(U_DAY, v == D_TODAY ? 0 : v == D_YESTERDAY ? -1 : 1, d)) Normalizer::day(date_part, d);
      else date_part = "XXXX-XX-XX";
      return;
    }
  }
  if (is_kind(t, Kind::part_of_day) && t.lex.value == P_TONIGHT) ++next;
  int k = next;
  if (is_kind(w.at(k), Kind::preposition) && w.at(k).lex.value == PR_ON) ++k;
  if (is_kind(w.at(k), Kind::weekday) && !(w.at(k).lex.flags & (F_AMBIGUOUS | F_PLURAL))) {
    const int wd = w.at(k).lex.value;
    next = k + 1;
    // "noon on Saturday, August 29", "3 p.m. Friday 12 June": the date written after the weekday is its
    // day, and the clock, the weekday and the date are one TIMEX3 (TimeML marks the whole expression,
    // as "Saturday, August 29" alone is one DATE). The date's value wins when the weekday disagrees.
    {
      Expr d2;
      const int m = w.at(next).is_punct(',') ? next + 1 : next;
      if (date_after_weekday(w, m, d2) && d2.value.size() >= 10 && d2.value[0] != 'X') {
        date_part.assign(d2.value, 0, 10);
        if (d2.value.size() == 10) next = d2.next;  // a plain day; a range or a clock of its own stays apart
        return;
      }
    }
    if (norm_.weekday_date(wd, weekday_tense(wd, begin, w.at(k).end), d)) Normalizer::day(date_part, d);
    else {
      date_part = "XXXX-WXX-";
      append_num(date_part, wd, 1);
    }
    return;
  }
  if (weekday_after_aside(w, next, begin, date_part)) return;
  // "at 09:40 UTC, March 3rd": the day written right after the clock is its day. It stays its own
  // expression, so only its value is read here.
  {
    int m = next;
    if (w.at(m).is_punct(',')) ++m;
    if (is_kind(w.at(m), Kind::preposition) && w.at(m).lex.value == PR_ON) ++m;
    Expr d2;
    if ((is_kind(w.at(m), Kind::month) || w.at(m).is_num()) && date_after_weekday(w, m, d2) && d2.value.size() >= 10 &&
        d2.value[0] != 'X') {
      date_part.assign(d2.value, 0, 10);
      return;
    }
  }
  // A clock time with no day of its own takes the day just named in its paragraph, where the story
  // goes on ("the roof fell in on Sunday. A neighbour called at 7am"); a new paragraph opens a new
  // item, whose hours are the reporting day's, the anchor's.
  if (story_.has_day() && norm_.anchored() && paragraph_break(story_.last_day_end(), begin)) {
    Normalizer::day(date_part, norm_.anchor().date);
    return;
  }
  if (!day_context(date_part)) date_part = "XXXX-XX-XX";
}

// "10:35 a.m. (0735 GMT) Friday": a weekday after the clock's aside in parentheses, or ending it ("4 in the
// morning (4 a.m. EDT Thursday)"), is the clock's day.
// The span stays the clock's; only the day is read.
bool Grammar::weekday_after_aside(Window& w, int k, uint32_t begin, std::string& date_part) {
  if (!w.at(k).is_punct('(')) return false;
  int c = k + 1;
  while (c < k + 8 && !w.at(c).is_punct(')') && w.at(c).kind != TokKind::end && !w.at(c).is_punct('(')) ++c;
  if (!w.at(c).is_punct(')')) return false;
  // "4 in the morning (4 a.m. EDT Thursday)": the aside restates the clock with its weekday, last before ")".
  const bool inside = c > k + 2 && is_kind(w.at(c - 1), Kind::weekday);
  const Tok& wt = inside ? w.at(c - 1) : w.at(c + 1);
  if (!is_kind(wt, Kind::weekday) || (wt.lex.flags & (F_AMBIGUOUS | F_PLURAL))) return false;
  CivilDate d;
  const int wd = wt.lex.value;
  if (!norm_.weekday_date(wd, weekday_tense(wd, begin, wt.end), d)) return false;
  Normalizer::day(date_part, d);
  return true;
}

bool Grammar::time_after(Window& w, int i, int& next, std::string& value) {
  int j = i;
  if (w.at(j).is_punct(',') || (w.at(j).is_punct('.') && w.at(j).glued() && w.at(j + 1).glued() && w.at(j + 1).is_num()))
    ++j;
  const bool at = is_kind(w.at(j), Kind::preposition) && w.at(j).lex.value == PR_AT;
  if (at) ++j;
  if (in_set(w.at(j), WS_ISO_T) && w.at(j).glued()) ++j;
  Clock c;
  int k = 0;
  if (at && is_kind(w.at(j), Kind::noon)) {
    // "Thursday at noon", "March 5 at midnight EST": one TIME, as "Thursday at 4 p.m." is (TimeML marks the day
    // and its clock as one expression). Only after "at": "On Friday, noon prayers ..." names no clock.
    c.hour = value_of(w.at(j), Kind::noon) == NO_NOON ? 12 : 24;
    k = j + 1 + zone_at(w, j + 1, c.zone);
  } else if (!clock_at(w, j, c, k)) {
    return false;
  }
  append_clock(value, c);
  next = k;
  return true;
}

bool Grammar::p_time(Window& w, int i, Expr& e) {
  Clock c;
  int j = 0;
  if (!clock_at(w, i, c, j)) return false;
  // A range "14:00 - 17:30", "3:30-4:30pm": the start takes the second's am/pm when it has none.
  Clock c2;
  int j2 = 0;
  bool range = false;
  if (is_range_word(w.at(j)) && clock_at(w, j + 1, c2, j2)) {
    range = true;
    // "3:30-4:30pm": the first time shares the second's half of the day
    if (!c.marker && c2.marker && c2.hour >= 12 && c.hour < 12 && c.hour + 12 <= c2.hour) c.hour += 12;
  } else if (w.at(j).is_punct('-') && w.at(j + 1).is_num() && w.at(j + 1).ndigits <= 2) {
    // "3:30-4:30pm" where the first clock has no marker
  }
  std::string date_part;
  const int k0 = range ? j2 : j;
  int k = k0;
  resolve_time_day(w, k, date_part, w.at(i).begin);
  // "9 p.m. Friday EST": a zone after the clock's day is the clock's, as one before it is.
  if (!range && k > k0 && !is_kind(w.at(k0 - 1), Kind::zone)) k += zone_at(w, k, c.zone);
  e.begin = w.at(i).begin;
  e.type = TimexType::time;
  e.value = date_part;
  append_clock(e.value, c);
  if (range) {
    e.value.push_back('/');
    e.value += date_part;
    append_clock(e.value, c2);
  }
  e.next = k;
  e.end = w.at(k - 1).end;
  return true;
}


// "noon", "midnight", with the day they belong to.
bool Grammar::p_noon(Window& w, int i, Expr& e) {
  const Tok& t = w.at(i);
  // "noon ET", "midnight EST Tuesday": the zone is the clock's, as after "9:30 a.m.", and the day after it too.
  Clock c;
  c.hour = t.lex.value == NO_NOON ? 12 : 24;
  int k = i + 1 + zone_at(w, i + 1, c.zone);
  std::string date_part;
  resolve_time_day(w, k, date_part, t.begin);
  e.begin = t.begin;
  e.type = TimexType::time;
  e.value = date_part;
  append_clock(e.value, c);
  e.next = k;
  e.end = w.at(k - 1).end;
  return true;
}

}  // namespace textchain::dates
