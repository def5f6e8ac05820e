// Measures the quote engine on the news-dev set (120 Wikinews articles, hand-annotated quotations) when
// it is present beside the repository (../shared/data/news-dev). The data is third-party and is never
// copied into the repository: without it the test is skipped.
//
// Set TEXTCHAIN_QUOTES_ERRORS=1 to print every miss, false positive and wrong speaker.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>

namespace tq = textchain::quotes::testing;
namespace ev = textchain::eval;

TEST(QuotesDevSet, F1AndSpeakerAccuracy) {
  const std::filesystem::path dir = std::filesystem::path(TEXTCHAIN_SOURCE_DIR) / ".." / "shared" / "data" / "news-dev";
  if (!std::filesystem::exists(dir / "quotes.jsonl") || !std::filesystem::exists(dir / "input.jsonl"))
    GTEST_SKIP() << "news-dev not found at " << dir;
  std::vector<ev::GoldQuoteDoc> gold;
  std::vector<ev::SystemQuoteDoc> sys;
  std::unordered_map<std::string, std::string> texts;
  for (const auto& o : tq::read_jsonl(dir / "input.jsonl"))
    texts[std::string(o.at("id").as_string())] = std::string(o.at("text").as_string());
  for (const auto& o : tq::read_jsonl(dir / "quotes.jsonl")) {
    ev::GoldQuoteDoc g = tq::gold_doc_from_json(o);
    g.text = texts.at(g.id);
    sys.push_back(tq::system_doc(g.id, tq::run_engine(g.text)));
    gold.push_back(std::move(g));
  }
  const ev::QuoteScores s = ev::score_quotes(gold, sys);
  std::printf("news-dev quotes: gold %zu system %zu matched %zu fp %zu ignored %zu\n", s.gold, s.system, s.matched,
              s.false_positives, s.ignored);
  std::printf("  P %.1f R %.1f F1 %.1f | speaker accuracy %.1f%% (%zu/%zu) | end-to-end F1 %.1f\n",
              100 * s.precision(), 100 * s.recall(), 100 * s.f1(), 100 * s.speaker_accuracy(), s.speaker_right,
              s.matched, 100 * s.e2e_f1());
  if (std::getenv("TEXTCHAIN_QUOTES_ERRORS")) {
    for (const auto& e : s.errors) {
      const char* what = e.what == ev::QuoteError::What::miss ? "MISS"
                         : e.what == ev::QuoteError::What::false_positive ? "FP" : "SPEAKER";
      std::string t = e.text.substr(0, 100);
      for (char& c : t) if (c == '\n') c = ' ';
      std::printf("%-7s %s [%zu,%zu) want=%s got=%s | %s\n", what, e.doc_id.substr(0, 12).c_str(), e.begin, e.end,
                  e.expected.c_str(), e.got.c_str(), t.c_str());
    }
  }
  // The targets of issue 5.
  EXPECT_GE(100 * s.f1(), 90.0);
  EXPECT_GE(100 * s.speaker_accuracy(), 85.0);
}
