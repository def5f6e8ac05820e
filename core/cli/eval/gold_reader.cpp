#include "eval/gold_reader.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace textchain::eval {
namespace json = boost::json;
namespace {

struct Where {
  std::string_view file;
  size_t line;
  std::string prefix() const { return std::string(file) + ":" + std::to_string(line) + ": "; }
};

std::string string_field(const json::object& o, std::string_view key, const Where& w, bool required) {
  const json::value* v = o.if_contains(key);
  if (!v || v->is_null()) {
    if (required) throw GoldError(w.prefix() + "missing \"" + std::string(key) + "\"");
    return {};
  }
  if (!v->is_string()) throw GoldError(w.prefix() + "\"" + std::string(key) + "\" is not a string");
  return std::string(v->as_string());
}

size_t offset_field(const json::object& o, std::string_view key, const Where& w) {
  const json::value* v = o.if_contains(key);
  if (!v) throw GoldError(w.prefix() + "an item has no \"" + std::string(key) + "\"");
  if (v->is_uint64()) return static_cast<size_t>(v->as_uint64());
  if (v->is_int64() && v->as_int64() >= 0) return static_cast<size_t>(v->as_int64());
  throw GoldError(w.prefix() + "\"" + std::string(key) + "\" is not a non-negative integer");
}

bool required_field(const json::object& o, const Where& w) {
  const json::value* v = o.if_contains("required");
  if (!v || v->is_null()) return true;
  if (!v->is_bool()) throw GoldError(w.prefix() + "\"required\" is not true or false");
  return v->as_bool();
}

const json::array* array_field(const json::object& o, std::string_view key, const Where& w) {
  const json::value* v = o.if_contains(key);
  if (!v || v->is_null()) return nullptr;
  if (!v->is_array()) throw GoldError(w.prefix() + "\"" + std::string(key) + "\" is not an array");
  return &v->as_array();
}

void span_fields(const json::object& item, size_t& begin, size_t& end, const Where& w) {
  begin = offset_field(item, "begin", w);
  end = offset_field(item, "end", w);
  if (end < begin) throw GoldError(w.prefix() + "an item ends before it begins");
}

const json::object& as_item(const json::value& v, const Where& w) {
  if (!v.is_object()) throw GoldError(w.prefix() + "an item is not an object");
  return v.as_object();
}

void read_dates(const json::array& items, GoldDocument& doc, const Where& w) {
  doc.has_dates = true;
  doc.dates.clear();
  for (const auto& v : items) {
    const json::object& o = as_item(v, w);
    TimexItem t;
    span_fields(o, t.begin, t.end, w);
    t.timex_type = string_field(o, "timex_type", w, false);
    if (t.timex_type.empty()) t.timex_type = string_field(o, "type", w, false);
    t.value = string_field(o, "value", w, false);
    t.mod = string_field(o, "mod", w, false);
    t.text = string_field(o, "text", w, false);
    t.required = required_field(o, w);
    doc.dates.push_back(std::move(t));
  }
}

void read_quotes(const json::array& items, GoldDocument& doc, const Where& w) {
  doc.has_quotes = true;
  doc.quotes.clear();
  for (const auto& v : items) {
    const json::object& o = as_item(v, w);
    GoldQuote q;
    span_fields(o, q.begin, q.end, w);
    q.kind = string_field(o, "kind", w, false);
    if (q.kind.empty()) q.kind = "direct";
    if (const json::array* speakers = array_field(o, "speakers", w)) {
      for (const auto& s : *speakers)
        if (s.is_string()) q.speakers.emplace_back(s.as_string());
    } else if (std::string one = string_field(o, "speaker", w, false); !one.empty()) {
      q.speakers.push_back(std::move(one));
    }
    if (std::string cue = string_field(o, "cue", w, false); !cue.empty()) q.cue = std::move(cue);
    q.required = required_field(o, w);
    doc.quotes.push_back(std::move(q));
  }
}

void read_not_quotes(const json::array& items, GoldDocument& doc, const Where& w) {
  doc.not_quotes.clear();
  for (const auto& v : items) {
    const json::object& o = as_item(v, w);
    GoldSpan s;
    span_fields(o, s.begin, s.end, w);
    s.why = string_field(o, "why", w, false);
    doc.not_quotes.push_back(std::move(s));
  }
}

void read_line(std::string_view line, const Where& w, GoldSet& set) {
  boost::system::error_code ec;
  json::value v = json::parse(line, ec);
  if (ec) throw GoldError(w.prefix() + "not JSON: " + ec.message());
  if (!v.is_object()) throw GoldError(w.prefix() + "a gold line must be a JSON object");
  const json::object& o = v.as_object();
  std::string id;
  if (const json::value* idv = o.if_contains("id"); idv && idv->is_string())
    id = std::string(idv->as_string());
  else if (idv && (idv->is_int64() || idv->is_uint64()))
    id = json::serialize(*idv);
  else
    throw GoldError(w.prefix() + "a gold document needs an \"id\"");

  GoldDocument& doc = set.find_or_add(id);
  if (std::string date = string_field(o, "date", w, false); !date.empty()) doc.date = std::move(date);
  if (const json::value* t = o.if_contains("text"); t && t->is_string()) doc.text = std::string(t->as_string());
  if (const json::value* e = o.if_contains("annotated_end"); e && !e->is_null())
    doc.annotated_end = offset_field(o, "annotated_end", w);
  if (const json::array* a = array_field(o, "dates", w)) {
    read_dates(*a, doc, w);
    set.has_dates = true;
  }
  if (const json::array* a = array_field(o, "quotes", w)) {
    read_quotes(*a, doc, w);
    set.has_quotes = true;
  }
  if (const json::array* a = array_field(o, "not_quotes", w)) read_not_quotes(*a, doc, w);
  // (broken, fixed) pairs for cleanup: the text cleanup should produce, and how the text was broken.
  if (const json::value* c = o.if_contains("cleaned"); c && c->is_string()) {
    doc.cleaned = std::string(c->as_string());
    set.has_cleanup = true;
  }
  if (std::string family = string_field(o, "family", w, false); !family.empty()) doc.family = std::move(family);
}

}  // namespace

