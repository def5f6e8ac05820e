// The document as the quote engine walks it: text, the host's tokens, and the quoted spans found in it.
// Walking skips white space but stops at line breaks, which bound every attribution.
#ifndef TEXTCHAIN_QUOTES_DOC_TOKENS_HPP
#define TEXTCHAIN_QUOTES_DOC_TOKENS_HPP

#include "lexicon.hpp"
#include "quote_marks.hpp"
#include "ascii_case.hpp"
#include "token_search.hpp"

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

// Positions: the engine walks the text as the 12-byte token array listed it, white space included, but the
// host hands out only its compact tokens (ABI 1.2: no white space, 8 bytes each). So a position v names either
// compact token v / 2 (v odd) or the white space before compact token v / 2 (v even, a "slot": the text between
// two tokens, possibly empty; v == 2 * count is the white space after the last). A slot is a SPACE, or a
// LINEBREAK when its text holds a line break; what the engine read of white-space tokens it reads of the slot's
// bytes, so next() and prev() skip slots but stop at line breaks as they stopped at line-break tokens. Two
// tokens that touch have an empty slot between them: "right after token k" is after(k), not k + 1.
struct DocTokens {
  std::string_view text;
  CompactTokenView tokens;  // the host's compact tokens
  std::span<const tc_sentence> sentences;
  std::vector<QuoteSpan> outer;  // outermost quoted spans, by begin (token positions as above)
  const Lexicons* lex = &Lexicons::builtin();  // the word lists, as the engine's options extend them
  // Per compact token: bit 0 sentence_ends_after (index_sentences fills it); bits 1 and 2 the answer remembered()
  // keeps for the document (neither: not asked yet); bit 3 title_org asked, bits 4 and 5 its answer; bit 6 a
  // line break in the white space before the token (index_sentences); all in the same bytes so that it costs
  // no memory. One byte more than the tokens: the last holds bit 6 for the white space after the last token, so
  // that slot_breaks, asked at every step of a walk, needs no bounds test.
  mutable std::vector<uint8_t> token_bits_;
  // Filled by index_sentences: per line break, in text order, the position of the slot that holds it (a blank
  // line gives the same slot twice, as it gave two line-break tokens): the paragraphs' ends.
  std::vector<uint32_t> line_breaks;

  // Positions 0 to 2 * count: every token and every slot.
  size_t size() const noexcept { return 2 * tokens.size() + 1; }
  static bool is_slot(size_t v) noexcept { return (v & 1) == 0; }
  // The position of compact token j, and the compact token at position v (odd).
  static size_t position(size_t j) noexcept { return 2 * j + 1; }
  static size_t compact(size_t v) noexcept { return v >> 1; }
  // The accessors below are asked of every token walked: always inlined, the long-token lookup (a token of
  // 65,535 bytes or more, TC_TOKEN_LONG_LENGTH) out of line.
  [[gnu::always_inline]] uint32_t begin(size_t v) const noexcept {
    const size_t j = v >> 1;
    if (v & 1) return tokens.compact()[j].begin;
    return j > 0 ? token_end(j - 1) : 0;
  }
  [[gnu::always_inline]] uint32_t end(size_t v) const noexcept {
    const size_t j = v >> 1;
    if (v & 1) return token_end(j);
    return j < tokens.size() ? tokens.compact()[j].begin : static_cast<uint32_t>(text.size());
  }
  [[gnu::always_inline]] uint32_t token_end(size_t j) const noexcept {
    const tc_token_compact& c = tokens.compact()[j];
    if (c.length != TC_TOKEN_LONG_LENGTH) [[likely]] return c.begin + c.length;
    return long_token_end(j);
  }
  [[gnu::noinline]] uint32_t long_token_end(size_t j) const noexcept { return tokens.end_of(j); }
  [[gnu::always_inline]] size_t length(size_t v) const noexcept { return end(v) - begin(v); }
  // Built from the pointer, not by substr: the host's tokens lie inside the text, and substr's bounds test and
  // clamp cost a tenth of the engine's lookups, asked of every word walked.
  [[gnu::always_inline]] std::string_view str(size_t v) const noexcept {
    const uint32_t b = begin(v);
    return std::string_view(text.data() + b, end(v) - b);
  }
  // str(v) of a position known to be a token (odd v: is_word(v) said so), without the test for a slot.
  [[gnu::always_inline]] std::string_view token_str(size_t v) const noexcept {
    const size_t j = v >> 1;
    const uint32_t b = tokens.compact()[j].begin;
    return std::string_view(text.data() + b, token_end(j) - b);
  }
  [[gnu::always_inline]] uint16_t kind(size_t v) const noexcept {
    if (v & 1) return tokens.compact()[v >> 1].kind;
    return slot_breaks(v >> 1) ? TC_TOKEN_LINEBREAK : TC_TOKEN_SPACE;
  }
  [[gnu::always_inline]] uint16_t flags(size_t v) const noexcept { return v & 1 ? tokens.compact()[v >> 1].flags : 0; }
  [[gnu::always_inline]] bool is_word(size_t v) const noexcept { return (v & 1) && tokens.compact()[v >> 1].kind == TC_TOKEN_WORD; }
  // Case and shape from the host's token flags (its Unicode tables), never from a test of our own.
  // The first letter is a capital ("Łukasz", "McCain", "3M").
  [[gnu::always_inline]] bool capitalized(size_t i) const noexcept { return (flags(i) & TC_TOKEN_INITIAL_CAPITAL) != 0; }
  // A word with letters whose first letter is not a capital ("said", "de", "iPhone").
  [[gnu::always_inline]] bool lower_initial(size_t i) const noexcept {
    return (flags(i) & (TC_TOKEN_HAS_LETTER | TC_TOKEN_INITIAL_CAPITAL)) == TC_TOKEN_HAS_LETTER;
  }
  // Has a cased letter and no lower-case one ("NATO", "U.S", "PENCE", "B2").
  bool all_capitals(size_t i) const noexcept { return (flags(i) & TC_TOKEN_ALL_CAPITALS) != 0; }
  bool has_digit(size_t i) const noexcept { return (flags(i) & TC_TOKEN_HAS_DIGIT) != 0; }
  // Only letters and marks of ASCII, no digit: a word whose capitals can spell an acronym ("SEC").
  bool ascii_letters(size_t i) const noexcept { return (flags(i) & (TC_TOKEN_NON_ASCII | TC_TOKEN_HAS_DIGIT)) == 0; }
  // The period right after this word is an abbreviation's or an initial's ("Sen.", "J.", "Inc.").
  bool abbreviation(size_t i) const noexcept { return (flags(i) & TC_TOKEN_ABBREVIATION) != 0; }

