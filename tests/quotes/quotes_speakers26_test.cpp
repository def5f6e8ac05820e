// Speakers, round 26 (issue 16's engine errors on political news). Every sentence here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

namespace {

// A pronoun after a name met only in a participle phrase's "by" ("a panel, overseen by …,"): that name is named in
// passing, and the subject who may be a person, though neither a title nor a known given name says so, is the
// referent. Failed before: the agent, a person for certain, was taken.
constexpr tq::SpeakerCase kAgentInPassing[] = {
    {"Sein Tollan has faced criticism over the dam.\n\nIn response to pressure from abroad, Sein Tollan recently "
     "hosted a summit of river towns and set up a panel, overseen by former U.N. envoy Okon Darrow, to make "
     "proposals on the water dispute.\n\n\"Sharing the river means sharing the risk,\" she said in the capital.\n",
     "Sein Tollan"},
    {"Sein Tollan has faced criticism over the dam.\n\nSein Tollan set up a panel, overseen by former U.N. envoy "
     "Okon Darrow, to make proposals.\n\n\"Sharing the river means sharing the risk,\" she said.\n",
     "Sein Tollan"},
    {"Sein Tollan has faced criticism over the dam.\n\nSein Tollan named a board, chaired by Judge Okon Darrow, to "
     "study the tolls.\n\n\"Sharing the river means sharing the risk,\" he said.\n",
     "Sein Tollan"},
};

// A passive's agent with its auxiliary ("was written by") acted: the pronoun still goes to it.
constexpr tq::SpeakerCase kAgentActed[] = {
    {"The report was written by Tobias Renner. \"We owe the valley answers,\" he said.\n", "Tobias Renner"},
    {"Sein Tollan has faced criticism over the dam.\n\nThe new plan was drafted by Judge Okon Darrow.\n\n\"Sharing "
     "the river means sharing the risk,\" he said.\n",
     "Okon Darrow"},
};

// The speakers of a list of quotations inside a clause of its own whose subject talks then ("and as Ann Vail went
// on about "…," "…" and "…," Tom Hale said …"): every item is that subject's. Failed before: the last went to the
// clause after the list.
struct ListCase {
  const char* text;
  const char* speakers[3];
};
constexpr ListCase kListInClause[] = {
    {"\"Can we go?\" the boy asked, but nobody moved, and as Ann Vail went on about \"the broken roads,\" \"our "
     "forgotten towns\" and \"the families left behind,\" Tom Hale said nothing at all.\n",
     {"Ann Vail", "Ann Vail", "Ann Vail"}},
    {"\"Is it over?\" Ruth asked, and while Governor Hale railed against \"waste,\" \"fraud\" and \"the old guard,\" "
     "Ruth said yes again and again.\n",
     {"Hale", "Hale", "Hale"}},
    {"\"Are you awake?\" she asked, but Tom was asleep again, and as Hale went on about \"the broken roads,\" and "
     "\"our forgotten towns\" and \"the families left behind,\" Ruth said yes, over and over.\n",
     {"Hale", "Hale", "Hale"}},
};

// A longer list of names as the subject ("A, B and C said") speaks together, as a pair does; failed before: the
// last two (or, after an Oxford comma, the last one) were given.
constexpr tq::SpeakerCase kLongerList[] = {
    {"Ann Vail, Tom Hale and Bo Pryce called the plan \"a disgrace to the county.\"\n", "Ann Vail, Tom Hale and Bo Pryce"},
    {"After the vote, Vail, Hale and Pryce called the plan \"a disgrace to the county.\"\n", "Vail, Hale and Pryce"},
    {"Ann Vail, Tom Hale, and Bo Pryce said the plan was \"a disgrace.\"\n", "Ann Vail, Tom Hale, and Bo Pryce"},
};

// Not a list of speakers: a place and its state before the pair, a pair inside the clause.
constexpr tq::SpeakerCase kNoLongerList[] = {
    {"In Denver, Colorado, Ann Vail and Tom Hale called the plan \"a disgrace to the county.\"\n",
     "Ann Vail and Tom Hale"},
    {"Ann Vail met Tom Hale and Bo Pryce called the plan \"a disgrace to the county.\"\n", "Bo Pryce"},
};

// "X's letter was widely mocked for its prediction that Y would be "…"": "its" goes back to the subject, whose owner
// speaks; an adverb between "was" and the participle keeps the verb a passive, no cue. Failed before: Y was given,
// or the words were dropped as a term.
constexpr tq::SpeakerCase kThingsOwner[] = {
    {"Dr. Lena Marsh examined the senator in May. Marsh's first letter on Hale was widely mocked for its bold "
     "prediction that Hale would be \"the fittest man ever to hold the office.\"\n",
     "Lena Marsh"},
    {"Lena Marsh's report was praised for its claim that the river was \"cleaner than in a century.\"\n", "Lena Marsh"},
    {"Tom Hale's op-ed was quickly mocked for its claim that the deficit was \"already gone.\"\n", "Tom Hale"},
    {"Norland Bank's forecast drew praise for its prediction that growth would be \"steady but slow.\"\n",
     "Norland Bank"},
};

}  // namespace

TEST(QuotesSpeakers26, AThingsClaimSpeaksForItsOwner) { tq::expect_speakers(kThingsOwner); }

TEST(QuotesSpeakers26, ALongerListOfNamesSpeaksTogether) {
  tq::expect_speakers(kLongerList);
  tq::expect_speakers(kNoLongerList);
}

TEST(QuotesSpeakers26, AListOfQuotationsInAClauseOfItsOwnIsItsSubjects) {
  for (const ListCase& c : kListInClause) {
    const auto found = tq::run_engine(c.text);
    ASSERT_GE(found.size(), 3u) << c.text;
    for (size_t i = 0; i < 3; ++i)
      EXPECT_EQ(found[found.size() - 3 + i].speaker.value_or("(null)"), c.speakers[i]) << c.text;
  }
}

TEST(QuotesSpeakers26, AnAgentInAParticiplePhraseIsNamedInPassing) { tq::expect_speakers(kAgentInPassing); }

TEST(QuotesSpeakers26, APassivesAgentWithItsAuxiliaryActed) { tq::expect_speakers(kAgentActed); }
