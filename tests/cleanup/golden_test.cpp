// Golden tests on the four sample documents against the hand-made cleaned text.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

#include "cleanup_test_support.hpp"

using namespace cleanup_test;

namespace {

struct Sample {
  std::string input, gold;
};

Sample sample(const std::string& stem) {
  return {read_file(data_path("seeds/" + stem + ".txt")), read_file(data_path("gold/" + stem + ".txt"))};
}

}  // namespace

TEST(CleanupGolden, CleanSamplesPassThroughUnchanged) {
  for (const char* stem : {"000_27c6edba06f38060", "002_7b60be5711197f16"}) {
    const Sample s = sample(stem);
    ASSERT_FALSE(s.input.empty()) << stem;
    EXPECT_EQ(clean(s.input), s.input) << stem;
    EXPECT_TRUE(textchain::cleanup::propose_edits(s.input, {}).empty()) << stem;
  }
}

TEST(CleanupGolden, LinkLinesAreRemovedAndNothingElse) {
  const Sample s = sample("001_f70d65facc7942a9");
  ASSERT_FALSE(s.input.empty());
  EXPECT_EQ(clean(s.input), s.gold);
  const auto edits = textchain::cleanup::propose_edits(s.input, {});
  ASSERT_EQ(edits.size(), 2u);
  for (const auto& e : edits) EXPECT_EQ(e.rule, "boilerplate");
}

TEST(CleanupGolden, MachineTranslatedSampleRepairRatio) {
  const Sample s = sample("003_d5d909c3465c03a9");
  ASSERT_FALSE(s.input.empty());
  const std::string out = clean(s.input);
  const size_t before = levenshtein(s.input, s.gold), after = levenshtein(out, s.gold);
  const double ratio = 1.0 - static_cast<double>(after) / static_cast<double>(before);
  std::printf("003 repair ratio: lev(input, gold) = %zu, lev(output, gold) = %zu, ratio = %.4f\n", before, after, ratio);
  EXPECT_GE(ratio, 0.8);
  textchain::cleanup::CleanupOptions with_names;
  with_names.name_variants = true;
  const std::string out2 = clean(s.input, with_names);
  const size_t after2 = levenshtein(out2, s.gold);
  std::printf("003 with name_variants: lev(output, gold) = %zu, ratio = %.4f\n", after2,
              1.0 - static_cast<double>(after2) / static_cast<double>(before));
  EXPECT_LT(after2, after);
  EXPECT_NE(out2.find("Jake Sullivan has commented"), std::string::npos);
}

TEST(CleanupGolden, SamplesAreIdempotent) {
  textchain::cleanup::CleanupOptions all;
  all.name_variants = true;
  for (const char* stem : {"000_27c6edba06f38060", "001_f70d65facc7942a9", "002_7b60be5711197f16", "003_d5d909c3465c03a9"}) {
    for (const auto& o : {textchain::cleanup::CleanupOptions{}, all}) {
      const std::string once = clean(sample(stem).input, o);
      EXPECT_EQ(clean(once, o), once) << stem;
      EXPECT_TRUE(textchain::cleanup::propose_edits(once, o).empty()) << stem;
    }
  }
}
