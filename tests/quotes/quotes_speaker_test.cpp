// Attribution: cue verbs in every order, pronouns and descriptions resolved to the fullest name, kinds.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;
using textchain::quotes::FoundQuote;

namespace {
FoundQuote only(const std::string& text) {
  auto found = tq::run_engine(text);
  EXPECT_EQ(found.size(), 1u) << text;
  return found.empty() ? FoundQuote{} : found[0];
}
std::string speaker(const std::string& text) { return only(text).speaker.value_or("(null)"); }
}  // namespace

TEST(QuoteSpeakers, CueAfterTheQuote) {
  EXPECT_EQ(speaker("Maria Zakharova spoke on Friday. \"We have no comment on it,\" she noted."), "Maria Zakharova");
  EXPECT_EQ(speaker("\"As for our assets, there has been no talk about it,\" said Lavrov."), "Lavrov");
  EXPECT_EQ(speaker("Foreign Minister Sergey Lavrov arrived. \"We are ready to talk,\" Lavrov said."), "Sergey Lavrov");
  EXPECT_EQ(speaker("\"Markets are falling fast today,\" said Keith Springer of Capital Financial Advisory."),
            "Keith Springer");
  EXPECT_EQ(speaker("\"It is a good day for us all,\" said the chief executive of Acme Corp, John Smith."),
            "John Smith");
}

TEST(QuoteSpeakers, CueBeforeTheQuote) {
  EXPECT_EQ(speaker("Lavrov said: \"The meeting will take place in Istanbul.\""), "Lavrov");
  EXPECT_EQ(speaker("Jake Sullivan, who leads the council, said \"this did not actually happen at all.\""), "Jake Sullivan");
  EXPECT_EQ(speaker("According to Mr Howard, the plan will secure jobs \"for the long term\"."), "Howard");
  EXPECT_EQ(speaker("Sullivan commented on the news, saying \"this didn't actually happen.\""), "Sullivan");
  EXPECT_EQ(speaker("El Pais writes that the meeting puts them ‘in an awkward and unpleasant position,’ as planned."),
            "El Pais");
}

TEST(QuoteSpeakers, PronounsAndDescriptionsResolveToTheFullestName) {
  const std::string t =
      "Russian Foreign Ministry spokeswoman Maria Zakharova spoke on Friday. \"There was a constructive "
      "atmosphere at the talks,\" she said. \"Everything went according to plan today,\" the spokeswoman added. "
      "\"We will see what happens next week,\" Zakharova concluded.";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 3u);
  for (const auto& q : found) {
    EXPECT_EQ(q.speaker.value_or("(null)"), "Maria Zakharova");
    EXPECT_EQ(q.kind, "direct");
  }
  EXPECT_EQ(found[0].cue.value_or(""), "said");
  EXPECT_EQ(t.substr(found[0].speaker_begin, found[0].speaker_end - found[0].speaker_begin), "she");
  EXPECT_EQ(found[2].cue.value_or(""), "concluded");
}

TEST(QuoteSpeakers, OrganizationsSpeakToo) {
  EXPECT_EQ(speaker("The meeting will make it clear \"how fast the sides can move forward,\" reported TASS."), "TASS");
}

TEST(QuoteSpeakers, NobodyNamedMeansNullNeverUnknown) {
  auto q = only("\"We are worried about the developments in the market,\" said a local parts supplier.");
  EXPECT_FALSE(q.speaker.has_value());
  EXPECT_EQ(q.kind, "direct");
}

TEST(QuoteSpeakers, PartialQuotesAndScareQuotes) {
  auto q = only("Spokeswoman Maria Zakharova said that diplomats are doing \"very deep and serious\" work.");
  EXPECT_EQ(q.kind, "partial");
  EXPECT_EQ(q.speaker.value_or("(null)"), "Maria Zakharova");
  // A name in marks with nobody speaking is not a quotation with a speaker.
  for (const auto& f : tq::run_engine("Apple released its \"Snow Leopard\" system and the \"Back to the Mac\" event."))
    EXPECT_FALSE(f.speaker.has_value());
}

TEST(QuoteSpeakers, SplitQuotationGivesTwoSpansWithOneSpeaker) {
  auto found = tq::run_engine("\"We love the Beatles,\" said Steve Jobs. \"It feels great to resolve this.\"");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker.value_or(""), "Steve Jobs");
  EXPECT_EQ(found[1].speaker.value_or(""), "Steve Jobs");
  EXPECT_FALSE(found[1].cue.has_value());
}

TEST(QuoteSpeakers, OptionsExtendCuesAndDropShortQuotes) {
  textchain::quotes::ExtractOptions o;
  o.lexicon_extras.cue_verbs = {"harrumphed"};
  auto found = tq::run_engine("\"This is not what we agreed upon,\" harrumphed Lavrov.", o);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or(""), "Lavrov");
  o.min_quote_words = 10;
  EXPECT_TRUE(tq::run_engine("\"This is not what we agreed upon,\" harrumphed Lavrov.", o).empty());
}

// The engine counts a quotation's words only up to the largest bound it compares the count with (the
// shortest quotation reported, the subheading and scare-quote lengths): at each bound the count still decides.
TEST(QuoteSpeakers, WordCountsDecideAtEveryBound) {
  textchain::quotes::ExtractOptions o;
  const std::string twelve = "\"We will keep the bridge open until the new one is ready,\" said Ann Vail.";
  o.min_quote_words = 12;
  auto found = tq::run_engine(twelve, o);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or(""), "Ann Vail");
  o.min_quote_words = 13;
  EXPECT_TRUE(tq::run_engine(twelve, o).empty());
  // A paragraph of eight capitalized words in marks is a subheading; of nine, a quotation.
  const auto eight = tq::run_engine("The council met.\n\n\"A Plan That Nobody In The Town Wanted\"\n\nIt voted.");
  EXPECT_TRUE(eight.empty());
  const auto nine = tq::run_engine("The council met.\n\n\"A Plan That Nobody In The Old Town Wanted\"\n\nIt voted.");
  ASSERT_EQ(nine.size(), 1u);
  EXPECT_EQ(nine[0].kind, "direct");
}
