// The cleanup engine without the host: which rules run, and the edits they propose for a text.
#ifndef TEXTCHAIN_CLEANUP_CLEANER_HPP
#define TEXTCHAIN_CLEANUP_CLEANER_HPP

#include <string_view>

#include "boilerplate.hpp"
#include "edit.hpp"

namespace textchain::cleanup {

struct CleanupOptions {
  bool join_broken_lines = true;
  bool stray_colon = true;
  bool inline_bullet = true;
  bool spacing = true;
  bool punctuation = true;
  bool boilerplate = true;
  bool mojibake = true;
  bool html_entities = true;
  bool name_variants = false;
  // Null: the built-in list.
  const BoilerplatePatterns* patterns = nullptr;
};

// Every edit the enabled rules propose, sorted by offset and non-overlapping. Where two rules touch the
// same bytes the more specific one wins: boilerplate, HTML entities, mojibake, line rules, punctuation and spacing,
// name variants. Allocates nothing when there is nothing to repair, once the thread's line index (kept
// from one call to the next) has grown to the documents' number of lines.
Edits propose_edits(std::string_view text, const CleanupOptions& options);

}  // namespace textchain::cleanup

#endif
