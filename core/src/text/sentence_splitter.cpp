// Sentence segmentation for news text, in one pass over the tokens.
//
// UAX #29's sentence rules are the base: a sentence ends after terminal punctuation (. ! ? … and the
// CJK forms) plus closing quotes and brackets, when white space and something other than a lowercase
// word follow. News adds three things the bare rules get wrong:
//  * abbreviations ("U.S.", "Mr.", "Feb.", initials "J.") do not end a sentence (sentence_lexicon.cpp);
//  * a quotation followed by a lowercase attribution is one sentence: `"Why?" she asked.`;
//  * scraped text breaks lines anywhere, blank lines included. A blank line ends a sentence unless the
//    line before it ended without terminal punctuation and the next line goes on in lower case ("no
//    negotiations on\n\nany second track"). A single line break ends one when the line ended with
//    terminal punctuation, or when the line looks like a heading: no terminal punctuation, no dangling
//    comma or function word at its end, and the next line starts with a capital. Otherwise the line
//    break is just white space inside the sentence.
#include "text/sentence_splitter.hpp"

#include <array>
#include <cstdint>

#include "text/sentence_lexicon.hpp"
#include "text/tokenizer.hpp"
#include "text/unicode_props.hpp"
#include <textchain/sdk.hpp>
#include <textchain/utf8.hpp>

namespace textchain::text {
namespace {

namespace U = unicode;

// Sentence-final punctuation.
constexpr uint32_t kTerminals[] = {
    '.', '!', '?',
    0x2026,                                  // …
    0x203C, 0x2047, 0x2048, 0x2049,          // ‼ ⁇ ⁈ ⁉
    0x3002, 0xFF01, 0xFF1F, 0xFF61,          // 。 ！ ？ ｡
};
constexpr bool is_terminal_cp(uint32_t c) {
  for (uint32_t t : kTerminals)
    if (c == t) return true;
  return false;
}

// What the first byte of a punctuation token says about its being terminal: a terminal itself (ASCII),
// the lead byte of a terminal's UTF-8 form (decode and check), or neither.
enum class TerminalLead : uint8_t { kNo, kYes, kMaybe };
constexpr unsigned char utf8_lead(uint32_t cp) {
  return static_cast<unsigned char>(cp < 0x80 ? cp : cp < 0x800 ? 0xC0 | (cp >> 6) : cp < 0x10000 ? 0xE0 | (cp >> 12) : 0xF0 | (cp >> 18));
}
constexpr std::array<TerminalLead, 256> kTerminalLead = [] {
  std::array<TerminalLead, 256> a{};
  for (uint32_t t : kTerminals) a[utf8_lead(t)] = t < 0x80 ? TerminalLead::kYes : TerminalLead::kMaybe;
  return a;
}();

// How far past a terminal the splitter looks for the next word: enough for `. "(` before it, small
// enough that the whole pass stays linear.
constexpr size_t kMaxLookahead = 6;

class Splitter {
 public:
  Splitter(std::string_view text, std::span<const tc_token> tokens, std::vector<tc_sentence>& out)
      : text_(text), tok_(tokens), out_(out) {}

  void run() {
    const tc_token* tok = tok_.data();
    const size_t n = tok_.size();
    size_t i = 0;
    while (i < n) {
      const uint16_t kind = tok[i].kind;
      if (kind == TC_TOKEN_SPACE) {
        ++i;
        continue;
      }
      if (kind == TC_TOKEN_LINEBREAK) {
        i = on_line_break(i);
        continue;
      }
      if (kind == TC_TOKEN_PUNCT && is_terminal(tok[i])) {
        i = on_terminal(i);
        continue;
      }
      // An ordinary token opens or extends the sentence, and so do those after it up to the next line
      // break or terminal: nearly every token of a text goes through this inner loop, which keeps the
      // sentence's end in a register instead of storing it per token. (A branch-free update of the end,
      // branching only on punctuation and line breaks, ran 6% more instructions and was slower.)
      if (!open_) {
        open_ = true;
        begin_ = tok[i].begin;
      }
      uint32_t end = tok[i].end;
      for (++i; i < n; ++i) {
        const uint16_t k = tok[i].kind;
        if (k == TC_TOKEN_SPACE) continue;
        if (k == TC_TOKEN_LINEBREAK || (k == TC_TOKEN_PUNCT && is_terminal(tok[i]))) break;
        end = tok[i].end;
      }
      end_ = end;
    }
    close();
  }

