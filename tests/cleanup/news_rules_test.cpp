// Tests of the rules for scraped news (HTML references, boilerplate blocks, repeated headlines, spaces
// inside quotes, hard-wrapped lines) and of the text they must leave alone (lists, verse). Every
// sentence here was written for these tests.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "cleanup_test_support.hpp"

using namespace cleanup_test;
namespace cu = textchain::cleanup;

TEST(HtmlEntities, NamedAndNumericReferences) {
  EXPECT_EQ(clean("Smith &amp; Sons said &quot;no&quot;."), "Smith & Sons said \"no\".");
  EXPECT_EQ(clean("the mayor&#39;s plan and the council&#8217;s reply"), "the mayor's plan and the council\u2019s reply");
  EXPECT_EQ(clean("it cost &pound;40 &mdash; or &euro;46"), "it cost \u00A340 \u2014 or \u20AC46");
  EXPECT_EQ(clean("if a &lt; b &amp;&amp; c &gt; d"), "if a < b && c > d");
  EXPECT_EQ(clean("caf&eacute; &#x2019;s &#X201C;x&#x201D;"), "caf\u00E9 \u2019s \u201Cx\u201D");
  // Escaped twice: decoded all the way, once.
  EXPECT_EQ(clean("He said &amp;quot;never&amp;quot;."), "He said \"never\".");
  const auto edits = cu::propose_edits("a &amp; b", {});
  ASSERT_EQ(edits.size(), 1u);
  EXPECT_EQ(edits[0].rule, "html-entities");
}

TEST(HtmlEntities, NbspBehavesLikeTheCharacter) {
  EXPECT_EQ(clean("10&nbsp;km"), "10\u00A0km");
  EXPECT_EQ(clean("the end.&nbsp;\nNext line"), "the end.\nNext line");
  EXPECT_EQ(clean("two&nbsp; words"), "two words");
}

TEST(HtmlEntities, TextThatOnlyLooksLikeAReference) {
  for (const char* t : {"AT&T and R&D; costs", "Q&A session", "&unknown; name", "a & b", "&#;", "&#x;", "&#0;",
                        "&amp", "tom&jerry;", "&#xD800;", "&#99999999;"}) {
    EXPECT_EQ(clean(t), t) << t;
  }
  cu::CleanupOptions off;
  off.html_entities = false;
  EXPECT_EQ(clean("a &amp; b", off), "a &amp; b");
}

TEST(BoilerplateBlocks, NavigationAfterAMenuLine) {
  EXPECT_EQ(clean("Main menu\nHome\nWorld\nBusiness\nSearch\nFacebook\nTwitter\n\nFloods close the coastal road\n\nThe road shut on Monday.\n"),
            "Floods close the coastal road\n\nThe road shut on Monday.\n");
  // Short capitalized lines count as items only when a known navigation word follows them.
  EXPECT_EQ(clean("Menu\nHome\nCity Hall\nSport\n\nText starts here.\n"), "Text starts here.\n");
  EXPECT_EQ(clean("Menu\nHome\n\nCity Hall\n\nText starts here.\n"), "City Hall\n\nText starts here.\n");
}

TEST(BoilerplateBlocks, SharingCookiesAndLinks) {
  const std::string body = "The council approved the budget.\n\n";
  for (const char* line : {"Share on X", "Email this article", "Copy link", "Share this story", "Read more",
                           "We use cookies to improve your experience on our site.", "Accept all cookies",
                           "Photo gallery: The flooded streets of the old town",
                           "You are here: Home > News > Local", "Home | News | Politics",
                           "Home > World > Europe > France", "News \u203A Business \u203A Markets"}) {
    EXPECT_EQ(clean(body + line + "\n\nVoting ends in May.\n"), body + "Voting ends in May.\n") << line;
  }
  // A run of sharing words.
  EXPECT_EQ(clean(body + "Facebook\nTwitter\nEmail\n"), "The council approved the budget.\n");
}

