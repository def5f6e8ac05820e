// The fast paths of the cleanup rules against their plain readings, on random mixes of clean text and
// what the rules look for (odd spacing, doubled marks, multi-byte spaces and quotes, stray and broken
// bytes): the skips must never change an edit.
#include <gtest/gtest.h>

#include <array>
#include <random>
#include <string>
#include <vector>

#include "boilerplate.hpp"
#include "line_index.hpp"
#include "line_joiner.hpp"
#include "lines.hpp"
#include "mojibake.hpp"
#include "spacing.hpp"
#include "word_list.hpp"

namespace cu = textchain::cleanup;

namespace {

// A random text of about `size` bytes: mostly words and single spaces, with every piece the spacing
// scan treats specially mixed in, and some bytes that are not UTF-8 at all.
std::string random_text(std::mt19937& rng, size_t size) {
  static const std::vector<std::string> pieces = {
      "word", "Words", "the", "2019", " ", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\n\n", ".", "..", "...", ",",
      ",,", ":", ";", "!", "?", "\"", "'", "(", ")", "-", "\xC2\xA0", "\xE2\x80\x8B", "\xE2\x81\xA0", "\xEF\xBB\xBF",
      "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x94", "\xC3\xA9", "\xD0\xB4\xD0\xB0", "\xC2\xA9", "\xE2\x80",
      "\xC2", "\xE2", "\xEF", "\x80", "\xBF", "\xFF", "\xF0\x9F\x98\x80", "a\xCC\x81", "2000", "--", "((",
      " \xE2\x80\x9D", " \xE2\x80\x9C", "\xE2\x80\x9D ", ". \"", ", \" ", "! \"\n", " \"Quote", "\tx", "\t\t", "\x01"};
  std::string t;
  while (t.size() < size) {
    // Clean stretches of plain prose, long enough to cover whole 64-byte blocks, between the pieces.
    if (rng() % 3 == 0) {
      const size_t words = rng() % 24;
      for (size_t w = 0; w < words; ++w) t += (rng() % 2 ? "plain " : "Text and ");
    }
    t += pieces[rng() % pieces.size()];
  }
  return t;
}

TEST(SpacingFastPath, SameEditsAsTheScanOfEveryPosition) {
  std::mt19937 rng(20261204);
  const cu::SpacingRules variants[] = {{true, true}, {true, false}, {false, true}};
  for (int round = 0; round < 4000; ++round) {
    const std::string t = random_text(rng, rng() % 600);
    for (const cu::SpacingRules& rules : variants) {
      cu::Edits fast, sse2, plain;
      cu::find_spacing(t, rules, fast);
      cu::find_spacing_sse2(t, rules, sse2);
      cu::find_spacing_every_position(t, rules, plain);
      ASSERT_EQ(fast, plain) << "round " << round << " text: " << t;
      ASSERT_EQ(sse2, plain) << "round " << round << " text: " << t;
    }
  }
}

// The filter is not vacuous: the plain reading finds edits in these texts, and so does the fast one.
TEST(SpacingFastPath, FindsEditsAtEveryOffsetOfABlock) {
  for (size_t pad = 0; pad < 130; ++pad) {
    const std::string t = "x" + std::string(pad, 'a') + " , b.. c  d\xE2\x80\x8B" "e";
    cu::Edits fast, sse2, plain;
    cu::find_spacing(t, {}, fast);
    cu::find_spacing_sse2(t, {}, sse2);
    cu::find_spacing_every_position(t, {}, plain);
    ASSERT_EQ(fast, plain) << pad;
    ASSERT_EQ(sse2, plain) << pad;
    ASSERT_EQ(fast.size(), 4u) << pad;
  }
}

// The last 64 bytes or fewer are scanned from a padded copy: a space before a closing quote and white
// space that end the text are found at every offset of the final block, and a tab before a letter,
// which the block scan skips, changes nothing.
TEST(SpacingFastPath, FindsEditsAtTheEndOfTheTextAtEveryOffset) {
  for (size_t pad = 0; pad < 140; ++pad) {
    for (const char* end : {"ends. \" \t", "ends,, x  \t", "a\tb ends. \""}) {
      const std::string t = std::string(pad, 'a') + " " + end;
      cu::Edits fast, sse2, plain;
      cu::find_spacing(t, {}, fast);
      cu::find_spacing_sse2(t, {}, sse2);
      cu::find_spacing_every_position(t, {}, plain);
      ASSERT_EQ(plain.size(), std::string_view(end).starts_with("a\t") ? 1u : 2u) << pad << " " << end;
      ASSERT_EQ(fast, plain) << pad << " " << end;
      ASSERT_EQ(sse2, plain) << pad << " " << end;
    }
  }
}

// The line scan's 64- and 16-byte steps (and the 32-byte compares of the AVX2 search, on a processor that
// has it) find the newline std::string_view::find finds, wherever the text starts and the newline lies.
TEST(LinesFastPath, NextNewlineIsTheFirstNewline) {
#if defined(TEXTCHAIN_CLEANUP_AVX2)
  const bool avx2 = cu::runs_avx2();
#endif
  std::mt19937 rng(42);
  for (int round = 0; round < 3000; ++round) {
    std::string t(rng() % 300, 'x');
    for (char& c : t) c = static_cast<char>(rng() % 5 == 0 ? 0x80 + rng() % 128 : 'a' + rng() % 26);
    for (size_t k = rng() % 3; k > 0 && !t.empty(); --k) t[rng() % t.size()] = '\n';
    for (size_t from = 0; from <= t.size(); from += 1 + rng() % 7) {
      const size_t expected = t.find('\n', from);
      ASSERT_EQ(cu::next_newline(t, from), expected == std::string::npos ? t.size() : expected) << round << " " << from;
#if defined(TEXTCHAIN_CLEANUP_AVX2)
      if (avx2) {
        ASSERT_EQ(cu::next_newline_avx2(t, from), expected == std::string::npos ? t.size() : expected) << round << " " << from;
      }
#endif
    }
  }
}

// The mojibake rule's skip over ASCII (32-byte loads where the processor has AVX2, 16-byte ones in the
// other form) stops at the first byte from 0x80, wherever the text starts and the byte lies.
TEST(MojibakeFastPath, NextNonAsciiIsTheFirstHighByte) {
  std::mt19937 rng(7);
  for (int round = 0; round < 3000; ++round) {
    std::string t(rng() % 300, 'x');
    for (char& c : t) c = static_cast<char>(' ' + rng() % 95);
    for (size_t k = rng() % 3; k > 0 && !t.empty(); --k) t[rng() % t.size()] = static_cast<char>(0x80 + rng() % 128);
    for (size_t from = 0; from <= t.size(); from += 1 + rng() % 7) {
      size_t expected = from;
      while (expected < t.size() && static_cast<unsigned char>(t[expected]) < 0x80) ++expected;
      ASSERT_EQ(cu::next_non_ascii(t, from), expected) << round << " " << from;
      ASSERT_EQ(cu::next_non_ascii_sse2(t, from), expected) << round << " " << from;
    }
  }
}

}  // namespace

