// How much of the damage a cleanup step repaired: 1 − lev(output, gold) / lev(input, gold), with lev the
// edit distance in Unicode characters (code points; an invalid byte counts as one character).
//
// 1 means the output is the gold text; 0 means it is as far from gold as the input was; negative means
// the step made the text worse. When the input already equals the gold there is nothing to repair: the
// ratio is 1 if the output is also unchanged and 1 − lev(output, gold) otherwise (every edit is damage).
#ifndef TEXTCHAIN_EVAL_REPAIR_RATIO_HPP
#define TEXTCHAIN_EVAL_REPAIR_RATIO_HPP

#include <cstddef>
#include <string_view>

namespace textchain::eval {

// Levenshtein distance (insert, delete, substitute, each 1) between the code point sequences of a and b.
// Exact; runs in O((n + m) · d) time for distance d (banded, the band doubled until it holds the answer).
size_t char_edit_distance(std::string_view a, std::string_view b);

struct RepairScore {
  size_t input_distance = 0;   // lev(input, gold)
  size_t output_distance = 0;  // lev(output, gold)
  double ratio() const noexcept;
};

RepairScore repair_score(std::string_view input, std::string_view output, std::string_view gold);

// Over a corpus: 1 − Σ lev(output, gold) / Σ lev(input, gold) (documents weighted by their damage).
struct RepairTotals {
  size_t documents = 0;
  size_t input_distance = 0;
  size_t output_distance = 0;
  size_t exact = 0;  // outputs equal to their gold
  void add(const RepairScore& s, bool exact_match) noexcept;
  double ratio() const noexcept;
};

}  // namespace textchain::eval

#endif
