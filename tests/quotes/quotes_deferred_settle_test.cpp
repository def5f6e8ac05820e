// The resolver passes over, unsettled, the names a referent search could not take however they settled, and
// settles them only when an answer depends on them (MentionResolver::most_recent). The answers must be those of
// settling every name walked: random documents, dense with names written in several forms (full, surname
// alone, titled), pronouns, descriptions and organisations, are run both ways and compared quotation by
// quotation. Every word here is invented for the test.
#include "mention_resolver.hpp"
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace tq = textchain::quotes::testing;
using textchain::quotes::ExtractOptions;
using textchain::quotes::FoundQuote;
using textchain::quotes::MentionResolver;

namespace {

struct Person {
  const char* given;
  const char* surname;
};

// Surnames repeat across people, and some given names double as surnames, so that a surname's fullest form,
// its gender and whether it is a person depend on what the search finds.
const Person kPeople[] = {
    {"Ann", "Vail"},    {"Tom", "Hale"},     {"Maria", "Lunn"},  {"Oskar", "Reyes"}, {"Dana", "Vail"},
    {"Rowan", "Bell"},  {"Sasha", "Pryce"},  {"Mia", "Hale"},    {"Ben", "Carter"},  {"Lena", "Hart"},
    {"Ji-won", "Park"}, {"Carol", "May"},    {"Alan", "Vance"},  {"Rita", "Okafor"}, {"Melanie", "Grant"},
};
const char* kTitles[] = {"Mr", "Ms", "Dr", "Sen.", "Gov.", "spokeswoman", "analyst", "Judge", "Professor"};
const char* kOrgs[] = {"Halden Bank", "the Federal Election Commission", "Zentek", "the Labour Ministry",
                       "Westfield University", "the council", "the company", "IMF"};
const char* kCues[] = {"said", "added", "told reporters", "warned", "continued", "explained", "insisted"};
const char* kFiller[] = {"The vote was delayed again on Monday.", "Prices rose for the third month.",
                         "Nobody answered the phone at the office.", "The report was published late.",
                         "Officials met in the capital.", "Retailers expect a quiet season."};

std::string pick_name(std::mt19937& rng, const Person& p) {
  switch (rng() % 6) {
    case 0: return std::string(p.given) + " " + p.surname;
    case 1: return p.surname;
    case 2: return std::string(kTitles[rng() % std::size(kTitles)]) + " " + p.surname;
    case 3: return std::string(kTitles[rng() % std::size(kTitles)]) + " " + p.given + " " + p.surname;
    case 4: return p.given;
    default: return std::string(p.given) + " J. " + p.surname;
  }
}

std::string speaker(std::mt19937& rng, const Person& p) {
  switch (rng() % 7) {
    case 0: return rng() % 2 ? "he" : "she";
    case 1: return rng() % 2 ? "they" : "it";
    case 2: return rng() % 2 ? "the spokeswoman" : "the senator";
    case 3: return kOrgs[rng() % std::size(kOrgs)];
    default: return pick_name(rng, p);
  }
}

std::string sentence(std::mt19937& rng) {
  const Person& a = kPeople[rng() % std::size(kPeople)];
  const Person& b = kPeople[rng() % std::size(kPeople)];
  const char* cue = kCues[rng() % std::size(kCues)];
  switch (rng() % 9) {
    case 0: return "\"We will appeal the ruling,\" " + speaker(rng, a) + " " + cue + ".";
    case 1: return speaker(rng, a) + " " + cue + ": \"The plan is dead.\"";
    case 2: return "\"It is too early,\" " + std::string(cue) + " " + pick_name(rng, a) + ", who works with " +
                   pick_name(rng, b) + ".";
    case 3: return pick_name(rng, a) + " met " + pick_name(rng, b) + " at " + kOrgs[rng() % std::size(kOrgs)] + ".";
    case 4: return pick_name(rng, a) + " " + cue + " that the talks had failed.";
    case 5: return std::string(kOrgs[rng() % std::size(kOrgs)]) + " " + cue + " it would wait.";
    case 6: return "Her daughter, " + std::string(a.given) + ", helps out with " + pick_name(rng, b) + ".";
    case 7: return "\"No,\" " + pick_name(rng, a) + " " + cue + ". \"Not this year.\"";
    default: return kFiller[rng() % std::size(kFiller)];
  }
}

std::string document(std::mt19937& rng) {
  std::string doc;
  const int paragraphs = 1 + static_cast<int>(rng() % 12);
  for (int p = 0; p < paragraphs; ++p) {
    const int sentences = 1 + static_cast<int>(rng() % 4);
    for (int s = 0; s < sentences; ++s) {
      if (s) doc += ' ';
      doc += sentence(rng);
    }
    doc += rng() % 3 ? "\n\n" : "\n";
  }
  return doc;
}

std::vector<FoundQuote> run(const std::string& text, const ExtractOptions& options, bool every_name) {
  MentionResolver::settle_every_name_walked = every_name;
  auto out = tq::run_engine(text, options);
  MentionResolver::settle_every_name_walked = false;
  return out;
}

// The two randomized agreement tests below ask the same of the two answers: every quotation, field by field.
::testing::AssertionResult same_quotes(const std::vector<FoundQuote>& x, const std::vector<FoundQuote>& y) {
  if (x.size() != y.size())
    return ::testing::AssertionFailure() << x.size() << " quotations against " << y.size();
  for (size_t k = 0; k < x.size(); ++k) {
    const FoundQuote &a = x[k], &b = y[k];
    const bool same_method = a.speaker_method == nullptr
                                 ? b.speaker_method == nullptr
                                 : b.speaker_method && std::string_view(a.speaker_method) == b.speaker_method;
    if (a.begin != b.begin || a.end != b.end || a.kind != b.kind || a.speaker != b.speaker ||
        a.speaker_begin != b.speaker_begin || a.speaker_end != b.speaker_end || !same_method || a.cue != b.cue)
      return ::testing::AssertionFailure() << "quotation " << k << " at " << a.begin << "-" << a.end
                                           << " differs (speaker '" << a.speaker.value_or("") << "' against '"
                                           << b.speaker.value_or("") << "')";
  }
  return ::testing::AssertionSuccess();
}

// On 1,500 random documents (with and without include_indirect), `fast` and `reference` find the same quotations;
// the documents must exercise the resolver: most quotations get a speaker, many through pronouns and surnames.
template <class Fast, class Reference>
void expect_same_on_random_documents(unsigned seed, Fast fast, Reference reference) {
  std::mt19937 rng(seed);
  size_t quotes = 0, speakers = 0;
  for (int i = 0; i < 1500; ++i) {
    const std::string text = document(rng);
    ExtractOptions options;
    options.include_indirect = i % 2 == 1;
    const auto found = fast(text, options), expected = reference(text, options);
    ASSERT_TRUE(same_quotes(found, expected)) << text;
    quotes += found.size();
    for (const FoundQuote& q : found) speakers += q.speaker.has_value();
  }
  EXPECT_GT(quotes, 3000u);
  EXPECT_GT(speakers, quotes / 2);
}

}  // namespace