// The packed-head look-up finds exactly the listed words: random words built from the listed ones (cut,
// extended, a byte changed, within and past the eight packed bytes, NUL bytes included) against a plain
// comparison with each word.
TEST(WordListFastPath, ContainsIsTheListsComparison) {
  static constexpr std::string_view kWords[] = {"a", "an", "in", "into", "including", "furthermore",
      "additionally", "Mr", "U", "despite", "amongst", "towards", "x\0y", "abcdefgh", "abcdefghi"};
  static constexpr cu::WordList kList(kWords);
  const auto plain = [](std::string_view w) {
    for (std::string_view k : kWords)
      if (k == w) return true;
    return false;
  };
  std::mt19937 rng(7);
  static constexpr char kAlphabet[] = "aAbinotdegh\0 .xy\xC3";  // a NUL byte among them
  const std::string_view alphabet(kAlphabet, sizeof kAlphabet - 1);
  size_t found = 0;
  for (int round = 0; round < 200000; ++round) {
    std::string w(kWords[rng() % std::size(kWords)]);
    switch (rng() % 4) {
      case 0: w.resize(rng() % (w.size() + 1)); break;
      case 1: w += alphabet[rng() % alphabet.size()]; break;
      case 2: if (!w.empty()) w[rng() % w.size()] = alphabet[rng() % alphabet.size()]; break;
      default: break;
    }
    ASSERT_EQ(kList.contains(w), plain(w)) << "round " << round << " word '" << w << "' (" << w.size() << " bytes)";
    found += plain(w);
  }
  EXPECT_GT(found, 10000u);  // not vacuous: many look-ups hit
  EXPECT_FALSE(kList.contains({}));
}

