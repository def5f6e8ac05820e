#include "chain/document_buffers.hpp"

#include <algorithm>
#include <utility>

namespace textchain::chain {

namespace {
struct Spares {
  tc_doc doc{nullptr};
  bool doc_taken = false;
  document::AnnotationStore annotations;
  std::vector<std::unique_ptr<tc_doc>> batch_docs;  // take_docs()
  std::vector<tc_doc*> batch_view;
  bool batch_taken = false;
  ~Spares();
};

// Set once this thread's spares are destroyed (at its exit): a buffer handed back later, by an object
// destroyed after them, is freed, not kept. A plain bool has no destructor: it stays readable until then.
thread_local bool t_spares_gone = false;
Spares::~Spares() { t_spares_gone = true; }

Spares* spares() {
  thread_local Spares s;
  return t_spares_gone ? nullptr : &s;
}

}  // namespace

tc_doc* take_doc() {
  Spares* s = spares();
  if (!s || s->doc_taken) return nullptr;
  s->doc_taken = true;
  return &s->doc;
}

void keep_doc(tc_doc* doc) {
  doc->reset(kKeptBufferBytes);
  doc->annotations = nullptr;
  if (Spares* s = spares()) s->doc_taken = false;
}

tc_doc* const* take_docs(size_t count) {
  Spares* s = spares();
  if (!s || s->batch_taken) return nullptr;
  while (s->batch_docs.size() < count) {
    s->batch_docs.push_back(std::make_unique<tc_doc>(nullptr));
    s->batch_view.push_back(s->batch_docs.back().get());
  }
  s->batch_taken = true;
  return s->batch_view.data();
}

void keep_docs(size_t count) {
  Spares* s = spares();
  if (!s) return;
  const size_t kept = std::max(kKeptBufferBytes / (count ? count : 1), kKeptBatchDocBytes);
  for (size_t k = 0; k < count && k < s->batch_docs.size(); ++k) {
    s->batch_docs[k]->reset(kept);
    s->batch_docs[k]->annotations = nullptr;
  }
  s->batch_taken = false;
}

void take_spare_annotations(document::AnnotationStore& into) {
  if (Spares* s = spares()) into = std::move(s->annotations);
}

void keep_annotations(document::AnnotationStore&& store) {
  Spares* s = spares();
  const size_t bytes = store.capacity_bytes();
  if (!s || bytes > kKeptBufferBytes || bytes <= s->annotations.capacity_bytes()) return;
  store.clear_keeping_names();  // its names too: the next document mostly uses the same
  s->annotations = std::move(store);
}

}  // namespace textchain::chain
