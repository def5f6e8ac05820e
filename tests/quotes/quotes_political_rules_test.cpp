// Rules for political news (issue 16): which marks are quotations, partial quotations inside reported
// speech, sources that are not people, typewriter quotation marks, names in Latin Extended-A. Every
// sentence here was written for these tests.
#include "quote_test_support.hpp"
#include <textchain/utf8.hpp>

#include <gtest/gtest.h>

#include <set>

namespace tq = textchain::quotes::testing;
using textchain::quotes::FoundQuote;

namespace {
std::string span_of(const std::string& text, const FoundQuote& q) { return text.substr(q.begin, q.end - q.begin); }
}  // namespace

TEST(QuotesPolitical, LatinExtendedACapitalsStartNames) {
  // Case comes from the host's token flags: capitals at odd code points (Ĺ Ł Ń Ň Ź Ż Ž) as well as at even
  // ones (Ą Ć Ś) start a name, so the speaker is found whichever letter opens it.
  for (char32_t c : {0x139, 0x13B, 0x13D, 0x13F, 0x141, 0x143, 0x145, 0x147, 0x179, 0x17B, 0x17D, 0x178, 0x104,
                     0x106, 0x15A}) {
    std::string name;
    textchain::utf8::append(name, c);
    name += "orin Vask";
    const std::string t = "\"The ferry runs again on Monday,\" said " + name + ", the harbour master.";
    auto found = tq::run_engine(t);
    ASSERT_EQ(found.size(), 1u) << name;
    EXPECT_EQ(found[0].speaker.value_or("(null)"), name);
  }
}

TEST(QuotesPolitical, NamesInLatinExtendedAAreAttributed) {
  const std::string t = "\u0141ukasz \u017Bukowski said: \"The harbour will reopen in spring.\"";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "\u0141ukasz \u017Bukowski");
  const std::string u = "\"We are not finished yet,\" said \u0143ina \u0179r\u00F3d\u0142o, the mayor.";
  found = tq::run_engine(u);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "\u0143ina \u0179r\u00F3d\u0142o");
}

TEST(QuotesPolitical, TwoApostrophesAreOneDoubleMark) {
  const std::string t = "The council met late.\n\n''We can't wait any longer,'' said Hollis Brandt, an adviser. "
                        "''It's the voters' call now.''";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(span_of(t, found[0]), "''We can't wait any longer,''");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Hollis Brandt");
  EXPECT_EQ(span_of(t, found[1]), "''It's the voters' call now.''");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Hollis Brandt");
}

TEST(QuotesLexicons, EachFileHoldsAWordOnceInLowerCase) {
  using textchain::quotes::builtin_lexicon;
  using textchain::quotes::parse_lexicon;
  for (const char* name : {"cue_verbs", "cue_nouns", "speech_nouns", "titles", "given_names", "organisation_nouns", "work_nouns",
                           "word_nouns"}) {
    const auto entries = parse_lexicon(builtin_lexicon(name));
    EXPECT_GT(entries.size(), 10u) << name;
    std::set<std::string_view> seen;
    for (const auto& e : entries) {
      EXPECT_TRUE(seen.insert(e.word).second) << name << ": " << e.word << " twice";
      for (char c : e.word) EXPECT_FALSE(c >= 'A' && c <= 'Z') << name << ": " << e.word;
    }
  }
  // The built-in tables load (an unknown tag would throw) and answer case-insensitively.
  const auto& lex = textchain::quotes::Lexicons::builtin();
  EXPECT_TRUE(lex.is_title_word("Sen."));
  EXPECT_TRUE(lex.is_person_noun("spokeswoman"));
  EXPECT_TRUE(lex.speaks_for_others("Spokesman"));
  EXPECT_TRUE(lex.is_org_noun("ministry"));
  EXPECT_TRUE(lex.is_document_noun("memo"));
  EXPECT_FALSE(lex.is_document_noun("senator"));
  EXPECT_EQ(lex.gender_of_given_name("MARIA"), textchain::quotes::Gender::female);
}

TEST(QuotesLexicons, OptionsExtendEveryKind) {
  textchain::quotes::ExtractOptions o;
  o.lexicon_extras.cue_verbs = {"harrumphed"};
  o.lexicon_extras.titles = {"alderperson"};
  o.lexicon_extras.given_names = {"Zorblatt:female"};
  o.lexicon_extras.cue_nouns = {"dossier"};
  o.lexicon_extras.organisation_nouns = {"syndicate"};
  const textchain::quotes::Lexicons lex(o.lexicon_extras);
  EXPECT_TRUE(lex.is_title_word("Alderperson"));
  EXPECT_EQ(lex.gender_of_given_name("Zorblatt"), textchain::quotes::Gender::female);
  EXPECT_TRUE(lex.is_document_noun("dossier"));
  EXPECT_TRUE(lex.is_org_noun("syndicate"));
  EXPECT_FALSE(textchain::quotes::Lexicons::builtin().is_title_word("alderperson"));
  // Through the engine: the added cue verb attributes, the added title is a role before the name.
  const std::string t = "\"Not on my watch,\" harrumphed alderperson Bo Quill.";
  auto found = tq::run_engine(t, o);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Bo Quill");
}

namespace {
// The quotations of `text` as "span => speaker" lines, for compact expectations.
std::vector<std::string> attributed(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& q : tq::run_engine(text)) out.push_back(span_of(text, q) + " => " + q.speaker.value_or("(null)"));
  return out;
}
using Lines = std::vector<std::string>;
}  // namespace

TEST(QuotesPolitical, FragmentsInsideReportedSpeechArePartialQuotesOfItsSpeaker) {
  EXPECT_EQ(attributed("Senator Ruth Calloway called the budget plan \"a giveaway\" to donors."),
            Lines{"\"a giveaway\" => Ruth Calloway"});
  EXPECT_EQ(attributed("Mayor Dan Okafor described the proposal as \"deeply troubling\" on Tuesday."),
            Lines{"\"deeply troubling\" => Dan Okafor"});
  EXPECT_EQ(attributed("Governor Lena Marsh has dubbed the pipeline \"the road to nowhere\" in speeches."),
            Lines{"\"the road to nowhere\" => Lena Marsh"});
  EXPECT_EQ(attributed("Pia Lund is describing as \"unhinged\" a post about the vote."),
            Lines{"\"unhinged\" => Pia Lund"});
  // A name in marks is the speaker's words after a naming verb.
  EXPECT_EQ(attributed("Abel Fenn called the winner \"Little Miss Sunshine\" in 2004."),
            Lines{"\"Little Miss Sunshine\" => Abel Fenn"});
  const auto kinds = tq::run_engine("Mayor Dan Okafor described the proposal as \"deeply troubling\" on Tuesday.");
  ASSERT_EQ(kinds.size(), 1u);
  EXPECT_EQ(kinds[0].kind, "partial");
}

