// Output records are valid UTF-8 JSON whatever the input held, so that any JSON reader downstream accepts
// them (found by fuzz_jsonl_reader).
#include "command_runner.hpp"

#include "document/utf8_repair.hpp"

#include <gtest/gtest.h>

namespace {
using namespace reliability;
}  // namespace

TEST(RecordValidity, InvalidUtf8InTheTextGivesValidRecordsAndAWarning) {
  TempDir tmp;
  write_file(tmp / "in.jsonl", "{\"id\": 1, \"text\": \"NATO \xff\xfe\xc3\"}\n");
  Finished r = run_textchain({"run", "--plugin-dir", test_plugin_dir(), "--steps", "acronyms",
                              (tmp / "in.jsonl").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(textchain::document::is_valid_utf8(r.out)) << r.out;
  auto recs = parse_records(r.out);
  ASSERT_EQ(recs.size(), 1u);
  EXPECT_NE(messages(recs[0], "warnings").find("UTF-8"), std::string::npos) << recs[0];
}

// Invalid UTF-8 outside the text: a string "id", the key of a pass-through field, a pass-through string
// value (also nested in arrays and objects). The reader repairs each pass-through value once it is whole,
// with a warning naming the field.
TEST(RecordValidity, InvalidUtf8OutsideTheTextGivesValidRecords) {
  TempDir tmp;
  write_file(tmp / "in.jsonl",
             "{\"id\": \"i\xff\", \"text\": \"NATO\"}\n"
             "{\"id\": 2, \"text\": \"NATO\", \"k\xfe\": 1}\n"
             "{\"id\": 3, \"text\": \"NATO\", \"source\": \"v\xc3\"}\n"
             "{\"id\": 4, \"text\": \"NATO\", \"nested\": {\"a\": [\"\xff\"]}}\n");
  Finished r = run_textchain({"run", "--plugin-dir", test_plugin_dir(), "--steps", "acronyms",
                              (tmp / "in.jsonl").string()});
  auto recs = parse_records(r.out);
  ASSERT_EQ(recs.size(), 4u) << r.out;
  size_t line = 0;
  for (std::string_view out = r.out; !out.empty();) {
    const size_t nl = out.find('\n');
    EXPECT_TRUE(textchain::document::is_valid_utf8(out.substr(0, nl))) << "record " << ++line;
    out.remove_prefix(nl == std::string_view::npos ? out.size() : nl + 1);
  }
}
