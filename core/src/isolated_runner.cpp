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
          impl->results->push_back(IsolatedResult{std::move(out.result), std::move(out.failure)});
        },
        std::move(warn));
  } catch (const isolation::StartError& e) {  // an internal type: the public header promises runtime_error
    throw std::runtime_error(e.what());
  }
}

IsolatedRunner::~IsolatedRunner() {
  if (impl_->started) impl_->supervisor->finish();
}

void IsolatedRunner::start() {
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
  for (IsolatedDocument& d : documents) impl_->supervisor->submit(std::move(d.text), std::move(d.input));
  impl_->supervisor->drain();
  return results;
}

std::vector<std::string> IsolatedRunner::steps() const { return impl_->supervisor->steps(); }

}  // namespace textchain
