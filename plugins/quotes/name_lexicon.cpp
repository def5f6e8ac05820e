#include "name_lexicon.hpp"


#include <cstdint>
#include <vector>

namespace textchain::quotes {
namespace {

// The grammar words below are closed classes, not lexicons to extend; each is a WordTable built once.
template <size_t N>
WordTable table_of(const std::string_view (&list)[N]) {
  WordTable t;
  t.reserve(N);  // built when the plugin is loaded: sized once
  for (std::string_view w : list) t.add(w, 0);
  return t;
}

// A closed class whose words differ in what they do, each word once with its tags.
struct TaggedWord {
  std::string_view word;
  uint8_t tags;
};
template <size_t N>
WordTable table_of(const TaggedWord (&list)[N]) {
  WordTable t;
  t.reserve(N);
  for (const TaggedWord& w : list) t.add(w.word, w.tags);
  return t;
}

constexpr std::string_view kNotNames[] = {
    "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "with", "by", "from", "to", "of", "as",
    "after", "before", "when", "while", "following", "during", "amid", "among", "if", "this", "that", "these",
    "those", "it", "he", "she", "they", "we",
    "i", "his", "her", "their", "its", "our", "my", "your", "you", "meanwhile", "however", "also", "last",
    "next", "earlier", "later", "yesterday", "today", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "there", "here", "what", "who", "why", "how", "where",
    "which", "according", "despite", "although", "though", "since", "because", "so", "yet", "still", "now",
    "then", "thus", "instead", "unlike", "like", "all", "some", "many", "most", "both", "each", "every", "no",
    "not", "one", "two", "three", "several", "other", "another", "such", "speaking", "asked", "said", "says",
    "read", "see", "more", "photos", "photo", "video", "update", "updated", "breaking", "exclusive",
    "analysis", "opinion", "comment", "editorial", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "am", "pm", "utc", "gmt", "is", "was",
    "are", "were", "will", "would", "has", "have", "had", "do", "does", "did", "can", "could", "should",
    "under", "over", "about", "into", "until", "without", "within", "between", "against",
    "through", "per", "via", "first", "second", "third", "even", "only", "just", "again", "whether"};

// Tagged as name_lexicon.hpp says (grammar_sets::kWithinName ...).
using namespace grammar_sets;
constexpr TaggedWord kConnectors[] = {
    {"of", kWithinName | kPlace | kOrganisation}, {"de", kWithinName}, {"del", kWithinName}, {"della", kWithinName},
    {"da", kWithinName}, {"di", kWithinName}, {"do", kWithinName}, {"dos", kWithinName}, {"van", kWithinName},
    {"von", kWithinName}, {"der", kWithinName}, {"den", kWithinName}, {"la", kWithinName}, {"le", kWithinName},
    {"du", kWithinName}, {"bin", kWithinName}, {"al", kWithinName}, {"el", kWithinName}, {"ibn", kWithinName},
    {"&", kWithinName | kPlace}, {"and", 0}, {"for", kWithinName | kPlace | kOrganisation},
    {"the", kWithinName | kPlace}, {"on", kWithinName | kPlace}, {"y", kWithinName}};

constexpr std::string_view kDeterminers[] = {"the", "a", "an", "its", "his", "her", "their", "our", "this",
                                             "that", "one", "another", "some"};
constexpr std::string_view kIndefinite[] = {"a", "an", "one", "another", "some"};
constexpr std::string_view kQuantifiers[] = {"many", "most", "several", "few", "all", "both", "these", "those",
                                             "other", "more", "any", "each", "every", "no", "such"};
constexpr std::string_view kNounDeterminers[] = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your",
                                                 "these", "those", "such"};
constexpr std::string_view kAuxiliaries[] = {"is",   "are",   "was",   "were",  "be",    "been", "has",  "have",
                                             "had",  "would", "will",  "could", "should", "can",  "may",  "might",
                                             "must", "did",   "does",  "do",    "won't", "isn't", "wasn't"};
constexpr std::string_view kConjunctions[] = {"and", "or"};
constexpr std::string_view kDefiniteArticles[] = {"the"};
constexpr std::string_view kComplementizers[] = {"that"};
constexpr std::string_view kAs[] = {"as"};
constexpr std::string_view kOf[] = {"of"};
// "Lena Hart of Westfield University", "Director at Acme Research", "Ann Roe for Westfield Polling".
constexpr std::string_view kAffiliationPrepositions[] = {"of", "from", "at", "for"};
// "Lena Hart of Westfield Partners", "Ann Roe from the union": the role words after them describe the name.
constexpr std::string_view kAppositionPrepositions[] = {"of", "from"};
// After role words, a reported clause ("that") or a place or a time ("in", "on") begins: no name follows.
constexpr std::string_view kRoleWalkEnds[] = {"that", "in", "on"};
constexpr std::string_view kPassiveAuxiliaries[] = {"is", "are", "was", "were", "been", "be", "being"};
constexpr std::string_view kIndefinitePronouns[] = {"someone", "somebody", "anyone", "anybody", "people", "insiders"};
constexpr std::string_view kCoordinators[] = {"and", "but", "or"};
constexpr std::string_view kRelativeOpeners[] = {"who", "that"};
// The relatives a body, a thing or a document takes as its verb's subject ("the port office, which reported …").
constexpr std::string_view kThingRelatives[] = {"which", "that"};
constexpr std::string_view kThingPossessives[] = {"its"};
// The verb whose object is a remark its subject makes ("made a remark that called …").
constexpr std::string_view kMakeVerbs[] = {"make", "makes", "made", "making"};
// Marks an infinitive, whose subject may be the main verb's object ("urged Ann Vail to make a statement").
constexpr std::string_view kInfinitiveMarkers[] = {"to"};
// Only articles and possessive determiners: "that" before a quotation is mostly a conjunction or a relative,
// "this" and "these" point at the writer's own words.
constexpr std::string_view kArticlesAndPossessives[] = {"a", "an", "the", "his", "her", "its", "their", "our"};
constexpr std::string_view kDemonstrativeSubjects[] = {"there", "this", "these", "those"};
constexpr std::string_view kSecondPerson[] = {"you", "your"};
// "ask yourself": a verb of asking turned on the reader, whose own thought follows.
constexpr std::string_view kSecondPersonReflexives[] = {"yourself", "yourselves"};
constexpr std::string_view kFirstOrSecondPerson[] = {"i", "me", "my", "we", "us", "our", "ours", "you", "your"};
constexpr std::string_view kParticipleOpeners[] = {"by",     "despite", "after", "before", "while",
                                                   "without", "since",   "when",  "upon",   "in"};
constexpr std::string_view kSubordinators[] = {"when",   "while", "after", "before",  "because", "since", "although",
                                               "though", "if",    "unless", "until", "once",    "whereas"};
constexpr std::string_view kComparisonHeads[] = {"such", "well", "same", "so", "much", "soon", "long", "far",
                                                 "just", "known", "regarded", "seen", "referred", "described"};
constexpr std::string_view kAgentPrepositions[] = {"by"};
constexpr std::string_view kSourcePrepositions[] = {"on", "in", "by"};
// Join someone unnamed or a document to the body it speaks for or comes from ("a spokeswoman for the ministry",
// "a statement from the agency", "a report by the inspector general").
constexpr std::string_view kIssuerPrepositions[] = {"for", "of", "at", "from", "by"};
// Open a clause of something happening at the same time ("as Lee spoke", "while Lee talked"), unlike a
// concession or a cause ("although Lee translated it as …"), which comments on words said elsewhere.
constexpr std::string_view kSimultaneitySubordinators[] = {"as", "while", "whilst", "when"};
// "with Ann Vail attacking the plan": the name after these is the subject of the participle that follows it.
constexpr std::string_view kAbsolutePrepositions[] = {"with", "without"};
constexpr std::string_view kObjectPrepositions[] = {"of", "at", "for", "from", "with", "in", "by", "to", "on", "about"};
constexpr std::string_view kIntroductoryPrepositions[] = {
    "in", "on", "at", "during", "after", "before", "from", "under", "following", "despite", "amid", "throughout",
    "inside", "outside", "over", "since", "with", "without", "for", "by", "through", "within", "upon", "ahead"};
// Prepositions whose object is a noun phrase, never a clause: not "to" (an infinitive's marker), "as" (a naming:
// "described the plan as …"), "like", or "after", "before" and "since", which also open clauses.
constexpr std::string_view kNounPrepositions[] = {
    "of", "in", "into", "onto", "on", "at", "for", "from", "with", "without", "by", "about", "during", "under",
    "over", "through", "throughout", "within", "inside", "outside", "amid", "despite", "toward", "towards",
    "against", "upon", "among", "via"};
// Prepositions after a reporting verb that name what the talk was about ("argued about", "clashed over"), not
// what was said: "warned of", "called for" or "spoke of" take the speaker's own words, so they are not here.
constexpr std::string_view kTopicPrepositions[] = {"about", "over", "regarding", "concerning"};
// The prepositions a comparing verb takes its second term with ("likened the plan to …", "compared it with …").
constexpr std::string_view kComparisonPrepositions[] = {"to", "with"};
// The short words title case writes in lower case (articles, conjunctions, short prepositions), beyond the
// connectors names have.
constexpr std::string_view kTitleCaseSmallWords[] = {"a",  "an", "in", "at", "to",  "by",  "with", "from",
                                                     "as", "or", "but", "nor", "into", "up", "off", "per"};
constexpr std::string_view kAdjectivalParticiples[] = {"based",      "owned",    "backed",     "listed",     "funded",
                                                       "controlled", "operated", "registered", "affiliated", "supported"};
// Passive participles that give a thing the name in marks after "as" ("known as "…"", "referred to as "…""):
// with nobody attributing it, that name is the writer's term, nobody's words.
constexpr std::string_view kPassiveNamingParticiples[] = {"known", "referred"};
constexpr std::string_view kNamingParticles[] = {"to"};  // the particle of a phrasal one ("referred to as")
// Participles that give a work its title after the work's word ("a report called "Roads to Nowhere"").
constexpr std::string_view kTitlingParticiples[] = {"called", "named"};
// Not "obtained": a paper that obtained a memo did not write it ("a recording obtained by the newspaper says").
// "sent", "wrote", "posted", "tweeted": a letter sent or a post written makes the document its sender's too.
constexpr std::string_view kReleaseVerbs[] = {"released", "issued", "published", "sent", "wrote", "posted", "tweeted"};
constexpr std::string_view kDocumentSourcePrepositions[] = {"from", "by", "of"};

constexpr std::string_view kFillers[] = {
    "has", "have", "had", "was", "were", "is", "are", "also", "then", "later", "further", "again", "previously",
    "recently", "repeatedly", "publicly", "reportedly", "would", "will", "could", "once", "earlier",
    "already", "simply", "only", "just", "even", "may", "might", "did", "does", "do", "not", "never",
    "firmly", "clearly", "flatly", "quickly", "immediately", "openly", "privately", "bluntly", "famously",
    "subsequently", "finally", "first", "told", "often", "always", "still",
    "remembered", "went", "on"};
// A time phrase of two words between a subject and its verb ("The audit last year found", "Hale this week said"):
// the word that points the time, and the unit it points at.
constexpr std::string_view kTimePointers[] = {"last", "this", "next", "that"};
constexpr std::string_view kTimeUnits[] = {"year", "week", "month", "day", "night", "morning", "afternoon",
                                           "evening", "weekend", "spring", "summer", "fall", "autumn", "winter",
                                           "decade", "season", "quarter", "term", "session"};
// Month names that are also surnames.
constexpr std::string_view kMonths[] = {"january", "february", "march", "april", "may", "june",
                                        "july", "august", "september", "october", "november", "december"};
// Day names: "On Monday Ann Vail said" opens with a time phrase before its subject.
constexpr std::string_view kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
// Nouns of a share of people, after a number: "63 percent said".
constexpr std::string_view kShareNouns[] = {"percent", "pct"};
// Words that lose their first letter to an apostrophe in informal English ('em, 'til, 'cause).
constexpr std::string_view kElisions[] = {"em", "tis", "twas", "til", "cause", "n", "round", "bout", "s"};
// The personal pronouns a speaker is resolved from, tagged with their Pronoun.
constexpr uint8_t tag(Pronoun p) { return static_cast<uint8_t>(p); }
constexpr TaggedWord kPronouns[] = {{"he", tag(Pronoun::he)}, {"she", tag(Pronoun::she)}, {"they", tag(Pronoun::they)},
                                    {"it", tag(Pronoun::it)}, {"i", tag(Pronoun::i)},     {"we", tag(Pronoun::we)}};
const WordTable pronouns = table_of(kPronouns);

}  // namespace

