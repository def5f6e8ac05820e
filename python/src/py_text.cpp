#include "py_text.hpp"

namespace textchain::python {

py::str to_str(std::string_view utf8) {
  PyObject* s = PyUnicode_DecodeUTF8(utf8.data(), static_cast<Py_ssize_t>(utf8.size()), "replace");
  if (!s) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(s);
}

namespace {
// UTF-8 of `obj` code point by code point, U+FFFD for every surrogate: one character in, one out, so the
// Python string's indices still match the text the host sees.
std::string encode_replacing_surrogates(PyObject* obj) {
  const Py_ssize_t n = PyUnicode_GET_LENGTH(obj);
  const int kind = PyUnicode_KIND(obj);
  const void* data = PyUnicode_DATA(obj);
  std::string out;
  out.reserve(static_cast<size_t>(n) * 2);
  for (Py_ssize_t i = 0; i < n; ++i) {
    Py_UCS4 c = PyUnicode_READ(kind, data, i);
    if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}
}  // namespace

bool document_text(py::handle obj, DocumentText& out) {
  if (PyUnicode_Check(obj.ptr())) {
    out.owner = py::reinterpret_borrow<py::object>(obj);
    Py_ssize_t n = 0;
    // The str caches its UTF-8; the pointer stays valid while `owner` holds the string.
    if (const char* p = PyUnicode_AsUTF8AndSize(obj.ptr(), &n)) {
      out.bytes = std::string_view(p, static_cast<size_t>(n));
      return true;
    }
    PyErr_Clear();  // lone surrogates: the only str that has no UTF-8
    out.converted = encode_replacing_surrogates(obj.ptr());
    out.bytes = out.converted;
    out.replaced_surrogates = true;
    return true;
  }
  if (PyBytes_Check(obj.ptr())) {
    out.owner = py::reinterpret_borrow<py::object>(obj);
    out.bytes = std::string_view(PyBytes_AS_STRING(obj.ptr()), static_cast<size_t>(PyBytes_GET_SIZE(obj.ptr())));
    return true;
  }
  return false;
}

const RecordKeys& record_keys() {
  // Never destroyed: the interpreter may already be finalizing when static destructors run.
  static const RecordKeys* keys = new RecordKeys{
      py::str("id"),        py::str("text"),     py::str("annotations"), py::str("errors"),  py::str("warnings"),
      py::str("edits"),     py::str("type"),     py::str("begin"),       py::str("end"),     py::str("char_begin"),
      py::str("char_end"),  py::str("plugin"),   py::str("links"),       py::str("role"),    py::str("target"),
      py::str("message"),   py::str("original"), py::str("replacement"), py::str("rule")};
  return *keys;
}

}  // namespace textchain::python
