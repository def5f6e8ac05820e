// Bad input: no crash, and work stays linear (checked by counting, not timing; speed is in bench/quotes).
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

namespace tq = textchain::quotes::testing;

TEST(QuotesBadInput, UnbalancedMarksEverywhere) {
  std::string t;
  const char* pieces[] = {"\"", "“", "”", "'", "’", "«", "»", "„", " said Lavrov ", ", she noted. ", "\n\n", "word "};
  unsigned x = 12345;
  for (int i = 0; i < 200000; ++i) {
    x = x * 1103515245u + 12345u;
    t += pieces[(x >> 16) % 12];
  }
  auto found = tq::run_engine(t);
  for (const auto& q : found) {
    EXPECT_LE(q.begin, q.end);
    EXPECT_LE(q.end, t.size());
    if (q.speaker) {
      EXPECT_LE(q.speaker_end, t.size());
    }
  }
}

TEST(QuotesBadInput, TenThousandQuoteMarksInARow) {
  for (const char* mark : {"\"", "“", "'", "«", "”"}) {
    std::string t = "He said ";
    for (int i = 0; i < 10000; ++i) t += mark;
    t += " and left.";
    EXPECT_NO_THROW(tq::run_engine(t)) << mark;
  }
}

TEST(QuotesBadInput, HugeDocumentWithNoSentenceEnd) {
  // 100 MB, as the issue asks (TEXTCHAIN_QUOTES_HUGE_MB to change it); the benchmark shows linear time.
  size_t mb = 100;
  if (const char* e = std::getenv("TEXTCHAIN_QUOTES_HUGE_MB")) mb = std::strtoul(e, nullptr, 10);
  std::string t;
  t.reserve(mb << 20);
  const std::string chunk = "and Lavrov said \"the talks went on without end and Zakharova noted that ";
  while (t.size() + chunk.size() < (mb << 20)) t += chunk;
  auto found = tq::run_engine(t);
  EXPECT_FALSE(found.empty());
}

TEST(QuotesBadInput, QuotesInEveryScript) {
  const std::string t =
      "Лавров сказал: «Переговоры прошли конструктивно». 王毅说：「会谈是建设性的」。"
      " Ο υπουργός είπε «Είμαστε έτοιμοι». قال الوزير «نحن مستعدون». „Wir sind bereit“, sagte Scholz. "
      "שר החוץ אמר \"אנחנו מוכנים\". मंत्री ने कहा \"हम तैयार हैं\"। 😀 \"🙂🙃\" \xEF\xBF\xBD\"\xEF\xBF\xBD\"";
  auto found = tq::run_engine(t);
  for (const auto& q : found) EXPECT_LE(q.end, t.size());
  // Every quotation pairs, whatever its script.
  std::vector<tc_token> tokens;
  textchain::text::tokenize(t, tokens);
  std::vector<tc_sentence> sentences;
  textchain::text::split_sentences(t, tokens, sentences);
  textchain::text::CompactTokens compact;
  textchain::text::to_compact(tokens, compact);
  auto spans = textchain::quotes::find_quote_spans(t, textchain::CompactTokenView(compact.tokens, compact.long_tokens),
                                                   sentences, textchain::quotes::MarkSet::all());
  EXPECT_GE(spans.size(), 8u);
}
