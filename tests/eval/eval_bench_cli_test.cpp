// `textchain eval` and `textchain bench` end to end: run the built command on the sample documents and
// check that the output is valid JSON with the figures the issue asks for.
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include "../support/textchain_command.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>

namespace json = boost::json;

namespace {

using textchain_test::CommandRun;
using textchain_test::have_plugin;
using textchain_test::run;

const std::string kData = TEXTCHAIN_TEST_DATA_DIR;
const std::string kSeeds = "'" + kData + "/seeds/'*.txt";

json::object parse_object(const std::string& s) {
  json::value v = json::parse(s);
  EXPECT_TRUE(v.is_object());
  return v.as_object();
}

void expect_unit(const json::value& v, const char* what) {
  ASSERT_TRUE(v.is_number()) << what;
  const double d = v.to_number<double>();
  EXPECT_GE(d, 0.0) << what;
  EXPECT_LE(d, 1.0) << what;
}

void expect_prf(const json::object& o, const char* what) {
  expect_unit(o.at("precision"), what);
  expect_unit(o.at("recall"), what);
  expect_unit(o.at("f1"), what);
}

}  // namespace

TEST(EvalCommand, DatesOnTheSampleDocumentsAsJson) {
  if (!have_plugin("dates")) GTEST_SKIP() << "the dates plugin is not built";
  CommandRun r = run("eval --json --errors 3 --gold '" + kData + "/gold/dates.jsonl' --steps dates " + kSeeds);
  ASSERT_EQ(r.status, 0) << r.out;
  json::object o = parse_object(r.out);
  EXPECT_EQ(o.at("documents").to_number<int>(), 4);
  const json::object& d = o.at("dates").as_object();
  EXPECT_GT(d.at("gold").to_number<int>(), 0);
  expect_prf(d.at("strict").as_object(), "strict");
  expect_prf(d.at("relaxed").as_object(), "relaxed");
  expect_unit(d.at("value").at("f1"), "value f1");
  expect_unit(d.at("type").at("f1"), "type f1");
  EXPECT_TRUE(o.at("errors").is_array());
  EXPECT_FALSE(o.contains("quotes"));
}

TEST(EvalCommand, QuotesAndCleanupInOneRun) {
  if (!have_plugin("quotes") || !have_plugin("cleanup")) GTEST_SKIP() << "the quotes or cleanup plugin is not built";
  // The inputs right after a --gold stay inputs: each --gold takes one path.
  CommandRun r = run("eval --json --steps cleanup,quotes --gold '" + kData + "/gold/quotes.jsonl' --gold '" + kData +
                     "/gold/cleanup' " + kSeeds);
  ASSERT_EQ(r.status, 0) << r.out;
  json::object o = parse_object(r.out);
  const json::object& q = o.at("quotes").as_object();
  expect_prf(q.at("span").as_object(), "span");
  expect_prf(q.at("end_to_end").as_object(), "end to end");
  expect_unit(q.at("speaker_accuracy"), "speaker accuracy");
  const json::object& c = o.at("cleanup").as_object();
  EXPECT_EQ(c.at("documents").to_number<int>(), 4);
  EXPECT_EQ(c.at("per_document").as_array().size(), 4u);
  EXPECT_LE(c.at("repair_ratio").to_number<double>(), 1.0);
  EXPECT_FALSE(o.contains("errors"));  // only with --errors
}

