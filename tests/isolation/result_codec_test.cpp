// A Result through the bytes a worker sends its supervisor (src/isolation/result_codec.hpp) and back:
// every field and every kind of attribute value survives, the original text is left to the supervisor,
// and bytes cut short are refused rather than read past.
#include "isolation/result_codec.hpp"
#include "isolation/wire.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>

namespace {
using namespace textchain;

Result sample() {
  Result r;
  r.id = "doc-7";
  r.date = "2025-09-26";
  r.original_text = "not sent";
  r.text = std::string("rewritten \0 text", 16);
  Annotation a;
  a.id = 3;
  a.type = "quote";
  a.plugin = "quotes";
  a.begin = 5;
  a.end = 4000000000ull;
  a.attributes = {{"none", nullptr},
                  {"yes", true},
                  {"no", false},
                  {"count", int64_t{-42}},
                  {"min", std::numeric_limits<int64_t>::min()},
                  {"score", 0.125},
                  {"nan", std::numeric_limits<double>::quiet_NaN()},
                  {"speaker", std::string("Sullivan")},
                  {"empty", std::string()},
                  {"cues", std::vector<std::string>{"said", "", "told"}},
                  {"no cues", std::vector<std::string>{}}};
  a.links = {{"speaker", 9}, {"cue", 10}};
  r.annotations = {a, Annotation{}};
  r.edits = {AppliedEdit{"cleanup", "mojibake", 1, 3, "\xc3\xa9", "é"}};
  r.diagnostics = {{Diagnostic::Level::warning, "", "invalid UTF-8"}, {Diagnostic::Level::error, "dates", "failed"}};
  return r;
}

std::string encoded(const Result& r) {
  isolation::FrameBuilder f('O');
  isolation::encode_result(f, r);
  std::string frame = f.finish();
  return frame.substr(sizeof(uint64_t));  // the payload: kind and fields
}

TEST(ResultCodec, EveryFieldSurvives) {
  const Result in = sample();
  const std::string payload = encoded(in);
  isolation::FrameParser p(payload);
  Result out;
  ASSERT_TRUE(isolation::decode_result(p, out));
  EXPECT_EQ(out.id, in.id);
  EXPECT_EQ(out.date, in.date);
  EXPECT_EQ(out.original_text, "") << "the supervisor puts the text back; it is not sent";
  EXPECT_EQ(out.text, in.text);
  ASSERT_EQ(out.annotations.size(), 2u);
  const Annotation& a = out.annotations[0];
  const Annotation& b = in.annotations[0];
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.type, b.type);
  EXPECT_EQ(a.plugin, b.plugin);
  EXPECT_EQ(a.begin, b.begin);
  EXPECT_EQ(a.end, b.end);
  ASSERT_EQ(a.attributes.size(), b.attributes.size());
  for (size_t i = 0; i < a.attributes.size(); ++i) {
    EXPECT_EQ(a.attributes[i].key, b.attributes[i].key);
    EXPECT_EQ(a.attributes[i].value.index(), b.attributes[i].value.index()) << a.attributes[i].key;
    if (a.attributes[i].key != "nan") {
      EXPECT_EQ(a.attributes[i].value, b.attributes[i].value) << a.attributes[i].key;
    }
  }
  EXPECT_TRUE(std::isnan(std::get<double>(*a.find("nan"))));
  ASSERT_EQ(a.links.size(), 2u);
  EXPECT_EQ(a.links[1].role, "cue");
  EXPECT_EQ(a.links[1].target, 10u);
  EXPECT_EQ(out.annotations[1].type, "");
  ASSERT_EQ(out.edits.size(), 1u);
  EXPECT_EQ(out.edits[0].plugin, "cleanup");
  EXPECT_EQ(out.edits[0].rule, "mojibake");
  EXPECT_EQ(out.edits[0].original_begin, 1u);
  EXPECT_EQ(out.edits[0].original_end, 3u);
  EXPECT_EQ(out.edits[0].original, "\xc3\xa9");
  EXPECT_EQ(out.edits[0].replacement, "é");
  ASSERT_EQ(out.diagnostics.size(), 2u);
  EXPECT_EQ(out.diagnostics[0].level, Diagnostic::Level::warning);
  EXPECT_EQ(out.diagnostics[1].level, Diagnostic::Level::error);
  EXPECT_EQ(out.diagnostics[1].plugin, "dates");
  EXPECT_EQ(out.diagnostics[1].message, "failed");
  EXPECT_FALSE(out.ok());
}

TEST(ResultCodec, NoRewriteStaysAbsent) {
  Result in;
  in.id = "1";
  const std::string payload = encoded(in);
  isolation::FrameParser p(payload);
  Result out;
  ASSERT_TRUE(isolation::decode_result(p, out));
  EXPECT_FALSE(out.text.has_value());
  EXPECT_TRUE(out.ok());
}

// Every prefix of a frame is refused: a worker that died mid-write, or bytes that are not a frame.
TEST(ResultCodec, ShortBytesAreRefused) {
  const std::string payload = encoded(sample());
  for (size_t n = 0; n < payload.size(); ++n) {
    isolation::FrameParser p(std::string_view(payload).substr(0, n));
    Result out;
    EXPECT_FALSE(isolation::decode_result(p, out)) << n << " of " << payload.size() << " bytes";
  }
}

}  // namespace

// A frame's length is 64 bits: a frame of 4 GiB or more is not cut to its length modulo 2^32. Checked on
// the header (a 4 GiB string is too much for a unit test): a length above 2^32 is read back whole, and a
// buffer shorter than it is no frame yet.
TEST(Wire, FrameLengthIs64Bits) {
  std::string frame = textchain::isolation::FrameBuilder('T').u64(7).finish();
  ASSERT_EQ(frame.size(), sizeof(uint64_t) + 1 + sizeof(uint64_t));
  std::string_view payload;
  size_t consumed = 0;
  ASSERT_TRUE(textchain::isolation::next_frame(frame, payload, consumed));
  EXPECT_EQ(consumed, frame.size());
  EXPECT_EQ(payload.front(), 'T');
  const uint64_t huge = (uint64_t{1} << 32) + 9;  // 9 modulo 2^32: the whole payload above, if cut
  std::memcpy(frame.data(), &huge, sizeof huge);
  EXPECT_FALSE(textchain::isolation::next_frame(frame, payload, consumed));
}
