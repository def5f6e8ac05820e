// Words that shape how people and organizations are named in news: titles and roles that precede a name
// ("Foreign Minister", "spokeswoman", "CEO"), words that mark an organization ("Ministry", "Inc.",
// "Airlines"), capitalized words that are not names (sentence openers, weekdays, months), pronouns, and
// the head nouns of descriptions that stand for a speaker ("the company", "the spokeswoman").
#ifndef TEXTCHAIN_QUOTES_NAME_LEXICON_HPP
#define TEXTCHAIN_QUOTES_NAME_LEXICON_HPP

#include <cstdint>
#include <string_view>

namespace textchain::quotes {

bool is_title_word(std::string_view w);        // case-insensitive
bool is_org_word(std::string_view w);          // case-insensitive
bool is_not_name_word(std::string_view w);     // capitalized but not a name: "The", "Monday", "However"
bool is_name_connector(std::string_view w);    // lower-case words inside names: "of", "de", "van", "&"
bool is_person_noun(std::string_view w);       // heads of descriptions of people: spokeswoman, analyst
bool is_org_noun(std::string_view w);          // heads of descriptions of organizations: company, ministry
bool is_determiner(std::string_view w);        // the, a, an, its, his, her, their
bool is_indefinite(std::string_view w);        // a, an, one, some, another
// Words that may stand between a subject and its reporting verb: "has also said", "later told".
bool is_verb_filler(std::string_view w);

// Letters after a person's name that are not part of it: "Ann Lee KC", "Tom Hale MP", "Ben Ross Jr".
bool is_post_nominal(std::string_view w);  // case-sensitive capitals, a trailing dot ignored
// Month names that are also surnames ("Judge Carol May", "Tom August").
bool is_month_word(std::string_view w);
// A written thing that speaks for its owner ("the company's statement said", "the ministry's website").
bool is_document_noun(std::string_view w);

enum class Pronoun { none, he, she, they, it, i, we };
Pronoun pronoun_of(std::string_view w);

// Grammatical gender, for matching "he"/"she" to a name: from a common given name ("Maria", "Steve") or a
// gendered title or role word ("Mr", "Mrs", "spokeswoman"). Unknown for everything else, which stays
// compatible with both pronouns.
enum class Gender : uint8_t { unknown, male, female };
Gender gender_of_given_name(std::string_view w);  // case-insensitive
Gender gender_of_title(std::string_view w);       // case-insensitive, a trailing dot ignored

}  // namespace textchain::quotes

#endif