TEST(EvalCommand, TextInsideTheGoldNeedsNoInput) {
  if (!have_plugin("dates")) GTEST_SKIP() << "the dates plugin is not built";
  const std::string gold = testing::TempDir() + "/eval_inline_gold.jsonl";
  {
    FILE* f = std::fopen(gold.c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fputs(R"({"id": "one", "date": "2025-09-26", "text": "The vote is on Tuesday.", "dates": [{"begin": 15, "end": 22, "text": "Tuesday", "timex_type": "DATE", "value": "2025-09-30"}]})"
               "\n",
               f);
    std::fclose(f);
  }
  CommandRun r = run("eval --json --gold '" + gold + "' --steps dates");
  ASSERT_EQ(r.status, 0) << r.out;
  json::object o = parse_object(r.out);
  EXPECT_EQ(o.at("documents").to_number<int>(), 1);
  EXPECT_EQ(o.at("dates").at("gold").to_number<int>(), 1);
}

TEST(EvalCommand, GoldWithoutTextOrInputIsAUsageError) {
  CommandRun r = run("eval --gold '" + kData + "/gold/dates.jsonl' --steps dates");
  EXPECT_EQ(r.status, 2);
}

TEST(BenchCommand, JsonHasEveryStepAndTheWholeChain) {
  if (!have_plugin("cleanup") || !have_plugin("dates") || !have_plugin("quotes"))
    GTEST_SKIP() << "the shipped plugins are not built";
  CommandRun r = run("bench --json --repeat 2 --warmup 0 -j 2 --steps cleanup,dates,quotes " + kSeeds);
  ASSERT_EQ(r.status, 0) << r.out;
  json::object o = parse_object(r.out);
  EXPECT_EQ(o.at("inputs").at("documents").to_number<int>(), 4);
  EXPECT_FALSE(o.at("machine").at("cpu_model").as_string().empty());
  EXPECT_GT(o.at("peak_rss_bytes").to_number<double>(), 0);
  EXPECT_TRUE(o.at("build_type").is_string());
  const json::array& runs = o.at("runs").as_array();
  ASSERT_EQ(runs.size(), 2u);
  const json::array& steps = runs[0].at("steps").as_array();
  ASSERT_EQ(steps.size(), 5u);  // three steps, the host's views (tokens, sentences) and the host's own time
  EXPECT_EQ(steps[0].at("name").as_string(), "cleanup");
  EXPECT_EQ(steps[3].at("name").as_string(), "(views)");
  EXPECT_EQ(steps[4].at("name").as_string(), "(host)");
  double shares = 0;
  for (const auto& s : steps) {
    const json::object& wall = s.at("wall_ms").as_object();
    EXPECT_LE(wall.at("min").to_number<double>(), wall.at("median").to_number<double>());
    EXPECT_LE(wall.at("median").to_number<double>(), wall.at("max").to_number<double>());
    EXPECT_TRUE(s.at("latency_us").at("p99").is_object());
    shares += s.at("share").at("median").to_number<double>();
  }
  EXPECT_GT(shares, 0.5);  // medians of shares need not add up to exactly 1
  EXPECT_TRUE(runs[0].at("total").at("mb_per_s").is_object());
  EXPECT_EQ(runs[1].at("jobs").to_number<int>(), 2);
  EXPECT_GT(runs[1].at("speedup").at("median").to_number<double>(), 0);
}

// The clock reads' cost is taken out of the steps and given as a row of its own, so that the steps, the
// reads and the host add up to the pass (one pass: no medians that need not add up).
TEST(BenchCommand, StepsClockAndHostAddUpToThePass) {
  if (!have_plugin("cleanup") || !have_plugin("dates")) GTEST_SKIP() << "the shipped plugins are not built";
  CommandRun r = run("bench --json --repeat 1 --warmup 0 --steps cleanup,dates " + kSeeds);
  ASSERT_EQ(r.status, 0) << r.out;
  const json::object report = parse_object(r.out);
  const json::object& run0 = report.at("runs").as_array()[0].as_object();
  const json::object& clock = run0.at("clock").as_object();
  EXPECT_TRUE(clock.at("subtracted").as_bool());
  EXPECT_GE(clock.at("inside_interval_ns").at("cpu").at("median").to_number<double>(), 0.0);
  const json::array& steps = run0.at("steps").as_array();
  ASSERT_EQ(steps.size(), 4u);  // two steps, the host's views and its own time; the clock apart
  double cpu = clock.at("row").at("cpu_ms").at("median").to_number<double>();
  for (const auto& s : steps) cpu += s.at("cpu_ms").at("median").to_number<double>();
  const double host = steps[3].at("cpu_ms").at("median").to_number<double>();
  if (host > 0) {  // else the host's row was held at zero and the rows add up to more
    EXPECT_NEAR(cpu, run0.at("total").at("cpu_ms").at("median").to_number<double>(), 1e-6);
  }

  CommandRun raw = run("bench --json --raw-clock --repeat 1 --warmup 0 --steps cleanup,dates " + kSeeds);
  ASSERT_EQ(raw.status, 0) << raw.out;
  const json::object raw_report = parse_object(raw.out);
  const json::object& raw0 = raw_report.at("runs").as_array()[0].as_object();
  EXPECT_FALSE(raw0.at("clock").at("subtracted").as_bool());
  EXPECT_FALSE(raw0.at("clock").as_object().contains("row"));
}

// `dates` reads the sentences, which the host splits (and tokenizes) inside the first step that asks: that
// work is the (views) row, not the dates step's.
TEST(BenchCommand, HostViewsAreARowOfTheirOwn) {
  if (!have_plugin("dates")) GTEST_SKIP() << "the dates plugin is not built";
  CommandRun r = run("bench --json --raw-clock --repeat 1 --warmup 0 --steps dates " + kSeeds);
  ASSERT_EQ(r.status, 0) << r.out;
  const json::object report = parse_object(r.out);
  const json::array& steps = report.at("runs").as_array()[0].at("steps").as_array();
  ASSERT_EQ(steps.size(), 3u);
  EXPECT_EQ(steps[0].at("name").as_string(), "dates");
  EXPECT_EQ(steps[1].at("name").as_string(), "(views)");
  EXPECT_GT(steps[1].at("cpu_ms").at("median").to_number<double>(), 0.0);
}

TEST(BenchCommand, TableOnATerminalNamesEveryStep) {
  if (!have_plugin("dates")) GTEST_SKIP() << "the dates plugin is not built";
  CommandRun r = run("bench --repeat 1 --warmup 0 --steps dates " + kSeeds);
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("dates "), std::string::npos);
  EXPECT_NE(r.out.find("p99"), std::string::npos);
  EXPECT_NE(r.out.find("peak RSS"), std::string::npos);
  EXPECT_NE(r.out.find("(clock)"), std::string::npos);
}

TEST(BenchCommand, NoInputIsAUsageError) {
  EXPECT_EQ(run("bench --steps dates").status, 2);
}
