// cleanup throughput. Documents are processed one by one, as the host does, and bytes_per_second counts
// the input bytes. "Clean" documents are the hand-made gold texts (clean by definition) with their
// sentences reshuffled into new documents; "003-like" documents are the machine-translated sample.
#include <benchmark/benchmark.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <textchain/utf8.hpp>

#include "cleaner.hpp"
#include "common/news_text.hpp"

namespace cu = textchain::cleanup;

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// ~`total` bytes of 2-4 KB documents built from the paragraphs of `sources`, in a seeded random order.
std::vector<std::string> documents(const std::vector<std::string>& sources, size_t total) {
  std::vector<std::string> paragraphs;
  for (const std::string& s : sources) {
    size_t pos = 0;
    while (pos < s.size()) {
      size_t end = s.find("\n\n", pos);
      if (end == std::string::npos) end = s.size();
      // A dateline (" date 2025-09-26 …") only ever opens a document: it is kept out of the shuffle.
      if (end > pos && s[pos] != ' ') paragraphs.push_back(s.substr(pos, end - pos));
      pos = end + 2;
    }
  }
  std::mt19937 rng(42);
  std::vector<std::string> docs;
  size_t bytes = 0;
  while (bytes < total) {
    std::string doc;
    while (doc.size() < 2048) {
      if (!doc.empty()) doc += "\n\n";
      doc += paragraphs[rng() % paragraphs.size()];
    }
    bytes += doc.size();
    docs.push_back(std::move(doc));
  }
  return docs;
}

const std::vector<std::string>& clean_docs() {
  static const std::vector<std::string> docs = [] {
    std::vector<std::string> gold;
    for (const char* f : {"000_27c6edba06f38060", "001_f70d65facc7942a9", "002_7b60be5711197f16", "003_d5d909c3465c03a9"}) {
      std::string g = read(std::string(TEXTCHAIN_CLEANUP_TEST_DATA) + "/gold/" + f + ".txt");
      while (!g.empty() && g.back() == '\n') g.pop_back();
      gold.push_back(std::move(g));
    }
    return documents(gold, 8 << 20);
  }();
  return docs;
}

const std::vector<std::string>& messy_docs() {
  static const std::vector<std::string> docs = [] {
    const std::string t = read(std::string(TEXTCHAIN_CLEANUP_TEST_DATA) + "/seeds/003_d5d909c3465c03a9.txt");
    return std::vector<std::string>((4 << 20) / t.size(), t);
  }();
  return docs;
}

const std::vector<std::string>& generated_docs() {
  static const std::vector<std::string> docs = [] {
    const std::string& t = textchain::bench::news_text(8 << 20);
    std::vector<std::string> out;
    for (size_t pos = 0; pos < t.size(); pos += 4096) out.push_back(t.substr(pos, 4096));
    return out;
  }();
  return docs;
}

// The repo's hand-written multilingual lines (every script the mojibake rule knows), ~4 KB per document:
// clean non-Latin text is where the rule meets the most candidate characters.
const std::vector<std::string>& multilingual_docs() {
  static const std::vector<std::string> docs = [] {
    const std::string lines = read(std::string(TEXTCHAIN_CLEANUP_TEST_DATA) + "/multilingual_lines.txt");
    std::vector<std::string> out;
    std::string doc;
    while (out.size() < 1024) {
      for (size_t pos = 0; pos < lines.size();) {
        size_t nl = lines.find('\n', pos);
        if (nl == std::string::npos) nl = lines.size();
        if (nl > pos && lines[pos] != '#') doc.append(lines, pos, nl - pos + 1);
        pos = nl + 1;
        if (doc.size() >= 4096) out.push_back(std::exchange(doc, {}));
      }
    }
    return out;
  }();
  return docs;
}

// The same documents read as Latin-1 and stored as UTF-8: every line mojibake.
const std::vector<std::string>& mojibake_docs() {
  static const std::vector<std::string> docs = [] {
    std::vector<std::string> out;
    for (const std::string& d : multilingual_docs()) {
      std::string broken;
      for (unsigned char b : d) textchain::utf8::append(broken, b);  // each byte as the Latin-1 character
      out.push_back(std::move(broken));
    }
    return out;
  }();
  return docs;
}

void run(benchmark::State& state, const std::vector<std::string>& docs, const cu::CleanupOptions& o) {
  size_t bytes = 0, edits = 0;
  for (const std::string& d : docs) bytes += d.size();
  for (auto _ : state) {
    edits = 0;
    for (const std::string& d : docs) {
      cu::Edits e = cu::propose_edits(d, o);
      edits += e.size();
      benchmark::DoNotOptimize(e.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
  state.counters["edits_per_doc"] = static_cast<double>(edits) / static_cast<double>(docs.size());
}

cu::CleanupOptions only(bool cu::CleanupOptions::*rule) {
  cu::CleanupOptions o;
  o.join_broken_lines = o.stray_colon = o.inline_bullet = o.spacing = o.punctuation = o.boilerplate = o.mojibake = false;
  o.*rule = true;
  return o;
}

void BM_CleanNews(benchmark::State& state) { run(state, clean_docs(), {}); }
void BM_MachineTranslated003Like(benchmark::State& state) { run(state, messy_docs(), {}); }
void BM_GeneratedNewsText(benchmark::State& state) { run(state, generated_docs(), {}); }
void BM_CleanNewsAllRulesAndNames(benchmark::State& state) {
  cu::CleanupOptions o;
  o.name_variants = true;
  run(state, clean_docs(), o);
}
void BM_CleanNewsOnlyLines(benchmark::State& state) { run(state, clean_docs(), only(&cu::CleanupOptions::join_broken_lines)); }
void BM_CleanNewsOnlySpacing(benchmark::State& state) { run(state, clean_docs(), only(&cu::CleanupOptions::spacing)); }
void BM_CleanNewsOnlyMojibake(benchmark::State& state) { run(state, clean_docs(), only(&cu::CleanupOptions::mojibake)); }
void BM_CleanMultilingualOnlyMojibake(benchmark::State& state) {
  run(state, multilingual_docs(), only(&cu::CleanupOptions::mojibake));
}
void BM_MojibakeMultilingualOnlyMojibake(benchmark::State& state) {
  run(state, mojibake_docs(), only(&cu::CleanupOptions::mojibake));
}
void BM_CleanNewsOnlyBoilerplate(benchmark::State& state) { run(state, clean_docs(), only(&cu::CleanupOptions::boilerplate)); }

}  // namespace

BENCHMARK(BM_CleanNews)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MachineTranslated003Like)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GeneratedNewsText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CleanNewsAllRulesAndNames)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CleanNewsOnlyLines)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CleanNewsOnlySpacing)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CleanNewsOnlyMojibake)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CleanNewsOnlyBoilerplate)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CleanMultilingualOnlyMojibake)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MojibakeMultilingualOnlyMojibake)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
