// TempEval-3 scoring of temporal expressions (UzZaman et al., 2013), as `textchain eval` reports it.
//
// - strict match: identical spans; relaxed match: overlapping spans. A system span pairs with the
//   leftmost gold span it overlaps that no earlier system span has paired with; each item pairs at most
//   once, so a second system span inside one gold span is a false positive. This is what TempEval-3's
//   toolkit does: TE3-evaluation.py matches timexes by the ids that TimeML-Normalizer gives them
//   (hllorens/timeml-normalizer, TimeML_Normalizer.java, `normalize`), token by token, a timex taking the
//   id of the one open in the other annotation where it begins, if that id is not used yet in its own
//   annotation (`used_tids_local`); never the exact or most-overlapping one. Nested gold (MEANTIME's range
//   DURATION around its two DATEs) cannot be written in the toolkit's token labels; here the range pairs
//   first, and a second system span falls to the next overlapping gold item.
// - precision = aligned system items / system items; recall = gold items that some system item aligns
//   to / gold items; F1 their harmonic mean.
// - attribute F1 (value, type, mod) = relaxed F1 x the attribute's accuracy over aligned pairs.
// - gold items with `required == false` are optional: missing one costs nothing, and a system item
//   aligned to one is neither a true nor a false positive.
// - system items that begin at or after a document's `annotated_end` are ignored (the gold stops there).
#ifndef TEXTCHAIN_EVAL_TIMEX_SCORER_HPP
#define TEXTCHAIN_EVAL_TIMEX_SCORER_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace textchain::eval {

struct TimexItem {
  size_t begin = 0, end = 0;  // byte offsets, end exclusive
  std::string timex_type;     // DATE, TIME, DURATION, SET
  std::string value;
  std::string mod;            // empty when none
  bool required = true;       // gold only
  std::string text;           // optional, for error listings
};

struct TimexDocument {
  std::string id;
  std::vector<TimexItem> gold;
  std::vector<TimexItem> system;
  std::optional<size_t> annotated_end;
};

struct TimexError {
  enum class Kind { miss, false_positive, wrong_value, wrong_type, wrong_mod };
  Kind kind;
  std::string doc_id;
  std::optional<TimexItem> gold;
  std::optional<TimexItem> system;
};
const char* to_string(TimexError::Kind k) noexcept;

struct Prf {
  double precision = 0, recall = 0, f1 = 0;
};

struct TimexScore {
  size_t documents = 0;
  size_t gold = 0;             // required gold items
  size_t system = 0;           // scored system items (optional-aligned and past annotated_end excluded)
  size_t strict_system_matched = 0, strict_gold_matched = 0;
  size_t relaxed_system_matched = 0, relaxed_gold_matched = 0;
  size_t value_correct = 0, type_correct = 0, mod_correct = 0;  // over aligned pairs
  Prf strict, relaxed;
  double value_accuracy = 0, type_accuracy = 0, mod_accuracy = 0;
  double value_f1 = 0, type_f1 = 0, mod_f1 = 0;
  std::vector<TimexError> errors;  // misses, false positives and attribute mistakes, in document order
};

class TimexScorer {
 public:
  void add(const TimexDocument& doc);
  TimexScore score() const;

 private:
  TimexScore acc_;
};

// Scores a whole set at once.
TimexScore score_timex(const std::vector<TimexDocument>& docs);

}  // namespace textchain::eval

#endif
