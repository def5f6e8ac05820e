// The document as the quote engine walks it: text, the host's tokens, and the quoted spans found in it.
// Walking skips white space but stops at line breaks, which bound every attribution.
#ifndef TEXTCHAIN_QUOTES_DOC_TOKENS_HPP
#define TEXTCHAIN_QUOTES_DOC_TOKENS_HPP

#include "lexicon.hpp"
#include "quote_marks.hpp"
#include "ascii_case.hpp"

#include <textchain/abi.h>
#include <textchain/sdk.hpp>
#include <textchain/utf8.hpp>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstring>
#include <span>
#include <string_view>
#include <vector>

namespace textchain::quotes {

constexpr size_t kNoToken = SIZE_MAX;

struct DocTokens {
  std::string_view text;
  std::span<const tc_token> tokens;
  std::span<const tc_sentence> sentences;
  std::vector<QuoteSpan> outer;  // outermost quoted spans, by begin
  const Lexicons* lex = &Lexicons::builtin();  // the word lists, as the engine's options extend them
  // Per token: bit 0 sentence_ends_after (index_sentences fills it); bits 1 and 2 the answer remembered()
  // keeps for the document (neither: not asked yet); bit 3 title_org asked, bits 4 and 5 its answer; all in the
  // same bytes so that it costs no memory.
  mutable std::vector<uint8_t> token_bits_;
  // Filled by index_sentences, in the same walk over the tokens: the line breaks' token indexes in order (the
  // paragraphs' ends).
  std::vector<uint32_t> line_breaks;

