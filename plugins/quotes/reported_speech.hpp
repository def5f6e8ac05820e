// Reported speech without quotation marks.
//
// Unmarked speech: a reporting clause ending in a colon, then the words spoken with no opening mark, to the
// end of the paragraph:
//     Russian Foreign Affairs spokeswoman Maria Zakharova said in remarks on Wednesday: Unlike the US
//     media, Lavrov has not conducted any negotiations ...
// Scraped text breaks such a clause over lines ending in stray colons ("said :" / "on Wednesday:" /
// "Unlike the US media :"); the speech then starts after the last of those colons. The speech may go on in
// the next paragraphs while they read as the same voice (first or second person, no marks, no cue of their
// own), at most kContinuations of them.
//
// Indirect speech (reported only with `include_indirect`): the reported clause of "X noted that …",
// "X said the …", "…, X has said.", "…, said X.", "according to X, …" and "…, according to X.".
//
// Both walk the document once; every candidate looks a bounded number of tokens either side, so the cost
// stays linear whatever the input.
#ifndef TEXTCHAIN_QUOTES_REPORTED_SPEECH_HPP
#define TEXTCHAIN_QUOTES_REPORTED_SPEECH_HPP

#include "cue_lexicon.hpp"
#include "doc_tokens.hpp"
#include "speaker_finder.hpp"

#include <vector>

namespace textchain::quotes {

struct ReportedSpan {
  size_t first = kNoToken, last = kNoToken;  // tokens of the speech, inclusive
  Attribution attribution;                   // where = before, with the mention and the cue
};

// Unmarked speech in `doc` (whose `outer` holds its quoted spans), in text order, not overlapping.
std::vector<ReportedSpan> find_unmarked_speech(const DocTokens& doc, const CueLexicon& cues);

// Indirect speech in `doc`, in text order; clauses holding a quotation are left to the quotation.
std::vector<ReportedSpan> find_indirect_speech(const DocTokens& doc, const CueLexicon& cues);

// The first token of the clause holding token `t`: after a sentence end, a line break (a line broken in
// mid-sentence does not count) or a quotation other than a short term in marks; at most `window` tokens back.
size_t clause_start_before(const DocTokens& doc, size_t t, int window);

// The outermost quoted span around the mark token `t` when it is closed and holds at most `max_words`
// words (a term or name in marks, read through as part of the sentence); nullptr otherwise.
const QuoteSpan* short_quote_at(const DocTokens& doc, size_t t, int max_words);

}  // namespace textchain::quotes

#endif