TEST(DeferredSettle, GivesTheAnswersOfSettlingEveryNameWalked) {
  expect_same_on_random_documents(
      20261204, [](const std::string& t, const ExtractOptions& o) { return run(t, o, false); },
      [](const std::string& t, const ExtractOptions& o) { return run(t, o, true); });
}

// MentionResolver::name_of_run remembers its answer per run (a direct-mapped table that runs share by hash): the
// answers must be those of working every run out afresh, on the same random documents.
TEST(RememberedRuns, GiveTheAnswersOfSplittingEveryRunAfresh) {
  expect_same_on_random_documents(
      20261205, [](const std::string& t, const ExtractOptions& o) { return tq::run_engine(t, o); },
      [](const std::string& t, const ExtractOptions& o) {
        MentionResolver::split_every_run = true;
        auto afresh = tq::run_engine(t, o);
        MentionResolver::split_every_run = false;
        return afresh;
      });
}

TEST(DeferredSettle, SettlesANamePassedOverAsItWasWhenPassedOver) {
  // The subject search for "he" walks past "Melanie" (no speaker yet: reported speech is resolved after the
  // quotations) and leaves her unsettled; her reported speech then makes her a speaker. Settled when first
  // walked, a lone given name that was neither a person nor a speaker then takes no gender from it, so "He"
  // may still be her; settled as a speaker she would be a woman, and "He" Tom Hale.
  const std::string text =
      "On Monday, Melanie said that the talks had failed.\n\nLate on Monday, Tom Hale arrived. \"We will wait,\" "
      "he said.\n\nHe said that the plan was dead.\n";
  ExtractOptions options;
  options.include_indirect = true;
  const auto lazy = run(text, options, false), full = run(text, options, true);
  ASSERT_EQ(lazy.size(), 3u);
  ASSERT_EQ(full.size(), 3u);
  for (size_t k = 0; k < 3; ++k) EXPECT_EQ(lazy[k].speaker, full[k].speaker) << k;
  EXPECT_EQ(lazy[2].speaker, "Melanie");
}

TEST(QuotesPlaceNames, EachNameIsJudgedAPlaceOnce) {
  // Every "it" and "they" walks back past the same one-word names (Denver, Leeds, Kent); whether each is a place
  // is decided once and remembered, however many pronouns pass it.
  const std::string t =
      "Headline here.\n\nThe Vantor Group met in Denver on Monday, then flew to Leeds and on to Kent.\n\n"
      "\"We will grow,\" it said.\n\n\"We will hire,\" it added.\n\n\"We will stay,\" it said.\n\n"
      "\"We will build,\" they said.\n\n\"We will win,\" it said.";
  MentionResolver::place_decisions = 0;
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 5u);
  for (const auto& q : found) EXPECT_EQ(q.speaker.value_or("(null)"), "Vantor Group");
  EXPECT_GE(MentionResolver::place_decisions.load(), 1u);  // the check ran
  EXPECT_LE(MentionResolver::place_decisions.load(), 3u);  // once per one-word name at most
}

TEST(QuotesPlaceNames, EveryNameOfAListAfterAPrepositionIsAPlace) {
  // "in Denver, Leeds and Kent": the preposition governs the whole list, so "it" skips all three names; a
  // name after "According to Tom Hale," is no list member and stays a possible referent.
  for (const char* sentence : {"The Vantor Group met buyers in Denver, Leeds and Kent on Monday.",
                               "The Vantor Group met buyers in Denver, Leeds, Kent and Bray on Monday.",
                               "The Vantor Group met buyers in Denver and Kent on Monday."}) {
    const std::string t = std::string("Headline here.\n\n") + sentence + "\n\n\"We expect strong sales this year,\" it said.\n";
    const auto found = tq::run_engine(t);
    ASSERT_EQ(found.size(), 1u) << sentence;
    EXPECT_EQ(found[0].speaker.value_or("(null)"), "Vantor Group") << sentence;
  }
  const std::string t =
      "Headline here.\n\nThe board met on Monday. According to Tom Hale, Ann Vail left early.\n\n"
      "\"We expect strong sales this year,\" she said.\n";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
}
