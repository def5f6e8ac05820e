// Who a pronoun, a role or an unnamed subject stands for: gender, the nearest compatible antecedent, roles
// before names, the speaker carried across quotations, and subjects that name nobody. Every sentence here
// is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

using tq::speaker_at;
using tq::speaker_of;

TEST(SpeakerResolution, PronounsAgreeInGenderWithGivenNames) {
  // The man is named last, so the nearest person is the wrong one for "she".
  EXPECT_EQ(speaker_of("Maria Lopez, the finance director, spoke first. Then Peter Grant, the sales chief, "
                       "presented the figures. \"We will hire more staff next year,\" she said."),
            "Maria Lopez");
  EXPECT_EQ(speaker_of("Peter Grant, the sales chief, spoke first. Then Maria Lopez, the finance director, "
                       "presented the figures. \"We will hire more staff next year,\" he said."),
            "Peter Grant");
}

TEST(SpeakerResolution, HonorificsGiveGender) {
  EXPECT_EQ(speaker_of("Mrs Okonjo met Mr Haddad at the ministry on Monday. \"The deal is done,\" she said."),
            "Okonjo");
  EXPECT_EQ(speaker_of("Mr Haddad met Mrs Okonjo at the ministry on Monday. \"The deal is done,\" he said."),
            "Haddad");
  // A woman's role word counts like a title.
  EXPECT_EQ(speaker_of("Council spokeswoman Dana Whitfield and Mr Haddad met on Monday. \"Nothing was "
                       "decided,\" she said."),
            "Dana Whitfield");
}

TEST(SpeakerResolution, ThePersonOpeningTheLastSentenceBeatsAnEarlierSpeaker) {
  const std::string t =
      "Mayor Daniel Brooks said the budget was balanced. Senator Tom Reyes was less convinced by the "
      "figures. \"We cannot count on that money,\" he said.";
  EXPECT_EQ(speaker_of(t), "Tom Reyes");
  // Named in passing after the speaker, without opening a sentence, a person does not take over "he".
  EXPECT_EQ(speaker_of("Mayor Daniel Brooks said the budget, drafted with help from Tom Reyes, was balanced. "
                       "\"We can count on that money,\" he said."),
            "Daniel Brooks");
}

TEST(SpeakerResolution, ANameInsideAnotherSpeakersRoleIsNotTheSpeaker) {
  // "at Kestrel Markets" is the object of a preposition: it is not the subject of "said".
  EXPECT_EQ(speaker_of("Dan Price, an economist at Kestrel Markets, said that rates would rise. \"It will be a "
                       "hard winter for borrowers,\" he said."),
            "Dan Price");
  // A web address is an organization, never "he".
  EXPECT_EQ(speaker_at("\"We will not buy the jets,\" Newsline.com quoted Rahman as saying. \"The ban must be "
                       "lifted first,\" he continued.",
                       1),
            "Rahman");
}

TEST(SpeakerResolution, ItPrefersTheOrganizationThatSpoke) {
  EXPECT_EQ(speaker_of("Dalton Bank said on Monday that profits fell at its branches in Spain. \"Conditions "
                       "remain difficult,\" it said."),
            "Dalton Bank");
}

TEST(SpeakerResolution, ARoleNounThenANameIsThatPerson) {
  EXPECT_EQ(speaker_of("\"Prices will keep rising this year,\" said Northfield analyst Karen Hollis commenting on "
                       "the figures."),
            "Karen Hollis");
  EXPECT_EQ(speaker_of("\"Demand is weak everywhere we look,\" analyst Omar Haddad said."), "Omar Haddad");
  EXPECT_EQ(speaker_of("Brightway spokeswoman Ella Varga spoke about the outage: \"We are still checking every "
                       "server.\""),
            "Ella Varga");
  EXPECT_EQ(speaker_of("\"This is good news for our members,\" said the general secretary of the transport union "
                       "Linkway, Brian Coles."),
            "Brian Coles");
}

TEST(SpeakerResolution, ANameAfterARoleAtAnOrganizationIsTheSubject) {
  EXPECT_EQ(speaker_of("Lisa Grant, CEO of Harbor Freight Lines said, \"We are proud of what the crews did "
                       "today.\""),
            "Lisa Grant");
}

