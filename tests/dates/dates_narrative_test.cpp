// The typed narrative context: what the story has named, read from each expression found.
#include "narrative.hpp"

#include <gtest/gtest.h>

using namespace textchain::dates;

TEST(DatesNarrative, ADayMovesTheDayMonthAndReference) {
  NarrativeContext n;
  EXPECT_FALSE(n.has_day());
  n.note(TimexType::date, "2009-06-05", 40, false);
  ASSERT_TRUE(n.has_day());
  EXPECT_EQ(n.last_day().year, 2009);
  EXPECT_EQ(n.last_day().month, 6);
  EXPECT_EQ(n.last_day().day, 5);
  EXPECT_EQ(n.last_day_end(), 40u);
  EXPECT_EQ(n.last_month().granularity, Granularity::month);
  EXPECT_EQ(n.last_month().n, 6);
  EXPECT_FALSE(n.last_period().known());  // a day dates an event; it names no period to compare with
  EXPECT_EQ(n.reference_day().day, 5);
  EXPECT_EQ(n.reference_year(), 2009);
}

TEST(DatesNarrative, AComparisonBackDoesNotMoveTheReference) {
  NarrativeContext n;
  n.note(TimexType::date, "2009-06-05", 10, false);
  n.note(TimexType::date, "2008-06-05", 30, true);  // "a year earlier"
  EXPECT_EQ(n.reference_year(), 2009);
  EXPECT_EQ(n.reference_day().year, 2009);
  EXPECT_EQ(n.last_day().year, 2008);  // but a clock time after it is that day's
}

TEST(DatesNarrative, YearsQuartersAndHalves) {
  NarrativeContext n;
  n.note(TimexType::date, "1977", 12, false);
  EXPECT_EQ(n.last_year(), 1977);
  EXPECT_EQ(n.last_year_end(), 12u);
  EXPECT_EQ(n.reference_year(), 1977);
  EXPECT_EQ(n.reference_month().year, 0);  // no month named yet
  n.note(TimexType::date, "2010-Q3", 20, false);
  EXPECT_EQ(n.last_quarter().granularity, Granularity::quarter);
  EXPECT_EQ(n.last_quarter().n, 3);
  std::string tail;
  n.last_period().append_after_year(tail);
  EXPECT_EQ(tail, "-Q3");
  n.note(TimexType::date, "2010-H1", 30, false);
  EXPECT_FALSE(n.last_quarter().known());
  tail.clear();
  n.last_period().append_after_year(tail);
  EXPECT_EQ(tail, "-H1");
  // Durations, vague references and values without a year leave the story where it was.
  n.note(TimexType::duration, "P2Y", 40, false);
  n.note(TimexType::date, "PRESENT_REF", 50, false);
  n.note(TimexType::date, "XXXX-06-05", 60, false);
  EXPECT_EQ(n.reference_year(), 2010);
  EXPECT_FALSE(n.has_day());
}
