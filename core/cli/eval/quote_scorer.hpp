// Scoring quotation extraction against hand-made gold (the `quote` part of `textchain eval`).
//
// Definitions (shared with the issue tracker and the dev-set README):
// - A system quote matches a gold quote when their overlap is at least half the longer of the two spans.
//   Matching is one-to-one, best overlap first.
// - Gold that counts: kinds direct, partial and unmarked, plus indirect when the system reports indirect
//   quotes at all. Gold with `required: false`, and gold of a kind that does not count, counts neither way:
//   a system quote matching it is neither a hit nor a false positive.
// - An unmatched system quote that overlaps a gold `scare` span or a `not_quotes` span counts neither way,
//   unless it names a speaker: then it is a false positive (a term in the writer's voice attributed to
//   someone).
// - Speaker accuracy is over matched quotes. Names are compared as normalised word lists (the rule of
//   the polnear-dev README, which the held-out measurement uses): NFKC-style compatibility folding and
//   casefolding, possessive 's and punctuation removed, the honorifics Mr, Mrs, Ms, Miss, Mx, Dr, Prof,
//   Professor, Sir, Dame, Lord, Lady, Rev, Reverend and the words the, a, an dropped wherever they stand,
//   one-letter middle initials dropped. Two lists match when equal, when the shorter is a suffix of the
//   longer, or when the shorter is a subsequence of the longer ending with the same last word (the
//   surname). A lone pronoun never matches. A gold quote with no accepted speaker is right only when the
//   system reports no speaker.
// - End to end: a hit whose speaker is right.
#ifndef TEXTCHAIN_EVAL_QUOTE_SCORER_HPP
#define TEXTCHAIN_EVAL_QUOTE_SCORER_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace textchain::eval {

struct GoldQuote {
  size_t begin = 0, end = 0;
  std::string kind;                   // direct, partial, unmarked, indirect, scare
  std::vector<std::string> speakers;  // accepted names, fullest first; empty: nobody named
  std::optional<std::string> cue;
  bool required = true;
};

struct GoldSpan {
  size_t begin = 0, end = 0;
  std::string why;
};

struct GoldQuoteDoc {
  std::string id;
  std::string text;  // optional; used only to show spans in error lists
  std::vector<GoldQuote> quotes;
  std::vector<GoldSpan> not_quotes;
};

struct SystemQuote {
  size_t begin = 0, end = 0;
  std::string kind;
  std::optional<std::string> speaker;
  std::optional<std::string> cue;
};

struct SystemQuoteDoc {
  std::string id;
  std::vector<SystemQuote> quotes;
};

struct QuoteError {
  enum class What { miss, false_positive, wrong_speaker };
  What what = What::miss;
  std::string doc_id;
  size_t begin = 0, end = 0;   // the gold span for miss / wrong_speaker, the system span for false_positive
  std::string text;            // that span's text when the gold doc has text
  std::string expected;        // accepted speakers joined with " | " ("(none)" when empty)
  std::string got;             // the system speaker ("(null)" when none)
};

struct QuoteScores {
  size_t gold = 0;           // counted gold quotes
  size_t system = 0;         // system quotes that count (hits + false positives)
  size_t matched = 0;        // hits
  size_t false_positives = 0;
  size_t ignored = 0;        // system quotes that counted neither way
  size_t speaker_right = 0;  // hits with the right speaker

  double precision() const noexcept { return system ? double(matched) / double(system) : 0.0; }
  double recall() const noexcept { return gold ? double(matched) / double(gold) : 0.0; }
  double f1() const noexcept {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  double speaker_accuracy() const noexcept { return matched ? double(speaker_right) / double(matched) : 0.0; }
  double e2e_precision() const noexcept { return system ? double(speaker_right) / double(system) : 0.0; }
  double e2e_recall() const noexcept { return gold ? double(speaker_right) / double(gold) : 0.0; }
  double e2e_f1() const noexcept {
    const double p = e2e_precision(), r = e2e_recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }

  std::vector<QuoteError> errors;
};

struct QuoteScoreOptions {
  // nullopt: count gold `indirect` quotes exactly when some system quote has kind "indirect".
  std::optional<bool> count_indirect;
  double min_overlap = 0.5;
};

// The normalised word list of a name (the form names are compared in), joined by single spaces.
// Folding covers what speaker names are written in: compatibility forms (full-width letters, ligatures,
// no-break spaces) and the case pairs of Latin (ASCII, Latin-1, Latin Extended-A), Greek and Cyrillic;
// other scripts are compared as written.
std::string normalize_speaker_name(std::string_view name);
// True when `system_name` matches `accepted` under the rule above.
bool speaker_name_matches(std::string_view system_name, std::string_view accepted);
// Overlap of [b1,e1) and [b2,e2) divided by the longer span's length (0 when either is empty).
double overlap_of_longer(size_t b1, size_t e1, size_t b2, size_t e2) noexcept;

// Scores documents paired by id (system documents missing from gold are ignored; gold documents missing
// from the system output count as documents with no quotes).
QuoteScores score_quotes(const std::vector<GoldQuoteDoc>& gold, const std::vector<SystemQuoteDoc>& system,
                         const QuoteScoreOptions& options = {});

}  // namespace textchain::eval

#endif
