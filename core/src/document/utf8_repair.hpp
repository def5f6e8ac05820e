// Finds invalid UTF-8 and proposes U+FFFD in place of each maximal invalid subpart (the Unicode
// "substitution of maximal subparts" practice), as edits, so that offsets into the repaired text map back
// to the bytes as given.
#ifndef TEXTCHAIN_DOCUMENT_UTF8_REPAIR_HPP
#define TEXTCHAIN_DOCUMENT_UTF8_REPAIR_HPP

#include "document/offset_map.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace textchain::document {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when the bytes there are not one; `bad`
// receives the length of the maximal invalid subpart (>= 1) in that case.
size_t utf8_sequence_length(std::string_view s, size_t i, size_t* bad = nullptr) noexcept;

// Appends to `edits` one replacement per invalid subpart; returns how many bytes were invalid.
size_t find_invalid_utf8(std::string_view text, std::vector<TextEdit>& edits);

bool is_valid_utf8(std::string_view text) noexcept;

// `text` with every invalid subpart replaced by U+FFFD (for writing JSON of arbitrary input).
std::string to_valid_utf8(std::string_view text);

}  // namespace textchain::document

#endif
