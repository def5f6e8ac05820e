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
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

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

std::string read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
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
  const char* absent = "";  // not in it
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
      if (*c.absent) {
        EXPECT_EQ(message.find(c.absent), std::string::npos) << message;
      }
#endif
      EXPECT_NE(message.find("tried twice"), std::string::npos) << "one retry, then the error: " << message;
      EXPECT_EQ(record.as_object().at("source"), boost::json::parse("[1, 2.50]")) << "pass-through fields kept";
    } else {
      EXPECT_EQ(lines[static_cast<size_t>(i - 1)], good_lines[g++]) << "a good document's record is untouched";
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Behaviours, BadPlugin,
                         ::testing::Values(Case{"bad_segv", "SIGSEGV", "out of memory"},
                                           Case{"bad_abort", "SIGABRT", "out of memory"},
                                           Case{"bad_exit", "called exit(0)"}, Case{"bad_loop", "time limit"},
                                           // malloc returns null under the limit, the plugin writes through it
                                           Case{"bad_alloc", "ran out of memory: an allocation was refused under the worker memory limit of 1024 MiB"}),
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

// The records a worker makes whole are the bytes an in-process run writes (streamed with -j 1, made whole
// in threads with -j 2), for every shape of input record: ids that are strings, integers, too large for
// int64, missing or of the wrong type; pass-through fields of every JSON type, some named like the record's
// own fields, one with a key and a value that are not UTF-8; a line that is not JSON and a blank line; a
// document larger than a pipe; and results with rewritten text, edits, links, errors reported by a step,
// NaN and non-UTF-8 attribute keys.
TEST(Isolate, RecordsAreInProcessBytes) {
  TempDir tmp;
  write_file(tmp / "chain.toml",
             "plugin_dirs = ['" + test_plugin_dir() + "', '" + edge_plugin_dir() +
                 "']\n[chains.t]\nsteps = [\"acronyms\", {plugin = \"hostile\", explain = true, options = {mode = \"upper\"}},"
                 " {plugin = \"hostile\", options = {mode = \"error\", every = 3}}, \"oddvalues\"]\n");
  const auto input = tmp / "input.jsonl";
  {
    std::ofstream f(input, std::ios::binary);
    f << "{\"id\": 1, \"text\": \"the NATO summit opened in riga.\", \"source\": [1, 2.50], "
         "\"meta\": {\"a\": \"\\u00e9\\n\", \"b\": null, \"c\": [true, false]}}\n";
    f << "{\"id\": \"doc-two\", \"text\": \"the UN said so.\", \"date\": \"2024-02-29\", \"annotations\": 7, "
         "\"lang\": \"en\"}\n";
    f << "{\"text\": \"no id: the line number is the id.\", \"big\": 12345678901234567890}\n";
    f << "{\"id\": 18446744073709551615, \"text\": \"an id beyond int64, which the WHO checked.\"}\n";
    f << "{\"id\": 2.5, \"text\": \"an id of the wrong type.\", \"n\": -0.0}\n";
    f << "{\"id\": 6, \"text\": \n";  // not JSON: an error record, made by the supervisor
    f << "\n";                       // blank: a record with a warning
    f << "{\"id\": 8, \"text\": \"a key and a value that are not \\u0055TF-8.\", \"k\xff\": \"v\xfe\"}\n";
    f << "{\"id\": 9, \"text\": \"named like the record's fields.\", \"warnings\": [\"x\"], \"edits\": 1, "
         "\"rewritten_text\": \"y\", \"errors\": 0, \"id2\": \"z\"}\n";
    for (int i = 10; i <= 40; ++i) {
      f << "{\"id\": " << i << ", \"text\": \"document " << i << " of the IMF";
      for (int k = 0; k < (i * 7) % 5; ++k) f << ", and a longer text for the OECD";
      // One document larger than a pipe holds: its task and its record each take several reads.
      if (i == 20)
        for (int k = 0; k < 50000; ++k) f << ", 12345";
      f << ".\", \"i\": " << i << "}\n";
    }
  }
  const std::string config = (tmp / "chain.toml").string();
  const Finished streamed = run_textchain({"run", "--config", config, input.string()});
  const Finished threads = run_textchain({"run", "--config", config, "-j", "2", input.string()});
  const Finished isolated = run_textchain({"run", "--config", config, "--isolate", "-j", "2", input.string()});
  EXPECT_EQ(streamed.exit_code, 1) << "steps reported errors: " << streamed.err;
  EXPECT_EQ(threads.exit_code, 1) << threads.err;
  EXPECT_EQ(isolated.exit_code, 1) << isolated.err;
  ASSERT_EQ(lines_of(streamed.out).size(), 40u) << streamed.out << streamed.err;
  EXPECT_EQ(threads.out, streamed.out);
  EXPECT_EQ(isolated.out, streamed.out);
  // What the test relies on is there: the input's odd shapes reached the records.
  for (const char* part : {"\"rewritten_text\":", "\"edits\":[", "\"message\":\"reported on purpose\"", "\"source\":[1, 2.50]",
                           "\"id\":18446744073709551615", "\"id\":\"doc-two\"", "is neither a string nor an integer",
                           "invalid UTF-8 replaced", "blank line", "\"id\":null", "\"links\":[", "written as null"})
    EXPECT_NE(isolated.out.find(part), std::string::npos) << part;
}

// A worker that dies on a document: the others' records are the in-process records of a run without that
// document, byte for byte, and the dead one's record keeps its id and pass-through fields as the input
// had them.
TEST(Isolate, AroundACrashTheRecordsAreInProcessBytes) {
  TempDir tmp;
  const std::string config = chain_config(tmp, "bad_segv");
  const Finished isolated =
      run_textchain({"run", "--config", config, "--isolate", "-j", "2", "--document-timeout", "0.5", write_input(tmp, true)});
  const Finished in_process = run_textchain({"run", "--config", config, "-j", "2", write_input(tmp, false)});
  EXPECT_EQ(isolated.exit_code, 1) << isolated.err;
  EXPECT_EQ(in_process.exit_code, 0) << in_process.err;
  std::vector<std::string> lines = lines_of(isolated.out);
  ASSERT_EQ(lines.size(), static_cast<size_t>(kDocuments)) << isolated.out;
  const std::string dead = lines[kBad - 1];
  // (AddressSanitizer reports the crash its own way, and ends the worker with exit status 1.)
  EXPECT_EQ(dead.rfind("{\"id\":3,\"annotations\":[],\"errors\":[{\"plugin\":\"bad_segv\",\"message\":\"step 'bad_segv' ", 0), 0u)
      << dead;
#if !defined(ISOLATION_SANITIZED)
  EXPECT_NE(dead.find("crashed the worker process: SIGSEGV"), std::string::npos) << dead;
#endif
  EXPECT_NE(dead.find("tried twice"), std::string::npos) << dead;
  const std::string end = ",\"source\":[1, 2.50]}";
  EXPECT_EQ(dead.substr(dead.size() - std::min(dead.size(), end.size())), end) << dead;
  lines.erase(lines.begin() + (kBad - 1));
  EXPECT_EQ(lines, lines_of(in_process.out));
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

enum class Mode { kInProcess, kInProcessThreads, kIsolated };
class PluginStdout : public ::testing::TestWithParam<Mode> {};

// `textchain run` of the chain holding `plugin` over the test input: one thread, two threads, or isolated
// workers.
Finished run_in_mode(TempDir& tmp, const char* plugin, Mode mode) {
  std::vector<std::string> args = {"run", "--config", chain_config(tmp, plugin), "-j",
                                   mode == Mode::kInProcess ? "1" : "2", write_input(tmp, true)};
  if (mode == Mode::kIsolated) args.push_back("--isolate");
  return run_textchain(args);
}

// The run of `plugin` in this test's mode, checked to succeed with one record per input document.
Finished run_every_record_written(TempDir& tmp, const char* plugin, Mode mode) {
  Finished f = run_in_mode(tmp, plugin, mode);
  EXPECT_EQ(f.exit_code, 0) << f.err;
  EXPECT_EQ(parse_records(f.out).size(), static_cast<size_t>(kDocuments)) << f.out;
  return f;
}

// Whatever a plugin prints goes to stderr with a warning naming the plugin; stdout holds the records only,
// in every mode. In-process with -j 2, another thread's step may be the one that finds the bytes: the
// warning says that it may be another step.
TEST_P(PluginStdout, NeverReachesTheRecords) {
  const Mode mode = GetParam();
  TempDir tmp;
  const Finished f = run_every_record_written(tmp, "bad_stdout", mode);
  const auto records = parse_records(f.out);
  ASSERT_EQ(records.size(), static_cast<size_t>(kDocuments));
  for (int i = 1; i <= kDocuments; ++i) {
    ASSERT_TRUE(records[static_cast<size_t>(i - 1)].is_object()) << f.out;
    EXPECT_EQ(records[static_cast<size_t>(i - 1)].as_object().at("id"), i);
  }
  EXPECT_EQ(f.out.find("PLUGIN-STDOUT"), std::string::npos);
  // The records themselves are the same bytes in every mode.
  const Finished one_thread = run_textchain({"run", "--config", chain_config(tmp, "bad_stdout"), write_input(tmp, true)});
  EXPECT_EQ(f.out, one_thread.out);
  EXPECT_NE(f.err.find("PLUGIN-STDOUT-WRITE"), std::string::npos) << f.err;
  EXPECT_NE(f.err.find("PLUGIN-STDOUT-PRINTF"), std::string::npos) << f.err;
  if (mode == Mode::kInProcessThreads)
    EXPECT_NE(f.err.find("(or a step running at the same time in another of the 2 threads"), std::string::npos) << f.err;
  else
    EXPECT_NE(f.err.find("plugin 'bad_stdout' wrote 41 bytes to standard output while processing document 3;"),
              std::string::npos)
        << f.err;
  EXPECT_EQ(f.err.find("plugin 'acronyms' wrote"), std::string::npos) << f.err;
}

// After a step only the first bytes of what plugins wrote are looked at (no system call): output that begins
// with 8 zero bytes is still found, by the lseek at the end of the run (in a worker, after the document's
// last step), copied to stderr and kept out of the records, in every mode.
TEST_P(PluginStdout, ZerosFirstStillFound) {
  TempDir tmp;
  const Finished f = run_every_record_written(tmp, "bad_stdout_zeros", GetParam());
  EXPECT_EQ(f.out.find("ZEROS-FIRST"), std::string::npos);
  EXPECT_EQ(f.out.find('\0'), std::string::npos);
  EXPECT_NE(f.err.find("ZEROS-FIRST"), std::string::npos) << f.err;
  EXPECT_NE(f.err.find(" wrote 20 bytes to standard output "), std::string::npos) << f.err;
}

// What a plugin prints in its create is said to be written while the plugins were loaded, in both modes:
// not blamed on the first step of the first document.
TEST(PluginStdoutAtLoad, SaidSoNotBlamedOnAStep) {
  TempDir tmp;
  for (const bool isolate : {false, true}) {
    std::vector<std::string> args = {"run", "--config", chain_config(tmp, "bad_print_create"), write_input(tmp, false)};
    if (isolate) args.push_back("--isolate");
    const Finished f = run_textchain(args);
    EXPECT_EQ(f.exit_code, 0) << f.err;
    EXPECT_EQ(f.out.find("PLUGIN-CREATE-PRINTF"), std::string::npos);
    EXPECT_NE(f.err.find("PLUGIN-CREATE-PRINTF"), std::string::npos) << f.err;
    EXPECT_NE(f.err.find("the chain's plugins wrote 21 bytes to standard output while the plugins were loaded"),
              std::string::npos)
        << isolate << ": " << f.err;
    EXPECT_EQ(f.err.find("while processing document"), std::string::npos) << isolate << ": " << f.err;
  }
}

INSTANTIATE_TEST_SUITE_P(Modes, PluginStdout, ::testing::Values(Mode::kInProcess, Mode::kInProcessThreads, Mode::kIsolated),
                         [](const auto& info) {
                           return std::string(info.param == Mode::kInProcess          ? "InProcess"
                                              : info.param == Mode::kInProcessThreads ? "InProcessThreads"
                                                                                      : "Isolated");
                         });

// --format brat with --isolate: the supervisor formats the results (one process claims the file names), so
// the folder holds what an in-process run writes, and the bad document's .ann is there too.
TEST(Isolate, BratFolderAsInProcess) {
  TempDir tmp;
  const std::string config = chain_config(tmp, "bad_segv");
  const std::string good = write_input(tmp, false, 12);
  const auto in_dir = tmp / "in", iso_dir = tmp / "iso", bad_dir = tmp / "bad";
  const Finished in_process = run_textchain({"run", "--config", config, "--format", "brat", "--output-dir", in_dir.string(), good});
  const Finished isolated =
      run_textchain({"run", "--config", config, "--isolate", "-j", "2", "--format", "brat", "--output-dir", iso_dir.string(), good});
  ASSERT_EQ(in_process.exit_code, 0) << in_process.err;
  ASSERT_EQ(isolated.exit_code, 0) << isolated.err;
  std::string isolated_out = isolated.out;  // the records name the files: the same, in another folder
  for (size_t at; (at = isolated_out.find("/iso/")) != std::string::npos;) isolated_out.replace(at, 5, "/in/");
  EXPECT_EQ(isolated_out, in_process.out);
  size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(in_dir)) {
    ++files;
    const auto twin = iso_dir / e.path().filename();
    ASSERT_TRUE(std::filesystem::exists(twin)) << twin;
    EXPECT_EQ(read_file(twin), read_file(e.path())) << e.path().filename();
  }
  EXPECT_EQ(files, 2u * 11u) << "a .txt and a .ann per document";
  const Finished bad = run_textchain({"run", "--config", config, "--isolate", "-j", "2", "--document-timeout", "0.5",
                                      "--format", "brat", "--output-dir", bad_dir.string(), write_input(tmp, true)});
  EXPECT_EQ(bad.exit_code, 1) << bad.err;
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(bad_dir), std::filesystem::directory_iterator()),
            2 * kDocuments) << "the bad document's files too";
}

