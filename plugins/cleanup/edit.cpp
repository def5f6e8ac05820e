#include "edit.hpp"

#include <algorithm>
#include <iterator>

namespace textchain::cleanup {

namespace {
// Two spans conflict when they share a byte, or when both are insertions at the same point (the order
// of the inserted texts would be ambiguous). A deletion ending where another starts is fine.
bool overlaps(const Edit& a, const Edit& b) {
  if (a.begin == a.end && b.begin == b.end) return a.begin == b.begin;
  if (a.begin == a.end) return a.begin > b.begin && a.begin < b.end;
  if (b.begin == b.end) return b.begin > a.begin && b.begin < a.end;
  return a.begin < b.end && b.begin < a.end;
}
}  // namespace

void merge_edits(Edits& accepted, Edits&& candidates) {
  if (candidates.empty()) return;
  // The kept candidates close up in place, strings and all (the candidates are the caller's scratch list,
  // cleared next): a list of their own cost an allocation at every rule that proposed edits.
  size_t kept = 0;
  // The first accepted edit starting at or after the candidate (std::lower_bound's answer), found by a
  // cursor: the candidates are sorted too, so it only moves forward.
  size_t first_at_or_after = 0;
  for (size_t k = 0; k < candidates.size(); ++k) {
    Edit& c = candidates[k];
    while (first_at_or_after < accepted.size() && accepted[first_at_or_after].begin < c.begin) ++first_at_or_after;
    auto it = accepted.begin() + static_cast<std::ptrdiff_t>(first_at_or_after);
    if (it != accepted.begin()) --it;
    bool conflict = false;
    for (; it != accepted.end() && it->begin <= c.end; ++it)
      if (overlaps(*it, c)) { conflict = true; break; }
    if (!conflict && kept != 0 && overlaps(candidates[kept - 1], c)) conflict = true;
    if (conflict) continue;
    if (kept != k) candidates[kept] = std::move(c);
    ++kept;
  }
  if (kept == 0) return;
  // The kept candidates join `accepted` in its own room: a merged list of its own cost an allocation, and
  // a move of every accepted edit, at every rule that proposed edits. The first rule with edits leaves
  // room for a few more (the caller's scratch list keeps its own room for the next text). On equal
  // offsets the accepted edit stays first, where std::merge(accepted, candidates) left it.
  const size_t old = accepted.size();
  if (accepted.capacity() < old + kept) accepted.reserve(std::max(old + kept, std::max<size_t>(2 * old, 16)));
  if (old == 0 || accepted.back().begin <= candidates[0].begin) {
    // All after the accepted edits: appended.
    for (size_t j = 0; j < kept; ++j) accepted.push_back(std::move(candidates[j]));
    return;
  }
  // Otherwise merged from the back, into the room at the end.
  accepted.resize(old + kept);
  for (size_t i = old, j = kept, w = old + kept; j > 0;) {
    if (i > 0 && candidates[j - 1].begin < accepted[i - 1].begin) accepted[--w] = std::move(accepted[--i]);
    else accepted[--w] = std::move(candidates[--j]);
  }
}

std::string apply_edits(std::string_view text, const Edits& edits) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  for (const Edit& e : edits) {
    out.append(text.substr(pos, e.begin - pos));
    out.append(e.replacement);
    pos = e.end;
  }
  out.append(text.substr(pos));
  return out;
}

Edits compose_edits(const Edits& first, std::string_view between, const Edits& second) {
  if (second.empty()) return first;
  // Where each first-round edit's replacement lies in `between`, and the length change before it.
  struct Region {
    size_t b, e;
  };
  std::vector<Region> regions;
  std::vector<long long> shift(first.size() + 1, 0);  // shift[k]: total length change of edits < k
  regions.reserve(first.size());
  for (size_t k = 0; k < first.size(); ++k) {
    const Edit& f = first[k];
    const size_t b = static_cast<size_t>(static_cast<long long>(f.begin) + shift[k]);
    regions.push_back({b, b + f.replacement.size()});
    shift[k + 1] = shift[k] + static_cast<long long>(f.replacement.size()) - static_cast<long long>(f.end - f.begin);
  }
  std::vector<bool> absorbed(first.size(), false);
  Edits fused;
  size_t k0 = 0;  // regions before k0 end before every later group
  for (size_t i = 0; i < second.size();) {
    size_t xb = second[i].begin, xe = second[i].end, j = i + 1;
    while (k0 < regions.size() && regions[k0].e < xb) ++k0;
    size_t k = k0;
    for (bool changed = true; changed;) {
      changed = false;
      for (; k < regions.size() && regions[k].b <= xe; ++k) {
        absorbed[k] = true;
        xb = std::min(xb, regions[k].b);
        xe = std::max(xe, regions[k].e);
        changed = true;
      }
      for (; j < second.size() && second[j].begin <= xe; ++j) {
        xe = std::max(xe, second[j].end);
        changed = true;
      }
    }
    // The group's text in `between`, with its second-round edits applied.
    std::string piece;
    size_t pos = xb;
    for (size_t g = i; g < j; ++g) {
      piece.append(between.substr(pos, second[g].begin - pos));
      piece.append(second[g].replacement);
      pos = second[g].end;
    }
    piece.append(between.substr(pos, xe - pos));
    const size_t ob = static_cast<size_t>(static_cast<long long>(xb) - shift[k0]);
    const size_t oe = static_cast<size_t>(static_cast<long long>(xe) - shift[k]);
    fused.push_back({ob, oe, std::move(piece), second[i].rule});
    k0 = k;
    i = j;
  }
  Edits out;
  out.reserve(first.size() + fused.size());
  for (size_t k = 0; k < first.size(); ++k)
    if (!absorbed[k]) out.push_back(first[k]);
  const size_t middle = out.size();
  for (Edit& f : fused) out.push_back(std::move(f));
  std::inplace_merge(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(middle), out.end(),
                     [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace textchain::cleanup
