// A text with spans of it wrapped in elements (highlights), for the HTML views. Spans may nest and may
// cross: a span that crosses another is split into pieces that nest properly, each piece a separate
// element, so that the page is well-formed and every byte of a span is inside one of its pieces.
#ifndef TEXTCHAIN_HTML_MARKED_TEXT_HPP
#define TEXTCHAIN_HTML_MARKED_TEXT_HPP

#include <string>
#include <string_view>
#include <vector>

namespace textchain::html {

// A span's markup lies in one string of tags (so that a document's thousands of spans need no allocation
// each): its first piece's start tag is tags[open, after), later pieces' tags[open, id_begin) followed by
// tags[id_end, after) (the id left out: ids are unique), and its label tags[after, after_end) is written
// right after its last piece.
struct MarkedSpan {
  size_t begin = 0, end = 0;  // byte offsets into the text; a span out of bounds or reversed is left out
  size_t open = 0, id_begin = 0, id_end = 0, after = 0, after_end = 0;
  std::string_view close;     // end tag, e.g. </mark>
};

// Appends `text` escaped (html_escape.hpp), with the spans wrapped. Offsets inside a UTF-8 character move
// to its end. Returns how many spans were left out (out of bounds or reversed).
size_t append_marked_text(std::string& out, std::string_view text, const std::vector<MarkedSpan>& spans,
                          std::string_view tags);

}  // namespace textchain::html

#endif
