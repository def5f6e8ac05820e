// The JSONL record writer escapes strings itself (issue 19: a boost::json serializer per string cost more
// than the escaping); its output must stay byte for byte what boost::json::serialize writes.
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <random>
#include <string>
#include <vector>

#include "io/input_reader.hpp"
#include "io/record_writer.hpp"

namespace {

// The record of a document that was not processed, whose id is `s`: the id goes through the escaper.
std::string record_with_id(const std::string& s) {
  textchain::io::InputDocument in;
  in.id = boost::json::value(boost::json::string(s));
  return textchain::io::jsonl_record(in, nullptr);
}

std::string expected_record(const std::string& s) {
  return "{\"id\":" + boost::json::serialize(boost::json::value(boost::json::string(s))) +
         ",\"annotations\":[],\"errors\":[]}\n";
}

TEST(RecordWriter, EveryAsciiByteIsEscapedAsBoostJsonEscapesIt) {
  for (int c = 0; c < 0x80; ++c) {
    const std::string one(1, static_cast<char>(c));
    EXPECT_EQ(record_with_id(one), expected_record(one)) << "byte " << c;
    // Inside and at both ends of a run longer than the writer's eight-byte stride.
    const std::string long_one = "abcdefghij" + one + "klmnopqrstu" + one;
    EXPECT_EQ(record_with_id(long_one), expected_record(long_one)) << "byte " << c;
  }
}

TEST(RecordWriter, RandomUtf8StringsAreWrittenAsBoostJsonWritesThem) {
  const std::vector<std::string> pieces = {"a", "Z", " ", "\"", "\\", "\n", "\r", "\t", "\b", "\f", "\x01", "\x1f",
                                           "\x7f", "/", "'", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80",
                                           "\xE2\x80\xA8", "plain words ", "0123456789"};
  std::mt19937 rng(19);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 60);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (int k = length(rng); k > 0; --k) s += pieces[pick(rng)];
    ASSERT_EQ(record_with_id(s), expected_record(s)) << s;
  }
}

TEST(RecordWriter, InvalidUtf8BecomesReplacementCharacters) {
  EXPECT_EQ(record_with_id("a\xFF\"b"), expected_record("a\xEF\xBF\xBD\"b"));
}

// A long string (a quotation's text) goes 32 bytes at a time where the CPU has AVX2: a byte to escape,
// and an invalid byte (which must be found to be repaired), at every place of a run of three blocks and
// more, before and after each other.
TEST(RecordWriter, LongStringsWithAnEscapeAndAnInvalidByteAtEveryPlace) {
  for (size_t at = 0; at < 100; ++at) {
    for (const char special : {'"', '\\', '\n', '\x01'}) {
      std::string s(100, 'w');
      s[at] = special;
      ASSERT_EQ(record_with_id(s), expected_record(s)) << at << " " << int(special);
      std::string bad = s;
      const size_t invalid = (at * 37 + 11) % 100;
      if (invalid == at) continue;
      bad[invalid] = '\xFF';
      std::string repaired = s;
      repaired.replace(invalid, 1, "\xEF\xBF\xBD");
      ASSERT_EQ(record_with_id(bad), expected_record(repaired)) << at << " " << invalid;
    }
  }
}

}  // namespace
