// `textchain run --isolate` with JSON Lines: a worker process writes each document's record whole, the
// bytes an in-process run writes, and the supervisor only writes them out in input order. The record holds
// more than the chain's result: the id as the input gave it, the reader's warnings and the pass-through
// fields. They travel to the worker with the text, as the document's envelope (Supervisor::submit).
#ifndef TEXTCHAIN_CLI_ISOLATION_RECORD_ENVELOPE_HPP
#define TEXTCHAIN_CLI_ISOLATION_RECORD_ENVELOPE_HPP

#include "io/input_reader.hpp"

#include <textchain/host.hpp>

#include <string>
#include <string_view>

namespace textchain::cli::isolation {

// The fields of `doc` that its record takes from the input, other than the text and the id and date the
// chain is given (DocumentInput travels beside it): the id's JSON value, the warnings, the pass-through
// fields.
std::string record_envelope(const io::InputDocument& doc);

// The document an envelope describes, with its id_text and date from `input` and no text (the record
// writer takes the text from the result); false when `envelope` is not one record_envelope() made.
bool read_record_envelope(std::string_view envelope, const DocumentInput& input, io::InputDocument& doc);

}  // namespace textchain::cli::isolation

#endif
