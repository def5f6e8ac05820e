#include "document/utf8_repair.hpp"

#include <cstdint>
#include <cstring>

namespace textchain::document {
namespace {
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Index of the first non-ASCII byte at or after `i`, 8 bytes at a time.
size_t skip_ascii(std::string_view s, size_t i) noexcept {
  const char* p = s.data();
  const size_t n = s.size();
  while (i + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull) break;
    i += 8;
  }
  while (i < n && static_cast<unsigned char>(p[i]) < 0x80) ++i;
  return i;
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