TEST(BoilerplateBlocks, TeaserBlockWithItsHeadlines) {
  EXPECT_EQ(clean("The talks resume next week.\n\nRelated stories\n\nTalks stall over border dispute\n\n"
                  "Minister resigns after vote\n"),
            "The talks resume next week.\n");
  EXPECT_EQ(clean("The talks resume next week.\n\nMore on this story:\nWhy the border matters\n"
                  "What happens next?\n\nThe delegations met twice.\n"),
            "The talks resume next week.\n\nThe delegations met twice.\n");
}

// The menu, teaser and navigation lists are looked up lowered (hashed): a listed line in any case is
// found, a line a letter longer or shorter is not.
TEST(BoilerplateBlocks, ListedLinesInAnyCase) {
  EXPECT_EQ(clean("MAIN MENU\nHOME\nworld\nBusiness\nsEARCH\n\nFloods close the coastal road\n\nThe road shut on Monday.\n"),
            "Floods close the coastal road\n\nThe road shut on Monday.\n");
  EXPECT_EQ(clean("The talks resume next week.\n\nRELATED STORIES:\n\nTalks stall over border dispute\n"),
            "The talks resume next week.\n");
  EXPECT_EQ(clean("The talks resume next week.\n\nmost Read\n\nTalks stall over border dispute\n"),
            "The talks resume next week.\n");
  const std::string body = "The council approved the budget.\n\n";
  EXPECT_EQ(clean(body + "FACEBOOK\ntwitter\nE-Mail\n"), "The council approved the budget.\n");
  for (const char* kept : {"Facebooks\nTwitters\n", "Related storie\n\nTalks stall over border dispute\n",
                           "Mains menu\nHome\nCity Hall\n"}) {
    EXPECT_EQ(clean(body + kept), body + kept) << kept;
  }
}

TEST(BoilerplateBlocks, FinalLineBreakKept) {
  EXPECT_EQ(clean("Body text.\n\nRead more: Another story\n"), "Body text.\n");
  EXPECT_EQ(clean("Body text.\r\n\r\nShare on Facebook\r\n"), "Body text.\r\n");
  EXPECT_EQ(clean("Body text.\n\nRead more: Another story"), "Body text.");
}

TEST(BoilerplateBlocks, RepeatedHeadline) {
  EXPECT_EQ(clean("Storm closes schools across the region\nStorm closes schools across the region\n\nSchools shut.\n"),
            "Storm closes schools across the region\n\nSchools shut.\n");
  EXPECT_EQ(clean("Storm closes schools across the region\n\nStorm Closes Schools Across The Region.\n\nSchools shut.\n"),
            "Storm closes schools across the region\n\nSchools shut.\n");
}

TEST(BoilerplateBlocks, RealTextLeftAlone) {
  for (const char* t : {
           "Home secretary visits the flooded town\n\nShe met residents.\n",
           "He tried to share on X a photo of the flood, he said.\n",
           "The menu was short.\nHome cooking won the prize.\n",
           "Business\n\nMarkets rose on Monday after the report.\n",
           "We use cookies, the baker said, to test the oven.",
           "Related stories are told by the elders.\n",
           "Yes.\nYes.\n",
           "Prices rose 3% in March | April figures follow.\n",
           "Related stories\n\nThe council met on Monday. It voted twice.\n",
       }) {
    const std::string out = clean(t);
    if (std::string_view(t).starts_with("Related stories\n")) {
      EXPECT_EQ(out, "The council met on Monday. It voted twice.\n") << t;
    } else {
      EXPECT_EQ(out, t) << t;
    }
  }
}

