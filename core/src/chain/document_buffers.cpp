#include "chain/document_buffers.hpp"

#include <utility>

namespace textchain::chain {

namespace {
struct Spares {
  tc_doc doc{nullptr};
  bool doc_taken = false;
  document::AnnotationStore annotations;
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