TEST(SpeakerResolution, UnnamedSpeakersStayUnnamed) {
  // A role owned by a company ("Acme's … vice president") names nobody, and the quotation after it goes on
  // in that unnamed voice rather than the company's.
  const std::string t =
      "Acme said the stores would close. \"They were losing money anyway,\" said Acme's regional sales vice "
      "president in a call. \"It should have happened years ago.\"";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_FALSE(found[0].speaker.has_value());
  EXPECT_FALSE(found[1].speaker.has_value());
  EXPECT_EQ(speaker_of("The Courier reported that someone close to the board said the founder's health has "
                       "\"good days and bad days\" lately."),
            "(null)");
  EXPECT_EQ(speaker_of("A group of Boston councillors released a joint statement saying \"We will oppose the "
                       "plan in every way we can.\""),
            "(null)");
  EXPECT_EQ(speaker_of("The mayor of the city of Port Evans remarked that \"the budget is simply not enough for "
                       "the schools.\""),
            "(null)");
  // A statement is not the speaker, but its owner named inside the description is.
  EXPECT_EQ(speaker_of("A notice on Zentek's website states: \"Our founder built this company.\""), "Zentek");
  // A coordinated verb shares the named subject before it.
  EXPECT_EQ(speaker_of("President Daniel Ruiz made a speech and said prices were \"driven by fear alone.\""),
            "Daniel Ruiz");
}

TEST(SpeakerResolution, AQuotationClosedByAFullStopIsNotAttributedToTheNextSentence) {
  const std::string t =
      "\"We are building the first one now,\" said Joan Miller, the project manager. \"It is an amazing moment "
      "for all of us.\" Orbital says it must double production.";
  EXPECT_EQ(speaker_at(t, 1), "Joan Miller");
  // Still attributions after a full stop: a lower-case pronoun goes on with the sentence, and "told" takes
  // its listener as object.
  EXPECT_EQ(speaker_of("Joan Miller ran the plant for a decade. \"We are done here.\" she said."), "Joan Miller");
  EXPECT_EQ(speaker_of("The plant closed on Friday. \"We are done here.\" Joan Miller told the Courier."),
            "Joan Miller");
}

TEST(SpeakerResolution, PossessiveApostropheDoesNotEndTheClause) {
  EXPECT_EQ(speaker_of("Former Zentek CEO Paul Adams responded to the engineers' complaints with a note on his "
                       "blog: \"Nobody works harder than this team.\""),
            "Paul Adams");
}

TEST(SpeakerResolution, PassiveAgentAndCoordinatedVerbs) {
  EXPECT_EQ(speaker_of("The new tablet was praised by Lena Park as \"the best thing we have ever made.\""),
            "Lena Park");
  // "but stated that …": the subject of the first verb speaks, not the name after "that"; the short
  // fragment is kept because its speaker is certain.
  EXPECT_EQ(speaker_of("President Ana Ruiz spoke on Tuesday. She pointed to the plan as a model, but stated that "
                       "General Motors was a \"far bigger case\" than the others."),
            "Ana Ruiz");
}

TEST(SpeakerResolution, AddedAndContinuedKeepTheLastSpeaker) {
  const std::string t =
      "\"It is a sad day for the club,\" said Owen Marsh. Paul Ingram will take over as manager. \"I trust him "
      "completely,\" he added.";
  EXPECT_EQ(speaker_at(t, 1), "Owen Marsh");
  // With a plain "said" the person the new sentence is about is the nearer antecedent.
  const std::string u =
      "\"It is a sad day for the club,\" said Owen Marsh. Paul Ingram will take over as manager. \"I am ready "
      "for it,\" he said.";
  EXPECT_EQ(speaker_at(u, 1), "Paul Ingram");
}

TEST(SpeakerResolution, QuotationsContinuedInLaterParagraphsKeepTheirSpeaker) {
  const std::string t =
      "Talks broke down on Sunday.\n\n"
      "\"We are ready to talk,\" said Mark Hale, the chief executive.\n\n"
      "\"The door is open, and it has always been open.\"\n\n"
      "Analysts were not convinced. Maria Lund of Nordbank said the strike would hurt both sides.\n\n"
      "\"Nobody wins from this,\" she said.\n\n"
      "\"The longer it lasts, the worse it gets.\"";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Mark Hale");
  EXPECT_FALSE(found[1].cue.has_value());
  EXPECT_EQ(found[2].speaker.value_or("(null)"), "Maria Lund");
  EXPECT_EQ(found[3].speaker.value_or("(null)"), "Maria Lund");
}

