// Storage whose elements never move: blocks reserved once and never grown past their capacity, so that a
// pointer to an element stays valid while more are added, and the memory held follows what is stored. Elements
// appended together are contiguous (in one block). The resolver kept its names in one vector reserved for a
// name at every capitalized word instead, several times what a document uses (docs/architecture.md#memory).
// Blocks double from kBlockItems up to kMaxBlockBytes: a document of many names then takes its later blocks
// as mappings of their own (glibc's mmap threshold is 1 MiB in textchain), handed back to the system when
// freed. In blocks of a few KiB from the heap, a dense document's names (15 MB at 100 MB) stayed resident
// after the resolver was gone, under the annotations added next.
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
  static constexpr size_t kMaxBlockBytes = size_t{2} << 20;
  // Copies the `n` items at `items` into one block; returns where they now are.
  T* append(const T* items, size_t n) {
    if (blocks_.empty() || blocks_.back().capacity() - blocks_.back().size() < n) {
      const size_t grown = std::min(kBlockItems << std::min<size_t>(blocks_.size(), 20),
                                    std::max(kBlockItems, kMaxBlockBytes / sizeof(T)));
      std::vector<T>& b = blocks_.emplace_back();
      b.reserve(std::max(n, grown));
    }
    std::vector<T>& b = blocks_.back();
    T* at = b.data() + b.size();
    b.insert(b.end(), items, items + n);
    return at;
  }
  T* push_back(const T& item) { return append(&item, 1); }
  // The room of block `k` (in order of allocation) and the number of blocks: for tests.
  size_t block_capacity(size_t k) const { return blocks_[k].capacity(); }
  size_t block_count() const noexcept { return blocks_.size(); }
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
