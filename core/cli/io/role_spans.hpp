// Spans an annotation points at through its attributes: a pair of integer attributes `<role>_begin` and
// `<role>_end` names a span of the original text that plays <role> for the annotation (the quotes plugin's
// speaker mention: `speaker_begin`/`speaker_end`, with the speaker's fullest name in `speaker`). The HTML
// view links such spans to their annotation and the brat writer makes them relations.
#ifndef TEXTCHAIN_DOCUMENT_ROLE_SPANS_HPP
#define TEXTCHAIN_DOCUMENT_ROLE_SPANS_HPP

#include <textchain/host.hpp>

#include <string_view>
#include <vector>

namespace textchain::document {

struct RoleSpan {
  std::string_view role;  // borrowed from the annotation's attribute key
  size_t begin = 0, end = 0;
};

// The role spans of `a`, in the order of their `_begin` attributes; pairs that are null, negative,
// reversed or past `text_size` are left out.
std::vector<RoleSpan> role_spans(const Annotation& a, size_t text_size);

// Whether `key` is one half of a role span pair of `a` (so that writers need not show it again).
bool is_role_span_key(const Annotation& a, std::string_view key, size_t text_size);

}  // namespace textchain::document

#endif
