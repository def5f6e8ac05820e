// From a chain's result to the scorers: the annotations are read as the scorers expect, and the figures
// `textchain eval` prints follow from hand-computed cases (a partial overlap, an unaligned system span, an
// optional gold item, a surname-only speaker, a quote over a scare span).
#include "eval/quote_scorer.hpp"
#include "eval/system_annotations.hpp"
#include "eval/timex_scorer.hpp"

#include <textchain/host.hpp>

#include <gtest/gtest.h>

using namespace textchain;
using namespace textchain::eval;

namespace {

Annotation date(size_t b, size_t e, std::string type, std::string value, std::string mod = {}) {
  Annotation a;
  a.type = "date";
  a.plugin = "dates";
  a.begin = b;
  a.end = e;
  a.attributes = {{"timex_type", std::move(type)}, {"value", std::move(value)}};
  if (!mod.empty()) a.attributes.push_back({"mod", std::move(mod)});
  return a;
}

Annotation quote(size_t b, size_t e, std::string kind, std::optional<std::string> speaker) {
  Annotation a;
  a.type = "quote";
  a.plugin = "quotes";
  a.begin = b;
  a.end = e;
  a.attributes.push_back({"kind", std::move(kind)});
  if (speaker) a.attributes.push_back({"speaker", *speaker});
  else a.attributes.push_back({"speaker", nullptr});
  a.attributes.push_back({"cue", std::string("said")});
  return a;
}

TimexItem gold_date(size_t b, size_t e, std::string type, std::string value, bool required = true) {
  TimexItem t;
  t.begin = b;
  t.end = e;
  t.timex_type = std::move(type);
  t.value = std::move(value);
  t.required = required;
  return t;
}

GoldQuote gold_quote(size_t b, size_t e, std::string kind, std::vector<std::string> speakers) {
  GoldQuote q;
  q.begin = b;
  q.end = e;
  q.kind = std::move(kind);
  q.speakers = std::move(speakers);
  return q;
}

}  // namespace

TEST(SystemAnnotations, DatesCarryTypeValueModAndOriginalText) {
  Result r;
  r.original_text = "On Monday it rained.";
  r.annotations.push_back(date(3, 9, "DATE", "2025-09-22", "START"));
  r.annotations.push_back(quote(0, 2, "direct", std::nullopt));
  const auto dates = system_dates(r);
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].begin, 3u);
  EXPECT_EQ(dates[0].end, 9u);
  EXPECT_EQ(dates[0].timex_type, "DATE");
  EXPECT_EQ(dates[0].value, "2025-09-22");
  EXPECT_EQ(dates[0].mod, "START");
  EXPECT_EQ(dates[0].text, "Monday");
}

TEST(SystemAnnotations, QuotesCarryKindSpeakerAndCue) {
  Result r;
  r.annotations.push_back(quote(0, 10, "direct", std::string("Sergey Lavrov")));
  r.annotations.push_back(quote(20, 30, "partial", std::nullopt));
  r.annotations.push_back(date(3, 9, "DATE", "2025"));
  const SystemQuoteDoc d = system_quotes(r, "doc");
  EXPECT_EQ(d.id, "doc");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].kind, "direct");
  EXPECT_EQ(d.quotes[0].speaker, std::optional<std::string>("Sergey Lavrov"));
  EXPECT_EQ(d.quotes[0].cue, std::optional<std::string>("said"));
  EXPECT_FALSE(d.quotes[1].speaker.has_value());  // null speaker: nobody named
}

TEST(ScoringWiring, DatesHandComputed) {
  Result r;
  r.annotations.push_back(date(3, 9, "DATE", "2025-09-22"));        // exact span, right value
  r.annotations.push_back(date(11, 23, "DATE", "2025-09-23"));      // partial overlap, wrong value
  r.annotations.push_back(date(39, 47, "DURATION", "P80Y"));        // on an optional gold item
  r.annotations.push_back(date(50, 55, "DATE", "2025-09-29"));      // overlaps no gold: false positive
  TimexDocument doc;
  doc.id = "d";
  doc.gold = {gold_date(3, 9, "DATE", "2025-09-22"), gold_date(11, 29, "DATE", "2025-09-23/2025-09-27"),
              gold_date(39, 47, "DURATION", "P80Y", false)};
  doc.system = system_dates(r);
  const TimexScore s = score_timex({doc});
  EXPECT_EQ(s.gold, 2u);    // the optional item does not count
  EXPECT_EQ(s.system, 3u);  // nor does the system item aligned to it
  EXPECT_NEAR(s.strict.precision, 1.0 / 3, 1e-9);
  EXPECT_NEAR(s.strict.recall, 1.0 / 2, 1e-9);
  EXPECT_NEAR(s.relaxed.precision, 2.0 / 3, 1e-9);
  EXPECT_NEAR(s.relaxed.recall, 1.0, 1e-9);
  EXPECT_NEAR(s.relaxed.f1, 0.8, 1e-9);
  EXPECT_NEAR(s.value_accuracy, 0.5, 1e-9);
  EXPECT_NEAR(s.value_f1, 0.4, 1e-9);
  EXPECT_NEAR(s.type_f1, 0.8, 1e-9);
}

TEST(ScoringWiring, DatesPastAnnotatedEndAreNotScored) {
  Result r;
  r.annotations.push_back(date(3, 9, "DATE", "2025-09-22"));
  r.annotations.push_back(date(100, 106, "DATE", "2025-09-23"));  // after the annotated part
  TimexDocument doc;
  doc.id = "d";
  doc.gold = {gold_date(3, 9, "DATE", "2025-09-22")};
  doc.system = system_dates(r);
  doc.annotated_end = 100;
  const TimexScore s = score_timex({doc});
  EXPECT_EQ(s.system, 1u);
  EXPECT_NEAR(s.strict.f1, 1.0, 1e-9);
}

TEST(ScoringWiring, QuotesHandComputed) {
  Result r;
  r.annotations.push_back(quote(0, 18, "direct", std::string("Lavrov")));     // 18/20 overlap, surname only
  r.annotations.push_back(quote(35, 45, "partial", std::string("Mr Ryabkov")));  // 10/20 = 50%: a match
  r.annotations.push_back(quote(60, 70, "partial", std::nullopt));            // on a scare span, no speaker
  r.annotations.push_back(quote(80, 90, "direct", std::nullopt));             // nothing there
  GoldQuoteDoc g;
  g.id = "q";
  g.quotes = {gold_quote(0, 20, "direct", {"Sergey Lavrov", "Sergei Lavrov"}),
              gold_quote(30, 50, "partial", {"Maria Zakharova"}), gold_quote(60, 70, "scare", {})};
  const QuoteScores s = score_quotes({g}, {system_quotes(r, "q")});
  EXPECT_EQ(s.gold, 2u);
  EXPECT_EQ(s.system, 3u);
  EXPECT_EQ(s.matched, 2u);
  EXPECT_EQ(s.false_positives, 1u);
  EXPECT_EQ(s.ignored, 1u);
  EXPECT_EQ(s.speaker_right, 1u);
  EXPECT_NEAR(s.precision(), 2.0 / 3, 1e-9);
  EXPECT_NEAR(s.recall(), 1.0, 1e-9);
  EXPECT_NEAR(s.f1(), 0.8, 1e-9);
  EXPECT_NEAR(s.speaker_accuracy(), 0.5, 1e-9);
  EXPECT_NEAR(s.e2e_f1(), 0.4, 1e-9);
}
