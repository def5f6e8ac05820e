#include "isolation/supervisor.hpp"

#include "isolation/result_codec.hpp"
#include "isolation/wire.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <poll.h>
#include <pthread.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace textchain::isolation {

namespace {
using Clock = std::chrono::steady_clock;

// Documents handed to a worker at once, and refilled when half are done: one pipe write per batch, and
// the worker never waits for its next document.
constexpr size_t kBatchDocuments = 16;
constexpr uint64_t kBatchBytes = 1 << 18;
// In flight beyond the batches: bounded memory however long the input.
constexpr uint64_t kMaxBytesInFlight = 64ull << 20;
// Pipes this large (F_SETPIPE_SZ; 64 KiB by default) hold a whole batch of tasks, and a worker's results
// of half a batch: each side writes them without waiting for the other to read, and the supervisor wakes
// up about once per batch. Only while the run's pipes take at most kPipeBudget: beyond the user's share of
// pipe memory (pipe-user-pages-soft, 64 MiB by default) the kernel gives the user's new pipes two pages.
constexpr int kPipeBytes = 1 << 18;
constexpr uint64_t kPipeBudget = 16ull << 20;
// A worker that has not built its chain by then is stuck in a plugin's create.
constexpr double kStartSecondsFloor = 10;

std::string signal_text(int sig) {
  const char* abbrev = ::sigabbrev_np(sig);
  const char* text = ::strsignal(sig);
  std::string s = abbrev ? std::string("SIG") + abbrev : "signal " + std::to_string(sig);
  if (text) s += std::string(" (") + text + ")";
  return s;
}

std::string seconds_text(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", s);
  return buf;
}

// "textchain_NAME.so" -> "NAME"; a plugin's name as noted before its create is kept as it is.
std::string plugin_of_library(const char* file) {
  std::string_view f(file);
  if (f.find('.') == std::string_view::npos) return std::string(f);
  constexpr std::string_view prefix = "textchain_", suffix = ".so";
  if (f.size() <= prefix.size() + suffix.size() || f.substr(0, prefix.size()) != prefix) return {};
  const size_t end = f.find(suffix, prefix.size());
  return end == std::string_view::npos ? std::string() : std::string(f.substr(prefix.size(), end - prefix.size()));
}

std::string system_error(const char* call) { return std::string(call) + ": " + std::strerror(errno); }

void set_nonblocking(int fd) { ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK); }

// write() to a worker's task pipe that cannot end this process: a worker that died since the last poll makes
// it fail with EPIPE, and the SIGPIPE that comes with it would kill an embedder that did not ignore it. The
// signal is blocked in this thread around the write and a SIGPIPE the write raised is taken out of the
// pending set; the process-wide disposition is left as the program set it.
ssize_t write_without_sigpipe(int fd, const char* data, size_t size) {
  sigset_t pipe_only, old;
  sigemptyset(&pipe_only);
  sigaddset(&pipe_only, SIGPIPE);
  ::pthread_sigmask(SIG_BLOCK, &pipe_only, &old);
  sigset_t pending;
  sigemptyset(&pending);
  ::sigpending(&pending);
  const bool was_pending = sigismember(&pending, SIGPIPE) == 1;  // not ours to take
  const ssize_t n = ::write(fd, data, size);
  const int error = errno;
  if (n < 0 && error == EPIPE && !was_pending) {
    const timespec now{0, 0};
    while (::sigtimedwait(&pipe_only, nullptr, &now) < 0 && errno == EINTR) {
    }
  }
  ::pthread_sigmask(SIG_SETMASK, &old, nullptr);
  errno = error;
  return n;
}

