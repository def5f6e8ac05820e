// Output records: one JSON line per input document (the contract in docs/architecture.md, "Records").
#ifndef TEXTCHAIN_IO_RECORD_WRITER_HPP
#define TEXTCHAIN_IO_RECORD_WRITER_HPP

#include "io/input_reader.hpp"

#include <textchain/host.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace textchain {
struct ProcessedDocument;  // chain/chain_runner.hpp
}  // namespace textchain

namespace textchain::io {

// The record for `in`, processed into `result` (null when the document could not be read: the record then
// carries in.error). Ends with '\n'. Always one line of valid JSON and valid UTF-8, whatever the plugins
// handed over: strings are made valid UTF-8, non-finite numbers become null with a warning in the record.
std::string jsonl_record(const InputDocument& in, const Result* result);

// The same record for a document processed into `doc` (its annotations read from their compact store),
// handed to `sink` in consecutive pieces of about a megabyte, the last one ending with '\n': a large
// document's record is never held whole in memory.
using RecordSink = std::function<void(std::string_view piece)>;
void write_jsonl_record(const InputDocument& in, const ProcessedDocument& doc, const RecordSink& sink);
// The same record whole, for a writer that must hold it (records of -j N leave in input order).
std::string jsonl_record(const InputDocument& in, const ProcessedDocument& doc);

}  // namespace textchain::io

#endif
