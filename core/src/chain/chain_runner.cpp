#include "chain/chain_runner.hpp"

#include "chain/document_buffers.hpp"
#include "document/doc_state.hpp"
#include "document/utf8_repair.hpp"

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>

namespace textchain::chain {

Step::Step(config::StepPlan plan) : plan_(std::move(plan)) {
  thread_safe_ = (plan_.plugin->descriptor->flags & TC_PLUGIN_THREAD_SAFE) != 0;
  explain_ = plan_.explain;
  std::string error;
  void* first = create(error);
  if (!first) {
    // Position unknown beyond the step's source; keep it in the message.
    throw ConfigError(plan_.source, 0, 0, "plugin '" + name() + "' refused its options: " + error);
  }
  idle_.push_back({first, {}});
}

Step::~Step() {
  for (void* inst : all_) plan_.plugin->descriptor->destroy(inst);
}

namespace {
std::atomic<ChainAccess::CreateObserver> g_create_observer{nullptr};
}  // namespace

void* Step::create(std::string& error) {
  const ChainAccess::CreateObserver observer = g_create_observer.load(std::memory_order_relaxed);
  if (observer) observer(name().c_str());
  char buf[1024] = {0};
  void* inst = nullptr;
  try {
    inst = plan_.plugin->descriptor->create(&plan_.options.view(), buf, sizeof buf);
    if (observer) observer(nullptr);
  } catch (...) {
    if (observer) observer(nullptr);
    // A plugin not built with the SDK may let an exception escape through the C boundary.
    error = "create threw an exception across the C boundary";
    return nullptr;
  }
  if (!inst) {
    buf[sizeof buf - 1] = '\0';
    error = buf[0] ? buf : "create failed without a message";
    return nullptr;
  }
  all_.push_back(inst);
  return inst;
}

void* Step::acquire(std::string& error) {
  // A thread-safe plugin's one instance, made in the constructor, is never replaced: no lock to read it
  // (two per step and document otherwise).
  if (thread_safe_) return all_.front();
  std::lock_guard<std::mutex> lock(mutex_);
  if (!idle_.empty()) {
    // The instance this thread used last, when it is idle: an instance keeps buffers across documents, and
    // one that changed threads at every document (-j N) had them freed and grown in another thread's
    // malloc arena and fetched from another core's cache.
    const std::thread::id self = std::this_thread::get_id();
    size_t k = idle_.size() - 1;
    for (size_t i = 0; i < idle_.size(); ++i)
      if (idle_[i].last_thread == self) k = i;
    void* inst = idle_[k].instance;
    idle_.erase(idle_.begin() + static_cast<std::ptrdiff_t>(k));
    return inst;
  }
  return create(error);
}

void Step::release(void* instance) {
  if (thread_safe_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  idle_.push_back({instance, std::this_thread::get_id()});
}

}  // namespace textchain::chain

namespace textchain {

Chain::Chain() = default;
Chain::~Chain() = default;
Chain::Chain(Chain&&) noexcept = default;
Chain& Chain::operator=(Chain&&) noexcept = default;
Chain::Chain(std::shared_ptr<Impl> impl) : impl_(std::move(impl)) {}

std::vector<std::string> Chain::steps() const {
  std::vector<std::string> out;
  if (impl_)
    for (const auto& s : impl_->steps) out.push_back(s->name());
  return out;
}

void Chain::set_explain(bool on) {
  if (impl_)
    for (auto& step : impl_->steps) step->set_explain(on);
}

void Chain::set_limits(const ChainLimits& limits) {
  if (!impl_) return;
  impl_->limits = limits;
  // Token offsets are 32-bit: a longer document could not be tokenized.
  impl_->limits.max_document_bytes = std::min(limits.max_document_bytes, kMaxIndexableBytes);
}

const ChainLimits& Chain::limits() const noexcept {
  static const ChainLimits defaults;
  return impl_ ? impl_->limits : defaults;
}

namespace {
Result too_large(const DocumentInput& input, size_t size, size_t limit) {
  Result r;
  r.id = input.id;
  r.diagnostics.push_back({Diagnostic::Level::error, "",
                           "document of " + std::to_string(size) + " bytes exceeds max_document_bytes (" +
                               std::to_string(limit) + "); not processed"});
  return r;
}
}  // namespace

Chain ChainAccess::build(config::ChainPlan plan, std::shared_ptr<plugin::PluginRegistry> registry) {
  auto impl = std::make_shared<Chain::Impl>();
  impl->registry = std::move(registry);
  impl->limits = plan.limits;
  impl->limits.max_document_bytes = std::min(impl->limits.max_document_bytes, kMaxIndexableBytes);
  for (auto& step : plan.steps) impl->steps.push_back(std::make_unique<chain::Step>(std::move(step)));
  for (const auto& step : impl->steps)
    if (step->token_forms() & TC_READS_TOKENS) impl->full_tokens_first = true;
  return Chain(std::move(impl));
}

Result Chain::process(std::string_view text, const DocumentInput& input) const {
  return ChainAccess::process_observed(*this, text, input, nullptr, nullptr);
}

Result Chain::process_owned(std::string text, const DocumentInput& input) const {
  return ChainAccess::run(*this, std::move(text), input, nullptr, nullptr);
}

Result ChainAccess::process_observed(const Chain& chain, std::string_view text, const DocumentInput& input,
                                     StepObserver observer, void* user) {
  // A document over the limit is refused before it is copied.
  const Chain::Impl* impl = chain.impl_.get();
  if (impl && text.size() > impl->limits.max_document_bytes)
    return too_large(input, text.size(), impl->limits.max_document_bytes);
  return run(chain, std::string(text), input, observer, user);
}

// Every copy of the text counts for large documents: `text` is moved into the document and from it into
// the result, intermediate versions are dropped as soon as the next one exists, and the final version is
// moved, not copied, into the result.
Result ChainAccess::run(const Chain& chain, std::string text, const DocumentInput& input, StepObserver observer,
                        void* user) {
  return run_steps(chain, std::move(text), input, observer, nullptr, user).to_result();
}

Result ChainAccess::run_watched(const Chain& chain, std::string text, const DocumentInput& input,
                                StepCallback after_step, void* user) {
  return run_steps(chain, std::move(text), input, nullptr, after_step, user).to_result();
}

ProcessedDocument ChainAccess::run_compact(const Chain& chain, std::string text, const DocumentInput& input,
                                           StepCallback after_step, void* user) {
  return run_steps(chain, std::move(text), input, nullptr, after_step, user);
}

void ChainAccess::observe_creation(CreateObserver observer) { chain::g_create_observer.store(observer); }

Result ProcessedDocument::to_result() && {
  Result r = std::move(result);
  r.annotations.reserve(annotations.size());
  for (size_t i = 0; i < annotations.size(); ++i) r.annotations.push_back(annotations.to_annotation(i));
  chain::keep_annotations(std::move(annotations));
  annotations = {};
  return r;
}

ProcessedDocument::~ProcessedDocument() { chain::keep_annotations(std::move(annotations)); }

ProcessedDocument ChainAccess::run_steps(const Chain& chain, std::string text, const DocumentInput& input,
                                         StepObserver observer, StepCallback after_step, void* user) {
  ProcessedDocument out;
  run_steps_into(out, chain, std::move(text), input, observer, after_step, user);
  return out;
}

namespace {
// `r` as a new Result, field by field (a Result() assigned over it cost some 250 instructions per tweet).
void empty_result(Result& r) {
  r.id.clear();
  r.date.clear();
  r.original_text.clear();
  r.text.reset();
  r.annotations.clear();
  r.edits.clear();
  r.diagnostics.clear();
}
}  // namespace

void ChainAccess::run_compact_into(ProcessedDocument& out, const Chain& chain, std::string text,
                                   const DocumentInput& input, StepCallback after_step, void* user) {
  empty_result(out.result);
  run_steps_into(out, chain, std::move(text), input, nullptr, after_step, user);
}

void ChainAccess::release(ProcessedDocument& out, std::string& spare_text) {
  std::string& text = out.result.original_text;
  if (text.capacity() <= chain::kKeptBufferBytes) {
    spare_text.swap(text);
    spare_text.clear();
  }
  release(out);
}

void ChainAccess::release(ProcessedDocument& out) {
  Result& r = out.result;
  // The texts go (the next document brings its own); the room of the small vectors stays.
  std::string().swap(r.original_text);
  r.text.reset();
  if (r.edits.capacity() * sizeof(AppliedEdit) + r.diagnostics.capacity() * sizeof(Diagnostic) > chain::kKeptBufferBytes)
    r = Result();
  else
    empty_result(r);
  if (out.annotations.capacity_bytes() > chain::kKeptBufferBytes) out.annotations = document::AnnotationStore();
}

namespace {
// Before the first step: `doc` (emptied) holds `text`, its id and date, the invalid UTF-8 repaired, and
// writes its annotations to `out`'s store. False when the document is not run (no chain: `limits` null; too
// large): `out` then holds its result.
bool begin_document(tc_doc& doc, ProcessedDocument& out, const ChainLimits* limits, bool full_tokens_first,
                    std::string& text, const DocumentInput& input, size_t& host_versions) {
  Result& r = out.result;
  // The store of the document `out` held before, emptied but for its names (the next document mostly
  // uses the same); for a new one, this thread's spare one.
  if (out.annotations.capacity_bytes() != 0) out.annotations.clear_keeping_names();
  if (!limits) {
    r.id = input.id;
    r.original_text = std::move(text);
    r.diagnostics.push_back({Diagnostic::Level::error, "", "empty chain (default-constructed Chain)"});
    return false;
  }
  if (text.size() > limits->max_document_bytes) {
    r = too_large(input, text.size(), limits->max_document_bytes);
    return false;
  }
  r.id = input.id;
  // The buffers of this thread's last small document, emptied: no allocation for them per tweet. The
  // annotations go straight into the result's store.
  if (out.annotations.capacity_bytes() == 0) chain::take_spare_annotations(out.annotations);
  doc.annotations = &out.annotations;
  doc.input = std::move(text);
  doc.id = input.id;
  doc.date = input.date;
  if (!input.reference_time.empty()) doc.meta.emplace_back("reference_time", input.reference_time);
  {
    std::vector<document::TextEdit> repairs;
    size_t bad = document::find_invalid_utf8(doc.input, repairs);
    if (bad) {
      doc.rewrite(repairs);
      doc.warning("", "invalid UTF-8: " + std::to_string(bad) + " byte(s) replaced by U+FFFD (offsets stay offsets into the input as given)");
    }
  }
  host_versions = doc.version();
  doc.full_tokens_first = full_tokens_first;
  return true;
}

// The state of `doc` for `step`, before it runs.
void prepare_step(tc_doc& doc, const chain::Step& step) {
  doc.step_plugin = step.name();
  doc.step_plugin_name = tc_doc::kNoName;
  doc.drop_views();
  doc.step_reported_error = false;
  doc.record_edits = step.explain();
  doc.pending.clear();
}

// `step` over `doc` through its instance `inst` (acquired), and its edits applied or its failure recorded.
void run_step(tc_doc& doc, chain::Step& step, void* inst, const tc_host_api* api) {
  int rc = 0;
  try {
    rc = step.descriptor().process(inst, &doc, api);
  } catch (...) {
    rc = -1;
    doc.error(step.name(), "an exception escaped process() across the C boundary");
    doc.step_reported_error = true;
  }
  if (doc.host_failures) {
    doc.error(step.name(), std::to_string(doc.host_failures) + " host function call(s) failed: out of memory");
    doc.host_failures = 0;
  }
  if (rc != 0) {
    if (!doc.step_reported_error) doc.error(step.name(), "process() failed (returned " + std::to_string(rc) + ")");
    if (!doc.pending.empty()) {
      doc.warning(step.name(), std::to_string(doc.pending.size()) + " edit(s) of the failed step were discarded");
      doc.pending.clear();
    }
  } else {
    doc.apply_pending_edits();
  }
}

// After the last step: the result taken from `doc`.
void end_document(tc_doc& doc, ProcessedDocument& out, size_t host_versions) {
  Result& r = out.result;
  // No step runs any more: the tokens (about four times the text) go before the result is assembled, kept
  // for the thread's next document when they are small.
  doc.drop_tokens(chain::kKeptBufferBytes);
  if (doc.version() > host_versions) r.text = std::move(doc.texts.back());
  doc.drop_views();
  r.edits = std::move(doc.edits);
  r.date = doc.date;
  r.diagnostics = std::move(doc.diagnostics);
  r.original_text = std::move(doc.input);
}
}  // namespace

void ChainAccess::run_steps_into(ProcessedDocument& out, const Chain& chain, std::string text,
                                 const DocumentInput& input, StepObserver observer, StepCallback after_step,
                                 void* user) {
  const Chain::Impl* impl_ = chain.impl_.get();
  // This thread's document state, used again (a new tc_doc built and torn down cost some 300 instructions
  // per tweet); a run from inside a step makes its own.
  // (On the heap: a tc_doc in a std::optional here was zeroed, a kilobyte, at every document.)
  std::unique_ptr<tc_doc> own;
  tc_doc* const kept = chain::take_doc();
  struct Keep {
    tc_doc* doc;
    ~Keep() {
      if (doc) chain::keep_doc(doc);
    }
  } keep{kept};
  if (!kept) own = std::make_unique<tc_doc>(nullptr);
  tc_doc& doc = kept ? *kept : *own;
  size_t host_versions = 0;
  if (!begin_document(doc, out, impl_ ? &impl_->limits : nullptr, impl_ && impl_->full_tokens_first, text, input,
                      host_versions))
    return;

  const tc_host_api* api = document::host_api();
  // The views a step builds are timed only for an observer; the kept document forgets this run's timer.
  document::ViewTime views;
  struct Untimed {
    tc_doc& doc;
    ~Untimed() { doc.view_time = nullptr; }
  } untimed{doc};
  doc.view_time = observer ? &views : nullptr;
  for (size_t i = 0; i < impl_->steps.size(); ++i) {
    chain::Step& step = *impl_->steps[i];
    // The clocks are read only for an observer (`textchain bench`).
    views = {};
    const uint64_t wall0 = observer ? document::steady_ns() : 0;
    const uint64_t cpu0 = observer ? document::thread_cpu_ns() : 0;

    prepare_step(doc, step);
    std::string error;
    void* inst = step.acquire(error);
    if (!inst) {
      doc.error(step.name(), "cannot create an instance: " + error);
      // The step is over all the same: the watcher (isolation's status page, the stdout watch) moves on, or
      // the next step's crash or output would be blamed on this one.
      if (after_step) after_step(user, i);
      continue;
    }
    run_step(doc, step, inst, api);
    step.release(inst);
    if (observer) {
      const uint64_t wall = document::steady_ns() - wall0;
      observer(user, i, wall, document::thread_cpu_ns() - cpu0, views);
    }
    if (after_step) after_step(user, i);
  }
  end_document(doc, out, host_versions);
}

size_t ChainAccess::run_compact_batch(const Chain& chain, BatchDocument* docs, size_t count, int (*stopped)()) {
  const Chain::Impl* impl = chain.impl_.get();
  // A batch of one, or a run from inside a step (this thread's batch states are taken): document-major.
  tc_doc* const* states = count > 1 && impl && impl->steps.size() > 1 ? chain::take_docs(count) : nullptr;
  if (!states) {
    for (size_t k = 0; k < count; ++k) {
      BatchDocument& d = docs[k];
      try {
        run_compact_into(*d.out, chain, std::move(d.text), d.input, d.after_step, d.user);
      } catch (...) {
        d.error = std::current_exception();
      }
      if (stopped && stopped()) return k + 1;
    }
    return count;
  }
  struct Keep {
    size_t count;
    ~Keep() { chain::keep_docs(count); }
  } keep{count};
  // The host versions of each document (begin_document()), and whether it is still to run.
  std::vector<size_t> host_versions(count, 0);
  std::vector<char> running(count, 0);
  for (size_t k = 0; k < count; ++k) {
    BatchDocument& d = docs[k];
    try {
      empty_result(d.out->result);
      running[k] = begin_document(*states[k], *d.out, &impl->limits, impl->full_tokens_first, d.text, d.input,
                                  host_versions[k]);
      if (!running[k]) std::string().swap(d.text);  // not run (too large): not kept until the next batch
    } catch (...) {
      d.error = std::current_exception();
    }
  }
  const tc_host_api* api = document::host_api();
  size_t kept = count;  // the documents not cut off by `stopped`
  bool cut = false;     // once cut, the documents kept run every later step: `stopped` is not asked again
  for (size_t i = 0; i < impl->steps.size(); ++i) {
    chain::Step& step = *impl->steps[i];
    std::string error;
    void* inst = step.acquire(error);
    for (size_t k = 0; k < kept; ++k) {
      if (!cut && stopped && stopped()) {
        kept = k;
        cut = true;
        break;
      }
      if (!running[k]) continue;
      BatchDocument& d = docs[k];
      tc_doc& doc = *states[k];
      try {
        prepare_step(doc, step);
        if (inst)
          run_step(doc, step, inst, api);
        else
          doc.error(step.name(), "cannot create an instance: " + error);
        if (d.after_step) d.after_step(d.user, i);
      } catch (...) {
        d.error = std::current_exception();
        running[k] = 0;
      }
    }
    if (inst) step.release(inst);
  }
  for (size_t k = 0; k < kept; ++k) {
    if (!running[k]) continue;
    try {
      end_document(*states[k], *docs[k].out, host_versions[k]);
    } catch (...) {
      docs[k].error = std::current_exception();
    }
  }
  return kept;
}

}  // namespace textchain
