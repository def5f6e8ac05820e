// What the resolver learns from paragraphs it reads late or not at all. The fullest form of a name written after
// the quotation that names its bearer by surname alone: the resolver reads, for a surname, only the paragraphs
// where a word of a name may come before it (a capitalized word, a connector, a hyphenated syllable, an initial,
// a nickname in marks), and the others only for a gender; each case puts the fullest form behind one of those
// joins, in a paragraph nothing else reads. A name found speaking in a paragraph not read yet is marked a
// speaker when the paragraph is read. Every sentence here is written for the test.
#include "mention_resolver.hpp"
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace tq = textchain::quotes::testing;
using textchain::quotes::ExtractOptions;
using textchain::quotes::FoundQuote;
using textchain::quotes::MentionResolver;

using tq::speaker_of;

TEST(FullestForm, IsFoundBehindEveryJoinOfARun) {
  EXPECT_EQ(speaker_of("\"We will appeal the ruling,\" Park said.\n\nThe ruling was read out by Ji-won Park on "
                       "Monday.\n"),
            "Ji-won Park");
  EXPECT_EQ(speaker_of("\"We will appeal the ruling,\" Hale said.\n\nThe appeal was drafted by Ludwig van Hale "
                       "on Monday.\n"),
            "Ludwig van Hale");
  EXPECT_EQ(speaker_of("\"We will appeal the ruling,\" Vail said.\n\nThe appeal was drafted by Ann J. Vail on "
                       "Monday.\n"),
            "Ann J. Vail");
  EXPECT_EQ(speaker_of("\"We will appeal the ruling,\" Lane said.\n\nThe appeal was drafted by Robert \"Bobby\" "
                       "Lane on Monday.\n"),
            "Robert \"Bobby\" Lane");
  // After a lone mention in the same paragraph.
  EXPECT_EQ(speaker_of("\"We will appeal the ruling,\" Vail said.\n\nThe appeal was drafted by lawyer Vail. Dana "
                       "Vail signed it on Monday.\n"),
            "Dana Vail");
}

TEST(FullestForm, TakesItsGenderFromALoneMentionAfterTheQuotation) {
  // "spokeswoman Vail" is no candidate for the fullest form, but says Rowan Vail is a woman: "he" is Sasha Bell.
  EXPECT_EQ(speaker_of("Sasha Bell met Rowan Vail on Monday.\n\n\"We will appeal the ruling,\" he said.\n\nThe "
                       "statement was later read out by spokeswoman Vail.\n"),
            "Sasha Bell");
  EXPECT_EQ(speaker_of("Sasha Bell met Rowan Vail on Monday.\n\n\"We will appeal the ruling,\" he said.\n\nThe "
                       "statement was later read out by a lawyer.\n"),
            "Rowan Vail");
}

TEST(FullestForm, ASpeakerNotedBeforeItsParagraphIsReadStaysASpeaker) {
  // "Hale" is a speaker only because a quotation is attributed to him; "he" reads that paragraph later.
  const std::string t =
      "According to Hale, the plan \"will fail within a year and cost far more than anyone admits.\"\n\n\"We "
      "should have seen it coming,\" he added.\n";
  EXPECT_EQ(tq::speaker_at(t, 0), "Hale");
  EXPECT_EQ(tq::speaker_at(t, 1), "Hale");
  EXPECT_EQ(speaker_of("According to Hale, the plan would fail.\n\n\"We should have seen it coming,\" he "
                       "added.\n"),
            "(null)");
}

