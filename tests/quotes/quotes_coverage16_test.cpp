// Issue 16: the attribution structures US political news uses most, each in a sentence written for the test,
// as a table that keeps guarding them (straight and curly marks), and the failures the sweep found.
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tq = textchain::quotes::testing;

namespace {

struct Expected {
  std::string span, speaker;  // speaker "(null)": none
};

struct Case {
  const char* name;
  std::string text;
  std::vector<Expected> quotes;
};

// Straight double marks as curly ones: opening and closing by turns, starting afresh at each paragraph (a
// quotation running on over paragraphs leaves its paragraph unclosed).
std::string curled(const std::string& s) {
  std::string out;
  bool open = true;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '"') {
      out += open ? "\u201C" : "\u201D";
      open = !open;
    } else {
      if (s[i] == '\n' && i + 1 < s.size() && s[i + 1] == '\n') open = true;
      out += s[i];
    }
  }
  return out;
}

const std::vector<Case>& sweep() {
  static const std::vector<Case> cases = {
    {"x_said",
     "The bill passed the House on Tuesday.\n\n\"This is a good day for working families,\" Senator Ann Vail said.",
     {{"\"This is a good day for working families,\"", "Ann Vail"}}},
    {"said_x",
     "The bill passed the House on Tuesday.\n\n\"This is a good day for working families,\" said Senator Ann Vail.",
     {{"\"This is a good day for working families,\"", "Ann Vail"}}},
    {"x_said_colon_lead",
     "Senator Ann Vail said the vote was close. \"We will need every member in the room next week,\" she said.",
     {{"\"We will need every member in the room next week,\"", "Ann Vail"}}},
    {"apposition",
     "\"We cannot keep spending money we do not have,\" Tom Hale, the chairman of the budget committee, said on Monday.",
     {{"\"We cannot keep spending money we do not have,\"", "Tom Hale"}}},
    {"apposition_lead",
     "Tom Hale, the chairman of the budget committee, said: \"We cannot keep spending money we do not have.\"",
     {{"\"We cannot keep spending money we do not have.\"", "Tom Hale"}}},
    {"according_to",
     "The talks collapsed late on Friday. \"There is nothing left to discuss,\" according to Rep. Maria Ortiz, who led the delegation.",
     {{"\"There is nothing left to discuss,\"", "Maria Ortiz"}}},
    {"according_to_lead",
     "According to Gov. Tom Hale, the new rules are \"a disaster for small farms.\"",
     {{"\"a disaster for small farms.\"", "Tom Hale"}}},
    {"told_reporters",
     "Senator Ann Vail told reporters on Capitol Hill that the deal was \"dead on arrival.\"",
     {{"\"dead on arrival.\"", "Ann Vail"}}},
    {"told_reporters_after",
     "\"We are not going to cave,\" Speaker Tom Hale told reporters after the meeting.",
     {{"\"We are not going to cave,\"", "Tom Hale"}}},
    {"in_statement",
     "\"The governor has betrayed the trust of every voter in this state,\" Rep. Maria Ortiz said in a statement.",
     {{"\"The governor has betrayed the trust of every voter in this state,\"", "Maria Ortiz"}}},
    {"report_said",
     "The inspector general released the report on Thursday. \"Officials failed to follow basic procedures for handling classified material,\" the report said.",
     {{"\"Officials failed to follow basic procedures for handling classified material,\"", "the report"}}},
    {"report_found",
     "The report found that the program was \"poorly managed and badly overseen.\"",
     {{"\"poorly managed and badly overseen.\"", "The report"}}},
    {"emails_show",
     "Emails released by the committee show that the aide wrote \"we need to bury this before the election.\"",
     {{"\"we need to bury this before the election.\"", "the aide"}}},
    {"wrote_on_twitter",
     "\"Another great day for America!\" President Tom Hale wrote on Twitter on Sunday morning.",
     {{"\"Another great day for America!\"", "Tom Hale"}}},
    {"wrote_on_twitter_lead",
     "Senator Ann Vail wrote on Twitter that the ruling was \"a victory for the Constitution.\"",
     {{"\"a victory for the Constitution.\"", "Ann Vail"}}},
    {"called_partial",
     "Senator Ann Vail called the plan \"a giveaway to the wealthy\" and vowed to block it.",
     {{"\"a giveaway to the wealthy\"", "Ann Vail"}}},
    {"described_as",
     "Gov. Tom Hale described the shooting as \"deeply troubling\" and ordered an inquiry.",
     {{"\"deeply troubling\"", "Tom Hale"}}},
    {"dubbed",
     "Rep. Maria Ortiz dubbed the measure \"the billionaire bailout\" during a floor speech.",
     {{"\"the billionaire bailout\"", "Maria Ortiz"}}},
    {"split",
     "\"We have the votes,\" Senator Ann Vail said. \"We will pass this bill before the recess.\"",
     {{"\"We have the votes,\"", "Ann Vail"}, {"\"We will pass this bill before the recess.\"", "Ann Vail"}}},
    {"split_mid",
     "\"We have the votes,\" Senator Ann Vail said, \"and we will pass this bill before the recess.\"",
     {{"\"We have the votes,\"", "Ann Vail"}, {"\"and we will pass this bill before the recess.\"", "Ann Vail"}}},
    {"multi_para",
     "Gov. Tom Hale spoke for an hour at the convention.\n\n\"We built this state together. We built the roads and the schools and the hospitals.\n\n\"Now they want to sell it off piece by piece to their friends,\" he said.",
     {{"\"We built this state together. We built the roads and the schools and the hospitals.", "Tom Hale"}, {"\"Now they want to sell it off piece by piece to their friends,\"", "Tom Hale"}}},
    {"continuation_pronoun",
     "Rep. Maria Ortiz said the hearing had been a waste of time.\n\n\"They came with nothing and they left with nothing,\" she said.",
     {{"\"They came with nothing and they left with nothing,\"", "Maria Ortiz"}}},
    {"continuation_nocue",
     "\"This is a good day,\" Senator Ann Vail said on Tuesday after the vote.\n\n\"We fought for it for ten years and we won it fair and square.\"",
     {{"\"This is a good day,\"", "Ann Vail"}, {"\"We fought for it for ten years and we won it fair and square.\"", "Ann Vail"}}},
    {"title_book",
     "Senator Ann Vail's memoir, \"A Long Road Home,\" sold poorly in its first month.",
     {}},
    {"title_show",
     "Rep. Maria Ortiz appeared on \"Meet the Press\" on Sunday to defend the bill.",
     {}},
    {"slogan",
     "Supporters waved signs reading \"Jobs Not Walls\" outside the hall as the senator spoke.",
     {}},
    {"scare",
     "The so-called \"reform\" package would cut benefits for millions of retirees.",
     {}},
    {"nickname",
     "Thomas \"Tommy\" Hale won the primary by a wide margin on Tuesday.",
     {}},
    {"scare2",
     "The administration's \"America First\" policy has angered allies in Europe.",
     {}},
    {"according_to_org",
     "According to a statement from the White House, the president \"has full confidence in the secretary.\"",
     {{"\"has full confidence in the secretary.\"", "White House"}}},
    {"spokesman",
     "\"We do not comment on ongoing investigations,\" said Tom Hale, a spokesman for the Justice Department.",
     {{"\"We do not comment on ongoing investigations,\"", "Tom Hale"}}},
    {"added",
     "Senator Ann Vail said the bill was flawed. \"It is a mess,\" she added.",
     {{"\"It is a mess,\"", "Ann Vail"}}},
    {"said_in_interview",
     "\"I have never met the man,\" Gov. Tom Hale said in an interview with the Daily Herald.",
     {{"\"I have never met the man,\"", "Tom Hale"}}},
    {"colon_intro",
     "Rep. Maria Ortiz was blunt: \"This bill is dead.\"",
     {{"\"This bill is dead.\"", "Maria Ortiz"}}},
    {"warned",
     "Senator Ann Vail warned that the cuts would be \"devastating for rural hospitals.\"",
     {{"\"devastating for rural hospitals.\"", "Ann Vail"}}},
    {"tweet",
     "Gov. Tom Hale tweeted that the ruling was \"a dark day for our state.\"",
     {{"\"a dark day for our state.\"", "Tom Hale"}}},
    {"posted",
     "\"We will not back down,\" Senator Ann Vail posted on Facebook late Sunday.",
     {{"\"We will not back down,\"", "Ann Vail"}}},
    {"letter_said",
     "In a letter to the committee, Rep. Maria Ortiz said the agency had \"repeatedly misled Congress.\"",
     {{"\"repeatedly misled Congress.\"", "Maria Ortiz"}}},
    {"lawsuit_alleges",
     "The lawsuit alleges that the county clerk \"knowingly purged eligible voters from the rolls.\"",
     {{"\"knowingly purged eligible voters from the rolls.\"", "The lawsuit"}}},
    {"memo_says",
     "The memo, obtained by the Daily Herald, says the agency should \"avoid any written record of the meeting.\"",
     {{"\"avoid any written record of the meeting.\"", "The memo"}}},
    {"wh_statement",
     "The White House said in a statement that the president \"looks forward to signing the bill.\"",
     {{"\"looks forward to signing the bill.\"", "White House"}}},
    {"in_statement_lead",
     "In a statement, the Hale campaign called the ad \"a desperate lie from a desperate opponent.\"",
     {{"\"a desperate lie from a desperate opponent.\"", "Hale campaign"}}},
    {"who_clause",
     "\"We will see them in court,\" Rep. Maria Ortiz, who sits on the judiciary committee, said on Wednesday.",
     {{"\"We will see them in court,\"", "Maria Ortiz"}}},
    {"said_x_democrat",
     "\"This is a fight for the soul of the party,\" said Tom Hale, a Democrat from Ohio.",
     {{"\"This is a fight for the soul of the party,\"", "Tom Hale"}}},
    {"spokesman_named",
     "Senator Ann Vail's spokesman, Tom Hale, said the senator \"has no plans to resign.\"",
     {{"\"has no plans to resign.\"", "Tom Hale"}}},
    {"op_ed",
     "Gov. Tom Hale wrote in an op-ed published Sunday that the tax was \"a burden on every family in the state.\"",
     {{"\"a burden on every family in the state.\"", "Tom Hale"}}},
    {"speech",
     "\"We will never surrender our rights,\" Senator Ann Vail said in a speech to the convention.",
     {{"\"We will never surrender our rights,\"", "Ann Vail"}}},
    {"tweet_colon",
     "Gov. Tom Hale tweeted: \"Big win today for the people of our great state!\"",
     {{"\"Big win today for the people of our great state!\"", "Tom Hale"}}},
    {"titled",
     "The committee released a report titled \"Failure at Every Level\" on Thursday.",
     {}},
    {"film",
     "The documentary \"Voices of the Valley\" will air on public television next month.",
     {}},
    {"hashtag_song",
     "The crowd sang \"America the Beautiful\" before the governor took the stage.",
     {}},
    {"what_called",
     "Rep. Maria Ortiz attacked what she called \"a culture of secrecy\" at the agency.",
     {{"\"a culture of secrecy\"", "Maria Ortiz"}}},
    {"nested",
     "\"He looked at me and said, 'You are fired,'\" Tom Hale told reporters.",
     {{"\"He looked at me and said, 'You are fired,'\"", "Tom Hale"}}},
    {"news_conf",
     "\"The numbers speak for themselves,\" Gov. Tom Hale said at a news conference in the capital.",
     {{"\"The numbers speak for themselves,\"", "Tom Hale"}}},
    {"testified",
     "Tom Hale, the former director of the agency, testified that he had \"never been asked to lie.\"",
     {{"\"never been asked to lie.\"", "Tom Hale"}}},
    {"asked",
     "\"Where was the money going?\" Senator Ann Vail asked.",
     {{"\"Where was the money going?\"", "Ann Vail"}}},
    {"insisted",
     "Rep. Maria Ortiz insisted the deal was \"not a bailout.\"",
     {{"\"not a bailout.\"", "Maria Ortiz"}}},
    {"book_called",
     "In her book, \"Hard Choices Ahead,\" Senator Ann Vail argues that the party must change.",
     {}},
    {"newspaper",
     "The senator spoke to \"The Daily Herald\" on Monday about the race.",
     {}},
    {"wrote_on_twitter_after",
     "\"The ruling is a victory for every voter,\" Senator Ann Vail wrote on Twitter.",
     {{"\"The ruling is a victory for every voter,\"", "Ann Vail"}}},
    {"report_found_split",
     "\"Officials ignored repeated warnings,\" the report found.",
     {{"\"Officials ignored repeated warnings,\"", "the report"}}},
    {"emails_show2",
     "Emails released by the committee show the aide told a colleague that the audit was \"a problem for us.\"",
     {{"\"a problem for us.\"", "the aide"}}},
    {"statement_said_lead",
     "A statement from the Justice Department said the charges were \"fully supported by the evidence.\"",
     {{"\"fully supported by the evidence.\"", "Justice Department"}}},
    {"statement_from_agency",
     "The Environmental Protection Agency declined to comment further. \"The agency is reviewing the decision and will respond in due course,\" a statement from the agency said.",
     {{"\"The agency is reviewing the decision and will respond in due course,\"", "Environmental Protection Agency"}}},
    {"twitter_post_colon",
     "In a Twitter post, Gov. Tom Hale wrote: \"We will rebuild, stronger than before.\"",
     {{"\"We will rebuild, stronger than before.\"", "Tom Hale"}}},
    {"asked_after",
     "\"Is this really the best we can do?\" asked Senator Ann Vail.",
     {{"\"Is this really the best we can do?\"", "Ann Vail"}}},
    {"pronoun_follow_on_added",
     "Gov. Tom Hale spoke to reporters on Monday.\n\n\"We are going to win this,\" he said. \"Nobody should doubt it.\"\n\nHe added that the state would \"fight to the end.\"",
     {{"\"We are going to win this,\"", "Tom Hale"}, {"\"Nobody should doubt it.\"", "Tom Hale"}, {"\"fight to the end.\"", "Tom Hale"}}},
    {"asked_about_colon",
     "Asked about the report, Gov. Tom Hale said: \"I have not read it.\"",
     {{"\"I have not read it.\"", "Tom Hale"}}},
    {"press_secretary_told",
     "\"We are done negotiating,\" White House press secretary Tom Hale told reporters.",
     {{"\"We are done negotiating,\"", "Tom Hale"}}},
    {"interview_partial",
     "Senator Ann Vail, a Democrat, said in an interview that the bill was \"a step in the right direction\" but fell short.",
     {{"\"a step in the right direction\"", "Ann Vail"}}},
    {"so_called",
     "Rep. Maria Ortiz has long warned about the so-called \"deep state\" in her speeches.",
     {}},
  };
  return cases;
}

