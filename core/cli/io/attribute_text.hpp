// An annotation attribute's value as text, for the outputs that show values rather than JSON (the HTML
// views, brat's attribute lines): strings as they are, lists joined with ", ", booleans true/false, null
// as "null", numbers in their shortest exact form.
#ifndef TEXTCHAIN_DOCUMENT_ATTRIBUTE_TEXT_HPP
#define TEXTCHAIN_DOCUMENT_ATTRIBUTE_TEXT_HPP

#include <textchain/host.hpp>

#include <string>

namespace textchain::document {

std::string attribute_text(const AttributeValue& v);

}  // namespace textchain::document

#endif
