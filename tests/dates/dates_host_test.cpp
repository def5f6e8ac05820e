// The plugin end to end through textchain::Host and its static twin: options from the table, the
// record's date, and annotations at original offsets with the attributes the writers need.
#include <textchain/host.hpp>
#include <textchain/sdk.hpp>

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

TEXTCHAIN_DECLARE_STATIC_PLUGIN(dates);

namespace {
textchain::Chain make_chain(textchain::Host& host, const char* toml) {
  host.set_use_default_dirs(false);
  host.add_static_plugin(textchain_plugin_entry_dates);
  return host.load_chain_from_string(toml);
}
}  // namespace

TEST(DatesPlugin, AnnotatesWithTimexAttributes) {
  textchain::Host host;
  auto chain = make_chain(host, "[chains.d]\nsteps = [\"dates\"]\n");
  const std::string text = "Lavrov will speak on Saturday. The meeting lasted over 50 minutes.";
  const auto r = chain.process(text, {.id = "1", .date = "2025-09-26"});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.annotations.size(), 2u);
  const auto& sat = r.annotations[0];
  EXPECT_EQ(sat.type, "date");
  EXPECT_EQ(r.span_text(sat), "Saturday");
  EXPECT_EQ(sat.get_string("timex_type"), "DATE");
  EXPECT_EQ(sat.get_string("value"), "2025-09-27");
  EXPECT_EQ(sat.find("mod"), nullptr);
  const auto& dur = r.annotations[1];
  EXPECT_EQ(r.span_text(dur), "50 minutes");
  EXPECT_EQ(dur.get_string("value"), "PT50M");
  EXPECT_EQ(dur.get_string("mod"), "MORE_THAN");
}

// The plugin bounds the tense look-back by the host's sentences: "Mr." inside a sentence does not hide the
// governing "will" from the weekday (2025-09-26 is a Friday; next Tuesday is 2025-09-30).
TEST(DatesPlugin, TenseLookBackUsesTheHostSentences) {
  textchain::Host host;
  auto chain = make_chain(host, "[chains.d]\nsteps = [\"dates\"]\n");
  const auto r = chain.process("The council will meet Mr. Smith on Tuesday. It met Mrs. Lee on Monday.",
                               {.id = "1", .date = "2025-09-26"});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.annotations.size(), 2u);
  EXPECT_EQ(r.span_text(r.annotations[0]), "Tuesday");
  EXPECT_EQ(r.annotations[0].get_string("value"), "2025-09-30");
  EXPECT_EQ(r.span_text(r.annotations[1]), "Monday");
  EXPECT_EQ(r.annotations[1].get_string("value"), "2025-09-22");
}

// The host's reference time (a record's "date" with a time: DocumentInput::reference_time, the plugins'
// meta "reference_time") anchors hours ahead and ago to the clock; the same text with the date alone keeps a
// DURATION and the day, as before.
TEST(DatesPlugin, ReferenceTimeAnchorsHoursToTheClock) {
  textchain::Host host;
  auto chain = make_chain(host, "[chains.d]\nsteps = [\"dates\"]\n");
  const std::string text = "The ferry leaves in two hours. The storm hit three hours ago.";
  const auto timed = chain.process(text, {.id = "1", .date = "2025-09-26", .reference_time = "14:30"});
  ASSERT_TRUE(timed.ok());
  ASSERT_EQ(timed.annotations.size(), 2u);
  EXPECT_EQ(timed.span_text(timed.annotations[0]), "two hours");
  EXPECT_EQ(timed.annotations[0].get_string("timex_type"), "TIME");
  EXPECT_EQ(timed.annotations[0].get_string("value"), "2025-09-26T16:30");
  EXPECT_EQ(timed.span_text(timed.annotations[1]), "three hours ago");
  EXPECT_EQ(timed.annotations[1].get_string("timex_type"), "TIME");
  EXPECT_EQ(timed.annotations[1].get_string("value"), "2025-09-26T11:30");
  EXPECT_EQ(timed.date, "2025-09-26");
  // A zone is taken as the wall clock's (values carry no zone); past midnight is the next day.
  const auto late = chain.process(text, {.id = "2", .date = "2025-09-26", .reference_time = "23:10+02:00"});
  ASSERT_EQ(late.annotations.size(), 2u);
  EXPECT_EQ(late.annotations[0].get_string("value"), "2025-09-27T01:10");
  EXPECT_EQ(late.annotations[1].get_string("value"), "2025-09-26T20:10");
  const auto day = chain.process(text, {.id = "3", .date = "2025-09-26"});
  ASSERT_EQ(day.annotations.size(), 2u);
  EXPECT_EQ(day.annotations[0].get_string("timex_type"), "DURATION");
  EXPECT_EQ(day.annotations[0].get_string("value"), "PT2H");
  EXPECT_EQ(day.annotations[1].get_string("timex_type"), "DATE");
  EXPECT_EQ(day.annotations[1].get_string("value"), "2025-09-26");
}

