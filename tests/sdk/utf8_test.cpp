// textchain/utf8.hpp, the one UTF-8 decoder and encoder of the host and the plugins: the Unicode
// well-formedness table (Table 3-7) at its edges and exhaustively for two- and three-byte sequences,
// overlong forms, surrogates, truncated sequences, the lenient walk, previous() against the forward walk,
// and the encoding of values that are not scalar values.
#include <textchain/utf8.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace utf8 = textchain::utf8;
using namespace std::string_view_literals;

utf8::CodePoint strict(std::string_view s) {
  return utf8::decode_strict(reinterpret_cast<const unsigned char*>(s.data()), s.size());
}

std::string encoded(char32_t cp) {
  std::string out;
  utf8::append(out, cp);
  return out;
}

// Boundaries of the forward walk with decode(): every position a character starts at, and the end.
std::vector<size_t> forward_boundaries(std::string_view s) {
  std::vector<size_t> b{0};
  for (size_t pos = 0; pos < s.size();) {
    const utf8::CodePoint c = utf8::decode(s, pos);
    EXPECT_GT(c.size, 0u);
    if (c.size == 0) break;
    pos += c.size;
    b.push_back(pos);
  }
  return b;
}

std::vector<size_t> backward_boundaries(std::string_view s) {
  std::vector<size_t> b{s.size()};
  for (size_t pos = s.size(); pos > 0;) {
    const size_t p = utf8::previous(s, pos);
    EXPECT_LT(p, pos);
    if (p >= pos) break;
    pos = p;
    b.insert(b.begin(), pos);
  }
  return b;
}

std::string hex(std::string_view s) {
  static const char digits[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    out += digits[c >> 4];
    out += digits[c & 15];
    out += ' ';
  }
  return out;
}

struct Case {
  std::string_view bytes;
  char32_t cp;  // expected code point; 0 with size 0: ill-formed
  size_t size;
};

// Table 3-7, row by row: the lowest and highest well-formed sequence of each row, and the bytes just
// outside its second-byte range (overlong forms, surrogates, values above U+10FFFF).
const Case kTableEdges[] = {
    {"\x00"sv, 0x0000, 1},
    {"\x7F"sv, 0x007F, 1},
    {"\x80"sv, 0, 0},                  // a continuation byte cannot start a character
    {"\xBF"sv, 0, 0},
    {"\xC0\x80"sv, 0, 0},              // overlong U+0000
    {"\xC1\xBF"sv, 0, 0},              // overlong U+007F
    {"\xC2\x80"sv, 0x0080, 2},
    {"\xDF\xBF"sv, 0x07FF, 2},
    {"\xC2\x7F"sv, 0, 0},              // second byte not a continuation
    {"\xC2\xC0"sv, 0, 0},
    {"\xE0\x9F\xBF"sv, 0, 0},          // overlong U+07FF
    {"\xE0\xA0\x80"sv, 0x0800, 3},
    {"\xE0\xBF\xBF"sv, 0x0FFF, 3},
    {"\xE1\x80\x80"sv, 0x1000, 3},
    {"\xEC\xBF\xBF"sv, 0xCFFF, 3},
    {"\xED\x80\x80"sv, 0xD000, 3},
    {"\xED\x9F\xBF"sv, 0xD7FF, 3},
    {"\xED\xA0\x80"sv, 0, 0},          // U+D800, a surrogate
    {"\xED\xBF\xBF"sv, 0, 0},          // U+DFFF
    {"\xEE\x80\x80"sv, 0xE000, 3},
    {"\xEF\xBF\xBF"sv, 0xFFFF, 3},
    {"\xEF\xBF\xBD"sv, 0xFFFD, 3},     // U+FFFD written in the text is a character like any other
    {"\xE1\x80\xC0"sv, 0, 0},          // third byte not a continuation
    {"\xF0\x8F\xBF\xBF"sv, 0, 0},      // overlong U+FFFF
    {"\xF0\x90\x80\x80"sv, 0x10000, 4},
    {"\xF0\xBF\xBF\xBF"sv, 0x3FFFF, 4},
    {"\xF1\x80\x80\x80"sv, 0x40000, 4},
    {"\xF3\xBF\xBF\xBF"sv, 0xFFFFF, 4},
    {"\xF4\x80\x80\x80"sv, 0x100000, 4},
    {"\xF4\x8F\xBF\xBF"sv, 0x10FFFF, 4},
    {"\xF4\x90\x80\x80"sv, 0, 0},      // U+110000
    {"\xF5\x80\x80\x80"sv, 0, 0},      // no lead byte above F4
    {"\xF0\x90\x80\x7F"sv, 0, 0},      // fourth byte not a continuation
    {"\xFE"sv, 0, 0},
    {"\xFF"sv, 0, 0},
};

