#include "bench/machine_info.hpp"

#include <sys/resource.h>
#include <sys/utsname.h>

#include <ctime>
#include <fstream>
#include <thread>

namespace textchain::bench {

MachineInfo machine_info() {
  MachineInfo m;
  m.logical_cores = std::thread::hardware_concurrency();
  std::ifstream cpuinfo("/proc/cpuinfo");
  std::string line;
  while (std::getline(cpuinfo, line)) {
    // x86 says "model name", some ARM kernels only "Hardware" or "Processor".
    if (line.rfind("model name", 0) == 0 || line.rfind("Hardware", 0) == 0 || line.rfind("Processor", 0) == 0) {
      const size_t colon = line.find(':');
      if (colon == std::string::npos) continue;
      std::string v = line.substr(colon + 1);
      const size_t b = v.find_first_not_of(" \t");
      if (b == std::string::npos) continue;
      m.cpu_model = v.substr(b);
      if (line.rfind("model name", 0) == 0) break;
    }
  }
  if (m.cpu_model.empty()) m.cpu_model = "unknown";
  struct utsname u {};
  if (uname(&u) == 0) m.os = std::string(u.sysname) + " " + u.release + " " + u.machine;
  return m;
}

uint64_t peak_rss_bytes() {
  struct rusage r {};
  if (getrusage(RUSAGE_SELF, &r) != 0) return 0;
  return static_cast<uint64_t>(r.ru_maxrss) * 1024u;  // Linux reports kilobytes
}

uint64_t process_cpu_ns() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<uint64_t>(ts.tv_sec) * 1000000000ull + static_cast<uint64_t>(ts.tv_nsec);
}

}  // namespace textchain::bench
