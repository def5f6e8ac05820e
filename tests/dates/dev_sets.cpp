#include "dev_sets.hpp"

#include "text/sentence_splitter.hpp"
#include "text/tokenizer.hpp"

#include <boost/json.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace textchain::dates::dev {

namespace json = boost::json;

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + p.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string bracketed(std::string_view text, const std::vector<Timex>& found) {
  std::string out;
  for (const Timex& t : found) {
    out += "[" + std::string(text.substr(t.begin, t.end - t.begin)) + "|" + type_name(t.type) + "|" + t.value;
    if (t.mod) out += std::string("|") + mod_name(t.mod);
    out += "]";
  }
  return out;
}

std::vector<Timex> tag_with_host_sentences(const Tagger& tagger, std::string_view text,
                                           std::string_view record_date) {
  std::vector<tc_token> tokens;
  textchain::text::tokenize(text, tokens);
  std::vector<tc_sentence> sentences;
  textchain::text::split_sentences(text, tokens, sentences);
  return tagger.tag(text, record_date, SentenceBounds(sentences));
}

std::string found_as(std::string_view text, size_t count, std::string_view date) {
  const std::vector<Timex> found = tag_with_host_sentences(Tagger(TaggerOptions{}), text, date);
  if (found.size() != count) return "found " + std::to_string(found.size());
  std::string s;
  for (const Timex& t : found) {
    if (!s.empty()) s += "; ";
    s += std::string(text.substr(t.begin, t.end - t.begin)) + "|" + type_name(t.type) + "|" + t.value;
    if (t.mod) s += std::string("|") + mod_name(t.mod);
  }
  return s;
}

std::filesystem::path shared_data_dir() {
  return std::filesystem::path(TEXTCHAIN_SOURCE_DIR) / ".." / "shared" / "data";
}

namespace {
std::string str(const json::object& o, const char* key) {
  auto it = o.find(key);
  if (it == o.end() || !it->value().is_string()) return {};
  return std::string(it->value().as_string());
}
}  // namespace

std::vector<eval::TimexDocument> tag_gold_file(const Tagger& tagger, const std::filesystem::path& gold,
                                               const std::filesystem::path& text_dir) {
  std::vector<eval::TimexDocument> docs;
  std::ifstream in(gold);
  if (!in) throw std::runtime_error("cannot read " + gold.string());
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const json::object rec = json::parse(line).as_object();
    eval::TimexDocument d;
    d.id = str(rec, "id");
    std::string text = str(rec, "text");
    if (text.empty() && rec.find("text") == rec.end()) text = read_file(text_dir / d.id);
    if (auto it = rec.find("annotated_end"); it != rec.end() && it->value().is_int64())
      d.annotated_end = static_cast<size_t>(it->value().as_int64());
    for (const json::value& v : rec.at("dates").as_array()) {
      const json::object& g = v.as_object();
      eval::TimexItem item;
      item.begin = static_cast<size_t>(g.at("begin").as_int64());
      item.end = static_cast<size_t>(g.at("end").as_int64());
      item.timex_type = str(g, "timex_type");
      item.value = str(g, "value");
      item.mod = str(g, "mod");
      item.text = str(g, "text");
      if (auto it = g.find("required"); it != g.end() && it->value().is_bool()) item.required = it->value().as_bool();
      d.gold.push_back(std::move(item));
    }
    for (const Timex& t : tag_with_host_sentences(tagger, text, str(rec, "date"))) {
      eval::TimexItem item;
      item.begin = t.begin;
      item.end = t.end;
      item.timex_type = type_name(t.type);
      item.value = t.value;
      item.mod = mod_name(t.mod);
      item.text = text.substr(t.begin, t.end - t.begin);
      d.system.push_back(std::move(item));
    }
    docs.push_back(std::move(d));
  }
  return docs;
}

namespace {

// The calendar fields of a TIMEX3 value ("2012-08-10T12:14"), -1 where the value has none.
struct Fields {
  int y = -1, mo = -1, d = -1, h = -1, mi = -1;
};

int num(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

Fields fields_of(std::string_view v) {
  Fields f;
  if (auto slash = v.find('/'); slash != std::string_view::npos) v = v.substr(0, slash);
  f.y = num(v, 0, 4);
  if (f.y < 0) return f;
  if (v.size() >= 7 && v[4] == '-') f.mo = num(v, 5, 2);
  if (f.mo >= 0 && v.size() >= 10 && v[7] == '-') f.d = num(v, 8, 2);
  if (f.d >= 0 && v.size() >= 16 && v[10] == 'T') {
    f.h = num(v, 11, 2);
    f.mi = num(v, 14, 2);
  }
  return f;
}

bool agrees(const Fields& f, const json::object& start) {
  auto field = [&](const char* k) -> int {
    auto it = start.find(k);
    return it == start.end() || !it->value().is_int64() ? -1 : static_cast<int>(it->value().as_int64());
  };
  if (f.y < 0) return false;  // a duration or an underspecified value cannot be checked
  const int want[5] = {field("y"), field("mo"), field("d"), field("h"), field("mi")};
  const int have[5] = {f.y, f.mo, f.d, f.h, f.mi};
  for (int i = 0; i < 5; ++i) {
    if (want[i] < 0 || have[i] < 0) continue;
    if (want[i] != have[i]) return false;
  }
  return true;
}

}  // namespace

ChronoResult run_chrono(const std::filesystem::path& cases) {
  ChronoResult r;
  std::ifstream in(cases);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const json::object rec = json::parse(line).as_object();
    const std::string text = str(rec, "text");
    std::string ref = str(rec, "ref");
    TaggerOptions opt;
    opt.prefer = Prefer::nearest;
    if (!ref.empty()) opt.document_date = parse_document_date_option(ref.substr(0, 19));
    const Tagger tagger(opt);
    const std::vector<Timex> found = tag_with_host_sentences(tagger, text);
    std::string got;
    for (const Timex& t : found) got += "[" + text.substr(t.begin, t.end - t.begin) + " = " + t.value + "] ";
    const json::value& expect = rec.at("expect");
    if (expect.is_null()) {
      ++r.negatives;
      // chrono extracts points in time; a DURATION or SET ("5 days", "weekly") is not a date.
      bool any_date = false;
      for (const Timex& t : found) any_date |= t.type == TimexType::date || t.type == TimexType::time;
      if (!any_date) ++r.negatives_ok;
      else r.failures.push_back("NEG " + str(rec, "source") + ": " + text + " => " + got);
      continue;
    }
    ++r.positives;
    const json::object& e = expect.as_object();
    const std::string span = str(e, "text");
    size_t sb = 0, se = text.size();
    if (!span.empty()) {
      sb = text.find(span);
      se = sb == std::string::npos ? 0 : sb + span.size();
      if (sb == std::string::npos) sb = 0, se = text.size();
    }
    bool ok = false;
    for (const Timex& t : found) {
      if (!(t.begin < se && sb < t.end)) continue;
      auto st = e.find("start");
      if (st == e.end() || st->value().is_null() || agrees(fields_of(t.value), st->value().as_object())) {
        ok = true;
        break;
      }
    }
    if (ok) ++r.positives_ok;
    else
      r.failures.push_back("POS " + str(rec, "source") + ": " + text + " (want " + span + " " +
                           (e.find("start") != e.end() ? json::serialize(e.at("start")) : "") + ") => " + got);
  }
  return r;
}

}  // namespace textchain::dates::dev
