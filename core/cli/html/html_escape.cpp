#include "html/html_escape.hpp"

#include "document/utf8_repair.hpp"

#include <array>
#include <cstdint>
#include <cstring>

namespace textchain::html {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// 1 for the bytes that cannot be copied as they are: the markup characters, NUL, and every byte of a
// multi-byte sequence (checked for validity before it is copied).
constexpr std::array<unsigned char, 256> kSpecial = [] {
  std::array<unsigned char, 256> t{};
  for (unsigned char c : {'&', '<', '>', '"', '\'', '\0'}) t[c] = 1;
  for (size_t c = 0x80; c < 256; ++c) t[c] = 1;
  return t;
}();

// Whether any of the 8 bytes in `w` is special (the classic "has a zero byte" test, per character).
inline bool any_special(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const auto has = [](uint64_t x, unsigned char c) {
    const uint64_t y = x ^ (kOnes * c);
    return (y - kOnes) & ~y & kHigh;
  };
  return (w & kHigh) | has(w, '&') | has(w, '<') | has(w, '>') | has(w, '"') | has(w, '\'') | has(w, 0);
}

}  // namespace

void append_escaped(std::string& out, std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t run = 0;  // start of the bytes not yet appended
  size_t i = 0;
  while (i < n) {
    // Plain ASCII text goes 8 bytes at a time.
    uint64_t w;
    while (i + 8 <= n && (std::memcpy(&w, p + i, 8), !any_special(w))) i += 8;
    while (i < n && !kSpecial[p[i]]) ++i;
    if (i >= n) break;
    const unsigned char c = p[i];
    if (c >= 0x80) {
      size_t bad = 0;
      if (size_t len = document::utf8_sequence_length(s, i, &bad)) {
        i += len;  // valid: stays in the run
        continue;
      }
      out.append(s.data() + run, i - run);
      out.append(kReplacement);
      i += bad;
      run = i;
      continue;
    }
    out.append(s.data() + run, i - run);
    switch (c) {
      case '&': out.append("&amp;"); break;
      case '<': out.append("&lt;"); break;
      case '>': out.append("&gt;"); break;
      case '"': out.append("&quot;"); break;
      case '\'': out.append("&#39;"); break;
      default: out.append(kReplacement); break;  // NUL
    }
    run = ++i;
  }
  out.append(s.data() + run, n - run);
}

std::string escaped(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  append_escaped(out, s);
  return out;
}

}  // namespace textchain::html