void check(const Case& c, bool curly) {
  const std::string text = curly ? curled(c.text) : c.text;
  const auto found = tq::run_engine(text);
  ASSERT_EQ(found.size(), c.quotes.size()) << c.name << (curly ? " (curly)" : "");
  for (size_t i = 0; i < found.size(); ++i) {
    const std::string span = curly ? curled(c.quotes[i].span) : c.quotes[i].span;
    EXPECT_EQ(tq::span_of(text, found[i]), span) << c.name << " #" << i << (curly ? " (curly)" : "");
    EXPECT_EQ(found[i].speaker.value_or("(null)"), c.quotes[i].speaker) << c.name << " #" << i << (curly ? " (curly)" : "");
  }
}

}  // namespace

TEST(QuotesCoverage16, PoliticalNewsAttributionStructuresWithStraightMarks) {
  for (const Case& c : sweep()) check(c, false);
}

TEST(QuotesCoverage16, PoliticalNewsAttributionStructuresWithCurlyMarks) {
  for (const Case& c : sweep()) check(c, true);
}

TEST(QuotesCoverage16, ATitleWordBeforeAnOrganisationWordNamesTheBody) {
  // "Justice", "State", "Foreign" title people ("Justice Ann Vail", "Foreign Minister"); before "Department" or
  // "Ministry" they are part of the body's name, which speaks whole.
  for (const std::string body : {"Justice Department", "State Department", "Foreign Ministry", "National Security Council"}) {
    const std::string t = "The " + body + " said on Monday that the charges were \"fully supported by the evidence.\"";
    const auto found = tq::run_engine(t);
    ASSERT_EQ(found.size(), 1u) << body;
    EXPECT_EQ(found[0].speaker.value_or("(null)"), body);
  }
}

