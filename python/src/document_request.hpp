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
  py::object extra;                   // a mapping's other fields (a dict), or None
};

// YYYY-MM-DD naming a real day.
bool is_iso_date(std::string_view s) noexcept;

// From process(text, id, date): a str or bytes (TypeError otherwise), an id that is None, a str or an
// int, a date that is None or YYYY-MM-DD (ValueError otherwise).
DocumentRequest request_from_arguments(py::handle text, py::handle id, py::handle date);

// From one item of process_many, never throwing for a bad item: it becomes a request carrying an error.
// `position` (1-based) is the id of an item that has none; `default_date` is used when it has no date.
DocumentRequest request_from_item(py::handle item, size_t position, const std::string& default_date);

}  // namespace textchain::python

#endif
