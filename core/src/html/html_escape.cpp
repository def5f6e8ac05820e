#include "html/html_escape.hpp"

#include "document/utf8_repair.hpp"

#include <array>

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

}  // namespace

void append_escaped(std::string& out, std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t run = 0;  // start of the bytes not yet appended
  size_t i = 0;
  while (i < n) {
    if (!kSpecial[p[i]]) {
      ++i;
      continue;
    }
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
