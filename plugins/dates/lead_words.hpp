// The words the tagger passes over together with the word after them when the lexicon does not hold that word
// ("the company", "that company", "last minister": Grammar::needs_known_word_after). The scan (Skimmer) asks
// it at the words it would stop at, so that such a pair costs no stop.
#ifndef TEXTCHAIN_DATES_LEAD_WORDS_HPP
#define TEXTCHAIN_DATES_LEAD_WORDS_HPP

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
  // Adds a word of 1..8 ASCII letters (any case). False when it is not kept (longer, or its slot is taken by
  // another word): the scan then stops at it as it did without the set.
  bool add(std::string_view word) noexcept {
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
    any_ = true;
    return true;
  }
  bool empty() const noexcept { return !any_; }
  // Whether the `len` ASCII letters at `w` (1..8; eight bytes readable from `w`) are a word added, in any case.
  bool holds(const unsigned char* w, size_t len) const noexcept {
    if constexpr (std::endian::native != std::endian::little) return false;  // keep below masks the first bytes
    if (len - 1 >= kMaxLen) return false;  // 0 wraps around
    // Letters only: or-ing the 0x20 bit folds them to lower case; bytes past the word are zero, as in add.
    const uint64_t folded = short_word_key(w, len);
    return words_[slot_of(folded)] == folded;
  }

 private:
  static constexpr unsigned kSlotBits = 8;
  static unsigned slot_of(uint64_t folded) noexcept { return short_word_slot<kSlotBits>(folded); }
  uint64_t words_[1u << kSlotBits] = {};  // folded words, bytes past them zero; 0: an empty slot (no word folds to 0)
  bool any_ = false;
};

}  // namespace textchain::dates

#endif
