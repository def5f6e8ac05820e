// Summaries for `textchain bench`: the median over repeats with its min and max (so noise is visible),
// and nearest-rank percentiles of per-document latencies.
#ifndef TEXTCHAIN_BENCH_RUN_STATS_HPP
#define TEXTCHAIN_BENCH_RUN_STATS_HPP

#include <cstdint>
#include <vector>

namespace textchain::bench {

struct Spread {
  double median = 0, min = 0, max = 0;
};

// Median (mean of the two middle values for an even count), min and max; zeros when empty.
Spread spread(std::vector<double> values);

// Nearest-rank percentile (p in [0, 100]) of `values`; 0 when empty. Sorts `values`.
double percentile(std::vector<uint64_t>& values, double p);

}  // namespace textchain::bench

#endif
