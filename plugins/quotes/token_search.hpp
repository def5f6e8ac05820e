// The first token past a byte, searched from a guess: the engine's searches over the host's compact tokens
// (a sentence's or a paragraph's first token, the token holding the next quote mark) land some tens of tokens
// past the last answer, and a galloping search from a guess made from the document's mean token width takes
// fewer steps than one from the last answer. The answer is the same whatever the guess.
#ifndef TEXTCHAIN_QUOTES_TOKEN_SEARCH_HPP
#define TEXTCHAIN_QUOTES_TOKEN_SEARCH_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace textchain::quotes {

// Tokens per byte of text, in 1/65536ths.
inline uint64_t token_density(size_t tokens, size_t bytes) noexcept {
  return bytes == 0 ? 0 : (static_cast<uint64_t>(tokens) << 16) / bytes;
}

// The token guessed to lie `bytes` bytes past the start of token t.
inline size_t guess_token(size_t t, uint64_t bytes, uint64_t density) noexcept {
  return t + static_cast<size_t>((bytes * density) >> 16);
}

// The first k in (t, n] with !before(k) (n when none), before(t) holding and before() true up to the answer and
// false from it on: galloping from `near` up or down, then a binary search. Always inlined: its callers' loops
// run it for every sentence and paragraph, and a call costs as much as a step.
template <class Before>
[[gnu::always_inline]] inline size_t search_from(size_t t, size_t near, size_t n, Before&& before) noexcept {
  size_t lo, hi;  // before(lo); hi == n or !before(hi)
  const size_t g = std::min(std::max(near, t + 1), n);
  if (g == n || before(g)) {
    lo = g == n ? t : g;
    size_t step = 1;
    while (lo + step < n && before(lo + step)) {
      lo += step;
      step *= 2;
    }
    hi = std::min(lo + step, n);
  } else {
    hi = g;
    size_t step = 1;
    while (hi - t > step && !before(hi - step)) {
      hi -= step;
      step *= 2;
    }
    lo = hi - t > step ? hi - step : t;
  }
  while (hi - lo > 1) {
    const size_t mid = lo + (hi - lo) / 2;
    (before(mid) ? lo : hi) = mid;
  }
  return hi;
}

}  // namespace textchain::quotes

#endif
