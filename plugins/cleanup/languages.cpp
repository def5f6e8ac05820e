#include "languages.hpp"

#include <algorithm>
#include <iterator>
#include <textchain/utf8.hpp>

#include "char_class.hpp"

namespace textchain::cleanup {

namespace ad = alphabet_data;

void LanguageSet::keep_writers_of(std::string_view text) noexcept {
  for (size_t p = 0; p < text.size();) {
    const utf8::CodePoint c = utf8::decode(text, p);
    p += c.size;
    if (c.cp < ad::kFirstLetter || c.cp >= ad::kLetterLimit) continue;
    const auto* it = std::lower_bound(std::begin(ad::kLetters), std::end(ad::kLetters), c.cp,
                                      [](const ad::Letter& l, char32_t cp) { return l.cp < cp; });
    if (it != std::end(ad::kLetters) && it->cp == c.cp) {
      for (int w = 0; w < ad::kLanguageWords; ++w) bits_[w] &= it->languages[w];
      judged_ = true;
    } else if (char_info(c.cp).letter()) {
      std::fill(std::begin(bits_), std::end(bits_), 0);  // a letter no alphabet has
      judged_ = true;
    }  // anything else (a symbol, a combining mark) says nothing
  }
}

void LanguageSet::intersect(const LanguageSet& other) noexcept {
  for (int w = 0; w < ad::kLanguageWords; ++w) bits_[w] &= other.bits_[w];
  judged_ = judged_ || other.judged_;
}

uint64_t LanguageSet::speakers() const noexcept {
  uint64_t total = 0;
  for (int i = 0; i < ad::kLanguageCount; ++i)
    if (bits_[i / 64] >> (i % 64) & 1) total += ad::kSpeakers[i];
  return total;
}

}  // namespace textchain::cleanup