  size_t size() const noexcept { return tokens.size(); }
  // Built from the pointer, not by substr: the host's tokens lie inside the text, and substr's bounds test and
  // clamp cost a tenth of the engine's lookups, asked of every word walked.
  std::string_view str(size_t i) const noexcept {
    const tc_token& t = tokens[i];
    return std::string_view(text.data() + t.begin, t.end - t.begin);
  }
  uint16_t kind(size_t i) const noexcept { return tokens[i].kind; }
  bool is_word(size_t i) const noexcept { return tokens[i].kind == TC_TOKEN_WORD; }
  // Case and shape from the host's token flags (its Unicode tables), never from a test of our own.
  // The first letter is a capital ("Łukasz", "McCain", "3M").
  bool capitalized(size_t i) const noexcept { return (tokens[i].flags & TC_TOKEN_INITIAL_CAPITAL) != 0; }
  // A word with letters whose first letter is not a capital ("said", "de", "iPhone").
  bool lower_initial(size_t i) const noexcept {
    return (tokens[i].flags & (TC_TOKEN_HAS_LETTER | TC_TOKEN_INITIAL_CAPITAL)) == TC_TOKEN_HAS_LETTER;
  }
  // Has a cased letter and no lower-case one ("NATO", "U.S", "PENCE", "B2").
  bool all_capitals(size_t i) const noexcept { return (tokens[i].flags & TC_TOKEN_ALL_CAPITALS) != 0; }
  bool has_digit(size_t i) const noexcept { return (tokens[i].flags & TC_TOKEN_HAS_DIGIT) != 0; }
  // Only letters and marks of ASCII, no digit: a word whose capitals can spell an acronym ("SEC").
  bool ascii_letters(size_t i) const noexcept {
    return (tokens[i].flags & (TC_TOKEN_NON_ASCII | TC_TOKEN_HAS_DIGIT)) == 0;
  }
  // The period right after this word is an abbreviation's or an initial's ("Sen.", "J.", "Inc.").
  bool abbreviation(size_t i) const noexcept { return (tokens[i].flags & TC_TOKEN_ABBREVIATION) != 0; }
  bool is_break(size_t i) const noexcept { return tokens[i].kind == TC_TOKEN_LINEBREAK; }
  bool is_punct(size_t i, char c) const noexcept {
    return tokens[i].end - tokens[i].begin == 1 && text[tokens[i].begin] == c && tokens[i].kind != TC_TOKEN_WORD;
  }
  bool is_mark(size_t i) const noexcept {
    const uint16_t k = tokens[i].kind;
    if (k == TC_TOKEN_WORD || k == TC_TOKEN_NUMBER || k == TC_TOKEN_SPACE || k == TC_TOKEN_LINEBREAK) return false;
    return quote_mark(i);
  }
  // is_mark for a token known to be punctuation, a quote or a symbol.
  bool quote_mark(size_t i) const noexcept {
    const auto c = static_cast<unsigned char>(text[tokens[i].begin]);
    if (c < 0x80) return c == '"' || c == '\'';  // the only ASCII marks: no decoding needed
    MarkFamily f;
    return mark_family(utf8::decode(text, tokens[i].begin).cp, &f);
  }
  // `ask(str(i))`, asked once per token for the document: a name's words are looked at again by every run
  // and every resolution that passes over them. Only one question may be remembered so.
  template <class Ask>
  bool remembered(size_t i, Ask&& ask) const {
    if (token_bits_.size() != tokens.size()) token_bits_.resize(tokens.size(), 0);
    uint8_t& m = token_bits_[i];
    if (!(m & 6)) m |= ask(str(i)) ? 2 : 4;
    return (m & 2) != 0;
  }
  // What remembered() answered for token i: 1 yes, 0 no, -1 not asked yet (ask it through remembered()).
  int remembered_answer(size_t i) const noexcept {
    if (token_bits_.size() != tokens.size()) return -1;
    const uint8_t m = token_bits_[i];
    return m & 2 ? 1 : m & 4 ? 0 : -1;
  }
  // `lex->is_title_word(str(i))` and `lex->is_org_word(str(i))`, asked once per token for the document (both at
  // once): the name rules and the speaker search ask them of the same words again and again (every run, probe
  // and resolution over a name, every walk back over a role). Bit 0 title, bit 1 organisation.
  uint8_t title_org(size_t i) const {
    if (token_bits_.size() == tokens.size()) [[likely]] {
      const uint8_t m = token_bits_[i];
      if (m & kTitleOrgAsked) return static_cast<uint8_t>(m >> 4 & 3);
    }
    return ask_title_org(i);
  }
  bool title_word(size_t i) const { return (title_org(i) & 1) != 0; }
  bool org_word(size_t i) const { return (title_org(i) & 2) != 0; }
  // Next token after i that is not horizontal space (kNoToken at the end).
  size_t next(size_t i) const noexcept {
    for (size_t j = i + 1; j < tokens.size(); ++j)
      if (tokens[j].kind != TC_TOKEN_SPACE) return j;
    return kNoToken;
  }
  size_t prev(size_t i) const noexcept {
    for (size_t j = i; j-- > 0;)
      if (tokens[j].kind != TC_TOKEN_SPACE) return j;
    return kNoToken;
  }
  // The host's sentence splitter ends a sentence after token k: the next token that is neither space nor a
  // quotation mark starts a later sentence (or there is none). "2 p.m. In lieu …" ends one, "Sen. Dean",
  // "\"Why?\" she asked" and "(D-Wis.)" do not. Every sentence boundary the engine uses is this one.
  bool sentence_ends_after(size_t k) const noexcept { return k < token_bits_.size() && (token_bits_[k] & 1); }
  // What follows token k opens a sentence: k ends one, is a line break, or there is none (kNoToken, the
  // document's start).
  bool sentence_opens_after(size_t k) const noexcept { return k == kNoToken || is_break(k) || sentence_ends_after(k); }
  // A sentence the writer finished ends after token k: the host ends one there and k is its terminal
  // punctuation (. ! ? …), not a sentence cut off by a heading's line break or a blank line.
  bool full_stop(size_t k) const noexcept {
    if (k == kNoToken || !sentence_ends_after(k) || tokens[k].kind != TC_TOKEN_PUNCT) return false;
    const std::string_view s = str(k);
    return s == "." || s == "!" || s == "?" || s == "\u2026";
  }
  // The quotation's words end with a full stop of their own ("…." or "…?" before the closing mark): its
  // sentence is over inside it.
  bool ends_with_full_stop(const QuoteSpan& q) const noexcept {
    if (!q.closed()) return false;
    const size_t last_inside = prev(q.close_token);
    return last_inside != kNoToken && last_inside > q.open_token && full_stop(last_inside);
  }
  // token_bits_' bit for title_org asked; its answer is in bits 4 and 5.
  static constexpr uint8_t kTitleOrgAsked = 8;
  [[gnu::noinline]] uint8_t ask_title_org(size_t i) const {
    if (token_bits_.size() != tokens.size()) token_bits_.resize(tokens.size(), 0);
    const uint8_t bits = lex->title_org(str(i));
    token_bits_[i] = static_cast<uint8_t>(token_bits_[i] | kTitleOrgAsked | bits << 4);
    return bits;
  }
  // Fills what sentence_ends_after reads and line_breaks; call once, after `tokens` and `sentences` are set.
  // Per sentence: the tokens from its last one that is neither space nor mark up to the next sentence's first
  // end it. The line breaks take one pass over the tokens' kinds, eight tokens a step (a line break is rare: one
  // test for the eight); each sentence's first token is found by
  // a galloping search from the previous one, and only the few tokens at a sentence's end are looked at
  // closely.
  void index_sentences() {
    // White space or a quotation mark, which may close a sentence after its last word.
    auto closes_sentence = [&](size_t k) { return tokens[k].kind == TC_TOKEN_SPACE || is_mark(k); };
    const tc_token* tok = tokens.data();  // locals: the byte stores below may alias any member
    const size_t n = tokens.size();
    token_bits_.assign(n, 0);
    uint8_t* ends = token_bits_.data();
    line_breaks.clear();
    line_breaks.reserve(n / 16 + 1);  // room for a break every 16 tokens: one allocation for most texts
    // An unsigned, not a bool: the four tests below are or-ed without short-circuit branches.
    auto is_break_at = [&](size_t k) -> unsigned { return tok[k].kind == TC_TOKEN_LINEBREAK; };
    size_t k = 0;
#if defined(__SSE2__)
    // Eight tokens a step: a token's kind and flags are its third 32-bit word, gathered four tokens (48 bytes,
    // three loads) at a time by shuffles, and a line break is looked for in the eight at once. The four-token
    // loop below does the rest.
    static_assert(sizeof(tc_token) == 12 && offsetof(tc_token, kind) == 8 && offsetof(tc_token, flags) == 10);
    static_assert(std::endian::native == std::endian::little, "kind is the low half of the word");
    const __m128i low_half = _mm_set1_epi32(0xFFFF), line_break = _mm_set1_epi32(TC_TOKEN_LINEBREAK);
    for (; k + 8 <= n; k += 8) {
      const __m128i x = kinds_and_flags(tok + k), y = kinds_and_flags(tok + k + 4);
      // Bit j: token k + j is a line break (news has one every twenty tokens or so: the bits, not a loop).
      unsigned breaks =
          static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(_mm_and_si128(x, low_half), line_break)))) |
          static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(_mm_and_si128(y, low_half), line_break)))) << 4;
      for (; breaks != 0; breaks &= breaks - 1)
        line_breaks.push_back(static_cast<uint32_t>(k + static_cast<size_t>(std::countr_zero(breaks))));
    }
