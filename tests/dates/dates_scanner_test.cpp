// The dates scanner's readers of the same bytes: skim_to_candidate (the scan loop's skip, no flags, no
// lexicon), Lookback (the look-back, stepping backward) and next_token (a whole token). The skip must
// pass over exactly the tokens next_token would read one after another and stop at the same token, and the
// look-back must find the tokens that walk read: were they to disagree on where a token lies (a wide space,
// a dash outside ASCII, an invalid byte), the grammar would read its window from the wrong place.
#include "grammar.hpp"
#include "scanner.hpp"
#include "tagger.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace textchain::dates {
namespace {

// `length(rng)` pieces drawn from `pieces`, each followed by a space two times in three: the random texts the
// scanner's agreement tests read.
template <size_t N>
std::string random_text(std::mt19937& rng, const char* const (&pieces)[N],
                        std::uniform_int_distribution<size_t>& length) {
  std::uniform_int_distribution<size_t> pick(0, N - 1);
  std::string text;
  for (size_t k = length(rng); k > 0; --k) text += std::string(pieces[pick(rng)]) + (rng() % 3 ? " " : "");
  return text;
}

// What the skip must do, written with next_token alone: from `pos`, the tokens read one after another until
// a number, or a word that is a candidate; where each passed-over token was read from.
struct Expected {
  uint32_t from = 0;
  TokSpan span;
  std::vector<uint32_t> passed;
};

Expected by_next_token(std::string_view text, uint32_t pos, const WordShapes& shapes, bool every_word) {
  Expected e;
  for (;;) {
    const Tok t = next_token(text, pos);
    const bool candidate = t.kind == TokKind::end || t.kind == TokKind::number ||
                           (t.kind == TokKind::word && (every_word || shapes.may_hold(text.substr(t.begin, t.size()))));
    if (candidate) {
      e.from = pos;
      e.span = TokSpan{t.begin, t.end, t.kind};
      return e;
    }
    e.passed.push_back(pos);
    pos = t.end;
  }
}

// Where next_token's walk from `floor` reads each token before `pos` from (the walk stops at `pos`).
std::vector<uint32_t> walk_froms(std::string_view text, uint32_t floor, uint32_t pos) {
  std::vector<uint32_t> froms;
  for (uint32_t p = floor;;) {
    const Tok t = next_token(text, p);
    if (t.kind == TokKind::end || t.end > pos) return froms;
    froms.push_back(p);
    p = t.end;
  }
}

// Lookback against the forward walk from `floor`: the last (at most three) tokens it reads before `pos`,
// latest first, read from the same bytes.
void expect_lookback(std::string_view text, uint32_t floor, uint32_t pos) {
  const std::vector<uint32_t> want = walk_froms(text, floor, pos);
  const int n = static_cast<int>(std::min<size_t>(3, want.size()));
  const Lookback lb(text, floor, pos);
  ASSERT_EQ(lb.at(1) != nullptr, n > 1) << "floor " << floor << " pos " << pos;  // asked out of order first
  ASSERT_EQ(lb.size(), n) << "floor " << floor << " pos " << pos;
  for (int k = 0; k < n; ++k) {
    const Tok whole = next_token(text, want[want.size() - 1 - static_cast<size_t>(k)]);
    ASSERT_EQ(lb.at(k)->begin, whole.begin);
    ASSERT_EQ(lb.at(k)->end, whole.end);
    ASSERT_EQ(lb.at(k)->space_before, whole.space_before);
  }
  ASSERT_EQ(lb.at(n), nullptr);
}

void expect_agreement(std::string_view text, const WordShapes& shapes, bool every_word) {
  uint32_t pos = 0;
  // One skimmer for the whole walk, as the tagger keeps it: a resumed skim reuses the masks of its block.
  Skimmer skimmer(text, shapes, every_word);
  TokenReader reader(text);
  for (int guard = 0; guard <= static_cast<int>(text.size()) + 1; ++guard) {
    const Expected want = by_next_token(text, pos, shapes, every_word);
    const TokSpan span = skim_to_candidate(text, pos, shapes, every_word), resumed = skimmer.next(pos);
    ASSERT_EQ(span.kind, want.span.kind) << "from byte " << pos << " of \"" << text << '"';
    ASSERT_EQ(span.begin, want.span.begin) << "from byte " << pos;
    ASSERT_EQ(span.end, want.span.end) << "from byte " << pos;
    ASSERT_EQ(resumed.kind, span.kind) << "from byte " << pos;
    ASSERT_EQ(resumed.begin, span.begin) << "from byte " << pos;
    ASSERT_EQ(resumed.end, span.end) << "from byte " << pos;
    // The tokens before the one found, from any earlier point the walk stood at.
    expect_lookback(text, 0, span.begin);
    if (!want.passed.empty()) expect_lookback(text, want.passed[want.passed.size() / 2], span.begin);
    if (::testing::Test::HasFatalFailure()) return;
    if (span.kind == TokKind::end) return;
    // token_at reads the token found as next_token does from its first byte, and so does the tagger's
    // TokenReader (kept over the walk, so words met again are read from its memo).
    const Tok whole = next_token(text, span.begin), at = token_at(text, span), memo = reader.at(span);
    ASSERT_EQ(memo.begin, at.begin);
    ASSERT_EQ(memo.end, at.end);
    ASSERT_EQ(memo.kind, at.kind);
    ASSERT_EQ(memo.space_before || memo.newline_before, false);
    ASSERT_EQ(memo.capitalized, at.capitalized);
    ASSERT_EQ(memo.all_caps, at.all_caps);
    ASSERT_EQ(memo.ndigits, at.ndigits);
    ASSERT_EQ(memo.num, at.num);
    ASSERT_EQ(memo.lex.kind, at.lex.kind);
    ASSERT_EQ(memo.lex.kind2, at.lex.kind2);
    ASSERT_EQ(memo.lex.value, at.lex.value);
    ASSERT_EQ(memo.lex.value2, at.lex.value2);
    ASSERT_EQ(memo.lex.flags, at.lex.flags);
    ASSERT_EQ(memo.lex.sets, at.lex.sets);
    EXPECT_EQ(at.begin, whole.begin);
    EXPECT_EQ(at.end, whole.end);
    EXPECT_EQ(at.kind, whole.kind);
    EXPECT_FALSE(at.space_before || at.newline_before);
    EXPECT_EQ(at.capitalized, whole.capitalized);
    EXPECT_EQ(at.all_caps, whole.all_caps);
    EXPECT_EQ(at.ndigits, whole.ndigits);
    EXPECT_EQ(at.num, whole.num);
    EXPECT_EQ(at.lex.kind, whole.lex.kind);
    EXPECT_EQ(at.lex.value, whole.lex.value);
    EXPECT_EQ(at.lex.sets, whole.lex.sets);
    pos = span.end;
  }
  FAIL() << "the scan did not reach the end of \"" << text << '"';
}

WordShapes month_and_weekday_shapes() {
  WordShapes s;
  for (const char* w : {"March", "may", "Tuesday", "noon", "ago", "week"}) s.add(w);
  return s;
}

// LeadWords stops: an article's (any kind, or a word set it reads), and one for "that" that only a unit stops.
constexpr uint64_t kArticleStops =
    ((uint64_t{1} << (static_cast<int>(Kind::name) + 1)) - 1) | (uint64_t{1} << LeadWords::kArticleSetBit);
constexpr uint64_t kUnitStops = uint64_t{1} << static_cast<int>(Kind::unit);

// The skim classifies a block 32 bytes a step where the processor has AVX2: the same masks as 16 bytes a step,
// for every byte value in every position (the letters' and digits' edges: '@' 'A' 'Z' '[' '`' 'a' 'z' '{' '/' '0'
// '9' ':' and bytes outside ASCII).
TEST(DatesScanner, WideSkimMasksAreTheNarrowOnes) {
  std::mt19937 rng(20261205);
  const std::string edges = "@AZ[`az{/09: \t\n";
  unsigned char block[64];
  for (int round = 0; round < 2000; ++round) {
    for (unsigned char& c : block) {
      c = static_cast<unsigned char>(round % 2 ? rng() % 256 : static_cast<unsigned char>(edges[rng() % edges.size()]));
    }
    if (round < 256) block[round % 64] = static_cast<unsigned char>(round);
    const SkimMasks wide = skim_masks_for_test(block, true), narrow = skim_masks_for_test(block, false);
    ASSERT_EQ(wide.letter, narrow.letter) << round;
    ASSERT_EQ(wide.stop, narrow.stop) << round;
    for (unsigned k = 0; k < 64; ++k) {
      const unsigned char c = block[k];
      const bool letter = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
      ASSERT_EQ((narrow.letter >> k) & 1, letter ? 1u : 0u) << round << " byte " << int(c);
      ASSERT_EQ((narrow.stop >> k) & 1, (c >= '0' && c <= '9') || c >= 0x80 ? 1u : 0u) << round << " byte " << int(c);
    }
  }
}

TEST(DatesScanner, SkimStopsWhereNextTokenReads) {
  const WordShapes shapes = month_and_weekday_shapes();
  for (const char* text : {"", "   ", "On Tuesday, March 4, 2025, at noon.", "Two weeks ago\u00A0-\u2014 she said \u201Cyes\u201D",
                           "5\u00A0p.m.\u202Fsharp", "tab\there\r\nnewline\n\n12345678901234 ids",
                           "caf\xC3\xA9 na\xC3\xAFve \xE2\x80\x93 1999", "\xFF\xFE broken \xC3 bytes 7",
                           "ABCDEFGHIJKLMNOPQRSTUVWXYZ longerthansixteenletters may"}) {
    SCOPED_TRACE(text);
    expect_agreement(text, shapes, false);
    expect_agreement(text, shapes, true);
  }
}

// Random text from pieces that exercise every byte class the two readers tell apart.
TEST(DatesScanner, SkimAgreesWithNextTokenOnRandomText) {
  const char* pieces[] = {"a", "Z", "may", "March", "MAY", "May", "the", "THE", "The", "september", "Sept", "AM", "pm", "week", "Tuesday", "ago", "noon", "x", "7", "2025", "12",
                          " ", "  ", "\t", "\n", "\r\n", ",", ".", "-", "/", ":", "'", "\"",
                          "\u00A0", "\u202F", "\u2009", "\u200A", "\u2013", "\u2014", "\u2018", "\u2019", "\u201C",
                          "\u201D", "\u00E9", "\u4E2D", "\xF0\x9F\x98\x80", "\xFF", "\xC3", "\xE2\x80",
                          // Runs of letters and spaces as long as the scan's 16-byte steps, and bytes next to the
                          // letters' and spaces' ranges: @ [ ` { and the controls around \t..\r.
                          "Internationally", "counterproductive", "abcdefghijklmnop", "        ", "@", "[", "`", "{",
                          "\x08", "\x0E", "\x0B", "\x0C", "\x1F", "\x7F",
                          // Runs across the skim's 64-byte blocks.
                          "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
                          "                                                                  "};
  const WordShapes shapes = month_and_weekday_shapes();
  std::mt19937 rng(20261203);
  std::uniform_int_distribution<size_t> pick(0, std::size(pieces) - 1), length(0, 60);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (size_t k = length(rng); k > 0; --k) text += pieces[pick(rng)];
    SCOPED_TRACE(testing::Message() << "round " << round);
    expect_agreement(text, shapes, round % 2 == 0);
    if (::testing::Test::HasFatalFailure()) return;
    // The skip from any byte (a match may end inside a word, a number or a character), fresh and resumed.
    Skimmer resumed(text, shapes, round % 2 == 0);
    for (int k = 0; k < 4; ++k) {
      const uint32_t at = static_cast<uint32_t>(rng() % (text.size() + 1));
      const Expected want = by_next_token(text, at, shapes, round % 2 == 0);
      for (const TokSpan got : {skim_to_candidate(text, at, shapes, round % 2 == 0), resumed.next(at)}) {
        ASSERT_EQ(got.kind, want.span.kind) << "from byte " << at;
        ASSERT_EQ(got.begin, want.span.begin) << "from byte " << at;
        ASSERT_EQ(got.end, want.span.end) << "from byte " << at;
      }
    }
    // A floor at any byte (a match may end inside a character) and the tokens the walk from it reads.
    const uint32_t floor = static_cast<uint32_t>(rng() % (text.size() + 1));
    for (uint32_t p : walk_froms(text, floor, static_cast<uint32_t>(text.size()))) {
      expect_lookback(text, floor, next_token(text, p).begin);
      expect_lookback(text, floor, p);
    }
    expect_lookback(text, floor, static_cast<uint32_t>(text.size()));
    if (::testing::Test::HasFatalFailure()) return;
  }
}