// A failing fork or pipe in the supervisor (injected: TEXTCHAIN_ISOLATION_FAULT) is a clear error: at
// start, the run ends before reading anything (exit 71); during the run, when the worker that died on the
// bad document cannot be replaced, every document it had not finished, and every later one, gets a record
// saying so; none is lost, and the command does not crash.
struct Fault {
  const char* spec;
  const char* call;
};
class SupervisorFault : public ::testing::TestWithParam<Fault> {};

TEST_P(SupervisorFault, ClearErrorNothingLost) {
  const Fault fault = GetParam();
  TempDir tmp;
  const std::string config = chain_config(tmp, "bad_segv");
  const std::string input = write_input(tmp, true);
  ::setenv("TEXTCHAIN_ISOLATION_FAULT", (std::string(fault.call) + ":1").c_str(), 1);
  const Finished at_start = run_textchain({"run", "--config", config, "--isolate", "-j", "1", input});
  ::setenv("TEXTCHAIN_ISOLATION_FAULT", fault.spec, 1);
  const Finished mid_run = run_textchain({"run", "--config", config, "--isolate", "-j", "1", input});
  ::unsetenv("TEXTCHAIN_ISOLATION_FAULT");

  EXPECT_EQ(at_start.signal, 0);
  EXPECT_EQ(at_start.exit_code, 71) << at_start.err;
  EXPECT_EQ(at_start.out, "");
  EXPECT_NE(at_start.err.find(std::string("no worker process could be started: ") + fault.call + ": "), std::string::npos)
      << at_start.err;

  EXPECT_EQ(mid_run.signal, 0);
  EXPECT_EQ(mid_run.exit_code, 1) << mid_run.err;
  const auto records = parse_records(mid_run.out);
  ASSERT_EQ(records.size(), static_cast<size_t>(kDocuments)) << mid_run.out << mid_run.err;
  for (int i = 1; i <= kDocuments; ++i) {
    const auto& r = records[static_cast<size_t>(i - 1)];
    ASSERT_TRUE(r.is_object());
    EXPECT_EQ(r.as_object().at("id"), i);
    // Documents before the bad one may have been done but not yet sent when the worker died: they are
    // complete, or they say that they could not be processed, as every later one does.
    const std::string message = error_message(r);
    if (i < kBad && message.empty()) continue;
    EXPECT_NE(message.find(std::string("not processed: no worker process could be started (") + fault.call + ": "),
              std::string::npos)
        << i << ": " << message;
  }
  EXPECT_NE(mid_run.err.find(std::string("cannot start a worker process: ") + fault.call), std::string::npos) << mid_run.err;
}