namespace grammar_sets {
const WordTable connectors = table_of(kConnectors);
const WordTable of = table_of(kOf);
const WordTable complementizers = table_of(kComplementizers);
const WordTable as = table_of(kAs);
const WordTable affiliation_prepositions = table_of(kAffiliationPrepositions);
const WordTable apposition_prepositions = table_of(kAppositionPrepositions);
const WordTable role_walk_ends = table_of(kRoleWalkEnds);
const WordTable passive_auxiliaries = table_of(kPassiveAuxiliaries);
const WordTable indefinite_pronouns = table_of(kIndefinitePronouns);
const WordTable coordinators = table_of(kCoordinators);
const WordTable relative_openers = table_of(kRelativeOpeners);
const WordTable articles_and_possessives = table_of(kArticlesAndPossessives);
const WordTable demonstrative_subjects = table_of(kDemonstrativeSubjects);
const WordTable second_person = table_of(kSecondPerson);
const WordTable first_or_second_person = table_of(kFirstOrSecondPerson);
const WordTable determiners = table_of(kDeterminers);
const WordTable indefinites = table_of(kIndefinite);
const WordTable definite_articles = table_of(kDefiniteArticles);
const WordTable role_walk_words = [] {
  WordTable t;
  for (std::string_view w : kOf) t.add(w, kWalkOf);
  for (std::string_view w : kDeterminers) t.add(w, kWalkDeterminer);
  for (std::string_view w : kDefiniteArticles) t.add(w, kWalkDefinite);
  for (std::string_view w : kRoleWalkEnds) t.add(w, kWalkEnd);
  return t;
}();
}  // namespace grammar_sets