TEST(QuotesPolitical, TermsInTheWritersVoiceAreNoQuotations) {
  // Titles, names and modifiers in marks, in sentences with no reporting verb or used as names inside one.
  EXPECT_EQ(attributed("The film, called \"The Long Road,\" opens in May."), Lines{});
  EXPECT_EQ(attributed("Voters in the \"rust belt\" states are tired of waiting."), Lines{});
  EXPECT_EQ(attributed("The show \"Morning Edition\" aired on Monday."), Lines{});
  EXPECT_EQ(attributed("Ola Berg said the \"Summit Two\" release ships in June."), Lines{});
  EXPECT_EQ(attributed("Ola Berg said the firm would offer a \"soft exit\" package to staff."), Lines{});
  EXPECT_EQ(attributed("Phones, commonly called \"handsets,\" are cheaper now."), Lines{});
  // "is branded" is a passive, not a reporting verb.
  EXPECT_EQ(attributed("The store is branded, but the songs are not - \"we sell no logos here,\" Eva Stam said."),
            Lines{"\"we sell no logos here,\" => Eva Stam"});
}

TEST(QuotesPolitical, SourcesThatAreNotPeople) {
  EXPECT_EQ(attributed("The report said the agency had been \"overwhelmed\" by requests."),
            Lines{"\"overwhelmed\" => The report"});
  EXPECT_EQ(attributed("According to a statement from the Federal Election Commission, the filing was "
                       "\"incomplete and late.\""),
            Lines{"\"incomplete and late.\" => Federal Election Commission"});
  EXPECT_EQ(attributed("The Harlow Institute's survey found that voters were \"deeply divided on trade.\""),
            Lines{"\"deeply divided on trade.\" => Harlow Institute"});
}

TEST(QuotesPolitical, SignaturesParenthesesAndInitials) {
  EXPECT_EQ(attributed("\"It is a sad day,\" Rep. Gwen Hale (D-Wis.) said Friday."),
            Lines{"\"It is a sad day,\" => Gwen Hale"});
  EXPECT_EQ(attributed("\"This is a disgrace,\" said Rep. G.K. Barfield (D-N.C.), head of the caucus."),
            Lines{"\"This is a disgrace,\" => G.K. Barfield"});
  EXPECT_EQ(attributed("\"Nobody asked us first.\" \u2015 Marta Lopez\n\n\"We need jobs here.\" \u2014 Carlos Ruiz\n"),
            (Lines{"\"Nobody asked us first.\" => Marta Lopez", "\"We need jobs here.\" => Carlos Ruiz"}));
}

TEST(QuotesPolitical, WordsOfUnnamedReportsHaveNoSpeaker) {
  // The term belongs to the reports the subject denies, who name nobody: no speaker, rather than a guess.
  const std::string t = "The fisheries ministry denied reports alleging \"secret deals\" with Oslo.";
  for (const auto& q : tq::run_engine(t)) EXPECT_FALSE(q.speaker) << span_of(t, q) << " => " << *q.speaker;
}

TEST(QuotesPolitical, SpeakerOutputSaysWhichMentionAndHow) {
  const std::string t =
      "Senator Ruth Calloway spoke on Friday. \"We have no plan to retreat,\" she said. \"Not one step.\"\n\n"
      "\"Jobs come first.\" \u2014 Dana Pike\n\n"
      "The report said the plan was \"unworkable\" as written.\n\n"
      "\"Nobody here knows what comes next,\" a voter said.";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 5u);
  auto mention = [&](const FoundQuote& q) { return t.substr(q.speaker_begin, q.speaker_end - q.speaker_begin); };
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ruth Calloway");
  EXPECT_EQ(mention(found[0]), "she");
  EXPECT_STREQ(found[0].speaker_method, "pronoun");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Ruth Calloway");
  EXPECT_STREQ(found[1].speaker_method, "continuation");
  EXPECT_EQ(found[2].speaker.value_or("(null)"), "Dana Pike");
  EXPECT_STREQ(found[2].speaker_method, "signature");
  EXPECT_EQ(found[3].speaker.value_or("(null)"), "The report");
  EXPECT_STREQ(found[3].speaker_method, "source");
  // Someone unnamed: no speaker rather than a guess.
  EXPECT_FALSE(found[4].speaker);
  EXPECT_EQ(found[4].speaker_method, nullptr);
}

TEST(QuotesPolitical, MultiParagraphQuotationIsOneQuotePerParagraphWithOneSpeaker) {
  const std::string t = "Tom Reyes spoke at length.\n\n\"We started the work in May. It was hard.\n\n"
                        "\"Then the rain came and the roads washed out.\n\n\"Now we start again,\" Reyes said.\n";
  EXPECT_EQ(attributed(t), (Lines{"\"We started the work in May. It was hard. => Tom Reyes",
                                  "\"Then the rain came and the roads washed out. => Tom Reyes",
                                  "\"Now we start again,\" => Tom Reyes"}));
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_STREQ(found[0].speaker_method, "continuation");
  EXPECT_STREQ(found[2].speaker_method, "cue");
}

TEST(QuotesPolitical, SurnamesThatAreTitleWords) {
  EXPECT_EQ(attributed("Walt King spoke first.\n\n\"We will need every vote in the county,\" Mr. King said.\n"),
            Lines{"\"We will need every vote in the county,\" => Walt King"});
  EXPECT_EQ(attributed("\"The budget is a mess,\" said Sen. Ada Dean."), Lines{"\"The budget is a mess,\" => Ada Dean"});
  // A role is still a role: "the US Treasury Secretary" names no one called Secretary.
  EXPECT_EQ(attributed("Hal Pruitt, the US Treasury Secretary, spoke. He said they acted \"to restore confidence in "
                       "our markets.\""),
            Lines{"\"to restore confidence in our markets.\" => Hal Pruitt"});
}

TEST(QuotesPolitical, BodiesAndRolesBeforeNames) {
  // A body named by its common noun is only the one named with that word, else the noun as written.
  EXPECT_EQ(attributed("The Daily Ledger reported the vote. The commission says on its website that \"there were "
                       "issues with the count.\""),
            Lines{"\"there were issues with the count.\" => commission"});
  EXPECT_EQ(attributed("The Federal Ports Commission met on Monday. The commission said that \"no ship will be "
                       "turned away.\""),
            Lines{"\"no ship will be turned away.\" => Federal Ports Commission"});
  // A place and a body before a titled name: the name speaks.
  EXPECT_EQ(attributed("\"We will act on this quickly,\" Tulsa police Chief Ann Roe said Monday."),
            Lines{"\"We will act on this quickly,\" => Ann Roe"});
}

TEST(QuotesPolitical, ASentenceClosedByAReportingClauseIsThatSpeakersSpeech) {
  EXPECT_EQ(attributed("A clerk who \"takes a few coins\" is punished at once, Nora Vail said."),
            Lines{"\"takes a few coins\" => Nora Vail"});
  EXPECT_EQ(attributed("Banks that \"break the rules\" must pay, said Nora Vail on Tuesday."),
            Lines{"\"break the rules\" => Nora Vail"});
  // The writer's distance from a term is no quotation.
  EXPECT_EQ(attributed("Critics dislike the so-called \"death grip\" on phones, Ann Lee said."), Lines{});
}

TEST(QuotesPolitical, PartyAndStateAfterANameAreSetOff) {
  EXPECT_EQ(attributed("\"The veto will be overridden,\" Senate Majority Leader Mitch Connell, R-Ky., said Tuesday."),
            Lines{"\"The veto will be overridden,\" => Mitch Connell"});
}

TEST(QuotesPolitical, AColonEndingAParagraphIntroducesTheNextOne) {
  EXPECT_EQ(attributed("The Harbour Gazette reports:\n\n\"Few donors have given more than two hundred dollars this "
                       "year, the filings show.\"\n"),
            Lines{"\"Few donors have given more than two hundred dollars this year, the filings show.\" => Harbour "
                  "Gazette"});
}

