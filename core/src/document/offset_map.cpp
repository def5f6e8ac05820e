#include "document/offset_map.hpp"

#include <algorithm>
#include <stdexcept>

namespace textchain::document {

OffsetMap OffsetMap::apply(std::string_view old_text, const std::vector<TextEdit>& edits, std::string& new_text) {
  OffsetMap map;
  map.old_size_ = old_text.size();
  new_text.clear();
  size_t grow = 0;
  for (const TextEdit& e : edits) grow += e.replacement.size();
  new_text.reserve(old_text.size() + grow);
  map.pieces_.reserve(edits.size() * 2 + 1);
  size_t old_pos = 0;
  auto copy_to = [&](size_t old_end) {
    if (old_end > old_pos) {
      size_t nb = new_text.size();
      new_text.append(old_text.substr(old_pos, old_end - old_pos));
      map.pieces_.push_back({nb, new_text.size(), old_pos, old_end, true});
    }
    old_pos = old_end;
  };
  for (const TextEdit& e : edits) {
    if (e.begin < old_pos || e.end < e.begin || e.end > old_text.size())
      throw std::invalid_argument("edits overlap, are unsorted or lie outside the text");
    copy_to(e.begin);
    size_t nb = new_text.size();
    new_text.append(e.replacement);
    map.pieces_.push_back({nb, new_text.size(), e.begin, e.end, false});
    old_pos = e.end;
  }
  copy_to(old_text.size());
  map.new_size_ = new_text.size();
  return map;
}

// The piece holding the byte at `pos` (begin bias: new_begin <= pos < new_end), skipping empty pieces.
size_t OffsetMap::to_old_begin(size_t pos) const noexcept {
  if (pos >= new_size_) return old_size_;
  // The first piece ending after pos: the last one found when it still is.
  const size_t k = last_piece_;
  auto it = k < pieces_.size() && pos < pieces_[k].new_end && (k == 0 || pieces_[k - 1].new_end <= pos)
                ? pieces_.begin() + static_cast<std::ptrdiff_t>(k)
                : std::upper_bound(pieces_.begin(), pieces_.end(), pos,
                                   [](size_t p, const Piece& pc) { return p < pc.new_end; });
  if (it == pieces_.end()) return old_size_;
  last_piece_ = static_cast<size_t>(it - pieces_.begin());
  return it->copied ? it->old_begin + (pos - it->new_begin) : it->old_begin;
}

// The piece ending at or after `pos` (end bias: new_begin < pos <= new_end).
size_t OffsetMap::to_old_end(size_t pos) const noexcept {
  if (pos == 0) return 0;
  if (pos > new_size_) pos = new_size_;
  // Pieces are contiguous, so the first piece ending at or after `pos` is never an empty one.
  // The first piece ending at or after pos: the last one found when it still is.
  const size_t k = last_piece_;
  auto it = k < pieces_.size() && pos <= pieces_[k].new_end && (k == 0 || pieces_[k - 1].new_end < pos)
                ? pieces_.begin() + static_cast<std::ptrdiff_t>(k)
                : std::lower_bound(pieces_.begin(), pieces_.end(), pos,
                                   [](const Piece& pc, size_t p) { return pc.new_end < p; });
  if (it == pieces_.end()) return old_size_;
  last_piece_ = static_cast<size_t>(it - pieces_.begin());
  return it->copied ? it->old_begin + (pos - it->new_begin) : it->old_end;
}

size_t OffsetMap::to_new_begin(size_t pos) const noexcept {
  if (pos >= old_size_) return new_size_;
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), pos,
                             [](size_t p, const Piece& pc) { return p < pc.old_end; });
  if (it == pieces_.end()) return new_size_;
  return it->copied ? it->new_begin + (pos - it->old_begin) : it->new_begin;
}

size_t OffsetMap::to_new_end(size_t pos) const noexcept {
  if (pos == 0) return 0;
  if (pos > old_size_) pos = old_size_;
  auto it = std::lower_bound(pieces_.begin(), pieces_.end(), pos,
                             [](const Piece& pc, size_t p) { return pc.old_end < p; });
  if (it == pieces_.end()) return new_size_;
  if (it->copied) return it->new_begin + (pos - it->old_begin);
  // An old end inside (or at the end of) a replaced span maps to the replacement's end; an old end equal
  // to the span's begin belongs to what precedes it.
  return pos > it->old_begin ? it->new_end : it->new_begin;
}

}  // namespace textchain::document