 private:
  void extend(const tc_token& t) {
    if (!open_) {
      open_ = true;
      begin_ = t.begin;
    }
    end_ = t.end;
  }
  void close() {
    if (open_) out_.push_back({begin_, end_});
    open_ = false;
  }

  std::string_view text_of(const tc_token& t) const { return text_.substr(t.begin, t.end - t.begin); }

  uint32_t first_cp(const tc_token& t) const {
    const auto* s = reinterpret_cast<const unsigned char*>(text_.data()) + t.begin;
    if (s[0] < 0x80) return s[0];
    const textchain::utf8::CodePoint d = textchain::utf8::decode_strict(s, t.end - t.begin);
    return d.size ? d.cp : 0xFFFD;
  }

  bool is_terminal(const tc_token& t) const {
    if (t.kind != TC_TOKEN_PUNCT) return false;
    // Most punctuation is a comma or a period: its first byte decides, without decoding.
    const TerminalLead lead = kTerminalLead[static_cast<unsigned char>(text_[t.begin])];
    return lead == TerminalLead::kMaybe ? is_terminal_cp(first_cp(t)) : lead == TerminalLead::kYes;
  }
  // CJK full stops end a sentence without a following space.
  bool needs_no_space(const tc_token& t) const {
    const uint32_t c = first_cp(t);
    return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF61;
  }
  bool is_closer(const tc_token& t) const {
    if (t.kind == TC_TOKEN_QUOTE) return true;
    if (t.kind != TC_TOKEN_PUNCT) return false;
    const uint32_t c = first_cp(t);
    return c == ')' || c == ']' || c == '}';
  }
  bool is_paragraph_separator(const tc_token& t) const { return first_cp(t) == 0x2029; }

  // The first word or number at or after `k` on the same line, skipping opening quotes, brackets,
  // bullets and dashes; SIZE_MAX when none within reach.
  size_t next_word(size_t k) const {
    for (size_t steps = 0; k < tok_.size() && steps < kMaxLookahead; ++k, ++steps) {
      const uint16_t kind = tok_[k].kind;
      if (kind == TC_TOKEN_WORD || kind == TC_TOKEN_NUMBER) return k;
      if (kind == TC_TOKEN_LINEBREAK) break;
    }
    return SIZE_MAX;
  }
  U::Props first_props(size_t k) const { return U::props_of(first_cp(tok_[k])); }
  bool starts_lowercase(size_t k) const { return k != SIZE_MAX && U::is_lower(first_props(k)); }
  bool starts_uppercase(size_t k) const { return k != SIZE_MAX && U::is_upper(first_props(k)); }

  // The abbreviation a period at token `dot` closes, if any; `next` is the first token after the
  // terminals, closers and spaces that follow it.
  Abbreviation abbreviation_before(size_t dot, size_t next) const {
    if (dot == 0 || text_[tok_[dot].begin] != '.') return Abbreviation::kNone;
    const tc_token& w = tok_[dot - 1];
    if (w.kind != TC_TOKEN_WORD || w.end != tok_[dot].begin) return Abbreviation::kNone;
    // The tokenizer has looked the word up already: it flags every word whose period the lexicon reads
    // as a kNeverFinal or kMaybeFinal abbreviation's (token_flags.hpp). An unflagged word is no
    // abbreviation, or a kBeforeNumber one, which only matters when a number follows; only then is the
    // lexicon asked again.
    if (!(w.flags & TC_TOKEN_ABBREVIATION) && !(next < tok_.size() && tok_[next].kind == TC_TOKEN_NUMBER))
      return Abbreviation::kNone;
    return abbreviation_kind(text_of(w));
  }

