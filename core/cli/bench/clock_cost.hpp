// The cost of `textchain bench`'s own per-step clock reads, measured so that it can be taken out of the steps.
//
// The host's step observer reads the steady clock and the calling thread's CPU clock
// (CLOCK_THREAD_CPUTIME_ID) before and after every step of every document. No per-thread CPU clock is
// cheaper and exact: Linux serves CLOCK_THREAD_CPUTIME_ID with a system call (no vDSO), on a virtual machine
// about 0.6 µs; getrusage(RUSAGE_THREAD) is a system call too and counts microseconds; a cycle counter read
// with rdpmc counts cycles, not time, and a VM often has none. Each step's interval therefore holds about
// one read's cost, a fifth of a cheap step on a short document, and the reads after a step count in no
// step at all. Timing a step over a batch of documents would need the chain to run step by step over a
// batch, which it does not (each document goes through the whole chain in turn). So the bench measures an
// empty interval, read exactly as the host reads a step's, before every measured pass, and takes that out
// of every interval; the reads' whole cost becomes a row of its own, "(clock)", not part of "(host)".
#ifndef TEXTCHAIN_BENCH_CLOCK_COST_HPP
#define TEXTCHAIN_BENCH_CLOCK_COST_HPP

#include <cstddef>
#include <cstdint>

namespace textchain::bench {

struct ClockCost {
  // What one step's interval holds of the reads at its two ends (the medians of the empty intervals).
  double inside_wall_ns = 0, inside_cpu_ns = 0;
  // Everything the reads of one step cost, inside its interval and after it (medians of batches).
  double per_step_wall_ns = 0, per_step_cpu_ns = 0;
};

// Reads `samples` empty intervals the way the host's step observer reads a step (steady clock, then the
// thread's CPU clock; after the step the steady clock, then the CPU clock), on the calling thread.
ClockCost measure_clock_cost(size_t samples);

// A time summed over `intervals` intervals, with `per_interval_ns` taken out of each; never below zero (a
// step that costs less than the clock's own variation shows as zero, not as a negative time).
double less_clock(double sum_ns, double intervals, double per_interval_ns);

// One interval (one document's latency) with `per_interval_ns` taken out; never below zero.
uint64_t less_clock(uint64_t interval_ns, double per_interval_ns);

}  // namespace textchain::bench

#endif