TEST(QuoteSpacing, SpacesInsidePairedQuotes) {
  EXPECT_EQ(clean("She warned of panic \", he said."), "She warned of panic \", he said.");  // odd count
  EXPECT_EQ(clean("\"We will not panic \", the mayor said."), "\"We will not panic\", the mayor said.");
  EXPECT_EQ(clean("The title was \" A new page for the city \" and it sold."),
            "The title was \"A new page for the city\" and it sold.");
  EXPECT_EQ(clean("\u201C A new start\u201D"), "\u201C A new start\u201D");
  for (const char* t : {"a 5\" and 7\" screen", "\"We said, 'not yet,' \" she recalled.", "\" 'Never,' she wrote.\"", "He said \"yes\" and \"no\".", "\"Go\" \" \"", "x \" y"}) {
    EXPECT_EQ(clean(t), t) << t;
  }
}

TEST(LineJoinerNews, HardWrappedLines) {
  EXPECT_EQ(clean("The two delegations held three rounds of talks in\nApril and May, officials said."),
            "The two delegations held three rounds of talks in April and May, officials said.");
  EXPECT_EQ(clean("The governor said that\n\n \"the bridge will reopen soon\"."),
            "The governor said that \"the bridge will reopen soon\".");
  EXPECT_EQ(clean("Troops moved towards\nKharkiv overnight."), "Troops moved towards Kharkiv overnight.");
  // A headline may end with a preposition.
  for (const char* t : {"Things to look out for\n\nThe market opens at nine.", "Who we work with\n\nOur partners are listed below."}) {
    EXPECT_EQ(clean(t), t) << t;
  }
}

TEST(LineJoinerNews, ListsStayLists) {
  for (const char* t : {"The measures are:\n- cutting taxes\n- raising spending\n- new roads",
                        "The measures are:\n\n- cutting taxes;\n- raising spending.",
                        "Three steps follow:\n1. Register the car\n2. Pay the fee\n3. Collect the plates",
                        "They bought the\n1. bread", "Items:\n\u2022 apples,\n\u2022 pears",
                        "* first point\n* second point"}) {
    EXPECT_EQ(clean(t), t) << t;
  }
}

TEST(LineJoinerNews, VerseStaysVerse) {
  for (const char* t : {"\"Across the fields of the\nMorning the rivers run,\nAnd all of the\nValley sleeps.\"",
                        "She read:\n\nOver the hills and into the\nValley of the sun\nWe walked until the\nDay was done",
                        "Out of the night that covers\nThe hills of the north and\nThe sea of the south",
                        "The poem reads:\n\n\"Under the bridge and\n\nOver the weir of the\n\nMill the water goes\"\n"}) {
    EXPECT_EQ(clean(t), t) << t;
  }
}

// Verse whose lines start in lower case: a block of three or more short lines one break apart.
TEST(LineJoinerNews, LowercaseStanzaStaysVerse) {
  for (const char* t : {"The card said:\n\nthe kettle sings at six\nand nobody hears it\nbut the cat on the stair,\nwaiting.",
                        "Her address was\n14 Mill Lane\nupper flat\nnear the bakery"}) {
    EXPECT_EQ(clean(t), t) << t;
  }
  // Two short lines are not a stanza: a cut sentence is still joined.
  EXPECT_EQ(clean("The council said it would\nreview the plan next year."),
            "The council said it would review the plan next year.");
  // Scraped pieces with blank lines between them are still joined.
  EXPECT_EQ(clean("The minister said on\n\nthursday that the\n\nroad would reopen."),
            "The minister said on thursday that the road would reopen.");
}

TEST(Punctuation, DoubledPeriodAfterANumber) {
  EXPECT_EQ(clean("The law passed in 2019.. It was amended."), "The law passed in 2019. It was amended.");
  EXPECT_EQ(clean("pages 1..10 and 2...5"), "pages 1..10 and 2...5");
}