// Waits for a process that should be ending; kills it if it has not ended within `grace`.
int reap(pid_t pid, std::chrono::milliseconds grace) {
  int status = 0;
  const auto until = Clock::now() + grace;
  while (true) {
    const pid_t r = ::waitpid(pid, &status, WNOHANG);
    if (r == pid) return status;
    if (r < 0 && errno != EINTR) return 0;
    if (Clock::now() >= until) break;
    ::usleep(1000);
  }
  ::kill(pid, SIGKILL);
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}
// For the fault "write:N": the worker dies just before a write to it (left to be reaped as usual).
void kill_and_wait(pid_t pid) {
  ::kill(pid, SIGKILL);
  siginfo_t info{};
  while (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOWAIT) < 0 && errno == EINTR) {
  }
}
}  // namespace

struct Supervisor::Worker {
  size_t index = 0;
  pid_t pid = -1;
  int to = -1;    // task pipe, our end
  int from = -1;  // result pipe, our end
  WorkerStatus* status = nullptr;
  std::string out;  // task bytes not written yet
  size_t out_sent = 0;
  std::string in;   // result bytes not parsed yet
  std::deque<uint64_t> assigned;  // sent to it, in order; the front is the one it works on
  uint64_t assigned_bytes = 0;
  bool ready = false;
  std::string start_error;  // the error its chain met being built, after start(): a start failure
  Clock::time_point deadline{};
};

Supervisor::Supervisor(WorkerHooks hooks, size_t workers, IsolationLimits limits, std::function<void(Outcome&&)> sink,
                       std::function<void(const std::string&)> warn)
    : hooks_(std::move(hooks)), limits_(limits), sink_(std::move(sink)), warn_(std::move(warn)) {
  if (const char* env = std::getenv("TEXTCHAIN_ISOLATION_FAULT")) {
    const std::string spec(env);
    const size_t colon = spec.find(':');
    if (colon != std::string::npos) {
      fault_call_ = spec.substr(0, colon);
      fault_from_ = std::strtoull(spec.c_str() + colon + 1, nullptr, 10);
    }
  }
  if (!(limits_.document_timeout_s > 0)) limits_.document_timeout_s = IsolationLimits{}.document_timeout_s;
  for (size_t i = 0; i < std::max<size_t>(workers, 1); ++i) {
    auto w = std::make_unique<Worker>();
    w->index = i;
    void* page = injected("mmap", ENOMEM) ? MAP_FAILED
                                          : ::mmap(nullptr, sizeof(WorkerStatus), PROT_READ | PROT_WRITE,
                                                   MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED) throw StartError("cannot map a worker's status page: " + system_error("mmap"));
    w->status = new (page) WorkerStatus();
    workers_.push_back(std::move(w));
  }
}

Supervisor::~Supervisor() {
  for (auto& w : workers_) {
    if (w->pid > 0) {
      ::kill(w->pid, SIGKILL);
      reap(w->pid, std::chrono::milliseconds(0));
    }
    if (w->to >= 0) ::close(w->to);
    if (w->from >= 0) ::close(w->from);
    w->status->~WorkerStatus();
    ::munmap(w->status, sizeof(WorkerStatus));
  }
}

bool Supervisor::injected(const char* call, int error) {
  if (fault_from_ == 0 || fault_call_ != call || ++fault_calls_ < fault_from_) return false;
  errno = error;
  return true;
}

size_t Supervisor::live_workers() const {
  return static_cast<size_t>(std::count_if(workers_.begin(), workers_.end(), [](const auto& w) { return w->pid > 0; }));
}

std::string Supervisor::step_name(int32_t step) const {
  return step >= 0 && static_cast<size_t>(step) < steps_.size() ? steps_[static_cast<size_t>(step)] : std::string();
}

