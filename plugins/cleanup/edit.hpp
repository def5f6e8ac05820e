// An edit a cleanup rule proposes: replace [begin, end) of the text it was given. Rules are pure
// functions from a string_view to a sorted list of these, so they are testable without the host.
#ifndef TEXTCHAIN_CLEANUP_EDIT_HPP
#define TEXTCHAIN_CLEANUP_EDIT_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace textchain::cleanup {

struct Edit {
  size_t begin = 0;
  size_t end = 0;
  std::string replacement;
  std::string_view rule;  // always a string literal: the rule names below

  friend bool operator==(const Edit&, const Edit&) = default;
};

using Edits = std::vector<Edit>;

namespace rule {
inline constexpr std::string_view join_broken_lines = "join-broken-lines";
inline constexpr std::string_view stray_colon = "stray-colon";
inline constexpr std::string_view inline_bullet = "inline-bullet";
inline constexpr std::string_view spacing = "spacing";
inline constexpr std::string_view punctuation = "punctuation";
inline constexpr std::string_view boilerplate = "boilerplate";
inline constexpr std::string_view mojibake = "mojibake";
inline constexpr std::string_view name_variants = "name-variants";
inline constexpr std::string_view html_entities = "html-entities";
}  // namespace rule

// Adds `candidates` to `accepted` (both sorted by begin, `accepted` non-overlapping), dropping every
// candidate that overlaps an accepted edit: rules are merged in priority order, the first one wins. The
// candidates are moved from, their list's room left to it (valid but unspecified: the caller clears them).
void merge_edits(Edits& accepted, Edits&& candidates);

// The text with `edits` (sorted, non-overlapping) applied: what the host does, for tests and benches.
std::string apply_edits(std::string_view text, const Edits& edits);

// Composes two rounds of edits: `first` turned `original` into `between`, `second` is proposed on
// `between`. Returns one sorted, non-overlapping list on `original` with the same result. Edits of the
// two rounds that touch are fused into one (named after the second round's rule).
Edits compose_edits(const Edits& first, std::string_view between, const Edits& second);

}  // namespace textchain::cleanup

#endif
