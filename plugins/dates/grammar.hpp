// The patterns of English temporal expressions, tried at a trigger token (a number, or a word the
// lexicon knows), producing one TIMEX3 per match.
#ifndef TEXTCHAIN_DATES_GRAMMAR_HPP
#define TEXTCHAIN_DATES_GRAMMAR_HPP

#include "narrative.hpp"
#include "normalizer.hpp"
#include "rule_matcher.hpp"
#include "scanner.hpp"
#include "sentence_bounds.hpp"
#include "timex.hpp"

#include <string_view>

namespace textchain::dates {

struct GrammarOptions {
  bool day_first = false;
  // The tense look-back walks back from a date to the nearest cue (false: it folds forward from the sentence's
  // start only, as it did before; the equivalence test's reference).
  bool tense_walk_back = true;
};

// What a match found: nothing, a temporal expression, or a span that is not one ("a 6-year-old") and that
// the scan skips.
enum class MatchResult : uint8_t { none, timex, not_a_date };

class Grammar final : public MatchContext {
 public:
  // `sentences`: the host's sentences of `text`, which bound the tense look-back (may hold none).
  Grammar(std::string_view text, const Normalizer& norm, GrammarOptions opt, const RuleSet& rules,
          const SentenceBounds& sentences) noexcept
      : text_(text), norm_(norm), opt_(opt), rules_(rules, norm, *this), sentences_(sentences) {}

  // Whether a rule table has a rule that can start at this token (for tokens that do not trigger the
  // grammar's own patterns).
  bool rules_may_start(const Tok& t) const noexcept { return rules_.may_start(t); }

  // Whether a token of this lexicon kind can start an expression (numbers always can).
  static constexpr bool triggers(Kind k) noexcept {
    switch (k) {
      case Kind::month:
      case Kind::weekday:
      case Kind::number:
      case Kind::ordinal:
      case Kind::shift:
      case Kind::position:
      case Kind::article:
      case Kind::deictic:
      case Kind::part_of_day:
      case Kind::quarter:
      case Kind::noon:
      case Kind::season:
      case Kind::ago:  // a free-standing "later"
      case Kind::holiday:
        return true;
      default:
        return false;
    }
  }
  // Whether a word may be of a kind that triggers (from its shape alone; WordShapes).
  static bool may_trigger_word(std::string_view word) noexcept { return trigger_shapes_.may_hold(word); }
  static const WordShapes& trigger_shapes() noexcept { return trigger_shapes_; }
  // Whether the pattern methods can start at this token. Of the "ago" words only "later" and "hence"
  // (AG_LATER) start one; "before", "after", "earlier" and "ago" end expressions a number or unit starts.
  static bool starts_pattern(const Tok& t) noexcept {
    return t.kind == TokKind::number ||
           (t.kind == TokKind::word && triggers(t.lex.kind) && (t.lex.kind != Kind::ago || t.lex.value == AG_LATER));
  }

  // Whether nothing can start at the word `t` when a word the lexicon does not hold follows it, so that
  // match() may be skipped after one look at that word's shape: a word no pattern method starts at ("that
  // company": only rules), an article ("the company": p_article reads the next word's kind and word sets,
  // and an unknown word has none) or a shift word but "current" ("this company", "last minister": p_shift
  // needs a unit, an amount, a day's or month's or season's name, or a part of the day next; "current" alone
  // is PRESENT_REF) or a number word ("two people": p_amount_unit needs a unit, a counting word, a mark or a
  // range word next), when no rule starting with it takes a name second.
  bool needs_known_word_after(const Tok& t) const noexcept {
    return t.kind == TokKind::word &&
           (t.lex.kind == Kind::article || (t.lex.kind == Kind::shift && t.lex.value != SH_CURRENT) ||
            t.lex.kind == Kind::number || !starts_pattern(t)) &&
           !(rules_.may_start(t) && rules_.may_continue_with_unknown_word(t));
  }

