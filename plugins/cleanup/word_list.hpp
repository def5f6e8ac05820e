// A fixed list of words looked up whole and case-sensitively, such as the line rules' lists of words
// no sentence ends with: each word kept with its first eight bytes packed in one integer and hashed, so
// that a word in no list (most are) is rejected after a slot or two.
#ifndef TEXTCHAIN_CLEANUP_WORD_LIST_HPP
#define TEXTCHAIN_CLEANUP_WORD_LIST_HPP

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

namespace textchain::cleanup {

// The first (up to) eight bytes of `w`, packed little end first; the bytes past `w` are 0.
constexpr uint64_t packed_head(std::string_view w) noexcept {
  uint64_t h = 0;
  if (w.empty()) return h;
  if (std::is_constant_evaluated() || std::endian::native != std::endian::little) {
    for (size_t i = 0; i < w.size() && i < 8; ++i) h |= static_cast<uint64_t>(static_cast<unsigned char>(w[i])) << (8 * i);
  } else {
    std::memcpy(&h, w.data(), w.size() < 8 ? w.size() : 8);
  }
  return h;
}

// The list; `words` must outlive it (a static array). contains(w): w is one of the words, byte for byte.
// The words sit in a small hash table of their packed heads and lengths, a quarter full: a look-up
// reads one slot or two, where a scan of the list compared every word (up to fifty).
template <size_t N>
class WordList {
  static_assert(N > 0 && N < 255, "a slot holds a word's index + 1 in a byte");

 public:
  constexpr explicit WordList(const std::string_view (&words)[N]) {
    for (size_t i = 0; i < N; ++i) {
      words_[i] = words[i];
      heads_[i] = packed_head(words[i]);
      size_t s = slot_of(heads_[i], words[i].size());
      while (slots_[s] != 0) s = (s + 1) & (kSlots - 1);
      slots_[s] = static_cast<uint8_t>(i + 1);
    }
  }
  bool contains(std::string_view w) const noexcept {
    const uint64_t h = packed_head(w);
    for (size_t s = slot_of(h, w.size()); slots_[s] != 0; s = (s + 1) & (kSlots - 1)) {
      const size_t i = slots_[s] - 1u;
      if (heads_[i] == h && words_[i].size() == w.size() && (w.size() <= 8 || words_[i].substr(8) == w.substr(8)))
        return true;
    }
    return false;
  }

 private:
  static constexpr unsigned kBits = std::bit_width(4 * N - 1);  // 2^kBits >= 4N
  static constexpr size_t kSlots = size_t{1} << kBits;
  static constexpr size_t slot_of(uint64_t head, size_t size) noexcept {
    return static_cast<size_t>(((head ^ size) * 0x9E3779B97F4A7C15ull) >> (64 - kBits));
  }
  uint64_t heads_[N] = {};
  std::string_view words_[N] = {};
  uint8_t slots_[kSlots] = {};  // index + 1 of the word in the slot, 0: empty
};

}  // namespace textchain::cleanup

#endif