TEST(StrayColonNews, IntroductoryPhrases) {
  EXPECT_EQ(clean("According to the ministry :\n\nthe talks failed."), "According to the ministry, the talks failed.");
  EXPECT_EQ(clean("Earlier :\n\nReuters reported the deal."), "Earlier, Reuters reported the deal.");
  EXPECT_EQ(clean("Earlier : Reuters reported the deal."), "Earlier, Reuters reported the deal.");
  EXPECT_EQ(clean("The port reopened. According to the ministry : the talks failed."),
            "The port reopened. According to the ministry, the talks failed.");
  // Not an introductory phrase, or a real announcement: only the space goes.
  EXPECT_EQ(clean("The ministry said : the talks failed."), "The ministry said: the talks failed.");
  EXPECT_EQ(clean("Earlier, the agency wrote : delays are likely."), "Earlier, the agency wrote: delays are likely.");
  EXPECT_EQ(clean("score 2 : 1 at half time"), "score 2 : 1 at half time");
}

TEST(Idempotence, NewRulesOnTheirOwnOutput) {
  for (const char* t : {"&amp;amp;amp;amp;amp;amp;", "&amp;#38;quot;", "Menu\nHome\n\" x \"\nWorld",
                        "Related\nA\nB\n\nC.", "A b c d\nA b c d\nA b c d\n", "\" a \" \" b \"", "x&nbsp;&nbsp;\n",
                        "in\nApril in\nMay in\nJune"}) {
    const std::string once = clean(t);
    EXPECT_EQ(clean(once), once) << t;
  }
}

TEST(Idempotence, RandomTextFromNewsPieces) {
  // Seeded random strings of the pieces the rules above react to: cleaning the output changes nothing.
  const char* pieces[] = {"&amp;", "&nbsp;", "&quot;", "&#39;", "&amp;quot;", "\" ", " \"", "\"", " ", "\n", "\n\n",
                          "Menu", "Home", "World", "Related stories", "Earlier :", " :", "in", "April", "- ", "1. ",
                          "The talks", "said that", "Share on X", "Home > News > Local", "..", "2019", ".", ",",
                          "Storm hits the coast today", "Read more", "Facebook", "  "};
  uint32_t seed = 99;
  const auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
  size_t stable = 0, total = 0;
  for (int i = 0; i < 4000; ++i) {
    std::string t;
    const size_t n = next() % 30;
    for (size_t k = 0; k < n; ++k) t += pieces[(next() >> 8) % std::size(pieces)];
    const std::string once = clean(t);
    ++total;
    if (clean(once) == once) ++stable;
    else if (total - stable <= 5) std::printf("  not idempotent: [%s]\n    once: [%s]\n    twice: [%s]\n", t.c_str(), once.c_str(), clean(once).c_str());
  }
  EXPECT_EQ(stable, total);
}

namespace {

// The breadcrumb test as a plain scan of every byte (the rule's reading before its 32-byte look).
bool plain_breadcrumb(std::string_view c) {
  const auto home = [](std::string_view s) {
    return s.size() == 4 && (s[0] | 0x20) == 'h' && (s[1] | 0x20) == 'o' && (s[2] | 0x20) == 'm' && (s[3] | 0x20) == 'e';
  };
  if (c.size() > 150) return false;
  size_t segments = 1, words = 1, seg_begin = 0;
  bool is_home = false;
  for (size_t i = 0; i < c.size(); ++i) {
    if (c[i] != ' ') continue;
    size_t sep = 0;
    if (i + 2 < c.size() && (c[i + 1] == '>' || c[i + 1] == '|' || c[i + 1] == '/') && c[i + 2] == ' ') sep = 3;
    else if (i + 4 < c.size() && c.substr(i + 1, 2) == "\xC2\xBB" && c[i + 3] == ' ') sep = 4;
    else if (i + 5 < c.size() && c.substr(i + 1, 3) == "\xE2\x80\xBA" && c[i + 4] == ' ') sep = 5;
    if (sep) {
      const std::string_view seg = c.substr(seg_begin, i - seg_begin);
      if (seg.empty() || seg.back() == '.' || seg.back() == '?' || seg.back() == '!') return false;
      if (segments == 1) is_home = home(seg);
      ++segments;
      words = 1;
      i += sep - 1;
      seg_begin = i + 1;
      continue;
    }
    if (++words > 4) return false;
  }
  const std::string_view last = c.substr(seg_begin);
  if (last.empty() || last.back() == '.' || last.back() == '?' || last.back() == '!') return false;
  return segments >= 3 || (segments == 2 && is_home);
}

}  // namespace

