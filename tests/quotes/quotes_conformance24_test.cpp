// Issue 16 conformance: every behaviour the issue asks of `quotes`, each in several phrasings written for this
// test (no sentence comes from any data set), as one table. A row gives the text and, for each quotation the
// engine must report, its span (marks included), the canonical speaker ("(null)": none), the mention the
// attribution used (the text at speaker_begin..speaker_end) and how it was found (`speaker_method`). An empty
// list of quotations means the marks in the text are no quotation (titles, slogans, nicknames, scare terms).
// Rows the engine does not meet yet are listed, with the reason, in plugins/quotes/README.md "Known gaps".
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tq = textchain::quotes::testing;

namespace {

using Want = tq::WantQuote;
using Row = tq::ConformanceRow;
constexpr const char* kNull = tq::kNullSpeaker;
void check(const Row& r) { tq::check_conformance_row(r); }

// Sources that are not people: documents, statements, polls, recordings, emails; an organisation is named by
// its fullest name in the document.
const std::vector<Row> kSources = {
    {"report_said_after",
     "Inspectors visited the border stations in May. \"Staff shortages left several crossings unable to screen "
     "cargo,\" the report said.",
     {{"\"Staff shortages left several crossings unable to screen cargo,\"", "the report", "the report", "source"}}},
    {"analysis_concluded",
     "The analysis concluded that the housing office had \"no reliable way to track its spending.\"",
     {{"\"no reliable way to track its spending.\"", "The analysis", "The analysis", "source"}}},
    {"leaked_memo_warns",
     "The leaked memo warns that the pension fund could \"run out of cash by the spring.\"",
     {{"\"run out of cash by the spring.\"", "The leaked memo", "The leaked memo", "source"}}},
    {"according_to_statement_from_org",
     "The Federal Election Commission opened an inquiry on Monday. The campaign \"acted within the law,\" "
     "according to a statement from the commission.",
     {{"\"acted within the law,\"", "Federal Election Commission", "a statement", "source"}}},
    {"letter_from_org_said",
     "The Department of Veterans Affairs answered the senators on Friday. A letter from the department said the "
     "backlog was \"shrinking every month.\"",
     {{"\"shrinking every month.\"", "Department of Veterans Affairs", "the department", "cue"}}},
    {"according_to_statement_lead",
     "According to a statement from the Office of Rural Health, the clinics were \"never told about the cuts.\"",
     {{"\"never told about the cuts.\"", "Office of Rural Health", "a statement", "source"}}},
    {"emails_released_show",
     "The Senate Finance Committee met on Monday. Emails released by the committee show that the contract was "
     "\"signed before any bids came in.\"",
     {{"\"signed before any bids came in.\"", "Senate Finance Committee", "the committee", "cue"}}},
    // With no body named before, the one that released the document speaks as the text calls it (quotes25).
    {"emails_released_by_unnamed_committee",
     "Emails released by the oversight committee show that the grant was \"approved over the phone.\"",
     {{"\"approved over the phone.\"", "oversight committee", "the oversight committee", "cue"}}},
    {"memos_released_by_unnamed_agency",
     "Memos released by the state commission show officials knew the levee was \"close to failing.\"",
     {{"\"close to failing.\"", "state commission", "the state commission", "cue"}}},
    {"emails_show",
     "The emails show that the contract was \"signed before any bids came in.\"",
     {{"\"signed before any bids came in.\"", "The emails", "The emails", "source"}}},
    {"recording_says",
     "The recording, obtained by the Daily Ledger, says the funds should be \"moved before the auditors arrive.\"",
     {{"\"moved before the auditors arrive.\"", "The recording", "The recording", "source"}}},
    {"poll_found",
     "The Harwood University poll found that most voters now call the economy \"the only issue that matters.\"",
     {{"\"the only issue that matters.\"", "Harwood University", "The Harwood University poll", "source"}}},
    // An organisation's head noun ("the federation", "the coalition", "the museum") is a mention of the body
    // named before (issue 16, quotes25: these heads were names only, not descriptions).
    {"federation_said",
     "The Marsh County Farm Federation opposed the rule. \"It will ruin small farms,\" the federation said.",
     {{"\"It will ruin small farms,\"", "Marsh County Farm Federation", "the federation", "cue"}}},
    {"coalition_argued",
     "The Riverside Tenants Coalition held a rally. \"Rents are out of control,\" the coalition argued.",
     {{"\"Rents are out of control,\"", "Riverside Tenants Coalition", "the coalition", "cue"}}},
    {"association_says_before",
     "The Ohio Nurses Association sued the state. The association says the cuts are \"a danger to patients.\"",
     {{"\"a danger to patients.\"", "Ohio Nurses Association", "The association", "cue"}}},
    {"museum_said_in_letter",
     "The Eastport Museum of Art removed the painting. \"It was a difficult decision,\" the museum said in a "
     "letter.",
     {{"\"It was a difficult decision,\"", "Eastport Museum of Art", "the museum", "cue"}}},
    // Findings of an audit, a review, an inquiry or an inspection speak like a report (quotes25).
    {"audit_concluded",
     "The audit concluded that the parks office had \"lost track of its equipment.\"",
     {{"\"lost track of its equipment.\"", "The audit", "The audit", "source"}}},
    {"review_found",
     "The state review found that the pilot program was \"poorly run from the first week.\"",
     {{"\"poorly run from the first week.\"", "The state review", "The state review", "source"}}},
    {"inquiry_determined",
     "The inquiry determined that two deputies had \"ignored every written rule.\"",
     {{"\"ignored every written rule.\"", "The inquiry", "The inquiry", "source"}}},
    {"inspection_found_after",
     "\"The kitchen had no working refrigeration,\" the inspection found.",
     {{"\"The kitchen had no working refrigeration,\"", "the inspection", "the inspection", "source"}}},
    // A recording that shows someone speaking gives that person's words: the participle's own subject, a
    // description of a person, speaks (quotes25).
    {"recording_captures_the_mayor_telling",
     "Mayor Tom Hale faces a recall vote. A recording obtained by the Ledger captures the mayor telling donors "
     "the inquiry was \"a witch hunt.\"",
     {{"\"a witch hunt.\"", "Tom Hale", "the mayor", "cue"}}},
    {"video_shows_the_senator_calling",
     "A video posted online shows the senator calling the bill \"a gift to lobbyists.\"",
     {{"\"a gift to lobbyists.\"", "the senator", "the senator", "cue"}}},
    {"footage_showed_the_governor_telling",
     "Governor Lena Ruiz toured the plant. The footage showed the governor telling workers the plant would \"stay "
     "open for good.\"",
     {{"\"stay open for good.\"", "Lena Ruiz", "the governor", "cue"}}},
    {"statement_said_after",
     "\"The agency will cooperate fully with the inspector general,\" the statement said.",
     {{"\"The agency will cooperate fully with the inspector general,\"", "the statement", "the statement",
       "source"}}},
};

// Partial quotations inside reported speech carry the speaker of the reporting clause.
const std::vector<Row> kPartial = {
    {"called_the_plan",
     "Rep. Dana Kirk called the proposal \"a handout to insurers\" in a floor speech on Thursday.",
     {{"\"a handout to insurers\"", "Dana Kirk", "Dana Kirk", "cue"}}},
    {"described_as",
     "Mayor Lena Ruiz described the ruling as \"a gut punch for renters\" and promised an appeal.",
     {{"\"a gut punch for renters\"", "Lena Ruiz", "Lena Ruiz", "cue"}}},
    {"dubbed",
     "Sen. Paul Osei has dubbed the tariffs \"a tax on every kitchen table.\"",
     {{"\"a tax on every kitchen table.\"", "Paul Osei", "Paul Osei", "cue"}}},
    {"what_she_called",
     "Mayor Lena Ruiz spoke for an hour. She condemned what she called \"reckless borrowing\" by the council.",
     {{"\"reckless borrowing\"", "Lena Ruiz", "she", "pronoun"}}},
    {"labeled",
     "Gov. Paul Osei labeled the vote \"a sham from start to finish.\"",
     {{"\"a sham from start to finish.\"", "Paul Osei", "Paul Osei", "cue"}}},
    // After "warned of" or "called for" a definite phrase in marks is the speaker's own words (not a topic).
    {"warned_of_the",
     "Sen. Paul Osei warned of the \"dire consequences\" if the cuts pass.",
     {{"\"dire consequences\"", "Paul Osei", "Paul Osei", "cue"}}},
    {"called_for_the",
     "Mayor Lena Ruiz called for the \"swift removal\" of the board.",
     {{"\"swift removal\"", "Lena Ruiz", "Lena Ruiz", "cue"}}},
    {"said_was_partial",
     "Dana Kirk, the House minority leader, said the budget was \"built on fantasy numbers\" and would fail.",
     {{"\"built on fantasy numbers\"", "Dana Kirk", "Dana Kirk", "cue"}}},
};

// Marks the writer uses in their own voice: titles, slogans, nicknames, scare terms.
const std::vector<Row> kWriterVoice = {
    {"book_title", "The senator's new book, \"Rising Tides,\" will be released in March.", {}},
    {"tv_show", "Rep. Dana Kirk defended the bill on \"Face the Nation\" on Sunday morning.", {}},
    {"banner_slogan", "Banners reading \"Save Our Parks\" lined the street outside city hall.", {}},
    {"nickname", "Robert \"Bobby\" Lane announced his run for governor on Monday.", {}},
    // A definite phrase in marks after a reporting verb and a preposition names the topic, not what was said
    // (quotes25).
    {"argued_about_the_term", "Council members argued about the \"sidewalk tax\" for most of the night.", {}},
    {"complained_about_the_term", "Farmers complained about the \"water fee\" at the county meeting.", {}},
    {"testified_about_the_term", "Gov. Paul Osei testified about the \"missing ledgers\" before the panel.", {}},
    // A title in title case that a verb takes as its object, with nothing attributing it, names a work or an
    // event (quotes25).
    {"played_title", "The campaign played \"Home Along the River\" at every stop.", {}},
    {"aired_title", "The network aired \"Inside the Statehouse Machine\" on Sunday night.", {}},
    {"screened_title", "The library screened \"Harvest of the Silent Fields\" twice last week.", {}},
    {"so_called", "The so-called \"tax relief\" package would mostly help the largest companies.", {}},
};

// A quotation running over paragraphs: one quotation per paragraph, all with the same speaker.
const std::vector<Row> kMultiParagraph = {
    {"cue_in_last_paragraph",
     "Mayor Lena Ruiz addressed the council on Monday.\n\n"
     "\"We have cut the waiting lists in half. Nobody thought we could.\n\n"
     "\"We have opened three new clinics in the poorest parts of the city.\n\n"
     "\"And we are not finished yet,\" she said.",
     {{"\"We have cut the waiting lists in half. Nobody thought we could.", "Lena Ruiz", "she", "continuation"},
      {"\"We have opened three new clinics in the poorest parts of the city.", "Lena Ruiz", "she", "continuation"},
      {"\"And we are not finished yet,\"", "Lena Ruiz", "she", "pronoun"}}},
    {"colon_then_paragraphs",
     "Gov. Paul Osei read a statement to reporters:\n\n"
     "\"We will fight this ruling in every court in the land.\n\n"
     "\"And we will remember who stood with us.\"",
     {{"\"We will fight this ruling in every court in the land.", "Paul Osei", "Paul Osei", "cue"},
      {"\"And we will remember who stood with us.\"", "Paul Osei", "Paul Osei", "continuation"}}},
    {"curly_marks",
     "Gov. Paul Osei spoke after the vote.\n\n"
     "\u201CWe will fight this ruling in every court in the land.\n\n"
     "\u201CWe will win, and we will remember who stood with us,\u201D he said.",
     {{"\u201CWe will fight this ruling in every court in the land.", "Paul Osei", "he", "continuation"},
      {"\u201CWe will win, and we will remember who stood with us,\u201D", "Paul Osei", "he", "pronoun"}}},
    {"short_first_paragraph_after_cue",
     "\"We will fight this in every court in the land,\" said Paul Osei, the state attorney general. \"We will "
     "win.\n\n"
     "\"And we will remember who stood with us.\"",
     {{"\"We will fight this in every court in the land,\"", "Paul Osei", "Paul Osei", "cue"},
      {"\"We will win.", "Paul Osei", "Paul Osei", "continuation"},
      {"\"And we will remember who stood with us.\"", "Paul Osei", "Paul Osei", "continuation"}}},
    {"short_first_paragraph_after_pronoun_cue",
     "Mayor Lena Ruiz thanked the volunteers. \"You kept this city going,\" she said. \"Thank you all.\n\n"
     "\"We could not have done it without every one of you.\"",
     {{"\"You kept this city going,\"", "Lena Ruiz", "she", "pronoun"},
      {"\"Thank you all.", "Lena Ruiz", "she", "continuation"},
      {"\"We could not have done it without every one of you.\"", "Lena Ruiz", "she", "continuation"}}},
};

// Who speaks, and how it was found: the canonical name beside the mention the attribution used.
const std::vector<Row> kSpeakerFields = {
    {"surname_mention",
     "Senator Dana Kirk voted against the bill. \"It spends money we do not have,\" Kirk said.",
     {{"\"It spends money we do not have,\"", "Dana Kirk", "Kirk", "cue"}}},
    {"pronoun_mention",
     "Gov. Paul Osei signed the order on Friday. \"This is about keeping families safe,\" he said.",
     {{"\"This is about keeping families safe,\"", "Paul Osei", "he", "pronoun"}}},
    {"continuation",
     "\"The vote was rigged from the start,\" Rep. Dana Kirk said on Tuesday.\n\n"
     "\"Everyone in that room knew it.\"",
     {{"\"The vote was rigged from the start,\"", "Dana Kirk", "Dana Kirk", "cue"},
      {"\"Everyone in that room knew it.\"", "Dana Kirk", "Dana Kirk", "continuation"}}},
    {"apposition",
     "\"We are asking for fairness, nothing more.\" Lena Ruiz, mayor of Eastport.",
     {{"\"We are asking for fairness, nothing more.\"", "Lena Ruiz", "Lena Ruiz", "apposition"}}},
    // A role given to a name by an indefinite appositive ("Ana Pruitt, a spokeswoman for …") is that person's
    // when the text later calls them by it (quotes25); a role introduced with no name stays null.
    {"appositive_role_spokeswoman",
     "Ana Pruitt, a spokeswoman for the governor, spoke on Monday. \"We are reviewing the bill,\" the "
     "spokeswoman said.",
     {{"\"We are reviewing the bill,\"", "Ana Pruitt", "the spokeswoman", "cue"}}},
    {"appositive_role_aide",
     "Tom Baxter, an aide to the senator, met reporters outside. \"Nothing was hidden,\" the aide said.",
     {{"\"Nothing was hidden,\"", "Tom Baxter", "the aide", "cue"}}},
    {"appositive_role_object",
     "The council hired Dana Holt, a lawyer from Dayton, in May. \"The contract is void,\" the lawyer argued.",
     {{"\"The contract is void,\"", "Dana Holt", "the lawyer", "cue"}}},
    {"role_met_without_name_stays_null",
     "Ana Pruitt met a spokeswoman for the union. \"We are not moving,\" the spokeswoman said.",
     {{"\"We are not moving,\"", kNull, "", ""}}},
    {"null_indefinite",
     "The flood reached the town overnight. \"The water came up faster than anyone expected,\" one resident said.",
     {{"\"The water came up faster than anyone expected,\"", kNull, "", ""}}},
    {"null_someone",
     "The crowd grew restless. \"Let us in, we have been standing here since dawn,\" someone shouted from the "
     "back of the line.",
     {{"\"Let us in, we have been standing here since dawn,\"", kNull, "", ""}}},
};

// Reporting verbs: continuing cues, bare clauses, the cue before, after or inside the quotation, "according
// to", and the passive "was quoted as saying".
const std::vector<Row> kCues = {
    {"added_after",
     "Sen. Paul Osei said the deal was fair. \"Nobody got everything they wanted,\" Osei added.",
     {{"\"Nobody got everything they wanted,\"", "Paul Osei", "Osei", "cue"}}},
    {"added_pronoun",
     "Mayor Lena Ruiz praised the firefighters. \"They saved the whole street,\" she added.",
     {{"\"They saved the whole street,\"", "Lena Ruiz", "she", "pronoun"}}},
    {"bare_clause_argued",
     "Rep. Dana Kirk argued the tax was \"unfair to every family farm in the state.\"",
     {{"\"unfair to every family farm in the state.\"", "Dana Kirk", "Dana Kirk", "cue"}}},
    {"bare_clause_insisted",
     "Gov. Paul Osei insisted the budget would \"balance itself within two years.\"",
     {{"\"balance itself within two years.\"", "Paul Osei", "Paul Osei", "cue"}}},
    {"cue_before_colon",
     "Mayor Lena Ruiz put it simply: \"We need more buses.\" The council agreed.",
     {{"\"We need more buses.\"", "Lena Ruiz", "Lena Ruiz", "colon"}}},
    {"cue_before_colon_then_reaction",
     "Sen. Paul Osei did not hold back: \"We are tired of waiting.\" Rep. Dana Kirk agreed.",
     {{"\"We are tired of waiting.\"", "Paul Osei", "Paul Osei", "colon"}}},
    {"cue_before_comma",
     "Rep. Dana Kirk said, \"This committee will not be bullied.\"",
     {{"\"This committee will not be bullied.\"", "Dana Kirk", "Dana Kirk", "cue"}}},
    {"cue_after_inverted",
     "\"We will not raise taxes this year,\" said Gov. Paul Osei.",
     {{"\"We will not raise taxes this year,\"", "Paul Osei", "Paul Osei", "cue"}}},
    {"cue_inside",
     "\"The plan is simple,\" Mayor Lena Ruiz said, \"and it will work.\"",
     {{"\"The plan is simple,\"", "Lena Ruiz", "Lena Ruiz", "cue"},
      {"\"and it will work.\"", "Lena Ruiz", "Lena Ruiz", "cue"}}},
    {"according_to_after",
     "\"The numbers do not add up,\" according to Rep. Dana Kirk.",
     {{"\"The numbers do not add up,\"", "Dana Kirk", "Dana Kirk", "cue"}}},
    {"according_to_aside",
     "The plan, according to Gov. Paul Osei, is \"dead on arrival in the Senate.\"",
     {{"\"dead on arrival in the Senate.\"", "Paul Osei", "Paul Osei", "cue"}}},
    {"quoted_as_saying",
     "Mayor Lena Ruiz was quoted as saying the layoffs were \"a last resort.\"",
     {{"\"a last resort.\"", "Lena Ruiz", "Lena Ruiz", "cue"}}},
    {"quoted_by_paper_as_saying",
     "Rep. Dana Kirk was quoted by the Eastport Ledger as saying that the inquiry was \"long overdue.\"",
     {{"\"long overdue.\"", "Dana Kirk", "Dana Kirk", "cue"}}},
};

}  // namespace