// A failure here leaves the slot without a worker and says why in spawn_error_ (and once to warn_); the
// documents wait for the other workers, or, when none is left, fail with that reason (dispatch()).
bool Supervisor::spawn(size_t index) {
  Worker& w = *workers_[index];
  auto failed = [this](const std::string& what) {
    if (spawn_error_ != what) warn_("cannot start a worker process: " + what);
    spawn_error_ = what;
    return false;
  };
  int task[2], result[2];
  if (injected("pipe", EMFILE) || ::pipe2(task, O_CLOEXEC) != 0) return failed(system_error("pipe"));
  if (injected("pipe", EMFILE) || ::pipe2(result, O_CLOEXEC) != 0) {
    const std::string what = system_error("pipe");
    ::close(task[0]), ::close(task[1]);
    return failed(what);
  }
  if (workers_.size() * 2 * kPipeBytes <= kPipeBudget) {  // refused (EPERM) near the share: the default then
    ::fcntl(task[1], F_SETPIPE_SZ, kPipeBytes);
    ::fcntl(result[0], F_SETPIPE_SZ, kPipeBytes);
  }
  w.status->~WorkerStatus();
  new (w.status) WorkerStatus();
  WorkerSetup setup;
  setup.hooks = &hooks_;
  setup.first = !first_spawned_;
  setup.supervisor_pid = ::getpid();
  setup.task_fd = task[0];
  setup.result_fd = result[1];
  setup.status = w.status;
  setup.memory_limit_mb = limits_.memory_limit_mb;
  setup.inherited_fds = {task[1], result[0]};
  for (const auto& other : workers_)
    for (int fd : {other->to, other->from})
      if (fd >= 0) setup.inherited_fds.push_back(fd);
  std::fflush(nullptr);  // nothing buffered twice: the worker starts with a copy of this process's buffers
  const pid_t pid = injected("fork", EAGAIN) ? -1 : ::fork();
  if (pid < 0) {
    const std::string what = system_error("fork");
    for (int fd : {task[0], task[1], result[0], result[1]}) ::close(fd);
    return failed(what);
  }
  if (pid == 0) worker_main(setup);
  first_spawned_ = true;
  spawn_error_.clear();
  ::close(task[0]);
  ::close(result[1]);
  w.pid = pid;
  w.to = task[1];
  w.from = result[0];
  set_nonblocking(w.to);
  set_nonblocking(w.from);
  w.out.clear();
  w.out_sent = 0;
  w.in.clear();
  w.assigned.clear();
  w.assigned_bytes = 0;
  w.ready = false;
  w.start_error.clear();
  w.deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                  std::chrono::duration<double>(std::max(kStartSecondsFloor, limits_.document_timeout_s)));
  return true;
}

void Supervisor::start() {
  for (size_t i = 0; i < workers_.size(); ++i) spawn(i);
  if (live_workers() == 0) throw StartError("no worker process could be started: " + spawn_error_);
  while (!config_error_ && std::any_of(workers_.begin(), workers_.end(), [](const auto& w) { return w->pid > 0 && !w->ready; }))
    pump();
  if (config_error_) throw *config_error_;
  started_ = true;
  if (!max_document_bytes_) max_document_bytes_ = ChainLimits{}.max_document_bytes;
}

void Supervisor::submit(std::string text, DocumentInput input, std::string envelope) {
  const uint64_t seq = next_seq_++;
  bytes_in_flight_ += text.size();
  window_.push_back(Slot{std::move(text), std::move(input), std::move(envelope), std::nullopt, 0});
  queue_.push_back(seq);
  emit_ready();
  const size_t window = workers_.size() * kBatchDocuments * 2;
  while (window_.size() >= window || bytes_in_flight_ > kMaxBytesInFlight) pump();
}

void Supervisor::skip() {
  ++next_seq_;
  Outcome skipped;
  skipped.skipped = true;
  window_.push_back(Slot{{}, {}, {}, std::move(skipped), 0});
  emit_ready();
}

void Supervisor::drain() {
  while (!window_.empty()) pump();
}

void Supervisor::finish() {
  drain();
  for (auto& w : workers_) {
    if (w->to >= 0) ::close(w->to);  // end of input: the worker exits
    w->to = -1;
  }
  for (auto& w : workers_) {
    if (w->pid > 0) reap(w->pid, std::chrono::seconds(5));
    w->pid = -1;
    if (w->from >= 0) ::close(w->from);
    w->from = -1;
  }
}

