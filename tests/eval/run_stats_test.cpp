#include "bench/machine_info.hpp"
#include "bench/run_stats.hpp"

#include <gtest/gtest.h>

#include <vector>

using namespace textchain::bench;

TEST(RunStats, SpreadIsMedianMinMax) {
  Spread odd = spread({5, 1, 3});
  EXPECT_DOUBLE_EQ(odd.median, 3);
  EXPECT_DOUBLE_EQ(odd.min, 1);
  EXPECT_DOUBLE_EQ(odd.max, 5);
  EXPECT_DOUBLE_EQ(spread({4, 1, 3, 2}).median, 2.5);
  EXPECT_DOUBLE_EQ(spread({}).median, 0);
}

TEST(RunStats, NearestRankPercentiles) {
  std::vector<uint64_t> v;
  for (uint64_t i = 100; i >= 1; --i) v.push_back(i);  // 1..100, unsorted
  EXPECT_DOUBLE_EQ(percentile(v, 50), 50);
  EXPECT_DOUBLE_EQ(percentile(v, 99), 99);
  EXPECT_DOUBLE_EQ(percentile(v, 100), 100);
  EXPECT_DOUBLE_EQ(percentile(v, 0), 1);
  std::vector<uint64_t> three{30, 10, 20};
  EXPECT_DOUBLE_EQ(percentile(three, 50), 20);
  EXPECT_DOUBLE_EQ(percentile(three, 99), 30);
  std::vector<uint64_t> none;
  EXPECT_DOUBLE_EQ(percentile(none, 50), 0);
}

TEST(MachineInfo, ReportsSomethingForEveryField) {
  const MachineInfo m = machine_info();
  EXPECT_FALSE(m.cpu_model.empty());
  EXPECT_GE(m.logical_cores, 1u);
  std::vector<char> touch(8 << 20, 1);  // the peak can only grow past what this process touched
  EXPECT_GE(peak_rss_bytes(), touch.size());
}
