// The word lists the quote engine decides with, one per kind, read from the data files in lexicon/ (compiled
// in) and each extended by the plugin option of the same name (`cue_verbs = ["harrumphed"]`):
//   cue_verbs.txt           reporting verbs, tagged participle / continuing / bare / naming / as_only / listener
//   cue_nouns.txt           written or recorded things that speak ("the report said")
//   speech_nouns.txt        what someone said, named as a thing ("Hale's claim that …")
//   titles.txt              titles and role nouns, tagged title / role / speaks_for / honorific / male / female
//   given_names.txt         given names, tagged male / female
//   organisation_nouns.txt  organisation words, tagged name / noun / business / public
//   work_nouns.txt          works a title in marks follows, and "titled" ("the documentary "…"")
//   word_nouns.txt          words named as words, and the verbs that use them ("used the phrase "…"")
// Each file holds a word once (the tests check it); a new engineer adds a word in one place. Grammar words
// (determiners, pronouns, connectors) are closed classes and stay in name_lexicon.cpp.
#ifndef TEXTCHAIN_QUOTES_LEXICON_HPP
#define TEXTCHAIN_QUOTES_LEXICON_HPP

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace textchain::quotes {

// A set of lower-case words with a byte of tags each, looked up case-insensitively (ASCII and Latin-1
// capitals) without allocating: an open-addressing table at most a quarter full. A looked-up word is folded to
// lower case eight bytes at a time into a zero-padded buffer of 64-bit words (byte by byte only when it holds a
// byte outside ASCII), hashed a 64-bit word at a time and compared with the stored word the same way. Most
// lookups are of words that are absent, so they are answered from a mask of the lengths present and a sketch
// bit of the folded word, without hashing it.
class WordTable {
 public:
  // Adds `word` (any case) with `tags` or-ed into what it has; empty or over-long words are ignored.
  void add(std::string_view word, uint8_t tags);
  // Makes room for `words` words in all, so that adding them rehashes nothing (the table is then the size that
  // adding them one by one would have grown it to).
  void reserve(size_t words);
  // The word's tags, 0 when absent. Inline up to the sketch: most words looked up are absent, and are
  // answered here by their length or, when their first and last bytes are ASCII, by the sketch.
  uint8_t tags(std::string_view word) const noexcept {
    const size_t n = word.size();
    // No word of 0 or of more than kMaxWord (< 64) bytes is stored: their bits of lengths_ are clear.
    static_assert(kMaxWord < 64);
    if (n >= 64 || !(lengths_ >> n & 1u)) return 0;
    const auto first = static_cast<unsigned char>(word[0]), last = static_cast<unsigned char>(word[n - 1]);
    if ((first | last) >= 0x80) return tags_of_length(word);  // a Latin-1 capital folds there: out of line
    if (!sketched(first, last, n)) return 0;  // sketch_bit folds ASCII case itself
    return tags_of_sketched(word);
  }
  bool contains(std::string_view word) const noexcept { return tags(word) != 0; }
  size_t size() const noexcept { return count_; }
  // Calls f(word, tags) for every word, folded to lower case as stored, in no particular order.
  template <class F>
  void for_each(F&& f) const {
    for (const Slot& slot : slots_)
      if (slot.key != 0) f(std::string_view(reinterpret_cast<const char*>(&words_[slot.at]), slot.length), slot.tags);
  }

  static constexpr size_t kMaxWord = 40;
  static constexpr size_t kChunks = kMaxWord / 8;  // 64-bit words of a folded word

 private:
  struct Slot {
    uint32_t key = 0;    // the word's hash with its low bit set, 0 when empty
    uint32_t at = 0;     // its folded chunks in words_
    uint8_t length = 0;  // bytes
    uint8_t tags = 0;
  };
  // The sketch's bit for a word of `n` bytes whose first and last bytes are `first` and `last`: the three
  // mixed by one multiplication and the bit taken from its high bits, so that words spread over the whole sketch
  // (a sum of the three, masked, left most bits of a 4096-bit sketch unused or shared).
  // The bytes are taken with bit 0x20 set: an ASCII capital and its lower case (and a few pairs of ASCII
  // symbols) share a bit, so a word is sketched without folding its case first (a bit shared by more words only
  // lets a few more through to the table, which answers exactly).
  static size_t sketch_bit(unsigned char first, unsigned char last, size_t n) noexcept {
    const uint64_t x = (first | uint64_t{last} << 8 | uint64_t{n} << 16) | 0x2020u;
    return static_cast<size_t>((x * 0x9E3779B97F4A7C15ull) >> (64 - kSketchLog2));
  }
  bool sketched(unsigned char first, unsigned char last, size_t n) const noexcept {
    const size_t bit = sketch_bit(first, last, n);
    return sketch_[bit / 64] >> (bit % 64) & 1u;
  }
  // tags() of a word whose length some word of the table has.
  uint8_t tags_of_length(std::string_view word) const noexcept;
  // tags() of a word whose length and sketch bit some word of the table has.
  uint8_t tags_of_sketched(std::string_view word) const noexcept;
  // tags_of_sketched of a word it does not fold as one chunk (over eight bytes, or a byte outside ASCII): out of
  // line, so that the one-chunk path saves no registers.
  [[gnu::noinline]] uint8_t tags_of_folded(std::string_view word) const noexcept;
  // The tags of the word of `n` bytes whose hash is `hash`, or of the empty slot where it would be: `same(chunks)`
  // tells whether a stored word's folded chunks are the word (the two fast paths above compare one or two).
  template <class Same>
  uint8_t probe(uint64_t hash, size_t n, Same same) const noexcept;
  // The slot holding the folded word `w` of `n` bytes (`hash` its hash), or the empty slot where it belongs.
  size_t slot_of(const uint64_t* w, size_t n, uint64_t hash) const noexcept;
  void grow(size_t slots);  // rehashes into `slots` slots (a power of two)
  std::vector<Slot> slots_;
  size_t mask_ = 0;  // slots_.size() - 1 once a word is added (the size is a power of two)
  std::vector<uint64_t> words_;  // every stored word folded, zero-padded to whole 64-bit chunks
  uint64_t lengths_ = 0;         // bit n: some word has n bytes
  // Bit sketch_bit(word) set for every word: a word whose bit is clear is absent, answered without hashing
  // it (most words looked up are absent, and the bit needs only the length and the first and last letters).
  // Spread by the multiplication, its 4096 bits let through about a seventh fewer lookups on the news benchmark
  // than when indexed by a masked sum of the three (16384 bits would let through 7% fewer again, for 1.5 KiB
  // more in each of some thirty tables).
  static constexpr size_t kSketchLog2 = 12;
  static constexpr size_t kSketchBits = size_t{1} << kSketchLog2;
  uint64_t sketch_[kSketchBits / 64] = {};
  size_t count_ = 0;
};

// One lexicon file's entries: word and tag names, comments and blank lines skipped.
struct LexiconEntry {
  std::string_view word;
  std::vector<std::string_view> tags;
};
std::vector<LexiconEntry> parse_lexicon(std::string_view text);

// The built-in lexicon files, by name ("cue_verbs", ...), as compiled in.
std::string_view builtin_lexicon(std::string_view name);

// Words added from options, per kind (the option of each kind has the kind's name). Given names may carry a
// gender: "name:male", "name:female".
struct LexiconExtras {
  std::vector<std::string> cue_verbs, cue_nouns, speech_nouns, titles, given_names, organisation_nouns, work_nouns,
      word_nouns;
};

enum class Gender : uint8_t { unknown, male, female };

class Lexicons {
 public:
  // Tags of the files, as bits.
  enum : uint8_t {
    kParticiple = 1, kContinuing = 2, kBare = 4, kNaming = 8, kAsOnly = 16, kListener = 32,  // cue_verbs
    kTitle = 1, kRole = 2, kSpeaksFor = 4, kMale = 8, kFemale = 16,          // titles, given_names (male/female)
    kHonorific = 32,                                                         // titles
    kOrgName = 1, kOrgNoun = 2, kBusiness = 4, kPublic = 8,                  // organisation_nouns
    kWordVerb = 1, kWordParticiple = 2,                                      // word_nouns
    kPresent = 128,                                                          // any entry
  };
  // Throws std::invalid_argument, naming the option and the entry, when an added word is empty, holds white
  // space (the tables hold single words: it could never match), is longer than WordTable::kMaxWord bytes, or
  // a given name's gender is neither "male" nor "female".
  explicit Lexicons(const LexiconExtras& extras = {});

  const WordTable& cue_verbs() const noexcept { return cue_verbs_; }
  bool is_title_word(std::string_view w) const noexcept { return tagged(titles_, strip_dot(w), kTitle); }
  // A courtesy title written before a surname, with or without its period ("Mr King", "Dr. Dean").
  bool is_honorific(std::string_view w) const noexcept { return tagged(titles_, strip_dot(w), kHonorific); }
  bool is_person_noun(std::string_view w) const noexcept { return tagged(titles_, w, kRole); }
  bool speaks_for_others(std::string_view w) const noexcept { return tagged(titles_, w, kSpeaksFor); }
  bool is_org_word(std::string_view w) const noexcept { return tagged(orgs_, w, kOrgName); }
  // Heads of descriptions of organisations, and the cue nouns, which stand for their authors.
  bool is_org_noun(std::string_view w) const noexcept { return tagged(orgs_, w, kOrgNoun) || is_document_noun(w); }
  bool is_business_noun(std::string_view w) const noexcept { return tagged(orgs_, w, kBusiness); }
  bool is_public_body_word(std::string_view w) const noexcept { return tagged(orgs_, w, kPublic); }
  bool is_document_noun(std::string_view w) const noexcept { return cue_nouns_.contains(w); }
  bool is_speech_noun(std::string_view w) const noexcept { return speech_nouns_.contains(w); }
  bool is_work_noun(std::string_view w) const noexcept { return work_nouns_.contains(w); }
  // A noun naming words as words ("phrase", "term"), and a verb whose subject uses the words it names: its tags
  // (kWordVerb, kWordParticiple), 0 for any other word.
  bool is_word_noun(std::string_view w) const noexcept {
    const uint8_t t = word_nouns_.tags(w);
    return (t & kPresent) && !(t & (kWordVerb | kWordParticiple));
  }
  uint8_t word_verb(std::string_view w) const noexcept { return word_nouns_.tags(w) & (kWordVerb | kWordParticiple); }
  Gender gender_of_given_name(std::string_view w) const noexcept { return gender(given_names_.tags(w)); }
  Gender gender_of_title(std::string_view w) const noexcept { return gender(titles_.tags(strip_dot(w))); }
  // is_title_word(w) (bit 0) and is_org_word(w) (bit 1) in one lookup: the name rules ask both of every
  // capitalized word (DocTokens::title_org), and most are in neither list.
  uint8_t title_org(std::string_view w) const noexcept {
    if (!w.empty() && w.back() == '.') [[unlikely]]  // a title's period is dropped, an organisation word's kept
      return static_cast<uint8_t>((is_title_word(w) ? 1 : 0) | (is_org_word(w) ? 2 : 0));
    return static_cast<uint8_t>(title_org_.tags(w) & 3);
  }

  // The default lexicons, built once per process.
  static const Lexicons& builtin();
  // The lexicons `extras` asks for: builtin()'s, shared, when it adds no word (what most engines ask: each
  // would otherwise read the lists again, a start-up cost paid by every chain a process builds, issue 19), else
  // a table of their own.
  static std::shared_ptr<const Lexicons> with(const LexiconExtras& extras);

 private:
  static std::string_view strip_dot(std::string_view w) noexcept {
    return !w.empty() && w.back() == '.' ? w.substr(0, w.size() - 1) : w;
  }
  static bool tagged(const WordTable& t, std::string_view w, uint8_t bit) noexcept { return (t.tags(w) & bit) != 0; }
  static Gender gender(uint8_t tags) noexcept {
    return tags & kMale ? Gender::male : tags & kFemale ? Gender::female : Gender::unknown;
  }
  WordTable cue_verbs_, cue_nouns_, speech_nouns_, titles_, given_names_, orgs_, work_nouns_, word_nouns_;
  WordTable title_org_;  // the words of titles_ tagged title (bit 0) and of orgs_ tagged name (bit 1)
};

}  // namespace textchain::quotes

#endif