  // For a word needs_known_word_after holds, the classes of the next word (LeadWords::follower_class) at which
  // something may start after all, when the lexicon holds that word: at a word no pattern method starts at
  // ("that"), those of the kinds a rule starting with it takes second (RuleMatcher::may_continue reads only the
  // next word's kinds: "that was" starts nothing); at an article, those too, the kinds p_the and p_a_unit read
  // next (kArticleReads) and kArticleSets (they read a word of no kind only for "the new year", "a few days",
  // "a couple of weeks"): "the attacks", "the said", "a straight" start nothing; else any entry. A word that may
  // start an expression itself stops it always: the scan would stop at it.
  uint64_t kinds_stopping_pass(const Tok& t) const noexcept {
    constexpr uint64_t kinds = (uint64_t{1} << (static_cast<int>(Kind::name) + 1)) - 1;
    uint64_t starting = rules_.starting_kinds();
    for (int k = 1; k <= static_cast<int>(Kind::name); ++k)
      if (triggers(static_cast<Kind>(k))) starting |= uint64_t{1} << k;
    if (!starts_pattern(t)) return (rules_.second_kinds(t) & kinds) | starting;
    if (t.lex.kind == Kind::article)
      return (rules_.second_kinds(t) & kinds) | starting | kArticleReads | (uint64_t{1} << LeadWords::kArticleSetBit);
    return ~uint64_t{0};
  }
  static constexpr uint64_t kArticleSets = WS_NEW | WS_FEW | WS_COUPLE;
  // The kinds p_the and p_a_unit test the word after the article for (is_kind: either reading).
  static constexpr uint64_t kArticleReads =
      uint64_t{1} << static_cast<int>(Kind::shift) | uint64_t{1} << static_cast<int>(Kind::unit) |
      uint64_t{1} << static_cast<int>(Kind::position) | uint64_t{1} << static_cast<int>(Kind::ordinal) |
      uint64_t{1} << static_cast<int>(Kind::fiscal) | uint64_t{1} << static_cast<int>(Kind::number) |
      uint64_t{1} << static_cast<int>(Kind::ago);

  // Tries the rule tables, then the pattern methods, at the window's first token. On a match fills `out`
  // (for not_a_date only its span); out.end is where scanning resumes.
  MatchResult match(Window& w, const Lookback& before, Timex& out);

  // The direction the nearest tense cue in the sentence around [begin, end) points (Direction::none: no cue).
  Direction tense_around(uint32_t begin, uint32_t end) const noexcept override;
  // The tense weekday_date needs for weekday `wd`: tense_around's, or none when it cannot move the date (no
  // anchor, or the anchor's own weekday), which spares the engine's costliest look-around.
  Direction weekday_tense(int wd, uint32_t begin, uint32_t end) const noexcept {
    return norm_.weekday_needs_direction(wd) ? tense_around(begin, end) : Direction::none;
  }
  // The tense year_for needs for `month` (and `day`, 0 = none): `since` right after "since" ("since November 3", "since early
  // November": the start lies behind, whatever the verb); else tense_around's, or none when it cannot move
  // the year (most months named are near the document's date; the tense scan is the engine's costliest
  // look-around).
  Direction year_tense(int month, int day, uint32_t begin, uint32_t end) const noexcept override {
    if (norm_.ahead_of_anchor(month, day) && after_since()) return Direction::since;
    return norm_.tense_moves_year(month) ? tense_around(begin, end) : Direction::none;
  }
  // Whether the token before the expression being matched is "since" ("since November 3", and past a
  // position: "since early November", "since the end of November"). The match's look-back has it, most
  // often read already (p_month reads it for its context).
  bool after_since() const noexcept {
    const Tok* p = before_ ? before_->at(0) : nullptr;
    return p && p->lex.kind == Kind::preposition && p->lex.value == PR_SINCE;
  }
  bool narrative_shift(int unit, int n, CivilDate& out) noexcept override;
  bool story_day(CivilDate& out) const noexcept override { return day_context(out); }
  bool narrative_month_only(CivilDate& out) const noexcept override {
    if (!story_.reference_is_month()) return false;
    out = story_.reference_month();
    return true;
  }

