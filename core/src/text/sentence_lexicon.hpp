// The word lists the sentence splitter consults: abbreviations that a period does not end a sentence
// after, and the function words a heading never ends with.
#ifndef TEXTCHAIN_TEXT_SENTENCE_LEXICON_HPP
#define TEXTCHAIN_TEXT_SENTENCE_LEXICON_HPP

#include <array>
#include <cstddef>
#include <cstdint>
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

// False when abbreviation_kind(word) is surely kNone and `word` is not a single non-ASCII character (which
// token_flags.hpp reads as an initial): most words are turned away by one bit of a filter over the lists,
// inline, before the lookup. The tokenizer asks it for every word followed by a period.
inline bool may_be_abbreviation(std::string_view word) noexcept;

// Articles, prepositions and conjunctions: a line ending with one is a broken line, not a heading.
bool is_function_word(std::string_view word);

namespace detail {
// A bit per (length, first byte, last byte) bucket of the listed abbreviations (sentence_lexicon.cpp).
inline constexpr size_t kListedFilterBits = 512;
// No listed abbreviation is longer (checked when the filter is built), so longer words skip the filter.
inline constexpr size_t kMaxListedBytes = 8;
constexpr size_t listed_bucket(std::string_view w) noexcept {
  return (static_cast<unsigned char>(w.front()) * 7u + static_cast<unsigned char>(w.back()) * 3u + w.size() * 29u) %
         kListedFilterBits;
}
extern const std::array<uint64_t, kListedFilterBits / 64> kListedFilter;
}  // namespace detail

inline bool may_be_abbreviation(std::string_view word) noexcept {
  if (word.empty() || word.size() > detail::kMaxListedBytes) return false;  // no listed word and no character is longer
  // A single character: an initial; a period second: dotted initials ("U.S"); non-ASCII: maybe one character.
  if (word.size() == 1 || word[1] == '.' || static_cast<unsigned char>(word[0]) >= 0x80) return true;
  const size_t b = detail::listed_bucket(word);
  return (detail::kListedFilter[b / 64] >> (b % 64)) & 1u;
}

}  // namespace textchain::text

#endif
