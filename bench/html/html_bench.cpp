// What writing a view costs, against writing the JSON Lines records: the sample corpus (examples/corpus)
// repeated to 20 MB, processed once by the default chain at start-up (cleanup listing its edits), then
// written again and again by each writer. Run the writers' repetitions interleaved, so that a shared
// machine's load falls on all of them alike, and compare medians:
//   build/bin/html_bench --benchmark_repetitions=9 --benchmark_enable_random_interleaving=true
//                        --benchmark_report_aggregates_only=true
#include "brat/standoff.hpp"
#include "html/run_page.hpp"
#include "io/input_reader.hpp"
#include "io/record_writer.hpp"

#include <textchain/host.hpp>

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

constexpr size_t kCorpusBytes = 20u << 20;

struct Processed {
  std::vector<textchain::io::InputDocument> inputs;
  std::vector<textchain::Result> results;
  uint64_t bytes = 0;  // of the documents' text
};

const Processed& processed() {
  static const Processed p = [] {
    Processed p;
    textchain::Host host;
    host.set_use_default_dirs(false);
    host.add_plugin_dir(TEXTCHAIN_PLUGIN_DIR);
    textchain::Chain chain = host.load_chain_from_string(
        "[chains.news]\nsteps = [{ plugin = \"cleanup\", explain = true }, \"dates\", \"quotes\"]\n", "<bench>");
    std::vector<std::pair<std::string, std::string>> corpus;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(std::string(TEXTCHAIN_SOURCE_DIR) + "/examples/corpus"))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      corpus.emplace_back(f.string(), ss.str());
    }
    for (size_t i = 0; p.bytes < kCorpusBytes; ++i) {
      const auto& [path, text] = corpus[i % corpus.size()];
      textchain::io::InputDocument in;
      in.id = boost::json::value(path + "#" + std::to_string(i));
      in.id_text = path + "#" + std::to_string(i);
      in.date = "2025-09-26";
      p.results.push_back(chain.process(text, {in.id_text, in.date}));
      p.inputs.push_back(std::move(in));
      p.bytes += text.size();
    }
    return p;
  }();
  return p;
}

template <class Write>
void write_all(benchmark::State& state, Write&& write) {
  const Processed& p = processed();
  uint64_t out_bytes = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < p.results.size(); ++i) {
      out_bytes += write(p.inputs[i], p.results[i], i + 1);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * p.bytes));
  state.counters["output_MB_per_pass"] =
      static_cast<double>(out_bytes) / static_cast<double>(state.iterations()) / 1e6;
}

void BM_WriteJsonl(benchmark::State& state) {
  write_all(state, [](const auto& in, const auto& r, size_t) {
    const std::string s = textchain::io::jsonl_record(in, &r);
    benchmark::DoNotOptimize(s.data());
    return s.size();
  });
}
BENCHMARK(BM_WriteJsonl)->Unit(benchmark::kMillisecond);

void BM_WriteHtml(benchmark::State& state) {
  write_all(state, [](const auto& in, const auto& r, size_t n) {
    const textchain::html::DocumentView v = textchain::html::RunPage::document(in, &r, n);
    benchmark::DoNotOptimize(v.section.data());
    benchmark::DoNotOptimize(v.index_entry.data());
    return v.section.size() + v.index_entry.size();
  });
}
BENCHMARK(BM_WriteHtml)->Unit(benchmark::kMillisecond);

void BM_WriteBratStandoff(benchmark::State& state) {
  write_all(state, [](const auto&, const auto& r, size_t) {
    const std::string s = textchain::brat::standoff(r);
    benchmark::DoNotOptimize(s.data());
    return s.size();
  });
}
BENCHMARK(BM_WriteBratStandoff)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
