// Reading documents from the command's inputs: plain text files (one document each), JSON Lines (one per
// line), folders (their .txt and .jsonl files, recursively, in name order) and '-' for standard input.
// A problem with one input (a missing file, a line that is not JSON) becomes a document carrying the error,
// so that every input yields exactly one output record.
#ifndef TEXTCHAIN_IO_INPUT_READER_HPP
#define TEXTCHAIN_IO_INPUT_READER_HPP

#include "document/iso_date.hpp"

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

namespace textchain::io {

struct InputDocument {
  boost::json::value id;        // as it will be written: the path, the record's id, or the line number
  std::string id_text;          // the id as text, for plugins
  std::string text;
  std::string date;             // YYYY-MM-DD or empty
  boost::json::object extra;    // the record's other fields, passed through untouched
  std::string error;            // non-empty: nothing to process, the record carries this error
  std::vector<std::string> warnings;
};

struct ReaderOptions {
  bool force_jsonl = false;          // treat every input (and stdin) as JSON Lines
  std::string default_date;          // --date, used when a record has none
  size_t max_document_bytes = 256u * 1024u * 1024u;
};

class JsonlLineParser;

class InputReader {
 public:
  InputReader(std::vector<std::string> inputs, ReaderOptions options);
  ~InputReader();
  // The next document; false when all inputs are read.
  bool next(InputDocument& out);
  // For progress: bytes of input consumed so far, and the total when known (0 with stdin).
  uint64_t bytes_read() const { return bytes_read_; }
  uint64_t total_bytes() const { return total_bytes_; }

 private:
  bool open_next_input(InputDocument& out);
  bool read_jsonl_line(InputDocument& out);
  // Reads one line in chunks of at most 64 KiB, handing each to `sink(data, size)`; `length` gets its full
  // length. False at the end of the input.
  template <class Sink>
  bool read_line_chunks(Sink&& sink, size_t& length);
  void read_text_file(const std::string& path, InputDocument& out);
  void read_stdin_text(InputDocument& out);

  std::vector<std::string> pending_;  // inputs still to open, expanded folders included, in order
  size_t next_input_ = 0;
  ReaderOptions options_;
  // The JSON Lines source being read.
  std::unique_ptr<std::ifstream> file_;
  std::istream* jsonl_ = nullptr;
  std::string jsonl_name_;
  // Parses each line as it is read, the "text" string straight into the document: a line is never held
  // whole, nor its text twice (a 100 MB record would otherwise be in memory three or four times).
  std::unique_ptr<JsonlLineParser> parser_;
  size_t line_no_ = 0;
  uint64_t bytes_read_ = 0, total_bytes_ = 0;
};

using document::is_iso_date;

}  // namespace textchain::io

#endif
