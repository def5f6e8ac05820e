// The accuracy targets on the third-party development sets. They are read in place from ../shared/data
// when that folder exists (never copied into the repository); the tests skip otherwise.
#include "dev_sets.hpp"

#include <gtest/gtest.h>

#include <cstdio>

using namespace textchain;

TEST(DatesDevSets, NewsDevTempEval3) {
  const auto gold = dates::dev::shared_data_dir() / "news-dev" / "dates.jsonl";
  if (!std::filesystem::exists(gold)) GTEST_SKIP() << gold << " not present";
  const dates::Tagger tagger(dates::TaggerOptions{});
  const auto s = eval::score_timex(dates::dev::tag_gold_file(tagger, gold));
  std::printf("news-dev: relaxed F1 %.4f  strict F1 %.4f  value F1 %.4f  type F1 %.4f\n", s.relaxed.f1, s.strict.f1,
              s.value_f1, s.type_f1);
  EXPECT_GE(s.relaxed.f1, 0.90);
  EXPECT_GE(s.value_f1, 0.80);
}

TEST(DatesDevSets, ChronoCases) {
  const auto cases = dates::dev::shared_data_dir() / "dates-chrono" / "cases.jsonl";
  if (!std::filesystem::exists(cases)) GTEST_SKIP() << cases << " not present";
  const auto r = dates::dev::run_chrono(cases);
  const double pos = double(r.positives_ok) / double(r.positives);
  const double neg = double(r.negatives_ok) / double(r.negatives);
  std::printf("chrono: positives %zu/%zu = %.4f  negatives %zu/%zu = %.4f\n", r.positives_ok, r.positives, pos,
              r.negatives_ok, r.negatives, neg);
  // 0.88, not 0.90: "within N units" is a DURATION (TimeML, TempEval, MEANTIME), where chrono wants
  // the instant N units ahead; eight positives fail by that choice (plugins/dates/KNOWN_GAPS.md).
  EXPECT_GE(pos, 0.88);
  EXPECT_GE(neg, 0.95);
}
