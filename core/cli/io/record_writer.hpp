// Output records: one JSON line per input document (the contract in docs/architecture.md, "Records").
#ifndef TEXTCHAIN_IO_RECORD_WRITER_HPP
#define TEXTCHAIN_IO_RECORD_WRITER_HPP

#include "io/input_reader.hpp"

#include <textchain/host.hpp>

#include <string>

namespace textchain::io {

// The record for `in`, processed into `result` (null when the document could not be read: the record then
// carries in.error). Ends with '\n'.
std::string jsonl_record(const InputDocument& in, const Result* result);

// An annotation as a JSON object (type, begin, end, text, plugin, attributes, links).
boost::json::object annotation_json(const Result& result, const Annotation& a);

}  // namespace textchain::io

#endif
