#include "spacing.hpp"

#include "utf8.hpp"

namespace textchain::cleanup {

namespace {

// Bytes at which something may need repair; every other byte is skipped by one table look-up.
struct Interesting {
  bool table[256] = {};
  constexpr Interesting() {
    for (unsigned char c : {' ', '\t', '.', ',', '\xC2', '\xE2', '\xEF'}) table[c] = true;
  }
};
constexpr Interesting kInteresting;

// Width of the white-space character at `p` (space, tab, NBSP, zero-width space, word joiner, BOM),
// 0 when there is none.
size_t space_width(std::string_view t, size_t p) {
  if (p >= t.size()) return 0;
  const auto c = static_cast<unsigned char>(t[p]);
  if (c == ' ' || c == '\t') return 1;
  if (c == 0xC2) return p + 1 < t.size() && static_cast<unsigned char>(t[p + 1]) == 0xA0 ? 2 : 0;
  if (c == 0xE2 && p + 2 < t.size()) {
    const auto c1 = static_cast<unsigned char>(t[p + 1]), c2 = static_cast<unsigned char>(t[p + 2]);
    if ((c1 == 0x80 && c2 == 0x8B) || (c1 == 0x81 && c2 == 0xA0)) return 3;
    return 0;
  }
  if (c == 0xEF && p + 2 < t.size())
    return static_cast<unsigned char>(t[p + 1]) == 0xBB && static_cast<unsigned char>(t[p + 2]) == 0xBF ? 3 : 0;
  return 0;
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
  return utf8::is_ascii_alpha(c) || utf8::is_ascii_digit(c) || c == ')' || c == ']' || c == '"' ||
         c == '\'' || (static_cast<unsigned char>(c) >= 0x80);
}

bool after_punct_ok(std::string_view t, size_t p) {
  // What may follow a punctuation mark whose preceding space we remove: white space, the end of the
  // line or text, a quote or a closing bracket.
  if (line_end_at(t, p)) return true;
  const char c = t[p];
  return c == ' ' || c == '\t' || c == '"' || c == '\'' || c == ')' ||
         (static_cast<unsigned char>(c) == 0xE2 && p + 1 < t.size() && static_cast<unsigned char>(t[p + 1]) == 0x80);
}

}  // namespace

void find_spacing(std::string_view t, const SpacingRules& rules, Edits& out) {
  const size_t n = t.size();
  size_t p = 0;
  while (p < n) {
    if (!kInteresting.table[static_cast<unsigned char>(t[p])]) {
      ++p;
      continue;
    }
    const char c = t[p];
    if ((c == '.' || c == ',') && rules.punctuation) {
      size_t q = p;
      while (q < n && t[q] == c) ++q;
      // Exactly two: three or more periods are an ellipsis, and ",,," is someone's deliberate choice.
      if (q - p == 2 && p > 0 && (utf8::is_ascii_alpha(t[p - 1]) || t[p - 1] == ')' || t[p - 1] == '"') &&
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
      const bool colon_ok = next != ':' || utf8::is_ascii_alpha(t[p - 1]) || static_cast<unsigned char>(t[p - 1]) >= 0x80;
      if ((next == ',' || next == ';' || next == ':' || next == '!' || next == '?') && colon_ok &&
          after_punct_ok(t, q + 1)) {
        out.push_back({p, q, {}, rule::spacing});
        p = q;
        continue;
      }
      if (next == '.' && (q + 1 >= n || t[q + 1] != '.') && after_punct_ok(t, q + 1) && utf8::is_ascii_alpha(t[p - 1])) {
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

}  // namespace textchain::cleanup
