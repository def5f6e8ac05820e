// The quote engine: quotation marks paired, each quotation classified (direct, partial), attributed to a
// speaker and reported by the speaker's fullest name; speech without marks added (unmarked, and indirect
// when asked for). Independent of the host: it reads text, tokens and
// sentences and returns plain structs, so it is tested and benchmarked on its own.
#ifndef TEXTCHAIN_QUOTES_QUOTE_EXTRACTOR_HPP
#define TEXTCHAIN_QUOTES_QUOTE_EXTRACTOR_HPP

#include "cue_lexicon.hpp"
#include "found_quotes.hpp"
#include "lexicon.hpp"
#include "quote_marks.hpp"

#include <textchain/abi.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace textchain::quotes {

struct DocTokens;
class MentionResolver;
struct ReportedSpan;

struct ExtractOptions {
  MarkSet marks = MarkSet::all();
  bool include_indirect = false;
  int min_quote_words = 1;
  // A quotation inside a quotation (a sentence the one quoted quotes) as an annotation of its own. Off by
  // default: its words are already the outer quotation's, and PolNeAR's gold (the political news issue 16
  // measures on) counts only the outer one.
  bool include_nested = false;
  LexiconExtras lexicon_extras;  // words added to the built-in lexicons
};

struct FoundQuote {
  uint32_t begin = 0, end = 0;    // bytes, marks included
  std::string_view kind;          // direct, partial, unmarked, indirect (a string literal)
  std::optional<std::string> speaker;           // canonical: the fullest name the document gives the entity
  uint32_t speaker_begin = 0, speaker_end = 0;  // the mention the attribution used ("she"), valid with a speaker
  // How the speaker was found (valid with a speaker): "cue" (a reporting verb or "according to" names them),
  // "pronoun" (a cue's subject is a pronoun, resolved), "source" (a report or statement speaks), "colon"
  // ("Name: "…"", or the marks inside a transcript turn ""NAME: … "…" …""), "signature" (""…" — Name"), "apposition" (""…" Name, a
  // role."), "continuation" (the previous speaker goes on), "narration" (the subject of the short sentence
  // before: "Holt shrugged."), "previous_sentence" (the reporting verb of the sentence before), "interview" (an
  // answer in a Q&A), "headline" (a title-case headline's "Name:", or its name and reporting verb: "Ann Vail
  // Calls Tom Hale 'A Fraud'").
  const char* speaker_method = nullptr;
  // The cue as written: a view of the text given to extract(), valid while it is. A view, not a copy, like
  // `kind` (the engine keeps it as its offsets: found_quotes.hpp).
  std::optional<std::string_view> cue;
};

class QuoteExtractor {
 public:
  explicit QuoteExtractor(ExtractOptions options = {});
  // Reads the host's compact tokens (ABI 1.2, white space left out), as the plugin gets them. The quotations
  // kept compactly, as the plugin reads them (found_quotes.hpp: a dense document holds them all at once).
  FoundQuotes find(std::string_view text, const CompactTokenView& tokens, std::span<const tc_sentence> sentences) const;
  // Whether find() may find anything in `text`, told from its bytes alone: false when it holds no quotation mark
  // and no colon (unmarked speech follows one) and indirect speech is not asked for, where find() returns no
  // quotation. The plugin asks it before the host's tokens and sentences, which such a text (most tweets) then
  // never needs.
  bool may_find(std::string_view text) const noexcept;
  // The word lists in use: Lexicons::builtin() itself unless the options add words.
  const Lexicons& lexicons() const noexcept { return *lex_; }
  // The same as FoundQuotes.
  std::vector<FoundQuote> extract(std::string_view text, const CompactTokenView& tokens,
                                  std::span<const tc_sentence> sentences) const {
    return find(text, tokens, sentences).to_vector();
  }
  // The same from the 12-byte tokens (white space included), made compact first: for tests and tools that
  // tokenize themselves.
  std::vector<FoundQuote> extract(std::string_view text, std::span<const tc_token> tokens,
                                  std::span<const tc_sentence> sentences) const;

 private:
  // Reports the speech without marks found before (`unmarked`, and `indirect` when asked for), in text order.
  void add_reported_speech(const DocTokens& d, MentionResolver& resolver, std::span<const ReportedSpan> unmarked,
                           std::span<const ReportedSpan> indirect, FoundQuotes& out) const;
  ExtractOptions options_;
  std::shared_ptr<const Lexicons> lex_;  // the built-in lexicons shared when the options add no word
  CueLexicon cues_;  // reads *lex_
};

}  // namespace textchain::quotes

#endif
