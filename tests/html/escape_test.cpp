// Escaping is the security boundary of the HTML views: nothing a document holds may become markup.
#include "html/html_escape.hpp"

#include "document/utf8_repair.hpp"

#include <gtest/gtest.h>

namespace {

using textchain::html::escaped;

TEST(HtmlEscape, MarkupCharactersBecomeReferences) {
  EXPECT_EQ(escaped("</script><script>alert(1)</script>"),
            "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
  EXPECT_EQ(escaped("<img src=x onerror=\"alert('x')\">"),
            "&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;");
  EXPECT_EQ(escaped("AT&amp;T"), "AT&amp;amp;T");
}

TEST(HtmlEscape, NothingLeftThatOpensAnElementOrLeavesAnAttribute) {
  std::string all;
  for (int c = 0; c < 256; ++c) all.push_back(static_cast<char>(c));
  const std::string out = escaped(all + all);
  EXPECT_EQ(out.find('<'), std::string::npos);
  EXPECT_EQ(out.find('>'), std::string::npos);
  EXPECT_EQ(out.find('"'), std::string::npos);
  EXPECT_EQ(out.find('\''), std::string::npos);
  EXPECT_EQ(out.find('\0'), std::string::npos);
  EXPECT_TRUE(textchain::document::is_valid_utf8(out));
}

TEST(HtmlEscape, InvalidUtf8AndNulBecomeReplacementCharacters) {
  // A lone continuation byte, a truncated sequence, an overlong form, a surrogate, then NUL.
  EXPECT_EQ(escaped("a\x80" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(escaped("c\xE2\x82"), "c\xEF\xBF\xBD");
  EXPECT_EQ(escaped("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(escaped("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(escaped(std::string("x\0y", 3)), "x\xEF\xBF\xBDy");
}

TEST(HtmlEscape, ValidTextIsCopiedAsIs) {
  const std::string text = "Zakharova: «Очень» — 東京 😀 tab\there\r\nline";
  EXPECT_EQ(escaped(text), text);
}

}  // namespace
