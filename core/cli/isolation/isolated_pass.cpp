#include "isolation/isolated_pass.hpp"

#include "isolation/command_workers.hpp"
#include "isolation/supervisor.hpp"

#include <chrono>
#include <iostream>
#include <optional>
#include <sys/resource.h>

namespace textchain::cli::isolation {
namespace {
uint64_t now_ns() {
  return static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count());
}

// CPU time of this process and of its reaped children.
uint64_t cpu_with_children_ns() {
  uint64_t total = 0;
  for (int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
    rusage u{};
    ::getrusage(who, &u);
    for (const timeval& t : {u.ru_utime, u.ru_stime})
      total += static_cast<uint64_t>(t.tv_sec) * 1000000000ull + static_cast<uint64_t>(t.tv_usec) * 1000ull;
  }
  return total;
}
}  // namespace

IsolatedPass run_isolated_pass(const ChainOptions& chain, size_t jobs, size_t count,
                               const std::function<io::InputDocument(size_t)>& document) {
  IsolatedPass pass;
  const uint64_t cpu0 = cpu_with_children_ns();
  const uint64_t t0 = now_ns();
  // The results are not formatted: the in-process passes of `bench` do not format them either.
  std::optional<textchain::isolation::Supervisor> supervisor;
  try {
    supervisor.emplace(command_worker_hooks(chain, nullptr), jobs, IsolationLimits{30, default_worker_memory_mb()},
                       [&pass](textchain::isolation::Outcome&& out) { pass.failed += !out.result.ok(); },
                       print_warning);
    supervisor->start();
  } catch (const textchain::isolation::StartError& e) {  // mmap, pipe or fork failed: as `run --isolate`
    std::cerr << "textchain: " << e.what() << "\n";
    pass.status = kExitNoWorker;
  } catch (const std::exception& e) {
    pass.status = report_config_error(e);
  }
  pass.startup_ns = now_ns() - t0;
  if (pass.status) return pass;
  for (size_t i = 0; i < count; ++i) {
    io::InputDocument doc = document(i);
    supervisor->submit(std::move(doc.text), {doc.id_text, doc.date, doc.reference_time});
  }
  supervisor->finish();
  pass.wall_ns = now_ns() - t0;
  pass.cpu_ns = cpu_with_children_ns() - cpu0;
  return pass;
}

}  // namespace textchain::cli::isolation
