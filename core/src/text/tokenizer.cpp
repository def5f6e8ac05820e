// Interim tokenizer (ASCII classes, non-ASCII letters as words); replaced by the UAX #29 tokenizer.
#include "text/tokenizer.hpp"

#include <cstdint>

namespace textchain::text {
namespace {
enum Cls : uint8_t { kOther, kLetter, kDigit, kSpace, kNewline, kQuote, kPunct };
Cls ascii_class(unsigned char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return kLetter;
  if (c >= '0' && c <= '9') return kDigit;
  if (c == ' ' || c == '\t') return kSpace;
  if (c == '\n' || c == '\r') return kNewline;
  if (c == '"' || c == '\'') return kQuote;
  if (c < 0x20 || c == 0x7f) return kOther;
  return kPunct;
}
size_t utf8_len(unsigned char c) { return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }
}  // namespace

void tokenize(std::string_view text, std::vector<tc_token>& out) {
  out.clear();
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    size_t b = i;
    unsigned char c = s[i];
    uint16_t kind;
    if (c >= 0x80) {
      size_t len = utf8_len(c);
      if (i + len > n) len = n - i;
      std::string_view ch = text.substr(i, len);
      if (ch == "\u201C" || ch == "\u201D" || ch == "\u2018" || ch == "\u2019" || ch == "\u00AB" || ch == "\u00BB" || ch == "\u201E") {
        kind = TC_TOKEN_QUOTE;
        i += len;
      } else if (ch == "\u00A0") {
        kind = TC_TOKEN_SPACE;
        i += len;
      } else {
        kind = TC_TOKEN_WORD;
        while (i < n && (s[i] >= 0x80 || ascii_class(s[i]) == kLetter)) i++;
      }
    } else {
      Cls k = ascii_class(c);
      switch (k) {
        case kLetter:
          kind = TC_TOKEN_WORD;
          while (i < n && (ascii_class(s[i]) == kLetter || ascii_class(s[i]) == kDigit ||
                           (s[i] == '\'' && i + 1 < n && ascii_class(s[i + 1]) == kLetter)))
            i++;
          break;
        case kDigit:
          kind = TC_TOKEN_NUMBER;
          while (i < n && (ascii_class(s[i]) == kDigit ||
                           ((s[i] == ',' || s[i] == '.') && i + 1 < n && ascii_class(s[i + 1]) == kDigit)))
            i++;
          break;
        case kSpace:
          kind = TC_TOKEN_SPACE;
          while (i < n && ascii_class(s[i]) == kSpace) i++;
          break;
        case kNewline:
          kind = TC_TOKEN_LINEBREAK;
          i += (c == '\r' && i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
          break;
        case kQuote: kind = TC_TOKEN_QUOTE; i++; break;
        case kPunct: kind = TC_TOKEN_PUNCT; i++; break;
        default: kind = TC_TOKEN_SYMBOL; i++; break;
      }
    }
    out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(i), kind, 0});
  }
}
}  // namespace textchain::text
