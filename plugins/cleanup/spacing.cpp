#include "spacing.hpp"

#include <cstdint>
#include <cstring>

#include "avx2.hpp"

#include "line_joiner.hpp"
#include "letters.hpp"

namespace textchain::cleanup {

namespace {

// Where find_spacing has something to look at: a tab, the lead byte of a no-break or zero-width space
// (0xC2, 0xE2, 0xEF), a doubled period or comma, and a space followed by what can make a space wrong
// (more white space, a line end, punctuation, a quote, the lead byte of a multi-byte space or of a curly
// closing quote). Everywhere else the scan would only step forward, so clean prose is skipped 64 bytes
// at a time. A space before any other non-ASCII character ("“", "é", "—") is no candidate: the run it
// starts is one space long and no rule of the scan looks past it, so the scan would step over it.
struct Triggers {
  bool lone[256] = {};         // bytes that start a candidate whatever follows
  bool after_space[256] = {};  // bytes that make the space before them a candidate
  constexpr Triggers() {
    for (unsigned char c : {'\t', '\xC2', '\xE2', '\xEF'}) lone[c] = true;
    for (unsigned char c : {' ', '\t', '\n', '\r', ',', ';', ':', '!', '?', '.', '"', '\xC2', '\xE2', '\xEF'})
      after_space[c] = true;
  }
};
constexpr Triggers kTriggers;

// Width of the multi-byte white space (NBSP, zero-width space, word joiner, BOM) whose lead byte is at
// `p`, 0 when there is none (any other byte included); space_width below adds space and tab.
size_t multibyte_space_width(const unsigned char* s, size_t p, size_t n) noexcept {
  const unsigned char c = s[p];
  if (c == 0xC2) return p + 1 < n && s[p + 1] == 0xA0 ? 2 : 0;
  if (p + 2 >= n) return 0;
  if (c == 0xE2) return (s[p + 1] == 0x80 && s[p + 2] == 0x8B) || (s[p + 1] == 0x81 && s[p + 2] == 0xA0) ? 3 : 0;
  return c == 0xEF && s[p + 1] == 0xBB && s[p + 2] == 0xBF ? 3 : 0;
}

// Whether the scan could do anything at `p` other than step over it (one byte, or a lead byte with the
// byte after it) without an edit; narrower than the triggers, so that text dense in curly quotes and
// dashes ("“", "—": lead byte 0xE2, as the zero-width space) does not stop the block scan at each.
bool is_candidate(const unsigned char* s, size_t p, size_t n) noexcept {
  const unsigned char c = s[p];
  if (c == ' ') {
    if (p + 1 >= n) return true;
    const unsigned char d = s[p + 1];
    // A space before a straight quote is one space (a run would have started at a space before it),
    // and the only rule for it, the space before a closing quote, wants sentence punctuation before it:
    // news opens a quotation after a space on every other line, and each stop cost a pass of the scan.
    if (d == '"') return p > 0 && (s[p - 1] == '.' || s[p - 1] == ',' || s[p - 1] == '!' || s[p - 1] == '?');
    if (d < 0x80 || !kTriggers.after_space[d]) return kTriggers.after_space[d];
    // A space before a multi-byte character matters when that is white space (a run) or a curly closing
    // quote (a space to remove); before any other ("“", "—"), the run is this one space and the scan
    // steps to the character, which is looked at for itself.
    return multibyte_space_width(s, p + 1, n) != 0 ||
           (d == 0xE2 && p + 3 < n && s[p + 2] == 0x80 && s[p + 3] == 0x9D);
  }
  if (c < 0x80) return c == '\t' || ((c == '.' || c == ',') && p + 1 < n && s[p + 1] == c);
  // A lead byte that starts no white space: the scan steps over it and the byte after it, which is no
  // candidate either when it continues the character (a candidate starts with an ASCII byte or a lead
  // byte); a broken sequence stops here, as before.
  return kTriggers.lone[c] && (multibyte_space_width(s, p, n) != 0 || (p + 1 < n && (s[p + 1] & 0xC0) != 0x80));
}

#if defined(__SSE2__)
// The superset of the candidates among the 64 bytes at `s` (65 readable: each byte is read with the one
// after it), one bit a byte: a space or tab, or a doubled period or comma, before a byte below 'A' or from
// 0x80; and the lead bytes, looked for only in a block that has non-ASCII bytes.
inline uint64_t block_superset(const unsigned char* s) noexcept {
  const __m128i space = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t'), at_sign = _mm_set1_epi8('@'),
                case_bit = _mm_set1_epi8(static_cast<char>(0xDF)), c2 = _mm_set1_epi8(static_cast<char>(0xC2)),
                ef = _mm_set1_epi8(static_cast<char>(0xEF)), period = _mm_set1_epi8('.'), two = _mm_set1_epi8(2);
  const auto load = [s](size_t at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + at)); };
  __m128i found[4];
  __m128i high = _mm_setzero_si128();
  for (int k = 0; k < 4; ++k) {
    const __m128i a = load(16 * k), b = load(16 * k + 1);
    // A space or tab before a byte below 'A' (signed: the bytes from 0x80 too). A tab is asked for only
    // there: before any other byte (a letter) it is a run of one, which no rule touches, and the scan
    // would step over it. Line breaks and other controls are no candidates: left out here, the blank
    // lines of news (two newlines, each a stop of the scan) cost nothing.
    // (Written as "not above '@'" with andnot: for b < 'A' the compiler negated a compare, one op more.)
    const __m128i blank = _mm_or_si128(_mm_cmpeq_epi8(a, space), _mm_cmpeq_epi8(a, tab));
    // A doubled period or comma (',' | 2 and '.' | 2 are '.', which no other byte gives): not the
    // doubled digits of "2000" or the "--", no candidates either.
    const __m128i doubled_mark = _mm_and_si128(_mm_cmpeq_epi8(a, b), _mm_cmpeq_epi8(_mm_or_si128(a, two), period));
    found[k] = _mm_andnot_si128(_mm_cmpgt_epi8(b, at_sign), _mm_or_si128(blank, doubled_mark));
    high = _mm_or_si128(high, a);
  }
  if (_mm_movemask_epi8(high) != 0) {
    for (int k = 0; k < 4; ++k) {
      const __m128i a = load(16 * k);
      found[k] = _mm_or_si128(found[k], _mm_or_si128(_mm_cmpeq_epi8(_mm_and_si128(a, case_bit), c2), _mm_cmpeq_epi8(a, ef)));
    }
  }
  if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(found[0], found[1]), _mm_or_si128(found[2], found[3]))) == 0) return 0;
  uint64_t candidates = 0;
  for (int k = 0; k < 4; ++k)
    candidates |= static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(found[k]))) << (16 * k);
  return candidates;
}
#endif