namespace {

const WordTable not_name_words = table_of(kNotNames);

// "She'll", "He’s", "They're": a pronoun (at most four letters) and a contracted verb written as one word.
// Asked of every capitalized word, so only its first five bytes are looked at, without a search. Out of line
// (and the table above at namespace scope, with no guard to test): is_not_name_word, asked of some 100,000
// words on the news benchmark, then calls nothing but the table's lookup.
[[gnu::noinline]] bool contracted_pronoun(std::string_view w) {
  for (size_t k = 1; k < 5 && k + 1 < w.size(); ++k) {
    if (w[k] == '\'' || (w[k] == '\xE2' && w.substr(k, 3) == "\u2019"))
      return pronoun_of(w.substr(0, k)) != Pronoun::none;
    if (!((w[k] | 0x20) >= 'a' && (w[k] | 0x20) <= 'z')) return false;
  }
  return false;
}

}  // namespace

bool is_not_name_word(std::string_view w) {
  if (not_name_words.contains(w)) return true;
  switch (w.empty() ? 0 : w[0] | 0x20) {
    case 'h': case 'i': case 's': case 't': case 'w': break;  // he, it, she, they, we, I
    default: return false;
  }
  return contracted_pronoun(w);
}
namespace {
// At namespace scope, with no guard to test: asked of some 50,000 words each on the news benchmark.
const WordTable verb_fillers = table_of(kFillers);
}  // namespace

