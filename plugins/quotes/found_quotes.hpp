// The quotations the engine found in one document, kept compactly from the moment each is found until the
// plugin has made an annotation of it.
//
// A document dense with quotations holds them all at once: the engine finds the last one before any can be
// reported (a multi-paragraph quotation's earlier paragraphs take the speaker found for a later one, and
// speech without marks is merged in by position), and the engine's index of the document (its spans, token
// bits, paragraphs and names) is alive until then. As `FoundQuote`s, 104 bytes each with a speaker's
// std::string, they were the largest thing the engine held at the peak of bench/memory/peak_memory.py's dense
// 100 MB document (79 MB of 760,000). Here a quotation is a 24-byte record: its offset and length, its cue and
// its speaker's mention as offsets and lengths into the text, its speaker as the index of a name stored once per
// document, its kind and method as indices of the few literals the engine uses. A length is 16-bit: one of
// 65,535 bytes or more (a quotation left open to the end of a long paragraph) is kept in a side table, keyed
// by the record's place (at 32 bytes with 32-bit ends, the records were a quarter of what the engine added at
// that document's peak: docs/architecture.md#memory). Records live in blocks that `drain` frees as the plugin
// goes, so adding the annotations (after the index is gone) never holds the records and the annotations whole
// together.
#ifndef TEXTCHAIN_QUOTES_FOUND_QUOTES_HPP
#define TEXTCHAIN_QUOTES_FOUND_QUOTES_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "flat_string_map.hpp"

namespace textchain::quotes {

struct FoundQuote;

class FoundQuotes {
 public:
  // One quotation as FoundQuote gives it: the kind and the method the literals it was given, the cue a view of
  // the text, the speaker borrowed from this container.
  struct Entry {
    uint32_t begin = 0, end = 0;
    std::string_view kind;
    std::optional<std::string_view> speaker;
    uint32_t speaker_begin = 0, speaker_end = 0;
    const char* speaker_method = nullptr;
    std::optional<std::string_view> cue;
  };

  // `text`: the text the quotations' cues are views of. `expected`: how many the engine expects to find, so
  // that a short document's quotations take one allocation of their size.
  FoundQuotes(std::string_view text, size_t expected);
  // Sets `expected` anew, before the first add().
  void expect(size_t expected) noexcept;
  FoundQuotes(FoundQuotes&&) noexcept;
  FoundQuotes& operator=(FoundQuotes&&) noexcept;
  ~FoundQuotes();

  // A quotation of the engine's walk over the marked spans, in text order. `outer`: it belongs to the group of
  // the multi-paragraph quotation open at it (a quotation in marks at depth 0), so share_voice may fill it.
  void add(const FoundQuote& f, bool outer);
  // Every quotation of the group from the `first`-th added to the last, with no speaker and `outer`, takes the
  // speaker of the group's first quotation with one (method "continuation"); none when none has one.
  void share_voice(size_t first);
  // The last quotation add() was given (not empty(), and before add_reported), and a way to give it the speaker
  // of `f` (its name, span and method): a quotation signed after it in the same paragraph.
  Entry last() const;
  void set_last_speaker(const FoundQuote& f);
  // Speech without marks, in any order: merged by position with the quotations of add() (which come first at
  // the same position) once sort_reported has run.
  void add_reported(const FoundQuote& f);
  void sort_reported();

  size_t size() const noexcept { return count_ + reported_.size(); }
  bool empty() const noexcept { return size() == 0; }

  // Calls `each(const Entry&)` for every quotation in text order, freeing each block of records once it is
  // passed (the container is empty afterwards).
  template <class F>
  void drain(F&& each) {
    size_t r = 0;
    const size_t blocks = block_count();
    for (size_t b = 0; b < blocks; ++b) {
      const size_t n = b + 1 < blocks ? block_size(b) : count_ - block_start(b);
      const Record* block = b == 0 ? first_.get() : more_[b - 1].get();
      for (size_t i = 0; i < n; ++i) {
        const Wide w = widen(block[i], block_start(b) + i);
        for (; r < reported_.size() && reported_[r].begin < w.begin; ++r) each(entry(reported_[r]));
        each(entry(w));
      }
      if (b == 0) first_.reset();
      else more_[b - 1].reset();
    }
    for (; r < reported_.size(); ++r) each(entry(reported_[r]));
    count_ = 0;  // the blocks are freed; what little else there is goes with the container
    next_ = block_end_ = nullptr;
    reported_.clear();
    long_values_.reset();
  }
  // The same as FoundQuotes, for tests and tools.
  std::vector<FoundQuote> to_vector() &&;

