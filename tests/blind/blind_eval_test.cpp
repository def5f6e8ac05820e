// The blind held-out sets: `textchain eval --json` on invented news articles the rules were not tuned on.
// Set A (data/, from articles.src, 30 articles) is the one engineers have since looked at; set B (data_b/,
// from articles_b.src, 25 articles on other subjects) is kept for measurement only. Floors sit about 0.05
// under the figures measured when each set was written (README.md in this folder lists them), so a general
// regression fails here and ordinary rule changes don't. The gold counts are checked too: a floor means
// nothing if part of the gold silently stopped loading.
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include "../support/textchain_command.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include <sys/wait.h>

namespace json = boost::json;

namespace {

using textchain_test::CommandRun;
using textchain_test::have_plugin;
using textchain_test::run;

const std::string kData = TEXTCHAIN_TEST_DATA_DIR;
const std::string kDataB = TEXTCHAIN_BLIND_B_DATA_DIR;

double num(const json::value& v) { return v.to_number<double>(); }

// Scores one step on one set: `dir` holds docs/*.txt and the gold file.
json::object eval(const std::string& dir, const std::string& gold, const char* step) {
  CommandRun r = run("eval --json --gold '" + dir + "/" + gold + "' --steps " + step + " '" + dir + "/docs/'*.txt");
  EXPECT_EQ(r.status, 0) << r.out;
  json::value v = json::parse(r.out);
  EXPECT_TRUE(v.is_object());
  return v.as_object();
}

}  // namespace

TEST(BlindSet, DatesStayAboveTheirFloors) {
  if (!have_plugin("dates")) GTEST_SKIP() << "the dates plugin is not built";
  const json::object o = eval(kData, "dates.jsonl", "dates");
  ASSERT_TRUE(o.contains("dates")) << json::serialize(o);
  const json::object& d = o.at("dates").as_object();
  EXPECT_EQ(num(o.at("documents")), 30);
  EXPECT_EQ(num(d.at("gold")), 231);  // required gold items; optional ones don't count
  // Measured when the set was made: strict 0.890, relaxed 0.972, value 0.861, type 0.955.
  EXPECT_GE(num(d.at("strict").at("f1")), 0.84);
  EXPECT_GE(num(d.at("relaxed").at("f1")), 0.92);
  EXPECT_GE(num(d.at("value").at("f1")), 0.81);
  EXPECT_GE(num(d.at("type").at("f1")), 0.90);
}

TEST(BlindSet, QuotesStayAboveTheirFloors) {
  if (!have_plugin("quotes")) GTEST_SKIP() << "the quotes plugin is not built";
  const json::object o = eval(kData, "quotes.jsonl", "quotes");
  ASSERT_TRUE(o.contains("quotes")) << json::serialize(o);
  const json::object& q = o.at("quotes").as_object();
  EXPECT_EQ(num(o.at("documents")), 30);
  EXPECT_EQ(num(q.at("gold")), 115);  // counted gold quotes (direct, partial, unmarked; required)
  // Measured when the set was made: span F1 0.996, speaker accuracy 0.746, end-to-end F1 0.742.
  EXPECT_GE(num(q.at("span").at("f1")), 0.94);
  EXPECT_GE(num(q.at("speaker_accuracy")), 0.69);
  EXPECT_GE(num(q.at("end_to_end").at("f1")), 0.69);
}

// Set B: measurement only. When a floor here fails, fix the rule in general terms; never tune on these texts.
TEST(BlindSetB, DatesStayAboveTheirFloors) {
  if (!have_plugin("dates")) GTEST_SKIP() << "the dates plugin is not built";
  const json::object o = eval(kDataB, "dates.jsonl", "dates");
  ASSERT_TRUE(o.contains("dates")) << json::serialize(o);
  const json::object& d = o.at("dates").as_object();
  EXPECT_EQ(num(o.at("documents")), 25);
  EXPECT_EQ(num(d.at("gold")), 316);  // required gold items; optional ones don't count
  // Measured when the set was made (committed tree 0d299a7): strict 0.874, relaxed 0.948, value 0.842,
  // type 0.936.
  EXPECT_GE(num(d.at("strict").at("f1")), 0.82);
  EXPECT_GE(num(d.at("relaxed").at("f1")), 0.90);
  EXPECT_GE(num(d.at("value").at("f1")), 0.79);
  EXPECT_GE(num(d.at("type").at("f1")), 0.88);
}

