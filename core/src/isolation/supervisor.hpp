// Crash containment: a chain runs in N worker processes (worker.hpp) supervised by this one, which hands
// them documents in batches over pipes and hands their results back in input order (decoded Results, or the
// finished records its owner's WorkerHooks::make_record made in the workers). A worker that dies on
// a document (a signal, abort(), exit(), an allocation refused under its memory limit) or exceeds the
// document time limit is replaced; the document is tried once more in a new worker, and if that one dies
// too, its outcome is an error naming the step and the signal or limit. Every other document's result is
// what it would have been. Used by textchain::IsolatedRunner (the embedders' API, isolated_runner.hpp) and
// by `textchain run --isolate` (docs/untrusted-plugins.md).
//
// Single-threaded (poll), so that workers can be forked at any time: they are never exec'd, and start with
// this process's memory.
#ifndef TEXTCHAIN_ISOLATION_SUPERVISOR_HPP
#define TEXTCHAIN_ISOLATION_SUPERVISOR_HPP

#include "isolation/worker.hpp"

#include <textchain/host.hpp>
#include <textchain/isolated_runner.hpp>

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace textchain::isolation {

// No worker process could be started (fork, pipe or mmap failed): the error names the call and errno.
class StartError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One document's outcome, in input order.
struct Outcome {
  Result result;                       // on a failure: id, date, original_text and the error diagnostic
  // With WorkerHooks::make_record, what it made in the worker; `result` is then empty. Never on a failure
  // or a skipped place: the owner makes those itself.
  std::optional<FinishedRecord> record;
  std::optional<WorkerFailure> failure;
  bool skipped = false;                // a place reserved by skip(): nothing was processed
};

class Supervisor {
 public:
  // `warn` gets the messages about workers that died or could not start (without a "textchain: " prefix).
  Supervisor(WorkerHooks hooks, size_t workers, IsolationLimits limits, std::function<void(Outcome&&)> sink,
             std::function<void(const std::string&)> warn);
  // Kills and reaps the workers still running.
  ~Supervisor();
  Supervisor(const Supervisor&) = delete;
  Supervisor& operator=(const Supervisor&) = delete;

  // Starts the workers and waits until each has built the chain. Throws the ConfigError a worker met
  // building it, or StartError when no worker process could be started. A chain whose plugins crash while
  // they are created is no such error: the run goes on and every outcome says so.
  void start();
  // The chain's document size limit and steps, as the workers built it (after start()).
  uint64_t max_document_bytes() const { return max_document_bytes_; }
  const std::vector<std::string>& steps() const { return steps_; }

  // Hands a document over; its outcome reaches the sink in input order. Waits while too many are in flight.
  // `envelope`: bytes for WorkerHooks::make_record in the worker (e.g. the record's fields from the input).
  void submit(std::string text, DocumentInput input, std::string envelope = {});
  // Reserves the next place in the order without a document (one the caller could not read): the sink
  // gets an Outcome with `skipped` there.
  void skip();
  // Waits until every document submitted so far has reached the sink.
  void drain();
  // drain(), then ends the workers (end of input on their pipes) and reaps them.
  void finish();

 private:
  struct Worker;
  struct Slot {
    std::string text;
    DocumentInput input;
    std::string envelope;
    std::optional<Outcome> out;
    int deaths = 0;  // workers that died on it
  };

  bool spawn(size_t index);
  // Fault injection for the tests of a failing fork, pipe or mmap: TEXTCHAIN_ISOLATION_FAULT="fork:2" in
  // the environment when the Supervisor is made fails its 2nd call of fork and every later one with EAGAIN
  // ("pipe:N": EMFILE, "mmap:N": ENOMEM; "write:N": the worker is killed, and waited for, just before the
  // Nth write to a worker and every later one, so that the write meets a closed pipe). Unset, a call costs
  // one comparison.
  bool injected(const char* call, int error);
  void dispatch();
  void pump();
  void read_from(Worker& w);
  void handle_frame(Worker& w, std::string_view payload);
  void worker_ended(Worker& w, bool timed_out);
  void fail_document(uint64_t seq, WorkerFailure failure);
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

  WorkerHooks hooks_;
  IsolationLimits limits_;
  std::function<void(Outcome&&)> sink_;
  std::function<void(const std::string&)> warn_;
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
  std::string spawn_error_;     // why the last worker could not be started ("" once one was)
  bool first_spawned_ = false;
  bool started_ = false;        // start() has returned: a worker's ConfigError is a start failure then
  std::optional<ConfigError> config_error_;
  std::string fault_call_;
  uint64_t fault_from_ = 0, fault_calls_ = 0;
};

}  // namespace textchain::isolation

#endif
