// Every input fuzzing ever found a problem with (tests/fuzz/regressions/<target>/), the seed corpora, and a
// few thousand deterministic pseudo-random inputs, replayed through the same harnesses libFuzzer runs
// (tests/fuzz/*_fuzzer.cpp): a harness aborts on a broken property, so a regression fails this test in
// every build, sanitized or not, without clang.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

extern "C" int textchain_fuzz_tokenizer(const uint8_t* data, size_t size);
extern "C" int textchain_fuzz_offset_map(const uint8_t* data, size_t size);
extern "C" int textchain_fuzz_jsonl_reader(const uint8_t* data, size_t size);
extern "C" int textchain_fuzz_config(const uint8_t* data, size_t size);
#ifdef RELIABILITY_HAVE_PLUGINS
extern "C" int textchain_fuzz_default_chain(const uint8_t* data, size_t size);
#endif

namespace {
using Harness = int (*)(const uint8_t*, size_t);

std::string read_whole(const fs::path& file) {
  std::ifstream f(file, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

// The files of the given directories, in name order.
std::vector<fs::path> files_in(const std::vector<fs::path>& dirs) {
  std::vector<fs::path> out;
  for (const auto& d : dirs) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(d, ec))
      if (e.is_regular_file() && e.path().filename() != ".gitkeep" && e.path().filename() != "README.md")
        out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

size_t replay_files(Harness h, const std::vector<fs::path>& dirs) {
  size_t n = 0;
  for (const auto& file : files_in(dirs)) {
    SCOPED_TRACE(file.string());
    const std::string data = read_whole(file);
    h(reinterpret_cast<const uint8_t*>(data.data()), data.size());
    ++n;
  }
  return n;
}

// Pseudo-random inputs biased towards the bytes that matter to text and to the formats.
void replay_random(Harness h, size_t count, size_t max_len, const std::string& alphabet, uint32_t seed) {
  std::mt19937 rng(seed);
  std::string data;
  for (size_t i = 0; i < count; ++i) {
    const size_t len = rng() % (max_len + 1);
    data.clear();
    for (size_t k = 0; k < len; ++k)
      data.push_back(rng() % 4 == 0 ? static_cast<char>(rng() & 0xFF) : alphabet[rng() % alphabet.size()]);
    h(reinterpret_cast<const uint8_t*>(data.data()), data.size());
  }
}

const fs::path kFuzzDir = FUZZ_DIR;
const fs::path kCorpus = fs::path(TEXTCHAIN_SOURCE_DIR) / "examples" / "corpus";
const std::string kTextBytes = "aZ09 .,;:!?\"'\n\r\t-()\xC2\xA0\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\x99\xC3\xA9Mr.U.S.";
}  // namespace

TEST(FuzzReplay, Tokenizer) {
  EXPECT_GT(replay_files(textchain_fuzz_tokenizer, {kFuzzDir / "regressions" / "tokenizer", kCorpus}), 0u);
  replay_random(textchain_fuzz_tokenizer, 3000, 300, kTextBytes, 1);
}

TEST(FuzzReplay, OffsetMap) {
  replay_files(textchain_fuzz_offset_map, {kFuzzDir / "regressions" / "offset_map"});
  replay_random(textchain_fuzz_offset_map, 3000, 200, std::string("\x00\x01\x02\x03\x05\x07\x10\x81\x8f", 9), 2);
}

TEST(FuzzReplay, JsonLinesReader) {
  EXPECT_GT(replay_files(textchain_fuzz_jsonl_reader,
                         {kFuzzDir / "regressions" / "jsonl_reader", kFuzzDir / "seeds" / "jsonl"}),
            0u);
  replay_random(textchain_fuzz_jsonl_reader, 1500, 200, "{}[]:,\"\\u0 \n\r idtextdate2025-09-26", 3);
}

TEST(FuzzReplay, ChainConfig) {
  EXPECT_GT(replay_files(textchain_fuzz_config, {kFuzzDir / "regressions" / "config", kFuzzDir / "seeds" / "config"}),
            0u);
  replay_random(textchain_fuzz_config, 1500, 120, "[]{}=\".,\n chainsteps hostile acronyms mode every plugin options", 4);
}

#ifdef RELIABILITY_HAVE_PLUGINS
TEST(FuzzReplay, DefaultChain) {
  replay_files(textchain_fuzz_default_chain,
               {kFuzzDir / "regressions" / "default_chain", kFuzzDir / "regressions" / "plugin_cleanup",
                kFuzzDir / "regressions" / "plugin_dates", kFuzzDir / "regressions" / "plugin_quotes", kCorpus});
  replay_random(textchain_fuzz_default_chain, 500, 400, kTextBytes + "said Tuesday 2025 September ", 5);
}
#endif
