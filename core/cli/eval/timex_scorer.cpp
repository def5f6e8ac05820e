#include "timex_scorer.hpp"

#include <algorithm>

namespace textchain::eval {

const char* to_string(TimexError::Kind k) noexcept {
  switch (k) {
    case TimexError::Kind::miss: return "miss";
    case TimexError::Kind::false_positive: return "false_positive";
    case TimexError::Kind::wrong_value: return "wrong_value";
    case TimexError::Kind::wrong_type: return "wrong_type";
    case TimexError::Kind::wrong_mod: return "wrong_mod";
  }
  return "?";
}

namespace {

bool overlaps(const TimexItem& a, const TimexItem& b) noexcept {
  // Empty spans overlap a span that contains their position.
  if (a.begin == a.end || b.begin == b.end) return a.begin >= b.begin && a.begin <= b.end;
  return a.begin < b.end && b.begin < a.end;
}

Prf prf(size_t sys_matched, size_t sys, size_t gold_matched, size_t gold) noexcept {
  Prf r;
  r.precision = sys ? static_cast<double>(sys_matched) / static_cast<double>(sys) : 0.0;
  r.recall = gold ? static_cast<double>(gold_matched) / static_cast<double>(gold) : 0.0;
  r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0.0;
  return r;
}

}  // namespace

void TimexScorer::add(const TimexDocument& doc) {
  TimexScore& s = acc_;
  ++s.documents;
  // Gold in span order, so "leftmost" is the first overlapping one.
  std::vector<size_t> order(doc.gold.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return doc.gold[a].begin != doc.gold[b].begin ? doc.gold[a].begin < doc.gold[b].begin
                                                  : doc.gold[a].end < doc.gold[b].end;
  });
  // gold_relaxed: the gold item is paired (optional ones too, so that each pairs once);
  // gold_strict: an exact-span system item has counted it.
  std::vector<bool> gold_relaxed(doc.gold.size(), false), gold_strict(doc.gold.size(), false);
  for (const TimexItem& g : doc.gold)
    if (g.required) ++s.gold;

  for (const TimexItem& sys : doc.system) {
    if (doc.annotated_end && sys.begin >= *doc.annotated_end) continue;
    // Leftmost overlapping gold not paired yet.
    std::optional<size_t> aligned;
    for (size_t gi : order) {
      if (!gold_relaxed[gi] && overlaps(sys, doc.gold[gi])) {
        aligned = gi;
        break;
      }
    }
    if (!aligned) {
      ++s.system;
      s.errors.push_back({TimexError::Kind::false_positive, doc.id, std::nullopt, sys});
      continue;
    }
    const TimexItem& g = doc.gold[*aligned];
    gold_relaxed[*aligned] = true;
    if (!g.required) continue;  // optional gold: neutral either way
    ++s.system;
    ++s.relaxed_system_matched;
    // Strict: an exact-span gold item (not necessarily the paired one: nested gold), counted once.
    for (size_t gi : order) {
      const TimexItem& e = doc.gold[gi];
      if (!gold_strict[gi] && e.begin == sys.begin && e.end == sys.end && e.required) {
        ++s.strict_system_matched;
        gold_strict[gi] = true;
        break;
      }
    }
    if (sys.value == g.value) ++s.value_correct;
    else s.errors.push_back({TimexError::Kind::wrong_value, doc.id, g, sys});
    if (sys.timex_type == g.timex_type) ++s.type_correct;
    else s.errors.push_back({TimexError::Kind::wrong_type, doc.id, g, sys});
    if (sys.mod == g.mod) ++s.mod_correct;
    else s.errors.push_back({TimexError::Kind::wrong_mod, doc.id, g, sys});
  }
  for (size_t gi : order) {
    const TimexItem& g = doc.gold[gi];
    if (!g.required) continue;
    if (gold_relaxed[gi]) ++s.relaxed_gold_matched;
    else s.errors.push_back({TimexError::Kind::miss, doc.id, g, std::nullopt});
    if (gold_strict[gi]) ++s.strict_gold_matched;
  }
}

TimexScore TimexScorer::score() const {
  TimexScore s = acc_;
  s.strict = prf(s.strict_system_matched, s.system, s.strict_gold_matched, s.gold);
  s.relaxed = prf(s.relaxed_system_matched, s.system, s.relaxed_gold_matched, s.gold);
  const double pairs = static_cast<double>(s.relaxed_system_matched);
  s.value_accuracy = pairs > 0 ? s.value_correct / pairs : 0.0;
  s.type_accuracy = pairs > 0 ? s.type_correct / pairs : 0.0;
  s.mod_accuracy = pairs > 0 ? s.mod_correct / pairs : 0.0;
  s.value_f1 = s.relaxed.f1 * s.value_accuracy;
  s.type_f1 = s.relaxed.f1 * s.type_accuracy;
  s.mod_f1 = s.relaxed.f1 * s.mod_accuracy;
  return s;
}

TimexScore score_timex(const std::vector<TimexDocument>& docs) {
  TimexScorer scorer;
  for (const TimexDocument& d : docs) scorer.add(d);
  return scorer.score();
}

}  // namespace textchain::eval
