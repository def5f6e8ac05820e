// Per thread, the buffers of the last small document a chain ran over (its document state with its tokens
// and sentences, its annotation store), handed emptied to the next document the thread runs. A worker running a million tweets
// otherwise allocated and freed each of them per tweet (issue 19: allocation was about a sixth of the
// instructions of `run --jsonl` on tweets). A large document's buffers are freed after it, as before: they
// would hold its memory for the rest of the run, and the tokens are dropped before its record is written.
#ifndef TEXTCHAIN_CHAIN_DOCUMENT_BUFFERS_HPP
#define TEXTCHAIN_CHAIN_DOCUMENT_BUFFERS_HPP

#include "document/annotation_store.hpp"
#include "document/doc_state.hpp"

#include <textchain/abi.h>

#include <cstddef>
#include <memory>
#include <vector>

namespace textchain::chain {

// Buffers holding more than this are freed, not kept (a news article's tokens take some 30 KB).
inline constexpr size_t kKeptBufferBytes = 256 * 1024;

// This thread's document state (as a new tc_doc, with the room of an earlier document's tokens,
// sentences and views), or null while it is taken (a chain run from inside a step) or after the thread's
// spares are gone: the caller then makes its own. Given back with keep_doc().
tc_doc* take_doc();
// `doc` (from take_doc()) reset for the next document: its buffers over kKeptBufferBytes are freed.
void keep_doc(tc_doc* doc);
// This thread's document states for a batch of `count` documents run step-major (each as a new tc_doc), or
// null while they are taken (a batch run from inside a step) or after the thread's spares are gone. Given
// back with keep_docs(count).
tc_doc* const* take_docs(size_t count);
// The states take_docs(count) handed out, reset for the next batch. Together they keep at most about
// kKeptBufferBytes per buffer kind, as one document's state does (at least kKeptBatchDocBytes each).
void keep_docs(size_t count);
inline constexpr size_t kKeptBatchDocBytes = 16 * 1024;
// The store is moved into `into` (an empty store): a store is moved in one step, not through a temporary.
void take_spare_annotations(document::AnnotationStore& into);

// Each hands a buffer back when done: kept for this thread's next document, emptied, when it holds at most
// kKeptBufferBytes and more room than the spare kept now; else freed here.
void keep_annotations(document::AnnotationStore&& store);

}  // namespace textchain::chain

#endif
