#include "quote_marks.hpp"

#include "name_lexicon.hpp"
#include "token_search.hpp"

#include <textchain/sdk.hpp>
#include <textchain/utf8.hpp>

#include <algorithm>
#include <bit>
#include <cstring>
#include <iterator>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace textchain::quotes {
namespace {

// Deeper nesting than this is noise (runs of marks), not quotation; ignoring it keeps pairing linear.
constexpr size_t kMaxDepth = 6;

struct MarkInfo {
  char32_t cp;
  MarkFamily family;
  uint8_t bit;
};

constexpr MarkInfo kMarks[] = {
    {U'"', MarkFamily::double_mark, 0},       {U'\u201C', MarkFamily::double_mark, 1},
    {U'\u201D', MarkFamily::double_mark, 2},  {U'\u201E', MarkFamily::double_mark, 3},
    {U'\u201F', MarkFamily::double_mark, 4},  {U'\'', MarkFamily::single_mark, 5},
    {U'\u2018', MarkFamily::single_mark, 6},  {U'\u2019', MarkFamily::single_mark, 7},
    {U'\u201A', MarkFamily::single_mark, 8},  {U'\u201B', MarkFamily::single_mark, 9},
    {U'\u00AB', MarkFamily::guillemet, 10},   {U'\u00BB', MarkFamily::guillemet, 11},
    {U'\u2039', MarkFamily::single_guillemet, 12}, {U'\u203A', MarkFamily::single_guillemet, 13},
    {U'\u300C', MarkFamily::corner, 14},      {U'\u300D', MarkFamily::corner, 15},
    {U'\u300E', MarkFamily::corner, 16},      {U'\u300F', MarkFamily::corner, 17},
};

// kMarks' entry of each mark, by code point block (-1: no mark): asked of every mark the text holds, and a
// walk of the table took up to eighteen compares.
constexpr int8_t kMarksFrom2018[] = {6, 7, 8, 9, 1, 2, 3, 4};  // U+2018..U+201F
constexpr int kMarksFrom300C = 14;                            // U+300C..U+300F, in order
constexpr bool marks_indexed() {
  for (int k = 0; k < 8; ++k)
    if (kMarks[kMarksFrom2018[k]].cp != static_cast<char32_t>(0x2018 + k)) return false;
  for (int k = 0; k < 4; ++k)
    if (kMarks[kMarksFrom300C + k].cp != static_cast<char32_t>(0x300C + k)) return false;
  return kMarks[0].cp == U'"' && kMarks[5].cp == U'\'' && kMarks[10].cp == 0xAB && kMarks[11].cp == 0xBB &&
         kMarks[12].cp == 0x2039 && kMarks[13].cp == 0x203A && std::size(kMarks) == 18;
}
static_assert(marks_indexed(), "find_mark's indices must follow kMarks");

const MarkInfo* find_mark(char32_t cp) noexcept {
  if (cp < 0x80) return cp == '"' ? &kMarks[0] : cp == '\'' ? &kMarks[5] : nullptr;
  if (cp >= 0x2018 && cp <= 0x201F) return &kMarks[kMarksFrom2018[cp - 0x2018]];
  if (cp == 0xAB || cp == 0xBB) return &kMarks[cp == 0xAB ? 10 : 11];
  if (cp == 0x2039 || cp == 0x203A) return &kMarks[cp == 0x2039 ? 12 : 13];
  if (cp >= 0x300C && cp <= 0x300F) return &kMarks[kMarksFrom300C + (cp - 0x300C)];
  return nullptr;
}

enum class Cls : uint8_t { none, open, close, close_weak, ambiguous };

bool is_mark_cp(char32_t c) noexcept { return find_mark(c) != nullptr; }

// What stands on either side of a mark, from the host's tokens (its Unicode tables): white space and letters
// are the token kinds SPACE/LINEBREAK and WORD, never a class of our own. `prev`/`next` are the code points
// themselves, for the punctuation the rules name one by one (0 at the start or end of the text).
struct Around {
  char32_t prev = 0, next = 0;
  bool prev_space = true;    // start of text, or the token before is a space or line break
  bool next_space = true;    // end of text, or the token after is a space or line break
  bool next_letter = false;  // a word starts right after the mark, and with a letter (not '90s, '08)
};

// A word token starts with a letter unless it starts with a digit ("90s" is one word, UAX #29 WB10) or an
// underscore: the ASCII first byte says so directly; a non-ASCII one counts as a letter unless the token
// holds a digit (its first character may be one: "٩٠s"), which the host's flags tell.
bool starts_with_letter(std::string_view text, const tc_token& t) noexcept {
  if (t.kind != TC_TOKEN_WORD) return false;
  const auto c = static_cast<unsigned char>(text[t.begin]);
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return (t.flags & TC_TOKEN_HAS_DIGIT) == 0;
}

// U+200B ZERO WIDTH SPACE is invisible, but not White_Space and not joined to its neighbour like other
// format characters (UAX #29 gives it a token of its own): the rules look through it.
// Asked of the tokens on either side of every mark: the first byte, 0xE2 in a few tokens only, is tested first.
inline bool zero_width_space(std::string_view text, const CompactTokenView& tokens, size_t i) noexcept {
  const uint32_t b = tokens.begin_of(i);
  return static_cast<unsigned char>(text[b]) == 0xE2 && tokens.end_of(i) - b >= 3 &&
         text.compare(b, 3, "\xE2\x80\x8B") == 0;
}

// The mark at bytes [b, b + len) lies in token `i` (a two-apostrophe mark runs into token i + 1). Characters
// the host joined to the mark's token (combining marks, format characters) are skipped, as are zero-width
// spaces touching it, a few at most; white space (the text between two tokens) stops the look.
Around around(std::string_view text, const CompactTokenView& tokens, size_t i, size_t b, size_t len) noexcept {
  Around a;
  const size_t n = tokens.size();
  if (b > tokens.begin_of(i)) {  // after a character of its own token, which is no white space (may_hold_mark)
    a.prev = utf8::decode(text, utf8::previous(text, b)).cp;
    a.prev_space = false;
  } else {
    size_t k = i, steps = 0;
    for (;;) {
      const uint32_t before = k > 0 ? tokens.end_of(k - 1) : 0;
      if (before < tokens.begin_of(k)) {  // white space right before token k
        a.prev = utf8::decode(text, utf8::previous(text, tokens.begin_of(k))).cp;
        a.prev_space = true;
        break;
      }
      if (k == 0) break;
      if (steps++ < 4 && zero_width_space(text, tokens, k - 1)) {
        --k;
        continue;
      }
      a.prev = utf8::decode(text, utf8::previous(text, tokens.end_of(k - 1))).cp;
      a.prev_space = false;
      break;
    }
  }
  const size_t e = b + len;
  size_t j = i, steps = 0;
  while (j < n && tokens.begin_of(j) < e) ++j;
  size_t at = tokens.end_of(j - 1);  // the byte after the token that holds the mark's end
  for (;;) {
    const size_t next_begin = j < n ? tokens.begin_of(j) : text.size();
    if (at < next_begin) {  // white space right after it
      a.next = utf8::decode(text, at).cp;
      a.next_space = true;
      break;
    }
    if (j >= n) break;
    if (steps++ < 4 && zero_width_space(text, tokens, j)) {
      at = tokens.end_of(j);
      ++j;
      continue;
    }
    a.next = utf8::decode(text, tokens.begin_of(j)).cp;
    a.next_space = false;
    a.next_letter = starts_with_letter(text, tokens[j]);
    break;
  }
  return a;
}

bool opening_context(const Around& a) noexcept {
  if (a.prev_space || is_mark_cp(a.prev)) return true;
  switch (a.prev) {
    case '(': case '[': case '{': case '<': case '-': case '/': case 0x2014: case 0x2013: case ':':
      return true;
    default:
      return false;
  }
}

bool closing_context(const Around& a) noexcept {
  if (a.next_space || is_mark_cp(a.next)) return true;
  switch (a.next) {
    case '.': case ',': case ';': case ':': case '!': case '?': case ')': case ']': case '}': case '>':
    case '-': case '/': case 0x2014: case 0x2013: case 0x2026:
      return true;
    default:
      return false;
  }
}

// A word that lost its first letter to an apostrophe in informal English ('em, 'til, 'cause) starts at `at`.
bool is_elision(std::string_view text, size_t at) noexcept {
  size_t e = at;
  while (e < text.size() && e - at < 8 && ((text[e] >= 'a' && text[e] <= 'z') || (text[e] >= 'A' && text[e] <= 'Z')))
    ++e;
  if (e < text.size() && e - at < 8 && (static_cast<unsigned char>(text[e]) >= 0x80)) return false;
  std::string_view w = text.substr(at, e - at);
  return is_elided_word(w);
}

// The last code point before the mark's token `i` that is not white space or in a zero-width-space token,
// looking back a few tokens only, the white space between two tokens counting as one (0 when there is none).
char32_t last_visible_before(std::string_view text, const CompactTokenView& tokens, size_t i) noexcept {
  for (size_t steps = 0; i > 0 && steps < 16; ++steps) {
    // The white space before token i counts as a step, as its tokens did in the 12-byte array.
    if (tokens.end_of(i - 1) < tokens.begin_of(i) && ++steps >= 16) break;
    --i;
    if (!zero_width_space(text, tokens, i)) return utf8::decode(text, utf8::previous(text, tokens.end_of(i))).cp;
  }
  return 0;
}

Cls classify(std::string_view text, const CompactTokenView& tokens, size_t i, size_t b, size_t len, char32_t cp,
             MarkFamily family) noexcept {
  const Around a = around(text, tokens, i, b, len);
  const bool lo = opening_context(a), lc = closing_context(a);
  switch (family) {
    case MarkFamily::double_mark:
      if (cp == U'\u201E' || cp == U'\u201F') return Cls::open;
      if (cp == U'\u201C') return (!lo && lc) ? Cls::close : Cls::open;
      if (cp == U'\u201D') return (lo && !lc) ? Cls::open : Cls::close;
      if (lo && !lc) return Cls::open;
      if (!lo && lc) return Cls::close;
      if (lo && lc) {
        // A mark set off by spaces closes after sentence punctuation ("This is invalid. ") and is
        // otherwise undecided.
        char32_t p = last_visible_before(text, tokens, i);
        if (p == '.' || p == ',' || p == '!' || p == '?' || p == 0x2026) return Cls::close;
      }
      return Cls::ambiguous;
    case MarkFamily::single_mark:
      if (cp == U'\u201A' || cp == U'\u201B') return lc ? Cls::none : Cls::open;
      // Between two letters (Ukraine's, Wayne’s) the host's word already holds the mark; a letter before it
      // means neither context, so it closes only before space or punctuation (Russians').
      if (lo && !lc) {
        if (!a.next_letter) return Cls::none;  // '90s
        if (cp != U'\u2018' && is_elision(text, b + len)) return Cls::none;
        return Cls::open;
      }
      if (!lo && lc) return Cls::close_weak;  // closes an open single quotation, else Russians'
      return Cls::none;
    case MarkFamily::guillemet:
    case MarkFamily::single_guillemet: {
      const bool opener = cp == U'\u00AB' || cp == U'\u2039';
      // »…« (Danish, German) is the mirror of «…»: decided by which side the letters are on.
      if (opener) return (!lo && lc) ? Cls::close : Cls::open;
      return (lo && !lc) ? Cls::open : Cls::close;
    }
    case MarkFamily::corner:
      return (cp == U'\u300C' || cp == U'\u300E') ? Cls::open : Cls::close;
  }
  return Cls::none;
}

struct Open {
  MarkFamily family;
  char32_t cp;
  uint32_t token;
  uint32_t begin, end;
};

bool may_hold_mark(uint16_t kind) noexcept { return kind != TC_TOKEN_WORD && kind != TC_TOKEN_NUMBER; }

// Typewriter text (and archives converted from it) writes a double quotation mark as two apostrophes:
// ''It's over,'' he said. In a run of apostrophes they pair from the left: the one at `i` is the second
// of a pair when an odd number of apostrophes stands right before it.
bool second_of_apostrophe_pair(std::string_view text, size_t i) noexcept {
  size_t run = 0;
  while (i > run && run < 8 && text[i - run - 1] == '\'') ++run;
  return run % 2 == 1;
}

// Calls f(cp, byte begin, byte length, family) for every enabled mark in token `t`; a pair of apostrophes
// is one double mark ('"', two bytes long).
template <class F>
void for_each_mark(std::string_view text, const tc_token& t, const MarkSet& marks, F&& f) {
  size_t i = t.begin;
  while (i < t.end) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80 && byte != '"' && byte != '\'') {  // the other ASCII characters are no marks: no decoding
      ++i;
      continue;
    }
    const utf8::CodePoint c = utf8::decode(text, i);
    const char32_t cp = c.cp;
    const size_t len = c.size;
    if (cp == '\'' && marks.enabled(cp)) {
      if (second_of_apostrophe_pair(text, i)) {
        ++i;
        continue;
      }
      if (i + 1 < text.size() && text[i + 1] == '\'') {
        f(U'"', i, 2, MarkFamily::double_mark);
        i += 2;
        continue;
      }
    }
    if (const MarkInfo* m = find_mark(cp); m && marks.enabled_bit(m->bit)) f(cp, i, len, m->family);
    i += len;
  }
}