TEST(QuotesConformance24, NonPersonSources) {
  for (const Row& r : kSources) check(r);
}
TEST(QuotesConformance24, PartialQuotationsInReportedSpeech) {
  for (const Row& r : kPartial) check(r);
}
TEST(QuotesConformance24, MarksInTheWritersVoiceAreNoQuotation) {
  for (const Row& r : kWriterVoice) check(r);
}
TEST(QuotesConformance24, MultiParagraphQuotations) {
  for (const Row& r : kMultiParagraph) check(r);
}
TEST(QuotesConformance24, SpeakerFields) {
  for (const Row& r : kSpeakerFields) check(r);
}
TEST(QuotesConformance24, ReportingCues) {
  for (const Row& r : kCues) check(r);
}

// Unbalanced marks: no throw, and an unclosed mark never swallows the paragraphs after it.
TEST(QuotesConformance24, UnbalancedMarksNeverSwallowTheRest) {
  const std::vector<std::string> texts = {
      "Rep. Dana Kirk said the plan was \"a disaster.\n\nThe vote is on Friday. \"We are ready,\" Paul Osei said.",
      "Mayor Lena Ruiz called it \u201Ca mistake.\n\nThe council meets again in June. \u201CWe are ready,\u201D "
      "Paul Osei said.",
      "The vote was close.\u201D\n\n\"We are ready,\" Paul Osei said.",
      "Paul Osei said \"",
      "\"",
      "\u201C\u201C\u201D\n\n\"We are ready,\" Paul Osei said.",
  };
  tq::expect_unbalanced_marks_keep_the_rest(texts, "Paul Osei");
}
