// Sentence boundaries: rules on small examples, then the sample documents where a reader would split.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "text/sentence_lexicon.hpp"
#include "text/sentence_splitter.hpp"
#include "text/tokenizer.hpp"

namespace {

using Sentences = std::vector<std::string>;

bool same(const std::vector<tc_sentence>& a, const std::vector<tc_sentence>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].begin != b[i].begin || a[i].end != b[i].end) return false;
  return true;
}

// The sentences of `text` split from the 12-byte tokens, and from the compact ones (white space left out),
// which the host uses when no step reads the 12-byte array: every test below checks both.
void split_both(std::string_view text, std::vector<tc_sentence>& sentences, std::vector<tc_sentence>& from_compact) {
  std::vector<tc_token> tokens;
  textchain::text::tokenize(text, tokens);
  textchain::text::split_sentences(text, tokens, sentences);
  textchain::text::CompactTokens compact;
  textchain::text::tokenize(text, compact);
  textchain::text::split_sentences(text, compact, from_compact);
}

Sentences split(std::string_view text) {
  std::vector<tc_sentence> sentences, from_compact;
  split_both(text, sentences, from_compact);
  EXPECT_TRUE(same(sentences, from_compact)) << "the compact form's sentences differ on: " << text.substr(0, 200);
  Sentences r;
  for (const tc_sentence& s : sentences) r.emplace_back(text.substr(s.begin, s.end - s.begin));
  return r;
}

