// The command as a filter: `| head -n 1` ends it quietly, and SIGINT stops reading, finishes the
// documents in flight, writes their records and exits non-zero.
#include "command_runner.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <fstream>
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
  // Wait until the command has read all three lines and waits for more; then interrupt it.
  const auto deadline = std::chrono::steady_clock::now() + 60s;
  while (std::chrono::steady_clock::now() < deadline &&
         !(child.catches(SIGINT) && child.stdin_unread() == 0 && child.blocked_reading_stdin()))
    std::this_thread::sleep_for(20ms);
  std::this_thread::sleep_for(100ms);
  ASSERT_TRUE(child.catches(SIGINT)) << "the command installs a SIGINT handler";
  ASSERT_EQ(kill(child.pid(), SIGINT), 0);
  Finished f = child.finish();
  EXPECT_EQ(f.signal, 0) << "it exits by itself, not killed by the signal";
  EXPECT_NE(f.exit_code, 0);
  EXPECT_EQ(check_prefix(f.out), 3) << "the three documents read were processed and written:\n" << f.out;
  EXPECT_NE(f.err.find("interrupted"), std::string::npos) << f.err;
}

TEST(Interrupt, WhileReadingALongFileWritesAPrefixOfCompleteRecords) {
  TempDir tmp;
  const int total = 400000;
  const std::string input = many_records(tmp, total);
  Child child({"run", "--config", config_in(tmp), "-j", "2", input});
  const auto deadline = std::chrono::steady_clock::now() + 60s;
  while (std::chrono::steady_clock::now() < deadline && !child.catches(SIGINT)) std::this_thread::sleep_for(5ms);
  ASSERT_TRUE(child.catches(SIGINT));
  ASSERT_TRUE(child.wait_stdout(60000)) << "records are being written";
  ASSERT_EQ(kill(child.pid(), SIGINT), 0);
  Finished f = child.finish();
  EXPECT_EQ(f.signal, 0);
  EXPECT_NE(f.exit_code, 0);
  const int written = check_prefix(f.out);
  EXPECT_GT(written, 0);
  EXPECT_LT(written, total) << "reading stopped";
  EXPECT_NE(f.err.find("interrupted"), std::string::npos) << f.err;
}
