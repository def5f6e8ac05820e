#include "plugin_stdout.hpp"

#include "isolation/wire.hpp"

#include <cstdio>
#include <mutex>
#include <fcntl.h>
#include <string>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace textchain::cli {

namespace {
int open_memory_file() { return ::memfd_create("textchain-plugin-stdout", MFD_CLOEXEC); }

}  // namespace

PluginStdout::PluginStdout() {
  if (::fcntl(STDOUT_FILENO, F_GETFD) < 0) return;
  records_tty_ = ::isatty(STDOUT_FILENO);
  const int memory = open_memory_file();
  if (memory < 0) return;
  const int records = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
  if (records < 0 || ::dup2(memory, STDOUT_FILENO) < 0) {
    if (records >= 0) ::close(records);
    ::close(memory);
    return;
  }
  ::close(memory);
  records_fd_ = records;
  captured_ = true;
}

PluginStdout::~PluginStdout() {
  if (!captured_) return;
  std::fflush(stdout);
  ::dup2(records_fd_, STDOUT_FILENO);
  ::close(records_fd_);
}

void PluginStdout::reopen_in_worker() {
  std::fflush(stdout);
  const int memory = open_memory_file();
  if (memory >= 0) {
    ::dup2(memory, STDOUT_FILENO);
    ::close(memory);
  } else {
    ::dup2(STDERR_FILENO, STDOUT_FILENO);  // still never the records
  }
  if (captured_) ::close(records_fd_);
  captured_ = false;
  records_fd_ = -1;
}

bool PluginStdout::pending() const {
  if (!captured_ && records_fd_ != -1) return false;  // descriptor 1 is still the records' (nothing moved)
  std::fflush(stdout);  // a plugin's printf waits in stdio's buffer
  // A write to descriptor 1 moves its offset, which forward() puts back to 0: the offset says whether
  // anything was written. lseek costs less than fstat, and this runs after every step of every document
  // (on tweet-sized records the fstat was a fifth of the process's cycles, perf, issue 19). A plugin that
  // moves the offset without writing only costs a forward() that finds nothing; one that writes with
  // pwrite() at offset 0 is not seen here until a later write moves the offset.
  const off_t at = ::lseek(STDOUT_FILENO, 0, SEEK_CUR);
  return at > 0;
}

size_t PluginStdout::forward(std::string_view who, std::string_view where) {
  static std::mutex mutex;  // in-process, the threads of -j N forward in turn
  std::lock_guard<std::mutex> lock(mutex);
  std::fflush(stdout);  // a plugin's printf waits in stdio's buffer
  struct stat st {};
  if (::fstat(STDOUT_FILENO, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) return 0;
  const size_t size = static_cast<size_t>(st.st_size);
  const std::string warning = "textchain: warning: " + std::string(who) + " wrote " + std::to_string(size) +
                              " bytes to standard output " + std::string(where) +
                              "; they are copied here, standard output carries only records:\n";
  ::textchain::isolation::write_all(STDERR_FILENO, warning.data(), warning.size());
  char buf[1 << 14];
  bool newline = true;
  for (off_t at = 0; at < st.st_size;) {
    const ssize_t n = ::pread(STDOUT_FILENO, buf, sizeof buf, at);
    if (n <= 0) break;
    ::textchain::isolation::write_all(STDERR_FILENO, buf, static_cast<size_t>(n));
    newline = buf[n - 1] == '\n';
    at += n;
  }
  if (!newline) ::textchain::isolation::write_all(STDERR_FILENO, "\n", 1);
  [[maybe_unused]] int rc = ::ftruncate(STDOUT_FILENO, 0);
  ::lseek(STDOUT_FILENO, 0, SEEK_SET);
  return size;
}

}  // namespace textchain::cli
