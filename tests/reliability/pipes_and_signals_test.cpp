// The command as a filter: `| head -n 1` ends it quietly, and SIGINT, SIGTERM and SIGHUP stop reading,
// finish the documents in flight, write their records and exit 128 + the signal. Every signal test decides
// what the command is doing when the signal arrives (waiting on its input, blocked in a plugin, blocked
// writing to a full pipe): none races the signal against the clock.
#include "command_runner.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>
#include <thread>

namespace {
using namespace reliability;
using namespace std::chrono_literals;

std::string config_in(const TempDir& tmp) {
  const auto file = tmp / "chain.toml";
  write_file(file, "plugin_dirs = ['" + test_plugin_dir() + "']\n[chains.t]\nsteps = [\"acronyms\", \"hostile\"]\n");
  return file.string();
}

std::string record_line(int i) {
  return "{\"id\": " + std::to_string(i) + ", \"text\": \"Document " + std::to_string(i) +
         ": NATO and the UN met again today.\"}\n";
}

std::string many_records(const TempDir& tmp, int n) {
  const auto file = tmp / "many.jsonl";
  std::ofstream f(file, std::ios::binary);
  for (int i = 1; i <= n; ++i) f << record_line(i);
  return file.string();
}

// Records are a prefix of the input, each complete, in order.
int check_prefix(const std::string& out) {
  auto recs = parse_records(out);
  int i = 0;
  for (const auto& r : recs) {
    ++i;
    EXPECT_TRUE(r.is_object()) << "record " << i << " is cut or not JSON: " << r;
    if (!r.is_object()) break;
    EXPECT_EQ(r.as_object().at("id"), i) << "record " << i << " out of order";
    EXPECT_EQ(messages(r), "") << r;
  }
  EXPECT_TRUE(out.empty() || out.back() == '\n') << "the last record is cut";
  return i;
}
}  // namespace

class HeadOfPipe : public ::testing::TestWithParam<const char*> {};

TEST_P(HeadOfPipe, ExitsQuietly) {
  TempDir tmp;
  const std::string input = many_records(tmp, 200000);
  const std::string script = "'" + textchain_exe() + "' run --config '" + config_in(tmp) + "' -j " + GetParam() +
                             " '" + input + "' 2>'" + (tmp / "err").string() + "' | head -n 1 >'" +
                             (tmp / "out").string() + "'; echo ${PIPESTATUS[0]} >'" + (tmp / "rc").string() + "'";
  write_file(tmp / "script.sh", script + "\n");
  ASSERT_EQ(std::system(("timeout 120 bash '" + (tmp / "script.sh").string() + "'").c_str()), 0);
  std::ifstream out(tmp / "out"), err(tmp / "err"), code(tmp / "rc");
  std::string first, rest, err_text((std::istreambuf_iterator<char>(err)), std::istreambuf_iterator<char>());
  std::getline(out, first);
  EXPECT_FALSE(std::getline(out, rest)) << "head printed one line";
  EXPECT_EQ(parse_records(first + "\n").front().as_object().at("id"), 1) << first;
  EXPECT_EQ(err_text, "") << "a closed pipe is not an error worth a message";
  int status = -1;
  code >> status;
  // 141 is how a shell reports a command stopped by SIGPIPE; 0 if it had finished before head closed.
  // Anything else (134 abort, 139 segfault, 1 error) is a failure.
  EXPECT_TRUE(status == 141 || status == 0) << "exit status " << status;
}

INSTANTIATE_TEST_SUITE_P(Jobs, HeadOfPipe, ::testing::Values("1", "2"));

TEST(Interrupt, StopsReadingFinishesInFlightDocumentsAndExitsNonZero) {
  TempDir tmp;
  Child child({"run", "--config", config_in(tmp), "--jsonl", "-j", "2", "-"});
  child.write_stdin(record_line(1) + record_line(2) + record_line(3));
  // Before it waits for more input, the command writes the records of what it read: once the three are
  // out, it is waiting (or about to: a signal then ends the wait at once).
  ASSERT_TRUE(child.wait_lines(3, 60000)) << "the records of the documents read are written while it waits";
  ASSERT_EQ(kill(child.pid(), SIGINT), 0);
  Finished f = child.finish();
  EXPECT_EQ(f.signal, 0) << "it exits by itself, not killed by the signal";
  EXPECT_EQ(f.exit_code, 130);
  EXPECT_EQ(check_prefix(f.out), 3) << "the three documents read were processed and written:\n" << f.out;
  EXPECT_NE(f.err.find("interrupted by SIGINT"), std::string::npos) << f.err;
}

namespace {
std::string signal_name(int sig) { return sig == SIGINT ? "SIGINT" : sig == SIGTERM ? "SIGTERM" : "SIGHUP"; }
}  // namespace

