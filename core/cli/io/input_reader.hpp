// Reading documents from the command's inputs: plain text files (one document each), JSON Lines (one per
// line), folders (their .txt and .jsonl files, recursively, in name order) and '-' for standard input.
// FIFOs and other files that are not regular are read as streams.
// A problem with one input (a missing file, a line that is not JSON) becomes a document carrying the error,
// so that every input yields exactly one output record; every line of a JSON Lines input is one record,
// a blank line included (docs/record-stream.md).
#ifndef TEXTCHAIN_IO_INPUT_READER_HPP
#define TEXTCHAIN_IO_INPUT_READER_HPP

#include "document/iso_date.hpp"
#include "document/iso_date_time.hpp"

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace textchain::io {

struct PassThroughField {
  std::string key;   // decoded, valid UTF-8
  std::string json;  // the value's JSON text
};

// Pass-through values may nest this deep (JSON parsers downstream commonly stop near 1000 levels).
constexpr size_t kMaxPassThroughNesting = 1000;

struct InputDocument {
  boost::json::value id;        // as it will be written: the path, the record's id, or the line number
  std::string id_text;          // the id as text, for plugins
  std::string text;
  std::string date;             // YYYY-MM-DD or empty
  // The time of a date-time "date" ("HH:MM", "HH:MMZ" or "HH:MM+02:00"; split_iso_date_time), or empty.
  std::string reference_time;
  // The record's other fields, in input order, each value as the exact JSON text it had in the input (only
  // invalid UTF-8 and unpaired surrogate escapes replaced, with a warning).
  std::vector<PassThroughField> extra;
  std::string error;            // non-empty: nothing to process, the record carries this error
  std::vector<std::string> warnings;
  // A text's room up to this size stays with the document through reset().
  static constexpr size_t kKeptTextBytes = 256 * 1024;
  // Every field as a new document's (a large text's room is freed: it would stay held), without
  // a new document made and moved in (the reader does this per line). A field added above is reset here.
  void reset() {
    id = nullptr;
    id_text.clear();
    // The text's room stays for the next document when small (`run` hands a document's text back to
    // the reader once its record is written); a large one's is freed.
    if (text.capacity() > kKeptTextBytes) std::string().swap(text);
    else text.clear();
    date.clear();
    reference_time.clear();
    extra.clear();
    error.clear();
    warnings.clear();
  }
};

struct ReaderOptions {
  bool force_jsonl = false;          // treat every input (and stdin) as JSON Lines
  std::string default_date;          // --date (a date or a date-time), used when a record has none
  size_t max_document_bytes = 256u * 1024u * 1024u;
  // When this descriptor becomes readable (a stop signal arrived), a blocking read of a stream gives up and
  // next() returns false. -1: none.
  int stop_fd = -1;
  // Called when reading a stream is about to wait for more input (nothing is ready): the command writes
  // out the records it has, so that a slow producer sees them without waiting for its next line.
  std::function<void()> before_wait;
};

class RecordParser;
class LineSource;

class InputReader {
 public:
  InputReader(std::vector<std::string> inputs, ReaderOptions options);
  ~InputReader();
  // The next document; false when all inputs are read.
  bool next(InputDocument& out);
  // For progress: bytes of input consumed so far, and the total when known (0 with stdin).
  uint64_t bytes_read() const { return bytes_read_; }
  uint64_t total_bytes() const { return total_bytes_; }
  // Folders of the inputs that could not be read (their files are missing), one message each.
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  bool open_next_input(InputDocument& out);
  bool read_jsonl_line(InputDocument& out);
  void read_text(const std::string& name, int fd, InputDocument& out);

  std::vector<std::string> pending_;  // inputs still to open, expanded folders included, in order
  std::vector<std::string> problems_;
  size_t next_input_ = 0;
  ReaderOptions options_;
  // --date split as a record's "date" is (the constructor splits options_.default_date).
  std::string default_date_, default_reference_time_;
  // The JSON Lines source being read, or null.
  std::unique_ptr<LineSource> jsonl_;
  std::string jsonl_name_;
  // Parses each line as it is read, the "text" string straight into the document: a line is never held
  // whole, nor its text twice (a 100 MB record would otherwise be in memory three or four times).
  std::unique_ptr<RecordParser> parser_;
  size_t line_no_ = 0;
  uint64_t bytes_read_ = 0, total_bytes_ = 0;
};

using document::is_iso_date;
using document::split_iso_date_time;

}  // namespace textchain::io

#endif
