// The `spacing` and `punctuation` rules: one byte scan over the text.
//   spacing:     space before , . ; : ! ? and before a closing quote; doubled spaces inside a line;
//                zero-width spaces and byte-order marks; trailing white space (NBSP included).
//   punctuation: a doubled period or comma ("positions.." -> "positions."); real ellipses stay.
#ifndef TEXTCHAIN_CLEANUP_SPACING_HPP
#define TEXTCHAIN_CLEANUP_SPACING_HPP

#include <string_view>

#include "edit.hpp"

namespace textchain::cleanup {

struct SpacingRules {
  bool spacing = true;
  bool punctuation = true;
};

// Appends edits, sorted, to `out` (which must hold no edits after the text's start).
void find_spacing(std::string_view text, const SpacingRules& rules, Edits& out);

}  // namespace textchain::cleanup

#endif
