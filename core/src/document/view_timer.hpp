// Timing of the host's shared views (tokens, sentences) built inside a step, for `textchain bench`.
//
// The host builds a text version's tokens and sentences when a step first asks for them, inside that
// step's interval. Without this, `textchain bench` would charge the tokenizer and the sentence splitter to
// whichever step happens to ask first (in the default chain, `dates`), and a step's figure would change
// with its neighbours. The bench reports them as a row of their own, "(views)".
#ifndef TEXTCHAIN_DOCUMENT_VIEW_TIMER_HPP
#define TEXTCHAIN_DOCUMENT_VIEW_TIMER_HPP

#include <chrono>
#include <cstdint>
#include <ctime>

namespace textchain::document {

// The calling thread's CPU time (the step observer's CPU clock).
inline uint64_t thread_cpu_ns() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<uint64_t>(ts.tv_sec) * 1000000000ull + static_cast<uint64_t>(ts.tv_nsec);
}

inline uint64_t steady_ns() {
  return static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
          .count());
}

// What the views built inside one step cost: wall and CPU time, and how many builds were timed (each
// timed build reads the clocks twice, which the bench subtracts).
struct ViewTime {
  uint64_t wall_ns = 0, cpu_ns = 0, builds = 0;
  bool timing = false;  // inside a timed build: a nested build (sentences read the tokens) is not timed twice
};

// Adds the build in its scope to `time` when `time` is not null and no enclosing build is being timed.
class ViewTimer {
 public:
  explicit ViewTimer(ViewTime* time) : time_(time && !time->timing ? time : nullptr) {
    if (!time_) return;
    time_->timing = true;
    wall0_ = steady_ns();
    cpu0_ = thread_cpu_ns();
  }
  ~ViewTimer() {
    if (!time_) return;
    time_->cpu_ns += thread_cpu_ns() - cpu0_;
    time_->wall_ns += steady_ns() - wall0_;
    ++time_->builds;
    time_->timing = false;
  }
  ViewTimer(const ViewTimer&) = delete;
  ViewTimer& operator=(const ViewTimer&) = delete;

 private:
  ViewTime* time_;
  uint64_t wall0_ = 0, cpu0_ = 0;
};

}  // namespace textchain::document

#endif
