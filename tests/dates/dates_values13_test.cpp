// Values of the TimeML (TempEval-3) conventions found on timeml-aquaint's and set B's value errors, round 13:
// which verb governs a weekday, and a day anchored on another ("the day before last Tuesday"). Sentences of
// our own; the anchor is Friday 2025-09-26 unless a test says otherwise.
#include "dev_sets.hpp"
#include "tagger.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace textchain::dates;

namespace {

// Every expression found, "text|TYPE|value[|MOD]", joined by "; ", after checking how many there are.
std::string found_as(std::string_view text, size_t count, std::string_view date = "2025-09-26") {
  const std::vector<Timex> found = dev::tag_with_host_sentences(Tagger(TaggerOptions{}), text, date);
  if (found.size() != count) return "found " + std::to_string(found.size());
  std::string s;
  for (const Timex& t : found) {
    if (!s.empty()) s += "; ";
    s += std::string(text.substr(t.begin, t.end - t.begin)) + "|" + type_name(t.type) + "|" + t.value;
    if (t.mod) s += std::string("|") + mod_name(t.mod);
  }
  return s;
}

}  // namespace

// A participle before "by" modifies a noun ("a dinner hosted by the governor") and tells no tense: the
// date's verb is the one before it ("will meet ... and attend"). Before, "hosted" was the nearer cue: past.
TEST(DatesTense13, PassiveParticipleBeforeByIsNoPastCue) {
  EXPECT_EQ(found_as("The envoy will meet Deputy Mayor Anna Brook on Tuesday morning and attend a dinner hosted by the governor.", 1),
            "Tuesday morning|TIME|2025-09-30TMO");
  EXPECT_EQ(found_as("The envoy will meet Deputy Mayor Anna Brook on Tuesday and attend a dinner hosted by the governor on Wednesday.", 2),
            "Tuesday|DATE|2025-09-30; Wednesday|DATE|2025-10-01");
  // A finite past verb after the date still tells it, and so does one before "by" and an amount.
  EXPECT_EQ(found_as("The envoy met the deputy mayor on Tuesday and hosted a dinner.", 1), "Tuesday|DATE|2025-09-23");
  EXPECT_EQ(found_as("Ticket sales at the Brook Street venue on Tuesday increased by a third.", 1), "Tuesday|DATE|2025-09-23");
  EXPECT_EQ(found_as("Ticket sales at the Brook Street venue on Tuesday increased by 5%.", 1), "Tuesday|DATE|2025-09-23");
}

// "which" or "who" and a verb in -s: the relative clause's present tense, a schedule, points the weekday ahead
// as "is" does. Before, the clause had no cue and the weekday took the default (past).
TEST(DatesTense13, PresentVerbAfterRelativePronoun) {
  EXPECT_EQ(found_as("The bureau, which publishes its survey on Thursday, said sales rose.", 1), "Thursday|DATE|2025-10-02");
  EXPECT_EQ(found_as("The crew, who flies the new route on Monday, met the press.", 1), "Monday|DATE|2025-09-29");
  EXPECT_EQ(found_as("The bureau, which published its survey on Thursday, said sales rose.", 1), "Thursday|DATE|2025-09-25");
  // "whose" is followed by a noun, not a verb.
  EXPECT_EQ(found_as("The firm, whose shares fell on Thursday, said little.", 1), "Thursday|DATE|2025-09-25");
}
