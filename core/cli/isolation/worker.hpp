// A worker process of `textchain run --isolate`: forked by the supervisor (supervisor.hpp) before any
// thread exists, it builds the chain itself (so that a plugin crashing in its create takes down only the
// worker), then reads documents from its task pipe, runs the chain over each, formats its record and sends
// it back, one output frame per document (wire.hpp). It tells the supervisor, through a page of shared
// memory, which document and which step it is in and since when, so that a worker that dies or hangs can be
// named, and timed. Records are sent in small batches (a pipe write and a wake-up of the supervisor per
// batch, not per document).
#ifndef TEXTCHAIN_CLI_ISOLATION_WORKER_HPP
#define TEXTCHAIN_CLI_ISOLATION_WORKER_HPP

#include "chain_options.hpp"
#include "io/input_reader.hpp"
#include "plugin_stdout.hpp"

#include <textchain/host.hpp>

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace textchain::cli::isolation {

// A document's record as the command writes it (the text in the run's --format).
struct FormattedRecord {
  std::string text;
  bool failed = false;       // the record carries an error
  std::string index_entry;   // --format html: the document's line in the page's index
};

// Formats the record of `doc` processed into `result` (null: the document could not be read); `number`
// is the document's position in the input, from 1.
using RecordFormatter = std::function<FormattedRecord(const io::InputDocument& doc, const Result* result, uint64_t number)>;

// What a worker is doing, in memory shared with the supervisor (one page per worker slot).
struct WorkerStatus {
  enum Phase : int32_t { kStarting = 0, kIdle = 1, kProcessing = 2 };
  std::atomic<int32_t> phase{kStarting};
  std::atomic<int32_t> step{-1};       // the step running (kProcessing)
  std::atomic<uint64_t> seq{0};        // the document being processed (kProcessing)
  std::atomic<int64_t> started_ns{0};  // when it started, steady clock
  std::atomic<int32_t> exit_called{0};  // a library called exit(): its status
  std::atomic<int32_t> exit_status{0};
  char library[256] = {};              // the plugin library a crash or exit() came from, when known
};

struct WorkerSetup {
  ChainOptions chain;
  RecordFormatter format;
  PluginStdout* plugin_stdout = nullptr;
  int task_fd = -1;      // read end: task frames
  int result_fd = -1;    // write end: ready, config and output frames
  WorkerStatus* status = nullptr;
  uint64_t memory_limit_mb = 0;  // RLIMIT_AS; 0: none
  bool report_problems = false;  // print the host's warnings (the first worker only, once)
  std::vector<int> inherited_fds;  // the supervisor's descriptors to close
};

// The worker's whole life; never returns.
[[noreturn]] void worker_main(const WorkerSetup& setup);

}  // namespace textchain::cli::isolation

#endif