TEST(SpeakerResolution, NamesAreReadWhereverTheDocumentWritesThem) {
  // The resolver reads names only in the paragraphs a resolution needs; what it answers must not depend on
  // that. The fullest form of a surname, a gender and an acronym's spelled-out name written in a later
  // paragraph than the quotation still count.
  EXPECT_EQ(speaker_of("\"The harbour will reopen in May,\" Okafor said.\n\nThe dredging was planned by Adaeze "
                       "Okafor, the port's chief engineer.\n\nBoats waited outside."),
            "Adaeze Okafor");
  EXPECT_EQ(speaker_of("\"Prices will rise,\" the NFA said on Monday.\n\nThe quotas are set by the Northern "
                       "Fisheries Authority every spring."),
            "Northern Fisheries Authority");
  EXPECT_EQ(speaker_of("Dana Whitfield met Ade Okafor at the port.\n\n\"Nothing was decided,\" she said.\n\n"
                       "Mr Okafor left early."),
            "Dana Whitfield");
  // Without the later "Mr", nothing says Ade Okafor is a man, and he is the nearest person.
  EXPECT_EQ(speaker_of("Dana Whitfield met Ade Okafor at the port.\n\n\"Nothing was decided,\" she said."),
            "Ade Okafor");
}

TEST(SpeakerResolution, APossessiveAfterAReportingVerbIsNotItsSubject) {
  // "said Anna Hale's proposal": Hale owns the proposal; the subject before the aside said it, and "she"
  // goes on with her.
  EXPECT_EQ(speaker_at("\"The rules are clear enough,\" Mark Doyle said. \"Nobody is left out.\"\n\n"
                       "Labor economist Rita Okafor, who teaches law at Brandt University, said Anna Hale's "
                       "proposal was too vague.\n\n\"Nobody can tell who would qualify,\" she said.",
                       2),
            "Rita Okafor");
}

TEST(SpeakerResolution, ANameAfterAnArticleOrAQuantifierIsNoPersonSpeaking) {
  // "at the Harbor Ledger agreed": the paper is the object of "at", and a paper is no "he".
  EXPECT_EQ(speaker_of("Omar Vance at the Harbor Ledger agreed with the ruling on Monday.\n\n\"It was the only "
                       "sensible outcome,\" he wrote."),
            "Omar Vance");
  // "so many Kessler claims": a capitalized modifier of a noun, not the subject of a verb "claims".
  EXPECT_EQ(speaker_of("Paul Ennis, the county treasurer, said the audit found so many Kessler claims "
                       "unsupported that it was halted.\n\n\"We could not verify half of them,\" he told the board."),
            "Paul Ennis");
}

TEST(SpeakerResolution, PeopleNamedAsAPrepositionsObjectDoNotTakeOverHe) {
  // Crane and Platt are named in passing, after "to"; the last subject who spoke is still "he", however
  // far back.
  EXPECT_EQ(speaker_of("Former party chairman Paul Keller noted that at one of his first meetings, in 1990, the "
                       "committee had replaced a nominee who withdrew late in the race, and that the switch had "
                       "gone smoothly because every faction agreed on the replacement within a week.\n\n"
                       "This time, he warned, the fight could be far more bitter and could draw in lobbying by "
                       "loyalists to Victor Crane and Simon Platt.\n\n\"It would be a very different contest,\" he "
                       "said."),
            "Paul Keller");
  // A passive's agent ("led by") acted: no one in passing.
  EXPECT_EQ(speaker_of("Mayor Tom Reyes opened the session on Monday. The inquiry itself was led by Judge Omar "
                       "Haddad, who sat for six weeks.\n\n\"We heard every witness,\" he said."),
            "Omar Haddad");
  // With nobody else to refer to, the one named after a preposition still is.
  EXPECT_EQ(speaker_of("The prize went to Simon Platt on Friday. \"I did not expect it,\" he said."), "Simon Platt");
}

TEST(SpeakerResolution, ARoleDescriptionKeepsItsCapitalizedModifiers) {
  // "the Democratic nominee" is the one whose role says "Democratic", not the nominee named last.
  EXPECT_EQ(speaker_of("Democratic nominee Ann Lee spoke first on Monday. Republican nominee Tom Hale answered her "
                       "an hour later.\n\n\"We will win this state,\" the Democratic nominee said."),
            "Ann Lee");
  // Without a modifier the last one with the role still is.
  EXPECT_EQ(speaker_of("Democratic nominee Ann Lee spoke first on Monday. Republican nominee Tom Hale answered her "
                       "an hour later.\n\n\"We will win this state,\" the nominee said."),
            "Tom Hale");
}
