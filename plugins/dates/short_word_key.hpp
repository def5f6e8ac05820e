// A word of one to eight ASCII letters as one 64-bit number, the key of the small caches that the scan and the
// tagger keep by word (LeadWords, TokenReader, the Skimmer's memo): its letters folded to lower case by the 0x20
// bit, the bytes past it zero, read in one load. No word folds to 0, so 0 can mark an empty slot.
#ifndef TEXTCHAIN_DATES_SHORT_WORD_KEY_HPP
#define TEXTCHAIN_DATES_SHORT_WORD_KEY_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace textchain::dates {

// The mask of a word's `len` bytes (1..8) in a little-endian load.
inline uint64_t short_word_bytes(size_t len) noexcept {
  return len == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * len)) - 1;
}

// The key of the `len` letters at `w` (1..8; eight bytes readable from `w`; little-endian machines: a caller on
// another takes its slow path).
inline uint64_t short_word_key(const unsigned char* w, size_t len) noexcept {
  uint64_t raw;
  std::memcpy(&raw, w, 8);
  const uint64_t keep = short_word_bytes(len);
  return (raw & keep) | (0x2020202020202020ull & keep);
}

// The slot of `key` in a table of 2^bits slots (Fibonacci hashing: the top bits of the product).
template <unsigned kBits>
inline unsigned short_word_slot(uint64_t key) noexcept {
  return static_cast<unsigned>((key * 0x9E3779B97F4A7C15ull) >> (64 - kBits));
}

}  // namespace textchain::dates

#endif