namespace {

// Random documents for the comparison below: people written in every form a surname search meets (full, behind
// each join of a run, titled, alone, possessive, in apposition, inside quotations, at the end of a long run of
// capitals), with pronouns and surnames that need their fullest form and its gender.
struct Person {
  const char* given;
  const char* surname;
};
const Person kPeople[] = {{"Ann", "Vail"},   {"Tom", "Hale"},     {"Ji-won", "Park"}, {"Dana", "Vail"},
                          {"Rowan", "Bell"}, {"Oskar", "Reyes"},  {"Carol", "May"},   {"Mia", "Hale"},
                          {"Sasha", "Lunn"}, {"Robert", "Pryce"}};

std::string form_of(std::mt19937& rng, const Person& p) {
  const std::string g = p.given, s = p.surname;
  switch (rng() % 14) {
    case 0: return g + " " + s;
    case 1: return g + " J. " + s;
    case 2: return g + " van " + s;
    case 3: return g + " \"Bo\" " + s;
    case 4: return (rng() % 2 ? "Mr " : "Ms ") + s;
    case 5: return (rng() % 2 ? "spokeswoman " : "Sen. ") + s;
    case 6: return "Westfield Harbour Board Deputy Chair " + g + " " + s;
    case 7: return s + "'s";
    // A run of capitals longer than a name may run (24 words): where it is cut decides the runs after it.
    case 8: return std::string(rng() % 2 ? "Alder " : "") + "Birch Cedar Dale Elm Fern Glen Heath Iris Juniper Kale "
                   "Larch Maple Nettle Oak Pine Quill Reed Sage Teak Umber Vine Willow Yew Zinnia " + g + " " + s;
    case 9: return g;
    default: return s;
  }
}

std::string sentence_of(std::mt19937& rng) {
  const Person& a = kPeople[rng() % std::size(kPeople)];
  const Person& b = kPeople[rng() % std::size(kPeople)];
  switch (rng() % 10) {
    case 0: return "\"We will appeal,\" " + form_of(rng, a) + " said.";
    case 1: return "\"Not now,\" " + std::string(rng() % 2 ? "he" : "she") + " said.";
    case 2: return form_of(rng, a) + " met " + form_of(rng, b) + " on Monday.";
    case 3: return "The plan, " + form_of(rng, a) + ", 64, said, was late.";
    case 4: return "Her son, " + std::string(a.given) + ", told " + form_of(rng, b) + " it was over.";
    case 5: return "\"" + form_of(rng, a) + " is wrong,\" " + form_of(rng, b) + " said.";
    case 6: return form_of(rng, a) + " and " + form_of(rng, b) + " said that the talks had failed.";
    case 7: return "Marsh & " + std::string(a.surname) + " wrote to " + form_of(rng, b) + ".";
    case 8: return "\"It is done,\" said " + form_of(rng, a) + ", who works with " + form_of(rng, b) + ".";
    default: return "The vote was delayed again, officials said.";
  }
}

std::vector<FoundQuote> found_in(const std::string& text, const ExtractOptions& options, bool read_all_looked_in) {
  MentionResolver::read_to_find_fullest = read_all_looked_in;
  auto out = tq::run_engine(text, options);
  MentionResolver::read_to_find_fullest = false;
  return out;
}

}  // namespace

TEST(FullestForm, ProbingAParagraphNameByNameFindsWhatReadingItFinds) {
  // A surname search looks at a paragraph not read yet one name at a time (MentionResolver::probe_name): the
  // runs from the last token before the word that no run holds. The answers must be those of reading every
  // paragraph searched.
  std::mt19937 rng(4122026);
  size_t quotes = 0, speakers = 0;
  for (int i = 0; i < 1200; ++i) {
    std::string text;
    for (int p = 0, paragraphs = 1 + static_cast<int>(rng() % 10); p < paragraphs; ++p) {
      for (int k = 0, n = 1 + static_cast<int>(rng() % 4); k < n; ++k) text += (k ? " " : "") + sentence_of(rng);
      text += rng() % 3 ? "\n\n" : "\n";
    }
    ExtractOptions options;
    options.include_indirect = i % 2 == 1;
    const auto probed = found_in(text, options, false), read = found_in(text, options, true);
    ASSERT_EQ(probed.size(), read.size()) << text;
    for (size_t k = 0; k < probed.size(); ++k) {
      ASSERT_EQ(probed[k].speaker, read[k].speaker) << text;
      ASSERT_EQ(probed[k].speaker_begin, read[k].speaker_begin) << text;
      ASSERT_EQ(probed[k].speaker_end, read[k].speaker_end) << text;
      ++quotes;
      if (probed[k].speaker) ++speakers;
    }
  }
  EXPECT_GT(quotes, 2000u);
  EXPECT_GT(speakers, quotes / 2);
}

