// The TempEval-3 scorer on hand-computed cases.
#include "eval/timex_scorer.hpp"

#include <gtest/gtest.h>

using textchain::eval::score_timex;
using textchain::eval::TimexDocument;
using textchain::eval::TimexError;
using textchain::eval::TimexItem;

namespace {
TimexItem item(size_t b, size_t e, const char* type, const char* value, const char* mod = "", bool required = true) {
  TimexItem t;
  t.begin = b;
  t.end = e;
  t.timex_type = type;
  t.value = value;
  t.mod = mod;
  t.required = required;
  return t;
}
}  // namespace

TEST(TimexScorer, ExactMatchIsPerfect) {
  TimexDocument d;
  d.gold = {item(0, 10, "DATE", "2025-09-26")};
  d.system = {item(0, 10, "DATE", "2025-09-26")};
  const auto s = score_timex({d});
  EXPECT_DOUBLE_EQ(s.strict.f1, 1.0);
  EXPECT_DOUBLE_EQ(s.relaxed.f1, 1.0);
  EXPECT_DOUBLE_EQ(s.value_f1, 1.0);
  EXPECT_TRUE(s.errors.empty());
}

TEST(TimexScorer, PartialOverlapIsRelaxedNotStrict) {
  // gold "over 50 minutes" [0,15); system "50 minutes" [5,15) with the wrong value
  TimexDocument d;
  d.gold = {item(0, 15, "DURATION", "PT50M"), item(20, 26, "DATE", "2025-09-27")};
  d.system = {item(5, 15, "DURATION", "PT5M"), item(20, 26, "DATE", "2025-09-27")};
  const auto s = score_timex({d});
  EXPECT_DOUBLE_EQ(s.strict.precision, 0.5);
  EXPECT_DOUBLE_EQ(s.strict.recall, 0.5);
  EXPECT_DOUBLE_EQ(s.relaxed.f1, 1.0);
  EXPECT_DOUBLE_EQ(s.value_accuracy, 0.5);
  EXPECT_DOUBLE_EQ(s.value_f1, 0.5);
  EXPECT_DOUBLE_EQ(s.type_f1, 1.0);
  ASSERT_EQ(s.errors.size(), 1u);
  EXPECT_EQ(s.errors[0].kind, TimexError::Kind::wrong_value);
}

TEST(TimexScorer, UnalignedSystemSpanIsAFalsePositive) {
  TimexDocument d;
  d.gold = {item(0, 4, "DATE", "2009")};
  d.system = {item(0, 4, "DATE", "2009"), item(10, 15, "DATE", "PRESENT_REF")};
  const auto s = score_timex({d});
  EXPECT_DOUBLE_EQ(s.relaxed.precision, 0.5);
  EXPECT_DOUBLE_EQ(s.relaxed.recall, 1.0);
  EXPECT_NEAR(s.relaxed.f1, 2 * 0.5 / 1.5, 1e-12);
  ASSERT_EQ(s.errors.size(), 1u);
  EXPECT_EQ(s.errors[0].kind, TimexError::Kind::false_positive);
}

TEST(TimexScorer, SystemSpanAlignsToTheLeftmostGold) {
  // gold: range "from 2009 to 2011" [0,17) P2Y and the nested "2011" [13,17); system "2011" [13,17)
  TimexDocument d;
  d.gold = {item(13, 17, "DATE", "2011"), item(0, 17, "DURATION", "P2Y")};
  d.system = {item(13, 17, "DATE", "2011")};
  const auto s = score_timex({d});
  // aligned to the range (leftmost): value and type wrong; the nested gold is missed; strict still matches
  EXPECT_EQ(s.relaxed_system_matched, 1u);
  EXPECT_EQ(s.relaxed_gold_matched, 1u);
  EXPECT_EQ(s.value_correct, 0u);
  EXPECT_EQ(s.strict_system_matched, 1u);
  EXPECT_DOUBLE_EQ(s.relaxed.recall, 0.5);
}

TEST(TimexScorer, EachGoldItemPairsOnce) {
  // gold "March 3-4, 2025" [0,15) as one DATE; system splits it into "March 3" [0,7) and "4, 2025" [8,15)
  TimexDocument d;
  d.gold = {item(0, 15, "DATE", "2025-03")};
  d.system = {item(0, 7, "DATE", "2025-03-03"), item(8, 15, "DATE", "2025-03-04")};
  const auto s = score_timex({d});
  // the first pairs (value wrong); the second finds the gold taken: a false positive
  EXPECT_EQ(s.system, 2u);
  EXPECT_EQ(s.relaxed_system_matched, 1u);
  EXPECT_EQ(s.relaxed_gold_matched, 1u);
  EXPECT_DOUBLE_EQ(s.relaxed.precision, 0.5);
  EXPECT_DOUBLE_EQ(s.relaxed.recall, 1.0);
  EXPECT_EQ(s.value_correct, 0u);
  ASSERT_EQ(s.errors.size(), 2u);
  EXPECT_EQ(s.errors[0].kind, TimexError::Kind::wrong_value);
  EXPECT_EQ(s.errors[1].kind, TimexError::Kind::false_positive);
}