 private:
  // What a pattern method found: the span, the window index after it, and the TIMEX3 it writes.
  struct Expr {
    int next = 0;  // window index after the expression
    uint32_t begin = 0, end = 0;
    TimexType type = TimexType::date;
    std::string value;
    uint8_t mod = 0;
  };
  Direction tense_cue(const Tok& t, std::string_view prev) const noexcept;
  uint32_t standalone_sentence_start(uint32_t begin, uint32_t floor) const noexcept;
  bool future_cue_follows(uint32_t pos) const noexcept;
  bool passive_by_follows(uint32_t pos) const noexcept;
  bool dispatch(Window& w, const Lookback& lb, Expr& e);
  enum class RuleOutcome : uint8_t { lost, won, silenced };
  RuleOutcome match_rules(Window& w, const Lookback& lb, Expr& e, Timex& out);
  bool p_noon(Window& w, int i, Expr& e);
  bool p_number(Window& w, int i, const Lookback& lb, Expr& e);
  bool p_numeric_date(Window& w, int i, Expr& e);
  bool p_time(Window& w, int i, Expr& e);
  bool p_day_first(Window& w, int i, Expr& e);
  bool p_year(Window& w, int i, const Lookback& lb, Expr& e);
  bool p_amount_unit(Window& w, int i, const Lookback& lb, Expr& e);
  bool amount_before_range(Window& w, int i, int j, int n, bool half, const Lookback& lb, Expr& e);
  void shifted_point(const Tok& d, int n, int unit, int dir, bool narrative, Expr& e);
  bool compound_duration(Window& w, int j, int n, int unit, Expr& e);
  bool p_month(Window& w, int i, const Lookback& lb, Expr& e);
  bool month_day(Window& w, int i, int m, int d, int dj, bool has_year, int y, int& k, Expr& e);
  bool write_day(Window& w, int y, int m, int d, bool range, int y2, int m2, int d2, int& k, Expr& e);
  int month_alone_year(Window& w, int i, const Lookback& lb, int m, int& k);
  bool shifted_year_at(Window& w, int s, int& y) const;
  bool p_weekday(Window& w, int i, Expr& e);
  bool weekday_set(Window& w, int i, int j, Expr& e);
  bool p_holiday(Window& w, int i, const Lookback& lb, Expr& e);
  bool p_joined_day(Window& w, int i, const Lookback& lb, Expr& e);
  bool p_new_year(Window& w, int i, Expr& e);
  void the_weekend(uint32_t begin, uint32_t end, std::string& value) const;
  bool gap_duration(const Tok& d, int n, int unit, Expr& e) const;
  bool p_shift(Window& w, int i, Expr& e);
  bool shift_named(Window& w, int j, int step, Expr& e);
  bool p_deictic(Window& w, int i, const Lookback& lb, Expr& e);
  bool p_article(Window& w, int i, const Lookback& lb, Expr& e);
  bool p_the(Window& w, int i, Expr& e);
  bool p_the_shift(Window& w, int i, Expr& e);
  bool p_a_unit(Window& w, int i, const Lookback& lb, Expr& e);
  bool a_unit_shifted(Window& w, int j, int n, int unit, const Lookback& lb, Expr& e);
  bool a_unit_ahead(Window& w, int j, int n, int unit, const Lookback& lb, Expr& e);
  bool p_position(Window& w, int i, Expr& e);
  bool p_period(Window& w, int i, Expr& e);
  // The rule tables' longest match of one group at token i of the window (a pattern method that embeds a
  // rule's expression: "the end of the third quarter").
  bool rule_at(Window& w, int i, const Lookback& before, RuleGroup group, Expr& e) const;
  bool p_half(Window& w, int i, const Lookback& lb, Expr& e);
  bool p_same_period_year_before(Window& w, int i, Expr& e);
  bool p_later(Window& w, int i, const Lookback& lb, Expr& e);
  bool p_streak(Window& w, int i, const Lookback& lb, Expr& e);
  bool p_the_unit_around(Window& w, int i, Expr& e);
  bool later_than_date(Window& w, const Lookback& lb, int than, Expr& e) const;

