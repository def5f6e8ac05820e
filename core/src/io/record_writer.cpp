#include "io/record_writer.hpp"

#include "document/utf8_repair.hpp"

#include <boost/json/serialize.hpp>

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

std::string jsonl_record(const InputDocument& in, const Result* result) {
  boost::json::object rec;
  rec["id"] = valid_json(in.id);
  boost::json::array errors, warnings;
  for (const auto& w : in.warnings) warnings.push_back(boost::json::object{{"plugin", nullptr}, {"message", json_text(w)}});
  if (!in.error.empty()) errors.push_back(boost::json::object{{"plugin", nullptr}, {"message", json_text(in.error)}});
  boost::json::array annotations;
  boost::json::array edits;
  if (result) {
    if (result->text) rec["text"] = json_text(*result->text);
    for (const auto& a : result->annotations) annotations.push_back(annotation_json(*result, a));
    for (const auto& d : result->diagnostics) {
      boost::json::object o{{"plugin", d.plugin.empty() ? boost::json::value(nullptr) : boost::json::value(d.plugin)},
                            {"message", json_text(d.message)}};
      (d.level == Diagnostic::Level::error ? errors : warnings).push_back(std::move(o));
    }
    for (const auto& e : result->edits)
      edits.push_back(boost::json::object{{"begin", e.original_begin},
                                          {"end", e.original_end},
                                          {"original", json_text(e.original)},
                                          {"replacement", json_text(e.replacement)},
                                          {"rule", e.rule},
                                          {"plugin", e.plugin}});
  }
  rec["annotations"] = std::move(annotations);
  rec["errors"] = std::move(errors);
  if (!warnings.empty()) rec["warnings"] = std::move(warnings);
  if (!edits.empty()) rec["edits"] = std::move(edits);
  for (const auto& kv : in.extra) {
    boost::json::string key = json_text(kv.key());
    if (!rec.contains(key)) rec[key] = valid_json(kv.value());
  }
  std::string line = boost::json::serialize(rec);
  line.push_back('\n');
  return line;
}

}  // namespace textchain::io