TEST(QuotesPolitical, CampaignRolesAndReverends) {
  EXPECT_EQ(attributed("\"She will be back by Wednesday,\" Vail campaign spokesman Bo Quill said on Sunday."),
            Lines{"\"She will be back by Wednesday,\" => Bo Quill"});
  EXPECT_EQ(attributed("\"This is a good thing,\" said the Rev. Ada Wherry, of Mayfield Church."),
            Lines{"\"This is a good thing,\" => Ada Wherry"});
}

TEST(QuotesPolitical, ACueWordAfterAPossessiveIsANoun) {
  // "Editor's note:" introduces no speech: the colon after it is no reporting clause.
  EXPECT_EQ(attributed("Editor\u2019s note: This story was updated with new figures on Monday.\n"), Lines{});
}

TEST(QuotesPolitical, ARoleDescriptionIsThePersonWhoHoldsIt) {
  EXPECT_EQ(attributed("Green Party nominee Ada Vell spoke in Leeds on Monday.\n\nThe Green nominee vowed to "
                       "punish \"those who pollute the rivers.\"\n"),
            Lines{"\"those who pollute the rivers.\" => Ada Vell"});
}

namespace {
// The speaker of the one quotation the engine finds in `text`: "(null)" when it has none, "(not one
// quotation)" when it finds none or several.
std::string only_speaker(const std::string& text) {
  const auto found = tq::run_engine(text);
  if (found.size() != 1) return "(not one quotation)";
  return found[0].speaker.value_or("(null)");
}
}  // namespace

TEST(QuotesPolitical, AnUnresolvedRoleDescriptionSpeaksAsWritten) {
  // No name carries the role "businessman": the description is who speaks.
  const std::string t = "Orla Venn toured the docks on Friday.\n\n"
                        "\"We will build here again,\" the Glasgow businessman said.";
  EXPECT_EQ(only_speaker(t), "the Glasgow businessman");
  // A role that a name carries is that name.
  const std::string u = "Businessman Orla Venn toured the docks.\n\n\"We will build here again,\" the businessman said.";
  EXPECT_EQ(only_speaker(u), "Orla Venn");
}

TEST(QuotesPolitical, ADescriptionOfSomeoneLeftUnnamedHasNoSpeaker) {
  // Introduced by an indefinite phrase, the person stays unnamed.
  const std::string t = "A negotiator, who declined to be named, left early.\n\n"
                        "\"There is nothing left to discuss,\" the negotiator said.";
  EXPECT_EQ(only_speaker(t), "(null)");
  // A description with a qualifier of its own introduces someone new.
  const std::string u = "\"There is nothing left to discuss,\" the mayor of a nearby town said.";
  EXPECT_EQ(only_speaker(u), "(null)");
}

TEST(QuotesPolitical, AHeadlineInTitleCaseNamesNobody) {
  // Capitalized words run together in a title-case headline: "Rebukes Vance" is no fuller name of Vance.
  const std::string t = "Council Rebukes Vance Over Late Budget\n\n"
                        "Mayor Vance defended the plan on Monday. \"We are on track,\" Vance said.";
  EXPECT_EQ(only_speaker(t), "Vance");
}

TEST(QuotesPolitical, ArticlesAndBooksSpeakAndTheAnnouncerIsARole) {
  const std::string t = "\"The harbour was never finished,\" the article read.";
  EXPECT_EQ(only_speaker(t), "the article");
  const std::string u = "As the lights dimmed, the announcer said, \"Welcome to the final debate.\"";
  EXPECT_EQ(only_speaker(u), "the announcer");
}

TEST(QuotesPolitical, AWriterForAnOrganisationAndAnOpeningPreposition) {
  // "wrote X for <organisation>": the writer speaks, not the organisation.
  const std::string t = "\"Turnout will decide it,\" wrote Nadia Ferrow for Lakeshore Polling.";
  EXPECT_EQ(only_speaker(t), "Nadia Ferrow");
  // A capitalized preposition opening the sentence is no name.
  const std::string u = "Following a long meeting, the Harbour Board issued a statement calling the vote \"a clear mistake that the whole town will regret for years\".";
  EXPECT_EQ(only_speaker(u), "Harbour Board");
}

TEST(QuotesPolitical, AGivenNameAfterADescribingWordGivesTheGender) {
  // "Independent Thomas Garrow" is a man: "she" is not him.
  const std::string t = "Independent Thomas Garrow mocked the mayor on Friday.\n\n"
                        "Councillor Ruth Abney answered him the same day.\n\n"
                        "Garrow spoke again in the evening. She wrote: \"He lashes out whenever he is questioned.\"";
  EXPECT_EQ(only_speaker(t), "Ruth Abney");
}

TEST(QuotesPolitical, ANameAfterOfIsNoSubjectAndRatingNamesAVerdict) {
  // "of Harbour claims": "claims" is a noun there; the checker that rated them speaks.
  const std::string t = "CheckDesk rated 40% of Harbour claims as \"mostly false\" last year.";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "CheckDesk");
  EXPECT_EQ(found[0].cue, "rated");
}

TEST(QuotesPolitical, TheSubjectOfAnInvertedReportingClauseIsTheOneHeRefersTo) {
  // Tom Brasher spoke through "…, noted Tom Brasher." with no marks; "he" in the next paragraph is him, not
  // the spokesman named before.
  const std::string t = "\"We expect a close race,\" said party spokesman Alan Whitcomb.\n\n"
                        "Yet debates rarely move the polls, noted Tom Brasher of the Lakeside Institute.\n\n"
                        "\"Most voters have made up their minds long before the first debate,\" he wrote.";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Tom Brasher");
}

TEST(QuotesPolitical, RelativesWithOneSurnameKeepTheirOwnNames) {
  const std::string t = "Senator Walter Pellham spoke first.\n\n"
                        "In an essay last week, Greta Pellham, his daughter, defended the plan. \"Families need time,\" "
                        "Greta Pellham wrote.";
  EXPECT_EQ(only_speaker(t), "Greta Pellham");
}

TEST(QuotesPolitical, APronounWithItsAuxiliaryRunInIsAPronoun) {
  const std::string t = "Senator Walter Pellham spoke in Dayton on Friday.\n\n"
                        "He's claiming that the count is \"a scandal nobody wants to look at\" this year.";
  EXPECT_EQ(only_speaker(t), "Walter Pellham");
}

TEST(QuotesPolitical, WordsInsideAQuotationAreNoSubject) {
  const std::string t = "\"Promise me you will stay,\" Nora Quill sings to the crowd before asking them, "
                        "\"Where do we go from here?\"";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Nora Quill");
}

TEST(QuotesPolitical, ATranscriptTurnNamesItsSpeakerBeforeAColon) {
  // The turn's first paragraph is no quotation (its mark opens before the label, qspan37); the paragraph going on
  // with it is the labelled speaker's.
  const std::string t = "A partial transcript follows:\n\n"
                        "\"HOLLOWAY: Will the governor attend the hearing tomorrow?\n\n"
                        "\"MARSDEN: She will not. The schedule was set weeks ago.\n\n"
                        "\"But she has written to the committee, and the letter is public.\"";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(span_of(t, found[0]), "\"But she has written to the committee, and the letter is public.\"");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "MARSDEN");
}