void Supervisor::fail_document(uint64_t seq, WorkerFailure failure) {
  Slot& s = slot(seq);
  Outcome out;
  out.result.id = s.input.id;
  out.result.date = s.input.date;
  out.result.original_text = std::move(s.text);
  out.result.diagnostics.push_back({Diagnostic::Level::error, failure.step, failure.message});
  out.failure = std::move(failure);
  bytes_in_flight_ -= out.result.original_text.size();
  s.out = std::move(out);
}

void Supervisor::dispatch() {
  if (queue_.empty()) return;
  if (!broken_.empty() && live_workers() == 0) {
    for (uint64_t seq : queue_) fail_document(seq, WorkerFailure{broken_plugin_, broken_});
    queue_.clear();
    return;
  }
  if (live_workers() == 0) {
    // Every replacement failed to start: one more try each, then the documents waiting say why.
    for (size_t i = 0; i < workers_.size(); ++i) spawn(i);
    if (live_workers() == 0) {
      for (uint64_t seq : queue_) {
        WorkerFailure f;
        f.message = "not processed: no worker process could be started (" + spawn_error_ + ")";
        f.no_worker = true;
        fail_document(seq, std::move(f));
      }
      queue_.clear();
      return;
    }
  }
  for (auto& wp : workers_) {
    Worker& w = *wp;
    if (w.pid <= 0 || !w.ready || w.assigned.size() > kBatchDocuments / 2) continue;
    while (!queue_.empty() && w.assigned.size() < kBatchDocuments && (w.assigned.empty() || w.assigned_bytes < kBatchBytes)) {
      const uint64_t seq = queue_.front();
      queue_.pop_front();
      Slot& s = slot(seq);
      FrameBuilder('T', w.out).u64(seq).str(s.input.id).str(s.input.date).str(s.input.reference_time).str(s.text).str(s.envelope).close();
      w.assigned.push_back(seq);
      w.assigned_bytes += s.text.size();
    }
  }
}

