#include "anchor.hpp"

#include "lexicon.hpp"
#include "scanner.hpp"

#include <memory>
#include <new>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace textchain::dates {

namespace {

// Window's tokens read forward from the text's start, with the lexicon entries of capitalized words only: the
// dateline asks a word's entry only when it is capitalized (a month's name), and a text without a record date
// is read here first (for a short text, a look-up per word cost as much as tagging it).
class DatelineTokens {
 public:
  explicit DatelineTokens(std::string_view text) noexcept : text_(text) {}
  const Tok& at(int i) noexcept {
    if (i < 0 || i >= Window::kMax) return end_;
    while (n_ <= i) {
      uint32_t from = 0;
      if (n_ > 0) {
        const Tok& last = toks()[n_ - 1];
        if (last.kind == TokKind::end) return last;
        from = last.end;
      }
      std::construct_at(toks() + n_, next_token_capitalized_entries(text_, from));
      ++n_;
    }
    return toks()[i];
  }

 private:
  std::string_view text_;
  int n_ = 0;
  // Raw storage, as Window's: constructed only when read.
  alignas(Tok) unsigned char raw_[Window::kMax * sizeof(Tok)];
  Tok* toks() noexcept { return std::launder(reinterpret_cast<Tok*>(raw_)); }
  Tok end_;
};

// Whether the text holds a run of exactly four ASCII digits (between non-digits): every dateline find_dateline
// reads has one, a year ("2025-09-26", "September 26, 2025", "26 September 2025"), so a text without one (most
// short texts, and those whose digits are a time or an amount) has none, told without reading a token. The
// digits are found sixteen bytes at a time with SSE2 (x86-64's baseline), each run measured where it lies.
bool has_four_digit_run(std::string_view text) noexcept {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const auto digit = [](unsigned char c) { return c >= '0' && c <= '9'; };
  size_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    const __m128i kShift = _mm_set1_epi8(static_cast<char>(0x80 - '0'));  // '0'..'9' land on -128..-119
    const __m128i kPast9 = _mm_set1_epi8(static_cast<char>(-128 + 10));
    for (; i + 16 <= n; i += 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
      if (const int m = _mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(x, kShift), kPast9))) {
        i += static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(m)));
        break;
      }
    }
#endif
    while (i < n && !digit(s[i])) ++i;
    if (i >= n) return false;
    // i starts a run (the byte before it, if any, is no digit: the search stops at a run's first digit).
    size_t j = i + 1;
    while (j < n && digit(s[j])) ++j;
    if (j - i == 4) return true;
    i = j;
  }
  return false;
}

}  // namespace

Anchor choose_anchor(const Anchor& fixed, std::string_view record_date, std::string_view text) noexcept {
  if (fixed.known) return fixed;
  Anchor a;
  if (!record_date.empty() && parse_iso_anchor(record_date, a)) return a;
  return find_dateline(text);
}

Anchor find_dateline(std::string_view text) noexcept {
  // Only the first few tokens: a date further in is content, not a dateline.
  constexpr int kTokens = 16;
  // Every dateline holds a year, a run of four digits: a text without one has none (has_four_digit_run).
  if (!has_four_digit_run(text)) return {};
  DatelineTokens w(text);
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
