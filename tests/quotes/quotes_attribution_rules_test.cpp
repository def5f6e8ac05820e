// General attribution rules of news writing: given names from many languages, ages and "who" clauses after
// names, post-nominals, month-named surnames, hyphenated given names, roles before and after names,
// organizations named by description, short introducing sentences and short follow-on quotations. Every
// sentence here is invented for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

using tq::speaker_at;
using tq::speaker_of;

TEST(AttributionRules, InternationalGivenNamesGiveGender) {
  EXPECT_EQ(speaker_of("Sofía Varela, the team physio, spoke first. Then Declan Moss read out the rota. \"We start "
                       "at six,\" she said."),
            "Sofía Varela");
  EXPECT_EQ(speaker_of("Joaquín Salas led the crew for a decade. His deputy, Ingeborg Lunde, took over in May. "
                       "\"I still miss the boat,\" he said."),
            "Joaquín Salas");
}

TEST(AttributionRules, AgeOrWhoAfterANameMarksAPerson) {
  // Neither given name is in the lexicon; the age and the "who" clause say these are people.
  EXPECT_EQ(speaker_of("Osric Dunmore, 58, who farms near the Vale of Mirrow, lost his crop in the floods. "
                       "\"We lost the whole harvest,\" he said."),
            "Osric Dunmore");
}

TEST(AttributionRules, AnAppositionOpeningTheSentenceIsItsSubject) {
  EXPECT_EQ(speaker_of("Orla Keane won the final in straight sets. Her opponent, Jelena Markovic, was gracious. She "
                       "said Keane had played \"like a machine all week\"."),
            "Jelena Markovic");
}

TEST(AttributionRules, ShortIntroducingSentenceGivesTheSpeaker) {
  const std::string t =
      "Ilse Marten has run the ferry kiosk for 20 years. Her landlord, Piet Olander, wants to raise the rent. "
      "\"It is the market,\" he said. Marten sighs. \"Then the market can sell the tickets.\"";
  EXPECT_EQ(speaker_at(t, 1), "Ilse Marten");
  // A plural common noun is someone unnamed, and does not carry on the voice before it.
  const std::string u =
      "\"The plan is fair,\" said Rufus Tamm, the minister. Farmers were furious. \"Nobody listens to us any "
      "more.\"";
  EXPECT_EQ(speaker_at(u, 1), "(null)");
}

TEST(AttributionRules, SubjectAndVerbBeforeAColon) {
  EXPECT_EQ(speaker_at("Striker Kofi Mensah scored first. \"A great cross,\" Mensah said. Captain Nadia Ferro then "
                       "scored twice. Asked about the result, she smiled: \"We earned it today.\"",
                       1),
            "Nadia Ferro");
}

TEST(AttributionRules, AShortSentenceAfterAnAttributedQuotationGoesOn) {
  const std::string t =
      "Greta Holm has kept bees for forty years. \"The work is never done,\" she says. \"Not yet.\"";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Greta Holm");
}

TEST(AttributionRules, RoleAndNameAroundTheCue) {
  EXPECT_EQ(speaker_of("\"Orders are up again,\" chief operating officer Han Seo-jin said on Tuesday."),
            "Han Seo-jin");
  EXPECT_EQ(speaker_of("\"We will meet again next spring,\" said the summit chair, Ottilie Brandvold of Norway."),
            "Ottilie Brandvold");
}

TEST(AttributionRules, PostNominalsAndAffiliationsAreNotPartOfTheName) {
  EXPECT_EQ(speaker_of("Opening the defence case, Mr Oliver Strand KC said the evidence was \"thin at best\"."),
            "Oliver Strand");
  EXPECT_EQ(speaker_of("\"It changes the whole field,\" said Professor Hanne Vik of Bergen Polytechnic."),
            "Hanne Vik");
}

TEST(AttributionRules, AMonthAfterAGivenNameIsASurname) {
  EXPECT_EQ(speaker_of("Judge Helen March adjourned the hearing. \"We resume tomorrow morning,\" the judge said."),
            "Helen March");
}