  bool amount(Window& w, int i, int& n, bool& half, int& next);
  bool day_number(Window& w, int i, int& day, int& next);
  bool year_number(Window& w, int i, int& year, int& next, bool allow_two_digits);
  bool time_after(Window& w, int i, int& next, std::string& value);
  bool clock_after_day(Window& w, int& k, bool day_known, Expr& e);
  bool date_after_weekday(Window& w, int i, Expr& e);
  bool range_end_year(const Lookback& lb, int m, int& y) const noexcept;
  bool range_start_year(Window& w, int i, const Lookback& lb, int m, int& y);
  bool unit_and_a_half(Window& w, int j, int unit, Expr& e);
  void resolve_time_day(Window& w, int& next, std::string& date_part, uint32_t begin);
  bool weekday_after_aside(Window& w, int k, uint32_t begin, std::string& date_part);

  // The day of the latest expression found with day granularity, else the anchor's (false: neither): what
  // "the day" and a bare clock time refer to, as news reports an event's day once and then its hours.
  bool day_context(CivilDate& out) const noexcept;
  // The same, appended to `out` as a TIMEX3 value ("2009-06-01").
  bool day_context(std::string& out) const;
  // Whether a line break (a new paragraph) lies between the two offsets.
  bool paragraph_break(uint32_t from, uint32_t to) const noexcept;

  static const WordShapes trigger_shapes_;  // the words of the kinds that trigger
  std::string_view text_;
  const Lookback* before_ = nullptr;  // the look-back of the expression match() is reading
  const Normalizer& norm_;
  GrammarOptions opt_;
  RuleMatcher rules_;
  // What the story has named so far: what "that day", "two days later", "the same month a year ago" and
  // a clock time without a day refer to.
  NarrativeContext story_;
  bool backward_ = false;     // the current match counted back from the reference
  // paragraph_break's cursor: the first line break at or after newline_searched_from_ (UINT32_MAX: none).
  mutable uint32_t newline_searched_from_ = UINT32_MAX;
  mutable uint32_t next_newline_ = UINT32_MAX;
  // tense_around's look-back, a fold over the tokens from `start` up to the expression: where the last one
  // stopped, so that the next expression of the same sentence, further on, reads on from there instead of
  // from the sentence's start again (the fold's state after the same tokens is the same).
  struct TenseLookback {
    uint32_t start = UINT32_MAX;  // the sentence start the fold began at (UINT32_MAX: none yet)
    uint32_t begin = 0;           // the expression it stopped before
    uint32_t p = 0;               // where the next token is read from
    Direction before = Direction::none;
    uint32_t before_pos = 0;
    uint32_t prev_begin = 0, prev_size = 0;  // the word before p (size 0: none)
    bool fronted = true;
    int limit = 0;
  };
  mutable TenseLookback lookback_;
  const TenseLookback& tense_lookback(uint32_t start, uint32_t begin) const noexcept;
  void fold_tense(TenseLookback& f, uint32_t begin) const noexcept;
  bool walk_back_to_cue(const TenseLookback& f, uint32_t begin, TenseLookback& after) const noexcept;
  bool fronted_until(uint32_t p, uint32_t end) const noexcept;
  bool cue_or_relative(const Tok& t, std::string_view prev, uint32_t begin, Direction& before,
                       uint32_t& before_pos) const noexcept;
  const SentenceBounds& sentences_;
};

}  // namespace textchain::dates

#endif
