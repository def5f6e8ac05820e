#include "eval/repair_ratio.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

using textchain::eval::char_edit_distance;
using textchain::eval::repair_score;
using textchain::eval::RepairTotals;

namespace {

// The textbook dynamic programme over bytes, as a reference for ASCII inputs.
size_t reference_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1] ? 1 : 0)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

TEST(CharEditDistance, TextbookCases) {
  EXPECT_EQ(char_edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(char_edit_distance("", "abc"), 3u);
  EXPECT_EQ(char_edit_distance("abc", ""), 3u);
  EXPECT_EQ(char_edit_distance("same", "same"), 0u);
  EXPECT_EQ(char_edit_distance("flaw", "lawn"), 2u);
}

TEST(CharEditDistance, CountsCharactersNotBytes) {
  // é is two bytes; replacing it by e is one edit, and so is dropping a non-breaking space.
  EXPECT_EQ(char_edit_distance("café", "cafe"), 1u);
  EXPECT_EQ(char_edit_distance("a\xC2\xA0" "b", "ab"), 1u);
  // Differing only in the last byte of a shared lead byte: still one character replaced by another.
  EXPECT_EQ(char_edit_distance("\xC3\xA9", "\xC3\xA8"), 1u);
  EXPECT_EQ(char_edit_distance("“quoted”", "\"quoted\""), 2u);
}

TEST(CharEditDistance, InvalidBytesCountAsOneEach) {
  EXPECT_EQ(char_edit_distance("a\xFF\xFE" "b", "ab"), 2u);
}

TEST(CharEditDistance, AgreesWithTheFullTableOnRandomText) {
  // Long, very different strings force the band to widen several times.
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> letter('a', 'e');
  for (int round = 0; round < 30; ++round) {
    std::string a, b;
    const size_t na = 50 + rng() % 400, nb = 50 + rng() % 400;
    for (size_t i = 0; i < na; ++i) a.push_back(static_cast<char>(letter(rng)));
    b = a.substr(0, std::min(na, nb));
    for (size_t i = b.size(); i < nb; ++i) b.push_back(static_cast<char>(letter(rng)));
    for (size_t k = 0; k < b.size() / 5; ++k) b[rng() % b.size()] = static_cast<char>(letter(rng));
    ASSERT_EQ(char_edit_distance(a, b), reference_distance(a, b)) << "round " << round;
  }
}

TEST(RepairRatio, HandComputed) {
  // Input: "Teh  cat sat ." is 3 edits from the gold (swap e/h = 2, one space, one space before '.').
  const std::string gold = "The cat sat.";
  auto full = repair_score("Teh  cat sat .", "The cat sat.", gold);
  EXPECT_EQ(full.input_distance, 3u);
  EXPECT_EQ(full.output_distance, 0u);
  EXPECT_DOUBLE_EQ(full.ratio(), 1.0);

  // Only the spacing repaired: the swapped letters (2 edits) remain.
  auto part = repair_score("Teh  cat sat .", "Teh cat sat.", gold);
  EXPECT_EQ(part.output_distance, 2u);
  EXPECT_DOUBLE_EQ(part.ratio(), 1.0 - 2.0 / 3.0);

  // Untouched: nothing repaired.
  EXPECT_DOUBLE_EQ(repair_score("Teh  cat sat .", "Teh  cat sat .", gold).ratio(), 0.0);
  // Made worse: more distance than the input had.
  EXPECT_LT(repair_score("The  cat sat.", "Th  cat sat", gold).ratio(), 0.0);
  // Clean input left clean is perfect; clean input damaged loses one point per edit.
  EXPECT_DOUBLE_EQ(repair_score(gold, gold, gold).ratio(), 1.0);
  EXPECT_DOUBLE_EQ(repair_score(gold, "The cat sat!", gold).ratio(), 0.0);
}

TEST(RepairRatio, TotalsWeighDocumentsByTheirDamage) {
  RepairTotals t;
  t.add(repair_score("Teh  cat sat .", "The cat sat.", "The cat sat."), true);  // 3 -> 0
  t.add(repair_score("a  b", "a  b", "a b"), false);                            // 1 -> 1
  EXPECT_EQ(t.documents, 2u);
  EXPECT_EQ(t.exact, 1u);
  EXPECT_EQ(t.input_distance, 4u);
  EXPECT_EQ(t.output_distance, 1u);
  EXPECT_DOUBLE_EQ(t.ratio(), 0.75);
}