TEST(Utf8, DecodeStrictFollowsTheWellFormednessTableAtItsEdges) {
  for (const Case& c : kTableEdges) {
    const utf8::CodePoint d = strict(c.bytes);
    EXPECT_EQ(d.size, c.size) << hex(c.bytes);
    if (c.size) {
      EXPECT_EQ(static_cast<uint32_t>(d.cp), static_cast<uint32_t>(c.cp)) << hex(c.bytes);
    }
  }
}

// Oracle independent of the decoder: a sequence is well-formed exactly when it is the encoding of a
// scalar value. Every two- and three-byte sequence is tried (every overlong form and surrogate among them).
TEST(Utf8, EveryTwoAndThreeByteSequenceIsWellFormedExactlyWhenItEncodesAScalarValue) {
  std::vector<bool> two(1u << 16), three(1u << 24);
  for (char32_t cp = 0x80; cp < 0x800; ++cp) {
    const std::string e = encoded(cp);
    ASSERT_EQ(e.size(), 2u);
    two[(static_cast<unsigned char>(e[0]) << 8) | static_cast<unsigned char>(e[1])] = true;
  }
  for (char32_t cp = 0x800; cp < 0x10000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const std::string e = encoded(cp);
    ASSERT_EQ(e.size(), 3u);
    three[(static_cast<unsigned char>(e[0]) << 16) | (static_cast<unsigned char>(e[1]) << 8) |
          static_cast<unsigned char>(e[2])] = true;
  }
  size_t mismatches = 0;
  unsigned char b[3];
  for (uint32_t v = 0; v < (1u << 16); ++v) {
    b[0] = static_cast<unsigned char>(v >> 8);
    b[1] = static_cast<unsigned char>(v);
    if (b[0] < 0xC0 || b[0] >= 0xE0) continue;
    const utf8::CodePoint d = utf8::decode_strict(b, 2);
    if ((d.size == 2) != two[v] && ++mismatches < 10) ADD_FAILURE() << hex({reinterpret_cast<char*>(b), 2});
  }
  for (uint32_t v = 0xE00000; v < 0xF00000; ++v) {
    b[0] = static_cast<unsigned char>(v >> 16);
    b[1] = static_cast<unsigned char>(v >> 8);
    b[2] = static_cast<unsigned char>(v);
    const utf8::CodePoint d = utf8::decode_strict(b, 3);
    if ((d.size == 3) != three[v] && ++mismatches < 10) ADD_FAILURE() << hex({reinterpret_cast<char*>(b), 3});
  }
  EXPECT_EQ(mismatches, 0u);
}

TEST(Utf8, EveryScalarValueRoundTripsThroughEncodeAndDecode) {
  size_t failures = 0;
  char buf[4];
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const size_t n = utf8::encode(cp, buf);
    const utf8::CodePoint d = utf8::decode(std::string_view(buf, n), 0);
    if ((n != utf8::encoded_size(cp) || d.cp != cp || d.size != n) && ++failures < 10)
      ADD_FAILURE() << "U+" << std::hex << static_cast<uint32_t>(cp);
  }
  EXPECT_EQ(failures, 0u);
}

TEST(Utf8, TruncatedSequencesAreIllFormedWhateverFollowsInMemory) {
  // The bytes after the end are well-formed continuations: decode_strict must not read them.
  const std::string_view full = "\xF0\x9F\x98\x80"sv;  // U+1F600
  for (size_t n = 1; n < full.size(); ++n)
    EXPECT_EQ(utf8::decode_strict(reinterpret_cast<const unsigned char*>(full.data()), n).size, 0u) << n;
  const std::string_view three = "\xE2\x82\xAC"sv;  // U+20AC
  for (size_t n = 1; n < three.size(); ++n)
    EXPECT_EQ(utf8::decode_strict(reinterpret_cast<const unsigned char*>(three.data()), n).size, 0u) << n;
  EXPECT_EQ(utf8::decode_strict(reinterpret_cast<const unsigned char*>("\xC3\xA9"), 1).size, 0u);
  // The lenient decoder on a string_view that ends inside a character: one U+FFFD per byte left.
  const std::string_view cut = full.substr(0, 3);
  EXPECT_EQ(forward_boundaries(cut), (std::vector<size_t>{0, 1, 2, 3}));
}

