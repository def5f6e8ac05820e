#include "io/role_spans.hpp"

namespace textchain::document {
namespace {

constexpr std::string_view kBegin = "_begin", kEnd = "_end";

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The integer attribute named <role><suffix>, or null (compared in place: no key is built).
const int64_t* integer(const Annotation& a, std::string_view role, std::string_view suffix) {
  for (const auto& at : a.attributes) {
    const std::string_view k = at.key;
    if (k.size() == role.size() + suffix.size() && k.substr(0, role.size()) == role && k.substr(role.size()) == suffix)
      return std::get_if<int64_t>(&at.value);
  }
  return nullptr;
}

// The span of `role`, when both halves are integers that make one inside the text.
bool span_of(const Annotation& a, std::string_view role, size_t text_size, RoleSpan& out) {
  const int64_t* b = integer(a, role, kBegin);
  const int64_t* e = integer(a, role, kEnd);
  if (!b || !e || *b < 0 || *e < *b || static_cast<uint64_t>(*e) > text_size) return false;
  out.begin = static_cast<size_t>(*b);
  out.end = static_cast<size_t>(*e);
  return true;
}

}  // namespace

std::vector<RoleSpan> role_spans(const Annotation& a, size_t text_size) {
  std::vector<RoleSpan> spans;
  for (const auto& at : a.attributes) {
    std::string_view key = at.key;
    if (!ends_with(key, kBegin)) continue;
    RoleSpan s;
    s.role = key.substr(0, key.size() - kBegin.size());
    if (span_of(a, s.role, text_size, s)) spans.push_back(s);
  }
  return spans;
}

bool is_role_span_key(const Annotation& a, std::string_view key, size_t text_size) {
  std::string_view role;
  if (ends_with(key, kBegin)) role = key.substr(0, key.size() - kBegin.size());
  else if (ends_with(key, kEnd)) role = key.substr(0, key.size() - kEnd.size());
  else return false;
  RoleSpan s;
  return span_of(a, role, text_size, s);
}

}  // namespace textchain::document
