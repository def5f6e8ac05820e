// Pairing quotation marks: styles, apostrophes, nesting, unclosed and multi-paragraph quotations.
#include "quote_marks.hpp"
#include "text/compact_tokens.hpp"
#include "text/sentence_splitter.hpp"
#include "text/tokenizer.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

using namespace textchain::quotes;

namespace {
struct Span {
  std::string text;
  int depth;
  bool closed;
};
std::vector<Span> spans(const std::string& text, const MarkSet& marks = MarkSet::all()) {
  std::vector<tc_token> tokens;
  textchain::text::tokenize(text, tokens);
  std::vector<tc_sentence> sentences;
  textchain::text::split_sentences(text, tokens, sentences);
  textchain::text::CompactTokens compact;  // the form the host hands the plugin
  textchain::text::to_compact(tokens, compact);
  std::vector<Span> out;
  for (const auto& q : find_quote_spans(text, textchain::CompactTokenView(compact.tokens, compact.long_tokens), sentences, marks))
    out.push_back({text.substr(q.begin, q.end - q.begin), q.depth, q.closed()});
  return out;
}
std::vector<std::string> texts(const std::string& text, const MarkSet& marks = MarkSet::all()) {
  std::vector<std::string> out;
  for (auto& s : spans(text, marks)) out.push_back(s.text);
  return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST(QuoteMarks, EveryStylePairs) {
  EXPECT_EQ(texts(R"(He said "yes." Then “no.” And «oui» and „ja“ and ‘maybe’.)"),
            (V{"\"yes.\"", "“no.”", "«oui»", "„ja“", "‘maybe’"}));
  EXPECT_EQ(texts("「東京」 and 『本』"), (V{"「東京」", "『本』"}));
}

TEST(QuoteMarks, ApostrophesAreNotQuotes) {
  EXPECT_EQ(texts("Ukraine's and Russians' plans in the '90s, Wayne’s World, rock 'n' roll"), V{});
  EXPECT_EQ(texts("This 'switch', he said, and the Russians' 'plan'."), (V{"'switch'", "'plan'"}));
}

// Whether a letter or white space stands beside a mark is the host's answer (its tokens, from the Unicode
// tables), not a range of code points: µ is a letter below U+00C0, digits of other scripts are digits
// ('٩٠s like '90s), a currency sign is no letter wherever it is encoded, and invisible characters (a soft
// hyphen the host joins to the space before it, a zero-width space) are looked through.
TEST(QuoteMarks, LettersAndSpacesBesideMarksAreTheHosts) {
  EXPECT_EQ(texts("the so-called 'µ-law' codec"), (V{"'µ-law'"}));
  EXPECT_EQ(texts("Sales in the '٩٠s and the '०८ season fell."), V{});
  EXPECT_EQ(texts("Prices near '฿40 and '$40 a kilo held."), V{});
  EXPECT_EQ(texts("He said\u00A0'yes' and\u3000'no' and\t'maybe'."), (V{"'yes'", "'no'", "'maybe'"}));
  EXPECT_EQ(texts("He said \u00AD'yes' and \u200B'no'\u200B today."), (V{"'yes'", "'no'"}));
}

TEST(QuoteMarks, NestedQuotesWithOtherAndSameMarks) {
  auto s = spans(R"(He said: "I told him 'stop it,' and left.")");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].depth, 0);
  EXPECT_EQ(s[1].text, "'stop it,'");
  EXPECT_EQ(s[1].depth, 1);
  // Sample 003: a nested "by claiming" written with the same marks, across a paragraph break.
  const std::string t = "She added that the promotion of\n\nsuch false news \"will continue in order to sow doubts..\n\n"
                        "The States have \"by claiming\" that Russia remains ready. This is invalid. \"\n\nZakharova said.";
  auto n = spans(t);
  ASSERT_EQ(n.size(), 2u);
  EXPECT_TRUE(n[0].text.starts_with("\"will continue"));
  EXPECT_TRUE(n[0].text.ends_with("This is invalid. \""));
  EXPECT_EQ(n[1].text, "\"by claiming\"");
}

TEST(QuoteMarks, MultiParagraphQuotationWithRepeatedOpeningMark) {
  const std::string t = "He said: \"First paragraph of the speech.\n\n\"Second paragraph goes on.\n\n\"Third ends here.\" Then he left.";
  // One span per paragraph: the first two unclosed, the next ones marked as continuing the quotation.
  auto s = spans(t);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].text, "\"First paragraph of the speech.");
  EXPECT_EQ(s[1].text, "\"Second paragraph goes on.");
  EXPECT_EQ(s[2].text, "\"Third ends here.\"");
  EXPECT_FALSE(s[0].closed);
  EXPECT_TRUE(s[2].closed);
}

TEST(QuoteMarks, UnbalancedMarksNeverSwallowTheDocument) {
  // An opening mark never closed, then paragraphs that do not reopen it: the span stops at its sentence end.
  std::string t = "Ada Kerr said \"the plan is dead. Nobody will revive it";
  for (int i = 0; i < 200; ++i) t += "\n\nMore plain text follows here, paragraph " + std::to_string(i) + ".";
  auto s = spans(t);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].text, "\"the plan is dead.");
}

