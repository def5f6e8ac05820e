// Moving text between Python strings and the host's UTF-8, and the interned keys of result records.
#ifndef TEXTCHAIN_PYTHON_PY_TEXT_HPP
#define TEXTCHAIN_PYTHON_PY_TEXT_HPP

#include <pybind11/pybind11.h>

#include <string>
#include <string_view>

namespace textchain::python {

namespace py = pybind11;

// A Python str of UTF-8 bytes; an invalid subpart (there should be none: the host checks what plugins hand
// it) becomes U+FFFD, the same repair the command applies when it writes a record.
py::str to_str(std::string_view utf8);

// The UTF-8 of a document handed in from Python, without copying when it can be borrowed.
struct DocumentText {
  py::object owner;        // keeps the borrowed buffer alive (a str or bytes)
  std::string_view bytes;  // into owner's buffer, or into `converted`
  std::string converted;   // a str holding lone surrogates, with each one replaced by U+FFFD
  bool replaced_surrogates = false;
};

// From a str (its cached UTF-8) or bytes (as given; the host repairs invalid UTF-8 with a warning).
// False, with no Python error set, for any other type.
bool document_text(py::handle obj, DocumentText& out);

// The warning a record carries when lone surrogates were replaced.
inline constexpr const char* kSurrogateWarning =
    "the text held lone surrogates (U+D800..U+DFFF), not encodable in UTF-8; each was replaced by U+FFFD";

// Interned dictionary keys, created once per interpreter.
struct RecordKeys {
  py::str id, text, rewritten_text, annotations, errors, warnings, edits, type, begin, end, char_begin, char_end, plugin, links,
      role, target, message, original, replacement, rule;
};
const RecordKeys& record_keys();

}  // namespace textchain::python

#endif
