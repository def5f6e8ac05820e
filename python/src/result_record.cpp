#include "result_record.hpp"

#include <algorithm>
#include <variant>
#include <vector>

namespace textchain::python {

namespace {

// Byte offsets into a UTF-8 text mapped to code point indices in one pass over the text, however many
// offsets there are (an offset inside a character maps to that character's index).
class CharIndex {
 public:
  CharIndex(std::string_view text, const Result& r) {
    for (const auto& a : r.annotations) offsets_.insert(offsets_.end(), {a.begin, a.end});
    for (const auto& e : r.edits) offsets_.insert(offsets_.end(), {e.original_begin, e.original_end});
    std::sort(offsets_.begin(), offsets_.end());
    offsets_.erase(std::unique(offsets_.begin(), offsets_.end()), offsets_.end());
    chars_.resize(offsets_.size());
    size_t byte = 0, chars = 0;
    for (size_t i = 0; i < offsets_.size(); ++i) {
      const size_t stop = std::min(offsets_[i], text.size());
      for (; byte < stop; ++byte)
        if ((static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80) ++chars;
      chars_[i] = chars;
    }
  }
  size_t operator()(size_t byte) const {
    auto it = std::lower_bound(offsets_.begin(), offsets_.end(), byte);
    return chars_[static_cast<size_t>(it - offsets_.begin())];
  }

 private:
  std::vector<size_t> offsets_, chars_;
};

py::object attribute_value(const AttributeValue& v) {
  return std::visit(
      [](const auto& x) -> py::object {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
          return py::none();
        } else if constexpr (std::is_same_v<T, std::string>) {
          return to_str(x);
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
          py::list l(x.size());
          for (size_t i = 0; i < x.size(); ++i) l[i] = to_str(x[i]);
          return l;
        } else if constexpr (std::is_same_v<T, bool>) {
          return py::bool_(x);
        } else if constexpr (std::is_same_v<T, int64_t>) {
          return py::int_(x);
        } else {
          return py::float_(x);
        }
      },
      v);
}

py::object plugin_name(const std::string& plugin) { return plugin.empty() ? py::object(py::none()) : to_str(plugin); }

py::dict message(py::object plugin, std::string_view text) {
  const RecordKeys& k = record_keys();
  py::dict d;
  d[k.plugin] = std::move(plugin);
  d[k.message] = to_str(text);
  return d;
}

}  // namespace

py::dict result_record(const DocumentRequest& request, const Result* result, bool char_offsets) {
  const RecordKeys& k = record_keys();
  py::list errors, warnings;
  for (const auto& w : request.warnings) warnings.append(message(py::none(), w));
  if (!request.error.empty()) errors.append(message(py::none(), request.error));
  if (result) {
    for (const auto& d : result->diagnostics)
      (d.level == Diagnostic::Level::error ? errors : warnings).append(message(plugin_name(d.plugin), d.message));
  }

  py::dict rec;
  rec[k.id] = request.id;
  if (result && result->text) rec[k.rewritten_text] = to_str(*result->text);
  py::list annotations(result ? result->annotations.size() : 0);
  if (result) {
    const bool ascii = std::all_of(result->original_text.begin(), result->original_text.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    std::optional<CharIndex> chars;
    if (char_offsets && !ascii) chars.emplace(result->original_text, *result);
    auto char_at = [&](size_t byte) { return chars ? (*chars)(byte) : std::min(byte, result->original_text.size()); };
    size_t i = 0;
    for (const auto& a : result->annotations) {
      py::dict o;
      o[k.type] = to_str(a.type);
      o[k.begin] = py::int_(a.begin);
      o[k.end] = py::int_(a.end);
      if (char_offsets) {
        o[k.char_begin] = py::int_(char_at(a.begin));
        o[k.char_end] = py::int_(char_at(a.end));
      }
      o[k.text] = to_str(result->span_text(a));
      o[k.plugin] = to_str(a.plugin);
      for (const auto& at : a.attributes) o[to_str(at.key)] = attribute_value(at.value);
      if (!a.links.empty()) {
        py::list links(a.links.size());
        for (size_t j = 0; j < a.links.size(); ++j) {
          py::dict l;
          l[k.role] = to_str(a.links[j].role);
          l[k.target] = py::int_(a.links[j].target);
          links[j] = std::move(l);
        }
        o[k.links] = std::move(links);
      }
      annotations[i++] = std::move(o);
    }
    rec[k.annotations] = std::move(annotations);
    rec[k.errors] = std::move(errors);
    if (!warnings.empty()) rec[k.warnings] = std::move(warnings);
    if (!result->edits.empty()) {
      py::list edits(result->edits.size());
      size_t j = 0;
      for (const auto& e : result->edits) {
        py::dict o;
        o[k.begin] = py::int_(e.original_begin);
        o[k.end] = py::int_(e.original_end);
        if (char_offsets) {
          o[k.char_begin] = py::int_(char_at(e.original_begin));
          o[k.char_end] = py::int_(char_at(e.original_end));
        }
        o[k.original] = to_str(e.original);
        o[k.replacement] = to_str(e.replacement);
        o[k.rule] = to_str(e.rule);
        o[k.plugin] = to_str(e.plugin);
        edits[j++] = std::move(o);
      }
      rec[k.edits] = std::move(edits);
    }
  } else {
    rec[k.annotations] = std::move(annotations);
    rec[k.errors] = std::move(errors);
    if (!warnings.empty()) rec[k.warnings] = std::move(warnings);
  }
  // Pass-through fields come after the record's own and never replace one of them.
  if (!request.extra.is_none()) {
    for (auto kv : py::reinterpret_borrow<py::dict>(request.extra))
      if (!rec.contains(kv.first)) rec[kv.first] = kv.second;
  }
  return rec;
}

}  // namespace textchain::python
