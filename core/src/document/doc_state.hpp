// The host's side of one document while a chain runs over it: the definition of the opaque `tc_doc`.
//
// Annotations are stored in ORIGINAL coordinates as soon as they are added (mapped back through every
// rewrite so far); a later step reads them mapped forward into the text it sees. Tokens and sentences are
// computed lazily once per text version.
#ifndef TEXTCHAIN_DOCUMENT_DOC_STATE_HPP
#define TEXTCHAIN_DOCUMENT_DOC_STATE_HPP

#include <textchain/abi.h>
#include <textchain/host.hpp>

#include "document/annotation_store.hpp"
#include "document/offset_map.hpp"
#include "document/view_timer.hpp"
#include "text/compact_tokens.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct tc_doc {
  // Input.
  std::string input;        // the bytes as given
  // The id is the runner's input's (a view: valid while the document runs; a copy cost one per document);
  // the date is the document's own, which a step's set_meta may fill.
  std::string_view id;
  std::string date;
  std::vector<std::pair<std::string, std::string>> meta;  // set by steps

  // Rewritten versions: texts[k] was made from texts[k-1] (texts[0] from `input`), maps[k] maps it back.
  // The host's own UTF-8 repair, when needed, is the first rewrite. Only the last version is kept; the
  // earlier ones are emptied once the next exists.
  std::vector<std::string> texts;
  std::vector<textchain::document::OffsetMap> maps;

  // Per-version caches. `tokens` (12 bytes a token, white space included) is made only when a step reads it
  // through the 1.0/1.1 entry (or the sentences need it); `compact` (ABI 1.2, 8 bytes, no white space) is
  // tokenized directly, or derived from `tokens` when that exists.
  bool tokens_valid = false, sentences_valid = false, compact_valid = false;
  std::vector<tc_token> tokens;
  textchain::text::CompactTokens compact;
  // Set by the chain when one of its steps reads `tokens` (TC_READS_TOKENS): the compact form is then
  // derived from the full array rather than scanned on its own.
  bool full_tokens_first = false;
  std::vector<tc_sentence> sentences;
  // Set by the chain for `textchain bench` only: the views built during the current step are timed here
  // (document/view_timer.hpp); null, no clock is read.
  textchain::document::ViewTime* view_time = nullptr;

  // Annotations, in original coordinates, go to the store the document was made with (the chain runner's
  // result: the store is not moved from the document to it at the end, which a tweet felt), else to the
  // document's own.
  // A document kept by a thread from one run to the next (chain/document_buffers.hpp) is pointed at each
  // run's store: a pointer, not a reference.
  tc_doc() : annotations(&own_annotations_.emplace()) {}
  explicit tc_doc(textchain::document::AnnotationStore* store) : annotations(store) {}
  tc_doc(const tc_doc&) = delete;
  tc_doc& operator=(const tc_doc&) = delete;
  std::optional<textchain::document::AnnotationStore> own_annotations_;  // before `annotations`: made first
  textchain::document::AnnotationStore* annotations;
  // The views of annotations handed to the step being run (they stay valid until it returns), built on
  // demand in the text version `views_version`. `views[i]` is annotation i's view in `view_arrays` (which
  // holds the views and their attribute and link arrays), or null before it is read: a step reading
  // every annotation of a large document costs no allocation per annotation. Sized when first read.
  std::vector<const tc_annotation_view*> views;
  textchain::document::ByteArena view_arrays;
  size_t views_version = SIZE_MAX;
  std::vector<textchain::AppliedEdit> edits;
  std::vector<textchain::Diagnostic> diagnostics;

  // The step being run.
  // The step's name, owned by the chain (a view: set per step and document, a copy cost an assignment
  // each time).
  std::string_view step_plugin;
  // step_plugin in annotations.names(), interned when the step adds its first annotation (most steps add
  // none to most documents); kNoName until then.
  static constexpr uint32_t kNoName = UINT32_MAX;
  uint32_t step_plugin_name = kNoName;
  struct PendingEdit {
    size_t begin, end;
    std::string replacement, rule;
  };
  std::vector<PendingEdit> pending;
  bool step_reported_error = false;
  size_t host_failures = 0;  // host functions that failed without room for a diagnostic (out of memory)
  bool record_edits = false;  // the step's `explain` setting: list its edits in the result

  std::string_view current() const noexcept { return texts.empty() ? std::string_view(input) : texts.back(); }
  size_t version() const noexcept { return texts.size(); }
  // Replaces the current text by applying `edits` (sorted, non-overlapping); invalidates caches.
  void rewrite(const std::vector<textchain::document::TextEdit>& edits);

  // Current text offsets -> input offsets, and back.
  size_t to_input_begin(size_t pos) const noexcept;
  size_t to_input_end(size_t pos) const noexcept;
  size_t to_current_begin(size_t pos) const noexcept;
  size_t to_current_end(size_t pos) const noexcept;

  void error(std::string plugin, std::string message);
  void warning(std::string plugin, std::string message);

  // Forgets the views of the step that ran (called before each step).
  void drop_views();

  // The tokens and sentences invalid (no step reads them any more); their buffers emptied, freed when they hold
  // more than `kept_bytes`.
  void drop_tokens(size_t kept_bytes);

  // Everything of the document before, gone, as in a new tc_doc (the store aside: set by the caller); the
  // room of small buffers stays for the next document (a thread keeps one tc_doc: building and tearing
  // one down cost some 300 instructions per tweet). Buffers larger than `kept_bytes` are freed.
  void reset(size_t kept_bytes);

  // Applies the pending edits of the step that just ran; on a bad set of edits, records an error for the
  // step's plugin and applies none of them.
  void apply_pending_edits();
};

namespace textchain::document {
// The host function table, shared by every document.
const tc_host_api* host_api() noexcept;
}  // namespace textchain::document

#endif