void Supervisor::pump() {
  dispatch();
  emit_ready();
  std::vector<pollfd> fds;
  std::vector<Worker*> owners;
  auto now = Clock::now();
  Clock::time_point next_deadline = now + std::chrono::seconds(1);
  for (auto& wp : workers_) {
    Worker& w = *wp;
    if (w.pid <= 0) continue;
    // Write what we can before waiting.
    while (w.out_sent < w.out.size()) {
      if (injected("write", 0)) kill_and_wait(w.pid);
      const ssize_t n = write_without_sigpipe(w.to, w.out.data() + w.out_sent, w.out.size() - w.out_sent);
      if (n <= 0) break;  // full (EAGAIN), or the worker is gone (its result pipe says so)
      w.out_sent += static_cast<size_t>(n);
    }
    if (w.out_sent == w.out.size()) w.out.clear(), w.out_sent = 0;
    fds.push_back({w.from, POLLIN, 0});
    owners.push_back(&w);
    if (!w.out.empty()) {
      fds.push_back({w.to, POLLOUT, 0});
      owners.push_back(&w);
    }
    next_deadline = std::min(next_deadline, deadline_of(w));
  }
  // A worker may start a document while this waits: look again within a quarter of the time limit.
  next_deadline = std::min(next_deadline, now + std::chrono::duration_cast<Clock::duration>(
                                                    std::chrono::duration<double>(limits_.document_timeout_s / 4)));
  if (fds.empty()) return;
  const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(next_deadline - now).count() + 1;
  const int n = ::poll(fds.data(), fds.size(), static_cast<int>(std::max<long long>(0, wait)));
  if (n > 0)
    for (size_t i = 0; i < fds.size(); ++i)
      if (fds[i].fd == owners[i]->from && owners[i]->pid > 0 && (fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
        read_from(*owners[i]);
  now = Clock::now();
  for (auto& wp : workers_)
    if (wp->pid > 0 && now >= deadline_of(*wp)) worker_ended(*wp, true);
  emit_ready();
}

std::optional<Supervisor::Current> Supervisor::processing(const Worker& w) const {
  // A seqlock: the worker makes the generation odd while it changes the document and its start time, even
  // after; a pair read under one even generation belongs together (never the new document with the old
  // start, which could kill it as timed out at once).
  const WorkerStatus& st = *w.status;
  const uint32_t generation = st.generation.load();
  if (generation % 2 != 0 || st.phase.load() != WorkerStatus::kProcessing) return std::nullopt;
  const uint64_t seq = st.seq.load();
  const int64_t started = st.started_ns.load();
  if (st.generation.load() != generation) return std::nullopt;
  if (std::find(w.assigned.begin(), w.assigned.end(), seq) == w.assigned.end()) return std::nullopt;
  return Current{seq, Clock::time_point(std::chrono::nanoseconds(started))};
}

Clock::time_point Supervisor::deadline_of(const Worker& w) const {
  if (w.pid <= 0) return Clock::time_point::max();
  if (!w.ready) return w.deadline;
  const std::optional<Current> current = processing(w);
  if (!current) return Clock::time_point::max();
  const size_t bytes = window_[current->seq - base_seq_].text.size();
  const double mb = std::max<double>(1.0, static_cast<double>((bytes + (1 << 20) - 1) >> 20));
  return current->started +
         std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(limits_.document_timeout_s * mb));
}

void Supervisor::read_from(Worker& w) {
  char buf[1 << 16];
  while (true) {
    const ssize_t n = ::read(w.from, buf, sizeof buf);
    if (n > 0) {
      w.in.append(buf, static_cast<size_t>(n));
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    // A frame may end the worker (and start its replacement in the same slot): then stop.
    const pid_t pid = w.pid;
    std::string_view payload;
    size_t consumed = 0, at = 0;
    while (w.pid == pid && next_frame(std::string_view(w.in).substr(at), payload, consumed)) {
      handle_frame(w, payload);
      at += consumed;
    }
    if (w.pid != pid) return;
    w.in.erase(0, at);
    if (n == 0) worker_ended(w, false);  // end of file: the worker is gone
    return;
  }
}

void Supervisor::handle_frame(Worker& w, std::string_view payload) {
  FrameParser p(payload);
  if (p.kind() == 'R') {
    max_document_bytes_ = p.u64();
    const uint64_t count = p.u64();
    std::vector<std::string> steps;
    for (uint64_t i = 0; i < count && p.ok(); ++i) steps.push_back(p.str());
    steps_ = std::move(steps);
    w.ready = true;
    start_failures_ = 0;
  } else if (p.kind() == 'C') {
    const bool config = p.u64() != 0;
    std::string file = p.str();
    const int line = static_cast<int>(p.u64()), column = static_cast<int>(p.u64());
    std::string message = p.str();
    // A replacement worker whose chain fails to build (a plugin that refuses a second create, a file gone
    // since): too late for start() to throw; its end counts as a start failure (worker_ended()).
    if (started_) {
      w.start_error = p.str();  // what(): the message with its file and line
      if (w.start_error.empty()) w.start_error = message;
    } else if (!config_error_) config_error_.emplace(config ? std::move(file) : std::string(), config ? line : 0, config ? column : 0, message);
  } else if (p.kind() == 'O' || p.kind() == 'F') {
    const uint64_t seq = p.u64();
    Outcome out;
    bool whole = false;
    if (p.kind() == 'O') {
      whole = decode_result(p, out.result);
    } else {
      FinishedRecord record;
      record.failed = p.u64() != 0;
      record.bytes = p.str();
      whole = p.ok();
      out.record = std::move(record);
    }
    if (!whole || w.assigned.empty() || w.assigned.front() != seq) {
      worker_ended(w, false);  // not what it was given: nothing more it says can be trusted
      return;
    }
    w.assigned.pop_front();
    Slot& s = slot(seq);
    w.assigned_bytes -= s.text.size();
    bytes_in_flight_ -= s.text.size();
    if (out.record) {
      std::string().swap(s.text);  // the record is made: the text is not needed again
      std::string().swap(s.envelope);
    } else {
      out.result.original_text = std::move(s.text);
    }
    s.out = std::move(out);
  }
}

void Supervisor::worker_ended(Worker& w, bool timed_out) {
  if (timed_out) ::kill(w.pid, SIGKILL);
  ::close(w.to);
  ::close(w.from);
  w.to = w.from = -1;
  const int status = reap(w.pid, std::chrono::seconds(2));
  w.pid = -1;
  const WorkerStatus& st = *w.status;

  WorkerFailure failure;
  std::string& what = failure.message;
  if (timed_out) {
    failure.timed_out = true;
    failure.signal = SIGKILL;
    what = w.ready ? "exceeded the time limit for this document (" + seconds_text(limits_.document_timeout_s) +
                         " s per started MiB); the worker process was killed"
                   : "did not finish creating its plugins within " +
                         seconds_text(std::max(kStartSecondsFloor, limits_.document_timeout_s)) +
                         " s; the worker process was killed";
  } else if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    failure.signal = sig;
    if (st.allocation_refused.load() && limits_.memory_limit_mb) {
      failure.out_of_memory = true;
      what = "ran out of memory: an allocation was refused under the worker memory limit of " +
             std::to_string(limits_.memory_limit_mb) + " MiB, and the worker process then died of " + signal_text(sig);
    } else {
      what = "crashed the worker process: " + signal_text(sig);
      if (sig == SIGKILL) what += ", sent by the system (out of memory?) or another process";
    }
  } else if (st.exit_called.load()) {
    what = "called exit(" + std::to_string(st.exit_status.load()) + "), which ended the worker process";
  } else if (WIFEXITED(status)) {
    what = "ended the worker process with exit status " + std::to_string(WEXITSTATUS(status));
  } else {
    what = "ended the worker process";
  }

  if (!w.ready) {
    if (config_error_) return;  // the configuration error was said; nothing more starts
    std::string plugin, why;
    if (!w.start_error.empty()) {
      why = w.start_error;
    } else {
      plugin = plugin_of_library(st.library);
      const std::string who = plugin.empty() ? "a plugin of the chain" : "plugin '" + plugin + "'";
      why = who + " " + what + " while the plugins were created";
    }
    warn_("a worker process could not build the chain: " + why);
    if (++start_failures_ >= 2 && broken_.empty()) {
      broken_ = "the chain could not be started in a worker process: " + why + " (tried twice)";
      broken_plugin_ = plugin;
    }
    if (broken_.empty()) spawn(w.index);
    return;
  }

  if (!w.assigned.empty()) {
    // The document it was processing; the ones before it were done but their results not yet sent.
    const std::optional<Current> current = processing(w);
    const uint64_t front = current ? current->seq : w.assigned.front();
    std::string& step = failure.step;
    if (current) step = step_name(st.step.load());
    if (step.empty() && st.exit_called.load()) step = plugin_of_library(st.library);
    // The others it held go back first in line, in order; they did nothing wrong.
    for (auto it = w.assigned.rbegin(); it != w.assigned.rend(); ++it)
      if (*it != front) queue_.push_front(*it);
    Slot& s = slot(front);
    const std::string who = step.empty() ? "a step" : "step '" + step + "'";
    what = who + " " + what;
    if (++s.deaths >= 2) {
      what += "; the document was tried twice, each time in a new worker process";
      warn_("document " + s.input.id + ": " + what);
      fail_document(front, std::move(failure));
    } else {
      warn_("document " + s.input.id + ": " + what + "; trying it once more in a new worker process");
      queue_.push_front(front);
    }
  }
  w.assigned.clear();
  w.assigned_bytes = 0;
  w.out.clear();
  w.out_sent = 0;
  spawn(w.index);
}

void Supervisor::emit_ready() {
  while (!window_.empty() && window_.front().out) {
    Outcome out = std::move(*window_.front().out);
    window_.pop_front();
    ++base_seq_;
    sink_(std::move(out));
  }
}

}  // namespace textchain::isolation
