// WorkerTeam (core/cli/worker_team.hpp): outputs written in read order, memory bounded while an early batch
// is slow, finish_now() writing what was read before a wait, and a thread's exception reaching run().
#include "worker_team.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace {
using textchain::cli::WorkerTeam;

struct Batch {
  int id = -1;
};
using Team = WorkerTeam<Batch, int>;

TEST(WorkerTeam, WritesEveryBatchOnceInReadOrder) {
  constexpr int kBatches = 2000;
  int next = 0;
  std::vector<int> written;
  std::atomic<int> processed{0};
  Team team(4, {[&](Batch& b) {
                  b.id = next++;
                  return next < kBatches;
                },
                [&](Batch& b) {
                  ++processed;
                  // Uneven work, so that batches finish out of order.
                  if (b.id % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
                  return b.id;
                },
                [&](int&& id) { written.push_back(id); }, {}});
  team.run();
  ASSERT_EQ(written.size(), static_cast<size_t>(kBatches));
  for (int i = 0; i < kBatches; ++i) ASSERT_EQ(written[i], i);
  EXPECT_EQ(processed.load(), kBatches);
}

TEST(WorkerTeam, ASlowFirstBatchHoldsBackAtMostTheWindow) {
  constexpr size_t kThreads = 2;
  int next = 0;
  int read_before_first_written = -1;
  bool first_written = false;
  Team team(kThreads, {[&](Batch& b) {
                         b.id = next++;
                         return next < 1000;
                       },
                       [&](Batch& b) {
                         if (b.id == 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
                         return b.id;
                       },
                       [&](int&&) {
                         if (!first_written) read_before_first_written = next;
                         first_written = true;
                       },
                       {}});
  team.run();
  // The window (4 per thread) waiting, one batch held by each other thread, and the slow one.
  EXPECT_LE(read_before_first_written, static_cast<int>(4 * kThreads + kThreads + 1));
  EXPECT_GT(read_before_first_written, 1);  // the other thread did go on meanwhile
}

TEST(WorkerTeam, FinishNowWritesWhatWasReadBeforeIt) {
  Team* self = nullptr;
  int next = 0;
  std::mutex m;
  std::vector<int> written;
  std::vector<int> written_when_finished;
  Team team(3, {[&](Batch& b) {
                  b.id = next++;
                  if (b.id == 20) {
                    self->finish_now(b);  // as before a slow stream's wait
                    std::lock_guard<std::mutex> lock(m);
                    written_when_finished = written;
                    b.id = next++;
                  }
                  return next < 40;
                },
                [&](Batch& b) { return b.id; },
                [&](int&& id) {
                  std::lock_guard<std::mutex> lock(m);
                  written.push_back(id);
                },
                {}});
  self = &team;
  team.run();
  ASSERT_EQ(written_when_finished.size(), 21u);
  for (int i = 0; i <= 20; ++i) EXPECT_EQ(written_when_finished[i], i);
  ASSERT_EQ(written.size(), 40u);  // ids 0 to 39, batch 20 written by finish_now
  for (int i = 0; i < 40; ++i) EXPECT_EQ(written[i], i);
}

// Each thread reads into its own batch again (the room of what it read before is reused): the read step
// finds there what the same thread read last, never another thread's batch.
TEST(WorkerTeam, ReadGetsBackTheBatchItsThreadReadBefore) {
  struct Owned {
    int id = -1;
    std::thread::id reader;
  };
  int next = 0;
  int reused = 0;
  bool foreign = false;
  WorkerTeam<Owned, int> team(3, {[&](Owned& b) {
                                    if (b.id >= 0) {
                                      ++reused;
                                      foreign |= b.reader != std::this_thread::get_id();
                                    }
                                    b.id = next++;
                                    b.reader = std::this_thread::get_id();
                                    return next < 300;
                                  },
                                  [&](Owned& b) { return b.id; }, [&](int&&) {}, {}});
  team.run();
  EXPECT_GE(reused, 300 - 3);  // all but each thread's first read
  EXPECT_FALSE(foreign);
}

TEST(WorkerTeam, AThreadsExceptionReachesRun) {
  int next = 0;
  Team team(2, {[&](Batch& b) {
                  b.id = next++;
                  return next < 1000000;
                },
                [&](Batch& b) -> int {
                  if (b.id == 50) throw std::runtime_error("batch 50");
                  return b.id;
                },
                [&](int&&) {}, {}});
  EXPECT_THROW(team.run(), std::runtime_error);
  EXPECT_LT(next, 1000000);  // reading stopped
}

}  // namespace
