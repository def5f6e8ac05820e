// The messages between a Supervisor and its worker processes (supervisor.hpp), over pipes: each is a
// frame, a 64-bit length and that many bytes (a document of 4 GiB or more fits). Integers are in the
// machine's byte order (both ends are the same program on the same machine, the worker a fork of the
// supervisor); strings are a 64-bit length and their bytes.
//
//   supervisor -> worker   'T' task:   seq, id, date, text, envelope (the owner's bytes about the document,
//                                      for WorkerHooks::make_record; empty without it)
//   worker -> supervisor   'R' ready:  the chain's max_document_bytes and step names
//                          'C' config: the error that stopped the worker building its chain: whether it was
//                                      a ConfigError, its file, line, column, message, and what()
//                          'O' output: seq, the Result (result_codec.hpp)
//                          'F' finished record: seq, whether it carries an error, the bytes that
//                                      WorkerHooks::make_record made (instead of 'O')
#ifndef TEXTCHAIN_ISOLATION_WIRE_HPP
#define TEXTCHAIN_ISOLATION_WIRE_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace textchain::isolation {

// Builds one frame: the length is filled in by finish() or close().
class FrameBuilder {
 public:
  // A frame of its own, which finish() returns.
  explicit FrameBuilder(char kind);
  // A frame appended to `buffer`, after what it holds (bytes waiting to be written: the frame is not copied
  // there once more); close() completes it. `buffer` must outlive the builder.
  FrameBuilder(char kind, std::string& buffer);
  FrameBuilder(const FrameBuilder&) = delete;  // it may point into itself
  FrameBuilder& operator=(const FrameBuilder&) = delete;
  FrameBuilder& u64(uint64_t v);
  FrameBuilder& str(std::string_view s);
  // Fills in the length.
  void close();
  // close(), then the frame of its own, ready to write; the builder is left empty.
  std::string finish();

 private:
  std::string own_;
  std::string* bytes_;
  size_t start_;
};

// Reads the fields of one frame's payload (the bytes after the length) in order. A frame too short for the
// fields asked makes ok() false and every later field zero or empty.
class FrameParser {
 public:
  explicit FrameParser(std::string_view payload);
  char kind() const { return kind_; }
  uint64_t u64();
  std::string str();
  // The next string without a copy: a view into the payload.
  std::string_view view();
  bool ok() const { return ok_; }

 private:
  std::string_view rest_;
  char kind_ = 0;
  bool ok_ = true;
};

// Splits frames off the front of a byte buffer that a pipe fills: the payload of the next complete frame,
// or false when the buffer does not hold one yet. `consumed` says how many bytes to erase once it is used.
bool next_frame(std::string_view buffer, std::string_view& payload, size_t& consumed);

// A blocking whole write for the worker's end (EINTR retried). False on an error.
bool write_all(int fd, const void* data, size_t size);

// The worker's end of its task pipe: frames read in as large reads as the pipe gives (a batch of documents
// in one or two reads, not two per document).
class FrameReader {
 public:
  explicit FrameReader(int fd) : fd_(fd) {}
  // The next frame's payload, valid until the next call; false at end of file or on an error. Blocks.
  bool next(std::string_view& payload);
  // Whether a whole frame is already read in (next() would not block).
  bool has_frame() const;

 private:
  int fd_;
  std::string buffer_;
  size_t start_ = 0;  // bytes of buffer_ already handed out
};

}  // namespace textchain::isolation

#endif
