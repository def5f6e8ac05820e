// Per thread, the buffers of the last small document a chain ran over (its tokens, its sentences, its
// annotation store), handed emptied to the next document the thread runs. A worker running a million tweets
// otherwise allocated and freed each of them per tweet (issue 19: allocation was about a sixth of the
// instructions of `run --jsonl` on tweets). A large document's buffers are freed after it, as before: they
// would hold its memory for the rest of the run, and the tokens are dropped before its record is written.
#ifndef TEXTCHAIN_CHAIN_DOCUMENT_BUFFERS_HPP
#define TEXTCHAIN_CHAIN_DOCUMENT_BUFFERS_HPP

#include "document/annotation_store.hpp"

#include <textchain/abi.h>

#include <cstddef>
#include <vector>

namespace textchain::chain {

// Buffers holding more than this are freed, not kept (a news article's tokens take some 30 KB).
inline constexpr size_t kKeptBufferBytes = 256 * 1024;

// Each takes this thread's spare buffer (empty, with the room of an earlier document), or an empty one.
std::vector<tc_token> spare_tokens();
std::vector<tc_sentence> spare_sentences();
// The store is moved into `into` (an empty store): a store is moved in one step, not through a temporary.
void take_spare_annotations(document::AnnotationStore& into);

// Each hands a buffer back when done: kept for this thread's next document, emptied, when it holds at most
// kKeptBufferBytes and more room than the spare kept now; else freed here.
void keep_tokens(std::vector<tc_token>&& tokens);
void keep_sentences(std::vector<tc_sentence>&& sentences);
void keep_annotations(document::AnnotationStore&& store);

}  // namespace textchain::chain

#endif
