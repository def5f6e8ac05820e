// Lines as the line-level rules see them: where a line starts and ends, and its content without the
// white space (NBSP and zero-width characters included) around it. Iterated in place, no allocation.
#ifndef TEXTCHAIN_CLEANUP_LINES_HPP
#define TEXTCHAIN_CLEANUP_LINES_HPP

#include <string_view>

#include "avx2.hpp"

namespace textchain::cleanup {

struct Line {
  size_t begin = 0;          // first byte of the line
  size_t end = 0;            // before its terminator ("\n" or "\r\n")
  size_t next = 0;           // after its terminator: where the next line starts
  size_t content_begin = 0;  // [content_begin, content_end): the line without surrounding white space
  size_t content_end = 0;
  bool crlf = false;
  bool boilerplate = false;  // the content is a boilerplate line (set by LineIndex, when given patterns)
  bool blank() const noexcept { return content_begin == content_end; }
};

// Width of a white-space character that may surround a line's content, 0 when `p` holds none.
inline size_t edge_space_width(std::string_view t, size_t p) noexcept {
  const auto c = static_cast<unsigned char>(t[p]);
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && p + 1 < t.size() && static_cast<unsigned char>(t[p + 1]) == 0xA0) return 2;
  if (c == 0xE2 && p + 2 < t.size() && static_cast<unsigned char>(t[p + 1]) == 0x80 &&
      static_cast<unsigned char>(t[p + 2]) == 0x8B)
    return 3;
  if (c == 0xEF && p + 2 < t.size() && static_cast<unsigned char>(t[p + 1]) == 0xBB &&
      static_cast<unsigned char>(t[p + 2]) == 0xBF)
    return 3;
  return 0;
}

// The first '\n' at or after `from`, t.size() when none. Inline: news lines are paragraphs of a few hundred
// bytes, and a memchr call per line (with its set-up for alignment) cost the line rules more than the scan
// itself (measured: 20% of cleanup's time on clean news went to memchr). 64 bytes a step with one mask
// test; the last 63 bytes or fewer 16 bytes a step.
inline size_t next_newline(std::string_view t, size_t from) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(t.data());
  const size_t n = t.size();
  size_t p = from;
#if defined(__SSE2__)
  const __m128i nl = _mm_set1_epi8('\n');
  const auto newlines = [&](size_t at) {
    return _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + at)), nl);
  };
  for (; p + 64 <= n; p += 64) {
    const __m128i a = newlines(p), b = newlines(p + 16), c = newlines(p + 32), d = newlines(p + 48);
    if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d))) != 0) {
      // The block's newline from the four compares at hand, where 16-byte steps loaded it all again.
      const auto bits = [](__m128i v) { return static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(v))); };
      return p + static_cast<size_t>(__builtin_ctzll(bits(a) | bits(b) << 16 | bits(c) << 32 | bits(d) << 48));
    }
  }
  for (; p + 16 <= n; p += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + p));
    const auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, nl)));
    if (mask != 0) return p + static_cast<size_t>(__builtin_ctz(mask));
  }
#endif
  while (p < n && s[p] != '\n') ++p;
  return p;
}

#if defined(TEXTCHAIN_CLEANUP_AVX2)
// next_newline with 32-byte compares, for processors with AVX2 (LineIndex::split picks it at run time: the
// build targets plain x86-64): half the instructions of the 16-byte steps per 64 bytes, where the newline
// search was some two fifths of the line index's cost on news paragraphs of a few hundred bytes.
__attribute__((target("avx2"))) inline size_t next_newline_avx2(std::string_view t, size_t from) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(t.data());
  const size_t n = t.size();
  size_t p = from;
  const __m256i nl = _mm256_set1_epi8('\n');
  for (; p + 64 <= n; p += 64) {
    const __m256i a = _mm256_cmpeq_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + p)), nl);
    const __m256i b = _mm256_cmpeq_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + p + 32)), nl);
    if (const auto any = static_cast<unsigned>(_mm256_movemask_epi8(_mm256_or_si256(a, b))); any != 0) {
      const auto low = static_cast<unsigned>(_mm256_movemask_epi8(a));
      return p + (low != 0 ? static_cast<size_t>(__builtin_ctz(low))
                           : 32 + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(_mm256_movemask_epi8(b)))));
    }
  }
  for (; p + 16 <= n; p += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + p));
    const auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))));
    if (mask != 0) return p + static_cast<size_t>(__builtin_ctz(mask));
  }
  while (p < n && s[p] != '\n') ++p;
  return p;
}
#endif

// Fills `l` (a default Line) with the line starting at `begin` (begin < t.size()), its end found by
// `find_newline` (next_newline or next_newline_avx2). In place: LineIndex writes each line straight into
// its vector, where a Line built on the stack and copied in was read back with wide loads over the narrow
// stores just made (a stalled store forwarding, half the index's time).
template <size_t (*find_newline)(std::string_view, size_t) noexcept>
[[gnu::always_inline]] inline void read_line_by(std::string_view t, size_t begin, Line& l) noexcept {
  l.begin = begin;
  if (t[begin] == '\n') {
    // An empty line (half the lines of news: the blank line between paragraphs): what the steps below
    // find for it, without the newline search's set-up.
    l.end = l.content_begin = l.content_end = begin;
    l.next = begin + 1;
    return;
  }
  const size_t brk = find_newline(t, begin);
  const bool nl = brk < t.size();
  l.next = nl ? brk + 1 : brk;
  l.end = brk;
  if (nl && brk > begin && t[brk - 1] == '\r') {
    l.end = brk - 1;
    l.crlf = true;
  }
  // A printable ASCII byte (0x21 to 0x7E) is no white space nor the lead byte of one: most lines start and
  // end with one, and pass each edge with one test instead of edge_space_width's five.
  const auto printable = [&t](size_t p) { return static_cast<unsigned char>(t[p]) - 0x21u < 0x5Eu; };
  size_t b = begin;
  if (b < l.end && !printable(b))
    for (size_t w; b < l.end && (w = edge_space_width(t, b)) != 0;) b += w;
  size_t e = l.end;
  while (e > b && !printable(e - 1)) {
    // Trailing white space: step back over ASCII space or a multi-byte space ending at e.
    if (const auto c = static_cast<unsigned char>(t[e - 1]); c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      --e;
    } else if (e - b >= 2 && edge_space_width(t, e - 2) == 2) {
      e -= 2;
    } else if (e - b >= 3 && edge_space_width(t, e - 3) == 3) {
      e -= 3;
    } else {
      break;
    }
  }
  l.content_begin = b;
  l.content_end = e;
}

// read_line_by with the 16-byte newline search.
inline void read_line(std::string_view t, size_t begin, Line& l) noexcept { read_line_by<next_newline>(t, begin, l); }

// The line starting at `begin` (begin < t.size()).
inline Line line_at(std::string_view t, size_t begin) noexcept {
  Line l;
  read_line(t, begin, l);
  return l;
}

}  // namespace textchain::cleanup

#endif
