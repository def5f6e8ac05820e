// N threads (the calling thread one of them) that each read the next batch of input, process it and write
// its outputs, in input order: each thread works as one of N processes over parts of the input would, and
// no thread waits for another except to take its turn at reading or writing.
//
// Why not a reading thread that hands batches to worker threads (ordered_pipeline.hpp): on `run -j 2` that
// thread was woken for every batch (its wake-up preempted a worker on a machine with as many cores as
// workers), and every text it read and every record it wrote moved between cores; the process took 10-30%
// more CPU than two `run -j 1` over halves of the same input (issue 19).
#ifndef TEXTCHAIN_CLI_WORKER_TEAM_HPP
#define TEXTCHAIN_CLI_WORKER_TEAM_HPP

#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace textchain::cli {

template <class Batch, class Output>
class WorkerTeam {
 public:
  struct Steps {
    // Fills `batch` with the next input; false once there is nothing more to read (the batch may still hold
    // the last of it). One thread at a time. `batch` is the one this thread read before (processed, its
    // output handed on), or a new one: its room is there to be read into again (per batch, new documents
    // and their texts cost -j 2 allocations, and page faults, that -j 1 does not have; issue 19).
    std::function<bool(Batch&)> read;
    // Any number of threads at once.
    std::function<Output(Batch&)> process;
    // One thread at a time, in the order the batches were read.
    std::function<void(Output&&)> write;
    // First thing on each thread the team starts (not on the calling thread), e.g. to block signals.
    std::function<void()> thread_start;
  };

  WorkerTeam(size_t threads, Steps steps) : threads_(threads < 1 ? 1 : threads), window_(4 * threads_), steps_(std::move(steps)) {}

  // Works until everything is read, processed and written; rethrows the first exception of any thread
  // (the others then stop after their current batch, its output not written).
  void run() {
    std::vector<std::thread> others;
    for (size_t i = 1; i < threads_; ++i)
      others.emplace_back([this] {
        if (steps_.thread_start) steps_.thread_start();
        work();
      });
    work();
    for (auto& t : others) t.join();
    if (error_) std::rethrow_exception(error_);
  }

  // Only from inside `read`, before it waits for more input: processes `batch` (what it read so far) now,
  // and returns once its outputs are written after those of every batch read before it. `batch` is then
  // empty again.
  void finish_now(Batch& batch) {
    Batch now = std::move(batch);
    batch = Batch();
    const uint64_t ticket = next_ticket_++;  // the caller holds read_mutex_
    hand_on(ticket, steps_.process(now));
    std::unique_lock<std::mutex> lock(order_mutex_);
    order_cv_.wait(lock, [&] { return next_write_ > ticket || failed_; });
  }

 private:
  void work() {
    try {
      Batch batch;  // this thread's, read into again and again
      while (true) {
        uint64_t ticket;
        {
          std::lock_guard<std::mutex> lock(read_mutex_);
          if (read_all_ || stopped()) return;
          if (!steps_.read(batch)) read_all_ = true;
          ticket = next_ticket_++;
        }
        hand_on(ticket, steps_.process(batch));
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(order_mutex_);
      if (!error_) error_ = std::current_exception();
      failed_ = true;
      order_cv_.notify_all();
    }
  }

  bool stopped() {
    std::lock_guard<std::mutex> lock(order_mutex_);
    return failed_;
  }

  // Writes `out` when its turn has come (then the waiting outputs that follow it), else leaves it waiting;
  // at most `window_` outputs wait, so memory stays bounded however long the input.
  void hand_on(uint64_t ticket, Output&& out) {
    std::unique_lock<std::mutex> lock(order_mutex_);
    order_cv_.wait(lock, [&] { return ticket == next_write_ || waiting_.size() < window_ || failed_; });
    if (failed_) return;
    if (ticket != next_write_) {
      waiting_.emplace(ticket, std::move(out));
      return;
    }
    steps_.write(std::move(out));
    ++next_write_;
    for (auto it = waiting_.begin(); it != waiting_.end() && it->first == next_write_; it = waiting_.erase(it)) {
      steps_.write(std::move(it->second));
      ++next_write_;
    }
    order_cv_.notify_all();
  }

  const size_t threads_, window_;
  Steps steps_;
  std::mutex read_mutex_;  // reading, read_all_, next_ticket_
  bool read_all_ = false;
  uint64_t next_ticket_ = 0;  // the batches in read order
  std::mutex order_mutex_;    // writing, and everything below
  std::condition_variable order_cv_;
  uint64_t next_write_ = 0;
  std::map<uint64_t, Output> waiting_;  // processed, waiting for an earlier batch to be written
  bool failed_ = false;
  std::exception_ptr error_;
};

}  // namespace textchain::cli

#endif
