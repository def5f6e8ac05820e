// Which languages could have written a text, judged by its letters: CLDR's alphabets (exemplar
// characters) and speaker counts, generated at build time (make_alphabet_tables.py). The mojibake rule
// uses it where two code pages read a line's mojibake equally well and disagree on its letters: "ĂĄ" is
// "á" read as ISO-8859-2 and "å" read as Windows-1250, "Ăą" is "ñ" or "ù", and no alphabet has both "å"
// and "ù".
#ifndef TEXTCHAIN_CLEANUP_LANGUAGES_HPP
#define TEXTCHAIN_CLEANUP_LANGUAGES_HPP

#include <cstdint>
#include <string_view>

#include "alphabet_data.hpp"

namespace textchain::cleanup {

class LanguageSet {
 public:
  // Every language: what a text with no letter of the judged scripts (U+0080..U+05FF) says.
  static LanguageSet all() noexcept {
    LanguageSet s;
    for (int w = 0; w < alphabet_data::kLanguageWords; ++w) {
      const int left = alphabet_data::kLanguageCount - 64 * w;
      s.bits_[w] = left >= 64 ? ~uint64_t{0} : (uint64_t{1} << left) - 1;
    }
    return s;
  }

  // Keeps the languages whose alphabet has every such letter of `text`; other characters say nothing.
  void keep_writers_of(std::string_view text) noexcept;
  void intersect(const LanguageSet& other) noexcept;

  // How many people speak the languages left, in thousands: how likely a text in one of them is.
  uint64_t speakers() const noexcept;
  // Whether some letter was judged: a set that saw none (punctuation, combining marks, CJK) says nothing.
  bool judged() const noexcept { return judged_; }

 private:
  uint64_t bits_[alphabet_data::kLanguageWords] = {};
  bool judged_ = false;
};

}  // namespace textchain::cleanup

#endif
