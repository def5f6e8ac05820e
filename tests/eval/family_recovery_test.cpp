// Cleanup gold made of (broken, fixed) pairs with a family of damage: the gold reader, the per-family
// counts, and `textchain eval` reporting them.
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include "../support/textchain_command.hpp"
#include "eval/family_recovery.hpp"
#include "eval/gold_reader.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <sstream>
#include <string>

namespace json = boost::json;
using namespace textchain::eval;

TEST(FamilyRecovery, CountsExactRecoveryPerFamilyAndChangedCleanTexts) {
  FamilyRecovery f;
  f.add("windows-1252", "cafÃ©", "café", "café");
  f.add("windows-1252", "Ã‰tÃ©", "Ã‰té", "Été");
  f.add("cp437", "╨£", "М", "М");
  f.add("clean", "São Paulo", "São Paulo", "São Paulo");
  f.add("windows-1252", "Ok", "OK", "Ok");  // already correct: a false positive, whatever the family
  ASSERT_EQ(f.families().size(), 2u);
  EXPECT_EQ(f.families()[0].family, "cp437");
  EXPECT_EQ(f.families()[0].exact, 1u);
  EXPECT_EQ(f.families()[1].family, "windows-1252");
  EXPECT_EQ(f.families()[1].documents, 2u);
  EXPECT_EQ(f.families()[1].exact, 1u);
  EXPECT_DOUBLE_EQ(f.families()[1].rate(), 0.5);
  EXPECT_EQ(f.clean_documents(), 2u);
  EXPECT_EQ(f.false_positives(), 1u);
  EXPECT_EQ(f.documents(), 5u);
}

TEST(FamilyRecovery, GoldLinesCarryTheFixedTextAndTheFamily) {
  GoldSet set;
  std::istringstream in(R"({"id": "a", "family": "windows-1251", "text": "РїСЂРёРІРµС‚", "cleaned": "привет"})" "\n");
  read_gold_jsonl(in, "pairs.jsonl", set);
  ASSERT_EQ(set.documents.size(), 1u);
  EXPECT_TRUE(set.has_cleanup);
  EXPECT_EQ(set.documents[0].family, "windows-1251");
  ASSERT_TRUE(set.documents[0].cleaned.has_value());
  EXPECT_EQ(*set.documents[0].cleaned, "привет");
}

TEST(FamilyRecovery, EvalReportsFamiliesAndFalsePositives) {
  if (!textchain_test::have_plugin("cleanup")) GTEST_SKIP() << "the cleanup plugin is not built";
  const std::string gold = testing::TempDir() + "/eval_family_gold.jsonl";
  {
    FILE* f = std::fopen(gold.c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fputs(R"({"id": "m1", "family": "windows-1252", "text": "Le cafÃ© est prÃªt.", "cleaned": "Le café est prêt."})" "\n"
               R"({"id": "m2", "family": "macroman", "text": "Le caf√© est pr√™t.", "cleaned": "Le café est prêt."})" "\n"
               R"({"id": "c1", "family": "clean", "text": "SÃO PAULO e IRMÃ.", "cleaned": "SÃO PAULO e IRMÃ."})" "\n",
               f);
    std::fclose(f);
  }
  textchain_test::CommandRun r = textchain_test::run("eval --json --gold '" + gold + "' --steps cleanup");
  ASSERT_EQ(r.status, 0) << r.out;
  const json::object o = json::parse(r.out).as_object();
  const json::object& fam = o.at("cleanup").at("families").as_object();
  EXPECT_EQ(fam.at("recovery").at("windows-1252").at("exact").to_number<int>(), 1);
  EXPECT_EQ(fam.at("recovery").at("macroman").at("exact").to_number<int>(), 1);
  EXPECT_EQ(fam.at("clean_documents").to_number<int>(), 1);
  EXPECT_EQ(fam.at("false_positives").to_number<int>(), 0);
}
