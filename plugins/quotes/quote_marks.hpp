// Pairing quotation marks into quoted spans.
//
// Marks come in families that pair with each other: double (" “ ” „ ‟), single (' ‘ ’ ‚ ‛), guillemets
// (« »), single guillemets (‹ ›) and CJK corner brackets (「 」 『 』). Straight marks and the ambiguous ’
// are told apart by what surrounds them: a mark after white space and before a letter opens, a mark after
// a letter and before white space or punctuation closes; a single mark between two letters, before a digit
// ('90s) or before a known elision ('em) is an apostrophe, and one closing nothing (Russians') is too.
//
// Quotations nest (a stack, bounded in depth so 10,000 marks in a row stay linear). A quotation still open
// at a line break continues when the next paragraph opens with the same family again (the convention for
// multi-paragraph quotations: each paragraph becomes a span of its own, unclosed, and the next one is marked
// `continues`) or when that paragraph holds a closing mark nothing in it opened (a stray break inside a
// quotation: one span); otherwise it ends, unclosed, at its first sentence end. Every paragraph is
// looked ahead at most once, so the whole pass is linear in the number of tokens.
#ifndef TEXTCHAIN_QUOTES_QUOTE_MARKS_HPP
#define TEXTCHAIN_QUOTES_QUOTE_MARKS_HPP

#include <textchain/abi.h>

#include <textchain/sdk.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace textchain::quotes {

enum class MarkFamily : uint8_t { double_mark, single_mark, guillemet, single_guillemet, corner };

// Which marks are recognized. Built from the `quote_marks` option: every code point of every entry is
// enabled ("\"", "“”", "«»", "'", ...); the default enables all of them.
class MarkSet {
 public:
  static MarkSet all() noexcept;
  static MarkSet from_strings(const std::vector<std::string>& entries);
  bool enabled(char32_t cp) const noexcept;
  // enabled() of the mark whose bit in the set is `bit` (the mark's table entry already found).
  bool enabled_bit(unsigned bit) const noexcept { return (bits_ >> bit & 1u) != 0; }
  bool empty() const noexcept { return bits_ == 0; }

 private:
  uint32_t bits_ = 0;
};

// Whether `text` may hold a mark of `marks`: a '"' or '\'' (enabled or not), or a mark outside ASCII that
// `marks` enables. False: find_quote_spans finds no span in it, whatever its tokens.
bool holds_mark(std::string_view text, const MarkSet& marks) noexcept;

// The family of a quotation mark code point, or false when `cp` is not one.
bool mark_family(char32_t cp, MarkFamily* family) noexcept;

struct QuoteSpan {
  // Bytes, marks included. (No offsets of the content without its marks: nothing read them, and a dense
  // document's spans are alive while the engine works, 24 bytes each: docs/architecture.md#memory.)
  uint32_t begin = 0, end = 0;
  uint32_t open_token = 0;                      // token holding the opening mark (compact index; DocTokens' position in the engine)
  uint32_t close_token = UINT32_MAX;            // token holding the closing mark; UINT32_MAX when unclosed
  uint32_t last_token = 0;                      // last token inside the span
  uint8_t depth = 0;                            // 0: outermost
  MarkFamily family = MarkFamily::double_mark;
  bool continues = false;  // opens a paragraph that goes on with the previous (outermost) quotation
  bool closed() const noexcept { return close_token != UINT32_MAX; }
};
static_assert(sizeof(QuoteSpan) == 24);

// Whether the white space text[from, to) (what lies between two compact tokens) holds a line break: \n, \r,
// \v, \f, U+0085, U+2028 or U+2029, the characters the host's tokenizer makes line-break tokens of.
inline bool line_break_in(std::string_view text, size_t from, size_t to) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t i = from; i < to; ++i) {
    const unsigned char c = p[i];
    if (c >= 0x0A && c <= 0x0D) return true;
    if (c == 0xC2 && i + 1 < to && p[i + 1] == 0x85) return true;
    if (c == 0xE2 && i + 2 < to && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9)) return true;
  }
  return false;
}

// Pairs the marks of `text` (tokenized as `tokens`, the host's compact tokens: the text between two of them is
// white space; split into the host's `sentences`)
// and returns every quoted span, outer and nested, ordered by `begin` (outer before inner at the same begin).
// A quotation never closed ends with the sentence holding its first word.
// Outside every quotation the walk skips the tokens before the next byte that may belong to a mark, inside one
// those before the next byte that may belong to a mark or a line break; `skip_plain_text` false walks every
// token instead (the same spans: the tests compare the two).
std::vector<QuoteSpan> find_quote_spans(std::string_view text, const CompactTokenView& tokens,
                                        std::span<const tc_sentence> sentences, const MarkSet& marks,
                                        bool skip_plain_text = true);

}  // namespace textchain::quotes

#endif
