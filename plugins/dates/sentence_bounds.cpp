#include "sentence_bounds.hpp"

#include <algorithm>
#include <iterator>

namespace textchain::dates {

tc_sentence SentenceBounds::sentence_at(uint32_t offset) const noexcept {
  if (!fetched_) {
    if (fetch_ != nullptr) sentences_ = fetch_(context_);
    fetched_ = true;
  }
  // The sentences are in text order, and the tagger asks in text order too: walk on from the last answer
  // (a few steps per call), searching afresh only when asked about an earlier offset.
  const size_t n = sentences_.size();
  if (n == 0) return tc_sentence{0, 0};
  if (cursor_ >= n || sentences_[cursor_].begin > offset) {
    auto it = std::upper_bound(sentences_.begin(), sentences_.end(), offset,
                               [](uint32_t o, const tc_sentence& s) { return o < s.begin; });
    if (it == sentences_.begin()) return tc_sentence{0, 0};
    cursor_ = static_cast<size_t>(it - sentences_.begin()) - 1;
  }
  while (cursor_ + 1 < n && sentences_[cursor_ + 1].begin <= offset) ++cursor_;
  return sentences_[cursor_];
}

}  // namespace textchain::dates
