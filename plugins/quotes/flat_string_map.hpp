// A map from words of one document (string_views into its text) to small values, in one flat array.
//
// The mention resolver keeps a few per-document maps (surname -> fullest name, acronym -> spelled-out
// name) that get a few entries per document and are thrown away with it. std::unordered_map allocated and
// freed a node per entry and a bucket array per rehash (~200 instructions an entry, the resolver's
// destructor alone 1% of the engine); here one array of slots, open addressing with linear probing, grown by
// doubling at half full. Only what the resolver asks: find, emplace (never overwriting), clear.
#ifndef TEXTCHAIN_QUOTES_FLAT_STRING_MAP_HPP
#define TEXTCHAIN_QUOTES_FLAT_STRING_MAP_HPP

#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace textchain::quotes {

template <class V>
class FlatStringMap {
 public:
  // The value for `key`, or null when it was never emplaced.
  V* find(std::string_view key) noexcept {
    if (slots_.empty()) return nullptr;
    for (size_t i = hash(key) & mask();; i = (i + 1) & mask()) {
      Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.key == key) return &s.value;
    }
  }
  // The value for `key`, inserted as `value` when absent (a present key keeps its value); true when inserted.
  std::pair<V*, bool> emplace(std::string_view key, V value) {
    if (2 * (size_ + 1) > slots_.size()) grow();
    for (size_t i = hash(key) & mask();; i = (i + 1) & mask()) {
      Slot& s = slots_[i];
      if (!s.used) {
        s = Slot{key, std::move(value), true};
        ++size_;
        return {&s.value, true};
      }
      if (s.key == key) return {&s.value, false};
    }
  }
  // Empties the map and keeps its slots.
  void clear() noexcept {
    for (Slot& s : slots_) s.used = false;
    size_ = 0;
  }
  size_t size() const noexcept { return size_; }

 private:
  struct Slot {
    std::string_view key;
    V value{};
    bool used = false;
  };
  std::vector<Slot> slots_;
  size_t size_ = 0;

  size_t mask() const noexcept { return slots_.size() - 1; }
  // Words of a few letters: eight bytes at a time, multiplied and folded (FNV-like, no table).
  static size_t hash(std::string_view k) noexcept {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ k.size();
    size_t i = 0;
    for (; i + 8 <= k.size(); i += 8) {
      uint64_t x;
      std::memcpy(&x, k.data() + i, 8);
      h = (h ^ x) * 0xFF51AFD7ED558CCDull;
    }
    uint64_t tail = 0;
    for (size_t j = 0; i + j < k.size(); ++j) tail |= uint64_t{static_cast<unsigned char>(k[i + j])} << (8 * j);
    h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
    return static_cast<size_t>(h ^ (h >> 32));
  }
  void grow() {
    std::vector<Slot> old(slots_.empty() ? 16 : 2 * slots_.size());
    old.swap(slots_);
    size_ = 0;
    for (Slot& s : old)
      if (s.used) emplace(s.key, std::move(s.value));
  }
};

}  // namespace textchain::quotes

#endif