TEST(BlindSetB, QuotesStayAboveTheirFloors) {
  if (!have_plugin("quotes")) GTEST_SKIP() << "the quotes plugin is not built";
  const json::object o = eval(kDataB, "quotes.jsonl", "quotes");
  ASSERT_TRUE(o.contains("quotes")) << json::serialize(o);
  const json::object& q = o.at("quotes").as_object();
  EXPECT_EQ(num(o.at("documents")), 25);
  EXPECT_EQ(num(q.at("gold")), 104);  // counted gold quotes (direct, partial, unmarked; required)
  // Measured when the set was made (committed tree 0d299a7): span F1 0.986, speaker accuracy 0.775,
  // end-to-end F1 0.763.
  EXPECT_GE(num(q.at("span").at("f1")), 0.93);
  EXPECT_GE(num(q.at("speaker_accuracy")), 0.72);
  EXPECT_GE(num(q.at("end_to_end").at("f1")), 0.71);
}

// The blind cleanup set (cleanup/, from articles.src by make_cleanup.py): 15 damaged articles and 5 clean
// ones (16_… to 20_…: real lists, right colons, diacritics and other scripts, a quote over paragraphs,
// ellipses, Q&A, verse), scored by the character repair ratio. The clean ones must come out byte for byte
// as they went in: a cleanup that rewrites correct text does harm that no ratio on damaged text shows.
namespace {

const std::string kCleanup = TEXTCHAIN_BLIND_CLEANUP_DIR;

json::object eval_cleanup() {
  CommandRun r = run("eval --json --gold '" + kCleanup + "/gold' --steps cleanup '" + kCleanup + "/input/'*.txt");
  EXPECT_EQ(r.status, 0) << r.out;
  json::value v = json::parse(r.out);
  EXPECT_TRUE(v.is_object());
  return v.as_object();
}

// The per-document record of `id`, or null when the document was not scored.
const json::object* document(const json::object& cleanup, const std::string& id) {
  for (const json::value& d : cleanup.at("per_document").as_array())
    if (d.as_object().at("id").as_string() == id) return &d.as_object();
  return nullptr;
}

void expect_unchanged(const json::object& cleanup, const std::string& id) {
  const json::object* d = document(cleanup, id);
  ASSERT_NE(d, nullptr) << id << " was not scored";
  // The gold of a clean document is its input, so both distances are zero exactly when nothing changed.
  EXPECT_EQ(num(d->at("input_distance")), 0) << id << ": its gold should equal its input";
  EXPECT_EQ(num(d->at("output_distance")), 0) << id << " was changed";
  EXPECT_TRUE(d->at("exact").as_bool()) << id;
}

}  // namespace

TEST(BlindCleanup, RepairRatioStaysAboveItsFloor) {
  if (!have_plugin("cleanup")) GTEST_SKIP() << "the cleanup plugin is not built";
  const json::object o = eval_cleanup();
  ASSERT_TRUE(o.contains("cleanup")) << json::serialize(o);
  const json::object& c = o.at("cleanup").as_object();
  EXPECT_EQ(num(c.at("documents")), 20);
  EXPECT_EQ(num(c.at("input_distance")), 2209);  // total damage; catches gold or input that stopped loading
  // Measured when the set was made (head and the old build alike): ratio 0.517, 4 of 20 exact.
  EXPECT_GE(num(c.at("repair_ratio")), 0.88);
}

TEST(BlindCleanup, CleanDocumentsStayUnchanged) {
  if (!have_plugin("cleanup")) GTEST_SKIP() << "the cleanup plugin is not built";
  const json::object o = eval_cleanup();
  ASSERT_TRUE(o.contains("cleanup")) << json::serialize(o);
  const json::object& c = o.at("cleanup").as_object();
  for (const char* id : {"17_miners_memoir.txt", "18_language_festival.txt", "19_coach_interview.txt"})
    expect_unchanged(c, id);
}

// Failed when the set was made: the plugin joined a real list's first item to the colon line before it
// ("are:" + "- a weekly …") and joined the lines of quoted verse.
TEST(BlindCleanup, ListsAndVerseStayUnchanged) {
  if (!have_plugin("cleanup")) GTEST_SKIP() << "the cleanup plugin is not built";
  const json::object o = eval_cleanup();
  ASSERT_TRUE(o.contains("cleanup")) << json::serialize(o);
  const json::object& c = o.at("cleanup").as_object();
  for (const char* id : {"16_council_budget.txt", "20_poetry_prize.txt"}) expect_unchanged(c, id);
}
