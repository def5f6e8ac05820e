// A worker process of a Supervisor (supervisor.hpp): forked by it, never exec'd, it builds the chain itself
// (so that a plugin crashing in its create takes down only the worker), then reads documents from its task
// pipe, runs the chain over each and sends the Result back (result_codec.hpp), or, when its owner formats
// records in the workers (WorkerHooks::make_record), the finished record: one output frame per document. It tells the supervisor, through a page of shared memory, which document and which step it is
// in and since when, so that a worker that dies or hangs can be named, and timed. Results are sent in
// small batches (a pipe write and a wake-up of the supervisor per batch, not per document).
#ifndef TEXTCHAIN_ISOLATION_WORKER_HPP
#define TEXTCHAIN_ISOLATION_WORKER_HPP

#include "chain/chain_runner.hpp"

#include <textchain/host.hpp>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace textchain::isolation {

// What a worker is doing, in memory shared with the supervisor (one page per worker slot). Written by the
// worker (its crash handler included: lock-free atomics only), read by the supervisor.
struct WorkerStatus {
  enum Phase : int32_t { kStarting = 0, kIdle = 1, kProcessing = 2 };
  std::atomic<int32_t> phase{kStarting};
  // Odd while the worker changes seq and started_ns together (a seqlock): the supervisor takes a pair only
  // when it read the same even generation before and after it.
  std::atomic<uint32_t> generation{0};
  std::atomic<int32_t> step{-1};       // the step running (kProcessing)
  std::atomic<uint64_t> seq{0};        // the document being processed (kProcessing)
  std::atomic<int64_t> started_ns{0};  // when it started, steady clock
  std::atomic<int32_t> exit_called{0};  // a library called exit(): its status
  std::atomic<int32_t> exit_status{0};
  // An allocation was refused during the current document (or while the chain was built): operator new
  // failed, or the crash came with errno ENOMEM (malloc returning null under the address-space limit).
  std::atomic<int32_t> allocation_refused{0};
  char library[256] = {};  // the plugin a crash in create or an exit() came from, when known
};
static_assert(std::atomic<int32_t>::is_always_lock_free && std::atomic<uint64_t>::is_always_lock_free,
              "the crash handler stores into the status page");

// A document's output as a worker made it with WorkerHooks::make_record: bytes the supervisor hands on as
// they are.
struct FinishedRecord {
  std::string bytes;
  bool failed = false;  // it carries an error
};

// What the owner of a Supervisor runs in its workers.
struct WorkerHooks {
  // Builds the chain, in the worker; `first`: the first worker of the run (report warnings once). What it
  // throws stops the run before any document (a ConfigError keeps its file, line and column).
  std::function<Chain(bool first)> make_chain;
  // First thing in a new worker process (the command moves a plugin's stdout, guards exit()).
  std::function<void()> started;
  // After each step of a document, in the worker (the command forwards what the step wrote to stdout).
  std::function<void(size_t step, const std::vector<std::string>& steps, const DocumentInput& doc)> after_step;
  // Just before the worker process ends.
  std::function<void()> ending;
  // Optional: the document's output made in the worker (e.g. its finished JSON Lines record), so that the
  // supervisor decodes and formats nothing. `run` runs the chain over the document (with the worker's
  // watch of its steps; it may be called once); `envelope` is what the owner gave Supervisor::submit()
  // with the document. Unset: the worker sends the Result back, and the supervisor decodes it.
  std::function<FinishedRecord(const std::function<ProcessedDocument()>& run, const DocumentInput& input,
                               std::string_view envelope)>
      make_record;
};

struct WorkerSetup {
  const WorkerHooks* hooks = nullptr;
  bool first = false;
  int supervisor_pid = -1;  // getpid() of the supervisor, taken before the fork
  int task_fd = -1;      // read end: task frames
  int result_fd = -1;    // write end: ready, config and output frames
  WorkerStatus* status = nullptr;
  uint64_t memory_limit_mb = 0;  // RLIMIT_AS; 0: none
  std::vector<int> inherited_fds;  // the supervisor's descriptors to close
};

// The worker's whole life; never returns.
[[noreturn]] void worker_main(const WorkerSetup& setup);

// A library's exit() in a worker (the command intercepts exit(); see cli/record_output.hpp): noted in the
// status page, so that the document's error says so. Async-signal-safe.
void note_library_exit(const char* library, int status);

}  // namespace textchain::isolation

#endif
