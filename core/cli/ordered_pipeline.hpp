// Runs jobs on N worker threads and hands their outputs back in submission order, with at most `window`
// jobs in flight, so memory stays bounded however long the input.
#ifndef TEXTCHAIN_CLI_ORDERED_PIPELINE_HPP
#define TEXTCHAIN_CLI_ORDERED_PIPELINE_HPP

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace textchain::cli {

template <class Output>
class OrderedPipeline {
 public:
  // `sink` is called on the submitting thread, in order. With threads <= 1 jobs run inline.
  OrderedPipeline(size_t threads, std::function<void(Output&&)> sink)
      : sink_(std::move(sink)), window_(threads <= 1 ? 1 : threads * 4) {
    if (threads > 1)
      for (size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
  }
  ~OrderedPipeline() {
    finish();
  }

  void submit(std::function<Output()> job) {
    if (workers_.empty()) {
      sink_(job());
      return;
    }
    std::packaged_task<Output()> task(std::move(job));
    in_flight_.push_back(task.get_future());
    {
      std::lock_guard<std::mutex> lock(mutex_);
      queue_.push_back(std::move(task));
    }
    cv_.notify_one();
    while (in_flight_.size() >= window_) drain_one();
  }

  // Waits for the jobs submitted so far and hands over their outputs; more may be submitted after.
  void drain() {
    while (!in_flight_.empty()) drain_one();
  }

  // Waits for every job and hands over the rest of the outputs.
  void finish() {
    drain();
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    cv_.notify_all();
    for (auto& t : workers_)
      if (t.joinable()) t.join();
    workers_.clear();
  }

 private:
  void drain_one() {
    Output out = in_flight_.front().get();
    in_flight_.pop_front();
    sink_(std::move(out));
  }
  void work() {
    while (true) {
      std::packaged_task<Output()> task;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        cv_.wait(lock, [this] { return stop_ || !queue_.empty(); });
        if (queue_.empty()) return;
        task = std::move(queue_.front());
        queue_.pop_front();
      }
      task();
    }
  }

  std::function<void(Output&&)> sink_;
  size_t window_;
  std::vector<std::thread> workers_;
  std::deque<std::future<Output>> in_flight_;
  std::mutex mutex_;
  std::condition_variable cv_;
  std::deque<std::packaged_task<Output()>> queue_;
  bool stop_ = false;
};

}  // namespace textchain::cli

#endif
