// `textchain run --format html` end to end: one page however many documents and threads, a section per
// document in input order, an unreadable line shown as an error, the exit status of the JSON output.
#include "../support/textchain_command.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace {

namespace fs = std::filesystem;

size_t count(const std::string& s, std::string_view what) {
  size_t n = 0;
  for (size_t i = s.find(what); i != std::string::npos; i = s.find(what, i + 1)) ++n;
  return n;
}

TEST(HtmlCommand, OnePageASectionPerDocumentAnErrorShownTheSameWithThreads) {
  if (!textchain_test::have_plugin("dates")) GTEST_SKIP() << "plugins not built";
  const fs::path dir = fs::temp_directory_path() / ("textchain_html_cmd_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path jsonl = dir / "in.jsonl";
  {
    std::ofstream f(jsonl, std::ios::binary);
    for (int i = 0; i < 30; ++i)
      f << "{\"id\": \"doc " << i << " <b>\", \"text\": \"On Monday, September 29, 2025 it rained.\"}\n";
    f << "{\"id\": \"broken\", \"text\": \n";
  }
  const auto one = textchain_test::run("run --steps dates --format html '" + jsonl.string() + "'");
  const auto two = textchain_test::run("run --steps dates --format html -j 2 '" + jsonl.string() + "'");
  fs::remove_all(dir);
  EXPECT_EQ(one.status, 1) << "a document had an error";
  EXPECT_EQ(one.out, two.out) << "the page does not depend on the number of threads";
  const std::string& page = one.out;
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_EQ(count(page, "<!DOCTYPE"), 1u);
  EXPECT_EQ(page.substr(page.size() - 8), "</html>\n");
  EXPECT_EQ(count(page, "<section class=\"doc\""), 31u);
  EXPECT_EQ(count(page, "<mark id="), 30u) << "the date of each of 30 documents";
  // Sections in input order, then the index listing all of them.
  EXPECT_LT(page.find("id=\"d1\""), page.find("id=\"d2\""));
  EXPECT_LT(page.find("id=\"d30\""), page.find("id=\"d31\""));
  EXPECT_EQ(count(page.substr(page.find("<nav id=\"index\"")), "<tr><td class=\"num\">"), 31u);
  EXPECT_NE(page.find("31 documents"), std::string::npos);
  EXPECT_EQ(page.find("<b>\""), std::string::npos) << "ids are escaped";
  const size_t last = page.find("id=\"d31\"");
  EXPECT_NE(page.find("<li class=\"error\"><strong>error</strong>: ", last), std::string::npos);
}

TEST(HtmlCommand, EvalWritesItsReportBesideTheScores) {
  if (!textchain_test::have_plugin("dates") || !textchain_test::have_plugin("quotes")) GTEST_SKIP() << "plugins not built";
  const fs::path report = fs::temp_directory_path() / ("textchain_eval_" + std::to_string(::getpid()) + ".html");
  const std::string data = TEXTCHAIN_SOURCE_DIR "/tests/eval/data";
  const auto r = textchain_test::run("eval --gold '" + data + "/gold/dates.jsonl' --gold '" + data +
                                     "/gold/quotes.jsonl' --json --html '" + report.string() + "' '" + data +
                                     "/seeds/'*.txt");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind("{", 0), 0u) << "the JSON scores are still printed";
  std::ifstream f(report, std::ios::binary);
  const std::string page((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  fs::remove(report);
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_EQ(count(page, "<section class=\"doc"), 4u);
  EXPECT_EQ(count(page, "<figcaption>"), 2u) << "a chart for dates and one for quotes";
  EXPECT_EQ(count(page, "data-status=\"fp\""), 0u) << "the sample has no false positive (quotes attributes no scare quote)";
  const auto bad = textchain_test::run("eval --gold '" + data + "/gold/dates.jsonl' --steps dates --html /nonexistent/dir/r.html '" +
                                       data + "/seeds/'*.txt");
  EXPECT_EQ(bad.status, 2) << "a report that cannot be written is an error";
}

}  // namespace
