// A processed document as a Python dict: the fields of the command's JSON Lines record (id, rewritten_text
// when a step rewrote it, annotations, errors, warnings and edits when there are any, then the request's other
// fields), with each annotation's and edit's offsets also given as indices into the Python string.
#ifndef TEXTCHAIN_PYTHON_RESULT_RECORD_HPP
#define TEXTCHAIN_PYTHON_RESULT_RECORD_HPP

#include "document_request.hpp"

#include <textchain/host.hpp>

namespace textchain::python {

// `result` is null when the request carried an error and was not processed. With `char_offsets`, every
// annotation and edit also has "char_begin"/"char_end": code point indices into the text as the host saw
// it (the Python str given, or bytes decoded with errors="replace").
py::dict result_record(const DocumentRequest& request, const Result* result, bool char_offsets);

}  // namespace textchain::python

#endif