  // ---- White space: the slots between tokens ----
  // The slot before compact token j (j == count: after the last) holds a line break. Needs index_sentences.
  [[gnu::always_inline]] bool slot_breaks(size_t j) const noexcept { return (token_bits_[j] & kBreakBefore) != 0; }
  bool is_break(size_t v) const noexcept { return !(v & 1) && slot_breaks(v >> 1); }
  // How many line breaks slot v holds (each was a line-break token of its own: a blank line is two).
  size_t breaks_in(size_t v) const noexcept {
    if (!is_break(v)) return 0;
    const auto r = std::equal_range(line_breaks.begin(), line_breaks.end(), static_cast<uint32_t>(v));
    return static_cast<size_t>(r.second - r.first);
  }
  // White space, or a line break, with text (an empty slot, between two tokens that touch, is not).
  bool is_space(size_t v) const noexcept { return !(v & 1) && end(v) > begin(v); }
  // The token right after token k, with nothing between (kNoToken when white space or the text's end comes
  // first): what k + 1 was in the 12-byte array when it was no white space.
  size_t touching_next(size_t k) const noexcept {
    return k + 2 < size() && end(k + 1) == begin(k + 1) ? k + 2 : kNoToken;
  }
  size_t touching_prev(size_t k) const noexcept { return k >= 2 && end(k - 1) == begin(k - 1) ? k - 2 : kNoToken; }
  // The position right after token k in the 12-byte array's order: its white space when there is some, else the
  // next token (k + 1 there).
  size_t after(size_t k) const noexcept { return k + 1 < size() && end(k + 1) == begin(k + 1) ? k + 2 : k + 1; }
  // The position right before token k in the same order (k - 1 there); k >= 1.
  size_t before(size_t k) const noexcept { return k >= 2 && end(k - 1) == begin(k - 1) ? k - 2 : k - 1; }

