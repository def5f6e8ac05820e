#include "isolation/worker.hpp"

#include "chain/chain_runner.hpp"
#include "isolation/result_codec.hpp"
#include "isolation/wire.hpp"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace textchain::isolation {
namespace {

WorkerStatus* g_status = nullptr;

// Results sent in one write at most; half the supervisor's batch, so that it refills while this works.
constexpr size_t kResultsPerWrite = 8;

// Copies a plugin's name into the status page (never from a signal handler: strncpy is not listed as
// async-signal-safe, though it is in practice).
void note_plugin(const char* name) {
  if (!g_status || !name) return;
  std::strncpy(g_status->library, name, sizeof g_status->library - 1);
}

// Before each plugin's create (and with null after it): if it crashes, the status page already names it.
void on_create(const char* plugin) {
  if (!g_status || g_status->phase.load(std::memory_order_relaxed) != WorkerStatus::kStarting) return;
  if (plugin)
    note_plugin(plugin);
  else
    g_status->library[0] = '\0';
}

// A crash. Async-signal-safe: it only reads errno and stores into lock-free atomics of the status page
// (what the supervisor needs to name the cause was written there before: the step, or the plugin being
// created), then lets the signal take its default course. errno ENOMEM at the crash says an allocation was
// refused just before (each step starts with errno 0): malloc returning null under the memory limit, and a
// plugin that did not check.
extern "C" void on_crash(int sig, siginfo_t*, void*) {
  if (errno == ENOMEM && g_status) g_status->allocation_refused.store(1, std::memory_order_relaxed);
  // SA_RESETHAND put the default action back: a fault re-executes and kills, abort()'s signal is raised.
  ::raise(sig);
}

// operator new found no memory (under the limit): noted, then the usual bad_alloc. The handler stays
// installed: a later refusal (a plugin that caught the first bad_alloc) is noted too, and not reported as
// the SIGABRT of whatever lets that bad_alloc escape.
void on_new_failure() {
  if (g_status) g_status->allocation_refused.store(1, std::memory_order_relaxed);
  throw std::bad_alloc();
}

struct StepWatch {
  const WorkerHooks* hooks;
  const std::vector<std::string>* steps;
  const DocumentInput* doc;
};

// Called after each step: the next one is running.
void after_step(void* user, size_t step) {
  auto* w = static_cast<StepWatch*>(user);
  g_status->step.store(static_cast<int32_t>(step + 1));
  if (w->hooks->after_step) w->hooks->after_step(step, *w->steps, *w->doc);
  errno = 0;  // after the hook, which may set it: an ENOMEM at a crash is the next step's own
}

[[noreturn]] void end(const WorkerSetup& s, int status) {
  if (s.hooks->ending) s.hooks->ending();
  ::_exit(status);  // no atexit handlers: they belong to the supervisor's process
}

void send(const WorkerSetup& s, const std::string& frame) {
  if (!write_all(s.result_fd, frame.data(), frame.size())) end(s, 0);  // the supervisor is gone
}

}  // namespace

void note_library_exit(const char* library, int status) {
  if (!g_status) return;
  if (library) {
    // ".../textchain_NAME.so": the status page keeps the file's base name; the supervisor reads NAME.
    const char* base = std::strrchr(library, '/');
    base = base ? base + 1 : library;
    size_t i = 0;
    for (; base[i] && i + 1 < sizeof g_status->library; ++i) g_status->library[i] = base[i];
    g_status->library[i] = '\0';
  }
  g_status->exit_status.store(status);
  g_status->exit_called.store(1);
}

