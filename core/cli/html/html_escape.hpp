// Escaping text into HTML: the security boundary of the HTML views. Everything a document, a plugin or a
// gold file supplies (text, ids, type names, attribute values, messages) reaches a page only through
// these functions, so that no input can open an element, an attribute or a script.
#ifndef TEXTCHAIN_HTML_HTML_ESCAPE_HPP
#define TEXTCHAIN_HTML_HTML_ESCAPE_HPP

#include <string>
#include <string_view>

namespace textchain::html {

// Appends `s` as HTML text that is also safe inside a double- or single-quoted attribute value: & < > " '
// become character references, every invalid UTF-8 subpart and every NUL becomes U+FFFD (a browser would
// otherwise guess an encoding or drop the byte), and everything else is copied as is.
void append_escaped(std::string& out, std::string_view s);

// The same, returned.
std::string escaped(std::string_view s);

}  // namespace textchain::html

#endif
