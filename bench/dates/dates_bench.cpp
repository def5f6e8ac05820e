// Speed of the dates engine on news-like text, single-threaded, in bytes per second.
#include "common/news_text.hpp"
#include "tagger.hpp"
#include "text/compact_tokens.hpp"
#include "text/sentence_splitter.hpp"
#include "text/tokenizer.hpp"

#include <benchmark/benchmark.h>

using namespace textchain::dates;

namespace {
// The host's sentences of `text`: in a chain the host splits a document once for every step, so they are
// made outside the timed loop; the engine's look-ups in them are timed.
std::vector<tc_sentence> host_sentences(std::string_view text) {
  std::vector<tc_token> tokens;
  textchain::text::tokenize(text, tokens);
  std::vector<tc_sentence> sentences;
  textchain::text::split_sentences(text, tokens, sentences);
  return sentences;
}
}  // namespace

static void BM_DatesNews(benchmark::State& state) {
  const std::string& text = textchain::bench::news_text(static_cast<size_t>(state.range(0)));
  const std::vector<tc_sentence> sentences = host_sentences(text);
  const Tagger tagger(TaggerOptions{});
  std::vector<Timex> found;
  for (auto _ : state) {
    tagger.tag(text, "2025-09-26", found, SentenceBounds(sentences));
    benchmark::DoNotOptimize(found.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
  state.counters["timex_per_MiB"] = static_cast<double>(found.size()) * (1 << 20) / static_cast<double>(text.size());
}
BENCHMARK(BM_DatesNews)->Arg(64 << 10)->Arg(8 << 20)->Unit(benchmark::kMillisecond);

// What `textchain bench` charges to the dates step of a chain when dates is the first step to ask for sentences (the
// default chain's quotes asks after it): the host's tokenizer (compact form, as the host keeps it for a chain that
// reads no 12-byte tokens) and sentence splitter, run lazily inside the step, then the engine. Against
// BM_DatesNews, the share of that figure that is the host's work (issue 19: on the development news, dates asks in
// about half of the documents, and the split was a quarter of the step's instructions).
static void BM_DatesNewsWithHostSplit(benchmark::State& state) {
  const std::string& text = textchain::bench::news_text(static_cast<size_t>(state.range(0)));
  const Tagger tagger(TaggerOptions{});
  textchain::text::CompactTokens tokens;
  std::vector<tc_sentence> sentences;
  std::vector<Timex> found;
  for (auto _ : state) {
    tokens.clear();
    textchain::text::tokenize(text, tokens);
    textchain::text::split_sentences(text, tokens, sentences);
    tagger.tag(text, "2025-09-26", found, SentenceBounds(sentences));
    benchmark::DoNotOptimize(found.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_DatesNewsWithHostSplit)->Arg(64 << 10)->Arg(8 << 20)->Unit(benchmark::kMillisecond);

// Without an anchor every relative expression stays underspecified: the same scan, cheaper values.
static void BM_DatesNewsUnanchored(benchmark::State& state) {
  const std::string& text = textchain::bench::news_text(8 << 20);
  const std::vector<tc_sentence> sentences = host_sentences(text);
  const Tagger tagger(TaggerOptions{});
  std::vector<Timex> found;
  for (auto _ : state) {
    tagger.tag(text, "", found, SentenceBounds(sentences));
    benchmark::DoNotOptimize(found.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_DatesNewsUnanchored)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