// The same with a real limit: RLIMIT_NOFILE so low that the supervisor's pipes fail (the command needs 7
// descriptors before its first worker: 3 standard, the records' own, the stdout memory file, the stop
// pipe). With 8, no worker can start; with 11 and -j 3, one or two do and carry the run.
Finished run_with_descriptor_limit(const TempDir& tmp, rlim_t limit, const std::vector<std::string>& args) {
  const auto out = tmp / "out", err = tmp / "err";
  std::vector<std::string> argv_strings = {textchain_exe()};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_strings) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid == 0) {
    // Descriptors 0, 1, 2 and nothing else, as a shell would start it.
    const int in = ::open("/dev/null", O_RDONLY);
    const int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (in < 0 || o < 0 || e < 0 || ::dup2(in, 0) < 0 || ::dup2(o, 1) < 0 || ::dup2(e, 2) < 0) ::_exit(120);
    ::close_range(3, ~0u, 0);
    const struct rlimit r {limit, limit};
    if (::setrlimit(RLIMIT_NOFILE, &r) != 0) ::_exit(121);
    ::execv(argv[0], argv.data());
    ::_exit(122);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  Finished f;
  f.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  f.out = read_file(out);
  f.err = read_file(err);
  return f;
}

TEST(SupervisorFault, TooFewDescriptors) {
  TempDir tmp;
  const std::string config = chain_config(tmp, "bad_segv");
  const std::string input = write_input(tmp, false, 20);
  const Finished none = run_with_descriptor_limit(tmp, 8, {"run", "--isolate", "-j", "1", "--config", config, input});
  EXPECT_EQ(none.exit_code, 71) << none.err;
  EXPECT_EQ(none.out, "");
  EXPECT_NE(none.err.find("no worker process could be started: pipe: Too many open files"), std::string::npos) << none.err;
  const Finished some = run_with_descriptor_limit(tmp, 11, {"run", "--isolate", "-j", "3", "--config", config, input});
  EXPECT_EQ(some.exit_code, 0) << some.err;
  EXPECT_NE(some.err.find("cannot start a worker process: pipe: Too many open files"), std::string::npos) << some.err;
  const Finished in_process = run_textchain({"run", "--config", config, input});
  EXPECT_EQ(some.out, in_process.out) << "every record, complete, in order";
  EXPECT_EQ(parse_records(some.out).size(), 19u);
}

