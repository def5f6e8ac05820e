#include "io/record_writer.hpp"

#include "chain/chain_runner.hpp"

#include "document/utf8_repair.hpp"

#include <boost/json/serialize.hpp>
#include <boost/json/serializer.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <charconv>
#include <cmath>

namespace textchain::io {
namespace {
// The record is written piece by piece into one string, exactly as boost::json::serialize would write the
// whole object: a large document's record would otherwise exist three times over (its text copied into a
// json::string, the JSON objects of all its annotations, then the serialized line).
class LineWriter {
 public:
  // With a sink, the line is handed over in pieces of about kPieceBytes as it grows (flush_if_full).
  static constexpr size_t kPieceBytes = 1 << 20;
  explicit LineWriter(size_t capacity, const RecordSink* sink = nullptr) : sink_(sink) {
    line_.reserve(sink ? std::min(capacity, kPieceBytes + kPieceBytes / 4) : capacity);
    line_.push_back('{');
  }
  // Hands what is written so far to the sink once it reaches kPieceBytes.
  void flush_if_full() {
    if (sink_ && line_.size() >= kPieceBytes) {
      (*sink_)(line_);
      line_.clear();
    }
  }
  void raw(std::string_view s) { line_.append(s); }
  void number(uint64_t n) {
    char buf[24];
    line_.append(buf, static_cast<size_t>(std::to_chars(buf, buf + sizeof buf, n).ptr - buf));
  }
  // An integer attribute: to_chars writes what the JSON serializer would, without its reset and buffer.
  void integer(int64_t n) {
    char buf[24];
    line_.append(buf, static_cast<size_t>(std::to_chars(buf, buf + sizeof buf, n).ptr - buf));
  }
  void json(const boost::json::value& v) {
    sr_.reset(&v);
    drain();
  }
  // A JSON string of `s`, escaped straight from it (made valid UTF-8 first when needed).
  void string(std::string_view s) {
    if (!document::is_valid_utf8(s)) {
      escaped(document::to_valid_utf8(s));
      return;
    }
    escaped(s);
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
  // `s` (valid UTF-8) as a JSON string, escaped as boost::json::serialize escapes it (the text of every
  // record goes through here: a serializer per string, refilling a buffer, cost more than the escaping).
  // Eight bytes at a time are skipped when none of them needs an escape.
  void escaped(std::string_view s) {
    line_.push_back('"');
    const char* p = s.data();
    const size_t n = s.size();
    size_t done = 0;  // bytes of s already in line_
    size_t i = 0;
    while (i < n) {
      // A long string leaves in pieces too. What is already in line_ counts: each escape moves `done`, so
      // i - done alone stays small in a text with an escape every few hundred bytes.
      if (sink_ && line_.size() + (i - done) >= kPieceBytes) {
        line_.append(p + done, i - done);
        done = i;
        flush_if_full();
      }
      if (i + 8 <= n && !may_need_escape(p + i)) {
        i += 8;
        continue;
      }
      const size_t stop = std::min(n, i + 8);
      for (; i < stop; ++i) {
        const unsigned char c = static_cast<unsigned char>(p[i]);
        const char e = kEscapes[c];
        if (!e) continue;
        line_.append(p + done, i - done);
        done = i + 1;
        if (e == 'u') {
          static constexpr char kHex[] = "0123456789abcdef";
          const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
          line_.append(u, 6);
        } else {
          const char two[2] = {'\\', e};
          line_.append(two, 2);
        }
      }
    }
    line_.append(p + done, n - done);
    line_.push_back('"');
  }
  // Whether any of the 8 bytes at p is below 0x20, '"' or '\\' (may say yes when none is: the bytes are
  // then looked at one by one).
  static bool may_need_escape(const char* p) noexcept {
    uint64_t x;
    std::memcpy(&x, p, 8);
    constexpr uint64_t kOnes = 0x0101010101010101u, kHigh = 0x8080808080808080u;
    const auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
    return ((x - kOnes * 0x20) & ~x & kHigh) | has_zero(x ^ (kOnes * '"')) | has_zero(x ^ (kOnes * '\\'));
  }
  // Per byte: 0 (as is), the letter of a two-character escape, or 'u' for \u00XX.
  static constexpr std::array<char, 256> kEscapes = [] {
    std::array<char, 256> t{};
    for (unsigned c = 0; c < 0x20; ++c) t[c] = 'u';
    t['\b'] = 'b', t['\t'] = 't', t['\n'] = 'n', t['\f'] = 'f', t['\r'] = 'r';
    t['"'] = '"', t['\\'] = '\\';
    return t;
  }();
  std::string line_;
  const RecordSink* sink_;
  bool first_key_ = true;
  boost::json::serializer sr_;
  char buf_[4096];
};

// Room for a record, so that the line is not reallocated (and briefly held twice) while it is written.
// Counting stops at `limit`: a streamed record reserves no more than a piece, and a large document's
// millions of annotations need not be walked to find that out.
size_t record_capacity(const InputDocument& in, const Result* result, const document::AnnotationStore* store = nullptr,
                       size_t limit = SIZE_MAX) {
  size_t n = 256;
  for (const auto& f : in.extra) n += f.key.size() + f.json.size() + 4;
  if (!result) return n;
  if (result->text) n += result->text->size() + result->text->size() / 16;
  for (size_t i = 0; i < result->annotations.size() && n < limit; ++i) {
    const Annotation& a = result->annotations[i];
    n += 96 + (a.end > a.begin ? a.end - a.begin : 0) + 32 * a.attributes.size();
  }
  if (store)
    for (size_t i = 0; i < store->size() && n < limit; ++i)
      n += 96 + (store->end(i) > store->begin(i) ? store->end(i) - store->begin(i) : 0) + 32 * store->attributes(i).size();
  for (size_t i = 0; i < result->edits.size() && n < limit; ++i)
    n += 96 + result->edits[i].original.size() + result->edits[i].replacement.size();
  return std::min(n, limit);
}
}  // namespace

namespace {
// A warning of the writer's own, about a value a plugin handed over.
struct WriterWarning {
  std::string_view plugin;
  std::string message;
};

// The annotation being written, for the writer's warnings.
struct AnnotationName {
  std::string_view type, plugin;
};

// A double as JSON: NaN and the infinities have no JSON spelling, so they are written as null and a
// warning says so.
void write_double(LineWriter& w, double d, AnnotationName a, std::string_view key, std::vector<WriterWarning>& warnings) {
  if (std::isfinite(d)) {
    w.json(boost::json::value(d));
    return;
  }
  w.raw("null");
  warnings.push_back({a.plugin, "attribute '" + document::to_valid_utf8(key) + "' of a '" + std::string(a.type) +
                                    "' annotation is " + (std::isnan(d) ? "NaN" : d > 0 ? "infinite" : "-infinite") +
                                    ", which JSON cannot hold; written as null"});
}

// An attribute's value, from a Result's annotation.
void write_value(LineWriter& w, const AttributeValue& value, AnnotationName a, std::string_view key,
                 std::vector<WriterWarning>& warnings) {
  std::visit(
      [&](const auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
          w.raw("null");
        } else if constexpr (std::is_same_v<T, bool>) {
          w.raw(x ? "true" : "false");
        } else if constexpr (std::is_same_v<T, int64_t>) {
          w.integer(x);
        } else if constexpr (std::is_same_v<T, double>) {
          write_double(w, x, a, key, warnings);
        } else if constexpr (std::is_same_v<T, std::string>) {
          w.string(x);
        } else {
          w.raw("[");
          for (size_t i = 0; i < x.size(); ++i) {
            if (i) w.raw(",");
            w.string(x[i]);
          }
          w.raw("]");
        }
      },
      value);
}

// The same from the compact store: the same JSON for the same value (an OFFSET is an integer there).
void write_value(LineWriter& w, const document::StoredValue& v, AnnotationName a, std::string_view key,
                 std::vector<WriterWarning>& warnings) {
  switch (v.type) {
    case TC_VALUE_BOOL: w.raw(v.i ? "true" : "false"); break;
    case TC_VALUE_INT:
    case TC_VALUE_OFFSET: w.integer(v.i); break;
    case TC_VALUE_DOUBLE: write_double(w, v.d, a, key, warnings); break;
    case TC_VALUE_STRING: w.string(v.s); break;
    case TC_VALUE_STRING_LIST:
      w.raw("[");
      for (size_t i = 0; i < v.list.size(); ++i) {
        if (i) w.raw(",");
        w.string(std::string_view(v.list[i].data, v.list[i].size));
      }
      w.raw("]");
      break;
    default: w.raw("null");
  }
}

// {"type", "begin", "end", "text", "plugin", attributes..., "links"?}. `attributes(f)` calls f(key, value)
// for each attribute, `links(f)` f(role, target) for each link. Every string goes through
// LineWriter::string, which makes it valid UTF-8: a plugin's keys and link roles are bytes like any other.
template <class Attributes, class Links>
void write_annotation(LineWriter& w, std::string_view original_text, AnnotationName a, size_t begin, size_t end,
                      const Attributes& attributes, size_t link_count, const Links& links,
                      std::vector<WriterWarning>& warnings) {
  w.raw("{\"type\":");
  w.string(a.type);
  w.raw(",\"begin\":");
  w.number(begin);
  w.raw(",\"end\":");
  w.number(end);
  w.raw(",\"text\":");
  // The span of the input (Result::span_text).
  w.string(begin > original_text.size() || end < begin ? std::string_view() : original_text.substr(begin, end - begin));
  w.raw(",\"plugin\":");
  w.string(a.plugin);
  attributes([&](std::string_view key, const auto& value) {
    w.raw(",");
    w.string(key);
    w.raw(":");
    write_value(w, value, a, key, warnings);
  });
  if (link_count) {
    w.raw(",\"links\":[");
    bool first = true;
    links([&](std::string_view role, uint64_t target) {
      w.raw(first ? "{\"role\":" : ",{\"role\":");
      first = false;
      w.string(role);
      w.raw(",\"target\":");
      w.number(target);
      w.raw("}");
    });
    w.raw("]");
  }
  w.raw("}");
}

void write_annotations(LineWriter& w, const Result& result, std::vector<WriterWarning>& warnings) {
  bool first = true;
  for (const Annotation& a : result.annotations) {
    if (!first) w.raw(",");
    first = false;
    write_annotation(
        w, result.original_text, {a.type, a.plugin}, a.begin, a.end,
        [&](const auto& f) {
          for (const Attribute& at : a.attributes) f(at.key, at.value);
        },
        a.links.size(),
        [&](const auto& f) {
          for (const Link& l : a.links) f(l.role, l.target);
        },
        warnings);
  }
}

void write_annotations(LineWriter& w, const Result& result, const document::AnnotationStore& store,
                       std::vector<WriterWarning>& warnings) {
  const document::NameTable& names = store.names();
  for (size_t i = 0; i < store.size(); ++i) {
    if (i) w.raw(",");
    const auto links = store.links(i);
    write_annotation(
        w, result.original_text, {store.type(i), store.plugin(i)}, store.begin(i), store.end(i),
        [&](const auto& f) {
          for (const document::StoredAttribute& at : store.attributes(i))
            f(names[at.key], document::AnnotationStore::value(at));
        },
        links.size(),
        [&](const auto& f) {
          for (const document::StoredLink& l : links) f(names[l.role], l.target);
        },
        warnings);
    w.flush_if_full();
  }
}

// {"plugin":..., "message":...}
void write_diagnostic(LineWriter& w, std::string_view plugin, std::string_view message, bool first) {
  w.raw(first ? "{\"plugin\":" : ",{\"plugin\":");
  if (plugin.empty()) w.raw("null");
  else w.string(plugin);
  w.raw(",\"message\":");
  w.string(message);
  w.raw("}");
}
}  // namespace

namespace {
// The record into `w`, up to its closing brace. `store`: the annotations, when not in result->annotations.
void write_record(LineWriter& w, const InputDocument& in, const Result* result, const document::AnnotationStore* store) {
  const bool has_text = result && result->text;
  const bool has_edits = result && !result->edits.empty();

  w.key("id");
  if (in.id.is_string()) w.string(in.id.get_string());
  else w.json(in.id);
  if (has_text) {
    // Named for what it is: offsets never point into it (they count the bytes of the input's "text").
    w.key("rewritten_text");
    w.string(*result->text);
  }
  std::vector<WriterWarning> writer_warnings;
  w.key("annotations");
  w.raw("[");
  if (result && store) write_annotations(w, *result, *store, writer_warnings);
  else if (result) write_annotations(w, *result, writer_warnings);
  w.raw("]");
  w.key("errors");
  w.raw("[");
  bool first = true;
  if (!in.error.empty()) {
    write_diagnostic(w, {}, in.error, first);
    first = false;
  }
  size_t result_warnings = 0;
  if (result)
    for (const auto& d : result->diagnostics) {
      if (d.level != Diagnostic::Level::error) {
        ++result_warnings;
        continue;
      }
      write_diagnostic(w, d.plugin, d.message, first);
      first = false;
    }
  w.raw("]");
  const bool has_warnings = !in.warnings.empty() || result_warnings || !writer_warnings.empty();
  if (has_warnings) {
    w.key("warnings");
    w.raw("[");
    first = true;
    for (const auto& m : in.warnings) {
      write_diagnostic(w, {}, m, first);
      first = false;
    }
    if (result)
      for (const auto& d : result->diagnostics) {
        if (d.level == Diagnostic::Level::error) continue;
        write_diagnostic(w, d.plugin, d.message, first);
        first = false;
      }
    for (const auto& ww : writer_warnings) {
      write_diagnostic(w, ww.plugin, ww.message, first);
      first = false;
    }
    w.raw("]");
  }
  if (has_edits) {
    w.key("edits");
    w.raw("[");
    first = true;
    for (const auto& e : result->edits) {
      w.raw(first ? "{\"begin\":" : ",{\"begin\":");
      first = false;
      w.number(e.original_begin);
      w.raw(",\"end\":");
      w.number(e.original_end);
      w.raw(",\"original\":");
      w.string(e.original);
      w.raw(",\"replacement\":");
      w.string(e.replacement);
      w.raw(",\"rule\":");
      w.string(e.rule);
      w.raw(",\"plugin\":");
      w.string(e.plugin);
      w.raw("}");
      w.flush_if_full();
    }
    w.raw("]");
  }
  // Pass-through fields, after the record's own, as the exact JSON text they had in the input (the reader
  // made their keys and strings valid UTF-8 and their keys distinct); a name the record already has is
  // left out.
  for (const auto& f : in.extra) {
    const std::string& key = f.key;
    if (key == "id" || key == "annotations" || key == "errors" || (has_text && key == "rewritten_text") ||
        (has_warnings && key == "warnings") || (has_edits && key == "edits"))
      continue;
    w.key(key);
    w.raw(f.json);
    w.flush_if_full();
  }
}
}  // namespace

std::string jsonl_record(const InputDocument& in, const Result* result) {
  LineWriter w(record_capacity(in, result));
  write_record(w, in, result, nullptr);
  return w.finish();
}

std::string jsonl_record(const InputDocument& in, const ProcessedDocument& doc) {
  LineWriter w(record_capacity(in, &doc.result, &doc.annotations));
  write_record(w, in, &doc.result, &doc.annotations);
  return w.finish();
}

void write_jsonl_record(const InputDocument& in, const ProcessedDocument& doc, const RecordSink& sink) {
  LineWriter w(record_capacity(in, &doc.result, &doc.annotations, LineWriter::kPieceBytes + LineWriter::kPieceBytes / 4),
               &sink);
  write_record(w, in, &doc.result, &doc.annotations);
  sink(w.finish());
}

}  // namespace textchain::io
