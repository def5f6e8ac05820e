// textchain::IsolatedRunner, as an embedder uses it: linked against libtextchain.so, public headers only.
// N documents in, N results out in input order; the document a plugin crashes on (or exhausts its memory
// limit on, or hangs on) carries a WorkerFailure naming the step and the signal or limit, and every other
// result is the one the chain gives in-process.
#include <textchain/host.hpp>
#include <textchain/isolated_runner.hpp>

#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <unistd.h>

namespace {

constexpr int kDocuments = 7;
constexpr int kBad = 4;  // the document whose text holds the marker

textchain::Chain make_chain(const std::string& bad_plugin) {
  textchain::Host host;
  host.set_use_default_dirs(false);
  host.add_plugin_dir(TEST_PLUGIN_DIR);
  host.add_plugin_dir(BAD_PLUGIN_DIR);
  return host.make_chain({"acronyms", bad_plugin});
}

std::vector<textchain::IsolatedDocument> documents() {
  std::vector<textchain::IsolatedDocument> docs;
  for (int i = 1; i <= kDocuments; ++i) {
    std::string text = "Document " + std::to_string(i) + ": NATO and the UN met.";
    for (int k = 0; k < i % 3; ++k) text += " The IMF spoke in Geneva.";
    if (i == kBad) text += " BADDOC";
    docs.push_back({text, {std::to_string(i), "2025-09-26"}});
  }
  return docs;
}

// What a result says, in one string: enough to tell two results apart.
std::string summary(const textchain::Result& r) {
  std::string s = r.id + "|" + r.date + "|" + r.original_text + "|" + (r.text ? *r.text : "-") + "|";
  for (const auto& a : r.annotations) {
    s += a.type + "@" + a.plugin + ":" + std::to_string(a.begin) + "-" + std::to_string(a.end);
    for (const auto& at : a.attributes)
      if (const auto* v = std::get_if<std::string>(&at.value)) s += "," + at.key + "=" + *v;
    s += ";";
  }
  for (const auto& d : r.diagnostics) s += "!" + d.plugin + ":" + d.message;
  return s;
}

textchain::IsolationOptions options(size_t workers) {
  textchain::IsolationOptions o;
  o.workers = workers;
  // Short, so the hanging plugin's case is quick; under the sanitizers a crashing worker first writes a
  // symbolized report, which on a loaded machine took longer than 0.3 s and was counted as a time-out.
#if defined(ISOLATION_SANITIZED)
  o.limits.document_timeout_s = 5;
#else
  o.limits.document_timeout_s = 0.3;
#endif
#if !defined(ISOLATION_SANITIZED)
  o.limits.memory_limit_mb = 1024;
#endif
  o.warn = [](const std::string&) {};  // the messages are the failures' own, tested below
  return o;
}

struct Case {
  const char* plugin;
  const char* expected;  // in the failure's message
  int signal;
  bool out_of_memory, timed_out;
};

class IsolatedRunnerBad : public ::testing::TestWithParam<Case> {};

TEST_P(IsolatedRunnerBad, OneFailureInInputOrder) {
  const Case c = GetParam();
#if defined(ISOLATION_SANITIZED)
  if (c.out_of_memory) GTEST_SKIP() << "AddressSanitizer: no RLIMIT_AS";
#endif
  const std::string plugin = c.plugin;
  textchain::IsolatedRunner runner([plugin] { return make_chain(plugin); }, options(2));
  const std::vector<textchain::IsolatedResult> results = runner.process(documents());
  EXPECT_EQ(runner.steps(), (std::vector<std::string>{"acronyms", plugin}));
  ASSERT_EQ(results.size(), static_cast<size_t>(kDocuments));
  const textchain::Chain in_process = make_chain(plugin);
  const auto docs = documents();
  for (int i = 1; i <= kDocuments; ++i) {
    const textchain::IsolatedResult& r = results[static_cast<size_t>(i - 1)];
    EXPECT_EQ(r.result.id, std::to_string(i)) << "input order";
    if (i != kBad) {
      EXPECT_FALSE(r.failure) << r.failure->message;
      EXPECT_EQ(summary(r.result), summary(in_process.process(docs[static_cast<size_t>(i - 1)].text, docs[static_cast<size_t>(i - 1)].input)));
      continue;
    }
    ASSERT_TRUE(r.failure);
    EXPECT_EQ(r.failure->step, plugin);
    EXPECT_EQ(r.failure->timed_out, c.timed_out);
    EXPECT_FALSE(r.failure->no_worker);
#if !defined(ISOLATION_SANITIZED)  // ASan and UBSan end a crashing worker their own way
    EXPECT_EQ(r.failure->signal, c.signal) << r.failure->message;
    EXPECT_EQ(r.failure->out_of_memory, c.out_of_memory) << r.failure->message;
    EXPECT_NE(r.failure->message.find(c.expected), std::string::npos) << r.failure->message;
#endif
    EXPECT_NE(r.failure->message.find("tried twice"), std::string::npos) << r.failure->message;
    EXPECT_FALSE(r.result.ok());
    ASSERT_EQ(r.result.diagnostics.size(), 1u);
    EXPECT_EQ(r.result.diagnostics[0].plugin, plugin);
    EXPECT_EQ(r.result.diagnostics[0].message, r.failure->message);
    EXPECT_EQ(r.result.original_text, docs[kBad - 1].text);
    EXPECT_EQ(r.result.date, "2025-09-26");
  }
  // The runner goes on after a failure: the same documents again, through the replaced workers.
  EXPECT_EQ(runner.process(documents()).size(), static_cast<size_t>(kDocuments));
}

INSTANTIATE_TEST_SUITE_P(
    Plugins, IsolatedRunnerBad,
    ::testing::Values(Case{"bad_segv", "SIGSEGV", SIGSEGV, false, false},
                      Case{"bad_alloc", "ran out of memory: an allocation was refused under the worker memory limit of 1024 MiB",
                           SIGSEGV, true, false},
                      Case{"bad_loop", "exceeded the time limit", SIGKILL, false, true}),
    [](const auto& info) { return std::string(info.param.plugin); });

TEST(IsolatedRunner, ConfigErrorIsThrown) {
  textchain::IsolatedRunner runner([] { return make_chain("no_such_plugin"); }, options(2));
  try {
    runner.start();
    FAIL() << "no ConfigError";
  } catch (const textchain::ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find("no_such_plugin"), std::string::npos) << e.what();
  }
  EXPECT_THROW(runner.process(documents()), textchain::ConfigError) << "the same error again, no new workers";
}

