// textchain isolated runner — crash containment for embedders: a chain of untrusted plugins runs in
// worker processes, so that a plugin that crashes, aborts, calls exit(), hangs or exhausts memory on one
// document costs that document's result, not the program. docs/untrusted-plugins.md describes it.
//
//   textchain::IsolatedRunner runner([] {                  // called in each worker process
//     textchain::Host host;
//     return host.load_chain("news.toml");
//   }, {.workers = 2});
//   std::vector<textchain::IsolatedDocument> docs = ...;
//   for (const textchain::IsolatedResult& r : runner.process(docs))  // one per document, in input order
//     if (r.failure) std::cerr << r.result.id << ": " << r.failure->message << "\n";
//
// POSIX only. Workers are forked from the calling process (never exec'd) and build the chain themselves:
// create the runner where forking is safe (before starting threads of your own, or while none of them
// holds a lock the chain's code needs). A runner is used from one thread, which must outlive it: the
// workers are killed when the thread that forked them ends, as when the program dies.
#ifndef TEXTCHAIN_ISOLATED_RUNNER_HPP
#define TEXTCHAIN_ISOLATED_RUNNER_HPP

#include <textchain/host.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace textchain {

// Limits each worker process runs under.
struct IsolationLimits {
  // Time limit per document: this many seconds per started MiB of text; the worker is then killed.
  double document_timeout_s = 30;
  // Address-space limit of each worker (RLIMIT_AS), MiB; 0: none. A build with AddressSanitizer cannot
  // run under one (the sanitizer reserves terabytes of address space): default_worker_memory_mb() is 0 there.
  uint64_t memory_limit_mb = 4096;
};

// 4096, or 0 in a build with AddressSanitizer.
TEXTCHAIN_API uint64_t default_worker_memory_mb() noexcept;

struct IsolationOptions {
  size_t workers = 1;  // worker processes (at least 1)
  IsolationLimits limits = {30, default_worker_memory_mb()};
  // Messages about workers that died or could not be started ("document 7: step 'x' crashed the worker
  // process: SIGSEGV ..."). Null: standard error, after "textchain: ".
  std::function<void(const std::string&)> warn = {};
};

// Why a document has no normal result: its worker process died or was killed on it (twice, each time in a
// new worker), or no worker process could be started.
struct WorkerFailure {
  std::string step;     // the plugin that was running (empty when not known)
  std::string message;  // the whole story, as in the result's error diagnostic
  int signal = 0;       // the signal that ended the worker (SIGSEGV, SIGABRT, SIGKILL...), 0 if none
  bool timed_out = false;      // killed for exceeding IsolationLimits::document_timeout_s
  bool out_of_memory = false;  // an allocation was refused under IsolationLimits::memory_limit_mb
  bool no_worker = false;      // never processed: no worker process could be started (fork, pipe failed)
};

struct IsolatedDocument {
  std::string text;
  DocumentInput input = {};
};

struct IsolatedResult {
  // The chain's result; on a failure: the id, date and original text, and one error diagnostic whose
  // `plugin` is failure->step and whose message is failure->message.
  Result result;
  std::optional<WorkerFailure> failure;
};

class TEXTCHAIN_API IsolatedRunner {
 public:
  // `make_chain` is called in each worker process, to build the chain there (a plugin that crashes in its
  // create takes down a worker, not the caller). Workers start on the first process() or start().
  // Throws std::runtime_error naming the system call ("cannot map a worker's status page: mmap: ...")
  // when the shared memory the workers report through cannot be mapped: no worker could run.
  explicit IsolatedRunner(std::function<Chain()> make_chain, IsolationOptions options = {});
  // Ends and reaps the workers.
  ~IsolatedRunner();
  IsolatedRunner(const IsolatedRunner&) = delete;
  IsolatedRunner& operator=(const IsolatedRunner&) = delete;

  // Starts the workers and waits until each has built its chain. Throws the ConfigError a worker's
  // make_chain threw (any other exception becomes a ConfigError with its what()), or std::runtime_error
  // naming the system call when no worker process can be started. Called by the first process().
  void start();
  // Runs every document through the chain in the workers: one result per document, in input order.
  // Throws what start() throws, nothing for a document. What a callback (IsolationOptions::warn) throws, or
  // std::bad_alloc, passes through and leaves the runner unusable (the call's documents may be in flight):
  // every later start() or process() throws std::logic_error saying so; destroying it is safe.
  std::vector<IsolatedResult> process(std::vector<IsolatedDocument> documents);
  // The chain's steps, as the workers built it (after start()).
  std::vector<std::string> steps() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace textchain

#endif  // TEXTCHAIN_ISOLATED_RUNNER_HPP
