#include "record_output.hpp"

#include "chain/chain_runner.hpp"
#include "io/record_writer.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <iostream>
#include <sys/syscall.h>
#include <unistd.h>

namespace textchain::cli {

// ---- RecordOutput -------------------------------------------------------------------------------------

namespace {
// Records are written once this much is buffered (whole records only, so a write may be larger).
constexpr size_t kFlushAt = 1 << 16;
}  // namespace

RecordOutput::RecordOutput(int fd) : fd_(fd) { buffer_.reserve(2 * kFlushAt); }

RecordOutput::~RecordOutput() { flush(); }

bool RecordOutput::write_out(const char* data, size_t size) {
  while (size > 0 && !error_) {
    const ssize_t n = ::write(fd_, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;  // a stop signal arrived: the record is still written whole
      error_ = errno;
      break;
    }
    for (const char* p = data; (p = static_cast<const char*>(std::memchr(p, '\n', data + n - p))); ++p) ++lines_;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return !error_;
}

bool RecordOutput::write(std::string_view records) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (error_) return false;
  if (buffer_.size() + records.size() <= kFlushAt) {
    buffer_.append(records);
    return true;
  }
  // The buffer and the new records leave in one write when they are small and fit the buffer's room, else
  // in two: large records (`run -j N` hands a batch's records joined, some 100 KB of news) are not copied
  // into the buffer first, a copy the writing thread made in its turn, while the others waited for theirs.
  if (records.size() < kFlushAt / 4 && records.size() <= buffer_.capacity() - buffer_.size()) {
    buffer_.append(records);
    const bool ok = write_out(buffer_.data(), buffer_.size());
    buffer_.clear();
    return ok;
  }
  const bool ok = write_out(buffer_.data(), buffer_.size()) && write_out(records.data(), records.size());
  buffer_.clear();
  return ok;
}

bool RecordOutput::flush() {
  std::lock_guard<std::mutex> lock(mutex_);
  const bool ok = write_out(buffer_.data(), buffer_.size());
  buffer_.clear();
  return ok;
}

int RecordOutput::error() const {
  // Without the lock: a lock per document cost more than the rest of this (issue 19); an error set by
  // another thread at this moment is seen at the next call, as it would be once the lock was released.
  return error_.load(std::memory_order_relaxed);
}

size_t RecordOutput::records_written() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return lines_;
}

// ---- A JSON Lines record made whole ---------------------------------------------------------------------

WholeRecord whole_jsonl_record(io::InputDocument& doc, const std::function<ProcessedDocument()>& run) {
  try {
    const ProcessedDocument processed = run();
    return {io::jsonl_record(doc, processed), !processed.result.ok()};
  } catch (...) {
    doc.error = record_not_written();
  }
  return {io::jsonl_record(doc, nullptr), true};
}

bool append_jsonl_record(io::InputDocument& doc, ProcessedDocument& processed,
                         const std::function<void(ProcessedDocument&)>& run, std::string& out) {
  const size_t start = out.size();
  // The text's room goes back to `doc` (its text was moved into the chain), for the next document read
  // into it (`run -j N` reads into the same documents again).
  struct Release {
    ProcessedDocument& processed;
    std::string& text;
    ~Release() { ChainAccess::release(processed, text); }
  } release{processed, doc.text};
  try {
    run(processed);
    io::write_jsonl_record(doc, processed, [&out](std::string_view piece) { out.append(piece); });
    return !processed.result.ok();
  } catch (...) {
    out.resize(start);  // a record half appended goes: the error record takes its place
    doc.error = record_not_written();
  }
  out += io::jsonl_record(doc, nullptr);
  return true;
}

std::string current_exception_text() {
  try {
    throw;
  } catch (const std::exception& e) {
    return e.what();
  } catch (...) {
  }
  return "an unknown exception";
}

std::string record_not_written() { return "the record could not be written: " + current_exception_text(); }

namespace {
int write_error_status(int status, int error, const char* what) {
  if (!error) return status;
  if (error == EPIPE) return kExitBrokenPipe;  // `| head`: the reader has what it wanted
  std::cerr << "textchain: cannot write " << what << ": " << std::strerror(error) << "\n";
  return kExitIoError;
}
}  // namespace

int RecordOutput::exit_status(int status, const char* what) const { return write_error_status(status, error(), what); }

int stdout_exit_status(int status) {
  // std::cout and stdio report a failed write only as a state; the errno of a last flush says why.
  errno = 0;
  std::cout.flush();  // through stdio (synced with it): a failing write leaves its errno
  int error = errno;
  const bool flushed = std::fflush(stdout) == 0;
  if (!error) error = errno;
  if (!std::cout || !flushed || std::ferror(stdout)) return write_error_status(status, error ? error : EIO, "standard output");
  return status;
}

// ---- Stop signals ---------------------------------------------------------------------------------------

