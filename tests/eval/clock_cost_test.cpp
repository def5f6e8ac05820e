// `textchain bench` takes the cost of its own per-step clock reads out of each step: the arithmetic, on
// made-up figures (no timing is asserted), and the calibration's internal consistency.
#include "bench/clock_cost.hpp"

#include <gtest/gtest.h>

#include <cmath>

using namespace textchain::bench;

TEST(ClockCost, SumLosesOneReadPerInterval) {
  // 10 documents, 10,000 ns in all, 620 ns of clock per interval: 3,800 ns are the step's.
  EXPECT_DOUBLE_EQ(less_clock(10000.0, 10, 620.0), 3800.0);
  EXPECT_DOUBLE_EQ(less_clock(10000.0, 0, 620.0), 10000.0);
  EXPECT_DOUBLE_EQ(less_clock(10000.0, 10, 0.0), 10000.0);  // --raw-clock: nothing taken out
}

TEST(ClockCost, NeverBelowZero) {
  // A step cheaper than the clock's own variation shows as zero, not as a negative time.
  EXPECT_DOUBLE_EQ(less_clock(5000.0, 10, 620.0), 0.0);
  EXPECT_DOUBLE_EQ(less_clock(-3.0, 1, 0.0), 0.0);
  EXPECT_EQ(less_clock(uint64_t{600}, 620.0), 0u);
  EXPECT_EQ(less_clock(uint64_t{620}, 620.0), 0u);
}

TEST(ClockCost, OneIntervalRoundsToTheNearestNanosecond) {
  EXPECT_EQ(less_clock(uint64_t{700}, 620.4), 80u);  // 79.6
  EXPECT_EQ(less_clock(uint64_t{700}, 620.6), 79u);  // 79.4
  EXPECT_EQ(less_clock(uint64_t{700}, 0.0), 700u);
}

TEST(ClockCost, TheWholeCostOfAStepsReadsHoldsTheShareInsideIt) {
  const ClockCost c = measure_clock_cost(64);
  for (double v : {c.inside_cpu_ns, c.inside_wall_ns, c.per_step_cpu_ns, c.per_step_wall_ns}) {
    EXPECT_TRUE(std::isfinite(v));
    EXPECT_GE(v, 0.0);
  }
  EXPECT_GE(c.per_step_cpu_ns, c.inside_cpu_ns);
  EXPECT_GE(c.per_step_wall_ns, c.inside_wall_ns);
}
