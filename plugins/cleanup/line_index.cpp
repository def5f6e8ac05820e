#include "line_index.hpp"

namespace textchain::cleanup {

void LineIndex::split(std::string_view t, const BoilerplatePatterns* patterns) {
  text_size_ = t.size();
  lines_.clear();
  for (size_t pos = 0; pos < t.size();) {
    Line& l = lines_.emplace_back();
    read_line(t, pos, l);
    if (patterns && !l.blank()) l.boilerplate = patterns->matches(t.substr(l.content_begin, l.content_end - l.content_begin));
    pos = l.next;
  }
}

Line LineIndex::at_or_end(size_t k) const noexcept {
  if (k < lines_.size()) return lines_[k];
  Line end;
  end.begin = end.end = end.next = end.content_begin = end.content_end = text_size_;
  return end;
}

}  // namespace textchain::cleanup
