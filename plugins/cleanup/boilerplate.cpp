#include "boilerplate.hpp"

#include <stdexcept>

#include "boilerplate_patterns_data.hpp"
#include "lines.hpp"

namespace textchain::cleanup {

namespace {

constexpr size_t kMaxLine = 300;

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

const BoilerplatePatterns& BoilerplatePatterns::builtin() {
  static const BoilerplatePatterns patterns = [] {
    BoilerplatePatterns p;
    p.parse(kBuiltinBoilerplatePatterns);
    return p;
  }();
  return patterns;
}

void BoilerplatePatterns::parse(std::string_view data) {
  size_t line_no = 0;
  while (!data.empty()) {
    ++line_no;
    const size_t nl = data.find('\n');
    std::string_view line = trim(data.substr(0, nl));
    data = nl == std::string_view::npos ? std::string_view() : data.substr(nl + 1);
    if (line.empty() || line.front() == '#') continue;
    const size_t sp = line.find(' ');
    const std::string_view kind = line.substr(0, sp);
    const std::string_view text = sp == std::string_view::npos ? std::string_view() : trim(line.substr(sp + 1));
    if (text.empty())
      throw std::invalid_argument("boilerplate pattern " + std::to_string(line_no) + ": no text after '" +
                                  std::string(kind) + "'");
    if (kind == "line") add(Kind::line, text);
    else if (kind == "prefix") add(Kind::prefix, text);
    else if (kind == "suffix") add(Kind::suffix, text);
    else
      throw std::invalid_argument("boilerplate pattern " + std::to_string(line_no) + ": unknown kind '" +
                                  std::string(kind) + "' (expected line, prefix or suffix)");
  }
}

void BoilerplatePatterns::add(Kind kind, std::string_view text) {
  patterns_.push_back({kind, std::string(text)});
  if (kind == Kind::suffix) {
    has_suffix_ = true;
  } else {
    const auto c = static_cast<unsigned char>(text.front());
    first_[c] = true;
    first_[static_cast<unsigned char>(lower(static_cast<char>(c)))] = true;
    if (c >= 'a' && c <= 'z') first_[c - 'a' + 'A'] = true;
  }
}

bool BoilerplatePatterns::matches(std::string_view content) const noexcept {
  if (content.empty() || content.size() > kMaxLine) return false;
  if (!first_[static_cast<unsigned char>(content.front())] && !has_suffix_) return false;
  for (const Pattern& p : patterns_) {
    switch (p.kind) {
      case Kind::line:
        if (iequals(content, p.text)) return true;
        break;
      case Kind::prefix:
        if (content.size() > p.text.size() && iequals(content.substr(0, p.text.size()), p.text)) return true;
        break;
      case Kind::suffix:
        if (content.size() > p.text.size() + 1 && content[content.size() - p.text.size() - 1] == ' ' &&
            content.substr(content.size() - p.text.size()) == p.text)
          return true;
        break;
    }
  }
  return false;
}

void find_boilerplate(std::string_view text, const BoilerplatePatterns& patterns, Edits& out) {
  constexpr size_t none = static_cast<size_t>(-1);
  size_t previous_content_end = none;  // content end of the last line kept
  size_t group_begin = none;
  for (size_t pos = 0; pos < text.size();) {
    const Line l = line_at(text, pos);
    pos = l.next;
    if (l.blank()) continue;
    const std::string_view content = text.substr(l.content_begin, l.content_end - l.content_begin);
    if (patterns.matches(content)) {
      if (group_begin == none) group_begin = l.begin;
      continue;
    }
    if (group_begin != none) {
      out.push_back({group_begin, l.begin, {}, rule::boilerplate});
      group_begin = none;
    }
    previous_content_end = l.content_end;
  }
  if (group_begin != none)
    out.push_back({previous_content_end == none ? group_begin : previous_content_end, text.size(), {}, rule::boilerplate});
}

}  // namespace textchain::cleanup
