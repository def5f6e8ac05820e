#include "quote_extractor.hpp"

#include "doc_tokens.hpp"
#include "mention_resolver.hpp"
#include "name_lexicon.hpp"
#include "reported_speech.hpp"
#include "spare_vectors.hpp"
#include "speaker_finder.hpp"

#include <algorithm>
#include <cstring>
#include <utility>

namespace textchain::quotes {
namespace {

// A quotation of at most this many words with nobody attached is a term in the writer's voice (a scare
// quote, a title, a product name), not reported.
constexpr int kScareWords = 3;
// Words of an attribution that may end the sentence of the quotation a short paragraph in marks goes on from.
constexpr int kFollowOnTail = 12;
// A follow-on quotation (no cue of its own) inherits the previous speaker only this close to it.
constexpr int kFollowOnTokens = 40;
// A subheading in marks runs to at most this many words.
constexpr int kSubheadWords = 8;

struct Shape {
  int words = 0;
  bool starts_upper = false;
  bool ends_sentence = false;  // the content ends in . ! ? , or …
  bool all_capitalized = true; // every word starts with a capital letter or a digit
  bool exclaims = false;       // the content ends in "!": an utterance ("Anna!"), not a name in capitals
};

// The quotation's shape, its words counted up to `enough_words` at most: the engine compares the count only
// with bounds below that (the shortest quotation reported, kScareWords, kSubheadWords) and reads
// all_capitalized only of quotations that short, so a long quotation's words are not walked to its end. Its
// last visible token is found walking back from the closing mark.
Shape shape_of(const DocTokens& d, const QuoteSpan& q, bool title_case, int enough_words) {
  Shape s;
  // In a title-case headline every word is capitalized: that says nothing of the words in marks.
  if (title_case) s.all_capitalized = false;
  const size_t end_tok = std::min<size_t>(q.closed() ? q.close_token : q.last_token + 1, d.size());
  // Tokens only: the open mark is one (odd), its words are two positions apart.
  for (size_t t = q.open_token + 2; t < end_tok && s.words < enough_words; t += 2) {
    if (d.kind(t) == TC_TOKEN_WORD || d.kind(t) == TC_TOKEN_NUMBER) {
      const bool cap = d.capitalized(t) || d.kind(t) == TC_TOKEN_NUMBER;
      if (s.words == 0) s.starts_upper = cap;
      // Asked only until a word says no: the lookup is the loop's cost, and a long quotation has many words.
      if (!cap && s.all_capitalized && !is_name_connector(d.str(t))) s.all_capitalized = false;
      ++s.words;
    }
  }
  size_t last_visible = end_tok;
  while (last_visible > q.open_token + 1 && DocTokens::is_slot(last_visible - 1)) --last_visible;
  if (last_visible > q.open_token + 1 && !d.is_word(last_visible - 1)) {
    std::string_view p = d.str(last_visible - 1);
    s.exclaims = p == "!";
    s.ends_sentence = s.exclaims || p == "." || p == "?" || p == "," || p == "\u2026";
  }
  if (!q.closed()) s.ends_sentence = true;
  return s;
}

// Whether the quotation `q` (closed) is a paragraph of its own: a line break (or the text's edge) before its
// opening mark and after its closing mark, a full stop between them at most.
bool paragraph_alone(const DocTokens& d, const QuoteSpan& q) {
  const size_t p = d.prev(q.open_token);
  if (p != kNoToken && !d.is_break(p)) return false;
  size_t n = d.next(q.close_token);
  if (n != kNoToken && d.is_punct(n, '.')) n = d.next(n);
  return n == kNoToken || d.is_break(n);
}

// Whether a quotation stands where a sentence may start: after a cue, a colon or comma, "that", a line
// break or the end of a sentence. Otherwise it is embedded in the writer's sentence.
bool at_clause_start(const DocTokens& d, const CueLexicon& cues, const QuoteSpan& q) {
  size_t p = d.prev(q.open_token);
  if (p == kNoToken || d.is_break(p)) return true;
  if (d.is_word(p)) {
    std::string_view w = d.str(p);
    return is_complementizer(w) || cues.lookup(w) != CueKind::none;
  }
  std::string_view s = d.str(p);
  return s == ":" || s == "," || s == "." || s == "!" || s == "?" || s == "-" || s == "\u2014" || d.is_mark(p);
}

// A cue right after a comma (an adverb between them at most) and right before the quotation opens a
// participial phrase, not a clause: "applications, commonly called "apps"" names a thing; nobody is quoted.
// With an object between ("X, who …, blasted the plan as a "disgrace"") the comma closed an aside, and the
// verb is the clause's own.
bool passive_participle(const DocTokens& d, size_t cue, const QuoteSpan& q) {
  if (!d.str(cue).ends_with("ed") || d.next(cue) != q.open_token) return false;
  size_t p = d.prev(cue);
  if (p != kNoToken && d.is_word(p) && d.str(p).ends_with("ly")) p = d.prev(p);
  return p != kNoToken && d.is_punct(p, ',');
}

// A reporting verb used without an object, whose complement is a topic preposition's noun phrase ("argued about
// the "bathroom bill"", "complained over the "death tax""): the definite phrase in marks names what the talk was
// about, in the writer's words; what was said is not given. After "warned of", "called for" the phrase is the
// speaker's own words, a partial quotation.
bool topic_of_reporting_verb(const DocTokens& d, size_t cue, const QuoteSpan& q) {
  const size_t p = d.next(cue);
  if (p == kNoToken || p >= q.open_token || !d.is_word(p) || !is_topic_preposition(d.str(p))) return false;
  const size_t t = d.next(p);
  return t != kNoToken && d.is_word(t) && is_definite_article(d.str(t)) && d.next(t) == q.open_token;
}

// A short quoted term used as a name or a modifier inside the sentence rather than as words someone
// said: after "so-called", after an article or a possessive when it is in Title Case ("the "Lion" release",
// "a "New Deal""), or between an article and the noun it modifies ("a "deferred pay" package"). `*modifier`
// tells the last: a word in lower case modifying a noun.
bool used_as_name(const DocTokens& d, const QuoteSpan& q, const Shape& shape, bool* modifier) {
  *modifier = false;
  const size_t p = d.prev(q.open_token);
  if (p == kNoToken || !d.is_word(p)) return false;
  std::string_view before = d.str(p);
  // "the so-called "death grip"": the writer holds the term at a distance; nobody is quoted.
  if (iequals(before, "called") && d.prev(p) != kNoToken && d.is_punct(d.prev(p), '-')) {
    const size_t so = d.prev(d.prev(p));
    if (so != kNoToken && iequals(d.str(so), "so")) return true;
  }
  if (iequals(before, "so-called")) return true;
  const bool article = is_article_or_possessive(before) || is_possessive(before);
  if (!article) return false;
  if (shape.all_capitalized) return true;
  // A comma or full stop inside the marks closes the phrase: the word after it ("a "strong leader," comparing
  // him …") is no noun the quoted words modify.
  if (!q.closed() || shape.ends_sentence) return false;
  const size_t n = d.next(q.close_token);
  if (n == kNoToken || !d.is_word(n)) return false;
  std::string_view after = d.str(n);
  *modifier = d.lower_initial(n) && !is_not_name_word(after) && !is_name_connector(after) && after != "than" &&
              pronoun_of(after) == Pronoun::none;
  return *modifier;
}

// Whether the words of the closed quotation `q` are in title case: each capitalized (or a number) but the short
// words title case leaves in lower case ("'Ferries in the Fog.'", "'A Night to Remember'").
bool title_case_phrase(const DocTokens& d, const QuoteSpan& q) {
  for (size_t t = q.open_token + 1; t < q.close_token && t < d.size(); ++t)
    if (d.is_word(t) && !d.capitalized(t) && !is_name_connector(d.str(t)) && !is_title_case_small_word(d.str(t)))
      return false;
  return true;
}

// Whether the closed quotation `q`, longer than a scare quote, is the title of a work or an event: title case
// after an article or a possessive ("during a "Town Hall on the Green"", "on NBC's "Meet the Region.""). Not
// when a naming verb gives it ("what she called a "…"") or "as" does ("known as the "…"", "hailed him as the
// "…""): then it is someone's name for a thing.
bool titled_name(const DocTokens& d, const CueLexicon& cues, const QuoteSpan& q, const Attribution& a) {
  const size_t p = d.prev(q.open_token);
  if (p == kNoToken || !d.is_word(p) || !(is_determiner(d.str(p)) || is_possessive(d.str(p)))) return false;
  const size_t pp = d.prev(p);
  if (pp != kNoToken && d.is_word(pp) && is_as(d.str(pp))) return false;
  if (a.cue != kNoToken && cues.naming(d.str(a.cue)) && a.distance <= 3) return false;
  return title_case_phrase(d, q);
}

// Whether the closed quotation `q` is a work's title: title case right after a word for a work or a participle
// that titles one, a comma between at most ("the documentary "Voices of the Valley"", "her memoir, "A Long Road
// Home,"", "a report titled "Failure at Every Level"").
bool work_title(const DocTokens& d, const QuoteSpan& q) {
  size_t p = d.prev(q.open_token);
  if (p != kNoToken && d.is_punct(p, ',')) p = d.prev(p);
  return p != kNoToken && d.is_word(p) && d.lower_initial(p) && d.lex->is_work_noun(d.str(p)) && title_case_phrase(d, q);
}

// Whether the closed quotation `q`, a paragraph of its own, follows the paragraph whose quotation closed at token
// `previous_end` with only the rest of that quotation's sentence between (""…," Ann Vail said on Monday.¶"Never.""):
// the attribution ends that sentence, and the short paragraph goes on in the same voice, however many words the
// attribution takes.
bool follows_attributed_paragraph(const DocTokens& d, const QuoteSpan& q, size_t previous_end) {
  if (previous_end == kNoToken || !d.ends_with_full_stop(q) || !paragraph_alone(d, q)) return false;
  size_t end = d.prev(q.open_token);
  if (end == kNoToken || !d.is_break(end)) return false;
  while (end != kNoToken && d.is_break(end)) end = d.prev(end);
  if (end == kNoToken || end <= previous_end || !d.full_stop(end)) return false;
  int words = 0;
  for (size_t t = previous_end + 1; t < end; ++t) {
    if (d.kind(t) == TC_TOKEN_SPACE) continue;
    if (d.is_break(t) || d.is_mark(t) || d.sentence_ends_after(t) || ++words > kFollowOnTail) return false;
  }
  return true;
}

// Whether the quotation `q` opens right after a word for a work, no comma between ("sang the anthem "…""): the
// phrase in marks stands in apposition to that word, naming the work even when a reporting verb governs it ("she
// sang the anthem "…"", "he read the poem "…""). The caller still gives a naming verb's object to the verb's
// subject ("called the report "…"").
bool right_after_work_noun(const DocTokens& d, const QuoteSpan& q) {
  const size_t p = d.prev(q.open_token);
  return p != kNoToken && d.is_word(p) && d.lower_initial(p) && d.lex->is_work_noun(d.str(p));
}

// Whether the closed quotation `q` names, in any case, the work a word for a work right before it stands for: set
// off by commas after that word, in the phrase that opens the sentence as its subject, with the sentence's verb
// right after ("Ann Vail's column, "Why the port must stay public," is worth reading"). An appositive that sits
// between a subject and its verb is no one's words; after an introductory phrase ("In his speech, "We will win,"
// he said") or before a reporting verb or a pronoun ("…," said Hale) the words are someone's.
bool work_appositive(const DocTokens& d, const CueLexicon& cues, const QuoteSpan& q) {
  if (!q.closed()) return false;
  size_t p = d.prev(q.open_token);
  if (p == kNoToken || !d.is_punct(p, ',')) return false;
  p = d.prev(p);
  if (p == kNoToken || !d.is_word(p) || !d.lower_initial(p) || !d.lex->is_work_noun(d.str(p))) return false;
  size_t after = d.next(q.close_token);
  const size_t inside = d.prev(q.close_token);
  if (after != kNoToken && d.is_punct(after, ',')) after = d.next(after);
  else if (inside == kNoToken || !d.is_punct(inside, ',')) return false;
  if (after == kNoToken || !d.is_word(after) || !d.lower_initial(after) || pronoun_of(d.str(after)) != Pronoun::none ||
      cues.lookup(d.str(after)) != CueKind::none)
    return false;
  // The subject phrase: a few words back to the sentence's start, no comma or mark among them.
  size_t t = p;
  for (int steps = 0; steps < 6; ++steps) {
    const size_t b = d.prev(t);
    if (b == kNoToken || d.is_break(b) || d.sentence_ends_after(b))
      return d.is_word(t) && !is_introductory_preposition(d.str(t));
    // (An apostrophe on a plural's or a name's last "s" is its possessive: "Ann Rees' column".)
    const size_t owner = d.is_mark(b) ? d.prev(b) : kNoToken;
    const bool possessive = owner != kNoToken && b == d.after(owner) && d.is_word(owner) && d.str(owner).ends_with('s') &&
                            (d.str(b) == "'" || d.str(b) == "\u2019");
    if (d.is_punct(b, ',') || (d.is_mark(b) && !possessive)) return false;
    t = b;
  }
  return false;
}

// Whether the quotation `q` opens right after a word that names words as words ("the phrase "too big to fail"",
// "a motto, "one city, one port,""), a comma between at most: with nothing attributing them, the words are
// mentioned, not said by anyone. (The object of a verb of using words is its subject's: `word_user`.)
bool named_as_words(const DocTokens& d, const QuoteSpan& q) {
  size_t p = d.prev(q.open_token);
  if (p != kNoToken && d.is_punct(p, ',')) p = d.prev(p);
  return p != kNoToken && d.is_word(p) && d.lower_initial(p) && d.lex->is_word_noun(d.str(p));
}

// Whether the quotation `q` opens right after a passive naming and its "as" ("the loophole, often referred to as
// "the dark money exception,"", "known as "the revolving door""): the name a thing goes by. With nothing
// attributing it, it is the writer's term, whatever its length (an active naming, "she described it as "…"",
// has its subject and so an attribution).
bool passively_named(const DocTokens& d, const QuoteSpan& q) {
  size_t p = d.prev(q.open_token);
  if (p == kNoToken || !d.is_word(p) || !is_as(d.str(p))) return false;
  p = d.prev(p);
  if (p != kNoToken && d.is_word(p) && is_naming_particle(d.str(p))) p = d.prev(p);
  return p != kNoToken && d.is_word(p) && d.lower_initial(p) && is_passive_naming_participle(d.str(p));
}

// Whether the closed quotation `q` is a title given by a participle right after a work's word ("released a report
// called "Roads to Nowhere"", "a film named "The Long Count""): title case, as after "titled"; the participle
// modifies the work, so it is no naming verb with a subject of its own.
bool called_work_title(const DocTokens& d, const QuoteSpan& q) {
  const size_t p = d.prev(q.open_token);
  if (p == kNoToken || !d.is_word(p) || !d.lower_initial(p) || !is_titling_participle(d.str(p))) return false;
  const size_t noun = d.prev(p);
  return noun != kNoToken && d.is_word(noun) && d.lower_initial(noun) && d.lex->is_work_noun(d.str(noun)) &&
         title_case_phrase(d, q);
}

// Whether the closed quotation `q` is a title that a verb takes as its object: title case, no sentence's end
// inside, right after a past verb ("played "Born in the Valley" at every rally", "screened "Harvest of the
// Silent Fields" twice"): a lower-case word of a past form's shape (-ed) that no closed class claims and no
// word list makes a noun or an adjective. Only when nothing attributes it: then nobody said these words, they
// name a work or an event. (After a noun, only a work noun makes a title: `work_nouns`.)
bool verb_object_title(const DocTokens& d, const QuoteSpan& q, const Shape& shape) {
  if (shape.ends_sentence) return false;
  const size_t p = d.prev(q.open_token);
  if (p == kNoToken || !d.is_word(p) || !d.lower_initial(p)) return false;
  const std::string_view w = d.str(p);
  if (w.size() <= 4 || !w.ends_with("ed") || is_adjectival_participle(w) || is_verb_filler(w) || is_auxiliary(w) ||
      d.lex->is_title_word(w) || d.lex->is_person_noun(w) || d.lex->is_org_noun(w) || d.lex->is_work_noun(w))
    return false;
  return title_case_phrase(d, q);
}

// Whether the quotation `q` opens right after "=", with nothing between: a markup attribute's value.
bool attribute_value(const DocTokens& d, const QuoteSpan& q) { return q.begin > 0 && d.text[q.begin - 1] == '='; }

// Whether the quotation `q` opens right after a preposition that takes only a noun phrase ("into", "of", "for").
bool preposition_object(const DocTokens& d, const QuoteSpan& q) {
  const size_t p = d.prev(q.open_token);
  return p != kNoToken && d.is_word(p) && d.lower_initial(p) && is_noun_preposition(d.str(p));
}

// A short sentence of a subject and a verb just before a quotation that opens the next sentence: "Holt
// shrugged. "…"", "She laughed. "…"", "Farmers were angry. "…"". Returns the subject when it is a pronoun or
// a capitalized word, else an empty mention.
Mention short_intro_subject(const DocTokens& d, const QuoteSpan& q) {
  const size_t stop = d.prev(q.open_token);
  if (stop == kNoToken || !d.sentence_ends_after(stop)) return {};
  size_t first = kNoToken;
  int words = 0;
  for (size_t t = d.prev(stop); t != kNoToken; t = d.prev(t)) {
    if (d.is_break(t)) break;
    // Right after a quotation's closing mark the short sentence attributes that quotation (""…?" Graham
    // asked. "…""): it introduces nothing.
    if (d.sentence_ends_after(t)) {
      if (d.is_mark(t)) return {};
      break;
    }
    if (!d.is_word(t) || ++words > 5) return {};
    first = t;
  }
  if (first == kNoToken || words < 2) return {};
  std::string_view w = d.str(first);
  const Pronoun p = pronoun_of(w);
  if (p == Pronoun::he || p == Pronoun::she || p == Pronoun::they || p == Pronoun::it)
    return {Mention::Kind::pronoun, first, first, true};
  if (!d.capitalized(first) || is_not_name_word(w) || p != Pronoun::none) return {};
  size_t last = first;
  for (size_t k = d.next(first); k != kNoToken && k < stop && d.is_word(k) && d.capitalized(k); k = d.next(k)) last = k;
  const size_t verb = d.next(last);
  if (verb == kNoToken || verb >= stop || !d.lower_initial(verb)) return {};
  return {Mention::Kind::name, first, last, true};
}

// Interviews. A question-and-answer piece prints the interviewer's questions as paragraphs of their own (a
// paragraph ending in "?" addressed to "you", or labelled "Q:"), each followed by the answer. Narration in an
// answer ("She laughed.", "he says") is about the interviewee, whoever else the piece has named since.
class Interview {
 public:
  explicit Interview(const DocTokens& d) : d_(d) {
    if (d.text.find('?') == std::string_view::npos) return;  // most stories: no pass at all
    // Paragraph by paragraph (the line breaks index_sentences noted): only the first and last tokens that are
    // not white space are looked at, and the words of a paragraph only when it ends in "?".
    size_t from = 0;
    for (const uint32_t lb : d.line_breaks) {
      paragraph(from, lb);
      from = lb + 1;
    }
    paragraph(from, d.size());
    if (questions_.size() < 2 && !labelled_) questions_.clear();
  }
  bool any() const { return !questions_.empty(); }
  // Whether the quotation opening at token `open` is in the paragraph right after a question.
  bool answers(size_t open) const {
    auto it = std::lower_bound(questions_.begin(), questions_.end(), open,
                               [](const std::pair<size_t, size_t>& q, size_t t) { return q.second < t; });
    if (it == questions_.begin()) return false;
    --it;
    // Only line breaks between the question and the answer's paragraph, then no break up to the quotation.
    // Bounded: an answer's opening narration is short.
    constexpr size_t kMaxLead = 200;
    bool in_answer = false;
    for (size_t t = it->second + 1; t < open; ++t) {
      if (t > it->second + kMaxLead) return false;
      if (d_.kind(t) == TC_TOKEN_SPACE) continue;
      if (d_.is_break(t)) {
        if (in_answer) return false;
        continue;
      }
      in_answer = true;
    }
    return true;
  }

