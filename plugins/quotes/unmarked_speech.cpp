#include "reported_speech.hpp"

#include "name_lexicon.hpp"

namespace textchain::quotes {
namespace {

constexpr int kIntroTokens = 24;     // from the cue to its colon ("said in remarks to … on Wednesday:")
constexpr int kChainTokens = 40;     // a scraped introduction broken over lines ending in colons
constexpr int kSpeechTokens = 600;   // the longest unmarked speech reported
constexpr int kContinuations = 2;    // paragraphs after the first that may go on with the speech
constexpr int kClauseWindow = 60;
constexpr int kShortQuoteWords = 3;  // a term in marks inside the introduction ("the channel "I"")
constexpr int kMinWords = 3;

bool is_colon(const DocTokens& d, size_t t) { return t != kNoToken && d.is_punct(t, ':'); }

// The colon is the last thing on its line.
bool line_ended(const DocTokens& d, size_t colon) {
  size_t n = d.next(colon);
  return n == kNoToken || d.is_break(n);
}

bool first_or_second_person(std::string_view w) {
  if (w == "I") return true;
  return w.size() >= 2 && is_first_or_second_person(w);  // "i" only as the capital "I"
}

// The reporting verb whose clause the colon ends ("Zakharova said in remarks … on Wednesday:"), or
// kNoToken. Looks back over the introduction only: no sentence end, no other colon, no quotation but a
// short term in marks.
size_t cue_before_colon(const DocTokens& d, const CueLexicon& cues, size_t colon, size_t* cue_last, CueKind* kind) {
  size_t after = colon;
  int n = 0;
  for (size_t t = d.prev(colon); t != kNoToken && n < kIntroTokens; t = d.prev(t), ++n) {
    if (d.is_break(t)) {
      size_t b = t;
      while (b != kNoToken && d.is_break(b)) b = d.prev(b);
      if (b == kNoToken || !d.is_word(after) || !d.lower_initial(after) || d.sentence_ends_after(b)) return kNoToken;
      t = b;
    }
    if (d.sentence_ends_after(t) || is_colon(d, t)) return kNoToken;
    if (d.is_mark(t)) {
      const QuoteSpan* q = short_quote_at(d, t, kShortQuoteWords);
      if (!q || q->close_token != t) return kNoToken;
      t = q->open_token;
      after = t;
      continue;
    }
    const CueKind c = cue_of(d, cues, t, cue_last);
    if (c == CueKind::verb || c == CueKind::participle) {
      // "wrote a memoir entitled The Harbour Master: My Life …": the colon is inside the title a participle of
      // `work_nouns` gives (the list's only words in -ed), and what follows it is the title's, nobody's speech.
      // Looked for only once a cue is found, between it and the colon.
      for (size_t w = d.next(*cue_last); w != kNoToken && w < colon; w = d.next(w))
        if (d.is_word(w) && d.lower_initial(w) && d.str(w).ends_with("ed") && d.lex->is_work_noun(d.str(w)))
          return kNoToken;
      *kind = c;
      return t;
    }
    after = t;
  }
  return kNoToken;
}

// Where the speech after `colon` begins: past the lines that still belong to a scraped introduction, each
// one either going on in lower case ("in remarks to the channel") or ending in a colon ("on Wednesday:",
// "Unlike the US media :"). Returns the colon the speech follows.
size_t last_intro_colon(const DocTokens& d, size_t colon) {
  if (!line_ended(d, colon)) return colon;
  size_t last = colon;
  int n = 0;
  size_t t = d.next(colon);
  while (t != kNoToken && n < kChainTokens) {
    while (t != kNoToken && d.is_break(t)) t = d.next(t);
    if (t == kNoToken) break;
    const bool lower_start = d.is_word(t) && d.lower_initial(t);
    size_t line_last = kNoToken;
    for (; t != kNoToken && !d.is_break(t) && n < kChainTokens; t = d.next(t), ++n) {
      // A colon ending the line ends a sentence only because a heading-like line or a blank one follows.
      if (d.sentence_ends_after(t) && !is_colon(d, t)) return last;
      if (d.is_mark(t)) {
        const QuoteSpan* q = short_quote_at(d, t, kShortQuoteWords);
        if (!q || q->open_token != t) return last;
        t = q->close_token;
      }
      line_last = t;
    }
    if (t == kNoToken || n >= kChainTokens) break;
    if (is_colon(d, line_last)) last = line_last;
    else if (!lower_start) break;
  }
  return last;
}

// A paragraph starting at `first` that goes on with the speech: a sentence or more in the first or second
// person, with no quotation mark and no reporting cue of its own. Its last token in `*last`.
bool continues_speech(const DocTokens& d, const CueLexicon& cues, size_t first, int budget, size_t* last) {
  if (first == kNoToken || !d.is_word(first) || !d.capitalized(first)) return false;
  bool person = false;
  size_t prev_visible = kNoToken;
  int n = 0;
  for (size_t t = first; t != kNoToken; t = d.next(t), ++n) {
    if (n >= budget) return false;
    if (d.is_break(t)) break;
    if (d.is_mark(t)) return false;
    if (d.is_word(t)) {
      size_t cl = kNoToken;
      if (cue_of(d, cues, t, &cl) != CueKind::none) return false;
      person = person || first_or_second_person(d.str(t));
    }
    prev_visible = t;
  }
  if (!person || !d.full_stop(prev_visible)) return false;
  *last = prev_visible;
  return true;
}

// The speech starting at token `first`: to the end of its paragraph (lines broken in mid-sentence joined),
// then the paragraphs that continue it. Ends at the last sentence end reached; kNoToken when there is none.
size_t speech_end(const DocTokens& d, const CueLexicon& cues, size_t first) {
  size_t last_end = kNoToken, prev_visible = kNoToken;
  int n = 0, extra = 0;
  for (size_t t = first; t != kNoToken && n < kSpeechTokens; t = d.next(t), ++n) {
    if (d.is_break(t)) {
      size_t nx = t;
      while (nx != kNoToken && d.is_break(nx)) nx = d.next(nx);
      if (nx == kNoToken) break;
      if (!d.full_stop(prev_visible) && d.is_word(nx) && d.lower_initial(nx)) {
        t = d.prev(nx);  // a line broken in mid-sentence
        continue;
      }
      if (!d.full_stop(prev_visible) || extra >= kContinuations) break;
      size_t para_last = kNoToken;
      if (!continues_speech(d, cues, nx, kSpeechTokens - n, &para_last)) break;
      ++extra;
      last_end = prev_visible = t = para_last;
      continue;
    }
    if (d.is_mark(t)) {
      // A term in marks is part of the speech; a quotation is not unmarked speech, so the speech stops.
      const QuoteSpan* q = short_quote_at(d, t, kShortQuoteWords);
      if (!q || q->open_token != t) break;
      t = prev_visible = q->close_token;
      continue;
    }
    prev_visible = t;
    if (d.full_stop(t)) last_end = t;
  }
  return last_end;
}

}  // namespace

std::vector<ReportedSpan> find_unmarked_speech(const DocTokens& d, const CueLexicon& cues) {
  std::vector<ReportedSpan> out;
  size_t consumed = 0;  // colons before this token were read as part of an earlier speech
  // Only colons introduce unmarked speech: found in the text, not by walking every token.
  for (size_t at = d.text.find(':'); at != std::string_view::npos; at = d.text.find(':', at + 1)) {
    const size_t c = d.token_at(at);
    if (c >= d.size() || c < consumed || !d.is_punct(c, ':') || d.quote_at(d.begin(c)) >= 0) continue;
    size_t cue_last = kNoToken;
    CueKind kind = CueKind::none;
    const size_t cue = cue_before_colon(d, cues, c, &cue_last, &kind);
    if (cue == kNoToken) continue;
    // "Hale notes that the port is at a moment where three things happen at once: …": the verb reports a clause
    // of its own, which the colon ends; what follows the colon goes on with that paraphrase in the writer's words,
    // not with words the speaker said as they stand.
    // "… and asking yourself this: Would I …": the verb turns on the reader, and what follows is the reader's own
    // thought, which nobody said.
    if (const size_t n = d.next(cue_last);
        n != kNoToken && n < c && d.is_word(n) && (is_complementizer(d.str(n)) || is_second_person_reflexive(d.str(n))))
      continue;
    const size_t colon = last_intro_colon(d, c);
    size_t first = d.next(colon);
    while (first != kNoToken && d.is_break(first)) first = d.next(first);
    // Speech opens a sentence: a capitalized word or a number, not a mark (a marked quotation, found
    // elsewhere), a bullet or a lower-case continuation ("reported: — citing unnamed sources").
    if (first == kNoToken || !(d.kind(first) == TC_TOKEN_NUMBER || (d.is_word(first) && d.capitalized(first))))
      continue;
    const size_t last = speech_end(d, cues, first);
    if (last == kNoToken) continue;
    int words = 0;
    for (size_t t = first; t <= last && words < kMinWords; ++t)
      if (d.is_word(t) || d.kind(t) == TC_TOKEN_NUMBER) ++words;
    if (words < kMinWords) continue;
    Attribution a = speaker_of_cue(d, cues, cue, cue_last, kind, clause_start_before(d, cue, kClauseWindow), c);
    // Without a named or described subject the colon more likely introduces a list or a headline.
    if (!a.mention || a.weak) continue;
    out.push_back({first, last, a});
    consumed = last + 1;
  }
  return out;
}

}  // namespace textchain::quotes
