#include "isolation/result_codec.hpp"

#include <cstring>

namespace textchain::isolation {
namespace {

// The alternatives of AttributeValue, in its order: the tag is the variant's index.
enum : uint64_t { kNull = 0, kBool = 1, kInt = 2, kDouble = 3, kString = 4, kStrings = 5 };

void encode_value(FrameBuilder& f, const AttributeValue& v) {
  f.u64(v.index());
  switch (v.index()) {
    case kBool: f.u64(std::get<bool>(v)); break;
    case kInt: f.u64(static_cast<uint64_t>(std::get<int64_t>(v))); break;
    case kDouble: {
      uint64_t bits = 0;
      std::memcpy(&bits, &std::get<double>(v), sizeof bits);
      f.u64(bits);
      break;
    }
    case kString: f.str(std::get<std::string>(v)); break;
    case kStrings: {
      const auto& list = std::get<std::vector<std::string>>(v);
      f.u64(list.size());
      for (const auto& s : list) f.str(s);
      break;
    }
    default: break;
  }
}

bool decode_value(FrameParser& p, AttributeValue& v) {
  switch (p.u64()) {
    case kNull: v = nullptr; break;
    case kBool: v = p.u64() != 0; break;
    case kInt: v = static_cast<int64_t>(p.u64()); break;
    case kDouble: {
      const uint64_t bits = p.u64();
      double d = 0;
      std::memcpy(&d, &bits, sizeof d);
      v = d;
      break;
    }
    case kString: v = p.str(); break;
    case kStrings: {
      std::vector<std::string> list;
      const uint64_t n = p.u64();
      for (uint64_t i = 0; i < n && p.ok(); ++i) list.push_back(p.str());
      v = std::move(list);
      break;
    }
    default: return false;
  }
  return p.ok();
}

}  // namespace

void encode_result(FrameBuilder& f, const Result& r) {
  f.str(r.id).str(r.date).u64(r.text.has_value());
  if (r.text) f.str(*r.text);
  f.u64(r.annotations.size());
  for (const Annotation& a : r.annotations) {
    f.u64(a.id).str(a.type).str(a.plugin).u64(a.begin).u64(a.end).u64(a.attributes.size());
    for (const Attribute& at : a.attributes) {
      f.str(at.key);
      encode_value(f, at.value);
    }
    f.u64(a.links.size());
    for (const Link& l : a.links) f.str(l.role).u64(l.target);
  }
  f.u64(r.edits.size());
  for (const AppliedEdit& e : r.edits)
    f.str(e.plugin).str(e.rule).u64(e.original_begin).u64(e.original_end).str(e.original).str(e.replacement);
  f.u64(r.diagnostics.size());
  for (const Diagnostic& d : r.diagnostics) f.u64(d.level == Diagnostic::Level::error).str(d.plugin).str(d.message);
}

bool decode_result(FrameParser& p, Result& r) {
  r.id = p.str();
  r.date = p.str();
  if (p.u64()) r.text = p.str();
  // Nothing is reserved from a count: a bad frame stops at its end (p.ok()), having cost no memory.
  const uint64_t annotations = p.u64();
  for (uint64_t i = 0; i < annotations && p.ok(); ++i) {
    Annotation a;
    a.id = p.u64();
    a.type = p.str();
    a.plugin = p.str();
    a.begin = p.u64();
    a.end = p.u64();
    const uint64_t attributes = p.u64();
    for (uint64_t k = 0; k < attributes && p.ok(); ++k) {
      Attribute at;
      at.key = p.str();
      if (!decode_value(p, at.value)) return false;
      a.attributes.push_back(std::move(at));
    }
    const uint64_t links = p.u64();
    for (uint64_t k = 0; k < links && p.ok(); ++k) {
      Link l;
      l.role = p.str();
      l.target = p.u64();
      a.links.push_back(std::move(l));
    }
    r.annotations.push_back(std::move(a));
  }
  const uint64_t edits = p.u64();
  for (uint64_t i = 0; i < edits && p.ok(); ++i) {
    AppliedEdit e;
    e.plugin = p.str();
    e.rule = p.str();
    e.original_begin = p.u64();
    e.original_end = p.u64();
    e.original = p.str();
    e.replacement = p.str();
    r.edits.push_back(std::move(e));
  }
  const uint64_t diagnostics = p.u64();
  for (uint64_t i = 0; i < diagnostics && p.ok(); ++i) {
    Diagnostic d;
    d.level = p.u64() ? Diagnostic::Level::error : Diagnostic::Level::warning;
    d.plugin = p.str();
    d.message = p.str();
    r.diagnostics.push_back(std::move(d));
  }
  return p.ok();
}

}  // namespace textchain::isolation
