// Reading the figure of an amount: "27", "1,200.50", "7.2", and its scale ("million", "bn", the "m" of
// "27m").
#ifndef MONEY_FIGURE_HPP
#define MONEY_FIGURE_HPP

#include <cstddef>
#include <optional>
#include <string_view>

namespace money {

struct Figure {
  size_t length = 0;     // bytes of the text the figure spans, separators included
  char digits[32] = {};  // the figure without group separators ("1200.50"), not NUL-terminated
  size_t digit_count = 0;

  // The figure times 10^exponent, correctly rounded: "7.2" with exponent 9 is exactly 7200000000, which
  // 7.2 * 1e9 computed in doubles is not guaranteed to be.
  double value(int exponent) const noexcept;
};

// Reads a figure at the start of `s`: digits, optionally grouped by commas in threes, optionally with a
// decimal point followed by digits. Stops before anything else ("27m" gives length 2). nullopt when `s`
// does not start with a digit or the figure is absurdly long.
std::optional<Figure> read_figure(std::string_view s) noexcept;

// The power of ten a scale word stands for: "thousand" 3, "million"/"mln"/"mn" 6, "billion"/"bn" 9,
// "trillion"/"tn" 12; 0 when `word` is not one. `glued` accepts the one-letter forms that are only
// unambiguous stuck to the figure ("27m", "3b", "5k"). Case-insensitive.
int scale_exponent(std::string_view word, bool glued) noexcept;

}  // namespace money

#endif