#if defined(TEXTCHAIN_CLEANUP_AVX2)
// block_superset with 32 bytes a step, half the instructions, for the processors that have AVX2 (chosen
// at run time: the build targets plain x86-64). The same superset, bit for bit.
__attribute__((target("avx2"))) inline uint64_t block_superset_avx2(const unsigned char* s) noexcept {
  const __m256i space = _mm256_set1_epi8(' '), tab = _mm256_set1_epi8('\t'), at_sign = _mm256_set1_epi8('@'),
                case_bit = _mm256_set1_epi8(static_cast<char>(0xDF)), c2 = _mm256_set1_epi8(static_cast<char>(0xC2)),
                ef = _mm256_set1_epi8(static_cast<char>(0xEF)), period = _mm256_set1_epi8('.'), two = _mm256_set1_epi8(2);
  const auto load = [s](size_t at) __attribute__((target("avx2"))) {
    return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + at));
  };
  const auto superset = [&](__m256i a, __m256i b) __attribute__((target("avx2"))) {
    const __m256i blank = _mm256_or_si256(_mm256_cmpeq_epi8(a, space), _mm256_cmpeq_epi8(a, tab));
    const __m256i doubled_mark =
        _mm256_and_si256(_mm256_cmpeq_epi8(a, b), _mm256_cmpeq_epi8(_mm256_or_si256(a, two), period));
    return _mm256_andnot_si256(_mm256_cmpgt_epi8(b, at_sign), _mm256_or_si256(blank, doubled_mark));
  };
  const __m256i a0 = load(0), a1 = load(32);
  __m256i f0 = superset(a0, load(1)), f1 = superset(a1, load(33));
  if (_mm256_movemask_epi8(_mm256_or_si256(a0, a1)) != 0) {
    f0 = _mm256_or_si256(f0, _mm256_or_si256(_mm256_cmpeq_epi8(_mm256_and_si256(a0, case_bit), c2), _mm256_cmpeq_epi8(a0, ef)));
    f1 = _mm256_or_si256(f1, _mm256_or_si256(_mm256_cmpeq_epi8(_mm256_and_si256(a1, case_bit), c2), _mm256_cmpeq_epi8(a1, ef)));
  }
  return static_cast<uint64_t>(static_cast<unsigned>(_mm256_movemask_epi8(f0))) |
         static_cast<uint64_t>(static_cast<unsigned>(_mm256_movemask_epi8(f1))) << 32;
}
#endif

