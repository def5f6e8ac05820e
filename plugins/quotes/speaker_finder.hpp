// Finding who a quotation is attributed to: the cue (reporting verb or phrase) and the mention of the
// speaker it attaches, in every order news writes them:
//   "…," she noted.          "…," said Lavrov.          Lavrov said: "…"        Lavrov said that "…"
//   X, who …, said "…"       according to X, "…"        X told reporters "…"    …, saying "…"
//   Bill Bodie: "…"          (a colon attribution, no cue)
// Attribution never crosses a line break or another quotation, and looks a bounded number of tokens
// either side, so its cost per quotation is constant.
#ifndef TEXTCHAIN_QUOTES_SPEAKER_FINDER_HPP
#define TEXTCHAIN_QUOTES_SPEAKER_FINDER_HPP

#include "cue_lexicon.hpp"
#include "doc_tokens.hpp"
#include "mention_resolver.hpp"

namespace textchain::quotes {

struct Attribution {
  enum class Where : uint8_t { none, after, before, colon };
  Where where = Where::none;
  Mention mention;
  size_t cue = kNoToken;  // the cue's first token
  size_t cue_last = kNoToken;
  bool adjacent = false;  // the cue phrase introduces the quotation directly ("said:", "said that")
  int distance = 0;       // tokens between the cue and the quotation
  bool weak = false;      // guessed from the sentence's subject, not tied to the cue
  const char* how = nullptr;  // how it was found when no cue ties it: "signature" (— Name), "apposition"
  // The mention is the first of the cue's clause, not the verb's own subject ("Ann Vail spoke on Monday, arguing
  // that …", "… and calls rivals …"): a capitalized word opening the clause may be no name at all ("Feeds on …").
  bool from_clause_start = false;
  // The subject of a clause of its own between the cue and the quotation ("…, and as Hale went on about "…"").
  bool intervening = false;
  // The quotation is words a verb of using words takes as its object ("Hale used the phrase "…""): the speaker's
  // own words whatever their case, as after a naming verb.
  bool wording = false;
};

// The cue starting at token `k` ("said", "saying", "according to"), with its last token in `*last`;
// capitalized verbs are names ("United States"), except sentence-initial participles and "According".
CueKind cue_of(const DocTokens& doc, const CueLexicon& cues, size_t k, size_t* last);

// Who speaks through the cue [cue, cue_last] of kind `ck` in a clause starting at token `window_start`:
// the verb's subject ("Zakharova noted"), an inverted subject before token `limit` ("said Lavrov"), the
// subject a participle hangs on, or the one "according to" names. `where` is before; `weak` when only
// guessed from the clause's first mention.
Attribution speaker_of_cue(const DocTokens& doc, const CueLexicon& cues, size_t cue, size_t cue_last, CueKind ck,
                           size_t window_start, size_t limit);

// The attribution of the quotation `q` (an outermost span of `doc`), or Where::none.
Attribution find_attribution(const DocTokens& doc, const CueLexicon& cues, const QuoteSpan& q);

// For a quotation that opens a sentence with no attribution of its own: the speaker of the reporting verb
// in the sentence just before ("chairman Olaf Brandt denied the report. "We do not rule out …"").
Attribution previous_sentence_attribution(const DocTokens& doc, const CueLexicon& cues, const QuoteSpan& q);

// The first of two names coordinated as a verb's subject, when `subject` (a name) is the second: "Ann Vail and
// Tom Hale call it …" gives "Ann Vail"; none when the pair does not open the sentence or the first is no name.
Mention coordinated_subject(const DocTokens& doc, const Mention& subject);

}  // namespace textchain::quotes

#endif
