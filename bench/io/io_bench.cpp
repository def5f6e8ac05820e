// The command's I/O without the plugins: reading JSON Lines input (parsing, id and date, pass-through
// fields), reading a folder of text files, and writing the JSON Lines records of processed documents.
// About 2 MB of news-like text, written to a temporary folder at start-up and removed at exit.
#include "chain/news_documents.hpp"

#include "io/input_reader.hpp"
#include "io/record_writer.hpp"

#include <textchain/host.hpp>

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using textchain::bench::news_documents;

constexpr size_t kCorpusBytes = 2 << 20;

// The inputs on disk: one .jsonl file and a folder of .txt files, removed when the program ends.
struct Files {
  fs::path dir;
  fs::path jsonl;
  fs::path texts;
  uint64_t jsonl_bytes = 0, text_bytes = 0;
  Files() {
    dir = fs::temp_directory_path() / ("textchain_io_bench_" + std::to_string(getpid()));
    fs::create_directories(dir / "texts");
    jsonl = dir / "input.jsonl";
    texts = dir / "texts";
    std::ofstream out(jsonl, std::ios::binary);
    size_t n = 0;
    for (const auto& d : news_documents(kCorpusBytes)) {
      boost::json::object rec{{"id", d.id}, {"text", d.text}, {"date", "2025-09-26"}, {"source", "bench"}};
      const std::string line = boost::json::serialize(rec) + "\n";
      out << line;
      jsonl_bytes += line.size();
      // A quarter of the documents as text files: a folder of a few hundred articles.
      if (n++ % 4 == 0) {
        std::ofstream t(texts / (d.id + ".txt"), std::ios::binary);
        t << d.text;
        text_bytes += d.text.size();
      }
    }
  }
  ~Files() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

const Files& files() {
  static Files f;
  return f;
}

void BM_ReadJsonl(benchmark::State& state) {
  const Files& f = files();
  int64_t docs = 0;
  for (auto _ : state) {
    textchain::io::InputReader reader({f.jsonl.string()}, {});
    textchain::io::InputDocument d;
    while (reader.next(d)) {
      benchmark::DoNotOptimize(d.text.data());
      ++docs;
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(f.jsonl_bytes));
  state.SetItemsProcessed(docs);
}
BENCHMARK(BM_ReadJsonl)->Unit(benchmark::kMillisecond);

void BM_ReadTextFolder(benchmark::State& state) {
  const Files& f = files();
  int64_t docs = 0;
  for (auto _ : state) {
    textchain::io::InputReader reader({f.texts.string()}, {});
    textchain::io::InputDocument d;
    while (reader.next(d)) {
      benchmark::DoNotOptimize(d.text.data());
      ++docs;
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(f.text_bytes));
  state.SetItemsProcessed(docs);
}
BENCHMARK(BM_ReadTextFolder)->Unit(benchmark::kMillisecond);

// A result shaped like the default chain's: a date about every 300 bytes and a quote about every 900, on
// word boundaries, with the attributes the plugins add.
textchain::Result synthetic_result(const std::string& text) {
  textchain::Result r;
  r.original_text = text;
  uint64_t id = 0;
  for (size_t pos = 0, k = 0; pos < text.size(); pos += 300, ++k) {
    const size_t b = text.find(' ', pos);
    if (b == std::string::npos) break;
    const size_t e = text.find(' ', b + 1);
    if (e == std::string::npos) break;
    textchain::Annotation a;
    a.id = ++id;
    a.begin = b + 1;
    a.end = e;
    if (k % 3 == 2) {
      a.type = "quote";
      a.plugin = "quotes";
      a.attributes = {{"kind", std::string("direct")}, {"speaker", std::string("Maria Zakharova")},
                      {"speaker_begin", int64_t(b)}, {"speaker_end", int64_t(e)}, {"cue", std::string("said")}};
    } else {
      a.type = "date";
      a.plugin = "dates";
      a.attributes = {{"timex_type", std::string("DATE")}, {"value", std::string("2025-09-27")}};
    }
    r.annotations.push_back(std::move(a));
  }
  return r;
}

void BM_WriteJsonl(benchmark::State& state) {
  const auto& docs = news_documents(kCorpusBytes);
  std::vector<textchain::io::InputDocument> inputs(docs.size());
  std::vector<textchain::Result> results;
  results.reserve(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    inputs[i].id = boost::json::value(docs[i].id);
    inputs[i].id_text = docs[i].id;
    inputs[i].text = docs[i].text;
    inputs[i].extra = {{"source", "\"bench\""}};
    results.push_back(synthetic_result(docs[i].text));
  }
  int64_t bytes = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < docs.size(); ++i) {
      std::string line = textchain::io::jsonl_record(inputs[i], &results[i]);
      benchmark::DoNotOptimize(line.data());
      bytes += static_cast<int64_t>(line.size());
    }
  }
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(docs.size()));
}
BENCHMARK(BM_WriteJsonl)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
