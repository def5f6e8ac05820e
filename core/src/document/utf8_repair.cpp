#include "document/utf8_repair.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace textchain::document {
namespace {
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Index of the first non-ASCII byte at or after `i`: 16 bytes at a time (8 without SSE2), the byte itself
// found from the block's mask rather than by stepping through the block again (a tweet's text has a
// non-ASCII byte every few dozen bytes: a curly quote, an accent; issue 19).
size_t skip_ascii(std::string_view s, size_t i) noexcept {
  const char* p = s.data();
  const size_t n = s.size();
#if defined(__SSE2__)
  const auto high_bytes = [p](size_t at) {
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at))));
  };
  // 64 bytes a step while all are ASCII; the step that holds a high byte is looked at again below.
  while (i + 64 <= n) {
    const auto* v = reinterpret_cast<const __m128i*>(p + i);
    const __m128i any = _mm_or_si128(_mm_or_si128(_mm_loadu_si128(v), _mm_loadu_si128(v + 1)),
                                     _mm_or_si128(_mm_loadu_si128(v + 2), _mm_loadu_si128(v + 3)));
    if (_mm_movemask_epi8(any)) break;
    i += 64;
  }
  while (i + 16 <= n) {
    if (const unsigned mask = high_bytes(i)) return i + static_cast<size_t>(__builtin_ctz(mask));
    i += 16;
  }
  // The last bytes: one block that ends where the text ends, its bytes before i left out (they were seen,
  // or the caller stepped past them: the sequence before i may be multi-byte).
  if (i < n && n >= 16) {
    const unsigned mask = high_bytes(n - 16) >> (i - (n - 16));
    return mask ? i + static_cast<size_t>(__builtin_ctz(mask)) : n;
  }
#endif
  while (i + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (const uint64_t high = w & 0x8080808080808080ull) {
      if constexpr (std::endian::native == std::endian::little) return i + static_cast<size_t>(__builtin_ctzll(high)) / 8;
      break;
    }
    i += 8;
  }
  while (i < n && static_cast<unsigned char>(p[i]) < 0x80) ++i;
  return i;
}

// Whether a text of at most 16 bytes is all ASCII, in two overlapping loads (an id, a date, a name: the
// general search costs several times this on them).
bool short_ascii(std::string_view s) noexcept {
  const char* p = s.data();
  const size_t n = s.size();
  if (n >= 8) {
    uint64_t a, b;
    std::memcpy(&a, p, 8);
    std::memcpy(&b, p + n - 8, 8);
    return ((a | b) & 0x8080808080808080ull) == 0;
  }
  if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    return ((a | b) & 0x80808080u) == 0;
  }
  unsigned char any = 0;
  for (size_t i = 0; i < n; ++i) any |= static_cast<unsigned char>(p[i]);
  return any < 0x80;
}
}  // namespace

size_t utf8_sequence_length(std::string_view s, size_t i, size_t* bad) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  unsigned char c = p[i];
  if (c < 0x80) return 1;
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    need = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    if (bad) *bad = 1;
    return 0;
  }
  size_t k = 1;
  for (; k < need; ++k) {
    if (i + k >= n) break;
    unsigned char b = p[i + k];
    if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) break;
  }
  if (k == need) return need;
  if (bad) *bad = k;  // the lead byte and the continuation bytes that were valid so far
  return 0;
}

size_t find_invalid_utf8(std::string_view text, std::vector<TextEdit>& edits) {
  size_t invalid = 0;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    i = skip_ascii(text, i);
    if (i >= n) break;
    size_t bad = 0;
    size_t len = utf8_sequence_length(text, i, &bad);
    if (len) {
      i += len;
      continue;
    }
    edits.push_back({i, i + bad, std::string(kReplacement)});
    invalid += bad;
    i += bad;
  }
  return invalid;
}

bool is_valid_utf8(std::string_view text) noexcept {
  if (text.size() <= 16 && short_ascii(text)) return true;
  size_t i = 0;
  while (i < text.size()) {
    i = skip_ascii(text, i);
    if (i >= text.size()) return true;
    size_t len = utf8_sequence_length(text, i);
    if (!len) return false;
    i += len;
  }
  return true;
}

std::string to_valid_utf8(std::string_view text) {
  std::vector<TextEdit> edits;
  if (find_invalid_utf8(text, edits) == 0) return std::string(text);
  std::string out;
  OffsetMap::apply(text, edits, out);
  return out;
}

}  // namespace textchain::document
