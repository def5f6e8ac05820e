#include "bench/clock_cost.hpp"

#include "document/view_timer.hpp"

#include <algorithm>
#include <vector>

namespace textchain::bench {
namespace {

// The clocks as the host's chain runner reads them around a step.
using document::steady_ns;
using document::thread_cpu_ns;

double median(std::vector<double>& v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

}  // namespace

ClockCost measure_clock_cost(size_t samples) {
  // Empty intervals one at a time for the share inside a step; batches of them, timed from outside, for
  // the whole cost. Medians, so that a preemption on a loaded machine moves neither.
  constexpr size_t kBatch = 16;
  const size_t batches = std::max<size_t>(1, samples / kBatch);
  std::vector<double> inside_wall, inside_cpu, step_wall, step_cpu;
  inside_wall.reserve(batches * kBatch);
  inside_cpu.reserve(batches * kBatch);
  step_wall.reserve(batches);
  step_cpu.reserve(batches);
  for (size_t b = 0; b < batches; ++b) {
    const uint64_t batch_wall0 = steady_ns(), batch_cpu0 = thread_cpu_ns();
    for (size_t k = 0; k < kBatch; ++k) {
      const uint64_t wall0 = steady_ns();
      const uint64_t cpu0 = thread_cpu_ns();
      const uint64_t wall = steady_ns() - wall0;
      const uint64_t cpu = thread_cpu_ns() - cpu0;
      inside_wall.push_back(static_cast<double>(wall));
      inside_cpu.push_back(static_cast<double>(cpu));
    }
    const uint64_t batch_wall = steady_ns() - batch_wall0, batch_cpu = thread_cpu_ns() - batch_cpu0;
    step_wall.push_back(static_cast<double>(batch_wall) / kBatch);
    step_cpu.push_back(static_cast<double>(batch_cpu) / kBatch);
  }
  ClockCost c;
  c.inside_wall_ns = median(inside_wall);
  c.inside_cpu_ns = median(inside_cpu);
  c.per_step_wall_ns = std::max(median(step_wall), c.inside_wall_ns);
  c.per_step_cpu_ns = std::max(median(step_cpu), c.inside_cpu_ns);
  return c;
}

double less_clock(double sum_ns, double intervals, double per_interval_ns) {
  return std::max(0.0, sum_ns - intervals * per_interval_ns);
}

uint64_t less_clock(uint64_t interval_ns, double per_interval_ns) {
  const double left = static_cast<double>(interval_ns) - per_interval_ns;
  return left > 0 ? static_cast<uint64_t>(left + 0.5) : 0;
}

}  // namespace textchain::bench