// fork:2 fails the replacement's fork; pipe:3 its first pipe (each worker makes two).
INSTANTIATE_TEST_SUITE_P(Calls, SupervisorFault, ::testing::Values(Fault{"fork:2", "fork"}, Fault{"pipe:3", "pipe"}),
                         [](const auto& info) { return std::string(info.param.call); });

// A status page that cannot be mapped (mmap fails in the Supervisor's constructor), or no worker that can be
// forked for `bench --isolate`: exit 71 with the call named, as for any worker that cannot start; never
// std::terminate, never the configuration error's 78.
TEST(Isolate, NoWorkerAtAllExits71InRunAndBench) {
  TempDir tmp;
  const std::string config = chain_config(tmp, "bad_segv");
  const std::string input = write_input(tmp, false);  // no marked document: `bench` runs the chain in-process too
  struct Call {
    std::vector<std::string> args;
    const char* fault;
    const char* expected;
  };
  const std::vector<Call> calls = {
      {{"run", "--config", config, "--isolate", "-j", "2", input}, "mmap:2", "cannot map a worker's status page: mmap: "},
      {{"bench", "--config", config, "--isolate", "--repeat", "1", "--warmup", "0", input}, "mmap:1",
       "cannot map a worker's status page: mmap: "},
      {{"bench", "--config", config, "--isolate", "--repeat", "1", "--warmup", "0", input}, "fork:1",
       "no worker process could be started: fork: "},
  };
  for (const Call& c : calls) {
    ::setenv("TEXTCHAIN_ISOLATION_FAULT", c.fault, 1);
    const Finished f = run_textchain(c.args);
    ::unsetenv("TEXTCHAIN_ISOLATION_FAULT");
    EXPECT_EQ(f.signal, 0) << c.args[0] << " " << c.fault << ": " << f.err;
    EXPECT_EQ(f.exit_code, 71) << c.args[0] << " " << c.fault << ": " << f.err;
    EXPECT_NE(f.err.find(c.expected), std::string::npos) << c.args[0] << " " << c.fault << ": " << f.err;
  }
}

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

// A value of the wrong type is the configuration error the chain loader names (file, line, column), with
// or without --isolate: the command reads the table with the loader's own reader, not a lenient one.
TEST(IsolationTable, AWrongValueIsTheLoadersError) {
  TempDir tmp;
  const auto config = tmp / "chain.toml";
  write_file(config, "plugin_dirs = ['" + test_plugin_dir() + "']\n[isolation]\nenabled = true\ndocument_timeout = \"slow\"\n"
                     "[chains.t]\nsteps = [\"acronyms\"]\n");
  for (const char* isolate : {"--isolate", "--no-isolate"}) {
    const Finished f = run_textchain({"run", "--config", config.string(), isolate, write_input(tmp, false)});
    EXPECT_EQ(f.exit_code, 78) << isolate << ": " << f.err;
    EXPECT_EQ(f.out, "");
    EXPECT_NE(f.err.find("chain.toml:4:20"), std::string::npos) << isolate << ": " << f.err;
    EXPECT_NE(f.err.find("'document_timeout' must be a positive number of seconds"), std::string::npos) << f.err;
  }
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