TEST(QuotesPolitical, VerbsOfJudgementNameWhatTheyJudge) {
  // "criticized X as "…"", "likened X to "…"": the subject's own words, a partial quotation.
  const std::string t = "Mayor Dana Holt criticized the budget as a \"reckless gamble\" on Monday.";
  const auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Dana Holt");
  EXPECT_EQ(found[0].kind, "partial");
  const std::string u = "At a rally, Senator Ivo Brandt likened the tax to a \"slow leak\" in every family's budget.";
  EXPECT_EQ(only_speaker(u), "Ivo Brandt");
}

TEST(QuotesPolitical, ExhortingAndCitingReportWords) {
  const std::string t = "In Dayton, Senator Ivo Brandt exhorted voters to \"stay in line until the doors close\".";
  EXPECT_EQ(only_speaker(t), "Ivo Brandt");
  const std::string u = "Mayor Dana Holt cited \"rising costs at every level of the supply chain\" for the delay.";
  EXPECT_EQ(only_speaker(u), "Dana Holt");
}

TEST(QuotesPolitical, AQuotedSubheadingIsNoQuotation) {
  const std::string t = "\"We will not sell the harbour,\" said Mayor Dana Holt.\n\n"
                        "'A Port Nobody Wanted.'\n\n"
                        "The harbour was built in 1910.";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(span_of(t, found[0]), "\"We will not sell the harbour,\"");
}

TEST(QuotesPolitical, AnAdverbBeforeTheVerbAndANamingVerbsObject) {
  // The object after "dismissed" is not the speaker; the subject before the adverb is.
  const std::string t = "In July, Senator Ivo Brandt cynically dismissed Norland as a \"suburb of the capital\".";
  EXPECT_EQ(only_speaker(t), "Ivo Brandt");
}

TEST(QuotesPolitical, ANumberBeforeARoleOpensTheSpeakersPhrase) {
  const std::string t = "\"The rationales do not hold weight,\" said 9/11 widow Terry Vance.";
  EXPECT_EQ(only_speaker(t), "Terry Vance");
}

TEST(QuotesPolitical, AMiddleInitialStaysInsideTheName) {
  // "A." and "I." are words elsewhere; with a period inside a name they are initials (the host flags them).
  EXPECT_EQ(only_speaker("\"The vote was never close.\" \u2015 Nora A. Lindqvist"), "Nora A. Lindqvist");
  EXPECT_EQ(only_speaker("\"We will rebuild the pier,\" said Tomas I. Berg, the harbour master."), "Tomas I. Berg");
  // A signature after a no-break space.
  EXPECT_EQ(only_speaker("\"The vote was never close.\" \u2015\u00A0Nora A. Lindqvist."), "Nora A. Lindqvist");
}

TEST(QuotesPolitical, ADocumentSpeaksForTheOrganisationNamedBeforeIt) {
  // The organisation before the noun wrote it, under its fullest name in the document (an acronym is
  // spelled out when the document writes the name out once).
  const std::string t = "The Northern Fisheries Authority met on Monday.\n\n"
                        "The NFA report said the quotas were \"far too generous\" for the coming year.";
  EXPECT_EQ(only_speaker(t), "Northern Fisheries Authority");
  EXPECT_EQ(only_speaker("A Harbour Safety Board report called the pier \"a danger to anyone on it\"."),
            "Harbour Safety Board");
  // A possessive does not spell out an acronym.
  const std::string u = "Norland's Trade Office opened.\n\nThe NTO report said exports were \"holding up well\".";
  EXPECT_EQ(only_speaker(u), "NTO");
}

TEST(QuotesPolitical, AbbreviationsAndSentenceEndsComeFromTheHost) {
  // A courtesy title without its period ("Mr King", British style) still makes the title word after it a
  // surname (titles.txt tags it honorific); with its period the host flags the abbreviation.
  EXPECT_EQ(only_speaker("\"We will appeal the ruling,\" said Mr King."), "King");
  EXPECT_EQ(only_speaker("\"We will appeal the ruling,\" said Dr. Dean."), "Dean");
  // "p.m." before a capital ends the sentence (the host's splitter decides), so the church before it is not
  // the subject of the next sentence's verb, and the fund's name in marks is nobody's words.
  const std::string t = "A memorial service will be held at St Mary's Church on May 9 at 2 p.m. In lieu of flowers, "
                        "the family asked for donations to the \"Bread for Every Table\" fund.";
  for (const auto& q : tq::run_engine(t)) EXPECT_FALSE(q.speaker) << *q.speaker;
}

TEST(QuotesPolitical, ShortTitleWithItsPeriodOpensTheName) {
  // "Del." and "Gov." are titles before a name even where the tokenizer does not know the abbreviation: the
  // period does not end the name, and the title is not the speaker.
  std::string t = "\"It was a waste of an afternoon,\" said Del. Lisa Hart of the county board.";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Lisa Hart");
  t = "\"We will build the bridge,\" Gov. Ann Marlow said on Monday.";
  found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Marlow");
}

TEST(QuotesPolitical, NicknameInMarksStaysInsideTheName) {
  // Rosa "Rosie" Vance: the quoted nickname joins the name's words; it is nobody's quotation.
  std::string t = "The hall was full.\n\nState Del. Rosa \"Rosie\" Vance (D-Eastfield) shouted to the crowd: "
                  "\"We are ready for this fight.\"";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(span_of(t, found[0]), "\"We are ready for this fight.\"");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Rosa \"Rosie\" Vance");
  // After an initial, and known again by the surname alone: "he" is the one the sentence before opens with.
  t = "The hall was full.\n\nRep. Robert K. \"Bud\" Olson greeted the crowd.\n\n\"He has no plan,\" said Tara "
      "Quill, a pollster.\n\nOlson bristled at that. \"I am ready for the fight,\" he said.";
  found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Robert K. \"Bud\" Olson");
}

TEST(QuotesPolitical, KnownGivenNameMakesAPersonTheNextSentenceOpensWith) {
  // "Bobby Lane" is a person because "Bobby" is a given name; "Lane", opening the sentence before the
  // quotation, is who "he" is, not the analyst quoted the paragraph before.
  const std::string t =
      "A quiet man.\n\nDespite his decades in office, Bobby Lane is not a household name.\n\n\"He has never "
      "shown much ambition,\" said Quentin Marsh, a professor at Eastfield College.\n\nLane bristles at the "
      "suggestion. \"I have raised all the money I need,\" he said.";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Quentin Marsh");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Bobby Lane");
}

TEST(QuotesPolitical, AnObjectCharacterizedAsAQuotedPhraseIsTheSubjectsWords) {
  // Any active verb with an object and "as" before the marks: the subject speaks, also after "has been" and
  // an adverb.
  std::string t = "The hall was full.\n\nAnn Vail has been steadily pounding Tom Hale as a \"con artist\" in recent "
                  "weeks.";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(span_of(t, found[0]), "\"con artist\"");
  EXPECT_EQ(found[0].kind, "partial");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
  // A comma inside the marks ends the phrase: the participle after it modifies nothing quoted.
  t = "The hall was full.\n\nAnn Vail openly admires the governor as a \"strong leader,\" comparing him to his rival.";
  found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
  // No characterization: a passive (the subject is what is named), a comparison, an object with a verb of its
  // own ("can be saved as").
  for (const char* s : {"Tom Hale was hailed as a \"new broom\" by the crowd.",
                        "Tom Hale likes films such as \"Night Train\" and others.",
                        "Voter lists on the county website can be saved as \"private lists\" by any clerk."}) {
    found = tq::run_engine(std::string("The hall was full.\n\n") + s);
    for (const auto& q : found) EXPECT_FALSE(q.speaker.has_value()) << s;
  }
}