// next_token_capitalized_entries, the dateline's reader: the token next_token reads, field for field, but for the
// lexicon entry of a word in lower case first, which it leaves empty.
TEST(DatesScanner, CapitalizedEntriesReaderIsNextTokenButForLowerCaseWords) {
  const char* pieces[] = {"may", "May", "MAY", "march", "March", "Sept", "sept", "the", "The", "Tuesday", "x", "7", "2025",
                          " ", "\n", ",", ".", "-", "\u00A0", "\u2014", "\u00E9", "\xFF", "Internationally"};
  std::mt19937 rng(20261205);
  std::uniform_int_distribution<size_t> pick(0, std::size(pieces) - 1), length(0, 40);
  for (int round = 0; round < 500; ++round) {
    std::string text;
    for (size_t k = length(rng); k > 0; --k) text += pieces[pick(rng)];
    for (uint32_t p = 0; p <= text.size(); ++p) {
      const Tok want = next_token(text, p), got = next_token_capitalized_entries(text, p);
      ASSERT_EQ(got.begin, want.begin) << text << " from " << p;
      ASSERT_EQ(got.end, want.end);
      ASSERT_EQ(got.kind, want.kind);
      ASSERT_EQ(got.space_before, want.space_before);
      ASSERT_EQ(got.newline_before, want.newline_before);
      ASSERT_EQ(got.capitalized, want.capitalized);
      ASSERT_EQ(got.all_caps, want.all_caps);
      ASSERT_EQ(got.punct, want.punct);
      ASSERT_EQ(got.ndigits, want.ndigits);
      ASSERT_EQ(got.num, want.num);
      const bool looked_up = want.kind == TokKind::word && want.capitalized;
      ASSERT_EQ(got.lex.kind, looked_up ? want.lex.kind : Kind::none) << text << " from " << p;
      ASSERT_EQ(got.lex.value, looked_up ? want.lex.value : 0);
      ASSERT_EQ(got.lex.sets, looked_up ? want.lex.sets : 0u);
    }
  }
}

