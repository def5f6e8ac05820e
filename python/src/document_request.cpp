#include "document_request.hpp"

namespace textchain::python {

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
    if (!PyUnicode_Check(date.ptr())) throw py::type_error("date must be a 'YYYY-MM-DD' (or ISO 8601 date-time) str or None");
    const std::string d = date.cast<std::string>();
    // A date, or a date-time whose time of day becomes the reference_time, as the command reads a record's.
    if (!set_document_date(r.input, d)) throw py::value_error("date is not a YYYY-MM-DD date: " + d);
  }
  r.extra = py::none();
  return r;
}

namespace {
// An item of process_many, or a JSON Lines line's record: `where` ("SOURCE:N") is empty for an item.
DocumentRequest request_from_record(py::handle item, size_t position, const std::string& default_date,
                                    const std::string& where) {
  DocumentRequest r;
  r.id = py::int_(position);
  r.input.id = std::to_string(position);
  if (!default_date.empty()) set_document_date(r.input, default_date);  // checked when the run began
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
          r.warnings.emplace_back(where.empty() ? "'id' is neither a string nor an integer; using the item's position"
                                                : "'id' is neither a string nor an integer; using the line number");
        }
      } else if (name == "text") {
        has_text = PyUnicode_Check(value.ptr()) || PyBytes_Check(value.ptr());
        if (has_text) document_text(value, r.text);
      } else if (name == "date") {
        if (PyUnicode_Check(value.ptr()) && set_document_date(r.input, value.cast<std::string>())) {
          // a date, or a date-time: its time of day is the record's reference_time
        } else if (!value.is_none())
          r.warnings.emplace_back("'date' is not a YYYY-MM-DD date; ignored");
      } else {
        extra[key] = value;
      }
    }
    r.extra = std::move(extra);
    if (!has_text) {
      r.text = DocumentText{};
      // The command names the line of a reader error.
      r.error = (where.empty() ? "" : where + ": ") + "the record has no \"text\" string";
    } else {
      take_text(r);
    }
  } catch (py::error_already_set& e) {
    r.error = "item " + std::to_string(position) + " could not be read: " + std::string(e.what());
  }
  return r;
}

}  // namespace

DocumentRequest request_from_item(py::handle item, size_t position, const std::string& default_date) {
  return request_from_record(item, position, default_date, {});
}

DocumentRequest request_from_line(py::handle line, size_t number, const std::string& source,
                                  const std::string& default_date, size_t max_line_bytes) {
  const std::string where = source + ":" + std::to_string(number);
  DocumentRequest r;
  r.id = py::int_(number);
  r.input.id = std::to_string(number);
  if (!default_date.empty()) set_document_date(r.input, default_date);  // checked when the run began
  r.extra = py::none();
  auto refuse = [&](std::string why) {
    r = DocumentRequest{};
    r.id = py::none();
    py::dict extra;
    extra["line"] = py::int_(number);
    r.extra = std::move(extra);
    r.error = where + ": " + std::move(why);
  };
  DocumentText bytes;
  if (!PyBytes_Check(line.ptr()) && !PyUnicode_Check(line.ptr())) {
    refuse("a line must be str or bytes, not " + std::string(py::str(py::type::handle_of(line).attr("__name__"))));
    return r;
  }
  document_text(line, bytes);
  std::string_view s = bytes.bytes;
  if (!s.empty() && s.back() == '\n') s.remove_suffix(1);
  // As the command: spaces, tabs and carriage returns only is a blank line, which every line gives a
  // record for (so that a scheduler can count them), carrying no document.
  if (s.find_first_not_of(" \t\r") == std::string_view::npos) {
    r.no_document = true;
    r.warnings.push_back(where + ": blank line, no document");
    return r;
  }
  // The command stops reading a line this much past the largest document it may process.
  const size_t keep = max_line_bytes > SIZE_MAX - 4096 ? SIZE_MAX : max_line_bytes + 4096;
  if (s.size() > keep) {
    refuse("line of " + std::to_string(s.size()) + " bytes exceeds max_document_bytes (" +
           std::to_string(max_line_bytes) + "); not processed");
    return r;
  }
  py::object record;
  try {
    // Never released: module state lives as long as the interpreter.
    static PyObject* loads = py::object(py::module_::import("json").attr("loads")).release().ptr();
    py::object text = py::reinterpret_steal<py::object>(
        PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace"));
    if (!text) throw py::error_already_set();
    record = py::reinterpret_borrow<py::object>(loads)(text);
  } catch (py::error_already_set& e) {
    if (!e.matches(PyExc_ValueError) && !e.matches(PyExc_RecursionError)) throw;
    refuse("not valid JSON (" + std::string(py::str(e.value())) + ")");
    return r;
  }
  if (!PyDict_Check(record.ptr())) {
    refuse("not a JSON object");
    return r;
  }
  return request_from_record(record, number, default_date, where);
}

}  // namespace textchain::python