namespace {

// Sentences whose quotations hold capitalized words, a name ending right at the closing mark or a nickname's marks
// next to it, and names right after it: the runs that reading a paragraph passes over inside a quotation, and
// those after it.
std::string quoted_capitals_of(std::mt19937& rng) {
  const Person& a = kPeople[rng() % std::size(kPeople)];
  const Person& b = kPeople[rng() % std::size(kPeople)];
  switch (rng() % 6) {
    case 0: return "\"Ask " + form_of(rng, a) + "\" " + form_of(rng, b) + " said.";
    case 1: return "\"We Met The Westfield Harbour Board And " + form_of(rng, a) + ",\" " + form_of(rng, b) + " said.";
    case 2: return "\"Tell " + std::string(a.given) + "\" " + std::string(a.surname) + " told " + form_of(rng, b) + ".";
    case 3: return "\"Not From Westfield, Not Now, " + std::string(a.given) + " and " + form_of(rng, b) + "\" she said.";
    case 4: return "\"It Is Done\"";
    default: return sentence_of(rng);
  }
}

std::vector<FoundQuote> found_reading_quoted_runs(const std::string& text, bool quoted_runs) {
  MentionResolver::read_quoted_runs = quoted_runs;
  auto out = tq::run_engine(text, ExtractOptions{});
  MentionResolver::read_quoted_runs = false;
  return out;
}

}  // namespace

TEST(FullestForm, ReadingPastTheRunsInsideAQuotationFindsWhatFollowingThemFinds) {
  // Reading a paragraph passes over a quotation's capitalized words up to its last token before the closing mark
  // that no run holds or joins; the names found must be those of following every run through the quotation.
  std::mt19937 rng(6122026);
  size_t quotes = 0, speakers = 0;
  for (int i = 0; i < 1200; ++i) {
    std::string text;
    for (int p = 0, paragraphs = 1 + static_cast<int>(rng() % 8); p < paragraphs; ++p) {
      for (int k = 0, n = 1 + static_cast<int>(rng() % 4); k < n; ++k) text += (k ? " " : "") + quoted_capitals_of(rng);
      text += rng() % 3 ? "\n\n" : "\n";
    }
    const auto passed = found_reading_quoted_runs(text, false), followed = found_reading_quoted_runs(text, true);
    ASSERT_EQ(passed.size(), followed.size()) << text;
    for (size_t k = 0; k < passed.size(); ++k) {
      ASSERT_EQ(passed[k].speaker, followed[k].speaker) << text;
      ASSERT_EQ(passed[k].speaker_begin, followed[k].speaker_begin) << text;
      ASSERT_EQ(passed[k].speaker_end, followed[k].speaker_end) << text;
      ++quotes;
      if (passed[k].speaker) ++speakers;
    }
  }
  EXPECT_GT(quotes, 2000u);
  EXPECT_GT(speakers, quotes / 3);
}

namespace {

// Sentences with role and organization descriptions ("the spokeswoman", "the council") among names with those roles,
// speakers noted late and pronouns: the searches for a description's bearer pass over paragraphs that nowhere
// write its head word.
std::string described_of(std::mt19937& rng) {
  const Person& a = kPeople[rng() % std::size(kPeople)];
  switch (rng() % 11) {
    // A lone given name noted as a speaker only by the indirect speech read after every quotation: a name the
    // search passed over keeps what it was then (no gender from the given name) when a pronoun settles it.
    case 7: return std::string(a.given) + " said that the vote was late.";
    case 8: return std::string(rng() % 2 ? "He" : "She") + " said that it was over.";
    case 0: return "\"We will appeal,\" the spokeswoman said.";
    case 1: return "Spokeswoman " + form_of(rng, a) + " left early.";
    case 2: return "\"It is over,\" the council said.";
    case 3: return "The Westfield Harbour Council met " + form_of(rng, a) + " on Monday.";
    case 4: return "\"Not yet,\" the senator added.";
    case 5: return "Senator " + form_of(rng, a) + " spoke to the Harbour Board.";
    case 6: return "\"We agree,\" the board said.";
    default: return sentence_of(rng);
  }
}

std::vector<FoundQuote> found_reading_every_paragraph_walked(const std::string& text, const ExtractOptions& options,
                                                             bool read_every) {
  MentionResolver::read_every_paragraph_walked = read_every;
  auto out = tq::run_engine(text, options);
  MentionResolver::read_every_paragraph_walked = false;
  return out;
}

}  // namespace

