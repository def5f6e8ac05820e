#include "ordered_run.hpp"

#include "result_record.hpp"

namespace textchain::python {

OrderedRun::OrderedRun(std::shared_ptr<const Chain> chain, py::iterable items, size_t jobs, std::string default_date,
                       bool char_offsets, std::optional<std::string> jsonl_source)
    : chain_(std::move(chain)),
      items_(py::iter(items)),
      jobs_(jobs),
      // Enough documents in flight that the workers keep going while the calling thread is not running
      // (converting results, running the caller's own code, or waiting for a core on a busy machine);
      // bounded in bytes too, below.
      window_size_(jobs == 1 ? 1 : 32 * jobs),
      default_date_(std::move(default_date)),
      char_offsets_(char_offsets),
      jsonl_source_(std::move(jsonl_source)) {
  if (jobs_ > 1) {
    workers_.reserve(jobs_);
    for (size_t i = 0; i < jobs_; ++i) workers_.emplace_back([this] { work(); });
  }
}

OrderedRun::~OrderedRun() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
    todo_.clear();
  }
  work_ready_.notify_all();
  {
    // Workers never take the GIL; other Python threads may run while a document in flight finishes.
    py::gil_scoped_release release;
    for (auto& t : workers_) t.join();
  }
  // window_ (holding Python objects) is destroyed here, with the GIL held again.
}

void OrderedRun::run(const Chain& chain, Slot& slot) noexcept {
  if (!slot.request.error.empty() || slot.request.no_document) return;
  try {
    slot.result.emplace(chain.process(slot.request.text.bytes, slot.request.input));
  } catch (const std::exception& e) {
    slot.failure = std::string("the host failed on this document: ") + e.what();
  } catch (...) {
    slot.failure = "the host failed on this document";
  }
}

void OrderedRun::work() {
  while (true) {
    Slot* slot = nullptr;
    {
      std::unique_lock<std::mutex> lock(mu_);
      work_ready_.wait(lock, [&] { return stop_ || !todo_.empty(); });
      if (stop_) return;
      slot = todo_.front();
      todo_.pop_front();
    }
    run(*chain_, *slot);
    {
      std::lock_guard<std::mutex> lock(mu_);
      slot->done = true;
    }
    slot_done_.notify_all();
  }
}

void OrderedRun::fill() {
  while (!exhausted_ && window_.size() < window_size_ &&
         (window_.size() <= jobs_ || bytes_in_flight_ < kMaxBytesInFlight)) {
    PyObject* item = PyIter_Next(items_.ptr());
    if (!item) {
      exhausted_ = true;
      if (PyErr_Occurred()) source_error_.emplace();  // fetches and clears the error
      return;
    }
    auto slot = std::make_unique<Slot>();
    py::object owned = py::reinterpret_steal<py::object>(item);
    ++position_;
    slot->request = jsonl_source_ ? request_from_line(owned, position_, *jsonl_source_, default_date_,
                                                      chain_->limits().max_document_bytes)
                                  : request_from_item(owned, position_, default_date_);
    Slot* raw = slot.get();
    bytes_in_flight_ += raw->request.text.bytes.size();
    window_.push_back(std::move(slot));
    if (jobs_ > 1) {
      {
        std::lock_guard<std::mutex> lock(mu_);
        todo_.push_back(raw);
      }
      work_ready_.notify_one();
    }
  }
}

py::dict OrderedRun::next() {
  fill();
  if (window_.empty()) {
    if (source_error_) {
      py::error_already_set e = std::move(*source_error_);
      source_error_.reset();
      throw e;
    }
    throw py::stop_iteration();
  }
  Slot& head = *window_.front();
  {
    py::gil_scoped_release release;
    if (jobs_ == 1) {
      run(*chain_, head);
    } else {
      std::unique_lock<std::mutex> lock(mu_);
      slot_done_.wait(lock, [&] { return head.done; });
    }
  }
  if (!head.failure.empty()) head.request.error = head.failure;
  py::dict record = result_record(head.request, head.result ? &*head.result : nullptr, char_offsets_);
  bytes_in_flight_ -= head.request.text.bytes.size();
  window_.pop_front();
  return record;
}

}  // namespace textchain::python
