#include "isolation/record_envelope.hpp"

#include "isolation/wire.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace textchain::cli::isolation {
namespace {
using textchain::isolation::FrameBuilder;
using textchain::isolation::FrameParser;

// The id's JSON value: what the input reader makes (a string, an integer, or null when the record was
// refused), and anything else as its JSON text.
enum : uint64_t { kNull = 0, kString = 1, kInt64 = 2, kUint64 = 3, kJson = 4 };
}  // namespace

std::string record_envelope(const io::InputDocument& doc) {
  FrameBuilder f('E');
  const boost::json::value& id = doc.id;
  if (id.is_string())
    f.u64(kString).str(id.get_string());
  else if (id.is_int64())
    f.u64(kInt64).u64(static_cast<uint64_t>(id.get_int64()));
  else if (id.is_uint64())
    f.u64(kUint64).u64(id.get_uint64());
  else if (id.is_null())
    f.u64(kNull);
  else
    f.u64(kJson).str(boost::json::serialize(id));
  f.u64(doc.warnings.size());
  for (const std::string& w : doc.warnings) f.str(w);
  f.u64(doc.extra.size());
  for (const io::PassThroughField& field : doc.extra) f.str(field.key).str(field.json);
  return f.finish();
}

bool read_record_envelope(std::string_view envelope, const DocumentInput& input, io::InputDocument& doc) {
  std::string_view payload;
  size_t consumed = 0;
  if (!textchain::isolation::next_frame(envelope, payload, consumed) || consumed != envelope.size()) return false;
  FrameParser p(payload);
  if (p.kind() != 'E') return false;
  switch (p.u64()) {
    case kNull: doc.id = nullptr; break;
    case kString: doc.id = boost::json::string(p.view()); break;
    case kInt64: doc.id = static_cast<int64_t>(p.u64()); break;
    case kUint64: doc.id = p.u64(); break;
    case kJson: {
      boost::system::error_code ec;
      doc.id = boost::json::parse(p.view(), ec);
      if (ec) return false;
      break;
    }
    default: return false;
  }
  doc.id_text = input.id;
  doc.date = input.date;
  doc.reference_time = input.reference_time;
  // Nothing is reserved from a count: a bad envelope stops at its end (p.ok()), having cost no memory.
  const uint64_t warnings = p.u64();
  for (uint64_t i = 0; i < warnings && p.ok(); ++i) doc.warnings.push_back(p.str());
  const uint64_t fields = p.u64();
  for (uint64_t i = 0; i < fields && p.ok(); ++i) {
    io::PassThroughField field;
    field.key = p.str();
    field.json = p.str();
    doc.extra.push_back(std::move(field));
  }
  return p.ok();
}

}  // namespace textchain::cli::isolation
