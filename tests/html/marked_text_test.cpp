// Highlights that nest, cross, are empty or fall outside the text still make well-formed markup in which
// every byte of a span is inside one of its pieces.
#include "html/marked_text.hpp"

#include <gtest/gtest.h>

namespace {

using textchain::html::append_marked_text;
using textchain::html::MarkedSpan;

// Spans named by one letter: start tag "<x id>", later pieces "<x>", label "{x}"; their tags go to `tags`.
std::string tags;
MarkedSpan span(size_t b, size_t e, const std::string& name) {
  MarkedSpan s;
  s.begin = b;
  s.end = e;
  s.open = tags.size();
  tags += "<" + name;
  s.id_begin = tags.size();
  tags += " id";
  s.id_end = tags.size();
  tags += ">";
  s.after = tags.size();
  tags += "{" + name + "}";
  s.after_end = tags.size();
  s.close = "</m>";
  return s;
}

std::string marked(std::string_view text, const std::vector<MarkedSpan>& spans, size_t* left_out = nullptr) {
  std::string out;
  const size_t n = append_marked_text(out, text, spans, tags);
  if (left_out) *left_out = n;
  return out;
}

TEST(MarkedText, NestedSpansNestLongestOutside) {
  EXPECT_EQ(marked("on Saturday morning", {span(3, 11, "d"), span(0, 19, "q")}),
            "<q id>on <d id>Saturday</m>{d} morning</m>{q}");
}

TEST(MarkedText, CrossingSpansAreSplitIntoPieces) {
  // [0,6) and [3,9) cross: the first is closed at 6 inside the second's first piece, which reopens.
  EXPECT_EQ(marked("abcdefghij", {span(0, 6, "a"), span(3, 9, "b")}),
            "<a id>abc<b id>def</m></m>{a}<b>ghi</m>{b}j");
}

TEST(MarkedText, SameSpanTwiceNestsAndEmptySpansStayEmpty) {
  EXPECT_EQ(marked("she said", {span(0, 3, "x"), span(0, 3, "y"), span(4, 4, "z")}),
            "<x id><y id>she</m>{y}</m>{x} <z id></m>{z}said");
}

TEST(MarkedText, SpansOutsideTheTextAreLeftOutAndCounted) {
  size_t left_out = 0;
  EXPECT_EQ(marked("abc", {span(1, 9, "a"), span(2, 1, "b"), span(0, 1, "c")}, &left_out), "<c id>a</m>{c}bc");
  EXPECT_EQ(left_out, 2u);
}

TEST(MarkedText, OffsetsInsideACharacterMoveToItsEndAndTextIsEscaped) {
  // "é" is two bytes: an end at byte 2 (inside it) moves to 3.
  EXPECT_EQ(marked("<é>", {span(0, 2, "a")}), "<a id>&lt;é</m>{a}&gt;");
}

TEST(MarkedText, ManyCrossingSpansStayBalanced) {
  std::string text(200, 'x');
  std::vector<MarkedSpan> spans;
  for (size_t i = 0; i < 40; ++i) spans.push_back(span(i * 3, i * 3 + 17, "s"));
  const std::string out = marked(text, spans);
  size_t opens = 0, closes = 0, xs = 0;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out.compare(i, 2, "<s") == 0) ++opens;
    if (out.compare(i, 4, "</m>") == 0) ++closes;
    if (out[i] == 'x') ++xs;
  }
  EXPECT_EQ(opens, closes);
  EXPECT_EQ(xs, 200u);
}

}  // namespace
