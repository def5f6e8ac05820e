#include "mention_resolver.hpp"

#include "name_lexicon.hpp"
#include "spare_vectors.hpp"
#include "speaker_finder.hpp"

#include <bit>
#include <cassert>
#include <cstring>
#include <iterator>
#include <type_traits>
#include <utility>

namespace textchain::quotes {
namespace {

// A name never runs longer than this many tokens; the bound keeps run scanning linear on odd input
// (a megabyte of capitalized words).
constexpr int kMaxRunTokens = 24;
// How far (bytes) the last speaker stays the referent of "he"/"she" against a person named later.
constexpr uint32_t kSpeakerReach = 300;
// How many names back a pronoun or description looks for its referent.
constexpr int kMaxLookback = 400;
// How many tokens back a description looks for the indefinite phrase that introduced its referent unnamed.
constexpr int kMaxUnnamedLookback = 1500;

// Out of line: asked once per capitalized word of the document, then remembered.
[[gnu::noinline]] bool not_name_word_asked(const DocTokens& d, size_t i) { return d.remembered(i, is_not_name_word); }

// Inline, the flags and the remembered answer first: some 270,000 calls on the news benchmark, nearly all
// answered without a lookup.
[[gnu::always_inline]] inline bool cap_word(const DocTokens& d, size_t i) {
  if (i == kNoToken || !d.is_word(i) || !d.capitalized(i)) return false;
  const int known = d.remembered_answer(i);  // the one question DocTokens remembers
  return known >= 0 ? known == 0 : !not_name_word_asked(d, i);
}

// A one-letter capital with its period ("Julie A. Diaz", "Mary J. Blige"): an initial inside a name, also
// "A." and "I.", which elsewhere are words that end a name.
[[gnu::always_inline]] inline bool initial(const DocTokens& d, size_t i) {
  // The token's own tests first: the period's position costs a look at the white space after it.
  return i != kNoToken && d.is_word(i) && d.end(i) - d.begin(i) == 1 && d.capitalized(i) && d.abbreviation(i) &&
         d.after(i) < d.size() && d.is_punct(d.after(i), '.');
}

// "the former North Dakota governor", "her Maple Valley coach", "Former Ohio senator Tom Hale": a name right
// before a lower-case role noun is what the role is of (a place, a body), not the person holding it: no one
// "he" or "she" goes back to. Its possessive ("Ann Lee's spokesman") is the person, and so is a name a given name
// or a title makes one (mark_gender: "the Ann Lee campaign manager"), which the caller leaves alone.
bool modifies_role(const DocTokens& d, size_t last_tok) {
  const size_t role = d.next(last_tok);
  return role != kNoToken && d.is_word(role) && d.lower_initial(role) && d.title_word(role) &&
         !is_possessive(d.str(last_tok));
}

// adjacent() for a line break or a slot: out of line, the walks ask it of two tokens nearly always.
[[gnu::noinline]] bool adjacent_slot(const DocTokens& d, size_t a, size_t b) {
  if (b == d.after(a)) return true;  // they touch
  return b == a + 2 && d.kind(a + 1) == TC_TOKEN_SPACE && d.end(a + 1) - d.begin(a + 1) == 1;
}
// a before b, separated by nothing or one space. Inline: asked at every step of every capitalized run.
[[gnu::always_inline]] inline bool adjacent(const DocTokens& d, size_t a, size_t b) {
  if ((a & 1) && b == a + 2) {  // two tokens: the white space between them is empty or one byte of no line break
    const uint32_t e = d.token_end(a >> 1), s = d.tokens.compact()[b >> 1].begin;
    return s == e || (s == e + 1 && !d.slot_breaks(b >> 1));
  }
  return adjacent_slot(d, a, b);
}


// Mojibake: UTF-8 read as Latin-1 and written out again turns "ç" into "Ã§" (twice over: "ÃÂ§"), and the
// tokenizer ends the word at the sign the letter's second byte became (U+0080-U+00BF: "§", "©", "¼"), so
// "FranÃ§ois" comes as three tokens. Such a sign, glued after a piece ending in "Ã" or "Â" (precomposed, or
// decomposed into "A" and a combining tilde or circumflex by a later normalisation), is inside a word.
bool mojibake_sign(const DocTokens& d, size_t k) {
  if (k == 0 || k >= d.size() || d.is_word(k)) return false;
  const uint32_t sb = d.begin(k);
  if (d.end(k) - sb != 2 || static_cast<unsigned char>(d.text[sb]) != 0xC2 || !d.is_word(d.before(k))) return false;
  if ((static_cast<unsigned char>(d.text[sb + 1]) & 0xC0) != 0x80) return false;  // U+0080-U+00BF
  const std::string_view w = d.str(d.before(k));
  return w.ends_with("\u00C3") || w.ends_with("\u00C2") || w.ends_with("A\u0303") || w.ends_with("A\u0302");
}

// The first token of the word that token `j` (a word, or a mojibake sign) ends: `j` itself for a whole word.
[[gnu::noinline]] size_t word_head_through_signs(const DocTokens& d, size_t j) {
  if (!d.is_word(j)) {  // "JosÃ©": the word ends with the sign
    if (!mojibake_sign(d, j)) return j;
    j = d.before(j);
  }
  for (;;) {  // a sign touching the word, and the piece before the sign
    const size_t sign = d.touching_prev(j);
    if (sign == kNoToken || !d.is_word(j) || !mojibake_sign(d, sign)) break;
    j = d.before(sign);
  }
  return j;
}
// Most tokens are answered by one test: a word with a space before it, or punctuation of other than two bytes.
inline size_t word_head(const DocTokens& d, size_t j) {
  if (j == kNoToken || j < 2) return j;
  if (d.is_word(j) ? d.touching_prev(j) == kNoToken : d.end(j) - d.begin(j) != 2) return j;
  return word_head_through_signs(d, j);
}

// The last token of the word that starts at token `i`: through mojibake signs and the pieces glued after them.
[[gnu::noinline]] size_t word_tail_through_signs(const DocTokens& d, size_t i) {
  for (size_t sign = d.after(i); sign < d.size() && mojibake_sign(d, sign); sign = d.after(i)) {
    i = sign;
    if (const size_t w = d.after(i); w < d.size() && d.is_word(w)) i = w;  // tokens touch: the piece after the sign is glued to it
  }
  return i;
}
// Only a word with a byte outside ASCII ("Ã") can have a sign after it: the one test most words need.
inline size_t word_tail(const DocTokens& d, size_t i) {
  return d.flags(i) & TC_TOKEN_NON_ASCII ? word_tail_through_signs(d, i) : i;
}

// Word token k is one no capitalized run holds or joins (run_forward): a lower-case word that connects no
// names, is no hyphenated syllable's tail ("Ji-won") and no piece of a word a mojibake sign split ("FranÃ§ois").
bool lower_word_outside_names(const DocTokens& d, size_t k) {
  return d.lower_initial(k) && !is_name_connector(d.str(k)) && !(k > 0 && d.is_punct(d.before(k), '-')) &&
         word_head(d, k) == k;
}

// Inline, the token's length and flags first: it is asked of every word of every run and of the word after it.
[[gnu::always_inline]] inline bool connector(const DocTokens& d, size_t i) {
  if (i == kNoToken || DocTokens::is_slot(i)) return false;  // white space is neither "&" nor a word
  if (d.length(i) == 1 && d.text[d.begin(i)] == '&') return true;
  if (!d.is_word(i) || !d.lower_initial(i)) return false;
  return is_connector_within_name(d.str(i));
}

// "Office of Planning and Budget", "Department of Health and Human Services": after an organisation word and a
// connector, a lower-case "and" (token `k`) joins more words of the same name; elsewhere it joins two names ("Ann
// Lee and Tom Hale", "the Department of Justice and Attorney General Tom Hale"). Before it: at most three
// capitalized words, a connector, an organisation word; after it: one to three capitalized words, none a title
// word, the first no given name, ending the run.
[[gnu::noinline]] bool and_inside_org_name_slow(const DocTokens& d, size_t k) {
  constexpr int kWords = 3;
  const size_t before = d.prev(k), after = d.next(k);
  if (!adjacent(d, before, k) || !adjacent(d, k, after) || !cap_word(d, before) || !cap_word(d, after) ||
      !is_conjunction(d.str(k)))
    return false;
  size_t t = d.prev(k);
  int words = 0;
  for (; words < kWords && t != kNoToken && d.is_word(t) && d.capitalized(t) && !d.org_word(t); ++words) t = d.prev(t);
  if (words == 0 || t == kNoToken || !connector(d, t)) return false;
  const size_t org = d.prev(t);
  if (org == kNoToken || !d.is_word(org) || !d.capitalized(org) || !d.org_word(org)) return false;
  t = d.next(k);
  if (t == kNoToken || !d.is_word(t) || !d.capitalized(t) || d.lex->gender_of_given_name(d.str(t)) != Gender::unknown)
    return false;
  for (words = 0; words < kWords && t != kNoToken && d.is_word(t) && d.capitalized(t); ++words, t = d.next(t))
    if (d.title_word(t)) return false;
  return words < kWords || t == kNoToken || !d.is_word(t) || !d.capitalized(t);
}
// Inline, the token's shape first: asked at the end of every capitalized run, and a conjunction is a short
// lower-case word between two capitalized ones.
inline bool and_inside_org_name(const DocTokens& d, size_t k) {
  if (k == kNoToken || k < 2 || k + 1 >= d.size()) return false;
  return d.length(k) <= 3 && d.is_word(k) && d.lower_initial(k) && and_inside_org_name_slow(d, k);
}

// "Ji-won", "Min-seo": a romanized given name written as two short syllables joined by a hyphen, the second
// in lower case. Longer lower-case tails ("Detroit-based") are words of their own.
bool hyphen_syllables(const DocTokens& d, size_t head, size_t tail) {
  if (head == kNoToken || tail >= d.size() || !d.is_word(head) || !d.is_word(tail)) return false;
  const size_t dash = d.touching_next(head);  // head, "-" and tail touch
  if (dash == kNoToken || !d.is_punct(dash, '-') || d.touching_next(dash) != tail) return false;
  std::string_view h = d.str(head), t = d.str(tail);
  return d.capitalized(head) && h.size() <= 4 && d.lower_initial(tail) && t.size() >= 2 && t.size() <= 4 && !t.ends_with("ed");
}

// A month name right after a known given name is a surname ("Judge Carol May"), unless a day number follows
// ("told Maria May 5" is a date).
[[gnu::noinline]] bool month_surname_of_word(const DocTokens& d, size_t given, size_t k) {
  if (!is_month_word(d.token_str(k))) return false;
  if (d.lex->gender_of_given_name(d.str(given)) == Gender::unknown) return false;
  const size_t n = d.next(k);
  return n == kNoToken || d.kind(n) != TC_TOKEN_NUMBER;
}
// Inline, the token's flags first: run_forward asks it of the token after every run, nearly never a capital.
[[gnu::always_inline]] inline bool month_surname(const DocTokens& d, size_t given, size_t k) {
  return k != kNoToken && d.is_word(k) && d.capitalized(k) && month_surname_of_word(d, given, k);
}

// A short title written with its period before a name ("Del. Ann Vail", "Gov. Tom Hale"): the period is the
// title's even where the tokenizer does not know the abbreviation. Role nouns ("the mayor.") end sentences.
inline bool title_abbreviation(const DocTokens& d, size_t i) {
  if (i == kNoToken || !d.is_word(i) || d.end(i) - d.begin(i) > 4 || !d.capitalized(i)) return false;
  std::string_view w = d.str(i);
  return d.title_word(i) && !d.lex->is_person_noun(w);
}

// A nickname in quotation marks inside a name (Robert C. "Bobby" Lane, Ann "Annie" Vail): starting at the
// mark `k`, the name word after the closing mark when [k, k+2] is mark, capitalized word, mark; else kNoToken.
// `forward` walks from the opening mark, otherwise from the closing one.
inline size_t past_nickname(const DocTokens& d, size_t k, bool forward) {
  if (k == kNoToken || d.kind(k) != TC_TOKEN_QUOTE) return kNoToken;
  if (k < 2) return kNoToken;
  const size_t word = forward ? d.touching_next(k) : d.touching_prev(k);  // mark, word and mark touch
  if (word == kNoToken) return kNoToken;
  const size_t other = forward ? d.touching_next(word) : d.touching_prev(word);
  if (other == kNoToken || !cap_word(d, word) || d.kind(other) != TC_TOKEN_QUOTE) return kNoToken;
  const size_t beyond = forward ? d.next(other) : d.prev(other);
  if (beyond == kNoToken || !cap_word(d, beyond) || !(forward ? adjacent(d, other, beyond) : adjacent(d, beyond, other)))
    return kNoToken;
  return beyond;
}

size_t run_backward(const DocTokens& d, size_t last) {
  size_t first = last;
  for (int steps = 0; steps < kMaxRunTokens; ++steps) {
    size_t k = d.prev(first);
    if (k == kNoToken || !adjacent(d, k, first)) break;
    if (cap_word(d, k)) { first = k; continue; }
    if (const size_t h = word_head(d, k); h != k && cap_word(d, h)) { first = h; continue; }  // "FranÃ§ois"
    if (d.is_punct(k, '.') && k > 0 && (cap_word(d, d.before(k)) || initial(d, d.before(k))) &&
        (d.abbreviation(d.before(k)) || title_abbreviation(d, d.before(k)))) {
      first = d.before(k);
      continue;
    }
    if (d.is_punct(k, '-') && k > 0 && cap_word(d, d.before(k)) && d.after(k) == first) { first = d.before(k); continue; }
    if (const size_t b = past_nickname(d, k, false); b != kNoToken) { first = b; continue; }
    if (connector(d, k)) {
      size_t k2 = d.prev(k);
      if (k2 != kNoToken && adjacent(d, k2, k) && connector(d, k2)) k2 = d.prev(k2);
      if (k2 != kNoToken && cap_word(d, k2)) { first = k2; continue; }
    }
    if (and_inside_org_name(d, k)) {
      const size_t k2 = d.prev(k);
      first = k2;
      continue;
    }
    break;
  }
  return first;
}

size_t run_forward(const DocTokens& d, size_t first) {
  size_t last = first;
  bool org_of = false;  // an organisation word and a connector so far ("Office of"): "and" may go on with the name
  for (int steps = 0; steps < kMaxRunTokens; ++steps) {
    size_t k;
    if ((last & 1) && last != kNoToken) [[likely]] {
      // next(last) and adjacent(last, k) in one look at the white space after the token `last`: a line break
      // there is next and adjacent; otherwise the next token is, when nothing or one byte lies between.
      if (d.slot_breaks((last + 1) >> 1)) {
        k = last + 1;
      } else {
        k = last + 2;
        if (k >= d.size()) break;
        const uint32_t e = d.token_end(last >> 1), b = d.tokens.compact()[k >> 1].begin;
        if (b != e && b != e + 1) break;
      }
    } else {
      k = d.next(last);
      if (k == kNoToken || !adjacent(d, last, k)) break;
    }
    if (cap_word(d, k)) { last = k; continue; }
    if (initial(d, k)) {
      const size_t period = d.after(k);
      const size_t k2 = d.next(period);
      if (k2 != kNoToken && adjacent(d, period, k2) && cap_word(d, k2)) { last = k2; continue; }
    }
    if (d.is_punct(k, '.') && k == d.after(last) && (d.abbreviation(last) || title_abbreviation(d, last))) {
      size_t k2 = d.next(k);
      if (k2 != kNoToken && adjacent(d, k, k2) && cap_word(d, k2)) { last = k2; continue; }
      if (const size_t b = k2 != kNoToken && adjacent(d, k, k2) ? past_nickname(d, k2, true) : kNoToken; b != kNoToken) {
        last = b;
        continue;
      }
      last = k;  // "Inc." closes the name
      break;
    }
    if (d.is_punct(k, '-') && k == d.after(last) && d.after(k) < d.size() && cap_word(d, d.after(k))) { last = d.after(k); continue; }
    if (d.is_punct(k, '-') && hyphen_syllables(d, last, d.after(k))) { last = d.after(k); continue; }
    if (month_surname(d, last, k)) { last = k; continue; }
    if (const size_t b = d.kind(k) == TC_TOKEN_QUOTE ? past_nickname(d, k, true) : kNoToken; b != kNoToken) {
      last = b;
      continue;
    }
    if (connector(d, k)) {
      size_t k2 = d.next(k);
      if (k2 != kNoToken && adjacent(d, k, k2) && connector(d, k2)) k2 = d.next(k2);
      if (k2 != kNoToken && cap_word(d, k2)) {
        org_of = org_of || d.org_word(last);
        last = k2;
        continue;
      }
    }
    if (org_of && and_inside_org_name(d, k)) {
      const size_t k2 = d.next(k);
      last = k2;
      continue;
    }
    // "FranÃ§ois Hale": a mojibake sign glued inside the word; the run goes on after the word's last piece.
    if (d.end(k) - d.begin(k) == 2 && k == d.after(last) && mojibake_sign(d, k)) {
      last = word_tail(d, last);
      continue;
    }
    break;
  }
  return last;
}

// ASCII case-insensitive equality of two words as written.
bool same_word(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

bool person_or_org_noun(const DocTokens& d, std::string_view w) { return d.lex->is_person_noun(w) || d.lex->is_org_noun(w); }

// A lower-case word that reads as the verb of a clause: an auxiliary ("has", "was") or a past form ending in
// -ed that no role or description uses ("issued", "warned"; not "unnamed official" after a noun).
bool finite_verb_like(const DocTokens& d, std::string_view w) {
  if (is_verb_filler(w)) return true;
  if (is_adjectival_participle(w)) return false;  // "the Detroit based automaker"
  return w.size() > 4 && w.ends_with("ed") && !d.lex->is_title_word(w) && !person_or_org_noun(d, w);
}

// "Emails released by the committee show …": the body that released the document the clause's subject names
// is its source, so the agent of a release verb right after a document noun stands where a subject would.
// `first` is the description's first token.
bool releasing_agent(const DocTokens& d, size_t first) {
  const size_t by = d.prev(first);
  if (by == kNoToken || !d.is_word(by) || !is_agent_preposition(d.str(by))) return false;
  const size_t v = d.prev(by);
  if (v == kNoToken || !d.is_word(v) || !d.lower_initial(v) || !is_release_verb(d.str(v))) return false;
  const size_t noun = d.prev(v);
  return noun != kNoToken && d.is_word(noun) && d.lex->is_document_noun(d.str(noun));
}

// "Newswire.com", "CityDesk.net": a word with a dot inside, not in capitals ("U.S.A"), is a web address, so an
// organization.
bool web_domain(const DocTokens& d, size_t t) {
  const std::string_view w = d.str(t);
  const size_t dot = w.find('.');
  return dot != std::string_view::npos && dot > 0 && dot + 2 < w.size() && !d.all_capitals(t);
}

}  // namespace

namespace {

// "Ann Lee's" is Ann Lee: the length of a name without its possessive 's.
size_t without_possessive(std::string_view name) {
  if (name.size() > 2 && (name.ends_with("'s") || name.ends_with("'S"))) return name.size() - 2;
  if (name.size() > 4 && name.ends_with("\u2019s")) return name.size() - 4;
  return name.size();
}

}  // namespace

std::string clean_name_collapsing(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  bool space = false;
  for (char c : raw) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  out.resize(without_possessive(out));
  return out;
}

std::string clean_name(std::string_view raw) {
  // Most names are written with single spaces and no break: copied whole, not a byte at a time.
  bool single_spaced = !raw.empty() && raw.front() != ' ' && raw.back() != ' ';
  for (size_t k = 0; single_spaced && k < raw.size(); ++k) {
    const char c = raw[k];
    single_spaced = !(c == '\n' || c == '\t' || c == '\r' || (c == ' ' && raw[k + 1] == ' '));
  }
  if (!single_spaced) return clean_name_collapsing(raw);
  return std::string(raw.substr(0, without_possessive(raw)));
}

Mention mention_ending_at(const DocTokens& d, size_t j) {
  Mention m;
  if (j == kNoToken) return m;
  if (!d.is_word(j)) {  // "JosÃ© said": a name may end with a mojibake sign
    const size_t h = word_head(d, j);
    return h != j && cap_word(d, h) ? Mention{Mention::Kind::name, run_backward(d, h), j, true} : m;
  }
  std::string_view w = d.str(j);
  if (pronoun_of(w) != Pronoun::none) return {Mention::Kind::pronoun, j, j, true};
  if (cap_word(d, j)) return {Mention::Kind::name, run_backward(d, j), j, true};
  // Only a word with a token touching it before is a piece of a longer word (word_head) or a hyphenated
  // name's tail: most have white space there.
  if (const size_t touching = d.touching_prev(j); touching != kNoToken) {
    if (const size_t h = word_head_through_signs(d, j); h != j && cap_word(d, h))
      return {Mention::Kind::name, run_backward(d, h), j, true};
    // "Ji-won": head, "-" and j touch
    if (const size_t head = d.touching_prev(touching); head != kNoToken && hyphen_syllables(d, head, j) && cap_word(d, head))
      return {Mention::Kind::name, run_backward(d, head), j, true};
  }
  // A month after a given name (month_surname) is capitalized.
  if (j >= 2 && d.capitalized(j) && adjacent(d, d.prev(j), j) && cap_word(d, d.prev(j)) && month_surname(d, d.prev(j), j))
    return {Mention::Kind::name, run_backward(d, d.prev(j)), j, true};
  if (d.lower_initial(j) && person_or_org_noun(d, w)) {
    size_t i = j;
    for (int steps = 0; steps < 5; ++steps) {
      size_t k = d.prev(i);
      // "the U.S. senator": an abbreviation's period stays inside the description.
      if (k != kNoToken && d.is_punct(k, '.') && d.prev(k) != kNoToken && d.is_word(d.prev(k)) && d.abbreviation(d.prev(k)))
        k = d.prev(k);
      if (k == kNoToken || !d.is_word(k)) break;
      std::string_view kw = d.token_str(k);
      if (is_determiner(kw)) return {Mention::Kind::description, k, j, !is_indefinite(kw)};
      const bool filler = is_verb_filler(kw);  // asked once of each word
      // "The first lady said": a filler word right after a determiner modifies the noun ("first", "later").
      if (const size_t det = d.prev(k); filler && det != kNoToken && d.is_word(det) && is_determiner(d.str(det)))
        return {Mention::Kind::description, det, j, !is_indefinite(d.str(det))};
      // "The former governor and U.S. senator said": role nouns joined by "and" describe one person.
      if (const size_t r = d.prev(k); is_coordinator(kw) && d.lower_initial(k) && r != kNoToken && d.is_word(r) &&
                                      d.lower_initial(r) && d.lex->is_person_noun(d.str(r))) {
        i = k;
        --steps;
        continue;
      }
      if (filler || is_not_name_word(kw)) break;
      i = k;
    }
    return {Mention::Kind::description, i, j, false};
  }
  return m;
}

Mention mention_starting_at(const DocTokens& d, size_t i) {
  Mention m;
  // "said 9/11 widow Ann Lee": a number modifying a person's role noun opens the phrase.
  if (i != kNoToken && d.kind(i) == TC_TOKEN_NUMBER) {
    size_t n = d.next(i);
    for (int steps = 0; steps < 4 && n != kNoToken && (d.kind(n) == TC_TOKEN_NUMBER || d.is_punct(n, '/')); ++steps)
      n = d.next(n);
    if (n != kNoToken && d.is_word(n) && d.lower_initial(n) && d.lex->is_person_noun(d.str(n))) i = n;
  }
  if (i == kNoToken || !d.is_word(i)) return m;
  std::string_view w = d.str(i);
  if (pronoun_of(w) != Pronoun::none) return {Mention::Kind::pronoun, i, i, true};
  size_t k = i;
  bool definite = true;
  if (is_determiner(w)) {
    definite = !is_indefinite(w);
    k = d.next(i);
  }
  // Role words may come first and the name after them, possibly in apposition:
  //   said the vice president and chairman of Chrysler LLC Jim Press
  //   said chief investment officer at Solaris Asset Management, Tim Ghriskey
  //   said American president Obama
  size_t head = kNoToken, first_run = kNoToken, first_run_last = kNoToken;
  size_t head_before_of = kNoToken;  // "the general secretary of the union": the head is "secretary"
  size_t person_head = kNoToken;     // the last role noun for a person ("analyst", "spokeswoman")
  const bool in_phrase_start = k != i;  // after a determiner, capitalized words may be modifiers
  for (int steps = 0; steps < 14 && k != kNoToken; ++steps) {
    if (cap_word(d, k)) {
      size_t last = run_forward(d, k);
      size_t after = d.next(last);
      const bool then_lower = after != kNoToken && d.is_word(after) && d.lower_initial(after) &&
                              pronoun_of(d.str(after)) == Pronoun::none && !is_complementizer(d.str(after));
      // "Tulsa police Chief Ann Roe": a lower-case body or role word between a place and a titled name.
      const size_t after2 = then_lower ? d.next(after) : kNoToken;
      // Each token's title and organisation bits read once (title_org: bit 0 title, bit 1 organisation).
      const uint8_t after_bits = then_lower ? d.title_org(after) : 0;
      const bool role_like =
          (d.title_org(last) & 3) != 0 ||
          (then_lower && ((after_bits & 1) ||
                          ((after_bits & 2) && (cap_word(d, after2) || (after2 != kNoToken && d.title_word(after2))))));
      const bool in_role = role_like || head != kNoToken || in_phrase_start;
      if (after != kNoToken && d.is_punct(after, ',') && in_role && cap_word(d, d.next(after))) {
        size_t n2 = d.next(after);
        return {Mention::Kind::name, n2, run_forward(d, n2), true};
      }
      // A name right after a person's role noun is that person ("Halden Bank analyst Maria Okafor said",
      // "spokeswoman Dana Pruitt spoke"); one after a preposition ("a spokesman for Wexley Group") is not.
      if (!role_like && person_head != kNoToken && d.prev(k) == person_head) return {Mention::Kind::name, k, last, true};
      // "The UAW issued a statement": a verb after the capitalized words ends the phrase; they are its subject.
      if (then_lower && in_phrase_start && !role_like && head == kNoToken && finite_verb_like(d, d.str(after)))
        return {Mention::Kind::name, k, last, true};
      // "…," Tulsa police Chief Ann Roe said: a cue after the name ends the phrase.
      if (in_role && head != kNoToken && then_lower && CueLexicon(*d.lex).listed(d.str(after)))
        return {Mention::Kind::name, k, last, true};
      if (then_lower && in_role) {
        if (first_run == kNoToken) { first_run = k; first_run_last = last; }
        k = after;
        continue;
      }
      return {Mention::Kind::name, k, last, true};
    }
    if (!d.is_word(k)) {
      // "said the conference chair, Ann Lee": a role (a person noun or title word) set off by a comma.
      const size_t bw = d.prev(k);
      const bool role_before = bw != kNoToken && d.is_word(bw) && d.lower_initial(bw) && d.title_word(bw);
      if (d.is_punct(k, ',') && (head != kNoToken || first_run != kNoToken || role_before) && cap_word(d, d.next(k))) {
        size_t n2 = d.next(k);
        return {Mention::Kind::name, n2, run_forward(d, n2), true};
      }
      break;
    }
    // Each word's lists asked once, and the word before it only for "the": most words walked are in none.
    const std::string_view kw = d.token_str(k);
    const bool person = d.lex->is_person_noun(kw);
    if (person || d.lex->is_org_noun(kw)) {
      head = k;
      if (person && !d.lex->is_org_noun(kw)) person_head = k;
    } else if (const uint8_t g = grammar_sets::role_walk_words.tags(kw);
               (g & grammar_sets::kWalkOf) && head != kNoToken && head_before_of == kNoToken) {
      head_before_of = head;  // is_of
    } else if (g & grammar_sets::kWalkDeterminer) {
      // "the secretary of the union": "the" after "of" goes on.
      const size_t before = d.prev(k);
      if (!((g & grammar_sets::kWalkDefinite) && before != kNoToken && d.is_word(before) && is_of(d.token_str(before))))
        break;
    } else if (pronoun_of(kw) != Pronoun::none || (g & grammar_sets::kWalkEnd)) {
      break;
    }
    k = d.next(k);
  }
  if (head_before_of != kNoToken) head = head_before_of;
  if (head == kNoToken && first_run != kNoToken && definite) {
    // "said GM's sales vice president": a possessive names whose role it is, not the speaker.
    std::string_view fl = d.str(first_run_last);
    if (is_possessive(fl)) return {Mention::Kind::description, i, first_run_last, false};
    return {Mention::Kind::name, first_run, first_run_last, true};
  }
  if (head != kNoToken) return {Mention::Kind::description, i, head, definite && head != i};
  return m;
}

void MentionResolver::set_ends(Name& n, uint32_t last_tok, uint32_t end) const {
  const int64_t last_from_first = int64_t{last_tok} - n.first_tok;
  const int64_t end_from_last = int64_t{end} - doc_.begin(last_tok);
  if (last_from_first >= 0 && last_from_first <= UINT16_MAX && end_from_last >= 0 && end_from_last <= UINT16_MAX)
      [[likely]] {
    n.wide = false;
    n.last_from_first = static_cast<uint16_t>(last_from_first);
    n.end_from_last = static_cast<uint16_t>(end_from_last);
    return;
  }
  // A run read again (probe_name) reuses the pair it added last.
  if (wide_ends_.empty() || wide_ends_.back().last_tok != last_tok || wide_ends_.back().end != end)
    wide_ends_.push_back({last_tok, end});
  const size_t k = wide_ends_.size() - 1;
  if (k > UINT32_MAX) throw std::length_error("quotes: too many long names");
  n.wide = true;
  n.last_from_first = static_cast<uint16_t>(k);
  n.end_from_last = static_cast<uint16_t>(k >> 16);
}

bool MentionResolver::name_of_run(size_t first, size_t last, Name* out) const {
  static_assert(std::is_trivially_copyable_v<Name>, "kept as bytes in run_names_");
  if (split_every_run || first >= UINT32_MAX || last >= UINT32_MAX) [[unlikely]] return split_run(first, last, out);
  const uint64_t key = (uint64_t{first} + 1) << 32 | (last + 1);
  static_assert(std::has_single_bit(kRunMemoSlots));
  const size_t slot = static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> (64 - std::countr_zero(kRunMemoSlots)));
  unsigned char* bytes = run_names_ + slot * sizeof(Name);
  if (run_keys_[slot].key == key) {
    if (run_keys_[slot].named) std::memcpy(static_cast<void*>(out), bytes, sizeof(Name));
    return run_keys_[slot].named;
  }
  Name nm;
  const bool named = split_run(first, last, &nm);
  run_keys_[slot] = {key, named};
  if (named) {
    std::memcpy(bytes, &nm, sizeof(Name));
    *out = nm;
  }
  return named;
}

bool MentionResolver::split_run(size_t first, size_t last, Name* out) const {
  constexpr size_t kMax = 16;
  size_t words[kMax];
  size_t n = 0;
  for (size_t t = first; t <= last && t < doc_.size() && n < kMax; ++t) {
    if (DocTokens::is_slot(t)) continue;  // white space: no word, no "&", no mark
    if (doc_.is_word(t)) {
      words[n++] = t;
      t = word_tail(doc_, t);  // "FranÃ§ois": one word
    } else if (doc_.str(t) == "&") words[n++] = t;
    // A nickname in marks inside the run (Ann "Annie" Vail) is no word of the name proper.
    else if (doc_.kind(t) == TC_TOKEN_QUOTE) {
      const size_t other = doc_.after(doc_.after(t));  // the mark after the nickname's word
      if (other < last && doc_.kind(other) == TC_TOKEN_QUOTE) t = other;
    }
  }
  // Whether word k is a title word and an organisation word, read once each from what the document's tokens
  // remember (DocTokens::title_org): the rules below ask of the same words again and again, and every run, probe
  // and resolution over the same words asks again.
  uint8_t asked[kMax] = {};  // per word: bit 0 title, bit 1 organisation, bit 2 both known
  auto lexicon_bits = [&](size_t k) __attribute__((always_inline)) {
    if (!(asked[k] & 4)) asked[k] = static_cast<uint8_t>(4 | doc_.title_org(words[k]));
    return asked[k];
  };
  auto title_word = [&](size_t k) __attribute__((always_inline)) { return (lexicon_bits(k) & 1) != 0; };
  auto org_word = [&](size_t k) __attribute__((always_inline)) { return (lexicon_bits(k) & 2) != 0; };
  size_t s = 0;
  // is_not_name_word as cap_word asked it of the same token, remembered.
  while (s < n && (doc_.remembered(words[s], is_not_name_word) || connector(doc_, words[s]))) ++s;
  if (s >= n) return false;
  // "Ann Lee KC", "Tom Hale MP": letters after a name are not part of it (nor a title that would end it).
  while (n > s + 2 && is_post_nominal(doc_.token_str(words[n - 1]))) --n;
  bool connected = false;  // "Tour of the Lakes": a name joined by "of" or "the" is a place or an event
  for (size_t k = s; k < n; ++k) {
    // Only a connector written in lower case, as inside a name.
    connected = connected || (!doc_.capitalized(words[k]) && is_place_connector(doc_.token_str(words[k])));
  }
  // "Lena Hart of Westfield Pension Advisory Services", "Professor Lena Hart of Westfield University", "Lena
  // Hart for Westfield Polling": a person (after any titles) and the organization they speak or write for.
  size_t s_titled = s;
  while (s_titled + 1 < n && title_word(s_titled)) ++s_titled;
  for (size_t k = s_titled + 2; k + 1 < n; ++k) {
    if (!is_affiliation_preposition(doc_.token_str(words[k]))) continue;
    bool plain = k - s_titled <= 3;
    for (size_t j = s_titled; j < k && plain; ++j) plain = doc_.capitalized(words[j]) && !title_word(j) && !org_word(j);
    if (plain) {
      n = k;
      connected = false;
    }
    break;
  }
  long title = -1, org = -1;
  // "Department of Justice", "Bank of America", "Center for Policy Studies": an organisation word that "of" or
  // "for" joins to the capitalized words after it heads the whole name (no person's name ends with it: "Lena
  // Hart of Westfield University" was cut before "of" above).
  long org_of = -1;
  for (size_t k = s; k < n; ++k) {
    if (!doc_.capitalized(words[k])) continue;
    const uint8_t bits = lexicon_bits(k);
    if (bits & 1) title = static_cast<long>(k);
    if (bits & 2) {
      org = static_cast<long>(k);
      if (org_of < 0 && !(bits & 1) && k + 3 <= n && !doc_.capitalized(words[k + 1]) &&
          is_organisation_connector(doc_.token_str(words[k + 1])))
        org_of = static_cast<long>(k);
    }
  }
  // A title word that only modifies a role ("National", "State", "Senior": no role or honorific of its own, and
  // longer than the abbreviations "Sgt" or "Sen" written without a period) right before the last word belongs to a name ("the National Review", "State Farm"); it
  // titles no one.
  if (title >= 0 && static_cast<size_t>(title) + 2 == n) {
    const size_t w = words[static_cast<size_t>(title)];
    std::string_view tw = doc_.str(w);
    if (tw.size() >= 5 && !doc_.abbreviation(w) && !(doc_.after(w) < doc_.size() && doc_.is_punct(doc_.after(w), '.')) &&
        !doc_.lex->is_person_noun(tw) && !doc_.lex->is_honorific(tw)) {
      title = -1;
      for (size_t k = s; k + 2 < n; ++k)
        if (doc_.capitalized(words[k]) && title_word(k)) title = static_cast<long>(k);
    }
  }
  // "Farmer Owen Pryce said", "Nurse Ada Lunn": a role noun capitalized because it opens the sentence is a
  // role before a full name. (Short ones are left alone: "Son" and "Man" are surnames too.)
  if (title < 0 && n - s >= 3) {
    std::string_view w = doc_.token_str(words[s]);
    if (w.size() >= 5 && doc_.lex->is_person_noun(w) && !doc_.lex->is_org_noun(w) && !org_word(s)) title = static_cast<long>(s);
  }
  Name nm;
  const size_t lastw = n - 1;
  // A title word ending the run is a surname ("King", "Mayor", "Dean") when it stands alone with no
  // determiner or other word before it, or after an abbreviated title ("Mr. King", "Sen. Dean") or a word
  // that is no title, organisation word or acronym, a given name ("Charlie King"; not "US Treasury Secretary").
  if (title == static_cast<long>(lastw) && org != static_cast<long>(lastw)) {
    const std::string_view before = lastw > s ? doc_.token_str(words[lastw - 1]) : std::string_view{};
    const size_t p = doc_.prev(words[s]);
    const bool alone = lastw == s && (p == kNoToken || !doc_.is_word(p));
    const bool acronym = before.size() >= 2 && doc_.all_capitals(words[lastw - 1]) && doc_.ascii_letters(words[lastw - 1]);
    const bool given = !(lastw > s && (title_word(lastw - 1) || org_word(lastw - 1))) && !acronym;  // of `before`
    if (alone || (lastw > s && (doc_.abbreviation(words[lastw - 1]) || doc_.lex->is_honorific(before) || given))) {
      title = -1;
      for (size_t k = s; k < lastw; ++k)
        if (doc_.capitalized(words[k]) && title_word(k)) title = static_cast<long>(k);
    }
  }
  const bool cut_short = words[lastw] != last && !(doc_.str(last) == "." && last == doc_.after(words[lastw]));
  const bool last_is_org = org == static_cast<long>(lastw) && !title_word(lastw);
  size_t from;
  if (last_is_org || org_of >= 0) {
    from = s;
    // A title word right before the organisation word names the body ("Justice Department", "Foreign
    // Ministry", "National Security Council"); only one before a title word that ends a person's role is cut.
    const size_t head = last_is_org ? lastw : static_cast<size_t>(org_of);
    while (from < head && title_word(from) && !org_word(from) && (lexicon_bits(from + 1) & 3) == 0) ++from;
    nm.org = true;
  } else if (org == static_cast<long>(s) && title < 0) {
    // "The Daily Courier", "Herald Sun": an organisation word opening the run, no title after it, begins the
    // organisation's name; it is no body a person after it works for.
    from = s;
    nm.org = true;
  } else {
    long cut = std::max(title, org);
    from = cut >= 0 ? static_cast<size_t>(cut) + 1 : s;
    while (from <= lastw && connector(doc_, words[from])) ++from;
    if (from > lastw) return false;
    // A person's name runs to three words at most: the last two of a longer run are the name, unless a connector
    // makes the run one name of a body or a place ("Citizens for Fair Taxes").
    size_t count = lastw - from + 1;
    bool joined = false;  // a connector among the words kept ("President of the United States Barack Obama" has none)
    for (size_t k = from + 1; k < lastw && count > 3 && !joined; ++k) joined = connector(doc_, words[k]);
    if (count > 3 && !joined) from = lastw - 1;
  }
  const uint32_t last_word_end = doc_.end(word_tail(doc_, words[lastw]));
  uint32_t end = last_word_end;
  if (!cut_short && doc_.kind(last) != TC_TOKEN_WORD && doc_.str(last) == "." && doc_.abbreviation(words[lastw]))
    end = doc_.end(last);
  nm.first_tok = static_cast<uint32_t>(words[from]);
  // A possessive is not part of the name.
  const uint32_t last_word_begin = doc_.begin(words[lastw]);
  std::string_view lw = doc_.text.substr(last_word_begin, last_word_end - last_word_begin);
  if (lw.size() > 2 && (lw.ends_with("'s"))) end = last_word_end - 2;
  else if (lw.size() > 4 && lw.ends_with("\u2019s")) end = last_word_end - 4;
  nm.words = static_cast<uint8_t>(lastw - from + 1);
  if (!nm.org) {
    const bool caps = lw.size() >= 2 && doc_.all_capitals(words[lastw]) && doc_.ascii_letters(words[lastw]);
    if (nm.words == 1 && (caps || org_word(lastw) || web_domain(doc_, words[lastw]))) nm.org = true;  // lw is its text
    if (from > s && title >= 0 && static_cast<size_t>(title) + 1 == from) nm.person = true;
    if (nm.words >= 2 && nm.words <= 3 && !connected) nm.maybe_person = true;
  }
  // Role words: the titles inside the run and the title words and names just before it
  // ("Russian Foreign Ministry spokeswoman Maria Zakharova").
  size_t r = words[s];
  for (int steps = 0; steps < 8; ++steps) {
    size_t k = doc_.prev(r);
    if (k == kNoToken || !doc_.is_word(k)) break;
    std::string_view kw = doc_.str(k);
    if (!(doc_.title_word(k) || cap_word(doc_, k) || is_name_connector(kw))) break;
    r = k;
  }
  nm.role_tok = static_cast<uint32_t>(r);
  if (end <= name_begin(nm)) return false;
  set_ends(nm, static_cast<uint32_t>(words[lastw]), end);
  *out = nm;
  return true;
}

size_t headline_end(const DocTokens& d) {
  int words = 0, capitalized = 0;
  // Over the compact tokens up to the first whose white space before holds a line break: every document's
  // first line is walked, a tweet's whole text.
  const tc_token_compact* tok = d.tokens.compact().data();
  const size_t n = d.tokens.size();
  size_t j = 0;
  for (; j < n && !d.slot_breaks(j); ++j) {
    if (tok[j].kind != TC_TOKEN_WORD) continue;
    ++words;
    if (tok[j].flags & TC_TOKEN_INITIAL_CAPITAL) ++capitalized;
  }
  // The line break's position (its slot), or past the end when the text has none.
  const size_t i = j < n || d.slot_breaks(n) ? 2 * j : d.size();
  return words >= 4 && capitalized * 4 >= words * 3 ? i : 0;
}

struct MentionResolver::Spare {
  std::vector<PendingSpeaker> pending_speakers;
  std::vector<Paragraph> paragraphs;
  NamePool pool, probed;
  std::vector<Name> read_names;
  std::vector<Hit> hits;
};

MentionResolver::Spare& MentionResolver::spare() {
  thread_local Spare s;
  return s;
}

MentionResolver::MentionResolver(const DocTokens& doc, const CueLexicon& cues) : doc_(doc), cues_(cues) {
  Spare& s = spare();
  pending_speakers_ = emptied(std::move(s.pending_speakers));
  paragraphs_ = emptied(std::move(s.paragraphs));
  pool_ = std::move(s.pool);
  pool_.clear();
  probed_ = std::move(s.probed);
  probed_.clear();
  read_names_ = emptied(std::move(s.read_names));
  hits_ = emptied(std::move(s.hits));
}

MentionResolver::~MentionResolver() {
  Spare& s = spare();
  give_back(pending_speakers_, s.pending_speakers);
  give_back(paragraphs_, s.paragraphs);
  pool_.clear();  // its first block kept, when not too big
  s.pool = std::move(pool_);
  probed_.clear();
  s.probed = std::move(probed_);
  give_back(read_names_, s.read_names);
  give_back(hits_, s.hits);
}

void MentionResolver::split_paragraphs() {
  if (split_) return;
  split_ = true;
  // A paragraph ends with its line break (index_sentences noted them), the last one with the text.
  const size_t n = doc_.size();
  size_t i = headline_end(doc_);
  auto add = [&](size_t end) {
    Paragraph& p = paragraphs_.emplace_back();
    p.first_tok = static_cast<uint32_t>(i);
    i = end;
  };
  paragraphs_.reserve(doc_.line_breaks.size() + 1);
  // A slot holding two line breaks (a blank line) ends an empty paragraph too, as its second line-break token did.
  for (const uint32_t lb : doc_.line_breaks)
    if (lb >= i || lb + 1 == i) add(lb + 1);
  if (i < n) add(n);
  assert(paragraphs_.empty() || i == n);  // the last paragraph ends with the text, as end_tok says
}

bool MentionResolver::adjacent_paragraphs(size_t a, size_t b) const {
  // Blank lines make empty paragraphs of their own: only one holding a word stands between two.
  for (size_t p = a + 1; p < b; ++p)
    for (size_t t = paragraphs_[p].first_tok, e = end_tok(p); t < e; ++t)
      if (doc_.is_word(t)) return false;
  return a <= b;
}

size_t MentionResolver::paragraph_of(uint32_t b) const {
  auto it = std::upper_bound(paragraphs_.begin(), paragraphs_.end(), b,
                             [this](uint32_t x, const Paragraph& p) { return x < begin_of(p); });
  return it == paragraphs_.begin() ? SIZE_MAX : static_cast<size_t>(it - paragraphs_.begin()) - 1;
}

namespace {

// Token k is in no capitalized run and joins none: such a lower-case word, or a comma. The runs after it are the
// same whether a pass over the paragraph starts before it or right after it.
bool outside_runs(const DocTokens& d, size_t k) {
  return d.is_punct(k, ',') || (d.is_word(k) && lower_word_outside_names(d, k));
}

}  // namespace

void MentionResolver::read(size_t para) {
  Paragraph& p = paragraphs_[para];
  if (!p.unread()) return;
  read_names_.clear();
  // A run never crosses a line break (a break is neither a name word nor anything that joins one), so the runs
  // found from the paragraph's first token are those a pass from the headline's end finds.
  const size_t end = end_tok(para);
  for (size_t i = doc_.next_capitalized_word(p.first_tok, end); i < end;
       i = doc_.next_capitalized_word(i + 1, end)) {
    // A run starting inside a quotation names nobody (name_read_at): the capitalized words of the quotation are
    // passed over up to its last token before the closing mark that no run holds or joins (outside_runs), a few
    // tokens back from the mark; the runs after that token are the ones a pass through the quotation finds.
    if (const long qi = read_quoted_runs ? -1 : doc_.quote_at(doc_.begin(i)); qi >= 0) {
      const QuoteSpan& q = doc_.outer[static_cast<size_t>(qi)];
      size_t k = std::min<size_t>(q.closed() ? q.close_token : size_t{q.last_token} + 1, end);
      bool outside = false;
      for (int steps = 0; steps < 8 && k > i + 1 && !outside; ++steps) outside = outside_runs(doc_, --k);
      if (outside) {
        i = k;
        continue;
      }
    }
    if (!cap_word(doc_, i)) continue;
    const size_t last = run_forward(doc_, i);
    Name nm;
    if (name_read_at(i, last, &nm, [](const Name&) { return true; })) read_names_.push_back(nm);
    i = last;
  }
  if (!read_names_.empty()) read_names_.front().first_in_paragraph = true;
  const uint32_t pending = p.name_count_or_pending;
  p.names = pool_.append(read_names_.data(), read_names_.size());
  p.name_count_or_pending = static_cast<uint32_t>(read_names_.size());
  // Names found speaking here before the paragraph was read (note_speaker).
  const uint32_t walked = walked_past_.empty() ? UINT32_MAX : walked_past_[para];
  for (uint32_t k = pending; k != UINT32_MAX; k = pending_speakers_[k].next)
    if (k < walked) mark_speaker(para, pending_speakers_[k].begin);
  if (walked == UINT32_MAX) return;
  // A walk passed over the paragraph unread (most_recent): its names are deferred as that walk would have deferred
  // them, with the speakers noted before it; those noted since come after.
  for (Name& nm : names_of(para))
    if (settle_searches(nm)) {
      nm.deferred = true;
      nm.spoke = nm.person || nm.subject;
    }
  for (uint32_t k = pending; k != UINT32_MAX; k = pending_speakers_[k].next)
    if (k >= walked) mark_speaker(para, pending_speakers_[k].begin);
}

template <class F>
bool MentionResolver::name_read_at(size_t i, size_t last, Name* out, F&& may_keep) const {
  if (doc_.quote_at(doc_.begin(i)) >= 0) return false;
  Name nm;
  if (!name_of_run(i, last, &nm) || !may_keep(nm)) return false;
  // "the automaker Ford", "carmaker GM": a name in apposition to an organization's noun is one.
  const size_t before_name = doc_.prev(nm.first_tok);
  if (before_name != kNoToken && doc_.is_word(before_name) && doc_.lower_initial(before_name) &&
      doc_.lex->is_org_noun(doc_.str(before_name)) && !doc_.lex->is_person_noun(doc_.str(before_name)))
    nm.org = true;
  mark_person(nm);  // an organization may be a speaker too ("The Treasury described …")
  mark_apposition(nm);
  if (nm.org) nm.person = false;
  else mark_gender(nm);
  if ((nm.person || nm.maybe_person) && !nm.org && nm.gender == Gender::unknown && modifies_role(doc_, last_tok(nm)))
    nm.person = nm.maybe_person = false;
  if (!nm.org && nm.words == 1) mark_first_name_apposition(nm);
  // After a sentence end, possibly the closing mark of a quotation ending with it ("…." Senator X).
  size_t before = doc_.prev(nm.role_tok);
  if (before != kNoToken && doc_.is_mark(before) && doc_.prev(before) != kNoToken) before = doc_.prev(before);
  nm.opens_sentence = doc_.sentence_opens_after(before);
  if (nm.opens_sentence && plural_common_noun(nm)) return false;
  if (!nm.opens_sentence && nm.words >= 2 && before != kNoToken && doc_.is_punct(before, ','))
    nm.opens_sentence = opening_apposition(before);
  if (!nm.opens_sentence && before != kNoToken && doc_.is_punct(before, ','))
    nm.opens_sentence = after_introductory_phrase(before);
  // The subject of an absolute construction is the one the sentence turns to, as its opener would be.
  if (!nm.opens_sentence && nm.words >= 2 && before != kNoToken && doc_.is_word(before) &&
      doc_.lower_initial(before) && is_absolute_preposition(doc_.str(before)))
    nm.opens_sentence = absolute_subject(nm);
  nm.read_as_person = nm.person;
  *out = nm;
  return true;
}

template <class F>
bool MentionResolver::probe_name(size_t para, size_t t, Name* out, F&& may_keep) const {
  const Paragraph& p = paragraphs_[para];
  size_t i = t;
  while (i > p.first_tok && !outside_runs(doc_, i - 1)) --i;
  for (; i <= t; ++i) {
    if (!doc_.is_word(i) || !doc_.capitalized(i) || !cap_word(doc_, i)) continue;
    const size_t last = run_forward(doc_, i);
    if (last >= t) return name_read_at(i, last, out, may_keep);
    i = last;
  }
  return false;
}

namespace {

// text.find(s, pos), the same answer, for the surname searches (fullest_of, misspelt_search): memchr finds the
// first letter, and the second is compared before memcmp is called. A surname's capital starts many words that
// are not it (five for every one that is, on the news benchmark), and memcmp's call at each cost more than the
// rest of the search there.
size_t find_surname(std::string_view text, std::string_view s, size_t pos) noexcept {
  if (s.size() < 2 || pos > text.size()) return text.find(s, pos);
  const char* const end = text.data() + text.size();
  for (const char* p = text.data() + pos; static_cast<size_t>(end - p) >= s.size(); ++p) {
    p = static_cast<const char*>(std::memchr(p, s[0], static_cast<size_t>(end - p) - s.size() + 1));
    if (p == nullptr) break;
    if (p[1] == s[1] && (s.size() == 2 || std::memcmp(p + 2, s.data() + 2, s.size() - 2) == 0))
      return static_cast<size_t>(p - text.data());
  }
  return std::string_view::npos;
}

}  // namespace

MentionResolver::Name* MentionResolver::fullest_of(std::string_view s) {
  if (Name** f = fullest_.find(s)) return *f;
  if (all_read_ || paragraphs_.empty()) return nullptr;
  // Each new surname scans the text once; past a few passes' worth, reading everything is cheaper.
  const size_t from = begin_of(paragraphs_.front());
  searched_bytes_ += doc_.text.size() - from;
  if (s.empty() || searched_bytes_ > 4 * doc_.text.size() + (256u << 10)) {
    read_all();
    Name** f = fullest_.find(s);
    return f ? *f : nullptr;
  }
  hits_.clear();
  // The words of the paragraphs that start with `s` (the last word of a name with surname `s` is one of them), and
  // whether each may end a name of two words or more: only those can be its fullest form's.
  // The paragraph is looked up only for a match at a token's start (a binary search): a walk over the
  // paragraphs for every match cost more, the surname's first letter matching often.
  for (size_t pos = find_surname(doc_.text, s, from); pos != std::string_view::npos;
       pos = find_surname(doc_.text, s, pos + 1)) {
    if (const size_t t = doc_.token_starting_at(pos); t != kNoToken)
      hits_.push_back({paragraph_of(static_cast<uint32_t>(pos)), t, may_end_full_name(t)});
  }
  // The first of the longest forms, as a pass in text order keeps it: in a paragraph read, among its names; in
  // one not read yet, the name at each word that may end one (probe_name reads that name alone). A form found so
  // is kept aside in probed_ (its paragraph stays unread); settle gives the gender learnt below to the same name
  // in the pool when its paragraph is read.
  Name* best = nullptr;  // in the pool
  Name probed;           // the best so far when it was probed (best_probed)
  bool best_probed = false;
  auto best_words = [&]() -> int { return best_probed ? probed.words : best ? best->words : 0; };
  size_t looked_at = SIZE_MAX;  // the read paragraph whose names were looked at last
  // Whether a lone `s` is written with role words before it ("Mr. X", "President X"): only such a mention can tell
  // of another bearer of the surname (grows_into), and only a run that may hold a word before `s` can be one.
  bool titled_lone = false;
  auto note_titled_lone = [&](const Name& nm) {
    if (nm.words == 1 && nm.role_tok < nm.first_tok && surname(nm) == s && titled_in_run(nm)) titled_lone = true;
  };
  for (const Hit& h : hits_) {
    if (!h.may_end_full || h.para == looked_at) continue;
    if (paragraphs_[h.para].unread() && !read_to_find_fullest) {
      // Its words and surname are those of the run's name before it is marked: only such a name is marked.
      const auto may_lead = [&](const Name& nm) {
        note_titled_lone(nm);
        return nm.words >= 2 && best_words() < nm.words && surname(nm) == s;
      };
      Name nm;
      if (probe_name(h.para, h.tok, &nm, may_lead) && fullest_candidate(nm)) {
        probed = nm;
        best_probed = true;
      }
      continue;
    }
    read(h.para);
    looked_at = h.para;
    for (Name& nm : names_of(h.para)) {
      note_titled_lone(nm);
      if (fullest_candidate(nm) && surname(nm) == s && best_words() < nm.words) {
        best = &nm;
        best_probed = false;
      }
    }
  }
  if (best_probed) {
    best = probed_.push_back(probed);
  }
  // A gender learnt from any form of a name ("Mr Okafor") holds for its fullest form: the first such form, in a
  // paragraph read or, name by name, in one not read yet.
  auto teaches_gender = [&](const Name& nm) {
    return !nm.org && nm.words == 1 && nm.gender != Gender::unknown && surname(nm) == s;
  };
  looked_at = SIZE_MAX;
  for (size_t k = 0; best && best->gender == Gender::unknown && k < hits_.size(); ++k) {
    const Hit& h = hits_[k];
    if (h.para == looked_at) continue;
    if (paragraphs_[h.para].unread() && !read_to_find_fullest) {
      Name nm;
      const auto may_teach = [&](const Name& nm) { return nm.words == 1 && !nm.org && surname(nm) == s; };
      if (probe_name(h.para, h.tok, &nm, may_teach) && teaches_gender(nm)) best->gender = nm.gender;
      continue;
    }
    read(h.para);
    looked_at = h.para;
    for (const Name& nm : names_of(h.para))
      if (teaches_gender(nm)) {
        best->gender = nm.gender;
        break;
      }
  }
  if (best) best->one_bearer = !titled_lone;
  fullest_.emplace(s, best);
  return best;
}

namespace {

bool ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Whether `a` and `b` differ by one letter: one replaced, or one more in either. The case of ASCII letters does
// not count ("McClenney", "McLenney").
bool same_letter(char x, char y) { return x == y || ((x ^ y) == 0x20 && ascii_letter(x)); }

// Out of line: inlined into misspelt_search's loop, GCC 12.2 at -O2 and -O3 (jump threading: -fno-thread-jumps
// avoids it; clang and -O1 do not show it) compiled the pair into code that never found the word
// (QuotesSpeakers20.ASurnameMisspeltOnceIsThePersonNamedBefore fails then).
[[gnu::noinline]] bool one_letter_apart(std::string_view a, std::string_view b) {
  const std::string_view shorter = a.size() <= b.size() ? a : b;
  const std::string_view longer = a.size() <= b.size() ? b : a;
  if (longer.size() - shorter.size() > 1) return false;
  // The letters both share at the start and, of the rest of the shorter, at the end: all but the one changed.
  size_t head = 0;
  while (head < shorter.size() && same_letter(shorter[head], longer[head])) ++head;
  size_t tail = 0;
  while (tail < shorter.size() - head &&
         same_letter(shorter[shorter.size() - 1 - tail], longer[longer.size() - 1 - tail]))
    ++tail;
  return head + tail + 1 == longer.size();
}

}  // namespace

const MentionResolver::Name* MentionResolver::misspelt_fullest(std::string_view s, uint32_t before) {
  // Short surnames one letter apart are often two people ("Hale", "Hall"); a longer one is a slip of the pen.
  constexpr size_t kMinBytes = 5;
  if (s.size() < kMinBytes || paragraphs_.empty()) return nullptr;
  // A speaker is named again and again: the answers for the last few surnames asked.
  for (const MisspeltAnswer& a : misspelt_)
    if (a.surname == s) return a.name;
  const Name* found = misspelt_search(s, before);
  misspelt_[misspelt_next_++ % std::size(misspelt_)] = {s, found};
  return found;
}

const MentionResolver::Name* MentionResolver::misspelt_search(std::string_view s, uint32_t before) {
  // The right spelling comes first, where the person is introduced, and is the usual one: a word before byte
  // `before` (the name being given) one letter off `s`, written before `s` is and at least as often. A slip keeps
  // the first two letters ("Wimes" written "Wines", "McClenney" "McLenney"): only the words starting with them are
  // looked at, found as fullest_of finds a surname, and each is measured on the bytes before its token is looked up.
  const std::string_view text = doc_.text;
  const std::string_view head = s.substr(0, 2);
  std::string_view near;
  size_t s_count = 0, near_count = 0;
  for (size_t pos = find_surname(text, head, begin_of(paragraphs_.front())); pos < before;
       pos = find_surname(text, head, pos + 1)) {
    if (pos > 0 && ascii_letter(text[pos - 1])) continue;  // inside a word
    size_t end = pos + 2;
    while (end < text.size() && end <= pos + s.size() + 1 && ascii_letter(text[end])) ++end;
    const std::string_view w = text.substr(pos, end - pos);
    if (w.size() + 1 < s.size() || w.size() > s.size() + 1) continue;
    if (w == s) {
      ++s_count;
    } else if (!near.empty()) {
      if (w == near) ++near_count;
    } else if (s_count == 0 && one_letter_apart(w, s)) {
      if (const size_t t = doc_.token_starting_at(pos); t != kNoToken && doc_.str(t) == w) {
        near = w;
        near_count = 1;
      }
    }
  }
  if (near.empty() || near_count < s_count) return nullptr;
  return fullest_of(near);
}

bool MentionResolver::may_end_full_name(size_t t) const {
  if (!doc_.is_word(t)) return true;  // "&": whatever it is, read it
  // A name's words before its last one are in the same capitalized run (run_forward), which joins words across
  // at most: capitalized words, connectors ("of", "van", "&"), a hyphen, an initial's or abbreviation's period,
  // and quotation marks around a nickname. The token before `t` being none of those, `t` starts its run.
  const size_t k = doc_.prev(t);
  if (k == kNoToken || doc_.is_break(k)) return false;
  const std::string_view w = doc_.str(k);
  if (doc_.is_word(k)) return !lower_word_outside_names(doc_, k);
  if (w == ".")  // a sentence's end after a lower-case word, not an initial's or abbreviation's period
    return !(k > 0 && doc_.is_word(doc_.before(k)) && doc_.lower_initial(doc_.before(k)) && !doc_.abbreviation(doc_.before(k)));
  // A closing mark joins only a nickname's ("Robert "Bobby" Lane"): a capitalized word between two marks.
  if (doc_.kind(k) == TC_TOKEN_QUOTE)
    return k >= 2 && doc_.before(k) >= 1 && doc_.kind(doc_.before(doc_.before(k))) == TC_TOKEN_QUOTE &&
           doc_.is_word(doc_.before(k)) && doc_.capitalized(doc_.before(k));
  return w == "&" || doc_.is_punct(k, '-');
}

void MentionResolver::read_all() {
  all_read_ = true;
  for (size_t p = 0; p < paragraphs_.size(); ++p) read(p);
  fullest_.clear();
  for (size_t p = 0; p < paragraphs_.size(); ++p)
    for (Name& nm : names_of(p)) {
      if (!fullest_candidate(nm)) continue;
      auto [f, fresh] = fullest_.emplace(surname(nm), &nm);
      if (!fresh && (*f)->words < nm.words) *f = &nm;
    }
  // As in fullest_of; surnames settled before keep what they learnt (the same first form teaches it again).
  for (size_t p = 0; p < paragraphs_.size(); ++p)
    for (const Name& nm : names_of(p)) {
      if (nm.org || nm.words != 1 || nm.gender == Gender::unknown) continue;
      Name** f = fullest_.find(surname(nm));
      if (f && (*f)->gender == Gender::unknown) (*f)->gender = nm.gender;
    }
}

void MentionResolver::settle(Name& nm) {
  if (nm.settled) return;
  nm.settled = true;
  if (nm.org) return;
  // Settled late (deferred), a name settles as it was when first passed over: its fullest form and gender do
  // not change meanwhile, and a speaker noted since is a person anyway (mark_speaker).
  const bool spoke = nm.deferred ? nm.spoke : (nm.person || nm.subject);
  // A fullest form's gender is final once its surname has been looked up; a lone surname of a person named in
  // full is that person, with that person's gender.
  if (fullest_candidate(nm) && nm.gender == Gender::unknown) {  // a known gender stays
    // The fullest form may have been found before this paragraph was read (a copy in probed_): what it learnt
    // is this name's.
    const Name* f = fullest_of(surname(nm));
    if (f && f != &nm && name_begin(*f) == name_begin(nm)) nm.gender = f->gender;
  }
  if (nm.words != 1) return;
  const Name* f = fullest_of(surname(nm));
  if (!f) {
    // No fuller form: a lone known given name ("Melanie said") is someone named by first name, with its gender
    // (looked up only for the names a pronoun may go back to).
    if (nm.gender == Gender::unknown && spoke)
      nm.gender = doc_.lex->gender_of_given_name(surname(nm));
    return;
  }
  if (f->read_as_person || nm.subject) nm.person = true;
  if (nm.gender == Gender::unknown) nm.gender = f->gender;
}

MentionResolver::Name* MentionResolver::name_at(uint32_t begin, bool settled) {
  split_paragraphs();
  const size_t para = paragraph_of(begin);
  if (para == SIZE_MAX) return nullptr;
  read(para);
  const NameRange names = names_of(para);
  auto it = std::lower_bound(names.begin(), names.end(), begin,
                             [this](const Name& n, uint32_t b) { return name_begin(n) < b; });
  if (it == names.end() || name_begin(*it) != begin) return nullptr;
  if (settled) settle(*it);
  return &*it;
}

void MentionResolver::mark_gender(Name& nm) const {
  // A gendered title or role word before the name ("Mr", "spokeswoman"), else a known given name.
  if (const Gender g = title_gender(nm); g != Gender::unknown) nm.gender = g;
  if (nm.words < 2) return;
  // The given name is the first word, or follows words that describe the person ("Republican Donald Trump",
  // "rival Hillary Clinton"): the first known given name before the surname.
  Gender given = Gender::unknown;
  for (size_t t = nm.first_tok; t < last_tok(nm) && t < doc_.size() && given == Gender::unknown; ++t)
    if (doc_.is_word(t)) given = doc_.lex->gender_of_given_name(doc_.str(t));
  if (nm.gender == Gender::unknown) nm.gender = given;
  // A person's given name is not an organization's: "Paul Wexley" speaks like "Mr Wexley".
  if (given != Gender::unknown) nm.person = true;
}

void MentionResolver::mark_apposition(Name& nm) const {
  // "Dana Holt, 64, said", "Dana Holt, who …": an age or "who" after a name marks a person; "Holt Mills,
  // which …" an organization (unless a given name or title already says person).
  size_t k = doc_.next(last_tok(nm));
  // Only for full names: a first name alone ("her son, Tom, 12,") is a relative in passing.
  if (k == kNoToken || !doc_.is_punct(k, ',') || nm.words < 2) return;
  size_t n = doc_.next(k);
  if (n == kNoToken) return;
  if (doc_.kind(n) == TC_TOKEN_NUMBER) {
    size_t n2 = doc_.next(n);
    if (n2 != kNoToken && doc_.is_punct(n2, ',') && !nm.org) nm.person = true;
  } else if (doc_.is_word(n) && doc_.str(n) == "who" && !nm.org) {
    nm.person = true;
  } else if (doc_.is_word(n) && doc_.str(n) == "which" && !nm.person &&
             doc_.lex->gender_of_given_name(doc_.str(nm.first_tok)) == Gender::unknown) {
    nm.org = true;
  }
}


void MentionResolver::mark_first_name_apposition(Name& nm) const {
  // "his daughter, Mia, runs the shop", "a nurse, Tom, told the inquiry": news introduces people it names by
  // first name alone (relatives, children, members of the public) in apposition to a role or kin word set off
  // by commas. Such a name is a person who may speak later as "she" or "he". A lone first name anywhere else
  // is not promoted: it is usually someone mentioned in passing.
  const size_t comma = doc_.prev(nm.first_tok);
  const size_t after = doc_.next(last_tok(nm));
  if (comma == kNoToken || !doc_.is_punct(comma, ',') || after == kNoToken) return;
  if (!(doc_.is_punct(after, ',') || doc_.is_punct(after, '.') || doc_.is_break(after))) return;
  const size_t noun = doc_.prev(comma);
  if (noun == kNoToken || !doc_.is_word(noun) || !doc_.lower_initial(noun) || !doc_.lex->is_person_noun(doc_.str(noun)) ||
      doc_.lex->is_org_noun(doc_.str(noun)))
    return;
  // The role is a description of its own: a determiner or a possessive within two words before its noun
  // ("his daughter", "a night nurse", "the couple's son").
  bool described = false;
  size_t t = noun;
  for (int steps = 0; steps < 3 && !described; ++steps) {
    t = doc_.prev(t);
    if (t == kNoToken || !doc_.is_word(t)) break;
    std::string_view w = doc_.str(t);
    described = is_determiner(w) || is_possessive(w);
  }
  if (!described) return;
  nm.person = nm.introduced = true;
  if (nm.gender == Gender::unknown) nm.gender = doc_.lex->gender_of_given_name(doc_.str(nm.first_tok));
  if (nm.gender == Gender::unknown) nm.gender = doc_.lex->gender_of_title(doc_.str(noun));
}

bool MentionResolver::plural_common_noun(const Name& nm) const {
  // "Retailers were hit hardest", "Unions say …": one capitalized word opening a sentence, ending in -s, with
  // a plural verb after it, is a common noun, not a name (names take singular verbs).
  if (nm.words != 1 || nm.org) return false;
  std::string_view w = surname(nm);
  if (w.size() < 4 || w.back() != 's' || w.ends_with("'s")) return false;
  size_t k = doc_.next(last_tok(nm));
  if (k == kNoToken || !doc_.is_word(k)) return false;
  static constexpr std::string_view kPlural[] = {"are", "were", "have", "say", "from", "remain", "fear", "worry",
                                                 "expect", "want", "believe", "think", "feel", "hope", "argue"};
  for (auto x : kPlural)
    if (doc_.str(k) == x) return true;
  return false;
}

bool MentionResolver::opening_apposition(size_t comma) const {
  // "Her opponent, Dana Holt, was gracious", "The club's coach, Tom Reyes, …": a name in apposition to a
  // short role phrase that opens the sentence is that sentence's subject.
  size_t t = comma;
  for (int words = 0; words < 5; ++words) {
    size_t k = doc_.prev(t);
    if (doc_.sentence_opens_after(k)) {
      if (t == comma) return false;
      std::string_view first = doc_.str(t);
      // "Later, Simon Hart …", "On Monday, Simon Hart …": a short adverbial opening the sentence leaves the
      // name after its comma the sentence's subject.
      const bool adverbial = doc_.capitalized(t) && is_not_name_word(first) && pronoun_of(first) == Pronoun::none &&
                             !is_determiner(first);
      return adverbial || is_determiner(first) || is_possessive(first);
    }
    if (!doc_.is_word(k) && doc_.kind(k) != TC_TOKEN_NUMBER) return false;
    t = k;
  }
  return false;
}

bool MentionResolver::after_introductory_phrase(size_t comma) const {
  // "During a talk with Dana Reese on Monday, Penn made no secret …": a phrase opened by a preposition and closed
  // by the sentence's first comma leaves the name after that comma the sentence's subject.
  constexpr int kPhraseTokens = 40;
  size_t t = doc_.prev(comma);
  for (int steps = 0; steps < kPhraseTokens && t != kNoToken; ++steps, t = doc_.prev(t)) {
    const size_t b = doc_.prev(t);
    if (doc_.sentence_opens_after(b))
      return doc_.is_word(t) && doc_.capitalized(t) && is_introductory_preposition(doc_.str(t));
    if (doc_.is_break(t) || doc_.is_mark(t) || doc_.is_punct(t, ',') || (!doc_.is_word(t) && doc_.kind(t) != TC_TOKEN_SPACE &&
                                                                       doc_.kind(t) != TC_TOKEN_NUMBER && !doc_.is_punct(t, '.')))
      return false;
  }
  return false;
}

bool MentionResolver::absolute_subject(const Name& n) const {
  // Past an aside set off by dashes or commas ("with Ann Vail — who has called for higher taxes — attacking"),
  // a lower-case participle follows the name.
  constexpr int kAsideTokens = 24;
  const auto aside_mark = [&](size_t k) {
    if (k == kNoToken || doc_.is_word(k)) return std::string_view();
    const std::string_view s = doc_.str(k);
    return s == "," || s == "\u2014" || s == "\u2013" ? s : std::string_view();
  };
  size_t k = doc_.next(last_tok(n));
  if (const std::string_view open = aside_mark(k); !open.empty()) {
    k = doc_.next(k);
    for (int steps = 0; k != kNoToken && aside_mark(k) != open; ++steps, k = doc_.next(k))
      if (steps >= kAsideTokens || doc_.is_break(k) || doc_.sentence_ends_after(k)) return false;
    if (k == kNoToken) return false;
    k = doc_.next(k);
  }
  if (k == kNoToken || !doc_.is_word(k) || !doc_.lower_initial(k)) return false;
  const std::string_view w = doc_.str(k);
  return w.size() > 4 && w.ends_with("ing");
}

bool MentionResolver::place_name(Name& n) {
  if (n.place != Name::Place::unknown) return n.place == Name::Place::yes;
  place_decisions.fetch_add(1, std::memory_order_relaxed);
  bool yes = preposition_object(n);
  if (!yes) {
    const size_t w1 = doc_.next(last_tok(n)), w2 = w1 == kNoToken ? kNoToken : doc_.next(w1);
    yes = w1 != kNoToken && doc_.is_word(w1) && doc_.lower_initial(w1) &&
          (doc_.title_word(w1) || (w2 != kNoToken && doc_.is_word(w2) && doc_.lower_initial(w2) && doc_.title_word(w2)));
  }
  if (!yes) {
    const size_t comma = doc_.prev(n.first_tok);
    const size_t before = comma == kNoToken ? kNoToken : doc_.prev(comma);
    yes = before != kNoToken && doc_.is_punct(comma, ',') && doc_.is_word(before) && doc_.capitalized(before);
  }
  n.place = yes ? Name::Place::yes : Name::Place::no;
  return yes;
}

bool MentionResolver::preposition_object(Name& nm) {
  if (nm.object != Name::Object::unknown) return nm.object == Name::Object::yes;
  nm.object = Name::Object::no;
  size_t p = doc_.prev(nm.role_tok);
  Name* previous = nm.first_in_paragraph ? nullptr : &nm - 1;  // read just before it, in the same paragraph
  // "Leeds and Kent" read as one capitalized run gives Kent the run's start as its role: the word before the
  // name itself says whether it continues a list.
  if (const size_t c = doc_.prev(nm.first_tok); c != kNoToken && c != p && doc_.is_word(c) && is_conjunction(doc_.str(c)))
    p = c;
  // "in Denver, Leeds and Kent": a name after a comma inside a list whose first name a preposition governs is
  // governed too; a list goes on after it ("," or "and"), unlike "According to Tom Hale, Ann Vail said".
  if (p != kNoToken && doc_.is_punct(p, ',') && previous && doc_.prev(p) == last_tok(*previous)) {
    const size_t n = doc_.next(last_tok(nm));
    const bool list_goes_on = n != kNoToken && (doc_.is_punct(n, ',') || (doc_.is_word(n) && is_conjunction(doc_.str(n))));
    if (!list_goes_on || !preposition_object(*previous)) return false;
    nm.object = Name::Object::yes;
    return true;
  }
  // "by former U.N. envoy Ann Lee": a title phrase written before the name (title words, capitalized words, their
  // abbreviations' periods) is part of it; the word before that phrase governs the name.
  if (p != kNoToken && (doc_.title_word(p) || doc_.is_punct(p, '.'))) {
    size_t b = p;
    for (int words = 0; words < 5 && b != kNoToken; ++words, b = doc_.prev(b))
      if (!doc_.is_punct(b, '.') && !(doc_.is_word(b) && (doc_.title_word(b) || doc_.capitalized(b)))) break;
    p = b;
  }
  if (p == kNoToken || !doc_.is_word(p) || !doc_.lower_initial(p)) return false;
  std::string_view w = doc_.str(p);
  // "loyalists to Ann Lee and Tom Hale": the second of two names joined by "and" is what the first is. The
  // name before it in the pool is the one read just before it (a paragraph's names are stored together).
  if (is_conjunction(w)) {
    const size_t b = doc_.prev(p);
    if (!(previous && b != kNoToken && b == last_tok(*previous) && preposition_object(*previous))) return false;
    nm.object = Name::Object::yes;
    return true;
  }
  if (is_definite_article(w)) {
    p = doc_.prev(p);
    if (p == kNoToken || !doc_.is_word(p)) return false;
    w = doc_.str(p);
  }
  // "was led by Ann Lee": a passive's agent is who acted, no one in passing. Not in a participle phrase set off by
  // a comma after a noun ("a panel, overseen by Ann Lee, to study …"): that describes the noun, and names the agent
  // in passing.
  if (is_agent_preposition(w)) {
    const size_t v = doc_.prev(p), b = v == kNoToken ? kNoToken : doc_.prev(v);
    if (b == kNoToken || !doc_.is_punct(b, ',') || !doc_.is_word(v) || !doc_.lower_initial(v) ||
        is_conjunction(doc_.str(v)))
      return false;
    const size_t noun = doc_.prev(b);
    if (noun == kNoToken || !doc_.is_word(noun) || !doc_.lower_initial(noun)) return false;
    nm.object = Name::Object::yes;
    return true;
  }
  if (!is_object_preposition(w)) return false;
  nm.object = Name::Object::yes;
  return true;
}

bool MentionResolver::same_sentence(const Name& a, const Name& b) const {
  // Bounded: a sentence longer than this is not looked through, and the two count as apart.
  constexpr int kMaxSentenceTokens = 120;
  int steps = 0;
  for (size_t t = last_tok(a) + 1; t < b.first_tok && t < doc_.size(); ++t) {
    if (DocTokens::is_slot(t) && !doc_.is_space(t)) continue;  // two tokens that touch: no step between
    if (++steps > kMaxSentenceTokens || doc_.is_break(t) || doc_.sentence_ends_after(t) || doc_.is_mark(t)) return false;
  }
  return name_begin(a) < name_begin(b);
}

void MentionResolver::note_speaker(uint32_t begin) {
  // Settling later gives the same: it makes a lone surname a person when it is a speaker, as this does.
  // A paragraph not read yet is not read for it: the note waits in the paragraph's list until it is, as nothing
  // can look at its names before.
  split_paragraphs();
  const size_t para = paragraph_of(begin);
  if (para == SIZE_MAX) return;
  Paragraph& p = paragraphs_[para];
  if (p.unread()) {
    pending_speakers_.push_back({begin, p.name_count_or_pending});
    p.name_count_or_pending = static_cast<uint32_t>(pending_speakers_.size() - 1);
    return;
  }
  mark_speaker(para, begin);
}

void MentionResolver::mark_speaker(size_t para, uint32_t begin) {
  const NameRange names = names_of(para);
  auto it = std::lower_bound(names.begin(), names.end(), begin,
                             [this](const Name& n, uint32_t b) { return name_begin(n) < b; });
  if (it == names.end() || name_begin(*it) != begin) return;
  it->subject = true;
  if (!it->org) it->person = true;
}

void MentionResolver::mark_person(Name& nm) const {
  // Titled: a role word inside the run or just before it ("Halden Bank analyst Tom Reyes", "Mr Okafor").
  const uint32_t role_begin = doc_.begin(nm.role_tok);
  for (size_t t = nm.first_tok; t-- > 0;) {  // inside the run, before the name proper
    if (doc_.begin(t) < role_begin) break;
    if (doc_.kind(t) == TC_TOKEN_SPACE) continue;
    if (doc_.is_word(t) && doc_.title_word(t)) nm.person = true;
    break;
  }
  // A speaker: the subject of a reporting verb ("Zakharova noted"), or named right after one ("said Lavrov").
  size_t k = doc_.next(last_tok(nm));
  if (k != kNoToken && doc_.is_punct(k, ',')) {
    // "The bank's economist, Ana Ruiz, said": a name set off by commas is the verb's subject. One ending an
    // aside after a lower-case word ("X, who works with Dr Ana Ruiz, said", "X, a partner at Ruiz Law,
    // said") is that aside's object; its clause's subject speaks, not the name.
    const size_t b = doc_.prev(nm.role_tok);
    if (b != kNoToken && doc_.is_word(b) && doc_.lower_initial(b)) k = kNoToken;
    else k = doc_.next(k);
  }
  // Past at most three fillers ("had", "also"): `cue` is what word `k` is as a cue (none when it is no word).
  CueKind cue = CueKind::none;
  for (int steps = 0; k != kNoToken && doc_.is_word(k); ++steps) {
    cue = cues_.lookup(doc_.str(k));
    if (steps == 3 || cue != CueKind::none || !is_verb_filler(doc_.str(k))) break;
    k = doc_.next(k);
  }
  // "Russia have agreed to restore": a cue verb taking an infinitive reports an act, not speech.
  const size_t to = k == kNoToken ? kNoToken : doc_.next(k);
  const bool infinitive = to != kNoToken && doc_.is_word(to) && iequals(doc_.str(to), "to");
  size_t p = doc_.prev(nm.first_tok);
  if (cue != CueKind::none && !infinitive) {
    // A person's name takes no article: "the National Review agreed" names a thing (which may still speak),
    // and after a possessive or a quantifier the capitalized word modifies a noun ("so many Republican
    // claims", "his Democratic critics say"), so it is no subject at all.
    const std::string_view pw = p != kNoToken && doc_.is_word(p) && doc_.lower_initial(p) ? doc_.str(p) : std::string_view{};
    const bool article = is_definite_article(pw);
    const bool modifier = !pw.empty() && !article && !is_complementizer(pw) && (is_determiner(pw) || is_quantifier(pw));
    // After a preposition, straight or through its article ("at the National Review"), a name is an object.
    const size_t before_article = article ? doc_.prev(p) : p;
    const bool object = before_article != kNoToken && doc_.is_word(before_article) &&
                        is_object_preposition(doc_.str(before_article));
    // A lone given name ("Tom had warned him") is someone in passing, not a person pronouns go to, unless it
    // was introduced in apposition (mark_first_name_apposition) or is the surname of a full name.
    if (!object && !modifier &&
        !(nm.words == 1 && !nm.person && doc_.lex->gender_of_given_name(doc_.str(nm.first_tok)) != Gender::unknown)) {
      nm.subject = true;
      if (!article) nm.person = true;
    }
  }
  // Whether the word before the name is a finite cue ("said Ann Lee"), asked only of names of two words or more.
  const bool verb_before =
      nm.words >= 2 && p != kNoToken && doc_.is_word(p) && cues_.lookup(doc_.str(p)) == CueKind::verb;
  if (verb_before) nm.person = true;
  // "…, noted NBC's Ann Lee.", "…," said Ann Lee: the subject of an inverted reporting clause speaks (after a
  // comma or a closing mark; "told Ann Lee" after anything else is an object).
  // A possessive name is not that subject but the owner of it: "…, who studies tax policy, said Ann Lee's plan …".
  const size_t inv = doc_.prev(nm.role_tok);
  if (inv != kNoToken && doc_.is_word(inv) && nm.words >= 2 &&
      (inv == p ? verb_before : cues_.lookup(doc_.str(inv)) == CueKind::verb) && !is_possessive(doc_.str(last_tok(nm)))) {
    const size_t before_cue = doc_.prev(inv);
    if (before_cue != kNoToken && (doc_.is_punct(before_cue, ',') || doc_.is_mark(before_cue)))
      nm.person = nm.subject = true;
  }
  // In apposition with a role ("Tom Reyes, the chief market analyst", "Lena Hart of Westfield Partners").
  k = doc_.next(last_tok(nm));
  if (k != kNoToken && (doc_.is_punct(k, ',') || (doc_.is_word(k) && is_apposition_preposition(doc_.str(k))))) {
    size_t t = doc_.next(k);
    for (int steps = 0; steps < 6 && t != kNoToken && doc_.is_word(t); ++steps, t = doc_.next(t)) {
      std::string_view w = doc_.str(t);
      if (doc_.title_word(t) || doc_.lex->is_person_noun(w)) {
        // "Ultimately, Mr. Hale hopes": an honorific titles the name after it, never the word before the comma.
        if (doc_.capitalized(t) && doc_.lex->is_honorific(w)) break;
        nm.person = true;
        break;
      }
      if (!(is_determiner(w) || doc_.capitalized(t) || is_name_connector(w))) break;
      if (doc_.is_word(k) && doc_.capitalized(t) && nm.words >= 2) {  // of <Organization>
        nm.person = true;
        break;
      }
    }
  }
}

namespace {

// Whether the letters of `acronym` start capitalized words of tokens [first, end), in order: a name the
// acronym spells out there has such words, so a paragraph without them need not be read for one.
// Only the capitalized words are looked at, found four tokens a step from the host's token flags.
bool initials_in(const DocTokens& d, size_t first, size_t end, std::string_view acronym) {
  size_t k = 0;
  for (size_t t = d.next_capitalized_word(first, end); t < end && k < acronym.size(); t = d.next_capitalized_word(t + 1, end))
    if (d.text[d.begin(t)] == acronym[k]) ++k;
  return k == acronym.size();
}

// Whether the bytes of `acronym` come in order in text [begin, end): looser than initials_in (any byte, not
// only a capitalized word's first), and found with memchr, so that most paragraphs are passed over without
// walking their tokens.
bool bytes_in_order(std::string_view text, size_t begin, size_t end, std::string_view acronym) {
  for (const char c : acronym) {
    const void* at = begin < end ? std::memchr(text.data() + begin, c, end - begin) : nullptr;
    if (!at) return false;
    begin = static_cast<size_t>(static_cast<const char*>(at) - text.data()) + 1;
  }
  return true;
}

// Whether the capitals of a name's words, connectors skipped, spell `acronym` (two letters or more):
// "Securities and Exchange Commission" spells SEC. Compared letter by letter as they come, no string built.
bool spells(const DocTokens& d, size_t first_tok, size_t last_tok, std::string_view acronym) {
  size_t k = 0;
  for (size_t t = first_tok; t <= last_tok && t < d.size(); ++t) {
    if (!d.is_word(t) || !d.capitalized(t)) continue;
    const std::string_view word = d.str(t);
    if (word.ends_with("'s") || word.ends_with("\u2019s")) return false;  // "Russia's Trojan Horse" spells out nothing
    if (!d.ascii_letters(t)) break;  // an initial no acronym in ASCII capitals spells
    if (k == acronym.size() || word[0] != acronym[k]) return false;
    ++k;
  }
  return k >= 2 && k == acronym.size();
}

}  // namespace

const MentionResolver::Name* MentionResolver::spelled_out(const Name& n) {
  if (n.words != 1 || end_of(n) - name_begin(n) < 2 || end_of(n) - name_begin(n) > 8) return nullptr;
  std::string_view w = doc_.text.substr(name_begin(n), end_of(n) - name_begin(n));
  // One word of ASCII capitals, nothing else ("IMF"; not "U.S", "B2", "ÖVP").
  if (w != doc_.str(n.first_tok) || !doc_.all_capitals(n.first_tok) || !doc_.ascii_letters(n.first_tok) ||
      w.find_first_of(".'-\u2019") != std::string_view::npos)
    return nullptr;
  if (const Name** f = spelled_out_.find(w)) return *f;
  // The first multi-word name, not a person's, whose initials are the acronym ("IMF": "International Monetary
  // Fund"), read only in the paragraphs that could hold one.
  split_paragraphs();
  const Name* found = nullptr;
  size_t first_letter = 0;  // where the acronym's first letter is next in the text, from an unread paragraph on
  for (size_t p = 0; p < paragraphs_.size() && !found; ++p) {
    if (paragraphs_[p].unread()) {
      const size_t begin = begin_of(paragraphs_[p]);
      const size_t end = p + 1 < paragraphs_.size() ? begin_of(paragraphs_[p + 1]) : doc_.text.size();
      if (first_letter < begin) first_letter = std::min(doc_.text.find(w[0], begin), doc_.text.size());
      if (first_letter >= end || !bytes_in_order(doc_.text, first_letter, end, w) ||
          !initials_in(doc_, paragraphs_[p].first_tok, end_tok(p), w))
        continue;
    }
    read(p);
    for (const Name& nm : names_of(p))
      if (nm.words >= 2 && !nm.read_as_person && spells(doc_, nm.first_tok, last_tok(nm), w)) {
        found = &nm;
        break;
      }
  }
  spelled_out_.emplace(w, found);
  return found;
}

std::string MentionResolver::fullest(const Name& n) {
  // "the IMF" is the "International Monetary Fund" the document writes out somewhere.
  if (const Name* full = spelled_out(n)) {
    const uint32_t b = name_begin(*full);
    return clean_name(doc_.text.substr(b, end_of(*full) - b));
  }
  if (!n.org) {
    const Name* f = fullest_of(surname(n));
    if (!f && n.words == 1) f = misspelt_fullest(surname(n), name_begin(n));
    // "Ivanka Trump" is not the fuller "Donald Trump": a name with a given name of its own only grows into a
    // form that holds that given name.
    if (f && f->words >= n.words && (n.words < 2 || name_has_word(*f, doc_.str(n.first_tok))) &&
        (n.words != 1 || f->words < 2 || grows_into(n, *f)))
      return clean_name(doc_.text.substr(name_begin(*f), end_of(*f) - name_begin(*f)));
  }
  return clean_name(doc_.text.substr(name_begin(n), end_of(n) - name_begin(n)));
}

Gender MentionResolver::title_gender(const Name& n) const {
  Gender g = Gender::unknown;  // the last gendered word before the name decides
  for (size_t t = n.role_tok; t < n.first_tok && t < doc_.size(); ++t)
    if (doc_.is_word(t))
      if (const Gender w = doc_.lex->gender_of_title(doc_.str(t)); w != Gender::unknown) g = w;
  return g;
}

bool MentionResolver::grows_into(const Name& n, const Name& f) {
  // "Mr. X" is not "Mary X", whoever else the document names X.
  const Gender own = title_gender(n);
  if (own != Gender::unknown && f.gender != Gender::unknown) return own == f.gender;
  if (own != Gender::unknown || f.one_bearer) return true;
  const std::string_view s = surname(n);
  for (const BearerAnswer& a : bearers_)
    if (a.surname == s) return !a.other;
  const bool other = other_bearer(s, f);
  bearers_[bearers_next_++ % std::size(bearers_)] = {s, other};
  return !other;
}

bool MentionResolver::other_bearer(std::string_view s, const Name& f) {
  if (paragraphs_.empty()) return false;
  const size_t f_para = paragraph_of(name_begin(f));
  // The titles `f` is written with: one of them before a lone "X" makes it `f` ("Sen. X" after "Sen. Ann X").
  auto f_has_title = [&](std::string_view w) {
    for (size_t t = f.role_tok; t < f.first_tok && t < doc_.size(); ++t)
      if (doc_.is_word(t) && doc_.str(t) == w) return true;
    return false;
  };
  const std::string_view text = doc_.text;
  for (size_t pos = text.find(s, begin_of(paragraphs_.front())); pos != std::string_view::npos; pos = text.find(s, pos + 1)) {
    const size_t t = doc_.token_starting_at(pos);
    if (t == kNoToken || doc_.end(t) != pos + s.size()) continue;
    const size_t para = paragraph_of(static_cast<uint32_t>(pos));
    if (para == SIZE_MAX) continue;
    Name nm;
    // Untitled, it is passed over before its marks are worked out (titled_in_run reads only its words).
    const auto lone = [&](const Name& m) { return m.words == 1 && surname(m) == s && titled_in_run(m); };
    if (!probe_name(para, t, &nm, lone) || nm.org || !titled_in_run(nm)) continue;
    const Gender g = title_gender(nm);
    if (g != Gender::unknown) {
      if (f.gender != Gender::unknown && g != f.gender) return true;
      continue;
    }
    if (para >= f_para || f_para == SIZE_MAX) continue;
    // A role title before the surname, in a paragraph before any full form, that the full form never carries.
    bool carried = false;
    for (size_t k = nm.role_tok; k < nm.first_tok && !carried; ++k)
      carried = doc_.is_word(k) && f_has_title(doc_.str(k));
    if (!carried) return true;
  }
  return false;
}

template <class F>
bool MentionResolver::may_accept_settled(Name& n, F& accept) {
  // Settling only makes a lone surname a person and gives an unknown gender: try each outcome.
  const bool person = n.person;
  const Gender gender = n.gender;
  bool may = false;
  for (int p = person ? 1 : 0; p <= (n.words == 1 ? 1 : person ? 1 : 0) && !may; ++p) {
    n.person = p != 0;
    for (int g = 0; g < 3 && !may; ++g) {
      if (gender != Gender::unknown && g > 0) break;
      n.gender = gender != Gender::unknown ? gender : static_cast<Gender>(g);
      may = accept(n);
    }
  }
  n.person = person;
  n.gender = gender;
  return may;
}

bool MentionResolver::walk_may_skip() {
  if (walk_may_skip_ < 0) {
    size_t capitals = 0;
    const size_t n = doc_.tokens.size();
    for (size_t i = doc_.compact_capitalized_word(0, n); i < n && capitals <= size_t{kMaxLookback};
         i = doc_.compact_capitalized_word(i + 1, n))
      ++capitals;
    walk_may_skip_ = capitals <= size_t{kMaxLookback} ? 1 : 0;
  }
  return walk_may_skip_ == 1 && !settle_every_name_walked && !read_every_paragraph_walked;
}

template <class Same>
bool MentionResolver::paragraph_holds(size_t para, std::string_view w, Same&& same) const {
  const size_t begin = begin_of(paragraphs_[para]);
  const size_t end = para + 1 < paragraphs_.size() ? begin_of(paragraphs_[para + 1]) : doc_.text.size();
  if (w.empty()) return true;
  const char first = w[0];
  const char other = first >= 'a' && first <= 'z' ? static_cast<char>(first - 'a' + 'A')
                     : first >= 'A' && first <= 'Z' ? static_cast<char>(first - 'A' + 'a')
                                                    : first;
  // The next byte that is `first` and the next that is `other`, each found by memchr: the nearer is compared.
  const std::string_view text = doc_.text;
  if (end < begin + w.size()) return false;
  const size_t last = end - w.size();  // the last place `w` may start
  auto next = [&](char c, size_t from) -> size_t {
    if (from > last) return SIZE_MAX;
    const void* at = std::memchr(text.data() + from, c, last - from + 1);
    return at ? static_cast<size_t>(static_cast<const char*>(at) - text.data()) : SIZE_MAX;
  };
  size_t a = next(first, begin), b = other == first ? SIZE_MAX : next(other, begin);
  while (a != SIZE_MAX || b != SIZE_MAX) {
    const size_t p = std::min(a, b);
    if (same(text.substr(p, w.size()), w)) return true;
    if (p == a) a = next(first, p + 1);
    else b = next(other, p + 1);
  }
  return false;
}

template <class F, class G>
const MentionResolver::Name* MentionResolver::most_recent(size_t before, F&& accept, G&& may_hold) {
  split_paragraphs();
  size_t para = paragraph_of(static_cast<uint32_t>(std::min<size_t>(before, UINT32_MAX)));
  if (para == SIZE_MAX) return nullptr;
  // Bounded: a referent further back than this many names is not found, so a long document full of
  // pronouns and no persons stays linear.
  int steps = 0;
  bool first = true;
  for (;; --para) {
    if (!first && paragraphs_[para].unread() && !may_hold(para) && walk_may_skip()) {
      // No name here can be taken: the walk would only have deferred the names it passes over (those whose
      // settling searches) and counted them; the deferring waits for the paragraph's reading (read).
      if (walked_past_.empty()) walked_past_.assign(paragraphs_.size(), UINT32_MAX);
      if (walked_past_[para] == UINT32_MAX) walked_past_[para] = static_cast<uint32_t>(pending_speakers_.size());
      if (para == 0) return nullptr;
      continue;
    }
    if (paragraphs_[para].unread()) read(para);
    const NameRange names = names_of(para);
    // Only the paragraph holding `before` has names after it.
    auto it = first ? std::lower_bound(names.begin(), names.end(), before, [this](const Name& n, size_t b) { return name_begin(n) < b; })
                    : names.end();
    first = false;
    while (it != names.begin()) {
      if (steps++ >= kMaxLookback) return nullptr;
      --it;
      // A name no settling could make acceptable is passed over unsettled: its surname search may never be
      // needed. Settled later, it settles as it would have here (settle).
      if (settle_searches(*it) && !settle_every_name_walked && !may_accept_settled(*it, accept)) {
        if (!it->deferred) {
          it->deferred = true;
          it->spoke = it->person || it->subject;
        }
        continue;
      }
      settle(*it);
      if (accept(*it)) return &*it;
    }
    if (para == 0) return nullptr;
  }
}

bool MentionResolver::known_speaker(const Mention& m) {
  if (m.kind == Mention::Kind::pronoun) return true;
  if (m.kind != Mention::Kind::name) return false;
  Name nm;
  if (!name_of_run(m.first, m.last, &nm)) return false;
  const Name* n = name_at(name_begin(nm));
  return n && (n->person || n->org);
}

std::optional<uint32_t> MentionResolver::first_person() {
  split_paragraphs();
  for (size_t p = 0; p < paragraphs_.size(); ++p) {
    read(p);  // settling teaches lone surnames; a person named in full is one as read
    for (const Name& n : names_of(p))
      if (n.person && !n.org && n.words >= 2) return name_begin(n);
  }
  return std::nullopt;
}

std::optional<ResolvedSpeaker> MentionResolver::resolve_as(const Mention& m, uint32_t name_begin) {
  if (m.kind != Mention::Kind::pronoun) return std::nullopt;
  const Pronoun p = pronoun_of(doc_.str(m.first));
  if (p != Pronoun::he && p != Pronoun::she) return std::nullopt;
  const Name* n = name_at(name_begin);
  if (!n || n->org) return std::nullopt;
  if (n->gender == (p == Pronoun::he ? Gender::female : Gender::male)) return std::nullopt;
  return ResolvedSpeaker{fullest(*n), doc_.begin(m.first), doc_.end(m.last)};
}

bool MentionResolver::name_has_word(const Name& n, std::string_view word) const {
  const std::string_view text = doc_.text.substr(name_begin(n), end_of(n) - name_begin(n));
  for (size_t p = 0; p + word.size() <= text.size(); ++p) {
    const bool starts = p == 0 || text[p - 1] == ' ';
    const bool ends = p + word.size() == text.size() || text[p + word.size()] == ' ';
    if (starts && ends && same_word(text.substr(p, word.size()), word)) return true;
  }
  return false;
}

std::optional<ResolvedSpeaker> MentionResolver::resolve_document(const Mention& m) {
  const uint32_t mb = doc_.begin(m.first), me = doc_.end(m.last);
  // "the committee's report", "Zentek's website": the owner named before the noun speaks through it.
  for (size_t t = m.first; t < m.last && t != kNoToken; t = doc_.next(t)) {
    std::string_view w = doc_.str(t);
    if (!doc_.is_word(t) || !(w.ends_with("'s") || w.ends_with("\u2019s"))) continue;
    size_t first = m.first;
    if (is_determiner(doc_.str(first)) && first < t) first = doc_.next(first);
    if (!doc_.capitalized(first)) break;  // "the agency's report": the report as written
    Name nm;
    if (name_of_run(first, t, &nm)) return ResolvedSpeaker{fullest(nm), mb, me};
    return ResolvedSpeaker{clean_name(doc_.text.substr(doc_.begin(first), doc_.end(t) - doc_.begin(first))), mb, me};
  }
  // "the IMF report", "a Government Accountability Office report": the name right before the noun wrote it.
  {
    size_t first = m.first;
    if (is_determiner(doc_.str(first)) && first < m.last) first = doc_.next(first);
    const size_t before_head = doc_.prev(m.last);
    if (first != kNoToken && first < m.last && before_head != kNoToken && before_head >= first &&
        cap_word(doc_, first) && cap_word(doc_, before_head)) {
      Name nm;
      if (name_of_run(first, before_head, &nm)) return ResolvedSpeaker{fullest(nm), mb, me};
    }
  }
  // "a statement from the Federal Election Commission", "emails released by the committee": the source after it.
  size_t k = doc_.next(m.last);
  if (k != kNoToken && doc_.is_word(k) && doc_.lower_initial(k) && is_release_verb(doc_.str(k))) k = doc_.next(k);
  if (k != kNoToken && doc_.is_word(k) && doc_.lower_initial(k) && is_document_source_preposition(doc_.str(k))) {
    const Mention owner = mention_starting_at(doc_, doc_.next(k));
    if (owner && owner.kind == Mention::Kind::name) {
      Name nm;
      if (name_of_run(owner.first, owner.last, &nm)) return ResolvedSpeaker{fullest(nm), mb, me};
    }
    // "according to a statement from the commission": a body named before, called by its kind, is that body.
    if (owner && owner.kind == Mention::Kind::description && owner.definite &&
        doc_.lex->is_org_noun(doc_.str(owner.last)))
      if (auto body = resolve(owner)) return ResolvedSpeaker{body->name, mb, me};
  }
  // "reports alleging …": unnamed sources in the plural name nobody.
  if (m.first == m.last && doc_.str(m.last).ends_with("s")) return std::nullopt;
  // "Apple announced an event. The invitation reads, "…"": a definite one stands for the organization the
  // paragraph has just made a subject. Otherwise the thing itself speaks, as the text calls it ("the report",
  // "a leaked memo").
  if (m.definite) {
    const Name* org = most_recent(mb, [](const Name& n) { return n.org && n.subject; });
    bool same_paragraph = org != nullptr;
    for (size_t t = org ? last_tok(*org) : 0; same_paragraph && t < m.first; ++t)
      if (doc_.is_break(t)) same_paragraph = false;
    if (same_paragraph) return ResolvedSpeaker{fullest(*org), mb, me};
  }
  return ResolvedSpeaker{clean_name(doc_.text.substr(mb, me - mb)), mb, me};
}

bool MentionResolver::unnamed_referent(const Mention& m) const {
  // "the premier of the state said": a description that carries its own qualifier introduces someone new.
  const size_t after = doc_.next(m.last);
  if (after != kNoToken && doc_.is_word(after) && is_object_preposition(doc_.str(after))) return true;
  // "a narrator in the ad … the ad's narrator says": a description that names whose it is (a possessive owner)
  // picks one out, however the text introduced it; the description speaks.
  for (size_t t = m.first; t < m.last && t != kNoToken; t = doc_.next(t))
    if (doc_.is_word(t) && is_possessive(doc_.str(t))) return false;
  // "a delegate, who asked not to be named, … the delegate said": the person was introduced without a name.
  const std::string_view head = doc_.str(m.last);
  int steps = 0;
  for (size_t use = previous_use(head, m.first, steps); use != kNoToken; use = previous_use(head, use, steps)) {
    const size_t det = determiner_before(use);
    if (det != kNoToken && is_indefinite(doc_.str(det)) && appositive_bearer_token(det) == kNoToken) return true;
  }
  return false;
}

size_t MentionResolver::previous_use(std::string_view head, size_t from, int& steps) const {
  for (size_t t = from; steps < kMaxUnnamedLookback && t != kNoToken && t > 0;) {
    ++steps;
    t = doc_.prev(t);
    if (t != kNoToken && doc_.is_word(t) && same_word(doc_.str(t), head)) return t;
  }
  return kNoToken;
}

size_t MentionResolver::determiner_before(size_t use) const {
  size_t k = use;
  for (int back = 0; back < 4; ++back) {
    k = doc_.prev(k);
    if (k == kNoToken || !doc_.is_word(k)) return kNoToken;
    if (is_determiner(doc_.str(k))) return k;
  }
  return kNoToken;
}

size_t MentionResolver::appositive_bearer_token(size_t det) const {
  // "Ana Pruitt, a spokeswoman for the governor,": an indefinite description set off by a comma right after a
  // capitalized word gives its role to the name that word ends.
  const size_t comma = doc_.prev(det);
  if (comma == kNoToken || !doc_.is_punct(comma, ',')) return kNoToken;
  const size_t last = doc_.prev(comma);
  return last != kNoToken && doc_.is_word(last) && doc_.capitalized(last) ? last : kNoToken;
}

const MentionResolver::Name* MentionResolver::appositive_role_bearer(const Mention& m) {
  // "Ana Pruitt, a spokeswoman for the governor, … the spokeswoman said": the nearest earlier use of the head
  // as an appositive names the person who holds the role; the name ending before its comma. A definite one
  // does too ("Maria Delgado, the senator from New Mexico, … the senator said"); only a name of a person
  // bears it (not "In Washington, the senator said").
  int steps = 0;
  const size_t use = previous_use(doc_.str(m.last), m.first, steps);
  size_t det = use == kNoToken ? kNoToken : determiner_before(use);
  // "Ann Vail, a former governor and U.S. senator, … the (former governor and U.S.) senator said": a head that is
  // the second of role nouns joined by "and" shares the first one's article.
  for (size_t k = use, back = 0; det == kNoToken && k != kNoToken && back < 4; ++back) {
    k = doc_.prev(k);
    if (k == kNoToken || doc_.sentence_ends_after(k) || !(doc_.is_word(k) || doc_.is_punct(k, '.'))) break;
    if (!doc_.is_word(k) || !doc_.lower_initial(k) || !is_coordinator(doc_.str(k))) continue;
    const size_t role = doc_.prev(k);
    if (role != kNoToken && doc_.is_word(role) && doc_.lower_initial(role) && doc_.lex->is_person_noun(doc_.str(role)))
      det = determiner_before(role);
    break;
  }
  const bool article = det != kNoToken && (is_indefinite(doc_.str(det)) || is_definite_article(doc_.str(det)));
  const size_t last = article ? appositive_bearer_token(det) : kNoToken;
  if (last == kNoToken) return nullptr;
  return most_recent(doc_.end(last) + 1, [&](const Name& x) { return x.person && !x.org && last_tok(x) == last; });
}

std::optional<ResolvedSpeaker> MentionResolver::resolve(const Mention& m, bool continuing) {
  if (!m) return std::nullopt;
  split_paragraphs();
  const uint32_t mb = doc_.begin(m.first), me = doc_.end(m.last);
  const Name* found = nullptr;
  switch (m.kind) {
    case Mention::Kind::name: {
      Name nm;
      if (!name_of_run(m.first, m.last, &nm)) return std::nullopt;
      note_speaker(name_begin(nm));
      return ResolvedSpeaker{fullest(nm), name_begin(nm), end_of(nm)};
    }
    case Mention::Kind::pronoun: {
      Pronoun p = pronoun_of(doc_.str(m.first));
      if (p == Pronoun::he || p == Pronoun::she) {
        // "she" never refers to a man known as one (by a given name or "Mr"), nor "he" to a woman.
        const Gender clash = p == Pronoun::he ? Gender::female : Gender::male;
        // News refers back to the person it is reporting: the last one who spoke, before anyone merely named.
        // The last speaker wins over a person named after it in passing, when it is near; not over one who
        // opens a later sentence, who is that sentence's subject and the one the story has turned to
        // ("Senator Ann Vail was also unhappy. "…," he said.").
        // Named in passing as a preposition's object ("loyalists to Ann Lee"), a person is the referent only
        // when nobody else could be.
        const Name* any = most_recent(mb, [&](Name& n) {
          return n.person && !n.org && n.gender != clash && !preposition_object(n);
        });
        if (!any) {
          bool passing = false;
          any = most_recent(mb, [&](Name& n) {
            const bool person = n.person && !n.org && n.gender != clash;
            if (person) passing = preposition_object(n);
            return person;
          });
          // A name that may be a person's, not in passing, comes before one in passing ("Sein Tollan set up a
          // panel, overseen by Judge Okon Darrow").
          if (any && passing)
            if (const Name* maybe = most_recent(mb, [&](Name& n) {
                  return n.maybe_person && !n.org && n.gender != clash && !preposition_object(n);
                }))
              any = maybe;
        }
        found = most_recent(mb, [&](const Name& n) { return n.person && n.subject && !n.org && n.gender != clash; });
        if (!found || (any && name_begin(*any) > name_begin(*found) + kSpeakerReach)) found = any;
        if (found && !continuing) {
          const Name* opener = most_recent(mb, [&](const Name& n) {
            return n.person && n.opens_sentence && !n.org && n.gender != clash;
          });
          if (opener && name_begin(*opener) > name_begin(*found)) found = opener;
          // Centering: a person named inside the same sentence after its subject, but not speaking ("Ben
          // Carter, who works with Dr Alan Vance, said …", "Simon Hart criticised Mr Greene's plan"), is an
          // object there; the pronoun of the next sentence goes on with the subject.
          else if (opener && opener != found && !found->subject && !found->opens_sentence &&
                   same_sentence(*opener, *found))
            found = opener;
          // "Nyo Tharr … she advises President Htet Wain. In response, Nyo Tharr presided over a summit. "…," she
          // said.": a name that may be a person's, written before that person and again as the subject of a later
          // sentence in the pronoun's paragraph or the one before, is the one the story has returned to, over a
          // person who was only a verb's object in between. (Written once, it may be a place: "On Tuesday, North
          // Dakota voted …".)
          if (found && !found->subject && !found->opens_sentence) {
            const size_t para = paragraph_of(mb);
            // The walk stops at `found`: only a name after it could be taken.
            const uint32_t after = name_begin(*found);
            const Name* subject = most_recent(mb, [&](Name& n) {
              return name_begin(n) <= after || (n.maybe_person && !n.person && !n.org && n.opens_sentence && n.gender != clash);
            });
            if (subject && name_begin(*subject) > after && adjacent_paragraphs(paragraph_of(name_begin(*subject)), para) &&
                most_recent(name_begin(*found), [&](const Name& n) { return !n.org && surname(n) == surname(*subject); }))
              found = subject;
          }
        }
        // "Chris Vail called Ann Lee a "disgrace" after she attacked …": of two people in the pronoun's own
        // sentence, it goes to the one known to be of its gender, not to one whose gender the text never gave.
        if (found && any && name_begin(*any) > name_begin(*found) && found->gender == Gender::unknown &&
            any->gender == (p == Pronoun::he ? Gender::male : Gender::female) && same_sentence(*found, *any)) {
          constexpr size_t kClauseTokens = 60;
          bool inside = m.first > last_tok(*any) && m.first - last_tok(*any) < kClauseTokens;
          for (size_t t = last_tok(*any); inside && t < m.first; ++t)
            inside = !doc_.is_break(t) && !doc_.sentence_ends_after(t);
          if (inside) found = any;
        }
        // A relative or bystander known only by a first name ("Her daughter, Rita, helps out") is a minor
        // figure: a fully named person of the same gender just before stays the one the story is about.
        if (found && found->introduced && !found->subject) {
          const Name* major = most_recent(mb, [&](const Name& n) {
            return n.person && !n.org && !n.introduced && n.words >= 2 && n.gender != clash;
          });
          if (major && name_begin(*found) <= name_begin(*major) + kSpeakerReach) found = major;
        }
        if (!found) found = most_recent(mb, [&](const Name& n) { return n.maybe_person && !n.org && n.gender != clash; });
      } else if (p == Pronoun::it || p == Pronoun::they) {
        // As with people: the organization that spoke last, unless another was named well after it. A one-word
        // name that is a preposition's object or follows a place and its comma ("met in Denver", "a speech in
        // Kent City, Delaware") is where something happened, no group that speaks; one before a title ("the
        // Democratic presidential candidate") is a modifier.
        const auto place = [&](Name& n) { return !n.org && n.words == 1 && place_name(n); };
        const Name* any = most_recent(mb, [&](Name& n) { return !n.person && (n.org || n.words == 1) && !place(n); });
        found = most_recent(mb, [&](Name& n) { return !n.person && n.subject && (n.org || n.words == 1) && !place(n); });
        if (!found || (any && name_begin(*any) > name_begin(*found) + kSpeakerReach)) found = any;
        // "The Department of Housing said …" in one paragraph, then "Campaigners from the Simon Community joined
        // the launch. They said": the organisation named in the pronoun's own paragraph is the one the story has
        // turned to, over one that spoke in an earlier paragraph.
        if (found && any && name_begin(*any) > name_begin(*found) && paragraph_of(name_begin(*any)) == paragraph_of(mb) &&
            paragraph_of(name_begin(*found)) != paragraph_of(mb))
          found = any;
        // "The labour ministry said …. It added": the body that spoke last by description, unless an
        // organization has been named since.
        if (last_org_ && last_org_->begin < mb && (!found || name_begin(*found) <= last_org_->begin))
          return ResolvedSpeaker{last_org_->name, mb, me};
      }
      break;
    }
    case Mention::Kind::description: {
      if (doc_.lex->is_document_noun(doc_.str(m.last))) return resolve_document(m);
      // "Russian foreign affairs denied …": an organization named by a capitalized description is reported
      // as written.
      if (!m.definite && doc_.capitalized(m.first) && !is_determiner(doc_.str(m.first)) &&
          doc_.lex->is_org_noun(doc_.str(m.last)) && m.last > m.first) {
        // "Zentek's website states": the owner speaks through it. "Norland's labour ministry said": a body of
        // the owner speaks, named by the whole phrase.
        std::string_view owner = doc_.str(m.first);
        if ((owner.ends_with("'s") || owner.ends_with("\u2019s")) && doc_.lex->is_document_noun(doc_.str(m.last)))
          return ResolvedSpeaker{clean_name(owner), mb, doc_.end(m.first)};
        ResolvedSpeaker r{clean_name(doc_.text.substr(mb, me - mb)), mb, me};
        last_org_ = r;
        return r;
      }
      // "a spokesman said": someone unnamed, no one to report. A group named by a bare plural ("officials said",
      // "Crowds of marchers chanted") is the source as the text names it.
      if (!m.definite) {
        const std::string_view w = doc_.str(m.first), h = doc_.str(m.last);
        if (is_determiner(w) || is_indefinite(w) || h.size() < 4 || !h.ends_with('s') || is_possessive(h)) return std::nullopt;
        return ResolvedSpeaker{clean_name(doc_.text.substr(mb, me - mb)), mb, me};
      }
      std::string_view head = doc_.str(m.last);
      if (doc_.lex->is_org_noun(head)) {
        // "the council" is the last organization named "… Council" when there is one.
        // A paragraph without the word nowhere names that organization (its surname is in the paragraph's text).
        const auto holds_head = [&](size_t para) { return paragraph_holds(para, head, same_word); };
        found = most_recent(mb, [&](const Name& n) { return n.org && same_word(surname(n), head); }, holds_head);
        if (doc_.lex->is_public_body_word(head)) {
          // A public body is only one named with its word ("the commission": the "Federal Election Commission",
          // "the department": the "Department of Justice"), never whichever organization came last.
          if (!found) found = most_recent(mb, [&](const Name& n) { return n.org && name_has_word(n, head); }, holds_head);
        } else {
          // A company is not a court, a ministry or a council ("The firm said" after "The High Court ruled").
          const bool business = doc_.lex->is_business_noun(head);
          // A lone capitalized cue noun ("Records released by the board show") opens its sentence: no body.
          auto fits = [&](const Name& n) {
            return !(business && doc_.lex->is_public_body_word(surname(n))) &&
                   !(n.words == 1 && !n.org && doc_.lex->is_document_noun(surname(n)));
          };
          const Name* any = most_recent(mb, [&](const Name& n) { return !n.person && (n.org || n.words == 1) && fits(n); });
          if (!found) found = most_recent(mb, [&](const Name& n) { return !n.person && n.subject && (n.org || n.words == 1) && fits(n); });
          if (!found || (any && name_begin(*any) > name_begin(*found) + kSpeakerReach)) found = any;
        }
        // Only as the subject: not the object of a preposition ("someone close to the board said").
        const size_t pb = doc_.prev(m.first);
        const bool subject_position = pb == kNoToken || !doc_.is_word(pb) || is_complementizer(doc_.str(pb)) ||
                                      cues_.lookup(doc_.str(pb)) != CueKind::none || releasing_agent(doc_, m.first);
        if (!found && !doc_.lex->is_document_noun(head) && subject_position) {
          // "The council said:" with no council named: the body speaks, as the text calls it.
          const uint32_t hb = doc_.begin(m.first + (is_determiner(doc_.str(m.first)) ? 1 : 0));
          ResolvedSpeaker r{clean_name(doc_.text.substr(hb, me - hb)), mb, me};
          if (r.name.empty() || hb >= me) return std::nullopt;
          last_org_ = r;
          return r;
        }
        if (found) last_org_.reset();
      } else {
        // "the Republican nominee" is not the "Democratic nominee Ann Lee": the capitalized words before the
        // head must stand in the role as well.
        auto holds_word = [](std::string_view role, std::string_view w) {
          for (size_t at = role.find(w); at != std::string_view::npos; at = role.find(w, at + 1)) {
            const bool starts = at == 0 || role[at - 1] == ' ';
            const bool ends = at + w.size() == role.size() || role[at + w.size()] == ' ';
            if (starts && ends) return true;
          }
          return false;
        };
        // The name whose role holds the head and the capitalized words of the phrase from `from` to `last`.
        const auto holder = [&](size_t from, size_t last) {
          const std::string_view h = doc_.str(last);
          return most_recent(mb, [&](const Name& n) {
            if (n.org) return false;
            const uint32_t role_begin = doc_.begin(n.role_tok);
            std::string_view role = doc_.text.substr(role_begin, name_begin(n) - role_begin);
            for (size_t t = from; t < last; ++t)
              if (doc_.is_word(t) && doc_.capitalized(t) && !is_determiner(doc_.str(t)) && !holds_word(role, doc_.str(t)))
                return false;
            for (size_t p = 0; p + h.size() <= role.size(); ++p) {
              if (iequals(role.substr(p, h.size()), h)) return true;
            }
            return false;
          }, [&](size_t para) {
            // The role words are in the name's paragraph: one whose text nowhere holds the head has no such name.
            return paragraph_holds(para, h, [](std::string_view piece, std::string_view w) { return iequals(piece, w); });
          });
        };
        found = holder(m.first, m.last);
        if (!found) found = appositive_role_bearer(m);
        // "The former governor and U.S. senator said": one person in two roles; the role before "and" names them
        // when the whole does not.
        for (size_t c = m.first + 1; !found && c < m.last; ++c)
          if (doc_.is_word(c) && doc_.lower_initial(c) && is_coordinator(doc_.str(c))) {
            const size_t r = doc_.prev(c);
            if (r != kNoToken && r > m.first && doc_.lex->is_person_noun(doc_.str(r))) found = holder(m.first, r);
            break;
          }
        // "the New York businessman said" with no name carrying that role: the person speaks as described,
        // which says who it is better than nothing.
        if (!found && !unnamed_referent(m)) return ResolvedSpeaker{clean_name(doc_.text.substr(mb, me - mb)), mb, me};
      }
      break;
    }
    case Mention::Kind::none:
      break;
  }
  if (!found) return std::nullopt;
  return ResolvedSpeaker{fullest(*found), mb, me};
}

}  // namespace textchain::quotes
