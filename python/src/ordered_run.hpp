// Chain.process_many: documents pulled from a Python iterable, processed on `jobs` threads that do not hold
// the GIL, results handed back as records in input order. The calling thread reads the items and builds
// the dicts while the workers run the plugins, so only that conversion is serialized by the GIL.
#ifndef TEXTCHAIN_PYTHON_ORDERED_RUN_HPP
#define TEXTCHAIN_PYTHON_ORDERED_RUN_HPP

#include "document_request.hpp"

#include <textchain/host.hpp>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace textchain::python {

class OrderedRun {
 public:
  // jobs == 1 runs each document on the calling thread (the GIL released meanwhile), with no worker.
  // `jsonl_source` set: the items are the lines of that JSON Lines source, each read as the command reads
  // it (request_from_line); else each is a process_many item (request_from_item).
  OrderedRun(std::shared_ptr<const Chain> chain, py::iterable items, size_t jobs, std::string default_date,
             bool char_offsets, std::optional<std::string> jsonl_source = std::nullopt);
  ~OrderedRun();
  OrderedRun(const OrderedRun&) = delete;
  OrderedRun& operator=(const OrderedRun&) = delete;

  // The next record; raises StopIteration at the end. An exception raised by the iterable is raised
  // here after the records of the items read before it.
  py::dict next();

 private:
  struct Slot {
    DocumentRequest request;
    std::optional<Result> result;
    std::string failure;  // an exception from the host (out of memory): the record's error
    bool done = false;    // guarded by mu_
  };
  void fill();
  void work();
  static void run(const Chain& chain, Slot& slot) noexcept;

  std::shared_ptr<const Chain> chain_;
  py::iterator items_;
  size_t jobs_;
  size_t window_size_;                                        // documents in flight at most
  static constexpr size_t kMaxBytesInFlight = 64u << 20;      // and their text, beyond one per worker
  size_t bytes_in_flight_ = 0;
  std::string default_date_;
  bool char_offsets_;
  std::optional<std::string> jsonl_source_;
  size_t position_ = 0;
  bool exhausted_ = false;
  std::optional<py::error_already_set> source_error_;

  std::deque<std::unique_ptr<Slot>> window_;  // in input order; only the calling thread changes it
  std::mutex mu_;
  std::condition_variable work_ready_, slot_done_;
  std::deque<Slot*> todo_;  // guarded by mu_
  bool stop_ = false;       // guarded by mu_
  std::vector<std::thread> workers_;
};

}  // namespace textchain::python

#endif
