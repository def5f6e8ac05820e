// `--format pretty`: the text with annotated spans marked and labelled, for people reading a terminal.
#ifndef TEXTCHAIN_IO_PRETTY_WRITER_HPP
#define TEXTCHAIN_IO_PRETTY_WRITER_HPP

#include "io/input_reader.hpp"

#include <textchain/host.hpp>

#include <string>

namespace textchain::io {

// With `color`, spans are coloured by type (ANSI); without, they are bracketed: [[span]]{type value}.
std::string pretty_record(const InputDocument& in, const Result* result, bool color);

}  // namespace textchain::io

#endif
