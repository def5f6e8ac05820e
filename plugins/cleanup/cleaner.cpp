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

// Per thread, so that their room outlives a call: the lines, found once per round for both line-level
// rules (clean text costs no allocation), and the rules' proposals (a text with edits does not grow a new
// list, an allocation per doubling, at every round).
struct Scratch {
  LineIndex lines;
  Edits found;
};

// This thread's scratch, found by a call: in a shared library every use of a thread_local is a call
// (__tls_get_addr), which the compiler takes for a cheap address computation and made again at uses of
// the variable rather than keep the address (by callgrind, five calls a round for the line index alone,
// nineteen with the proposals' list beside it; through this function, two).
[[gnu::noinline]] Scratch& thread_scratch() {
  thread_local Scratch scratch;
  return scratch;
}

// One round of every enabled rule on `text`.
Edits one_round(std::string_view text, const CleanupOptions& o) {
  const BoilerplatePatterns& patterns = o.patterns ? *o.patterns : BoilerplatePatterns::builtin();
  Edits accepted;
  const bool line_rules = o.join_broken_lines || o.stray_colon || o.inline_bullet || o.spacing;
  Scratch& scratch = thread_scratch();
  LineIndex& lines = scratch.lines;
  Edits& found = scratch.found;
  // Not past kKeptBytes, so that one huge document does not leave its room held by the thread for good.
  constexpr size_t kKeptBytes = size_t{1} << 20;  // some 20000 lines, or 16000 edits
  struct ReleaseLarge {
    Scratch& scratch;
    ~ReleaseLarge() {
      if (scratch.lines.capacity_bytes() > kKeptBytes) scratch.lines.release();
      if (scratch.found.capacity() * sizeof(Edit) > kKeptBytes) Edits().swap(scratch.found);
      scratch.found.clear();  // (after an exception: no proposal of this text is left for the next)
    }
  } release_large{scratch};
  const auto take = [&] {
    if (found.empty()) return;  // the common case: no call
    merge_edits(accepted, std::move(found));
    found.clear();
  };
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