// A plugin crashing in its create: every result a failure naming it, none lost.
TEST(IsolatedRunner, CrashInCreateNamesThePlugin) {
  textchain::IsolatedRunner runner([] { return make_chain("bad_create"); }, options(1));
  const auto results = runner.process(documents());
  ASSERT_EQ(results.size(), static_cast<size_t>(kDocuments));
  for (const auto& r : results) {
    ASSERT_TRUE(r.failure);
#if !defined(ISOLATION_SANITIZED)
    EXPECT_EQ(r.failure->step, "bad_create");
    EXPECT_NE(r.failure->message.find("plugin 'bad_create' crashed the worker process: SIGSEGV"), std::string::npos)
        << r.failure->message;
#endif
  }
}

// fork failing (injected, see src/isolation/supervisor.hpp): at start an exception naming the call; later,
// the documents the dead worker left get a failure saying no worker could be started.
TEST(IsolatedRunner, ForkFailureIsReported) {
  ::setenv("TEXTCHAIN_ISOLATION_FAULT", "fork:1", 1);
  textchain::IsolatedRunner never([] { return make_chain("bad_segv"); }, options(1));
  ::setenv("TEXTCHAIN_ISOLATION_FAULT", "fork:2", 1);
  textchain::IsolatedRunner once([] { return make_chain("bad_segv"); }, options(1));
  ::unsetenv("TEXTCHAIN_ISOLATION_FAULT");
  try {
    never.start();
    FAIL() << "started without fork";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("no worker process could be started: fork: "), std::string::npos) << e.what();
  }
  ::setenv("TEXTCHAIN_ISOLATION_FAULT", "mmap:1", 1);
  try {
    textchain::IsolatedRunner unmapped([] { return make_chain("bad_segv"); }, options(1));
    ADD_FAILURE() << "made without its status page";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("cannot map a worker's status page: mmap: "), std::string::npos) << e.what();
  }
  ::unsetenv("TEXTCHAIN_ISOLATION_FAULT");
  const auto results = once.process(documents());
  ASSERT_EQ(results.size(), static_cast<size_t>(kDocuments));
  for (int i = kBad; i <= kDocuments; ++i) {
    const auto& r = results[static_cast<size_t>(i - 1)];
    ASSERT_TRUE(r.failure) << i;
    EXPECT_TRUE(r.failure->no_worker);
    EXPECT_NE(r.failure->message.find("no worker process could be started (fork: "), std::string::npos) << r.failure->message;
  }
}

}  // namespace