TEST(QuotesCoverage16, AnOrganisationWordJoinedByOfOrForHeadsTheWholeName) {
  for (const std::string body : {"Department of Justice", "Bank of America", "Department of Veterans Affairs",
                                 "Center for American Progress"}) {
    const std::string t = "A statement from the " + body + " said the audit was \"long overdue and badly needed.\"";
    const auto found = tq::run_engine(t);
    ASSERT_EQ(found.size(), 1u) << body;
    EXPECT_EQ(found[0].speaker.value_or("(null)"), body);
  }
  // A person "of" a body is still the person.
  const std::string t = "Tom Hale of the Department of Justice said the audit was \"long overdue and badly needed.\"";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Tom Hale");
}

TEST(QuotesCoverage16, ATitleInMarksAfterAWordForAWorkIsNoQuotation) {
  for (const std::string& t : {
           std::string("Senator Ann Vail's memoir, \"A Long Road Home,\" sold poorly in its first month."),
           std::string("The committee released a report titled \"Failure at Every Level\" on Thursday."),
           std::string("The documentary \"Voices of the Valley\" will air on public television next month.")}) {
    const auto found = tq::run_engine(t);
    EXPECT_EQ(found.size(), 0u) << t;
  }
  // Words that are not in title case after such a word are still someone's ("the report said the plan was ...").
  const std::string said = "In her memoir, Senator Ann Vail wrote that the party had \"lost its way on the economy.\"";
  const auto found = tq::run_engine(said);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
}

TEST(QuotesCoverage16, TheyGoesToTheOrganisationNamedInItsOwnParagraph) {
  // The department spoke a paragraph before; the paragraph of "they" is about the charity's campaigners.
  const std::string t =
      "The Labor Department said on Tuesday that the rule was \"under review.\"\n\n"
      "Volunteers from the Harbor Relief Network, a food charity, came to the hearing. \"We feed more families "
      "every month,\" they said.";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Labor Department");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Harbor Relief Network");
}

TEST(QuotesCoverage16, ADocumentFromABodyAfterTheQuotationSpeaksForTheBody) {
  // "…," a statement from the agency said: the statement is the body's voice, as "a spokeswoman for the agency"
  // is; "the agency" is the one named before.
  std::string t =
      "The Environmental Protection Agency declined to comment further. \"The agency is reviewing the court's "
      "decision and will respond in due course,\" a statement from the agency said.";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Environmental Protection Agency");

  t = "\"Officials ignored every warning they were given,\" a report by the Government Accountability Office said.";
  found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Government Accountability Office");

  // Someone unnamed with no body after them stays unnamed.
  t = "\"The department followed the law,\" a department spokeswoman said.";
  found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "(null)");
}
