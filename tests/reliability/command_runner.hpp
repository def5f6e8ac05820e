// Runs the built `textchain` command as a child process, the way users and pipelines do, and hands back
// what it wrote and how it ended.
#ifndef TEXTCHAIN_TESTS_RELIABILITY_COMMAND_RUNNER_HPP
#define TEXTCHAIN_TESTS_RELIABILITY_COMMAND_RUNNER_HPP

#include <boost/json/value.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace reliability {

// The built command and the test plugins' directory.
std::string textchain_exe();
std::string test_plugin_dir();
// The plugins of tests/reliability/plugins (oddvalues, quitter, blocker), and the folder of the one whose
// constructor calls exit(0).
std::string edge_plugin_dir();
std::string exit_on_load_dir();

struct Finished {
  int exit_code = -1;  // -1 when killed by a signal
  int signal = 0;      // the signal that killed it, else 0
  long max_rss_kb = 0; // its peak resident memory
  std::string out;
  std::string err;
};

// Runs `textchain args...` with stdin from `stdin_file` (empty: /dev/null) and waits for it. With
// `stdout_file` (e.g. /dev/full) its standard output goes there and Finished::out stays empty.
Finished run_textchain(const std::vector<std::string>& args, const std::string& stdin_file = {},
                       const std::string& stdout_file = {});

// A child with pipes to its stdin and from its stdout, for tests that talk to it while it runs.
class Child {
 public:
  explicit Child(const std::vector<std::string>& args);
  ~Child();
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  int pid() const { return pid_; }
  void write_stdin(std::string_view bytes);
  void close_stdin();
  // Bytes written to the stdin pipe that the child has not read yet.
  size_t stdin_unread() const;
  // True once the child catches `sig` (its handler is installed), per /proc/<pid>/status.
  bool catches(int sig) const;
  // True while the child's main thread is blocked reading its standard input, per /proc/<pid>/syscall
  // (false also when that file cannot be read).
  bool blocked_reading_stdin() const;
  // True while the child's main thread is blocked writing to its standard output (a full pipe), per
  // /proc/<pid>/syscall.
  bool blocked_writing_stdout() const;
  // True while `sig`, sent to the whole process, is still pending there (not yet taken by one of its threads'
  // handlers), read from /proc/<pid>/status's ShdPnd and SigPnd masks.
  bool signal_pending(int sig) const;
  // Waits until stdout has bytes to read, or `timeout_ms` passes; false on timeout.
  bool wait_stdout(int timeout_ms);
  // Reads stdout until it holds `lines` complete lines (kept for finish()), or `timeout_ms` passes.
  bool wait_lines(size_t lines, int timeout_ms);
  // Reads stdout to its end, then reaps the child.
  Finished finish();

 private:
  int pid_ = -1;
  int in_ = -1, out_ = -1;
  std::filesystem::path err_file_;
  std::string out_buffer_;
};

// A fresh directory, removed with everything in it when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(std::string_view name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

void write_file(const std::filesystem::path& file, std::string_view contents);

// Output lines as JSON values; a line that does not parse becomes a string holding the line.
std::vector<boost::json::value> parse_records(const std::string& out);
// The messages of a record's "errors" (or "warnings") joined by newlines, each prefixed by its plugin.
std::string messages(const boost::json::value& record, std::string_view field = "errors");

}  // namespace reliability

#endif
