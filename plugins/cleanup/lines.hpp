// Lines as the line-level rules see them: where a line starts and ends, and its content without the
// white space (NBSP and zero-width characters included) around it. Iterated in place, no allocation.
#ifndef TEXTCHAIN_CLEANUP_LINES_HPP
#define TEXTCHAIN_CLEANUP_LINES_HPP

#include <cstring>
#include <string_view>

namespace textchain::cleanup {

struct Line {
  size_t begin = 0;          // first byte of the line
  size_t end = 0;            // before its terminator ("\n" or "\r\n")
  size_t next = 0;           // after its terminator: where the next line starts
  size_t content_begin = 0;  // [content_begin, content_end): the line without surrounding white space
  size_t content_end = 0;
  bool crlf = false;
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

// The line starting at `begin` (begin < t.size()).
inline Line line_at(std::string_view t, size_t begin) noexcept {
  Line l;
  l.begin = begin;
  const void* nl = std::memchr(t.data() + begin, '\n', t.size() - begin);
  const size_t brk = nl ? static_cast<size_t>(static_cast<const char*>(nl) - t.data()) : t.size();
  l.next = nl ? brk + 1 : brk;
  l.end = brk;
  if (nl && brk > begin && t[brk - 1] == '\r') {
    l.end = brk - 1;
    l.crlf = true;
  }
  size_t b = begin;
  for (size_t w; b < l.end && (w = edge_space_width(t, b)) != 0;) b += w;
  size_t e = l.end;
  while (e > b) {
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
  return l;
}

}  // namespace textchain::cleanup

#endif
