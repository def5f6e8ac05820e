// Vectors handed from one document's work to the next on the same thread: their memory, not their contents.
// The engine builds the same per-document vectors for every document (the index's token bits and line breaks,
// the resolver's paragraphs and names); allocating and freeing them each time cost ~2% of the engine.
#ifndef TEXTCHAIN_QUOTES_SPARE_VECTORS_HPP
#define TEXTCHAIN_QUOTES_SPARE_VECTORS_HPP

#include <cstddef>
#include <utility>
#include <vector>

namespace textchain::quotes {

// `v` emptied, keeping its memory.
template <class T>
std::vector<T> emptied(std::vector<T>&& v) {
  std::vector<T> out = std::move(v);
  out.clear();
  return out;
}

// A buffer bigger than this (a very long document's) is freed rather than kept for the next document.
inline constexpr size_t kSpareBytes = size_t{1} << 20;

// Keeps `from`'s memory in `to` for the next document, when it is not too big and more than `to` holds.
template <class T>
void give_back(std::vector<T>& from, std::vector<T>& to) {
  if (from.capacity() * sizeof(T) <= kSpareBytes && from.capacity() > to.capacity()) to = std::move(from);
}

}  // namespace textchain::quotes

#endif