#endif
    for (; k + 4 <= n; k += 4) {
      if ((is_break_at(k) | is_break_at(k + 1) | is_break_at(k + 2) | is_break_at(k + 3))) [[unlikely]] {
        for (size_t j = k; j < k + 4; ++j)
          if (is_break_at(j)) line_breaks.push_back(static_cast<uint32_t>(j));
      }
    }
    for (; k < n; ++k)
      if (is_break_at(k)) line_breaks.push_back(static_cast<uint32_t>(k));
    // The first token at or after `t` that begins at or after byte `b` (tokens are in text order).
    auto first_from = [&](size_t t, uint32_t b) {
      if (t >= n || tok[t].begin >= b) return t;
      size_t lo = t, step = 1;  // tok[lo].begin < b
      while (lo + step < n && tok[lo + step].begin < b) {
        lo += step;
        step *= 2;
      }
      size_t hi = std::min(lo + step, n);  // tok[hi].begin >= b, or hi == n
      while (hi - lo > 1) {
        const size_t mid = lo + (hi - lo) / 2;
        (tok[mid].begin < b ? lo : hi) = mid;
      }
      return hi;
    };
    size_t t = first_from(0, sentences.empty() ? UINT32_MAX : sentences.front().begin);
    if (t > 0) std::memset(ends, 1, t);  // before the first sentence every token ends one (no text: ends is null)
    for (size_t si = 0, ns = sentences.size(); si < ns; ++si) {
      const size_t first = t;
      const uint32_t end = sentences[si].end;
      t = first_from(t, si + 1 < ns ? sentences[si + 1].begin : UINT32_MAX);
      size_t last = t;  // back over the white space after the sentence, then its closing spaces and marks
      while (last > first && tok[last - 1].begin >= end) --last;
      while (last > first && closes_sentence(last - 1)) --last;
      last = last > first ? last - 1 : first;
      std::memset(ends + last, 1, t - last);
    }
  }
