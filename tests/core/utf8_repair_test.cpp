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
