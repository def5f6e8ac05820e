// textchain::IsolatedRunner (include/textchain/isolated_runner.hpp): the public face of isolation/'s
// Supervisor, which `textchain run --isolate` uses too.
#include <textchain/isolated_runner.hpp>

#include "isolation/supervisor.hpp"

#include <exception>
#include <iostream>
#include <stdexcept>

namespace textchain {

uint64_t default_worker_memory_mb() noexcept {
#if defined(__SANITIZE_ADDRESS__)
  return 0;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  return 0;
#else
  return 4096;
#endif
#else
  return 4096;
#endif
}

struct IsolatedRunner::Impl {
  std::vector<IsolatedResult>* results = nullptr;  // where the sink puts them, during process()
  std::unique_ptr<isolation::Supervisor> supervisor;
  bool started = false;
  std::exception_ptr start_error;  // what start() threw: thrown again by every later call
  // Set when a process() ended with an exception: documents of that call may still be in flight, and their
  // results would be handed to the next call as its own. Every later call throws this instead.
  std::string broken;
};

IsolatedRunner::IsolatedRunner(std::function<Chain()> make_chain, IsolationOptions options)
    : impl_(std::make_unique<Impl>()) {
  isolation::WorkerHooks hooks;
  hooks.make_chain = [make = std::move(make_chain)](bool) { return make(); };
  std::function<void(const std::string&)> warn = options.warn;
  if (!warn) warn = [](const std::string& message) { std::cerr << "textchain: " << message << std::endl; };
  Impl* impl = impl_.get();
  try {
    impl_->supervisor = std::make_unique<isolation::Supervisor>(
        std::move(hooks), options.workers, options.limits,
        [impl](isolation::Outcome&& out) {
          if (impl->results)  // none after a process() that threw: the outcomes nobody waits for are dropped
            impl->results->push_back(IsolatedResult{std::move(out.result), std::move(out.failure)});
        },
        std::move(warn));
  } catch (const isolation::StartError& e) {  // an internal type: the public header promises runtime_error
    throw std::runtime_error(e.what());
  }
}

IsolatedRunner::~IsolatedRunner() {
  // After a process() that threw, the Supervisor may be mid-way (a worker's death half handled): nothing is
  // drained; its destructor kills and reaps the workers, and their work is dropped.
  if (!impl_->started || !impl_->broken.empty()) return;
  try {
    impl_->supervisor->finish();
  } catch (...) {  // a warn callback that throws: the Supervisor's destructor still kills and reaps
  }
}

void IsolatedRunner::start() {
  if (!impl_->broken.empty()) throw std::logic_error(impl_->broken);
  if (impl_->started) return;
  if (impl_->start_error) std::rethrow_exception(impl_->start_error);
  try {
    impl_->supervisor->start();
  } catch (const isolation::StartError& e) {
    impl_->start_error = std::make_exception_ptr(std::runtime_error(e.what()));
  } catch (...) {
    impl_->start_error = std::current_exception();
  }
  if (impl_->start_error) std::rethrow_exception(impl_->start_error);
  impl_->started = true;
}

std::vector<IsolatedResult> IsolatedRunner::process(std::vector<IsolatedDocument> documents) {
  start();
  std::vector<IsolatedResult> results;
  results.reserve(documents.size());
  impl_->results = &results;
  struct Unset {
    Impl* impl;
    ~Unset() { impl->results = nullptr; }
  } unset{impl_.get()};
  try {
    for (IsolatedDocument& d : documents) impl_->supervisor->submit(std::move(d.text), std::move(d.input));
    impl_->supervisor->drain();
  } catch (const std::exception& e) {
    impl_->broken = std::string("textchain::IsolatedRunner: unusable since a process() call failed (") + e.what() + ")";
    throw;
  } catch (...) {
    impl_->broken = "textchain::IsolatedRunner: unusable since a process() call failed";
    throw;
  }
  return results;
}

std::vector<std::string> IsolatedRunner::steps() const { return impl_->supervisor->steps(); }

}  // namespace textchain
