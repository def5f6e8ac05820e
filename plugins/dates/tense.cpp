// Which way the sentence around an expression points: the nearest tense cue (a verb, an auxiliary, a
// past participle) before or after it, as TimeML resolves "on Tuesday" and "in April".
#include "grammar.hpp"
#include "token_tests.hpp"

#include <textchain/utf8.hpp>

namespace textchain::dates {

namespace {
// A form of "be" before a participle ("will be held", "are published", "was released"): the
// participle is passive, not a past tense; the auxiliary before it tells the tense.
bool be_form(std::string_view s) noexcept { return in_set(s, WS_BE); }
bool determiner(std::string_view s) noexcept { return in_set(s, WS_DETERMINER); }
// A future cue in the past tense, "planned", "expected", "scheduled", with no "be" before it ("was expected"
// is a plan still ahead). After a fronted date ("On Friday, the board planned to pay ...") it is the main
// verb the date modifies: the planning happened then, so the date lies behind.
bool plan_made_then(std::string_view word, std::string_view prev) noexcept {
  return word.size() > 2 && word.substr(word.size() - 2) == "ed" && !be_form(prev);
}
// A lower-case word in -s (not -ss) right after "which" or "who" is the relative clause's verb in the present
// tense ("the index, which publishes on Thursday"; "the pilot who flies out on Friday"): a schedule, as "is".
bool present_verb_form(std::string_view word, bool capitalized) noexcept {
  return word.size() >= 4 && !capitalized && word.back() == 's' && word[word.size() - 2] != 's';
}
// The shapes of the words whose lexicon entry the look-back's fold reads once "fronted" and "as" are behind it:
// tense cues (tense_cue) and the words of "as early as" and "which" / "who". Any other word leaves the fold's
// state as an unknown word does, unless tense_cue may take it for a participle (a lower-case word in -ed).
const WordShapes kFoldShapes = [] {
  WordShapes s;
  s.add_kind(Kind::tense);
  s.add_sets(WS_AS | WS_RELATIVE | WS_RELATIVE_SUBJECT);
  return s;
}();
// The shapes of the words tense_around's forward scan reads whole: tense cues, the subordinators that end it
// and the words that link another clause ("that", "and", "but"). Any other word (but a participle in -ed) only
// becomes the word before the next.
const WordShapes kForwardShapes = [] {
  WordShapes s;
  s.add_kind(Kind::tense);
  s.add_sets(WS_SUBORDINATOR | WS_CLAUSE_LINK);
  return s;
}();
bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
// The word `t` has participle_shape: a past participle or tense to tense_cue (the same test the look-back's
// shortcut makes, so that it never passes a word tense_cue would read as a verb).
bool participle_word(std::string_view text, const Tok& t) noexcept {
  return participle_shape(reinterpret_cast<const unsigned char*>(text.data()) + t.begin, t.size());
}
// The word after "to" reads as an infinitive ("vowed to strike", "due to arrive"), not as the noun a preposition
// takes ("agreed to the merger", "due to flooding", "due to Monday's storm"): lower case, no determiner, number
// or gerund (a word in -ing of six letters or more; "bring", "swing" are verbs).
bool infinitive_word(std::string_view text, const Tok& w) noexcept {
  if (!w.is_word() || w.capitalized || w.lex.kind == Kind::number || in_set(w, WS_DETERMINER)) return false;
  const std::string_view s = text.substr(w.begin, w.size());
  return !(s.size() >= 6 && s.substr(s.size() - 3) == "ing");
}
// The shapes of "as", "early" and "soon", the words that set the fold's `limit` (any other leaves it 0).
const WordShapes kLimitShapes = [] {
  WordShapes s;
  s.add_sets(WS_AS);
  s.add_kind(Kind::position);
  s.add_kind(Kind::deictic);
  return s;
}();
const WordShapes kPrepositionShapes = [] {
  WordShapes s;
  s.add_kind(Kind::preposition);
  return s;
}();
}  // namespace

// A future cue starts at `pos`: "expected", "scheduled", or "going / planning to" (not "due", a deadline
// that a past "be" says has passed).
bool Grammar::future_cue_follows(uint32_t pos) const noexcept {
  const Tok n = next_token(text_, pos);
  if (!n.is_word() || n.lex.kind != Kind::tense) return false;
  if (n.lex.value == TC_FUTURE) return true;
  if (n.lex.value != TC_FUTURE_BEFORE_TO || in_set(n, WS_DEADLINE)) return false;
  const Tok to = next_token(text_, n.end);
  return to.is_word() && to.lex.kind == Kind::conj && to.lex.value == C_TO;
}

// A participle in -ed before "by" and its agent is passive ("a banquet hosted by the mayor"): it tells no
// tense, and the verb that governs the date is another ("will attend a banquet hosted by ..."). "by" before
// an amount ("increased by 5%", "by a third", "by about half", "by more than") measures a change: a past verb.
bool Grammar::passive_by_follows(uint32_t pos) const noexcept {
  // Two letters after one space, as "by", before the word is read and looked up: most participles pass here.
  if (pos + 3 >= text_.size() || text_[pos] != ' ' || !is_ascii_letter(text_[pos + 1]) || !is_ascii_letter(text_[pos + 2]) ||
      is_ascii_letter(text_[pos + 3]))
    return false;
  const Tok by = next_token(text_, pos);
  if (!is_kind_value(by, Kind::preposition, PR_BY)) return false;
  const Tok agent = next_token(text_, by.end);
  if (!agent.is_word()) return false;  // a number, "$", "%"
  const Kind k = agent.lex.kind;
  if (k == Kind::number || k == Kind::comparator || k == Kind::quarter || is_kind_value(agent, Kind::article, AR_A)) return false;
  return !in_set(agent, WS_MORE | WS_LESS | WS_ONLY | WS_AS);
}

// The direction one word gives: a tense marker, or a past participle. `prev` is the word before `t` (empty
// at the start): "was due" is past, "be held" passive.
[[gnu::always_inline]] inline Direction Grammar::tense_cue(const Tok& t, std::string_view prev) const noexcept {
  if (!t.is_word()) return Direction::none;
  const Kind tk = t.lex.kind == Kind::tense ? Kind::tense : t.lex.kind2;
  const uint8_t tv = t.lex.kind == Kind::tense ? t.lex.value : t.lex.value2;
  if (tk == Kind::tense) {
    if (tv == TC_FUTURE_BEFORE_TO) {
      // "set to", "due to", "going to": future only before an infinitive; "due on / by / in" (a
      // deadline) is future too, unless a past "be" says it was ("was due on Friday").
      const Tok n = next_token(text_, t.end);
      if (n.is_word() && n.lex.kind == Kind::conj && n.lex.value == C_TO && infinitive_word(text_, next_token(text_, n.end)))
        return Direction::future;
      if (in_set(t, WS_DEADLINE) && n.is_word() &&
          (n.lex.kind == Kind::preposition || n.lex.kind == Kind::weekday || n.lex.kind == Kind::shift ||
           n.lex.kind == Kind::month) &&
          !in_set(prev, WS_PAST_BE))
        return Direction::future;
      // "agreed Monday to pay", "agreed to the merger": no commitment ahead, a past verb in -ed as any other.
      if (!participle_word(text_, t)) return Direction::none;
    } else {
      if (tv == TC_PRESENT) return Direction::present;
      if (tv == TC_PAST && be_form(prev)) return Direction::none;  // "will be held": passive
      // "were planning to", "was expected", "was going to": a plan made in the past for a time still
      // ahead; the future cue after the auxiliary tells the tense ("was due on Friday" stays past).
      if (tv == TC_PAST && in_set(t, WS_PAST_BE) && future_cue_follows(t.end)) return Direction::none;
      return tv == TC_FUTURE ? Direction::future : Direction::past;
    }
  }
  if (participle_word(text_, t)) {
    if (be_form(prev)) return Direction::none;  // "are published", "will be released"
    if (determiner(prev)) return Direction::none;  // "its rusted gate": an adjective
    if (passive_by_follows(t.end)) return Direction::none;  // "a banquet hosted by"
    return Direction::past;
  }
  return Direction::none;
}

// STANDALONE FALLBACK ONLY: the engine run without the host's sentences (Tagger::tag called with none, as an
// embedder of the bare engine may). A sentence ends at . ! ? or a line break before a space; unlike the host's
// splitter it ends one at "Mr.". The plugin passes the host's sentences, and so do the engine's measures
// (tests/dates/dev_sets.cpp for dates_dev_eval and dates_engine_test, bench/dates/dates_bench.cpp).
uint32_t Grammar::standalone_sentence_start(uint32_t begin, uint32_t floor) const noexcept {
  for (uint32_t p = begin; p > floor; --p) {
    const char c = text_[p - 1];
    if ((c == '.' || c == '!' || c == '?' || c == '\n') && p < begin && (text_[p] == ' ' || text_[p] == '\n'))
      return p;
  }
  return floor;
}

// The fold's step at a tense cue or a relative pronoun, the tokens that set `before`: true when `t` is one.
bool Grammar::cue_or_relative(const Tok& t, std::string_view prev, uint32_t begin, Direction& before,
                              uint32_t& before_pos) const noexcept {
  if (const Direction d = tense_cue(t, prev); d != Direction::none) {
    before = d;
    before_pos = t.end;
    return true;
  }
  if (!in_set(t, WS_RELATIVE)) return false;
  before = Direction::none;  // "..., which meets in two weeks": its own verb ("when" shares the main one's)
  if (in_set(t, WS_RELATIVE_SUBJECT)) {
    // Read here, once per relative pronoun, so the other tokens of the fold pay nothing for it.
    const Tok v = next_token(text_, t.end);
    if (v.is_word() && v.end <= begin && v.lex.kind == Kind::none &&
        present_verb_form(text_.substr(v.begin, v.end - v.begin), v.capitalized)) {
      before = Direction::present;
      before_pos = v.end;
    }
  }
  return true;
}

// The fold over the tokens from f.p up to `begin`, from the state `f` holds (lookback_).
void Grammar::fold_tense(TenseLookback& f, uint32_t begin) const noexcept {
  Direction before = f.before;
  uint32_t before_pos = f.before_pos;
  std::string_view prev = text_.substr(f.prev_begin, f.prev_size);
  // Only prepositions before the date ("On Tuesday, the league plans ...", "Until Thursday, they had
  // ..."): a fronted adverbial, whose verb is the main clause's, after the comma.
  bool fronted = f.fronted;
  // "as early as Tuesday", "as soon as Tuesday": the earliest a thing may happen, so ahead, unless a past
  // tense says otherwise ("was seen as early as March"). `limit` counts the words of the phrase read.
  int limit = f.limit;
  uint32_t p = f.p;
  while (p < begin) {
    // Past "fronted" and "as", the tokens no test below can hold are passed over where they lie (most of
    // them): the fold's state after them is what reading each whole would leave.
    if (!fronted && limit != 1) {
      const PlainRun r = pass_plain_tokens(text_, p, begin, kFoldShapes);
      if (r.any) {
        limit = 0;
        prev = r.last_word ? text_.substr(r.last_begin, r.end - r.last_begin) : std::string_view();
        p = r.end;
        continue;
      }
    }
    Tok t = next_token(text_, p);
    if (t.kind == TokKind::end || t.begin >= begin) break;
    if (limit == 1 && (is_kind_value(t, Kind::position, PO_EARLY) || is_kind_value(t, Kind::deictic, D_SOON))) limit = 2;
    else limit = in_set(t, WS_AS) ? (limit == 2 ? 3 : 1) : 0;
    const bool preposition = t.is_word() && t.lex.kind == Kind::preposition;
    if (!preposition && !t.is_punct('"')) fronted = false;
    cue_or_relative(t, prev, begin, before, before_pos);
    prev = t.is_word() ? text_.substr(t.begin, t.end - t.begin) : std::string_view();
    p = t.end;
  }
  f.p = p;
  f.before = before;
  f.before_pos = before_pos;
  f.prev_begin = static_cast<uint32_t>(prev.empty() ? 0 : prev.data() - text_.data());
  f.prev_size = static_cast<uint32_t>(prev.size());
  f.fronted = fronted;
  f.limit = limit;
}

// Whether the tokens a forward walk reads from `p` that begin before `end` are all prepositions or '"' (what
// keeps the fold's "fronted").
bool Grammar::fronted_until(uint32_t p, uint32_t end) const noexcept {
  // Most sentences start with a word no preposition has the shape of: told without reading it whole.
  bool newline = false;
  if (const TokSpan w = plain_word(text_, p, kPrepositionShapes, newline); w.kind == TokKind::word && w.begin < end)
    return false;
  for (Tok t = next_token(text_, p); t.kind != TokKind::end && t.begin < end; t = next_token(text_, t.end))
    if (!(t.is_word() && t.lex.kind == Kind::preposition) && !t.is_punct('"')) return false;
  return true;
}

// The backward walk of the look-back: from `begin` back over the tokens the fold `f` has not read (those from
// f.p on), to the latest tense cue or relative pronoun, which alone sets the fold's `before` (the nearest verb
// is most often a few words before the date, the sentence's start far). Fills `after` with the fold's state
// right after the latest token that is neither "as" nor "early" or "soon" (`limit` 0 whatever came before it,
// most often the token right before the date): `before` as that cue sets it, or as f has it when the walk
// reads back to f.p without one. False when the walk finds no such token, meets a byte outside ASCII, or a
// cue that is also "as", "early" or "soon" after the last such token: the fold reads on from f.p as before.
// The tokens after the one it stops at are the fold's to read.
bool Grammar::walk_back_to_cue(const TenseLookback& f, uint32_t begin, TenseLookback& after) const noexcept {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text_.data());
  // `begin` inside a run of letters or digits: the token before it is not one the forward walk reads.
  if (begin > f.start && begin < text_.size()) {
    const char a = text_[begin - 1], b = text_[begin];
    if ((is_ascii_letter(a) && is_ascii_letter(b)) || (is_ascii_digit(a) && is_ascii_digit(b))) return false;
  }
  bool outside = false, cue = false;
  TokSpan cur = ascii_token_before(text_, f.start, begin, outside), sync{};
  Direction before = f.before;
  uint32_t before_pos = f.before_pos;
  while (!outside && cur.kind != TokKind::end && cur.begin >= f.p) {
    const TokSpan prv = ascii_token_before(text_, f.start, cur.begin, outside);
    bool limit_free = true;  // neither "as" nor "early" / "soon"
    if (cur.kind == TokKind::word) {
      const size_t len = cur.end - cur.begin;
      const bool plain = !participle_shape(s + cur.begin, len) && !kFoldShapes.may_hold_letters(s + cur.begin, len);
      // Whether it is "as", "early" or "soon" matters only until the walk has a token to start the fold after.
      if (!plain || (sync.kind == TokKind::end && kLimitShapes.may_hold_letters(s + cur.begin, len))) {
        if (outside) return false;  // the word before it, which tense_cue may read, is not ASCII
        const Tok t = next_token(text_, cur.begin);
        limit_free = !in_set(t, WS_AS) && !is_kind_value(t, Kind::position, PO_EARLY) &&
                     !is_kind_value(t, Kind::deictic, D_SOON);
        const std::string_view prev =
            prv.kind == TokKind::word ? text_.substr(prv.begin, prv.end - prv.begin) : std::string_view();
        if (!plain && cue_or_relative(t, prev, begin, before, before_pos)) {
          if (sync.kind == TokKind::end) {
            if (!limit_free) return false;
            sync = cur;
          }
          cue = true;
          break;
        }
      }
    }
    if (limit_free && sync.kind == TokKind::end) sync = cur;  // the walk goes on for a cue
    cur = prv;
  }
  // Without a cue, `before` stays f's only if the walk read every token back to f.p.
  if (sync.kind == TokKind::end || (outside && !cue)) return false;
  after = f;
  after.before = before;
  after.before_pos = before_pos;
  after.p = sync.end;
  after.prev_begin = sync.kind == TokKind::word ? sync.begin : 0;
  after.prev_size = sync.kind == TokKind::word ? sync.end - sync.begin : 0;
  after.fronted = f.fronted && fronted_until(f.p, sync.end);
  after.limit = 0;
  return true;
}