namespace {
// The other word sets, also at namespace scope: a function-local static tests its guard at every call.
const WordTable thing_possessive_words = table_of(kThingPossessives);
const WordTable thing_relative_words = table_of(kThingRelatives);
const WordTable second_person_reflexive_words = table_of(kSecondPersonReflexives);
const WordTable make_verb_words = table_of(kMakeVerbs);
const WordTable infinitive_marker_words = table_of(kInfinitiveMarkers);
const WordTable quantifier_words = table_of(kQuantifiers);
const WordTable noun_determiner_words = table_of(kNounDeterminers);
const WordTable auxiliary_words = table_of(kAuxiliaries);
const WordTable conjunction_words = table_of(kConjunctions);
const WordTable participle_opener_words = table_of(kParticipleOpeners);
const WordTable subordinator_words = table_of(kSubordinators);
const WordTable comparison_head_words = table_of(kComparisonHeads);
const WordTable agent_preposition_words = table_of(kAgentPrepositions);
const WordTable source_preposition_words = table_of(kSourcePrepositions);
const WordTable issuer_preposition_words = table_of(kIssuerPrepositions);
const WordTable simultaneity_subordinator_words = table_of(kSimultaneitySubordinators);
const WordTable absolute_preposition_words = table_of(kAbsolutePrepositions);
const WordTable object_preposition_words = table_of(kObjectPrepositions);
const WordTable noun_preposition_words = table_of(kNounPrepositions);
const WordTable topic_preposition_words = table_of(kTopicPrepositions);
const WordTable comparison_preposition_words = table_of(kComparisonPrepositions);
const WordTable title_case_small_word_words = table_of(kTitleCaseSmallWords);
const WordTable introductory_preposition_words = table_of(kIntroductoryPrepositions);
const WordTable adjectival_participle_words = table_of(kAdjectivalParticiples);
const WordTable release_verb_words = table_of(kReleaseVerbs);
const WordTable passive_naming_words = table_of(kPassiveNamingParticiples);
const WordTable naming_particle_words = table_of(kNamingParticles);
const WordTable titling_participle_words = table_of(kTitlingParticiples);
const WordTable document_source_preposition_words = table_of(kDocumentSourcePrepositions);
const WordTable time_pointer_words = table_of(kTimePointers);
const WordTable time_unit_words = table_of(kTimeUnits);
const WordTable month_word_words = table_of(kMonths);
const WordTable weekday_words = table_of(kWeekdays);
const WordTable share_noun_words = table_of(kShareNouns);
const WordTable elided_word_words = table_of(kElisions);
}  // namespace