TEST(AttributionRules, OrganizationsNamedByDescription) {
  // No council is named: the body speaks as the text calls it.
  EXPECT_EQ(speaker_of("The parish council said: \"The hall will reopen in June.\""), "parish council");
  // A body of a country, with the pronoun after it.
  const std::string t =
      "Norland's transport ministry said the plan was \"reckless and rushed\". In a statement, it said: \"We will "
      "challenge the decision in court.\"";
  EXPECT_EQ(speaker_at(t, 0), "Norland's transport ministry");
  EXPECT_EQ(speaker_at(t, 1), "Norland's transport ministry");
  // A spokesperson for an organization: the organization speaks.
  EXPECT_EQ(speaker_of("The Harbour Authority met on Friday. \"The site is protected,\" a spokesman for the "
                       "authority said."),
            "Harbour Authority");
  // A company is not a court.
  EXPECT_EQ(speaker_of("The High Court ruled against Brackwell Paints, which had appealed. The company said it was "
                       "\"deeply disappointed\" by the ruling."),
            "Brackwell Paints");
}

TEST(AttributionRules, NamesInsideAnAppositiveOrAnEventAreNotSpeakers) {
  EXPECT_EQ(speaker_of("Ravi Menon, a pilot at regional carrier Skylark Air, which flies the route daily, called the "
                       "change \"long overdue for everyone\"."),
            "Ravi Menon");
  EXPECT_EQ(speaker_of("Swiss skier Aldo Brunner won the downhill at the Festival of the Alps on Sunday. \"My knee "
                       "held up,\" he said."),
            "Aldo Brunner");
}

TEST(AttributionRules, AnUnnamedDelegateStaysUnnamed) {
  EXPECT_EQ(speaker_of("Kenji Aoki chaired the session. A delegate from a northern province, who declined to be "
                       "named, objected. \"This text is unfair to us,\" the delegate said."),
            "(null)");
}

TEST(AttributionRules, AnAsClauseAfterTheQuotationNamesItsSource) {
  // "as X put it": "put" reports only in such a clause (cue_verbs.txt: as_only); a document's owner speaks.
  EXPECT_EQ(speaker_of("Investors only had to show a \"lawful source of investment income,\" as a Treasury memo "
                       "put it."),
            "Treasury");
  EXPECT_EQ(speaker_of("\"We will not wait for the state,\" as Mayor Ann Lee wrote on Monday."), "Ann Lee");
  // The passive: "as stated on", "as reported by".
  EXPECT_EQ(speaker_of("The phone is sold as \"the lightest tablet ever made,\" as stated on the Norland website."),
            "Norland");
  // An "as" clause whose verb has a quotation of its own is a time ("as the mayor yelled …"), no source.
  EXPECT_EQ(speaker_of("\"Open the city gates now!\" as Mayor Tom Reyes shouted \"Go home!\" from the steps."),
            "(null)");
  // Elsewhere "put" is no cue: the quotation keeps no speaker from it.
  EXPECT_EQ(speaker_of("Simon Platt put the \"emergency plan\" on hold."), "(missing)");
}

TEST(AttributionRules, TwoAppositivesBetweenTheNameAndTheVerbAfterAQuotation) {
  EXPECT_EQ(speaker_of("\"It is an overreach by the agency,\" Ann Lee, the attorney general of Norland, one of the "
                       "states suing the ministry, said on Monday."),
            "Ann Lee");
  // One appositive, as before.
  EXPECT_EQ(speaker_of("\"It is an overreach,\" Ann Lee, the attorney general of Norland, said on Monday."), "Ann Lee");
}

TEST(AttributionRules, AVerbAfterTheQuotationOpeningAThatClauseNamesNoSpeaker) {
  // "… suggests that Norland …": Norland is inside the reported clause; the one who said it in the letter
  // speaks.
  EXPECT_EQ(speaker_of("City lawyer Omar Haddad said in a letter that the advertisement \"plainly and wrongly\" "
                       "suggests that Norland and its police back the campaign."),
            "Omar Haddad");
}

TEST(AttributionRules, VerbsOfVoicedSpeechAreCues) {
  // Lyrics sung, slogans chanted, words shouted or whispered are quoted like words said.
  EXPECT_EQ(speaker_of("\"Hold on to the light,\" Ruth Adeyemi sings to the crowd before the encore."),
            "Ruth Adeyemi");
  EXPECT_EQ(speaker_of("\"Nobody leaves until the vote,\" Tom Reyes whispered to an aide."), "Tom Reyes");
}

TEST(AttributionRules, VerbsOfAttackNameWhatTheyQuote) {
  // "attacked "…"": the quoted words are what the subject attacked, in his words (cue_verbs.txt: naming).
  EXPECT_EQ(speaker_of("In a speech on Monday, Tom Reyes attacked \"the careless spending of the last council.\""),
            "Tom Reyes");
}
