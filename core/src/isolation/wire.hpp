// The messages between a Supervisor and its worker processes (supervisor.hpp), over pipes: each is a
// frame, a 64-bit length and that many bytes (a document of 4 GiB or more fits). Integers are in the
// machine's byte order (both ends are the same program on the same machine, the worker a fork of the
// supervisor); strings are a 64-bit length and their bytes.
//
//   supervisor -> worker   'T' task:   seq, id, date, text
//   worker -> supervisor   'R' ready:  the chain's max_document_bytes and step names
//                          'C' config: the error that stopped the worker building its chain: whether it was
//                                      a ConfigError, its file, line, column, message, and what()
//                          'O' output: seq, the Result (result_codec.hpp)
#ifndef TEXTCHAIN_ISOLATION_WIRE_HPP
#define TEXTCHAIN_ISOLATION_WIRE_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace textchain::isolation {

// Builds one frame: the length is filled in by finish().
class FrameBuilder {
 public:
  explicit FrameBuilder(char kind);
  FrameBuilder& u64(uint64_t v);
  FrameBuilder& str(std::string_view s);
  // The frame, ready to write; the builder is left empty.
  std::string finish();

 private:
  std::string bytes_;
};

// Reads the fields of one frame's payload (the bytes after the length) in order. A frame too short for the
// fields asked makes ok() false and every later field zero or empty.
class FrameParser {
 public:
  explicit FrameParser(std::string_view payload);
  char kind() const { return kind_; }
  uint64_t u64();
  std::string str();
  bool ok() const { return ok_; }

 private:
  std::string_view rest_;
  char kind_ = 0;
  bool ok_ = true;
};

// Splits frames off the front of a byte buffer that a pipe fills: the payload of the next complete frame,
// or false when the buffer does not hold one yet. `consumed` says how many bytes to erase once it is used.
bool next_frame(std::string_view buffer, std::string_view& payload, size_t& consumed);

// Blocking whole reads and writes for the worker's end (EINTR retried). False on end of file or error.
bool read_exact(int fd, void* data, size_t size);
bool write_all(int fd, const void* data, size_t size);
// Reads one frame's payload; false at end of file or on an error.
bool read_frame(int fd, std::string& payload);

}  // namespace textchain::isolation

#endif
