// The line-level rules, decided at each break between two non-blank lines A and B:
//   join-broken-lines: B continues A's sentence (lowercase start after a line that does not end one,
//                      or A ends with a word no sentence ends with); the break and blank lines -> " ".
//   stray-colon:       A ends with " :" where the sentence goes on ("said :" / "in remarks…"): the colon
//                      goes (or becomes a comma after an introductory phrase); before a quotation or a
//                      list the colon stays and only the space before it goes.
//   inline-bullet:     B starts with a bullet (•, ·, -, …) but continues A's sentence: joined, bullet gone.
//   spacing:           more than one blank line between paragraphs becomes one.
// Headings and paragraphs stay apart: a line that starts with a capital after a complete line is a
// new paragraph.
#ifndef TEXTCHAIN_CLEANUP_LINE_JOINER_HPP
#define TEXTCHAIN_CLEANUP_LINE_JOINER_HPP

#include <string_view>

#include "edit.hpp"

namespace textchain::cleanup {

class LineIndex;

struct LineRules {
  bool join_broken_lines = true;
  bool stray_colon = true;
  bool inline_bullet = true;
  bool blank_lines = true;  // part of `spacing`
  // Lines the index marks as boilerplate are left alone (the boilerplate rule deletes them).
  bool boilerplate = false;
};

// True for a lowercased word that opens an introductory phrase a comma closes ("earlier", "according",
// "unlike"): shared with the spacing rule, which turns "Earlier : NBC" into "Earlier, NBC".
bool introductory_opener(std::string_view lowercase_word);

// Appends, sorted, the edits of the line-level rules. `lines`: the lines of `text` (LineIndex::split).
void find_line_edits(std::string_view text, const LineIndex& lines, const LineRules& rules, Edits& out);

// The same, looking for an abbreviation before A's final period at every break, where find_line_edits
// looks only before a lowercase line, and deciding every break, where find_line_edits passes those after
// a plainly ended sentence: for the tests, which check the two agree.
void find_line_edits_every_abbreviation(std::string_view text, const LineIndex& lines, const LineRules& rules, Edits& out);

}  // namespace textchain::cleanup

#endif