// The first candidate at or after `p`, n when none: 64 bytes at a time through `block` (a
// block_superset); is_candidate then decides on each of the few positions left, so the edits are the
// scalar loop's (which also stops at a tab before a letter, a stop without an edit).
template <uint64_t (*block)(const unsigned char*) noexcept>
__attribute__((always_inline)) inline size_t next_candidate_by_blocks(std::string_view t, size_t p) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(t.data());
  const size_t n = t.size();
  const auto first_in = [&](uint64_t candidates, size_t at) __attribute__((always_inline)) {
    for (; candidates != 0; candidates &= candidates - 1) {
      const size_t q = at + static_cast<size_t>(__builtin_ctzll(candidates));
      if (is_candidate(s, q, n)) return q;
    }
    return n;
  };
  for (; p + 65 <= n; p += 64)
    if (const size_t q = first_in(block(s + p), p); q != n) return q;
  if (p >= n) return n;
  // The last 64 bytes or fewer: from a copy padded with NULs, not byte by byte (documents of a few KB
  // spent a sixth of the scan's time there). A NUL reads as a byte below 'A', so a space or tab that ends
  // the text stays in the superset; the padding's own bits are dropped.
  unsigned char tail[80] = {};
  std::memcpy(tail, s + p, n - p);
  uint64_t candidates = block(tail);
  if (n - p < 64) candidates &= (uint64_t{1} << (n - p)) - 1;
  return first_in(candidates, p);
}

#if defined(__SSE2__)
size_t next_candidate(std::string_view t, size_t p) noexcept { return next_candidate_by_blocks<block_superset>(t, p); }
#else
size_t next_candidate(std::string_view t, size_t p) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(t.data());
  while (p < t.size() && !is_candidate(s, p, t.size())) ++p;
  return p;
}
#endif

#if defined(TEXTCHAIN_CLEANUP_AVX2)
__attribute__((target("avx2"))) size_t next_candidate_avx2(std::string_view t, size_t p) noexcept {
  return next_candidate_by_blocks<block_superset_avx2>(t, p);
}
#endif

// The scan's skip function for this processor.
using NextCandidate = size_t (*)(std::string_view, size_t) noexcept;
NextCandidate pick_next_candidate() noexcept {
#if defined(TEXTCHAIN_CLEANUP_AVX2)
  if (runs_avx2()) return next_candidate_avx2;
#endif
  return next_candidate;
}

// Width of the white-space character at `p` (space, tab, NBSP, zero-width space, word joiner, BOM),
// 0 when there is none.
size_t space_width(std::string_view t, size_t p) {
  if (p >= t.size()) return 0;
  const auto c = static_cast<unsigned char>(t[p]);
  if (c == ' ' || c == '\t') return 1;
  return multibyte_space_width(reinterpret_cast<const unsigned char*>(t.data()), p, t.size());
}

bool invisible(std::string_view t, size_t p) { return space_width(t, p) == 3; }

bool line_end_at(std::string_view t, size_t p) {
  return p >= t.size() || t[p] == '\n' || (t[p] == '\r' && p + 1 < t.size() && t[p + 1] == '\n');
}

bool is_word_end(std::string_view t, size_t p) {
  // The character ending at p (exclusive) ends a word: a letter, a digit, a closing bracket, or a
  // non-ASCII character (letters of every other script; closing quotes).
  if (p == 0) return false;
  const char c = t[p - 1];
  return is_ascii_alpha(c) || is_ascii_digit(c) || c == ')' || c == ']' || c == '"' ||
         c == '\'' || (static_cast<unsigned char>(c) >= 0x80);
}

