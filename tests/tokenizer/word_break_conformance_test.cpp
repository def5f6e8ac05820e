// Unicode's own word-boundary test cases (WordBreakTest.txt from Debian's unicode-data), run through
// both the fast tokenizer and the general-rules-only path.
#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/tokenizer.hpp"
#include "text/unicode_props.hpp"

namespace {

struct Case {
  int line = 0;
  std::string text;
  std::vector<uint32_t> boundaries;  // byte offsets, 0 and size() included
  std::string source;
};

void append_utf8(std::string& s, uint32_t cp) {
  if (cp < 0x80) {
    s += static_cast<char>(cp);
  } else if (cp < 0x800) {
    s += static_cast<char>(0xC0 | (cp >> 6));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (cp >> 18));
    s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::vector<Case> load_cases(const std::string& path) {
  std::vector<Case> cases;
  std::ifstream in(path);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    const auto hash = line.find('#');
    const std::string body = line.substr(0, hash);
    if (body.find_first_not_of(" \t") == std::string::npos) continue;
    Case c;
    c.line = number;
    c.source = body;
    std::istringstream fields(body);
    std::string field;
    while (fields >> field) {
      if (field == "\xC3\xB7") {  // ÷
        c.boundaries.push_back(static_cast<uint32_t>(c.text.size()));
      } else if (field == "\xC3\x97") {  // ×
      } else {
        append_utf8(c.text, static_cast<uint32_t>(std::stoul(field, nullptr, 16)));
      }
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

std::vector<uint32_t> boundaries_of(const std::string& text, const std::vector<tc_token>& tokens) {
  std::vector<uint32_t> b{0};
  for (const tc_token& t : tokens) b.push_back(t.end);
  if (text.empty()) b.push_back(0);
  return b;
}

const std::string kTestFile = std::string(TEXTCHAIN_UCD_DIR) + "/auxiliary/WordBreakTest.txt";

TEST(WordBreakConformance, TableIsFromTheSameUnicodeVersionAsTheTest) {
  std::ifstream in(kTestFile);
  if (!in) GTEST_SKIP() << kTestFile << " not installed (apt install unicode-data)";
  std::string first;
  std::getline(in, first);
  EXPECT_NE(first.find(std::string("WordBreakTest-") + textchain::text::unicode::kUnicodeVersion), std::string::npos)
      << first;
}

TEST(WordBreakConformance, AllCasesPass) {
  const auto cases = load_cases(kTestFile);
  if (cases.empty()) GTEST_SKIP() << kTestFile << " not installed (apt install unicode-data)";
  EXPECT_EQ(cases.size(), 1823u) << "WordBreakTest.txt for Unicode 15.0 has 1823 cases";
  size_t passed_fast = 0, passed_general = 0;
  std::vector<tc_token> tokens;
  for (const Case& c : cases) {
    textchain::text::tokenize(c.text, tokens);
    if (boundaries_of(c.text, tokens) == c.boundaries) {
      ++passed_fast;
    } else {
      ADD_FAILURE() << "line " << c.line << " (fast path): " << c.source;
    }
    textchain::text::detail::tokenize_general_only(c.text, tokens);
    if (boundaries_of(c.text, tokens) == c.boundaries) {
      ++passed_general;
    } else {
      ADD_FAILURE() << "line " << c.line << " (general rules): " << c.source;
    }
  }
  EXPECT_EQ(passed_fast, cases.size());
  EXPECT_EQ(passed_general, cases.size());
  std::cout << "WordBreakTest.txt: " << passed_fast << "/" << cases.size() << " pass (fast path), "
            << passed_general << "/" << cases.size() << " pass (general rules)\n";
}

}  // namespace
