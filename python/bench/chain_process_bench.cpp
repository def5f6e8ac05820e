// The C++ side of the binding's overhead measurement: textchain::Chain::process over a set of documents
// given by python/bench/binding_bench.py (a file of documents separated by NUL bytes, named by
// TEXTCHAIN_BENCH_DOCUMENTS), with the same chain the Python side uses (the default, from the build's
// plugin directory). Reports time per document.
#include <textchain/host.hpp>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::vector<std::string> documents() {
  std::vector<std::string> docs;
  const char* path = std::getenv("TEXTCHAIN_BENCH_DOCUMENTS");
  if (!path) return docs;
  std::ifstream in(path, std::ios::binary);
  std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  size_t start = 0;
  while (start < all.size()) {
    size_t end = all.find('\0', start);
    if (end == std::string::npos) end = all.size();
    docs.push_back(all.substr(start, end - start));
    start = end + 1;
  }
  return docs;
}

void ChainProcess(benchmark::State& state) {
  static const std::vector<std::string> docs = documents();
  if (docs.empty()) {
    state.SkipWithError("TEXTCHAIN_BENCH_DOCUMENTS names no documents");
    return;
  }
  textchain::Host host;
  host.set_use_default_dirs(false);
  host.add_plugin_dir(TEXTCHAIN_PLUGIN_DIR);
  const textchain::Chain chain = host.make_chain({"cleanup", "dates", "quotes"});
  int64_t count = 0;
  for (auto _ : state) {
    for (const auto& d : docs) {
      textchain::Result r = chain.process(d, {"", "2025-09-26"});
      benchmark::DoNotOptimize(r.annotations.data());
      ++count;
    }
  }
  state.SetItemsProcessed(count);
}
BENCHMARK(ChainProcess)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
