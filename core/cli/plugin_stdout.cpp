#include "plugin_stdout.hpp"

#include "isolation/wire.hpp"

#include <cstdint>
#include <cstdio>
#include <stdio_ext.h>
#include <mutex>
#include <fcntl.h>
#include <string>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace textchain::cli {

namespace {
int open_memory_file() { return ::memfd_create("textchain-plugin-stdout", MFD_CLOEXEC); }

// The memory file's length between forwards: one page of zeros, mapped for pending(). Never shorter while
// mapped: a thread of -j N reading a page past the end of the file would get SIGBUS.
constexpr off_t kWatchBytes = 4096;

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
  watch();
}

void PluginStdout::watch() {
  if (::ftruncate(STDOUT_FILENO, kWatchBytes) != 0) return;
  void* page = ::mmap(nullptr, kWatchBytes, PROT_READ, MAP_SHARED, STDOUT_FILENO, 0);
  if (page == MAP_FAILED) {
    [[maybe_unused]] int rc = ::ftruncate(STDOUT_FILENO, 0);
    return;
  }
  watch_ = static_cast<const unsigned char*>(page);
}

void PluginStdout::unwatch() {
  if (watch_) ::munmap(const_cast<unsigned char*>(watch_), kWatchBytes);
  watch_ = nullptr;
}

PluginStdout::~PluginStdout() {
  if (!captured_) return;
  std::fflush(stdout);
  unwatch();
  ::dup2(records_fd_, STDOUT_FILENO);
  ::close(records_fd_);
}

void PluginStdout::reopen_in_worker() {
  std::fflush(stdout);
  unwatch();  // the supervisor's memory file
  const int memory = open_memory_file();
  if (memory >= 0) {
    ::dup2(memory, STDOUT_FILENO);
    ::close(memory);
    watch();
  } else {
    ::dup2(STDERR_FILENO, STDOUT_FILENO);  // still never the records
  }
  if (captured_) ::close(records_fd_);
  captured_ = false;
  records_fd_ = -1;
}

bool PluginStdout::pending() const {
  if (!captured_ && records_fd_ != -1) return false;  // descriptor 1 is still the records' (nothing moved)
  // A plugin's printf waits in stdio's buffer. Flushed only when it holds bytes: fflush locks the stream
  // even when it has none, after every step of every document (about 60 instructions, 1% of a tweet's).
  if (__fpending(stdout) != 0) std::fflush(stdout);
  if (watch_) {
    // The memory file holds zeros from offset 0 until a plugin writes: its first bytes, read through the
    // mapping, say so without a system call. This runs after every step of every document; the lseek it
    // replaces was 3 system calls per tweet (issue 19). A write of 8 zero bytes first is seen by written().
    return __atomic_load_n(reinterpret_cast<const uint64_t*>(watch_), __ATOMIC_RELAXED) != 0;
  }
  // A write to descriptor 1 moves its offset, which forward() puts back to 0: the offset says whether
  // anything was written (lseek costs less than fstat). A plugin that moves the offset without writing only
  // costs a forward() that finds nothing; one that writes with pwrite() at offset 0 is not seen here until
  // a later write moves the offset.
  return ::lseek(STDOUT_FILENO, 0, SEEK_CUR) > 0;
}

bool PluginStdout::written() const {
  if (pending()) return true;
  if (!captured_ && records_fd_ != -1) return false;
  return ::lseek(STDOUT_FILENO, 0, SEEK_CUR) > 0;
}

size_t PluginStdout::forward(std::string_view who, std::string_view where) {
  static std::mutex mutex;  // in-process, the threads of -j N forward in turn
  std::lock_guard<std::mutex> lock(mutex);
  if (__fpending(stdout) != 0) std::fflush(stdout);  // a plugin's printf waits in stdio's buffer
  struct stat st {};
  if (::fstat(STDOUT_FILENO, &st) != 0 || !S_ISREG(st.st_mode)) return 0;
  // How many bytes: the offset a write moved; with the watched page, the file is a page long whatever was
  // written, and a pwrite() at offset 0 leaves the offset: then up to the page's last nonzero byte.
  off_t end = st.st_size;
  if (watch_) {
    end = ::lseek(STDOUT_FILENO, 0, SEEK_CUR);
    if (end <= 0) {
      end = st.st_size > kWatchBytes ? st.st_size : 0;
      for (off_t i = kWatchBytes; end == 0 && i > 0; --i)
        if (watch_[i - 1] != 0) end = i;
    }
  }
  if (end <= 0) return 0;
  const size_t size = static_cast<size_t>(end);
  const std::string warning = "textchain: warning: " + std::string(who) + " wrote " + std::to_string(size) +
                              " bytes to standard output " + std::string(where) +
                              "; they are copied here, standard output carries only records:\n";
  ::textchain::isolation::write_all(STDERR_FILENO, warning.data(), warning.size());
  char buf[1 << 14];
  bool newline = true;
  for (off_t at = 0; at < end;) {
    const ssize_t n = ::pread(STDOUT_FILENO, buf, sizeof buf, at);
    if (n <= 0) break;
    ::textchain::isolation::write_all(STDERR_FILENO, buf, static_cast<size_t>(n));
    newline = buf[n - 1] == '\n';
    at += n;
  }
  if (!newline) ::textchain::isolation::write_all(STDERR_FILENO, "\n", 1);
  if (watch_) {
    // Zeros again, and never shorter than the mapped page (another thread may be reading it).
    if (::fallocate(STDOUT_FILENO, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, kWatchBytes) != 0) {
      static const char zeros[kWatchBytes] = {};
      [[maybe_unused]] ssize_t n = ::pwrite(STDOUT_FILENO, zeros, sizeof zeros, 0);
    }
    if (st.st_size > kWatchBytes || end > kWatchBytes) {
      [[maybe_unused]] int rc = ::ftruncate(STDOUT_FILENO, kWatchBytes);
    }
  } else {
    [[maybe_unused]] int rc = ::ftruncate(STDOUT_FILENO, 0);
  }
  ::lseek(STDOUT_FILENO, 0, SEEK_SET);
  return size;
}

}  // namespace textchain::cli
