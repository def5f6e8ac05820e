// Our UAX #29 tokenizer against ICU's word BreakIterator on the same text, in one run.
//
//   build/bin/tokenizer_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//
// Both sides do the whole job a caller needs: ours fills the token vector (offsets and kinds), ICU
// iterates every boundary of UTF-8 text through utext_openUTF8 (no conversion to UTF-16 counted).
#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "common/news_text.hpp"
#include "text/sentence_splitter.hpp"
#include "text/tokenizer.hpp"

namespace {

constexpr size_t kTextBytes = 8u << 20;

const std::string& english() {
  static const std::string t = textchain::bench::news_text(kTextBytes);
  return t;
}
const std::string& multilingual() {
  static const std::string t = textchain::bench::multilingual_text(kTextBytes);
  return t;
}

void textchain_tokenize(benchmark::State& state, const std::string& text) {
  std::vector<tc_token> tokens;
  for (auto _ : state) {
    textchain::text::tokenize(text, tokens);
    benchmark::DoNotOptimize(tokens.data());
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["tokens"] = static_cast<double>(tokens.size());
}

void icu_word_break(benchmark::State& state, const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status)) {
    state.SkipWithError("ICU: createWordInstance failed");
    return;
  }
  size_t boundaries = 0;
  for (auto _ : state) {
    status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    bi->setText(ut, status);
    boundaries = 0;
    for (int32_t p = bi->first(); p != icu::BreakIterator::DONE; p = bi->next()) ++boundaries;
    benchmark::DoNotOptimize(boundaries);
    utext_close(ut);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["tokens"] = static_cast<double>(boundaries - 1);
}

void BM_textchain_tokenize_english_news(benchmark::State& s) { textchain_tokenize(s, english()); }
void BM_icu_word_break_english_news(benchmark::State& s) { icu_word_break(s, english()); }
void BM_textchain_tokenize_multilingual(benchmark::State& s) { textchain_tokenize(s, multilingual()); }
void BM_icu_word_break_multilingual(benchmark::State& s) { icu_word_break(s, multilingual()); }

void BM_textchain_split_sentences_english_news(benchmark::State& state) {
  const std::string& text = english();
  std::vector<tc_token> tokens;
  textchain::text::tokenize(text, tokens);
  std::vector<tc_sentence> sentences;
  for (auto _ : state) {
    textchain::text::split_sentences(text, tokens, sentences);
    benchmark::DoNotOptimize(sentences.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["sentences"] = static_cast<double>(sentences.size());
}

void BM_textchain_tokenize_and_split_english_news(benchmark::State& state) {
  const std::string& text = english();
  std::vector<tc_token> tokens;
  std::vector<tc_sentence> sentences;
  for (auto _ : state) {
    textchain::text::tokenize(text, tokens);
    textchain::text::split_sentences(text, tokens, sentences);
    benchmark::DoNotOptimize(sentences.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

// ICU's default word rules tailor UAX #29 in places, so the counts are a sanity check, not a test:
// they should agree to within a fraction of a percent on English text.
void report_agreement() {
  const std::string& text = english();
  std::vector<tc_token> tokens;
  textchain::text::tokenize(text, tokens);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  bi->setText(ut, status);
  size_t same = 0, icu_count = 0, ti = 0;
  for (int32_t p = bi->next(); p != icu::BreakIterator::DONE; p = bi->next()) {
    ++icu_count;
    while (ti < tokens.size() && tokens[ti].end < static_cast<uint32_t>(p)) ++ti;
    if (ti < tokens.size() && tokens[ti].end == static_cast<uint32_t>(p)) ++same;
  }
  utext_close(ut);
  std::fprintf(stderr, "english news text: %zu bytes, %zu tokens (textchain), %zu segments (ICU), %zu boundaries agree\n",
               text.size(), tokens.size(), icu_count, same);
}

}  // namespace

BENCHMARK(BM_textchain_tokenize_english_news)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_icu_word_break_english_news)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_textchain_tokenize_multilingual)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_icu_word_break_multilingual)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_textchain_split_sentences_english_news)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_textchain_tokenize_and_split_english_news)->Unit(benchmark::kMillisecond);

// `tokenizer_bench --passes english|multilingual N`: tokenize that text N times and exit, no ICU and no
// timing: for instruction counts, e.g.
//   valgrind --tool=callgrind --toggle-collect='textchain::text::tokenize(*' build/bin/tokenizer_bench --passes english 1
// (Ir divided by 8 MiB times N is instructions a byte).
int count_passes(const std::string& which, int passes) {
  const std::string& text = which == "multilingual" ? multilingual() : english();
  std::vector<tc_token> tokens;
  for (int k = 0; k < passes; ++k) textchain::text::tokenize(text, tokens);
  std::printf("%s: %zu bytes, %zu tokens, %d passes\n", which.c_str(), text.size(), tokens.size(), passes);
  return 0;
}

int main(int argc, char** argv) {
  if (argc == 4 && std::string(argv[1]) == "--passes") return count_passes(argv[2], std::atoi(argv[3]));
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  report_agreement();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