// tag_anchored with anchor_for's anchor is tag: the plugin finds the anchor once for the tagger and the document's
// date, with or without a dateline or a record date.
TEST(DatesTagger, TagAnchoredIsTagWithTheSameAnchor) {
  const Tagger tagger{TaggerOptions{}};
  for (const char* text : {"LONDON, March 4, 2025 - Shares fell on Tuesday and rose two days later.",
                           "2025-03-04 The council met last week and will meet again next Friday.",
                           "4 March 2025\nThe vote is due in May.", "No dateline here; the talks ended yesterday.", ""}) {
    for (const char* record_date : {"", "2024-11-05", "not a date"}) {
      std::vector<Timex> want, got;
      tagger.tag(text, record_date, want);
      tagger.tag_anchored(text, tagger.anchor_for(text, record_date), got);
      ASSERT_EQ(got.size(), want.size()) << text << " / " << record_date;
      for (size_t i = 0; i < got.size(); ++i) {
        EXPECT_EQ(got[i].begin, want[i].begin);
        EXPECT_EQ(got[i].end, want[i].end);
        EXPECT_EQ(got[i].value, want[i].value) << text << " / " << record_date;
      }
    }
  }
}

// pass_plain_tokens, the tense look-back's reader: from any byte it passes over exactly the tokens next_token's
// walk reads from there that are ASCII punctuation, digit runs or words the shapes do not hold (but for a
// lower-case word of five letters or more in -ed), and stops before the first other token, the first one at
// or after `before`, or a byte outside ASCII (a wide space, a dash): what it passes, the look-back's fold
// needs only the place of.
TEST(DatesScanner, PlainTokensAreWhatNextTokenReads) {
  const char* pieces[] = {"was", "Was", "said", "is", "will", "which", "who", "as", "As", "opened", "Opened", "talked",
                          "red", "bed", "the", "company", "report", "x", "7", "2025", " ", "  ", "\t", "\n", ",", ".",
                          "\"", "\u00A0", "\u2014", "\u201C", "\u00E9", "\xFF", "Internationally",
                          "counterproductive", "abcdefghijklmnopqrstuvwxyz", "                "};
  WordShapes read;
  read.add_kind(Kind::tense);
  read.add_sets(WS_AS | WS_RELATIVE);
  std::mt19937 rng(20261204);
  std::uniform_int_distribution<size_t> length(0, 40);
  int passed = 0;
  for (int round = 0; round < 3000; ++round) {
    const std::string text = random_text(rng, pieces, length);
    SCOPED_TRACE(testing::Message() << "round " << round << ": " << text);
    for (int k = 0; k < 4; ++k) {
      const uint32_t at = static_cast<uint32_t>(rng() % (text.size() + 1));
      const uint32_t before = at + static_cast<uint32_t>(rng() % (text.size() - at + 1));
      uint32_t p = at, last_begin = 0;
      bool any = false, last_word = false;
      for (;;) {
        const Tok t = next_token(text, p);
        bool ascii = true;
        for (uint32_t b = p; b < t.end; ++b) ascii &= static_cast<unsigned char>(text[b]) < 0x80;
        const std::string_view w = std::string_view(text).substr(t.begin, t.size());
        const bool participle = w.size() >= 5 && !t.capitalized && w.ends_with("ed");
        const bool plain = t.kind == TokKind::number || t.kind == TokKind::punct ||
                           (t.is_word() && !participle && !read.may_hold(w));
        if (t.kind == TokKind::end || t.begin >= before || !plain || !ascii) break;
        any = true;
        last_begin = t.begin;
        last_word = t.is_word();
        p = t.end;
      }
      const PlainRun r = pass_plain_tokens(text, at, before, read);
      ASSERT_EQ(r.any, any) << "from byte " << at << " before " << before;
      ASSERT_EQ(r.end, p) << "from byte " << at << " before " << before;
      if (!any) continue;
      ASSERT_EQ(r.last_begin, last_begin) << "from byte " << at << " before " << before;
      ASSERT_EQ(r.last_word, last_word) << "from byte " << at << " before " << before;
      ++passed;
    }
  }
  EXPECT_GT(passed, 1000);
}

