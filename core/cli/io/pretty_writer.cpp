#include "io/pretty_writer.hpp"

#include "document/utf8_repair.hpp"

#include <boost/json/serialize.hpp>

#include <algorithm>

namespace textchain::io {
namespace {

const char* color_of(std::string_view type) {
  if (type == "date") return "\x1b[1;36m";
  if (type == "quote") return "\x1b[1;33m";
  return "\x1b[1;35m";
}
constexpr const char* kReset = "\x1b[0m";
constexpr const char* kDim = "\x1b[2m";

std::string label(const Annotation& a) {
  std::string l = a.type;
  auto add = [&](std::string_view key) {
    if (const AttributeValue* v = a.find(key)) {
      if (const auto* s = std::get_if<std::string>(v)) {
        l += " " + std::string(key) + "=" + *s;
      } else if (std::holds_alternative<std::nullptr_t>(*v)) {
        l += " " + std::string(key) + "=?";
      }
    }
  };
  if (a.type == "date") {
    add("value");
    add("mod");
  } else if (a.type == "quote") {
    add("kind");
    add("speaker");
  } else {
    for (const auto& at : a.attributes)
      if (std::holds_alternative<std::string>(at.value)) l += " " + at.key + "=" + std::get<std::string>(at.value);
  }
  return l;
}

}  // namespace

std::string pretty_record(const InputDocument& in, const Result* result, bool color) {
  std::string out;
  std::string id = in.id.is_string() ? std::string(in.id.as_string()) : boost::json::serialize(in.id);
  out += color ? std::string(kDim) + "── " + id + " ──" + kReset + "\n" : "── " + id + " ──\n";
  if (!in.error.empty()) out += "error: " + in.error + "\n";
  if (!result) return out + "\n";
  for (const auto& d : result->diagnostics)
    out += std::string(d.level == Diagnostic::Level::error ? "error" : "warning") +
           (d.plugin.empty() ? "" : " (" + d.plugin + ")") + ": " + d.message + "\n";
  // A copy only when the input held invalid UTF-8: the text may be the bulk of a large document.
  std::string repaired;
  std::string_view text = result->original_text;
  if (!document::is_valid_utf8(text)) text = repaired = document::to_valid_utf8(text);
  // Room for the text and the labels, so that a large document's output is not reallocated (and briefly
  // held twice) as it grows.
  out.reserve(out.size() + text.size() + 96 * result->annotations.size() + 64);
  // Boundary events: closes before opens at the same offset, inner spans closed first.
  struct Event {
    size_t pos;
    bool open;
    size_t index;
  };
  std::vector<Event> events;
  for (size_t i = 0; i < result->annotations.size(); ++i) {
    const Annotation& a = result->annotations[i];
    if (a.end > text.size() || a.begin > a.end) continue;
    events.push_back({a.begin, true, i});
    events.push_back({a.end, false, i});
  }
  std::stable_sort(events.begin(), events.end(), [&](const Event& x, const Event& y) {
    if (x.pos != y.pos) return x.pos < y.pos;
    if (x.open != y.open) return !x.open;
    const Annotation& ax = result->annotations[x.index];
    const Annotation& ay = result->annotations[y.index];
    // Longer spans open first and close last.
    return x.open ? (ax.end - ax.begin) > (ay.end - ay.begin) : (ax.end - ax.begin) < (ay.end - ay.begin);
  });
  size_t pos = 0;
  for (const Event& e : events) {
    size_t at = std::min(e.pos, text.size());
    // Never cut a UTF-8 character (spans from a rewritten text may end inside one after repair).
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    if (at > pos) {
      out.append(text, pos, at - pos);
      pos = at;
    }
    const Annotation& a = result->annotations[e.index];
    if (color)
      out += e.open ? std::string(color_of(a.type)) : std::string(kReset) + kDim + "⟨" + label(a) + "⟩" + kReset;
    else
      out += e.open ? "[[" : "]]{" + label(a) + "}";
  }
  if (pos < text.size()) out.append(text, pos, std::string::npos);
  if (out.empty() || out.back() != '\n') out += "\n";
  out += "\n";
  return out;
}

}  // namespace textchain::io
