// General rules of English news writing for who speaks: interviews (questions and answers), appositions that
// introduce a lone first name, asides that end with someone else's name, pronouns with places and
// organizations in between, and cues written after the quotation. Every sentence here is written for the test.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

namespace tq = textchain::quotes::testing;

using tq::speaker_at;
using tq::speaker_of;

TEST(InterviewRules, NarrationBetweenAnswersBelongsToTheInterviewee) {
  // A question-and-answer piece: another woman is named between the answers, but "She smiled." before the
  // last answer is the interviewee answering the question, not the rival named in passing.
  const std::string t =
      "Head teacher Miriam Okoro has run Lakeside Primary for ten years. We asked her about the new term.\n\n"
      "How many pupils are you expecting?\n\n"
      "\"About four hundred, which is more than we have ever had,\" Okoro said.\n\n"
      "Parents say the classrooms are too crowded.\n\n"
      "\"We are building two new rooms this summer, and they will be ready by September,\" she said.\n\n"
      "Her deputy, Helen Marsh, has asked for more staff. The governors chair, Priya Shah, agrees with her.\n\n"
      "Will you stay another ten years?\n\n"
      "She smiled. \"Ask me again when the new rooms are finished.\"\n";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Miriam Okoro");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Miriam Okoro");
  EXPECT_EQ(found[2].speaker.value_or("(null)"), "Miriam Okoro");
}

TEST(InterviewRules, OtherVoicesInAnInterviewKeepTheirOwnAttribution) {
  // The rival speaks in a paragraph that answers no question: "she" there is the rival, as in any story; an
  // answer attributed by name to someone else names that person.
  const std::string t =
      "Head teacher Miriam Okoro has run Lakeside Primary for ten years.\n\n"
      "How many pupils are you expecting?\n\n"
      "\"About four hundred, which is more than we have ever had,\" Okoro said.\n\n"
      "Her deputy, Helen Marsh, disagrees. \"We cannot fit four hundred children in these rooms,\" she said.\n\n"
      "Are you worried about the inspection?\n\n"
      "\"Not at all, we are ready for it,\" Marsh said, answering for the school.\n";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Helen Marsh");
  EXPECT_EQ(found[2].speaker.value_or("(null)"), "Helen Marsh");
}

TEST(InterviewRules, OneRhetoricalQuestionDoesNotMakeAnInterview) {
  // A single question paragraph in an ordinary story: the woman opening the sentence before still speaks.
  const std::string t =
      "Councillor Joan Avery opened the hall on Monday.\n\n"
      "What would you do with an empty library?\n\n"
      "The architect, Lisa Brandt, had an answer. She smiled. \"Fill it with music and children.\"\n";
  EXPECT_EQ(speaker_of(t), "Lisa Brandt");
}

TEST(InterviewRules, QuestionLinesMarkedWithQ) {
  const std::string t =
      "Chef Marco Bellini opened his first restaurant at nineteen. His brother, Luca Bellini, now runs the "
      "kitchen, and the critic Paolo Conti has called it the best in town.\n\n"
      "Q: What did you cook on the first night?\n\n"
      "\"Soup, and nothing else, because it was all I could afford,\" Bellini said.\n\n"
      "Q: Do you still cook?\n\n"
      "He laughed. \"Every Sunday, for the family, and nobody else is allowed in.\"\n";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Marco Bellini");
}

TEST(InterviewRules, OrdinaryStoriesStillFollowTheLastPersonNamed) {
  // No questions: the woman who opens the sentence before the quotation speaks, as usual.
  const std::string t =
      "Head teacher Miriam Okoro said the school would grow. \"We are building two new rooms,\" she said.\n\n"
      "Her deputy, Helen Marsh, was worried about staff. \"We need three more teachers,\" she said.\n";
  EXPECT_EQ(speaker_at(t, 1), "Helen Marsh");
}

