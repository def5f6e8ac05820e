#include "line_index.hpp"

namespace textchain::cleanup {

namespace {

// The lines of `t` into `lines` (cleared), each found by `find_newline`.
template <size_t (*find_newline)(std::string_view, size_t) noexcept>
[[gnu::always_inline]] inline void split_by(std::vector<Line>& lines, std::string_view t, const BoilerplatePatterns* patterns) {
  lines.clear();
  for (size_t pos = 0; pos < t.size();) {
    Line& l = lines.emplace_back();
    read_line_by<find_newline>(t, pos, l);
    if (patterns && !l.blank()) l.boilerplate = patterns->matches(t.substr(l.content_begin, l.content_end - l.content_begin));
    pos = l.next;
  }
}

void split_sse2(std::vector<Line>& lines, std::string_view t, const BoilerplatePatterns* patterns) {
  split_by<next_newline>(lines, t, patterns);
}

#if defined(TEXTCHAIN_CLEANUP_AVX2)
__attribute__((target("avx2"))) void split_avx2(std::vector<Line>& lines, std::string_view t, const BoilerplatePatterns* patterns) {
  split_by<next_newline_avx2>(lines, t, patterns);
}
#endif

using Split = void (*)(std::vector<Line>&, std::string_view, const BoilerplatePatterns*);
Split pick_split() noexcept {
#if defined(TEXTCHAIN_CLEANUP_AVX2)
  if (runs_avx2()) return split_avx2;
#endif
  return split_sse2;
}

}  // namespace

void LineIndex::split(std::string_view t, const BoilerplatePatterns* patterns) {
  static const Split split_lines = pick_split();
  text_size_ = t.size();
  split_lines(lines_, t, patterns);
}

Line LineIndex::at_or_end(size_t k) const noexcept {
  if (k < lines_.size()) return lines_[k];
  Line end;
  end.begin = end.end = end.next = end.content_begin = end.content_end = text_size_;
  return end;
}

}  // namespace textchain::cleanup