// Lookback::push puts a token before the others (its tokens live in raw storage, constructed when read): the
// pushed token is at(0), the ones found before move one further back, read or not, and at most three are kept.
TEST(DatesScanner, LookbackPushPutsATokenBeforeTheOthers) {
  const std::string text = "sales rose 5 percent in March";
  const uint32_t at = static_cast<uint32_t>(text.find("March"));
  for (int read_first = 1; read_first >= 0; --read_first) {  // read first: storage no earlier look-back filled
    Lookback lb(text, 0, at);
    if (read_first) {
      ASSERT_EQ(lb.at(0)->end, at - 1);  // "in", read before the push
    }
    const Tok pushed = next_token(text, 0);            // "sales"
    lb.push(pushed);
    ASSERT_EQ(lb.size(), 3);
    EXPECT_EQ(lb.at(0)->begin, pushed.begin);
    EXPECT_EQ(lb.at(0)->end, pushed.end);
    EXPECT_EQ(text.substr(lb.at(1)->begin, lb.at(1)->size()), "in");
    EXPECT_EQ(text.substr(lb.at(2)->begin, lb.at(2)->size()), "percent");
    EXPECT_EQ(lb.at(3), nullptr);
  }
  Lookback none;
  none.push(next_token(text, 0));
  ASSERT_EQ(none.size(), 1);
  EXPECT_EQ(none.at(0)->end, 5u);
  EXPECT_EQ(none.at(1), nullptr);
}