bool is_thing_possessive(std::string_view w) { return thing_possessive_words.contains(w); }
bool is_thing_relative(std::string_view w) { return thing_relative_words.contains(w); }
bool is_second_person_reflexive(std::string_view w) { return second_person_reflexive_words.contains(w); }
bool is_make_verb(std::string_view w) { return make_verb_words.contains(w); }
bool is_infinitive_marker(std::string_view w) { return infinitive_marker_words.contains(w); }
bool is_quantifier(std::string_view w) { return quantifier_words.contains(w); }
bool is_noun_determiner(std::string_view w) { return noun_determiner_words.contains(w); }
bool is_auxiliary(std::string_view w) { return auxiliary_words.contains(w); }
bool is_conjunction(std::string_view w) { return conjunction_words.contains(w); }

bool is_participle_opener(std::string_view w) { return participle_opener_words.contains(w); }
bool is_subordinator(std::string_view w) { return subordinator_words.contains(w); }

bool is_comparison_head(std::string_view w) { return comparison_head_words.contains(w); }
bool is_agent_preposition(std::string_view w) { return agent_preposition_words.contains(w); }
bool is_source_preposition(std::string_view w) { return source_preposition_words.contains(w); }
bool is_issuer_preposition(std::string_view w) { return issuer_preposition_words.contains(w); }
bool is_simultaneity_subordinator(std::string_view w) { return simultaneity_subordinator_words.contains(w); }

