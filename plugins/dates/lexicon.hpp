// The words temporal expressions are built from, as data: months, weekdays, numbers, units, and the
// function words the grammar keys on. One case-insensitive hash lookup per word of the text.
#ifndef TEXTCHAIN_DATES_LEXICON_HPP
#define TEXTCHAIN_DATES_LEXICON_HPP

#include <cstdint>
#include <string_view>
#include <vector>

namespace textchain::dates {

enum class Kind : uint8_t {
  none = 0,
  month,         // value 1..12; flags: abbreviation, ambiguous (May, March: also verbs)
  weekday,       // value 1..7 (Monday = 1); flags: abbreviation, ambiguous (Sat, Sun, Wed, Mon), plural
  number,        // cardinal word: value
  ordinal,       // "first".."thirty-first", value ("1st" is a number and an ordinal_suffix)
  unit,          // value: Unit; flags: plural
  season,        // value: Season
  part_of_day,   // value: PartOfDay
  deictic,       // value: Deictic (today, yesterday, now, ...)
  shift,         // value: Shift (last, next, this, ...)
  position,      // value: Position (early, late, mid, end, beginning, ...)
  comparator,    // value: the TIMEX3 mod (over, about, nearly, ...)
  article,       // the, a, an
  ago,           // value: AgoWord
  quarter,       // "quarter"/"quarters" (also a unit), "half"
  fiscal,        // fiscal, financial
  zone,          // UTC, GMT, EST ...: value = UTC offset in hours + kZoneUtc (kZoneUnknown: offset not known)
  ampm,          // value 0 = am, 12 = pm
  every,         // every, each, per
  frequency,     // daily, weekly, ... : value Unit
  preposition,   // value: Prep
  conj,          // and, or, to, through, till ... value: Conj
  tense,         // value: TenseCue
  noon,          // value: 12 (noon, midday), 24 (midnight)
  era,           // AD, BC, BE
  holiday,       // value: Holiday
  age,           // "old" in "a six-year-old": the length before it is an age, not a time
  demonstrative, // "that": "that day" points back at the narrative's date
  event,         // attacks, bombings, ...: "the August 7 bombings" is a day, not seven bombings
  counting,      // straight, consecutive, trading ...: "six straight days" counts days
  unit_letter,   // h, d, w, m, s, y glued to a number before "ago"/"later" ("2h ago"): value Unit
  fused,         // "lastweek", "nextmonth": two words written as one, read by the rule table kGlued. A kind of
                 // their own keeps frequent `name` words ("time", "term") from trying those one-word rules.
  ordinal_suffix, // st, nd, rd, th glued to a number ("19th"): a kind of its own narrows the rules that start
                 // at a number to those whose second token is one (tried after every number otherwise)
  decade,        // "sixties", "nineties": value the decade's three leading digits in the 1900s (196, 199), as
                 // TIMEX3 writes "the 1960s"; read only after "the" or a position (rule table kDecades)
  name,          // a word only rules name (a user's holiday or period): value = its own id
};

// The kind's name as rule files write it ("month", "unit", ...); Kind::none for an unknown name.
Kind kind_from_name(std::string_view name) noexcept;
const char* kind_name(Kind k) noexcept;

// The values of the kinds above, named: rule files write them by these names (unit:year, season:fall).
enum Unit : uint8_t { U_NONE, U_SECOND, U_MINUTE, U_HOUR, U_DAY, U_WEEK, U_FORTNIGHT, U_MONTH, U_QUARTER, U_YEAR, U_DECADE, U_CENTURY, U_WEEKEND };
enum Season : uint8_t { S_SPRING = 1, S_SUMMER, S_AUTUMN, S_WINTER, S_FALL };
enum PartOfDay : uint8_t { P_MORNING = 1, P_AFTERNOON, P_EVENING, P_NIGHT, P_TONIGHT };
enum Deictic : uint8_t {
  D_TODAY = 1, D_YESTERDAY, D_TOMORROW, D_NOW, D_RECENTLY, D_RECENT, D_CURRENTLY, D_FUTURE, D_PAST, D_FORMERLY,
  D_NOWADAYS, D_SOON
};
enum Shift : uint8_t { SH_LAST = 1, SH_NEXT, SH_THIS, SH_COMING, SH_PAST, SH_PREVIOUS, SH_FOLLOWING, SH_CURRENT, SH_SAME };
// The periods a shift word moves from the current one: last, previous, past -1; next, following, coming +1.
constexpr int shift_step(Shift s) noexcept {
  switch (s) {
    case SH_LAST: case SH_PREVIOUS: case SH_PAST: return -1;
    case SH_NEXT: case SH_FOLLOWING: case SH_COMING: return 1;
    default: return 0;
  }
}
enum Position : uint8_t { PO_EARLY = 1, PO_LATE, PO_MID, PO_END, PO_BEGINNING, PO_START, PO_MIDDLE };
enum Prep : uint8_t { PR_ON = 1, PR_IN, PR_AT, PR_BY, PR_FROM, PR_SINCE, PR_UNTIL, PR_DURING, PR_OF, PR_FOR, PR_WITHIN, PR_BEFORE, PR_AFTER, PR_BETWEEN, PR_OVER_PREP };
enum Holiday : uint8_t { HO_CHRISTMAS = 1, HO_THANKSGIVING, HO_EASTER, HO_HALLOWEEN };
enum TenseCue : uint8_t {
  TC_FUTURE = 1,        // will, 'll, expected
  TC_PAST,              // was, had, did, said
  TC_FUTURE_BEFORE_TO,  // future only before "to": due to, set to, going to
  TC_PRESENT            // is, are, am
};
enum AgoWord : uint8_t { AG_AGO = 1, AG_BEFORE, AG_LATER, AG_AFTER };  // AG_AGO: ago, earlier; AG_LATER: later, hence
inline constexpr uint8_t kZoneUtc = 24, kZoneUnknown = 0;
enum Article : uint8_t { AR_THE = 0, AR_A };                    // the; a, an
enum QuarterWord : uint8_t { QW_HALF = 2, QW_Q = 4, QW_H = 5 };  // half; "Q3"; "H1"
enum Era : uint8_t { ER_AD = 1, ER_BC, ER_BE };                  // ER_BE: the Buddhist era (2555 BE = 2012)
enum Noon : uint8_t { NO_NOON = 12, NO_MIDNIGHT = 24 };          // the hour it names
enum Every : uint8_t { EV_EACH = 0, EV_PER };                    // EV_PER: a rate ("per week"), not each part of a day
enum Fiscal : uint8_t { FI_FISCAL = 0, FI_FY };
inline constexpr uint8_t kOrdinalLast = 99;     // "final": the last of its series
inline constexpr uint8_t kNumberSeveral = 255;  // number words that name no count: several, few, many, some
enum Conj : uint8_t { C_AND = 1, C_OR, C_TO, C_THROUGH };
enum Mod : uint8_t {
  M_NONE = 0, M_START, M_MID, M_END, M_BEFORE, M_AFTER, M_ON_OR_BEFORE, M_ON_OR_AFTER, M_LESS_THAN, M_MORE_THAN,
  M_EQUAL_OR_LESS, M_EQUAL_OR_MORE, M_APPROX
};
const char* mod_name(uint8_t mod) noexcept;  // "" for M_NONE

inline constexpr uint8_t F_ABBREV = 1, F_AMBIGUOUS = 2, F_PLURAL = 4;

// Word sets: what a word is to one decision of the grammar, beside its kind (a word may be in several;
// "was" is a form of "be" and makes "over" mean "more than"). Entry::sets holds the bits; the words of each
// set are listed once, in lexicon.cpp's kSets, so the grammar compares no word itself.
enum WordSet : uint64_t {
  WS_UNTIL = uint64_t{1} << 0,           // until, till: joins a range
  WS_ORDINAL_SUFFIX = uint64_t{1} << 1,  // st, nd, rd, th glued to a number
  WS_PRONOUN = uint64_t{1} << 2,         // the subject of a relative clause without "that" ("the day they", "a day nobody")
  WS_SECURITY = uint64_t{1} << 3,        // "the 10-year note": a security named by its maturity
  WS_EVENT_EDITION = uint64_t{1} << 4,   // "Summit 2009": a name a year after it dates
  WS_RATE_UNIT = uint64_t{1} << 5,       // "$2 billion a year": a quantity before "a year" makes a rate
  WS_ACCUMULATED = uint64_t{1} << 6,     // "annual loss": an amount summed over the period
  WS_OVER_MEANS_MORE = uint64_t{1} << 7, // "lasted over a year": "over" after it means "more than"
  WS_BE = uint64_t{1} << 8,              // forms of "be": a participle after it is passive
  WS_DETERMINER = uint64_t{1} << 9,      // the, a, its, this ...: a noun phrase, not a verb, follows
  WS_SUBORDINATOR = uint64_t{1} << 10,   // while, when, which ...: a new clause, another verb
  WS_MARKET_SESSION = uint64_t{1} << 11, // "morning trading": a part of the day a market report names
  WS_STREAK = uint64_t{1} << 12,         // "six consecutive days"
  WS_ONLY = uint64_t{1} << 13,           // just, only, mere ("in just minutes")
  WS_BACKWARD = uint64_t{1} << 14,       // before, previous, prior, earlier: counts back from the narrative
  WS_FORWARD = uint64_t{1} << 15,        // after, later: counts forward
  WS_NOT_NARRATING = uint64_t{1} << 16,  // "no later", "much later", "its later": "later" there does not narrate
  WS_LATER_NOUN = uint64_t{1} << 17,     // "a later stage", "later than": "later" as an adjective or comparison
  WS_REPEAT = uint64_t{1} << 18,         // once, twice, times: "twice a year" is a SET
  WS_FROM_DOCUMENT = uint64_t{1} << 19,  // ago, hence: count from the document's date, not the narrative's
  WS_MORE = uint64_t{1} << 20,           // more (before "than", or between a number and its unit)
  WS_LESS = uint64_t{1} << 21,           // less, fewer
  WS_AT_LEAST = uint64_t{1} << 22,       // least (after "at")
  WS_AT_MOST = uint64_t{1} << 23,        // most (after "at")
  WS_UP = uint64_t{1} << 24,             // "up to"
  WS_OVER = uint64_t{1} << 25,           // over
  WS_LIKE = uint64_t{1} << 26,           // "a day like this": a comparison, not a date
  WS_PERIOD_NOUN = uint64_t{1} << 27,    // period, time: "the same period a year ago"
  WS_CLAUSE_GO_ON = uint64_t{1} << 28,   // is, was, will, and, or: a clause goes on after a name ("Christmas Eve is")
  WS_SCHEDULE_NOUN = uint64_t{1} << 29,  // "at a later date / time / stage": a vague future point
  WS_PAST_BE = uint64_t{1} << 30,        // was, were: "was due to" is past
  WS_FEW = uint64_t{1} << 31,            // few: "a few days" (PXD)
  WS_DEADLINE = uint64_t{1} << 32,       // due: "due on Friday" looks ahead
  WS_COUPLE = uint64_t{1} << 33,         // couple: "a couple of weeks" (2, or PXW)
  WS_PLURAL_S = uint64_t{1} << 34,       // s glued to a number: "the 1980s", "mid-90s"
  WS_MERIDIEM_M = uint64_t{1} << 35,     // m of "a.m." / "p.m."
  WS_OCLOCK = uint64_t{1} << 36,         // o, clock: "five o'clock"
  WS_ISO_T = uint64_t{1} << 37,          // t between an ISO date and its time
  WS_WEEKDAY_NOUN = uint64_t{1} << 38,   // weekday: "next weekday"
  WS_NEW = uint64_t{1} << 39,            // new: "New Year('s Day)"
  WS_EVE = uint64_t{1} << 40,            // eve: "Christmas Eve"
  WS_ROW = uint64_t{1} << 41,            // row: "three days in a row"
  WS_AS = uint64_t{1} << 42,             // as: "as early / soon as Tuesday" looks ahead
  WS_POSSESSIVE = uint64_t{1} << 43,     // his, her, their ...: "in his 30s" is an age, not a decade
  WS_LENGTH_SUFFIX = uint64_t{1} << 44,  // long: "a day-long meeting" is the adjective "day-long", P1D
  WS_ITS = uint64_t{1} << 45,            // its: "its future" (not an age's possessive: "in its 30s" is a decade)
  WS_SUPERLATIVE = uint64_t{1} << 46,    // lowest, biggest, worst ...: "the lowest in six years" looks back over the length
  WS_RELATIVE = uint64_t{1} << 47,       // which, who, whose: a relative clause, with a verb of its own
  WS_PRESENT_ERA = uint64_t{1} << 48,    // youth, world, society ...: "today's youth" is the present era, not the day
  WS_RELATIVE_SUBJECT = uint64_t{1} << 49, // which, who: a word in -s right after is the clause's present verb ("which opens")
  WS_NEGATION = uint64_t{1} << 50,       // no, not: "no more than ten days" is at most ten days (EQUAL_OR_LESS)
  WS_CLAUSE_LINK = uint64_t{1} << 51,    // that, and, but: a verb after it is a reported or joined clause's
  WS_ZONE_TIME = uint64_t{1} << 52,      // time: "8 p.m. Eastern time", "11 p.m. local time"
  WS_ZONE_STANDARD = uint64_t{1} << 53,  // standard: "Eastern Standard Time" is the region's standard offset
  WS_ZONE_DAYLIGHT = uint64_t{1} << 54,  // daylight: "Pacific Daylight Time" is one hour ahead of standard
  WS_APPROX_ALONE = uint64_t{1} << 55,   // around, approximately, roughly: APPROX on a year with no preposition before
  WS_COME = uint64_t{1} << 56,           // come, came: "there will come a day when" is a day ahead, no length
  WS_STREET = uint64_t{1} << 57,         // avenue, street, road ...: "1600 Pennsylvania Avenue" is an address, no year
  WS_ADDRESS_PREP = uint64_t{1} << 58,   // at, on: "at 1600 Pennsylvania Avenue" an address, "in 1998 Wall Street" a year
  WS_PUBLICATION = uint64_t{1} << 59,    // times, herald, telegraph ...: "the Sunday Times" is a paper, no date
  WS_LASTING = uint64_t{1} << 60,       // lasted, took, spent ...: "the siege lasted months" is a length of months (PXM)
  WS_PLURAL_NO_S = uint64_t{1} << 61,   // people, men, yen ...: plurals without an s; "2000 people" counts, no year
  WS_PER_PERIOD = uint64_t{1} << 62,    // a, an, per: "three days a week", "40 hours per week" are so many units in each week
};

// The WordSet bit a rule names by its lower-case name without WS_ (<set:accumulated>); 0 for an unknown name.
uint64_t word_set_from_name(std::string_view name) noexcept;

struct Entry {
  Kind kind = Kind::none;
  uint8_t value = 0;
  uint8_t flags = 0;
  uint8_t value2 = 0;  // a second reading: "second" is both an ordinal and a unit; "over" a comparator and a preposition
  Kind kind2 = Kind::none;
  uint64_t sets = 0;   // WordSet bits
};

// Whether `word` is `lower` (lower-case ASCII) in any case.
inline bool ieq(std::string_view word, std::string_view lower) noexcept {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

// Case-insensitive lookup of one ASCII word (letters, maybe an inner hyphen or apostrophe). Words longer
// than the longest entry return an empty Entry at once.
const Entry& lookup(std::string_view word) noexcept;
// The same for a word of ASCII letters that the caller folded to lower case as it read it: its `len` bytes
// (1..16) in `folded`, the rest zero. The scanner's look-up, which saves reading the word a second time.
const Entry& lookup_folded(const unsigned char (&folded)[16], size_t len) noexcept;
// Calls f(word, context) for every word the built-in lexicon holds (once or more each): what the tagger
// asks its questions of when it builds its tables.
void for_each_builtin_word(void (*f)(std::string_view word, void* context), void* context);

// A set of word shapes (length, first and last letters, second and last but one, first two, in any case): a
// filter that tells at once that a word is none of a set of words. The scan asks it before reading a word's
// lexicon entry, so most words of a text cost no lookup.
class WordShapes {
 public:
  static constexpr size_t kMaxWord = 16;
  constexpr void add(std::string_view word) noexcept {
    if (word.empty() || word.size() > kMaxWord) return;
    const size_t n = word.size();
    const auto at = [&](size_t i) { return letter(static_cast<unsigned char>(word[i])); };
    set(outer_, n, at(0), at(n - 1));
    set(inner_, n, at(n > 1), at(n - 1 - (n > 1)));
    set(head_, n, at(0), at(n > 1));
  }
  // Every built-in lexicon word with this kind (either reading).
  void add_kind(Kind k) noexcept;
  // Every built-in lexicon word in one of the word sets `sets` (WordSet bits).
  void add_sets(uint64_t sets) noexcept;
  // Every shape `other` holds.
  void add_all(const WordShapes& other) noexcept {
    for (size_t i = 0; i < kShapeRows; ++i)
      outer_[i] |= other.outer_[i], inner_[i] |= other.inner_[i], head_[i] |= other.head_[i];
  }
  bool may_hold(std::string_view word) const noexcept {
    if (word.empty() || word.size() > kMaxWord) return false;
    const auto* w = reinterpret_cast<const unsigned char*>(word.data());
    const size_t n = word.size();
    return test(outer_, n, letter(w[0]), letter(w[n - 1])) &&
           test(inner_, n, letter(w[n > 1]), letter(w[n - 1 - (n > 1)])) &&
           test(head_, n, letter(w[0]), letter(w[n > 1]));
  }
  // The same for `len` bytes that are all ASCII letters (the scan's words): a letter's class is its low five
  // bits, so the shape costs no test of the bytes.
  bool may_hold_letters(const unsigned char* word, size_t len) const noexcept {
    if (len - 1 >= kMaxWord) return false;  // 0 wraps around
    return test(outer_, len, word[0] & 31u, word[len - 1] & 31u) &&
           test(inner_, len, word[len > 1] & 31u, word[len - 1 - (len > 1)] & 31u) &&
           test(head_, len, word[0] & 31u, word[len > 1] & 31u);
  }
  // may_hold_letters for a run of 1 to kMaxRun letters, told by its last letter's index `last` (the skim's words,
  // which lie in one 64-byte block, found as runs of letter bits): the first filter has a row for every such
  // length (those past kMaxWord empty), so the length needs no test of its own, and the three quarters of a
  // text's words that filter turns away cost two byte loads, a row load and a bit test.
  static constexpr size_t kMaxRun = 64;
  bool may_hold_run(const unsigned char* word, size_t last) const noexcept {
    // row(last + 1, a): a held length is at most kMaxWord, so past the first filter `last` is below it.
    if (!((outer_[(last << 5) | (word[0] & 31u)] >> (word[last] & 31u)) & 1)) return false;
    const size_t len = last + 1;
    return test(inner_, len, word[len > 1] & 31u, word[len - 1 - (len > 1)] & 31u) &&
           test(head_, len, word[0] & 31u, word[len > 1] & 31u);
  }

 private:
  // A letter's class is its low five bits, 1..26 in either case; anything else is class 0.
  static constexpr size_t letter(unsigned char c) noexcept {
    const unsigned char l = static_cast<unsigned char>(c | 0x20);
    return l >= 'a' && l <= 'z' ? (c & 31u) : 0;
  }
  // One 32-bit row per length and first class of a pair, a bit per second class: a test is one load and one
  // bit test, with no index to split into a word and a bit.
  static constexpr size_t kShapeRows = kMaxWord << 5;
  static constexpr size_t row(size_t len, size_t a) noexcept { return ((len - 1) << 5) | a; }
  static constexpr void set(uint32_t* rows, size_t len, size_t a, size_t b) noexcept { rows[row(len, a)] |= uint32_t{1} << b; }
  static bool test(const uint32_t* rows, size_t len, size_t a, size_t b) noexcept { return (rows[row(len, a)] >> b) & 1; }
  // Three filters: by the first and last letters, by the second and last but one, and by the first two (a
  // word of one letter: its letter again); a word is held only if all three hold its shape. The third turns
  // away most of the frequent words the first two let through ("was", "has", "his": the scan read them
  // whole, to find no trigger).
  uint32_t outer_[kMaxRun << 5] = {};  // rows to kMaxRun letters for may_hold_run; past kMaxWord empty
  uint32_t inner_[kShapeRows] = {};
  uint32_t head_[kShapeRows] = {};
};

// The shapes of every word the built-in lexicon holds (kRows and kSets), built at compile time so that the
// scan's tests inline (no call, no guard of a lazily built table).
extern const WordShapes kLexiconShapes;

// Whether a word of `len` ASCII letters may be in the built-in lexicon (false: lookup_folded gives an empty
// entry for it).
inline bool lexicon_may_hold_letters(const unsigned char* word, size_t len) noexcept {
  return kLexiconShapes.may_hold_letters(word, len);
}

// Extra words loaded at run time (a user's rule file), looked up with the same case folding.
class WordTable {
 public:
  // False when the word is empty, longer than the built-in lexicon's longest word allows, or not ASCII.
  bool add(std::string_view word, const Entry& e);
  // The entry of `word`, or nullptr. No allocation.
  const Entry* find(std::string_view word) const noexcept;
  bool empty() const noexcept { return used_ == 0; }

 private:
  struct Slot {
    uint64_t a = 0, b = 0;
    bool used = false;
    Entry entry;
  };
  std::vector<Slot> slots_;
  size_t used_ = 0;
};

}  // namespace textchain::dates

#endif
