// Which bytes of 16 end a run of plain JSON string content: a quote, a backslash or a control character
// (below 0x20). The record writer escapes them and the reader stops its string scan at them; both ask here
// so that the two agree on what "plain" means.
#ifndef TEXTCHAIN_CLI_IO_JSON_STRING_BYTES_HPP
#define TEXTCHAIN_CLI_IO_JSON_STRING_BYTES_HPP

#if defined(__SSE2__)
#include <emmintrin.h>

namespace textchain::io {

// Bit i of the result is set when byte i of `v` is not plain string content.
inline int json_special_bytes(__m128i v) noexcept {
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), last_control = _mm_set1_epi8(0x1F);
  // A byte below 0x20 is its own minimum with 0x1F.
  const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                   _mm_cmpeq_epi8(_mm_min_epu8(v, last_control), v));
  return _mm_movemask_epi8(hit);
}

}  // namespace textchain::io
#endif

#endif