// plain_word, the forward tense scan's step: it passes a word exactly when next_token reads there a word of ASCII
// letters after ASCII white space that the shapes do not hold and that is no lower-case participle in "-ed", with
// the same span and line break before it; anything else it leaves to next_token.
TEST(DatesScanner, PlainWordIsWhatNextTokenReads) {
  const char* pieces[] = {"was", "Was", "said", "is", "will", "while", "because", "opened", "Opened", "talked",
                          "red", "bed", "the", "company", "report", "x", "7", "2025", " ", "  ", "\t", "\n", "\r", ",",
                          ".", "\"", "\u00A0", "\u2014", "\u00E9", "Internationally", "internationalized",
                          "counterproductive", "abcdefghijklmnopqrstuvwxyz", "                "};
  WordShapes read;
  read.add_kind(Kind::tense);
  read.add_sets(WS_SUBORDINATOR);
  std::mt19937 rng(20261205);
  std::uniform_int_distribution<size_t> length(0, 30);
  int passed = 0, refused = 0;
  for (int round = 0; round < 3000; ++round) {
    const std::string text = random_text(rng, pieces, length);
    SCOPED_TRACE(testing::Message() << "round " << round << ": " << text);
    for (int k = 0; k < 4; ++k) {
      const uint32_t at = static_cast<uint32_t>(rng() % (text.size() + 1));
      const Tok t = next_token(text, at);
      bool ascii = true;
      for (uint32_t b = at; b < t.begin; ++b) ascii &= static_cast<unsigned char>(text[b]) < 0x80;
      const std::string_view w = std::string_view(text).substr(t.begin, t.size());
      const bool participle = w.size() >= 5 && !t.capitalized && w.ends_with("ed");
      const bool plain = t.is_word() && ascii && !participle && !read.may_hold(w);
      bool newline = false;
      const TokSpan got = plain_word(text, at, read, newline);
      ASSERT_EQ(got.kind == TokKind::word, plain) << "from byte " << at;
      if (!plain) {
        ++refused;
        continue;
      }
      ASSERT_EQ(got.begin, t.begin) << "from byte " << at;
      ASSERT_EQ(got.end, t.end) << "from byte " << at;
      ASSERT_EQ(newline, t.newline_before) << "from byte " << at;
      ++passed;
    }
  }
  EXPECT_GT(passed, 1000);
  EXPECT_GT(refused, 1000);
}

// unknown_word_at, the look at the word after an article (or a word only rules start at) that lets the
// tagger skip the match: when it says the next word is unknown, next_token reads a word with an empty entry
// there, and where Grammar::needs_known_word_after says so the grammar's full match finds nothing.
TEST(DatesScanner, ArticleBeforeUnknownWordMatchesNothing) {
  const char* pieces[] = {"the", "The", "a", "A", "an", "THE", "company", "report", "Internationally", "x", "yesterday",
                          "week", "weeks", "day", "weekend", "following", "same", "past", "current", "end", "middle",
                          "New", "Year", "few", "couple", "later", "date", "third", "quarter", "first", "year", "of",
                          "1980s", "2009", "12", "5", " ", "  ", "\n", "\t", ",", ".", "-", "'s", "\u00A0", "\u2014",
                          "\u00E9", "                ",
                          "that", "That", "after", "before", "earlier", "each", "every", "some", "this", "current",
                          // The shift words: the tagger skips them too before an unknown word, all but "current".
                          "last", "Last", "next", "This", "coming", "past", "previous", "following", "upcoming",
                          "Monday", "March", "summer", "night", "two", "minute"};
  Anchor anchored;
  ASSERT_TRUE(parse_iso_anchor("2025-09-26", anchored));
  const SentenceBounds no_sentences;
  std::mt19937 rng(20261204);
  std::uniform_int_distribution<size_t> length(1, 30);
  int skipped = 0, matched = 0, skipped_shift = 0, passed_over = 0;
  WordShapes candidates = Grammar::trigger_shapes();  // what the tagger's scan stops at
  candidates.add_all(RuleSet::builtin()->start_shapes());
  for (int round = 0; round < 4000; ++round) {
    const std::string text = random_text(rng, pieces, length);
    SCOPED_TRACE(text);
    // With and without a document date: some patterns read the anchor.
    const Normalizer norm(round % 2 ? anchored : Anchor{}, Prefer::past);
    Grammar grammar(text, norm, GrammarOptions{}, *RuleSet::builtin(), no_sentences);  // kept by reference
    for (Tok t = next_token(text, 0); t.kind != TokKind::end; t = next_token(text, t.end)) {
      if (!unknown_word_at(text, t.end)) continue;
      const Tok after = next_token(text, t.end);
      ASSERT_EQ(after.kind, TokKind::word);
      ASSERT_TRUE(after.lex.kind == Kind::none && after.lex.kind2 == Kind::none && after.lex.sets == 0);
      // unknown_word, which the tagger passes over with, says where that word lies.
      const TokSpan span = unknown_word(text, t.end);
      ASSERT_EQ(span.kind, TokKind::word);
      ASSERT_EQ(span.begin, after.begin);
      ASSERT_EQ(span.end, after.end);
      // Unless its shape is a candidate's, the scan's skip passes over it from t.end, as the tagger does.
      if (!candidates.may_hold_letters(reinterpret_cast<const unsigned char*>(text.data()) + span.begin,
                                       span.end - span.begin)) {
        const Expected e = by_next_token(text, t.end, candidates, false);
        ASSERT_FALSE(e.passed.empty());
        ASSERT_EQ(e.passed[0], t.end);
        ASSERT_EQ(e.passed.size() > 1 ? e.passed[1] : e.from, after.end);
        ++passed_over;
      }
      if (!grammar.needs_known_word_after(t)) continue;
      Window w(text, t);
      Timex found;
      const MatchResult m = grammar.match(w, Lookback(), found);
      ASSERT_EQ(m, MatchResult::none) << "at byte " << t.begin;
      ++skipped;
      skipped_shift += t.lex.kind == Kind::shift;
    }
    Window w(text, next_token(text, 0));
    Timex found;
    matched += grammar.match(w, Lookback(), found) != MatchResult::none;
  }
  EXPECT_GT(skipped, 500);   // the case is exercised
  EXPECT_GT(skipped_shift, 100);  // at shift words too
  EXPECT_GT(passed_over, 500);
  EXPECT_GT(matched, 10);    // and so are matches at an article
}

