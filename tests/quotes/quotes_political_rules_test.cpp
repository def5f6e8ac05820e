// Rules for political news (issue 16): which marks are quotations, partial quotations inside reported
// speech, sources that are not people, typewriter quotation marks, names in Latin Extended-A. Every
// sentence here was written for these tests.
#include "quote_test_support.hpp"
#include "text_chars.hpp"

#include <gtest/gtest.h>

#include <set>

namespace tq = textchain::quotes::testing;
using textchain::quotes::FoundQuote;

namespace {
std::string span_of(const std::string& text, const FoundQuote& q) { return text.substr(q.begin, q.end - q.begin); }
}  // namespace

TEST(QuotesPolitical, LatinExtendedACapitalsStartNames) {
  using textchain::quotes::is_lower_cp;
  using textchain::quotes::is_upper_cp;
  // Capitals at odd code points (Ĺ Ł Ń Ň Ź Ż Ž) as well as at even ones (Ą Ć Ś).
  for (char32_t c : {0x139, 0x13B, 0x13D, 0x13F, 0x141, 0x143, 0x145, 0x147, 0x179, 0x17B, 0x17D, 0x178, 0x104,
                     0x106, 0x15A}) {
    EXPECT_TRUE(is_upper_cp(c)) << std::hex << static_cast<uint32_t>(c);
    EXPECT_FALSE(is_lower_cp(c)) << std::hex << static_cast<uint32_t>(c);
  }
  for (char32_t c : {0x13A, 0x142, 0x144, 0x148, 0x17A, 0x17C, 0x17E, 0x105, 0x107, 0x15B, 0x138, 0x149, 0x17F}) {
    EXPECT_TRUE(is_lower_cp(c)) << std::hex << static_cast<uint32_t>(c);
    EXPECT_FALSE(is_upper_cp(c)) << std::hex << static_cast<uint32_t>(c);
  }
}

TEST(QuotesPolitical, NamesInLatinExtendedAAreAttributed) {
  const std::string t = "\u0141ukasz \u017Bukowski said: \"The harbour will reopen in spring.\"";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "\u0141ukasz \u017Bukowski");
  const std::string u = "\"We are not finished yet,\" said \u0143ina \u0179r\u00F3d\u0142o, the mayor.";
  found = tq::run_engine(u);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "\u0143ina \u0179r\u00F3d\u0142o");
}

TEST(QuotesPolitical, TwoApostrophesAreOneDoubleMark) {
  const std::string t = "The council met late.\n\n''We can't wait any longer,'' said Hollis Brandt, an adviser. "
                        "''It's the voters' call now.''";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(span_of(t, found[0]), "''We can't wait any longer,''");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Hollis Brandt");
  EXPECT_EQ(span_of(t, found[1]), "''It's the voters' call now.''");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Hollis Brandt");
}

TEST(QuotesLexicons, EachFileHoldsAWordOnceInLowerCase) {
  using textchain::quotes::builtin_lexicon;
  using textchain::quotes::parse_lexicon;
  for (const char* name : {"cue_verbs", "cue_nouns", "titles", "given_names", "organisation_nouns"}) {
    const auto entries = parse_lexicon(builtin_lexicon(name));
    EXPECT_GT(entries.size(), 10u) << name;
    std::set<std::string_view> seen;
    for (const auto& e : entries) {
      EXPECT_TRUE(seen.insert(e.word).second) << name << ": " << e.word << " twice";
      for (char c : e.word) EXPECT_FALSE(c >= 'A' && c <= 'Z') << name << ": " << e.word;
    }
  }
  // The built-in tables load (an unknown tag would throw) and answer case-insensitively.
  const auto& lex = textchain::quotes::Lexicons::builtin();
  EXPECT_TRUE(lex.is_title_word("Sen."));
  EXPECT_TRUE(lex.is_person_noun("spokeswoman"));
  EXPECT_TRUE(lex.speaks_for_others("Spokesman"));
  EXPECT_TRUE(lex.is_org_noun("ministry"));
  EXPECT_TRUE(lex.is_document_noun("memo"));
  EXPECT_FALSE(lex.is_document_noun("senator"));
  EXPECT_EQ(lex.gender_of_given_name("MARIA"), textchain::quotes::Gender::female);
}

TEST(QuotesLexicons, OptionsExtendEveryKind) {
  textchain::quotes::ExtractOptions o;
  o.lexicon_extras.cue_verbs = {"harrumphed"};
  o.lexicon_extras.titles = {"alderperson"};
  o.lexicon_extras.given_names = {"Zorblatt:female"};
  o.lexicon_extras.cue_nouns = {"dossier"};
  o.lexicon_extras.organisation_nouns = {"syndicate"};
  const textchain::quotes::Lexicons lex(o.lexicon_extras);
  EXPECT_TRUE(lex.is_title_word("Alderperson"));
  EXPECT_EQ(lex.gender_of_given_name("Zorblatt"), textchain::quotes::Gender::female);
  EXPECT_TRUE(lex.is_document_noun("dossier"));
  EXPECT_TRUE(lex.is_org_noun("syndicate"));
  EXPECT_FALSE(textchain::quotes::Lexicons::builtin().is_title_word("alderperson"));
  // Through the engine: the added cue verb attributes, the added title is a role before the name.
  const std::string t = "\"Not on my watch,\" harrumphed alderperson Bo Quill.";
  auto found = tq::run_engine(t, o);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Bo Quill");
}