TEST(QuotesPolitical, CoordinatedQuotationsShareTheirAttribution) {
  // "… as a "…" and a "…"": the second quotation is joined to the first by "and", in the same clause.
  const std::string t = "The hall was full.\n\nAnn Vail has gone after Tom Hale as a \"drain on the county budget\" "
                        "and a \"spoiled child.\" The debate ended late.";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
  EXPECT_EQ(span_of(t, found[1]), "\"spoiled child.\"");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Ann Vail");
}

TEST(QuotesPolitical, AReportingVerbWithItsSubjectItReportsForTheOuterVerbsSubject) {
  // "Vail says it shows that …": "it" is no speaker; the one who says so is.
  const std::string t = "Headline.\n\nAnn Vail spoke at the rally on Monday.\n\nVail says it shows that Tom Hale is "
                        "\"unfit to lead the county.\"";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
}

TEST(QuotesPolitical, AModifierTitleBeforeTheLastWordTitlesNoOne) {
  // "the National Monitor" and "the State Ledger" are publications: "National" and "State" modify roles
  // ("National Security Adviser"), so "Monitor" and "Ledger" are no titled persons for "he" to go back to.
  for (const char* pub : {"National Monitor", "State Ledger"}) {
    const std::string t = std::string("Headline.\n\nTom Hale at the ") + pub +
                          " agreed with Vail about the winner.\n\n\"If the goal was to make the mayor defend the "
                          "budget, the council succeeded,\" he wrote.";
    auto found = tq::run_engine(t);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speaker.value_or("(null)"), "Tom Hale") << pub;
  }
  // Abbreviated titles written without their period still title the name.
  const std::string t = "Headline.\n\n\"The convoy leaves at dawn,\" said Sgt Ray Dunmore of the county police.";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ray Dunmore");
}

TEST(QuotesPolitical, MarksInATitleCaseHeadlineAreQuotations) {
  // Title case capitalizes every word, so a short phrase in marks there is no name: it is reported, with the
  // headline's speaker when it names one (before a colon, before a verb, or after the quotation).
  struct Case {
    const char* headline;
    const char* quoted;
    const char* speaker;
  };
  for (const Case& c : {Case{"Hale: Vail Was \u2018Mocking\u2019 The Council", "\u2018Mocking\u2019", "Tom Hale"},
                        Case{"Ann Vail Calls Tom Hale \u2018A Disgrace\u2019 Over Road Plan", "\u2018A Disgrace\u2019",
                             "Ann Vail"},
                        Case{"Road Plan \u2018Could Ruin The Valley,\u2019 Ann Vail Says",
                             "\u2018Could Ruin The Valley,\u2019", "Ann Vail"},
                        Case{"Local Lawmakers Rip The Mayor As A \u2018Disgusting Fraud.\u2019",
                             "\u2018Disgusting Fraud.\u2019", "Local Lawmakers"},
                        // "Rally" reports nothing, but a headline puts its actor first: the subject's words.
                        Case{"Local Parents Rally Nationwide To \u2018Save Our Parks.\u2019",
                             "\u2018Save Our Parks.\u2019", "Local Parents"}}) {
    const std::string t = std::string(c.headline) + "\n\nTom Hale and Ann Vail spoke on Sunday.";
    auto found = tq::run_engine(t);
    ASSERT_EQ(found.size(), 1u) << c.headline;
    EXPECT_EQ(span_of(t, found[0]), c.quoted);
    EXPECT_EQ(found[0].speaker.value_or("(null)"), c.speaker) << c.headline;
  }
  // In the body the same short Title Case phrase is a name in the writer's voice.
  const std::string body = "Road works.\n\nThe council met on Sunday. Tom Hale sat on the \u2018Valley Board\u2019 for "
                           "years.";
  EXPECT_TRUE(tq::run_engine(body).empty());
}

TEST(QuotesPolitical, ANameInMarksCompletingANamingVerbsObjectIsTheSpeakersWords) {
  // After an article a Title Case phrase in marks is mostly a term ("the "Lion" release"), but not when a
  // free relative ("what he called a …") makes it the subject's words.
  struct Case {
    const char* sentence;
    const char* quoted;
    const char* speaker;
  };
  for (const Case& c : {Case{"Tom Hale outlined a plan for what he called a \"New Fleet\". It was long.", "\"New Fleet\"",
                             "Tom Hale"},
                        Case{"Ann Vail attacked what she called a \"Grand Folly\" on Monday.", "\"Grand Folly\"",
                             "Ann Vail"},
                        // The naming verb's object may be a possessive before the marks.
                        Case{"Leaders denounced what Prime Minister Tom Hale called the council's \"reckless\" acts.",
                             "\"reckless\"", "Tom Hale"}}) {
    const std::string t = std::string("Headline here.\n\n") + c.sentence;
    auto found = tq::run_engine(t);
    ASSERT_EQ(found.size(), 1u) << c.sentence;
    EXPECT_EQ(span_of(t, found[0]), c.quoted);
    EXPECT_EQ(found[0].speaker.value_or("(null)"), c.speaker);
  }
  // A verb that does not name, or a naming verb naming a thing: the phrase is the name of a thing.
  EXPECT_TRUE(tq::run_engine("Headline here.\n\nAnn Vail announced that the current \"Blue Line\" service ends.").empty());
  EXPECT_TRUE(tq::run_engine("Headline here.\n\nThe firm showed a phone it calls the \"Zephyr\" on Monday.").empty());
}

TEST(QuotesPolitical, AParticipleAfterACommaSharesTheSubjectOpeningTheSentence) {
  // ", arguing that …", "began by saying …": a free participle hangs on the main clause, whose subject (a name or
  // pronoun opening the sentence) speaks; a short quotation there is that subject's partial quotation.
  struct Case {
    const char* sentence;
    const char* quoted;
    const char* speaker;
  };
  for (const Case& c :
       {Case{"Ann Vail spoke out on Monday about the flooding, arguing that the delays should be treated as "
             "\"unacceptable.\"",
             "\"unacceptable.\"", "Ann Vail"},
        Case{"Tom Hale, a retired engineer, then appeared on the radio and began by saying he would \"never\" sell.",
             "\"never\"", "Tom Hale"},
        Case{"She spoke briefly, saying the vote was \"a farce.\"", "\"a farce.\"", "Ann Vail"}}) {
    const std::string t = std::string("Headline here.\n\nAnn Vail met the press.\n\n") + c.sentence;
    auto found = tq::run_engine(t);
    ASSERT_EQ(found.size(), 1u) << c.sentence;
    EXPECT_EQ(span_of(t, found[0]), c.quoted);
    EXPECT_EQ(found[0].kind, "partial");
    EXPECT_EQ(found[0].speaker.value_or("(null)"), c.speaker) << c.sentence;
  }
  // Not the subject: a dateline or a possessor ("Vail's aide"). The participle then names nobody, and a short
  // phrase in marks stays the writer's. (The first words of a longer description, "Green party nominee Ann
  // Vail", are no subject either, but the name they describe is: ATitledSubjectSpeaksThroughItsParticiple.)
  for (const char* s : {"DOVER \u2014 Two parties launched a campaign on Friday, promising voters \"jobs, not cuts\".",
                        "Vail's aide spoke on Monday, saying the bill was \"dead.\""}) {
    const std::string t = std::string("Headline here.\n\nThe hall was full.\n\n") + s;
    EXPECT_TRUE(tq::run_engine(t).empty()) << s;
  }
}