  // Token `i` is terminal punctuation: consume the run of terminals and closers, decide whether the
  // sentence ends there, and return the index to continue from.
  size_t on_terminal(size_t i) {
    const size_t first = i;
    const size_t n = tok_.size();
    while (i < n && is_terminal(tok_[i])) extend(tok_[i++]);
    const size_t terminals = i - first;
    while (i < n && is_closer(tok_[i])) extend(tok_[i++]);
    size_t k = i;
    while (k < n && tok_[k].kind == TC_TOKEN_SPACE) ++k;
    if (k == n) {
      close();
      return k;
    }
    const bool spaced = k > i;
    const Abbreviation abbr = terminals == 1 ? abbreviation_before(first, k) : Abbreviation::kNone;

    if (tok_[k].kind == TC_TOKEN_LINEBREAK) {
      // The line ends with terminal punctuation. Only an abbreviation continued on a lowercase line
      // ("former U.S.\n  officials") is a sentence broken by the scraper.
      if (abbr != Abbreviation::kNone && abbr != Abbreviation::kBeforeNumber && starts_lowercase(next_line_word(k)))
        return k;
      close();
      return k;
    }
    if (!spaced) {
      if (needs_no_space(tok_[first + terminals - 1])) close();
      return i;  // "U.S.-led", "3.)": punctuation glued to what follows is not a sentence end
    }
    // A quote mark alone before the end of the line closes the sentence: `invalid. "` + newline.
    if (tok_[k].kind == TC_TOKEN_QUOTE) {
      size_t m = k + 1;
      while (m < n && tok_[m].kind == TC_TOKEN_SPACE) ++m;
      if (m == n || tok_[m].kind == TC_TOKEN_LINEBREAK) {
        extend(tok_[k]);
        close();
        return m;
      }
    }
    const size_t word = next_word(k);
    if (starts_lowercase(word)) return k;  // "e.g. the", `"Why?" she asked`
    switch (abbr) {
      case Abbreviation::kNeverFinal: return k;
      case Abbreviation::kMaybeFinal:
        if (!starts_uppercase(word)) return k;
        break;
      case Abbreviation::kBeforeNumber:
        if (word == k && tok_[k].kind == TC_TOKEN_NUMBER) return k;
        break;
      case Abbreviation::kNone: break;
    }
    close();
    return k;
  }

  // First word of the line after the line break at `k` (skipping further white space and bullets).
  size_t next_line_word(size_t k) const {
    const size_t n = tok_.size();
    ++k;
    while (k < n && tok_[k].kind == TC_TOKEN_SPACE) ++k;
    return next_word(k);
  }

  // Token `i` is a line break: consume the white space that follows and decide whether the break ends
  // the open sentence.
  size_t on_line_break(size_t i) {
    const size_t n = tok_.size();
    const size_t last = i;  // the last non-space token before is at `last - 1` or earlier
    int breaks = 0;
    bool paragraph = false;
    size_t k = i;
    for (; k < n && (tok_[k].kind == TC_TOKEN_SPACE || tok_[k].kind == TC_TOKEN_LINEBREAK); ++k) {
      if (tok_[k].kind == TC_TOKEN_LINEBREAK) {
        ++breaks;
        paragraph |= is_paragraph_separator(tok_[k]);
      }
    }
    if (!open_) return k;  // terminal punctuation ended the line's sentence already
    if (breaks >= 2 || paragraph || k == n) {
      // A sentence still open at a blank line had no terminal punctuation: one going on in lower case
      // after it is a sentence the scraper broke, not a heading or a new paragraph.
      if (!paragraph && k < n && starts_lowercase(next_word(k))) return k;
      close();
      return k;
    }
    if (looks_like_heading_end(last) && starts_uppercase(next_word(k))) close();
    return k;
  }