// The first byte at or after `from` that may belong to a mark: '"', '\'' or a byte of a character outside
// ASCII (for_each_mark skips every other byte); text.size() when none. Sixteen bytes at a time with SSE2 (a
// compare per mark byte, and the high bit as it is); then eight at a time: a byte equal to c is a zero byte of
// x ^ c, and the lowest byte the zero-byte test flags is the first zero byte.
[[gnu::always_inline]] inline size_t next_mark_byte(std::string_view text, size_t from) noexcept {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = kOnes * 0x80;
  const char* p = text.data();
  const size_t n = text.size();
  size_t i = from;
#if defined(__SSE2__)
  const __m128i dq16 = _mm_set1_epi8('"'), sq16 = _mm_set1_epi8('\'');
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, dq16), _mm_cmpeq_epi8(x, sq16)), x);
    if (const unsigned bits = static_cast<unsigned>(_mm_movemask_epi8(hit)); bits != 0)
      return i + static_cast<size_t>(std::countr_zero(bits));
  }
#endif
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    std::memcpy(&x, p + i, 8);
    const uint64_t dq = x ^ (kOnes * '"'), sq = x ^ (kOnes * '\'');
    const uint64_t hit = ((dq - kOnes) & ~dq) | ((sq - kOnes) & ~sq) | x;
    if (hit & kHigh) {
      static_assert(std::endian::native == std::endian::little, "the lowest flagged byte comes first in memory");
      return i + static_cast<size_t>(std::countr_zero(hit & kHigh)) / 8;
    }
  }
  for (; i < n; ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (c == '"' || c == '\'' || c >= 0x80) return i;
  }
  return n;
}

