// A fixed list of words looked up whole and case-sensitively, such as the line rules' lists of words
// no sentence ends with: each word kept with its first eight bytes packed in one integer, so that a word
// in no list (most are) is rejected with one comparison per entry.
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
template <size_t N>
class WordList {
 public:
  constexpr explicit WordList(const std::string_view (&words)[N]) {
    for (size_t i = 0; i < N; ++i) {
      words_[i] = words[i];
      heads_[i] = packed_head(words[i]);
    }
  }
  bool contains(std::string_view w) const noexcept {
    const uint64_t h = packed_head(w);
    for (size_t i = 0; i < N; ++i)
      if (heads_[i] == h && words_[i].size() == w.size() && (w.size() <= 8 || words_[i].substr(8) == w.substr(8)))
        return true;
    return false;
  }

 private:
  uint64_t heads_[N] = {};
  std::string_view words_[N] = {};
};

}  // namespace textchain::cleanup

#endif
