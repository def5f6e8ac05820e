// What the HTML views share: the page head (inline CSS, a Content-Security-Policy that allows no script
// and no fetch at all, so that a page is self-contained and inert), the colour of each annotation type,
// and small pieces of markup.
#ifndef TEXTCHAIN_HTML_PAGE_HPP
#define TEXTCHAIN_HTML_PAGE_HPP

#include <textchain/host.hpp>

#include <string>
#include <string_view>

namespace textchain::html {

// From <!DOCTYPE html> to the opening <main>, with a top bar holding `title` and `links_html` (markup).
std::string page_head(std::string_view title, std::string_view links_html);
// Closes <body> and <html>.
inline constexpr std::string_view kPageEnd = "</body>\n</html>\n";

// The colour class of an annotation type ("c0" … "c11"): fixed for date, quote and speaker, a hash of the
// name for any other type, so a type has the same colour on every page.
std::string_view colour_class(std::string_view type) noexcept;

// At most `max_bytes` of `s`, cut at a character boundary, with "…" when cut.
std::string_view excerpt(std::string_view s, size_t max_bytes, bool* cut = nullptr) noexcept;

}  // namespace textchain::html

#endif
