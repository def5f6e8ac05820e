#include "mojibake.hpp"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "utf8.hpp"

namespace textchain::cleanup {

namespace {

// Windows-1252's 0x80..0x9F row; 0 where the code page leaves the byte undefined (decoders then
// produce the C1 control of the same value, which the Latin-1 path below covers).
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// A mojibake character: its source span and the byte it stands for.
struct Mapped {
  size_t begin, end;
  unsigned char byte;
};

// Length of the UTF-8 sequence a lead byte announces, 0 when it is not a lead byte.
size_t sequence_length(unsigned char b) {
  if (b >= 0xC2 && b <= 0xDF) return 2;
  if (b >= 0xE0 && b <= 0xEF) return 3;
  if (b >= 0xF0 && b <= 0xF4) return 4;
  return 0;
}

// Decodes a valid, shortest-form UTF-8 sequence of `n` bytes at `p`; 0 when invalid.
char32_t decode_sequence(const unsigned char* p, size_t n) {
  for (size_t i = 1; i < n; ++i)
    if ((p[i] & 0xC0) != 0x80) return 0;
  char32_t cp = 0;
  if (n == 2) {
    cp = ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
  } else if (n == 3) {
    cp = ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  } else {
    cp = ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    if (cp < 0x10000 || cp > 0x10FFFF) return 0;
  }
  return cp;
}

// Characters real text contains. Mojibake decoded to anything else (C1 controls, IPA, lone combining
// marks, private use, noncharacters, rare historic scripts) means the original was not mojibake.
bool plausible(char32_t cp) {
  if (cp < 0xA0) return false;
  if (cp >= 0x250 && cp <= 0x36F) return false;
  if (cp >= 0x800 && cp <= 0x8FF) return false;
  if (cp >= 0xE000 && cp <= 0xF8FF) return false;
  if (cp >= 0xFDD0 && cp <= 0xFDEF) return false;
  if (cp >= 0xFFF0 && cp <= 0xFFFF) return false;
  if (cp >= 0x10000 && cp < 0x1F000) return false;
  if (cp >= 0x2FFFF && cp < 0x30000) return false;
  if (cp >= 0x40000) return false;
  return true;
}

// A character that belongs to a word of a script other than Latin: such a character decoded alone,
// glued to a Latin letter ("PERÚ”" would give Latin + Arabic), is far more likely correct text.
bool non_latin_letter(char32_t cp) {
  if (cp < 0x370 || utf8::is_latin_letter(cp)) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, currency, arrows, symbols
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  if (cp >= 0xFE30 && cp <= 0xFE4F) return false;
  if (cp >= 0x1F000) return false;                   // emoji and pictographs
  return true;
}

bool is_letter_at(std::string_view text, size_t pos) {
  utf8::CodePoint c = utf8::decode(text, pos);
  return c.size != 0 && (utf8::is_latin_letter(c.cp) || utf8::is_ascii_digit(static_cast<char>(c.cp)));
}

bool letter_before(std::string_view text, size_t pos) {
  return pos > 0 && is_letter_at(text, utf8::previous(text, pos));
}

// One more layer: true, with the decoded text in `out`, when every character of `s` stands for a byte
// and the bytes are valid UTF-8 throughout (a second layer of mojibake covers the whole span).
bool decode_all(std::string_view s, std::string& out) {
  out.clear();
  unsigned char bytes[4];
  size_t pos = 0;
  bool any = false;
  while (pos < s.size()) {
    utf8::CodePoint c = utf8::decode(s, pos);
    const int b0 = mojibake_byte(c.cp);
    if (b0 < 0) return false;
    const size_t n = sequence_length(static_cast<unsigned char>(b0));
    if (n == 0) return false;
    bytes[0] = static_cast<unsigned char>(b0);
    size_t q = pos + c.size;
    for (size_t i = 1; i < n; ++i) {
      utf8::CodePoint d = utf8::decode(s, q);
      const int b = d.size ? mojibake_byte(d.cp) : -1;
      if (b < 0) return false;
      bytes[i] = static_cast<unsigned char>(b);
      q += d.size;
    }
    if (decode_sequence(bytes, n) == 0) return false;
    out.append(reinterpret_cast<const char*>(bytes), n);
    pos = q;
    any = true;
  }
  return any;
}

bool closing_mark(char32_t m) {
  return m == 0x2019 || m == 0x201D || m == 0x203A || m == 0xBB || m == 0x2026 || m == 0x201C || m == 0x2018 ||
         m == 0xAB || m == 0x2039;
}

// How sure a repair of [begin, end) into `decoded` is. `weak`: a lone letter of another script whose
// mojibake reads as an accented capital and a quotation mark ("Ð’" is "В", but "Ú”" is a capital and a
// closing quote): repaired only when the same line has sure repairs.
enum class Verdict { reject, weak, sure };

Verdict judge(std::string_view text, size_t begin, size_t end, std::string_view decoded) {
  size_t count = 0, non_latin = 0;
  for (size_t p = 0; p < decoded.size();) {
    utf8::CodePoint c = utf8::decode(decoded, p);
    if (!plausible(c.cp)) return Verdict::reject;
    if (non_latin_letter(c.cp)) ++non_latin;
    ++count;
    p += c.size;
  }
  const bool lone_foreign = count == 1 && non_latin == 1;
  if (lone_foreign && (letter_before(text, begin) || is_letter_at(text, end))) return Verdict::reject;
  const bool two_chars = end - begin >= 4 && utf8::decode(text, begin).size == 2 &&
                         begin + 2 + utf8::decode(text, begin + 2).size == end;
  if (two_chars && closing_mark(utf8::decode(text, begin + 2).cp)) {
    // "IRMÃ”", "SÃO»": an uppercase word ending in Ã or Â before a closing mark, not "IRMÔ".
    if (count == 1 && decoded.size() == 2 && letter_before(text, begin) && !is_letter_at(text, end) &&
        utf8::is_ascii_upper(text[utf8::previous(text, begin)]))
      return Verdict::reject;
    if (lone_foreign) return Verdict::weak;
  }
  return Verdict::sure;
}

bool same_line_has(std::string_view text, size_t pos, const Edits& edits, size_t first) {
  size_t line_begin = pos, line_end = pos;
  while (line_begin > 0 && text[line_begin - 1] != '\n') --line_begin;
  while (line_end < text.size() && text[line_end] != '\n') ++line_end;
  for (size_t i = first; i < edits.size(); ++i)
    if (edits[i].begin >= line_begin && edits[i].begin < line_end) return true;
  return false;
}

}  // namespace

int mojibake_byte(char32_t cp) noexcept {
  if (cp >= 0x80 && cp <= 0xFF) return static_cast<int>(cp);
  if (cp < 0x152 || cp > 0x2122) return -1;
  for (int i = 0; i < 32; ++i)
    if (kCp1252High[i] == cp) return 0x80 + i;
  return -1;
}

void find_mojibake(std::string_view text, Edits& out) {
  const char* const base = text.data();
  const size_t n = text.size();
  size_t pos = 0;
  std::string layer, next;
  std::vector<Mapped> run;
  Edits weak;
  const size_t first = out.size();
  while (pos + 3 < n) {
    // Every mojibake run starts with the character of a UTF-8 lead byte, U+00C2..U+00F4, whose own
    // UTF-8 starts with 0xC3: one memchr skips clean text, accented names included, at memory speed.
    const void* hit = std::memchr(base + pos, 0xC3, n - pos - 3);
    if (!hit) break;
    const size_t p = static_cast<size_t>(static_cast<const char*>(hit) - base);
    const auto second = static_cast<unsigned char>(text[p + 1]);
    const auto follow = static_cast<unsigned char>(text[p + 2]);
    pos = p + 2;
    if (second < 0x82 || second > 0xB4) continue;
    if (follow != 0xC2 && follow != 0xC5 && follow != 0xC6 && follow != 0xCB && follow != 0xE2) continue;

    // The run: consecutive characters that stand for a byte >= 0x80.
    run.clear();
    size_t q = p;
    while (q < n) {
      utf8::CodePoint c = utf8::decode(text, q);
      const int b = mojibake_byte(c.cp);
      if (b < 0) break;
      run.push_back({q, q + c.size, static_cast<unsigned char>(b)});
      q += c.size;
    }
    pos = q;

    // Greedy first layer: each valid UTF-8 sequence among the run's bytes; adjacent sequences form one
    // span, which is then peeled further while it is mojibake in its entirety (double encoding).
    size_t i = 0;
    while (i < run.size()) {
      size_t span_begin = i;
      layer.clear();
      while (i < run.size()) {
        const size_t len = sequence_length(run[i].byte);
        if (len == 0 || i + len > run.size()) break;
        unsigned char bytes[4];
        for (size_t k = 0; k < len; ++k) bytes[k] = run[i + k].byte;
        if (decode_sequence(bytes, len) == 0) break;
        layer.append(reinterpret_cast<const char*>(bytes), len);
        i += len;
      }
      if (i == span_begin) {
        ++i;
        continue;
      }
      for (int depth = 0; depth < 3 && decode_all(layer, next); ++depth) {
        // Peel only when the deeper layer is itself plausible: "Ã©" is both a correct two-letter
        // string and the mojibake of "é"; only the whole chain decides.
        if (judge(text, run[span_begin].begin, run[i - 1].end, next) == Verdict::reject) break;
        layer.swap(next);
      }
      const size_t b = run[span_begin].begin, e = run[i - 1].end;
      const Verdict v = judge(text, b, e, layer);
      if (v == Verdict::sure) out.push_back({b, e, layer, rule::mojibake});
      else if (v == Verdict::weak) weak.push_back({b, e, layer, rule::mojibake});
    }
  }
  if (weak.empty()) return;
  Edits keep;
  for (Edit& w : weak)
    if (same_line_has(text, w.begin, out, first)) keep.push_back(std::move(w));
  const size_t middle = out.size();
  for (Edit& k : keep) out.push_back(std::move(k));
  std::inplace_merge(out.begin() + static_cast<std::ptrdiff_t>(first), out.begin() + static_cast<std::ptrdiff_t>(middle),
                     out.end(), [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
}

}  // namespace textchain::cleanup
