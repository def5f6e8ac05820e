// Issue 16 conformance, session 38: the `quotes` plugin on held-out US political news, as a table of sentences
// written for this test in that style (no sentence comes from any data set). Each row gives the text and, for
// each quotation the engine must report, its span (marks included), the canonical speaker ("(null)": none),
// the mention the attribution used (text at speaker_begin..speaker_end) and `speaker_method`. An empty list
// means the marks are no quotation. Rows the engine did not meet before session 38 and meets now follow a
// "Fixed in session 38." comment; rows it does not meet yet are listed at the end with the reason, untested.
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

// Marks in the writer's voice: titles of works, shows, reports and hearings, slogans on signs, nicknames,
// bills' and programs' names, terms named as terms, scare quotes. No quotation.
const std::vector<Row> kWritersVoice = {
    {"film_title", "The documentary \"Dark Money Rising\" premieres at the festival next week.", {}},
    {"book_title_by", "In her memoir, \"A Seat at the Table,\" the former speaker recalls her first campaign.", {}},
    {"op_ed_title", "He wrote an op-ed titled \"Why I Am Leaving the Party\" for the Sunday edition.", {}},
    {"podcast_title", "Sen. Maria Delgado appeared on the podcast \"Capitol Hours\" on Wednesday.", {}},
    {"song_title", "The rally ended with \"Born in the Heartland\" blaring from the speakers.", {}},
    {"bill_nickname", "The measure, known as the \"Kitchen Table Act,\" passed the House on Thursday.", {}},
    {"operation_name", "The program, nicknamed \"Operation Clean Sweep,\" began in the spring.", {}},
    {"person_nickname", "James \"Jimmy\" Corrigan, a longtime party fundraiser, died on Sunday.", {}},
    {"person_nickname_curly", "Former Gov. William \u201CBill\u201D Hargrove endorsed the challenger.", {}},
    {"slogan_signs", "Protesters carried signs that read \"No Tax Hikes\" outside the Capitol.", {}},
    {"slogan_hats", "Many in the crowd wore hats emblazoned with \"Keep Ohio Working.\"", {}},
    {"so_called_caucus", "The so-called \"Freedom Bloc\" of House conservatives blocked the vote.", {}},
    {"scare_quotes_experts", "The bill was drafted by industry \"experts\" with ties to the lobbyists.", {}},
    {"term_known_as", "The practice, known as \"bundling,\" lets donors skirt contribution limits.", {}},
    // Fixed in session 38.
    {"referred_to_as", "The loophole, often referred to as \"the dark money exception,\" remains open.", {}},
    {"show_interview", "The governor gave an interview to \"Meet the Press\" on Sunday.", {}},
    {"hearing_title", "The committee held a hearing titled \"Securing the Vote in 2024\" on Tuesday.", {}},
    // Fixed in session 38.
    {"report_title", "The agency released a report called \"Roads to Nowhere\" last month.", {}},
    {"the_term_itself", "The term \"lame duck\" dates to the eighteenth century.", {}},
    {"word_as_word", "Few voters could define \"sequestration\" in a survey last year.", {}},
    {"newspaper_name", "The story was first reported by \"The Capitol Ledger\" on Friday.", {}},
    {"event_name", "Thousands attended the \"March for Working Families\" in Washington.", {}},
    {"hashtag_movement", "The \"Stop the Steal\" rallies drew smaller crowds after the certification.", {}},
    {"nickname_state", "Delaware, \"the First State,\" votes early in the primary calendar.", {}},
    {"caucus_name", "Members of the \"Problem Solvers\" caucus met privately on Monday.", {}},
    {"documentary_series", "The senator narrated the series \"Frontier Towns\" for public television.", {}},
    {"slogan_platform", "The platform's slogan, \"Jobs First,\" appears on every campaign mailer.", {}},
    {"nickname_bridge", "Critics mocked the project as the \"bridge to nowhere\" for years.", {{"\"bridge to nowhere\"", "Critics", "Critics", "cue"}}},
    {"nickname_middle_curly", "Rep. Thomas \u201CTip\u201D Walsh cast the deciding vote.", {}},
    {"article_headline", "Her essay, \"The Case Against Term Limits,\" drew hundreds of letters.", {}},
    // Fixed in session 38.
    {"known_as_long", "The provision, known as \"the pay-for-delay loophole in the drug pricing law,\" was removed.", {}},
    // Fixed in session 38.
    {"referred_to_as_dark", "The fund is referred to as \"the governor's slush account\" in budget documents.", {}},
    {"speech_title", "The president will deliver a speech titled \"A More Perfect Union\" in Philadelphia.", {}},
    // Fixed in session 38.
    {"study_called", "Researchers released a study called \"Voting Deserts in Rural America\" on Monday.", {}},
    {"tv_segment", "The governor appeared on \"Fox News Sunday\" to defend the budget.", {}},
};