 private:
  // The paragraph of tokens [begin, end) (no line break among them): a question when it ends in "?" and is
  // addressed to "you", or labelled "Q:"; not one inside a quotation.
  void paragraph(size_t begin, size_t end) {
    const DocTokens& d = d_;
    size_t first = begin;
    while (first < end && d.kind(first) == TC_TOKEN_SPACE) ++first;
    if (first >= end) return;
    size_t last = end - 1;
    while (d.kind(last) == TC_TOKEN_SPACE) --last;  // stops at `first` at the latest
    const size_t n = d.next(first);
    const bool labelled =
        d.is_word(first) && d.str(first) == "Q" && n != kNoToken && (d.is_punct(n, ':') || d.is_punct(n, '.'));
    if (labelled) labelled_ = true;
    if (!d.is_punct(last, '?')) return;
    bool you = labelled;
    for (size_t t = first; t <= last && !you; ++t)
      you = d.is_word(t) && is_second_person(d.str(t));
    if (you && !quoted(first, last)) questions_.emplace_back(first, last);
  }
  bool quoted(size_t first, size_t last) const {
    const uint32_t b = d_.begin(first), e = d_.end(last);
    auto it = std::lower_bound(d_.outer.begin(), d_.outer.end(), b,
                               [](const QuoteSpan& q, uint32_t x) { return q.end <= x; });
    return it != d_.outer.end() && it->begin < e;
  }
  const DocTokens& d_;
  std::vector<std::pair<size_t, size_t>> questions_;  // [first, last] tokens of question paragraphs
  bool labelled_ = false;
};

// Whether the quotation `q` is joined to the quotation closing at token `close` by a conjunction, an article at
// most after it: "called it a "giveaway" and a "disgrace"", ""duped" or "misled"". Both are the same speaker's
// words in one clause, attributed once.
bool coordinated(const DocTokens& d, size_t close, const QuoteSpan& q) {
  size_t t = d.next(close);
  if (t != kNoToken && d.is_punct(t, ',')) t = d.next(t);
  if (t == kNoToken || !d.is_word(t) || !is_conjunction(d.str(t))) return false;
  t = d.next(t);
  if (t != kNoToken && d.is_word(t) && is_determiner(d.str(t))) t = d.next(t);
  return t == q.open_token;
}

// A title-case word ending in an "s" of agreement: a plural noun ("Parents") or a verb's third person singular
// ("Speaks"); not the "s" of "Congress", "Campus" or "Analysis".
bool agreement_s(std::string_view w) {
  if (w.size() <= 2 || (w.back() != 's' && w.back() != 'S')) return false;
  const std::string_view tail = w.substr(w.size() - 2);
  return !iequals(tail, "ss") && !iequals(tail, "us") && !iequals(tail, "is");
}

// "Ann Vail Speaks 'Plainly' To Voters", "Angry Parents Rally To 'Save Our Port'": a headline puts its actor
// first, and the words it quotes after that subject's verb are the subject's, whatever the verb. Title case hides
// where the subject ends, so the verb's agreement tells: a singular subject's verb ends in "s" ("Vail Speaks"), a
// plural subject's does not ("Parents Rally"). The longest subject of one to three name words whose next word
// agrees so, before the quotation; an empty mention when none does.
Mention headline_subject(const DocTokens& d, const CueLexicon& cues, size_t first, const QuoteSpan& q) {
  constexpr int kMaxNameWords = 3;
  auto name_word = [&](size_t t) {
    return d.is_word(t) && d.capitalized(t) && !is_not_name_word(d.str(t)) && cues.lookup(d.str(t)) == CueKind::none;
  };
  Mention found;
  size_t last = first;
  for (int n = 1; n <= kMaxNameWords && name_word(last); ++n, last = d.next(last)) {
    const size_t verb = d.next(last);
    if (verb == kNoToken || verb >= q.open_token || !name_word(verb)) break;
    if (agreement_s(d.str(last)) != agreement_s(d.str(verb))) found = {Mention::Kind::name, first, last, true};
  }
  return found;
}

// The one a title-case headline names as the speaker of its quotation `q`: the name before its colon ("Hale:
// Vail Was 'Mocking' the Council"), the one to three capitalized words opening it before a reporting verb
// ("Ann Vail Calls Tom Hale 'A Fraud'"), or closing it after a comma ("'A Fraud,' Ann Vail Says"), and failing
// those the subject before any other verb (headline_subject). Title case capitalizes the verb too, so the lexicon,
// not the case, tells a reporting verb from the name.
Mention headline_speaker(const DocTokens& d, const CueLexicon& cues, size_t headline, const QuoteSpan& q) {
  constexpr int kMaxNameWords = 3;
  auto name_words = [&](size_t from, size_t to) {  // [from, to] all capitalized words, none a non-name
    int n = 0;
    for (size_t t = from; t <= to && t != kNoToken; t = d.next(t)) {
      if (!d.is_word(t) || !d.capitalized(t) || is_not_name_word(d.str(t)) || cues.lookup(d.str(t)) != CueKind::none)
        return 0;
      ++n;
    }
    return n;
  };
  size_t first = 0;
  while (first < headline && !d.is_word(first)) ++first;
  if (first >= headline) return {};
  size_t last = first;
  for (int n = 1; n <= kMaxNameWords; ++n) {
    const size_t k = d.next(last);
    if (k == kNoToken || k >= q.open_token) break;
    const bool colon = d.is_punct(k, ':');
    const bool verb = d.is_word(k) && cues.lookup(d.str(k)) == CueKind::verb;
    if ((colon || verb) && name_words(first, last) == n) return {Mention::Kind::name, first, last, true};
    if (!d.is_word(k)) break;
    last = k;
  }
  const auto subject = [&] { return headline_subject(d, cues, first, q); };  // when no name closes it either
  if (!q.closed()) return subject();
  // "…, Ann Vail Says": a reporting verb ends the headline, a name after a comma before it.
  size_t end = headline;
  do end = d.prev(end); while (end != kNoToken && end > q.close_token && !d.is_word(end));
  if (end == kNoToken || end <= q.close_token || cues.lookup(d.str(end)) != CueKind::verb) return subject();
  const size_t name_last = d.prev(end);
  if (name_last == kNoToken || !d.is_word(name_last)) return subject();
  size_t name_first = name_last;
  for (int n = 1; n < kMaxNameWords; ++n) {
    const size_t b = d.prev(name_first);
    if (b == kNoToken || !d.is_word(b)) break;
    name_first = b;
  }
  const size_t comma = d.prev(name_first);
  // A comma before the name, or the closing mark right after the quotation's own comma.
  const bool set_off = comma != kNoToken && (comma == q.close_token ? d.is_punct(d.prev(q.close_token), ',') : comma > q.close_token && d.is_punct(comma, ','));
  if (!set_off || name_words(name_first, name_last) == 0) return subject();
  return {Mention::Kind::name, name_first, name_last, true};
}

}  // namespace

QuoteExtractor::QuoteExtractor(ExtractOptions options)
    : options_(std::move(options)), lex_(Lexicons::with(options_.lexicon_extras)), cues_(*lex_) {}

namespace {

// Two apostrophes in a row are one double quotation mark in typewriter text (''It's over,'' he said); the
// tokenizer gives each its own token. Joined here into one token, so that everything after sees one mark.
// Returns false (and leaves `joined` alone) when the text has no such pair: the common case copies nothing.
bool join_apostrophe_pairs(std::string_view text, const CompactTokenView& tokens, std::vector<tc_token_compact>& joined,
                           std::vector<tc_token_long>& joined_long) {
  if (text.find("''") == std::string_view::npos) return false;
  const std::span<const tc_token_compact> c = tokens.compact();
  const std::span<const tc_token_long> longs = tokens.long_tokens();
  joined.reserve(c.size());
  size_t next_long = 0;
  for (size_t i = 0; i < c.size(); ++i) {
    if (next_long < longs.size() && longs[next_long].index == i) {  // a long token is no apostrophe
      joined_long.push_back(tc_token_long{static_cast<uint32_t>(joined.size()), longs[next_long++].end});
      joined.push_back(c[i]);
      continue;
    }
    const tc_token_compact& t = c[i];
    if (i + 1 < c.size() && t.length == 1 && text[t.begin] == '\'' && c[i + 1].begin == t.begin + 1u &&
        c[i + 1].length == 1 && text[t.begin + 1] == '\'') {
      tc_token_compact pair = t;
      pair.length = 2;
      joined.push_back(pair);
      ++i;
      continue;
    }
    joined.push_back(t);
  }
  return true;
}

// "PENCE: Well, look …": a transcript turn opens with its speaker's name in capitals and a colon, inside the
// marks. The name (one to three words of capitals), or no mention.
Mention transcript_turn(const DocTokens& d, const QuoteSpan& q) {
  size_t t = d.next(q.open_token);
  const size_t first = t;
  for (int words = 0; words < 3 && t != kNoToken && t <= q.last_token && d.is_word(t); ++words) {
    if (d.str(t).size() < 2 || !d.all_capitals(t) || d.has_digit(t)) return {};
    const size_t n = d.next(t);
    if (n != kNoToken && n == d.after(t) && d.is_punct(n, ':')) return {Mention::Kind::name, first, t, true};
    t = n;
  }
  return {};
}

}  // namespace

namespace {

// Whether a quotation's method is `what`. Methods are short literals: the first letter settles almost every
// comparison, and signatures are rare.
bool is_method(const char* method, const char* what) noexcept {
  return method && method[0] == what[0] && std::strcmp(method, what) == 0;
}

// The document index's vectors between documents on a thread (spare_vectors.hpp): taken when a document's
// index is made, given back when it is done with.
class IndexVectors {
 public:
  explicit IndexVectors(DocTokens& d) : d_(d) {
    Spare& s = spare();
    d_.token_bits_ = emptied(std::move(s.token_bits));  // index_sentences sizes it
    d_.line_breaks = emptied(std::move(s.line_breaks));
    d_.outer = emptied(std::move(s.outer));
  }
  ~IndexVectors() {
    Spare& s = spare();
    give_back(d_.token_bits_, s.token_bits);
    give_back(d_.line_breaks, s.line_breaks);
    give_back(d_.outer, s.outer);
  }
  IndexVectors(const IndexVectors&) = delete;
  IndexVectors& operator=(const IndexVectors&) = delete;

