#include "figure.hpp"

#include "currency_table.hpp"

#include <array>
#include <charconv>
#include <cstdio>
#include <utility>

namespace money {
namespace {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

using Scale = std::pair<std::string_view, int>;
constexpr std::array kWords{
    Scale{"thousand", 3}, Scale{"million", 6}, Scale{"mln", 6},  Scale{"mn", 6},       Scale{"billion", 9},
    Scale{"bln", 9},      Scale{"bn", 9},      Scale{"trillion", 12}, Scale{"tn", 12}, Scale{"trn", 12},
};
constexpr std::array kGlued{Scale{"k", 3}, Scale{"m", 6}, Scale{"b", 9}, Scale{"t", 12}};

}  // namespace

double Figure::value(int exponent) const noexcept {
  // digits + "e" + exponent, parsed once: from_chars rounds correctly.
  char buf[sizeof digits + 8];
  size_t n = digit_count;
  for (size_t i = 0; i < n; ++i) buf[i] = digits[i];
  int written = std::snprintf(buf + n, sizeof buf - n, "e%d", exponent);
  double out = 0.0;
  std::from_chars(buf, buf + n + static_cast<size_t>(written), out);
  return out;
}

std::optional<Figure> read_figure(std::string_view s) noexcept {
  if (s.empty() || !is_digit(s[0])) return std::nullopt;
  Figure f;
  auto push = [&f](char c) {
    if (f.digit_count == sizeof f.digits) return false;
    f.digits[f.digit_count++] = c;
    return true;
  };
  size_t i = 0;
  size_t leading = 0;
  while (i < s.size() && is_digit(s[i])) {
    if (!push(s[i++])) return std::nullopt;
    ++leading;
  }
  // A comma groups thousands only when exactly three digits follow: "1,200" is one figure, "1,20" and
  // "3,4" (a list) are not.
  while (leading <= 3 && i < s.size() && s[i] == ',') {
    size_t k = i + 1;
    while (k < s.size() && is_digit(s[k])) ++k;
    if (k - i - 1 != 3) break;
    for (size_t d = i + 1; d < k; ++d)
      if (!push(s[d])) return std::nullopt;
    i = k;
  }
  if (i + 1 < s.size() && s[i] == '.' && is_digit(s[i + 1])) {
    if (!push('.')) return std::nullopt;
    ++i;
    while (i < s.size() && is_digit(s[i]))
      if (!push(s[i++])) return std::nullopt;
  }
  f.length = i;
  return f;
}

int scale_exponent(std::string_view word, bool glued) noexcept {
  for (const auto& [w, e] : kWords)
    if (ascii_iequals(word, w)) return e;
  if (glued)
    for (const auto& [w, e] : kGlued)
      if (ascii_iequals(word, w)) return e;
  return 0;
}

}  // namespace money