  [[gnu::always_inline]] bool is_punct(size_t i, char c) const noexcept {
    if (!(i & 1)) return false;  // white space is no punctuation (the engine never asks for a space character)
    const tc_token_compact& t = tokens.compact()[i >> 1];
    return t.length == 1 && text[t.begin] == c && t.kind != TC_TOKEN_WORD;
  }
  bool is_mark(size_t i) const noexcept {
    if (!(i & 1)) return false;  // white space is no mark
    const uint16_t k = tokens.compact()[i >> 1].kind;
    if (k == TC_TOKEN_WORD || k == TC_TOKEN_NUMBER) return false;
    return quote_mark(i);
  }
  // is_mark for a token known to be punctuation, a quote or a symbol.
  bool quote_mark(size_t i) const noexcept {
    const auto c = static_cast<unsigned char>(text[begin(i)]);
    if (c < 0x80) return c == '"' || c == '\'';  // the only ASCII marks: no decoding needed
    MarkFamily f;
    return mark_family(utf8::decode(text, begin(i)).cp, &f);
  }
  // `ask(str(i))`, asked once per token for the document: a name's words are looked at again by every run
  // and every resolution that passes over them. Only one question may be remembered so.
  template <class Ask>
  bool remembered(size_t v, Ask&& ask) const {
    if (!(v & 1)) [[unlikely]] return ask(str(v));
    if (token_bits_.size() != tokens.size() + 1) token_bits_.resize(tokens.size() + 1, 0);
    const size_t i = v >> 1;
    uint8_t& m = token_bits_[i];
    if (!(m & 6)) m |= ask(token_str(v)) ? 2 : 4;
    return (m & 2) != 0;
  }
  // What remembered() answered for token v: 1 yes, 0 no, -1 not asked yet (ask it through remembered()).
  int remembered_answer(size_t v) const noexcept {
    if (token_bits_.size() != tokens.size() + 1 || !(v & 1)) return -1;
    const uint8_t m = token_bits_[v >> 1];
    return m & 2 ? 1 : m & 4 ? 0 : -1;
  }
  // `lex->is_title_word(str(i))` and `lex->is_org_word(str(i))`, asked once per token for the document (both at
  // once): the name rules and the speaker search ask them of the same words again and again (every run, probe
  // and resolution over a name, every walk back over a role). Bit 0 title, bit 1 organisation.
  uint8_t title_org(size_t i) const {
    if (token_bits_.size() == tokens.size() + 1 && (i & 1)) [[likely]] {
      const uint8_t m = token_bits_[i >> 1];
      if (m & kTitleOrgAsked) return static_cast<uint8_t>(m >> 4 & 3);
    }
    return ask_title_org(i);
  }
  bool title_word(size_t i) const { return (title_org(i) & 1) != 0; }
  bool org_word(size_t i) const { return (title_org(i) & 2) != 0; }
  // Next position after i that is not a slot without a line break (kNoToken at the end): the next token, or
  // the line break between.
  [[gnu::always_inline]] size_t next(size_t i) const noexcept {
    size_t j = i + 1;
    if (!(j & 1) && !slot_breaks(j >> 1)) ++j;
    return j < size() ? j : kNoToken;
  }
  [[gnu::always_inline]] size_t prev(size_t i) const noexcept {
    if (i == 0) return kNoToken;
    size_t j = i - 1;
    if (!(j & 1) && !slot_breaks(j >> 1)) {
      if (j == 0) return kNoToken;
      --j;
    }
    return j;
  }
  // The host's sentence splitter ends a sentence after token k: the next token that is neither space nor a
  // quotation mark starts a later sentence (or there is none). "2 p.m. In lieu …" ends one, "Sen. Dean",
  // "\"Why?\" she asked" and "(D-Wis.)" do not. Every sentence boundary the engine uses is this one. A slot
  // with text after such a token ends it too (as its white-space tokens did); an empty one is no token.
  bool sentence_ends_after(size_t k) const noexcept {
    const size_t j = k >> 1;
    if (k & 1) return (token_bits_[j] & 1) != 0;  // index_sentences sized token_bits_
    if (!is_space(k)) return false;
    return j == 0 || (token_bits_[j - 1] & 1) != 0;
  }
  // What follows token k opens a sentence: k ends one, is a line break, or there is none (kNoToken, the
  // document's start).
  bool sentence_opens_after(size_t k) const noexcept { return k == kNoToken || is_break(k) || sentence_ends_after(k); }
  // A sentence the writer finished ends after token k: the host ends one there and k is its terminal
  // punctuation (. ! ? …), not a sentence cut off by a heading's line break or a blank line.
  bool full_stop(size_t k) const noexcept {
    if (k == kNoToken || !sentence_ends_after(k) || kind(k) != TC_TOKEN_PUNCT) return false;
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
  // token_bits_' bit for a line break before the token.
  static constexpr uint8_t kBreakBefore = 64;
  [[gnu::noinline]] uint8_t ask_title_org(size_t v) const {
    if (!(v & 1)) return lex->title_org(str(v));
    const uint8_t bits = lex->title_org(token_str(v));
    if (token_bits_.size() != tokens.size() + 1) token_bits_.resize(tokens.size() + 1, 0);
    const size_t i = v >> 1;
    token_bits_[i] = static_cast<uint8_t>(token_bits_[i] | kTitleOrgAsked | bits << 4);
    return bits;
  }
  // The searches of index_sentences and index_line_breaks look for the first token that begins at or past a byte,
  // some twenty tokens (a sentence) to sixty (a paragraph) past the last one found: search_from gallops from a
  // guess made from the document's mean token width (token_search.hpp), in fewer steps than from the last token.
  uint64_t tokens_per_byte() const noexcept { return token_density(tokens.size(), text.size()); }
  // The guessed token for byte b from token t (tok[t].begin < b).
  size_t guess(size_t t, uint32_t b, uint64_t per_byte) const noexcept {
    return guess_token(t, b - tokens.compact()[t].begin, per_byte);
  }
  // Fills what sentence_ends_after and is_break read, and line_breaks; call once, after `tokens` and
  // `sentences` are set.
  void index_sentences() {
    const size_t n = tokens.size();
    token_bits_.assign(n + 1, 0);
    index_line_breaks();
    uint8_t* ends = token_bits_.data();  // a local: the byte stores below may alias any member
    const tc_token_compact* tok = tokens.compact().data();
    // Per sentence: the tokens from its last one that is not a closing mark up to the next sentence's first
    // end it. Each sentence's first token is found by a galloping search from the previous one, and only the
    // few tokens at a sentence's end are looked at closely.
    // The first token at or after `t` that begins at or after byte `b` (tokens are in text order).
    const uint64_t per_byte = tokens_per_byte();
    auto first_from = [&](size_t t, uint32_t b) {
      if (t >= n || tok[t].begin >= b) return t;
      return search_from(t, guess(t, b, per_byte), n, [&](size_t k) { return tok[k].begin < b; });
    };
    size_t t = first_from(0, sentences.empty() ? UINT32_MAX : sentences.front().begin);
    for (size_t k = 0; k < t; ++k) ends[k] |= 1;  // before the first sentence every token ends one
    for (size_t si = 0, ns = sentences.size(); si < ns; ++si) {
      const size_t first = t;
      const uint32_t end = sentences[si].end;
      t = first_from(t, si + 1 < ns ? sentences[si + 1].begin : UINT32_MAX);
      size_t last = t;  // back over what follows the sentence, then its closing marks
      while (last > first && tok[last - 1].begin >= end) --last;
      while (last > first && is_mark(position(last - 1))) --last;
      last = last > first ? last - 1 : first;
      for (size_t k = last; k < t; ++k) ends[k] |= 1;
    }
  }
  // The line breaks of the text: \n, \r (\r\n is one), \v, \f, U+0085, U+2028 and U+2029, the characters the
  // host's tokenizer makes line-break tokens of. Each lies in the white space between two tokens (never in one),
  // so the text is searched for them thirty-two bytes a step (a byte 0x0A-0x0D, or the lead byte 0xC2 / 0xE2 of
  // the others, then confirmed) instead of reading the white space before every token; each break found is given
  // to the token after it by a galloping search from the previous one's (a paragraph is some twenty tokens).
  void index_line_breaks() {
    line_breaks.clear();
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const size_t size = text.size();
    const tc_token_compact* tok = tokens.compact().data();
    const size_t n = tokens.size();
    uint8_t* bits = token_bits_.data();  // n + 1 bytes: bits[n] is the white space after the last token
    const uint64_t per_byte = tokens_per_byte();
    size_t j = 0;         // the first token that begins after the last break found
    size_t consumed = 0;  // bytes before this were read (the \n of a \r\n, a multi-byte break's tail)
    auto at_byte = [&](size_t i) __attribute__((always_inline)) {
      if (i < consumed) return;
      const unsigned char c = p[i];
      size_t len = 0;
      if (c >= 0x0A && c <= 0x0D) len = c == '\r' && i + 1 < size && p[i + 1] == '\n' ? 2 : 1;
      else if (c == 0xC2) len = i + 1 < size && p[i + 1] == 0x85 ? 2 : 0;
      else if (c == 0xE2) len = i + 2 < size && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9) ? 3 : 0;
      if (len == 0) return;
      consumed = i + len;
      if (j < n && tok[j].begin <= i)  // the first token that begins after the break
        j = search_from(j, guess(j, static_cast<uint32_t>(i), per_byte), n, [&](size_t k) { return tok[k].begin <= i; });
      line_breaks.push_back(static_cast<uint32_t>(2 * j));
      bits[j] |= kBreakBefore;
    };
    size_t i = 0;
#if defined(__SSE2__)
    // Thirty-two bytes a step: a byte at most 0x0D (the four line breaks, and rarer controls and tabs that
    // at_byte passes over), or one that is 0xE2 once 0x20 is set in it (0xC2 or 0xE2).
    const __m128i thirteen = _mm_set1_epi8(0x0D), bit5 = _mm_set1_epi8(0x20);
    const __m128i e2 = _mm_set1_epi8(static_cast<char>(0xE2));
    auto hits = [&](const unsigned char* at) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
      const __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(x, thirteen), x),
                                       _mm_cmpeq_epi8(_mm_or_si128(x, bit5), e2));
      return static_cast<uint32_t>(_mm_movemask_epi8(hit));
    };
    for (; i + 32 <= size; i += 32) {
      for (uint32_t m = hits(p + i) | hits(p + i + 16) << 16; m != 0; m &= m - 1)
        at_byte(i + static_cast<size_t>(std::countr_zero(m)));
    }