  // Whether the line that ends before the line break at `lb` can be a heading or a complete line: it
  // does not end with a comma, a dash or a function word that the next line must complete.
  bool looks_like_heading_end(size_t lb) const {
    size_t j = lb;
    while (j > 0 && tok_[j - 1].kind == TC_TOKEN_SPACE) --j;
    if (j == 0) return true;
    const tc_token& t = tok_[j - 1];
    if (t.kind == TC_TOKEN_WORD) return !is_function_word(text_of(t));
    if (t.kind == TC_TOKEN_PUNCT) {
      switch (first_cp(t)) {
        case ',': case ';': case '-': case '(': case '/': case '&':
        case 0x2013: case 0x2014:  // – —
          return false;
        default:
          return true;
      }
    }
    return true;
  }

  std::string_view text_;
  std::span<const tc_token> tok_;
  std::vector<tc_sentence>& out_;
  bool open_ = false;
  uint32_t begin_ = 0, end_ = 0;
};

// ---- The same rules over the compact form (ABI 1.2), which has no white-space tokens ----------------
//
// The bytes between two compact tokens are exactly the SPACE and LINEBREAK tokens the 12-byte array has
// there, so what Splitter reads from those tokens CompactSplitter reads from the gap's bytes: whether it
// holds a line break, how many and whether one is a paragraph separator, and, for the lookahead's count of
// tokens, how many white-space tokens it is. Each decision is Splitter's, taken in the same order: the host
// splits from this form when no step of the chain reads the 12-byte array, so that array is never built for
// the sentences alone (tests/tokenizer compares the two splitters on random documents).

// What the white space between two tokens holds: its LINEBREAK tokens (\n, \v, \f, U+0085, U+2028, U+2029,
// and \r or \r\n, one each) and whether one of them is a paragraph separator.
struct Gap {
  uint32_t breaks = 0;
  bool paragraph = false;
};

class CompactSplitter {
 public:
  CompactSplitter(std::string_view text, const CompactTokens& tokens, std::vector<tc_sentence>& out)
      : text_(text), tok_(tokens.tokens.data()), n_(tokens.tokens.size()), view_(tokens.tokens, tokens.long_tokens), out_(out) {}

  void run() {
    size_t i = 0;
    while (i < n_) {
      // The white space before token i, when it holds a line break, is Splitter's LINEBREAK token.
      if (i > 0 && has_break(end_of(i - 1), tok_[i].begin)) on_line_break(i);
      if (tok_[i].kind == TC_TOKEN_PUNCT && is_terminal(i)) {
        i = on_terminal(i);
        continue;
      }
      // As Splitter's inner loop: the run of ordinary tokens up to a line break or a terminal.
      if (!open_) {
        open_ = true;
        begin_ = tok_[i].begin;
      }
      uint32_t end = end_of(i);
      for (++i; i < n_; ++i) {
        const tc_token_compact& t = tok_[i];
        if (has_break(end, t.begin) || (t.kind == TC_TOKEN_PUNCT && is_terminal(i))) break;
        end = end_of(i);
      }
      end_ = end;
    }
    close();
  }

 private:
  uint32_t end_of(size_t i) const { return view_.end_of(i); }
  std::string_view text_of(size_t i) const { return text_.substr(tok_[i].begin, end_of(i) - tok_[i].begin); }
  // Token i follows token i - 1 without white space between them.
  bool adjacent(size_t i) const { return tok_[i].begin == end_of(i - 1); }

  void extend(size_t i) {
    if (!open_) {
      open_ = true;
      begin_ = tok_[i].begin;
    }
    end_ = end_of(i);
  }
  void close() {
    if (open_) out_.push_back({begin_, end_});
    open_ = false;
  }