TEST(QuotesPolitical, AReportingVerbAfterADeterminerIsANoun) {
  // "such attacks were", "the claims", "his remarks": the cue word is a noun there, so the reporting verb before it
  // attributes the quotation.
  const std::string t = "Headline here.\n\nAnn Vail spoke out about the fires, arguing that such attacks were "
                        "\"unacceptable.\"";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
  EXPECT_EQ(found[0].cue.value_or(""), "arguing");
  // "some say": a quantifier before the verb is its subject, and the verb still reports.
  const std::string u = "Headline here.\n\nSome say the road plan is \"a waste of everyone's time and money.\"";
  found = tq::run_engine(u);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].cue.value_or(""), "say");
}

TEST(QuotesPolitical, AQuotedPredicateInAReportedClauseIsTheSpeakersVerdict) {
  // A Title Case phrase in marks after "was"/"were" in a reported clause is the speaker's rating, not a name.
  const std::string t = "Headline here.\n\nFactWatch checked the figures and concluded his numbers were "
                        "\"Mostly False.\"";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "FactWatch");
}

TEST(QuotesPolitical, AnAsideBetweenTheSubjectAndItsCharacterizingVerb) {
  // "Ann Vail (D-Ore.), in particular, has been pounding Hale as a "…"": a parenthesis and an aside set off by
  // commas stand between the subject and its verb; the subject still speaks.
  for (const char* s : {"Senate Whip Ann Vail (D-Ore.), in particular, has been steadily pounding Tom Hale as a "
                        "\"snake oil seller\" this month.",
                        "Ann Vail, the county clerk, has been pounding Tom Hale as a \"snake oil seller\" for weeks."}) {
    const std::string t = std::string("Headline here.\n\nThe hall was full.\n\n") + s;
    auto found = tq::run_engine(t);
    ASSERT_EQ(found.size(), 1u) << s;
    EXPECT_EQ(span_of(t, found[0]), "\"snake oil seller\"");
    EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail") << s;
  }
  // An aside that runs into the marks without closing is no aside: "who admires Hale as …" names its own subject.
  const std::string t = "Headline here.\n\nThe hall was full.\n\nAnn Vail, who sees Tom Hale as a \"snake oil "
                        "seller\" and says so, left.";
  for (const auto& q : tq::run_engine(t)) EXPECT_NE(q.speaker.value_or("(null)"), "Tom Hale");
}

TEST(QuotesPolitical, PoliticalRolesTitleTheNameAfterThem) {
  // Roles of US politics written before a name ("Senate Whip", "Republican pollster", "Assemblywoman") are role
  // words, not part of the name, which later mentions go back to.
  struct Case {
    const char* sentence;
    const char* speaker;
  };
  for (const Case& c : {Case{"\"We will hold the seat,\" said Republican pollster Bill Vane.", "Bill Vane"},
                        Case{"\"The count is not over,\" Senate Whip Rita Moss said.", "Rita Moss"},
                        Case{"\"The count is not over,\" said Assemblyman Tom Hale.", "Tom Hale"}}) {
    const std::string t = std::string("Headline here.\n\n") + c.sentence;
    auto found = tq::run_engine(t);
    ASSERT_EQ(found.size(), 1u) << c.sentence;
    EXPECT_EQ(found[0].speaker.value_or("(null)"), c.speaker) << c.sentence;
  }
  const std::string t = "Headline here.\n\n\"The bill is dead,\" Assemblywoman Jordan Reese said. Tom Hale left "
                        "early.\n\n\"It never had a chance,\" she said.";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Jordan Reese");
}

TEST(QuotesPolitical, ALoneKnownGivenNameHasItsGender) {
  // Someone the story names by first name alone ("Melanie said") is a woman for "he" and "she" alike: "he" goes
  // back past her to the man named before.
  const std::string t = "Headline here.\n\nTom Hale spoke for an hour.\n\n\"I would,\" Melanie said to the TV.\n\n"
                        "\"I love you all,\" he said.";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Melanie");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Tom Hale");
  // A given name that is the surname of someone named in full is that person, whatever the name's own gender.
  const std::string u = "Headline here.\n\nSenator Ann Warren spoke for an hour.\n\n\"We will win,\" Warren said.\n\n"
                        "\"I love you all,\" she said.";
  found = tq::run_engine(u);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Warren");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Ann Warren");
}

TEST(QuotesPolitical, AClosingAccordingToAttributesTheQuotationsOfItsSentence) {
  // "…, according to X." at the end of a sentence names the source of what the sentence says, a quotation well
  // before it included.
  const std::string t = "Headline here.\n\nThe hall was full.\n\nThousands took part in a statewide \"sit-in\" at "
                        "more than 300 schools, according to the organizer, Parents United.";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(span_of(t, found[0]), "\"sit-in\"");
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Parents United");
  EXPECT_EQ(found[0].cue.value_or(""), "according to");
  // A quotation that closes its sentence is over: the next sentence's "according to" or "X said" is not its.
  for (const char* next : {"according to Tom Hale.", "Tom Hale said."}) {
    const std::string u = std::string("Headline here.\n\nThe hall was full.\n\nThe banner on the gate read \"Keep "
                                      "out of the mill after dark.\" Vail plans to visit on Sunday, ") + next;
    found = tq::run_engine(u);
    ASSERT_EQ(found.size(), 1u) << next;
    EXPECT_FALSE(found[0].speaker.has_value()) << next;
  }
}

TEST(QuotesPolitical, ARelativeWhoSpeaksForTheNameBeforeIt) {
  // "X, who said …": the relative pronoun is the verb's subject and stands for the name before its comma, or
  // before the appositive that comma closes; a name inside the appositive after a preposition is no antecedent.
  struct Case {
    const char* sentence;
    const char* speaker;
  };
  for (const Case& c :
       {Case{"Tom Hale, who said the plan was \"a disgrace,\" left early.", "Tom Hale"},
        Case{"Tom Hale (R-Ore.), who has often said the plan was \"a disgrace,\" left early.", "Tom Hale"},
        Case{"The mayor met Tom Hale, now the majority leader, who in 2010 said the goal was to make Vail a "
             "\"one-term mayor.\"",
             "Tom Hale"},
        Case{"A contrary view comes from Ann Vail, a historian at Norland University, who stated, \"Great towns "
             "rarely grow twice.\"",
             "Ann Vail"}}) {
    const std::string t = std::string("Headline here.\n\nThe hall was full.\n\n") + c.sentence;
    auto found = tq::run_engine(t);
    ASSERT_EQ(found.size(), 1u) << c.sentence;
    EXPECT_EQ(found[0].speaker.value_or("(null)"), c.speaker) << c.sentence;
  }
}

