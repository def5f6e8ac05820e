// Keeps what plugins write to file descriptor 1 out of the record stream: the records go to a descriptor of
// their own (a duplicate of the real standard output), and descriptor 1 becomes a memory file. After each
// step (in-process, and in a worker process of --isolate) the command looks there: whatever a plugin wrote
// is copied to standard error after a warning naming the step that had just run.
#ifndef TEXTCHAIN_CLI_PLUGIN_STDOUT_HPP
#define TEXTCHAIN_CLI_PLUGIN_STDOUT_HPP

#include <cstddef>
#include <string_view>

namespace textchain::cli {

class PluginStdout {
 public:
  // Moves standard output to records_fd() and puts a memory file on descriptor 1. When descriptor 1 is
  // not open or no memory file can be made, nothing moves and records_fd() is 1.
  PluginStdout();
  // Puts standard output back on descriptor 1.
  ~PluginStdout();
  PluginStdout(const PluginStdout&) = delete;
  PluginStdout& operator=(const PluginStdout&) = delete;

  int records_fd() const { return records_fd_; }
  // Whether the records go to a terminal (what isatty(1) said before the move).
  bool records_to_terminal() const { return records_tty_; }

  // In a forked worker process: a memory file of its own on descriptor 1 (the inherited one is shared with
  // the supervisor), and the records' descriptor closed so that no plugin can reach it.
  void reopen_in_worker();

  // Whether plugins wrote anything since the last forward(), as seen after each step: a flush of stdout
  // and a look at the memory file's first bytes through a mapping (no system call; an lseek when the
  // mapping could not be made). Output whose first 8 bytes are all zero is not seen here: written()
  // catches it.
  bool pending() const;
  // Whether plugins wrote anything since the last forward(), whatever the bytes: pending() or a moved
  // offset (one lseek). Called where a system call is cheap enough: at load, before a wait, at the end.
  bool written() const;
  // Copies what plugins wrote since the last call to standard error, after the warning line
  // "textchain: warning: <who> wrote N bytes to standard output <where>; ...". Returns N. Bytes a
  // plugin of another thread writes while this runs may be lost (never into the records).
  size_t forward(std::string_view who, std::string_view where);

 private:
  // Maps the first page of the memory file on descriptor 1 (sized to a page, zeros) for pending().
  void watch();
  void unwatch();

  int records_fd_ = 1;
  const unsigned char* watch_ = nullptr;  // the memory file's first page, or null
  bool captured_ = false;
  bool records_tty_ = false;
};

}  // namespace textchain::cli

#endif