  uint32_t first_cp(size_t i) const {
    const auto* s = reinterpret_cast<const unsigned char*>(text_.data()) + tok_[i].begin;
    if (s[0] < 0x80) return s[0];
    // A long token's length field is TC_TOKEN_LONG_LENGTH, still a bound below its real length.
    const textchain::utf8::CodePoint d = textchain::utf8::decode_strict(s, tok_[i].length);
    return d.size ? d.cp : 0xFFFD;
  }
  bool is_terminal(size_t i) const {
    if (tok_[i].kind != TC_TOKEN_PUNCT) return false;
    const TerminalLead lead = kTerminalLead[static_cast<unsigned char>(text_[tok_[i].begin])];
    return lead == TerminalLead::kMaybe ? is_terminal_cp(first_cp(i)) : lead == TerminalLead::kYes;
  }
  bool needs_no_space(size_t i) const {
    const uint32_t c = first_cp(i);
    return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF61;
  }
  bool is_closer(size_t i) const {
    if (tok_[i].kind == TC_TOKEN_QUOTE) return true;
    if (tok_[i].kind != TC_TOKEN_PUNCT) return false;
    const uint32_t c = first_cp(i);
    return c == ')' || c == ']' || c == '}';
  }

  // The gap [from, to): white space only (the tokens around it are not).
  Gap gap(uint32_t from, uint32_t to) const {
    Gap g;
    const auto* s = reinterpret_cast<const unsigned char*>(text_.data());
    for (uint32_t p = from; p < to;) {
      const unsigned c = s[p];
      if (c < 0x80) {
        if (c == '\n' || c == '\v' || c == '\f') ++g.breaks;
        if (c == '\r') {
          ++g.breaks;
          if (p + 1 < to && s[p + 1] == '\n') ++p;  // \r\n is one line break
        }
        ++p;
        continue;
      }
      const textchain::utf8::CodePoint d = textchain::utf8::decode(text_, p);
      if (d.cp == 0x85 || d.cp == 0x2028 || d.cp == 0x2029) ++g.breaks;
      g.paragraph |= d.cp == 0x2029;
      p += d.size;
    }
    return g;
  }
  bool has_break(uint32_t from, uint32_t to) const {
    if (to - from <= 1 && (to == from || text_[from] == ' ')) return false;  // the gap of nearly every token
    return gap(from, to).breaks != 0;
  }
  // The white-space tokens of a gap without line breaks: one for a run of ASCII spaces, which is nearly
  // every gap; otherwise as the tokenizer splits it (tabs and spaces of other kinds are tokens of their
  // own), which this asks it. Only Splitter's lookahead counts them.
  size_t space_tokens(uint32_t from, uint32_t to) const {
    if (text_.find_first_not_of(' ', from) >= to) return 1;
    tokenize(text_.substr(from, to - from), scratch_);
    return scratch_.size();
  }

  // Splitter::next_word from token k: its six steps count the white-space tokens between.
  size_t next_word(size_t k) const {
    for (size_t steps = 0; steps < kMaxLookahead; ++k) {
      const uint8_t kind = tok_[k].kind;
      if (kind == TC_TOKEN_WORD || kind == TC_TOKEN_NUMBER) return k;
      if (k + 1 == n_) return SIZE_MAX;
      const uint32_t from = end_of(k), to = tok_[k + 1].begin;
      if (from != to) {
        if (has_break(from, to)) return SIZE_MAX;
        steps += space_tokens(from, to);
      }
      ++steps;
    }
    return SIZE_MAX;
  }
  U::Props first_props(size_t k) const { return U::props_of(first_cp(k)); }
  bool starts_lowercase(size_t k) const { return k != SIZE_MAX && U::is_lower(first_props(k)); }
  bool starts_uppercase(size_t k) const { return k != SIZE_MAX && U::is_upper(first_props(k)); }

  // Splitter::abbreviation_before; `number_next`: the token after the white space that follows is a number
  // on the same line.
  Abbreviation abbreviation_before(size_t dot, bool number_next) const {
    if (dot == 0 || text_[tok_[dot].begin] != '.') return Abbreviation::kNone;
    const size_t w = dot - 1;
    if (tok_[w].kind != TC_TOKEN_WORD || !adjacent(dot)) return Abbreviation::kNone;
    if (!(tok_[w].flags & TC_TOKEN_ABBREVIATION) && !number_next) return Abbreviation::kNone;
    return abbreviation_kind(text_of(w));
  }