#endif
    for (; i < size; ++i) at_byte(i);
  }
  // The first token in [i, end) that is a word with a capital first letter, `end` when none (about one token in
  // ten is one, and the resolver's reading of a paragraph looks only at those).
  size_t next_capitalized_word(size_t from, size_t to) const noexcept {
    const size_t at = compact_capitalized_word(from >> 1, to >> 1);
    return at < (to >> 1) ? position(at) : to;
  }
  // The same over compact tokens [i, end).
  size_t compact_capitalized_word(size_t i, size_t end) const noexcept {
    const tc_token_compact* tok = tokens.compact().data();
#if defined(__SSE2__)
    // Four tokens a step: each token's second 32-bit word holds its length, kind (third byte) and flags
    // (fourth byte), gathered from two loads by a shuffle.
    static_assert(sizeof(tc_token_compact) == 8 && offsetof(tc_token_compact, kind) == 6 &&
                  offsetof(tc_token_compact, flags) == 7);
    static_assert(std::endian::native == std::endian::little, "kind is the third byte of the word");
    const __m128i mask = _mm_set1_epi32(static_cast<int>(0xFFu << 16 | (TC_TOKEN_INITIAL_CAPITAL & 0xFFu) << 24));
    const __m128i want = _mm_set1_epi32(static_cast<int>(TC_TOKEN_WORD << 16 | (TC_TOKEN_INITIAL_CAPITAL & 0xFFu) << 24));
    for (; i + 4 <= end; i += 4) {
      const auto* p = reinterpret_cast<const __m128i*>(tok + i);
      const __m128 a = _mm_castsi128_ps(_mm_loadu_si128(p)), b = _mm_castsi128_ps(_mm_loadu_si128(p + 1));
      const __m128i x = _mm_and_si128(_mm_castps_si128(_mm_shuffle_ps(a, b, _MM_SHUFFLE(3, 1, 3, 1))), mask);
      const auto hits = static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(x, want))));
      if (hits != 0) return i + static_cast<size_t>(std::countr_zero(hits));
    }