 private:
  struct Spare {
    std::vector<uint8_t> token_bits;
    std::vector<uint32_t> line_breaks;
    std::vector<QuoteSpan> outer;
  };
  static Spare& spare() {
    thread_local Spare s;
    return s;
  }
  DocTokens& d_;
};

}  // namespace

std::vector<FoundQuote> QuoteExtractor::extract(std::string_view text, std::span<const tc_token> tokens,
                                                std::span<const tc_sentence> sentences) const {
  std::vector<tc_token_compact> compact;
  std::vector<tc_token_long> long_tokens;
  compact.reserve(tokens.size());
  for (const tc_token& t : tokens) {
    if (t.kind == TC_TOKEN_SPACE || t.kind == TC_TOKEN_LINEBREAK) continue;
    const uint32_t length = t.end - t.begin;
    if (length >= TC_TOKEN_LONG_LENGTH) long_tokens.push_back(tc_token_long{static_cast<uint32_t>(compact.size()), t.end});
    compact.push_back(tc_token_compact{t.begin, static_cast<uint16_t>(std::min<uint32_t>(length, TC_TOKEN_LONG_LENGTH)),
                                       static_cast<uint8_t>(t.kind), static_cast<uint8_t>(t.flags)});
  }
  return extract(text, CompactTokenView(compact, long_tokens), sentences);
}

bool QuoteExtractor::may_find(std::string_view text) const noexcept {
  if (options_.include_indirect || options_.marks.empty()) return true;
  return text.find(':') != std::string_view::npos || holds_mark(text, options_.marks);
}

FoundQuotes QuoteExtractor::find(std::string_view text, const CompactTokenView& all_tokens,
                                 std::span<const tc_sentence> sentences) const {
  FoundQuotes out(text, 0);
  std::vector<tc_token_compact> joined;
  std::vector<tc_token_long> joined_long;
  const CompactTokenView tokens = join_apostrophe_pairs(text, all_tokens, joined, joined_long)
                                      ? CompactTokenView(joined, joined_long)
                                      : all_tokens;
  std::vector<QuoteSpan> spans = find_quote_spans(text, tokens, sentences, options_.marks);
  // Without a quotation, only a colon leads to speech (unmarked speech follows one) unless indirect speech is
  // asked for: most of clean prose costs the search for marks and this one for a colon, its sentences are not
  // indexed and no resolver is made.
  if (spans.empty() && !options_.include_indirect && text.find(':') == std::string_view::npos) return out;
  // find_quote_spans numbers compact tokens; the engine walks positions (doc_tokens.hpp).
  for (QuoteSpan& q : spans) {
    q.open_token = static_cast<uint32_t>(DocTokens::position(q.open_token));
    q.last_token = static_cast<uint32_t>(DocTokens::position(q.last_token));
    if (q.closed()) q.close_token = static_cast<uint32_t>(DocTokens::position(q.close_token));
  }
  // Grown by doubling, the spans' vector may hold up to twice the room they need for as long as the engine
  // runs: a large document's is cut to size (one copy, made before the engine's other buffers exist).
  if (spans.capacity() * sizeof(QuoteSpan) > kSpareBytes && spans.capacity() - spans.size() > spans.size() / 8)
    spans.shrink_to_fit();
  DocTokens d{text, tokens, sentences, {}, lex_.get(), {}, {}};
  const IndexVectors reused(d);
  d.index_sentences();
  // The outermost spans: usually every span, and then d.outer takes the spans' buffer instead of a copy of
  // it (24 MB on bench/memory/peak_memory.py's dense 100 MB document).
  const bool nested = std::any_of(spans.begin(), spans.end(), [](const QuoteSpan& s) { return s.depth > 0; });
  if (nested) {
    d.outer.reserve(spans.size());
    for (const auto& s : spans)
      if (s.depth == 0) d.outer.push_back(s);
  } else {
    d.outer.swap(spans);
  }
  const std::vector<QuoteSpan>& all_spans = nested ? spans : d.outer;  // outer and nested, in text order
  // Speech without marks is found before the quotations are attributed (it reads only the index), so that
  // `out` is sized once: grown by doubling it held up to twice the quotations it kept, and both buffers at each
  // growth (on a document dense with quotations, the engine's largest allocation).
  const std::vector<ReportedSpan> unmarked = find_unmarked_speech(d, cues_);
  const std::vector<ReportedSpan> indirect =
      options_.include_indirect ? find_indirect_speech(d, cues_) : std::vector<ReportedSpan>{};
  if (all_spans.empty() && unmarked.empty() && indirect.empty()) return out;  // nothing for a resolver to attribute
  // Its first block sized to the quotations in marks that may be reported.
  out.expect(options_.include_nested ? all_spans.size() : d.outer.size());
  MentionResolver resolver(d, cues_);

  std::optional<ResolvedSpeaker> previous;  // the speaker of the previous attributed quotation
  size_t previous_end_token = kNoToken;
  const Interview interview(d);
  // The interviewee: the last one an answer was attributed to by name, at first the lede's subject.
  std::optional<uint32_t> interviewee;
  if (interview.any()) interviewee = resolver.first_person();

  // Paragraphs of one multi-paragraph quotation: the index in `out` of the first of the group the last outermost
  // quotation reported belongs to. Every paragraph has the speaker found for any of them (the attribution
  // usually comes once, after the first or the last paragraph): shared when the group is complete.
  size_t open_group = SIZE_MAX;
  auto push = [&](FoundQuote&& f, const QuoteSpan& q) {
    // A list of signed quotations (""…" ― Ana Ruiz" a paragraph each): a testimonial is signed at its end, so a
    // quotation followed in its own paragraph by one that someone signs is that signer's, not the voice of the
    // paragraph before carried on (""…" And that's all he has "…" ― Ana Ruiz"). Before the group's voice is
    // shared, which fills only quotations without a speaker.
    if (is_method(f.speaker_method, "signature") && !out.empty()) {
      const FoundQuotes::Entry before = out.last();
      if (is_method(before.speaker_method, "continuation") && f.begin >= before.end &&
          text.substr(before.end, f.begin - before.end).find('\n') == std::string_view::npos)
        out.set_last_speaker(f);
    }
    if (q.depth == 0 && !(q.continues && open_group != SIZE_MAX)) {
      if (open_group != SIZE_MAX) out.share_voice(open_group);
      open_group = out.size();
    }
    out.add(f, q.depth == 0);
  };

  // The attribution of the last outermost quotation reported with one, and its closing mark, for a quotation
  // coordinated with it.
  // The speaker a transcript turn's label names, and where the turn's first paragraph ends (below).
  std::optional<ResolvedSpeaker> turn_voice;
  uint32_t turn_end = 0;
  Attribution joined_attribution;
  size_t joined_close = kNoToken;
  // A headline in title case: marks in it are quotations (headlines quote in marks and name works in italics),
  // whatever their length, attributed by the headline's "Name:" when nothing nearer attributes them.
  const size_t headline = headline_end(d);
  // Words beyond this many change no comparison below (see shape_of).
  const int enough_words = std::max({1, options_.min_quote_words, kSubheadWords + 1, kScareWords + 1});
  for (const QuoteSpan& q : all_spans) {
    const bool in_headline = q.open_token < headline;
    const Shape shape = shape_of(d, q, in_headline, enough_words);
    const size_t joinable = q.depth == 0 ? std::exchange(joined_close, kNoToken) : joined_close;
    if (shape.words < std::max(1, options_.min_quote_words)) continue;
    FoundQuote f;
    f.begin = q.begin;
    f.end = q.end;
    if (q.depth > 0) {
      if (turn_voice && q.end <= turn_end) {
        // Inside a transcript turn, which is not reported (below), the words in marks are the only marked part
        // of what the turn's speaker says: that speaker's quotation, whatever its length or case.
        f.kind = shape.words > kScareWords && shape.starts_upper && shape.ends_sentence ? std::string_view("direct")
                                                                                       : std::string_view("partial");
        f.speaker = turn_voice->name;
        f.speaker_begin = turn_voice->begin;
        f.speaker_end = turn_voice->end;
        f.speaker_method = "colon";
        push(std::move(f), q);
        continue;
      }
      // A quotation inside a quotation is reported only when asked for, and only when it is a sentence; its
      // speaker is whoever the outer speaker quotes, which the text rarely names.
      if (!options_.include_nested) continue;
      if (shape.words <= kScareWords || !(shape.starts_upper || shape.ends_sentence)) continue;
      f.kind = "direct";
      push(std::move(f), q);
      continue;
    }
    // <post text="…">: a mark right after "=" opens a markup attribute's value, which is nobody's words.
    if (attribute_value(d, q)) continue;
    // ""PENCE: Well, look …": a transcript printed in marks, one turn a paragraph. The mark opens before the
    // speaker's label, so it marks the transcript the writer quotes, not the speaker's words: the turn's first
    // paragraph is no quotation. Its label says who speaks in the paragraphs that go on with it (each opening
    // with a mark on the speaker's own words) and in the quotations inside it.
    // (A turn's paragraph goes on with the one before in its marks, as every paragraph of a transcript does.)
    if (const Mention turn = transcript_turn(d, q)) {
      turn_voice = resolver.resolve(turn);
      turn_end = q.end;
      // The turn closes the group open before it (its paragraphs share their voice now) and opens none.
      if (open_group != SIZE_MAX) out.share_voice(open_group);
      open_group = SIZE_MAX;
      previous = turn_voice;
      previous_end_token = q.closed() ? q.close_token : q.last_token;
      continue;
    }
    if (!q.continues) turn_voice.reset();
    // A paragraph that is nothing but a short phrase in marks and in title case is a subheading ("'A Plan
    // Nobody Wanted.'"), not anyone's words.
    // Title case leaves short words in lower case ("'Ferries in the Fog.'"): asked only of a short
    // paragraph that starts with a capital (a title-case headline says nothing of its marks' words).
    // One capitalized word is in title case and in sentence case alike: right after an attributed quotation's
    // paragraph ("…," Ann Vail said.¶"Never."), it is that speaker answering on, not a subheading.
    const bool answers_on = previous && shape.words <= kScareWords && shape.starts_upper &&
                            follows_attributed_paragraph(d, q, previous_end_token);
    if (shape.words <= kSubheadWords && q.closed() && (shape.all_capitalized || (shape.starts_upper && !in_headline)) &&
        paragraph_alone(d, q) && (shape.all_capitalized || title_case_phrase(d, q)) && !(answers_on && shape.words == 1))
      continue;
    const bool clause_start = at_clause_start(d, cues_, q);
    // The first paragraph of a multi-paragraph quotation, opened inside its paragraph after the writer's words
    // and left open at its end for the next to go on, is that quotation's words however short ("…," said Hale.
    // "We will win.¶"And …""); its speaker is the group's (below). (One opening its own paragraph may be a block
    // quote of narration, nobody's words.)
    bool paragraph_piece = false;
    if (shape.words <= kScareWords && !q.continues && !q.closed() && d.prev(q.open_token) != kNoToken &&
        !d.is_break(d.prev(q.open_token))) {
      size_t k = static_cast<size_t>(&q - all_spans.data()) + 1;
      while (k < all_spans.size() && all_spans[k].depth > 0) ++k;
      paragraph_piece = k < all_spans.size() && all_spans[k].continues;
    }
    // So is a later paragraph of one, its mark opening on a word ("…¶"The council agrees.¶"), however short; not
    // a stage direction in a transcript's marks (""(CROSSTALK.)"), nobody's words.
    if (shape.words <= kScareWords && q.continues) {
      const size_t first = d.next(q.open_token);
      paragraph_piece = first != kNoToken && first == d.after(q.open_token) && d.is_word(first);
    }
    // "…," she says. "Not yet.": a short sentence of its own right after an attributed quotation goes on in
    // the same voice; it is no scare quote.
    bool short_follow_on = paragraph_piece;
    if (shape.words <= kScareWords && shape.starts_upper && d.ends_with_full_stop(q) && previous &&
        previous_end_token != kNoToken) {
      const size_t stop = d.prev(q.open_token);
      int between = 0;
      for (size_t t = previous_end_token + 1; t < q.open_token && between <= 6; ++t)
        if (d.kind(t) != TC_TOKEN_SPACE) between += DocTokens::is_slot(t) ? static_cast<int>(d.breaks_in(t)) : 1;
      short_follow_on = paragraph_piece || (stop != kNoToken && d.sentence_ends_after(stop) && between <= 6) ||
                        answers_on;
    }
    const bool sentence_like = (shape.words > kScareWords || short_follow_on) && (shape.starts_upper || clause_start);
    const bool direct = sentence_like && clause_start && (shape.starts_upper || shape.ends_sentence);
    f.kind = direct ? std::string_view("direct") : std::string_view("partial");

    Attribution a = find_attribution(d, cues_, q);
    const bool joined = joinable != kNoToken && coordinated(d, joinable, q);
    if ((a.where == Attribution::Where::none || a.weak) && joined) a = joined_attribution;
    if (shape.words <= kScareWords) {
      // Short quotations are mostly terms and names in the writer's voice: a Title Case one ("Snow
      // Leopard", "New GM") is a name, and one tied to a speaker only by the sentence's subject is a term.
      // Inside reported speech, whose reporting verb has a subject of its own in the same clause ("the
      // senator called the plan "a giveaway"", "Vail dubbed him "Mr. Nobody""), the words are the speaker's: a
      // partial quotation.
      const bool reported = a.where == Attribution::Where::before && a.cue != kNoToken && a.mention;
      // A name in marks is the speaker's words only when the verb names with it ("called him "Mr. Nobody"") or
      // it is the verb's whole object ("said "Never Again""); elsewhere in a reported clause it names a thing
      // ("announced that the current "Snow Leopard" release …").
      // So is the predicate of a reported clause ("concluded the claim was "Mostly False"").
      const size_t before_open = d.prev(q.open_token);
      const bool predicate = before_open != kNoToken && d.is_word(before_open) && is_passive_auxiliary(d.str(before_open));
      // So is a name after an active "as" the reporting clause characterizes its object with ("cited his
      // references to the mayor as "Lady Fog""); not after a comparison or a passive naming ("known as").
      const bool after_as = !predicate && before_open != kNoToken && d.is_word(before_open) && is_as(d.str(before_open));
      const size_t before_as = after_as ? d.prev(before_open) : kNoToken;
      const bool characterized = before_as != kNoToken && d.is_word(before_as) && !is_comparison_head(d.str(before_as));
      // And a name coordinated with a quotation reported just before it ("as "Lady Fog" and "Mister Rain""): the
      // same speaker's words in the same clause.
      const bool names_with_it = reported && (cues_.naming(d.str(a.cue)) || a.adjacent || a.distance <= 1 || predicate ||
                                              (characterized && !a.weak) || joined || a.wording);
      // After an article, a name in marks is a term ("the "Lion" release", "the phone it calls the "Zephyr"")
      // unless a free relative puts the naming on its subject ("what he called a "New Fleet"", "what Tom Hale
      // called the council's "reckless" acts": the writer holds the words at a distance, the subject said them).
      const size_t before_subject = a.mention ? d.prev(a.mention.first) : kNoToken;
      const bool named_by_verb = names_with_it && cues_.naming(d.str(a.cue)) && a.distance <= 3 &&
                                 before_subject != kNoToken && d.is_word(before_subject) &&
                                 iequals(d.str(before_subject), "what");
      // One word in lower case modifying a noun inside a clause a reporting verb's own subject says ("arguing
      // that he will bring a "common-sense" approach", "said it was her "criminal" attempt") is the speaker's
      // judgement, as a naming verb's object is; words in marks that name a kind of thing ("would offer a
      // "deferred pay" package") and a name in capitals are still the writer's terms.
      bool modifier = false;
      const bool as_name = used_as_name(d, q, shape, &modifier);
      bool one_word = q.closed();
      for (size_t t = q.open_token + 1; one_word && t < q.close_token; ++t) one_word = !d.is_space(t);
      const bool term = (as_name && !named_by_verb && !a.wording && !(modifier && one_word && reported && !a.weak)) ||
                        (a.cue != kNoToken && passive_participle(d, a.cue, q)) ||
                        (reported && topic_of_reporting_verb(d, a.cue, q)) || called_work_title(d, q);
      // ""That," he added, "…"": words opening the sentence, closed by a comma or a full stop inside the marks, the
      // reporting verb and its subject right after them, are the first piece of a sentence someone says, whatever
      // their case. Not a title set off inside the sentence ("In her book, "Hard Choices," Ann Vail argues").
      const bool said_after = a.where == Attribution::Where::after && a.cue != kNoToken && a.mention && !a.weak &&
                              a.adjacent && q.closed() && shape.ends_sentence && d.sentence_opens_after(before_open);
      if (a.weak || term || (shape.all_capitalized && !shape.exclaims && !names_with_it && !said_after)) a = {};
    } else if (shape.starts_upper && shape.words <= kSubheadWords && q.closed() && !in_headline &&
               ((!direct && titled_name(d, cues_, q, a)) ||
                // a title, even one set off by commas like a sentence ("her memoir, "A Long Road Home," sold"), also
                // when a reporting verb follows: after a work's word the title-case phrase names the work, and the
                // verb reports what its author says in it ("In her memoir, "A Long Road Home," Ann Vail argues …")
                ((a.where == Attribution::Where::none || a.where == Attribution::Where::after ||
                  (right_after_work_noun(d, q) && !(a.cue != kNoToken && cues_.naming(d.str(a.cue))))) &&
                 work_title(d, q)) ||
                called_work_title(d, q) ||
                (a.where == Attribution::Where::none && verb_object_title(d, q, shape)))) {
      continue;
    }
    // A work's title set off after the subject, and words named as words, are nobody's, whatever their length.
    if (!in_headline && (work_appositive(d, cues_, q) || (a.where == Attribution::Where::none && (named_as_words(d, q) || passively_named(d, q)))))
      continue;
    std::optional<ResolvedSpeaker> speaker;
    const char* method = nullptr;
    Mention intro_mention;  // the subject of a short introducing sentence, when that attributes the quotation
    if (a.where != Attribution::Where::none) {
      // A clause's first capitalized word taken for its subject, with a preposition right after it, names someone
      // only when the document knows it as a person or a body: "Feeds on our moods, and calls rivals …" opens
      // with a verb ("Hale on Monday called …" with a name the document gives in full).
      const size_t after_mention = a.mention ? d.next(a.mention.last) : kNoToken;
      if (!(a.from_clause_start && a.mention.kind == Mention::Kind::name && a.mention.first == a.mention.last &&
            after_mention != kNoToken && d.is_word(after_mention) && d.lower_initial(after_mention) &&
            is_noun_preposition(d.str(after_mention)) && !resolver.known_speaker(a.mention)))
        speaker = resolver.resolve(a.mention, a.cue != kNoToken && cues_.continuing(d.str(a.cue)));
      // "Ann Vail and Tom Hale call it …": both speak, as written.
      if (speaker && a.where == Attribution::Where::before && !a.how)
        if (const Mention pair = coordinated_subject(d, a.mention)) {
          speaker->begin = d.begin(pair.first);
          speaker->name = clean_name(text.substr(speaker->begin, speaker->end - speaker->begin));
        }
      method = a.how                                                      ? a.how
               : a.mention.kind == Mention::Kind::pronoun                 ? "pronoun"
               : a.where == Attribution::Where::colon                     ? "colon"
               : a.mention.kind == Mention::Kind::description &&
                       d.lex->is_document_noun(d.str(a.mention.last))     ? "source"
                                                                           : "cue";
      if (a.cue != kNoToken) {
        const uint32_t cb = d.begin(a.cue), ce = d.end(a.cue_last);
        f.cue = text.substr(cb, ce - cb);
      }
    } else if (Mention intro = (intro_mention = direct ? short_intro_subject(d, q) : Mention{})) {
      // The subject of the short sentence before speaks ("Holt shrugged. "…""); a subject the document does not
      // know as anyone ("Farmers were angry.") is someone unnamed, who does not carry on an earlier voice.
      if (resolver.known_speaker(intro)) speaker = resolver.resolve(intro);
      method = "narration";
      if (!speaker) {
        previous.reset();
        previous_end_token = q.closed() ? q.close_token : q.last_token;
        push(std::move(f), q);
        continue;
      }
    } else if (direct && previous && previous_end_token != kNoToken) {
      // A follow-on quotation: the same speaker goes on, unless other text intervenes.
      size_t between = 0;
      for (size_t t = previous_end_token + 1; t < q.open_token && between <= kFollowOnTokens; ++t)
        if (d.kind(t) != TC_TOKEN_SPACE) between += DocTokens::is_slot(t) ? d.breaks_in(t) : 1;
      if (between <= kFollowOnTokens) {
        speaker = previous;
        method = "continuation";
      }
    }
    if (!speaker && a.where == Attribution::Where::none && direct) {
      Attribution prior = previous_sentence_attribution(d, cues_, q);
      // Guessed from a subject with no reporting verb: only someone the document knows as a person or a body.
      if (prior.where != Attribution::Where::none && (!prior.weak || resolver.known_speaker(prior.mention))) {
        speaker = resolver.resolve(prior.mention);
        method = "previous_sentence";
      }
    }
    if (interviewee && direct && interview.answers(q.open_token)) {
      // An answer: "she" in its narration is the interviewee; a name attributes it and says who that is.
      const Mention& by = a.where != Attribution::Where::none ? a.mention : intro_mention;
      if (by.kind == Mention::Kind::pronoun) {
        if (auto as = resolver.resolve_as(by, *interviewee)) {
          speaker = as;
          method = "interview";
        }
      } else if (by.kind == Mention::Kind::name && speaker && a.where != Attribution::Where::none) {
        interviewee = speaker->begin;
      }
    }
    if (!speaker && in_headline && q.depth == 0) {
      if (const Mention lead = headline_speaker(d, cues_, headline, q)) {
        speaker = resolver.resolve(lead);
        method = "headline";
      }
    }
    if (!speaker && a.where == Attribution::Where::none && shape.words <= kScareWords && !in_headline &&
        !paragraph_piece)
      continue;
    // Longer, a quotation nobody is tied to is still the writer's phrase when it is a preposition's object ("the
    // hosts of "The Morning Hour,"", "a demand for "sending more aid""): a title or borrowed words, not speech.
    if (!speaker && a.where == Attribution::Where::none && !direct && !in_headline && preposition_object(d, q)) continue;
    // A paragraph going on with a transcript turn that names no one else is the turn's speaker's.
    if (!speaker && q.continues && turn_voice) {
      speaker = turn_voice;
      method = "continuation";
    }
    if (speaker) {
      f.speaker = speaker->name;
      f.speaker_begin = speaker->begin;
      f.speaker_end = speaker->end;
      f.speaker_method = method ? method : "cue";
      previous = speaker;
    } else if (a.where != Attribution::Where::none && a.mention) {
      // Attributed to someone the text does not name ("said GM's sales vice president"): the quotation
      // after it goes on in that unnamed voice, not in the voice of whoever spoke before.
      previous.reset();
    }
    previous_end_token = q.closed() ? q.close_token : q.last_token;
    if (a.where != Attribution::Where::none && a.mention && q.closed()) {
      joined_attribution = a;
      joined_close = q.close_token;
    }
    push(std::move(f), q);
  }
  if (open_group != SIZE_MAX) out.share_voice(open_group);
  add_reported_speech(d, resolver, unmarked, indirect, out);
  return out;
}

void QuoteExtractor::add_reported_speech(const DocTokens& d, MentionResolver& resolver,
                                         std::span<const ReportedSpan> unmarked, std::span<const ReportedSpan> indirect,
                                         FoundQuotes& out) const {
  // Spans of each kind come in text order without overlapping one another, and so do the outermost quoted
  // spans: the overlap tests below walk forward, linear in all.
  std::vector<std::pair<uint32_t, uint32_t>> unmarked_spans;
  size_t next_unmarked = 0;
  auto report = [&](const ReportedSpan& r, bool is_unmarked) {
    int words = 0;
    for (size_t t = r.first; t <= r.last; ++t)
      if (d.is_word(t) || d.kind(t) == TC_TOKEN_NUMBER) ++words;
    if (words < std::max(1, options_.min_quote_words)) return;
    FoundQuote f;
    f.begin = d.begin(r.first);
    f.end = d.end(r.last);
    f.kind = is_unmarked ? "unmarked" : "indirect";
    // A quotation carries this speech; a short term in marks inside unmarked speech does not.
    auto it = std::lower_bound(d.outer.begin(), d.outer.end(), f.begin,
                               [](const QuoteSpan& q, uint32_t b) { return q.end <= b; });
    for (; it != d.outer.end() && it->begin < f.end; ++it)
      if (!is_unmarked || it->end - it->begin > f.end - f.begin) return;
    if (!is_unmarked) {
      while (next_unmarked < unmarked_spans.size() && unmarked_spans[next_unmarked].second <= f.begin) ++next_unmarked;
      if (next_unmarked < unmarked_spans.size() && unmarked_spans[next_unmarked].first < f.end) return;
    }
    if (auto speaker = resolver.resolve(r.attribution.mention)) {
      f.speaker = speaker->name;
      f.speaker_begin = speaker->begin;
      f.speaker_end = speaker->end;
      f.speaker_method = r.attribution.mention.kind == Mention::Kind::pronoun ? "pronoun" : "cue";
    }
    const uint32_t cb = d.begin(r.attribution.cue), ce = d.end(r.attribution.cue_last);
    f.cue = d.text.substr(cb, ce - cb);
    if (is_unmarked) unmarked_spans.emplace_back(f.begin, f.end);
    out.add_reported(f);
  };
  for (const ReportedSpan& r : unmarked) report(r, true);
  for (const ReportedSpan& r : indirect) report(r, false);
  out.sort_reported();  // merged with the quotations in marks, which stay first at the same position
}

}  // namespace textchain::quotes
