// The dates engine: finds and normalizes every temporal expression of a text. Usable without the host.
#ifndef TEXTCHAIN_DATES_TAGGER_HPP
#define TEXTCHAIN_DATES_TAGGER_HPP

#include "calendar.hpp"
#include "lead_words.hpp"
#include "normalizer.hpp"
#include "rule.hpp"
#include "sentence_bounds.hpp"
#include "timex.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace textchain::dates {

struct TaggerOptions {
  Anchor document_date;          // fixed anchor; unknown = "auto"
  Prefer prefer = Prefer::past;  // direction for weekdays and months when the sentence has no tense cue
  bool day_first = false;        // 03/04/2025 is 3 April
  uint8_t types = 0xF;           // bit per TimexType to emit
  // The rule tables and extra words: the built-in ones, or those plus a user's file (rule_file.hpp).
  std::shared_ptr<const RuleSet> rules = RuleSet::builtin();
  // The scan passes over "the company" and the like itself (LeadWords); off only to check that it finds the
  // same expressions as the tagger's own test of each such pair.
  bool scan_passes_leads = true;
};

// Parses the `document_date` option: "auto" (or empty) or YYYY-MM-DD[THH:MM[:SS]]. Throws
// std::invalid_argument on anything else.
Anchor parse_document_date_option(std::string_view s);
// Parses the `types` list (DATE, TIME, DURATION, SET; any case). Throws std::invalid_argument.
uint8_t parse_types_option(const std::vector<std::string>& types);

class Tagger {
 public:
  explicit Tagger(TaggerOptions options);
  // `record_date`: the document's date from the record or --date ("" when none). `sentences`: the host's
  // sentences of `text` (the plugin passes the document's); without them the tense look-back falls back
  // to Grammar's standalone sentence finder.
  std::vector<Timex> tag(std::string_view text, std::string_view record_date = {},
                         const SentenceBounds& sentences = SentenceBounds()) const;
  // The same, appending to `out` (cleared first) so callers can reuse its capacity.
  void tag(std::string_view text, std::string_view record_date, std::vector<Timex>& out,
           const SentenceBounds& sentences = SentenceBounds()) const;
  // The same with the anchor given: anchor_for(text, record_date)'s, which a caller that needs the anchor too
  // (the plugin: a dateline found becomes the document's date) finds once for both (the dateline is read whole,
  // which costs a short text as much as tagging it).
  void tag_anchored(std::string_view text, const Anchor& anchor, std::vector<Timex>& out,
                    const SentenceBounds& sentences = SentenceBounds()) const;
  // The anchor `tag` uses for this text.
  Anchor anchor_for(std::string_view text, std::string_view record_date) const noexcept;

 private:
  TaggerOptions opt_;
  // The words the scan reads whole: the grammar's trigger words and the rules' first words, by shape; every
  // word when a user's rule file adds words of its own (their shapes are not kept).
  WordShapes candidate_shapes_;
  bool every_word_ = false;
  // The words Grammar::needs_known_word_after holds (and that may start an expression), of the built-in
  // lexicon: the scan passes over them with an unknown word after them. Empty when a user's words or
  // every_word_ make such a pair worth reading.
  LeadWords leads_;
};

}  // namespace textchain::dates

#endif
