#include "speaker_finder.hpp"

#include "name_lexicon.hpp"

namespace textchain::quotes {
namespace {

constexpr int kBeforeWindow = 60;   // tokens looked at before a quotation
constexpr int kAppositiveSpan = 24; // tokens an appositive ("X, who …, said") may span
constexpr int kRelativeReach = 6;  // words between a document noun and the relative that follows its phrase
constexpr int kParticiplePhraseWords = 6;  // words after a subject's participle before its verb ("marching through the streets")

// An apostrophe glued to the word before it and followed by a space or a word: the possessive of a plural
// or of a name ending in s ("Mr Hicks' decision", "the workers' union"), not a quotation mark.
bool possessive_apostrophe(const DocTokens& d, size_t t) {
  std::string_view s = d.str(t);
  if (!(s == "'" || s == "\u2019") || t == 0 || !d.is_word(d.before(t))) return false;
  // What follows must be a word, straight or after one space: "houses’." closes a quotation instead.
  const size_t after = t + 1 < d.size() && d.kind(t + 1) == TC_TOKEN_SPACE ? t + 2 : t + 1;
  if (after >= d.size() || !d.is_word(after)) return false;
  std::string_view w = d.str(d.before(t));
  return !w.empty() && (w.back() == 's' || w.back() == 'S');
}

// A lower-case word in -ly standing between a subject and its verb ("Holt cynically dismissed"): an adverb,
// unless a determiner or a possessive before it makes it a noun ("Hale's family said", "the assembly voted").
bool ly_adverb(const DocTokens& d, size_t t) {
  std::string_view w = d.str(t);
  if (w.size() <= 4 || !w.ends_with("ly") || !d.lower_initial(t)) return false;
  const size_t b = d.prev(t);
  return !(b != kNoToken && d.is_word(b) && (is_possessive(d.str(b)) || is_noun_determiner(d.str(b))));
}

}  // namespace

static bool is_dash(const DocTokens& d, size_t k) {
  if (k == kNoToken || d.is_word(k)) return false;
  std::string_view s = d.str(k);
  // A hyphen between two letters ("R-Ky", "vice-president") joins words; it sets nothing off.
  if (s == "-" && k > 0 && d.after(k) < d.size() && d.is_word(d.before(k)) && d.is_word(d.after(k))) return false;
  return s == "-" || s == "\u2014" || s == "\u2013" || s == "\u2015";
}

static bool is_dash_or_comma(const DocTokens& d, size_t k) { return is_dash(d, k) || (k != kNoToken && d.is_punct(k, ',')); }

// A short parenthesis next to a name ("Rep. Ann Vail (D-Wis.) said", "said Tom Hale (R), who …"): starting
// at its opening bracket `k` (forward) or its closing one (backward), the token beyond it; `k` itself when no
// short parenthesis is there.
static size_t past_parenthesis(const DocTokens& d, size_t k, bool forward = true) {
  const char open = forward ? '(' : ')', close = forward ? ')' : '(';
  if (k == kNoToken || !d.is_punct(k, open)) return k;
  auto step = [&](size_t t) { return forward ? d.next(t) : d.prev(t); };
  size_t t = step(k);
  for (int steps = 0; t != kNoToken && steps < 12; ++steps, t = step(t)) {
    if (d.is_break(t) || d.is_mark(t)) return k;
    if (d.is_punct(t, close)) return step(t);
  }
  return k;
}

namespace {
// cue_of for a word the cue lexicon lists (or "according"): out of line, most words asked are not listed.
[[gnu::noinline]] CueKind listed_cue_of(const DocTokens& d, size_t k, CueKind c, size_t* last);
}  // namespace

CueKind cue_of(const DocTokens& d, const CueLexicon& cues, size_t k, size_t* last) {
  if (k == kNoToken || !d.is_word(k)) return CueKind::none;
  const CueKind c = cues.lookup(d.token_str(k));  // a word: a token, no slot
  if (c == CueKind::none) {
    *last = k;
    return CueKind::none;
  }
  return listed_cue_of(d, k, c, last);
}

namespace {
CueKind listed_cue_of(const DocTokens& d, size_t k, CueKind c, size_t* last) {
  // Reporting verbs are written in lower case; "States" in "United States" is a name. Sentence-initial
  // "According to" and "Citing" are the exceptions.
  if (c != CueKind::none && c != CueKind::according && d.capitalized(k) &&
      !(c == CueKind::participle && (d.prev(k) == kNoToken || d.sentence_ends_after(d.prev(k)) || d.is_break(d.prev(k)))))
    return CueKind::none;
  // "Editor's note:", "the mayor's statement": after a possessive the word is a noun; so it is after an
  // article or a possessive or demonstrative determiner ("such attacks were", "the claims", "his remarks").
  if (c == CueKind::verb) {
    const size_t b = d.prev(k);
    if (b != kNoToken && d.is_word(b) && (d.token_str(b).ends_with("'s") || d.token_str(b).ends_with("\u2019s") ||
                                          (d.token_str(b).size() <= 5 && is_noun_determiner(d.token_str(b)))))
      return CueKind::none;
  }
  // "is branded", "was called", "were described": after a form of "be" a past form is passive, and its
  // subject is what was named, not who speaks.
  if (c == CueKind::verb && d.token_str(k).ends_with("ed")) {
    size_t b = d.prev(k);
    if (b != kNoToken && d.is_word(b) && ly_adverb(d, b)) b = d.prev(b);  // "was widely ridiculed"
    if (b != kNoToken && d.is_word(b) && is_passive_auxiliary(d.str(b))) return CueKind::none;
    // "Sales rose 5 percent compared with …", a headline's "Talk compared to …": a naming verb with its
    // comparison's preposition right after it has no object to name, a preposition or a reduced passive.
    const size_t a = d.next(k);
    if (a != kNoToken && d.is_word(a) && is_comparison_preposition(d.str(a)) &&
        (d.lex->cue_verbs().tags(d.token_str(k)) & Lexicons::kNaming))
      return CueKind::none;
  }
  *last = k;
  if (c == CueKind::according) {
    size_t to = d.next(k);
    if (to == kNoToken || !d.is_word(to) || !iequals(d.str(to), "to")) return CueKind::none;
    *last = to;
  }
  return c;
}
}  // namespace

namespace {

// cue_of for a token known to be a word, inline in a walk that asks it of every word: `*last` is set only when a cue
// is found.
[[gnu::always_inline]] inline CueKind word_cue_of(const DocTokens& d, const CueLexicon& cues, size_t k, size_t* last) {
  const CueKind c = cues.lookup(d.token_str(k));
  return c == CueKind::none ? CueKind::none : listed_cue_of(d, k, c, last);
}

// A capitalized run that is a role at an organization, not a name: "CEO of Norland Freight Systems",
// "Director at Acme Research" (a title word, then "of"/"at"/"for" before the organization's name).
bool role_of_org(const DocTokens& d, const Mention& m) {
  bool title = false;
  for (size_t t = m.first; t <= m.last && t < d.size(); ++t) {
    if (!d.is_word(t)) continue;
    std::string_view w = d.str(t);
    if (d.capitalized(t) && d.title_word(t)) title = true;
    else if (title && d.lower_initial(t) && is_affiliation_preposition(w)) return true;
  }
  return false;
}

// For a name right after a lower-case "of" ("the premier of the state of X"): the description it ends,
// from its determiner to the role noun before the first "of", when that noun is a person's role.
Mention role_holding(const DocTokens& d, const Mention& name, size_t window_start) {
  size_t of = d.prev(name.first);
  if (of == kNoToken || !d.is_word(of) || !d.lower_initial(of) || !is_of(d.str(of))) return {};
  size_t start = kNoToken;
  size_t t = of;
  for (int steps = 0; steps < 12 && t != kNoToken && t >= window_start && d.is_word(t); ++steps, t = d.prev(t))
    if (is_determiner(d.str(t)) && !is_indefinite(d.str(t))) start = t;
  if (start == kNoToken) return {};
  size_t head = kNoToken;
  for (size_t k = d.next(start); k != kNoToken && k < name.first; k = d.next(k)) {
    if (d.is_word(k) && d.lower_initial(k) && is_of(d.str(k))) break;
    head = k;
  }
  if (head == kNoToken || !d.is_word(head) || !d.lower_initial(head) ||
      !(d.lex->is_person_noun(d.str(head)) || d.title_word(head)))
    return {};
  return {Mention::Kind::description, start, head, true};
}

// The first word of the subject `m` when `m` follows, over a few words ("the former mayor and current
// Senate candidate"), the comma closing a phrase that opens its sentence with a preposition ("In a letter sent
// to Governor Tom Hale late on Friday, Vail said", "After a meeting with Ann Lee, the mayor said");
// kNoToken otherwise.
size_t first_word(const DocTokens& d, size_t from);  // the first word at or after `from` (below)

size_t after_introductory_phrase(const DocTokens& d, const Mention& m, size_t window_start) {
  constexpr int kSubjectWords = 12;
  size_t comma = d.prev(m.first);
  for (int steps = 0; steps < kSubjectWords && comma != kNoToken && comma > window_start && d.is_word(comma); ++steps)
    comma = d.prev(comma);
  // "On Sunday's episode of "The Evening Hour," the host said": the comma inside a title's closing mark.
  const size_t subject = comma == kNoToken ? kNoToken : d.next(comma);
  if (comma != kNoToken && d.is_mark(comma) && d.prev(comma) != kNoToken && d.is_punct(d.prev(comma), ','))
    comma = d.prev(comma);
  if (comma == kNoToken || comma <= window_start || !d.is_punct(comma, ',')) return kNoToken;
  const size_t f = first_word(d, window_start);
  if (f == kNoToken || f >= comma || !d.capitalized(f) || !is_introductory_preposition(d.str(f))) return kNoToken;
  // The phrase ends at the sentence's first comma: after a later one ("On Friday, Ann Lee, head of the union,
  // said") the mention may be an appositive's.
  for (size_t t = d.next(f); t != kNoToken && t < comma; t = d.next(t))
    if (is_dash_or_comma(d, t)) return kNoToken;
  const size_t b = d.prev(f);
  return d.sentence_opens_after(b) ? subject : kNoToken;
}

// Whether a time phrase with no comma after it opens the sentence right before `first`, the subject's first word:
// a pointer and a unit ("Last week Ann Vail …"), or an introductory preposition and a day or a month, perhaps a
// unit or a number after it ("On Monday Ann Vail …", "On Monday afternoon …", "In March 2019 …").
bool after_opening_time_phrase(const DocTokens& d, size_t first, size_t window_start) {
  size_t t = d.prev(first);
  if (t == kNoToken || t < window_start) return false;
  const bool unit = d.is_word(t) && d.lower_initial(t) && is_time_unit(d.str(t));
  if (unit || d.kind(t) == TC_TOKEN_NUMBER) {
    const size_t p = d.prev(t);
    if (unit && p != kNoToken && p >= window_start && d.is_word(p) && d.capitalized(p) && is_time_pointer(d.str(p)))
      return d.sentence_opens_after(d.prev(p));
    t = p;
  }
  if (t == kNoToken || t < window_start || !d.is_word(t) || !d.capitalized(t) ||
      !(is_weekday(d.str(t)) || is_month_word(d.str(t))))
    return false;
  const size_t p = d.prev(t);
  return p != kNoToken && p >= window_start && d.is_word(p) && d.capitalized(p) &&
         is_introductory_preposition(d.str(p)) && d.sentence_opens_after(d.prev(p));
}

Mention subject_before(const DocTokens& d, const CueLexicon& cues, size_t cue, size_t window_start) {
  size_t j = d.prev(cue);
  for (int steps = 0; steps < 3 && j != kNoToken && j >= window_start && d.is_word(j); ++steps) {
    std::string_view w = d.str(j);
    // "Holt cynically dismissed …": an adverb in -ly stands between the subject and its verb.
    const bool adverb = ly_adverb(d, j);
    if (!(is_verb_filler(w) || adverb) || cues.lookup(w) == CueKind::verb) {
      // "An internal audit last year found": a time phrase stands there too.
      const size_t pointer = d.prev(j);
      if (!(d.lower_initial(j) && is_time_unit(w) && pointer != kNoToken && pointer >= window_start &&
            d.is_word(pointer) && d.lower_initial(pointer) && is_time_pointer(d.str(pointer))))
        break;
      j = pointer;
    }
    j = d.prev(j);
  }
  if (const size_t b = past_parenthesis(d, j, false); b != j && b != kNoToken && b >= window_start && d.is_word(b)) j = b;
  if (j == kNoToken || j < window_start) return {};
  if (is_dash_or_comma(d, j)) {  // "X, who …, said": the subject stands before the appositive
    // "The bank's CEO, Mara Quint, said": a name set off by commas is the subject itself.
    Mention own = mention_ending_at(d, d.prev(j));
    if (own && own.kind == Mention::Kind::name && own.first >= window_start) {
      size_t before = d.prev(own.first);
      // A lone first name counts only in apposition to a role or kin word ("his daughter, Mia, said").
      const size_t noun = before == kNoToken ? kNoToken : d.prev(before);
      const bool introduced = own.last == own.first && before != kNoToken && d.is_punct(before, ',') &&
                              noun != kNoToken && d.is_word(noun) && d.lower_initial(noun) &&
                              d.lex->is_person_noun(d.str(noun));
      if ((own.last > own.first && (before == kNoToken || before < window_start || is_dash_or_comma(d, before))) ||
          introduced)
        return own;
    }
    // "X, an engineer at Holt Freight, which …, said": a name ending an appositive ("at Holt Freight", after
    // a lower-case word) is an object inside it; the subject stands before the next comma back, when there is
    // one within reach.
    Mention inner{};
    size_t t = d.prev(j);
    for (int steps = 0; t != kNoToken && t >= window_start && steps < 2 * kAppositiveSpan; ++steps, t = d.prev(t)) {
      if (d.is_break(t) || d.is_mark(t)) return inner;
      if (is_dash_or_comma(d, t)) {
        Mention m = mention_ending_at(d, d.prev(t));
        if (!m || m.first < window_start) return inner;
        const size_t b = d.prev(m.first);
        const bool embedded = m.kind == Mention::Kind::name && b != kNoToken && b >= window_start && d.is_word(b) &&
                              d.lower_initial(b);
        if (!embedded) return m;
        if (inner) return inner;
        inner = m;
        if (steps >= kAppositiveSpan) return inner;
      }
    }
    return inner;
  }
  Mention m = mention_ending_at(d, j);
  if (m && m.first < window_start) m.first = window_start;
  if (m) {
    // "A memo obtained by the newspaper says", "Documents reviewed by the Ledger show": the agent of a participle
    // after a document noun only handled the document, which is the verb's subject and speaks. (Who released
    // or issued it does speak through it: `releasing_agent` in the resolver.)
    size_t by = d.prev(m.first);
    if (by != kNoToken && d.is_word(by) && is_determiner(d.str(by))) by = d.prev(by);  // "by the Ledger": a name's article
    const size_t v = by != kNoToken && d.is_word(by) && is_agent_preposition(d.str(by)) ? d.prev(by) : kNoToken;
    const size_t noun = v != kNoToken && d.is_word(v) && d.lower_initial(v) && d.str(v).ends_with("ed") &&
                                !is_release_verb(d.str(v))
                            ? d.prev(v)
                            : kNoToken;
    if (noun != kNoToken && noun >= window_start && d.is_word(noun) && d.lex->is_document_noun(d.str(noun))) {
      const Mention document = mention_ending_at(d, noun);
      if (document && document.first >= window_start && document.kind == Mention::Kind::description) return document;
    }
  }
  if (m && m.kind == Mention::Kind::name) {
    // "The governor of the state of New Castile remarked": the name ends a role's
    // description; the role, not the place, is the subject.
    Mention role = role_holding(d, m, window_start);
    if (role) return role;
    // "32% of Republican claims": a name after "of" is that preposition's object, so the cue word after it is
    // a noun, and the name is no verb's subject.
    const size_t b = d.prev(m.first);
    if (b != kNoToken && d.is_word(b) && d.lower_initial(b) && is_of(d.str(b))) return {};
  }
  const bool weak = !m || m.kind == Mention::Kind::description ||
                    (m.kind == Mention::Kind::name && (d.org_word(m.last) || d.title_word(m.last) ||
                                                       role_of_org(d, m)));
  // "On Monday's edition of the Evening Hour, the former mayor said": after an introductory phrase the
  // mention right after its comma is the subject, however long the phrase; a name inside it is an object.
  if (weak && m) {
    if (const size_t first = after_introductory_phrase(d, m, window_start); first != kNoToken) {
      if (m.kind == Mention::Kind::description && first < m.first) {
        m.first = first;
        m.definite = !is_indefinite(d.str(first));
      }
      return m;
    }
  }
  if (weak && m) {
    // "Ivan Petrov, president and CEO of Norland Freight Systems said": the person before the
    // appositive, not the organization at its end.
    size_t t = d.prev(m.first);
    for (int steps = 0; t != kNoToken && t >= window_start && steps < kAppositiveSpan; ++steps, t = d.prev(t)) {
      if (d.is_break(t) || d.is_mark(t) || d.sentence_ends_after(t)) break;
      if (d.is_punct(t, ',')) {
        Mention p = mention_ending_at(d, d.prev(t));
        if (p && p.kind == Mention::Kind::name && p.first >= window_start && !d.org_word(p.last) &&
            !d.title_word(p.last) && p.last > p.first)
          return p;
      }
    }
  }
  return m;
}

// An unnamed subject a few words before the verb `cue`, with a modifier between them: an indefinite pronoun
// ("someone familiar with …") or an indefinite article ("a person close to …"). Returned as an indefinite
// description, which names nobody.
Mention unnamed_subject(const DocTokens& d, const CueLexicon& cues, size_t cue, size_t window_start) {
  size_t t = d.prev(cue);
  for (int steps = 0; steps < 8 && t != kNoToken && t >= window_start && d.is_word(t); ++steps, t = d.prev(t)) {
    std::string_view w = d.str(t);
    // "X made an address and said": a coordinated verb shares the subject before it.
    if (is_complementizer(w) || is_coordinator(w) || cues.lookup(w) != CueKind::none || d.capitalized(t))
      break;
    if (is_indefinite_pronoun(w) || is_indefinite(w)) {
      // Only as the subject: opening the clause, or after "that" ("reported that someone … said").
      const size_t b = d.prev(t);
      if (t == window_start || b == kNoToken || d.is_punct(b, ',') || (d.is_word(b) && is_complementizer(d.str(b))))
        return {Mention::Kind::description, t, d.prev(cue), false};
      break;
    }
  }
  return {};
}

size_t first_word(const DocTokens& d, size_t from) {
  size_t t = from;
  while (t != kNoToken && !d.is_word(t)) t = d.next(t);
  return t;
}

// For a possessive name ("Tom Hale's"): the phrase it opens, which is the subject ("Tom Hale's family has …",
// "Hale's lawyers said"), or the name that phrase introduces ("Hale's campaign manager Ann Vail said"); the
// name itself only when no noun follows. Words before `to`.
Mention possessed(const DocTokens& d, const CueLexicon& cues, const Mention& owner, size_t to) {
  // The head noun, and a role word after it ("campaign manager", "press secretary"); a verb ends the phrase.
  size_t head = kNoToken;
  size_t t = d.next(owner.last);
  for (int words = 0; words < 2 && t != kNoToken && t < to && d.is_word(t) && d.lower_initial(t); ++words, t = d.next(t)) {
    std::string_view w = d.str(t);
    if (is_auxiliary(w) || is_verb_filler(w) || is_object_preposition(w) || is_conjunction(w) || is_relative_opener(w) ||
        cues.lookup(w) != CueKind::none || (words > 0 && !d.title_word(t)))
      break;
    head = t;
  }
  if (head == kNoToken) return owner;
  const size_t after = d.next(head);
  if (after != kNoToken && after < to && d.is_word(after) && d.capitalized(after)) {
    const Mention named = mention_starting_at(d, after);
    if (named && named.kind == Mention::Kind::name) return named;
  }
  return {Mention::Kind::description, owner.first, head, true};
}

// "Democratic presidential nominee Ann Vail": a capitalized word, then lower-case modifiers and a title
// written before a name, describe the person that name is; the name, or nothing when no title and name follow
// the word ending `m` within three words.
Mention name_after_title(const DocTokens& d, const CueLexicon& cues, const Mention& m, size_t to) {
  size_t t = d.next(m.last);
  if (t == kNoToken || !d.is_word(t) || cues.lookup(d.str(t)) != CueKind::none) return {};
  for (int words = 0; words < 3 && t != kNoToken && t < to && d.is_word(t) && d.lower_initial(t); ++words) {
    const size_t n = d.next(t);
    if (d.title_word(t) && n != kNoToken && n < to && d.is_word(n) && d.capitalized(n)) {
      const Mention named = mention_starting_at(d, n);
      return named && named.kind == Mention::Kind::name && named.last < to ? named : Mention{};
    }
    t = n;
  }
  return {};
}

// "BOTH PARTIES HAVE LOOKED INTO IT — Hale …": a kicker, two words or more in capitals set off by a dash at the
// head of a paragraph, is a heading and no part of the clause after it. The token after its dash, or `t` when no
// kicker starts there.
size_t past_kicker(const DocTokens& d, size_t t, size_t to) {
  constexpr int kKickerWords = 8;
  size_t k = t;
  int words = 0;
  for (; k != kNoToken && k < to && d.is_word(k) && words < kKickerWords; k = d.next(k), ++words)
    if (d.str(k).size() < 2 || !d.all_capitals(k) || d.has_digit(k)) return t;
  return words >= 2 && k != kNoToken && k < to && is_dash(d, k) ? d.next(k) : t;
}

// The first mention in [from, to): the subject of the sentence, for participles ("X …, saying").
Mention first_mention(const DocTokens& d, const CueLexicon& cues, size_t from, size_t to) {
  if (from != kNoToken && (d.prev(from) == kNoToken || d.is_break(d.prev(from)))) from = past_kicker(d, from, to);
  for (size_t t = from; t < to && t != kNoToken; t = d.next(t)) {
    if (!d.is_word(t)) continue;
    std::string_view w = d.str(t);
    if (!(d.capitalized(t) || pronoun_of(w) != Pronoun::none || is_determiner(w))) continue;
    // Words inside a quotation are the speaker's, never the clause's subject ("“Promise me,” she sings").
    if (d.quote_at(d.begin(t)) >= 0) continue;
    Mention m = mention_starting_at(d, t);
    if (m && m.kind == Mention::Kind::name && m.last < to && is_possessive(d.str(m.last))) m = possessed(d, cues, m, to);
    else if (m && m.kind == Mention::Kind::name && m.first == m.last)
      if (const Mention named = name_after_title(d, cues, m, to)) m = named;
    if (m && m.last < to && (m.kind != Mention::Kind::description || m.definite)) return m;
    // "A group of city councillors released …": the clause's subject is someone unnamed; a name
    // inside the description ("Washington") is not the speaker.
    // A statement, report or website is not the speaker, but the one it belongs to may be named in it ("A
    // statement on Apple's website states").
    if (m && m.kind == Mention::Kind::description && m.last < to && t == from && !d.lex->is_document_noun(d.str(m.last)))
      return m;
  }
  return {};
}

// "Vail openly admires Hale as a "strong leader"", "Vail has been pounding Hale as a "con artist"": an active
// verb's object characterized "as" a quoted phrase is how the verb's subject speaks of it, and that subject (a
// name or a pronoun opening the clause) speaks, whatever the verb. Not "such as", "as well as", "known as", and
// not a passive ("Hale was hailed as …"), whose subject is the one characterized. `p` is the token before the
// quotation's opening mark, [window_start, p] its clause.
Mention characterizing_subject(const DocTokens& d, const CueLexicon& cues, size_t window_start, size_t p) {
  size_t as = p;
  if (as != kNoToken && d.is_word(as) && is_determiner(d.str(as))) as = d.prev(as);
  if (as == kNoToken || as <= window_start || !d.is_word(as) || !d.lower_initial(as) || !is_as(d.str(as))) return {};
  const size_t head = d.prev(as);
  if (head == kNoToken || !d.is_word(head) || is_comparison_head(d.str(head))) return {};
  const Mention m = first_mention(d, cues, window_start, as);
  if (!m || (m.kind != Mention::Kind::name && m.kind != Mention::Kind::pronoun)) return {};
  const size_t b = d.prev(m.first);
  if (!(b == kNoToken || b < window_start || d.is_break(b) || d.sentence_ends_after(b) || d.is_punct(b, ','))) return {};
  // The subject's verb, after a parenthesis and an aside set off by commas ("Ann Vail (D-Ore.), in particular,
  // has been …"), auxiliaries and adverbs ("has been steadily pounding").
  size_t v = past_parenthesis(d, d.next(m.last));
  if (v != kNoToken && d.is_punct(v, ',')) {
    size_t t = d.next(v);
    for (int steps = 0; t != kNoToken && t < as && steps < kAppositiveSpan && !d.is_punct(t, ','); ++steps, t = d.next(t))
      if (d.is_break(t) || d.is_mark(t) || d.sentence_ends_after(t)) return {};
    if (t == kNoToken || t >= as || !d.is_punct(t, ',')) return {};
    v = d.next(t);
  }
  bool be = false, aux = false;
  for (int steps = 0; steps < 4 && v != kNoToken && v < as && d.is_word(v) && d.lower_initial(v); ++steps) {
    std::string_view w = d.str(v);
    const bool adverb = ly_adverb(d, v);
    if (!(is_verb_filler(w) || adverb || is_passive_auxiliary(w))) break;
    be = be || is_passive_auxiliary(w);
    aux = true;
    v = d.next(v);
  }
  if (v == kNoToken || v >= as || !d.is_word(v) || !d.lower_initial(v)) return {};
  std::string_view verb = d.str(v);
  if (be && !verb.ends_with("ing")) return {};  // "was hailed as", "is seen as": passive
  if (!(aux || verb.ends_with("s") || verb.ends_with("ed") || verb.ends_with("ing"))) return {};
  // An object stands between the verb and "as" ("served as" has none: the subject is what it names).
  if (d.next(v) >= as) return {};
  // The object is a noun phrase: no punctuation but hyphens and abbreviations' periods, and no verb of its own
  // ("Search queries on your data can be saved as …": "queries" was no verb).
  for (size_t t = d.next(v); t != kNoToken && t < as; t = d.next(t)) {
    if (!d.is_word(t)) {
      if (!d.is_punct(t, '-') && !d.is_punct(t, '.')) return {};
      continue;
    }
    std::string_view w = d.str(t);
    if (is_verb_filler(w) || is_auxiliary(w) || is_passive_auxiliary(w))
      return {};
  }
  return m;
}

Attribution after_quote(const DocTokens& d, const CueLexicon& cues, const QuoteSpan& q) {
  Attribution a;
  if (!q.closed()) return a;
  size_t j = d.next(q.close_token);
  for (int steps = 0; steps < 2 && is_dash_or_comma(d, j); ++steps) j = d.next(j);
  if (j == kNoToken || d.is_break(j) || !d.is_word(j)) return a;
  // "…," when Reyes criticised him: the clause after the quotation tells when it was said, not by whom.
  if (d.lower_initial(j) && is_subordinator(d.str(j))) return a;
  if (d.lower_initial(j) && is_agent_preposition(d.str(j))) {
    // "the plan was called "a giveaway" by Ann Vail", "was described as "…" by the mayor", "the bridge, dubbed
    // "…" by critics,": a naming verb in the passive (or a reduced one after a comma) right before the quotation;
    // its agent named the thing so and speaks.
    size_t v = d.prev(q.open_token);
    if (v != kNoToken && d.is_word(v) && is_as(d.str(v))) v = d.prev(v);
    const size_t aux = v == kNoToken ? kNoToken : d.prev(v);
    if (aux == kNoToken || !d.is_word(v) || !d.lower_initial(v) || !cues.naming(d.str(v)) ||
        !(d.is_punct(aux, ',') || (d.is_word(aux) && is_passive_auxiliary(d.str(aux)))))
      return a;
    Mention m = mention_starting_at(d, d.next(j));
    if (m && m.kind != Mention::Kind::pronoun) return {Attribution::Where::after, m, v, v, true, 0};
    return a;
  }
  if (is_as(d.str(j))) {
    // "…," as a committee memo put it / as Lee wrote: the subject of the "as" clause. "…" as stated on the
    // Apple website / as reported by the board: the source after the passive's preposition.
    const size_t k = d.next(j);
    if (k == kNoToken || !d.is_word(k)) return a;
    size_t v_last = kNoToken;
    if (d.lower_initial(k) && d.str(k).ends_with("ed") && cue_of(d, cues, k, &v_last) == CueKind::verb) {
      const size_t prep = d.next(v_last);
      if (prep != kNoToken && d.is_word(prep) && is_source_preposition(d.str(prep))) {
        Mention m = mention_starting_at(d, d.next(prep));
        if (m && m.kind != Mention::Kind::pronoun) return {Attribution::Where::after, m, k, v_last, true, 0};
      }
      return a;
    }
    Mention m = mention_starting_at(d, k);
    if (!m) return a;
    const size_t v = d.next(m.last);
    if (v == kNoToken || !d.is_word(v) || !d.lower_initial(v) || !cues.reports_in_as_clause(d.str(v))) return a;
    // The clause reports this quotation only when its verb has no quotation of its own: "as the mayor
    // yelled "Go home!"" is a time, not a source.
    size_t t = d.next(v);
    for (int steps = 0; steps < 8 && t != kNoToken && !d.is_break(t); ++steps, t = d.next(t)) {
      if (d.is_mark(t)) return a;
      if (d.sentence_ends_after(t)) break;
    }
    return {Attribution::Where::after, m, v, v, true, 0};
  }
  size_t cue_last = kNoToken;
  CueKind ck = cue_of(d, cues, j, &cue_last);
  if (ck == CueKind::verb || ck == CueKind::according) {
    // "…" suggests that the city …: the quotation is the verb's subject, and "that" opens its clause; no
    // one is named after the verb.
    const size_t after_cue = d.next(cue_last);
    if (ck == CueKind::verb && after_cue != kNoToken && d.is_word(after_cue) && is_complementizer(d.str(after_cue)))
      return a;
    Mention m = mention_starting_at(d, after_cue);
    if (!m) return a;
    a = {Attribution::Where::after, m, j, cue_last, true, 0};
    return a;
  }
  Mention m = mention_starting_at(d, j);
  if (!m) return a;
  // "…," Hale's niece, Ann Vail, shouted: the possessive opens the description of someone. So does a name in -s
  // with its apostrophe alone ("…," Mills' spokeswoman, Dana Cruz, said), the apostrophe a token of its own.
  if (const size_t ap = m.kind == Mention::Kind::name ? d.touching_next(m.last) : kNoToken;
      ap != kNoToken && possessive_apostrophe(d, ap)) {
    Mention owner = m;
    owner.last = ap;
    if (const Mention held = possessed(d, cues, owner, d.size()); held.last != ap) m = held;  // else the name alone
  } else if (m.kind == Mention::Kind::name && is_possessive(d.str(m.last))) {
    m = possessed(d, cues, m, d.size());
  }
  // "…" ― Ana Ruiz: a name after a dash and nothing else in its sentence signs the quotation.
  if (m.kind == Mention::Kind::name && is_dash(d, d.next(q.close_token)) && d.next(d.next(q.close_token)) == j) {
    const size_t after = past_parenthesis(d, d.next(m.last));
    if (after == kNoToken || d.is_break(after) || d.sentence_ends_after(after) || d.is_punct(after, ','))
      return {Attribution::Where::after, m, kNoToken, kNoToken, true, 0, false, "signature"};
  }
  size_t k = past_parenthesis(d, d.next(m.last));
  if (m.kind == Mention::Kind::description && k != kNoToken && d.is_word(k) && d.lower_initial(k) &&
      is_issuer_preposition(d.str(k)) &&
      (d.lex->speaks_for_others(d.str(m.last)) || d.lex->is_document_noun(d.str(m.last)))) {
    // "…," a spokeswoman for the ministry said: someone unnamed speaking for an organization; the
    // organization speaks. So it does through its documents: "…," a statement from the agency said.
    Mention org = mention_starting_at(d, d.next(k));
    if (org && (org.kind == Mention::Kind::name || (org.kind == Mention::Kind::description && org.definite))) {
      size_t v = d.next(org.last);
      if (cue_of(d, cues, v, &cue_last) == CueKind::verb) return {Attribution::Where::after, org, v, cue_last, true, 0};
    }
  }
  if (m.kind == Mention::Kind::name && m.last > m.first && k != kNoToken && d.is_punct(k, ',')) {
    // "…" Jesse Toprak, an analyst for Edmunds.  (a name and a role, no verb)
    size_t t = d.next(k);
    bool role = false;
    for (int steps = 0; steps < 8 && t != kNoToken && d.is_word(t); ++steps, t = d.next(t)) {
      std::string_view w = d.str(t);
      if (cues.lookup(w) != CueKind::none) break;
      if (d.title_word(t) || d.lex->is_person_noun(w)) role = true;
    }
    if (role && t != kNoToken && d.sentence_ends_after(t))
      return {Attribution::Where::after, m, kNoToken, kNoToken, true, 0, false, "apposition"};
  }
  // "…," his neighbour, Ruth, said: the name was found in apposition after its role; the comma after it
  // closes the apposition, and the verb follows.
  if (m.kind == Mention::Kind::name && m.first != j && k != kNoToken && d.is_punct(k, ',')) {
    const size_t v = d.next(k);
    size_t v_last = kNoToken;
    if (cue_of(d, cues, v, &v_last) == CueKind::verb) k = v;
  }
  // "…," Jesse Toprak, an analyst for Edmunds, said; "…," Ann Lee, the attorney general of Norland, one of
  // the states suing, said: one appositive or two in a row, each set off by commas or dashes.
  // "…," Hale's niece, state Del. Ann Vail, shouted: a name in apposition to a description is who it describes.
  Mention apposed;
  if ((m.kind == Mention::Kind::description || is_possessive(d.str(m.last))) && k != kNoToken && d.is_punct(k, ','))
    apposed = mention_starting_at(d, d.next(k));
  if (is_dash_or_comma(d, k)) for (int appositives = 0; appositives < 2; ++appositives) {
    if (appositives > 0) {  // k opens the second one, unless it is the verb already
      size_t v_last = kNoToken;
      if (k == kNoToken || !d.is_word(k) || cue_of(d, cues, k, &v_last) != CueKind::none || is_verb_filler(d.str(k)))
        break;
      k = d.prev(k);
    }
    size_t t = d.next(k);
    for (int steps = 0; t != kNoToken && steps < kAppositiveSpan; ++steps, t = d.next(t)) {
      if (d.is_break(t) || d.is_mark(t) || d.sentence_ends_after(t)) return a;
      if (is_dash_or_comma(d, t)) break;
    }
    if (t == kNoToken || !is_dash_or_comma(d, t)) return a;
    k = d.next(t);
  }
  for (int steps = 0; steps < 3 && k != kNoToken && d.is_word(k); ++steps) {
    if (cues.lookup(d.str(k)) != CueKind::none) break;
    if (!is_verb_filler(d.str(k))) break;
    k = d.next(k);
  }
  ck = cue_of(d, cues, k, &cue_last);
  if (ck != CueKind::verb) return a;
  if (d.ends_with_full_stop(q) && d.capitalized(m.first)) {
    // A quotation closed by its own full stop is over; "Norland says they must …" after it opens a new
    // sentence reporting something else, not an attribution of the quotation. (A lower-case "he said"
    // goes on with the quotation's sentence, and "told" takes its listener as object: "X told the BBC.")
    size_t n = d.next(cue_last);
    const bool told = cues.takes_listener(d.str(k));
    if (n != kNoToken && (d.is_mark(n) || (d.is_word(n) && (pronoun_of(d.str(n)) != Pronoun::none ||
                                                             is_complementizer(d.str(n)) ||
                                                             (!told && (is_determiner(d.str(n)) ||
                                                                        d.capitalized(n)))))))
      return a;
  }
  a = {Attribution::Where::after, apposed.kind == Mention::Kind::name ? apposed : m, k, cue_last, true, 0};
  // "Newswire.com quoted Okafor as saying": the one quoted speaks.
  size_t obj = d.next(cue_last);
  Mention quoted = mention_starting_at(d, obj);
  if (quoted && quoted.kind != Mention::Kind::description) {
    size_t as = d.next(quoted.last);
    if (as != kNoToken && d.is_word(as) && is_as(d.str(as)) && cue_of(d, cues, d.next(as), &cue_last) != CueKind::none)
      a.mention = quoted;
  }
  return a;
}

// The description ending at `b`, right before the "as" of "quoted a harbor official as saying" (a term in marks
// after its determiner too: "quotes a "port aide" as saying"); an empty mention when none ends there. Names and
// pronouns there are the participle's own subject already (mention_ending_at).
Mention object_before_as(const DocTokens& d, size_t b) {
  constexpr int kTermTokens = 6;  // tokens of a term in marks, its marks included
  if (b == kNoToken) return {};
  if (d.is_word(b)) {
    const Mention m = mention_ending_at(d, b);
    return m.kind == Mention::Kind::description && d.lower_initial(b) && d.lex->is_person_noun(d.str(b)) ? m
                                                                                                         : Mention{};
  }
  if (!d.is_mark(b)) return {};
  const size_t last = d.prev(b);
  size_t open = last;
  for (int steps = 0; open != kNoToken && steps < kTermTokens && !d.is_mark(open); ++steps) open = d.prev(open);
  if (open == kNoToken || !d.is_mark(open) || open == last || !d.is_word(last)) return {};
  const size_t det = d.prev(open);
  if (det == kNoToken || !d.is_word(det) || !is_determiner(d.str(det))) return {};
  return {Mention::Kind::description, det, last, !is_indefinite(d.str(det))};
}

// "As The Ledger put it in a profile, "…"", "…, as Lee wrote, "…"": an "as" clause set off by a comma right
// before the quotation, its subject and a verb that reports in such a clause ("put", "wrote"). `p` is the token
// before the opening mark, [window_start, p] its clause.
Attribution as_clause_before(const DocTokens& d, const CueLexicon& cues, size_t window_start, size_t p) {
  if (p == kNoToken || !d.is_punct(p, ',')) return {};
  for (size_t t = d.prev(p); t != kNoToken && t >= window_start; t = d.prev(t)) {
    if (!d.is_word(t)) {
      if (d.is_punct(t, ',')) break;
      continue;
    }
    if (!is_as(d.str(t))) continue;
    const size_t b = d.prev(t);
    if (!(t == window_start || b == kNoToken || b < window_start || d.is_punct(b, ','))) return {};
    const Mention m = mention_starting_at(d, d.next(t));
    if (!m || m.kind == Mention::Kind::pronoun || m.last >= p) return {};
    const size_t v = d.next(m.last);
    if (v == kNoToken || v >= p || !d.is_word(v) || !d.lower_initial(v) || !cues.reports_in_as_clause(d.str(v))) return {};
    return {Attribution::Where::before, m, v, v, true, 0};
  }
  return {};
}

// "Reporters checked Tom Hale's claim that there were "dozens of floods"": a speech noun owned by a name and
// followed by "that" (a lower-case modifier between them at most: "Hale's repeated claim that") reports the
// owner's words; a quotation in its clause, [window_start, p], is the owner's. The noun is the cue.
Attribution speech_noun_owner(const DocTokens& d, size_t window_start, size_t p) {
  for (size_t t = p; t != kNoToken && t > window_start; t = d.prev(t)) {
    if (!d.is_word(t) || !is_complementizer(d.token_str(t))) continue;
    const size_t noun = d.prev(t);
    if (noun == kNoToken || noun < window_start || !d.is_word(noun) || !d.lex->is_speech_noun(d.str(noun))) return {};
    size_t b = d.prev(noun);
    if (b != kNoToken && b > window_start && d.is_word(b) && d.lower_initial(b) && !is_possessive(d.str(b)) &&
        !is_thing_possessive(d.str(b)))
      b = d.prev(b);
    Mention owner;
    if (b != kNoToken && b > window_start && d.is_word(b) && is_thing_possessive(d.str(b))) {
      // "Hale's memo was ridiculed for its prediction that …": "its" goes back to the sentence's subject, a thing
      // whose owner, a name written with its possessive, speaks through it.
      const size_t first = first_word(d, window_start);
      owner = first == kNoToken ? Mention{} : mention_starting_at(d, first);
      if (!owner || owner.kind != Mention::Kind::name || owner.last >= b || !is_possessive(d.str(owner.last)) ||
          !d.sentence_opens_after(d.prev(owner.first)))
        return {};
    } else {
      if (b == kNoToken || b < window_start || !d.is_word(b) || !is_possessive(d.str(b))) return {};
      owner = mention_ending_at(d, b);
      if (!owner || owner.kind != Mention::Kind::name || owner.first < window_start) return {};
    }
    int distance = 0;  // tokens between the noun and the quotation, "that" among them
    for (size_t k = t; k != kNoToken && k <= p; k = d.next(k)) ++distance;
    return {Attribution::Where::before, owner, noun, noun, false, distance};
  }
  return {};
}

// "Hale has used the phrase "…"", "Vail coined the term "…"", "…, invoking the nickname "…"": words in marks right
// after a word noun (`word_nouns`), its determiner and maybe one modifier, the object of a verb of using words, are
// that verb's subject's words. A word noun elsewhere ("the term "…" first appeared") keeps the writer's term.
Attribution word_user(const DocTokens& d, const CueLexicon& cues, size_t window_start, size_t p, size_t o) {
  if (p == kNoToken || !d.is_word(p) || !d.lower_initial(p)) return {};
  size_t det = d.prev(p);
  if (det == kNoToken || det <= window_start || !d.is_word(det) || !d.lower_initial(det)) return {};
  if (!d.lex->is_word_noun(d.str(p))) return {};
  if (det != kNoToken && det > window_start && d.is_word(det) && d.lower_initial(det) && !is_determiner(d.str(det)))
    det = d.prev(det);  // "the derogatory term"
  if (det == kNoToken || det <= window_start || !d.is_word(det) || !is_determiner(d.str(det))) return {};
  const size_t verb = d.prev(det);
  if (verb == kNoToken || verb < window_start || !d.is_word(verb) || !d.lower_initial(verb)) return {};
  const uint8_t use = d.lex->word_verb(d.str(verb));
  if (use == 0) return {};
  const CueKind ck = (use & Lexicons::kWordParticiple) ? CueKind::participle : CueKind::verb;
  Attribution a = speaker_of_cue(d, cues, verb, verb, ck, window_start, o);
  if (!a.mention) return {};
  a.wording = true;
  for (size_t t = verb; t != kNoToken && t < o; t = d.next(t)) ++a.distance;
  --a.distance;
  return a;
}

// "“…?” she asked, but Tom was dozing, and as Ann Vail went on about “the rigged budget” …": a clause of its
// own after the cue's clause, opened by a comma, maybe a conjunction, and a word of simultaneity ("as", "while",
// "when"), with a named subject and a verb that is no cue, holds the quotation; the cue's subject does not reach
// into it. The clause's subject, as the one talking then, speaks. (A concession or a cause, "although Xinhua
// translated the quote as: "…"", comments on words said elsewhere: the cue's subject still speaks.) `o` is the quotation's opening mark; an empty mention
// when no such clause stands between `cue_last` and `o`.
Mention intervening_clause_subject(const DocTokens& d, const CueLexicon& cues, size_t cue_last, size_t o) {
  size_t comma = kNoToken;  // the last comma outside quotations between the cue and the quotation
  // Walked back from the quotation: the first such comma met is the last, and the walk stops there.
  for (size_t t = d.prev(o); t != kNoToken && t > cue_last; t = d.prev(t))
    if (d.is_punct(t, ',') && d.quote_at(d.begin(t)) < 0) {
      comma = t;
      break;
    }
  if (comma == kNoToken) return {};
  size_t k = d.next(comma);
  if (k != kNoToken && d.is_word(k) && d.lower_initial(k) && is_conjunction(d.str(k))) k = d.next(k);
  if (k == kNoToken || !d.is_word(k) || !d.lower_initial(k) || !is_simultaneity_subordinator(d.str(k))) return {};
  const Mention m = mention_starting_at(d, d.next(k));
  if (!m || m.kind != Mention::Kind::name || m.last >= o) return {};
  const size_t v = d.next(m.last);
  if (v == kNoToken || v >= o || !d.is_word(v) || !d.lower_initial(v) || cues.lookup(d.str(v)) != CueKind::none)
    return {};
  return m;
}

// "Hale said at a rally in Dover that Vail once described the deal as "…"": a reporting verb inside the "that"
// clause of another reporting verb is part of what the outer subject says, and the outer subject is the source
// of the whole attribution, the quoted words included (political news attributes to the outermost source). The
// "that" follows the outer verb right away or after an adjunct opened by a preposition or a day ("said on
// Friday that", "said Friday that"), or is left out right after a finite outer verb whose subject is a person
// ("Hale said Vail called …"); a "that" after a noun ("praised the deal that Vail called "…"") opens a relative
// clause, with no outer verb. `inner` is the inner verb's subject; empty when no outer verb holds it, and
// without a cue when the source brings up a noun's clause (the inner verb then stays the quotation's cue).
Attribution reporting_verb_over(const DocTokens& d, const CueLexicon& cues, const Mention& inner, size_t window_start,
                                size_t o) {
  constexpr int kAdjunctWords = 10;  // words of the adjunct between the outer verb and "that"
  const size_t that = d.prev(inner.first);
  if (that == kNoToken || that <= window_start || !d.is_word(that)) return {};
  // "The Times reported that someone close to him said …": an unnamed inner source stays unnamed (no speaker).
  if ((inner.kind == Mention::Kind::description && !inner.definite) || is_indefinite_pronoun(d.str(inner.first)))
    return {};
  if (!is_complementizer(d.str(that))) {
    // "Hale said Vail called the deal "…"": the clause without its "that", right after a finite outer verb, is
    // as much the outer subject's report, when that subject is a person (a name, or a pronoun but "it").
    size_t last = kNoToken;
    if (!d.lower_initial(that) || d.str(that).ends_with("ing") || cue_of(d, cues, that, &last) != CueKind::verb ||
        last != that)
      return {};
    const Attribution outer = speaker_of_cue(d, cues, that, that, CueKind::verb, window_start, o);
    const Mention& m = outer.mention;
    const bool person = m.kind == Mention::Kind::name ||
                        (m.kind == Mention::Kind::pronoun && pronoun_of(d.str(m.first)) != Pronoun::it);
    return person && !outer.weak && m.last < that ? outer : Attribution{};
  }
  // "She pointed to reports that Hale called …": the "that" clause of a noun of what was said ("reports", "claims"),
  // the object of a finite verb's preposition, is what that verb's subject brings up, and the subject is the
  // outermost source, as a reporting verb's is. A name or a pronoun, written before the verb and not owning it.
  if (const size_t noun = d.prev(that);
      noun != kNoToken && noun > window_start && d.is_word(noun) && d.lower_initial(noun) &&
      (d.lex->is_document_noun(d.str(noun)) || d.lex->is_speech_noun(d.str(noun)))) {
    const size_t prep = d.prev(noun);
    const size_t verb = prep != kNoToken ? d.prev(prep) : kNoToken;
    if (verb != kNoToken && verb > window_start && d.is_word(prep) && d.lower_initial(prep) &&
        is_object_preposition(d.str(prep)) && d.is_word(verb) && d.lower_initial(verb) &&
        (d.str(verb).ends_with("ed") || d.str(verb).ends_with("s")) && cues.lookup(d.str(verb)) == CueKind::none) {
      const Mention m = mention_ending_at(d, d.prev(verb));
      if (m && m.first >= window_start && !is_possessive(d.str(m.last)) &&
          (m.kind == Mention::Kind::name ||
           (m.kind == Mention::Kind::pronoun && pronoun_of(d.str(m.first)) != Pronoun::it)))
        return {Attribution::Where::before, m, kNoToken, kNoToken, false, 0};  // no cue: the inner verb stays it
    }
  }
  int words = 0;
  for (size_t t = d.prev(that); t != kNoToken && t >= window_start && words <= kAdjunctWords; t = d.prev(t), ++words) {
    if (!d.is_word(t)) return {};
    size_t last = kNoToken;
    if (!d.lower_initial(t) || cue_of(d, cues, t, &last) != CueKind::verb || last >= that) continue;
    const size_t gap = d.next(last);
    const bool adjunct = gap == that || (d.is_word(gap) && ((d.lower_initial(gap) && (is_introductory_preposition(d.str(gap)) || is_time_pointer(d.str(gap)))) ||
                                                           (d.capitalized(gap) && is_not_name_word(d.str(gap)))));
    if (!adjunct) return {};
    Attribution outer = speaker_of_cue(d, cues, t, last, CueKind::verb, window_start, o);
    // Documents that show what someone wrote ("Emails released by the committee show that the aide wrote …", the
    // committee standing for its emails) are evidence of the inner words, not the one who says them.
    const size_t by = outer.mention ? d.prev(outer.mention.first) : kNoToken;
    const size_t release = by != kNoToken && d.is_word(by) && is_agent_preposition(d.str(by)) ? d.prev(by) : kNoToken;
    if (!outer.mention || outer.weak ||
        (outer.mention.kind == Mention::Kind::pronoun && pronoun_of(d.str(outer.mention.first)) == Pronoun::it) ||
        (outer.mention.kind == Mention::Kind::description && d.lex->is_document_noun(d.str(outer.mention.last))) ||
        (release != kNoToken && d.is_word(release) && is_release_verb(d.str(release))))
      return {};
    return outer;
  }
  return {};
}

// The source an "according to" (tokens `cue` to `last`) names, up to the comma that closes it before `limit`
// ("according to the Dover Herald,"): the attribution, and that comma in `*comma`; empty when no comma closes it
// within a few tokens, or the source is a pronoun.
Attribution according_source(const DocTokens& d, size_t cue, size_t last, size_t limit, size_t* comma_out) {
  constexpr int kSourceTokens = 12;
  size_t comma = d.next(last);
  for (int steps = 0; comma != kNoToken && comma < limit && !d.is_punct(comma, ','); comma = d.next(comma))
    if (++steps > kSourceTokens || d.is_mark(comma) || d.is_break(comma)) return {};
  if (comma == kNoToken || comma >= limit || comma == d.next(last)) return {};
  Attribution a;
  a.where = Attribution::Where::before;
  a.cue = cue;
  a.cue_last = last;
  a.mention = mention_ending_at(d, d.prev(comma));
  if (!a.mention || a.mention.kind == Mention::Kind::pronoun || a.mention.first <= last) return {};
  *comma_out = comma;
  return a;
}

// "According to the Dover Herald, Hale's spokesman Tom Reyes said Friday that …": a sentence opened by "according
// to" and its source, then a clause whose reporting verb reports the quotation, is all the source's report; the
// source is the outermost, as after an outer reporting verb (reporting_verb_over). `inner` is the clause's subject,
// after the source's comma and maybe role words; empty when the sentence does not open so or the subject is unnamed.
Attribution according_over(const DocTokens& d, const CueLexicon& cues, const Mention& inner, size_t window_start) {
  if ((inner.kind == Mention::Kind::description && !inner.definite) || is_indefinite_pronoun(d.str(inner.first)))
    return {};
  const size_t first = first_word(d, window_start);
  size_t last = kNoToken;
  if (first == kNoToken || first >= inner.first || cue_of(d, cues, first, &last) != CueKind::according) return {};
  // A name after the source's comma is not joined to it as a place's region would be.
  size_t comma = kNoToken;
  Attribution a = according_source(d, first, last, inner.first, &comma);
  if (!a.mention) return {};
  // The subject opens the clause after the comma, maybe after its role words ("Hale spokesman Tom Reyes").
  constexpr int kRoleWords = 8;
  int words = 0;
  for (size_t t = d.next(comma); t != kNoToken && t < inner.first; t = d.next(t))
    if (!d.is_word(t) || ++words > kRoleWords) return {};
  return a;
}

// "Ann Vail watched the video, according to her lawyer, and said she …": a source set off by commas between the
// clause's subject and its reporting verb reports the whole clause, as one opening the sentence does
// (according_over). `inner` is the reporting verb's subject, `cue` the verb; empty when no such source stands there.
Attribution according_between(const DocTokens& d, const CueLexicon& cues, const Mention& inner, size_t cue) {
  if ((inner.kind == Mention::Kind::description && !inner.definite) || is_indefinite_pronoun(d.str(inner.first)))
    return {};
  for (size_t t = d.next(inner.last); t != kNoToken && t < cue; t = d.next(t)) {
    if (d.is_mark(t) || d.is_break(t) || d.sentence_ends_after(t)) return {};
    if (!d.is_punct(t, ',')) continue;
    const size_t w = d.next(t);
    size_t last = kNoToken;
    if (w == kNoToken || w >= cue || !d.is_word(w) || cue_of(d, cues, w, &last) != CueKind::according) continue;
    size_t comma = kNoToken;
    return according_source(d, w, last, cue, &comma);
  }
  return {};
}

// How many steps of next() go from token `from` to the first position at or past token `to` (from < to): one per
// token between them and per line break between them, plus one; counted from the slots' line-break bits instead of
// walked.
int steps_between(const DocTokens& d, size_t from, size_t to) {
  if (!(from & 1) || !(to & 1)) [[unlikely]] {  // a slot at either end: walk
    int n = 0;
    for (size_t t = from; t != kNoToken && t < to; t = d.next(t)) ++n;
    return n;
  }
  // Tokens 2a + 1 and 2b + 1: the slots 2j between them are a < j <= b, the tokens between b - a - 1.
  const size_t a = DocTokens::compact(from), b = DocTokens::compact(to);
  size_t n = b - a;
  for (size_t j = a + 1; j <= b; ++j) n += d.slot_breaks(j);
  return static_cast<int>(n);
}

Attribution before_quote(const DocTokens& d, const CueLexicon& cues, const QuoteSpan& q) {
  Attribution a;
  const size_t o = q.open_token;
  size_t p = d.prev(o);
  // "The Times reports:" ending one paragraph introduces the quotation opening the next (the host ends a
  // sentence at every blank line, so the walk below starts before that colon).
  size_t paragraph_colon = kNoToken;
  if (p != kNoToken && d.is_break(p)) {
    size_t b = p;
    while (b != kNoToken && d.is_break(b)) b = d.prev(b);
    if (b != kNoToken && d.is_punct(b, ':')) p = paragraph_colon = b;
  }
  if (p == kNoToken || (d.is_break(p) && !(d.prev(p) != kNoToken && d.is_word(d.prev(p))))) return a;
  if (d.is_word(p) && is_as(d.str(p))) {
    // The passive "was praised by Reyes as "…"": the agent speaks.
    Mention m = mention_ending_at(d, d.prev(p));
    size_t by = m ? d.prev(m.first) : kNoToken;
    if (m && m.kind == Mention::Kind::name && by != kNoToken && d.is_word(by) && is_agent_preposition(d.str(by)))
      return {Attribution::Where::before, m, kNoToken, kNoToken, true, 0};
  }
  size_t window_start = o, cue = kNoToken, cue_last = kNoToken;
  CueKind ck = CueKind::none;
  // "…, concluding that the maxim (what Wilson once testified) would be true that "…"": a reporting verb inside a
  // parenthetical closed before the quotation reports the aside; it attributes the quotation only when no verb
  // outside the parenthetical does.
  int paren_depth = 0;
  size_t paren_cue = kNoToken, paren_cue_last = kNoToken;
  CueKind paren_ck = CueKind::none;
  int count = 0;
  for (size_t t = p; t != kNoToken && count < kBeforeWindow; t = d.prev(t), ++count) {
    if (d.is_break(t)) {
      // A line broken in mid-sentence (scraped text: "the promotion of\n\nsuch false news") does not end it.
      size_t b = t;
      while (b != kNoToken && d.is_break(b)) b = d.prev(b);
      if (b == kNoToken || !d.is_word(b) || !d.lower_initial(b)) break;
      t = b;
      window_start = t;
      continue;
    }
    if (t != paragraph_colon && d.sentence_ends_after(t)) break;
    const bool word = d.is_word(t);  // a word is no mark and no bracket: only a cue is looked for in it
    if (!word && d.is_mark(t)) {
      // An earlier quotation in the same sentence: look past it ("He called it the “hottest thing going in
      // radio”, and, “exciting”"), unless it ends the sentence.
      long qi = d.quote_at(d.begin(t));
      if (qi < 0 && possessive_apostrophe(d, t)) {  // "responded to Hicks' decision": part of the word
        window_start = t;
        continue;
      }
      if (qi < 0) break;
      const QuoteSpan& e = d.outer[static_cast<size_t>(qi)];
      if (e.begin >= q.begin || !e.closed()) break;
      size_t inner_last = d.prev(e.close_token);
      if (inner_last != kNoToken && (d.sentence_ends_after(inner_last) || d.is_break(inner_last))) {
        size_t after = d.next(e.close_token);
        if (after == kNoToken || !d.is_word(after) || d.capitalized(after)) break;
      }
      window_start = e.open_token;
      t = e.open_token;
      continue;
    }
    window_start = t;
    if (!word) {
      if (d.is_punct(t, ')')) ++paren_depth;
      else if (d.is_punct(t, '(') && paren_depth > 0) --paren_depth;
    } else if (cue == kNoToken) {  // cue_of answers none for all but words
      size_t last = kNoToken;
      CueKind c = word_cue_of(d, cues, t, &last);
      if (c != CueKind::none && last < o) {
        if (paren_depth == 0) {
          cue = t;
          cue_last = last;
          ck = c;
        } else if (paren_cue == kNoToken) {
          paren_cue = t;
          paren_cue_last = last;
          paren_ck = c;
        }
      }
    }
  }
  if (cue == kNoToken && paren_cue != kNoToken) {
    cue = paren_cue;
    cue_last = paren_cue_last;
    ck = paren_ck;
  }
  if (cue == kNoToken) {
    if (Attribution used = word_user(d, cues, window_start, p, o); used.where != Attribution::Where::none) return used;
    if (Attribution as = as_clause_before(d, cues, window_start, p); as.where != Attribution::Where::none) return as;
    if (Attribution own = speech_noun_owner(d, window_start, p); own.where != Attribution::Where::none) return own;
    if (Mention m = characterizing_subject(d, cues, window_start, p))
      return {Attribution::Where::before, m, kNoToken, kNoToken, false, 0};
    if (d.is_punct(p, ':')) {
      // "…, she smiled: "…"", "Holt shrugged: "…"": a subject and one verb introducing the quotation.
      const size_t v = d.prev(p);
      if (v != kNoToken && d.is_word(v) && d.lower_initial(v) && pronoun_of(d.str(v)) == Pronoun::none &&
          !is_determiner(d.str(v))) {
        Mention m = mention_ending_at(d, d.prev(v));
        const size_t b = m ? d.prev(m.first) : kNoToken;
        if (m && (m.kind == Mention::Kind::pronoun || m.kind == Mention::Kind::name) && m.first >= window_start &&
            (b == kNoToken || d.is_break(b) || d.sentence_ends_after(b) || d.is_punct(b, ',')))
          return {Attribution::Where::colon, m, kNoToken, kNoToken, true, 0};
      }
      Mention m = mention_ending_at(d, d.prev(p));
      if (m && m.kind == Mention::Kind::name) return {Attribution::Where::colon, m, kNoToken, kNoToken, true, 0};
    }
    if (d.is_punct(p, ':') || d.is_punct(p, ',')) {
      // A clause introducing the quotation without a reporting verb ("Reyes sent a letter to the
      // committee, "…""): its subject speaks, when it is a name.
      // A speech noun before the colon ("settled on a slogan: "…"", "had one answer: "…"") says the words
      // after it are what the subject says: as firm as a reporting verb, short quotations included. That subject
      // follows an introductory phrase's comma ("With …, Ann Vail has one answer:").
      const size_t noun = d.prev(p);
      const bool said = d.is_punct(p, ':') && noun != kNoToken && d.is_word(noun) && d.lex->is_speech_noun(d.str(noun));
      size_t from = window_start;
      if (said)
        for (size_t t = noun; t != kNoToken && t > window_start; t = d.prev(t))
          if (d.is_punct(t, ',')) {
            from = t;
            break;
          }
      Mention m = first_mention(d, cues, from, p);
      if (m && m.kind == Mention::Kind::name) return {Attribution::Where::colon, m, kNoToken, kNoToken, false, 0, !said};
    }
    return a;
  }
  if (const Mention m = intervening_clause_subject(d, cues, cue_last, o)) {
    a = {Attribution::Where::before, m, kNoToken, kNoToken, false, 0};
    a.intervening = true;
    return a;
  }
  const int distance = steps_between(d, cue_last, o);
  a = speaker_of_cue(d, cues, cue, cue_last, ck, window_start, o);
  // "She says it shows that X is "…"": a reporting verb whose subject is "it", right after another reporting
  // verb (and its "that"), is part of what that verb reports; the outer verb's subject speaks.
  if (ck == CueKind::verb && a.mention.kind == Mention::Kind::pronoun && pronoun_of(d.str(a.mention.first)) == Pronoun::it) {
    size_t b = d.prev(a.mention.first);
    if (b != kNoToken && b >= window_start && d.is_word(b) && is_complementizer(d.str(b))) b = d.prev(b);
    size_t outer_last = kNoToken;
    if (b != kNoToken && b >= window_start && cue_of(d, cues, b, &outer_last) == CueKind::verb) {
      Attribution outer = speaker_of_cue(d, cues, b, outer_last, CueKind::verb, window_start, o);
      if (outer.mention && !outer.weak && !(outer.mention.kind == Mention::Kind::pronoun &&
                                            pronoun_of(d.str(outer.mention.first)) == Pronoun::it))
        a = outer;
    }
  }
  if (ck == CueKind::verb && a.mention && !a.weak) {
    if (Attribution outer = reporting_verb_over(d, cues, a.mention, window_start, o); outer.mention) {
      if (outer.cue == kNoToken) a.mention = outer.mention;  // a subject bringing up a noun's clause
      else a = outer;
    }
    else if (Attribution source = according_over(d, cues, a.mention, window_start); source.mention) a = source;
    else if (Attribution between = according_between(d, cues, a.mention, a.cue); between.mention) a = between;
  }
  // "Vail's campaign is seeking to contrast her plan with what they call Hale's "selfish message"": "they"
  // inside the sentence goes back to the group opening it, a possessive description of an organisation.
  if (ck == CueKind::verb && a.mention.kind == Mention::Kind::pronoun &&
      pronoun_of(d.str(a.mention.first)) == Pronoun::they && a.mention.first > window_start) {
    const Mention group = first_mention(d, cues, window_start, a.mention.first);
    if (group.kind == Mention::Kind::description && group.definite && group.first == first_word(d, window_start) &&
        is_possessive(d.str(group.first)) && d.lex->is_org_noun(d.str(group.last))) {
      // Named by its owner, the group is reported as written ("Vail's campaign"), not as the last
      // organization the text named.
      a.mention = group;
      a.mention.definite = false;
    }
  }
  a.distance = distance - 1;
  {
    size_t x = p;
    for (int steps = 0; steps < 2 && x != kNoToken; ++steps) {
      if (!(d.is_punct(x, ':') || d.is_punct(x, ',') || (d.is_word(x) && is_complementizer(d.token_str(x))))) break;
      x = d.prev(x);  // (a token that is none of them stays x: asking it again would answer the same)
    }
    a.adjacent = x == cue_last;
  }
  return a;
}

// "Hale released a letter from his doctor that says …": the one who released a document speaks through it, as
// after "released a statement saying"; the clause's subject stays the speaker.
bool released(const DocTokens& d, const Mention& m) {
  const size_t v = m.kind == Mention::Kind::description && d.lex->is_document_noun(d.str(m.last)) ? d.prev(m.first) : kNoToken;
  return v != kNoToken && d.is_word(v) && d.lower_initial(v) && is_release_verb(d.str(v));
}

// "Hale made a remark that called …", "prompted Ann Vail to make a comment that described …": a remark the
// relative follows says its maker's words; the maker is the subject of the verb that makes it, or, after an
// infinitive's "to", the name or pronoun right before it (the main verb's object). An empty mention otherwise.
Mention remark_maker(const DocTokens& d, size_t noun, size_t window_start) {
  if (!d.lower_initial(noun) || !d.lex->is_speech_noun(d.str(noun))) return {};
  // Back over the remark's modifiers to its determiner ("a sharp comment").
  size_t det = d.prev(noun);
  for (int words = 0; words < 3 && det != kNoToken && det > window_start && d.is_word(det) && !is_determiner(d.str(det));
       ++words)
    det = d.prev(det);
  if (det == kNoToken || det <= window_start || !d.is_word(det) || !is_determiner(d.str(det))) return {};
  const size_t v = d.prev(det);
  if (v == kNoToken || v <= window_start || !d.is_word(v) || !d.lower_initial(v) || !is_make_verb(d.str(v))) return {};
  size_t b = d.prev(v);
  if (b != kNoToken && d.is_word(b) && is_infinitive_marker(d.str(b))) b = d.prev(b);
  const Mention m = b != kNoToken && b >= window_start && d.is_word(b) ? mention_ending_at(d, b) : Mention{};
  if (!m || m.first < window_start || (m.kind == Mention::Kind::description && !m.definite)) return {};
  return m;
}

// "the harbor office, which reported …", "the Port Authority which said …", "a memo from the board on Friday that
// says …": the subject of a verb right after "which" or "that" is the noun phrase the relative follows. A
// document noun with a preposition's phrase after it holds the relative ("a letter from his doctor Friday
// afternoon that says"); otherwise the name or the definite description right before the relative (its comma
// skipped). A pronoun or an indefinite description there names nobody: an empty mention.
Mention thing_antecedent(const DocTokens& d, size_t cue, size_t window_start) {
  size_t rel = d.prev(cue);
  for (int steps = 0; steps < 3 && rel != kNoToken && rel > window_start && d.is_word(rel) &&
                      (is_verb_filler(d.str(rel)) || ly_adverb(d, rel));
       ++steps)
    rel = d.prev(rel);
  if (rel == kNoToken || rel <= window_start || !d.is_word(rel) || !d.lower_initial(rel) ||
      !is_thing_relative(d.str(rel)))
    return {};
  size_t b = d.prev(rel);
  if (b != kNoToken && d.is_punct(b, ',')) b = d.prev(b);
  b = past_parenthesis(d, b, false);
  if (b == kNoToken || b < window_start || !d.is_word(b)) return {};
  size_t t = d.prev(b);
  for (int words = 0; words < kRelativeReach && t != kNoToken && t >= window_start && d.is_word(t); ++words, t = d.prev(t)) {
    if (!d.lower_initial(t) || !d.lex->is_document_noun(d.str(t))) continue;
    const size_t p = d.next(t);
    const Mention doc = is_noun_preposition(d.str(p)) ? mention_ending_at(d, t) : Mention{};
    if (doc && doc.kind == Mention::Kind::description && doc.first >= window_start) return released(d, doc) ? Mention{} : doc;
    break;
  }
  if (const Mention maker = remark_maker(d, b, window_start)) return maker;
  const Mention m = mention_ending_at(d, b);
  if (!m || m.first < window_start || m.kind == Mention::Kind::pronoun || released(d, m) ||
      (m.kind == Mention::Kind::description && !m.definite && !d.lex->is_document_noun(d.str(m.last))))
    return {};
  return m;
}

// "Tom Hale, who said …", "Ann Vail, now the majority leader, who in 2010 said …": the verb's subject is a
// relative "who" (adverbs or a year between them allowed); the name before its comma, or before the appositive
// that comma closes, speaks. An empty mention otherwise.
Mention relative_antecedent(const DocTokens& d, size_t cue, size_t window_start) {
  size_t j = d.prev(cue);
  for (int steps = 0; steps < 3 && j != kNoToken && j >= window_start; ++steps) {
    if (d.kind(j) == TC_TOKEN_NUMBER) {  // "who in 2010 said"
      const size_t in = d.prev(j);
      if (in == kNoToken || !d.is_word(in) || !iequals(d.str(in), "in")) break;
      j = d.prev(in);
      continue;
    }
    if (!d.is_word(j)) break;
    std::string_view w = d.str(j);
    if (!(is_verb_filler(w) || ly_adverb(d, j))) break;
    j = d.prev(j);
  }
  if (j == kNoToken || j < window_start || !d.is_word(j) || !iequals(d.str(j), "who")) return {};
  const size_t comma = d.prev(j);
  if (comma == kNoToken || comma <= window_start || !d.is_punct(comma, ',')) return {};
  Mention m = mention_ending_at(d, past_parenthesis(d, d.prev(comma), false));
  // A name after a preposition that follows a role ("an expert at Norland University, who") is an object inside
  // an appositive; after any other noun ("drew fire from Ann Vail, who called …", "a letter from Tom Hale, who
  // said") the relative goes on about the name.
  const size_t b = m ? d.prev(m.first) : kNoToken;
  const size_t head = b == kNoToken ? kNoToken : d.prev(b);
  const bool object = b != kNoToken && d.is_word(b) && is_object_preposition(d.str(b)) &&
                      !(head != kNoToken && d.is_word(head) && d.lower_initial(head) &&
                        !d.lex->is_person_noun(d.str(head)) && !d.title_word(head) && !is_determiner(d.str(head)));
  if (m && m.kind == Mention::Kind::name && m.first >= window_start && !object) return m;
  // "Tom Hale, now the majority leader, who": the name stands before the appositive.
  size_t t = d.prev(comma);
  for (int steps = 0; t != kNoToken && t >= window_start && steps < kAppositiveSpan; ++steps, t = d.prev(t)) {
    if (d.is_break(t) || d.is_mark(t) || d.sentence_ends_after(t)) return {};
    if (d.is_punct(t, ',')) {
      m = mention_ending_at(d, past_parenthesis(d, d.prev(t), false));
      return m && m.kind == Mention::Kind::name && m.first >= window_start ? m : Mention{};
    }
  }
  return {};
}

// Whether the participle `cue` is a free adjunct: right after a comma (an adverb in -ly between at most: "…, merely
// saying"), or after a preposition or subordinator that takes a participle ("began by saying", "despite
// admitting", "while insisting").
bool adjunct_participle(const DocTokens& d, size_t cue) {
  size_t b = d.prev(cue);
  if (b != kNoToken && d.is_word(b) && ly_adverb(d, b)) {
    const size_t comma = d.prev(b);
    if (comma != kNoToken && d.is_punct(comma, ',')) b = comma;
  }
  return b != kNoToken && (d.is_punct(b, ',') || (d.is_word(b) && d.lower_initial(b) && is_participle_opener(d.str(b))));
}

// "63 percent said the plan was "…"": a share of people right before the verb `cue` (a number and a share noun,
// perhaps with a filler between them and the verb) is its subject, someone unnamed: a definite description.
Mention share_subject(const DocTokens& d, size_t cue, size_t window_start) {
  size_t j = d.prev(cue);
  if (j != kNoToken && j >= window_start && d.is_word(j) && is_verb_filler(d.str(j))) j = d.prev(j);
  if (j == kNoToken || j < window_start || !d.is_word(j) || !d.lower_initial(j) || !is_share_noun(d.str(j))) return {};
  const size_t n = d.prev(j);
  if (n == kNoToken || n < window_start || d.kind(n) != TC_TOKEN_NUMBER) return {};
  return {Mention::Kind::description, n, j, true};
}

// "Protesters marching through the square chanted …": a subject opening the sentence with a participle phrase
// right after it (a reduced relative: who were marching …) is the subject of the verb `cue` that ends that
// phrase. Only lower-case words stand between, none of them a verb of a clause of its own, a cue, or a word that
// opens or joins a clause; no comma (an appositive or a list would need one).
bool subject_of_participle_phrase(const DocTokens& d, const CueLexicon& cues, const Mention& m, size_t cue) {
  if (!m || m.kind == Mention::Kind::pronoun || !d.sentence_opens_after(d.prev(m.first))) return false;
  const size_t p = d.next(m.last);
  if (p == kNoToken || p >= cue || !d.is_word(p) || !d.lower_initial(p)) return false;
  const std::string_view pw = d.str(p);
  if (pw.size() <= 4 || !pw.ends_with("ing") || cues.lookup(pw) != CueKind::none) return false;
  int words = 0;
  for (size_t t = d.next(p); t != kNoToken && t < cue; t = d.next(t)) {
    if (!d.is_word(t) || !d.lower_initial(t) || ++words > kParticiplePhraseWords) return false;
    const std::string_view w = d.str(t);
    if (is_auxiliary(w) || is_verb_filler(w) || is_complementizer(w) || is_coordinator(w) || is_relative_opener(w) ||
        cues.lookup(w) != CueKind::none)
      return false;
  }
  return true;
}

// "Democratic presidential nominee Ann Vail": for a name after a lower-case title word, the token before the
// title and its modifiers (title words, organisation nouns, adjective-shaped words, capitalized words such as
// "Democratic" or "Senate"), else the token before the name. `object` is set when some other word stands in
// that phrase: a verb whose object the name is ("Protesters booed former president Tom Hale, saying …").
size_t before_title_phrase(const DocTokens& d, const Mention& m, bool& object) {
  object = false;
  size_t b = d.prev(m.first);
  if (b == kNoToken || !d.is_word(b) || !d.lower_initial(b) || !d.title_word(b)) return b;
  for (int words = 0; words < 4 && b != kNoToken && d.is_word(b) && !d.sentence_opens_after(b); ++words) {
    const std::string_view w = d.str(b);
    if (!(d.capitalized(b) || d.title_word(b) || d.lex->is_org_noun(w) || is_adjective_shaped(w))) {
      object = true;
      return b;
    }
    b = d.prev(b);
  }
  return b;
}

// Whether `m` is a description of a person by a role noun after the definite article ("the senator", "the
// company's spokeswoman", "the former governor and U.S. senator"; `role` tags in titles.txt): someone who may be
// a clause's subject. Not after a possessor ("Vail's aide", "his aide"), which stays no one's.
bool role_description(const DocTokens& d, const Mention& m) {
  return m.kind == Mention::Kind::description && m.definite && d.is_word(m.first) &&
         is_definite_article(d.str(m.first)) && d.is_word(m.last) && d.lower_initial(m.last) &&
         d.lex->is_person_noun(d.str(m.last));
}

// Whether `m` is a name or a pronoun opening its sentence, not a possessive ("Vail's doctor"): the
// sentence's subject. With `roles`, a role noun's definite description ("The senator ended …") counts too.
bool opens_sentence_as_subject(const DocTokens& d, const Mention& m, bool roles = false) {
  if (!m || (m.kind != Mention::Kind::name && m.kind != Mention::Kind::pronoun && !(roles && role_description(d, m))))
    return false;
  if (m.kind == Mention::Kind::name) {
    std::string_view last = d.str(m.last);
    if (last.ends_with("'s") || last.ends_with("\u2019s")) return false;
    const size_t n = d.next(m.last);
    if (n != kNoToken && !d.is_word(n) && (d.str(n) == "'" || d.str(n) == "\u2019")) return false;  // "Hicks' aide"
  }
  // Its verb, an appositive or a parenthesis follows; "DUBLIN — Two parties launched …" opens with a dateline.
  const size_t n = d.next(m.last);
  if (n == kNoToken || !(d.is_word(n) || d.is_punct(n, ',') || d.is_punct(n, '('))) return false;
  // "Democratic presidential nominee Ann Vail chimed in": a capitalized word soon after shows the mention was
  // only the start of a longer description, whose name is the subject.
  size_t t = n;
  for (int words = 0; words < 3 && t != kNoToken && d.is_word(t); ++words, t = d.next(t))
    if (d.capitalized(t) && !is_not_name_word(d.str(t))) return false;  // "spoke out Monday" goes on
  bool object = false;
  size_t b = before_title_phrase(d, m, object);
  // "The Ledger ended its review by …": a name after the sentence's opening article is its subject all the same.
  if (m.kind == Mention::Kind::name && b != kNoToken && b + 2 == m.first && d.is_word(b) && d.capitalized(b) &&
      is_determiner(d.str(b)))
    b = d.prev(b);
  return !object && d.sentence_opens_after(b);
}

}  // namespace

Mention coordinated_subject(const DocTokens& d, const Mention& subject) {
  if (subject.kind != Mention::Kind::name) return {};
  const size_t conj = d.prev(subject.first);
  if (conj == kNoToken || !d.is_word(conj) || !d.lower_initial(conj) || !is_coordinator(d.str(conj))) return {};
  size_t b = d.prev(conj);
  if (b != kNoToken && d.is_punct(b, ',')) b = d.prev(b);  // "Ann Vail, Tom Hale, and Bo Pryce"
  Mention first = mention_ending_at(d, b);
  // Only a pair that opens its clause (the sentence, or after an introductory phrase's comma) is the subject;
  // inside one, "… with Ann Vail and Tom Hale" is an object.
  if (first.kind != Mention::Kind::name) return {};
  const size_t before = d.prev(first.first);
  if (before != kNoToken && !d.sentence_opens_after(before) && !d.is_punct(before, ',')) return {};
  // "Ann Vail, Tom Hale and Bo Pryce said": the earlier names of a longer list, each before a comma, when the list
  // opens the sentence or follows an introductory phrase's comma (not a place's: "In Denver, Colorado, …").
  constexpr int kListNames = 6;
  for (int names = 0; names < kListNames; ++names) {
    const size_t comma = d.prev(first.first);
    if (comma == kNoToken || !d.is_punct(comma, ',')) break;
    const Mention earlier = mention_ending_at(d, d.prev(comma));
    if (earlier.kind != Mention::Kind::name) break;
    const size_t eb = d.prev(earlier.first);
    const bool opens = eb == kNoToken || d.sentence_opens_after(eb) ||
                       (d.is_punct(eb, ',') && mention_ending_at(d, d.prev(eb)).kind != Mention::Kind::name);
    if (!opens) break;
    first = earlier;
  }
  return first;
}

Attribution speaker_of_cue(const DocTokens& d, const CueLexicon& cues, size_t cue, size_t cue_last, CueKind ck,
                           size_t window_start, size_t limit) {
  Attribution a;
  a.where = Attribution::Where::before;
  a.cue = cue;
  a.cue_last = cue_last;
  if (ck == CueKind::according) {
    a.mention = mention_starting_at(d, d.next(cue_last));
    return a;
  }
  if (ck == CueKind::verb) {
    a.mention = relative_antecedent(d, cue, window_start);
    // "the port office, which reported …": the antecedent of "which" or "that" is the verb's subject, not the
    // clause's first mention. It stays weak, as the guess it replaces was: a thing's relative clause mostly
    // describes it ("a bill that calls for a "…" levy"), so short words in marks after it stay the writer's terms.
    if (!a.mention) {
      a.mention = thing_antecedent(d, cue, window_start);
      a.weak = static_cast<bool>(a.mention);
    }
    if (!a.mention) {
      // "Ann Vail released a statement that called the report "…"": a relative right after a released document
      // says the releaser's words, as the participle there does; the release verb's subject speaks.
      const size_t rel = d.prev(cue);
      const Mention doc = rel != kNoToken && rel > window_start && d.is_word(rel) && d.lower_initial(rel) &&
                                  is_thing_relative(d.str(rel))
                              ? mention_ending_at(d, d.prev(rel))
                              : Mention{};
      if (doc && doc.first > window_start && released(d, doc)) a.mention = subject_before(d, cues, d.prev(doc.first), window_start);
    }
    if (!a.mention) a.mention = subject_before(d, cues, cue, window_start);
    if (!a.mention) a.mention = share_subject(d, cue, window_start);
    if (!a.mention) {
      // "Hale took to the radio to accuse the council of being "duped"": an infinitive of purpose has the main
      // clause's subject, a name or pronoun opening the sentence, unless someone stands between as the main
      // verb's object ("urged Ann Vail to say", "asked him to call").
      const size_t to = d.prev(cue);
      if (to != kNoToken && to > window_start && d.is_word(to) && iequals(d.str(to), "to")) {
        const Mention subject = first_mention(d, cues, window_start, to);
        bool object = !subject;
        for (size_t t = subject ? d.next(subject.last) : to; t != kNoToken && t < to && !object; t = d.next(t)) {
          if (!d.is_word(t)) continue;
          const size_t b = d.prev(t);
          object = pronoun_of(d.str(t)) != Pronoun::none ||
                   (d.capitalized(t) && b != kNoToken && d.is_word(b) && d.lower_initial(b) &&
                    !is_object_preposition(d.str(b)) && !is_determiner(d.str(b)));
        }
        // The subject opens the sentence and a verb follows it, not the rest of a description ("Democratic
        // presidential nominee …"); a name after the verb ("took to Twitter") may be its object.
        bool opens = opens_sentence_as_subject(d, subject);
        if (!opens && subject && subject.kind == Mention::Kind::name && !is_possessive(d.str(subject.last))) {
          const size_t b = d.prev(subject.first), v = d.next(subject.last), v2 = v == kNoToken ? kNoToken : d.next(v);
          opens = d.sentence_opens_after(b) && v != kNoToken && d.is_word(v) &&
                  d.lower_initial(v) && !d.title_word(v) &&
                  !(v2 != kNoToken && d.is_word(v2) && d.title_word(v2));
        }
        if (!object && opens) {
          a.mention = subject;
          return a;
        }
      }
    }
    if (!a.mention) {
      // "someone familiar with the situation said", "a person close to the talks said": an unnamed
      // subject with a modifier after it speaks, not the subject of an earlier verb ("The Times reported").
      Mention unnamed = unnamed_subject(d, cues, cue, window_start);
      if (unnamed) {
        a.mention = unnamed;
        return a;
      }
    }
    // "denied reports of": a cue word with no subject may be a noun; an earlier verb with one wins.
    for (size_t t = d.prev(cue); !a.mention && t != kNoToken && t >= window_start; t = d.prev(t)) {
      size_t last = kNoToken;
      if (!d.is_word(t) || word_cue_of(d, cues, t, &last) != CueKind::verb) continue;
      Mention m = subject_before(d, cues, t, window_start);
      if (m) {
        a.mention = m;
        a.cue = t;
        a.cue_last = last;
      }
    }
    if (!a.mention || (a.mention.kind == Mention::Kind::description && !a.mention.definite)) {
      // said Lavrov: "…"; not "stated that Norland Freight was …", where "that" opens the reported clause.
      const size_t after_cue = d.next(cue_last);
      const bool clause = after_cue != kNoToken && d.is_word(after_cue) && is_complementizer(d.str(after_cue));
      // A naming verb's object follows it ("dismissed Estonia as …", "hailed Trump as …"); it never inverts.
      Mention inverted = clause || cues.naming(d.str(cue)) ? Mention{} : mention_starting_at(d, after_cue);
      // "63 percent said Tom Hale was …": a name with a verb of its own after it is the reported clause's subject.
      const size_t after_name = inverted ? d.next(inverted.last) : kNoToken;
      const bool clause_subject = after_name != kNoToken && d.is_word(after_name) && is_auxiliary(d.str(after_name));
      if (inverted && inverted.last < limit && inverted.kind == Mention::Kind::name && !clause_subject)
        a.mention = inverted;
    }
    if (!a.mention) {
      a.mention = first_mention(d, cues, window_start, cue);
      a.from_clause_start = true;
      // "He pointed to Chrysler, but stated that …": a verb coordinated with an earlier one shares its
      // subject, which opens the clause; only otherwise is the clause's first mention a guess.
      const size_t before = d.prev(cue);
      a.weak = !(before != kNoToken && d.is_word(before) && is_coordinator(d.str(before)) &&
                 a.mention && a.mention.first == first_word(d, window_start)) &&
               !subject_of_participle_phrase(d, cues, a.mention, cue);
    }
    return a;
  }
  // After an auxiliary ("is describing", "was calling") the participle is the finite verb of its clause:
  // its subject stands before the auxiliary: a name, a pronoun or a definite description of a person or a body
  // ("The physician is calling the candidate "fit"").
  if (const size_t aux = d.prev(cue); aux != kNoToken && d.is_word(aux) && is_passive_auxiliary(d.str(aux))) {
    a.mention = subject_before(d, cues, cue, window_start);
    // A possessive before the head makes the description definite too ("Ann Lee's doctor").
    const size_t owner = a.mention ? d.prev(a.mention.last) : kNoToken;
    if (a.mention && a.mention.kind == Mention::Kind::description && owner != kNoToken && owner >= a.mention.first &&
        is_possessive(d.str(owner)))
      a.mention.definite = true;
    if (a.mention && (a.mention.kind != Mention::Kind::description || a.mention.definite)) return a;
  }
  // "Calling the plan "a giveaway," Ann Vail walked out": a participle opening the sentence hangs on the main
  // clause's subject, which stands right after the phrase's comma (a closing mark between them at most) with
  // its verb after it.
  if (d.sentence_opens_after(d.prev(cue))) {
    size_t t = d.next(cue_last);
    for (int steps = 0; steps < kAppositiveSpan && t != kNoToken && !d.is_break(t) && !d.sentence_ends_after(t);
         ++steps, t = d.next(t)) {
      if (!d.is_punct(t, ',')) continue;
      size_t n = d.next(t);
      if (n != kNoToken && d.is_mark(n)) n = d.next(n);
      const Mention m = n != kNoToken && d.is_word(n) ? mention_starting_at(d, n) : Mention{};
      const size_t v = m ? d.next(m.last) : kNoToken;
      if (m && (m.kind != Mention::Kind::description || m.definite) && v != kNoToken && d.is_word(v) &&
          d.lower_initial(v)) {
        a.mention = m;
        return a;
      }
      break;
    }
  }
  // A participle hangs on the clause's subject: its own ("with Halden Bank analyst Tom Reyes saying", "quoted
  // Djamal as saying"), an earlier reporting verb's, or the sentence's.
  {
    size_t b = d.prev(cue);
    if (b != kNoToken && d.is_word(b) && is_as(d.str(b))) {
      b = d.prev(b);
      // "Hale was quoted as saying", "was quoted by the Ledger as saying": a reporting verb in the passive
      // before "as" makes its subject the one whose words these are; the passive's agent only printed them.
      size_t v = b;
      if (const Mention agent = mention_ending_at(d, v); agent && agent.first >= window_start) {
        size_t by = d.prev(agent.first);
        if (by != kNoToken && d.is_word(by) && is_determiner(d.str(by))) by = d.prev(by);
        if (by != kNoToken && d.is_word(by) && is_agent_preposition(d.str(by))) v = d.prev(by);
      }
      const size_t aux = v == kNoToken ? kNoToken : d.prev(v);
      if (aux != kNoToken && aux >= window_start && d.is_word(v) && d.lower_initial(v) && d.str(v).ends_with("ed") &&
          cues.lookup(d.str(v)) == CueKind::verb && d.is_word(aux) && is_passive_auxiliary(d.str(aux))) {
        if (const Mention subject = subject_before(d, cues, aux, window_start)) {
          a.mention = subject;
          return a;
        }
      }
      // "The Ledger quoted a harbor official as saying", "quotes a "port aide" as saying": the verb's object
      // before "as" is the one saying, the verb's subject only reports it; an indefinite one names nobody.
      if (const Mention object = object_before_as(d, b); object && object.first > window_start) {
        a.mention = object;
        return a;
      }
    }
    Mention own = mention_ending_at(d, b);
    // "denied reports alleging …": a participle right after written sources named by a bare plural hangs on
    // them, who name nobody. (After "released a statement saying" the one who released it speaks.)
    if (b != kNoToken && d.is_word(b) && d.lower_initial(b) && d.str(b).ends_with("s") &&
        d.lex->is_document_noun(d.str(b)) && !(d.prev(b) != kNoToken && is_determiner(d.str(d.prev(b))))) {
      a.mention = {Mention::Kind::description, b, b, false};
      return a;
    }
    if (own && own.first >= window_start && own.kind != Mention::Kind::description) {
      a.mention = own;
      return a;
    }
    // "Ann Vail released a statement calling the report "…"": a document right before the participle, the object
    // of a release verb, says the words of the one who released it; that verb's subject speaks, no guess.
    if (own && own.first > window_start && released(d, own))
      if (const Mention issuer = subject_before(d, cues, d.prev(own.first), window_start)) {
        a.mention = issuer;
        return a;
      }
    // "captures the mayor telling donors …", "shows the senator calling …": a definite description of a person
    // right before the participle, no comma between, is its own subject, as a name there is.
    if (own && own.first >= window_start && own.kind == Mention::Kind::description && own.definite &&
        d.lower_initial(own.last) && d.lex->is_person_noun(d.str(own.last)) && !adjunct_participle(d, cue)) {
      a.mention = own;
      return a;
    }
  }
  for (size_t t = d.prev(cue); t != kNoToken && t >= window_start; t = d.prev(t)) {
    size_t last = kNoToken;
    if (d.is_word(t) && word_cue_of(d, cues, t, &last) == CueKind::verb) {
      a.mention = subject_before(d, cues, t, window_start);
      if (a.mention) return a;
    }
  }
  a.mention = first_mention(d, cues, window_start, cue);
  // "Ann Vail spoke out on Monday about the shooting, arguing that …", "Hale began by saying he would …": a
  // participle set off by a comma (or after "by") modifies the main clause and shares its subject; when a name
  // or a pronoun opens the sentence, that subject speaks. Elsewhere the clause's first mention is a guess,
  // except a verb's object after its title ("booed former president Tom Hale, saying"), which is none.
  bool object = false;
  if (a.mention.kind == Mention::Kind::name) before_title_phrase(d, a.mention, object);
  if (object) a.mention = {};
  // "The senator ended the hearing by calling …": a role noun's definite description is that subject as a name is,
  // and speaks as a reporting verb's description subject does (the person the document names by the role).
  const bool role = role_description(d, a.mention);
  a.weak = !(adjunct_participle(d, cue) && opens_sentence_as_subject(d, a.mention, true));
  if (a.weak && adjunct_participle(d, cue) &&
      (a.mention.kind == Mention::Kind::name || a.mention.kind == Mention::Kind::pronoun || role)) {
    // "On Monday, Ann Vail ended the debate by announcing that …": after an introductory phrase's comma, a name or
    // a pronoun with its verb right after it is the subject the participle shares.
    // "On Monday, the Ledger ended …": the article before a name is the subject's too.
    const size_t v = d.next(a.mention.last);
    const size_t opens = after_introductory_phrase(d, a.mention, window_start);
    // "On Monday Ann Vail ended …", "Last week the Ledger closed …": a time phrase with no comma does the same for
    // a name (not for a pronoun: "On May 2 they published …" gave "they" to the place named before).
    const size_t article = d.prev(a.mention.first);
    const bool after_article = a.mention.kind == Mention::Kind::name && article != kNoToken && d.is_word(article) &&
                               is_determiner(d.str(article));
    const bool at_subject = opens == a.mention.first ||
                            (a.mention.kind == Mention::Kind::name && opens != kNoToken && opens + 2 == a.mention.first &&
                             d.is_word(opens) && is_determiner(d.str(opens))) ||
                            (a.mention.kind == Mention::Kind::name &&
                             after_opening_time_phrase(d, after_article ? article : a.mention.first, window_start)) ||
                            (role && after_opening_time_phrase(d, a.mention.first, window_start));
    a.weak = !(at_subject && v != kNoToken && v < cue && d.is_word(v) && d.lower_initial(v));
  }
  return a;
}

Attribution previous_sentence_attribution(const DocTokens& d, const CueLexicon& cues, const QuoteSpan& q) {
  Attribution a;
  size_t p = d.prev(q.open_token);
  if (p == kNoToken || !d.sentence_ends_after(p)) return a;
  size_t window_start = p, cue = kNoToken;
  int count = 0;
  for (size_t t = d.prev(p); t != kNoToken && count < kBeforeWindow; t = d.prev(t), ++count) {
    // "young voters' exhaustion": a possessive's apostrophe is part of its word, no quotation's mark.
    if (d.is_break(t) || (d.is_mark(t) && !possessive_apostrophe(d, t)) || d.sentence_ends_after(t)) break;
    window_start = t;
    size_t last = kNoToken;
    if (cue == kNoToken && d.is_word(t) && word_cue_of(d, cues, t, &last) == CueKind::verb) cue = t;
  }
  if (cue == kNoToken) {
    // "Sen. Ann Vail, who lost the primary, named bigotry as the reason. "…"": with no reporting verb, a
    // quotation standing right after a sentence about a named subject goes on with that subject; a guess.
    const Mention m = first_mention(d, cues, window_start, p);
    if (m.kind == Mention::Kind::name && (opens_sentence_as_subject(d, m) || m.first == first_word(d, window_start)))
      a = {Attribution::Where::before, m, kNoToken, kNoToken, false, 0, true};
    return a;
  }
  Mention m = subject_before(d, cues, cue, window_start);
  if (!m || m.kind == Mention::Kind::description) return a;
  return {Attribution::Where::before, m, kNoToken, kNoToken, false, 0};
}

namespace {

// "A cashier who "…" is held accountable, Warren said.": a sentence closed by a reporting clause after a
// comma ("…, X said [today].", "…, said X.") is the speech of that clause's speaker, quotations inside
// it included. Bounded: the sentence end must come within kTrailingWindow tokens.
Attribution trailing_clause(const DocTokens& d, const CueLexicon& cues, const QuoteSpan& q) {
  constexpr int kTrailingWindow = 48;
  // A quotation closed by its own full stop ends its sentence: a clause after it is the next sentence's.
  if (!q.closed() || d.sentence_ends_after(q.close_token)) return {};
  size_t t = d.next(q.close_token), comma = kNoToken, according = kNoToken;
  for (int steps = 0; t != kNoToken && steps < kTrailingWindow; ++steps, t = d.next(t)) {
    if (d.is_break(t) || d.is_mark(t)) return {};
    if (d.sentence_ends_after(t)) break;
    if (d.is_punct(t, ',')) {
      comma = t;
      // "…, according to the organizer, Parents United.": the comma before "according" opens the clause.
      const size_t n = d.next(t);
      if (n != kNoToken && d.is_word(n) && iequals(d.str(n), "according")) according = t;
    }
  }
  if (t == kNoToken || comma == kNoToken || !d.sentence_ends_after(t)) return {};
  if (according != kNoToken) comma = according;
  const size_t first = d.next(comma);
  if (first != kNoToken && d.is_word(first) && d.lower_initial(first) && is_subordinator(d.str(first))) return {};
  size_t cue_last = kNoToken;
  Mention m;
  size_t cue = kNoToken;
  if (according != kNoToken) {  // "…, according to X."
    if (cue_of(d, cues, first, &cue_last) != CueKind::according) return {};
    m = mention_starting_at(d, d.next(cue_last));
    cue = first;
    if (!m || m.kind == Mention::Kind::pronoun) return {};
  } else if (cue_of(d, cues, first, &cue_last) == CueKind::verb) {  // "…, said X."
    m = mention_starting_at(d, d.next(cue_last));
    cue = first;
    if (!m || m.kind != Mention::Kind::name) return {};
  } else {  // "…, X said [on Tuesday]."
    m = mention_starting_at(d, first);
    if (!m || m.kind == Mention::Kind::description) return {};
    size_t k = d.next(m.last);
    for (int steps = 0; steps < 3 && k != kNoToken && d.is_word(k) && is_verb_filler(d.str(k)) &&
                        cues.lookup(d.str(k)) == CueKind::none;
         ++steps)
      k = d.next(k);
    if (cue_of(d, cues, k, &cue_last) != CueKind::verb) return {};
    cue = k;
  }
  // At most a few words after the clause ("on Tuesday", "in a statement"), no other verb phrase; a short
  // parenthesis after the name ("(AROS)", "(D-Ore.)") is part of it.
  int words = 0;
  for (size_t k = past_parenthesis(d, d.next(std::max(cue_last, m.last))); k != kNoToken && k < t; k = d.next(k))
    if (!d.is_word(k) || ++words > 4) return {};
  return {Attribution::Where::after, m, cue, cue_last, false, 0};
}


// Whether the quotation `q` follows another as the next item of a list: only a comma and "and" or "or" stand
// between the other's closing mark and its opening one ("…," "…" and "…").
bool listed_after_quotation(const DocTokens& d, const QuoteSpan& q) {
  size_t t = d.prev(q.open_token);
  if (t != kNoToken && d.is_word(t) && d.lower_initial(t) && is_conjunction(d.str(t))) t = d.prev(t);
  if (t != kNoToken && d.is_punct(t, ',')) t = d.prev(t);
  if (t == kNoToken || t == d.prev(q.open_token) || !d.is_mark(t)) return false;
  const long qi = d.quote_at(d.begin(t));
  return qi >= 0 && d.outer[static_cast<size_t>(qi)].close_token == t;
}

}  // namespace

Attribution find_attribution(const DocTokens& doc, const CueLexicon& cues, const QuoteSpan& q) {
  Attribution before = before_quote(doc, cues, q);
  if (before.where != Attribution::Where::none && before.adjacent && before.mention) return before;
  // A quotation that ends its sentence ("…." or "…?") and was introduced in it belongs to that introduction,
  // not to the next sentence's subject: a reporting verb's subject, or a named subject introducing it with a
  // colon ("Ann Vail put it simply: "…." The council agreed.").
  const bool colon_name = before.where == Attribution::Where::colon && before.mention.kind == Mention::Kind::name;
  if ((before.where == Attribution::Where::before || colon_name) && before.mention && (!before.weak || colon_name) &&
      q.closed()) {
    size_t last_inside = doc.prev(q.close_token);
    if (last_inside != kNoToken && doc.sentence_ends_after(last_inside)) return before;
  }
  // "as Hale went on about "…," "…" and "…," Vail said yes": a quotation listed after another inside the clause
  // whose subject was talking then is that subject's, as the first one is; the clause after the list reports
  // something else.
  if (before.intervening && listed_after_quotation(doc, q)) return before;
  Attribution after = after_quote(doc, cues, q);
  if (after.where != Attribution::Where::none) return after;
  if (before.where == Attribution::Where::none || before.weak || !before.mention) {
    Attribution trailing = trailing_clause(doc, cues, q);
    if (trailing.where != Attribution::Where::none) return trailing;
  }
  return before;
}

}  // namespace textchain::quotes
