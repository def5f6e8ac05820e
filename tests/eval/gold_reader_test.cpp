#include "eval/gold_reader.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace textchain::eval;

namespace {

GoldSet read(const std::string& jsonl, std::string_view name = "gold.jsonl") {
  GoldSet set;
  std::istringstream in(jsonl);
  read_gold_jsonl(in, name, set);
  return set;
}

}  // namespace

TEST(GoldReader, ReadsDatesWithTheirAttributes) {
  GoldSet set = read(
      R"({"id": "a.txt", "date": "2025-09-26", "dates": [{"begin": 6, "end": 16, "text": "2025-09-26", "timex_type": "DATE", "value": "2025-09-26", "required": true}, {"begin": 20, "end": 30, "text": "50 minutes", "timex_type": "DURATION", "value": "PT50M", "mod": "MORE_THAN", "required": false}]})"
      "\n");
  ASSERT_EQ(set.documents.size(), 1u);
  const GoldDocument& d = set.documents[0];
  EXPECT_TRUE(set.has_dates);
  EXPECT_FALSE(set.has_quotes);
  EXPECT_EQ(d.id, "a.txt");
  EXPECT_EQ(d.date, "2025-09-26");
  EXPECT_FALSE(d.text.has_value());
  ASSERT_EQ(d.dates.size(), 2u);
  EXPECT_EQ(d.dates[0].begin, 6u);
  EXPECT_EQ(d.dates[0].end, 16u);
  EXPECT_EQ(d.dates[0].timex_type, "DATE");
  EXPECT_TRUE(d.dates[0].required);
  EXPECT_EQ(d.dates[1].mod, "MORE_THAN");
  EXPECT_EQ(d.dates[1].value, "PT50M");
  EXPECT_FALSE(d.dates[1].required);
}

TEST(GoldReader, ReadsQuotesNotQuotesTextAndAnnotatedEnd) {
  GoldSet set = read(
      R"({"id": "n1", "date": null, "text": "He said \"hi\" and \"bye\".", "annotated_end": 12, "quotes": [{"begin": 8, "end": 12, "kind": "direct", "speakers": ["Steve Jobs", "Jobs"], "cue": "said"}, {"begin": 17, "end": 22, "kind": "scare", "speakers": [], "cue": null, "required": false}], "not_quotes": [{"begin": 0, "end": 2, "why": "test"}]})"
      "\n\n");
  ASSERT_EQ(set.documents.size(), 1u);
  const GoldDocument& d = set.documents[0];
  EXPECT_TRUE(set.has_quotes);
  EXPECT_TRUE(d.date.empty());
  ASSERT_TRUE(d.text.has_value());
  EXPECT_EQ(*d.text, "He said \"hi\" and \"bye\".");
  EXPECT_EQ(d.annotated_end, std::optional<size_t>(12));
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speakers, (std::vector<std::string>{"Steve Jobs", "Jobs"}));
  EXPECT_EQ(d.quotes[0].cue, std::optional<std::string>("said"));
  EXPECT_TRUE(d.quotes[0].required);
  EXPECT_EQ(d.quotes[1].kind, "scare");
  EXPECT_FALSE(d.quotes[1].cue.has_value());
  EXPECT_FALSE(d.quotes[1].required);
  ASSERT_EQ(d.not_quotes.size(), 1u);
  EXPECT_EQ(d.not_quotes[0].why, "test");
}

TEST(GoldReader, MergesFilesByIdSoOneRunScoresEveryType) {
  GoldSet set;
  std::istringstream dates(R"({"id": "x", "date": "2020-01-02", "dates": []})" "\n");
  std::istringstream quotes(R"({"id": "x", "quotes": [{"begin": 0, "end": 3, "kind": "direct", "speakers": []}]})" "\n"
                            R"({"id": "y", "quotes": []})" "\n");
  read_gold_jsonl(dates, "dates.jsonl", set);
  read_gold_jsonl(quotes, "quotes.jsonl", set);
  ASSERT_EQ(set.documents.size(), 2u);
  EXPECT_TRUE(set.documents[0].has_dates);
  EXPECT_TRUE(set.documents[0].has_quotes);
  EXPECT_EQ(set.documents[0].date, "2020-01-02");
  EXPECT_FALSE(set.documents[1].has_dates);
  EXPECT_TRUE(set.documents[1].has_quotes);  // an empty list is gold too: the document has no quotes
}

TEST(GoldReader, ErrorsNameTheFileAndLine) {
  auto message = [](const std::string& jsonl) {
    try {
      read(jsonl, "g.jsonl");
    } catch (const GoldError& e) {
      return std::string(e.what());
    }
    return std::string("(no error)");
  };
  EXPECT_NE(message("{\"id\": \"a\"}\n{not json\n").find("g.jsonl:2:"), std::string::npos);
  EXPECT_NE(message("{\"dates\": []}\n").find("needs an \"id\""), std::string::npos);
  EXPECT_NE(message("{\"id\": \"a\", \"dates\": [{\"begin\": 5, \"end\": 2}]}\n").find("ends before it begins"),
            std::string::npos);
  EXPECT_NE(message("{\"id\": \"a\", \"dates\": [{\"begin\": -1, \"end\": 2}]}\n").find("non-negative"),
            std::string::npos);
}

TEST(GoldReader, FileNameOfAnIdMatchesInputsGivenAsPaths) {
  EXPECT_EQ(file_name_of("../shared/corpus/seeds/000_x.txt"), "000_x.txt");
  EXPECT_EQ(file_name_of("000_x.txt"), "000_x.txt");
  EXPECT_EQ(file_name_of("113219_Stock_markets"), "113219_Stock_markets");
}

TEST(GoldReader, SpanChecksCatchTheWrongText) {
  GoldSet set = read(R"({"id": "a", "dates": [{"begin": 0, "end": 5, "text": "today"}, {"begin": 6, "end": 99, "text": ""}]})"
                     "\n");
  GoldDocument& d = set.documents[0];
  d.text = "Today is fine";
  std::vector<std::string> warnings;
  check_gold_spans(d, warnings);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_NE(warnings[0].find("reads \"Today\""), std::string::npos);
  EXPECT_NE(warnings[1].find("past the end"), std::string::npos);
}

TEST(GoldReader, ReadsTheShippedGoldAndItsCleanupFolder) {
  const std::string dir = TEXTCHAIN_TEST_DATA_DIR "/gold";
  GoldSet set;
  read_gold_jsonl(dir + "/dates.jsonl", set);
  read_gold_jsonl(dir + "/quotes.jsonl", set);
  read_gold_cleanup_dir(dir + "/cleanup", set);
  EXPECT_EQ(set.documents.size(), 4u);
  EXPECT_TRUE(set.has_dates && set.has_quotes && set.has_cleanup);
  for (const auto& d : set.documents) {
    EXPECT_TRUE(d.has_dates) << d.id;
    EXPECT_TRUE(d.has_quotes) << d.id;
    EXPECT_TRUE(d.cleaned.has_value()) << d.id;
  }
  // Every date span of the gold reads what the gold says in the sample document it names.
  for (auto& d : set.documents) {
    std::ifstream in(TEXTCHAIN_TEST_DATA_DIR "/seeds/" + d.id, std::ios::binary);
    ASSERT_TRUE(in) << d.id;
    std::ostringstream s;
    s << in.rdbuf();
    d.text = s.str();
    std::vector<std::string> warnings;
    check_gold_spans(d, warnings);
    EXPECT_TRUE(warnings.empty()) << warnings.front();
  }
}