// Inside a quotation a token matters when it may hold a mark or is a line break: the first byte from `from` on
// that is '"', '\'', outside ASCII (as next_mark_byte) or an ASCII control character (every line break, \n,
// \r, \v, \f, begins with one or is outside ASCII; a tab stops the skip too, which is only slower), or the
// text's size when there is none.
size_t next_mark_or_break_byte(std::string_view text, size_t from) noexcept {
  const char* p = text.data();
  const size_t n = text.size();
  size_t i = from;
#if defined(__SSE2__)
  const __m128i dq16 = _mm_set1_epi8('"'), sq16 = _mm_set1_epi8('\''), control16 = _mm_set1_epi8(0x20);
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // A signed comparison: bytes outside ASCII are negative, below 0x20 as the control characters are.
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, dq16), _mm_cmpeq_epi8(x, sq16)),
                                     _mm_cmplt_epi8(x, control16));
    if (const unsigned bits = static_cast<unsigned>(_mm_movemask_epi8(hit)); bits != 0)
      return i + static_cast<size_t>(std::countr_zero(bits));
  }
#endif
  for (; i < n; ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (c == '"' || c == '\'' || c < 0x20 || c >= 0x80) return i;
  }
  return n;
}

// The first token from `from` on that ends after byte `pos` (tokens.size() when none). Galloping from a guess
// made from the document's token density (`density`, token_search.hpp), then a binary search: the next mark is
// usually a few tokens on, sometimes thousands.
size_t first_token_ending_after(const CompactTokenView& tokens, size_t from, size_t pos, uint64_t density) noexcept {
  const size_t n = tokens.size();
  if (from >= n || tokens.end_of(from) > pos) return from;
  const size_t near = guess_token(from, pos - tokens.begin_of(from), density);
  return search_from(from, near, n, [&](size_t k) { return tokens.end_of(k) <= pos; });
}

}  // namespace