TEST(QuotesPolitical, AnAsClauseBeforeTheQuotationNamesItsSource) {
  // "As the Ledger put it, "…"" is the mirror of ""…," as the Ledger put it": the clause's subject speaks.
  for (const char* s : {"As the Norland Times put it in a long profile, \"the fixer.\"",
                        "He has long been seen, as the Norland Times put it, \"the fixer.\""}) {
    const std::string t = std::string("Headline here.\n\nThe hall was full.\n\n") + s;
    auto found = tq::run_engine(t);
    ASSERT_EQ(found.size(), 1u) << s;
    EXPECT_EQ(found[0].speaker.value_or("(null)"), "Norland Times") << s;
    EXPECT_EQ(found[0].cue.value_or(""), "put") << s;
  }
  // "As" opening a clause of time or manner reports nothing.
  for (const char* s : {"As a rule, \"the fixer\" wins.", "As Tom Hale arrived, \"the fixer\" was there."}) {
    const std::string t = std::string("Headline here.\n\nThe hall was full.\n\n") + s;
    EXPECT_TRUE(tq::run_engine(t).empty()) << s;
  }
}

TEST(QuotesPolitical, ANameWithAVerbAfterTheCueIsTheReportedClausesSubject) {
  // "Most voters said Tom Hale was "…"": Hale is what the voters spoke about; only a name with no verb of its own
  // after a cue is an inverted subject ("said Tom Hale, the mayor").
  const std::string t = "Headline here.\n\nThe hall was full.\n\nMost voters said Tom Hale was \"a liar and a cheat\" "
                        "in the end.";
  for (const auto& q : tq::run_engine(t)) EXPECT_NE(q.speaker.value_or("(null)"), "Tom Hale");
  const std::string u = "Headline here.\n\nThe hall was full.\n\nSpeaking in Dover, said Tom Hale: \"We will win this.\"";
  auto found = tq::run_engine(u);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Tom Hale");
}

TEST(QuotesPolitical, APossessiveNameOpensTheSubjectPhraseItOwns) {
  // "Tom Hale's family has called …": the family speaks, not Hale; a name after the phrase's role words is the
  // one who speaks ("Hale's campaign manager Ann Vail"). "family" after a possessive is a noun, no -ly adverb.
  struct Case {
    const char* sentence;
    const char* speaker;
  };
  for (const Case& c :
       {Case{"Tom Hale's family has called on police to release the videos \"as a matter of public trust\" and asked "
             "for calm.",
             "Tom Hale's family"},
        Case{"Tom Hale's relatives watched the videos on Monday and said they came away with \"more questions than "
             "answers.\"",
             "Tom Hale's relatives"},
        Case{"Tom Hale's campaign manager Ann Vail spoke on Monday, saying the ad was \"a cheap shot at working "
             "families.\"",
             "Ann Vail"},
        Case{"Tom Hale cynically called the plan \"a shabby little fraud\" on Monday.", "Tom Hale"}}) {
    const std::string t = std::string("Headline here.\n\nTom Hale was hurt on Monday.\n\n") + c.sentence;
    auto found = tq::run_engine(t);
    ASSERT_EQ(found.size(), 1u) << c.sentence;
    EXPECT_EQ(found[0].speaker.value_or("(null)"), c.speaker) << c.sentence;
  }
}

TEST(QuotesPolitical, ATitledSubjectSpeaksThroughItsParticiple) {
  // "Democratic presidential nominee Ann Vail chimed in, saying …": the capitalized modifier opening the
  // sentence is part of the description before the name; the name is the subject the participle hangs on.
  for (const char* sentence :
       {"Democratic presidential nominee Ann Vail chimed in on the radio, saying that Dover officials should release "
        "the police videos \"without delay.\"",
        "Green party candidate Ann Vail weighed in on Monday, saying the budget was \"a cheap trick.\""}) {
    const std::string t = std::string("Headline here.\n\nThe council met late.\n\n") + sentence;
    auto found = tq::run_engine(t);
    ASSERT_EQ(found.size(), 1u) << sentence;
    EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail") << sentence;
  }
}

TEST(QuotesPolitical, AClauseOfTimeAfterTheQuotationNamesNoSpeaker) {
  // "…," when Ann Vail criticised him: a subordinate clause after the quotation says when it was said; its
  // subject is not the one quoted, who was named before it.
  for (const char* sentence :
       {"The ad ends with footage of Tom Hale saying last week, \"That makes me smart,\" when Ann Vail criticised him "
        "for his taxes.",
        "Tom Hale said on Monday, \"We will not move,\" after Ann Vail told him to leave."}) {
    const std::string t = std::string("Headline here.\n\nThe council met late.\n\n") + sentence;
    auto found = tq::run_engine(t);
    ASSERT_EQ(found.size(), 1u) << sentence;
    EXPECT_EQ(found[0].speaker.value_or("(null)"), "Tom Hale") << sentence;
  }
  // Without a subordinator the clause after the quotation is its reporting clause.
  const std::string t = "Headline here.\n\nThe council met late.\n\n\"We will not move,\" Ann Vail told reporters.";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
}

TEST(QuotesPolitical, TheyIsAGroupNotAPlaceNamedInPassing) {
  // "met in Denver", "a speech in Kent City, Delaware": a one-word name after a preposition, or after a place
  // and its comma, is where something happened; "they" goes back to the organization.
  for (const char* between : {"The Green Party met in Denver on Monday.",
                              "The Green Party met on Monday.\n\nSenator Ann Vail spoke in Kent City, Delaware."}) {
    const std::string t =
        std::string("Headline here.\n\n") + between + "\n\nThey called the plan \"a cheap trick.\"";
    auto found = tq::run_engine(t);
    ASSERT_EQ(found.size(), 1u) << between;
    EXPECT_EQ(found[0].speaker.value_or("(null)"), "Green Party") << between;
  }
}

TEST(QuotesPolitical, APronounWithAContractedVerbIsNoName) {
  // "She\u2019ll speak in Dover.": "She\u2019ll" opens the sentence with a capital, but is a pronoun and a verb.
  for (const char* opener : {"She\u2019ll", "She'll", "They're", "It\u2019s"}) {
    const std::string t = std::string("Headline here.\n\nThe Green Party met on Monday.\n\n") + opener +
                          " be in Dover.\n\nThey called the plan \"a cheap trick.\"";
    auto found = tq::run_engine(t);
    ASSERT_EQ(found.size(), 1u) << opener;
    EXPECT_EQ(found[0].speaker.value_or("(null)"), "Green Party") << opener;
  }
}

TEST(QuotesPolitical, AParticipleAfterDespiteOrWhileSharesTheSubject) {
  // "despite admitting …", "while insisting …": like ", saying", a participle after a preposition or a
  // subordinator hangs on the main clause, whose subject opening the sentence speaks.
  for (const char* sentence :
       {"Ann Vail, despite admitting that she had doubts about \"greedy lawyers,\" backed the bill.",
        "Ann Vail backed the bill on Monday while insisting that it was \"far from perfect.\""}) {
    const std::string t = std::string("Headline here.\n\nThe council met late.\n\n") + sentence;
    auto found = tq::run_engine(t);
    ASSERT_EQ(found.size(), 1u) << sentence;
    EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail") << sentence;
  }
}

TEST(QuotesPolitical, ANameInAppositionToAPossessiveDescriptionSpeaksAfterTheQuotation) {
  // "…!" Hale's niece, Ann Vail, shouted: the possessive opens a description, and the name set off after it is
  // the one it describes; without a name the description itself is the speaker.
  const std::string t = "Headline here.\n\nThe party met late.\n\n\"This is a big year for us!\" Hale's niece, Ann "
                        "Vail, shouted to the crowd.";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Ann Vail");
  const std::string u = "Headline here.\n\nThe party met late.\n\n\"We will appeal,\" Hale's lawyer said on Monday.";
  found = tq::run_engine(u);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Hale's lawyer");
}