// With a file as input, the signal arrives while a plugin is in the middle of document 100 (it waits on a
// marker file the test creates after sending the signal).
class StopSignal : public ::testing::TestWithParam<std::tuple<int, const char*>> {};

TEST_P(StopSignal, WithAFileInputWritesAPrefixOfCompleteRecords) {
  const auto [sig, jobs] = GetParam();
  TempDir tmp;
  // Few enough records before the stop that they fit the pipe the test reads only at the end; enough after
  // it that -j 2 cannot have read them all (its threads read ahead up to a window of batches of up to 256
  // documents: 10 of them).
  const int total = 4000, at = 100;
  const std::string input = many_records(tmp, total);
  write_file(tmp / "chain.toml", "plugin_dirs = ['" + test_plugin_dir() + "', '" + edge_plugin_dir() +
                                     "']\n[chains.t]\nsteps = [\"acronyms\", {plugin = \"blocker\", options = {dir = '" +
                                     tmp.path().string() + "', at = " + std::to_string(at) + "}}]\n");
  Child child({"run", "--config", (tmp / "chain.toml").string(), "-j", jobs, input});
  const auto deadline = std::chrono::steady_clock::now() + 60s;
  while (std::chrono::steady_clock::now() < deadline && !std::filesystem::exists(tmp / "reached"))
    std::this_thread::sleep_for(5ms);
  ASSERT_TRUE(std::filesystem::exists(tmp / "reached")) << "the plugin reached document " << at;
  ASSERT_EQ(kill(child.pid(), sig), 0);
  // The plugin is released only once a thread has taken the signal: on a loaded machine the thread the kernel
  // picked to run the handler may wait to be scheduled while the released workers read the whole input.
  const auto taken_by = std::chrono::steady_clock::now() + 60s;
  while (std::chrono::steady_clock::now() < taken_by && child.signal_pending(sig)) std::this_thread::sleep_for(1ms);
  write_file(tmp / "release", "");
  Finished f = child.finish();
  EXPECT_EQ(f.signal, 0) << "it exits by itself, not killed by " << signal_name(sig);
  EXPECT_EQ(f.exit_code, 128 + sig);
  const int written = check_prefix(f.out);
  EXPECT_GE(written, at) << "the documents read before the signal were finished and written";
  EXPECT_LT(written, total) << "reading stopped";
  if (std::string(jobs) == "1") {
    EXPECT_EQ(written, at);
  }
  EXPECT_NE(f.err.find("interrupted by " + signal_name(sig)), std::string::npos) << f.err;
}

INSTANTIATE_TEST_SUITE_P(Signals, StopSignal,
                         ::testing::Combine(::testing::Values(SIGINT, SIGTERM, SIGHUP), ::testing::Values("1", "2")));

// A FIFO as the input file, fed by the test: the signal arrives while the command waits for its next line.
TEST(StopSignal, WhileWaitingOnAFifoInput) {
  TempDir tmp;
  const auto fifo = tmp / "feed.jsonl";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  Child child({"run", "--config", config_in(tmp), fifo.string()});
  const int fd = open(fifo.c_str(), O_WRONLY);  // waits for the command to open it
  ASSERT_GE(fd, 0);
  const std::string lines = record_line(1) + record_line(2);
  ASSERT_EQ(write(fd, lines.data(), lines.size()), static_cast<ssize_t>(lines.size()));
  ASSERT_TRUE(child.wait_lines(2, 60000));
  ASSERT_EQ(kill(child.pid(), SIGTERM), 0);
  Finished f = child.finish();
  close(fd);
  EXPECT_EQ(f.exit_code, 128 + SIGTERM) << f.err;
  EXPECT_EQ(check_prefix(f.out), 2) << f.out;
}

// A signal that interrupts a write to a full pipe is not a broken pipe: the write is finished, the run
// stops after it and says why.
TEST(StopSignal, InterruptingAWriteToAFullPipeLosesNoRecord) {
  TempDir tmp;
  const int total = 20000;
  const std::string input = many_records(tmp, total);
  Child child({"run", "--config", config_in(tmp), "-j", "1", input});
  // Nothing is read from the child's stdout: the pipe fills and the command blocks writing.
  const auto deadline = std::chrono::steady_clock::now() + 60s;
  while (std::chrono::steady_clock::now() < deadline && !child.blocked_writing_stdout())
    std::this_thread::sleep_for(5ms);
  ASSERT_TRUE(child.blocked_writing_stdout());
  ASSERT_EQ(kill(child.pid(), SIGINT), 0);
  Finished f = child.finish();
  EXPECT_EQ(f.exit_code, 130) << f.err;
  const int written = check_prefix(f.out);
  EXPECT_GT(written, 0);
  EXPECT_LT(written, total);
  EXPECT_NE(f.err.find("interrupted by SIGINT"), std::string::npos) << f.err;
}