TEST(Utf8, DecodeReadsEachIllFormedByteAsOneReplacementCharacterAndStopsAtTheEnd) {
  const std::string_view s = "a\xC3\xA9\xC0\xAF\xED\xA0\x80\xE2\x82z"sv;
  std::vector<char32_t> cps;
  for (size_t pos = 0; pos < s.size();) {
    const utf8::CodePoint c = utf8::decode(s, pos);
    cps.push_back(c.cp);
    pos += c.size;
  }
  EXPECT_EQ(cps, (std::vector<char32_t>{U'a', U'\u00E9', 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD,
                                        U'z'}));
  EXPECT_EQ(utf8::decode(s, s.size()).size, 0u);
  EXPECT_EQ(utf8::decode(s, s.size() + 7).size, 0u);
  EXPECT_EQ(utf8::decode({}, 0).size, 0u);
  // decode_strict tells a replaced byte from U+FFFD written in the text; decode does not need to.
  EXPECT_EQ(strict("\xEF\xBF\xBD"sv).size, 3u);
  EXPECT_EQ(strict("\xFF"sv).size, 0u);
  EXPECT_EQ(utf8::decode("\xFF"sv, 0).cp, 0xFFFDu);
}

TEST(Utf8, PreviousWalksBackOverWellFormedText) {
  const std::string_view s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z"sv;  // a é € 😀 z
  EXPECT_EQ(backward_boundaries(s), (std::vector<size_t>{0, 1, 3, 6, 10, 11}));
  EXPECT_EQ(backward_boundaries(s), forward_boundaries(s));
  EXPECT_EQ(utf8::previous(s, 0), 0u);
  EXPECT_EQ(utf8::previous(s, s.size() + 5), 10u);  // past the end counts as the end
  EXPECT_EQ(utf8::previous({}, 3), 0u);
  // A position inside a character: the start of that character.
  EXPECT_EQ(utf8::previous(s, 8), 6u);
  EXPECT_EQ(utf8::previous(s, 2), 1u);
}

TEST(Utf8, PreviousFindsTheForwardWalksBoundariesInIllFormedText) {
  const std::string_view cases[] = {
      "a\x80\x80"sv,                   // stray continuation bytes after ASCII
      "\xE2\x82"sv,                    // a truncated sequence at the end
      "\xE2\x82z"sv,                   // and before ASCII
      "\xC0\x80"sv,                    // overlong
      "\xED\xA0\x80"sv,                // surrogate
      "\xF0\x9F\x98\x80\x80"sv,        // one continuation byte too many
      "\x80\x80\x80\x80\x80"sv,        // nothing but continuation bytes
      "\xF4\x90\x80\x80"sv,            // above U+10FFFF
      "\xF8\x88\x80\x80\x80"sv,        // a five-byte form
      "\xC3\xA9\xBF\xE2\x82\xAC"sv,    // é, a stray byte, €
  };
  for (std::string_view s : cases) EXPECT_EQ(backward_boundaries(s), forward_boundaries(s)) << hex(s);

  // Random byte strings drawn mostly from lead and continuation bytes (fixed seed: reproducible).
  const unsigned char alphabet[] = {'a', ' ', 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF,
                                    0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
  std::mt19937 rng(13);
  std::uniform_int_distribution<size_t> pick(0, sizeof alphabet - 1), length(0, 12);
  for (int i = 0; i < 20000; ++i) {
    std::string s(length(rng), '\0');
    for (char& c : s) c = static_cast<char>(alphabet[pick(rng)]);
    const auto forward = forward_boundaries(s), backward = backward_boundaries(s);
    if (forward != backward) {
      ADD_FAILURE() << hex(s);
      break;
    }
  }
}

TEST(Utf8, EncodeWritesAReplacementCharacterForWhatIsNotAScalarValue) {
  for (char32_t cp : {char32_t{0xD800}, char32_t{0xDBFF}, char32_t{0xDC00}, char32_t{0xDFFF}, char32_t{0x110000},
                      char32_t{0x7FFFFFFF}, char32_t{0xFFFFFFFF}}) {
    EXPECT_EQ(encoded(cp), "\xEF\xBF\xBD") << std::hex << static_cast<uint32_t>(cp);
    EXPECT_EQ(utf8::encoded_size(cp), 3u) << std::hex << static_cast<uint32_t>(cp);
  }
  EXPECT_EQ(encoded(0xD7FF), "\xED\x9F\xBF");
  EXPECT_EQ(encoded(0xE000), "\xEE\x80\x80");
  EXPECT_EQ(encoded(0x10FFFF), "\xF4\x8F\xBF\xBF");
  EXPECT_EQ(encoded(0), std::string(1, '\0'));
}

TEST(Utf8, EncodedSizeChangesAtEachLengthBoundary) {
  static_assert(utf8::encoded_size(0x7F) == 1 && utf8::encoded_size(0x80) == 2);
  static_assert(utf8::encoded_size(0x7FF) == 2 && utf8::encoded_size(0x800) == 3);
  static_assert(utf8::encoded_size(0xFFFF) == 3 && utf8::encoded_size(0x10000) == 4);
  static_assert(utf8::encoded_size(0x10FFFF) == 4);
  std::string out = "x";
  utf8::append(out, 0x20AC);
  utf8::append(out, 0x1F600);
  EXPECT_EQ(out, "x\xE2\x82\xAC\xF0\x9F\x98\x80");
}

}  // namespace
