// `textchain run --isolate`: a plugin that crashes, aborts, calls exit(0), hangs or allocates 20 GB on one
// document costs that document's record (an error naming the step and the signal or limit), never the
// run: N documents in, N records out, in input order, the others byte-identical to a run without the bad
// document, exit status 1. A plugin writing to stdout never reaches the records, in either mode. Stop
// signals during an isolated run leave complete records and no worker process behind.
#include "command_runner.hpp"

#include <boost/json/parse.hpp>
#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

namespace {
using namespace reliability;
using namespace std::chrono_literals;

constexpr int kDocuments = 6;
constexpr int kBad = 3;  // the document whose text holds the marker

std::string document_line(int i, bool bad) {
  // Texts of different lengths, so that workers finish out of order.
  std::string text = "Document " + std::to_string(i) + ": NATO and the UN met again today.";
  for (int k = 0; k < (i * 7) % 5; ++k) text += " The IMF and the WHO spoke to the press in Geneva.";
  if (bad) text += " BADDOC";
  return "{\"id\": " + std::to_string(i) + ", \"text\": \"" + text + "\", \"source\": [1, 2.50]}\n";
}

// The input with every document, and the input without the bad one.
std::string write_input(const TempDir& tmp, bool with_bad, int documents = kDocuments) {
  const auto file = tmp / (with_bad ? "all.jsonl" : "good.jsonl");
  std::ofstream f(file, std::ios::binary);
  for (int i = 1; i <= documents; ++i)
    if (with_bad || i != kBad) f << document_line(i, i == kBad);
  return file.string();
}

std::string chain_config(const TempDir& tmp, const std::string& bad_plugin) {
  const auto file = tmp / "chain.toml";
  write_file(file, "plugin_dirs = ['" + test_plugin_dir() + "', '" + BAD_PLUGIN_DIR + "']\n[chains.t]\nsteps = [\"acronyms\", \"" +
                       bad_plugin + "\"]\n");
  return file.string();
}

std::vector<std::string> lines_of(const std::string& out) {
  std::vector<std::string> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string error_message(const boost::json::value& record) {
  const auto& errors = record.as_object().at("errors").as_array();
  return errors.empty() ? std::string() : std::string(errors.front().as_object().at("message").as_string());
}

std::string error_plugin(const boost::json::value& record) {
  const auto& errors = record.as_object().at("errors").as_array();
  if (errors.empty() || !errors.front().as_object().at("plugin").is_string()) return {};
  return std::string(errors.front().as_object().at("plugin").as_string());
}

struct Case {
  const char* plugin;
  const char* expected;  // in the bad record's error message
};

class BadPlugin : public ::testing::TestWithParam<Case> {};

// The bad document's record carries the error; every other record is the one a run without that
// document writes, in order.
TEST_P(BadPlugin, CostsOneRecordNotTheRun) {
  const Case c = GetParam();
#if defined(ISOLATION_SANITIZED)
  if (std::string(c.plugin) == "bad_alloc") GTEST_SKIP() << "AddressSanitizer: no RLIMIT_AS, and its allocator refuses 20 GB itself";
#endif
  TempDir tmp;
  const std::string config = chain_config(tmp, c.plugin);
  std::vector<std::string> args = {"run", "--config", config, "--isolate", "-j", "2", "--document-timeout", "0.5"};
#if !defined(ISOLATION_SANITIZED)
  args.insert(args.end(), {"--worker-memory", "1024"});
#endif
  std::vector<std::string> with_bad = args, without_bad = args;
  with_bad.push_back(write_input(tmp, true));
  without_bad.push_back(write_input(tmp, false));

  const Finished bad = run_textchain(with_bad);
  const Finished good = run_textchain(without_bad);
  ASSERT_EQ(good.exit_code, 0) << good.err;
  EXPECT_EQ(bad.exit_code, 1) << bad.err;
  const auto lines = lines_of(bad.out);
  const auto good_lines = lines_of(good.out);
  ASSERT_EQ(lines.size(), static_cast<size_t>(kDocuments)) << bad.out << bad.err;
  ASSERT_EQ(good_lines.size(), static_cast<size_t>(kDocuments - 1));
  size_t g = 0;
  for (int i = 1; i <= kDocuments; ++i) {
    const auto record = parse_records(lines[static_cast<size_t>(i - 1)] + "\n").front();
    ASSERT_TRUE(record.is_object()) << lines[static_cast<size_t>(i - 1)];
    EXPECT_EQ(record.as_object().at("id"), i) << "records in input order";
    if (i == kBad) {
      const std::string message = error_message(record);
      EXPECT_EQ(error_plugin(record), c.plugin) << "the error names the step: " << lines[static_cast<size_t>(i - 1)];
#if !defined(ISOLATION_SANITIZED)  // ASan reports a crash its own way (and aborts)
      EXPECT_NE(message.find(c.expected), std::string::npos) << message;
#endif
      EXPECT_NE(message.find("tried twice"), std::string::npos) << "one retry, then the error: " << message;
      EXPECT_EQ(record.as_object().at("source"), boost::json::parse("[1, 2.50]")) << "pass-through fields kept";
    } else {
      EXPECT_EQ(lines[static_cast<size_t>(i - 1)], good_lines[g++]) << "a good document's record is untouched";
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Behaviours, BadPlugin,
                         ::testing::Values(Case{"bad_segv", "SIGSEGV"}, Case{"bad_abort", "SIGABRT"},
                                           Case{"bad_exit", "called exit(0)"}, Case{"bad_loop", "time limit"},
                                           Case{"bad_alloc", "worker memory limit 1024 MiB"}),
                         [](const auto& info) { return std::string(info.param.plugin); });

// The isolated records of a well-behaved chain are the in-process records, byte for byte.
TEST(Isolate, WritesWhatInProcessWrites) {
  TempDir tmp;
  const std::string config = chain_config(tmp, "bad_segv");
  const std::string input = write_input(tmp, false, 40);
  const Finished in_process = run_textchain({"run", "--config", config, "-j", "2", input});
  const Finished isolated = run_textchain({"run", "--config", config, "--isolate", "-j", "3", input});
  EXPECT_EQ(in_process.exit_code, 0) << in_process.err;
  EXPECT_EQ(isolated.exit_code, 0) << isolated.err;
  EXPECT_EQ(lines_of(isolated.out).size(), 39u);
  EXPECT_EQ(isolated.out, in_process.out);
}

class EveryRecordAnError : public ::testing::TestWithParam<Case> {};

// A plugin that crashes in create, or on every document: every record is an error with its id, none lost.
TEST_P(EveryRecordAnError, NothingLost) {
  const Case c = GetParam();
  TempDir tmp;
  const Finished f = run_textchain({"run", "--config", chain_config(tmp, c.plugin), "--isolate", "-j", "2", write_input(tmp, true)});
  EXPECT_EQ(f.exit_code, 1) << f.err;
  const auto records = parse_records(f.out);
  ASSERT_EQ(records.size(), static_cast<size_t>(kDocuments)) << f.out << f.err;
  for (int i = 1; i <= kDocuments; ++i) {
    const auto& r = records[static_cast<size_t>(i - 1)];
    ASSERT_TRUE(r.is_object());
    EXPECT_EQ(r.as_object().at("id"), i);
    EXPECT_TRUE(r.as_object().at("annotations").as_array().empty());
    const std::string message = error_message(r);
#if defined(ISOLATION_SANITIZED)
    // UBSan stops the worker at the null store itself (exit status 1), before a crash handler could name
    // the library: only the step known from the worker's status page is named.
    if (std::string(c.plugin) == "bad_create") {
      EXPECT_NE(message.find("could not be started"), std::string::npos) << message;
      continue;
    }
#endif
    EXPECT_NE(message.find(c.expected), std::string::npos) << message;
  }
}

INSTANTIATE_TEST_SUITE_P(Behaviours, EveryRecordAnError,
                         ::testing::Values(Case{"bad_create", "plugin 'bad_create'"}, Case{"bad_every", "step 'bad_every'"}),
                         [](const auto& info) { return std::string(info.param.plugin); });

class PluginStdout : public ::testing::TestWithParam<bool> {};

// Whatever a plugin prints goes to stderr with a warning; stdout holds the records only, in both modes.
TEST_P(PluginStdout, NeverReachesTheRecords) {
  const bool isolate = GetParam();
  TempDir tmp;
  std::vector<std::string> args = {"run", "--config", chain_config(tmp, "bad_stdout"), "-j", "2", write_input(tmp, true)};
  if (isolate) args.push_back("--isolate");
  const Finished f = run_textchain(args);
  EXPECT_EQ(f.exit_code, 0) << f.err;
  const auto records = parse_records(f.out);
  ASSERT_EQ(records.size(), static_cast<size_t>(kDocuments)) << f.out;
  for (int i = 1; i <= kDocuments; ++i) {
    ASSERT_TRUE(records[static_cast<size_t>(i - 1)].is_object()) << f.out;
    EXPECT_EQ(records[static_cast<size_t>(i - 1)].as_object().at("id"), i);
  }
  EXPECT_EQ(f.out.find("PLUGIN-STDOUT"), std::string::npos);
  EXPECT_NE(f.err.find("PLUGIN-STDOUT-WRITE"), std::string::npos) << f.err;
  EXPECT_NE(f.err.find("PLUGIN-STDOUT-PRINTF"), std::string::npos) << f.err;
  EXPECT_NE(f.err.find(isolate ? "plugin 'bad_stdout' wrote" : "bad_stdout"), std::string::npos) << f.err;
}

INSTANTIATE_TEST_SUITE_P(Modes, PluginStdout, ::testing::Values(false, true),
                         [](const auto& info) { return std::string(info.param ? "Isolated" : "InProcess"); });

TEST(Isolate, ConfigErrorProcessesNothing) {
  TempDir tmp;
  const Finished f = run_textchain({"run", "--steps", "no_such_plugin", "--isolate", "-j", "2", write_input(tmp, true)});
  EXPECT_EQ(f.exit_code, 78) << f.err;
  EXPECT_EQ(f.out, "");
  EXPECT_NE(f.err.find("no_such_plugin"), std::string::npos) << f.err;
}

// The worker processes of `pid` (its children, per /proc).
std::vector<int> children_of(int pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/task/" + std::to_string(pid) + "/children");
  std::vector<int> out;
  for (int child; in >> child;) out.push_back(child);
  return out;
}

bool process_exists(int pid) { return std::filesystem::exists("/proc/" + std::to_string(pid)); }

class StopSignal : public ::testing::TestWithParam<int> {};

// The signal arrives while a worker is blocked inside a plugin on document 20: the run reads no further,
// finishes what it read, writes complete records, exits 128 + the signal, and reaps every worker.
TEST_P(StopSignal, CompleteRecordsAndNoWorkerLeft) {
  const int sig = GetParam();
  TempDir tmp;
  const int total = 3000, at = 20;
  {
    std::ofstream f(tmp / "many.jsonl", std::ios::binary);
    for (int i = 1; i <= total; ++i) f << "{\"id\": " << i << ", \"text\": \"Document " << i << ": NATO met.\"}\n";
  }
  write_file(tmp / "chain.toml", "plugin_dirs = ['" + test_plugin_dir() + "', '" + edge_plugin_dir() +
                                     "']\n[chains.t]\nsteps = [\"acronyms\", {plugin = \"blocker\", options = {dir = '" +
                                     tmp.path().string() + "', at = " + std::to_string(at) + "}}]\n");
  Child child({"run", "--config", (tmp / "chain.toml").string(), "--isolate", "-j", "2", (tmp / "many.jsonl").string()});
  const auto deadline = std::chrono::steady_clock::now() + 60s;
  while (std::chrono::steady_clock::now() < deadline && !std::filesystem::exists(tmp / "reached"))
    std::this_thread::sleep_for(5ms);
  ASSERT_TRUE(std::filesystem::exists(tmp / "reached"));
  const std::vector<int> workers = children_of(child.pid());
  EXPECT_EQ(workers.size(), 2u) << "two worker processes";
  ASSERT_EQ(kill(child.pid(), sig), 0);
  write_file(tmp / "release", "");
  const Finished f = child.finish();
  EXPECT_EQ(f.signal, 0);
  EXPECT_EQ(f.exit_code, 128 + sig) << f.err;
  const auto records = parse_records(f.out);
  EXPECT_GE(records.size(), static_cast<size_t>(at));
  EXPECT_LT(records.size(), static_cast<size_t>(total)) << "reading stopped";
  for (size_t i = 0; i < records.size(); ++i) {
    ASSERT_TRUE(records[i].is_object()) << "record " << i + 1 << " is cut";
    EXPECT_EQ(records[i].as_object().at("id"), static_cast<int64_t>(i + 1));
  }
  EXPECT_TRUE(f.out.empty() || f.out.back() == '\n');
  for (int w : workers) EXPECT_FALSE(process_exists(w)) << "worker " << w << " was left behind";
}

INSTANTIATE_TEST_SUITE_P(Signals, StopSignal, ::testing::Values(SIGINT, SIGTERM),
                         [](const auto& info) { return std::string(info.param == SIGINT ? "SIGINT" : "SIGTERM"); });

}  // namespace

namespace {
// The config's [isolation] table turns isolation on and sets its limits when the command line does not;
// --no-isolate turns it off again.
TEST(IsolationTable, SetsWhatTheCommandLineDoesNot) {
  TempDir tmp;
  const auto config = tmp / "chain.toml";
  write_file(config, "plugin_dirs = ['" + test_plugin_dir() + "', '" + BAD_PLUGIN_DIR +
                         "']\n[isolation]\nenabled = true\ndocument_timeout = 0.3\n[chains.t]\nsteps = [\"acronyms\", \"bad_segv\"]\n");
  const Finished f = run_textchain({"run", "--config", config.string(), write_input(tmp, true)});
  EXPECT_EQ(f.exit_code, 1) << f.err;
  const auto records = parse_records(f.out);
  ASSERT_EQ(records.size(), static_cast<size_t>(kDocuments)) << f.out << f.err;
  EXPECT_EQ(error_plugin(records[kBad - 1]), "bad_segv");
  const Finished in_process = run_textchain({"run", "--config", config.string(), "--no-isolate", write_input(tmp, false)});
  EXPECT_EQ(in_process.exit_code, 0) << in_process.err;
  EXPECT_EQ(parse_records(in_process.out).size(), static_cast<size_t>(kDocuments - 1));
}

TEST(IsolationTable, AMisspeltKeyIsAConfigError) {
  TempDir tmp;
  const auto config = tmp / "chain.toml";
  write_file(config, "[isolation]\nenable = true\n");
  const Finished f = run_textchain({"check", config.string()});
  EXPECT_EQ(f.exit_code, 78);
  EXPECT_NE(f.err.find("did you mean 'enabled'"), std::string::npos) << f.err;
}
}  // namespace
