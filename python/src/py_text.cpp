#include "py_text.hpp"

namespace textchain::python {

py::str to_str(std::string_view utf8) {
  PyObject* s = PyUnicode_DecodeUTF8(utf8.data(), static_cast<Py_ssize_t>(utf8.size()), "replace");
  if (!s) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(s);
}

namespace {
// The UTF-8 of `obj` with U+FFFD for every lone surrogate: one character in, one out, so the Python
// string's indices still match the text the host sees. Python encodes a surrogate as ED A0..BF xx with
// "surrogatepass"; U+FFFD (EF BF BD) has the same length and replaces it in place.
std::string encode_replacing_surrogates(PyObject* obj) {
  PyObject* bytes = PyUnicode_AsEncodedString(obj, "utf-8", "surrogatepass");
  if (!bytes) throw py::error_already_set();
  std::string out(PyBytes_AS_STRING(bytes), static_cast<size_t>(PyBytes_GET_SIZE(bytes)));
  Py_DECREF(bytes);
  for (size_t i = 0; i + 2 < out.size(); ++i) {
    if (static_cast<unsigned char>(out[i]) == 0xED && static_cast<unsigned char>(out[i + 1]) >= 0xA0) {
      out[i] = '\xEF';
      out[i + 1] = '\xBF';
      out[i + 2] = '\xBD';
      i += 2;
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
      py::str("id"),        py::str("text"),     py::str("rewritten_text"), py::str("annotations"), py::str("errors"),  py::str("warnings"),
      py::str("edits"),     py::str("type"),     py::str("begin"),       py::str("end"),     py::str("char_begin"),
      py::str("char_end"),  py::str("plugin"),   py::str("links"),       py::str("role"),    py::str("target"),
      py::str("message"),   py::str("original"), py::str("replacement"), py::str("rule")};
  return *keys;
}

}  // namespace textchain::python
