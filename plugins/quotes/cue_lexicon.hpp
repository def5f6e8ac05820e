// Cue words: the reporting verbs and phrases that attach a quotation to its speaker ("said", "told",
// "according to", "saying"), as the engine asks about them. The words are data (lexicon/cue_verbs.txt, plus
// the `cue_verbs` option), held by Lexicons.
#ifndef TEXTCHAIN_QUOTES_CUE_LEXICON_HPP
#define TEXTCHAIN_QUOTES_CUE_LEXICON_HPP

#include "ascii_case.hpp"
#include "lexicon.hpp"

#include <cstdint>
#include <string_view>

namespace textchain::quotes {

enum class CueKind : uint8_t {
  none,
  verb,        // finite: the speaker is its subject ("Lavrov said", "said Lavrov")
  participle,  // "saying", "adding": the speaker is the subject of the clause it hangs on
  according,   // "according to X": the speaker follows
};

class CueLexicon {
 public:
  explicit CueLexicon(const Lexicons& lex) : words_(lex.cue_verbs()) {}
  // `word` as written; compared case-insensitively. Inline: asked of some 300,000 words on the news benchmark,
  // most answered by the table's length mask or sketch.
  CueKind lookup(std::string_view word) const noexcept {
    if (iequals(word, "according")) return CueKind::according;
    const uint8_t tags = words_.tags(word);  // listed(), with the one lookup
    if (tags == 0 || (tags & Lexicons::kAsOnly)) return CueKind::none;
    return tags & Lexicons::kParticiple ? CueKind::participle : CueKind::verb;
  }
  // Listed as a cue verb or participle ("said", "adding"): a word that reports only in an "as" clause is no
  // cue, and the built-in "according" is not listed.
  bool listed(std::string_view word) const noexcept {
    const uint8_t tags = words_.tags(word);
    return tags != 0 && !(tags & Lexicons::kAsOnly);
  }
  // "…," she added: the speaker before goes on.
  bool continuing(std::string_view word) const noexcept { return (words_.tags(word) & Lexicons::kContinuing) != 0; }
  // "told the BBC", "tells reporters": takes its listener as object, so a name or a noun phrase after it is
  // no new subject.
  bool takes_listener(std::string_view word) const noexcept { return (words_.tags(word) & Lexicons::kListener) != 0; }
  // "He said the plan …": a reported clause may follow without "that".
  bool takes_bare_clause(std::string_view word) const noexcept { return (words_.tags(word) & Lexicons::kBare) != 0; }
  // "called the plan …", "dubbed him …": what follows names what the speaker said.
  bool naming(std::string_view word) const noexcept { return (words_.tags(word) & Lexicons::kNaming) != 0; }
  // "…," as the memo put it / as Lee wrote: the verb of an "as" clause reporting the quotation (every finite
  // cue, and the words that report only there).
  bool reports_in_as_clause(std::string_view word) const noexcept {
    return (words_.tags(word) & Lexicons::kAsOnly) != 0 || lookup(word) == CueKind::verb;
  }

 private:
  const WordTable& words_;
};

}  // namespace textchain::quotes

#endif
