// The document view of `textchain run --format html`, from hand-made results: highlights with their
// annotation numbers, role spans linked both ways, errors before the text, edits before/after, and
// hostile ids, types, attributes and messages rendered as text.
#include "html/run_page.hpp"

#include <gtest/gtest.h>

namespace {

using textchain::Annotation;
using textchain::Diagnostic;
using textchain::Result;
using textchain::html::RunPage;

size_t count(const std::string& s, std::string_view what) {
  size_t n = 0;
  for (size_t i = s.find(what); i != std::string::npos; i = s.find(what, i + 1)) ++n;
  return n;
}

Result quote_result() {
  Result r;
  r.original_text = "\"We will win,\" she said on Monday.";
  Annotation q;
  q.id = 1;
  q.type = "quote";
  q.plugin = "quotes";
  q.begin = 0;
  q.end = 14;
  q.attributes = {{"kind", std::string("direct")}, {"speaker", std::string("Ann Lee")},
                  {"speaker_begin", int64_t{15}}, {"speaker_end", int64_t{18}}};
  Annotation d;
  d.id = 2;
  d.type = "date";
  d.plugin = "dates";
  d.begin = 27;
  d.end = 33;
  d.attributes = {{"value", std::string("2025-09-29")}};
  d.links = {{"said_in", 1}};
  r.annotations = {q, d};
  return r;
}

TEST(RunPage, EveryAnnotationIsHighlightedWithItsNumberAndLabel) {
  textchain::io::InputDocument in;
  in.id_text = "doc.txt";
  const Result r = quote_result();
  const std::string s = RunPage::document(in, &r, 7).section;
  EXPECT_NE(s.find("id=\"d7\""), std::string::npos);
  EXPECT_NE(s.find("<mark id=\"d7-a0\" class=\"a c1\" data-a=\"0\" data-t=\"quote\""), std::string::npos);
  EXPECT_NE(s.find("<mark id=\"d7-a1\" class=\"a c0\" data-a=\"1\" data-t=\"date\""), std::string::npos);
  // The date's text is inside its mark, its label (type and value) right after.
  EXPECT_NE(s.find("title=\"date [27, 33) by dates\nvalue: 2025-09-29\nsaid_in → annotation id 1\">Monday</mark>"
                   "<i class=\"l c0\" data-l=\"date 2025-09-29\"></i>"),
            std::string::npos);
  EXPECT_EQ(count(s, "<mark"), count(s, "</mark>"));
  // The legend names both types.
  EXPECT_NE(s.find("<b>quote</b> 1"), std::string::npos);
  EXPECT_NE(s.find("<b>date</b> 1"), std::string::npos);
}

TEST(RunPage, QuoteAndSpeakerMentionLinkToEachOther) {
  textchain::io::InputDocument in;
  in.id_text = "doc.txt";
  const Result r = quote_result();
  const std::string s = RunPage::document(in, &r, 1).section;
  // The mention is highlighted as the quote's speaker and links back to the quote.
  EXPECT_NE(s.find("<mark id=\"d1-a0-speaker\" class=\"r c2\" data-of=\"0\" data-role=\"speaker\""), std::string::npos);
  EXPECT_NE(s.find(">she</mark><a href=\"#d1-a0\" class=\"l c2\" data-l=\"speaker ↩\"></a>"), std::string::npos);
  // The quote's label names the speaker and links to the mention.
  EXPECT_NE(s.find("<a href=\"#d1-a0-speaker\" class=\"l c1\" data-l=\"quote → Ann Lee\"></a>"), std::string::npos);
  // A link between annotations points at the other annotation in the table.
  EXPECT_NE(s.find("<b>said_in</b> → <a href=\"#d1-a0\">#0</a>"), std::string::npos);
}

TEST(RunPage, ErrorsComeBeforeTheTextAndEditsShowBeforeAndAfter) {
  textchain::io::InputDocument in;
  in.id_text = "doc.txt";
  Result r;
  r.original_text = "Hello  world";
  r.text = "Hello world";
  r.edits = {{"cleanup", "double_space", 5, 7, "  ", " "}};
  r.diagnostics = {{Diagnostic::Level::error, "dates", "threw: boom"}, {Diagnostic::Level::warning, "", "odd"}};
  const std::string s = RunPage::document(in, &r, 2).section;
  const size_t error = s.find("<li class=\"error\"><strong>error</strong> (dates): threw: boom</li>");
  const size_t warning = s.find("<li class=\"warning\"><strong>warning</strong>: odd</li>");
  const size_t text = s.find("<div class=\"text\">");
  ASSERT_NE(error, std::string::npos);
  ASSERT_NE(warning, std::string::npos);
  EXPECT_LT(error, warning);
  EXPECT_LT(warning, text);
  EXPECT_NE(s.find("<td class=\"t\">Hello<del>  </del>world</td><td class=\"t\">Hello<ins> </ins>world</td>"
                   "<td>cleanup: double_space</td>"),
            std::string::npos);
  EXPECT_NE(s.find("The text after rewriting"), std::string::npos);
  const std::string e = RunPage::document(in, &r, 2).index_entry;
  EXPECT_NE(e.find("<span class=\"bad\">1</span>"), std::string::npos);
}

TEST(RunPage, HostileIdTypeAttributesAndMessagesStayText) {
  textchain::io::InputDocument in;
  in.id_text = "<img src=x onerror=alert(1)>";
  in.warnings = {"</script><script>alert(2)</script>"};
  Result r;
  r.original_text = "<script>alert(3)</script> \xEF\xBF\xBD";
  Annotation a;
  a.type = "\"><svg onload=alert(4)>";
  a.plugin = "evil";
  a.begin = 0;
  a.end = 8;
  a.attributes = {{"x\" onmouseover=\"alert(5)", std::string("<b onclick=alert(6)>")}};
  r.annotations = {a};
  r.diagnostics = {{Diagnostic::Level::error, "<i>", "<iframe src=javascript:alert(7)>"}};
  const std::string s = RunPage::document(in, &r, 1).section + RunPage::document(in, &r, 1).index_entry;
  for (std::string_view bad : {"<img", "<script", "</script", "<svg", "<b onclick", "<iframe", "<i>", "\" onmouseover"})
    EXPECT_EQ(s.find(bad), std::string::npos) << bad;
  EXPECT_NE(s.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  EXPECT_NE(s.find("<mark id=\"d1-a0\" class=\"a "), std::string::npos);
}

TEST(RunPage, AnUnreadableDocumentShowsItsError) {
  textchain::io::InputDocument in;
  in.id_text = "3";
  in.error = "line 3 is not JSON";
  const std::string s = RunPage::document(in, nullptr, 3).section;
  EXPECT_NE(s.find("<li class=\"error\"><strong>error</strong>: line 3 is not JSON</li>"), std::string::npos);
  EXPECT_EQ(s.find("class=\"text\""), std::string::npos);
}

TEST(RunPage, TheTailIndexesEveryDocumentAndClosesThePage) {
  RunPage page;
  const std::string head = page.head();
  EXPECT_EQ(head.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(head.find("Content-Security-Policy\" content=\"default-src 'none'"), std::string::npos);
  EXPECT_EQ(head.find("<script"), std::string::npos);
  page.add_to_index("<tr>a</tr>");
  page.add_to_index("<tr>b</tr>");
  const std::string tail = page.tail();
  EXPECT_NE(tail.find("2 documents"), std::string::npos);
  EXPECT_NE(tail.find("<tr>a</tr><tr>b</tr>"), std::string::npos);
  EXPECT_EQ(tail.substr(tail.size() - 8), "</html>\n");
}

}  // namespace
