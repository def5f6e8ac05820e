// The machine a benchmark ran on, so that figures from different runs can be told apart.
#ifndef TEXTCHAIN_BENCH_MACHINE_INFO_HPP
#define TEXTCHAIN_BENCH_MACHINE_INFO_HPP

#include <cstdint>
#include <string>

namespace textchain::bench {

struct MachineInfo {
  std::string cpu_model;       // "model name" of /proc/cpuinfo, or "unknown"
  unsigned logical_cores = 0;  // std::thread::hardware_concurrency
  std::string os;              // uname: sysname release machine
};

MachineInfo machine_info();

// Peak resident set size of this process so far, in bytes (getrusage).
uint64_t peak_rss_bytes();

// Process-wide CPU time (all threads), in nanoseconds.
uint64_t process_cpu_ns();

}  // namespace textchain::bench

#endif