bool is_absolute_preposition(std::string_view w) { return absolute_preposition_words.contains(w); }

bool is_object_preposition(std::string_view w) { return object_preposition_words.contains(w); }
bool is_noun_preposition(std::string_view w) { return noun_preposition_words.contains(w); }
bool is_topic_preposition(std::string_view w) { return topic_preposition_words.contains(w); }
bool is_comparison_preposition(std::string_view w) { return comparison_preposition_words.contains(w); }
bool is_title_case_small_word(std::string_view w) { return title_case_small_word_words.contains(w); }
bool is_introductory_preposition(std::string_view w) { return introductory_preposition_words.contains(w); }
bool is_adjectival_participle(std::string_view w) { return adjectival_participle_words.contains(w); }
bool is_release_verb(std::string_view w) { return release_verb_words.contains(w); }
bool is_passive_naming_participle(std::string_view w) { return passive_naming_words.contains(w); }
bool is_naming_particle(std::string_view w) { return naming_particle_words.contains(w); }
bool is_titling_participle(std::string_view w) { return titling_participle_words.contains(w); }
bool is_document_source_preposition(std::string_view w) { return document_source_preposition_words.contains(w); }
bool is_verb_filler(std::string_view w) { return verb_fillers.contains(w); }

bool is_time_pointer(std::string_view w) { return time_pointer_words.contains(w); }

bool is_time_unit(std::string_view w) { return time_unit_words.contains(w); }

bool is_adjective_shaped(std::string_view w) {
  // Endings of adjectives that modify a title; none is a past or present verb form ("-ed", "-ing", "-s").
  static constexpr std::string_view kEndings[] = {"al", "ic", "ary", "ian", "ive", "ior"};
  if (w.size() < 5) return false;  // "deal", "pal": short words with these endings are rarely adjectives
  for (auto e : kEndings)
    if (w.ends_with(e)) return true;
  return false;
}

bool is_post_nominal(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  // Written in capitals (or "PhD", "Jr"), so "Mp" or "md" in running text are not taken.
  static constexpr std::string_view kPost[] = {"KC", "QC", "MP", "MEP", "MSP", "PhD", "MD", "Jr", "Sr", "OBE",
                                               "MBE", "CBE", "KBE", "DBE", "FRS", "Esq", "III"};
  for (auto x : kPost)
    if (w == x) return true;
  return false;
}


bool is_month_word(std::string_view w) { return month_word_words.contains(w); }
bool is_weekday(std::string_view w) { return weekday_words.contains(w); }
bool is_share_noun(std::string_view w) { return share_noun_words.contains(w); }
bool is_elided_word(std::string_view w) { return elided_word_words.contains(w); }



Pronoun pronoun_of_shaped(std::string_view w) {
  // "He's claiming", "she'd said", "they'll say": the pronoun with its auxiliary run into it. Each ends in s, d
  // or l: another word is looked up as written.
  if (const char last = w.back(); last == 's' || last == 'd' || last == 'l') {
    for (std::string_view tail : {"'s", "\u2019s", "'d", "\u2019d", "'ll", "\u2019ll"})
      if (w.size() > tail.size() && w.ends_with(tail)) {
        w.remove_suffix(tail.size());
        break;
      }
  }
  return static_cast<Pronoun>(pronouns.tags(w) & ~Lexicons::kPresent);
}