// The sentence before the space at `p` is a short introductory phrase ("Earlier", "According to the
// ministry"): at most six words from the line or sentence start, the first one capitalized and an
// opener, no punctuation inside.
bool introductory_before(std::string_view t, size_t p) {
  size_t s = p, words = 1;
  while (s > 0 && t[s - 1] != '\n') {
    const char c = t[s - 1];
    if (c == ' ' && s >= 2 && (t[s - 2] == '.' || t[s - 2] == '!' || t[s - 2] == '?')) break;
    if (c == ',' || c == ';' || c == ':' || c == '"' || c == '(' || p - s > 80) return false;
    if (c == ' ' && ++words > 6) return false;
    --s;
  }
  if (s == p || !is_ascii_upper(t[s])) return false;
  char buf[16];
  size_t k = 0;
  for (; s + k < p && k < sizeof buf && is_ascii_alpha(t[s + k]); ++k) buf[k] = static_cast<char>(t[s + k] | 0x20);
  if (k == 0 || k == sizeof buf || (s + k < p && t[s + k] != ' ')) return false;
  return introductory_opener({buf, k});
}

bool after_punct_ok(std::string_view t, size_t p) {
  // What may follow a punctuation mark whose preceding space we remove: white space, the end of the
  // line or text, a quote or a closing bracket.
  if (line_end_at(t, p)) return true;
  const char c = t[p];
  return c == ' ' || c == '\t' || c == '"' || c == '\'' || c == ')' ||
         (static_cast<unsigned char>(c) == 0xE2 && p + 1 < t.size() && static_cast<unsigned char>(t[p + 1]) == 0x80);
}

// The scan: `next(t, p)` is where it looks next, at or after p (n: nowhere). Every position it skips
// must be one where the scan would find nothing and step one byte forward.
template <class Next>
void scan_spacing(std::string_view t, const SpacingRules& rules, Edits& out, Next next) {
  const size_t n = t.size();
  size_t p = 0;
  while ((p = next(t, p)) < n) {
    const char c = t[p];
    if ((c == '.' || c == ',') && rules.punctuation) {
      size_t q = p;
      while (q < n && t[q] == c) ++q;
      // Exactly two: three or more periods are an ellipsis, and ",,," is someone's deliberate choice.
      // After a number too ("in 2019.."): a range "1..10" is not followed by white space.
      if (q - p == 2 && p > 0 &&
          (is_ascii_alpha(t[p - 1]) || is_ascii_digit(t[p - 1]) || t[p - 1] == ')' || t[p - 1] == '"') &&
          (q >= n || t[q] == ' ' || t[q] == '\n' || t[q] == '\r' || t[q] == '"'))
        out.push_back({p, q, std::string(1, c), rule::punctuation});
      p = q;
      continue;
    }
    const size_t w = space_width(t, p);
    if (w == 0) {
      p += (static_cast<unsigned char>(c) >= 0xC0) ? 2 : 1;
      continue;
    }
    if (!rules.spacing) {
      p += w;
      continue;
    }
    // A run of white space [p, q).
    size_t q = p + w;
    size_t chars = 1;
    bool only_plain = c == ' ', any_invisible = w == 3;
    for (size_t v; (v = space_width(t, q)) != 0; q += v) {
      ++chars;
      only_plain = only_plain && t[q] == ' ';
      any_invisible = any_invisible || v == 3;
    }
    const bool line_start = p == 0 || t[p - 1] == '\n';
    if (line_end_at(t, q)) {
      out.push_back({p, q, {}, rule::spacing});  // trailing white space
      p = q;
      continue;
    }
    if (line_start) {
      // Indentation is layout, except for invisible characters in it.
      if (any_invisible && chars == 1) out.push_back({p, q, {}, rule::spacing});
      p = q;
      continue;
    }
    const char next = t[q];
    // Only plain spaces before punctuation: French typography puts a (narrow) NBSP there on purpose.
    if (only_plain && is_word_end(t, p)) {
      const bool colon_ok = next != ':' || is_ascii_alpha(t[p - 1]) || static_cast<unsigned char>(t[p - 1]) >= 0x80;
      if ((next == ',' || next == ';' || next == ':' || next == '!' || next == '?') && colon_ok &&
          after_punct_ok(t, q + 1)) {
        out.push_back({p, q, {}, rule::spacing});
        p = q;
        continue;
      }
      if (next == '.' && (q + 1 >= n || t[q + 1] != '.') && after_punct_ok(t, q + 1) && is_ascii_alpha(t[p - 1])) {
        out.push_back({p, q, {}, rule::spacing});
        p = q;
        continue;
      }
    }
    // A space before a straight closing quote: the sentence ended ("invalid. \"") and the quote is
    // followed by white space or the line's end, so it cannot open a quotation.
    if (only_plain && next == '"' && p > 0 && (t[p - 1] == '.' || t[p - 1] == ',' || t[p - 1] == '!' || t[p - 1] == '?') &&
        (line_end_at(t, q + 1) || t[q + 1] == ' ')) {
      out.push_back({p, q, {}, rule::spacing});
      p = q;
      continue;
    }
    // A space before a curly closing quote that ends a word.
    if (only_plain && q + 2 < n && static_cast<unsigned char>(next) == 0xE2 && static_cast<unsigned char>(t[q + 1]) == 0x80 &&
        static_cast<unsigned char>(t[q + 2]) == 0x9D && is_word_end(t, p) && (line_end_at(t, q + 3) || t[q + 3] == ' ' ||
        t[q + 3] == ',' || t[q + 3] == '.')) {
      out.push_back({p, q, {}, rule::spacing});
      p = q;
      continue;
    }
    if (chars == 1) {
      // A lone zero-width character between two ASCII characters is junk; a lone NBSP is a choice.
      if (any_invisible && static_cast<unsigned char>(t[p - 1]) < 0x80 && static_cast<unsigned char>(next) < 0x80)
        out.push_back({p, q, {}, rule::spacing});
      p = q;
      continue;
    }
    // Several white-space characters inside a line: one space. Tabs may align columns: leave them.
    bool tab = false, visible = false;
    for (size_t r = p; r < q; r += space_width(t, r)) {
      tab = tab || t[r] == '\t';
      visible = visible || !invisible(t, r);
    }
    if (visible && !tab) {
      out.push_back({p, q, " ", rule::spacing});
    } else if (!visible && static_cast<unsigned char>(t[p - 1]) < 0x80 && static_cast<unsigned char>(next) < 0x80) {
      out.push_back({p, q, {}, rule::spacing});
    }
    p = q;
  }
}

}  // namespace