 private:
  // A quotation with its fields whole: what add() is given and drain() gives back, and the form of speech
  // without marks (few; sorted by position, so kept whole rather than keyed by place in a side table).
  struct Wide {
    uint32_t begin = 0, end = 0;
    uint32_t speaker_begin = 0, speaker_end = 0;
    // The cue's bytes in the text; with kPooledCue (a cue that is no view of the text), cue_begin is a string
    // of strings_.
    uint32_t cue_begin = 0, cue_end = 0;
    uint32_t speaker = kNone;  // a string of strings_
    uint8_t kind = 0;          // an index of words_
    uint8_t method = kNoWord;  // an index of words_
    uint8_t flags = 0;
  };
  // A quotation in marks as kept in the blocks: a Wide's ends as 16-bit lengths from its begins, the speaker's and
  // the cue's begins as signed 16-bit distances from the quotation's (0 when there is none), kLong and kFar when
  // the value is in long_values_ (keyed by the record's place and the field): a pooled cue's string is always there.
  struct Record {
    uint32_t begin = 0;
    uint32_t speaker = kNone;
    uint16_t length = 0, speaker_length = 0, cue_length = 0;
    int16_t speaker_at = 0, cue_at = 0;
    uint16_t kind : 6 = 0;
    uint16_t method : 6 = kNoWord;
    uint16_t flags : 4 = 0;
  };
  static_assert(sizeof(Record) == 20);
  static constexpr uint16_t kLong = UINT16_MAX;
  static constexpr int16_t kFar = INT16_MIN;
  enum Field : uint64_t { kLength, kSpeakerLength, kCueLength, kSpeakerBegin, kCueBegin };
  static constexpr unsigned kFieldBits = 3;
  // The record of `w`, the `i`-th added (its values out of 16 bits noted in long_values_), and back.
  Record narrow(const Wide& w, size_t i);
  Wide widen(const Record& r, size_t i) const {
    Wide w;
    w.begin = r.begin;
    w.end = r.begin + length_of(r.length, i, kLength);
    w.speaker = r.speaker;
    w.speaker_begin = begin_of(r.begin, r.speaker_at, i, kSpeakerBegin);
    w.speaker_end = w.speaker_begin + length_of(r.speaker_length, i, kSpeakerLength);
    w.cue_begin = begin_of(r.begin, r.cue_at, i, kCueBegin);
    w.cue_end = r.flags & kPooledCue ? 0 : w.cue_begin + length_of(r.cue_length, i, kCueLength);
    w.kind = static_cast<uint8_t>(r.kind);
    w.method = static_cast<uint8_t>(r.method);
    w.flags = static_cast<uint8_t>(r.flags);
    return w;
  }
  // `length` as the `i`-th record keeps it: kLong when it is kLong or more, noted in long_values_ (and a note of
  // a longer length before it erased). far_begin: `at`, a begin, as a distance from `from`, the same way.
  uint16_t long_length(uint32_t length, size_t i, Field field);
  int16_t far_begin(uint32_t at, uint32_t from, size_t i, Field field);
  void note_long(uint32_t value, size_t i, Field field);
  uint32_t long_value(size_t i, Field field) const { return long_values_->at(static_cast<uint64_t>(i) << kFieldBits | field); }
  uint32_t length_of(uint16_t stored, size_t i, Field field) const {
    if (stored != kLong) [[likely]] return stored;
    return long_value(i, field);
  }
  uint32_t begin_of(uint32_t from, int16_t stored, size_t i, Field field) const {
    if (stored != kFar) [[likely]] return from + static_cast<uint32_t>(static_cast<int32_t>(stored));
    return long_value(i, field);
  }
  static constexpr uint32_t kNone = UINT32_MAX;
  static constexpr uint8_t kNoWord = 63;  // Record::method's six bits all set
  static constexpr uint8_t kOuter = 1, kHasCue = 2, kPooledCue = 4;
  // Past the first block (sized to what the engine expects), blocks of 1 MiB: freed as drain passes them, and
  // each is a mapping of its own where glibc's mmap threshold is 1 MiB (textchain's), handed back at once.
  static constexpr size_t kBlockRecords = (size_t{1} << 20) / sizeof(Record);

  Wide wide(const FoundQuote& f, bool outer);
  Entry entry(const Wide& r) const;
  Record& at(size_t i) noexcept;
  size_t block_start(size_t b) const noexcept { return b == 0 ? 0 : first_block_ + (b - 1) * kBlockRecords; }
  size_t block_size(size_t b) const noexcept { return b == 0 ? first_block_ : kBlockRecords; }
  size_t block_count() const noexcept { return first_ ? 1 + more_.size() : 0; }
  uint32_t intern(std::string_view s);
  uint8_t word(const char* literal, size_t size);
  uint8_t method_word(const char* literal);  // word() of a NUL-terminated literal

  std::string_view text_;
  std::unique_ptr<Record[]> first_;             // the first block: all a document but a dense one needs
  std::vector<std::unique_ptr<Record[]>> more_;  // the others
  size_t first_block_;
  size_t count_ = 0;  // records in the blocks
  Record* next_ = nullptr;       // where the next record goes
  Record* block_end_ = nullptr;  // the end of its block
  std::vector<Wide> reported_;
  // The lengths of kLong bytes or more and the begins kFar or farther, by (place << kFieldBits | field): null
  // until there is one (most documents, and a dense one, have none, and a tweet's quotation costs no table).
  std::unique_ptr<std::unordered_map<uint64_t, uint32_t>> long_values_;
  // Speakers' names (and a cue that is no view of the text, which the engine never gives), each stored once,
  // in blocks that never move (the views are the map's keys). A document's first few are found by a search
  // of strings_: a short one builds no map.
  std::vector<std::string_view> strings_;
  std::vector<std::unique_ptr<char[]>> string_blocks_;
  char* string_next_ = nullptr;
  size_t string_room_ = 0;  // bytes left in the last block
  FlatStringMap<uint32_t> ids_;
  static constexpr size_t kFewStrings = 8;
  // The kinds and methods: string literals (FoundQuote's), found by their address (a handful per document);
  // entries give them back as they came.
  struct Word {
    const char* literal;
    size_t size;
  };
  // In the object, not allocated: a tweet's quotation costs no allocation for them.
  static constexpr size_t kWords = 48;
  static_assert(kWords < kNoWord);
  std::array<Word, kWords> words_;
  size_t word_count_ = 0;
};

}  // namespace textchain::quotes

#endif