TEST(AppositionRules, ALoneFirstNameInApposition) {
  // The daughter is named only by her first name, set off by commas after a kin word.
  const std::string t =
      "Shop owner Derek Hale and his daughter, Mia, run the cafe by the station. She said the trains had "
      "stopped. \"Nobody comes in before ten any more,\" she said.";
  EXPECT_EQ(speaker_of(t), "Mia");
  EXPECT_EQ(speaker_of("A nurse, Tom, told the inquiry what he had seen. \"The ward was full every night,\" he "
                       "said."),
            "Tom");
  EXPECT_EQ(speaker_of("\"The water came up to the windows,\" his neighbour, Ruth, said."), "Ruth");
}

TEST(AppositionRules, LoneFirstNamesOtherwiseAreNotPromoted) {
  // "Tom" here is mentioned in passing, not introduced by apposition; the pronoun goes to the named man.
  const std::string t =
      "Farmer Owen Pryce said the harvest was late. Tom had warned him in May. \"We lost a third of the "
      "wheat,\" he said.";
  EXPECT_EQ(speaker_of(t), "Owen Pryce");
  // A titled surname that happens to be a given name is a person as ever.
  EXPECT_EQ(speaker_of("Mr James told the court he was innocent. Later the jury left. \"I trusted them,\" he "
                       "said."),
            "James");
}

TEST(AppositionRules, ARoleNounOpeningTheSentenceIsNotPartOfTheName) {
  EXPECT_EQ(speaker_of("Nurse Ada Lunn said: \"We were short of beds all winter.\""), "Ada Lunn");
  EXPECT_EQ(speaker_of("Farmer Owen Pryce told the meeting: \"The rain came too late for us.\""), "Owen Pryce");
  // A short surname that is also a role word stays part of the name.
  EXPECT_EQ(speaker_of("Son Ji-won said: \"We played for the fans tonight.\""), "Son Ji-won");
}

TEST(AsideRules, ANameEndingAnAsideIsNotASpeaker) {
  // Dr Vance ends the aside and is never the subject of "said": "he" later goes to the speaker.
  const std::string t =
      "Ben Carter, who works with Dr Alan Vance, said the trial had ended. Later the board met. "
      "\"It was the right call,\" he said.";
  EXPECT_EQ(speaker_of(t), "Ben Carter");
  EXPECT_EQ(speaker_of("Ben Carter, who trained under Sam Ruiz, said: \"I learned everything there.\""),
            "Ben Carter");
  // A name set off by commas after its role is the subject.
  EXPECT_EQ(speaker_of("The bank's chief economist, Nora Feld, said: \"Rates will stay where they are.\""),
            "Nora Feld");
}

TEST(PronounRules, PlacesAndOrganizationsBetweenAreSkipped) {
  EXPECT_EQ(speaker_of("Karen Wood, who lives in Harrowgate and works for Tillman Logistics, was at the "
                       "meeting. \"Nobody asked us,\" she said."),
            "Karen Wood");
  EXPECT_EQ(speaker_of("Ian Frost, a driver from Dunmere, joined the protest outside Baxter Haulage. \"We are "
                       "paid less every year,\" he said."),
            "Ian Frost");
}

TEST(PronounRules, TheSubjectOfThePreviousSentenceWins) {
  // Two men: Hart is the subject of the sentence before, Greene only its object.
  const std::string t =
      "Mr Greene spoke first. Later, Simon Hart criticised Mr Greene's plan at length. \"It will not "
      "work,\" he said.";
  EXPECT_EQ(speaker_of(t), "Simon Hart");
}

TEST(CueAfterQuote, NameThenVerbAndDash) {
  EXPECT_EQ(speaker_of("\"The river has never been this low,\" Lindqvist said."), "Lindqvist");
  EXPECT_EQ(speaker_of("\"We are not going anywhere\" \u2013 Amal Haddad said on Friday."), "Amal Haddad");
}

TEST(CueAfterQuote, OrganizationPartialQuotes) {
  // An organization's word in marks inside reported speech belongs to it.
  const std::string t = "Harlow Water said it was \"deeply disappointed\" by the ruling.";
  EXPECT_EQ(speaker_of(t), "Harlow Water");
  EXPECT_EQ(speaker_of("The council said it was \"disappointed\" by the decision."), "council");
}
