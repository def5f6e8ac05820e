#include "reported_speech.hpp"

#include "name_lexicon.hpp"

namespace textchain::quotes {
namespace {

constexpr int kClauseTokens = 120;  // the longest reported clause looked at
constexpr int kThatWindow = 8;      // "told reporters on Wednesday that": words between the cue and "that"
constexpr int kClauseWindow = 60;
constexpr int kMinWords = 4;
constexpr int kRoleWords = 5;     // "…, the ministry's spokeswoman Maria Zakharova said"

// The last token of the clause starting at `first`: just before its sentence end or the end of its
// paragraph. kNoToken when a quotation mark comes first (the quotation carries that speech) or the
// clause runs on past the bound.
size_t clause_end_after(const DocTokens& d, size_t first) {
  size_t prev_visible = kNoToken;
  int n = 0;
  for (size_t t = first; t != kNoToken && n < kClauseTokens; t = d.next(t), ++n) {
    if (d.is_break(t)) {
      size_t nx = t;
      while (nx != kNoToken && d.is_break(nx)) nx = d.next(nx);
      if (nx != kNoToken && d.is_word(nx) && d.lower_initial(nx)) {
        t = d.prev(nx);  // a line broken in mid-sentence
        continue;
      }
      return prev_visible;
    }
    if (d.is_mark(t)) return kNoToken;
    if (d.sentence_ends_after(t)) return prev_visible;
    prev_visible = t;
  }
  return n < kClauseTokens ? prev_visible : kNoToken;
}

// The clause before the comma token `comma` ("The talks … were held in a constructive atmosphere, …"):
// its first token, or kNoToken when a quotation mark is in it.
size_t clause_begin_before(const DocTokens& d, size_t comma) {
  const size_t start = clause_start_before(d, comma, kClauseTokens);
  for (size_t t = start; t < comma; ++t)
    if (d.is_mark(t)) return kNoToken;
  return start;
}

int words_in(const DocTokens& d, size_t first, size_t last) {
  int words = 0;
  for (size_t t = first; t <= last && t < d.size(); ++t)
    if (d.is_word(t) || d.kind(t) == TC_TOKEN_NUMBER) ++words;
  return words;
}

bool clause_opener(const DocTokens& d, size_t t) {
  const std::string_view w = d.str(t);
  return d.lower_initial(t) && (is_determiner(w) || pronoun_of(w) != Pronoun::none || is_demonstrative_subject(w));
}

}  // namespace

std::vector<ReportedSpan> find_indirect_speech(const DocTokens& d, const CueLexicon& cues) {
  std::vector<ReportedSpan> out;
  size_t done = 0;  // no clause starts before this token: reported clauses do not overlap
  for (size_t c = 0; c < d.size(); ++c) {
    if (c < done || !d.is_word(c)) continue;
    const std::string_view w = d.str(c);
    // Cues are lower-case words, or "According"; this test keeps the lookup off most tokens.
    if (w.size() < 3 || !(d.lower_initial(c) || w[0] == 'A')) continue;
    size_t cue_last = kNoToken;
    const CueKind kind = cue_of(d, cues, c, &cue_last);
    if (kind != CueKind::verb && kind != CueKind::according) continue;
    if (d.quote_at(d.begin(c)) >= 0) continue;
    const size_t before = d.prev(c);
    const size_t after = d.next(cue_last);
    size_t first = kNoToken, last = kNoToken, limit = kNoToken;

    if (kind == CueKind::according) {
      Mention m = mention_starting_at(d, after);
      if (!m) continue;
      const size_t past = d.next(m.last);
      if (past != kNoToken && d.is_punct(past, ',') &&
          d.sentence_opens_after(before)) {
        first = d.next(past);  // According to X, the clause.
        last = first == kNoToken ? kNoToken : clause_end_after(d, first);
      } else if (before != kNoToken && d.is_punct(before, ',') && (past == kNoToken || d.sentence_ends_after(past))) {
        first = clause_begin_before(d, before);  // The clause, according to X.
        last = d.prev(before);
      }
      limit = past;
    } else {
      // Forward: cue [object] [when] that CLAUSE, or cue CLAUSE opening with a determiner or pronoun.
      size_t k = after;
      for (int n = 0; k != kNoToken && n < kThatWindow && d.is_word(k); k = d.next(k), ++n)
        if (is_complementizer(d.str(k))) {
          first = d.next(k);
          break;
        }
      if (first == kNoToken && after != kNoToken && d.is_word(after) && clause_opener(d, after) &&
          cues.takes_bare_clause(w))
        first = after;
      if (first != kNoToken) {
        last = clause_end_after(d, first);
        limit = first;
      } else if (after != kNoToken && d.sentence_ends_after(after)) {
        // Backward: "The clause, X has said." The subject must follow the comma that ends the clause.
        Attribution a = speaker_of_cue(d, cues, c, cue_last, kind, clause_start_before(d, c, kClauseWindow), after);
        if (!a.mention || a.weak) continue;
        // Lower-case role words may stand between the comma and the name ("…, spokeswoman Maria Zakharova said").
        size_t comma = d.prev(a.mention.first);
        for (int n = 0; n < kRoleWords && comma != kNoToken && d.is_word(comma) && !d.capitalized(comma); ++n)
          comma = d.prev(comma);
        if (comma == kNoToken || !d.is_punct(comma, ',')) continue;
        first = clause_begin_before(d, comma);
        last = d.prev(comma);
        limit = after;
      } else if (before != kNoToken && d.is_punct(before, ',')) {
        // Inverted: "The clause, said Lavrov."
        Mention m = mention_starting_at(d, after);
        if (!m || m.kind != Mention::Kind::name) continue;
        const size_t past = d.next(m.last);
        if (past != kNoToken && !d.sentence_ends_after(past)) continue;
        first = clause_begin_before(d, before);
        last = d.prev(before);
        limit = past;
      }
    }
    if (first == kNoToken || last == kNoToken || last < first || first < done) continue;
    if (words_in(d, first, last) < kMinWords) continue;
    Attribution a = speaker_of_cue(d, cues, c, cue_last, kind, clause_start_before(d, c, kClauseWindow), limit);
    if (!a.mention || a.weak) continue;
    out.push_back({first, last, a});
    done = std::max(last, cue_last) + 1;
  }
  return out;
}

}  // namespace textchain::quotes
