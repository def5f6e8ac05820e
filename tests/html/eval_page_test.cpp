// The evaluation report marks each span by what scoring made of it, from the scorers' own results.
#include "html/eval_page.hpp"

#include <gtest/gtest.h>

namespace {

using namespace textchain::eval;
using textchain::html::EvalReport;

std::string mark_of(const std::string& page, std::string_view side, size_t begin, size_t end) {
  const std::string key = std::string("data-side=\"") + std::string(side) + "\"";
  const std::string be = "data-b=\"" + std::to_string(begin) + "\" data-e=\"" + std::to_string(end) + "\"";
  for (size_t i = page.find("<mark"); i != std::string::npos; i = page.find("<mark", i + 1)) {
    const std::string tag = page.substr(i, page.find('>', i) - i);
    if (tag.find(key) != std::string::npos && tag.find(be) != std::string::npos) return tag;
  }
  return {};
}

TEST(EvalPage, MissesFalsePositivesAndWrongValuesAreMarkedDifferently) {
  // "On Monday and Tuesday, \"We won,\" said Ann. Later \"More,\" Bob said."
  const std::string text = "On Monday and Tuesday, \"We won,\" said Ann. Later \"More,\" Bob said.";
  TimexDocument d;
  d.id = "<doc onload=x>";
  d.gold = {{3, 9, "DATE", "2025-09-29", "", true, ""}, {14, 21, "DATE", "2025-09-30", "", true, ""}};
  d.system = {{3, 9, "DATE", "2025-09-22", "", true, ""}, {43, 48, "DATE", "FUTURE_REF", "", true, ""}};
  std::vector<TimexDocument> dates{d};
  const TimexScore ts = score_timex(dates);

  GoldQuoteDoc g;
  g.id = d.id;
  g.quotes = {{23, 32, "direct", {"Ann"}, std::nullopt, true}, {49, 56, "direct", {"Bob"}, std::nullopt, true}};
  SystemQuoteDoc s;
  s.id = d.id;
  s.quotes = {{23, 32, "direct", std::string("Bob"), std::nullopt}};
  std::vector<GoldQuoteDoc> gold_quotes{g};
  std::vector<SystemQuoteDoc> system_quotes{s};
  const QuoteScores qs = score_quotes(gold_quotes, system_quotes);

  const std::map<std::string, const std::string*, std::less<>> texts{{d.id, &text}};
  EvalReport r;
  r.gold_files = {"gold.jsonl"};
  r.steps = {"dates", "quotes"};
  r.document_ids = {d.id};
  r.texts = &texts;
  r.dates = &dates;
  r.date_score = &ts;
  r.gold_quotes = &gold_quotes;
  r.system_quotes = &system_quotes;
  r.quote_score = &qs;
  const std::string page = textchain::html::eval_page(r);

  EXPECT_NE(mark_of(page, "gold", 3, 9).find("data-status=\"wrong\""), std::string::npos);
  EXPECT_NE(mark_of(page, "system", 3, 9).find("data-status=\"wrong\""), std::string::npos);
  EXPECT_NE(mark_of(page, "system", 3, 9).find("expected DATE 2025-09-29, got DATE 2025-09-22"), std::string::npos);
  EXPECT_NE(mark_of(page, "gold", 14, 21).find("data-status=\"miss\""), std::string::npos);
  EXPECT_NE(mark_of(page, "system", 43, 48).find("data-status=\"fp\""), std::string::npos);
  EXPECT_NE(mark_of(page, "gold", 23, 32).find("wrong speaker: expected Ann, got Bob"), std::string::npos);
  EXPECT_NE(mark_of(page, "system", 23, 32).find("data-status=\"wrong\""), std::string::npos);
  EXPECT_NE(mark_of(page, "gold", 49, 56).find("data-status=\"miss\""), std::string::npos);
  // Scores, one chart per type, the filter, and the document flagged for it.
  EXPECT_NE(page.find("<td>quotes span</td>"), std::string::npos);
  EXPECT_NE(page.find("<figcaption>dates</figcaption><svg"), std::string::npos);
  EXPECT_NE(page.find("<figcaption>quotes</figcaption><svg"), std::string::npos);
  EXPECT_NE(page.find("<input type=\"checkbox\" id=\"only-errors\">"), std::string::npos);
  EXPECT_NE(page.find("<section class=\"doc has-errors\""), std::string::npos);
  // The hostile id is text.
  EXPECT_EQ(page.find("<doc onload"), std::string::npos);
  EXPECT_NE(page.find("&lt;doc onload=x&gt;"), std::string::npos);
  EXPECT_EQ(page.find("<script"), std::string::npos);
}

TEST(EvalPage, ADocumentWithoutMistakesIsNotFlagged) {
  const std::string text = "On Monday.";
  TimexDocument d;
  d.id = "a";
  d.gold = {{3, 9, "DATE", "2025-09-29", "", true, ""}};
  d.system = d.gold;
  std::vector<TimexDocument> dates{d};
  const TimexScore ts = score_timex(dates);
  const std::map<std::string, const std::string*, std::less<>> texts{{d.id, &text}};
  EvalReport r;
  r.document_ids = {"a"};
  r.texts = &texts;
  r.dates = &dates;
  r.date_score = &ts;
  const std::string page = textchain::html::eval_page(r);
  EXPECT_EQ(page.find("class=\"doc has-errors\""), std::string::npos);
  EXPECT_NE(page.find("<section class=\"doc\""), std::string::npos);
  EXPECT_NE(page.find("data-status=\"ok\""), std::string::npos);
}

}  // namespace
