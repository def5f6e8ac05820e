// The mojibake rule measured on the sets make_mojibake_sets.py generates at build time: clean multilingual
// lines broken through every code page and chain the rule models (exact recovery per family), and a clean
// corpus of more than 50,000 lines in eighteen languages that must come out unchanged.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>

#include "cleanup_test_support.hpp"

using namespace cleanup_test;

namespace {

std::vector<std::string> lines_of(const std::string& path) {
  std::vector<std::string> lines;
  const std::string data = read_file(path);
  size_t pos = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string::npos) nl = data.size();
    if (nl > pos) lines.push_back(data.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return lines;
}

std::string sets_path(const char* name) { return std::string(TEXTCHAIN_MOJIBAKE_SETS_DIR) + "/" + name; }

// Windows-1252 and Latin-1 are most of the world's mojibake: 99%; every other family 97%. ISO-8859-2 agrees
// with Windows-1250 on most letters, and a line whose UTF-8 has no byte in 0x80..0x9F (where they differ
// most) reads as valid mojibake of both ("ĂĄ" is "á" in one and "å" in the other): the rule then takes the
// reading whose letters are one alphabet's, of the most spoken language (languages.hpp), right on most
// lines but not all ("daĂź" reads as "daü", Spanish and Turkish having ü too).
double required_rate(const std::string& family) {
  if (family == "windows-1252" || family == "latin-1") return 0.99;
  return 0.97;
}

struct Family {
  size_t lines = 0, exact = 0, shown = 0;
};

}  // namespace

TEST(MojibakeSets, EveryFamilyIsRecovered) {
  const auto rows = lines_of(sets_path("mojibake_pairs.tsv"));
  ASSERT_GE(rows.size(), 5000u) << "the generated set is missing or small: rebuild the cleanup_mojibake_sets target";
  std::map<std::string, Family> families;
  for (const std::string& row : rows) {
    const size_t t1 = row.find('\t'), t2 = row.find('\t', t1 + 1);
    ASSERT_NE(t2, std::string::npos) << row;
    const std::string family = row.substr(0, t1), broken = row.substr(t1 + 1, t2 - t1 - 1), gold = row.substr(t2 + 1);
    Family& f = families[family];
    ++f.lines;
    const std::string out = clean(broken, mojibake_only());
    if (out == gold) {
      ++f.exact;
    } else if (f.shown++ < 3) {
      std::printf("  [%s] %s\n    got  %s\n    want %s\n", family.c_str(), broken.c_str(), out.c_str(), gold.c_str());
    }
  }
  size_t lines = 0, exact = 0;
  for (const auto& [name, f] : families) {
    const double rate = static_cast<double>(f.exact) / static_cast<double>(f.lines);
    std::printf("mojibake family %-40s %5zu/%5zu exact = %.4f\n", name.c_str(), f.exact, f.lines, rate);
    EXPECT_GE(rate, required_rate(name)) << name;
    lines += f.lines;
    exact += f.exact;
  }
  std::printf("mojibake all families: %zu/%zu exact = %.4f\n", exact, lines,
              static_cast<double>(exact) / static_cast<double>(lines));
}

TEST(MojibakeSets, CleanCorpusIsNeverChanged) {
  const auto lines = lines_of(sets_path("clean_lines.txt"));
  if (lines.size() < 50000)
    GTEST_SKIP() << "only " << lines.size() << " clean lines: the Debian word lists and fortunes are missing "
                 << "(tools/bootstrap.sh installs them), then rebuild cleanup_mojibake_sets";
  size_t changed = 0;
  for (const std::string& line : lines) {
    const std::string out = clean(line, mojibake_only());
    if (out != line && changed++ < 20) std::printf("  false positive: %s\n    -> %s\n", line.c_str(), out.c_str());
  }
  std::printf("mojibake false positives: %zu of %zu clean lines\n", changed, lines.size());
  EXPECT_EQ(changed, 0u);
}
