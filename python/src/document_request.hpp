// One document to process, as Python handed it over: a str, bytes, or a mapping shaped like a JSON Lines
// input record ({"id": ..., "text": ..., "date": ..., other fields passed through}), read by the command's
// rules so that the resulting record is the one `textchain run --jsonl` writes for that line.
#ifndef TEXTCHAIN_PYTHON_DOCUMENT_REQUEST_HPP
#define TEXTCHAIN_PYTHON_DOCUMENT_REQUEST_HPP

#include "py_text.hpp"

#include <textchain/host.hpp>

#include <string>
#include <vector>

namespace textchain::python {

struct DocumentRequest {
  DocumentText text;
  DocumentInput input;                // what the plugins see: the id as text, the date
  py::object id;                      // the record's "id", as given (str or int), or the default
  std::vector<std::string> warnings;  // about the request itself, before the chain's own
  std::string error;                  // non-empty: not processed, the record carries this error
  bool no_document = false;           // a blank JSON Lines line: a record with its warning, nothing processed
  py::object extra;                   // a mapping's other fields (a dict), or None
};

// From process(text, id, date): a str or bytes (TypeError otherwise), an id that is None, a str or an
// int, a date that is None or YYYY-MM-DD (ValueError otherwise).
DocumentRequest request_from_arguments(py::handle text, py::handle id, py::handle date);

// From one item of process_many, never throwing for a bad item: it becomes a request carrying an error.
// `position` (1-based) is the id of an item that has none; `default_date` is used when it has no date.
DocumentRequest request_from_item(py::handle item, size_t position, const std::string& default_date);

// From one line of a JSON Lines input (str or bytes, its line end included or not), read the way
// `textchain run --jsonl` reads line `number` of the file `source` (docs/record-stream.md): a blank line is a
// request with no document and the command's warning; a line that is not a JSON object, or longer than
// `max_line_bytes`, a request carrying the error "SOURCE:N: ..." with "id" null and a "line" field; a
// record without an "id" gets the line number; a record without a "text" string keeps its fields and
// carries the error. Never throws for a bad line.
DocumentRequest request_from_line(py::handle line, size_t number, const std::string& source,
                                  const std::string& default_date, size_t max_line_bytes);

}  // namespace textchain::python

#endif
