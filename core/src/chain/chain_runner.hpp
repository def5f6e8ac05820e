// Running a chain's steps over one document.
#ifndef TEXTCHAIN_CHAIN_CHAIN_RUNNER_HPP
#define TEXTCHAIN_CHAIN_CHAIN_RUNNER_HPP

#include "config/chain_config.hpp"
#include "document/annotation_store.hpp"
#include "document/view_timer.hpp"

#include <textchain/host.hpp>

#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <string>
#include <vector>

namespace textchain::chain {

// One step: a plugin, its validated options, and its instances. A plugin declared thread-safe has one
// instance; any other gets one per concurrent caller, kept in a pool.
class Step {
 public:
  // Creates the first instance; throws ConfigError (at `plan.source`) when the plugin's create fails.
  explicit Step(config::StepPlan plan);
  ~Step();
  Step(const Step&) = delete;
  Step& operator=(const Step&) = delete;

  const std::string& name() const { return plan_.plugin->info.name; }
  uint32_t token_forms() const { return plan_.plugin->info.token_forms; }
  const tc_plugin_descriptor& descriptor() const { return *plan_.plugin->descriptor; }
  const plugin::OptionValues& options() const { return plan_.options; }
  bool explain() const { return explain_; }
  void set_explain(bool on) { explain_ = on; }

  // Null when a new instance cannot be created; `error` then says why.
  void* acquire(std::string& error);
  void release(void* instance);

 private:
  void* create(std::string& error);
  config::StepPlan plan_;
  bool thread_safe_;
  bool explain_ = false;
  std::mutex mutex_;
  struct Idle {
    void* instance;
    std::thread::id last_thread;  // the thread that released it (none: not used yet)
  };
  std::vector<Idle> idle_;  // instances not in use (thread_safe_: the one instance)
  std::vector<void*> all_;
};

}  // namespace textchain::chain

struct textchain::Chain::Impl {
  // Keeps the plugins' descriptions (LoadedPlugin, which each step points to) alive as long as the chain,
  // whatever happens to the Host.
  std::shared_ptr<plugin::PluginRegistry> registry;
  std::vector<std::unique_ptr<chain::Step>> steps;
  ChainLimits limits;
  // Some step reads the 12-byte token array (TC_READS_TOKENS): each text version is tokenized into it and
  // the compact form derived from it, not scanned twice. Otherwise only the compact form is made.
  bool full_tokens_first = false;
};

namespace textchain {
// A processed document as the host holds it: the result without its annotations, and the annotations in
// their compact store. The record writer reads them there: as Result::annotations they would cost several
// times the document on a large one (docs/architecture.md, "Memory").
struct ProcessedDocument {
  Result result;                          // annotations empty
  document::AnnotationStore annotations;  // ids are positions
  ProcessedDocument() = default;
  ProcessedDocument(ProcessedDocument&&) = default;
  ProcessedDocument& operator=(ProcessedDocument&&) = default;
  // The store goes back to the thread's spare buffers (chain/document_buffers.hpp) for its next document.
  ~ProcessedDocument();
  // The public form: the annotations moved into result.annotations.
  Result to_result() &&;
};

// What the host's own code (and the command) reaches of a Chain beyond the public API.
struct ChainAccess {
  static Chain build(config::ChainPlan plan, std::shared_ptr<plugin::PluginRegistry> registry);
  // process() with a timing callback after each step, for `textchain bench`: the step index, the step's
  // wall and thread-CPU nanoseconds, and of those, what the host's views (tokens, sentences) that the step
  // asked for first cost to build (`views`, with the number of timed builds). The observer is called on the
  // calling thread; `user` is passed through.
  using StepObserver = void (*)(void* user, size_t step, uint64_t wall_ns, uint64_t cpu_ns,
                                const document::ViewTime& views);
  static Result process_observed(const Chain& chain, std::string_view text, const DocumentInput& input,
                                 StepObserver observer, void* user);
  static Result run(const Chain& chain, std::string text, const DocumentInput& input, StepObserver observer,
                    void* user);
  // process_owned() with `after_step(user, step)` called after each step, without the CPU-clock reads of
  // run(): how the command tells which step wrote to stdout, and a worker process which step it is in.
  using StepCallback = void (*)(void* user, size_t step);
  static Result run_watched(const Chain& chain, std::string text, const DocumentInput& input,
                            StepCallback after_step, void* user);
  // run_watched() without building Result::annotations: what `textchain run --jsonl` writes records from.
  static ProcessedDocument run_compact(const Chain& chain, std::string text, const DocumentInput& input,
                                       StepCallback after_step = nullptr, void* user = nullptr);
  // run_compact() into `out`, which a thread keeps from one document to the next: its store is emptied and
  // filled again, rather than the thread's spare store moved into a new ProcessedDocument and back (two
  // moves of the store per document, about 450 instructions of a tweet's). release(out) once the record is
  // written.
  static void run_compact_into(ProcessedDocument& out, const Chain& chain, std::string text,
                               const DocumentInput& input, StepCallback after_step = nullptr, void* user = nullptr);
  // One document of run_compact_batch(): its text and input, where its result goes, and its stdout watch.
  struct BatchDocument {
    ProcessedDocument* out = nullptr;
    std::string text;
    DocumentInput input;
    StepCallback after_step = nullptr;
    void* user = nullptr;
    // What escaped from the host while it ran this document (memory exhausted, say): `out` is then no
    // result, and the document's record is an error, as when run_compact_into() throws.
    std::exception_ptr error;
  };
  // run_compact_into() over `count` documents, step-major: each step runs over every document before the
  // next step starts, so that a step's code and tables are fetched once per batch rather than once per
  // document (issue 19: in the default chain each step ran some 30-50% slower per document than alone,
  // its L2 lines evicted by the other steps'). Each document's result is what run_compact_into() gives it.
  // Once `stopped` (may be null) returns non-zero, checked before each document of each step, the batch is
  // cut there: the documents that ran the step so far run the rest of the chain, the others no step more.
  // Returns how many documents (a prefix of `docs`) ran the whole chain; the rest have no result.
  static size_t run_compact_batch(const Chain& chain, BatchDocument* docs, size_t count, int (*stopped)() = nullptr);
  // `out` once its record is written: its result (the text) freed, and its store too when a large document
  // made it larger than a thread keeps (chain/document_buffers.hpp), as a new ProcessedDocument's would be.
  static void release(ProcessedDocument& out);
  // The same, the input's text handed to `spare_text` (emptied) rather than freed when it is no larger than
  // a thread keeps: the reader reads the next document into it (a malloc and a free per tweet less).
  static void release(ProcessedDocument& out, std::string& spare_text);
  // Called with the plugin's name before each call of a plugin's create, and with null once it returned,
  // in the thread that creates (null observer: none). A worker process of isolation/ notes the name, so
  // that a crash in create is blamed on that plugin and a crash elsewhere (loading a library) on none.
  using CreateObserver = void (*)(const char* plugin);
  static void observe_creation(CreateObserver observer);

 private:
  static ProcessedDocument run_steps(const Chain& chain, std::string text, const DocumentInput& input,
                                     StepObserver observer, StepCallback after_step, void* user);
  // The same into `out`: a new one (its store taken from the thread's spare) or one used before (emptied).
  static void run_steps_into(ProcessedDocument& out, const Chain& chain, std::string text, const DocumentInput& input,
                             StepObserver observer, StepCallback after_step, void* user);
};
}  // namespace textchain

#endif
