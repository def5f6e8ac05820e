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

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "common/news_text.hpp"
#include "text/ascii_block.hpp"
#include "text/compact_tokens.hpp"
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


// The compact form (8-byte tokens, white space left out): what the default chain's steps read, and what the
// host makes when none asks for the 12-byte array. BM_textchain_tokenize_english_news above stays the
// 12-byte array, the figure the README compares with ICU; ICU, for its part, only iterates boundaries.
void BM_textchain_tokenize_compact_english_news(benchmark::State& state) {
  const std::string& text = english();
  textchain::text::CompactTokens tokens;
  for (auto _ : state) {
    textchain::text::tokenize(text, tokens);
    benchmark::DoNotOptimize(tokens.tokens.data());
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["tokens"] = static_cast<double>(tokens.tokens.size());
}

// The same text as documents of 4 KiB, each tokenized into the same vector: its tokens stay in cache. About
// the speed of the 8 MiB pass, whose 35 MB of tokens do not: the tokenizer is not limited by store bandwidth.
void BM_textchain_tokenize_english_news_4k_documents(benchmark::State& state) {
  const std::string_view text = english();
  constexpr size_t kDoc = 4096;
  std::vector<tc_token> tokens;
  for (auto _ : state) {
    for (size_t k = 0; k + kDoc <= text.size(); k += kDoc) {
      textchain::text::tokenize(text.substr(k, kDoc), tokens);
      benchmark::DoNotOptimize(tokens.data());
      benchmark::ClobberMemory();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * (text.size() / kDoc * kDoc)));
}

#if defined(TEXTCHAIN_TOKENIZER_AVX2)
// The AVX2 block classifier alone (ascii_block.hpp) over every 64-byte block of the text: the share of the
// block path that is classification (the rest is the token loop, the masks' algebra and the append).
__attribute__((target("avx2"))) uint64_t classify_blocks(const std::string& text) {
  namespace block = textchain::text::ascii_block;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  uint64_t acc = 0;
  for (size_t k = 0; k + block::kBytes <= text.size(); k += block::kBytes) {
    const block::Masks m = block::classify_avx2(s + k);
    acc += m.bail ^ m.upper ^ m.letter ^ m.digit ^ m.underscore ^ m.space ^ m.mid_letter ^ m.mid_num ^ m.period ^ m.blank;
  }
  return acc;
}
void BM_textchain_classify_blocks_english_news(benchmark::State& state) {
  __builtin_cpu_init();
  if (!__builtin_cpu_supports("avx2")) {
    state.SkipWithError("no AVX2 on this processor");
    return;
  }
  const std::string& text = english();
  for (auto _ : state) benchmark::DoNotOptimize(classify_blocks(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_textchain_classify_blocks_english_news)->Unit(benchmark::kMillisecond);
#endif

BENCHMARK(BM_textchain_tokenize_compact_english_news)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_textchain_tokenize_english_news_4k_documents)->Unit(benchmark::kMillisecond);

// `tokenizer_bench --passes english|multilingual N [sentences]`: tokenize that text N times (and split it
// into sentences N times, with `sentences`) and exit, no ICU and no timing: for instruction counts, e.g.
//   valgrind --tool=callgrind --toggle-collect='textchain::text::tokenize(*' build/bin/tokenizer_bench --passes english 1
// (Ir divided by 8 MiB times N is instructions a byte). It prints a hash of the tokens (offsets, kinds and
// flags) and of the sentences, so that two builds can be checked to give the same output.
uint64_t fnv1a(uint64_t h, const void* data, size_t size) {
  const auto* p = static_cast<const unsigned char*>(data);
  for (size_t k = 0; k < size; ++k) h = (h ^ p[k]) * 0x100000001b3ull;
  return h;
}

int count_passes(const std::string& which, int passes, bool sentences_too) {
  const std::string& text = which == "multilingual" ? multilingual() : english();
  std::vector<tc_token> tokens;
  std::vector<tc_sentence> sentences;
  for (int k = 0; k < passes; ++k) {
    textchain::text::tokenize(text, tokens);
    if (sentences_too) textchain::text::split_sentences(text, tokens, sentences);
  }
  uint64_t th = 0xcbf29ce484222325ull, sh = th;
  for (const tc_token& t : tokens) {
    const uint32_t fields[4] = {t.begin, t.end, t.kind, t.flags};
    th = fnv1a(th, fields, sizeof fields);
  }
  for (const tc_sentence& s : sentences) {
    const uint32_t fields[2] = {s.begin, s.end};
    sh = fnv1a(sh, fields, sizeof fields);
  }
  std::printf("%s: %zu bytes, %zu tokens (hash %016llx), %zu sentences (hash %016llx), %d passes\n", which.c_str(),
              text.size(), tokens.size(), static_cast<unsigned long long>(th), sentences.size(),
              static_cast<unsigned long long>(sh), passes);
  return 0;
}

int main(int argc, char** argv) {
  if ((argc == 4 || (argc == 5 && std::string(argv[4]) == "sentences")) && std::string(argv[1]) == "--passes")
    return count_passes(argv[2], std::atoi(argv[3]), argc == 5);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  report_agreement();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