// The tense look-back's backward walk (Grammar::walk_back_to_cue): from a date back to the nearest tense cue,
// then the fold from there. Its direction must be the forward fold's (GrammarOptions::tense_walk_back off, the
// fold from the sentence's start that it replaces) at every token of random texts made of tense cues,
// relative pronouns, "as early as", prepositions, participles, quotes and bytes outside ASCII; dates met in
// order in a sentence (the fold's resume) and out of order (a fresh fold).
TEST(DatesScanner, TenseWalkBackAgreesWithForwardFold) {
  const char* pieces[] = {"said", "says", "was", "were", "will", "be", "been", "has", "had", "is", "are", "would",
                          "expected", "scheduled", "planned", "due", "set", "going", "to", "which", "who", "publishes",
                          "flies", "meets", "as", "As", "early", "soon", "since", "On", "on", "in", "Until", "by",
                          "the", "a", "its", "rusted", "hosted", "released", "Reported", "mayor", "company", "board",
                          "Monday", "March", "2009", "12", "5", ",", ".", "!", "\"", "'", "(", ";", ":", "-", "\u00A0",
                          "\u2014", "\u201C", "\u00E9t\u00E9", "\n", "Mr", "more", "than", "increased", "while", "x",
                          // Runs of letters and of white space longer than the backward step's 16 bytes.
                          "Internationally", "counterproductiveness", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrst",
                          "                  ", "\t\r\n\v\f                "};
  std::mt19937 rng(20261205);
  std::uniform_int_distribution<size_t> length(1, 60);
  const Normalizer norm(Anchor{}, Prefer::past);
  GrammarOptions forward;
  forward.tense_walk_back = false;
  int compared = 0, with_cue = 0;
  for (int round = 0; round < 3000; ++round) {
    const std::string text = random_text(rng, pieces, length);
    SCOPED_TRACE(testing::Message() << "round " << round << ": " << text);
    // Host sentences cut at random bytes (inside a word too), or none (the standalone fallback).
    std::vector<tc_sentence> cuts;
    for (uint32_t b = 0; b < text.size();) {
      const uint32_t e = std::min<uint32_t>(static_cast<uint32_t>(text.size()), b + 1 + static_cast<uint32_t>(rng() % 120));
      cuts.push_back(tc_sentence{b, e});
      b = e;
    }
    const SentenceBounds host(cuts), host_too(cuts), none;
    const bool standalone = round % 4 == 0;
    Grammar walk(text, norm, GrammarOptions{}, *RuleSet::builtin(), standalone ? none : host);
    Grammar fold(text, norm, forward, *RuleSet::builtin(), standalone ? none : host_too);
    std::vector<Tok> toks;
    for (Tok t = next_token(text, 0); t.kind != TokKind::end; t = next_token(text, t.end)) toks.push_back(t);
    // In order, then at random tokens.
    for (int pass = 0; pass < 2; ++pass) {
      for (size_t k = 0; k < toks.size(); ++k) {
        const Tok& t = pass == 0 ? toks[k] : toks[rng() % toks.size()];
        if (pass == 0 && rng() % 3 == 0) continue;
        const uint32_t end = t.end + (rng() % 2 ? 0 : static_cast<uint32_t>(rng() % 8));
        const Direction want = fold.tense_around(t.begin, std::min<uint32_t>(end, static_cast<uint32_t>(text.size())));
        const Direction got = walk.tense_around(t.begin, std::min<uint32_t>(end, static_cast<uint32_t>(text.size())));
        ASSERT_EQ(static_cast<int>(got), static_cast<int>(want)) << "at byte " << t.begin << " pass " << pass;
        ++compared;
        with_cue += want != Direction::none;
      }
    }
  }
  EXPECT_GT(compared, 50000);
  EXPECT_GT(with_cue, 20000);
}

