#include "io/record_writer.hpp"

#include "document/utf8_repair.hpp"

#include <boost/json/serialize.hpp>
#include <boost/json/serializer.hpp>

#include <algorithm>
#include <unordered_set>

namespace textchain::io {
namespace {

boost::json::string json_text(std::string_view s) {
  // Records are always valid UTF-8, whatever the input held.
  if (document::is_valid_utf8(s)) return boost::json::string(s);
  return boost::json::string(document::to_valid_utf8(s));
}

// A copy of `v` with every string and key made valid UTF-8 (the reader accepts invalid bytes inside
// JSON strings so that no record is lost; the output must not carry them).
boost::json::value valid_json(const boost::json::value& v) {
  switch (v.kind()) {
    case boost::json::kind::string: return json_text(v.get_string());
    case boost::json::kind::array: {
      boost::json::array out;
      out.reserve(v.get_array().size());
      for (const auto& x : v.get_array()) out.push_back(valid_json(x));
      return out;
    }
    case boost::json::kind::object: {
      boost::json::object out;
      for (const auto& kv : v.get_object()) out[json_text(kv.key())] = valid_json(kv.value());
      return out;
    }
    default: return v;
  }
}

boost::json::value attribute_json(const AttributeValue& v) {
  return std::visit(
      [](const auto& x) -> boost::json::value {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
          return nullptr;
        } else if constexpr (std::is_same_v<T, std::string>) {
          return json_text(x);
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
          boost::json::array a;
          for (const auto& s : x) a.push_back(json_text(s));
          return a;
        } else {
          return x;
        }
      },
      v);
}

}  // namespace

boost::json::object annotation_json(const Result& result, const Annotation& a) {
  boost::json::object o;
  o["type"] = a.type;
  o["begin"] = a.begin;
  o["end"] = a.end;
  o["text"] = json_text(result.span_text(a));
  o["plugin"] = a.plugin;
  for (const auto& at : a.attributes) o[at.key] = attribute_json(at.value);
  if (!a.links.empty()) {
    boost::json::array links;
    for (const auto& l : a.links) links.push_back(boost::json::object{{"role", l.role}, {"target", l.target}});
    o["links"] = std::move(links);
  }
  return o;
}

namespace {
// The record is written piece by piece into one string, exactly as boost::json::serialize would write the
// whole object: a large document's record would otherwise exist three times over (its text copied into a
// json::string, the JSON objects of all its annotations, then the serialized line).
class LineWriter {
 public:
  explicit LineWriter(size_t capacity) {
    line_.reserve(capacity);
    line_.push_back('{');
  }
  void raw(std::string_view s) { line_.append(s); }
  void json(const boost::json::value& v) {
    sr_.reset(&v);
    drain();
  }
  void json(const boost::json::object& o) {
    sr_.reset(&o);
    drain();
  }
  void json(const boost::json::array& a) {
    sr_.reset(&a);
    drain();
  }
  // A JSON string of `s`, escaped straight from it (made valid UTF-8 first when needed).
  void string(std::string_view s) {
    if (!document::is_valid_utf8(s)) {
      const std::string valid = document::to_valid_utf8(s);
      sr_.reset(valid);
      drain();
      return;
    }
    sr_.reset(s);
    drain();
  }
  // `"key":`, after a comma unless it is the record's first field.
  void key(std::string_view k) {
    if (!first_key_) line_.push_back(',');
    first_key_ = false;
    string(k);
    line_.push_back(':');
  }
  // Closes the record and its line.
  std::string finish() {
    line_.append("}\n");
    return std::move(line_);
  }

 private:
  void drain() {
    while (!sr_.done()) line_.append(sr_.read(buf_));
  }
  std::string line_;
  bool first_key_ = true;
  boost::json::serializer sr_;
  char buf_[4096];
};

// Room for a record, so that the line is not reallocated (and briefly held twice) while it is written.
size_t record_capacity(const Result* result) {
  size_t n = 256;
  if (!result) return n;
  if (result->text) n += result->text->size() + result->text->size() / 16;
  for (const auto& a : result->annotations)
    n += 96 + (a.end > a.begin ? a.end - a.begin : 0) + 32 * a.attributes.size();
  for (const auto& e : result->edits) n += 96 + e.original.size() + e.replacement.size();
  return n;
}
}  // namespace

std::string jsonl_record(const InputDocument& in, const Result* result) {
  boost::json::array errors, warnings;
  for (const auto& w : in.warnings) warnings.push_back(boost::json::object{{"plugin", nullptr}, {"message", json_text(w)}});
  if (!in.error.empty()) errors.push_back(boost::json::object{{"plugin", nullptr}, {"message", json_text(in.error)}});
  if (result) {
    for (const auto& d : result->diagnostics) {
      boost::json::object o{{"plugin", d.plugin.empty() ? boost::json::value(nullptr) : boost::json::value(d.plugin)},
                            {"message", json_text(d.message)}};
      (d.level == Diagnostic::Level::error ? errors : warnings).push_back(std::move(o));
    }
  }
  const bool has_text = result && result->text;
  const bool has_edits = result && !result->edits.empty();

  LineWriter w(record_capacity(result));
  w.key("id");
  w.json(valid_json(in.id));
  if (has_text) {
    w.key("text");
    w.string(*result->text);
  }
  w.key("annotations");
  w.raw("[");
  if (result) {
    bool first = true;
    for (const auto& a : result->annotations) {
      if (!first) w.raw(",");
      first = false;
      w.json(annotation_json(*result, a));
    }
  }
  w.raw("]");
  w.key("errors");
  w.json(errors);
  if (!warnings.empty()) {
    w.key("warnings");
    w.json(warnings);
  }
  if (has_edits) {
    w.key("edits");
    w.raw("[");
    bool first = true;
    for (const auto& e : result->edits) {
      if (!first) w.raw(",");
      first = false;
      w.json(boost::json::object{{"begin", e.original_begin},
                                 {"end", e.original_end},
                                 {"original", json_text(e.original)},
                                 {"replacement", json_text(e.replacement)},
                                 {"rule", e.rule},
                                 {"plugin", e.plugin}});
    }
    w.raw("]");
  }
  // Pass-through fields, after the record's own; a name the record already has (or one that becomes the
  // same once made valid UTF-8) is written once, first come.
  // The object's own keys are distinct; two can only meet once a repair made them equal, so only then is a
  // set of written keys needed (a linear search per key would be quadratic on a record with many fields).
  std::unordered_set<std::string> written;
  bool any_repaired = false;
  for (const auto& kv : in.extra) {
    boost::json::string key = json_text(kv.key());
    if (key == "id" || key == "annotations" || key == "errors" || (has_text && key == "text") ||
        (!warnings.empty() && key == "warnings") || (has_edits && key == "edits"))
      continue;
    if (key != kv.key() && !any_repaired) {
      any_repaired = true;  // from here on remember every key, and the ones already written
      for (const auto& earlier : in.extra) {
        if (&earlier == &kv) break;
        written.insert(std::string(json_text(earlier.key())));
      }
    }
    if (any_repaired && !written.insert(std::string(key)).second) continue;
    w.key(key);
    w.json(valid_json(kv.value()));
  }
  return w.finish();
}

}  // namespace textchain::io
