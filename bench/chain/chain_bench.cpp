// The chain as users run it: plugins loaded from the build's plugin directory, news-like documents of a
// few kilobytes each, bytes and documents per second. Set-up stays small (512 KiB of text) so that CI can
// run every benchmark once in a fraction of a second.
#include "chain/news_documents.hpp"

#include <textchain/host.hpp>

#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

namespace {

using textchain::bench::news_documents;

// One host for the whole run, searching only the build's plugin directory (never an installed copy).
textchain::Host& host() {
  static textchain::Host* h = [] {
    auto* host = new textchain::Host();
    host->set_use_default_dirs(false);
    host->add_plugin_dir(TEXTCHAIN_PLUGIN_DIR);
    return host;
  }();
  return *h;
}

// The chain of `steps`, or null with the reason in `why` (a plugin not built).
std::unique_ptr<textchain::Chain> make_chain(const std::vector<std::string>& steps, std::string& why) {
  try {
    return std::make_unique<textchain::Chain>(host().make_chain(steps));
  } catch (const std::exception& e) {
    why = e.what();
    return nullptr;
  }
}

void run_chain(benchmark::State& state, const std::vector<std::string>& steps) {
  const auto& docs = news_documents(512 << 10);
  std::string why;
  auto chain = make_chain(steps, why);
  if (!chain) {
    state.SkipWithError(why.c_str());
    return;
  }
  // With several benchmark threads, each takes every N-th document of the same set.
  const size_t stride = static_cast<size_t>(state.threads());
  const size_t first = static_cast<size_t>(state.thread_index());
  int64_t bytes = 0, count = 0;
  for (auto _ : state) {
    for (size_t i = first; i < docs.size(); i += stride) {
      textchain::Result r = chain->process(docs[i].text, {docs[i].id, "2025-09-26"});
      benchmark::DoNotOptimize(r.annotations.data());
      bytes += static_cast<int64_t>(docs[i].text.size());
      ++count;
    }
  }
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(count);
}

void BM_DefaultChain(benchmark::State& state) { run_chain(state, {"cleanup", "dates", "quotes"}); }
BENCHMARK(BM_DefaultChain)->Unit(benchmark::kMillisecond);
// One chain shared by threads, as `textchain run -j N` does. Each iteration processes the whole set once,
// split across the threads, so the Time column compares directly with the single-threaded run; Google
// Benchmark's bytes_per_second for a threaded run is per thread.
BENCHMARK(BM_DefaultChain)->Threads(2)->UseRealTime()->Unit(benchmark::kMillisecond);

void BM_CleanupOnly(benchmark::State& state) { run_chain(state, {"cleanup"}); }
void BM_DatesOnly(benchmark::State& state) { run_chain(state, {"dates"}); }
void BM_QuotesOnly(benchmark::State& state) { run_chain(state, {"quotes"}); }
BENCHMARK(BM_CleanupOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DatesOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_QuotesOnly)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
