// Storage whose elements never move: blocks reserved once and never grown past their capacity, so that a
// pointer to an element stays valid while more are added, and the memory held follows what is stored. Elements
// appended together are contiguous (in one block). The resolver kept its names in one vector reserved for a
// name at every capitalized word instead, several times what a document uses (docs/architecture.md#memory).
#ifndef TEXTCHAIN_QUOTES_STABLE_BLOCKS_HPP
#define TEXTCHAIN_QUOTES_STABLE_BLOCKS_HPP

#include "spare_vectors.hpp"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace textchain::quotes {

template <class T, size_t kBlockItems>
class StableBlocks {
 public:
  // Copies the `n` items at `items` into one block; returns where they now are.
  T* append(const T* items, size_t n) {
    if (blocks_.empty() || blocks_.back().capacity() - blocks_.back().size() < n) {
      std::vector<T>& b = blocks_.emplace_back();
      b.reserve(std::max(n, kBlockItems));
    }
    std::vector<T>& b = blocks_.back();
    T* at = b.data() + b.size();
    b.insert(b.end(), items, items + n);
    return at;
  }
  T* push_back(const T& item) { return append(&item, 1); }
  // Empties it, keeping the first block's memory (for the next document) when it is not too big.
  void clear() {
    if (blocks_.empty()) return;
    if (blocks_.front().capacity() * sizeof(T) > kSpareBytes) {
      blocks_.clear();
      return;
    }
    blocks_.resize(1);
    blocks_.front().clear();
  }

 private:
  std::vector<std::vector<T>> blocks_;  // moving a block moves no element
};

}  // namespace textchain::quotes

#endif
