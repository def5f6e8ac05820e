#include "document/offset_map.hpp"

#include <gtest/gtest.h>

#include <random>

using textchain::document::OffsetMap;
using textchain::document::TextEdit;

TEST(OffsetMap, CopiesAndReplacementsMapBothWays) {
  std::string out;
  //                 0123456789012345
  std::string text = "said :\n\nin talks";
  OffsetMap m = OffsetMap::apply(text, {{4, 8, " "}}, out);
  EXPECT_EQ(out, "said in talks");
  // "in" at new 5..7 is old 8..10.
  EXPECT_EQ(m.to_old_begin(5), 8u);
  EXPECT_EQ(m.to_old_end(7), 10u);
  // The replacement maps to the whole replaced span.
  EXPECT_EQ(m.to_old_begin(4), 4u);
  EXPECT_EQ(m.to_old_end(5), 8u);
  EXPECT_EQ(m.to_old_end(4), 4u);
  // Back again.
  EXPECT_EQ(m.to_new_begin(8), 5u);
  EXPECT_EQ(m.to_new_begin(6), 4u);  // inside the replaced span: the replacement's begin
  EXPECT_EQ(m.to_new_end(6), 5u);    // ... and its end
  EXPECT_EQ(m.to_old_begin(out.size()), text.size());
  EXPECT_EQ(m.to_old_end(0), 0u);
}

TEST(OffsetMap, DeletionsAndInsertions) {
  std::string out;
  std::string text = "a  b";
  OffsetMap m = OffsetMap::apply(text, {{1, 2, ""}, {4, 4, "!"}}, out);
  EXPECT_EQ(out, "a b!");
  EXPECT_EQ(m.to_old_begin(2), 3u);  // "b"
  EXPECT_EQ(m.to_old_end(3), 4u);
  EXPECT_EQ(m.to_old_end(1), 1u);    // an end at a deletion excludes what was deleted
  EXPECT_EQ(m.to_old_begin(1), 2u);  // a begin at a deletion starts after it
  EXPECT_EQ(m.to_old_end(4), 4u);    // the insertion stands for nothing
}

TEST(OffsetMap, RefusesOverlappingEdits) {
  std::string out;
  EXPECT_THROW(OffsetMap::apply("abcdef", {{0, 3, "x"}, {2, 4, "y"}}, out), std::invalid_argument);
  EXPECT_THROW(OffsetMap::apply("abc", {{2, 5, "x"}}, out), std::invalid_argument);
}

// Property: for random edit sets, every copied byte maps to itself, maps are monotone and round-trip.
TEST(OffsetMap, RandomEditSequencesStayConsistent) {
  std::mt19937 rng(12345);
  for (int round = 0; round < 300; ++round) {
    std::string text(rng() % 200, 'a');
    for (auto& c : text) c = static_cast<char>('a' + rng() % 26);
    std::vector<TextEdit> edits;
    size_t pos = 0;
    while (pos < text.size() && edits.size() < 10) {
      size_t b = pos + rng() % 20;
      if (b > text.size()) break;
      size_t e = std::min(text.size(), b + rng() % 5);
      edits.push_back({b, e, std::string(rng() % 4, 'Z')});
      pos = e + 1;
    }
    std::string out;
    OffsetMap m = OffsetMap::apply(text, edits, out);
    size_t prev_b = 0, prev_e = 0;
    for (size_t p = 0; p <= out.size(); ++p) {
      size_t b = m.to_old_begin(p), e = m.to_old_end(p);
      ASSERT_LE(b, text.size());
      ASSERT_LE(e, text.size());
      ASSERT_GE(b, prev_b);
      ASSERT_GE(e, prev_e);
      prev_b = b;
      prev_e = e;
      if (p < out.size() && out[p] != 'Z') {
        ASSERT_EQ(out[p], text[b]) << "round " << round << " pos " << p;
        ASSERT_EQ(m.to_new_begin(b), p);
      }
    }
  }
}

// to_old_begin and to_old_end try the piece they found last before searching: the answers must not depend
// on the order of the questions (forwards, backwards, at random), with deletions and insertions about.
TEST(OffsetMap, AnswersDoNotDependOnTheOrderOfQuestions) {
  std::mt19937 rng(2039);
  for (int round = 0; round < 200; ++round) {
    std::string text(rng() % 120, 'a');
    std::vector<TextEdit> edits;
    size_t pos = 0;
    while (pos < text.size() && edits.size() < 12) {
      const size_t b = pos + rng() % 12;
      if (b > text.size()) break;
      const size_t e = std::min(text.size(), b + rng() % 4);
      edits.push_back({b, e, std::string(rng() % 3, 'Z')});  // some empty: deletions; some at b == e: insertions
      pos = e + rng() % 2;
    }
    std::string out;
    const OffsetMap asked_once = OffsetMap::apply(text, edits, out);
    // The answer to each question from a map asked nothing before.
    std::vector<size_t> begins, ends;
    for (size_t p = 0; p <= out.size() + 1; ++p) {
      OffsetMap fresh = asked_once;
      begins.push_back(fresh.to_old_begin(p));
      ends.push_back(fresh.to_old_end(p));
    }
    OffsetMap m = asked_once;
    for (size_t p = 0; p <= out.size() + 1; ++p) {
      ASSERT_EQ(m.to_old_begin(p), begins[p]) << "round " << round << " forwards at " << p;
      ASSERT_EQ(m.to_old_end(p), ends[p]) << "round " << round << " forwards at " << p;
    }
    for (size_t p = out.size() + 2; p-- > 0;) {
      ASSERT_EQ(m.to_old_end(p), ends[p]) << "round " << round << " backwards at " << p;
      ASSERT_EQ(m.to_old_begin(p), begins[p]) << "round " << round << " backwards at " << p;
    }
    for (int k = 0; k < 200; ++k) {
      const size_t p = rng() % (out.size() + 2);
      if (rng() % 2) {
        ASSERT_EQ(m.to_old_begin(p), begins[p]) << "round " << round << " at random " << p;
      } else {
        ASSERT_EQ(m.to_old_end(p), ends[p]) << "round " << round << " at random " << p;
      }
    }
  }
}
