// Grammar words that shape how people and organizations are named in news: capitalized words that are not
// names (sentence openers, weekdays, months), connectors inside names, determiners, pronouns, post-nominal
// letters. These are closed classes; the open word lists (titles, organisation nouns, given names, cue
// verbs and nouns) are data, in lexicon.hpp.
#ifndef TEXTCHAIN_QUOTES_NAME_LEXICON_HPP
#define TEXTCHAIN_QUOTES_NAME_LEXICON_HPP

#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon.hpp"

namespace textchain::quotes {

// The word sets asked of most words, built with the plugin's static objects (name_lexicon.cpp) so that asking
// one is inline, a word of a length or with letters no word of the set has answered without a call or a
// hash. Nothing asks them before the plugin's static objects are built: no static object of the plugin does.
namespace grammar_sets {
extern const WordTable connectors, of, complementizers, as, affiliation_prepositions, apposition_prepositions,
    role_walk_ends, passive_auxiliaries, indefinite_pronouns, coordinators, relative_openers,
    articles_and_possessives, demonstrative_subjects, second_person, first_or_second_person, determiners, indefinites,
    definite_articles;
// The words a walk over the role words after a reporting verb stops or turns at (mention_starting_at), tagged
// with the sets they come from, so that a word is looked up once: of (kWalkOf), determiners (kWalkDeterminer),
// "the" (kWalkDefinite) and the walk's ends (kWalkEnd: is_role_walk_end).
extern const WordTable role_walk_words;
enum : uint8_t { kWalkOf = 1, kWalkDeterminer = 2, kWalkDefinite = 4, kWalkEnd = 8 };
// The connectors' tags. kWithinName: stays inside one name (all but "and", which joins two: "Ann Lee and Tom
// Hale"). kPlace: makes the name a place's or an event's ("Tour of the Lakes"). kOrganisation: joins an
// organisation word to the words after it in one name ("Department of Justice").
enum : uint8_t { kWithinName = 1, kPlace = 2, kOrganisation = 4 };
}  // namespace grammar_sets

bool is_not_name_word(std::string_view w);     // capitalized but not a name: "The", "Monday", "However"
// Lower-case words inside names: "of", "de", "van", "&".
inline bool is_name_connector(std::string_view w) noexcept { return grammar_sets::connectors.contains(w); }
// The connectors that keep a run of capitalized words one name ("Bank of America", "Marks & Spencer"): all but
// "and", which joins two names ("Ann Lee and Tom Hale").
inline bool is_connector_within_name(std::string_view w) noexcept {
  return (grammar_sets::connectors.tags(w) & grammar_sets::kWithinName) != 0;
}
// Connectors that make a name a place's or an event's ("Tour of the Lakes", "Festival on the Green"): of, the,
// for, on, &.
inline bool is_place_connector(std::string_view w) noexcept {
  return (grammar_sets::connectors.tags(w) & grammar_sets::kPlace) != 0;
}
// Connectors that join an organisation word to the capitalized words after it, all one organisation's name
// ("Department of Justice", "Center for Policy Studies"): of, for.
inline bool is_organisation_connector(std::string_view w) noexcept {
  return (grammar_sets::connectors.tags(w) & grammar_sets::kOrganisation) != 0;
}
// "of": joins a role to what it is the role of ("the secretary of the union").
inline bool is_of(std::string_view w) noexcept { return grammar_sets::of.contains(w); }
// Join a person's name or title to the organisation they work or speak for: "Lena Hart of Westfield
// University", "Director at Acme Research", "Ann Roe for Westfield Polling" (of, from, at, for).
inline bool is_affiliation_preposition(std::string_view w) noexcept {
  return grammar_sets::affiliation_prepositions.contains(w);
}
// Join a name to the role words that describe it, in apposition: "Lena Hart of Westfield Partners", "Ann Roe
// from the union" (of, from).
inline bool is_apposition_preposition(std::string_view w) noexcept {
  return grammar_sets::apposition_prepositions.contains(w);
}
// End a walk over the role words before a name: a reported clause ("that"), a place or a time ("in", "on").
inline bool is_role_walk_end(std::string_view w) noexcept { return grammar_sets::role_walk_ends.contains(w); }
// A form of "be" (is, was, been, being ...): before a past form it makes a passive ("was called"), before a
// participle a progressive ("is describing").
inline bool is_passive_auxiliary(std::string_view w) noexcept {
  return grammar_sets::passive_auxiliaries.contains(w);
}
// Someone, anybody, people, insiders: subjects that name nobody.
inline bool is_indefinite_pronoun(std::string_view w) noexcept {
  return grammar_sets::indefinite_pronouns.contains(w);
}
// And, but, or: join two clauses or two verbs.
inline bool is_coordinator(std::string_view w) noexcept { return grammar_sets::coordinators.contains(w); }
// Who, that: open a relative clause about what stands before.
inline bool is_relative_opener(std::string_view w) noexcept { return grammar_sets::relative_openers.contains(w); }
// Which, that: the relatives that stand for a body, a thing or a document, not a person.
bool is_thing_relative(std::string_view w);
bool is_thing_possessive(std::string_view w);  // its: "the memo … for its claim that …"
bool is_second_person_reflexive(std::string_view w);  // yourself, yourselves: "ask yourself"

bool is_make_verb(std::string_view w);          // make, made: "made a remark that …"
bool is_infinitive_marker(std::string_view w);  // to
// Articles and possessive determiners (a, the, his, their ...), not demonstratives: a quoted term right
// after one is used as a name or a modifier ("the "Lion" release").
inline bool is_article_or_possessive(std::string_view w) noexcept {
  return grammar_sets::articles_and_possessives.contains(w);
}
// A clause's subject that opens it without being a name: there, this, these, those.
inline bool is_demonstrative_subject(std::string_view w) noexcept {
  return grammar_sets::demonstrative_subjects.contains(w);
}
// You, your: a question with one is put to someone.
inline bool is_second_person(std::string_view w) noexcept { return grammar_sets::second_person.contains(w); }
// I, me, my, we, us, our, ours, you, your.
inline bool is_first_or_second_person(std::string_view w) noexcept {
  return grammar_sets::first_or_second_person.contains(w);
}
// the, a, an, its, his, her, their: inline, asked of every word a speaker search walks.
inline bool is_determiner(std::string_view w) noexcept { return grammar_sets::determiners.contains(w); }
inline bool is_indefinite(std::string_view w) noexcept { return grammar_sets::indefinites.contains(w); }  // a, an, one, some, another
bool is_quantifier(std::string_view w);        // many, most, several, few, all, both, these, those ...
// Words after which a cue word is a noun, not a verb: articles, possessive and demonstrative determiners ("the
// claims", "his remarks", "such attacks"); not "some", "many" or "that", which may be a verb's subject ("some
// say") or open a clause ("a report that claims").
bool is_noun_determiner(std::string_view w);
// Auxiliaries and modals that open a clause's verb ("was", "has", "would"): a name before one is that clause's
// subject ("said Tom Hale was …"), not an inverted subject.
bool is_auxiliary(std::string_view w);
bool is_conjunction(std::string_view w);       // and, or: joins two names ("Ann Lee and Tom Hale")
inline bool is_definite_article(std::string_view w) noexcept { return grammar_sets::definite_articles.contains(w); }  // the
// that: opens a reported clause ("suggests that ...")
inline bool is_complementizer(std::string_view w) noexcept { return grammar_sets::complementizers.contains(w); }
// as: opens an "as" clause ("as Lee wrote")
inline bool is_as(std::string_view w) noexcept { return grammar_sets::as.contains(w); }
// Opens an adverbial clause ("when Lee criticised him", "after Lee spoke"): its verb tells a time or a
// cause, not who said a quotation before it.
bool is_subordinator(std::string_view w);
// Opens a clause of what happens at the same time: "as Lee spoke", "while Lee talked" (not "although", "because").
bool is_simultaneity_subordinator(std::string_view w);
// Takes a participle that hangs on the main clause's subject: "began by saying", "despite admitting".
bool is_participle_opener(std::string_view w);
// The word before an "as" that makes it a comparison, a list or a passive naming ("such as", "as well as", "known
// as", "seen as"), not an active verb's characterization of its object ("admires Lee as …").
bool is_comparison_head(std::string_view w);
// The preposition before a passive's agent: "led by Ann Lee", "as reported by the board".
bool is_agent_preposition(std::string_view w);
// Prepositions naming where a passive's source is: "as stated on the website / in the memo / by the board".
bool is_source_preposition(std::string_view w);
bool is_issuer_preposition(std::string_view w);  // "a spokeswoman for", "a statement from": the body after it speaks
// Prepositions that make the name after them an object ("the analyst at Brook Capital said", "the governor of
// the Northern Province remarked"): such a name is not the subject of the verb that follows it.
bool is_object_preposition(std::string_view w);
// Prepositions that open an absolute construction ("with Ann Vail attacking the plan"): their object may be a
// participle's subject.
bool is_absolute_preposition(std::string_view w);
// Prepositions that open a sentence with an introductory phrase set off by a comma ("In a statement released by
// Tom Hale's office late on Friday, the senator said"): what stands before that comma is no subject.
bool is_introductory_preposition(std::string_view w);
// Prepositions that take only a noun phrase ("a demand for", "the hosts of", "into"), never a clause: a quotation
// right after one is a phrase of the writer's sentence.
bool is_noun_preposition(std::string_view w);
// Prepositions after a reporting verb that name the topic of the talk ("argued about the "sidewalk tax""): a
// definite phrase in marks after one is the writer's term, not a partial quotation.
bool is_topic_preposition(std::string_view w);
// The preposition of a comparison's second term: "compared it to …", "likened him with …".
bool is_comparison_preposition(std::string_view w);
// Short words a title-case heading leaves in lower case besides the name connectors: "a", "in", "to", "with".
bool is_title_case_small_word(std::string_view w);
// Participles that make a name an adjective ("the Detroit based automaker"): not the verb of a clause.
bool is_adjectival_participle(std::string_view w);
// A document named with its source after it: "a statement released by the committee", "emails published by".
bool is_release_verb(std::string_view w);
// "known", "referred": a passive naming before "as" ("known as "…"", "referred to as "…"").
bool is_passive_naming_participle(std::string_view w);
bool is_naming_particle(std::string_view w);  // "to" in "referred to as"
// "called", "named" right after a work's word: they give its title ("a report called "…"").
bool is_titling_participle(std::string_view w);
bool is_document_source_preposition(std::string_view w);  // from, by, of: "a statement from the commission"
// Ends with a possessive "'s" or "’s": "NBC's", "Ann Lee’s".
inline bool is_possessive(std::string_view w) { return w.ends_with("'s") || w.ends_with("\u2019s"); }
// Words that may stand between a subject and its reporting verb: "has also said", "later told".
bool is_verb_filler(std::string_view w);
// A two-word time phrase between a subject and its verb: a pointer ("last", "this") and a unit ("year", "week").
bool is_time_pointer(std::string_view w);
bool is_time_unit(std::string_view w);

// A lower-case word with an adjective's ending ("presidential", "economic", "parliamentary", "executive"):
// may modify a title before a name ("Democratic presidential nominee Ann Vail"); a verb ("praised") does not.
bool is_adjective_shaped(std::string_view w);

// Words written with a full stop after them that does not end a sentence: "Mr.", "Sen.", "Inc.", "U.S.".

// Letters after a person's name that are not part of it: "Ann Lee KC", "Tom Hale MP", "Ben Ross Jr".
bool is_post_nominal(std::string_view w);  // case-sensitive capitals, a trailing dot ignored
// Month names that are also surnames ("Judge Carol May", "Tom August").
bool is_month_word(std::string_view w);
bool is_weekday(std::string_view w);  // "monday" … "sunday"
// A share of people after a number, which may be a verb's subject: "63 percent said" (percent, pct).
bool is_share_noun(std::string_view w);
// Words that lose their first letter to an apostrophe in informal English: "em", "til", "cause" ('em, 'til).
bool is_elided_word(std::string_view w);

enum class Pronoun { none, he, she, they, it, i, we };
// pronoun_of for a word that may be one: of one to nine bytes (a pronoun of at most four and a contracted verb of at
// most five: "they\u2019ll"), starting with h, s, t, i or w in either case.
Pronoun pronoun_of_shaped(std::string_view w);
// Asked of most words the speaker search walks, nearly all of them no pronoun: inline, those of another length
// or first letter answered without a call.
[[gnu::always_inline]] inline Pronoun pronoun_of(std::string_view w) {
  if (w.empty() || w.size() > 9) return Pronoun::none;
  switch (w[0] | 0x20) {
    case 'h': case 's': case 't': case 'i': case 'w': return pronoun_of_shaped(w);
    default: return Pronoun::none;
  }
}

// Every word set of name_lexicon.cpp by name, with its words as listed: for the test that each holds a word
// once and in lower case.
struct GrammarWordList {
  std::string_view name;
  std::vector<std::string_view> words;
};
std::vector<GrammarWordList> grammar_word_lists();

}  // namespace textchain::quotes

#endif