TEST(QuotesPolitical, APronounInItsOwnSentenceTakesThePersonOfItsGender) {
  // "Gov. Chris Vail described Ann Lee as a "disgrace" after she attacked …": "Chris" is either gender, "Ann" is
  // a woman's name, so "she" in the same sentence is Ann Lee; "he" stays with the subject.
  const std::string t = "Headline here.\n\nThe race went on.\n\nGov. Chris Vail described Ann Lee as a \"disgrace\" "
                        "after she attacked the police and blamed the shootings on \"hidden bias\".";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Chris Vail");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Ann Lee");
  const std::string u = "Headline here.\n\nThe race went on.\n\nGov. Chris Vail described Ann Lee as a \"disgrace\" "
                        "after he attacked her and blamed the shootings on \"hidden bias\".";
  found = tq::run_engine(u);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Chris Vail");
}

TEST(QuotesPolitical, TheyInsideASentenceGoesBackToTheGroupOpeningIt) {
  // "Vail's campaign is seeking … with what they call Hale's "selfish message"": the group is named by its
  // owner and reported as written; a capitalized modifier before a title ("the Democratic presidential
  // candidate") is no group "they" could refer to.
  const std::string t = "Headline here.\n\nThe Green Party met on Monday.\n\nThe Democratic presidential candidate "
                        "spoke later.\n\nVail's campaign is seeking to contrast her plan with what they call Tom "
                        "Hale's \"selfish message.\"\n\nThey called his plan \"a cheap trick.\"";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Vail's campaign");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Vail's campaign");
  const std::string u = "Headline here.\n\nThe Green Party met on Monday.\n\nThe Democratic presidential candidate "
                        "spoke later.\n\nThey called the plan \"a cheap trick.\"";
  found = tq::run_engine(u);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Green Party");
}

TEST(QuotesPolitical, EncouragingReportsWhatTheSubjectUrges) {
  // Like "urging", "encouraging" reports a speech act: the phrase in marks after it is the subject's.
  const std::string t = "Headline here.\n\nThe race went on.\n\nTom Hale is again questioning the count, encouraging "
                        "his supporters to watch the polls to make sure everything is \"fair and square.\"";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Tom Hale");
  EXPECT_EQ(found[0].kind, "partial");
}

TEST(QuotesPolitical, AnInfinitiveOfPurposeHasTheMainClausesSubject) {
  // "Tom Hale took to Twitter overnight to accuse …": the infinitive's subject is the one opening the sentence
  // (a name after a preposition, "to Twitter", is no object standing between).
  const std::string t = "Headline here.\n\nThe race went on.\n\nTom Hale took to Twitter overnight to accuse the "
                        "council of being \"duped\" by developers.";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Tom Hale");
  // A name as the main verb's object ("told Ann Vail to accuse …") stands between: the infinitive is not the
  // sentence subject's, and its cue gives no attribution of its own.
  const std::string u = "Headline here.\n\nThe race went on.\n\nTom Hale told Ann Vail on Monday to accuse the "
                        "council of being \"duped\" by developers.";
  for (const auto& q : tq::run_engine(u)) EXPECT_NE(q.cue, "accuse");
}

TEST(QuotesPolitical, AnAbsoluteWithClauseHasItsOwnSubject) {
  // "…, with Senator Ann Vail lambasting it as "…"": the participle after "with" hangs on its own subject, and
  // the participles of naming verbs ("lambasting", "dismissing", "condemning") report as their finite forms do.
  const std::string t = "Headline here.\n\nThe levy cleared the house on Tuesday, with Senator Orla Penhale "
                        "lambasting it as \"a present for lobbyists.\"\n\nThe ferry contract was signed, with Rep. "
                        "Davin Marsh dismissing it as \"a rushed deal.\"";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Orla Penhale");
  EXPECT_EQ(found[0].cue, "lambasting");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Davin Marsh");
  // Guards (these held before): "with X saying", "with X calling it".
  const std::string u = "Headline here.\n\nThe count went on, with Orla Penhale saying the delay was \"a scandal.\""
                        "\n\nThe talks stalled, with Davin Marsh calling the offer \"an insult.\"";
  found = tq::run_engine(u);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Orla Penhale");
  EXPECT_EQ(found[1].speaker.value_or("(null)"), "Davin Marsh");
}

TEST(QuotesPolitical, TheSubjectFollowsAnIntroductoryPhrase) {
  // A sentence opening with a preposition sets off its phrase with a comma; the subject comes after that comma,
  // however long the phrase, and a name inside the phrase ("the Evening Hour") is the preposition's object.
  const std::string t = "Headline here.\n\nOn Monday's late edition of the regional network's Evening Hour, the "
                        "former governor said he wanted \"a clean race.\"";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "the former governor");
  // A coordinated description is one subject, and a comma inside a title's closing mark closes the phrase.
  const std::string u = "Headline here.\n\nOn Sunday's episode of \"The Evening Hour,\" the former governor and "
                        "current council candidate said he wanted \"a clean race.\"";
  found = tq::run_engine(u);
  ASSERT_EQ(found.size(), 1u);  // the title in marks is no quotation
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "the former governor and current council candidate");
  // Guard: the phrase ends at the sentence's first comma; a name with an appositive after it is the subject.
  const std::string w = "Headline here.\n\nOn the closing of the mill, Orla Penhale, head of Local 88, Brick "
                        "Workers union said \"We will fight this plan in every court.\"";
  found = tq::run_engine(w);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Orla Penhale");
}

TEST(QuotesPolitical, ANameAfterAVerbAndATitleIsItsObjectNotTheSubject) {
  // "Protesters booed former president Tom Hale …, saying …": the words before the title are a verb and its
  // subject, not the title's modifiers, so the name is the verb's object and the participle does not hang on
  // it: the quotation is reported with no speaker rather than the object.
  for (const char* sentence :
       {"Protesters booed former president Tom Hale at the rally, saying the vote was \"long overdue for a town "
        "this size.\"",
        "Rivals hit acting governor Tom Hale on Monday, saying the plan was \"a farce from start to finish.\""}) {
    const std::string t = std::string("Headline here.\n\nThe council met late.\n\n") + sentence;
    const auto found = tq::run_engine(t);
    ASSERT_EQ(found.size(), 1u) << sentence;
    EXPECT_FALSE(found[0].speaker.has_value()) << sentence << ": " << found[0].speaker.value_or("");
  }
  // A short quotation there is tied to no one (the object was its speaker before).
  for (const char* sentence : {"Protesters booed former president Tom Hale at the rally, saying the vote was \"long "
                               "overdue.\"",
                               "Rivals hit acting governor Tom Hale on Monday, saying the plan was \"a farce.\""}) {
    const std::string t = std::string("Headline here.\n\nThe council met late.\n\n") + sentence;
    for (const auto& q : tq::run_engine(t)) EXPECT_NE(q.speaker.value_or("(null)"), "Tom Hale") << sentence;
  }
  // A title's modifiers still open the sentence with it.
  const std::string t = "Headline here.\n\nThe council met late.\n\nSenior parliamentary aide Tom Hale spoke on "
                        "Monday, saying the plan was \"a farce.\"";
  auto found = tq::run_engine(t);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker.value_or("(null)"), "Tom Hale");
}
