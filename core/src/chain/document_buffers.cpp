#include "chain/document_buffers.hpp"

#include <utility>

namespace textchain::chain {

namespace {
struct Spares {
  std::vector<tc_token> tokens;
  std::vector<tc_sentence> sentences;
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

template <class T>
void keep(std::vector<T>&& v, std::vector<T> Spares::*slot) {
  Spares* s = spares();
  if (!s || v.capacity() * sizeof(T) > kKeptBufferBytes || v.capacity() <= (s->*slot).capacity()) return;
  v.clear();
  s->*slot = std::move(v);
}

template <class T>
std::vector<T> take(std::vector<T> Spares::*slot) {
  Spares* s = spares();
  return s ? std::exchange(s->*slot, {}) : std::vector<T>();
}
}  // namespace

std::vector<tc_token> spare_tokens() { return take(&Spares::tokens); }
std::vector<tc_sentence> spare_sentences() { return take(&Spares::sentences); }

void take_spare_annotations(document::AnnotationStore& into) {
  if (Spares* s = spares()) into = std::move(s->annotations);
}

void keep_tokens(std::vector<tc_token>&& tokens) { keep(std::move(tokens), &Spares::tokens); }
void keep_sentences(std::vector<tc_sentence>&& sentences) { keep(std::move(sentences), &Spares::sentences); }

void keep_annotations(document::AnnotationStore&& store) {
  Spares* s = spares();
  const size_t bytes = store.capacity_bytes();
  if (!s || bytes > kKeptBufferBytes || bytes <= s->annotations.capacity_bytes()) return;
  store.clear();
  s->annotations = std::move(store);
}

}  // namespace textchain::chain