// Partial quotations inside reported speech (called, described as, dubbed, labeled, deemed, vowed to, what she
// called …): the reporting clause's subject speaks.
const std::vector<Row> kPartial = {
    {"slogan_chant_said", "Supporters chanted \"Four more years\" as the president took the stage.", {{"\"Four more years\"", "Supporters", "Supporters", "cue"}}},
    {"scare_term_in_reported_clause", "Critics say the \"reform\" would leave millions without coverage.", {{"\"reform\"", "Critics", "Critics", "cue"}}},
    {"plan_branded", "The White House has branded the package the \"Main Street Recovery Plan.\"", {{"\"Main Street Recovery Plan.\"", "White House", "White House", "cue"}}},
    {"called_the_plan_giveaway", "Sen. Maria Delgado called the plan \"a giveaway to Wall Street.\"", {{"\"a giveaway to Wall Street.\"", "Maria Delgado", "Maria Delgado", "cue"}}},
    {"described_it_as", "Attorney General Ron Pike described the report as \"deeply troubling.\"", {{"\"deeply troubling.\"", "Ron Pike", "Ron Pike", "cue"}}},
    {"she_described_it_as", "Rep. Carla Benton spoke to reporters after the vote. She described it as \"deeply troubling.\"", {{"\"deeply troubling.\"", "Carla Benton", "She", "pronoun"}}},
    {"he_dubbed", "Gov. Frank Mills toured the flooded county. He dubbed the federal response \"a slow-motion failure.\"", {{"\"a slow-motion failure.\"", "Frank Mills", "He", "pronoun"}}},
    {"said_was_partial_middle", "Sen. Maria Delgado said the nominee was \"unfit for the job\" and urged colleagues to vote no.", {{"\"unfit for the job\"", "Maria Delgado", "Maria Delgado", "cue"}}},
    {"warned_would", "Treasury Secretary Helen Park warned that a default would be \"catastrophic for working families.\"", {{"\"catastrophic for working families.\"", "Helen Park", "Helen Park", "cue"}}},
    {"promised_to", "The governor promised to \"fix the roads once and for all\" during his second term.", {{"\"fix the roads once and for all\"", "The governor", "The governor", "cue"}}},
    {"vowed_to", "Speaker Tom Reyes vowed to \"keep the House in session until the job is done.\"", {{"\"keep the House in session until the job is done.\"", "Tom Reyes", "Tom Reyes", "cue"}}},
    {"called_it_curly", "Sen. Maria Delgado called the ruling \u201Ca victory for voters\u201D on Monday.", {{"\u201Ca victory for voters\u201D", "Maria Delgado", "Maria Delgado", "cue"}}},
    {"branded_him", "Rep. Carla Benton branded her opponent \"a career politician\" in the debate.", {{"\"a career politician\"", "Carla Benton", "Carla Benton", "cue"}}},
    {"what_he_called", "Gov. Frank Mills vetoed what he called \"a reckless spending spree.\"", {{"\"a reckless spending spree.\"", "Frank Mills", "he", "pronoun"}}},
    {"characterized_as", "Sen. Ana Whitfield characterized the talks as \"productive but unfinished.\"", {{"\"productive but unfinished.\"", "Ana Whitfield", "Ana Whitfield", "cue"}}},
    {"told_reporters_that", "Rep. Carla Benton told reporters that the deal was \"nowhere close.\"", {{"\"nowhere close.\"", "Carla Benton", "Carla Benton", "cue"}}},
    {"wrote_that", "Justice Ellen Marsh wrote that the law \"cannot survive even the most lenient review.\"", {{"\"cannot survive even the most lenient review.\"", "Ellen Marsh", "Ellen Marsh", "cue"}}},
    {"accused_of", "Sen. Ana Whitfield accused the administration of \"stonewalling Congress.\"", {{"\"stonewalling Congress.\"", "Ana Whitfield", "Ana Whitfield", "cue"}}},
    {"praised_as", "Mayor Dale Ortiz praised the agreement as \"a model for the nation.\"", {{"\"a model for the nation.\"", "Dale Ortiz", "Dale Ortiz", "cue"}}},
    {"they_called", "Democrats on the panel walked out. They called the hearing \"a partisan stunt.\"", {{"\"a partisan stunt.\"", "Democrats", "They", "pronoun"}}},
    {"spokesman_for_speaks_for", "A spokesman for the senator said she was \"reviewing her options.\"", {{"\"reviewing her options.\"", "the senator", "the senator", "cue"}}},
    {"labeled_after_intro", "In a speech on Tuesday, Sen. Maria Delgado labeled the tariffs \"a tax on farmers.\"", {{"\"a tax on farmers.\"", "Maria Delgado", "Maria Delgado", "cue"}}},
    {"insisted_partial", "Gov. Frank Mills insisted that the state was \"in better shape than ever.\"", {{"\"in better shape than ever.\"", "Frank Mills", "Frank Mills", "cue"}}},
    {"surname_later_called", "Sen. Ana Whitfield voted no. Whitfield called the measure \"a blank check.\"", {{"\"a blank check.\"", "Ana Whitfield", "Whitfield", "cue"}}},
    // Fixed in session 38.
    {"deemed", "Commissioner Joan Ferris deemed the new maps \"fair to every voter.\"", {{"\"fair to every voter.\"", "Joan Ferris", "Joan Ferris", "cue"}}},
    {"predicted", "Sen. Maria Delgado predicted the bill would \"sail through the Senate.\"", {{"\"sail through the Senate.\"", "Maria Delgado", "Maria Delgado", "cue"}}},
    {"acknowledged", "The governor acknowledged that mistakes were \"made at every level.\"", {{"\"made at every level.\"", "The governor", "The governor", "cue"}}},
    {"denounced_as", "Rep. Carla Benton denounced the raid as \"an abuse of power.\"", {{"\"an abuse of power.\"", "Carla Benton", "Carla Benton", "cue"}}},
    {"referred_to_as_speaker", "Sen. Ana Whitfield referred to the shutdown as \"a hostage crisis.\"", {{"\"a hostage crisis.\"", "Ana Whitfield", "Ana Whitfield", "cue"}}},
};