// The scan's own pass over a lead word and the unknown word after it (LeadWords, Skimmer's `leads`): the tagger
// must find the same expressions as with its own test of each such pair (TaggerOptions::scan_passes_leads
// off), on random texts of articles, shift words, "that" and "some" in any case before unknown words, known
// words, triggers, numbers, punctuation, bytes outside ASCII and runs longer than the scan's 64-byte blocks.
TEST(DatesScanner, ScanPassingLeadWordsAgreesWithTheTagger) {
  const char* pieces[] = {"the", "The", "THE", "a", "A", "an", "that", "That", "this", "these", "some", "Some", "last",
                          "Last", "next", "past", "coming", "current", "previous", "its", "company", "minister",
                          "board", "xq", "zebra", "governments", "week", "year", "days", "said", "in", "on", "since",
                          "Monday", "March", "May", "may", "2009", "12", "today", "morning", "ago", "later", "first",
                          "third", "quarter", "spring", "of", "end", ",", ".", "-", "'s", "\u00A0", "\u2014", "\u00E9t\u00E9",
                          "\n", "\t", "Internationally", "counterproductiveness", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrst",
                          "                  ", "he", "its", "sales", "new", "New", "Year", "few", "couple", "weeks",
                          "election", "Election", "Day", "after", "was", "world", "post",
                          // Words of kinds p_the and p_a_unit do not read after an article ("the attacks", "a to").
                          "attacks", "to", "said", "over", "GMT", "old", "straight", "fiscal", "decade", "sixties"};
  std::mt19937 rng(20261205);
  std::uniform_int_distribution<size_t> length(1, 80);
  TaggerOptions with, without;
  with.document_date = without.document_date = parse_document_date_option("2025-09-26");
  without.scan_passes_leads = false;
  const Tagger fast(with), slow(without);
  int found = 0;
  size_t stops_with = 0, stops_without = 0;
  for (int round = 0; round < 4000; ++round) {
    const std::string text = random_text(rng, pieces, length);
    SCOPED_TRACE(testing::Message() << "round " << round << ": " << text);
    const std::vector<Timex> got = fast.tag(text), want = slow.tag(text);
    ASSERT_EQ(got.size(), want.size());
    for (size_t k = 0; k < want.size(); ++k) {
      EXPECT_EQ(got[k].begin, want[k].begin);
      EXPECT_EQ(got[k].end, want[k].end);
      EXPECT_EQ(static_cast<int>(got[k].type), static_cast<int>(want[k].type));
      EXPECT_EQ(got[k].value, want[k].value);
      EXPECT_EQ(got[k].mod, want[k].mod);
    }
    found += static_cast<int>(want.size());
    // The pass is exercised: the scan with the lead words stops less often.
    WordShapes shapes = Grammar::trigger_shapes();
    shapes.add_all(RuleSet::builtin()->start_shapes());
    LeadWords leads;
    leads.add("the");
    Skimmer skim(text, shapes, false, &leads), plain(text, shapes, false);
    for (TokSpan t = skim.next(0); t.kind != TokKind::end; t = skim.next(t.end)) ++stops_with;
    for (TokSpan t = plain.next(0); t.kind != TokKind::end; t = plain.next(t.end)) ++stops_without;
  }
  EXPECT_GT(found, 5000);
  EXPECT_LT(stops_with + 500, stops_without);
}

// The scan remembers whether the lexicon holds the words it met after a lead (Skimmer::unknown_after): a scan kept
// over a whole text, whose memo fills, stops where a fresh scan (empty memo) stops from the same byte, with the
// same words after leads again and again in any case, known ("week", "Monday") and not ("company", "envelope"),
// eight letters and more, and at the text's end (less than eight bytes left).
TEST(DatesScanner, ScanRemembersWordsAfterLeadsAsTheLexiconHoldsThem) {
  const char* pieces[] = {"the", "The", "THE", "that", "some", "company", "Company", "COMPANY", "week", "Week", "WEEK",
                          "Monday", "monday", "envelope", "Envelope", "envelopes", "governments", "year", "x", "may",
                          "May", "2009", ",", "\n", "  ", "he", "He", "sales", "new", "New", "few", "was", "said"};
  WordShapes shapes = Grammar::trigger_shapes();
  shapes.add_all(RuleSet::builtin()->start_shapes());
  LeadWords leads(Grammar::kArticleSets);
  ASSERT_TRUE(leads.add("the", kArticleStops));
  ASSERT_TRUE(leads.add("that", kUnitStops));
  ASSERT_TRUE(leads.add("some"));
  std::mt19937 rng(20261205);
  std::uniform_int_distribution<size_t> length(1, 120);
  size_t stops = 0;
  for (int round = 0; round < 300; ++round) {
    const std::string text = random_text(rng, pieces, length);
    SCOPED_TRACE(testing::Message() << "round " << round << ": " << text);
    Skimmer kept(text, shapes, false, &leads);
    for (uint32_t pos = 0;;) {
      const TokSpan got = kept.next(pos), want = Skimmer(text, shapes, false, &leads).next(pos);
      ASSERT_EQ(got.kind, want.kind) << "from byte " << pos;
      ASSERT_EQ(got.begin, want.begin) << "from byte " << pos;
      ASSERT_EQ(got.end, want.end) << "from byte " << pos;
      if (got.kind == TokKind::end) break;
      ++stops;
      pos = got.end;
    }
  }
  EXPECT_GT(stops, 3000u);
}