  // Splitter::on_terminal. Token i is terminal punctuation.
  size_t on_terminal(size_t i) {
    // end_ is the end of the last token extended, token i - 1: the next one is adjacent when it begins there.
    const size_t first = i;
    extend(i++);
    while (i < n_ && tok_[i].begin == end_ && is_terminal(i)) extend(i++);
    const size_t terminals = i - first;
    while (i < n_ && tok_[i].begin == end_ && is_closer(i)) extend(i++);
    if (i == n_) {
      close();
      return i;
    }
    const uint32_t from = end_, to = tok_[i].begin;
    if (from == to) {
      if (needs_no_space(first + terminals - 1)) close();
      return i;  // "U.S.-led", "3.)": punctuation glued to what follows is not a sentence end
    }
    if (has_break(from, to)) {
      const Gap g = gap(from, to);
      // The line ends with terminal punctuation: only an abbreviation continued on a lowercase line goes on.
      const Abbreviation abbr = terminals == 1 ? abbreviation_before(first, false) : Abbreviation::kNone;
      if (abbr != Abbreviation::kNone && abbr != Abbreviation::kBeforeNumber && g.breaks == 1 &&
          starts_lowercase(next_word(i)))
        return i;
      close();
      return i;
    }
    // A quote mark alone before the end of the line closes the sentence.
    if (tok_[i].kind == TC_TOKEN_QUOTE && (i + 1 == n_ || has_break(end_of(i), tok_[i + 1].begin))) {
      extend(i);
      close();
      return i + 1;
    }
    const size_t word = next_word(i);
    if (starts_lowercase(word)) return i;
    const bool number = tok_[i].kind == TC_TOKEN_NUMBER;
    switch (terminals == 1 ? abbreviation_before(first, number) : Abbreviation::kNone) {
      case Abbreviation::kNeverFinal: return i;
      case Abbreviation::kMaybeFinal:
        if (!starts_uppercase(word)) return i;
        break;
      case Abbreviation::kBeforeNumber:
        if (word == i && number) return i;
        break;
      case Abbreviation::kNone: break;
    }
    close();
    return i;
  }

  // Splitter::on_line_break for the gap before token i, which holds a line break.
  void on_line_break(size_t i) {
    if (!open_) return;
    const Gap g = gap(end_of(i - 1), tok_[i].begin);
    if (g.breaks >= 2 || g.paragraph) {
      if (!g.paragraph && starts_lowercase(next_word(i))) return;
      close();
      return;
    }
    if (looks_like_heading_end(i - 1) && starts_uppercase(next_word(i))) close();
  }

  // Splitter::looks_like_heading_end: token j ends the line.
  bool looks_like_heading_end(size_t j) const {
    if (tok_[j].kind == TC_TOKEN_WORD) return !is_function_word(text_of(j));
    if (tok_[j].kind == TC_TOKEN_PUNCT) {
      switch (first_cp(j)) {
        case ',': case ';': case '-': case '(': case '/': case '&':
        case 0x2013: case 0x2014:  // – —
          return false;
        default:
          return true;
      }
    }
    return true;
  }

  std::string_view text_;
  const tc_token_compact* tok_;
  size_t n_;
  textchain::CompactTokenView view_;
  std::vector<tc_sentence>& out_;
  mutable std::vector<tc_token> scratch_;  // space_tokens' tokens of an unusual gap
  bool open_ = false;
  uint32_t begin_ = 0, end_ = 0;
};

}  // namespace

void split_sentences(std::string_view text, std::span<const tc_token> tokens, std::vector<tc_sentence>& out) {
  out.clear();
  Splitter(text, tokens, out).run();
}

void split_sentences(std::string_view text, const CompactTokens& tokens, std::vector<tc_sentence>& out) {
  out.clear();
  CompactSplitter(text, tokens, out).run();
}

}  // namespace textchain::text
