// `--format timeml`: one TimeML document per input document, with the `date` annotations as inline TIMEX3
// elements and the document date as the creation-time TIMEX3 (the shape TempEval-3's tools read).
#ifndef TEXTCHAIN_IO_TIMEML_WRITER_HPP
#define TEXTCHAIN_IO_TIMEML_WRITER_HPP

#include "io/input_reader.hpp"

#include <textchain/host.hpp>

#include <string>

namespace textchain::io {

std::string timeml_document(const InputDocument& in, const Result* result);

}  // namespace textchain::io

#endif
