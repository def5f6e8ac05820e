#include "bench/run_stats.hpp"

#include <algorithm>
#include <cmath>

namespace textchain::bench {

Spread spread(std::vector<double> values) {
  Spread s;
  if (values.empty()) return s;
  std::sort(values.begin(), values.end());
  const size_t n = values.size();
  s.min = values.front();
  s.max = values.back();
  s.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  return s;
}

double percentile(std::vector<uint64_t>& values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  // Nearest rank: the smallest value with at least p% of the values at or below it.
  const double rank = std::ceil(p / 100.0 * static_cast<double>(values.size()));
  const size_t idx = rank < 1 ? 0 : std::min(values.size(), static_cast<size_t>(rank)) - 1;
  return static_cast<double>(values[idx]);
}

}  // namespace textchain::bench
