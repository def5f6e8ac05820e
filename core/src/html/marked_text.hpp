// A text with spans of it wrapped in elements (highlights), for the HTML views. Spans may nest and may
// cross: a span that crosses another is split into pieces that nest properly, each piece a separate
// element, so that the page is well-formed and every byte of a span is inside one of its pieces.
#ifndef TEXTCHAIN_HTML_MARKED_TEXT_HPP
#define TEXTCHAIN_HTML_MARKED_TEXT_HPP

#include <string>
#include <string_view>
#include <vector>

namespace textchain::html {

struct MarkedSpan {
  size_t begin = 0, end = 0;  // byte offsets into the text; a span out of bounds or reversed is left out
  std::string open;           // start tag of the first piece, e.g. <mark class="a" id="x">, already escaped
  std::string reopen;         // start tag of every later piece (no id: ids are unique)
  std::string_view close;     // end tag, e.g. </mark>
  std::string after;          // markup written right after the last piece (a label), may be empty
};

// Appends `text` escaped (html_escape.hpp), with the spans wrapped. Offsets inside a UTF-8 character move
// to its end. Returns how many spans were left out (out of bounds or reversed).
size_t append_marked_text(std::string& out, std::string_view text, const std::vector<MarkedSpan>& spans);

}  // namespace textchain::html

#endif