GoldDocument* GoldSet::find(std::string_view id) {
  for (auto& d : documents)
    if (d.id == id) return &d;
  return nullptr;
}

GoldDocument& GoldSet::find_or_add(std::string_view id) {
  if (GoldDocument* d = find(id)) return *d;
  documents.emplace_back();
  documents.back().id = std::string(id);
  return documents.back();
}

void read_gold_jsonl(std::istream& in, std::string_view name, GoldSet& set) {
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    read_line(line, Where{name, line_no}, set);
  }
}

void read_gold_jsonl(const std::filesystem::path& file, GoldSet& set) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw GoldError(file.string() + ": cannot open the gold file");
  read_gold_jsonl(in, file.string(), set);
}

void read_gold_cleanup_dir(const std::filesystem::path& dir, GoldSet& set) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw GoldError(dir.string() + ": not a folder of cleaned texts");
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().filename().string().front() != '.') files.push_back(e.path());
  std::sort(files.begin(), files.end());
  if (files.empty()) throw GoldError(dir.string() + ": no cleaned texts in this folder");
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) throw GoldError(f.string() + ": cannot open");
    std::ostringstream s;
    s << in.rdbuf();
    set.find_or_add(f.filename().string()).cleaned = s.str();
  }
  set.has_cleanup = true;
}

std::string_view file_name_of(std::string_view id) noexcept {
  const size_t slash = id.find_last_of('/');
  return slash == std::string_view::npos ? id : id.substr(slash + 1);
}

void check_gold_spans(const GoldDocument& doc, std::vector<std::string>& warnings) {
  if (!doc.text) return;
  const std::string& text = *doc.text;
  auto check = [&](const char* what, size_t b, size_t e, std::string_view expected) {
    if (e > text.size()) {
      warnings.push_back(doc.id + ": gold " + what + " [" + std::to_string(b) + ", " + std::to_string(e) +
                         ") lies past the end of the text (" + std::to_string(text.size()) + " bytes)");
      return;
    }
    if (!expected.empty() && std::string_view(text).substr(b, e - b) != expected)
      warnings.push_back(doc.id + ": gold " + what + " [" + std::to_string(b) + ", " + std::to_string(e) +
                         ") reads \"" + text.substr(b, e - b) + "\", the gold says \"" + std::string(expected) +
                         "\" (is this the right input text?)");
  };
  for (const auto& d : doc.dates) check("date", d.begin, d.end, d.text);
  for (const auto& q : doc.quotes) check("quote", q.begin, q.end, {});
  for (const auto& s : doc.not_quotes) check("not_quotes span", s.begin, s.end, {});
}

}  // namespace textchain::eval