// Sources that are not people: reports, statements, memos, polls, recordings, lawsuits, rulings; organisations
// (the White House, the Justice Department, the Congressional Budget Office) by their fullest name.
const std::vector<Row> kSources = {
    {"report_said", "\"The agency failed to protect taxpayer money,\" the report said.", {{"\"The agency failed to protect taxpayer money,\"", "the report", "the report", "source"}}},
    {"report_states", "The report states that the program was \"riddled with waste.\"", {{"\"riddled with waste.\"", "The report", "The report", "source"}}},
    {"according_to_a_statement", "The project was \"paused for review,\" according to a statement.", {{"\"paused for review,\"", "a statement", "a statement", "source"}}},
    {"white_house_statement", "The White House issued a statement on Monday. \"The president has full confidence in his team,\" the statement said.", {{"\"The president has full confidence in his team,\"", "the statement", "the statement", "source"}}},
    {"white_house_said", "\"We will not negotiate over the debt limit,\" the White House said.", {{"\"We will not negotiate over the debt limit,\"", "White House", "White House", "cue"}}},
    {"white_house_said_in_statement", "The White House said in a statement that the order was \"lawful and necessary.\"", {{"\"lawful and necessary.\"", "White House", "White House", "cue"}}},
    {"justice_department_said", "The Justice Department said the inquiry was \"ongoing.\"", {{"\"ongoing.\"", "Justice Department", "Justice Department", "cue"}}},
    {"department_later", "The Justice Department opened the case in March. \"No one is above the law,\" the department said.", {{"\"No one is above the law,\"", "Justice Department", "the department", "cue"}}},
    {"cbo_estimated", "The Congressional Budget Office estimated that the bill would \"add $1.9 trillion to deficits.\"", {{"\"add $1.9 trillion to deficits.\"", "Congressional Budget Office", "Congressional Budget Office", "cue"}}},
    {"cbo_report_found", "A Congressional Budget Office report found the plan would \"reduce coverage for millions.\"", {{"\"reduce coverage for millions.\"", "Congressional Budget Office", "A Congressional Budget Office report", "source"}}},
    {"cbo_then_office", "The Congressional Budget Office released its forecast on Tuesday. The office warned of \"unsustainable\" debt.", {{"\"unsustainable\"", "Congressional Budget Office", "The office", "cue"}}},
    {"emails_released_by_committee", "The House Oversight Committee released the messages on Friday. Emails released by the committee show aides called the rollout \"a mess.\"", {{"\"a mess.\"", "House Oversight Committee", "the committee", "cue"}}},
    // Fixed in session 38.
    {"recording_obtained", "A recording obtained by the newspaper shows that the donors were promised \"a seat at the table.\"", {{"\"a seat at the table.\"", "A recording", "A recording", "source"}}},
    {"leaked_memo_says", "The leaked memo says the agency should \"avoid putting anything in writing.\"", {{"\"avoid putting anything in writing.\"", "The leaked memo", "The leaked memo", "source"}}},
    {"poll_found", "A new poll found that voters view the economy as \"the top concern.\"", {{"\"the top concern.\"", "A new poll", "A new poll", "source"}}},
    {"memo_said_after", "\"All travel must be approved in advance,\" the memo said.", {{"\"All travel must be approved in advance,\"", "the memo", "the memo", "source"}}},
    {"lawsuit_alleges", "The lawsuit alleges that the county \"purged eligible voters\" from the rolls.", {{"\"purged eligible voters\"", "The lawsuit", "The lawsuit", "source"}}},
    {"complaint_says", "The complaint says the company \"knowingly misled regulators.\"", {{"\"knowingly misled regulators.\"", "The complaint", "The complaint", "source"}}},
    {"ruling_said", "The ruling said the map \"diluted the votes of Black residents.\"", {{"\"diluted the votes of Black residents.\"", "The ruling", "The ruling", "source"}}},
    {"court_wrote", "The Supreme Court heard the case in April. The court wrote that the law was \"plainly unconstitutional.\"", {{"\"plainly unconstitutional.\"", "Supreme Court", "The court", "cue"}}},
    {"pentagon_said", "\"The strike was precise and proportionate,\" the Pentagon said in a statement.", {{"\"The strike was precise and proportionate,\"", "Pentagon", "Pentagon", "cue"}}},
    {"state_department_said", "The State Department said the talks had been \"frank and useful.\"", {{"\"frank and useful.\"", "State Department", "State Department", "cue"}}},
    {"campaign_said", "The Delgado campaign said the ad was \"false and defamatory.\"", {{"\"false and defamatory.\"", "Delgado campaign", "The Delgado campaign", "cue"}}},
    {"rnc_said", "The Republican National Committee said in an email that the ruling was \"a win for voters.\"", {{"\"a win for voters.\"", "Republican National Committee", "Republican National Committee", "cue"}}},
    {"letter_said", "The letter said the senators were \"gravely concerned\" about the delays.", {{"\"gravely concerned\"", "The letter", "The letter", "source"}}},
    {"survey_found", "The survey found that most teachers felt \"unprepared\" for the new rules.", {{"\"unprepared\"", "The survey", "The survey", "source"}}},
    {"according_to_report", "The state lost track of the funds, which were \"never properly recorded,\" according to the report.", {{"\"never properly recorded,\"", "the report", "the report", "source"}}},
    {"according_to_cbo", "The bill would \"increase premiums by 20 percent,\" according to the Congressional Budget Office.", {{"\"increase premiums by 20 percent,\"", "Congressional Budget Office", "Congressional Budget Office", "cue"}}},
    {"statement_from_white_house", "In a statement, the White House called the ruling \"a dangerous overreach.\"", {{"\"a dangerous overreach.\"", "White House", "White House", "cue"}}},
    {"text_messages_show", "Text messages obtained by investigators show the aide wrote that the deal was \"done.\"", {{"\"done.\"", "the aide", "the aide", "cue"}}},
    // Fixed in session 38.
    {"transcript_shows", "\"I need you to find the votes,\" the caller says, according to the transcript.", {{"\"I need you to find the votes,\"", "the caller", "the caller", "cue"}}},
    {"agency_fullest_name", "The Federal Emergency Management Agency sent teams to the coast. \"Help is on the way,\" the agency said.", {{"\"Help is on the way,\"", "Federal Emergency Management Agency", "the agency", "cue"}}},
    {"fbi_said", "The FBI said the suspect had \"no known ties\" to any group.", {{"\"no known ties\"", "FBI", "FBI", "cue"}}},
    // Fixed in session 38.
    {"guidance_says", "The new guidance says schools must \"notify parents within 24 hours.\"", {{"\"notify parents within 24 hours.\"", "The new guidance", "The new guidance", "source"}}},
    {"order_says", "The executive order says agencies must \"prioritize American suppliers.\"", {{"\"prioritize American suppliers.\"", "The executive order", "The executive order", "source"}}},
    {"cbo_said_after", "\"The legislation would increase federal deficits,\" the Congressional Budget Office said.", {{"\"The legislation would increase federal deficits,\"", "Congressional Budget Office", "Congressional Budget Office", "cue"}}},
    {"cbo_analysis_found", "An analysis by the Congressional Budget Office found the cuts would \"fall hardest on the poor.\"", {{"\"fall hardest on the poor.\"", "Congressional Budget Office", "Congressional Budget Office", "cue"}}},
    {"justice_department_statement", "The Justice Department said in a statement that it would \"vigorously defend\" the policy.", {{"\"vigorously defend\"", "Justice Department", "Justice Department", "cue"}}},
    {"department_of_justice_then_department", "The Department of Justice filed the suit on Monday. The department called the law \"a clear violation\" of federal rights.", {{"\"a clear violation\"", "Department of Justice", "The department", "cue"}}},
    {"white_house_spokesman", "\"The president has been briefed,\" White House spokesman Ian Moss said.", {{"\"The president has been briefed,\"", "Ian Moss", "Ian Moss", "cue"}}},
    {"white_house_official_null", "\"We are not going to play games,\" a White House official said.", {{"\"We are not going to play games,\"", kNull, "", ""}}},
    {"statement_released_by", "A statement released by the campaign called the charges \"baseless.\"", {{"\"baseless.\"", "campaign", "the campaign", "cue"}}},
    // Fixed in session 38.
    {"memo_obtained_says", "A memo obtained by the Capitol Ledger says the agency must \"cut staff by June.\"", {{"\"cut staff by June.\"", "A memo", "A memo", "source"}}},
    {"filing_obtained_shows", "The filing, obtained by reporters, shows the firm was paid to \"influence the outcome.\"", {{"\"influence the outcome.\"", "The filing", "The filing", "source"}}},
    {"poll_showed", "The Quinnipiac poll showed that voters see the governor as \"out of touch.\"", {{"\"out of touch.\"", "Quinnipiac", "The Quinnipiac poll", "source"}}},
    {"audit_found_agency", "The audit found that the agency had \"no system for tracking grants.\"", {{"\"no system for tracking grants.\"", "The audit", "The audit", "source"}}},
    {"ig_report_said", "The inspector general's report said the program was \"mismanaged from the start.\"", {{"\"mismanaged from the start.\"", "The inspector general's report", "The inspector general's report", "source"}}},
    // Fixed in session 38.
    {"court_filing_said", "\"The defendant poses a serious flight risk,\" prosecutors wrote in a court filing.", {{"\"The defendant poses a serious flight risk,\"", "prosecutors", "prosecutors", "cue"}}},
    {"senate_committee_report", "The Senate Intelligence Committee issued its report on Tuesday. \"The threat is ongoing,\" the committee wrote.", {{"\"The threat is ongoing,\"", "Senate Intelligence Committee", "the committee", "cue"}}},
    {"ethics_office", "The Office of Congressional Ethics found \"substantial reason to believe\" the congressman broke the rules.", {{"\"substantial reason to believe\"", "Office of Congressional Ethics", "Office of Congressional Ethics", "cue"}}},
};

