#include "eval/repair_ratio.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

namespace textchain::eval {
namespace {

// Decodes UTF-8 to code points; a byte that does not start a well-formed sequence becomes one unit of its
// own (0x110000 + byte), so broken text still has a distance rather than an error.
std::vector<uint32_t> code_points(std::string_view s) {
  std::vector<uint32_t> out;
  out.reserve(s.size());
  size_t i = 0;
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  while (i < s.size()) {
    const unsigned char c = byte(i);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    bool ok = len > 0 && i + len <= s.size();
    for (size_t k = 1; ok && k < len; ++k) ok = (byte(i + k) & 0xC0) == 0x80;
    if (!ok) {
      out.push_back(0x110000u + c);
      ++i;
      continue;
    }
    uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (byte(i + k) & 0x3Fu);
    out.push_back(cp);
    i += len;
  }
  return out;
}

constexpr uint32_t kInf = std::numeric_limits<uint32_t>::max() / 2;

// Edit distance restricted to cells with |i − j| <= k. Exact whenever the result is <= k: a path that
// leaves the band needs more than k insertions or deletions.
uint32_t banded_distance(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b, size_t k) {
  const size_t n = a.size(), m = b.size();
  const size_t width = 2 * k + 1;
  std::vector<uint32_t> prev(width, kInf), cur(width, kInf);
  // Row 0: cell j lives at index j + k.
  for (size_t j = 0; j <= std::min(k, m); ++j) prev[j + k] = static_cast<uint32_t>(j);
  for (size_t i = 1; i <= n; ++i) {
    for (size_t idx = 0; idx < width; ++idx) {
      // j = i − k + idx, computed without going negative.
      if (i + idx < k || i + idx - k > m) {
        cur[idx] = kInf;
        continue;
      }
      const size_t j = i + idx - k;
      if (j == 0) {
        cur[idx] = static_cast<uint32_t>(i);
        continue;
      }
      uint32_t best = prev[idx] + (a[i - 1] != b[j - 1] ? 1u : 0u);  // (i−1, j−1)
      if (idx + 1 < width) best = std::min(best, prev[idx + 1] + 1);  // (i−1, j)
      if (idx > 0) best = std::min(best, cur[idx - 1] + 1);           // (i, j−1)
      cur[idx] = std::min(best, kInf);
    }
    std::swap(prev, cur);
  }
  return prev[m + k - n];
}

}  // namespace

size_t char_edit_distance(std::string_view a, std::string_view b) {
  // Common prefix and suffix cost nothing; cleaned text mostly differs in small islands.
  size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
  // Back up to a character boundary so that no code point is split.
  const auto continuation = [](std::string_view s, size_t i) {
    return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
  };
  while (pre > 0 && (continuation(a, pre) || continuation(b, pre))) --pre;
  a.remove_prefix(pre);
  b.remove_prefix(pre);
  size_t suf = 0;
  while (suf < a.size() && suf < b.size() && a[a.size() - 1 - suf] == b[b.size() - 1 - suf]) ++suf;
  while (suf > 0 && continuation(a, a.size() - suf)) --suf;
  a.remove_suffix(suf);
  b.remove_suffix(suf);

  std::vector<uint32_t> x = code_points(a), y = code_points(b);
  if (x.size() < y.size()) std::swap(x, y);
  if (y.empty()) return x.size();
  const size_t diff = x.size() - y.size();
  size_t k = std::max<size_t>(diff, 32);
  while (true) {
    const uint32_t d = banded_distance(x, y, k);
    if (d <= k || k >= x.size()) return d;
    k = std::min(k * 2, x.size());
  }
}

double RepairScore::ratio() const noexcept {
  if (input_distance == 0) return 1.0 - static_cast<double>(output_distance);
  return 1.0 - static_cast<double>(output_distance) / static_cast<double>(input_distance);
}

RepairScore repair_score(std::string_view input, std::string_view output, std::string_view gold) {
  RepairScore s;
  s.input_distance = char_edit_distance(input, gold);
  s.output_distance = output == input ? s.input_distance : char_edit_distance(output, gold);
  return s;
}

void RepairTotals::add(const RepairScore& s, bool exact_match) noexcept {
  ++documents;
  input_distance += s.input_distance;
  output_distance += s.output_distance;
  if (exact_match) ++exact;
}

double RepairTotals::ratio() const noexcept {
  RepairScore s;
  s.input_distance = input_distance;
  s.output_distance = output_distance;
  return s.ratio();
}

}  // namespace textchain::eval
