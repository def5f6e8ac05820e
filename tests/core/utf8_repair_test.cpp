#include "document/utf8_repair.hpp"

#include <gtest/gtest.h>

using namespace textchain::document;

TEST(Utf8Repair, ValidTextHasNoEdits) {
  std::vector<TextEdit> edits;
  EXPECT_EQ(find_invalid_utf8("Zakharova said \xE2\x80\x9CNo\xE2\x80\x9D \xF0\x9F\x98\x80 \xD0\x96", edits), 0u);
  EXPECT_TRUE(edits.empty());
  EXPECT_TRUE(is_valid_utf8(""));
}

TEST(Utf8Repair, MaximalSubpartsBecomeOneReplacementEach) {
  // A lone continuation byte, a truncated 3-byte sequence, an overlong C0, a surrogate ED A0.
  std::string s = "a\x80" "b\xE2\x80" "c\xC0\xAF" "d\xED\xA0\x80";
  std::vector<TextEdit> edits;
  find_invalid_utf8(s, edits);
  EXPECT_EQ(to_valid_utf8(s), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD\xEF\xBF\xBD" "d\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_TRUE(is_valid_utf8(to_valid_utf8(s)));
  EXPECT_FALSE(is_valid_utf8(s));
}

TEST(Utf8Repair, TruncatedAtEnd) {
  EXPECT_EQ(to_valid_utf8("ok\xF0\x9F\x98"), "ok\xEF\xBF\xBD");
  EXPECT_EQ(to_valid_utf8(std::string("\0x", 2)), std::string("\0x", 2));  // NUL is valid UTF-8
}

// The ASCII runs are skipped a block at a time: an invalid byte, or a valid sequence, is found at every
// place in a block and across blocks, in texts of every length around the block sizes (8, 16 and 64 bytes).
TEST(Utf8Repair, EveryPlaceInAnAsciiRunIsLookedAt) {
  EXPECT_TRUE(is_valid_utf8(std::string_view()));
  for (size_t size = 1; size <= 140; ++size) {
    for (size_t at = 0; at < size; ++at) {
      std::string bad(size, 'a');
      bad[at] = '\xFF';
      std::vector<TextEdit> edits;
      EXPECT_EQ(find_invalid_utf8(bad, edits), 1u) << size << " " << at;
      ASSERT_EQ(edits.size(), 1u) << size << " " << at;
      EXPECT_EQ(edits[0].begin, at);
      EXPECT_EQ(edits[0].end, at + 1);
      EXPECT_FALSE(is_valid_utf8(bad)) << size << " " << at;
      if (at + 3 <= size) {
        std::string good(size, 'a');
        good.replace(at, 3, "\xE2\x80\x9C");  // a curly quote
        std::vector<TextEdit> none;
        EXPECT_EQ(find_invalid_utf8(good, none), 0u) << size << " " << at;
        EXPECT_TRUE(is_valid_utf8(good)) << size << " " << at;
        good[at + 2] = 'a';  // cut after its second byte: one replacement for the two
        std::vector<TextEdit> one;
        EXPECT_EQ(find_invalid_utf8(good, one), 2u) << size << " " << at;
        ASSERT_EQ(one.size(), 1u);
        EXPECT_EQ(one[0].begin, at);
        EXPECT_EQ(one[0].end, at + 2);
      }
      // A valid sequence then, further on, an invalid byte: the search goes on past the sequence.
      for (size_t later = at + 3; later < size; ++later) {
        std::string both(size, 'a');
        both.replace(at, 3, "\xE2\x80\x9C");
        both[later] = '\xFF';
        std::vector<TextEdit> one;
        EXPECT_EQ(find_invalid_utf8(both, one), 1u) << size << " " << at << " " << later;
        ASSERT_EQ(one.size(), 1u);
        EXPECT_EQ(one[0].begin, later);
      }
    }
  }
}