// Speakers: titles (senator, spokeswoman, aide, press secretary, judge), pronouns, the cue before, after or
// inside the quotation, surnames and roles resolved to the fullest name, null rather than a guess.
const std::vector<Row> kSpeakers = {
    {"title_name_said_after", "\"We have the votes,\" Senate Majority Leader Dan Hollis said on Tuesday.", {{"\"We have the votes,\"", "Dan Hollis", "Dan Hollis", "cue"}}},
    {"said_name_title_after", "\"We have the votes,\" said Dan Hollis, the Senate majority leader.", {{"\"We have the votes,\"", "Dan Hollis", "Dan Hollis", "cue"}}},
    {"spokeswoman_name", "\"The president is focused on the economy,\" White House spokeswoman Karen Vail said.", {{"\"The president is focused on the economy,\"", "Karen Vail", "Karen Vail", "cue"}}},
    {"spokeswoman_name_then_surname", "White House spokeswoman Karen Vail took questions on Monday. \"We are not going to comment on that,\" Vail said.", {{"\"We are not going to comment on that,\"", "Karen Vail", "Vail", "cue"}}},
    {"said_spokeswoman_for", "\"The senator has been clear,\" said Lisa Grant, a spokeswoman for Sen. Maria Delgado.", {{"\"The senator has been clear,\"", "Lisa Grant", "Lisa Grant", "cue"}}},
    {"aide_said_null", "\"He is not going anywhere,\" an aide to the governor said.", {{"\"He is not going anywhere,\"", kNull, "", ""}}},
    {"senior_official_null", "\"The talks are at a delicate stage,\" a senior administration official said, speaking on condition of anonymity.", {{"\"The talks are at a delicate stage,\"", kNull, "", ""}}},
    {"she_said_after", "Rep. Carla Benton met with farmers on Friday. \"They are hurting,\" she said.", {{"\"They are hurting,\"", "Carla Benton", "she", "pronoun"}}},
    {"he_told_reporters", "Gov. Frank Mills left the meeting early. \"There is nothing to discuss,\" he told reporters.", {{"\"There is nothing to discuss,\"", "Frank Mills", "he", "pronoun"}}},
    {"cue_inside_split", "\"This is not over,\" Sen. Maria Delgado said. \"We will be back next year.\"", {{"\"This is not over,\"", "Maria Delgado", "Maria Delgado", "cue"}, {"\"We will be back next year.\"", "Maria Delgado", "Maria Delgado", "continuation"}}},
    {"cue_before_said_comma", "Speaker Tom Reyes said, \"The House will vote on Thursday.\"", {{"\"The House will vote on Thursday.\"", "Tom Reyes", "Tom Reyes", "cue"}}},
    {"name_colon", "Sen. Ana Whitfield was unmoved: \"I will not support this nominee.\"", {{"\"I will not support this nominee.\"", "Ana Whitfield", "Ana Whitfield", "colon"}}},
    {"told_outlet", "\"It was a mistake,\" Rep. Carla Benton told The Associated Press.", {{"\"It was a mistake,\"", "Carla Benton", "Carla Benton", "cue"}}},
    {"wrote_on_x", "\"Today we made history,\" Sen. Ana Whitfield wrote on social media.", {{"\"Today we made history,\"", "Ana Whitfield", "Ana Whitfield", "cue"}}},
    {"posted", "Gov. Frank Mills posted on Facebook: \"Schools will reopen Monday.\"", {{"\"Schools will reopen Monday.\"", "Frank Mills", "Frank Mills", "cue"}}},
    {"tweeted", "\"The witch hunt continues,\" the former president tweeted on Saturday.", {{"\"The witch hunt continues,\"", "the former president", "the former president", "cue"}}},
    {"asked", "\"Where is the money going?\" asked Sen. Ana Whitfield.", {{"\"Where is the money going?\"", "Ana Whitfield", "Ana Whitfield", "cue"}}},
    {"replied", "\"Not today,\" replied Speaker Tom Reyes when asked about a vote.", {{"\"Not today,\"", "Tom Reyes", "Tom Reyes", "cue"}}},
    {"explained", "\"The money has already been spent,\" explained Helen Park, the Treasury secretary.", {{"\"The money has already been spent,\"", "Helen Park", "Helen Park", "cue"}}},
    {"noted", "\"This is the third delay this year,\" Rep. Carla Benton noted.", {{"\"This is the third delay this year,\"", "Carla Benton", "Carla Benton", "cue"}}},
    {"fullest_name_later_surname", "Senator Maria Delgado of New Mexico opposed the bill. Later, Delgado said, \"I have seen this before.\"", {{"\"I have seen this before.\"", "Maria Delgado", "Delgado", "cue"}}},
    // Fixed in session 38.
    {"title_after_intro", "Maria Delgado, the senator from New Mexico, spoke first. \"We owe them an answer,\" the senator said.", {{"\"We owe them an answer,\"", "Maria Delgado", "the senator", "cue"}}},
    {"two_people_surnames", "Sen. Ana Whitfield and Rep. Carla Benton held a news conference. \"We agree on this,\" Benton said.", {{"\"We agree on this,\"", "Carla Benton", "Benton", "cue"}}},
    {"attorney_general", "\"We will appeal,\" Attorney General Ron Pike said in a statement.", {{"\"We will appeal,\"", "Ron Pike", "Ron Pike", "cue"}}},
    {"press_secretary", "\"I do not have an update,\" press secretary Jenna Ruiz told reporters at the briefing.", {{"\"I do not have an update,\"", "Jenna Ruiz", "Jenna Ruiz", "cue"}}},
    {"president_name", "\"America is back,\" President Alan Cross said.", {{"\"America is back,\"", "Alan Cross", "Alan Cross", "cue"}}},
    {"president_later", "President Alan Cross visited the plant. \"These jobs are staying here,\" the president said.", {{"\"These jobs are staying here,\"", "Alan Cross", "the president", "cue"}}},
    {"vice_president", "\"We will not back down,\" Vice President Nora Lim said at the rally.", {{"\"We will not back down,\"", "Nora Lim", "Nora Lim", "cue"}}},
    {"says_present", "\"Nobody reads these bills anymore,\" says Rep. Carla Benton.", {{"\"Nobody reads these bills anymore,\"", "Carla Benton", "Carla Benton", "cue"}}},
    {"says_pronoun_present", "Rep. Carla Benton has served six terms. \"Nobody reads these bills anymore,\" she says.", {{"\"Nobody reads these bills anymore,\"", "Carla Benton", "she", "pronoun"}}},
    {"name_age_apposition", "\"I voted for him twice,\" said Mark Dunn, 54, a retired steelworker.", {{"\"I voted for him twice,\"", "Mark Dunn", "Mark Dunn", "cue"}}},
    {"pronoun_two_names_nearest_subject", "Gov. Frank Mills met with Mayor Dale Ortiz. Mills later said he was \"disappointed.\"", {{"\"disappointed.\"", "Frank Mills", "Mills", "cue"}}},
    {"senator_party_state", "\"We cannot keep doing this,\" said Sen. Ana Whitfield, D-Ore.", {{"\"We cannot keep doing this,\"", "Ana Whitfield", "Ana Whitfield", "cue"}}},
    {"rep_party_state_paren", "\"This is a fake crisis,\" Rep. Carla Benton (R-Texas) said.", {{"\"This is a fake crisis,\"", "Carla Benton", "Carla Benton", "cue"}}},
    {"chairman", "\"The committee will get to the bottom of this,\" said committee chairman Paul Greer.", {{"\"The committee will get to the bottom of this,\"", "Paul Greer", "Paul Greer", "cue"}}},
    {"governor_pronoun_curly", "Gov. Frank Mills signed the bill. \u201CThis is a good day for Ohio,\u201D he said.", {{"\u201CThis is a good day for Ohio,\u201D", "Frank Mills", "he", "pronoun"}}},
    {"in_an_interview", "\"I am not running,\" Sen. Ana Whitfield said in an interview.", {{"\"I am not running,\"", "Ana Whitfield", "Ana Whitfield", "cue"}}},
    {"added_later_paragraph", "Rep. Carla Benton criticized the delay.\n\n\"It is unacceptable,\" she added.", {{"\"It is unacceptable,\"", "Carla Benton", "she", "pronoun"}}},
    {"continued", "\"We tried everything,\" Mayor Dale Ortiz said. \"Nothing worked,\" he continued.", {{"\"We tried everything,\"", "Dale Ortiz", "Dale Ortiz", "cue"}, {"\"Nothing worked,\"", "Dale Ortiz", "he", "pronoun"}}},
    {"quote_after_quote_next_sentence", "Speaker Tom Reyes was asked about the vote. \"We will see,\" he said. \"It is up to the members.\"", {{"\"We will see,\"", "Tom Reyes", "he", "pronoun"}, {"\"It is up to the members.\"", "Tom Reyes", "he", "continuation"}}},
    {"senators_surname_possessive", "Delgado's office released a statement. \"The senator is reviewing the bill,\" spokesman Eric Tran said.", {{"\"The senator is reviewing the bill,\"", "Eric Tran", "Eric Tran", "cue"}}},
    {"null_one_voter", "\"I just want the roads fixed,\" one voter said outside the polling place.", {{"\"I just want the roads fixed,\"", kNull, "", ""}}},
    // Fixed in session 38.
    {"null_people_familiar", "\"He was furious,\" said one person familiar with the conversation.", {{"\"He was furious,\"", kNull, "", ""}}},
    {"null_no_cue", "The vote came late on Friday. \"The deal is done.\" Markets rose on Monday.", {{"\"The deal is done.\"", kNull, "", ""}}},
    {"speaker_intervening_pronoun", "Sen. Ana Whitfield questioned the nominee for an hour. \"Did you lie to Congress?\" she asked.", {{"\"Did you lie to Congress?\"", "Ana Whitfield", "she", "pronoun"}}},
    {"former_title", "\"The party has lost its way,\" former Speaker Joan Rourke said.", {{"\"The party has lost its way,\"", "Joan Rourke", "Joan Rourke", "cue"}}},
    {"secretary_of_state", "\"Diplomacy is not dead,\" Secretary of State Victor Hale told the committee.", {{"\"Diplomacy is not dead,\"", "Victor Hale", "Victor Hale", "cue"}}},
    {"cue_between_name_and_surname_later", "Secretary of State Victor Hale arrived in Kyiv on Monday. \"We stand with you,\" Hale said.", {{"\"We stand with you,\"", "Victor Hale", "Hale", "cue"}}},
    {"judge", "\"The defendant showed no remorse,\" U.S. District Judge Amy Chen said at the sentencing.", {{"\"The defendant showed no remorse,\"", "Amy Chen", "Amy Chen", "cue"}}},
    {"lawyer_for", "\"My client did nothing wrong,\" said Brian Kolb, a lawyer for the former aide.", {{"\"My client did nothing wrong,\"", "Brian Kolb", "Brian Kolb", "cue"}}},
    {"announced", "Gov. Frank Mills announced Monday that the state would \"fully reopen by June.\"", {{"\"fully reopen by June.\"", "Frank Mills", "Frank Mills", "cue"}}},
    {"declared", "\"The era of big government is not over,\" Sen. Ana Whitfield declared.", {{"\"The era of big government is not over,\"", "Ana Whitfield", "Ana Whitfield", "cue"}}},
    {"recalled", "\"I was 19 when I first voted,\" Rep. Carla Benton recalled.", {{"\"I was 19 when I first voted,\"", "Carla Benton", "Carla Benton", "cue"}}},
    {"conceded", "\"We lost that argument,\" Speaker Tom Reyes conceded on Wednesday.", {{"\"We lost that argument,\"", "Tom Reyes", "Tom Reyes", "cue"}}},
    {"testified", "\"I never saw the memo,\" the former aide testified.", {{"\"I never saw the memo,\"", "the former aide", "the former aide", "cue"}}},
    {"later_mention_fullest_first", "Mills won the primary easily. Gov. Frank Mills then said, \"The work starts now.\"", {{"\"The work starts now.\"", "Frank Mills", "Frank Mills", "cue"}}},
    {"quote_then_speaker_next_sentence", "\"We are done negotiating.\" That was the message from Sen. Ana Whitfield on Friday.", {{"\"We are done negotiating.\"", kNull, "", ""}}},
    {"spokeswoman_for_org", "\"We do not comment on pending litigation,\" said Amy Pratt, a spokeswoman for the Justice Department.", {{"\"We do not comment on pending litigation,\"", "Amy Pratt", "Amy Pratt", "cue"}}},
    {"aide_named_later", "Tom Baxter, a senior aide to the governor, declined to comment. \"We are reviewing the letter,\" the aide later said.", {{"\"We are reviewing the letter,\"", "Tom Baxter", "the aide", "cue"}}},
    {"majority_leader_role", "\"The Senate will stay in session,\" the majority leader said.", {{"\"The Senate will stay in session,\"", "the majority leader", "the majority leader", "cue"}}},
    {"pronoun_she_two_sentences", "Sen. Ana Whitfield arrived late. She took questions for an hour. \"I have nothing to hide,\" she said.", {{"\"I have nothing to hide,\"", "Ana Whitfield", "she", "pronoun"}}},
    {"he_after_female", "Rep. Carla Benton introduced Gov. Frank Mills. \"It is an honor to be here,\" he said.", {{"\"It is an honor to be here,\"", "Frank Mills", "he", "pronoun"}}},
    {"speaker_inside_split_pronoun", "\"We did not lose,\" she said, \"we were outspent.\"", {{"\"We did not lose,\"", kNull, "", ""}, {"\"we were outspent.\"", kNull, "", ""}}},
    {"warned", "\"There will be consequences,\" Sen. Ana Whitfield warned.", {{"\"There will be consequences,\"", "Ana Whitfield", "Ana Whitfield", "cue"}}},
    {"argued_after", "\"The law is clear,\" Attorney General Ron Pike argued in court.", {{"\"The law is clear,\"", "Ron Pike", "Ron Pike", "cue"}}},
    {"shouted", "\"Shame!\" protesters shouted as the senator walked past.", {{"\"Shame!\"", "protesters", "protesters", "cue"}}},
    {"said_of_name", "\"She is the hardest worker I know,\" Rep. Carla Benton said of the nominee.", {{"\"She is the hardest worker I know,\"", "Carla Benton", "Carla Benton", "cue"}}},
    {"told_cnn", "\"I am not worried,\" Gov. Frank Mills told CNN on Sunday.", {{"\"I am not worried,\"", "Frank Mills", "Frank Mills", "cue"}}},
    {"in_a_statement_name_first", "Sen. Ana Whitfield said in a statement: \"Today's ruling is a victory for every voter.\"", {{"\"Today's ruling is a victory for every voter.\"", "Ana Whitfield", "Ana Whitfield", "cue"}}},
    {"said_on_floor", "\"We are out of time,\" Speaker Tom Reyes said on the House floor.", {{"\"We are out of time,\"", "Tom Reyes", "Tom Reyes", "cue"}}},
    {"mr_surname", "Alan Cross won the nomination in June. \"We will win in November,\" Mr. Cross said.", {{"\"We will win in November,\"", "Alan Cross", "Cross", "cue"}}},
    {"ms_surname", "Nora Lim joined the ticket in August. \"I am ready,\" Ms. Lim told supporters.", {{"\"I am ready,\"", "Nora Lim", "Lim", "cue"}}},
    {"according_to_aide_null", "The governor was \"livid\" after the vote, according to an aide.", {{"\"livid\"", kNull, "", ""}}},
    {"paragraph_pronoun_they", "Republicans on the committee issued a dissent. \"The majority ignored the evidence,\" they wrote.", {{"\"The majority ignored the evidence,\"", "Republicans", "they", "pronoun"}}},
    {"asked_whether", "Asked whether he would run again, Gov. Frank Mills said, \"Not a chance.\"", {{"\"Not a chance.\"", "Frank Mills", "Frank Mills", "cue"}}},
};