// tense_around's look-back: the fold over the tokens from the sentence's `start` up to `begin` (lookback_),
// resumed where the last call of this sentence stopped when that was at or before `begin`, and started over
// right after the nearest tense cue when the backward walk finds one.
const Grammar::TenseLookback& Grammar::tense_lookback(uint32_t start, uint32_t begin) const noexcept {
  TenseLookback& f = lookback_;
  if (f.start != start || f.begin > begin) f = TenseLookback{start, start, start};
  f.begin = begin;
  if (opt_.tense_walk_back) {
    TenseLookback after;
    if (walk_back_to_cue(f, begin, after)) f = after;
  }
  fold_tense(f, begin);
  return f;
}

Direction Grammar::tense_around(uint32_t begin, uint32_t end) const noexcept {
  // At most 160 bytes back: the verb that tells a date's tense is near it, and the scan stays short.
  const uint32_t kReach = 160;
  const uint32_t floor = begin > kReach ? begin - kReach : 0;
  // The host's sentence bounds both scans; without it (standalone) the fallback finds the start and the
  // forward scan stops at every . ! ?
  const bool host = sentences_.available();
  const tc_sentence sentence = host ? sentences_.sentence_at(begin) : tc_sentence{0, UINT32_MAX};
  const uint32_t start = !host ? standalone_sentence_start(begin, floor) : sentence.begin > floor ? sentence.begin : floor;
  const TenseLookback& f = tense_lookback(start, begin);
  const Direction before = f.before;
  const uint32_t before_pos = f.before_pos;
  std::string_view prev = text_.substr(f.prev_begin, f.prev_size);
  const bool fronted = f.fronted;
  const int limit = f.limit;
  // "since Monday", "since March": the time lies behind, whatever the verb's tense ("shares are up
  // since Monday").
  if (const Entry& p = lookup(prev); p.kind == Kind::preposition && p.value == PR_SINCE) return Direction::past;
  if (limit == 3 && before != Direction::past) return Direction::future;
  Direction after = Direction::none;
  uint32_t after_pos = 0;
  bool after_fronted = false;  // the scan went past the fronted adverbial's comma
  uint32_t p = end;
  prev = std::string_view();
  for (int k = 0; k < 14; ++k) {
    // A word no test below can stop at (most of them) is passed where it lies, without its lexicon entry.
    bool newline = false;
    if (const TokSpan w = plain_word(text_, p, kForwardShapes, newline); w.kind == TokKind::word) {
      if (newline && k > 0) break;
      prev = text_.substr(w.begin, w.end - w.begin);
      p = w.end;
      continue;
    }
    Tok t = next_token(text_, p);
    if (t.kind == TokKind::end) break;
    // The sentence ends, or a clause does: a reporting verb after a comma or a closing quote ("... on
    // Saturday," the minister added) speaks of the report, not of the date.
    if (fronted && !after_fronted && t.is_punct(',')) {
      after_fronted = true;
      p = t.end;
      continue;
    }
    // A . ! ? ends the scan where it ends the host's sentence ("Mr." does not; standalone, every one does).
    if (t.kind == TokKind::punct && (t.punct == '.' || t.punct == '!' || t.punct == '?') && (!host || t.end >= sentence.end))
      break;
    if (t.kind == TokKind::punct && (t.punct == ';' || t.punct == ',' || t.punct == '"' || t.punct == '(' || t.punct == ':'))
      break;
    if (t.newline_before && k > 0) break;
    if (t.is_word() && in_set(t, WS_SUBORDINATOR)) break;  // "... from Monday while the deck is rebuilt": another clause's verb
    // "that", "and", "but": a verb after it is a reported clause's ("told reporters Monday that he will run") or
    // a joined one's ("was arrested Monday and will appear Friday"), not the date's, when a cue before the date
    // gives the date's own verb; with none before, it is the nearest verb there is.
    if (before != Direction::none && t.is_word() && in_set(t, WS_CLAUSE_LINK)) break;
    if (const Direction d = tense_cue(t, prev); d != Direction::none) {
      const bool planned_then = after_fronted && d == Direction::future && plan_made_then(text_.substr(t.begin, t.end - t.begin), prev);
      after = planned_then ? Direction::past : d;
      after_pos = t.begin;
      break;
    }
    prev = t.is_word() ? text_.substr(t.begin, t.end - t.begin) : std::string_view();
    p = t.end;
  }
  // A present tense after the date is weak: "the talks that began on Monday are stalled" is told by
  // the verb before it; "Monday's crash is the worst" names the day as a noun's modifier.
  if (after == Direction::present && (before != Direction::none || after_fronted || (end < text_.size() && (text_[end] == '\'' || utf8::decode(text_, end).cp == U'\u2019'))))
    after = Direction::none;
  // After a fronted adverbial the main clause's verb decides ("Until Thursday, they had ..."), unless it is
  // a present tense ("On Sunday, the countries - that is, those ..."), as weak here as after any date.
  if (after_fronted && after != Direction::none) return after;
  if (before != Direction::none && after != Direction::none)
    return (begin - before_pos) <= (after_pos - end) ? before : after;
  return before != Direction::none ? before : after;
}

}  // namespace textchain::dates