TEST(FullestForm, PassingOverParagraphsWithoutTheHeadWordFindsWhatReadingThemFinds) {
  // A search for a description's bearer passes over the paragraphs not read that nowhere write its head word; their
  // names are deferred when they are read, as the search would have deferred them. The answers must be those of
  // reading every paragraph walked.
  std::mt19937 rng(7122026);
  size_t quotes = 0, speakers = 0;
  for (int i = 0; i < 1200; ++i) {
    std::string text;
    for (int p = 0, paragraphs = 1 + static_cast<int>(rng() % 10); p < paragraphs; ++p) {
      for (int k = 0, n = 1 + static_cast<int>(rng() % 3); k < n; ++k) text += (k ? " " : "") + described_of(rng);
      text += rng() % 3 ? "\n\n" : "\n";
    }
    ExtractOptions options;
    options.include_indirect = i % 2 == 1;
    const auto passed = found_reading_every_paragraph_walked(text, options, false);
    const auto read = found_reading_every_paragraph_walked(text, options, true);
    ASSERT_EQ(passed.size(), read.size()) << text;
    for (size_t k = 0; k < passed.size(); ++k) {
      ASSERT_EQ(passed[k].speaker, read[k].speaker) << text;
      ASSERT_EQ(passed[k].speaker_begin, read[k].speaker_begin) << text;
      ASSERT_EQ(passed[k].speaker_end, read[k].speaker_end) << text;
      ++quotes;
      if (passed[k].speaker) ++speakers;
    }
  }
  EXPECT_GT(quotes, 2000u);
  EXPECT_GT(speakers, quotes / 3);
}

TEST(FullestForm, AnAcronymIsSpelledOutInAnyParagraphNotReadYet) {
  // Paragraphs not read are passed over when the acronym's letters do not come in order in their text: the
  // first letter alone, all the letters across two paragraphs, or in a paragraph of its own at the end.
  EXPECT_EQ(speaker_of("\"Prices will rise,\" the NFA said on Monday.\n\nNobody came.\n\nFishing Agency staff "
                       "left. Nets dried.\n\nThe quotas are set by the Northern Fisheries Authority every spring."
                       "\n\nBoats waited outside.\n"),
            "Northern Fisheries Authority");
  EXPECT_EQ(speaker_of("\"Prices will rise,\" the NFA said on Monday.\n\nNorthern boats waited.\n\nFisheries "
                       "Authority staff left.\n"),
            "NFA");
  EXPECT_EQ(speaker_of("\"Prices will rise,\" the NFA said on Monday.\n\nNorthern Fisheries Authority"),
            "Northern Fisheries Authority");
}

// The fast path for names written with single spaces gives what collapsing byte by byte gives, on random names
// of pieces with single, double and leading or trailing spaces, breaks and possessives.
TEST(FullestForm, CleanNameFastPathAnswersAsCollapsingByteByByte) {
  static const char* const kPieces[] = {"Ann", "Lee", " ", "  ", "\n", "\t", "\r\n", "'s", "'S", "\u2019s", "s", "'",
                                        "O'Hara", "\u00C9lise", "Jr.", "-", "x"};
  std::mt19937 rng(20261205);
  size_t fast = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string raw;
    const size_t n = rng() % 7;
    for (size_t k = 0; k < n; ++k) raw += kPieces[rng() % std::size(kPieces)];
    ASSERT_EQ(textchain::quotes::clean_name(raw), textchain::quotes::clean_name_collapsing(raw)) << "[" << raw << "]";
    fast += raw.find_first_of("\n\t\r") == std::string::npos && raw.find("  ") == std::string::npos;
  }
  EXPECT_GT(fast, 1000u);
  EXPECT_EQ(textchain::quotes::clean_name("Ann Lee's"), "Ann Lee");
  EXPECT_EQ(textchain::quotes::clean_name("  Ann \n Lee\u2019s "), "Ann Lee");
}

// A name keeps its surname's token and its end as 16-bit distances; a surname of 65,536 bytes or more puts the
// name's end out of reach, and the name keeps both aside (the resolver's wide_ends_): it must still be read
// whole, as a speaker and as the fullest form of its surname alone.
TEST(FullestForm, ANameEndingFarFromItsSurnamesBeginIsReadWhole) {
  const std::string surname = "V" + std::string(70000, 'a');
  EXPECT_EQ(speaker_of("\"We will appeal the ruling,\" said Ann " + surname + ".\n"), "Ann " + surname);
  EXPECT_EQ(speaker_of("\"We will appeal the ruling,\" " + surname + " said.\n\nThe appeal was drafted by Ann " +
                       surname + " on Monday.\n"),
            "Ann " + surname);
  // Near the edge: the longest surname kept in the name itself.
  const std::string near = "V" + std::string(65534, 'a');
  EXPECT_EQ(speaker_of("\"We will appeal the ruling,\" " + near + " said.\n\nThe appeal was drafted by Ann " + near +
                       " on Monday.\n"),
            "Ann " + near);
}
