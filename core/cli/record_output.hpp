// How the command's output ends, in one place: finished records written whole to standard output, write
// errors told apart from a closed pipe, the stop signals (SIGINT, SIGTERM, SIGHUP), a library that calls
// exit() in the middle of a run, and the exit status each of these gives. docs/record-stream.md states the
// guarantees; a supervisor of worker processes writes its workers' records through the same class, and the
// workers make a JSON Lines record whole (whole_jsonl_record), the bytes `run -j N` appends in its threads.
#ifndef TEXTCHAIN_CLI_RECORD_OUTPUT_HPP
#define TEXTCHAIN_CLI_RECORD_OUTPUT_HPP

#include "io/input_reader.hpp"

#include <atomic>
#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>

namespace textchain {
struct ProcessedDocument;  // chain/chain_runner.hpp
}  // namespace textchain

namespace textchain::cli {

// Finished records, written to a file descriptor only whole: a record is appended to a buffer that is
// written out at record boundaries, so whatever ends the process, standard output holds complete lines.
// Thread-safe: the exit guard flushes it from whichever thread called exit().
class RecordOutput {
 public:
  explicit RecordOutput(int fd);
  ~RecordOutput();
  RecordOutput(const RecordOutput&) = delete;
  RecordOutput& operator=(const RecordOutput&) = delete;

  // Appends one or more complete records, or the next piece of a record too large to hold whole (`run -j 1`
  // streams a large document's record: its pieces come from the one thread that writes, with no other
  // record between them, and no plugin runs while a record is half written). False once writing has failed
  // (nothing more is written).
  bool write(std::string_view records);
  // Writes out what is buffered. False once writing has failed.
  bool flush();

  // 0, or the errno of the first failed write (EPIPE: the reader went away).
  int error() const;
  size_t records_written() const;  // lines handed to the kernel

  // The exit status for a command that otherwise ended with `status`: 141 (quietly) when the reader went
  // away, 74 after printing the error for any other write error, else `status`.
  int exit_status(int status, const char* what = "standard output") const;

 private:
  bool write_out(const char* data, size_t size);  // the caller holds mutex_

  int fd_;
  mutable std::mutex mutex_;
  std::string buffer_;
  // Written under mutex_; read without it by error(), which the command asks once per document.
  std::atomic<int> error_{0};
  size_t lines_ = 0;
};

// ---- A JSON Lines record made whole ---------------------------------------------------------------------
// `run -j N` in its threads and `run --isolate` in its worker processes make the same bytes, here.
struct WholeRecord {
  std::string text;     // the line, '\n' included
  bool failed = false;  // it carries an error
};
// `doc` processed by `run` (the chain over its text), as a record written from the compact annotations. An
// exception from the chain or the writer gives the document an error record instead (record_not_written()).
WholeRecord whole_jsonl_record(io::InputDocument& doc, const std::function<ProcessedDocument()>& run);
// The same bytes appended to `out` (`run -j N` joins a batch's records): written through the record
// writer's buffer that the thread reuses, not made in a string of their own. Returns whether the record
// carries an error. `processed` is the thread's, used again for each document (`run` fills it with
// ChainAccess::run_compact_into; it is released once the record is written, the room of the text it took
// from `doc` handed back to `doc.text`).
bool append_jsonl_record(io::InputDocument& doc, ProcessedDocument& processed,
                         const std::function<void(ProcessedDocument&)>& run, std::string& out);
// In a catch block: what the exception being handled says ("an unknown exception" if it is not a
// std::exception), and the error a document's record then carries ("the record could not be written: ...").
std::string current_exception_text();
std::string record_not_written();

// For the subcommands that print with iostreams (plugins, check): the exit status once std::cout is
// flushed, as RecordOutput::exit_status does it.
int stdout_exit_status(int status);

// ---- Stop signals -----------------------------------------------------------------------------------
// SIGINT, SIGTERM and SIGHUP (what terminals, YARN, Kubernetes and systemd send) stop the command: it reads
// no further, finishes the documents in flight, writes their records and exits 128 + the signal. A second
// stop signal ends the process at once, by the signal.
void install_stop_signals();
// Blocks the stop signals in the calling thread (worker threads), so that they reach the reading thread.
void block_stop_signals();
// The stop signal received, or 0.
int stop_signal();
// A descriptor that becomes readable when a stop signal arrives: a blocking read polls it.
int stop_signal_fd();

// ---- A library's exit() --------------------------------------------------------------------------------
// While a command runs, a library (a plugin, or anything it loaded) that calls exit(), _exit(), _Exit() or
// quick_exit() does not end the process with the status it chose: the records already finished in the
// output registered here are written, a message on stderr names the library, and the process exits 70.
// `output` may be null (a subcommand without records); `stage` says what the command was doing.
void guard_library_exit(RecordOutput* output, const char* stage);
// Called from main before returning: the command's own end.
void end_library_exit_guard();
// In a worker process of `run --isolate`, which has no records of its own to save: a library's exit() is
// told to `observer` (async-signal-safe code only) instead of the message above, and the process exits 70.
using LibraryExitObserver = void (*)(const char* library, const char* function, int status);
void observe_library_exit(LibraryExitObserver observer);

// Exit statuses beyond the ones in chain_options.hpp.
constexpr int kExitLibraryExit = 70;  // EX_SOFTWARE: a library ended the process mid-run
constexpr int kExitIoError = 74;      // EX_IOERR: the output could not be written
constexpr int kExitBrokenPipe = 141;  // 128 + SIGPIPE, as a shell reports `cmd | head`

}  // namespace textchain::cli

#endif