// Quotations over paragraphs (an opening mark on each, one closing mark at the end): one quotation per
// paragraph, all with the speaker found for any; an unclosed mark closes with its paragraph.
const std::vector<Row> kMultiParagraph = {
    {"three_paragraphs_cue_first", "Sen. Maria Delgado spoke on the Senate floor for an hour on Tuesday. She said:\n\n\"This bill is a betrayal of the families who sent us here.\n\n\"It raises their costs and cuts their care.\n\n\"I will vote no, and I urge my colleagues to do the same.\"", {{"\"This bill is a betrayal of the families who sent us here.", "Maria Delgado", "She", "pronoun"}, {"\"It raises their costs and cuts their care.", "Maria Delgado", "She", "continuation"}, {"\"I will vote no, and I urge my colleagues to do the same.\"", "Maria Delgado", "She", "continuation"}}},
    {"two_paragraphs_cue_in_first", "\"The budget is balanced for the first time in a decade,\" Gov. Frank Mills said. \"We did it without raising taxes.\n\n\"And we did it together.\"", {{"\"The budget is balanced for the first time in a decade,\"", "Frank Mills", "Frank Mills", "cue"}, {"\"We did it without raising taxes.", "Frank Mills", "Frank Mills", "continuation"}, {"\"And we did it together.\"", "Frank Mills", "Frank Mills", "continuation"}}},
    {"cue_in_last_paragraph_name", "\"Our schools are falling apart.\n\n\"Our teachers are leaving.\n\n\"Something has to change,\" said Rep. Carla Benton.", {{"\"Our schools are falling apart.", "Carla Benton", "Carla Benton", "continuation"}, {"\"Our teachers are leaving.", "Carla Benton", "Carla Benton", "continuation"}, {"\"Something has to change,\"", "Carla Benton", "Carla Benton", "cue"}}},
    {"curly_two_paragraphs", "Speaker Tom Reyes addressed the chamber.\n\n\u201CWe have a duty to keep the government open.\n\n\u201CI intend to meet it,\u201D he said.", {{"\u201CWe have a duty to keep the government open.", "Tom Reyes", "he", "continuation"}, {"\u201CI intend to meet it,\u201D", "Tom Reyes", "he", "pronoun"}}},
    {"report_multi", "The inspector general's report was blunt.\n\n\"The department ignored repeated warnings,\" the report said.\n\n\"Its leaders did not act until it was too late.\"", {{"\"The department ignored repeated warnings,\"", "the report", "the report", "source"}, {"\"Its leaders did not act until it was too late.\"", "the report", "the report", "continuation"}}},
    {"unclosed_last_paragraph", "Rep. Carla Benton said the plan was \"a disaster.\n\nThe House adjourned at noon.", {{"\"a disaster.", "Carla Benton", "Carla Benton", "cue"}}},
    {"unclosed_then_next_quote", "Sen. Maria Delgado said, \"We will win.\n\nGov. Frank Mills disagreed. \"They will lose,\" he said.", {{"\"We will win.", "Maria Delgado", "Maria Delgado", "cue"}, {"\"They will lose,\"", "Frank Mills", "he", "pronoun"}}},
    {"four_paragraphs_said_first", "\"This is the most important vote of my career,\" Sen. Ana Whitfield said.\n\n\"It will decide whether families can afford their medicine.\n\n\"It will decide whether hospitals stay open.\n\n\"I will not look away.\"", {{"\"This is the most important vote of my career,\"", "Ana Whitfield", "Ana Whitfield", "cue"}, {"\"It will decide whether families can afford their medicine.", "Ana Whitfield", "Ana Whitfield", "continuation"}, {"\"It will decide whether hospitals stay open.", "Ana Whitfield", "Ana Whitfield", "continuation"}, {"\"I will not look away.\"", "Ana Whitfield", "Ana Whitfield", "continuation"}}},
    {"statement_multi_para", "The White House released a statement on Friday.\n\n\"The president is deeply saddened by the loss of life.\n\n\"He has directed every agency to help,\" the statement said.", {{"\"The president is deeply saddened by the loss of life.", "the statement", "the statement", "continuation"}, {"\"He has directed every agency to help,\"", "the statement", "the statement", "source"}}},
};

}  // namespace

