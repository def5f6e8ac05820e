// The word lists the sentence splitter consults: abbreviations that a period does not end a sentence
// after, and the function words a heading never ends with.
#ifndef TEXTCHAIN_TEXT_SENTENCE_LEXICON_HPP
#define TEXTCHAIN_TEXT_SENTENCE_LEXICON_HPP

#include <string_view>

namespace textchain::text {

enum class Abbreviation {
  kNone,
  kNeverFinal,    // titles, months, "vs", initials, dotted forms like U.S: the sentence goes on
  kMaybeFinal,    // "Inc.", "etc.", "p.m.": the sentence ends when a capitalized word follows
  kBeforeNumber,  // "No.", "Vol.": an abbreviation only when a number follows
};

// `word` is the word token just before a period, without the period ("Mr", "U.S", "J").
Abbreviation abbreviation_kind(std::string_view word);

// Articles, prepositions and conjunctions: a line ending with one is a broken line, not a heading.
bool is_function_word(std::string_view word);

}  // namespace textchain::text

#endif
