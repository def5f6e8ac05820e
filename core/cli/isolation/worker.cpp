#include "isolation/worker.hpp"

#include "chain/chain_runner.hpp"
#include "isolation/wire.hpp"
#include "record_output.hpp"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstring>
#include <dlfcn.h>
#include <execinfo.h>
#include <fcntl.h>
#include <iostream>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace textchain::cli::isolation {
namespace {

WorkerStatus* g_status = nullptr;

// Records sent in one write at most; half the supervisor's batch, so that it refills while this works.
constexpr size_t kRecordsPerWrite = 8;

// Copies the plugin name out of a library path ".../textchain_NAME.so" into the status page.
void note_library(const char* path) {
  if (!g_status || !path) return;
  const char* base = std::strrchr(path, '/');
  base = base ? base + 1 : path;
  std::strncpy(g_status->library, base, sizeof g_status->library - 1);
}

// A crash while the plugins are created (no step is known yet): the first plugin library on the stack is
// the one that crashed. backtrace() and dladdr() are not async-signal-safe; the process is dying anyway,
// and the supervisor does not wait on a worker for ever.
extern "C" void on_crash(int sig) {
  if (g_status && g_status->phase.load() == WorkerStatus::kStarting) {
    void* frames[48];
    const int n = ::backtrace(frames, 48);
    for (int i = 0; i < n; ++i) {
      Dl_info info{};
      if (::dladdr(frames[i], &info) && info.dli_fname && std::strstr(info.dli_fname, "/textchain_")) {
        note_library(info.dli_fname);
        break;
      }
    }
  }
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void on_library_exit(const char* library, const char*, int status) {
  if (!g_status) return;
  note_library(library);
  g_status->exit_status.store(status);
  g_status->exit_called.store(1);
}

struct StepWatch {
  const std::vector<std::string>* steps;
  PluginStdout* plugin_stdout;
  const io::InputDocument* doc;
};

// Called after each step: the next one is running; what the finished one wrote to stdout is forwarded.
void after_step(void* user, size_t step, uint64_t, uint64_t) {
  auto* w = static_cast<StepWatch*>(user);
  g_status->step.store(static_cast<int32_t>(step + 1));
  if (w->plugin_stdout && step < w->steps->size() && w->plugin_stdout->pending())
    w->plugin_stdout->forward("plugin '" + (*w->steps)[step] + "'", "while processing document " + w->doc->id_text);
}

[[noreturn]] void end(int status) {
  end_library_exit_guard();
  ::_exit(status);  // the command's own _exit passes through once the guard is off; no atexit handlers
}

void send(int fd, const std::string& frame) {
  if (!write_all(fd, frame.data(), frame.size())) end(0);  // the supervisor is gone
}

}  // namespace

void worker_main(const WorkerSetup& s) {
  // Killed with the supervisor, whatever ends it: a worker never outlives the run.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  g_status = s.status;
  for (int fd : s.inherited_fds) ::close(fd);
  // Stop signals are the supervisor's to handle (a terminal's Ctrl-C reaches the whole process group).
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) std::signal(sig, SIG_IGN);
  std::signal(SIGPIPE, SIG_DFL);
  const int null_fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  if (null_fd >= 0) {
    ::dup2(null_fd, STDIN_FILENO);  // the supervisor reads standard input, never a plugin
    ::close(null_fd);
  }
  if (s.plugin_stdout) s.plugin_stdout->reopen_in_worker();
  else ::dup2(STDERR_FILENO, STDOUT_FILENO);  // never the supervisor's standard output
  guard_library_exit(nullptr, "in a worker process");
  observe_library_exit(on_library_exit);
  {
    void* warm[1];
    ::backtrace(warm, 1);  // loads the unwinder now, not in the crash handler
  }
  for (int sig : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT}) std::signal(sig, on_crash);
  if (s.memory_limit_mb) {
    const rlim_t bytes = static_cast<rlim_t>(s.memory_limit_mb) << 20;
    struct rlimit limit {bytes, bytes};
    ::setrlimit(RLIMIT_AS, &limit);
  }

  Host host;
  Chain chain;
  try {
    chain = open_chain(host, s.chain);
  } catch (const std::exception& e) {
    send(s.result_fd, FrameBuilder('C').str(e.what()).finish());
    end(kExitConfig);
  }
  if (s.report_problems)
    for (const auto& p : host.problems())
      std::cerr << "textchain: " << (p.find(": warning: ") == std::string::npos ? "warning: " : "") << p << "\n";
  const std::vector<std::string> steps = chain.steps();
  {
    FrameBuilder ready('R');
    ready.u64(chain.limits().max_document_bytes).u64(steps.size());
    for (const auto& name : steps) ready.str(name);
    send(s.result_fd, ready.finish());
  }
  s.status->phase.store(WorkerStatus::kIdle);

  // Records wait here until half a batch is done or no task is waiting: then one write.
  std::string unsent;
  size_t unsent_count = 0;
  auto flush = [&] {
    send(s.result_fd, unsent);
    unsent.clear();
    unsent_count = 0;
  };
  auto task_waiting = [&] {
    pollfd p{s.task_fd, POLLIN, 0};
    return ::poll(&p, 1, 0) > 0;
  };
  std::string payload;
  while (true) {
    if (!unsent.empty() && !task_waiting()) flush();
    if (!read_frame(s.task_fd, payload)) break;
    FrameParser p(payload);
    uint64_t seq = 0, number = 0;
    io::InputDocument doc;
    if (!parse_task(p, seq, number, doc)) end(kExitUsage);  // not the supervisor's frame: nothing to trust
    s.status->seq.store(seq);
    s.status->step.store(0);
    s.status->started_ns.store(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                   std::chrono::steady_clock::now().time_since_epoch()).count());
    s.status->phase.store(WorkerStatus::kProcessing);
    StepWatch watch{&steps, s.plugin_stdout, &doc};
    std::string text = std::move(doc.text);
    Result result = ChainAccess::run(chain, std::move(text), {doc.id_text, doc.date}, after_step, &watch);
    s.status->phase.store(WorkerStatus::kIdle);
    FormattedRecord out = s.format(doc, &result, number);
    unsent += FrameBuilder('O').u64(seq).u64(out.failed).str(out.text).str(out.index_entry).finish();
    if (++unsent_count >= kRecordsPerWrite || unsent.size() >= (1u << 16)) flush();
  }
  if (!unsent.empty()) flush();
  end(0);
}

}  // namespace textchain::cli::isolation
