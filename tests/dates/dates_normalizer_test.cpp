// The TIMEX3 value writers: a year, a month and a day written in one append (put_digits in normalizer.cpp) are
// what the field-by-field writing (append_num, "XXXX" and "XX" for unknown fields) gives, in range and out of it.
#include "calendar.hpp"
#include "normalizer.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace textchain::dates;

namespace {
// The field-by-field writing, as the engine wrote every value before the one-append path.
std::string year_by_field(int y) {
  std::string s;
  if (y < 0) s += "XXXX";
  else append_num(s, y, 4);
  return s;
}
std::string month_by_field(int y, int m) {
  std::string s = year_by_field(y) + '-';
  append_num(s, m, 2);
  return s;
}
std::string day_by_field(int y, int m, int d) {
  std::string s = month_by_field(y, m) + '-';
  if (d < 0) s += "XX";
  else append_num(s, d, 2);
  return s;
}
}  // namespace

TEST(DatesNormalizer, OneAppendValuesAreTheFieldByFieldOnes) {
  const int years[] = {-12, -1, 0, 7, 42, 999, 1000, 2025, 9999, 10000, 123456};
  const int parts[] = {-3, -1, 0, 1, 9, 10, 12, 13, 31, 99, 100, 1234};
  int checked = 0;
  for (const int y : years) {
    std::string got = "prefix ";
    Normalizer::year(got, y);
    ASSERT_EQ(got, "prefix " + year_by_field(y)) << y;
    for (const int m : parts) {
      got = "prefix ";
      Normalizer::month(got, y, m);
      ASSERT_EQ(got, "prefix " + month_by_field(y, m)) << y << ' ' << m;
      for (const int d : parts) {
        got = "prefix ";
        Normalizer::day(got, y, m, d);
        ASSERT_EQ(got, "prefix " + day_by_field(y, m, d)) << y << ' ' << m << ' ' << d;
        ++checked;
      }
    }
  }
  EXPECT_EQ(checked, 11 * 12 * 12);
  std::string v;
  Normalizer::day(v, 2025, 9, 6);
  EXPECT_EQ(v, "2025-09-06");
}
