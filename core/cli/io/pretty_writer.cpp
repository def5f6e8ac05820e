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

// `s` for a terminal: invalid UTF-8 as U+FFFD, and control characters (C0 but tab and line feed, a lone
// carriage return, DEL, C1) as visible \xNN or \u00NN escapes, so that a document cannot move the cursor,
// change colours or retitle the window of whoever reads the output.
void append_for_terminal(std::string_view s, std::string& out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      size_t bad = 0;
      const size_t len = document::utf8_sequence_length(s, i, &bad);
      if (!len) {
        out.append("\xEF\xBF\xBD");
        i += bad;
      } else if (c == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0) {
        const auto code = static_cast<unsigned char>(s[i + 1]);  // U+0080..U+009F
        out.append("\\u00").push_back(kHex[code >> 4]);
        out.push_back(kHex[code & 0xF]);
        i += 2;
      } else {
        out.append(s.data() + i, len);
        i += len;
      }
      continue;
    }
    const bool control = (c < 0x20 && c != '\n' && c != '\t' && !(c == '\r' && i + 1 < s.size() && s[i + 1] == '\n')) ||
                         c == 0x7F;
    if (control) {
      out.append("\\x").push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0xF]);
    } else {
      out.push_back(static_cast<char>(c));
    }
    ++i;
  }
}

std::string for_terminal(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_for_terminal(s, out);
  return out;
}

}  // namespace

std::string pretty_record(const InputDocument& in, const Result* result, bool color) {
  std::string out;
  std::string id = in.id.is_string() ? std::string(in.id.as_string()) : boost::json::serialize(in.id);
  id = for_terminal(id);
  out += color ? std::string(kDim) + "── " + id + " ──" + kReset + "\n" : "── " + id + " ──\n";
  if (!in.error.empty()) out += "error: " + for_terminal(in.error) + "\n";
  for (const auto& w : in.warnings) out += "warning: " + for_terminal(w) + "\n";
  if (!result) return out + "\n";
  for (const auto& d : result->diagnostics)
    out += std::string(d.level == Diagnostic::Level::error ? "error" : "warning") +
           (d.plugin.empty() ? "" : " (" + for_terminal(d.plugin) + ")") + ": " + for_terminal(d.message) + "\n";
  // The text as given: annotation offsets are into it; each piece between two tags is repaired and escaped
  // as it is written.
  const std::string_view text = result->original_text;
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
      append_for_terminal(text.substr(pos, at - pos), out);
      pos = at;
    }
    const Annotation& a = result->annotations[e.index];
    if (color)
      out += e.open ? std::string(color_of(a.type)) : std::string(kReset) + kDim + "⟨" + for_terminal(label(a)) + "⟩" + kReset;
    else
      out += e.open ? "[[" : "]]{" + for_terminal(label(a)) + "}";
  }
  if (pos < text.size()) append_for_terminal(text.substr(pos), out);
  if (out.empty() || out.back() != '\n') out += "\n";
  out += "\n";
  return out;
}

}  // namespace textchain::io
