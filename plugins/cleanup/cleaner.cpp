#include "cleaner.hpp"

#include <utility>

#include "entities.hpp"
#include "line_index.hpp"
#include "line_joiner.hpp"
#include "mojibake.hpp"
#include "name_variants.hpp"
#include "spacing.hpp"

namespace textchain::cleanup {

namespace {

// One round of every enabled rule on `text`.
Edits one_round(std::string_view text, const CleanupOptions& o) {
  const BoilerplatePatterns& patterns = o.patterns ? *o.patterns : BoilerplatePatterns::builtin();
  Edits accepted, found;
  const auto take = [&] {
    if (found.empty()) return;  // the common case: no call
    merge_edits(accepted, std::move(found));
    found.clear();
  };
  const bool line_rules = o.join_broken_lines || o.stray_colon || o.inline_bullet || o.spacing;
  // The lines, found once for both line-level rules. Per thread, so that its capacity outlives the call
  // and clean text costs no allocation; but not past kKeptLineBytes, so that one huge document does not
  // leave its lines' room held by the thread for good.
  thread_local LineIndex thread_lines;
  // Found once: in a shared library every use of a thread_local is a call (__tls_get_addr).
  LineIndex& lines = thread_lines;
  constexpr size_t kKeptLineBytes = size_t{1} << 20;  // some 20000 lines
  struct ReleaseLarge {
    LineIndex& lines;
    ~ReleaseLarge() {
      if (lines.capacity_bytes() > kKeptLineBytes) lines.release();
    }
  } release_large{lines};
  if (o.boilerplate || line_rules) lines.split(text, o.boilerplate ? &patterns : nullptr);
  if (o.boilerplate) {
    find_boilerplate(text, lines, found);
    take();
  }
  if (o.html_entities) {
    find_entities(text, found);
    take();
  }
  if (o.mojibake) {
    find_mojibake(text, found);
    take();
  }
  if (line_rules) {
    LineRules rules;
    rules.join_broken_lines = o.join_broken_lines;
    rules.stray_colon = o.stray_colon;
    rules.inline_bullet = o.inline_bullet;
    rules.blank_lines = o.spacing;
    rules.boilerplate = o.boilerplate;
    find_line_edits(text, lines, rules, found);
    take();
  }
  if (o.spacing) {
    // Before the spacing scan, which would only remove the space before the colon.
    find_introductory_colon(text, found);
    take();
  }
  if (o.spacing || o.punctuation) {
    find_spacing(text, {o.spacing, o.punctuation}, found);
    take();
  }
  if (o.spacing) {
    find_quote_spacing(text, found);
    take();
  }
  if (o.name_variants) {
    find_name_variants(text, found);
    take();
  }
  return accepted;
}

}  // namespace

Edits propose_edits(std::string_view text, const CleanupOptions& o) {
  Edits edits = one_round(text, o);
  // A repair can expose another (a removed space brings a colon next to a line end; a restored letter
  // starts a line with lowercase). Rounds continue on the result until nothing changes, so cleaning the
  // output again is a no-op; each round's edits are composed onto the original text. The common case,
  // clean text, stops after the first round without allocating.
  constexpr int kMaxRounds = 4;
  std::string current;
  for (int round = 1; round < kMaxRounds && !edits.empty(); ++round) {
    current = apply_edits(text, edits);
    Edits more = one_round(current, o);
    if (more.empty()) break;
    edits = compose_edits(edits, current, more);
  }
  return edits;
}

}  // namespace textchain::cleanup
