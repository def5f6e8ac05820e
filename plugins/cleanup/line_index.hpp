// Every line of a text, found once per round and read by both line-level rules (boilerplate and line
// joining), which used to find each line, and match it against the boilerplate patterns, each for itself.
#ifndef TEXTCHAIN_CLEANUP_LINE_INDEX_HPP
#define TEXTCHAIN_CLEANUP_LINE_INDEX_HPP

#include <string_view>
#include <vector>

#include "boilerplate.hpp"
#include "lines.hpp"

namespace textchain::cleanup {

class LineIndex {
 public:
  // The lines of `t`; with `patterns`, each non-blank line's `boilerplate` says whether they match it.
  // Keeps the vector's capacity: a caller that reuses the index allocates only for its longest text.
  void split(std::string_view t, const BoilerplatePatterns* patterns);

  size_t size() const noexcept { return lines_.size(); }
  const Line& operator[](size_t k) const noexcept { return lines_[k]; }
  // The lines as an array: a loop over them that also appends edits holds the pointer and the count in
  // registers, where through the vector it read both again at every line (the edits' vector might, for all
  // the compiler knows, be the index's own).
  const Line* data() const noexcept { return lines_.data(); }
  // Line k, or, past the last line, the blank line line_at() reads at the end of the text.
  Line at_or_end(size_t k) const noexcept;

  // The bytes the index holds on to between texts, and giving them back (after a very long text, whose
  // room a reused index would otherwise keep for good).
  size_t capacity_bytes() const noexcept { return lines_.capacity() * sizeof(Line); }
  void release() noexcept { std::vector<Line>().swap(lines_); }

 private:
  std::vector<Line> lines_;
  size_t text_size_ = 0;
};

}  // namespace textchain::cleanup

#endif