MarkSet MarkSet::all() noexcept {
  MarkSet s;
  for (const auto& m : kMarks) s.bits_ |= 1u << m.bit;
  return s;
}

MarkSet MarkSet::from_strings(const std::vector<std::string>& entries) {
  MarkSet s;
  for (const auto& e : entries) {
    size_t i = 0;
    while (i < e.size()) {
      const utf8::CodePoint c = utf8::decode(e, i);
      if (const MarkInfo* m = find_mark(c.cp)) s.bits_ |= 1u << m->bit;
      i += c.size;
    }
  }
  return s;
}

bool MarkSet::enabled(char32_t cp) const noexcept {
  const MarkInfo* m = find_mark(cp);
  return m && (bits_ >> m->bit & 1u);
}

bool holds_mark(std::string_view text, const MarkSet& marks) noexcept {
  for (size_t i = next_mark_byte(text, 0); i < text.size(); i = next_mark_byte(text, i)) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) return true;  // '"' or '\'': whichever is enabled, the pairing looks at it
    const utf8::CodePoint c = utf8::decode(text, i);
    if (const MarkInfo* m = find_mark(c.cp); m && marks.enabled_bit(m->bit)) return true;
    i += c.size;
  }
  return false;
}

bool mark_family(char32_t cp, MarkFamily* family) noexcept {
  const MarkInfo* m = find_mark(cp);
  if (!m) return false;
  *family = m->family;
  return true;
}

