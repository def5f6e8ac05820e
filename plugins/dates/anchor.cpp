#include "anchor.hpp"

#include "lexicon.hpp"
#include "scanner.hpp"

namespace textchain::dates {

Anchor choose_anchor(const Anchor& fixed, std::string_view record_date, std::string_view text) noexcept {
  if (fixed.known) return fixed;
  Anchor a;
  if (!record_date.empty() && parse_iso_anchor(record_date, a)) return a;
  return find_dateline(text);
}

Anchor find_dateline(std::string_view text) noexcept {
  // Only the first few tokens: a date further in is content, not a dateline.
  constexpr int kTokens = 16;
  Window w(text, 0);
  for (int i = 0; i < kTokens; ++i) {
    const Tok& t = w.at(i);
    if (t.kind == TokKind::end) break;
    if (t.newline_before && i > 0 && w.at(i - 1).kind == TokKind::punct && w.at(i - 1).punct == '.') break;
    if (t.is_num() && t.ndigits == 4 && w.at(i + 1).is_punct('-') && w.at(i + 1).glued()) {
      Anchor a;
      const size_t len = std::min<size_t>(10, text.size() - t.begin);
      if (parse_iso_anchor(text.substr(t.begin, len), a)) return a;
    }
    if (t.is_word() && t.lex.kind == Kind::month && t.capitalized) {
      // Month Day, Year
      const Tok& d = w.at(i + 1);
      int k = i + 2;
      if (w.at(k).is_punct(',')) ++k;
      const Tok& y = w.at(k);
      if (d.is_num() && d.ndigits <= 2 && y.is_num() && y.ndigits == 4 &&
          valid_date(static_cast<int>(y.num), t.lex.value, static_cast<int>(d.num))) {
        Anchor a;
        a.known = true;
        a.date = {static_cast<int>(y.num), t.lex.value, static_cast<int>(d.num)};
        return a;
      }
    }
    if (t.is_num() && t.ndigits <= 2 && w.at(i + 1).is_word() && w.at(i + 1).lex.kind == Kind::month &&
        w.at(i + 1).capitalized) {
      // Day Month Year
      const Tok& y = w.at(i + 2);
      const int m = w.at(i + 1).lex.value;
      if (y.is_num() && y.ndigits == 4 && valid_date(static_cast<int>(y.num), m, static_cast<int>(t.num))) {
        Anchor a;
        a.known = true;
        a.date = {static_cast<int>(y.num), m, static_cast<int>(t.num)};
        return a;
      }
    }
  }
  return {};
}

}  // namespace textchain::dates