TEST(QuoteMarks, UnclosedQuotationEndsAtItsFirstSentenceEnd) {
  auto s = spans("General Lichte said \"This will be an American tanker. Boeing had agreed to lease tankers.\n\nNext.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_FALSE(s[0].closed);
  EXPECT_EQ(s[0].text, "\"This will be an American tanker.");
}

TEST(QuoteMarks, StrayClosingMarksAreIgnored) {
  EXPECT_EQ(texts("A 13.3\" screen and a 15\" one, then \"quoted\"."), (V{"\"quoted\""}));
  EXPECT_EQ(texts("” stray and » stray"), V{});
}

TEST(QuoteMarks, OptionSelectsMarks) {
  const std::string t = "He said “curly” and \"straight\".";
  EXPECT_EQ(texts(t, MarkSet::from_strings({"“”"})), (V{"“curly”"}));
  EXPECT_EQ(texts(t, MarkSet::from_strings({"\""})), (V{"\"straight\""}));
  EXPECT_TRUE(MarkSet::from_strings({"abc"}).empty());
}

TEST(QuoteMarks, RunsOfMarksStayBounded) {
  std::string t(10000, '"');
  EXPECT_EQ(texts(t), V{});
  std::string u;
  for (int i = 0; i < 5000; ++i) u += "“‘«„\"' ";
  EXPECT_NO_THROW(spans(u));
}

// Random texts made of `pieces` (up to max_pieces of them each): find_quote_spans with its skips pairs
// exactly as the walk over every token does, for three sets of marks.
template <size_t N>
void expect_skips_pair_as_the_full_walk(const char* const (&pieces)[N], uint32_t seed, size_t max_pieces) {
  std::mt19937 rng(seed);
  const MarkSet sets[] = {MarkSet::all(), MarkSet::from_strings({"\""}), MarkSet::from_strings({"“”", "'"})};
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    const size_t n = rng() % max_pieces;
    for (size_t i = 0; i < n; ++i) text += pieces[rng() % N];
    std::vector<tc_token> tokens;
    textchain::text::tokenize(text, tokens);
    std::vector<tc_sentence> sentences;
    textchain::text::split_sentences(text, tokens, sentences);
    textchain::text::CompactTokens compact;
    textchain::text::to_compact(tokens, compact);
    const textchain::CompactTokenView view(compact.tokens, compact.long_tokens);
    for (const MarkSet& marks : sets) {
      const auto fast = find_quote_spans(text, view, sentences, marks);
      const auto full = find_quote_spans(text, view, sentences, marks, /*skip_plain_text=*/false);
      ASSERT_EQ(fast.size(), full.size()) << text;
      for (size_t k = 0; k < fast.size(); ++k) {
        const QuoteSpan &a = fast[k], &b = full[k];
        ASSERT_TRUE(a.begin == b.begin && a.end == b.end && a.open_token == b.open_token && a.close_token == b.close_token &&
                    a.last_token == b.last_token && a.depth == b.depth && a.family == b.family &&
                    a.continues == b.continues)
            << text << " span " << k;
      }
    }
  }
}

// Outside quotations find_quote_spans skips to the next byte that may be a mark's. On random texts of words,
// marks of every family, apostrophes, non-ASCII letters, line breaks and blank lines (long and short, so that
// the skips cross the 8- and 16-byte scans' edges), it pairs exactly as the walk over every token does.
TEST(QuoteMarks, SkippingPlainTextPairsAsTheFullWalkOnRandomTexts) {
  const char* const pieces[] = {"word", "Ann", " ", " ", " ", "\n", "\n\n", ".", ",", "\"", "\"", "'", "''", "“", "”",
                                "‘", "’", "«", "»", "„", "‹", "›", "「", "」", "don't", "it’s", "café", "x",
                                "a long plain run of words", "?", ":", "—", "9", "(", ")"};
  expect_skips_pair_as_the_full_walk(pieces, 424242, 80);
}

// Inside a quotation find_quote_spans skips to the next byte that may be a mark's or a line break's, and takes
// the last visible token before it from a step back. On random texts whose quotations hold long runs of words,
// punctuation, tabs and every kind of line break (\n, \r\n, \r, U+2028, NEL, blank lines), unclosed ones
// too, it pairs exactly as the walk over every token does.
TEST(QuoteMarks, SkippingInsideQuotationsPairsAsTheFullWalkOnRandomTexts) {
  const char* const pieces[] = {"said Ann Vail", " ", " ", "\t", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u0085", ".",
                                ",", "!", "\"", "\"", "\"", "'", "“", "”", "‘", "’", "«", "»", "don't", "café",
                                "we will not sign this agreement until the terms change", "-", ";", "(", ")", "9.5",
                                "\"Not now,", "he said. \"", "— ", "…"};
  expect_skips_pair_as_the_full_walk(pieces, 20261205, 90);
}

// holds_mark tells from the bytes alone that a text has no span: false only where find_quote_spans finds none,
// and false on text whose only characters outside ASCII are no marks (accents, dashes, emoji).
TEST(QuoteMarks, HoldsMarkIsFalseOnlyWhereNoSpanCanBe) {
  EXPECT_FALSE(holds_mark("The ferry runs at noon — café open, 🚢 on time.", MarkSet::all()));
  EXPECT_TRUE(holds_mark("The ferry's late.", MarkSet::all()));
  EXPECT_TRUE(holds_mark("He called it “late”.", MarkSet::all()));
  EXPECT_TRUE(holds_mark("He called it «late».", MarkSet::all()));
  const MarkSet curly = MarkSet::from_strings({"“”"});
  EXPECT_FALSE(holds_mark("He called it «late».", curly));
  EXPECT_TRUE(holds_mark("He called it \"late\".", curly));  // ASCII marks always count: a cheap "maybe"
  std::mt19937 rng(20261206);
  const std::vector<std::string> pieces = {"the", " ", "Harbour", "board", ".", ",", "\n\n", "—", "café", "🚢", "\"",
                                           "'", "“", "”", "«", "»", "「", "」", "said", "we will wait"};
  for (int round = 0; round < 400; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 30);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    for (const MarkSet& marks : {MarkSet::all(), curly}) {
      if (!holds_mark(text, marks)) {
        EXPECT_TRUE(spans(text, marks).empty()) << text;
      }
    }
  }
}
