// The words the tagger passes over together with the word after them when the lexicon does not hold that word
// ("the company", "that company", "last minister": Grammar::needs_known_word_after). The scan (Skimmer) asks
// it at the words it would stop at, so that such a pair costs no stop. Each word keeps what in the word after
// it stops the pass (Grammar::kinds_stopping_pass): for some, a word the lexicon holds passes too ("that was":
// no rule starting with "that" takes a tense word second; "the sales": an article reads a few word sets only).
#ifndef TEXTCHAIN_DATES_LEAD_WORDS_HPP
#define TEXTCHAIN_DATES_LEAD_WORDS_HPP

#include "lexicon.hpp"
#include "short_word_key.hpp"

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace textchain::dates {

class LeadWords {
 public:
  static constexpr size_t kMaxLen = 8;
  // The bits of a word's class (follower_class) beside its kinds': a word set of kArticleSets, any word set.
  static constexpr int kArticleSetBit = 62, kAnySetBit = 63;
  static_assert(static_cast<int>(Kind::name) < kArticleSetBit, "a kind's bit would be a set's");
  // `article_sets`: the word sets that give a word kArticleSetBit.
  explicit LeadWords(uint64_t article_sets = 0) noexcept : article_sets_(article_sets) {}
  // The class of a word by its lexicon entry: a bit per kind it has (Kind::none none), kArticleSetBit, kAnySetBit.
  // A word the lexicon does not hold has none: it passes after every lead word.
  uint64_t follower_class(Kind kind, Kind kind2, uint64_t sets) const noexcept {
    return (kind != Kind::none ? uint64_t{1} << static_cast<int>(kind) : 0) |
           (kind2 != Kind::none ? uint64_t{1} << static_cast<int>(kind2) : 0) |
           ((sets & article_sets_) ? uint64_t{1} << kArticleSetBit : 0) | (sets ? uint64_t{1} << kAnySetBit : 0);
  }
  // Adds a word of 1..8 ASCII letters (any case). False when it is not kept (longer, or its slot is taken by
  // another word): the scan then stops at it as it did without the set. `stops`: the follower_class bits that
  // stop the pass over it (all: only a word the lexicon does not hold passes).
  bool add(std::string_view word, uint64_t stops = ~uint64_t{0}) noexcept {
    if (word.empty() || word.size() > kMaxLen) return false;
    unsigned char padded[8] = {};
    for (size_t i = 0; i < word.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(word[i] | 0x20);
      if (c < 'a' || c > 'z') return false;
      padded[i] = c;
    }
    uint64_t folded;
    std::memcpy(&folded, padded, 8);
    uint64_t& slot = words_[slot_of(folded)];
    if (slot != 0 && slot != folded) return false;
    slot = folded;
    stops_[slot_of(folded)] = stops;
    any_ = true;
    return true;
  }
  bool empty() const noexcept { return !any_; }
  // Whether the `len` ASCII letters at `w` (1..8; eight bytes readable from `w`) are a word added, in any case.
  bool holds(const unsigned char* w, size_t len) const noexcept {
    uint64_t stops;
    return find(w, len, stops);
  }
  // holds(), with the follower_class bits that stop the pass over the word in `stops`.
  bool find(const unsigned char* w, size_t len, uint64_t& stops) const noexcept {
    if constexpr (std::endian::native != std::endian::little) return false;  // keep below masks the first bytes
    if (len - 1 >= kMaxLen) return false;  // 0 wraps around
    // Letters only: or-ing the 0x20 bit folds them to lower case; bytes past the word are zero, as in add.
    const uint64_t folded = short_word_key(w, len);
    const unsigned at = slot_of(folded);
    if (words_[at] != folded) return false;
    stops = stops_[at];
    return true;
  }

 private:
  static constexpr unsigned kSlotBits = 8;
  static unsigned slot_of(uint64_t folded) noexcept { return short_word_slot<kSlotBits>(folded); }
  uint64_t words_[1u << kSlotBits] = {};  // folded words, bytes past them zero; 0: an empty slot (no word folds to 0)
  uint64_t stops_[1u << kSlotBits] = {};  // per slot: the follower_class bits that stop the pass over its word
  uint64_t article_sets_;
  bool any_ = false;
};

}  // namespace textchain::dates

#endif
