#include "document_request.hpp"

namespace textchain::python {

bool is_iso_date(std::string_view s) noexcept {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  const int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  const int m = (s[5] - '0') * 10 + (s[6] - '0');
  const int d = (s[8] - '0') * 10 + (s[9] - '0');
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

namespace {
// A JSON Lines id is a string or an integer (JSON has no booleans among its integers, Python does).
bool is_record_id(py::handle v) {
  return PyUnicode_Check(v.ptr()) || (PyLong_Check(v.ptr()) && !PyBool_Check(v.ptr()));
}
std::string id_text(py::handle v) { return py::str(v).cast<std::string>(); }

bool is_mapping(py::handle v) {
  // Never released: module state lives as long as the interpreter.
  static PyObject* mapping = py::object(py::module_::import("collections.abc").attr("Mapping")).release().ptr();
  const int is = PyObject_IsInstance(v.ptr(), mapping);
  if (is < 0) PyErr_Clear();
  return is == 1;
}

void take_text(DocumentRequest& r) {
  if (r.text.replaced_surrogates) r.warnings.emplace_back(kSurrogateWarning);
}
}  // namespace

DocumentRequest request_from_arguments(py::handle text, py::handle id, py::handle date) {
  DocumentRequest r;
  if (!document_text(text, r.text))
    throw py::type_error("text must be a str or bytes, not " + std::string(py::str(py::type::handle_of(text).attr("__name__"))));
  take_text(r);
  r.id = py::reinterpret_borrow<py::object>(id);
  if (!id.is_none()) {
    if (!is_record_id(id)) throw py::type_error("id must be a str, an int or None");
    r.input.id = id_text(id);
  }
  if (!date.is_none()) {
    if (!PyUnicode_Check(date.ptr())) throw py::type_error("date must be a 'YYYY-MM-DD' str or None");
    std::string d = date.cast<std::string>();
    if (!is_iso_date(d)) throw py::value_error("date is not a YYYY-MM-DD date: " + d);
    r.input.date = std::move(d);
  }
  r.extra = py::none();
  return r;
}

DocumentRequest request_from_item(py::handle item, size_t position, const std::string& default_date) {
  DocumentRequest r;
  r.id = py::int_(position);
  r.input.id = std::to_string(position);
  r.input.date = default_date;
  r.extra = py::none();
  if (document_text(item, r.text)) {
    take_text(r);
    return r;
  }
  if (!PyDict_Check(item.ptr()) && !is_mapping(item)) {
    r.error = "item " + std::to_string(position) + " is neither a str, bytes nor a mapping with a \"text\" str (" +
              std::string(py::str(py::type::handle_of(item).attr("__name__"))) + ")";
    return r;
  }
  try {
    py::dict fields = PyDict_Check(item.ptr()) ? py::reinterpret_borrow<py::dict>(item) : py::dict(py::reinterpret_borrow<py::object>(item));
    py::dict extra;
    bool has_text = false;
    for (auto kv : fields) {
      py::handle key = kv.first, value = kv.second;
      const std::string name = PyUnicode_Check(key.ptr()) ? key.cast<std::string>() : std::string();
      if (name == "id") {
        if (is_record_id(value)) {
          r.id = py::reinterpret_borrow<py::object>(value);
          r.input.id = id_text(value);
        } else if (!value.is_none()) {
          r.warnings.emplace_back("'id' is neither a string nor an integer; using the item's position");
        }
      } else if (name == "text") {
        has_text = PyUnicode_Check(value.ptr()) || PyBytes_Check(value.ptr());
        if (has_text) document_text(value, r.text);
      } else if (name == "date") {
        if (PyUnicode_Check(value.ptr()) && is_iso_date(value.cast<std::string>()))
          r.input.date = value.cast<std::string>();
        else if (!value.is_none())
          r.warnings.emplace_back("'date' is not a YYYY-MM-DD date; ignored");
      } else {
        extra[key] = value;
      }
    }
    r.extra = std::move(extra);
    if (!has_text) {
      r.text = DocumentText{};
      r.error = "the record has no \"text\" string";
    } else {
      take_text(r);
    }
  } catch (py::error_already_set& e) {
    r.error = "item " + std::to_string(position) + " could not be read: " + std::string(e.what());
  }
  return r;
}

}  // namespace textchain::python