#endif
    for (; i < end; ++i)
      if (tok[i].kind == TC_TOKEN_WORD && (tok[i].flags & TC_TOKEN_INITIAL_CAPITAL)) return i;
    return end;
  }
  // Index of the outermost quoted span holding byte offset `b`, or -1.
  long quote_at(size_t b) const noexcept {
    auto it = std::upper_bound(outer.begin(), outer.end(), b, [](size_t x, const QuoteSpan& q) { return x < q.begin; });
    if (it == outer.begin()) return -1;
    --it;
    return b < it->end ? static_cast<long>(it - outer.begin()) : -1;
  }
  // First position at or after byte offset b (the first that ends after it: a slot when b is in white space).
  size_t token_at(size_t b) const noexcept {
    size_t lo = 0, hi = tokens.size();
    while (lo < hi) {
      const size_t mid = lo + (hi - lo) / 2;
      if (tokens.end_of(mid) <= b) lo = mid + 1;
      else hi = mid;
    }
    return b < end(2 * lo) ? 2 * lo : 2 * lo + 1;
  }
  // The token that starts at byte offset b: a word found by searching the text is one only there. kNoToken when
  // b is inside a token or past the last.
  size_t token_starting_at(size_t b) const noexcept {
    const size_t t = token_at(b);
    return t < size() && begin(t) == b ? t : kNoToken;
  }

};

}  // namespace textchain::quotes

#endif