std::string read_seed(const std::string& name) {
  std::ifstream in(std::string(TEXTCHAIN_TEST_DATA_DIR) + "/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool has(const Sentences& s, const std::string& sentence) {
  return std::find(s.begin(), s.end(), sentence) != s.end();
}

TEST(SentenceSplitter, TerminalPunctuationAndCapitals) {
  EXPECT_EQ(split("The talks ended. Lavrov left! Did Rubio stay? Yes."),
            (Sentences{"The talks ended.", "Lavrov left!", "Did Rubio stay?", "Yes."}));
}

TEST(SentenceSplitter, QuotationWithLowercaseAttributionIsOneSentence) {
  EXPECT_EQ(split("\"It is fake,\" she said. Then he left."),
            (Sentences{"\"It is fake,\" she said.", "Then he left."}));
  EXPECT_EQ(split("\"Why?\" she asked. \"Because.\" He smiled."),
            (Sentences{"\"Why?\" she asked.", "\"Because.\"", "He smiled."}));
  EXPECT_EQ(split("\xE2\x80\x9CIt is over.\xE2\x80\x9D The minister left."),
            (Sentences{"\xE2\x80\x9CIt is over.\xE2\x80\x9D", "The minister left."}));
}

TEST(SentenceSplitter, AbbreviationsAndInitials) {
  EXPECT_EQ(split("Mr. Smith met Dr. Jones on Feb. 26 in St. Petersburg. They talked."),
            (Sentences{"Mr. Smith met Dr. Jones on Feb. 26 in St. Petersburg.", "They talked."}));
  EXPECT_EQ(split("The U.S. President met Donald J. Trump. Gen. Smith agreed."),
            (Sentences{"The U.S. President met Donald J. Trump.", "Gen. Smith agreed."}));
  EXPECT_EQ(split("Apple Inc. said so. He left at 5 p.m. on Friday. He works at Acme Corp. The end."),
            (Sentences{"Apple Inc. said so.", "He left at 5 p.m. on Friday.", "He works at Acme Corp.", "The end."}));
  EXPECT_EQ(split("Item No. 5 is here. No. It is not."), (Sentences{"Item No. 5 is here.", "No.", "It is not."}));
  EXPECT_EQ(split("U.S.-led talks, e.g. in Doha, went on. Done."),
            (Sentences{"U.S.-led talks, e.g. in Doha, went on.", "Done."}));
}

// abbreviation_kind turns most words away with a bit filter before its list scans: the filter must never
// turn away a listed word (first, middle and last entries of each list, every length 1-6), and the
// kinds must be exactly the lists'.
TEST(SentenceLexicon, AbbreviationKinds) {
  using textchain::text::Abbreviation;
  using textchain::text::abbreviation_kind;
  for (const char* w : {"Adm", "Dr", "Messrs", "Mx", "approx", "cf", "e.g", "i.e", "v", "vs", "Gens", "Sept"})
    EXPECT_EQ(abbreviation_kind(w), Abbreviation::kNeverFinal) << w;
  for (const char* w : {"Ave", "Blvd", "Co", "Inc", "a.m", "etc", "p.m", "Rd"})
    EXPECT_EQ(abbreviation_kind(w), Abbreviation::kMaybeFinal) << w;
  for (const char* w : {"Art", "Fig", "No", "Nos", "Vol", "nos"})
    EXPECT_EQ(abbreviation_kind(w), Abbreviation::kBeforeNumber) << w;
  // Initials and dotted initials are recognised by shape, not by list.
  for (const char* w : {"J", "U.S", "D.C", "U.K"}) EXPECT_EQ(abbreviation_kind(w), Abbreviation::kNeverFinal) << w;
  // Case-sensitive, whole words only.
  for (const char* w : {"", "said", "dr", "MR", "Mrs.", "Mrss", "Incs", "no", "j", "US", "U.S.", "approxx", "Sep7",
                        "year", "A.B.C.D.E"})
    EXPECT_EQ(abbreviation_kind(w), Abbreviation::kNone) << w;
}

// The tokenizer calls the lexicon only for words that may_be_abbreviation() lets through: it must let
// through every word the lexicon knows, and every single character (an initial in any script).
TEST(SentenceLexicon, InlineFilterNeverTurnsAwayAnAbbreviation) {
  using textchain::text::Abbreviation;
  using textchain::text::abbreviation_kind;
  using textchain::text::may_be_abbreviation;
  for (const char* w : {"Adm", "Dr", "Messrs", "Mx", "approx", "cf", "e.g", "i.e", "v", "vs", "Gens", "Sept", "Ave",
                        "Blvd", "Co", "Inc", "a.m", "etc", "p.m", "Rd", "Art", "Fig", "No", "Nos", "Vol", "nos", "J",
                        "U.S", "D.C", "U.K", "\xC5\x81", "\xC3\x89", "\xE3\x82\xAB", "\xF0\x9D\x90\x80"})
    EXPECT_TRUE(may_be_abbreviation(w)) << w;
  // Random short words from letters, digits and periods: whatever the filter turns away is no abbreviation.
  const std::string alphabet = "ACDGIJMNSUVaceglmnoprstv.7";
  std::mt19937 rng(8);
  size_t turned_away = 0;
  for (int k = 0; k < 200000; ++k) {
    std::string w;
    const size_t size = 1 + rng() % 9;
    for (size_t i = 0; i < size; ++i) w += alphabet[rng() % alphabet.size()];
    if (may_be_abbreviation(w)) continue;
    ++turned_away;
    ASSERT_EQ(abbreviation_kind(w), Abbreviation::kNone) << w;
  }
  EXPECT_GT(turned_away, 100000u);
}

TEST(SentenceSplitter, LineBreaks) {
  // A blank line ends a sentence, terminal punctuation or not, unless a sentence without terminal
  // punctuation goes on in lower case after it (scraped text breaks lines anywhere, blank ones too).
  EXPECT_EQ(split("Lavrov-Rubio meeting\n\nThe session began"), (Sentences{"Lavrov-Rubio meeting", "The session began"}));
  EXPECT_EQ(split("talks with\n\nthe minister"), (Sentences{"talks with\n\nthe minister"}));
  EXPECT_EQ(split("Zakharova said :\n\nin remarks on Wednesday:\n\nLavrov met no one."),
            (Sentences{"Zakharova said :\n\nin remarks on Wednesday:", "Lavrov met no one."}));
  EXPECT_EQ(split("It ended.\n\nthen more"), (Sentences{"It ended.", "then more"}));
  EXPECT_EQ(split("talks with\xE2\x80\xA9the minister"), (Sentences{"talks with", "the minister"}));
  // A single line break: after terminal punctuation, or after a heading-like line before a capital.
  EXPECT_EQ(split("It ended.\nthen more"), (Sentences{"It ended.", "then more"}));
  EXPECT_EQ(split("Meeting between Trump and Putin\nNegotiations began."),
            (Sentences{"Meeting between Trump and Putin", "Negotiations began."}));
  // Otherwise it is a line broken by a scraper: the sentence goes on.
  EXPECT_EQ(split("talks with\nRussian officials."), (Sentences{"talks with\nRussian officials."}));
  EXPECT_EQ(split("Sergey Lavrov,\nForeign Minister, spoke."), (Sentences{"Sergey Lavrov,\nForeign Minister, spoke."}));
  EXPECT_EQ(split("held talks in April\n  \xE2\x80\xA2 to create conditions."),
            (Sentences{"held talks in April\n  \xE2\x80\xA2 to create conditions."}));
  EXPECT_EQ(split("former U.S.\n  \xE2\x80\xA2 officials met."), (Sentences{"former U.S.\n  \xE2\x80\xA2 officials met."}));
  EXPECT_EQ(split("Windows line\r\n\r\nNext"), (Sentences{"Windows line", "Next"}));
  EXPECT_EQ(split("One\xE2\x80\xA9Two"), (Sentences{"One", "Two"}));  // U+2029 paragraph separator
}

TEST(SentenceSplitter, WhiteSpaceIsExcluded) {
  EXPECT_EQ(split("  \n Hello there.  \n\n  Bye.\t \n"), (Sentences{"Hello there.", "Bye."}));
  EXPECT_EQ(split("\xC2\xA0Hi.\xC2\xA0"), (Sentences{"Hi."}));
  EXPECT_TRUE(split("").empty());
  EXPECT_TRUE(split(" \n\n\t ").empty());
}

TEST(SentenceSplitter, QuoteMarkAloneAtTheEndOfALineClosesTheSentence) {
  EXPECT_EQ(split("This is invalid. \"\n\nNext one."), (Sentences{"This is invalid. \"", "Next one."}));
}

TEST(SentenceSplitter, CjkFullStops) {
  EXPECT_EQ(split("\xE4\xBD\xA0\xE5\xA5\xBD\xE3\x80\x82\xE5\x86\x8D\xE8\xA7\x81\xE3\x80\x82"),
            (Sentences{"\xE4\xBD\xA0\xE5\xA5\xBD\xE3\x80\x82", "\xE5\x86\x8D\xE8\xA7\x81\xE3\x80\x82"}));
}

TEST(SentenceSplitter, BadInputDoesNotBreakIt) {
  // Ill-formed bytes and NUL are symbols inside sentences; a truncated sequence at the end is read in bounds.
  const std::string text("Bad \xFF\xFE bytes. And \0NUL. \xE2\x80", 26);
  EXPECT_EQ(split(text), (Sentences{"Bad \xFF\xFE bytes.", std::string("And \0NUL.", 9), "\xE2\x80"}));
}

// The splitter asks the lexicon about a word before a period only when the tokenizer flagged it
// TC_TOKEN_ABBREVIATION or a number follows. Flagging every word forces the lookup everywhere: on random
// text dense with abbreviations, periods, numbers in several scripts and white space of several kinds,
// the sentences must be the same either way.
TEST(SentenceSplitter, AbbreviationFlagOnlySavesLookups) {
  const std::vector<std::string> pieces = {
      "Mr", "Dr", "No", "Nos", "nos", "Vol", "Inc", "etc", "p.m", "a.m", "e.g", "U.S", "D.C", "J", "A", "x",
      "Jan", "Sept", "Co", "said", "The", "the", "talks", "Lavrov", "\xC5\x81", "\xC3\x89" "cole", "3", "42",
      "2.5", "\xD9\xA3", "\xEF\xBC\x97", ".", ".", ".", "!", "?", "...", "\xE2\x80\xA6", "\xE3\x80\x82", ",",
      ";", "-", "(", ")", "\"", "\xE2\x80\x9D", "'", " ", " ", " ", "  ", "\t", "\xC2\xA0", "\n", "\n\n",
      "\r\n", "\xE2\x80\xA9", "\xE2\x80\xA2"};
  std::mt19937 rng(1923);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::vector<tc_token> tokens, flagged;
  std::vector<tc_sentence> plain, forced;
  size_t differing = 0, lookups_saved = 0;
  for (int doc = 0; doc < 3000; ++doc) {
    std::string text;
    const int length = 1 + static_cast<int>(rng() % 60);
    for (int k = 0; k < length; ++k) text += pieces[pick(rng)];
    textchain::text::tokenize(text, tokens);
    flagged = tokens;
    for (tc_token& t : flagged) {
      if (t.kind == TC_TOKEN_WORD && !(t.flags & TC_TOKEN_ABBREVIATION)) {
        t.flags |= TC_TOKEN_ABBREVIATION;
        if (t.end < text.size() && text[t.end] == '.') ++lookups_saved;
      }
    }
    textchain::text::split_sentences(text, tokens, plain);
    textchain::text::split_sentences(text, flagged, forced);
    const bool same = plain.size() == forced.size() &&
                      std::equal(plain.begin(), plain.end(), forced.begin(), [](const tc_sentence& a, const tc_sentence& b) {
                        return a.begin == b.begin && a.end == b.end;
                      });
    if (!same && ++differing <= 5) ADD_FAILURE() << "sentences differ on: " << text;
  }
  EXPECT_EQ(differing, 0u);
  EXPECT_GT(lookups_saved, 1000u);  // the texts do exercise the skipped lookups
}

// ---- The sample documents -------------------------------------------------------------------------

// Non-empty, no white space at either end, no blank line inside but before a lower-case word (past
// opening marks and bullets).
void expect_well_formed(const Sentences& s) {
  ASSERT_FALSE(s.empty());
  for (const std::string& sentence : s) {
    EXPECT_FALSE(sentence.empty());
    EXPECT_EQ(std::string(" \t\r\n").find(sentence.front()), std::string::npos) << sentence;
    EXPECT_EQ(std::string(" \t\r\n").find(sentence.back()), std::string::npos) << sentence;
    for (size_t b = sentence.find("\n\n"); b != std::string::npos; b = sentence.find("\n\n", b + 1)) {
      size_t next = b;
      while (next < sentence.size() && !std::isalnum(static_cast<unsigned char>(sentence[next]))) ++next;
      ASSERT_LT(next, sentence.size()) << sentence;
      EXPECT_TRUE(sentence[next] >= 'a' && sentence[next] <= 'z') << "a blank line inside: " << sentence;
    }
  }
}

TEST(SentenceSplitterOnSamples, TassReport) {
  const std::string text = read_seed("000_27c6edba06f38060.txt");
  const Sentences s = split(text);
  expect_well_formed(s);
  EXPECT_TRUE(has(s, "There was a constructive working atmosphere,\" she noted."));
  EXPECT_TRUE(has(s, "This time we had full-fledged, full-scale negotiations, as is traditionally expected,\" she said."));
  EXPECT_TRUE(has(s, "\"There was a constructive atmosphere, truly a working one."));
  EXPECT_TRUE(has(s, "Lavrov-Rubio meeting"));  // a heading between blank lines
  EXPECT_TRUE(has(s, "It lasted over 50 minutes."));
  EXPECT_TRUE(has(s, "The session's chair is former German Foreign Minister Annalena Baerbock."));
  EXPECT_TRUE(has(s, "Everything that happened before - in the Middle East or Asia - was, after all, targeted "
                     "contacts and meetings."));
  EXPECT_TRUE(has(s, "He will definitely share his assessments during the press conference on Saturday following "
                     "his address to the General Assembly,\" Zakharova concluded."));
}

TEST(SentenceSplitterOnSamples, CensorNetReport) {
  const std::string text = read_seed("001_f70d65facc7942a9.txt");
  const Sentences s = split(text);
  expect_well_formed(s);
  EXPECT_TRUE(has(s, "According to Censor.NET, this was reported by CNN"));  // no period after a domain-like word
  EXPECT_TRUE(has(s, "Read more: Rubio urges Russia to take \"significant steps\" to end war in Ukraine"));
  EXPECT_TRUE(has(s, "Meeting between Trump and Putin"));
  EXPECT_TRUE(has(s, "See more: Sybiha invited Rubio to visit Ukraine: the invitation was accepted."));
  EXPECT_TRUE(has(s, "El Pais writes that Trump's upcoming meeting with Putin in Budapest puts the heads of the EU "
                     "and NATO institutions \xE2\x80\x98in an awkward and unpleasant position,\xE2\x80\x99 as Putin and "
                     "Trump intend to discuss the Russian-Ukrainian war in an EU country, but without the "
                     "participation of the EU itself."));
}

TEST(SentenceSplitterOnSamples, AniReport) {
  const std::string text = read_seed("002_7b60be5711197f16.txt");
  const Sentences s = split(text);
  expect_well_formed(s);
  EXPECT_TRUE(has(s, "Lavrov arrived Tuesday night in Doha for a visit, as part of his Middle East working trip, "
                     "reported Xinhua."));
  EXPECT_TRUE(has(s, "The meeting in Istanbul will make it clear \"how fast and efficiently the sides can move "
                     "forward,\" reported TASS."));
  EXPECT_TRUE(has(s, "But I have no doubts that this issue will not disappear as part of the settlement,\" said "
                     "Lavrov."));
  EXPECT_TRUE(has(s, "(ANI)"));
}

TEST(SentenceSplitterOnSamples, ScrapedTranslation) {
  const std::string text = read_seed("003_d5d909c3465c03a9.txt");
  const Sentences s = split(text);
  expect_well_formed(s);
  EXPECT_EQ(s.front(), "Min menu");
  EXPECT_TRUE(has(s, "\"Its purpose is to sow discord.\""));
  // A sentence the scraper broke with a blank line stays whole.
  EXPECT_TRUE(has(s, "Lavrov has not conducted any negotiations on\n\nany second or third track about Ukraine."));
  EXPECT_TRUE(has(s, "This is fake news that was deliberately pumped."));
  // A bulleted sentence broken over three lines, one of them ending in "U.S.", stays whole, with the line
  // it goes on from after a blank line.
  EXPECT_TRUE(has(s, "NBC reported :\n\n  \xE2\x80\xA2 citing unnamed sources, that former U.S.\n  \xE2\x80\xA2 officials held secret "
                     "talks with Lavrov in April to\n  \xE2\x80\xA2 create conditions for negotiations to end the "
                     "conflict in Ukraine."));
  EXPECT_TRUE(has(s, "U.S. National Security Adviser Jake Salevan has commented on this information that U.S. "
                     "President Joe Biden's administration did not transmit any messages about Ukraine to Lavrov "
                     "through experts in New York in April."));
  EXPECT_TRUE(has(s, "\"I am grateful to you for this question, because some media outlets have reported things "
                     "that haven't really happened,\" Sullivan said during a White House briefing in this regard."));
  EXPECT_TRUE(has(s, "The Russian Ministry of Foreign Affairs had earlier denied the news."));
}

// The compact form has no white-space tokens: the splitter reads line breaks, blank lines, paragraph
// separators and the lookahead's count of white-space tokens from the bytes between tokens. On random
// documents built from pieces that reach each of its rules, and every kind of white space the tokenizer
// knows, it finds the sentences of the 12-byte splitter exactly.
TEST(SentenceSplitter, CompactFormSplitsAsTheFullArray) {
  const std::vector<std::string> words = {
      "the", "of", "and", "to", "said", "officials", "Minister", "Talks", "Lavrov", "\xC5\x81ukasz", "NATO", "iPhone",
      "Mr", "Dr", "U.S", "Inc", "etc", "p.m", "No", "Vol", "J", "e.g", "Feb", "vs", "3", "2025", "1.5", "\xC3\xA9t\xC3\xA9"};
  const std::vector<std::string> marks = {
      ".", ".", "!", "?", "?!", "...", "\xE2\x80\xA6", "\xE3\x80\x82", "\xEF\xBC\x81", ",", ";", ":", "-", "\xE2\x80\x94",
      "(", ")", "[", "]", "\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\xA2", "/", "&", "\xF0\x9F\x98\x80"};
  const std::vector<std::string> gaps = {
      " ", " ", " ", "", "  ", "\t", " \t ", "\n", "\n\n", "\r\n", "\r", " \n  ", "\n \n", "\v", "\f",
      "\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xC2\xA0", "\xE3\x80\x80", " \xE2\x80\x83", " \xCC\x81", "\xC2\xA0 \xC2\xA0"};
  std::mt19937 rng(19);
  const auto pick = [&](const std::vector<std::string>& from) -> const std::string& {
    return from[std::uniform_int_distribution<size_t>(0, from.size() - 1)(rng)];
  };
  size_t compared = 0;
  for (int doc = 0; doc < 400; ++doc) {
    std::string text;
    const int pieces = std::uniform_int_distribution<int>(1, 120)(rng);
    for (int k = 0; k < pieces; ++k) {
      const int r = std::uniform_int_distribution<int>(0, 9)(rng);
      text += r < 5 ? pick(words) : r < 8 ? pick(marks) : std::string();
      text += pick(gaps);
    }
    std::vector<tc_sentence> sentences, from_compact;
    split_both(text, sentences, from_compact);
    ASSERT_TRUE(same(sentences, from_compact)) << "document " << doc << ": " << text;
    compared += sentences.size();
  }
  EXPECT_GT(compared, 2000u);
}

// The compact form finds the end of a run of ordinary tokens from the bytes that may stop one (line breaks,
// terminals, lead bytes of characters outside ASCII), 64 bytes at a time: each such byte at every place
// around and across a 64-byte block, in white space, inside a token and at its start, in texts shorter and
// longer than a block, gives the sentences of the 12-byte splitter.
TEST(SentenceSplitter, CompactFormStopsAtEveryPlaceOfABlock) {
  const std::vector<std::string> stops = {
      ".", "!", "?", "\n", "\r\n", "\v", "\f", "\n\n", "\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xC2\xA0",
      "\xE2\x80\xA6", "\xEF\xBC\x81", "\xE3\x80\x82", "\xE2\x80\x9C", "\xC3\xA9", "3.5", "U.S.", "e.g.", "Mr.",
      "\xC2", "\xE2\x80", "\xE2\x80\x9D."};
  size_t compared = 0;
  for (const std::string& stop : stops) {
    for (size_t pad = 0; pad < 140; ++pad) {
      std::string text = "Talks";
      while (text.size() < pad) text += pad % 3 ? " went" : " on";
      for (const char* around : {" ", ""}) {
        const std::string doc = text + around + stop + around + "Then the minister left" + std::string(pad % 7, ' ');
        std::vector<tc_sentence> sentences, from_compact;
        split_both(doc, sentences, from_compact);
        ASSERT_TRUE(same(sentences, from_compact)) << "stop '" << stop << "' after " << pad << " bytes: " << doc;
        compared += sentences.size();
      }
    }
  }
  EXPECT_GT(compared, 6000u);
}

// A token of 65,535 bytes or more keeps its end in the compact form's long-token table: a sentence that ends
// with one ends where it does.
TEST(SentenceSplitter, CompactFormLongTokenEndsItsSentence) {
  const std::string text = "It said " + std::string(70000, 'a') + ". Then " + std::string(66000, '7') + "\n\nNext one.";
  EXPECT_EQ(split(text).size(), 3u);
}

}  // namespace