// A worker that dies while the supervisor still has task bytes for it (injected: killed just before each
// write to it, so every write meets a closed pipe): the embedder, which does not ignore SIGPIPE, lives on,
// and each document fails naming the kill.
TEST(IsolatedRunner, WorkerDeadBeforeWriteDoesNotRaiseSigpipe) {
  struct sigaction current {};
  ::sigaction(SIGPIPE, nullptr, &current);
  ASSERT_EQ(current.sa_handler, SIG_DFL) << "the test needs SIGPIPE's default action";
  ::setenv("TEXTCHAIN_ISOLATION_FAULT", "write:1", 1);
  textchain::IsolatedRunner runner([] { return make_chain("bad_segv"); }, options(1));
  ::unsetenv("TEXTCHAIN_ISOLATION_FAULT");
  std::vector<textchain::IsolatedDocument> docs = documents();
  docs[0].text.append(1 << 20, 'x');  // more than a pipe holds
  const auto results = runner.process(std::move(docs));
  ASSERT_EQ(results.size(), static_cast<size_t>(kDocuments));
  for (const auto& r : results) {
    ASSERT_TRUE(r.failure) << r.result.id;
    EXPECT_EQ(r.failure->signal, SIGKILL) << r.failure->message;
  }
  sigset_t pending;
  ::sigpending(&pending);
  EXPECT_FALSE(sigismember(&pending, SIGPIPE)) << "no SIGPIPE left pending";
}

// The first worker builds its chain; its replacements (after the crash on document kBad) throw building
// theirs: counted as start failures, and the documents left fail with that error (no endless forking).
TEST(IsolatedRunner, ReplacementThatCannotBuildItsChainEndsTheRun) {
  const std::string marker = ::testing::TempDir() + "isolated_runner_started_" + std::to_string(::getpid());
  std::remove(marker.c_str());
  textchain::IsolatedRunner runner(
      [marker] {
        if (std::FILE* f = std::fopen(marker.c_str(), "r")) {
          std::fclose(f);
          throw std::runtime_error("refused to start twice");
        }
        if (std::FILE* f = std::fopen(marker.c_str(), "w")) std::fclose(f);
        return make_chain("bad_segv");
      },
      options(1));
  const auto results = runner.process(documents());
  std::remove(marker.c_str());
  ASSERT_EQ(results.size(), static_cast<size_t>(kDocuments));
  for (int i = 1; i <= kDocuments; ++i) {
    const auto& r = results[static_cast<size_t>(i - 1)];
    // The documents before kBad were in its batch: done, but their results may not have been sent yet.
    if (i < kBad && !r.failure) continue;
    ASSERT_TRUE(r.failure) << i;
    EXPECT_NE(r.failure->message.find("could not be started in a worker process: refused to start twice"), std::string::npos)
        << r.failure->message;
  }
}

// A process() that throws midway (here the warn callback, on the worker's death on document kBad) leaves
// documents in flight: the runner refuses every later call instead of handing their results to it, and
// its destruction (which drains the workers) does not touch the gone call's results.
TEST(IsolatedRunner, ProcessThatThrewLeavesTheRunnerUnusable) {
  textchain::IsolationOptions o = options(1);
  o.warn = [](const std::string& message) { throw std::runtime_error("warn refused: " + message); };
  auto runner = std::make_unique<textchain::IsolatedRunner>([] { return make_chain("bad_segv"); }, o);
  EXPECT_THROW(runner->process(documents()), std::runtime_error);
  try {
    runner->process(documents());
    FAIL() << "a second process() after one threw";
  } catch (const std::logic_error& e) {
    EXPECT_NE(std::string(e.what()).find("unusable since a process() call failed (warn refused: "), std::string::npos)
        << e.what();
  }
  runner.reset();  // crashed here before: the sink wrote through the gone call's results
}

// make_chain throwing something that is not a std::exception: a ConfigError like any other, not a worker
// ended by std::terminate.
TEST(IsolatedRunner, NonStdExceptionFromMakeChainIsAConfigError) {
  textchain::IsolatedRunner runner([]() -> textchain::Chain { throw 42; }, options(1));
  try {
    runner.start();
    FAIL() << "no ConfigError";
  } catch (const textchain::ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find("not a std::exception"), std::string::npos) << e.what();
  }
}
