// The JSON Lines reader and the record writer on arbitrary bytes.
//
// The reader only reads files and standard input, so the input is written to a temporary .jsonl file.
// The first byte chooses a small max_document_bytes or the default, so the size limits are exercised.
// Properties: one record per line (a blank one included), in order; every record written for it is one line of
// valid JSON (an object with "id", "annotations" and "errors") and valid UTF-8, whatever the input held.
#include "document/utf8_repair.hpp"
#include "fuzz_check.hpp"
#include "io/input_reader.hpp"
#include "io/record_writer.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/parse_options.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <unistd.h>

namespace {
const std::string& temp_path() {
  static const std::string path = [] {
    // Memory-backed when possible: the file is rewritten for every input.
    const char* env = std::getenv("TMPDIR");
    std::error_code ec;
    const std::string dir = env && *env ? env : std::filesystem::is_directory("/dev/shm", ec) ? "/dev/shm" : "/tmp";
    return dir + "/textchain_fuzz_jsonl_" + std::to_string(::getpid()) +
           ".jsonl";
  }();
  return path;
}

size_t count_documents(std::string_view s) {
  // As the reader sees lines: a leading UTF-8 byte order mark is not text (a file of nothing else is
  // empty); split at '\n'; a last line without one counts, the empty rest after a final '\n' does not.
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  size_t n = 0;
  while (!s.empty()) {
    ++n;
    const size_t nl = s.find('\n');
    if (nl == std::string_view::npos) break;
    s.remove_prefix(nl + 1);
  }
  return n;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  textchain::io::ReaderOptions options;
  options.force_jsonl = true;
  if (data[0] & 1) options.max_document_bytes = data[0];  // tiny limits reach the "too large" paths
  if (data[0] & 2) options.default_date = "2025-09-26";
  const std::string_view body(reinterpret_cast<const char*>(data) + 1, size - 1);
  {
    std::ofstream f(temp_path(), std::ios::binary | std::ios::trunc);
    f.write(body.data(), static_cast<std::streamsize>(body.size()));
  }

  textchain::io::InputReader reader({temp_path()}, options);
  textchain::io::InputDocument doc;
  size_t documents = 0;
  while (reader.next(doc)) {
    ++documents;
    FUZZ_CHECK(!doc.error.empty() || doc.text.size() <= options.max_document_bytes + 4096,
               "a document of %zu bytes passed a limit of %zu", doc.text.size(), options.max_document_bytes);
    FUZZ_CHECK(doc.date.empty() || textchain::io::is_iso_date(doc.date), "date '%s' is not YYYY-MM-DD",
               doc.date.c_str());
    const std::string record = textchain::io::jsonl_record(doc, nullptr);
    FUZZ_CHECK(!record.empty() && record.back() == '\n' && record.find('\n') == record.size() - 1,
               "record %zu is not exactly one line", documents);
    // TEXTCHAIN_FUZZ_ALLOW_INVALID_UTF8_RECORDS=1 looks past this one check while it is a known bug, to
    // find others.
    static const bool allow_invalid = [] {
      const char* s = std::getenv("TEXTCHAIN_FUZZ_ALLOW_INVALID_UTF8_RECORDS");
      return s && *s == '1';
    }();
    FUZZ_CHECK(allow_invalid || textchain::document::is_valid_utf8(record), "record %zu is not valid UTF-8",
               documents);
    boost::system::error_code ec;
    boost::json::parse_options po;
    po.allow_invalid_utf8 = allow_invalid;
    po.max_depth = textchain::io::kMaxPassThroughNesting + 2;  // pass-through values keep their nesting
    boost::json::value v = boost::json::parse(record, ec, {}, po);
    FUZZ_CHECK(!ec && v.is_object(), "record %zu is not a JSON object: %s", documents, record.c_str());
    const auto& o = v.as_object();
    FUZZ_CHECK(o.contains("id") && o.contains("annotations") && o.contains("errors"),
               "record %zu lacks id, annotations or errors: %s", documents, record.c_str());
  }
  FUZZ_CHECK(documents == count_documents(body), "%zu documents read from %zu lines", documents,
             count_documents(body));
  return 0;
}