// The pairs the scan passes over: "the company" and "That company", not "the week" (a unit the lexicon holds)
// nor the number or month after them.
TEST(DatesScanner, ScanPassesLeadWordsBeforeUnknownWords) {
  const std::string text = "The company said that company and the week of March 3 were last.";
  WordShapes shapes = Grammar::trigger_shapes();
  LeadWords leads;
  ASSERT_TRUE(leads.add("the"));
  ASSERT_TRUE(leads.add("that"));
  Skimmer skim(text, shapes, false, &leads);
  std::vector<std::string> stops;
  TokSpan first = skim.next(0);
  for (TokSpan t = first; t.kind != TokKind::end; t = skim.next(t.end))
    stops.emplace_back(text.substr(t.begin, t.end - t.begin));
  ASSERT_GE(stops.size(), 3u);
  EXPECT_EQ(stops[0], "the");  // before "week"
  EXPECT_EQ(first.begin, text.find("the week"));
  EXPECT_TRUE(std::find(stops.begin(), stops.end(), "company") == stops.end());
  EXPECT_TRUE(std::find(stops.begin(), stops.end(), "March") != stops.end());
  EXPECT_TRUE(std::find(stops.begin(), stops.end(), "3") != stops.end());
}

// The pairs the scan passes over after a lead word that a word the lexicon holds may follow (LeadWords `stops`):
// a word of no kind ("he", "sales") after an article unless it is in one of the article's sets ("few"), a word
// of any kind but a unit ("was") after "that", and only after such a lead ("some").
TEST(DatesScanner, ScanPassesSomeLeadWordsBeforeWordsTheLexiconHolds) {
  const std::string text = "That he said some sales of the sales that was in a few weeks fell that week.";
  WordShapes shapes = Grammar::trigger_shapes();
  shapes.add_all(RuleSet::builtin()->start_shapes());
  LeadWords leads(Grammar::kArticleSets);
  ASSERT_TRUE(leads.add("that", kUnitStops));
  ASSERT_TRUE(leads.add("the", kArticleStops));
  ASSERT_TRUE(leads.add("a", kArticleStops));
  ASSERT_TRUE(leads.add("some"));
  Skimmer skim(text, shapes, false, &leads);
  std::vector<std::string> stops;
  for (TokSpan t = skim.next(0); t.kind != TokKind::end; t = skim.next(t.end))
    stops.emplace_back(text.substr(t.begin, t.end - t.begin));
  ASSERT_GE(stops.size(), 3u);
  EXPECT_EQ(stops[0], "some");  // "sales" has a word set, but "some" is passed before unknown words only
  EXPECT_EQ(stops[1], "a");     // before "few"
  EXPECT_EQ(std::count(stops.begin(), stops.end(), "that"), 1);  // before "week", not "was"
  EXPECT_TRUE(std::find(stops.begin(), stops.end(), "That") == stops.end());
  EXPECT_TRUE(std::find(stops.begin(), stops.end(), "the") == stops.end());
}

TEST(DatesScanner, NextTokenReadsWideSpacesDashesAndLongNumbers) {
  const std::string text = "5\u00A0p.m. \u2014 12345678901 \u201Cok\u201D";
  Tok t = next_token(text, 0);
  EXPECT_EQ(t.kind, TokKind::number);
  EXPECT_EQ(t.num, 5);
  t = next_token(text, t.end);
  EXPECT_EQ(t.kind, TokKind::word);  // "p": the no-break space is white space, not punctuation
  EXPECT_TRUE(t.space_before);
  t = next_token(text, t.end);
  EXPECT_TRUE(t.is_punct('.'));
  t = next_token(text, next_token(text, t.end).end);  // "m", then "."
  t = next_token(text, t.end);
  EXPECT_TRUE(t.is_punct('-'));  // an em dash reads as '-'
  t = next_token(text, t.end);
  EXPECT_EQ(t.kind, TokKind::number);
  EXPECT_EQ(t.ndigits, 11);
  EXPECT_EQ(t.num, -1);  // longer than 9 digits: no value
  t = next_token(text, t.end);
  EXPECT_TRUE(t.is_punct('"'));  // a curly quote reads as '"'
}

}  // namespace
}  // namespace textchain::dates
