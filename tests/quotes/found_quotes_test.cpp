// FoundQuotes keeps the engine's quotations compactly: what drain() and to_vector() give back must be what
// was added, in text order, across blocks, with a group's speaker shared and speech without marks merged in.
#include "found_quotes.hpp"
#include "quote_extractor.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace textchain::quotes {
namespace {

FoundQuote quote(uint32_t begin, uint32_t end, std::string_view kind) {
  FoundQuote f;
  f.begin = begin;
  f.end = end;
  f.kind = kind;
  return f;
}

TEST(FoundQuotes, GivesBackWhatWasAddedAcrossBlocks) {
  const std::string text = "Ann Vail said \"we will win\" and Tom Hale added \"not yet\".";
  FoundQuotes found(text, 3);  // a first block of three, then blocks of a mebibyte
  const size_t n = 100000;
  for (size_t k = 0; k < n; ++k) {
    FoundQuote f = quote(static_cast<uint32_t>(k), static_cast<uint32_t>(k + 5), k % 2 ? "partial" : "direct");
    if (k % 3 == 0) {
      f.speaker = k % 6 == 0 ? "Ann Vail" : "Tom Hale, the long-serving chair of the committee";
      f.speaker_begin = static_cast<uint32_t>(k);
      f.speaker_end = static_cast<uint32_t>(k + 8);
      f.speaker_method = "cue";
      f.cue = std::string_view(text).substr(9, 4);  // "said"
    }
    found.add(f, true);
  }
  ASSERT_EQ(found.size(), n);
  const std::vector<FoundQuote> out = std::move(found).to_vector();
  ASSERT_EQ(out.size(), n);
  for (size_t k = 0; k < n; ++k) {
    const FoundQuote& f = out[k];
    ASSERT_EQ(f.begin, k);
    ASSERT_EQ(f.end, k + 5);
    ASSERT_EQ(f.kind, k % 2 ? "partial" : "direct");
    ASSERT_EQ(f.speaker.has_value(), k % 3 == 0);
    if (!f.speaker) continue;
    ASSERT_EQ(*f.speaker, k % 6 == 0 ? "Ann Vail" : "Tom Hale, the long-serving chair of the committee");
    ASSERT_EQ(f.speaker_begin, k);
    ASSERT_EQ(f.speaker_end, k + 8);
    ASSERT_STREQ(f.speaker_method, "cue");
    ASSERT_TRUE(f.cue.has_value());
    ASSERT_EQ(f.cue->data(), text.data() + 9);  // still a view of the text
    ASSERT_EQ(*f.cue, "said");
  }
}

TEST(FoundQuotes, AGroupSharesItsFirstSpeakerWithItsOuterParagraphsOnly) {
  const std::string text(200, ' ');
  FoundQuotes found(text, 1);
  found.add(quote(0, 10, "direct"), true);    // the group's first paragraph, no speaker
  found.add(quote(2, 5, "direct"), false);    // nested in it: not the group's
  FoundQuote second = quote(20, 30, "direct");
  second.speaker = "Ann Vail";
  second.speaker_begin = 40;
  second.speaker_end = 48;
  second.speaker_method = "cue";
  found.add(second, true);
  found.add(quote(50, 60, "direct"), true);   // the group's last paragraph
  found.share_voice(0);
  found.add(quote(70, 80, "partial"), true);  // the next group: nobody speaks
  found.share_voice(4);
  const std::vector<FoundQuote> out = std::move(found).to_vector();
  ASSERT_EQ(out.size(), 5u);
  for (size_t k : {0u, 3u}) {
    ASSERT_TRUE(out[k].speaker.has_value()) << k;
    EXPECT_EQ(*out[k].speaker, "Ann Vail");
    EXPECT_EQ(out[k].speaker_begin, 40u);
    EXPECT_EQ(out[k].speaker_end, 48u);
    EXPECT_STREQ(out[k].speaker_method, "continuation");
  }
  EXPECT_FALSE(out[1].speaker.has_value());
  EXPECT_STREQ(out[2].speaker_method, "cue");
  EXPECT_FALSE(out[4].speaker.has_value());
}

TEST(FoundQuotes, SpeechWithoutMarksIsMergedByPositionAfterMarksAtTheSame) {
  const std::string text(200, ' ');
  FoundQuotes found(text, 2);
  found.add(quote(10, 20, "direct"), true);
  found.add(quote(50, 60, "direct"), true);
  found.add_reported(quote(90, 95, "unmarked"));
  found.add_reported(quote(50, 55, "indirect"));
  found.add_reported(quote(0, 5, "indirect"));
  found.add_reported(quote(50, 58, "indirect"));
  found.sort_reported();
  std::vector<std::pair<uint32_t, std::string>> order;
  found.drain([&](const FoundQuotes::Entry& e) { order.emplace_back(e.end, std::string(e.kind)); });
  const std::vector<std::pair<uint32_t, std::string>> want = {
      {5, "indirect"}, {20, "direct"}, {60, "direct"}, {55, "indirect"}, {58, "indirect"}, {95, "unmarked"}};
  EXPECT_EQ(order, want);
  EXPECT_TRUE(found.empty());
}

TEST(FoundQuotes, ACueThatIsNoViewOfTheTextIsCopied) {
  const std::string text = "He said so.";
  FoundQuotes found(text, 1);
  FoundQuote f = quote(0, 2, "direct");
  const std::string elsewhere = "according to";
  f.cue = std::string_view(elsewhere);
  found.add(f, true);
  found.drain([&](const FoundQuotes::Entry& e) {
    ASSERT_TRUE(e.cue.has_value());
    EXPECT_EQ(*e.cue, "according to");
    EXPECT_NE(e.cue->data(), elsewhere.data());
  });
}

// A record keeps its lengths in 16 bits; one of 65,535 bytes or more goes to a side table keyed by the record's
// place: it must come back whole, in any block, through share_voice and set_last_speaker too.
TEST(FoundQuotes, LengthsOf65535BytesOrMoreComeBackWhole) {
  const std::string text(300000, 'x');
  const std::string_view t(text);
  FoundQuotes found(text, 1);  // the first block holds one record: the others go to the next block
  found.add(quote(0, 10, "direct"), true);
  // A quotation left open to the end of a long paragraph, its speaker's mention and its cue long too.
  FoundQuote open = quote(100, 100 + 70000, "direct");
  open.speaker = "Ann Vail";
  open.speaker_begin = 200000;
  open.speaker_end = 200000 + 65535;  // exactly the first length kept aside
  open.speaker_method = "cue";
  open.cue = t.substr(1000, 90000);
  found.add(open, true);
  found.add(quote(80000, 80000 + 65534, "partial"), true);  // the longest kept in the record
  found.share_voice(1);  // the last takes the long speaker's mention of the one before
  // A quotation whose speaker, long at first, is given a short one by a signature after it.
  FoundQuote signed_later = quote(150000, 150000 + 66000, "direct");
  signed_later.speaker = "Tom Hale";
  signed_later.speaker_begin = 0;
  signed_later.speaker_end = 100000;
  signed_later.speaker_method = "cue";
  found.add(signed_later, true);
  FoundQuote signature;
  signature.speaker = "Ann Vail";
  signature.speaker_begin = 290000;
  signature.speaker_end = 290008;
  signature.speaker_method = "signature";
  found.set_last_speaker(signature);
  FoundQuote reported = quote(120000, 120000 + 100000, "unmarked");
  reported.cue = t.substr(5, 70000);
  found.add_reported(reported);
  found.sort_reported();

  const std::vector<FoundQuote> out = std::move(found).to_vector();
  ASSERT_EQ(out.size(), 5u);
  EXPECT_EQ(out[0].end, 10u);
  EXPECT_EQ(out[1].begin, 100u);
  EXPECT_EQ(out[1].end, 70100u);
  EXPECT_EQ(out[1].speaker_begin, 200000u);
  EXPECT_EQ(out[1].speaker_end, 265535u);
  ASSERT_TRUE(out[1].cue.has_value());
  EXPECT_EQ(out[1].cue->data(), text.data() + 1000);
  EXPECT_EQ(out[1].cue->size(), 90000u);
  EXPECT_EQ(out[2].end, 80000u + 65534u);
  ASSERT_TRUE(out[2].speaker.has_value());
  EXPECT_EQ(*out[2].speaker, "Ann Vail");
  EXPECT_EQ(out[2].speaker_begin, 200000u);
  EXPECT_EQ(out[2].speaker_end, 265535u);
  EXPECT_STREQ(out[2].speaker_method, "continuation");
  EXPECT_EQ(out[3].kind, "unmarked");
  EXPECT_EQ(out[3].end, 220000u);
  ASSERT_TRUE(out[3].cue.has_value());
  EXPECT_EQ(out[3].cue->size(), 70000u);
  EXPECT_EQ(out[4].begin, 150000u);
  EXPECT_EQ(out[4].end, 216000u);
  ASSERT_TRUE(out[4].speaker.has_value());
  EXPECT_EQ(*out[4].speaker, "Ann Vail");
  EXPECT_EQ(out[4].speaker_begin, 290000u);
  EXPECT_EQ(out[4].speaker_end, 290008u);
  EXPECT_STREQ(out[4].speaker_method, "signature");
}

// A record keeps the speaker's and the cue's begins as signed 16-bit distances from the quotation's; one 32,768
// bytes or more before it, or 32,767 after, goes to the side table: each must come back whole, either side of the
// edge, and a far begin rewritten near (set_last_speaker) must leave no stale note behind.
TEST(FoundQuotes, BeginsFarFromTheQuotationComeBackWhole) {
  const std::string text(200000, 'x');
  const std::string_view t(text);
  FoundQuotes found(text, 2);
  const uint32_t at = 100000;
  struct Case {
    uint32_t speaker_begin, cue_begin;
  };
  const std::vector<Case> cases = {
      {at - 32767, at + 32767},  // the farthest kept in the record
      {at - 32768, at + 32768},  // the nearest kept aside
      {at - 90000, at + 99000},
      {at + 5, at - 3},
  };
  for (const Case& c : cases) {
    FoundQuote f = quote(at, at + 20, "direct");
    f.speaker = "Ann Vail";
    f.speaker_begin = c.speaker_begin;
    f.speaker_end = c.speaker_begin + 8;
    f.speaker_method = "cue";
    f.cue = t.substr(c.cue_begin, 4);
    found.add(f, true);
  }
  FoundQuote far = quote(at, at + 20, "direct");
  far.speaker = "Tom Hale";
  far.speaker_begin = 1;
  far.speaker_end = 9;
  far.speaker_method = "cue";
  found.add(far, true);
  FoundQuote signature;
  signature.speaker = "Ann Vail";
  signature.speaker_begin = at + 30;
  signature.speaker_end = at + 38;
  signature.speaker_method = "signature";
  found.set_last_speaker(signature);

  const std::vector<FoundQuote> out = std::move(found).to_vector();
  ASSERT_EQ(out.size(), cases.size() + 1);
  for (size_t k = 0; k < cases.size(); ++k) {
    EXPECT_EQ(out[k].begin, at) << k;
    EXPECT_EQ(out[k].end, at + 20) << k;
    EXPECT_EQ(out[k].speaker_begin, cases[k].speaker_begin) << k;
    EXPECT_EQ(out[k].speaker_end, cases[k].speaker_begin + 8) << k;
    ASSERT_TRUE(out[k].cue.has_value()) << k;
    EXPECT_EQ(out[k].cue->data(), text.data() + cases[k].cue_begin) << k;
    EXPECT_EQ(out[k].cue->size(), 4u) << k;
  }
  EXPECT_EQ(*out.back().speaker, "Ann Vail");
  EXPECT_EQ(out.back().speaker_begin, at + 30);
  EXPECT_EQ(out.back().speaker_end, at + 38);
  EXPECT_FALSE(out.back().cue.has_value());
}

}  // namespace
}  // namespace textchain::quotes
