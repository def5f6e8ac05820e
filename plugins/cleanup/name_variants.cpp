#include "name_variants.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "letters.hpp"

namespace textchain::cleanup {

namespace {

struct Word {
  size_t begin, end;
};

std::string skeleton(std::string_view w) {
  std::string s;
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = static_cast<char>(w[i] | 0x20);
    if (i > 0 && (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y')) continue;
    if (!s.empty() && s.back() == c) continue;
    s.push_back(c);
  }
  return s;
}

}  // namespace

void find_name_variants(std::string_view t, Edits& out) {
  // Capitalized ASCII words of four letters or more: the candidates. Words glued to non-ASCII letters
  // are skipped: the skeleton below is only meaningful for Latin spellings.
  std::vector<Word> words;
  for (size_t p = 0; p < t.size();) {
    if (!is_ascii_upper(t[p]) || (p > 0 && (is_ascii_alpha(t[p - 1]) || static_cast<unsigned char>(t[p - 1]) >= 0x80))) {
      ++p;
      continue;
    }
    size_t q = p + 1;
    while (q < t.size() && is_ascii_lower(t[q])) ++q;
    const bool clean_end = q >= t.size() || (!is_ascii_alpha(t[q]) && static_cast<unsigned char>(t[q]) < 0x80);
    if (clean_end && q - p >= 4) words.push_back({p, q});
    p = q;
  }
  if (words.size() < 3) return;
  const auto text_of = [&](const Word& w) { return t.substr(w.begin, w.end - w.begin); };
  std::unordered_map<std::string_view, int> count;
  for (const Word& w : words) ++count[text_of(w)];

  // (first name, surname) pairs: two candidates separated by one space.
  struct Pair {
    std::string_view first, last;
  };
  std::vector<Pair> pairs;
  for (size_t i = 1; i < words.size(); ++i)
    if (words[i].begin == words[i - 1].end + 1 && t[words[i - 1].end] == ' ')
      pairs.push_back({text_of(words[i - 1]), text_of(words[i])});

  std::unordered_map<std::string_view, std::string_view> replace;  // rare spelling -> frequent one
  for (size_t i = 0; i < pairs.size(); ++i) {
    for (size_t j = 0; j < pairs.size(); ++j) {
      const Pair &a = pairs[i], &b = pairs[j];
      if (a.first != b.first || a.last == b.last || a.last[0] != b.last[0]) continue;
      const int ca = count[a.last], cb = count[b.last];
      if (!(ca < cb) || ca > 2) continue;
      if (skeleton(a.last) != skeleton(b.last)) continue;
      replace.emplace(a.last, b.last);
    }
  }
  if (replace.empty()) return;
  for (const Word& w : words) {
    auto it = replace.find(text_of(w));
    if (it != replace.end()) out.push_back({w.begin, w.end, std::string(it->second), rule::name_variants});
  }
}

}  // namespace textchain::cleanup
