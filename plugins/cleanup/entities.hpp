// The `html_entities` rule: character references that scraping left undecoded ("&amp;", "&quot;",
// "&#39;", "&#x2019;", "&nbsp;"). Named references (a common HTML5 subset) and numeric ones are decoded
// when they end with ';'; "AT&T" and "R&D" are text, not references. A doubly escaped reference
// ("&amp;quot;") is decoded all the way in one edit, so cleaning the output again is a no-op.
// "&nbsp;" becomes U+00A0, which the spacing rule then treats like any other no-break space.
#ifndef TEXTCHAIN_CLEANUP_ENTITIES_HPP
#define TEXTCHAIN_CLEANUP_ENTITIES_HPP

#include <string_view>

#include "edit.hpp"

namespace textchain::cleanup {

// Appends, sorted, one edit per reference (or chain of escaped references).
void find_entities(std::string_view text, Edits& out);

}  // namespace textchain::cleanup

#endif