TEST(DatesPlugin, DocumentDateOptionAndTypes) {
  textchain::Host host;
  auto chain = make_chain(host,
                          "[chains.d]\nsteps = [ { plugin = \"dates\", options = { document_date = \"2025-02-26\", "
                          "types = [\"DATE\"] } } ]\n");
  const auto r = chain.process("He arrived yesterday and stayed 3 days.", {.id = "1", .date = "2025-09-26"});
  ASSERT_EQ(r.annotations.size(), 1u);
  EXPECT_EQ(r.annotations[0].get_string("value"), "2025-02-25");
}

TEST(DatesPlugin, BadDocumentDateOptionIsAConfigError) {
  textchain::Host host;
  EXPECT_ANY_THROW({
    auto chain = make_chain(host,
                            "[chains.d]\nsteps = [ { plugin = \"dates\", options = { document_date = \"soon\" } } ]\n");
    (void)chain.process("x", {});
  });
}

// A user's rule file named in the chain config: its rules apply, and a mistake in it is reported with the
// file's line and column.
TEST(DatesPlugin, RulesFileOption) {
  textchain::Host host;
  const std::string example = std::string(TEXTCHAIN_SOURCE_DIR) + "/plugins/dates/examples/fiscal_quarters.toml";
  auto chain = make_chain(host, ("[chains.d]\nsteps = [ { plugin = \"dates\", options = { rules_file = \"" + example +
                                 "\" } } ]\n").c_str());
  const auto r = chain.process("Sales rose in Q3 FY2025.", {.id = "1", .date = "2025-03-10"});
  ASSERT_EQ(r.annotations.size(), 1u);
  EXPECT_EQ(r.span_text(r.annotations[0]), "Q3 FY2025");
  EXPECT_EQ(r.annotations[0].get_string("value"), "2025-Q2");

  const std::string bad = std::string(TEXTCHAIN_BINARY_DIR) + "/dates_bad_rules.toml";
  {
    std::FILE* f = std::fopen(bad.c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fputs("[[rule]]\nname = \"x\"\ngroup = \"day\"\npattern = \"<mnth>\"\nproduce = \"type=DATE\"\n", f);
    std::fclose(f);
  }
  textchain::Host host2;
  try {
    auto c = make_chain(host2, ("[chains.d]\nsteps = [ { plugin = \"dates\", options = { rules_file = \"" + bad +
                                "\" } } ]\n").c_str());
    (void)c.process("x", {});
    FAIL() << "a bad rules file must be refused";
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find(bad + ":4:13: unknown token kind 'mnth'"), std::string::npos) << e.what();
  }
}

TEST(DatesPlugin, RangesAreOneAnnotationBesideTheDates) {
  textchain::Host host;
  auto chain = make_chain(host, "[chains.d]\nsteps = [\"dates\"]\n");
  const std::string text = "The museum was shut from 2017 to 2019 and again October 3 to 8.";
  const auto r = chain.process(text, {.id = "1", .date = "2025-09-26"});
  ASSERT_TRUE(r.ok());
  std::vector<std::string> dates, ranges;
  for (const auto& a : r.annotations) {
    if (a.type == "date") dates.push_back(std::string(r.span_text(a)) + "=" + std::string(a.get_string("value")));
    if (a.type == "date_range")
      ranges.push_back(std::string(r.span_text(a)) + "=" + std::string(a.get_string("begin_value")) + ".." +
                       std::string(a.get_string("end_value")));
  }
  // TimeML's DATEs stay as they are; the interval written as one expression also carries its two ends.
  EXPECT_EQ(dates, (std::vector<std::string>{"2017=2017", "2019=2019", "October 3 to 8=2025-10-03/2025-10-08"}));
  EXPECT_EQ(ranges, (std::vector<std::string>{"2017 to 2019=2017..2019", "October 3 to 8=2025-10-03..2025-10-08"}));
  for (const auto& a : r.annotations) {
    if (a.type == "date" && a.get_string("value").find('/') != std::string::npos) {
      EXPECT_EQ(a.get_string("end_value"), "2025-10-08");
    }
  }
}
