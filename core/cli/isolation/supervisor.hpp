// `textchain run --isolate -j N`: the chain runs in N worker processes (worker.hpp); this process reads the
// input, hands documents to the workers in batches over pipes, and hands their records back in input
// order. A worker that dies on a document (a signal, abort(), exit(), a failed allocation under its memory
// limit) or exceeds the document time limit is replaced; the document is tried once more in a new worker,
// and if that one dies too, its record carries an error naming the step and the signal or limit. Every
// other document's record is what it would have been. docs/untrusted-plugins.md describes it.
//
// Single-threaded (poll), so that workers can be forked at any time: they are never exec'd, and start with
// the supervisor's memory, its chain options and its record formatter.
#ifndef TEXTCHAIN_CLI_ISOLATION_SUPERVISOR_HPP
#define TEXTCHAIN_CLI_ISOLATION_SUPERVISOR_HPP

#include "chain_options.hpp"
#include "io/input_reader.hpp"
#include "isolation/worker.hpp"
#include "plugin_stdout.hpp"

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace textchain::cli::isolation {

struct IsolationLimits {
  // Time limit per document: this many seconds per started megabyte of text.
  double document_timeout_s = 30;
  // Address-space limit of each worker (RLIMIT_AS), MiB; 0: none.
  uint64_t memory_limit_mb = 4096;
};

// The default per-worker memory limit: none in a build with AddressSanitizer, which reserves terabytes of
// address space up front.
uint64_t default_memory_limit_mb();

class Supervisor {
 public:
  Supervisor(ChainOptions chain, size_t workers, IsolationLimits limits, RecordFormatter format,
             std::function<void(FormattedRecord&&)> sink, PluginStdout* plugin_stdout);
  // Kills and reaps the workers still running.
  ~Supervisor();
  Supervisor(const Supervisor&) = delete;
  Supervisor& operator=(const Supervisor&) = delete;

  // Starts the workers and waits until each has built the chain: 0, or kExitConfig after printing the
  // configuration error a worker met. A chain whose plugins crash while they are created is no
  // configuration error: the run goes on and every record says so.
  int start();
  // The chain's document size limit, as the workers built it (after start()).
  uint64_t max_document_bytes() const { return max_document_bytes_; }

  // Hands a document over; its record reaches the sink in input order. Waits while too many are in flight.
  void submit(io::InputDocument&& doc);
  // Waits until every document submitted so far has reached the sink.
  void drain();
  // drain(), then ends the workers (end of input on their pipes) and reaps them.
  void finish();

 private:
  struct Worker;
  struct Slot {
    std::unique_ptr<io::InputDocument> doc;
    uint64_t number = 0;
    std::optional<FormattedRecord> out;
    int deaths = 0;  // workers that died on it
  };

  void spawn(size_t index);
  void dispatch();
  void pump();
  void read_from(Worker& w);
  void handle_frame(Worker& w, std::string_view payload);
  void worker_ended(Worker& w, bool timed_out);
  void fail_document(uint64_t seq, const std::string& step, const std::string& message);
  void emit_ready();
  // The document a worker is processing, per its status page, and when it started.
  struct Current {
    uint64_t seq;
    std::chrono::steady_clock::time_point started;
  };
  std::optional<Current> processing(const Worker& w) const;
  std::chrono::steady_clock::time_point deadline_of(const Worker& w) const;
  Slot& slot(uint64_t seq) { return window_[seq - base_seq_]; }
  size_t live_workers() const;
  std::string step_name(int32_t step) const;

  ChainOptions chain_;
  IsolationLimits limits_;
  RecordFormatter format_;
  std::function<void(FormattedRecord&&)> sink_;
  PluginStdout* plugin_stdout_;
  std::vector<std::unique_ptr<Worker>> workers_;
  std::vector<std::string> steps_;
  uint64_t max_document_bytes_ = 0;

  std::deque<Slot> window_;     // documents from base_seq_ on, in input order
  uint64_t base_seq_ = 0;
  uint64_t next_seq_ = 0;
  uint64_t bytes_in_flight_ = 0;
  std::deque<uint64_t> queue_;  // documents waiting for a worker, retries first
  int start_failures_ = 0;      // workers in a row that died before their chain was built
  std::string broken_;          // set once the chain cannot start: every document gets this error
  std::string broken_plugin_;   // the plugin it names, when known
  bool problems_reported_ = false;
  int config_status_ = 0;
};

}  // namespace textchain::cli::isolation

#endif
