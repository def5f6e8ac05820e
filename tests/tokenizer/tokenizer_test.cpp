// Token kinds, tiling, the fast path against the general rules, and bad input.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokenizer.hpp"

namespace {

using textchain::text::tokenize;

struct Tok {
  std::string text;
  uint16_t kind;
  bool operator==(const Tok&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Tok& t) { return os << "[" << t.text << "|" << t.kind << "]"; }

std::vector<Tok> toks(std::string_view text) {
  std::vector<tc_token> out;
  tokenize(text, out);
  std::vector<Tok> r;
  for (const tc_token& t : out) r.push_back({std::string(text.substr(t.begin, t.end - t.begin)), t.kind});
  return r;
}

// Checks that the tokens cover [0, size) without gaps or overlaps, none empty.
void expect_tiles(std::string_view text, const std::vector<tc_token>& out) {
  uint32_t pos = 0;
  for (const tc_token& t : out) {
    ASSERT_EQ(t.begin, pos);
    ASSERT_GT(t.end, t.begin);
    ASSERT_GE(t.kind, TC_TOKEN_WORD);
    ASSERT_LE(t.kind, TC_TOKEN_SYMBOL);
    pos = t.end;
  }
  ASSERT_EQ(pos, text.size());
}

void expect_fast_path_agrees(std::string_view text, std::string_view what);

constexpr uint16_t W = TC_TOKEN_WORD, N = TC_TOKEN_NUMBER, P = TC_TOKEN_PUNCT, S = TC_TOKEN_SPACE,
                   L = TC_TOKEN_LINEBREAK, Q = TC_TOKEN_QUOTE, Y = TC_TOKEN_SYMBOL;

TEST(Tokenizer, EnglishNewsSentence) {
  EXPECT_EQ(toks("Ukraine's U.S. talks, 1,000.5 km."),
            (std::vector<Tok>{{"Ukraine's", W}, {" ", S}, {"U.S", W}, {".", P}, {" ", S}, {"talks", W}, {",", P},
                              {" ", S}, {"1,000.5", N}, {" ", S}, {"km", W}, {".", P}}));
}

TEST(Tokenizer, CurlyApostropheIsInsideTheWord) {
  EXPECT_EQ(toks("Russia\xE2\x80\x99s war"),
            (std::vector<Tok>{{"Russia\xE2\x80\x99s", W}, {" ", S}, {"war", W}}));
  // A closing curly quote after a word is not followed by a letter: its own token, a quote mark.
  EXPECT_EQ(toks("\xE2\x80\x98position,\xE2\x80\x99 as"),
            (std::vector<Tok>{{"\xE2\x80\x98", Q}, {"position", W}, {",", P}, {"\xE2\x80\x99", Q}, {" ", S}, {"as", W}}));
}

TEST(Tokenizer, QuotesAndPunctuation) {
  EXPECT_EQ(toks("\"Go!\" \xC2\xABoui\xC2\xBB \xE2\x80\x9E" "da\xE2\x80\x9C"),
            (std::vector<Tok>{{"\"", Q}, {"Go", W}, {"!", P}, {"\"", Q}, {" ", S}, {"\xC2\xAB", Q}, {"oui", W},
                              {"\xC2\xBB", Q}, {" ", S}, {"\xE2\x80\x9E", Q}, {"da", W}, {"\xE2\x80\x9C", Q}}));
  EXPECT_EQ(toks("a - b $5"), (std::vector<Tok>{{"a", W}, {" ", S}, {"-", P}, {" ", S}, {"b", W}, {" ", S},
                                                {"$", Y}, {"5", N}}));
}

TEST(Tokenizer, SpacesAndLineBreaks) {
  // WB3d keeps a run of WSegSpace together; a tab is not WSegSpace, so each tab is its own token.
  EXPECT_EQ(toks("a   b\t\tc\r\n\nd\xE2\x80\xA8" "e\xC2\xA0" "f"),
            (std::vector<Tok>{{"a", W}, {"   ", S}, {"b", W}, {"\t", S}, {"\t", S}, {"c", W}, {"\r\n", L}, {"\n", L},
                              {"d", W}, {"\xE2\x80\xA8", L}, {"e", W}, {"\xC2\xA0", S}, {"f", W}}));
}

TEST(Tokenizer, WordsWithDigitsAndUnderscores) {
  EXPECT_EQ(toks("80th COVID_19 3.5x _"),
            (std::vector<Tok>{{"80th", W}, {" ", S}, {"COVID_19", W}, {" ", S}, {"3.5x", W}, {" ", S}, {"_", P}}));
  EXPECT_EQ(toks("2025-09-26"), (std::vector<Tok>{{"2025", N}, {"-", P}, {"09", N}, {"-", P}, {"26", N}}));
}

TEST(Tokenizer, NonLatinScripts) {
  // Accented letters and Cyrillic are word characters; each ideograph is its own segment; Katakana runs join.
  EXPECT_EQ(toks("caf\xC3\xA9 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xE4\xB8\xAD\xE6\x96\x87 "
                 "\xE3\x82\xAB\xE3\x82\xBF"),
            (std::vector<Tok>{{"caf\xC3\xA9", W}, {" ", S}, {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", W},
                              {" ", S}, {"\xE4\xB8\xAD", W}, {"\xE6\x96\x87", W}, {" ", S},
                              {"\xE3\x82\xAB\xE3\x82\xBF", W}}));
  // A combining mark after an ASCII letter stays in the word (WB4).
  EXPECT_EQ(toks("e\xCC\x81t\xC3\xA9"), (std::vector<Tok>{{"e\xCC\x81t\xC3\xA9", W}}));
}

// Words of letters written in two bytes (Greek, Cyrillic, Hebrew, Arabic, accented Latin) run through the
// general scanner's two-byte letter loop: it must stop where the rules stop a word, at a two-byte character
// that is not a letter, at an ill-formed or truncated sequence, and hand back the characters that decide
// by what follows (Mid characters, Hebrew quotes), and keep the case flags of every letter.
TEST(Tokenizer, TwoByteLetterRunsStopWhereTheRulesDo) {
  const std::string cyr = "\xD0\x9C\xD0\xB8\xD1\x80", greek_title = "\xCE\x9B\xCE\xAF\xCE\xBC\xCE\xBD\xCE\xB7",
                    greek_caps = "\xCE\x9B\xCE\x99\xCE\x9C\xCE\x9D\xCE\x97", times = "\xC3\x97",
                    hebrew = "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D", arabic = "\xD8\xB9\xD8\xA7\xD9\x85",
                    arabic_digits = "\xD9\xA2\xD9\xA0", middle_dot = "\xC2\xB7", acute = "\xCC\x81";
  // A two-byte symbol between letters breaks on both sides.
  EXPECT_EQ(toks(cyr + times + cyr), (std::vector<Tok>{{cyr, W}, {times, Y}, {cyr, W}}));
  // A lead byte followed by ASCII, and one at the very end of the text, are ill-formed: their own tokens.
  EXPECT_EQ(toks(cyr + "\xD0" "a"), (std::vector<Tok>{{cyr, W}, {"\xD0", Y}, {"a", W}}));
  EXPECT_EQ(toks(cyr + "\xD0"), (std::vector<Tok>{{cyr, W}, {"\xD0", Y}}));
  // A combining mark (two bytes, Extend) inside a word stays in it (WB4), and the letters after it too.
  EXPECT_EQ(toks(cyr + acute + cyr), (std::vector<Tok>{{cyr + acute + cyr, W}}));
  // A middle dot (MidLetter) between letters joins (WB6/7); before a space it does not.
  EXPECT_EQ(toks("col" + middle_dot + "lecci\xC3\xB3 a" + middle_dot + " "),
            (std::vector<Tok>{{"col" + middle_dot + "lecci\xC3\xB3", W}, {" ", S}, {"a", W}, {middle_dot, P}, {" ", S}}));
  // Hebrew letters then an apostrophe keep it (WB7a); a double quote between them joins (WB7b/c).
  EXPECT_EQ(toks(hebrew + "' " + hebrew + "\"" + hebrew),
            (std::vector<Tok>{{hebrew + "'", W}, {" ", S}, {hebrew + "\"" + hebrew, W}}));
  // Arabic-Indic digits after Arabic letters join the word (WB9).
  EXPECT_EQ(toks(arabic + arabic_digits + " " + arabic_digits), (std::vector<Tok>{{arabic + arabic_digits, W}, {" ", S}, {arabic_digits, N}}));
  // Case flags from every letter of the run.
  std::vector<tc_token> out;
  const std::string text = greek_title + " " + greek_caps + " " + cyr + "\xD0\x98";
  tokenize(text, out);
  ASSERT_EQ(out.size(), 5u);
  EXPECT_EQ(out[0].flags, TC_TOKEN_HAS_LETTER | TC_TOKEN_NON_ASCII | TC_TOKEN_INITIAL_CAPITAL | TC_TOKEN_TITLE_CASE);
  EXPECT_EQ(out[2].flags, TC_TOKEN_HAS_LETTER | TC_TOKEN_NON_ASCII | TC_TOKEN_INITIAL_CAPITAL | TC_TOKEN_ALL_CAPITALS);
  EXPECT_EQ(out[4].flags, TC_TOKEN_HAS_LETTER | TC_TOKEN_NON_ASCII | TC_TOKEN_INITIAL_CAPITAL);
  // And the same with every block classifier, against flags decoded again from the text.
  ASSERT_NO_FATAL_FAILURE(expect_fast_path_agrees(text + " " + cyr + times + cyr + acute + " " + hebrew + "\"" + hebrew,
                                                  "two-byte letter runs"));
}

// Ideographs and kana (Word_Break Other) are a segment each, unless an Extend, Format or ZWJ follows (WB4);
// runs of them take their own loop in the byte loop, checked here with every block classifier.
TEST(Tokenizer, LoneCharacterRunsAreOneSegmentEach) {
  const std::string zhong = "\xE4\xB8\xAD", wen = "\xE6\x96\x87", no = "\xE3\x81\xAE", stop = "\xE3\x80\x82",
                    ka = "\xE3\x82\xAB", acute = "\xCC\x81", zwj = "\xE2\x80\x8D", shy = "\xC2\xAD",
                    smile = "\xF0\x9F\x98\x80";
  const auto texts = [](std::string_view text) {
    std::vector<std::string> r;
    for (const Tok& t : toks(text)) r.push_back(t.text);
    return r;
  };
  // A run, a Katakana pair inside it (WB13 joins them), full stop, then ASCII.
  EXPECT_EQ(texts(zhong + wen + no + ka + ka + zhong + stop + "ok"),
            (std::vector<std::string>{zhong, wen, no, ka + ka, zhong, stop, "ok"}));
  // A combining mark, a soft hyphen and a ZWJ attach to the character before them (WB4), mid-run and last.
  EXPECT_EQ(texts(zhong + acute + wen + shy + no + zwj + smile + wen + acute),
            (std::vector<std::string>{zhong + acute, wen + shy, no + zwj + smile, wen + acute}));
  // An ASCII symbol before a run, an ill-formed byte inside it, a period after it, the text's end.
  EXPECT_EQ(texts("(" + zhong + wen + "\xE4" + no + wen + "." + zhong),
            (std::vector<std::string>{"(", zhong, wen, "\xE4", no, wen, ".", zhong}));
  std::string text;
  for (int k = 0; k < 12; ++k) text += zhong + wen + no + stop + ka + ka + " " + zhong + acute + wen + ". " + smile + no;
  ASSERT_NO_FATAL_FAILURE(expect_fast_path_agrees(text, "lone character runs"));
  ASSERT_NO_FATAL_FAILURE(expect_fast_path_agrees("The " + zhong + wen + " text, " + no + zhong + "." + text, "lone runs after ASCII"));
}

TEST(Tokenizer, EmojiAndFlags) {
  // A ZWJ sequence is one segment (WB3c); regional indicators pair up (WB15/16).
  const std::string family = "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9";
  const std::string flag_ua = "\xF0\x9F\x87\xBA\xF0\x9F\x87\xA6";
  const std::string flag_us = "\xF0\x9F\x87\xBA\xF0\x9F\x87\xB8";
  EXPECT_EQ(toks(family + flag_ua + flag_us),
            (std::vector<Tok>{{family, Y}, {flag_ua, Y}, {flag_us, Y}}));
}

TEST(Tokenizer, EmptyInput) {
  std::vector<tc_token> out{{1, 2, TC_TOKEN_WORD, 0}};
  tokenize("", out);
  EXPECT_TRUE(out.empty());
}

TEST(Tokenizer, InvalidUtf8BytesAreSingleSymbolTokens) {
  // A stray continuation byte, a truncated 3-byte sequence, an overlong '/', a surrogate, a byte > F4,
  // and a lead byte at the very end of the text (no read past it).
  const std::string text = "a\x80" "b\xE2\x82" "c\xC0\xAF" "d\xED\xA0\x80" "e\xFF" "f\xF0\x9F";
  std::vector<tc_token> out;
  tokenize(text, out);
  expect_tiles(text, out);
  EXPECT_EQ(toks(text),
            (std::vector<Tok>{{"a", W}, {"\x80", Y}, {"b", W}, {"\xE2", Y}, {"\x82", Y}, {"c", W}, {"\xC0", Y},
                              {"\xAF", Y}, {"d", W}, {"\xED", Y}, {"\xA0", Y}, {"\x80", Y}, {"e", W}, {"\xFF", Y},
                              {"f", W}, {"\xF0", Y}, {"\x9F", Y}}));
  // A bad byte splits even what WB4 would join: a combining mark after it starts a new segment.
  EXPECT_EQ(toks("\x80\xCC\x81"), (std::vector<Tok>{{"\x80", Y}, {"\xCC\x81", Y}}));
}

TEST(Tokenizer, NulBytes) {
  const std::string text("ab\0\0cd\0", 7);
  EXPECT_EQ(toks(text), (std::vector<Tok>{{"ab", W}, {std::string(1, '\0'), Y}, {std::string(1, '\0'), Y},
                                          {"cd", W}, {std::string(1, '\0'), Y}}));
}

TEST(Tokenizer, MidCharactersAtTheEndOfText) {
  EXPECT_EQ(toks("U.S."), (std::vector<Tok>{{"U.S", W}, {".", P}}));
  EXPECT_EQ(toks("1,"), (std::vector<Tok>{{"1", N}, {",", P}}));
  EXPECT_EQ(toks("it'"), (std::vector<Tok>{{"it", W}, {"'", Q}}));
}

// Every byte sequence built from these pieces must segment the same with and without the fast path.
TEST(Tokenizer, FastPathAgreesWithGeneralRulesOnRandomText) {
  const std::vector<std::string> pieces = {
      "a", "Z", "q", "7", "0", "_", ".", ",", ";", ":", "'", "\"", " ", "  ", "\t", "\n", "\r", "-", "$", "!",
      "\xC3\xA9",                  // é
      "\xE2\x80\x99",              // ’ MidNumLet
      "\xCC\x81",                  // combining acute (Extend)
      "\xE2\x80\x8D",              // ZWJ
      "\xC2\xAD",                  // soft hyphen (Format)
      "\xD7\x90",                  // Hebrew alef
      "\xE3\x82\xAB",              // Katakana KA
      "\xF0\x9F\x87\xBA",          // regional indicator U
      "\xF0\x9F\x98\x80",          // 😀 Extended_Pictographic
      "\xE3\x80\x80",              // ideographic space (WSegSpace)
      "\xEF\xBC\x8C",              // fullwidth comma (MidNum)
      "\xC2\xB7",                  // middle dot (MidLetter)
      "\xD9\xA3",                  // Arabic-Indic digit three
      "\xE2\x80\xAF",              // narrow no-break space (ExtendNumLet)
      "\x80", "\xE2\x82",          // ill-formed
      // Case and shape flags: capitals and title case outside ASCII, a lowercase Extend character, a
      // word the abbreviation lexicon knows (before "."), a non-ASCII digit.
      "A", "Mr", "No", "\xC3\x89", "\xC5\x81", "\xC7\x85", "\xCD\x85", "\xCE\xA3", "\xCF\x82", "\xE0\xA5\xA9",
  };
  std::mt19937 rng(12345);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(1, 40);
  std::vector<tc_token> fast, general;
  for (int round = 0; round < 200000; ++round) {
    std::string text;
    for (int k = length(rng); k > 0; --k) text += pieces[pick(rng)];
    tokenize(text, fast);
    textchain::text::detail::tokenize_general_only(text, general);
    ASSERT_NO_FATAL_FAILURE(expect_tiles(text, fast));
    ASSERT_EQ(fast.size(), general.size()) << "text: " << text;
    for (size_t t = 0; t < fast.size(); ++t) {
      ASSERT_EQ(fast[t].end, general[t].end) << "text: " << text;
      ASSERT_EQ(fast[t].kind, general[t].kind) << "text: " << text;
      ASSERT_EQ(fast[t].flags, general[t].flags) << "text: " << text;
    }
  }
}

// Tokens, kinds and flags of `text` must be the same with and without the fast path, and with each block
// classifier (tokenize's: AVX-512 or AVX2, whichever this processor has; AVX2 where it has it; SSE2; the
// byte loop).
void expect_fast_path_agrees(std::string_view text, std::string_view what) {
  std::vector<tc_token> general;
  textchain::text::detail::tokenize_general_only(text, general);
  const std::pair<const char*, void (*)(std::string_view, std::vector<tc_token>&)> variants[] = {
      {"tokenize", tokenize},
      {"avx2 blocks", textchain::text::detail::tokenize_avx2_blocks},
      {"sse2 blocks", textchain::text::detail::tokenize_sse2_blocks},
      {"byte blocks", textchain::text::detail::tokenize_byte_blocks}};
  for (const auto& [name, run] : variants) {
    std::vector<tc_token> fast;
    run(text, fast);
    ASSERT_NO_FATAL_FAILURE(expect_tiles(text, fast)) << name;
    ASSERT_EQ(fast.size(), general.size()) << what << " (" << name << ")";
    for (size_t t = 0; t < fast.size(); ++t) {
      const std::string_view tok = text.substr(fast[t].begin, fast[t].end - fast[t].begin);
      ASSERT_EQ(fast[t].end, general[t].end) << what << " (" << name << "): token " << t << " '" << tok << "'";
      ASSERT_EQ(fast[t].kind, general[t].kind) << what << " (" << name << "): '" << tok << "'";
      ASSERT_EQ(fast[t].flags, general[t].flags) << what << " (" << name << "): '" << tok << "'";
    }
  }
}

// The block path's own cases, each in a text long enough for blocks (64 bytes and more), at every offset of
// a block: a word run across the block's end, a Mid character whose right neighbour is the block's last
// byte or the first non-ASCII byte, runs that start with a digit or '_' and hold letters ("3M", "_x"),
// words before periods that the lexicon knows and words of 7 to 9 bytes before periods, CR LF, a space
// run before a no-break space, and curly quotes.
TEST(Tokenizer, BlockPathAgreesWithGeneralRulesAtEveryOffset) {
  std::vector<std::string> cases = {
      "Mr. Smith met Dr. Jones at 10:30 a.m. on Jan. 5, 2025; they said 3M's U.S. unit sold 1,000.5 tons.",
      "rock'n'roll 3M _x __ x_y 9a a9 Ab9 aB THE The the iPhone McCain e.g. No. 5 no. vs. etc. St.",
      "line one\r\nline two\rline three\n\n  tab\there  spaces   before\xC2\xA0nbsp and caf\xC3\xA9 ok",
      "a.b.c a'b'c 1.2.3 1,2;3 a:b a.1 1.a a'\xC3\xA9 1.\xD9\xA3 word\xCC\x81 end. (quoted) \"x\" 'y' $5 100%",
      // Words before periods around the longest listed abbreviation's length (the block path looks up only
      // runs of at most 8 bytes), and runs starting with a digit or '_' with and without letters.
      "Messrs. Sevenab. Eightabc. Nineabcde. approx. A.B.C.D. A.B.C.D.E. 12345678. 3Mx. _ab. 7_. 42. Gen. 9"};
  // Curly quotes, which blocks take: each alone between ASCII words, so that a block meets it at every
  // offset. Apostrophes between letters, between digits, at a word's edges, next to each other and to
  // ASCII Mid characters, before a combining mark or an accented letter, before a period the lexicon knows.
  for (const char* quoted : {"\xE2\x80\x9C" "Don\xE2\x80\x99t,\xE2\x80\x9D", "\xE2\x80\x98Yes\xE2\x80\x99", "5\xE2\x80\x99" "000",
                             "a\xE2\x80\x99" "1", "1\xE2\x80\x99" "a", "dogs\xE2\x80\x99", "\xE2\x80\x99tis", "it\xE2\x80\x99s\xE2\x80\x99",
                             "x\xE2\x80\x99\xE2\x80\x9Cy\xE2\x80\x9D\xE2\x80\x99z", "a\xE2\x80\x99\xCC\x81" "b", "c\xE2\x80\x99\xC3\xA9",
                             "\xE2\x80\x9C\xCC\x81", "O\xE2\x80\x99Neil", "Mr\xE2\x80\x99s. Mr\xE2\x80\x99.", "3M\xE2\x80\x99s", "_a\xE2\x80\x99" "b",
                             "a.\xE2\x80\x99" "b", "a\xE2\x80\x99.b", "a'\xE2\x80\x99" "b"})
    cases.push_back(std::string("the reporters who covered it said that ") + quoted + " and the editors agreed with them");
  for (const std::string& c : cases) {
    std::string text;
    while (text.size() < 300) text += c + " ";
    for (size_t off = 0; off < 64; ++off)
      ASSERT_NO_FATAL_FAILURE(expect_fast_path_agrees(std::string_view(text).substr(off), c + " at " + std::to_string(off)));
  }
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Real text: the sample news, the tokenizer's test documents and the cleanup tests' lines in every script
// the mojibake rule knows, each file alone and all of them as one long text.
TEST(Tokenizer, FastPathAgreesWithGeneralRulesOnRealText) {
  namespace fs = std::filesystem;
  const fs::path root(TEXTCHAIN_SOURCE_DIR);
  std::vector<fs::path> files = {root / "tests" / "cleanup" / "data" / "multilingual_lines.txt"};
  for (const fs::path& dir : {root / "examples" / "corpus", root / "tests" / "tokenizer" / "data"})
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path().extension() == ".txt") files.push_back(e.path());
  ASSERT_GE(files.size(), 5u);
  std::string all;
  for (const fs::path& f : files) {
    const std::string text = read_file(f);
    ASSERT_FALSE(text.empty()) << f;
    ASSERT_NO_FATAL_FAILURE(expect_fast_path_agrees(text, f.string()));
    all += text;
  }
  ASSERT_NO_FATAL_FAILURE(expect_fast_path_agrees(all, "all files"));
}

// Long random texts of words in several scripts and cases, ASCII runs long enough for any block-wise
// scan, and the characters at the edges of the rules.
TEST(Tokenizer, FastPathAgreesWithGeneralRulesOnLongMixedText) {
  const std::vector<std::string> words = {
      "the", "The", "THE", "McCain", "iPhone", "3rd", "2025", "1,000.5", "U.S.", "don't", "it's", "a.m.", "Mr.",
      "No. 5", "e-mail", "x_y", "__", "\xC5\x81ukasz", "\xC5\xBBUKOWSKI", "caf\xC3\xA9", "na\xC3\xAFve",
      "\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1", "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",
      "\xE6\x9D\xB1\xE4\xBA\xAC", "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D", "don\xE2\x80\x99t",
      "\xE2\x80\x9Cquoted\xE2\x80\x9D", "\xF0\x9F\x87\xBA\xF0\x9F\x87\xB8", "e\xCC\x81", "\xC7\x85ur",
      "(", ")", ",", ".", ";", ":", "!", "?", "\"", "'", "-", "\t", "\n", "\r\n", "\n\n", "  ", "\xC2\xA0"};
  std::mt19937 rng(2026);
  std::uniform_int_distribution<size_t> pick(0, words.size() - 1);
  std::uniform_int_distribution<int> sep(0, 9);
  for (int round = 0; round < 40; ++round) {
    std::string text;
    const size_t target = 1000 + rng() % 20000;
    while (text.size() < target) {
      text += words[pick(rng)];
      if (sep(rng) < 7) text += ' ';
    }
    ASSERT_NO_FATAL_FAILURE(expect_fast_path_agrees(text, "round " + std::to_string(round)));
  }
}

// Long texts that are mostly ASCII, so that runs of 64 bytes and more without a non-ASCII byte are common
// (what a block-wise scan of the ASCII fast path works on), with every ASCII class the rules tell apart:
// capitals, small letters, digits, '_', each Mid character between letters and between digits, runs of
// spaces, line breaks (CR, LF, CRLF), other punctuation, words before a period (abbreviations), and now and
// then a non-ASCII character that joins (Extend, a letter, a MidNumLet) or breaks. Tokens, kinds and flags
// must be those of the general rules at every offset.
TEST(Tokenizer, FastPathAgreesWithGeneralRulesOnLongMostlyAsciiText) {
  const std::vector<std::string> ascii = {
      "a", "e", "s", "t", "Z", "Q", "x", "7", "0", "1", "_", ".", ",", ";", ":", "'", " ", " ", " ", " ", "  ",
      "\n", "\r", "\r\n", "\t", "-", "(", ")", "\"", "!", "?", "$", "%", "/", "the", "The", "THE", "McCain",
      "iPhone", "3M", "U.S.", "a.m.", "Mr.", "Dr", "No.", "No. 5", "Jan.", "1,000", "3.5", "10:30", "x_y", "__",
      "don't", "rock'n'roll", "e.g.", "A", "I", "ok", "aB", "Ab9"};
  const std::vector<std::string> other = {
      "\xC3\xA9", "\xE2\x80\x99", "\xCC\x81", "\xE2\x80\x8D", "\xC2\xAD", "\xE3\x80\x80", "\xC2\xB7", "\xC5\x81",
      "\xF0\x9F\x98\x80", "\x80", "\xE2\x80\x9C", "\xC2\xA0"};
  std::mt19937 rng(64);
  std::uniform_int_distribution<size_t> pick_ascii(0, ascii.size() - 1), pick_other(0, other.size() - 1);
  std::uniform_int_distribution<int> percent(0, 99);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const size_t target = 64 + rng() % 700;
    const int non_ascii_percent = round % 3 == 0 ? 0 : round % 3 == 1 ? 1 : 5;
    while (text.size() < target)
      text += percent(rng) < non_ascii_percent ? other[pick_other(rng)] : ascii[pick_ascii(rng)];
    ASSERT_NO_FATAL_FAILURE(expect_fast_path_agrees(text, "round " + std::to_string(round)));
    // The same text from every offset of its first 64 bytes: blocks start anywhere.
    if (round % 50 == 0) {
      for (size_t off = 1; off < 64 && off < text.size(); ++off)
        ASSERT_NO_FATAL_FAILURE(expect_fast_path_agrees(std::string_view(text).substr(off), "round " + std::to_string(round) + " at " + std::to_string(off)));
    }
  }
}

TEST(Tokenizer, HundredMegabyteSingleLine) {
  const std::string sentence =
      "The talks between Russian Foreign Minister Sergey Lavrov and US Secretary of State Marco Rubio, "
      "held on September 24, lasted over 50 minutes \xE2\x80\x94 \xE2\x80\x9C" "constructive\xE2\x80\x9D, she said. ";
  std::string text;
  text.reserve(100u << 20);
  while (text.size() + sentence.size() <= (100u << 20)) text += sentence;
  text.append((100u << 20) - text.size(), 'x');
  ASSERT_EQ(text.size(), 100u << 20);
  std::vector<tc_token> out;
  tokenize(text, out);
  ASSERT_NO_FATAL_FAILURE(expect_tiles(text, out));
  EXPECT_GT(out.size(), text.size() / 8);
  // The padding of 'x' after the last sentence's ". " is one word that runs to the last byte.
  EXPECT_EQ(out.back().kind, TC_TOKEN_WORD);
  EXPECT_EQ(text.substr(out.back().begin, 1), "x");
}

}  // namespace
