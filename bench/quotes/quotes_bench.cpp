// Speed of the quote engine. The engine alone runs on tokens and sentences computed beforehand (the host
// computes them once per document for every step); a second benchmark includes the tokenizer and the
// sentence splitter for context. Pathological inputs at 1..64 MiB show linear time: bytes_per_second stays
// flat as the size grows.
// The engine is measured as the plugin runs it: `find`, whose compact records the plugin drains into annotations
// (`extract`, which copies them into FoundQuote structs for tests and tools, is not on that path).
#include "common/news_text.hpp"
#include "quote_extractor.hpp"
#include "text/compact_tokens.hpp"
#include "text/sentence_splitter.hpp"
#include "text/tokenizer.hpp"

#include <benchmark/benchmark.h>

namespace {

using textchain::quotes::QuoteExtractor;

struct Doc {
  std::string text;
  std::vector<tc_token> tokens;
  std::vector<tc_sentence> sentences;
  textchain::text::CompactTokens compact;  // what the host hands the plugin (ABI 1.2)
  textchain::CompactTokenView view() const { return textchain::CompactTokenView(compact.tokens, compact.long_tokens); }
  void prepare() {
    textchain::text::tokenize(text, tokens);
    textchain::text::split_sentences(text, tokens, sentences);
    textchain::text::to_compact(tokens, compact);
  }
};

// News text cut into documents of about 3 KiB at paragraph breaks, as the command feeds them.
const std::vector<Doc>& news_docs() {
  static const std::vector<Doc> docs = [] {
    const std::string& all = textchain::bench::news_text(8 << 20);
    std::vector<Doc> out;
    size_t pos = 0;
    while (pos < all.size()) {
      size_t cut = all.find("\n\n", pos + 3000);
      if (cut == std::string::npos) cut = all.size();
      Doc d;
      d.text = all.substr(pos, cut - pos);
      d.prepare();
      out.push_back(std::move(d));
      pos = cut;
    }
    return out;
  }();
  return docs;
}

// The engine over every document per iteration, with bytes and quotations per document counted.
void run_engine(benchmark::State& state, const QuoteExtractor& engine, const std::vector<Doc>& docs) {
  size_t bytes = 0, quotes = 0;
  for (auto _ : state) {
    for (const auto& d : docs) {
      auto found = engine.find(d.text, d.view(), d.sentences);
      quotes += found.size();
      benchmark::DoNotOptimize(found);
      bytes += d.text.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["quotes_per_doc"] = benchmark::Counter(double(quotes) / double(state.iterations() * docs.size()));
}

void BM_QuotesEngine_News(benchmark::State& state) {
  textchain::quotes::ExtractOptions options;
  options.include_indirect = state.range(0) != 0;
  QuoteExtractor engine(options);
  run_engine(state, engine, news_docs());
  state.SetLabel(options.include_indirect ? "include_indirect" : "default options");
}
BENCHMARK(BM_QuotesEngine_News)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The sample articles whole (examples/corpus), as issue 19's `textchain bench` figure for the step takes them
// (bench/process/run_whole_process.py cycles them as its news input), so that the engine's share of that figure
// can be profiled alone (callgrind --toggle-collect='*QuoteExtractor::find*'): whole articles, each with its own
// headline-less lede and its own names, where the generated news above mixes paragraphs of all of them.
void BM_QuotesEngine_SampleArticles(benchmark::State& state) {
  static const std::vector<Doc> docs = [] {
    std::vector<Doc> out;
    for (std::string& text : textchain::bench::news_text_detail::read_corpus()) {
      Doc d;
      d.text = std::move(text);
      d.prepare();
      out.push_back(std::move(d));
    }
    return out;
  }();
  run_engine(state, QuoteExtractor(), docs);
}
BENCHMARK(BM_QuotesEngine_SampleArticles)->Unit(benchmark::kMicrosecond);

void BM_QuotesEngineWithTokenizer_News(benchmark::State& state) {
  const auto& docs = news_docs();
  QuoteExtractor engine;
  std::vector<tc_token> tokens;
  std::vector<tc_sentence> sentences;
  textchain::text::CompactTokens compact;
  size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& d : docs) {
      textchain::text::tokenize(d.text, tokens);
      textchain::text::split_sentences(d.text, tokens, sentences);
      textchain::text::to_compact(tokens, compact);
      auto found = engine.find(d.text, textchain::CompactTokenView(compact.tokens, compact.long_tokens), sentences);
      benchmark::DoNotOptimize(found);
      bytes += d.text.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_QuotesEngineWithTokenizer_News)->Unit(benchmark::kMillisecond);

// One document of `size` bytes: unbalanced marks of every family, cue verbs and names, no sentence end;
// variant 3: reporting clauses ending in colons and "that", first-person paragraphs, no marks (the unmarked
// and indirect speech finders, run with include_indirect).
std::string pathological(size_t size, int variant) {
  static const char* kSpeech[] = {"Lavrov said: ", "She told reporters on Wednesday:\n\n", "We ", "noted that ",
                                  "the talks ", ". ", ":\n\n", "according to Zakharova, ", "our ", "said the "};
  static const char* kPieces[] = {"\"", "“", "”", "'", "’", "«", "»", "„", " said Lavrov ", ", she noted ", "\n\n",
                                  "word ", " the spokeswoman added ", " Maria Zakharova "};
  std::string t;
  t.reserve(size + 64);
  unsigned x = 2463534242u + static_cast<unsigned>(variant);
  while (t.size() < size) {
    if (variant == 1) {
      t += '"';  // marks in a row
      continue;
    }
    if (variant == 3) {
      x ^= x << 13;
      x ^= x >> 17;
      x ^= x << 5;
      t += kSpeech[x % 10];
      continue;
    }
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    const char* p = kPieces[x % (variant == 2 ? 10 : 14)];
    if (variant == 2 && p[0] == '\n') p = " ";  // no sentence end, no paragraph end
    t += p;
  }
  return t;
}

void BM_QuotesPathological(benchmark::State& state) {
  const size_t size = static_cast<size_t>(state.range(0)) << 20;
  const int variant = static_cast<int>(state.range(1));
  Doc d;
  d.text = pathological(size, variant);
  d.prepare();
  textchain::quotes::ExtractOptions options;
  options.include_indirect = variant == 3;
  QuoteExtractor engine(options);
  for (auto _ : state) {
    auto found = engine.find(d.text, d.view(), d.sentences);
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(d.text.size()));
  state.SetLabel(variant == 0   ? "unbalanced marks"
                 : variant == 1 ? "marks in a row"
                 : variant == 2 ? "no sentence end"
                                : "colons, cues, no marks");
}
BENCHMARK(BM_QuotesPathological)
    ->ArgsProduct({{1, 4, 16, 64}, {0, 1, 2, 3}})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2);

}  // namespace

BENCHMARK_MAIN();
