// Helpers shared by the cleanup tests: reading data files, applying the proposed edits the way the
// host does, and the character edit distance the repair ratio is defined with.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cleaner.hpp"

namespace cleanup_test {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string data_path(const std::string& name) { return std::string(TEXTCHAIN_TEST_DATA_DIR) + "/" + name; }

inline std::string clean(std::string_view text, const textchain::cleanup::CleanupOptions& o = {}) {
  return textchain::cleanup::apply_edits(text, textchain::cleanup::propose_edits(text, o));
}

// Only the mojibake rule (and the HTML entities it runs after), for measuring it alone.
inline textchain::cleanup::CleanupOptions mojibake_only() {
  textchain::cleanup::CleanupOptions o;
  o.join_broken_lines = o.stray_colon = o.inline_bullet = o.spacing = o.punctuation = o.boilerplate = false;
  o.mojibake = true;
  return o;
}

// Code points of a UTF-8 string: the distance counts characters, not bytes.
inline std::u32string code_points(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    size_t n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    char32_t cp = n == 1 ? b : b & (0x7F >> n);
    for (size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += n;
  }
  return out;
}

// Levenshtein distance over code points, two rows.
inline size_t levenshtein(std::string_view a8, std::string_view b8) {
  const std::u32string a = code_points(a8), b = code_points(b8);
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({sub, prev[j] + 1, cur[j - 1] + 1});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace cleanup_test
