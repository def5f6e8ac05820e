// brat's standoff format (https://brat.nlplab.org/standoff.html), for `textchain run --format brat`: a
// document's annotations as a .ann file beside its .txt, offsets in characters (Unicode code points) of
// that text, so that brat and the tools that read its format open them.
//
// What each part of a record becomes:
// - an annotation: a text-bound annotation `T<n>\t<type> <begin> <end>\t<text>`; a span that crosses line
//   breaks is written as fragments (`<b1> <e1>;<b2> <e2>`), one per line it touches, as brat requires;
// - an attribute whose value is one token (no white space; numbers, booleans, most values): an attribute
//   line `A<n>\t<key> T<n> <value>`, a `true` boolean as a binary attribute `A<n>\t<key> T<n>`; any other
//   value (with spaces, empty, a list): a note `#<n>\tAnnotatorNotes T<n>\t<key>: <value>`, line breaks
//   in it written as spaces; null attributes are left out;
// - a role span (attributes `<role>_begin`/`<role>_end`, see io/role_spans.hpp, e.g. a quote's
//   speaker mention): a text-bound annotation of type <role> and a relation `R<n>\t<role> Arg1:T<quote>
//   Arg2:T<mention>` (the two offset attributes are not repeated);
// - a link between annotations: a relation `R<n>\t<role> Arg1:T<from> Arg2:T<to>`.
// Type, key and role names are written with every character brat does not allow in a name (anything but
// letters, digits, '_' and '-') as '_'.
#ifndef TEXTCHAIN_BRAT_STANDOFF_HPP
#define TEXTCHAIN_BRAT_STANDOFF_HPP

#include <textchain/host.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace textchain::brat {

// The .ann text for `result`. Its .txt is result.original_text with every invalid UTF-8 subpart replaced by
// U+FFFD (standoff_text): offsets count characters of that text, so an invalid subpart is one character.
std::string standoff(const Result& result);
std::string standoff_text(const Result& result);

// A parsed .ann file (what brat reads back), for checking what was written.
struct TextBound {
  std::string id, type;
  std::vector<std::pair<size_t, size_t>> fragments;  // character offsets
  std::string text;
};
struct AttributeLine {
  std::string id, name, target, value;  // value empty for a binary attribute
};
struct Relation {
  std::string id, type, arg1, arg2;
};
struct Note {
  std::string id, target, text;
};
struct Standoff {
  std::vector<TextBound> spans;
  std::vector<AttributeLine> attributes;
  std::vector<Relation> relations;
  std::vector<Note> notes;
};

// Parses .ann text. Throws std::runtime_error naming the line on anything this writer would not write.
Standoff parse_standoff(std::string_view ann);

}  // namespace textchain::brat

#endif
