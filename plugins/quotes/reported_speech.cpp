#include "reported_speech.hpp"

namespace textchain::quotes {

const QuoteSpan* short_quote_at(const DocTokens& d, size_t t, int max_words) {
  const long qi = d.quote_at(d.begin(t));
  if (qi < 0) return nullptr;
  const QuoteSpan& q = d.outer[static_cast<size_t>(qi)];
  if (!q.closed()) return nullptr;
  int words = 0;
  for (size_t k = q.open_token + 1; k < q.close_token && k < d.size(); ++k) {
    if (d.is_break(k)) return nullptr;
    if ((d.is_word(k) || d.kind(k) == TC_TOKEN_NUMBER) && ++words > max_words) return nullptr;
  }
  return &q;
}

size_t clause_start_before(const DocTokens& d, size_t t, int window) {
  size_t start = t, after = t;
  int n = 0;
  for (size_t k = d.prev(t); k != kNoToken && n < window; k = d.prev(k), ++n) {
    if (d.is_break(k)) {
      // A line broken in mid-sentence ("the promotion of\n\nsuch false news") does not end the clause.
      size_t b = k;
      while (b != kNoToken && d.is_break(b)) b = d.prev(b);
      if (b == kNoToken || !d.is_word(after) || !d.lower_initial(after) || d.sentence_ends_after(b)) break;
      k = b;
    }
    if (d.sentence_ends_after(k)) break;
    if (d.is_mark(k)) {
      const QuoteSpan* q = short_quote_at(d, k, 3);
      if (!q || q->close_token != k) break;
      k = q->open_token;
    }
    start = k;
    after = k;
  }
  return start;
}

}  // namespace textchain::quotes