namespace {
template <size_t N>
GrammarWordList list_of(std::string_view name, const std::string_view (&list)[N]) {
  return {name, {list, list + N}};
}
template <size_t N>
GrammarWordList list_of(std::string_view name, const TaggedWord (&list)[N]) {
  GrammarWordList out{name, {}};
  for (const TaggedWord& w : list) out.words.push_back(w.word);
  return out;
}
}  // namespace

std::vector<GrammarWordList> grammar_word_lists() {
  return {
      list_of("kNotNames", kNotNames),
      list_of("kConnectors", kConnectors),
      list_of("kDeterminers", kDeterminers),
      list_of("kIndefinite", kIndefinite),
      list_of("kQuantifiers", kQuantifiers),
      list_of("kNounDeterminers", kNounDeterminers),
      list_of("kAuxiliaries", kAuxiliaries),
      list_of("kConjunctions", kConjunctions),
      list_of("kDefiniteArticles", kDefiniteArticles),
      list_of("kComplementizers", kComplementizers),
      list_of("kAs", kAs),
      list_of("kOf", kOf),
      list_of("kAffiliationPrepositions", kAffiliationPrepositions),
      list_of("kAppositionPrepositions", kAppositionPrepositions),
      list_of("kRoleWalkEnds", kRoleWalkEnds),
      list_of("kPassiveAuxiliaries", kPassiveAuxiliaries),
      list_of("kIndefinitePronouns", kIndefinitePronouns),
      list_of("kCoordinators", kCoordinators),
      list_of("kRelativeOpeners", kRelativeOpeners),
      list_of("kThingRelatives", kThingRelatives),
      list_of("kThingPossessives", kThingPossessives),
      list_of("kMakeVerbs", kMakeVerbs),
      list_of("kInfinitiveMarkers", kInfinitiveMarkers),
      list_of("kArticlesAndPossessives", kArticlesAndPossessives),
      list_of("kDemonstrativeSubjects", kDemonstrativeSubjects),
      list_of("kSecondPerson", kSecondPerson),
      list_of("kFirstOrSecondPerson", kFirstOrSecondPerson),
      list_of("kParticipleOpeners", kParticipleOpeners),
      list_of("kSubordinators", kSubordinators),
      list_of("kComparisonHeads", kComparisonHeads),
      list_of("kAgentPrepositions", kAgentPrepositions),
      list_of("kSourcePrepositions", kSourcePrepositions),
      list_of("kIssuerPrepositions", kIssuerPrepositions),
      list_of("kSimultaneitySubordinators", kSimultaneitySubordinators),
      list_of("kAbsolutePrepositions", kAbsolutePrepositions),
      list_of("kObjectPrepositions", kObjectPrepositions),
      list_of("kIntroductoryPrepositions", kIntroductoryPrepositions),
      list_of("kNounPrepositions", kNounPrepositions),
      list_of("kTopicPrepositions", kTopicPrepositions),
      list_of("kComparisonPrepositions", kComparisonPrepositions),
      list_of("kTitleCaseSmallWords", kTitleCaseSmallWords),
      list_of("kAdjectivalParticiples", kAdjectivalParticiples),
      list_of("kPassiveNamingParticiples", kPassiveNamingParticiples),
      list_of("kNamingParticles", kNamingParticles),
      list_of("kTitlingParticiples", kTitlingParticiples),
      list_of("kReleaseVerbs", kReleaseVerbs),
      list_of("kDocumentSourcePrepositions", kDocumentSourcePrepositions),
      list_of("kFillers", kFillers),
      list_of("kTimePointers", kTimePointers),
      list_of("kTimeUnits", kTimeUnits),
      list_of("kMonths", kMonths),
      list_of("kWeekdays", kWeekdays),
      list_of("kShareNouns", kShareNouns),
      list_of("kElisions", kElisions),
      list_of("kPronouns", kPronouns),
  };
}

}  // namespace textchain::quotes
