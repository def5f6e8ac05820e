// Short quotations inside reported speech (issue 16): kept as partial quotations only where the sentence's
// structure gives them a speaker. Every sentence here was written for these tests.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;
using textchain::quotes::FoundQuote;

namespace {
std::string span_of(const std::string& text, const FoundQuote& q) { return text.substr(q.begin, q.end - q.begin); }
}  // namespace

TEST(QuotesPartial13, ASpeechNounsOwnerSpeaksInItsThatClause) {
  // "Tom Hale's claim that …": the clause after the owned speech noun is the owner's, and so is a short
  // quotation in it.
  for (const char* sentence :
       {"Reporters checked Tom Hale's claim that there have been \"dozens of floods\" in the county this year.",
        "Engineers doubted Tom Hale's earlier claim that there have been \"dozens of floods\" this year."}) {
    const std::string t = std::string("Headline here.\n\nThe council met late.\n\n") + sentence;
    const auto found = tq::run_engine(t);
    ASSERT_EQ(found.size(), 1u) << sentence;
    EXPECT_EQ(found[0].kind, "partial") << sentence;
    EXPECT_EQ(found[0].speaker.value_or("(null)"), "Tom Hale") << sentence;
  }
  // Without "that" the noun names a topic ("Hale's statement about …"), and a short quotation is nobody's.
  const std::string t = "Headline here.\n\nThe council met late.\n\nReporters checked Tom Hale's statement about "
                        "\"dozens of floods\" in the county.";
  for (const auto& q : tq::run_engine(t)) EXPECT_FALSE(q.speaker.has_value()) << span_of(t, q);
}