std::vector<QuoteSpan> find_quote_spans(std::string_view text, const CompactTokenView& tokens,
                                        std::span<const tc_sentence> sentences, const MarkSet& marks,
                                        bool skip_plain_text) {
  std::vector<QuoteSpan> out;
  if (marks.empty()) return out;
  Open stack[kMaxDepth];
  size_t depth = 0;
  uint32_t last_visible = 0;        // last token that is not white space
  size_t skip_mark_at = SIZE_MAX;   // byte offset of a repeated opening mark continuing a quotation
  size_t skip_mark_len = 0;         // its length in bytes
  size_t skip_mark_token = 0;       // the token holding it
  bool next_continues = false;      // the next span emitted at depth 0 opens a continuing paragraph
  const size_t n = tokens.size();
  const uint64_t density = token_density(n, text.size());
  // A line break in the white space before token j (the text between token j - 1 and j).
  auto break_before = [&](size_t j) {
    return line_break_in(text, j > 0 ? tokens.end_of(j - 1) : 0, j < n ? tokens.begin_of(j) : text.size());
  };

  auto emit = [&](size_t k, uint32_t close_token, uint32_t close_begin, uint32_t close_end, uint32_t last_token) {
    QuoteSpan q;
    q.begin = stack[k].begin;
    q.end = close_end;
    q.open_token = stack[k].token;
    q.close_token = close_token;
    q.last_token = last_token;
    q.depth = static_cast<uint8_t>(k);
    q.family = stack[k].family;
    if (k == 0) {
      q.continues = next_continues;
      next_continues = false;
    }
    // Only a quotation with something between its marks.
    const uint32_t content_end = close_token == UINT32_MAX ? close_end : close_begin;
    if (content_end > stack[k].end) out.push_back(q);
  };
  // An unclosed quotation ends with the host's sentence that holds its first word: what follows a missing
  // closing mark is more often the writer's text again than more of the quotation.
  auto close_all_unclosed = [&]() {
    if (depth == 0) return;
    uint32_t last = last_visible;
    size_t first = stack[0].token + 1;
    if (first > last_visible) {  // the opening mark is the text's last visible token: nothing was quoted
      depth = 0;
      return;
    }
    const uint32_t first_begin = tokens.begin_of(first);
    auto s = std::upper_bound(sentences.begin(), sentences.end(), first_begin,
                              [](uint32_t b, const tc_sentence& x) { return b < x.begin; });
    if (s != sentences.begin() && first_begin < (s - 1)->end) {
      const uint32_t sentence_end = (s - 1)->end;
      while (last > first && tokens.end_of(last) > sentence_end) --last;
    }
    const uint32_t last_end = tokens.end_of(last);
    // Quotations closed after that sentence ("said the port was “safe. Hale said it was "a mess."") were emitted
    // as nested in it: they stand outside it, one level up. They are the last emitted, after its opening mark.
    for (size_t j = out.size(); j-- > 0 && out[j].begin > stack[0].begin;)
      if (out[j].begin >= last_end && out[j].depth > 0) --out[j].depth;
    if (last_end > stack[0].end) emit(0, UINT32_MAX, last_end, last_end, last);
    depth = 0;
  };
  auto has_open = [&](MarkFamily f) {
    for (size_t k = depth; k-- > 0;)
      if (stack[k].family == f) return true;
    return false;
  };

  // A line break in the white space before token p: does the next paragraph, from p to the next line break,
  // continue the open quotation?
  auto continues_into = [&](size_t p) -> bool {
    const MarkFamily f = stack[0].family;
    bool first = true;
    long balance = 0;
    for (size_t j = p; j < n && (j == p || !break_before(j)); ++j) {
      const tc_token t = tokens[j];
      if (!may_hold_mark(t.kind)) {
        first = false;
        continue;
      }
      bool decided = false, result = false;
      for_each_mark(text, t, marks, [&](char32_t cp, size_t b, size_t len, MarkFamily fam) {
        if (decided || fam != f) return;
        Cls c = classify(text, tokens, j, b, len, cp, fam);
        if (first && c == Cls::open) {  // the repeated opening mark of a multi-paragraph quotation
          skip_mark_at = b;
          skip_mark_len = len;
          skip_mark_token = j;
          decided = result = true;
          return;
        }
        if (c == Cls::open) ++balance;
        else if (c == Cls::close || c == Cls::close_weak || c == Cls::ambiguous) {
          if (balance > 0) --balance;
          else if (c != Cls::close_weak || f == MarkFamily::single_mark) { decided = result = true; }
        }
      });
      first = false;
      if (decided) return result;
    }
    return false;
  };

  for (size_t i = 0; i < n; ++i) {
    // A line break (in the white space before token i) with a quotation open: the quotation ends there unless
    // the next paragraph continues it.
    if (depth > 0 && break_before(i)) {
      if (!continues_into(i)) {
        close_all_unclosed();
      } else if (skip_mark_at != SIZE_MAX && depth == 1) {
        // A paragraph of a multi-paragraph quotation: it ends here, unclosed, with its last visible token, and
        // the repeated opening mark opens the next paragraph's span, which continues it.
        const uint32_t last_end = tokens.end_of(last_visible);
        const MarkFamily f = stack[0].family;
        const char32_t cp = stack[0].cp;
        if (last_end > stack[0].end) emit(0, UINT32_MAX, last_end, last_end, last_visible);
        stack[0] = {f, cp, static_cast<uint32_t>(skip_mark_token), static_cast<uint32_t>(skip_mark_at),
                    static_cast<uint32_t>(skip_mark_at + skip_mark_len)};
        next_continues = true;
      }
    }
    // Outside every quotation a token does nothing unless it holds a mark: line breaks are passed over, and
    // last_visible is set again by the token that opens the next quotation before anything reads it. So the
    // walk goes straight to the token holding the next byte that may be a mark's.
    if (depth == 0 && skip_plain_text) {
      const size_t pos = next_mark_byte(text, tokens.begin_of(i));
      if (pos >= tokens.end_of(i)) {
        const size_t j = first_token_ending_after(tokens, i + 1, pos, density);
        if (j >= n) break;
        i = j - 1;  // the loop goes on at token j (a line break before it means nothing outside quotations)
        continue;
      }
    } else if (skip_plain_text) {
      // Inside a quotation the tokens before the next one that may hold a mark or follow a line break hold
      // neither (next_mark_or_break_byte stops at such a byte): all they do is set last_visible.
      const size_t pos = next_mark_or_break_byte(text, tokens.begin_of(i));
      if (pos >= tokens.end_of(i)) {
        const size_t j = first_token_ending_after(tokens, i + 1, pos, density);
        last_visible = static_cast<uint32_t>(j - 1);
        if (j >= n) break;
        i = j - 1;  // the loop goes on at token j, after the line break before it if there is one
        continue;
      }
    }
    const tc_token t = tokens[i];
    last_visible = static_cast<uint32_t>(i);
    if (!may_hold_mark(t.kind)) continue;
    for_each_mark(text, t, marks, [&](char32_t cp, size_t b, size_t len, MarkFamily fam) {
      if (b == skip_mark_at) {
        skip_mark_at = SIZE_MAX;
        return;
      }
      Cls c = classify(text, tokens, i, b, len, cp, fam);
      if (c == Cls::none) return;
      if (c == Cls::ambiguous) c = has_open(fam) ? Cls::close : Cls::open;
      // „…“: the low mark's partner looks like an opening mark.
      if (c == Cls::open && cp == U'\u201C' && depth > 0 && stack[depth - 1].cp == U'\u201E') c = Cls::close;
      if (c == Cls::open) {
        if (depth < kMaxDepth)
          stack[depth++] = {fam, cp, static_cast<uint32_t>(i), static_cast<uint32_t>(b), static_cast<uint32_t>(b + len)};
        return;
      }
      for (size_t k = depth; k-- > 0;) {
        if (stack[k].family != fam) continue;
        emit(k, static_cast<uint32_t>(i), static_cast<uint32_t>(b), static_cast<uint32_t>(b + len),
             static_cast<uint32_t>(i));
        depth = k;  // marks opened inside and never closed are dropped
        return;
      }
    });
  }
  close_all_unclosed();
  std::sort(out.begin(), out.end(), [](const QuoteSpan& a, const QuoteSpan& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  return out;
}

}  // namespace textchain::quotes