#if defined(__SSE2__)
  // The kind and flags of the four tokens at `four` (each token's third 32-bit word, the kind its low half),
  // gathered from three loads by shuffles.
  static __m128i kinds_and_flags(const tc_token* four) noexcept {
    static_assert(sizeof(tc_token) == 12 && offsetof(tc_token, kind) == 8 && offsetof(tc_token, flags) == 10);
    static_assert(std::endian::native == std::endian::little, "kind is the low half of the word");
    const auto* p = reinterpret_cast<const __m128i*>(four);
    const __m128 a = _mm_castsi128_ps(_mm_loadu_si128(p)), b = _mm_castsi128_ps(_mm_loadu_si128(p + 1)),
                 c = _mm_castsi128_ps(_mm_loadu_si128(p + 2));
    const __m128 ab = _mm_shuffle_ps(a, b, _MM_SHUFFLE(1, 1, 2, 2));  // words 2, 2, 5, 5
    const __m128 cc = _mm_shuffle_ps(c, c, _MM_SHUFFLE(3, 3, 0, 0));  // words 8, 8, 11, 11
    return _mm_castps_si128(_mm_shuffle_ps(ab, cc, _MM_SHUFFLE(2, 0, 2, 0)));  // words 2, 5, 8, 11
  }
#endif
  // The first token in [i, end) that is a word with a capital first letter, `end` when none: four tokens a step
  // (about one token in ten is one, and the resolver's reading of a paragraph looks only at those).
  size_t next_capitalized_word(size_t i, size_t end) const noexcept {
#if defined(__SSE2__)
    const __m128i mask = _mm_set1_epi32(0xFFFF | TC_TOKEN_INITIAL_CAPITAL << 16);
    const __m128i want = _mm_set1_epi32(TC_TOKEN_WORD | TC_TOKEN_INITIAL_CAPITAL << 16);
    for (; i + 4 <= end; i += 4) {
      const __m128i x = _mm_and_si128(kinds_and_flags(tokens.data() + i), mask);
      const auto hits = static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(x, want))));
      if (hits != 0) return i + static_cast<size_t>(std::countr_zero(hits));
    }
#endif
    for (; i < end; ++i)
      if (is_word(i) && capitalized(i)) return i;
    return end;
  }
  // Index of the outermost quoted span holding byte offset `b`, or -1.
  long quote_at(size_t b) const noexcept {
    auto it = std::upper_bound(outer.begin(), outer.end(), b, [](size_t x, const QuoteSpan& q) { return x < q.begin; });
    if (it == outer.begin()) return -1;
    --it;
    return b < it->end ? static_cast<long>(it - outer.begin()) : -1;
  }
  // First token at or after byte offset b.
  size_t token_at(size_t b) const noexcept {
    auto it = std::lower_bound(tokens.begin(), tokens.end(), b, [](const tc_token& t, size_t x) { return t.end <= x; });
    return static_cast<size_t>(it - tokens.begin());
  }
  // The token that starts at byte offset b: a word found by searching the text is one only there. kNoToken when
  // b is inside a token or past the last.
  size_t token_starting_at(size_t b) const noexcept {
    const size_t t = token_at(b);
    return t < tokens.size() && tokens[t].begin == b ? t : kNoToken;
  }
};

}  // namespace textchain::quotes

#endif
