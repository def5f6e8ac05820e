// The one check of a document date: YYYY-MM-DD naming a real calendar day.
#ifndef TEXTCHAIN_DOCUMENT_ISO_DATE_HPP
#define TEXTCHAIN_DOCUMENT_ISO_DATE_HPP

#include <string_view>

namespace textchain::document {

bool is_iso_date(std::string_view s) noexcept;

}  // namespace textchain::document

#endif
