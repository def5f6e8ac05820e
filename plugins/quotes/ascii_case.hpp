// ASCII case-insensitive comparison of a document word with a lexicon or grammar word. The lexicon entries
// and grammar words it is used with are ASCII, and the host exposes no case folding (only the tokens' case
// flags), so folding A-Z is all it needs; a word with any other capital simply does not match.
#ifndef TEXTCHAIN_QUOTES_ASCII_CASE_HPP
#define TEXTCHAIN_QUOTES_ASCII_CASE_HPP

#include <cstddef>
#include <string_view>

namespace textchain::quotes {

// True when `w` equals `lower` up to the case of ASCII letters; `lower` must be lower case.
inline bool iequals(std::string_view w, std::string_view lower) noexcept {
  if (w.size() != lower.size()) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

}  // namespace textchain::quotes

#endif
