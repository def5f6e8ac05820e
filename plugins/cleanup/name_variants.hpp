// The `name-variants` rule: one person's surname spelt two ways in one document, as machine
// translation does ("Jake Salevan" … "Jake Sullivan" … "Sullivan said"). Two capitalized surnames are
// variants when both follow the same first name and have the same consonant skeleton (vowels dropped,
// doubled letters merged: Salevan, Sullivan -> slvn); the rarer one becomes the more frequent one.
// Off by default: two people who share a first name and a near-homophone surname would be merged.
#ifndef TEXTCHAIN_CLEANUP_NAME_VARIANTS_HPP
#define TEXTCHAIN_CLEANUP_NAME_VARIANTS_HPP

#include <string_view>

#include "edit.hpp"

namespace textchain::cleanup {

void find_name_variants(std::string_view text, Edits& out);

}  // namespace textchain::cleanup

#endif