namespace {
volatile std::sig_atomic_t g_stop_signal = 0;
int g_stop_pipe[2] = {-1, -1};
constexpr int kStopSignals[] = {SIGINT, SIGTERM, SIGHUP};

extern "C" void on_stop_signal(int sig) {
  if (g_stop_signal != 0) {
    // The second one: the user or the scheduler insists.
    std::signal(sig, SIG_DFL);
    std::raise(sig);
    return;
  }
  g_stop_signal = sig;
  const int saved = errno;
  [[maybe_unused]] ssize_t n = ::write(g_stop_pipe[1], "s", 1);
  errno = saved;
}
}  // namespace

void install_stop_signals() {
  if (g_stop_pipe[0] < 0 && ::pipe2(g_stop_pipe, O_CLOEXEC | O_NONBLOCK) != 0) g_stop_pipe[0] = g_stop_pipe[1] = -1;
  struct sigaction sa {};
  sa.sa_handler = on_stop_signal;
  sigemptyset(&sa.sa_mask);
  for (int s : kStopSignals) sigaddset(&sa.sa_mask, s);
  sa.sa_flags = 0;  // no SA_RESTART: a blocking read returns, and the reader looks at the signal
  for (int s : kStopSignals) sigaction(s, &sa, nullptr);
  // A closed stdout (`| head -n 1`) is seen as EPIPE on write, so the command can stop quietly.
  std::signal(SIGPIPE, SIG_IGN);
}

void block_stop_signals() {
  sigset_t set;
  sigemptyset(&set);
  for (int s : kStopSignals) sigaddset(&set, s);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

int stop_signal() { return g_stop_signal; }
int stop_signal_fd() { return g_stop_pipe[0]; }

// ---- A library's exit() ---------------------------------------------------------------------------------

namespace {
std::atomic<bool> g_guarding{false};
std::atomic<bool> g_ending{false};
std::atomic<RecordOutput*> g_output{nullptr};
std::atomic<const char*> g_stage{""};
std::atomic<LibraryExitObserver> g_exit_observer{nullptr};

using exit_fn = void (*)(int);

[[noreturn]] void real_exit(const char* name, int status) {
  // The C library's function (or a sanitizer's, which calls it), found past this executable.
  if (auto fn = reinterpret_cast<exit_fn>(::dlsym(RTLD_NEXT, name))) fn(status);
  ::syscall(SYS_exit_group, status);
  __builtin_unreachable();
}
}  // namespace

void guard_library_exit(RecordOutput* output, const char* stage) {
  g_output.store(output);
  g_stage.store(stage);
  g_guarding.store(true);
}

void observe_library_exit(LibraryExitObserver observer) { g_exit_observer.store(observer); }

void end_library_exit_guard() {
  g_guarding.store(false);
  g_output.store(nullptr);
}

[[noreturn]] void library_exit(const char* name, int status, void* caller) {
  if (!g_guarding.load()) real_exit(name, status);
  // One thread ends the process; any other that calls exit() meanwhile waits for it.
  if (g_ending.exchange(true))
    while (true) ::pause();
  Dl_info info{};
  const char* library = ::dladdr(caller, &info) && info.dli_fname ? info.dli_fname : "a library";
  if (LibraryExitObserver observer = g_exit_observer.load()) {
    observer(library, name, status);
    real_exit("_exit", kExitLibraryExit);
  }
  size_t written = 0;
  if (RecordOutput* out = g_output.load()) {
    out->flush();
    written = out->records_written();
  }
  char message[1024];
  const int n = std::snprintf(message, sizeof message,
                              "textchain: %s called %s(%d) %s; %zu finished record(s) were written, the records of "
                              "the other documents are missing (exit status %d)\n",
                              library, name, status, g_stage.load(), written, kExitLibraryExit);
  if (n > 0) {
    [[maybe_unused]] ssize_t w = ::write(STDERR_FILENO, message, std::min(static_cast<size_t>(n), sizeof message - 1));
  }
  real_exit("_exit", kExitLibraryExit);
}

}  // namespace textchain::cli

// The process's exit functions, as a library loaded at run time sees them: this executable exports its own
// (see CMakeLists.txt), which come first in symbol lookup. textchain's own end goes through main's return.
extern "C" {
__attribute__((visibility("default"), noreturn)) void exit(int status) noexcept {
  textchain::cli::library_exit("exit", status, __builtin_return_address(0));
}
__attribute__((visibility("default"), noreturn)) void _exit(int status) {
  textchain::cli::library_exit("_exit", status, __builtin_return_address(0));
}
__attribute__((visibility("default"), noreturn)) void _Exit(int status) noexcept {
  textchain::cli::library_exit("_Exit", status, __builtin_return_address(0));
}
__attribute__((visibility("default"), noreturn)) void quick_exit(int status) noexcept {
  textchain::cli::library_exit("quick_exit", status, __builtin_return_address(0));
}
}
