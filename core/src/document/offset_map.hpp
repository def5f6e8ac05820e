// Maps byte offsets of a rewritten text to the text it was made from, and back.
//
// A rewrite is a set of non-overlapping edits. The new text is a sequence of pieces, each either copied
// from the old text (same length) or a replacement standing for an old span. A span boundary inside a
// replacement maps to the whole old span: a begin maps to the old span's begin, an end to its end, so an
// annotation over rewritten text covers everything it was made from.
#ifndef TEXTCHAIN_DOCUMENT_OFFSET_MAP_HPP
#define TEXTCHAIN_DOCUMENT_OFFSET_MAP_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace textchain::document {

struct TextEdit {
  size_t begin;  // in the old text
  size_t end;
  std::string replacement;
};

class OffsetMap {
 public:
  // Applies `edits` (sorted by begin, non-overlapping, within `old_text`) and returns the new text in
  // `new_text`, building the map from new offsets to old ones.
  static OffsetMap apply(std::string_view old_text, const std::vector<TextEdit>& edits, std::string& new_text);

  // New -> old. `to_old_begin` for the first byte of a span, `to_old_end` for its exclusive end.
  size_t to_old_begin(size_t pos) const noexcept;
  size_t to_old_end(size_t pos) const noexcept;
  // Old -> new, with the same conventions (an old offset inside a replaced span maps to the replacement's
  // begin or end).
  size_t to_new_begin(size_t pos) const noexcept;
  size_t to_new_end(size_t pos) const noexcept;

  size_t old_size() const noexcept { return old_size_; }
  size_t new_size() const noexcept { return new_size_; }

 private:
  struct Piece {
    size_t new_begin, new_end;
    size_t old_begin, old_end;
    bool copied;  // copied pieces have equal lengths
  };
  std::vector<Piece> pieces_;  // sorted by both new and old offsets; empty pieces are kept (deletions)
  // The piece to_old_begin or to_old_end found last, tried before the search: a step adds its annotations
  // mostly in text order, each mapped back through the map (as the document, used by one thread at a time).
  mutable size_t last_piece_ = 0;
  size_t old_size_ = 0, new_size_ = 0;
};

}  // namespace textchain::document

#endif
