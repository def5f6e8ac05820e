#include "brat/standoff.hpp"

#include "io/attribute_text.hpp"
#include "io/role_spans.hpp"
#include "document/utf8_repair.hpp"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace textchain::brat {
namespace {

using Fragments = std::vector<std::pair<size_t, size_t>>;

bool continuation(std::string_view s, size_t i) {
  return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
}

// A name brat accepts: letters, digits, '_' and '-' (other bytes, and so every byte of a non-ASCII
// character, become one '_' per character).
std::string brat_name(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (continuation(s, i)) continue;
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    out.push_back(ok ? static_cast<char>(c) : '_');
  }
  return out.empty() ? "_" : out;
}

// One line of the .ann: tabs and line breaks would end a field or the line.
std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

// [begin, end) split at line breaks, without empty pieces; a span of line breaks only stays whole.
Fragments fragments_of(std::string_view text, size_t begin, size_t end) {
  Fragments f;
  size_t start = begin;
  for (size_t i = begin; i <= end; ++i) {
    if (i == end || text[i] == '\n' || text[i] == '\r') {
      if (i > start) f.emplace_back(start, i);
      start = i + 1;
    }
  }
  if (f.empty()) f.emplace_back(begin, end);
  return f;
}

bool single_token(std::string_view v) {
  if (v.empty()) return false;
  for (char c : v)
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return false;
  return true;
}

// Byte offsets to character offsets for a set of offsets known in advance: one pass over the text.
class CharOffsets {
 public:
  CharOffsets(std::string_view text, std::vector<size_t> bytes) : bytes_(std::move(bytes)) {
    std::sort(bytes_.begin(), bytes_.end());
    bytes_.erase(std::unique(bytes_.begin(), bytes_.end()), bytes_.end());
    chars_.reserve(bytes_.size());
    size_t pos = 0, chars = 0;
    for (size_t b : bytes_) {
      const size_t to = std::min(b, text.size());
      // One character per valid sequence and per invalid subpart (one U+FFFD in the .txt written).
      while (pos < to) {
        size_t bad = 1;
        const size_t len = document::utf8_sequence_length(text, pos, &bad);
        pos += len ? len : bad;
        ++chars;
      }
      chars_.push_back(chars);
    }
  }
  size_t operator()(size_t byte) const {
    auto it = std::lower_bound(bytes_.begin(), bytes_.end(), byte);
    return chars_[static_cast<size_t>(it - bytes_.begin())];
  }

 private:
  std::vector<size_t> bytes_, chars_;
};

}  // namespace


std::string standoff_text(const Result& r) { return document::to_valid_utf8(r.original_text); }

std::string standoff(const Result& r) {
  const std::string_view text = r.original_text;
  struct Bound {
    std::string type;
    Fragments fragments;
  };
  std::vector<Bound> bounds;  // annotations first (T1 … Tn in record order), then role spans
  std::vector<size_t> annotation_t(r.annotations.size(), 0);  // T number of each annotation, 0: left out
  struct RoleRelation {
    std::string role;
    size_t from, to;  // T numbers
  };
  std::vector<RoleRelation> role_relations;
  for (size_t i = 0; i < r.annotations.size(); ++i) {
    const Annotation& a = r.annotations[i];
    if (a.begin > a.end || a.end > text.size()) continue;
    bounds.push_back({brat_name(a.type), fragments_of(text, a.begin, a.end)});
    annotation_t[i] = bounds.size();
  }
  for (size_t i = 0; i < r.annotations.size(); ++i) {
    if (!annotation_t[i]) continue;
    for (const auto& role : document::role_spans(r.annotations[i], text.size())) {
      bounds.push_back({brat_name(role.role), fragments_of(text, role.begin, role.end)});
      role_relations.push_back({brat_name(role.role), annotation_t[i], bounds.size()});
    }
  }
  std::vector<size_t> offsets;
  for (const auto& b : bounds)
    for (const auto& [fb, fe] : b.fragments) offsets.push_back(fb), offsets.push_back(fe);
  const CharOffsets chars(text, std::move(offsets));

  std::string out;
  out.reserve(bounds.size() * 96);
  for (size_t t = 0; t < bounds.size(); ++t) {
    out += "T" + std::to_string(t + 1) + "\t" + bounds[t].type + " ";
    std::string span_text;
    for (size_t k = 0; k < bounds[t].fragments.size(); ++k) {
      const auto [fb, fe] = bounds[t].fragments[k];
      if (k) out += ";";
      out += std::to_string(chars(fb)) + " " + std::to_string(chars(fe));
      if (k) span_text += " ";
      span_text += text.substr(fb, fe - fb);
    }
    out += "\t" + one_line(document::to_valid_utf8(span_text)) + "\n";
  }
  size_t attribute_n = 0, note_n = 0, relation_n = 0;
  std::unordered_map<uint64_t, size_t> t_of_id;
  for (size_t i = 0; i < r.annotations.size(); ++i)
    if (annotation_t[i]) t_of_id.emplace(r.annotations[i].id, annotation_t[i]);
  for (size_t i = 0; i < r.annotations.size(); ++i) {
    if (!annotation_t[i]) continue;
    const Annotation& a = r.annotations[i];
    const std::string target = "T" + std::to_string(annotation_t[i]);
    for (const auto& at : a.attributes) {
      if (std::holds_alternative<std::nullptr_t>(at.value)) continue;
      if (document::is_role_span_key(a, at.key, text.size())) continue;
      const std::string name = brat_name(at.key);
      const std::string value = document::attribute_text(at.value);
      if (const bool* b = std::get_if<bool>(&at.value); b && *b) {
        out += "A" + std::to_string(++attribute_n) + "\t" + name + " " + target + "\n";
      } else if (single_token(value) && !std::holds_alternative<std::vector<std::string>>(at.value)) {
        out += "A" + std::to_string(++attribute_n) + "\t" + name + " " + target + " " + document::to_valid_utf8(value) + "\n";
      } else {
        out += "#" + std::to_string(++note_n) + "\tAnnotatorNotes " + target + "\t" + name + ": " +
               one_line(document::to_valid_utf8(value)) + "\n";
      }
    }
    for (const auto& l : a.links) {
      auto it = t_of_id.find(l.target);
      if (it == t_of_id.end()) continue;
      out += "R" + std::to_string(++relation_n) + "\t" + brat_name(l.role) + " Arg1:" + target + " Arg2:T" +
             std::to_string(it->second) + "\n";
    }
  }
  for (const auto& rr : role_relations)
    out += "R" + std::to_string(++relation_n) + "\t" + rr.role + " Arg1:T" + std::to_string(rr.from) + " Arg2:T" +
           std::to_string(rr.to) + "\n";
  return out;
}

namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  return parts;
}

size_t number(std::string_view s, size_t line) {
  if (s.empty() || s.size() > 19) throw std::runtime_error("line " + std::to_string(line) + ": bad offset");
  size_t n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') throw std::runtime_error("line " + std::to_string(line) + ": bad offset");
    n = n * 10 + static_cast<size_t>(c - '0');
  }
  return n;
}

}  // namespace

Standoff parse_standoff(std::string_view ann) {
  Standoff s;
  size_t line_no = 0;
  for (std::string_view line : split(ann, '\n')) {
    ++line_no;
    if (line.empty()) continue;
    const auto fail = [&](const char* what) {
      throw std::runtime_error("line " + std::to_string(line_no) + ": " + what);
    };
    const std::vector<std::string_view> fields = split(line, '\t');
    if (fields.size() < 2 || fields[0].size() < 2) fail("expected an id and a tab");
    const std::vector<std::string_view> words = split(fields[1], ' ');
    switch (fields[0][0]) {
      case 'T': {
        if (fields.size() != 3 || words.size() < 3) fail("a text-bound annotation needs type, offsets and text");
        TextBound t{std::string(fields[0]), std::string(words[0]), {}, std::string(fields[2])};
        const std::string_view offsets = fields[1].substr(words[0].size() + 1);
        for (std::string_view f : split(offsets, ';')) {
          const auto be = split(f, ' ');
          if (be.size() != 2) fail("a fragment needs two offsets");
          t.fragments.emplace_back(number(be[0], line_no), number(be[1], line_no));
          if (t.fragments.back().first > t.fragments.back().second) fail("a fragment ends before it begins");
        }
        s.spans.push_back(std::move(t));
        break;
      }
      case 'A': {
        if (fields.size() != 2 || words.size() < 2 || words.size() > 3) fail("an attribute needs a name and a target");
        s.attributes.push_back({std::string(fields[0]), std::string(words[0]), std::string(words[1]),
                                words.size() == 3 ? std::string(words[2]) : std::string()});
        break;
      }
      case 'R': {
        if (fields.size() != 2 || words.size() != 3 || words[1].substr(0, 5) != "Arg1:" || words[2].substr(0, 5) != "Arg2:")
          fail("a relation needs a type, Arg1: and Arg2:");
        s.relations.push_back({std::string(fields[0]), std::string(words[0]), std::string(words[1].substr(5)),
                               std::string(words[2].substr(5))});
        break;
      }
      case '#': {
        if (fields.size() != 3 || words.size() != 2) fail("a note needs a type, a target and a text");
        s.notes.push_back({std::string(fields[0]), std::string(words[1]), std::string(fields[2])});
        break;
      }
      default: fail("unknown annotation kind");
    }
  }
  return s;
}

}  // namespace textchain::brat