// Prose lines are turned down after a look at their first 32 bytes (four spaces, no separator after one):
// on random lines of words and separators, near-separators ("and/or", "»" without spaces) and separators
// on either side of the fourth space and of byte 32, the rule deletes exactly the lines the plain scan
// calls a breadcrumb trail.
TEST(BoilerplateBlocks, BreadcrumbLookAgreesWithThePlainScan) {
  static const std::vector<std::string> words = {"Home", "home", "World", "Europe", "the", "a", "regional", "news",
      "x", "Lands", "end.", "why?", "and/or", "a>b", "1|2", "\xC2\xBB" "x", "\xE2\x80\xBA", "caf\xC3\xA9"};
  static const std::vector<std::string> gaps = {" ", " ", " ", " ", " > ", " | ", " / ", " \xC2\xBB ", " \xE2\x80\xBA ",
      "  ", " >", "> ", " \xC2\xBB", " \xE2\x80\x9C"};
  std::mt19937 rng(19);
  cu::CleanupOptions o;
  o.join_broken_lines = o.stray_colon = o.inline_bullet = o.spacing = o.punctuation = o.mojibake = o.html_entities = false;
  const std::string before = "The council met on Monday.\n\n", after = "\n\nThe vote is next week.\n";
  size_t trails = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string line = words[rng() % words.size()];
    const size_t target = 20 + rng() % 60;
    while (line.size() < target) line += gaps[rng() % gaps.size()] + words[rng() % words.size()];
    const std::string text = before + line + after;
    const bool deleted = clean(text, o) != text;
    ASSERT_EQ(deleted, plain_breadcrumb(line)) << "round " << round << " line: " << line;
    trails += deleted;
  }
  EXPECT_GT(trails, 500u);  // not vacuous: many lines are trails
  // A trail whose first separator follows the fourth space, that space at every byte around the 32 looked at.
  for (size_t k = 10; k <= 40; ++k) {
    const std::string line = "a b c " + std::string(k, 'w') + " > Europe > France";
    const std::string text = before + line + after;
    ASSERT_TRUE(plain_breadcrumb(line)) << line;
    EXPECT_EQ(clean(text, o), before.substr(0, before.size() - 2) + after) << "fourth space at byte " << 6 + k;
  }
}

// Lines without a space before a separator's first byte are turned down 16 bytes at a time, the last
// bytes from a padded copy: a separator at every offset of a short line, across the 16-byte steps and
// at the line's end, is still found, and the same line without it is kept.
TEST(BoilerplateBlocks, BreadcrumbSeparatorFoundAtEveryOffset) {
  cu::CleanupOptions o;
  o.join_broken_lines = o.stray_colon = o.inline_bullet = o.spacing = o.punctuation = o.mojibake = o.html_entities = false;
  const std::string before = "The council met on Monday.\n\n", after = "\n\nThe vote is next week.\n";
  for (const char* sep : {" > ", " | ", " / ", " \xC2\xBB ", " \xE2\x80\xBA "}) {
    for (size_t k = 1; k <= 40; ++k) {
      const std::string trail = std::string(k, 'a') + sep + "B" + sep + "C";
      ASSERT_TRUE(plain_breadcrumb(trail)) << trail;
      EXPECT_EQ(clean(before + trail + after, o), before.substr(0, before.size() - 2) + after) << trail;
      const std::string home = "Home" + std::string(sep) + std::string(k, 'b');
      ASSERT_TRUE(plain_breadcrumb(home)) << home;
      EXPECT_EQ(clean(before + home + after, o), before.substr(0, before.size() - 2) + after) << home;
      const std::string prose = std::string(k, 'a') + " B C";
      EXPECT_EQ(clean(before + prose + after, o), before + prose + after) << prose;
    }
  }
}