TEST(TimexScorer, ASecondSystemSpanPairsWithTheNextOverlappingGold) {
  // gold: range "from 2009 to 2011" [0,17) P2Y with nested "2009" [5,9) and "2011" [13,17);
  // system "2009" and "2011": "2009" pairs with the range (leftmost), "2011" with the nested "2011"
  TimexDocument d;
  d.gold = {item(0, 17, "DURATION", "P2Y"), item(5, 9, "DATE", "2009"), item(13, 17, "DATE", "2011")};
  d.system = {item(5, 9, "DATE", "2009"), item(13, 17, "DATE", "2011")};
  const auto s = score_timex({d});
  EXPECT_EQ(s.relaxed_system_matched, 2u);
  EXPECT_EQ(s.relaxed_gold_matched, 2u);  // the range and "2011"; "2009" missed
  EXPECT_EQ(s.value_correct, 1u);         // "2011"
  EXPECT_EQ(s.strict_system_matched, 2u); // both spans exist in the gold
  EXPECT_EQ(s.strict_gold_matched, 2u);
  EXPECT_DOUBLE_EQ(s.relaxed.recall, 2.0 / 3.0);
}

TEST(TimexScorer, AnExactSpanCountsStrictOnce) {
  TimexDocument d;
  d.gold = {item(0, 4, "DATE", "2009")};
  d.system = {item(0, 4, "DATE", "2009"), item(0, 4, "DATE", "2009")};
  const auto s = score_timex({d});
  EXPECT_EQ(s.strict_system_matched, 1u);
  EXPECT_EQ(s.relaxed_system_matched, 1u);
  EXPECT_DOUBLE_EQ(s.strict.precision, 0.5);
}

TEST(TimexScorer, OptionalGoldIsNeutral) {
  TimexDocument found;
  found.gold = {item(0, 4, "DATE", "2009"), item(10, 18, "DURATION", "P80Y", "", false)};
  found.system = {item(0, 4, "DATE", "2009"), item(10, 18, "DURATION", "P80Y")};
  TimexDocument missed = found;
  missed.system.pop_back();
  for (const auto& d : {found, missed}) {
    const auto s = score_timex({d});
    EXPECT_EQ(s.gold, 1u);
    EXPECT_EQ(s.system, 1u);
    EXPECT_DOUBLE_EQ(s.strict.f1, 1.0);
    EXPECT_TRUE(s.errors.empty());
  }
}

TEST(TimexScorer, SystemSpansAfterAnnotatedEndAreIgnored) {
  TimexDocument d;
  d.annotated_end = 100;
  d.gold = {item(0, 4, "DATE", "2009")};
  d.system = {item(0, 4, "DATE", "2009"), item(100, 106, "DATE", "2010-01-01"), item(150, 155, "DATE", "2011")};
  const auto s = score_timex({d});
  EXPECT_EQ(s.system, 1u);
  EXPECT_DOUBLE_EQ(s.relaxed.precision, 1.0);
}

TEST(TimexScorer, MissAndModErrorsAreListed) {
  TimexDocument d;
  d.id = "doc";
  d.gold = {item(0, 13, "DATE", "2025-10", "START"), item(20, 24, "DATE", "2009")};
  d.system = {item(0, 13, "DATE", "2025-10")};
  const auto s = score_timex({d});
  EXPECT_DOUBLE_EQ(s.relaxed.recall, 0.5);
  EXPECT_DOUBLE_EQ(s.mod_accuracy, 0.0);
  ASSERT_EQ(s.errors.size(), 2u);
  EXPECT_EQ(s.errors[0].kind, TimexError::Kind::wrong_mod);
  EXPECT_EQ(s.errors[1].kind, TimexError::Kind::miss);
  EXPECT_EQ(s.errors[1].doc_id, "doc");
}

TEST(TimexScorer, EmptySetsScoreZeroWithoutDividingByZero) {
  const auto s = score_timex({TimexDocument{}});
  EXPECT_EQ(s.relaxed.f1, 0.0);
  EXPECT_EQ(s.value_f1, 0.0);
}
