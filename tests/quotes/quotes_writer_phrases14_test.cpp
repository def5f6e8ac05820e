// Quotation marks in the writer's own voice (issue 16): words in marks that no one in the sentence is said to
// have said are titles and borrowed phrases, not quotations. Every sentence here was written for these tests.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;
using textchain::quotes::FoundQuote;

namespace {
std::string span_of(const std::string& text, const FoundQuote& q) { return text.substr(q.begin, q.end - q.begin); }
const std::string kLead = "Headline here.\n\nThe council met late.\n\n";
}  // namespace

TEST(QuotesWriterPhrases14, APrepositionsObjectWithNoSpeakerIsNoQuotation) {
  // More than three words, so no scare quote by length; but the marks stand where a noun phrase must, as the
  // object of "in", "for" or "into", and no reporting verb ties them to anyone.
  for (const char* sentence : {"Volunteers are taking part in \"Clean River Action Day,\" a yearly event on the coast.",
                               "The revised bill drops a demand for \"building three more ferry docks\" along the coast.",
                               "The family moved the old piano into \"a small cabin near the lake\" last spring."}) {
    const std::string t = kLead + sentence;
    const auto found = tq::run_engine(t);
    EXPECT_EQ(found.size(), 0u) << sentence;
    for (const auto& q : found) ADD_FAILURE() << span_of(t, q);
  }
}

TEST(QuotesWriterPhrases14, APrepositionsObjectInReportedSpeechStays) {
  // The same phrase after a reporting verb's preposition is the speaker's words ("argued for"), and "as" after
  // a verb of describing gives the subject's characterization: both stay partial quotations.
  const std::string t = kLead +
                        "Ann Vail argued for \"building three more ferry docks\" at the meeting.\n\n"
                        "The board described the ferry plan as \"a costly and needless detour\" on Monday.";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(span_of(t, found[0]), "\"building three more ferry docks\"");
  EXPECT_EQ(found[0].kind, "partial");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
  EXPECT_EQ(span_of(t, found[1]), "\"a costly and needless detour\"");
  EXPECT_EQ(found[1].kind, "partial");
}

TEST(QuotesWriterPhrases14, ATitleCaseSubheadingWithShortLowerCaseWordsIsNoQuotation) {
  // A paragraph that is only a short phrase in marks, every word capitalized but the short ones title case
  // leaves in lower case ("at", "in", "a"): a subheading. A short sentence in lower case stays a quotation.
  const std::string t = kLead +
                        "The harbor reopened on Monday after a week of fog.\n\n"
                        "\"Legend at the Docks.\"\n\n"
                        "Ann Vail ran the port for a decade. Asked about the hours, she did not hesitate.\n\n"
                        "\"We stay open at night.\"\n\n"
                        "\"A Night in a Harbor Town\"\n\n"
                        "The ferries run again.";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(span_of(t, found[0]), "\"We stay open at night.\"");
}

TEST(QuotesWriterPhrases14, ATitleAfterAnArticleOrAPossessiveIsNoQuotation) {
  // Four words or more in title case after "a" or "WXRT's": the name of an event or a programme, even in a
  // sentence with a reporting verb.
  for (const char* sentence :
       {"Ann Vail answered questions about ferries during a \"Town Hall on the Green\" at the old ferry terminal.",
        "Tom Hale said it again on WXRT's \"Meet the Region Tonight.\" The docks stay shut."}) {
    const std::string t = kLead + sentence;
    const auto found = tq::run_engine(t);
    EXPECT_EQ(found.size(), 0u) << sentence;
    for (const auto& q : found) ADD_FAILURE() << span_of(t, q);
  }
}

TEST(QuotesWriterPhrases14, ATitleGivenByANamingVerbOrAsStays) {
  // A naming verb ("called the pier a …") or "as" ("known as the …") gives the words as someone's name for a thing.
  const std::string t = kLead +
                        "Ann Vail called the pier a \"Monument to Broken Promises\" on Monday.\n\n"
                        "The bill, known as the \"Safe Harbors for Ferries Act,\" passed in May.";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(span_of(t, found[0]), "\"Monument to Broken Promises\"");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
  EXPECT_EQ(span_of(t, found[1]), "\"Safe Harbors for Ferries Act,\"");
}

TEST(QuotesWriterPhrases14, RuledReportsAVerdictsWords) {
  // "ruled that …" reports a judgement: short quotations in its clause are the ruling body's words.
  const std::string t = kLead + "Harbor Check ruled that Ann Vail's account of the flood was \"accurate,\" "
                                "though the fact-checkers faulted her numbers.";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(span_of(t, found[0]), "\"accurate,\"");
  EXPECT_EQ(found[0].kind, "partial");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Harbor Check");
}

TEST(QuotesWriterPhrases14, AMarkupAttributesValueIsNoQuotation) {
  // Scraped news keeps markup: the marks of text="…" delimit an attribute's value, right after "=".
  const std::string t = kLead +
                        "Ann Vail posted the notice on Monday.\n\n"
                        "<post author=\"harborcheck\" text=\"The ferries run again on Monday, all of "
                        "them, said the port.\">\n\n"
                        "\"We are open again,\" she said.";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(span_of(t, found[0]), "\"We are open again,\"");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
}

TEST(QuotesWriterPhrases14, ASpeechNounBeforeAColonGivesItsSubjectsWords) {
  // "… settled on a campaign slogan: "…"": the speech noun says the words after the colon are the subject's, as a
  // reporting verb would, so a short quotation there is kept; the subject follows the introductory phrase.
  const std::string t = kLead +
                        "With the harbor vote close, Ann Vail has settled on a campaign slogan: \"Ferries come "
                        "first.\"\n\n"
                        "Tom Hale had one answer: \"Not now.\"";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(span_of(t, found[0]), "\"Ferries come first.\"");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
  EXPECT_EQ(span_of(t, found[1]), "\"Not now.\"");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Tom Hale");
}