void worker_main(const WorkerSetup& s) {
  // Killed with the supervisor, whatever ends it: a worker never outlives the run.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  // The supervisor may have died between the fork and the prctl: then no signal comes, and this worker
  // (adopted by init or a subreaper) would run on. Its parent is checked once the signal is armed.
  if (::getppid() != s.supervisor_pid) ::_exit(0);
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
  ::dup2(STDERR_FILENO, STDOUT_FILENO);  // never the supervisor's standard output (the hook may do better)
  if (s.hooks->started) s.hooks->started();
  {
    struct sigaction sa {};
    sa.sa_sigaction = on_crash;
    sa.sa_flags = SA_SIGINFO | SA_RESETHAND | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    for (int sig : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT}) ::sigaction(sig, &sa, nullptr);
  }
  std::set_new_handler(on_new_failure);
  ChainAccess::observe_creation(on_create);
  if (s.memory_limit_mb) {
    const rlim_t bytes = static_cast<rlim_t>(s.memory_limit_mb) << 20;
    struct rlimit limit {bytes, bytes};
    ::setrlimit(RLIMIT_AS, &limit);
  }

  Chain chain;
  try {
    errno = 0;
    chain = s.hooks->make_chain(s.first);
  } catch (const ConfigError& e) {
    send(s, FrameBuilder('C').u64(1).str(e.file()).u64(static_cast<uint64_t>(e.line())).u64(static_cast<uint64_t>(e.column()))
                .str(e.message()).str(e.what()).finish());
    end(s, 78);
  } catch (const std::exception& e) {
    send(s, FrameBuilder('C').u64(0).str("").u64(0).u64(0).str(e.what()).str(e.what()).finish());
    end(s, 78);
  } catch (...) {  // not a std::exception: still a ConfigError, as worker.hpp promises (not std::terminate)
    const std::string what = "building the chain threw an exception that is not a std::exception";
    send(s, FrameBuilder('C').u64(0).str("").u64(0).u64(0).str(what).str(what).finish());
    end(s, 78);
  }
  ChainAccess::observe_creation(nullptr);
  const std::vector<std::string> steps = chain.steps();
  {
    FrameBuilder ready('R');
    ready.u64(chain.limits().max_document_bytes).u64(steps.size());
    for (const auto& name : steps) ready.str(name);
    send(s, ready.finish());
  }
  s.status->phase.store(WorkerStatus::kIdle);

  // Results wait here until half a batch is done or no task is waiting: then one write.
  std::string unsent;
  size_t unsent_count = 0;
  auto flush = [&] {
    send(s, unsent);
    unsent.clear();
    unsent_count = 0;
  };
  FrameReader tasks(s.task_fd);
  auto task_waiting = [&] {
    if (tasks.has_frame()) return true;
    pollfd p{s.task_fd, POLLIN, 0};
    return ::poll(&p, 1, 0) > 0;
  };
  std::string_view payload;
  while (true) {
    if (!unsent.empty() && !task_waiting()) flush();
    if (!tasks.next(payload)) break;
    FrameParser p(payload);
    if (p.kind() != 'T') end(s, 64);  // not the supervisor's frame: nothing to trust
    const uint64_t seq = p.u64();
    DocumentInput input;
    input.id = p.str();
    input.date = p.str();
    input.reference_time = p.str();
    std::string text = p.str();
    const std::string_view envelope = p.view();  // into `payload`, valid until the next task is read
    if (!p.ok()) end(s, 64);
    s.status->generation.fetch_add(1);  // odd: the document and its start are changing
    s.status->seq.store(seq);
    s.status->step.store(0);
    s.status->allocation_refused.store(0);
    s.status->started_ns.store(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                   std::chrono::steady_clock::now().time_since_epoch()).count());
    s.status->phase.store(WorkerStatus::kProcessing);
    s.status->generation.fetch_add(1);
    StepWatch watch{s.hooks, &steps, &input};
    errno = 0;
    if (s.hooks->make_record) {
      const FinishedRecord record = s.hooks->make_record(
          [&] { return ChainAccess::run_compact(chain, std::move(text), input, after_step, &watch); }, input, envelope);
      s.status->phase.store(WorkerStatus::kIdle);
      FrameBuilder('F', unsent).u64(seq).u64(record.failed).str(record.bytes).close();
    } else {
      Result result = ChainAccess::run_watched(chain, std::move(text), input, after_step, &watch);
      s.status->phase.store(WorkerStatus::kIdle);
      FrameBuilder out('O', unsent);
      out.u64(seq);
      encode_result(out, result);
      out.close();
    }
    if (++unsent_count >= kResultsPerWrite || unsent.size() >= (1u << 16)) flush();
  }
  if (!unsent.empty()) flush();
  end(s, 0);
}

}  // namespace textchain::isolation