namespace {

// A random text of `lines` lines: each line some words, opened and closed by what the line rules look at
// (a lowercase or capital word, a bullet, a number, a quote; a period after a word, an abbreviation or an
// initial, a colon with or without a space before it, a comma, a hanging word), the lines one to four
// breaks apart.
std::string random_lines(std::mt19937& rng, size_t lines) {
  static const std::vector<std::string> starts = {"the", "The", "officials", "Officials", "- ", "- the", "\xE2\x80\xA2 ",
      "\xE2\x80\xA2 officials", "1. ", "2) ", "\"", "\"the", "\xE2\x80\x9C", "according", "Earlier", "  indented", "citing",
      "\xC3\xA9t\xC3\xA9", "Ã©tÃ©", "12", "Menu", "Home", "\xC3\x89tat"};
  static const std::vector<std::string> middles = {"", " words", " and more words here", " met officials in", " said",
      " of the", " a b c d e f g h i", " including"};
  static const std::vector<std::string> ends = {".", " U.S.", " Mr.", " F.", " a.m.", " Jr.", " St.", " No.", " vs.",
      " Sen.", " end.", " e.g.", " X.", " x.", ":", " :", " \xC2\xA0:", ",", ";", " the", " into", " said", " in",
      "!", "?", " \"quoted.\"", ".\"", " ...", "\xE2\x80\xA6", "", " (U.S.)", " U.S.\"", " \xE2\x80\x9D", "?\"", "!)",
      " (end.)", " Mr.\"", ".]", ".'", " \"", " .\"", "\""};
  static const std::vector<std::string> breaks = {"\n", "\n", "\n\n", "\n\n", "\n\n\n", "\n\n\n\n", "\r\n", " \n"};
  std::string t;
  for (size_t k = 0; k < lines; ++k) {
    t += starts[rng() % starts.size()];
    t += middles[rng() % middles.size()];
    t += ends[rng() % ends.size()];
    t += breaks[rng() % breaks.size()];
  }
  return t;
}

}  // namespace

// find_line_edits looks for an abbreviation before a final period only where the next line starts with a
// lowercase letter (after a bullet or not), and passes a break after a line plainly ending a sentence ('.',
// '!', '?', maybe before a closing quote or bracket) without deciding it: the same edits as deciding every
// break and looking before every line, on random line mixes with every line ending and start the rules
// tell apart.
TEST(LineRulesFastPath, AbbreviationLookedForOnlyWhereItCanJoin) {
  std::mt19937 rng(20261205);
  const cu::LineRules variants[] = {{}, {true, true, true, true, true}, {true, false, false, false, false}};
  cu::LineIndex lines;
  size_t edits = 0, joins_after_period = 0;
  for (int round = 0; round < 20000; ++round) {
    const std::string t = random_lines(rng, 2 + rng() % 6);
    lines.split(t, &cu::BoilerplatePatterns::builtin());
    for (const cu::LineRules& rules : variants) {
      cu::Edits fast, plain;
      cu::find_line_edits(t, lines, rules, fast);
      cu::find_line_edits_every_abbreviation(t, lines, rules, plain);
      ASSERT_EQ(fast, plain) << "round " << round << " text: " << t;
      edits += plain.size();
      for (const cu::Edit& e : plain) joins_after_period += e.begin > 0 && t[e.begin - 1] == '.' && e.replacement == " ";
    }
  }
  // Not vacuous: many breaks are joined, and some right after a period (an abbreviation's).
  EXPECT_GT(edits, 10000u);
  EXPECT_GT(joins_after_period, 500u);
}

