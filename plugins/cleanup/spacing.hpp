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

// find_spacing with the candidate filter of processors without AVX2 (16 bytes a step), whatever this one
// has: find_spacing picks the 32-byte one where AVX2 is there; tests compare both with the plain scan.
void find_spacing_sse2(std::string_view text, const SpacingRules& rules, Edits& out);

// find_spacing without its candidate filter: the scan stops at every space, tab, period, comma and lead
// byte of a multi-byte space, not only where the filter says a repair may start. The same edits, slower;
// tests compare the two.
void find_spacing_every_position(std::string_view text, const SpacingRules& rules, Edits& out);

// Part of `spacing`: white space just inside straight double quotes (`" A new page "`, `panic ",`), on
// lines where the quotes pair up unambiguously: an even number of them, every opening one after the
// line's start, a space or a bracket, every closing one before the line's end, a space or punctuation.
// Appends edits, sorted.
void find_quote_spacing(std::string_view text, Edits& out);

// Part of `spacing`: " :" after a short introductory phrase at a sentence start, inside a line
// ("Earlier : NBC reported", "According to the ministry : the talks") becomes a comma, the punctuation
// such a phrase takes. Appends edits, sorted.
void find_introductory_colon(std::string_view text, Edits& out);

}  // namespace textchain::cleanup

#endif
