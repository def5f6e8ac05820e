#include "document/iso_date_time.hpp"

#include "document/iso_date.hpp"

namespace textchain::document {

namespace {
// The two digits at s[i], i+1 as a number; -1 when they are not two digits.
int two_digits(std::string_view s, size_t i) noexcept {
  if (i + 2 > s.size() || s[i] < '0' || s[i] > '9' || s[i + 1] < '0' || s[i + 1] > '9') return -1;
  return (s[i] - '0') * 10 + (s[i + 1] - '0');
}
}  // namespace

bool split_iso_date_time(std::string_view s, std::string_view& date, std::string& reference_time) {
  if (s.size() == 10) {
    if (!is_iso_date(s)) return false;
    date = s;
    reference_time.clear();
    return true;
  }
  if (s.size() < 16 || !is_iso_date(s.substr(0, 10)) || (s[10] != 'T' && s[10] != ' ')) return false;
  const int hour = two_digits(s, 11), minute = two_digits(s, 14);
  if (hour < 0 || hour > 23 || s[13] != ':' || minute < 0 || minute > 59) return false;
  size_t i = 16;
  if (i < s.size() && s[i] == ':') {
    const int second = two_digits(s, i + 1);
    if (second < 0 || second > 59) return false;
    i += 3;
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
      const size_t first = ++i;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      if (i == first) return false;
    }
  }
  // The zone, written one way whatever form it had.
  std::string zone;
  if (i < s.size()) {
    if (s[i] == 'Z' && i + 1 == s.size()) {
      zone = "Z";
    } else if (s[i] == '+' || s[i] == '-') {
      const int oh = two_digits(s, i + 1);
      int om = 0;
      const size_t rest = s.size() - (i + 3);
      if (oh < 0 || oh > 23) return false;
      if (rest == 3 && s[i + 3] == ':') om = two_digits(s, i + 4);
      else if (rest == 2) om = two_digits(s, i + 3);
      else if (rest != 0) return false;
      if (om < 0 || om > 59) return false;
      zone.assign(s.substr(i, 3));
      zone.push_back(':');
      zone.push_back(static_cast<char>('0' + om / 10));
      zone.push_back(static_cast<char>('0' + om % 10));
    } else {
      return false;
    }
  }
  date = s.substr(0, 10);
  reference_time.assign(s.substr(11, 5));
  reference_time += zone;
  return true;
}

}  // namespace textchain::document