namespace {
std::string folded(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// BoilerplatePatterns::matches read plainly: a line pattern is the whole line, a prefix starts a longer
// line (both folded to lower case), a suffix ends the line after a space (as written).
using PlainPattern = std::pair<cu::BoilerplatePatterns::Kind, std::string>;  // text folded, but a suffix's
bool plain_match(const std::vector<PlainPattern>& plain, const std::string& line) {
  using Kind = cu::BoilerplatePatterns::Kind;
  const std::string f = folded(line);
  bool expected = false;
  for (const auto& [kind, text] : plain) {
    if (kind == Kind::line) expected |= f == text;
    else if (kind == Kind::prefix) expected |= f.size() > text.size() && f.compare(0, text.size(), text) == 0;
    else expected |= line.size() > text.size() + 1 && line[line.size() - text.size() - 1] == ' ' && line.ends_with(text);
  }
  return expected;
}
}  // namespace

// The boilerplate patterns' quick rejects, by a line's first two bytes and by its last byte, against a
// plain reading (every pattern compared in full, ASCII case folded for line and prefix patterns), for
// patterns of one to three bytes: a one-byte pattern, whose second byte is anything, and a pattern and a
// line that differ only in case must still match; a suffix pattern matches after a space.
TEST(FastPath, BoilerplatePairFilterHidesNoMatch) {
  std::mt19937 rng(1234);
  const std::string alphabet = "aAbB:. \xC3\xA9";
  const auto random_word = [&](size_t max) {
    std::string w;
    const size_t len = 1 + rng() % max;
    for (size_t i = 0; i < len; ++i) w += alphabet[rng() % alphabet.size()];
    return w;
  };
  size_t matched = 0;
  for (int round = 0; round < 200; ++round) {
    cu::BoilerplatePatterns patterns;
    using Kind = cu::BoilerplatePatterns::Kind;
    std::vector<PlainPattern> plain;  // (kind, text; folded for line and prefix)
    for (int i = 0; i < 4; ++i) {
      std::string text = random_word(3);
      while (!text.empty() && text.back() == ' ') text.pop_back();
      while (!text.empty() && text.front() == ' ') text.erase(0, 1);
      if (text.empty()) continue;
      const Kind kind = std::array{Kind::line, Kind::prefix, Kind::suffix}[rng() % 3];
      patterns.add(kind, text);
      plain.emplace_back(kind, kind == Kind::suffix ? text : folded(text));
    }
    for (int j = 0; j < 200; ++j) {
      const std::string line = random_word(5);
      const bool expected = plain_match(plain, line);
      ASSERT_EQ(patterns.matches(line), expected) << "line '" << line << "'";
      matched += expected;
    }
  }
  EXPECT_GT(matched, 500u);  // not vacuous: many lines match
}

// The same with patterns of four bytes or more, where the lines' first four bytes are looked up too:
// lines made from a pattern (its case changed, cut, extended, a byte changed) and random ones, against
// the plain comparison; now and then a shorter pattern, which turns the four-byte look-up off.
TEST(FastPath, BoilerplateFourByteFilterHidesNoMatch) {
  std::mt19937 rng(4321);
  const std::string alphabet = "aAbBcC:. ";
  const auto random_text = [&](size_t min, size_t max) {
    std::string w;
    const size_t len = min + rng() % (max - min + 1);
    for (size_t i = 0; i < len; ++i) w += alphabet[rng() % alphabet.size()];
    return w;
  };
  size_t matched = 0, missed = 0;
  for (int round = 0; round < 300; ++round) {
    cu::BoilerplatePatterns patterns;
    using Kind = cu::BoilerplatePatterns::Kind;
    std::vector<PlainPattern> plain;
    std::vector<std::string> texts;
    for (int i = 0; i < 5; ++i) {
      std::string text = random_text(round % 10 == 0 && i == 0 ? 2 : 4, 7);
      if (text.front() == ' ' || text.back() == ' ') continue;
      const Kind kind = std::array{Kind::line, Kind::prefix, Kind::line, Kind::prefix, Kind::suffix}[rng() % 5];
      patterns.add(kind, text);
      plain.emplace_back(kind, kind == Kind::suffix ? text : folded(text));
      texts.push_back(text);
    }
    if (texts.empty()) continue;
    for (int j = 0; j < 300; ++j) {
      std::string line = rng() % 3 == 0 ? random_text(1, 9) : texts[rng() % texts.size()];
      for (char& c : line)
        if (rng() % 4 == 0 && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      if (rng() % 3 == 0) line += random_text(1, 4);
      if (rng() % 4 == 0 && line.size() > 1) line.pop_back();
      if (rng() % 5 == 0) line[rng() % line.size()] = alphabet[rng() % alphabet.size()];
      const bool expected = plain_match(plain, line);
      ASSERT_EQ(patterns.matches(line), expected) << "round " << round << " line '" << line << "'";
      matched += expected;
      missed += !expected;
    }
  }
  EXPECT_GT(matched, 5000u);  // not vacuous: many lines match, and many do not
  EXPECT_GT(missed, 5000u);
}

// A line's content bounds, where a printable ASCII byte at either edge is taken for content at once,
// against the plain reading (white space stepped over with edge_space_width at both edges), on random
// lines of ASCII and multi-byte white space (NBSP, zero-width space, BOM), a lone lead byte, controls,
// DEL and letters.
TEST(FastPath, LineContentBoundsAsThePlainReading) {
  static const std::vector<std::string> pieces = {" ", "\t", "\r", "\f", "\v", "\xC2\xA0", "\xE2\x80\x8B",
      "\xEF\xBB\xBF", "\xC2", "\xA0", "\x7F", "\x01", "a", "Z", ".", "~", "!", "\xC3\xA9", "\xE2\x80\x9D", "\n"};
  std::mt19937 rng(99);
  size_t trimmed = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string t;
    for (size_t k = rng() % 9; k > 0; --k) t += pieces[rng() % pieces.size()];
    if (t.empty()) continue;
    for (size_t pos = 0; pos < t.size();) {
      const cu::Line l = cu::line_at(t, pos);
      size_t b = l.begin, e = l.end;
      for (size_t w; b < e && (w = cu::edge_space_width(t, b)) != 0;) b += w;
      while (e > b) {
        const auto c = static_cast<unsigned char>(t[e - 1]);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') --e;
        else if (e - b >= 2 && cu::edge_space_width(t, e - 2) == 2) e -= 2;
        else if (e - b >= 3 && cu::edge_space_width(t, e - 3) == 3) e -= 3;
        else break;
      }
      ASSERT_EQ(l.content_begin, b) << "round " << round << " text: " << t;
      ASSERT_EQ(l.content_end, e) << "round " << round << " text: " << t;
      trimmed += b > l.begin || e < l.end;
      pos = l.next;
    }
  }
  EXPECT_GT(trimmed, 5000u);  // not vacuous: many lines have white space at an edge
}

// An empty line is read without the newline search: its fields are those the search gives, at the start,
// in the middle and at the end of a text, after a CRLF line and before one.
TEST(FastPath, EmptyLineReadAsTheSearchReadsIt) {
  for (std::string_view t : {std::string_view("\n"), std::string_view("\n\nx"), std::string_view("a\n\nb"),
                             std::string_view("a\r\n\nb\r\n"), std::string_view("a\n\r\n"), std::string_view("x\n\n")}) {
    for (size_t pos = 0; pos < t.size(); ++pos) {
      if (t[pos] != '\n' || (pos > 0 && t[pos - 1] != '\n')) continue;  // an empty line starts here
      const cu::Line l = cu::line_at(t, pos);
      EXPECT_EQ(l.begin, pos) << t;
      EXPECT_EQ(l.end, pos) << t;
      EXPECT_EQ(l.next, pos + 1) << t;
      EXPECT_EQ(l.content_begin, pos) << t;
      EXPECT_EQ(l.content_end, pos) << t;
      EXPECT_FALSE(l.crlf) << t;
      EXPECT_TRUE(l.blank()) << t;
    }
  }
}