TEST(QuotesConformance38, MarksInTheWritersVoiceAreNoQuotation) {
  for (const Row& r : kWritersVoice) check(r);
}
TEST(QuotesConformance38, PartialQuotationsInReportedSpeech) {
  for (const Row& r : kPartial) check(r);
}
TEST(QuotesConformance38, NonPersonSources) {
  for (const Row& r : kSources) check(r);
}
TEST(QuotesConformance38, SpeakerFieldsAndCues) {
  for (const Row& r : kSpeakers) check(r);
}
TEST(QuotesConformance38, MultiParagraphQuotations) {
  for (const Row& r : kMultiParagraph) check(r);
}

// Unbalanced marks in political copy: no throw, no quotation spanning a paragraph break, and the last
// paragraph's quotation found whole with its speaker.
TEST(QuotesConformance38, UnbalancedMarksNeverSwallowTheRest) {
  const std::vector<std::string> texts = {
      "Sen. Maria Delgado called the bill \"a disgrace.\n\nThe Senate recessed. \"We are ready,\" Tom Reyes said.",
      "The White House called it \u201Cfake news.\n\n\u201CWe are ready,\u201D Tom Reyes said.",
      "\"\"\"\n\n\"We are ready,\" Tom Reyes said.",
      "The vote failed.\u201D\n\n\u201CWe are ready,\u201D Tom Reyes said.",
      "Gov. Frank Mills said \u201C",
      "\u201D\u201C\"",
  };
  tq::expect_unbalanced_marks_keep_the_rest(texts, "Tom Reyes");
}

// Not met yet (untested; see the session 38 report):
//   argued_in_filing: "Lawyers for the campaign argued …": the speaker is "Lawyers", its mention "the campaign"
//     (a plural role noun with its "for" phrase is not one description yet).
//   indictment_charges: "The indictment charges that …": "charges" is no cue verb (as a verb it mostly takes fees).
//   documents_show: "Documents reviewed by the newspaper show that … "in full"": a short partial quotation in a
//     "that" clause after a document with a participle phrase: no speaker.
//   union_said: "The union said" after the American Federation of Teachers: linking a kind word to a body whose name
//     lacks it needs to know what the body is.
//   they_said_group: "they said" after "The two senators": "they" resolves to no plural description yet.
//   colon_cue: "The senator's message was blunt: "…"": a possessive's message noun before a colon is no cue yet.
//   according_to_emails: "according to emails reviewed by the newspaper": a bare plural document noun after "according
//     to" is no source yet ("according to the emails", "according to court records" are).