void find_spacing(std::string_view t, const SpacingRules& rules, Edits& out) {
  static const NextCandidate next = pick_next_candidate();
  scan_spacing(t, rules, out, next);
}

void find_spacing_sse2(std::string_view t, const SpacingRules& rules, Edits& out) { scan_spacing(t, rules, out, next_candidate); }

void find_spacing_every_position(std::string_view t, const SpacingRules& rules, Edits& out) {
  // Every position, save those that cannot start a white-space run or a doubled mark: bytes that are not
  // a space, a tab, a period, a comma or the lead byte of a multi-byte space (where the scan would step
  // one byte forward). A space counts whatever follows it.
  scan_spacing(t, rules, out, [](std::string_view text, size_t p) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    while (p < text.size() && !kTriggers.lone[s[p]] && s[p] != ' ' && s[p] != '.' && s[p] != ',') ++p;
    return p;
  });
}

void find_quote_spacing(std::string_view t, Edits& out) {
  const size_t n = t.size();
  size_t p = 0;
  size_t floor = 0;  // start of the first line not yet examined
  while (p < n) {
    const void* hit = std::memchr(t.data() + p, '"', n - p);
    if (!hit) return;
    const size_t first = static_cast<size_t>(static_cast<const char*>(hit) - t.data());
    // Most quotes have a letter on their inside and white space or punctuation outside: only a quote
    // with a space on one side and no word character (or, for an opening quote, sentence punctuation)
    // on the other needs its line examined.
    const auto word_at = [&](size_t q) {
      const auto c = static_cast<unsigned char>(t[q]);
      return is_ascii_alpha(t[q]) || is_ascii_digit(t[q]) || c >= 0x80;
    };
    const auto punct_at = [&](size_t q) { return t[q] == '.' || t[q] == ',' || t[q] == '!' || t[q] == '?' || t[q] == ';' || t[q] == ':'; };
    const bool space_after = first + 1 < n && t[first + 1] == ' ';
    const bool space_before = first > 0 && t[first - 1] == ' ';
    const bool opening_suspect = space_after && (first == 0 || (!word_at(first - 1) && !punct_at(first - 1)));
    const bool closing_suspect = space_before && (first + 1 >= n || !word_at(first + 1));
    if (!opening_suspect && !closing_suspect) {
      p = first + 1;
      continue;
    }
    const void* before = first > floor ? memrchr(t.data() + floor, '\n', first - floor) : nullptr;
    const size_t ls = before ? static_cast<size_t>(static_cast<const char*>(before) - t.data()) + 1 : floor;
    const void* nl = std::memchr(t.data() + first, '\n', n - first);
    size_t le = nl ? static_cast<size_t>(static_cast<const char*>(nl) - t.data()) : n;
    p = floor = nl ? le + 1 : n;
    if (le > ls && t[le - 1] == '\r') --le;
    constexpr size_t kMax = 16;
    size_t quotes[kMax];
    size_t count = 0;
    bool too_many = false;
    // Pairing counts from the line's first quote, which may be before the suspect one.
    const size_t q0 = static_cast<size_t>(static_cast<const char*>(std::memchr(t.data() + ls, '"', first + 1 - ls)) - t.data());
    for (size_t q = q0; q < le;) {
      if (count == kMax) {
        too_many = true;
        break;
      }
      quotes[count++] = q;
      const void* more = std::memchr(t.data() + q + 1, '"', le - q - 1);
      q = more ? static_cast<size_t>(static_cast<const char*>(more) - t.data()) : le;
    }
    if (too_many || count % 2 != 0) continue;
    const auto space = [&](size_t q) { return t[q] == ' '; };
    bool consistent = true;
    for (size_t k = 0; k < count && consistent; ++k) {
      const size_t q = quotes[k];
      if (k % 2 == 0) {
        // Opening: after the line start, a space or an opening bracket; not right before the line end
        // or another quote.
        consistent = (q == ls || space(q - 1) || t[q - 1] == '(' || t[q - 1] == '[') && q + 1 < le &&
                     !(q + 1 < le && t[q + 1] == '"');
        size_t r = q + 1;
        while (r < le && space(r)) ++r;
        consistent = consistent && r < le && t[r] != '"';
      } else {
        const char next = q + 1 < le ? t[q + 1] : ' ';
        consistent = next == ' ' || next == ',' || next == '.' || next == ';' || next == ':' || next == '!' ||
                     next == '?' || next == ')' || next == ']' || next == '\'';
        size_t r = q;
        while (r > quotes[k - 1] + 1 && space(r - 1)) --r;
        consistent = consistent && r > quotes[k - 1] + 1;
      }
    }
    if (!consistent) continue;
    // A space between a nested single quote and the double one (`" 'well,' "`) is typography: kept.
    const auto single = [&](size_t r) {
      return t[r] == '\'' || (r + 2 < n && static_cast<unsigned char>(t[r]) == 0xE2 && static_cast<unsigned char>(t[r + 1]) == 0x80 &&
                              (static_cast<unsigned char>(t[r + 2]) == 0x98 || static_cast<unsigned char>(t[r + 2]) == 0x99));
    };
    for (size_t k = 0; k < count; ++k) {
      const size_t q = quotes[k];
      if (k % 2 == 0) {
        size_t r = q + 1;
        while (space(r)) ++r;
        if (r > q + 1 && !single(r)) out.push_back({q + 1, r, {}, rule::spacing});
      } else {
        size_t r = q;
        while (space(r - 1)) --r;
        const bool nested = t[r - 1] == '\'' || (r >= 3 && single(r - 3));
        if (r < q && !nested) out.push_back({r, q, {}, rule::spacing});
      }
    }
  }
}

void find_introductory_colon(std::string_view t, Edits& out) {
  // Colons are rare: jump from one to the next.
  const size_t n = t.size();
  for (size_t q = 0; q < n;) {
    const void* hit = std::memchr(t.data() + q, ':', n - q);
    if (!hit) return;
    q = static_cast<size_t>(static_cast<const char*>(hit) - t.data());
    size_t p = q;
    while (p > 0 && t[p - 1] == ' ') --p;
    if (p < q && p > 0 && q + 2 < n && t[q + 1] == ' ' && is_ascii_alpha(t[q + 2]) &&
        is_ascii_alpha(t[p - 1]) && introductory_before(t, p))
      out.push_back({p, q + 1, ",", rule::spacing});
    ++q;
  }
}

}  // namespace textchain::cleanup
