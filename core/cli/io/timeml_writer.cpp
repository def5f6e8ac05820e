#include "io/timeml_writer.hpp"

#include "document/utf8_repair.hpp"

#include <algorithm>

namespace textchain::io {
namespace {

// The size of `s` once escaped by escape_xml.
size_t escaped_xml_size(std::string_view s) {
  size_t n = s.size();
  for (char c : s) {
    if (c == '&') n += 4;
    else if (c == '<' || c == '>') n += 3;
    else if (c == '"') n += 5;
  }
  return n;
}

// `s` as XML character data: markup characters escaped, invalid UTF-8 as U+FFFD (annotation offsets are
// into the input as given, so the text is repaired piece by piece, between the tags, not beforehand).
void escape_xml(std::string_view s, std::string& out) {
  for (size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      size_t bad = 0;
      const size_t len = document::utf8_sequence_length(s, i, &bad);
      if (len) out.append(s.data() + i, len);
      else out.append("\xEF\xBF\xBD");
      i += len ? len : bad;
      continue;
    }
    ++i;
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default:
        // XML 1.0 forbids most control characters.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r') out += ' ';
        else out += c;
    }
  }
}

std::string attr_of(const Annotation& a, std::string_view key) {
  std::string v(a.get_string(key));
  std::string out;
  escape_xml(v, out);
  return out;
}

}  // namespace

std::string timeml_document(const InputDocument& in, const Result* result) {
  std::string out = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>";
  escape_xml(in.id.is_string() ? std::string_view(in.id.as_string()) : std::string_view(in.id_text), out);
  out += "</DOCID>\n";
  // The record's date, else the one a step found in the text (a dateline).
  const std::string& dct = !in.date.empty() || !result ? in.date : result->date;
  if (!dct.empty()) {
    out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" + dct +
           "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" + dct + "</TIMEX3></DCT>\n";
  }
  out += "<TEXT>";
  if (result) {
    // The text as given: annotation offsets are into it (escape_xml repairs invalid UTF-8 as it goes).
    const std::string_view text = result->original_text;
    // Room for the escaped text and the markup, so that a large document's output is not reallocated
    // (and briefly held twice) as it grows.
    out.reserve(out.size() + escaped_xml_size(text) + 160 * result->annotations.size() + 64);
    // TIMEX3 elements cannot nest or cross: keep, left to right, the longest of overlapping spans.
    std::vector<const Annotation*> dates;
    for (const auto& a : result->annotations)
      if (a.type == "date" && a.end <= text.size() && a.begin < a.end) dates.push_back(&a);
    std::stable_sort(dates.begin(), dates.end(), [](const Annotation* x, const Annotation* y) {
      return x->begin != y->begin ? x->begin < y->begin : (x->end - x->begin) > (y->end - y->begin);
    });
    size_t pos = 0, tid = 1;
    for (const Annotation* a : dates) {
      if (a->begin < pos) continue;
      escape_xml(text.substr(pos, a->begin - pos), out);
      out += "<TIMEX3 tid=\"t" + std::to_string(tid++) + "\" type=\"" + attr_of(*a, "timex_type") + "\" value=\"" +
             attr_of(*a, "value") + "\"";
      std::string mod = attr_of(*a, "mod");
      if (!mod.empty()) out += " mod=\"" + mod + "\"";
      out += ">";
      escape_xml(text.substr(a->begin, a->end - a->begin), out);
      out += "</TIMEX3>";
      pos = a->end;
    }
    escape_xml(text.substr(pos), out);
  }
  out += "</TEXT>\n</TimeML>\n";
  return out;
}

}  // namespace textchain::io
